/* The list view without a display: report view columns and items (ANSI
 * and Unicode), subitems, states and the notifications they send,
 * LVM_GETNEXTITEM, LVM_FINDITEM, sorting, item rects and hit tests, an
 * owner-data list, the keyboard, a click and a column click, and the
 * custom-draw stages. Expectations from Wine (comctl32 5.8x, no
 * manifest). */
#include "test.h"
#include <commctrl.h>

static HWND main_wnd;

/* what the parent got, in order: one letter per notification */
static char events[256];
static int nevents;
static NMLISTVIEW last_nm;
static int veto_changing, dispinfo_calls, column_clicked = -1, click_item = -2, deleteall_ret;
static UINT cd_stages[16];
static int ncd;
static LRESULT cd_prepaint_ret;

static BOOL is_wine;
static int begin_ret, end_ret, end_text_null;
static char end_text[32];
static int fill_dispinfo;

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
        NMHDR *hdr = (NMHDR *)lp;
        switch (hdr->code) {
        case LVN_ITEMCHANGING: event('g'); last_nm = *(NMLISTVIEW *)lp; return veto_changing;
        case LVN_ITEMCHANGED: event('d'); last_nm = *(NMLISTVIEW *)lp; break;
        case LVN_INSERTITEM: event('i'); last_nm = *(NMLISTVIEW *)lp; break;
        case LVN_DELETEITEM: event('x'); last_nm = *(NMLISTVIEW *)lp; break;
        case LVN_DELETEALLITEMS: event('X'); return deleteall_ret;
        case LVN_COLUMNCLICK: event('C'); column_clicked = ((NMLISTVIEW *)lp)->iSubItem; break;
        case LVN_KEYDOWN: event('k'); break;
        case NM_CLICK: event('c'); click_item = ((NMITEMACTIVATE *)lp)->iItem; break;
        case NM_DBLCLK: event('2'); break;
        case LVN_ITEMACTIVATE: event('a'); break;
        case NM_SETFOCUS: event('F'); break;
        case LVN_BEGINLABELEDITA: event('B'); return begin_ret;
        case LVN_ENDLABELEDITA: {
            NMLVDISPINFOA *di = (NMLVDISPINFOA *)lp;
            event('E');
            end_text_null = di->item.pszText == NULL;
            if (di->item.pszText) lstrcpynA(end_text, di->item.pszText, sizeof(end_text));
            return end_ret;
        }
        case NM_KILLFOCUS: event('K'); break;
        case LVN_GETDISPINFOA: {
            NMLVDISPINFOA *di = (NMLVDISPINFOA *)lp;
            dispinfo_calls++;
            if ((di->item.mask & LVIF_TEXT) && fill_dispinfo)
                wsprintfA(di->item.pszText, "row%d.%d", di->item.iItem, di->item.iSubItem);
            if (di->item.mask & LVIF_IMAGE) di->item.iImage = 0;
            break;
        }
        case NM_CUSTOMDRAW: {
            NMLVCUSTOMDRAW *cd = (NMLVCUSTOMDRAW *)lp;
            if (hdr->hwndFrom != (HWND)GetPropA(hwnd, "lv")) break;
            if (ncd < 16) cd_stages[ncd++] = cd->nmcd.dwDrawStage;
            if (cd->nmcd.dwDrawStage == CDDS_PREPAINT) return cd_prepaint_ret;
            if (cd->nmcd.dwDrawStage == CDDS_ITEMPREPAINT) return CDRF_NOTIFYSUBITEMDRAW;
            break;
        }
        }
    }
    return DefWindowProcA(hwnd, msg, wp, lp);
}

static HWND create_lv(DWORD style)
{
    HWND lv = CreateWindowA(WC_LISTVIEWA, NULL, WS_CHILD | WS_VISIBLE | style, 0, 0, 300, 200, main_wnd,
                            (HMENU)5, NULL, NULL);
    SetPropA(main_wnd, "lv", lv);
    return lv;
}

static int insert_column(HWND lv, int i, const char *text, int cx)
{
    LVCOLUMNA col;
    memset(&col, 0, sizeof(col));
    col.mask = LVCF_TEXT | LVCF_WIDTH;
    col.pszText = (char *)text;
    col.cx = cx;
    return (int)SendMessageA(lv, LVM_INSERTCOLUMNA, i, (LPARAM)&col);
}

