/*
 * Tests of winrun-server and of ntdll's client side (dlls/ntdll/server.c,
 * linked in here): a plain Linux program, run by `make test` as
 *
 *   test_server BUILD_DIR
 *
 * Everything happens under a temporary directory: the prefixes, and the
 * socket directory (XDG_RUNTIME_DIR points there). Prints one line per
 * check, "ok: ", "FAIL: " or "skip: ", then "N passed, N failed, N skipped".
 * The other-uid checks need root (CI runs as root); otherwise they are
 * skipped, and counted as such.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <poll.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/fsuid.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include "ntdll_private.h"

#define GRACE_MS 1500
#define NOBODY 65534

/* what dlls/ntdll/server.c uses from the rest of ntdll */
struct process_globals process;
void winrun_error(const char *format, ...)
{
    char line[1024];
    va_list args;
    int length = snprintf(line, sizeof(line), "winrun: ");
    va_start(args, format);
    vsnprintf(line + length, sizeof(line) - length - 1, format, args);
    va_end(args);
    strcat(line, "\n");
    if (write(2, line, strlen(line)) < 0) {}
}
/* the KUSER_SHARED_DATA updater (time.c): no shared page to keep here */
void time_start_updater(void)
{
}

static int passed, failed, skipped;
static const char *build;
static char tmp[64], run_dir[128], sock_dir[160], prefix[128], libdir[PATH_MAX];

static void check(int ok, const char *format, ...) __attribute__((format(printf, 2, 3)));
static void check(int ok, const char *format, ...)
{
    va_list args;
    printf("%s", ok ? "ok: " : "FAIL: ");
    va_start(args, format);
    vprintf(format, args);
    va_end(args);
    printf("\n");
    fflush(stdout);
    if (ok) passed++;
    else failed++;
}

static void skip(const char *what)
{
    printf("skip: %s\n", what);
    fflush(stdout);
    skipped++;
}

static int64_t now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static void sleep_ms(int ms)
{
    struct timespec ts = { ms / 1000, (ms % 1000) * 1000000L };
    nanosleep(&ts, NULL);
}

static void server_paths(const char *pfx, char *sock, char *lock)
{
    struct stat st;
    if (stat(pfx, &st)) { perror(pfx); exit(1); }
    if (sock) sprintf(sock, "%s/" SERVER_SOCKET_NAME, sock_dir, (unsigned long long)st.st_dev, (unsigned long long)st.st_ino);
    if (lock) sprintf(lock, "%s/" SERVER_LOCK_NAME, sock_dir, (unsigned long long)st.st_dev, (unsigned long long)st.st_ino);
}

static pid_t lock_pid(const char *pfx)
{
    char lock[256], text[32] = "";
    int fd, n;
    server_paths(pfx, NULL, lock);
    if ((fd = open(lock, O_RDONLY)) < 0) return 0;
    n = read(fd, text, sizeof(text) - 1);
    close(fd);
    return n > 0 ? atoi(text) : 0;
}

static pid_t spawn_server(const char *pfx, int quiet)
{
    char path[PATH_MAX];
    pid_t pid;
    snprintf(path, sizeof(path), "%s/bin/winrun-server", build);
    if (!(pid = fork())) {
        if (quiet) {
            int null = open("/dev/null", O_WRONLY);
            dup2(null, 2);
        }
        execl(path, "winrun-server", pfx, (char *)NULL);
        _exit(127);
    }
    return pid;
}

/* exit status of PID if it exits within MS, else -1 */
static int wait_exit(pid_t pid, int ms)
{
    int64_t end = now_ms() + ms;
    int status;
    do {
        pid_t r = waitpid(pid, &status, WNOHANG);
        if (r == pid) return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
        if (r < 0) return -2;
        sleep_ms(5);
    } while (now_ms() < end);
    return -1;
}

static int raw_connect(const char *path)
{
    struct sockaddr_un addr = { .sun_family = AF_UNIX };
    int fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    strcpy(addr.sun_path, path);
    if (connect(fd, (struct sockaddr *)&addr, sizeof(addr))) {
        int saved = errno;
        close(fd);
        errno = saved;
        return -1;
    }
    return fd;
}

static int wait_socket(const char *path, int ms)
{
    int64_t end = now_ms() + ms;
    do {
        int fd = raw_connect(path);
        if (fd >= 0) return fd;
        sleep_ms(5);
    } while (now_ms() < end);
    return -1;
}

static int send_with_fd(int fd, const void *data, size_t length, int pass_fd)
{
    char control[CMSG_SPACE(sizeof(int))];
    struct iovec iov = { (void *)data, length };
    struct msghdr msg = { .msg_iov = &iov, .msg_iovlen = 1 };
    if (pass_fd >= 0) {
        struct cmsghdr *cmsg;
        memset(control, 0, sizeof(control));
        msg.msg_control = control;
        msg.msg_controllen = sizeof(control);
        cmsg = CMSG_FIRSTHDR(&msg);
        cmsg->cmsg_level = SOL_SOCKET;
        cmsg->cmsg_type = SCM_RIGHTS;
        cmsg->cmsg_len = CMSG_LEN(sizeof(int));
        memcpy(CMSG_DATA(cmsg), &pass_fd, sizeof(int));
    }
    return sendmsg(fd, &msg, MSG_NOSIGNAL) == (ssize_t)length ? 0 : -1;
}

/* reads LENGTH bytes within 2 s; -1 on EOF, error or timeout; a passed fd into *got_fd */
static int recv_reply(int fd, void *data, size_t length, int *got_fd)
{
    size_t done = 0;
    while (done < length) {
        char control[CMSG_SPACE(sizeof(int) * SERVER_MAX_FDS)];
        struct iovec iov = { (char *)data + done, length - done };
        struct msghdr msg = { .msg_iov = &iov, .msg_iovlen = 1, .msg_control = control, .msg_controllen = sizeof(control) };
        struct pollfd p = { fd, POLLIN, 0 };
        struct cmsghdr *cmsg;
        ssize_t n;
        if (poll(&p, 1, 2000) != 1) return -1;
        if ((n = recvmsg(fd, &msg, MSG_CMSG_CLOEXEC)) <= 0) return -1;
        for (cmsg = CMSG_FIRSTHDR(&msg); cmsg; cmsg = CMSG_NXTHDR(&msg, cmsg))
            if (cmsg->cmsg_type == SCM_RIGHTS && got_fd) memcpy(got_fd, CMSG_DATA(cmsg), sizeof(int));
        done += n;
    }
    return 0;
}

/* HELLO with PFX: the reply's status, or -1 when the connection ends */
static int hello(int fd, const char *pfx, struct hello_reply *out)
{
    char buffer[512];
    struct hello_request *request = (struct hello_request *)buffer;
    struct hello_reply reply;
    memset(request, 0, sizeof(*request));
    request->header.size = sizeof(*request) + strlen(pfx);
    request->header.type = REQ_HELLO;
    request->version = SERVER_PROTOCOL_VERSION;
    request->checksum = SERVER_PROTOCOL_CHECKSUM;
    request->pid = getpid();
    memcpy(request + 1, pfx, strlen(pfx));
    if (send_with_fd(fd, buffer, request->header.size, -1) || recv_reply(fd, &reply, sizeof(reply), NULL)) return -1;
    if (out) *out = reply;
    return reply.header.status;
}

