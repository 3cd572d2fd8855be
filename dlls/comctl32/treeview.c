/*
 * The tree view ("SysTreeView32"): a hierarchy of items, each a text,
 * two images (normal and selected), a state and the program's lParam.
 * HTREEITEMs are the items' addresses; every message checks them against
 * the list of live items first, so a stale or made-up handle fails
 * instead of crashing. The visible items (those without a collapsed
 * ancestor) form rows of one height, rebuilt lazily after a change.
 * Notifications go to the parent in the format WM_NOTIFYFORMAT (or the
 * parent window's own character set) asks for. Painting is in
 * treeview_draw.c. Label editing, drag and drop, tooltips and horizontal
 * scrolling are not done.
 */
#include <stdlib.h>
#include <string.h>
#include "comctl32_private.h"
#include "winrun/unicode.h"
#include "treeview.h"

DWORD tv_style(struct treeview *tv)
{
    return GetWindowLongW(tv->hwnd, GWL_STYLE);
}

/* ---- items and handles ---- */

static struct tv_item *valid_item(struct treeview *tv, HTREEITEM h)
{
    for (size_t i = 0; i < tv->count; i++)
        if (tv->items[i] == (struct tv_item *)h) return tv->items[i];
    return NULL;
}

static BOOL track_item(struct treeview *tv, struct tv_item *item)
{
    if (tv->count == tv->capacity) {
        size_t cap = tv->capacity ? tv->capacity * 2 : 64;
        struct tv_item **p = realloc(tv->items, cap * sizeof(*p));
        if (!p) return FALSE;
        tv->items = p;
        tv->capacity = cap;
    }
    tv->items[tv->count++] = item;
    return TRUE;
}

static void untrack_item(struct treeview *tv, struct tv_item *item)
{
    for (size_t i = tv->count; i-- > 0;)
        if (tv->items[i] == item) {
            tv->items[i] = tv->items[--tv->count];
            return;
        }
}

static BOOL is_ancestor(const struct tv_item *ancestor, const struct tv_item *item)
{
    for (; item; item = item->parent)
        if (item == ancestor) return TRUE;
    return FALSE;
}

static void link_item(struct tv_item *parent, struct tv_item *after, struct tv_item *item)
{
    item->parent = parent;
    item->prev = after;
    item->next = after ? after->next : parent->first;
    if (item->next) item->next->prev = item;
    else parent->last = item;
    if (after) after->next = item;
    else parent->first = item;
}

static void unlink_item(struct tv_item *item)
{
    struct tv_item *parent = item->parent;
    if (item->prev) item->prev->next = item->next;
    else parent->first = item->next;
    if (item->next) item->next->prev = item->prev;
    else parent->last = item->prev;
    item->prev = item->next = NULL;
}

/* ---- notifications ---- */

LRESULT tv_send_notify(struct treeview *tv, UINT code, NMHDR *hdr)
{
    hdr->hwndFrom = tv->hwnd;
    hdr->idFrom = GetDlgCtrlID(tv->hwnd);
    hdr->code = code;
    return SendMessageW(tv->notify, WM_NOTIFY, hdr->idFrom, (LPARAM)hdr);
}

/* the TVN_ codes that carry text have an A and a W form */
static UINT tvn_code(struct treeview *tv, UINT code_a)
{
    return tv->notify_unicode ? code_a - TVN_W_DELTA : code_a;
}

static LRESULT send_simple(struct treeview *tv, UINT code)
{
    NMHDR hdr;
    return tv_send_notify(tv, code, &hdr);
}

/* a text in the notification format; *BUF receives what must be freed */
static void *notify_text(struct treeview *tv, const WCHAR *text, void **buf)
{
    *buf = NULL;
    if (!text || tv->notify_unicode) return (void *)text;
    INT len = WideCharToMultiByte(CP_ACP, 0, text, -1, NULL, 0, NULL, NULL);
    if (!(*buf = malloc(len))) return NULL;
    WideCharToMultiByte(CP_ACP, 0, text, -1, *buf, len, NULL, NULL);
    return *buf;
}

static void fill_tvitem(struct treeview *tv, TVITEMW *tvi, UINT mask, struct tv_item *item, void **buf)
{
    memset(tvi, 0, sizeof(*tvi));
    *buf = NULL;
    if (!item) return;
    tvi->mask = mask;
    tvi->hItem = (HTREEITEM)item;
    tvi->state = item->state;
    tvi->stateMask = 0xffff;
    tvi->iImage = item->image;
    tvi->iSelectedImage = item->sel_image;
    tvi->cChildren = item->children;
    tvi->lParam = item->param;
    if (mask & TVIF_TEXT) tvi->pszText = notify_text(tv, item->text, buf);
}

static LRESULT send_treeview(struct treeview *tv, UINT code_a, UINT action, UINT mask, struct tv_item *old,
                             struct tv_item *new)
{
    NMTREEVIEWW nm;
    void *buf_old, *buf_new;
    memset(&nm, 0, sizeof(nm));
    nm.action = action;
    fill_tvitem(tv, &nm.itemOld, mask, old, &buf_old);
    fill_tvitem(tv, &nm.itemNew, mask, new, &buf_new);
    LRESULT ret = tv_send_notify(tv, code_a == TVN_KEYDOWN ? code_a : tvn_code(tv, code_a), &nm.hdr);
    free(buf_old);
    free(buf_new);
    return ret;
}

/* asks the parent for the MASK fields the item left to callbacks
 * (TVN_GETDISPINFO); the text comes back as a malloc'd copy in *TEXT */
