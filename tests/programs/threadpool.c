/* The thread pool: work objects, simple callbacks, timers, waits, private
 * pools, callback completion actions, QueueUserWorkItem and
 * RegisterWaitForSingleObject. */
#include "test.h"

static volatile LONG work_count, simple_count, timer_count, wait_count, item_count, reg_count, reg_timeouts;
static volatile LONG wait_results[4];
static DWORD main_tid;
static volatile DWORD other_thread;

static void CALLBACK work_cb(PTP_CALLBACK_INSTANCE instance, void *context, PTP_WORK work)
{
    (void)instance; (void)work;
    Sleep(10);
    if (GetCurrentThreadId() != main_tid) other_thread = 1;
    InterlockedIncrement((LONG *)context);
}

static void CALLBACK simple_cb(PTP_CALLBACK_INSTANCE instance, void *context)
{
    SetEventWhenCallbackReturns(instance, context);
    InterlockedIncrement(&simple_count);
}

static void CALLBACK timer_cb(PTP_CALLBACK_INSTANCE instance, void *context, PTP_TIMER timer)
{
    (void)instance; (void)timer;
    InterlockedIncrement(&timer_count);
    if (context) SetEvent(context);
}

static void CALLBACK wait_cb(PTP_CALLBACK_INSTANCE instance, void *context, PTP_WAIT wait, TP_WAIT_RESULT result)
{
    LONG n = InterlockedIncrement(&wait_count);
    (void)instance; (void)wait;
    if (n <= 4) wait_results[n - 1] = result;
    ReleaseSemaphoreWhenCallbackReturns(instance, context, 1);
}

static DWORD WINAPI item_cb(void *context)
{
    InterlockedIncrement(&item_count);
    SetEvent(context);
    return 0;
}

static void CALLBACK reg_cb(void *context, BOOLEAN timed_out)
{
    (void)context;
    if (timed_out) InterlockedIncrement(&reg_timeouts);
    else InterlockedIncrement(&reg_count);
}

static void CALLBACK long_cb(PTP_CALLBACK_INSTANCE instance, void *context)
{
    *(BOOL *)context = CallbackMayRunLong(instance) ? 1 : 2;
}

