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
 * nothing here depends on which client made it, except the quota: a
 * client holds at most CLIENT_MAX_PIPES live instances it created (two
 * server fds each), counted while it is connected.
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
    int disconnected;           /* write end of the connected client's "disconnected" pipe; -1 */
    int listening;              /* may a client take it? */
    const struct client *owner; /* its creator while connected, for the quota; NULL after */
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
    close_fd(&inst->disconnected);   /* no byte: the client sees a broken pipe */
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

/* The live instances CLIENT created; its dead ones are swept first, so
 * that closing a pipe handle gives the quota back. */
static unsigned int pipes_held(const struct client *client)
{
    unsigned int n = 0;
    for (struct pipe_name *p = pipes, *next; p; p = next) {
        struct pipe_instance *inst;
        next = p->next;
        for (inst = p->instances; inst; inst = inst->next)
            if (inst->owner == client && !instance_alive(inst)) break;
        if (inst && !(p = sweep(p))) continue;
        for (inst = p->instances; inst; inst = inst->next) n += inst->owner == client;
    }
    return n;
}

/* A client went: its instances stay while a handle (inherited, or the
 * creator still running) holds them, but no longer count for anyone; the
 * ones nobody holds are dropped now rather than at their name's next
 * lookup, which may never come. */
static void pipe_client_gone(const struct client *client)
{
    for (struct pipe_name *p = pipes, *next; p; p = next) {
        next = p->next;
        for (struct pipe_instance *inst = p->instances; inst; inst = inst->next)
            if (inst->owner == client) inst->owner = NULL;
        sweep(p);
    }
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
    if (pipes_held(context->client) >= CLIENT_MAX_PIPES) return STATUS_QUOTA_EXCEEDED;
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
    inst->disconnected = -1;
    inst->notify = notify[1];
    inst->listening = 1;
    inst->owner = context->client;
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
    int disconnected[2];

    fill_reply(context, NULL, 0);
    if (!name_ok(length)) return STATUS_OBJECT_NAME_INVALID;
    if (!(p = find_pipe(request + 1, length))) return STATUS_OBJECT_NAME_NOT_FOUND;
    fill_reply(context, p, 0);
    for (inst = p->instances; inst; inst = inst->next)
        if (inst->listening && inst->client_end >= 0) break;
    if (!inst) return STATUS_PIPE_NOT_AVAILABLE;
    if (!take) return STATUS_SUCCESS;
    if (pipe2(disconnected, O_CLOEXEC | O_NONBLOCK)) return STATUS_NO_MEMORY;
    context->reply_fds[0] = inst->client_end;   /* sent, then closed */
    context->reply_fds[1] = disconnected[0];
    context->reply_fd_count = 2;
    close_fd(&inst->disconnected);
    inst->disconnected = disconnected[1];
    inst->client_end = -1;
    inst->listening = 0;
    fill_reply(context, p, inst->id);
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

NTSTATUS handle_pipe_info(struct request_context *context)
{
    const struct pipe_instance_request *request = context->request;
    struct pipe_instance *inst = find_instance(request->instance);
    struct pipe_name *p;

    fill_reply(context, NULL, 0);
    if (!inst) return STATUS_PIPE_BROKEN;
    for (p = pipes; p; p = p->next) {
        struct pipe_instance *i;
        for (i = p->instances; i && i != inst; i = i->next);
        if (i) break;
    }
    /* count only the live instances; ours may be among the dead */
    if (!(p = sweep(p)) || !find_instance(request->instance)) return STATUS_PIPE_BROKEN;
    fill_reply(context, p, request->instance);
    return STATUS_SUCCESS;
}

NTSTATUS handle_pipe_disconnect(struct request_context *context)
{
    const struct pipe_instance_request *request = context->request;
    struct pipe_instance *inst = find_instance(request->instance);
    struct pipe_name *p;
    char byte = 1;
    int ours;

    fill_reply(context, NULL, 0);
    if (!inst) return STATUS_INVALID_HANDLE;
    for (p = pipes; p; p = p->next) {
        struct pipe_instance *i;
        for (i = p->instances; i && i != inst; i = i->next);
        if (i) break;
    }
    if (new_connection(p, inst, &ours)) return STATUS_NO_MEMORY;
    /* before the creator replaces its end: the client's next read sees it */
    if (inst->disconnected >= 0 && write(inst->disconnected, &byte, 1) != 1) { /* full: a byte is there */ }
    close_fd(&inst->disconnected);
    inst->listening = 0;
    context->reply_fds[0] = ours;
    context->reply_fd_count = 1;
    return STATUS_SUCCESS;
}


/* ---- exit codes ---- */

/* A process's record: its code once reported, and how many watches
 * (client, pid, start) name it. Records nobody watches are kept, the
 * newest UNWATCHED_KEPT of them, for an interest that comes after the
 * report. */
#define UNWATCHED_KEPT 256

struct exit_record {
    struct exit_record *next;
    pid_t pid;
    uint64_t start;
    uint32_t code;
    int have_code;
    unsigned int watchers;
    uint64_t serial;            /* when last touched, to drop the oldest unwatched */
};

struct watch {
    pid_t pid;
    uint64_t start;
};

struct job_ref {
    struct job_ref *next;
    struct job_name *job;
    unsigned int count;
};

struct process_client {
    struct watch *watches;
    unsigned int count, capacity;
    struct job_ref *jobs;
};

static struct exit_record *records;
static uint64_t record_serial;

static struct exit_record *find_record(pid_t pid, uint64_t start, int create)
{
    struct exit_record *r;

    for (r = records; r; r = r->next)
        if (r->pid == pid && r->start == start) return r;
    if (!create || !(r = calloc(1, sizeof(*r)))) return NULL;
    r->pid = pid;
    r->start = start;
    r->next = records;
    records = r;
    return r;
}

/* Frees unwatched records without a code, and the oldest unwatched ones
 * beyond UNWATCHED_KEPT. */
static void trim_records(void)
{
    unsigned int unwatched = 0;
    struct exit_record **link, *r;

    for (link = &records; (r = *link);) {
        if (!r->watchers && !r->have_code) {
            *link = r->next;
            free(r);
            continue;
        }
        if (!r->watchers) unwatched++;
        link = &r->next;
    }
    while (unwatched > UNWATCHED_KEPT) {
        struct exit_record **oldest = NULL;
        for (link = &records; (r = *link); link = &r->next)
            if (!r->watchers && (!oldest || r->serial < (*oldest)->serial)) oldest = link;
        r = *oldest;
        *oldest = r->next;
        free(r);
        unwatched--;
    }
}

/* Every exit-code request answers a struct process_exit_reply. */
static void empty_reply(struct request_context *context)
{
    struct process_exit_reply *reply = context->reply;
    reply->code = reply->reserved = 0;
    context->reply_size = sizeof(*reply);
}

static pid_t request_pid(const struct request_context *context)
{
    const struct process_exit_request *request = context->request;
    return request->pid ? request->pid : context->client->pid;
}

NTSTATUS handle_process_exit(struct request_context *context)
{
    const struct process_exit_request *request = context->request;
    struct exit_record *r = find_record(request_pid(context), request->start_time, 1);

    empty_reply(context);
    if (!r) return STATUS_NO_MEMORY;
    if (!r->have_code) {   /* the first report wins: a TerminateProcess before the target's own */
        r->code = request->code;
        r->have_code = 1;
    }
    r->serial = ++record_serial;
    trim_records();
    return STATUS_SUCCESS;
}

NTSTATUS handle_process_exit_code(struct request_context *context)
{
    const struct process_exit_request *request = context->request;
    struct process_exit_reply *reply = context->reply;
    struct exit_record *r = find_record(request->pid, request->start_time, 0);

    context->reply_size = sizeof(*reply);
    reply->code = r && r->have_code ? r->code : 0;
    return r && r->have_code ? STATUS_SUCCESS : STATUS_NOT_FOUND;
}

NTSTATUS handle_process_watch(struct request_context *context)
{
    const struct process_exit_request *request = context->request;
    struct client *client = context->client;
    struct process_client *pc = client->process;
    struct exit_record *r;

    empty_reply(context);
    if (request->pid <= 0) return STATUS_INVALID_PARAMETER;
    if (!pc && !(pc = client->process = calloc(1, sizeof(*pc)))) return STATUS_NO_MEMORY;
    if (pc->count >= CLIENT_MAX_WATCHES) return STATUS_QUOTA_EXCEEDED;
    if (pc->count == pc->capacity) {
        unsigned int capacity = pc->capacity ? pc->capacity * 2 : 8;
        struct watch *w = realloc(pc->watches, capacity * sizeof(*w));
        if (!w) return STATUS_NO_MEMORY;
        pc->watches = w;
        pc->capacity = capacity;
    }
    if (!(r = find_record(request->pid, request->start_time, 1))) return STATUS_NO_MEMORY;
    r->watchers++;
    r->serial = ++record_serial;
    pc->watches[pc->count].pid = request->pid;
    pc->watches[pc->count].start = request->start_time;
    pc->count++;
    return STATUS_SUCCESS;
}

static void unwatch(struct process_client *pc, pid_t pid, uint64_t start)
{
    struct exit_record *r;

    for (unsigned int i = 0; i < pc->count; i++) {
        if (pc->watches[i].pid != pid || pc->watches[i].start != start) continue;
        pc->watches[i] = pc->watches[--pc->count];
        if ((r = find_record(pid, start, 0)) && r->watchers) r->watchers--;
        return;
    }
}

NTSTATUS handle_process_unwatch(struct request_context *context)
{
    const struct process_exit_request *request = context->request;

    empty_reply(context);
    if (!context->client->process) return STATUS_INVALID_PARAMETER;
    unwatch(context->client->process, request->pid, request->start_time);
    trim_records();
    return STATUS_SUCCESS;
}

/* ---- named jobs ---- */

#define MAX_JOB_NAME_BYTES 1024

struct job_name {
    struct job_name *next;
    uint32_t id;
    unsigned int refs;          /* over every client */
    int fds[3];                 /* state memfd, keeper pipe write end, read end */
    uint32_t length;
    unsigned char name[MAX_JOB_NAME_BYTES];
};

static struct job_name *jobs;
static uint32_t next_job_id = 1;

static void drop_job(struct job_name *job)
{
    struct job_name **link;

    if (--job->refs) return;
    for (link = &jobs; *link != job; link = &(*link)->next);
    *link = job->next;
    for (int i = 0; i < 3; i++) close(job->fds[i]);
    free(job);
}

static struct process_client *process_client_of(struct client *client)
{
    if (!client->process) client->process = calloc(1, sizeof(*client->process));
    return client->process;
}

NTSTATUS handle_job_create(struct request_context *context)
{
    const struct job_create_request *request = context->request;
    uint32_t length = context->size - sizeof(*request);
    struct process_client *pc = process_client_of(context->client);
    struct job_reply *reply = context->reply;
    struct job_name *job;
    struct job_ref *ref;
    NTSTATUS status = STATUS_SUCCESS;
    unsigned int held = 0;

    context->reply_size = sizeof(*reply);
    reply->id = reply->last = 0;
    if (!pc) return STATUS_NO_MEMORY;
    if (!length || length > MAX_JOB_NAME_BYTES || (length & 1)) return STATUS_OBJECT_NAME_INVALID;
    if (context->fd_count != (request->open_only ? 0u : 3u)) return STATUS_INVALID_PARAMETER;
    for (job = jobs; job; job = job->next)
        if (job->length == length && !memcmp(job->name, request + 1, length)) break;
    if (job) status = request->open_only ? STATUS_SUCCESS : STATUS_OBJECT_NAME_EXISTS;
    else if (request->open_only) return STATUS_OBJECT_NAME_NOT_FOUND;
    else {
        if (!(job = calloc(1, sizeof(*job)))) return STATUS_NO_MEMORY;
        for (int i = 0; i < 3; i++) {
            job->fds[i] = context->fds[i];   /* taken */
            context->fds[i] = -1;
        }
        job->id = next_job_id++;
        job->length = length;
        memcpy(job->name, request + 1, length);
        job->next = jobs;
        jobs = job;
    }
    for (ref = pc->jobs; ref && ref->job != job; ref = ref->next) held++;
    if (!ref) {
        if (held >= CLIENT_MAX_JOBS || !(ref = calloc(1, sizeof(*ref)))) {
            job->refs++;        /* frees a job just made, leaves one others hold */
            drop_job(job);
            return held >= CLIENT_MAX_JOBS ? STATUS_QUOTA_EXCEEDED : STATUS_NO_MEMORY;
        }
        ref->job = job;
        ref->next = pc->jobs;
        pc->jobs = ref;
    }
    for (int i = 0; i < 3; i++)
        if ((context->reply_fds[i] = fcntl(job->fds[i], F_DUPFD_CLOEXEC, 3)) < 0) {
            while (i--) close(context->reply_fds[i]);
            if (!ref->count) {   /* the reference just made: undo it */
                struct job_ref **link;
                for (link = &pc->jobs; *link != ref; link = &(*link)->next);
                *link = ref->next;
                free(ref);
                job->refs++;
                drop_job(job);
            }
            return STATUS_NO_MEMORY;
        }
    context->reply_fd_count = 3;
    ref->count++;
    job->refs++;
    reply->id = job->id;
    return status;
}

NTSTATUS handle_job_close(struct request_context *context)
{
    const struct job_close_request *request = context->request;
    struct process_client *pc = context->client->process;
    struct job_reply *reply = context->reply;
    struct job_ref **link, *ref;

    context->reply_size = sizeof(*reply);
    reply->id = request->id;
    reply->last = 0;
    if (!pc) return STATUS_INVALID_HANDLE;
    for (link = &pc->jobs; (ref = *link) && ref->job->id != request->id; link = &ref->next);
    if (!ref) return STATUS_INVALID_HANDLE;
    reply->last = ref->job->refs == 1;
    drop_job(ref->job);
    if (!--ref->count) {
        *link = ref->next;
        free(ref);
    }
    return STATUS_SUCCESS;
}

/* A client's pipe instances stay until their handles close (they may have
 * been inherited by a child that outlives it); its watches and job
 * references go (a job nobody holds frees its name: its keeper, if any,
 * sees the end of its pipe). */
void process_client_gone(struct client *client)
{
    struct process_client *pc = client->process;

    pipe_client_gone(client);
    if (!pc) return;
    while (pc->jobs) {
        struct job_ref *ref = pc->jobs;
        pc->jobs = ref->next;
        while (ref->count--) drop_job(ref->job);
        free(ref);
    }
    while (pc->count) unwatch(pc, pc->watches[0].pid, pc->watches[0].start);
    trim_records();
    free(pc->watches);
    free(pc);
    client->process = NULL;
}
