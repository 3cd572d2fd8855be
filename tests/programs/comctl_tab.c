/* comctl32's tab control without a display: inserting, reading, changing
 * and deleting items (A and W), the selection and focus, fixed-size item
 * rectangles, TCM_ADJUSTRECT, hit testing, and a click's notifications
 * (TCN_SELCHANGING, which can veto, then TCN_SELCHANGE). Expectations
 * checked under Wine (comctl32 5.82, no manifest). */
#include "test.h"
#include <commctrl.h>

static HWND parent;
static char events[32];
static int nevents, veto;
static int sel_in_changing;

static LRESULT CALLBACK parent_proc(HWND hwnd, UINT msg, WPARAM wp, LPARAM lp)
{
    if (msg == WM_NOTIFY) {
        NMHDR *hdr = (NMHDR *)lp;
        char c = 0;
        if (hdr->code == TCN_SELCHANGING) {
            c = 'G';
            sel_in_changing = (int)SendMessageA(hdr->hwndFrom, TCM_GETCURSEL, 0, 0);
        }
        if (hdr->code == TCN_SELCHANGE) c = 'S';
        if (hdr->code == NM_CLICK) c = 'K';
        if (c && nevents < 31) { events[nevents++] = c; events[nevents] = 0; }
        if (hdr->code == TCN_SELCHANGING) return veto;
    }
    return DefWindowProcA(hwnd, msg, wp, lp);
}

static int insert(HWND tab, int at, const char *text, LPARAM param)
{
    TCITEMA item;
    memset(&item, 0, sizeof(item));
    item.mask = TCIF_TEXT | TCIF_PARAM;
    item.pszText = (char *)text;
    item.lParam = param;
    return (int)SendMessageA(tab, TCM_INSERTITEMA, at, (LPARAM)&item);
}

