/*
 * The display driver interface: what a backend (X11 over xcb, later)
 * implements for user32. user32 keeps all window state itself; a driver
 * only mirrors top-level windows on a display and feeds input back
 * through user_driver_post_input. The headless driver (driver_null.c) is
 * used until a display backend exists: windows have geometry, no pixels.
 *
 * Calls are made without user32's lock held, from the thread owning the
 * window.
 */
#ifndef WINRUN_USER_DRIVER_H
#define WINRUN_USER_DRIVER_H

#include "windef.h"

struct driver_window;   /* the backend's per top-level state */

struct user_driver {
    const char *name;
    /* screen size in pixels (SM_CXSCREEN/SM_CYSCREEN) */
    void (*screen_size)(INT *cx, INT *cy);
    struct driver_window *(*create_window)(HWND hwnd, const RECT *window_rect);
    void (*destroy_window)(struct driver_window *win);
    void (*show_window)(struct driver_window *win, BOOL visible);
    void (*move_window)(struct driver_window *win, const RECT *window_rect);
    void (*set_title)(struct driver_window *win, const WCHAR *title);
    /* copy RECT of the window's surface (32-bit BGRA, STRIDE bytes a row) to the display */
    void (*present)(struct driver_window *win, const void *bits, INT stride, const RECT *rect);
};

const struct user_driver *user_driver(void);
const struct user_driver *null_driver_get(void);

/* What user32 gives a driver module (driver.c): calls back into the
 * window manager, made from the driver's event thread (a Win32 thread). */
struct user_driver_callbacks {
    /* runs FUNC(ARG) on a new Win32 thread */
    BOOL (*start_thread)(void (*func)(void *), void *arg);
    /* a mouse message at screen point X,Y over top-level HWND (client
     * messages go to the child under the point) */
    void (*mouse)(HWND hwnd, UINT msg, int x, int y, WPARAM keys);
    /* a key: WM_KEYDOWN/WM_KEYUP with a virtual key and the scan code */
    void (*key)(HWND hwnd, UINT msg, UINT vk, UINT scan);
    void (*expose)(HWND hwnd);
    void (*close)(HWND hwnd);
};
/* the entry point of lib/winrun/winex11.so */
typedef const struct user_driver *(*x11_driver_init_func)(const struct user_driver_callbacks *callbacks);

#endif
