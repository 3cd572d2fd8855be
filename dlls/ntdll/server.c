/*
 * The client side of winrun-server (server/, include/winrun/protocol.h):
 * one connection per process, made on first need, so that a program that
 * shares nothing never starts the server. server_connect finds the socket
 * of the prefix, starts winrun-server (beside the winrun executable)
 * detached when there is none, and says hello; server_call sends one
 * request and waits for its reply, one caller at a time.
 *
 * If the connection is lost the process cannot go on consistently (the
 * server holds state it shares with others): it prints one line and exits
 * with SERVER_LOST_EXIT_CODE. Bad surroundings (a socket directory that is
 * not ours or not 0700, no server binary) are reported the same way.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include "ntdll_private.h"
#include "winrun/protocol.h"

/* the exit code of winrun's own "cannot run" failures */
#define SERVER_LOST_EXIT_CODE 126
/* how long a client waits for a server it started to listen */
#define START_TIMEOUT_MS 5000
/* a server started but not listening yet is not started again before this */
#define RESTART_INTERVAL_MS 1000

static struct {
    pthread_mutex_t lock;       /* one request at a time on the connection */
    int fd;                     /* -1 until connected */
    uint32_t next_id;
} connection = { PTHREAD_MUTEX_INITIALIZER, -1, 1 };

static void fatal(const char *format, ...) __attribute__((noreturn, format(printf, 1, 2)));
static void fatal(const char *format, ...)
{
    char message[PATH_MAX + 256];
    va_list args;

    va_start(args, format);
    vsnprintf(message, sizeof(message), format, args);
    va_end(args);
    winrun_error("%s", message);
    _exit(SERVER_LOST_EXIT_CODE);
}

static void lost(const char *reason) __attribute__((noreturn));
static void lost(const char *reason)
{
    fatal("lost the connection to winrun-server (%s)", reason);
}

static int64_t now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* 0: DIR is ours and 0700; ENOENT: missing; anything else is fatal. */
static int check_dir(const char *dir)
{
    struct stat st;

    if (lstat(dir, &st)) {
        if (errno == ENOENT) return ENOENT;
        fatal("%s: %s", dir, strerror(errno));
    }
    if (!S_ISDIR(st.st_mode)) fatal("%s: not a directory (winrun-server's socket directory)", dir);
    if (st.st_uid != getuid()) fatal("%s: not owned by you (winrun-server's socket directory)", dir);
    if ((st.st_mode & 07777) != 0700) fatal("%s: mode is %04o, not 0700 (winrun-server's socket directory)", dir, (unsigned int)(st.st_mode & 07777));
    return 0;
}

/* Starts SERVER_PATH PREFIX in a session of its own, as a grandchild, so
 * that it is nobody's child here (no zombie, no stray SIGCHLD for the
 * program) and holds none of our fds (a pipe a parent reads to its end
 * would never end). Only async-signal-safe calls after fork. */
static void start_server(const char *server_path, const char *prefix)
{
    char *const argv[] = { (char *)"winrun-server", (char *)prefix, NULL };
    sigset_t none;
    pid_t pid;
    int status;

    sigemptyset(&none);
    if ((pid = fork()) < 0) fatal("cannot start winrun-server (%s)", strerror(errno));
    if (!pid) {
        int null;
        setsid();
        if (fork()) _exit(0);
        if ((null = open("/dev/null", O_RDWR)) >= 0) {
            dup2(null, 0);
            dup2(null, 1);
            dup2(null, 2);
        }
        syscall(SYS_close_range, 3, ~0u, 0);
        sigprocmask(SIG_SETMASK, &none, NULL);
        execv(server_path, argv);
        _exit(127);
    }
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {}
}

/* Says hello on FD. 0: done; -1: the server closed the connection (it was
 * exiting: the caller connects again); a refusal is fatal. */
