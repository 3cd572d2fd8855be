/*
 * Low-level I/O: CRT file descriptors over Win32 handles, with text mode
 * (\n written as \r\n, \r\n read as \n, Ctrl-Z ends a text file) as the
 * Windows CRT does it. fds 0-2 wrap the std handles.
 */
#include <string.h>
#include "crt_win32.h"

#define FD_OPEN 0x01
#define FD_EOF  0x02   /* a text read met Ctrl-Z: reads give 0 until a seek */
#define FD_APPEND 0x20 /* every write goes to the end */
#define FD_PIPE 0x08
#define FD_DEV  0x40
#define FD_TEXT 0x80
#define MAX_FDS 2048

#define CRT_O_TEXT   0x4000
#define CRT_O_BINARY 0x8000

struct fd_info {
    HANDLE handle;
    unsigned char flags;
    int lookahead;     /* text mode: a byte read past a final \r of a pipe, or -1 */
};

static struct fd_info fds[MAX_FDS];
static CRITICAL_SECTION fd_lock;

static void set_fd(int fd, HANDLE handle, unsigned char flags)
{
    DWORD type = GetFileType(handle);
    if (type == FILE_TYPE_CHAR) flags |= FD_DEV;
    else if (type == FILE_TYPE_PIPE) flags |= FD_PIPE;
    fds[fd].handle = handle;
    fds[fd].lookahead = -1;
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

/* the lowest free fd from 3 (0-2 only by _dup2), as the CRT chooses */
static int alloc_from(int first, HANDLE handle, unsigned char flags)
{
    int fd = -1;
    EnterCriticalSection(&fd_lock);
    for (int i = first; i < MAX_FDS; i++)
        if (!(fds[i].flags & FD_OPEN)) {
            set_fd(i, handle, flags);
            fd = i;
            break;
        }
    LeaveCriticalSection(&fd_lock);
    if (fd < 0) crt_set_errno(CRT_EMFILE);
    return fd;
}

int lowio_alloc(HANDLE handle, int text, int append)
{
    return alloc_from(3, handle, (text ? FD_TEXT : 0) | (append ? FD_APPEND : 0));
}

int lowio_is_text(int fd)
{
    return fd >= 0 && fd < MAX_FDS && (fds[fd].flags & FD_TEXT);
}

int CDECL MSVCRT__open_osfhandle(intptr_t handle, int flags)
{
    return alloc_from(3, (HANDLE)handle, ((flags & CRT_O_BINARY) ? 0 : FD_TEXT) | ((flags & 8) ? FD_APPEND : 0));
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
    if (info->flags & FD_APPEND) {
        LARGE_INTEGER zero = { 0 };
        SetFilePointerEx(info->handle, zero, NULL, 2 /* FILE_END */);
    }
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

/* Text mode as the CRT does it: \r\n becomes \n, a lone \r stays, and
 * Ctrl-Z ends the data of a file or pipe (a console passes it on). A \r at
 * the end of what one ReadFile gave needs the next byte: a file is seeked
 * back over it, a pipe or console keeps it as lookahead. */
static DWORD text_translate(struct fd_info *info, char *dst, DWORD got, unsigned int count)
{
    DWORD j = 0;
    for (DWORD i = 0; i < got; i++) {
        if (dst[i] == 0x1a) {
            if (info->flags & FD_DEV) dst[j++] = dst[i];
            else info->flags |= FD_EOF;
            break;
        }
        if (dst[i] != '\r') { dst[j++] = dst[i]; continue; }
        if (i + 1 < got) {
            if (dst[i + 1] != '\n') dst[j++] = '\r';
            continue;
        }
        /* the last byte is \r: look at the next one */
        char next;
        DWORD n = 0;
        if (!ReadFile(info->handle, &next, 1, &n, NULL) || !n) { dst[j++] = '\r'; break; }
        if (next == '\n') { dst[j++] = '\n'; break; }
        dst[j++] = '\r';
        if (!(info->flags & (FD_DEV | FD_PIPE))) {
            LARGE_INTEGER back = { .QuadPart = -1 };
            SetFilePointerEx(info->handle, back, NULL, 1 /* FILE_CURRENT */);
        } else info->lookahead = (unsigned char)next;
    }
    (void)count;
    return j;
}

int CDECL MSVCRT__read(int fd, void *buf, unsigned int count)
{
    struct fd_info *info = get_fd(fd);
    char *dst = buf;
    DWORD got = 0, extra = 0;

    if (!info) return -1;
    if (!count || (info->flags & FD_EOF)) return 0;
    if (info->lookahead >= 0) {
        dst[0] = (char)info->lookahead;
        info->lookahead = -1;
        extra = 1;
    }
    if (count > extra && !ReadFile(info->handle, dst + extra, count - extra, &got, NULL)) {
        if (GetLastError() == ERROR_BROKEN_PIPE) return 0;
        crt_set_errno_win32(GetLastError());
        return -1;
    }
    got += extra;
    if (info->flags & FD_TEXT) got = text_translate(info, dst, got, count);
    return (int)got;
}

int64_t CDECL MSVCRT__lseeki64(int fd, int64_t offset, int whence)
{
    struct fd_info *info = get_fd(fd);
    LARGE_INTEGER distance, pos;

    if (!info) return -1;
    if (whence < 0 || whence > 2) {
        crt_invalid_parameter();
        crt_set_errno(CRT_EINVAL);
        return -1;
    }
    if (info->flags & (FD_DEV | FD_PIPE)) {
        crt_set_errno(CRT_EBADF);   /* the CRT's answer for a pipe or device */
        return -1;
    }
    distance.QuadPart = offset;
    if (!SetFilePointerEx(info->handle, distance, &pos, (DWORD)whence)) {
        crt_set_errno_win32(GetLastError());
        return -1;
    }
    info->flags &= ~FD_EOF;
    info->lookahead = -1;
    return pos.QuadPart;
}

LONG CDECL MSVCRT__lseek(int fd, LONG offset, int whence)
{
    int64_t pos = MSVCRT__lseeki64(fd, offset, whence);
    if (pos > 0x7fffffff) {
        crt_set_errno(CRT_EINVAL);
        return -1;
    }
    return (LONG)pos;
}

int64_t CDECL MSVCRT__telli64(int fd) { return MSVCRT__lseeki64(fd, 0, 1); }
LONG CDECL MSVCRT__tell(int fd) { return MSVCRT__lseek(fd, 0, 1); }

/* 1 at the end of the file, 0 before it, -1 on error */
int CDECL MSVCRT__eof(int fd)
{
    int64_t here = MSVCRT__lseeki64(fd, 0, 1), end;
    if (here < 0) return -1;
    end = MSVCRT__lseeki64(fd, 0, 2);
    MSVCRT__lseeki64(fd, here, 0);
    return end < 0 ? -1 : here == end;
}

int64_t CDECL MSVCRT__filelengthi64(int fd)
{
    int64_t here = MSVCRT__lseeki64(fd, 0, 1), end;
    if (here < 0) return -1;
    end = MSVCRT__lseeki64(fd, 0, 2);
    MSVCRT__lseeki64(fd, here, 0);
    return end;
}

LONG CDECL MSVCRT__filelength(int fd) { return (LONG)MSVCRT__filelengthi64(fd); }

static HANDLE duplicate(HANDLE handle)
{
    HANDLE process = GetCurrentProcess(), copy;
    if (!DuplicateHandle(process, handle, process, &copy, 0, TRUE, 2 /* DUPLICATE_SAME_ACCESS */)) {
        crt_set_errno_win32(GetLastError());
        return NULL;
    }
    return copy;
}

int CDECL MSVCRT__dup(int fd)
{
    struct fd_info *info = get_fd(fd);
    HANDLE copy;
    int new_fd;
    if (!info || !(copy = duplicate(info->handle))) return -1;
    if ((new_fd = alloc_from(0, copy, info->flags & (FD_TEXT | FD_APPEND))) < 0) CloseHandle(copy);
    return new_fd;
}

int CDECL MSVCRT__dup2(int from, int to)
{
    struct fd_info *info = get_fd(from);
    HANDLE copy;
    if (!info) return -1;
    if (to < 0 || to >= MAX_FDS) {
        crt_set_errno(CRT_EBADF);
        return -1;
    }
    if (from == to) return 0;
    if (!(copy = duplicate(info->handle))) return -1;
    if (fds[to].flags & FD_OPEN) MSVCRT__close(to);
    EnterCriticalSection(&fd_lock);
    set_fd(to, copy, info->flags & (FD_TEXT | FD_APPEND));
    LeaveCriticalSection(&fd_lock);
    return 0;
}

int CDECL MSVCRT__commit(int fd)
{
    struct fd_info *info = get_fd(fd);
    if (!info) return -1;
    if (!FlushFileBuffers(info->handle) && !(info->flags & (FD_DEV | FD_PIPE))) {
        crt_set_errno_win32(GetLastError());
        return -1;
    }
    return 0;
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
