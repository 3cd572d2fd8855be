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
 * Keys are in x11_keyboard.c (xkbcommon), presenting in x11_present.c
 * (MIT-SHM), clipboard text in x11_clipboard.c (the CLIPBOARD selection). What the window manager or the user does to a window comes
 * back as ConfigureNotify (user32 moves/sizes the window without
 * calling move_window back) and FocusIn/FocusOut (activation). The X
 * connection is shared by the program's threads (xcb is thread safe).
 */
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "x11_private.h"

struct driver_window {
    struct driver_window *next;
    xcb_window_t xid;
    HWND hwnd;
    xcb_cursor_t cursor;   /* ours, freed when replaced; XCB_NONE = the default */
    struct x11_shm *shm;   /* x11_present.c */
    /* the sequence number of our last configure request: a ConfigureNotify
     * older than it reports our own earlier geometry (under list_lock) */
    uint16_t config_seq;
    RECT rect;             /* the geometry user32 knows (under list_lock) */
    BOOL mapped;           /* user32 showed it: an unmap we did not ask for is iconify (under list_lock) */
    BOOL iconic;           /* unmapped from outside (under list_lock) */
};

xcb_connection_t *conn;
xcb_screen_t *screen;
const struct user_driver_callbacks *cb;
static xcb_atom_t atom_protocols, atom_delete, atom_net_wm_name, atom_utf8, atom_net_wm_icon;
static xcb_atom_t atom_net_active_window, atom_net_supporting_wm_check;
static pthread_mutex_t list_lock = PTHREAD_MUTEX_INITIALIZER;
static struct driver_window *windows;
/* ShowCursor's count is below 0: our windows show the empty cursor (under list_lock) */
static BOOL cursor_hidden;
static xcb_cursor_t empty_cursor;   /* made once, with the connection */

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
    win->rect = *rect;
    win->xid = xcb_generate_id(conn);
    win->config_seq = (uint16_t)xcb_create_window(conn, XCB_COPY_FROM_PARENT, win->xid, screen->root, rect->left,
        rect->top, width > 0 ? width : 1, height > 0 ? height : 1, 0, XCB_WINDOW_CLASS_INPUT_OUTPUT,
        screen->root_visual, XCB_CW_EVENT_MASK, values).sequence;
    /* the close button asks, it does not kill: WM_DELETE_WINDOW -> WM_CLOSE */
    xcb_change_property(conn, XCB_PROP_MODE_REPLACE, win->xid, atom_protocols, XCB_ATOM_ATOM, 32, 1, &atom_delete);
    pthread_mutex_lock(&list_lock);
    if (cursor_hidden) xcb_change_window_attributes(conn, win->xid, XCB_CW_CURSOR, &empty_cursor);
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
    x11_present_free(&win->shm);
    xcb_flush(conn);
    free(win);
}

static void x11_show_window(struct driver_window *win, BOOL visible)
{
    pthread_mutex_lock(&list_lock);
    win->mapped = visible;
    win->iconic = FALSE;
    pthread_mutex_unlock(&list_lock);
    if (visible) xcb_map_window(conn, win->xid);
    else xcb_unmap_window(conn, win->xid);
    xcb_flush(conn);
}

static void x11_move_window(struct driver_window *win, const RECT *rect)
{
    uint32_t values[4] = { (uint32_t)rect->left, (uint32_t)rect->top,
                           (uint32_t)(rect->right > rect->left ? rect->right - rect->left : 1),
                           (uint32_t)(rect->bottom > rect->top ? rect->bottom - rect->top : 1) };
    xcb_void_cookie_t cookie;

    pthread_mutex_lock(&list_lock);
    cookie = xcb_configure_window(conn, win->xid, XCB_CONFIG_WINDOW_X | XCB_CONFIG_WINDOW_Y | XCB_CONFIG_WINDOW_WIDTH |
                                  XCB_CONFIG_WINDOW_HEIGHT, values);
    win->config_seq = (uint16_t)cookie.sequence;
    win->rect = *rect;
    pthread_mutex_unlock(&list_lock);
    xcb_flush(conn);
}

