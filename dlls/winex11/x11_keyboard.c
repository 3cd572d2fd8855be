/*
 * Keys of the X display as Windows sees them: the keysym of a key (from
 * the layout in use, through xkbcommon over the xcb connection) gives
 * the virtual key; the scan code is the evdev key code's (set 1, which
 * evdev follows), with KF_EXTENDED for the keys Windows calls extended;
 * the character of a key (ToUnicode, TranslateMessage) comes from the
 * same layout. Servers without XKB fall back to the core keyboard mapping
 * and user32's US table for characters.
 *
 * Dead keys go through xkbcommon's compose tables (the locale's when it
 * is a UTF-8 one, else en_US.UTF-8's, from libx11-data): a dead key's
 * ToUnicode is -1 with its spacing character (TranslateMessage posts
 * WM_DEADCHAR), the next key gives the composed character, and a key
 * that does not combine gives both characters, as Windows' layouts do.
 * The sequence in progress is the calling thread's, as Windows keeps it
 * per thread.
 *
 * The event thread alone calls x11_keyboard_event; x11_to_unicode runs on
 * any thread and only reads the keymap (xkbcommon keymaps are immutable,
 * each call makes its own xkb_state).
 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <xcb/xkb.h>
#include <xkbcommon/xkbcommon-compose.h>
#include <xkbcommon/xkbcommon-x11.h>
#include "x11_private.h"

static struct xkb_keymap *keymap;
static struct xkb_state *state;   /* the event thread's */
static xkb_mod_index_t mod_shift, mod_ctrl, mod_alt, mod_caps, mod_num;
static uint32_t current_layout;   /* the layout of the last key event, for ToUnicode */
static uint8_t scan_to_code[512];  /* scan | KF_EXTENDED -> X key code */
static BYTE vk_down[256];        /* the event thread's view of the keys held */
static BOOL code_down[256];
/* the core mapping, without XKB */
static xcb_keysym_t *core_syms;
static int core_per_code, core_min, core_count;
/* dead keys: the compose table (immutable once made), and each thread's
 * sequence in progress with the dead key that began it */
static struct xkb_compose_table *compose_table;
static pthread_key_t compose_key;
struct compose { struct xkb_compose_state *state; xkb_keysym_t dead; };

static UINT keysym_to_vk(xcb_keysym_t sym)
{
    if (sym >= 'a' && sym <= 'z') return sym - 'a' + 'A';
    if ((sym >= 'A' && sym <= 'Z') || (sym >= '0' && sym <= '9') || sym == ' ') return sym;
    if (sym >= 0xffbe && sym <= 0xffd5) return VK_F1 + (sym - 0xffbe);   /* F1..F24 */
    if (sym >= 0xffb0 && sym <= 0xffb9) return VK_NUMPAD0 + (sym - 0xffb0);
    switch (sym) {
    case 0xff08: return VK_BACK;
    case 0xff09: case 0xfe20: return VK_TAB;   /* Tab, ISO_Left_Tab (Shift+Tab) */
    case 0xff0d: case 0xff8d: return VK_RETURN;
    case 0xff13: return VK_PAUSE;
    case 0xff14: return VK_SCROLL;
    case 0xff1b: return VK_ESCAPE;
    case 0xff50: case 0xff95: return VK_HOME;
    case 0xff51: case 0xff96: return VK_LEFT;
    case 0xff52: case 0xff97: return VK_UP;
    case 0xff53: case 0xff98: return VK_RIGHT;
    case 0xff54: case 0xff99: return VK_DOWN;
    case 0xff55: case 0xff9a: return VK_PRIOR;
    case 0xff56: case 0xff9b: return VK_NEXT;
    case 0xff57: case 0xff9c: return VK_END;
    case 0xff9d: return 0x0c;   /* VK_CLEAR: keypad 5 without Num Lock */
    case 0xff61: return VK_SNAPSHOT;
    case 0xff63: case 0xff9e: return VK_INSERT;
    case 0xffff: case 0xff9f: return VK_DELETE;
    case 0xff67: return VK_APPS;
    case 0xff7f: return VK_NUMLOCK;
    case 0xffaa: return VK_MULTIPLY;
    case 0xffab: return VK_ADD;
    case 0xffad: return VK_SUBTRACT;
    case 0xffae: case 0xffac: return VK_DECIMAL;
    case 0xffaf: return VK_DIVIDE;
    case 0xffe1: case 0xffe2: return VK_SHIFT;
    case 0xffe3: case 0xffe4: return VK_CONTROL;
    case 0xffe9: case 0xffea: case 0xfe03: return VK_MENU;   /* Alt, AltGr */
    case 0xffe5: return VK_CAPITAL;
    case 0xffeb: return VK_LWIN;
    case 0xffec: return VK_RWIN;
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
    case '<': return VK_OEM_102;
    }
    return 0;
}

