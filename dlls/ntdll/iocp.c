/*
 * I/O completion ports: NtCreateIoCompletion, NtOpenIoCompletion,
 * NtSetIoCompletion, NtRemoveIoCompletion(Ex). A port is a FIFO of
 * packets under the wait lock; removers sleep on the wait generation like
 * any waiter, so an alertable remove also ends for a user APC. Closing the
 * last handle wakes every remover with STATUS_ABANDONED_WAIT_0, as
 * Windows does. The concurrency limit is not enforced: every waiting
 * thread may take a packet (Windows would hold some back while that many
 * threads of the port are running).
 */
#include <stdlib.h>
#include "futex.h"

typedef struct {
    ULONG_PTR CompletionKey;
    ULONG_PTR CompletionValue;
    IO_STATUS_BLOCK IoStatusBlock;
} FILE_IO_COMPLETION_INFORMATION;

struct packet {
    struct packet *next;
    FILE_IO_COMPLETION_INFORMATION info;
};

struct completion {
    struct object obj;
    struct packet *head, **tail;   /* under the wait lock, with the rest */
    ULONG count;
    BOOL closed;
};

static void completion_destroy(struct object *obj)
{
    struct completion *port = (struct completion *)obj;
    struct packet *p, *next;

    for (p = port->head; p; p = next) {
        next = p->next;
        free(p);
    }
    namespace_remove(obj);
    free(port);
}

/* A port is signalled while it holds packets; a wait does not take one. */
static BOOL completion_signaled(struct object *obj, DWORD tid)
{
    (void)tid;
    return ((struct completion *)obj)->count > 0;
}

static void completion_last_handle_closed(struct object *obj)
{
    wait_lock();
    ((struct completion *)obj)->closed = TRUE;
    wait_changed_locked();
    wait_unlock();
}

static const struct object_ops completion_ops = {
    .destroy = completion_destroy,
    .signaled = completion_signaled,
    .last_handle_closed = completion_last_handle_closed,
};

NTSYSAPI NTSTATUS WINAPI NtCreateIoCompletion(HANDLE *handle, ACCESS_MASK access, const OBJECT_ATTRIBUTES *attr,
                                              ULONG threads)
{
    struct completion *port;
    (void)access; (void)threads;

    if (!handle) return STATUS_ACCESS_VIOLATION;
    if (!(port = calloc(1, sizeof(*port)))) return STATUS_NO_MEMORY;
    object_init(&port->obj, OBJECT_COMPLETION, &completion_ops);
    port->tail = &port->head;
    return object_create_named(&port->obj, attr, handle);
}

NTSYSAPI NTSTATUS WINAPI NtOpenIoCompletion(HANDLE *handle, ACCESS_MASK access, const OBJECT_ATTRIBUTES *attr)
{
    (void)access;
    return object_open_named(attr, OBJECT_COMPLETION, handle);
}

NTSYSAPI NTSTATUS WINAPI NtSetIoCompletion(HANDLE handle, ULONG_PTR key, ULONG_PTR value, NTSTATUS status,
                                           SIZE_T information)
{
    struct completion *port;
    struct packet *packet;

    if (!(port = (struct completion *)handle_get(handle, OBJECT_COMPLETION))) return STATUS_INVALID_HANDLE;
    if (!(packet = malloc(sizeof(*packet)))) {
        object_release(&port->obj);
        return STATUS_NO_MEMORY;
    }
    packet->next = NULL;
    packet->info.CompletionKey = key;
    packet->info.CompletionValue = value;
    packet->info.IoStatusBlock.Status = status;
    packet->info.IoStatusBlock.Information = information;
    wait_lock();
    *port->tail = packet;
    port->tail = &packet->next;
    port->count++;
    wait_changed_locked();
    wait_unlock();
    object_release(&port->obj);
    return STATUS_SUCCESS;
}

struct packet_take { struct completion *port; FILE_IO_COMPLETION_INFORMATION *info; ULONG count, n; };

static NTSTATUS packets_ready(void *ctx)
{
    struct packet_take *t = ctx;
    struct completion *port = t->port;

    if (!port->head) return port->closed ? STATUS_ABANDONED_WAIT_0 : STATUS_PENDING;
    while (t->n < t->count && port->head) {
        struct packet *p = port->head;
        if (!(port->head = p->next)) port->tail = &port->head;
        port->count--;
        t->info[t->n++] = p->info;
        free(p);
    }
    return STATUS_SUCCESS;
}

/* Takes up to COUNT packets, waiting for the first; the result is
 * STATUS_SUCCESS, STATUS_TIMEOUT, STATUS_USER_APC (alertable, after the
 * APCs ran) or STATUS_ABANDONED_WAIT_0 (the port was closed). */
static NTSTATUS remove_packets(HANDLE handle, FILE_IO_COMPLETION_INFORMATION *info, ULONG count, ULONG *removed,
                               const LARGE_INTEGER *timeout, BOOL alertable)
{
    struct apc_queue *apcs = alertable ? thread_current_apc_queue() : NULL;
    struct packet_take take = { NULL, info, count, 0 };
    NTSTATUS status;

    if (!(take.port = (struct completion *)handle_get(handle, OBJECT_COMPLETION))) return STATUS_INVALID_HANDLE;
    wait_lock();
    status = wait_until_locked(packets_ready, &take, timeout, apcs);
    wait_unlock();
    object_release(&take.port->obj);
    if (status == STATUS_USER_APC) apc_run_pending();
    *removed = take.n;
    return status;
}

NTSYSAPI NTSTATUS WINAPI NtRemoveIoCompletion(HANDLE handle, ULONG_PTR *key, ULONG_PTR *value,
                                              IO_STATUS_BLOCK *iosb, const LARGE_INTEGER *timeout)
{
    FILE_IO_COMPLETION_INFORMATION info;
    NTSTATUS status;
    ULONG removed;

    status = remove_packets(handle, &info, 1, &removed, timeout, FALSE);
    if (status != STATUS_SUCCESS) return status;
    *key = info.CompletionKey;
    *value = info.CompletionValue;
    *iosb = info.IoStatusBlock;
    return STATUS_SUCCESS;
}

NTSYSAPI NTSTATUS WINAPI NtRemoveIoCompletionEx(HANDLE handle, FILE_IO_COMPLETION_INFORMATION *info, ULONG count,
                                                ULONG *removed, const LARGE_INTEGER *timeout, BOOLEAN alertable)
{
    ULONG n = 0;
    NTSTATUS status;

    if (!count) return STATUS_INVALID_PARAMETER;
    status = remove_packets(handle, info, count, &n, timeout, alertable);
    if (removed) *removed = n;
    return status;
}
