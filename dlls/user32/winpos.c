/*
 * Window geometry: SetWindowPos, MoveWindow, ShowWindow, the rectangle
 * queries and coordinate mapping, AdjustWindowRect(Ex) and the non-client
 * insets behind WM_NCCALCSIZE.
 *
 * Rectangles are kept in the parent's client coordinates (top-levels: the
 * screen). The non-client area is computed from the styles with the
 * metrics of GetSystemMetrics; the display driver only mirrors top-levels.
 */
#include <string.h>
#include "user_private.h"

#define SWP_NOCLIENTSIZE 0x0800
#define SWP_NOCLIENTMOVE 0x1000
#define SWP_AGG_NOPOSCHANGE (SWP_NOSIZE | SWP_NOMOVE | SWP_NOCLIENTSIZE | SWP_NOCLIENTMOVE | SWP_NOZORDER)

#define SM_CXBORDER 5
#define SM_CXDLGFRAME 7
#define SM_CXFRAME 32
#define SM_CYCAPTION 4
#define SM_CYSMCAPTION 51
#define SM_CYMENU 15
#define SM_CXEDGE 45
#define SM_CXPADDEDBORDER 92

/* How far the frame, caption and menu reach around the client area. */
void winpos_nc_metrics(DWORD style, DWORD ex_style, BOOL menu, RECT *insets)
{
    int frame = 0;

    if (style & WS_THICKFRAME) frame = GetSystemMetrics(SM_CXFRAME) + GetSystemMetrics(SM_CXPADDEDBORDER);
    else if ((style & WS_DLGFRAME) || (ex_style & WS_EX_DLGMODALFRAME)) frame = GetSystemMetrics(SM_CXDLGFRAME);
    else if (style & WS_BORDER) frame = GetSystemMetrics(SM_CXBORDER);
    if (ex_style & WS_EX_CLIENTEDGE) frame += GetSystemMetrics(SM_CXEDGE);
    if (ex_style & WS_EX_STATICEDGE) frame += GetSystemMetrics(SM_CXBORDER);
    insets->left = insets->right = insets->bottom = insets->top = frame;
    if ((style & WS_CAPTION) == WS_CAPTION)
        insets->top += GetSystemMetrics((ex_style & WS_EX_TOOLWINDOW) ? SM_CYSMCAPTION : SM_CYCAPTION);
    if (menu) insets->top += GetSystemMetrics(SM_CYMENU);
}

WINUSERAPI BOOL WINAPI AdjustWindowRectEx(RECT *rect, DWORD style, BOOL menu, DWORD ex_style)
{
    RECT in;

    if (!rect) return FALSE;
    winpos_nc_metrics(style, ex_style, menu, &in);
    rect->left -= in.left;
    rect->top -= in.top;
    rect->right += in.right;
    rect->bottom += in.bottom;
    return TRUE;
}

WINUSERAPI BOOL WINAPI AdjustWindowRect(RECT *rect, DWORD style, BOOL menu)
{
    return AdjustWindowRectEx(rect, style, menu, 0);
}

WINUSERAPI BOOL WINAPI AdjustWindowRectExForDpi(RECT *rect, DWORD style, BOOL menu, DWORD ex_style, UINT dpi)
{
    (void)dpi;   /* 96 only */
    return AdjustWindowRectEx(rect, style, menu, ex_style);
}

/* DefWindowProc's WM_NCCALCSIZE: the client rect from the window rect. */
LRESULT winpos_default_nccalcsize(HWND hwnd, RECT *rect)
{
    struct user_window *win;
    RECT in = { 0 };

    DWORD style = 0;

    user_lock();
    if ((win = window_get(hwnd))) {
        winpos_nc_metrics(win->style, win->ex_style, !(win->style & WS_CHILD) && win->id, &in);
        style = win->style;
    }
    user_unlock();
    rect->left += in.left;
    rect->top += in.top;
    rect->right -= in.right;
    rect->bottom -= in.bottom;
    /* the window's own scroll bars, when they fit (not in AdjustWindowRectEx, as on Windows) */
    if ((style & WS_VSCROLL) && rect->right - rect->left >= GetSystemMetrics(2 /* SM_CXVSCROLL */))
        rect->right -= GetSystemMetrics(2);
    if ((style & WS_HSCROLL) && rect->bottom - rect->top > GetSystemMetrics(3 /* SM_CYHSCROLL */))
        rect->bottom -= GetSystemMetrics(3);
    if (rect->right < rect->left) rect->right = rect->left;
    if (rect->bottom < rect->top) rect->bottom = rect->top;
    return 0;
}

