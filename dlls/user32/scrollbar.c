/*
 * Scroll bars: the state and API of a window's own bars (WS_HSCROLL,
 * WS_VSCROLL) and of the "ScrollBar" control; their layout, drawing and
 * mouse tracking.
 *
 * A window's bars live in its user_window (allocated on first use, range
 * 0..100 as on Windows); a control's in its window extra. SB_CTL calls
 * go through the SBM_* messages, as on Windows, so a subclassed control
 * sees them. Clamping follows Windows: the page is at most the range
 * plus one, the position at most max - (page - 1).
 */
#include <stdlib.h>
#include "dialog.h"

WINUSERAPI HBRUSH WINAPI GetSysColorBrush(INT);
WINUSERAPI HDC WINAPI GetWindowDC(HWND);
WINUSERAPI HWND WINAPI SetCapture(HWND);
WINUSERAPI BOOL WINAPI ReleaseCapture(void);
WINUSERAPI HWND WINAPI GetCapture(void);
WINUSERAPI UINT_PTR WINAPI SetTimer(HWND, UINT_PTR, UINT, TIMERPROC);
WINUSERAPI BOOL WINAPI KillTimer(HWND, UINT_PTR);
WINUSERAPI BOOL WINAPI RedrawWindow(HWND, const RECT *, HRGN, UINT);
WINUSERAPI void WINAPI PostQuitMessage(INT);

#define SM_CXVSCROLL 2
#define SM_CYHSCROLL 3
#define SM_CYVSCROLL 20
#define SM_CXHSCROLL 21
#define MIN_THUMB 8          /* Wine's and Windows' smallest thumb */
#define REPEAT_TIMER 0x7ffe  /* arrow and page auto-repeat */

struct scroll_info {
    INT min, max, pos, track_pos;
    UINT page;
    UINT flags;      /* ESB_* */
    BOOL tracking;   /* the thumb is being dragged */
};

struct scroll_bars {
    struct scroll_info horz, vert;
};

/* where a press landed */
enum part { PART_NONE, PART_TOP_ARROW, PART_TOP_TRACK, PART_THUMB, PART_BOTTOM_TRACK, PART_BOTTOM_ARROW };

/* a control: its state, then tracking */
struct scroll_ctl {
    struct scroll_info info;
    enum part part;          /* being pressed */
};

/* a * b / c rounded, as kernel32's MulDiv (user32 does not import it) */
static INT mul_div(INT a, INT b, INT c)
{
    long long p = (long long)a * b;
    if (!c) return -1;
    return (INT)((p >= 0) == (c > 0) ? (p + c / 2) / c : (p - c / 2) / c);
}

static void default_info(struct scroll_info *info)
{
    info->min = info->pos = info->track_pos = 0;
    info->page = 0;
    info->max = 100;
    info->flags = ESB_ENABLE_BOTH;
    info->tracking = FALSE;
}

/* A window bar's state, under the lock; allocated when ALLOC. */
static struct scroll_info *window_info(struct user_window *win, INT bar, BOOL alloc)
{
    if (!win->scroll) {
        if (!alloc || !(win->scroll = malloc(sizeof(*win->scroll)))) return NULL;
        default_info(&win->scroll->horz);
        default_info(&win->scroll->vert);
    }
    return bar == SB_HORZ ? &win->scroll->horz : &win->scroll->vert;
}

static BOOL valid_info_size(UINT size)
{
    return size == sizeof(SCROLLINFO) || size == sizeof(SCROLLINFO) - sizeof(INT);
}

/* ---- layout ---- */

/* The bar's rectangle in window coordinates (SB_CTL: the client area). */
static BOOL bar_rect(HWND hwnd, INT bar, RECT *rc, BOOL *vertical)
{
    RECT window, client;
    POINT origin = { 0, 0 };
    DWORD style = GetWindowLongW(hwnd, GWL_STYLE);

    if (bar == SB_CTL) {
        GetClientRect(hwnd, rc);
        *vertical = (style & SBS_VERT) != 0;
        return TRUE;
    }
    if (!GetWindowRect(hwnd, &window) || !GetClientRect(hwnd, &client)) return FALSE;
    ClientToScreen(hwnd, &origin);
    OffsetRect(&client, origin.x - window.left, origin.y - window.top);
    if (bar == SB_VERT) {
        if (!(style & WS_VSCROLL)) return FALSE;
        *rc = (RECT){ client.right, client.top, client.right + GetSystemMetrics(SM_CXVSCROLL), client.bottom };
        *vertical = TRUE;
    } else {
        if (!(style & WS_HSCROLL)) return FALSE;
        *rc = (RECT){ client.left, client.bottom, client.right, client.bottom + GetSystemMetrics(SM_CYHSCROLL) };
        *vertical = FALSE;
    }
    return TRUE;
}

