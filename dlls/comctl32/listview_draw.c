/*
 * The list view's geometry, scrolling and painting. Items sit in a grid
 * that depends on the view: report view has one row per item under the
 * header, list view fills columns top to bottom, small icon and icon
 * views fill rows left to right. The scroll position is kept in rows (in
 * columns for list view) plus, in report view, a pixel offset across
 * that the header follows.
 */
#include <stdlib.h>
#include <string.h>
#include "listview.h"
#include "winrun/unicode.h"

WINUSERAPI BOOL WINAPI SetWindowPos(HWND, HWND, INT, INT, INT, INT, UINT);
WINUSERAPI BOOL WINAPI IntersectRect(RECT *, const RECT *, const RECT *);

#define LABEL_MARGIN 2      /* around a label's text */
#define ICON_CELL_CX 75     /* icon view: a cell's size beyond the icon */
#define CHECK_CX     16     /* LVS_EX_CHECKBOXES: the box's cell */
#ifndef SM_CXICON
#define SM_CXICON 11
#define SM_CYICON 12
#endif

static INT text_height(struct listview *lv)
{
    TEXTMETRICW tm;
    HDC hdc = GetDC(0);
    HGDIOBJ old = SelectObject(hdc, lv->font ? lv->font : GetStockObject(DEFAULT_GUI_FONT));
    GetTextMetricsW(hdc, &tm);
    SelectObject(hdc, old);
    ReleaseDC(0, hdc);
    return tm.tmHeight;
}

INT lv_string_width(struct listview *lv, const WCHAR *text)
{
    SIZE sz = { 0, 0 };
    if (!lv_is_text_ptr(text)) return 0;
    HDC hdc = GetDC(0);
    HGDIOBJ old = SelectObject(hdc, lv->font ? lv->font : GetStockObject(DEFAULT_GUI_FONT));
    GetTextExtentPoint32W(hdc, text, (INT)wcs_len(text), &sz);
    SelectObject(hdc, old);
    ReleaseDC(0, hdc);
    return sz.cx;
}

static void icon_size(HIMAGELIST list, INT *cx, INT *cy)
{
    *cx = *cy = 0;
    if (list) ImageList_GetIconSize(list, cx, cy);
}

static INT state_width(struct listview *lv)
{
    INT cx, cy;
    if (lv->exstyle & LVS_EX_CHECKBOXES) return CHECK_CX;
    icon_size(lv->state_list, &cx, &cy);
    return cx;
}

INT lv_item_height(struct listview *lv)
{
    INT cx, cy, h = text_height(lv) + 2;
    if (lv_view(lv) == LVS_ICON) {
        icon_size(lv->normal, &cx, &cy);
        if (!cy) cy = GetSystemMetrics(SM_CYICON);
        return cy + 2 * text_height(lv) + 10;
    }
    icon_size(lv->small, &cx, &cy);
    if (cy + 1 > h) h = cy + 1;
    if ((lv->exstyle & LVS_EX_CHECKBOXES) && h < CHECK_CX) h = CHECK_CX;
    return h;
}

static INT cell_width(struct listview *lv)
{
    INT cx, cy;
    if (lv_view(lv) == LVS_ICON) {
        icon_size(lv->normal, &cx, &cy);
        return cx + 12 > ICON_CELL_CX ? cx + 12 : ICON_CELL_CX;
    }
    if (lv->list_cx) return lv->list_cx;
    /* as wide as the widest label (asking for callback texts costs a
     * notification per item, so owner-data lists use a fixed width) */
    INT w = 0;
    if (!(GetWindowLongW(lv->hwnd, GWL_STYLE) & LVS_OWNERDATA)) {
        WCHAR buf[260];
        for (INT i = 0; i < lv->count; i++) {
            INT t = lv_string_width(lv, lv_get_text(lv, i, 0, buf, 260));
            if (t > w) w = t;
        }
    } else w = 80;
    icon_size(lv->small, &cx, &cy);
    return w + cx + state_width(lv) + 4 * LABEL_MARGIN + 8;
}

INT lv_header_height(struct listview *lv)
{
    RECT rc;
    if (lv_view(lv) != LVS_REPORT || !lv->header || (GetWindowLongW(lv->hwnd, GWL_STYLE) & LVS_NOCOLUMNHEADER))
        return 0;
    GetWindowRect(lv->header, &rc);
    return rc.bottom - rc.top;
}