static void get_dispinfo(struct treeview *tv, struct tv_item *item, UINT mask, WCHAR **text, INT *image,
                         INT *sel_image, INT *children)
{
    NMTVDISPINFOW di;
    union { WCHAR w[TEXT_MAX]; char a[TEXT_MAX * 2]; } buf;

    memset(&di, 0, sizeof(di));
    di.item.mask = mask;
    di.item.hItem = (HTREEITEM)item;
    di.item.state = item->state;
    di.item.stateMask = 0xffff;
    di.item.lParam = item->param;
    di.item.iImage = item->image;
    di.item.iSelectedImage = item->sel_image;
    di.item.cChildren = item->children;
    buf.w[0] = 0;
    if (mask & TVIF_TEXT) {
        di.item.pszText = buf.w;
        di.item.cchTextMax = TEXT_MAX;
    }
    tv_send_notify(tv, tvn_code(tv, TVN_GETDISPINFOA), &di.hdr);
    if (text) {
        if (!di.item.pszText || di.item.pszText == LPSTR_TEXTCALLBACKW) *text = wcs_dup(u"");
        else *text = str_dup_aw(di.item.pszText, tv->notify_unicode);
    }
    if (image) *image = di.item.iImage;
    if (sel_image) *sel_image = di.item.iSelectedImage;
    if (children) *children = di.item.cChildren;
    /* TVIF_DI_SETITEM: the control keeps what the parent gave */
    if (di.item.mask & TVIF_DI_SETITEM) {
        if ((mask & TVIF_TEXT) && text && *text) item->text = wcs_dup(*text);
        if ((mask & TVIF_IMAGE) && image) item->image = *image;
        if ((mask & TVIF_SELECTEDIMAGE) && sel_image) item->sel_image = *sel_image;
        if ((mask & TVIF_CHILDREN) && children) item->children = *children;
    }
}

/* the item's text, asking the parent for a callback one (malloc'd) */
WCHAR *tv_item_text(struct treeview *tv, struct tv_item *item)
{
    WCHAR *text;
    if (item->text) return wcs_dup(item->text);
    get_dispinfo(tv, item, TVIF_TEXT, &text, NULL, NULL, NULL);
    return text;
}

INT tv_item_image(struct treeview *tv, struct tv_item *item, BOOL selected)
{
    INT image = selected ? item->sel_image : item->image;
    if (image == I_IMAGECALLBACK) {
        if (selected) get_dispinfo(tv, item, TVIF_SELECTEDIMAGE, NULL, NULL, &image, NULL);
        else get_dispinfo(tv, item, TVIF_IMAGE, NULL, &image, NULL, NULL);
    }
    return image;
}

BOOL tv_has_children(struct treeview *tv, struct tv_item *item)
{
    INT children = item->children;
    if (children == I_CHILDRENCALLBACK) get_dispinfo(tv, item, TVIF_CHILDREN, NULL, NULL, NULL, &children);
    return children > 0 || item->first;
}

/* ---- rows and layout ---- */

static void add_rows(struct treeview *tv, struct tv_item *parent, INT *n)
{
    for (struct tv_item *item = parent->first; item; item = item->next) {
        if (tv->rows) tv->rows[*n] = item;
        item->row = (*n)++;
        if (item->state & TVIS_EXPANDED) add_rows(tv, item, n);
    }
}

void tv_update_rows(struct treeview *tv)
{
    INT n = 0;
    if (!tv->rows_dirty) return;
    tv->rows_dirty = FALSE;
    for (size_t i = 0; i < tv->count; i++) tv->items[i]->row = -1;
    free(tv->rows);
    tv->rows = NULL;
    add_rows(tv, &tv->root, &n);
    if (n && (tv->rows = malloc(n * sizeof(*tv->rows)))) {
        n = 0;
        add_rows(tv, &tv->root, &n);
    } else if (n) {
        n = 0;
    }
    tv->nrows = n;
}

static INT visible_count(struct treeview *tv)
{
    RECT rc;
    GetClientRect(tv->hwnd, &rc);
    return rc.bottom / tv->height;
}

static void update_scroll(struct treeview *tv)
{
    SCROLLINFO si;
    INT page = visible_count(tv);
    tv_update_rows(tv);
    /* keep the last page full, as comctl32 does */
    if (tv->top > tv->nrows - page) tv->top = tv->nrows - page;
    if (tv->top < 0) tv->top = 0;
    memset(&si, 0, sizeof(si));
    si.cbSize = sizeof(si);
    si.fMask = SIF_ALL;
    si.nMax = tv->nrows > page ? tv->nrows - 1 : 0;
    si.nPage = tv->nrows > page ? page : 0;
    si.nPos = tv->top;
    SetScrollInfo(tv->hwnd, SB_VERT, &si, TRUE);
}

static void changed(struct treeview *tv)
{
    tv->rows_dirty = TRUE;
    update_scroll(tv);
    InvalidateRect(tv->hwnd, NULL, TRUE);
}

HFONT tv_font(struct treeview *tv)
{
    return tv->font ? tv->font : (HFONT)GetStockObject(DEFAULT_GUI_FONT);
}

/* the text height and a border, or the image height if taller; even
 * unless TVS_NONEVENHEIGHT */
static INT natural_height(struct treeview *tv)
{
    TEXTMETRICW tm;
    INT cx, cy, h = MIN_HEIGHT;
    HDC hdc = GetDC(0);
    HGDIOBJ old = SelectObject(hdc, tv_font(tv));
    GetTextMetricsW(hdc, &tm);
    SelectObject(hdc, old);
    ReleaseDC(0, hdc);
    if (tm.tmHeight + tm.tmExternalLeading + FOCUS_BORDER > h) h = tm.tmHeight + tm.tmExternalLeading + FOCUS_BORDER;
    if (tv->normal && ImageList_GetIconSize(tv->normal, &cx, &cy) && cy > h) h = cy;
    if (!(tv_style(tv) & TVS_NONEVENHEIGHT)) h &= ~1;
    return h;
}

void tv_image_size(HIMAGELIST himl, INT *cx, INT *cy)
{
    *cx = *cy = 0;
    if (himl) ImageList_GetIconSize(himl, cx, cy);
}


