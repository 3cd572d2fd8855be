/*
 * Update regions: InvalidateRect/Rgn, ValidateRect/Rgn, GetUpdateRect/Rgn,
 * RedrawWindow, UpdateWindow, BeginPaint/EndPaint, WM_ERASEBKGND's default,
 * and finding the window that WM_PAINT goes to.
 *
 * A window's update region is a gdi32 region in its client coordinates
 * (NULL when empty). gdi32 is loaded on the first invalidation: without
 * it (it failed to load) nothing is ever invalid.
 */
#include <string.h>
#include "user_private.h"
#include "gdiload.h"

void paint_update_now(HWND hwnd);
#define DCX_USESTYLE 0x00010000   /* dce.c */
WINUSERAPI HDC WINAPI GetDCEx(HWND, HRGN, DWORD);
WINUSERAPI HBRUSH WINAPI GetSysColorBrush(INT);

static BOOL is_visible_locked(struct user_window *win)
{
    struct user_window *desktop = window_desktop();

    for (; win && win != desktop; win = win->parent)
        if (!(win->style & WS_VISIBLE)) return FALSE;
    return win == desktop;
}

static void drop_if_empty(const struct user_gdi *g, struct user_window *win)
{
    RECT box;
    if (win->update && g->get_rgn_box(win->update, &box) == NULLREGION) {
        g->delete_object(win->update);
        win->update = NULL;
        win->erase = FALSE;
    }
}

/* Adds RGN (client coordinates; NULL = all) to WIN's update region and,
 * when CHILDREN, to the children it overlaps. Under the lock. */
static void invalidate_locked(const struct user_gdi *g, struct user_window *win, HRGN rgn, UINT flags, BOOL children)
{
    HRGN area = g->create_rect_rgn(0, 0, win->client_rect.right - win->client_rect.left,
                                   win->client_rect.bottom - win->client_rect.top);

    if (!area) return;
    if (rgn) g->combine_rgn(area, area, rgn, RGN_AND);
    if (is_visible_locked(win)) {
        if (flags & RDW_FRAME) win->nc_dirty = TRUE;
        if (!win->update) win->update = g->create_rect_rgn(0, 0, 0, 0);
        if (win->update) g->combine_rgn(win->update, win->update, area, RGN_OR);
        if (flags & RDW_ERASE) win->erase = TRUE;
        drop_if_empty(g, win);
        if (win->update || win->nc_dirty) queue_paint_changed(win->queue);
    }
    if (children) {
        for (struct user_window *child = win->first_child; child; child = child->next) {
            g->offset_rgn(area, -child->client_rect.left, -child->client_rect.top);
            invalidate_locked(g, child, area, flags, TRUE);
            g->offset_rgn(area, child->client_rect.left, child->client_rect.top);
        }
    }
    g->delete_object(area);
}

static void validate_locked(const struct user_gdi *g, struct user_window *win, HRGN rgn, BOOL children)
{
    if (win->update) {
        if (rgn) {
            g->combine_rgn(win->update, win->update, rgn, RGN_DIFF);
            drop_if_empty(g, win);
        } else {
            g->delete_object(win->update);
            win->update = NULL;
            win->erase = FALSE;
        }
    }
    if (!children) return;
    for (struct user_window *child = win->first_child; child; child = child->next) {
        if (rgn) g->offset_rgn(rgn, -child->client_rect.left, -child->client_rect.top);
        validate_locked(g, child, rgn, TRUE);
        if (rgn) g->offset_rgn(rgn, child->client_rect.left, child->client_rect.top);
    }
}

void paint_window_freed(struct user_window *win)
{
    if (win->update) {
        const struct user_gdi *g = user_gdi();   /* loaded: the region exists */
        if (g) g->delete_object(win->update);
        win->update = NULL;
    }
}

WINUSERAPI BOOL WINAPI RedrawWindow(HWND hwnd, const RECT *rect, HRGN rgn, UINT flags)
{
    const struct user_gdi *g = user_gdi();
    struct user_window *win;
    HRGN area = NULL;
    BOOL children;

    if (!hwnd) hwnd = GetDesktopWindow();
    if (!g) return FALSE;
    if (rgn) {
        if ((area = g->create_rect_rgn(0, 0, 0, 0))) g->combine_rgn(area, rgn, NULL, RGN_COPY);
    } else if (rect) area = g->create_rect_rgn(rect->left, rect->top, rect->right, rect->bottom);
    user_lock();
    if (!(win = window_get(hwnd))) {
        user_unlock();
        if (area) g->delete_object(area);
        SetLastError(ERROR_INVALID_WINDOW_HANDLE);
        return FALSE;
    }
    hwnd = win->handle;
    children = (flags & RDW_ALLCHILDREN) || (!(flags & RDW_NOCHILDREN) && !(win->style & WS_CLIPCHILDREN));
    if (flags & RDW_INVALIDATE) invalidate_locked(g, win, area, flags, children);
    else if (flags & RDW_VALIDATE) {
        validate_locked(g, win, area, children);
        if (flags & RDW_NOFRAME) win->nc_dirty = FALSE;
    }
    user_unlock();
    if (area) g->delete_object(area);
    if (flags & RDW_UPDATENOW) paint_update_now(hwnd);
    return TRUE;
}