/* Arrow size, thumb start and size along the bar (0 size: no thumb). */
static void layout(const struct scroll_info *info, const RECT *rc, BOOL vertical, INT *arrow, INT *thumb_pos, INT *thumb_size)
{
    INT length = vertical ? rc->bottom - rc->top : rc->right - rc->left;
    INT breadth = vertical ? rc->right - rc->left : rc->bottom - rc->top;
    INT track, range, most;

    *arrow = length / 2 < breadth ? length / 2 : breadth;
    track = length - 2 * *arrow;
    *thumb_pos = *arrow;
    *thumb_size = 0;
    if (track < MIN_THUMB || info->flags == ESB_DISABLE_BOTH) return;
    range = info->max - info->min + 1;
    most = info->max - (info->page ? (INT)info->page - 1 : 0);
    if (info->min >= most) return;   /* nothing to scroll: no thumb */
    *thumb_size = info->page ? mul_div(track, info->page, range) : GetSystemMetrics(SM_CXVSCROLL);
    if (*thumb_size < MIN_THUMB) *thumb_size = MIN_THUMB;
    if (*thumb_size > track) *thumb_size = track;
    *thumb_pos = *arrow + mul_div(track - *thumb_size, info->pos - info->min, most - info->min);
}

/* ---- state changes ---- */

/* SetScrollInfo on a state: returns the new position; *SHOW: 1 show the
 * window bar, -1 hide it, 0 leave it. */
static INT set_info(struct scroll_info *info, const SCROLLINFO *si, BOOL ctl, int *show, BOOL *changed)
{
    BOOL refresh = FALSE;
    UINT new_flags;

    *show = 0;
    if (si->fMask & SIF_PAGE && info->page != si->nPage) {
        info->page = si->nPage;
        refresh = TRUE;
    }
    if (si->fMask & SIF_POS && info->pos != si->nPos) {
        info->pos = si->nPos;
        refresh = TRUE;
    }
    if (si->fMask & SIF_RANGE) {
        /* a reversed or too wide range collapses to 0..0 */
        if (si->nMin > si->nMax || (UINT)(si->nMax - si->nMin) >= 0x80000000u) {
            info->min = info->max = 0;
            refresh = TRUE;
        } else if (info->min != si->nMin || info->max != si->nMax) {
            info->min = si->nMin;
            info->max = si->nMax;
            refresh = TRUE;
        }
    }
    if (info->page > (UINT)(info->max - info->min + 1)) info->page = info->max - info->min + 1;
    if (info->pos < info->min) info->pos = info->min;
    else if (info->pos > info->max - (info->page ? (INT)info->page - 1 : 0))
        info->pos = info->max - (info->page ? (INT)info->page - 1 : 0);
    if (si->fMask & (SIF_RANGE | SIF_PAGE | SIF_DISABLENOSCROLL)) {
        new_flags = info->flags;
        if (info->min >= info->max - (info->page ? (INT)info->page - 1 : 0)) {
            if (si->fMask & SIF_DISABLENOSCROLL) {
                new_flags = ESB_DISABLE_BOTH;
                refresh = TRUE;
            } else if (!ctl && refresh) *show = -1;
        } else if (si->fMask != SIF_PAGE) {
            new_flags = ESB_ENABLE_BOTH;
            if (!ctl && refresh) *show = 1;
        }
        if (info->flags != new_flags) {
            info->flags = new_flags;
            refresh = TRUE;
        }
    }
    *changed = refresh;
    return info->pos;
}

static BOOL get_info(const struct scroll_info *info, SCROLLINFO *si)
{
    if (si->fMask & SIF_PAGE) si->nPage = info->page;
    if (si->fMask & SIF_POS) si->nPos = info->pos;
    if (si->fMask & SIF_RANGE) {
        si->nMin = info->min;
        si->nMax = info->max;
    }
    /* the thumb's position while dragged, else the position */
    if (si->fMask & SIF_TRACKPOS && si->cbSize == sizeof(SCROLLINFO)) si->nTrackPos = info->tracking ? info->track_pos : info->pos;
    return (si->fMask & SIF_ALL) != 0;
}

static void redraw_bar(HWND hwnd, INT bar);

/* Shows or hides a window's bars: the style bit, then the frame again
 * (WM_NCCALCSIZE, WM_SIZE). */