static int insert_item(HWND lv, int i, const char *text, LPARAM param)
{
    LVITEMA item;
    memset(&item, 0, sizeof(item));
    item.mask = LVIF_TEXT | LVIF_PARAM;
    item.iItem = i;
    item.pszText = (char *)text;
    item.lParam = param;
    return (int)SendMessageA(lv, LVM_INSERTITEMA, 0, (LPARAM)&item);
}

static void set_state(HWND lv, int i, UINT state, UINT mask)
{
    LVITEMA item;
    memset(&item, 0, sizeof(item));
    item.state = state;
    item.stateMask = mask;
    SendMessageA(lv, LVM_SETITEMSTATE, i, (LPARAM)&item);
}

static void get_text(HWND lv, int i, int sub, char *buf, int len)
{
    LVITEMA item;
    memset(&item, 0, sizeof(item));
    item.iSubItem = sub;
    item.pszText = buf;
    item.cchTextMax = len;
    buf[0] = 0;
    SendMessageA(lv, LVM_GETITEMTEXTA, i, (LPARAM)&item);
}

static void test_columns_items(void)
{
    HWND lv = create_lv(LVS_REPORT | LVS_SHOWSELALWAYS), header;
    LVCOLUMNA col;
    LVITEMA item;
    LVITEMW itemw;
    char buf[64];
    int r;

    header = (HWND)SendMessageA(lv, LVM_GETHEADER, 0, 0);
    ok(header != NULL, "report view has a header");
    ok(insert_column(lv, 0, "Name", 100) == 0, "column 0");
    ok(insert_column(lv, 1, "Size", 60) == 1, "column 1");
    ok(insert_column(lv, 9, "Type", 70) == 2, "a column past the end is appended");
    ok(SendMessageA(header, HDM_GETITEMCOUNT, 0, 0) == 3, "the header has three items");
    ok(SendMessageA(lv, LVM_GETCOLUMNWIDTH, 1, 0) == 60, "column width");
    memset(&col, 0, sizeof(col));
    col.mask = LVCF_TEXT | LVCF_WIDTH | LVCF_SUBITEM;
    col.pszText = buf;
    col.cchTextMax = sizeof(buf);
    ok(SendMessageA(lv, LVM_GETCOLUMNA, 2, (LPARAM)&col), "LVM_GETCOLUMNA");
    ok(!strcmp(buf, "Type") && col.cx == 70, "column 2: %s %d", buf, col.cx);
    ok(SendMessageA(lv, LVM_SETCOLUMNWIDTH, 2, MAKELPARAM(75, 0)), "LVM_SETCOLUMNWIDTH");
    ok(SendMessageA(lv, LVM_GETCOLUMNWIDTH, 2, 0) == 75, "new width");

    reset_events();
    r = insert_item(lv, 0, "beta", 20);
    ok(r == 0, "first item at 0: %d", r);
    ok(!strcmp(events, "i") && last_nm.iItem == 0, "LVN_INSERTITEM: %s item %d", events, last_nm.iItem);
    ok(insert_item(lv, 10, "alpha", 10) == 1, "past the end appends");
    ok(insert_item(lv, 1, "gamma", 30) == 1, "in the middle");
    ok(insert_item(lv, -1, "bad", 0) == -1, "a negative index fails");
    ok(SendMessageA(lv, LVM_GETITEMCOUNT, 0, 0) == 3, "three items");

    memset(&itemw, 0, sizeof(itemw));
    itemw.mask = LVIF_TEXT;
    itemw.iItem = 3;
    itemw.pszText = (WCHAR *)L"delta";
    ok(SendMessageW(lv, LVM_INSERTITEMW, 0, (LPARAM)&itemw) == 3, "Unicode insert");
    get_text(lv, 3, 0, buf, sizeof(buf));
    ok(!strcmp(buf, "delta"), "Unicode text read as ANSI: %s", buf);

    /* subitems */
    memset(&item, 0, sizeof(item));
    item.iSubItem = 1;
    item.pszText = (char *)"12 KB";
    ok(SendMessageA(lv, LVM_SETITEMTEXTA, 0, (LPARAM)&item), "LVM_SETITEMTEXTA");
    get_text(lv, 0, 1, buf, sizeof(buf));
    ok(!strcmp(buf, "12 KB"), "subitem text %s", buf);
    get_text(lv, 0, 2, buf, sizeof(buf));
    ok(!strcmp(buf, ""), "unset subitem is empty: %s", buf);
    get_text(lv, 1, 0, buf, 3);
    /* Wine's ANSI copy fills the buffer without a terminating NUL */
    if (!is_wine) ok(!strcmp(buf, "ga"), "text cut to the buffer: %s", buf);
    memset(&item, 0, sizeof(item));
    item.mask = LVIF_TEXT | LVIF_PARAM;
    item.iItem = 2;
    item.pszText = buf;
    item.cchTextMax = sizeof(buf);
    ok(SendMessageA(lv, LVM_GETITEMA, 0, (LPARAM)&item), "LVM_GETITEMA");
    ok(!strcmp(buf, "alpha") && item.lParam == 10, "item 2: %s %d", buf, (int)item.lParam);

    /* states: ITEMCHANGING, ITEMCHANGED with the old and new states */
    reset_events();
    set_state(lv, 1, LVIS_SELECTED, LVIS_SELECTED);
    ok(!strcmp(events, "gd"), "select: %s", events);
    ok(last_nm.iItem == 1 && last_nm.uChanged == LVIF_STATE && last_nm.uNewState == LVIS_SELECTED &&
       last_nm.uOldState == 0 && last_nm.lParam == 30, "ITEMCHANGED item %d changed %x new %x old %x param %d",
       last_nm.iItem, last_nm.uChanged, last_nm.uNewState, last_nm.uOldState, (int)last_nm.lParam);
    reset_events();
    set_state(lv, 1, LVIS_SELECTED, LVIS_SELECTED);
    ok(!strcmp(events, "g"), "no change: ITEMCHANGING alone: %s", events);
    veto_changing = 1;
    set_state(lv, 2, LVIS_SELECTED, LVIS_SELECTED);
    veto_changing = 0;
    ok(SendMessageA(lv, LVM_GETITEMSTATE, 2, LVIS_SELECTED) == 0, "a vetoed change is not made");
    set_state(lv, 3, LVIS_SELECTED | LVIS_FOCUSED, LVIS_SELECTED | LVIS_FOCUSED);
    ok(SendMessageA(lv, LVM_GETSELECTEDCOUNT, 0, 0) == 2, "two selected");
    ok(SendMessageA(lv, LVM_GETNEXTITEM, -1, LVNI_SELECTED) == 1, "first selected is 1");
    ok(SendMessageA(lv, LVM_GETNEXTITEM, 1, LVNI_SELECTED) == 3, "next selected is 3");
    ok(SendMessageA(lv, LVM_GETNEXTITEM, 3, LVNI_SELECTED) == -1, "no more");
    ok(SendMessageA(lv, LVM_GETNEXTITEM, -1, LVNI_FOCUSED) == 3, "focused is 3");
    ok(SendMessageA(lv, LVM_GETNEXTITEM, -1, LVNI_ALL) == 0, "LVNI_ALL from -1 is 0");
    ok(SendMessageA(lv, LVM_GETNEXTITEM, 0, LVNI_ALL) == 1, "LVNI_ALL from 0 is 1");
    ok(SendMessageA(lv, LVM_GETNEXTITEM, 3, LVNI_ALL) == -1, "LVNI_ALL from the last is -1");
    set_state(lv, 0, LVIS_FOCUSED, LVIS_FOCUSED);
    ok(SendMessageA(lv, LVM_GETITEMSTATE, 3, LVIS_FOCUSED) == 0, "the focus moved away from 3");
    reset_events();
    set_state(lv, -1, 0, LVIS_SELECTED);
    ok(SendMessageA(lv, LVM_GETSELECTEDCOUNT, 0, 0) == 0, "item -1 clears all");
    ok(!strcmp(events, "ggdggd"), "CHANGING for each item, CHANGED for those that change: %s", events);

    /* find */
    {
        LVFINDINFOA fi;
        memset(&fi, 0, sizeof(fi));
        fi.flags = LVFI_STRING;
        fi.psz = "ALPHA";
        ok(SendMessageA(lv, LVM_FINDITEMA, -1, (LPARAM)&fi) == 2, "find ignores case");
        fi.flags = LVFI_PARTIAL | LVFI_STRING;
        fi.psz = "de";
        ok(SendMessageA(lv, LVM_FINDITEMA, -1, (LPARAM)&fi) == 3, "partial");
        fi.flags = LVFI_STRING;
        fi.psz = "al";
        ok(SendMessageA(lv, LVM_FINDITEMA, -1, (LPARAM)&fi) == -1, "whole string only");
        fi.flags = LVFI_PARAM;
        fi.lParam = 30;
        ok(SendMessageA(lv, LVM_FINDITEMA, -1, (LPARAM)&fi) == 1, "by lParam");
        ok(SendMessageA(lv, LVM_FINDITEMA, 1, (LPARAM)&fi) == -1, "searching starts after the start");
        fi.flags = LVFI_PARAM | LVFI_WRAP;
        ok(SendMessageA(lv, LVM_FINDITEMA, 1, (LPARAM)&fi) == 1, "LVFI_WRAP wraps round");
    }

    /* delete: LVN_DELETEITEM with the lParam */
    reset_events();
    ok(SendMessageA(lv, LVM_DELETEITEM, 3, 0), "LVM_DELETEITEM");
    ok(!strcmp(events, "gx") && last_nm.iItem == 3, "state cleared, then LVN_DELETEITEM: %s %d", events,
       last_nm.iItem);
    ok(!SendMessageA(lv, LVM_DELETEITEM, 3, 0), "deleting past the end fails");
    ok(SendMessageA(lv, LVM_GETITEMCOUNT, 0, 0) == 3, "three left");

    /* delete a column: the subitems after it move left */
    ok(SendMessageA(lv, LVM_DELETECOLUMN, 1, 0), "LVM_DELETECOLUMN");
    ok(SendMessageA(header, HDM_GETITEMCOUNT, 0, 0) == 2, "header has two items");
    ok(SendMessageA(lv, LVM_GETCOLUMNWIDTH, 1, 0) == 75, "column 1 is now Type");

    reset_events();
    ok(SendMessageA(lv, LVM_DELETEALLITEMS, 0, 0), "LVM_DELETEALLITEMS");
    ok(!strcmp(events, "Xxxx"), "DELETEALLITEMS then each item: %s", events);
    ok(SendMessageA(lv, LVM_GETITEMCOUNT, 0, 0) == 0, "empty");
    insert_item(lv, 0, "a", 0);
    insert_item(lv, 0, "b", 0);
    deleteall_ret = TRUE;
    reset_events();
    SendMessageA(lv, LVM_DELETEALLITEMS, 0, 0);
    deleteall_ret = FALSE;
    ok(!strcmp(events, "X"), "TRUE from DELETEALLITEMS stops the per-item ones: %s", events);
    DestroyWindow(lv);
}

