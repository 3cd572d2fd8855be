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

#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

/* bumped on any change to a struct or a request's meaning */
#define SERVER_PROTOCOL_VERSION 1
/* The checksum of this header, passed by the Makefile: a server and a
 * client built from different headers (a server left running by another
 * build) refuse each other at HELLO instead of misreading requests. */
#ifndef SERVER_PROTOCOL_CHECKSUM
#define SERVER_PROTOCOL_CHECKSUM 0u
#endif
/* largest request or reply, headers included */
#define SERVER_MAX_MESSAGE 65536
/* most fds passed with one request or reply */
#define SERVER_MAX_FDS 8

/* Per-client limits (server/): what one client may make the server keep, so that a
 * leaking or hostile process cannot exhaust the server (its memory, its
 * fds, the 4096 slots of the shared arena) for the others. Past one, the
 * request fails with STATUS_QUOTA_EXCEEDED (ERROR_NOT_ENOUGH_QUOTA) and the
 * client is kept. Windows' own limit on handles per process (2^24) is far
 * higher; these are what a real program of today stays well below. */
#define CLIENT_MAX_OBJECTS  2048    /* distinct shared objects held: half the arena */
#define CLIENT_MAX_KEYS     65536   /* open registry key ids */
#define CLIENT_MAX_NOTIFY   1024    /* pending registry change notifications (an fd each) */
#define CLIENT_MAX_WATCHES  4096    /* processes whose exit code it awaits */
#define CLIENT_MAX_JOBS     256     /* named job objects held (3 fds each) */
#define CLIENT_MAX_PIPES    256     /* live named-pipe instances created (2 fds each) */

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
    REQ_REG_OPEN = REQ_REGISTRY_FIRST,
    REQ_REG_CLOSE,
    REQ_REG_DELETE_KEY,
    REQ_REG_SET_VALUE,
    REQ_REG_GET_VALUE,
    REQ_REG_DELETE_VALUE,
    REQ_REG_ENUM_KEY,
    REQ_REG_ENUM_VALUE,
    REQ_REG_QUERY_KEY,
    REQ_REG_FLUSH,
    REQ_REG_NOTIFY,
    REQ_REG_SAVE_KEY,
    REQ_REG_IMPORT,
    REQ_REG_EXPORT,
    REQ_REG_MERGE,
    REQ_REGISTRY_LAST = 47,

    REQ_OBJECT_FIRST = 48,      /* named and shared objects: server/object.c */
    REQ_OBJ_ARENA = REQ_OBJECT_FIRST,
    REQ_OBJ_CREATE,
    REQ_OBJ_CLOSE,
    REQ_OBJ_GIFT,
    REQ_OBJ_CLAIM,
    REQ_OBJ_DUP_PUT,
    REQ_OBJ_DUP_TAKE,
    REQ_OBJ_DUP_ASK,
    REQ_OBJ_DUP_PENDING,
    REQ_OBJ_DUP_ANSWER,
    REQ_OBJ_DUP_RESULT,
    REQ_OBJ_DUP_CLOSED,
    REQ_OBJECT_LAST = 79,

    REQ_PROCESS_FIRST = 80,     /* processes, handles, pipes, jobs: server/process.c */
    REQ_PIPE_CREATE = REQ_PROCESS_FIRST,
    REQ_PIPE_OPEN,
    REQ_PIPE_LISTEN,
    REQ_PIPE_DISCONNECT,
    REQ_PIPE_QUERY,
    REQ_PROCESS_EXIT,
    REQ_PROCESS_EXIT_CODE,
    REQ_PROCESS_WATCH,
    REQ_PROCESS_UNWATCH,
    REQ_PIPE_INFO,
    REQ_JOB_CREATE,
    REQ_JOB_CLOSE,
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
    uint32_t checksum;  /* SERVER_PROTOCOL_CHECKSUM */
    uint32_t reserved;
};
struct hello_reply {
    struct reply_header header;
    uint32_t version;   /* the server's SERVER_PROTOCOL_VERSION */
    int32_t  server_pid;
    uint32_t checksum;  /* the server's SERVER_PROTOCOL_CHECKSUM */
    uint32_t reserved;
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

/* ---- the registry (server/registry_request.c) ----
 * The server owns the hives of its prefix (docs/registry.md): it loads
 * them at the first registry request, holding PREFIX/registry.lock from
 * then until it exits, and saves a changed hive within a second. Keys are
 * opened by root and path, then named by a per-connection key id (closed
 * by REQ_REG_CLOSE or when the connection goes). Names are UTF-16 (lengths
 * in bytes); results are the NTSTATUS NtCreateKey and friends return. */
enum reg_root_id {
    REG_ROOT_MACHINE = 1,       /* \Registry\Machine: PREFIX/system.reg */
    REG_ROOT_USER,              /* \Registry\User\<the user's SID>: PREFIX/user.reg */
    REG_ROOT_DEFAULT_USER,      /* \Registry\User\.Default: PREFIX/userdef.reg */
};
#define REG_OPEN_CREATE   1     /* create missing keys (NtCreateKey) */
#define REG_OPEN_VOLATILE 2     /* REG_OPTION_VOLATILE for the keys created */

/* REQ_REG_OPEN: the path (below the root, '\'-separated) follows. The
 * first reply after the hives were loaded from a corrupt file carries a
 * one-line notice (UTF-8, NOTICE_LENGTH bytes after the fixed part) that
 * the client prints to stderr. */
struct reg_open_request {
    struct request_header header;
    uint32_t root;              /* enum reg_root_id */
    uint32_t flags;             /* REG_OPEN_* */
};
struct reg_open_reply {
    struct reply_header header;
    uint32_t key;               /* the new key id */
    uint32_t created;           /* REG_OPEN_CREATE: the last component was new */
    uint32_t notice_length;
    uint32_t reserved;
};

/* REQ_REG_CLOSE, REQ_REG_DELETE_KEY (the key itself; STATUS_CANNOT_DELETE
 * while it has subkeys), REQ_REG_FLUSH (saves the changed hives now),
 * REQ_REG_QUERY_KEY, REQ_REG_ENUM_KEY (the INDEXth subkey; reply: struct
 * reg_key_reply), REQ_REG_ENUM_VALUE (the INDEXth value; reply: struct
 * reg_value_reply), REQ_REG_SAVE_KEY (writes the key's tree as REGEDIT4
 * text to the fd sent), REQ_REG_MERGE (KEY becomes the merged view
 * HKEY_CLASSES_ROOT shows: key id INDEX, the user's classes, over it for
 * queries, enumeration and key information; writes still go to KEY). */
struct reg_key_request {
    struct request_header header;
    uint32_t key;
    uint32_t index;
};
/* What NtQueryKey reports of a key (byte lengths), its name after. */
struct reg_key_reply {
    struct reply_header header;
    uint32_t subkeys, max_subkey_name;
    uint32_t values, max_value_name, max_value_data;
    uint32_t name_length;
    uint64_t last_write;        /* FILETIME */
};

/* REQ_REG_SET_VALUE: the name, then the data (the rest of the request),
 * or with REG_VALUE_IN_FD the data is the whole of the fd sent (a memfd:
 * for data that does not fit in a message, up to REG_MAX_VALUE_DATA);
 * REQ_REG_GET_VALUE, REQ_REG_DELETE_VALUE: the name. */
#define REG_VALUE_IN_FD 1
#define REG_MAX_VALUE_DATA (256u << 20)
struct reg_value_request {
    struct request_header header;
    uint32_t key;
    uint32_t type;              /* REQ_REG_SET_VALUE */
    uint32_t name_length;
    uint32_t flags;             /* REG_VALUE_IN_FD */
};
/* The value: its name (REQ_REG_ENUM_VALUE only), then its data. Data too
 * big for one message: written to the fd sent with the request (a memfd,
 * from offset 0; IN_FD is then REG_VALUE_IN_FD), or without one
 * STATUS_BUFFER_OVERFLOW with DATA_SIZE set and no data (the client asks
 * again with an fd). */
struct reg_value_reply {
    struct reply_header header;
    uint32_t type;
    uint32_t data_size;
    uint32_t name_length;
    uint32_t in_fd;
};

/* REQ_REG_NOTIFY: the fd sent (an eventfd or a pipe's write end) gets an
 * 8-byte 1 once a change FILTER (REG_NOTIFY_CHANGE_*) names happens to the
 * key (or, with SUBTREE, below it), or the key is deleted; one shot. The
 * server never waits: the client waits on its end. */
struct reg_notify_request {
    struct request_header header;
    uint32_t key;
    uint32_t filter;
    uint32_t subtree;
    uint32_t reserved;
};

/* For tools/winrun-reg while a server owns the hives. REQ_REG_IMPORT: the
 * fd sent is a .reg file the server reads and applies (all or nothing).
 * REQ_REG_EXPORT: the key ROOT\path (UTF-16 after the fixed part) goes
 * as REGEDIT4 text, headed by the REGEDIT4 line, to the fd sent (a
 * regular file). Errors come with a reason (UTF-8 after the fixed part). */
struct reg_text_request {
    struct request_header header;
    uint32_t root;              /* REQ_REG_EXPORT */
    uint32_t reserved;
};
struct reg_text_reply {
    struct reply_header header;
    uint32_t line;              /* of the import text, when about a line */
    uint32_t reason_length;
};

/* ---- named pipes (server/process.c) ----
 * The server only maps names to instances: each instance is a Unix socket
 * pair (SOCK_SEQPACKET for message pipes, SOCK_STREAM for byte pipes) whose
 * one end the creator holds and whose other end the server gives to the
 * first client that opens the name, so data never passes through it. The
 * creator also holds the read end of a "notify" pipe: the server writes a
 * byte to it when a client takes the instance (ConnectNamedPipe waits for
 * it), and sees the instance gone when that read end is closed everywhere.
 * Names (after "\\.\pipe\") travel upper-cased, as UTF-16, after the
 * fixed part. */
#define PIPE_FLAG_MESSAGE 1     /* PIPE_TYPE_MESSAGE: a SOCK_SEQPACKET pair */

/* REQ_PIPE_CREATE: a new instance; reply fds: the creator's end, the notify
 * read end. STATUS_INSTANCE_NOT_AVAILABLE when MAX_INSTANCES are there,
 * STATUS_ACCESS_DENIED for FIRST_INSTANCE of an existing name or a type
 * other than the existing instances'. */
struct pipe_create_request {
    struct request_header header;
    uint32_t flags;             /* PIPE_FLAG_* */
    uint32_t max_instances;     /* 1..255 */
    uint32_t first_instance;    /* FILE_FLAG_FIRST_PIPE_INSTANCE */
    uint32_t reserved;
};
struct pipe_reply {
    struct reply_header header;
    uint32_t instance;          /* REQ_PIPE_CREATE, REQ_PIPE_OPEN: the instance's id */
    uint32_t flags;             /* PIPE_FLAG_* of the pipe */
    uint32_t max_instances;
    uint32_t instances;
};
/* REQ_PIPE_OPEN: a client end and the read end of its "disconnected"
 * pipe (reply fds: a byte there once the creator called
 * DisconnectNamedPipe; end of file without one when the instance went);
 * STATUS_OBJECT_NAME_NOT_FOUND
 * when no instance has the name, STATUS_PIPE_NOT_AVAILABLE when none is
 * listening. REQ_PIPE_QUERY: the same answer, taking nothing (WaitNamedPipe
 * polls it). Both use struct pipe_reply. */
struct pipe_name_request {
    struct request_header header;
};
/* REQ_PIPE_LISTEN (ConnectNamedPipe: clients may take it again) and
 * REQ_PIPE_DISCONNECT (the reply fd is a fresh creator's end for the
 * instance; the old connection's client finds a byte in its
 * "disconnected" pipe). REQ_PIPE_INFO: the pipe's struct pipe_reply for
 * an instance (GetNamedPipeHandleState); STATUS_PIPE_BROKEN when the
 * instance is gone. A client end learns its instance from REQ_PIPE_OPEN. */
struct pipe_instance_request {
    struct request_header header;
    uint32_t instance;
    uint32_t reserved;
};

/* ---- named and shared objects (server/object.c) ----
 * Named events, mutants and semaphores keep their state in a slot of one
 * arena per server: a memfd every client maps MAP_SHARED (REQ_OBJ_ARENA
 * hands it out). A slot's robust, process-shared mutex guards its fields;
 * SEQ is the futex waiters sleep on: whoever changes the state bumps it and
 * wakes it (non-private futex), so a signal never goes through the server.
 * Named sections are an fd the server keeps and hands to each opener.
 * Named waitable timers are sync objects too (SHARED_TIMER). */
#define SHARED_ARENA_SLOTS 4096
enum shared_type { SHARED_EVENT = 1, SHARED_MUTANT, SHARED_SEMAPHORE, SHARED_SECTION, SHARED_TIMER };

struct shared_sync {
    pthread_mutex_t lock;       /* robust, process-shared; guards the rest */
    uint32_t seq;               /* futex: bumped by every change that may end a wait */
    uint32_t type;              /* enum shared_type, 0 for a free slot */
    int32_t  state;             /* event: 0/1; semaphore: count; mutant: recursion count */
    int32_t  max;               /* semaphore's maximum */
    uint32_t manual_reset;      /* event */
    uint32_t abandoned;         /* mutant: its owner died holding it */
    int32_t  owner_pid;         /* mutant: Unix pid of the owner, 0 when free */
    uint32_t owner_tid;         /* mutant: Windows thread id of the owner */
    /* timer: STATE is its signalled flag; it also counts as signalled from
     * DUE (CLOCK_MONOTONIC, 100 ns; 0 when not set) on, which whoever tests
     * it first turns into STATE (then DUE moves on by PERIOD, or is 0):
     * no process keeps the clock, waiters sleep until DUE themselves. */
    int64_t due;
    int64_t period;             /* timer: 100 ns, 0 for one-shot */
} __attribute__((aligned(64)));

/* REQ_OBJ_ARENA: the reply carries the arena's fd. */
struct obj_arena_request {
    struct request_header header;
};

/* REQ_OBJ_CREATE: the name (UTF-16, as NtCreate* got it) follows the fixed
 * part. Creates the object, or opens an existing one of the same type
 * (STATUS_OBJECT_NAME_EXISTS under OBJ_CREATE_OPENIF, else
 * STATUS_OBJECT_NAME_COLLISION); OBJ_CREATE_OPEN only opens
 * (STATUS_OBJECT_NAME_NOT_FOUND). Another type's name:
 * STATUS_OBJECT_TYPE_MISMATCH. A new section comes with its fd; the reply
 * of a section carries the section's fd. Each success is one reference of
 * the client, dropped by REQ_OBJ_CLOSE or when the client goes. Without a
 * name, a new unnamed sync object: an in-process one that must cross a
 * process boundary (the client then writes its state into the slot). */
#define OBJ_CREATE_OPEN             1
#define OBJ_CREATE_OPENIF           2
#define OBJ_CREATE_CASE_INSENSITIVE 4
struct obj_create_request {
    struct request_header header;
    uint32_t type;              /* enum shared_type */
    uint32_t flags;             /* OBJ_CREATE_* */
    int32_t  state;             /* initial state (a mutant's: 1 owned by OWNER_TID) */
    int32_t  max;
    uint32_t manual_reset;
    uint32_t owner_tid;
    uint64_t size;              /* section */
    uint32_t protect, sec_flags;
};
struct obj_create_reply {
    struct reply_header header;
    uint32_t id;                /* for REQ_OBJ_CLOSE */
    uint32_t slot;              /* sync objects: the arena slot */
    uint64_t size;              /* sections: as created */
    uint32_t protect, sec_flags;
    uint32_t type;              /* enum shared_type */
    uint32_t reserved;
};

/* REQ_OBJ_GIFT and REQ_OBJ_CLAIM take a struct obj_close_request.
 * REQ_OBJ_GIFT: a reference to ID (one of the client's objects) that no
 * client holds yet, for a child to inherit: the reply's token names it.
 * REQ_OBJ_CLAIM (the token in id): the claiming client's reference now,
 * answered as REQ_OBJ_CREATE is. Unclaimed gifts go after a minute. */
struct obj_gift_reply {
    struct reply_header header;
    uint32_t token;
    uint32_t reserved;
};

/* REQ_OBJ_CLOSE: drops one of the client's references to ID. */
struct obj_close_request {
    struct request_header header;
    uint32_t id;
    uint32_t reserved;
};

/* DuplicateHandle into another process. REQ_OBJ_DUP_PUT (from the source):
 * the object for TARGET_PID, one of the client's shared objects (ID) or an
 * fd-backed one (the fd sent); the reply's VALUE is the handle value the
 * target will have, one of DUP_HANDLE_COUNT values from DUP_HANDLE_FIRST
 * (step 4) that the target's handle table never hands out itself. The
 * target's first use of that value asks REQ_OBJ_DUP_TAKE (VALUE; the
 * reply: the object as REQ_OBJ_CLAIM answers it, or the fd, and what the
 * handle was given). Entries for a process that is gone are dropped.
 * A taken value stays in use until the target closes it and says so
 * (REQ_OBJ_DUP_CLOSED, VALUE): only then is it handed out again. */
#define DUP_HANDLE_FIRST 0x20000
#define DUP_HANDLE_COUNT 4096
enum dup_kind { DUP_SHARED = 1, DUP_FILE, DUP_SECTION };
struct obj_dup_request {
    struct request_header header;
    int32_t  target_pid;        /* PUT */
    uint32_t value;             /* TAKE */
    uint32_t kind;              /* enum dup_kind */
    uint32_t id;                /* DUP_SHARED */
    uint32_t access, options;   /* DUP_FILE: the file object's */
    uint32_t inherit;           /* HANDLE_FLAG_INHERIT for the new handle */
    uint32_t protect, sec_flags;    /* DUP_SECTION */
    uint32_t reserved;
    uint64_t size;              /* DUP_SECTION */
};
struct obj_dup_reply {
    struct obj_create_reply object; /* DUP_SHARED (TAKE) */
    uint32_t value;             /* PUT */
    uint32_t kind;              /* TAKE: as put */
    uint32_t access, options, inherit, protect, sec_flags, reserved;
    uint64_t size;
};

/* ---- named job objects (server/process.c) ----
 * A named job is kept by its members' processes (ntdll/job.c); the server
 * only maps the name (upper-cased NT name, after the struct) to what they
 * share: the memfd of its state, and both ends of the pipe its keeper
 * watches (every holder keeps a write end). REQ_JOB_CREATE sends the
 * creator's three fds (none with open_only) and answers with the job's
 * (the same, or those of the existing job: STATUS_OBJECT_NAME_EXISTS;
 * STATUS_OBJECT_NAME_NOT_FOUND for open_only of a missing name) and an id
 * counted per client; REQ_JOB_CLOSE drops one reference, answering
 * last = 1 when no client holds the job any more (the name is then free).
 * A client's going drops its references. */
struct job_create_request {
    struct request_header header;
    uint32_t open_only;
    uint32_t reserved;
};
struct job_close_request {
    struct request_header header;
    uint32_t id;
    uint32_t reserved;
};
struct job_reply {
    struct reply_header header;
    uint32_t id;
    uint32_t last;              /* REQ_JOB_CLOSE: that was the last reference */
};

/* DuplicateHandle out of another process, which has to hand the object
 * over itself. REQ_OBJ_DUP_ASK (the asker): SOURCE_PID's handle VALUE for
 * TARGET_PID (0: only DUPLICATE_CLOSE_SOURCE), with OPTIONS and INHERIT;
 * the reply's TOKEN names the ask. The asker then sends the source
 * SIGURG (ignored by default, so a process without winrun's handler
 * loses nothing). The source asks REQ_OBJ_DUP_PENDING for its next ask
 * (STATUS_NO_MORE_ENTRIES: none), gives the object to the target with
 * REQ_OBJ_DUP_PUT and says REQ_OBJ_DUP_ANSWER (TOKEN, STATUS, VALUE: the
 * target's value). REQ_OBJ_DUP_RESULT (TOKEN): ANSWERED 0 until then,
 * else STATUS and VALUE, and the ask is gone. Asks of a source that died,
 * or older than a minute, go. */
struct obj_dup_ask {
    struct request_header header;
    int32_t  source_pid, target_pid;
    uint32_t value, options, inherit, token;
    uint32_t status, answered;
};
struct obj_dup_ask_reply {
    struct reply_header header;
    int32_t  source_pid, target_pid;
    uint32_t value, options, inherit, token;
    uint32_t status, answered;
};

/* ---- exit codes (server/process.c) ----
 * A process is named by its pid and its start time (field 22 of
 * /proc/PID/stat), against pid reuse. A process that opened another
 * without being its parent (OpenProcess) says it is interested
 * (REQ_PROCESS_WATCH, undone by REQ_PROCESS_UNWATCH or its going); a
 * winrun process ending while a server runs reports its full exit code
 * (REQ_PROCESS_EXIT, pid 0: itself), as does one that terminated another
 * (pid: the target); the opener asks for it once its pidfd says the
 * process ended (REQ_PROCESS_EXIT_CODE: STATUS_NOT_FOUND when none was
 * reported). Codes are kept while someone is interested, and the last
 * few hundred others (a report may come before the interest). */
struct process_exit_request {
    struct request_header header;
    uint32_t code;
    int32_t pid;                /* 0: the client itself */
    uint64_t start_time;        /* its start time, always given */
};
struct process_exit_reply {
    struct reply_header header;
    uint32_t code;
    uint32_t reserved;
};

#endif
