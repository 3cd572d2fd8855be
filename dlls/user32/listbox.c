/*
 * The "ListBox" control: single, multiple (LBS_MULTIPLESEL) and extended
 * (LBS_EXTENDEDSEL) selection, sorted insertion (LBS_SORT, case-blind as
 * Windows), item data, owner-drawn items (WM_MEASUREITEM at creation for
 * LBS_OWNERDRAWFIXED, per item for LBS_OWNERDRAWVARIABLE; WM_DRAWITEM when
 * painting, ODA_SELECT drawn at once on a selection change; WM_DELETEITEM;
 * WM_COMPAREITEM for sorted lists without strings), multi-column lists
 * (LBS_MULTICOLUMN: columns of LB_SETCOLUMNWIDTH, scrolled sideways a
 * column at a time), the keyboard and the mouse, scrolling by the top
 * index. LB_DIR is dlgdir.c's.
 */
#include <stdlib.h>
#include <string.h>
#include "dialog.h"
#include "gdiload.h"
#include "winnls.h"

#ifndef max
#define max(a, b) ((a) > (b) ? (a) : (b))
#endif
#ifndef min
#define min(a, b) ((a) < (b) ? (a) : (b))
#endif

struct lb_item {
    WCHAR *text;       /* NULL without LBS_HASSTRINGS */
    ULONG_PTR data;
    BOOL selected;     /* multiple-selection lists */
    UINT height;       /* LBS_OWNERDRAWVARIABLE: as WM_MEASUREITEM gave it */
};

struct listbox {
    HWND hwnd;
    struct lb_item *items;
    INT count, cap;
    INT top;           /* first visible item */
    INT sel;           /* single selection: the selected item or -1 */
    INT caret;         /* the item with the focus rectangle */
    INT anchor;        /* extended selection: where Shift ranges start */
    INT item_height;
    INT column_width;  /* LBS_MULTICOLUMN */
    HFONT font;
    BOOL focused, captured;
    BOOL vscroll;      /* made with WS_VSCROLL: the bar follows the items */
    BOOL syncing;      /* inside sync_scroll (showing the bar resizes us) */
    HWND combo;        /* a combo box's list (LBS_COMBOBOX): the combo box, from the creation data */
};

static struct listbox *get(HWND hwnd) { return (struct listbox *)GetWindowLongPtrW(hwnd, 0); }
static DWORD style_of(struct listbox *lb) { return GetWindowLongW(lb->hwnd, GWL_STYLE); }
/* who gets the owner-draw and colour messages: the parent, or a
 * combo box's list's combo box (the drop-down list is a popup, whose
 * owner is the top-level window) */
static HWND owner_of(struct listbox *lb) { return lb->combo ? lb->combo : GetParent(lb->hwnd); }
static BOOL is_multi(struct listbox *lb) { return (style_of(lb) & (LBS_MULTIPLESEL | LBS_EXTENDEDSEL)) != 0; }
static BOOL is_ownerdraw(struct listbox *lb) { return (style_of(lb) & (LBS_OWNERDRAWFIXED | LBS_OWNERDRAWVARIABLE)) != 0; }
static BOOL has_strings(struct listbox *lb) { return !is_ownerdraw(lb) || (style_of(lb) & LBS_HASSTRINGS); }
static BOOL is_multicolumn(struct listbox *lb) { return (style_of(lb) & LBS_MULTICOLUMN) != 0; }
/* Windows ignores variable heights in a multi-column list */
static BOOL is_variable(struct listbox *lb)
{
    return (style_of(lb) & (LBS_OWNERDRAWVARIABLE | LBS_MULTICOLUMN)) == LBS_OWNERDRAWVARIABLE;
}
static INT height_of(struct listbox *lb, INT i) { return is_variable(lb) ? (INT)lb->items[i].height : lb->item_height; }

static void notify(struct listbox *lb, WORD code)
{
    if (style_of(lb) & LBS_NOTIFY) control_notify(lb->hwnd, code);
}

/* the items in a column (multi-column) or that fit from the top down */
static INT page_size(struct listbox *lb)
{
    RECT rc;
    INT n = 0, y = 0;

    GetClientRect(lb->hwnd, &rc);
    if (!is_variable(lb)) return max(1, (rc.bottom - rc.top) / max(lb->item_height, 1));
    for (INT i = lb->top; i < lb->count && (y += height_of(lb, i)) <= rc.bottom; i++) n++;
    return max(n, 1);
}

/* the whole columns that fit across a multi-column list */
static INT columns_shown(struct listbox *lb)
{
    RECT rc;
    GetClientRect(lb->hwnd, &rc);
    return max(1, rc.right / max(lb->column_width, 1));
}

