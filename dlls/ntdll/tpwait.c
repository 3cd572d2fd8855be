/*
 * Thread-pool waits (TpAllocWait, TpSetWait, ...) and RtlRegisterWait on
 * top of them. One service thread, a Windows thread so that it owns what
 * its waits acquire (a mutex) as Windows' wait threads do, tests every
 * armed wait under the wait lock and sleeps on the wait generation until
 * something changes or the earliest timeout. That is O(armed waits) per
 * state change in the process; fine for the handful programs register.
 */
#include <stdlib.h>
#include "futex.h"
#include "threadpool.h"

#define WT_EXECUTEONLYONCE 0x8

NTSYSAPI NTSTATUS WINAPI RtlCreateUserThread(HANDLE, void *, BOOLEAN, ULONG, SIZE_T, SIZE_T,
                                             PRTL_THREAD_START_ROUTINE, void *, HANDLE *, CLIENT_ID *);
NTSYSAPI NTSTATUS WINAPI NtSetEvent(HANDLE, LONG *);

static struct tp_object *armed;                 /* under the wait lock */
static pthread_once_t service_once = PTHREAD_ONCE_INIT;

static void unarm_locked(struct tp_object *wait)
{
    struct tp_object **p;
    if (!wait->wait_armed) return;
    for (p = &armed; *p; p = &(*p)->wait_next)
        if (*p == wait) {
            *p = wait->wait_next;
            break;
        }
    wait->wait_armed = FALSE;
}

static DWORD WINAPI service_main(void *arg)
{
    DWORD tid = (DWORD)(ULONG_PTR)NtCurrentTeb()->ClientId.UniqueThread;
    (void)arg;

    wait_lock();
    for (;;) {
        LONGLONG now = time_monotonic_nosuspend_100ns(), earliest = 0;
        struct tp_object **p = &armed, *wait;
        struct deadline deadline;
        struct shared_watch watch;

        watch.count = watch.overflow = 0;
        watch.wake_at = 0;
        while ((wait = *p)) {
            DWORD result;
            wait_watch_object(&watch, wait->wait_object);   /* before the test: no change is missed */
            if (object_acquire_locked(wait->wait_object, tid)) {
                result = TP_WAIT_OBJECT_0;
            } else if (wait->wait_due && wait->wait_due <= now) {
                result = TP_WAIT_TIMEOUT;
            } else {
                if (wait->wait_due && (!earliest || wait->wait_due < earliest)) earliest = wait->wait_due;
                p = &wait->wait_next;
                continue;
            }
            *p = wait->wait_next;   /* a wait fires once per TpSetWait */
            wait->wait_armed = FALSE;
            tp_wait_submit(wait, result);
        }
        deadline.infinite = !earliest;
        deadline.realtime = 0;
        deadline.ts.tv_sec = earliest / 10000000;
        deadline.ts.tv_nsec = (earliest % 10000000) * 100;
        wait_sleep_watching_locked(&deadline, &watch);
    }
    return 0;
}

static void service_start(void)
{
    HANDLE thread;
    if (RtlCreateUserThread(NtCurrentProcess(), NULL, FALSE, 0, 0x10000, 0, service_main, NULL, &thread, NULL))
        winrun_error("cannot start the thread-pool wait thread");
    else
        handle_close(thread);
}

NTSYSAPI NTSTATUS WINAPI TpAllocWait(struct tp_object **out, void *callback, void *userdata,
                                     TP_CALLBACK_ENVIRON *env)
{
    return tp_object_alloc(out, TP_WAIT, callback, userdata, env);
}

/* HANDLE NULL stops waiting; TIMEOUT NULL waits forever, 0 times out at once
 * unless the object is signalled, else it is an NT time. */
NTSYSAPI void WINAPI TpSetWait(struct tp_object *wait, HANDLE handle, const LARGE_INTEGER *timeout)
{
    struct object *obj = handle ? object_from_handle(handle) : NULL, *old;

    if (obj) pthread_once(&service_once, service_start);
    wait_lock();
    unarm_locked(wait);
    old = wait->wait_object;
    wait->wait_object = obj;
    if (obj) {
        wait->wait_due = timeout ? timeout_due_from_nt(timeout->QuadPart) : 0;
        wait->wait_armed = TRUE;
        wait->wait_next = armed;
        armed = wait;
        wait_changed_locked();
    }
    wait_unlock();
    object_release(old);
}

