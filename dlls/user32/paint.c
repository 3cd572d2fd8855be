/*
 * Update regions without gdi32: InvalidateRect, ValidateRect,
 * GetUpdateRect, UpdateWindow, RedrawWindow (the invalidate/validate/
 * update part), and finding the window that WM_PAINT goes to.
 *
 * Until gdi32 regions exist a window's update region is kept as its
 * bounding rectangle: validating a rectangle that does not cover it
 * leaves the whole box invalid (Windows would keep the exact remainder).
 * BeginPaint/EndPaint, GetDC and WM_ERASEBKGND need gdi32's DCs and come
 * with it; DefWindowProc's WM_PAINT validates in their place.
 */
#include "user_private.h"

void paint_update_now(HWND hwnd);

static BOOL rect_empty(const RECT *r)
{
    return r->left >= r->right || r->top >= r->bottom;
}

static void rect_union(RECT *dst, const RECT *src)
{
    if (rect_empty(src)) return;
    if (rect_empty(dst)) {
        *dst = *src;
        return;
    }
    if (src->left < dst->left) dst->left = src->left;
    if (src->top < dst->top) dst->top = src->top;
    if (src->right > dst->right) dst->right = src->right;
    if (src->bottom > dst->bottom) dst->bottom = src->bottom;
}

static BOOL rect_intersect(RECT *dst, const RECT *a, const RECT *b)
{
    dst->left = a->left > b->left ? a->left : b->left;
    dst->top = a->top > b->top ? a->top : b->top;
    dst->right = a->right < b->right ? a->right : b->right;
    dst->bottom = a->bottom < b->bottom ? a->bottom : b->bottom;
    if (rect_empty(dst)) {
        *dst = (RECT){ 0, 0, 0, 0 };
        return FALSE;
    }
    return TRUE;
}

static BOOL is_visible_locked(struct user_window *win)
{
    struct user_window *desktop = window_desktop();

    for (; win && win != desktop; win = win->parent)
        if (!(win->style & WS_VISIBLE)) return FALSE;
    return win == desktop;
}

/* Adds RECT (client coordinates; NULL = all) to WIN's update region and,
 * unless WS_CLIPCHILDREN, to the children it overlaps. Under the lock. */
static void invalidate_locked(struct user_window *win, const RECT *rect, BOOL erase, BOOL children)
{
    RECT client = { 0, 0, win->client_rect.right - win->client_rect.left,
                    win->client_rect.bottom - win->client_rect.top }, r;

    if (!rect) r = client;
    else if (!rect_intersect(&r, rect, &client)) return;
    if (!rect_empty(&r) && is_visible_locked(win)) {
        rect_union(&win->update, &r);
        if (erase) win->erase = TRUE;
        queue_paint_changed(win->queue);
    }
    if (!children) return;
    for (struct user_window *child = win->first_child; child; child = child->next) {
        RECT c = r;
        c.left -= child->client_rect.left;
        c.right -= child->client_rect.left;
        c.top -= child->client_rect.top;
        c.bottom -= child->client_rect.top;
        invalidate_locked(child, &c, erase, TRUE);
    }
}

static void validate_locked(struct user_window *win, const RECT *rect, BOOL children)
{
    if (!rect || (rect->left <= win->update.left && rect->top <= win->update.top &&
                  rect->right >= win->update.right && rect->bottom >= win->update.bottom)) {
        win->update = (RECT){ 0, 0, 0, 0 };
        win->erase = FALSE;
    }
    if (!children) return;
    for (struct user_window *child = win->first_child; child; child = child->next) validate_locked(child, NULL, TRUE);
}

WINUSERAPI BOOL WINAPI RedrawWindow(HWND hwnd, const RECT *rect, HRGN rgn, UINT flags)
{
    struct user_window *win;
    BOOL children;

    (void)rgn;   /* regions come with gdi32: the whole window then */
    if (!hwnd) hwnd = GetDesktopWindow();
    user_lock();
    if (!(win = window_get(hwnd))) {
        user_unlock();
        SetLastError(ERROR_INVALID_WINDOW_HANDLE);
        return FALSE;
    }
    hwnd = win->handle;
    children = (flags & RDW_ALLCHILDREN) || (!(flags & RDW_NOCHILDREN) && !(win->style & WS_CLIPCHILDREN));
    if (flags & RDW_INVALIDATE) invalidate_locked(win, rgn ? NULL : rect, (flags & RDW_ERASE) != 0, children);
    else if (flags & RDW_VALIDATE) validate_locked(win, rgn ? NULL : rect, children);
    user_unlock();
    if (flags & RDW_UPDATENOW) paint_update_now(hwnd);
    return TRUE;
}

WINUSERAPI BOOL WINAPI InvalidateRect(HWND hwnd, const RECT *rect, BOOL erase)
{
    if (!hwnd) {   /* all windows: Windows repaints the screen */
        user_lock();
        struct user_window *desktop = window_desktop();
        for (struct user_window *w = desktop->first_child; w; w = w->next) invalidate_locked(w, NULL, erase, TRUE);
        user_unlock();
        return TRUE;
    }
    return RedrawWindow(hwnd, rect, NULL, RDW_INVALIDATE | (erase ? RDW_ERASE : 0));
}

WINUSERAPI BOOL WINAPI ValidateRect(HWND hwnd, const RECT *rect)
{
    return RedrawWindow(hwnd, rect, NULL, RDW_VALIDATE | RDW_NOCHILDREN);
}

/* DefWindowProc's WM_PAINT. */
void paint_validate(HWND hwnd)
{
    struct user_window *win;

    user_lock();
    if ((win = window_get(hwnd))) validate_locked(win, NULL, FALSE);
    user_unlock();
}

WINUSERAPI BOOL WINAPI GetUpdateRect(HWND hwnd, RECT *rect, BOOL erase)
{
    struct user_window *win;
    BOOL ret;

    (void)erase;   /* WM_ERASEBKGND needs a DC: comes with gdi32 */
    user_lock();
    if (!(win = window_get(hwnd))) {
        user_unlock();
        SetLastError(ERROR_INVALID_WINDOW_HANDLE);
        return FALSE;
    }
    ret = !rect_empty(&win->update);
    if (rect) *rect = ret ? win->update : (RECT){ 0, 0, 0, 0 };
    user_unlock();
    return ret;
}

/* Depth first from the top of the Z order: the first visible window of
 * thread TID (within FILTER, when given) with an update region. */
static struct user_window *find_paint_locked(struct user_window *win, DWORD tid)
{
    for (; win; win = win->next) {
        struct user_window *child;
        if (!(win->style & WS_VISIBLE)) continue;
        if (win->tid == tid && !rect_empty(&win->update)) return win;
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
            if (start->tid == tid && !rect_empty(&start->update)) win = start;
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
