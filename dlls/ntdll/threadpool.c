/*
 * The thread pool (Tp*, RtlQueueWorkItem): pools of worker threads running
 * callbacks of work, timer, wait and simple objects.
 *
 * A pool is one lock and a FIFO of objects with callbacks pending (an
 * object sits in it once however many times it was submitted, as in Wine,
 * so a submission allocates nothing). Workers are ordinary Windows threads
 * (callbacks call Win32), made when work is queued and no worker is idle,
 * up to the pool's maximum; an idle worker leaves after a while if the pool
 * has more than its minimum. Timers fire from the timeout service
 * (timeout.c), waits from the wait service (tpwait.c).
 *
 * Lock order: timeout service, then the wait lock, then a pool lock;
 * nothing is called with a pool lock held but the pool's own code.
 */
#include <errno.h>
#include <stdlib.h>
#include "threadpool.h"
#define DEBUG_CHANNEL CH_THREAD
#include "winrun/debug.h"

#define DEFAULT_MAX_THREADS 500
#define IDLE_TIMEOUT_SECONDS 20

struct tp_pool {
    pthread_mutex_t lock;
    pthread_cond_t work_cond;            /* workers wait for work */
    pthread_cond_t done_cond;            /* WaitFor*Callbacks wait for callbacks to end */
    struct tp_object *head, **tail;      /* objects with pending callbacks */
    int refs;                            /* the program's, objects', workers' */
    int max_threads, min_threads;
    int threads, idle;
    BOOL closed;
};

/* What a callback asked to be done when it returns (TP_CALLBACK_INSTANCE). */
struct tp_instance {
    struct tp_object *object;
    BOOL associated;
    BOOL may_run_long;
    HANDLE event, semaphore, mutex;
    LONG semaphore_count;
    RTL_CRITICAL_SECTION *critical_section;
    HMODULE dll;
};

NTSYSAPI NTSTATUS WINAPI RtlCreateUserThread(HANDLE, void *, BOOLEAN, ULONG, SIZE_T, SIZE_T,
                                             PRTL_THREAD_START_ROUTINE, void *, HANDLE *, CLIENT_ID *);
NTSYSAPI NTSTATUS WINAPI NtSetEvent(HANDLE, LONG *);
NTSYSAPI NTSTATUS WINAPI NtReleaseSemaphore(HANDLE, LONG, LONG *);
NTSYSAPI NTSTATUS WINAPI NtReleaseMutant(HANDLE, LONG *);
NTSYSAPI NTSTATUS WINAPI LdrUnloadDll(HMODULE);
NTSYSAPI NTSTATUS WINAPI RtlLeaveCriticalSection(RTL_CRITICAL_SECTION *);

static struct tp_pool *default_pool;
static pthread_once_t default_pool_once = PTHREAD_ONCE_INIT;

static struct tp_pool *pool_new(void)
{
    struct tp_pool *pool = calloc(1, sizeof(*pool));
    pthread_condattr_t attr;

    if (!pool) return NULL;
    pthread_mutex_init(&pool->lock, NULL);
    pthread_condattr_init(&attr);
    pthread_condattr_setclock(&attr, CLOCK_MONOTONIC);
    pthread_cond_init(&pool->work_cond, &attr);
    pthread_cond_init(&pool->done_cond, &attr);
    pthread_condattr_destroy(&attr);
    pool->tail = &pool->head;
    pool->refs = 1;
    pool->max_threads = DEFAULT_MAX_THREADS;
    return pool;
}

static void make_default_pool(void)
{
    default_pool = pool_new();
}

/* Drops a reference, under the pool lock, which it releases. */
static void pool_unref_unlock(struct tp_pool *pool)
{
    BOOL last = !--pool->refs;
    pthread_mutex_unlock(&pool->lock);
    if (!last) return;
    pthread_mutex_destroy(&pool->lock);
    pthread_cond_destroy(&pool->work_cond);
    pthread_cond_destroy(&pool->done_cond);
    free(pool);
}