/* A key whose keysyms name no virtual key (a dead key, a letter of
 * another script) is named by the US key at its place, as Windows'
 * layouts name their OEM keys by position. */
static UINT position_vk(xcb_keycode_t code)
{
    static const struct { UINT first; const char *keys; } rows[] = {
        { 0x02, "1234567890-=" }, { 0x10, "qwertyuiop[]" }, { 0x1e, "asdfghjkl;'`" },
        { 0x2b, "\\zxcvbnm,./" }, { 0x56, "<" },
    };
    UINT scan = code - 8u;

    for (unsigned i = 0; i < sizeof(rows) / sizeof(rows[0]); i++)
        if (scan >= rows[i].first && scan < rows[i].first + strlen(rows[i].keys))
            return keysym_to_vk((unsigned char)rows[i].keys[scan - rows[i].first]);
    return 0;
}

/* Windows' scan code of a key with extended flag: the extended keys have
 * fixed codes; the others are the evdev code, which is set 1's. */
static UINT key_scan(xcb_keysym_t sym, xcb_keycode_t code)
{
    switch (sym) {
    case 0xff50: return 0x47 | KF_EXTENDED;   /* Home */
    case 0xff51: return 0x4b | KF_EXTENDED;   /* Left */
    case 0xff52: return 0x48 | KF_EXTENDED;   /* Up */
    case 0xff53: return 0x4d | KF_EXTENDED;   /* Right */
    case 0xff54: return 0x50 | KF_EXTENDED;   /* Down */
    case 0xff55: return 0x49 | KF_EXTENDED;   /* Prior */
    case 0xff56: return 0x51 | KF_EXTENDED;   /* Next */
    case 0xff57: return 0x4f | KF_EXTENDED;   /* End */
    case 0xff63: return 0x52 | KF_EXTENDED;   /* Insert */
    case 0xffff: return 0x53 | KF_EXTENDED;   /* Delete */
    case 0xffe4: return 0x1d | KF_EXTENDED;   /* Control_R */
    case 0xffea: case 0xfe03: return 0x38 | KF_EXTENDED;   /* Alt_R, AltGr */
    case 0xff8d: return 0x1c | KF_EXTENDED;   /* KP_Enter */
    case 0xffaf: return 0x35 | KF_EXTENDED;   /* KP_Divide */
    case 0xff7f: return 0x45 | KF_EXTENDED;   /* Num_Lock */
    case 0xff61: return 0x37 | KF_EXTENDED;   /* Print */
    case 0xffeb: return 0x5b | KF_EXTENDED;   /* Super_L */
    case 0xffec: return 0x5c | KF_EXTENDED;   /* Super_R */
    case 0xff67: return 0x5d | KF_EXTENDED;   /* Menu */
    case 0xffe2: return 0x36;                  /* Shift_R */
    }
    return code >= 9 && code - 8 < 0x59 ? code - 8u : 0;
}

/* The keysym the virtual key is named after: the key's first level in
 * the current layout, else in any layout (a Latin one next to Cyrillic);
 * keypad keys follow Num Lock as on Windows. */
static xcb_keysym_t key_base_sym(xcb_keycode_t code, const xcb_key_press_event_t *ev)
{
    if (keymap) {
        const xkb_keysym_t *syms;
        xkb_keysym_t sym = xkb_state_key_get_one_sym(state, code);
        xkb_layout_index_t layouts = xkb_keymap_num_layouts_for_key(keymap, code);
        xkb_layout_index_t layout = xkb_state_key_get_layout(state, code);

        if (sym >= 0xff80 && sym <= 0xffbd) return sym;   /* keypad */
        if (layout != XKB_LAYOUT_INVALID && xkb_keymap_key_get_syms_by_level(keymap, code, layout, 0, &syms) > 0 &&
            keysym_to_vk(syms[0]))
            return syms[0];
        for (layout = 0; layout < layouts; layout++)
            if (xkb_keymap_key_get_syms_by_level(keymap, code, layout, 0, &syms) > 0 && keysym_to_vk(syms[0]))
                return syms[0];
        return 0;
    }
    (void)ev;
    if (core_syms && code >= core_min && code - core_min < core_count) return core_syms[(code - core_min) * core_per_code];
    return 0;
}

