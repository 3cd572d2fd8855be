/* The tree view without a display: inserting, navigation, the expand
 * and selection rules with their notifications (the sequences and the
 * NMTREEVIEW fields), deletion order, item rects and hit tests (checked
 * for their structure, fonts differ), sorting, text callbacks, the
 * keyboard and the mouse. Expectations from Wine (comctl32 5.82, no
 * manifest: ANSI notifications to an ANSI parent). */
#include "test.h"
#include <commctrl.h>

static HWND parent_wnd, tree;

/* the notifications in order: g/G SELCHANGING/ED, x/X ITEMEXPANDING/ED,
 * d DELETEITEM, i GETDISPINFO, k TVN_KEYDOWN, c NM_CLICK, C NM_DBLCLK,
 * r NM_RETURN, R NM_RCLICK, f/F NM_SETFOCUS/KILLFOCUS, ! a W code */
static char events[128];
static int nevents;
static NMTREEVIEWA last_sel, last_expand;
static LPARAM deleted[16];
static int ndeleted;
static BOOL veto_sel, veto_expand;
static WORD last_key;
/* NM_CUSTOMDRAW: the stages in order (P prepaint, I item prepaint, J
 * item postpaint, Q postpaint) and what the parent answers */
static char stages[32];
static int nstages;
static LRESULT cd_prepaint, cd_item;
static LPARAM cd_lparam;
static int cd_level = -1;

static void stage(char c)
{
    if (nstages < (int)sizeof(stages) - 1) stages[nstages++] = c;
    stages[nstages] = 0;
}

static void event(char c)
{
    if (nevents < (int)sizeof(events) - 1) events[nevents++] = c;
    events[nevents] = 0;
}

static void clear(void)
{
    nevents = 0;
    events[0] = 0;
}

static LRESULT CALLBACK parent_proc(HWND hwnd, UINT msg, WPARAM wp, LPARAM lp)
{
    if (msg == WM_NOTIFY) {
        NMHDR *hdr = (NMHDR *)lp;
        NMTREEVIEWA *nm = (NMTREEVIEWA *)lp;
        switch (hdr->code) {
        case TVN_SELCHANGINGA: event('g'); last_sel = *nm; return veto_sel;
        case TVN_SELCHANGEDA: event('G'); last_sel = *nm; return 0;
        case TVN_ITEMEXPANDINGA: event('x'); last_expand = *nm; return veto_expand;
        case TVN_ITEMEXPANDEDA: event('X'); last_expand = *nm; return 0;
        case TVN_DELETEITEMA:
            event('d');
            if (ndeleted < 16) deleted[ndeleted++] = nm->itemOld.lParam;
            return 0;
        case TVN_GETDISPINFOA: {
            NMTVDISPINFOA *di = (NMTVDISPINFOA *)lp;
            event('i');
            if (di->item.mask & TVIF_TEXT) wsprintfA(di->item.pszText, "cb%d", (int)di->item.lParam);
            if (di->item.mask & TVIF_CHILDREN) di->item.cChildren = 1;
            return 0;
        }
        case TVN_KEYDOWN: event('k'); last_key = ((NMTVKEYDOWN *)lp)->wVKey; return 0;
        case NM_CLICK: event('c'); return 0;
        case NM_DBLCLK: event('C'); return 0;
        case NM_RETURN: event('r'); return 0;
        case NM_RCLICK: event('R'); return 1;
        case NM_SETFOCUS: event('f'); return 0;
        case NM_KILLFOCUS: event('F'); return 0;
        case NM_CUSTOMDRAW: {
            NMTVCUSTOMDRAW *cd = (NMTVCUSTOMDRAW *)lp;
            switch (cd->nmcd.dwDrawStage) {
            case CDDS_PREPAINT: stage('P'); return cd_prepaint;
            case CDDS_ITEMPREPAINT:
                stage('I');
                if (cd->nmcd.lItemlParam == 2) {
                    cd_lparam = cd->nmcd.lItemlParam;
                    cd_level = cd->iLevel;
                    cd->clrText = RGB(255, 0, 0);
                }
                return cd_item;
            case CDDS_ITEMPOSTPAINT: stage('J'); return 0;
            case CDDS_POSTPAINT: stage('Q'); return 0;
            }
            return 0;
        }
        case TVN_SELCHANGINGW: case TVN_SELCHANGEDW: case TVN_ITEMEXPANDINGW:
        case TVN_ITEMEXPANDEDW: case TVN_DELETEITEMW: case TVN_GETDISPINFOW:
            event('!');
            return 0;
        }
        return 0;
    }
    return DefWindowProcA(hwnd, msg, wp, lp);
}