void winpos_set_rects(struct user_window *win, const RECT *window, const RECT *client)
{
    win->window_rect = *window;
    win->client_rect = *client;
}

/* ---- queries ---- */

static BOOL get_rect(HWND hwnd, RECT *rect, BOOL client)
{
    struct user_window *win;
    POINT origin;

    if (!rect) return FALSE;
    user_lock();
    if (!(win = window_get(hwnd))) {
        user_unlock();
        SetLastError(ERROR_INVALID_WINDOW_HANDLE);
        return FALSE;
    }
    if (client) {
        rect->left = rect->top = 0;
        rect->right = win->client_rect.right - win->client_rect.left;
        rect->bottom = win->client_rect.bottom - win->client_rect.top;
    } else {
        *rect = win->window_rect;
        window_get_screen_offset(win->parent, &origin);
        rect->left += origin.x;
        rect->right += origin.x;
        rect->top += origin.y;
        rect->bottom += origin.y;
    }
    user_unlock();
    return TRUE;
}

WINUSERAPI BOOL WINAPI GetWindowRect(HWND hwnd, RECT *rect) { return get_rect(hwnd, rect, FALSE); }
WINUSERAPI BOOL WINAPI GetClientRect(HWND hwnd, RECT *rect) { return get_rect(hwnd, rect, TRUE); }

/* Screen origin of HWND's client area; FALSE for a bad handle. */
static BOOL client_origin(HWND hwnd, POINT *pt)
{
    struct user_window *win;

    pt->x = pt->y = 0;
    if (!hwnd) return TRUE;   /* the screen */
    user_lock();
    if (!(win = window_get(hwnd))) {
        user_unlock();
        SetLastError(ERROR_INVALID_WINDOW_HANDLE);
        return FALSE;
    }
    window_get_screen_offset(win, pt);
    user_unlock();
    return TRUE;
}

WINUSERAPI INT WINAPI MapWindowPoints(HWND from, HWND to, POINT *points, UINT count)
{
    POINT a, b;

    SetLastError(0);
    if (!client_origin(from, &a) || !client_origin(to, &b)) return 0;
    for (UINT i = 0; i < count; i++) {
        points[i].x += a.x - b.x;
        points[i].y += a.y - b.y;
    }
    return MAKELONG((WORD)(a.x - b.x), (WORD)(a.y - b.y));
}

WINUSERAPI BOOL WINAPI ClientToScreen(HWND hwnd, POINT *pt)
{
    POINT o;

    if (!hwnd || !pt || !client_origin(hwnd, &o)) {
        if (!hwnd) SetLastError(ERROR_INVALID_WINDOW_HANDLE);
        return FALSE;
    }
    pt->x += o.x;
    pt->y += o.y;
    return TRUE;
}

WINUSERAPI BOOL WINAPI ScreenToClient(HWND hwnd, POINT *pt)
{
    POINT o;

    if (!hwnd || !pt || !client_origin(hwnd, &o)) {
        if (!hwnd) SetLastError(ERROR_INVALID_WINDOW_HANDLE);
        return FALSE;
    }
    pt->x -= o.x;
    pt->y -= o.y;
    return TRUE;
}

WINUSERAPI BOOL WINAPI IsWindowVisible(HWND hwnd)
{
    struct user_window *win;
    BOOL ret = FALSE;

    user_lock();
    if ((win = window_get(hwnd))) {
        ret = TRUE;
        /* visible only when every ancestor up to the desktop is */
        for (; win && win != window_desktop(); win = win->parent)
            if (!(win->style & WS_VISIBLE)) {
                ret = FALSE;
                break;
            }
    }
    user_unlock();
    return ret;
}

WINUSERAPI BOOL WINAPI IsWindowEnabled(HWND hwnd)
{
    return IsWindow(hwnd) && !(GetWindowLongW(hwnd, GWL_STYLE) & WS_DISABLED);
}

