/* The header control without a display: items inserted, read back,
 * changed and deleted (ANSI and Unicode), the order array, item rects,
 * HDM_LAYOUT, hit testing, and the notifications a click and a divider
 * drag send. Expectations from Wine (comctl32 5.8x, no manifest). */
#include "test.h"
#include <commctrl.h>

static HWND main_wnd;

/* what the parent got, in order: one letter per notification */
static char events[64];
static int nevents;
static int last_item, last_cxy, veto_changing;
static UINT last_mask;

static void event(char c)
{
    if (nevents < (int)sizeof(events) - 1) events[nevents++] = c;
    events[nevents] = 0;
}

static void reset_events(void)
{
    nevents = 0;
    events[0] = 0;
}

static LRESULT CALLBACK main_proc(HWND hwnd, UINT msg, WPARAM wp, LPARAM lp)
{
    if (msg == WM_NOTIFY) {
        NMHEADERA *nm = (NMHEADERA *)lp;
        last_item = nm->iItem;
        switch (nm->hdr.code) {
        case HDN_ITEMCHANGINGA:
            event('g');
            if (nm->pitem) last_mask = nm->pitem->mask;
            return veto_changing;
        case HDN_ITEMCHANGEDA: event('d'); if (nm->pitem) last_cxy = nm->pitem->cxy; break;
        case HDN_ITEMCLICKA: event('c'); break;
        case HDN_BEGINTRACKA: event('b'); break;
        case HDN_TRACKA: event('t'); if (nm->pitem) last_cxy = nm->pitem->cxy; break;
        case HDN_ENDTRACKA: event('e'); if (nm->pitem) last_cxy = nm->pitem->cxy; break;
        case HDN_DIVIDERDBLCLICKA: event('D'); break;
        case HDN_ITEMCHANGINGW: case HDN_ITEMCHANGEDW: case HDN_ITEMCLICKW: event('W'); break;
        }
    }
    return DefWindowProcA(hwnd, msg, wp, lp);
}

static int insert(HWND hd, int index, const char *text, int cx)
{
    HDITEMA item;
    memset(&item, 0, sizeof(item));
    item.mask = HDI_TEXT | HDI_WIDTH | HDI_FORMAT | HDI_LPARAM;
    item.pszText = (char *)text;
    item.cxy = cx;
    item.fmt = HDF_LEFT | HDF_STRING;
    item.lParam = 1000 + cx;
    return (int)SendMessageA(hd, HDM_INSERTITEMA, index, (LPARAM)&item);
}

