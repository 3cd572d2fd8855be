/*
 * The timeout service: one plain pthread (no TEB: it never runs Windows
 * code) sleeping until the earliest due time of a sorted list, then calling
 * each expired entry. Waitable timers (timer.c) and thread-pool timers
 * (threadpool.c) are built on it.
 *
 * Callbacks run under service_mutex, so that timeout_cancel returning
 * means the callback is not running and will not run: owners may free
 * their entry right after. Callbacks must therefore be short and must not
 * call timeout_set or timeout_cancel; the lock order is service_mutex
 * before the wait lock and the thread-pool locks. Insertion is O(n) in
 * pending timeouts, fine for the dozens programs keep; a heap would do
 * if that ever shows.
 */
#include <pthread.h>
#include <signal.h>
#include "futex.h"

static pthread_mutex_t service_mutex = PTHREAD_MUTEX_INITIALIZER;
static pthread_once_t service_once = PTHREAD_ONCE_INIT;
static struct timeout *pending;          /* sorted by due; under service_mutex */
static int service_seq;                  /* futex: bumped when the head changes */

LONGLONG timeout_due_from_nt(LONGLONG nt_time)
{
    LONGLONG now = time_monotonic_nosuspend_100ns();
    /* An absolute time is taken as its distance from now: a later change
     * of the wall clock does not move the timer, unlike on Windows. */
    if (nt_time > 0) nt_time = time_now_filetime() - nt_time;
    if (nt_time >= 0) return now ? now : 1;
    return now - nt_time;
}

static void unlink_locked(struct timeout *t)
{
    struct timeout **p;
    for (p = &pending; *p; p = &(*p)->next)
        if (*p == t) {
            *p = t->next;
            break;
        }
    t->due = 0;
}

static void insert_locked(struct timeout *t, LONGLONG due)
{
    struct timeout **p;
    for (p = &pending; *p && (*p)->due <= due; p = &(*p)->next);
    t->due = due;
    t->next = *p;
    *p = t;
}

static void *service_main(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&service_mutex);
    for (;;) {
        LONGLONG now = time_monotonic_nosuspend_100ns();
        struct deadline deadline;
        struct timeout *t;
        int seen;

        if (pending && pending->due <= now) time_update_shared_data();   /* the timer's "interrupt" */
        while ((t = pending) && t->due <= now) {
            LONGLONG next;
            pending = t->next;
            t->due = 0;
            if ((next = t->expired(t, now))) insert_locked(t, next);
        }
        seen = service_seq;
        deadline.infinite = !pending;
        deadline.realtime = 0;
        if (pending) {
            deadline.ts.tv_sec = pending->due / 10000000;
            deadline.ts.tv_nsec = (pending->due % 10000000) * 100;
        }
        pthread_mutex_unlock(&service_mutex);
        futex_wait_until(&service_seq, seen, &deadline);
        pthread_mutex_lock(&service_mutex);
    }
    return NULL;
}

static void service_start(void)
{
    sigset_t all, old;
    pthread_attr_t attr;
    pthread_t thread;

    /* signals are for Windows threads, whose handlers expect a TEB */
    sigfillset(&all);
    pthread_sigmask(SIG_BLOCK, &all, &old);
    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    pthread_attr_setstacksize(&attr, 128 * 1024);
    if (pthread_create(&thread, &attr, service_main, NULL)) winrun_error("cannot start the timer thread");
    pthread_attr_destroy(&attr);
    pthread_sigmask(SIG_SETMASK, &old, NULL);
}

void timeout_set(struct timeout *t, LONGLONG due)
{
    pthread_once(&service_once, service_start);
    pthread_mutex_lock(&service_mutex);
    if (t->due) unlink_locked(t);
    insert_locked(t, due);
    if (pending == t) {
        service_seq++;
        futex_wake(&service_seq, 1);
    }
    pthread_mutex_unlock(&service_mutex);
}

BOOL timeout_cancel(struct timeout *t)
{
    BOOL was_pending;

    pthread_mutex_lock(&service_mutex);
    if ((was_pending = t->due != 0)) unlink_locked(t);
    pthread_mutex_unlock(&service_mutex);
    return was_pending;
}