/* the greatest top index: the last page (or columns) full */
static INT max_top(struct listbox *lb)
{
    RECT rc;
    INT y = 0, i;

    if (is_multicolumn(lb)) {
        INT rows = page_size(lb), cols = (lb->count + rows - 1) / rows - columns_shown(lb);
        return max(cols, 0) * rows;
    }
    if (!is_variable(lb)) return max(lb->count - page_size(lb), 0);
    GetClientRect(lb->hwnd, &rc);
    for (i = lb->count - 1; i >= 0 && (y += height_of(lb, i)) <= rc.bottom; i--) {}
    return min(i + 1, max(lb->count - 1, 0));
}

/* The vertical scroll bar shows the items and the top index; it hides
 * when everything fits (unless LBS_DISABLENOSCROLL), as on Windows. */
static void sync_scroll(struct listbox *lb)
{
    SCROLLINFO si = { sizeof(si), SIF_RANGE | SIF_PAGE | SIF_POS, 0, 0, 0, 0, 0 };

    if (!lb->vscroll || lb->syncing) return;
    lb->syncing = TRUE;
    si.nMax = lb->count > 0 ? lb->count - 1 : 0;
    si.nPage = page_size(lb);
    si.nPos = lb->top;
    if (style_of(lb) & LBS_DISABLENOSCROLL) si.fMask |= SIF_DISABLENOSCROLL;
    SetScrollInfo(lb->hwnd, SB_VERT, &si, TRUE);
    lb->syncing = FALSE;
}

static void redraw(struct listbox *lb)
{
    sync_scroll(lb);
    if (!(style_of(lb) & LBS_NOREDRAW)) InvalidateRect(lb->hwnd, NULL, TRUE);
}

static void set_top(struct listbox *lb, INT top)
{
    INT most = max_top(lb);
    if (top > most) top = most;
    if (top < 0) top = 0;
    if (is_multicolumn(lb)) top -= top % page_size(lb);   /* a column's first item */
    if (top != lb->top) {
        lb->top = top;
        redraw(lb);
    }
}

static void show_item(struct listbox *lb, INT index)
{
    if (index < 0) return;
    if (index < lb->top) set_top(lb, index);
    else if (is_multicolumn(lb)) {
        INT rows = page_size(lb), cols = columns_shown(lb);
        if (index >= lb->top + cols * rows) set_top(lb, index - (cols - 1) * rows);
    } else if (is_variable(lb)) {
        /* the highest top that still shows the item whole */
        RECT rc;
        INT top = index, y = height_of(lb, index);
        GetClientRect(lb->hwnd, &rc);
        if (index < lb->top + page_size(lb)) return;
        while (top > 0 && y + height_of(lb, top - 1) <= rc.bottom) y += height_of(lb, --top);
        set_top(lb, top);
    } else if (index >= lb->top + page_size(lb)) set_top(lb, index - page_size(lb) + 1);
}

static void measure_font(struct listbox *lb)
{
    const struct user_gdi *g = user_gdi();
    TEXTMETRICW tm;
    HDC dc;

    lb->item_height = 16;
    if (!g || !(dc = g->create_compatible_dc(NULL))) return;
    g->select_object(dc, lb->font ? (HGDIOBJ)lb->font : g->get_stock_object(SYSTEM_FONT));
    if (g->get_text_metrics(dc, &tm)) lb->item_height = tm.tmHeight;
    g->delete_dc(dc);
}

static int compare(const WCHAR *a, const WCHAR *b, INT len)
{
    return CompareStringW(LOCALE_USER_DEFAULT, NORM_IGNORECASE, a, len, b, len) - 2;
}

/* ---- items ---- */

static INT insert_item(struct listbox *lb, INT index, LPARAM lp)
{
    struct lb_item item = { NULL, 0, FALSE, 0 };

    if (index == -1) index = lb->count;
    if (index < 0 || index > lb->count) return LB_ERR;
    if (lb->count == lb->cap) {
        INT cap = lb->cap ? lb->cap * 2 : 16;
        struct lb_item *items = realloc(lb->items, cap * sizeof(*items));
        if (!items) return LB_ERRSPACE;
        lb->items = items;
        lb->cap = cap;
    }
    if (has_strings(lb)) {
        if (!(item.text = user_strdup_w(lp ? (const WCHAR *)lp : u""))) return LB_ERRSPACE;
    } else item.data = lp;
    item.height = lb->item_height;
    if (is_variable(lb)) {   /* each item is measured as it comes */
        HWND parent = owner_of(lb);
        MEASUREITEMSTRUCT mis;
        RECT rc;
        GetClientRect(lb->hwnd, &rc);
        mis.CtlType = ODT_LISTBOX;
        mis.CtlID = GetDlgCtrlID(lb->hwnd);
        mis.itemID = index;
        mis.itemWidth = rc.right;
        mis.itemHeight = lb->item_height;
        mis.itemData = item.data;
        if (parent) SendMessageW(parent, WM_MEASUREITEM, mis.CtlID, (LPARAM)&mis);
        item.height = mis.itemHeight ? mis.itemHeight : 1;
    }
    memmove(lb->items + index + 1, lb->items + index, (lb->count - index) * sizeof(*lb->items));
    lb->items[index] = item;
    lb->count++;
    if (lb->sel >= index) lb->sel++;
    if (lb->caret >= index && lb->count > 1) lb->caret++;
    if (lb->anchor >= index && lb->count > 1) lb->anchor++;
    redraw(lb);
    return index;
}

