/*
 * A tiny event loop over epoll (Redis' ae, reduced): callbacks on fds
 * becoming readable or writable, and one deadline. Single-threaded.
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
int64_t loop_now_ms(void);
/* Dispatches events until loop_stop. */
void loop_run(struct loop *loop);
void loop_stop(struct loop *loop);

#endif
