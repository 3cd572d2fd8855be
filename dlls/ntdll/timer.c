/*
 * Waitable timers: NtCreateTimer, NtOpenTimer, NtSetTimer, NtCancelTimer.
 * A notification timer stays signalled until set again; a synchronization
 * timer is consumed by the one wait it ends. Expiry comes from the timeout
 * service (timeout.c); an optional completion routine is queued as a user
 * APC to the thread that set the timer, which runs it in an alertable wait.
 */
#include <stdlib.h>
#include "ntdll_private.h"

typedef enum { NotificationTimer, SynchronizationTimer } TIMER_TYPE;

struct timer {
    struct object obj;
    struct timeout timeout;
    pthread_mutex_t set_mutex;      /* serialises NtSetTimer/NtCancelTimer */
    BOOL manual_reset;
    BOOL signaled;                  /* under the wait lock */
    LONGLONG period;                /* 100 ns; 0 = one-shot */
    void *apc_func;                 /* these three change only while not queued */
    void *apc_context;
    struct object *apc_thread;
};

static void timer_destroy(struct object *obj)
{
    struct timer *timer = (struct timer *)obj;

    timeout_cancel(&timer->timeout);   /* closing the last handle stops it, as on Windows */
    object_release(timer->apc_thread);
    namespace_remove(obj);
    pthread_mutex_destroy(&timer->set_mutex);
    free(timer);
}

static BOOL timer_signaled(struct object *obj, DWORD tid)
{
    (void)tid;
    return ((struct timer *)obj)->signaled;
}

static BOOL timer_satisfy(struct object *obj, DWORD tid)
{
    struct timer *timer = (struct timer *)obj;
    (void)tid;
    if (!timer->manual_reset) timer->signaled = FALSE;
    return FALSE;
}

static const struct object_ops timer_ops = {
    .destroy = timer_destroy,
    .signaled = timer_signaled,
    .satisfy = timer_satisfy,
};

/* On the timeout service thread. */
static LONGLONG timer_expired(struct timeout *timeout, LONGLONG now)
{
    struct timer *timer = (struct timer *)((char *)timeout - __builtin_offsetof(struct timer, timeout));
    struct apc *apc = timer->apc_func ? apc_alloc() : NULL;

    wait_lock();
    timer->signaled = TRUE;
    wait_changed_locked();
    if (apc) {
        /* the routine gets the time of expiry as a UTC FILETIME, low part first */
        ULONGLONG when = (ULONGLONG)time_now_filetime();
        apc_queue_locked(thread_apc_queue(timer->apc_thread), apc, timer->apc_func,
                         (ULONG_PTR)timer->apc_context, (ULONG)when, (ULONG)(when >> 32));
    }
    wait_unlock();
    return timer->period ? now + timer->period : 0;
}

NTSYSAPI NTSTATUS WINAPI NtCreateTimer(HANDLE *handle, ACCESS_MASK access, const OBJECT_ATTRIBUTES *attr,
                                       TIMER_TYPE type)
{
    struct timer *timer;
    (void)access;

    if (type != NotificationTimer && type != SynchronizationTimer) return STATUS_INVALID_PARAMETER;
    if (!(timer = calloc(1, sizeof(*timer)))) return STATUS_NO_MEMORY;
    object_init(&timer->obj, OBJECT_TIMER, &timer_ops);
    pthread_mutex_init(&timer->set_mutex, NULL);
    timer->manual_reset = type == NotificationTimer;
    timer->timeout.expired = timer_expired;
    return object_create_named(&timer->obj, attr, handle);
}

NTSYSAPI NTSTATUS WINAPI NtOpenTimer(HANDLE *handle, ACCESS_MASK access, const OBJECT_ATTRIBUTES *attr)
{
    (void)access;
    return object_open_named(attr, OBJECT_TIMER, handle);
}

/* Stops TIMER and forgets its routine; *PREV gets the signalled state. */
static void timer_stop(struct timer *timer, BOOLEAN *prev)
{
    timeout_cancel(&timer->timeout);
    object_release(timer->apc_thread);
    timer->apc_thread = NULL;
    timer->apc_func = timer->apc_context = NULL;
    if (prev) {
        wait_lock();
        *prev = (BOOLEAN)timer->signaled;
        wait_unlock();
    }
}

NTSYSAPI NTSTATUS WINAPI NtSetTimer(HANDLE handle, const LARGE_INTEGER *due, void *apc_func, void *apc_context,
                                    BOOLEAN resume, LONG period, BOOLEAN *prev_state)
{
    struct timer *timer;
    struct object *thread = NULL;
    (void)resume;   /* waking a suspended machine has no meaning here */

    if (!due || period < 0) return STATUS_INVALID_PARAMETER;
    if (!(timer = (struct timer *)handle_get(handle, OBJECT_TIMER))) return STATUS_INVALID_HANDLE;
    if (apc_func && !(thread = thread_current_object())) {
        object_release(&timer->obj);
        return STATUS_NO_MEMORY;
    }
    pthread_mutex_lock(&timer->set_mutex);
    timer_stop(timer, prev_state);
    timer->apc_func = apc_func;
    timer->apc_context = apc_context;
    timer->apc_thread = thread;
    timer->period = (LONGLONG)period * 10000;
    wait_lock();
    timer->signaled = FALSE;
    wait_unlock();
    timeout_set(&timer->timeout, timeout_due_from_nt(due->QuadPart));
    pthread_mutex_unlock(&timer->set_mutex);
    object_release(&timer->obj);
    return STATUS_SUCCESS;
}

/* The signalled state is left as it is, as on Windows. */
NTSYSAPI NTSTATUS WINAPI NtCancelTimer(HANDLE handle, BOOLEAN *prev_state)
{
    struct timer *timer;

    if (!(timer = (struct timer *)handle_get(handle, OBJECT_TIMER))) return STATUS_INVALID_HANDLE;
    pthread_mutex_lock(&timer->set_mutex);
    timer_stop(timer, prev_state);
    pthread_mutex_unlock(&timer->set_mutex);
    object_release(&timer->obj);
    return STATUS_SUCCESS;
}
