/*
 * shlwapi's Str* functions. Searching and parsing come from
 * string_impl.h, once per width; comparisons go through CompareString
 * (the thread's locale; StrCmpC* as a string sort), answering -1, 0 or 1.
 */
#include <stdio.h>
#include "shlwapi_private.h"

#define T char
#define UT unsigned char
#define FN(x) x##A
#define tlen tlen_a
#define tupper tupper_a
#include "string_impl.h"
#undef T
#undef UT
#undef FN
#undef tlen
#undef tupper

#define T WCHAR
#define UT WCHAR
#define FN(x) x##W
#define tlen tlen_w
#define tupper tupper_w
#include "string_impl.h"

/* at most n units, stopping at the NUL: CompareString's length */
static int len_n_w(const WCHAR *s, int n)
{
    int i = 0;
    while (i < n && s[i]) i++;
    return i;
}

static int len_n_a(const char *s, int n)
{
    int i = 0;
    while (i < n && s[i]) i++;
    return i;
}

SHLWAPI_API int WINAPI StrCmpW(LPCWSTR a, LPCWSTR b)
{
    return CompareStringW(GetThreadLocale(), 0, a, -1, b, -1) - CSTR_EQUAL;
}

SHLWAPI_API int WINAPI StrCmpIW(LPCWSTR a, LPCWSTR b)
{
    return CompareStringW(GetThreadLocale(), NORM_IGNORECASE, a, -1, b, -1) - CSTR_EQUAL;
}

SHLWAPI_API int WINAPI StrCmpNW(LPCWSTR a, LPCWSTR b, int n)
{
    if (n <= 0) return 0;
    return CompareStringW(GetThreadLocale(), 0, a, len_n_w(a, n), b, len_n_w(b, n)) - CSTR_EQUAL;
}

SHLWAPI_API int WINAPI StrCmpNIW(LPCWSTR a, LPCWSTR b, int n)
{
    if (n <= 0) return 0;
    return CompareStringW(GetThreadLocale(), NORM_IGNORECASE, a, len_n_w(a, n), b, len_n_w(b, n)) - CSTR_EQUAL;
}

SHLWAPI_API int WINAPI StrCmpNA(LPCSTR a, LPCSTR b, int n)
{
    if (n <= 0) return 0;
    return CompareStringA(GetThreadLocale(), 0, a, len_n_a(a, n), b, len_n_a(b, n)) - CSTR_EQUAL;
}

SHLWAPI_API int WINAPI StrCmpNIA(LPCSTR a, LPCSTR b, int n)
{
    if (n <= 0) return 0;
    return CompareStringA(GetThreadLocale(), NORM_IGNORECASE, a, len_n_a(a, n), b, len_n_a(b, n)) - CSTR_EQUAL;
}

/* "C run-time collation": a string sort (SORT_STRINGSORT), as Wine does */
SHLWAPI_API int WINAPI StrCmpCW(LPCWSTR a, LPCWSTR b)
{
    return CompareStringW(GetThreadLocale(), SORT_STRINGSORT, a, -1, b, -1) - CSTR_EQUAL;
}

SHLWAPI_API int WINAPI StrCmpCA(LPCSTR a, LPCSTR b)
{
    return CompareStringA(GetThreadLocale(), SORT_STRINGSORT, a, -1, b, -1) - CSTR_EQUAL;
}

SHLWAPI_API int WINAPI StrCmpICW(LPCWSTR a, LPCWSTR b)
{
    return CompareStringW(GetThreadLocale(), SORT_STRINGSORT | NORM_IGNORECASE, a, -1, b, -1) - CSTR_EQUAL;
}

SHLWAPI_API int WINAPI StrCmpICA(LPCSTR a, LPCSTR b)
{
    return CompareStringA(GetThreadLocale(), SORT_STRINGSORT | NORM_IGNORECASE, a, -1, b, -1) - CSTR_EQUAL;
}

