/*
 * The header control ("SysHeader32"): a row of column titles. Items are
 * kept by index; a separate order array says where each one is shown
 * (HDM_SETORDERARRAY / HDI_ORDER). Items are drawn as raised buttons
 * with their text (left, right or centred, with an ellipsis when too
 * narrow), an image from the header's image list and a sort arrow.
 * A click sends HDN_ITEMCLICK; dragging a divider sends HDN_BEGINTRACK,
 * HDN_TRACK (or, with HDS_FULLDRAG, HDN_ITEMCHANGING/CHANGED as it goes)
 * and HDN_ENDTRACK; a double click on a divider HDN_DIVIDERDBLCLICK.
 * Notifications are ANSI or Unicode as the parent answers WM_NOTIFYFORMAT.
 * Not done: HDN_GETDISPINFO callbacks, drag and drop reordering, filters,
 * owner-drawn items, bitmaps (HDI_BITMAP is kept but not drawn).
 */
#include <stdlib.h>
#include <string.h>
#include "comctl32_private.h"
#include "winrun/unicode.h"

WINUSERAPI BOOL WINAPI IsWindowUnicode(HWND);
WINUSERAPI BOOL WINAPI ScreenToClient(HWND, POINT *);
WINUSERAPI BOOL WINAPI GetCursorPos(POINT *);

#define DIVIDER_WIDTH 10    /* the grip either side of a divider */
#define TEXT_MARGIN   6

struct hd_item {
    WCHAR *text;        /* NULL, or LPSTR_TEXTCALLBACKW kept as given */
    INT cxy, fmt, image;
    LPARAM lparam;
    HBITMAP hbm;
};

struct header {
    HWND hwnd, notify;
    BOOL unicode;           /* the parent wants Unicode notifications */
    struct hd_item *items;
    INT *order;             /* order[position] = index */
    INT count;
    HIMAGELIST list;
    HFONT font;
    INT pressed;            /* the item a click started on, or -1 */
    INT track;              /* the item whose divider is dragged, or -1 */
    INT track_x, track_cxy; /* where the drag started and the width then */
};

static HFONT hd_font(struct header *hd)
{
    return hd->font ? hd->font : (HFONT)GetStockObject(DEFAULT_GUI_FONT);
}

static BOOL is_text_ptr(const WCHAR *t)
{
    return t && t != LPSTR_TEXTCALLBACKW;
}

/* the item's position in the display order */
static INT hd_position(struct header *hd, INT index)
{
    for (INT i = 0; i < hd->count; i++)
        if (hd->order[i] == index) return i;
    return -1;
}

/* the rectangle of item INDEX: items sit left to right in display order */
static void hd_item_rect(struct header *hd, INT index, RECT *rc)
{
    RECT client;
    INT x = 0;
    GetClientRect(hd->hwnd, &client);
    for (INT i = 0; i < hd->count; i++) {
        INT idx = hd->order[i];
        if (idx == index) {
            SetRect(rc, x, 0, x + hd->items[idx].cxy, client.bottom);
            return;
        }
        x += hd->items[idx].cxy;
    }
    SetRect(rc, 0, 0, 0, 0);
}

static INT hd_height(struct header *hd)
{
    TEXTMETRICW tm;
    HDC hdc = GetDC(0);
    HGDIOBJ old = SelectObject(hdc, hd_font(hd));
    GetTextMetricsW(hdc, &tm);
    SelectObject(hdc, old);
    ReleaseDC(0, hdc);
    return tm.tmHeight + 6;
}

/* copy of ITEM with its text in the notification's encoding (freed by the caller) */
static LRESULT hd_notify(struct header *hd, UINT code_a, INT index, INT button, const HDITEMW *item,
                         BOOL item_unicode)
{
    NMHEADERW nm;
    HDITEMW copy;
    void *text = NULL;
    nm.hdr.hwndFrom = hd->hwnd;
    nm.hdr.idFrom = GetDlgCtrlID(hd->hwnd);
    nm.hdr.code = hd->unicode ? code_a - HDN_UNICODE_DELTA : code_a;
    nm.iItem = index;
    nm.iButton = button;
    nm.pitem = NULL;
    if (item) {
        copy = *item;
        if ((copy.mask & HDI_TEXT) && is_text_ptr(copy.pszText) && item_unicode != hd->unicode) {
            WCHAR *w = str_dup_aw(copy.pszText, item_unicode);
            if (w && (text = malloc((str_len_aw(w, hd->unicode) + 1) * 2))) str_copy_out(w, text, hd->unicode);
            free(w);
            copy.pszText = text;
            if (!text) copy.mask &= ~HDI_TEXT;
        }
        nm.pitem = &copy;
    }
    LRESULT ret = SendMessageW(hd->notify, WM_NOTIFY, nm.hdr.idFrom, (LPARAM)&nm);
    free(text);
    return ret;
}

