/* user32 message sequences: creation, showing, moving, text and destruction
 * of top-level and child windows, compared with Windows' order (checked
 * under Wine). Messages that depend on a display (painting, IME, icons,
 * cursor, theme) are left out of the logs, as Wine's own tests mark them
 * optional. */
#include "test.h"

#define MAX_LOG 128
static struct { HWND hwnd; UINT msg; WPARAM wp; } log_entries[MAX_LOG];
static int log_count;
static HWND parent_hwnd, child_hwnd;

static BOOL ignored(UINT msg)
{
    switch (msg) {
    case WM_GETICON: case WM_NCPAINT: case WM_ERASEBKGND: case WM_PAINT: case WM_GETTEXT:
    case WM_IME_SETCONTEXT: case WM_IME_NOTIFY: case WM_GETOBJECT: case WM_SETCURSOR: case WM_NCHITTEST:
    case WM_MOUSEMOVE: case WM_NCMOUSEMOVE: case 0x0093: case 0x0094: case 0x031f: case WM_SYNCPAINT:
    case WM_QUERYNEWPALETTE: case WM_CHILDACTIVATE: case 0x02a2: case 0x0285: /* WM_IME_SELECT */
        return TRUE;
    }
    return FALSE;
}

static LRESULT CALLBACK log_proc(HWND hwnd, UINT msg, WPARAM wp, LPARAM lp)
{
    if (!ignored(msg) && log_count < MAX_LOG) {
        log_entries[log_count].hwnd = hwnd;
        log_entries[log_count].msg = msg;
        log_entries[log_count].wp = wp;
        log_count++;
    }
    return DefWindowProcA(hwnd, msg, wp, lp);
}

struct expect { int who; UINT msg; };   /* who: 0 parent/top-level, 1 child */

static const char *who_name(HWND hwnd)
{
    return hwnd == parent_hwnd ? "P" : hwnd == child_hwnd ? "C" : "?";
}

static void check_log(const struct expect *exp, int count, const char *what, int line)
{
    char got[1024] = "", want[1024] = "";
    int i, same = log_count == count;

    for (i = 0; i < log_count && strlen(got) < 1000; i++)
        sprintf(got + strlen(got), "%s%04x ", who_name(log_entries[i].hwnd), log_entries[i].msg);
    for (i = 0; i < count; i++) {
        HWND h = exp[i].who ? child_hwnd : parent_hwnd;
        sprintf(want + strlen(want), "%s%04x ", who_name(h), exp[i].msg);
        if (same && (log_entries[i].msg != exp[i].msg || log_entries[i].hwnd != h)) same = 0;
    }
    ok(same, "line %d %s: got  %s", line, what, got);
    if (!same) trace("line %d %s: want %s", line, what, want);
    log_count = 0;
}
#define CHECK_LOG(exp, what) check_log(exp, sizeof(exp) / sizeof(exp[0]), what, __LINE__)

