/*
 * The process handle table: handle values are 4, 8, 12, ... as on Windows,
 * each naming a reference-counted object. One table for every object type.
 * Lookups take a mutex: O(1), uncontended in the common case; if profiling
 * shows it on a hot path, switch the lookup to an RCU-style read of the
 * slot array. The values from DUP_HANDLE_FIRST are never allocated here:
 * other processes duplicate handles into ours there (dup.c).
 */
#include <errno.h>
#include <stdlib.h>
#include <unistd.h>
#include "ntdll_private.h"

#define MAX_HANDLES (1 << 24)
#define HANDLE_FLAG_INHERIT 0x1

static pthread_mutex_t handle_lock = PTHREAD_MUTEX_INITIALIZER;
static struct object **slots;        /* slot i holds handle (i + 1) * 4 */
static unsigned char *slot_flags;    /* HANDLE_FLAG_INHERIT / _PROTECT_FROM_CLOSE per slot */
static unsigned int slot_count, slot_capacity, first_free;

void object_init(struct object *obj, enum object_type type, const struct object_ops *ops)
{
    obj->type = type;
    obj->refcount = 1;
    obj->ops = ops;
    obj->handle_count = 0;
}

struct object *object_grab(struct object *obj)
{
    __atomic_add_fetch(&obj->refcount, 1, __ATOMIC_RELAXED);
    return obj;
}

void object_release(struct object *obj)
{
    if (!obj) return;
    if (__atomic_sub_fetch(&obj->refcount, 1, __ATOMIC_ACQ_REL) == 0) obj->ops->destroy(obj);
}

/* Under handle_lock: room for at least COUNT slots. */
static BOOL grow_locked(unsigned int count)
{
    unsigned int cap = slot_capacity ? slot_capacity : 256;
    struct object **grown;
    unsigned char *grown_flags;

    while (cap < count) cap *= 2;
    if (cap == slot_capacity) return TRUE;
    if (cap > MAX_HANDLES || !(grown = realloc(slots, cap * sizeof(*slots)))) return FALSE;
    slots = grown;
    if (!(grown_flags = realloc(slot_flags, cap))) return FALSE;
    slot_flags = grown_flags;
    for (unsigned int i = slot_capacity; i < cap; i++) slots[i] = NULL;
    slot_capacity = cap;
    return TRUE;
}

static unsigned int handle_to_slot(HANDLE h)
{
    ULONG_PTR v = (ULONG_PTR)h;
    if (!v || (v & 3) || v / 4 > slot_count) return (unsigned int)-1;
    return (unsigned int)(v / 4 - 1);
}

#define DUP_FIRST_SLOT (DUP_HANDLE_FIRST / 4 - 1)
static BOOL dup_slot(unsigned int i)
{
    return i >= DUP_FIRST_SLOT && i < DUP_FIRST_SLOT + DUP_HANDLE_COUNT;
}

/* Under handle_lock: H's occupied slot, or -1. The first use of a value
 * that another process duplicated into ours asks the server for it (the
 * lock dropped meanwhile); that is the one place such handles appear. */
static unsigned int lookup_locked(HANDLE h)
{
    unsigned int i = handle_to_slot(h);

    if ((i == (unsigned int)-1 || !slots[i]) && (ULONG_PTR)h <= MAX_HANDLES * 4ull && !((ULONG_PTR)h & 3) &&
        (ULONG_PTR)h && dup_slot((unsigned int)((ULONG_PTR)h / 4 - 1))) {
        pthread_mutex_unlock(&handle_lock);
        dup_take(h);
        pthread_mutex_lock(&handle_lock);
        i = handle_to_slot(h);
    }
    return i != (unsigned int)-1 && slots[i] ? i : (unsigned int)-1;
}

