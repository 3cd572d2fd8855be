/*
 * Client connections: non-blocking sockets with an input buffer (bytes and
 * fds received, not yet dispatched) and an output queue (replies not yet
 * sent), so that a slow or stuck client never blocks the server. A client
 * that breaks the protocol (see protocol.h) is dropped; the others go on.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>
#include "loop.h"
#include "server.h"

/* A client whose unsent replies pass this is not read from until they
 * drain: one that sends requests without reading replies cannot make the
 * server grow without bound. */
#define OUT_LIMIT (4 * SERVER_MAX_MESSAGE)
#define IN_INITIAL 4096

struct out_message {
    struct out_message *next;
    uint32_t size, sent;
    int fds[SERVER_MAX_FDS];    /* attached to the first byte, closed once sent */
    unsigned int fd_count;
    unsigned char data[];
};

static struct client *clients;
static int count;
static void (*idle_callback)(struct loop *loop);

int client_count(void)
{
    return count;
}

void client_set_idle_callback(void (*idle)(struct loop *loop))
{
    idle_callback = idle;
}

static void close_fds(int *fds, unsigned int fd_count)
{
    unsigned int i;
    for (i = 0; i < fd_count; i++) if (fds[i] >= 0) close(fds[i]);
}

/* Releases everything CLIENT owns. Objects other subsystems keep for a
 * client (handles, mutex ownership...) are to be released from here. */
static void client_destroy(struct loop *loop, struct client *client, const char *why)
{
    struct out_message *message, *next;

    if (why) server_log("dropping client %d (pid %d): %s", client->fd, (int)client->pid, why);
    registry_client_gone(client);
    object_client_gone(client);
    process_client_gone(client);
    loop_remove(loop, client->fd);
    close(client->fd);
    close_fds(client->in_fds, client->in_fd_count);
    for (message = client->out_head; message; message = next) {
        next = message->next;
        close_fds(message->fds, message->fd_count);
        free(message);
    }
    free(client->in);
    if (client->prev) client->prev->next = client->next;
    else clients = client->next;
    if (client->next) client->next->prev = client->prev;
    free(client);
    if (!--count && idle_callback) idle_callback(loop);
}

static void update_events(struct loop *loop, struct client *client)
{
    uint32_t events = 0;
    if (client->out_bytes < OUT_LIMIT) events |= EPOLLIN;
    if (client->out_head) events |= EPOLLOUT;
    loop_modify(loop, client->fd, events);
}

/* Sends what the socket takes now. -1 (errno set) when the client is gone. */
static int flush_output(struct client *client)
{
    struct out_message *message;

    while ((message = client->out_head)) {
        char control[CMSG_SPACE(sizeof(int) * SERVER_MAX_FDS)];
        struct iovec iov = { message->data + message->sent, message->size - message->sent };
        struct msghdr msg = { .msg_iov = &iov, .msg_iovlen = 1 };
        ssize_t n;

        if (!message->sent && message->fd_count) {
            struct cmsghdr *cmsg;
            memset(control, 0, sizeof(control));
            msg.msg_control = control;
            msg.msg_controllen = CMSG_SPACE(sizeof(int) * message->fd_count);
            cmsg = CMSG_FIRSTHDR(&msg);
            cmsg->cmsg_level = SOL_SOCKET;
            cmsg->cmsg_type = SCM_RIGHTS;
            cmsg->cmsg_len = CMSG_LEN(sizeof(int) * message->fd_count);
            memcpy(CMSG_DATA(cmsg), message->fds, sizeof(int) * message->fd_count);
        }
        n = sendmsg(client->fd, &msg, MSG_NOSIGNAL | MSG_DONTWAIT);
        if (n < 0) {
            if (errno == EINTR) continue;
            if (errno == EAGAIN || errno == EWOULDBLOCK) return 0;
            return -1;
        }
        if (msg.msg_control) {          /* the fds went with these bytes */
            close_fds(message->fds, message->fd_count);
            message->fd_count = 0;
        }
        message->sent += n;
        client->out_bytes -= n;
        if (message->sent < message->size) continue;
        client->out_head = message->next;
        if (!client->out_head) client->out_tail = NULL;
        free(message);
    }
    return 0;
}

/* Runs one request and queues its reply; a reason string when the client
 * must be dropped. */
