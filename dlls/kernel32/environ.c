/*
 * Environment variables and the current directory.
 */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>
#include "kernel32_private.h"

static RTL_USER_PROCESS_PARAMETERS *params(void)
{
    return NtCurrentTeb()->Peb->ProcessParameters;
}

/* Returns the length without the NUL when it fits in SIZE, else the size
 * needed with the NUL; 0 with ERROR_ENVVAR_NOT_FOUND when absent. */
WINBASEAPI DWORD WINAPI GetEnvironmentVariableW(LPCWSTR name, LPWSTR buffer, DWORD size)
{
    UNICODE_STRING us_name, us_value;
    NTSTATUS status;

    RtlInitUnicodeString(&us_name, name);
    us_value.Length = 0;
    us_value.MaximumLength = size > 0x7fff ? 0xfffe : (USHORT)(size * sizeof(WCHAR));
    us_value.Buffer = buffer;
    status = RtlQueryEnvironmentVariable_U(NULL, &us_name, &us_value);
    if (status == STATUS_BUFFER_TOO_SMALL) return us_value.Length / sizeof(WCHAR) + 1;
    if (!set_status_error(status)) return 0;
    if (!us_value.Length) SetLastError(ERROR_SUCCESS);
    return us_value.Length / sizeof(WCHAR);
}

WINBASEAPI DWORD WINAPI GetEnvironmentVariableA(LPCSTR name, LPSTR buffer, DWORD size)
{
    WCHAR *wname = strdup_a_to_w(name), wbuf[32767];
    DWORD len;

    if (!wname) {
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
        return 0;
    }
    len = GetEnvironmentVariableW(wname, wbuf, sizeof(wbuf) / sizeof(WCHAR));
    heap_free(wname);
    if (!len && GetLastError() != ERROR_SUCCESS) return 0;
    wbuf[len] = 0;
    return copy_w_to_a(wbuf, buffer, size);
}

WINBASEAPI BOOL WINAPI SetEnvironmentVariableW(LPCWSTR name, LPCWSTR value)
{
    UNICODE_STRING us_name, us_value;
    if (!name) {
        SetLastError(ERROR_ENVVAR_NOT_FOUND);
        return FALSE;
    }
    RtlInitUnicodeString(&us_name, name);
    if (value) RtlInitUnicodeString(&us_value, value);
    return set_status_error(RtlSetEnvironmentVariable(NULL, &us_name, value ? &us_value : NULL));
}

WINBASEAPI BOOL WINAPI SetEnvironmentVariableA(LPCSTR name, LPCSTR value)
{
    WCHAR *wname = strdup_a_to_w(name), *wvalue = strdup_a_to_w(value);
    BOOL ret = SetEnvironmentVariableW(wname, wvalue);
    heap_free(wname);
    heap_free(wvalue);
    return ret;
}

static SIZE_T block_len(const WCHAR *env)
{
    const WCHAR *p = env;
    while (*p) p += wcs_len(p) + 1;
    return p - env + 1;
}

WINBASEAPI LPWCH WINAPI GetEnvironmentStringsW(void)
{
    WCHAR *copy;
    SIZE_T len;
    RtlAcquirePebLock();
    len = block_len(params()->Environment);
    if ((copy = heap_alloc(len * sizeof(WCHAR)))) memcpy(copy, params()->Environment, len * sizeof(WCHAR));
    RtlReleasePebLock();
    if (!copy) SetLastError(ERROR_NOT_ENOUGH_MEMORY);
    return copy;
}

WINBASEAPI LPSTR WINAPI GetEnvironmentStringsA(void)
{
    WCHAR *w = GetEnvironmentStringsW();
    SIZE_T len;
    char *a;
    int n;
    if (!w) return NULL;
    len = block_len(w);
    n = WideCharToMultiByte(CP_ACP, 0, w, (int)len, NULL, 0, NULL, NULL);
    if ((a = heap_alloc(n))) WideCharToMultiByte(CP_ACP, 0, w, (int)len, a, n, NULL, NULL);
    heap_free(w);
    return a;
}

WINBASEAPI BOOL WINAPI FreeEnvironmentStringsW(LPWCH env) { heap_free(env); return TRUE; }
WINBASEAPI BOOL WINAPI FreeEnvironmentStringsA(LPSTR env) { heap_free(env); return TRUE; }

/* %NAME% is replaced when NAME is set, left as it is otherwise. Returns
 * the size needed including the NUL, as Windows does. */
