/*
 * Processes' shared state kept by the server: named pipes (see the pipe
 * section of include/winrun/protocol.h) and the exit codes of processes
 * for those that opened them without being their parent. The server maps names to
 * instances and hands out socket ends; it never carries pipe data, and it
 * never waits: ConnectNamedPipe waits in the client on the instance's
 * notify pipe, WaitNamedPipe polls REQ_PIPE_QUERY.
 *
 * An instance lives as long as its creator holds the notify read end (in
 * the pipe handle): an instance whose read end is closed (the handle
 * closed, the creator dead) is swept when its name is next looked up, so
 * nothing here depends on which client made it.
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>
#include "server.h"

#define MAX_PIPE_NAME_BYTES 512     /* 256 UTF-16 units, Windows' limit */

struct pipe_instance {
    struct pipe_instance *next;
    uint32_t id;
    int client_end;             /* -1 once a client took it */
    int notify;                 /* write end; its reader is the creator */
    int listening;              /* may a client take it? */
};

struct pipe_name {
    struct pipe_name *next;
    uint32_t flags, max_instances;
    uint32_t length;
    unsigned char name[MAX_PIPE_NAME_BYTES];
    struct pipe_instance *instances;
};

static struct pipe_name *pipes;
static uint32_t next_instance_id = 1;

static void close_fd(int *fd)
{
    if (*fd >= 0) close(*fd);
    *fd = -1;
}

static int instance_alive(const struct pipe_instance *inst)
{
    struct pollfd pfd = { .fd = inst->notify, .events = 0 };
    return poll(&pfd, 1, 0) == 0 || !(pfd.revents & (POLLERR | POLLHUP));
}

static void free_instance(struct pipe_instance *inst)
{
    close_fd(&inst->client_end);
    close_fd(&inst->notify);
    free(inst);
}

/* Drops the instances of P whose creator is gone; frees P (returning
 * NULL) when none is left. */
static struct pipe_name *sweep(struct pipe_name *p)
{
    struct pipe_instance **link = &p->instances;
    struct pipe_name **plink;

    while (*link) {
        struct pipe_instance *inst = *link;
        if (instance_alive(inst)) link = &inst->next;
        else {
            *link = inst->next;
            free_instance(inst);
        }
    }
    if (p->instances) return p;
    for (plink = &pipes; *plink != p; plink = &(*plink)->next);
    *plink = p->next;
    free(p);
    return NULL;
}

static struct pipe_name *find_pipe(const void *name, uint32_t length)
{
    for (struct pipe_name *p = pipes, *next; p; p = next) {
        next = p->next;
        if (p->length == length && !memcmp(p->name, name, length)) return sweep(p);
    }
    return NULL;
}

static struct pipe_instance *find_instance(uint32_t id)
{
    for (struct pipe_name *p = pipes; p; p = p->next)
        for (struct pipe_instance *inst = p->instances; inst; inst = inst->next)
            if (inst->id == id) return inst;
    return NULL;
}

static unsigned int count_instances(const struct pipe_name *p)
{
    unsigned int n = 0;
    for (const struct pipe_instance *inst = p->instances; inst; inst = inst->next) n++;
    return n;
}

/* A fresh socket pair for INST: the creator's end in *OURS. */
static int new_connection(const struct pipe_name *p, struct pipe_instance *inst, int *ours)
{
    int pair[2];
    int type = (p->flags & PIPE_FLAG_MESSAGE) ? SOCK_SEQPACKET : SOCK_STREAM;

    if (socketpair(AF_UNIX, type | SOCK_CLOEXEC, 0, pair)) return -1;
    close_fd(&inst->client_end);
    inst->client_end = pair[1];
    *ours = pair[0];
    return 0;
}

static void fill_reply(struct request_context *context, const struct pipe_name *p, uint32_t instance)
{
    struct pipe_reply *reply = context->reply;
    reply->instance = instance;
    reply->flags = p ? p->flags : 0;
    reply->max_instances = p ? p->max_instances : 0;
    reply->instances = p ? count_instances(p) : 0;
    context->reply_size = sizeof(*reply);
}

static int name_ok(uint32_t length)
{
    return length && length <= MAX_PIPE_NAME_BYTES && !(length & 1);
}