/* PING VALUE (with PASS_FD if >= 0): 0 if answered with VALUE */
static int ping(int fd, uint32_t value, int pass_fd, int *got_fd)
{
    struct ping_request request;
    struct ping_reply reply;
    memset(&request, 0, sizeof(request));
    request.header.size = sizeof(request);
    request.header.type = REQ_PING;
    request.header.id = value + 1;
    request.header.fd_count = pass_fd >= 0;
    request.value = value;
    if (send_with_fd(fd, &request, sizeof(request), pass_fd) || recv_reply(fd, &reply, sizeof(reply), got_fd)) return -1;
    return reply.header.status || reply.value != value || reply.header.id != value + 1 ? -1 : 0;
}

/* Has the server closed FD (within 2 s)? */
static int dropped(int fd)
{
    struct pollfd p = { fd, POLLIN, 0 };
    char c;
    if (poll(&p, 1, 2000) != 1) return 0;
    return read(fd, &c, 1) <= 0;
}

static int connect_hello(const char *sock)
{
    int fd = raw_connect(sock);
    if (fd >= 0 && hello(fd, prefix, NULL)) {
        close(fd);
        return -1;
    }
    return fd;
}

/* sends DATA on a new connection (after a hello if SAY_HELLO): dropped? */
static int garbage_dropped(const char *sock, int say_hello, const void *data, size_t length)
{
    int fd = say_hello ? connect_hello(sock) : raw_connect(sock);
    int result;
    if (fd < 0) return 0;
    send_with_fd(fd, data, length, -1);
    result = dropped(fd);
    close(fd);
    return result;
}

static void test_protocol(void)
{
    char sock[256], buffer[256], other[160];
    struct request_header header;
    struct hello_reply reply = { .version = 0 };
    struct stat st;
    pid_t pid = spawn_server(prefix, 1), second;
    int a, b, fds[2], got = -1, i, status, dir_ok;

    a = wait_socket((server_paths(prefix, sock, NULL), sock), 3000);
    check(a >= 0, "winrun-server listens on %s", sock);
    if (a < 0) { kill(pid, SIGKILL); wait_exit(pid, 1000); return; }
    dir_ok = !lstat(sock_dir, &st) && S_ISDIR(st.st_mode) && (st.st_mode & 07777) == 0700 && st.st_uid == getuid();
    check(dir_ok, "the socket directory is ours with mode 0700 (%04o)", (unsigned int)(st.st_mode & 07777));
    check(lock_pid(prefix) == pid, "the lock file holds the server's pid");
    check(hello(a, prefix, &reply) == 0 && reply.version == SERVER_PROTOCOL_VERSION && reply.server_pid == pid,
          "hello: status 0, version %u, server pid", (unsigned int)reply.version);
    check(!ping(a, 0x12345678, -1, NULL), "ping is answered with its value");

    if (pipe(fds)) return;
    check(!ping(a, 7, fds[1], &got) && got >= 0 && write(got, "x", 1) == 1 && read(fds[0], buffer, 1) == 1 && buffer[0] == 'x',
          "an fd passed with ping comes back and works");
    close(fds[0]); close(fds[1]); if (got >= 0) close(got);

    b = raw_connect(sock);
    check(b >= 0 && ping(b, 1, -1, NULL) && dropped(b), "a request before hello drops the client");
    if (b >= 0) close(b);
    snprintf(other, sizeof(other), "%s/other", tmp);
    mkdir(other, 0755);
    b = raw_connect(sock);
    check(b >= 0 && hello(b, other, NULL) == (int)STATUS_INVALID_PARAMETER && ping(b, 1, -1, NULL),
          "hello naming another prefix is refused, and nothing else is served");
    if (b >= 0) close(b);

    /* garbage, each on its own connection; A is served after each */
    memset(&header, 0, sizeof(header));
    header.size = 3; header.type = REQ_PING;
    check(garbage_dropped(sock, 1, &header, sizeof(header)) && !ping(a, 1, -1, NULL), "a size below the header: dropped, others served");
    header.size = SERVER_MAX_MESSAGE + 1;
    check(garbage_dropped(sock, 1, &header, sizeof(header)) && !ping(a, 2, -1, NULL), "an oversized request: dropped, others served");
    header.size = sizeof(struct ping_request) + 4;
    check(garbage_dropped(sock, 1, &header, sizeof(header)) && !ping(a, 3, -1, NULL), "a wrong size for its type: dropped, others served");
    header.size = sizeof(header); header.type = 999;
    check(garbage_dropped(sock, 1, &header, sizeof(header)) && !ping(a, 4, -1, NULL), "an unknown type: dropped, others served");
    header.type = 0;
    check(garbage_dropped(sock, 1, &header, sizeof(header)) && !ping(a, 5, -1, NULL), "type 0: dropped, others served");
    header.size = sizeof(struct ping_request); header.type = REQ_PING; header.fd_count = SERVER_MAX_FDS + 1;
    check(garbage_dropped(sock, 1, &header, sizeof(header)) && !ping(a, 6, -1, NULL), "too many fds announced: dropped, others served");
    {
        struct ping_request request;
        memset(&request, 0, sizeof(request));
        request.header.size = sizeof(request); request.header.type = REQ_PING; request.header.fd_count = 1;
        check(garbage_dropped(sock, 1, &request, sizeof(request)) && !ping(a, 7, -1, NULL),
              "an fd announced but not sent: dropped, others served");
    }
    for (i = 0; i < (int)sizeof(buffer); i++) buffer[i] = (char)(i * 37 + 11);
    check(garbage_dropped(sock, 0, buffer, sizeof(buffer)) && !ping(a, 8, -1, NULL), "random bytes: dropped, others served");

    /* a request stuck halfway does not block the others */
    b = connect_hello(sock);
    memset(&header, 0, sizeof(header));
    header.size = sizeof(struct ping_request); header.type = REQ_PING;
    check(b >= 0 && !send_with_fd(b, &header, 10, -1) && !ping(a, 9, -1, NULL),
          "a client halfway through a request does not hold the others up");
    if (b >= 0) close(b);
    check(!ping(a, 10, -1, NULL), "a client closing halfway through a request: others served");

    /* a client dying mid-request, and one that never reads its replies */
    if (!(second = fork())) {
        int c = connect_hello(sock);
        send_with_fd(c, &header, sizeof(header) - 2, -1);
        _exit(0);
    }
    waitpid(second, &status, 0);
    check(!ping(a, 11, -1, NULL), "a client killed mid-request: others served");
    b = connect_hello(sock);
    if (b >= 0) {
        /* batches of 1000 requests until its socket is full: more replies
         * than the server queues for a client, so the server stops reading it */
        static struct ping_request batch[1000];
        int sent = 0;
        for (i = 0; i < 1000; i++) {
            batch[i].header.size = sizeof(batch[i]);
            batch[i].header.type = REQ_PING;
        }
        fcntl(b, F_SETFL, O_NONBLOCK);
        while (sent < 2000000 && send(b, batch, sizeof(batch), MSG_NOSIGNAL) == sizeof(batch)) {
            sent += 1000;
            sleep_ms(1);
        }
        check(sent > 4 * SERVER_MAX_MESSAGE / (int)sizeof(struct ping_reply) && !ping(a, 12, -1, NULL),
              "a client sending %d requests without reading replies: others served", sent);
        close(b);
    }
    check(!ping(a, 13, -1, NULL), "that client gone with replies unsent: others served");

    /* another uid */
    if (getuid()) {
        skip("a connection from another uid is refused (needs root to switch uid)");
        skip("another uid cannot reach the socket (needs root to switch uid)");
    } else {
        pid_t child;
        chmod(tmp, 0711);
        chmod(run_dir, 0711);
        if (!(child = fork())) {
            /* effective uid nobody, as SO_PEERCRED reports, while the file
             * system still sees root (fsuid), so that connect reaches the
             * server through the 0700 directory */
            if (setresuid(0, NOBODY, 0)) _exit(10);
            setfsuid(0);
            if ((b = raw_connect(sock)) < 0) _exit(11);
            _exit(hello(b, prefix, NULL) == -1 ? 0 : 12);
        }
        check(wait_exit(child, 5000) == 0 && !ping(a, 14, -1, NULL),
              "a connection from uid %d is refused (SO_PEERCRED), others served", NOBODY);
        if (!(child = fork())) {
            if (setresuid(NOBODY, NOBODY, NOBODY)) _exit(10);
            _exit(raw_connect(sock) < 0 && errno == EACCES ? 0 : 11);
        }
        check(wait_exit(child, 5000) == 0, "uid %d cannot reach the socket through the 0700 directory", NOBODY);
        chmod(run_dir, 0700);
        chmod(tmp, 0700);
    }

    /* one server per prefix */
    second = spawn_server(prefix, 1);
    check(wait_exit(second, 3000) == 0 && lock_pid(prefix) == pid && !ping(a, 15, -1, NULL),
          "a second server for the prefix exits (0) and the first goes on");

    /* lifetime: GRACE_MS after the last client */
    close(a);
    {
        int64_t start = now_ms(), took;
        int code = wait_exit(pid, GRACE_MS + 3000);
        took = now_ms() - start;
        check(code == 0 && took >= GRACE_MS - 100 && took < GRACE_MS + 1500,
              "the server exits (%d) %d ms after its last client (grace %d ms)", code, (int)took, GRACE_MS);
        check(access(sock, F_OK) && errno == ENOENT, "and removes its socket");
    }

    /* the server refuses a socket directory that is not 0700 */
    chmod(sock_dir, 0755);
    pid = spawn_server(prefix, 1);
    check(wait_exit(pid, 3000) == 1 && access(sock, F_OK), "the server refuses a socket directory of mode 0755");
    chmod(sock_dir, 0700);
}