INT lv_total_width(struct listview *lv)
{
    INT w = 0;
    for (INT i = 0; i < lv->ncols; i++) w += lv->cols[i].cx;
    return w;
}

/* columns are shown in the header's order */
INT lv_column_left(struct listview *lv, INT col)
{
    RECT rc;
    if (lv->header && SendMessageW(lv->header, HDM_GETITEMRECT, col, (LPARAM)&rc)) return rc.left;
    INT x = 0;
    for (INT i = 0; i < col && i < lv->ncols; i++) x += lv->cols[i].cx;
    return x;
}

static void client_area(struct listview *lv, RECT *rc)
{
    GetClientRect(lv->hwnd, rc);
    rc->top += lv_header_height(lv);
}

INT lv_per_line(struct listview *lv)
{
    RECT rc;
    INT n;
    client_area(lv, &rc);
    if (lv_view(lv) == LVS_LIST) n = (rc.bottom - rc.top) / lv_item_height(lv);
    else if (lv_view(lv) == LVS_REPORT) n = 1;
    else n = (rc.right - rc.left) / cell_width(lv);
    return n > 0 ? n : 1;
}

INT lv_rows_visible(struct listview *lv)
{
    RECT rc;
    client_area(lv, &rc);
    INT n = (rc.bottom - rc.top) / lv_item_height(lv);
    return n > 0 ? n : 0;
}

/* the whole cell or row of item I, in client coordinates */
void lv_item_bounds(struct listview *lv, INT i, RECT *rc)
{
    INT h = lv_item_height(lv), per = lv_per_line(lv), hh = lv_header_height(lv);
    switch (lv_view(lv)) {
    case LVS_REPORT:
        SetRect(rc, -lv->xoff, hh + (i - lv->top) * h, lv_total_width(lv) - lv->xoff, hh + (i - lv->top + 1) * h);
        break;
    case LVS_LIST: {
        INT w = cell_width(lv);
        INT x = (i / per - lv->top) * w, y = (i % per) * h;
        SetRect(rc, x, y, x + w, y + h);
        break;
    }
    default: {
        INT w = cell_width(lv);
        INT x = (i % per) * w, y = (i / per - lv->top) * h;
        SetRect(rc, x, y, x + w, y + h);
        break;
    }
    }
}

/* LVIR_ICON, LVIR_LABEL, LVIR_BOUNDS or LVIR_SELECTBOUNDS of item I */
BOOL lv_item_rect(struct listview *lv, INT i, INT code, RECT *rc)
{
    RECT b, icon, label;
    INT cx, cy;
    if (i < 0 || i >= lv->count) return FALSE;
    lv_item_bounds(lv, i, &b);
    if (lv_view(lv) == LVS_ICON) {
        icon_size(lv->normal, &cx, &cy);
        if (!cx) {
            cx = GetSystemMetrics(SM_CXICON);
            cy = GetSystemMetrics(SM_CYICON);
        }
        INT x = (b.left + b.right - cx) / 2;
        SetRect(&icon, x, b.top + 2, x + cx, b.top + 2 + cy);
        SetRect(&label, b.left + 2, icon.bottom + 2, b.right - 2, b.bottom - 2);
    } else {
        icon_size(lv->small, &cx, &cy);
        INT x = b.left + state_width(lv);
        if (lv_view(lv) == LVS_REPORT && lv->ncols) x = b.left + lv_column_left(lv, 0) + state_width(lv);
        if (lv_view(lv) == LVS_REPORT && !(GetWindowLongW(lv->hwnd, GWL_STYLE) & LVS_OWNERDATA) &&
            lv->items[i]->indent > 0 && lv->small)
            x += lv->items[i]->indent * cx;
        SetRect(&icon, x, b.top, x + cx, b.bottom);
        INT right = b.right;
        if (lv_view(lv) == LVS_REPORT) right = b.left + lv_column_left(lv, 0) + (lv->ncols ? lv->cols[0].cx : 0);
        SetRect(&label, icon.right, b.top, right > icon.right ? right : icon.right, b.bottom);
    }
    switch (code) {
    case LVIR_BOUNDS: *rc = b; break;
    case LVIR_ICON: *rc = icon; break;
    case LVIR_LABEL: *rc = label; break;
    case LVIR_SELECTBOUNDS:
        SetRect(rc, icon.left < label.left ? icon.left : label.left, b.top,
                label.right, b.bottom);
        if (lv_view(lv) == LVS_ICON) *rc = b;
        break;
    default: return FALSE;
    }
    return TRUE;
}

