/*
 * Code page conversions: MultiByteToWideChar / WideCharToMultiByte for
 * UTF-8 and the single-byte pages 1252 (the ANSI page, CP_ACP) and 437
 * (the OEM page), with Windows' size-query and error conventions.
 * East Asian double-byte pages come with the C runtime work.
 */
#include <string.h>
#include "kernel32_private.h"

#define ACP 1252
#define OEMCP 437

/* 0x80-0xff of each page; 0x00-0x7f are ASCII */
static const WCHAR cp1252_high[128] = {
    0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d, 0x017d, 0x008f,
    0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
    0x00a0, 0x00a1, 0x00a2, 0x00a3, 0x00a4, 0x00a5, 0x00a6, 0x00a7, 0x00a8, 0x00a9, 0x00aa, 0x00ab, 0x00ac, 0x00ad, 0x00ae, 0x00af,
    0x00b0, 0x00b1, 0x00b2, 0x00b3, 0x00b4, 0x00b5, 0x00b6, 0x00b7, 0x00b8, 0x00b9, 0x00ba, 0x00bb, 0x00bc, 0x00bd, 0x00be, 0x00bf,
    0x00c0, 0x00c1, 0x00c2, 0x00c3, 0x00c4, 0x00c5, 0x00c6, 0x00c7, 0x00c8, 0x00c9, 0x00ca, 0x00cb, 0x00cc, 0x00cd, 0x00ce, 0x00cf,
    0x00d0, 0x00d1, 0x00d2, 0x00d3, 0x00d4, 0x00d5, 0x00d6, 0x00d7, 0x00d8, 0x00d9, 0x00da, 0x00db, 0x00dc, 0x00dd, 0x00de, 0x00df,
    0x00e0, 0x00e1, 0x00e2, 0x00e3, 0x00e4, 0x00e5, 0x00e6, 0x00e7, 0x00e8, 0x00e9, 0x00ea, 0x00eb, 0x00ec, 0x00ed, 0x00ee, 0x00ef,
    0x00f0, 0x00f1, 0x00f2, 0x00f3, 0x00f4, 0x00f5, 0x00f6, 0x00f7, 0x00f8, 0x00f9, 0x00fa, 0x00fb, 0x00fc, 0x00fd, 0x00fe, 0x00ff,
};

static const WCHAR cp437_high[128] = {
    0x00c7, 0x00fc, 0x00e9, 0x00e2, 0x00e4, 0x00e0, 0x00e5, 0x00e7, 0x00ea, 0x00eb, 0x00e8, 0x00ef, 0x00ee, 0x00ec, 0x00c4, 0x00c5,
    0x00c9, 0x00e6, 0x00c6, 0x00f4, 0x00f6, 0x00f2, 0x00fb, 0x00f9, 0x00ff, 0x00d6, 0x00dc, 0x00a2, 0x00a3, 0x00a5, 0x20a7, 0x0192,
    0x00e1, 0x00ed, 0x00f3, 0x00fa, 0x00f1, 0x00d1, 0x00aa, 0x00ba, 0x00bf, 0x2310, 0x00ac, 0x00bd, 0x00bc, 0x00a1, 0x00ab, 0x00bb,
    0x2591, 0x2592, 0x2593, 0x2502, 0x2524, 0x2561, 0x2562, 0x2556, 0x2555, 0x2563, 0x2551, 0x2557, 0x255d, 0x255c, 0x255b, 0x2510,
    0x2514, 0x2534, 0x252c, 0x251c, 0x2500, 0x253c, 0x255e, 0x255f, 0x255a, 0x2554, 0x2569, 0x2566, 0x2560, 0x2550, 0x256c, 0x2567,
    0x2568, 0x2564, 0x2565, 0x2559, 0x2558, 0x2552, 0x2553, 0x256b, 0x256a, 0x2518, 0x250c, 0x2588, 0x2584, 0x258c, 0x2590, 0x2580,
    0x03b1, 0x00df, 0x0393, 0x03c0, 0x03a3, 0x03c3, 0x00b5, 0x03c4, 0x03a6, 0x0398, 0x03a9, 0x03b4, 0x221e, 0x03c6, 0x03b5, 0x2229,
    0x2261, 0x00b1, 0x2265, 0x2264, 0x2320, 0x2321, 0x00f7, 0x2248, 0x00b0, 0x2219, 0x00b7, 0x221a, 0x207f, 0x00b2, 0x25a0, 0x00a0,
};

static const WCHAR *sbcs_table(UINT cp)
{
    switch (cp) {
    case 1252: return cp1252_high;
    case 437:  return cp437_high;
    default:   return NULL;
    }
}

static UINT resolve_cp(UINT cp)
{
    switch (cp) {
    case CP_ACP:
    case CP_THREAD_ACP: return ACP;
    case CP_OEMCP: return OEMCP;
    default: return cp;
    }
}