static void test_items(void)
{
    HWND tab = CreateWindowExA(0, WC_TABCONTROLA, NULL, WS_CHILD | WS_VISIBLE, 0, 0, 300, 200, parent,
                               (HMENU)3, NULL, NULL);
    TCITEMA item;
    TCITEMW itemw;
    WCHAR wbuf[16];
    char buf[16];

    ok(tab != NULL, "created");
    ok(SendMessageA(tab, TCM_GETITEMCOUNT, 0, 0) == 0, "empty");
    ok(SendMessageA(tab, TCM_GETCURSEL, 0, 0) == -1, "no selection");
    ok(SendMessageA(tab, TCM_GETROWCOUNT, 0, 0) == 0, "no rows: %d", (int)SendMessageA(tab, TCM_GETROWCOUNT, 0, 0));
    ok(insert(tab, 0, "one", 1) == 0, "insert one");
    ok(SendMessageA(tab, TCM_GETCURSEL, 0, 0) == 0, "the first item is selected: %d",
       (int)SendMessageA(tab, TCM_GETCURSEL, 0, 0));
    ok(insert(tab, 5, "three", 3) == 1, "past the end appends");
    ok(insert(tab, 1, "two", 2) == 1, "insert in the middle");
    ok(insert(tab, -1, "bad", 0) == -1, "a negative index fails");
    ok(SendMessageA(tab, TCM_GETITEMCOUNT, 0, 0) == 3, "three items");
    ok(SendMessageA(tab, TCM_GETROWCOUNT, 0, 0) == 1, "one row");

    memset(&item, 0, sizeof(item));
    item.mask = TCIF_TEXT | TCIF_PARAM;
    item.pszText = buf;
    item.cchTextMax = sizeof(buf);
    ok(SendMessageA(tab, TCM_GETITEMA, 1, (LPARAM)&item), "GETITEM 1");
    ok(!strcmp(buf, "two") && item.lParam == 2, "item 1: %s %d", buf, (int)item.lParam);
    item.cchTextMax = 3;
    SendMessageA(tab, TCM_GETITEMA, 2, (LPARAM)&item);
    ok(!strcmp(buf, "th"), "truncated to cchTextMax: %s", buf);
    ok(!SendMessageA(tab, TCM_GETITEMA, 7, (LPARAM)&item), "GETITEM out of range fails");

    memset(&itemw, 0, sizeof(itemw));
    itemw.mask = TCIF_TEXT;
    itemw.pszText = (WCHAR *)L"deux";
    ok(SendMessageW(tab, TCM_SETITEMW, 1, (LPARAM)&itemw), "SETITEMW");
    itemw.pszText = wbuf;
    itemw.cchTextMax = 16;
    SendMessageW(tab, TCM_GETITEMW, 1, (LPARAM)&itemw);
    ok(!lstrcmpW(wbuf, L"deux"), "GETITEMW");
    item.cchTextMax = sizeof(buf);
    SendMessageA(tab, TCM_GETITEMA, 1, (LPARAM)&item);
    ok(!strcmp(buf, "deux") && item.lParam == 2, "SETITEM kept the param: %s %d", buf, (int)item.lParam);

    /* the selection moves with the items around it */
    ok(SendMessageA(tab, TCM_SETCURSEL, 2, 0) == 0, "SETCURSEL returns the old one");
    ok(SendMessageA(tab, TCM_SETCURSEL, 9, 0) == -1, "SETCURSEL out of range");
    ok(SendMessageA(tab, TCM_GETCURSEL, 0, 0) == 2, "still 2");
    ok(SendMessageA(tab, TCM_GETCURFOCUS, 0, 0) == 2, "focus follows: %d", (int)SendMessageA(tab, TCM_GETCURFOCUS, 0, 0));
    ok(SendMessageA(tab, TCM_DELETEITEM, 0, 0), "DELETEITEM 0");
    ok(SendMessageA(tab, TCM_GETCURSEL, 0, 0) == 1, "the selection moved down: %d",
       (int)SendMessageA(tab, TCM_GETCURSEL, 0, 0));
    ok(!SendMessageA(tab, TCM_DELETEITEM, 5, 0), "DELETEITEM out of range");
    ok(SendMessageA(tab, TCM_DELETEITEM, 1, 0), "delete the selected item");
    ok(SendMessageA(tab, TCM_GETCURSEL, 0, 0) == -1, "no selection after deleting it: %d",
       (int)SendMessageA(tab, TCM_GETCURSEL, 0, 0));
    ok(SendMessageA(tab, TCM_DELETEALLITEMS, 0, 0), "DELETEALLITEMS");
    ok(SendMessageA(tab, TCM_GETITEMCOUNT, 0, 0) == 0, "empty again");
    ok(nevents == 0, "no notifications from messages: %s", events);
    DestroyWindow(tab);
}

