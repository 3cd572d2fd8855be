/*
 * Handles and I/O on them: CreateFile, ReadFile/WriteFile (with OVERLAPPED),
 * the file pointer, size and end of file, std handles, GetFileType,
 * CloseHandle. The console calls live in console.c; information by handle
 * in file_info.c; operations by name in file_ops.c.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "file_private.h"
#define DEBUG_CHANNEL CH_FILE
#include "winrun/debug.h"

NTSYSAPI NTSTATUS WINAPI NtWriteFile(HANDLE, HANDLE, PVOID, PVOID, IO_STATUS_BLOCK *, const void *, ULONG,
                                     const LARGE_INTEGER *, const ULONG *);
NTSYSAPI NTSTATUS WINAPI NtReadFile(HANDLE, HANDLE, PVOID, PVOID, IO_STATUS_BLOCK *, void *, ULONG,
                                    const LARGE_INTEGER *, const ULONG *);
NTSYSAPI NTSTATUS WINAPI NtCreateFile(HANDLE *, ACCESS_MASK, OBJECT_ATTRIBUTES *, IO_STATUS_BLOCK *,
                                      LARGE_INTEGER *, ULONG, ULONG, ULONG, ULONG, void *, ULONG);
NTSYSAPI NTSTATUS WINAPI NtFlushBuffersFile(HANDLE, IO_STATUS_BLOCK *);
NTSYSAPI NTSTATUS WINAPI NtClose(HANDLE);
NTSYSAPI NTSTATUS WINAPI NtCancelIoFile(HANDLE, IO_STATUS_BLOCK *);
NTSYSAPI NTSTATUS WINAPI NtCancelIoFileEx(HANDLE, IO_STATUS_BLOCK *, IO_STATUS_BLOCK *);

static RTL_USER_PROCESS_PARAMETERS *params(void)
{
    return NtCurrentTeb()->Peb->ProcessParameters;
}

WINBASEAPI HANDLE WINAPI GetStdHandle(DWORD which)
{
    switch (which) {
    case STD_INPUT_HANDLE:  return params()->StandardInput;
    case STD_OUTPUT_HANDLE: return params()->StandardOutput;
    case STD_ERROR_HANDLE:  return params()->StandardError;
    }
    SetLastError(ERROR_INVALID_HANDLE);
    return INVALID_HANDLE_VALUE;
}

WINBASEAPI BOOL WINAPI SetStdHandle(DWORD which, HANDLE handle)
{
    switch (which) {
    case STD_INPUT_HANDLE:  params()->StandardInput = handle; return TRUE;
    case STD_OUTPUT_HANDLE: params()->StandardOutput = handle; return TRUE;
    case STD_ERROR_HANDLE:  params()->StandardError = handle; return TRUE;
    }
    SetLastError(ERROR_INVALID_HANDLE);
    return FALSE;
}

/* ---- CreateFile ---- */

/* "NUL", "CONIN$", "CONOUT$": devices with no file behind them. */
static HANDLE open_device(const WCHAR *name, DWORD access)
{
    const WCHAR *base = name;
    struct file_object *file;
    HANDLE h;
    int fd;

    if (!wcs_nicmp(base, u"\\\\.\\", 4)) base += 4;
    if (!wcs_icmp(base, u"NUL")) fd = open("/dev/null", O_RDWR | O_CLOEXEC);
    else if (!wcs_icmp(base, u"CONIN$")) fd = fcntl(0, F_DUPFD_CLOEXEC, 0);
    else if (!wcs_icmp(base, u"CONOUT$")) fd = fcntl(1, F_DUPFD_CLOEXEC, 0);
    else return NULL;
    if (fd < 0) {
        set_status_error(errno_to_status(errno));
        return INVALID_HANDLE_VALUE;
    }
    if (!(file = file_object_create(fd, access, FILE_SYNCHRONOUS_IO_NONALERT))) {
        close(fd);
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
        return INVALID_HANDLE_VALUE;
    }
    if (!(h = handle_alloc(&file->obj))) {
        object_release(&file->obj);
        SetLastError(ERROR_TOO_MANY_OPEN_FILES);
        return INVALID_HANDLE_VALUE;
    }
    SetLastError(NO_ERROR);
    return h;
}

