/*
 * Low-level I/O: CRT file descriptors over Win32 handles, with text mode
 * (\n written as \r\n, \r\n read as \n, Ctrl-Z ends a text file) as the
 * Windows CRT does it. fds 0-2 wrap the std handles.
 */
#include <string.h>
#include "crt_private.h"

#define FD_OPEN 0x01
#define FD_PIPE 0x08
#define FD_DEV  0x40
#define FD_TEXT 0x80
#define MAX_FDS 2048

#define CRT_O_TEXT   0x4000
#define CRT_O_BINARY 0x8000

struct fd_info {
    HANDLE handle;
    unsigned char flags;
};

static struct fd_info fds[MAX_FDS];
static CRITICAL_SECTION fd_lock;

static void set_fd(int fd, HANDLE handle, unsigned char flags)
{
    DWORD type = GetFileType(handle);
    if (type == FILE_TYPE_CHAR) flags |= FD_DEV;
    else if (type == FILE_TYPE_PIPE) flags |= FD_PIPE;
    fds[fd].handle = handle;
    fds[fd].flags = flags | FD_OPEN;
}

void lowio_init(void)
{
    static const DWORD std[3] = { STD_INPUT_HANDLE, STD_OUTPUT_HANDLE, STD_ERROR_HANDLE };
    InitializeCriticalSection(&fd_lock);
    for (int i = 0; i < 3; i++) {
        HANDLE h = GetStdHandle(std[i]);
        if (h && h != INVALID_HANDLE_VALUE) set_fd(i, h, FD_TEXT);
        else { fds[i].handle = INVALID_HANDLE_VALUE; fds[i].flags = 0; }
    }
}

static struct fd_info *get_fd(int fd)
{
    if (fd < 0 || fd >= MAX_FDS || !(fds[fd].flags & FD_OPEN)) {
        crt_set_errno(CRT_EBADF);
        return NULL;
    }
    return &fds[fd];
}

intptr_t CDECL MSVCRT__get_osfhandle(int fd)
{
    struct fd_info *info = get_fd(fd);
    return info ? (intptr_t)info->handle : -1;
}

int CDECL MSVCRT__open_osfhandle(intptr_t handle, int flags)
{
    int fd = -1;
    EnterCriticalSection(&fd_lock);
    for (int i = 3; i < MAX_FDS; i++)
        if (!(fds[i].flags & FD_OPEN)) {
            set_fd(i, (HANDLE)handle, (flags & CRT_O_BINARY) ? 0 : FD_TEXT);
            fd = i;
            break;
        }
    LeaveCriticalSection(&fd_lock);
    if (fd < 0) crt_set_errno(24 /* EMFILE */);
    return fd;
}

int CDECL MSVCRT__isatty(int fd)
{
    struct fd_info *info = get_fd(fd);
    return info && (info->flags & FD_DEV) ? 1 : 0;
}

int CDECL MSVCRT__setmode(int fd, int mode)
{
    struct fd_info *info = get_fd(fd);
    int old;
    if (!info) return -1;
    if (mode != CRT_O_TEXT && mode != CRT_O_BINARY && mode != 0x20000 && mode != 0x40000 && mode != 0x10000) {
        crt_set_errno(CRT_EINVAL);
        return -1;
    }
    old = (info->flags & FD_TEXT) ? CRT_O_TEXT : CRT_O_BINARY;
    if (mode == CRT_O_BINARY) info->flags &= ~FD_TEXT;
    else info->flags |= FD_TEXT;
    return old;
}

static int write_all(HANDLE h, const char *buf, DWORD len)
{
    DWORD done;
    while (len) {
        if (!WriteFile(h, buf, len, &done, NULL)) return -1;
        buf += done;
        len -= done;
    }
    return 0;
}

int CDECL MSVCRT__write(int fd, const void *buf, unsigned int count)
{
    struct fd_info *info = get_fd(fd);
    const char *src = buf;
    char chunk[1024];
    unsigned int i = 0;

    if (!info) return -1;
    if (!(info->flags & FD_TEXT)) {
        if (write_all(info->handle, src, count)) {
            crt_set_errno(GetLastError() == ERROR_BROKEN_PIPE ? 32 /* EPIPE */ : CRT_EBADF);
            return -1;
        }
        return (int)count;
    }
    while (i < count) {
        DWORD n = 0;
        while (i < count && n < sizeof(chunk) - 1) {
            if (src[i] == '\n') chunk[n++] = '\r';
            chunk[n++] = src[i++];
        }
        if (write_all(info->handle, chunk, n)) {
            crt_set_errno(GetLastError() == ERROR_BROKEN_PIPE ? 32 : CRT_EBADF);
            return -1;
        }
    }
    return (int)count;
}

int CDECL MSVCRT__read(int fd, void *buf, unsigned int count)
{
    struct fd_info *info = get_fd(fd);
    char *dst = buf;
    DWORD got;

    if (!info) return -1;
    if (!count) return 0;
    if (!ReadFile(info->handle, dst, count, &got, NULL)) {
        if (GetLastError() == ERROR_BROKEN_PIPE) return 0;
        crt_set_errno(CRT_EBADF);
        return -1;
    }
    if (info->flags & FD_TEXT) {
        DWORD j = 0;
        for (DWORD i = 0; i < got; i++) {
            if (dst[i] == 0x1a && !(info->flags & (FD_DEV | FD_PIPE))) break;   /* Ctrl-Z ends a text file */
            if (dst[i] == '\r' && i + 1 < got && dst[i + 1] == '\n') continue;
            dst[j++] = dst[i];
        }
        got = j;
    }
    return (int)got;
}

int CDECL MSVCRT__close(int fd)
{
    struct fd_info *info = get_fd(fd);
    if (!info) return -1;
    EnterCriticalSection(&fd_lock);
    if (fd > 2) CloseHandle(info->handle);
    info->flags = 0;
    info->handle = INVALID_HANDLE_VALUE;
    LeaveCriticalSection(&fd_lock);
    return 0;
}