void x11_keyboard_event(HWND hwnd, const xcb_key_press_event_t *ev, BOOL press)
{
    xcb_keycode_t code = ev->detail;
    xcb_keysym_t sym;
    UINT vk, flags, msg;
    BOOL alt, ctrl, repeat = press && code_down[code];

    if (keymap) {
        /* the modifiers and group from the event itself: the real
         * modifiers are xkbcommon's first eight */
        uint16_t locked = ev->state & (XCB_MOD_MASK_LOCK | XCB_MOD_MASK_2);
        xkb_state_update_mask(state, ev->state & 0xff & ~locked, 0, locked, 0, 0, (ev->state >> 13) & 3);
        __atomic_store_n(&current_layout, xkb_state_serialize_layout(state, XKB_STATE_LAYOUT_EFFECTIVE),
                         __ATOMIC_RELAXED);
    }
    code_down[code] = press;
    sym = key_base_sym(code, ev);
    if (!(vk = keysym_to_vk(sym)) && !(vk = position_vk(code))) return;
    flags = key_scan(sym, code);
    vk_down[vk] = press;
    alt = vk_down[VK_MENU];
    ctrl = vk_down[VK_CONTROL];
    /* Alt without Ctrl (Ctrl+Alt is AltGr), F10, and Alt itself are system keys */
    if ((alt && !ctrl) || vk == VK_F1 + 9 || (vk == VK_MENU && !ctrl)) {
        msg = press ? WM_SYSKEYDOWN : WM_SYSKEYUP;
        if (alt) flags |= KF_ALTDOWN;
    } else msg = press ? WM_KEYDOWN : WM_KEYUP;
    if (repeat || !press) flags |= KF_REPEAT;   /* the key was down before */
    if (!press) flags |= KF_UP;
    cb->key(hwnd, msg, vk, flags);
}

/* C as UTF-16 at BUFFER (SIZE WCHARs): the count written, 0 when it does not fit */
static INT put_char(uint32_t c, WCHAR *buffer, INT size)
{
    if (c < 0x10000) {
        if (size < 1) return 0;
        buffer[0] = c;
        return 1;
    }
    if (size < 2) return 0;
    buffer[0] = 0xd800 + ((c - 0x10000) >> 10);
    buffer[1] = 0xdc00 + ((c - 0x10000) & 0x3ff);
    return 2;
}

/* The spacing character Windows' layouts give a dead key in WM_DEADCHAR */
static uint32_t dead_char(xkb_keysym_t sym)
{
    static const uint16_t chars[] = {
        '`', 0xb4, '^', '~', 0xaf, 0x2d8, 0x2d9, 0xa8, 0x2da, 0x2dd, 0x2c7, 0xb8, 0x2db,   /* dead_grave..dead_ogonek */
    };
    if (sym >= XKB_KEY_dead_grave && sym <= XKB_KEY_dead_ogonek) return chars[sym - XKB_KEY_dead_grave];
    uint32_t c = xkb_keysym_to_utf32(sym);
    return c ? c : '?';
}

static void compose_free(void *p)
{
    struct compose *cs = p;
    xkb_compose_state_unref(cs->state);
    free(cs);
}

/* The key SYM (character C) through the thread's compose sequence:
 * -2 for a dead key (its spacing character in BUFFER), the characters
 * of a finished sequence, or -3 when the key is not part of one. */
