/*
 * The list view ("SysListView32"): items with subitems, in report view
 * (a header child names the columns), list, small icon and icon views
 * (listview_draw.c lays them out and paints them). Items are kept as an
 * array of pointers; LVS_OWNERDATA lists keep only a count and each
 * item's selection state, asking the parent for everything else with
 * LVN_GETDISPINFO. Selection and focus changes send LVN_ITEMCHANGING
 * (which can refuse them) and LVN_ITEMCHANGED; the keyboard moves the
 * focus (Shift extends the selection, Ctrl moves the focus alone, Space
 * toggles), typing selects by prefix; clicks select (Ctrl toggles, Shift
 * ranges). Notifications are ANSI or Unicode as the parent answers
 * WM_NOTIFYFORMAT; listview_edit.c edits labels. Not done: drag and drop, groups,
 * tiles, hot tracking, LVM_SETITEMPOSITION.
 */
#include <stdlib.h>
#include <string.h>
#include "listview.h"
#include "winrun/unicode.h"

WINUSERAPI BOOL WINAPI IsWindowUnicode(HWND);
WINUSERAPI SHORT WINAPI GetKeyState(INT);
WINUSERAPI LONG WINAPI GetMessageTime(void);
WINUSERAPI BOOL WINAPI ClientToScreen(HWND, POINT *);

#define SEARCH_TIMEOUT 1000     /* ms between keys that still extend a search */

/* ---- notifications ---- */

LRESULT lv_notify(struct listview *lv, UINT code, NMHDR *hdr)
{
    hdr->hwndFrom = lv->hwnd;
    hdr->idFrom = GetDlgCtrlID(lv->hwnd);
    hdr->code = code;
    return SendMessageW(lv->notify, WM_NOTIFY, hdr->idFrom, (LPARAM)hdr);
}

static LRESULT notify_lv(struct listview *lv, UINT code, INT item, INT sub, UINT new_state, UINT old_state,
                         UINT changed, LPARAM param)
{
    NMLISTVIEW nm;
    memset(&nm, 0, sizeof(nm));
    nm.iItem = item;
    nm.iSubItem = sub;
    nm.uNewState = new_state;
    nm.uOldState = old_state;
    nm.uChanged = changed;
    nm.lParam = param;
    return lv_notify(lv, code, &nm.hdr);
}

static void notify_click(struct listview *lv, UINT code, LVHITTESTINFO *ht)
{
    NMITEMACTIVATE nm;
    memset(&nm, 0, sizeof(nm));
    nm.iItem = ht->iItem;
    nm.iSubItem = ht->iSubItem;
    nm.ptAction = ht->pt;
    if (ht->iItem >= 0) nm.lParam = lv_get_param(lv, ht->iItem);
    lv_notify(lv, code, &nm.hdr);
}

static BOOL owner_data(struct listview *lv)
{
    return (GetWindowLongW(lv->hwnd, GWL_STYLE) & LVS_OWNERDATA) != 0;
}

/* ask the parent for what MASK names of item I's subitem SUB */
static void get_dispinfo(struct listview *lv, INT i, INT sub, UINT mask, WCHAR *buf, INT len, LVITEMW *out)
{
    NMLVDISPINFOW di;
    char abuf[1024];
    memset(&di, 0, sizeof(di));
    di.item.mask = mask;
    di.item.iItem = i;
    di.item.iSubItem = sub;
    di.item.iImage = 0;
    if (!owner_data(lv)) di.item.lParam = lv->items[i]->lparam;
    if (mask & LVIF_TEXT) {
        if (lv->unicode) {
            buf[0] = 0;
            di.item.pszText = buf;
            di.item.cchTextMax = len;
        } else {
            abuf[0] = 0;
            di.item.pszText = (WCHAR *)abuf;
            di.item.cchTextMax = len < (INT)sizeof(abuf) ? len : (INT)sizeof(abuf);
        }
    }
    lv_notify(lv, lv->unicode ? LVN_GETDISPINFOW : LVN_GETDISPINFOA, &di.hdr);
    if (mask & LVIF_TEXT) {
        const void *text = di.item.pszText;
        if (!text || text == LPSTR_TEXTCALLBACKW) buf[0] = 0;
        else if (lv->unicode) {
            if (text != buf) {
                INT n = 0;
                while (n < len - 1 && ((const WCHAR *)text)[n]) { buf[n] = ((const WCHAR *)text)[n]; n++; }
                buf[n] = 0;
            }
        } else if (!MultiByteToWideChar(CP_ACP, 0, text, -1, buf, len)) buf[len - 1] = 0;
    }
    if (out) *out = di.item;
}

UINT lv_get_state(struct listview *lv, INT i)
{
    if (i < 0 || i >= lv->count) return 0;
    if (owner_data(lv)) return lv->ostate[i];
    return lv->items[i]->state;
}

WCHAR *lv_get_text(struct listview *lv, INT i, INT sub, WCHAR *buf, INT len)
{
    const WCHAR *t = NULL;
    buf[0] = 0;
    if (i < 0 || i >= lv->count) return buf;
    if (owner_data(lv)) t = LPSTR_TEXTCALLBACKW;
    else if (sub == 0) t = lv->items[i]->text;
    else if (sub < lv->items[i]->nsub && lv->items[i]->sub[sub]) t = lv->items[i]->sub[sub];
    else if (sub < lv->ncols) t = LPSTR_TEXTCALLBACKW;   /* never set: comctl32 asks the parent */
    if (t == LPSTR_TEXTCALLBACKW) {
        get_dispinfo(lv, i, sub, LVIF_TEXT, buf, len, NULL);
        return buf;
    }
    return t ? (WCHAR *)t : buf;
}

INT lv_get_image(struct listview *lv, INT i)
{
    LVITEMW item;
    WCHAR dummy[1];
    if (i < 0 || i >= lv->count) return -1;
    if (!owner_data(lv) && lv->items[i]->image != I_IMAGECALLBACK) return lv->items[i]->image;
    if (!lv->small && !lv->normal) return -1;
    get_dispinfo(lv, i, 0, LVIF_IMAGE, dummy, 1, &item);
    return item.iImage;
}

LPARAM lv_get_param(struct listview *lv, INT i)
{
    if (i < 0 || i >= lv->count || owner_data(lv)) return 0;
    return lv->items[i]->lparam;
}

/* ---- items ---- */

static void free_item(struct lv_item *it)
{
    if (lv_is_text_ptr(it->text)) free(it->text);
    for (INT s = 1; s < it->nsub; s++)
        if (lv_is_text_ptr(it->sub[s])) free(it->sub[s]);
    free(it->sub);
    free(it);
}

static WCHAR *dup_text(const WCHAR *text, BOOL unicode)
{
    if (text == LPSTR_TEXTCALLBACKW) return LPSTR_TEXTCALLBACKW;
    return text ? str_dup_aw(text, unicode) : NULL;
}

static BOOL set_sub_text(struct lv_item *it, INT sub, const WCHAR *text, BOOL unicode)
{
    if (sub == 0) {
        if (lv_is_text_ptr(it->text)) free(it->text);
        it->text = dup_text(text, unicode);
        return TRUE;
    }
    if (sub >= it->nsub) {
        WCHAR **s = realloc(it->sub, (sub + 1) * sizeof(*s));
        if (!s) return FALSE;
        memset(&s[it->nsub], 0, (sub + 1 - it->nsub) * sizeof(*s));
        it->sub = s;
        it->nsub = sub + 1;
    }
    if (lv_is_text_ptr(it->sub[sub])) free(it->sub[sub]);
    it->sub[sub] = dup_text(text, unicode);
    return TRUE;
}

