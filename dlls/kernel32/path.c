/*
 * Path names: GetFullPathName, GetLongPathName, GetShortPathName (there
 * are no 8.3 names: the long name is the short one), GetTempPath,
 * GetTempFileName, the Windows and system directories, and the A
 * functions' names in the code page SetFileApisToOEM chose.
 */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "file_private.h"

WINBASEAPI DWORD WINAPI GetTickCount(void);

WINBASEAPI BOOL WINAPI AreFileApisANSI(void);   /* console.c keeps the switch */

WCHAR *file_name_a_to_w(const char *name)
{
    UINT cp = AreFileApisANSI() ? CP_ACP : CP_OEMCP;
    WCHAR *w;
    int n;

    if (!name) return NULL;
    n = MultiByteToWideChar(cp, 0, name, -1, NULL, 0);
    if (n <= 0 || !(w = heap_alloc(n * sizeof(WCHAR)))) return NULL;
    MultiByteToWideChar(cp, 0, name, -1, w, n);
    return w;
}

DWORD file_name_w_to_a(const WCHAR *src, char *dst, DWORD len)
{
    UINT cp = AreFileApisANSI() ? CP_ACP : CP_OEMCP;
    int n = WideCharToMultiByte(cp, 0, src, -1, NULL, 0, NULL, NULL);

    if (n <= 0) return 0;
    if ((DWORD)n > len) return (DWORD)n;
    WideCharToMultiByte(cp, 0, src, -1, dst, (int)len, NULL, NULL);
    return (DWORD)n - 1;
}

NTSTATUS file_unix_name(const WCHAR *name, char **unix_path)
{
    *unix_path = NULL;
    if (!name) return STATUS_OBJECT_PATH_NOT_FOUND;
    if (!*name) return STATUS_OBJECT_PATH_NOT_FOUND;
    return path_dos_to_unix(name, unix_path);
}

/* Copies SRC to a W buffer with Windows' convention: length without the
 * NUL if it fits, else the size needed with it. */
static DWORD copy_out_w(const WCHAR *src, WCHAR *dst, DWORD size)
{
    DWORD n = (DWORD)wcs_len(src);
    if (n >= size) return n + 1;
    memcpy(dst, src, (n + 1) * sizeof(WCHAR));
    return n;
}

WINBASEAPI DWORD WINAPI GetFullPathNameW(LPCWSTR name, DWORD size, LPWSTR buffer, LPWSTR *file_part)
{
    NTSTATUS status;
    WCHAR *full;
    DWORD n;

    if (file_part) *file_part = NULL;
    if (!name || !*name) {
        SetLastError(ERROR_INVALID_NAME);
        return 0;
    }
    if (!(full = path_full_dos(name, &status))) {
        set_status_error(status);
        return 0;
    }
    n = copy_out_w(full, buffer, size);
    free(full);
    if (n < size && file_part && n && buffer[n - 1] != '\\') {
        WCHAR *last = wcs_rchr(buffer, '\\');
        *file_part = last ? last + 1 : buffer;
    }
    return n;
}

WINBASEAPI DWORD WINAPI GetFullPathNameA(LPCSTR name, DWORD size, LPSTR buffer, LPSTR *file_part)
{
    WCHAR *w = file_name_a_to_w(name), wbuf[32768], *wpart;
    DWORD n;

    if (file_part) *file_part = NULL;
    if (!w) {
        SetLastError(name ? ERROR_NOT_ENOUGH_MEMORY : ERROR_INVALID_NAME);
        return 0;
    }
    n = GetFullPathNameW(w, 32768, wbuf, &wpart);
    heap_free(w);
    if (!n || n >= 32768) return 0;
    n = file_name_w_to_a(wbuf, buffer, size);
    if (n < size && file_part && wpart) {
        /* the file part starts after the last backslash of the A result too */
        char *last = strrchr(buffer, '\\');
        *file_part = last ? last + 1 : buffer;
    }
    return n;
}

