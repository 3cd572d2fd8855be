/*
 * Named objects of the prefix: the namespace (names as ntdll passes them,
 * "\Sessions\1\BaseNamedObjects\x" or "\BaseNamedObjects\x"), the arena of
 * shared sync object state (include/winrun/protocol.h) and the fds of named
 * sections. Each object counts its references per client; the last one
 * gone frees its name and slot.
 *
 * The server only creates, opens and forgets objects: signals and waits
 * happen in the clients, on the arena's futexes. When a client goes, the
 * mutants its threads own become abandoned and their waiters are woken.
 * Unnamed sync objects come here only when a process shares one (a child
 * inherits it, or DuplicateHandle gives it away), and so does the box of
 * handles duplicated into other processes.
 *
 * Objects and a client's references are linked lists searched linearly:
 * fine for the tens of named objects programs make; hash them if that
 * changes.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <linux/futex.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>
#include "server.h"

#define ARENA_SIZE (SHARED_ARENA_SLOTS * sizeof(struct shared_sync))

struct named_object {
    struct named_object *next;
    uint32_t id;
    uint32_t type;              /* enum shared_type */
    uint32_t refs;              /* over all clients */
    int slot;                   /* sync objects, else -1 */
    int fd;                     /* sections, else -1 */
    uint64_t size;
    uint32_t protect, sec_flags;
    uint32_t name_length;       /* in bytes */
    unsigned char name[];       /* UTF-16 */
};

struct object_ref {
    struct object_ref *next;
    struct named_object *obj;
    uint32_t count;
};

struct object_client {
    struct object_ref *refs;
    unsigned int count;         /* of REFS: at most CLIENT_MAX_OBJECTS */
};

/* A reference made for a child to inherit, until it claims it. */
struct gift {
    struct gift *next;
    uint32_t token;
    struct named_object *obj;
    struct timespec made;
};
#define GIFT_LIFETIME_S 60

static struct named_object *objects;
static struct gift *gifts;
static uint32_t last_token;
static uint32_t last_id;
static int arena_fd = -1;
static struct shared_sync *arena;
static unsigned char slot_used[SHARED_ARENA_SLOTS];

static int arena_open(void)
{
    void *mem;

    if (arena) return 0;
    if ((arena_fd = memfd_create("winrun-arena", MFD_CLOEXEC)) < 0) return -1;
    if (ftruncate(arena_fd, ARENA_SIZE) ||
        (mem = mmap(NULL, ARENA_SIZE, PROT_READ | PROT_WRITE, MAP_SHARED, arena_fd, 0)) == MAP_FAILED) {
        close(arena_fd);
        arena_fd = -1;
        return -1;
    }
    arena = mem;
    return 0;
}

static void slot_lock(struct shared_sync *s)
{
    /* a client that died inside a slot's few instructions left them whole:
     * each change is one store before the unlock */
    if (pthread_mutex_lock(&s->lock) == EOWNERDEAD) pthread_mutex_consistent(&s->lock);
}

static void slot_wake(struct shared_sync *s)
{
    __atomic_add_fetch(&s->seq, 1, __ATOMIC_RELEASE);
    syscall(SYS_futex, &s->seq, FUTEX_WAKE, INT_MAX, NULL, NULL, 0);
}

static int slot_alloc(void)
{
    pthread_mutexattr_t attr;

    if (arena_open()) return -1;
    for (int i = 0; i < SHARED_ARENA_SLOTS; i++) {
        if (slot_used[i]) continue;
        slot_used[i] = 1;
        memset(&arena[i], 0, sizeof(arena[i]));
        pthread_mutexattr_init(&attr);
        pthread_mutexattr_setpshared(&attr, PTHREAD_PROCESS_SHARED);
        pthread_mutexattr_setrobust(&attr, PTHREAD_MUTEX_ROBUST);
        pthread_mutex_init(&arena[i].lock, &attr);
        pthread_mutexattr_destroy(&attr);
        return i;
    }
    return -1;
}

static int names_equal(const unsigned char *a, const unsigned char *b, uint32_t length, int case_insensitive)
{
    for (uint32_t i = 0; i + 1 < length; i += 2) {
        unsigned int x = a[i] | a[i + 1] << 8, y = b[i] | b[i + 1] << 8;
        if (case_insensitive) {
            if (x >= 'a' && x <= 'z') x -= 32;
            if (y >= 'a' && y <= 'z') y -= 32;
        }
        if (x != y) return 0;
    }
    return 1;
}

