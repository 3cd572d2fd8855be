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
 * Shared objects (shared.c: named ones, whose state is a slot of the
 * server's arena) are tested and consumed under their slot's lock, taken
 * after the wait lock; a sleep then watches the generation futex and each
 * shared slot's SEQ futex at once with futex_waitv (the values read under
 * the locks, so no change is missed). Without futex_waitv (before Linux
 * 5.16) the sleep re-tests every 2 ms. A wait on in-process objects only
 * is unchanged: one futex_wait on the generation.
 * An alertable wait also ends when a user APC is queued to the thread
 * (apc.c): the APCs run after the lock is released, and the wait returns
 * STATUS_USER_APC. Objects are tested first, as Windows does.
 */
#include "futex.h"

#ifndef FUTEX2_SIZE_U32
#define FUTEX2_SIZE_U32 0x02
#endif
#ifndef FUTEX2_PRIVATE
#define FUTEX2_PRIVATE FUTEX_PRIVATE_FLAG
#endif
#ifndef SYS_futex_waitv
#define SYS_futex_waitv 449
#endif

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

static int no_waitv;            /* futex_waitv said ENOSYS; atomic */

/* The deadline of a sleep watching WATCH: the wait's own, or the due time
 * of a watched shared timer if that comes first (in BUF): the sleeper
 * itself then finds the timer signalled, no process keeps its clock. */
static const struct deadline *watch_deadline(const struct shared_watch *watch, const struct deadline *deadline,
                                             struct deadline *buf)
{
    LONGLONG wake = watch->wake_at;
    struct timespec ts;

    if (!wake) return deadline;
    if (deadline->realtime) {
        struct timespec rt;
        clock_gettime(CLOCK_REALTIME, &rt);
        wake += rt.tv_sec * 10000000LL + rt.tv_nsec / 100 - time_monotonic_nosuspend_100ns();
    }
    if (wake < 0) wake = 0;
    ts.tv_sec = wake / 10000000;
    ts.tv_nsec = (wake % 10000000) * 100;
    if (!deadline->infinite && (deadline->ts.tv_sec < ts.tv_sec ||
                                (deadline->ts.tv_sec == ts.tv_sec && deadline->ts.tv_nsec <= ts.tv_nsec)))
        return deadline;
    buf->infinite = 0;
    buf->realtime = deadline->realtime;
    buf->ts = ts;
    return buf;
}

/* Sleeps until the generation moves from SEEN, a watched slot changes or
 * the deadline passes (ETIMEDOUT). */
static int sleep_watching(int seen, const struct shared_watch *watch, const struct deadline *wait_deadline)
{
    struct futex_waitv waiters[MAXIMUM_WAIT_OBJECTS + 1];
    struct deadline capped, timer;
    const struct deadline *deadline = watch_deadline(watch, wait_deadline, &timer);
    struct timespec now;
    unsigned int i;
    int ret;

    if (!watch->overflow && !__atomic_load_n(&no_waitv, __ATOMIC_RELAXED)) {
        waiters[0] = (struct futex_waitv){ .val = (uint32_t)seen, .uaddr = (uintptr_t)&generation,
                                           .flags = FUTEX2_SIZE_U32 | FUTEX2_PRIVATE };
        for (i = 0; i < watch->count; i++)
            waiters[i + 1] = (struct futex_waitv){ .val = watch->value[i], .uaddr = (uintptr_t)watch->addr[i],
                                                   .flags = FUTEX2_SIZE_U32 };
        ret = (int)syscall(SYS_futex_waitv, waiters, watch->count + 1, 0, deadline->infinite ? NULL : &deadline->ts,
                           deadline->realtime ? CLOCK_REALTIME : CLOCK_MONOTONIC);
        if (ret >= 0) return 0;
        if (errno != ENOSYS) return errno == ETIMEDOUT && deadline == wait_deadline ? ETIMEDOUT : 0;
        __atomic_store_n(&no_waitv, 1, __ATOMIC_RELAXED);
    }
    /* the fallback: sleep on the generation, re-testing every 2 ms */
    capped.infinite = 0;
    capped.realtime = deadline->realtime;
    clock_gettime(deadline->realtime ? CLOCK_REALTIME : CLOCK_MONOTONIC, &now);
    capped.ts = now;
    capped.ts.tv_nsec += 2000000;
    if (capped.ts.tv_nsec >= 1000000000) {
        capped.ts.tv_sec++;
        capped.ts.tv_nsec -= 1000000000;
    }
    if (!deadline->infinite && (deadline->ts.tv_sec < capped.ts.tv_sec ||
                                (deadline->ts.tv_sec == capped.ts.tv_sec && deadline->ts.tv_nsec <= capped.ts.tv_nsec)))
    {
        ret = futex_wait_until(&generation, seen, deadline);
        return ret == ETIMEDOUT && deadline != wait_deadline ? 0 : ret;
    }
    futex_wait_until(&generation, seen, &capped);
    return 0;
}

