/*
 * The "Edit" control: the text, its lines, the selection, undo and the
 * EM_* messages. Drawing, the caret and the mouse are in editdraw.c.
 *
 * The text is one UTF-16 buffer. Multi-line controls break lines at
 * "\r\n" and, unless ES_AUTOHSCROLL or WS_HSCROLL, wrap at the format
 * rectangle's width after the last space that fits (a word wider than the
 * line is cut), as Windows does; the spaces stay at the end of the line.
 * Undo is one level, as in Windows: an EM_UNDO swaps back the last change
 * (typing at the end of the last insertion extends it), so a second
 * EM_UNDO redoes.
 */
#include <stdlib.h>
#include <string.h>
#include "edit.h"

static void notify(struct edit *e, WORD code)
{
    if (!e->in_create) control_notify(e->hwnd, code);
}

DWORD edit_style(const struct edit *e) { return GetWindowLongW(e->hwnd, GWL_STYLE); }
BOOL edit_multiline(const struct edit *e) { return (edit_style(e) & ES_MULTILINE) != 0; }

static BOOL wraps(const struct edit *e)
{
    DWORD style = edit_style(e);
    return (style & ES_MULTILINE) && !(style & (ES_AUTOHSCROLL | WS_HSCROLL));
}

/* ---- lines ---- */

static BOOL add_line(struct edit *e, UINT start, UINT len, UINT next)
{
    if (e->line_count == e->line_cap) {
        UINT cap = e->line_cap ? e->line_cap * 2 : 16;
        struct edit_line *lines = realloc(e->lines, cap * sizeof(*lines));
        if (!lines) return FALSE;
        e->lines = lines;
        e->line_cap = cap;
    }
    e->lines[e->line_count].start = start;
    e->lines[e->line_count].len = len;
    e->lines[e->line_count].next = next;
    e->line_count++;
    return TRUE;
}

/* How many characters of TEXT (up to LEN) fit in WIDTH pixels, breaking
 * after a space when one fits; at least one character. */
static UINT wrap_length(struct edit *e, const WCHAR *text, UINT len, INT width)
{
    INT fit = 0;
    UINT brk;

    fit = edit_fit(e, text, len, width);
    if ((UINT)fit >= len) return len;
    if (fit < 1) return 1;
    /* spaces just past the edge stay on this line */
    if (text[fit] == ' ') {
        while ((UINT)fit < len && text[fit] == ' ') fit++;
        return fit;
    }
    for (brk = fit; brk > 0; brk--)
        if (text[brk - 1] == ' ') return brk;
    return fit;
}

void edit_build_lines(struct edit *e)
{
    UINT pos = 0;
    INT width = e->format.right - e->format.left;

    e->line_count = 0;
    if (!edit_multiline(e)) {
        add_line(e, 0, e->len, e->len);
        return;
    }
    for (;;) {
        UINT end = pos, next;
        while (end < e->len && !(e->text[end] == '\r' && end + 1 < e->len && e->text[end + 1] == '\n')) {
            /* a soft break "\r\r\n" from EM_FMTLINES ends the line too */
            if (e->text[end] == '\r' && end + 2 < e->len && e->text[end + 1] == '\r' && e->text[end + 2] == '\n') break;
            end++;
        }
        if (end < e->len) next = end + (e->text[end + 1] == '\r' ? 3 : 2);
        else next = end;
        /* wrap the paragraph [pos, end) */
        while (wraps(e) && width > 0 && end - pos > 0) {
            UINT n = wrap_length(e, e->text + pos, end - pos, width);
            if (n >= end - pos) break;
            add_line(e, pos, n, pos + n);
            pos += n;
        }
        add_line(e, pos, end - pos, next);
        if (end >= e->len) break;
        pos = next;
    }
}

UINT edit_line_from_char(const struct edit *e, UINT index)
{
    UINT i;
    for (i = 0; i + 1 < e->line_count; i++)
        if (index < e->lines[i + 1].start) break;
    return i;
}

/* ---- changing the text ---- */

static BOOL reserve(struct edit *e, UINT len)
{
    if (len + 1 > e->cap) {
        UINT cap = (len + 1) * 3 / 2 + 16;
        WCHAR *text = realloc(e->text, cap * sizeof(WCHAR));
        if (!text) return FALSE;
        e->text = text;
        e->cap = cap;
    }
    return TRUE;
}

