/* What the files of the X11 driver (lib/winrun/winex11.so) share. */
#ifndef WINRUN_X11_PRIVATE_H
#define WINRUN_X11_PRIVATE_H

#include <stddef.h>
#include <stdint.h>
#include <xcb/xcb.h>
#include "windef.h"
#include "winuser.h"
#include "../user32/driver.h"

extern xcb_connection_t *conn;   /* shared by the program's threads (xcb is thread safe) */
extern xcb_screen_t *screen;
extern const struct user_driver_callbacks *cb;

/* x11_keyboard.c: the layout through xkbcommon (the core mapping when the
 * server has no XKB) */
void x11_keyboard_init(void);
void x11_keyboard_event(HWND hwnd, const xcb_key_press_event_t *ev, BOOL press);
INT x11_to_unicode(UINT vk, UINT scan, const BYTE *state, WCHAR *buffer, INT size);

/* x11_present.c: a surface's rectangle to an X window, through MIT-SHM
 * when the server shares memory with us, else xcb_put_image */
struct x11_shm;
void x11_present_init(void);
void x11_present_rect(xcb_window_t xid, struct x11_shm **shm, const void *bits, INT stride, const RECT *rect);
void x11_present_free(struct x11_shm **shm);

/* x11_clipboard.c: text with the CLIPBOARD selection */
void x11_clipboard_init(void);
void x11_clipboard_event(const xcb_generic_event_t *ev);   /* selection events, on the event thread */
void x11_clipboard_export(const WCHAR *text);
BOOL x11_clipboard_import(WCHAR **text);

char *utf8_from_utf16(const WCHAR *s);   /* x11.c; malloc'd */
WCHAR *utf16_from_utf8(const char *s, size_t len);   /* x11_clipboard.c; malloc'd */

#endif