static int sleep_locked(const struct deadline *deadline, const struct shared_watch *watch)
{
    int seen = generation, timed_out;

    sleepers++;
    pthread_mutex_unlock(&wait_mutex);
    if (watch && (watch->count || watch->overflow)) timed_out = sleep_watching(seen, watch, deadline) == ETIMEDOUT;
    else timed_out = futex_wait_until(&generation, seen, deadline) == ETIMEDOUT;
    pthread_mutex_lock(&wait_mutex);
    sleepers--;
    return timed_out ? ETIMEDOUT : 0;
}

int wait_sleep_locked(const struct deadline *deadline)
{
    return sleep_locked(deadline, NULL);
}

int wait_sleep_watching_locked(const struct deadline *deadline, const struct shared_watch *watch)
{
    return sleep_locked(deadline, watch);
}

static void watch_add(struct shared_watch *watch, struct shared_sync *s)
{
    if (watch->count < MAXIMUM_WAIT_OBJECTS) {
        LONGLONG due = __atomic_load_n(&s->due, __ATOMIC_RELAXED);
        watch->addr[watch->count] = &s->seq;
        watch->value[watch->count++] = __atomic_load_n(&s->seq, __ATOMIC_ACQUIRE);
        if (s->type == SHARED_TIMER && due && (!watch->wake_at || due < watch->wake_at)) watch->wake_at = due;
    } else {
        watch->overflow = 1;
    }
}

BOOL object_acquire_locked(struct object *obj, DWORD tid)
{
    struct shared_sync *s;
    BOOL signaled;

    if (!shared_is(obj)) {
        if (!is_signaled(obj, tid)) return FALSE;
        satisfy(obj, tid);
        return TRUE;
    }
    s = shared_slot(obj);
    shared_lock(s);
    if ((signaled = shared_signaled_locked(s, tid))) shared_satisfy_locked(s, tid);
    shared_unlock(s, FALSE);
    return signaled;
}

void wait_watch_object(struct shared_watch *watch, struct object *obj)
{
    if (shared_is(obj)) watch_add(watch, shared_slot(obj));
}

/* Shared slots of a wait-all, locked in address order (no two waits
 * deadlock) and unlocked. */
static unsigned int sorted_slots(struct object **objs, ULONG count, struct shared_sync **slots)
{
    unsigned int n = 0;
    for (ULONG i = 0; i < count; i++) {
        struct shared_sync *s;
        unsigned int j;
        if (!shared_is(objs[i])) continue;
        s = shared_slot(objs[i]);
        for (j = n; j > 0 && slots[j - 1] > s; j--) slots[j] = slots[j - 1];
        slots[j] = s;
        n++;
    }
    return n;
}

