/*
 * Choosing the display driver, and the calls a driver makes back into
 * user32.
 *
 * With DISPLAY set, the X11 driver (lib/winrun/winex11.so, next to
 * user32.dll.so) is loaded on the first call that needs the display: a
 * program that never creates a window never loads it, nor libxcb. When it
 * cannot connect, or DISPLAY is unset, the headless driver is used and
 * the first window shown says so once on stderr.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "user_private.h"

WINBASEAPI HANDLE WINAPI CreateThread(void *, SIZE_T, DWORD (WINAPI *)(void *), void *, DWORD, DWORD *);

static const struct user_driver *driver;
static char why[160];
static pthread_once_t driver_once = PTHREAD_ONCE_INIT;

struct thread_start { void (*func)(void *); void *arg; };

static DWORD WINAPI thread_main(void *param)
{
    struct thread_start start = *(struct thread_start *)param;
    free(param);
    start.func(start.arg);
    return 0;
}

static BOOL start_thread(void (*func)(void *), void *arg)
{
    struct thread_start *start = malloc(sizeof(*start));
    HANDLE thread;

    if (!start) return FALSE;
    start->func = func;
    start->arg = arg;
    if (!(thread = CreateThread(NULL, 0, thread_main, start, 0, NULL))) {
        free(start);
        return FALSE;
    }
    CloseHandle(thread);
    return TRUE;
}

/* The deepest visible, enabled child of WIN under screen point PT. */
static struct user_window *child_at(struct user_window *win, POINT pt)
{
    POINT origin;
    struct user_window *child;

    for (;;) {
        window_get_screen_offset(win, &origin);
        for (child = win->first_child; child; child = child->next) {
            if (!(child->style & WS_VISIBLE) || (child->style & WS_DISABLED)) continue;
            if (pt.x >= origin.x + child->window_rect.left && pt.x < origin.x + child->window_rect.right &&
                pt.y >= origin.y + child->window_rect.top && pt.y < origin.y + child->window_rect.bottom &&
                placement_region_hit(child, pt)) break;
        }
        if (!child) return win;
        win = child;
    }
}

WINUSERAPI BOOL WINAPI SendNotifyMessageW(HWND, UINT, WPARAM, LPARAM);
#ifndef MAKELPARAM
#define MAKELPARAM(lo, hi) ((LPARAM)(DWORD)MAKELONG(lo, hi))
#endif