static INT sorted_position(struct listbox *lb, const WCHAR *text)
{
    INT lo = 0, hi = lb->count;
    while (lo < hi) {   /* after the items that sort equal, as Windows */
        INT mid = (lo + hi) / 2;
        if (compare(lb->items[mid].text, text, -1) <= 0) lo = mid + 1;
        else hi = mid;
    }
    return lo;
}

/* A list sorted without strings asks its parent (WM_COMPAREITEM) in a
 * binary search; an item equal to one there goes before it, as Windows. */
static INT compared_position(struct listbox *lb, ULONG_PTR data)
{
    HWND parent = owner_of(lb);
    INT lo = 0, hi = lb->count;
    COMPAREITEMSTRUCT cis;

    if (!parent) return lb->count;
    cis.CtlType = ODT_LISTBOX;
    cis.CtlID = GetDlgCtrlID(lb->hwnd);
    cis.hwndItem = lb->hwnd;
    cis.itemID2 = (UINT)-1;
    cis.itemData2 = data;
    cis.dwLocaleId = GetUserDefaultLCID();
    while (lo < hi) {
        INT mid = (lo + hi) / 2, res;
        cis.itemID1 = mid;
        cis.itemData1 = lb->items[mid].data;
        res = (INT)SendMessageW(parent, WM_COMPAREITEM, cis.CtlID, (LPARAM)&cis);
        if (!res) return mid;
        if (res > 0) hi = mid;
        else lo = mid + 1;
    }
    return hi;
}

static void send_delete(struct listbox *lb, INT index)
{
    HWND parent = owner_of(lb);
    DELETEITEMSTRUCT dis;

    if (!parent || (!is_ownerdraw(lb) && !lb->items[index].data)) return;
    dis.CtlType = ODT_LISTBOX;
    dis.CtlID = GetDlgCtrlID(lb->hwnd);
    dis.itemID = index;
    dis.hwndItem = lb->hwnd;
    dis.itemData = lb->items[index].data;
    SendMessageW(parent, WM_DELETEITEM, dis.CtlID, (LPARAM)&dis);
}

static INT delete_item(struct listbox *lb, INT index)
{
    if (index < 0 || index >= lb->count) return LB_ERR;
    send_delete(lb, index);
    free(lb->items[index].text);
    memmove(lb->items + index, lb->items + index + 1, (lb->count - index - 1) * sizeof(*lb->items));
    lb->count--;
    if (lb->sel == index) lb->sel = -1;
    else if (lb->sel > index) lb->sel--;
    if (lb->caret > index || lb->caret >= lb->count) lb->caret = max(lb->caret - 1, 0);
    if (lb->anchor > index || lb->anchor >= lb->count) lb->anchor = max(lb->anchor - 1, 0);
    set_top(lb, lb->top);
    redraw(lb);
    return lb->count;
}

static void reset(struct listbox *lb)
{
    for (INT i = lb->count - 1; i >= 0; i--) {   /* last first, as Windows */
        send_delete(lb, i);
        free(lb->items[i].text);
    }
    lb->count = 0;
    lb->top = lb->caret = lb->anchor = 0;
    lb->sel = -1;
    redraw(lb);
}

/* an item whose text starts with (PREFIX) or equals (!PREFIX) TEXT, after START, wrapping */
static INT find(struct listbox *lb, INT start, LPARAM lp, BOOL prefix)
{
    if (!lb->count) return LB_ERR;
    if (start < -1 || start >= lb->count) start = -1;
    for (INT n = 0; n < lb->count; n++) {
        INT i = (start + 1 + n) % lb->count;
        if (!has_strings(lb)) {
            if (lb->items[i].data == (ULONG_PTR)lp) return i;
        } else if (lp) {
            const WCHAR *text = (const WCHAR *)lp;
            INT len = wcs_len(text);
            if (prefix ? (INT)wcs_len(lb->items[i].text) >= len && !compare(lb->items[i].text, text, len)
                       : !compare(lb->items[i].text, text, -1))
                return i;
        }
    }
    return LB_ERR;
}

/* ---- selection ---- */

static BOOL is_selected(struct listbox *lb, INT i)
{
    return is_multi(lb) ? lb->items[i].selected : i == lb->sel;
}

static void draw_item_now(struct listbox *lb, INT index, UINT action);

