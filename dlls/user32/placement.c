/*
 * Window placement and shape: GetWindowPlacement/SetWindowPlacement,
 * CloseWindow, OpenIcon, ArrangeIconicWindows, SetWindowRgn/GetWindowRgn/
 * GetWindowRgnBox.
 *
 * The normal rectangle is winpos.c's (kept across minimize and maximize);
 * the minimized and maximized positions are remembered here once known
 * (-1,-1 before). The work area is the screen (sysparams.c), so workspace
 * coordinates equal screen coordinates.
 *
 * A minimized top-level goes to -32000,-32000 (Windows' hidden icon
 * arrangement); a minimized child to the first free slot of a row along
 * its parent's bottom-left, as Windows' default arrangement
 * (SM_CXMINIMIZED x SM_CYMINIMIZED slots, no gaps).
 *
 * A window region clips what is drawn in the window (dce.c) and the
 * mouse: a child is passed over where the point is outside its region
 * (driver.c; DefWindowProc's WM_NCHITTEST ignores regions, as on Windows).
 * The display does not shape the top-level's X window: outside the region
 * it shows what the window drew before, and takes the mouse.
 */
#include <string.h>
#include "user_private.h"
#include "gdiload.h"

WINUSERAPI BOOL WINAPI IsIconic(HWND);

/* ---- minimized positions ---- */

/* Is a minimized sibling of WIN other than WIN at slot X,Y? */
static BOOL slot_taken(struct user_window *win, int x, int y)
{
    for (struct user_window *s = win->parent->first_child; s; s = s->next)
        if (s != win && (s->style & WS_MINIMIZE) && s->window_rect.left == x && s->window_rect.top == y) return TRUE;
    return FALSE;
}

void placement_icon_pos(struct user_window *win, RECT *rect)
{
    int cx = GetSystemMetrics(57 /* SM_CXMINIMIZED */), cy = GetSystemMetrics(58 /* SM_CYMINIMIZED */);
    int x = 0, y, width;

    if (!(win->style & WS_CHILD) || !win->parent) {
        *rect = (RECT){ -32000, -32000, -32000 + cx, -32000 + cy };
        return;
    }
    if (win->min_pos.x != -1 || win->min_pos.y != -1) {
        *rect = (RECT){ win->min_pos.x, win->min_pos.y, win->min_pos.x + cx, win->min_pos.y + cy };
        return;
    }
    width = win->parent->client_rect.right - win->parent->client_rect.left;
    y = win->parent->client_rect.bottom - win->parent->client_rect.top - cy;
    while (slot_taken(win, x, y)) {
        x += cx;
        if (x + cx > width) {
            x = 0;
            y -= cy;
        }
    }
    *rect = (RECT){ x, y, x + cx, y + cy };
}

/* ---- placement ---- */

WINUSERAPI BOOL WINAPI GetWindowPlacement(HWND hwnd, WINDOWPLACEMENT *wp)
{
    struct user_window *win;

    user_lock();
    if (!(win = window_get(hwnd)) || win == window_desktop()) {
        user_unlock();
        SetLastError(ERROR_INVALID_WINDOW_HANDLE);
        return FALSE;
    }
    if (!wp) {
        user_unlock();
        SetLastError(ERROR_NOACCESS);
        return FALSE;
    }
    wp->length = sizeof(*wp);
    wp->flags = 0;
    if (win->style & WS_MINIMIZE) {
        wp->showCmd = SW_SHOWMINIMIZED;
        if (win->flags & WINFLAG_RESTORE_MAXIMIZED) wp->flags = WPF_RESTORETOMAXIMIZED;
    } else wp->showCmd = (win->style & WS_MAXIMIZE) ? SW_SHOWMAXIMIZED : SW_SHOWNORMAL;
    if (win->style & WS_MINIMIZE) win->min_pos = (POINT){ win->window_rect.left, win->window_rect.top };
    wp->ptMinPosition = win->min_pos;
    wp->ptMaxPosition = win->max_pos;
    wp->rcNormalPosition = (win->style & (WS_MINIMIZE | WS_MAXIMIZE)) ? win->normal_rect : win->window_rect;
    user_unlock();
    return TRUE;
}

/* The normal rectangle, the positions, then the show state: the window is
 * moved to its normal rectangle only when it is shown normal. */
WINUSERAPI BOOL WINAPI SetWindowPlacement(HWND hwnd, const WINDOWPLACEMENT *wp)
{
    struct user_window *win;
    RECT normal;
    BOOL normal_now;

    if (!wp) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return FALSE;
    }
    user_lock();
    if (!(win = window_get(hwnd)) || win == window_desktop()) {
        user_unlock();
        SetLastError(ERROR_INVALID_WINDOW_HANDLE);
        return FALSE;
    }
    hwnd = win->handle;
    normal = wp->rcNormalPosition;
    win->normal_rect = normal;
    if (wp->flags & WPF_SETMINPOSITION) win->min_pos = wp->ptMinPosition;
    win->max_pos = wp->ptMaxPosition;
    if (wp->flags & WPF_RESTORETOMAXIMIZED) win->flags |= WINFLAG_RESTORE_MAXIMIZED;
    else win->flags &= ~WINFLAG_RESTORE_MAXIMIZED;
    normal_now = !(win->style & (WS_MINIMIZE | WS_MAXIMIZE));
    user_unlock();
    if (normal_now)
        SetWindowPos(hwnd, NULL, normal.left, normal.top, normal.right - normal.left, normal.bottom - normal.top,
                     SWP_NOZORDER | SWP_NOACTIVATE);
    ShowWindow(hwnd, wp->showCmd);
    return TRUE;
}

