/*
 * Operations on files by name: attributes, directories, delete, move,
 * copy, replace, hard links. Each resolves the DOS name once
 * (file_unix_name) and asks ntdll whether this process's opens allow a
 * delete or rename (file_check_share), as Windows' share modes do.
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

#define MOVEFILE_REPLACE_EXISTING   0x1
#define MOVEFILE_COPY_ALLOWED       0x2
#define MOVEFILE_DELAY_UNTIL_REBOOT 0x4
#define MOVEFILE_WRITE_THROUGH      0x8
#define COPY_FILE_FAIL_IF_EXISTS    0x1
#define GetFileExInfoStandard       0

typedef DWORD (WINAPI *LPPROGRESS_ROUTINE)(LARGE_INTEGER, LARGE_INTEGER, LARGE_INTEGER, LARGE_INTEGER, DWORD,
                                           DWORD, HANDLE, HANDLE, LPVOID);

/* Resolves NAME, which must exist; FALSE with the last error set. */
static BOOL existing(const WCHAR *name, char **unix_path, struct stat *st)
{
    NTSTATUS status = file_unix_name(name, unix_path);
    if (status == STATUS_SUCCESS && stat(*unix_path, st)) status = errno_to_status(errno);
    if (status == STATUS_SUCCESS) return TRUE;
    free(*unix_path);
    *unix_path = NULL;
    return set_status_error(status);
}

static int readonly(const struct stat *st)
{
    return !S_ISDIR(st->st_mode) && !(st->st_mode & 0222);
}

/* ---- attributes ---- */

WINBASEAPI DWORD WINAPI GetFileAttributesW(LPCWSTR name)
{
    struct stat st;
    char *unix_path;
    DWORD attr;

    if (!existing(name, &unix_path, &st)) return INVALID_FILE_ATTRIBUTES;
    attr = file_attributes(unix_path, &st);
    free(unix_path);
    return attr;
}

WINBASEAPI BOOL WINAPI GetFileAttributesExW(LPCWSTR name, DWORD level, LPVOID info)
{
    WIN32_FILE_ATTRIBUTE_DATA *data = info;
    struct stat st;
    char *unix_path;

    if (level != GetFileExInfoStandard) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return FALSE;
    }
    if (!existing(name, &unix_path, &st)) return FALSE;
    data->dwFileAttributes = file_attributes(unix_path, &st);
    file_times(-1, unix_path, &st, &data->ftCreationTime, &data->ftLastAccessTime, &data->ftLastWriteTime);
    data->nFileSizeHigh = S_ISDIR(st.st_mode) ? 0 : (DWORD)((ULONGLONG)st.st_size >> 32);
    data->nFileSizeLow = S_ISDIR(st.st_mode) ? 0 : (DWORD)st.st_size;
    free(unix_path);
    return TRUE;
}

/* Read-only is the absence of every write bit; hidden and system have no
 * Unix counterpart and are accepted without effect. */
WINBASEAPI BOOL WINAPI SetFileAttributesW(LPCWSTR name, DWORD attributes)
{
    struct stat st;
    char *unix_path;
    mode_t mode;
    BOOL ret = TRUE;

    if (!existing(name, &unix_path, &st)) return FALSE;
    if (path_in_view(unix_path)) {   /* the builtin DLLs seen in system32 are read-only */
        free(unix_path);
        return set_status_error(STATUS_ACCESS_DENIED);
    }
    mode = st.st_mode & 07777;
    if (!S_ISDIR(st.st_mode)) {
        if (attributes & FILE_ATTRIBUTE_READONLY) mode &= ~0222;
        else if (!(mode & 0222)) mode |= 0200;
        if (mode != (st.st_mode & 07777) && chmod(unix_path, mode)) ret = set_status_error(errno_to_status(errno));
    }
    free(unix_path);
    return ret;
}

/* ---- directories ---- */

WINBASEAPI BOOL WINAPI CreateDirectoryW(LPCWSTR name, void *security)
{
    char *unix_path;
    NTSTATUS status = file_unix_name(name, &unix_path);
    (void)security;

    if (status == STATUS_SUCCESS) status = STATUS_OBJECT_NAME_COLLISION;
    else if (status == STATUS_OBJECT_NAME_NOT_FOUND)
        status = mkdir(unix_path, 0777) ? errno_to_status(errno) : STATUS_SUCCESS;
    free(unix_path);
    return set_status_error(status);
}

WINBASEAPI BOOL WINAPI CreateDirectoryExW(LPCWSTR template_dir, LPCWSTR name, void *security)
{
    (void)template_dir;
    return CreateDirectoryW(name, security);
}

