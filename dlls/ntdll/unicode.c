/*
 * UTF-16 string helpers and UTF-8 conversion (see winrun/unicode.h).
 * Case folding covers ASCII and Latin-1 for now; the full Unicode tables
 * arrive with CompareString/LCMapString.
 */
#include <stdlib.h>
#include <string.h>
#include "winrun/unicode.h"

size_t wcs_len(const WCHAR *s)
{
    const WCHAR *p = s;
    while (*p) p++;
    return p - s;
}

WCHAR *wcs_cpy(WCHAR *dst, const WCHAR *src)
{
    WCHAR *d = dst;
    while ((*d++ = *src++));
    return dst;
}

int wcs_cmp(const WCHAR *a, const WCHAR *b)
{
    while (*a && *a == *b) a++, b++;
    return (int)*a - (int)*b;
}

WCHAR wch_upper(WCHAR c)
{
    if (c >= 'a' && c <= 'z') return c - 32;
    if (c >= 0xe0 && c <= 0xfe && c != 0xf7) return c - 32;
    if (c == 0xff) return 0x178;
    return c;
}

WCHAR wch_lower(WCHAR c)
{
    if (c >= 'A' && c <= 'Z') return c + 32;
    if (c >= 0xc0 && c <= 0xde && c != 0xd7) return c + 32;
    if (c == 0x178) return 0xff;
    return c;
}

int wcs_nicmp(const WCHAR *a, const WCHAR *b, size_t n)
{
    for (; n; n--, a++, b++) {
        int d = (int)wch_upper(*a) - (int)wch_upper(*b);
        if (d || !*a) return d;
    }
    return 0;
}

int wcs_icmp(const WCHAR *a, const WCHAR *b)
{
    return wcs_nicmp(a, b, (size_t)-1);
}

WCHAR *wcs_chr(const WCHAR *s, WCHAR c)
{
    for (;; s++) {
        if (*s == c) return (WCHAR *)s;
        if (!*s) return NULL;
    }
}

WCHAR *wcs_rchr(const WCHAR *s, WCHAR c)
{
    const WCHAR *last = NULL;
    for (;; s++) {
        if (*s == c) last = s;
        if (!*s) return (WCHAR *)last;
    }
}

WCHAR *wcs_dup(const WCHAR *s)
{
    size_t n = (wcs_len(s) + 1) * sizeof(WCHAR);
    WCHAR *r = malloc(n);
    if (r) memcpy(r, s, n);
    return r;
}

/* Decodes one UTF-8 sequence at s (at most n bytes); returns its length and
 * the code point, or 1 and U+FFFD for an invalid or truncated sequence. */
static int decode_utf8(const unsigned char *s, int n, unsigned int *cp)
{
    unsigned int c = s[0], min;
    int len;
    if (c < 0x80) { *cp = c; return 1; }
    if (c >= 0xc2 && c <= 0xdf) { len = 2; c &= 0x1f; min = 0x80; }
    else if (c >= 0xe0 && c <= 0xef) { len = 3; c &= 0x0f; min = 0x800; }
    else if (c >= 0xf0 && c <= 0xf4) { len = 4; c &= 0x07; min = 0x10000; }
    else { *cp = 0xfffd; return 1; }
    if (n < len) { *cp = 0xfffd; return 1; }
    for (int i = 1; i < len; i++) {
        if ((s[i] & 0xc0) != 0x80) { *cp = 0xfffd; return 1; }
        c = (c << 6) | (s[i] & 0x3f);
    }
    if (c < min || c > 0x10ffff) { *cp = 0xfffd; return 1; }
    *cp = c;   /* encoded surrogates (WTF-8) are accepted so names round-trip */
    return len;
}

int utf8_to_utf16(const char *src, int srclen, WCHAR *dst, int dstlen)
{
    const unsigned char *s = (const unsigned char *)src;
    int n = srclen < 0 ? (int)strlen(src) + 1 : srclen, out = 0, overflow = 0;

    while (n > 0) {
        unsigned int cp;
        int len = decode_utf8(s, n, &cp), units = cp >= 0x10000 ? 2 : 1;
        s += len;
        n -= len;
        if (dst) {
            if (out + units > dstlen) { overflow = 1; break; }
            if (units == 2) {
                cp -= 0x10000;
                dst[out] = 0xd800 | (cp >> 10);
                dst[out + 1] = 0xdc00 | (cp & 0x3ff);
            } else dst[out] = (WCHAR)cp;
        }
        out += units;
    }
    return overflow ? -1 : out;
}

int utf16_to_utf8(const WCHAR *src, int srclen, char *dst, int dstlen)
{
    int n = srclen < 0 ? (int)wcs_len(src) + 1 : srclen, out = 0;

    for (int i = 0; i < n; i++) {
        unsigned int cp = src[i];
        unsigned char buf[4];
        int len;
        if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < n && src[i + 1] >= 0xdc00 && src[i + 1] <= 0xdfff) {
            cp = 0x10000 + ((cp - 0xd800) << 10) + (src[i + 1] - 0xdc00);
            i++;
        }
        if (cp < 0x80) { buf[0] = cp; len = 1; }
        else if (cp < 0x800) { buf[0] = 0xc0 | (cp >> 6); buf[1] = 0x80 | (cp & 0x3f); len = 2; }
        else if (cp < 0x10000) {
            buf[0] = 0xe0 | (cp >> 12); buf[1] = 0x80 | ((cp >> 6) & 0x3f); buf[2] = 0x80 | (cp & 0x3f);
            len = 3;
        } else {
            buf[0] = 0xf0 | (cp >> 18); buf[1] = 0x80 | ((cp >> 12) & 0x3f);
            buf[2] = 0x80 | ((cp >> 6) & 0x3f); buf[3] = 0x80 | (cp & 0x3f);
            len = 4;
        }
        if (dst) {
            if (out + len > dstlen) return -1;
            memcpy(dst + out, buf, len);
        }
        out += len;
    }
    return out;
}

WCHAR *utf8_to_utf16_dup(const char *src)
{
    int n = utf8_to_utf16(src, -1, NULL, 0);
    WCHAR *r = malloc(n * sizeof(WCHAR));
    if (r) utf8_to_utf16(src, -1, r, n);
    return r;
}

char *utf16_to_utf8_dup(const WCHAR *src)
{
    int n = utf16_to_utf8(src, -1, NULL, 0);
    char *r = malloc(n);
    if (r) utf16_to_utf8(src, -1, r, n);
    return r;
}