static void mouse(HWND hwnd, UINT msg, int x, int y, WPARAM keys)
{
    struct user_window *win;
    POINT pt = { x, y }, origin;
    HWND target;
    WORD hit = HTCLIENT;

    cursor_moved(hwnd, x, y);
    user_lock();
    if (!(win = window_get(hwnd))) {
        user_unlock();
        return;
    }
    /* the capture window of the window's thread takes every mouse message */
    if ((target = queue_window_slot(win->queue, 2)) && window_get(target)) win = window_get(target);
    else {
        win = child_at(win, pt);
        /* a press on a top-level's menu bar is non-client input (WM_NCHITTEST
         * is not asked yet: the menu bar is the only non-client part handled) */
        if (!(win->style & WS_CHILD) && win->id && (msg == WM_LBUTTONDOWN || msg == WM_LBUTTONDBLCLK)) {
            RECT in, r = win->window_rect;
            winpos_nc_metrics(win->style, win->ex_style, FALSE, &in);
            if (pt.x >= r.left + in.left && pt.x < r.right - in.right && pt.y >= r.top + in.top &&
                pt.y < r.top + in.top + GetSystemMetrics(15 /* SM_CYMENU */) && pt.y < win->client_rect.top) {
                target = win->handle;
                user_unlock();
                post_input_message(target, WM_NCLBUTTONDOWN, HTMENU, (LPARAM)((x & 0xffff) | (y & 0xffff) << 16));
                return;
            }
        }
        /* so is a press on a window's own scroll bar (scrollbar.c tracks it) */
        if ((win->style & (WS_HSCROLL | WS_VSCROLL)) && (msg == WM_LBUTTONDOWN || msg == WM_LBUTTONDBLCLK)) {
            RECT c = win->client_rect;
            WORD part = 0;
            window_get_screen_offset(win->parent, &origin);
            OffsetRect(&c, origin.x, origin.y);
            if ((win->style & WS_VSCROLL) && pt.x >= c.right && pt.x < c.right + GetSystemMetrics(2 /* SM_CXVSCROLL */) &&
                pt.y >= c.top && pt.y < c.bottom) part = HTVSCROLL;
            else if ((win->style & WS_HSCROLL) && pt.y >= c.bottom && pt.y < c.bottom + GetSystemMetrics(3 /* SM_CYHSCROLL */) &&
                     pt.x >= c.left && pt.x < c.right) part = HTHSCROLL;
            if (part) {
                target = win->handle;
                user_unlock();
                post_input_message(target, WM_NCLBUTTONDOWN, part, (LPARAM)((x & 0xffff) | (y & 0xffff) << 16));
                return;
            }
        }
    }
    window_get_screen_offset(win, &origin);
    target = win->handle;
    if (pt.x < origin.x || pt.y < origin.y || pt.x >= origin.x + win->client_rect.right - win->client_rect.left ||
        pt.y >= origin.y + win->client_rect.bottom - win->client_rect.top)
        hit = HTNOWHERE;
    /* over a top-level's frame (drawn by us): the window's thread asks it
     * WM_NCHITTEST and gets the non-client message (driver_internal_message) */
    if (hit == HTNOWHERE && !(win->style & WS_CHILD) && !queue_window_slot(win->queue, 2) &&
        msg >= WM_MOUSEMOVE && msg <= WM_XBUTTONUP) {
        user_unlock();
        SendNotifyMessageW(target, WM_WINRUN_NCMOUSE, msg, MAKELPARAM(x, y));
        return;
    }
    if (queue_window_slot(win->queue, 2)) hit = (WORD)-1;   /* captured: no WM_SETCURSOR */
    /* a second press within the double-click time and rectangle is a
     * double click for CS_DBLCLKS classes; only the event thread calls
     * this, so one remembered press serves the process */
    if (msg == WM_LBUTTONDOWN || msg == WM_RBUTTONDOWN || msg == WM_MBUTTONDOWN) {
        static struct { UINT msg; HWND hwnd; DWORD time; POINT pt; } last;
        DWORD now = GetTickCount();
        if (last.msg == msg && last.hwnd == target && now - last.time <= GetDoubleClickTime() &&
            abs(pt.x - last.pt.x) <= 2 && abs(pt.y - last.pt.y) <= 2 && (win->cls->style & CS_DBLCLKS)) {
            msg += WM_LBUTTONDBLCLK - WM_LBUTTONDOWN;
            last.msg = 0;
        } else {
            last.msg = msg;
            last.hwnd = target;
            last.time = now;
            last.pt = pt;
        }
    }
    user_unlock();
    /* the window picks the pointer's image (DefWindowProc: its class cursor);
     * not sent under capture, as on Windows. Sent, not waited for: this is
     * the display's event thread */
    if (msg == WM_MOUSEMOVE && hit != (WORD)-1)
        SendNotifyMessageW(target, WM_SETCURSOR, (WPARAM)target, MAKELPARAM(hit, msg));
    /* shifted unsigned: a negative y (above the client area) would overflow an int */
    post_input_message(target, msg, keys, (LPARAM)(int)(((x - origin.x) & 0xffff) | ((unsigned int)(y - origin.y) & 0xffff) << 16));
}

WINUSERAPI BOOL WINAPI IsIconic(HWND);
WINUSERAPI BOOL WINAPI ScreenToClient(HWND, POINT *);
WINUSERAPI BOOL WINAPI IsWindowVisible(HWND);
WINUSERAPI HWND WINAPI SetActiveWindow(HWND);

/* The focus window of HWND's thread, else HWND. */
static HWND focus_of(HWND hwnd)
{
    struct user_window *win;
    HWND focus = NULL;

    user_lock();
    if ((win = window_get(hwnd))) focus = queue_window_slot(win->queue, 0);
    user_unlock();
    return focus ? focus : hwnd;
}

/* Keys go to the focus window of the window's thread, else the window;
 * a repeat count of 1 each (X sends every repeat as its own event). */
static void key(HWND hwnd, UINT msg, UINT vk, UINT flags)
{
    input_driver_key(vk, flags);
    post_input_message(focus_of(hwnd), msg, vk, (LPARAM)(1 | (DWORD)(flags & 0xffff) << 16));
}

