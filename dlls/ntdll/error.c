/*
 * The error funnels: errno -> NTSTATUS, NTSTATUS -> Win32 error, and the
 * thread's last error. One table each; grow them here, never at call sites.
 */
#include <errno.h>
#include "ntdll_private.h"
#include "winerror.h"

NTSTATUS errno_to_status(int err)
{
    switch (err) {
    case 0:            return STATUS_SUCCESS;
    case ENOENT:       return STATUS_OBJECT_NAME_NOT_FOUND;
    case ENOTDIR:      return STATUS_OBJECT_PATH_NOT_FOUND;
    case EACCES:
    case EPERM:
    case EROFS:        return STATUS_ACCESS_DENIED;
    case EEXIST:       return STATUS_OBJECT_NAME_COLLISION;
    case EBADF:        return STATUS_INVALID_HANDLE;
    case ENOMEM:       return STATUS_NO_MEMORY;
    case EINVAL:       return STATUS_INVALID_PARAMETER;
    case ENOSPC:       return STATUS_DISK_FULL;
    case EMFILE:
    case ENFILE:       return STATUS_TOO_MANY_OPENED_FILES;
    case EPIPE:        return STATUS_PIPE_BROKEN;
    case EISDIR:       return STATUS_FILE_IS_A_DIRECTORY;
    case ENOTEMPTY:    return STATUS_DIRECTORY_NOT_EMPTY;
    case ENAMETOOLONG: return STATUS_NAME_TOO_LONG;
    case ENOSYS:
    case EOPNOTSUPP:   return STATUS_NOT_SUPPORTED;
    default:           return STATUS_UNSUCCESSFUL;
    }
}