static int say_hello(int fd, const char *prefix)
{
    size_t length = strlen(prefix);
    struct hello_request *request = malloc(sizeof(*request) + length);
    struct hello_reply reply;
    size_t done = 0;
    ssize_t n;

    if (!request) fatal("out of memory");
    memset(request, 0, sizeof(*request));
    request->header.size = sizeof(*request) + length;
    request->header.type = REQ_HELLO;
    request->header.id = 0;
    request->version = SERVER_PROTOCOL_VERSION;
    request->checksum = SERVER_PROTOCOL_CHECKSUM;
    request->pid = getpid();
    memcpy(request + 1, prefix, length);
    while (done < request->header.size) {
        n = send(fd, (char *)request + done, request->header.size - done, MSG_NOSIGNAL);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) break;
        done += n;
    }
    n = done == request->header.size ? 0 : -1;
    free(request);
    if (n) return -1;
    for (done = 0; done < sizeof(reply); done += n) {
        n = recv(fd, (char *)&reply + done, sizeof(reply) - done, 0);
        if (n < 0 && errno == EINTR) { n = 0; continue; }
        if (n <= 0) return -1;
    }
    if (reply.header.size != sizeof(reply) || reply.header.id != 0 || reply.header.fd_count)
        lost("bad reply to hello");
    if (reply.version != SERVER_PROTOCOL_VERSION || reply.checksum != SERVER_PROTOCOL_CHECKSUM)
        fatal("winrun-server (pid %d) serving %s is from another winrun build (protocol %u/%08x, not %u/%08x); "
              "it exits a few seconds after its last program",
              (int)reply.server_pid, prefix, (unsigned int)reply.version, (unsigned int)reply.checksum,
              SERVER_PROTOCOL_VERSION, SERVER_PROTOCOL_CHECKSUM);
    if (reply.header.status) fatal("winrun-server refused the prefix %s (status %08x)", prefix, (unsigned int)reply.header.status);
    return 0;
}

/* The connection, made if need be; called with the lock held. */
static int connect_locked(void)
{
    char dir[256], server_path[PATH_MAX + 32];
    struct sockaddr_un addr = { .sun_family = AF_UNIX };
    int64_t deadline = now_ms() + START_TIMEOUT_MS, last_start = -RESTART_INTERVAL_MS * 2;
    const char *prefix = process.prefix;
    struct stat st;

    if (connection.fd >= 0) return connection.fd;
    if (!prefix || stat(prefix, &st)) fatal("%s: %s", prefix ? prefix : "(no prefix)", strerror(errno));
    if ((unsigned int)server_dir_path(dir, sizeof(dir), getuid()) >= sizeof(dir) ||
        (unsigned int)snprintf(addr.sun_path, sizeof(addr.sun_path), "%s/" SERVER_SOCKET_NAME, dir,
                               (unsigned long long)st.st_dev, (unsigned long long)st.st_ino) >= sizeof(addr.sun_path))
        fatal("%s: path too long for winrun-server's socket", dir);
    snprintf(server_path, sizeof(server_path), "%s/../../bin/winrun-server", process.libdir ? process.libdir : ".");

    for (;;) {
        struct timespec pause = { 0, 5 * 1000000 };
        int error;

        if (!check_dir(dir)) {
            struct stat sock;
            if (!lstat(addr.sun_path, &sock) && (!S_ISSOCK(sock.st_mode) || sock.st_uid != getuid()))
                fatal("%s: not a socket of yours", addr.sun_path);
            int fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
            if (fd < 0) fatal("cannot connect to winrun-server (%s)", strerror(errno));
            if (!connect(fd, (struct sockaddr *)&addr, sizeof(addr))) {
                if (!say_hello(fd, prefix)) {
                    time_start_updater();     /* we may now be asked for handles (dup.c) */
                    return connection.fd = fd;
                }
                error = ECONNRESET;     /* an exiting server: start another */
            }
            else error = errno;
            close(fd);
            if (error != ENOENT && error != ECONNREFUSED && error != ECONNRESET && error != EAGAIN)
                fatal("cannot connect to winrun-server (%s: %s)", addr.sun_path, strerror(error));
        }
        if (now_ms() >= deadline)
            fatal("cannot start winrun-server (%s: not listening after %d s)", server_path, START_TIMEOUT_MS / 1000);
        if (now_ms() - last_start >= RESTART_INTERVAL_MS) {
            if (access(server_path, X_OK)) fatal("cannot start winrun-server (%s: %s)", server_path, strerror(errno));
            start_server(server_path, prefix);
            last_start = now_ms();
        }
        nanosleep(&pause, NULL);
    }
}