static void save_undo(struct edit *e, UINT pos, UINT removed, UINT inserted)
{
    if (!removed && e->can_undo && e->undo_pos + e->undo_inserted == pos) {
        e->undo_inserted += inserted;   /* typing on: one undo step */
        return;
    }
    free(e->undo_text);
    e->undo_text = NULL;
    e->undo_len = 0;
    if (removed && (e->undo_text = malloc(removed * sizeof(WCHAR)))) {
        memcpy(e->undo_text, e->text + pos, removed * sizeof(WCHAR));
        e->undo_len = removed;
    }
    e->undo_pos = pos;
    e->undo_inserted = inserted;
    e->can_undo = TRUE;
}

/* Replaces the selection with TEXT (LEN characters), leaving the caret
 * after it. HONOR_LIMIT: cut the insertion at the text limit (EN_MAXTEXT).
 * NOTIFY: EN_UPDATE and EN_CHANGE. Returns FALSE when nothing could change. */
BOOL edit_replace_sel(struct edit *e, const WCHAR *text, UINT len, BOOL can_undo, BOOL honor_limit, BOOL notify_parent)
{
    UINT start = min(e->sel_start, e->sel_end), end = max(e->sel_start, e->sel_end), removed = end - start;
    DWORD style = edit_style(e);
    WCHAR *conv = NULL;
    BOOL maxed = FALSE;

    if (honor_limit && e->len - removed + len > e->limit) {
        len = e->len - removed >= e->limit ? 0 : e->limit - (e->len - removed);
        maxed = TRUE;
    }
    if (len && (style & (ES_UPPERCASE | ES_LOWERCASE)) && (conv = malloc(len * sizeof(WCHAR)))) {
        memcpy(conv, text, len * sizeof(WCHAR));
        if (style & ES_UPPERCASE) CharUpperBuffW(conv, len);
        else CharLowerBuffW(conv, len);
        text = conv;
    }
    if (!removed && !len) {
        free(conv);
        if (maxed) notify(e, EN_MAXTEXT);
        return FALSE;
    }
    if (!reserve(e, e->len - removed + len)) {
        free(conv);
        notify(e, EN_ERRSPACE);
        return FALSE;
    }
    if (can_undo) save_undo(e, start, removed, len);
    else edit_empty_undo(e);
    memmove(e->text + start + len, e->text + end, (e->len - end) * sizeof(WCHAR));
    memcpy(e->text + start, text, len * sizeof(WCHAR));
    e->len = e->len - removed + len;
    e->text[e->len] = 0;
    e->sel_start = e->sel_end = start + len;
    e->modified = TRUE;
    free(conv);
    edit_build_lines(e);
    /* without ES_AUTOVSCROLL (multi-line) or ES_AUTOHSCROLL (single line)
     * the control keeps only what fits, as Windows does */
    while (honor_limit && len && edit_overflows(e)) {
        /* drop the last character inserted; a line break goes whole */
        UINT n = (len >= 2 && e->text[start + len - 1] == '\n' && e->text[start + len - 2] == '\r') ? 2 : 1;
        memmove(e->text + start + len - n, e->text + start + len, (e->len - start - len + 1) * sizeof(WCHAR));
        e->len -= n;
        len -= n;
        e->sel_start = e->sel_end = start + len;
        if (can_undo) e->undo_inserted -= min(n, e->undo_inserted);
        edit_build_lines(e);
        maxed = TRUE;
    }
    edit_scroll_caret(e);
    edit_invalidate(e);
    edit_update_caret(e);   /* the caret follows what was typed or pasted */
    if (maxed) notify(e, EN_MAXTEXT);
    if (notify_parent) {
        notify(e, EN_UPDATE);
        notify(e, EN_CHANGE);
    }
    return TRUE;
}

void edit_empty_undo(struct edit *e)
{
    free(e->undo_text);
    e->undo_text = NULL;
    e->undo_len = e->undo_pos = e->undo_inserted = 0;
    e->can_undo = FALSE;
}

static BOOL undo(struct edit *e)
{
    WCHAR *text = e->undo_text;
    UINT len = e->undo_len, pos = e->undo_pos, inserted = e->undo_inserted;

    if (!e->can_undo) return FALSE;
    e->undo_text = NULL;
    e->can_undo = FALSE;
    e->sel_start = pos;
    e->sel_end = min(pos + inserted, e->len);
    edit_replace_sel(e, text ? text : u"", len, TRUE, FALSE, TRUE);
    free(text);
    /* the text brought back is selected, and the next undo puts back the present one */
    e->sel_start = pos;
    e->sel_end = pos + len;
    edit_update_caret(e);
    return TRUE;
}