static int CALLBACK compare_param(LPARAM a, LPARAM b, LPARAM data)
{
    return data ? (int)(b - a) : (int)(a - b);
}

static HWND sort_lv;
static int CALLBACK compare_index(LPARAM a, LPARAM b, LPARAM data)
{
    char ta[16], tb[16];
    (void)data;
    get_text(sort_lv, (int)a, 0, ta, 16);
    get_text(sort_lv, (int)b, 0, tb, 16);
    return lstrcmpA(ta, tb);
}

static void test_sort(void)
{
    HWND lv = create_lv(LVS_REPORT);
    char buf[16];
    insert_column(lv, 0, "x", 100);
    insert_item(lv, 0, "c", 3);
    insert_item(lv, 1, "a", 1);
    insert_item(lv, 2, "b", 2);
    set_state(lv, 0, LVIS_FOCUSED | LVIS_SELECTED, LVIS_FOCUSED | LVIS_SELECTED);
    ok(SendMessageA(lv, LVM_SORTITEMS, 0, (LPARAM)compare_param), "LVM_SORTITEMS");
    get_text(lv, 0, 0, buf, 16);
    ok(!strcmp(buf, "a"), "sorted first %s", buf);
    get_text(lv, 2, 0, buf, 16);
    ok(!strcmp(buf, "c"), "sorted last %s", buf);
    ok(SendMessageA(lv, LVM_GETNEXTITEM, -1, LVNI_FOCUSED) == 2, "the focus follows its item");
    ok(SendMessageA(lv, LVM_GETITEMSTATE, 2, LVIS_SELECTED) == LVIS_SELECTED, "so does the selection");
    SendMessageA(lv, LVM_SORTITEMS, 1, (LPARAM)compare_param);
    get_text(lv, 0, 0, buf, 16);
    ok(!strcmp(buf, "c"), "descending first %s", buf);
    sort_lv = lv;
    ok(SendMessageA(lv, LVM_SORTITEMSEX, 0, (LPARAM)compare_index), "LVM_SORTITEMSEX");
    get_text(lv, 0, 0, buf, 16);
    ok(!strcmp(buf, "a"), "SORTITEMSEX by index: first %s", buf);
    DestroyWindow(lv);

    lv = create_lv(LVS_REPORT | LVS_SORTASCENDING);
    insert_column(lv, 0, "x", 100);
    ok(insert_item(lv, 0, "m", 0) == 0, "first");
    ok(insert_item(lv, 0, "z", 0) == 1, "LVS_SORTASCENDING puts z after m");
    ok(insert_item(lv, 5, "B", 0) == 0, "and B (any case) first");
    DestroyWindow(lv);
}