static INT compare_text(const WCHAR *a, const WCHAR *b)
{
    return wcs_icmp(lv_is_text_ptr(a) ? a : u"", lv_is_text_ptr(b) ? b : u"");
}

static BOOL set_state(struct listview *lv, INT i, UINT state, UINT mask);

/* change item I's state bits MASK to STATE, with the notifications; a
 * program's request (ASKED) gets LVN_ITEMCHANGING even when nothing
 * changes, as comctl32 does, the control's own changes only when */
static BOOL change_state(struct listview *lv, INT i, UINT state, UINT mask, BOOL asked)
{
    UINT old = lv_get_state(lv, i), new = (old & ~mask) | (state & mask);
    if (i < 0 || i >= lv->count) return FALSE;
    if (old == new && !asked) return TRUE;
    LPARAM param = lv_get_param(lv, i);
    if (notify_lv(lv, LVN_ITEMCHANGING, i, 0, new, old, LVIF_STATE, param)) return FALSE;
    if (old == new) return TRUE;
    /* one focused item: the focus moves */
    if ((new & LVIS_FOCUSED) && !(old & LVIS_FOCUSED)) {
        if (lv->focus >= 0 && lv->focus != i) set_state(lv, lv->focus, 0, LVIS_FOCUSED);
        lv->focus = i;
    } else if (!(new & LVIS_FOCUSED) && lv->focus == i) lv->focus = -1;
    if (owner_data(lv)) lv->ostate[i] = (BYTE)(new & (LVIS_FOCUSED | LVIS_SELECTED));
    else lv->items[i]->state = new;
    notify_lv(lv, LVN_ITEMCHANGED, i, 0, new, old, LVIF_STATE, param);
    lv_invalidate_item(lv, i);
    return TRUE;
}

static BOOL set_state(struct listview *lv, INT i, UINT state, UINT mask)
{
    return change_state(lv, i, state, mask, FALSE);
}

static void select_item(struct listview *lv, INT i, BOOL sel)
{
    if (sel && (GetWindowLongW(lv->hwnd, GWL_STYLE) & LVS_SINGLESEL)) {
        for (INT j = 0; j < lv->count; j++)
            if (j != i && (lv_get_state(lv, j) & LVIS_SELECTED)) set_state(lv, j, 0, LVIS_SELECTED);
    }
    set_state(lv, i, sel ? LVIS_SELECTED : 0, LVIS_SELECTED);
}

static LRESULT set_item_state(struct listview *lv, INT i, const LVITEMW *item)
{
    UINT mask = item->stateMask, state = item->state;
    if (i == -1) {
        if (owner_data(lv) && !(mask & LVIS_FOCUSED)) {
            /* owner data: one notification for the lot */
            for (INT j = 0; j < lv->count; j++)
                lv->ostate[j] = (BYTE)((lv->ostate[j] & ~mask) | (state & mask));
            notify_lv(lv, LVN_ITEMCHANGED, -1, 0, state & mask, 0, LVIF_STATE, 0);
            InvalidateRect(lv->hwnd, NULL, TRUE);
            return TRUE;
        }
        for (INT j = 0; j < lv->count; j++) change_state(lv, j, state, mask & ~LVIS_FOCUSED, TRUE);
        return TRUE;
    }
    if (i < 0 || i >= lv->count) return FALSE;
    if ((mask & LVIS_SELECTED) && (state & LVIS_SELECTED) &&
        (GetWindowLongW(lv->hwnd, GWL_STYLE) & LVS_SINGLESEL)) {
        for (INT j = 0; j < lv->count; j++)
            if (j != i && (lv_get_state(lv, j) & LVIS_SELECTED)) set_state(lv, j, 0, LVIS_SELECTED);
    }
    return change_state(lv, i, state, mask, TRUE);
}

static LRESULT set_item_count(struct listview *lv, INT n);

static INT sorted_position(struct listview *lv, const WCHAR *text)
{
    DWORD style = GetWindowLongW(lv->hwnd, GWL_STYLE);
    INT i = 0;
    if (!(style & (LVS_SORTASCENDING | LVS_SORTDESCENDING)) || !lv_is_text_ptr(text)) return -1;
    for (; i < lv->count; i++) {
        INT c = compare_text(text, lv->items[i]->text);
        if ((style & LVS_SORTASCENDING) ? c < 0 : c > 0) break;
    }
    return i;
}

static LRESULT insert_item(struct listview *lv, const LVITEMW *in, BOOL unicode)
{
    if (!in || in->iSubItem) return -1;
    /* owner data: the item is only counted */
    if (owner_data(lv)) return set_item_count(lv, lv->count + 1) ? lv->count - 1 : -1;
    INT i = in->iItem;
    if (i < 0) return -1;
    if (i > lv->count) i = lv->count;
    struct lv_item *it = calloc(1, sizeof(*it));
    struct lv_item **items = realloc(lv->items, (lv->count + 1) * sizeof(*items));
    if (!it || !items) { free(it); if (items) lv->items = items; return -1; }
    lv->items = items;
    it->image = (in->mask & LVIF_IMAGE) ? in->iImage : 0;
    if (in->mask & LVIF_PARAM) it->lparam = in->lParam;
    if (in->mask & LVIF_INDENT) it->indent = in->iIndent;
    if (in->mask & LVIF_TEXT) it->text = dup_text(in->pszText, unicode);
    if (lv->exstyle & LVS_EX_CHECKBOXES) it->state = 1 << 12;
    INT pos = sorted_position(lv, it->text);
    if (pos >= 0) i = pos;
    memmove(&items[i + 1], &items[i], (lv->count - i) * sizeof(*items));
    items[i] = it;
    lv->count++;
    if (lv->focus >= i) lv->focus++;
    if (lv->mark >= i) lv->mark++;
    notify_lv(lv, LVN_INSERTITEM, i, 0, 0, 0, 0, 0);
    if ((in->mask & LVIF_STATE) && (in->stateMask & in->state))
        set_item_state(lv, i, in);
    lv_update_scroll(lv);
    InvalidateRect(lv->hwnd, NULL, TRUE);
    return i;
}

static LRESULT delete_item(struct listview *lv, INT i)
{
    if (i < 0 || i >= lv->count) return FALSE;
    if (i == lv->edit_item) lv_end_edit(lv, FALSE);
    if (!owner_data(lv)) change_state(lv, i, 0, LVIS_SELECTED | LVIS_FOCUSED, TRUE);
    notify_lv(lv, LVN_DELETEITEM, i, 0, 0, 0, 0, lv_get_param(lv, i));
    if (owner_data(lv)) memmove(&lv->ostate[i], &lv->ostate[i + 1], lv->count - i - 1);
    else {
        free_item(lv->items[i]);
        memmove(&lv->items[i], &lv->items[i + 1], (lv->count - i - 1) * sizeof(*lv->items));
    }
    lv->count--;
    if (lv->focus == i) lv->focus = -1;
    else if (lv->focus > i) lv->focus--;
    if (lv->mark == i) lv->mark = -1;
    else if (lv->mark > i) lv->mark--;
    lv_update_scroll(lv);
    lv_scroll_to(lv, lv->top, lv->xoff);
    InvalidateRect(lv->hwnd, NULL, TRUE);
    return TRUE;
}

static LRESULT delete_all(struct listview *lv)
{
    lv_end_edit(lv, FALSE);
    if (!lv->count) return TRUE;
    BOOL quiet = notify_lv(lv, LVN_DELETEALLITEMS, -1, 0, 0, 0, 0, 0) != 0 || owner_data(lv);
    for (INT i = 0; i < lv->count; i++) {
        if (!quiet) notify_lv(lv, LVN_DELETEITEM, i, 0, 0, 0, 0, lv_get_param(lv, i));
        if (!owner_data(lv)) free_item(lv->items[i]);
    }
    lv->count = 0;
    lv->focus = lv->mark = -1;
    lv->top = lv->xoff = 0;
    lv_update_scroll(lv);
    lv_layout_header(lv);
    InvalidateRect(lv->hwnd, NULL, TRUE);
    return TRUE;
}

