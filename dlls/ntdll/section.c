/*
 * Sections (file mappings): a section is an fd and a size. File-backed
 * ones hold a dup of the file's fd, so closing the file handle does not end
 * the mapping, as on Windows; pagefile-backed ones are a memfd, so every
 * view of one section shares its pages. Views are plain mmaps recorded in
 * virtual.c as MEM_MAPPED, which is all VirtualQuery needs.
 *
 * Known limits: handles carry no access mask (see handle.c), so a view's
 * access is checked against the section's protection only; SEC_IMAGE
 * sections are not supported (the loader maps images itself); a name
 * lives as long as a handle to the section, not as long as its views.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include "ntdll_private.h"
#define DEBUG_CHANNEL CH_VIRTUAL
#include "winrun/debug.h"

#define GRANULARITY 0x10000

struct section {
    struct object obj;
    int fd;
    ULONGLONG size;
    ULONG protect;            /* the section's PAGE_* protection */
    ULONG flags;              /* SEC_COMMIT or SEC_RESERVE */
    uint32_t shared_id;       /* a named section's id in winrun-server (shared.c), else 0 */
};

static void section_destroy(struct object *obj)
{
    struct section *section = (struct section *)obj;
    if (section->shared_id) shared_section_close(section->shared_id);
    if (section->fd >= 0) close(section->fd);
    free(section);
}

static const struct object_ops section_ops = { .destroy = section_destroy };

static BOOL protect_writes(ULONG protect)
{
    return (protect & (PAGE_READWRITE | PAGE_EXECUTE_READWRITE)) != 0;
}

static BOOL protect_copies(ULONG protect)
{
    return (protect & (PAGE_WRITECOPY | PAGE_EXECUTE_WRITECOPY)) != 0;
}

static BOOL protect_executes(ULONG protect)
{
    return (protect & (PAGE_EXECUTE_READ | PAGE_EXECUTE_READWRITE | PAGE_EXECUTE_WRITECOPY)) != 0;
}

static BOOL valid_section_protect(ULONG protect)
{
    switch (protect) {
    case PAGE_READONLY: case PAGE_READWRITE: case PAGE_WRITECOPY:
    case PAGE_EXECUTE_READ: case PAGE_EXECUTE_READWRITE: case PAGE_EXECUTE_WRITECOPY:
        return TRUE;
    default:
        return FALSE;
    }
}

/* The section's fd and size for FILE: a dup of its fd, grown to SIZE when
 * the section may write, as Windows extends a file for a bigger mapping. */
static NTSTATUS file_backing(HANDLE file, ULONGLONG size, ULONG protect, int *fd_ret, ULONGLONG *size_ret)
{
    NTSTATUS status;
    int fd = handle_to_fd(file, &status), mode;
    struct stat st;

    if (fd < 0) return status;
    if (fstat(fd, &st) || (mode = fcntl(fd, F_GETFL)) < 0) return errno_to_status(errno);
    if (!S_ISREG(st.st_mode)) return STATUS_INVALID_PARAMETER;
    mode &= O_ACCMODE;
    /* the file handle must allow what the section may do to the file */
    if (mode == O_WRONLY || (protect_writes(protect) && mode != O_RDWR)) return STATUS_ACCESS_DENIED;
    if (!size) {
        if (!st.st_size) return STATUS_MAPPED_FILE_SIZE_ZERO;
        size = st.st_size;
    } else if (size > (ULONGLONG)st.st_size) {
        if (!protect_writes(protect)) return STATUS_SECTION_TOO_BIG;
        if (ftruncate(fd, size)) return errno_to_status(errno);
    }
    if ((*fd_ret = fcntl(fd, F_DUPFD_CLOEXEC, 0)) < 0) return errno_to_status(errno);
    *size_ret = size;
    return STATUS_SUCCESS;
}

