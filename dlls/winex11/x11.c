/*
 * The X11 display driver (lib/winrun/winex11.so): one X window per
 * top-level HWND, the window's surface presented with xcb_put_image, and
 * X events turned into window messages by an event thread.
 *
 * This is a plain Linux shared object, not a DLL: user32 (driver.c)
 * dlopens it only when a program makes a window and DISPLAY is set, so
 * console programs never load libxcb. Its calls follow driver.h and run
 * without user32's lock; the event thread is a Win32 thread started
 * through the callbacks, and talks to user32 only through them.
 *
 * Cursors are core X cursors built from the image (two colours and a
 * mask); the window icon goes to _NET_WM_ICON.
 *
 * Keys map through the core keyboard mapping (keysym -> virtual key, US
 * layout); the X connection is shared by the program's threads (xcb is
 * thread safe).
 */
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <xcb/xcb.h>
#include "windef.h"
#include "winuser.h"
#include "../user32/driver.h"

struct driver_window {
    struct driver_window *next;
    xcb_window_t xid;
    HWND hwnd;
    xcb_cursor_t cursor;   /* ours, freed when replaced; XCB_NONE = the default */
};

static xcb_connection_t *conn;
static xcb_screen_t *screen;
static xcb_gcontext_t gc;
static xcb_atom_t atom_protocols, atom_delete, atom_net_wm_name, atom_utf8, atom_net_wm_icon;
static const struct user_driver_callbacks *cb;
static pthread_mutex_t list_lock = PTHREAD_MUTEX_INITIALIZER;
static struct driver_window *windows;
static xcb_keysym_t *keysyms;
static int keysyms_per_code, min_keycode, keycode_count;

static xcb_atom_t intern(const char *name)
{
    xcb_intern_atom_reply_t *reply = xcb_intern_atom_reply(conn, xcb_intern_atom(conn, 0, strlen(name), name), NULL);
    xcb_atom_t atom = reply ? reply->atom : XCB_ATOM_NONE;
    free(reply);
    return atom;
}

static HWND find_hwnd(xcb_window_t xid)
{
    HWND hwnd = NULL;
    pthread_mutex_lock(&list_lock);
    for (struct driver_window *w = windows; w; w = w->next)
        if (w->xid == xid) hwnd = w->hwnd;
    pthread_mutex_unlock(&list_lock);
    return hwnd;
}

static void x11_screen_size(INT *cx, INT *cy)
{
    *cx = screen->width_in_pixels;
    *cy = screen->height_in_pixels;
}

static struct driver_window *x11_create_window(HWND hwnd, const RECT *rect)
{
    struct driver_window *win = calloc(1, sizeof(*win));
    uint32_t values[1] = { XCB_EVENT_MASK_EXPOSURE | XCB_EVENT_MASK_BUTTON_PRESS | XCB_EVENT_MASK_BUTTON_RELEASE |
                           XCB_EVENT_MASK_POINTER_MOTION | XCB_EVENT_MASK_KEY_PRESS | XCB_EVENT_MASK_KEY_RELEASE |
                           XCB_EVENT_MASK_STRUCTURE_NOTIFY | XCB_EVENT_MASK_FOCUS_CHANGE };
    int width = rect->right - rect->left, height = rect->bottom - rect->top;

    if (!win) return NULL;
    win->hwnd = hwnd;
    win->xid = xcb_generate_id(conn);
    xcb_create_window(conn, XCB_COPY_FROM_PARENT, win->xid, screen->root, rect->left, rect->top,
                      width > 0 ? width : 1, height > 0 ? height : 1, 0, XCB_WINDOW_CLASS_INPUT_OUTPUT,
                      screen->root_visual, XCB_CW_EVENT_MASK, values);
    /* the close button asks, it does not kill: WM_DELETE_WINDOW -> WM_CLOSE */
    xcb_change_property(conn, XCB_PROP_MODE_REPLACE, win->xid, atom_protocols, XCB_ATOM_ATOM, 32, 1, &atom_delete);
    pthread_mutex_lock(&list_lock);
    win->next = windows;
    windows = win;
    pthread_mutex_unlock(&list_lock);
    xcb_flush(conn);
    return win;
}

