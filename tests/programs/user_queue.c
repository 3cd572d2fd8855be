/* user32 message queues: posting and peeking with filters, WM_QUIT's place,
 * timers, cross-thread SendMessage (the receiver runs it inside its own
 * message calls), SendMessageTimeout, notify messages, ReplyMessage,
 * MsgWaitForMultipleObjects and GetQueueStatus, TranslateMessage. */
#include "test.h"

static HWND main_hwnd;
static DWORD main_tid;
static int timer_proc_calls;
static LONG received_in_send, received_is_send;

static LRESULT CALLBACK proc(HWND hwnd, UINT msg, WPARAM wp, LPARAM lp)
{
    switch (msg) {
    case WM_USER + 1:
        received_in_send = GetCurrentThreadId() == main_tid;
        received_is_send = InSendMessage();
        return wp + lp;
    case WM_USER + 2:
        ReplyMessage(77);   /* the sender resumes now */
        Sleep(50);
        return 5;
    case WM_USER + 3:
        return 0x1234;
    }
    return DefWindowProcA(hwnd, msg, wp, lp);
}

static void CALLBACK timer_proc(HWND hwnd, UINT msg, UINT_PTR id, DWORD time)
{
    (void)hwnd; (void)id; (void)time;
    if (msg == WM_TIMER) timer_proc_calls++;
}

static DWORD WINAPI sender_thread(void *arg)
{
    DWORD_PTR result = 0;
    LRESULT r;
    (void)arg;
    r = SendMessageA(main_hwnd, WM_USER + 1, 40, 2);
    ok(r == 42, "cross-thread SendMessage result %d", (int)r);
    r = SendMessageA(main_hwnd, WM_USER + 2, 0, 0);
    ok(r == 77, "ReplyMessage's result %d", (int)r);
    ok(SendMessageTimeoutA(main_hwnd, WM_USER + 3, 0, 0, SMTO_NORMAL, 5000, &result) && result == 0x1234,
       "SendMessageTimeout result %x", (int)result);
    ok(SendNotifyMessageA(main_hwnd, WM_USER + 4, 0, 0), "SendNotifyMessage");
    PostMessageA(main_hwnd, WM_USER + 5, 0, 0);
    return 0;
}

static DWORD WINAPI post_later(void *arg)
{
    Sleep(50);
    PostThreadMessageA((DWORD)(ULONG_PTR)arg, WM_USER + 9, 9, 0);
    return 0;
}

