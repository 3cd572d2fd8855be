/*
 * Files: opening by name (NtCreateFile) with Windows share modes and
 * delete-on-close, I/O on handles (NtReadFile/NtWriteFile), byte-range
 * locks, and the std handles.
 *
 * Windows enforces share modes and locks in the kernel; here they are kept
 * per process: every open of a disk file is listed under its (device,
 * inode), and the checks are made against that list. Another process's
 * opens are not seen until the server tracks them.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "ntdll_private.h"
#define DEBUG_CHANNEL CH_FILE
#include "winrun/debug.h"

#define FILE_USE_FILE_POINTER_POSITION (-2LL)
#define FILE_WRITE_TO_END_OF_FILE      (-1LL)

#define DATA_READ  (FILE_READ_DATA | FILE_EXECUTE)
#define DATA_WRITE (FILE_WRITE_DATA | FILE_APPEND_DATA)

NTSYSAPI NTSTATUS WINAPI NtSetEvent(HANDLE handle, LONG *prev_state);
NTSYSAPI NTSTATUS WINAPI NtResetEvent(HANDLE handle, LONG *prev_state);

struct lock_range {
    struct disk_file *owner;
    ULONGLONG offset, length;
    BOOL exclusive;
};

/* What every open of one file shares. */
struct inode {
    dev_t dev;
    ino_t ino;
    struct disk_file *opens;      /* linked through disk_file.next */
    BOOL delete_pending;
    BOOL is_dir;
    char *delete_path;            /* whom to unlink when the last open goes */
    struct lock_range *locks;
    size_t lock_count, lock_cap;
    struct inode *next;
};

struct disk_file {
    struct file_object file;      /* first: handle_to_fd() works on it */
    struct inode *inode;
    struct disk_file *next;
    DWORD share;
    BOOL delete_on_close;
    char *unix_path;
    WCHAR *dos_path;
};

/* Guards the inode list and everything in it. */
static pthread_mutex_t inode_lock = PTHREAD_MUTEX_INITIALIZER;
static struct inode *inodes;

static DWORD map_generic(DWORD access)
{
    if (access & GENERIC_READ) access |= FILE_GENERIC_READ;
    if (access & GENERIC_WRITE) access |= FILE_GENERIC_WRITE;
    if (access & GENERIC_EXECUTE) access |= FILE_GENERIC_EXECUTE;
    if (access & GENERIC_ALL) access |= FILE_ALL_ACCESS;
    return access & ~(GENERIC_READ | GENERIC_WRITE | GENERIC_EXECUTE | GENERIC_ALL);
}

static struct inode *inode_find(dev_t dev, ino_t ino)
{
    for (struct inode *i = inodes; i; i = i->next)
        if (i->dev == dev && i->ino == ino) return i;
    return NULL;
}

/* IoCheckShareAccess: opens without data or delete access take no part. */
static NTSTATUS share_conflict(const struct inode *inode, DWORD access, DWORD share)
{
    if (inode->delete_pending) return STATUS_DELETE_PENDING;
    if (!(access & (DATA_READ | DATA_WRITE | DELETE))) return STATUS_SUCCESS;
    for (const struct disk_file *f = inode->opens; f; f = f->next) {
        DWORD a = f->file.access;
        if (!(a & (DATA_READ | DATA_WRITE | DELETE))) continue;
        if (((access & DATA_READ) && !(f->share & FILE_SHARE_READ)) ||
            ((access & DATA_WRITE) && !(f->share & FILE_SHARE_WRITE)) ||
            ((access & DELETE) && !(f->share & FILE_SHARE_DELETE)) ||
            ((a & DATA_READ) && !(share & FILE_SHARE_READ)) ||
            ((a & DATA_WRITE) && !(share & FILE_SHARE_WRITE)) ||
            ((a & DELETE) && !(share & FILE_SHARE_DELETE)))
            return STATUS_SHARING_VIOLATION;
    }
    return STATUS_SUCCESS;
}

NTSTATUS file_check_share(const void *unix_stat, DWORD access, DWORD share)
{
    const struct stat *st = unix_stat;
    struct inode *inode;
    NTSTATUS status = STATUS_SUCCESS;

    pthread_mutex_lock(&inode_lock);
    if ((inode = inode_find(st->st_dev, st->st_ino))) status = share_conflict(inode, map_generic(access), share);
    pthread_mutex_unlock(&inode_lock);
    return status;
}