static LRESULT set_item(struct listview *lv, const LVITEMW *in, BOOL unicode)
{
    if (!in || in->iItem < 0 || in->iItem >= lv->count) return FALSE;
    INT i = in->iItem;
    if (owner_data(lv)) {
        if (in->iSubItem || !(in->mask & LVIF_STATE)) return !(in->mask & ~LVIF_STATE);
        return set_item_state(lv, i, in);
    }
    if (in->iSubItem < 0 || (in->iSubItem && in->iSubItem >= lv->ncols)) return FALSE;
    struct lv_item *it = lv->items[i];
    UINT changed = in->mask & (LVIF_TEXT | LVIF_IMAGE | LVIF_PARAM | LVIF_INDENT);
    if (in->iSubItem) changed &= LVIF_TEXT;
    if (changed) {
        if (notify_lv(lv, LVN_ITEMCHANGING, i, 0, 0, 0, changed, it->lparam)) return FALSE;
        if (changed & LVIF_TEXT) set_sub_text(it, in->iSubItem, in->pszText, unicode);
        if (changed & LVIF_IMAGE) it->image = in->iImage;
        if (changed & LVIF_PARAM) it->lparam = in->lParam;
        if (changed & LVIF_INDENT) it->indent = in->iIndent;
        notify_lv(lv, LVN_ITEMCHANGED, i, 0, 0, 0, changed, it->lparam);
        lv_invalidate_item(lv, i);
    }
    if ((in->mask & LVIF_STATE) && !in->iSubItem) return set_item_state(lv, i, in);
    return TRUE;
}

/* copy TEXT to a program's LVITEM / LVCOLUMN buffer; returns the length */
static INT copy_text_out(const WCHAR *text, void *buf, INT max, BOOL unicode)
{
    if (!buf || max <= 0) return 0;
    if (!text) text = u"";
    if (unicode) {
        INT n = (INT)wcs_len(text);
        if (n > max - 1) n = max - 1;
        memcpy(buf, text, n * sizeof(WCHAR));
        ((WCHAR *)buf)[n] = 0;
        return n;
    }
    INT n = WideCharToMultiByte(CP_ACP, 0, text, -1, buf, max, NULL, NULL);
    if (!n) { ((char *)buf)[max - 1] = 0; return max - 1; }
    return n - 1;
}

static LRESULT get_item(struct listview *lv, LVITEMW *out, BOOL unicode)
{
    WCHAR buf[1024];
    if (!out || out->iItem < 0 || out->iItem >= lv->count) return FALSE;
    INT i = out->iItem;
    if (out->mask & LVIF_STATE) out->state = lv_get_state(lv, i) & out->stateMask;
    if (owner_data(lv) && (out->mask & ~LVIF_STATE)) {
        /* everything else comes from the parent, into the caller's buffers */
        LVITEMW got;
        get_dispinfo(lv, i, out->iSubItem, out->mask & ~LVIF_STATE, buf, 1024, &got);
        if (out->mask & LVIF_TEXT) copy_text_out(buf, out->pszText, out->cchTextMax, unicode);
        if (out->mask & LVIF_IMAGE) out->iImage = got.iImage;
        if (out->mask & LVIF_PARAM) out->lParam = got.lParam;
        if (out->mask & LVIF_INDENT) out->iIndent = got.iIndent;
        return TRUE;
    }
    if (owner_data(lv)) return TRUE;
    struct lv_item *it = lv->items[i];
    if (out->iSubItem < 0 || (out->iSubItem && out->iSubItem >= lv->ncols)) return FALSE;
    if (out->mask & LVIF_TEXT) {
        const WCHAR *t = lv_get_text(lv, i, out->iSubItem, buf, 1024);
        copy_text_out(t, out->pszText, out->cchTextMax, unicode);
    }
    if (out->mask & LVIF_IMAGE) out->iImage = out->iSubItem ? 0 : it->image;
    if (out->mask & LVIF_PARAM) out->lParam = it->lparam;
    if (out->mask & LVIF_INDENT) out->iIndent = it->indent;
    return TRUE;
}

static LRESULT find_item(struct listview *lv, INT start, const LVFINDINFOW *fi, BOOL unicode)
{
    WCHAR buf[1024], *want = NULL;
    LRESULT ret = -1;
    if (!fi || !lv->count) return -1;
    if (fi->flags & (LVFI_STRING | LVFI_PARTIAL)) {
        if (!fi->psz) return -1;
        want = str_dup_aw(fi->psz, unicode);
        if (!want) return -1;
    }
    size_t wlen = want ? wcs_len(want) : 0;
    INT first = start < 0 ? 0 : start + 1;
    INT n = (fi->flags & LVFI_WRAP) ? lv->count : lv->count - first;
    for (INT k = 0; k < n; k++) {
        INT i = (first + k) % lv->count;
        if (fi->flags & LVFI_PARAM) {
            if (owner_data(lv) || lv->items[i]->lparam != fi->lParam) continue;
        }
        if (want) {
            const WCHAR *t = lv_get_text(lv, i, 0, buf, 1024);
            if ((fi->flags & LVFI_PARTIAL) ? wcs_nicmp(t, want, wlen) : wcs_icmp(t, want)) continue;
        }
        ret = i;
        break;
    }
    free(want);
    return ret;
}

static LRESULT get_next_item(struct listview *lv, INT start, UINT flags)
{
    UINT want = flags & (LVNI_SELECTED | LVNI_FOCUSED | LVNI_CUT | LVNI_DROPHILITED);
    UINT want_state = ((flags & LVNI_SELECTED) ? LVIS_SELECTED : 0) | ((flags & LVNI_FOCUSED) ? LVIS_FOCUSED : 0)
                    | ((flags & LVNI_CUT) ? LVIS_CUT : 0) | ((flags & LVNI_DROPHILITED) ? LVIS_DROPHILITED : 0);
    INT step = 1, per = lv_per_line(lv);
    if (flags & LVNI_ABOVE) step = lv_view(lv) == LVS_LIST ? -1 : -per;
    else if (flags & LVNI_BELOW) step = lv_view(lv) == LVS_LIST ? 1 : per;
    else if (flags & LVNI_TOLEFT) step = lv_view(lv) == LVS_LIST ? -per : -1;
    else if (flags & LVNI_TORIGHT) step = lv_view(lv) == LVS_LIST ? per : 1;
    else if (!want && start < lv->count - 1 && start >= -1) return start + 1;
    (void)want;
    if (step == 1 && start < -1) start = -1;
    if (step != 1 && (start < 0 || start >= lv->count)) return -1;
    for (INT i = start + step; i >= 0 && i < lv->count; i += step)
        if ((lv_get_state(lv, i) & want_state) == want_state) return i;
    return -1;
}

/* a stable merge sort of the item pointers with the program's comparison */
struct sort_ctx {
    struct listview *lv;
    PFNLVCOMPARE cmp;
    LPARAM data;
    BOOL ex;                /* LVM_SORTITEMSEX: the comparison gets indices */
    INT *index;             /* the items' indices before the sort */
};

static INT sort_compare(struct sort_ctx *c, INT a, INT b)
{
    if (c->ex) return c->cmp(c->index[a], c->index[b], c->data);
    return c->cmp(c->lv->items[a]->lparam, c->lv->items[b]->lparam, c->data);
}