static void x11_destroy_window(struct driver_window *win)
{
    pthread_mutex_lock(&list_lock);
    for (struct driver_window **p = &windows; *p; p = &(*p)->next)
        if (*p == win) {
            *p = win->next;
            break;
        }
    pthread_mutex_unlock(&list_lock);
    xcb_destroy_window(conn, win->xid);
    if (win->cursor) xcb_free_cursor(conn, win->cursor);
    xcb_flush(conn);
    free(win);
}

static void x11_show_window(struct driver_window *win, BOOL visible)
{
    if (visible) xcb_map_window(conn, win->xid);
    else xcb_unmap_window(conn, win->xid);
    xcb_flush(conn);
}

static void x11_move_window(struct driver_window *win, const RECT *rect)
{
    uint32_t values[4] = { (uint32_t)rect->left, (uint32_t)rect->top,
                           (uint32_t)(rect->right > rect->left ? rect->right - rect->left : 1),
                           (uint32_t)(rect->bottom > rect->top ? rect->bottom - rect->top : 1) };
    xcb_configure_window(conn, win->xid, XCB_CONFIG_WINDOW_X | XCB_CONFIG_WINDOW_Y | XCB_CONFIG_WINDOW_WIDTH |
                         XCB_CONFIG_WINDOW_HEIGHT, values);
    xcb_flush(conn);
}

/* UTF-16 -> UTF-8 for _NET_WM_NAME; unpaired surrogates become U+FFFD. */
static char *utf8_from_utf16(const WCHAR *s)
{
    size_t n = 0, len = 0;
    char *out;

    while (s[n]) n++;
    if (!(out = malloc(n * 3 + 1))) return NULL;
    for (size_t i = 0; i < n; i++) {
        uint32_t c = s[i];
        if (c >= 0xd800 && c < 0xdc00 && i + 1 < n && s[i + 1] >= 0xdc00 && s[i + 1] < 0xe000)
            c = 0x10000 + ((c - 0xd800) << 10) + (s[++i] - 0xdc00);
        else if (c >= 0xd800 && c < 0xe000) c = 0xfffd;
        if (c < 0x80) out[len++] = c;
        else if (c < 0x800) { out[len++] = 0xc0 | c >> 6; out[len++] = 0x80 | (c & 0x3f); }
        else if (c < 0x10000) { out[len++] = 0xe0 | c >> 12; out[len++] = 0x80 | (c >> 6 & 0x3f); out[len++] = 0x80 | (c & 0x3f); }
        else { out[len++] = 0xf0 | c >> 18; out[len++] = 0x80 | (c >> 12 & 0x3f); out[len++] = 0x80 | (c >> 6 & 0x3f); out[len++] = 0x80 | (c & 0x3f); }
    }
    out[len] = 0;
    return out;
}

static void x11_set_title(struct driver_window *win, const WCHAR *title)
{
    char *utf8 = utf8_from_utf16(title);
    if (!utf8) return;
    xcb_change_property(conn, XCB_PROP_MODE_REPLACE, win->xid, atom_net_wm_name, atom_utf8, 8, strlen(utf8), utf8);
    xcb_change_property(conn, XCB_PROP_MODE_REPLACE, win->xid, XCB_ATOM_WM_NAME, XCB_ATOM_STRING, 8, strlen(utf8), utf8);
    xcb_flush(conn);
    free(utf8);
}

/* Rows of RECT go out in requests below the server's size limit. */
static void x11_present(struct driver_window *win, const void *bits, INT stride, const RECT *rect)
{
    uint32_t max = xcb_get_maximum_request_length(conn) * 4;
    int width = rect->right - rect->left, rows;

    if (width <= 0 || rect->bottom <= rect->top) return;
    rows = (int)((max - 64) / ((uint32_t)width * 4));
    if (rows < 1) rows = 1;
    for (int y = rect->top; y < rect->bottom; y += rows) {
        int n = rect->bottom - y < rows ? rect->bottom - y : rows;
        const BYTE *src = (const BYTE *)bits + (size_t)y * stride + (size_t)rect->left * 4;
        if (width * 4 == stride) {
            xcb_put_image(conn, XCB_IMAGE_FORMAT_Z_PIXMAP, win->xid, gc, width, n, rect->left, y, 0,
                          screen->root_depth, (uint32_t)n * width * 4, src);
        } else {
            BYTE *tmp = malloc((size_t)n * width * 4);
            if (!tmp) return;
            for (int r = 0; r < n; r++) memcpy(tmp + (size_t)r * width * 4, src + (size_t)r * stride, (size_t)width * 4);
            xcb_put_image(conn, XCB_IMAGE_FORMAT_Z_PIXMAP, win->xid, gc, width, n, rect->left, y, 0,
                          screen->root_depth, (uint32_t)n * width * 4, tmp);
            free(tmp);
        }
    }
    xcb_flush(conn);
}