/* ---- ntdll's client side, each case in a child: its exit code and stderr ---- */

static int go_pipe[2], ready_pipe[2];

static int client_ping(void)
{
    struct ping_request request;
    struct ping_reply reply;
    memset(&request, 0, sizeof(request));
    request.header.size = sizeof(request);
    request.header.type = REQ_PING;
    request.value = 77;
    return server_call(&request, NULL, &reply, sizeof(reply), NULL) == STATUS_SUCCESS && reply.value == 77 ? 0 : 3;
}

static int client_ping_fds(void)
{
    struct ping_request request;
    struct ping_reply reply;
    struct server_fds out = { .count = 2 }, back;
    char c = 0;
    int fds[2];
    if (pipe(fds)) return 4;
    out.fds[0] = fds[0];
    out.fds[1] = fds[1];
    memset(&request, 0, sizeof(request));
    request.header.size = sizeof(request);
    request.header.type = REQ_PING;
    if (server_call(&request, &out, &reply, sizeof(reply), &back) || back.count != 2) return 3;
    if (write(back.fds[1], "y", 1) != 1 || read(back.fds[0], &c, 1) != 1 || c != 'y') return 5;
    return 0;
}

/* ping, tell the parent, wait for its word, ping again */
static int client_ping_twice(void)
{
    char c;
    if (client_ping()) return 3;
    if (write(ready_pipe[1], "r", 1) != 1 || read(go_pipe[0], &c, 1) != 1) return 4;
    client_ping();
    return 0;   /* not reached when the server is gone */
}

/* Runs CASE in a child with the prefix PFX; its exit code (-1 after 10 s),
 * and its stderr in ERR. */
static int run_client(int (*test_case)(void), const char *pfx, const char *lib, char *err, size_t err_size)
{
    int pipe_err[2], status = -1;
    size_t length = 0;
    pid_t pid;

    if (pipe(pipe_err)) return -1;
    if (!(pid = fork())) {
        dup2(pipe_err[1], 2);
        close(pipe_err[0]);
        process.prefix = pfx;
        process.libdir = lib;
        _exit(test_case());
    }
    close(pipe_err[1]);
    for (;;) {
        struct pollfd p = { pipe_err[0], POLLIN, 0 };
        ssize_t n;
        if (poll(&p, 1, 10000) != 1) break;     /* a server holding our pipe would hang here */
        if ((n = read(pipe_err[0], err + length, err_size - 1 - length)) <= 0) break;
        length += n;
    }
    err[length] = 0;
    close(pipe_err[0]);
    status = wait_exit(pid, 10000);
    if (status < 0) kill(pid, SIGKILL);
    return status;
}

static int process_gone(pid_t pid)
{
    char path[64], stat_text[256] = "";
    int fd, n;
    snprintf(path, sizeof(path), "/proc/%d/stat", (int)pid);
    if ((fd = open(path, O_RDONLY)) < 0) return 1;
    n = read(fd, stat_text, sizeof(stat_text) - 1);
    close(fd);
    if (n > 0) stat_text[n] = 0;
    return strstr(stat_text, ") Z ") != NULL;
}

