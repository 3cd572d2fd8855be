/*
 * Synthesized input: SendInput, keybd_event and mouse_event. The events
 * go the way the display's own input goes (driver.c's callbacks): keys
 * to the focus window of the foreground window's thread, mouse messages
 * to the window under the point (or the capture), into the input queue
 * that is read after posted messages. The message and lParam bits are
 * made as the X driver makes them: Alt without Ctrl, F10 and Alt itself
 * are system keys; KF_REPEAT for a key that was down, KF_UP on release.
 * The scan code is wScan as given (0 stays 0). VK_PACKET
 * (KEYEVENTF_UNICODE) carries its character in lParam's high word, without
 * flag bits, which TranslateMessage turns into WM_CHAR.
 *
 * A synthesized move moves the cursor (SetCursorPos: on a display the
 * pointer itself, whose motion the display then reports as WM_MOUSEMOVE).
 */
#include "user_private.h"
#include "driver.h"

#define VK_LBUTTON 0x01
#define VK_RBUTTON 0x02
#define VK_MBUTTON 0x04
#define VK_XBUTTON1 0x05
#define VK_XBUTTON2 0x06

WINUSERAPI HWND WINAPI GetForegroundWindow(void);
WINUSERAPI BOOL WINAPI EnumWindows(WNDENUMPROC, LPARAM);
WINUSERAPI BOOL WINAPI GetWindowRect(HWND, RECT *);
WINUSERAPI BOOL WINAPI IsWindowVisible(HWND);
WINUSERAPI BOOL WINAPI GetCursorPos(POINT *);
WINUSERAPI BOOL WINAPI SetCursorPos(INT, INT);
WINUSERAPI SHORT WINAPI GetAsyncKeyState(INT);

static BOOL is_down(UINT vk)
{
    return (GetAsyncKeyState(vk) & 0x8000) != 0;
}

static void send_key(const KEYBDINPUT *ki)
{
    const struct user_driver_callbacks *cb = user_input_callbacks();
    BOOL up = (ki->dwFlags & KEYEVENTF_KEYUP) != 0, was_down, alt, ctrl;
    UINT vk = ki->wVk, flags, msg;
    HWND target = GetForegroundWindow();

    if (ki->dwFlags & KEYEVENTF_UNICODE) {
        vk = VK_PACKET;
        flags = ki->wScan;   /* the character, whole */
    } else {
        flags = ki->wScan & 0xff;   /* as given: Windows does not look it up */
        if (ki->dwFlags & KEYEVENTF_EXTENDEDKEY) flags |= KF_EXTENDED;
    }
    if (!vk || vk > 0xff) return;
    was_down = is_down(vk);
    /* the modifiers as they will be after this key: the low-level hooks
     * run before the key state changes, as on Windows */
    alt = (vk == VK_MENU || vk == VK_LMENU || vk == VK_RMENU) ? !up : is_down(VK_MENU);
    ctrl = (vk == VK_CONTROL || vk == VK_LCONTROL || vk == VK_RCONTROL) ? !up : is_down(VK_CONTROL);
    if (vk != VK_PACKET) {
        if ((alt && !ctrl) || vk == VK_F1 + 9 || (vk == VK_MENU && !ctrl)) {
            msg = up ? WM_SYSKEYUP : WM_SYSKEYDOWN;
            if (alt) flags |= KF_ALTDOWN;
        } else msg = up ? WM_KEYUP : WM_KEYDOWN;
        if (was_down || up) flags |= KF_REPEAT;
        if (up) flags |= KF_UP;
    } else msg = up ? WM_KEYUP : WM_KEYDOWN;   /* the character stays whole: no flag bits */
    if (hook_ll_key(msg, vk, ki->wScan, ((ki->dwFlags & KEYEVENTF_EXTENDEDKEY) ? LLKHF_EXTENDED : 0) |
                    (alt && msg != WM_KEYDOWN && msg != WM_KEYUP ? LLKHF_ALTDOWN : 0) | (up ? LLKHF_UP : 0),
                    TRUE, ki->dwExtraInfo))
        return;   /* a low-level hook ate it: no key state change, no message */
    input_driver_key(vk, up ? KF_UP : 0);
    if (target) cb->key(target, msg, vk, flags);
}

static WPARAM mouse_keys(void)
{
    WPARAM keys = 0;
    if (is_down(VK_LBUTTON)) keys |= MK_LBUTTON;
    if (is_down(VK_RBUTTON)) keys |= MK_RBUTTON;
    if (is_down(VK_MBUTTON)) keys |= MK_MBUTTON;
    if (is_down(VK_SHIFT)) keys |= MK_SHIFT;
    if (is_down(VK_CONTROL)) keys |= MK_CONTROL;
    if (is_down(VK_XBUTTON1)) keys |= MK_XBUTTON1;
    if (is_down(VK_XBUTTON2)) keys |= MK_XBUTTON2;
    return keys;
}

/* one button's change: the low-level hooks, its async state, then its message */
static void button(HWND top, POINT pt, UINT vk, BOOL down, UINT msg, WPARAM extra, ULONG_PTR info)
{
    const struct user_driver_callbacks *cb = user_input_callbacks();
    if (hook_ll_mouse(msg, pt, (DWORD)extra, TRUE, info)) return;
    input_driver_key(vk, down ? 0 : KF_UP);
    if (top) cb->mouse(top, msg, pt.x, pt.y, mouse_keys() | extra);
}

struct top_search { POINT pt; HWND found; };

