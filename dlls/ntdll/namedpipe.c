/*
 * Named pipes: handles over the Unix socket pairs whose ends winrun-server
 * hands out (see the pipe section of include/winrun/protocol.h). A named
 * pipe handle is a file object, so ReadFile, WriteFile and inheritance
 * treat it as an fd; what only a named pipe has (its instance, the notify
 * fd ConnectNamedPipe waits on, the read mode and the part of a message
 * already read) lives in the larger object around it.
 *
 * Message pipes are SOCK_SEQPACKET, which keeps boundaries but drops what
 * a short read leaves; so a read first peeks at the message's length and,
 * when the buffer is shorter, copies the next part, keeps the offset and
 * answers STATUS_BUFFER_OVERFLOW (ERROR_MORE_DATA), consuming the message
 * only with its last part.
 *
 * A client end also holds the read end of a "disconnected" pipe: the
 * server writes a byte there on DisconnectNamedPipe, so the client's next
 * read or write fails with STATUS_PIPE_DISCONNECTED
 * (ERROR_PIPE_NOT_CONNECTED) rather than the broken pipe of a creator
 * that closed its handle.
 *
 * Inherited, a named-pipe handle stays one: the startup block carries its
 * kind, modes and second fd (named_pipe_describe, named_pipe_from_startup).
 *
 * Limits: instances have no security descriptor; the buffer sizes are
 * hints.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>
#include "ntdll_private.h"
#include "winrun/protocol.h"

NTSYSAPI NTSTATUS WINAPI NtSetEvent(HANDLE handle, LONG *prev_state);

#define PIPE_READMODE_MESSAGE 2
#define MAX_NAME_CHARS 256

struct named_pipe {
    struct file_object file;
    int notify;                     /* creator: the server's "connected" pipe; else -1 */
    int disconnected;               /* client: a byte here once the creator disconnected; else -1 */
    uint32_t instance;              /* creator: the server's id */
    BOOL message;                   /* PIPE_TYPE_MESSAGE */
    pthread_mutex_t lock;           /* serialises message reads */
    DWORD read_mode;                /* PIPE_READMODE_* */
    size_t offset;                  /* of the current message already read */
    DWORD max_instances, out_size, in_size;
    int listen_pending;             /* an overlapped ConnectNamedPipe is waiting; atomic */
};

static void named_pipe_destroy(struct object *obj)
{
    struct named_pipe *p = (struct named_pipe *)obj;
    if (p->file.fd >= 0) close(p->file.fd);
    if (p->notify >= 0) close(p->notify);
    if (p->disconnected >= 0) close(p->disconnected);
    pthread_mutex_destroy(&p->lock);
    free(p);
}

static const struct object_ops named_pipe_ops = { .destroy = named_pipe_destroy };

static struct named_pipe *pipe_get(HANDLE handle)
{
    struct object *obj = handle_get(handle, OBJECT_FILE);
    if (obj && obj->ops != &named_pipe_ops) {
        object_release(obj);
        obj = NULL;
    }
    return (struct named_pipe *)obj;
}

/* The request with NAME (upper-cased) after its fixed part SIZE. */
static void *name_request(size_t size, uint16_t type, const WCHAR *name, NTSTATUS *status)
{
    size_t len = wcs_len(name);
    struct request_header *header;
    WCHAR *dst;

    if (!len || len > MAX_NAME_CHARS) {
        *status = len ? STATUS_OBJECT_NAME_INVALID : STATUS_OBJECT_NAME_NOT_FOUND;
        return NULL;
    }
    if (!(header = calloc(1, size + len * sizeof(WCHAR)))) {
        *status = STATUS_NO_MEMORY;
        return NULL;
    }
    header->size = (uint32_t)(size + len * sizeof(WCHAR));
    header->type = type;
    dst = (WCHAR *)((char *)header + size);
    for (size_t i = 0; i < len; i++) dst[i] = wch_upper(name[i]);
    return header;
}