static NTSTATUS pagefile_backing(ULONGLONG size, int *fd_ret)
{
    int fd = memfd_create("winrun-section", MFD_CLOEXEC);
    if (fd < 0) return errno_to_status(errno);
    if (ftruncate(fd, size)) {
        close(fd);
        return STATUS_SECTION_TOO_BIG;
    }
    *fd_ret = fd;
    return STATUS_SUCCESS;
}

NTSYSAPI NTSTATUS WINAPI NtCreateSection(HANDLE *handle, ACCESS_MASK access, const OBJECT_ATTRIBUTES *attr,
                                         const LARGE_INTEGER *size_ptr, ULONG protect, ULONG flags, HANDLE file)
{
    ULONGLONG size = size_ptr ? (ULONGLONG)size_ptr->QuadPart : 0;
    struct section *section;
    NTSTATUS status;
    int fd = -1;
    (void)access;

    if (size_ptr && size_ptr->QuadPart < 0) return STATUS_INVALID_PARAMETER_4;
    if (flags & SEC_IMAGE) {
        FIXME("SEC_IMAGE sections are not supported\n");
        return STATUS_NOT_SUPPORTED;
    }
    if ((flags & (SEC_COMMIT | SEC_RESERVE)) == (SEC_COMMIT | SEC_RESERVE) ||
        (flags & ~(SEC_FILE | SEC_COMMIT | SEC_RESERVE | SEC_NOCACHE | SEC_WRITECOMBINE | SEC_LARGE_PAGES)))
        return STATUS_INVALID_PARAMETER;
    if (!valid_section_protect(protect)) return STATUS_INVALID_PAGE_PROTECTION;

    if (file) status = file_backing(file, size, protect, &fd, &size);
    else if (!size) status = STATUS_INVALID_PARAMETER_4;
    else status = pagefile_backing(size, &fd);
    if (status) return status;

    if (!(section = calloc(1, sizeof(*section)))) {
        close(fd);
        return STATUS_NO_MEMORY;
    }
    object_init(&section->obj, OBJECT_SECTION, &section_ops);
    section->fd = fd;
    section->size = size;
    section->protect = protect;
    /* a file's pages always exist; only pagefile sections can be reserved */
    section->flags = (flags & SEC_RESERVE) && !file ? SEC_RESERVE : SEC_COMMIT;
    if (object_has_name(attr)) {
        /* the name's existing section wins: its fd and size, as Windows opens it */
        status = shared_section(attr, FALSE, &section->fd, &section->size, &section->protect, &section->flags,
                                &section->shared_id);
        if (!NT_SUCCESS(status)) object_release(&section->obj);
        else if (!(*handle = handle_alloc(&section->obj))) {
            object_release(&section->obj);
            status = STATUS_NO_MEMORY;
        }
        else if (attr->Attributes & OBJ_INHERIT) handle_set_flags(*handle, 1, 1);   /* HANDLE_FLAG_INHERIT */
    } else status = object_create_named(&section->obj, attr, handle);
    TRACE("file %p size %#llx protect %#x -> %#x %p\n", file, size, protect, status, *handle);
    return status;
}

NTSYSAPI NTSTATUS WINAPI NtOpenSection(HANDLE *handle, ACCESS_MASK access, const OBJECT_ATTRIBUTES *attr)
{
    struct section *section;
    NTSTATUS status;
    (void)access;

    if (!object_has_name(attr)) return STATUS_OBJECT_PATH_NOT_FOUND;
    if (!(section = calloc(1, sizeof(*section)))) return STATUS_NO_MEMORY;
    object_init(&section->obj, OBJECT_SECTION, &section_ops);
    section->fd = -1;
    status = shared_section(attr, TRUE, &section->fd, &section->size, &section->protect, &section->flags,
                            &section->shared_id);
    if (!NT_SUCCESS(status)) {
        object_release(&section->obj);
        return status;
    }
    if (!(*handle = handle_alloc(&section->obj))) {
        object_release(&section->obj);
        return STATUS_NO_MEMORY;
    }
    if (attr->Attributes & OBJ_INHERIT) handle_set_flags(*handle, 1, 1);   /* HANDLE_FLAG_INHERIT */
    return status;
}

