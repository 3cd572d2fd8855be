/*
 * Keyboard translation without a display: TranslateMessage (WM_KEYDOWN ->
 * WM_CHAR through the US layout), ToUnicode, MapVirtualKey, VkKeyScan and
 * the key state a thread has seen (GetKeyState).
 *
 * The layout is US English, or the X display's (xkbcommon, through the
 * driver's to_unicode) once a window made the display driver load.
 * Key state is per thread and follows the key messages TranslateMessage
 * sees, which is what GetKeyState reports on Windows (the state as of the
 * last message read), close enough without real input.
 */
#include "user_private.h"

static __thread BYTE key_state[256];

/* US layout: the character of VK with and without Shift; 0 = none */
static WCHAR vk_to_char(UINT vk, BOOL shift, BOOL caps, BOOL ctrl)
{
    static const char digits[] = "0123456789", shifted_digits[] = ")!@#$%^&*(";
    static const struct { BYTE vk; char plain, shifted; } oem[] = {
        { 0xBA, ';', ':' }, { 0xBB, '=', '+' }, { 0xBC, ',', '<' }, { 0xBD, '-', '_' },
        { 0xBE, '.', '>' }, { 0xBF, '/', '?' }, { 0xC0, '`', '~' }, { 0xDB, '[', '{' },
        { 0xDC, '\\', '|' }, { 0xDD, ']', '}' }, { 0xDE, '\'', '"' },
    };

    if (vk >= 'A' && vk <= 'Z') {
        if (ctrl) return vk - 'A' + 1;
        return (shift != caps) ? vk : vk - 'A' + 'a';
    }
    if (ctrl) {
        switch (vk) {
        case 0xDB: return 0x1b;
        case 0xDC: return 0x1c;
        case 0xDD: return 0x1d;
        case VK_BACK: return 0x7f;
        case VK_RETURN: return '\n';
        }
        return 0;
    }
    if (vk >= '0' && vk <= '9') return shift ? shifted_digits[vk - '0'] : digits[vk - '0'];
    if (vk >= 0x60 && vk <= 0x69) return '0' + vk - 0x60;   /* numpad */
    switch (vk) {
    case 0x6A: return '*';
    case 0x6B: return '+';
    case 0x6D: return '-';
    case 0x6E: return '.';
    case 0x6F: return '/';
    case VK_SPACE: return ' ';
    case VK_RETURN: return '\r';
    case VK_BACK: return '\b';
    case VK_TAB: return '\t';
    case VK_ESCAPE: return 0x1b;
    }
    for (unsigned i = 0; i < sizeof(oem) / sizeof(oem[0]); i++)
        if (oem[i].vk == vk) return shift ? oem[i].shifted : oem[i].plain;
    return 0;
}

WINUSERAPI INT WINAPI ToUnicodeEx(UINT vk, UINT scan, const BYTE *state, LPWSTR buffer, INT size, UINT flags, HANDLE hkl)
{
    const struct user_driver *driver;
    WCHAR c;
    INT n;

    (void)scan; (void)flags; (void)hkl;
    if (!state || size < 1 || (scan & 0x8000)) return 0;   /* key up */
    if (state[VK_MENU] & 0x80 && !(state[VK_CONTROL] & 0x80)) return 0;
    /* the display's layout when a display is in use */
    if ((driver = user_driver_if_loaded()) && driver->to_unicode &&
        ((n = driver->to_unicode(vk, scan, state, buffer, size)) >= 0 || n == -2))
        return n == -2 ? -1 : n;   /* -1: a dead key, its character in buffer[0] */
    c = vk_to_char(vk, (state[VK_SHIFT] & 0x80) != 0, (state[VK_CAPITAL] & 1) != 0,
                   (state[VK_CONTROL] & 0x80) && !(state[VK_MENU] & 0x80));
    if (!c) return 0;
    buffer[0] = c;
    if (size > 1) buffer[1] = 0;
    return 1;
}

WINUSERAPI INT WINAPI ToUnicode(UINT vk, UINT scan, const BYTE *state, LPWSTR buffer, INT size, UINT flags)
{
    return ToUnicodeEx(vk, scan, state, buffer, size, flags, NULL);
}

WINUSERAPI INT WINAPI ToAscii(UINT vk, UINT scan, const BYTE *state, WORD *out, UINT flags)
{
    WCHAR c;
    INT n = ToUnicodeEx(vk, scan, state, &c, 1, flags, NULL);
    if (n) *out = (BYTE)c;
    return n;
}

WINUSERAPI SHORT WINAPI VkKeyScanW(WCHAR c)
{
    for (UINT vk = 0; vk < 256; vk++) {
        if (vk_to_char(vk, FALSE, FALSE, FALSE) == c) return vk;
        if (vk_to_char(vk, TRUE, FALSE, FALSE) == c) return vk | 0x100;
    }
    if (c >= 1 && c <= 26) return ('A' + c - 1) | 0x200;
    return -1;
}

