/*
 * Waitable timers over ntdll's NtCreateTimer/NtSetTimer/NtCancelTimer.
 */
#include "kernel32_private.h"

#define CREATE_WAITABLE_TIMER_MANUAL_RESET 0x1
#define TIMER_ALL_ACCESS 0x1f0003

NTSYSAPI NTSTATUS WINAPI NtCreateTimer(HANDLE *, ACCESS_MASK, const OBJECT_ATTRIBUTES *, int);
NTSYSAPI NTSTATUS WINAPI NtOpenTimer(HANDLE *, ACCESS_MASK, const OBJECT_ATTRIBUTES *);
NTSYSAPI NTSTATUS WINAPI NtSetTimer(HANDLE, const LARGE_INTEGER *, void *, void *, BOOLEAN, LONG, BOOLEAN *);
NTSYSAPI NTSTATUS WINAPI NtCancelTimer(HANDLE, BOOLEAN *);

WINBASEAPI HANDLE WINAPI CreateWaitableTimerExW(SECURITY_ATTRIBUTES *sa, LPCWSTR name, DWORD flags, DWORD access)
{
    const OBJECT_ATTRIBUTES *attr;
    struct object_name n;
    HANDLE handle = NULL;
    NTSTATUS status;

    if (!(attr = object_attributes(&n, name, sa, OBJ_OPENIF))) return created(STATUS_NO_MEMORY, NULL, &n);
    status = NtCreateTimer(&handle, access, attr, (flags & CREATE_WAITABLE_TIMER_MANUAL_RESET) ? 0 : 1);
    return created(status, handle, &n);
}

WINBASEAPI HANDLE WINAPI CreateWaitableTimerW(SECURITY_ATTRIBUTES *sa, BOOL manual_reset, LPCWSTR name)
{
    return CreateWaitableTimerExW(sa, name, manual_reset ? CREATE_WAITABLE_TIMER_MANUAL_RESET : 0,
                                  TIMER_ALL_ACCESS);
}

WINBASEAPI HANDLE WINAPI CreateWaitableTimerA(SECURITY_ATTRIBUTES *sa, BOOL manual_reset, LPCSTR name)
{
    A_TO_W(CreateWaitableTimerW(sa, manual_reset, name_w), name);
}

WINBASEAPI HANDLE WINAPI CreateWaitableTimerExA(SECURITY_ATTRIBUTES *sa, LPCSTR name, DWORD flags, DWORD access)
{
    A_TO_W(CreateWaitableTimerExW(sa, name_w, flags, access), name);
}

WINBASEAPI HANDLE WINAPI OpenWaitableTimerW(DWORD access, BOOL inherit, LPCWSTR name)
{
    return open_object(NtOpenTimer, access, inherit, name);
}

WINBASEAPI HANDLE WINAPI OpenWaitableTimerA(DWORD access, BOOL inherit, LPCSTR name)
{
    A_TO_W(OpenWaitableTimerW(access, inherit, name_w), name);
}

WINBASEAPI BOOL WINAPI SetWaitableTimer(HANDLE timer, const LARGE_INTEGER *due, LONG period, void *routine,
                                        void *arg, BOOL resume)
{
    return set_status_error(NtSetTimer(timer, due, routine, arg, (BOOLEAN)resume, period, NULL));
}

/* The power-request context only matters to a machine that sleeps; the
 * tolerable delay allows coalescing, which timers here never do. */
WINBASEAPI BOOL WINAPI SetWaitableTimerEx(HANDLE timer, const LARGE_INTEGER *due, LONG period, void *routine,
                                          void *arg, void *wake_context, ULONG tolerable_delay)
{
    (void)wake_context; (void)tolerable_delay;
    return SetWaitableTimer(timer, due, period, routine, arg, FALSE);
}

WINBASEAPI BOOL WINAPI CancelWaitableTimer(HANDLE timer)
{
    return set_status_error(NtCancelTimer(timer, NULL));
}
