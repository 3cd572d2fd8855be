/*
 * The COM task allocator. On Windows CoTaskMemAlloc's IMalloc allocates
 * from the process heap, so memory from it and from HeapAlloc(
 * GetProcessHeap()) is the same kind; shell32's SHGetKnownFolderPath
 * returns such a block and programs give it to CoTaskMemFree.
 */
#include "winbase.h"
#include "objbase.h"

WINBASEAPI LPVOID WINAPI CoTaskMemAlloc(SIZE_T size)
{
    return HeapAlloc(GetProcessHeap(), 0, size);
}

WINBASEAPI void WINAPI CoTaskMemFree(LPVOID ptr)
{
    if (ptr) HeapFree(GetProcessHeap(), 0, ptr);
}

/* IMalloc::Realloc's rules: no block allocates, size 0 frees (NULL back) */
WINBASEAPI LPVOID WINAPI CoTaskMemRealloc(LPVOID ptr, SIZE_T size)
{
    if (!ptr) return CoTaskMemAlloc(size);
    if (!size) {
        CoTaskMemFree(ptr);
        return NULL;
    }
    return HeapReAlloc(GetProcessHeap(), 0, ptr, size);
}
