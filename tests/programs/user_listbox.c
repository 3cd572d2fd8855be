/* The ListBox control without a display: adding, inserting (sorted and
 * not), deleting, finding, single and multiple selection, item data, the
 * top index, item geometry, the keyboard and the mouse with their
 * notifications, owner-drawn items. Every expectation is what Windows
 * gives, checked under Wine; item heights follow the font, so they are
 * compared with each other, not with numbers. */
#include "test.h"

#define ID_LIST 200

static char log_buf[2048];
static void logf_(const char *s)
{
    if (strlen(log_buf) + strlen(s) + 2 < sizeof(log_buf)) {
        strcat(log_buf, s);
        strcat(log_buf, " ");
    }
}

static int measured, drawn, deleted;
static UINT measure_type;
static ULONG_PTR deleted_data;

static LRESULT CALLBACK parent_proc(HWND hwnd, UINT msg, WPARAM wp, LPARAM lp)
{
    switch (msg) {
    case WM_COMMAND:
        if (LOWORD(wp) == ID_LIST) {
            switch (HIWORD(wp)) {
            case LBN_SELCHANGE: logf_("selchange"); break;
            case LBN_DBLCLK: logf_("dblclk"); break;
            case LBN_SETFOCUS: logf_("setfocus"); break;
            case LBN_KILLFOCUS: logf_("killfocus"); break;
            }
        }
        return 0;
    case WM_MEASUREITEM: {
        MEASUREITEMSTRUCT *mis = (MEASUREITEMSTRUCT *)lp;
        measured++;
        measure_type = mis->CtlType;
        mis->itemHeight = 21;
        return TRUE;
    }
    case WM_DRAWITEM: drawn++; return TRUE;
    case WM_DELETEITEM:
        deleted++;
        deleted_data = ((DELETEITEMSTRUCT *)lp)->itemData;
        return TRUE;
    }
    return DefWindowProcW(hwnd, msg, wp, lp);
}

static HWND parent;

static HWND make_list(DWORD style, int h)
{
    return CreateWindowExW(0, L"ListBox", L"", WS_CHILD | WS_VISIBLE | style, 10, 10, 120, h, parent, (HMENU)ID_LIST,
                           GetModuleHandleW(NULL), NULL);
}

static const char *text_of(HWND lb, int i)
{
    static WCHAR w[128];
    static char a[128];
    if (SendMessageW(lb, LB_GETTEXT, i, (LPARAM)w) == LB_ERR) return "(err)";
    WideCharToMultiByte(CP_ACP, 0, w, -1, a, sizeof(a), NULL, NULL);
    return a;
}

