/* critsec.c - critical sections on one thread: recursion, TryEnter,
 * the owner/recursion fields programs sometimes inspect. */
#include "test.h"

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
    return test_done();
}
