/*
 * Threads: creation, exit codes, resuming, priorities, handle duplication.
 * ExitThread is forwarded to ntdll.RtlExitUserThread in the spec.
 */
#include "kernel32_private.h"

#define CREATE_SUSPENDED                   0x00000004
#define STACK_SIZE_PARAM_IS_A_RESERVATION  0x00010000
#define THREAD_PRIORITY_IDLE               (-15)
#define THREAD_PRIORITY_LOWEST             (-2)
#define THREAD_PRIORITY_HIGHEST            2
#define THREAD_PRIORITY_TIME_CRITICAL      15
#define THREAD_PRIORITY_ERROR_RETURN       0x7fffffff

NTSYSAPI NTSTATUS WINAPI RtlCreateUserThread(HANDLE, void *, BOOLEAN, ULONG, SIZE_T, SIZE_T,
                                             PRTL_THREAD_START_ROUTINE, void *, HANDLE *, CLIENT_ID *);
NTSYSAPI NTSTATUS WINAPI NtResumeThread(HANDLE, ULONG *);
NTSYSAPI NTSTATUS WINAPI NtYieldExecution(void);
NTSYSAPI NTSTATUS WINAPI NtQueryInformationThread(HANDLE, THREADINFOCLASS, void *, ULONG, ULONG *);
NTSYSAPI NTSTATUS WINAPI NtOpenThread(HANDLE *, ACCESS_MASK, OBJECT_ATTRIBUTES *, CLIENT_ID *);
NTSYSAPI NTSTATUS WINAPI NtSetInformationThread(HANDLE, THREADINFOCLASS, const void *, ULONG);
NTSYSAPI NTSTATUS WINAPI NtDuplicateObject(HANDLE, HANDLE, HANDLE, HANDLE *, ACCESS_MASK, ULONG, ULONG);
NTSYSAPI NTSTATUS WINAPI LdrDisableThreadCalloutsForDll(HMODULE);

WINBASEAPI HANDLE WINAPI CreateThread(void *security, SIZE_T stack_size, PRTL_THREAD_START_ROUTINE start,
                                      void *param, DWORD flags, DWORD *tid)
{
    SIZE_T reserve = 0, commit = 0;
    HANDLE handle;
    CLIENT_ID id;
    (void)security;   /* inheritance matters only once there are child processes */

    if (flags & STACK_SIZE_PARAM_IS_A_RESERVATION) reserve = stack_size;
    else commit = stack_size;
    if (!set_status_error(RtlCreateUserThread(GetCurrentProcess(), NULL, !!(flags & CREATE_SUSPENDED), 0,
                                              reserve, commit, start, param, &handle, &id)))
        return NULL;
    if (tid) *tid = (DWORD)(ULONG_PTR)id.UniqueThread;
    return handle;
}

static BOOL basic_info(HANDLE thread, THREAD_BASIC_INFORMATION *info)
{
    return set_status_error(NtQueryInformationThread(thread, ThreadBasicInformation, info, sizeof(*info), NULL));
}

WINBASEAPI BOOL WINAPI GetExitCodeThread(HANDLE thread, DWORD *code)
{
    THREAD_BASIC_INFORMATION info;
    if (!basic_info(thread, &info)) return FALSE;
    if (code) *code = (DWORD)info.ExitStatus;   /* STATUS_PENDING is STILL_ACTIVE */
    return TRUE;
}

WINBASEAPI DWORD WINAPI GetThreadId(HANDLE thread)
{
    THREAD_BASIC_INFORMATION info;
    return basic_info(thread, &info) ? (DWORD)(ULONG_PTR)info.ClientId.UniqueThread : 0;
}

WINBASEAPI DWORD WINAPI GetProcessIdOfThread(HANDLE thread)
{
    THREAD_BASIC_INFORMATION info;
    return basic_info(thread, &info) ? (DWORD)(ULONG_PTR)info.ClientId.UniqueProcess : 0;
}

/* A thread of this process by id, or another process's main thread (see
 * NtOpenThread); access rights are kept by nothing yet. */
WINBASEAPI HANDLE WINAPI OpenThread(DWORD access, BOOL inherit, DWORD id)
{
    OBJECT_ATTRIBUTES attr = { sizeof(attr), NULL, NULL, inherit ? OBJ_INHERIT : 0, NULL, NULL };
    CLIENT_ID cid = { NULL, (HANDLE)(ULONG_PTR)id };
    HANDLE handle = NULL;
    return set_status_error(NtOpenThread(&handle, access, &attr, &cid)) ? handle : NULL;
}

WINBASEAPI DWORD WINAPI ResumeThread(HANDLE thread)
{
    ULONG prev;
    return set_status_error(NtResumeThread(thread, &prev)) ? prev : (DWORD)-1;
}

WINBASEAPI BOOL WINAPI SwitchToThread(void)
{
    return NtYieldExecution() != STATUS_NO_YIELD_PERFORMED;
}

WINBASEAPI int WINAPI GetThreadPriority(HANDLE thread)
{
    THREAD_BASIC_INFORMATION info;
    return basic_info(thread, &info) ? info.BasePriority : THREAD_PRIORITY_ERROR_RETURN;
}

WINBASEAPI BOOL WINAPI SetThreadPriority(HANDLE thread, int priority)
{
    LONG value = priority;
    if (priority != THREAD_PRIORITY_IDLE && priority != THREAD_PRIORITY_TIME_CRITICAL &&
        (priority < THREAD_PRIORITY_LOWEST || priority > THREAD_PRIORITY_HIGHEST)) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return FALSE;
    }
    return set_status_error(NtSetInformationThread(thread, ThreadBasePriority, &value, sizeof(value)));
}

WINBASEAPI BOOL WINAPI DuplicateHandle(HANDLE source_process, HANDLE source, HANDLE dest_process, HANDLE *dest,
                                       DWORD access, BOOL inherit, DWORD options)
{
    return set_status_error(NtDuplicateObject(source_process, source, dest_process, dest, access,
                                              inherit ? OBJ_INHERIT : 0, options));
}

/* winpthreads calls this on every thread handle it is given; the
 * pseudo-handles are valid and carry no flags. */
WINBASEAPI BOOL WINAPI GetHandleInformation(HANDLE handle, DWORD *flags)
{
    DWORD f = 0;
    if (handle_get_flags(handle, &f) &&
        !set_status_error(NtDuplicateObject(GetCurrentProcess(), handle, NULL, NULL, 0, 0, 0)))
        return FALSE;
    if (flags) *flags = f;
    return TRUE;
}

WINBASEAPI BOOL WINAPI SetHandleInformation(HANDLE handle, DWORD mask, DWORD flags)
{
    return set_status_error(handle_set_flags(handle, mask & 3, flags));
}

WINBASEAPI BOOL WINAPI DisableThreadLibraryCalls(HMODULE module)
{
    return set_status_error(LdrDisableThreadCalloutsForDll(module));
}