static const struct expect create_overlapped[] = {
    { 0, WM_GETMINMAXINFO }, { 0, WM_NCCREATE }, { 0, WM_NCCALCSIZE }, { 0, WM_CREATE },
};
static const struct expect show_overlapped[] = {
    { 0, WM_SHOWWINDOW }, { 0, WM_WINDOWPOSCHANGING }, { 0, WM_ACTIVATEAPP },
    { 0, WM_NCACTIVATE }, { 0, WM_ACTIVATE }, { 0, WM_SETFOCUS }, { 0, WM_WINDOWPOSCHANGED },
    { 0, WM_SIZE }, { 0, WM_MOVE },
};
static const struct expect create_child[] = {
    { 1, WM_NCCREATE }, { 1, WM_NCCALCSIZE }, { 1, WM_CREATE }, { 1, WM_SIZE }, { 1, WM_MOVE },
    { 0, WM_PARENTNOTIFY }, { 1, WM_SHOWWINDOW }, { 1, WM_WINDOWPOSCHANGING }, { 1, WM_WINDOWPOSCHANGED },
};
static const struct expect move_size[] = {
    { 0, WM_WINDOWPOSCHANGING }, { 0, WM_GETMINMAXINFO }, { 0, WM_NCCALCSIZE }, { 0, WM_WINDOWPOSCHANGED },
    { 0, WM_MOVE }, { 0, WM_SIZE },
};
/* a size is given, so WM_GETMINMAXINFO comes even when it does not change */
static const struct expect move_only[] = {
    { 0, WM_WINDOWPOSCHANGING }, { 0, WM_GETMINMAXINFO }, { 0, WM_WINDOWPOSCHANGED }, { 0, WM_MOVE },
};
static const struct expect no_change[] = { { 0, WM_WINDOWPOSCHANGING }, { 0, WM_GETMINMAXINFO } };
static const struct expect set_text[] = { { 0, WM_SETTEXT } };
static const struct expect child_focus[] = { { 0, WM_KILLFOCUS }, { 1, WM_SETFOCUS } };
static const struct expect destroy_child[] = {
    { 0, WM_PARENTNOTIFY }, { 1, WM_DESTROY }, { 1, WM_NCDESTROY },
};
static const struct expect destroy_parent[] = {
    { 0, WM_DESTROY }, { 1, WM_DESTROY }, { 1, WM_NCDESTROY }, { 0, WM_NCDESTROY },
};
static const struct expect destroy_active[] = {
    { 0, WM_WINDOWPOSCHANGING }, { 0, WM_WINDOWPOSCHANGED }, { 0, WM_NCACTIVATE }, { 0, WM_ACTIVATE },
    { 0, WM_ACTIVATEAPP }, { 0, WM_KILLFOCUS }, { 0, WM_DESTROY }, { 0, WM_NCDESTROY },
};
static const struct expect close_parent[] = {
    { 0, WM_CLOSE }, { 0, WM_DESTROY }, { 0, WM_NCDESTROY },
};

static void pump(void)
{
    MSG msg;
    while (PeekMessageA(&msg, 0, 0, 0, PM_REMOVE)) DispatchMessageA(&msg);
}