static BOOL show_window_bars(HWND hwnd, INT bar, BOOL show)
{
    struct user_window *win;
    DWORD bits = bar == SB_HORZ ? WS_HSCROLL : bar == SB_VERT ? WS_VSCROLL : WS_HSCROLL | WS_VSCROLL, old;

    user_lock();
    if (!(win = window_get(hwnd))) {
        user_unlock();
        SetLastError(ERROR_INVALID_WINDOW_HANDLE);
        return FALSE;
    }
    window_info(win, SB_VERT, TRUE);   /* both bars' state */
    old = win->style;
    if (show) win->style |= bits;
    else win->style &= ~bits;
    user_unlock();
    if (old != (show ? old | bits : old & ~bits))
        SetWindowPos(hwnd, 0, 0, 0, 0, 0, SWP_NOSIZE | SWP_NOMOVE | SWP_NOZORDER | SWP_NOACTIVATE | SWP_FRAMECHANGED);
    return TRUE;
}

/* ---- the API ---- */

static struct scroll_ctl *ctl_get(HWND hwnd) { return (struct scroll_ctl *)GetWindowLongPtrW(hwnd, 0); }

WINUSERAPI INT WINAPI SetScrollInfo(HWND hwnd, INT bar, const SCROLLINFO *si, BOOL redraw)
{
    struct user_window *win;
    struct scroll_info *info;
    int show;
    BOOL changed;
    INT pos;

    if (!si || !valid_info_size(si->cbSize) || (si->fMask & ~(SIF_ALL | SIF_DISABLENOSCROLL | SIF_PREVIOUSPOS))) return 0;
    if (bar == SB_CTL) return SendMessageW(hwnd, SBM_SETSCROLLINFO, redraw, (LPARAM)si);
    if (bar != SB_HORZ && bar != SB_VERT) return 0;
    user_lock();
    if (!(win = window_get(hwnd)) || !(info = window_info(win, bar, TRUE))) {
        user_unlock();
        return 0;
    }
    pos = set_info(info, si, FALSE, &show, &changed);
    user_unlock();
    if (show) show_window_bars(hwnd, bar, show > 0);
    else if (redraw && changed) redraw_bar(hwnd, bar);
    return pos;
}

WINUSERAPI BOOL WINAPI GetScrollInfo(HWND hwnd, INT bar, SCROLLINFO *si)
{
    struct user_window *win;
    struct scroll_info *info;
    BOOL ret = FALSE;

    if (!si || !valid_info_size(si->cbSize) || (si->fMask & ~(SIF_ALL | SIF_DISABLENOSCROLL | SIF_PREVIOUSPOS))) return FALSE;
    if (bar == SB_CTL) return SendMessageW(hwnd, SBM_GETSCROLLINFO, 0, (LPARAM)si);
    if (bar != SB_HORZ && bar != SB_VERT) return FALSE;
    user_lock();
    /* a window made with WS_HSCROLL/WS_VSCROLL has its 0..100 bars already */
    if ((win = window_get(hwnd)) && (info = window_info(win, bar, (win->style & (WS_HSCROLL | WS_VSCROLL)) != 0)))
        ret = get_info(info, si);
    user_unlock();
    if (!ret) SetLastError(ERROR_NO_SCROLLBARS);
    return ret;
}

WINUSERAPI INT WINAPI SetScrollPos(HWND hwnd, INT bar, INT pos, BOOL redraw)
{
    SCROLLINFO si = { sizeof(si), SIF_POS, 0, 0, 0, 0, 0 };
    INT old;

    if (bar == SB_CTL) return SendMessageW(hwnd, SBM_SETPOS, pos, redraw);
    si.fMask = SIF_POS;
    if (!GetScrollInfo(hwnd, bar, &si)) return 0;
    old = si.nPos;
    si.nPos = pos;
    SetScrollInfo(hwnd, bar, &si, redraw);
    return old;
}

WINUSERAPI INT WINAPI GetScrollPos(HWND hwnd, INT bar)
{
    SCROLLINFO si = { sizeof(si), SIF_POS, 0, 0, 0, 0, 0 };

    if (bar == SB_CTL) return SendMessageW(hwnd, SBM_GETPOS, 0, 0);
    return GetScrollInfo(hwnd, bar, &si) ? si.nPos : 0;
}

WINUSERAPI BOOL WINAPI SetScrollRange(HWND hwnd, INT bar, INT min, INT max, BOOL redraw)
{
    SCROLLINFO si = { sizeof(si), SIF_RANGE, min, max, 0, 0, 0 };

    if (bar == SB_CTL) {
        SendMessageW(hwnd, redraw ? SBM_SETRANGEREDRAW : SBM_SETRANGE, min, max);
        return TRUE;
    }
    if (!IsWindow(hwnd)) {
        SetLastError(ERROR_INVALID_WINDOW_HANDLE);
        return FALSE;
    }
    SetScrollInfo(hwnd, bar, &si, redraw);
    return TRUE;
}