static void select_single(struct listbox *lb, INT index)
{
    INT old = lb->sel;

    if (index < 0 || index >= lb->count) index = -1;
    if (index >= 0) lb->caret = index;
    show_item(lb, index);
    if (index == lb->sel) return;
    lb->sel = index;
    if (!is_ownerdraw(lb)) {
        redraw(lb);
        return;
    }
    /* the parent redraws just the two items, as on Windows */
    if (old >= 0) draw_item_now(lb, old, ODA_SELECT);
    if (index >= 0) draw_item_now(lb, index, ODA_SELECT);
}

static void select_range(struct listbox *lb, INT a, INT b, BOOL on)
{
    if (a > b) { INT t = a; a = b; b = t; }
    for (INT i = max(a, 0); i <= b && i < lb->count; i++) lb->items[i].selected = on;
    redraw(lb);
}

/* the keyboard or the mouse moved to INDEX */
static void move_to(struct listbox *lb, INT index, BOOL shift, BOOL ctrl, BOOL toggle)
{
    DWORD style = style_of(lb);

    if (!lb->count) return;
    if (index < 0) index = 0;
    if (index >= lb->count) index = lb->count - 1;
    if (style & LBS_NOSEL) {
        lb->caret = index;
        show_item(lb, index);
        redraw(lb);
        return;
    }
    if (!is_multi(lb)) {   /* a key or click notifies even when the item stays */
        select_single(lb, index);
        notify(lb, LBN_SELCHANGE);
        return;
    }
    lb->caret = index;
    if (style & LBS_EXTENDEDSEL) {
        if (shift) {
            if (!ctrl) select_range(lb, 0, lb->count - 1, FALSE);
            select_range(lb, lb->anchor, index, TRUE);
        } else if (ctrl) {
            if (toggle) lb->items[index].selected = !lb->items[index].selected;
            lb->anchor = index;
        } else {
            select_range(lb, 0, lb->count - 1, FALSE);
            lb->items[index].selected = TRUE;
            lb->anchor = index;
        }
    } else if (toggle) lb->items[index].selected = !lb->items[index].selected;
    show_item(lb, index);
    redraw(lb);
    notify(lb, LBN_SELCHANGE);
}

static INT item_from_point(struct listbox *lb, INT x, INT y, BOOL *outside)
{
    RECT rc;
    INT index, h = max(lb->item_height, 1);

    GetClientRect(lb->hwnd, &rc);
    *outside = x < rc.left || x >= rc.right || y < rc.top || y >= rc.bottom;
    if (!lb->count) {
        *outside = TRUE;
        return 0;
    }
    if (is_multicolumn(lb)) {
        INT rows = page_size(lb), w = max(lb->column_width, 1);
        if (x < 0) x = 0;
        if (x >= rc.right) x = rc.right - 1;
        if (y < 0) y = 0;
        if (y >= rows * h) {
            y = rows * h - 1;
            *outside = TRUE;
        }
        index = lb->top + y / h + x / w * rows;
    } else if (is_variable(lb)) {
        INT bottom = 0;
        index = lb->top - (y < 0);
        if (y >= 0) {
            while (index < lb->count && y >= (bottom += height_of(lb, index))) index++;
        }
    } else index = lb->top + (y >= 0 ? y / h : -1);
    if (index < 0) { index = 0; *outside = TRUE; }
    if (index >= lb->count) { index = lb->count - 1; *outside = TRUE; }
    return index;
}

/* ---- painting ---- */

static void item_rect(struct listbox *lb, INT index, RECT *rc)
{
    GetClientRect(lb->hwnd, rc);
    if (is_multicolumn(lb)) {
        INT rows = page_size(lb), rel = index - lb->top;
        /* columns left of the top one are at negative x: floor division */
        INT col = rel >= 0 ? rel / rows : -((-rel + rows - 1) / rows), row = rel - col * rows;
        rc->left = col * lb->column_width;
        rc->right = rc->left + lb->column_width;
        rc->top = row * lb->item_height;
        rc->bottom = rc->top + lb->item_height;
    } else if (is_variable(lb) && index < lb->count) {
        INT y = 0;
        for (INT i = lb->top; i < index; i++) y += height_of(lb, i);
        for (INT i = index; i < lb->top; i++) y -= height_of(lb, i);
        rc->top = y;
        rc->bottom = y + height_of(lb, index);
    } else {
        rc->top = (index - lb->top) * lb->item_height;
        rc->bottom = rc->top + lb->item_height;
    }
}