BOOL lv_subitem_rect(struct listview *lv, INT i, INT sub, INT code, RECT *rc)
{
    RECT b;
    if (lv_view(lv) != LVS_REPORT || sub == 0) return lv_item_rect(lv, i, code, rc);
    if (i < 0 || i >= lv->count || sub < 0 || sub >= lv->ncols) return FALSE;
    lv_item_bounds(lv, i, &b);
    INT left = b.left + lv_column_left(lv, sub);
    if (code == LVIR_ICON) SetRect(rc, left, b.top, left, b.bottom);
    else SetRect(rc, left, b.top, left + lv->cols[sub].cx, b.bottom);
    return TRUE;
}

INT lv_hittest(struct listview *lv, LVHITTESTINFO *ht, BOOL subitem)
{
    RECT client, rc;
    GetClientRect(lv->hwnd, &client);
    ht->flags = 0;
    ht->iItem = -1;
    ht->iSubItem = 0;
    if (ht->pt.x < client.left) ht->flags |= LVHT_TOLEFT;
    else if (ht->pt.x >= client.right) ht->flags |= LVHT_TORIGHT;
    if (ht->pt.y < client.top) ht->flags |= LVHT_ABOVE;
    else if (ht->pt.y >= client.bottom) ht->flags |= LVHT_BELOW;
    if (ht->flags) return -1;
    INT h = lv_item_height(lv), per = lv_per_line(lv), guess = -1;
    switch (lv_view(lv)) {
    case LVS_REPORT:
        if (ht->pt.y >= lv_header_height(lv)) guess = lv->top + (ht->pt.y - lv_header_height(lv)) / h;
        break;
    case LVS_LIST:
        guess = (lv->top + ht->pt.x / cell_width(lv)) * per + ht->pt.y / h;
        if (ht->pt.y / h >= per) guess = -1;
        break;
    default:
        guess = (lv->top + ht->pt.y / h) * per + ht->pt.x / cell_width(lv);
        if (ht->pt.x / cell_width(lv) >= per) guess = -1;
        break;
    }
    if (guess >= 0 && guess < lv->count) {
        lv_item_rect(lv, guess, LVIR_ICON, &rc);
        if (PtInRect(&rc, ht->pt)) ht->flags = LVHT_ONITEMICON;
        else {
            lv_item_rect(lv, guess, LVIR_LABEL, &rc);
            if (PtInRect(&rc, ht->pt)) ht->flags = LVHT_ONITEMLABEL;
            else {
                lv_item_bounds(lv, guess, &rc);
                if (rc.left + state_width(lv) > ht->pt.x && PtInRect(&rc, ht->pt) && state_width(lv))
                    ht->flags = LVHT_ONITEMSTATEICON;
                else if (PtInRect(&rc, ht->pt) && lv_view(lv) == LVS_REPORT &&
                         ((lv->exstyle & LVS_EX_FULLROWSELECT) || subitem))
                    ht->flags = LVHT_ONITEMLABEL;
            }
        }
        if (ht->flags) ht->iItem = guess;
    }
    if (subitem && lv_view(lv) == LVS_REPORT) {
        for (INT c = 0; c < lv->ncols; c++) {
            INT left = lv_column_left(lv, c) - lv->xoff;
            if (ht->pt.x >= left && ht->pt.x < left + lv->cols[c].cx) ht->iSubItem = c;
        }
    }
    if (!ht->flags) ht->flags = LVHT_NOWHERE;
    return ht->iItem;
}

/* ---- scrolling ---- */

static INT lines_total(struct listview *lv)
{
    INT per = lv_per_line(lv);
    return (lv->count + per - 1) / per;
}

static INT lines_visible(struct listview *lv)
{
    RECT rc;
    client_area(lv, &rc);
    INT n = lv_view(lv) == LVS_LIST ? (rc.right - rc.left) / cell_width(lv) : lv_rows_visible(lv);
    return n > 0 ? n : 1;
}