void tv_item_layout(struct treeview *tv, struct tv_item *item, struct layout *lo)
{
    DWORD style = tv_style(tv);
    /* buttons or lines at the root make room for a column at level 0 */
    BOOL at_root = (style & (TVS_LINESATROOT | TVS_HASLINES | TVS_HASBUTTONS)) > TVS_LINESATROOT;
    INT cx, cy;
    SIZE sz = { 0, 0 };

    lo->lines = tv->indent * (at_root ? item->level : item->level - 1);
    lo->state = lo->lines + tv->indent;
    tv_image_size(tv->state_list, &cx, &cy);
    lo->image = lo->state + (((item->state & TVIS_STATEIMAGEMASK) && tv->state_list) ? cx : 0);
    tv_image_size(tv->normal, &cx, &cy);
    lo->text = lo->image + (tv->normal ? cx + FOCUS_BORDER : 0);
    WCHAR *text = tv_item_text(tv, item);
    if (text) {
        HDC hdc = GetDC(tv->hwnd);
        HGDIOBJ old = SelectObject(hdc, tv_font(tv));
        GetTextExtentPoint32W(hdc, text, (INT)wcs_len(text), &sz);
        SelectObject(hdc, old);
        ReleaseDC(tv->hwnd, hdc);
        free(text);
    }
    lo->text_right = lo->text + sz.cx + 2 * TEXT_MARGIN;
}

/* FALSE for an item a collapsed ancestor hides */
static BOOL item_rect(struct treeview *tv, struct tv_item *item, BOOL text_only, RECT *rc)
{
    struct layout lo;
    tv_update_rows(tv);
    if (item->row < 0) return FALSE;
    GetClientRect(tv->hwnd, rc);
    /* one pixel short of the next row, as Wine's comctl32 reports it */
    rc->top = (item->row - tv->top) * tv->height;
    rc->bottom = rc->top + tv->height - 1;
    if (text_only) {
        tv_item_layout(tv, item, &lo);
        rc->left = lo.text;
        rc->right = lo.text_right;
    }
    return TRUE;
}

static struct tv_item *hit_test(struct treeview *tv, TVHITTESTINFO *ht)
{
    RECT rc;
    struct layout lo;
    UINT flags = 0;

    GetClientRect(tv->hwnd, &rc);
    ht->hItem = NULL;
    if (ht->pt.x < rc.left) flags |= TVHT_TOLEFT;
    else if (ht->pt.x >= rc.right) flags |= TVHT_TORIGHT;
    if (ht->pt.y < rc.top) flags |= TVHT_ABOVE;
    else if (ht->pt.y >= rc.bottom) flags |= TVHT_BELOW;
    if (flags) {
        ht->flags = flags;
        return NULL;
    }
    tv_update_rows(tv);
    INT row = tv->top + ht->pt.y / tv->height;
    if (row >= tv->nrows) {
        ht->flags = TVHT_NOWHERE;
        return NULL;
    }
    struct tv_item *item = tv->rows[row];
    tv_item_layout(tv, item, &lo);
    if (ht->pt.x >= lo.text_right) flags = TVHT_ONITEMRIGHT;
    else if (ht->pt.x >= lo.text) flags = TVHT_ONITEMLABEL;
    else if (ht->pt.x >= lo.image) flags = TVHT_ONITEMICON;
    else if (ht->pt.x >= lo.state) flags = TVHT_ONITEMSTATEICON;
    else if (ht->pt.x >= lo.lines && (tv_style(tv) & TVS_HASBUTTONS) && tv_has_children(tv, item))
        flags = TVHT_ONITEMBUTTON;
    else flags = TVHT_ONITEMINDENT;
    ht->flags = flags;
    ht->hItem = (HTREEITEM)item;
    return item;
}

/* ---- expanding, selecting, scrolling ---- */

static BOOL send_expand(struct treeview *tv, UINT code_a, UINT action, struct tv_item *item)
{
    return send_treeview(tv, code_a, action, TVIF_HANDLE | TVIF_STATE | TVIF_PARAM | TVIF_IMAGE | TVIF_SELECTEDIMAGE,
                         NULL, item) != 0;
}

static void remove_children(struct treeview *tv, struct tv_item *parent);

/* the notifications go out the first time only, unless the user asked
 * (TVIS_EXPANDEDONCE); a TRUE reply to TVN_ITEMEXPANDING vetoes it */
static BOOL expand(struct treeview *tv, struct tv_item *item, BOOL user)
{
    if (item->state & TVIS_EXPANDED) return TRUE;
    if (!tv_has_children(tv, item)) return FALSE;
    BOOL notify = user || (item->children != 0 && !(item->state & TVIS_EXPANDEDONCE));
    if (notify && send_expand(tv, TVN_ITEMEXPANDINGA, TVE_EXPAND, item)) return FALSE;
    if (!item->first) return FALSE;
    item->state |= TVIS_EXPANDED;
    changed(tv);
    if (notify) {
        send_expand(tv, TVN_ITEMEXPANDEDA, TVE_EXPAND, item);
        item->state |= TVIS_EXPANDEDONCE;
    }
    return TRUE;
}

static BOOL collapse(struct treeview *tv, struct tv_item *item, BOOL user, BOOL reset)
{
    if (!(item->state & TVIS_EXPANDED)) return FALSE;
    BOOL notify = user || !(item->state & TVIS_EXPANDEDONCE);
    UINT action = TVE_COLLAPSE | (reset ? TVE_COLLAPSERESET : 0);
    if (notify) send_expand(tv, TVN_ITEMEXPANDINGA, action, item);
    if (!item->first) return FALSE;
    item->state &= ~TVIS_EXPANDED;
    if (notify) send_expand(tv, TVN_ITEMEXPANDEDA, action, item);
    /* a hidden selection moves to the collapsed item without notifications */
    if (tv->caret && tv->caret != item && is_ancestor(item, tv->caret)) {
        tv->caret->state &= ~TVIS_SELECTED;
        tv->caret = item;
        item->state |= TVIS_SELECTED;
    }
    if (reset) {
        INT children = item->children;
        item->state &= ~TVIS_EXPANDEDONCE;
        remove_children(tv, item);
        item->children = children;
    }
    changed(tv);
    return TRUE;
}

static BOOL toggle(struct treeview *tv, struct tv_item *item, BOOL user)
{
    if (item->state & TVIS_EXPANDED) return collapse(tv, item, user, FALSE);
    return expand(tv, item, user);
}

