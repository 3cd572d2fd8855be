/*
 * In-process synchronisation on futexes: no server round trip.
 *
 * Critical sections keep Windows' field meanings, since programs and
 * debuggers read them: LockCount is -1 when free and counts contenders,
 * OwningThread holds the owner's thread id, RecursionCount the depth. The
 * low 32 bits of LockSemaphore are a futex counting pending wake-ups, so an
 * uncontended Enter/Leave is one atomic each and no syscall.
 */
#include <errno.h>
#include <linux/futex.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>
#include "ntdll_private.h"

static int futex_wait(int *addr, int value, const struct timespec *timeout)
{
    return syscall(SYS_futex, addr, FUTEX_WAIT_PRIVATE, value, timeout, NULL, 0);
}

static int futex_wake(int *addr, int count)
{
    return syscall(SYS_futex, addr, FUTEX_WAKE_PRIVATE, count, NULL, NULL, 0);
}

static inline HANDLE current_tid(void)
{
    return NtCurrentTeb()->ClientId.UniqueThread;
}

/* Until a second Windows thread exists, nothing else can touch a critical
 * section, so the fast paths below take it with plain loads and stores:
 * a locked instruction costs more than the whole rest of an uncontended
 * Enter/Leave pair, and glibc's pthread_mutex skips it the same way. */
static inline BOOL only_thread(void)
{
    return !__atomic_load_n(&thread_second_started, __ATOMIC_RELAXED);
}

static int *wake_counter(RTL_CRITICAL_SECTION *cs)
{
    return (int *)&cs->LockSemaphore;
}

NTSYSAPI NTSTATUS WINAPI RtlInitializeCriticalSectionEx(RTL_CRITICAL_SECTION *cs, ULONG spin, ULONG flags)
{
    (void)flags;
    cs->DebugInfo = NULL;   /* Windows 8+ leaves it NULL too unless debugging is on */
    cs->LockCount = -1;
    cs->RecursionCount = 0;
    cs->OwningThread = 0;
    cs->LockSemaphore = 0;
    cs->SpinCount = spin & 0xffffff;
    return STATUS_SUCCESS;
}

NTSYSAPI NTSTATUS WINAPI RtlInitializeCriticalSectionAndSpinCount(RTL_CRITICAL_SECTION *cs, ULONG spin)
{
    return RtlInitializeCriticalSectionEx(cs, spin, 0);
}

NTSYSAPI NTSTATUS WINAPI RtlInitializeCriticalSection(RTL_CRITICAL_SECTION *cs)
{
    return RtlInitializeCriticalSectionEx(cs, 0, 0);
}

/* Returns the previous spin count. */
NTSYSAPI ULONG WINAPI RtlSetCriticalSectionSpinCount(RTL_CRITICAL_SECTION *cs, ULONG spin)
{
    ULONG old = (ULONG)cs->SpinCount;
    cs->SpinCount = spin & 0xffffff;   /* the high byte carries flags on Windows */
    return old;
}

NTSYSAPI NTSTATUS WINAPI RtlDeleteCriticalSection(RTL_CRITICAL_SECTION *cs)
{
    cs->LockCount = -1;
    cs->RecursionCount = 0;
    cs->OwningThread = 0;
    cs->LockSemaphore = 0;
    return STATUS_SUCCESS;
}

static void wait_for_wakeup(RTL_CRITICAL_SECTION *cs)
{
    int *counter = wake_counter(cs);
    for (;;) {
        int v = __atomic_load_n(counter, __ATOMIC_ACQUIRE);
        if (v > 0) {
            if (__atomic_compare_exchange_n(counter, &v, v - 1, 0, __ATOMIC_ACQUIRE, __ATOMIC_RELAXED)) return;
            continue;
        }
        futex_wait(counter, 0, NULL);
    }
}

/* Everything but an uncontended enter. It is ms_abi and out of line so
 * that the fast path below calls no System V code: an ms_abi function that
 * does must save xmm6-15 in its prologue, which tripled the cost of an
 * uncontended enter (make bench). */