static HTREEITEM insert(HTREEITEM parent, HTREEITEM after, const char *text, LPARAM param)
{
    TVINSERTSTRUCTA is;
    memset(&is, 0, sizeof(is));
    is.hParent = parent;
    is.hInsertAfter = after;
    is.item.mask = TVIF_TEXT | TVIF_PARAM;
    is.item.pszText = (char *)text;
    is.item.lParam = param;
    return (HTREEITEM)SendMessageA(tree, TVM_INSERTITEMA, 0, (LPARAM)&is);
}

static HTREEITEM next(HTREEITEM item, UINT which)
{
    return (HTREEITEM)SendMessageA(tree, TVM_GETNEXTITEM, which, (LPARAM)item);
}

static UINT state(HTREEITEM item)
{
    TVITEMA tvi;
    memset(&tvi, 0, sizeof(tvi));
    tvi.mask = TVIF_STATE | TVIF_HANDLE;
    tvi.hItem = item;
    tvi.stateMask = 0xffff;
    SendMessageA(tree, TVM_GETITEMA, 0, (LPARAM)&tvi);
    return tvi.state;
}

static const char *text(HTREEITEM item)
{
    static char buf[64];
    TVITEMA tvi;
    memset(&tvi, 0, sizeof(tvi));
    tvi.mask = TVIF_TEXT;
    tvi.hItem = item;
    tvi.pszText = buf;
    tvi.cchTextMax = sizeof(buf);
    buf[0] = 0;
    if (!SendMessageA(tree, TVM_GETITEMA, 0, (LPARAM)&tvi)) return "(fail)";
    return buf;
}

static BOOL item_rect(HTREEITEM item, BOOL text_only, RECT *rc)
{
    *(HTREEITEM *)rc = item;
    return (BOOL)SendMessageA(tree, TVM_GETITEMRECT, text_only, (LPARAM)rc);
}

static void pump(void)
{
    MSG msg;
    while (PeekMessageA(&msg, 0, 0, 0, PM_REMOVE)) DispatchMessageA(&msg);
}

static HWND make_tree(DWORD style)
{
    HWND hwnd = CreateWindowExA(0, WC_TREEVIEWA, "", WS_CHILD | WS_VISIBLE | style, 0, 0, 200, 200, parent_wnd,
                                (HMENU)7, NULL, NULL);
    ok(hwnd != NULL, "tree view created");
    return hwnd;
}

static HTREEITEM a, a1, a1a, a2, b, c;

static void build(void)
{
    a = insert(TVI_ROOT, TVI_LAST, "Alpha", 1);
    b = insert(TVI_ROOT, TVI_LAST, "Bravo", 2);
    c = insert(NULL, TVI_LAST, "Charlie", 3);
    a1 = insert(a, TVI_LAST, "Alpha one", 11);
    a2 = insert(a, TVI_LAST, "Alpha two", 12);
    a1a = insert(a1, TVI_LAST, "Alpha one a", 111);
}

static void test_insert_navigate(void)
{
    TVITEMA tvi;
    build();
    ok(a && b && c && a1 && a2 && a1a, "items inserted");
    ok(SendMessageA(tree, TVM_GETCOUNT, 0, 0) == 6, "count %d", (int)SendMessageA(tree, TVM_GETCOUNT, 0, 0));
    ok(next(NULL, TVGN_ROOT) == a, "root is the first top-level item");
    ok(next(a, TVGN_NEXT) == b && next(b, TVGN_NEXT) == c && next(c, TVGN_NEXT) == NULL, "siblings");
    ok(next(b, TVGN_PREVIOUS) == a && next(a, TVGN_PREVIOUS) == NULL, "previous");
    ok(next(a, TVGN_CHILD) == a1 && next(a1, TVGN_NEXT) == a2, "children");
    ok(next(a1a, TVGN_PARENT) == a1 && next(a, TVGN_PARENT) == NULL, "parents");
    ok(next(TVI_ROOT, TVGN_CHILD) == a, "TVI_ROOT's child");
    ok(next(a, TVGN_NEXTVISIBLE) == b, "a collapsed item's children are not visible");
    ok(next(NULL, TVGN_FIRSTVISIBLE) == a, "first visible");
    ok(next(NULL, TVGN_LASTVISIBLE) == c, "last visible");
    ok(next(NULL, TVGN_CARET) == NULL, "nothing selected yet");
    ok(next(a1, TVGN_NEXTVISIBLE) == a2, "a hidden item's next visible is its next sibling");
    ok(next(a2, TVGN_PREVIOUSVISIBLE) == a1, "and back");
    ok(!strcmp(text(a1), "Alpha one"), "text %s", text(a1));
    ok(state(a) == 0, "state %x", state(a));

    memset(&tvi, 0, sizeof(tvi));
    tvi.mask = TVIF_CHILDREN | TVIF_PARAM;
    tvi.hItem = a;
    tvi.cChildren = 55;
    ok(SendMessageA(tree, TVM_GETITEMA, 0, (LPARAM)&tvi), "TVM_GETITEM");
    ok(tvi.lParam == 1, "lParam %d", (int)tvi.lParam);
    ok(tvi.cChildren == 1, "a parent counts as having children: %d", tvi.cChildren);

    /* TVI_FIRST, an item to insert after, TVI_SORT */
    HTREEITEM z = insert(TVI_ROOT, TVI_FIRST, "Zulu", 4);
    ok(next(NULL, TVGN_ROOT) == z, "TVI_FIRST");
    HTREEITEM y = insert(TVI_ROOT, b, "Yankee", 5);
    ok(next(b, TVGN_NEXT) == y && next(y, TVGN_NEXT) == c, "after an item");
    HTREEITEM s = insert(a, TVI_SORT, "Alpha oz", 13);
    ok(next(a2, TVGN_PREVIOUS) == s || next(a2, TVGN_NEXT) == s, "TVI_SORT");
    ok(next(a1, TVGN_NEXT) == s && next(s, TVGN_NEXT) == a2, "TVI_SORT puts Alpha oz between one and two");
    clear();
    ok(SendMessageA(tree, TVM_DELETEITEM, 0, (LPARAM)z), "delete");
    SendMessageA(tree, TVM_DELETEITEM, 0, (LPARAM)y);
    SendMessageA(tree, TVM_DELETEITEM, 0, (LPARAM)s);
    ok(!strcmp(events, "ddd"), "delete notifications %s", events);
    ok(!SendMessageA(tree, TVM_DELETEITEM, 0, (LPARAM)z), "deleting a deleted item fails");
    ok(!SendMessageA(tree, TVM_GETNEXTITEM, TVGN_NEXT, (LPARAM)z), "a deleted handle has no next");
    ok(SendMessageA(tree, TVM_GETCOUNT, 0, 0) == 6, "count back to 6");
}