static void test_client(void)
{
    char err[2048], sock[256], lib_missing[PATH_MAX], fd2[64], fd2_target[64] = "";
    int code;
    pid_t server_pid, killer;

    code = run_client(client_ping, prefix, libdir, err, sizeof(err));
    check(code == 0 && !err[0], "ntdll's client starts winrun-server and pings (exit %d, stderr \"%s\")", code, err);
    server_pid = lock_pid(prefix);
    snprintf(fd2, sizeof(fd2), "/proc/%d/fd/2", (int)server_pid);
    if (readlink(fd2, fd2_target, sizeof(fd2_target) - 1) < 0) fd2_target[0] = 0;
    check(server_pid > 0 && getsid(server_pid) > 0 && getsid(server_pid) != getsid(0) && !strcmp(fd2_target, "/dev/null"),
          "the server it started runs in another session, stderr on /dev/null");
    code = run_client(client_ping_fds, prefix, libdir, err, sizeof(err));
    check(code == 0, "server_call passes two fds both ways (exit %d)", code);

    /* the server killed under a connected client */
    if (pipe(go_pipe) || pipe(ready_pipe)) return;
    if (!(killer = fork())) {
        char c;
        /* kills the server once the client is connected, then lets it go on */
        close(go_pipe[0]);
        if (read(ready_pipe[0], &c, 1) == 1) {
            pid_t victim = lock_pid(prefix);
            int64_t end = now_ms() + 3000;
            kill(victim, SIGKILL);
            while (!process_gone(victim) && now_ms() < end) sleep_ms(5);
        }
        if (write(go_pipe[1], "g", 1) < 0) {}
        _exit(0);
    }
    {
        int64_t start = now_ms();
        code = run_client(client_ping_twice, prefix, libdir, err, sizeof(err));
        waitpid(killer, NULL, 0);
        check(code != 0 && code != -1 && strstr(err, "winrun: lost the connection to winrun-server (") == err &&
              now_ms() - start < 5000,
              "a client of a killed server exits (%d) with \"%.*s\"", code, (int)strcspn(err, "\n"), err);
    }
    close(go_pipe[0]); close(go_pipe[1]); close(ready_pipe[0]); close(ready_pipe[1]);

    server_paths(prefix, sock, NULL);
    code = run_client(client_ping, prefix, libdir, err, sizeof(err));
    check(code == 0, "the next client replaces the killed server's stale socket (exit %d, %s)", code, err);

    chmod(sock_dir, 0755);
    code = run_client(client_ping, prefix, libdir, err, sizeof(err));
    check(code > 0 && strstr(err, "winrun: ") == err && strstr(err, "0700"),
          "the client refuses a socket directory of mode 0755 (exit %d, \"%.*s\")", code, (int)strcspn(err, "\n"), err);
    chmod(sock_dir, 0700);
    if (getuid()) skip("the client refuses a socket directory owned by another uid (needs root)");
    else {
        if (chown(sock_dir, NOBODY, NOBODY)) {}
        code = run_client(client_ping, prefix, libdir, err, sizeof(err));
        check(code > 0 && strstr(err, "winrun: ") == err && strstr(err, "not owned by you"),
              "the client refuses a socket directory owned by uid %d (exit %d, \"%.*s\")", NOBODY, code,
              (int)strcspn(err, "\n"), err);
        if (chown(sock_dir, 0, 0)) {}
    }

    /* clients starting at once on a fresh prefix share one server */
    {
        char pfx3[160], err3[4][256];
        int codes[4], all_ok = 1, k;
        pid_t racers[4];
        snprintf(pfx3, sizeof(pfx3), "%s/prefix-race", tmp);
        mkdir(pfx3, 0755);
        for (k = 0; k < 4; k++)
            if (!(racers[k] = fork())) _exit(run_client(client_ping, pfx3, libdir, err3[k], sizeof(err3[k])));
        for (k = 0; k < 4; k++) {
            codes[k] = wait_exit(racers[k], 10000);
            if (codes[k]) all_ok = 0;
        }
        check(all_ok && lock_pid(pfx3) > 0, "4 clients starting at once on a new prefix all get served (%d %d %d %d)",
              codes[0], codes[1], codes[2], codes[3]);
        if (lock_pid(pfx3) > 0) kill(lock_pid(pfx3), SIGTERM);
    }

    /* no server binary: a fresh prefix, a libdir with no bin/ beside it */
    {
        char pfx2[160];
        snprintf(pfx2, sizeof(pfx2), "%s/prefix-nobin", tmp);
        mkdir(pfx2, 0755);
        snprintf(lib_missing, sizeof(lib_missing), "%s/lib/winrun", tmp);
        mkdir(strcat(strcpy(fd2_target, tmp), "/lib"), 0755);
        mkdir(lib_missing, 0755);
        code = run_client(client_ping, pfx2, lib_missing, err, sizeof(err));
        check(code > 0 && strstr(err, "winrun: cannot start winrun-server (") == err,
              "no winrun-server binary: one line, exit %d (\"%.*s\")", code, (int)strcspn(err, "\n"), err);
    }
}

/* A hello world never starts the server. */
static void test_hello(void)
{
    char exe[PATH_MAX], winrun[PATH_MAX], pfx[160], sock[256], lock[256], command[PATH_MAX * 3];
    int code;

    snprintf(exe, sizeof(exe), "%s/samples/hello.exe", build);
    snprintf(winrun, sizeof(winrun), "%s/bin/winrun", build);
    if (access(exe, R_OK)) {
        skip("a hello world never starts the server (samples/hello.exe not built)");
        return;
    }
    snprintf(pfx, sizeof(pfx), "%s/prefix-hello", tmp);
    snprintf(command, sizeof(command), "'%s' --prefix '%s' '%s' >/dev/null 2>&1", winrun, pfx, exe);
    code = system(command);
    server_paths(pfx, sock, lock);
    check(WIFEXITED(code) && WEXITSTATUS(code) == 3 && access(sock, F_OK) && access(lock, F_OK),
          "a hello world runs (exit %d) without starting the server", WIFEXITED(code) ? WEXITSTATUS(code) : -1);
}

/* ---- shared objects: a client killed owning a mutant abandons it ---- */

/* REQ_OBJ_CREATE of TYPE under NAME: status, the reply in *OUT */
static int obj_create(int fd, uint32_t type, uint32_t flags, int32_t state, const char *name,
                      struct obj_create_reply *out)
{
    char buffer[256];
    struct obj_create_request *request = (struct obj_create_request *)buffer;
    uint16_t *wname = (uint16_t *)(request + 1);
    size_t i, length = strlen(name);

    memset(request, 0, sizeof(*request));
    request->header.size = sizeof(*request) + length * 2;
    request->header.type = REQ_OBJ_CREATE;
    request->type = type;
    request->flags = flags;
    request->state = state;
    request->owner_tid = 1234;
    for (i = 0; i < length; i++) wname[i] = (unsigned char)name[i];
    if (send_with_fd(fd, buffer, request->header.size, -1) || recv_reply(fd, out, sizeof(*out), NULL)) return -1;
    return out->header.status;
}

