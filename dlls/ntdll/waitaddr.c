/*
 * RtlWaitOnAddress, RtlWakeAddressSingle, RtlWakeAddressAll: wait while a
 * value in memory equals a comparand. Waiters are kept per address in a
 * fixed table of buckets, each sleeper on a futex of its own, so that
 * waking one waiter of an address never picks a waiter of another address
 * sharing the bucket. The comparison is made under the bucket lock and
 * wakers take that lock, so a store followed by a wake is never missed.
 */
#include <string.h>
#include "futex.h"

struct address_waiter {
    struct address_waiter *next;
    const volatile void *address;
    int woken;                           /* futex */
};

struct bucket {
    pthread_mutex_t mutex;
    struct address_waiter *waiters;
};

#define BUCKET_COUNT 64
static struct bucket buckets[BUCKET_COUNT] = {
    [0 ... BUCKET_COUNT - 1] = { PTHREAD_MUTEX_INITIALIZER, NULL },
};

static struct bucket *bucket_of(const volatile void *address)
{
    ULONG_PTR a = (ULONG_PTR)address;
    return &buckets[((a >> 3) ^ (a >> 9)) % BUCKET_COUNT];
}

static BOOL value_equals(const volatile void *address, const void *compare, SIZE_T size)
{
    switch (size) {
    case 1: return *(const volatile BYTE *)address == *(const BYTE *)compare;
    case 2: return *(const volatile WORD *)address == *(const WORD *)compare;
    case 4: return *(const volatile DWORD *)address == *(const DWORD *)compare;
    default: return *(const volatile ULONGLONG *)address == *(const ULONGLONG *)compare;
    }
}

static void unlink_waiter(struct bucket *b, struct address_waiter *w)
{
    struct address_waiter **p;
    for (p = &b->waiters; *p; p = &(*p)->next)
        if (*p == w) {
            *p = w->next;
            return;
        }
}

NTSYSAPI NTSTATUS WINAPI RtlWaitOnAddress(const volatile void *address, const void *compare, SIZE_T size,
                                          const LARGE_INTEGER *timeout)
{
    struct bucket *b = bucket_of(address);
    struct address_waiter w = { NULL, address, 0 }, **p;
    struct deadline deadline;
    NTSTATUS status = STATUS_SUCCESS;

    if (size != 1 && size != 2 && size != 4 && size != 8) return STATUS_INVALID_PARAMETER;
    deadline_from_timeout(timeout, &deadline);
    pthread_mutex_lock(&b->mutex);
    if (!value_equals(address, compare, size)) {
        pthread_mutex_unlock(&b->mutex);
        return STATUS_SUCCESS;
    }
    /* at the tail: the first to wait is the first woken */
    for (p = &b->waiters; *p; p = &(*p)->next);
    *p = &w;
    pthread_mutex_unlock(&b->mutex);

    while (!__atomic_load_n(&w.woken, __ATOMIC_ACQUIRE)) {
        if (timeout && !timeout->QuadPart) break;
        if (futex_wait_until(&w.woken, 0, &deadline) == ETIMEDOUT) break;
    }
    pthread_mutex_lock(&b->mutex);
    if (!__atomic_load_n(&w.woken, __ATOMIC_ACQUIRE)) {
        unlink_waiter(b, &w);
        status = STATUS_TIMEOUT;
    }
    pthread_mutex_unlock(&b->mutex);
    return status;
}

static void wake_address(const void *address, BOOL all)
{
    struct bucket *b = bucket_of(address);
    struct address_waiter **p, *w;

    pthread_mutex_lock(&b->mutex);
    for (p = &b->waiters; (w = *p);) {
        if (w->address != address) {
            p = &w->next;
            continue;
        }
        *p = w->next;
        /* w lives on the waiter's stack: once woken is set it may be gone,
         * and the waiter cannot leave before it gets the bucket lock */
        __atomic_store_n(&w->woken, 1, __ATOMIC_RELEASE);
        futex_wake(&w->woken, 1);
        if (!all) break;
    }
    pthread_mutex_unlock(&b->mutex);
}

NTSYSAPI void WINAPI RtlWakeAddressSingle(const void *address)
{
    wake_address(address, FALSE);
}

NTSYSAPI void WINAPI RtlWakeAddressAll(const void *address)
{
    wake_address(address, TRUE);
}
