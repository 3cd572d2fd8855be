/*
 * Shared objects: named events, mutants, semaphores, timers and sections, which
 * other processes of the prefix can open (server/object.c keeps the
 * names). A sync object's state is a slot of the server's arena, mapped
 * MAP_SHARED here on first use; its robust process-shared mutex guards it
 * and its SEQ word is the futex waiters sleep on (wait.c), bumped and woken
 * by every change, so a signal from another process never goes through
 * the server. Unnamed objects stay in-process (event.c, ...) and never
 * start the server, until one must cross a process boundary (inherited,
 * or duplicated into another process): shared_promote then turns it into
 * a shared object in place, so that every handle to it follows.
 *
 * One local object per shared object (a cache keyed by the server's id),
 * so that wait-all sees two handles to it as one object. Each local object
 * holds one server reference, dropped when it is destroyed.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>
#include "futex.h"

struct shared_object {
    struct object obj;
    struct shared_object *next;     /* the cache; under cache_mutex */
    uint32_t id;
    struct shared_sync *s;
};
_Static_assert(sizeof(struct shared_object) <= SHARED_OBJECT_ROOM, "unnamed sync objects must be able to become shared");

static pthread_mutex_t cache_mutex = PTHREAD_MUTEX_INITIALIZER;
static struct shared_object *cache;
static struct shared_sync *arena;    /* set once, under cache_mutex */

static void server_close(uint32_t id)
{
    struct obj_close_request request = { .header = { .size = sizeof(request), .type = REQ_OBJ_CLOSE }, .id = id };
    struct reply_header reply;
    server_call(&request, NULL, &reply, sizeof(reply), NULL);
}

static void shared_destroy(struct object *obj)
{
    struct shared_object *so = (struct shared_object *)obj, **p;

    pthread_mutex_lock(&cache_mutex);
    for (p = &cache; *p; p = &(*p)->next)
        if (*p == so) {
            *p = so->next;
            break;
        }
    pthread_mutex_unlock(&cache_mutex);
    if (so->obj.type == OBJECT_TIMER) timer_shared_gone(&so->obj);   /* its routine stops with it */
    server_close(so->id);
    free(so);
}

void shared_lock(struct shared_sync *s)
{
    /* a thread parked by SuspendThread inside would block every process */
    thread_no_park_begin();
    if (pthread_mutex_lock(&s->lock) == EOWNERDEAD) pthread_mutex_consistent(&s->lock);
}

void shared_unlock(struct shared_sync *s, BOOL changed)
{
    if (changed) __atomic_add_fetch(&s->seq, 1, __ATOMIC_RELEASE);
    pthread_mutex_unlock(&s->lock);
    thread_no_park_end();
    if (changed) syscall(SYS_futex, &s->seq, FUTEX_WAKE, INT_MAX, NULL, NULL, 0);
}

/* A timer whose due time has passed becomes signalled now (the first
 * process to look does it); a periodic one moves on to its next due time
 * after now (expiries missed meanwhile count as one, as a flag can). */
static void timer_update_locked(struct shared_sync *s)
{
    LONGLONG now, due = s->due;

    if (!due || (now = time_monotonic_nosuspend_100ns()) < due) return;
    s->state = 1;
    if (s->period > 0) due += ((now - due) / s->period + 1) * s->period;
    else due = 0;
    __atomic_store_n(&s->due, due, __ATOMIC_RELAXED);
}

BOOL shared_signaled_locked(struct shared_sync *s, DWORD tid)
{
    switch (s->type) {
    case SHARED_TIMER: timer_update_locked(s); return s->state != 0;
    case SHARED_EVENT: return s->state != 0;
    case SHARED_SEMAPHORE: return s->state > 0;
    case SHARED_MUTANT:
        return !s->owner_pid || (s->owner_pid == getpid() && s->owner_tid == tid && s->state < 0x7fffffff);
    }
    return FALSE;
}

BOOL shared_satisfy_locked(struct shared_sync *s, DWORD tid)
{
    BOOL abandoned = FALSE;

    switch (s->type) {
    case SHARED_EVENT:
    case SHARED_TIMER: if (!s->manual_reset) s->state = 0; break;
    case SHARED_SEMAPHORE: s->state--; break;
    case SHARED_MUTANT:
        abandoned = s->abandoned;
        s->abandoned = 0;
        s->owner_pid = getpid();
        s->owner_tid = tid;
        s->state++;
        break;
    }
    return abandoned;
}