WINUSERAPI BOOL WINAPI IsIconic(HWND hwnd) { return (GetWindowLongW(hwnd, GWL_STYLE) & WS_MINIMIZE) != 0; }
WINUSERAPI BOOL WINAPI IsZoomed(HWND hwnd) { return (GetWindowLongW(hwnd, GWL_STYLE) & WS_MAXIMIZE) != 0; }

void focus_window_disabled(HWND hwnd);

/* Returns the previous state: nonzero when the window was disabled. */
WINUSERAPI BOOL WINAPI EnableWindow(HWND hwnd, BOOL enable)
{
    struct user_window *win;
    BOOL was_disabled;

    user_lock();
    if (!(win = window_get(hwnd))) {
        user_unlock();
        SetLastError(ERROR_INVALID_WINDOW_HANDLE);
        return FALSE;
    }
    was_disabled = (win->style & WS_DISABLED) != 0;
    if (enable && was_disabled) win->style &= ~WS_DISABLED;
    user_unlock();
    if (enable && was_disabled) SendMessageW(hwnd, WM_ENABLE, TRUE, 0);
    else if (!enable && !was_disabled) {
        SendMessageW(hwnd, WM_CANCELMODE, 0, 0);
        user_lock();
        if ((win = window_get(hwnd))) win->style |= WS_DISABLED;
        user_unlock();
        focus_window_disabled(hwnd);
        SendMessageW(hwnd, WM_ENABLE, FALSE, 0);
    }
    return was_disabled;
}

/* ---- SetWindowPos ---- */

static void send_size_move(HWND hwnd, BOOL size, BOOL move)
{
    struct user_window *win;
    RECT client;
    DWORD style;

    user_lock();
    if (!(win = window_get(hwnd))) {
        user_unlock();
        return;
    }
    client = win->client_rect;
    style = win->style;
    user_unlock();
    if (size) {
        WPARAM type = (style & WS_MAXIMIZE) ? SIZE_MAXIMIZED : (style & WS_MINIMIZE) ? SIZE_MINIMIZED : SIZE_RESTORED;
        SendMessageW(hwnd, WM_SIZE, type, MAKELONG(client.right - client.left, client.bottom - client.top));
    }
    if (move) SendMessageW(hwnd, WM_MOVE, 0, MAKELONG(client.left, client.top));
}

/* DefWindowProc's WM_WINDOWPOSCHANGED. */
void winpos_default_poschanged(HWND hwnd, const WINDOWPOS *pos)
{
    if (pos->flags & SWP_NOCLIENTMOVE && pos->flags & SWP_NOCLIENTSIZE && !(pos->flags & SWP_FRAMECHANGED)) return;
    if (!(pos->flags & SWP_NOCLIENTMOVE)) send_size_move(hwnd, FALSE, TRUE);
    if (!(pos->flags & SWP_NOCLIENTSIZE) || (pos->flags & SWP_FRAMECHANGED)) send_size_move(hwnd, TRUE, FALSE);
}

/* DefWindowProc's WM_WINDOWPOSCHANGING: sizes within WM_GETMINMAXINFO's limits. */
void winpos_default_poschanging(HWND hwnd, WINDOWPOS *pos)
{
    DWORD style = GetWindowLongW(hwnd, GWL_STYLE);
    MINMAXINFO mmi;

    if (pos->flags & SWP_NOSIZE) return;
    if (!((style & WS_THICKFRAME) || !(style & (WS_POPUP | WS_CHILD)))) return;
    memset(&mmi, 0, sizeof(mmi));
    sysparams_default_minmax(style, GetWindowLongW(hwnd, GWL_EXSTYLE), &mmi);
    SendMessageW(hwnd, WM_GETMINMAXINFO, 0, (LPARAM)&mmi);
    if (pos->cx > mmi.ptMaxTrackSize.x) pos->cx = mmi.ptMaxTrackSize.x;
    if (pos->cy > mmi.ptMaxTrackSize.y) pos->cy = mmi.ptMaxTrackSize.y;
    if (!(style & WS_MINIMIZE)) {
        if (pos->cx < mmi.ptMinTrackSize.x) pos->cx = mmi.ptMinTrackSize.x;
        if (pos->cy < mmi.ptMinTrackSize.y) pos->cy = mmi.ptMinTrackSize.y;
    }
    if (pos->cx < 0) pos->cx = 0;
    if (pos->cy < 0) pos->cy = 0;
}