static LRESULT hd_notify_width(struct header *hd, UINT code_a, INT index, INT cxy)
{
    HDITEMW item;
    memset(&item, 0, sizeof(item));
    item.mask = HDI_WIDTH;
    item.cxy = cxy;
    return hd_notify(hd, code_a, index, 0, &item, hd->unicode);
}

static void hd_set_fields(struct hd_item *it, const HDITEMW *in, BOOL unicode)
{
    if (in->mask & HDI_WIDTH) it->cxy = in->cxy;
    if (in->mask & HDI_FORMAT) it->fmt = in->fmt;
    if (in->mask & HDI_LPARAM) it->lparam = in->lParam;
    if (in->mask & HDI_IMAGE) it->image = in->iImage;
    if (in->mask & HDI_BITMAP) it->hbm = in->hbm;
    if (in->mask & HDI_TEXT) {
        if (is_text_ptr(it->text)) free(it->text);
        if (in->pszText == LPSTR_TEXTCALLBACKW) it->text = LPSTR_TEXTCALLBACKW;
        else it->text = in->pszText ? str_dup_aw(in->pszText, unicode) : NULL;
    }
}

/* move item INDEX to display position POS */
static void hd_set_order(struct header *hd, INT index, INT pos)
{
    INT cur = hd_position(hd, index);
    if (cur < 0 || pos < 0 || pos >= hd->count) return;
    memmove(&hd->order[cur], &hd->order[cur + 1], (hd->count - cur - 1) * sizeof(INT));
    memmove(&hd->order[pos + 1], &hd->order[pos], (hd->count - pos - 1) * sizeof(INT));
    hd->order[pos] = index;
}

static LRESULT hd_insert(struct header *hd, INT index, const HDITEMW *in, BOOL unicode)
{
    if (!in || index < 0 || in->mask == (UINT)-1) return -1;
    if (index > hd->count) index = hd->count;
    struct hd_item *items = realloc(hd->items, (hd->count + 1) * sizeof(*items));
    if (!items) return -1;
    hd->items = items;
    INT *order = realloc(hd->order, (hd->count + 1) * sizeof(*order));
    if (!order) return -1;
    hd->order = order;
    memmove(&items[index + 1], &items[index], (hd->count - index) * sizeof(*items));
    memset(&items[index], 0, sizeof(*items));
    hd_set_fields(&items[index], in, unicode);
    for (INT i = 0; i < hd->count; i++)
        if (order[i] >= index) order[i]++;
    INT pos = (in->mask & HDI_ORDER) && in->iOrder >= 0 && in->iOrder <= hd->count ? in->iOrder : index;
    memmove(&order[pos + 1], &order[pos], (hd->count - pos) * sizeof(INT));
    order[pos] = index;
    hd->count++;
    InvalidateRect(hd->hwnd, NULL, TRUE);
    return index;
}

static LRESULT hd_delete(struct header *hd, INT index)
{
    if (index < 0 || index >= hd->count) return FALSE;
    INT pos = hd_position(hd, index);
    if (is_text_ptr(hd->items[index].text)) free(hd->items[index].text);
    memmove(&hd->items[index], &hd->items[index + 1], (hd->count - index - 1) * sizeof(*hd->items));
    memmove(&hd->order[pos], &hd->order[pos + 1], (hd->count - pos - 1) * sizeof(INT));
    hd->count--;
    for (INT i = 0; i < hd->count; i++)
        if (hd->order[i] > index) hd->order[i]--;
    InvalidateRect(hd->hwnd, NULL, TRUE);
    return TRUE;
}

