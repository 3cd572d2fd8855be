/*
 * The progress bar ("msctls_progress32"): a position inside a range
 * (0..100, step 10 by default), drawn as blocks or, with PBS_SMOOTH, one
 * bar; PBS_VERTICAL fills from the bottom. SETPOS, DELTAPOS and SETRANGE
 * keep the position inside the range; STEPIT wraps around past the end,
 * as Windows' does. Marquee mode is accepted but drawn as an empty bar.
 */
#include <stdlib.h>
#include <string.h>
#include "comctl32_private.h"

struct progress {
    INT min, max, pos, step;
    COLORREF bar, bk;
    UINT state;
};

static void clamp(struct progress *pb)
{
    if (pb->pos < pb->min) pb->pos = pb->min;
    if (pb->pos > pb->max) pb->pos = pb->max;
}

static void paint(HWND hwnd, struct progress *pb, HDC hdc)
{
    RECT rc, bar;
    BOOL vertical = (GetWindowLongW(hwnd, GWL_STYLE) & PBS_VERTICAL) != 0;
    BOOL smooth = (GetWindowLongW(hwnd, GWL_STYLE) & PBS_SMOOTH) != 0;
    COLORREF bar_color = pb->bar == CLR_DEFAULT ? GetSysColor(COLOR_HIGHLIGHT) : pb->bar;

    GetClientRect(hwnd, &rc);
    if (pb->bk == CLR_DEFAULT) FillRect(hdc, &rc, GetSysColorBrush(COLOR_BTNFACE));
    else fill_color(hdc, &rc, pb->bk);
    /* a sunken frame, the bar inside it */
    draw_edge(hdc, &rc, FALSE);
    InflateRect(&rc, -2, -2);
    if (pb->max <= pb->min) return;
    INT len = vertical ? rc.bottom - rc.top : rc.right - rc.left;
    INT filled = (INT)((long long)(pb->pos - pb->min) * len / (pb->max - pb->min));
    if (smooth) {
        bar = rc;
        if (vertical) bar.top = rc.bottom - filled;
        else bar.right = rc.left + filled;
        fill_color(hdc, &bar, bar_color);
        return;
    }
    /* blocks two thirds of the bar's thickness wide, two pixels apart */
    INT thick = vertical ? rc.right - rc.left : rc.bottom - rc.top;
    INT block = thick * 2 / 3;
    if (block < 1) block = 1;
    for (INT at = 0; at < filled; at += block + 2) {
        INT end = at + block < len ? at + block : len;
        bar = rc;
        if (vertical) { bar.bottom = rc.bottom - at; bar.top = rc.bottom - end; }
        else { bar.left = rc.left + at; bar.right = rc.left + end; }
        fill_color(hdc, &bar, bar_color);
    }
}

static LRESULT set_range(HWND hwnd, struct progress *pb, INT min, INT max)
{
    LRESULT old = MAKELONG(pb->min, pb->max);
    if (min != pb->min || max != pb->max) {
        pb->min = min;
        pb->max = max;
        clamp(pb);
        InvalidateRect(hwnd, NULL, TRUE);
    }
    return old;
}

static LRESULT set_pos(HWND hwnd, struct progress *pb, INT pos)
{
    INT old = pb->pos;
    pb->pos = pos;
    clamp(pb);
    if (pb->pos != old) InvalidateRect(hwnd, NULL, TRUE);
    return old;
}

LRESULT WINAPI progress_proc(HWND hwnd, UINT msg, WPARAM wparam, LPARAM lparam)
{
    struct progress *pb = control_data(hwnd);
    PAINTSTRUCT ps;
    LRESULT old;

    if (!pb && msg != WM_NCCREATE) return DefWindowProcW(hwnd, msg, wparam, lparam);
    switch (msg) {
    case WM_NCCREATE:
        if (!(pb = calloc(1, sizeof(*pb)))) return FALSE;
        pb->max = 100;
        pb->step = 10;
        pb->bar = pb->bk = CLR_DEFAULT;
        pb->state = PBST_NORMAL;
        control_set_data(hwnd, pb);
        return DefWindowProcW(hwnd, msg, wparam, lparam);
    case WM_NCDESTROY:
        free(pb);
        control_set_data(hwnd, NULL);
        return DefWindowProcW(hwnd, msg, wparam, lparam);
    case WM_PAINT:
        if (wparam) paint(hwnd, pb, (HDC)wparam);
        else {
            HDC hdc = BeginPaint(hwnd, &ps);
            paint(hwnd, pb, hdc);
            EndPaint(hwnd, &ps);
        }
        return 0;
    case WM_ERASEBKGND:
        return 1;
    case PBM_SETRANGE:
        return set_range(hwnd, pb, LOWORD(lparam), HIWORD(lparam));
    case PBM_SETRANGE32:
        return set_range(hwnd, pb, (INT)wparam, (INT)lparam);
    case PBM_GETRANGE:
        if (lparam) {
            ((PBRANGE *)lparam)->iLow = pb->min;
            ((PBRANGE *)lparam)->iHigh = pb->max;
        }
        return wparam ? pb->min : pb->max;
    case PBM_SETPOS:
        return set_pos(hwnd, pb, (INT)wparam);
    case PBM_DELTAPOS:
        return set_pos(hwnd, pb, pb->pos + (INT)wparam);
    case PBM_GETPOS:
        return pb->pos;
    case PBM_SETSTEP:
        old = pb->step;
        pb->step = (INT)wparam;
        return old;
    case PBM_GETSTEP:
        return pb->step;
    case PBM_STEPIT: {
        INT range = pb->max - pb->min, pos = pb->pos + pb->step;
        old = pb->pos;
        /* past either end the bar starts over from the other */
        if (range > 0 && pos > pb->max) pos = pb->min + (pos - pb->min) % range;
        else if (range > 0 && pos < pb->min) pos = pb->max - (pb->max - pos) % range;
        pb->pos = pos;
        clamp(pb);
        if (pb->pos != old) InvalidateRect(hwnd, NULL, TRUE);
        return old;
    }
    case PBM_SETBARCOLOR:
        old = pb->bar;
        pb->bar = (COLORREF)lparam;
        InvalidateRect(hwnd, NULL, TRUE);
        return old;
    case PBM_GETBARCOLOR:
        return pb->bar;
    case PBM_SETBKCOLOR:
        old = pb->bk;
        pb->bk = (COLORREF)lparam;
        InvalidateRect(hwnd, NULL, TRUE);
        return old;
    case PBM_GETBKCOLOR:
        return pb->bk;
    case PBM_SETSTATE:
        old = pb->state;
        pb->state = (UINT)wparam;
        return old;
    case PBM_GETSTATE:
        return pb->state;
    case PBM_SETMARQUEE:
        return TRUE;
    }
    return DefWindowProcW(hwnd, msg, wparam, lparam);
}