static struct named_object *lookup(const unsigned char *name, uint32_t length, int case_insensitive)
{
    for (struct named_object *obj = objects; obj; obj = obj->next)
        if (obj->name_length == length && names_equal(obj->name, name, length, case_insensitive)) return obj;
    return NULL;
}

static void object_free(struct named_object *obj)
{
    struct named_object **p;

    for (p = &objects; *p; p = &(*p)->next)
        if (*p == obj) {
            *p = obj->next;
            break;
        }
    if (obj->slot >= 0) slot_used[obj->slot] = 0;
    if (obj->fd >= 0) close(obj->fd);
    free(obj);
}

static NTSTATUS add_ref(struct client *client, struct named_object *obj)
{
    struct object_ref *ref;

    if (!client->objects && !(client->objects = calloc(1, sizeof(*client->objects)))) return STATUS_NO_MEMORY;
    for (ref = client->objects->refs; ref; ref = ref->next)
        if (ref->obj == obj) break;
    if (!ref) {
        if (client->objects->count >= CLIENT_MAX_OBJECTS) return STATUS_QUOTA_EXCEEDED;
        if (!(ref = calloc(1, sizeof(*ref)))) return STATUS_NO_MEMORY;
        ref->obj = obj;
        ref->next = client->objects->refs;
        client->objects->refs = ref;
        client->objects->count++;
    }
    ref->count++;
    obj->refs++;
    return STATUS_SUCCESS;
}

/* A new object of the request's type and initial state (not yet named). */
static struct named_object *object_new(const struct obj_create_request *request, struct client *client,
                                       uint32_t length, int fd)
{
    struct named_object *obj = calloc(1, sizeof(*obj) + length);
    struct shared_sync *s;

    if (!obj) return NULL;
    obj->type = request->type;
    obj->slot = obj->fd = -1;
    if (request->type == SHARED_SECTION) {
        obj->fd = fd;
        obj->size = request->size;
        obj->protect = request->protect;
        obj->sec_flags = request->sec_flags;
        return obj;
    }
    if ((obj->slot = slot_alloc()) < 0) {
        free(obj);
        return NULL;
    }
    s = &arena[obj->slot];
    s->state = request->state;
    s->max = request->max;
    s->manual_reset = !!request->manual_reset;
    if (request->type == SHARED_MUTANT && request->state) {
        s->state = request->state;
        s->owner_pid = client->pid;
        s->owner_tid = request->owner_tid;
    }
    __atomic_store_n(&s->type, request->type, __ATOMIC_RELEASE);
    return obj;
}

static void fill_reply(struct obj_create_reply *reply, const struct named_object *obj)
{
    reply->id = obj->id;
    reply->slot = obj->slot < 0 ? 0 : obj->slot;
    reply->size = obj->size;
    reply->protect = obj->protect;
    reply->sec_flags = obj->sec_flags;
    reply->type = obj->type;
}

NTSTATUS handle_obj_arena(struct request_context *context)
{
    int fd;

    if (arena_open() || (fd = fcntl(arena_fd, F_DUPFD_CLOEXEC, 0)) < 0) return STATUS_NO_MEMORY;
    context->reply_fds[0] = fd;
    context->reply_fd_count = 1;
    return STATUS_SUCCESS;
}

/* The object directories that exist: \BaseNamedObjects and our session's,
 * \Sessions\1\BaseNamedObjects. A name in another session's directory
 * is STATUS_OBJECT_PATH_NOT_FOUND, as Windows says for a session that
 * does not exist. */
static int directory_exists(const unsigned char *name, uint32_t length)
{
    static const char sessions[] = "\\sessions\\";
    uint32_t units = length / 2, prefix = sizeof(sessions) - 1, i;

    if (units < prefix) return 1;
    for (i = 0; i < prefix; i++) {
        unsigned int c = name[2 * i] | name[2 * i + 1] << 8;
        if (c >= 'A' && c <= 'Z') c += 'a' - 'A';
        if (c != (unsigned char)sessions[i]) return 1;
    }
    return units > prefix + 1 && name[2 * prefix] == '1' && !name[2 * prefix + 1] &&
           name[2 * prefix + 2] == '\\' && !name[2 * prefix + 3];
}