static void free_object_unlock(struct tp_object *object)
{
    struct tp_pool *pool = object->pool;
    free(object->owned);
    free(object);
    pool_unref_unlock(pool);
}

/* Under the pool lock: whether the object is gone for good. */
static BOOL object_finished(const struct tp_object *object)
{
    return object->released && !object->pending && !object->executing && !object->queued;
}

static DWORD WINAPI worker_main(void *arg);

/* Under the pool lock: one more worker if work waits and none is idle. */
static void pool_grow_locked(struct tp_pool *pool, BOOL force)
{
    HANDLE thread;

    if ((!force && pool->idle) || pool->threads >= pool->max_threads) return;
    pool->threads++;
    pool->refs++;
    if (RtlCreateUserThread(NtCurrentProcess(), NULL, FALSE, 0, 0, 0, worker_main, pool, &thread, NULL)) {
        pool->threads--;
        pool->refs--;
        WARN("cannot create a worker thread\n");
        return;
    }
    handle_close(thread);
}

static void submit(struct tp_object *object, DWORD wait_result)
{
    struct tp_pool *pool = object->pool;

    pthread_mutex_lock(&pool->lock);
    object->wait_result = wait_result;
    object->pending++;
    if (!object->queued) {
        object->queued = TRUE;
        object->queue_next = NULL;
        *pool->tail = object;
        pool->tail = &object->queue_next;
    }
    pthread_cond_signal(&pool->work_cond);
    pool_grow_locked(pool, FALSE);
    pthread_mutex_unlock(&pool->lock);
}

void tp_object_submit(struct tp_object *object)
{
    submit(object, 0);
}

void tp_wait_submit(struct tp_object *wait, DWORD result)
{
    submit(wait, result);
}

BOOL tp_object_busy(struct tp_object *object)
{
    BOOL busy;
    pthread_mutex_lock(&object->pool->lock);
    busy = object->pending || object->executing;
    pthread_mutex_unlock(&object->pool->lock);
    return busy;
}

static void unqueue_locked(struct tp_pool *pool, struct tp_object *object)
{
    struct tp_object **p;
    for (p = &pool->head; *p; p = &(*p)->queue_next)
        if (*p == object) {
            if (!(*p = object->queue_next)) pool->tail = p;
            break;
        }
    object->queued = FALSE;
}

typedef void (WINAPI *simple_callback)(struct tp_instance *, void *);
typedef void (WINAPI *object_callback)(struct tp_instance *, void *, struct tp_object *);
typedef void (WINAPI *wait_callback)(struct tp_instance *, void *, struct tp_object *, DWORD);

/* The actions a callback asked for, in Windows' order. */
static void run_completion_actions(struct tp_instance *instance)
{
    if (instance->critical_section) RtlLeaveCriticalSection(instance->critical_section);
    if (instance->mutex) NtReleaseMutant(instance->mutex, NULL);
    if (instance->semaphore) NtReleaseSemaphore(instance->semaphore, instance->semaphore_count, NULL);
    if (instance->event) NtSetEvent(instance->event, NULL);
    if (instance->dll) LdrUnloadDll(instance->dll);
}

static void execute(struct tp_object *object, DWORD wait_result)
{
    struct tp_instance instance = { .object = object, .associated = TRUE };

    switch (object->kind) {
    case TP_SIMPLE:
        ((simple_callback)object->callback)(&instance, object->userdata);
        break;
    case TP_WORK:
    case TP_TIMER:
        ((object_callback)object->callback)(&instance, object->userdata, object);
        break;
    case TP_WAIT:
        ((wait_callback)object->callback)(&instance, object->userdata, object, wait_result);
        break;
    }
    if (object->finalization) ((simple_callback)object->finalization)(&instance, object->userdata);
    run_completion_actions(&instance);
    pthread_mutex_lock(&object->pool->lock);
    if (instance.associated) object->running--;
    object->executing--;
    pthread_cond_broadcast(&object->pool->done_cond);
    if (object_finished(object)) free_object_unlock(object);
    else pthread_mutex_unlock(&object->pool->lock);
}

