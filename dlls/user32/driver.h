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
    /* optional (NULL: not shown). The pointer's image over WIN and the
     * window's icon, WIDTH x HEIGHT 32-bit ARGB with straight alpha, top
     * row first; ARGB NULL means the display's default. */
    void (*set_cursor)(struct driver_window *win, const DWORD *argb, INT width, INT height, INT hot_x, INT hot_y);
    void (*set_icon)(struct driver_window *win, const DWORD *argb, INT width, INT height);
    /* optional: the character(s) of a key under the display's layout, as
     * ToUnicodeEx; SCAN has KF_EXTENDED for extended keys. -1: not known
     * to the display (user32 uses its US layout); -2: a dead key, its
     * spacing character in BUFFER[0] (ToUnicode's -1) */
    INT (*to_unicode)(UINT vk, UINT scan, const BYTE *state, WCHAR *buffer, INT size);
    /* optional: the display's clipboard, text only (clipboard.c).
     * clipboard_export: the program's clipboard changed; TEXT (NULL: none)
     * is what other clients get from now on. clipboard_import: when another
     * client owns the display's clipboard, sets *TEXT to its text
     * (malloc'd, NULL when it has none) and returns TRUE; FALSE when the
     * program's own clipboard stands (it owns it, or nobody does). */
    void (*clipboard_export)(const WCHAR *text);
    BOOL (*clipboard_import)(WCHAR **text);
    /* optional, the pointer (cursoricon.c): set_cursor_pos moves the
     * display's pointer to screen X,Y; get_cursor_pos reads where it is
     * (FALSE: unknown); show_cursor hides the pointer over the program's
     * windows (ShowCursor's count below 0) or shows it again */
    void (*set_cursor_pos)(INT x, INT y);
    BOOL (*get_cursor_pos)(POINT *pt);
    void (*show_cursor)(BOOL visible);
    /* optional: the program activated WIN (SetActiveWindow,
     * SetForegroundWindow, SetFocus, showing it): the display gives it the
     * keyboard focus when it has not got it */
    void (*activate)(struct driver_window *win);
    /* optional: whether WIN has the display's keyboard focus now */
    BOOL (*has_focus)(struct driver_window *win);
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
    /* a key: WM_(SYS)KEYDOWN/UP with a virtual key and FLAGS, the high word
     * of lParam (scan code | KF_EXTENDED | KF_ALTDOWN | KF_REPEAT | KF_UP) */
    void (*key)(HWND hwnd, UINT msg, UINT vk, UINT flags);
    void (*expose)(HWND hwnd);
    void (*close)(HWND hwnd);
    /* WM_MOUSEWHEEL/WM_MOUSEHWHEEL of DELTA at screen point X,Y */
    void (*wheel)(HWND hwnd, UINT msg, int x, int y, WPARAM keys, int delta);
    /* the display moved or sized the top-level (a window manager, the
     * user): user32 follows without calling move_window back */
    void (*moved)(HWND hwnd, const RECT *window_rect);
    /* the display gave the top-level the keyboard focus, or took it away */
    void (*activate)(HWND hwnd, BOOL active);
    /* the display iconified the top-level (a window manager unmapped it),
     * or showed it again */
    void (*iconic)(HWND hwnd, BOOL iconic);
};
/* the callbacks above, for input user32 makes itself (SendInput) */
const struct user_driver_callbacks *user_input_callbacks(void);
/* the entry point of lib/winrun/winex11.so */
typedef const struct user_driver *(*x11_driver_init_func)(const struct user_driver_callbacks *callbacks);

#endif