static void disk_file_destroy(struct object *obj)
{
    struct disk_file *file = (struct disk_file *)obj;
    struct inode *inode = file->inode;
    char *unlink_path = NULL;
    BOOL is_dir = FALSE;

    pthread_mutex_lock(&inode_lock);
    for (struct disk_file **p = &inode->opens; *p; p = &(*p)->next)
        if (*p == file) { *p = file->next; break; }
    for (size_t i = 0; i < inode->lock_count;) {
        if (inode->locks[i].owner == file) inode->locks[i] = inode->locks[--inode->lock_count];
        else i++;
    }
    if (file->delete_on_close) {
        inode->delete_pending = TRUE;
        free(inode->delete_path);
        inode->delete_path = file->unix_path;
        file->unix_path = NULL;
    }
    if (!inode->opens) {
        for (struct inode **p = &inodes; *p; p = &(*p)->next)
            if (*p == inode) { *p = inode->next; break; }
        if (inode->delete_pending) unlink_path = inode->delete_path;
        else free(inode->delete_path);
        is_dir = inode->is_dir;
        free(inode->locks);
        free(inode);
    }
    pthread_mutex_unlock(&inode_lock);
    if (unlink_path) {
        TRACE("deleting %s on close\n", unlink_path);
        if (is_dir) rmdir(unlink_path);
        else unlink(unlink_path);
        free(unlink_path);
    }
    close(file->file.fd);
    free(file->unix_path);
    free(file->dos_path);
    free(file);
}

/* a directory handle is waitable for its change notifications (notify.c) */
static const struct object_ops disk_file_ops = {
    .destroy = disk_file_destroy,
    .signaled = notify_file_signaled,
    .last_handle_closed = notify_file_closed,
};

static struct disk_file *disk_file_get(HANDLE handle)
{
    struct object *obj = handle_get(handle, OBJECT_FILE);
    if (obj && obj->ops != &disk_file_ops) {
        object_release(obj);
        return NULL;
    }
    return (struct disk_file *)obj;
}

/* Open flags for an access mask; O_PATH when no data is wanted. */
static int open_flags(DWORD access, BOOL is_dir)
{
    int flags = O_CLOEXEC | O_NOCTTY;
    if (is_dir) return flags | O_RDONLY | O_DIRECTORY;
    if ((access & DATA_READ) && (access & DATA_WRITE)) flags |= O_RDWR;
    else if (access & DATA_WRITE) flags |= O_WRONLY;
    else flags |= O_RDONLY;
    if ((access & FILE_APPEND_DATA) && !(access & FILE_WRITE_DATA)) flags |= O_APPEND;
    return flags;
}

static int is_readonly(const struct stat *st)
{
    return !S_ISDIR(st->st_mode) && !(st->st_mode & 0222);
}

/* The open itself, once the name is resolved; when LOOKUP is
 * STATUS_SUCCESS, *ST is the lookup's stat of the file, or st_mode 0 when
 * the lookup named it from a directory listing without a stat: then the
 * file is opened first and fstat'ed (one path walk less), and closed again
 * if the checks refuse it. */