/* Both keep the name as given once it exists: no component has an 8.3 form. */
static DWORD same_path_name(LPCWSTR name, LPWSTR buffer, DWORD size)
{
    char *unix_path;
    NTSTATUS status;

    if (!name) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return 0;
    }
    status = file_unix_name(name, &unix_path);
    free(unix_path);
    if (!set_status_error(status)) return 0;
    return copy_out_w(name, buffer, size);
}

WINBASEAPI DWORD WINAPI GetLongPathNameW(LPCWSTR name, LPWSTR buffer, DWORD size)
{
    return same_path_name(name, buffer, size);
}

WINBASEAPI DWORD WINAPI GetShortPathNameW(LPCWSTR name, LPWSTR buffer, DWORD size)
{
    return same_path_name(name, buffer, size);
}

static DWORD same_path_name_a(LPCSTR name, LPSTR buffer, DWORD size)
{
    WCHAR *w = file_name_a_to_w(name), wbuf[32768];
    DWORD n;

    if (!w) {
        SetLastError(name ? ERROR_NOT_ENOUGH_MEMORY : ERROR_INVALID_PARAMETER);
        return 0;
    }
    n = same_path_name(w, wbuf, 32768);
    heap_free(w);
    if (!n || n >= 32768) return 0;
    return file_name_w_to_a(wbuf, buffer, size);
}

WINBASEAPI DWORD WINAPI GetLongPathNameA(LPCSTR name, LPSTR buffer, DWORD size)
{
    return same_path_name_a(name, buffer, size);
}

WINBASEAPI DWORD WINAPI GetShortPathNameA(LPCSTR name, LPSTR buffer, DWORD size)
{
    return same_path_name_a(name, buffer, size);
}

/* %TMP%, else %TEMP%, else %USERPROFILE%, else the Windows directory,
 * made absolute and ending in a backslash. */
WINBASEAPI DWORD WINAPI GetTempPathW(DWORD size, LPWSTR buffer)
{
    static const WCHAR *const vars[] = { u"TMP", u"TEMP", u"USERPROFILE" };
    WCHAR value[MAX_PATH + 1], *full = NULL;
    NTSTATUS status;
    DWORD n = 0;

    for (size_t i = 0; i < sizeof(vars) / sizeof(vars[0]) && !full; i++) {
        n = GetEnvironmentVariableW(vars[i], value, MAX_PATH);
        if (n && n < MAX_PATH) full = path_full_dos(value, &status);
    }
    if (!full && !(full = wcs_dup(u"C:\\windows\\"))) {
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
        return 0;
    }
    n = (DWORD)wcs_len(full);
    if (n + 2 > MAX_PATH + 1) {
        free(full);
        SetLastError(ERROR_FILENAME_EXCED_RANGE);
        return 0;
    }
    memcpy(value, full, (n + 1) * sizeof(WCHAR));
    free(full);
    if (value[n - 1] != '\\') {
        value[n++] = '\\';
        value[n] = 0;
    }
    return copy_out_w(value, buffer, size);
}

WINBASEAPI DWORD WINAPI GetTempPathA(DWORD size, LPSTR buffer)
{
    WCHAR w[MAX_PATH + 1];
    DWORD n = GetTempPathW(MAX_PATH + 1, w);
    if (!n || n > MAX_PATH) return 0;
    return file_name_w_to_a(w, buffer, size);
}

/* The Windows directory is KUSER_SHARED_DATA's NtSystemRoot (C:\windows);
 * there is no per-user one (Terminal Services' private directories). */
WINBASEAPI UINT WINAPI GetSystemWindowsDirectoryW(LPWSTR buffer, UINT size)
{
    return copy_out_w(USER_SHARED_DATA->NtSystemRoot, buffer, size);
}

WINBASEAPI UINT WINAPI GetWindowsDirectoryW(LPWSTR buffer, UINT size)
{
    return GetSystemWindowsDirectoryW(buffer, size);
}

