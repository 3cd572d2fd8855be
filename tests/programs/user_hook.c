/* user32 hooks: SetWindowsHookEx's checks, WH_CBT (create with its
 * CREATESTRUCT and veto, destroy veto, activate, focus, min/max, system
 * commands), WH_CALLWNDPROC(RET) and the chain (newest first,
 * CallNextHookEx, unhooking inside a hook), WH_GETMESSAGE changing the
 * message, WH_KEYBOARD and WH_MOUSE for input (discarding it),
 * WH_KEYBOARD_LL/WH_MOUSE_LL for SendInput (injected, eating it, run on the
 * hooking thread), WH_MSGFILTER from IsDialogMessage and CallMsgFilter.
 * Expectations from Wine (xvfb-run -a wine). */
#include "test.h"

static char log_buf[1024];

static void note(const char *fmt, ...)
{
    char item[128];
    va_list ap;
    va_start(ap, fmt);
    vsprintf(item, fmt, ap);
    va_end(ap);
    if (strlen(log_buf) + strlen(item) + 2 < sizeof(log_buf)) {
        strcat(log_buf, item);
        strcat(log_buf, ";");
    }
}

static BOOL log_messages;

static LRESULT CALLBACK proc(HWND hwnd, UINT msg, WPARAM wp, LPARAM lp)
{
    if (log_messages) {
        if (msg == WM_NCCREATE) note("nccreate");
        if (msg == WM_KEYDOWN) note("keydown %x", (unsigned)wp);
        if (msg == WM_LBUTTONDOWN) note("ldown");
        if (msg == WM_USER + 1) note("user1");
    }
    if (msg == WM_USER + 1) return 42;
    return DefWindowProcA(hwnd, msg, wp, lp);
}

static void pump(void)
{
    MSG msg;
    DWORD end = GetTickCount() + 200;
    while (GetTickCount() < end) {
        while (PeekMessageA(&msg, NULL, 0, 0, PM_REMOVE)) {
            TranslateMessage(&msg);
            DispatchMessageA(&msg);
        }
        Sleep(10);
    }
}

static void key(WORD vk, DWORD flags)
{
    INPUT in;
    memset(&in, 0, sizeof(in));
    in.type = INPUT_KEYBOARD;
    in.ki.wVk = vk;
    in.ki.wScan = 0x1e;
    in.ki.dwFlags = flags;
    in.ki.dwExtraInfo = 0x1234;
    SendInput(1, &in, sizeof(in));
}

/* ---- WH_CBT ---- */
static BOOL cbt_veto_create, cbt_veto_destroy;
static char cbt_name[64];
static int cbt_x, cbt_cx;
static HWND cbt_after;

static LRESULT CALLBACK cbt_hook(int code, WPARAM wp, LPARAM lp)
{
    if (code == HCBT_CREATEWND) {
        CBT_CREATEWNDA *c = (CBT_CREATEWNDA *)lp;
        char cls[32];
        /* Windows (and Wine) make the thread's "Default IME" window too */
        if (!GetClassNameA((HWND)wp, cls, sizeof(cls)) || strcmp(cls, "hooktest")) return CallNextHookEx(NULL, code, wp, lp);
        if (c->lpcs->lpszName) lstrcpynA(cbt_name, c->lpcs->lpszName, sizeof(cbt_name));
        cbt_x = c->lpcs->x;
        cbt_cx = c->lpcs->cx;
        cbt_after = c->hwndInsertAfter;
        note("create %d", IsWindow((HWND)wp));
        if (cbt_veto_create) return 1;
    } else if (code == HCBT_DESTROYWND) {
        note("destroy");
        if (cbt_veto_destroy) return 1;
    } else if (code == HCBT_ACTIVATE) {
        CBTACTIVATESTRUCT *a = (CBTACTIVATESTRUCT *)lp;
        note("activate %d", a->fMouse);
    } else if (code == HCBT_SETFOCUS) note("setfocus");
    else if (code == HCBT_MINMAX) note("minmax %d", (int)LOWORD(lp));
    else if (code == HCBT_SYSCOMMAND) note("syscommand %x", (unsigned)wp);
    return CallNextHookEx(NULL, code, wp, lp);
}

