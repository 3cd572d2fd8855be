/* Virtual memory entry points over ntdll's (see dlls/ntdll/virtual.c). */
#include "kernel32_private.h"

NTSYSAPI NTSTATUS WINAPI NtAllocateVirtualMemory(HANDLE, PVOID *, ULONG_PTR, SIZE_T *, ULONG, ULONG);
NTSYSAPI NTSTATUS WINAPI NtFreeVirtualMemory(HANDLE, PVOID *, SIZE_T *, ULONG);
NTSYSAPI NTSTATUS WINAPI NtProtectVirtualMemory(HANDLE, PVOID *, SIZE_T *, ULONG, ULONG *);
NTSYSAPI NTSTATUS WINAPI NtQueryVirtualMemory(HANDLE, const void *, ULONG, PVOID, SIZE_T, SIZE_T *);

#define CURRENT_PROCESS ((HANDLE)~(ULONG_PTR)0)

WINBASEAPI LPVOID WINAPI VirtualAllocEx(HANDLE, LPVOID, SIZE_T, DWORD, DWORD);
WINBASEAPI BOOL WINAPI VirtualFreeEx(HANDLE, LPVOID, SIZE_T, DWORD);
WINBASEAPI BOOL WINAPI VirtualProtectEx(HANDLE, LPVOID, SIZE_T, DWORD, LPDWORD);
WINBASEAPI SIZE_T WINAPI VirtualQueryEx(HANDLE, LPCVOID, PMEMORY_BASIC_INFORMATION, SIZE_T);

WINBASEAPI LPVOID WINAPI VirtualAlloc(LPVOID addr, SIZE_T size, DWORD type, DWORD protect)
{
    return VirtualAllocEx(CURRENT_PROCESS, addr, size, type, protect);
}

WINBASEAPI BOOL WINAPI VirtualFree(LPVOID addr, SIZE_T size, DWORD type)
{
    return VirtualFreeEx(CURRENT_PROCESS, addr, size, type);
}

WINBASEAPI BOOL WINAPI VirtualProtect(LPVOID addr, SIZE_T size, DWORD protect, LPDWORD old)
{
    return VirtualProtectEx(CURRENT_PROCESS, addr, size, protect, old);
}

WINBASEAPI SIZE_T WINAPI VirtualQuery(LPCVOID addr, PMEMORY_BASIC_INFORMATION info, SIZE_T len)
{
    return VirtualQueryEx(CURRENT_PROCESS, addr, info, len);
}

/* The *Ex forms serve this process only (its pseudo-handle); ntdll says
 * STATUS_NOT_SUPPORTED for any other until the server can reach it. */
WINBASEAPI LPVOID WINAPI VirtualAllocEx(HANDLE process, LPVOID addr, SIZE_T size, DWORD type, DWORD protect)
{
    return set_status_error(NtAllocateVirtualMemory(process, &addr, 0, &size, type, protect)) ? addr : NULL;
}

WINBASEAPI BOOL WINAPI VirtualFreeEx(HANDLE process, LPVOID addr, SIZE_T size, DWORD type)
{
    /* NtFreeVirtualMemory would release a whole region given its exact size;
     * the Win32 function insists on 0 */
    if (type == MEM_RELEASE && size) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return FALSE;
    }
    return set_status_error(NtFreeVirtualMemory(process, &addr, &size, type));
}

WINBASEAPI BOOL WINAPI VirtualProtectEx(HANDLE process, LPVOID addr, SIZE_T size, DWORD protect, LPDWORD old)
{
    if (!old) {   /* Windows requires it */
        SetLastError(ERROR_NOACCESS);
        return FALSE;
    }
    return set_status_error(NtProtectVirtualMemory(process, &addr, &size, protect, old));
}

WINBASEAPI SIZE_T WINAPI VirtualQueryEx(HANDLE process, LPCVOID addr, PMEMORY_BASIC_INFORMATION info, SIZE_T len)
{
    SIZE_T ret = 0;
    if (!set_status_error(NtQueryVirtualMemory(process, addr, 0, info, len, &ret))) return 0;
    return ret;
}

/* x86 keeps instruction caches coherent with data writes: nothing to do
 * but check the process, as Windows does. */
WINBASEAPI BOOL WINAPI FlushInstructionCache(HANDLE process, LPCVOID addr, SIZE_T size)
{
    (void)addr; (void)size;
    if (process != (HANDLE)~(ULONG_PTR)0) {
        SetLastError(ERROR_INVALID_HANDLE);
        return FALSE;
    }
    return TRUE;
}