static void test_items(HWND hd)
{
    HDITEMA item;
    HDITEMW itemw;
    char buf[32];
    WCHAR bufw[32];
    int order[3], r;

    ok(SendMessageA(hd, HDM_GETITEMCOUNT, 0, 0) == 0, "empty header");
    r = insert(hd, 0, "Name", 100);
    ok(r == 0, "first insert gives 0, got %d", r);
    r = insert(hd, 5, "Size", 60);
    ok(r == 1, "an index past the end appends: got %d", r);
    r = insert(hd, 1, "Type", 80);
    ok(r == 1, "insert in the middle: got %d", r);
    ok(SendMessageA(hd, HDM_GETITEMCOUNT, 0, 0) == 3, "three items");
    r = insert(hd, -1, "bad", 10);
    ok(r == -1, "a negative index fails: got %d", r);

    memset(&item, 0, sizeof(item));
    item.mask = HDI_TEXT | HDI_WIDTH | HDI_LPARAM | HDI_ORDER | HDI_FORMAT;
    item.pszText = buf;
    item.cchTextMax = sizeof(buf);
    ok(SendMessageA(hd, HDM_GETITEMA, 1, (LPARAM)&item), "HDM_GETITEMA");
    ok(!strcmp(buf, "Type"), "text %s", buf);
    ok(item.cxy == 80 && item.lParam == 1080 && item.iOrder == 1, "cxy %d lParam %d order %d", item.cxy,
       (int)item.lParam, item.iOrder);
    ok((item.fmt & HDF_JUSTIFYMASK) == HDF_LEFT && (item.fmt & HDF_STRING), "fmt %x", item.fmt);
    item.cchTextMax = 3;
    SendMessageA(hd, HDM_GETITEMA, 2, (LPARAM)&item);
    ok(!strcmp(buf, "Si"), "text cut to cchTextMax - 1: %s", buf);

    memset(&itemw, 0, sizeof(itemw));
    itemw.mask = HDI_TEXT;
    itemw.pszText = bufw;
    itemw.cchTextMax = 32;
    ok(SendMessageW(hd, HDM_GETITEMW, 0, (LPARAM)&itemw), "HDM_GETITEMW");
    ok(!lstrcmpW(bufw, L"Name"), "Unicode text");
    ok(!SendMessageA(hd, HDM_GETITEMA, 3, (LPARAM)&item), "HDM_GETITEM past the end fails");

    /* HDM_SETITEM: ITEMCHANGING then ITEMCHANGED; a veto stops it */
    reset_events();
    memset(&item, 0, sizeof(item));
    item.mask = HDI_WIDTH;
    item.cxy = 90;
    ok(SendMessageA(hd, HDM_SETITEMA, 1, (LPARAM)&item), "HDM_SETITEMA");
    ok(!strcmp(events, "gd"), "set sends changing, changed: %s", events);
    ok(last_mask == HDI_WIDTH && last_cxy == 90 && last_item == 1, "mask %x cxy %d item %d", last_mask, last_cxy,
       last_item);
    veto_changing = 1;
    item.cxy = 10;
    reset_events();
    ok(!SendMessageA(hd, HDM_SETITEMA, 1, (LPARAM)&item), "a vetoed HDM_SETITEM fails");
    ok(!strcmp(events, "g"), "only changing: %s", events);
    veto_changing = 0;
    item.mask = HDI_WIDTH;
    SendMessageA(hd, HDM_GETITEMA, 1, (LPARAM)&item);
    ok(item.cxy == 90, "width kept after a veto: %d", item.cxy);

    /* the order array */
    ok(SendMessageA(hd, HDM_GETORDERARRAY, 3, (LPARAM)order), "HDM_GETORDERARRAY");
    ok(order[0] == 0 && order[1] == 1 && order[2] == 2, "order %d %d %d", order[0], order[1], order[2]);
    ok(!SendMessageA(hd, HDM_GETORDERARRAY, 2, (LPARAM)order), "a wrong count fails");
    order[0] = 2; order[1] = 0; order[2] = 1;
    ok(SendMessageA(hd, HDM_SETORDERARRAY, 3, (LPARAM)order), "HDM_SETORDERARRAY");
    ok(SendMessageA(hd, HDM_ORDERTOINDEX, 0, 0) == 2, "order 0 is item 2");
    ok(SendMessageA(hd, HDM_ORDERTOINDEX, 1, 0) == 0, "order 1 is item 0");
    item.mask = HDI_ORDER;
    SendMessageA(hd, HDM_GETITEMA, 0, (LPARAM)&item);
    ok(item.iOrder == 1, "item 0 at order 1: %d", item.iOrder);
    {
        RECT r0, r1, r2;
        SendMessageA(hd, HDM_GETITEMRECT, 0, (LPARAM)&r0);
        SendMessageA(hd, HDM_GETITEMRECT, 1, (LPARAM)&r1);
        SendMessageA(hd, HDM_GETITEMRECT, 2, (LPARAM)&r2);
        ok(r2.left == 0 && r2.right == 60, "item 2 shown first: %d-%d", (int)r2.left, (int)r2.right);
        ok(r0.left == 60 && r0.right == 160, "item 0 second: %d-%d", (int)r0.left, (int)r0.right);
        ok(r1.left == 160 && r1.right == 250, "item 1 third: %d-%d", (int)r1.left, (int)r1.right);
    }
    order[0] = 0; order[1] = 1; order[2] = 2;
    SendMessageA(hd, HDM_SETORDERARRAY, 3, (LPARAM)order);

    ok(SendMessageA(hd, HDM_DELETEITEM, 1, 0), "HDM_DELETEITEM");
    ok(!SendMessageA(hd, HDM_DELETEITEM, 5, 0), "deleting past the end fails");
    ok(SendMessageA(hd, HDM_GETITEMCOUNT, 0, 0) == 2, "two left");
    item.mask = HDI_TEXT;
    item.pszText = buf;
    item.cchTextMax = sizeof(buf);
    SendMessageA(hd, HDM_GETITEMA, 1, (LPARAM)&item);
    ok(!strcmp(buf, "Size"), "item 1 is now Size: %s", buf);
}