void edit_set_sel(struct edit *e, INT start, INT end)
{
    UINT len = e->len;
    if (start == -1) start = end = e->sel_end;   /* deselect, keeping the caret */
    if ((UINT)start > len) start = len;
    if ((UINT)end > len) end = len;              /* -1 too: to the end */
    e->sel_start = start;
    e->sel_end = end;
    edit_scroll_caret(e);
    edit_invalidate(e);
    edit_update_caret(e);
}

/* ---- clipboard ---- */

void edit_copy(struct edit *e)
{
    UINT s = min(e->sel_start, e->sel_end), t = max(e->sel_start, e->sel_end);
    if (t > s && !(edit_style(e) & ES_PASSWORD)) clipboard_set_text(e->hwnd, e->text + s, t - s);
}

void edit_clear(struct edit *e)
{
    if (e->sel_start != e->sel_end && !(edit_style(e) & ES_READONLY)) edit_replace_sel(e, u"", 0, TRUE, FALSE, TRUE);
}

void edit_paste(struct edit *e)
{
    WCHAR *text;
    UINT len;

    if (edit_style(e) & ES_READONLY) return;
    if (!(text = clipboard_get_text(e->hwnd))) return;
    len = wcs_len(text);
    if (!edit_multiline(e)) {   /* a single line takes the first line only */
        for (UINT i = 0; i < len; i++)
            if (text[i] == '\r' || text[i] == '\n') { len = i; break; }
    }
    edit_replace_sel(e, text, len, TRUE, TRUE, TRUE);
    free(text);
}

/* ---- messages ---- */

static void set_text(struct edit *e, const WCHAR *text)
{
    UINT len = text ? wcs_len(text) : 0;
    e->sel_start = 0;
    e->sel_end = e->len;
    /* WM_SETTEXT ignores the limit and the undo buffer */
    if (!edit_replace_sel(e, text ? text : u"", len, FALSE, FALSE, FALSE)) edit_empty_undo(e);
    e->sel_start = e->sel_end = 0;
    e->x_offset = 0;
    e->first_line = 0;
    e->modified = FALSE;
    edit_scroll_caret(e);
    edit_sync_scroll(e);
    edit_update_caret(e);
    notify(e, EN_UPDATE);
    notify(e, EN_CHANGE);
}

static INT line_index(struct edit *e, INT line)
{
    if (line == -1) line = edit_line_from_char(e, e->sel_end);
    if (line < 0 || (UINT)line >= e->line_count) return -1;
    return e->lines[line].start;
}

static INT line_length(struct edit *e, INT index)
{
    UINT s, t;
    if (!edit_multiline(e)) return e->len;
    if (index == -1) {
        /* the characters on the selected lines that are not selected */
        s = min(e->sel_start, e->sel_end);
        t = max(e->sel_start, e->sel_end);
        if (s == t) return 0;
        UINT ls = edit_line_from_char(e, s), lt = edit_line_from_char(e, t);
        return (s - e->lines[ls].start) + (e->lines[lt].start + e->lines[lt].len - t);
    }
    if ((UINT)index > e->len) return 0;
    return e->lines[edit_line_from_char(e, index)].len;
}

static INT get_line(struct edit *e, INT line, WCHAR *buf)
{
    WORD size = *(WORD *)buf;
    UINT n;

    if (!edit_multiline(e)) line = 0;
    if (line < 0 || (UINT)line >= e->line_count) return 0;
    n = min((UINT)size, e->lines[line].len);
    memcpy(buf, e->text + e->lines[line].start, n * sizeof(WCHAR));
    if (n < size) buf[n] = 0;
    return n;
}

static struct edit *create(HWND hwnd, const CREATESTRUCTW *cs)
{
    struct edit *e = calloc(1, sizeof(*e));
    DWORD style = cs->style;

    if (!e) return NULL;
    e->hwnd = hwnd;
    e->limit = 30000;   /* Windows' initial EM_GETLIMITTEXT */
    e->password = (style & ES_PASSWORD) ? '*' : 0;
    if (!reserve(e, 0)) {
        free(e);
        return NULL;
    }
    e->text[0] = 0;
    if (style & ES_MULTILINE) e->password = 0;   /* a multi-line control shows its text */
    SetWindowLongPtrW(hwnd, 0, (LONG_PTR)e);
    edit_set_font(e, NULL, FALSE);
    return e;
}