static void test_expand(void)
{
    clear();
    ok(SendMessageA(tree, TVM_EXPAND, TVE_EXPAND, (LPARAM)a), "expand");
    ok(!strcmp(events, "xX"), "expand notifications %s", events);
    ok(last_expand.action == TVE_EXPAND && last_expand.itemNew.hItem == a && last_expand.itemNew.lParam == 1,
       "ITEMEXPANDED action %u lParam %d", last_expand.action, (int)last_expand.itemNew.lParam);
    ok(last_expand.itemOld.hItem == NULL, "no old item");
    ok((state(a) & (TVIS_EXPANDED | TVIS_EXPANDEDONCE)) == (TVIS_EXPANDED | TVIS_EXPANDEDONCE), "state %x", state(a));
    ok(next(a, TVGN_NEXTVISIBLE) == a1 && next(a1, TVGN_NEXTVISIBLE) == a2, "children visible");
    ok(next(a1, TVGN_PREVIOUSVISIBLE) == a, "previous visible");
    clear();
    ok(SendMessageA(tree, TVM_EXPAND, TVE_EXPAND, (LPARAM)a), "expanding an expanded item");
    ok(!strcmp(events, ""), "no notifications %s", events);
    ok(SendMessageA(tree, TVM_EXPAND, TVE_COLLAPSE, (LPARAM)a), "collapse");
    ok(!strcmp(events, ""), "once expanded: no collapse notifications %s", events);
    ok((state(a) & (TVIS_EXPANDED | TVIS_EXPANDEDONCE)) == TVIS_EXPANDEDONCE, "state %x", state(a));
    ok(!SendMessageA(tree, TVM_EXPAND, TVE_COLLAPSE, (LPARAM)a), "collapsing a collapsed item");
    ok(SendMessageA(tree, TVM_EXPAND, TVE_TOGGLE, (LPARAM)a), "toggle");
    ok(!strcmp(events, ""), "once expanded: no notifications %s", events);
    ok(state(a) & TVIS_EXPANDED, "toggled open");
    ok(!SendMessageA(tree, TVM_EXPAND, TVE_EXPAND, (LPARAM)b), "an item without children does not expand");
    ok(!strcmp(events, ""), "and sends nothing: %s", events);
    ok(!SendMessageA(tree, TVM_EXPAND, TVE_EXPAND, (LPARAM)0xdead0), "a bad handle");

    /* a veto */
    HTREEITEM a1b = insert(a1, TVI_LAST, "Alpha one b", 112);
    veto_expand = TRUE;
    ok(!SendMessageA(tree, TVM_EXPAND, TVE_EXPAND, (LPARAM)a1), "vetoed expand");
    veto_expand = FALSE;
    ok(!strcmp(events, "x"), "only ITEMEXPANDING %s", events);
    ok(!(state(a1) & TVIS_EXPANDED), "still collapsed %x", state(a1));
    SendMessageA(tree, TVM_DELETEITEM, 0, (LPARAM)a1b);

    /* TVE_COLLAPSERESET removes the children */
    HTREEITEM t = insert(TVI_ROOT, TVI_LAST, "Temp", 9);
    insert(t, TVI_LAST, "Temp child", 91);
    SendMessageA(tree, TVM_EXPAND, TVE_EXPAND, (LPARAM)t);
    clear();
    ok(SendMessageA(tree, TVM_EXPAND, TVE_COLLAPSE | TVE_COLLAPSERESET, (LPARAM)t), "collapse reset");
    ok(!strcmp(events, "d"), "collapse reset notifications %s", events);
    ok(next(t, TVGN_CHILD) == NULL, "children gone");
    ok(!(state(t) & (TVIS_EXPANDED | TVIS_EXPANDEDONCE)), "state %x", state(t));
    SendMessageA(tree, TVM_DELETEITEM, 0, (LPARAM)t);
}