WINUSERAPI SHORT WINAPI VkKeyScanA(CHAR c) { return VkKeyScanW((BYTE)c); }

/* US scan codes of set 1 for the virtual keys, by VK (0 = none) */
static const BYTE vk_scan[256] = {
    [VK_BACK] = 0x0e, [VK_TAB] = 0x0f, [VK_RETURN] = 0x1c, [VK_SHIFT] = 0x2a, [VK_CONTROL] = 0x1d,
    [VK_MENU] = 0x38, [VK_CAPITAL] = 0x3a, [VK_ESCAPE] = 0x01, [VK_SPACE] = 0x39,
    ['1'] = 0x02, ['2'] = 0x03, ['3'] = 0x04, ['4'] = 0x05, ['5'] = 0x06, ['6'] = 0x07, ['7'] = 0x08,
    ['8'] = 0x09, ['9'] = 0x0a, ['0'] = 0x0b,
    ['Q'] = 0x10, ['W'] = 0x11, ['E'] = 0x12, ['R'] = 0x13, ['T'] = 0x14, ['Y'] = 0x15, ['U'] = 0x16,
    ['I'] = 0x17, ['O'] = 0x18, ['P'] = 0x19, ['A'] = 0x1e, ['S'] = 0x1f, ['D'] = 0x20, ['F'] = 0x21,
    ['G'] = 0x22, ['H'] = 0x23, ['J'] = 0x24, ['K'] = 0x25, ['L'] = 0x26, ['Z'] = 0x2c, ['X'] = 0x2d,
    ['C'] = 0x2e, ['V'] = 0x2f, ['B'] = 0x30, ['N'] = 0x31, ['M'] = 0x32,
    [0xBA] = 0x27, [0xBB] = 0x0d, [0xBC] = 0x33, [0xBD] = 0x0c, [0xBE] = 0x34, [0xBF] = 0x35,
    [0xC0] = 0x29, [0xDB] = 0x1a, [0xDC] = 0x2b, [0xDD] = 0x1b, [0xDE] = 0x28,
    [0x70] = 0x3b, [0x71] = 0x3c, [0x72] = 0x3d, [0x73] = 0x3e, [0x74] = 0x3f, [0x75] = 0x40,
    [0x76] = 0x41, [0x77] = 0x42, [0x78] = 0x43, [0x79] = 0x44, [0x7A] = 0x57, [0x7B] = 0x58,
};

WINUSERAPI UINT WINAPI MapVirtualKeyExW(UINT code, UINT type, HANDLE hkl)
{
    (void)hkl;
    switch (type) {
    case 0:   /* MAPVK_VK_TO_VSC */
        return code < 256 ? vk_scan[code] : 0;
    case 1:   /* MAPVK_VSC_TO_VK */
    case 3:   /* MAPVK_VSC_TO_VK_EX */
        for (UINT vk = 1; vk < 256; vk++)
            if (vk_scan[vk] == code && code) return vk;
        return 0;
    case 2: { /* MAPVK_VK_TO_CHAR */
        WCHAR c = code < 256 ? vk_to_char(code, FALSE, FALSE, FALSE) : 0;
        return (c >= 'a' && c <= 'z') ? c - 'a' + 'A' : c;
    }
    }
    return 0;
}

WINUSERAPI UINT WINAPI MapVirtualKeyW(UINT code, UINT type) { return MapVirtualKeyExW(code, type, NULL); }
WINUSERAPI UINT WINAPI MapVirtualKeyA(UINT code, UINT type) { return MapVirtualKeyExW(code, type, NULL); }
WINUSERAPI UINT WINAPI MapVirtualKeyExA(UINT code, UINT type, HANDLE hkl) { return MapVirtualKeyExW(code, type, hkl); }

/* The left or right variant of a Shift, Ctrl or Alt key message (its
 * scan code or extended bit tells), else VK itself. */
static UINT sided_vk(UINT vk, UINT flags)
{
    switch (vk) {
    case VK_SHIFT: return (flags & 0xff) == 0x36 ? VK_RSHIFT : VK_LSHIFT;
    case VK_CONTROL: return flags & KF_EXTENDED ? VK_RCONTROL : VK_LCONTROL;
    case VK_MENU: return flags & KF_EXTENDED ? VK_RMENU : VK_LMENU;
    }
    return vk;
}

static void set_key(BYTE *state, UINT vk, BOOL down)
{
    if (down) {
        if (!(state[vk] & 0x80)) state[vk] ^= 0x01;   /* toggle on each press */
        state[vk] |= 0x80;
    } else state[vk] &= ~0x80;
}

static void update_key_state(UINT msg, WPARAM vk, LPARAM lp)
{
    BOOL down = msg == WM_KEYDOWN || msg == WM_SYSKEYDOWN;
    UINT side;

    vk &= 0xff;
    set_key(key_state, vk, down);
    if ((side = sided_vk(vk, HIWORD(lp))) != vk) set_key(key_state, side, down);
    if (vk == VK_LSHIFT || vk == VK_RSHIFT)
        key_state[VK_SHIFT] = (key_state[VK_LSHIFT] | key_state[VK_RSHIFT]) & 0x80;
}

