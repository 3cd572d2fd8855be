/*
 * The lstr* family: old Win16-era string functions that programs still
 * import. Comparisons are linguistic (CompareString with the user
 * locale), not strcmp. Windows runs the ones that touch memory under
 * __try, so that a bad pointer gives a failure (0 or NULL), not a crash:
 * WINRUN_GUARDED does the same (include/winrun/ntdll.h).
 */
#include <string.h>
#include "kernel32_private.h"
#include "winnls.h"
#include "winrun/unicode.h"

WINBASEAPI int WINAPI lstrlenA(LPCSTR s)
{
    int n = 0;
    if (s) WINRUN_GUARDED(0, n = (int)strlen(s));
    return n;
}

WINBASEAPI int WINAPI lstrlenW(LPCWSTR s)
{
    int n = 0;
    if (s) WINRUN_GUARDED(0, n = (int)wcs_len(s));
    return n;
}

/* lstrcmp's convention for NULL: it sorts before any string */
static int null_order(const void *a, const void *b)
{
    if (!a && !b) return 0;
    return a ? 1 : -1;
}

WINBASEAPI int WINAPI lstrcmpA(LPCSTR a, LPCSTR b)
{
    if (!a || !b) return null_order(a, b);
    return CompareStringA(LOCALE_USER_DEFAULT, 0, a, -1, b, -1) - CSTR_EQUAL;
}

WINBASEAPI int WINAPI lstrcmpiA(LPCSTR a, LPCSTR b)
{
    if (!a || !b) return null_order(a, b);
    return CompareStringA(LOCALE_USER_DEFAULT, NORM_IGNORECASE, a, -1, b, -1) - CSTR_EQUAL;
}

WINBASEAPI int WINAPI lstrcmpW(LPCWSTR a, LPCWSTR b)
{
    if (!a || !b) return null_order(a, b);
    return CompareStringW(LOCALE_USER_DEFAULT, 0, a, -1, b, -1) - CSTR_EQUAL;
}

WINBASEAPI int WINAPI lstrcmpiW(LPCWSTR a, LPCWSTR b)
{
    if (!a || !b) return null_order(a, b);
    return CompareStringW(LOCALE_USER_DEFAULT, NORM_IGNORECASE, a, -1, b, -1) - CSTR_EQUAL;
}

WINBASEAPI LPSTR WINAPI lstrcpyA(LPSTR dst, LPCSTR src)
{
    if (!dst || !src) return NULL;
    WINRUN_GUARDED(NULL, strcpy(dst, src));
    return dst;
}

WINBASEAPI LPWSTR WINAPI lstrcpyW(LPWSTR dst, LPCWSTR src)
{
    if (!dst || !src) return NULL;
    WINRUN_GUARDED(NULL, wcs_cpy(dst, src));
    return dst;
}

/* Copies at most N - 1 characters and terminates; N > 0. */
static __attribute__((noinline)) void copy_n_a(LPSTR dst, LPCSTR src, int n)
{
    int i;
    for (i = 0; i < n - 1 && src[i]; i++) dst[i] = src[i];
    dst[i] = 0;
}

static __attribute__((noinline)) void copy_n_w(LPWSTR dst, LPCWSTR src, int n)
{
    int i;
    for (i = 0; i < n - 1 && src[i]; i++) dst[i] = src[i];
    dst[i] = 0;
}

WINBASEAPI LPSTR WINAPI lstrcpynA(LPSTR dst, LPCSTR src, int n)
{
    if (!dst || !src) return NULL;
    if (n <= 0) return dst;
    WINRUN_GUARDED(NULL, copy_n_a(dst, src, n));
    return dst;
}

WINBASEAPI LPWSTR WINAPI lstrcpynW(LPWSTR dst, LPCWSTR src, int n)
{
    if (!dst || !src) return NULL;
    if (n <= 0) return dst;
    WINRUN_GUARDED(NULL, copy_n_w(dst, src, n));
    return dst;
}

WINBASEAPI LPSTR WINAPI lstrcatA(LPSTR dst, LPCSTR src)
{
    if (!dst || !src) return NULL;
    WINRUN_GUARDED(NULL, strcat(dst, src));
    return dst;
}

WINBASEAPI LPWSTR WINAPI lstrcatW(LPWSTR dst, LPCWSTR src)
{
    if (!dst || !src) return NULL;
    WINRUN_GUARDED(NULL, wcs_cpy(dst + wcs_len(dst), src));
    return dst;
}