int main(void)
{
    WNDCLASSA wc = { 0 };
    MSG msg;
    HANDLE thread, event;
    DWORD ret, start, status;
    BOOL r;
    int count, i;

    main_tid = GetCurrentThreadId();
    wc.lpfnWndProc = proc;
    wc.hInstance = GetModuleHandleA(NULL);
    wc.lpszClassName = "QueueClass";
    RegisterClassA(&wc);
    main_hwnd = CreateWindowExA(0, "QueueClass", NULL, WS_POPUP, 0, 0, 10, 10, NULL, NULL, wc.hInstance, NULL);
    ok(main_hwnd != NULL, "CreateWindowExA err %lu", GetLastError());
    while (PeekMessageA(&msg, 0, 0, 0, PM_REMOVE)) DispatchMessageA(&msg);

    /* posted messages come in order; filters skip without removing */
    PostMessageA(main_hwnd, WM_USER + 10, 1, 0);
    PostMessageA(main_hwnd, WM_USER + 20, 2, 0);
    PostThreadMessageA(main_tid, WM_USER + 30, 3, 0);
    PostQuitMessage(5);
    r = PeekMessageA(&msg, 0, WM_USER + 20, WM_USER + 20, PM_REMOVE);
    ok(r && msg.message == WM_USER + 20 && msg.wParam == 2, "filtered peek %d %x", r, msg.message);
    r = PeekMessageA(&msg, 0, 0, 0, PM_NOREMOVE);
    ok(r && msg.message == WM_USER + 10, "PM_NOREMOVE sees the first %x", msg.message);
    r = PeekMessageA(&msg, (HWND)-1, 0, 0, PM_REMOVE);
    ok(r && msg.message == WM_USER + 30 && msg.hwnd == NULL, "hwnd -1 takes thread messages: %x", msg.message);
    r = PeekMessageA(&msg, main_hwnd, 0, 0, PM_REMOVE);
    ok(r && msg.message == WM_USER + 10 && msg.hwnd == main_hwnd, "window filter %x", msg.message);
    r = GetMessageA(&msg, 0, 0, 0);
    ok(!r && msg.message == WM_QUIT && msg.wParam == 5, "WM_QUIT last: %d %x %d", r, msg.message, (int)msg.wParam);
    ok(!PeekMessageA(&msg, 0, 0, 0, PM_REMOVE), "queue empty");

    SetLastError(0xdeadbeef);
    r = PostMessageA((HWND)(ULONG_PTR)0x7ffe0, WM_USER, 0, 0);
    ok(!r && GetLastError() == ERROR_INVALID_WINDOW_HANDLE, "post to a bad window: err %lu", GetLastError());
    SetLastError(0xdeadbeef);
    r = PostThreadMessageA(0xfffffff0, WM_USER, 0, 0);
    /* Windows says ERROR_INVALID_THREAD_ID for a thread that does not exist
     * or has no queue; Wine ERROR_INVALID_PARAMETER for one that does not exist */
    ok(!r && (GetLastError() == ERROR_INVALID_THREAD_ID ||
              (GetLastError() == ERROR_INVALID_PARAMETER && GetProcAddress(GetModuleHandleA("ntdll"), "wine_get_version"))),
       "post to a bad thread: err %lu", GetLastError());

    /* GetQueueStatus: new (high word) and present (low word) */
    GetQueueStatus(QS_ALLINPUT);
    PostMessageA(main_hwnd, WM_USER, 0, 0);
    status = GetQueueStatus(QS_POSTMESSAGE);
    ok(status == MAKELONG(QS_POSTMESSAGE, QS_POSTMESSAGE), "GetQueueStatus %lx", status);
    status = GetQueueStatus(QS_POSTMESSAGE);
    ok(status == MAKELONG(0, QS_POSTMESSAGE), "GetQueueStatus again %lx", status);
    ret = MsgWaitForMultipleObjects(0, NULL, FALSE, 0, QS_POSTMESSAGE);
    ok(ret == WAIT_TIMEOUT, "no new input since the last look: %lx", ret);
    ret = MsgWaitForMultipleObjectsEx(0, NULL, 0, QS_POSTMESSAGE, MWMO_INPUTAVAILABLE);
    ok(ret == WAIT_OBJECT_0, "MWMO_INPUTAVAILABLE sees it: %lx", ret);
    while (PeekMessageA(&msg, 0, 0, 0, PM_REMOVE)) ;

    /* the queue wakes a wait on it; a signaled handle comes first */
    thread = CreateThread(NULL, 0, post_later, (void *)(ULONG_PTR)main_tid, 0, NULL);
    start = GetTickCount();
    ret = MsgWaitForMultipleObjects(0, NULL, FALSE, 5000, QS_POSTMESSAGE);
    ok(ret == WAIT_OBJECT_0, "woken by a post from another thread: %lx after %lu ms", ret, GetTickCount() - start);
    r = PeekMessageA(&msg, 0, 0, 0, PM_REMOVE);
    ok(r && msg.message == WM_USER + 9, "the posted message %x", msg.message);
    WaitForSingleObject(thread, INFINITE);
    CloseHandle(thread);
    event = CreateEventA(NULL, TRUE, TRUE, NULL);
    ret = MsgWaitForMultipleObjects(1, &event, FALSE, 0, QS_ALLINPUT);
    ok(ret == WAIT_OBJECT_0, "signaled handle: %lx", ret);
    ResetEvent(event);
    ret = MsgWaitForMultipleObjects(1, &event, FALSE, 20, QS_ALLINPUT);
    ok(ret == WAIT_TIMEOUT, "timeout: %lx", ret);
    CloseHandle(event);

    /* timers: WM_TIMER to the window, and a TIMERPROC through DispatchMessage */
    ok(SetTimer(main_hwnd, 3, 10, NULL) == 3, "SetTimer on a window");
    count = 0;
    start = GetTickCount();
    while (count < 3 && GetTickCount() - start < 5000 && GetMessageA(&msg, 0, 0, 0)) {
        if (msg.message == WM_TIMER && msg.hwnd == main_hwnd && msg.wParam == 3) count++;
        DispatchMessageA(&msg);
    }
    ok(count == 3, "three WM_TIMER: %d", count);
    ok(KillTimer(main_hwnd, 3), "KillTimer");
    ok(!KillTimer(main_hwnd, 3), "KillTimer twice fails");
    {
        UINT_PTR id = SetTimer(NULL, 0, 10, timer_proc);
        ok(id != 0, "thread timer id %x", (int)id);
        start = GetTickCount();
        while (timer_proc_calls < 2 && GetTickCount() - start < 5000 && GetMessageA(&msg, 0, 0, 0))
            DispatchMessageA(&msg);
        ok(timer_proc_calls >= 2, "TIMERPROC called %d times", timer_proc_calls);
        ok(KillTimer(NULL, id), "KillTimer(thread timer)");
    }

    /* cross-thread sends run here, inside GetMessage */
    thread = CreateThread(NULL, 0, sender_thread, NULL, 0, NULL);
    for (i = 0, count = 0; i < 100 && count == 0; i++) {
        if (MsgWaitForMultipleObjects(0, NULL, FALSE, 5000, QS_ALLINPUT) == WAIT_TIMEOUT) break;
        while (PeekMessageA(&msg, 0, 0, 0, PM_REMOVE)) {
            if (msg.message == WM_USER + 5) count++;
            DispatchMessageA(&msg);
        }
    }
    ok(count == 1, "the sender's final post arrived: %d", count);
    ok(received_in_send && received_is_send, "sent message ran on the window's thread (%ld) inside a send (%ld)",
       received_in_send, received_is_send);
    ok(!InSendMessage(), "not in a send now");
    WaitForSingleObject(thread, INFINITE);
    CloseHandle(thread);

    /* TranslateMessage: WM_KEYDOWN of a letter makes WM_CHAR */
    while (PeekMessageA(&msg, 0, 0, 0, PM_REMOVE)) ;
    msg.hwnd = main_hwnd;
    msg.message = WM_KEYDOWN;
    msg.wParam = 'A';
    msg.lParam = 1 | (0x1e << 16);
    ok(TranslateMessage(&msg), "TranslateMessage(WM_KEYDOWN)");
    r = PeekMessageA(&msg, 0, 0, 0, PM_REMOVE);
    ok(r && msg.message == WM_CHAR && msg.wParam == 'a', "WM_CHAR %x %x", msg.message, (int)msg.wParam);
    msg.message = WM_KEYUP;
    msg.wParam = 'A';
    msg.lParam = 1 | (0x1e << 16) | 0xc0000000;
    TranslateMessage(&msg);
    {
        /* with Shift down (the thread's key state) the letter is upper case */
        BYTE state[256];
        GetKeyboardState(state);
        state[VK_SHIFT] = 0x80;
        SetKeyboardState(state);
        msg.message = WM_KEYDOWN;
        msg.wParam = '1';
        msg.lParam = 1 | (0x02 << 16);
        TranslateMessage(&msg);
        r = PeekMessageA(&msg, 0, WM_CHAR, WM_CHAR, PM_REMOVE);
        ok(r && msg.wParam == '!', "Shift+1 makes '!': %x", (int)msg.wParam);
        ok(GetKeyState(VK_SHIFT) < 0, "GetKeyState(VK_SHIFT) down");
        state[VK_SHIFT] = 0;
        SetKeyboardState(state);
    }
    msg.message = WM_USER;
    ok(!TranslateMessage(&msg), "TranslateMessage(WM_USER) is FALSE");
    msg.message = WM_KEYDOWN;
    msg.wParam = VK_F1;
    msg.lParam = 1 | (0x3b << 16);
    TranslateMessage(&msg);
    ok(!PeekMessageA(&msg, 0, WM_CHAR, WM_CHAR, PM_REMOVE), "F1 makes no WM_CHAR");

    ok(RegisterWindowMessageA("winrun test message") >= 0xc000, "RegisterWindowMessage in the atom range");
    ok(RegisterWindowMessageA("WINRUN TEST MESSAGE") == RegisterWindowMessageA("winrun test message"),
       "RegisterWindowMessage is case-insensitive");

    DestroyWindow(main_hwnd);
    return test_done();
}
