/*
 * Information by handle: GetFileInformationByHandle(Ex),
 * SetFileInformationByHandle, Get/SetFileTime, byte-range locks and
 * DeviceIoControl; and how a Unix stat reads as Windows attributes.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "file_private.h"
#define DEBUG_CHANNEL CH_FILE
#include "winrun/debug.h"

enum file_info_class {
    FileBasicInfo = 0, FileStandardInfo = 1, FileNameInfo = 2, FileRenameInfo = 3,
    FileDispositionInfo = 4, FileAllocationInfo = 5, FileEndOfFileInfo = 6,
    FileAttributeTagInfo = 9, FileIdInfo = 18, FileDispositionInfoEx = 21,
};

typedef struct {
    LARGE_INTEGER CreationTime, LastAccessTime, LastWriteTime, ChangeTime;
    DWORD FileAttributes;
} FILE_BASIC_INFO;
typedef struct {
    LARGE_INTEGER AllocationSize, EndOfFile;
    DWORD NumberOfLinks;
    BOOLEAN DeletePending, Directory;
} FILE_STANDARD_INFO;
typedef struct { DWORD FileNameLength; WCHAR FileName[1]; } FILE_NAME_INFO;
typedef struct { DWORD FileAttributes, ReparseTag; } FILE_ATTRIBUTE_TAG_INFO;
typedef struct { ULONGLONG VolumeSerialNumber; BYTE FileId[16]; } FILE_ID_INFO;

DWORD file_attributes(const char *unix_path, const struct stat *st)
{
    const char *base = unix_path ? strrchr(unix_path, '/') : NULL;
    DWORD attr = S_ISDIR(st->st_mode) ? FILE_ATTRIBUTE_DIRECTORY : FILE_ATTRIBUTE_ARCHIVE;

    if (!S_ISDIR(st->st_mode) && !(st->st_mode & 0222)) attr |= FILE_ATTRIBUTE_READONLY;
    /* Unix hides dot files; Windows shows that as the hidden attribute */
    base = base ? base + 1 : unix_path;
    if (base && base[0] == '.' && strcmp(base, ".") && strcmp(base, "..")) attr |= FILE_ATTRIBUTE_HIDDEN;
    return attr;
}

/* Creation time is the birth time where the file system keeps one. */
void file_times_statx(const struct statx *stx, const struct stat *st, FILETIME *creation, FILETIME *access,
                      FILETIME *write)
{
    if (creation) {
        if (stx && (stx->stx_mask & STATX_BTIME)) {
            struct timespec ts = { stx->stx_btime.tv_sec, stx->stx_btime.tv_nsec };
            timespec_to_filetime(&ts, creation);
        } else timespec_to_filetime(st->st_mtim.tv_sec < st->st_ctim.tv_sec ? &st->st_mtim : &st->st_ctim, creation);
    }
    if (access) timespec_to_filetime(&st->st_atim, access);
    if (write) timespec_to_filetime(&st->st_mtim, write);
}

void file_times(int fd, const char *unix_path, const struct stat *st, FILETIME *creation, FILETIME *access,
                FILETIME *write)
{
    struct statx stx;
    int r = fd >= 0 ? statx(fd, "", AT_EMPTY_PATH, STATX_BTIME, &stx)
                    : statx(AT_FDCWD, unix_path, 0, STATX_BTIME, &stx);
    file_times_statx(r ? NULL : &stx, st, creation, access, write);
}

DWORD volume_serial(dev_t dev)
{
    return (DWORD)(dev * 0x9e3779b1u) ^ (DWORD)(dev >> 32);
}

static LONGLONG filetime_value(const FILETIME *ft)
{
    return (LONGLONG)(((ULONGLONG)ft->dwHighDateTime << 32) | ft->dwLowDateTime);
}

/* fd and stat of a handle; FALSE with the last error set */
static BOOL handle_stat(HANDLE handle, int *fd, struct stat *st)
{
    NTSTATUS status;
    if ((*fd = handle_to_fd(handle, &status)) < 0) return set_status_error(status);
    if (fstat(*fd, st)) return set_status_error(errno_to_status(errno));
    return TRUE;
}

static DWORD handle_access(HANDLE handle)
{
    struct file_object *file = (struct file_object *)handle_get(handle, OBJECT_FILE);
    DWORD access = file ? file->access : 0;
    if (file) object_release(&file->obj);
    if (access & GENERIC_WRITE) access |= FILE_GENERIC_WRITE;
    if (access & GENERIC_READ) access |= FILE_GENERIC_READ;
    return access;
}

static DWORD handle_attributes(HANDLE handle, const struct stat *st)
{
    WCHAR *dos = file_dos_name(handle);
    char *name = dos ? utf16_to_utf8_dup(dos) : NULL;
    DWORD attr = file_attributes(name, st);
    free(dos);
    free(name);
    return attr;
}

