/*
 * The lstr* family: old Win16-era string functions that programs still
 * import. Comparisons are linguistic (CompareString with the user
 * locale), not strcmp. Windows wraps these in an exception handler so
 * that a bad pointer gives a failure, not a crash; NULL is the case that
 * matters in practice and is checked explicitly.
 */
#include <string.h>
#include "kernel32_private.h"
#include "winnls.h"
#include "winrun/unicode.h"

WINBASEAPI int WINAPI lstrlenA(LPCSTR s)
{
    return s ? (int)strlen(s) : 0;
}

WINBASEAPI int WINAPI lstrlenW(LPCWSTR s)
{
    return s ? (int)wcs_len(s) : 0;
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
    return strcpy(dst, src);
}

WINBASEAPI LPWSTR WINAPI lstrcpyW(LPWSTR dst, LPCWSTR src)
{
    if (!dst || !src) return NULL;
    return wcs_cpy(dst, src);
}

/* Copies at most N - 1 characters and always terminates (if N > 0). */
WINBASEAPI LPSTR WINAPI lstrcpynA(LPSTR dst, LPCSTR src, int n)
{
    int i;
    if (!dst || !src) return NULL;
    if (n <= 0) return dst;
    for (i = 0; i < n - 1 && src[i]; i++) dst[i] = src[i];
    dst[i] = 0;
    return dst;
}

WINBASEAPI LPWSTR WINAPI lstrcpynW(LPWSTR dst, LPCWSTR src, int n)
{
    int i;
    if (!dst || !src) return NULL;
    if (n <= 0) return dst;
    for (i = 0; i < n - 1 && src[i]; i++) dst[i] = src[i];
    dst[i] = 0;
    return dst;
}

WINBASEAPI LPSTR WINAPI lstrcatA(LPSTR dst, LPCSTR src)
{
    if (!dst || !src) return NULL;
    return strcat(dst, src);
}

WINBASEAPI LPWSTR WINAPI lstrcatW(LPWSTR dst, LPCWSTR src)
{
    if (!dst || !src) return NULL;
    wcs_cpy(dst + wcs_len(dst), src);
    return dst;
}
