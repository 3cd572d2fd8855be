/*
 * Futex helpers shared by ntdll's synchronisation code, and the one
 * conversion of NT timeouts (relative negative / absolute positive
 * 100 ns units, NULL = forever) into futex deadlines.
 */
#ifndef WINRUN_NTDLL_FUTEX_H
#define WINRUN_NTDLL_FUTEX_H

#include <errno.h>
#include <limits.h>
#include <linux/futex.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>
#include "ntdll_private.h"

static inline int futex_wait(int *addr, int value, const struct timespec *timeout)
{
    return syscall(SYS_futex, addr, FUTEX_WAIT_PRIVATE, value, timeout, NULL, 0);
}

static inline int futex_wake(int *addr, int count)
{
    return syscall(SYS_futex, addr, FUTEX_WAKE_PRIVATE, count, NULL, NULL, 0);
}

/* An absolute point in time on the clock the timeout was expressed in:
 * relative NT timeouts follow CLOCK_MONOTONIC (a clock change must not
 * stretch them), absolute ones CLOCK_REALTIME, as on Windows. */
struct deadline {
    int infinite;
    int realtime;
    struct timespec ts;
};

static inline void deadline_from_timeout(const LARGE_INTEGER *timeout, struct deadline *d)
{
    LONGLONG t;

    d->infinite = !timeout;
    if (!timeout) return;
    t = timeout->QuadPart;
    if (t > 0) {
        d->realtime = 1;
        t -= TICKS_1601_TO_1970;
        if (t < 0) t = 0;
        d->ts.tv_sec = t / 10000000;
        d->ts.tv_nsec = (t % 10000000) * 100;
        return;
    }
    d->realtime = 0;
    clock_gettime(CLOCK_MONOTONIC, &d->ts);
    t = -t;
    d->ts.tv_sec += t / 10000000;
    d->ts.tv_nsec += (t % 10000000) * 100;
    if (d->ts.tv_nsec >= 1000000000) {
        d->ts.tv_sec++;
        d->ts.tv_nsec -= 1000000000;
    }
}

/* Sleeps while *ADDR == VALUE, until woken or the deadline. Returns 0 on a
 * wake-up (possibly spurious), ETIMEDOUT once the deadline has passed. */
static inline int futex_wait_until(int *addr, int value, const struct deadline *d)
{
    int op;
    if (d->infinite) {                  /* realtime and ts are unset then */
        futex_wait(addr, value, NULL);
        return 0;
    }
    op = FUTEX_WAIT_BITSET_PRIVATE | (d->realtime ? FUTEX_CLOCK_REALTIME : 0);
    if (syscall(SYS_futex, addr, op, value, &d->ts, NULL, FUTEX_BITSET_MATCH_ANY) && errno == ETIMEDOUT)
        return ETIMEDOUT;
    return 0;
}

#endif