/* "\??\" + the full DOS path; "\\?\" names are taken as they are. */
static WCHAR *nt_name(const WCHAR *name, NTSTATUS *status)
{
    WCHAR *full, *nt;
    size_t len;

    if (!(full = path_full_dos(name, status))) return NULL;
    len = wcs_len(full);
    if (!(nt = malloc((len + 5) * sizeof(WCHAR)))) {
        free(full);
        *status = STATUS_NO_MEMORY;
        return NULL;
    }
    if (full[0] == '\\' && (full[1] == '\\' || full[1] == '?') && full[2] == '?' && full[3] == '\\')
        memcpy(nt, u"\\??\\", 4 * sizeof(WCHAR)), wcs_cpy(nt + 4, full + 4);
    else
        memcpy(nt, u"\\??\\", 4 * sizeof(WCHAR)), wcs_cpy(nt + 4, full);
    free(full);
    return nt;
}

WINBASEAPI HANDLE WINAPI CreateFileW(LPCWSTR name, DWORD access, DWORD share, void *security,
                                     DWORD creation, DWORD flags, HANDLE template_file)
{
    static const ULONG dispositions[] = { 0, FILE_CREATE, FILE_OVERWRITE_IF, FILE_OPEN, FILE_OPEN_IF, FILE_OVERWRITE };
    OBJECT_ATTRIBUTES attr = { sizeof(attr), NULL, NULL, 0, NULL, NULL };
    UNICODE_STRING us;
    IO_STATUS_BLOCK io = { { 0 }, 0 };
    NTSTATUS status;
    ULONG options = 0;
    HANDLE handle, device;
    WCHAR *nt;
    (void)security; (void)template_file;

    if (!name || !*name) {
        SetLastError(ERROR_PATH_NOT_FOUND);
        return INVALID_HANDLE_VALUE;
    }
    if (creation < CREATE_NEW || creation > TRUNCATE_EXISTING) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return INVALID_HANDLE_VALUE;
    }
    if ((device = open_device(name, access))) return device;
    if (is_pipe_name(name))
        return named_pipe_open_file(name, access, flags, security && ((SECURITY_ATTRIBUTES *)security)->bInheritHandle);
    if (!(nt = nt_name(name, &status))) {
        set_status_error(status);
        return INVALID_HANDLE_VALUE;
    }
    if (!(flags & FILE_FLAG_OVERLAPPED)) options |= FILE_SYNCHRONOUS_IO_NONALERT;
    if (!(flags & FILE_FLAG_BACKUP_SEMANTICS)) options |= FILE_NON_DIRECTORY_FILE;
    if (flags & FILE_FLAG_DELETE_ON_CLOSE) options |= FILE_DELETE_ON_CLOSE;
    if (flags & FILE_FLAG_WRITE_THROUGH) options |= FILE_WRITE_THROUGH;
    us.Buffer = nt;
    us.Length = us.MaximumLength = (USHORT)(wcs_len(nt) * sizeof(WCHAR));
    attr.ObjectName = &us;
    if (security && ((SECURITY_ATTRIBUTES *)security)->bInheritHandle) attr.Attributes |= OBJ_INHERIT;
    status = NtCreateFile(&handle, access | SYNCHRONIZE | FILE_READ_ATTRIBUTES, &attr, &io, NULL,
                          flags & 0x7fa7, share, dispositions[creation], options, NULL, 0);
    free(nt);
    if (status == STATUS_OBJECT_NAME_COLLISION && creation == CREATE_NEW) {
        SetLastError(ERROR_FILE_EXISTS);
        return INVALID_HANDLE_VALUE;
    }
    if (!set_status_error(status)) return INVALID_HANDLE_VALUE;
    /* success says whether the file was there already */
    if ((creation == CREATE_ALWAYS && io.Information == FILE_OVERWRITTEN) ||
        (creation == OPEN_ALWAYS && io.Information == FILE_OPENED))
        SetLastError(ERROR_ALREADY_EXISTS);
    else
        SetLastError(NO_ERROR);
    return handle;
}

WINBASEAPI HANDLE WINAPI CreateFileA(LPCSTR name, DWORD access, DWORD share, void *security,
                                     DWORD creation, DWORD flags, HANDLE template_file)
{
    WCHAR *w = file_name_a_to_w(name);
    HANDLE h;
    if (name && !w) {
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
        return INVALID_HANDLE_VALUE;
    }
    h = CreateFileW(w, access, share, security, creation, flags, template_file);
    heap_free(w);
    return h;
}

/* ---- ReadFile / WriteFile ---- */

/* Common end of ReadFile/WriteFile: OVERLAPPED I/O completes at once here,
 * so the event is set and the OVERLAPPED holds the result either way. */
static BOOL io_done(NTSTATUS status, IO_STATUS_BLOCK *io, DWORD *count, OVERLAPPED *ov)
{
    if (count) *count = (DWORD)io->Information;
    if (ov) {
        ov->Internal = (ULONG_PTR)(LONG_PTR)status;
        ov->InternalHigh = io->Information;
    }
    return set_status_error(status);
}

