/*
 * The "Edit" control's geometry and interaction: measuring with the
 * control's font, the format rectangle, mapping characters to points and
 * back, scrolling, painting, the caret, the keyboard and the mouse.
 * Measuring uses a memory DC of the control's own, so that layout works
 * the same with or without a display.
 */
#include <stdlib.h>
#include <string.h>
#include "edit.h"

#define SM_CXBORDER 5
#define EDIT_TEXT_CHUNK 512

/* the password character repeated, standing for LEN characters of text */
static const WCHAR *shown_text(struct edit *e, const WCHAR *text, UINT len, WCHAR **tmp)
{
    *tmp = NULL;
    if (!(edit_style(e) & ES_PASSWORD) || !e->password) return text;
    if (!(*tmp = malloc((len + 1) * sizeof(WCHAR)))) return text;
    for (UINT i = 0; i < len; i++) (*tmp)[i] = e->password;
    return *tmp;
}

static HDC measure_dc(struct edit *e)
{
    const struct user_gdi *g = user_gdi();
    TEXTMETRICW tm;

    if (e->dc || !g) return e->dc;
    if (!(e->dc = g->create_compatible_dc(NULL))) return NULL;
    g->select_object(e->dc, e->font ? (HGDIOBJ)e->font : g->get_stock_object(SYSTEM_FONT));
    if (g->get_text_metrics(e->dc, &tm)) {
        e->line_height = tm.tmHeight;
        e->ave_width = tm.tmAveCharWidth;
    }
    return e->dc;
}

void edit_release_dc(struct edit *e)
{
    const struct user_gdi *g = user_gdi();
    if (e->dc && g) g->delete_dc(e->dc);
    e->dc = NULL;
}

static INT text_width(struct edit *e, const WCHAR *text, UINT len)
{
    const struct user_gdi *g = user_gdi();
    HDC dc = measure_dc(e);
    WCHAR *tmp;
    SIZE size = { 0, 0 };

    if (!len || !dc) return 0;
    text = shown_text(e, text, len, &tmp);
    g->get_extent_ex(dc, text, len, 0, NULL, NULL, &size);
    free(tmp);
    return size.cx;
}

INT edit_fit(struct edit *e, const WCHAR *text, UINT len, INT width)
{
    const struct user_gdi *g = user_gdi();
    HDC dc = measure_dc(e);
    WCHAR *tmp;
    INT fit = len;
    SIZE size;

    if (!len || !dc) return len;
    text = shown_text(e, text, len, &tmp);
    if (!g->get_extent_ex(dc, text, len, width, &fit, NULL, &size)) fit = len;
    free(tmp);
    return fit;
}

void edit_set_font(struct edit *e, HFONT font, BOOL redraw)
{
    e->font = font;
    edit_release_dc(e);
    e->line_height = 16;
    e->ave_width = 8;
    measure_dc(e);
    /* EC_USEFONTINFO margins: none for the system font, as Windows */
    edit_set_margins(e, EC_LEFTMARGIN | EC_RIGHTMARGIN, EC_USEFONTINFO, EC_USEFONTINFO);
    if (redraw) InvalidateRect(e->hwnd, NULL, TRUE);
    edit_update_caret(e);
}

void edit_set_margins(struct edit *e, UINT which, WORD left, WORD right)
{
    INT font_margin = e->font ? e->ave_width / 2 : 0;
    if (which & EC_LEFTMARGIN) e->left_margin = left == EC_USEFONTINFO ? font_margin : left;
    if (which & EC_RIGHTMARGIN) e->right_margin = right == EC_USEFONTINFO ? font_margin : right;
    e->format_fixed = FALSE;
    edit_reset_format(e);
}

/* The format rectangle from RC: inside the border and the margins, a
 * whole number of lines high. FROM_CLIENT: RC is the client area, which
 * the non-client border already left out. */
