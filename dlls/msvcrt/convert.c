/*
 * Integers to strings: _itoa and its relatives, narrow and wide. Only
 * base 10 has a sign; other bases print the two's complement pattern of
 * the argument's width, as the CRT does (_itoa(-1, b, 16) is "ffffffff").
 */
#include "crt_private.h"

/* digits of value (of width bits when negative and not base 10) into buf */
static char *format_number(ULONGLONG value, int negative, int base, char *buf)
{
    char tmp[72], *p = tmp + sizeof(tmp);
    *--p = 0;
    do {
        int d = (int)(value % base);
        *--p = (char)(d < 10 ? '0' + d : 'a' + d - 10);
        value /= base;
    } while (value);
    if (negative) *--p = '-';
    for (char *d = buf; (*d++ = *p++);) ;
    return buf;
}

static char *signed_to_a(LONGLONG v, char *buf, int base, ULONGLONG mask)
{
    if (base < 2 || base > 36) {
        crt_invalid_parameter();
        crt_set_errno(CRT_EINVAL);
        if (buf) *buf = 0;
        return buf;
    }
    if (base == 10 && v < 0) return format_number(-(ULONGLONG)v, 1, 10, buf);
    return format_number((ULONGLONG)v & mask, 0, base, buf);
}

static WCHAR *widen(const char *src, WCHAR *dst)
{
    WCHAR *d = dst;
    while ((*d++ = (unsigned char)*src++)) ;
    return dst;
}

char *CDECL MSVCRT__itoa(int v, char *buf, int base) { return signed_to_a(v, buf, base, 0xffffffffull); }
char *CDECL MSVCRT__ltoa(LONG v, char *buf, int base) { return signed_to_a(v, buf, base, 0xffffffffull); }
char *CDECL MSVCRT__i64toa(LONGLONG v, char *buf, int base) { return signed_to_a(v, buf, base, ~0ull); }
char *CDECL MSVCRT__ultoa(ULONG v, char *buf, int base)
{
    if (base < 2 || base > 36) return signed_to_a(0, buf, base, 0);
    return format_number(v, 0, base, buf);
}
char *CDECL MSVCRT__ui64toa(ULONGLONG v, char *buf, int base)
{
    if (base < 2 || base > 36) return signed_to_a(0, buf, base, 0);
    return format_number(v, 0, base, buf);
}

WCHAR *CDECL MSVCRT__itow(int v, WCHAR *buf, int base) { char tmp[72]; return widen(MSVCRT__itoa(v, tmp, base), buf); }
WCHAR *CDECL MSVCRT__ltow(LONG v, WCHAR *buf, int base) { char tmp[72]; return widen(MSVCRT__ltoa(v, tmp, base), buf); }
WCHAR *CDECL MSVCRT__ultow(ULONG v, WCHAR *buf, int base) { char tmp[72]; return widen(MSVCRT__ultoa(v, tmp, base), buf); }
WCHAR *CDECL MSVCRT__i64tow(LONGLONG v, WCHAR *buf, int base) { char tmp[72]; return widen(MSVCRT__i64toa(v, tmp, base), buf); }
WCHAR *CDECL MSVCRT__ui64tow(ULONGLONG v, WCHAR *buf, int base) { char tmp[72]; return widen(MSVCRT__ui64toa(v, tmp, base), buf); }
