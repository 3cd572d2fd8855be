/*
 * winrun-server PREFIX: serves one prefix to the winrun processes using it.
 *
 * Started (detached) by the first winrun process that needs it; listens on
 * DIR/server-DEV-INO (see server_dir_path in protocol.h) while holding
 * DIR/server-DEV-INO.lock, so that of two servers started at once one
 * serves and the other exits; exits $WINRUN_SERVER_GRACE_MS (default
 * 3000) after its last client leaves, or after start if none comes.
 * Exit codes: 0 (done, or another server serves the prefix), 1 (error).
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/file.h>
#include <sys/resource.h>
#include <sys/signalfd.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <time.h>
#include <unistd.h>
#include "loop.h"
#include "server.h"

#define DEFAULT_GRACE_MS 3000
/* how long a new server waits for an exiting one to release the lock */
#define LOCK_WAIT_MS 1000
/* the least time a new server waits for its first client */
#define FIRST_CLIENT_MS 1000

struct server_state server;

void server_log(const char *format, ...)
{
    char line[512];
    int length = snprintf(line, sizeof(line), "winrun-server: ");
    va_list args;

    va_start(args, format);
    vsnprintf(line + length, sizeof(line) - length - 1, format, args);
    va_end(args);
    length = strlen(line);
    line[length++] = '\n';
    if (write(2, line, length) < 0) { /* nowhere to report it */ }
}

/* Creates DIR if missing; refuses one that is not a directory of ours with
 * mode 0700 (another user could otherwise watch or replace the socket). */
static int check_dir(const char *dir)
{
    struct stat st;

    if (mkdir(dir, 0700) && errno != EEXIST) {
        server_log("%s: %s", dir, strerror(errno));
        return -1;
    }
    if (lstat(dir, &st)) {
        server_log("%s: %s", dir, strerror(errno));
        return -1;
    }
    if (!S_ISDIR(st.st_mode)) {
        server_log("%s: not a directory", dir);
        return -1;
    }
    if (st.st_uid != getuid()) {
        server_log("%s: owned by uid %d, not by you", dir, (int)st.st_uid);
        return -1;
    }
    if ((st.st_mode & 07777) != 0700) {
        server_log("%s: mode %04o, not 0700", dir, (unsigned int)(st.st_mode & 07777));
        return -1;
    }
    return 0;
}

/* 1: we hold the lock; 0: another server does; -1: error. */
static int take_lock(const char *path)
{
    int64_t give_up = loop_now_ms() + LOCK_WAIT_MS;
    char pid[32];
    int fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);

    if (fd < 0) {
        server_log("%s: %s", path, strerror(errno));
        return -1;
    }
    while (flock(fd, LOCK_EX | LOCK_NB)) {
        struct timespec pause = { 0, 10 * 1000000 };
        if (errno != EWOULDBLOCK && errno != EINTR) {
            server_log("%s: %s", path, strerror(errno));
            return -1;
        }
        if (loop_now_ms() >= give_up) return 0;
        nanosleep(&pause, NULL);
    }
    snprintf(pid, sizeof(pid), "%d\n", (int)getpid());
    if (ftruncate(fd, 0) || pwrite(fd, pid, strlen(pid), 0) < 0) { /* only informative */ }
    return 1;   /* the fd stays open: the lock lasts until exit */
}

static int listen_on(const char *path)
{
    struct sockaddr_un addr = { .sun_family = AF_UNIX };
    int fd = socket(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);

    strcpy(addr.sun_path, path);   /* length checked by the caller */
    unlink(path);                  /* left by a server that was killed: we hold the lock */
    if (fd < 0 || bind(fd, (struct sockaddr *)&addr, sizeof(addr)) || listen(fd, 128)) {
        server_log("%s: %s", path, strerror(errno));
        return -1;
    }
    return fd;
}

static void grace_expired(struct loop *loop)
{
    if (!client_count()) loop_stop(loop);
}

static void became_idle(struct loop *loop)
{
    loop_set_deadline(loop, loop_now_ms() + server.grace_ms, grace_expired);
}