NTSTATUS handle_pipe_create(struct request_context *context)
{
    const struct pipe_create_request *request = context->request;
    uint32_t length = context->size - sizeof(*request);
    struct pipe_name *p;
    struct pipe_instance *inst;
    int notify[2], ours = -1;

    fill_reply(context, NULL, 0);
    if (!name_ok(length) || !request->max_instances || request->max_instances > 255) return STATUS_INVALID_PARAMETER;
    if ((p = find_pipe(request + 1, length))) {
        if (count_instances(p) >= p->max_instances) return STATUS_INSTANCE_NOT_AVAILABLE;
        if (request->first_instance || p->flags != (request->flags & PIPE_FLAG_MESSAGE)) return STATUS_ACCESS_DENIED;
    } else {
        if (!(p = calloc(1, sizeof(*p)))) return STATUS_NO_MEMORY;
        p->flags = request->flags & PIPE_FLAG_MESSAGE;
        p->max_instances = request->max_instances;
        p->length = length;
        memcpy(p->name, request + 1, length);
        p->next = pipes;
        pipes = p;
    }
    if (!(inst = calloc(1, sizeof(*inst))) || pipe2(notify, O_CLOEXEC | O_NONBLOCK)) {
        free(inst);
        sweep(p);
        return STATUS_NO_MEMORY;
    }
    inst->client_end = -1;
    inst->notify = notify[1];
    inst->listening = 1;
    inst->id = next_instance_id++;
    inst->next = p->instances;
    p->instances = inst;
    if (new_connection(p, inst, &ours)) {
        close(notify[0]);
        p->instances = inst->next;
        free_instance(inst);
        sweep(p);
        return STATUS_NO_MEMORY;
    }
    context->reply_fds[0] = ours;
    context->reply_fds[1] = notify[0];
    context->reply_fd_count = 2;
    fill_reply(context, p, inst->id);
    return STATUS_SUCCESS;
}

/* TAKE: REQ_PIPE_OPEN, else a query. */
static NTSTATUS open_or_query(struct request_context *context, int take)
{
    const struct pipe_name_request *request = context->request;
    uint32_t length = context->size - sizeof(*request);
    struct pipe_name *p;
    struct pipe_instance *inst;
    char byte = 1;

    fill_reply(context, NULL, 0);
    if (!name_ok(length)) return STATUS_OBJECT_NAME_INVALID;
    if (!(p = find_pipe(request + 1, length))) return STATUS_OBJECT_NAME_NOT_FOUND;
    fill_reply(context, p, 0);
    for (inst = p->instances; inst; inst = inst->next)
        if (inst->listening && inst->client_end >= 0) break;
    if (!inst) return STATUS_PIPE_NOT_AVAILABLE;
    if (!take) return STATUS_SUCCESS;
    context->reply_fds[0] = inst->client_end;   /* sent, then closed */
    context->reply_fd_count = 1;
    inst->client_end = -1;
    inst->listening = 0;
    if (write(inst->notify, &byte, 1) != 1) { /* a byte is already there: the creator sees it */ }
    return STATUS_SUCCESS;
}

NTSTATUS handle_pipe_open(struct request_context *context)
{
    return open_or_query(context, 1);
}

NTSTATUS handle_pipe_query(struct request_context *context)
{
    return open_or_query(context, 0);
}

NTSTATUS handle_pipe_listen(struct request_context *context)
{
    const struct pipe_instance_request *request = context->request;
    struct pipe_instance *inst = find_instance(request->instance);

    fill_reply(context, NULL, 0);
    if (!inst) return STATUS_INVALID_HANDLE;
    inst->listening = 1;
    return STATUS_SUCCESS;
}

NTSTATUS handle_pipe_disconnect(struct request_context *context)
{
    const struct pipe_instance_request *request = context->request;
    struct pipe_instance *inst = find_instance(request->instance);
    struct pipe_name *p;
    int ours;

    fill_reply(context, NULL, 0);
    if (!inst) return STATUS_INVALID_HANDLE;
    for (p = pipes; p; p = p->next) {
        struct pipe_instance *i;
        for (i = p->instances; i && i != inst; i = i->next);
        if (i) break;
    }
    if (new_connection(p, inst, &ours)) return STATUS_NO_MEMORY;
    inst->listening = 0;
    context->reply_fds[0] = ours;
    context->reply_fd_count = 1;
    return STATUS_SUCCESS;
}


/* ---- exit codes ---- */

#define EXIT_CODES 256

static struct { pid_t pid; uint32_t code; } exit_codes[EXIT_CODES];
static unsigned int next_exit_code;

NTSTATUS handle_process_exit(struct request_context *context)
{
    const struct process_exit_request *request = context->request;
    unsigned int i = next_exit_code++ % EXIT_CODES;

    exit_codes[i].pid = context->client->pid;
    exit_codes[i].code = request->code;
    return STATUS_SUCCESS;
}

NTSTATUS handle_process_exit_code(struct request_context *context)
{
    const struct process_exit_request *request = context->request;
    struct process_exit_reply *reply = context->reply;

    context->reply_size = sizeof(*reply);
    reply->code = 0;
    /* the newest entry first: a pid may have been reused */
    for (unsigned int n = 1; n <= EXIT_CODES; n++) {
        unsigned int i = (next_exit_code - n) % EXIT_CODES;
        if (exit_codes[i].pid && exit_codes[i].pid == request->pid) {
            reply->code = exit_codes[i].code;
            return STATUS_SUCCESS;
        }
    }
    return STATUS_NOT_FOUND;
}

/* A client's pipe instances stay until their handles close (they may have
 * been inherited by a child that outlives it): nothing to do here. */
void process_client_gone(struct client *client)
{
    (void)client;
}