static INT compose_key_sym(xkb_keysym_t sym, uint32_t c, WCHAR *buffer, INT size)
{
    struct compose *cs;
    char utf8[64];
    INT n = 0;

    if (!compose_table || sym == XKB_KEY_NoSymbol) return -3;
    if (!(cs = pthread_getspecific(compose_key))) {
        if (!(cs = calloc(1, sizeof(*cs)))) return -3;
        if (!(cs->state = xkb_compose_state_new(compose_table, XKB_COMPOSE_STATE_NO_FLAGS))) {
            free(cs);
            return -3;
        }
        pthread_setspecific(compose_key, cs);
    }
    if (xkb_compose_state_feed(cs->state, sym) != XKB_COMPOSE_FEED_ACCEPTED) return -3;   /* a modifier */
    switch (xkb_compose_state_get_status(cs->state)) {
    case XKB_COMPOSE_COMPOSING:
        if (!cs->dead && sym >= XKB_KEY_dead_grave && sym <= XKB_KEY_dead_greek) cs->dead = sym;
        if (!cs->dead) return 0;   /* a Compose key: Windows has none, no character */
        put_char(dead_char(cs->dead), buffer, size);
        return -2;
    case XKB_COMPOSE_COMPOSED: {
        WCHAR *wide;
        xkb_compose_state_get_utf8(cs->state, utf8, sizeof(utf8));
        xkb_compose_state_reset(cs->state);
        cs->dead = 0;
        if ((wide = utf16_from_utf8(utf8, strlen(utf8)))) {
            for (n = 0; wide[n] && n < size; n++) buffer[n] = wide[n];
            free(wide);
        }
        if (n < size) buffer[n] = 0;
        return n;
    }
    case XKB_COMPOSE_CANCELLED:
        /* the dead key's character, then this key's */
        xkb_compose_state_reset(cs->state);
        if (!cs->dead) return -3;
        n = put_char(dead_char(cs->dead), buffer, size);
        cs->dead = 0;
        if (c >= 0x20 && c != 0x7f) n += put_char(c, buffer + n, size - n);
        if (n < size) buffer[n] = 0;
        return n;
    default:
        return -3;
    }
}

/* The character of VK/SCAN under the layout the keys come from. Only
 * printable characters: control characters (Ctrl+letter, Enter, Tab,
 * Backspace, Escape) are layout-free and user32 makes them as Windows. */
INT x11_to_unicode(UINT vk, UINT scan, const BYTE *win_state, WCHAR *buffer, INT size)
{
    struct xkb_state *tmp;
    xkb_mod_mask_t depressed = 0, locked = 0;
    xkb_keysym_t sym;
    uint32_t c;
    UINT code;
    INT n;

    if (!keymap || size < 1) return -1;
    if ((win_state[VK_CONTROL] & 0x80) && !(win_state[VK_MENU] & 0x80)) return -1;
    if (!(code = scan_to_code[scan & 0x1ff])) return -1;
    if (!(tmp = xkb_state_new(keymap))) return -1;
    if (win_state[VK_SHIFT] & 0x80) depressed |= 1u << mod_shift;
    if ((win_state[VK_CONTROL] & 0x80) && mod_ctrl != XKB_MOD_INVALID) depressed |= 1u << mod_ctrl;
    if ((win_state[VK_MENU] & 0x80) && mod_alt != XKB_MOD_INVALID) depressed |= 1u << mod_alt;
    if ((win_state[VK_CAPITAL] & 1) && mod_caps != XKB_MOD_INVALID) locked |= 1u << mod_caps;
    if (mod_num != XKB_MOD_INVALID && ((win_state[VK_NUMLOCK] & 1) || (vk >= VK_NUMPAD0 && vk <= VK_DECIMAL)))
        locked |= 1u << mod_num;
    xkb_state_update_mask(tmp, depressed, 0, locked, 0, 0, __atomic_load_n(&current_layout, __ATOMIC_RELAXED));
    c = xkb_state_key_get_utf32(tmp, code);
    sym = xkb_state_key_get_one_sym(tmp, code);
    xkb_state_unref(tmp);
    if ((n = compose_key_sym(sym, c, buffer, size)) != -3) return n;
    if (c < 0x20 || c == 0x7f) return c ? -1 : 0;
    n = put_char(c, buffer, size);
    if (n < size) buffer[n] = 0;
    return n;
}