void edit_set_format(struct edit *e, RECT rc, BOOL from_client)
{
    if (edit_style(e) & WS_BORDER) {
        INT inset = from_client ? 1 : GetSystemMetrics(SM_CXBORDER) + 1;
        InflateRect(&rc, -inset, -inset);
    }
    rc.left += e->left_margin;
    rc.right -= e->right_margin;
    if (rc.right < rc.left) rc.right = rc.left;
    if (edit_multiline(e)) {
        INT lines = (rc.bottom - rc.top) / max(e->line_height, 1);
        rc.bottom = rc.top + max(lines, 1) * e->line_height;
    } else rc.bottom = rc.top + e->line_height;
    e->format = rc;
}

void edit_reset_format(struct edit *e)
{
    RECT rc;

    if (!e->format_fixed) {
        GetClientRect(e->hwnd, &rc);
        edit_set_format(e, rc, TRUE);
    }
    edit_build_lines(e);
    edit_scroll_caret(e);
    edit_sync_scroll(e);
}

static INT visible_lines(struct edit *e)
{
    INT n = (e->format.bottom - e->format.top) / max(e->line_height, 1);
    return max(n, 1);
}

BOOL edit_overflows(struct edit *e)
{
    DWORD style = edit_style(e);
    if (style & ES_MULTILINE) return !(style & ES_AUTOVSCROLL) && (INT)e->line_count > visible_lines(e);
    return !(style & ES_AUTOHSCROLL) && text_width(e, e->text, e->len) > e->format.right - e->format.left;
}

/* where line LINE starts horizontally, in client coordinates */
static INT line_x(struct edit *e, UINT line)
{
    INT x = e->format.left, room = e->format.right - e->format.left, w;
    DWORD align = edit_style(e) & (ES_CENTER | ES_RIGHT);

    if (!edit_multiline(e)) x -= text_width(e, e->text, e->x_offset);
    else x -= e->x_offset;
    if (align && line < e->line_count) {
        w = text_width(e, e->text + e->lines[line].start, e->lines[line].len);
        if (w < room) x += (align & ES_RIGHT) ? room - w : (room - w) / 2;
    }
    return x;
}

void edit_pos_from_char(struct edit *e, UINT index, POINT *pt)
{
    UINT line = edit_line_from_char(e, index);
    const struct edit_line *l = &e->lines[line];
    UINT n = min(index - l->start, l->len);

    pt->x = line_x(e, line) + text_width(e, e->text + l->start, n);
    pt->y = e->format.top + ((INT)line - (edit_multiline(e) ? e->first_line : 0)) * e->line_height;
}

UINT edit_char_from_pos(struct edit *e, INT x, INT y, UINT *line_out)
{
    INT line = 0, base, prev = 0;
    const struct edit_line *l;

    if (edit_multiline(e)) {
        INT dy = y - e->format.top;
        line = e->first_line + (dy >= 0 ? dy / max(e->line_height, 1) : -1 - (-dy - 1) / max(e->line_height, 1));
        if (line < 0) line = 0;
        if ((UINT)line >= e->line_count) line = e->line_count - 1;
    }
    l = &e->lines[line];
    *line_out = line;
    base = line_x(e, line);
    for (UINT i = 1; i <= l->len; i++) {
        INT w = text_width(e, e->text + l->start, i);
        if (x < base + (prev + w) / 2) return l->start + i - 1;
        prev = w;
    }
    return l->start + l->len;
}