NTSTATUS handle_obj_create(struct request_context *context)
{
    const struct obj_create_request *request = context->request;
    struct obj_create_reply *reply = context->reply;
    const unsigned char *name = (const unsigned char *)(request + 1);
    uint32_t length = context->size - sizeof(*request);
    struct named_object *obj;
    NTSTATUS status = STATUS_SUCCESS;
    int fd = -1;

    context->reply_size = sizeof(*reply);
    if (length % 2 || request->type < SHARED_EVENT || request->type > SHARED_TIMER) return STATUS_INVALID_PARAMETER;
    if (!length && (request->type == SHARED_SECTION || request->flags & OBJ_CREATE_OPEN))
        return STATUS_INVALID_PARAMETER;    /* unnamed: a sync object to promote (length 0 never matches) */
    if (length && !directory_exists(name, length)) return STATUS_OBJECT_PATH_NOT_FOUND;
    if (length && (obj = lookup(name, length, request->flags & OBJ_CREATE_CASE_INSENSITIVE))) {
        if (obj->type != request->type) return STATUS_OBJECT_TYPE_MISMATCH;
        if (!(request->flags & (OBJ_CREATE_OPEN | OBJ_CREATE_OPENIF))) return STATUS_OBJECT_NAME_COLLISION;
        if (!(request->flags & OBJ_CREATE_OPEN)) status = STATUS_OBJECT_NAME_EXISTS;
    } else {
        if (request->flags & OBJ_CREATE_OPEN) return STATUS_OBJECT_NAME_NOT_FOUND;
        if (request->type == SHARED_SECTION) {
            if (context->fd_count != 1) return STATUS_INVALID_PARAMETER;
            fd = context->fds[0];
        }
        if (!(obj = object_new(request, context->client, length, fd))) return STATUS_NO_MEMORY;
        if (fd >= 0) context->fds[0] = -1;      /* taken */
        obj->id = ++last_id;
        obj->name_length = length;
        memcpy(obj->name, name, length);
        obj->next = objects;
        objects = obj;
    }
    if (obj->fd >= 0) {
        if ((fd = fcntl(obj->fd, F_DUPFD_CLOEXEC, 0)) < 0) status = STATUS_NO_MEMORY;
        else {
            context->reply_fds[0] = fd;
            context->reply_fd_count = 1;
        }
    }
    if (NT_SUCCESS(status)) {
        NTSTATUS added = add_ref(context->client, obj);
        if (added) status = added;
    }
    if (!NT_SUCCESS(status)) {
        if (context->reply_fd_count) close(context->reply_fds[0]);   /* no fd with a failure */
        context->reply_fd_count = 0;
        if (!obj->refs) object_free(obj);
        return status;
    }
    fill_reply(reply, obj);
    return status;
}

static void drop_gift(struct gift **p)
{
    struct gift *gift = *p;
    *p = gift->next;
    if (!--gift->obj->refs) object_free(gift->obj);
    free(gift);
}

NTSTATUS handle_obj_gift(struct request_context *context)
{
    const struct obj_close_request *request = context->request;
    struct obj_gift_reply *reply = context->reply;
    struct object_ref *ref = NULL;
    struct gift *gift, **p;
    struct timespec now;

    context->reply_size = sizeof(*reply);
    /* a child that died before claiming leaves its gifts: they expire */
    clock_gettime(CLOCK_MONOTONIC, &now);
    for (p = &gifts; *p;)
        if (now.tv_sec - (*p)->made.tv_sec > GIFT_LIFETIME_S) drop_gift(p);
        else p = &(*p)->next;
    if (context->client->objects)
        for (ref = context->client->objects->refs; ref; ref = ref->next)
            if (ref->obj->id == request->id) break;
    if (!ref) return STATUS_INVALID_HANDLE;
    if (!(gift = calloc(1, sizeof(*gift)))) return STATUS_NO_MEMORY;
    gift->token = ++last_token ? last_token : ++last_token;
    gift->obj = ref->obj;
    gift->made = now;
    gift->next = gifts;
    gifts = gift;
    ref->obj->refs++;
    reply->token = gift->token;
    return STATUS_SUCCESS;
}