static void test_select(void)
{
    clear();
    ok(SendMessageA(tree, TVM_SELECTITEM, TVGN_CARET, (LPARAM)a2), "select");
    ok(!strcmp(events, "gG"), "select notifications %s", events);
    ok(last_sel.action == TVC_UNKNOWN, "action %u", last_sel.action);
    ok(last_sel.itemOld.hItem == NULL && last_sel.itemNew.hItem == a2, "old %p new %p", last_sel.itemOld.hItem,
       last_sel.itemNew.hItem);
    ok(last_sel.itemNew.lParam == 12, "lParam %d", (int)last_sel.itemNew.lParam);
    ok(last_sel.itemNew.mask & TVIF_HANDLE, "mask %x", last_sel.itemNew.mask);
    ok(next(NULL, TVGN_CARET) == a2, "caret");
    ok(state(a2) & TVIS_SELECTED, "selected state %x", state(a2));
    clear();
    ok(SendMessageA(tree, TVM_SELECTITEM, TVGN_CARET, (LPARAM)a2), "select again");
    ok(!strcmp(events, ""), "selecting the selection sends nothing: %s", events);
    veto_sel = TRUE;
    ok(!SendMessageA(tree, TVM_SELECTITEM, TVGN_CARET, (LPARAM)b), "vetoed selection");
    veto_sel = FALSE;
    ok(!strcmp(events, "g"), "only SELCHANGING %s", events);
    ok(next(NULL, TVGN_CARET) == a2, "caret unchanged");

    /* a hidden item: its parents expand first */
    clear();
    ok(SendMessageA(tree, TVM_SELECTITEM, TVGN_CARET, (LPARAM)a1a), "select a hidden item");
    ok(!strcmp(events, "gxXG"), "selecting a hidden item expands it between the notifications: %s", events);
    ok(state(a1) & TVIS_EXPANDED, "its parent expanded");
    ok(last_sel.itemOld.hItem == a2 && last_sel.itemNew.hItem == a1a, "old and new");
    ok(!(state(a2) & TVIS_SELECTED), "old one deselected");

    /* collapsing over the selection moves it to the collapsed item quietly */
    clear();
    SendMessageA(tree, TVM_EXPAND, TVE_COLLAPSE, (LPARAM)a1);
    ok(!strcmp(events, ""), "collapse over the selection: %s", events);
    ok(next(NULL, TVGN_CARET) == a1, "caret moved to the parent %p", next(NULL, TVGN_CARET));
    SendMessageA(tree, TVM_EXPAND, TVE_EXPAND, (LPARAM)a1);

    ok(SendMessageA(tree, TVM_SELECTITEM, TVGN_DROPHILITE, (LPARAM)b), "drop highlight");
    ok(next(NULL, TVGN_DROPHILITE) == b && (state(b) & TVIS_DROPHILITED), "drop target");
    SendMessageA(tree, TVM_SELECTITEM, TVGN_DROPHILITE, 0);
    ok(next(NULL, TVGN_DROPHILITE) == NULL && !(state(b) & TVIS_DROPHILITED), "no drop target");
    ok(SendMessageA(tree, TVM_GETITEMSTATE, (WPARAM)a1, TVIS_SELECTED | TVIS_EXPANDED) == (TVIS_SELECTED | TVIS_EXPANDED),
       "TVM_GETITEMSTATE");
}