static void test_geometry(HWND hd)
{
    RECT rc, r0, r1, prc;
    WINDOWPOS wp;
    HDLAYOUT lay;
    HDHITTESTINFO ht;
    int r;

    /* items: Name 100, Size 60 */
    ok(SendMessageA(hd, HDM_GETITEMRECT, 0, (LPARAM)&r0), "HDM_GETITEMRECT");
    SendMessageA(hd, HDM_GETITEMRECT, 1, (LPARAM)&r1);
    GetClientRect(hd, &rc);
    ok(r0.left == 0 && r0.right == 100 && r1.left == 100 && r1.right == 160, "rects %d-%d %d-%d",
       (int)r0.left, (int)r0.right, (int)r1.left, (int)r1.right);
    ok(r0.top == 0 && r0.bottom == rc.bottom && r1.bottom == rc.bottom, "rects span the height: %d %d",
       (int)r0.bottom, (int)rc.bottom);
    ok(!SendMessageA(hd, HDM_GETITEMRECT, 7, (LPARAM)&r0), "no rect past the end");

    SetRect(&prc, 5, 10, 305, 210);
    lay.prc = &prc;
    lay.pwpos = &wp;
    ok(SendMessageA(hd, HDM_LAYOUT, 0, (LPARAM)&lay), "HDM_LAYOUT");
    ok(wp.hwnd == hd && wp.x == 5 && wp.y == 10 && wp.cx == 300, "layout pos %d,%d %d", wp.x, wp.y, wp.cx);
    ok(wp.cy > 10 && wp.cy < 40, "header height %d", wp.cy);
    ok(prc.top == 10 + wp.cy && prc.bottom == 210 && prc.left == 5, "rect below the header: top %d", (int)prc.top);

    ht.pt.x = 50; ht.pt.y = 5;
    r = (int)SendMessageA(hd, HDM_HITTEST, 0, (LPARAM)&ht);
    ok(r == 0 && ht.iItem == 0 && ht.flags == HHT_ONHEADER, "hit item 0: %d flags %x", r, ht.flags);
    ht.pt.x = 130;
    r = (int)SendMessageA(hd, HDM_HITTEST, 0, (LPARAM)&ht);
    ok(r == 1 && ht.flags == HHT_ONHEADER, "hit item 1: %d flags %x", r, ht.flags);
    ht.pt.x = 99;
    r = (int)SendMessageA(hd, HDM_HITTEST, 0, (LPARAM)&ht);
    ok(r == 0 && ht.flags == HHT_ONDIVIDER, "on the divider of item 0: %d flags %x", r, ht.flags);
    ht.pt.x = 102;
    r = (int)SendMessageA(hd, HDM_HITTEST, 0, (LPARAM)&ht);
    ok(r == 0 && ht.flags == HHT_ONDIVIDER, "just right of it, still item 0's divider: %d flags %x", r, ht.flags);
    ht.pt.x = 250;
    r = (int)SendMessageA(hd, HDM_HITTEST, 0, (LPARAM)&ht);
    ok(r == -1 && ht.flags == HHT_NOWHERE, "right of the items: %d flags %x", r, ht.flags);
    ht.pt.x = 50; ht.pt.y = -5;
    SendMessageA(hd, HDM_HITTEST, 0, (LPARAM)&ht);
    ok(ht.flags == HHT_ABOVE, "above: flags %x", ht.flags);
}

static void test_mouse(HWND hd)
{
    HDITEMA item;
    /* a click on an item: HDN_ITEMCLICK on the button's release */
    reset_events();
    SendMessageA(hd, WM_LBUTTONDOWN, MK_LBUTTON, MAKELPARAM(50, 5));
    ok(nevents == 0, "nothing on the press: %s", events);
    SendMessageA(hd, WM_LBUTTONUP, 0, MAKELPARAM(50, 5));
    ok(!strcmp(events, "c") && last_item == 0, "click: %s item %d", events, last_item);

    /* dragging item 0's divider from 99 to 129 */
    reset_events();
    SendMessageA(hd, WM_LBUTTONDOWN, MK_LBUTTON, MAKELPARAM(99, 5));
    ok(!strcmp(events, "b") && last_item == 0, "begin track: %s", events);
    SendMessageA(hd, WM_MOUSEMOVE, MK_LBUTTON, MAKELPARAM(119, 5));
    ok(!strcmp(events, "bt") && last_cxy == 120, "track: %s cxy %d", events, last_cxy);
    SendMessageA(hd, WM_LBUTTONUP, 0, MAKELPARAM(129, 5));
    ok(!strcmp(events, "btegd"), "end track, then the change: %s", events);
    ok(last_cxy == 130, "new width in ITEMCHANGED: %d", last_cxy);
    item.mask = HDI_WIDTH;
    SendMessageA(hd, HDM_GETITEMA, 0, (LPARAM)&item);
    ok(item.cxy == 130, "width now %d", item.cxy);

    reset_events();
    SendMessageA(hd, WM_LBUTTONDBLCLK, MK_LBUTTON, MAKELPARAM(129, 5));
    ok(events[0] == 'D' && last_item == 0, "divider double click: %s", events);
    SendMessageA(hd, WM_LBUTTONUP, 0, MAKELPARAM(129, 5));
}

int main(void)
{
    WNDCLASSA wc;
    HWND hd;

    InitCommonControls();
    memset(&wc, 0, sizeof(wc));
    wc.lpfnWndProc = main_proc;
    wc.hInstance = GetModuleHandleA(NULL);
    wc.lpszClassName = "hd_test_main";
    RegisterClassA(&wc);
    main_wnd = CreateWindowA("hd_test_main", "header", WS_OVERLAPPEDWINDOW, 0, 0, 400, 300, NULL, NULL,
                             wc.hInstance, NULL);
    ok(main_wnd != NULL, "main window");
    ok(GetClassInfoA(NULL, WC_HEADERA, &wc), "header class registered");
    hd = CreateWindowA(WC_HEADERA, NULL, WS_CHILD | WS_VISIBLE | HDS_BUTTONS | HDS_HORZ, 0, 0, 300, 24, main_wnd,
                       (HMENU)7, NULL, NULL);
    ok(hd != NULL, "header created");
    ok(SendMessageA(hd, WM_NOTIFYFORMAT, (WPARAM)main_wnd, NF_REQUERY) == NFR_ANSI, "ANSI parent, ANSI notifications");
    test_items(hd);
    test_geometry(hd);
    test_mouse(hd);
    ok(strchr(events, 'W') == NULL, "no Unicode notifications to an ANSI parent");
    DestroyWindow(main_wnd);
    return test_done();
}