WINBASEAPI UINT WINAPI GetSystemDirectoryW(LPWSTR buffer, UINT size)
{
    WCHAR dir[MAX_PATH + 16];
    size_t n = wcs_len(USER_SHARED_DATA->NtSystemRoot);

    if (n > MAX_PATH) n = MAX_PATH;
    memcpy(dir, USER_SHARED_DATA->NtSystemRoot, n * sizeof(WCHAR));
    memcpy(dir + n, u"\\system32", sizeof(u"\\system32"));
    return copy_out_w(dir, buffer, size);
}

static UINT directory_a(UINT (WINAPI *get_w)(LPWSTR, UINT), LPSTR buffer, UINT size)
{
    WCHAR w[MAX_PATH + 16];
    UINT n = get_w(w, MAX_PATH + 16);
    if (!n || n >= MAX_PATH + 16) return 0;
    return file_name_w_to_a(w, buffer, size);
}

WINBASEAPI UINT WINAPI GetSystemWindowsDirectoryA(LPSTR buffer, UINT size)
{
    return directory_a(GetSystemWindowsDirectoryW, buffer, size);
}

WINBASEAPI UINT WINAPI GetWindowsDirectoryA(LPSTR buffer, UINT size)
{
    return directory_a(GetWindowsDirectoryW, buffer, size);
}

WINBASEAPI UINT WINAPI GetSystemDirectoryA(LPSTR buffer, UINT size)
{
    return directory_a(GetSystemDirectoryW, buffer, size);
}

/* PATH\PREuuuu.tmp, uuuu the unique number in hex. Given no number, one is
 * chosen and the file created (CREATE_NEW), so that it stays unique. */
WINBASEAPI UINT WINAPI GetTempFileNameW(LPCWSTR path, LPCWSTR prefix, UINT unique, LPWSTR buffer)
{
    size_t plen, i;
    WCHAR *p;
    UINT number, start;

    if (!path || !buffer) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return 0;
    }
    plen = wcs_len(path);
    if (plen > MAX_PATH - 14) {
        SetLastError(111 /* ERROR_BUFFER_OVERFLOW */);
        return 0;
    }
    wcs_cpy(buffer, path);
    p = buffer + plen;
    if (plen && p[-1] != '\\' && p[-1] != '/') *p++ = '\\';
    for (i = 0; prefix && prefix[i] && i < 3; i++) *p++ = prefix[i];
    *p = 0;

    number = start = unique ? (unique & 0xffff) : (GetTickCount() & 0xffff);
    if (!number) number = start = 1;
    for (;;) {
        char hex[16];
        HANDLE h;
        int n = snprintf(hex, sizeof(hex), "%X.tmp", number);
        for (int k = 0; k <= n; k++) p[k] = (WCHAR)hex[k];
        if (unique) return unique;
        h = CreateFileW(buffer, GENERIC_WRITE, 0, NULL, CREATE_NEW, FILE_ATTRIBUTE_NORMAL, NULL);
        if (h != INVALID_HANDLE_VALUE) {
            CloseHandle(h);
            SetLastError(NO_ERROR);
            return number;
        }
        if (GetLastError() != ERROR_FILE_EXISTS && GetLastError() != ERROR_SHARING_VIOLATION) return 0;
        if (++number > 0xffff) number = 1;
        if (number == start) {
            SetLastError(ERROR_FILE_EXISTS);
            return 0;
        }
    }
}

WINBASEAPI UINT WINAPI GetTempFileNameA(LPCSTR path, LPCSTR prefix, UINT unique, LPSTR buffer)
{
    WCHAR *wpath = file_name_a_to_w(path), *wprefix = file_name_a_to_w(prefix), wbuf[MAX_PATH];
    UINT r = 0;

    if ((path && !wpath) || (prefix && !wprefix)) SetLastError(ERROR_NOT_ENOUGH_MEMORY);
    else if ((r = GetTempFileNameW(wpath, wprefix, unique, wbuf)))
        file_name_w_to_a(wbuf, buffer, MAX_PATH);
    heap_free(wpath);
    heap_free(wprefix);
    return r;
}