int main(void)
{
    WNDCLASSA wc = { 0 };
    RECT rc, expect_rc;
    char text[64];
    int n;

    wc.lpfnWndProc = log_proc;
    wc.hInstance = GetModuleHandleA(NULL);
    wc.lpszClassName = "LogClass";
    ok(RegisterClassA(&wc) != 0, "RegisterClassA: err %lu", GetLastError());

    parent_hwnd = CreateWindowExA(0, "LogClass", "Title", WS_OVERLAPPEDWINDOW, 100, 100, 300, 200, NULL, NULL,
                                  wc.hInstance, NULL);
    ok(parent_hwnd != NULL, "CreateWindowExA: err %lu", GetLastError());
    ok(((ULONG_PTR)parent_hwnd >> 32) == 0 && ((ULONG_PTR)parent_hwnd & 0xffff) >= 0x20,
       "HWND %p has the Windows form", parent_hwnd);
    CHECK_LOG(create_overlapped, "CreateWindowEx (hidden)");
    ok(!IsWindowVisible(parent_hwnd), "not visible yet");
    ok((GetWindowLongA(parent_hwnd, GWL_STYLE) & (WS_CLIPSIBLINGS | WS_CAPTION)) == (WS_CLIPSIBLINGS | WS_CAPTION),
       "overlapped style %lx has WS_CLIPSIBLINGS", GetWindowLongA(parent_hwnd, GWL_STYLE));
    ok(GetWindowLongA(parent_hwnd, GWL_EXSTYLE) & WS_EX_WINDOWEDGE, "WS_EX_WINDOWEDGE added: %lx",
       GetWindowLongA(parent_hwnd, GWL_EXSTYLE));

    GetWindowRect(parent_hwnd, &rc);
    ok(rc.left == 100 && rc.top == 100 && rc.right == 400 && rc.bottom == 300, "window rect %ld,%ld-%ld,%ld",
       rc.left, rc.top, rc.right, rc.bottom);
    SetRectEmpty(&expect_rc);
    AdjustWindowRectEx(&expect_rc, GetWindowLongA(parent_hwnd, GWL_STYLE), FALSE,
                       GetWindowLongA(parent_hwnd, GWL_EXSTYLE));
    GetClientRect(parent_hwnd, &rc);
    ok(rc.left == 0 && rc.top == 0 && rc.right == 300 - (expect_rc.right - expect_rc.left) &&
       rc.bottom == 200 - (expect_rc.bottom - expect_rc.top),
       "client rect %ld,%ld matches AdjustWindowRectEx %ld,%ld", rc.right, rc.bottom,
       expect_rc.right - expect_rc.left, expect_rc.bottom - expect_rc.top);

    ShowWindow(parent_hwnd, SW_SHOW);
    CHECK_LOG(show_overlapped, "ShowWindow(SW_SHOW)");
    ok(IsWindowVisible(parent_hwnd), "visible");
    ok(GetActiveWindow() == parent_hwnd, "active %p", GetActiveWindow());
    ok(GetFocus() == parent_hwnd, "focus %p", GetFocus());
    ok(ShowWindow(parent_hwnd, SW_SHOW) != 0, "second SW_SHOW reports it was visible");
    ok(log_count == 0, "second SW_SHOW sends nothing (%d messages)", log_count);
    pump();
    log_count = 0;

    child_hwnd = CreateWindowExA(0, "LogClass", "Child", WS_CHILD | WS_VISIBLE, 10, 20, 50, 40, parent_hwnd,
                                 (HMENU)7, wc.hInstance, NULL);
    ok(child_hwnd != NULL, "child: err %lu", GetLastError());
    CHECK_LOG(create_child, "CreateWindowEx (visible child)");
    ok(GetParent(child_hwnd) == parent_hwnd, "GetParent %p", GetParent(child_hwnd));
    ok(GetDlgCtrlID(child_hwnd) == 7, "child id %d", GetDlgCtrlID(child_hwnd));
    ok(GetWindow(parent_hwnd, GW_CHILD) == child_hwnd, "GW_CHILD");
    ok(IsChild(parent_hwnd, child_hwnd) && !IsChild(child_hwnd, parent_hwnd), "IsChild");
    ok(GetAncestor(child_hwnd, GA_ROOT) == parent_hwnd, "GA_ROOT");
    ok(GetAncestor(parent_hwnd, GA_PARENT) == GetDesktopWindow(), "top-level's parent is the desktop");

    {
        POINT pt = { 0, 0 };
        RECT prc;
        GetWindowRect(parent_hwnd, &prc);
        ClientToScreen(child_hwnd, &pt);
        ok(pt.x == prc.left - expect_rc.left + 10 && pt.y == prc.top - expect_rc.top + 20,
           "child client origin on screen %ld,%ld", pt.x, pt.y);
        pt.x = pt.y = 0;
        MapWindowPoints(child_hwnd, parent_hwnd, &pt, 1);
        ok(pt.x == 10 && pt.y == 20, "MapWindowPoints child->parent %ld,%ld", pt.x, pt.y);
    }

    SetWindowPos(parent_hwnd, 0, 50, 60, 320, 240, SWP_NOZORDER | SWP_NOACTIVATE);
    CHECK_LOG(move_size, "SetWindowPos move+size");
    GetWindowRect(parent_hwnd, &rc);
    ok(rc.left == 50 && rc.top == 60 && rc.right == 370 && rc.bottom == 300, "after move %ld,%ld-%ld,%ld",
       rc.left, rc.top, rc.right, rc.bottom);
    MoveWindow(parent_hwnd, 70, 80, 320, 240, FALSE);
    CHECK_LOG(move_only, "MoveWindow (same size)");
    SetWindowPos(parent_hwnd, 0, 70, 80, 320, 240, SWP_NOZORDER | SWP_NOACTIVATE);
    CHECK_LOG(no_change, "SetWindowPos without a change: no WM_WINDOWPOSCHANGED");

    ok(SetWindowTextA(parent_hwnd, "Hello"), "SetWindowTextA");
    CHECK_LOG(set_text, "SetWindowText");
    n = GetWindowTextA(parent_hwnd, text, sizeof(text));
    ok(n == 5 && !strcmp(text, "Hello"), "GetWindowTextA %d '%s'", n, text);
    {
        WCHAR wtext[16];
        n = GetWindowTextW(parent_hwnd, wtext, 3);
        ok(n == 2 && wtext[0] == 'H' && wtext[1] == 'e' && !wtext[2], "truncated GetWindowTextW %d", n);
        ok(GetWindowTextLengthW(parent_hwnd) == 5, "GetWindowTextLengthW %d", GetWindowTextLengthW(parent_hwnd));
    }
    log_count = 0;

    SetFocus(child_hwnd);
    CHECK_LOG(child_focus, "SetFocus(child)");
    ok(GetFocus() == child_hwnd, "focus on child");

    ShowWindow(child_hwnd, SW_HIDE);
    /* hiding the focused child moves the focus to its parent */
    ok(log_count == 5, "hide child: %d messages", log_count);
    if (log_count >= 3) {
        ok(log_entries[0].hwnd == child_hwnd && log_entries[0].msg == WM_SHOWWINDOW && log_entries[0].wp == 0,
           "first WM_SHOWWINDOW(FALSE) to the child: %s%04x", who_name(log_entries[0].hwnd), log_entries[0].msg);
    }
    ok(GetFocus() == parent_hwnd, "focus back on the parent: %p", GetFocus());
    ok(!IsWindowVisible(child_hwnd), "child hidden");
    log_count = 0;
    ShowWindow(child_hwnd, SW_SHOWNA);
    log_count = 0;

    ok(DestroyWindow(child_hwnd), "DestroyWindow(child)");
    /* a visible child is hidden first: keep only the destroy messages */
    {
        int j = 0;
        for (int i = 0; i < log_count; i++)
            if (log_entries[i].msg == WM_PARENTNOTIFY || log_entries[i].msg == WM_DESTROY ||
                log_entries[i].msg == WM_NCDESTROY)
                log_entries[j++] = log_entries[i];
        log_count = j;
    }
    CHECK_LOG(destroy_child, "DestroyWindow(child)");
    ok(!IsWindow(child_hwnd), "child gone");

    child_hwnd = CreateWindowExA(WS_EX_NOPARENTNOTIFY, "LogClass", "Child", WS_CHILD, 0, 0, 10, 10, parent_hwnd,
                                 NULL, wc.hInstance, NULL);
    log_count = 0;
    ok(DestroyWindow(parent_hwnd), "DestroyWindow(parent)");
    {
        int j = 0;
        for (int i = 0; i < log_count; i++)
            if (log_entries[i].msg == WM_DESTROY || log_entries[i].msg == WM_NCDESTROY)
                log_entries[j++] = log_entries[i];
        log_count = j;
    }
    CHECK_LOG(destroy_parent, "DestroyWindow(parent with child)");
    ok(!IsWindow(parent_hwnd) && !IsWindow(child_hwnd), "both gone");
    {
        BOOL r;
        DWORD err;
        SetLastError(0xdeadbeef);
        r = DestroyWindow(parent_hwnd);
        err = GetLastError();
        ok(!r, "DestroyWindow twice: %d err %lu", r, err);
        SetLastError(0xdeadbeef);
        r = GetWindowLongA((HWND)(ULONG_PTR)0x7ffe0, GWL_STYLE);
        err = GetLastError();
        ok(!r && err == ERROR_INVALID_WINDOW_HANDLE, "GetWindowLong(bad handle): %d err %lu", r, err);
    }
    ok(GetActiveWindow() == NULL, "no active window: %p", GetActiveWindow());
    ok(GetFocus() == NULL, "no focus: %p", GetFocus());

    /* destroying the active window: hidden, deactivated, then destroyed */
    parent_hwnd = CreateWindowExA(0, "LogClass", "Active", WS_OVERLAPPEDWINDOW | WS_VISIBLE, 0, 0, 100, 100, NULL,
                                  NULL, wc.hInstance, NULL);
    child_hwnd = NULL;
    pump();
    ok(GetActiveWindow() == parent_hwnd, "new visible window is active");
    log_count = 0;
    DestroyWindow(parent_hwnd);
    CHECK_LOG(destroy_active, "DestroyWindow(active top-level)");

    /* WM_CLOSE through DefWindowProc destroys the window */
    parent_hwnd = CreateWindowExA(0, "LogClass", "Close", WS_POPUP, 0, 0, 10, 10, NULL, NULL, wc.hInstance, NULL);
    child_hwnd = NULL;
    log_count = 0;
    SendMessageA(parent_hwnd, WM_CLOSE, 0, 0);
    CHECK_LOG(close_parent, "WM_CLOSE");
    ok(!IsWindow(parent_hwnd), "closed");
    pump();
    return test_done();
}
