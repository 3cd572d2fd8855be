/*
 * winrun-server: one per prefix, serving what several winrun processes
 * share. It talks to them only through include/winrun/protocol.h and
 * includes no DLL header but ntstatus.h. Files: main.c (socket directory,
 * lock, lifetime), loop.c (epoll), client.c (connections: buffers, framing,
 * fds), request.c (the request table and its first handlers).
 */
#ifndef WINRUN_SERVER_H
#define WINRUN_SERVER_H

#include <stdint.h>
#include <sys/types.h>
#include "winrun/protocol.h"

typedef int32_t NTSTATUS;
#include "ntstatus.h"

struct loop;
struct client;

/* What the server serves, set once by main.c. */
struct server_state {
    dev_t prefix_dev;
    ino_t prefix_ino;
    int grace_ms;               /* lifetime after the last client leaves */
};
extern struct server_state server;

/* Prints "winrun-server: ...\n" to stderr (where a started server's goes
 * to /dev/null: useful when run by hand). */
void server_log(const char *format, ...) __attribute__((format(printf, 1, 2)));

/* client.c */
struct client {
    int fd;
    pid_t pid;                  /* from HELLO; 0 before */
    int said_hello;
    unsigned char *in;          /* received bytes not yet dispatched */
    uint32_t in_length, in_capacity;
    int in_fds[SERVER_MAX_FDS * 2];   /* received fds, in order, not yet claimed */
    unsigned int in_fd_count;
    struct out_message *out_head, *out_tail;   /* replies not yet sent */
    size_t out_bytes;
    struct client *prev, *next;
    /* what each subsystem keeps for this client (released when it goes) */
    struct registry_client *registry;
    struct object_client *objects;
    struct process_client *process;
};
void client_accept(struct loop *loop, int listen_fd);
/* Called when the client count reaches zero. */
void client_set_idle_callback(void (*idle)(struct loop *loop));
int client_count(void);

/* Called by client_destroy, in this order, to release what a client held
 * (its registry keys; its objects, abandoning its mutexes; its process
 * entry, pipes and jobs). Each is a no-op for a client that never used the
 * subsystem. */
void registry_client_gone(struct client *client);
void object_client_gone(struct client *client);
void process_client_gone(struct client *client);

/* object.c: named objects and the shared arena */
struct request_context;
NTSTATUS handle_obj_arena(struct request_context *context);
NTSTATUS handle_obj_create(struct request_context *context);
NTSTATUS handle_obj_close(struct request_context *context);
NTSTATUS handle_obj_gift(struct request_context *context);
NTSTATUS handle_obj_claim(struct request_context *context);
NTSTATUS handle_obj_dup_put(struct request_context *context);
NTSTATUS handle_obj_dup_take(struct request_context *context);
NTSTATUS handle_obj_dup_closed(struct request_context *context);
NTSTATUS handle_obj_dup_ask(struct request_context *context);
NTSTATUS handle_obj_dup_pending(struct request_context *context);
NTSTATUS handle_obj_dup_answer(struct request_context *context);
NTSTATUS handle_obj_dup_result(struct request_context *context);

/* registry_request.c: the prefix's registry (REQ_REG_*). registry_init
 * is called once at start (nothing is loaded before the first request),
 * registry_shutdown at exit (saves what changed). */
void registry_init(struct loop *loop, const char *prefix);
void registry_shutdown(void);
struct request_context;
NTSTATUS handle_registry(struct request_context *context);

/* process.c: named pipes */
struct request_context;
NTSTATUS handle_pipe_create(struct request_context *context);
NTSTATUS handle_pipe_open(struct request_context *context);
NTSTATUS handle_pipe_query(struct request_context *context);
NTSTATUS handle_pipe_listen(struct request_context *context);
NTSTATUS handle_pipe_disconnect(struct request_context *context);
NTSTATUS handle_pipe_info(struct request_context *context);
NTSTATUS handle_job_create(struct request_context *context);
NTSTATUS handle_job_close(struct request_context *context);
NTSTATUS handle_process_exit(struct request_context *context);
NTSTATUS handle_process_exit_code(struct request_context *context);
NTSTATUS handle_process_watch(struct request_context *context);
NTSTATUS handle_process_unwatch(struct request_context *context);

/* request.c: one dispatch. The handler reads REQUEST (SIZE bytes, header
 * included, within the table's bounds), may take an fd of FDS by setting
 * it to -1 (the rest are closed after it), writes its typed reply fields
 * after the header in REPLY and sets REPLY_SIZE (header included) when it
 * has any, puts fds to send in REPLY_FDS (sent, then closed), and returns
 * the reply's status. */
struct request_context {
    struct client *client;
    const void *request;
    uint32_t size;
    int *fds;
    unsigned int fd_count;
    void *reply;                /* SERVER_MAX_MESSAGE bytes */
    uint32_t reply_size;        /* sizeof(struct reply_header) unless set */
    int reply_fds[SERVER_MAX_FDS];
    unsigned int reply_fd_count;
};
/* NULL if a request of TYPE and SIZE is invalid (the client is dropped),
 * else the table entry's name, for logs. */
const char *request_check(const struct client *client, uint32_t type, uint32_t size);
NTSTATUS request_dispatch(uint32_t type, struct request_context *context);

#endif