WINBASEAPI BOOL WINAPI RemoveDirectoryW(LPCWSTR name)
{
    struct stat st;
    char *unix_path;
    NTSTATUS status;

    if (!existing(name, &unix_path, &st)) return FALSE;
    if (!S_ISDIR(st.st_mode)) status = STATUS_NOT_A_DIRECTORY;
    else if (!(status = file_check_share(&st, DELETE, FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE)))
        status = rmdir(unix_path) ? errno_to_status(errno == EEXIST ? ENOTEMPTY : errno) : STATUS_SUCCESS;
    free(unix_path);
    return set_status_error(status);
}

/* ---- delete ---- */

WINBASEAPI BOOL WINAPI DeleteFileW(LPCWSTR name)
{
    struct stat st;
    char *unix_path;
    NTSTATUS status;

    if (!existing(name, &unix_path, &st)) return FALSE;
    if (S_ISDIR(st.st_mode) || readonly(&st) || path_in_view(unix_path)) status = STATUS_ACCESS_DENIED;
    else if (!(status = file_check_share(&st, DELETE, FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE)))
        status = unlink(unix_path) ? errno_to_status(errno) : STATUS_SUCCESS;
    TRACE("%s -> %#x\n", unix_path, (unsigned)status);
    free(unix_path);
    return set_status_error(status);
}

/* ---- copy ---- */

static BOOL copy_data(int in, int out)
{
    char buf[65536];
    for (;;) {
        ssize_t n = read(in, buf, sizeof(buf)), done = 0;
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) return set_status_error(errno_to_status(errno));
        if (!n) return TRUE;
        while (done < n) {
            ssize_t w = write(out, buf + done, n - done);
            if (w < 0 && errno == EINTR) continue;
            if (w < 0) return set_status_error(errno_to_status(errno));
            done += w;
        }
    }
}

WINBASEAPI BOOL WINAPI CopyFileExW(LPCWSTR source, LPCWSTR dest, LPPROGRESS_ROUTINE progress, LPVOID data,
                                   LPBOOL cancel, DWORD flags)
{
    HANDLE in, out;
    NTSTATUS status;
    struct stat st;
    int in_fd, out_fd;
    BOOL ok;
    (void)data; (void)cancel;

    if (progress) FIXME("progress routine not called\n");
    in = CreateFileW(source, GENERIC_READ, FILE_SHARE_READ | FILE_SHARE_DELETE, NULL, OPEN_EXISTING, 0, NULL);
    if (in == INVALID_HANDLE_VALUE) return FALSE;
    in_fd = handle_to_fd(in, &status);
    if (fstat(in_fd, &st)) {
        CloseHandle(in);
        return set_status_error(errno_to_status(errno));
    }
    out = CreateFileW(dest, GENERIC_WRITE, 0, NULL,
                      (flags & COPY_FILE_FAIL_IF_EXISTS) ? CREATE_NEW : CREATE_ALWAYS,
                      file_attributes(NULL, &st) & FILE_ATTRIBUTE_READONLY, NULL);
    if (out == INVALID_HANDLE_VALUE) {
        CloseHandle(in);
        return FALSE;
    }
    out_fd = handle_to_fd(out, &status);
    ok = copy_data(in_fd, out_fd);
    if (ok) {
        /* a copy keeps the source's last write time */
        struct timespec ts[2] = { st.st_atim, st.st_mtim };
        futimens(out_fd, ts);
    }
    CloseHandle(in);
    CloseHandle(out);
    if (!ok) {
        DWORD err = GetLastError();
        DeleteFileW(dest);
        SetLastError(err);
    }
    return ok;
}

WINBASEAPI BOOL WINAPI CopyFileW(LPCWSTR source, LPCWSTR dest, BOOL fail_if_exists)
{
    return CopyFileExW(source, dest, NULL, NULL, NULL, fail_if_exists ? COPY_FILE_FAIL_IF_EXISTS : 0);
}

/* ---- move ---- */

/* DEST's Unix parent plus the last component as the program spelt it,
 * for renames that only change the case of a name. */
static char *typed_name(const char *dest_unix, const WCHAR *dest)
{
    NTSTATUS status;
    WCHAR *full = path_full_dos(dest, &status);
    const WCHAR *last = full ? wcs_rchr(full, '\\') : NULL;
    const char *slash = strrchr(dest_unix, '/');
    char *leaf, *result = NULL;

    if (!last || !slash || !(leaf = utf16_to_utf8_dup(last + 1))) {
        free(full);
        return NULL;
    }
    if ((result = malloc((slash - dest_unix) + strlen(leaf) + 2)))
        sprintf(result, "%.*s/%s", (int)(slash - dest_unix), dest_unix, leaf);
    free(leaf);
    free(full);
    return result;
}