WINUSERAPI BOOL WINAPI SetWindowPos(HWND hwnd, HWND after, INT x, INT y, INT cx, INT cy, UINT flags)
{
    struct user_window *win, *after_win = NULL;
    WINDOWPOS pos;
    RECT old_window, old_client, new_window, new_client;
    BOOL was_visible, top_level, activate, child_activate, from_driver = (flags & SWP_WINRUN_FROM_DRIVER) != 0;
    struct driver_window *drv;

    user_lock();
    if (!(win = window_get(hwnd)) || win == window_desktop()) {
        user_unlock();
        SetLastError(win ? ERROR_INVALID_PARAMETER : ERROR_INVALID_WINDOW_HANDLE);
        return FALSE;
    }
    hwnd = win->handle;
    old_window = win->window_rect;
    old_client = win->client_rect;
    was_visible = (win->style & WS_VISIBLE) != 0;
    top_level = !(win->style & WS_CHILD);
    flags &= ~(SWP_NOCLIENTSIZE | SWP_NOCLIENTMOVE | SWP_WINRUN_FROM_DRIVER);
    if (was_visible) flags &= ~SWP_SHOWWINDOW;
    else flags &= ~SWP_HIDEWINDOW;
    if (flags & SWP_HIDEWINDOW) flags |= SWP_NOACTIVATE;
    /* an unchanged size or position is noticed after WM_WINDOWPOSCHANGING
     * (whose default handler asks WM_GETMINMAXINFO when a size is given) */
    if (!(flags & SWP_NOZORDER)) {
        if (after == HWND_TOP || after == HWND_TOPMOST || after == HWND_NOTOPMOST) {
            if (!win->prev) flags |= SWP_NOZORDER;
        } else if (after == HWND_BOTTOM) {
            if (!win->next) flags |= SWP_NOZORDER;
        } else if (!(after_win = window_get(after)) || after_win->parent != win->parent) {
            user_unlock();
            SetLastError(ERROR_INVALID_PARAMETER);
            return FALSE;
        } else if (win->prev == after_win || after_win == win) flags |= SWP_NOZORDER;
    }
    activate = top_level && !(flags & SWP_NOACTIVATE) && (was_visible || (flags & SWP_SHOWWINDOW)) &&
               GetActiveWindow() != hwnd;
    /* a child "activated" hears WM_CHILDACTIVATE (MDI children act on it) */
    child_activate = (win->style & (WS_CHILD | WS_POPUP)) == WS_CHILD && !(flags & (SWP_NOACTIVATE | SWP_HIDEWINDOW));
    if (!activate) flags |= (top_level && GetActiveWindow() == hwnd) ? 0 : SWP_NOACTIVATE;
    user_unlock();

    pos.hwnd = hwnd;
    pos.hwndInsertAfter = after;
    pos.x = (flags & SWP_NOMOVE) ? old_window.left : x;
    pos.y = (flags & SWP_NOMOVE) ? old_window.top : y;
    pos.cx = (flags & SWP_NOSIZE) ? old_window.right - old_window.left : cx;
    pos.cy = (flags & SWP_NOSIZE) ? old_window.bottom - old_window.top : cy;
    pos.flags = flags;
    if (!(flags & SWP_NOSENDCHANGING)) SendMessageW(hwnd, WM_WINDOWPOSCHANGING, 0, (LPARAM)&pos);
    flags = pos.flags;
    if (pos.x == old_window.left && pos.y == old_window.top) flags |= SWP_NOMOVE;
    if (pos.cx == old_window.right - old_window.left && pos.cy == old_window.bottom - old_window.top) flags |= SWP_NOSIZE;
    new_window.left = pos.x;
    new_window.top = pos.y;
    new_window.right = pos.x + pos.cx;
    new_window.bottom = pos.y + pos.cy;
    new_client.left = old_client.left + new_window.left - old_window.left;
    new_client.top = old_client.top + new_window.top - old_window.top;
    new_client.right = new_client.left + old_client.right - old_client.left;
    new_client.bottom = new_client.top + old_client.bottom - old_client.top;
    if (!(flags & SWP_NOSIZE) || (flags & SWP_FRAMECHANGED)) {
        NCCALCSIZE_PARAMS params;
        WINDOWPOS copy = pos;
        params.rgrc[0] = new_window;
        params.rgrc[1] = old_window;
        params.rgrc[2] = old_client;
        params.lppos = &copy;
        SendMessageW(hwnd, WM_NCCALCSIZE, TRUE, (LPARAM)&params);
        new_client = params.rgrc[0];
    }
    if (new_client.left == old_client.left && new_client.top == old_client.top) flags |= SWP_NOCLIENTMOVE;
    if (new_client.right - new_client.left == old_client.right - old_client.left &&
        new_client.bottom - new_client.top == old_client.bottom - old_client.top) flags |= SWP_NOCLIENTSIZE;

    user_lock();
    if (!(win = window_get(hwnd))) {
        user_unlock();
        return FALSE;
    }
    winpos_set_rects(win, &new_window, &new_client);
    if (!(flags & SWP_NOZORDER)) {
        struct user_window *target = NULL;   /* insert after; NULL = top */
        if (pos.hwndInsertAfter == HWND_BOTTOM) target = (struct user_window *)1;
        else if (pos.hwndInsertAfter != HWND_TOP && pos.hwndInsertAfter != HWND_TOPMOST &&
                 pos.hwndInsertAfter != HWND_NOTOPMOST)
            target = window_get(pos.hwndInsertAfter);
        if (pos.hwndInsertAfter == HWND_TOPMOST) win->ex_style |= WS_EX_TOPMOST;
        if (pos.hwndInsertAfter == HWND_NOTOPMOST) win->ex_style &= ~WS_EX_TOPMOST;
        window_relink(win, target);
    }
    if (flags & SWP_SHOWWINDOW) win->style |= WS_VISIBLE;
    if (flags & SWP_HIDEWINDOW) win->style &= ~WS_VISIBLE;
    drv = win->driver;
    user_unlock();

    if (drv) {
        /* the display's own change goes back only when the program altered it */
        if ((!(flags & SWP_NOMOVE) || !(flags & SWP_NOSIZE)) &&
            (!from_driver || new_window.left != x || new_window.top != y || new_window.right != x + cx ||
             new_window.bottom != y + cy))
            user_driver()->move_window(drv, &new_window);
        if (flags & (SWP_SHOWWINDOW | SWP_HIDEWINDOW)) user_driver()->show_window(drv, (flags & SWP_SHOWWINDOW) != 0);
    }
    if ((flags & SWP_SHOWWINDOW) || ((flags & SWP_NOCLIENTSIZE) == 0 && !(flags & SWP_NOREDRAW)))
        RedrawWindow(hwnd, NULL, NULL, RDW_INVALIDATE | RDW_ERASE | RDW_FRAME);
    /* a shown window is activated before WM_WINDOWPOSCHANGED, a hidden one
     * gives up activation after it (Windows' order) */
    if (activate) focus_activate(hwnd, TRUE);
    if (child_activate) SendMessageW(hwnd, WM_CHILDACTIVATE, 0, 0);
    if ((flags & SWP_AGG_NOPOSCHANGE) != SWP_AGG_NOPOSCHANGE || (flags & (SWP_SHOWWINDOW | SWP_HIDEWINDOW | SWP_FRAMECHANGED))) {
        pos.flags = flags & ~SWP_NOSENDCHANGING;
        pos.x = new_window.left;
        pos.y = new_window.top;
        pos.cx = new_window.right - new_window.left;
        pos.cy = new_window.bottom - new_window.top;
        SendMessageW(hwnd, WM_WINDOWPOSCHANGED, 0, (LPARAM)&pos);
    }
    if ((flags & SWP_HIDEWINDOW) && top_level && IsWindow(hwnd)) focus_window_hidden(hwnd);
    return TRUE;
}