WINUSERAPI BOOL WINAPI InvalidateRect(HWND hwnd, const RECT *rect, BOOL erase)
{
    if (!hwnd) {   /* all windows: Windows repaints the screen */
        const struct user_gdi *g = user_gdi();
        if (!g) return FALSE;
        user_lock();
        struct user_window *desktop = window_desktop();
        for (struct user_window *w = desktop->first_child; w; w = w->next)
            invalidate_locked(g, w, NULL, RDW_FRAME | (erase ? RDW_ERASE : 0), TRUE);
        user_unlock();
        return TRUE;
    }
    return RedrawWindow(hwnd, rect, NULL, RDW_INVALIDATE | (erase ? RDW_ERASE : 0));
}

WINUSERAPI BOOL WINAPI InvalidateRgn(HWND hwnd, HRGN rgn, BOOL erase)
{
    return RedrawWindow(hwnd, NULL, rgn, RDW_INVALIDATE | (erase ? RDW_ERASE : 0));
}

WINUSERAPI BOOL WINAPI ValidateRect(HWND hwnd, const RECT *rect)
{
    return RedrawWindow(hwnd, rect, NULL, RDW_VALIDATE | RDW_NOCHILDREN);
}

WINUSERAPI BOOL WINAPI ValidateRgn(HWND hwnd, HRGN rgn)
{
    return RedrawWindow(hwnd, NULL, rgn, RDW_VALIDATE | RDW_NOCHILDREN);
}

/* DefWindowProc's WM_PAINT: an empty BeginPaint/EndPaint. */
void paint_validate(HWND hwnd)
{
    PAINTSTRUCT ps;
    WINUSERAPI HDC WINAPI BeginPaint(HWND, PAINTSTRUCT *);
    WINUSERAPI BOOL WINAPI EndPaint(HWND, const PAINTSTRUCT *);
    if (BeginPaint(hwnd, &ps)) EndPaint(hwnd, &ps);
}

/* Sends what a pending erase or frame needs, when asked (GetUpdateRect/Rgn
 * with erase TRUE, BeginPaint). */
static BOOL send_erase(HWND hwnd, HRGN clip)
{
    struct user_window *win;
    BOOL erase, nc, ret = TRUE;

    user_lock();
    if (!(win = window_get(hwnd))) {
        user_unlock();
        return FALSE;
    }
    erase = win->erase;
    nc = win->nc_dirty;
    win->erase = win->nc_dirty = FALSE;
    user_unlock();
    if (nc) SendMessageW(hwnd, WM_NCPAINT, 1, 0);
    if (erase) {
        HDC hdc = GetDCEx(hwnd, clip, clip ? DCX_INTERSECTRGN | DCX_USESTYLE : DCX_USESTYLE);
        if (hdc) {
            ret = SendMessageW(hwnd, WM_ERASEBKGND, (WPARAM)hdc, 0) != 0;
            ReleaseDC(hwnd, hdc);
        } else ret = FALSE;
    }
    return ret;
}

WINUSERAPI BOOL WINAPI GetUpdateRect(HWND hwnd, RECT *rect, BOOL erase)
{
    const struct user_gdi *g = user_gdi();
    struct user_window *win;
    BOOL ret;

    user_lock();
    if (!(win = window_get(hwnd))) {
        user_unlock();
        SetLastError(ERROR_INVALID_WINDOW_HANDLE);
        return FALSE;
    }
    ret = win->update != NULL;
    if (rect) {
        *rect = (RECT){ 0, 0, 0, 0 };
        if (ret && g) g->get_rgn_box(win->update, rect);
    }
    user_unlock();
    if (ret && erase) send_erase(hwnd, NULL);
    return ret;
}

WINUSERAPI INT WINAPI GetUpdateRgn(HWND hwnd, HRGN rgn, BOOL erase)
{
    const struct user_gdi *g = user_gdi();
    struct user_window *win;
    INT ret;

    if (!g) return ERROR;
    user_lock();
    if (!(win = window_get(hwnd))) {
        user_unlock();
        SetLastError(ERROR_INVALID_WINDOW_HANDLE);
        return ERROR;
    }
    if (win->update) ret = g->combine_rgn(rgn, win->update, NULL, RGN_COPY);
    else ret = g->set_rect_rgn(rgn, 0, 0, 0, 0) ? NULLREGION : ERROR;
    user_unlock();
    if (ret != NULLREGION && ret != ERROR && erase) send_erase(hwnd, NULL);
    return ret;
}