void edit_scroll_caret(struct edit *e)
{
    INT room = e->format.right - e->format.left;

    if (!e->line_count) return;
    if (edit_multiline(e)) {
        INT line = edit_line_from_char(e, e->sel_end), vlc = visible_lines(e);
        const struct edit_line *l = &e->lines[line];
        if (line < e->first_line) e->first_line = line;
        if (line >= e->first_line + vlc) e->first_line = line - vlc + 1;
        if (edit_style(e) & ES_AUTOHSCROLL) {
            INT cx = text_width(e, e->text + l->start, min(e->sel_end - l->start, l->len));
            if (cx < e->x_offset) e->x_offset = cx;
            if (cx > e->x_offset + room - 1) e->x_offset = cx - room + 1;
        }
    } else {
        if (e->sel_end < (UINT)e->x_offset) e->x_offset = e->sel_end;
        while ((UINT)e->x_offset < e->sel_end && text_width(e, e->text + e->x_offset, e->sel_end - e->x_offset) > room)
            e->x_offset++;
        /* no gap at the right while there is hidden text at the left */
        while (e->x_offset > 0 && text_width(e, e->text + e->x_offset - 1, e->len - e->x_offset + 1) <= room)
            e->x_offset--;
    }
}

/* DY lines and DX_PX pixels (multi-line) or characters (single line) */
static void scroll_by(struct edit *e, INT dx_px, INT dy)
{
    INT top = e->first_line + dy, most = max((INT)e->line_count - visible_lines(e), 0);
    if (top > most) top = most;
    if (top < 0) top = 0;
    e->first_line = top;
    if (dx_px && !(edit_style(e) & ES_MULTILINE && !(edit_style(e) & (ES_AUTOHSCROLL | WS_HSCROLL)))) {
        e->x_offset += dx_px;
        if (e->x_offset < 0) e->x_offset = 0;
    }
    edit_invalidate(e);
    edit_update_caret(e);
}

void edit_line_scroll(struct edit *e, INT dx, INT dy)
{
    scroll_by(e, dx * e->ave_width, dy);
}

/* the widest line in pixels: the horizontal bar's range. Measured on
 * each change, which only multi-line controls with WS_HSCROLL pay. */
static INT widest_line(struct edit *e)
{
    INT most = 0;
    for (UINT i = 0; i < e->line_count; i++)
        most = max(most, text_width(e, e->text + e->lines[i].start, e->lines[i].len));
    return most;
}

/* A multi-line control keeps its own scroll bars in step with the text,
 * as Windows does: vertically in lines (range 0..count-1, page = the
 * visible lines, position = the first visible one), horizontally in
 * pixels (range 0..widest + page - 1, page = the format width). The bars
 * stay shown, disabled when all fits (SIF_DISABLENOSCROLL). */
void edit_sync_scroll(struct edit *e)
{
    SCROLLINFO si = { sizeof(si), SIF_RANGE | SIF_PAGE | SIF_POS | SIF_DISABLENOSCROLL, 0, 0, 0, 0, 0 };
    DWORD style = edit_style(e);

    if (!(style & ES_MULTILINE) || e->syncing) return;
    e->syncing = TRUE;
    if ((style & WS_VSCROLL) && !e->vtracking) {
        si.nMax = e->line_count ? (INT)e->line_count - 1 : 0;
        si.nPage = visible_lines(e);
        si.nPos = e->first_line;
        SetScrollInfo(e->hwnd, SB_VERT, &si, TRUE);
    }
    if ((style & WS_HSCROLL) && !e->htracking) {
        INT room = max(e->format.right - e->format.left, 1);
        si.nMax = widest_line(e) + room - 1;
        si.nPage = room;
        si.nPos = e->x_offset;
        SetScrollInfo(e->hwnd, SB_HORZ, &si, TRUE);
    }
    e->syncing = FALSE;
}

/* WM_VSCROLL and WM_HSCROLL from the control's own bars (multi-line).
 * While the thumb is dragged the text follows it but the bar is left to
 * the tracking; SB_THUMBPOSITION and SB_ENDSCROLL hand it back. */
