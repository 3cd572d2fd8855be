/*
 * Wide-string functions on 16-bit WCHARs (the ones string.c does not
 * have), and the wide character classes, which (unlike case mapping) are
 * Unicode's whatever the locale; unicode.h's case tables tell letters.
 */
#include <stdlib.h>
#include <string.h>
#include "crt_private.h"

WCHAR *CDECL MSVCRT_wcsncat(WCHAR *d, const WCHAR *s, size_t n)
{
    WCHAR *p = d + wcs_len(d);
    while (n-- && *s) *p++ = *s++;
    *p = 0;
    return d;
}

WCHAR *CDECL MSVCRT_wcspbrk(const WCHAR *s, const WCHAR *accept)
{
    for (; *s; s++) if (wcs_chr(accept, *s)) return (WCHAR *)s;
    return NULL;
}

size_t CDECL MSVCRT_wcsspn(const WCHAR *s, const WCHAR *accept)
{
    size_t n = 0;
    while (s[n] && wcs_chr(accept, s[n])) n++;
    return n;
}

size_t CDECL MSVCRT_wcscspn(const WCHAR *s, const WCHAR *reject)
{
    size_t n = 0;
    while (s[n] && !wcs_chr(reject, s[n])) n++;
    return n;
}

/* msvcrt's wcstok has two arguments and keeps its place per thread; the
 * UCRT's takes a third, the context, unless built as the old form */
WCHAR *CDECL MSVCRT_wcstok_s(WCHAR *s, const WCHAR *delim, WCHAR **context)
{
    if (!delim || !context || (!s && !*context)) {
        crt_invalid_parameter();
        crt_set_errno(CRT_EINVAL);
        return NULL;
    }
    if (!s) s = *context;
    s += MSVCRT_wcsspn(s, delim);
    if (!*s) { *context = s; return NULL; }
    *context = s + MSVCRT_wcscspn(s, delim);
    if (**context) *(*context)++ = 0;
    return s;
}

WCHAR *CDECL MSVCRT_wcstok(WCHAR *s, const WCHAR *delim, WCHAR **context)
{
    if (!crt_is_ucrt || !context) context = &crt_thread_data()->wcstok_next;
    if (!s && !*context) return NULL;
    return MSVCRT_wcstok_s(s, delim, context);
}

/* the C locale maps case only for A-Z and a-z, even for wide characters */
WCHAR CDECL MSVCRT_towupper(WCHAR c) { return c >= 'a' && c <= 'z' ? c - 32 : c; }
WCHAR CDECL MSVCRT_towlower(WCHAR c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }
WCHAR *CDECL MSVCRT__wcslwr(WCHAR *s) { for (WCHAR *p = s; *p; p++) *p = MSVCRT_towlower(*p); return s; }
WCHAR *CDECL MSVCRT__wcsupr(WCHAR *s) { for (WCHAR *p = s; *p; p++) *p = MSVCRT_towupper(*p); return s; }
WCHAR *CDECL MSVCRT__wcsrev(WCHAR *s)
{
    size_t n = wcs_len(s);
    for (size_t i = 0; i < n / 2; i++) { WCHAR t = s[i]; s[i] = s[n - 1 - i]; s[n - 1 - i] = t; }
    return s;
}
WCHAR *CDECL MSVCRT__wcsset(WCHAR *s, WCHAR c) { for (WCHAR *p = s; *p; p++) *p = c; return s; }


/* classes for the Latin-1 range, which is what the C locale classifies;
 * above it, letters are what case-maps, as a cheap approximation of
 * GetStringTypeW's C1_ALPHA */