static LRESULT sort_items(struct listview *lv, PFNLVCOMPARE cmp, LPARAM data, BOOL ex)
{
    if (!cmp || owner_data(lv) || lv->in_sort) return FALSE;
    INT n = lv->count;
    struct lv_item **tmp = malloc((n + 1) * sizeof(*tmp)), **src = lv->items;
    INT *order = malloc((n + 1) * sizeof(INT)), *otmp = malloc((n + 1) * sizeof(INT));
    struct sort_ctx c = { lv, cmp, data, ex, NULL };
    if (!tmp || !order || !otmp) { free(tmp); free(order); free(otmp); return FALSE; }
    for (INT i = 0; i < n; i++) order[i] = i;
    struct lv_item *focused = lv->focus >= 0 ? lv->items[lv->focus] : NULL;
    struct lv_item *marked = lv->mark >= 0 ? lv->items[lv->mark] : NULL;
    c.index = malloc((n + 1) * sizeof(INT));
    if (!c.index) { free(tmp); free(order); free(otmp); return FALSE; }
    for (INT i = 0; i < n; i++) c.index[i] = i;
    lv->in_sort = TRUE;
    /* bottom-up merge of ORDER (positions into the unsorted array) */
    for (INT width = 1; width < n; width *= 2) {
        for (INT lo = 0; lo < n; lo += 2 * width) {
            INT mid = lo + width < n ? lo + width : n, hi = lo + 2 * width < n ? lo + 2 * width : n;
            INT a = lo, b = mid, k = lo;
            while (a < mid && b < hi) otmp[k++] = sort_compare(&c, order[a], order[b]) <= 0 ? order[a++] : order[b++];
            while (a < mid) otmp[k++] = order[a++];
            while (b < hi) otmp[k++] = order[b++];
        }
        memcpy(order, otmp, n * sizeof(INT));
    }
    lv->in_sort = FALSE;
    for (INT i = 0; i < n; i++) tmp[i] = src[order[i]];
    memcpy(lv->items, tmp, n * sizeof(*tmp));
    for (INT i = 0; i < n; i++) {
        if (lv->items[i] == focused) lv->focus = i;
        if (lv->items[i] == marked) lv->mark = i;
    }
    free(tmp);
    free(order);
    free(otmp);
    free(c.index);
    InvalidateRect(lv->hwnd, NULL, TRUE);
    return TRUE;
}

/* ---- columns ---- */

static void header_item(const LVCOLUMNW *col, HDITEMW *hd)
{
    memset(hd, 0, sizeof(*hd));
    if (col->mask & LVCF_FMT) {
        hd->mask |= HDI_FORMAT;
        hd->fmt = (col->fmt & LVCFMT_JUSTIFYMASK) | HDF_STRING;
    }
    if (col->mask & LVCF_WIDTH) {
        hd->mask |= HDI_WIDTH;
        hd->cxy = col->cx;
    }
    if (col->mask & LVCF_TEXT) {
        hd->mask |= HDI_TEXT | HDI_FORMAT;
        hd->fmt |= HDF_STRING;
        hd->pszText = col->pszText;
    }
}

static void create_header(struct listview *lv)
{
    DWORD style = GetWindowLongW(lv->hwnd, GWL_STYLE);
    if (lv->header) return;
    lv->header = CreateWindowExW(0, WC_HEADERW, NULL,
                                 WS_CHILD | HDS_HORZ | ((style & LVS_NOSORTHEADER) ? 0 : HDS_BUTTONS),
                                 0, 0, 0, 0, lv->hwnd, NULL, comctl32_instance, NULL);
    if (lv->font) SendMessageW(lv->header, WM_SETFONT, (WPARAM)lv->font, FALSE);
    lv_layout_header(lv);
}

static LRESULT insert_column(struct listview *lv, INT c, const LVCOLUMNW *in, BOOL unicode)
{
    HDITEMW hd;
    if (!in || c < 0) return -1;
    if (c > lv->ncols) c = lv->ncols;
    struct lv_column *cols = realloc(lv->cols, (lv->ncols + 1) * sizeof(*cols));
    if (!cols) return -1;
    lv->cols = cols;
    create_header(lv);
    header_item(in, &hd);
    /* column 0 is always left-aligned */
    if (c == 0) hd.fmt &= ~HDF_JUSTIFYMASK;
    if (SendMessageW(lv->header, unicode ? HDM_INSERTITEMW : HDM_INSERTITEMA, c, (LPARAM)&hd) < 0) return -1;
    memmove(&cols[c + 1], &cols[c], (lv->ncols - c) * sizeof(*cols));
    memset(&cols[c], 0, sizeof(*cols));
    cols[c].fmt = (in->mask & LVCF_FMT) ? in->fmt : 0;
    if (c == 0) cols[c].fmt &= ~LVCFMT_JUSTIFYMASK;
    cols[c].cx = (in->mask & LVCF_WIDTH) ? in->cx : 0;
    cols[c].subitem = (in->mask & LVCF_SUBITEM) ? in->iSubItem : 0;
    cols[c].image = (in->mask & LVCF_IMAGE) ? in->iImage : 0;
    if (in->mask & LVCF_TEXT) cols[c].text = dup_text(in->pszText, unicode);
    lv->ncols++;
    /* the subitems at or after the new column move one to the right */
    if (c > 0 && c < lv->ncols - 1 && !owner_data(lv)) {
        for (INT i = 0; i < lv->count; i++) {
            struct lv_item *it = lv->items[i];
            if (c >= it->nsub) continue;
            if (!set_sub_text(it, it->nsub, NULL, TRUE)) continue;
            memmove(&it->sub[c + 1], &it->sub[c], (it->nsub - 1 - c) * sizeof(WCHAR *));
            it->sub[c] = NULL;
        }
    }
    lv_update_scroll(lv);
    InvalidateRect(lv->hwnd, NULL, TRUE);
    return c;
}

static LRESULT delete_column(struct listview *lv, INT c)
{
    if (c < 0 || c >= lv->ncols) return FALSE;
    SendMessageW(lv->header, HDM_DELETEITEM, c, 0);
    if (lv_is_text_ptr(lv->cols[c].text)) free(lv->cols[c].text);
    memmove(&lv->cols[c], &lv->cols[c + 1], (lv->ncols - c - 1) * sizeof(*lv->cols));
    lv->ncols--;
    if (c > 0 && !owner_data(lv)) {
        for (INT i = 0; i < lv->count; i++) {
            struct lv_item *it = lv->items[i];
            if (c >= it->nsub) continue;
            if (lv_is_text_ptr(it->sub[c])) free(it->sub[c]);
            memmove(&it->sub[c], &it->sub[c + 1], (it->nsub - c - 1) * sizeof(WCHAR *));
            it->nsub--;
        }
    }
    lv_update_scroll(lv);
    InvalidateRect(lv->hwnd, NULL, TRUE);
    return TRUE;
}

static LRESULT set_column(struct listview *lv, INT c, const LVCOLUMNW *in, BOOL unicode)
{
    HDITEMW hd;
    if (!in || c < 0 || c >= lv->ncols) return FALSE;
    header_item(in, &hd);
    if (c == 0) hd.fmt &= ~HDF_JUSTIFYMASK;
    SendMessageW(lv->header, unicode ? HDM_SETITEMW : HDM_SETITEMA, c, (LPARAM)&hd);
    if (in->mask & LVCF_FMT) lv->cols[c].fmt = c ? in->fmt : in->fmt & ~LVCFMT_JUSTIFYMASK;
    if (in->mask & LVCF_WIDTH) lv->cols[c].cx = in->cx;
    if (in->mask & LVCF_SUBITEM) lv->cols[c].subitem = in->iSubItem;
    if (in->mask & LVCF_IMAGE) lv->cols[c].image = in->iImage;
    if (in->mask & LVCF_TEXT) {
        if (lv_is_text_ptr(lv->cols[c].text)) free(lv->cols[c].text);
        lv->cols[c].text = dup_text(in->pszText, unicode);
    }
    lv_update_scroll(lv);
    InvalidateRect(lv->hwnd, NULL, TRUE);
    return TRUE;
}