static void test_strings(void)
{
    HWND lb = make_list(LBS_SORT | LBS_NOTIFY, 100);
    LRESULT r;

    ok(lb != NULL, "created");
    ok(SendMessageW(lb, LB_GETCOUNT, 0, 0) == 0, "empty");
    ok(SendMessageW(lb, LB_GETCURSEL, 0, 0) == LB_ERR, "no selection");
    ok(SendMessageW(lb, LB_ADDSTRING, 0, (LPARAM)L"pear") == 0, "first at 0");
    ok(SendMessageW(lb, LB_ADDSTRING, 0, (LPARAM)L"apple") == 0, "sorted before");
    ok(SendMessageW(lb, LB_ADDSTRING, 0, (LPARAM)L"Banana") == 1, "sorted case-blind");
    ok(SendMessageW(lb, LB_ADDSTRING, 0, (LPARAM)L"zucchini") == 3, "sorted last");
    r = SendMessageW(lb, LB_INSERTSTRING, 1, (LPARAM)L"kiwi");
    ok(r == 1, "LB_INSERTSTRING does not sort: %d", (int)r);
    ok(SendMessageW(lb, LB_INSERTSTRING, -1, (LPARAM)L"fig") == 5, "LB_INSERTSTRING -1 appends");
    ok(SendMessageW(lb, LB_INSERTSTRING, 10, (LPARAM)L"x") == LB_ERR, "LB_INSERTSTRING beyond the end");
    ok(SendMessageW(lb, LB_GETCOUNT, 0, 0) == 6, "6 items");
    ok(!strcmp(text_of(lb, 0), "apple") && !strcmp(text_of(lb, 2), "Banana") && !strcmp(text_of(lb, 4), "zucchini"),
       "order: %s %s %s", text_of(lb, 0), text_of(lb, 2), text_of(lb, 4));
    ok(SendMessageW(lb, LB_GETTEXTLEN, 2, 0) == 6, "LB_GETTEXTLEN");
    ok(SendMessageW(lb, LB_GETTEXTLEN, 6, 0) == LB_ERR, "LB_GETTEXTLEN beyond");
    ok(!strcmp(text_of(lb, 9), "(err)"), "LB_GETTEXT beyond");

    ok(SendMessageW(lb, LB_FINDSTRING, -1, (LPARAM)L"ba") == 2, "LB_FINDSTRING by prefix, case-blind");
    ok(SendMessageW(lb, LB_FINDSTRING, -1, (LPARAM)L"q") == LB_ERR, "LB_FINDSTRING of nothing");
    ok(SendMessageW(lb, LB_FINDSTRING, 2, (LPARAM)L"ap") == 0, "LB_FINDSTRING wraps around");
    ok(SendMessageW(lb, LB_FINDSTRINGEXACT, -1, (LPARAM)L"KIWI") == 1, "LB_FINDSTRINGEXACT case-blind");
    ok(SendMessageW(lb, LB_FINDSTRINGEXACT, -1, (LPARAM)L"kiw") == LB_ERR, "LB_FINDSTRINGEXACT is no prefix match");

    log_buf[0] = 0;
    ok(SendMessageW(lb, LB_SETCURSEL, 3, 0) == 3, "LB_SETCURSEL");
    ok(SendMessageW(lb, LB_GETCURSEL, 0, 0) == 3, "LB_GETCURSEL");
    ok(SendMessageW(lb, LB_GETSEL, 3, 0) > 0 && SendMessageW(lb, LB_GETSEL, 2, 0) == 0, "LB_GETSEL");
    ok(SendMessageW(lb, LB_GETSEL, 17, 0) == LB_ERR, "LB_GETSEL beyond");
    ok(log_buf[0] == 0, "no notification for LB_SETCURSEL: %s", log_buf);
    ok(SendMessageW(lb, LB_SETCURSEL, -1, 0) == LB_ERR && SendMessageW(lb, LB_GETCURSEL, 0, 0) == LB_ERR,
       "LB_SETCURSEL -1 clears");
    ok(SendMessageW(lb, LB_SELECTSTRING, -1, (LPARAM)L"zu") == 4, "LB_SELECTSTRING");
    ok(SendMessageW(lb, LB_GETCURSEL, 0, 0) == 4, "selected by LB_SELECTSTRING");
    ok(SendMessageW(lb, LB_GETSELCOUNT, 0, 0) == LB_ERR, "LB_GETSELCOUNT on a single-selection list");
    r = SendMessageW(lb, LB_SETSEL, TRUE, 1);
    ok(r == 0 && SendMessageW(lb, LB_GETCURSEL, 0, 0) == 1, "LB_SETSEL on a single-selection list selects: %d", (int)r);
    SendMessageW(lb, LB_SETCURSEL, 4, 0);

    ok(SendMessageW(lb, LB_SETITEMDATA, 2, 1234) != LB_ERR, "LB_SETITEMDATA");
    ok(SendMessageW(lb, LB_GETITEMDATA, 2, 0) == 1234, "LB_GETITEMDATA");
    ok(SendMessageW(lb, LB_GETITEMDATA, 0, 0) == 0, "item data starts at 0");
    ok(SendMessageW(lb, LB_GETITEMDATA, 99, 0) == LB_ERR, "LB_GETITEMDATA beyond");

    r = SendMessageW(lb, LB_DELETESTRING, 0, 0);
    ok(r == 5, "LB_DELETESTRING gives the count left: %d", (int)r);
    r = SendMessageW(lb, LB_GETCURSEL, 0, 0);
    ok(r == 3, "the selection follows its item: %d", (int)r);
    ok(SendMessageW(lb, LB_GETITEMDATA, 1, 0) == 1234, "so does the data");
    ok(SendMessageW(lb, LB_DELETESTRING, 5, 0) == LB_ERR, "LB_DELETESTRING beyond");
    r = SendMessageW(lb, LB_DELETESTRING, 3, 0);
    ok(r == 4, "deleted");
    r = SendMessageW(lb, LB_GETCURSEL, 0, 0);
    ok(r == LB_ERR, "deleting the selected item clears the selection: %d", (int)r);
    SendMessageW(lb, LB_RESETCONTENT, 0, 0);
    ok(SendMessageW(lb, LB_GETCOUNT, 0, 0) == 0, "LB_RESETCONTENT");
    r = SendMessageW(lb, WM_GETDLGCODE, 0, 0);
    ok(r == (DLGC_WANTARROWS | DLGC_WANTCHARS), "WM_GETDLGCODE %x", (int)r);
    DestroyWindow(lb);
}