HANDLE handle_alloc(struct object *obj)
{
    unsigned int i;

    thread_no_park_begin();
    pthread_mutex_lock(&handle_lock);
    for (i = first_free; i < slot_count && (slots[i] || dup_slot(i)); i++);
    if (i >= slot_count) {
        if (dup_slot(i)) i = DUP_FIRST_SLOT + DUP_HANDLE_COUNT;
        if (!grow_locked(i + 1)) {
            pthread_mutex_unlock(&handle_lock);
            thread_no_park_end();
            return NULL;
        }
        while (slot_count <= i) slots[slot_count++] = NULL;
    }
    slots[i] = obj;
    slot_flags[i] = 0;
    first_free = i + 1;
    __atomic_add_fetch(&obj->handle_count, 1, __ATOMIC_RELAXED);
    pthread_mutex_unlock(&handle_lock);
    thread_no_park_end();
    return (HANDLE)(ULONG_PTR)((i + 1) * 4);
}

struct object *handle_get(HANDLE h, enum object_type type)
{
    struct object *obj = NULL;
    unsigned int i;

    thread_no_park_begin();
    pthread_mutex_lock(&handle_lock);
    i = lookup_locked(h);
    if (i != (unsigned int)-1 && (!type || slots[i]->type == type))
        obj = object_grab(slots[i]);
    pthread_mutex_unlock(&handle_lock);
    thread_no_park_end();
    return obj;
}

/* Puts OBJ (taking over the reference) at the exact value H, which must be
 * free: a child's inherited handles keep their parent's values. Slots
 * below it stay free for handle_alloc. */
NTSTATUS handle_insert_at(HANDLE h, struct object *obj, DWORD flags)
{
    ULONG_PTR v = (ULONG_PTR)h;
    NTSTATUS status = STATUS_SUCCESS;
    unsigned int i = (unsigned int)(v / 4 - 1);

    if (!v || (v & 3) || v / 4 > MAX_HANDLES) return STATUS_INVALID_HANDLE;
    thread_no_park_begin();
    pthread_mutex_lock(&handle_lock);
    if (!grow_locked(i + 1)) status = STATUS_NO_MEMORY;
    else if (i < slot_count && slots[i]) status = STATUS_INVALID_HANDLE;
    else {
        while (slot_count <= i) slots[slot_count++] = NULL;
        slots[i] = obj;
        slot_flags[i] = (unsigned char)flags;
        __atomic_add_fetch(&obj->handle_count, 1, __ATOMIC_RELAXED);
    }
    pthread_mutex_unlock(&handle_lock);
    thread_no_park_end();
    return status;
}

NTSTATUS handle_get_flags(HANDLE h, DWORD *flags)
{
    NTSTATUS status = STATUS_INVALID_HANDLE;
    unsigned int i;

    thread_no_park_begin();
    pthread_mutex_lock(&handle_lock);
    i = lookup_locked(h);
    if (i != (unsigned int)-1) {
        *flags = slot_flags[i];
        status = STATUS_SUCCESS;
    }
    pthread_mutex_unlock(&handle_lock);
    thread_no_park_end();
    return status;
}

NTSTATUS handle_set_flags(HANDLE h, DWORD mask, DWORD flags)
{
    NTSTATUS status = STATUS_INVALID_HANDLE;
    unsigned int i;

    thread_no_park_begin();
    pthread_mutex_lock(&handle_lock);
    i = lookup_locked(h);
    if (i != (unsigned int)-1) {
        slot_flags[i] = (unsigned char)((slot_flags[i] & ~mask) | (flags & mask));
        status = STATUS_SUCCESS;
    }
    pthread_mutex_unlock(&handle_lock);
    thread_no_park_end();
    return status;
}

/* The inheritable handles whose object has TYPE: up to MAX values and new
 * references; returns how many. */
unsigned int handle_list_inheritable(enum object_type type, HANDLE *values, struct object **objs, unsigned int max)
{
    unsigned int n = 0;

    thread_no_park_begin();
    pthread_mutex_lock(&handle_lock);
    for (unsigned int i = 0; i < slot_count && n < max; i++)
        if (slots[i] && (slot_flags[i] & HANDLE_FLAG_INHERIT) && slots[i]->type == type) {
            values[n] = (HANDLE)(ULONG_PTR)((i + 1) * 4);
            objs[n++] = object_grab(slots[i]);
        }
    pthread_mutex_unlock(&handle_lock);
    thread_no_park_end();
    return n;
}

