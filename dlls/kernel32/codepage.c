/*
 * Code page conversions: MultiByteToWideChar / WideCharToMultiByte,
 * GetCPInfo(Ex), IsValidCodePage, IsDBCSLeadByte(Ex), GetACP/GetOEMCP.
 * UTF-8 is computed; every other page goes through the lazily built
 * tables of codepage_table.c. The ANSI/OEM pages are those of en-US
 * (1252/437) whatever the Unix locale: programs compare them with
 * constants, and text they write must read back the same on Windows.
 */
#include <string.h>
#include "kernel32_private.h"
#include "nls_private.h"
#include "winnls.h"
#include "winrun/unicode.h"

#define ACP 1252
#define OEMCP 437

#define MB_VALID_FLAGS (MB_PRECOMPOSED | MB_COMPOSITE | MB_USEGLYPHCHARS | MB_ERR_INVALID_CHARS)
#define WC_VALID_FLAGS (WC_COMPOSITECHECK | WC_DISCARDNS | WC_SEPCHARS | WC_DEFAULTCHAR | WC_NO_BEST_FIT_CHARS)

static UINT resolve_cp(UINT cp)
{
    switch (cp) {
    case CP_ACP:
    case CP_THREAD_ACP: return ACP;
    case CP_OEMCP: return OEMCP;
    case CP_MACCP: return 10000;
    default: return cp;
    }
}

WINBASEAPI UINT WINAPI GetACP(void) { return ACP; }
WINBASEAPI UINT WINAPI GetOEMCP(void) { return OEMCP; }

WINBASEAPI BOOL WINAPI IsValidCodePage(UINT cp)
{
    /* the pseudo pages are not code pages of their own */
    if (cp == CP_ACP || cp == CP_OEMCP || cp == CP_MACCP || cp == CP_THREAD_ACP) return FALSE;
    /* UTF-7 is valid on Windows but not converted here yet: do not claim it */
    return cp == CP_UTF8 || codepage_get(cp) != NULL;
}

WINBASEAPI BOOL WINAPI IsDBCSLeadByteEx(UINT cp, BYTE c)
{
    const struct codepage *t = codepage_get(resolve_cp(cp));
    return t && codepage_is_lead(t, c);
}

WINBASEAPI BOOL WINAPI IsDBCSLeadByte(BYTE c) { return IsDBCSLeadByteEx(CP_ACP, c); }

static const WCHAR utf8_name[] = u"65001 (UTF-8)", utf7_name[] = u"65000 (UTF-7)";

WINBASEAPI BOOL WINAPI GetCPInfoExW(UINT cp, DWORD flags, CPINFOEXW *info)
{
    const struct codepage *t;
    const WCHAR *name;
    (void)flags;

    if (!info) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return FALSE;
    }
    cp = resolve_cp(cp);
    memset(info, 0, sizeof(*info));
    info->CodePage = cp;
    if (cp == CP_UTF8 || cp == CP_UTF7) {
        /* Windows reports UTF-7 with MaxCharSize 5 and UTF-8 with 4 */
        info->MaxCharSize = cp == CP_UTF8 ? 4 : 5;
        info->DefaultChar[0] = '?';
        info->UnicodeDefaultChar = 0xfffd;
        name = cp == CP_UTF8 ? utf8_name : utf7_name;
    } else if ((t = codepage_get(cp))) {
        info->MaxCharSize = t->max_char_size;
        memcpy(info->DefaultChar, t->default_char, sizeof(info->DefaultChar));
        memcpy(info->LeadByte, t->lead_ranges, sizeof(info->LeadByte));
        info->UnicodeDefaultChar = t->unicode_default;
        name = t->name;
    } else {
        SetLastError(ERROR_INVALID_PARAMETER);
        return FALSE;
    }
    wcs_cpy(info->CodePageName, name);
    return TRUE;
}

