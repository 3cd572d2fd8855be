/*
 * The process handle table: handle values are 4, 8, 12, ... as on Windows,
 * each naming a reference-counted object. One table for every object type.
 * Lookups take a mutex: O(1), uncontended in the common case; if profiling
 * shows it on a hot path, switch the lookup to an RCU-style read of the
 * slot array.
 */
#include <errno.h>
#include <stdlib.h>
#include <unistd.h>
#include "ntdll_private.h"

#define MAX_HANDLES (1 << 24)

static pthread_mutex_t handle_lock = PTHREAD_MUTEX_INITIALIZER;
static struct object **slots;        /* slot i holds handle (i + 1) * 4 */
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

static unsigned int handle_to_slot(HANDLE h)
{
    ULONG_PTR v = (ULONG_PTR)h;
    if (!v || (v & 3) || v / 4 > slot_count) return (unsigned int)-1;
    return (unsigned int)(v / 4 - 1);
}

HANDLE handle_alloc(struct object *obj)
{
    unsigned int i;

    thread_no_park_begin();
    pthread_mutex_lock(&handle_lock);
    for (i = first_free; i < slot_count && slots[i]; i++);
    if (i == slot_count) {
        if (slot_count == slot_capacity) {
            unsigned int cap = slot_capacity ? slot_capacity * 2 : 256;
            struct object **grown;
            if (cap > MAX_HANDLES || !(grown = realloc(slots, cap * sizeof(*slots)))) {
                pthread_mutex_unlock(&handle_lock);
                thread_no_park_end();
                return NULL;
            }
            slots = grown;
            slot_capacity = cap;
        }
        slot_count++;
    }
    slots[i] = obj;
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
    i = handle_to_slot(h);
    if (i != (unsigned int)-1 && slots[i] && (!type || slots[i]->type == type))
        obj = object_grab(slots[i]);
    pthread_mutex_unlock(&handle_lock);
    thread_no_park_end();
    return obj;
}

NTSTATUS handle_close(HANDLE h)
{
    struct object *obj = NULL;
    unsigned int i;

    thread_no_park_begin();
    pthread_mutex_lock(&handle_lock);
    i = handle_to_slot(h);
    if (i != (unsigned int)-1 && (obj = slots[i])) {
        slots[i] = NULL;
        if (i < first_free) first_free = i;
    }
    pthread_mutex_unlock(&handle_lock);
    thread_no_park_end();
    if (!obj) return STATUS_INVALID_HANDLE;
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

/* Within this process only: access and attributes are not tracked, so the
 * copy has the source's (full) access. Another process's handles need the
 * server. */
NTSYSAPI NTSTATUS WINAPI NtDuplicateObject(HANDLE source_process, HANDLE source, HANDLE dest_process,
                                           HANDLE *dest, ACCESS_MASK access, ULONG attributes, ULONG options)
{
    NTSTATUS status = STATUS_SUCCESS;
    struct object *obj;
    (void)access; (void)attributes;

    if (source_process != NtCurrentProcess() || (dest && dest_process != NtCurrentProcess()))
        return STATUS_NOT_SUPPORTED;
    if (!(obj = object_from_handle(source))) return STATUS_INVALID_HANDLE;
    if (!dest) object_release(obj);
    else if (!(*dest = handle_alloc(obj))) {
        object_release(obj);
        status = STATUS_NO_MEMORY;
    }
    if (options & DUPLICATE_CLOSE_SOURCE) handle_close(source);
    return status;
}
