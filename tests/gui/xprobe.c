/* The GUI tests' view of the X server (tests/gui/run.sh):
 *   xprobe pixel X Y     prints the root window's pixel at X,Y as RRGGBB
 *   xprobe click X Y     moves the pointer there and clicks button 1 (XTest)
 *   xprobe key KEYSYM[+KEYSYM...]  presses the keys in order, releases them
 *                        in reverse (XTest): 0xffe1+0x61 is Shift+A
 *   xprobe button X Y N  moves the pointer there and clicks button N (4/5 the wheel)
 *   xprobe count X Y W H RRGGBB  prints how many pixels of the rectangle have that colour
 *   xprobe find X Y W RRGGBB  prints the first x of the row segment X..X+W-1 at Y
 *                        with that colour, or -1
 *   xprobe move NAME X Y W H     configures the top-level named NAME (WM_NAME)
 *                        as a window manager would
 *   xprobe focus NAME    gives the keyboard focus to the top-level named NAME
 *   xprobe unmap NAME / xprobe map NAME   unmaps or maps it (a window manager's iconify)
 *   xprobe settext TEXT  owns the CLIPBOARD selection with TEXT (UTF-8; "-":
 *                        standard input) and answers for it until another
 *                        client takes it or 20 s pass; text over 64 KiB goes
 *                        with INCR, in 64 KiB pieces
 *   xprobe gettext       prints the CLIPBOARD selection's text as UTF8_STRING
 *                        (taken in pieces when the owner sends INCR)
 *   xprobe pointer       prints the pointer's root position as X Y
 *   xprobe getfocus      prints the WM_NAME of the window with the keyboard focus
 *   xprobe cursor        prints the number of visible pixels of the pointer's
 *                        current image (XFixes): 0 for a hidden pointer
 *   xprobe remap CODE KEYSYM KEYSYM  gives key code CODE those two levels
 *                        (the core mapping, which XKB follows) and keeps its
 *                        connection 30 s or until killed: Xvfb puts the
 *                        mapping back when the client that changed it leaves
 *   xprobe shot FILE [X Y W H]  writes the root window (or that box) as a
 *                        binary PPM (P6): the screenshots the GUI tests keep
 * Uses $DISPLAY; exits 1 when the display cannot be opened. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <xcb/xcb.h>
#include <xcb/xfixes.h>
#include <xcb/xtest.h>

#define PIECE 65536   /* an INCR piece */

static int key_code(xcb_connection_t *conn, unsigned long want)
{
    const xcb_setup_t *setup = xcb_get_setup(conn);
    int count = setup->max_keycode - setup->min_keycode + 1, code = 0;
    xcb_get_keyboard_mapping_reply_t *map = xcb_get_keyboard_mapping_reply(conn,
        xcb_get_keyboard_mapping(conn, setup->min_keycode, count), NULL);
    xcb_keysym_t *syms = map ? xcb_get_keyboard_mapping_keysyms(map) : NULL;
    for (int i = 0; syms && i < count && !code; i++)
        if (syms[i * map->keysyms_per_keycode] == want) code = setup->min_keycode + i;
    free(map);
    return code;
}

/* The root's child whose WM_NAME is NAME, or 0. */
static xcb_window_t find_named(xcb_connection_t *conn, xcb_window_t root, const char *name)
{
    xcb_query_tree_reply_t *tree = xcb_query_tree_reply(conn, xcb_query_tree(conn, root), NULL);
    xcb_window_t found = 0;
    xcb_window_t *children;

    if (!tree) return 0;
    children = xcb_query_tree_children(tree);
    for (int i = 0; i < xcb_query_tree_children_length(tree) && !found; i++) {
        xcb_get_property_reply_t *prop = xcb_get_property_reply(conn,
            xcb_get_property(conn, 0, children[i], XCB_ATOM_WM_NAME, XCB_ATOM_STRING, 0, 256), NULL);
        if (prop && xcb_get_property_value_length(prop) == (int)strlen(name) &&
            !memcmp(xcb_get_property_value(prop), name, strlen(name)))
            found = children[i];
        free(prop);
    }
    free(tree);
    return found;
}

/* Writes the root window's box BOX (X Y W H strings; NULL: the whole
 * screen) to PATH as a binary PPM. One GetImage per band of rows keeps
 * each reply small. Returns 0 or 1 after saying why. */
