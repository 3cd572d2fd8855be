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
WINBASEAPI BOOL WINAPI CloseHandle(HANDLE);

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
                pt.y >= origin.y + child->window_rect.top && pt.y < origin.y + child->window_rect.bottom) break;
        }
        if (!child) return win;
        win = child;
    }
}

static void mouse(HWND hwnd, UINT msg, int x, int y, WPARAM keys)
{
    struct user_window *win;
    POINT pt = { x, y }, origin;
    HWND target;

    user_lock();
    if (!(win = window_get(hwnd))) {
        user_unlock();
        return;
    }
    /* the capture window of the window's thread takes every mouse message */
    if ((target = queue_window_slot(win->queue, 2)) && window_get(target)) win = window_get(target);
    else win = child_at(win, pt);
    window_get_screen_offset(win, &origin);
    target = win->handle;
    /* a second press within the double-click time and rectangle is a
     * double click for CS_DBLCLKS classes; only the event thread calls
     * this, so one remembered press serves the process */
    if (msg == WM_LBUTTONDOWN || msg == WM_RBUTTONDOWN || msg == WM_MBUTTONDOWN) {
        static struct { UINT msg; HWND hwnd; DWORD time; POINT pt; } last;
        DWORD now = GetTickCount();
        if (last.msg == msg && last.hwnd == target && now - last.time <= 500 &&
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
    PostMessageW(target, msg, keys, (LPARAM)(((x - origin.x) & 0xffff) | ((y - origin.y) & 0xffff) << 16));
}

/* Keys go to the focus window of the window's thread, else the window. */
static void key(HWND hwnd, UINT msg, UINT vk, UINT scan)
{
    struct user_window *win;
    HWND focus = NULL;

    user_lock();
    if ((win = window_get(hwnd))) focus = queue_window_slot(win->queue, 0);
    user_unlock();
    PostMessageW(focus ? focus : hwnd, msg, vk, 1 | (scan & 0xff) << 16 | (msg == WM_KEYUP ? 0xc0000000u : 0));
}

static void expose(HWND hwnd)
{
    dce_present(hwnd);
}

static void close_window(HWND hwnd)
{
    PostMessageW(hwnd, WM_SYSCOMMAND, SC_CLOSE, 0);
}

static const struct user_driver_callbacks callbacks = { start_thread, mouse, key, expose, close_window };

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
    if (!(init = (x11_driver_init_func)dlsym(module, "x11_driver_init")) || !(driver = init(&callbacks))) {
        driver = null_driver_get();
        snprintf(why, sizeof(why), "cannot open X display %.60s", display);
    }
}

const struct user_driver *user_driver(void)
{
    pthread_once(&driver_once, choose);
    return driver;
}

/* The headless driver's show_window: says once why nothing is seen. */
void driver_note_headless(void)
{
    static int said;
    if (!__atomic_exchange_n(&said, 1, __ATOMIC_RELAXED)) fprintf(stderr, "winrun: %s: windows are not shown\n", why);
}
