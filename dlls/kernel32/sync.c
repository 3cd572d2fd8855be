/*
 * Synchronisation entry points. Critical sections are forwarded to ntdll
 * in the spec; here are the ones whose Win32 signature differs.
 */
#include "kernel32_private.h"

NTSYSAPI NTSTATUS WINAPI NtDelayExecution(BOOLEAN, const LARGE_INTEGER *);
NTSYSAPI NTSTATUS WINAPI RtlInitializeCriticalSectionEx(RTL_CRITICAL_SECTION *, ULONG, ULONG);

WINBASEAPI DWORD WINAPI SleepEx(DWORD ms, BOOL alertable)
{
    LARGE_INTEGER timeout;
    timeout.QuadPart = (LONGLONG)ms * -10000;
    NtDelayExecution((BOOLEAN)alertable, ms == INFINITE ? NULL : &timeout);
    return 0;
}

WINBASEAPI void WINAPI Sleep(DWORD ms)
{
    SleepEx(ms, FALSE);
}

WINBASEAPI BOOL WINAPI InitializeCriticalSectionAndSpinCount(CRITICAL_SECTION *cs, DWORD spin)
{
    RtlInitializeCriticalSectionEx(cs, spin, 0);
    return TRUE;
}

WINBASEAPI BOOL WINAPI InitializeCriticalSectionEx(CRITICAL_SECTION *cs, DWORD spin, DWORD flags)
{
    RtlInitializeCriticalSectionEx(cs, spin, flags);
    return TRUE;
}