static void test_cbt(HINSTANCE inst)
{
    HHOOK hook = SetWindowsHookExA(WH_CBT, cbt_hook, NULL, GetCurrentThreadId());
    HWND hwnd, child;

    ok(hook != NULL, "WH_CBT for this thread: %lu", GetLastError());
    log_buf[0] = 0;
    log_messages = TRUE;
    hwnd = CreateWindowA("hooktest", "cbt window", WS_OVERLAPPEDWINDOW, 10, 20, 300, 200, NULL, NULL, inst, NULL);
    ok(hwnd != NULL, "created");
    ok(!strncmp(log_buf, "create 1;nccreate;", 18), "HCBT_CREATEWND with the window made, before WM_NCCREATE: %s",
       log_buf);
    ok(!strcmp(cbt_name, "cbt window") && cbt_x == 10 && cbt_cx == 300, "its CREATESTRUCTA: %s %d %d", cbt_name,
       cbt_x, cbt_cx);
    ok(cbt_after == HWND_TOP, "hwndInsertAfter HWND_TOP: %p", cbt_after);

    log_buf[0] = 0;
    ShowWindow(hwnd, SW_SHOW);
    ok(strstr(log_buf, "activate 0;") != NULL, "HCBT_ACTIVATE when shown: %s", log_buf);
    child = CreateWindowA("hooktest", "child", WS_CHILD | WS_VISIBLE, 0, 0, 10, 10, hwnd, NULL, inst, NULL);
    log_buf[0] = 0;
    SetFocus(child);
    ok(!strcmp(log_buf, "setfocus;"), "HCBT_SETFOCUS: %s", log_buf);

    log_buf[0] = 0;
    SendMessageA(hwnd, WM_SYSCOMMAND, SC_MINIMIZE, 0);
    ok(!strncmp(log_buf, "syscommand f020;minmax 6;", 25), "HCBT_SYSCOMMAND then HCBT_MINMAX: %s", log_buf);
    ShowWindow(hwnd, SW_RESTORE);

    cbt_veto_create = TRUE;
    log_buf[0] = 0;
    SetLastError(0xdeadbeef);
    child = CreateWindowA("hooktest", "vetoed", WS_POPUP, 0, 0, 10, 10, NULL, NULL, inst, NULL);
    ok(!child, "a hook refusing HCBT_CREATEWND: no window");
    ok(!strcmp(log_buf, "create 1;"), "and no message: %s", log_buf);
    cbt_veto_create = FALSE;

    cbt_veto_destroy = TRUE;
    log_buf[0] = 0;
    ok(!DestroyWindow(hwnd) && IsWindow(hwnd), "a hook refusing HCBT_DESTROYWND keeps the window");
    ok(!strcmp(log_buf, "destroy;"), "HCBT_DESTROYWND: %s", log_buf);
    cbt_veto_destroy = FALSE;
    log_messages = FALSE;
    ok(UnhookWindowsHookEx(hook), "unhooked");
    DestroyWindow(hwnd);
}

/* ---- WH_CALLWNDPROC(RET) and the chain ---- */
static HHOOK hook_old, hook_new;
static BOOL new_unhooks, new_stops;

static LRESULT CALLBACK cwp_old(int code, WPARAM wp, LPARAM lp)
{
    CWPSTRUCT *c = (CWPSTRUCT *)lp;
    if (c->message == WM_USER + 1) note("old %d %x %x", (int)wp, (unsigned)c->wParam, (unsigned)c->lParam);
    return CallNextHookEx(hook_old, code, wp, lp);
}