NTSTATUS handle_obj_claim(struct request_context *context)
{
    const struct obj_close_request *request = context->request;
    struct obj_create_reply *reply = context->reply;
    struct gift **p, *gift;
    struct named_object *obj;
    NTSTATUS status;
    int fd;

    context->reply_size = sizeof(*reply);
    for (p = &gifts; (gift = *p); p = &gift->next)
        if (gift->token == request->id) break;
    if (!gift) return STATUS_INVALID_HANDLE;
    obj = gift->obj;
    if (obj->fd >= 0) {
        if ((fd = fcntl(obj->fd, F_DUPFD_CLOEXEC, 0)) < 0) return STATUS_NO_MEMORY;
        context->reply_fds[0] = fd;
        context->reply_fd_count = 1;
    }
    if ((status = add_ref(context->client, obj))) {
        if (context->reply_fd_count) close(context->reply_fds[0]);
        context->reply_fd_count = 0;
        return status;
    }
    obj->refs++;                /* add_ref's; the gift's goes with it */
    drop_gift(p);
    fill_reply(reply, obj);
    return STATUS_SUCCESS;
}

NTSTATUS handle_obj_close(struct request_context *context)
{
    const struct obj_close_request *request = context->request;
    struct object_ref **p, *ref;

    if (!context->client->objects) return STATUS_INVALID_HANDLE;
    for (p = &context->client->objects->refs; (ref = *p); p = &ref->next)
        if (ref->obj->id == request->id) break;
    if (!ref) return STATUS_INVALID_HANDLE;
    if (!--ref->count) {
        *p = ref->next;
        context->client->objects->count--;
    }
    if (!--ref->obj->refs) object_free(ref->obj);
    if (!ref->count) free(ref);
    return STATUS_SUCCESS;
}

/* A process that ends (or is killed) holding mutants abandons them, as
 * Windows does; the next waiter in any process gets WAIT_ABANDONED. */
static void abandon_mutants(pid_t pid)
{
    if (!arena || !pid) return;
    for (int i = 0; i < SHARED_ARENA_SLOTS; i++) {
        struct shared_sync *s = &arena[i];
        if (!slot_used[i] || s->type != SHARED_MUTANT || s->owner_pid != pid) continue;
        slot_lock(s);
        if (s->owner_pid == pid) {
            s->owner_pid = 0;
            s->owner_tid = 0;
            s->state = 0;
            s->abandoned = 1;
            slot_wake(s);
        }
        pthread_mutex_unlock(&s->lock);
    }
}

void object_client_gone(struct client *client)
{
    struct object_ref *ref, *next;

    abandon_mutants(client->pid);
    if (!client->objects) return;
    for (ref = client->objects->refs; ref; ref = next) {
        next = ref->next;
        ref->obj->refs -= ref->count;
        if (!ref->obj->refs) object_free(ref->obj);
        free(ref);
    }
    free(client->objects);
    client->objects = NULL;
}

/* ---- DuplicateHandle into another process ---- */

struct dup_entry {
    struct dup_entry *next;
    pid_t target;
    uint32_t value;
    struct obj_dup_request put;         /* what the source said */
    struct named_object *obj;           /* DUP_SHARED: a reference held for the target */
    int fd;                             /* DUP_FILE, DUP_SECTION */
};

/* The next value to try per target: values go round, skipping those
 * still waiting to be taken and those taken and not yet closed. */
struct dup_target {
    struct dup_target *next;
    pid_t pid;
    uint32_t next_index;
    unsigned char taken[DUP_HANDLE_COUNT / 8];
};

static struct dup_entry *dups;
static struct dup_target *dup_targets;

static void dup_free(struct dup_entry **p)
{
    struct dup_entry *e = *p;
    *p = e->next;
    if (e->obj && !--e->obj->refs) object_free(e->obj);
    if (e->fd >= 0) close(e->fd);
    free(e);
}

/* Entries and counters of processes that are gone (pids are reused only
 * after the kernel went round its pid space). */
static void dup_sweep(void)
{
    for (struct dup_entry **p = &dups; *p;)
        if (kill((*p)->target, 0) && errno == ESRCH) dup_free(p);
        else p = &(*p)->next;
    for (struct dup_target **p = &dup_targets, *t; (t = *p);)
        if (kill(t->pid, 0) && errno == ESRCH) {
            *p = t->next;
            free(t);
        } else p = &t->next;
}

static struct dup_target *dup_target_find(pid_t pid)
{
    for (struct dup_target *t = dup_targets; t; t = t->next)
        if (t->pid == pid) return t;
    return NULL;
}

static int dup_taken(const struct dup_target *t, uint32_t value)
{
    uint32_t index = (value - DUP_HANDLE_FIRST) / 4;
    return t->taken[index / 8] & (1 << index % 8);
}