static void listen_event(struct loop *loop, int fd, uint32_t events, void *data)
{
    (void)events; (void)data;
    client_accept(loop, fd);
    if (client_count()) loop_set_deadline(loop, -1, NULL);
}

static void signal_event(struct loop *loop, int fd, uint32_t events, void *data)
{
    struct signalfd_siginfo info;
    (void)events; (void)data;
    if (read(fd, &info, sizeof(info)) > 0) loop_stop(loop);
}

int main(int argc, char **argv)
{
    char dir[256], socket_path[sizeof(((struct sockaddr_un *)0)->sun_path)], lock_path[300];
    const char *grace = getenv("WINRUN_SERVER_GRACE_MS");
    struct loop *loop;
    struct stat st;
    sigset_t stop_signals;
    int listen_fd, signal_fd, locked;

    if (argc != 2 || argv[1][0] == '-') {
        fprintf(stderr, "usage: winrun-server PREFIX\n"
                        "Serves the prefix PREFIX to winrun processes; started by winrun when needed.\n");
        return argc == 2 && !strcmp(argv[1], "--help") ? 0 : 2;
    }
    {
        /* each client holds fds here (its socket, named pipes, mappings):
         * take all the kernel allows this user */
        struct rlimit limit;
        if (!getrlimit(RLIMIT_NOFILE, &limit) && limit.rlim_cur < limit.rlim_max) {
            limit.rlim_cur = limit.rlim_max;
            setrlimit(RLIMIT_NOFILE, &limit);
        }
    }
    if (stat(argv[1], &st) || !S_ISDIR(st.st_mode)) {
        server_log("%s: %s", argv[1], errno ? strerror(errno) : "not a directory");
        return 1;
    }
    server.prefix_dev = st.st_dev;
    server.prefix_ino = st.st_ino;
    server.grace_ms = grace && *grace ? atoi(grace) : DEFAULT_GRACE_MS;
    if (server.grace_ms < 0) server.grace_ms = 0;

    umask(077);
    signal(SIGPIPE, SIG_IGN);
    if ((unsigned int)server_dir_path(dir, sizeof(dir), getuid()) >= sizeof(dir) ||
        (unsigned int)snprintf(socket_path, sizeof(socket_path), "%s/" SERVER_SOCKET_NAME, dir,
                               (unsigned long long)st.st_dev, (unsigned long long)st.st_ino) >= sizeof(socket_path)) {
        server_log("%s: socket directory path too long", dir);
        return 1;
    }
    snprintf(lock_path, sizeof(lock_path), "%s/" SERVER_LOCK_NAME, dir,
             (unsigned long long)st.st_dev, (unsigned long long)st.st_ino);
    if (check_dir(dir)) return 1;
    if ((locked = take_lock(lock_path)) <= 0) return locked < 0;
    if ((listen_fd = listen_on(socket_path)) < 0) return 1;

    sigemptyset(&stop_signals);
    sigaddset(&stop_signals, SIGTERM);
    sigaddset(&stop_signals, SIGINT);
    sigaddset(&stop_signals, SIGHUP);
    sigprocmask(SIG_BLOCK, &stop_signals, NULL);
    signal_fd = signalfd(-1, &stop_signals, SFD_CLOEXEC | SFD_NONBLOCK);
    if (!(loop = loop_create()) || loop_add(loop, listen_fd, EPOLLIN, listen_event, NULL) ||
        signal_fd < 0 || loop_add(loop, signal_fd, EPOLLIN, signal_event, NULL)) {
        server_log("cannot set up the event loop: %s", strerror(errno));
        unlink(socket_path);
        return 1;
    }
    client_set_idle_callback(became_idle);
    registry_init(loop, argv[1]);
    /* a server nobody connects to goes too, but not before the client that
     * started it had time to connect, whatever the grace time */
    loop_set_deadline(loop, loop_now_ms() + (server.grace_ms < FIRST_CLIENT_MS ? FIRST_CLIENT_MS : server.grace_ms),
                      grace_expired);
    loop_run(loop);
    registry_shutdown();
    /* unlinked while we still hold the lock: a new server cannot have bound it yet */
    unlink(socket_path);
    return 0;
}