static struct named_pipe *pipe_object(int fd, DWORD access, DWORD options, const struct pipe_reply *reply)
{
    struct named_pipe *p = calloc(1, sizeof(*p));
    if (!p) return NULL;
    object_init(&p->file.obj, OBJECT_FILE, &named_pipe_ops);
    p->file.fd = fd;
    p->file.access = access;
    p->file.options = options;
    p->notify = -1;
    p->disconnected = -1;
    p->message = (reply->flags & PIPE_FLAG_MESSAGE) != 0;
    p->max_instances = reply->max_instances;
    pthread_mutex_init(&p->lock, NULL);
    return p;
}

static NTSTATUS insert(struct named_pipe *p, HANDLE *handle)
{
    if ((*handle = handle_alloc(&p->file.obj))) return STATUS_SUCCESS;
    object_release(&p->file.obj);
    return STATUS_NO_MEMORY;
}

NTSTATUS named_pipe_create(const WCHAR *name, DWORD access, DWORD options, BOOL message, BOOL read_message,
                           DWORD max_instances, BOOL first_instance, DWORD out_size, DWORD in_size, HANDLE *handle)
{
    struct pipe_create_request *request;
    struct pipe_reply reply;
    struct server_fds fds = { .count = 0 };
    struct named_pipe *p;
    NTSTATUS status;

    if (!(request = name_request(sizeof(*request), REQ_PIPE_CREATE, name, &status))) return status;
    request->flags = message ? PIPE_FLAG_MESSAGE : 0;
    request->max_instances = max_instances;
    request->first_instance = first_instance;
    status = server_call(request, NULL, &reply, sizeof(reply), &fds);
    free(request);
    if (status) {
        for (unsigned int i = 0; i < fds.count; i++) close(fds.fds[i]);
        return status;
    }
    if (fds.count != 2) {
        for (unsigned int i = 0; i < fds.count; i++) close(fds.fds[i]);
        return STATUS_INTERNAL_ERROR;
    }
    if (!(p = pipe_object(fds.fds[0], access, options, &reply))) {
        close(fds.fds[0]);
        close(fds.fds[1]);
        return STATUS_NO_MEMORY;
    }
    p->notify = fds.fds[1];
    p->instance = reply.instance;
    p->read_mode = read_message ? PIPE_READMODE_MESSAGE : 0;
    p->out_size = out_size;
    p->in_size = in_size;
    return insert(p, handle);
}

/* QUERY: only whether an instance is free (WaitNamedPipe). */
static NTSTATUS open_or_query(const WCHAR *name, DWORD access, DWORD options, HANDLE *handle, BOOL query)
{
    struct pipe_name_request *request;
    struct pipe_reply reply;
    struct server_fds fds = { .count = 0 };
    struct named_pipe *p;
    NTSTATUS status;

    if (!(request = name_request(sizeof(*request), query ? REQ_PIPE_QUERY : REQ_PIPE_OPEN, name, &status)))
        return status;
    status = server_call(request, NULL, &reply, sizeof(reply), &fds);
    free(request);
    if (status || query || fds.count != 2) {
        for (unsigned int i = 0; i < fds.count; i++) close(fds.fds[i]);
        return status ? status : query ? STATUS_SUCCESS : STATUS_INTERNAL_ERROR;
    }
    if (!(p = pipe_object(fds.fds[0], access, options, &reply))) {
        close(fds.fds[0]);
        close(fds.fds[1]);
        return STATUS_NO_MEMORY;
    }
    p->disconnected = fds.fds[1];
    p->instance = reply.instance;
    return insert(p, handle);
}

NTSTATUS named_pipe_open(const WCHAR *name, DWORD access, DWORD options, HANDLE *handle)
{
    return open_or_query(name, access, options, handle, FALSE);
}