static LRESULT get_column(struct listview *lv, INT c, LVCOLUMNW *out, BOOL unicode)
{
    if (!out || c < 0 || c >= lv->ncols) return FALSE;
    if (out->mask & LVCF_FMT) out->fmt = lv->cols[c].fmt;
    if (out->mask & LVCF_WIDTH) out->cx = lv->cols[c].cx;
    if (out->mask & LVCF_SUBITEM) out->iSubItem = lv->cols[c].subitem;
    if (out->mask & LVCF_IMAGE) out->iImage = lv->cols[c].image;
    if (out->mask & LVCF_ORDER) {
        INT *order = malloc(lv->ncols * sizeof(INT));
        out->iOrder = c;
        if (order && SendMessageW(lv->header, HDM_GETORDERARRAY, lv->ncols, (LPARAM)order))
            for (INT k = 0; k < lv->ncols; k++)
                if (order[k] == c) out->iOrder = k;
        free(order);
    }
    if (out->mask & LVCF_TEXT)
        copy_text_out(lv_is_text_ptr(lv->cols[c].text) ? lv->cols[c].text : NULL, out->pszText, out->cchTextMax,
                      unicode);
    return TRUE;
}

static void set_column_cx(struct listview *lv, INT c, INT cx)
{
    HDITEMW hd;
    memset(&hd, 0, sizeof(hd));
    hd.mask = HDI_WIDTH;
    hd.cxy = cx;
    lv->cols[c].cx = cx;
    SendMessageW(lv->header, HDM_SETITEMW, c, (LPARAM)&hd);
}

static LRESULT set_column_width(struct listview *lv, INT c, INT cx)
{
    WCHAR buf[1024];
    UINT view = lv_view(lv);
    if (view == LVS_LIST) {
        if (c != 0 || cx < 0) return FALSE;
        lv->list_cx = cx;
        lv_update_scroll(lv);
        InvalidateRect(lv->hwnd, NULL, TRUE);
        return TRUE;
    }
    if (view != LVS_REPORT || c < 0 || c >= lv->ncols) return FALSE;
    if (cx == LVSCW_AUTOSIZE || cx == LVSCW_AUTOSIZE_USEHEADER) {
        INT w = 0;
        for (INT i = 0; i < lv->count; i++) {
            INT t = lv_string_width(lv, lv_get_text(lv, i, c, buf, 1024));
            if (t > w) w = t;
        }
        w += 12;
        if (c == 0) {
            RECT icon;
            if (lv->count && lv_item_rect(lv, 0, LVIR_ICON, &icon)) w += icon.right - (lv_column_left(lv, 0) - lv->xoff);
        }
        if (cx == LVSCW_AUTOSIZE_USEHEADER) {
            INT h = lv_string_width(lv, lv->cols[c].text) + 12;
            if (h > w) w = h;
            /* the last column fills what is left of the window */
            if (c == lv->ncols - 1) {
                RECT rc;
                GetClientRect(lv->hwnd, &rc);
                INT rest = rc.right - (lv_total_width(lv) - lv->cols[c].cx);
                if (rest > w) w = rest;
            }
        }
        cx = w;
    }
    set_column_cx(lv, c, cx);
    lv_update_scroll(lv);
    InvalidateRect(lv->hwnd, NULL, TRUE);
    return TRUE;
}

/* ---- keyboard and mouse ---- */

/* make I the focused item and, unless only the focus moves, the selection
 * (EXTEND: from the anchor to I) */
static void focus_select(struct listview *lv, INT i, BOOL extend, BOOL focus_only)
{
    if (i < 0 || i >= lv->count) return;
    DWORD style = GetWindowLongW(lv->hwnd, GWL_STYLE);
    if (focus_only) {
        set_state(lv, i, LVIS_FOCUSED, LVIS_FOCUSED);
    } else if (extend && !(style & LVS_SINGLESEL) && lv->mark >= 0) {
        INT lo = lv->mark < i ? lv->mark : i, hi = lv->mark < i ? i : lv->mark;
        for (INT j = 0; j < lv->count; j++)
            if (j < lo || j > hi) set_state(lv, j, 0, LVIS_SELECTED);
        for (INT j = lo; j <= hi; j++) set_state(lv, j, LVIS_SELECTED, LVIS_SELECTED);
        set_state(lv, i, LVIS_FOCUSED, LVIS_FOCUSED);
    } else {
        for (INT j = 0; j < lv->count; j++)
            if (j != i) set_state(lv, j, 0, LVIS_SELECTED);
        set_state(lv, i, LVIS_SELECTED | LVIS_FOCUSED, LVIS_SELECTED | LVIS_FOCUSED);
        lv->mark = i;
    }
    lv_ensure_visible(lv, i, FALSE);
}

static void incremental_search(struct listview *lv, WCHAR ch)
{
    WCHAR buf[1024];
    DWORD now = GetMessageTime();
    if (now - lv->search_time > SEARCH_TIMEOUT) lv->nsearch = 0;
    lv->search_time = now;
    if (lv->nsearch < (INT)(sizeof(lv->search) / sizeof(WCHAR)) - 1) lv->search[lv->nsearch++] = ch;
    lv->search[lv->nsearch] = 0;
    if (!lv->count) return;
    /* one letter repeated steps through the items starting with it */
    BOOL same = lv->nsearch > 1;
    for (INT k = 1; k < lv->nsearch; k++) same = same && lv->search[k] == lv->search[0];
    INT len = same ? 1 : lv->nsearch;
    INT start = lv->focus < 0 ? 0 : (lv->nsearch == 1 || same ? lv->focus + 1 : lv->focus);
    for (INT k = 0; k < lv->count; k++) {
        INT i = (start + k) % lv->count;
        if (!wcs_nicmp(lv_get_text(lv, i, 0, buf, 1024), lv->search, len)) {
            focus_select(lv, i, FALSE, FALSE);
            return;
        }
    }
}

static void key_down(struct listview *lv, WPARAM vk)
{
    NMLVKEYDOWN nm;
    memset(&nm, 0, sizeof(nm));
    nm.wVKey = (WORD)vk;
    lv_notify(lv, LVN_KEYDOWN, &nm.hdr);
    if (!lv->count) return;
    BOOL shift = GetKeyState(VK_SHIFT) < 0, ctrl = GetKeyState(VK_CONTROL) < 0;
    INT cur = lv->focus, per = lv_per_line(lv), page = lv_count_per_page(lv), next = -1;
    UINT view = lv_view(lv);
    BOOL across = view == LVS_ICON || view == LVS_SMALLICON;
    if (page < 1) page = 1;
    switch (vk) {
    case VK_UP: next = cur < 0 ? 0 : cur - (across ? per : 1); break;
    case VK_DOWN: next = cur < 0 ? 0 : cur + (across ? per : 1); break;
    case VK_LEFT: next = view == LVS_REPORT ? -1 : cur - (view == LVS_LIST ? per : 1); break;
    case VK_RIGHT: next = view == LVS_REPORT ? -1 : cur + (view == LVS_LIST ? per : 1); break;
    case VK_HOME: next = 0; break;
    case VK_END: next = lv->count - 1; break;
    case VK_PRIOR: next = cur - page; if (next < 0) next = 0; break;
    case VK_NEXT: next = cur + page; if (next >= lv->count) next = lv->count - 1; break;
    case VK_SPACE:
        if (cur < 0) return;
        if (lv->exstyle & LVS_EX_CHECKBOXES) {
            UINT s = lv_get_state(lv, cur) & LVIS_STATEIMAGEMASK;
            set_state(lv, cur, s == (2u << 12) ? 1u << 12 : 2u << 12, LVIS_STATEIMAGEMASK);
        } else if (ctrl) select_item(lv, cur, !(lv_get_state(lv, cur) & LVIS_SELECTED));
        else select_item(lv, cur, TRUE);
        return;
    case VK_RETURN: {
        NMITEMACTIVATE nma;
        memset(&nma, 0, sizeof(nma));
        lv_notify(lv, NM_RETURN, &nma.hdr);
        nma.iItem = cur;
        lv_notify(lv, LVN_ITEMACTIVATE, &nma.hdr);
        return;
    }
    default: return;
    }
    if (view == LVS_REPORT && (vk == VK_LEFT || vk == VK_RIGHT)) {
        lv_scroll_to(lv, lv->top, lv->xoff + (vk == VK_LEFT ? -10 : 10));
        return;
    }
    if (next < 0 || next >= lv->count) return;
    focus_select(lv, next, shift, ctrl && !shift);
}

