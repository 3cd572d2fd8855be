/*
 * wsprintfA/W and wvsprintfA/W: the output stops at 1024 units with the
 * NUL (Windows' fixed limit); the return is the length without the NUL.
 * The engine is wsprintf_fmt.c, shared with shlwapi's wnsprintf.
 */
#include "winuser.h"
#include "winrun/wsprintf.h"

#define WSPRINTF_MAX 1024

/* a cut (or exactly full) output keeps 1023 units and answers 1024 */
static int clip(int len)
{
    return len < 0 ? WSPRINTF_MAX : len;
}

WINUSERAPI INT WINAPI wvsprintfA(LPSTR buf, LPCSTR format, __builtin_ms_va_list ap)
{
    return clip(wsprintf_format(buf, FALSE, WSPRINTF_MAX, format, ap));
}

WINUSERAPI INT WINAPI wvsprintfW(LPWSTR buf, LPCWSTR format, __builtin_ms_va_list ap)
{
    return clip(wsprintf_format(buf, TRUE, WSPRINTF_MAX, format, ap));
}

WINUSERAPI INT CDECL wsprintfA(LPSTR buf, LPCSTR format, ...)
{
    __builtin_ms_va_list ap;
    int ret;
    __builtin_ms_va_start(ap, format);
    ret = wvsprintfA(buf, format, ap);
    __builtin_ms_va_end(ap);
    return ret;
}

WINUSERAPI INT CDECL wsprintfW(LPWSTR buf, LPCWSTR format, ...)
{
    __builtin_ms_va_list ap;
    int ret;
    __builtin_ms_va_start(ap, format);
    ret = wvsprintfW(buf, format, ap);
    __builtin_ms_va_end(ap);
    return ret;
}
