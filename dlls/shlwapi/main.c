/*
 * shlwapi: IsOS (the answers of a Windows 10 workstation, 64-bit) and
 * wnsprintf, the caller-sized face of user32's wsprintf (the one engine,
 * dlls/user32/wsprintf_fmt.c, is compiled into this DLL too).
 */
#include "shlwapi_private.h"
#include "winrun/wsprintf.h"

#define OS_NT                  1
#define OS_NT4ORGREATER        3
#define OS_WIN2000ORGREATER    7
#define OS_WIN2000PRO          8
#define OS_XPORGREATER         18
#define OS_PROFESSIONAL        20
#define OS_FASTUSERSWITCHING   26

SHLWAPI_API BOOL WINAPI IsOS(DWORD feature)
{
    switch (feature) {
    case OS_NT:
    case OS_NT4ORGREATER:
    case OS_WIN2000ORGREATER:
    case OS_WIN2000PRO:
    case OS_XPORGREATER:
    case OS_PROFESSIONAL:
    case OS_FASTUSERSWITCHING:
        return TRUE;
    default:
        /* the 9x family, the server editions, WOW64 (a 64-bit process),
         * domain membership, the welcome logon screen, tablet and media
         * center: none here */
        return FALSE;
    }
}

SHLWAPI_API int WINAPI wvnsprintfA(LPSTR buf, int size, LPCSTR format, __builtin_ms_va_list ap)
{
    if (!buf || size <= 0) return -1;
    return wsprintf_format(buf, FALSE, size, format, ap);
}

SHLWAPI_API int WINAPI wvnsprintfW(LPWSTR buf, int size, LPCWSTR format, __builtin_ms_va_list ap)
{
    if (!buf || size <= 0) return -1;
    return wsprintf_format(buf, TRUE, size, format, ap);
}

SHLWAPI_API int CDECL wnsprintfA(LPSTR buf, int size, LPCSTR format, ...)
{
    __builtin_ms_va_list ap;
    int ret;
    __builtin_ms_va_start(ap, format);
    ret = wvnsprintfA(buf, size, format, ap);
    __builtin_ms_va_end(ap);
    return ret;
}

SHLWAPI_API int CDECL wnsprintfW(LPWSTR buf, int size, LPCWSTR format, ...)
{
    __builtin_ms_va_list ap;
    int ret;
    __builtin_ms_va_start(ap, format);
    ret = wvnsprintfW(buf, size, format, ap);
    __builtin_ms_va_end(ap);
    return ret;
}