static void test_rects(void)
{
    HWND lv = create_lv(LVS_REPORT);
    RECT r0, r1, label, icon, sub, client;
    LVHITTESTINFO ht;
    int h, r;

    insert_column(lv, 0, "Name", 100);
    insert_column(lv, 1, "Size", 60);
    insert_item(lv, 0, "one", 0);
    insert_item(lv, 1, "two", 0);
    r0.left = LVIR_BOUNDS;
    ok(SendMessageA(lv, LVM_GETITEMRECT, 0, (LPARAM)&r0), "LVM_GETITEMRECT");
    r1.left = LVIR_BOUNDS;
    SendMessageA(lv, LVM_GETITEMRECT, 1, (LPARAM)&r1);
    h = r0.bottom - r0.top;
    ok(h > 8 && r1.bottom - r1.top == h, "rows of one height: %d %d", h, (int)(r1.bottom - r1.top));
    ok(r1.top == r0.bottom, "rows touch: %d %d", (int)r1.top, (int)r0.bottom);
    ok(r0.left == 0 && r0.right == 160, "a row spans the columns: %d-%d", (int)r0.left, (int)r0.right);
    ok(r0.top > 0, "below the header: %d", (int)r0.top);
    label.left = LVIR_LABEL;
    SendMessageA(lv, LVM_GETITEMRECT, 0, (LPARAM)&label);
    ok(label.right == 100 && label.top == r0.top, "the label ends with column 0: %d", (int)label.right);
    icon.left = LVIR_ICON;
    SendMessageA(lv, LVM_GETITEMRECT, 0, (LPARAM)&icon);
    ok(icon.left >= 0 && icon.right <= label.left, "icon left of the label: %d-%d %d", (int)icon.left,
       (int)icon.right, (int)label.left);
    sub.top = 1;
    sub.left = LVIR_BOUNDS;
    ok(SendMessageA(lv, LVM_GETSUBITEMRECT, 1, (LPARAM)&sub), "LVM_GETSUBITEMRECT");
    ok(sub.left == 100 && sub.right == 160 && sub.top == r1.top, "subitem 1 of item 1: %d-%d", (int)sub.left,
       (int)sub.right);
    ok(!SendMessageA(lv, LVM_GETITEMRECT, 5, (LPARAM)&r0), "no rect past the end");

    ht.pt.x = 20;
    ht.pt.y = r1.top + 2;
    r = (int)SendMessageA(lv, LVM_HITTEST, 0, (LPARAM)&ht);
    ok(r == 1 && ht.iItem == 1 && (ht.flags & LVHT_ONITEM), "hit item 1: %d flags %x", r, ht.flags);
    ht.pt.y = r1.bottom + 20;
    r = (int)SendMessageA(lv, LVM_HITTEST, 0, (LPARAM)&ht);
    ok(r == -1 && ht.flags == LVHT_NOWHERE, "below the items: %d flags %x", r, ht.flags);
    ht.pt.x = 120;
    ht.pt.y = r0.top + 2;
    r = (int)SendMessageA(lv, LVM_SUBITEMHITTEST, 0, (LPARAM)&ht);
    ok(r == 0 && ht.iSubItem == 1, "subitem hit: %d sub %d", r, ht.iSubItem);

    GetClientRect(lv, &client);
    r = (int)SendMessageA(lv, LVM_GETCOUNTPERPAGE, 0, 0);
    ok(r == (client.bottom - r0.top) / h, "count per page %d", r);
    ok(SendMessageA(lv, LVM_GETTOPINDEX, 0, 0) == 0, "top index 0");
    for (r = 2; r < 40; r++) insert_item(lv, r, "more", 0);
    ok(SendMessageA(lv, LVM_ENSUREVISIBLE, 30, FALSE), "LVM_ENSUREVISIBLE");
    r = (int)SendMessageA(lv, LVM_GETTOPINDEX, 0, 0);
    ok(r > 0 && r <= 30 && r + SendMessageA(lv, LVM_GETCOUNTPERPAGE, 0, 0) > 30, "item 30 visible: top %d", r);
    r0.left = LVIR_BOUNDS;
    SendMessageA(lv, LVM_GETITEMRECT, 30, (LPARAM)&r0);
    ok(r0.top >= 0 && r0.bottom <= client.bottom, "its rect is in the window: %d-%d", (int)r0.top, (int)r0.bottom);

    /* LVSCW_AUTOSIZE_USEHEADER on the last column fills the window */
    GetClientRect(lv, &client);     /* narrower now: a vertical scroll bar */
    ok(SendMessageA(lv, LVM_SETCOLUMNWIDTH, 1, MAKELPARAM(LVSCW_AUTOSIZE_USEHEADER, 0)), "autosize");
    r = (int)SendMessageA(lv, LVM_GETCOLUMNWIDTH, 1, 0);
    ok(r == client.right - 100, "the last column fills the rest: %d (client %d)", r, (int)client.right);
    DestroyWindow(lv);
}