static void test_geometry(void)
{
    HWND tab = CreateWindowExA(0, WC_TABCONTROLA, NULL, WS_CHILD | WS_VISIBLE | TCS_FIXEDWIDTH, 0, 0, 300,
                               200, parent, (HMENU)3, NULL, NULL);
    RECT r0, r1, rc;
    TCHITTESTINFO hti;
    LRESULT r;

    insert(tab, 0, "one", 0);
    insert(tab, 1, "two", 0);
    /* the old size depends on the font */
    SendMessageA(tab, TCM_SETITEMSIZE, 0, MAKELPARAM(60, 20));
    ok(SendMessageA(tab, TCM_GETITEMRECT, 0, (LPARAM)&r0), "GETITEMRECT 0");
    ok(SendMessageA(tab, TCM_GETITEMRECT, 1, (LPARAM)&r1), "GETITEMRECT 1");
    ok(!SendMessageA(tab, TCM_GETITEMRECT, 2, (LPARAM)&rc), "GETITEMRECT 2 fails");
    /* two pixels in from the corner, where the selected tab grows to */
    ok(r0.left == 2 && r0.top == 2 && r0.right == 62 && r0.bottom == 22, "item 0 %d,%d,%d,%d",
       (int)r0.left, (int)r0.top, (int)r0.right, (int)r0.bottom);
    ok(r1.left == 62 && r1.top == 2 && r1.right == 122 && r1.bottom == 22, "item 1 %d,%d,%d,%d",
       (int)r1.left, (int)r1.top, (int)r1.right, (int)r1.bottom);

    SetRect(&rc, 0, 0, 300, 200);
    SendMessageA(tab, TCM_ADJUSTRECT, FALSE, (LPARAM)&rc);
    /* less a 2-pixel border, 2 of padding and the row of tabs */
    ok(rc.left == 4 && rc.top == 24 && rc.right == 296 && rc.bottom == 196, "display %d,%d,%d,%d",
       (int)rc.left, (int)rc.top, (int)rc.right, (int)rc.bottom);
    SendMessageA(tab, TCM_ADJUSTRECT, TRUE, (LPARAM)&rc);
    ok(rc.left == 0 && rc.top == 0 && rc.right == 300 && rc.bottom == 200, "ADJUSTRECT round trip: %d,%d,%d,%d",
       (int)rc.left, (int)rc.top, (int)rc.right, (int)rc.bottom);

    hti.pt.x = r1.left + 5;
    hti.pt.y = r1.top + 5;
    hti.flags = 0;
    r = SendMessageA(tab, TCM_HITTEST, 0, (LPARAM)&hti);
    ok(r == 1 && hti.flags == TCHT_ONITEM, "hit item 1: %d %x", (int)r, hti.flags);
    hti.pt.x = 250;
    hti.pt.y = 100;
    r = SendMessageA(tab, TCM_HITTEST, 0, (LPARAM)&hti);
    ok(r == -1 && hti.flags == TCHT_NOWHERE, "hit nothing: %d %x", (int)r, hti.flags);

    /* a click: SELCHANGING with the old selection still set, then SELCHANGE */
    nevents = 0;
    veto = 0;
    SendMessageA(tab, WM_LBUTTONDOWN, MK_LBUTTON, MAKELPARAM(r1.left + 5, r1.top + 5));
    SendMessageA(tab, WM_LBUTTONUP, 0, MAKELPARAM(r1.left + 5, r1.top + 5));
    ok(!strcmp(events, "GSK"), "click events %s", events);
    ok(sel_in_changing == 0, "SELCHANGING sees the old selection: %d", sel_in_changing);
    ok(SendMessageA(tab, TCM_GETCURSEL, 0, 0) == 1, "selected 1");
    /* clicking the selected tab again changes nothing */
    nevents = 0;
    SendMessageA(tab, WM_LBUTTONDOWN, MK_LBUTTON, MAKELPARAM(r1.left + 5, r1.top + 5));
    SendMessageA(tab, WM_LBUTTONUP, 0, MAKELPARAM(r1.left + 5, r1.top + 5));
    ok(strchr(events, 'G') == NULL && strchr(events, 'S') == NULL, "same tab: %s", events);
    /* a veto */
    nevents = 0;
    veto = 1;
    SendMessageA(tab, WM_LBUTTONDOWN, MK_LBUTTON, MAKELPARAM(r0.left + 5, r0.top + 5));
    SendMessageA(tab, WM_LBUTTONUP, 0, MAKELPARAM(r0.left + 5, r0.top + 5));
    veto = 0;
    ok(events[0] == 'G' && strchr(events, 'S') == NULL, "vetoed: %s", events);
    ok(SendMessageA(tab, TCM_GETCURSEL, 0, 0) == 1, "still 1");
    /* the arrow keys */
    nevents = 0;
    SendMessageA(tab, WM_KEYDOWN, VK_LEFT, 0);
    ok(!strcmp(events, "GS"), "VK_LEFT: %s", events);
    ok(SendMessageA(tab, TCM_GETCURSEL, 0, 0) == 0, "VK_LEFT selects 0");
    DestroyWindow(tab);
}

int main(void)
{
    WNDCLASSA wc;
    INITCOMMONCONTROLSEX icc = { sizeof(icc), ICC_TAB_CLASSES };

    InitCommonControlsEx(&icc);
    memset(&wc, 0, sizeof(wc));
    wc.lpfnWndProc = parent_proc;
    wc.hInstance = GetModuleHandleA(NULL);
    wc.lpszClassName = "tab_parent";
    RegisterClassA(&wc);
    parent = CreateWindowExA(0, "tab_parent", "p", WS_OVERLAPPEDWINDOW, 0, 0, 400, 300, NULL, NULL, NULL, NULL);
    test_items();
    test_geometry();
    DestroyWindow(parent);
    return test_done();
}