WINUSERAPI BOOL WINAPI MoveWindow(HWND hwnd, INT x, INT y, INT cx, INT cy, BOOL repaint)
{
    return SetWindowPos(hwnd, 0, x, y, cx, cy, SWP_NOZORDER | SWP_NOACTIVATE | (repaint ? 0 : SWP_NOREDRAW));
}

WINUSERAPI BOOL WINAPI BringWindowToTop(HWND hwnd)
{
    return SetWindowPos(hwnd, HWND_TOP, 0, 0, 0, 0, SWP_NOMOVE | SWP_NOSIZE);
}

/* Minimize and maximize: the style bits and the new rectangle. The
 * normal rectangle is kept to restore to; the maximized one is the work
 * area with the frame outside it. Returns extra SWP flags. */
static UINT min_maximize(HWND hwnd, int cmd, RECT *rect)
{
    struct user_window *win;
    RECT in, work;
    UINT flags = 0;

    /* a WH_CBT hook may refuse it */
    if (hook_call(WH_CBT, HCBT_MINMAX, (WPARAM)hwnd, cmd, TRUE)) return SWP_NOSIZE | SWP_NOMOVE;
    sysparams_work_area(&work);
    user_lock();
    if (!(win = window_get(hwnd))) {
        user_unlock();
        return SWP_NOSIZE | SWP_NOMOVE;
    }
    if (!(win->style & (WS_MINIMIZE | WS_MAXIMIZE))) win->normal_rect = win->window_rect;
    *rect = win->window_rect;
    /* a minimized window that was maximized restores to maximized */
    if (cmd == SW_RESTORE && (win->style & WS_MINIMIZE) && (win->flags & WINFLAG_RESTORE_MAXIMIZED)) cmd = SW_MAXIMIZE;
    /* a child maximizes over its parent's client area */
    if (win->style & WS_CHILD) work = (RECT){ 0, 0, win->parent->client_rect.right - win->parent->client_rect.left,
                                              win->parent->client_rect.bottom - win->parent->client_rect.top };
    switch (cmd) {
    case SW_MINIMIZE: case SW_SHOWMINIMIZED: case SW_FORCEMINIMIZE: case SW_SHOWMINNOACTIVE:
        if (win->style & WS_MINIMIZE) flags = SWP_NOSIZE | SWP_NOMOVE;
        else if (win->style & WS_MAXIMIZE) win->flags |= WINFLAG_RESTORE_MAXIMIZED;
        else win->flags &= ~WINFLAG_RESTORE_MAXIMIZED;
        win->style = (win->style | WS_MINIMIZE) & ~WS_MAXIMIZE;
        placement_icon_pos(win, rect);
        if (win->style & WS_CHILD) win->min_pos = (POINT){ rect->left, rect->top };
        break;
    case SW_MAXIMIZE:
        if (win->style & WS_MAXIMIZE) flags = SWP_NOSIZE | SWP_NOMOVE;
        win->style = (win->style | WS_MAXIMIZE) & ~WS_MINIMIZE;
        /* the frame goes outside the area, the caption stays inside (a
         * caption's border counts as a dialog frame); a maximized MDI child
         * hides its caption too: the frame's caption shows its title */
        if (win->ex_style & WS_EX_MDICHILD) winpos_nc_metrics(win->style, win->ex_style, FALSE, &in);
        else winpos_nc_metrics((win->style & ~WS_CAPTION) | ((win->style & WS_CAPTION) == WS_CAPTION ? WS_DLGFRAME : 0),
                               win->ex_style, FALSE, &in);
        *rect = (RECT){ work.left - in.left, work.top - in.top, work.right + in.right, work.bottom + in.bottom };
        break;
    default:   /* restore */
        if (!(win->style & (WS_MINIMIZE | WS_MAXIMIZE))) flags = SWP_NOSIZE | SWP_NOMOVE;
        win->style &= ~(WS_MINIMIZE | WS_MAXIMIZE);
        win->flags &= ~WINFLAG_RESTORE_MAXIMIZED;
        *rect = win->normal_rect;
        break;
    }
    user_unlock();
    return flags;
}