/* Under the lock: the wait's result if it can end now, else STATUS_PENDING. */
static NTSTATUS try_wait(struct object **objs, ULONG count, BOOL wait_all, DWORD tid, struct shared_watch *watch)
{
    struct shared_sync *slots[MAXIMUM_WAIT_OBJECTS];
    BOOL abandoned = FALSE, ready = TRUE;
    ULONG i, abandoned_index = 0;
    unsigned int n, j;

    watch->count = watch->overflow = 0;
    watch->wake_at = 0;
    if (!wait_all) {
        for (i = 0; i < count; i++) {
            if (shared_is(objs[i])) {
                struct shared_sync *s = shared_slot(objs[i]);
                BOOL signaled;
                shared_lock(s);
                if ((signaled = shared_signaled_locked(s, tid))) abandoned = shared_satisfy_locked(s, tid);
                else watch_add(watch, s);
                shared_unlock(s, FALSE);
                if (signaled) return (abandoned ? STATUS_ABANDONED_WAIT_0 : STATUS_WAIT_0) + i;
            } else if (is_signaled(objs[i], tid)) {
                if (satisfy(objs[i], tid)) return STATUS_ABANDONED_WAIT_0 + i;
                return STATUS_WAIT_0 + i;
            }
        }
        return STATUS_PENDING;
    }
    n = sorted_slots(objs, count, slots);
    for (j = 0; j < n; j++) shared_lock(slots[j]);
    for (i = 0; i < count && ready; i++)
        ready = shared_is(objs[i]) ? shared_signaled_locked(shared_slot(objs[i]), tid) : is_signaled(objs[i], tid);
    if (ready)
        for (i = 0; i < count; i++) {
            BOOL a = shared_is(objs[i]) ? shared_satisfy_locked(shared_slot(objs[i]), tid) : satisfy(objs[i], tid);
            if (a && !abandoned) {
                abandoned = TRUE;
                abandoned_index = i;
            }
        }
    for (j = n; j > 0; j--) {
        if (!ready) watch_add(watch, slots[j - 1]);
        shared_unlock(slots[j - 1], FALSE);
    }
    if (!ready) return STATUS_PENDING;
    return abandoned ? STATUS_ABANDONED_WAIT_0 + abandoned_index : STATUS_WAIT_0;
}

/* Entered with the lock held; returns with it released. APCS, the calling
 * thread's queue, makes the wait alertable. */
/* The one wait loop: under the wait lock, until READY (called locked)
 * says something other than STATUS_PENDING, an APC is queued to APCS
 * (STATUS_USER_APC) or the timeout passes (STATUS_TIMEOUT). Returns with
 * the lock still held. */
static NTSTATUS wait_loop_locked(NTSTATUS (*ready)(void *ctx), void *ctx, const LARGE_INTEGER *timeout,
                                 struct apc_queue *apcs, const struct shared_watch *watch)
{
    struct deadline deadline;
    BOOL timed_out = timeout && !timeout->QuadPart;   /* a poll never sleeps */
    NTSTATUS status;

    if (!timed_out) deadline_from_timeout(timeout, &deadline);
    for (;;) {
        if ((status = ready(ctx)) != STATUS_PENDING) return status;
        if (apcs && apc_pending_locked(apcs)) return STATUS_USER_APC;
        if (timed_out) return STATUS_TIMEOUT;
        if ((timed_out = sleep_locked(&deadline, watch) == ETIMEDOUT)) time_update_shared_data();
    }
}

NTSTATUS wait_until_locked(NTSTATUS (*ready)(void *ctx), void *ctx, const LARGE_INTEGER *timeout,
                           struct apc_queue *apcs)
{
    return wait_loop_locked(ready, ctx, timeout, apcs, NULL);
}

struct object_wait { struct object **objs; ULONG count; BOOL wait_all; DWORD tid; struct shared_watch watch; };

static NTSTATUS objects_ready(void *ctx)
{
    struct object_wait *w = ctx;
    return try_wait(w->objs, w->count, w->wait_all, w->tid, &w->watch);
}

static NTSTATUS wait_locked(struct object **objs, ULONG count, BOOL wait_all, const LARGE_INTEGER *timeout,
                            struct apc_queue *apcs)
{
    struct object_wait w;   /* the watch is filled by try_wait: not zeroed on every wait */
    NTSTATUS status;

    w.objs = objs;
    w.count = count;
    w.wait_all = wait_all;
    w.tid = current_tid();
    w.watch.count = w.watch.overflow = 0;
    w.watch.wake_at = 0;
    status = wait_loop_locked(objects_ready, &w, timeout, apcs, &w.watch);

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
        else if (!process_may_wait(objs[i])) {   /* an opened process without SYNCHRONIZE */
            release_all(objs, i + 1);
            return STATUS_ACCESS_DENIED;
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