static void test_geometry_input(void)
{
    HWND lb = make_list(LBS_NOTIFY, 100);
    int h, i, page;
    RECT rc, rc1;
    LRESULT r;
    WCHAR name[16];

    for (i = 0; i < 20; i++) {
        memcpy(name, L"item ", 5 * sizeof(WCHAR));
        name[5] = 'a' + i;
        name[6] = 0;
        SendMessageW(lb, LB_ADDSTRING, 0, (LPARAM)name);
    }
    h = (int)SendMessageW(lb, LB_GETITEMHEIGHT, 0, 0);
    ok(h > 8 && h < 40, "item height %d", h);
    ok(SendMessageW(lb, LB_GETITEMRECT, 0, (LPARAM)&rc) != LB_ERR, "LB_GETITEMRECT 0");
    SendMessageW(lb, LB_GETITEMRECT, 1, (LPARAM)&rc1);
    ok(rc.top == 0 && rc.bottom == h && rc1.top == h && rc.left == 0 && rc.right > 100, "item rectangles %d,%d %d",
       (int)rc.top, (int)rc.bottom, (int)rc1.top);
    ok(SendMessageW(lb, LB_GETITEMRECT, 25, (LPARAM)&rc) == LB_ERR, "LB_GETITEMRECT beyond");
    r = SendMessageW(lb, LB_ITEMFROMPOINT, 0, MAKELPARAM(5, h * 2 + 1));
    ok(r == 2, "LB_ITEMFROMPOINT: %lx", (unsigned long)r);
    GetClientRect(lb, &rc);
    page = rc.bottom / h;
    ok(SendMessageW(lb, LB_GETTOPINDEX, 0, 0) == 0, "top 0");
    ok(SendMessageW(lb, LB_SETTOPINDEX, 5, 0) != LB_ERR && SendMessageW(lb, LB_GETTOPINDEX, 0, 0) == 5, "LB_SETTOPINDEX");
    r = SendMessageW(lb, LB_ITEMFROMPOINT, 0, MAKELPARAM(5, 1));
    ok(r == 5, "LB_ITEMFROMPOINT after scrolling: %lx", (unsigned long)r);
    ok(SendMessageW(lb, LB_GETITEMRECT, 5, (LPARAM)&rc1) != LB_ERR && rc1.top == 0, "the top item's rectangle is at 0");
    ok(SendMessageW(lb, LB_SETTOPINDEX, 19, 0) != LB_ERR, "LB_SETTOPINDEX to the last item");
    r = SendMessageW(lb, LB_GETTOPINDEX, 0, 0);
    ok(r == 20 - page, "the last page stays full: top %d, page %d", (int)r, page);
    r = SendMessageW(lb, LB_SETTOPINDEX, 20, 0);
    ok(r != LB_ERR && SendMessageW(lb, LB_GETTOPINDEX, 0, 0) == 20 - page, "LB_SETTOPINDEX beyond is clamped: %d", (int)r);
    SendMessageW(lb, LB_SETTOPINDEX, 0, 0);
    ok(SendMessageW(lb, LB_SETITEMHEIGHT, 0, MAKELPARAM(300, 0)) == LB_ERR, "item height over 255");
    ok(SendMessageW(lb, LB_SETITEMHEIGHT, 0, MAKELPARAM(20, 0)) != LB_ERR && SendMessageW(lb, LB_GETITEMHEIGHT, 0, 0) == 20,
       "LB_SETITEMHEIGHT");

    /* a click selects and notifies */
    log_buf[0] = 0;
    SendMessageW(lb, WM_LBUTTONDOWN, MK_LBUTTON, MAKELPARAM(5, 20 * 3 + 5));
    SendMessageW(lb, WM_LBUTTONUP, 0, MAKELPARAM(5, 20 * 3 + 5));
    ok(SendMessageW(lb, LB_GETCURSEL, 0, 0) == 3, "a click selects item 3: %d", (int)SendMessageW(lb, LB_GETCURSEL, 0, 0));
    ok(GetFocus() == lb, "a click focuses");
    ok(!strcmp(log_buf, "setfocus selchange "), "notifications of a click: %s", log_buf);
    log_buf[0] = 0;
    SendMessageW(lb, WM_LBUTTONDBLCLK, MK_LBUTTON, MAKELPARAM(5, 20 * 3 + 5));
    SendMessageW(lb, WM_LBUTTONUP, 0, MAKELPARAM(5, 20 * 3 + 5));
    ok(!strcmp(log_buf, "dblclk "), "a double click: %s", log_buf);

    log_buf[0] = 0;
    SendMessageW(lb, WM_KEYDOWN, VK_DOWN, 0);
    ok(SendMessageW(lb, LB_GETCURSEL, 0, 0) == 4 && !strcmp(log_buf, "selchange "), "Down: %s", log_buf);
    SendMessageW(lb, WM_KEYDOWN, VK_END, 0);
    ok(SendMessageW(lb, LB_GETCURSEL, 0, 0) == 19, "End");
    ok(SendMessageW(lb, LB_GETTOPINDEX, 0, 0) > 0, "End scrolls");
    SendMessageW(lb, WM_KEYDOWN, VK_HOME, 0);
    ok(SendMessageW(lb, LB_GETCURSEL, 0, 0) == 0 && SendMessageW(lb, LB_GETTOPINDEX, 0, 0) == 0, "Home");
    log_buf[0] = 0;
    SendMessageW(lb, WM_KEYDOWN, VK_UP, 0);
    ok(SendMessageW(lb, LB_GETCURSEL, 0, 0) == 0, "Up at the top stays");
    ok(!strcmp(log_buf, "selchange "), "and notifies all the same: %s", log_buf);
    SendMessageW(lb, WM_CHAR, 'i', 0);
    ok(SendMessageW(lb, LB_GETCURSEL, 0, 0) == 1, "a letter goes to the next item starting with it");
    SetFocus(parent);
    DestroyWindow(lb);
}