static const char *run_request(struct client *client, const struct request_header *header)
{
    /* static: 64 KiB is much for a stack, and the server has one thread */
    static union { struct reply_header header; unsigned char bytes[SERVER_MAX_MESSAGE]; } reply;
    struct request_context context;
    struct out_message *message;

    memset(&context, 0, sizeof(context));
    context.client = client;
    context.request = header;
    context.size = header->size;
    context.fds = client->in_fds;
    context.fd_count = header->fd_count;
    context.reply = &reply;
    context.reply_size = sizeof(reply.header);
    memset(&reply, 0, sizeof(reply));   /* typed fields start zeroed */

    reply.header.status = request_dispatch(header->type, &context);
    /* fds the handler did not take are closed; the rest of the queue moves up */
    close_fds(client->in_fds, header->fd_count);
    client->in_fd_count -= header->fd_count;
    memmove(client->in_fds, client->in_fds + header->fd_count, client->in_fd_count * sizeof(int));

    reply.header.size = context.reply_size;
    reply.header.id = header->id;
    reply.header.fd_count = context.reply_fd_count;
    if (!(message = malloc(sizeof(*message) + context.reply_size))) {
        close_fds(context.reply_fds, context.reply_fd_count);
        return "out of memory";
    }
    message->next = NULL;
    message->size = context.reply_size;
    message->sent = 0;
    message->fd_count = context.reply_fd_count;
    memcpy(message->fds, context.reply_fds, sizeof(int) * context.reply_fd_count);
    memcpy(message->data, &reply, context.reply_size);
    if (client->out_tail) client->out_tail->next = message;
    else client->out_head = message;
    client->out_tail = message;
    client->out_bytes += message->size;
    return NULL;
}

/* Dispatches every complete request in the input buffer while output has
 * room; a reason string when the client must be dropped. */
static const char *process_input(struct client *client)
{
    uint32_t offset = 0;
    const char *error = NULL;

    while (client->out_bytes < OUT_LIMIT && client->in_length - offset >= sizeof(struct request_header)) {
        struct request_header header;

        memcpy(&header, client->in + offset, sizeof(header));
        if (header.size < sizeof(header) || header.size > SERVER_MAX_MESSAGE) { error = "bad request size"; break; }
        if (header.fd_count > SERVER_MAX_FDS) { error = "too many fds"; break; }
        if (!request_check(client, header.type, header.size)) { error = "bad request type or size"; break; }
        if (client->in_length - offset < header.size) {
            if (header.size > client->in_capacity) {      /* room for the whole request */
                unsigned char *in;
                memmove(client->in, client->in + offset, client->in_length - offset);
                client->in_length -= offset;
                offset = 0;
                if (!(in = realloc(client->in, header.size))) { error = "out of memory"; break; }
                client->in = in;
                client->in_capacity = header.size;
            }
            break;
        }
        /* its fds were sent with its first byte, so they have arrived */
        if (client->in_fd_count < header.fd_count) { error = "fewer fds than announced"; break; }
        /* aligned copy for the handler (the buffer offset may be odd) */
        {
            unsigned char *request = malloc(header.size);
            if (!request) { error = "out of memory"; break; }
            memcpy(request, client->in + offset, header.size);
            error = run_request(client, (const struct request_header *)request);
            free(request);
            if (error) break;
        }
        offset += header.size;
    }
    if (offset) {
        memmove(client->in, client->in + offset, client->in_length - offset);
        client->in_length -= offset;
    }
    return error;
}

/* Reads what is there: bytes into the buffer, fds into the fd queue. NULL,
 * or why the client is gone. */