static void test_rects(void)
{
    RECT ra, ra1, ra1a, full, client;
    TVHITTESTINFO ht;
    int h = (int)SendMessageA(tree, TVM_GETITEMHEIGHT, 0, 0);
    int indent = (int)SendMessageA(tree, TVM_GETINDENT, 0, 0);

    ok(h > 0, "item height %d", h);
    ok(indent == 19, "indent %d", indent);
    GetClientRect(tree, &client);
    /* a, a1, a1a, a2, b, c are shown */
    ok(item_rect(a, TRUE, &ra) && item_rect(a1, TRUE, &ra1) && item_rect(a1a, TRUE, &ra1a), "text rects");
    /* Wine's rects end one pixel short of the next row */
    ok(ra.top == 0 && (ra.bottom == h || ra.bottom == h - 1), "a %d-%d", (int)ra.top, (int)ra.bottom);
    ok(ra1.top == h && ra1a.top == 2 * h, "rows %d %d", (int)ra1.top, (int)ra1a.top);
    ok(ra1.left - ra.left == indent && ra1a.left - ra1.left == indent, "indents %d %d %d", (int)ra.left,
       (int)ra1.left, (int)ra1a.left);
    ok(ra.left == indent, "lines at root: the first text at %d", (int)ra.left);
    ok(ra.right > ra.left + 10, "a text width %d", (int)(ra.right - ra.left));
    ok(item_rect(b, FALSE, &full), "full rect");
    ok(full.left == 0 && full.right == client.right && full.top == 4 * h, "b full %d,%d-%d", (int)full.left,
       (int)full.top, (int)full.right);
    SendMessageA(tree, TVM_EXPAND, TVE_COLLAPSE, (LPARAM)a1);
    ok(!item_rect(a1a, TRUE, &ra1a), "a hidden item has no rect");
    SendMessageA(tree, TVM_EXPAND, TVE_EXPAND, (LPARAM)a1);

    memset(&ht, 0, sizeof(ht));
    ht.pt.x = (ra1.left + ra1.right) / 2;
    ht.pt.y = ra1.top + 1;
    ok((HTREEITEM)SendMessageA(tree, TVM_HITTEST, 0, (LPARAM)&ht) == a1 && ht.hItem == a1, "hit a1");
    ok(ht.flags == TVHT_ONITEMLABEL, "label flags %x", ht.flags);
    ht.pt.x = ra1.right + 5;
    SendMessageA(tree, TVM_HITTEST, 0, (LPARAM)&ht);
    ok(ht.flags == TVHT_ONITEMRIGHT && ht.hItem == a1, "right flags %x", ht.flags);
    ht.pt.x = ra1.left - indent / 2;
    SendMessageA(tree, TVM_HITTEST, 0, (LPARAM)&ht);
    ok(ht.flags == TVHT_ONITEMBUTTON, "button flags %x", ht.flags);
    ht.pt.x = 2;
    SendMessageA(tree, TVM_HITTEST, 0, (LPARAM)&ht);
    ok(ht.flags == TVHT_ONITEMINDENT, "indent flags %x", ht.flags);
    ht.pt.y = 6 * h + 2;
    ok(!SendMessageA(tree, TVM_HITTEST, 0, (LPARAM)&ht) && ht.flags == TVHT_NOWHERE, "nowhere flags %x", ht.flags);
    ht.pt.y = -5;
    ok(!SendMessageA(tree, TVM_HITTEST, 0, (LPARAM)&ht) && ht.flags == TVHT_ABOVE, "above flags %x", ht.flags);
    ht.pt.y = 5;
    ht.pt.x = 500;
    ok(!SendMessageA(tree, TVM_HITTEST, 0, (LPARAM)&ht) && ht.flags == TVHT_TORIGHT, "to the right %x", ht.flags);

    ok(SendMessageA(tree, TVM_GETVISIBLECOUNT, 0, 0) == client.bottom / h, "visible count %d",
       (int)SendMessageA(tree, TVM_GETVISIBLECOUNT, 0, 0));
    ok(SendMessageA(tree, TVM_SETITEMHEIGHT, 31, 0) == h, "set height returns the old one");
    ok(SendMessageA(tree, TVM_GETITEMHEIGHT, 0, 0) == 30, "odd heights round down: %d",
       (int)SendMessageA(tree, TVM_GETITEMHEIGHT, 0, 0));
    SendMessageA(tree, TVM_SETITEMHEIGHT, (WPARAM)-1, 0);
    ok(SendMessageA(tree, TVM_GETITEMHEIGHT, 0, 0) == h, "-1 restores %d", (int)SendMessageA(tree, TVM_GETITEMHEIGHT, 0, 0));
    SendMessageA(tree, TVM_SETINDENT, 0, 0);
    ok(SendMessageA(tree, TVM_GETINDENT, 0, 0) == 19, "the indent has a minimum: %d",
       (int)SendMessageA(tree, TVM_GETINDENT, 0, 0));
    SendMessageA(tree, TVM_SETINDENT, 30, 0);
    ok(SendMessageA(tree, TVM_GETINDENT, 0, 0) == 30, "indent 30");
    SendMessageA(tree, TVM_SETINDENT, 19, 0);
    ok((COLORREF)SendMessageA(tree, TVM_GETBKCOLOR, 0, 0) == CLR_NONE, "no bk colour yet");
    ok((COLORREF)SendMessageA(tree, TVM_GETTEXTCOLOR, 0, 0) == CLR_NONE, "no text colour yet");
    ok((COLORREF)SendMessageA(tree, TVM_GETLINECOLOR, 0, 0) == CLR_DEFAULT, "the default line colour");
    ok((COLORREF)SendMessageA(tree, TVM_SETBKCOLOR, 0, RGB(1, 2, 3)) == CLR_NONE, "set bk returns the old one");
    ok((COLORREF)SendMessageA(tree, TVM_SETTEXTCOLOR, 0, RGB(4, 5, 6)) == CLR_NONE, "set text returns the old one");
    ok((COLORREF)SendMessageA(tree, TVM_SETLINECOLOR, 0, RGB(7, 8, 9)) == CLR_DEFAULT, "set line returns the old one");
    ok(SendMessageA(tree, TVM_GETBKCOLOR, 0, 0) == RGB(1, 2, 3), "bk colour");
    ok(SendMessageA(tree, TVM_GETTEXTCOLOR, 0, 0) == RGB(4, 5, 6), "text colour");
    ok(SendMessageA(tree, TVM_GETLINECOLOR, 0, 0) == RGB(7, 8, 9), "line colour");
    ok((COLORREF)SendMessageA(tree, TVM_SETBKCOLOR, 0, -1) == RGB(1, 2, 3), "set bk back");
    ok((COLORREF)SendMessageA(tree, TVM_GETBKCOLOR, 0, 0) == CLR_NONE, "bk colour back to none");
}