WINBASEAPI DWORD WINAPI ExpandEnvironmentStringsW(LPCWSTR src, LPWSTR dst, DWORD size)
{
    DWORD needed = 0;
    WCHAR value[32767];

    while (*src) {
        const WCHAR *end;
        if (*src == '%' && (end = wcs_chr(src + 1, '%')) && end > src + 1) {
            WCHAR name[256];
            size_t n = end - src - 1;
            DWORD len = 0;
            if (n < 256) {
                memcpy(name, src + 1, n * sizeof(WCHAR));
                name[n] = 0;
                len = GetEnvironmentVariableW(name, value, sizeof(value) / sizeof(WCHAR));
            }
            if (len && len < sizeof(value) / sizeof(WCHAR)) {
                for (DWORD i = 0; i < len; i++, needed++) if (needed < size) dst[needed] = value[i];
                src = end + 1;
                continue;
            }
            /* unknown: copy "%NAME" and continue at the second '%' */
            for (const WCHAR *p = src; p < end; p++, needed++) if (needed < size) dst[needed] = *p;
            src = end;
            continue;
        }
        if (needed < size) dst[needed] = *src;
        needed++;
        src++;
    }
    if (needed < size) dst[needed] = 0;
    else if (size) dst[size - 1] = 0;
    return needed + 1;
}

WINBASEAPI DWORD WINAPI ExpandEnvironmentStringsA(LPCSTR src, LPSTR dst, DWORD size)
{
    WCHAR *wsrc = strdup_a_to_w(src), *wdst;
    DWORD len;
    int n;

    if (!wsrc) return 0;
    len = ExpandEnvironmentStringsW(wsrc, NULL, 0);
    if (!(wdst = heap_alloc(len * sizeof(WCHAR)))) {
        heap_free(wsrc);
        return 0;
    }
    ExpandEnvironmentStringsW(wsrc, wdst, len);
    heap_free(wsrc);
    n = WideCharToMultiByte(CP_ACP, 0, wdst, -1, NULL, 0, NULL, NULL);
    if ((DWORD)n <= size) WideCharToMultiByte(CP_ACP, 0, wdst, -1, dst, (int)size, NULL, NULL);
    heap_free(wdst);
    return (DWORD)n;
}

/* ---- current directory ---- */

WINBASEAPI DWORD WINAPI GetCurrentDirectoryW(DWORD size, LPWSTR buffer)
{
    UNICODE_STRING *cwd = &params()->CurrentDirectory.DosPath;
    DWORD len;

    RtlAcquirePebLock();
    len = cwd->Length / sizeof(WCHAR);
    if (len > 3 && cwd->Buffer[len - 1] == '\\') len--;   /* "C:\dir\" -> "C:\dir"; "C:\" stays */
    if (len < size) {
        memcpy(buffer, cwd->Buffer, len * sizeof(WCHAR));
        buffer[len] = 0;
    } else len++;
    RtlReleasePebLock();
    return len;
}

WINBASEAPI DWORD WINAPI GetCurrentDirectoryA(DWORD size, LPSTR buffer)
{
    WCHAR wbuf[MAX_PATH + 1];
    DWORD len = GetCurrentDirectoryW(MAX_PATH + 1, wbuf);
    if (!len || len > MAX_PATH) return 0;
    return copy_w_to_a(wbuf, buffer, size);
}

/* The directory is kept as the program named it (made absolute, no
 * symlinks resolved), with a trailing backslash, as Windows does; the
 * Unix cwd follows it so that relative Unix opens agree. */
WINBASEAPI BOOL WINAPI SetCurrentDirectoryW(LPCWSTR path)
{
    UNICODE_STRING *cwd = &params()->CurrentDirectory.DosPath;
    char *unix_path = NULL;
    NTSTATUS status;
    struct stat st;
    WCHAR *full;
    size_t len;

    if (!path) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return FALSE;
    }
    if (!(full = path_full_dos(path, &status))) return set_status_error(status);
    status = path_dos_to_unix(full, &unix_path);
    if (!status && (stat(unix_path, &st) || !S_ISDIR(st.st_mode))) status = STATUS_NOT_A_DIRECTORY;
    if (!status && chdir(unix_path)) status = STATUS_ACCESS_DENIED;
    free(unix_path);
    if (status) {
        free(full);
        return set_status_error(status);
    }
    len = wcs_len(full);
    RtlAcquirePebLock();
    if (len + 2 <= MAX_PATH) {
        memcpy(cwd->Buffer, full, len * sizeof(WCHAR));
        if (full[len - 1] != '\\') cwd->Buffer[len++] = '\\';
        cwd->Buffer[len] = 0;
        cwd->Length = (USHORT)(len * sizeof(WCHAR));
    }
    RtlReleasePebLock();
    free(full);
    if (len + 2 > MAX_PATH) {
        SetLastError(ERROR_FILENAME_EXCED_RANGE);
        return FALSE;
    }
    return TRUE;
}

WINBASEAPI BOOL WINAPI SetCurrentDirectoryA(LPCSTR path)
{
    WCHAR *w = strdup_a_to_w(path);
    BOOL ret = w && SetCurrentDirectoryW(w);
    heap_free(w);
    return ret;
}