static DWORD WINAPI worker_main(void *arg)
{
    struct tp_pool *pool = arg;

    pthread_mutex_lock(&pool->lock);
    for (;;) {
        struct tp_object *object;
        DWORD wait_result;

        while (!(object = pool->head)) {
            struct timespec until;
            int err;
            if (pool->closed && pool->refs == pool->threads) goto leave;   /* nothing can come */
            clock_gettime(CLOCK_MONOTONIC, &until);
            until.tv_sec += IDLE_TIMEOUT_SECONDS;
            pool->idle++;
            err = pthread_cond_timedwait(&pool->work_cond, &pool->lock, &until);
            pool->idle--;
            if (err == ETIMEDOUT && !pool->head && pool->threads > pool->min_threads) goto leave;
        }
        if (!--object->pending) unqueue_locked(pool, object);
        else if (object->queue_next) {   /* to the back, so one object cannot starve the rest */
            unqueue_locked(pool, object);
            object->queued = TRUE;
            object->queue_next = NULL;
            *pool->tail = object;
            pool->tail = &object->queue_next;
        }
        object->running++;
        object->executing++;
        wait_result = object->wait_result;
        pthread_mutex_unlock(&pool->lock);
        execute(object, wait_result);
        pthread_mutex_lock(&pool->lock);
    }
leave:
    pool->threads--;
    pool_unref_unlock(pool);
    return 0;
}

NTSTATUS tp_object_alloc(struct tp_object **out, enum tp_kind kind, void *callback, void *userdata,
                         const TP_CALLBACK_ENVIRON *env)
{
    struct tp_pool *pool = env ? env->Pool : NULL;
    struct tp_object *object;

    if (!pool) {
        pthread_once(&default_pool_once, make_default_pool);
        if (!(pool = default_pool)) return STATUS_NO_MEMORY;
    }
    if (!(object = calloc(1, sizeof(*object)))) return STATUS_NO_MEMORY;
    object->kind = kind;
    object->pool = pool;
    object->callback = callback;
    object->userdata = userdata;
    if (env) {
        if (env->CleanupGroup) FIXME("cleanup groups are not supported\n");
        object->finalization = env->FinalizationCallback;
        object->long_function = env->u.s.LongFunction;
    }
    pthread_mutex_lock(&pool->lock);
    pool->refs++;
    pthread_mutex_unlock(&pool->lock);
    *out = object;
    return STATUS_SUCCESS;
}

void tp_object_wait(struct tp_object *object, BOOL cancel)
{
    struct tp_pool *pool = object->pool;

    pthread_mutex_lock(&pool->lock);
    if (cancel && object->pending) {
        object->pending = 0;
        unqueue_locked(pool, object);
    }
    while (object->pending || object->running) pthread_cond_wait(&pool->done_cond, &pool->lock);
    pthread_mutex_unlock(&pool->lock);
}

void tp_object_release(struct tp_object *object)
{
    struct tp_pool *pool = object->pool;

    pthread_mutex_lock(&pool->lock);
    object->released = TRUE;
    if (object_finished(object)) free_object_unlock(object);
    else pthread_mutex_unlock(&pool->lock);
}

/* ---- pools ---- */

NTSYSAPI NTSTATUS WINAPI TpAllocPool(struct tp_pool **out, void *reserved)
{
    (void)reserved;
    if (!(*out = pool_new())) return STATUS_NO_MEMORY;
    return STATUS_SUCCESS;
}

/* Workers finish what is queued, then leave; the pool goes with the last
 * of its objects and workers. */