static void send_draw(struct listbox *lb, HDC hdc, INT i, UINT action, const RECT *rc)
{
    HWND parent = owner_of(lb);
    DRAWITEMSTRUCT dis;

    if (!parent) return;
    dis.CtlType = ODT_LISTBOX;
    dis.CtlID = GetDlgCtrlID(lb->hwnd);
    dis.itemID = i;
    dis.itemAction = action;
    dis.itemState = (is_selected(lb, i) ? ODS_SELECTED : 0) | (lb->focused && i == lb->caret ? ODS_FOCUS : 0) |
                    (IsWindowEnabled(lb->hwnd) ? 0 : ODS_DISABLED);
    dis.hwndItem = lb->hwnd;
    dis.hDC = hdc;
    dis.rcItem = *rc;
    dis.itemData = lb->items[i].data;
    SendMessageW(parent, WM_DRAWITEM, dis.CtlID, (LPARAM)&dis);
}

/* an owner-drawn item's change drawn now, when it shows */
static void draw_item_now(struct listbox *lb, INT index, UINT action)
{
    RECT rc, client;
    HDC hdc;

    if ((style_of(lb) & LBS_NOREDRAW) || !IsWindowVisible(lb->hwnd) || index >= lb->count) return;
    item_rect(lb, index, &rc);
    GetClientRect(lb->hwnd, &client);
    if (rc.bottom <= 0 || rc.top >= client.bottom || rc.right <= 0 || rc.left >= client.right) return;
    if (!(hdc = GetDC(lb->hwnd))) return;
    send_draw(lb, hdc, index, action, &rc);
    ReleaseDC(lb->hwnd, hdc);
}

static void paint(struct listbox *lb, HDC given)
{
    const struct user_gdi *g = user_gdi();
    HWND parent = owner_of(lb);
    PAINTSTRUCT ps;
    HDC hdc;
    HBRUSH brush = NULL;
    HGDIOBJ old_font;
    RECT client, rc;
    COLORREF fg;

    if (!g) return;
    hdc = given ? given : BeginPaint(lb->hwnd, &ps);
    g->set_text_color(hdc, GetSysColor(IsWindowEnabled(lb->hwnd) ? COLOR_WINDOWTEXT : COLOR_GRAYTEXT));
    g->set_bk_color(hdc, GetSysColor(COLOR_WINDOW));
    if (parent) brush = (HBRUSH)SendMessageW(parent, WM_CTLCOLORLISTBOX, (WPARAM)hdc, (LPARAM)lb->hwnd);
    if (!brush) brush = GetSysColorBrush(COLOR_WINDOW);
    fg = g->get_text_color(hdc);
    GetClientRect(lb->hwnd, &client);
    FillRect(hdc, &client, brush);
    old_font = g->select_object(hdc, lb->font ? (HGDIOBJ)lb->font : g->get_stock_object(SYSTEM_FONT));
    for (INT i = lb->top; i < lb->count; i++) {
        BOOL sel = is_selected(lb, i);
        item_rect(lb, i, &rc);
        if (rc.top >= client.bottom || rc.left >= client.right) {
            if (!is_multicolumn(lb) || rc.left >= client.right) break;
            continue;   /* below the last whole row: the next column */
        }
        if (is_ownerdraw(lb)) {
            send_draw(lb, hdc, i, ODA_DRAWENTIRE, &rc);
            continue;
        }
        if (sel) FillRect(hdc, &rc, GetSysColorBrush(COLOR_HIGHLIGHT));
        g->set_text_color(hdc, sel ? GetSysColor(COLOR_HIGHLIGHTTEXT) : fg);
        g->set_bk_mode(hdc, TRANSPARENT);
        if (lb->items[i].text)
            g->ext_text_out(hdc, rc.left + 1, rc.top, ETO_CLIPPED, &rc, lb->items[i].text, wcs_len(lb->items[i].text), NULL);
        if (lb->focused && i == lb->caret) {   /* the dotted focus rectangle, inverted */
            for (INT x = rc.left; x < rc.right; x += 2) {
                g->pat_blt(hdc, x, rc.top, 1, 1, DSTINVERT);
                g->pat_blt(hdc, x, rc.bottom - 1, 1, 1, DSTINVERT);
            }
            for (INT y = rc.top + 2; y < rc.bottom - 1; y += 2) {
                g->pat_blt(hdc, rc.left, y, 1, 1, DSTINVERT);
                g->pat_blt(hdc, rc.right - 1, y, 1, 1, DSTINVERT);
            }
        }
    }
    g->select_object(hdc, old_font);
    if (!given) EndPaint(lb->hwnd, &ps);
}

/* ---- creation ---- */

static struct listbox *create(HWND hwnd, const CREATESTRUCTW *cs)
{
    struct listbox *lb = calloc(1, sizeof(*lb));
    if (!lb) return NULL;
    lb->hwnd = hwnd;
    if ((cs->style & LBS_COMBOBOX) && cs->lpCreateParams && IsWindow(cs->lpCreateParams)) lb->combo = cs->lpCreateParams;
    lb->sel = -1;
    lb->vscroll = (GetWindowLongW(hwnd, GWL_STYLE) & WS_VSCROLL) != 0;
    lb->column_width = 150;   /* Windows' until LB_SETCOLUMNWIDTH */
    SetWindowLongPtrW(hwnd, 0, (LONG_PTR)lb);
    measure_font(lb);
    return lb;
}