static void test_ownerdata(void)
{
    HWND lv = create_lv(LVS_REPORT | LVS_OWNERDATA);
    char buf[32];
    LVITEMA item;

    insert_column(lv, 0, "x", 100);
    insert_column(lv, 1, "y", 100);
    ok(insert_item(lv, 5, "no", 0) == 0, "owner data: LVM_INSERTITEM only counts");
    ok(SendMessageA(lv, LVM_GETITEMCOUNT, 0, 0) == 1, "one item");
    ok(SendMessageA(lv, LVM_SETITEMCOUNT, 1000, 0), "LVM_SETITEMCOUNT");
    ok(SendMessageA(lv, LVM_GETITEMCOUNT, 0, 0) == 1000, "1000 items");
    dispinfo_calls = 0;
    fill_dispinfo = 1;
    get_text(lv, 500, 1, buf, sizeof(buf));
    ok(!strcmp(buf, "row500.1") && dispinfo_calls == 1, "text from LVN_GETDISPINFO: %s (%d calls)", buf,
       dispinfo_calls);
    memset(&item, 0, sizeof(item));
    item.mask = LVIF_TEXT;
    item.iItem = 7;
    item.pszText = buf;
    item.cchTextMax = sizeof(buf);
    ok(SendMessageA(lv, LVM_GETITEMA, 0, (LPARAM)&item) && !strcmp(buf, "row7.0"), "LVM_GETITEM: %s", buf);
    fill_dispinfo = 0;
    reset_events();
    set_state(lv, 3, LVIS_SELECTED, LVIS_SELECTED);
    ok(SendMessageA(lv, LVM_GETITEMSTATE, 3, LVIS_SELECTED) == LVIS_SELECTED, "the list keeps the state");
    ok(SendMessageA(lv, LVM_GETSELECTEDCOUNT, 0, 0) == 1, "one selected");
    ok(strchr(events, 'd') != NULL, "ITEMCHANGED sent: %s", events);
    reset_events();
    set_state(lv, -1, LVIS_SELECTED, LVIS_SELECTED);
    ok(SendMessageA(lv, LVM_GETSELECTEDCOUNT, 0, 0) == 1000, "all selected");
    ok(!strcmp(events, "d") && last_nm.iItem == -1, "one ITEMCHANGED for item -1: %s %d", events, last_nm.iItem);
    DestroyWindow(lv);
}