WINBASEAPI BOOL WINAPI GetFileInformationByHandle(HANDLE handle, LPBY_HANDLE_FILE_INFORMATION info)
{
    struct stat st;
    int fd;

    if (!handle_stat(handle, &fd, &st)) return FALSE;
    info->dwFileAttributes = handle_attributes(handle, &st);
    file_times(fd, NULL, &st, &info->ftCreationTime, &info->ftLastAccessTime, &info->ftLastWriteTime);
    info->dwVolumeSerialNumber = volume_serial(st.st_dev);
    info->nFileSizeHigh = S_ISDIR(st.st_mode) ? 0 : (DWORD)((ULONGLONG)st.st_size >> 32);
    info->nFileSizeLow = S_ISDIR(st.st_mode) ? 0 : (DWORD)st.st_size;
    info->nNumberOfLinks = (DWORD)st.st_nlink;
    info->nFileIndexHigh = (DWORD)((ULONGLONG)st.st_ino >> 32);
    info->nFileIndexLow = (DWORD)st.st_ino;
    return TRUE;
}

WINBASEAPI BOOL WINAPI GetFileInformationByHandleEx(HANDLE handle, DWORD klass, LPVOID buffer, DWORD size)
{
    struct stat st;
    int fd;

    switch (klass) {
    case FileBasicInfo: case FileStandardInfo: case FileNameInfo: case FileAttributeTagInfo: case FileIdInfo:
        break;
    default:
        FIXME("class %u not supported\n", (unsigned)klass);
        SetLastError(ERROR_INVALID_PARAMETER);
        return FALSE;
    }
    if (!handle_stat(handle, &fd, &st)) return FALSE;
    switch (klass) {
    case FileBasicInfo: {
        FILE_BASIC_INFO *info = buffer;
        FILETIME c, a, w, ch;
        if (size < sizeof(*info)) break;
        file_times(fd, NULL, &st, &c, &a, &w);
        timespec_to_filetime(&st.st_ctim, &ch);
        info->CreationTime.QuadPart = filetime_value(&c);
        info->LastAccessTime.QuadPart = filetime_value(&a);
        info->LastWriteTime.QuadPart = filetime_value(&w);
        info->ChangeTime.QuadPart = filetime_value(&ch);
        info->FileAttributes = handle_attributes(handle, &st);
        return TRUE;
    }
    case FileStandardInfo: {
        FILE_STANDARD_INFO *info = buffer;
        if (size < sizeof(*info)) break;
        info->AllocationSize.QuadPart = S_ISDIR(st.st_mode) ? 0 : (LONGLONG)st.st_blocks * 512;
        info->EndOfFile.QuadPart = S_ISDIR(st.st_mode) ? 0 : st.st_size;
        info->NumberOfLinks = (DWORD)st.st_nlink;
        info->DeletePending = FALSE;
        info->Directory = S_ISDIR(st.st_mode);
        return TRUE;
    }
    case FileNameInfo: {
        FILE_NAME_INFO *info = buffer;
        WCHAR *dos = file_dos_name(handle);
        const WCHAR *name;
        DWORD bytes, room;
        if (size < sizeof(*info)) { free(dos); break; }
        if (!dos) {
            SetLastError(ERROR_INVALID_PARAMETER);
            return FALSE;
        }
        /* the name on its volume: "\dir\file", without the drive */
        name = dos[0] && dos[1] == ':' ? dos + 2 : dos;
        bytes = (DWORD)(wcs_len(name) * sizeof(WCHAR));
        room = size - offsetof(FILE_NAME_INFO, FileName);
        info->FileNameLength = bytes;
        memcpy(info->FileName, name, bytes < room ? bytes : room & ~1u);
        free(dos);
        if (bytes > room) {
            SetLastError(ERROR_MORE_DATA);
            return FALSE;
        }
        return TRUE;
    }
    case FileAttributeTagInfo: {
        FILE_ATTRIBUTE_TAG_INFO *info = buffer;
        if (size < sizeof(*info)) break;
        info->FileAttributes = handle_attributes(handle, &st);
        info->ReparseTag = 0;
        return TRUE;
    }
    case FileIdInfo: {
        FILE_ID_INFO *info = buffer;
        ULONGLONG ino = st.st_ino;
        if (size < sizeof(*info)) break;
        info->VolumeSerialNumber = volume_serial(st.st_dev);
        memset(info->FileId, 0, sizeof(info->FileId));
        memcpy(info->FileId, &ino, sizeof(ino));
        return TRUE;
    }
    }
    SetLastError(24 /* ERROR_BAD_LENGTH */);
    return FALSE;
}

