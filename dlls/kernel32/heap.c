/*
 * Heap entry points over ntdll's heaps (HeapAlloc etc. are forwarded in the
 * spec), plus the Global/Local families, which on Win32 are the process
 * heap with movable-handle bookkeeping we do not need: every block is fixed.
 */
#include "kernel32_private.h"

#define GMEM_ZEROINIT 0x40
#define HEAP_CREATE_ENABLE_EXECUTE 0x40000

NTSYSAPI HANDLE WINAPI RtlCreateHeap(ULONG, PVOID, SIZE_T, SIZE_T, PVOID, PVOID);
NTSYSAPI HANDLE WINAPI RtlDestroyHeap(HANDLE);

void *heap_alloc(SIZE_T size) { return RtlAllocateHeap(GetProcessHeap(), 0, size); }
void heap_free(void *ptr) { RtlFreeHeap(GetProcessHeap(), 0, ptr); }

WINBASEAPI HANDLE WINAPI GetProcessHeap(void)
{
    return NtCurrentTeb()->Peb->ProcessHeap;
}

WINBASEAPI HANDLE WINAPI HeapCreate(DWORD flags, SIZE_T initial, SIZE_T maximum)
{
    HANDLE heap = RtlCreateHeap(flags & ~HEAP_CREATE_ENABLE_EXECUTE, NULL, maximum, initial, NULL, NULL);
    if (!heap) SetLastError(ERROR_NOT_ENOUGH_MEMORY);
    return heap;
}

WINBASEAPI BOOL WINAPI HeapDestroy(HANDLE heap)
{
    if (heap == GetProcessHeap() || RtlDestroyHeap(heap)) {
        SetLastError(ERROR_INVALID_HANDLE);
        return FALSE;
    }
    return TRUE;
}

WINBASEAPI HGLOBAL WINAPI GlobalAlloc(UINT flags, SIZE_T size)
{
    void *p = RtlAllocateHeap(GetProcessHeap(), (flags & GMEM_ZEROINIT) ? HEAP_ZERO_MEMORY : 0, size);
    if (!p) SetLastError(ERROR_NOT_ENOUGH_MEMORY);
    return p;
}

WINBASEAPI HGLOBAL WINAPI GlobalFree(HGLOBAL mem)
{
    if (!mem || RtlFreeHeap(GetProcessHeap(), 0, mem)) return NULL;
    SetLastError(ERROR_INVALID_HANDLE);
    return mem;
}

WINBASEAPI HGLOBAL WINAPI GlobalReAlloc(HGLOBAL mem, SIZE_T size, UINT flags)
{
    void *p = RtlReAllocateHeap(GetProcessHeap(), (flags & GMEM_ZEROINIT) ? HEAP_ZERO_MEMORY : 0, mem, size);
    if (!p) SetLastError(ERROR_NOT_ENOUGH_MEMORY);
    return p;
}

WINBASEAPI SIZE_T WINAPI GlobalSize(HGLOBAL mem)
{
    SIZE_T size = RtlSizeHeap(GetProcessHeap(), 0, mem);
    if (size == (SIZE_T)-1) {
        SetLastError(ERROR_INVALID_HANDLE);
        return 0;
    }
    return size;
}

WINBASEAPI LPVOID WINAPI GlobalLock(HGLOBAL mem) { return mem; }
WINBASEAPI BOOL WINAPI GlobalUnlock(HGLOBAL mem) { (void)mem; return TRUE; }
WINBASEAPI HLOCAL WINAPI LocalAlloc(UINT flags, SIZE_T size) { return GlobalAlloc(flags, size); }
WINBASEAPI HLOCAL WINAPI LocalFree(HLOCAL mem) { return GlobalFree(mem); }
WINBASEAPI HLOCAL WINAPI LocalReAlloc(HLOCAL mem, SIZE_T size, UINT flags) { return GlobalReAlloc(mem, size, flags); }
WINBASEAPI SIZE_T WINAPI LocalSize(HLOCAL mem) { return GlobalSize(mem); }
WINBASEAPI LPVOID WINAPI LocalLock(HLOCAL mem) { return mem; }
WINBASEAPI BOOL WINAPI LocalUnlock(HLOCAL mem) { (void)mem; return TRUE; }

/* ntdll's heap functions return BOOLEAN, which leaves the upper bits of
 * the return register undefined; Win32 callers test the whole BOOL. */
NTSYSAPI BOOLEAN WINAPI RtlLockHeap(HANDLE);
NTSYSAPI BOOLEAN WINAPI RtlUnlockHeap(HANDLE);

WINBASEAPI BOOL WINAPI HeapFree(HANDLE heap, DWORD flags, LPVOID ptr)
{
    return RtlFreeHeap(heap, flags, ptr) != 0;
}

WINBASEAPI BOOL WINAPI HeapValidate(HANDLE heap, DWORD flags, LPCVOID ptr)
{
    return RtlValidateHeap(heap, flags, ptr) != 0;
}

WINBASEAPI BOOL WINAPI HeapLock(HANDLE heap)
{
    return RtlLockHeap(heap) != 0;
}

WINBASEAPI BOOL WINAPI HeapUnlock(HANDLE heap)
{
    return RtlUnlockHeap(heap) != 0;
}
