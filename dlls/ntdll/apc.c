/*
 * User APCs: NtQueueApcThread, NtTestAlert, and their delivery in
 * alertable waits (wait.c). Each thread's queue lives in its thread object
 * and is guarded by the wait lock, so that queueing one wakes an alertable
 * waiter through the same generation futex as any state change.
 */
#include <stdlib.h>
#include "ntdll_private.h"

typedef void (WINAPI *apc_func)(ULONG_PTR, ULONG_PTR, ULONG_PTR);

struct apc {
    struct apc *next;
    apc_func func;
    ULONG_PTR arg1, arg2, arg3;
};

struct apc *apc_alloc(void)
{
    return malloc(sizeof(struct apc));
}

BOOL apc_pending_locked(const struct apc_queue *queue)
{
    return queue->head != NULL;
}

NTSTATUS apc_queue_locked(struct apc_queue *queue, struct apc *apc, void *func, ULONG_PTR arg1, ULONG_PTR arg2,
                          ULONG_PTR arg3)
{
    if (queue->closed) {
        free(apc);
        return STATUS_UNSUCCESSFUL;   /* as Windows answers for a thread that has exited */
    }
    apc->next = NULL;
    apc->func = (apc_func)func;
    apc->arg1 = arg1;
    apc->arg2 = arg2;
    apc->arg3 = arg3;
    if (!queue->tail) queue->tail = &queue->head;
    *queue->tail = apc;
    queue->tail = &apc->next;
    wait_changed_locked();
    return STATUS_SUCCESS;
}

void apc_queue_close(struct apc_queue *queue)
{
    struct apc *apc, *next;

    wait_lock();
    apc = queue->head;
    queue->head = NULL;
    queue->tail = &queue->head;
    queue->closed = TRUE;
    wait_unlock();
    for (; apc; apc = next) {
        next = apc->next;
        free(apc);
    }
}

static struct apc *dequeue(struct apc_queue *queue)
{
    struct apc *apc;

    wait_lock();
    if ((apc = queue->head) && !(queue->head = apc->next)) queue->tail = &queue->head;
    wait_unlock();
    return apc;
}

/* APCs queued by a running APC run too, as Windows delivers until the
 * queue is empty. */
BOOL apc_run_pending(void)
{
    struct apc_queue *queue = thread_current_apc_queue();
    struct apc *apc;
    BOOL ran = FALSE;

    if (!queue) return FALSE;
    while ((apc = dequeue(queue))) {
        apc_func func = apc->func;
        ULONG_PTR arg1 = apc->arg1, arg2 = apc->arg2, arg3 = apc->arg3;
        free(apc);
        func(arg1, arg2, arg3);
        ran = TRUE;
    }
    return ran;
}

NTSYSAPI NTSTATUS WINAPI NtQueueApcThread(HANDLE handle, void *func, ULONG_PTR arg1, ULONG_PTR arg2,
                                          ULONG_PTR arg3)
{
    struct object *thread;
    struct apc *apc;
    NTSTATUS status;

    if (!(thread = object_from_handle(handle))) return STATUS_INVALID_HANDLE;
    if (thread->type != OBJECT_THREAD) {
        object_release(thread);
        return STATUS_OBJECT_TYPE_MISMATCH;
    }
    if (!func) {
        object_release(thread);
        return STATUS_INVALID_PARAMETER;
    }
    if (!(apc = apc_alloc())) {
        object_release(thread);
        return STATUS_NO_MEMORY;
    }
    wait_lock();
    status = apc_queue_locked(thread_apc_queue(thread), apc, func, arg1, arg2, arg3);
    wait_unlock();
    object_release(thread);
    return status;
}

/* Runs the calling thread's APCs, as a new thread does before its start
 * routine. */
NTSYSAPI NTSTATUS WINAPI NtTestAlert(void)
{
    apc_run_pending();
    return STATUS_SUCCESS;
}