static const struct { NTSTATUS status; DWORD error; } status_map[] = {
    { STATUS_SUCCESS,                 ERROR_SUCCESS },
    { STATUS_TIMEOUT,                 WAIT_TIMEOUT },
    { STATUS_PENDING,                 997 /* ERROR_IO_PENDING */ },
    { STATUS_BUFFER_OVERFLOW,         ERROR_MORE_DATA },
    { STATUS_NO_MORE_FILES,           ERROR_NO_MORE_FILES },
    { STATUS_UNSUCCESSFUL,            ERROR_INVALID_FUNCTION },
    { STATUS_NOT_IMPLEMENTED,         ERROR_INVALID_FUNCTION },
    { STATUS_INVALID_INFO_CLASS,      ERROR_INVALID_PARAMETER },
    { STATUS_INFO_LENGTH_MISMATCH,    24 /* ERROR_BAD_LENGTH */ },
    { STATUS_ACCESS_VIOLATION,        ERROR_NOACCESS },
    { STATUS_INVALID_HANDLE,          ERROR_INVALID_HANDLE },
    { STATUS_INVALID_PARAMETER,       ERROR_INVALID_PARAMETER },
    { STATUS_NO_SUCH_FILE,            ERROR_FILE_NOT_FOUND },
    { STATUS_END_OF_FILE,             ERROR_HANDLE_EOF },
    { STATUS_NO_MEMORY,               ERROR_NOT_ENOUGH_MEMORY },
    { STATUS_CONFLICTING_ADDRESSES,   ERROR_INVALID_ADDRESS },
    { STATUS_UNABLE_TO_FREE_VM,       ERROR_INVALID_PARAMETER },
    { STATUS_ACCESS_DENIED,           ERROR_ACCESS_DENIED },
    { STATUS_BUFFER_TOO_SMALL,        ERROR_INSUFFICIENT_BUFFER },
    { STATUS_OBJECT_TYPE_MISMATCH,    ERROR_INVALID_HANDLE },
    { STATUS_OBJECT_NAME_INVALID,     ERROR_INVALID_NAME },
    { STATUS_OBJECT_NAME_NOT_FOUND,   ERROR_FILE_NOT_FOUND },
    { STATUS_OBJECT_NAME_COLLISION,   ERROR_ALREADY_EXISTS },
    { STATUS_OBJECT_PATH_INVALID,     ERROR_BAD_PATHNAME },
    { STATUS_OBJECT_PATH_NOT_FOUND,   ERROR_PATH_NOT_FOUND },
    { STATUS_SHARING_VIOLATION,       ERROR_SHARING_VIOLATION },
    { STATUS_INVALID_PAGE_PROTECTION, ERROR_INVALID_PARAMETER },
    { STATUS_MUTANT_NOT_OWNED,        ERROR_NOT_OWNER },
    { STATUS_SEMAPHORE_LIMIT_EXCEEDED, 298 /* ERROR_TOO_MANY_POSTS */ },
    { STATUS_DISK_FULL,               ERROR_DISK_FULL },
    { STATUS_MEMORY_NOT_ALLOCATED,    ERROR_INVALID_ADDRESS },
    { STATUS_FILE_IS_A_DIRECTORY,     ERROR_ACCESS_DENIED },
    { STATUS_NOT_SUPPORTED,           ERROR_NOT_SUPPORTED },
    { STATUS_DIRECTORY_NOT_EMPTY,     ERROR_DIR_NOT_EMPTY },
    { STATUS_NOT_A_DIRECTORY,         ERROR_DIRECTORY },
    { STATUS_NAME_TOO_LONG,           ERROR_FILENAME_EXCED_RANGE },
    { STATUS_DLL_NOT_FOUND,           ERROR_MOD_NOT_FOUND },
    { STATUS_ENTRYPOINT_NOT_FOUND,    ERROR_PROC_NOT_FOUND },
    { STATUS_ORDINAL_NOT_FOUND,       ERROR_INVALID_ORDINAL },
    { STATUS_DLL_INIT_FAILED,         ERROR_DLL_INIT_FAILED },
    { STATUS_INVALID_IMAGE_FORMAT,    ERROR_BAD_EXE_FORMAT },
    { STATUS_TOO_MANY_OPENED_FILES,   ERROR_TOO_MANY_OPEN_FILES },
    { STATUS_PIPE_BROKEN,             ERROR_BROKEN_PIPE },
    { STATUS_RESOURCE_DATA_NOT_FOUND, ERROR_RESOURCE_DATA_NOT_FOUND },
    { STATUS_RESOURCE_TYPE_NOT_FOUND, ERROR_RESOURCE_TYPE_NOT_FOUND },
    { STATUS_RESOURCE_NAME_NOT_FOUND, ERROR_RESOURCE_NAME_NOT_FOUND },
    { STATUS_RESOURCE_LANG_NOT_FOUND, ERROR_RESOURCE_LANG_NOT_FOUND },
    { STATUS_VARIABLE_NOT_FOUND,      ERROR_ENVVAR_NOT_FOUND },
};

NTSYSAPI ULONG WINAPI RtlNtStatusToDosError(NTSTATUS status)
{
    for (size_t i = 0; i < sizeof(status_map) / sizeof(status_map[0]); i++)
        if (status_map[i].status == status) return status_map[i].error;
    if ((status & 0xffff0000) == 0x80070000) return status & 0xffff;  /* HRESULT_FROM_WIN32 */
    return 317; /* ERROR_MR_MID_NOT_FOUND, as Windows answers for unknown codes */
}

NTSYSAPI DWORD WINAPI RtlGetLastWin32Error(void)
{
    return NtCurrentTeb()->LastErrorValue;
}

NTSYSAPI void WINAPI RtlSetLastWin32Error(DWORD error)
{
    NtCurrentTeb()->LastErrorValue = error;
}

BOOL set_status_error(NTSTATUS status)
{
    if (NT_SUCCESS(status)) return TRUE;
    NtCurrentTeb()->LastErrorValue = RtlNtStatusToDosError(status);
    return FALSE;
}