/* The wheel goes to the focus window, the point in screen coordinates. */
static void wheel(HWND hwnd, UINT msg, int x, int y, WPARAM keys, int delta)
{
    post_input_message(focus_of(hwnd), msg, (WPARAM)(DWORD)MAKELONG(keys, (WORD)(SHORT)delta),
                 (LPARAM)(DWORD)MAKELONG((WORD)(SHORT)x, (WORD)(SHORT)y));
}

/* Geometry and activation change on the window's own thread: the event
 * thread only notifies it (driver_internal_message does the work). */
static void moved(HWND hwnd, const RECT *r)
{
    SendNotifyMessageW(hwnd, WM_WINRUN_MOVED, (WPARAM)(DWORD)MAKELONG((WORD)(SHORT)r->left, (WORD)(SHORT)r->top),
                       (LPARAM)(DWORD)MAKELONG((WORD)(r->right - r->left), (WORD)(r->bottom - r->top)));
}

static void activate(HWND hwnd, BOOL active)
{
    SendNotifyMessageW(hwnd, WM_WINRUN_ACTIVATE, active, 0);
}

/* Whether the display's focus is still where the queued change said:
 * the program may have activated another window since (and told the
 * display), and acting on the older change would take that back. */
static BOOL display_focus_is(HWND hwnd, BOOL active)
{
    const struct user_driver *drv = user_driver_if_loaded();
    struct user_window *win;
    struct driver_window *dw = NULL;

    if (!drv || !drv->has_focus) return TRUE;
    user_lock();
    if ((win = window_get(hwnd))) dw = win->driver;
    user_unlock();
    return !dw || drv->has_focus(dw) == active;
}

static void iconic(HWND hwnd, BOOL on)
{
    SendNotifyMessageW(hwnd, WM_WINRUN_ICONIC, on, 0);
}

LRESULT driver_internal_message(HWND hwnd, UINT msg, WPARAM wp, LPARAM lp)
{
    switch (msg) {
    case WM_WINRUN_MOVED:
        /* a minimized window keeps its place; the display's new rectangle
         * goes through SetWindowPos (WM_WINDOWPOSCHANGING/CHANGED, WM_MOVE,
         * WM_SIZE, a repaint) without being sent back to the display */
        if (IsIconic(hwnd)) return 0;
        SetWindowPos(hwnd, 0, (SHORT)LOWORD(wp), (SHORT)HIWORD(wp), LOWORD(lp), HIWORD(lp),
                     SWP_NOZORDER | SWP_NOACTIVATE | SWP_WINRUN_FROM_DRIVER);
        return 0;
    case WM_WINRUN_NCMOUSE: {
        /* WM_NCHITTEST first, as Windows asks it for every mouse message;
         * the frame's messages are the client ones moved down to WM_NC*
         * (WM_MOUSEMOVE 0x200 -> WM_NCMOUSEMOVE 0xA0, and so on) */
        LRESULT hit = SendMessageW(hwnd, WM_NCHITTEST, 0, lp);
        POINT pt = { (SHORT)LOWORD(lp), (SHORT)HIWORD(lp) };
        if (wp == WM_MOUSEMOVE) SendMessageW(hwnd, WM_SETCURSOR, (WPARAM)hwnd, MAKELPARAM(hit, wp));
        if (hit == HTCLIENT) {
            ScreenToClient(hwnd, &pt);
            post_input_message(hwnd, wp, 0, MAKELPARAM(pt.x, pt.y));
        } else if (hit != HTNOWHERE && hit != HTERROR && hit != HTTRANSPARENT)
            post_input_message(hwnd, wp - WM_MOUSEMOVE + WM_NCMOUSEMOVE, hit, lp);
        return 0;
    }
    case WM_WINRUN_ICONIC:
        /* minimized without being activated (WM_SIZE SIZE_MINIMIZED), and
         * restored when the display shows the window again */
        if (wp && IsWindowVisible(hwnd) && !IsIconic(hwnd)) ShowWindow(hwnd, SW_SHOWMINNOACTIVE);
        else if (!wp && IsIconic(hwnd)) ShowWindow(hwnd, SW_RESTORE);
        return 0;
    case WM_WINRUN_HOOK_LL:
        return hook_run_ll(lp);
    case WM_WINRUN_ACTIVATE:
        if (!display_focus_is(hwnd, wp != 0)) return 0;
        if (wp) {
            if (IsWindowVisible(hwnd) && IsWindowEnabled(hwnd) && GetActiveWindow() != hwnd) SetActiveWindow(hwnd);
        } else if (GetActiveWindow() == hwnd) SetActiveWindow(NULL);
        return 0;
    }
    return 0;
}

