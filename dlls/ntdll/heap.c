/*
 * Windows heaps over mimalloc.
 *
 * Every block carries a 16-byte tail header {size, heap} just below the
 * user pointer: HeapSize must return the exact size asked for, and 16 bytes
 * keep mimalloc's 16-byte alignment. Blocks of private heaps (HeapCreate)
 * also carry list links in front, so that HeapDestroy frees everything the
 * heap still holds, as Windows does. Any thread may use any heap.
 *
 * All blocks come from mimalloc's default heap (mi_malloc/mi_free), which is
 * thread-safe process-wide: a block may be freed by any thread. A mi_heap_t
 * per HeapCreate heap would make HeapDestroy a mi_heap_destroy, but only its
 * creating thread may allocate from a mi_heap_t, and a Windows heap is used
 * from every thread. mimalloc is linked only into ntdll.dll.so; glibc's
 * malloc stays first in the global scope, so winrun's own malloc is glibc's.
 */
#define _GNU_SOURCE
#include <stdlib.h>
#include <mimalloc.h>
#include <string.h>
#include "ntdll_private.h"
#define DEBUG_CHANNEL CH_HEAP
#include "winrun/debug.h"

#define HEAP_MAGIC 0x50414548u   /* "HEAP" */

struct block_links { struct block_links *prev, *next; };
struct block_tail { SIZE_T size; struct heap *heap; };

struct heap {
    DWORD magic;
    DWORD flags;
    int is_private;                 /* blocks are linked for HeapDestroy */
    pthread_mutex_t lock;           /* recursive: HeapLock, then HeapAlloc */
    struct block_links blocks;      /* list head of a private heap */
    struct heap *next;              /* all heaps, for RtlGetProcessHeaps */
    SIZE_T limit;                   /* fixed-size heap: most bytes it holds; 0 = growable */
    SIZE_T used;                    /* bytes held, counted only when limited */
};

static struct heap process_heap = { HEAP_MAGIC, 0, 0, PTHREAD_RECURSIVE_MUTEX_INITIALIZER_NP, { NULL, NULL }, NULL, 0, 0 };
static pthread_mutex_t heap_list_lock = PTHREAD_MUTEX_INITIALIZER;
static struct heap *heap_list = &process_heap;

static size_t prefix_size(const struct heap *heap)
{
    return heap->is_private ? sizeof(struct block_links) + sizeof(struct block_tail) : sizeof(struct block_tail);
}

static struct heap *get_heap(HANDLE handle)
{
    struct heap *heap = handle;
    if (!heap || heap->magic != HEAP_MAGIC) return NULL;
    return heap;
}

static struct block_tail *tail_of(void *ptr)
{
    return (struct block_tail *)ptr - 1;
}

static void *block_start(struct heap *heap, void *ptr)
{
    return (char *)ptr - prefix_size(heap);
}

static void link_block(struct heap *heap, void *raw)
{
    struct block_links *links = raw;
    pthread_mutex_lock(&heap->lock);
    links->prev = &heap->blocks;
    links->next = heap->blocks.next;
    heap->blocks.next->prev = links;
    heap->blocks.next = links;
    pthread_mutex_unlock(&heap->lock);
}

static void unlink_block(struct heap *heap, void *raw)
{
    struct block_links *links = raw;
    pthread_mutex_lock(&heap->lock);
    links->prev->next = links->next;
    links->next->prev = links->prev;
    pthread_mutex_unlock(&heap->lock);
}

/* A fixed-size heap (HeapCreate with a maximum) refuses blocks that would
 * take it past its size, headers included, as Windows does. Swaps RELEASE
 * bytes for TAKE bytes in the count; fails only when growing. */
static int charge(struct heap *heap, SIZE_T release, SIZE_T take)
{
    int ok = 1;
    if (!heap->limit) return 1;
    pthread_mutex_lock(&heap->lock);
    if (take > release && heap->used - release + take > heap->limit)
        ok = 0;
    else
        heap->used = heap->used - release + take;
    pthread_mutex_unlock(&heap->lock);
    return ok;
}

HANDLE heap_create_process_heap(void)
{
    return &process_heap;
}