uint32_t section_shared_id(struct object *obj)
{
    return ((struct section *)obj)->shared_id;
}

int section_describe(struct object *obj, ULONGLONG *size, ULONG *protect, ULONG *flags)
{
    struct section *section = (struct section *)obj;
    *size = section->size;
    *protect = section->protect;
    *flags = section->flags;
    return section->fd;
}

struct object *section_from_shared(int fd, ULONGLONG size, ULONG protect, ULONG flags, uint32_t id)
{
    struct section *section = calloc(1, sizeof(*section));

    if (!section) return NULL;
    object_init(&section->obj, OBJECT_SECTION, &section_ops);
    section->fd = fd;
    section->size = size;
    section->protect = protect;
    section->flags = flags;
    section->shared_id = id;
    return &section->obj;
}

/* May a view with VIEW protection be made of a section with SECTION's? */
static BOOL view_allowed(ULONG section, ULONG view)
{
    if (protect_executes(view) && !protect_executes(section)) return FALSE;
    if (protect_writes(view)) return protect_writes(section);
    if (protect_copies(view)) return protect_writes(section) || protect_copies(section);
    return TRUE;
}

NTSYSAPI NTSTATUS WINAPI NtMapViewOfSection(HANDLE handle, HANDLE process, PVOID *addr_ptr, ULONG_PTR zero_bits,
                                            SIZE_T commit_size, const LARGE_INTEGER *offset_ptr, SIZE_T *size_ptr,
                                            ULONG inherit, ULONG alloc_type, ULONG protect)
{
    ULONGLONG offset = offset_ptr ? (ULONGLONG)offset_ptr->QuadPart : 0;
    struct object *obj;
    struct section *section;
    SIZE_T size = size_ptr ? *size_ptr : 0;
    void *addr = *addr_ptr;
    NTSTATUS status;
    (void)zero_bits; (void)commit_size; (void)inherit; (void)alloc_type;

    if (process != NtCurrentProcess()) return STATUS_NOT_SUPPORTED;
    if (!(obj = handle_get(handle, 0))) return STATUS_INVALID_HANDLE;
    if (obj->type != OBJECT_SECTION) {
        object_release(obj);
        return STATUS_OBJECT_TYPE_MISMATCH;
    }
    section = (struct section *)obj;
    if ((offset & (GRANULARITY - 1)) || ((ULONG_PTR)addr & (GRANULARITY - 1))) status = STATUS_MAPPED_ALIGNMENT;
    else if (!(protect & 0xff) || (protect & ~0xffu) || (protect & (protect - 1)))
        status = STATUS_INVALID_PAGE_PROTECTION;
    else if (!view_allowed(section->protect, protect)) status = STATUS_ACCESS_DENIED;
    else if (offset_ptr && offset_ptr->QuadPart < 0) status = STATUS_INVALID_PARAMETER;
    else if (offset >= section->size) status = STATUS_INVALID_PARAMETER;
    else if (size > section->size - offset) status = STATUS_INVALID_VIEW_SIZE;
    else {
        if (!size) size = section->size - offset;
        status = virtual_map_view(&addr, size, section->fd, offset, protect, section->flags != SEC_RESERVE);
    }
    object_release(&section->obj);
    if (!status) {
        *addr_ptr = addr;
        if (size_ptr) *size_ptr = (size + 0xfff) & ~(SIZE_T)0xfff;
    }
    return status;
}

NTSYSAPI NTSTATUS WINAPI NtUnmapViewOfSection(HANDLE process, PVOID addr)
{
    if (process != NtCurrentProcess()) return STATUS_NOT_SUPPORTED;
    return virtual_unmap_view(addr);
}