void server_connect(void)
{
    pthread_mutex_lock(&connection.lock);
    connect_locked();
    pthread_mutex_unlock(&connection.lock);
}

/* Connects only when a server already serves the prefix (its socket is
 * there and ours): never starts one and never fails loudly, so a process
 * ending with no server around costs three stats. */
BOOL server_connect_if_running(void)
{
    char dir[256];
    struct sockaddr_un addr = { .sun_family = AF_UNIX };
    const char *prefix = process.prefix;
    struct stat st, sock;
    BOOL ok;
    int fd;

    if (pthread_mutex_trylock(&connection.lock)) return server_connected();   /* in use: connected */
    ok = connection.fd >= 0;
    if (!ok && prefix && !stat(prefix, &st) &&
        (unsigned int)server_dir_path(dir, sizeof(dir), getuid()) < sizeof(dir) &&
        (unsigned int)snprintf(addr.sun_path, sizeof(addr.sun_path), "%s/" SERVER_SOCKET_NAME, dir,
                               (unsigned long long)st.st_dev, (unsigned long long)st.st_ino) < sizeof(addr.sun_path) &&
        !lstat(dir, &sock) && S_ISDIR(sock.st_mode) && sock.st_uid == getuid() && (sock.st_mode & 07777) == 0700 &&
        !lstat(addr.sun_path, &sock) && S_ISSOCK(sock.st_mode) && sock.st_uid == getuid() &&
        (fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0)) >= 0) {
        if (!connect(fd, (struct sockaddr *)&addr, sizeof(addr)) && !say_hello(fd, prefix)) {
            connection.fd = fd;
            ok = TRUE;
        }
        else close(fd);
    }
    pthread_mutex_unlock(&connection.lock);
    return ok;
}

/* Sends LENGTH bytes of DATA, FDS attached to the first byte. */
static void send_all(int fd, const void *data, size_t length, const struct server_fds *fds)
{
    char control[CMSG_SPACE(sizeof(int) * SERVER_MAX_FDS)];
    size_t done = 0;

    while (done < length) {
        struct iovec iov = { (char *)data + done, length - done };
        struct msghdr msg = { .msg_iov = &iov, .msg_iovlen = 1 };
        ssize_t n;

        if (!done && fds && fds->count) {
            struct cmsghdr *cmsg;
            memset(control, 0, sizeof(control));
            msg.msg_control = control;
            msg.msg_controllen = CMSG_SPACE(sizeof(int) * fds->count);
            cmsg = CMSG_FIRSTHDR(&msg);
            cmsg->cmsg_level = SOL_SOCKET;
            cmsg->cmsg_type = SCM_RIGHTS;
            cmsg->cmsg_len = CMSG_LEN(sizeof(int) * fds->count);
            memcpy(CMSG_DATA(cmsg), fds->fds, sizeof(int) * fds->count);
        }
        n = sendmsg(fd, &msg, MSG_NOSIGNAL);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) lost(strerror(errno));
        done += n;
    }
}

/* Receives exactly LENGTH bytes into DATA; fds that come along are added
 * to FDS (closed if there is no room: the reply is then refused). */