WINBASEAPI BOOL WINAPI MoveFileWithProgressW(LPCWSTR source, LPCWSTR dest, LPPROGRESS_ROUTINE progress,
                                             LPVOID data, DWORD flags)
{
    const DWORD all_share = FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE;
    struct stat sst, dst_st;
    char *src_unix, *dst_unix = NULL;
    NTSTATUS status;
    (void)data;

    if (progress) FIXME("progress routine not called\n");
    if (flags & MOVEFILE_DELAY_UNTIL_REBOOT) {
        FIXME("MOVEFILE_DELAY_UNTIL_REBOOT: there is no reboot\n");
        SetLastError(ERROR_ACCESS_DENIED);
        return FALSE;
    }
    if (!dest) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return FALSE;
    }
    if (!existing(source, &src_unix, &sst)) return FALSE;
    if (path_in_view(src_unix)) status = STATUS_ACCESS_DENIED;   /* a builtin DLL seen in system32 */
    else status = file_check_share(&sst, DELETE, all_share);
    if (status) goto done;
    status = file_unix_name(dest, &dst_unix);
    if (status == STATUS_SUCCESS && !stat(dst_unix, &dst_st)) {
        if (dst_st.st_dev == sst.st_dev && dst_st.st_ino == sst.st_ino) {
            /* the same file: at most a change of case */
            char *renamed = typed_name(dst_unix, dest);
            free(dst_unix);
            dst_unix = renamed;
            status = renamed ? STATUS_SUCCESS : STATUS_NO_MEMORY;
        } else if (!(flags & MOVEFILE_REPLACE_EXISTING)) status = STATUS_OBJECT_NAME_COLLISION;
        else if (S_ISDIR(dst_st.st_mode) || S_ISDIR(sst.st_mode) || readonly(&dst_st) || path_in_view(dst_unix))
            status = STATUS_ACCESS_DENIED;
        else status = file_check_share(&dst_st, DELETE, all_share);
        if (status) goto done;
    } else if (status == STATUS_OBJECT_NAME_NOT_FOUND) status = STATUS_SUCCESS;
    else if (status == STATUS_SUCCESS) status = errno_to_status(errno);
    if (status) goto done;
    if (!rename(src_unix, dst_unix)) status = STATUS_SUCCESS;
    else if (errno == EXDEV && (flags & MOVEFILE_COPY_ALLOWED) && !S_ISDIR(sst.st_mode)) {
        free(src_unix);
        free(dst_unix);
        if (!CopyFileW(source, dest, !(flags & MOVEFILE_REPLACE_EXISTING))) return FALSE;
        return DeleteFileW(source);
    } else status = errno_to_status(errno);
done:
    TRACE("%s -> %s: %#x\n", src_unix, dst_unix ? dst_unix : "", (unsigned)status);
    free(src_unix);
    free(dst_unix);
    return set_status_error(status);
}

WINBASEAPI BOOL WINAPI MoveFileExW(LPCWSTR source, LPCWSTR dest, DWORD flags)
{
    return MoveFileWithProgressW(source, dest, NULL, NULL, flags);
}

WINBASEAPI BOOL WINAPI MoveFileW(LPCWSTR source, LPCWSTR dest)
{
    return MoveFileWithProgressW(source, dest, NULL, NULL, MOVEFILE_COPY_ALLOWED);
}

#define REPLACEFILE_WRITE_THROUGH 0x1

/* REPLACEMENT takes REPLACED's name; REPLACED goes to BACKUP if given. */
WINBASEAPI BOOL WINAPI ReplaceFileW(LPCWSTR replaced, LPCWSTR replacement, LPCWSTR backup, DWORD flags,
                                   LPVOID exclude, LPVOID reserved)
{
    struct stat st;
    char *unix_path;
    (void)flags; (void)exclude; (void)reserved;

    if (!replaced || !replacement) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return FALSE;
    }
    if (!existing(replacement, &unix_path, &st)) return FALSE;
    free(unix_path);
    if (!existing(replaced, &unix_path, &st)) return FALSE;
    free(unix_path);
    if (backup && !MoveFileExW(replaced, backup, MOVEFILE_REPLACE_EXISTING)) {
        SetLastError(ERROR_UNABLE_TO_REMOVE_REPLACED);
        return FALSE;
    }
    if (!MoveFileExW(replacement, replaced, MOVEFILE_REPLACE_EXISTING)) {
        SetLastError(backup ? ERROR_UNABLE_TO_MOVE_REPLACEMENT : ERROR_UNABLE_TO_REMOVE_REPLACED);
        return FALSE;
    }
    return TRUE;
}