static BOOL CALLBACK find_top(HWND hwnd, LPARAM param)
{
    struct top_search *s = (struct top_search *)param;
    RECT r;
    if (!IsWindowVisible(hwnd) || !GetWindowRect(hwnd, &r) || !PtInRect(&r, s->pt)) return TRUE;
    s->found = hwnd;
    return FALSE;
}

/* the topmost visible top-level at PT (EnumWindows goes top first) */
static HWND top_at(POINT pt)
{
    struct top_search s = { pt, NULL };
    EnumWindows(find_top, (LPARAM)&s);
    return s.found;
}

static void send_mouse(const MOUSEINPUT *mi)
{
    const struct user_driver_callbacks *cb = user_input_callbacks();
    DWORD f = mi->dwFlags;
    POINT pt;
    HWND top;
    INT cx, cy;

    GetCursorPos(&pt);
    if (f & MOUSEEVENTF_MOVE) {
        if (f & MOUSEEVENTF_ABSOLUTE) {
            /* 0..65535 spans the screen */
            sysparams_screen_size(&cx, &cy);
            pt.x = (LONG)(((LONGLONG)mi->dx * cx) >> 16);
            pt.y = (LONG)(((LONGLONG)mi->dy * cy) >> 16);
        } else {
            pt.x += mi->dx;
            pt.y += mi->dy;
        }
    }
    if ((f & MOUSEEVENTF_MOVE) && hook_ll_mouse(WM_MOUSEMOVE, pt, 0, TRUE, mi->dwExtraInfo))
        f &= ~MOUSEEVENTF_MOVE;   /* a low-level hook ate the move: the cursor stays */
    if (f & MOUSEEVENTF_MOVE) {
        /* the cursor goes there (within ClipCursor's rectangle); on a
         * display that moves the pointer and the display reports the move */
        const struct user_driver *driver = user_driver_if_loaded();
        SetCursorPos(pt.x, pt.y);
        GetCursorPos(&pt);
        if (!driver || !driver->set_cursor_pos) {
            if ((top = top_at(pt))) cb->mouse(top, WM_MOUSEMOVE, pt.x, pt.y, mouse_keys());
            else cursor_moved(NULL, pt.x, pt.y);
        }
    }
    top = top_at(pt);
    if (f & MOUSEEVENTF_LEFTDOWN) button(top, pt, VK_LBUTTON, TRUE, WM_LBUTTONDOWN, 0, mi->dwExtraInfo);
    if (f & MOUSEEVENTF_LEFTUP) button(top, pt, VK_LBUTTON, FALSE, WM_LBUTTONUP, 0, mi->dwExtraInfo);
    if (f & MOUSEEVENTF_RIGHTDOWN) button(top, pt, VK_RBUTTON, TRUE, WM_RBUTTONDOWN, 0, mi->dwExtraInfo);
    if (f & MOUSEEVENTF_RIGHTUP) button(top, pt, VK_RBUTTON, FALSE, WM_RBUTTONUP, 0, mi->dwExtraInfo);
    if (f & MOUSEEVENTF_MIDDLEDOWN) button(top, pt, VK_MBUTTON, TRUE, WM_MBUTTONDOWN, 0, mi->dwExtraInfo);
    if (f & MOUSEEVENTF_MIDDLEUP) button(top, pt, VK_MBUTTON, FALSE, WM_MBUTTONUP, 0, mi->dwExtraInfo);
    if (f & (MOUSEEVENTF_XDOWN | MOUSEEVENTF_XUP)) {
        BOOL down = (f & MOUSEEVENTF_XDOWN) != 0;
        UINT which = mi->mouseData & 2 ? 2 : 1;
        button(top, pt, which == 2 ? VK_XBUTTON2 : VK_XBUTTON1, down, down ? WM_XBUTTONDOWN : WM_XBUTTONUP,
               (WPARAM)which << 16, mi->dwExtraInfo);
    }
    if ((f & (MOUSEEVENTF_WHEEL | MOUSEEVENTF_HWHEEL)) &&
        hook_ll_mouse(f & MOUSEEVENTF_WHEEL ? WM_MOUSEWHEEL : WM_MOUSEHWHEEL, pt, mi->mouseData << 16, TRUE,
                      mi->dwExtraInfo))
        f &= ~(MOUSEEVENTF_WHEEL | MOUSEEVENTF_HWHEEL);
    if ((f & (MOUSEEVENTF_WHEEL | MOUSEEVENTF_HWHEEL)) && top)
        cb->wheel(top, f & MOUSEEVENTF_WHEEL ? WM_MOUSEWHEEL : WM_MOUSEHWHEEL, pt.x, pt.y, mouse_keys(),
                  (INT)(LONG)mi->mouseData);
}

/* Returns how many events were inserted; a wrong SIZE inserts none. */
WINUSERAPI UINT WINAPI SendInput(UINT count, INPUT *inputs, INT size)
{
    if (size != sizeof(INPUT) || (count && !inputs)) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return 0;
    }
    for (UINT i = 0; i < count; i++) {
        if (inputs[i].type == INPUT_KEYBOARD) send_key(&inputs[i].ki);
        else if (inputs[i].type == INPUT_MOUSE) send_mouse(&inputs[i].mi);
    }
    return count;
}

WINUSERAPI void WINAPI keybd_event(BYTE vk, BYTE scan, DWORD flags, ULONG_PTR extra)
{
    KEYBDINPUT ki = { vk, scan, flags, 0, extra };
    send_key(&ki);
}

WINUSERAPI void WINAPI mouse_event(DWORD flags, DWORD dx, DWORD dy, DWORD data, ULONG_PTR extra)
{
    MOUSEINPUT mi = { (LONG)dx, (LONG)dy, data, flags, 0, extra };
    send_mouse(&mi);
}