WINUSERAPI HDC WINAPI BeginPaint(HWND hwnd, PAINTSTRUCT *ps)
{
    const struct user_gdi *g = user_gdi();
    struct user_window *win;
    HRGN rgn;
    RECT client;
    BOOL erase, nc;
    HDC hdc;

    if (!ps || !g) return NULL;
    user_lock();
    if (!(win = window_get(hwnd))) {
        user_unlock();
        SetLastError(ERROR_INVALID_WINDOW_HANDLE);
        return NULL;
    }
    hwnd = win->handle;
    rgn = win->update;   /* taken: the window is valid from here on */
    win->update = NULL;
    erase = win->erase;
    nc = win->nc_dirty;
    win->erase = win->nc_dirty = FALSE;
    client = (RECT){ 0, 0, win->client_rect.right - win->client_rect.left,
                     win->client_rect.bottom - win->client_rect.top };
    user_unlock();

    /* the caret comes off while the window paints, as Windows does: the
     * erase and the drawing would leave its inversion out of step */
    HideCaret(hwnd);
    if (nc) SendMessageW(hwnd, WM_NCPAINT, 1, 0);
    if (!rgn) rgn = g->create_rect_rgn(0, 0, 0, 0);
    hdc = GetDCEx(hwnd, rgn, DCX_INTERSECTRGN | DCX_USESTYLE);
    memset(ps, 0, sizeof(*ps));
    ps->hdc = hdc;
    if (rgn && g->get_rgn_box(rgn, &ps->rcPaint) != NULLREGION) IntersectRect(&ps->rcPaint, &ps->rcPaint, &client);
    if (rgn) g->delete_object(rgn);
    /* fErase: the background still needs erasing (WM_ERASEBKGND returned 0) */
    if (erase && hdc) ps->fErase = !SendMessageW(hwnd, WM_ERASEBKGND, (WPARAM)hdc, 0);
    return hdc;
}

WINUSERAPI BOOL WINAPI EndPaint(HWND hwnd, const PAINTSTRUCT *ps)
{
    if (!ps) return FALSE;
    if (ps->hdc) ReleaseDC(hwnd, ps->hdc);
    ShowCaret(hwnd);   /* BeginPaint hid it */
    return TRUE;
}

/* DefWindowProc's WM_ERASEBKGND: the class brush (a COLOR_x + 1 value
 * stands for that system colour) over the clip box. */
LRESULT paint_erase_background(HWND hwnd, HDC hdc)
{
    const struct user_gdi *g = user_gdi();
    HBRUSH brush = (HBRUSH)GetClassLongPtrW(hwnd, GCLP_HBRBACKGROUND);
    RECT rect;

    if (!brush || !g) return 0;
    if ((ULONG_PTR)brush <= COLOR_MENUBAR + 1) brush = GetSysColorBrush((INT)(ULONG_PTR)brush - 1);
    g->get_clip_box(hdc, &rect);
    FillRect(hdc, &rect, brush);
    return 1;
}

/* Depth first from the top of the Z order: the first visible window of
 * thread TID (within FILTER, when given) with an update region or a frame
 * to draw. */
static BOOL needs_paint(struct user_window *win)
{
    return win->update || win->nc_dirty;
}

static struct user_window *find_paint_locked(struct user_window *win, DWORD tid)
{
    for (; win; win = win->next) {
        struct user_window *child;
        if (!(win->style & WS_VISIBLE)) continue;
        if (win->tid == tid && needs_paint(win)) return win;
        if ((child = find_paint_locked(win->first_child, tid))) return child;
    }
    return NULL;
}

HWND window_find_paint(DWORD tid, HWND filter)
{
    struct user_window *win, *start;
    HWND ret = NULL;

    user_lock();
    if (filter) {
        if ((start = window_get(filter)) && is_visible_locked(start)) {
            if (start->tid == tid && needs_paint(start)) win = start;
            else win = find_paint_locked(start->first_child, tid);
        } else win = NULL;
    } else win = find_paint_locked(window_desktop()->first_child, tid);
    if (win) ret = win->handle;
    user_unlock();
    return ret;
}

/* Sends WM_PAINT now to HWND and its children that need it. */
void paint_update_now(HWND hwnd)
{
    HWND target;
    int guard = 0;

    while ((target = window_find_paint(GetCurrentThreadId(), hwnd)) && guard++ < 1000) {
        SendMessageW(target, WM_PAINT, 0, 0);
        /* a procedure that does not validate stays invalid, as on Windows,
         * and is not asked again now */
        if (window_find_paint(GetCurrentThreadId(), hwnd) == target) break;
    }
}

WINUSERAPI BOOL WINAPI UpdateWindow(HWND hwnd)
{
    if (!IsWindow(hwnd)) {
        SetLastError(ERROR_INVALID_WINDOW_HANDLE);
        return FALSE;
    }
    paint_update_now(window_full_handle(hwnd));
    return TRUE;
}

/* No wallpaper or pattern in winrun: the desktop is COLOR_DESKTOP (COLOR_BACKGROUND), filled
 * over what the DC's clipping leaves visible. */
WINUSERAPI BOOL WINAPI PaintDesktop(HDC hdc)
{
    const struct user_gdi *g = user_gdi();
    RECT rect;

    if (!g || g->get_clip_box(hdc, &rect) == 0 /* ERROR */) return FALSE;
    return FillRect(hdc, &rect, GetSysColorBrush(COLOR_BACKGROUND)) != 0;
}
