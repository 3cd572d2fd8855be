/*
 * Virtual memory with Windows semantics: reserve vs commit, 64K allocation
 * granularity, per-page protections, MEM_IMAGE/MEM_PRIVATE views. Each view
 * records every page's state so that VirtualQuery answers as Windows does;
 * memory winrun did not allocate (ELF libraries, malloc) is described from
 * /proc/self/maps. Views live in a list sorted by address: O(n) lookups,
 * fine for the few hundred allocations programs make; a tree if that grows.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/sysinfo.h>
#include "ntdll_private.h"
#define DEBUG_CHANNEL CH_VIRTUAL
#include "winrun/debug.h"

#define PAGE_SIZE 4096
#define GRANULARITY 0x10000
#define PAGE_COMMITTED 0x8000     /* in a page entry, next to the PAGE_* protection */
#define PROTECT_MASK 0x7ff
#define USER_SPACE_END 0x7ffffffeffffull   /* last byte a Windows program may use */

struct view {
    struct view *next;
    char *base;
    SIZE_T size;
    DWORD type;                   /* MEM_PRIVATE, MEM_IMAGE, MEM_MAPPED */
    DWORD alloc_protect;
    WORD *pages;                  /* one entry per page */
};

static pthread_mutex_t virtual_lock = PTHREAD_MUTEX_INITIALIZER;
static struct view *views;

static int unix_prot(DWORD protect)
{
    if (protect & PAGE_GUARD) return PROT_NONE;
    switch (protect & 0xff) {
    case PAGE_READONLY: return PROT_READ;
    case PAGE_READWRITE:
    case PAGE_WRITECOPY: return PROT_READ | PROT_WRITE;
    case PAGE_EXECUTE:
    case PAGE_EXECUTE_READ: return PROT_READ | PROT_EXEC;
    case PAGE_EXECUTE_READWRITE:
    case PAGE_EXECUTE_WRITECOPY: return PROT_READ | PROT_WRITE | PROT_EXEC;
    default: return PROT_NONE;
    }
}

static int valid_protect(DWORD protect)
{
    DWORD base = protect & 0xff;
    if (protect & ~0x7ffu) return 0;
    /* exactly one base protection */
    return base && !(base & (base - 1));
}

static struct view *find_view(const void *addr)
{
    for (struct view *v = views; v; v = v->next)
        if ((const char *)addr >= v->base && (const char *)addr < v->base + v->size) return v;
    return NULL;
}

static void insert_view(struct view *view)
{
    struct view **p = &views;
    while (*p && (*p)->base < view->base) p = &(*p)->next;
    view->next = *p;
    *p = view;
}

static struct view *create_view(void *base, SIZE_T size, DWORD type, DWORD alloc_protect)
{
    struct view *view = calloc(1, sizeof(*view));
    if (!view || !(view->pages = calloc(size / PAGE_SIZE, sizeof(WORD)))) {
        free(view);
        return NULL;
    }
    view->base = base;
    view->size = size;
    view->type = type;
    view->alloc_protect = alloc_protect;
    insert_view(view);
    return view;
}

static void delete_view(struct view *view)
{
    struct view **p = &views;
    while (*p != view) p = &(*p)->next;
    *p = view->next;
    free(view->pages);
    free(view);
}

void virtual_register_view(void *base, SIZE_T size, DWORD type, DWORD protect)
{
    struct view *view;
    pthread_mutex_lock(&virtual_lock);
    if ((view = create_view(base, size, type, protect)))
        for (SIZE_T i = 0; i < size / PAGE_SIZE; i++) view->pages[i] = PAGE_COMMITTED | protect;
    pthread_mutex_unlock(&virtual_lock);
}