static int shot(xcb_connection_t *conn, xcb_screen_t *screen, const char *path, char **box)
{
    int x = box ? atoi(box[0]) : 0, y = box ? atoi(box[1]) : 0;
    int w = box ? atoi(box[2]) : screen->width_in_pixels, h = box ? atoi(box[3]) : screen->height_in_pixels;
    int band = w > 0 ? 65536 / w + 1 : 1, bad = w <= 0 || h <= 0;
    FILE *f = bad ? NULL : fopen(path, "wb");

    if (f) fprintf(f, "P6\n%d %d\n255\n", w, h);
    for (int top = 0; f && !bad && top < h; top += band) {
        int rows = h - top < band ? h - top : band;
        xcb_get_image_reply_t *img = xcb_get_image_reply(conn,
            xcb_get_image(conn, XCB_IMAGE_FORMAT_Z_PIXMAP, screen->root, x, y + top, w, rows, ~0u), NULL);
        const unsigned char *p = img ? xcb_get_image_data(img) : NULL;
        if (!img || xcb_get_image_data_length(img) < w * rows * 4) bad = 1;
        for (int i = 0; !bad && i < w * rows; i++, p += 4) {   /* 32 bpp little-endian: B G R x */
            unsigned char rgb[3] = { p[2], p[1], p[0] };
            if (fwrite(rgb, 1, 3, f) != 3) bad = 1;
        }
        free(img);
    }
    if (!f || fclose(f) || bad) {
        fprintf(stderr, "xprobe: cannot write the screenshot %s\n", path);
        return 1;
    }
    return 0;
}

static xcb_atom_t atom(xcb_connection_t *conn, const char *name)
{
    xcb_intern_atom_reply_t *r = xcb_intern_atom_reply(conn, xcb_intern_atom(conn, 0, strlen(name), name), NULL);
    xcb_atom_t a = r ? r->atom : XCB_NONE;
    free(r);
    return a;
}

/* standard input, whole */
static char *read_all(void)
{
    size_t len = 0, size = 65536;
    char *buf = malloc(size + 1);
    size_t n;

    while (buf && (n = fread(buf + len, 1, size - len, stdin)) > 0) {
        len += n;
        if (len == size && !(buf = realloc(buf, (size *= 2) + 1))) return NULL;
    }
    if (buf) buf[len] = 0;
    return buf;
}

/* settext and gettext: a hidden window that owns or asks for CLIPBOARD;
 * INCR both ways for large text */