WINUSERAPI BOOL WINAPI GetScrollRange(HWND hwnd, INT bar, INT *min, INT *max)
{
    SCROLLINFO si = { sizeof(si), SIF_RANGE, 0, 0, 0, 0, 0 };

    if (bar == SB_CTL) {
        SendMessageW(hwnd, SBM_GETRANGE, (WPARAM)min, (LPARAM)max);
        return TRUE;
    }
    if (!GetScrollInfo(hwnd, bar, &si)) si.nMin = si.nMax = 0;
    if (min) *min = si.nMin;
    if (max) *max = si.nMax;
    return TRUE;
}

WINUSERAPI BOOL WINAPI ShowScrollBar(HWND hwnd, INT bar, BOOL show)
{
    if (bar == SB_CTL) {
        ShowWindow(hwnd, show ? SW_SHOW : SW_HIDE);
        return TRUE;
    }
    if (bar != SB_HORZ && bar != SB_VERT && bar != SB_BOTH) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return FALSE;
    }
    return show_window_bars(hwnd, bar, show);
}

WINUSERAPI BOOL WINAPI EnableScrollBar(HWND hwnd, UINT bar, UINT flags)
{
    struct user_window *win;
    struct scroll_info *info;
    BOOL changed = FALSE;

    flags &= ESB_DISABLE_BOTH;
    if (bar == SB_CTL) {
        /* a control reports success whether or not its arrows changed (Wine) */
        SendMessageW(hwnd, SBM_ENABLE_ARROWS, flags, 0);
        return IsWindow(hwnd);
    }
    if (bar != SB_HORZ && bar != SB_VERT && bar != SB_BOTH) return FALSE;
    user_lock();
    if (!(win = window_get(hwnd))) {
        user_unlock();
        return FALSE;
    }
    for (INT b = SB_HORZ; b <= SB_VERT; b++) {
        if (bar != SB_BOTH && (INT)bar != b) continue;
        if ((info = window_info(win, b, TRUE)) && info->flags != flags) {
            info->flags = flags;
            changed = TRUE;
        }
    }
    user_unlock();
    if (changed) {
        if (bar != SB_VERT) redraw_bar(hwnd, SB_HORZ);
        if (bar != SB_HORZ) redraw_bar(hwnd, SB_VERT);
    }
    return changed;
}

static BOOL fill_bar_info(HWND hwnd, INT bar, const struct scroll_info *info, SCROLLBARINFO *sbi)
{
    RECT rc, window;
    BOOL vertical;
    INT arrow, thumb, size;
    DWORD style = GetWindowLongW(hwnd, GWL_STYLE);
    BOOL shown;

    if (!bar_rect(hwnd, bar, &rc, &vertical)) {
        /* a hidden window bar: where it would be, marked invisible */
        RECT client;
        POINT origin = { 0, 0 };
        GetClientRect(hwnd, &client);
        ClientToScreen(hwnd, &origin);
        GetWindowRect(hwnd, &window);
        OffsetRect(&client, origin.x - window.left, origin.y - window.top);
        vertical = bar == SB_VERT;
        rc = vertical ? (RECT){ client.right, client.top, client.right + GetSystemMetrics(SM_CXVSCROLL), client.bottom }
                      : (RECT){ client.left, client.bottom, client.right, client.bottom + GetSystemMetrics(SM_CYHSCROLL) };
        shown = FALSE;
    } else shown = bar == SB_CTL ? (style & WS_VISIBLE) != 0 : TRUE;
    layout(info, &rc, vertical, &arrow, &thumb, &size);
    sbi->dxyLineButton = arrow;
    sbi->xyThumbTop = thumb;
    sbi->xyThumbBottom = thumb + size;
    sbi->reserved = 0;
    /* the bar in screen coordinates */
    if (bar == SB_CTL) {
        POINT o = { 0, 0 };
        ClientToScreen(hwnd, &o);
        OffsetRect(&rc, o.x, o.y);
    } else {
        GetWindowRect(hwnd, &window);
        OffsetRect(&rc, window.left, window.top);
    }
    sbi->rcScrollBar = rc;
    for (int i = 0; i <= CCHILDREN_SCROLLBAR; i++) sbi->rgstate[i] = 0;
    if (!shown) sbi->rgstate[0] |= STATE_SYSTEM_INVISIBLE;
    if (info->flags == ESB_DISABLE_BOTH || (bar == SB_CTL && (style & WS_DISABLED))) sbi->rgstate[0] |= STATE_SYSTEM_UNAVAILABLE;
    if (info->flags & ESB_DISABLE_LTUP) sbi->rgstate[1] |= STATE_SYSTEM_UNAVAILABLE;
    if (info->flags & ESB_DISABLE_RTDN) sbi->rgstate[5] |= STATE_SYSTEM_UNAVAILABLE;
    if (!size) sbi->rgstate[3] |= STATE_SYSTEM_INVISIBLE;
    return TRUE;
}