struct shared_sync *shared_slot(struct object *obj)
{
    return ((struct shared_object *)obj)->s;
}

/* For callers outside wait.c's own loop (each takes the slot lock). */
static BOOL op_signaled(struct object *obj, DWORD tid)
{
    struct shared_sync *s = shared_slot(obj);
    BOOL ret;
    shared_lock(s);
    ret = shared_signaled_locked(s, tid);
    shared_unlock(s, FALSE);
    return ret;
}

static BOOL op_satisfy(struct object *obj, DWORD tid)
{
    struct shared_sync *s = shared_slot(obj);
    BOOL ret;
    shared_lock(s);
    ret = shared_satisfy_locked(s, tid);
    shared_unlock(s, FALSE);
    return ret;
}

static NTSTATUS op_signal(struct object *obj, DWORD tid)
{
    switch (obj->type) {
    case OBJECT_EVENT: return shared_event_set(obj, TRUE, NULL);
    case OBJECT_SEMAPHORE: return shared_semaphore_release(obj, 1, NULL);
    case OBJECT_MUTANT: return shared_mutant_release(obj, tid, NULL);
    default: return STATUS_OBJECT_TYPE_MISMATCH;
    }
}

const struct object_ops shared_sync_ops[1] = {
    { .destroy = shared_destroy, .signaled = op_signaled, .satisfy = op_satisfy, .signal = op_signal },
};

NTSTATUS shared_event_set(struct object *obj, BOOL state, LONG *prev)
{
    struct shared_sync *s = shared_slot(obj);
    shared_lock(s);
    if (prev) *prev = s->state;
    s->state = !!state;
    shared_unlock(s, state);
    return STATUS_SUCCESS;
}

NTSTATUS shared_semaphore_release(struct object *obj, LONG count, LONG *prev)
{
    struct shared_sync *s = shared_slot(obj);
    NTSTATUS status = STATUS_SUCCESS;

    shared_lock(s);
    if (count > s->max - s->state) status = STATUS_SEMAPHORE_LIMIT_EXCEEDED;
    else {
        if (prev) *prev = s->state;
        s->state += count;
    }
    shared_unlock(s, status == STATUS_SUCCESS);
    return status;
}

NTSTATUS shared_mutant_release(struct object *obj, DWORD tid, LONG *prev)
{
    struct shared_sync *s = shared_slot(obj);
    BOOL freed = FALSE;
    NTSTATUS status = STATUS_SUCCESS;

    shared_lock(s);
    if (s->owner_pid != getpid() || s->owner_tid != tid) status = STATUS_MUTANT_NOT_OWNED;
    else {
        if (prev) *prev = 1 - s->state;
        if (!--s->state) {
            s->owner_pid = 0;
            s->owner_tid = 0;
            freed = TRUE;
        }
    }
    shared_unlock(s, freed);
    return status;
}

/* NtSetTimer (DUE: monotonic 100 ns; PERIOD: 100 ns) and, with DUE 0,
 * NtCancelTimer, which leaves the state as it is. Waiters in every
 * process are woken to sleep until the new due time. */
NTSTATUS shared_timer_set(struct object *obj, LONGLONG due, LONGLONG period, BOOLEAN *prev)
{
    struct shared_sync *s = shared_slot(obj);

    shared_lock(s);
    timer_update_locked(s);
    if (prev) *prev = s->state != 0;
    if (due) s->state = 0;
    s->period = period;
    __atomic_store_n(&s->due, due, __ATOMIC_RELAXED);
    shared_unlock(s, TRUE);
    return STATUS_SUCCESS;
}

void shared_abandon_thread(DWORD tid)
{
    pthread_mutex_lock(&cache_mutex);
    for (struct shared_object *so = cache; so; so = so->next) {
        struct shared_sync *s = so->s;
        BOOL mine;
        if (so->obj.type != OBJECT_MUTANT) continue;
        shared_lock(s);
        if ((mine = s->owner_pid == getpid() && s->owner_tid == tid)) {
            s->owner_pid = 0;
            s->owner_tid = 0;
            s->state = 0;
            s->abandoned = 1;
        }
        shared_unlock(s, mine);
    }
    pthread_mutex_unlock(&cache_mutex);
}