static NTSTATUS WINAPI __attribute__((noinline)) enter_contended(RTL_CRITICAL_SECTION *cs, HANDLE self)
{
    for (ULONG_PTR spin = cs->SpinCount; spin; spin--) {
        LONG expected = -1;
        if (__atomic_compare_exchange_n(&cs->LockCount, &expected, 0, 0, __ATOMIC_ACQUIRE, __ATOMIC_RELAXED))
            goto acquired;
        if (cs->OwningThread == self) break;
        __builtin_ia32_pause();
    }
    if (__atomic_add_fetch(&cs->LockCount, 1, __ATOMIC_ACQUIRE) > 0) {
        if (cs->OwningThread == self) {
            cs->RecursionCount++;
            return STATUS_SUCCESS;
        }
        wait_for_wakeup(cs);
    }
acquired:
    cs->OwningThread = self;
    cs->RecursionCount = 1;
    return STATUS_SUCCESS;
}

/* Takes a free critical section (LockCount -1 -> 0); FALSE if it is not free. */
static inline BOOL take_free(RTL_CRITICAL_SECTION *cs)
{
    LONG expected = -1;

    if (only_thread()) {
        if (__atomic_load_n(&cs->LockCount, __ATOMIC_RELAXED) != -1) return FALSE;
        __atomic_store_n(&cs->LockCount, 0, __ATOMIC_RELAXED);
        return TRUE;
    }
    return __atomic_compare_exchange_n(&cs->LockCount, &expected, 0, 0, __ATOMIC_ACQUIRE, __ATOMIC_RELAXED);
}

static inline LONG lock_count_add(RTL_CRITICAL_SECTION *cs, LONG delta)
{
    if (only_thread()) return cs->LockCount += delta;
    return __atomic_add_fetch(&cs->LockCount, delta, __ATOMIC_ACQ_REL);
}

NTSYSAPI NTSTATUS WINAPI RtlEnterCriticalSection(RTL_CRITICAL_SECTION *cs)
{
    HANDLE self = current_tid();

    if (take_free(cs)) {
        cs->OwningThread = self;
        cs->RecursionCount = 1;
        return STATUS_SUCCESS;
    }
    return enter_contended(cs, self);
}

NTSYSAPI BOOL WINAPI RtlTryEnterCriticalSection(RTL_CRITICAL_SECTION *cs)
{
    HANDLE self = current_tid();

    if (take_free(cs)) {
        cs->OwningThread = self;
        cs->RecursionCount = 1;
        return TRUE;
    }
    if (cs->OwningThread == self) {
        lock_count_add(cs, 1);
        cs->RecursionCount++;
        return TRUE;
    }
    return FALSE;
}

NTSYSAPI NTSTATUS WINAPI RtlLeaveCriticalSection(RTL_CRITICAL_SECTION *cs)
{
    if (--cs->RecursionCount) {
        if (cs->RecursionCount > 0) lock_count_add(cs, -1);
        else cs->RecursionCount++;   /* not owned: Windows ignores it in release builds */
        return STATUS_SUCCESS;
    }
    cs->OwningThread = 0;
    if (lock_count_add(cs, -1) >= 0) {
        __atomic_add_fetch(wake_counter(cs), 1, __ATOMIC_RELEASE);
        futex_wake(wake_counter(cs), 1);
    }
    return STATUS_SUCCESS;
}

NTSYSAPI BOOL WINAPI RtlIsCriticalSectionLockedByThread(RTL_CRITICAL_SECTION *cs)
{
    return cs->OwningThread == current_tid() && cs->RecursionCount;
}

/* timeout: NULL = forever; negative = relative 100 ns units; positive =
 * absolute FILETIME. An alertable delay ends early, with STATUS_USER_APC,
 * once queued APCs have run (wait.c). */
NTSYSAPI NTSTATUS WINAPI NtDelayExecution(BOOLEAN alertable, const LARGE_INTEGER *timeout)
{
    struct timespec ts;
    LONGLONG t;

    if (alertable) return wait_delay_alertable(timeout);
    if (!timeout) {
        for (;;) pause();
    }
    t = timeout->QuadPart;
    if (t > 0) t = time_now_filetime() - t;     /* absolute -> negative relative */
    if (t == 0) {
        sched_yield();
        return STATUS_SUCCESS;
    }
    if (t > 0) return STATUS_SUCCESS;           /* absolute time already past */
    t = -t;
    ts.tv_sec = t / 10000000;
    ts.tv_nsec = (t % 10000000) * 100;
    while (nanosleep(&ts, &ts) && errno == EINTR);
    time_update_shared_data();      /* the clock interrupt that ends the sleep */
    return STATUS_SUCCESS;
}