WINUSERAPI BOOL WINAPI ShowWindow(HWND hwnd, INT cmd)
{
    struct user_window *win;
    BOOL was_visible, show = TRUE, child, need_size;
    UINT flags = 0;
    RECT rect = { 0 };
    DWORD style;

    user_lock();
    if (!(win = window_get(hwnd)) || win == window_desktop()) {
        user_unlock();
        SetLastError(ERROR_INVALID_WINDOW_HANDLE);
        return FALSE;
    }
    hwnd = win->handle;
    style = win->style;
    was_visible = (style & WS_VISIBLE) != 0;
    child = (style & WS_CHILD) != 0;
    user_unlock();

    switch (cmd) {
    case SW_HIDE:
        if (!was_visible) return FALSE;
        show = FALSE;
        flags = SWP_HIDEWINDOW | SWP_NOSIZE | SWP_NOMOVE;
        if (child) flags |= SWP_NOACTIVATE | SWP_NOZORDER;
        break;
    case SW_SHOWMINNOACTIVE: case SW_MINIMIZE: case SW_FORCEMINIMIZE:
        flags = SWP_NOACTIVATE | SWP_NOZORDER;
        /* fall through */
    case SW_SHOWMINIMIZED:
        flags |= SWP_SHOWWINDOW | SWP_FRAMECHANGED | min_maximize(hwnd, cmd, &rect);
        if ((style & WS_MINIMIZE) && was_visible) return TRUE;
        break;
    case SW_SHOWMAXIMIZED:
        flags |= SWP_SHOWWINDOW | SWP_FRAMECHANGED | min_maximize(hwnd, SW_MAXIMIZE, &rect);
        if ((style & WS_MAXIMIZE) && was_visible) return TRUE;
        break;
    case SW_SHOWNA:
        flags = SWP_NOACTIVATE | SWP_NOZORDER;
        /* fall through */
    case SW_SHOW:
        if (was_visible) return TRUE;
        flags |= SWP_SHOWWINDOW | SWP_NOSIZE | SWP_NOMOVE;
        if (child) flags |= SWP_NOACTIVATE | SWP_NOZORDER;
        break;
    case SW_SHOWNOACTIVATE:
        flags = SWP_NOACTIVATE | SWP_NOZORDER;
        /* fall through */
    case SW_SHOWNORMAL: case SW_SHOWDEFAULT: case SW_RESTORE:
        flags |= SWP_SHOWWINDOW;
        if (style & (WS_MINIMIZE | WS_MAXIMIZE)) flags |= SWP_FRAMECHANGED | min_maximize(hwnd, SW_RESTORE, &rect);
        else {
            if (was_visible) return TRUE;
            flags |= SWP_NOSIZE | SWP_NOMOVE;
        }
        if (child) flags |= SWP_NOACTIVATE | SWP_NOZORDER;
        break;
    default:
        SetLastError(ERROR_INVALID_PARAMETER);
        return FALSE;
    }
    if (show != was_visible || cmd == SW_SHOWNA) {
        SendMessageW(hwnd, WM_SHOWWINDOW, show, 0);
        if (!IsWindow(hwnd)) return was_visible;
    }
    SetWindowPos(hwnd, HWND_TOP, rect.left, rect.top, rect.right - rect.left, rect.bottom - rect.top, flags);
    if (!show && child) {
        /* the focus leaves a hidden child for its parent */
        HWND focus = GetFocus();
        if (focus && (focus == hwnd || IsChild(hwnd, focus))) SetFocus(GetAncestor(hwnd, GA_PARENT));
    }
    user_lock();
    need_size = (win = window_get(hwnd)) && (win->flags & WINFLAG_NEED_SIZE) && show;
    if (need_size) win->flags &= ~WINFLAG_NEED_SIZE;
    user_unlock();
    if (need_size) send_size_move(hwnd, TRUE, TRUE);
    return was_visible;
}

