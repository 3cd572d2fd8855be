/*
 * File system calls of the CRT by name: remove, rename, _access, _mkdir,
 * _rmdir, _chdir, _getcwd. The narrow forms convert in the ANSI code page
 * and call the wide ones; errno comes from the Win32 error (_dosmaperr).
 */
#include <stdlib.h>
#include <string.h>
#include "crt_win32.h"

/* runs a wide function on a narrow name */
#define NARROW_CALL(name, call) do { \
        WCHAR *w_ = crt_strdup_a2w(name); int r_; \
        if (!w_) { if (!(name)) { crt_invalid_parameter(); crt_set_errno(CRT_EINVAL); } return -1; } \
        r_ = call(w_); free(w_); return r_; \
    } while (0)

static int bad_name(const WCHAR *name)
{
    if (name) return 0;
    crt_invalid_parameter();
    crt_set_errno(CRT_EINVAL);
    return 1;
}

static int win32_result(BOOL ok)
{
    if (ok) return 0;
    crt_set_errno_win32(GetLastError());
    return -1;
}

int CDECL MSVCRT__wremove(const WCHAR *name)
{
    if (bad_name(name)) return -1;
    return win32_result(DeleteFileW(name));
}
int CDECL MSVCRT_remove(const char *name) { NARROW_CALL(name, MSVCRT__wremove); }
int CDECL MSVCRT__wunlink(const WCHAR *name) { return MSVCRT__wremove(name); }
int CDECL MSVCRT__unlink(const char *name) { NARROW_CALL(name, MSVCRT__wremove); }

/* rename never replaces an existing file (MoveFileEx without flags) */
int CDECL MSVCRT__wrename(const WCHAR *from, const WCHAR *to)
{
    if (bad_name(from) || bad_name(to)) return -1;
    return win32_result(MoveFileExW(from, to, 2 /* MOVEFILE_COPY_ALLOWED */));
}

int CDECL MSVCRT_rename(const char *from, const char *to)
{
    WCHAR *wfrom = crt_strdup_a2w(from), *wto = crt_strdup_a2w(to);
    int ret = (wfrom || !from) && (wto || !to) ? MSVCRT__wrename(wfrom, wto) : -1;
    free(wfrom);
    free(wto);
    return ret;
}

/* mode 0: exists, 2: writable, 4: readable, 6: both; a read-only file
 * fails 2 with EACCES, directories are always writable */
int CDECL MSVCRT__waccess(const WCHAR *name, int mode)
{
    DWORD attrs;
    if (bad_name(name)) return -1;
    if (mode & ~6) {
        crt_invalid_parameter();
        crt_set_errno(CRT_EINVAL);
        return -1;
    }
    if ((attrs = GetFileAttributesW(name)) == INVALID_FILE_ATTRIBUTES) {
        crt_set_errno_win32(GetLastError());
        return -1;
    }
    if ((mode & 2) && (attrs & FILE_ATTRIBUTE_READONLY) && !(attrs & FILE_ATTRIBUTE_DIRECTORY)) {
        crt_set_errno(CRT_EACCES);
        return -1;
    }
    return 0;
}

int CDECL MSVCRT__access(const char *name, int mode)
{
    WCHAR *w = crt_strdup_a2w(name);
    int ret = w || !name ? MSVCRT__waccess(w, mode) : -1;
    free(w);
    return ret;
}

int CDECL MSVCRT__wmkdir(const WCHAR *name)
{
    if (bad_name(name)) return -1;
    return win32_result(CreateDirectoryW(name, NULL));
}
int CDECL MSVCRT__mkdir(const char *name) { NARROW_CALL(name, MSVCRT__wmkdir); }

int CDECL MSVCRT__wrmdir(const WCHAR *name)
{
    if (bad_name(name)) return -1;
    return win32_result(RemoveDirectoryW(name));
}
int CDECL MSVCRT__rmdir(const char *name) { NARROW_CALL(name, MSVCRT__wrmdir); }

