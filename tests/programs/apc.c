/* User APCs: QueueUserAPC, alertable waits and sleeps returning
 * WAIT_IO_COMPLETION, APCs to a thread that has not started yet. */
#include "test.h"

static int calls;
static ULONG_PTR last_data;
static DWORD apc_thread;

static void CALLBACK apc_func(ULONG_PTR data)
{
    calls++;
    last_data = data;
    apc_thread = GetCurrentThreadId();
}

static void CALLBACK apc_queue_more(ULONG_PTR data)
{
    calls++;
    QueueUserAPC(apc_func, GetCurrentThread(), data + 1);
}

static volatile LONG order;
static LONG apc_order, start_order;

static void CALLBACK apc_first(ULONG_PTR data)
{
    (void)data;
    apc_order = InterlockedIncrement(&order);
}

static DWORD WINAPI thread_proc(void *arg)
{
    (void)arg;
    start_order = InterlockedIncrement(&order);
    return 0;
}

static DWORD WINAPI sleeper(void *arg)
{
    return SleepEx(10000, TRUE) == WAIT_IO_COMPLETION ? (DWORD)(ULONG_PTR)arg : 0;
}

int main(void)
{
    HANDLE event, thread;
    DWORD r, code;
    BOOL b;

    event = CreateEventW(NULL, FALSE, FALSE, NULL);
    b = QueueUserAPC(apc_func, GetCurrentThread(), 42);
    ok(b, "QueueUserAPC: %d", b);
    ok(calls == 0, "not run at once: %d", calls);
    r = WaitForSingleObject(event, 0);
    ok(r == WAIT_TIMEOUT && calls == 0, "not run by a non-alertable wait: %lu %d", r, calls);
    Sleep(10);
    ok(calls == 0, "not run by Sleep: %d", calls);
    r = WaitForSingleObjectEx(event, 1000, TRUE);
    ok(r == WAIT_IO_COMPLETION, "alertable wait: %lu", r);
    ok(calls == 1 && last_data == 42 && apc_thread == GetCurrentThreadId(), "ran on this thread: %d %Iu",
       calls, last_data);
    r = WaitForSingleObjectEx(event, 0, TRUE);
    ok(r == WAIT_TIMEOUT, "nothing left: %lu", r);

    /* several APCs all run in the one wait, as do those they queue */
    calls = 0;
    QueueUserAPC(apc_func, GetCurrentThread(), 1);
    QueueUserAPC(apc_queue_more, GetCurrentThread(), 7);
    r = SleepEx(1000, TRUE);
    ok(r == WAIT_IO_COMPLETION && calls == 3 && last_data == 8, "all ran: %lu %d %Iu", r, calls, last_data);

    /* a signalled object wins over a pending APC */
    calls = 0;
    SetEvent(event);
    QueueUserAPC(apc_func, GetCurrentThread(), 5);
    r = WaitForMultipleObjectsEx(1, &event, FALSE, 1000, TRUE);
    ok(r == WAIT_OBJECT_0 || r == WAIT_IO_COMPLETION, "object or APC: %lu", r);
    if (r == WAIT_OBJECT_0) r = SleepEx(0, TRUE);
    ok(r == WAIT_IO_COMPLETION && calls == 1, "then the APC: %lu %d", r, calls);
    r = SleepEx(0, TRUE);
    ok(r == 0, "SleepEx without APCs returns 0: %lu", r);

    /* queued from another thread, waking a sleeper */
    thread = CreateThread(NULL, 0, sleeper, (void *)77, 0, NULL);
    Sleep(50);
    calls = 0;
    b = QueueUserAPC(apc_func, thread, 3);
    ok(b, "QueueUserAPC to another thread: %d", b);
    r = WaitForSingleObject(thread, 5000);
    GetExitCodeThread(thread, &code);
    ok(r == WAIT_OBJECT_0 && code == 77, "the sleeper woke with WAIT_IO_COMPLETION: %lu %lu", r, code);
    ok(calls == 1 && apc_thread == GetThreadId(thread), "and ran it: %d", calls);
    CloseHandle(thread);

    /* queued to a suspended thread: runs before its start routine */
    thread = CreateThread(NULL, 0, thread_proc, NULL, CREATE_SUSPENDED, NULL);
    b = QueueUserAPC(apc_first, thread, 0);
    ok(b, "QueueUserAPC to a suspended thread: %d", b);
    ResumeThread(thread);
    WaitForSingleObject(thread, 5000);
    ok(apc_order == 1 && start_order == 2, "APC before the start routine: %ld %ld", apc_order, start_order);
    CloseHandle(thread);

    SetLastError(0xdeadbeef);
    b = QueueUserAPC(apc_func, NULL, 0);
    ok(!b && GetLastError() == ERROR_INVALID_HANDLE, "NULL thread: %d err %lu", b, GetLastError());
    SetLastError(0xdeadbeef);
    b = QueueUserAPC(apc_func, event, 0);
    ok(!b && GetLastError() == ERROR_INVALID_HANDLE, "an event: %d err %lu", b, GetLastError());
    CloseHandle(event);
    return test_done();
}