/* The arena, mapped on first use; under cache_mutex. */
static NTSTATUS map_arena(void)
{
    struct obj_arena_request request = { .header = { .size = sizeof(request), .type = REQ_OBJ_ARENA } };
    struct reply_header reply;
    struct server_fds fds = { .count = 0 };
    NTSTATUS status;
    void *mem;

    if (arena) return STATUS_SUCCESS;
    status = server_call(&request, NULL, &reply, sizeof(reply), &fds);
    if (status || fds.count != 1) {
        for (unsigned int i = 0; i < fds.count; i++) close(fds.fds[i]);
        return status ? status : STATUS_NO_MEMORY;
    }
    mem = mmap(NULL, SHARED_ARENA_SLOTS * sizeof(struct shared_sync), PROT_READ | PROT_WRITE, MAP_SHARED,
               fds.fds[0], 0);
    close(fds.fds[0]);
    if (mem == MAP_FAILED) return STATUS_NO_MEMORY;
    arena = mem;
    return STATUS_SUCCESS;
}

static const enum object_type object_types[] = {
    [SHARED_EVENT] = OBJECT_EVENT, [SHARED_MUTANT] = OBJECT_MUTANT,
    [SHARED_SEMAPHORE] = OBJECT_SEMAPHORE, [SHARED_SECTION] = OBJECT_SECTION, [SHARED_TIMER] = OBJECT_TIMER,
};

static NTSTATUS local_object(const struct obj_create_reply *reply, struct shared_object **out);

/* One REQ_OBJ_CREATE with ATTR's name; the reply and any fd (section). */
static NTSTATUS create_call(struct obj_create_request *init, const OBJECT_ATTRIBUTES *attr, BOOL open_only,
                            int send_fd, struct obj_create_reply *reply, int *fd)
{
    const UNICODE_STRING *name = attr->ObjectName;
    struct obj_create_request *request;
    struct server_fds fds = { .count = 0 }, send = { .count = 0 };
    NTSTATUS status;

    if (!(request = malloc(sizeof(*request) + name->Length))) return STATUS_NO_MEMORY;
    *request = *init;
    request->header.size = sizeof(*request) + name->Length;
    request->header.type = REQ_OBJ_CREATE;
    request->flags = (open_only ? OBJ_CREATE_OPEN : 0) | (attr->Attributes & OBJ_OPENIF ? OBJ_CREATE_OPENIF : 0) |
                     (attr->Attributes & OBJ_CASE_INSENSITIVE ? OBJ_CREATE_CASE_INSENSITIVE : 0);
    memcpy(request + 1, name->Buffer, name->Length);
    if (send_fd >= 0) send.fds[send.count++] = send_fd;
    status = server_call(request, &send, reply, sizeof(*reply), &fds);
    free(request);
    *fd = -1;
    for (unsigned int i = 0; i < fds.count; i++) {
        if (!i && NT_SUCCESS(status)) *fd = fds.fds[i];
        else close(fds.fds[i]);
    }
    return status;
}

NTSTATUS shared_sync_create(struct obj_create_request *init, const OBJECT_ATTRIBUTES *attr, BOOL open_only,
                            HANDLE *handle)
{
    struct obj_create_reply reply;
    struct shared_object *so;
    NTSTATUS status;
    int fd;

    pthread_mutex_lock(&cache_mutex);
    if ((status = map_arena())) goto done;
    status = create_call(init, attr, open_only, -1, &reply, &fd);
    if (!NT_SUCCESS(status)) goto done;
    if (fd >= 0) close(fd);
    if ((status = local_object(&reply, &so)) == STATUS_SUCCESS) status = reply.header.status;
done:
    pthread_mutex_unlock(&cache_mutex);
    if (!NT_SUCCESS(status)) return status;
    if (!(*handle = handle_alloc(&so->obj))) {
        object_release(&so->obj);
        return STATUS_NO_MEMORY;
    }
    if (attr->Attributes & OBJ_INHERIT) handle_set_flags(*handle, 1, 1);   /* HANDLE_FLAG_INHERIT */
    return status;
}