int CDECL MSVCRT__wchdir(const WCHAR *name)
{
    if (bad_name(name)) return -1;
    return win32_result(SetCurrentDirectoryW(name));
}
int CDECL MSVCRT__chdir(const char *name) { NARROW_CALL(name, MSVCRT__wchdir); }

/* a NULL buffer is malloc'ed, at least size units long; ERANGE if the
 * directory does not fit the caller's */
WCHAR *CDECL MSVCRT__wgetcwd(WCHAR *buf, int size)
{
    WCHAR dir[32768];
    DWORD len;
    if (!(len = GetCurrentDirectoryW(32768, dir)) || len >= 32768) {
        crt_set_errno_win32(GetLastError());
        return NULL;
    }
    if (!buf) {
        size_t n = (size_t)size > len + 1 ? (size_t)size : len + 1;
        if (!(buf = malloc(n * sizeof(WCHAR)))) {
            crt_set_errno(CRT_ENOMEM);
            return NULL;
        }
    } else if (size <= 0) {
        crt_invalid_parameter();
        crt_set_errno(CRT_EINVAL);
        return NULL;
    } else if ((DWORD)size <= len) {
        crt_set_errno(CRT_ERANGE);
        return NULL;
    }
    memcpy(buf, dir, (len + 1) * sizeof(WCHAR));
    return buf;
}

char *CDECL MSVCRT__getcwd(char *buf, int size)
{
    WCHAR *dir = MSVCRT__wgetcwd(NULL, 0);
    int len;
    if (!dir) return NULL;
    len = WideCharToMultiByte(CP_ACP, 0, dir, -1, NULL, 0, NULL, NULL);
    if (!buf) {
        if (!(buf = malloc(size > len ? size : len))) crt_set_errno(CRT_ENOMEM);
    } else if (size <= 0) {
        crt_invalid_parameter();
        crt_set_errno(CRT_EINVAL);
        buf = NULL;
    } else if (size < len) {
        crt_set_errno(CRT_ERANGE);
        buf = NULL;
    }
    if (buf) WideCharToMultiByte(CP_ACP, 0, dir, -1, buf, len, NULL, NULL);
    free(dir);
    return buf;
}

/* GetFullPathName into the caller's buffer or a malloc'ed one */
WCHAR *CDECL MSVCRT__wfullpath(WCHAR *buf, const WCHAR *path, size_t size)
{
    WCHAR full[32768];
    DWORD len;
    if (!path || !*path) return MSVCRT__wgetcwd(buf, (int)size);
    if (!(len = GetFullPathNameW(path, 32768, full, NULL)) || len >= 32768) {
        crt_set_errno_win32(GetLastError());
        return NULL;
    }
    if (!buf) {
        if (!(buf = malloc((len + 1) * sizeof(WCHAR)))) {
            crt_set_errno(CRT_ENOMEM);
            return NULL;
        }
    } else if (size <= len) {
        crt_set_errno(CRT_ERANGE);
        return NULL;
    }
    memcpy(buf, full, (len + 1) * sizeof(WCHAR));
    return buf;
}

char *CDECL MSVCRT__fullpath(char *buf, const char *path, size_t size)
{
    WCHAR *wpath = crt_strdup_a2w(path), *full;
    int len;
    if (path && !wpath) return NULL;
    full = MSVCRT__wfullpath(NULL, wpath, 0);
    free(wpath);
    if (!full) return NULL;
    len = WideCharToMultiByte(CP_ACP, 0, full, -1, NULL, 0, NULL, NULL);
    if (!buf) {
        if (!(buf = malloc(len))) crt_set_errno(CRT_ENOMEM);
    } else if (size < (size_t)len) {
        crt_set_errno(CRT_ERANGE);
        buf = NULL;
    }
    if (buf) WideCharToMultiByte(CP_ACP, 0, full, -1, buf, len, NULL, NULL);
    free(full);
    return buf;
}