static void set_top(struct treeview *tv, INT top)
{
    INT old = tv->top;
    tv->top = top;
    update_scroll(tv);
    if (tv->top != old) InvalidateRect(tv->hwnd, NULL, TRUE);
}

/* expands the ancestors and scrolls the item into view; TRUE when it
 * had to scroll and expanded nothing */
static BOOL ensure_visible(struct treeview *tv, struct tv_item *item)
{
    BOOL expanded = FALSE;
    for (struct tv_item *p = item->parent; p && p != &tv->root; p = p->parent)
        if (!(p->state & TVIS_EXPANDED)) {
            expand(tv, p, FALSE);
            expanded = TRUE;
        }
    tv_update_rows(tv);
    if (item->row < 0) return FALSE;
    INT page = visible_count(tv);
    if (page < 1) page = 1;
    INT top = tv->top;
    if (item->row < top) top = item->row;
    else if (item->row >= top + page) top = item->row - page + 1;
    if (top == tv->top) return FALSE;
    set_top(tv, top);
    return !expanded;
}

static BOOL select_item(struct treeview *tv, UINT which, struct tv_item *item, UINT cause)
{
    const UINT mask = TVIF_TEXT | TVIF_HANDLE | TVIF_STATE | TVIF_PARAM;
    struct tv_item *prev;

    switch (which) {
    case TVGN_CARET:
        prev = tv->caret;
        if (prev == item) {
            if (item) ensure_visible(tv, item);
            return TRUE;
        }
        if (send_treeview(tv, TVN_SELCHANGINGA, cause, mask, prev, item)) return FALSE;
        if (prev) prev->state &= ~TVIS_SELECTED;
        tv->caret = item;
        if (item) item->state |= TVIS_SELECTED;
        /* a hidden item's ancestors expand between the two notifications */
        if (item) ensure_visible(tv, item);
        send_treeview(tv, TVN_SELCHANGEDA, cause, mask, prev, item);
        break;
    case TVGN_DROPHILITE:
        if (tv->drop) tv->drop->state &= ~TVIS_DROPHILITED;
        tv->drop = item;
        if (item) item->state |= TVIS_DROPHILITED;
        break;
    case TVGN_FIRSTVISIBLE:
        if (!item) return FALSE;
        ensure_visible(tv, item);
        tv_update_rows(tv);
        set_top(tv, item->row);
        break;
    default:
        return FALSE;
    }
    InvalidateRect(tv->hwnd, NULL, TRUE);
    return TRUE;
}

/* ---- inserting, deleting, sorting ---- */

static struct tv_item *insert_item(struct treeview *tv, const TVINSERTSTRUCTW *is, BOOL unicode)
{
    struct tv_item *parent, *after, *item;
    const TVITEMEXW *tvi = &is->itemex;

    if (!is) return NULL;
    if (!is->hParent || is->hParent == TVI_ROOT) parent = &tv->root;
    else if (!(parent = valid_item(tv, is->hParent))) return NULL;
    if (!(item = calloc(1, sizeof(*item)))) return NULL;
    if (tvi->mask & TVIF_TEXT) {
        if (tvi->pszText == LPSTR_TEXTCALLBACKW) item->text = NULL;
        else item->text = str_dup_aw(tvi->pszText, unicode);
    } else item->text = wcs_dup(u"");
    if (tvi->mask & TVIF_IMAGE) item->image = tvi->iImage;
    if (tvi->mask & TVIF_SELECTEDIMAGE) item->sel_image = tvi->iSelectedImage;
    if (tvi->mask & TVIF_CHILDREN) item->children = tvi->cChildren;
    if (tvi->mask & TVIF_PARAM) item->param = tvi->lParam;
    if (tvi->mask & TVIF_STATE) item->state = tvi->state & tvi->stateMask & ~(TVIS_SELECTED | TVIS_FOCUSED);
    item->level = parent == &tv->root ? 0 : parent->level + 1;
    /* a parent without TVIF_CHILDREN says it has some from now on */
    if (parent != &tv->root && !parent->children) parent->children = 1;
    if (!track_item(tv, item)) {
        free(item->text);
        free(item);
        return NULL;
    }

    if (is->hInsertAfter == TVI_FIRST) after = NULL;
    else if (is->hInsertAfter == TVI_SORT) {
        /* before the first sibling whose text sorts after the new one's */
        WCHAR *text = tv_item_text(tv, item);
        after = NULL;
        for (struct tv_item *s = parent->first; s; s = s->next) {
            WCHAR *st = tv_item_text(tv, s);
            INT cmp = lstrcmpiW(text, st);
            free(st);
            if (cmp < 0) break;
            after = s;
        }
        free(text);
    } else if (is->hInsertAfter == TVI_LAST || !is->hInsertAfter) after = parent->last;
    else {
        after = valid_item(tv, is->hInsertAfter);
        /* not one of the parent's children: at the end, as comctl32 does */
        if (!after || after->parent != parent) after = parent->last;
    }
    link_item(parent, after, item);
    changed(tv);
    return item;
}

static void free_item(struct treeview *tv, struct tv_item *item)
{
    if (tv->caret == item) tv->caret = NULL;
    if (tv->drop == item) tv->drop = NULL;
    if (tv->clicked == item) tv->clicked = NULL;
    untrack_item(tv, item);
    free(item->text);
    free(item);
}

/* the children first, then the item: TVN_DELETEITEM in that order */
static void remove_item(struct treeview *tv, struct tv_item *item)
{
    while (item->first) remove_item(tv, item->first);
    send_treeview(tv, TVN_DELETEITEMA, 0, TVIF_HANDLE | TVIF_PARAM, item, NULL);
    unlink_item(item);
    free_item(tv, item);
}

static void remove_children(struct treeview *tv, struct tv_item *parent)
{
    while (parent->first) remove_item(tv, parent->first);
}