/* The local object for the server's REPLY (which gave us a reference):
 * the cached one, or a new one; under cache_mutex. */
static NTSTATUS local_object(const struct obj_create_reply *reply, struct shared_object **out)
{
    struct shared_object *so;

    if (reply->slot >= SHARED_ARENA_SLOTS || reply->type < SHARED_EVENT || reply->type > SHARED_TIMER ||
        reply->type == SHARED_SECTION) {
        server_close(reply->id);
        return STATUS_INVALID_PARAMETER;
    }
    for (so = cache; so; so = so->next) {
        int n = __atomic_load_n(&so->obj.refcount, __ATOMIC_RELAXED);
        if (so->id != reply->id) continue;
        while (n > 0 && !__atomic_compare_exchange_n(&so->obj.refcount, &n, n + 1, 0, __ATOMIC_ACQUIRE,
                                                     __ATOMIC_RELAXED)) {}
        if (n > 0) break;
    }
    if (so) server_close(reply->id);      /* the local object already holds one */
    else if (!(so = calloc(1, sizeof(*so)))) {
        server_close(reply->id);
        return STATUS_NO_MEMORY;
    } else {
        object_init(&so->obj, object_types[reply->type], &shared_sync_ops[0]);
        so->id = reply->id;
        so->s = &arena[reply->slot];
        so->next = cache;
        cache = so;
    }
    *out = so;
    return STATUS_SUCCESS;
}

/* ---- promotion of an unnamed in-process object ---- */

static pthread_mutex_t promote_mutex = PTHREAD_MUTEX_INITIALIZER;

/* A new unnamed slot from the server; then, under the wait lock (which
 * every reader of the in-process state holds and re-checks shared_is
 * under), the object's state goes into the slot and the object becomes a
 * struct shared_object in place (its allocation has room: shareable_size).
 * Waiters sleeping on the in-process generation futex are woken and
 * re-wait on the slot. */
NTSTATUS shared_promote(struct object *obj)
{
    struct obj_create_request request = { .header = { .size = sizeof(request), .type = REQ_OBJ_CREATE } };
    struct shared_object *so = (struct shared_object *)obj;
    struct server_fds fds = { .count = 0 };
    struct obj_create_reply reply;
    BOOL done = FALSE;
    NTSTATUS status;

    switch (obj->type) {
    case OBJECT_EVENT: request.type = SHARED_EVENT; break;
    case OBJECT_MUTANT: request.type = SHARED_MUTANT; break;
    case OBJECT_SEMAPHORE: request.type = SHARED_SEMAPHORE; request.max = 1; break;
    default: return STATUS_NOT_SUPPORTED;
    }
    pthread_mutex_lock(&promote_mutex);
    wait_lock();
    done = shared_is(obj);
    wait_unlock();
    if (done || !obj->ops->share) {
        pthread_mutex_unlock(&promote_mutex);
        return done ? STATUS_SUCCESS : STATUS_NOT_SUPPORTED;
    }
    pthread_mutex_lock(&cache_mutex);
    if (!(status = map_arena())) status = server_call(&request, NULL, &reply, sizeof(reply), &fds);
    pthread_mutex_unlock(&cache_mutex);
    for (unsigned int i = 0; i < fds.count; i++) close(fds.fds[i]);
    if (!status && reply.slot >= SHARED_ARENA_SLOTS) {
        server_close(reply.id);
        status = STATUS_INVALID_PARAMETER;
    }
    if (!status) {
        struct shared_sync *s = &arena[reply.slot];
        wait_lock();
        shared_lock(s);
        obj->ops->share(obj, s);
        shared_unlock(s, TRUE);
        so->id = reply.id;
        so->s = s;
        obj->ops = shared_sync_ops;
        wait_changed_locked();
        wait_unlock();
        pthread_mutex_lock(&cache_mutex);
        so->next = cache;
        cache = so;
        pthread_mutex_unlock(&cache_mutex);
    }
    pthread_mutex_unlock(&promote_mutex);
    return status;
}

