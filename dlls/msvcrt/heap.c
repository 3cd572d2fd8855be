/* malloc and friends over the process heap, as msvcrt.dll does. */
#include <string.h>
#include "crt_private.h"


void *CDECL MSVCRT_malloc(size_t size)
{
    void *p = RtlAllocateHeap(GetProcessHeap(), 0, size ? size : 1);
    if (!p) crt_set_errno(CRT_ENOMEM);
    return p;
}

void *CDECL MSVCRT_calloc(size_t count, size_t size)
{
    void *p;
    size_t total;
    if (size && count > (size_t)-1 / size) {
        crt_set_errno(CRT_ENOMEM);
        return NULL;
    }
    total = count * size;
    if (!(p = RtlAllocateHeap(GetProcessHeap(), HEAP_ZERO_MEMORY, total ? total : 1)))
        crt_set_errno(CRT_ENOMEM);
    return p;
}

void CDECL MSVCRT_free(void *ptr)
{
    RtlFreeHeap(GetProcessHeap(), 0, ptr);
}

void *CDECL MSVCRT_realloc(void *ptr, size_t size)
{
    void *p;
    if (!ptr) return MSVCRT_malloc(size);
    if (!size) {
        MSVCRT_free(ptr);
        return NULL;
    }
    if (!(p = RtlReAllocateHeap(GetProcessHeap(), 0, ptr, size))) crt_set_errno(CRT_ENOMEM);
    return p;
}

size_t CDECL MSVCRT__msize(void *ptr)
{
    return RtlSizeHeap(GetProcessHeap(), 0, ptr);
}

/* _aligned_malloc: the original pointer is stored just below the block */
void *CDECL MSVCRT__aligned_offset_malloc(size_t size, size_t alignment, size_t offset)
{
    char *raw, *p;
    if (!alignment || (alignment & (alignment - 1)) || (offset && offset >= size)) {
        crt_set_errno(CRT_EINVAL);
        return NULL;
    }
    if (alignment < sizeof(void *)) alignment = sizeof(void *);
    if (!(raw = MSVCRT_malloc(size + alignment + sizeof(void *)))) return NULL;
    p = (char *)((((ULONG_PTR)raw + sizeof(void *) + offset + alignment - 1) & ~(alignment - 1)) - offset);
    ((void **)p)[-1] = raw;
    return p;
}

void *CDECL MSVCRT__aligned_malloc(size_t size, size_t alignment)
{
    return MSVCRT__aligned_offset_malloc(size, alignment, 0);
}

void CDECL MSVCRT__aligned_free(void *ptr)
{
    if (ptr) MSVCRT_free(((void **)ptr)[-1]);
}

void *CDECL MSVCRT__aligned_realloc(void *ptr, size_t size, size_t alignment)
{
    void *p;
    size_t old;
    if (!ptr) return MSVCRT__aligned_malloc(size, alignment);
    if (!size) {
        MSVCRT__aligned_free(ptr);
        return NULL;
    }
    if (!(p = MSVCRT__aligned_malloc(size, alignment))) return NULL;
    old = MSVCRT__msize(((void **)ptr)[-1]) - ((char *)ptr - (char *)((void **)ptr)[-1]);
    memcpy(p, ptr, old < size ? old : size);
    MSVCRT__aligned_free(ptr);
    return p;
}
