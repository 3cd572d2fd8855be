/*
 * Job objects, the Win32 side of dlls/ntdll/job.c: kill-on-close, process
 * accounting, termination, breakaway. A named job is shared with the
 * processes that open its name (the same namespace rules as events:
 * Local\, Global\).
 */
#include <string.h>
#include "kernel32_private.h"

WINBASEAPI HANDLE WINAPI CreateJobObjectW(SECURITY_ATTRIBUTES *sa, LPCWSTR name)
{
    struct object_name n;
    const OBJECT_ATTRIBUTES *attr = object_attributes(&n, name, sa, 0);
    HANDLE handle = NULL;
    NTSTATUS status;

    if (!attr) return created(STATUS_NO_MEMORY, NULL, &n);
    status = job_create(attr->ObjectName, FALSE, &handle);
    if (NT_SUCCESS(status) && sa && sa->bInheritHandle) handle_set_flags(handle, HANDLE_FLAG_INHERIT, HANDLE_FLAG_INHERIT);
    return created(status, handle, &n);
}

WINBASEAPI HANDLE WINAPI CreateJobObjectA(SECURITY_ATTRIBUTES *sa, LPCSTR name)
{
    WCHAR *w = strdup_a_to_w(name);
    HANDLE h;
    if (name && !w) {
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
        return NULL;
    }
    h = CreateJobObjectW(sa, w);
    heap_free(w);
    return h;
}

WINBASEAPI HANDLE WINAPI OpenJobObjectW(DWORD access, BOOL inherit, LPCWSTR name)
{
    struct object_name n;
    const OBJECT_ATTRIBUTES *attr;
    HANDLE handle = NULL;
    NTSTATUS status;
    (void)access;

    if (!name) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return NULL;
    }
    if (!(attr = object_attributes(&n, name, NULL, 0))) return opened(STATUS_NO_MEMORY, NULL, &n);
    status = job_create(attr->ObjectName, TRUE, &handle);
    if (!status && inherit) handle_set_flags(handle, HANDLE_FLAG_INHERIT, HANDLE_FLAG_INHERIT);
    return opened(status, handle, &n);
}

WINBASEAPI HANDLE WINAPI OpenJobObjectA(DWORD access, BOOL inherit, LPCSTR name)
{
    WCHAR *w = strdup_a_to_w(name);
    HANDLE h;
    if (name && !w) {
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
        return NULL;
    }
    h = OpenJobObjectW(access, inherit, w);
    heap_free(w);
    return h;
}

WINBASEAPI BOOL WINAPI AssignProcessToJobObject(HANDLE job, HANDLE process)
{
    return set_status_error(job_assign(job, process));
}

WINBASEAPI BOOL WINAPI TerminateJobObject(HANDLE job, UINT code)
{
    return set_status_error(job_terminate(job, code));
}

WINBASEAPI BOOL WINAPI IsProcessInJob(HANDLE process, HANDLE job, BOOL *result)
{
    return set_status_error(job_contains(job, process, result));
}

WINBASEAPI BOOL WINAPI SetInformationJobObject(HANDLE job, JOBOBJECTINFOCLASS klass, void *info, DWORD size)
{
    const JOBOBJECT_BASIC_LIMIT_INFORMATION *basic = info;

    switch (klass) {
    case JobObjectBasicLimitInformation:
        if (size != sizeof(JOBOBJECT_BASIC_LIMIT_INFORMATION)) break;
        if (basic->LimitFlags & ~JOB_OBJECT_LIMIT_VALID_FLAGS & 0xffff00ff) break;
        return set_status_error(job_set_limit_flags(job, basic->LimitFlags & 0xff));
    case JobObjectExtendedLimitInformation:
        if (size != sizeof(JOBOBJECT_EXTENDED_LIMIT_INFORMATION)) break;
        if (basic->LimitFlags & ~JOB_OBJECT_LIMIT_VALID_FLAGS) break;
        return set_status_error(job_set_limit_flags(job, basic->LimitFlags));
    default:
        return set_status_error(STATUS_NOT_IMPLEMENTED);
    }
    SetLastError(ERROR_BAD_LENGTH);
    return FALSE;
}

WINBASEAPI BOOL WINAPI QueryInformationJobObject(HANDLE job, JOBOBJECTINFOCLASS klass, void *info, DWORD size,
                                                 DWORD *returned)
{
    struct job_counts counts;
    DWORD flags;
    NTSTATUS status;

    switch (klass) {
    case JobObjectBasicAccountingInformation: {
        JOBOBJECT_BASIC_ACCOUNTING_INFORMATION *acct = info;
        if (size < sizeof(*acct)) break;
        if ((status = job_query(job, &counts, NULL, 0))) return set_status_error(status);
        memset(acct, 0, sizeof(*acct));
        acct->TotalUserTime.QuadPart = (LONGLONG)counts.user;
        acct->TotalKernelTime.QuadPart = (LONGLONG)counts.kernel;
        acct->TotalProcesses = counts.total;
        acct->ActiveProcesses = counts.active;
        acct->TotalTerminatedProcesses = 0;
        if (returned) *returned = sizeof(*acct);
        return TRUE;
    }
    case JobObjectBasicProcessIdList: {
        JOBOBJECT_BASIC_PROCESS_ID_LIST *list = info;
        DWORD room;
        if (size < offsetof(JOBOBJECT_BASIC_PROCESS_ID_LIST, ProcessIdList)) break;
        room = (size - offsetof(JOBOBJECT_BASIC_PROCESS_ID_LIST, ProcessIdList)) / sizeof(ULONG_PTR);
        if ((status = job_query(job, &counts, list->ProcessIdList, room))) return set_status_error(status);
        list->NumberOfAssignedProcesses = counts.active;
        list->NumberOfProcessIdsInList = counts.pid_count;
        if (returned) *returned = offsetof(JOBOBJECT_BASIC_PROCESS_ID_LIST, ProcessIdList) + counts.pid_count * sizeof(ULONG_PTR);
        if (counts.pid_count < counts.active) {
            SetLastError(ERROR_MORE_DATA);
            return FALSE;
        }
        return TRUE;
    }
    case JobObjectBasicLimitInformation:
    case JobObjectExtendedLimitInformation: {
        DWORD need = klass == JobObjectBasicLimitInformation ? sizeof(JOBOBJECT_BASIC_LIMIT_INFORMATION)
                                                             : sizeof(JOBOBJECT_EXTENDED_LIMIT_INFORMATION);
        if (size < need) break;
        if ((status = job_get_limit_flags(job, &flags))) return set_status_error(status);
        memset(info, 0, need);
        ((JOBOBJECT_BASIC_LIMIT_INFORMATION *)info)->LimitFlags = flags;
        if (returned) *returned = need;
        return TRUE;
    }
    default:
        return set_status_error(STATUS_NOT_IMPLEMENTED);
    }
    SetLastError(ERROR_BAD_LENGTH);
    return FALSE;
}