static void destroy(struct edit *e)
{
    edit_release_dc(e);
    free(e->text);
    free(e->lines);
    free(e->undo_text);
    free(e);
}

static struct edit *get(HWND hwnd) { return (struct edit *)GetWindowLongPtrW(hwnd, 0); }

/* keeps the selection's packed pair and the out-pointers of EM_GETSEL */
static LRESULT get_sel(struct edit *e, DWORD *start, DWORD *end)
{
    UINT s = min(e->sel_start, e->sel_end), t = max(e->sel_start, e->sel_end);
    if (start) *start = s;
    if (end) *end = t;
    return (s > 0xffff || t > 0xffff) ? -1 : MAKELONG(s, t);
}

LRESULT WINAPI edit_proc(HWND hwnd, UINT msg, WPARAM wp, LPARAM lp)
{
    struct edit *e = get(hwnd);

    if (!e) {
        if (msg == WM_NCCREATE) {
            if (!(e = create(hwnd, (const CREATESTRUCTW *)lp))) return FALSE;
            return DefWindowProcW(hwnd, msg, wp, lp);
        }
        return DefWindowProcW(hwnd, msg, wp, lp);
    }
    switch (msg) {
    case WM_CREATE: {
        const CREATESTRUCTW *cs = (const CREATESTRUCTW *)lp;
        edit_reset_format(e);
        e->in_create = TRUE;   /* the window text arrives without notifications */
        if (cs->lpszName && !IS_INTRESOURCE(cs->lpszName)) set_text(e, cs->lpszName);
        e->in_create = FALSE;
        return 0;
    }
    case WM_NCDESTROY:
        SetWindowLongPtrW(hwnd, 0, 0);
        destroy(e);
        return DefWindowProcW(hwnd, msg, wp, lp);
    case WM_SETTEXT:
        set_text(e, (const WCHAR *)lp);
        return TRUE;
    case WM_GETTEXT: {
        UINT n;
        if (!wp || !lp) return 0;
        n = min((UINT)wp - 1, e->len);
        memcpy((WCHAR *)lp, e->text, n * sizeof(WCHAR));
        ((WCHAR *)lp)[n] = 0;
        return n;
    }
    case WM_GETTEXTLENGTH: return e->len;
    case WM_SETFONT: edit_set_font(e, (HFONT)wp, LOWORD(lp)); return 0;
    case WM_GETFONT: return (LRESULT)e->font;
    case WM_SIZE: edit_reset_format(e); return 0;
    case WM_GETDLGCODE: {
        LRESULT code = DLGC_WANTCHARS | DLGC_HASSETSEL | DLGC_WANTARROWS;
        if (lp) e->dialog_mode = TRUE;   /* IsDialogMessage asks with the message */
        if (edit_multiline(e)) code |= DLGC_WANTALLKEYS;
        return code;
    }
    case WM_ERASEBKGND: return 1;   /* WM_PAINT fills */
    case WM_PAINT: edit_paint(e, (HDC)wp); return 0;
    case WM_SETFOCUS: edit_focus(e, TRUE); notify(e, EN_SETFOCUS); return 0;
    case WM_KILLFOCUS: edit_focus(e, FALSE); notify(e, EN_KILLFOCUS); return 0;
    case WM_ENABLE: InvalidateRect(hwnd, NULL, TRUE); return 0;
    case WM_CHAR: edit_char(e, (WCHAR)wp); return 0;
    case WM_KEYDOWN: edit_key(e, wp); return 0;
    case WM_LBUTTONDOWN: case WM_LBUTTONDBLCLK: case WM_MOUSEMOVE: case WM_LBUTTONUP: case WM_CAPTURECHANGED:
        edit_mouse(e, msg, wp, lp);
        return 0;
    case WM_CUT: edit_copy(e); edit_clear(e); return 0;
    case WM_COPY: edit_copy(e); return 1;
    case WM_PASTE: edit_paste(e); return 0;
    case WM_CLEAR: edit_clear(e); return 0;
    case WM_UNDO: case EM_UNDO: return undo(e);

    case EM_GETSEL: return get_sel(e, (DWORD *)wp, (DWORD *)lp);
    case EM_SETSEL: edit_set_sel(e, (INT)wp, (INT)lp); return 0;
    case EM_REPLACESEL:
        edit_replace_sel(e, lp ? (const WCHAR *)lp : u"", lp ? wcs_len((const WCHAR *)lp) : 0, wp != 0, TRUE, TRUE);
        return 0;
    case EM_LIMITTEXT: {
        UINT limit = (UINT)wp;
        if (!limit) limit = edit_multiline(e) ? 0xffffffff : 0x7ffffffe;
        e->limit = limit;
        return 0;
    }
    case EM_GETLIMITTEXT: return e->limit;
    case EM_GETLINECOUNT: return edit_multiline(e) ? (LRESULT)e->line_count : 1;
    case EM_LINEINDEX: return edit_multiline(e) ? line_index(e, (INT)wp) : 0;
    case EM_LINELENGTH: return line_length(e, (INT)wp);
    case EM_LINEFROMCHAR:
        if (!edit_multiline(e)) return 0;
        if ((INT)wp == -1) return edit_line_from_char(e, min(e->sel_start, e->sel_end));
        return edit_line_from_char(e, min((UINT)wp, e->len));
    case EM_GETLINE: return lp ? get_line(e, (INT)wp, (WCHAR *)lp) : 0;
    case EM_GETMODIFY: return e->modified;
    case EM_SETMODIFY: e->modified = wp != 0; return 0;
    case EM_CANUNDO: return e->can_undo;
    case EM_EMPTYUNDOBUFFER: edit_empty_undo(e); return 0;
    case EM_SETREADONLY: {
        DWORD style = edit_style(e);
        SetWindowLongW(hwnd, GWL_STYLE, wp ? style | ES_READONLY : style & ~ES_READONLY);
        InvalidateRect(hwnd, NULL, TRUE);
        return TRUE;
    }
    case EM_SETPASSWORDCHAR: {
        DWORD style = edit_style(e);
        if (edit_multiline(e)) return 0;
        e->password = (WCHAR)wp;
        SetWindowLongW(hwnd, GWL_STYLE, wp ? style | ES_PASSWORD : style & ~ES_PASSWORD);
        edit_build_lines(e);
        InvalidateRect(hwnd, NULL, TRUE);
        return 0;
    }
    case EM_GETPASSWORDCHAR: return e->password;
    case EM_GETFIRSTVISIBLELINE: return edit_multiline(e) ? e->first_line : e->x_offset;
    case EM_SCROLL: return edit_multiline(e) ? edit_scroll(e, (INT)wp) : FALSE;
    case WM_VSCROLL: case WM_HSCROLL:
        if (!edit_multiline(e)) break;
        return edit_scroll_bar(e, msg, LOWORD(wp), (SHORT)HIWORD(wp));
    case EM_LINESCROLL:
        if (!edit_multiline(e)) return FALSE;
        edit_line_scroll(e, (INT)wp, (INT)lp);
        return TRUE;
    case EM_SCROLLCARET: edit_scroll_caret(e); edit_invalidate(e); edit_update_caret(e); return 0;
    case EM_POSFROMCHAR: {
        POINT pt;
        if (wp >= e->len) return -1;   /* no character there */
        edit_pos_from_char(e, (UINT)wp, &pt);
        return MAKELONG((SHORT)pt.x, (SHORT)pt.y);
    }
    case EM_CHARFROMPOS: {
        UINT line, index = edit_char_from_pos(e, (SHORT)LOWORD(lp), (SHORT)HIWORD(lp), &line);
        return MAKELONG(index, line);
    }
    case EM_SETMARGINS: edit_set_margins(e, (UINT)wp, LOWORD(lp), HIWORD(lp)); return 0;
    case EM_GETMARGINS: return MAKELONG(e->left_margin, e->right_margin);
    case EM_GETRECT:
        if (lp) *(RECT *)lp = e->format;
        return 0;
    case EM_SETRECT: case EM_SETRECTNP:
        if (!edit_multiline(e) || !lp) return 0;
        {
            RECT rc = *(RECT *)lp;
            if (wp == 1) {   /* relative to the current rectangle (Windows 8 and up) */
                rc.left += e->format.left; rc.top += e->format.top;
                rc.right += e->format.right; rc.bottom += e->format.bottom;
            }
            edit_set_format(e, rc, FALSE);
        }
        e->format_fixed = TRUE;
        edit_build_lines(e);
        edit_sync_scroll(e);
        if (msg == EM_SETRECT) InvalidateRect(hwnd, NULL, TRUE);
        return 0;
    case EM_FMTLINES: return wp != 0;
    }
    return DefWindowProcW(hwnd, msg, wp, lp);
}
