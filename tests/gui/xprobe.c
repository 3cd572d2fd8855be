/* The GUI tests' view of the X server (tests/gui/run.sh):
 *   xprobe pixel X Y     prints the root window's pixel at X,Y as RRGGBB
 *   xprobe click X Y     moves the pointer there and clicks button 1 (XTest)
 *   xprobe key KEYSYM    presses and releases the key of a keysym (XTest)
 * Uses $DISPLAY; exits 1 when the display cannot be opened. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <xcb/xcb.h>
#include <xcb/xtest.h>

int main(int argc, char **argv)
{
    xcb_connection_t *conn;
    xcb_screen_t *screen;

    if (argc < 3) {
        fprintf(stderr, "usage: xprobe pixel X Y | click X Y | key KEYSYM\n");
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
        const xcb_setup_t *setup = xcb_get_setup(conn);
        int count = setup->max_keycode - setup->min_keycode + 1, code = 0;
        unsigned long want = strtoul(argv[2], NULL, 0);
        xcb_get_keyboard_mapping_reply_t *map = xcb_get_keyboard_mapping_reply(conn,
            xcb_get_keyboard_mapping(conn, setup->min_keycode, count), NULL);
        xcb_keysym_t *syms = map ? xcb_get_keyboard_mapping_keysyms(map) : NULL;
        for (int i = 0; syms && i < count && !code; i++)
            if (syms[i * map->keysyms_per_keycode] == want) code = setup->min_keycode + i;
        free(map);
        if (!code) {
            fprintf(stderr, "xprobe: no key for keysym %s\n", argv[2]);
            return 1;
        }
        xcb_test_fake_input(conn, XCB_KEY_PRESS, code, XCB_CURRENT_TIME, XCB_NONE, 0, 0, 0);
        xcb_test_fake_input(conn, XCB_KEY_RELEASE, code, XCB_CURRENT_TIME, XCB_NONE, 0, 0, 0);
    } else {
        fprintf(stderr, "xprobe: bad arguments\n");
        return 2;
    }
    free(xcb_get_input_focus_reply(conn, xcb_get_input_focus(conn), NULL));   /* all requests done */
    xcb_disconnect(conn);
    return 0;
}