static int CALLBACK by_param_desc(LPARAM p1, LPARAM p2, LPARAM sort)
{
    ok(sort == 42, "sort parameter %d", (int)sort);
    return (int)(p2 - p1);
}

static void test_sort_callback(void)
{
    TVSORTCB cb;
    HTREEITEM p = insert(TVI_ROOT, TVI_LAST, "Sort", 5);
    insert(p, TVI_LAST, "delta", 54);
    insert(p, TVI_LAST, "Bee", 52);
    insert(p, TVI_LAST, "cat", 53);
    insert(p, TVI_LAST, "apple", 51);
    ok(SendMessageA(tree, TVM_SORTCHILDREN, 0, (LPARAM)p), "sort");
    HTREEITEM i1 = next(p, TVGN_CHILD), i2 = next(i1, TVGN_NEXT), i3 = next(i2, TVGN_NEXT), i4 = next(i3, TVGN_NEXT);
    ok(!strcmp(text(i1), "apple") && !strcmp(text(i2), "Bee") && !strcmp(text(i3), "cat") &&
       !strcmp(text(i4), "delta"), "sorted without case: %s %s %s %s", text(i1), text(i2), text(i3), text(i4));
    cb.hParent = p;
    cb.lpfnCompare = by_param_desc;
    cb.lParam = 42;
    ok(SendMessageA(tree, TVM_SORTCHILDRENCB, 0, (LPARAM)&cb), "sort with a callback");
    i1 = next(p, TVGN_CHILD);
    ok(!strcmp(text(i1), "delta") && !strcmp(text(next(i1, TVGN_NEXT)), "cat"), "by lParam, descending: %s",
       text(i1));

    /* a callback text */
    TVINSERTSTRUCTA is;
    memset(&is, 0, sizeof(is));
    is.hParent = p;
    is.hInsertAfter = TVI_LAST;
    is.item.mask = TVIF_TEXT | TVIF_PARAM | TVIF_CHILDREN;
    is.item.pszText = LPSTR_TEXTCALLBACKA;
    is.item.lParam = 77;
    is.item.cChildren = I_CHILDRENCALLBACK;
    HTREEITEM cbi = (HTREEITEM)SendMessageA(tree, TVM_INSERTITEMA, 0, (LPARAM)&is);
    clear();
    ok(!strcmp(text(cbi), "cb77"), "callback text %s", text(cbi));
    ok(events[0] == 'i', "asked with TVN_GETDISPINFO: %s", events);
    TVITEMA tvi;
    memset(&tvi, 0, sizeof(tvi));
    tvi.mask = TVIF_CHILDREN;
    tvi.hItem = cbi;
    SendMessageA(tree, TVM_GETITEMA, 0, (LPARAM)&tvi);
    ok(tvi.cChildren == 1, "I_CHILDRENCALLBACK asks the parent: %d", tvi.cChildren);

    /* deletion: the children first, then the item */
    clear();
    ndeleted = 0;
    ok(SendMessageA(tree, TVM_DELETEITEM, 0, (LPARAM)p), "delete a subtree");
    ok(ndeleted == 6, "deleted %d", ndeleted);
    ok(ndeleted == 6 && deleted[5] == 5, "the parent last: %d", (int)deleted[5]);
}