void lv_layout_header(struct listview *lv)
{
    RECT rc;
    WINDOWPOS wp;
    HDLAYOUT lay = { &rc, &wp };
    if (!lv->header) return;
    if (lv_view(lv) != LVS_REPORT || (GetWindowLongW(lv->hwnd, GWL_STYLE) & LVS_NOCOLUMNHEADER)) {
        SetWindowPos(lv->header, 0, 0, 0, 0, 0, SWP_HIDEWINDOW | SWP_NOZORDER | SWP_NOMOVE | SWP_NOSIZE);
        return;
    }
    GetClientRect(lv->hwnd, &rc);
    rc.left -= lv->xoff;
    SendMessageW(lv->header, HDM_LAYOUT, 0, (LPARAM)&lay);
    SetWindowPos(lv->header, 0, wp.x, wp.y, wp.cx + lv->xoff, wp.cy, SWP_NOZORDER | SWP_SHOWWINDOW);
}

void lv_update_scroll(struct listview *lv)
{
    SCROLLINFO si;
    RECT rc;
    if (GetWindowLongW(lv->hwnd, GWL_STYLE) & LVS_NOSCROLL) return;
    memset(&si, 0, sizeof(si));
    si.cbSize = sizeof(si);
    si.fMask = SIF_RANGE | SIF_PAGE | SIF_POS;
    si.nMax = lines_total(lv) - 1;
    si.nPage = lines_visible(lv);
    si.nPos = lv->top;
    if (si.nMax < 0) si.nMax = 0;
    SetScrollInfo(lv->hwnd, lv_view(lv) == LVS_LIST ? SB_HORZ : SB_VERT, &si, TRUE);
    if (lv_view(lv) == LVS_LIST) {
        si.nMax = 0;
        si.nPage = 1;
        si.nPos = 0;
        SetScrollInfo(lv->hwnd, SB_VERT, &si, TRUE);
    } else if (lv_view(lv) == LVS_REPORT) {
        GetClientRect(lv->hwnd, &rc);
        si.nMax = lv_total_width(lv) - 1;
        si.nPage = rc.right - rc.left;
        si.nPos = lv->xoff;
        if (si.nMax < 0) si.nMax = 0;
        SetScrollInfo(lv->hwnd, SB_HORZ, &si, TRUE);
    } else {
        si.nMax = 0;
        si.nPage = 1;
        si.nPos = 0;
        SetScrollInfo(lv->hwnd, SB_HORZ, &si, TRUE);
    }
}

void lv_scroll_to(struct listview *lv, INT top, INT xoff)
{
    RECT rc;
    INT max_top = lines_total(lv) - lines_visible(lv);
    if (top > max_top) top = max_top;
    if (top < 0) top = 0;
    GetClientRect(lv->hwnd, &rc);
    INT max_x = lv_view(lv) == LVS_REPORT ? lv_total_width(lv) - (rc.right - rc.left) : 0;
    if (xoff > max_x) xoff = max_x;
    if (xoff < 0) xoff = 0;
    if (top == lv->top && xoff == lv->xoff) return;
    BOOL moved_x = xoff != lv->xoff;
    lv->top = top;
    lv->xoff = xoff;
    if (moved_x) lv_layout_header(lv);
    lv_update_scroll(lv);
    InvalidateRect(lv->hwnd, NULL, TRUE);
}

BOOL lv_ensure_visible(struct listview *lv, INT i, BOOL partial)
{
    RECT rc, client;
    if (i < 0 || i >= lv->count) return FALSE;
    INT line = i / lv_per_line(lv), vis = lines_visible(lv);
    INT top = lv->top, xoff = lv->xoff;
    (void)partial;
    if (line < top) top = line;
    else if (line >= top + vis) top = line - vis + 1;
    if (lv_view(lv) == LVS_REPORT) {
        lv_item_rect(lv, i, LVIR_LABEL, &rc);
        client_area(lv, &client);
        if (rc.left < client.left) xoff += rc.left - client.left;
    }
    lv_scroll_to(lv, top, xoff);
    return TRUE;
}