static void recv_all(int fd, void *data, size_t length, struct server_fds *fds)
{
    size_t done = 0;

    while (done < length) {
        char control[CMSG_SPACE(sizeof(int) * SERVER_MAX_FDS)];
        struct iovec iov = { (char *)data + done, length - done };
        struct msghdr msg = { .msg_iov = &iov, .msg_iovlen = 1, .msg_control = control,
                              .msg_controllen = sizeof(control) };
        struct cmsghdr *cmsg;
        ssize_t n = recvmsg(fd, &msg, MSG_CMSG_CLOEXEC);

        if (n < 0 && errno == EINTR) continue;
        if (n < 0) lost(strerror(errno));
        for (cmsg = CMSG_FIRSTHDR(&msg); cmsg; cmsg = CMSG_NXTHDR(&msg, cmsg)) {
            unsigned int i, count;
            int received[SERVER_MAX_FDS];
            if (cmsg->cmsg_level != SOL_SOCKET || cmsg->cmsg_type != SCM_RIGHTS) continue;
            count = (cmsg->cmsg_len - CMSG_LEN(0)) / sizeof(int);
            memcpy(received, CMSG_DATA(cmsg), count * sizeof(int));
            for (i = 0; i < count; i++) {
                if (fds->count < SERVER_MAX_FDS) fds->fds[fds->count++] = received[i];
                else { close(received[i]); lost("bad reply: too many fds"); }
            }
        }
        if (msg.msg_flags & MSG_CTRUNC) lost("bad reply: too many fds");
        if (!n) lost("the server closed it");
        done += n;
    }
}

BOOL server_connected(void)
{
    return __atomic_load_n(&connection.fd, __ATOMIC_ACQUIRE) >= 0;
}

static NTSTATUS call(void *request, const struct server_fds *send_fds, void *reply, uint32_t reply_max,
                     struct server_fds *reply_fds, int timeout_ms)
{
    struct request_header *header = request;
    struct reply_header *reply_header = reply;
    struct server_fds received = { .count = 0 };
    unsigned int i;
    int fd;

    if (header->size < sizeof(*header) || header->size > SERVER_MAX_MESSAGE || reply_max < sizeof(*reply_header) ||
        (send_fds && send_fds->count > SERVER_MAX_FDS))
        return STATUS_INVALID_PARAMETER;
    if (!timeout_ms) pthread_mutex_lock(&connection.lock);
    else {
        struct timespec until;
        clock_gettime(CLOCK_REALTIME, &until);
        until.tv_nsec += timeout_ms * 1000000L;
        until.tv_sec += until.tv_nsec / 1000000000;
        until.tv_nsec %= 1000000000;
        if (pthread_mutex_timedlock(&connection.lock, &until)) return STATUS_TIMEOUT;
    }
    fd = connect_locked();
    header->id = connection.next_id++;
    header->fd_count = send_fds ? send_fds->count : 0;
    header->reserved = 0;
    send_all(fd, request, header->size, send_fds);
    recv_all(fd, reply_header, sizeof(*reply_header), &received);
    if (reply_header->size < sizeof(*reply_header) || reply_header->size > reply_max)
        lost("bad reply: wrong size");
    if (reply_header->id != header->id) lost("bad reply: wrong id");
    recv_all(fd, reply_header + 1, reply_header->size - sizeof(*reply_header), &received);
    if (received.count != reply_header->fd_count) lost("bad reply: wrong fd count");
    pthread_mutex_unlock(&connection.lock);

    if (reply_fds) *reply_fds = received;
    else for (i = 0; i < received.count; i++) close(received.fds[i]);
    return reply_header->status;
}

NTSTATUS server_call(void *request, const struct server_fds *send_fds, void *reply, uint32_t reply_max,
                     struct server_fds *reply_fds)
{
    return call(request, send_fds, reply, reply_max, reply_fds, 0);
}

/* At exit another thread may have died inside a call, holding the lock:
 * give up rather than hang. */
NTSTATUS server_call_at_exit(void *request, void *reply, uint32_t reply_max)
{
    return call(request, NULL, reply, reply_max, NULL, 200);
}
