/*
 * File I/O on handles: the std handles and NtReadFile/NtWriteFile. Opening
 * files by name (NtCreateFile, share modes) arrives with the files work.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include "ntdll_private.h"
#define DEBUG_CHANNEL CH_FILE
#include "winrun/debug.h"

#define GENERIC_READ  0x80000000
#define GENERIC_WRITE 0x40000000
#define FILE_USE_FILE_POINTER_POSITION (-2LL)
#define FILE_WRITE_TO_END_OF_FILE      (-1LL)

typedef struct {
    union { NTSTATUS Status; PVOID Pointer; };
    ULONG_PTR Information;
} IO_STATUS_BLOCK, *PIO_STATUS_BLOCK;

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

static NTSTATUS finish(IO_STATUS_BLOCK *io, NTSTATUS status, ULONG_PTR info)
{
    if (io) {
        io->Status = status;
        io->Information = info;
    }
    return status;
}

NTSYSAPI NTSTATUS WINAPI NtWriteFile(HANDLE handle, HANDLE event, PVOID apc, PVOID apc_context,
                                     IO_STATUS_BLOCK *io, const void *buffer, ULONG length,
                                     const LARGE_INTEGER *offset, const ULONG *key)
{
    NTSTATUS status;
    int fd = handle_to_fd(handle, &status);
    size_t done = 0;
    (void)key;

    if (event || apc || apc_context) FIXME("asynchronous writes are not supported\n");
    if (fd < 0) return finish(io, status, 0);
    while (done < length) {
        ssize_t n;
        if (offset && offset->QuadPart == FILE_WRITE_TO_END_OF_FILE) {
            off_t end = lseek(fd, 0, SEEK_END);
            n = end < 0 ? -1 : write(fd, (const char *)buffer + done, length - done);
        } else if (offset && offset->QuadPart != FILE_USE_FILE_POINTER_POSITION)
            n = pwrite(fd, (const char *)buffer + done, length - done, offset->QuadPart + done);
        else
            n = write(fd, (const char *)buffer + done, length - done);
        if (n < 0) {
            if (errno == EINTR) continue;
            return finish(io, errno_to_status(errno), done);
        }
        done += n;
    }
    TRACE("%p: wrote %zu bytes\n", handle, done);
    return finish(io, STATUS_SUCCESS, done);
}

NTSYSAPI NTSTATUS WINAPI NtReadFile(HANDLE handle, HANDLE event, PVOID apc, PVOID apc_context,
                                    IO_STATUS_BLOCK *io, void *buffer, ULONG length,
                                    const LARGE_INTEGER *offset, const ULONG *key)
{
    NTSTATUS status;
    int fd = handle_to_fd(handle, &status);
    ssize_t n;
    struct stat st;
    (void)key;

    if (event || apc || apc_context) FIXME("asynchronous reads are not supported\n");
    if (fd < 0) return finish(io, status, 0);
    do {
        if (offset && offset->QuadPart >= 0) n = pread(fd, buffer, length, offset->QuadPart);
        else n = read(fd, buffer, length);
    } while (n < 0 && errno == EINTR);
    if (n < 0) return finish(io, errno_to_status(errno), 0);
    if (n == 0 && length && !fstat(fd, &st)) {
        /* end of a pipe is a broken pipe; of a file, end of file; a tty just returns 0 */
        if (S_ISFIFO(st.st_mode) || S_ISSOCK(st.st_mode)) return finish(io, STATUS_PIPE_BROKEN, 0);
        if (S_ISREG(st.st_mode) || S_ISBLK(st.st_mode)) return finish(io, STATUS_END_OF_FILE, 0);
    }
    return finish(io, STATUS_SUCCESS, n);
}