static LRESULT hd_get(struct header *hd, INT index, HDITEMW *out, BOOL unicode)
{
    if (!out || index < 0 || index >= hd->count) return FALSE;
    struct hd_item *it = &hd->items[index];
    if (out->mask & HDI_WIDTH) out->cxy = it->cxy;
    if (out->mask & HDI_FORMAT) out->fmt = it->fmt;
    if (out->mask & HDI_LPARAM) out->lParam = it->lparam;
    if (out->mask & HDI_IMAGE) out->iImage = it->image;
    if (out->mask & HDI_BITMAP) out->hbm = it->hbm;
    if (out->mask & HDI_ORDER) out->iOrder = hd_position(hd, index);
    if ((out->mask & HDI_TEXT) && out->pszText) {
        if (it->text == LPSTR_TEXTCALLBACKW) out->pszText = LPSTR_TEXTCALLBACKW;
        else if (out->cchTextMax > 0) {
            const WCHAR *t = it->text ? it->text : u"";
            if (unicode) {
                INT n = (INT)wcs_len(t);
                if (n > out->cchTextMax - 1) n = out->cchTextMax - 1;
                memcpy(out->pszText, t, n * sizeof(WCHAR));
                out->pszText[n] = 0;
            } else {
                char *a = (char *)out->pszText;
                if (!WideCharToMultiByte(CP_ACP, 0, t, -1, a, out->cchTextMax, NULL, NULL))
                    a[out->cchTextMax - 1] = 0;
            }
        }
    }
    return TRUE;
}

static LRESULT hd_set(struct header *hd, INT index, const HDITEMW *in, BOOL unicode)
{
    if (!in || index < 0 || index >= hd->count) return FALSE;
    if (hd_notify(hd, HDN_ITEMCHANGINGA, index, 0, in, unicode)) return FALSE;
    hd_set_fields(&hd->items[index], in, unicode);
    if (in->mask & HDI_ORDER) hd_set_order(hd, index, in->iOrder);
    hd_notify(hd, HDN_ITEMCHANGEDA, index, 0, in, unicode);
    InvalidateRect(hd->hwnd, NULL, TRUE);
    return TRUE;
}

static LRESULT hd_hittest(struct header *hd, HDHITTESTINFO *ht)
{
    RECT client, rc;
    INT x = 0;
    GetClientRect(hd->hwnd, &client);
    ht->flags = 0;
    ht->iItem = -1;
    if (!PtInRect(&client, ht->pt)) {
        if (ht->pt.x < client.left) ht->flags |= HHT_TOLEFT;
        else if (ht->pt.x >= client.right) ht->flags |= HHT_TORIGHT;
        if (ht->pt.y < client.top) ht->flags |= HHT_ABOVE;
        else if (ht->pt.y >= client.bottom) ht->flags |= HHT_BELOW;
        return -1;
    }
    for (INT i = 0; i < hd->count; i++) {
        INT idx = hd->order[i];
        hd_item_rect(hd, idx, &rc);
        if (ht->pt.x >= rc.left && ht->pt.x < rc.right) {
            /* the left grip belongs to the previous item's divider */
            if (i > 0 && ht->pt.x < rc.left + DIVIDER_WIDTH / 2) {
                ht->iItem = hd->order[i - 1];
                ht->flags = HHT_ONDIVIDER;
            } else if (ht->pt.x >= rc.right - DIVIDER_WIDTH / 2) {
                ht->iItem = idx;
                ht->flags = HHT_ONDIVIDER;
            } else {
                ht->iItem = idx;
                ht->flags = HHT_ONHEADER;
            }
            return ht->iItem;
        }
        x = rc.right;
    }
    if (hd->count && ht->pt.x < x + DIVIDER_WIDTH / 2) {
        ht->iItem = hd->order[hd->count - 1];
        ht->flags = HHT_ONDIVIDER;
        return ht->iItem;
    }
    ht->flags = HHT_NOWHERE;
    return -1;
}

/* a small filled triangle pointing up or down, centred on (cx, cy) */
static void draw_arrow(HDC hdc, INT cx, INT cy, BOOL up)
{
    for (INT row = 0; row < 4; row++) {
        INT half = up ? row : 3 - row;
        RECT r = { cx - half, cy - 2 + row, cx + half + 1, cy - 1 + row };
        FillRect(hdc, &r, GetSysColorBrush(COLOR_BTNSHADOW));
    }
}