static int selection(xcb_connection_t *conn, xcb_screen_t *screen, const char *text)
{
    xcb_atom_t clipboard = atom(conn, "CLIPBOARD"), utf8 = atom(conn, "UTF8_STRING"), prop = atom(conn, "XPROBE");
    xcb_atom_t incr = atom(conn, "INCR");
    xcb_window_t win = xcb_generate_id(conn), sending = XCB_NONE;
    xcb_atom_t send_prop = XCB_NONE;
    uint32_t mask = XCB_EVENT_MASK_PROPERTY_CHANGE;
    size_t offset = 0, got_len = 0;
    char *got = NULL;
    int receiving = 0;
    xcb_generic_event_t *ev;
    int waited = 0;

    if (text && !strcmp(text, "-") && !(text = read_all())) return 1;
    xcb_create_window(conn, XCB_COPY_FROM_PARENT, win, screen->root, 0, 0, 1, 1, 0, XCB_WINDOW_CLASS_INPUT_ONLY,
                      XCB_COPY_FROM_PARENT, XCB_CW_EVENT_MASK, &mask);
    if (text) xcb_set_selection_owner(conn, win, clipboard, XCB_CURRENT_TIME);
    else xcb_convert_selection(conn, win, clipboard, utf8, prop, XCB_CURRENT_TIME);
    xcb_flush(conn);
    for (;;) {
        if (!(ev = xcb_poll_for_event(conn))) {
            if (xcb_connection_has_error(conn) || waited++ > (text ? 2000 : 300)) return 1;
            struct timespec ts = { 0, 10000000 };
            nanosleep(&ts, NULL);
            continue;
        }
        waited = 0;
        if ((ev->response_type & 0x7f) == XCB_SELECTION_CLEAR && !sending) return 0;
        if ((ev->response_type & 0x7f) == XCB_PROPERTY_NOTIFY) {
            xcb_property_notify_event_t *pn = (xcb_property_notify_event_t *)ev;
            if (sending && pn->window == sending && pn->atom == send_prop && pn->state == XCB_PROPERTY_DELETE) {
                /* the next piece; the empty one ends it */
                size_t n = strlen(text) - offset < PIECE ? strlen(text) - offset : PIECE;
                xcb_change_property(conn, XCB_PROP_MODE_REPLACE, sending, send_prop, utf8, 8, n, text + offset);
                offset += n;
                if (!n) sending = XCB_NONE;
                xcb_flush(conn);
            }
            if (receiving && pn->window == win && pn->atom == prop && pn->state == XCB_PROPERTY_NEW_VALUE) {
                xcb_get_property_reply_t *r = xcb_get_property_reply(conn,
                    xcb_get_property(conn, 1, win, prop, XCB_GET_PROPERTY_TYPE_ANY, 0, 0x1000000), NULL);
                int n = r ? xcb_get_property_value_length(r) : 0;
                xcb_flush(conn);
                if (!n) {
                    printf("%.*s\n", (int)got_len, got ? got : "");
                    return 0;
                }
                if (!(got = realloc(got, got_len + n))) return 1;
                memcpy(got + got_len, xcb_get_property_value(r), n);
                got_len += n;
                free(r);
            }
        }
        if ((ev->response_type & 0x7f) == XCB_SELECTION_REQUEST) {
            xcb_selection_request_event_t *req = (xcb_selection_request_event_t *)ev;
            xcb_selection_notify_event_t note = { XCB_SELECTION_NOTIFY, 0, 0, req->time, req->requestor,
                                                  req->selection, req->target, XCB_NONE };
            if (req->target == atom(conn, "TARGETS")) {
                xcb_atom_t targets[2] = { atom(conn, "TARGETS"), utf8 };
                xcb_change_property(conn, XCB_PROP_MODE_REPLACE, req->requestor, req->property, XCB_ATOM_ATOM, 32, 2,
                                    targets);
                note.property = req->property;
            } else if (req->target == utf8 && strlen(text) > PIECE) {
                uint32_t size = strlen(text);
                xcb_change_window_attributes(conn, req->requestor, XCB_CW_EVENT_MASK, &mask);
                xcb_change_property(conn, XCB_PROP_MODE_REPLACE, req->requestor, req->property, incr, 32, 1, &size);
                sending = req->requestor;
                send_prop = req->property;
                offset = 0;
                note.property = req->property;
            } else if (req->target == utf8) {
                xcb_change_property(conn, XCB_PROP_MODE_REPLACE, req->requestor, req->property, utf8, 8,
                                    strlen(text), text);
                note.property = req->property;
            }
            xcb_send_event(conn, 0, req->requestor, 0, (const char *)&note);
            xcb_flush(conn);
        }
        if ((ev->response_type & 0x7f) == XCB_SELECTION_NOTIFY) {
            xcb_get_property_reply_t *r = xcb_get_property_reply(conn,
                xcb_get_property(conn, 1, win, prop, XCB_GET_PROPERTY_TYPE_ANY, 0, 0x1000000), NULL);
            if (!r || ((xcb_selection_notify_event_t *)ev)->property == XCB_NONE) return 1;
            if (r->type == incr) {   /* deleting the property asked for the first piece */
                receiving = 1;
                xcb_flush(conn);
                free(r);
                free(ev);
                continue;
            }
            printf("%.*s\n", xcb_get_property_value_length(r), (char *)xcb_get_property_value(r));
            return 0;
        }
        free(ev);
    }
}