WINBASEAPI UINT WINAPI GetACP(void) { return ACP; }
WINBASEAPI UINT WINAPI GetOEMCP(void) { return OEMCP; }

WINBASEAPI BOOL WINAPI IsValidCodePage(UINT cp)
{
    return cp == CP_UTF8 || sbcs_table(cp) != NULL;
}

WINBASEAPI BOOL WINAPI IsDBCSLeadByteEx(UINT cp, BYTE c)
{
    (void)cp; (void)c;
    return FALSE;   /* no double-byte page is supported yet */
}

WINBASEAPI BOOL WINAPI IsDBCSLeadByte(BYTE c) { return IsDBCSLeadByteEx(CP_ACP, c); }

typedef struct { UINT MaxCharSize; BYTE DefaultChar[2]; BYTE LeadByte[12]; } CPINFO;

WINBASEAPI BOOL WINAPI GetCPInfo(UINT cp, CPINFO *info)
{
    cp = resolve_cp(cp);
    if (!IsValidCodePage(cp)) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return FALSE;
    }
    memset(info, 0, sizeof(*info));
    info->MaxCharSize = cp == CP_UTF8 ? 4 : 1;
    info->DefaultChar[0] = '?';
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

WINBASEAPI INT WINAPI MultiByteToWideChar(UINT cp, DWORD flags, LPCSTR src, INT srclen, LPWSTR dst, INT dstlen)
{
    const WCHAR *table;
    int n;

    if (!src || !srclen || dstlen < 0 || (dst && (const void *)dst == (const void *)src)) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return 0;
    }
    if (srclen < 0) srclen = (int)strlen(src) + 1;
    cp = resolve_cp(cp);
    if (cp == CP_UTF8) {
        if ((flags & MB_ERR_INVALID_CHARS) && !utf8_is_valid((const unsigned char *)src, srclen)) {
            SetLastError(ERROR_NO_UNICODE_TRANSLATION);
            return 0;
        }
        n = utf8_to_utf16(src, srclen, dstlen ? dst : NULL, dstlen);
        if (n < 0) {
            SetLastError(ERROR_INSUFFICIENT_BUFFER);
            return 0;
        }
        return n;
    }
    if (!(table = sbcs_table(cp))) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return 0;
    }
    if (!dstlen) return srclen;
    if (dstlen < srclen) {
        SetLastError(ERROR_INSUFFICIENT_BUFFER);
        return 0;
    }
    for (int i = 0; i < srclen; i++) {
        unsigned char c = (unsigned char)src[i];
        dst[i] = c < 0x80 ? c : table[c - 0x80];
    }
    return srclen;
}

static int wide_to_sbcs(const WCHAR *table, const WCHAR *src, int srclen, char *dst, int dstlen, char def,
                        BOOL *used_default)
{
    for (int i = 0; i < srclen; i++) {
        WCHAR c = src[i];
        int out = -1;
        if (c < 0x80) out = c;
        else for (int k = 0; k < 128; k++) if (table[k] == c) { out = 0x80 + k; break; }
        if (out < 0) {
            out = (unsigned char)def;
            if (used_default) *used_default = TRUE;
        }
        if (dstlen) {
            if (i >= dstlen) return -1;
            dst[i] = (char)out;
        }
    }
    return srclen;
}

WINBASEAPI INT WINAPI WideCharToMultiByte(UINT cp, DWORD flags, LPCWSTR src, INT srclen, LPSTR dst, INT dstlen,
                                          LPCSTR default_char, LPBOOL used_default)
{
    const WCHAR *table;
    int n;

    if (!src || !srclen || dstlen < 0 || (dst && (const void *)dst == (const void *)src)) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return 0;
    }
    if (srclen < 0) srclen = (int)wcs_len(src) + 1;
    cp = resolve_cp(cp);
    if (used_default) *used_default = FALSE;
    if (cp == CP_UTF8) {
        if (default_char || used_default) {
            SetLastError(ERROR_INVALID_PARAMETER);
            return 0;
        }
        if (flags & WC_ERR_INVALID_CHARS)
            for (int i = 0; i < srclen; i++) {
                WCHAR c = src[i];
                if (c >= 0xd800 && c <= 0xdbff && i + 1 < srclen && src[i + 1] >= 0xdc00 && src[i + 1] <= 0xdfff) i++;
                else if (c >= 0xd800 && c <= 0xdfff) {
                    SetLastError(ERROR_NO_UNICODE_TRANSLATION);
                    return 0;
                }
            }
        n = utf16_to_utf8(src, srclen, dstlen ? dst : NULL, dstlen);
    } else {
        if (!(table = sbcs_table(cp))) {
            SetLastError(ERROR_INVALID_PARAMETER);
            return 0;
        }
        n = wide_to_sbcs(table, src, srclen, dst, dstlen, default_char ? *default_char : '?', used_default);
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
