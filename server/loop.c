/*
 * The event loop: one epoll instance; a watch per fd in an array indexed by
 * fd (grown on demand: O(1) lookup, memory O(highest fd), fine for the few
 * hundred clients a prefix has).
 */
#define _GNU_SOURCE
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <time.h>
#include <unistd.h>
#include "loop.h"

struct watch {
    loop_callback callback;     /* NULL: not watched */
    void *data;
};

struct loop {
    int epoll_fd;
    int stopped;
    struct watch *watches;
    int watch_count;
    struct {
        int64_t deadline;       /* -1: none */
        void (*expired)(struct loop *loop);
    } timers[LOOP_TIMERS];
};

struct loop *loop_create(void)
{
    struct loop *loop = calloc(1, sizeof(*loop));
    if (!loop) return NULL;
    if ((loop->epoll_fd = epoll_create1(EPOLL_CLOEXEC)) < 0) {
        free(loop);
        return NULL;
    }
    for (int i = 0; i < LOOP_TIMERS; i++) loop->timers[i].deadline = -1;
    return loop;
}

int loop_add(struct loop *loop, int fd, uint32_t events, loop_callback callback, void *data)
{
    struct epoll_event ev = { .events = events, .data.fd = fd };

    if (fd >= loop->watch_count) {
        int count = fd + 64;
        struct watch *watches = realloc(loop->watches, count * sizeof(*watches));
        if (!watches) return -1;
        memset(watches + loop->watch_count, 0, (count - loop->watch_count) * sizeof(*watches));
        loop->watches = watches;
        loop->watch_count = count;
    }
    if (epoll_ctl(loop->epoll_fd, EPOLL_CTL_ADD, fd, &ev)) return -1;
    loop->watches[fd].callback = callback;
    loop->watches[fd].data = data;
    return 0;
}

int loop_modify(struct loop *loop, int fd, uint32_t events)
{
    struct epoll_event ev = { .events = events, .data.fd = fd };
    return epoll_ctl(loop->epoll_fd, EPOLL_CTL_MOD, fd, &ev);
}

void loop_remove(struct loop *loop, int fd)
{
    if (fd < 0 || fd >= loop->watch_count || !loop->watches[fd].callback) return;
    epoll_ctl(loop->epoll_fd, EPOLL_CTL_DEL, fd, NULL);
    loop->watches[fd].callback = NULL;
    loop->watches[fd].data = NULL;
}

void loop_set_timer(struct loop *loop, int slot, int64_t deadline_ms, void (*expired)(struct loop *loop))
{
    if (slot < 0 || slot >= LOOP_TIMERS) return;
    loop->timers[slot].deadline = deadline_ms;
    loop->timers[slot].expired = expired;
}

void loop_set_deadline(struct loop *loop, int64_t deadline_ms, void (*expired)(struct loop *loop))
{
    loop_set_timer(loop, 0, deadline_ms, expired);
}

int64_t loop_now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

void loop_stop(struct loop *loop)
{
    loop->stopped = 1;
}

void loop_run(struct loop *loop)
{
    struct epoll_event events[64];

    loop->stopped = 0;      /* may run again after a stop (the server fuzzer does) */

    while (!loop->stopped) {
        int timeout = -1, count, i, fired = 0;
        int64_t now = loop_now_ms();

        for (i = 0; i < LOOP_TIMERS && !fired; i++) {
            int64_t left;
            if (loop->timers[i].deadline < 0) continue;
            left = loop->timers[i].deadline - now;
            if (left <= 0) {
                loop->timers[i].deadline = -1;
                loop->timers[i].expired(loop);
                fired = 1;
            } else if (timeout < 0 || left < timeout) {
                timeout = left > 60000 ? 60000 : (int)left;
            }
        }
        if (fired) continue;
        count = epoll_wait(loop->epoll_fd, events, 64, timeout);
        if (count < 0) {
            if (errno == EINTR) continue;
            break;
        }
        for (i = 0; i < count && !loop->stopped; i++) {
            int fd = events[i].data.fd;
            /* an earlier callback of this batch may have removed it */
            if (fd < loop->watch_count && loop->watches[fd].callback)
                loop->watches[fd].callback(loop, fd, events[i].events, loop->watches[fd].data);
        }
    }
}
