/*
 * Semaphores: a count between 0 and a maximum; each wait that ends on one
 * takes one unit.
 */
#include <stdlib.h>
#include "ntdll_private.h"

struct semaphore {
    struct object obj;
    LONG count;                     /* under the wait lock */
    LONG max;
};

static void semaphore_destroy(struct object *obj)
{
    namespace_remove(obj);
    free(obj);
}

static BOOL semaphore_signaled(struct object *obj, DWORD tid)
{
    (void)tid;
    return ((struct semaphore *)obj)->count > 0;
}

static BOOL semaphore_satisfy(struct object *obj, DWORD tid)
{
    (void)tid;
    ((struct semaphore *)obj)->count--;
    return FALSE;
}

static NTSTATUS release(struct semaphore *sem, LONG count, LONG *prev)
{
    if (count > sem->max - sem->count) return STATUS_SEMAPHORE_LIMIT_EXCEEDED;
    if (prev) *prev = sem->count;
    sem->count += count;
    wait_changed_locked();
    return STATUS_SUCCESS;
}

static NTSTATUS semaphore_signal(struct object *obj, DWORD tid)
{
    (void)tid;
    return release((struct semaphore *)obj, 1, NULL);
}

static void semaphore_share(struct object *obj, struct shared_sync *s)
{
    struct semaphore *sem = (struct semaphore *)obj;
    s->state = sem->count;
    s->max = sem->max;
}

static const struct object_ops semaphore_ops = {
    .destroy = semaphore_destroy,
    .share = semaphore_share,
    .signaled = semaphore_signaled,
    .satisfy = semaphore_satisfy,
    .signal = semaphore_signal,
};

NTSYSAPI NTSTATUS WINAPI NtCreateSemaphore(HANDLE *handle, ACCESS_MASK access, const OBJECT_ATTRIBUTES *attr,
                                           LONG initial, LONG max)
{
    struct semaphore *sem;
    (void)access;

    if (max <= 0 || initial < 0 || initial > max) return STATUS_INVALID_PARAMETER;
    if (object_has_name(attr)) {
        struct obj_create_request init = { .type = SHARED_SEMAPHORE, .state = initial, .max = max };
        return shared_sync_create(&init, attr, FALSE, handle);
    }
    if (!(sem = calloc(1, shareable_size(sizeof(*sem))))) return STATUS_NO_MEMORY;
    object_init(&sem->obj, OBJECT_SEMAPHORE, &semaphore_ops);
    sem->count = initial;
    sem->max = max;
    return object_create_named(&sem->obj, attr, handle);
}

NTSYSAPI NTSTATUS WINAPI NtOpenSemaphore(HANDLE *handle, ACCESS_MASK access, const OBJECT_ATTRIBUTES *attr)
{
    struct obj_create_request init = { .type = SHARED_SEMAPHORE };
    (void)access;
    if (!object_has_name(attr)) return STATUS_OBJECT_PATH_NOT_FOUND;
    return shared_sync_create(&init, attr, TRUE, handle);
}

NTSYSAPI NTSTATUS WINAPI NtReleaseSemaphore(HANDLE handle, LONG count, LONG *prev)
{
    struct semaphore *sem;
    NTSTATUS status;

    if (count <= 0) return STATUS_INVALID_PARAMETER;
    if (!(sem = (struct semaphore *)handle_get(handle, OBJECT_SEMAPHORE))) return STATUS_INVALID_HANDLE;
    wait_lock();
    if (shared_is(&sem->obj)) {     /* named, or promoted (under the wait lock) */
        wait_unlock();
        status = shared_semaphore_release(&sem->obj, count, prev);
        object_release(&sem->obj);
        return status;
    }
    status = release(sem, count, prev);
    wait_unlock();
    object_release(&sem->obj);
    return status;
}