static void dup_set_taken(struct dup_target *t, uint32_t value, int taken)
{
    uint32_t index = (value - DUP_HANDLE_FIRST) / 4;
    if (taken) t->taken[index / 8] |= 1 << index % 8;
    else t->taken[index / 8] &= ~(1 << index % 8);
}

static int dup_pending(pid_t target, uint32_t value)
{
    for (struct dup_entry *e = dups; e; e = e->next)
        if (e->target == target && e->value == value) return 1;
    return 0;
}

NTSTATUS handle_obj_dup_put(struct request_context *context)
{
    const struct obj_dup_request *request = context->request;
    struct obj_dup_reply *reply = context->reply;
    struct object_ref *ref = NULL;
    struct dup_target *t;
    struct dup_entry *e;
    unsigned int i;

    context->reply_size = sizeof(*reply);
    if (request->target_pid <= 0 || (kill(request->target_pid, 0) && errno == ESRCH)) return STATUS_INVALID_HANDLE;
    if (request->kind == DUP_SHARED) {
        if (context->fd_count) return STATUS_INVALID_PARAMETER;
        if (context->client->objects)
            for (ref = context->client->objects->refs; ref; ref = ref->next)
                if (ref->obj->id == request->id && ref->obj->slot >= 0) break;
        if (!ref) return STATUS_INVALID_HANDLE;
    } else if ((request->kind != DUP_FILE && request->kind != DUP_SECTION) || context->fd_count != 1) {
        return STATUS_INVALID_PARAMETER;
    }
    dup_sweep();
    if (!(t = dup_target_find(request->target_pid))) {
        if (!(t = calloc(1, sizeof(*t)))) return STATUS_NO_MEMORY;
        t->pid = request->target_pid;
        t->next = dup_targets;
        dup_targets = t;
    }
    for (i = 0; i < DUP_HANDLE_COUNT; i++) {
        uint32_t value = DUP_HANDLE_FIRST + 4 * ((t->next_index + i) % DUP_HANDLE_COUNT);
        if (!dup_pending(t->pid, value) && !dup_taken(t, value)) break;
    }
    if (i == DUP_HANDLE_COUNT) return STATUS_INSUFFICIENT_RESOURCES;
    if (!(e = calloc(1, sizeof(*e)))) return STATUS_NO_MEMORY;
    e->target = t->pid;
    e->value = DUP_HANDLE_FIRST + 4 * ((t->next_index + i) % DUP_HANDLE_COUNT);
    t->next_index = (t->next_index + i + 1) % DUP_HANDLE_COUNT;
    e->put = *request;
    e->fd = -1;
    if (ref) {
        e->obj = ref->obj;
        ref->obj->refs++;
    } else {
        e->fd = context->fds[0];
        context->fds[0] = -1;           /* taken */
    }
    e->next = dups;
    dups = e;
    reply->value = e->value;
    return STATUS_SUCCESS;
}

NTSTATUS handle_obj_dup_take(struct request_context *context)
{
    const struct obj_dup_request *request = context->request;
    struct obj_dup_reply *reply = context->reply;
    struct dup_entry **p, *e;
    struct dup_target *t;

    context->reply_size = sizeof(*reply);
    for (p = &dups; (e = *p); p = &e->next)
        if (e->target == context->client->pid && e->value == request->value) break;
    if (!e) return STATUS_INVALID_HANDLE;
    if (e->obj) {
        NTSTATUS status = add_ref(context->client, e->obj);
        if (status) return status;
        fill_reply(&reply->object, e->obj);
    } else {
        context->reply_fds[0] = e->fd;   /* sent, then closed */
        context->reply_fd_count = 1;
        e->fd = -1;
    }
    reply->kind = e->put.kind;
    reply->access = e->put.access;
    reply->options = e->put.options;
    reply->inherit = e->put.inherit;
    reply->protect = e->put.protect;
    reply->sec_flags = e->put.sec_flags;
    reply->size = e->put.size;
    reply->value = e->value;
    if ((t = dup_target_find(e->target))) dup_set_taken(t, e->value, 1);
    dup_free(p);                        /* the entry's reference: add_ref made the client's */
    return STATUS_SUCCESS;
}