static LRESULT CALLBACK cwp_new(int code, WPARAM wp, LPARAM lp)
{
    CWPSTRUCT *c = (CWPSTRUCT *)lp;
    if (c->message == WM_USER + 1) {
        note("new");
        if (new_unhooks) {
            ok(UnhookWindowsHookEx(hook_new), "unhooking itself inside the hook");
            new_unhooks = FALSE;
        }
        if (new_stops) return 0;
    }
    return CallNextHookEx(hook_new, code, wp, lp);
}

static LRESULT CALLBACK cwp_ret(int code, WPARAM wp, LPARAM lp)
{
    CWPRETSTRUCT *c = (CWPRETSTRUCT *)lp;
    if (c->message == WM_USER + 1) note("ret %d", (int)c->lResult);
    return CallNextHookEx(NULL, code, wp, lp);
}

static void test_callwndproc(HWND hwnd)
{
    HHOOK ret_hook;
    LRESULT r;

    hook_old = SetWindowsHookExA(WH_CALLWNDPROC, cwp_old, NULL, GetCurrentThreadId());
    hook_new = SetWindowsHookExA(WH_CALLWNDPROC, cwp_new, NULL, GetCurrentThreadId());
    ret_hook = SetWindowsHookExA(WH_CALLWNDPROCRET, cwp_ret, NULL, GetCurrentThreadId());
    ok(hook_old && hook_new && ret_hook, "three hooks");
    log_buf[0] = 0;
    log_messages = TRUE;
    r = SendMessageA(hwnd, WM_USER + 1, 5, 6);
    ok(r == 42, "the procedure's result: %d", (int)r);
    ok(!strcmp(log_buf, "new;old 1 5 6;user1;ret 42;"), "newest first, then the procedure, then RET: %s", log_buf);

    new_stops = TRUE;
    log_buf[0] = 0;
    SendMessageA(hwnd, WM_USER + 1, 5, 6);
    ok(!strcmp(log_buf, "new;user1;ret 42;"), "no CallNextHookEx: the older hook is skipped: %s", log_buf);
    new_stops = FALSE;

    new_unhooks = TRUE;
    log_buf[0] = 0;
    SendMessageA(hwnd, WM_USER + 1, 5, 6);
    ok(!strcmp(log_buf, "new;old 1 5 6;user1;ret 42;"), "unhooked inside: the chain goes on: %s", log_buf);
    log_buf[0] = 0;
    SendMessageA(hwnd, WM_USER + 1, 5, 6);
    ok(!strcmp(log_buf, "old 1 5 6;user1;ret 42;"), "and it is gone after: %s", log_buf);

    log_buf[0] = 0;
    PostMessageA(hwnd, WM_USER + 1, 5, 6);
    pump();
    ok(!strcmp(log_buf, "user1;"), "a posted message passes no WH_CALLWNDPROC: %s", log_buf);
    log_messages = FALSE;
    SetLastError(0xdeadbeef);
    ok(!UnhookWindowsHookEx(hook_new) && GetLastError() == ERROR_INVALID_HOOK_HANDLE,
       "unhooking twice: %lu", GetLastError());
    UnhookWindowsHookEx(hook_old);
    UnhookWindowsHookEx(ret_hook);
}

/* ---- WH_GETMESSAGE ---- */
static LRESULT CALLBACK getmsg_hook(int code, WPARAM wp, LPARAM lp)
{
    MSG *m = (MSG *)lp;
    if (m->message == WM_USER + 2) {
        note("getmsg %d %d", code, (int)wp);
        if (wp == PM_REMOVE) m->wParam = 77;
    }
    return CallNextHookEx(NULL, code, wp, lp);
}