static void test_input(void)
{
    HWND lv = create_lv(LVS_REPORT | LVS_SHOWSELALWAYS), header;
    RECT r2;
    MSG msg;
    int i;

    insert_column(lv, 0, "Name", 100);
    insert_column(lv, 1, "Size", 60);
    for (i = 0; i < 5; i++) {
        char text[8];
        wsprintfA(text, "%c item", 'a' + i);
        insert_item(lv, i, text, i);
    }
    SetFocus(lv);
    ok(GetFocus() == lv, "focus on the list view");
    set_state(lv, 0, LVIS_SELECTED | LVIS_FOCUSED, LVIS_SELECTED | LVIS_FOCUSED);
    reset_events();
    SendMessageA(lv, WM_KEYDOWN, VK_DOWN, 0);
    ok(events[0] == 'k', "LVN_KEYDOWN first: %s", events);
    ok(SendMessageA(lv, LVM_GETNEXTITEM, -1, LVNI_FOCUSED) == 1, "down moves the focus to 1");
    ok(SendMessageA(lv, LVM_GETNEXTITEM, -1, LVNI_SELECTED) == 1, "and the selection");
    ok(SendMessageA(lv, LVM_GETSELECTEDCOUNT, 0, 0) == 1, "one selected");
    SendMessageA(lv, WM_KEYDOWN, VK_END, 0);
    ok(SendMessageA(lv, LVM_GETNEXTITEM, -1, LVNI_FOCUSED) == 4, "End: the last");
    SendMessageA(lv, WM_KEYDOWN, VK_HOME, 0);
    ok(SendMessageA(lv, LVM_GETNEXTITEM, -1, LVNI_SELECTED) == 0, "Home: the first");
    SendMessageA(lv, WM_CHAR, 'c', 0);
    i = (int)SendMessageA(lv, LVM_GETNEXTITEM, -1, LVNI_SELECTED);
    /* Wine's list view does not select anything on a sent WM_CHAR */
    if (!is_wine) ok(i == 2, "typing c selects the c item: %d", i);

    /* a click on item 3 (the button's release is posted first: comctl32
     * may wait for it inside the press) */
    r2.left = LVIR_LABEL;
    SendMessageA(lv, LVM_GETITEMRECT, 3, (LPARAM)&r2);
    reset_events();
    click_item = -2;
    PostMessageA(lv, WM_LBUTTONUP, 0, MAKELPARAM(r2.left + 5, r2.top + 2));
    SendMessageA(lv, WM_LBUTTONDOWN, MK_LBUTTON, MAKELPARAM(r2.left + 5, r2.top + 2));
    while (PeekMessageA(&msg, 0, 0, 0, PM_REMOVE)) DispatchMessageA(&msg);
    ok(SendMessageA(lv, LVM_GETNEXTITEM, -1, LVNI_SELECTED) == 3, "the click selects item 3");
    ok(SendMessageA(lv, LVM_GETSELECTEDCOUNT, 0, 0) == 1, "and only it");
    ok(click_item == 3, "NM_CLICK for item 3: %d (%s)", click_item, events);

    reset_events();
    SendMessageA(lv, WM_LBUTTONDBLCLK, MK_LBUTTON, MAKELPARAM(r2.left + 5, r2.top + 2));
    ok(strstr(events, "2a") != NULL, "double click: NM_DBLCLK then LVN_ITEMACTIVATE: %s", events);

    /* a click on the header's second item */
    header = (HWND)SendMessageA(lv, LVM_GETHEADER, 0, 0);
    column_clicked = -1;
    SendMessageA(header, WM_LBUTTONDOWN, MK_LBUTTON, MAKELPARAM(130, 5));
    SendMessageA(header, WM_LBUTTONUP, 0, MAKELPARAM(130, 5));
    ok(column_clicked == 1, "LVN_COLUMNCLICK for column 1: %d", column_clicked);
    DestroyWindow(lv);
}

