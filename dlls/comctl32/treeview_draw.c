/*
 * The tree view's painting: dotted lines, plus/minus buttons, state and
 * normal images, the label with its selection colours and the focus
 * rectangle, and the NM_CUSTOMDRAW stages around them.
 */
#include <stdlib.h>
#include <string.h>
#include "treeview.h"
#include "winrun/unicode.h"

static COLORREF color_or(COLORREF c, INT sys)
{
    return c == CLR_NONE || c == CLR_DEFAULT ? GetSysColor(sys) : c;
}

static void dotted_vline(HDC hdc, INT x, INT y1, INT y2, COLORREF c)
{
    for (INT y = y1 + ((y1 ^ x) & 1); y < y2; y += 2) SetPixelV(hdc, x, y, c);
}

static void dotted_hline(HDC hdc, INT x1, INT x2, INT y, COLORREF c)
{
    for (INT x = x1 + ((x1 ^ y) & 1); x < x2; x += 2) SetPixelV(hdc, x, y, c);
}

static void draw_button(HDC hdc, INT cx, INT cy, BOOL expanded, COLORREF line, COLORREF bk, COLORREF fg)
{
    RECT rc = { cx - 4, cy - 4, cx + 5, cy + 5 };
    fill_color(hdc, &rc, line);
    InflateRect(&rc, -1, -1);
    fill_color(hdc, &rc, bk);
    RECT bar = { cx - 2, cy, cx + 3, cy + 1 };
    fill_color(hdc, &bar, fg);
    if (!expanded) {
        RECT v = { cx, cy - 2, cx + 1, cy + 3 };
        fill_color(hdc, &v, fg);
    }
}

/* an item's text colour and its background (the highlight when selected) */
static BOOL item_colors(struct treeview *tv, struct tv_item *item, COLORREF *fg, COLORREF *text_bk)
{
    BOOL selected = (item->state & TVIS_SELECTED) && (tv->focused || (tv_style(tv) & TVS_SHOWSELALWAYS));
    BOOL active = tv->focused || (item->state & TVIS_DROPHILITED);
    *fg = color_or(tv->text, COLOR_WINDOWTEXT);
    *text_bk = color_or(tv->bk, COLOR_WINDOW);
    if (!selected && !(item->state & TVIS_DROPHILITED)) return FALSE;
    *fg = GetSysColor(active ? COLOR_HIGHLIGHTTEXT : COLOR_BTNTEXT);
    *text_bk = GetSysColor(active ? COLOR_HIGHLIGHT : COLOR_BTNFACE);
    return TRUE;
}

static void draw_item(struct treeview *tv, HDC hdc, struct tv_item *item, const RECT *client, COLORREF fg,
                      COLORREF text_bk, BOOL hilite)
{
    DWORD style = tv_style(tv);
    struct layout lo;
    INT top = (item->row - tv->top) * tv->height, mid = top + tv->height / 2;
    COLORREF bk = color_or(tv->bk, COLOR_WINDOW);
    COLORREF line = color_or(tv->line, COLOR_GRAYTEXT);
    BOOL at_root = (style & (TVS_LINESATROOT | TVS_HASLINES | TVS_HASBUTTONS)) > TVS_LINESATROOT;

    tv_item_layout(tv, item, &lo);
    if ((style & TVS_HASLINES) && (item->level > 0 || at_root)) {
        INT x = lo.lines + tv->indent / 2;
        BOOL first_root = item->parent == &tv->root && !item->prev;
        dotted_hline(hdc, x, lo.state, mid, line);
        dotted_vline(hdc, x, first_root ? mid : top, item->next ? top + tv->height : mid + 1, line);
        /* the ancestors' lines pass beside the item down to their next siblings */
        INT ax = x;
        for (struct tv_item *p = item->parent; p != &tv->root; p = p->parent) {
            ax -= tv->indent;
            if (p->next && (p->level > 0 || at_root)) dotted_vline(hdc, ax, top, top + tv->height, line);
        }
    }
    if ((style & TVS_HASBUTTONS) && (item->level > 0 || at_root) && tv_has_children(tv, item))
        draw_button(hdc, lo.lines + tv->indent / 2, mid, (item->state & TVIS_EXPANDED) != 0, line, bk,
                    color_or(tv->text, COLOR_WINDOWTEXT));
    if (tv->state_list && (item->state & TVIS_STATEIMAGEMASK)) {
        INT cx, cy;
        tv_image_size(tv->state_list, &cx, &cy);
        ImageList_Draw(tv->state_list, (item->state & TVIS_STATEIMAGEMASK) >> 12, hdc, lo.state,
                       top + (tv->height - cy) / 2, ILD_TRANSPARENT);
    }
    if (tv->normal) {
        INT cx, cy, image = tv_item_image(tv, item, (item->state & TVIS_SELECTED) != 0);
        tv_image_size(tv->normal, &cx, &cy);
        if (image >= 0)
            ImageList_Draw(tv->normal, image, hdc, lo.image, top + (tv->height - cy) / 2,
                           ILD_TRANSPARENT | (item->state & TVIS_OVERLAYMASK));
    }
    RECT text_rc = { lo.text, top, lo.text_right, top + tv->height };
    if (hilite) {
        RECT fill = text_rc;
        if (style & TVS_FULLROWSELECT) {
            fill.left = client->left;
            fill.right = client->right;
        }
        fill_color(hdc, &fill, text_bk);
    }
    WCHAR *text = tv_item_text(tv, item);
    if (text) {
        RECT rc = text_rc;
        InflateRect(&rc, -TEXT_MARGIN, 0);
        SetBkMode(hdc, TRANSPARENT);
        SetTextColor(hdc, fg);
        DrawTextW(hdc, text, -1, &rc, DT_LEFT | DT_VCENTER | DT_SINGLELINE | DT_NOPREFIX);
        free(text);
    }
    if (tv->focused && item == tv->caret) DrawFocusRect(hdc, &text_rc);
}