/* UTF-16 -> UTF-8 for _NET_WM_NAME; unpaired surrogates become U+FFFD. */
char *utf8_from_utf16(const WCHAR *s)
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

static void x11_present(struct driver_window *win, const void *bits, INT stride, const RECT *rect)
{
    x11_present_rect(win->xid, &win->shm, bits, stride, rect);
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
    pthread_mutex_lock(&list_lock);
    /* a hidden pointer stays hidden: the image waits for ShowCursor */
    if (!cursor_hidden) xcb_change_window_attributes(conn, win->xid, XCB_CW_CURSOR, &cursor);
    old = win->cursor;
    win->cursor = cursor;
    pthread_mutex_unlock(&list_lock);
    if (old) xcb_free_cursor(conn, old);
    xcb_flush(conn);
}

/* ---- the pointer and the keyboard focus ---- */

/* SetCursorPos: the X pointer moves (a warp), and the window under it
 * gets MotionNotify, so the program sees WM_MOUSEMOVE as on Windows. */
static void x11_set_cursor_pos(INT x, INT y)
{
    xcb_warp_pointer(conn, XCB_NONE, screen->root, 0, 0, 0, 0, (int16_t)x, (int16_t)y);
    xcb_flush(conn);
}

static BOOL x11_get_cursor_pos(POINT *pt)
{
    xcb_query_pointer_reply_t *r = xcb_query_pointer_reply(conn, xcb_query_pointer(conn, screen->root), NULL);
    BOOL ok = r && r->same_screen;

    if (ok) {
        pt->x = r->root_x;
        pt->y = r->root_y;
    }
    free(r);
    return ok;
}

/* ShowCursor below 0: X cursors belong to windows, so each of ours gets
 * an empty one; shown again, each gets back the image it had. */
static void x11_show_cursor(BOOL visible)
{
    pthread_mutex_lock(&list_lock);
    cursor_hidden = !visible;
    for (struct driver_window *w = windows; w; w = w->next)
        xcb_change_window_attributes(conn, w->xid, XCB_CW_CURSOR, visible ? &w->cursor : &empty_cursor);
    pthread_mutex_unlock(&list_lock);
    xcb_flush(conn);
}

static BOOL x11_has_focus(struct driver_window *win)
{
    xcb_get_input_focus_reply_t *focus = xcb_get_input_focus_reply(conn, xcb_get_input_focus(conn), NULL);
    BOOL has = focus && focus->focus == win->xid;
    free(focus);
    return has;
}

/* The program activated WIN: the keyboard focus goes to its X window.
 * With a window manager (_NET_SUPPORTING_WM_CHECK on the root) the
 * manager is asked with _NET_ACTIVE_WINDOW, as EWMH wants; without one
 * the focus is set directly. Nothing is asked when the window has the
 * focus already (its FocusIn is what activated it) or is not mapped. */
static void x11_activate(struct driver_window *win)
{
    xcb_get_property_reply_t *wm;
    BOOL has = x11_has_focus(win), mapped;

    pthread_mutex_lock(&list_lock);
    mapped = win->mapped && !win->iconic;
    pthread_mutex_unlock(&list_lock);
    if (has || !mapped) return;
    wm = xcb_get_property_reply(conn, xcb_get_property(conn, 0, screen->root, atom_net_supporting_wm_check,
                                                       XCB_ATOM_WINDOW, 0, 1), NULL);
    if (wm && xcb_get_property_value_length(wm) == 4) {
        xcb_client_message_event_t ev = { 0 };
        ev.response_type = XCB_CLIENT_MESSAGE;
        ev.format = 32;
        ev.window = win->xid;
        ev.type = atom_net_active_window;
        ev.data.data32[0] = 1;   /* from an application */
        ev.data.data32[1] = XCB_CURRENT_TIME;
        xcb_send_event(conn, 0, screen->root, XCB_EVENT_MASK_SUBSTRUCTURE_NOTIFY | XCB_EVENT_MASK_SUBSTRUCTURE_REDIRECT,
                       (const char *)&ev);
    } else xcb_set_input_focus(conn, XCB_INPUT_FOCUS_PARENT, win->xid, XCB_CURRENT_TIME);
    free(wm);
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
    x11_move_window, x11_set_title, x11_present, x11_set_cursor, x11_set_icon, x11_to_unicode,
    x11_clipboard_export, x11_clipboard_import, x11_set_cursor_pos, x11_get_cursor_pos, x11_show_cursor,
    x11_activate, x11_has_focus,
};