static void test_ansi(void)
{
    HWND lb = make_list(LBS_SORT, 100);
    char buf[32];
    LRESULT r;

    SendMessageA(lb, LB_ADDSTRING, 0, (LPARAM)"cherry");
    r = SendMessageA(lb, LB_ADDSTRING, 0, (LPARAM)"apricot");
    ok(r == 0, "LB_ADDSTRING A sorts: %d", (int)r);
    r = SendMessageA(lb, LB_GETTEXT, 1, (LPARAM)buf);
    ok(r == 6 && !strcmp(buf, "cherry"), "LB_GETTEXT A: %d %s", (int)r, buf);
    ok(SendMessageA(lb, LB_FINDSTRINGEXACT, -1, (LPARAM)"APRICOT") == 0, "LB_FINDSTRINGEXACT A");
    ok(SendMessageA(lb, LB_SELECTSTRING, -1, (LPARAM)"ch") == 1, "LB_SELECTSTRING A");
    ok(!strcmp(text_of(lb, 0), "apricot"), "the W text of an A string");
    DestroyWindow(lb);
}

static void test_multi(void)
{
    HWND lb = make_list(LBS_MULTIPLESEL, 100);
    int items[8], i;
    LRESULT r;

    for (i = 0; i < 6; i++) SendMessageW(lb, LB_ADDSTRING, 0, (LPARAM)L"x");
    ok(SendMessageW(lb, LB_SETCURSEL, 1, 0) == LB_ERR, "LB_SETCURSEL on a multiple-selection list");
    ok(SendMessageW(lb, LB_GETSELCOUNT, 0, 0) == 0, "nothing selected");
    ok(SendMessageW(lb, LB_SETSEL, TRUE, 1) == 0, "LB_SETSEL");
    SendMessageW(lb, LB_SETSEL, TRUE, 4);
    ok(SendMessageW(lb, LB_GETSELCOUNT, 0, 0) == 2, "2 selected");
    r = SendMessageW(lb, LB_GETSELITEMS, 8, (LPARAM)items);
    ok(r == 2 && items[0] == 1 && items[1] == 4, "LB_GETSELITEMS");
    r = SendMessageW(lb, LB_GETSELITEMS, 1, (LPARAM)items);
    ok(r == 1 && items[0] == 1, "LB_GETSELITEMS with room for one");
    ok(SendMessageW(lb, LB_GETSEL, 4, 0) > 0 && SendMessageW(lb, LB_GETSEL, 3, 0) == 0, "LB_GETSEL");
    ok(SendMessageW(lb, LB_SETSEL, TRUE, -1) == 0 && SendMessageW(lb, LB_GETSELCOUNT, 0, 0) == 6, "LB_SETSEL -1 selects all");
    SendMessageW(lb, LB_SETSEL, FALSE, -1);
    ok(SendMessageW(lb, LB_GETSELCOUNT, 0, 0) == 0, "and clears all");
    ok(SendMessageW(lb, LB_SETSEL, TRUE, 9) == LB_ERR, "LB_SETSEL beyond");
    SendMessageW(lb, WM_LBUTTONDOWN, MK_LBUTTON, MAKELPARAM(5, 1));
    SendMessageW(lb, WM_LBUTTONUP, 0, MAKELPARAM(5, 1));
    ok(SendMessageW(lb, LB_GETSEL, 0, 0) > 0, "a click selects");
    SendMessageW(lb, WM_LBUTTONDOWN, MK_LBUTTON, MAKELPARAM(5, 1));
    SendMessageW(lb, WM_LBUTTONUP, 0, MAKELPARAM(5, 1));
    ok(SendMessageW(lb, LB_GETSEL, 0, 0) == 0, "a second click deselects");
    SetFocus(parent);
    DestroyWindow(lb);
}

