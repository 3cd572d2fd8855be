/*
 * Windows heaps over glibc malloc.
 *
 * Every block carries a 16-byte tail header {size, heap} just below the
 * user pointer: HeapSize must return the exact size asked for, and 16 bytes
 * keep malloc's 16-byte alignment. Blocks of private heaps (HeapCreate) also
 * carry list links in front, so that HeapDestroy frees everything the heap
 * still holds, as Windows does. Any thread may use any heap.
 * mimalloc is the planned backend (DESIGN.md); it needs a measurement first
 * because a mi_heap_t allocates only on its creating thread.
 */
#include <malloc.h>
#include <stdlib.h>
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
    pthread_mutex_t lock;
    struct block_links blocks;      /* list head of a private heap */
};

static struct heap process_heap = { HEAP_MAGIC, 0, 0, PTHREAD_MUTEX_INITIALIZER, { NULL, NULL } };

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

HANDLE heap_create_process_heap(void)
{
    return &process_heap;
}

NTSYSAPI HANDLE WINAPI RtlCreateHeap(ULONG flags, PVOID base, SIZE_T reserve, SIZE_T commit, PVOID lock,
                                     PVOID params)
{
    struct heap *heap;
    (void)commit; (void)lock; (void)params;

    if (base) { FIXME("heap at a caller-given base is not supported\n"); return NULL; }
    if (reserve) FIXME("heap size limits are not enforced\n");
    if (!(heap = calloc(1, sizeof(*heap)))) return NULL;
    heap->magic = HEAP_MAGIC;
    heap->flags = flags;
    heap->is_private = 1;
    pthread_mutex_init(&heap->lock, NULL);
    heap->blocks.prev = heap->blocks.next = &heap->blocks;
    return heap;
}

NTSYSAPI HANDLE WINAPI RtlDestroyHeap(HANDLE handle)
{
    struct heap *heap = get_heap(handle);
    struct block_links *b, *next;

    if (!heap || heap == &process_heap) return handle;   /* failure: the handle comes back */
    for (b = heap->blocks.next; b != &heap->blocks; b = next) {
        next = b->next;
        free(b);
    }
    heap->magic = 0;
    pthread_mutex_destroy(&heap->lock);
    free(heap);
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
    if (size > (SIZE_T)-1 / 2 - prefix) return NULL;
    raw = ((flags | heap->flags) & HEAP_ZERO_MEMORY) ? calloc(1, prefix + size) : malloc(prefix + size);
    if (!raw) {
        TRACE("out of memory for %zu bytes\n", (size_t)size);
        return NULL;
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
    if (heap->is_private) unlink_block(heap, block_start(heap, ptr));
    free(block_start(heap, ptr));
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
    if (size > (SIZE_T)-1 / 2 - prefix) return NULL;
    old_size = tail_of(ptr)->size;
    raw = block_start(heap, ptr);

    if (flags & HEAP_REALLOC_IN_PLACE_ONLY) {
        if (prefix + size > malloc_usable_size(raw)) return NULL;
        new_ptr = ptr;
    } else {
        if (heap->is_private) unlink_block(heap, raw);
        raw = realloc(raw, prefix + size);
        if (!raw) {
            if (heap->is_private) link_block(heap, block_start(heap, ptr));
            return NULL;
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

NTSYSAPI ULONG WINAPI RtlGetProcessHeaps(ULONG count, HANDLE *heaps)
{
    if (count >= 1) heaps[0] = &process_heap;
    return 1;
}
