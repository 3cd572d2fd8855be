/*
 * Directory change notifications: ReadDirectoryChangesW and the
 * FindFirstChangeNotification family, over ntdll's
 * NtNotifyChangeDirectoryFile (dlls/ntdll/notify.c).
 *
 * A change notification handle is, as on Windows, the directory opened
 * for asynchronous I/O with a notify request pending on it: the handle is
 * signalled when the request completes, and FindNextChangeNotification
 * issues the next one.
 */
#include "file_private.h"

typedef void (WINAPI *LPOVERLAPPED_COMPLETION_ROUTINE)(DWORD, DWORD, LPOVERLAPPED);

NTSYSAPI NTSTATUS WINAPI NtNotifyChangeDirectoryFile(HANDLE, HANDLE, void *, void *, IO_STATUS_BLOCK *, void *,
                                                     ULONG, ULONG, BOOLEAN);
NTSYSAPI ULONG WINAPI RtlNtStatusToDosError(NTSTATUS);
WINBASEAPI HANDLE WINAPI CreateEventW(void *, BOOL, BOOL, LPCWSTR);

/* The user routine's APC: the IO_STATUS_BLOCK is the OVERLAPPED's head. */
static void WINAPI invoke_completion(void *context, IO_STATUS_BLOCK *io, ULONG reserved)
{
    LPOVERLAPPED_COMPLETION_ROUTINE routine = (LPOVERLAPPED_COMPLETION_ROUTINE)context;
    (void)reserved;
    routine(RtlNtStatusToDosError(io->Status), (DWORD)io->Information, (OVERLAPPED *)io);
}

WINBASEAPI BOOL WINAPI ReadDirectoryChangesW(HANDLE handle, LPVOID buffer, DWORD length, BOOL subtree,
                                             DWORD filter, LPDWORD returned, LPOVERLAPPED ov,
                                             LPOVERLAPPED_COMPLETION_ROUTINE completion)
{
    IO_STATUS_BLOCK local_io, *io = ov ? (IO_STATUS_BLOCK *)ov : &local_io;
    HANDLE event = NULL;
    void *apc = NULL, *context = NULL;
    NTSTATUS status;

    if (ov && completion) {
        /* the routine form leaves hEvent to the caller */
        apc = (void *)invoke_completion;
        context = (void *)completion;
    } else if (ov) event = ov->hEvent;
    else if (!(event = CreateEventW(NULL, TRUE, FALSE, NULL))) return FALSE;
    status = NtNotifyChangeDirectoryFile(handle, event, apc, context, io, buffer, length, filter, !!subtree);
    if (!ov) {
        /* an asynchronous handle called without OVERLAPPED still blocks */
        if (status == STATUS_PENDING) {
            WaitForSingleObject(event, INFINITE);
            status = io->Status;
        }
        CloseHandle(event);
        if (returned && NT_SUCCESS(status)) *returned = (DWORD)io->Information;
    } else if (status == STATUS_PENDING) return TRUE;   /* queued: the result comes later */
    else if (returned && NT_SUCCESS(status)) *returned = (DWORD)io->Information;
    /* an overflow (STATUS_NOTIFY_ENUM_DIR) is a success with no data */
    return set_status_error(status);
}

/* Change handles' requests have no buffer and no reader of their status:
 * they share one block, as Windows' kernel32 does. */
static IO_STATUS_BLOCK change_io;

WINBASEAPI HANDLE WINAPI FindFirstChangeNotificationW(LPCWSTR path, BOOL subtree, DWORD filter)
{
    NTSTATUS status;
    HANDLE handle;

    handle = CreateFileW(path, FILE_LIST_DIRECTORY, FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, NULL,
                         OPEN_EXISTING, FILE_FLAG_BACKUP_SEMANTICS | FILE_FLAG_OVERLAPPED, NULL);
    if (handle == INVALID_HANDLE_VALUE) return handle;
    status = NtNotifyChangeDirectoryFile(handle, NULL, NULL, NULL, &change_io, NULL, 0, filter, !!subtree);
    if (!NT_SUCCESS(status)) {
        CloseHandle(handle);
        set_status_error(status);
        return INVALID_HANDLE_VALUE;
    }
    return handle;
}

WINBASEAPI HANDLE WINAPI FindFirstChangeNotificationA(LPCSTR path, BOOL subtree, DWORD filter)
{
    WCHAR *name = file_name_a_to_w(path);
    HANDLE handle;

    if (!name && path) {
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
        return INVALID_HANDLE_VALUE;
    }
    handle = FindFirstChangeNotificationW(name, subtree, filter);
    heap_free(name);
    return handle;
}

/* The filter and subtree flag are the first request's for the handle's
 * life, so any valid filter does here. */
WINBASEAPI BOOL WINAPI FindNextChangeNotification(HANDLE handle)
{
    return set_status_error(NtNotifyChangeDirectoryFile(handle, NULL, NULL, NULL, &change_io, NULL, 0,
                                                        0x1 /* FILE_NOTIFY_CHANGE_FILE_NAME */, FALSE));
}

WINBASEAPI BOOL WINAPI FindCloseChangeNotification(HANDLE handle)
{
    return CloseHandle(handle);
}