static BOOL delete_item(struct treeview *tv, HTREEITEM h)
{
    struct tv_item *item, *parent, *select = NULL;

    if (!h || h == TVI_ROOT) {
        remove_children(tv, &tv->root);
        tv->top = 0;
        changed(tv);
        return TRUE;
    }
    if (!(item = valid_item(tv, h))) return FALSE;
    parent = item->parent;
    /* a deleted selection moves to the previous sibling, the parent or the next */
    if (tv->caret && is_ancestor(item, tv->caret)) {
        if (item->prev) select = item->prev;
        else if (parent != &tv->root) select = parent;
        else select = item->next;
    }
    remove_item(tv, item);
    if (parent != &tv->root && !parent->first) {
        parent->state &= ~TVIS_EXPANDED;
        parent->children = 0;
    }
    changed(tv);
    if (select) select_item(tv, TVGN_CARET, select, TVC_UNKNOWN);
    return TRUE;
}

struct sort_ctx {
    struct treeview *tv;
    PFNTVCOMPARE compare;
    LPARAM param;
};

static INT sort_compare(struct sort_ctx *ctx, struct tv_item *a, struct tv_item *b)
{
    if (ctx->compare) return ctx->compare(a->param, b->param, ctx->param);
    WCHAR *ta = tv_item_text(ctx->tv, a), *tb = tv_item_text(ctx->tv, b);
    INT ret = lstrcmpiW(ta ? ta : u"", tb ? tb : u"");
    free(ta);
    free(tb);
    return ret;
}

/* a stable insertion sort of the children, the way they are linked */
static void sort_children(struct sort_ctx *ctx, struct tv_item *parent, BOOL recurse)
{
    struct tv_item *item = parent->first, *next;
    parent->first = parent->last = NULL;
    for (; item; item = next) {
        next = item->next;
        struct tv_item *after = parent->last;
        while (after && sort_compare(ctx, after, item) > 0) after = after->prev;
        item->prev = item->next = NULL;
        link_item(parent, after, item);
    }
    if (recurse)
        for (item = parent->first; item; item = item->next) sort_children(ctx, item, TRUE);
}

static BOOL sort(struct treeview *tv, HTREEITEM h, BOOL recurse, PFNTVCOMPARE compare, LPARAM param)
{
    struct sort_ctx ctx = { tv, compare, param };
    struct tv_item *parent = (!h || h == TVI_ROOT) ? &tv->root : valid_item(tv, h);
    if (!parent) return FALSE;
    sort_children(&ctx, parent, recurse);
    changed(tv);
    return TRUE;
}

/* ---- TVM_GETITEM / TVM_SETITEM ---- */

static BOOL get_item(struct treeview *tv, TVITEMEXW *tvi, BOOL unicode)
{
    struct tv_item *item;
    if (!tvi || !(item = valid_item(tv, tvi->hItem))) return FALSE;
    if (tvi->mask & TVIF_TEXT) {
        WCHAR *text = tv_item_text(tv, item);
        if (tvi->pszText && tvi->cchTextMax > 0) {
            if (unicode) {
                INT n = 0;
                for (; text && text[n] && n < tvi->cchTextMax - 1; n++) tvi->pszText[n] = text[n];
                tvi->pszText[n] = 0;
            } else {
                char *a = (char *)tvi->pszText;
                if (!WideCharToMultiByte(CP_ACP, 0, text ? text : u"", -1, a, tvi->cchTextMax, NULL, NULL))
                    a[tvi->cchTextMax - 1] = 0;
            }
        }
        free(text);
    }
    if (tvi->mask & TVIF_IMAGE) tvi->iImage = tv_item_image(tv, item, FALSE);
    if (tvi->mask & TVIF_SELECTEDIMAGE) tvi->iSelectedImage = tv_item_image(tv, item, TRUE);
    if (tvi->mask & TVIF_CHILDREN) {
        tvi->cChildren = item->children;
        if (item->children == I_CHILDRENCALLBACK)
            get_dispinfo(tv, item, TVIF_CHILDREN, NULL, NULL, NULL, &tvi->cChildren);
    }
    if (tvi->mask & TVIF_PARAM) tvi->lParam = item->param;
    if (tvi->mask & TVIF_STATE) tvi->state = item->state & tvi->stateMask;
    if (tvi->mask & TVIF_INTEGRAL) tvi->iIntegral = 1;
    return TRUE;
}

static BOOL set_item(struct treeview *tv, const TVITEMEXW *tvi, BOOL unicode)
{
    struct tv_item *item;
    if (!tvi || !(item = valid_item(tv, tvi->hItem))) return FALSE;
    if (tvi->mask & TVIF_TEXT) {
        WCHAR *text = tvi->pszText == LPSTR_TEXTCALLBACKW ? NULL : str_dup_aw(tvi->pszText, unicode);
        free(item->text);
        item->text = text;
    }
    if (tvi->mask & TVIF_IMAGE) item->image = tvi->iImage;
    if (tvi->mask & TVIF_SELECTEDIMAGE) item->sel_image = tvi->iSelectedImage;
    if (tvi->mask & TVIF_CHILDREN) item->children = tvi->cChildren;
    if (tvi->mask & TVIF_PARAM) item->param = tvi->lParam;
    if (tvi->mask & TVIF_STATE) {
        UINT old = item->state;
        item->state = (item->state & ~tvi->stateMask) | (tvi->state & tvi->stateMask);
        if ((old ^ item->state) & TVIS_EXPANDED) tv->rows_dirty = TRUE;
    }
    changed(tv);
    return TRUE;
}

/* ---- navigation ---- */

static struct tv_item *last_visible(struct treeview *tv)
{
    tv_update_rows(tv);
    return tv->nrows ? tv->rows[tv->nrows - 1] : NULL;
}

static struct tv_item *row_item(struct treeview *tv, INT row)
{
    tv_update_rows(tv);
    return row >= 0 && row < tv->nrows ? tv->rows[row] : NULL;
}