/* Sets the times that are given (zero and -1 mean "leave it"). */
static BOOL set_times(HANDLE handle, int fd, const FILETIME *access, const FILETIME *write)
{
    struct timespec ts[2] = { { 0, UTIME_OMIT }, { 0, UTIME_OMIT } };
    char proc[32];

    if (!(handle_access(handle) & FILE_WRITE_ATTRIBUTES)) {
        SetLastError(ERROR_ACCESS_DENIED);
        return FALSE;
    }
    if (access && filetime_value(access) > 0) filetime_to_timespec(access, &ts[0]);
    if (write && filetime_value(write) > 0) filetime_to_timespec(write, &ts[1]);
    if (ts[0].tv_nsec == UTIME_OMIT && ts[1].tv_nsec == UTIME_OMIT) return TRUE;
    /* through /proc so that an O_PATH or read-only descriptor works too */
    snprintf(proc, sizeof(proc), "/proc/self/fd/%d", fd);
    if (utimensat(AT_FDCWD, proc, ts, 0) && futimens(fd, ts)) return set_status_error(errno_to_status(errno));
    return TRUE;
}

WINBASEAPI BOOL WINAPI GetFileTime(HANDLE handle, LPFILETIME creation, LPFILETIME access, LPFILETIME write)
{
    struct stat st;
    int fd;

    if (!handle_stat(handle, &fd, &st)) return FALSE;
    file_times(fd, NULL, &st, creation, access, write);
    return TRUE;
}

WINBASEAPI BOOL WINAPI SetFileTime(HANDLE handle, const FILETIME *creation, const FILETIME *access,
                                   const FILETIME *write)
{
    struct stat st;
    int fd;
    (void)creation;   /* Linux keeps birth times to itself */

    if (!handle_stat(handle, &fd, &st)) return FALSE;
    return set_times(handle, fd, access, write);
}

static BOOL set_readonly(HANDLE handle, int fd, const struct stat *st, DWORD attributes)
{
    mode_t mode = st->st_mode & 07777;
    if (S_ISDIR(st->st_mode)) return TRUE;
    if (attributes & FILE_ATTRIBUTE_READONLY) mode &= ~0222;
    else if (!(mode & 0222)) mode |= 0200;
    if (!(handle_access(handle) & FILE_WRITE_ATTRIBUTES)) {
        SetLastError(ERROR_ACCESS_DENIED);
        return FALSE;
    }
    if (mode != (st->st_mode & 07777) && fchmod(fd, mode)) {
        char proc[32];
        snprintf(proc, sizeof(proc), "/proc/self/fd/%d", fd);
        if (chmod(proc, mode)) return set_status_error(errno_to_status(errno));
    }
    return TRUE;
}

WINBASEAPI BOOL WINAPI SetFileInformationByHandle(HANDLE handle, DWORD klass, LPVOID buffer, DWORD size)
{
    struct stat st;
    int fd;

    if (!handle_stat(handle, &fd, &st)) return FALSE;
    switch (klass) {
    case FileBasicInfo: {
        const FILE_BASIC_INFO *info = buffer;
        FILETIME a, w;
        if (size < sizeof(*info)) break;
        a.dwLowDateTime = info->LastAccessTime.LowPart;
        a.dwHighDateTime = (DWORD)info->LastAccessTime.HighPart;
        w.dwLowDateTime = info->LastWriteTime.LowPart;
        w.dwHighDateTime = (DWORD)info->LastWriteTime.HighPart;
        if (!set_times(handle, fd, &a, &w)) return FALSE;
        if (info->FileAttributes && !set_readonly(handle, fd, &st, info->FileAttributes)) return FALSE;
        return TRUE;
    }
    case FileDispositionInfo: {
        const BOOLEAN *delete_file = buffer;
        if (size < sizeof(*delete_file)) break;
        return set_status_error(file_set_delete_pending(handle, *delete_file));
    }
    case FileDispositionInfoEx: {
        const DWORD *flags = buffer;
        if (size < sizeof(*flags)) break;
        return set_status_error(file_set_delete_pending(handle, *flags & 1));
    }
    case FileEndOfFileInfo: {
        const LARGE_INTEGER *eof = buffer;
        if (size < sizeof(*eof)) break;
        if (!(handle_access(handle) & (FILE_WRITE_DATA | FILE_APPEND_DATA))) {
            SetLastError(ERROR_ACCESS_DENIED);
            return FALSE;
        }
        if (eof->QuadPart < 0) {
            SetLastError(ERROR_INVALID_PARAMETER);
            return FALSE;
        }
        if (ftruncate(fd, eof->QuadPart)) return set_status_error(errno_to_status(errno));
        return TRUE;
    }
    case FileAllocationInfo: {
        const LARGE_INTEGER *alloc = buffer;
        if (size < sizeof(*alloc)) break;
        /* an allocation below the end of file truncates, as on NTFS */
        if (alloc->QuadPart >= 0 && alloc->QuadPart < st.st_size && ftruncate(fd, alloc->QuadPart))
            return set_status_error(errno_to_status(errno));
        return TRUE;
    }
    default:
        FIXME("class %u not supported\n", (unsigned)klass);
        SetLastError(ERROR_INVALID_PARAMETER);
        return FALSE;
    }
    SetLastError(24 /* ERROR_BAD_LENGTH */);
    return FALSE;
}

