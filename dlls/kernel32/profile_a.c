/*
 * The A faces of the INI file functions (profile.c): arguments to UTF-16
 * in the ANSI code page, the W function into a buffer of the same number
 * of units, and the result back.  A single string is cut to size - 1
 * bytes; a NUL-separated list keeps its final double NUL, and a list the
 * W function had to cut returns size - 2 as there.
 */
#include <stdlib.h>
#include <string.h>
#include "kernel32_private.h"

WINBASEAPI DWORD WINAPI GetPrivateProfileStringW(LPCWSTR, LPCWSTR, LPCWSTR, LPWSTR, DWORD, LPCWSTR);
WINBASEAPI UINT WINAPI GetPrivateProfileIntW(LPCWSTR, LPCWSTR, INT, LPCWSTR);
WINBASEAPI DWORD WINAPI GetPrivateProfileSectionW(LPCWSTR, LPWSTR, DWORD, LPCWSTR);
WINBASEAPI DWORD WINAPI GetPrivateProfileSectionNamesW(LPWSTR, DWORD, LPCWSTR);
WINBASEAPI BOOL WINAPI WritePrivateProfileStringW(LPCWSTR, LPCWSTR, LPCWSTR, LPCWSTR);
WINBASEAPI BOOL WINAPI WritePrivateProfileSectionW(LPCWSTR, LPCWSTR, LPCWSTR);

/* up to four converted arguments, freed together */
struct args {
    WCHAR *w[4];
    int failed;
};

static const WCHAR *arg(struct args *a, int i, const char *s)
{
    a->w[i] = NULL;
    if (s && !(a->w[i] = strdup_a_to_w(s))) a->failed = 1;
    return a->w[i];
}

static void free_args(struct args *a, int n)
{
    for (int i = 0; i < n; i++) heap_free(a->w[i]);
}

/* W's result (RET units in WBUF) into the A buffer.  LIST: NUL-separated
   strings ending in a double NUL. */
static DWORD result_to_a(const WCHAR *wbuf, DWORD ret, char *buffer, DWORD size, int list)
{
    int n;

    if (!size) return 0;
    if (list && size >= 2) {
        /* the units up to the final NUL; a cut list fills the buffer */
        int cut = ret == size - 2 && ret && wbuf[ret - 1];
        int units = cut ? (int)size : (int)ret + 1;
        n = WideCharToMultiByte(CP_ACP, 0, wbuf, units, buffer, (int)size, NULL, NULL);
        if (!n) {
            buffer[size - 2] = buffer[size - 1] = 0;
            return size - 2;
        }
        return cut ? size - 2 : (DWORD)n - 1;
    }
    n = ret ? WideCharToMultiByte(CP_ACP, 0, wbuf, (int)ret, buffer, (int)size - 1, NULL, NULL) : 0;
    if (ret && !n) n = (int)size - 1;
    buffer[n] = 0;
    return (DWORD)n;
}

WINBASEAPI DWORD WINAPI GetPrivateProfileStringA(LPCSTR section, LPCSTR key, LPCSTR def, LPSTR buffer, DWORD size,
                                                 LPCSTR file)
{
    struct args a = { { 0 }, 0 };
    const WCHAR *ws = arg(&a, 0, section), *wk = arg(&a, 1, key), *wd = arg(&a, 2, def), *wf = arg(&a, 3, file);
    WCHAR *wbuf = size ? malloc(size * sizeof(WCHAR)) : NULL;
    DWORD ret = 0;

    if (!buffer || !size) {
        /* nothing to store */
    } else if (a.failed || !wbuf) {
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
        buffer[0] = 0;
    } else {
        ret = GetPrivateProfileStringW(ws, wk, wd, wbuf, size, wf);
        ret = result_to_a(wbuf, ret, buffer, size, !section || !key);
    }
    free(wbuf);
    free_args(&a, 4);
    return ret;
}

WINBASEAPI UINT WINAPI GetPrivateProfileIntA(LPCSTR section, LPCSTR key, INT def, LPCSTR file)
{
    struct args a = { { 0 }, 0 };
    const WCHAR *ws = arg(&a, 0, section), *wk = arg(&a, 1, key), *wf = arg(&a, 2, file);
    UINT ret = a.failed ? (UINT)def : GetPrivateProfileIntW(ws, wk, def, wf);
    free_args(&a, 3);
    return ret;
}