static void test_ownerdraw(void)
{
    HWND lb;
    LRESULT r;

    measured = 0;
    lb = make_list(LBS_OWNERDRAWFIXED, 100);
    ok(measured == 1 && measure_type == ODT_LISTBOX, "WM_MEASUREITEM at creation: %d", measured);
    ok(SendMessageW(lb, LB_GETITEMHEIGHT, 0, 0) == 21, "the measured height");
    r = SendMessageW(lb, LB_ADDSTRING, 0, 0xbeef);
    ok(r == 0, "LB_ADDSTRING of data");
    ok(SendMessageW(lb, LB_GETITEMDATA, 0, 0) == 0xbeef, "without LBS_HASSTRINGS the string is the data");
    ok(SendMessageW(lb, LB_FINDSTRING, -1, 0xbeef) == 0, "LB_FINDSTRING compares data");
    deleted = 0;
    SendMessageW(lb, LB_DELETESTRING, 0, 0);
    ok(deleted == 1 && deleted_data == 0xbeef, "WM_DELETEITEM: %d", deleted);
    SendMessageW(lb, LB_ADDSTRING, 0, 1);
    drawn = 0;
    UpdateWindow(parent);
    InvalidateRect(lb, NULL, TRUE);
    UpdateWindow(lb);
    ok(drawn >= 1, "WM_DRAWITEM: %d", drawn);
    DestroyWindow(lb);
}

int main(void)
{
    WNDCLASSW wc = { 0 };

    wc.lpfnWndProc = parent_proc;
    wc.hInstance = GetModuleHandleW(NULL);
    wc.lpszClassName = L"ListTestParent";
    RegisterClassW(&wc);
    parent = CreateWindowExW(0, L"ListTestParent", L"list test", WS_OVERLAPPEDWINDOW | WS_VISIBLE, 0, 0, 400, 300,
                             NULL, NULL, wc.hInstance, NULL);
    ok(parent != NULL, "parent window");
    test_strings();
    test_geometry_input();
    test_ansi();
    test_multi();
    test_ownerdraw();
    DestroyWindow(parent);
    return test_done();
}