static void test_singlesel_customdraw(void)
{
    HWND lv = create_lv(LVS_REPORT | LVS_SINGLESEL);
    HDC hdc;
    HBITMAP bmp;
    insert_column(lv, 0, "x", 100);
    insert_column(lv, 1, "y", 100);
    insert_item(lv, 0, "a", 0);
    insert_item(lv, 1, "b", 0);
    set_state(lv, 0, LVIS_SELECTED, LVIS_SELECTED);
    set_state(lv, 1, LVIS_SELECTED, LVIS_SELECTED);
    ok(SendMessageA(lv, LVM_GETSELECTEDCOUNT, 0, 0) == 1, "LVS_SINGLESEL keeps one selected");
    ok(SendMessageA(lv, LVM_GETITEMSTATE, 1, LVIS_SELECTED) == LVIS_SELECTED, "the newest");

    ok(SendMessageA(lv, LVM_SETEXTENDEDLISTVIEWSTYLE, LVS_EX_FULLROWSELECT, LVS_EX_FULLROWSELECT) == 0,
       "SETEXTENDEDLISTVIEWSTYLE returns the old style");
    ok(SendMessageA(lv, LVM_GETEXTENDEDLISTVIEWSTYLE, 0, 0) == LVS_EX_FULLROWSELECT, "style kept");
    ok(SendMessageA(lv, LVM_SETBKCOLOR, 0, RGB(1, 2, 3)), "LVM_SETBKCOLOR");
    ok(SendMessageA(lv, LVM_GETBKCOLOR, 0, 0) == RGB(1, 2, 3), "LVM_GETBKCOLOR");
    ok(SendMessageA(lv, LVM_SETTEXTCOLOR, 0, RGB(4, 5, 6)) && SendMessageA(lv, LVM_GETTEXTCOLOR, 0, 0) == RGB(4, 5, 6),
       "text colour");

    /* custom draw: the stages of one paint */
    hdc = CreateCompatibleDC(0);
    bmp = CreateCompatibleBitmap(GetDC(0), 300, 200);
    SelectObject(hdc, bmp);
    ncd = 0;
    cd_prepaint_ret = CDRF_DODEFAULT;
    SendMessageA(lv, WM_PRINTCLIENT, (WPARAM)hdc, PRF_CLIENT);
    ok(ncd == 1 && cd_stages[0] == CDDS_PREPAINT, "without NOTIFYITEMDRAW only PREPAINT: %d", ncd);
    ncd = 0;
    cd_prepaint_ret = CDRF_NOTIFYITEMDRAW;
    SendMessageA(lv, WM_PRINTCLIENT, (WPARAM)hdc, PRF_CLIENT);
    ok(ncd == 7, "stages: %d", ncd);
    ok(cd_stages[0] == CDDS_PREPAINT && cd_stages[1] == CDDS_ITEMPREPAINT &&
       cd_stages[2] == (CDDS_ITEMPREPAINT | CDDS_SUBITEM) && cd_stages[3] == (CDDS_ITEMPREPAINT | CDDS_SUBITEM) &&
       cd_stages[4] == CDDS_ITEMPREPAINT, "prepaint, item, its subitems, next item: %x %x %x %x %x",
       (unsigned)cd_stages[0], (unsigned)cd_stages[1], (unsigned)cd_stages[2], (unsigned)cd_stages[3],
       (unsigned)cd_stages[4]);
    DeleteDC(hdc);
    DeleteObject(bmp);
    DestroyWindow(lv);
}

