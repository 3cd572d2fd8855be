/*
 * Focus, activation and capture: SetFocus/GetFocus, SetActiveWindow/
 * GetActiveWindow, SetForegroundWindow/GetForegroundWindow,
 * SetCapture/ReleaseCapture/GetCapture.
 *
 * Focus, active window and capture are per thread (kept in the queue);
 * the foreground window is process-wide here, since windows are.
 * Activation sends Windows' sequence: WM_NCACTIVATE and WM_ACTIVATE to
 * the window losing activation, WM_ACTIVATEAPP when the thread gains or
 * loses it, WM_NCACTIVATE and WM_ACTIVATE to the new window, whose
 * DefWindowProc then sets the focus.
 */
#include "user_private.h"

HWND *queue_focus_slot(int which);
#define SLOT_FOCUS 0
#define SLOT_ACTIVE 1
#define SLOT_CAPTURE 2

static HWND foreground;   /* under the lock */

WINUSERAPI HWND WINAPI GetFocus(void) { return *queue_focus_slot(SLOT_FOCUS); }
WINUSERAPI HWND WINAPI GetActiveWindow(void) { return *queue_focus_slot(SLOT_ACTIVE); }
WINUSERAPI HWND WINAPI GetCapture(void) { return *queue_focus_slot(SLOT_CAPTURE); }

WINUSERAPI HWND WINAPI GetForegroundWindow(void)
{
    HWND ret;

    user_lock();
    if (foreground && !window_get(foreground)) foreground = NULL;
    ret = foreground;
    user_unlock();
    return ret;
}

static void send_activate_app(BOOL active, DWORD other_tid)
{
    /* every top-level window of the thread hears it */
    HWND desktop = GetDesktopWindow(), hwnd;
    DWORD tid = GetCurrentThreadId();

    for (hwnd = GetWindow(desktop, GW_CHILD); hwnd; hwnd = GetWindow(hwnd, GW_HWNDNEXT))
        if (GetWindowThreadProcessId(hwnd, NULL) == tid) SendMessageW(hwnd, WM_ACTIVATEAPP, active, other_tid);
}

/* The display gives the newly active top-level its keyboard focus (the X
 * driver asks the server or the window manager); when the activation came
 * from the display, the window has the focus already and nothing is asked. */
static void display_activate(HWND hwnd)
{
    const struct user_driver *driver = user_driver_if_loaded();
    struct user_window *win;
    struct driver_window *drv = NULL;

    if (!driver || !driver->activate) return;
    user_lock();
    if ((win = window_get(hwnd)) && win->tid == GetCurrentThreadId()) drv = win->driver;
    user_unlock();
    if (drv) driver->activate(drv);
}

/* Makes HWND (a top-level of this thread, or NULL) the active window. */
static BOOL set_active(HWND hwnd, BOOL mouse)
{
    HWND *active = queue_focus_slot(SLOT_ACTIVE);
    HWND previous = *active;
    BOOL was_foreground;

    if (previous == hwnd) return TRUE;
    if (hwnd && hook_is_set(WH_CBT)) {
        CBTACTIVATESTRUCT cbt = { mouse, previous };
        if (hook_call(WH_CBT, HCBT_ACTIVATE, (WPARAM)hwnd, (LPARAM)&cbt, TRUE)) return FALSE;
    }
    /* to the top of the Z order; a window already there hears nothing */
    if (hwnd && GetWindow(hwnd, GW_HWNDPREV))
        SetWindowPos(hwnd, HWND_TOP, 0, 0, 0, 0, SWP_NOSIZE | SWP_NOMOVE | SWP_NOACTIVATE);
    *active = hwnd;
    if (previous && IsWindow(previous)) {
        SendMessageW(previous, WM_NCACTIVATE, FALSE, (LPARAM)hwnd);
        SendMessageW(previous, WM_ACTIVATE, WA_INACTIVE, (LPARAM)hwnd);
    }
    if (*active != hwnd) return FALSE;   /* changed by a message */
    user_lock();
    was_foreground = foreground && window_get(foreground) &&
                     GetWindowThreadProcessId(foreground, NULL) == GetCurrentThreadId();
    if (hwnd) foreground = hwnd;
    else if (was_foreground) foreground = NULL;
    user_unlock();
    if (!previous && hwnd && !was_foreground) send_activate_app(TRUE, 0);
    if (previous && !hwnd) send_activate_app(FALSE, 0);
    if (hwnd && IsWindow(hwnd)) {
        display_activate(hwnd);
        SendMessageW(hwnd, WM_NCACTIVATE, TRUE, (LPARAM)previous);
        SendMessageW(hwnd, WM_ACTIVATE, mouse ? WA_CLICKACTIVE : WA_ACTIVE, (LPARAM)previous);
    }
    /* losing activation takes the focus away too */
    if (!hwnd) {
        HWND *focus = queue_focus_slot(SLOT_FOCUS), old = *focus;
        if (old) {
            *focus = NULL;
            if (IsWindow(old)) SendMessageW(old, WM_KILLFOCUS, 0, 0);
        }
    }
    return TRUE;
}

BOOL focus_activate(HWND hwnd, BOOL set_focus)
{
    (void)set_focus;
    return set_active(hwnd, FALSE);
}

WINUSERAPI HWND WINAPI SetActiveWindow(HWND hwnd)
{
    HWND previous = GetActiveWindow();

    if (hwnd) {
        hwnd = window_full_handle(hwnd);
        if (!IsWindow(hwnd)) {
            SetLastError(ERROR_INVALID_WINDOW_HANDLE);
            return NULL;
        }
        if (!window_is_mine(hwnd) || (GetWindowLongW(hwnd, GWL_STYLE) & (WS_CHILD | WS_POPUP)) == WS_CHILD)
            return NULL;
    }
    set_active(hwnd, FALSE);
    return previous;
}