NTSYSAPI HANDLE WINAPI RtlCreateHeap(ULONG flags, PVOID base, SIZE_T reserve, SIZE_T commit, PVOID lock,
                                     PVOID params)
{
    struct heap *heap;
    pthread_mutexattr_t attr;
    (void)commit; (void)lock; (void)params;

    if (base) { FIXME("heap at a caller-given base is not supported\n"); return NULL; }
    if (!(heap = mi_calloc(1, sizeof(*heap)))) return NULL;
    heap->magic = HEAP_MAGIC;
    heap->flags = flags;
    heap->is_private = 1;
    heap->limit = reserve ? (reserve + 0xffff) & ~(SIZE_T)0xffff : 0;
    pthread_mutexattr_init(&attr);
    pthread_mutexattr_settype(&attr, PTHREAD_MUTEX_RECURSIVE);
    pthread_mutex_init(&heap->lock, &attr);
    pthread_mutexattr_destroy(&attr);
    heap->blocks.prev = heap->blocks.next = &heap->blocks;
    pthread_mutex_lock(&heap_list_lock);
    heap->next = heap_list->next;       /* the process heap stays first */
    heap_list->next = heap;
    pthread_mutex_unlock(&heap_list_lock);
    return heap;
}

NTSYSAPI HANDLE WINAPI RtlDestroyHeap(HANDLE handle)
{
    struct heap *heap = get_heap(handle);
    struct block_links *b, *next;
    struct heap **pp;

    if (!heap || heap == &process_heap) return handle;   /* failure: the handle comes back */
    pthread_mutex_lock(&heap_list_lock);
    for (pp = &heap_list; *pp; pp = &(*pp)->next)
        if (*pp == heap) { *pp = heap->next; break; }
    pthread_mutex_unlock(&heap_list_lock);
    for (b = heap->blocks.next; b != &heap->blocks; b = next) {
        next = b->next;
        mi_free(b);
    }
    heap->magic = 0;
    pthread_mutex_destroy(&heap->lock);
    mi_free(heap);
    return NULL;
}

/* A failed allocation: NULL, or under HEAP_GENERATE_EXCEPTIONS (the call's
 * or the heap's) STATUS_NO_MEMORY raised with the size asked for, as
 * Windows does; a handler may continue, and the call then returns NULL. */
static void *allocation_failed(const struct heap *heap, ULONG flags, SIZE_T size)
{
    if ((flags | heap->flags) & HEAP_GENERATE_EXCEPTIONS) {
        EXCEPTION_RECORD record;
        memset(&record, 0, sizeof(record));
        record.ExceptionCode = STATUS_NO_MEMORY;
        record.NumberParameters = 1;
        record.ExceptionInformation[0] = size;
        RtlRaiseException(&record);
    }
    return NULL;
}

NTSYSAPI PVOID WINAPI RtlAllocateHeap(HANDLE handle, ULONG flags, SIZE_T size)
{
    struct heap *heap = get_heap(handle);
    size_t prefix;
    void *raw;
    char *ptr;

    if (!heap) return NULL;
    prefix = prefix_size(heap);
    if (size > (SIZE_T)-1 / 2 - prefix) return allocation_failed(heap, flags, size);
    if (!charge(heap, 0, prefix + size)) return allocation_failed(heap, flags, size);
    raw = ((flags | heap->flags) & HEAP_ZERO_MEMORY) ? mi_zalloc(prefix + size) : mi_malloc(prefix + size);
    if (!raw) {
        TRACE("out of memory for %zu bytes\n", (size_t)size);
        charge(heap, prefix + size, 0);
        return allocation_failed(heap, flags, size);
    }
    ptr = (char *)raw + prefix;
    tail_of(ptr)->size = size;
    tail_of(ptr)->heap = heap;
    if (heap->is_private) link_block(heap, raw);
    return ptr;
}

