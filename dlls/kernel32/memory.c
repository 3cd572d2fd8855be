/* Virtual memory entry points over ntdll's (see dlls/ntdll/virtual.c). */
#include "kernel32_private.h"

NTSYSAPI NTSTATUS WINAPI NtAllocateVirtualMemory(HANDLE, PVOID *, ULONG_PTR, SIZE_T *, ULONG, ULONG);
NTSYSAPI NTSTATUS WINAPI NtFreeVirtualMemory(HANDLE, PVOID *, SIZE_T *, ULONG);
NTSYSAPI NTSTATUS WINAPI NtProtectVirtualMemory(HANDLE, PVOID *, SIZE_T *, ULONG, ULONG *);
NTSYSAPI NTSTATUS WINAPI NtQueryVirtualMemory(HANDLE, const void *, ULONG, PVOID, SIZE_T, SIZE_T *);

#define CURRENT_PROCESS ((HANDLE)~(ULONG_PTR)0)

WINBASEAPI LPVOID WINAPI VirtualAlloc(LPVOID addr, SIZE_T size, DWORD type, DWORD protect)
{
    return set_status_error(NtAllocateVirtualMemory(CURRENT_PROCESS, &addr, 0, &size, type, protect)) ? addr : NULL;
}

WINBASEAPI BOOL WINAPI VirtualFree(LPVOID addr, SIZE_T size, DWORD type)
{
    return set_status_error(NtFreeVirtualMemory(CURRENT_PROCESS, &addr, &size, type));
}

WINBASEAPI BOOL WINAPI VirtualProtect(LPVOID addr, SIZE_T size, DWORD protect, LPDWORD old)
{
    DWORD dummy;
    if (!old) {   /* Windows requires it */
        SetLastError(ERROR_NOACCESS);
        return FALSE;
    }
    return set_status_error(NtProtectVirtualMemory(CURRENT_PROCESS, &addr, &size, protect, old ? old : &dummy));
}

WINBASEAPI SIZE_T WINAPI VirtualQuery(LPCVOID addr, PMEMORY_BASIC_INFORMATION info, SIZE_T len)
{
    SIZE_T ret = 0;
    if (!set_status_error(NtQueryVirtualMemory(CURRENT_PROCESS, addr, 0, info, len, &ret))) return 0;
    return ret;
}