static void test_objects(void)
{
    char sock[256], pfx[160];
    struct obj_create_reply reply;
    struct obj_arena_request arena_request = { .header = { .size = sizeof(arena_request), .type = REQ_OBJ_ARENA } };
    struct reply_header arena_reply;
    struct shared_sync *arena = MAP_FAILED, *s;
    int fd, arena_fd = -1, sync_pipe[2], status;
    pid_t server_pid, child;
    int64_t deadline;
    char c;

    snprintf(pfx, sizeof(pfx), "%s/prefix-objects", tmp);
    mkdir(pfx, 0755);
    server_pid = spawn_server(pfx, 1);
    server_paths(pfx, sock, NULL);
    if (wait_socket(sock, 3000) < 0 || pipe(sync_pipe)) {
        check(0, "objects: the server listens");
        kill(server_pid, SIGKILL);
        wait_exit(server_pid, 1000);
        return;
    }
    if (!(child = fork())) {
        /* a client that takes a mutant, says so, and waits to be killed */
        int cfd = raw_connect(sock);
        if (cfd < 0 || hello(cfd, pfx, NULL) ||
            obj_create(cfd, SHARED_MUTANT, 0, 1, "\\BaseNamedObjects\\abandon", &reply))
            _exit(1);
        if (write(sync_pipe[1], "x", 1) != 1) _exit(1);
        for (;;) pause();
    }
    close(sync_pipe[1]);
    check(read(sync_pipe[0], &c, 1) == 1, "objects: a client creates a mutant it owns");
    close(sync_pipe[0]);
    fd = raw_connect(sock);
    check(fd >= 0 && !hello(fd, pfx, NULL), "objects: a second client says hello");
    check(obj_create(fd, SHARED_EVENT, OBJ_CREATE_OPEN, 0, "\\BaseNamedObjects\\abandon", &reply) ==
              (int)STATUS_OBJECT_TYPE_MISMATCH, "objects: opening it as an event is a type mismatch");
    check(obj_create(fd, SHARED_MUTANT, OBJ_CREATE_OPEN, 0, "\\BaseNamedObjects\\missing", &reply) ==
              (int)STATUS_OBJECT_NAME_NOT_FOUND, "objects: opening a missing name fails");
    status = obj_create(fd, SHARED_MUTANT, OBJ_CREATE_OPEN, 0, "\\BaseNamedObjects\\abandon", &reply);
    check(!status && reply.slot < SHARED_ARENA_SLOTS, "objects: the second client opens the mutant (%x)", status);
    if (!send_with_fd(fd, &arena_request, sizeof(arena_request), -1) &&
        !recv_reply(fd, &arena_reply, sizeof(arena_reply), &arena_fd) && arena_fd >= 0)
        arena = mmap(NULL, SHARED_ARENA_SLOTS * sizeof(*arena), PROT_READ | PROT_WRITE, MAP_SHARED, arena_fd, 0);
    check(arena != MAP_FAILED, "objects: the arena maps");
    if (arena != MAP_FAILED && !status) {
        s = &arena[reply.slot];
        check(s->type == SHARED_MUTANT && s->owner_pid == child && s->owner_tid == 1234 && s->state == 1,
              "objects: the slot says the first client owns it");
        kill(child, SIGKILL);
        waitpid(child, NULL, 0);
        for (deadline = now_ms() + 2000; now_ms() < deadline && !__atomic_load_n(&s->abandoned, __ATOMIC_ACQUIRE);)
            sleep_ms(5);
        check(s->abandoned == 1 && s->owner_pid == 0 && s->state == 0,
              "objects: killed with SIGKILL, the client left the mutant abandoned and free");
        munmap(arena, SHARED_ARENA_SLOTS * sizeof(*arena));
    } else {
        kill(child, SIGKILL);
        waitpid(child, NULL, 0);
    }
    if (fd >= 0) {
        /* DuplicateHandle's requests answer bad values with an error */
        struct obj_dup_request dup = { .header = { .size = sizeof(dup), .type = REQ_OBJ_DUP_TAKE },
                                       .value = DUP_HANDLE_FIRST };
        struct obj_dup_reply dup_reply;
        struct obj_dup_ask ask = { .header = { .size = sizeof(ask), .type = REQ_OBJ_DUP_RESULT }, .token = 12345 };
        struct obj_dup_ask_reply ask_reply;
        int got = -1;

        check(!send_with_fd(fd, &dup, sizeof(dup), -1) && !recv_reply(fd, &dup_reply, sizeof(dup_reply), &got) &&
              dup_reply.object.header.status == STATUS_INVALID_HANDLE && got < 0,
              "objects: taking a value nobody duplicated fails");
        dup.header.type = REQ_OBJ_DUP_PUT;
        dup.target_pid = getpid();
        dup.kind = DUP_FILE;
        check(!send_with_fd(fd, &dup, sizeof(dup), -1) && !recv_reply(fd, &dup_reply, sizeof(dup_reply), &got) &&
              dup_reply.object.header.status == STATUS_INVALID_PARAMETER,
              "objects: putting a file without its fd fails");
        dup.kind = DUP_SHARED;
        dup.id = 999999;
        check(!send_with_fd(fd, &dup, sizeof(dup), -1) && !recv_reply(fd, &dup_reply, sizeof(dup_reply), &got) &&
              dup_reply.object.header.status == STATUS_INVALID_HANDLE,
              "objects: putting an object the client does not hold fails");
        check(!send_with_fd(fd, &ask, sizeof(ask), -1) && !recv_reply(fd, &ask_reply, sizeof(ask_reply), &got) &&
              ask_reply.header.status == STATUS_INVALID_HANDLE, "objects: the result of an unknown ask fails");
        check(obj_create(fd, SHARED_EVENT, 0, 1, "", &reply) == 0 && reply.slot < SHARED_ARENA_SLOTS,
              "objects: an unnamed event (promotion) gets a slot");
        check(obj_create(fd, SHARED_EVENT, OBJ_CREATE_OPEN, 0, "", &reply) == (int)STATUS_INVALID_PARAMETER,
              "objects: an unnamed object cannot be opened");
    }
    if (arena_fd >= 0) close(arena_fd);
    if (fd >= 0) close(fd);
    kill(server_pid, SIGTERM);
    wait_exit(server_pid, 3000);
}

/* a pipe request with NAME after its fixed part SIZE; the reply's status
 * (-1 when the connection ends) and up to two fds into FDS */
static int pipe_request(int fd, uint16_t type, size_t size, const char *name, uint32_t max, int fds[2])
{
    char buffer[256], control[CMSG_SPACE(sizeof(int) * SERVER_MAX_FDS)];
    struct pipe_create_request *create = (struct pipe_create_request *)buffer;
    uint16_t *wname = (uint16_t *)(buffer + size);
    struct pipe_reply reply;
    struct iovec iov = { &reply, sizeof(reply) };
    struct msghdr msg = { .msg_iov = &iov, .msg_iovlen = 1, .msg_control = control, .msg_controllen = sizeof(control) };
    struct cmsghdr *cmsg;
    struct pollfd p = { fd, POLLIN, 0 };
    size_t i, length = strlen(name);

    memset(buffer, 0, size);
    create->header.size = size + length * 2;
    create->header.type = type;
    if (type == REQ_PIPE_CREATE) create->max_instances = max;
    for (i = 0; i < length; i++) wname[i] = (unsigned char)name[i];
    fds[0] = fds[1] = -1;
    if (send_with_fd(fd, buffer, create->header.size, -1) || poll(&p, 1, 2000) != 1 ||
        recvmsg(fd, &msg, MSG_CMSG_CLOEXEC) != sizeof(reply))
        return -1;
    for (cmsg = CMSG_FIRSTHDR(&msg); cmsg; cmsg = CMSG_NXTHDR(&msg, cmsg))
        if (cmsg->cmsg_type == SCM_RIGHTS)
            memcpy(fds, CMSG_DATA(cmsg), cmsg->cmsg_len - CMSG_LEN(0) < 2 * sizeof(int) ? sizeof(int) : 2 * sizeof(int));
    return reply.header.status;
}

/* named pipes: the server hands out socket ends and never carries data;
 * an instance goes with its creator's notify fd */
static void test_pipes(void)
{
    char sock[256], pfx[160], buf[8];
    int fd, created[2], opened[2], again[2];
    pid_t server_pid;

    snprintf(pfx, sizeof(pfx), "%s/prefix-pipes", tmp);
    mkdir(pfx, 0755);
    server_pid = spawn_server(pfx, 1);
    server_paths(pfx, sock, NULL);
    if (wait_socket(sock, 3000) < 0 || (fd = raw_connect(sock)) < 0 || hello(fd, pfx, NULL)) {
        check(0, "pipes: the server listens");
        kill(server_pid, SIGKILL);
        wait_exit(server_pid, 1000);
        return;
    }
    check(pipe_request(fd, REQ_PIPE_OPEN, sizeof(struct pipe_name_request), "P", 0, opened) ==
              (int)STATUS_OBJECT_NAME_NOT_FOUND, "pipes: opening a missing name fails");
    check(!pipe_request(fd, REQ_PIPE_CREATE, sizeof(struct pipe_create_request), "P", 1, created) &&
              created[0] >= 0 && created[1] >= 0, "pipes: create gives the creator's end and the notify fd");
    check(pipe_request(fd, REQ_PIPE_CREATE, sizeof(struct pipe_create_request), "P", 1, again) ==
              (int)STATUS_INSTANCE_NOT_AVAILABLE, "pipes: no instance beyond the maximum");
    check(pipe_request(fd, REQ_PIPE_CREATE, sizeof(struct pipe_create_request), "", 1, again) ==
              (int)STATUS_INVALID_PARAMETER, "pipes: an empty name is refused, the client kept");
    check(!pipe_request(fd, REQ_PIPE_OPEN, sizeof(struct pipe_name_request), "P", 0, opened) && opened[0] >= 0 &&
              opened[1] >= 0, "pipes: open gives the client's end and its \"disconnected\" pipe");
    check(created[1] >= 0 && read(created[1], buf, 1) == 1, "pipes: the creator is told of the client");
    check(opened[0] >= 0 && write(opened[0], "hi", 2) == 2 && read(created[0], buf, 2) == 2 && !memcmp(buf, "hi", 2),
          "pipes: data flows between the ends");
    check(pipe_request(fd, REQ_PIPE_OPEN, sizeof(struct pipe_name_request), "P", 0, again) ==
              (int)STATUS_PIPE_NOT_AVAILABLE, "pipes: a taken instance is busy");
    close(created[1]);
    check(pipe_request(fd, REQ_PIPE_QUERY, sizeof(struct pipe_name_request), "P", 0, again) ==
              (int)STATUS_OBJECT_NAME_NOT_FOUND, "pipes: the instance goes with the creator's notify fd");
    close(created[0]);
    if (opened[0] >= 0) close(opened[0]);
    if (opened[1] >= 0) close(opened[1]);
    close(fd);
    kill(server_pid, SIGTERM);
    wait_exit(server_pid, 3000);
}