int main(void)
{
    TP_CALLBACK_ENVIRON env;
    PTP_WORK work;
    PTP_TIMER timer;
    PTP_WAIT wait;
    PTP_POOL pool;
    FILETIME due;
    LARGE_INTEGER li;
    HANDLE event, sem, reg;
    DWORD r, start;
    BOOL b, may_run_long = 0;
    LONG private_count = 0;
    int i;

    main_tid = GetCurrentThreadId();

    /* work: each submission runs once, WaitFor... waits for all */
    work = CreateThreadpoolWork(work_cb, (void *)&work_count, NULL);
    ok(work != NULL, "CreateThreadpoolWork: %p", work);
    for (i = 0; i < 5; i++) SubmitThreadpoolWork(work);
    WaitForThreadpoolWorkCallbacks(work, FALSE);
    ok(work_count == 5, "five callbacks ran: %ld", work_count);
    ok(other_thread, "on pool threads");
    CloseThreadpoolWork(work);
    /* cancelling pending ones: at most those already started run (in a
     * pool of two threads, so that most are still pending however the
     * machine schedules) */
    {
        TP_CALLBACK_ENVIRON cancel_env;
        PTP_POOL cancel_pool = CreateThreadpool(NULL);

        ok(cancel_pool != NULL, "CreateThreadpool: %p", cancel_pool);
        SetThreadpoolThreadMaximum(cancel_pool, 2);
        InitializeThreadpoolEnvironment(&cancel_env);
        SetThreadpoolCallbackPool(&cancel_env, cancel_pool);
        work = CreateThreadpoolWork(work_cb, (void *)&work_count, &cancel_env);
        work_count = 0;
        for (i = 0; i < 20; i++) SubmitThreadpoolWork(work);
        WaitForThreadpoolWorkCallbacks(work, TRUE);
        ok(work_count < 20, "pending callbacks cancelled: %ld ran", work_count);
        CloseThreadpoolWork(work);
        CloseThreadpool(cancel_pool);
        DestroyThreadpoolEnvironment(&cancel_env);
    }

    /* simple callbacks, with SetEventWhenCallbackReturns */
    event = CreateEventW(NULL, FALSE, FALSE, NULL);
    b = TrySubmitThreadpoolCallback(simple_cb, event, NULL);
    ok(b, "TrySubmitThreadpoolCallback: %d", b);
    r = WaitForSingleObject(event, 5000);
    ok(r == WAIT_OBJECT_0 && simple_count == 1, "event set on return: %lu %ld", r, simple_count);

    /* a private pool through a callback environment */
    pool = CreateThreadpool(NULL);
    ok(pool != NULL, "CreateThreadpool: %p", pool);
    SetThreadpoolThreadMaximum(pool, 2);
    b = SetThreadpoolThreadMinimum(pool, 1);
    ok(b, "SetThreadpoolThreadMinimum: %d", b);
    InitializeThreadpoolEnvironment(&env);
    SetThreadpoolCallbackPool(&env, pool);
    work = CreateThreadpoolWork(work_cb, &private_count, &env);
    for (i = 0; i < 4; i++) SubmitThreadpoolWork(work);
    WaitForThreadpoolWorkCallbacks(work, FALSE);
    ok(private_count == 4, "private pool ran them: %ld", private_count);
    CloseThreadpoolWork(work);
    b = TrySubmitThreadpoolCallback(long_cb, &may_run_long, &env);
    for (start = GetTickCount(); !may_run_long && GetTickCount() - start < 5000;) Sleep(1);
    ok(may_run_long == 1, "CallbackMayRunLong with a thread to spare: %d", may_run_long);
    DestroyThreadpoolEnvironment(&env);
    CloseThreadpool(pool);

    /* timers */
    timer = CreateThreadpoolTimer(timer_cb, event, NULL);
    ok(timer != NULL, "CreateThreadpoolTimer: %p", timer);
    ok(!IsThreadpoolTimerSet(timer), "a new timer is not set");
    li.QuadPart = -50 * 10000;
    due.dwLowDateTime = li.LowPart;
    due.dwHighDateTime = li.HighPart;
    SetThreadpoolTimer(timer, &due, 0, 0);
    ok(IsThreadpoolTimerSet(timer), "set");
    r = WaitForSingleObject(event, 5000);
    ok(r == WAIT_OBJECT_0 && timer_count == 1, "one-shot timer fired: %lu %ld", r, timer_count);
    WaitForThreadpoolTimerCallbacks(timer, FALSE);
    /* periodic, then stopped */
    timer_count = 0;
    li.QuadPart = -10 * 10000;
    due.dwLowDateTime = li.LowPart;
    due.dwHighDateTime = li.HighPart;
    SetThreadpoolTimer(timer, &due, 20, 0);
    for (i = 0; i < 3; i++) WaitForSingleObject(event, 5000);
    ok(timer_count >= 3, "periodic timer: %ld", timer_count);
    SetThreadpoolTimer(timer, NULL, 0, 0);
    ok(!IsThreadpoolTimerSet(timer), "stopped with NULL");
    WaitForThreadpoolTimerCallbacks(timer, TRUE);
    i = timer_count;
    Sleep(100);
    ok(timer_count == i, "no firing after it stopped: %d %ld", i, timer_count);
    /* a due time of 0 fires at once */
    due.dwLowDateTime = due.dwHighDateTime = 0;
    SetThreadpoolTimer(timer, &due, 0, 0);
    r = WaitForSingleObject(event, 5000);
    ok(r == WAIT_OBJECT_0, "zero due time fires: %lu", r);
    WaitForThreadpoolTimerCallbacks(timer, FALSE);
    CloseThreadpoolTimer(timer);

    /* waits: signalled, then timed out; the callback releases a semaphore */
    sem = CreateSemaphoreW(NULL, 0, 10, NULL);
    wait = CreateThreadpoolWait(wait_cb, sem, NULL);
    ok(wait != NULL, "CreateThreadpoolWait: %p", wait);
    SetThreadpoolWait(wait, event, NULL);
    Sleep(50);
    ok(wait_count == 0, "not before the signal: %ld", wait_count);
    SetEvent(event);
    r = WaitForSingleObject(sem, 5000);
    ok(r == WAIT_OBJECT_0 && wait_count == 1 && wait_results[0] == WAIT_OBJECT_0, "signalled: %lu %ld %ld", r,
       wait_count, wait_results[0]);
    r = WaitForSingleObject(event, 0);
    ok(r == WAIT_TIMEOUT, "the wait consumed the auto-reset event: %lu", r);
    li.QuadPart = -30 * 10000;
    due.dwLowDateTime = li.LowPart;
    due.dwHighDateTime = li.HighPart;
    SetThreadpoolWait(wait, event, &due);
    r = WaitForSingleObject(sem, 5000);
    ok(r == WAIT_OBJECT_0 && wait_count == 2 && wait_results[1] == WAIT_TIMEOUT, "timed out: %lu %ld %ld", r,
       wait_count, wait_results[1]);
    /* a wait fires once per SetThreadpoolWait */
    SetEvent(event);
    Sleep(100);
    ok(wait_count == 2, "not armed again: %ld", wait_count);
    SetThreadpoolWait(wait, event, NULL);
    SetThreadpoolWait(wait, NULL, NULL);
    WaitForThreadpoolWaitCallbacks(wait, TRUE);
    CloseThreadpoolWait(wait);
    ResetEvent(event);

    /* QueueUserWorkItem */
    b = QueueUserWorkItem(item_cb, event, WT_EXECUTEDEFAULT);
    ok(b, "QueueUserWorkItem: %d", b);
    r = WaitForSingleObject(event, 5000);
    ok(r == WAIT_OBJECT_0 && item_count == 1, "work item ran: %lu %ld", r, item_count);

    /* RegisterWaitForSingleObject: repeating, then timeouts, then once */
    b = RegisterWaitForSingleObject(&reg, event, reg_cb, NULL, INFINITE, WT_EXECUTEDEFAULT);
    ok(b, "RegisterWaitForSingleObject: %d", b);
    for (i = 0; i < 3; i++) {
        LONG before = reg_count;
        SetEvent(event);
        for (start = GetTickCount(); reg_count == before && GetTickCount() - start < 5000;) Sleep(1);
    }
    ok(reg_count == 3 && reg_timeouts == 0, "called for each signal: %ld %ld", reg_count, reg_timeouts);
    b = UnregisterWaitEx(reg, INVALID_HANDLE_VALUE);
    ok(b, "UnregisterWaitEx: %d", b);
    SetEvent(event);
    Sleep(100);
    ok(reg_count == 3, "none after unregistering: %ld", reg_count);
    ResetEvent(event);
    b = RegisterWaitForSingleObject(&reg, event, reg_cb, NULL, 20, WT_EXECUTEONLYONCE);
    Sleep(300);
    ok(reg_timeouts == 1, "timed out once: %ld", reg_timeouts);
    b = UnregisterWaitEx(reg, INVALID_HANDLE_VALUE);
    ok(b, "UnregisterWaitEx after it ran: %d", b);

    CloseHandle(sem);
    CloseHandle(event);
    return test_done();
}