static void mouse_down(struct listview *lv, UINT msg, WPARAM keys, POINT pt)
{
    LVHITTESTINFO ht;
    DWORD style = GetWindowLongW(lv->hwnd, GWL_STYLE);
    if (GetFocus() != lv->hwnd) SetFocus(lv->hwnd);
    ht.pt = pt;
    lv_hittest(lv, &ht, TRUE);
    if (msg == WM_LBUTTONDBLCLK) {
        notify_click(lv, NM_DBLCLK, &ht);
        if (ht.iItem >= 0) notify_click(lv, LVN_ITEMACTIVATE, &ht);
        return;
    }
    if (msg == WM_RBUTTONDOWN || msg == WM_RBUTTONDBLCLK) {
        if (ht.iItem >= 0 && !(lv_get_state(lv, ht.iItem) & LVIS_SELECTED)) focus_select(lv, ht.iItem, FALSE, FALSE);
        notify_click(lv, msg == WM_RBUTTONDOWN ? NM_RCLICK : NM_RDBLCLK, &ht);
        return;
    }
    if (ht.iItem < 0) {
        /* a click on nothing clears the selection */
        if (!(keys & (MK_SHIFT | MK_CONTROL)))
            for (INT j = 0; j < lv->count; j++) set_state(lv, j, 0, LVIS_SELECTED);
        return;
    }
    if ((ht.flags & LVHT_ONITEMSTATEICON) && (lv->exstyle & LVS_EX_CHECKBOXES)) {
        UINT s = lv_get_state(lv, ht.iItem) & LVIS_STATEIMAGEMASK;
        set_state(lv, ht.iItem, s == (2u << 12) ? 1u << 12 : 2u << 12, LVIS_STATEIMAGEMASK);
        return;
    }
    if ((keys & MK_CONTROL) && !(style & LVS_SINGLESEL)) {
        select_item(lv, ht.iItem, !(lv_get_state(lv, ht.iItem) & LVIS_SELECTED));
        set_state(lv, ht.iItem, LVIS_FOCUSED, LVIS_FOCUSED);
        lv->mark = ht.iItem;
    } else focus_select(lv, ht.iItem, (keys & MK_SHIFT) != 0, FALSE);
}

static void mouse_up(struct listview *lv, POINT pt)
{
    LVHITTESTINFO ht;
    ht.pt = pt;
    lv_hittest(lv, &ht, TRUE);
    notify_click(lv, NM_CLICK, &ht);
}

/* the header's notifications: clicks become LVN_COLUMNCLICK, new widths
 * are taken; all are passed on to the parent as comctl32 does */
static LRESULT header_notify(struct listview *lv, NMHEADERW *nm)
{
    UINT code = nm->hdr.code;
    if (code == HDN_ITEMCLICKA || code == HDN_ITEMCLICKA - HDN_UNICODE_DELTA)
        notify_lv(lv, LVN_COLUMNCLICK, -1, nm->iItem, 0, 0, 0, 0);
    if ((code == HDN_ITEMCHANGEDA || code == HDN_ITEMCHANGEDA - HDN_UNICODE_DELTA) && nm->pitem &&
        (nm->pitem->mask & HDI_WIDTH) && nm->iItem >= 0 && nm->iItem < lv->ncols) {
        lv->cols[nm->iItem].cx = nm->pitem->cxy;
        lv_update_scroll(lv);
        InvalidateRect(lv->hwnd, NULL, TRUE);
    }
    if (code == HDN_DIVIDERDBLCLICKA || code == HDN_DIVIDERDBLCLICKA - HDN_UNICODE_DELTA)
        set_column_width(lv, nm->iItem, LVSCW_AUTOSIZE);
    /* the list view's header always speaks Unicode; an ANSI parent gets
     * the ANSI code and no item text */
    NMHEADERW copy = *nm;
    HDITEMW item;
    if (!lv->unicode) {
        copy.hdr.code = code + HDN_UNICODE_DELTA;
        if (nm->pitem) {
            item = *nm->pitem;
            item.mask &= ~HDI_TEXT;
            copy.pitem = &item;
        }
    }
    return SendMessageW(lv->notify, WM_NOTIFY, copy.hdr.idFrom, (LPARAM)&copy);
}

/* ---- the window ---- */

static LRESULT lv_create(HWND hwnd, const CREATESTRUCTW *cs)
{
    struct listview *lv = calloc(1, sizeof(*lv));
    if (!lv) return -1;
    lv->hwnd = hwnd;
    lv->notify = cs->hwndParent;
    lv->focus = lv->mark = lv->edit_item = -1;
    lv->bk = GetSysColor(COLOR_WINDOW);
    lv->text = GetSysColor(COLOR_WINDOWTEXT);
    lv->textbk = CLR_DEFAULT;
    LRESULT fmt = SendMessageW(lv->notify, WM_NOTIFYFORMAT, (WPARAM)hwnd, NF_QUERY);
    lv->unicode = fmt == NFR_UNICODE || (fmt != NFR_ANSI && IsWindowUnicode(lv->notify));
    control_set_data(hwnd, lv);
    if ((cs->style & LVS_TYPEMASK) == LVS_REPORT) create_header(lv);
    return 0;
}

static void lv_destroy(struct listview *lv)
{
    lv->edit = NULL;    /* destroyed with us, nothing to save */
    delete_all(lv);
    for (INT c = 0; c < lv->ncols; c++)
        if (lv_is_text_ptr(lv->cols[c].text)) free(lv->cols[c].text);
    free(lv->cols);
    free(lv->items);
    free(lv->ostate);
    if (!(GetWindowLongW(lv->hwnd, GWL_STYLE) & LVS_SHAREIMAGELISTS)) {
        if (lv->small) ImageList_Destroy(lv->small);
        if (lv->normal) ImageList_Destroy(lv->normal);
        if (lv->state_list) ImageList_Destroy(lv->state_list);
    }
    control_set_data(lv->hwnd, NULL);
    free(lv);
}

static LRESULT set_item_count(struct listview *lv, INT n)
{
    if (n < 0) return FALSE;
    if (!owner_data(lv)) return TRUE;   /* a hint for ordinary lists */
    BYTE *s = realloc(lv->ostate, n + 1);
    if (!s) return FALSE;
    if (n > lv->count) memset(s + lv->count, 0, n - lv->count);
    lv->ostate = s;
    lv->count = n;
    if (lv->focus >= n) lv->focus = -1;
    if (lv->mark >= n) lv->mark = -1;
    lv_update_scroll(lv);
    lv_scroll_to(lv, lv->top, lv->xoff);
    InvalidateRect(lv->hwnd, NULL, TRUE);
    return TRUE;
}