WINBASEAPI BOOL WINAPI CreateHardLinkW(LPCWSTR name, LPCWSTR existing_name, void *security)
{
    struct stat st;
    char *src, *dst;
    NTSTATUS status;
    (void)security;

    if (!existing(existing_name, &src, &st)) return FALSE;
    status = file_unix_name(name, &dst);
    if (status == STATUS_SUCCESS) status = STATUS_OBJECT_NAME_COLLISION;
    else if (status == STATUS_OBJECT_NAME_NOT_FOUND)
        status = link(src, dst) ? errno_to_status(errno) : STATUS_SUCCESS;
    free(src);
    free(dst);
    return set_status_error(status);
}

/* ---- A entry points ---- */

#define FILE_NAME_A_TO_W(a, w, fail) WCHAR *w = file_name_a_to_w(a); if ((a) && !(w)) { \
    SetLastError(ERROR_NOT_ENOUGH_MEMORY); return fail; }

WINBASEAPI DWORD WINAPI GetFileAttributesA(LPCSTR name)
{
    DWORD r;
    FILE_NAME_A_TO_W(name, w, INVALID_FILE_ATTRIBUTES);
    r = GetFileAttributesW(w);
    heap_free(w);
    return r;
}

WINBASEAPI BOOL WINAPI GetFileAttributesExA(LPCSTR name, DWORD level, LPVOID info)
{
    BOOL r;
    FILE_NAME_A_TO_W(name, w, FALSE);
    r = GetFileAttributesExW(w, level, info);
    heap_free(w);
    return r;
}

WINBASEAPI BOOL WINAPI SetFileAttributesA(LPCSTR name, DWORD attributes)
{
    BOOL r;
    FILE_NAME_A_TO_W(name, w, FALSE);
    r = SetFileAttributesW(w, attributes);
    heap_free(w);
    return r;
}

WINBASEAPI BOOL WINAPI CreateDirectoryA(LPCSTR name, void *security)
{
    BOOL r;
    FILE_NAME_A_TO_W(name, w, FALSE);
    r = CreateDirectoryW(w, security);
    heap_free(w);
    return r;
}

WINBASEAPI BOOL WINAPI RemoveDirectoryA(LPCSTR name)
{
    BOOL r;
    FILE_NAME_A_TO_W(name, w, FALSE);
    r = RemoveDirectoryW(w);
    heap_free(w);
    return r;
}

WINBASEAPI BOOL WINAPI DeleteFileA(LPCSTR name)
{
    BOOL r;
    FILE_NAME_A_TO_W(name, w, FALSE);
    r = DeleteFileW(w);
    heap_free(w);
    return r;
}

WINBASEAPI BOOL WINAPI CopyFileA(LPCSTR source, LPCSTR dest, BOOL fail_if_exists)
{
    BOOL r = FALSE;
    FILE_NAME_A_TO_W(source, ws, FALSE);
    WCHAR *wd = file_name_a_to_w(dest);
    if (!dest || wd) r = CopyFileW(ws, wd, fail_if_exists);
    else SetLastError(ERROR_NOT_ENOUGH_MEMORY);
    heap_free(ws);
    heap_free(wd);
    return r;
}

WINBASEAPI BOOL WINAPI CopyFileExA(LPCSTR source, LPCSTR dest, LPPROGRESS_ROUTINE progress, LPVOID data,
                                   LPBOOL cancel, DWORD flags)
{
    BOOL r = FALSE;
    FILE_NAME_A_TO_W(source, ws, FALSE);
    WCHAR *wd = file_name_a_to_w(dest);
    if (!dest || wd) r = CopyFileExW(ws, wd, progress, data, cancel, flags);
    else SetLastError(ERROR_NOT_ENOUGH_MEMORY);
    heap_free(ws);
    heap_free(wd);
    return r;
}

WINBASEAPI BOOL WINAPI MoveFileExA(LPCSTR source, LPCSTR dest, DWORD flags)
{
    BOOL r = FALSE;
    FILE_NAME_A_TO_W(source, ws, FALSE);
    WCHAR *wd = file_name_a_to_w(dest);
    if (!dest || wd) r = MoveFileExW(ws, wd, flags);
    else SetLastError(ERROR_NOT_ENOUGH_MEMORY);
    heap_free(ws);
    heap_free(wd);
    return r;
}

WINBASEAPI BOOL WINAPI MoveFileA(LPCSTR source, LPCSTR dest)
{
    return MoveFileExA(source, dest, MOVEFILE_COPY_ALLOWED);
}