void lv_on_scroll(struct listview *lv, INT bar, WORD code)
{
    SCROLLINFO si;
    BOOL lines = lv_view(lv) == LVS_LIST ? bar == SB_HORZ : bar == SB_VERT;
    INT pos = lines ? lv->top : lv->xoff, page, step = lines ? 1 : 10;
    RECT rc;
    GetClientRect(lv->hwnd, &rc);
    page = lines ? lines_visible(lv) : rc.right - rc.left;
    si.cbSize = sizeof(si);
    si.fMask = SIF_TRACKPOS;
    GetScrollInfo(lv->hwnd, bar, &si);
    switch (code) {
    case SB_LINEUP: pos -= step; break;
    case SB_LINEDOWN: pos += step; break;
    case SB_PAGEUP: pos -= page; break;
    case SB_PAGEDOWN: pos += page; break;
    case SB_TOP: pos = 0; break;
    case SB_BOTTOM: pos = 0x7fffffff / 2; break;
    case SB_THUMBTRACK:
    case SB_THUMBPOSITION: pos = si.nTrackPos; break;
    default: return;
    }
    if (lines) lv_scroll_to(lv, pos, lv->xoff);
    else if (lv_view(lv) == LVS_REPORT) lv_scroll_to(lv, lv->top, pos);
}

INT lv_top_index(struct listview *lv)
{
    UINT v = lv_view(lv);
    if (v == LVS_REPORT || v == LVS_LIST) return lv->count ? lv->top * lv_per_line(lv) : 0;
    return 0;
}

INT lv_count_per_page(struct listview *lv)
{
    UINT v = lv_view(lv);
    if (v == LVS_REPORT) return lv_rows_visible(lv);
    if (v == LVS_LIST) return lv_per_line(lv) * lines_visible(lv);
    return lv->count;
}

void lv_invalidate_item(struct listview *lv, INT i)
{
    RECT rc;
    if (i < 0 || i >= lv->count) return;
    lv_item_bounds(lv, i, &rc);
    if (lv_view(lv) == LVS_REPORT) {
        RECT client;
        GetClientRect(lv->hwnd, &client);
        rc.left = client.left;
        rc.right = client.right;
    }
    InvalidateRect(lv->hwnd, &rc, TRUE);
}

/* ---- painting ---- */

static LRESULT custom_draw(struct listview *lv, NMLVCUSTOMDRAW *cd, DWORD stage, HDC hdc, const RECT *rc,
                           INT item, INT sub, UINT state, LPARAM param)
{
    cd->nmcd.dwDrawStage = stage;
    cd->nmcd.hdc = hdc;
    cd->nmcd.rc = *rc;
    cd->nmcd.dwItemSpec = item;
    cd->nmcd.uItemState = state;
    cd->nmcd.lItemlParam = param;
    cd->iSubItem = sub;
    return lv_notify(lv, NM_CUSTOMDRAW, &cd->nmcd.hdr);
}

static void draw_text(HDC hdc, const WCHAR *text, RECT rc, INT fmt)
{
    UINT align = (fmt & LVCFMT_JUSTIFYMASK) == LVCFMT_RIGHT ? DT_RIGHT
               : (fmt & LVCFMT_JUSTIFYMASK) == LVCFMT_CENTER ? DT_CENTER : DT_LEFT;
    InflateRect(&rc, -LABEL_MARGIN - 2, 0);
    if (rc.right > rc.left)
        DrawTextW(hdc, text, -1, &rc, align | DT_SINGLELINE | DT_VCENTER | DT_END_ELLIPSIS | DT_NOPREFIX);
}

