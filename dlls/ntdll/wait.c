/*
 * Waiting on handles: NtWaitForSingleObject, NtWaitForMultipleObjects,
 * NtSignalAndWaitForSingleObject.
 *
 * One process-wide lock guards the state of every waitable object (events,
 * mutants, semaphores, threads), so that a wait-all can test and consume
 * all its objects atomically and a signal is never lost between a test and
 * a sleep. Sleepers wait on one generation futex that every state change
 * bumps; a change wakes all sleepers, who re-test under the lock. That is
 * O(sleepers) per signal: fine for the tens of threads typical programs
 * have; if it shows in a profile, give each object its own wait queue.
 *
 * Objects live in this process only; when the server arrives, waits on
 * shared objects will go through it and this stays the in-process path.
 * An alertable wait also ends when a user APC is queued to the thread
 * (apc.c): the APCs run after the lock is released, and the wait returns
 * STATUS_USER_APC. Objects are tested first, as Windows does.
 */
#include "futex.h"

static pthread_mutex_t wait_mutex = PTHREAD_MUTEX_INITIALIZER;
static int generation;          /* futex: bumped by every state change */
static int sleepers;            /* threads in futex_wait on generation; under the lock */
static int changed;             /* a change to announce at unlock; under the lock */

void wait_lock(void)
{
    pthread_mutex_lock(&wait_mutex);
}

void wait_changed_locked(void)
{
    generation++;
    changed = 1;
}

void wait_unlock(void)
{
    int wake = changed && sleepers;
    changed = 0;
    pthread_mutex_unlock(&wait_mutex);
    if (wake) futex_wake(&generation, INT_MAX);
}

/* The process pseudo-handle: waiting on oneself never ends. */
static BOOL never_signaled(struct object *obj, DWORD tid)
{
    (void)obj; (void)tid;
    return FALSE;
}
static void static_destroy(struct object *obj) { (void)obj; }
static const struct object_ops process_ops = { .destroy = static_destroy, .signaled = never_signaled };
static struct object current_process = { OBJECT_PROCESS, 1, &process_ops, 0 };

struct object *object_from_handle(HANDLE handle)
{
    if (handle == NtCurrentProcess()) return object_grab(&current_process);
    if (handle == NtCurrentThread()) return thread_current_object();
    return handle_get(handle, 0);
}

static DWORD current_tid(void)
{
    return (DWORD)(ULONG_PTR)NtCurrentTeb()->ClientId.UniqueThread;
}

static BOOL is_signaled(struct object *obj, DWORD tid)
{
    return !obj->ops->signaled || obj->ops->signaled(obj, tid);
}

static BOOL satisfy(struct object *obj, DWORD tid)
{
    return obj->ops->satisfy ? obj->ops->satisfy(obj, tid) : FALSE;
}

BOOL object_signaled_locked(struct object *obj, DWORD tid)
{
    return is_signaled(obj, tid);
}

BOOL object_satisfy_locked(struct object *obj, DWORD tid)
{
    return satisfy(obj, tid);
}

int wait_sleep_locked(const struct deadline *deadline)
{
    int seen = generation, timed_out;

    sleepers++;
    pthread_mutex_unlock(&wait_mutex);
    timed_out = futex_wait_until(&generation, seen, deadline) == ETIMEDOUT;
    pthread_mutex_lock(&wait_mutex);
    sleepers--;
    return timed_out ? ETIMEDOUT : 0;
}

/* Under the lock: the wait's result if it can end now, else STATUS_PENDING. */
static NTSTATUS try_wait(struct object **objs, ULONG count, BOOL wait_all, DWORD tid)
{
    BOOL abandoned = FALSE;
    ULONG i, abandoned_index = 0;

    if (!wait_all) {
        for (i = 0; i < count; i++)
            if (is_signaled(objs[i], tid)) {
                if (satisfy(objs[i], tid)) return STATUS_ABANDONED_WAIT_0 + i;
                return STATUS_WAIT_0 + i;
            }
        return STATUS_PENDING;
    }
    for (i = 0; i < count; i++)
        if (!is_signaled(objs[i], tid)) return STATUS_PENDING;
    for (i = 0; i < count; i++)
        if (satisfy(objs[i], tid) && !abandoned) {
            abandoned = TRUE;
            abandoned_index = i;
        }
    return abandoned ? STATUS_ABANDONED_WAIT_0 + abandoned_index : STATUS_WAIT_0;
}

/* Entered with the lock held; returns with it released. APCS, the calling
 * thread's queue, makes the wait alertable. */
/* The one wait loop: under the wait lock, until READY (called locked)
 * says something other than STATUS_PENDING, an APC is queued to APCS
 * (STATUS_USER_APC) or the timeout passes (STATUS_TIMEOUT). Returns with
 * the lock still held. */