static const char *read_input(struct client *client)
{
    for (;;) {
        char control[CMSG_SPACE(sizeof(int) * SERVER_MAX_FDS)];
        struct iovec iov = { client->in + client->in_length, client->in_capacity - client->in_length };
        struct msghdr msg = { .msg_iov = &iov, .msg_iovlen = 1, .msg_control = control,
                              .msg_controllen = sizeof(control) };
        struct cmsghdr *cmsg;
        ssize_t n;

        if (!iov.iov_len) return NULL;      /* full: dispatch first */
        n = recvmsg(client->fd, &msg, MSG_DONTWAIT | MSG_CMSG_CLOEXEC);
        if (n < 0) {
            if (errno == EINTR) continue;
            if (errno == EAGAIN || errno == EWOULDBLOCK) return NULL;
            return strerror(errno);
        }
        for (cmsg = CMSG_FIRSTHDR(&msg); cmsg; cmsg = CMSG_NXTHDR(&msg, cmsg)) {
            unsigned int i, fd_count;
            int fds[SERVER_MAX_FDS];
            if (cmsg->cmsg_level != SOL_SOCKET || cmsg->cmsg_type != SCM_RIGHTS) continue;
            fd_count = (cmsg->cmsg_len - CMSG_LEN(0)) / sizeof(int);
            memcpy(fds, CMSG_DATA(cmsg), fd_count * sizeof(int));
            for (i = 0; i < fd_count; i++) {
                if (client->in_fd_count < sizeof(client->in_fds) / sizeof(int))
                    client->in_fds[client->in_fd_count++] = fds[i];
                else {
                    close(fds[i]);
                    msg.msg_flags |= MSG_CTRUNC;
                }
            }
        }
        if (msg.msg_flags & MSG_CTRUNC) return "too many fds";
        if (!n) return "";
        client->in_length += n;
    }
}

static void client_event(struct loop *loop, int fd, uint32_t events, void *data)
{
    struct client *client = data;
    const char *error = NULL;
    (void)fd;

    if (events & (EPOLLOUT | EPOLLERR | EPOLLHUP)) {
        if (flush_output(client)) error = strerror(errno);
    }
    if (!error && (events & (EPOLLIN | EPOLLHUP | EPOLLERR)) && client->out_bytes < OUT_LIMIT) {
        /* read, dispatch, until the socket is drained or output is full */
        for (;;) {
            const char *gone = read_input(client);
            int full = client->in_length == client->in_capacity;   /* the socket may hold more */
            if ((error = process_input(client))) break;
            if (flush_output(client)) { error = strerror(errno); break; }
            if (gone) {
                if (!*gone && client->in_length) gone = "closed in the middle of a request";
                client_destroy(loop, client, *gone ? gone : NULL);
                return;
            }
            if (!full || client->out_bytes >= OUT_LIMIT) break;
        }
    } else if (!error && client->out_bytes < OUT_LIMIT && client->in_length) {
        /* output drained below the limit: requests left waiting can run */
        if (!(error = process_input(client)) && flush_output(client)) error = strerror(errno);
    }
    if (error) {
        client_destroy(loop, client, error);
        return;
    }
    update_events(loop, client);
}

/* Out of fds, a pending connection would keep the listening socket
 * readable and the loop spinning: a spare fd is given up to accept it and
 * close it at once (that client sees the server go and says so). */
static int spare_fd = -2;

static void refuse_one(int listen_fd)
{
    int fd;

    if (spare_fd >= 0) close(spare_fd);
    spare_fd = -1;
    if ((fd = accept4(listen_fd, NULL, NULL, SOCK_CLOEXEC)) >= 0) close(fd);
    server_log("out of file descriptors: refused a connection");
    spare_fd = open("/dev/null", O_RDONLY | O_CLOEXEC);
}

void client_accept(struct loop *loop, int listen_fd)
{
    if (spare_fd == -2) spare_fd = open("/dev/null", O_RDONLY | O_CLOEXEC);
    for (;;) {
        struct ucred cred;
        socklen_t length = sizeof(cred);
        struct client *client;
        int fd = accept4(listen_fd, NULL, NULL, SOCK_NONBLOCK | SOCK_CLOEXEC);

        if (fd < 0) {
            if (errno == EINTR || errno == ECONNABORTED) continue;
            if (errno == EMFILE || errno == ENFILE) refuse_one(listen_fd);
            return;
        }
        if (getsockopt(fd, SOL_SOCKET, SO_PEERCRED, &cred, &length) || cred.uid != getuid()) {
            server_log("refused a connection from uid %d (pid %d)", (int)cred.uid, (int)cred.pid);
            close(fd);
            continue;
        }
        if (!(client = calloc(1, sizeof(*client))) || !(client->in = malloc(IN_INITIAL))) {
            free(client);
            close(fd);
            continue;
        }
        client->fd = fd;
        client->in_capacity = IN_INITIAL;
        if (loop_add(loop, fd, EPOLLIN, client_event, client)) {
            free(client->in);
            free(client);
            close(fd);
            continue;
        }
        client->next = clients;
        if (clients) clients->prev = client;
        clients = client;
        count++;
    }
}
