/*
 * Slim reader/writer locks and condition variables. Both are one pointer
 * of the program's memory (Windows' size, zero when initialised) holding
 * all their state, with a futex on its low 32 bits; nothing is allocated.
 *
 * SRW lock word: bit 0 held exclusively, bit 1 a writer sleeps, bit 2 a
 * reader sleeps, bits 3+ the count of shared holders. The waiting bits
 * are only ever set while the lock is held, and the release that frees
 * the lock clears them and wakes every sleeper, who then race again and
 * set their bit anew before sleeping: simple and never loses a wake-up,
 * at the cost of a herd on a contended release. Readers yield to a
 * sleeping writer, so writers do not starve.
 *
 * Condition variable: low 32 bits a sequence number bumped by each wake,
 * high 32 bits the number of sleepers, so waking nobody costs no syscall.
 * Wake-ups may be spurious, as Windows documents.
 */
#include "futex.h"

NTSYSAPI NTSTATUS WINAPI RtlEnterCriticalSection(RTL_CRITICAL_SECTION *cs);
NTSYSAPI NTSTATUS WINAPI RtlLeaveCriticalSection(RTL_CRITICAL_SECTION *cs);

#define SRW_EXCLUSIVE      0x1
#define SRW_WRITER_WAITING 0x2
#define SRW_READER_WAITING 0x4
#define SRW_WAITING        (SRW_WRITER_WAITING | SRW_READER_WAITING)
#define SRW_SHARED_ONE     0x8

static int *srw_word(RTL_SRWLOCK *lock)
{
    return (int *)&lock->Ptr;
}

static int cas(int *word, int *expected, int desired)
{
    return __atomic_compare_exchange_n(word, expected, desired, 0, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE);
}

NTSYSAPI void WINAPI RtlInitializeSRWLock(RTL_SRWLOCK *lock)
{
    lock->Ptr = NULL;
}

NTSYSAPI void WINAPI RtlAcquireSRWLockExclusive(RTL_SRWLOCK *lock)
{
    int *word = srw_word(lock);
    int v = 0;

    while (!cas(word, &v, SRW_EXCLUSIVE)) {
        if (!v) continue;    /* freed meanwhile: try again */
        if (!(v & SRW_WRITER_WAITING)) {
            if (!cas(word, &v, v | SRW_WRITER_WAITING)) continue;
            v |= SRW_WRITER_WAITING;
        }
        futex_wait(word, v, NULL);
        v = 0;
    }
}

NTSYSAPI void WINAPI RtlAcquireSRWLockShared(RTL_SRWLOCK *lock)
{
    int *word = srw_word(lock);
    int v = __atomic_load_n(word, __ATOMIC_ACQUIRE);

    for (;;) {
        if (!(v & (SRW_EXCLUSIVE | SRW_WRITER_WAITING))) {
            if (cas(word, &v, v + SRW_SHARED_ONE)) return;
            continue;
        }
        if (!(v & SRW_READER_WAITING)) {
            if (!cas(word, &v, v | SRW_READER_WAITING)) continue;
            v |= SRW_READER_WAITING;
        }
        futex_wait(word, v, NULL);
        v = __atomic_load_n(word, __ATOMIC_ACQUIRE);
    }
}

NTSYSAPI BOOLEAN WINAPI RtlTryAcquireSRWLockExclusive(RTL_SRWLOCK *lock)
{
    int v = 0;
    return cas(srw_word(lock), &v, SRW_EXCLUSIVE);
}

NTSYSAPI BOOLEAN WINAPI RtlTryAcquireSRWLockShared(RTL_SRWLOCK *lock)
{
    int *word = srw_word(lock);
    int v = __atomic_load_n(word, __ATOMIC_ACQUIRE);

    while (!(v & (SRW_EXCLUSIVE | SRW_WRITER_WAITING)))
        if (cas(word, &v, v + SRW_SHARED_ONE)) return TRUE;
    return FALSE;
}

NTSYSAPI void WINAPI RtlReleaseSRWLockExclusive(RTL_SRWLOCK *lock)
{
    int *word = srw_word(lock);
    if (__atomic_exchange_n(word, 0, __ATOMIC_RELEASE) & SRW_WAITING) futex_wake(word, INT_MAX);
}