WINUSERAPI BOOL WINAPI GetScrollBarInfo(HWND hwnd, LONG object, SCROLLBARINFO *sbi)
{
    struct user_window *win;
    struct scroll_info copy, *info;
    INT bar = object == OBJID_HSCROLL ? SB_HORZ : object == OBJID_VSCROLL ? SB_VERT : object == OBJID_CLIENT ? SB_CTL : -1;

    if (bar < 0 || !sbi || sbi->cbSize != sizeof(*sbi)) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return FALSE;
    }
    if (bar == SB_CTL) return SendMessageW(hwnd, SBM_GETSCROLLBARINFO, 0, (LPARAM)sbi);
    user_lock();
    if (!(win = window_get(hwnd))) {
        user_unlock();
        SetLastError(ERROR_INVALID_WINDOW_HANDLE);
        return FALSE;
    }
    if ((info = window_info(win, bar, FALSE))) copy = *info;
    else default_info(&copy);
    user_unlock();
    return fill_bar_info(hwnd, bar, &copy, sbi);
}

/* ---- drawing ---- */

static void draw_arrow(HDC hdc, RECT rc, BOOL vertical, BOOL first, BOOL disabled, BOOL pressed)
{
    INT cx = (rc.left + rc.right) / 2, cy = (rc.top + rc.bottom) / 2, n = ((vertical ? rc.right - rc.left : rc.bottom - rc.top)) / 4;
    HBRUSH glyph = GetSysColorBrush(disabled ? COLOR_GRAYTEXT : COLOR_BTNTEXT);

    FillRect(hdc, &rc, GetSysColorBrush(pressed ? COLOR_BTNSHADOW : COLOR_BTNFACE));
    /* a solid triangle, one row (or column) at a time */
    for (INT i = 0; i < n; i++) {
        RECT line;
        INT d = first ? i : n - 1 - i;
        if (vertical) line = (RECT){ cx - d, cy - n / 2 + i, cx + d + 1, cy - n / 2 + i + 1 };
        else line = (RECT){ cx - n / 2 + i, cy - d, cx - n / 2 + i + 1, cy + d + 1 };
        FillRect(hdc, &line, glyph);
    }
}

/* Draws a bar into HDC at RC (the DC's coordinates). */
static void draw_bar(HDC hdc, const struct scroll_info *info, RECT rc, BOOL vertical, enum part pressed)
{
    INT arrow, thumb, size;
    RECT a, b, t;

    layout(info, &rc, vertical, &arrow, &thumb, &size);
    if (vertical) {
        a = (RECT){ rc.left, rc.top, rc.right, rc.top + arrow };
        b = (RECT){ rc.left, rc.bottom - arrow, rc.right, rc.bottom };
        t = (RECT){ rc.left, rc.top + arrow, rc.right, rc.bottom - arrow };
    } else {
        a = (RECT){ rc.left, rc.top, rc.left + arrow, rc.bottom };
        b = (RECT){ rc.right - arrow, rc.top, rc.right, rc.bottom };
        t = (RECT){ rc.left + arrow, rc.top, rc.right - arrow, rc.bottom };
    }
    draw_arrow(hdc, a, vertical, TRUE, (info->flags & ESB_DISABLE_LTUP) != 0, pressed == PART_TOP_ARROW);
    draw_arrow(hdc, b, vertical, FALSE, (info->flags & ESB_DISABLE_RTDN) != 0, pressed == PART_BOTTOM_ARROW);
    FillRect(hdc, &t, GetSysColorBrush(COLOR_SCROLLBAR));
    if (size) {
        RECT th = vertical ? (RECT){ rc.left + 1, rc.top + thumb, rc.right - 1, rc.top + thumb + size }
                           : (RECT){ rc.left + thumb, rc.top + 1, rc.left + thumb + size, rc.bottom - 1 };
        FillRect(hdc, &th, GetSysColorBrush(pressed == PART_THUMB ? COLOR_BTNTEXT : COLOR_BTNSHADOW));
    }
}

