/*
 * Fuzz target: the server's request decoder (server/client.c framing and
 * size checks, server/request.c's table, every handler behind it). The
 * real server sources run in-process on a prefix of their own under
 * /tmp; each input is one client connection: its bytes are sent, the
 * connection closed, and the loop runs until the client is gone. With the
 * first byte odd, a valid HELLO goes first so that the rest reaches the
 * handlers (no fuzzer guesses the prefix path the HELLO must name).
 *
 * main.c (sockets, lock, signals) is not linked: this file gives what it
 * defines, `server` and server_log.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>
#include "../../server/server.h"
#include "../../server/loop.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

struct server_state server;

void server_log(const char *format, ...)
{
    (void)format;    /* every dropped client logs: silence */
}

static struct loop *loop;
static int listen_fd = -1;
static char prefix[64];

static void stop(struct loop *l)
{
    loop_stop(l);
}

static void listen_event(struct loop *l, int fd, uint32_t events, void *data)
{
    (void)events; (void)data;
    client_accept(l, fd);
}

static void cleanup(void)
{
    char cmd[100];
    snprintf(cmd, sizeof(cmd), "rm -rf %s", prefix);
    if (system(cmd)) {}
}

static int setup(void)
{
    struct sockaddr_un addr = { .sun_family = AF_UNIX };
    struct stat st;

    snprintf(prefix, sizeof(prefix), "/tmp/winrun-fuzz-server.XXXXXX");
    if (!mkdtemp(prefix) || stat(prefix, &st)) return -1;
    atexit(cleanup);
    server.prefix_dev = st.st_dev;
    server.prefix_ino = st.st_ino;
    signal(SIGPIPE, SIG_IGN);
    snprintf(addr.sun_path, sizeof(addr.sun_path), "%s/socket", prefix);
    listen_fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    if (listen_fd < 0 || bind(listen_fd, (struct sockaddr *)&addr, sizeof(addr)) || listen(listen_fd, 16)) return -1;
    if (!(loop = loop_create()) || loop_add(loop, listen_fd, EPOLLIN, listen_event, NULL)) return -1;
    client_set_idle_callback(stop);
    registry_init(loop, prefix);
    return 0;
}

/* Sends everything, reading (and dropping) replies meanwhile would need a
 * second thread: inputs are capped below the socket buffer instead. */
static int send_all(int fd, const void *data, size_t size)
{
    while (size) {
        ssize_t n = write(fd, data, size);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return -1;
        data = (const char *)data + n;
        size -= n;
    }
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static int ready = -1;
    struct sockaddr_un addr = { .sun_family = AF_UNIX };
    int fd, sndbuf = 1 << 20;

    if (ready < 0) ready = setup() ? 0 : 1;
    if (!ready) abort();
    if (!size || size > 200000) return 0;
    snprintf(addr.sun_path, sizeof(addr.sun_path), "%s/socket", prefix);
    fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    setsockopt(fd, SOL_SOCKET, SO_SNDBUF, &sndbuf, sizeof(sndbuf));
    if (fd < 0 || connect(fd, (struct sockaddr *)&addr, sizeof(addr))) abort();
    if (data[0] & 1) {
        size_t len = strlen(prefix);
        struct {
            struct hello_request request;
            char path[sizeof(prefix)];
        } hello;
        memset(&hello, 0, sizeof(hello));
        hello.request.header.size = sizeof(hello.request) + len;
        hello.request.header.type = REQ_HELLO;
        hello.request.version = SERVER_PROTOCOL_VERSION;
        hello.request.pid = getpid();
        hello.request.checksum = SERVER_PROTOCOL_CHECKSUM;
        memcpy(hello.path, prefix, len);
        send_all(fd, &hello, hello.request.header.size);
    }
    send_all(fd, data + 1, size - 1);
    shutdown(fd, SHUT_WR);
    /* the server drops the client at end of input (or earlier, on garbage);
     * a handler that keeps it waiting is cut short after a second */
    loop_set_deadline(loop, loop_now_ms() + 1000, stop);
    loop_run(loop);
    close(fd);
    return 0;
}