LRESULT edit_scroll_bar(struct edit *e, UINT msg, WORD action, INT pos)
{
    if (msg == WM_VSCROLL) {
        switch (action) {
        case SB_LINEUP: case SB_LINEDOWN: case SB_PAGEUP: case SB_PAGEDOWN: edit_scroll(e, action); break;
        case SB_TOP: scroll_by(e, 0, -(INT)e->line_count); break;
        case SB_BOTTOM: scroll_by(e, 0, e->line_count); break;
        case SB_THUMBTRACK: e->vtracking = TRUE; scroll_by(e, 0, pos - e->first_line); break;
        case SB_THUMBPOSITION: e->vtracking = FALSE; scroll_by(e, 0, pos - e->first_line); break;
        case SB_ENDSCROLL: e->vtracking = FALSE; edit_sync_scroll(e); break;
        }
        return 0;
    } else {
        /* a page is a third of the width, in whole average characters */
        INT page = (e->format.right - e->format.left) / 3 / max(e->ave_width, 1) * e->ave_width;
        switch (action) {
        case SB_LINELEFT: scroll_by(e, -e->ave_width, 0); break;
        case SB_LINERIGHT: scroll_by(e, e->ave_width, 0); break;
        case SB_PAGELEFT: scroll_by(e, -page, 0); break;
        case SB_PAGERIGHT: scroll_by(e, page, 0); break;
        case SB_LEFT: scroll_by(e, -e->x_offset, 0); break;
        case SB_RIGHT: scroll_by(e, widest_line(e) - e->x_offset, 0); break;
        case SB_THUMBTRACK: e->htracking = TRUE; scroll_by(e, pos - e->x_offset, 0); break;
        case SB_THUMBPOSITION: e->htracking = FALSE; scroll_by(e, pos - e->x_offset, 0); break;
        case SB_ENDSCROLL: e->htracking = FALSE; edit_sync_scroll(e); break;
        }
        return 0;
    }
}

LRESULT edit_scroll(struct edit *e, INT action)
{
    INT before = e->first_line, dy;
    switch (action) {
    case SB_LINEUP: dy = -1; break;
    case SB_LINEDOWN: dy = 1; break;
    case SB_PAGEUP: dy = -visible_lines(e); break;
    case SB_PAGEDOWN: dy = visible_lines(e); break;
    default: return FALSE;
    }
    edit_line_scroll(e, 0, dy);
    return MAKELONG((SHORT)(e->first_line - before), TRUE);
}

void edit_invalidate(struct edit *e)
{
    edit_sync_scroll(e);   /* every change of text or scrolling comes here */
    InvalidateRect(e->hwnd, NULL, FALSE);
}

void edit_update_caret(struct edit *e)
{
    POINT pt;
    if (!e->focused || !e->line_count) return;
    edit_pos_from_char(e, e->sel_end, &pt);
    SetCaretPos(pt.x, pt.y);
}

/* ---- painting ---- */

static void draw_run(struct edit *e, HDC hdc, INT *x, INT y, UINT start, UINT len, BOOL selected, COLORREF fg, COLORREF bg)
{
    const struct user_gdi *g = user_gdi();
    WCHAR *tmp;
    const WCHAR *text;

    if (!len) return;
    text = shown_text(e, e->text + start, len, &tmp);
    g->set_text_color(hdc, selected ? GetSysColor(COLOR_HIGHLIGHTTEXT) : fg);
    g->set_bk_color(hdc, selected ? GetSysColor(COLOR_HIGHLIGHT) : bg);
    g->set_bk_mode(hdc, selected ? OPAQUE : TRANSPARENT);
    g->ext_text_out(hdc, *x, y, ETO_CLIPPED | (selected ? ETO_OPAQUE : 0), &e->format, text, len, NULL);
    free(tmp);
    *x += text_width(e, e->text + start, len);
}

