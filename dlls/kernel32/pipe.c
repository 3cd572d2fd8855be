/*
 * Anonymous pipes: CreatePipe over pipe2(), and PeekNamedPipe on them
 * and on named pipes (named_pipe.c).
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <unistd.h>
#include "kernel32_private.h"


static HANDLE pipe_handle(int fd, DWORD access, BOOL inherit)
{
    struct file_object *file = file_object_create(fd, access, FILE_SYNCHRONOUS_IO_NONALERT);
    HANDLE h;

    if (!file) {
        close(fd);
        return NULL;
    }
    if (!(h = handle_alloc(&file->obj))) object_release(&file->obj);
    else if (inherit) handle_set_flags(h, HANDLE_FLAG_INHERIT, HANDLE_FLAG_INHERIT);
    return h;
}

/* SIZE is a hint, as on Windows; Linux pipes hold 64 KiB by default. */
WINBASEAPI BOOL WINAPI CreatePipe(HANDLE *read_pipe, HANDLE *write_pipe, SECURITY_ATTRIBUTES *sa, DWORD size)
{
    BOOL inherit = sa && sa->bInheritHandle;
    int fds[2];

    if (pipe2(fds, O_CLOEXEC)) return set_status_error(errno_to_status(errno));
    if (size > 65536) fcntl(fds[1], F_SETPIPE_SZ, (int)size);   /* best effort */
    if (!(*read_pipe = pipe_handle(fds[0], GENERIC_READ, inherit))) {
        close(fds[1]);
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
        return FALSE;
    }
    if (!(*write_pipe = pipe_handle(fds[1], GENERIC_WRITE, inherit))) {
        CloseHandle(*read_pipe);
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
        return FALSE;
    }
    return TRUE;
}

/* What is waiting in the pipe, copied without consuming it (tee() into a
 * scratch pipe); ERROR_BROKEN_PIPE once it is empty and the writers are gone. */
WINBASEAPI BOOL WINAPI PeekNamedPipe(HANDLE pipe, void *buffer, DWORD size, DWORD *read_count, DWORD *avail,
                                     DWORD *left_in_message)
{
    NTSTATUS status;
    int fd = handle_to_fd(pipe, &status), queued = 0, scratch[2];
    struct pollfd pfd;
    DWORD copied = 0, left = 0;

    if (fd < 0) return set_status_error(status);
    status = named_pipe_peek(pipe, buffer, size, &copied, (DWORD *)&queued, &left);
    if (status != STATUS_OBJECT_TYPE_MISMATCH) {   /* a message pipe */
        if (read_count) *read_count = copied;
        if (avail) *avail = (DWORD)queued;
        if (left_in_message) *left_in_message = left - copied;
        return set_status_error(status);
    }
    if (ioctl(fd, FIONREAD, &queued) < 0) return set_status_error(errno_to_status(errno));
    if (!queued) {
        pfd.fd = fd;
        pfd.events = POLLIN;
        if (poll(&pfd, 1, 0) == 1 && (pfd.revents & POLLHUP)) {
            SetLastError(ERROR_BROKEN_PIPE);
            return FALSE;
        }
    }
    if (buffer && size && queued && !pipe2(scratch, O_CLOEXEC)) {
        ssize_t n = tee(fd, scratch[1], size < (DWORD)queued ? size : (DWORD)queued, SPLICE_F_NONBLOCK);
        if (n > 0) n = read(scratch[0], buffer, n);
        else n = recv(fd, buffer, size < (DWORD)queued ? size : (DWORD)queued, MSG_PEEK | MSG_DONTWAIT);   /* a socket */
        if (n > 0) copied = (DWORD)n;
        close(scratch[0]);
        close(scratch[1]);
    }
    if (read_count) *read_count = copied;
    if (avail) *avail = (DWORD)queued;
    if (left_in_message) *left_in_message = 0;
    return TRUE;
}