NTSTATUS named_pipe_query(const WCHAR *name)
{
    return open_or_query(name, 0, 0, NULL, TRUE);
}

/* Has the creator disconnected this client end? */
static BOOL was_disconnected(const struct named_pipe *p)
{
    struct pollfd pfd = { .fd = p->disconnected, .events = POLLIN };
    return p->disconnected >= 0 && poll(&pfd, 1, 0) == 1 && (pfd.revents & POLLIN);
}

static NTSTATUS instance_call(struct named_pipe *p, uint16_t type, struct server_fds *fds)
{
    struct pipe_instance_request request = { { sizeof(request), type, 0, 0, 0 }, p->instance, 0 };
    struct pipe_reply reply;
    return server_call(&request, NULL, &reply, sizeof(reply), fds);
}

/* Takes the notify byte; TRUE if a client connected. */
static BOOL take_connect(struct named_pipe *p, int timeout_ms)
{
    struct pollfd pfd = { .fd = p->notify, .events = POLLIN };
    char byte;
    int n;

    while ((n = poll(&pfd, 1, timeout_ms)) < 0 && errno == EINTR);
    if (n != 1 || !(pfd.revents & POLLIN)) return FALSE;
    return read(p->notify, &byte, 1) == 1;
}

struct listen_wait {
    struct named_pipe *pipe;
    HANDLE event;
    IO_STATUS_BLOCK *io;
};

/* An overlapped ConnectNamedPipe: waits for the client, then completes
 * the OVERLAPPED. Gives up when the handle is closed or disconnected. */
static void *listen_thread(void *arg)
{
    struct listen_wait *w = arg;
    struct named_pipe *p = w->pipe;

    while (__atomic_load_n(&p->listen_pending, __ATOMIC_ACQUIRE) && __atomic_load_n(&p->file.obj.handle_count, __ATOMIC_ACQUIRE)) {
        if (!take_connect(p, 100)) continue;
        if (__atomic_exchange_n(&p->listen_pending, 0, __ATOMIC_ACQ_REL)) {
            w->io->Information = 0;
            __atomic_store_n(&w->io->Status, STATUS_SUCCESS, __ATOMIC_RELEASE);
            if (w->event) NtSetEvent(w->event, NULL);
        }
        break;
    }
    object_release(&p->file.obj);
    free(w);
    return NULL;
}

/* ConnectNamedPipe: STATUS_SUCCESS once a client connected (waiting when
 * IO is NULL), STATUS_PIPE_CONNECTED when one already had, STATUS_PENDING
 * with IO completed (and EVENT set) later. */
NTSTATUS named_pipe_listen(HANDLE handle, HANDLE event, IO_STATUS_BLOCK *io)
{
    struct named_pipe *p = pipe_get(handle);
    NTSTATUS status;

    if (!p) return STATUS_INVALID_HANDLE;
    if (p->notify < 0) status = STATUS_INVALID_PARAMETER;     /* a client end */
    else if (__atomic_load_n(&p->listen_pending, __ATOMIC_ACQUIRE)) status = STATUS_INVALID_PIPE_STATE;
    else if (take_connect(p, 0)) status = STATUS_PIPE_CONNECTED;
    else if ((status = instance_call(p, REQ_PIPE_LISTEN, NULL))) { /* the instance is gone */ }
    else if (take_connect(p, 0)) status = STATUS_SUCCESS;
    else if (!io) {
        while (!take_connect(p, -1));
        status = STATUS_SUCCESS;
    } else {
        struct listen_wait *w = malloc(sizeof(*w));
        pthread_attr_t attr;
        pthread_t thread;
        sigset_t all, old;

        if (!w) status = STATUS_NO_MEMORY;
        else {
            w->pipe = (struct named_pipe *)object_grab(&p->file.obj);
            w->event = event;
            w->io = io;
            io->Status = STATUS_PENDING;
            io->Information = 0;
            __atomic_store_n(&p->listen_pending, 1, __ATOMIC_RELEASE);
            /* a service thread: signals are for Windows threads */
            sigfillset(&all);
            pthread_sigmask(SIG_BLOCK, &all, &old);
            pthread_attr_init(&attr);
            pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
            pthread_attr_setstacksize(&attr, 64 * 1024);
            if (pthread_create(&thread, &attr, listen_thread, w)) {
                __atomic_store_n(&p->listen_pending, 0, __ATOMIC_RELEASE);
                object_release(&p->file.obj);
                free(w);
                status = STATUS_NO_MEMORY;
            } else status = STATUS_PENDING;
            pthread_attr_destroy(&attr);
            pthread_sigmask(SIG_SETMASK, &old, NULL);
        }
    }
    object_release(&p->file.obj);
    return status;
}