static LRESULT custom_draw(struct treeview *tv, NMTVCUSTOMDRAW *cd, DWORD stage)
{
    cd->nmcd.dwDrawStage = stage;
    return tv_send_notify(tv, NM_CUSTOMDRAW, &cd->nmcd.hdr);
}

/* NM_CUSTOMDRAW: the prepaint stage, then each item's when the parent
 * asks (CDRF_NOTIFYITEMDRAW) with the colours it may change, and the
 * post-treeview_paint stages it asks for */
void treeview_paint(struct treeview *tv, HDC hdc)
{
    NMTVCUSTOMDRAW cd;
    RECT client;
    GetClientRect(tv->hwnd, &client);
    fill_color(hdc, &client, color_or(tv->bk, COLOR_WINDOW));
    tv_update_rows(tv);
    HGDIOBJ old = SelectObject(hdc, tv_font(tv));
    memset(&cd, 0, sizeof(cd));
    cd.nmcd.hdc = hdc;
    cd.nmcd.rc = client;
    LRESULT mode = custom_draw(tv, &cd, CDDS_PREPAINT);
    if (mode & CDRF_SKIPDEFAULT) {
        SelectObject(hdc, old);
        return;
    }
    for (INT row = tv->top; row < tv->nrows && (row - tv->top) * tv->height < client.bottom; row++) {
        struct tv_item *item = tv->rows[row];
        COLORREF fg, text_bk;
        BOOL hilite = item_colors(tv, item, &fg, &text_bk);
        LRESULT item_mode = 0;
        if (mode & CDRF_NOTIFYITEMDRAW) {
            cd.nmcd.rc = client;
            cd.nmcd.rc.top = (row - tv->top) * tv->height;
            cd.nmcd.rc.bottom = cd.nmcd.rc.top + tv->height;
            cd.nmcd.dwItemSpec = (DWORD_PTR)item;
            cd.nmcd.uItemState = ((item->state & TVIS_SELECTED) ? CDIS_SELECTED : 0) |
                                 ((tv->focused && item == tv->caret) ? CDIS_FOCUS : 0);
            cd.nmcd.lItemlParam = item->param;
            cd.clrText = fg;
            cd.clrTextBk = text_bk;
            cd.iLevel = item->level;
            item_mode = custom_draw(tv, &cd, CDDS_ITEMPREPAINT);
            if (item_mode & CDRF_SKIPDEFAULT) continue;
            fg = cd.clrText;
            text_bk = cd.clrTextBk;
            if (text_bk != color_or(tv->bk, COLOR_WINDOW)) hilite = TRUE;
        }
        draw_item(tv, hdc, item, &client, fg, text_bk, hilite);
        if (item_mode & CDRF_NOTIFYPOSTPAINT) custom_draw(tv, &cd, CDDS_ITEMPOSTPAINT);
    }
    if (mode & CDRF_NOTIFYPOSTPAINT) {
        cd.nmcd.rc = client;
        cd.nmcd.dwItemSpec = 0;
        custom_draw(tv, &cd, CDDS_POSTPAINT);
    }
    SelectObject(hdc, old);
}