/* a request with N fds attached */
static int send_fds(int fd, const void *data, size_t length, const int *fds, unsigned int n)
{
    char control[CMSG_SPACE(sizeof(int) * SERVER_MAX_FDS)];
    struct iovec iov = { (void *)data, length };
    struct msghdr msg = { .msg_iov = &iov, .msg_iovlen = 1, .msg_control = control,
                          .msg_controllen = CMSG_SPACE(sizeof(int) * n) };
    struct cmsghdr *cmsg;

    memset(control, 0, sizeof(control));
    cmsg = CMSG_FIRSTHDR(&msg);
    cmsg->cmsg_level = SOL_SOCKET;
    cmsg->cmsg_type = SCM_RIGHTS;
    cmsg->cmsg_len = CMSG_LEN(sizeof(int) * n);
    memcpy(CMSG_DATA(cmsg), fds, sizeof(int) * n);
    return sendmsg(fd, &msg, MSG_NOSIGNAL) == (ssize_t)length ? 0 : -1;
}

/* REQ_JOB_CREATE of NAME (with three fds unless OPEN_ONLY): the status,
 * -1 when the connection ends; the job's id in *ID */
static int job_request(int fd, const char *name, int open_only, uint32_t *id)
{
    char buffer[128];
    struct job_create_request *request = (struct job_create_request *)buffer;
    uint16_t *wname = (uint16_t *)(request + 1);
    struct job_reply reply;
    int fds[3] = { -1, -1, -1 }, pipe_fds[2], got = -1, r;
    size_t length = strlen(name);

    memset(buffer, 0, sizeof(buffer));
    request->header.size = sizeof(*request) + length * 2;
    request->header.type = REQ_JOB_CREATE;
    request->header.fd_count = open_only ? 0 : 3;
    request->open_only = open_only;
    for (size_t i = 0; i < length; i++) wname[i] = (unsigned char)name[i];
    if (!open_only) {
        if (pipe(pipe_fds)) return -1;
        fds[0] = open("/dev/null", O_RDONLY);
        fds[1] = pipe_fds[1];
        fds[2] = pipe_fds[0];
    }
    r = open_only ? send_with_fd(fd, buffer, request->header.size, -1)
                  : send_fds(fd, buffer, request->header.size, fds, 3);
    for (int i = 0; i < 3; i++) if (fds[i] >= 0) close(fds[i]);
    if (r || recv_reply(fd, &reply, sizeof(reply), &got)) return -1;
    if (got >= 0) close(got);
    *id = reply.id;
    return reply.header.status;
}

/* REQ_JOB_CLOSE: -1 when the connection ends, else whether it was the last */
static int job_close(int fd, uint32_t id)
{
    struct job_close_request request = { { sizeof(request), REQ_JOB_CLOSE, 0, 0, 0 }, id, 0 };
    struct job_reply reply;
    if (send_with_fd(fd, &request, sizeof(request), -1) || recv_reply(fd, &reply, sizeof(reply), NULL) ||
        reply.header.status)
        return -1;
    return (int)reply.last;
}

static int exit_request(int fd, uint16_t type, int32_t pid, uint64_t start, uint32_t code, uint32_t *got)
{
    struct process_exit_request request = { { sizeof(request), type, 0, 0, 0 }, code, pid, start };
    struct process_exit_reply reply;
    if (send_with_fd(fd, &request, sizeof(request), -1) || recv_reply(fd, &reply, sizeof(reply), NULL)) return -1;
    if (got) *got = reply.code;
    return reply.header.status;
}

/* named jobs (references per client) and exit codes (pid + start time) */
static void test_processes(void)
{
    char sock[256], pfx[160];
    int fd, fd2;
    uint32_t id = 0, id2 = 0, code = 0;
    pid_t server_pid;

    snprintf(pfx, sizeof(pfx), "%s/prefix-processes", tmp);
    mkdir(pfx, 0755);
    server_pid = spawn_server(pfx, 1);
    server_paths(pfx, sock, NULL);
    if (wait_socket(sock, 3000) < 0 || (fd = raw_connect(sock)) < 0 || hello(fd, pfx, NULL) ||
        (fd2 = raw_connect(sock)) < 0 || hello(fd2, pfx, NULL)) {
        check(0, "processes: the server listens");
        kill(server_pid, SIGKILL);
        wait_exit(server_pid, 1000);
        return;
    }
    check(job_request(fd, "J", 1, &id) == (int)STATUS_OBJECT_NAME_NOT_FOUND, "jobs: opening a missing name fails");
    check(!job_request(fd, "J", 0, &id) && id, "jobs: create");
    check(job_request(fd2, "J", 0, &id2) == (int)STATUS_OBJECT_NAME_EXISTS && id2 == id,
          "jobs: create again from another client opens it");
    check(!job_request(fd2, "J", 1, &id2) && id2 == id, "jobs: open by name");
    check(job_close(fd, id) == 0, "jobs: a close while others hold it is not the last");
    check(job_close(fd, id) == -1, "jobs: a client cannot close what it does not hold");
    close(fd2);   /* its two references go with it */
    sleep_ms(100);
    check(job_request(fd, "J", 1, &id2) == (int)STATUS_OBJECT_NAME_NOT_FOUND,
          "jobs: the name goes with its last holder");
    check(!job_request(fd, "K", 0, &id) && job_close(fd, id) == 1, "jobs: the creator's close alone is the last");

    check(exit_request(fd, REQ_PROCESS_WATCH, 12345, 7, 0, NULL) == 0, "exit codes: watch a process");
    check(exit_request(fd, REQ_PROCESS_EXIT_CODE, 12345, 7, 0, &code) == (int)STATUS_NOT_FOUND,
          "exit codes: none before the report");
    check(exit_request(fd, REQ_PROCESS_EXIT, 12345, 7, 0x10203, NULL) == 0, "exit codes: a report for another pid");
    check(exit_request(fd, REQ_PROCESS_EXIT, 12345, 7, 5, NULL) == 0 &&
              exit_request(fd, REQ_PROCESS_EXIT_CODE, 12345, 7, 0, &code) == 0 && code == 0x10203,
          "exit codes: the first report is kept (%x)", (unsigned int)code);
    check(exit_request(fd, REQ_PROCESS_EXIT_CODE, 12345, 8, 0, &code) == (int)STATUS_NOT_FOUND,
          "exit codes: another start time is another process");
    check(exit_request(fd, REQ_PROCESS_EXIT, 0, 99, 42, NULL) == 0 &&
              exit_request(fd, REQ_PROCESS_EXIT_CODE, getpid(), 99, 0, &code) == 0 && code == 42,
          "exit codes: pid 0 is the client itself");
    check(exit_request(fd, REQ_PROCESS_UNWATCH, 12345, 7, 0, NULL) == 0 &&
              exit_request(fd, REQ_PROCESS_EXIT_CODE, 12345, 7, 0, &code) == 0 && code == 0x10203,
          "exit codes: a recent code stays after the interest goes");
    close(fd);
    kill(server_pid, SIGTERM);
    wait_exit(server_pid, 3000);
}

