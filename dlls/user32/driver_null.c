/*
 * The headless display driver: windows have geometry and no pixels; the
 * screen is 1024x768. Used until a display backend exists (and later when
 * none is available, so that message-only programs run without X).
 */
#include "user_private.h"

static void null_screen_size(INT *cx, INT *cy)
{
    *cx = 1024;
    *cy = 768;
}

static struct driver_window *null_create_window(HWND hwnd, const RECT *rect)
{
    (void)hwnd; (void)rect;
    return (struct driver_window *)1;   /* not NULL: show_window is called for it */
}

static void null_destroy_window(struct driver_window *win) { (void)win; }
void driver_note_headless(void);   /* driver.c */
static void null_show_window(struct driver_window *win, BOOL visible)
{
    (void)win;
    if (visible) driver_note_headless();
}
static void null_move_window(struct driver_window *win, const RECT *rect) { (void)win; (void)rect; }
static void null_set_title(struct driver_window *win, const WCHAR *title) { (void)win; (void)title; }
static void null_present(struct driver_window *win, const void *bits, INT stride, const RECT *rect)
{
    (void)win; (void)bits; (void)stride; (void)rect;
}

static const struct user_driver null_driver = {
    "null",
    null_screen_size,
    null_create_window,
    null_destroy_window,
    null_show_window,
    null_move_window,
    null_set_title,
    null_present,
    NULL,   /* no pointer */
    NULL,   /* no icons */
    NULL,   /* keys: user32's US layout */
    NULL,   /* the clipboard stays in the process */
    NULL,
    NULL, NULL, NULL,   /* the pointer is user32's state alone */
    NULL, NULL,   /* activation needs no display */
};

const struct user_driver *null_driver_get(void)
{
    return &null_driver;
}