static LRESULT set_image_list(struct listview *lv, INT which, HIMAGELIST list)
{
    HIMAGELIST old;
    switch (which) {
    case LVSIL_NORMAL: old = lv->normal; lv->normal = list; break;
    case LVSIL_SMALL: old = lv->small; lv->small = list; break;
    case LVSIL_STATE: old = lv->state_list; lv->state_list = list; break;
    default: return 0;
    }
    lv_update_scroll(lv);
    InvalidateRect(lv->hwnd, NULL, TRUE);
    return (LRESULT)old;
}

static LRESULT item_rect_msg(struct listview *lv, INT i, RECT *rc, BOOL sub)
{
    if (!rc) return FALSE;
    if (sub) return lv_subitem_rect(lv, i, rc->top, rc->left, rc);
    return lv_item_rect(lv, i, rc->left, rc);
}

LRESULT WINAPI listview_proc(HWND hwnd, UINT msg, WPARAM wparam, LPARAM lparam)
{
    struct listview *lv = control_data(hwnd);
    POINT pt = { (SHORT)LOWORD(lparam), (SHORT)HIWORD(lparam) };
    BOOL wide = FALSE;

    if (!lv) {
        if (msg == WM_CREATE) return lv_create(hwnd, (const CREATESTRUCTW *)lparam);
        return DefWindowProcW(hwnd, msg, wparam, lparam);
    }
    switch (msg) {
    case LVM_GETITEMCOUNT: return lv->count;
    case LVM_SETITEMCOUNT: return set_item_count(lv, (INT)wparam);
    case LVM_INSERTITEMW: wide = TRUE; /* fall through */
    case LVM_INSERTITEMA: return insert_item(lv, (const LVITEMW *)lparam, wide);
    case LVM_DELETEITEM: return delete_item(lv, (INT)wparam);
    case LVM_DELETEALLITEMS: return delete_all(lv);
    case LVM_SETITEMW: wide = TRUE; /* fall through */
    case LVM_SETITEMA: return set_item(lv, (const LVITEMW *)lparam, wide);
    case LVM_GETITEMW: wide = TRUE; /* fall through */
    case LVM_GETITEMA: return get_item(lv, (LVITEMW *)lparam, wide);
    case LVM_SETITEMTEXTW: wide = TRUE; /* fall through */
    case LVM_SETITEMTEXTA: {
        LVITEMW item;
        if (!lparam) return FALSE;
        item = *(const LVITEMW *)lparam;
        item.iItem = (INT)wparam;
        item.mask = LVIF_TEXT;
        return set_item(lv, &item, wide);
    }
    case LVM_GETITEMTEXTW: wide = TRUE; /* fall through */
    case LVM_GETITEMTEXTA: {
        LVITEMW *item = (LVITEMW *)lparam;
        WCHAR buf[1024];
        if (!item || (INT)wparam < 0 || (INT)wparam >= lv->count) return 0;
        const WCHAR *t = lv_get_text(lv, (INT)wparam, item->iSubItem, buf, 1024);
        return copy_text_out(t, item->pszText, item->cchTextMax, wide);
    }
    case LVM_SETITEMSTATE:
        return lparam ? set_item_state(lv, (INT)wparam, (const LVITEMW *)lparam) : FALSE;
    case LVM_GETITEMSTATE:
        return lv_get_state(lv, (INT)wparam) & lparam;
    case LVM_GETSELECTEDCOUNT: {
        INT n = 0;
        for (INT i = 0; i < lv->count; i++) n += (lv_get_state(lv, i) & LVIS_SELECTED) != 0;
        return n;
    }
    case LVM_GETNEXTITEM: return get_next_item(lv, (INT)wparam, LOWORD(lparam));
    case LVM_FINDITEMW: wide = TRUE; /* fall through */
    case LVM_FINDITEMA: return find_item(lv, (INT)wparam, (const LVFINDINFOW *)lparam, wide);
    case LVM_SORTITEMS: return sort_items(lv, (PFNLVCOMPARE)lparam, (LPARAM)wparam, FALSE);
    case LVM_SORTITEMSEX: return sort_items(lv, (PFNLVCOMPARE)lparam, (LPARAM)wparam, TRUE);
    case LVM_ENSUREVISIBLE: return lv_ensure_visible(lv, (INT)wparam, (BOOL)lparam);
    case LVM_GETITEMRECT: return item_rect_msg(lv, (INT)wparam, (RECT *)lparam, FALSE);
    case LVM_GETSUBITEMRECT: return item_rect_msg(lv, (INT)wparam, (RECT *)lparam, TRUE);
    case LVM_HITTEST: return lparam ? lv_hittest(lv, (LVHITTESTINFO *)lparam, FALSE) : -1;
    case LVM_SUBITEMHITTEST: return lparam ? lv_hittest(lv, (LVHITTESTINFO *)lparam, TRUE) : -1;
    case LVM_GETTOPINDEX: return lv_top_index(lv);
    case LVM_GETCOUNTPERPAGE: return lv_count_per_page(lv);
    case LVM_SETIMAGELIST: return set_image_list(lv, (INT)wparam, (HIMAGELIST)lparam);
    case LVM_GETIMAGELIST:
        return (LRESULT)(wparam == LVSIL_NORMAL ? lv->normal : wparam == LVSIL_SMALL ? lv->small
                         : wparam == LVSIL_STATE ? lv->state_list : NULL);
    case LVM_SETEXTENDEDLISTVIEWSTYLE: {
        DWORD old = lv->exstyle, mask = wparam ? (DWORD)wparam : ~0u;
        lv->exstyle = (old & ~mask) | ((DWORD)lparam & mask);
        if ((lv->exstyle & LVS_EX_CHECKBOXES) && !(old & LVS_EX_CHECKBOXES) && !owner_data(lv))
            for (INT i = 0; i < lv->count; i++)
                if (!(lv->items[i]->state & LVIS_STATEIMAGEMASK)) lv->items[i]->state |= 1 << 12;
        InvalidateRect(hwnd, NULL, TRUE);
        return old;
    }
    case LVM_GETEXTENDEDLISTVIEWSTYLE: return lv->exstyle;
    case LVM_SETBKCOLOR: lv->bk = (COLORREF)lparam; InvalidateRect(hwnd, NULL, TRUE); return TRUE;
    case LVM_GETBKCOLOR: return lv->bk;
    case LVM_SETTEXTCOLOR: lv->text = (COLORREF)lparam; InvalidateRect(hwnd, NULL, TRUE); return TRUE;
    case LVM_GETTEXTCOLOR: return lv->text;
    case LVM_SETTEXTBKCOLOR: lv->textbk = (COLORREF)lparam; InvalidateRect(hwnd, NULL, TRUE); return TRUE;
    case LVM_GETTEXTBKCOLOR: return lv->textbk;
    case LVM_GETHEADER: return (LRESULT)lv->header;
    case LVM_INSERTCOLUMNW: wide = TRUE; /* fall through */
    case LVM_INSERTCOLUMNA: return insert_column(lv, (INT)wparam, (const LVCOLUMNW *)lparam, wide);
    case LVM_DELETECOLUMN: return delete_column(lv, (INT)wparam);
    case LVM_SETCOLUMNW: wide = TRUE; /* fall through */
    case LVM_SETCOLUMNA: return set_column(lv, (INT)wparam, (const LVCOLUMNW *)lparam, wide);
    case LVM_GETCOLUMNW: wide = TRUE; /* fall through */
    case LVM_GETCOLUMNA: return get_column(lv, (INT)wparam, (LVCOLUMNW *)lparam, wide);
    case LVM_SETCOLUMNWIDTH: return set_column_width(lv, (INT)wparam, (SHORT)LOWORD(lparam));
    case LVM_GETCOLUMNWIDTH:
        if (lv_view(lv) == LVS_LIST) return lv->list_cx;
        if (lv_view(lv) != LVS_REPORT || (INT)wparam < 0 || (INT)wparam >= lv->ncols) return 0;
        return lv->cols[wparam].cx;
    case LVM_SETCOLUMNORDERARRAY:
        return lv->header ? SendMessageW(lv->header, HDM_SETORDERARRAY, wparam, lparam) : FALSE;
    case LVM_GETCOLUMNORDERARRAY:
        return lv->header ? SendMessageW(lv->header, HDM_GETORDERARRAY, wparam, lparam) : FALSE;
    case LVM_GETSTRINGWIDTHW: wide = TRUE; /* fall through */
    case LVM_GETSTRINGWIDTHA: {
        WCHAR *w = lparam ? str_dup_aw((const void *)lparam, wide) : NULL;
        INT r = w ? lv_string_width(lv, w) : 0;
        free(w);
        return r;
    }
    case LVM_GETSELECTIONMARK: return lv->mark;
    case LVM_SETSELECTIONMARK: { INT old = lv->mark; lv->mark = (INT)lparam; return old; }
    case LVM_GETCALLBACKMASK: return 0;
    case LVM_SETCALLBACKMASK: return TRUE;
    case LVM_REDRAWITEMS:
    case LVM_UPDATE:
        InvalidateRect(hwnd, NULL, TRUE);
        return TRUE;
    case LVM_ARRANGE: return TRUE;
    case LVM_SCROLL:
        if (lv_view(lv) == LVS_REPORT) {
            INT h = lv_item_height(lv);
            lv_scroll_to(lv, lv->top + ((INT)lparam + (lparam > 0 ? h - 1 : 0)) / h, lv->xoff + (INT)wparam);
        } else if (lv_view(lv) == LVS_LIST) lv_scroll_to(lv, lv->top + (INT)wparam / 50, 0);
        return TRUE;
    case LVM_GETORIGIN:
        if (!lparam || lv_view(lv) == LVS_REPORT || lv_view(lv) == LVS_LIST) return FALSE;
        ((POINT *)lparam)->x = 0;
        ((POINT *)lparam)->y = lv->top * lv_item_height(lv);
        return TRUE;
    case LVM_GETITEMPOSITION: {
        RECT rc;
        if (!lparam || !lv_item_rect(lv, (INT)wparam, LVIR_BOUNDS, &rc)) return FALSE;
        ((POINT *)lparam)->x = rc.left;
        ((POINT *)lparam)->y = rc.top;
        return TRUE;
    }
    case LVM_GETITEMSPACING: {
        RECT rc;
        lv_item_bounds(lv, 0, &rc);
        return MAKELONG(rc.right - rc.left, lv_item_height(lv));
    }
    case LVM_GETEDITCONTROL: return (LRESULT)lv->edit;
    case LVM_EDITLABELA:
    case LVM_EDITLABELW:
        return (LRESULT)lv_edit_label(lv, (INT)wparam);
    case WM_NOTIFY: {
        NMHDR *hdr = (NMHDR *)lparam;
        if (hdr && hdr->hwndFrom == lv->header && lv->header) return header_notify(lv, (NMHEADERW *)hdr);
        return 0;
    }
    case WM_NOTIFYFORMAT:
        if (lparam == NF_REQUERY) {
            LRESULT fmt = SendMessageW(lv->notify, WM_NOTIFYFORMAT, (WPARAM)hwnd, NF_QUERY);
            lv->unicode = fmt == NFR_UNICODE || (fmt != NFR_ANSI && IsWindowUnicode(lv->notify));
            if (lv->header) SendMessageW(lv->header, WM_NOTIFYFORMAT, (WPARAM)hwnd, NF_REQUERY);
        }
        /* the header asks: this control reads its notifications as Unicode */
        return NFR_UNICODE;
    case WM_SETFONT:
        lv->font = (HFONT)wparam;
        if (lv->header) SendMessageW(lv->header, WM_SETFONT, wparam, lparam);
        lv_layout_header(lv);
        lv_update_scroll(lv);
        if (LOWORD(lparam)) InvalidateRect(hwnd, NULL, TRUE);
        return 0;
    case WM_GETFONT: return (LRESULT)lv->font;
    case WM_STYLECHANGED:
        if ((INT)wparam == GWL_STYLE) {
            if (lv_view(lv) == LVS_REPORT) create_header(lv);
            lv->top = lv->xoff = 0;
            lv_layout_header(lv);
            lv_update_scroll(lv);
            InvalidateRect(hwnd, NULL, TRUE);
        }
        return 0;
    case WM_SIZE:
        lv_layout_header(lv);
        lv_update_scroll(lv);
        return 0;
    case WM_COMMAND:
        return 0;       /* the label edit's notifications */
    case WM_VSCROLL: lv_end_edit(lv, TRUE); lv_on_scroll(lv, SB_VERT, LOWORD(wparam)); return 0;
    case WM_HSCROLL: lv_on_scroll(lv, SB_HORZ, LOWORD(wparam)); return 0;
    case WM_MOUSEWHEEL: {
        INT lines = -(SHORT)HIWORD(wparam) / WHEEL_DELTA * 3;
        if (lv_view(lv) == LVS_LIST) lv_scroll_to(lv, lv->top + lines / 3, lv->xoff);
        else lv_scroll_to(lv, lv->top + lines, lv->xoff);
        return 0;
    }
    case WM_GETDLGCODE: return DLGC_WANTARROWS | DLGC_WANTCHARS;
    case WM_KEYDOWN: key_down(lv, wparam); return 0;
    case WM_CHAR:
        if (wparam > ' ') incremental_search(lv, (WCHAR)wparam);
        return 0;
    case WM_LBUTTONDOWN:
    case WM_LBUTTONDBLCLK:
    case WM_RBUTTONDOWN:
    case WM_RBUTTONDBLCLK:
        mouse_down(lv, msg, wparam, pt);
        return 0;
    case WM_LBUTTONUP: mouse_up(lv, pt); return 0;
    case WM_SETFOCUS: {
        NMHDR hdr;
        lv->has_focus = TRUE;
        lv_notify(lv, NM_SETFOCUS, &hdr);
        InvalidateRect(hwnd, NULL, TRUE);
        return 0;
    }
    case WM_KILLFOCUS: {
        NMHDR hdr;
        lv->has_focus = FALSE;
        lv_notify(lv, NM_KILLFOCUS, &hdr);
        InvalidateRect(hwnd, NULL, TRUE);
        return 0;
    }
    case WM_ERASEBKGND: {
        RECT rc;
        GetClientRect(hwnd, &rc);
        if (lv->bk != CLR_NONE) fill_color((HDC)wparam, &rc, lv->bk);
        return 1;
    }
    case WM_PAINT:
    case WM_PRINTCLIENT: {
        PAINTSTRUCT ps;
        if (msg == WM_PRINTCLIENT) {
            RECT rc;
            GetClientRect(hwnd, &rc);
            if (lv->bk != CLR_NONE) fill_color((HDC)wparam, &rc, lv->bk);
            lv_paint(lv, (HDC)wparam, NULL);
            return 0;
        }
        HDC hdc = BeginPaint(hwnd, &ps);
        lv_paint(lv, hdc, &ps.rcPaint);
        EndPaint(hwnd, &ps);
        return 0;
    }
    case WM_DESTROY:
        lv_destroy(lv);
        return 0;
    }
    return DefWindowProcW(hwnd, msg, wparam, lparam);
}