int main(int argc, char **argv)
{
    xcb_connection_t *conn;
    xcb_screen_t *screen;

    if (argc < 2) {
        fprintf(stderr, "usage: xprobe pixel X Y | click X Y | key KEYSYM[+KEYSYM] | button X Y N | count X Y W H RGB | move NAME X Y W H | focus NAME | shot FILE [X Y W H]\n");
        return 2;
    }
    conn = xcb_connect(NULL, NULL);
    if (xcb_connection_has_error(conn)) {
        fprintf(stderr, "xprobe: cannot open display\n");
        return 1;
    }
    screen = xcb_setup_roots_iterator(xcb_get_setup(conn)).data;
    if (!strcmp(argv[1], "pixel") && argc == 4) {
        xcb_get_image_reply_t *img = xcb_get_image_reply(conn,
            xcb_get_image(conn, XCB_IMAGE_FORMAT_Z_PIXMAP, screen->root, atoi(argv[2]), atoi(argv[3]), 1, 1, ~0u), NULL);
        unsigned char *p;
        if (!img || xcb_get_image_data_length(img) < 4) {
            fprintf(stderr, "xprobe: get_image failed\n");
            return 1;
        }
        p = xcb_get_image_data(img);   /* 32 bpp little-endian: B G R x */
        printf("%02x%02x%02x\n", p[2], p[1], p[0]);
        free(img);
    } else if (!strcmp(argv[1], "click") && argc == 4) {
        xcb_test_fake_input(conn, XCB_MOTION_NOTIFY, 0, XCB_CURRENT_TIME, screen->root, atoi(argv[2]), atoi(argv[3]), 0);
        xcb_test_fake_input(conn, XCB_BUTTON_PRESS, 1, XCB_CURRENT_TIME, XCB_NONE, 0, 0, 0);
        xcb_test_fake_input(conn, XCB_BUTTON_RELEASE, 1, XCB_CURRENT_TIME, XCB_NONE, 0, 0, 0);
    } else if (!strcmp(argv[1], "key") && argc == 3) {
        int codes[8], n = 0;
        for (char *p = argv[2]; *p && n < 8; p++) {
            if (!(codes[n] = key_code(conn, strtoul(p, &p, 0)))) {
                fprintf(stderr, "xprobe: no key for keysym in %s\n", argv[2]);
                return 1;
            }
            n++;
            if (*p != '+') break;
        }
        for (int i = 0; i < n; i++) xcb_test_fake_input(conn, XCB_KEY_PRESS, codes[i], XCB_CURRENT_TIME, XCB_NONE, 0, 0, 0);
        for (int i = n - 1; i >= 0; i--) xcb_test_fake_input(conn, XCB_KEY_RELEASE, codes[i], XCB_CURRENT_TIME, XCB_NONE, 0, 0, 0);
    } else if (!strcmp(argv[1], "button") && argc == 5) {
        xcb_test_fake_input(conn, XCB_MOTION_NOTIFY, 0, XCB_CURRENT_TIME, screen->root, atoi(argv[2]), atoi(argv[3]), 0);
        xcb_test_fake_input(conn, XCB_BUTTON_PRESS, atoi(argv[4]), XCB_CURRENT_TIME, XCB_NONE, 0, 0, 0);
        xcb_test_fake_input(conn, XCB_BUTTON_RELEASE, atoi(argv[4]), XCB_CURRENT_TIME, XCB_NONE, 0, 0, 0);
    } else if (!strcmp(argv[1], "count") && argc == 7) {
        int w = atoi(argv[4]), h = atoi(argv[5]), n = 0;
        unsigned long want = strtoul(argv[6], NULL, 16);
        xcb_get_image_reply_t *img = xcb_get_image_reply(conn,
            xcb_get_image(conn, XCB_IMAGE_FORMAT_Z_PIXMAP, screen->root, atoi(argv[2]), atoi(argv[3]), w, h, ~0u), NULL);
        unsigned char *p;
        if (!img || xcb_get_image_data_length(img) < w * h * 4) {
            fprintf(stderr, "xprobe: get_image failed\n");
            return 1;
        }
        p = xcb_get_image_data(img);
        for (int i = 0; i < w * h; i++, p += 4)
            if (((unsigned long)p[2] << 16 | p[1] << 8 | p[0]) == want) n++;
        printf("%d\n", n);
        free(img);
    } else if (!strcmp(argv[1], "find") && argc == 6) {
        int x = atoi(argv[2]), w = atoi(argv[4]), found = -1;
        unsigned long want = strtoul(argv[5], NULL, 16);
        xcb_get_image_reply_t *img = xcb_get_image_reply(conn,
            xcb_get_image(conn, XCB_IMAGE_FORMAT_Z_PIXMAP, screen->root, x, atoi(argv[3]), w, 1, ~0u), NULL);
        unsigned char *p;
        if (!img || xcb_get_image_data_length(img) < w * 4) {
            fprintf(stderr, "xprobe: get_image failed\n");
            return 1;
        }
        p = xcb_get_image_data(img);
        for (int i = 0; i < w && found < 0; i++, p += 4)
            if (((unsigned long)p[2] << 16 | p[1] << 8 | p[0]) == want) found = x + i;
        printf("%d\n", found);
        free(img);
    } else if (!strcmp(argv[1], "move") && argc == 7) {
        xcb_window_t win = find_named(conn, screen->root, argv[2]);
        uint32_t values[4] = { atoi(argv[3]), atoi(argv[4]), atoi(argv[5]), atoi(argv[6]) };
        if (!win) {
            fprintf(stderr, "xprobe: no window named %s\n", argv[2]);
            return 1;
        }
        xcb_configure_window(conn, win, XCB_CONFIG_WINDOW_X | XCB_CONFIG_WINDOW_Y | XCB_CONFIG_WINDOW_WIDTH |
                             XCB_CONFIG_WINDOW_HEIGHT, values);
    } else if (!strcmp(argv[1], "shot") && (argc == 3 || argc == 7)) {
        if (shot(conn, screen, argv[2], argc == 7 ? argv + 3 : NULL)) return 1;
    } else if ((!strcmp(argv[1], "unmap") || !strcmp(argv[1], "map")) && argc == 3) {
        xcb_window_t win = find_named(conn, screen->root, argv[2]);
        if (!win) {
            fprintf(stderr, "xprobe: no window named %s\n", argv[2]);
            return 1;
        }
        if (argv[1][0] == 'u') xcb_unmap_window(conn, win);
        else xcb_map_window(conn, win);
    } else if (!strcmp(argv[1], "settext") && argc == 3) {
        return selection(conn, screen, argv[2]);
    } else if (!strcmp(argv[1], "gettext") && argc == 2) {
        return selection(conn, screen, NULL);
    } else if (!strcmp(argv[1], "pointer") && argc == 2) {
        xcb_query_pointer_reply_t *r = xcb_query_pointer_reply(conn, xcb_query_pointer(conn, screen->root), NULL);
        if (!r) return 1;
        printf("%d %d\n", r->root_x, r->root_y);
        free(r);
    } else if (!strcmp(argv[1], "getfocus") && argc == 2) {
        xcb_get_input_focus_reply_t *r = xcb_get_input_focus_reply(conn, xcb_get_input_focus(conn), NULL);
        xcb_window_t win = r ? r->focus : XCB_NONE;
        xcb_get_property_reply_t *name;
        /* the top-level (the root's child) holding the focus window */
        for (int depth = 0; win > XCB_INPUT_FOCUS_POINTER_ROOT && win != screen->root && depth < 16; depth++) {
            xcb_query_tree_reply_t *tree = xcb_query_tree_reply(conn, xcb_query_tree(conn, win), NULL);
            xcb_window_t parent = tree ? tree->parent : screen->root;
            free(tree);
            if (parent == screen->root) break;
            win = parent;
        }
        name = win > XCB_INPUT_FOCUS_POINTER_ROOT ? xcb_get_property_reply(conn,
            xcb_get_property(conn, 0, win, XCB_ATOM_WM_NAME, XCB_GET_PROPERTY_TYPE_ANY, 0, 256), NULL) : NULL;
        if (name && xcb_get_property_value_length(name) > 0)
            printf("%.*s\n", xcb_get_property_value_length(name), (char *)xcb_get_property_value(name));
        else printf("none\n");
        free(name);
        free(r);
    } else if (!strcmp(argv[1], "cursor") && argc == 2) {
        xcb_xfixes_get_cursor_image_reply_t *img;
        int n = 0;
        free(xcb_xfixes_query_version_reply(conn, xcb_xfixes_query_version(conn, 4, 0), NULL));
        if (!(img = xcb_xfixes_get_cursor_image_reply(conn, xcb_xfixes_get_cursor_image(conn), NULL))) {
            fprintf(stderr, "xprobe: no XFixes cursor image\n");
            return 1;
        }
        for (int i = 0; i < img->width * img->height; i++)
            if (xcb_xfixes_get_cursor_image_cursor_image(img)[i] >> 24) n++;
        printf("%d\n", n);
        free(img);
    } else if (!strcmp(argv[1], "remap") && argc == 5) {
        /* both groups of the core mapping: with the second left empty the
         * server keeps the key as it was */
        xcb_get_keyboard_mapping_reply_t *map = xcb_get_keyboard_mapping_reply(conn,
            xcb_get_keyboard_mapping(conn, atoi(argv[2]), 1), NULL);
        int per = map ? map->keysyms_per_keycode : 0;
        xcb_keysym_t syms[16] = { strtoul(argv[3], NULL, 0), strtoul(argv[4], NULL, 0) };
        xcb_generic_error_t *err;
        free(map);
        if (per < 4 || per > 16) per = 4;   /* as many as the server has per key code */
        syms[2] = syms[0];
        syms[3] = syms[1];
        if ((err = xcb_request_check(conn, xcb_change_keyboard_mapping_checked(conn, 1, atoi(argv[2]), per, syms)))) {
            fprintf(stderr, "xprobe: the key mapping was refused (error %d)\n", err->error_code);
            return 1;
        }
        printf("remapped\n");
        fflush(stdout);
        sleep(30);
    } else if (!strcmp(argv[1], "focus") && argc == 3) {
        xcb_window_t win = find_named(conn, screen->root, argv[2]);
        if (!win) {
            fprintf(stderr, "xprobe: no window named %s\n", argv[2]);
            return 1;
        }
        xcb_set_input_focus(conn, XCB_INPUT_FOCUS_POINTER_ROOT, win, XCB_CURRENT_TIME);
    } else {
        fprintf(stderr, "xprobe: bad arguments\n");
        return 2;
    }
    free(xcb_get_input_focus_reply(conn, xcb_get_input_focus(conn), NULL));   /* all requests done */
    xcb_disconnect(conn);
    return 0;
}