static void measure_owner_item(struct listbox *lb)
{
    HWND parent = owner_of(lb);
    MEASUREITEMSTRUCT mis;
    RECT rc;

    if (!parent || !is_ownerdraw(lb) || is_variable(lb)) return;   /* variable: measured per item */
    GetClientRect(lb->hwnd, &rc);
    mis.CtlType = ODT_LISTBOX;
    mis.CtlID = GetDlgCtrlID(lb->hwnd);
    mis.itemID = 0;
    mis.itemWidth = rc.right;
    mis.itemHeight = lb->item_height;
    mis.itemData = 0;
    SendMessageW(parent, WM_MEASUREITEM, mis.CtlID, (LPARAM)&mis);
    if (mis.itemHeight) lb->item_height = mis.itemHeight;
}

static void destroy(struct listbox *lb)
{
    for (INT i = 0; i < lb->count; i++) free(lb->items[i].text);
    free(lb->items);
    free(lb);
}

/* ---- keys and mouse ---- */

static void key(struct listbox *lb, WPARAM vk)
{
    BOOL shift = GetKeyState(VK_SHIFT) < 0, ctrl = GetKeyState(VK_CONTROL) < 0;
    INT from = is_multi(lb) || lb->sel < 0 ? lb->caret : lb->sel, to;

    switch (vk) {
    case VK_UP: to = from - 1; break;
    case VK_DOWN: to = from + 1; break;
    case VK_LEFT:
        if (!is_multicolumn(lb)) return;
        to = from - page_size(lb);
        break;
    case VK_RIGHT:
        if (!is_multicolumn(lb)) return;
        to = from + page_size(lb);
        break;
    case VK_PRIOR: to = from - page_size(lb) + 1; break;
    case VK_NEXT: to = from + page_size(lb) - 1; break;
    case VK_HOME: to = 0; break;
    case VK_END: to = lb->count - 1; break;
    case VK_SPACE:
        if (is_multi(lb)) move_to(lb, lb->caret, shift, TRUE, TRUE);
        return;
    default: return;
    }
    if (!is_multi(lb) && lb->sel < 0 && (vk == VK_UP || vk == VK_DOWN)) to = lb->caret;
    move_to(lb, to, shift, ctrl && (style_of(lb) & LBS_EXTENDEDSEL), FALSE);
}

static void char_key(struct listbox *lb, WCHAR c)
{
    WCHAR prefix[2] = { c, 0 };
    INT i;
    if (c < ' ' || !has_strings(lb)) return;
    if ((i = find(lb, lb->caret, (LPARAM)prefix, TRUE)) != LB_ERR) move_to(lb, i, FALSE, FALSE, FALSE);
}

static void mouse(struct listbox *lb, UINT msg, WPARAM wp, LPARAM lp)
{
    INT x = (SHORT)LOWORD(lp), y = (SHORT)HIWORD(lp), index;
    BOOL outside;

    switch (msg) {
    case WM_LBUTTONDOWN:
        if (!lb->focused) SetFocus(lb->hwnd);
        index = item_from_point(lb, x, y, &outside);
        if (lb->count && !(outside && index == lb->count - 1))
            move_to(lb, index, (wp & MK_SHIFT) != 0, (wp & MK_CONTROL) != 0, TRUE);
        SetCapture(lb->hwnd);
        lb->captured = TRUE;
        break;
    case WM_MOUSEMOVE:
        if (!lb->captured || is_multi(lb)) break;
        index = item_from_point(lb, x, y, &outside);
        if (lb->count && index != lb->sel) move_to(lb, index, FALSE, FALSE, FALSE);
        break;
    case WM_LBUTTONUP:
        if (lb->captured) ReleaseCapture();
        lb->captured = FALSE;
        break;
    case WM_CAPTURECHANGED:
        lb->captured = FALSE;
        break;
    case WM_LBUTTONDBLCLK:
        notify(lb, LBN_DBLCLK);
        break;
    }
}

/* ---- the procedure ---- */