void edit_paint(struct edit *e, HDC given)
{
    const struct user_gdi *g = user_gdi();
    PAINTSTRUCT ps;
    HDC hdc;
    DWORD style = edit_style(e);
    BOOL grey = (style & ES_READONLY) || !IsWindowEnabled(e->hwnd);
    HWND parent = GetParent(e->hwnd);
    HBRUSH brush = NULL;
    HGDIOBJ old_font;
    COLORREF fg, bg;
    UINT s = min(e->sel_start, e->sel_end), t = max(e->sel_start, e->sel_end);
    BOOL show_sel = e->focused || (style & ES_NOHIDESEL);
    RECT rc;

    if (!g) return;
    caret_paint_begin(e->hwnd);
    hdc = given ? given : BeginPaint(e->hwnd, &ps);
    /* Windows' defaults, which the parent may change in WM_CTLCOLOR* */
    g->set_text_color(hdc, GetSysColor(IsWindowEnabled(e->hwnd) ? COLOR_WINDOWTEXT : COLOR_GRAYTEXT));
    g->set_bk_color(hdc, GetSysColor(grey ? COLOR_BTNFACE : COLOR_WINDOW));
    if (parent) brush = (HBRUSH)SendMessageW(parent, grey ? WM_CTLCOLORSTATIC : WM_CTLCOLOREDIT, (WPARAM)hdc, (LPARAM)e->hwnd);
    if (!brush) brush = GetSysColorBrush(grey ? COLOR_BTNFACE : COLOR_WINDOW);
    fg = g->get_text_color(hdc);
    bg = g->set_bk_color(hdc, 0);
    g->set_bk_color(hdc, bg);
    GetClientRect(e->hwnd, &rc);
    FillRect(hdc, &rc, brush);
    old_font = g->select_object(hdc, e->font ? (HGDIOBJ)e->font : g->get_stock_object(SYSTEM_FONT));
    for (UINT i = edit_multiline(e) ? e->first_line : 0; i < e->line_count; i++) {
        const struct edit_line *l = &e->lines[i];
        POINT pt;
        UINT a = l->start, b = l->start + l->len;
        INT x;

        edit_pos_from_char(e, l->start, &pt);
        if (pt.y >= e->format.bottom) break;
        x = pt.x;
        if (!edit_multiline(e)) {   /* scrolled: start drawing at the first visible character */
            x = line_x(e, 0) + text_width(e, e->text, e->x_offset);
            a = e->x_offset;
        }
        if (show_sel && s < b && t > a) {
            UINT ss = max(s, a), tt = min(t, b);
            draw_run(e, hdc, &x, pt.y, a, ss - a, FALSE, fg, bg);
            draw_run(e, hdc, &x, pt.y, ss, tt - ss, TRUE, fg, bg);
            draw_run(e, hdc, &x, pt.y, tt, b - tt, FALSE, fg, bg);
        } else draw_run(e, hdc, &x, pt.y, a, b - a, FALSE, fg, bg);
    }
    g->select_object(hdc, old_font);
    if (!given) EndPaint(e->hwnd, &ps);
    caret_paint_end(e->hwnd);
}

/* ---- focus, keys, mouse ---- */

void edit_focus(struct edit *e, BOOL on)
{
    e->focused = on;
    if (on) {
        CreateCaret(e->hwnd, NULL, 1, e->line_height);
        edit_update_caret(e);
        ShowCaret(e->hwnd);
    } else DestroyCaret();
    edit_invalidate(e);
}