SHLWAPI_API LPWSTR WINAPI StrCpyW(LPWSTR dst, LPCWSTR src)
{
    if (dst && src) memcpy(dst, src, (tlen_w(src) + 1) * sizeof(WCHAR));
    return dst;
}

/* at most n-1 units and a NUL */
SHLWAPI_API LPWSTR WINAPI StrCpyNW(LPWSTR dst, LPCWSTR src, int n)
{
    int i = 0;
    if (!dst || n <= 0) return dst;
    if (src)
        for (; i < n - 1 && src[i]; i++) dst[i] = src[i];
    dst[i] = 0;
    return dst;
}

SHLWAPI_API LPWSTR WINAPI StrCatW(LPWSTR dst, LPCWSTR src)
{
    if (dst && src) StrCpyW(dst + tlen_w(dst), src);
    return dst;
}

/* appends what fits in a buffer of size units */
SHLWAPI_API LPWSTR WINAPI StrCatBuffW(LPWSTR dst, LPCWSTR src, int size)
{
    int len;
    if (!dst) return NULL;
    len = (int)tlen_w(dst);
    if (size - len > 0) StrCpyNW(dst + len, src, size - len);
    return dst;
}

SHLWAPI_API LPSTR WINAPI StrCatBuffA(LPSTR dst, LPCSTR src, int size)
{
    int len, i = 0;
    if (!dst) return NULL;
    len = (int)strlen(dst);
    if (size - len <= 0) return dst;
    if (src)
        for (; i < size - len - 1 && src[i]; i++) dst[len + i] = src[i];
    dst[len + i] = 0;
    return dst;
}

/*
 * "123 bytes", else three significant digits, truncated, of the unit that
 * keeps the number under 1000: "1.50 KB", "10.0 KB", "999 KB", "0.97 MB".
 */
static void format_byte_size(LONGLONG value, char *out, size_t size)
{
    static const char units[] = "KMGTPE";
    unsigned long long n = (unsigned long long)value;
    int u, dec;

    if (value < 1024) {
        snprintf(out, size, "%lld bytes", value);
        return;
    }
    for (u = 0; u < 5; u++)
        if (n < 1000ull << (10 * (u + 1))) break;
    {
        unsigned long long unit = 1ull << (10 * (u + 1));
        unsigned __int128 scaled;
        unsigned long long q;
        if (n < 10 * unit) dec = 2;
        else if (n < 100 * unit) dec = 1;
        else dec = 0;
        scaled = (unsigned __int128)n * (dec == 2 ? 100 : dec == 1 ? 10 : 1) / unit;
        q = (unsigned long long)scaled;
        if (dec == 2) snprintf(out, size, "%llu.%02llu %cB", q / 100, q % 100, units[u]);
        else if (dec == 1) snprintf(out, size, "%llu.%llu %cB", q / 10, q % 10, units[u]);
        else snprintf(out, size, "%llu %cB", q, units[u]);
    }
}

SHLWAPI_API LPWSTR WINAPI StrFormatByteSizeW(LONGLONG value, LPWSTR buf, UINT size)
{
    char tmp[40];
    size_t i;
    if (!buf || !size) return buf;
    format_byte_size(value, tmp, sizeof(tmp));
    for (i = 0; i + 1 < size && tmp[i]; i++) buf[i] = (unsigned char)tmp[i];
    buf[i] = 0;
    return buf;
}

SHLWAPI_API LPSTR WINAPI StrFormatByteSize64A(LONGLONG value, LPSTR buf, UINT size)
{
    char tmp[40];
    if (!buf || !size) return buf;
    format_byte_size(value, tmp, sizeof(tmp));
    snprintf(buf, size, "%s", tmp);
    return buf;
}

SHLWAPI_API LPSTR WINAPI StrFormatByteSizeA(DWORD value, LPSTR buf, UINT size)
{
    return StrFormatByteSize64A(value, buf, size);
}