NTSYSAPI void WINAPI RtlReleaseSRWLockShared(RTL_SRWLOCK *lock)
{
    int *word = srw_word(lock);
    int v = __atomic_load_n(word, __ATOMIC_RELAXED), next;

    do {
        next = v - SRW_SHARED_ONE;
        if (next < SRW_SHARED_ONE) next = 0;    /* the last reader clears the waiting bits */
    } while (!cas(word, &v, next));
    if (!next && (v & SRW_WAITING)) futex_wake(word, INT_MAX);
}

/* ---- condition variables ---- */

static int *cv_sequence(RTL_CONDITION_VARIABLE *cv)
{
    return (int *)&cv->Ptr;
}

static int *cv_sleepers(RTL_CONDITION_VARIABLE *cv)
{
    return (int *)&cv->Ptr + 1;
}

NTSYSAPI void WINAPI RtlInitializeConditionVariable(RTL_CONDITION_VARIABLE *cv)
{
    cv->Ptr = NULL;
}

static void wake(RTL_CONDITION_VARIABLE *cv, int count)
{
    if (!__atomic_load_n(cv_sleepers(cv), __ATOMIC_SEQ_CST)) return;
    __atomic_add_fetch(cv_sequence(cv), 1, __ATOMIC_SEQ_CST);
    futex_wake(cv_sequence(cv), count);
}

NTSYSAPI void WINAPI RtlWakeConditionVariable(RTL_CONDITION_VARIABLE *cv)
{
    wake(cv, 1);
}

NTSYSAPI void WINAPI RtlWakeAllConditionVariable(RTL_CONDITION_VARIABLE *cv)
{
    wake(cv, INT_MAX);
}

/* Counted as a sleeper while still holding the lock, so that a waker who
 * changes the predicate under the lock cannot miss us. */
static int cv_begin(RTL_CONDITION_VARIABLE *cv)
{
    __atomic_add_fetch(cv_sleepers(cv), 1, __ATOMIC_SEQ_CST);
    return __atomic_load_n(cv_sequence(cv), __ATOMIC_SEQ_CST);
}

static NTSTATUS cv_sleep(RTL_CONDITION_VARIABLE *cv, int seen, const LARGE_INTEGER *timeout)
{
    struct deadline deadline;
    int r = ETIMEDOUT;

    if (!timeout || timeout->QuadPart) {
        deadline_from_timeout(timeout, &deadline);
        r = futex_wait_until(cv_sequence(cv), seen, &deadline);
    }
    __atomic_sub_fetch(cv_sleepers(cv), 1, __ATOMIC_SEQ_CST);
    return r == ETIMEDOUT ? STATUS_TIMEOUT : STATUS_SUCCESS;
}

NTSYSAPI NTSTATUS WINAPI RtlSleepConditionVariableCS(RTL_CONDITION_VARIABLE *cv, RTL_CRITICAL_SECTION *cs,
                                                     const LARGE_INTEGER *timeout)
{
    int seen = cv_begin(cv);
    NTSTATUS status;

    RtlLeaveCriticalSection(cs);
    status = cv_sleep(cv, seen, timeout);
    RtlEnterCriticalSection(cs);
    return status;
}

NTSYSAPI NTSTATUS WINAPI RtlSleepConditionVariableSRW(RTL_CONDITION_VARIABLE *cv, RTL_SRWLOCK *lock,
                                                      const LARGE_INTEGER *timeout, ULONG flags)
{
    int seen = cv_begin(cv);
    NTSTATUS status;

    if (flags & CONDITION_VARIABLE_LOCKMODE_SHARED) RtlReleaseSRWLockShared(lock);
    else RtlReleaseSRWLockExclusive(lock);
    status = cv_sleep(cv, seen, timeout);
    if (flags & CONDITION_VARIABLE_LOCKMODE_SHARED) RtlAcquireSRWLockShared(lock);
    else RtlAcquireSRWLockExclusive(lock);
    return status;
}