/* DisconnectNamedPipe: the client's connection breaks; the instance gets a
 * fresh one, at the same fd. */
NTSTATUS named_pipe_disconnect(HANDLE handle)
{
    struct named_pipe *p = pipe_get(handle);
    struct server_fds fds = { .count = 0 };
    NTSTATUS status;

    if (!p) return STATUS_INVALID_HANDLE;
    if (p->notify < 0) status = STATUS_INVALID_PARAMETER;
    else if (!(status = instance_call(p, REQ_PIPE_DISCONNECT, &fds))) {
        if (fds.count != 1) status = STATUS_INTERNAL_ERROR;
        else if (dup3(fds.fds[0], p->file.fd, O_CLOEXEC) < 0) status = errno_to_status(errno);
        __atomic_store_n(&p->listen_pending, 0, __ATOMIC_RELEASE);
        take_connect(p, 0);      /* a connect not yet waited for is over too */
        pthread_mutex_lock(&p->lock);
        p->offset = 0;
        pthread_mutex_unlock(&p->lock);
    }
    for (unsigned int i = 0; i < fds.count; i++) close(fds.fds[i]);
    object_release(&p->file.obj);
    return status;
}

NTSTATUS named_pipe_get_info(HANDLE handle, struct named_pipe_info *info)
{
    struct named_pipe *p = pipe_get(handle);
    if (!p) return STATUS_INVALID_HANDLE;
    info->server_end = p->notify >= 0;
    info->message = p->message;
    info->read_message = p->read_mode == PIPE_READMODE_MESSAGE;
    info->max_instances = p->max_instances;
    info->out_size = p->out_size;
    info->in_size = p->in_size;
    object_release(&p->file.obj);
    return STATUS_SUCCESS;
}

/* GetNamedPipeHandleState's instance count, from the server */
NTSTATUS named_pipe_get_instances(HANDLE handle, DWORD *instances)
{
    struct named_pipe *p = pipe_get(handle);
    struct pipe_instance_request request = { { sizeof(request), REQ_PIPE_INFO, 0, 0, 0 }, 0, 0 };
    struct pipe_reply reply;
    NTSTATUS status;

    if (!p) return STATUS_INVALID_HANDLE;
    request.instance = p->instance;
    object_release(&p->file.obj);
    if (!(status = server_call(&request, NULL, &reply, sizeof(reply), NULL))) *instances = reply.instances;
    return status;
}

NTSTATUS named_pipe_set_read_mode(HANDLE handle, BOOL read_message)
{
    struct named_pipe *p = pipe_get(handle);
    NTSTATUS status = STATUS_SUCCESS;

    if (!p) return STATUS_INVALID_HANDLE;
    if (read_message && !p->message) status = STATUS_INVALID_PARAMETER;   /* a byte pipe has no messages */
    else p->read_mode = read_message ? PIPE_READMODE_MESSAGE : 0;
    object_release(&p->file.obj);
    return status;
}

