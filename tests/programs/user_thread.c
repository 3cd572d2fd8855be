/* user32 across threads: two threads sending to each other's windows do not
 * deadlock (each runs the other's message while it waits), a send to a
 * busy thread times out, windows die with their thread, DestroyWindow of
 * another thread's window is refused, posting pointer messages fails. */
#include "test.h"

static HWND main_hwnd, worker_hwnd;
static HANDLE worker_ready, worker_go;
static volatile LONG nested_ok;

static LRESULT CALLBACK proc(HWND hwnd, UINT msg, WPARAM wp, LPARAM lp)
{
    switch (msg) {
    case WM_USER + 1:   /* on the worker: send back to the main thread while it waits for us */
        return SendMessageA(main_hwnd, WM_USER + 2, wp, 0) + 1;
    case WM_USER + 2:   /* on the main thread, inside its own SendMessage */
        nested_ok = InSendMessage();
        return wp * 10;
    case WM_USER + 3:
        Sleep(300);
        return 1;
    }
    return DefWindowProcA(hwnd, msg, wp, lp);
}

static DWORD WINAPI worker(void *arg)
{
    MSG msg;
    (void)arg;
    worker_hwnd = CreateWindowExA(0, "ThreadClass", NULL, WS_POPUP, 0, 0, 10, 10, NULL, NULL, NULL, NULL);
    SetEvent(worker_ready);
    while (MsgWaitForMultipleObjects(1, &worker_go, FALSE, INFINITE, QS_ALLINPUT) == WAIT_OBJECT_0 + 1)
        while (PeekMessageA(&msg, 0, 0, 0, PM_REMOVE)) DispatchMessageA(&msg);
    return 0;   /* its window goes with it */
}

int main(void)
{
    WNDCLASSA wc = { 0 };
    HANDLE thread;
    DWORD_PTR result = 0;
    LRESULT r;
    DWORD start, elapsed, err;
    BOOL b;

    wc.lpfnWndProc = proc;
    wc.hInstance = GetModuleHandleA(NULL);
    wc.lpszClassName = "ThreadClass";
    RegisterClassA(&wc);
    main_hwnd = CreateWindowExA(0, "ThreadClass", NULL, WS_POPUP, 0, 0, 10, 10, NULL, NULL, NULL, NULL);
    worker_ready = CreateEventA(NULL, FALSE, FALSE, NULL);
    worker_go = CreateEventA(NULL, FALSE, FALSE, NULL);
    thread = CreateThread(NULL, 0, worker, NULL, 0, NULL);
    WaitForSingleObject(worker_ready, INFINITE);
    ok(worker_hwnd != NULL, "worker window");
    ok(GetWindowThreadProcessId(worker_hwnd, NULL) != GetCurrentThreadId(), "owned by the worker");

    r = SendMessageA(worker_hwnd, WM_USER + 1, 4, 0);
    ok(r == 41, "nested cross-thread sends: %d", (int)r);
    ok(nested_ok, "the reply-to message ran inside a send");

    start = GetTickCount();
    SetLastError(0xdeadbeef);
    b = SendMessageTimeoutA(worker_hwnd, WM_USER + 3, 0, 0, SMTO_NORMAL, 50, &result);
    err = GetLastError();
    elapsed = GetTickCount() - start;
    ok(!b && err == ERROR_TIMEOUT, "SendMessageTimeout to a busy window: %d err %lu", b, err);
    ok(elapsed < 250, "gave up after %lu ms", elapsed);
    Sleep(400);

    SetLastError(0xdeadbeef);
    b = DestroyWindow(worker_hwnd);
    err = GetLastError();
    ok(!b && err == ERROR_ACCESS_DENIED, "DestroyWindow of another thread's window: %d err %lu", b, err);
    SetLastError(0xdeadbeef);
    b = PostMessageA(worker_hwnd, WM_SETTEXT, 0, (LPARAM)"x");
    err = GetLastError();
    ok(!b && err == ERROR_MESSAGE_SYNC_ONLY, "posting WM_SETTEXT: %d err %lu", b, err);

    SetEvent(worker_go);
    WaitForSingleObject(thread, INFINITE);
    CloseHandle(thread);
    ok(!IsWindow(worker_hwnd), "the worker's window died with it");
    ok(IsWindow(main_hwnd), "ours lives");
    DestroyWindow(main_hwnd);
    return test_done();
}