NTSYSAPI void WINAPI TpWaitForWait(struct tp_object *wait, BOOLEAN cancel_pending)
{
    tp_object_wait(wait, cancel_pending);
}

NTSYSAPI void WINAPI TpReleaseWait(struct tp_object *wait)
{
    struct object *old;

    wait_lock();
    unarm_locked(wait);
    old = wait->wait_object;
    wait->wait_object = NULL;
    wait_unlock();
    object_release(old);
    tp_object_release(wait);
}

/* ---- RtlRegisterWait: a thread-pool wait that re-arms itself ---- */

typedef void (WINAPI *waitortimer_callback)(void *context, BOOLEAN timed_out);

struct registered_wait {
    struct tp_object *wait;
    waitortimer_callback callback;
    void *context;
    HANDLE handle;
    LARGE_INTEGER timeout;
    BOOL has_timeout;
    ULONG flags;
    BOOL deregistered;           /* under the wait lock */
};

static void rearm(struct registered_wait *reg)
{
    /* TpSetWait would race with deregistration: arm under the same lock */
    struct object *obj = object_from_handle(reg->handle);
    struct tp_object *wait = reg->wait;
    struct object *old;

    if (!obj) return;
    wait_lock();
    if (reg->deregistered || wait->wait_armed) {
        wait_unlock();
        object_release(obj);
        return;
    }
    old = wait->wait_object;
    wait->wait_object = obj;
    wait->wait_due = reg->has_timeout ? timeout_due_from_nt(reg->timeout.QuadPart) : 0;
    wait->wait_armed = TRUE;
    wait->wait_next = armed;
    armed = wait;
    wait_changed_locked();
    wait_unlock();
    object_release(old);   /* outside the lock: a destroy may take other locks */
}

static void WINAPI registered_wait_callback(void *instance, void *context, struct tp_object *wait, DWORD result)
{
    struct registered_wait *reg = context;
    (void)instance; (void)wait;

    reg->callback(reg->context, result == TP_WAIT_TIMEOUT);
    if (!(reg->flags & WT_EXECUTEONLYONCE)) rearm(reg);
}

NTSYSAPI NTSTATUS WINAPI RtlRegisterWait(HANDLE *out, HANDLE handle, void *callback, void *context, ULONG ms,
                                         ULONG flags)
{
    struct registered_wait *reg;
    struct object *obj;
    NTSTATUS status;

    if (!(obj = object_from_handle(handle))) return STATUS_INVALID_HANDLE;
    object_release(obj);
    if (!(reg = calloc(1, sizeof(*reg)))) return STATUS_NO_MEMORY;
    reg->callback = callback;
    reg->context = context;
    reg->handle = handle;
    reg->flags = flags;
    reg->has_timeout = ms != 0xffffffff;   /* INFINITE */
    reg->timeout.QuadPart = (LONGLONG)ms * -10000;
    if ((status = TpAllocWait(&reg->wait, registered_wait_callback, reg, NULL))) {
        free(reg);
        return status;
    }
    reg->wait->owned = reg;
    *out = (HANDLE)reg;
    TpSetWait(reg->wait, handle, reg->has_timeout ? &reg->timeout : NULL);
    return STATUS_SUCCESS;
}

/* EVENT: NULL returns at once (STATUS_PENDING if a callback still runs),
 * INVALID_HANDLE_VALUE waits for the callbacks, another handle is set once
 * they are done (here after waiting for them too, so not from inside one). */
NTSYSAPI NTSTATUS WINAPI RtlDeregisterWaitEx(HANDLE handle, HANDLE event)
{
    struct registered_wait *reg = (struct registered_wait *)handle;
    struct tp_object *wait;
    NTSTATUS status = STATUS_SUCCESS;

    if (!reg) return STATUS_INVALID_HANDLE;
    wait = reg->wait;
    wait_lock();
    reg->deregistered = TRUE;
    wait_unlock();
    TpSetWait(wait, NULL, NULL);
    if (!event) {
        if (tp_object_busy(wait)) status = STATUS_PENDING;
    } else {
        tp_object_wait(wait, FALSE);
        if (event != (HANDLE)~(ULONG_PTR)0) NtSetEvent(event, NULL);
    }
    TpReleaseWait(wait);   /* frees reg with the object */
    return status;
}

NTSYSAPI NTSTATUS WINAPI RtlDeregisterWait(HANDLE handle)
{
    return RtlDeregisterWaitEx(handle, NULL);
}