/* Bytes ready to read, and left in the current message (message pipes). */
NTSTATUS named_pipe_peek(HANDLE handle, void *buffer, DWORD size, DWORD *copied, DWORD *avail, DWORD *left)
{
    struct named_pipe *p = pipe_get(handle);
    ssize_t total;
    char *scratch;

    if (!p) return STATUS_OBJECT_TYPE_MISMATCH;
    if (was_disconnected(p)) {
        object_release(&p->file.obj);
        return STATUS_PIPE_DISCONNECTED;
    }
    if (!p->message) {
        object_release(&p->file.obj);
        return STATUS_OBJECT_TYPE_MISMATCH;   /* a byte stream: the caller's FIONREAD does */
    }
    pthread_mutex_lock(&p->lock);
    *copied = *avail = *left = 0;
    total = recv(p->file.fd, NULL, 0, MSG_PEEK | MSG_TRUNC | MSG_DONTWAIT);
    if (total > 0 && (size_t)total > p->offset) {
        size_t rest = total - p->offset;
        *avail = *left = (DWORD)rest;
        if (buffer && size && (scratch = malloc(total))) {
            if (recv(p->file.fd, scratch, total, MSG_PEEK | MSG_DONTWAIT) == total) {
                *copied = size < rest ? size : (DWORD)rest;
                memcpy(buffer, scratch + p->offset, *copied);
            }
            free(scratch);
        }
    }
    pthread_mutex_unlock(&p->lock);
    object_release(&p->file.obj);
    if (total == 0) return STATUS_PIPE_BROKEN;
    return STATUS_SUCCESS;
}

/* NtReadFile on a message pipe: STATUS_OBJECT_TYPE_MISMATCH for any other
 * file (the caller reads the fd). The caller holds FILE's reference. */
NTSTATUS named_pipe_read(struct file_object *file, void *buffer, ULONG length, ULONG_PTR *done)
{
    struct named_pipe *p = file->obj.ops == &named_pipe_ops ? (struct named_pipe *)file : NULL;
    NTSTATUS status = STATUS_SUCCESS;
    ssize_t total;
    char *scratch;
    size_t rest;

    *done = 0;
    if (!p) return STATUS_OBJECT_TYPE_MISMATCH;
    /* what was not read is gone, as on Windows */
    if (was_disconnected(p)) return STATUS_PIPE_DISCONNECTED;
    if (!p->message) {
        /* a byte stream is read as an fd; the end of it may be a disconnect */
        if (p->disconnected < 0) status = STATUS_OBJECT_TYPE_MISMATCH;
        else {
            ssize_t n;
            do n = recv(p->file.fd, buffer, length, 0);
            while (n < 0 && errno == EINTR);
            if (n > 0 || (n == 0 && !length)) *done = n;
            else if (n == 0 || errno == ECONNRESET) status = was_disconnected(p) ? STATUS_PIPE_DISCONNECTED : STATUS_PIPE_BROKEN;
            else status = errno_to_status(errno);
        }
        return status;
    }
    pthread_mutex_lock(&p->lock);
    do total = recv(p->file.fd, NULL, 0, MSG_PEEK | MSG_TRUNC);
    while (total < 0 && errno == EINTR);
    if (total < 0) status = errno == ENOTCONN ? STATUS_PIPE_LISTENING : errno_to_status(errno);
    else if (total == 0) {
        /* an empty message, or the other end gone */
        char c;
        struct pollfd pfd = { .fd = p->file.fd, .events = POLLIN };
        if (poll(&pfd, 1, 0) == 1 && (pfd.revents & (POLLHUP | POLLRDHUP)) && recv(p->file.fd, &c, 1, MSG_PEEK | MSG_DONTWAIT) <= 0)
            status = was_disconnected(p) ? STATUS_PIPE_DISCONNECTED : STATUS_PIPE_BROKEN;
        else recv(p->file.fd, &c, 0, 0);
    } else if (!(scratch = malloc(total))) status = STATUS_NO_MEMORY;
    else {
        if (recv(p->file.fd, scratch, total, MSG_PEEK) != total) status = STATUS_PIPE_BROKEN;
        else {
            rest = total - p->offset;
            if (rest > length) {
                memcpy(buffer, scratch + p->offset, length);
                p->offset += length;
                *done = length;
                status = p->read_mode == PIPE_READMODE_MESSAGE ? STATUS_BUFFER_OVERFLOW : STATUS_SUCCESS;
            } else {
                memcpy(buffer, scratch + p->offset, rest);
                *done = rest;
                p->offset = 0;
                recv(p->file.fd, scratch, total, 0);
            }
        }
        free(scratch);
    }
    pthread_mutex_unlock(&p->lock);
    return status;
}