/* The target closed a value it had taken: it may be handed out again. */
NTSTATUS handle_obj_dup_closed(struct request_context *context)
{
    const struct obj_dup_request *request = context->request;
    struct dup_target *t = dup_target_find(context->client->pid);

    if (request->value < DUP_HANDLE_FIRST || request->value >= DUP_HANDLE_FIRST + 4 * DUP_HANDLE_COUNT ||
        request->value % 4)
        return STATUS_INVALID_PARAMETER;
    if (t) dup_set_taken(t, request->value, 0);
    return STATUS_SUCCESS;
}

/* ---- DuplicateHandle out of another process: asks the source answers ---- */

struct dup_ask {
    struct dup_ask *next;
    struct obj_dup_ask_reply ask;       /* as the reply gives it */
    int handed;                         /* given to the source by PENDING */
    struct timespec made;
};

static struct dup_ask *asks;
static uint32_t last_ask_token;
#define ASK_LIFETIME_S 60

static void ask_sweep(void)
{
    struct timespec now;

    clock_gettime(CLOCK_MONOTONIC, &now);
    for (struct dup_ask **p = &asks, *a; (a = *p);) {
        if (now.tv_sec - a->made.tv_sec > ASK_LIFETIME_S) {
            *p = a->next;
            free(a);
            continue;
        }
        if (!a->ask.answered && kill(a->ask.source_pid, 0) && errno == ESRCH) {
            a->ask.answered = 1;        /* the asker hears it at once */
            a->ask.status = STATUS_INVALID_HANDLE;
        }
        p = &a->next;
    }
}

static struct dup_ask *ask_find(uint32_t token)
{
    for (struct dup_ask *a = asks; a; a = a->next)
        if (a->ask.token == token) return a;
    return NULL;
}

NTSTATUS handle_obj_dup_ask(struct request_context *context)
{
    const struct obj_dup_ask *request = context->request;
    struct obj_dup_ask_reply *reply = context->reply;
    struct dup_ask *a;

    context->reply_size = sizeof(*reply);
    ask_sweep();
    if (request->source_pid <= 0 || request->target_pid < 0 || (kill(request->source_pid, 0) && errno == ESRCH))
        return STATUS_INVALID_HANDLE;
    if (!(a = calloc(1, sizeof(*a)))) return STATUS_NO_MEMORY;
    a->ask.source_pid = request->source_pid;
    a->ask.target_pid = request->target_pid;
    a->ask.value = request->value;
    a->ask.options = request->options;
    a->ask.inherit = request->inherit;
    a->ask.token = ++last_ask_token ? last_ask_token : ++last_ask_token;
    clock_gettime(CLOCK_MONOTONIC, &a->made);
    a->next = asks;
    asks = a;
    *reply = a->ask;
    reply->header = (struct reply_header){ 0 };
    return STATUS_SUCCESS;
}

NTSTATUS handle_obj_dup_pending(struct request_context *context)
{
    struct obj_dup_ask_reply *reply = context->reply;

    context->reply_size = sizeof(*reply);
    for (struct dup_ask *a = asks; a; a = a->next)
        if (!a->handed && !a->ask.answered && a->ask.source_pid == context->client->pid) {
            a->handed = 1;
            *reply = a->ask;
            reply->header = (struct reply_header){ 0 };
            return STATUS_SUCCESS;
        }
    return STATUS_NO_MORE_ENTRIES;
}

NTSTATUS handle_obj_dup_answer(struct request_context *context)
{
    const struct obj_dup_ask *request = context->request;
    struct dup_ask *a = ask_find(request->token);

    if (!a || a->ask.source_pid != context->client->pid || a->ask.answered) return STATUS_INVALID_HANDLE;
    a->ask.answered = 1;
    a->ask.status = request->status;
    a->ask.value = request->value;
    return STATUS_SUCCESS;
}

NTSTATUS handle_obj_dup_result(struct request_context *context)
{
    const struct obj_dup_ask *request = context->request;
    struct obj_dup_ask_reply *reply = context->reply;
    struct dup_ask **p, *a;

    context->reply_size = sizeof(*reply);
    ask_sweep();
    for (p = &asks; (a = *p); p = &a->next)
        if (a->ask.token == request->token) break;
    if (!a) return STATUS_INVALID_HANDLE;
    *reply = a->ask;
    reply->header = (struct reply_header){ 0 };
    if (a->ask.answered) {
        *p = a->next;
        free(a);
    }
    return STATUS_SUCCESS;
}