/* CloseWindow minimizes: it never destroys. */
WINUSERAPI BOOL WINAPI CloseWindow(HWND hwnd)
{
    if (!IsWindow(hwnd)) {
        SetLastError(ERROR_INVALID_WINDOW_HANDLE);
        return FALSE;
    }
    if (GetWindowLongW(hwnd, GWL_STYLE) & WS_CHILD) return FALSE;
    ShowWindow(hwnd, SW_MINIMIZE);
    return TRUE;
}

WINUSERAPI BOOL WINAPI OpenIcon(HWND hwnd)
{
    if (!IsIconic(hwnd)) return FALSE;
    ShowWindow(hwnd, SW_SHOWNORMAL);
    return TRUE;
}

/* The minimized children of PARENT in rows from its bottom-left; returns
 * the height of a row. */
WINUSERAPI UINT WINAPI ArrangeIconicWindows(HWND parent)
{
    int cx = GetSystemMetrics(57 /* SM_CXMINIMIZED */), cy = GetSystemMetrics(58 /* SM_CYMINIMIZED */);
    HWND child;
    RECT client;
    int x = 0, y;

    if (!GetClientRect(parent, &client)) return 0;
    y = client.bottom - cy;
    for (child = GetWindow(parent, GW_CHILD); child; child = GetWindow(child, GW_HWNDNEXT)) {
        if (!IsIconic(child)) continue;
        SetWindowPos(child, NULL, x, y, 0, 0, SWP_NOSIZE | SWP_NOZORDER | SWP_NOACTIVATE);
        user_lock();
        struct user_window *win = window_get(child);
        if (win) win->min_pos = (POINT){ x, y };
        user_unlock();
        x += cx;
        if (x + cx > client.right) {
            x = 0;
            y -= cy;
        }
    }
    return cy;
}

/* ---- window regions ---- */

BOOL placement_region_hit(struct user_window *win, POINT screen)
{
    const struct user_gdi *g;
    POINT origin;
    HRGN pt;
    BOOL in;

    if (!win->window_rgn || !(g = user_gdi())) return TRUE;
    window_get_screen_offset(win->parent, &origin);
    screen.x -= origin.x + win->window_rect.left;
    screen.y -= origin.y + win->window_rect.top;
    if (!(pt = g->create_rect_rgn(screen.x, screen.y, screen.x + 1, screen.y + 1))) return TRUE;
    in = g->combine_rgn(pt, pt, win->window_rgn, RGN_AND) != NULLREGION;
    g->delete_object(pt);
    return in;
}

HRGN placement_region_copy(struct user_window *win, POINT offset)
{
    const struct user_gdi *g;
    HRGN copy;

    if (!win->window_rgn || !(g = user_gdi())) return NULL;
    if (!(copy = g->create_rect_rgn(0, 0, 0, 0))) return NULL;
    g->combine_rgn(copy, win->window_rgn, NULL, RGN_COPY);
    g->offset_rgn(copy, offset.x, offset.y);
    return copy;
}

void placement_window_freed(struct user_window *win)
{
    const struct user_gdi *g;

    if (win->window_rgn && (g = user_gdi())) g->delete_object(win->window_rgn);
    win->window_rgn = NULL;
}

/* The system owns RGN after success (deletes it when replaced or with the
 * window), as Windows documents; NULL gives the window its rectangle back. */
WINUSERAPI INT WINAPI SetWindowRgn(HWND hwnd, HRGN rgn, BOOL redraw)
{
    const struct user_gdi *g = user_gdi();
    struct user_window *win;
    HRGN old;
    RECT box;

    if (rgn && (!g || g->get_rgn_box(rgn, &box) == ERROR)) {
        SetLastError(ERROR_INVALID_HANDLE);
        return 0;
    }
    user_lock();
    if (!(win = window_get(hwnd)) || win == window_desktop()) {
        user_unlock();
        SetLastError(ERROR_INVALID_WINDOW_HANDLE);
        return 0;
    }
    hwnd = win->handle;
    old = win->window_rgn;
    win->window_rgn = rgn;
    user_unlock();
    if (old && old != rgn && g) g->delete_object(old);
    SetWindowPos(hwnd, NULL, 0, 0, 0, 0, SWP_NOSIZE | SWP_NOMOVE | SWP_NOZORDER | SWP_NOACTIVATE |
                 SWP_FRAMECHANGED | (redraw ? 0 : SWP_NOREDRAW));
    if (redraw) RedrawWindow(hwnd, NULL, NULL, RDW_INVALIDATE | RDW_ERASE | RDW_FRAME | RDW_ALLCHILDREN);
    return 1;
}

/* A copy of the region into RGN; ERROR when the window has none. */
WINUSERAPI INT WINAPI GetWindowRgn(HWND hwnd, HRGN rgn)
{
    const struct user_gdi *g = user_gdi();
    struct user_window *win;
    INT ret = ERROR;

    if (!rgn || !g) return ERROR;
    user_lock();
    if ((win = window_get(hwnd)) && win->window_rgn) ret = g->combine_rgn(rgn, win->window_rgn, NULL, RGN_COPY);
    user_unlock();
    return ret;
}

WINUSERAPI INT WINAPI GetWindowRgnBox(HWND hwnd, RECT *rect)
{
    const struct user_gdi *g = user_gdi();
    struct user_window *win;
    INT ret = ERROR;

    if (!rect || !g) return ERROR;
    user_lock();
    if ((win = window_get(hwnd)) && win->window_rgn) ret = g->get_rgn_box(win->window_rgn, rect);
    user_unlock();
    return ret;
}