static void expose(HWND hwnd)
{
    dce_present(hwnd);
}

static void close_window(HWND hwnd)
{
    PostMessageW(hwnd, WM_SYSCOMMAND, SC_CLOSE, 0);
}

static const struct user_driver_callbacks callbacks = {
    start_thread, mouse, key, expose, close_window, wheel, moved, activate, iconic,
};

/* The display's input passes the low-level hooks first (SendInput's passes
 * them in sendinput.c, marked injected); a hook returning non-zero eats it. */
static void display_mouse(HWND hwnd, UINT msg, int x, int y, WPARAM keys)
{
    POINT pt = { x, y };
    if (!hook_ll_mouse(msg, pt, (DWORD)(keys & 0xffff0000), FALSE, 0)) mouse(hwnd, msg, x, y, keys);
}

static void display_key(HWND hwnd, UINT msg, UINT vk, UINT flags)
{
    UINT ll = ((flags & KF_EXTENDED) ? LLKHF_EXTENDED : 0) | ((flags & KF_ALTDOWN) ? LLKHF_ALTDOWN : 0) |
              ((flags & KF_UP) ? LLKHF_UP : 0);
    if (!hook_ll_key(msg, vk, flags & 0xff, ll, FALSE, 0)) key(hwnd, msg, vk, flags);
}

static void display_wheel(HWND hwnd, UINT msg, int x, int y, WPARAM keys, int delta)
{
    POINT pt = { x, y };
    if (!hook_ll_mouse(msg, pt, (DWORD)delta << 16, FALSE, 0)) wheel(hwnd, msg, x, y, keys, delta);
}

static const struct user_driver_callbacks display_callbacks = {
    start_thread, display_mouse, display_key, expose, close_window, display_wheel, moved, activate, iconic,
};

/* SendInput's way in (sendinput.c): the same paths as the display's input */
const struct user_driver_callbacks *user_input_callbacks(void)
{
    return &callbacks;
}

static void choose(void)
{
    const char *display = getenv("DISPLAY");
    Dl_info info;
    char path[4096], *slash;
    void *module;
    x11_driver_init_func init;

    driver = null_driver_get();
    if (!display || !*display) {
        snprintf(why, sizeof(why), "no X display (DISPLAY unset)");
        return;
    }
    if (!dladdr((void *)choose, &info) || !info.dli_fname || strlen(info.dli_fname) >= sizeof(path) - 16) {
        snprintf(why, sizeof(why), "cannot find winex11.so");
        return;
    }
    strcpy(path, info.dli_fname);
    slash = strrchr(path, '/');
    strcpy(slash ? slash + 1 : path, "winex11.so");
    if (!(module = dlopen(path, RTLD_NOW | RTLD_LOCAL))) {
        snprintf(why, sizeof(why), "cannot load winex11.so (%.100s)", dlerror());
        return;
    }
    if (!(init = (x11_driver_init_func)dlsym(module, "x11_driver_init")) || !(driver = init(&display_callbacks))) {
        driver = null_driver_get();
        snprintf(why, sizeof(why), "cannot open X display %.60s", display);
    }
}

static BOOL driver_chosen;

static void choose_once(void)
{
    choose();
    __atomic_store_n(&driver_chosen, TRUE, __ATOMIC_RELEASE);
}

const struct user_driver *user_driver(void)
{
    pthread_once(&driver_once, choose_once);
    return driver;
}

/* For calls that must not load the display (ToUnicode in a console program). */
const struct user_driver *user_driver_if_loaded(void)
{
    return __atomic_load_n(&driver_chosen, __ATOMIC_ACQUIRE) ? driver : NULL;
}

/* The headless driver's show_window: says once why nothing is seen. */
void driver_note_headless(void)
{
    static int said;
    if (!__atomic_exchange_n(&said, 1, __ATOMIC_RELAXED)) fprintf(stderr, "winrun: %s: windows are not shown\n", why);
}
