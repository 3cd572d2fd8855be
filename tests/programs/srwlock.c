/* srwlock.c - slim reader/writer locks, condition variables with a
 * timeout, and one-time initialisation, all on one thread. */
#include "test.h"

static int once_calls;

static BOOL CALLBACK once_fn(INIT_ONCE *once, void *param, void **context)
{
    (void)once;
    once_calls++;
    *context = param;
    return TRUE;
}

int main(void)
{
    SRWLOCK lock = SRWLOCK_INIT, lock2;
    CONDITION_VARIABLE cv = CONDITION_VARIABLE_INIT;
    CRITICAL_SECTION cs;
    INIT_ONCE once = INIT_ONCE_STATIC_INIT;
    void *ctx = NULL;
    DWORD start;
    BOOL b;

    AcquireSRWLockShared(&lock);
    ok(TryAcquireSRWLockShared(&lock), "a second shared acquire succeeds");
    ok(!TryAcquireSRWLockExclusive(&lock), "exclusive fails while shared is held");
    ReleaseSRWLockShared(&lock);
    ReleaseSRWLockShared(&lock);
    ok(TryAcquireSRWLockExclusive(&lock), "exclusive succeeds once free");
    ok(!TryAcquireSRWLockShared(&lock), "shared fails while exclusive is held");
    ok(!TryAcquireSRWLockExclusive(&lock), "exclusive is not recursive");
    ReleaseSRWLockExclusive(&lock);
    InitializeSRWLock(&lock2);
    AcquireSRWLockExclusive(&lock2);
    ReleaseSRWLockExclusive(&lock2);
    ok(lock2.Ptr == NULL, "released lock is all zero again");

    /* a condition wait nobody signals times out */
    AcquireSRWLockExclusive(&lock);
    SetLastError(0xdeadbeef);
    start = GetTickCount();
    b = SleepConditionVariableSRW(&cv, &lock, 30, 0);
    ok(!b && GetLastError() == ERROR_TIMEOUT, "SleepConditionVariableSRW times out: err %lu", GetLastError());
    ok(GetTickCount() - start >= 15, "waited about 30 ms: %lu", GetTickCount() - start);
    ok(!TryAcquireSRWLockExclusive(&lock), "lock is held again after the wait");
    ReleaseSRWLockExclusive(&lock);
    WakeConditionVariable(&cv);      /* no waiter: harmless */
    WakeAllConditionVariable(&cv);

    InitializeCriticalSection(&cs);
    EnterCriticalSection(&cs);
    SetLastError(0xdeadbeef);
    b = SleepConditionVariableCS(&cv, &cs, 10);
    ok(!b && GetLastError() == ERROR_TIMEOUT && cs.RecursionCount == 1,
       "SleepConditionVariableCS times out and re-enters: err %lu", GetLastError());
    LeaveCriticalSection(&cs);
    DeleteCriticalSection(&cs);

    /* the context must keep its low 2 bits clear (INIT_ONCE_CTX_RESERVED_BITS) */
    b = InitOnceExecuteOnce(&once, once_fn, (void *)0x500, &ctx);
    ok(b && ctx == (void *)0x500, "InitOnceExecuteOnce: ctx %p", ctx);
    ctx = NULL;
    b = InitOnceExecuteOnce(&once, once_fn, (void *)0x600, &ctx);
    ok(b && once_calls == 1 && ctx == (void *)0x500,
       "second call does not run it again: calls %d ctx %p", once_calls, ctx);
    return test_done();
}