static NTSTATUS open_unix(const char *unix_path, NTSTATUS lookup, DWORD access, DWORD attributes, DWORD share,
                          DWORD disposition, DWORD options, int *fd_out, ULONG_PTR *info, struct stat *st,
                          BOOL *truncate_out)
{
    BOOL exists = lookup == STATUS_SUCCESS, truncate = FALSE, have_fstat = FALSE;
    int fd = -1;

    if (exists && !st->st_mode) {
        fd = open(unix_path, open_flags(access, FALSE));     /* a directory: EISDIR, or opened read-only */
        if (fd >= 0 && fstat(fd, st)) { close(fd); fd = -1; }
        if (fd >= 0 && S_ISDIR(st->st_mode)) { close(fd); fd = -1; }
        have_fstat = fd >= 0;
        if (fd < 0 && !st->st_mode && stat(unix_path, st)) exists = FALSE;
    }
    if (exists) {
        NTSTATUS refuse = STATUS_SUCCESS;
        truncate = disposition == FILE_OVERWRITE || disposition == FILE_OVERWRITE_IF || disposition == FILE_SUPERSEDE;
        if (disposition == FILE_CREATE) refuse = STATUS_OBJECT_NAME_COLLISION;
        else if (S_ISDIR(st->st_mode)) {
            if (options & FILE_NON_DIRECTORY_FILE) refuse = STATUS_FILE_IS_A_DIRECTORY;
            else if (disposition != FILE_OPEN && disposition != FILE_OPEN_IF) refuse = STATUS_OBJECT_NAME_COLLISION;
        } else if (options & FILE_DIRECTORY_FILE) refuse = STATUS_NOT_A_DIRECTORY;
        /* root may write anything; Windows' read-only attribute still holds */
        else if (is_readonly(st) && ((access & (DATA_WRITE | DELETE)) || truncate || (options & FILE_DELETE_ON_CLOSE)))
            refuse = STATUS_ACCESS_DENIED;
        if (refuse) {
            if (fd >= 0) close(fd);
            return refuse;
        }
        if (fd < 0) fd = open(unix_path, open_flags(access, S_ISDIR(st->st_mode)));
        if (fd < 0 && errno == EACCES && !(access & (DATA_READ | DATA_WRITE)))
            fd = open(unix_path, O_PATH | O_CLOEXEC);
        if (fd < 0 && errno == ENOENT)                 /* gone since the lookup */
            return open_unix(unix_path, STATUS_OBJECT_NAME_NOT_FOUND, access, attributes, share, disposition,
                             options, fd_out, info, st, truncate_out);
        if (fd < 0) return errno_to_status(errno);
        *info = truncate ? (disposition == FILE_SUPERSEDE ? FILE_SUPERSEDED : FILE_OVERWRITTEN) : FILE_OPENED;
    } else {
        if (lookup != STATUS_OBJECT_NAME_NOT_FOUND && lookup != STATUS_SUCCESS) return lookup;
        if (disposition == FILE_OPEN || disposition == FILE_OVERWRITE) return STATUS_OBJECT_NAME_NOT_FOUND;
        if (options & FILE_DIRECTORY_FILE) {
            if (mkdir(unix_path, 0777)) return errno_to_status(errno);
            fd = open(unix_path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        } else {
            fd = open(unix_path, open_flags(access, FALSE) | O_CREAT | O_EXCL, 0666);
            if (fd < 0 && errno == EEXIST && disposition != FILE_CREATE && !stat(unix_path, st))   /* lost a race */
                return open_unix(unix_path, STATUS_SUCCESS, access, attributes, share, disposition, options,
                                 fd_out, info, st, truncate_out);
        }
        if (fd < 0) return errno_to_status(errno);
        if ((attributes & FILE_ATTRIBUTE_READONLY) && !fstat(fd, st)) fchmod(fd, st->st_mode & ~0222);
        *info = FILE_CREATED;
    }
    if (!have_fstat && fstat(fd, st)) {
        close(fd);
        return errno_to_status(errno);
    }
    *fd_out = fd;
    *truncate_out = truncate;
    return STATUS_SUCCESS;
}

NTSYSAPI NTSTATUS WINAPI NtCreateFile(HANDLE *handle, ACCESS_MASK access, OBJECT_ATTRIBUTES *attr,
                                      IO_STATUS_BLOCK *io, LARGE_INTEGER *alloc_size, ULONG attributes,
                                      ULONG share, ULONG disposition, ULONG options, void *ea, ULONG ea_length)
{
    NTSTATUS status, lookup;
    struct disk_file *file;
    struct inode *inode;
    struct stat st;
    char *unix_path = NULL;
    WCHAR *name, *dos;
    ULONG_PTR info = 0;
    int fd = -1;
    BOOL truncate = FALSE;
    size_t len;
    (void)alloc_size; (void)ea; (void)ea_length;

    *handle = NULL;
    if (!attr || !attr->ObjectName || !attr->ObjectName->Buffer) return STATUS_OBJECT_PATH_SYNTAX_BAD;
    if (attr->RootDirectory) {
        FIXME("names relative to a directory handle are not supported\n");
        return STATUS_NOT_SUPPORTED;
    }
    if (disposition > FILE_OVERWRITE_IF) return STATUS_INVALID_PARAMETER;
    access = map_generic(access);
    if (options & FILE_DELETE_ON_CLOSE) access |= DELETE;
    /* the name is an NT path, "\??\C:\dir\file": take the DOS part */
    len = attr->ObjectName->Length / sizeof(WCHAR);
    if (!(name = malloc((len + 1) * sizeof(WCHAR)))) return STATUS_NO_MEMORY;
    memcpy(name, attr->ObjectName->Buffer, len * sizeof(WCHAR));
    name[len] = 0;
    if (len < 4 || name[0] != '\\' || name[1] != '?' || name[2] != '?' || name[3] != '\\') {
        free(name);
        return STATUS_OBJECT_PATH_NOT_FOUND;
    }
    lookup = path_lookup(name, &unix_path, &st);
    if (lookup == STATUS_SUCCESS && path_in_view(unix_path) &&
        ((access & (FILE_WRITE_DATA | FILE_APPEND_DATA | FILE_WRITE_ATTRIBUTES | FILE_WRITE_EA | DELETE | WRITE_DAC |
                    WRITE_OWNER)) || (disposition != FILE_OPEN && disposition != FILE_OPEN_IF))) {
        free(unix_path);   /* the builtin DLLs seen in system32 are read-only */
        free(name);
        return STATUS_ACCESS_DENIED;
    }
    dos = name;
    memmove(dos, dos + 4, (len - 3) * sizeof(WCHAR));
    if (!unix_path) {
        free(dos);
        return lookup;
    }
    status = open_unix(unix_path, lookup, access, attributes, share, disposition, options, &fd, &info, &st,
                       &truncate);
    if (!NT_SUCCESS(status)) goto done;

    pthread_mutex_lock(&inode_lock);
    inode = inode_find(st.st_dev, st.st_ino);
    if (inode && (status = share_conflict(inode, access, share))) {
        pthread_mutex_unlock(&inode_lock);
        close(fd);
        if (info == FILE_CREATED) unlink(unix_path);
        goto done;
    }
    if (truncate && ftruncate(fd, 0)) {
        status = errno_to_status(errno);
        pthread_mutex_unlock(&inode_lock);
        close(fd);
        goto done;
    }
    status = STATUS_NO_MEMORY;
    if (!inode && (inode = calloc(1, sizeof(*inode)))) {
        inode->dev = st.st_dev;
        inode->ino = st.st_ino;
        inode->is_dir = S_ISDIR(st.st_mode);
        inode->next = inodes;
        inodes = inode;
    }
    if (inode && (file = calloc(1, sizeof(*file)))) {
        object_init(&file->file.obj, OBJECT_FILE, &disk_file_ops);
        file->file.fd = fd;
        file->file.access = access;
        file->file.options = options;
        file->share = share;
        file->delete_on_close = !!(options & FILE_DELETE_ON_CLOSE);
        file->inode = inode;
        file->unix_path = unix_path;
        file->dos_path = dos;
        unix_path = NULL;
        dos = NULL;
        file->next = inode->opens;
        inode->opens = file;
        pthread_mutex_unlock(&inode_lock);
        if ((*handle = handle_alloc(&file->file.obj))) {
            status = STATUS_SUCCESS;
            if (attr->Attributes & OBJ_INHERIT) handle_set_flags(*handle, 1, 1);   /* HANDLE_FLAG_INHERIT */
        } else object_release(&file->file.obj);
    } else {
        if (inode && !inode->opens) {
            inodes = inode->next;
            free(inode);
        }
        pthread_mutex_unlock(&inode_lock);
        close(fd);
    }
done:
    TRACE("%s access %#x share %#x disposition %u options %#x -> %#x %p\n", unix_path ? unix_path : "",
          (unsigned)access, (unsigned)share, (unsigned)disposition, (unsigned)options, (unsigned)status, *handle);
    free(unix_path);
    free(dos);
    if (io) {
        io->Status = status;
        io->Information = info;
    }
    return status;
}

NTSYSAPI NTSTATUS WINAPI NtOpenFile(HANDLE *handle, ACCESS_MASK access, OBJECT_ATTRIBUTES *attr,
                                    IO_STATUS_BLOCK *io, ULONG share, ULONG options)
{
    return NtCreateFile(handle, access, attr, io, NULL, 0, share, FILE_OPEN, options, NULL, 0);
}

NTSTATUS file_set_delete_pending(HANDLE handle, BOOL pending)
{
    struct disk_file *file = disk_file_get(handle);
    struct stat st;
    NTSTATUS status = STATUS_SUCCESS;

    if (!file) return STATUS_INVALID_HANDLE;
    if (!(file->file.access & DELETE)) status = STATUS_ACCESS_DENIED;
    else if (pending && !fstat(file->file.fd, &st) && is_readonly(&st)) status = STATUS_CANNOT_DELETE;
    else {
        pthread_mutex_lock(&inode_lock);
        if (pending && file->unix_path) {
            free(file->inode->delete_path);
            file->inode->delete_path = strdup(file->unix_path);
        }
        file->inode->delete_pending = pending && file->inode->delete_path;
        pthread_mutex_unlock(&inode_lock);
    }
    object_release(&file->file.obj);
    return status;
}

WCHAR *file_dos_name(HANDLE handle)
{
    struct disk_file *file = disk_file_get(handle);
    WCHAR *name;
    if (!file) return NULL;
    name = file->dos_path ? wcs_dup(file->dos_path) : NULL;
    object_release(&file->file.obj);
    return name;
}

/* ---- byte-range locks ---- */

static int overlaps(const struct lock_range *l, ULONGLONG offset, ULONGLONG length)
{
    if (!length || !l->length) return 0;
    return offset < l->offset + l->length && l->offset < offset + length;
}

/* Does I/O by FILE on [offset, offset+length) hit someone's lock? Locks of
 * other handles stop reads when exclusive, writes always; shared locks
 * stop writes even by their owner. Call with inode_lock held. */
static BOOL io_blocked(const struct disk_file *file, ULONGLONG offset, ULONGLONG length, BOOL write)
{
    const struct inode *inode = file->inode;
    for (size_t i = 0; i < inode->lock_count; i++) {
        const struct lock_range *l = &inode->locks[i];
        if (!overlaps(l, offset, length)) continue;
        if (l->owner != file && (write || l->exclusive)) return TRUE;
        if (l->owner == file && write && !l->exclusive) return TRUE;
    }
    return FALSE;
}

NTSTATUS file_lock(HANDLE handle, ULONGLONG offset, ULONGLONG length, BOOL exclusive, BOOL wait)
{
    struct disk_file *file = disk_file_get(handle);
    NTSTATUS status;

    if (!file) return STATUS_INVALID_HANDLE;
    if (length && offset + length - 1 < offset) {
        object_release(&file->file.obj);
        return STATUS_INVALID_LOCK_RANGE;
    }
    for (;;) {
        struct inode *inode = file->inode;
        BOOL conflict = FALSE;
        pthread_mutex_lock(&inode_lock);
        /* exclusive locks overlap nothing; shared ones only other shared ones */
        for (size_t i = 0; i < inode->lock_count && !conflict; i++)
            if (overlaps(&inode->locks[i], offset, length) && (exclusive || inode->locks[i].exclusive))
                conflict = TRUE;
        if (!conflict) {
            status = STATUS_NO_MEMORY;
            if (inode->lock_count == inode->lock_cap) {
                size_t cap = inode->lock_cap ? inode->lock_cap * 2 : 8;
                struct lock_range *grown = realloc(inode->locks, cap * sizeof(*grown));
                if (grown) {
                    inode->locks = grown;
                    inode->lock_cap = cap;
                }
            }
            if (inode->lock_count < inode->lock_cap) {
                struct lock_range *l = &inode->locks[inode->lock_count++];
                l->owner = file;
                l->offset = offset;
                l->length = length;
                l->exclusive = exclusive;
                status = STATUS_SUCCESS;
            }
        }
        pthread_mutex_unlock(&inode_lock);
        if (!conflict) break;
        if (!wait) {
            status = STATUS_LOCK_NOT_GRANTED;
            break;
        }
        usleep(1000);   /* a waited lock is rare: polling keeps the table simple */
    }
    object_release(&file->file.obj);
    return status;
}

NTSTATUS file_unlock(HANDLE handle, ULONGLONG offset, ULONGLONG length)
{
    struct disk_file *file = disk_file_get(handle);
    NTSTATUS status = STATUS_RANGE_NOT_LOCKED;
    struct inode *inode;

    if (!file) return STATUS_INVALID_HANDLE;
    inode = file->inode;
    pthread_mutex_lock(&inode_lock);
    for (size_t i = 0; i < inode->lock_count; i++) {
        struct lock_range *l = &inode->locks[i];
        if (l->owner == file && l->offset == offset && l->length == length) {
            memmove(l, l + 1, (inode->lock_count - i - 1) * sizeof(*l));
            inode->lock_count--;
            status = STATUS_SUCCESS;
            break;
        }
    }
    pthread_mutex_unlock(&inode_lock);
    object_release(&file->file.obj);
    return status;
}

/* ---- I/O ---- */

/* A closed Unix fd gives a NULL std handle, as a Windows process started
 * without one has. */
static HANDLE std_handle(int fd, DWORD access)
{
    struct file_object *file;
    HANDLE h;

    if (fcntl(fd, F_GETFD) < 0) return NULL;
    if (!(file = file_object_create(fd, access, 0))) return NULL;
    if (!(h = handle_alloc(&file->obj))) object_release(&file->obj);
    return h;
}

void file_init_std_handles(RTL_USER_PROCESS_PARAMETERS *params)
{
    params->StandardInput = std_handle(0, GENERIC_READ);
    params->StandardOutput = std_handle(1, GENERIC_WRITE);
    params->StandardError = std_handle(2, GENERIC_WRITE);
}

static NTSTATUS finish(IO_STATUS_BLOCK *io, HANDLE event, NTSTATUS status, ULONG_PTR info)
{
    if (io) {
        io->Status = status;
        io->Information = info;
    }
    if (event) NtSetEvent(event, NULL);
    return status;
}

/* Checks a disk file's locks and access for I/O at OFFSET (NULL: the file
 * pointer); other files pass. */
static NTSTATUS check_io(struct file_object *obj, const LARGE_INTEGER *offset, ULONG length, BOOL write)
{
    struct disk_file *file = (struct disk_file *)obj;
    NTSTATUS status = STATUS_SUCCESS;
    ULONGLONG pos;

    if (obj->obj.ops != &disk_file_ops) return STATUS_SUCCESS;
    if (!(obj->access & (write ? DATA_WRITE : DATA_READ))) return STATUS_ACCESS_DENIED;
    if (file->inode->lock_count) {
        if (offset && offset->QuadPart >= 0) pos = offset->QuadPart;
        else if (write && offset && offset->QuadPart == FILE_WRITE_TO_END_OF_FILE) {
            struct stat st;
            pos = fstat(obj->fd, &st) ? 0 : st.st_size;
        } else pos = lseek(obj->fd, 0, SEEK_CUR);
        pthread_mutex_lock(&inode_lock);
        if (io_blocked(file, pos, length, write)) status = STATUS_FILE_LOCK_CONFLICT;
        pthread_mutex_unlock(&inode_lock);
    }
    return status;
}

static BOOL is_synchronous(const struct file_object *file)
{
    return !!(file->options & (FILE_SYNCHRONOUS_IO_ALERT | FILE_SYNCHRONOUS_IO_NONALERT));
}

/* The handle is looked up once per call (a lookup takes the handle lock
 * and two atomics: three of them cost 10% of a 64 KiB write, make bench). */
static NTSTATUS write_file(struct file_object *file, IO_STATUS_BLOCK *io, HANDLE event, const void *buffer,
                           ULONG length, const LARGE_INTEGER *offset)
{
    int fd = file->fd;
    size_t done = 0;
    ULONG_PTR info;
    BOOL positioned = offset && offset->QuadPart >= 0;
    NTSTATUS status;

    if ((status = check_io(file, offset, length, TRUE))) return finish(io, event, status, 0);
    if ((status = named_pipe_write(file, buffer, length, &info)) != STATUS_OBJECT_TYPE_MISMATCH)
        return finish(io, event, status, info);
    while (done < length) {
        ssize_t n;
        if (offset && offset->QuadPart == FILE_WRITE_TO_END_OF_FILE) {
            off_t end = lseek(fd, 0, SEEK_END);
            n = end < 0 ? -1 : write(fd, (const char *)buffer + done, length - done);
        } else if (positioned)
            n = pwrite(fd, (const char *)buffer + done, length - done, offset->QuadPart + done);
        else
            n = write(fd, (const char *)buffer + done, length - done);
        if (n < 0) {
            if (errno == EINTR) continue;
            /* a valid handle whose fd refuses: opened without write access */
            return finish(io, event, errno == EBADF ? STATUS_ACCESS_DENIED : errno_to_status(errno), done);
        }
        done += n;
    }
    /* a synchronous handle's file pointer follows positioned I/O */
    if (positioned && is_synchronous(file)) lseek(fd, offset->QuadPart + done, SEEK_SET);
    TRACE("%d: wrote %zu bytes\n", fd, done);
    return finish(io, event, STATUS_SUCCESS, done);
}

NTSYSAPI NTSTATUS WINAPI NtWriteFile(HANDLE handle, HANDLE event, PVOID apc, PVOID apc_context,
                                     IO_STATUS_BLOCK *io, const void *buffer, ULONG length,
                                     const LARGE_INTEGER *offset, const ULONG *key)
{
    struct file_object *file = (struct file_object *)handle_get(handle, OBJECT_FILE);
    NTSTATUS status;
    (void)key;

    if (apc || apc_context) FIXME("APC completion is not supported\n");
    if (event) NtResetEvent(event, NULL);
    if (!file) return finish(io, event, STATUS_INVALID_HANDLE, 0);
    status = write_file(file, io, event, buffer, length, offset);
    object_release(&file->obj);
    return status;
}

static NTSTATUS read_file(struct file_object *file, IO_STATUS_BLOCK *io, HANDLE event, void *buffer,
                          ULONG length, const LARGE_INTEGER *offset)
{
    int fd = file->fd;
    BOOL positioned = offset && offset->QuadPart >= 0;
    ssize_t n;
    ULONG_PTR info;
    struct stat st;
    NTSTATUS status;

    if ((status = check_io(file, offset, length, FALSE))) return finish(io, event, status, 0);
    if ((status = named_pipe_read(file, buffer, length, &info)) != STATUS_OBJECT_TYPE_MISMATCH)
        return finish(io, event, status, info);
    do {
        if (positioned) n = pread(fd, buffer, length, offset->QuadPart);
        else n = read(fd, buffer, length);
    } while (n < 0 && errno == EINTR);
    if (n < 0) {
        if (errno == EISDIR) return finish(io, event, STATUS_INVALID_DEVICE_REQUEST, 0);
        return finish(io, event, errno == EBADF ? STATUS_ACCESS_DENIED : errno_to_status(errno), 0);
    }
    if (positioned && is_synchronous(file)) lseek(fd, offset->QuadPart + n, SEEK_SET);
    if (n == 0 && length && !fstat(fd, &st)) {
        /* end of a pipe is a broken pipe; of a file, end of file; a tty just returns 0 */
        if (S_ISFIFO(st.st_mode) || S_ISSOCK(st.st_mode)) return finish(io, event, STATUS_PIPE_BROKEN, 0);
        if (S_ISREG(st.st_mode) || S_ISBLK(st.st_mode)) return finish(io, event, STATUS_END_OF_FILE, 0);
    }
    return finish(io, event, STATUS_SUCCESS, n);
}

NTSYSAPI NTSTATUS WINAPI NtReadFile(HANDLE handle, HANDLE event, PVOID apc, PVOID apc_context,
                                    IO_STATUS_BLOCK *io, void *buffer, ULONG length,
                                    const LARGE_INTEGER *offset, const ULONG *key)
{
    struct file_object *file = (struct file_object *)handle_get(handle, OBJECT_FILE);
    NTSTATUS status;
    (void)key;

    if (apc || apc_context) FIXME("APC completion is not supported\n");
    if (event) NtResetEvent(event, NULL);
    if (!file) return finish(io, event, STATUS_INVALID_HANDLE, 0);
    status = read_file(file, io, event, buffer, length, offset);
    object_release(&file->obj);
    return status;
}

NTSYSAPI NTSTATUS WINAPI NtFlushBuffersFile(HANDLE handle, IO_STATUS_BLOCK *io)
{
    NTSTATUS status;
    int fd = handle_to_fd(handle, &status);
    struct disk_file *file;
    struct stat st;

    if (fd < 0) return finish(io, NULL, status, 0);
    if ((file = disk_file_get(handle))) {
        BOOL writable = !!(file->file.access & DATA_WRITE);
        object_release(&file->file.obj);
        if (!writable) return finish(io, NULL, STATUS_ACCESS_DENIED, 0);
    }
    /* pipes and terminals have nothing to flush */
    if (!fstat(fd, &st) && !S_ISREG(st.st_mode) && !S_ISDIR(st.st_mode)) return finish(io, NULL, STATUS_SUCCESS, 0);
    if (fsync(fd) && errno != EINVAL) return finish(io, NULL, errno_to_status(errno), 0);
    return finish(io, NULL, STATUS_SUCCESS, 0);
}
