/*
 * The winrun-server protocol: the one header the server and ntdll share.
 *
 * A client talks to the server over a Unix stream socket, one request at a
 * time per connection: it sends a request (a struct request_header, the
 * typed fields after it, then any variable data, all counted in
 * header.size) and reads one reply (struct reply_header, typed fields,
 * variable data, counted in its size). File descriptors travel with
 * SCM_RIGHTS, attached to the first byte of the message that counts them
 * (header.fd_count). Host byte order; both ends are the same build.
 *
 * The first request of every connection is HELLO; any other request first,
 * a size outside a request's bounds, an unknown type or more than
 * SERVER_MAX_FDS fds gets the client dropped (the server goes on).
 *
 * Adding a request: a value in enum request_type (before REQ_COUNT), its
 * request and reply structs here, a handler in the server (server/NAME.c) and
 * one line in the table of server/request.c saying the fixed size and
 * whether variable data may follow.
 */
#ifndef WINRUN_PROTOCOL_H
#define WINRUN_PROTOCOL_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

/* bumped on any change to a struct or a request's meaning */
#define SERVER_PROTOCOL_VERSION 1
/* largest request or reply, headers included */
#define SERVER_MAX_MESSAGE 65536
/* most fds passed with one request or reply */
#define SERVER_MAX_FDS 8

/* Where the server of a prefix listens: in a per-user directory of mode
 * 0700 ($XDG_RUNTIME_DIR/winrun, else /tmp/winrun-UID), a socket named
 * after the prefix's device and inode, beside the lock file held by the
 * server that serves it (which holds its pid, as text). Both ends refuse a
 * directory that is not theirs or not 0700. Returns the length snprintf
 * would write: >= SIZE means too long. */
static inline int server_dir_path(char *buf, size_t size, unsigned int uid)
{
    const char *xdg = getenv("XDG_RUNTIME_DIR");
    if (xdg && xdg[0] == '/') return snprintf(buf, size, "%s/winrun", xdg);
    return snprintf(buf, size, "/tmp/winrun-%u", uid);
}
#define SERVER_SOCKET_NAME "server-%llx-%llx"       /* st_dev, st_ino of the prefix */
#define SERVER_LOCK_NAME   "server-%llx-%llx.lock"

/* Each subsystem's requests take values from its own range, so that the
 * table stays stable as they grow. */
enum request_type {
    REQ_HELLO = 1,      /* handshake, first on every connection */
    REQ_PING,           /* no-op: echoes a value and any fds, for tests */

    REQ_REGISTRY_FIRST = 16,    /* the registry: server/registry_request.c */
    REQ_REGISTRY_LAST = 47,

    REQ_OBJECT_FIRST = 48,      /* named and shared objects: server/object.c */
    REQ_OBJECT_LAST = 79,

    REQ_PROCESS_FIRST = 80,     /* processes, handles, pipes, jobs: server/process.c */
    REQ_PROCESS_LAST = 111,

    REQ_COUNT
};

struct request_header {
    uint32_t size;      /* of the whole request, this header included */
    uint16_t type;      /* enum request_type */
    uint16_t fd_count;  /* fds sent with this request */
    uint32_t id;        /* sequence number, echoed by the reply */
    uint32_t reserved;  /* 0 */
};

struct reply_header {
    uint32_t size;      /* of the whole reply, this header included */
    int32_t  status;    /* an NTSTATUS */
    uint32_t id;        /* the request's id */
    uint16_t fd_count;  /* fds sent with this reply */
    uint16_t reserved;
};

/* REQ_HELLO: the prefix's absolute Unix path follows (not NUL-terminated,
 * up to header.size); the server checks that it is the prefix it serves. */
struct hello_request {
    struct request_header header;
    uint32_t version;   /* SERVER_PROTOCOL_VERSION */
    int32_t  pid;       /* the client's Unix pid */
};
struct hello_reply {
    struct reply_header header;
    uint32_t version;   /* the server's SERVER_PROTOCOL_VERSION */
    int32_t  server_pid;
};

/* REQ_PING: the reply carries VALUE and a duplicate of every fd sent. */
struct ping_request {
    struct request_header header;
    uint32_t value;
    uint32_t reserved;
};
struct ping_reply {
    struct reply_header header;
    uint32_t value;
    uint32_t reserved;
};

#endif