/* ---- input ---- */

static WPARAM xbuttons_held;   /* MK_XBUTTON1/2: the core state has no bits for them (event thread) */

static WPARAM mouse_keys(uint16_t state)
{
    WPARAM keys = xbuttons_held;
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

    if (!hwnd) return;
    /* buttons 4/5 are the wheel, 6/7 the horizontal wheel (a press per
     * notch, WHEEL_DELTA each; up and right are positive), 8/9 the X
     * buttons (back, forward) */
    if (ev->detail >= 4 && ev->detail <= 7) {
        if (down)
            cb->wheel(hwnd, ev->detail <= 5 ? WM_MOUSEWHEEL : WM_MOUSEHWHEEL, ev->root_x, ev->root_y,
                      mouse_keys(ev->state), (ev->detail == 4 || ev->detail == 7) ? WHEEL_DELTA : -WHEEL_DELTA);
        return;
    }
    if (ev->detail == 8 || ev->detail == 9) {
        WPARAM bit = ev->detail == 8 ? MK_XBUTTON1 : MK_XBUTTON2;
        if (down) xbuttons_held |= bit;
        else xbuttons_held &= ~bit;
        keys = mouse_keys(ev->state) | (WPARAM)(ev->detail == 8 ? XBUTTON1 : XBUTTON2) << 16;
        cb->mouse(hwnd, down ? WM_XBUTTONDOWN : WM_XBUTTONUP, ev->root_x, ev->root_y, keys);
        return;
    }
    if (ev->detail < 1 || ev->detail > 3) return;
    /* the state is from before the event: add or drop this button */
    keys = mouse_keys(ev->state);
    if (down) keys |= bits[ev->detail - 1];
    else keys &= ~bits[ev->detail - 1];
    cb->mouse(hwnd, msgs[down][ev->detail - 1], ev->root_x, ev->root_y, keys);
}

/* The window's new place from outside (a window manager, another
 * client): user32 follows. Our own requests come back too, and an event
 * older than our last request tells of a geometry already replaced. */
static void configure_notify(xcb_configure_notify_event_t *ev, BOOL synthetic)
{
    struct driver_window *win;
    HWND hwnd = NULL;
    RECT rect;
    int x = ev->x, y = ev->y;

    if (ev->event != ev->window) return;
    if (!synthetic) {
        /* a real event is relative to the parent, a window manager's frame
         * when reparented; a synthetic one (ICCCM) is in root coordinates */
        xcb_translate_coordinates_reply_t *r = xcb_translate_coordinates_reply(conn,
            xcb_translate_coordinates(conn, ev->window, screen->root, 0, 0), NULL);
        if (!r) return;
        x = r->dst_x;
        y = r->dst_y;
        free(r);
    }
    rect = (RECT){ x, y, x + ev->width, y + ev->height };
    pthread_mutex_lock(&list_lock);
    for (win = windows; win; win = win->next)
        if (win->xid == ev->window) break;
    if (win && (int16_t)(ev->sequence - win->config_seq) >= 0 && memcmp(&rect, &win->rect, sizeof(rect))) {
        hwnd = win->hwnd;
        win->rect = rect;
    }
    pthread_mutex_unlock(&list_lock);
    if (hwnd) cb->moved(hwnd, &rect);
}

/* A window user32 shows being unmapped is iconified by the window manager
 * (or another client); mapped again, it is restored. Our own unmap
 * clears `mapped` before it is asked for, so its event is not taken for
 * iconify. */
static void map_notify(xcb_window_t xid, BOOL map)
{
    struct driver_window *win;
    HWND hwnd = NULL;

    pthread_mutex_lock(&list_lock);
    for (win = windows; win; win = win->next)
        if (win->xid == xid) break;
    if (win && win->mapped && win->iconic == map) {
        win->iconic = !map;
        hwnd = win->hwnd;
    }
    pthread_mutex_unlock(&list_lock);
    if (hwnd) cb->iconic(hwnd, !map);
}

