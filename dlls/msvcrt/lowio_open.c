/*
 * _open and its relatives: the CRT's open flags and sharing modes turned
 * into one CreateFileW, and the new handle given an fd (lowio.c).
 */
#include <stdlib.h>
#include "crt_win32.h"

#define O_ACCMODE   0x0003
#define O_WRONLY    0x0001
#define O_RDWR      0x0002
#define O_APPEND    0x0008
#define O_TEMPORARY 0x0040
#define O_NOINHERIT 0x0080
#define O_CREAT     0x0100
#define O_TRUNC     0x0200
#define O_EXCL      0x0400
#define O_TEXT      0x4000
#define O_BINARY    0x8000
#define O_WIDE_MODES 0x70000   /* _O_WTEXT, _O_U16TEXT, _O_U8TEXT */

#define SH_DENYRW 0x10
#define SH_DENYWR 0x20
#define SH_DENYRD 0x30
#define SH_DENYNO 0x40

#define S_IWRITE 0x0080

extern int MSVCRT__fmode;

WCHAR *crt_strdup_a2w(const char *str)
{
    int len;
    WCHAR *w;
    if (!str) return NULL;
    len = MultiByteToWideChar(CP_ACP, 0, str, -1, NULL, 0);
    if (!(w = malloc(len * sizeof(WCHAR)))) {
        crt_set_errno(CRT_ENOMEM);
        return NULL;
    }
    MultiByteToWideChar(CP_ACP, 0, str, -1, w, len);
    return w;
}

int CDECL MSVCRT__wsopen_s(int *fd_out, const WCHAR *name, int oflag, int shflag, int pmode)
{
    DWORD access, share, creation, attrs = 0x80 /* FILE_ATTRIBUTE_NORMAL */;
    SECURITY_ATTRIBUTES sa = { sizeof(sa), NULL, !(oflag & O_NOINHERIT) };
    HANDLE handle;
    int fd, text;

    if (!fd_out || !name) {
        crt_invalid_parameter();
        crt_set_errno(CRT_EINVAL);
        return CRT_EINVAL;
    }
    *fd_out = -1;
    switch (oflag & O_ACCMODE) {
    case 0: access = GENERIC_READ; break;
    case O_WRONLY: access = GENERIC_WRITE; break;
    case O_RDWR: access = GENERIC_READ | GENERIC_WRITE; break;
    default: crt_invalid_parameter(); crt_set_errno(CRT_EINVAL); return CRT_EINVAL;
    }
    switch (shflag) {
    case SH_DENYRW: share = 0; break;
    case SH_DENYWR: share = FILE_SHARE_READ; break;
    case SH_DENYRD: share = FILE_SHARE_WRITE; break;
    case SH_DENYNO: share = FILE_SHARE_READ | FILE_SHARE_WRITE; break;
    default: crt_invalid_parameter(); crt_set_errno(CRT_EINVAL); return CRT_EINVAL;
    }
    if ((oflag & (O_CREAT | O_EXCL)) == (O_CREAT | O_EXCL)) creation = 1;        /* CREATE_NEW */
    else if ((oflag & (O_CREAT | O_TRUNC)) == (O_CREAT | O_TRUNC)) creation = 2; /* CREATE_ALWAYS */
    else if (oflag & O_CREAT) creation = 4;                                       /* OPEN_ALWAYS */
    else if (oflag & O_TRUNC) creation = 5;                                       /* TRUNCATE_EXISTING */
    else creation = 3;                                                            /* OPEN_EXISTING */
    if ((oflag & O_CREAT) && !(pmode & S_IWRITE)) attrs = FILE_ATTRIBUTE_READONLY;
    if (oflag & O_TEMPORARY) {
        attrs |= 0x04000000;   /* FILE_FLAG_DELETE_ON_CLOSE */
        access |= 0x00010000;  /* DELETE */
        share |= 0x00000004;   /* FILE_SHARE_DELETE */
    }
    handle = CreateFileW(name, access, share, &sa, creation, attrs, NULL);
    if (handle == INVALID_HANDLE_VALUE) {
        crt_set_errno_win32(GetLastError());
        return *MSVCRT__errno();
    }
    if (oflag & (O_BINARY)) text = 0;
    else if (oflag & (O_TEXT | O_WIDE_MODES)) text = 1;
    else text = !(MSVCRT__fmode & O_BINARY);
    if ((fd = lowio_alloc(handle, text, oflag & O_APPEND)) < 0) {
        CloseHandle(handle);
        return CRT_EMFILE;
    }
    *fd_out = fd;
    return 0;
}

int CDECL MSVCRT__sopen_s(int *fd, const char *name, int oflag, int shflag, int pmode)
{
    WCHAR *wname;
    int ret;
    if (!fd || !name) {
        crt_invalid_parameter();
        crt_set_errno(CRT_EINVAL);
        return CRT_EINVAL;
    }
    if (!(wname = crt_strdup_a2w(name))) return CRT_ENOMEM;
    ret = MSVCRT__wsopen_s(fd, wname, oflag, shflag, pmode);
    free(wname);
    return ret;
}

/* the variadic forms read pmode only with _O_CREAT; on x64 it is in r9 or
 * the fourth slot either way, so a fixed parameter serves */
int CDECL MSVCRT__wsopen(const WCHAR *name, int oflag, int shflag, int pmode)
{
    int fd;
    return MSVCRT__wsopen_s(&fd, name, oflag, shflag, (oflag & O_CREAT) ? pmode : 0) ? -1 : fd;
}

int CDECL MSVCRT__sopen(const char *name, int oflag, int shflag, int pmode)
{
    int fd;
    return MSVCRT__sopen_s(&fd, name, oflag, shflag, (oflag & O_CREAT) ? pmode : 0) ? -1 : fd;
}

int CDECL MSVCRT__wopen(const WCHAR *name, int oflag, int pmode)
{
    return MSVCRT__wsopen(name, oflag, SH_DENYNO, pmode);
}

int CDECL MSVCRT__open(const char *name, int oflag, int pmode)
{
    return MSVCRT__sopen(name, oflag, SH_DENYNO, pmode);
}

int CDECL MSVCRT__creat(const char *name, int pmode)
{
    return MSVCRT__sopen(name, O_CREAT | O_TRUNC | O_RDWR, SH_DENYNO, pmode);
}

int CDECL MSVCRT__wcreat(const WCHAR *name, int pmode)
{
    return MSVCRT__wsopen(name, O_CREAT | O_TRUNC | O_RDWR, SH_DENYNO, pmode);
}