static void test_getmessage(HWND hwnd)
{
    HHOOK hook = SetWindowsHookExW(WH_GETMESSAGE, getmsg_hook, NULL, GetCurrentThreadId());
    MSG msg;

    log_buf[0] = 0;
    PostMessageA(hwnd, WM_USER + 2, 5, 6);
    ok(PeekMessageA(&msg, hwnd, WM_USER + 2, WM_USER + 2, PM_NOREMOVE) && msg.wParam == 5, "peeked unchanged: %d",
       (int)msg.wParam);
    ok(GetMessageA(&msg, hwnd, WM_USER + 2, WM_USER + 2) && msg.wParam == 77, "the hook changed it: %d",
       (int)msg.wParam);
    ok(!strcmp(log_buf, "getmsg 0 0;getmsg 0 1;"), "HC_ACTION with PM_NOREMOVE, then PM_REMOVE: %s", log_buf);
    UnhookWindowsHookEx(hook);
}

/* ---- WH_KEYBOARD and WH_MOUSE ---- */
static LRESULT CALLBACK kbd_hook(int code, WPARAM wp, LPARAM lp)
{
    note("kbd %d %x %lx", code, (unsigned)wp, (unsigned long)lp);
    if (wp == 'B') return 1;
    return CallNextHookEx(NULL, code, wp, lp);
}

static HWND mouse_hwnd;

static LRESULT CALLBACK mouse_hook(int code, WPARAM wp, LPARAM lp)
{
    MOUSEHOOKSTRUCT *m = (MOUSEHOOKSTRUCT *)lp;
    if (wp == WM_LBUTTONDOWN)
        note("mouse %d %ld,%ld %d %d", code, m->pt.x, m->pt.y, m->hwnd == mouse_hwnd, (int)m->wHitTestCode);
    return CallNextHookEx(NULL, code, wp, lp);
}

static void click_at(int x, int y)
{
    INPUT in[2];
    memset(in, 0, sizeof(in));
    SetCursorPos(x, y);
    in[0].type = in[1].type = INPUT_MOUSE;
    in[0].mi.dwFlags = MOUSEEVENTF_LEFTDOWN;
    in[1].mi.dwFlags = MOUSEEVENTF_LEFTUP;
    SendInput(2, in, sizeof(INPUT));
}

static void test_input_hooks(HWND hwnd)
{
    HHOOK hook = SetWindowsHookExA(WH_KEYBOARD, kbd_hook, NULL, GetCurrentThreadId());
    HHOOK mhook = SetWindowsHookExA(WH_MOUSE, mouse_hook, NULL, GetCurrentThreadId());
    MSG msg;

    ok(hook && mhook, "WH_KEYBOARD and WH_MOUSE set");
    log_buf[0] = 0;
    log_messages = TRUE;
    key('A', 0);
    ok(PeekMessageA(&msg, hwnd, WM_KEYDOWN, WM_KEYDOWN, PM_NOREMOVE), "the key is queued");
    pump();
    key('A', KEYEVENTF_KEYUP);
    pump();
    ok(!strcmp(log_buf, "kbd 3 41 1e0001;kbd 0 41 1e0001;keydown 41;kbd 0 41 c01e0001;"),
       "HC_NOREMOVE when peeked, HC_ACTION when read: %s", log_buf);
    log_buf[0] = 0;
    key('B', 0);
    key('B', KEYEVENTF_KEYUP);
    pump();
    ok(!strcmp(log_buf, "kbd 0 42 1e0001;kbd 0 42 c01e0001;"), "a hook returning 1 discards the key: %s", log_buf);
    ok(!PeekMessageA(&msg, hwnd, WM_KEYFIRST, WM_KEYLAST, PM_NOREMOVE), "nothing left");

    mouse_hwnd = hwnd;
    log_buf[0] = 0;
    click_at(150, 150);
    pump();
    ok(!strcmp(log_buf, "mouse 0 150,150 1 1;ldown;"), "WH_MOUSE before WM_LBUTTONDOWN: %s", log_buf);
    log_messages = FALSE;
    UnhookWindowsHookEx(hook);
    UnhookWindowsHookEx(mhook);
}

/* ---- the low-level hooks ---- */
static BOOL ll_eat;
static DWORD ll_thread;