static void test_keyboard_mouse(void)
{
    RECT rb, ra;
    clear();
    SendMessageA(tree, TVM_SELECTITEM, TVGN_CARET, (LPARAM)a);
    clear();
    SendMessageA(tree, WM_KEYDOWN, VK_DOWN, 0);
    ok(!strcmp(events, "kgG"), "down: %s", events);
    ok(last_key == VK_DOWN, "TVN_KEYDOWN key %x", last_key);
    ok(last_sel.action == TVC_BYKEYBOARD && last_sel.itemNew.hItem == a1, "by keyboard to a1: %u", last_sel.action);
    clear();
    SendMessageA(tree, WM_KEYDOWN, VK_LEFT, 0);
    ok(!strcmp(events, "kxX"), "left collapses, by the user so with notifications: %s", events);
    ok(!(state(a1) & TVIS_EXPANDED), "a1 collapsed");
    clear();
    SendMessageA(tree, WM_KEYDOWN, VK_LEFT, 0);
    ok(!strcmp(events, "kgG") && next(NULL, TVGN_CARET) == a, "left again goes to the parent: %s", events);
    clear();
    SendMessageA(tree, WM_KEYDOWN, VK_END, 0);
    ok(next(NULL, TVGN_CARET) == c, "end");
    SendMessageA(tree, WM_KEYDOWN, VK_HOME, 0);
    ok(next(NULL, TVGN_CARET) == a, "home");
    clear();
    SendMessageA(tree, WM_KEYDOWN, VK_RETURN, 0);
    ok(!strcmp(events, "kr"), "return: %s", events);
    clear();
    SendMessageA(tree, WM_CHAR, 'b', 1);
    ok(next(NULL, TVGN_CARET) == b, "typing b selects Bravo");
    char search[16] = "";
    int n = (int)SendMessageA(tree, TVM_GETISEARCHSTRINGA, 0, (LPARAM)search);
    /* Wine's comctl32 does not keep the search string (TVM_GETISEARCHSTRING is a stub there) */
    if (!GetProcAddress(GetModuleHandleA("ntdll"), "wine_get_version"))
        ok(n == 1 && !strcmp(search, "b"), "search string %d %s", n, search);
    SendMessageA(tree, WM_CHAR, 'x', 1);
    ok(next(NULL, TVGN_CARET) == b, "no match keeps the selection");

    /* mouse: a click on a label selects after NM_CLICK */
    ok(item_rect(c, TRUE, &rb), "c rect");
    clear();
    PostMessageA(tree, WM_LBUTTONUP, 0, MAKELPARAM(rb.left + 3, rb.top + 2));
    SendMessageA(tree, WM_LBUTTONDOWN, MK_LBUTTON, MAKELPARAM(rb.left + 3, rb.top + 2));
    pump();
    ok(!strcmp(events, "cgGf"), "NM_CLICK, the selection, then the focus: %s", events);
    ok(next(NULL, TVGN_CARET) == c, "click selects");
    ok(strstr(events, "cgG") != NULL, "NM_CLICK, then the selection: %s", events);
    ok(last_sel.action == TVC_BYMOUSE, "by mouse: %u", last_sel.action);

    /* a click on a button toggles */
    ok(item_rect(a, TRUE, &ra), "a rect");
    int was = state(a) & TVIS_EXPANDED;
    clear();
    SendMessageA(tree, WM_LBUTTONDOWN, MK_LBUTTON, MAKELPARAM(ra.left - 9, ra.top + 2));
    SendMessageA(tree, WM_LBUTTONUP, 0, MAKELPARAM(ra.left - 9, ra.top + 2));
    pump();
    ok((int)(state(a) & TVIS_EXPANDED) != was, "button toggles");
    ok(strstr(events, "xX") != NULL, "with notifications: %s", events);
    clear();
    SendMessageA(tree, WM_LBUTTONDBLCLK, MK_LBUTTON, MAKELPARAM(ra.left + 3, ra.top + 2));
    SendMessageA(tree, WM_LBUTTONUP, 0, MAKELPARAM(ra.left + 3, ra.top + 2));
    pump();
    ok(strchr(events, 'C') != NULL, "double click: %s", events);
    ok((int)(state(a) & TVIS_EXPANDED) == was, "double click toggles back");
}

/* the focus on a tree without a selection */
static void test_focus(void)
{
    HWND t = make_tree(TVS_HASBUTTONS);
    HWND old_tree = tree;
    tree = t;
    HTREEITEM first = insert(TVI_ROOT, TVI_LAST, "first", 1);
    insert(TVI_ROOT, TVI_LAST, "second", 2);
    SetFocus(parent_wnd);
    clear();
    SetFocus(t);
    ok(!strcmp(events, "gGf"), "the focus selects the first item, then NM_SETFOCUS: %s", events);
    ok(next(NULL, TVGN_CARET) == first, "the first item selected");
    ok(last_sel.action == TVC_UNKNOWN && last_sel.itemOld.hItem == NULL, "action %u", last_sel.action);
    clear();
    SetFocus(parent_wnd);
    ok(!strcmp(events, "F"), "NM_KILLFOCUS: %s", events);
    DestroyWindow(t);
    tree = old_tree;
}