/* Rectangles on the screen, styles, whether the caption is active, the
 * frame's width and height, the class atom. */
WINUSERAPI BOOL WINAPI GetWindowInfo(HWND hwnd, WINDOWINFO *info)
{
    POINT origin;
    struct user_window *win;

    if (!info) return FALSE;
    user_lock();
    if (!(win = window_get(hwnd))) {
        user_unlock();
        SetLastError(ERROR_INVALID_WINDOW_HANDLE);
        return FALSE;
    }
    window_get_screen_offset(win->parent, &origin);
    info->rcWindow = win->window_rect;
    info->rcClient = win->client_rect;
    OffsetRect(&info->rcWindow, origin.x, origin.y);
    OffsetRect(&info->rcClient, origin.x, origin.y);
    info->dwStyle = win->style;
    info->dwExStyle = win->ex_style;
    info->atomWindowType = win->cls->atom;
    hwnd = win->handle;
    user_unlock();
    info->dwWindowStatus = GetActiveWindow() == hwnd ? WS_ACTIVECAPTION : 0;
    info->cxWindowBorders = info->rcClient.left - info->rcWindow.left;
    info->cyWindowBorders = info->rcWindow.bottom - info->rcClient.bottom;
    info->wCreatorVersion = 0x0400;
    return TRUE;
}