static void hd_draw_item(struct header *hd, HDC hdc, INT index)
{
    struct hd_item *it = &hd->items[index];
    RECT rc;
    hd_item_rect(hd, index, &rc);
    if (rc.right <= rc.left) return;
    FillRect(hdc, &rc, GetSysColorBrush(COLOR_BTNFACE));
    draw_edge(hdc, &rc, hd->pressed != index || GetCapture() != hd->hwnd);
    RECT text = rc;
    text.left += TEXT_MARGIN;
    text.right -= TEXT_MARGIN;
    if ((it->fmt & HDF_IMAGE) && hd->list && it->image >= 0) {
        INT cx, cy;
        ImageList_GetIconSize(hd->list, &cx, &cy);
        if (text.left + cx <= text.right) {
            ImageList_Draw(hd->list, it->image, hdc, text.left, (rc.top + rc.bottom - cy) / 2, ILD_TRANSPARENT);
            text.left += cx + TEXT_MARGIN / 2;
        }
    }
    if (it->fmt & (HDF_SORTUP | HDF_SORTDOWN)) {
        if (text.right - 12 > text.left) {
            draw_arrow(hdc, text.right - 4, (rc.top + rc.bottom) / 2, (it->fmt & HDF_SORTUP) != 0);
            text.right -= 12;
        }
    }
    if (is_text_ptr(it->text)) {
        UINT align = (it->fmt & HDF_JUSTIFYMASK) == HDF_RIGHT ? DT_RIGHT
                   : (it->fmt & HDF_JUSTIFYMASK) == HDF_CENTER ? DT_CENTER : DT_LEFT;
        DrawTextW(hdc, it->text, -1, &text, align | DT_SINGLELINE | DT_VCENTER | DT_END_ELLIPSIS | DT_NOPREFIX);
    }
}

static void hd_paint(struct header *hd, HDC hdc)
{
    RECT client, rc;
    GetClientRect(hd->hwnd, &client);
    HGDIOBJ old = SelectObject(hdc, hd_font(hd));
    INT mode = SetBkMode(hdc, TRANSPARENT);
    COLORREF color = SetTextColor(hdc, GetSysColor(COLOR_BTNTEXT));
    INT right = 0;
    for (INT i = 0; i < hd->count; i++) {
        hd_draw_item(hd, hdc, hd->order[i]);
        hd_item_rect(hd, hd->order[i], &rc);
        right = rc.right;
    }
    /* the empty part right of the last item looks like an unlabelled button */
    if (right < client.right) {
        rc = client;
        rc.left = right;
        FillRect(hdc, &rc, GetSysColorBrush(COLOR_BTNFACE));
        draw_edge(hdc, &rc, TRUE);
    }
    SetTextColor(hdc, color);
    SetBkMode(hdc, mode);
    SelectObject(hdc, old);
}

static void hd_mouse_down(struct header *hd, POINT pt, BOOL dbl)
{
    HDHITTESTINFO ht;
    ht.pt = pt;
    hd_hittest(hd, &ht);
    if (ht.flags & (HHT_ONDIVIDER | HHT_ONDIVOPEN)) {
        if (dbl) {
            hd_notify(hd, HDN_DIVIDERDBLCLICKA, ht.iItem, 0, NULL, hd->unicode);
            return;
        }
        if (hd_notify_width(hd, HDN_BEGINTRACKA, ht.iItem, hd->items[ht.iItem].cxy)) return;
        hd->track = ht.iItem;
        hd->track_x = pt.x;
        hd->track_cxy = hd->items[ht.iItem].cxy;
        SetCapture(hd->hwnd);
    } else if (ht.flags & HHT_ONHEADER) {
        if (dbl) return;
        hd->pressed = ht.iItem;
        SetCapture(hd->hwnd);
        InvalidateRect(hd->hwnd, NULL, TRUE);
    }
}

static INT hd_track_width(struct header *hd, POINT pt)
{
    INT w = hd->track_cxy + pt.x - hd->track_x;
    return w < 0 ? 0 : w;
}