/* The keyboard focus of the display: a window gaining it is activated; one
 * losing it to no window of ours is deactivated (focus moving between our
 * windows is the next FocusIn's activation alone, as on Windows). Pointer
 * and grab focus changes are passing states and are ignored. */
static void focus_change(xcb_focus_in_event_t *ev, BOOL in)
{
    HWND hwnd = find_hwnd(ev->event);

    if (!hwnd || ev->mode == XCB_NOTIFY_MODE_GRAB || ev->mode == XCB_NOTIFY_MODE_UNGRAB ||
        ev->detail == XCB_NOTIFY_DETAIL_POINTER || ev->detail == XCB_NOTIFY_DETAIL_INFERIOR)
        return;
    if (!in) {
        xcb_get_input_focus_reply_t *r = xcb_get_input_focus_reply(conn, xcb_get_input_focus(conn), NULL);
        BOOL ours = r && find_hwnd(r->focus);
        free(r);
        if (ours) return;
    } else {
        /* a FocusIn the focus has moved on from (the program activated
         * another window since) is stale: acting on it would take the
         * activation back, and the two would chase each other */
        xcb_get_input_focus_reply_t *r = xcb_get_input_focus_reply(conn, xcb_get_input_focus(conn), NULL);
        BOOL current = r && r->focus == ev->event;
        free(r);
        if (!current) return;
    }
    cb->activate(hwnd, in);
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
            if (hwnd) x11_keyboard_event(hwnd, e, (ev->response_type & 0x7f) == XCB_KEY_PRESS);
            break;
        }
        case XCB_CONFIGURE_NOTIFY:
            configure_notify((xcb_configure_notify_event_t *)ev, (ev->response_type & 0x80) != 0);
            break;
        case XCB_SELECTION_REQUEST:
        case XCB_SELECTION_NOTIFY:
        case XCB_SELECTION_CLEAR:
        case XCB_PROPERTY_NOTIFY:   /* INCR transfers */
            x11_clipboard_event(ev);
            break;
        case XCB_UNMAP_NOTIFY:
            map_notify(((xcb_unmap_notify_event_t *)ev)->window, FALSE);
            break;
        case XCB_MAP_NOTIFY:
            map_notify(((xcb_map_notify_event_t *)ev)->window, TRUE);
            break;
        case XCB_FOCUS_IN:
        case XCB_FOCUS_OUT:
            focus_change((xcb_focus_in_event_t *)ev, (ev->response_type & 0x7f) == XCB_FOCUS_IN);
            break;
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
    atom_net_active_window = intern("_NET_ACTIVE_WINDOW");
    atom_net_supporting_wm_check = intern("_NET_SUPPORTING_WM_CHECK");
    {
        /* the empty cursor of a hidden pointer: a 1x1 pixmap whose mask is 0 */
        xcb_pixmap_t pixmap = xcb_generate_id(conn);
        xcb_gcontext_t gc = xcb_generate_id(conn);
        xcb_rectangle_t all = { 0, 0, 1, 1 };
        uint32_t zero = 0;
        xcb_create_pixmap(conn, 1, pixmap, screen->root, 1, 1);
        xcb_create_gc(conn, gc, pixmap, XCB_GC_FOREGROUND, &zero);
        xcb_poly_fill_rectangle(conn, pixmap, gc, 1, &all);
        empty_cursor = xcb_generate_id(conn);
        xcb_create_cursor(conn, empty_cursor, pixmap, pixmap, 0, 0, 0, 0, 0, 0, 0, 0);
        xcb_free_gc(conn, gc);
        xcb_free_pixmap(conn, pixmap);
    }
    x11_keyboard_init();
    x11_present_init();
    x11_clipboard_init();
    if (!cb->start_thread(event_loop, NULL)) {
        xcb_disconnect(conn);
        conn = NULL;
        return NULL;
    }
    return &x11_driver;
}
