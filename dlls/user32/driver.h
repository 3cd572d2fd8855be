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

#endif