struct object *shared_adopt(const struct obj_create_reply *reply)
{
    struct shared_object *so = NULL;

    pthread_mutex_lock(&cache_mutex);
    if (map_arena()) server_close(reply->id);
    else if (local_object(reply, &so)) so = NULL;
    pthread_mutex_unlock(&cache_mutex);
    return so ? &so->obj : NULL;
}

uint32_t shared_id(struct object *obj)
{
    return shared_is(obj) ? ((struct shared_object *)obj)->id : 0;
}

/* ---- inheritance: a gift the child claims (process.c) ---- */

BOOL shared_gift(struct object *obj, ULONG *token)
{
    struct obj_close_request request = { .header = { .size = sizeof(request), .type = REQ_OBJ_GIFT } };
    struct obj_gift_reply reply;

    if (shared_is(obj)) request.id = ((struct shared_object *)obj)->id;
    else if (obj->type != OBJECT_SECTION || !(request.id = section_shared_id(obj))) return FALSE;
    if (server_call(&request, NULL, &reply, sizeof(reply), NULL)) return FALSE;
    *token = reply.token;
    return TRUE;
}

void shared_claim(ULONG token, HANDLE value)
{
    struct obj_close_request request = { .header = { .size = sizeof(request), .type = REQ_OBJ_CLAIM }, .id = token };
    struct obj_create_reply reply;
    struct server_fds fds = { .count = 0 };
    struct shared_object *so;
    struct object *obj = NULL;

    pthread_mutex_lock(&cache_mutex);
    if (!map_arena() && !(server_call(&request, NULL, &reply, sizeof(reply), &fds))) {
        if (reply.type == SHARED_SECTION) {
            if (fds.count == 1 && (obj = section_from_shared(fds.fds[0], reply.size, reply.protect, reply.sec_flags,
                                                             reply.id)))
                fds.count = 0;
            else server_close(reply.id);
        } else if (!local_object(&reply, &so)) {
            obj = &so->obj;
        }
    }
    pthread_mutex_unlock(&cache_mutex);
    for (unsigned int i = 0; i < fds.count; i++) close(fds.fds[i]);
    if (obj && handle_insert_at(value, obj, 0x1 /* still inheritable */)) object_release(obj);
}

NTSTATUS shared_section(const OBJECT_ATTRIBUTES *attr, BOOL open_only, int *fd, ULONGLONG *size, ULONG *protect,
                        ULONG *flags, uint32_t *id)
{
    struct obj_create_request init = { .type = SHARED_SECTION, .size = *size, .protect = *protect,
                                       .sec_flags = *flags };
    struct obj_create_reply reply;
    NTSTATUS status;
    int got;

    status = create_call(&init, attr, open_only, open_only ? -1 : *fd, &reply, &got);
    if (!NT_SUCCESS(status)) return status;
    if (got < 0) {
        server_close(reply.id);
        return STATUS_NO_MEMORY;
    }
    if (*fd >= 0) close(*fd);
    *fd = got;
    *size = reply.size;
    *protect = reply.protect;
    *flags = reply.sec_flags;
    *id = reply.id;
    return status;
}

void shared_section_close(uint32_t id)
{
    server_close(id);
}

unsigned int shared_add_inheritable(struct startup_handle *entries, unsigned int used, unsigned int max)
{
    static const enum object_type types[] = { OBJECT_EVENT, OBJECT_MUTANT, OBJECT_SEMAPHORE, OBJECT_SECTION };
    HANDLE values[64];
    struct object *objs[64];

    for (unsigned int t = 0; t < sizeof(types) / sizeof(types[0]); t++) {
        unsigned int n = handle_list_inheritable(types[t], values, objs, 64);
        for (unsigned int i = 0; i < n; i++) {
            ULONG token;
            if (types[t] != OBJECT_SECTION) shared_promote(objs[i]);
            if (used < max && shared_gift(objs[i], &token)) {
                entries[used].value = (ULONG_PTR)values[i];
                entries[used].fd = -1;
                entries[used].access = token;
                entries[used].options = STARTUP_SHARED_HANDLE;
                used++;
            }
            object_release(objs[i]);
        }
    }
    return used;
}