static void draw_item(struct listview *lv, HDC hdc, INT i, LRESULT cd_mode)
{
    DWORD style = GetWindowLongW(lv->hwnd, GWL_STYLE);
    UINT state = lv_get_state(lv, i);
    BOOL sel = (state & LVIS_SELECTED) && (lv->has_focus || (style & LVS_SHOWSELALWAYS));
    BOOL report = lv_view(lv) == LVS_REPORT;
    WCHAR buf[1024];
    RECT bounds, icon, label, sel_rc;
    NMLVCUSTOMDRAW cd;
    LRESULT item_mode = 0;
    HGDIOBJ old_font = NULL;

    lv_item_bounds(lv, i, &bounds);
    lv_item_rect(lv, i, LVIR_ICON, &icon);
    lv_item_rect(lv, i, LVIR_LABEL, &label);
    memset(&cd, 0, sizeof(cd));
    cd.clrText = lv->text;
    cd.clrTextBk = lv->textbk == CLR_DEFAULT || lv->textbk == CLR_NONE ? lv->bk : lv->textbk;
    if (cd_mode & CDRF_NOTIFYITEMDRAW) {
        /* the font now in the DC, to put back if the parent selects its own */
        HGDIOBJ cur = SelectObject(hdc, GetStockObject(DEFAULT_GUI_FONT));
        SelectObject(hdc, cur);
        UINT cds = ((state & LVIS_SELECTED) ? CDIS_SELECTED : 0) | (i == lv->focus && lv->has_focus ? CDIS_FOCUS : 0);
        item_mode = custom_draw(lv, &cd, CDDS_ITEMPREPAINT, hdc, &bounds, i, 0, cds, lv_get_param(lv, i));
        if (item_mode & CDRF_SKIPDEFAULT) return;
        if (item_mode & CDRF_NEWFONT) old_font = cur;    /* the parent selected its own font */
    }
    COLORREF fg = sel ? GetSysColor(lv->has_focus ? COLOR_HIGHLIGHTTEXT : COLOR_BTNTEXT) : cd.clrText;
    COLORREF bg = sel ? GetSysColor(lv->has_focus ? COLOR_HIGHLIGHT : COLOR_BTNFACE) : cd.clrTextBk;

    if (report && (item_mode & CDRF_NOTIFYSUBITEMDRAW)) {
        NMLVCUSTOMDRAW scd = cd;
        if (custom_draw(lv, &scd, CDDS_ITEMPREPAINT | CDDS_SUBITEM, hdc, &label, i, 0,
                        (state & LVIS_SELECTED) ? CDIS_SELECTED : 0, lv_get_param(lv, i)) & CDRF_SKIPDEFAULT)
            goto subitems;
    }

    /* the check box or state image */
    UINT state_image = (state & LVIS_STATEIMAGEMASK) >> 12;
    if (lv->exstyle & LVS_EX_CHECKBOXES) {
        RECT box = { icon.left - CHECK_CX + 2, bounds.top + (bounds.bottom - bounds.top - 12) / 2, 0, 0 };
        box.right = box.left + 12;
        box.bottom = box.top + 12;
        DrawFrameControl(hdc, &box, DFC_BUTTON, DFCS_BUTTONCHECK | (state_image == 2 ? DFCS_CHECKED : 0));
    } else if (lv->state_list && state_image) {
        INT cx, cy;
        ImageList_GetIconSize(lv->state_list, &cx, &cy);
        ImageList_Draw(lv->state_list, state_image - 1, hdc, icon.left - cx, icon.top, ILD_TRANSPARENT);
    }
    HIMAGELIST list = lv_view(lv) == LVS_ICON ? lv->normal : lv->small;
    INT image = lv_get_image(lv, i);
    if (list && image >= 0) {
        INT cx, cy;
        ImageList_GetIconSize(list, &cx, &cy);
        UINT flags = ILD_TRANSPARENT | (sel && lv->has_focus ? ILD_SELECTED : 0) | (state & LVIS_OVERLAYMASK);
        ImageList_Draw(list, image, hdc, icon.left, icon.top + (icon.bottom - icon.top - cy) / 2, flags);
    }

    /* the label: selected as far as its text goes, or the whole row */
    const WCHAR *text = lv_get_text(lv, i, 0, buf, 1024);
    sel_rc = label;
    if (report && (lv->exstyle & LVS_EX_FULLROWSELECT)) {
        sel_rc.right = bounds.right;
    } else {
        INT w = lv_string_width(lv, text) + 4 * LABEL_MARGIN + 2;
        if (lv_view(lv) == LVS_ICON) {
            INT cx = (label.left + label.right) / 2;
            if (w < label.right - label.left) sel_rc.left = cx - w / 2, sel_rc.right = cx + w / 2;
            sel_rc.bottom = sel_rc.top + text_height(lv) + 2;
        } else if (label.left + w < label.right) sel_rc.right = label.left + w;
    }
    SetBkMode(hdc, TRANSPARENT);
    if (sel || (lv->textbk != CLR_NONE && lv->textbk != CLR_DEFAULT) || cd.clrTextBk != lv->bk)
        fill_color(hdc, &sel_rc, bg);
    SetTextColor(hdc, fg);
    if (lv_view(lv) == LVS_ICON) {
        RECT t = sel_rc;
        DrawTextW(hdc, text, -1, &t, DT_CENTER | DT_SINGLELINE | DT_END_ELLIPSIS | DT_NOPREFIX);
    } else draw_text(hdc, text, label, report && lv->ncols ? lv->cols[0].fmt & ~LVCFMT_JUSTIFYMASK : 0);

subitems:
    /* the subitems, each column in header order */
    if (report) {
        for (INT c = 1; c < lv->ncols; c++) {
            RECT cell;
            lv_subitem_rect(lv, i, c, LVIR_BOUNDS, &cell);
            NMLVCUSTOMDRAW scd = cd;
            if (item_mode & CDRF_NOTIFYSUBITEMDRAW) {
                UINT cds = (state & LVIS_SELECTED) ? CDIS_SELECTED : 0;
                LRESULT r = custom_draw(lv, &scd, CDDS_ITEMPREPAINT | CDDS_SUBITEM, hdc, &cell, i, c, cds,
                                        lv_get_param(lv, i));
                if (r & CDRF_SKIPDEFAULT) continue;
            }
            /* only a full-row selection highlights the subitems */
            SetTextColor(hdc, sel && (lv->exstyle & LVS_EX_FULLROWSELECT) ? fg : scd.clrText);
            draw_text(hdc, lv_get_text(lv, i, c, buf, 1024), cell, lv->cols[c].fmt);
        }
    }
    if (i == lv->focus && lv->has_focus) DrawFocusRect(hdc, &sel_rc);
    if (old_font) SelectObject(hdc, old_font);
    if (item_mode & CDRF_NOTIFYPOSTPAINT)
        custom_draw(lv, &cd, CDDS_ITEMPOSTPAINT, hdc, &bounds, i, 0, 0, lv_get_param(lv, i));
}