/* NtWriteFile on any named pipe: one message per write, and no SIGPIPE:
 * a reader gone is STATUS_PIPE_CLOSING (ERROR_NO_DATA). */
NTSTATUS named_pipe_write(struct file_object *file, const void *buffer, ULONG length, ULONG_PTR *done)
{
    struct named_pipe *p = file->obj.ops == &named_pipe_ops ? (struct named_pipe *)file : NULL;
    NTSTATUS status = STATUS_SUCCESS;
    size_t sent = 0;

    *done = 0;
    if (!p) return STATUS_OBJECT_TYPE_MISMATCH;
    if (was_disconnected(p)) return STATUS_PIPE_DISCONNECTED;
    do {
        ssize_t n = send(p->file.fd, (const char *)buffer + sent, length - sent, MSG_NOSIGNAL);
        if (n < 0) {
            if (errno == EINTR) continue;
            status = errno == EPIPE || errno == ECONNRESET ? STATUS_PIPE_CLOSING
                   : errno == ENOTCONN ? STATUS_PIPE_LISTENING : errno_to_status(errno);
            break;
        }
        sent += n;
    } while (sent < length && !p->message);
    *done = sent;
    return status;
}

/* ---- inheritance ---- */

BOOL named_pipe_describe(struct object *obj, struct startup_pipe *pipe)
{
    struct named_pipe *p = (struct named_pipe *)obj;
    int second;

    memset(pipe, 0, sizeof(*pipe));
    pipe->fd2 = -1;
    if (obj->ops != &named_pipe_ops) return FALSE;
    second = p->notify >= 0 ? p->notify : p->disconnected;
    if (second >= 0 && (pipe->fd2 = fcntl(second, F_DUPFD_CLOEXEC, 3)) < 0) return FALSE;
    pipe->flags = STARTUP_PIPE_NAMED | (p->message ? STARTUP_PIPE_MESSAGE : 0) |
                  (p->read_mode == PIPE_READMODE_MESSAGE ? STARTUP_PIPE_READMSG : 0) |
                  (p->notify >= 0 ? STARTUP_PIPE_SERVER : 0);
    pipe->instance = p->instance;
    pipe->max_instances = p->max_instances;
    pipe->out_size = p->out_size;
    pipe->in_size = p->in_size;
    return TRUE;
}

struct file_object *named_pipe_from_startup(int fd, DWORD access, DWORD options, const struct startup_pipe *pipe)
{
    struct pipe_reply reply = { .flags = (pipe->flags & STARTUP_PIPE_MESSAGE) ? PIPE_FLAG_MESSAGE : 0,
                                .max_instances = pipe->max_instances };
    struct named_pipe *p = pipe_object(fd, access, options, &reply);

    if (!p) return NULL;
    if (pipe->flags & STARTUP_PIPE_SERVER) p->notify = pipe->fd2;
    else p->disconnected = pipe->fd2;
    p->instance = pipe->instance;
    p->read_mode = (pipe->flags & STARTUP_PIPE_READMSG) ? PIPE_READMODE_MESSAGE : 0;
    p->out_size = pipe->out_size;
    p->in_size = pipe->in_size;
    return &p->file;
}