static struct tv_item *get_next(struct treeview *tv, UINT which, HTREEITEM h)
{
    struct tv_item *item;
    switch (which) {
    case TVGN_ROOT: return tv->root.first;
    case TVGN_CARET: return tv->caret;
    case TVGN_DROPHILITE: return tv->drop;
    case TVGN_FIRSTVISIBLE: return row_item(tv, tv->top);
    case TVGN_LASTVISIBLE: return last_visible(tv);
    }
    if (h == TVI_ROOT && which == TVGN_CHILD) return tv->root.first;
    if (!(item = valid_item(tv, h))) return NULL;
    switch (which) {
    case TVGN_NEXT: return item->next;
    case TVGN_PREVIOUS: return item->prev;
    case TVGN_PARENT: return item->parent == &tv->root ? NULL : item->parent;
    case TVGN_CHILD: return item->first;
    /* these walk the list as if the item were shown, as comctl32 does */
    case TVGN_NEXTVISIBLE:
        if ((item->state & TVIS_EXPANDED) && item->first) return item->first;
        for (; item != &tv->root; item = item->parent)
            if (item->next) return item->next;
        return NULL;
    case TVGN_PREVIOUSVISIBLE:
        if (!item->prev) return item->parent == &tv->root ? NULL : item->parent;
        for (item = item->prev; (item->state & TVIS_EXPANDED) && item->last;) item = item->last;
        return item;
    }
    return NULL;
}

static void expand_all(struct treeview *tv, struct tv_item *item)
{
    expand(tv, item, TRUE);
    for (struct tv_item *c = item->first; c; c = c->next) expand_all(tv, c);
}

static void key_down(struct treeview *tv, WPARAM key)
{
    NMTVKEYDOWN nm;
    struct tv_item *caret = tv->caret, *sel = NULL;
    INT page = visible_count(tv);

    memset(&nm, 0, sizeof(nm));
    nm.wVKey = (WORD)key;
    tv_send_notify(tv, TVN_KEYDOWN, &nm.hdr);
    if (page < 1) page = 1;
    tv_update_rows(tv);
    switch (key) {
    case VK_RETURN: send_simple(tv, NM_RETURN); return;
    case VK_HOME: sel = row_item(tv, 0); break;
    case VK_END: sel = last_visible(tv); break;
    case VK_UP: sel = caret ? row_item(tv, caret->row - 1) : row_item(tv, 0); break;
    case VK_DOWN: sel = caret ? row_item(tv, caret->row + 1) : row_item(tv, 0); break;
    case VK_PRIOR:
        sel = caret ? row_item(tv, caret->row - page + 1 < 0 ? 0 : caret->row - page + 1) : row_item(tv, 0);
        break;
    case VK_NEXT:
        if (caret) sel = row_item(tv, caret->row + page - 1 >= tv->nrows ? tv->nrows - 1 : caret->row + page - 1);
        break;
    case VK_LEFT:
        if (!caret) break;
        if (caret->state & TVIS_EXPANDED) collapse(tv, caret, TRUE, FALSE);
        else if (caret->parent != &tv->root) sel = caret->parent;
        break;
    case VK_RIGHT:
        if (!caret || !tv_has_children(tv, caret)) break;
        if (!(caret->state & TVIS_EXPANDED)) expand(tv, caret, TRUE);
        else sel = caret->first;
        break;
    case VK_BACK:
        if (caret && caret->parent != &tv->root) sel = caret->parent;
        break;
    case VK_ADD:
        if (caret) expand(tv, caret, TRUE);
        break;
    case VK_SUBTRACT:
        if (caret) collapse(tv, caret, TRUE, FALSE);
        break;
    case VK_MULTIPLY:
        if (caret) expand_all(tv, caret);
        break;
    }
    if (sel && sel != caret) {
        tv->search_len = 0;
        select_item(tv, TVGN_CARET, sel, TVC_BYKEYBOARD);
    }
}

/* typing selects the next visible item whose text starts with what was
 * typed within SEARCH_DELAY; one key repeated steps through matches */
static void search_char(struct treeview *tv, WCHAR c)
{
    DWORD now = GetTickCount();
    BOOL same = TRUE;
    if (c < ' ') return;
    if (now - tv->search_time > SEARCH_DELAY) tv->search_len = 0;
    tv->search_time = now;
    if (tv->search_len < (INT)(sizeof(tv->search) / sizeof(WCHAR)) - 1) tv->search[tv->search_len++] = c;
    tv->search[tv->search_len] = 0;
    for (INT i = 1; i < tv->search_len; i++)
        if (wcs_nicmp(&tv->search[i], tv->search, 1)) same = FALSE;
    const WCHAR *find = tv->search;
    size_t len = same ? 1 : (size_t)tv->search_len;
    tv_update_rows(tv);
    if (!tv->nrows) return;
    INT start = tv->caret && tv->caret->row >= 0 ? tv->caret->row : 0;
    /* a longer prefix may still match the current item */
    INT first = (same || !tv->caret) ? 1 : 0;
    for (INT n = first; n < tv->nrows + first; n++) {
        struct tv_item *item = tv->rows[(start + n) % tv->nrows];
        WCHAR *text = tv_item_text(tv, item);
        BOOL match = text && wcs_len(text) >= len && !wcs_nicmp(text, find, len);
        free(text);
        if (match) {
            if (item != tv->caret) select_item(tv, TVGN_CARET, item, TVC_BYKEYBOARD);
            return;
        }
    }
}

/* ---- the window procedure ---- */

static void vscroll(struct treeview *tv, WORD code, INT track)
{
    INT page = visible_count(tv), top = tv->top;
    switch (code) {
    case SB_LINEUP: top--; break;
    case SB_LINEDOWN: top++; break;
    case SB_PAGEUP: top -= page > 1 ? page - 1 : 1; break;
    case SB_PAGEDOWN: top += page > 1 ? page - 1 : 1; break;
    case SB_THUMBTRACK:
    case SB_THUMBPOSITION: top = track; break;
    case SB_TOP: top = 0; break;
    case SB_BOTTOM: top = tv->nrows; break;
    default: return;
    }
    set_top(tv, top);
}