NTSYSAPI BOOLEAN WINAPI RtlFreeHeap(HANDLE handle, ULONG flags, PVOID ptr)
{
    struct heap *heap = get_heap(handle);
    (void)flags;

    if (!ptr) return TRUE;
    if (!heap || tail_of(ptr)->heap != heap) {
        WARN("block %p does not belong to heap %p\n", ptr, handle);
        return FALSE;
    }
    tail_of(ptr)->heap = NULL;   /* a second free is then detected, not a double free */
    charge(heap, prefix_size(heap) + tail_of(ptr)->size, 0);
    if (heap->is_private) unlink_block(heap, block_start(heap, ptr));
    mi_free(block_start(heap, ptr));
    return TRUE;
}

NTSYSAPI PVOID WINAPI RtlReAllocateHeap(HANDLE handle, ULONG flags, PVOID ptr, SIZE_T size)
{
    struct heap *heap = get_heap(handle);
    size_t prefix;
    SIZE_T old_size;
    char *raw, *new_ptr;

    if (!ptr) return NULL;   /* Windows: HeapReAlloc does not allocate from NULL */
    if (!heap || tail_of(ptr)->heap != heap) return NULL;
    prefix = prefix_size(heap);
    if (size > (SIZE_T)-1 / 2 - prefix) return allocation_failed(heap, flags, size);
    old_size = tail_of(ptr)->size;
    raw = block_start(heap, ptr);
    if (!charge(heap, old_size, size)) return allocation_failed(heap, flags, size);

    if (flags & HEAP_REALLOC_IN_PLACE_ONLY) {
        if (prefix + size > mi_usable_size(raw)) {
            charge(heap, size, old_size);
            return allocation_failed(heap, flags, size);
        }
        new_ptr = ptr;
    } else {
        if (heap->is_private) unlink_block(heap, raw);
        raw = mi_realloc(raw, prefix + size);
        if (!raw) {
            if (heap->is_private) link_block(heap, block_start(heap, ptr));
            charge(heap, size, old_size);
            return allocation_failed(heap, flags, size);
        }
        if (heap->is_private) link_block(heap, raw);
        new_ptr = raw + prefix;
    }
    if (size > old_size && ((flags | heap->flags) & HEAP_ZERO_MEMORY))
        memset(new_ptr + old_size, 0, size - old_size);
    tail_of(new_ptr)->size = size;
    return new_ptr;
}

NTSYSAPI SIZE_T WINAPI RtlSizeHeap(HANDLE handle, ULONG flags, const void *ptr)
{
    struct heap *heap = get_heap(handle);
    (void)flags;
    if (!heap || !ptr || tail_of((void *)ptr)->heap != heap) return (SIZE_T)-1;
    return tail_of((void *)ptr)->size;
}

NTSYSAPI BOOLEAN WINAPI RtlValidateHeap(HANDLE handle, ULONG flags, const void *ptr)
{
    struct heap *heap = get_heap(handle);
    (void)flags;
    if (!heap) return FALSE;
    return !ptr || tail_of((void *)ptr)->heap == heap;
}

/* Returns the number of heaps; fills HEAPS only if all of them fit, as
 * Windows does. */
NTSYSAPI ULONG WINAPI RtlGetProcessHeaps(ULONG count, HANDLE *heaps)
{
    struct heap *heap;
    ULONG n = 0;

    pthread_mutex_lock(&heap_list_lock);
    for (heap = heap_list; heap; heap = heap->next) n++;
    if (n <= count) {
        n = 0;
        for (heap = heap_list; heap; heap = heap->next) heaps[n++] = heap;
    }
    pthread_mutex_unlock(&heap_list_lock);
    return n;
}

/* Blocks other threads' allocations in a private heap. The process heap's
 * blocks come straight from mimalloc, which is thread-safe itself, so there
 * the lock only serialises lockers (enough for HeapWalk-style callers). */
NTSYSAPI BOOLEAN WINAPI RtlLockHeap(HANDLE handle)
{
    struct heap *heap = get_heap(handle);
    if (!heap) return FALSE;
    pthread_mutex_lock(&heap->lock);
    return TRUE;
}

NTSYSAPI BOOLEAN WINAPI RtlUnlockHeap(HANDLE handle)
{
    struct heap *heap = get_heap(handle);
    if (!heap) return FALSE;
    return !pthread_mutex_unlock(&heap->lock);
}