/* ---- locks ---- */

#define LOCKFILE_FAIL_IMMEDIATELY 0x1
#define LOCKFILE_EXCLUSIVE_LOCK   0x2

static ULONGLONG make64(DWORD low, DWORD high) { return ((ULONGLONG)high << 32) | low; }

static BOOL lock_done(NTSTATUS status, OVERLAPPED *ov)
{
    if (ov) {
        ov->Internal = (ULONG_PTR)(LONG_PTR)status;
        ov->InternalHigh = 0;
        if (ov->hEvent && NT_SUCCESS(status)) SetEvent(ov->hEvent);
    }
    return set_status_error(status);
}

WINBASEAPI BOOL WINAPI LockFile(HANDLE handle, DWORD offset_low, DWORD offset_high, DWORD length_low,
                                DWORD length_high)
{
    return set_status_error(file_lock(handle, make64(offset_low, offset_high), make64(length_low, length_high),
                                      TRUE, FALSE));
}

WINBASEAPI BOOL WINAPI LockFileEx(HANDLE handle, DWORD flags, DWORD reserved, DWORD length_low,
                                  DWORD length_high, LPOVERLAPPED ov)
{
    if (reserved || !ov) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return FALSE;
    }
    return lock_done(file_lock(handle, make64(ov->Offset, ov->OffsetHigh), make64(length_low, length_high),
                               !!(flags & LOCKFILE_EXCLUSIVE_LOCK), !(flags & LOCKFILE_FAIL_IMMEDIATELY)), ov);
}

WINBASEAPI BOOL WINAPI UnlockFile(HANDLE handle, DWORD offset_low, DWORD offset_high, DWORD length_low,
                                  DWORD length_high)
{
    return set_status_error(file_unlock(handle, make64(offset_low, offset_high), make64(length_low, length_high)));
}

WINBASEAPI BOOL WINAPI UnlockFileEx(HANDLE handle, DWORD reserved, DWORD length_low, DWORD length_high,
                                    LPOVERLAPPED ov)
{
    if (reserved || !ov) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return FALSE;
    }
    return lock_done(file_unlock(handle, make64(ov->Offset, ov->OffsetHigh), make64(length_low, length_high)), ov);
}

/* ---- DeviceIoControl ---- */

#define FSCTL_GET_COMPRESSION   0x0009003c
#define FSCTL_GET_REPARSE_POINT 0x000900a8
#define FSCTL_SET_SPARSE        0x000900c4

/* Regular files and directories answer the few file-system controls
 * programs probe with; anything else is ERROR_INVALID_FUNCTION, as a file
 * on NTFS answers a disk or volume control. */
WINBASEAPI BOOL WINAPI DeviceIoControl(HANDLE handle, DWORD code, LPVOID in, DWORD in_size, LPVOID out,
                                       DWORD out_size, LPDWORD returned, LPOVERLAPPED ov)
{
    NTSTATUS status = STATUS_SUCCESS;
    DWORD done = 0;
    struct stat st;
    int fd;
    (void)in; (void)in_size;

    if (!handle_stat(handle, &fd, &st)) return FALSE;
    switch (code) {
    case FSCTL_GET_REPARSE_POINT:
        status = STATUS_NOT_A_REPARSE_POINT;
        break;
    case FSCTL_SET_SPARSE:
        break;
    case FSCTL_GET_COMPRESSION:
        if (out_size < sizeof(USHORT)) status = STATUS_INVALID_PARAMETER;
        else {
            *(USHORT *)out = 0;   /* COMPRESSION_FORMAT_NONE */
            done = sizeof(USHORT);
        }
        break;
    default:
        TRACE("code %#x: not for a file\n", (unsigned)code);
        status = STATUS_INVALID_DEVICE_REQUEST;
        break;
    }
    if (returned) *returned = done;
    if (ov) {
        ov->Internal = (ULONG_PTR)(LONG_PTR)status;
        ov->InternalHigh = done;
        if (ov->hEvent) SetEvent(ov->hEvent);
    }
    return set_status_error(status);
}