static void mouse_down(struct treeview *tv, LPARAM lparam, BOOL dblclk)
{
    TVHITTESTINFO ht;
    ht.pt.x = (SHORT)LOWORD(lparam);
    ht.pt.y = (SHORT)HIWORD(lparam);
    struct tv_item *item = hit_test(tv, &ht);
    if (dblclk) {
        if (send_simple(tv, NM_DBLCLK)) return;
        if (item && (ht.flags & (TVHT_ONITEMLABEL | TVHT_ONITEMICON | TVHT_ONITEMBUTTON))) toggle(tv, item, TRUE);
        return;
    }
    if (item && (ht.flags & TVHT_ONITEMBUTTON)) {
        toggle(tv, item, TRUE);
        SetFocus(tv->hwnd);
        return;
    }
    /* NM_CLICK and the selection wait for the release, as after comctl32's drag check */
    tv->clicked = item;
    SetCapture(tv->hwnd);
}

static void mouse_up(struct treeview *tv, LPARAM lparam)
{
    TVHITTESTINFO ht;
    if (GetCapture() != tv->hwnd) return;
    ReleaseCapture();
    ht.pt.x = (SHORT)LOWORD(lparam);
    ht.pt.y = (SHORT)HIWORD(lparam);
    struct tv_item *item = hit_test(tv, &ht), *clicked = tv->clicked;
    tv->clicked = NULL;
    /* NM_CLICK, the selection, then the focus */
    if (!send_simple(tv, NM_CLICK)) {
        BOOL on_item = (ht.flags & (TVHT_ONITEMLABEL | TVHT_ONITEMICON | TVHT_ONITEMSTATEICON)) ||
                       ((tv_style(tv) & TVS_FULLROWSELECT) && item);
        if (item && item == clicked && on_item) select_item(tv, TVGN_CARET, item, TVC_BYMOUSE);
    }
    SetFocus(tv->hwnd);
}

static struct treeview *create(HWND hwnd, const CREATESTRUCTW *cs)
{
    struct treeview *tv = calloc(1, sizeof(*tv));
    if (!tv) return NULL;
    tv->hwnd = hwnd;
    tv->notify = cs->hwndParent;
    tv->indent = MIN_INDENT;
    tv->bk = tv->text = CLR_NONE;     /* what TVM_GETBKCOLOR/GETTEXTCOLOR say first */
    tv->line = CLR_DEFAULT;
    tv->root.state = TVIS_EXPANDED;
    tv->root.level = -1;
    tv->height = 0;
    LRESULT fmt = tv->notify ? SendMessageW(tv->notify, WM_NOTIFYFORMAT, (WPARAM)hwnd, NF_QUERY) : 0;
    if (fmt == NFR_UNICODE) tv->notify_unicode = TRUE;
    else if (fmt != NFR_ANSI) tv->notify_unicode = tv->notify && IsWindowUnicode(tv->notify);
    return tv;
}

static void destroy(struct treeview *tv)
{
    remove_children(tv, &tv->root);
    free(tv->items);
    free(tv->rows);
    free(tv);
}