/* ---- hostile clients: garbage, absurd sizes, floods, limits ---- */

/* Sends LENGTH bytes of DATA and reads one whole reply (fds closed): 1 when
 * answered (status in *STATUS), 0 when the server dropped the client, -1
 * when neither came within 2 s (the server hangs). */
static int exchange(int fd, const void *data, size_t length, int32_t *status)
{
    static unsigned char rest[SERVER_MAX_MESSAGE];
    struct reply_header reply;
    int got = -1;

    if (send_with_fd(fd, data, length, -1)) return 0;
    if (recv_reply(fd, &reply, sizeof(reply), &got)) {
        struct pollfd p = { fd, POLLIN, 0 };
        return poll(&p, 1, 0) == 1 ? 0 : -1;    /* readable and nothing: EOF */
    }
    if (got >= 0) close(got);
    if (reply.size < sizeof(reply) || reply.size > SERVER_MAX_MESSAGE) return -1;
    if (reply.size > sizeof(reply) && recv_reply(fd, rest, reply.size - sizeof(reply), NULL)) return -1;
    if (status) *status = reply.status;
    return 1;
}

/* REQ_REG_OPEN (creating) of PATH under HKCU, COUNT times: how many
 * succeeded; the first failure's status in *FAILED */
static int reg_open_many(int fd, const char *path, int count, int32_t *failed)
{
    unsigned char buffer[512];
    struct reg_open_request *request = (struct reg_open_request *)buffer;
    uint16_t *wname = (uint16_t *)(request + 1);
    size_t k, length = strlen(path);
    int i, good = 0;

    *failed = 0;
    memset(buffer, 0, sizeof(buffer));
    request->header.size = sizeof(*request) + length * 2;
    request->header.type = REQ_REG_OPEN;
    request->root = REG_ROOT_USER;
    request->flags = REG_OPEN_CREATE | REG_OPEN_VOLATILE;
    for (k = 0; k < length; k++) wname[k] = (unsigned char)path[k];
    for (i = 0; i < count; i++) {
        int32_t status = 0;
        if (exchange(fd, request, request->header.size, &status) != 1) break;
        if (!status) good++;
        else if (!*failed) *failed = status;
    }
    return good;
}