static LRESULT CALLBACK ll_kbd(int code, WPARAM wp, LPARAM lp)
{
    KBDLLHOOKSTRUCT *k = (KBDLLHOOKSTRUCT *)lp;
    if (k->vkCode == 'C' || k->vkCode == 'D')
        note("ll %d %x %x %x %x %x %d", code, (unsigned)wp, (unsigned)k->vkCode, (unsigned)k->scanCode,
             (unsigned)k->flags, (unsigned)k->dwExtraInfo, GetCurrentThreadId() == ll_thread);
    if (ll_eat && k->vkCode == 'C') return 1;
    return CallNextHookEx(NULL, code, wp, lp);
}

static LRESULT CALLBACK ll_mouse(int code, WPARAM wp, LPARAM lp)
{
    MSLLHOOKSTRUCT *m = (MSLLHOOKSTRUCT *)lp;
    if (wp == WM_LBUTTONDOWN) note("llmouse %d %ld,%ld %x", code, m->pt.x, m->pt.y, (unsigned)m->flags);
    return CallNextHookEx(NULL, code, wp, lp);
}

static HANDLE ll_ready;

static DWORD WINAPI ll_thread_main(void *arg)
{
    HHOOK hook = SetWindowsHookExA(WH_KEYBOARD_LL, ll_kbd, GetModuleHandleA(NULL), 0);
    MSG msg;
    (void)arg;
    PeekMessageA(&msg, NULL, 0, 0, PM_NOREMOVE);
    SetEvent(ll_ready);
    while (GetMessageA(&msg, NULL, 0, 0)) DispatchMessageA(&msg);
    UnhookWindowsHookEx(hook);
    return 0;
}

static void test_ll(HWND hwnd)
{
    HHOOK hook = SetWindowsHookExA(WH_KEYBOARD_LL, ll_kbd, GetModuleHandleA(NULL), 0);
    HHOOK mhook = SetWindowsHookExA(WH_MOUSE_LL, ll_mouse, GetModuleHandleA(NULL), 0);
    HANDLE thread;
    DWORD tid;

    ok(hook && mhook, "WH_KEYBOARD_LL and WH_MOUSE_LL set: %lu", GetLastError());
    ll_thread = GetCurrentThreadId();
    log_buf[0] = 0;
    log_messages = TRUE;
    key('C', 0);
    pump();
    key('C', KEYEVENTF_KEYUP);
    pump();
    ok(!strcmp(log_buf, "ll 0 100 43 1e 10 1234 1;keydown 43;ll 0 101 43 1e 90 1234 1;"),
       "injected, before the message: %s", log_buf);
    ll_eat = TRUE;
    log_buf[0] = 0;
    key('C', 0);
    pump();
    ok(!strcmp(log_buf, "ll 0 100 43 1e 10 1234 1;"), "a hook returning 1 eats the key: %s", log_buf);
    ok(!(GetAsyncKeyState('C') & 0x8000), "and its state does not change");
    key('C', KEYEVENTF_KEYUP);
    pump();
    ll_eat = FALSE;

    log_buf[0] = 0;
    click_at(160, 170);
    pump();
    ok(!strcmp(log_buf, "llmouse 0 160,170 1;ldown;"), "WH_MOUSE_LL, injected: %s", log_buf);
    UnhookWindowsHookEx(hook);
    UnhookWindowsHookEx(mhook);

    /* a hook set by another thread runs on that thread */
    ll_ready = CreateEventA(NULL, FALSE, FALSE, NULL);
    thread = CreateThread(NULL, 0, ll_thread_main, NULL, 0, &tid);
    WaitForSingleObject(ll_ready, 5000);
    ll_thread = tid;
    log_buf[0] = 0;
    key('D', 0);
    key('D', KEYEVENTF_KEYUP);
    pump();
    ok(!strncmp(log_buf, "ll 0 100 44 1e 10 1234 1;", 25), "on the hooking thread: %s", log_buf);
    PostThreadMessageA(tid, WM_QUIT, 0, 0);
    WaitForSingleObject(thread, 5000);
    CloseHandle(thread);
    log_messages = FALSE;
}