static void hd_mouse_move(struct header *hd, POINT pt)
{
    if (hd->track < 0 || GetCapture() != hd->hwnd) return;
    INT w = hd_track_width(hd, pt);
    if (GetWindowLongW(hd->hwnd, GWL_STYLE) & HDS_FULLDRAG) {
        HDITEMW item;
        memset(&item, 0, sizeof(item));
        item.mask = HDI_WIDTH;
        item.cxy = w;
        if (hd_notify(hd, HDN_ITEMCHANGINGA, hd->track, 0, &item, hd->unicode)) return;
        hd->items[hd->track].cxy = w;
        hd_notify(hd, HDN_ITEMCHANGEDA, hd->track, 0, &item, hd->unicode);
        InvalidateRect(hd->hwnd, NULL, TRUE);
    } else if (hd_notify_width(hd, HDN_TRACKA, hd->track, w)) {
        /* the parent stopped the drag */
        hd_notify_width(hd, HDN_ENDTRACKA, hd->track, hd->items[hd->track].cxy);
        hd->track = -1;
        ReleaseCapture();
    }
}

static void hd_mouse_up(struct header *hd, POINT pt)
{
    if (GetCapture() != hd->hwnd) return;
    if (hd->track >= 0) {
        INT index = hd->track, w = hd_track_width(hd, pt);
        hd->track = -1;
        ReleaseCapture();
        hd_notify_width(hd, HDN_ENDTRACKA, index, w);
        if (!(GetWindowLongW(hd->hwnd, GWL_STYLE) & HDS_FULLDRAG)) {
            HDITEMW item;
            memset(&item, 0, sizeof(item));
            item.mask = HDI_WIDTH;
            item.cxy = w;
            hd_set(hd, index, &item, TRUE);
        }
    } else if (hd->pressed >= 0) {
        INT index = hd->pressed;
        HDHITTESTINFO ht;
        ht.pt = pt;
        hd_hittest(hd, &ht);
        hd->pressed = -1;
        ReleaseCapture();
        InvalidateRect(hd->hwnd, NULL, TRUE);
        if ((ht.flags & HHT_ONHEADER) && ht.iItem == index)
            hd_notify(hd, HDN_ITEMCLICKA, index, 0, NULL, hd->unicode);
    }
}

static LRESULT hd_create(HWND hwnd, const CREATESTRUCTW *cs)
{
    struct header *hd = calloc(1, sizeof(*hd));
    if (!hd) return -1;
    hd->hwnd = hwnd;
    hd->notify = cs->hwndParent;
    hd->pressed = hd->track = -1;
    LRESULT fmt = SendMessageW(hd->notify, WM_NOTIFYFORMAT, (WPARAM)hwnd, NF_QUERY);
    hd->unicode = fmt == NFR_UNICODE || (fmt != NFR_ANSI && IsWindowUnicode(hd->notify));
    control_set_data(hwnd, hd);
    return 0;
}

static void hd_destroy(struct header *hd)
{
    for (INT i = 0; i < hd->count; i++)
        if (is_text_ptr(hd->items[i].text)) free(hd->items[i].text);
    free(hd->items);
    free(hd->order);
    control_set_data(hd->hwnd, NULL);
    free(hd);
}