/* NM_CUSTOMDRAW through WM_PRINTCLIENT into a memory DC */
static void test_custom_draw(void)
{
    HWND t = make_tree(0);
    HWND old_tree = tree;
    HDC screen = GetDC(0), hdc = CreateCompatibleDC(screen);
    HBITMAP bmp = CreateCompatibleBitmap(screen, 200, 200);
    HGDIOBJ old_bmp = SelectObject(hdc, bmp);
    RECT rc;
    int red = 0;

    tree = t;
    insert(TVI_ROOT, TVI_LAST, "first", 1);
    HTREEITEM second = insert(TVI_ROOT, TVI_LAST, "WWWWWW", 2);
    nstages = 0;
    cd_prepaint = CDRF_DODEFAULT;
    SendMessageA(t, WM_PRINTCLIENT, (WPARAM)hdc, PRF_CLIENT);
    ok(!strcmp(stages, "P"), "only the prepaint stage by default: %s", stages);
    nstages = 0;
    cd_prepaint = CDRF_NOTIFYITEMDRAW | CDRF_NOTIFYPOSTPAINT;
    cd_item = CDRF_NOTIFYPOSTPAINT;
    SendMessageA(t, WM_PRINTCLIENT, (WPARAM)hdc, PRF_CLIENT);
    ok(!strcmp(stages, "PIJIJQ"), "item stages: %s", stages);
    ok(cd_lparam == 2 && cd_level == 0, "the item's lParam %d and level %d", (int)cd_lparam, cd_level);
    /* the colour the parent set draws the text */
    ok(item_rect(second, TRUE, &rc), "second's rect");
    for (int y = rc.top; y < rc.bottom; y++)
        for (int x = rc.left; x < rc.right; x++)
            if (GetPixel(hdc, x, y) == RGB(255, 0, 0)) red++;
    ok(red > 10, "text in the custom colour: %d pixels", red);
    nstages = 0;
    cd_item = CDRF_SKIPDEFAULT;
    cd_prepaint = CDRF_SKIPDEFAULT;
    SendMessageA(t, WM_PRINTCLIENT, (WPARAM)hdc, PRF_CLIENT);
    ok(!strcmp(stages, "P"), "CDRF_SKIPDEFAULT at prepaint draws nothing more: %s", stages);
    cd_prepaint = cd_item = 0;
    SelectObject(hdc, old_bmp);
    DeleteObject(bmp);
    DeleteDC(hdc);
    ReleaseDC(0, screen);
    DestroyWindow(t);
    tree = old_tree;
}

static void test_delete_all(void)
{
    SendMessageA(tree, TVM_SELECTITEM, TVGN_CARET, (LPARAM)a2);
    clear();
    ndeleted = 0;
    ok(SendMessageA(tree, TVM_DELETEITEM, 0, (LPARAM)a), "delete a");
    ok(!strcmp(events, "ddddgG"), "deleting the selection's ancestor: %s", events);
    ok(ndeleted == 4 && deleted[0] == 111 && deleted[1] == 11 && deleted[2] == 12 && deleted[3] == 1,
       "order %d %d %d %d", (int)deleted[0], (int)deleted[1], (int)deleted[2], (int)deleted[3]);
    ok(next(NULL, TVGN_CARET) == b, "selection moves to the next item %p", next(NULL, TVGN_CARET));
    ok(SendMessageA(tree, TVM_DELETEITEM, 0, (LPARAM)TVI_ROOT), "delete all");
    ok(SendMessageA(tree, TVM_GETCOUNT, 0, 0) == 0, "empty");
    ok(next(NULL, TVGN_ROOT) == NULL && next(NULL, TVGN_CARET) == NULL, "no root, no caret");
}

int main(void)
{
    WNDCLASSA wc;
    InitCommonControls();
    memset(&wc, 0, sizeof(wc));
    wc.lpfnWndProc = parent_proc;
    wc.hInstance = GetModuleHandleA(NULL);
    wc.lpszClassName = "tv_parent";
    RegisterClassA(&wc);
    parent_wnd = CreateWindowExA(0, "tv_parent", "tree", WS_OVERLAPPEDWINDOW, 0, 0, 300, 300, NULL, NULL, NULL, NULL);
    ok(parent_wnd != NULL, "parent");
    tree = make_tree(TVS_HASBUTTONS | TVS_HASLINES | TVS_LINESATROOT);
    test_insert_navigate();
    test_expand();
    test_select();
    test_rects();
    test_sort_callback();
    test_keyboard_mouse();
    test_delete_all();
    test_focus();
    test_custom_draw();
    DestroyWindow(parent_wnd);
    return test_done();
}