/* ---- cursors and icons ---- */

/* A 1 bpp pixmap of WIDTH x HEIGHT whose bit is set where BIT(argb) is,
 * laid out as the server wants depth-1 images (its scanline pad and bit
 * order). */
static xcb_pixmap_t bitmap_pixmap(const DWORD *argb, int width, int height, BOOL (*bit)(DWORD))
{
    const xcb_setup_t *setup = xcb_get_setup(conn);
    xcb_format_iterator_t it = xcb_setup_pixmap_formats_iterator(setup);
    int pad = 32, stride, x, y;
    BOOL lsb = setup->bitmap_format_bit_order == XCB_IMAGE_ORDER_LSB_FIRST;
    xcb_pixmap_t pixmap = xcb_generate_id(conn);
    xcb_gcontext_t pgc = xcb_generate_id(conn);
    uint8_t *rows;

    for (; it.rem; xcb_format_next(&it))
        if (it.data->depth == 1) pad = it.data->scanline_pad;
    stride = (width + pad - 1) / pad * pad / 8;
    if (!(rows = calloc(stride, height))) return XCB_NONE;
    for (y = 0; y < height; y++)
        for (x = 0; x < width; x++)
            if (bit(argb[y * width + x])) rows[y * stride + x / 8] |= lsb ? 1 << (x % 8) : 0x80 >> (x % 8);
    xcb_create_pixmap(conn, 1, pixmap, screen->root, width, height);
    xcb_create_gc(conn, pgc, pixmap, 0, NULL);
    xcb_put_image(conn, XCB_IMAGE_FORMAT_Z_PIXMAP, pixmap, pgc, width, height, 0, 0, 0, 1, stride * height, rows);
    xcb_free_gc(conn, pgc);
    free(rows);
    return pixmap;
}

static BOOL is_opaque(DWORD p) { return (p >> 24) >= 0x80; }
static BOOL is_light(DWORD p) { return ((p >> 16 & 0xff) * 3 + (p >> 8 & 0xff) * 6 + (p & 0xff)) >= 1280; }

/* A core X cursor: two colours (black and white) and a 1-bit mask, so it
 * needs no RENDER extension; winrun's system cursors are black and white. */
static void x11_set_cursor(struct driver_window *win, const DWORD *argb, INT width, INT height, INT hot_x, INT hot_y)
{
    xcb_cursor_t cursor = XCB_NONE, old;

    if (argb && width > 0 && height > 0 && width <= 256 && height <= 256) {
        xcb_pixmap_t source = bitmap_pixmap(argb, width, height, is_light);
        xcb_pixmap_t mask = bitmap_pixmap(argb, width, height, is_opaque);
        if (source && mask) {
            cursor = xcb_generate_id(conn);
            xcb_create_cursor(conn, cursor, source, mask, 0xffff, 0xffff, 0xffff, 0, 0, 0,
                              hot_x < width ? hot_x : 0, hot_y < height ? hot_y : 0);
        }
        if (source) xcb_free_pixmap(conn, source);
        if (mask) xcb_free_pixmap(conn, mask);
    }
    xcb_change_window_attributes(conn, win->xid, XCB_CW_CURSOR, &cursor);
    old = win->cursor;
    win->cursor = cursor;
    if (old) xcb_free_cursor(conn, old);
    xcb_flush(conn);
}