NTSTATUS handle_close(HANDLE h)
{
    struct object *obj = NULL;
    unsigned int i;

    thread_no_park_begin();
    pthread_mutex_lock(&handle_lock);
    i = lookup_locked(h);
    if (i != (unsigned int)-1 && (obj = slots[i])) {
        slots[i] = NULL;
        if (i < first_free) first_free = i;
    }
    pthread_mutex_unlock(&handle_lock);
    thread_no_park_end();
    if (!obj) return STATUS_INVALID_HANDLE;
    if (dup_slot(i)) dup_closed(h);
    if (!__atomic_sub_fetch(&obj->handle_count, 1, __ATOMIC_ACQ_REL) && obj->ops->last_handle_closed)
        obj->ops->last_handle_closed(obj);
    object_release(obj);
    return STATUS_SUCCESS;
}

static void file_destroy(struct object *obj)
{
    struct file_object *file = (struct file_object *)obj;
    if (file->fd >= 0) close(file->fd);
    free(file);
}

static const struct object_ops file_ops = { .destroy = file_destroy };

struct file_object *file_object_create(int fd, DWORD access, DWORD options)
{
    struct file_object *file = calloc(1, sizeof(*file));
    if (!file) return NULL;
    object_init(&file->obj, OBJECT_FILE, &file_ops);
    file->fd = fd;
    file->access = access;
    file->options = options;
    return file;
}

int handle_to_fd(HANDLE h, NTSTATUS *status)
{
    struct file_object *file = (struct file_object *)handle_get(h, OBJECT_FILE);
    int fd;
    if (!file) {
        *status = STATUS_INVALID_HANDLE;
        return -1;
    }
    fd = file->fd;   /* stays valid: closing the handle elsewhere is the program's race, as on Windows */
    object_release(&file->obj);
    *status = STATUS_SUCCESS;
    return fd;
}

NTSYSAPI NTSTATUS WINAPI NtClose(HANDLE handle)
{
    return handle_close(handle);
}

#define DUPLICATE_CLOSE_SOURCE 0x1

/* The Unix pid of the process behind handle PROCESS (ours: getpid()). */
static NTSTATUS process_unix_pid(HANDLE process, int *pid)
{
    DWORD id;
    NTSTATUS status = process_get_id(process, &id);
    *pid = (int)(id / 4);
    return status;
}

/* Access is not tracked, so the copy has the source's (full) access.
 * Into another process: dup.c (the value the target will see); out of
 * another process: dup.c asks that process to hand it over. */
NTSYSAPI NTSTATUS WINAPI NtDuplicateObject(HANDLE source_process, HANDLE source, HANDLE dest_process,
                                           HANDLE *dest, ACCESS_MASK access, ULONG attributes, ULONG options)
{
    NTSTATUS status = STATUS_SUCCESS;
    struct object *obj;
    int pid = 0;
    (void)access;

    if (source_process != NtCurrentProcess()) {
        int source_pid;
        if ((status = process_unix_pid(source_process, &source_pid))) return status;
        if (source_pid != getpid()) {
            if (dest && dest_process == NtCurrentProcess()) pid = getpid();
            else if (dest && (status = process_unix_pid(dest_process, &pid))) return status;
            return dup_ask(source_pid, source, dest ? pid : 0, options, (attributes & OBJ_INHERIT) != 0, dest);
        }
    }
    if (dest && dest_process != NtCurrentProcess() && (status = process_unix_pid(dest_process, &pid)))
        return status;
    if (!(obj = object_from_handle(source))) return STATUS_INVALID_HANDLE;
    if (!dest) object_release(obj);
    else if (dest_process != NtCurrentProcess() && pid != getpid()) {
        status = dup_put(obj, pid, (attributes & OBJ_INHERIT) != 0, dest);
        object_release(obj);
        if (!NT_SUCCESS(status)) return status;
    } else if (!(*dest = handle_alloc(obj))) {
        object_release(obj);
        status = STATUS_NO_MEMORY;
    } else if (attributes & OBJ_INHERIT) handle_set_flags(*dest, HANDLE_FLAG_INHERIT, HANDLE_FLAG_INHERIT);
    if (options & DUPLICATE_CLOSE_SOURCE) handle_close(source);
    return status;
}