static void test_hostile(void)
{
    char sock[256], pfx[160], name[64], saved_prefix[sizeof(prefix)];
    unsigned char buffer[1024];
    struct request_header header;
    struct obj_create_reply reply;
    pid_t server_pid, child;
    int a, b, i, type, hangs = 0, answered = 0, drops = 0, made, status_pipe[2];
    int32_t status = 0, first_fail = 0;
    unsigned int seed = 12345;

    /* a prefix of its own; connect_hello and garbage_dropped say hello
     * with PREFIX, so it names this one until the end */
    strcpy(saved_prefix, prefix);
    snprintf(prefix, sizeof(prefix), "%s/prefix-hostile", tmp);
    strcpy(pfx, prefix);
    mkdir(pfx, 0755);
    server_pid = spawn_server(pfx, 1);
    server_paths(pfx, sock, NULL);
    if (wait_socket(sock, 3000) < 0 || (a = raw_connect(sock)) < 0 || hello(a, pfx, NULL)) {
        check(0, "hostile: the server listens");
        kill(server_pid, SIGKILL);
        wait_exit(server_pid, 1000);
        strcpy(prefix, saved_prefix);
        return;
    }

    /* sizes no request can have */
    memset(&header, 0, sizeof(header));
    header.type = REQ_PING;
    header.size = 0;
    check(garbage_dropped(sock, 1, &header, sizeof(header)) && !ping(a, 1, -1, NULL), "hostile: size 0: dropped, others served");
    header.size = 0xffffffff;
    check(garbage_dropped(sock, 1, &header, sizeof(header)) && !ping(a, 2, -1, NULL),
          "hostile: size 4 GiB - 1: dropped, others served");
    header.size = sizeof(header); header.type = REQ_PING; header.fd_count = 0xffff;
    check(garbage_dropped(sock, 1, &header, sizeof(header)) && !ping(a, 3, -1, NULL),
          "hostile: 65535 fds announced: dropped, others served");

    /* every request type with only a header, then with random bodies of
     * random sizes: each is answered or drops its client, never hangs */
    for (type = 0; type <= REQ_COUNT; type++) {
        for (i = 0; i < 24; i++) {
            /* bodies of 0 to 64 bytes by 4 meet every fixed size; then random */
            int fd = connect_hello(sock), r;
            uint32_t body = i <= 16 ? (uint32_t)(4 * i) : rand_r(&seed) % (uint32_t)(sizeof(buffer) - sizeof(header)), k;
            struct request_header *h = (struct request_header *)buffer;
            if (fd < 0) { hangs++; continue; }
            for (k = 0; k < sizeof(buffer); k++) buffer[k] = (unsigned char)rand_r(&seed);
            if (i % 2) memset(buffer + sizeof(*h), 0, body);   /* zero ids and lengths too */
            h->size = sizeof(*h) + body;
            h->type = type;
            h->fd_count = 0;
            h->id = i;
            r = exchange(fd, buffer, h->size, &status);
            if (r < 0) hangs++;
            else if (r) answered++;
            else drops++;
            /* an answered client must still be in step */
            if (r > 0 && ping(fd, 99, -1, NULL)) hangs++;
            close(fd);
        }
    }
    check(!hangs && !ping(a, 4, -1, NULL) && !kill(server_pid, 0),
          "hostile: %d requests of every type with short or random bodies: %d answered, %d dropped, %d hung; others served",
          (REQ_COUNT + 1) * 24, answered, drops, hangs);

    /* fds sent but not announced pile up until the client is dropped */
    {
        int fd = connect_hello(sock), p[2], n = 0;
        if (fd >= 0 && !pipe(p)) {
            struct ping_request ping_request = { .header = { .size = sizeof(ping_request), .type = REQ_PING } };
            for (n = 0; n < 64; n++)
                if (send_with_fd(fd, &ping_request, sizeof(ping_request), p[0]) ||
                    exchange(fd, NULL, 0, NULL) != 1)
                    break;
            close(p[0]); close(p[1]);
        }
        check(n < 64 && !ping(a, 5, -1, NULL), "hostile: unannounced fds: dropped after %d requests, others served", n);
        if (fd >= 0) close(fd);
    }

    /* a client SIGKILLed in the middle of a request */
    if (!pipe(status_pipe)) {
        if (!(child = fork())) {
            int fd = connect_hello(sock);
            struct ping_request ping_request = { .header = { .size = sizeof(ping_request), .type = REQ_PING } };
            if (fd < 0) _exit(1);
            send_with_fd(fd, &ping_request, sizeof(ping_request) / 2, -1);
            if (write(status_pipe[1], "x", 1) != 1) _exit(1);
            for (;;) pause();
        }
        close(status_pipe[1]);
        check(read(status_pipe[0], buffer, 1) == 1 && !kill(child, SIGKILL) && waitpid(child, NULL, 0) == child &&
              !ping(a, 6, -1, NULL), "hostile: a client SIGKILLed halfway through a request: others served");
        close(status_pipe[0]);
    }

    /* many connections at once */
    {
        static int many[300];
        int opened = 0;
        for (i = 0; i < 300; i++)
            if ((many[i] = connect_hello(sock)) >= 0) opened++;
        check(opened == 300 && !ping(many[299], 7, -1, NULL) && !ping(a, 7, -1, NULL),
              "hostile: 300 clients connected at once: %d served", opened);
        for (i = 0; i < 300; i++) if (many[i] >= 0) close(many[i]);
    }

    /* named objects: one client gets CLIENT_MAX_OBJECTS, then a clear error,
     * and the others are not starved of the arena */
    b = connect_hello(sock);
    for (made = 0, i = 0; b >= 0 && i < CLIENT_MAX_OBJECTS + 10; i++) {
        snprintf(name, sizeof(name), "\\BaseNamedObjects\\hostile%d", i);
        status = obj_create(b, SHARED_EVENT, 0, 0, name, &reply);
        if (!status) made++;
        else break;
    }
    check(made == CLIENT_MAX_OBJECTS && status == (int32_t)STATUS_QUOTA_EXCEEDED,
          "hostile: one client holds %d shared objects, then STATUS_QUOTA_EXCEEDED (%x)", made, (unsigned int)status);
    check(!obj_create(a, SHARED_EVENT, 0, 0, "\\BaseNamedObjects\\other", &reply) &&
              !obj_create(b, SHARED_EVENT, OBJ_CREATE_OPEN, 0, "\\BaseNamedObjects\\hostile5", &reply) &&
              !ping(b, 8, -1, NULL), "hostile: another client still creates; the first still opens what it holds");
    if (b >= 0) close(b);
    sleep_ms(100);
    check(obj_create(a, SHARED_EVENT, OBJ_CREATE_OPEN, 0, "\\BaseNamedObjects\\hostile7", &reply) ==
              (int)STATUS_OBJECT_NAME_NOT_FOUND, "hostile: its objects go with it");

    /* registry keys: CLIENT_MAX_KEYS open ids, then a clear error */
    b = connect_hello(sock);
    made = b >= 0 ? reg_open_many(b, "Software\\winrun-hostile", CLIENT_MAX_KEYS + 5, &first_fail) : 0;
    check(made == CLIENT_MAX_KEYS && first_fail == (int32_t)STATUS_QUOTA_EXCEEDED && !ping(b, 9, -1, NULL),
          "hostile: one client opens %d registry keys, then STATUS_QUOTA_EXCEEDED (%x)", made,
          (unsigned int)first_fail);
    if (b >= 0) close(b);
    made = reg_open_many(a, "Software\\winrun-hostile", 1, &first_fail);
    check(made == 1 && !ping(a, 10, -1, NULL), "hostile: another client opens keys");

    /* named jobs (3 fds each in the server): CLIENT_MAX_JOBS, then an error */
    b = connect_hello(sock);
    for (made = 0, i = 0; b >= 0 && i < CLIENT_MAX_JOBS + 5; i++) {
        uint32_t id;
        snprintf(name, sizeof(name), "hostile-job%d", i);
        if ((status = job_request(b, name, 0, &id))) break;
        made++;
    }
    check(made == CLIENT_MAX_JOBS && status == (int32_t)STATUS_QUOTA_EXCEEDED && !ping(b, 11, -1, NULL),
          "hostile: one client holds %d named jobs, then STATUS_QUOTA_EXCEEDED (%x)", made, (unsigned int)status);
    {
        uint32_t id;
        check(job_request(a, "hostile-job3", 1, &id) == 0 && job_request(a, "hostile-job-a", 0, &id) == 0,
              "hostile: another client opens and creates jobs");
    }
    if (b >= 0) close(b);

    /* named-pipe instances (2 fds each in the server): CLIENT_MAX_PIPES live
     * ones per client over any names, then an error; closing one's handle
     * (its notify fd) gives the quota back */
    {
        static int held[CLIENT_MAX_PIPES][2];
        int fds[2];
        b = connect_hello(sock);
        for (made = 0, i = 0; b >= 0 && i < CLIENT_MAX_PIPES + 5; i++) {
            snprintf(name, sizeof(name), "hp%d", i % 200);   /* names shared by several instances too */
            status = pipe_request(b, REQ_PIPE_CREATE, sizeof(struct pipe_create_request), name, 4, fds);
            if (status) break;
            if (made == CLIENT_MAX_PIPES) {     /* past the limit: the check below fails */
                close(fds[0]);
                close(fds[1]);
                made++;
                break;
            }
            held[made][0] = fds[0];
            held[made++][1] = fds[1];
        }
        check(made == CLIENT_MAX_PIPES && status == (int32_t)STATUS_QUOTA_EXCEEDED && !ping(b, 12, -1, NULL),
              "hostile: one client holds %d pipe instances, then STATUS_QUOTA_EXCEEDED (%x)", made,
              (unsigned int)status);
        status = pipe_request(a, REQ_PIPE_CREATE, sizeof(struct pipe_create_request), "hp-other", 1, fds);
        check(!status, "hostile: another client still creates pipes (%x)", (unsigned int)status);
        for (i = 0; i < 2; i++) if (fds[i] >= 0) close(fds[i]);
        if (made) {
            close(held[0][0]);
            close(held[0][1]);
            held[0][0] = held[0][1] = -1;
        }
        status = pipe_request(b, REQ_PIPE_CREATE, sizeof(struct pipe_create_request), "hp-again", 1, fds);
        check(!status, "hostile: a closed instance gives its quota back (%x)", (unsigned int)status);
        for (i = 0; i < 2; i++) if (fds[i] >= 0) close(fds[i]);
        for (i = 0; i < made && i < CLIENT_MAX_PIPES; i++) {
            if (held[i][0] >= 0) close(held[i][0]);
            if (held[i][1] >= 0) close(held[i][1]);
        }
        if (b >= 0) close(b);
    }

    close(a);
    check(!kill(server_pid, 0), "hostile: the server is alive after all of it");
    kill(server_pid, SIGTERM);
    check(wait_exit(server_pid, 5000) == 0, "hostile: and exits cleanly on SIGTERM");
    strcpy(prefix, saved_prefix);
}

int main(int argc, char **argv)
{
    char command[256];
    pid_t pid;

    if (argc != 2) {
        fprintf(stderr, "usage: test_server BUILD_DIR\n");
        return 2;
    }
    build = argv[1];
    if (!realpath(build, libdir)) { perror(build); return 1; }
    strcat(libdir, "/lib/winrun");
    strcpy(tmp, "/tmp/winrun-server-test-XXXXXX");
    if (!mkdtemp(tmp)) { perror("mkdtemp"); return 1; }
    snprintf(run_dir, sizeof(run_dir), "%s/run", tmp);
    snprintf(sock_dir, sizeof(sock_dir), "%s/winrun", run_dir);
    snprintf(prefix, sizeof(prefix), "%s/prefix", tmp);
    mkdir(run_dir, 0700);
    mkdir(prefix, 0755);
    setenv("XDG_RUNTIME_DIR", run_dir, 1);
    sprintf(command, "%d", GRACE_MS);
    setenv("WINRUN_SERVER_GRACE_MS", command, 1);
    signal(SIGPIPE, SIG_IGN);
    /* servers started detached are reparented to us, so we can reap them */
    prctl(PR_SET_CHILD_SUBREAPER, 1);

    test_protocol();
    test_client();
    test_objects();
    test_pipes();
    test_processes();
    test_hostile();
    test_hello();

    if ((pid = lock_pid(prefix)) > 0) kill(pid, SIGTERM);
    while (waitpid(-1, NULL, 0) > 0) {}   /* servers exit within their grace time */
    snprintf(command, sizeof(command), "rm -rf '%s'", tmp);
    if (system(command)) {}
    printf("%d passed, %d failed, %d skipped\n", passed, failed, skipped);
    return failed ? 1 : 0;
}