static BOOL is_space(WCHAR c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

static UINT word_left(struct edit *e, UINT pos)
{
    while (pos > 0 && is_space(e->text[pos - 1])) pos--;
    while (pos > 0 && !is_space(e->text[pos - 1])) pos--;
    return pos;
}

static UINT word_right(struct edit *e, UINT pos)
{
    while (pos < e->len && !is_space(e->text[pos])) pos++;
    while (pos < e->len && is_space(e->text[pos])) pos++;
    return pos;
}

/* one character back or forward; a line break counts as one */
static UINT char_left(struct edit *e, UINT pos)
{
    if (!pos) return 0;
    if (pos >= 2 && e->text[pos - 1] == '\n' && e->text[pos - 2] == '\r') return pos - 2 - (pos >= 3 && e->text[pos - 3] == '\r');
    return pos - 1;
}

static UINT char_right(struct edit *e, UINT pos)
{
    if (pos >= e->len) return e->len;
    if (e->text[pos] == '\r' && pos + 1 < e->len && e->text[pos + 1] == '\n') return pos + 2;
    if (e->text[pos] == '\r' && pos + 2 < e->len && e->text[pos + 1] == '\r' && e->text[pos + 2] == '\n') return pos + 3;
    return pos + 1;
}

static void move_caret(struct edit *e, UINT pos, BOOL extend)
{
    e->sel_end = pos;
    if (!extend) e->sel_start = pos;
    edit_scroll_caret(e);
    edit_invalidate(e);
    edit_update_caret(e);
}

static UINT vertical(struct edit *e, INT lines)
{
    POINT pt;
    UINT line;
    edit_pos_from_char(e, e->sel_end, &pt);
    return edit_char_from_pos(e, pt.x, pt.y + lines * e->line_height, &line);
}

void edit_key(struct edit *e, WPARAM vk)
{
    BOOL shift = GetKeyState(VK_SHIFT) < 0, ctrl = GetKeyState(VK_CONTROL) < 0;
    UINT s = min(e->sel_start, e->sel_end), t = max(e->sel_start, e->sel_end);
    UINT line = edit_line_from_char(e, e->sel_end);
    BOOL multi = edit_multiline(e), readonly = (edit_style(e) & ES_READONLY) != 0;

    switch (vk) {
    case VK_LEFT:
        if (!shift && s != t && !ctrl) move_caret(e, s, FALSE);
        else move_caret(e, ctrl ? word_left(e, e->sel_end) : char_left(e, e->sel_end), shift);
        break;
    case VK_RIGHT:
        if (!shift && s != t && !ctrl) move_caret(e, t, FALSE);
        else move_caret(e, ctrl ? word_right(e, e->sel_end) : char_right(e, e->sel_end), shift);
        break;
    case VK_UP: case VK_DOWN:
        if (multi) move_caret(e, vertical(e, vk == VK_UP ? -1 : 1), shift);
        else move_caret(e, vk == VK_UP ? char_left(e, e->sel_end) : char_right(e, e->sel_end), shift);
        break;
    case VK_PRIOR: case VK_NEXT:
        if (multi) {
            INT n = visible_lines(e) * (vk == VK_PRIOR ? -1 : 1);
            UINT pos = vertical(e, n);
            edit_line_scroll(e, 0, n);
            move_caret(e, pos, shift);
        }
        break;
    case VK_HOME: move_caret(e, ctrl ? 0 : e->lines[line].start, shift); break;
    case VK_END: move_caret(e, ctrl ? e->len : e->lines[line].start + e->lines[line].len, shift); break;
    case VK_DELETE:
        if (readonly) break;
        if (shift) {   /* Shift+Del: cut */
            edit_copy(e);
            edit_clear(e);
        } else {
            if (s == t) {
                e->sel_start = e->sel_end;
                e->sel_end = ctrl ? word_right(e, e->sel_end) : char_right(e, e->sel_end);
            }
            edit_clear(e);
        }
        break;
    case VK_INSERT:
        if (ctrl) edit_copy(e);
        else if (shift) edit_paste(e);
        break;
    /* a multi-line edit in a dialog gets every key (DLGC_WANTALLKEYS) and
     * hands the dialog's own back: Enter to the default button (unless
     * ES_WANTRETURN), Esc as WM_CLOSE, Tab to the next control */
    case VK_RETURN:
        if (multi && e->dialog_mode && !ctrl && !(edit_style(e) & ES_WANTRETURN)) {
            HWND parent = GetParent(e->hwnd), def;
            DWORD id = parent ? SendMessageW(parent, DM_GETDEFID, 0, 0) : 0;
            if (HIWORD(id) == DC_HASDEFID && (def = GetDlgItem(parent, LOWORD(id)))) {
                SendMessageW(parent, WM_NEXTDLGCTL, (WPARAM)def, TRUE);
                PostMessageW(def, WM_KEYDOWN, VK_RETURN, 0);
            }
        }
        break;
    case VK_ESCAPE:
        if (multi && e->dialog_mode && GetParent(e->hwnd)) PostMessageW(GetParent(e->hwnd), WM_CLOSE, 0, 0);
        break;
    case VK_TAB:
        if (multi && e->dialog_mode && GetParent(e->hwnd)) SendMessageW(GetParent(e->hwnd), WM_NEXTDLGCTL, shift, 0);
        break;
    }
}

void edit_char(struct edit *e, WCHAR c)
{
    DWORD style = edit_style(e);
    BOOL readonly = (style & ES_READONLY) != 0, multi = (style & ES_MULTILINE) != 0;

    switch (c) {
    case 0x03: edit_copy(e); return;                          /* Ctrl+C */
    case 0x18: if (!readonly) { edit_copy(e); edit_clear(e); } return;   /* Ctrl+X */
    case 0x16: edit_paste(e); return;                         /* Ctrl+V */
    case 0x1a: if (!readonly) SendMessageW(e->hwnd, WM_UNDO, 0, 0); return;   /* Ctrl+Z */
    }
    if (readonly) return;
    if (c == '\b') {
        if (e->sel_start == e->sel_end) {
            if (!e->sel_end) return;
            e->sel_start = char_left(e, e->sel_end);
        }
        edit_replace_sel(e, u"", 0, TRUE, FALSE, TRUE);
        return;
    }
    if (c == 0x7f) {   /* Ctrl+Backspace: the word before the caret */
        if (e->sel_start == e->sel_end) e->sel_start = word_left(e, e->sel_end);
        edit_replace_sel(e, u"", 0, TRUE, FALSE, TRUE);
        return;
    }
    /* in a dialog, Enter (without ES_WANTRETURN) and Tab belong to the dialog */
    if (c == '\r' && multi && !(style & ES_WANTRETURN) && e->dialog_mode) return;
    if (c == '\r' || c == '\n') {
        if (multi) edit_replace_sel(e, u"\r\n", 2, TRUE, TRUE, TRUE);
        return;
    }
    if (c == '\t') {
        if (multi && !e->dialog_mode) edit_replace_sel(e, u"\t", 1, TRUE, TRUE, TRUE);
        return;
    }
    if (c < 0x20) return;
    if ((style & ES_NUMBER) && (c < '0' || c > '9')) {
        MessageBeep(0);
        return;
    }
    edit_replace_sel(e, &c, 1, TRUE, TRUE, TRUE);
}

void edit_mouse(struct edit *e, UINT msg, WPARAM wp, LPARAM lp)
{
    INT x = (SHORT)LOWORD(lp), y = (SHORT)HIWORD(lp);
    UINT line, pos;

    switch (msg) {
    case WM_LBUTTONDOWN:
        if (!e->focused) SetFocus(e->hwnd);
        pos = edit_char_from_pos(e, x, y, &line);
        move_caret(e, pos, (wp & MK_SHIFT) != 0);
        SetCapture(e->hwnd);
        e->captured = TRUE;
        break;
    case WM_LBUTTONDBLCLK:   /* the word under the pointer, with the spaces after it */
        pos = edit_char_from_pos(e, x, y, &line);
        e->sel_start = pos;
        while (e->sel_start > e->lines[line].start && !is_space(e->text[e->sel_start - 1])) e->sel_start--;
        pos = word_right(e, pos);
        if (pos > e->lines[line].start + e->lines[line].len) pos = e->lines[line].start + e->lines[line].len;
        move_caret(e, pos, TRUE);
        break;
    case WM_MOUSEMOVE:
        if (e->captured) move_caret(e, edit_char_from_pos(e, x, y, &line), TRUE);
        break;
    case WM_LBUTTONUP:
        if (e->captured) ReleaseCapture();
        e->captured = FALSE;
        break;
    case WM_CAPTURECHANGED:
        e->captured = FALSE;
        break;
    }
}