/* _NET_WM_ICON: width, height, then the ARGB pixels as CARDINALs */
static void x11_set_icon(struct driver_window *win, const DWORD *argb, INT width, INT height)
{
    uint32_t *data;

    if (!argb || width <= 0 || height <= 0 || width > 256 || height > 256) return;
    if (!(data = malloc(((size_t)width * height + 2) * sizeof(uint32_t)))) return;
    data[0] = width;
    data[1] = height;
    for (int i = 0; i < width * height; i++) data[2 + i] = argb[i];
    xcb_change_property(conn, XCB_PROP_MODE_REPLACE, win->xid, atom_net_wm_icon, XCB_ATOM_CARDINAL, 32,
                        width * height + 2, data);
    xcb_flush(conn);
    free(data);
}

static const struct user_driver x11_driver = {
    "x11", x11_screen_size, x11_create_window, x11_destroy_window, x11_show_window,
    x11_move_window, x11_set_title, x11_present, x11_set_cursor, x11_set_icon,
};

/* ---- input ---- */

static UINT keysym_to_vk(xcb_keysym_t sym)
{
    if (sym >= 'a' && sym <= 'z') return sym - 'a' + 'A';
    if ((sym >= 'A' && sym <= 'Z') || (sym >= '0' && sym <= '9') || sym == ' ') return sym;
    if (sym >= 0xffbe && sym <= 0xffd5) return VK_F1 + (sym - 0xffbe);   /* F1..F24 */
    if (sym >= 0xffb0 && sym <= 0xffb9) return VK_NUMPAD0 + (sym - 0xffb0);
    switch (sym) {
    case 0xff08: return VK_BACK;
    case 0xff09: return VK_TAB;
    case 0xff0d: case 0xff8d: return VK_RETURN;
    case 0xff1b: return VK_ESCAPE;
    case 0xff50: return VK_HOME;
    case 0xff51: return VK_LEFT;
    case 0xff52: return VK_UP;
    case 0xff53: return VK_RIGHT;
    case 0xff54: return VK_DOWN;
    case 0xff55: return VK_PRIOR;
    case 0xff56: return VK_NEXT;
    case 0xff57: return VK_END;
    case 0xff63: return VK_INSERT;
    case 0xffff: return VK_DELETE;
    case 0xffe1: case 0xffe2: return VK_SHIFT;
    case 0xffe3: case 0xffe4: return VK_CONTROL;
    case 0xffe9: case 0xffea: return VK_MENU;
    case 0xffe5: return VK_CAPITAL;
    case ',': return VK_OEM_COMMA;
    case '.': return VK_OEM_PERIOD;
    case '-': return VK_OEM_MINUS;
    case '=': return VK_OEM_PLUS;
    case ';': return VK_OEM_1;
    case '/': return VK_OEM_2;
    case '`': return VK_OEM_3;
    case '[': return VK_OEM_4;
    case '\\': return VK_OEM_5;
    case ']': return VK_OEM_6;
    case '\'': return VK_OEM_7;
    }
    return 0;
}

static WPARAM mouse_keys(uint16_t state)
{
    WPARAM keys = 0;
    if (state & XCB_MOD_MASK_SHIFT) keys |= MK_SHIFT;
    if (state & XCB_MOD_MASK_CONTROL) keys |= MK_CONTROL;
    if (state & XCB_BUTTON_MASK_1) keys |= MK_LBUTTON;
    if (state & XCB_BUTTON_MASK_2) keys |= MK_MBUTTON;
    if (state & XCB_BUTTON_MASK_3) keys |= MK_RBUTTON;
    return keys;
}

static void button(xcb_button_press_event_t *ev, BOOL down)
{
    static const UINT msgs[2][3] = { { WM_LBUTTONUP, WM_MBUTTONUP, WM_RBUTTONUP },
                                     { WM_LBUTTONDOWN, WM_MBUTTONDOWN, WM_RBUTTONDOWN } };
    static const WPARAM bits[3] = { MK_LBUTTON, MK_MBUTTON, MK_RBUTTON };
    HWND hwnd = find_hwnd(ev->event);
    WPARAM keys;

    if (!hwnd || ev->detail < 1 || ev->detail > 3) return;
    /* the state is from before the event: add or drop this button */
    keys = mouse_keys(ev->state);
    if (down) keys |= bits[ev->detail - 1];
    else keys &= ~bits[ev->detail - 1];
    cb->mouse(hwnd, msgs[down][ev->detail - 1], ev->root_x, ev->root_y, keys);
}