WINBASEAPI BOOL WINAPI GetCPInfoExA(UINT cp, DWORD flags, CPINFOEXA *info)
{
    CPINFOEXW w;

    if (!info) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return FALSE;
    }
    if (!GetCPInfoExW(cp, flags, &w)) return FALSE;
    info->MaxCharSize = w.MaxCharSize;
    memcpy(info->DefaultChar, w.DefaultChar, sizeof(info->DefaultChar));
    memcpy(info->LeadByte, w.LeadByte, sizeof(info->LeadByte));
    info->UnicodeDefaultChar = w.UnicodeDefaultChar;
    info->CodePage = w.CodePage;
    WideCharToMultiByte(CP_ACP, 0, w.CodePageName, -1, info->CodePageName, sizeof(info->CodePageName), NULL, NULL);
    return TRUE;
}

WINBASEAPI BOOL WINAPI GetCPInfo(UINT cp, CPINFO *info)
{
    CPINFOEXW w;

    if (!info) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return FALSE;
    }
    if (!GetCPInfoExW(cp, 0, &w)) return FALSE;
    info->MaxCharSize = w.MaxCharSize;
    memcpy(info->DefaultChar, w.DefaultChar, sizeof(info->DefaultChar));
    memcpy(info->LeadByte, w.LeadByte, sizeof(info->LeadByte));
    if (resolve_cp(cp) == CP_UTF7 || resolve_cp(cp) == CP_UTF8) info->MaxCharSize = resolve_cp(cp) == CP_UTF8 ? 4 : 5;
    return TRUE;
}

/* Strict UTF-8 check for MB_ERR_INVALID_CHARS: overlong forms, surrogates
 * and truncated sequences are invalid. */
static int utf8_is_valid(const unsigned char *s, int len)
{
    for (int i = 0; i < len;) {
        unsigned int c = s[i], need, cp, min;
        if (c < 0x80) { i++; continue; }
        if (c >= 0xc2 && c <= 0xdf) { need = 1; cp = c & 0x1f; min = 0x80; }
        else if (c >= 0xe0 && c <= 0xef) { need = 2; cp = c & 0x0f; min = 0x800; }
        else if (c >= 0xf0 && c <= 0xf4) { need = 3; cp = c & 0x07; min = 0x10000; }
        else return 0;
        for (unsigned int k = 1; k <= need; k++) {
            if (i + (int)k >= len || (s[i + k] & 0xc0) != 0x80) return 0;
            cp = (cp << 6) | (s[i + k] & 0x3f);
        }
        if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return 0;
        i += need + 1;
    }
    return 1;
}

/* Table-driven page -> UTF-16. Returns units (needed when DSTLEN is 0),
 * -1 when DST is too small, -2 on an undefined sequence with STRICT. */
static int mb_to_wide(const struct codepage *t, BOOL strict, const BYTE *src, int srclen, WCHAR *dst, int dstlen)
{
    int out = 0;

    for (int i = 0; i < srclen; i++) {
        BYTE c = src[i];
        WCHAR w;
        if (t->dbcs && codepage_is_lead(t, c)) {
            if (i + 1 < srclen && (w = t->dbcs[c << 8 | src[i + 1]])) i++;
            else {
                if (strict) return -2;
                w = t->unicode_default;
                if (i + 1 < srclen) i++;   /* Windows consumes the bad trail byte too */
            }
        } else {
            if (strict && t->invalid[c]) return -2;
            w = t->to_unicode[c];
        }
        if (dstlen) {
            if (out >= dstlen) return -1;
            dst[out] = w;
        }
        out++;
    }
    return out;
}

/* ASCII text converts one to one in every table page: copied without the
 * table, so that a program whose strings are ASCII (the command line and
 * environment converted at start-up, most paths) never has iconv load its
 * modules to build one (0.1 ms of every start-up). -1 if SRC is not all
 * ASCII or does not fit. */