NTSTATUS wait_until_locked(NTSTATUS (*ready)(void *ctx), void *ctx, const LARGE_INTEGER *timeout,
                           struct apc_queue *apcs)
{
    struct deadline deadline;
    BOOL timed_out = timeout && !timeout->QuadPart;   /* a poll never sleeps */
    NTSTATUS status;

    if (!timed_out) deadline_from_timeout(timeout, &deadline);
    for (;;) {
        if ((status = ready(ctx)) != STATUS_PENDING) return status;
        if (apcs && apc_pending_locked(apcs)) return STATUS_USER_APC;
        if (timed_out) return STATUS_TIMEOUT;
        if ((timed_out = wait_sleep_locked(&deadline) == ETIMEDOUT)) time_update_shared_data();
    }
}

struct object_wait { struct object **objs; ULONG count; BOOL wait_all; DWORD tid; };

static NTSTATUS objects_ready(void *ctx)
{
    struct object_wait *w = ctx;
    return try_wait(w->objs, w->count, w->wait_all, w->tid);
}

static NTSTATUS wait_locked(struct object **objs, ULONG count, BOOL wait_all, const LARGE_INTEGER *timeout,
                            struct apc_queue *apcs)
{
    struct object_wait w = { objs, count, wait_all, current_tid() };
    NTSTATUS status = wait_until_locked(objects_ready, &w, timeout, apcs);

    wait_unlock();
    if (status == STATUS_USER_APC) apc_run_pending();
    return status;
}

/* NtDelayExecution's alertable case: a wait on nothing. */
NTSTATUS wait_delay_alertable(const LARGE_INTEGER *timeout)
{
    struct apc_queue *apcs = thread_current_apc_queue();
    NTSTATUS status;

    wait_lock();
    status = wait_locked(NULL, 0, FALSE, timeout, apcs);
    return status == STATUS_TIMEOUT ? STATUS_SUCCESS : status;
}

static void release_all(struct object **objs, ULONG count)
{
    for (ULONG i = 0; i < count; i++) object_release(objs[i]);
}

NTSYSAPI NTSTATUS WINAPI NtWaitForMultipleObjects(ULONG count, const HANDLE *handles, WAIT_TYPE type,
                                                  BOOLEAN alertable, const LARGE_INTEGER *timeout)
{
    struct object *objs[MAXIMUM_WAIT_OBJECTS];
    struct apc_queue *apcs = alertable ? thread_current_apc_queue() : NULL;
    NTSTATUS status;
    ULONG i;

    if (!count || count > MAXIMUM_WAIT_OBJECTS || (type != WaitAll && type != WaitAny))
        return STATUS_INVALID_PARAMETER;
    for (i = 0; i < count; i++)
        if (!(objs[i] = object_from_handle(handles[i]))) {
            release_all(objs, i);
            return STATUS_INVALID_HANDLE;
        }
    /* one object twice in a wait-all could never be consumed twice at once */
    if (type == WaitAll)
        for (i = 1; i < count; i++)
            for (ULONG j = 0; j < i; j++)
                if (objs[i] == objs[j]) {
                    release_all(objs, count);
                    return STATUS_INVALID_PARAMETER;
                }
    wait_lock();
    status = wait_locked(objs, count, type == WaitAll, timeout, apcs);
    release_all(objs, count);
    return status;
}

NTSYSAPI NTSTATUS WINAPI NtWaitForSingleObject(HANDLE handle, BOOLEAN alertable, const LARGE_INTEGER *timeout)
{
    return NtWaitForMultipleObjects(1, &handle, WaitAny, alertable, timeout);
}

/* Signals one object and starts waiting on another without a window in
 * between in which a third thread could see the signal but not the wait. */
NTSYSAPI NTSTATUS WINAPI NtSignalAndWaitForSingleObject(HANDLE signal, HANDLE wait, BOOLEAN alertable,
                                                        const LARGE_INTEGER *timeout)
{
    struct object *to_signal, *to_wait;
    struct apc_queue *apcs = alertable ? thread_current_apc_queue() : NULL;
    NTSTATUS status;

    if (!(to_signal = object_from_handle(signal))) return STATUS_INVALID_HANDLE;
    if (!(to_wait = object_from_handle(wait))) {
        object_release(to_signal);
        return STATUS_INVALID_HANDLE;
    }
    wait_lock();
    if (!to_signal->ops->signal) status = STATUS_OBJECT_TYPE_MISMATCH;
    else status = to_signal->ops->signal(to_signal, current_tid());
    if (NT_SUCCESS(status)) {
        wait_changed_locked();
        status = wait_locked(&to_wait, 1, FALSE, timeout, apcs);
    } else {
        wait_unlock();
    }
    object_release(to_signal);
    object_release(to_wait);
    return status;
}