LRESULT WINAPI treeview_proc(HWND hwnd, UINT msg, WPARAM wparam, LPARAM lparam)
{
    struct treeview *tv = control_data(hwnd);
    PAINTSTRUCT ps;
    TVHITTESTINFO *ht;
    HIMAGELIST old_list;
    LRESULT ret;

    if (!tv && msg != WM_NCCREATE) return DefWindowProcW(hwnd, msg, wparam, lparam);
    switch (msg) {
    case WM_NCCREATE:
        if (!(tv = create(hwnd, (const CREATESTRUCTW *)lparam))) return FALSE;
        control_set_data(hwnd, tv);
        tv->height = natural_height(tv);
        return DefWindowProcW(hwnd, msg, wparam, lparam);
    case WM_NCDESTROY:
        destroy(tv);
        control_set_data(hwnd, NULL);
        return DefWindowProcW(hwnd, msg, wparam, lparam);
    case WM_PAINT:
    case WM_PRINTCLIENT:
        if (wparam) treeview_paint(tv, (HDC)wparam);
        else {
            HDC hdc = BeginPaint(hwnd, &ps);
            treeview_paint(tv, hdc);
            EndPaint(hwnd, &ps);
        }
        return 0;
    case WM_ERASEBKGND:
        return 1;
    case WM_SIZE:
        update_scroll(tv);
        InvalidateRect(hwnd, NULL, TRUE);
        return 0;
    case WM_SETFONT:
        tv->font = (HFONT)wparam;
        if (!tv->custom_height) tv->height = natural_height(tv);
        changed(tv);
        return 0;
    case WM_GETFONT:
        return (LRESULT)tv->font;
    case WM_GETDLGCODE:
        return DLGC_WANTARROWS | DLGC_WANTCHARS;
    case WM_SETFOCUS:
        tv->focused = TRUE;
        /* the first focus on a tree without a selection selects the top row */
        if (!tv->caret && row_item(tv, tv->top)) select_item(tv, TVGN_CARET, row_item(tv, tv->top), TVC_UNKNOWN);
        InvalidateRect(hwnd, NULL, TRUE);
        send_simple(tv, NM_SETFOCUS);
        return 0;
    case WM_KILLFOCUS:
        tv->focused = FALSE;
        InvalidateRect(hwnd, NULL, TRUE);
        send_simple(tv, NM_KILLFOCUS);
        return 0;
    case WM_KEYDOWN:
        key_down(tv, wparam);
        return 0;
    case WM_CHAR:
        search_char(tv, (WCHAR)wparam);
        return 0;
    case WM_LBUTTONDOWN:
    case WM_LBUTTONDBLCLK:
        mouse_down(tv, lparam, msg == WM_LBUTTONDBLCLK);
        return 0;
    case WM_LBUTTONUP:
        mouse_up(tv, lparam);
        return 0;
    case WM_RBUTTONUP: {
        POINT pt = { (SHORT)LOWORD(lparam), (SHORT)HIWORD(lparam) };
        if (!send_simple(tv, NM_RCLICK)) {
            MapWindowPoints(hwnd, NULL, &pt, 1);
            SendMessageW(hwnd, WM_CONTEXTMENU, (WPARAM)hwnd, MAKELONG(pt.x, pt.y));
        }
        return 0;
    }
    case WM_VSCROLL:
        vscroll(tv, LOWORD(wparam), (SHORT)HIWORD(wparam));
        return 0;
    case WM_MOUSEWHEEL:
        set_top(tv, tv->top - 3 * (SHORT)HIWORD(wparam) / WHEEL_DELTA);
        return 0;
    case WM_STYLECHANGED:
    case WM_SYSCOLORCHANGE:
        InvalidateRect(hwnd, NULL, TRUE);
        return 0;

    case TVM_INSERTITEMA:
    case TVM_INSERTITEMW:
        return (LRESULT)insert_item(tv, (const TVINSERTSTRUCTW *)lparam, msg == TVM_INSERTITEMW);
    case TVM_DELETEITEM:
        return delete_item(tv, (HTREEITEM)lparam);
    case TVM_EXPAND: {
        struct tv_item *item = valid_item(tv, (HTREEITEM)lparam);
        if (!item) return FALSE;
        switch (wparam & TVE_TOGGLE) {
        case TVE_COLLAPSE: return collapse(tv, item, FALSE, (wparam & TVE_COLLAPSERESET) != 0);
        case TVE_EXPAND: return expand(tv, item, FALSE);
        case TVE_TOGGLE: return toggle(tv, item, FALSE);
        }
        return FALSE;
    }
    case TVM_GETITEMRECT: {
        RECT *rc = (RECT *)lparam;
        struct tv_item *item = rc ? valid_item(tv, *(HTREEITEM *)rc) : NULL;
        return item && item_rect(tv, item, wparam != 0, rc);
    }
    case TVM_GETCOUNT:
        return tv->count;
    case TVM_GETINDENT:
        return tv->indent;
    case TVM_SETINDENT:
        tv->indent = (INT)wparam < MIN_INDENT ? MIN_INDENT : (INT)wparam;
        InvalidateRect(hwnd, NULL, TRUE);
        return 0;
    case TVM_GETIMAGELIST:
        return (LRESULT)(wparam == TVSIL_NORMAL ? tv->normal : wparam == TVSIL_STATE ? tv->state_list : NULL);
    case TVM_SETIMAGELIST:
        if (wparam == TVSIL_NORMAL) {
            old_list = tv->normal;
            tv->normal = (HIMAGELIST)lparam;
        } else if (wparam == TVSIL_STATE) {
            old_list = tv->state_list;
            tv->state_list = (HIMAGELIST)lparam;
        } else return 0;
        if (!tv->custom_height) tv->height = natural_height(tv);
        changed(tv);
        return (LRESULT)old_list;
    case TVM_GETNEXTITEM:
        return (LRESULT)get_next(tv, (UINT)wparam, (HTREEITEM)lparam);
    case TVM_SELECTITEM: {
        struct tv_item *item = NULL;
        if (lparam && !(item = valid_item(tv, (HTREEITEM)lparam))) return FALSE;
        return select_item(tv, (UINT)wparam, item, TVC_UNKNOWN);
    }
    case TVM_GETITEMA:
    case TVM_GETITEMW:
        return get_item(tv, (TVITEMEXW *)lparam, msg == TVM_GETITEMW);
    case TVM_SETITEMA:
    case TVM_SETITEMW:
        return set_item(tv, (const TVITEMEXW *)lparam, msg == TVM_SETITEMW);
    case TVM_GETITEMSTATE: {
        struct tv_item *item = valid_item(tv, (HTREEITEM)wparam);
        return item ? item->state & (UINT)lparam : 0;
    }
    case TVM_GETVISIBLECOUNT:
        return visible_count(tv);
    case TVM_HITTEST:
        if (!(ht = (TVHITTESTINFO *)lparam)) return 0;
        return (LRESULT)hit_test(tv, ht);
    case TVM_SORTCHILDREN:
        return sort(tv, (HTREEITEM)lparam, wparam != 0, NULL, 0);
    case TVM_SORTCHILDRENCB: {
        const TVSORTCB *cb = (const TVSORTCB *)lparam;
        if (!cb || !cb->lpfnCompare) return FALSE;
        return sort(tv, cb->hParent, wparam != 0, cb->lpfnCompare, cb->lParam);
    }
    case TVM_ENSUREVISIBLE: {
        struct tv_item *item = valid_item(tv, (HTREEITEM)lparam);
        return item ? ensure_visible(tv, item) : FALSE;
    }
    case TVM_GETISEARCHSTRINGA:
    case TVM_GETISEARCHSTRINGW:
        if (!tv->search_len) return 0;
        tv->search[tv->search_len] = 0;
        return lparam ? str_copy_out(tv->search, (void *)lparam, msg == TVM_GETISEARCHSTRINGW) : 0;
    case TVM_GETEDITCONTROL:
        return 0;
    case TVM_ENDEDITLABELNOW:
        return FALSE;
    case TVM_SETITEMHEIGHT:
        ret = tv->height;
        if ((INT)wparam == -1) {
            tv->custom_height = FALSE;
            tv->height = natural_height(tv);
        } else if ((INT)wparam > 0) {
            tv->custom_height = TRUE;
            tv->height = (INT)wparam;
            if (!(tv_style(tv) & TVS_NONEVENHEIGHT) && tv->height > 1) tv->height &= ~1;
        }
        changed(tv);
        return ret;
    case TVM_GETITEMHEIGHT:
        return tv->height;
    case TVM_SETBKCOLOR:
        ret = tv->bk;
        tv->bk = (COLORREF)lparam;
        InvalidateRect(hwnd, NULL, TRUE);
        return ret;
    case TVM_GETBKCOLOR:
        return tv->bk;
    case TVM_SETTEXTCOLOR:
        ret = tv->text;
        tv->text = (COLORREF)lparam;
        InvalidateRect(hwnd, NULL, TRUE);
        return ret;
    case TVM_GETTEXTCOLOR:
        return tv->text;
    case TVM_SETLINECOLOR:
        ret = tv->line;
        tv->line = (COLORREF)lparam;
        InvalidateRect(hwnd, NULL, TRUE);
        return ret;
    case TVM_GETLINECOLOR:
        return tv->line;
    }
    return DefWindowProcW(hwnd, msg, wparam, lparam);
}
