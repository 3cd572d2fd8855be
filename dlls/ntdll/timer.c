/*
 * Waitable timers: NtCreateTimer, NtOpenTimer, NtSetTimer, NtCancelTimer.
 * A notification timer stays signalled until set again; a synchronization
 * timer is consumed by the one wait it ends. Expiry comes from the timeout
 * service (timeout.c); an optional completion routine is queued as a user
 * APC to the thread that set the timer, which runs it in an alertable wait.
 * Named timers are shared with other processes (shared.c: the due time in
 * the slot, each waiter sleeping until it). A completion routine set on
 * one belongs to the setting thread of this process, so this process
 * keeps a timeout of its own for it (shared_timer_apc below); a later
 * NtSetTimer or NtCancelTimer from this process replaces or stops it, one
 * from another process does not (Windows would cancel it).
 */
#include <stdlib.h>
#include "ntdll_private.h"
#define DEBUG_CHANNEL CH_SYNC
#include "winrun/debug.h"

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

static void queue_completion(struct object *thread, void *func, void *context, struct apc *apc);

/* On the timeout service thread. */
static LONGLONG timer_expired(struct timeout *timeout, LONGLONG now)
{
    struct timer *timer = (struct timer *)((char *)timeout - __builtin_offsetof(struct timer, timeout));
    struct apc *apc = timer->apc_func ? apc_alloc() : NULL;

    wait_lock();
    timer->signaled = TRUE;
    wait_changed_locked();
    if (apc) queue_completion(timer->apc_thread, timer->apc_func, timer->apc_context, apc);
    wait_unlock();
    return timer->period ? now + timer->period : 0;
}

struct shared_timer_apc {
    struct shared_timer_apc *next;
    struct object *timer;           /* no reference: timer_shared_gone unlinks it first */
    struct timeout timeout;
    LONGLONG period;
    void *func, *context;
    struct object *thread;
};

static pthread_mutex_t shared_apcs_mutex = PTHREAD_MUTEX_INITIALIZER;
static struct shared_timer_apc *shared_apcs;

static void queue_completion(struct object *thread, void *func, void *context, struct apc *apc)
{
    /* the routine gets the time of expiry as a UTC FILETIME, low part first */
    ULONGLONG when = (ULONGLONG)time_now_filetime();
    apc_queue_locked(thread_apc_queue(thread), apc, func, (ULONG_PTR)context, (ULONG)when, (ULONG)(when >> 32));
}

/* On the timeout service thread: the shared due time has come. */
static LONGLONG shared_apc_expired(struct timeout *timeout, LONGLONG now)
{
    struct shared_timer_apc *entry =
        (struct shared_timer_apc *)((char *)timeout - __builtin_offsetof(struct shared_timer_apc, timeout));
    struct apc *apc = apc_alloc();

    if (apc) {
        wait_lock();
        queue_completion(entry->thread, entry->func, entry->context, apc);
        wait_unlock();
    }
    return entry->period ? now + entry->period : 0;
}

/* Stops and forgets TIMER's routine in this process, if it has one. */
static void shared_apc_stop(struct object *timer)
{
    struct shared_timer_apc **p, *entry;

    pthread_mutex_lock(&shared_apcs_mutex);
    for (p = &shared_apcs; (entry = *p); p = &entry->next)
        if (entry->timer == timer) {
            *p = entry->next;
            timeout_cancel(&entry->timeout);     /* returns once it is not running */
            object_release(entry->thread);
            free(entry);
            break;
        }
    pthread_mutex_unlock(&shared_apcs_mutex);
}

void timer_shared_gone(struct object *timer)
{
    shared_apc_stop(timer);
}

/* NtSetTimer of a shared timer: the slot's due time for every process, and
 * the routine (if any) for this one. */
static NTSTATUS shared_timer_set_apc(struct object *timer, LONGLONG due, LONGLONG period, void *func,
                                     void *context, BOOLEAN *prev)
{
    struct shared_timer_apc *entry = NULL;
    NTSTATUS status;

    shared_apc_stop(timer);
    if (func) {
        if (!(entry = calloc(1, sizeof(*entry)))) return STATUS_NO_MEMORY;
        if (!(entry->thread = thread_current_object())) {
            free(entry);
            return STATUS_NO_MEMORY;
        }
        entry->timer = timer;
        entry->timeout.expired = shared_apc_expired;
        entry->period = period;
        entry->func = func;
        entry->context = context;
    }
    status = shared_timer_set(timer, due, period, prev);
    if (entry) {
        pthread_mutex_lock(&shared_apcs_mutex);
        entry->next = shared_apcs;
        shared_apcs = entry;
        timeout_set(&entry->timeout, due);
        pthread_mutex_unlock(&shared_apcs_mutex);
    }
    return status;
}

NTSYSAPI NTSTATUS WINAPI NtCreateTimer(HANDLE *handle, ACCESS_MASK access, const OBJECT_ATTRIBUTES *attr,
                                       TIMER_TYPE type)
{
    struct timer *timer;
    (void)access;

    if (type != NotificationTimer && type != SynchronizationTimer) return STATUS_INVALID_PARAMETER;
    if (object_has_name(attr)) {
        struct obj_create_request init = { .type = SHARED_TIMER, .manual_reset = type == NotificationTimer };
        return shared_sync_create(&init, attr, FALSE, handle);
    }
    if (!(timer = calloc(1, sizeof(*timer)))) return STATUS_NO_MEMORY;
    object_init(&timer->obj, OBJECT_TIMER, &timer_ops);
    pthread_mutex_init(&timer->set_mutex, NULL);
    timer->manual_reset = type == NotificationTimer;
    timer->timeout.expired = timer_expired;
    return object_create_named(&timer->obj, attr, handle);
}

NTSYSAPI NTSTATUS WINAPI NtOpenTimer(HANDLE *handle, ACCESS_MASK access, const OBJECT_ATTRIBUTES *attr)
{
    struct obj_create_request init = { .type = SHARED_TIMER };
    (void)access;
    if (!object_has_name(attr)) return STATUS_OBJECT_PATH_NOT_FOUND;
    return shared_sync_create(&init, attr, TRUE, handle);
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
    if (shared_is(&timer->obj)) {
        NTSTATUS status = shared_timer_set_apc(&timer->obj, timeout_due_from_nt(due->QuadPart),
                                               (LONGLONG)period * 10000, apc_func, apc_context, prev_state);
        object_release(&timer->obj);
        return status;
    }
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
    if (shared_is(&timer->obj)) {
        shared_apc_stop(&timer->obj);
        shared_timer_set(&timer->obj, 0, 0, prev_state);
        object_release(&timer->obj);
        return STATUS_SUCCESS;
    }
    pthread_mutex_lock(&timer->set_mutex);
    timer_stop(timer, prev_state);
    pthread_mutex_unlock(&timer->set_mutex);
    object_release(&timer->obj);
    return STATUS_SUCCESS;
}