/* nonclient.c: the window's bars (and the size box between them) */
void scroll_draw_window_bars(HWND hwnd, HDC hdc)
{
    struct user_window *win;
    struct scroll_info h, v;
    RECT rh, rv;
    BOOL vert, has_h, has_v;

    user_lock();
    if (!(win = window_get(hwnd))) {
        user_unlock();
        return;
    }
    if (window_info(win, SB_HORZ, FALSE)) {
        h = win->scroll->horz;
        v = win->scroll->vert;
    } else {
        default_info(&h);
        default_info(&v);
    }
    user_unlock();
    has_h = bar_rect(hwnd, SB_HORZ, &rh, &vert);
    has_v = bar_rect(hwnd, SB_VERT, &rv, &vert);
    if (has_h) draw_bar(hdc, &h, rh, FALSE, PART_NONE);
    if (has_v) draw_bar(hdc, &v, rv, TRUE, PART_NONE);
    if (has_h && has_v) {
        RECT box = { rv.left, rh.top, rv.right, rh.bottom };
        FillRect(hdc, &box, GetSysColorBrush(COLOR_BTNFACE));
    }
}

static void redraw_bar(HWND hwnd, INT bar)
{
    if (bar == SB_CTL) InvalidateRect(hwnd, NULL, TRUE);
    else RedrawWindow(hwnd, NULL, NULL, RDW_FRAME | RDW_INVALIDATE | RDW_NOCHILDREN);
}

/* ---- the mouse ---- */

static enum part hit_part(const struct scroll_info *info, const RECT *rc, BOOL vertical, POINT pt)
{
    INT arrow, thumb, size, at = vertical ? pt.y - rc->top : pt.x - rc->left;
    INT length = vertical ? rc->bottom - rc->top : rc->right - rc->left;

    if (pt.x < rc->left || pt.x >= rc->right || pt.y < rc->top || pt.y >= rc->bottom) return PART_NONE;
    layout(info, rc, vertical, &arrow, &thumb, &size);
    if (at < arrow) return PART_TOP_ARROW;
    if (at >= length - arrow) return PART_BOTTOM_ARROW;
    if (!size) return PART_NONE;
    if (at < thumb) return PART_TOP_TRACK;
    if (at < thumb + size) return PART_THUMB;
    return PART_BOTTOM_TRACK;
}

static const WORD part_code[] = { SB_ENDSCROLL, SB_LINEUP, SB_PAGEUP, SB_THUMBTRACK, SB_PAGEDOWN, SB_LINEDOWN };

/* The position a thumb dragged to AT (pixels along the bar) stands for. */
static INT thumb_value(const struct scroll_info *info, const RECT *rc, BOOL vertical, INT at)
{
    INT arrow, thumb, size, length = vertical ? rc->bottom - rc->top : rc->right - rc->left;
    INT most = info->max - (info->page ? (INT)info->page - 1 : 0), track;

    layout(info, rc, vertical, &arrow, &thumb, &size);
    track = length - 2 * arrow - size;
    if (track <= 0) return info->min;
    at -= arrow;
    if (at < 0) at = 0;
    if (at > track) at = track;
    return info->min + mul_div(at, most - info->min, track);
}

static void notify(HWND hwnd, INT bar, WORD code, INT pos)
{
    HWND target = bar == SB_CTL ? GetParent(hwnd) : hwnd;
    UINT msg = bar == SB_HORZ ? WM_HSCROLL : bar == SB_VERT ? WM_VSCROLL
             : (GetWindowLongW(hwnd, GWL_STYLE) & SBS_VERT) ? WM_VSCROLL : WM_HSCROLL;
    if (target) SendMessageW(target, msg, MAKELONG(code, (WORD)pos), bar == SB_CTL ? (LPARAM)hwnd : 0);
}

/* The state a bar's tracking reads and updates, under the lock for a
 * window's bars (the control's is its own window's, one thread). */
static struct scroll_info *tracked_info(HWND hwnd, INT bar)
{
    struct user_window *win;
    if (bar == SB_CTL) {
        struct scroll_ctl *c = (struct scroll_ctl *)GetWindowLongPtrW(hwnd, 0);
        return c ? &c->info : NULL;
    }
    return (win = window_get(hwnd)) ? window_info(win, bar, TRUE) : NULL;
}

static void set_pressed(HWND hwnd, INT bar, enum part part)
{
    struct scroll_ctl *c;
    if (bar != SB_CTL || !(c = (struct scroll_ctl *)GetWindowLongPtrW(hwnd, 0))) return;
    c->part = part;
    InvalidateRect(hwnd, NULL, FALSE);
}