static void test_edit(void)
{
    HWND lv = create_lv(LVS_REPORT | LVS_EDITLABELS), edit;
    char buf[32];

    insert_column(lv, 0, "Name", 100);
    insert_item(lv, 0, "old", 0);
    reset_events();
    edit = (HWND)SendMessageA(lv, LVM_EDITLABELA, 0, 0);
    ok(edit != NULL, "LVM_EDITLABEL gives the edit");
    ok(strchr(events, 'B') != NULL, "LVN_BEGINLABELEDIT sent: %s", events);
    ok((HWND)SendMessageA(lv, LVM_GETEDITCONTROL, 0, 0) == edit, "LVM_GETEDITCONTROL");
    GetWindowTextA(edit, buf, sizeof(buf));
    ok(!strcmp(buf, "old"), "the edit holds the label: %s", buf);
    SetWindowTextA(edit, "new");
    end_ret = TRUE;
    reset_events();
    SendMessageA(edit, WM_KEYDOWN, VK_RETURN, 0);
    ok(strchr(events, 'E') != NULL && !end_text_null && !strcmp(end_text, "new"), "Enter: LVN_ENDLABELEDIT %s %s",
       events, end_text);
    get_text(lv, 0, 0, buf, sizeof(buf));
    ok(!strcmp(buf, "new"), "TRUE keeps the new text: %s", buf);
    ok(!IsWindow(edit), "the edit is gone");
    ok(SendMessageA(lv, LVM_GETEDITCONTROL, 0, 0) == 0, "no edit control now");

    edit = (HWND)SendMessageA(lv, LVM_EDITLABELA, 0, 0);
    SetWindowTextA(edit, "other");
    reset_events();
    SendMessageA(edit, WM_KEYDOWN, VK_ESCAPE, 0);
    ok(strchr(events, 'E') != NULL && end_text_null, "Escape: LVN_ENDLABELEDIT without text: %s", events);
    get_text(lv, 0, 0, buf, sizeof(buf));
    ok(!strcmp(buf, "new"), "the text stays: %s", buf);

    begin_ret = TRUE;
    edit = (HWND)SendMessageA(lv, LVM_EDITLABELA, 0, 0);
    begin_ret = FALSE;
    ok(edit == NULL, "TRUE from LVN_BEGINLABELEDIT refuses");
    end_ret = FALSE;
    DestroyWindow(lv);
}

int main(void)
{
    WNDCLASSA wc;

    is_wine = GetProcAddress(GetModuleHandleA("ntdll"), "wine_get_version") != NULL;
    InitCommonControls();
    memset(&wc, 0, sizeof(wc));
    wc.lpfnWndProc = main_proc;
    wc.hInstance = GetModuleHandleA(NULL);
    wc.lpszClassName = "lv_test_main";
    RegisterClassA(&wc);
    main_wnd = CreateWindowA("lv_test_main", "list view", WS_OVERLAPPEDWINDOW, 0, 0, 400, 300, NULL, NULL,
                             wc.hInstance, NULL);
    ok(main_wnd != NULL, "main window");
    ok(GetClassInfoA(NULL, WC_LISTVIEWA, &wc), "list view class registered");
    test_columns_items();
    test_sort();
    test_rects();
    test_ownerdata();
    test_input();
    test_singlesel_customdraw();
    test_edit();
    DestroyWindow(main_wnd);
    return test_done();
}
