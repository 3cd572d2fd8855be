/*
 * The COM task allocator. On Windows CoTaskMemAlloc's IMalloc allocates
 * from the process heap, so memory from it and from HeapAlloc(
 * GetProcessHeap()) is the same kind; shell32's SHGetKnownFolderPath
 * returns such a block and programs give it to CoTaskMemFree.
 */
#include <string.h>
#include "ole32_private.h"

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

/* The task allocator as an IMalloc: one static object whose reference
 * count does not matter (Windows' never goes away either). */
struct malloc_vtbl {
    HRESULT (WINAPI *QueryInterface)(void *, const IID *, void **);
    ULONG (WINAPI *AddRef)(void *);
    ULONG (WINAPI *Release)(void *);
    void *(WINAPI *Alloc)(void *, SIZE_T);
    void *(WINAPI *Realloc)(void *, void *, SIZE_T);
    void (WINAPI *Free)(void *, void *);
    SIZE_T (WINAPI *GetSize)(void *, void *);
    INT (WINAPI *DidAlloc)(void *, void *);
    void (WINAPI *HeapMinimize)(void *);
};

static HRESULT WINAPI malloc_QueryInterface(void *self, const IID *iid, void **obj)
{
    if (!memcmp(iid, &IID_IUnknown, sizeof(*iid)) || !memcmp(iid, &IID_IMalloc, sizeof(*iid))) {
        *obj = self;
        return S_OK;
    }
    *obj = NULL;
    return E_NOINTERFACE;
}
static ULONG WINAPI malloc_AddRef(void *self) { (void)self; return 1; }
static ULONG WINAPI malloc_Release(void *self) { (void)self; return 1; }
static void *WINAPI malloc_Alloc(void *self, SIZE_T size) { (void)self; return CoTaskMemAlloc(size); }
static void *WINAPI malloc_Realloc(void *self, void *ptr, SIZE_T size)
{
    (void)self;
    return CoTaskMemRealloc(ptr, size);
}
static void WINAPI malloc_Free(void *self, void *ptr) { (void)self; CoTaskMemFree(ptr); }
static SIZE_T WINAPI malloc_GetSize(void *self, void *ptr)
{
    (void)self;
    return ptr ? HeapSize(GetProcessHeap(), 0, ptr) : (SIZE_T)-1;
}
/* -1: "cannot tell", which Windows' documentation allows */
static INT WINAPI malloc_DidAlloc(void *self, void *ptr) { (void)self; return ptr ? -1 : 0; }
static void WINAPI malloc_HeapMinimize(void *self) { (void)self; }

static const struct malloc_vtbl malloc_vtbl = {
    malloc_QueryInterface, malloc_AddRef, malloc_Release, malloc_Alloc, malloc_Realloc,
    malloc_Free, malloc_GetSize, malloc_DidAlloc, malloc_HeapMinimize,
};
static struct { const struct malloc_vtbl *vtbl; } task_malloc = { &malloc_vtbl };

/* context 1 (MEMCTX_TASK) is the only one Win32 has */
WINBASEAPI HRESULT WINAPI CoGetMalloc(DWORD context, void **malloc)
{
    if (context != 1) {
        *malloc = NULL;
        return E_INVALIDARG;
    }
    *malloc = &task_malloc;
    return S_OK;
}
