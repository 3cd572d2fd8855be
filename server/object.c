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
 *
 * Objects and a client's references are linked lists searched linearly:
 * fine for the tens of named objects programs make; hash them if that
 * changes.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
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
        if (!(ref = calloc(1, sizeof(*ref)))) return STATUS_NO_MEMORY;
        ref->obj = obj;
        ref->next = client->objects->refs;
        client->objects->refs = ref;
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
        s->state = 1;
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
    if (!length || length % 2 || request->type < SHARED_EVENT || request->type > SHARED_SECTION)
        return STATUS_INVALID_PARAMETER;
    if ((obj = lookup(name, length, request->flags & OBJ_CREATE_CASE_INSENSITIVE))) {
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
    if (NT_SUCCESS(status)) status = add_ref(context->client, obj) ? STATUS_NO_MEMORY : status;
    if (!NT_SUCCESS(status)) {
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
    if (add_ref(context->client, obj)) return STATUS_NO_MEMORY;
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
    if (!--ref->count) *p = ref->next;
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