/* The modal loop of a press on a bar, as on Windows: arrows and the
 * track notify at once and repeat on a timer, the thumb follows the
 * pointer; it ends when the button is released. PT is in the bar's
 * drawing coordinates (window coordinates for a window's bar, client
 * coordinates for the control). */
static void track_bar(HWND hwnd, INT bar, POINT pt)
{
    struct scroll_info info, *live;
    RECT rc;
    BOOL vertical;
    enum part part;
    INT offset = 0, pos, arrow, thumb, size;
    MSG msg;

    user_lock();
    live = tracked_info(hwnd, bar);
    if (live) info = *live;
    user_unlock();
    if (!live || !bar_rect(hwnd, bar, &rc, &vertical)) return;
    if ((part = hit_part(&info, &rc, vertical, pt)) == PART_NONE) return;
    SetCapture(hwnd);
    set_pressed(hwnd, bar, part);
    pos = info.pos;
    if (part == PART_THUMB) {
        layout(&info, &rc, vertical, &arrow, &thumb, &size);
        offset = (vertical ? pt.y - rc.top : pt.x - rc.left) - thumb;
        user_lock();
        if ((live = tracked_info(hwnd, bar))) {
            live->tracking = TRUE;
            live->track_pos = pos;
        }
        user_unlock();
    } else {
        notify(hwnd, bar, part_code[part], 0);
        SetTimer(hwnd, REPEAT_TIMER, 200, NULL);
    }
    while (GetCapture() == hwnd) {
        if (!GetMessageW(&msg, 0, 0, 0)) {
            PostQuitMessage((INT)msg.wParam);   /* WM_QUIT is the program's loop's */
            break;
        }
        if (msg.message == WM_TIMER && msg.hwnd == hwnd && msg.wParam == REPEAT_TIMER) {
            SetTimer(hwnd, REPEAT_TIMER, 50, NULL);
            notify(hwnd, bar, part_code[part], 0);
            continue;
        }
        if (msg.message == WM_LBUTTONUP) break;
        if (msg.message == WM_MOUSEMOVE && part == PART_THUMB) {
            POINT p = { (SHORT)LOWORD(msg.lParam), (SHORT)HIWORD(msg.lParam) };
            INT value;
            if (bar != SB_CTL) {
                /* client to window coordinates */
                RECT window;
                ClientToScreen(hwnd, &p);
                GetWindowRect(hwnd, &window);
                p.x -= window.left;
                p.y -= window.top;
            }
            value = thumb_value(&info, &rc, vertical, (vertical ? p.y - rc.top : p.x - rc.left) - offset);
            if (value != pos) {
                pos = value;
                user_lock();
                if ((live = tracked_info(hwnd, bar))) live->track_pos = pos;
                user_unlock();
                notify(hwnd, bar, SB_THUMBTRACK, pos);
            }
            continue;
        }
        if (msg.message >= WM_MOUSEFIRST && msg.message <= WM_MOUSELAST) continue;
        TranslateMessage(&msg);
        DispatchMessageW(&msg);
        if (!IsWindow(hwnd)) return;
    }
    KillTimer(hwnd, REPEAT_TIMER);
    if (GetCapture() == hwnd) ReleaseCapture();
    user_lock();
    if ((live = tracked_info(hwnd, bar))) live->tracking = FALSE;
    user_unlock();
    set_pressed(hwnd, bar, PART_NONE);
    if (part == PART_THUMB) notify(hwnd, bar, SB_THUMBPOSITION, pos);
    notify(hwnd, bar, SB_ENDSCROLL, 0);
}

/* WM_SYSCOMMAND SC_VSCROLL/SC_HSCROLL (defwnd.c): PT in screen coordinates */
void scroll_track_window_bar(HWND hwnd, INT bar, POINT pt)
{
    RECT window;
    if (!GetWindowRect(hwnd, &window)) return;
    pt.x -= window.left;
    pt.y -= window.top;
    track_bar(hwnd, bar, pt);
}

/* ---- the "ScrollBar" control ---- */

static LRESULT ctl_set_info(HWND hwnd, struct scroll_ctl *c, const SCROLLINFO *si, BOOL redraw)
{
    int show;
    BOOL changed;
    INT pos;

    if (!si || !valid_info_size(si->cbSize)) return 0;
    pos = set_info(&c->info, si, TRUE, &show, &changed);
    if (redraw && changed) InvalidateRect(hwnd, NULL, TRUE);
    return pos;
}

