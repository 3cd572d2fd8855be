/*
 * A tiny event loop over epoll (Redis' ae, reduced): callbacks on fds
 * becoming readable or writable, and a few deadlines. Single-threaded.
 */
#ifndef WINRUN_SERVER_LOOP_H
#define WINRUN_SERVER_LOOP_H

#include <stdint.h>

struct loop;
/* EVENTS: EPOLLIN, EPOLLOUT, EPOLLHUP, EPOLLERR as epoll reports them */
typedef void (*loop_callback)(struct loop *loop, int fd, uint32_t events, void *data);

struct loop *loop_create(void);
/* Watches FD for EVENTS (EPOLLIN and/or EPOLLOUT); 0 or -1 with errno. */
int loop_add(struct loop *loop, int fd, uint32_t events, loop_callback callback, void *data);
int loop_modify(struct loop *loop, int fd, uint32_t events);
/* Stops watching FD; safe from a callback, even for an fd whose event is
 * still pending in the current batch (it is then skipped). */
void loop_remove(struct loop *loop, int fd);
/* Calls EXPIRED once the monotonic clock passes DEADLINE_MS (loop_now_ms
 * time); a negative deadline cancels it. */
void loop_set_deadline(struct loop *loop, int64_t deadline_ms, void (*expired)(struct loop *loop));
/* More deadlines, each in its own slot (1..LOOP_TIMERS-1; slot 0 is
 * loop_set_deadline's): the registry's save timer is slot LOOP_TIMER_SAVE. */
#define LOOP_TIMERS 4
#define LOOP_TIMER_SAVE 1
void loop_set_timer(struct loop *loop, int slot, int64_t deadline_ms, void (*expired)(struct loop *loop));
int64_t loop_now_ms(void);
/* Dispatches events until loop_stop; may be run again after. */
void loop_run(struct loop *loop);
void loop_stop(struct loop *loop);

#endif