/* Records what pe_protect_sections applied, in Windows' terms. */
void virtual_register_image(void *base, const struct pe_headers *h)
{
    struct view *view;
    pthread_mutex_lock(&virtual_lock);
    if (!(view = create_view(base, h->image_size, MEM_IMAGE, PAGE_EXECUTE_WRITECOPY))) goto done;
    for (SIZE_T i = 0; i < h->image_size / PAGE_SIZE; i++) view->pages[i] = PAGE_COMMITTED | PAGE_READONLY;
    for (unsigned int s = 0; s < h->nsections; s++) {
        const IMAGE_SECTION_HEADER *sec = &h->sections[s];
        DWORD c = sec->Characteristics, prot;
        SIZE_T vsize = sec->VirtualSize ? sec->VirtualSize : sec->SizeOfRawData;
        if (c & IMAGE_SCN_MEM_EXECUTE) prot = (c & IMAGE_SCN_MEM_WRITE) ? PAGE_EXECUTE_WRITECOPY : PAGE_EXECUTE_READ;
        else if (c & IMAGE_SCN_MEM_WRITE) prot = PAGE_WRITECOPY;
        else prot = PAGE_READONLY;
        for (SIZE_T p = sec->VirtualAddress / PAGE_SIZE;
             p < (sec->VirtualAddress + vsize + PAGE_SIZE - 1) / PAGE_SIZE && p < h->image_size / PAGE_SIZE; p++)
            view->pages[p] = PAGE_COMMITTED | prot;
    }
done:
    pthread_mutex_unlock(&virtual_lock);
}

void virtual_unregister_view(void *base)
{
    struct view *view;
    pthread_mutex_lock(&virtual_lock);
    if ((view = find_view(base)) && view->base == base) delete_view(view);
    pthread_mutex_unlock(&virtual_lock);
}