void input_key_retrieved(const MSG *msg)
{
    if (msg->message == WM_KEYDOWN || msg->message == WM_SYSKEYDOWN || msg->message == WM_KEYUP ||
        msg->message == WM_SYSKEYUP)
        update_key_state(msg->message, msg->wParam, msg->lParam);
}

/* The keys held on the display, for the process (the display driver's
 * thread reports them); Windows' asynchronous state is the device's. */
static BYTE async_state[256];

void input_driver_key(UINT vk, UINT flags)
{
    BOOL down = !(flags & KF_UP);
    UINT side = sided_vk(vk & 0xff, flags);

    __atomic_store_n(&async_state[vk & 0xff], down ? 0x80 : 0, __ATOMIC_RELAXED);
    if (side != (vk & 0xff)) __atomic_store_n(&async_state[side], down ? 0x80 : 0, __ATOMIC_RELAXED);
}

WINUSERAPI SHORT WINAPI GetKeyState(INT vk)
{
    BYTE s = key_state[vk & 0xff];
    return (s & 0x80 ? 0x8000 : 0) | (s & 1);
}

WINUSERAPI SHORT WINAPI GetAsyncKeyState(INT vk)
{
    /* without a display the thread's state is the only one there is */
    if (__atomic_load_n(&async_state[vk & 0xff], __ATOMIC_RELAXED) & 0x80) return (SHORT)0x8000;
    return key_state[vk & 0xff] & 0x80 ? (SHORT)0x8000 : 0;
}

WINUSERAPI BOOL WINAPI GetKeyboardState(BYTE *state)
{
    if (!state) return FALSE;
    for (int i = 0; i < 256; i++) state[i] = key_state[i];
    return TRUE;
}

WINUSERAPI BOOL WINAPI SetKeyboardState(const BYTE *state)
{
    if (!state) return FALSE;
    for (int i = 0; i < 256; i++) key_state[i] = state[i];
    return TRUE;
}

WINUSERAPI HANDLE WINAPI GetKeyboardLayout(DWORD tid)
{
    (void)tid;
    return (HANDLE)(ULONG_PTR)0x04090409;   /* en-US */
}

/* WM_KEYDOWN/WM_SYSKEYDOWN post WM_CHAR/WM_SYSCHAR for keys that make a
 * character; TRUE for every key message, as Windows returns. */
static BOOL translate(const MSG *msg)
{
    WCHAR chars[4], c;
    UINT out;
    INT n;

    switch (msg->message) {
    case WM_KEYDOWN: case WM_SYSKEYDOWN: case WM_KEYUP: case WM_SYSKEYUP:
        break;
    default:
        return FALSE;
    }
    update_key_state(msg->message, msg->wParam, msg->lParam);   /* for messages not read from the queue */
    if (msg->message == WM_KEYUP || msg->message == WM_SYSKEYUP) return TRUE;
    if (msg->wParam == VK_PACKET) {
        /* SendInput's KEYEVENTF_UNICODE: the character is lParam's high word */
        PostMessageW(msg->hwnd, msg->message == WM_SYSKEYDOWN ? WM_SYSCHAR : WM_CHAR, HIWORD(msg->lParam), 1);
        return TRUE;
    }
    n = ToUnicodeEx(msg->wParam, HIWORD(msg->lParam), key_state, chars, 4, 0, NULL);
    if (n == -1) {
        /* a dead key: WM_DEADCHAR now, the composed character with the next key */
        PostMessageW(msg->hwnd, msg->message == WM_SYSKEYDOWN ? WM_SYSDEADCHAR : WM_DEADCHAR, chars[0], msg->lParam);
        return TRUE;
    }
    if (n > 1) {
        /* a dead key's character that did not combine, then this key's */
        out = msg->message == WM_SYSKEYDOWN ? WM_SYSCHAR : WM_CHAR;
        for (INT i = 0; i < n && i < 4; i++) PostMessageW(msg->hwnd, out, chars[i], msg->lParam);
        return TRUE;
    }
    c = chars[0];
    if (n != 1) {
        /* Alt+letter still makes WM_SYSCHAR */
        if (msg->message != WM_SYSKEYDOWN || !(c = vk_to_char(msg->wParam, (key_state[VK_SHIFT] & 0x80) != 0,
                                                                (key_state[VK_CAPITAL] & 1) != 0, FALSE)))
            return TRUE;
    }
    out = msg->message == WM_SYSKEYDOWN ? WM_SYSCHAR : WM_CHAR;
    PostMessageW(msg->hwnd, out, c, msg->lParam);
    return TRUE;
}

WINUSERAPI BOOL WINAPI TranslateMessage(const MSG *msg)
{
    return msg && translate(msg);
}

/* There is no sound device: the beep is only reported as done. */
WINUSERAPI BOOL WINAPI MessageBeep(UINT type)
{
    (void)type;
    return TRUE;
}