static void draw_grid(struct listview *lv, HDC hdc)
{
    RECT client, line;
    client_area(lv, &client);
    HBRUSH brush = GetSysColorBrush(COLOR_BTNFACE);
    for (INT c = 0; c < lv->ncols; c++) {
        INT x = lv_column_left(lv, c) + lv->cols[c].cx - lv->xoff - 1;
        SetRect(&line, x, client.top, x + 1, client.bottom);
        FillRect(hdc, &line, brush);
    }
    INT h = lv_item_height(lv);
    for (INT y = client.top + h - 1; y < client.bottom; y += h) {
        SetRect(&line, client.left, y, client.right, y + 1);
        FillRect(hdc, &line, brush);
    }
}

void lv_paint(struct listview *lv, HDC hdc, const RECT *update)
{
    RECT client, rc, tmp;
    NMLVCUSTOMDRAW cd;
    GetClientRect(lv->hwnd, &client);
    HGDIOBJ old_font = SelectObject(hdc, lv->font ? lv->font : GetStockObject(DEFAULT_GUI_FONT));
    INT mode = SetBkMode(hdc, TRANSPARENT);
    memset(&cd, 0, sizeof(cd));
    cd.clrText = lv->text;
    cd.clrTextBk = lv->textbk;
    LRESULT cd_mode = custom_draw(lv, &cd, CDDS_PREPAINT, hdc, &client, 0, 0, 0, 0);
    if (!(cd_mode & CDRF_SKIPDEFAULT)) {
        INT first = 0, last = lv->count;
        if (lv_view(lv) == LVS_REPORT || lv_view(lv) == LVS_LIST) {
            first = lv->top * lv_per_line(lv);
            last = first + (lines_visible(lv) + 1) * lv_per_line(lv);
            if (last > lv->count) last = lv->count;
        }
        for (INT i = first; i < last; i++) {
            lv_item_bounds(lv, i, &rc);
            if (lv_view(lv) == LVS_REPORT) rc.left = client.left, rc.right = client.right;
            if (update && !IntersectRect(&tmp, &rc, update)) continue;
            if (rc.top >= client.bottom) continue;
            draw_item(lv, hdc, i, cd_mode);
        }
        if (lv_view(lv) == LVS_REPORT && (lv->exstyle & LVS_EX_GRIDLINES)) draw_grid(lv, hdc);
    }
    if (cd_mode & CDRF_NOTIFYPOSTPAINT) custom_draw(lv, &cd, CDDS_POSTPAINT, hdc, &client, 0, 0, 0, 0);
    SetBkMode(hdc, mode);
    SelectObject(hdc, old_font);
}