NTSYSAPI void WINAPI TpReleasePool(struct tp_pool *pool)
{
    pthread_mutex_lock(&pool->lock);
    pool->closed = TRUE;
    pthread_cond_broadcast(&pool->work_cond);
    pool_unref_unlock(pool);
}

NTSYSAPI void WINAPI TpSetPoolMaxThreads(struct tp_pool *pool, DWORD max)
{
    pthread_mutex_lock(&pool->lock);
    pool->max_threads = max ? (int)(max > 0x7fffffff ? 0x7fffffff : max) : 1;
    if (pool->min_threads > pool->max_threads) pool->min_threads = pool->max_threads;
    pthread_mutex_unlock(&pool->lock);
}

NTSYSAPI NTSTATUS WINAPI TpSetPoolMinThreads(struct tp_pool *pool, DWORD min)
{
    pthread_mutex_lock(&pool->lock);
    if (min > 0x7fffffff) min = 0x7fffffff;
    pool->min_threads = (int)min;
    if (pool->max_threads < pool->min_threads) pool->max_threads = pool->min_threads;
    while (pool->threads < pool->min_threads) {
        int before = pool->threads;
        pool_grow_locked(pool, TRUE);
        if (pool->threads == before) break;
    }
    pthread_mutex_unlock(&pool->lock);
    return STATUS_SUCCESS;
}

/* ---- work and simple callbacks ---- */

NTSYSAPI NTSTATUS WINAPI TpAllocWork(struct tp_object **out, void *callback, void *userdata,
                                     TP_CALLBACK_ENVIRON *env)
{
    return tp_object_alloc(out, TP_WORK, callback, userdata, env);
}

NTSYSAPI void WINAPI TpPostWork(struct tp_object *work)
{
    tp_object_submit(work);
}

NTSYSAPI void WINAPI TpWaitForWork(struct tp_object *work, BOOLEAN cancel_pending)
{
    tp_object_wait(work, cancel_pending);
}

NTSYSAPI void WINAPI TpReleaseWork(struct tp_object *work)
{
    tp_object_release(work);
}

NTSYSAPI NTSTATUS WINAPI TpSimpleTryPost(void *callback, void *userdata, TP_CALLBACK_ENVIRON *env)
{
    struct tp_object *object;
    NTSTATUS status;

    if ((status = tp_object_alloc(&object, TP_SIMPLE, callback, userdata, env))) return status;
    object->released = TRUE;   /* freed once it has run */
    tp_object_submit(object);
    return STATUS_SUCCESS;
}

typedef DWORD (WINAPI *work_item_routine)(void *);

static void WINAPI work_item_trampoline(struct tp_instance *instance, void *context)
{
    void **args = context;
    work_item_routine routine = (work_item_routine)args[0];
    void *param = args[1];
    (void)instance;
    free(args);
    routine(param);
}

/* QueueUserWorkItem's flags choose among Windows' old pool threads; here
 * every item runs on the default pool. */
NTSYSAPI NTSTATUS WINAPI RtlQueueWorkItem(void *routine, void *context, ULONG flags)
{
    void **args = malloc(2 * sizeof(void *));
    NTSTATUS status;
    (void)flags;

    if (!args) return STATUS_NO_MEMORY;
    args[0] = routine;
    args[1] = context;
    if ((status = TpSimpleTryPost(work_item_trampoline, args, NULL))) free(args);
    return status;
}

/* ---- timers ---- */

static LONGLONG timer_expired(struct timeout *timeout, LONGLONG now)
{
    struct tp_object *timer = (struct tp_object *)((char *)timeout - __builtin_offsetof(struct tp_object, timeout));

    if (!timer->period) timer->timer_set = FALSE;
    tp_object_submit(timer);
    return timer->period ? now + timer->period : 0;
}