WINBASEAPI BOOL WINAPI WriteFile(HANDLE handle, LPCVOID buffer, DWORD count, LPDWORD written, void *overlapped)
{
    OVERLAPPED *ov = overlapped;
    IO_STATUS_BLOCK io = { { 0 }, 0 };
    LARGE_INTEGER offset, *off = NULL;
    NTSTATUS status;

    if (written) *written = 0;
    if (ov) {
        offset.LowPart = ov->Offset;
        offset.HighPart = (LONG)ov->OffsetHigh;
        off = &offset;
        ov->Internal = (ULONG_PTR)STATUS_PENDING;
    }
    status = NtWriteFile(handle, ov ? ov->hEvent : NULL, NULL, NULL, &io, buffer, count, off, NULL);
    return io_done(status, &io, written, ov);
}

WINBASEAPI BOOL WINAPI ReadFile(HANDLE handle, LPVOID buffer, DWORD count, LPDWORD read, void *overlapped)
{
    OVERLAPPED *ov = overlapped;
    IO_STATUS_BLOCK io = { { 0 }, 0 };
    LARGE_INTEGER offset, *off = NULL;
    NTSTATUS status;

    if (read) *read = 0;
    if (ov) {
        offset.LowPart = ov->Offset;
        offset.HighPart = (LONG)ov->OffsetHigh;
        off = &offset;
        ov->Internal = (ULONG_PTR)STATUS_PENDING;
    }
    status = NtReadFile(handle, ov ? ov->hEvent : NULL, NULL, NULL, &io, buffer, count, off, NULL);
    /* a synchronous read at the end of a file is TRUE with 0 bytes; an
     * OVERLAPPED one reports ERROR_HANDLE_EOF */
    if (status == STATUS_END_OF_FILE && !ov) return TRUE;
    return io_done(status, &io, read, ov);
}

WINBASEAPI BOOL WINAPI GetOverlappedResult(HANDLE handle, LPOVERLAPPED ov, LPDWORD count, BOOL wait)
{
    NTSTATUS status = (NTSTATUS)ov->Internal;
    (void)handle;

    if (status == STATUS_PENDING) {
        if (!wait) {
            SetLastError(996 /* ERROR_IO_INCOMPLETE */);
            return FALSE;
        }
        if (ov->hEvent) WaitForSingleObject(ov->hEvent, INFINITE);
        status = (NTSTATUS)ov->Internal;
    }
    if (count) *count = (DWORD)ov->InternalHigh;
    return set_status_error(status);
}

WINBASEAPI BOOL WINAPI GetOverlappedResultEx(HANDLE handle, LPOVERLAPPED ov, LPDWORD count, DWORD timeout,
                                             BOOL alertable)
{
    (void)alertable;
    return GetOverlappedResult(handle, ov, count, timeout != 0);
}

/* Only directory change requests are ever in flight (ntdll notify.c). */
WINBASEAPI BOOL WINAPI CancelIo(HANDLE handle)
{
    IO_STATUS_BLOCK io;
    return set_status_error(NtCancelIoFile(handle, &io));
}

/* ERROR_NOT_FOUND when nothing matched */
WINBASEAPI BOOL WINAPI CancelIoEx(HANDLE handle, LPOVERLAPPED ov)
{
    IO_STATUS_BLOCK io;
    return set_status_error(NtCancelIoFileEx(handle, (IO_STATUS_BLOCK *)ov, &io));
}

WINBASEAPI BOOL WINAPI CloseHandle(HANDLE handle)
{
    if (handle == GetCurrentProcess() || handle == GetCurrentThread()) return TRUE;
    return set_status_error(NtClose(handle));
}

WINBASEAPI DWORD WINAPI GetFileType(HANDLE handle)
{
    NTSTATUS status;
    struct stat st;
    int fd = handle_to_fd(handle, &status);

    if (fd < 0) {
        set_status_error(status);
        return FILE_TYPE_UNKNOWN;
    }
    if (fstat(fd, &st)) {
        set_status_error(errno_to_status(errno));
        return FILE_TYPE_UNKNOWN;
    }
    SetLastError(NO_ERROR);
    if (S_ISREG(st.st_mode) || S_ISBLK(st.st_mode) || S_ISDIR(st.st_mode)) return FILE_TYPE_DISK;
    if (S_ISCHR(st.st_mode)) return FILE_TYPE_CHAR;
    if (S_ISFIFO(st.st_mode) || S_ISSOCK(st.st_mode)) return FILE_TYPE_PIPE;
    return FILE_TYPE_UNKNOWN;
}