static int ascii_to_wide(const BYTE *src, int srclen, WCHAR *dst, int dstlen)
{
    for (int i = 0; i < srclen; i++) if (src[i] >= 0x80) return -1;
    if (!dstlen) return srclen;
    if (dstlen < srclen) return -1;
    for (int i = 0; i < srclen; i++) dst[i] = src[i];
    return srclen;
}

static int wide_to_ascii(const WCHAR *src, int srclen, BYTE *dst, int dstlen)
{
    for (int i = 0; i < srclen; i++) if (src[i] >= 0x80) return -1;
    if (!dstlen) return srclen;
    if (dstlen < srclen) return -1;
    for (int i = 0; i < srclen; i++) dst[i] = (BYTE)src[i];
    return srclen;
}

WINBASEAPI INT WINAPI MultiByteToWideChar(UINT cp, DWORD flags, LPCSTR src, INT srclen, LPWSTR dst, INT dstlen)
{
    const struct codepage *t;
    int n;

    if (!src || !srclen || dstlen < 0 || (dstlen && !dst) || (dst && (const void *)dst == (const void *)src)) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return 0;
    }
    if (srclen < 0) srclen = (int)strlen(src) + 1;
    cp = resolve_cp(cp);
    if (cp == CP_UTF8) {
        if (flags & ~MB_ERR_INVALID_CHARS) {
            SetLastError(ERROR_INVALID_FLAGS);
            return 0;
        }
        if ((flags & MB_ERR_INVALID_CHARS) && !utf8_is_valid((const unsigned char *)src, srclen)) {
            SetLastError(ERROR_NO_UNICODE_TRANSLATION);
            return 0;
        }
        n = utf8_to_utf16(src, srclen, dstlen ? dst : NULL, dstlen);
    } else if (codepage_is_ascii_compatible(cp) && !(flags & ~MB_VALID_FLAGS) &&
               !(flags & (MB_USEGLYPHCHARS | MB_COMPOSITE)) &&
               (n = ascii_to_wide((const BYTE *)src, srclen, dst, dstlen)) >= 0) {
        return n;
    } else {
        if (!(t = codepage_get(cp))) {
            SetLastError(ERROR_INVALID_PARAMETER);
            return 0;
        }
        if ((flags & ~MB_VALID_FLAGS) || (flags & MB_PRECOMPOSED && flags & MB_COMPOSITE)) {
            SetLastError(ERROR_INVALID_FLAGS);
            return 0;
        }
        n = mb_to_wide(t, (flags & MB_ERR_INVALID_CHARS) != 0, (const BYTE *)src, srclen, dst, dstlen);
        if (n == -2) {
            SetLastError(ERROR_NO_UNICODE_TRANSLATION);
            return 0;
        }
    }
    if (n < 0) {
        SetLastError(ERROR_INSUFFICIENT_BUFFER);
        return 0;
    }
    return n;
}

/* The page's bytes for W (0 = none): exact mapping, else with best fit the
 * base letter of a precomposed one (U+0100 -> 'A'), as Windows' best-fit
 * tables do for the Latin letters. */
static unsigned int lookup_wide(const struct codepage *t, WCHAR w, BOOL best_fit)
{
    unsigned int m = t->from_unicode[w];
    WCHAR base;
    if (m || !w) return m | (w ? 0 : 0x10000);
    if (best_fit && (base = nls_base_char(w)) != w && base < 0x80) return base;
    return 0;
}

static int wide_to_mb(const struct codepage *t, DWORD flags, const WCHAR *src, int srclen, BYTE *dst, int dstlen,
                      const char *def, BOOL *used_default)
{
    unsigned int defval = def ? (BYTE)def[0] : (t->default_char[1] ? t->default_char[0] << 8 | t->default_char[1]
                                                                   : t->default_char[0]);
    int out = 0;

    for (int i = 0; i < srclen; i++) {
        unsigned int m = lookup_wide(t, src[i], !(flags & WC_NO_BEST_FIT_CHARS)) & 0xffff;
        int len;
        if (!m && src[i]) {
            m = defval;
            if (used_default) *used_default = TRUE;
        }
        len = m > 0xff ? 2 : 1;
        if (dstlen) {
            if (out + len > dstlen) return -1;
            if (len == 2) dst[out] = m >> 8, dst[out + 1] = m & 0xff;
            else dst[out] = m;
        }
        out += len;
    }
    return out;
}