NTSYSAPI NTSTATUS WINAPI TpAllocTimer(struct tp_object **out, void *callback, void *userdata,
                                      TP_CALLBACK_ENVIRON *env)
{
    NTSTATUS status = tp_object_alloc(out, TP_TIMER, callback, userdata, env);
    if (!status) (*out)->timeout.expired = timer_expired;
    return status;
}

/* DUE: NULL stops the timer; 0 fires it now; else an NT time. The window
 * (allowed coalescing delay) is not used: timers fire when due. */
NTSYSAPI void WINAPI TpSetTimer(struct tp_object *timer, const LARGE_INTEGER *due, LONG period, LONG window)
{
    (void)window;
    timeout_cancel(&timer->timeout);
    if (!due) {
        timer->timer_set = FALSE;
        return;
    }
    timer->period = (LONGLONG)(period > 0 ? period : 0) * 10000;
    timer->timer_set = TRUE;
    timeout_set(&timer->timeout, timeout_due_from_nt(due->QuadPart));
}

/* Like TpSetTimer; TRUE if the timer was set before. */
NTSYSAPI BOOL WINAPI TpSetTimerEx(struct tp_object *timer, const LARGE_INTEGER *due, LONG period, LONG window)
{
    BOOL was_set = timer->timer_set;
    TpSetTimer(timer, due, period, window);
    return was_set;
}

NTSYSAPI BOOL WINAPI TpIsTimerSet(struct tp_object *timer)
{
    return timer->timer_set;
}

NTSYSAPI void WINAPI TpWaitForTimer(struct tp_object *timer, BOOLEAN cancel_pending)
{
    tp_object_wait(timer, cancel_pending);
}

NTSYSAPI void WINAPI TpReleaseTimer(struct tp_object *timer)
{
    timeout_cancel(&timer->timeout);
    timer->timer_set = FALSE;
    tp_object_release(timer);
}

/* ---- callback instances ---- */

NTSYSAPI NTSTATUS WINAPI TpCallbackMayRunLong(struct tp_instance *instance)
{
    struct tp_pool *pool = instance->object->pool;
    NTSTATUS status = STATUS_SUCCESS;

    if (instance->may_run_long) return STATUS_SUCCESS;
    instance->may_run_long = TRUE;
    pthread_mutex_lock(&pool->lock);
    if (pool->head && !pool->idle) {
        if (pool->threads >= pool->max_threads) status = STATUS_TOO_MANY_THREADS;
        else pool_grow_locked(pool, TRUE);
    }
    pthread_mutex_unlock(&pool->lock);
    return status;
}

NTSYSAPI void WINAPI TpCallbackSetEventOnCompletion(struct tp_instance *instance, HANDLE event)
{
    instance->event = event;
}

NTSYSAPI void WINAPI TpCallbackReleaseSemaphoreOnCompletion(struct tp_instance *instance, HANDLE semaphore,
                                                            LONG count)
{
    instance->semaphore = semaphore;
    instance->semaphore_count = count;
}

NTSYSAPI void WINAPI TpCallbackReleaseMutexOnCompletion(struct tp_instance *instance, HANDLE mutex)
{
    instance->mutex = mutex;
}

NTSYSAPI void WINAPI TpCallbackLeaveCriticalSectionOnCompletion(struct tp_instance *instance,
                                                                RTL_CRITICAL_SECTION *critical_section)
{
    instance->critical_section = critical_section;
}

NTSYSAPI void WINAPI TpCallbackUnloadDllOnCompletion(struct tp_instance *instance, HMODULE dll)
{
    instance->dll = dll;
}

/* The callback stops counting for WaitFor*Callbacks of its object. */
NTSYSAPI void WINAPI TpDisassociateCallback(struct tp_instance *instance)
{
    struct tp_object *object = instance->object;

    if (!instance->associated) return;
    pthread_mutex_lock(&object->pool->lock);
    instance->associated = FALSE;
    object->running--;
    pthread_cond_broadcast(&object->pool->done_cond);
    pthread_mutex_unlock(&object->pool->lock);
}
