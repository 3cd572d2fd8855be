/* The Edit control's state, shared by edit.c (text, messages) and
 * editdraw.c (layout, drawing, caret, keys, mouse). */
#ifndef WINRUN_USER_EDIT_H
#define WINRUN_USER_EDIT_H

#include "dialog.h"
#include "gdiload.h"

#ifndef min
#define min(a, b) ((a) < (b) ? (a) : (b))
#define max(a, b) ((a) > (b) ? (a) : (b))
#endif

struct edit_line {
    UINT start, len;   /* characters shown, without the line break */
    UINT next;         /* where the next line starts */
};

struct edit {
    HWND hwnd;
    WCHAR *text;       /* NUL-terminated */
    UINT len, cap, limit;
    UINT sel_start, sel_end;   /* sel_end is where the caret is */
    BOOL modified, in_create;
    WCHAR *undo_text;          /* what the last change removed */
    UINT undo_len, undo_pos, undo_inserted;
    BOOL can_undo;
    WCHAR password;
    HFONT font;                /* NULL: the system font */
    HDC dc;                    /* memory DC with the font, for measuring */
    INT line_height, ave_width;
    INT left_margin, right_margin;
    RECT format;               /* where text goes, client coordinates */
    BOOL format_fixed;         /* set by EM_SETRECT */
    struct edit_line *lines;
    UINT line_count, line_cap;
    INT first_line;            /* multi-line: first visible line */
    INT x_offset;              /* single-line: first visible char; multi-line: pixels */
    BOOL focused, captured;
    BOOL dialog_mode;          /* asked WM_GETDLGCODE: Enter and Tab are the dialog's */
    BOOL syncing;              /* inside edit_sync_scroll (the bars can resize us) */
    BOOL vtracking, htracking; /* a thumb is being dragged: the bar moves it, not us */
};

WINUSERAPI DWORD WINAPI CharUpperBuffW(LPWSTR, DWORD);
WINUSERAPI DWORD WINAPI CharLowerBuffW(LPWSTR, DWORD);
WINUSERAPI BOOL WINAPI MessageBeep(UINT);

/* edit.c */
DWORD edit_style(const struct edit *e);
BOOL edit_multiline(const struct edit *e);
void edit_build_lines(struct edit *e);
UINT edit_line_from_char(const struct edit *e, UINT index);
BOOL edit_replace_sel(struct edit *e, const WCHAR *text, UINT len, BOOL can_undo, BOOL honor_limit, BOOL notify);
void edit_empty_undo(struct edit *e);
void edit_set_sel(struct edit *e, INT start, INT end);
void edit_copy(struct edit *e);
void edit_clear(struct edit *e);
void edit_paste(struct edit *e);

/* editdraw.c */
void edit_set_font(struct edit *e, HFONT font, BOOL redraw);
void edit_release_dc(struct edit *e);
INT edit_fit(struct edit *e, const WCHAR *text, UINT len, INT width);
BOOL edit_overflows(struct edit *e);   /* more text than the style lets the control show */
void edit_reset_format(struct edit *e);
void edit_set_format(struct edit *e, RECT rc, BOOL from_client);
void edit_set_margins(struct edit *e, UINT which, WORD left, WORD right);
void edit_pos_from_char(struct edit *e, UINT index, POINT *pt);
UINT edit_char_from_pos(struct edit *e, INT x, INT y, UINT *line);
void edit_scroll_caret(struct edit *e);
LRESULT edit_scroll(struct edit *e, INT action);
void edit_line_scroll(struct edit *e, INT dx, INT dy);
void edit_sync_scroll(struct edit *e);
LRESULT edit_scroll_bar(struct edit *e, UINT msg, WORD action, INT pos);
void edit_invalidate(struct edit *e);
void edit_update_caret(struct edit *e);
void edit_paint(struct edit *e, HDC hdc);
void edit_focus(struct edit *e, BOOL on);
void edit_char(struct edit *e, WCHAR c);
void edit_key(struct edit *e, WPARAM vk);
void edit_mouse(struct edit *e, UINT msg, WPARAM wp, LPARAM lp);

/* clipboard.c */
BOOL clipboard_set_text(HWND owner, const WCHAR *text, INT len);
WCHAR *clipboard_get_text(HWND hwnd);   /* malloc'ed; NULL when there is none */

/* caret.c */
void caret_paint_begin(HWND hwnd);
void caret_paint_end(HWND hwnd);

#endif
