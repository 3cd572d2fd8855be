/*
 * I/O completion ports over ntdll's NtCreateIoCompletion and friends.
 */
#include "kernel32_private.h"


typedef struct {
    ULONG_PTR CompletionKey;
    ULONG_PTR CompletionValue;
    IO_STATUS_BLOCK IoStatusBlock;
} FILE_IO_COMPLETION_INFORMATION;

/* OVERLAPPED_ENTRY as GetQueuedCompletionStatusEx fills it: the same
 * layout as the NT record, Internal being the status. */
typedef FILE_IO_COMPLETION_INFORMATION OVERLAPPED_ENTRY;

NTSYSAPI NTSTATUS WINAPI NtCreateIoCompletion(HANDLE *, ACCESS_MASK, const OBJECT_ATTRIBUTES *, ULONG);
NTSYSAPI NTSTATUS WINAPI NtSetIoCompletion(HANDLE, ULONG_PTR, ULONG_PTR, NTSTATUS, SIZE_T);
NTSYSAPI NTSTATUS WINAPI NtRemoveIoCompletion(HANDLE, ULONG_PTR *, ULONG_PTR *, IO_STATUS_BLOCK *,
                                              const LARGE_INTEGER *);
NTSYSAPI NTSTATUS WINAPI NtRemoveIoCompletionEx(HANDLE, FILE_IO_COMPLETION_INFORMATION *, ULONG, ULONG *,
                                                const LARGE_INTEGER *, BOOLEAN);

static const LARGE_INTEGER *timeout_from_ms(DWORD ms, LARGE_INTEGER *timeout)
{
    if (ms == INFINITE) return NULL;
    timeout->QuadPart = (LONGLONG)ms * -10000;
    return timeout;
}

/* A closed port is ERROR_ABANDONED_WAIT_0, not what the table maps its
 * status to; a timeout is WAIT_TIMEOUT. */
static BOOL remove_failed(NTSTATUS status)
{
    if (status == STATUS_ABANDONED_WAIT_0) SetLastError(ERROR_ABANDONED_WAIT_0);
    else if (status == STATUS_USER_APC) SetLastError(WAIT_IO_COMPLETION);
    else if (status == STATUS_TIMEOUT) SetLastError(WAIT_TIMEOUT);
    else set_status_error(status);
    return FALSE;
}

/* FILE with EXISTING associates the file and returns EXISTING; FILE
 * INVALID_HANDLE_VALUE makes a port. Nothing in winrun completes file
 * I/O asynchronously yet, so an association only checks its handles. */
WINBASEAPI HANDLE WINAPI CreateIoCompletionPort(HANDLE file, HANDLE existing, ULONG_PTR key, DWORD threads)
{
    HANDLE port = existing;
    struct object *obj;
    (void)key;

    if (file == INVALID_HANDLE_VALUE) {
        if (existing) {
            SetLastError(ERROR_INVALID_PARAMETER);
            return NULL;
        }
        if (!set_status_error(NtCreateIoCompletion(&port, 0x1f0003, NULL, threads))) return NULL;
        return port;
    }
    if (!(obj = handle_get(file, OBJECT_FILE))) {
        SetLastError(ERROR_INVALID_HANDLE);
        return NULL;
    }
    object_release(obj);
    if (existing) {
        if (!(obj = handle_get(existing, OBJECT_COMPLETION))) {
            SetLastError(ERROR_INVALID_PARAMETER);
            return NULL;
        }
        object_release(obj);
    } else if (!set_status_error(NtCreateIoCompletion(&port, 0x1f0003, NULL, threads))) {
        return NULL;
    }
    return port;
}

WINBASEAPI BOOL WINAPI PostQueuedCompletionStatus(HANDLE port, DWORD bytes, ULONG_PTR key, void *overlapped)
{
    return set_status_error(NtSetIoCompletion(port, key, (ULONG_PTR)overlapped, STATUS_SUCCESS, bytes));
}

/* A packet with a failure status is returned with FALSE and its error. */
WINBASEAPI BOOL WINAPI GetQueuedCompletionStatus(HANDLE port, DWORD *bytes, ULONG_PTR *key, void **overlapped,
                                                 DWORD ms)
{
    LARGE_INTEGER timeout;
    IO_STATUS_BLOCK iosb;
    ULONG_PTR value;
    NTSTATUS status;

    *overlapped = NULL;
    status = NtRemoveIoCompletion(port, key, &value, &iosb, timeout_from_ms(ms, &timeout));
    if (status != STATUS_SUCCESS) return remove_failed(status);
    *overlapped = (void *)value;
    *bytes = (DWORD)iosb.Information;
    if (iosb.Status) return set_status_error(iosb.Status);
    return TRUE;
}

WINBASEAPI BOOL WINAPI GetQueuedCompletionStatusEx(HANDLE port, OVERLAPPED_ENTRY *entries, ULONG count,
                                                   ULONG *removed, DWORD ms, BOOL alertable)
{
    LARGE_INTEGER timeout;
    NTSTATUS status;
    ULONG n;

    /* *removed is left alone on failure, as on Windows (and Wine) */
    status = NtRemoveIoCompletionEx(port, entries, count, &n, timeout_from_ms(ms, &timeout), (BOOLEAN)alertable);
    if (status != STATUS_SUCCESS) return remove_failed(status);
    *removed = n;
    return TRUE;
}