LRESULT WINAPI header_proc(HWND hwnd, UINT msg, WPARAM wparam, LPARAM lparam)
{
    struct header *hd = control_data(hwnd);
    POINT pt = { (SHORT)LOWORD(lparam), (SHORT)HIWORD(lparam) };

    if (!hd) {
        if (msg == WM_CREATE) return hd_create(hwnd, (const CREATESTRUCTW *)lparam);
        return DefWindowProcW(hwnd, msg, wparam, lparam);
    }
    switch (msg) {
    case HDM_GETITEMCOUNT:
        return hd->count;
    case HDM_INSERTITEMA:
    case HDM_INSERTITEMW:
        return hd_insert(hd, (INT)wparam, (const HDITEMW *)lparam, msg == HDM_INSERTITEMW);
    case HDM_DELETEITEM:
        return hd_delete(hd, (INT)wparam);
    case HDM_GETITEMA:
    case HDM_GETITEMW:
        return hd_get(hd, (INT)wparam, (HDITEMW *)lparam, msg == HDM_GETITEMW);
    case HDM_SETITEMA:
    case HDM_SETITEMW:
        return hd_set(hd, (INT)wparam, (const HDITEMW *)lparam, msg == HDM_SETITEMW);
    case HDM_LAYOUT: {
        HDLAYOUT *lay = (HDLAYOUT *)lparam;
        if (!lay || !lay->prc || !lay->pwpos) return FALSE;
        INT cy = (GetWindowLongW(hwnd, GWL_STYLE) & HDS_HIDDEN) ? 0 : hd_height(hd);
        lay->pwpos->hwnd = hwnd;
        lay->pwpos->hwndInsertAfter = 0;
        lay->pwpos->x = lay->prc->left;
        lay->pwpos->y = lay->prc->top;
        lay->pwpos->cx = lay->prc->right - lay->prc->left;
        lay->pwpos->cy = cy;
        lay->pwpos->flags = SWP_NOZORDER;
        lay->prc->top += cy;
        return TRUE;
    }
    case HDM_GETITEMRECT:
        if ((INT)wparam < 0 || (INT)wparam >= hd->count || !lparam) return FALSE;
        hd_item_rect(hd, (INT)wparam, (RECT *)lparam);
        return TRUE;
    case HDM_HITTEST:
        return lparam ? hd_hittest(hd, (HDHITTESTINFO *)lparam) : -1;
    case HDM_SETIMAGELIST: {
        HIMAGELIST old = hd->list;
        hd->list = (HIMAGELIST)lparam;
        InvalidateRect(hwnd, NULL, TRUE);
        return (LRESULT)old;
    }
    case HDM_GETIMAGELIST:
        return (LRESULT)hd->list;
    case HDM_ORDERTOINDEX:
        return (INT)wparam >= 0 && (INT)wparam < hd->count ? hd->order[wparam] : (LRESULT)wparam;
    case HDM_GETORDERARRAY:
        if ((INT)wparam != hd->count || !lparam) return FALSE;
        memcpy((INT *)lparam, hd->order, hd->count * sizeof(INT));
        return TRUE;
    case HDM_SETORDERARRAY: {
        const INT *in = (const INT *)lparam;
        if ((INT)wparam != hd->count || !in) return FALSE;
        for (INT i = 0; i < hd->count; i++)
            if (in[i] < 0 || in[i] >= hd->count) return FALSE;
        memcpy(hd->order, in, hd->count * sizeof(INT));
        InvalidateRect(hwnd, NULL, TRUE);
        return TRUE;
    }
    case WM_NOTIFYFORMAT:
        if (lparam == NF_REQUERY) {
            LRESULT fmt = SendMessageW(hd->notify, WM_NOTIFYFORMAT, (WPARAM)hwnd, NF_QUERY);
            hd->unicode = fmt == NFR_UNICODE || (fmt != NFR_ANSI && IsWindowUnicode(hd->notify));
        }
        return hd->unicode ? NFR_UNICODE : NFR_ANSI;
    case WM_SETFONT:
        hd->font = (HFONT)wparam;
        if (LOWORD(lparam)) InvalidateRect(hwnd, NULL, TRUE);
        return 0;
    case WM_GETFONT:
        return (LRESULT)hd->font;
    case WM_LBUTTONDOWN:
    case WM_LBUTTONDBLCLK:
        hd_mouse_down(hd, pt, msg == WM_LBUTTONDBLCLK);
        return 0;
    case WM_MOUSEMOVE:
        hd_mouse_move(hd, pt);
        return 0;
    case WM_LBUTTONUP:
        hd_mouse_up(hd, pt);
        return 0;
    case WM_CAPTURECHANGED:
        if ((HWND)lparam != hwnd && (hd->pressed >= 0 || hd->track >= 0)) {
            hd->pressed = hd->track = -1;
            InvalidateRect(hwnd, NULL, TRUE);
        }
        return 0;
    case WM_SETCURSOR: {
        HDHITTESTINFO ht;
        GetCursorPos(&ht.pt);
        ScreenToClient(hwnd, &ht.pt);
        hd_hittest(hd, &ht);
        if (ht.flags & (HHT_ONDIVIDER | HHT_ONDIVOPEN)) {
            SetCursor(LoadCursorW(NULL, IDC_SIZEWE));
            return TRUE;
        }
        break;
    }
    case WM_ERASEBKGND:
        return 1;
    case WM_PAINT:
    case WM_PRINTCLIENT: {
        PAINTSTRUCT ps;
        HDC hdc = msg == WM_PAINT ? BeginPaint(hwnd, &ps) : (HDC)wparam;
        hd_paint(hd, hdc);
        if (msg == WM_PAINT) EndPaint(hwnd, &ps);
        return 0;
    }
    case WM_DESTROY:
        hd_destroy(hd);
        return 0;
    }
    return DefWindowProcW(hwnd, msg, wparam, lparam);
}