/* ---- WH_MSGFILTER ---- */
static BOOL filter_takes;

static LRESULT CALLBACK filter_hook(int code, WPARAM wp, LPARAM lp)
{
    MSG *m = (MSG *)lp;
    if (m->message == WM_USER + 3) note("filter %d", code);
    if (filter_takes) return 1;
    return CallNextHookEx(NULL, code, wp, lp);
}

static void test_msgfilter(HWND hwnd)
{
    HHOOK hook = SetWindowsHookExA(WH_MSGFILTER, filter_hook, NULL, GetCurrentThreadId());
    MSG msg = { hwnd, WM_USER + 3, 0, 0, 0, { 0, 0 } };

    log_buf[0] = 0;
    ok(!CallMsgFilterA(&msg, 1234), "CallMsgFilter: the hook passed it on");
    filter_takes = TRUE;
    ok(CallMsgFilterW(&msg, 4321), "CallMsgFilter: the hook took it");
    ok(IsDialogMessageA(hwnd, &msg), "IsDialogMessage: the hook took it");
    filter_takes = FALSE;
    ok(!strcmp(log_buf, "filter 1234;filter 4321;filter 0;"), "the codes, MSGF_DIALOGBOX from IsDialogMessage: %s",
       log_buf);
    UnhookWindowsHookEx(hook);
}

static LRESULT CALLBACK dummy_hook(int code, WPARAM wp, LPARAM lp)
{
    return CallNextHookEx(NULL, code, wp, lp);
}

int main(void)
{
    HINSTANCE inst = GetModuleHandleA(NULL);
    WNDCLASSA wc = { 0 };
    HHOOK hook;
    HWND hwnd;

    SetLastError(0xdeadbeef);
    hook = SetWindowsHookExA(100, dummy_hook, inst, 0);
    ok(!hook && GetLastError() == ERROR_INVALID_PARAMETER, "an unknown type: %lu", GetLastError());
    SetLastError(0xdeadbeef);
    hook = SetWindowsHookExA(WH_CBT, NULL, inst, GetCurrentThreadId());
    ok(!hook && GetLastError() == ERROR_INVALID_FILTER_PROC, "no procedure: %lu", GetLastError());
    SetLastError(0xdeadbeef);
    hook = SetWindowsHookExA(WH_CBT, dummy_hook, NULL, 0);
    ok(!hook && GetLastError() == ERROR_HOOK_NEEDS_HMOD, "every thread without a module: %lu", GetLastError());
    SetLastError(0xdeadbeef);
    hook = SetWindowsHookExA(WH_KEYBOARD_LL, dummy_hook, inst, GetCurrentThreadId());
    ok(!hook && GetLastError() == ERROR_INVALID_PARAMETER, "a low-level hook for one thread: %lu", GetLastError());
    SetLastError(0xdeadbeef);
    ok(!UnhookWindowsHookEx((HHOOK)0xdead) && GetLastError() == ERROR_INVALID_HOOK_HANDLE, "a bad handle: %lu",
       GetLastError());
    hook = SetWindowsHookExA(WH_CBT, dummy_hook, inst, 0);
    ok(hook != NULL, "every thread with a module: %lu", GetLastError());
    UnhookWindowsHookEx(hook);

    wc.lpfnWndProc = proc;
    wc.hInstance = inst;
    wc.lpszClassName = "hooktest";
    RegisterClassA(&wc);
    test_cbt(inst);

    hwnd = CreateWindowA("hooktest", "hooks", WS_POPUP | WS_VISIBLE, 100, 100, 200, 150, NULL, NULL, inst, NULL);
    SetForegroundWindow(hwnd);
    SetFocus(hwnd);
    pump();
    test_callwndproc(hwnd);
    test_getmessage(hwnd);
    test_input_hooks(hwnd);
    test_ll(hwnd);
    test_msgfilter(hwnd);
    DestroyWindow(hwnd);
    return test_done();
}