static int wide_to_utf8(DWORD flags, const WCHAR *src, int srclen, char *dst, int dstlen)
{
    if (flags & WC_ERR_INVALID_CHARS)
        for (int i = 0; i < srclen; i++) {
            WCHAR c = src[i];
            if (c >= 0xd800 && c <= 0xdbff && i + 1 < srclen && src[i + 1] >= 0xdc00 && src[i + 1] <= 0xdfff) i++;
            else if (c >= 0xd800 && c <= 0xdfff) return -2;
        }
    return utf16_to_utf8(src, srclen, dstlen ? dst : NULL, dstlen);
}

WINBASEAPI INT WINAPI WideCharToMultiByte(UINT cp, DWORD flags, LPCWSTR src, INT srclen, LPSTR dst, INT dstlen,
                                          LPCSTR default_char, LPBOOL used_default)
{
    const struct codepage *t;
    int n;

    if (!src || !srclen || dstlen < 0 || (dstlen && !dst) || (dst && (const void *)dst == (const void *)src)) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return 0;
    }
    if (srclen < 0) srclen = (int)wcs_len(src) + 1;
    cp = resolve_cp(cp);
    if (cp == CP_UTF8) {
        if (default_char || used_default) {
            SetLastError(ERROR_INVALID_PARAMETER);
            return 0;
        }
        if (flags & ~WC_ERR_INVALID_CHARS) {
            SetLastError(ERROR_INVALID_FLAGS);
            return 0;
        }
        n = wide_to_utf8(flags, src, srclen, dst, dstlen);
    } else if (codepage_is_ascii_compatible(cp) && !(flags & ~WC_VALID_FLAGS) &&
               (n = wide_to_ascii(src, srclen, (BYTE *)dst, dstlen)) >= 0) {
        if (used_default) *used_default = FALSE;
        return n;
    } else {
        if (!(t = codepage_get(cp))) {
            SetLastError(ERROR_INVALID_PARAMETER);
            return 0;
        }
        if (flags & ~WC_VALID_FLAGS) {
            SetLastError(ERROR_INVALID_FLAGS);
            return 0;
        }
        if (used_default) *used_default = FALSE;
        n = wide_to_mb(t, flags, src, srclen, (BYTE *)dst, dstlen, default_char, used_default);
    }
    if (n == -2) {
        SetLastError(ERROR_NO_UNICODE_TRANSLATION);
        return 0;
    }
    if (n < 0) {
        SetLastError(ERROR_INSUFFICIENT_BUFFER);
        return 0;
    }
    return n;
}

/* helpers for the A entry points */

WCHAR *strdup_a_to_w(const char *s)
{
    int n;
    WCHAR *w;
    if (!s) return NULL;
    n = MultiByteToWideChar(CP_ACP, 0, s, -1, NULL, 0);
    if (!(w = heap_alloc(n * sizeof(WCHAR)))) return NULL;
    MultiByteToWideChar(CP_ACP, 0, s, -1, w, n);
    return w;
}

DWORD copy_w_to_a(const WCHAR *src, char *dst, DWORD len)
{
    int n = WideCharToMultiByte(CP_ACP, 0, src, -1, NULL, 0, NULL, NULL);
    if ((DWORD)n > len) return (DWORD)n;
    WideCharToMultiByte(CP_ACP, 0, src, -1, dst, (int)len, NULL, NULL);
    return (DWORD)n - 1;
}