LRESULT WINAPI listbox_proc(HWND hwnd, UINT msg, WPARAM wp, LPARAM lp)
{
    struct listbox *lb = get(hwnd);
    INT i;

    if (!lb) {
        if (msg == WM_NCCREATE && !create(hwnd, (const CREATESTRUCTW *)lp)) return FALSE;
        return DefWindowProcW(hwnd, msg, wp, lp);
    }
    switch (msg) {
    case WM_CREATE: measure_owner_item(lb); return 0;
    case WM_NCDESTROY:
        reset(lb);
        SetWindowLongPtrW(hwnd, 0, 0);
        destroy(lb);
        return DefWindowProcW(hwnd, msg, wp, lp);
    case WM_SETFONT:
        lb->font = (HFONT)wp;
        if (!is_ownerdraw(lb)) measure_font(lb);
        if (LOWORD(lp)) redraw(lb);
        return 0;
    case WM_GETFONT: return (LRESULT)lb->font;
    case WM_GETDLGCODE: return DLGC_WANTARROWS | DLGC_WANTCHARS;
    case WM_ERASEBKGND: return 1;
    case WM_PAINT: paint(lb, (HDC)wp); return 0;
    case WM_SIZE: set_top(lb, lb->top); sync_scroll(lb); return 0;
    case WM_SETFOCUS: lb->focused = TRUE; redraw(lb); notify(lb, LBN_SETFOCUS); return 0;
    case WM_KILLFOCUS: lb->focused = FALSE; redraw(lb); notify(lb, LBN_KILLFOCUS); return 0;
    case WM_KEYDOWN: key(lb, wp); return 0;
    case WM_CHAR: char_key(lb, (WCHAR)wp); return 0;
    case WM_LBUTTONDOWN: case WM_LBUTTONUP: case WM_MOUSEMOVE: case WM_LBUTTONDBLCLK: case WM_CAPTURECHANGED:
        mouse(lb, msg, wp, lp);
        return 0;
    case WM_MOUSEWHEEL:
        set_top(lb, lb->top - (SHORT)HIWORD(wp) / 120 * 3);
        return 0;
    case WM_HSCROLL:
        if (!is_multicolumn(lb)) return 0;
        switch (LOWORD(wp)) {   /* a column at a time */
        case SB_LINELEFT: case SB_PAGELEFT: set_top(lb, lb->top - page_size(lb)); break;
        case SB_LINERIGHT: case SB_PAGERIGHT: set_top(lb, lb->top + page_size(lb)); break;
        case SB_THUMBPOSITION: case SB_THUMBTRACK: set_top(lb, (SHORT)HIWORD(wp) * page_size(lb)); break;
        case SB_LEFT: set_top(lb, 0); break;
        case SB_RIGHT: set_top(lb, lb->count); break;
        }
        return 0;
    case WM_VSCROLL:
        switch (LOWORD(wp)) {
        case SB_LINEUP: set_top(lb, lb->top - 1); break;
        case SB_LINEDOWN: set_top(lb, lb->top + 1); break;
        case SB_PAGEUP: set_top(lb, lb->top - page_size(lb)); break;
        case SB_PAGEDOWN: set_top(lb, lb->top + page_size(lb)); break;
        case SB_THUMBPOSITION: case SB_THUMBTRACK: set_top(lb, (SHORT)HIWORD(wp)); break;
        case SB_TOP: set_top(lb, 0); break;
        case SB_BOTTOM: set_top(lb, lb->count); break;
        }
        return 0;

    case LB_ADDSTRING:
        if ((style_of(lb) & LBS_SORT) && has_strings(lb))
            return insert_item(lb, sorted_position(lb, lp ? (const WCHAR *)lp : u""), lp);
        if (style_of(lb) & LBS_SORT) return insert_item(lb, compared_position(lb, lp), lp);
        return insert_item(lb, -1, lp);
    case LB_DIR: return listbox_dir(hwnd, (UINT)wp, (const WCHAR *)lp);
    case LB_INSERTSTRING: return insert_item(lb, (INT)wp, lp);
    case LB_DELETESTRING: return delete_item(lb, (INT)wp);
    case LB_RESETCONTENT: reset(lb); return 0;
    case LB_GETCOUNT: return lb->count;
    case LB_GETTEXT:
        if ((INT)wp < 0 || (INT)wp >= lb->count || !lp) return LB_ERR;
        if (!has_strings(lb)) {
            memcpy((void *)lp, &lb->items[wp].data, sizeof(ULONG_PTR));
            return sizeof(ULONG_PTR);
        }
        i = wcs_len(lb->items[wp].text);
        memcpy((WCHAR *)lp, lb->items[wp].text, (i + 1) * sizeof(WCHAR));
        return i;
    case LB_GETTEXTLEN:
        if ((INT)wp < 0 || (INT)wp >= lb->count) return LB_ERR;
        return has_strings(lb) ? (LRESULT)wcs_len(lb->items[wp].text) : (LRESULT)sizeof(ULONG_PTR);
    case LB_GETCURSEL:
        if (is_multi(lb)) return lb->count ? lb->caret : LB_ERR;
        return lb->sel >= 0 ? lb->sel : LB_ERR;
    case LB_SETCURSEL:
        if (is_multi(lb)) return LB_ERR;
        select_single(lb, (INT)wp);
        return (INT)wp >= 0 && (INT)wp < lb->count ? (LRESULT)(INT)wp : LB_ERR;
    case LB_GETSEL:
        if ((INT)wp < 0 || (INT)wp >= lb->count) return LB_ERR;
        return is_selected(lb, (INT)wp);
    case LB_SETSEL:
        if (!is_multi(lb)) {   /* Windows selects or deselects the one item */
            if (wp) select_single(lb, (INT)lp);
            else if ((INT)lp == lb->sel || (INT)lp == -1) select_single(lb, -1);
            return 0;
        }
        if ((INT)lp == -1) select_range(lb, 0, lb->count - 1, wp != 0);
        else if ((INT)lp < 0 || (INT)lp >= lb->count) return LB_ERR;
        else {
            lb->items[lp].selected = wp != 0;
            lb->caret = lb->anchor = (INT)lp;
            redraw(lb);
        }
        return 0;
    case LB_SELITEMRANGE:
        if (!is_multi(lb)) return LB_ERR;
        select_range(lb, LOWORD(lp), HIWORD(lp), wp != 0);
        return 0;
    case LB_GETSELCOUNT: {
        INT n = 0;
        if (!is_multi(lb)) return LB_ERR;
        for (i = 0; i < lb->count; i++) n += lb->items[i].selected;
        return n;
    }
    case LB_GETSELITEMS: {
        INT n = 0, *out = (INT *)lp;
        if (!is_multi(lb)) return LB_ERR;
        for (i = 0; i < lb->count && n < (INT)wp; i++)
            if (lb->items[i].selected) out[n++] = i;
        return n;
    }
    case LB_FINDSTRING: return find(lb, (INT)wp, lp, TRUE);
    case LB_FINDSTRINGEXACT: return find(lb, (INT)wp, lp, FALSE);
    case LB_SELECTSTRING:
        if ((i = find(lb, (INT)wp, lp, TRUE)) == LB_ERR) return LB_ERR;
        if (is_multi(lb)) {
            lb->items[i].selected = TRUE;
            lb->caret = i;
            show_item(lb, i);
            redraw(lb);
        } else select_single(lb, i);
        return i;
    case LB_GETITEMDATA:
        if ((INT)wp < 0 || (INT)wp >= lb->count) return LB_ERR;
        return lb->items[wp].data;
    case LB_SETITEMDATA:
        if ((INT)wp < 0 || (INT)wp >= lb->count) return LB_ERR;
        lb->items[wp].data = lp;
        return TRUE;
    case LB_GETTOPINDEX: return lb->top;
    case LB_SETTOPINDEX:   /* clamped so that the last page stays full */
        set_top(lb, (INT)wp);
        return 0;
    case LB_GETITEMHEIGHT:
        if (is_variable(lb)) return (INT)wp >= 0 && (INT)wp < lb->count ? (LRESULT)lb->items[wp].height : LB_ERR;
        return lb->item_height;
    case LB_SETITEMHEIGHT:
        if (LOWORD(lp) > 255 || !LOWORD(lp)) return LB_ERR;
        if (is_variable(lb)) {
            if ((INT)wp < 0 || (INT)wp >= lb->count) return LB_ERR;
            lb->items[wp].height = LOWORD(lp);
        } else lb->item_height = LOWORD(lp);
        set_top(lb, lb->top);
        redraw(lb);
        return 0;
    case LB_GETITEMRECT: {
        /* the rectangle, and whether any of it shows */
        RECT *r = (RECT *)lp, client;
        if (!lp || (INT)wp < 0 || ((INT)wp >= lb->count && (INT)wp != 0)) return LB_ERR;
        item_rect(lb, (INT)wp, r);
        GetClientRect(hwnd, &client);
        return r->left < client.right && r->right > 0 && r->top < client.bottom && r->bottom > 0;
    }
    case LB_ITEMFROMPOINT: {
        BOOL outside;
        i = item_from_point(lb, (SHORT)LOWORD(lp), (SHORT)HIWORD(lp), &outside);
        return MAKELONG(i, outside);
    }
    case LB_SETCOLUMNWIDTH:
        lb->column_width = max((INT)wp, 1);
        set_top(lb, lb->top);
        redraw(lb);
        return LB_OKAY;
    case LB_GETCARETINDEX: return lb->caret;
    case LB_SETCARETINDEX:
        if ((INT)wp < 0 || (INT)wp >= lb->count) return LB_ERR;
        lb->caret = (INT)wp;
        if (!LOWORD(lp)) show_item(lb, (INT)wp);
        redraw(lb);
        return 0;
    case LB_GETANCHORINDEX: return lb->anchor;
    case LB_SETANCHORINDEX:
        if ((INT)wp < -1 || (INT)wp >= lb->count) return LB_ERR;
        lb->anchor = (INT)wp;
        return 0;
    case LB_INITSTORAGE: return lb->count + (INT)wp;
    }
    return DefWindowProcW(hwnd, msg, wp, lp);
}