static void load_core_keymap(void)
{
    const xcb_setup_t *setup = xcb_get_setup(conn);
    xcb_get_keyboard_mapping_reply_t *reply;
    int count = setup->max_keycode - setup->min_keycode + 1;

    reply = xcb_get_keyboard_mapping_reply(conn, xcb_get_keyboard_mapping(conn, setup->min_keycode, count), NULL);
    if (!reply) return;
    core_per_code = reply->keysyms_per_keycode;
    if (core_per_code && (core_syms = malloc((size_t)count * core_per_code * sizeof(*core_syms)))) {
        memcpy(core_syms, xcb_get_keyboard_mapping_keysyms(reply), (size_t)count * core_per_code * sizeof(*core_syms));
        core_min = setup->min_keycode;
        core_count = count;
    }
    free(reply);
}

/* The locale's compose table when it is a UTF-8 locale (Windows
 * characters are Unicode), else en_US.UTF-8's. */
static void compose_init(struct xkb_context *ctx)
{
    const char *locale = getenv("LC_ALL");

    if (!locale || !*locale) locale = getenv("LC_CTYPE");
    if (!locale || !*locale) locale = getenv("LANG");
    if (locale && (strstr(locale, "UTF-8") || strstr(locale, "utf8")))
        compose_table = xkb_compose_table_new_from_locale(ctx, locale, XKB_COMPOSE_COMPILE_NO_FLAGS);
    if (!compose_table)
        compose_table = xkb_compose_table_new_from_locale(ctx, "en_US.UTF-8", XKB_COMPOSE_COMPILE_NO_FLAGS);
    if (compose_table && pthread_key_create(&compose_key, compose_free)) {
        xkb_compose_table_unref(compose_table);
        compose_table = NULL;
    }
}

void x11_keyboard_init(void)
{
    struct xkb_context *ctx;
    int32_t device;

    if (!xkb_x11_setup_xkb_extension(conn, XKB_X11_MIN_MAJOR_XKB_VERSION, XKB_X11_MIN_MINOR_XKB_VERSION,
                                     XKB_X11_SETUP_XKB_EXTENSION_NO_FLAGS, NULL, NULL, NULL, NULL) ||
        (device = xkb_x11_get_core_keyboard_device_id(conn)) < 0 || !(ctx = xkb_context_new(XKB_CONTEXT_NO_FLAGS))) {
        load_core_keymap();
        return;
    }
    keymap = xkb_x11_keymap_new_from_device(ctx, conn, device, XKB_KEYMAP_COMPILE_NO_FLAGS);
    compose_init(ctx);
    xkb_context_unref(ctx);
    if (!keymap || !(state = xkb_x11_state_new_from_device(keymap, conn, device))) {
        if (keymap) xkb_keymap_unref(keymap);
        keymap = NULL;
        load_core_keymap();
        return;
    }
    mod_shift = xkb_keymap_mod_get_index(keymap, XKB_MOD_NAME_SHIFT);
    mod_ctrl = xkb_keymap_mod_get_index(keymap, XKB_MOD_NAME_CTRL);
    mod_alt = xkb_keymap_mod_get_index(keymap, XKB_MOD_NAME_ALT);
    mod_caps = xkb_keymap_mod_get_index(keymap, XKB_MOD_NAME_CAPS);
    mod_num = xkb_keymap_mod_get_index(keymap, XKB_MOD_NAME_NUM);
    if (mod_shift == XKB_MOD_INVALID) mod_shift = 0;
    /* which X key a scan code is, for ToUnicode */
    for (xkb_keycode_t code = xkb_keymap_min_keycode(keymap); code <= xkb_keymap_max_keycode(keymap) && code < 256; code++) {
        const xkb_keysym_t *syms;
        UINT scan;
        if (xkb_keymap_key_get_syms_by_level(keymap, code, 0, 0, &syms) <= 0) continue;
        scan = key_scan(syms[0], code);
        if (scan && !scan_to_code[scan & 0x1ff]) scan_to_code[scan & 0x1ff] = code;
    }
    /* held keys repeat as presses only, not release+press pairs, so a
     * repeat is a press of a key already down (KF_REPEAT) */
    free(xcb_xkb_per_client_flags_reply(conn, xcb_xkb_per_client_flags(conn, XCB_XKB_ID_USE_CORE_KBD,
        XCB_XKB_PER_CLIENT_FLAG_DETECTABLE_AUTO_REPEAT, XCB_XKB_PER_CLIENT_FLAG_DETECTABLE_AUTO_REPEAT, 0, 0, 0), NULL));
}