int CDECL MSVCRT_iswdigit(WCHAR c) { return c >= '0' && c <= '9' ? 4 : 0; }
int CDECL MSVCRT_iswspace(WCHAR c) { return (c >= 9 && c <= 13) || c == ' ' || c == 0xa0 || c == 0x3000 ? 8 : 0; }
int CDECL MSVCRT_iswupper(WCHAR c)
{
    return wch_lower(c) != c ? 1 : 0;
}
int CDECL MSVCRT_iswlower(WCHAR c)
{
    return wch_upper(c) != c || c == 0xdf ? 2 : 0;
}
int CDECL MSVCRT_iswalpha(WCHAR c)
{
    if (c < 0x80) return (c | 32) >= 'a' && (c | 32) <= 'z' ? (c < 'a' ? 0x101 : 0x102) : 0;
    if (c == 0xaa || c == 0xb5 || c == 0xba) return 0x102;
    return MSVCRT_iswupper(c) ? 0x101 : MSVCRT_iswlower(c) ? 0x102 : 0;
}
int CDECL MSVCRT_iswalnum(WCHAR c) { return MSVCRT_iswalpha(c) | MSVCRT_iswdigit(c); }
int CDECL MSVCRT_iswxdigit(WCHAR c) { return c < 0x80 && ((c >= '0' && c <= '9') || ((c | 32) >= 'a' && (c | 32) <= 'f')) ? 0x80 : 0; }
int CDECL MSVCRT_iswcntrl(WCHAR c) { return c < 0x20 || (c >= 0x7f && c < 0xa0) ? 0x20 : 0; }
int CDECL MSVCRT_iswprint(WCHAR c) { return !MSVCRT_iswcntrl(c) && c != 0xffff ? 1 : 0; }
int CDECL MSVCRT_iswpunct(WCHAR c)
{
    return c > 0x20 && !MSVCRT_iswcntrl(c) && !MSVCRT_iswalnum(c) && !MSVCRT_iswspace(c) ? 0x10 : 0;
}
int CDECL MSVCRT_iswascii(WCHAR c) { return c < 0x80; }

/* the class bits of c (_UPPER 1 ... _HEX 0x80, _BLANK 0x40, _ALPHA 0x100) */
int CDECL MSVCRT_iswctype(WCHAR c, WCHAR mask)
{
    int type = MSVCRT_iswalpha(c) | MSVCRT_iswdigit(c) | MSVCRT_iswspace(c) | MSVCRT_iswpunct(c)
             | MSVCRT_iswcntrl(c) | MSVCRT_iswxdigit(c) | (c == ' ' || c == '\t' ? 0x40 : 0);
    return type & mask;
}

/* ---- numbers from wide strings: the narrow parsers on an ASCII copy ---- */

/* the prefix of s that a number can use, as ASCII, and how the end maps back */
static char *number_prefix(const WCHAR *s, char *buf, size_t size)
{
    size_t i = 0;
    for (; s[i] && i < size - 1; i++) {
        if (s[i] >= 0x80) break;   /* no digit or sign above ASCII */
        buf[i] = (char)s[i];
    }
    buf[i] = 0;
    return buf;
}

LONG CDECL MSVCRT_strtol(const char *s, char **end, int base);
ULONG CDECL MSVCRT_strtoul(const char *s, char **end, int base);
LONGLONG CDECL MSVCRT__strtoi64(const char *s, char **end, int base);
ULONGLONG CDECL MSVCRT__strtoui64(const char *s, char **end, int base);
double CDECL MSVCRT_strtod(const char *s, char **end);

#define WIDE_NUMBER(type, name, narrow) \
type CDECL name(const WCHAR *s, WCHAR **end, int base) \
{ \
    char buf[512], *e; \
    type v = narrow(number_prefix(s, buf, sizeof(buf)), &e, base); \
    if (end) *end = (WCHAR *)s + (e - buf); \
    return v; \
}
WIDE_NUMBER(LONG, MSVCRT_wcstol, MSVCRT_strtol)
WIDE_NUMBER(ULONG, MSVCRT_wcstoul, MSVCRT_strtoul)
WIDE_NUMBER(LONGLONG, MSVCRT__wcstoi64, MSVCRT__strtoi64)
WIDE_NUMBER(ULONGLONG, MSVCRT__wcstoui64, MSVCRT__strtoui64)

double CDECL MSVCRT_wcstod(const WCHAR *s, WCHAR **end)
{
    char buf[512], *e;
    double v = MSVCRT_strtod(number_prefix(s, buf, sizeof(buf)), &e);
    if (end) *end = (WCHAR *)s + (e - buf);
    return v;
}

int CDECL MSVCRT__wtoi(const WCHAR *s) { return (int)MSVCRT_wcstol(s, NULL, 10); }
LONG CDECL MSVCRT__wtol(const WCHAR *s) { return MSVCRT_wcstol(s, NULL, 10); }
LONGLONG CDECL MSVCRT__wtoi64(const WCHAR *s) { return MSVCRT__wcstoi64(s, NULL, 10); }
double CDECL MSVCRT__wtof(const WCHAR *s) { return MSVCRT_wcstod(s, NULL); }