/* ---- file pointer and size ---- */

/* fd of a disk file handle: pipes and terminals have no pointer or size. */
static int seekable_fd(HANDLE handle)
{
    NTSTATUS status;
    struct stat st;
    int fd = handle_to_fd(handle, &status);

    if (fd < 0) {
        set_status_error(status);
        return -1;
    }
    if (fstat(fd, &st) || (!S_ISREG(st.st_mode) && !S_ISDIR(st.st_mode) && !S_ISBLK(st.st_mode))) {
        SetLastError(ERROR_INVALID_FUNCTION);
        return -1;
    }
    return fd;
}

WINBASEAPI BOOL WINAPI SetFilePointerEx(HANDLE handle, LARGE_INTEGER distance, PLARGE_INTEGER new_pos, DWORD method)
{
    int fd = seekable_fd(handle);
    off_t base, pos;
    struct stat st;

    if (fd < 0) return FALSE;
    switch (method) {
    case FILE_BEGIN: base = 0; break;
    case FILE_CURRENT: base = lseek(fd, 0, SEEK_CUR); break;
    case FILE_END: base = fstat(fd, &st) ? -1 : st.st_size; break;
    default:
        SetLastError(ERROR_INVALID_PARAMETER);
        return FALSE;
    }
    if (base < 0) return set_status_error(errno_to_status(errno));
    pos = base + distance.QuadPart;
    if (pos < 0) {
        SetLastError(ERROR_NEGATIVE_SEEK);
        return FALSE;
    }
    if (lseek(fd, pos, SEEK_SET) < 0) return set_status_error(errno_to_status(errno));
    if (new_pos) new_pos->QuadPart = pos;
    return TRUE;
}

WINBASEAPI DWORD WINAPI SetFilePointer(HANDLE handle, LONG distance, PLONG high, DWORD method)
{
    LARGE_INTEGER d, pos;

    d.QuadPart = distance;                      /* sign-extended when HIGH is NULL */
    if (high) d.HighPart = *high;
    if (!SetFilePointerEx(handle, d, &pos, method)) return INVALID_SET_FILE_POINTER;
    if (high) *high = pos.HighPart;
    else if (pos.HighPart) {
        /* the position does not fit the 32 bits the caller can see */
        SetLastError(ERROR_INVALID_PARAMETER);
        return INVALID_SET_FILE_POINTER;
    }
    if (pos.LowPart == INVALID_SET_FILE_POINTER) SetLastError(NO_ERROR);
    return pos.LowPart;
}

WINBASEAPI BOOL WINAPI GetFileSizeEx(HANDLE handle, PLARGE_INTEGER size)
{
    int fd = seekable_fd(handle);
    struct stat st;

    if (fd < 0) return FALSE;
    if (fstat(fd, &st)) return set_status_error(errno_to_status(errno));
    size->QuadPart = S_ISDIR(st.st_mode) ? 0 : st.st_size;
    return TRUE;
}

WINBASEAPI DWORD WINAPI GetFileSize(HANDLE handle, LPDWORD high)
{
    LARGE_INTEGER size;

    if (!GetFileSizeEx(handle, &size)) return INVALID_FILE_SIZE;
    if (high) *high = size.HighPart;
    if (size.LowPart == INVALID_FILE_SIZE) SetLastError(NO_ERROR);
    return size.LowPart;
}

static BOOL handle_can_write(HANDLE handle)
{
    struct file_object *file = (struct file_object *)handle_get(handle, OBJECT_FILE);
    BOOL ok = file && (file->access & (FILE_WRITE_DATA | FILE_APPEND_DATA | GENERIC_WRITE | GENERIC_ALL));
    if (file) object_release(&file->obj);
    return ok;
}

WINBASEAPI BOOL WINAPI SetEndOfFile(HANDLE handle)
{
    int fd = seekable_fd(handle);
    off_t pos;

    if (fd < 0) return FALSE;
    if (!handle_can_write(handle)) {
        SetLastError(ERROR_ACCESS_DENIED);
        return FALSE;
    }
    if ((pos = lseek(fd, 0, SEEK_CUR)) < 0 || ftruncate(fd, pos)) return set_status_error(errno_to_status(errno));
    return TRUE;
}

WINBASEAPI BOOL WINAPI FlushFileBuffers(HANDLE handle)
{
    IO_STATUS_BLOCK io;
    return set_status_error(NtFlushBuffersFile(handle, &io));
}