/* Reserves SIZE bytes at a 64K-aligned address (BASE or anywhere). */
static void *reserve_range(void *base, SIZE_T size)
{
    char *p;
    if (base) {
        p = mmap(base, size, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_FIXED_NOREPLACE, -1, 0);
        if (p == MAP_FAILED) return NULL;
        if (p != base) { munmap(p, size); return NULL; }
        return p;
    }
    p = mmap(NULL, size + GRANULARITY, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (p == MAP_FAILED) return NULL;
    char *aligned = (char *)(((ULONG_PTR)p + GRANULARITY - 1) & ~(ULONG_PTR)(GRANULARITY - 1));
    if (aligned > p) munmap(p, aligned - p);
    munmap(aligned + size, p + size + GRANULARITY - (aligned + size));
    return aligned;
}

/* Windows refuses a commit beyond its commit limit (RAM + page file).
 * Linux charges nothing for our MAP_NORESERVE reservations, so committing
 * one would always succeed and the program would be killed at first touch
 * instead; one commit larger than RAM + swap is refused here, as Linux's
 * heuristic overcommit refuses such a single mmap. */
static int beyond_commit_limit(SIZE_T size)
{
    struct sysinfo info;
    if (size < ((SIZE_T)1 << 30) || sysinfo(&info) || !info.mem_unit) return 0;
    return size / info.mem_unit > (SIZE_T)info.totalram + info.totalswap;
}

static NTSTATUS commit_pages(struct view *view, char *start, SIZE_T size, DWORD protect)
{
    SIZE_T first = (start - view->base) / PAGE_SIZE, count = size / PAGE_SIZE;
    if (beyond_commit_limit(size)) return STATUS_NO_MEMORY;
    if (mprotect(start, size, unix_prot(protect))) return errno_to_status(errno);
    for (SIZE_T i = 0; i < count; i++) view->pages[first + i] = PAGE_COMMITTED | protect;
    return STATUS_SUCCESS;
}

NTSYSAPI NTSTATUS WINAPI NtAllocateVirtualMemory(HANDLE process_handle, PVOID *ret, ULONG_PTR zero_bits,
                                                 SIZE_T *size_ptr, ULONG type, ULONG protect)
{
    char *base = *ret, *start, *end;
    SIZE_T size = *size_ptr;
    struct view *view;
    NTSTATUS status;
    (void)zero_bits;

    if (process_handle != (HANDLE)~(ULONG_PTR)0) return STATUS_NOT_SUPPORTED;
    if (!size) return STATUS_INVALID_PARAMETER;
    if (type & MEM_RESET) {
        /* contents no longer needed: a hint; the pages stay committed */
        start = (char *)((ULONG_PTR)base & ~(ULONG_PTR)(PAGE_SIZE - 1));
        end = (char *)(((ULONG_PTR)base + size + PAGE_SIZE - 1) & ~(ULONG_PTR)(PAGE_SIZE - 1));
        madvise(start, end - start, MADV_FREE);
        return STATUS_SUCCESS;
    }
    if (!(type & (MEM_COMMIT | MEM_RESERVE)) || (type & ~(MEM_COMMIT | MEM_RESERVE | MEM_TOP_DOWN | 0x20000000 /* MEM_LARGE_PAGES */)))
        return STATUS_INVALID_PARAMETER;
    /* write-copy only means something for views of sections */
    if (!valid_protect(protect) || (protect & (PAGE_WRITECOPY | PAGE_EXECUTE_WRITECOPY)))
        return STATUS_INVALID_PAGE_PROTECTION;
    /* more than the address space: a bad parameter (not a lack of memory) */
    if (size > USER_SPACE_END) return STATUS_INVALID_PARAMETER;

    pthread_mutex_lock(&virtual_lock);
    if (type & MEM_RESERVE || !base) {
        start = (char *)((ULONG_PTR)base & ~(ULONG_PTR)(GRANULARITY - 1));
        size = ((ULONG_PTR)base + size + PAGE_SIZE - 1 - (ULONG_PTR)start) & ~(ULONG_PTR)(PAGE_SIZE - 1);
        if (!(start = reserve_range(start, size))) {
            pthread_mutex_unlock(&virtual_lock);
            return base ? STATUS_CONFLICTING_ADDRESSES : STATUS_NO_MEMORY;
        }
        if (!(view = create_view(start, size, MEM_PRIVATE, protect))) {
            munmap(start, size);
            pthread_mutex_unlock(&virtual_lock);
            return STATUS_NO_MEMORY;
        }
        status = (type & MEM_COMMIT) ? commit_pages(view, start, size, protect) : STATUS_SUCCESS;
        if (!NT_SUCCESS(status)) {      /* nothing is left of a failed reserve-and-commit */
            munmap(start, size);
            delete_view(view);
        }
    } else {
        start = (char *)((ULONG_PTR)base & ~(ULONG_PTR)(PAGE_SIZE - 1));
        end = (char *)(((ULONG_PTR)base + size + PAGE_SIZE - 1) & ~(ULONG_PTR)(PAGE_SIZE - 1));
        size = end - start;
        view = find_view(start);
        if (!view || end > view->base + view->size) status = STATUS_CONFLICTING_ADDRESSES;
        else status = commit_pages(view, start, size, protect);
    }
    pthread_mutex_unlock(&virtual_lock);
    if (NT_SUCCESS(status)) {
        *ret = start;
        *size_ptr = size;
        TRACE("%p-%p type %#x protect %#x\n", start, start + size, type, protect);
    }
    return status;
}

NTSYSAPI NTSTATUS WINAPI NtFreeVirtualMemory(HANDLE process_handle, PVOID *addr_ptr, SIZE_T *size_ptr, ULONG type)
{
    char *base = *addr_ptr, *start, *end;
    SIZE_T size = *size_ptr;
    struct view *view;
    NTSTATUS status = STATUS_SUCCESS;

    if (process_handle != (HANDLE)~(ULONG_PTR)0) return STATUS_NOT_SUPPORTED;
    pthread_mutex_lock(&virtual_lock);
    view = find_view(base);
    if (!view || view->type != MEM_PRIVATE) status = STATUS_MEMORY_NOT_ALLOCATED;
    else if (type == MEM_RELEASE) {
        /* the whole allocation: size 0, or (NT callers only) its exact size */
        if (base != view->base) status = STATUS_FREE_VM_NOT_AT_BASE;
        else if (size && size != view->size) status = STATUS_UNABLE_TO_FREE_VM;
        else {
            munmap(view->base, view->size);
            *addr_ptr = view->base;
            *size_ptr = view->size;
            delete_view(view);
        }
    } else if (type == MEM_DECOMMIT) {
        start = (char *)((ULONG_PTR)base & ~(ULONG_PTR)(PAGE_SIZE - 1));
        end = size ? (char *)(((ULONG_PTR)base + size + PAGE_SIZE - 1) & ~(ULONG_PTR)(PAGE_SIZE - 1))
                   : view->base + view->size;
        if (end > view->base + view->size) status = STATUS_UNABLE_TO_FREE_VM;
        else {
            /* replace the pages: their contents go, as decommit discards them */
            mmap(start, end - start, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_FIXED, -1, 0);
            for (char *p = start; p < end; p += PAGE_SIZE) view->pages[(p - view->base) / PAGE_SIZE] = 0;
            *addr_ptr = start;
            *size_ptr = end - start;
        }
    } else status = STATUS_INVALID_PARAMETER;
    pthread_mutex_unlock(&virtual_lock);
    return status;
}

/* Protection of a mapping winrun does not track, from /proc/self/maps. */
static int unix_region(const void *addr, ULONG_PTR *start, ULONG_PTR *end, DWORD *protect, ULONG_PTR *next)
{
    FILE *f = fopen("/proc/self/maps", "re");
    char line[512], perms[8];
    unsigned long s, e;
    int found = 0;

    *next = 0x7fffffff0000ull;
    if (!f) return 0;
    while (fgets(line, sizeof(line), f)) {
        if (sscanf(line, "%lx-%lx %7s", &s, &e, perms) != 3) continue;
        if ((ULONG_PTR)addr >= s && (ULONG_PTR)addr < e) {
            *start = s;
            *end = e;
            if (perms[2] == 'x') *protect = perms[1] == 'w' ? PAGE_EXECUTE_READWRITE : PAGE_EXECUTE_READ;
            else if (perms[1] == 'w') *protect = PAGE_READWRITE;
            else if (perms[0] == 'r') *protect = PAGE_READONLY;
            else *protect = PAGE_NOACCESS;
            found = 1;
            break;
        }
        if (s > (ULONG_PTR)addr) { *next = s; break; }
    }
    fclose(f);
    return found;
}

NTSYSAPI NTSTATUS WINAPI NtProtectVirtualMemory(HANDLE process_handle, PVOID *addr_ptr, SIZE_T *size_ptr,
                                                ULONG new_protect, ULONG *old_protect)
{
    char *start = (char *)((ULONG_PTR)*addr_ptr & ~(ULONG_PTR)(PAGE_SIZE - 1));
    char *end = (char *)(((ULONG_PTR)*addr_ptr + *size_ptr + PAGE_SIZE - 1) & ~(ULONG_PTR)(PAGE_SIZE - 1));
    struct view *view;
    NTSTATUS status = STATUS_SUCCESS;

    if (process_handle != (HANDLE)~(ULONG_PTR)0) return STATUS_NOT_SUPPORTED;
    if (!valid_protect(new_protect)) return STATUS_INVALID_PAGE_PROTECTION;
    if (end == start) end += PAGE_SIZE;
    pthread_mutex_lock(&virtual_lock);
    if ((view = find_view(start))) {
        SIZE_T first = (start - view->base) / PAGE_SIZE;
        if (end > view->base + view->size) status = STATUS_CONFLICTING_ADDRESSES;
        else {
            for (char *p = start; p < end; p += PAGE_SIZE)
                if (!(view->pages[(p - view->base) / PAGE_SIZE] & PAGE_COMMITTED)) status = STATUS_NOT_COMMITTED;
            if (NT_SUCCESS(status)) {
                if (old_protect) *old_protect = view->pages[first] & PROTECT_MASK;
                status = commit_pages(view, start, end - start, new_protect);
            }
        }
    } else {
        ULONG_PTR s, e, next;
        DWORD old;
        if (!unix_region(start, &s, &e, &old, &next)) status = STATUS_MEMORY_NOT_ALLOCATED;
        else if (mprotect(start, end - start, unix_prot(new_protect))) status = errno_to_status(errno);
        else if (old_protect) *old_protect = old;
    }
    pthread_mutex_unlock(&virtual_lock);
    if (NT_SUCCESS(status)) {
        *addr_ptr = start;
        *size_ptr = end - start;
    }
    return status;
}

NTSYSAPI NTSTATUS WINAPI NtQueryVirtualMemory(HANDLE process_handle, const void *addr, ULONG info_class,
                                              PVOID buffer, SIZE_T len, SIZE_T *ret_len)
{
    MEMORY_BASIC_INFORMATION *info = buffer;
    char *page = (char *)((ULONG_PTR)addr & ~(ULONG_PTR)(PAGE_SIZE - 1));
    struct view *view;

    if (process_handle != (HANDLE)~(ULONG_PTR)0) return STATUS_NOT_SUPPORTED;
    if (info_class != 0) return STATUS_INVALID_INFO_CLASS;
    if (len < sizeof(*info)) return STATUS_INFO_LENGTH_MISMATCH;
    if ((ULONG_PTR)addr >= USER_SPACE_END) return STATUS_INVALID_PARAMETER;
    memset(info, 0, sizeof(*info));
    info->BaseAddress = page;

    pthread_mutex_lock(&virtual_lock);
    if ((view = find_view(page))) {
        SIZE_T i = (page - view->base) / PAGE_SIZE, n = view->size / PAGE_SIZE, j = i;
        WORD entry = view->pages[i];
        while (j < n && view->pages[j] == entry) j++;
        info->AllocationBase = view->base;
        info->AllocationProtect = view->alloc_protect;
        info->RegionSize = (j - i) * PAGE_SIZE;
        info->State = (entry & PAGE_COMMITTED) ? MEM_COMMIT : MEM_RESERVE;
        info->Protect = (entry & PAGE_COMMITTED) ? (entry & PROTECT_MASK) : 0;
        info->Type = view->type;
    } else {
        ULONG_PTR s, e, next;
        DWORD prot;
        if (unix_region(page, &s, &e, &prot, &next)) {
            info->AllocationBase = (void *)s;
            info->AllocationProtect = prot;
            info->RegionSize = e - (ULONG_PTR)page;
            info->State = MEM_COMMIT;
            info->Protect = prot;
            info->Type = MEM_PRIVATE;
        } else {
            for (struct view *v = views; v; v = v->next)
                if (v->base > page && (ULONG_PTR)v->base < next) { next = (ULONG_PTR)v->base; break; }
            info->RegionSize = next - (ULONG_PTR)page;
            info->State = MEM_FREE;
            info->Protect = PAGE_NOACCESS;
        }
    }
    pthread_mutex_unlock(&virtual_lock);
    if (ret_len) *ret_len = sizeof(*info);
    return STATUS_SUCCESS;
}

/* A view of a section (dlls/ntdll/section.c): SIZE bytes of FD from OFFSET
 * at *ADDR (64K aligned, checked by the caller) or anywhere. Shared views
 * see each other's writes and the file's; a copy view (PAGE_WRITECOPY)
 * keeps its writes private. COMMITTED is FALSE for SEC_RESERVE sections,
 * whose pages become usable through MEM_COMMIT. */
NTSTATUS virtual_map_view(void **addr_ptr, SIZE_T size, int fd, ULONGLONG offset, DWORD protect, BOOL committed)
{
    BOOL copy = (protect & (PAGE_WRITECOPY | PAGE_EXECUTE_WRITECOPY)) != 0;
    char *start;
    struct view *view;
    NTSTATUS status = STATUS_SUCCESS;

    size = (size + PAGE_SIZE - 1) & ~(SIZE_T)(PAGE_SIZE - 1);
    if (!size || size > USER_SPACE_END) return STATUS_INVALID_VIEW_SIZE;
    pthread_mutex_lock(&virtual_lock);
    if (!(start = reserve_range(*addr_ptr, size))) {
        status = *addr_ptr ? STATUS_CONFLICTING_ADDRESSES : STATUS_NO_MEMORY;
    } else if (mmap(start, size, committed ? unix_prot(protect) : PROT_NONE,
                    (copy ? MAP_PRIVATE : MAP_SHARED) | MAP_FIXED, fd, offset) == MAP_FAILED) {
        status = errno_to_status(errno);
        munmap(start, size);
    } else if (!(view = create_view(start, size, MEM_MAPPED, protect))) {
        status = STATUS_NO_MEMORY;
        munmap(start, size);
    } else {
        if (committed)
            for (SIZE_T i = 0; i < size / PAGE_SIZE; i++) view->pages[i] = PAGE_COMMITTED | protect;
        *addr_ptr = start;
    }
    pthread_mutex_unlock(&virtual_lock);
    if (!status) TRACE("%p-%p fd %d offset %#llx protect %#x\n", start, start + size, fd, offset, protect);
    return status;
}

/* Any address inside the view names it, as for NtUnmapViewOfSection. */
NTSTATUS virtual_unmap_view(void *addr)
{
    struct view *view;
    NTSTATUS status = STATUS_SUCCESS;

    pthread_mutex_lock(&virtual_lock);
    if (!(view = find_view(addr)) || view->type != MEM_MAPPED) status = STATUS_NOT_MAPPED_VIEW;
    else {
        munmap(view->base, view->size);
        delete_view(view);
    }
    pthread_mutex_unlock(&virtual_lock);
    return status;
}

/* Writes a view's dirty pages to its file; size 0 means to the view's end. */
NTSYSAPI NTSTATUS WINAPI NtFlushVirtualMemory(HANDLE process_handle, PVOID *addr_ptr, SIZE_T *size_ptr,
                                              void *io_status)
{
    char *start = (char *)((ULONG_PTR)*addr_ptr & ~(ULONG_PTR)(PAGE_SIZE - 1)), *end;
    struct view *view;
    NTSTATUS status = STATUS_SUCCESS;
    (void)io_status;

    if (process_handle != (HANDLE)~(ULONG_PTR)0) return STATUS_NOT_SUPPORTED;
    pthread_mutex_lock(&virtual_lock);
    if (!(view = find_view(start))) status = STATUS_INVALID_PARAMETER;
    else {
        end = *size_ptr ? (char *)(((ULONG_PTR)*addr_ptr + *size_ptr + PAGE_SIZE - 1) & ~(ULONG_PTR)(PAGE_SIZE - 1))
                        : view->base + view->size;
        if (end > view->base + view->size) status = STATUS_INVALID_PARAMETER;
        /* private memory has nothing to write back: Windows says so, callers ignore it */
        else if (view->type != MEM_MAPPED) status = STATUS_NOT_MAPPED_DATA;
        else if (msync(start, end - start, MS_SYNC)) status = errno_to_status(errno);
        else {
            *addr_ptr = start;
            *size_ptr = end - start;
        }
    }
    pthread_mutex_unlock(&virtual_lock);
    return status;
}

BOOL virtual_clear_guard(void *addr, SIZE_T size)
{
    char *start = (char *)((ULONG_PTR)addr & ~(ULONG_PTR)(PAGE_SIZE - 1));
    struct view *view;
    BOOL first = FALSE;

    pthread_mutex_lock(&virtual_lock);
    if ((view = find_view(start))) {
        for (char *p = start; p < (char *)addr + size && p < view->base + view->size; p += PAGE_SIZE) {
            WORD *page = &view->pages[(p - view->base) / PAGE_SIZE];
            if (!(*page & PAGE_GUARD)) continue;
            if (p == start) first = TRUE;
            *page &= ~PAGE_GUARD;
            mprotect(p, PAGE_SIZE, unix_prot(*page & PROTECT_MASK));
        }
    }
    pthread_mutex_unlock(&virtual_lock);
    return first;
}
