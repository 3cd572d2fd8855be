/* critsec.c - critical sections on one thread: recursion, TryEnter,
 * the owner/recursion fields programs sometimes inspect; then a section
 * held (recursively) while a second thread is created and contends for it:
 * winrun takes sections without locked instructions while the process has
 * one thread, so that switch-over must hand the section on intact. */
#include "test.h"

static CRITICAL_SECTION held;
static HANDLE tried_event;
static volatile LONG try_result = -1, worker_done, worker_rec, worker_owner_ok;

static DWORD WINAPI contender(void *arg)
{
    (void)arg;
    try_result = TryEnterCriticalSection(&held);
    SetEvent(tried_event);
    EnterCriticalSection(&held);
    worker_rec = held.RecursionCount;
    worker_owner_ok = (DWORD)(ULONG_PTR)held.OwningThread == GetCurrentThreadId();
    worker_done = 1;
    LeaveCriticalSection(&held);
    return 0;
}

static void test_second_thread(void)
{
    HANDLE thread;

    InitializeCriticalSection(&held);
    EnterCriticalSection(&held);
    EnterCriticalSection(&held);
    tried_event = CreateEventA(NULL, TRUE, FALSE, NULL);
    thread = CreateThread(NULL, 0, contender, NULL, 0, NULL);
    ok(thread != NULL, "CreateThread: %lu", GetLastError());
    if (!thread) return;
    ok(WaitForSingleObject(tried_event, 5000) == WAIT_OBJECT_0, "the contender ran");
    ok(try_result == FALSE, "TryEnter of a section another thread holds fails: %ld", try_result);
    Sleep(50);
    ok(!worker_done, "the contender waits while the section is held");
    ok(held.RecursionCount == 2 && (DWORD)(ULONG_PTR)held.OwningThread == GetCurrentThreadId(),
       "still owned twice by the main thread: rec %ld", held.RecursionCount);
    LeaveCriticalSection(&held);
    Sleep(20);
    ok(!worker_done, "one leave of two does not release it");
    LeaveCriticalSection(&held);
    ok(WaitForSingleObject(thread, 5000) == WAIT_OBJECT_0, "the contender finished");
    ok(worker_done && worker_rec == 1 && worker_owner_ok, "the contender owned it once: rec %ld owner ok %ld",
       worker_rec, worker_owner_ok);
    ok(held.RecursionCount == 0 && held.OwningThread == 0, "released again: rec %ld owner %p",
       held.RecursionCount, held.OwningThread);
    EnterCriticalSection(&held);
    ok(held.RecursionCount == 1 && (DWORD)(ULONG_PTR)held.OwningThread == GetCurrentThreadId(),
       "the main thread takes it back: rec %ld", held.RecursionCount);
    LeaveCriticalSection(&held);
    ok(held.LockCount == -1, "free: lock %ld", held.LockCount);
    CloseHandle(thread);
    CloseHandle(tried_event);
    DeleteCriticalSection(&held);
}

int main(void)
{
    CRITICAL_SECTION cs, cs2;

    InitializeCriticalSection(&cs);
    ok(cs.LockCount == -1 && cs.RecursionCount == 0 && cs.OwningThread == 0, "initialised: lock %ld rec %ld",
       cs.LockCount, cs.RecursionCount);
    EnterCriticalSection(&cs);
    ok(cs.RecursionCount == 1 && (DWORD)(ULONG_PTR)cs.OwningThread == GetCurrentThreadId(),
       "owned once by this thread: rec %ld", cs.RecursionCount);
    EnterCriticalSection(&cs);
    ok(cs.RecursionCount == 2, "recursive enter: rec %ld", cs.RecursionCount);
    ok(TryEnterCriticalSection(&cs), "TryEnter by the owner succeeds");
    ok(cs.RecursionCount == 3, "rec %ld", cs.RecursionCount);
    LeaveCriticalSection(&cs);
    LeaveCriticalSection(&cs);
    ok(cs.RecursionCount == 1, "after two leaves: rec %ld", cs.RecursionCount);
    LeaveCriticalSection(&cs);
    ok(cs.RecursionCount == 0 && cs.OwningThread == 0, "released: rec %ld owner %p", cs.RecursionCount,
       cs.OwningThread);
    ok(TryEnterCriticalSection(&cs), "TryEnter on a free section succeeds");
    LeaveCriticalSection(&cs);
    DeleteCriticalSection(&cs);

    ok(InitializeCriticalSectionAndSpinCount(&cs2, 4000), "InitializeCriticalSectionAndSpinCount");
    SetCriticalSectionSpinCount(&cs2, 100);
    EnterCriticalSection(&cs2);
    LeaveCriticalSection(&cs2);
    ok(cs2.RecursionCount == 0, "spin-count section works");
    DeleteCriticalSection(&cs2);

    test_second_thread();
    return test_done();
}