LRESULT WINAPI scrollbar_proc(HWND hwnd, UINT msg, WPARAM wp, LPARAM lp)
{
    struct scroll_ctl *c = ctl_get(hwnd);
    SCROLLINFO si = { sizeof(si), 0, 0, 0, 0, 0, 0 };
    INT old;

    if (!c && msg != WM_NCCREATE) return DefWindowProcW(hwnd, msg, wp, lp);
    switch (msg) {
    case WM_NCCREATE:
        if (!(c = calloc(1, sizeof(*c)))) return FALSE;
        c->info.flags = ESB_ENABLE_BOTH;   /* a control starts at 0..0 */
        SetWindowLongPtrW(hwnd, 0, (LONG_PTR)c);
        return DefWindowProcW(hwnd, msg, wp, lp);
    case WM_NCDESTROY:
        SetWindowLongPtrW(hwnd, 0, 0);
        free(c);
        return DefWindowProcW(hwnd, msg, wp, lp);
    case WM_ERASEBKGND: return 1;
    case WM_GETDLGCODE: return DLGC_WANTARROWS;
    case WM_PAINT: {
        PAINTSTRUCT ps;
        RECT rc;
        BOOL vertical;
        HDC hdc = wp ? (HDC)wp : BeginPaint(hwnd, &ps);
        bar_rect(hwnd, SB_CTL, &rc, &vertical);
        if (hdc) draw_bar(hdc, &c->info, rc, vertical, c->part);
        if (!wp) EndPaint(hwnd, &ps);
        return 0;
    }
    case WM_LBUTTONDOWN:
    case WM_LBUTTONDBLCLK: {
        POINT pt = { (SHORT)LOWORD(lp), (SHORT)HIWORD(lp) };
        track_bar(hwnd, SB_CTL, pt);
        return 0;
    }
    case WM_KEYDOWN: {
        BOOL vertical = (GetWindowLongW(hwnd, GWL_STYLE) & SBS_VERT) != 0;
        WORD code;
        switch (wp) {
        case VK_PRIOR: code = SB_PAGEUP; break;
        case VK_NEXT: code = SB_PAGEDOWN; break;
        case VK_HOME: code = SB_TOP; break;
        case VK_END: code = SB_BOTTOM; break;
        case VK_UP: if (!vertical) return 0; code = SB_LINEUP; break;
        case VK_DOWN: if (!vertical) return 0; code = SB_LINEDOWN; break;
        case VK_LEFT: if (vertical) return 0; code = SB_LINEUP; break;
        case VK_RIGHT: if (vertical) return 0; code = SB_LINEDOWN; break;
        default: return 0;
        }
        notify(hwnd, SB_CTL, code, 0);   /* no SB_ENDSCROLL for keys, as on Windows */
        return 0;
    }
    case WM_ENABLE:
        InvalidateRect(hwnd, NULL, TRUE);
        return 0;
    case SBM_SETPOS:
        old = c->info.pos;
        si.fMask = SIF_POS;
        si.nPos = (INT)wp;
        ctl_set_info(hwnd, c, &si, (BOOL)lp);
        return old;
    case SBM_GETPOS: return c->info.pos;
    case SBM_SETRANGE:
    case SBM_SETRANGEREDRAW:
        /* the range alone: the position is not clamped to it (Wine) */
        if ((INT)wp > (INT)lp || (UINT)((INT)lp - (INT)wp) >= 0x80000000u) c->info.min = c->info.max = 0;
        else {
            c->info.min = (INT)wp;
            c->info.max = (INT)lp;
        }
        if (msg == SBM_SETRANGEREDRAW) InvalidateRect(hwnd, NULL, TRUE);
        return 0;
    case SBM_GETRANGE:
        if (wp) *(INT *)wp = c->info.min;
        if (lp) *(INT *)lp = c->info.max;
        return 0;
    case SBM_ENABLE_ARROWS:
        old = c->info.flags;
        c->info.flags = wp & ESB_DISABLE_BOTH;
        if ((UINT)old != c->info.flags) InvalidateRect(hwnd, NULL, TRUE);
        return (UINT)old != c->info.flags;
    case SBM_SETSCROLLINFO:
        if (!lp) return 0;
        return ctl_set_info(hwnd, c, (const SCROLLINFO *)lp, (BOOL)wp);
    case SBM_GETSCROLLINFO:
        if (!lp || !valid_info_size(((SCROLLINFO *)lp)->cbSize)) return FALSE;
        return get_info(&c->info, (SCROLLINFO *)lp);
    case SBM_GETSCROLLBARINFO:
        if (!lp || ((SCROLLBARINFO *)lp)->cbSize != sizeof(SCROLLBARINFO)) return FALSE;
        return fill_bar_info(hwnd, SB_CTL, &c->info, (SCROLLBARINFO *)lp);
    }
    return DefWindowProcW(hwnd, msg, wp, lp);
}