WINBASEAPI DWORD WINAPI GetPrivateProfileSectionA(LPCSTR section, LPSTR buffer, DWORD size, LPCSTR file)
{
    struct args a = { { 0 }, 0 };
    const WCHAR *ws = arg(&a, 0, section), *wf = arg(&a, 1, file);
    WCHAR *wbuf = size ? malloc(size * sizeof(WCHAR)) : NULL;
    DWORD ret = 0;

    if (!section || !buffer) {
        SetLastError(ERROR_INVALID_PARAMETER);
    } else if (size && (a.failed || !wbuf)) {
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
        buffer[0] = 0;
    } else if (size) {
        ret = GetPrivateProfileSectionW(ws, wbuf, size, wf);
        ret = result_to_a(wbuf, ret, buffer, size, 1);
    }
    free(wbuf);
    free_args(&a, 2);
    return ret;
}

WINBASEAPI DWORD WINAPI GetPrivateProfileSectionNamesA(LPSTR buffer, DWORD size, LPCSTR file)
{
    struct args a = { { 0 }, 0 };
    const WCHAR *wf = arg(&a, 0, file);
    WCHAR *wbuf = size ? malloc(size * sizeof(WCHAR)) : NULL;
    DWORD ret = 0;

    if (buffer && size && !a.failed && wbuf) {
        ret = GetPrivateProfileSectionNamesW(wbuf, size, wf);
        ret = result_to_a(wbuf, ret, buffer, size, 1);
    } else if (buffer && size) {
        buffer[0] = 0;
    }
    free(wbuf);
    free_args(&a, 1);
    return ret;
}

WINBASEAPI BOOL WINAPI WritePrivateProfileStringA(LPCSTR section, LPCSTR key, LPCSTR value, LPCSTR file)
{
    struct args a = { { 0 }, 0 };
    const WCHAR *ws = arg(&a, 0, section), *wk = arg(&a, 1, key), *wv = arg(&a, 2, value), *wf = arg(&a, 3, file);
    BOOL ret = FALSE;

    if (a.failed) SetLastError(ERROR_NOT_ENOUGH_MEMORY);
    else ret = WritePrivateProfileStringW(ws, wk, wv, wf);
    free_args(&a, 4);
    return ret;
}

/* STRING is a double-NUL list: converted whole */
WINBASEAPI BOOL WINAPI WritePrivateProfileSectionA(LPCSTR section, LPCSTR string, LPCSTR file)
{
    struct args a = { { 0 }, 0 };
    const WCHAR *ws = arg(&a, 0, section), *wf = arg(&a, 1, file);
    WCHAR *wstring = NULL;
    BOOL ret = FALSE;

    if (string) {
        size_t len = 0;
        int n;
        while (string[len]) len += strlen(string + len) + 1;
        n = MultiByteToWideChar(CP_ACP, 0, string, (int)len + 1, NULL, 0);
        if (!(wstring = malloc((n + 1) * sizeof(WCHAR)))) a.failed = 1;
        else MultiByteToWideChar(CP_ACP, 0, string, (int)len + 1, wstring, n);
    }
    if (a.failed) SetLastError(ERROR_NOT_ENOUGH_MEMORY);
    else ret = WritePrivateProfileSectionW(ws, wstring, wf);
    free(wstring);
    free_args(&a, 2);
    return ret;
}

WINBASEAPI DWORD WINAPI GetProfileStringA(LPCSTR section, LPCSTR key, LPCSTR def, LPSTR buffer, DWORD size)
{
    return GetPrivateProfileStringA(section, key, def, buffer, size, "win.ini");
}

WINBASEAPI UINT WINAPI GetProfileIntA(LPCSTR section, LPCSTR key, INT def)
{
    return GetPrivateProfileIntA(section, key, def, "win.ini");
}

WINBASEAPI BOOL WINAPI WriteProfileStringA(LPCSTR section, LPCSTR key, LPCSTR value)
{
    return WritePrivateProfileStringA(section, key, value, "win.ini");
}

WINBASEAPI DWORD WINAPI GetProfileSectionA(LPCSTR section, LPSTR buffer, DWORD size)
{
    return GetPrivateProfileSectionA(section, buffer, size, "win.ini");
}

WINBASEAPI BOOL WINAPI WriteProfileSectionA(LPCSTR section, LPCSTR string)
{
    return WritePrivateProfileSectionA(section, string, "win.ini");
}