WINUSERAPI BOOL WINAPI SetForegroundWindow(HWND hwnd)
{
    hwnd = window_full_handle(hwnd);
    if (!IsWindow(hwnd)) return FALSE;
    if (!window_is_mine(hwnd)) {
        /* another thread's window: it becomes foreground, its thread activates it on its own */
        user_lock();
        foreground = hwnd;
        user_unlock();
        return TRUE;
    }
    return set_active(GetAncestor(hwnd, GA_ROOT), FALSE);
}

WINUSERAPI HWND WINAPI SetFocus(HWND hwnd)
{
    HWND *focus = queue_focus_slot(SLOT_FOCUS), previous = *focus, top;

    if (hwnd) {
        hwnd = window_full_handle(hwnd);
        if (!IsWindow(hwnd)) {
            SetLastError(ERROR_INVALID_WINDOW_HANDLE);
            return NULL;
        }
        if (hwnd == previous) return previous;
        if (!window_is_mine(hwnd)) return NULL;
        if (hook_call(WH_CBT, HCBT_SETFOCUS, (WPARAM)hwnd, (LPARAM)previous, TRUE)) return NULL;
        /* the focus goes with activation: activate the top-level first */
        top = GetAncestor(hwnd, GA_ROOT);
        if (top != GetActiveWindow()) {
            set_active(top, FALSE);
            if (!IsWindow(hwnd) || top != GetActiveWindow()) return NULL;
            previous = *focus;
            if (previous == hwnd) return previous;
        }
    } else if (hook_call(WH_CBT, HCBT_SETFOCUS, 0, (LPARAM)previous, TRUE)) return NULL;
    *focus = hwnd;
    if (previous && IsWindow(previous)) {
        SendMessageW(previous, WM_KILLFOCUS, (WPARAM)hwnd, 0);
        if (*focus != hwnd) return previous;   /* changed by the message */
    }
    if (hwnd && IsWindow(hwnd)) SendMessageW(hwnd, WM_SETFOCUS, (WPARAM)previous, 0);
    return previous;
}

/* A top-level being hidden or destroyed gives up activation to another
 * visible top-level of the thread (its owner first), or to none. */
void focus_window_hidden(HWND hwnd)
{
    HWND next = NULL, owner, w;
    DWORD tid = GetCurrentThreadId();

    if (GetActiveWindow() != hwnd) {
        HWND focus = GetFocus();
        if (focus && (focus == hwnd || IsChild(hwnd, focus))) SetFocus(NULL);
        return;
    }
    owner = GetWindow(hwnd, GW_OWNER);
    if (owner && IsWindowVisible(owner) && IsWindowEnabled(owner)) next = owner;
    for (w = GetWindow(GetDesktopWindow(), GW_CHILD); w && !next; w = GetWindow(w, GW_HWNDNEXT))
        if (w != hwnd && GetWindowThreadProcessId(w, NULL) == tid && IsWindowVisible(w) && IsWindowEnabled(w) &&
            !(GetWindowLongW(w, GWL_EXSTYLE) & WS_EX_TOOLWINDOW))
            next = w;
    set_active(next, FALSE);
}

void focus_window_destroyed(HWND hwnd)
{
    HWND *capture = queue_focus_slot(SLOT_CAPTURE), *focus = queue_focus_slot(SLOT_FOCUS);

    if (*capture && (*capture == hwnd || IsChild(hwnd, *capture))) ReleaseCapture();
    if (GetActiveWindow() == hwnd) focus_window_hidden(hwnd);
    if (*focus && (*focus == hwnd || IsChild(hwnd, *focus))) *focus = NULL;   /* no messages to a dying window */
}

void focus_window_disabled(HWND hwnd)
{
    HWND focus = GetFocus();

    if (focus && (focus == hwnd || IsChild(hwnd, focus))) SetFocus(NULL);
}

WINUSERAPI HWND WINAPI SetCapture(HWND hwnd)
{
    HWND *capture = queue_focus_slot(SLOT_CAPTURE), previous = *capture;

    if (hwnd) hwnd = window_full_handle(hwnd);
    *capture = hwnd;
    if (previous && previous != hwnd && IsWindow(previous))
        SendMessageW(previous, WM_CAPTURECHANGED, 0, (LPARAM)hwnd);
    return previous;
}

WINUSERAPI BOOL WINAPI ReleaseCapture(void)
{
    HWND *capture = queue_focus_slot(SLOT_CAPTURE), previous = *capture;

    *capture = NULL;
    if (previous && IsWindow(previous)) SendMessageW(previous, WM_CAPTURECHANGED, 0, 0);
    return TRUE;
}

WINUSERAPI BOOL WINAPI IsIconic(HWND);

/* Alt+Tab's call: brings HWND forward (restoring a minimized one when ALT_TAB). */
WINUSERAPI void WINAPI SwitchToThisWindow(HWND hwnd, BOOL alt_tab)
{
    if (IsIconic(hwnd) && alt_tab) ShowWindow(hwnd, SW_RESTORE);
    SetForegroundWindow(hwnd);
}

/* Windows asks whether the window's thread has not read its queue for 5 s;
 * the windows winrun knows are its own, and a thread asking is not hung. */
WINUSERAPI BOOL WINAPI IsHungAppWindow(HWND hwnd)
{
    (void)hwnd;
    return FALSE;
}