static void event_loop(void *arg)
{
    xcb_generic_event_t *ev;
    (void)arg;

    while ((ev = xcb_wait_for_event(conn))) {
        switch (ev->response_type & 0x7f) {
        case XCB_EXPOSE: {
            xcb_expose_event_t *e = (xcb_expose_event_t *)ev;
            HWND hwnd = find_hwnd(e->window);
            if (hwnd && !e->count) cb->expose(hwnd);
            break;
        }
        case XCB_BUTTON_PRESS:
            button((xcb_button_press_event_t *)ev, TRUE);
            break;
        case XCB_BUTTON_RELEASE:
            button((xcb_button_press_event_t *)ev, FALSE);
            break;
        case XCB_MOTION_NOTIFY: {
            xcb_motion_notify_event_t *e = (xcb_motion_notify_event_t *)ev;
            HWND hwnd = find_hwnd(e->event);
            if (hwnd) cb->mouse(hwnd, WM_MOUSEMOVE, e->root_x, e->root_y, mouse_keys(e->state));
            break;
        }
        case XCB_KEY_PRESS:
        case XCB_KEY_RELEASE: {
            xcb_key_press_event_t *e = (xcb_key_press_event_t *)ev;
            HWND hwnd = find_hwnd(e->event);
            int index = e->detail - min_keycode;
            UINT vk = 0;
            if (keysyms && index >= 0 && index < keycode_count) vk = keysym_to_vk(keysyms[index * keysyms_per_code]);
            if (hwnd && vk)
                cb->key(hwnd, (ev->response_type & 0x7f) == XCB_KEY_PRESS ? WM_KEYDOWN : WM_KEYUP, vk, e->detail - 8);
            break;
        }
        case XCB_CLIENT_MESSAGE: {
            xcb_client_message_event_t *e = (xcb_client_message_event_t *)ev;
            HWND hwnd = find_hwnd(e->window);
            if (hwnd && e->type == atom_protocols && e->data.data32[0] == atom_delete) cb->close(hwnd);
            break;
        }
        }
        free(ev);
    }
}

static void load_keymap(void)
{
    const xcb_setup_t *setup = xcb_get_setup(conn);
    xcb_get_keyboard_mapping_reply_t *reply;
    int count = setup->max_keycode - setup->min_keycode + 1;

    reply = xcb_get_keyboard_mapping_reply(conn, xcb_get_keyboard_mapping(conn, setup->min_keycode, count), NULL);
    if (!reply) return;
    keysyms_per_code = reply->keysyms_per_keycode;
    if (keysyms_per_code && (keysyms = malloc((size_t)count * keysyms_per_code * sizeof(*keysyms)))) {
        memcpy(keysyms, xcb_get_keyboard_mapping_keysyms(reply), (size_t)count * keysyms_per_code * sizeof(*keysyms));
        min_keycode = setup->min_keycode;
        keycode_count = count;
    }
    free(reply);
}

__attribute__((visibility("default")))
const struct user_driver *x11_driver_init(const struct user_driver_callbacks *callbacks)
{
    xcb_screen_iterator_t it;
    int number;

    conn = xcb_connect(NULL, &number);
    if (xcb_connection_has_error(conn)) {
        xcb_disconnect(conn);
        conn = NULL;
        return NULL;
    }
    it = xcb_setup_roots_iterator(xcb_get_setup(conn));
    for (; it.rem && number > 0; number--) xcb_screen_next(&it);
    screen = it.data;
    cb = callbacks;
    atom_protocols = intern("WM_PROTOCOLS");
    atom_delete = intern("WM_DELETE_WINDOW");
    atom_net_wm_name = intern("_NET_WM_NAME");
    atom_utf8 = intern("UTF8_STRING");
    atom_net_wm_icon = intern("_NET_WM_ICON");
    load_keymap();
    gc = xcb_generate_id(conn);
    xcb_create_gc(conn, gc, screen->root, 0, NULL);
    if (!cb->start_thread(event_loop, NULL)) {
        xcb_disconnect(conn);
        conn = NULL;
        return NULL;
    }
    return &x11_driver;
}
