/*
 * LCMapStringW/A/Ex: case mapping (with Turkish/Azeri linguistic casing
 * when asked), kana and width folding, byte reversal, and sort keys (the
 * bytes come from collate.c so that they order like CompareString).
 */
#include <string.h>
#include "kernel32_private.h"
#include "nls_private.h"
#include "winnls.h"
#include "winrun/unicode.h"

#define CASE_FLAGS (LCMAP_UPPERCASE | LCMAP_LOWERCASE)
#define SORT_FLAGS (NORM_IGNORECASE | NORM_IGNORENONSPACE | NORM_IGNORESYMBOLS | LINGUISTIC_IGNORECASE | \
                    LINGUISTIC_IGNOREDIACRITIC | NORM_IGNOREKANATYPE | NORM_IGNOREWIDTH | SORT_STRINGSORT | \
                    SORT_DIGITSASNUMBERS | NORM_LINGUISTIC_CASING)
#define MAP_FLAGS (CASE_FLAGS | LCMAP_LINGUISTIC_CASING | LCMAP_HIRAGANA | LCMAP_KATAKANA | LCMAP_HALFWIDTH | \
                   LCMAP_FULLWIDTH | LCMAP_BYTEREV | NORM_IGNORENONSPACE | NORM_IGNORESYMBOLS)

static BOOL is_turkic(LCID lcid)
{
    WORD lang = PRIMARYLANGID(LANGIDFROMLCID(lcid));
    return lang == 0x1f || lang == 0x2c;     /* Turkish, Azeri */
}

static WCHAR map_char(WCHAR c, DWORD flags, BOOL turkic)
{
    if (flags & LCMAP_KATAKANA && c >= 0x3041 && c <= 0x3096) c += 0x60;
    if (flags & LCMAP_HIRAGANA && c >= 0x30a1 && c <= 0x30f6) c -= 0x60;
    if (flags & LCMAP_FULLWIDTH) {
        if (c > 0x20 && c < 0x7f) c += 0xfee0;
        else if (c == 0x20) c = 0x3000;
    }
    if (flags & LCMAP_HALFWIDTH) {
        if (c > 0xff00 && c < 0xff5f) c -= 0xfee0;
        else if (c == 0x3000) c = 0x20;
    }
    if ((flags & CASE_FLAGS) == LCMAP_UPPERCASE) {
        if (turkic && c == 'i') return 0x130;
        if (turkic && c == 0x131) return 'I';
        c = wch_upper(c);
    } else if ((flags & CASE_FLAGS) == LCMAP_LOWERCASE) {
        if (turkic && c == 'I') return 0x131;
        if (turkic && c == 0x130) return 'i';
        c = wch_lower(c);
    }
    if (flags & LCMAP_BYTEREV) c = (WCHAR)(c << 8 | c >> 8);
    return c;
}

static BOOL check_flags(DWORD flags)
{
    if (flags & LCMAP_SORTKEY) return !(flags & ~(SORT_FLAGS | LCMAP_SORTKEY | LCMAP_BYTEREV));
    if (flags & ~MAP_FLAGS) return FALSE;
    if ((flags & CASE_FLAGS) == CASE_FLAGS) return FALSE;
    if ((flags & (LCMAP_HIRAGANA | LCMAP_KATAKANA)) == (LCMAP_HIRAGANA | LCMAP_KATAKANA)) return FALSE;
    if ((flags & (LCMAP_HALFWIDTH | LCMAP_FULLWIDTH)) == (LCMAP_HALFWIDTH | LCMAP_FULLWIDTH)) return FALSE;
    return flags != 0;
}

static int lcmap(LCID lcid, DWORD flags, const WCHAR *src, int srclen, WCHAR *dst, int dstlen)
{
    BOOL turkic = (flags & LCMAP_LINGUISTIC_CASING) && is_turkic(lcid);
    int out = 0;

    if (!src || !srclen || dstlen < 0 || (dstlen && !dst)) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return 0;
    }
    if (!check_flags(flags)) {
        SetLastError(ERROR_INVALID_FLAGS);
        return 0;
    }
    if (flags & LCMAP_SORTKEY) {
        unsigned int n;
        if (srclen < 0) srclen = (int)wcs_len(src);
        if ((const void *)src == (const void *)dst) {
            SetLastError(ERROR_INVALID_FLAGS);
            return 0;
        }
        n = collate_sort_key(src, srclen, flags, dstlen ? (BYTE *)dst : NULL, dstlen);
        if (!n) SetLastError(ERROR_INSUFFICIENT_BUFFER);
        return (int)n;
    }
    if (srclen < 0) srclen = (int)wcs_len(src) + 1;
    for (int i = 0; i < srclen; i++) {
        WCHAR c = src[i];
        if (flags & NORM_IGNORESYMBOLS && (nls_ctype(c, CT_CTYPE1) & (C1_PUNCT | C1_SPACE))) continue;
        if (flags & NORM_IGNORENONSPACE && (nls_ctype(c, CT_CTYPE3) & C3_NONSPACING) &&
            !(nls_ctype(c, CT_CTYPE3) & C3_ALPHA)) continue;
        if (dstlen) {
            if (out >= dstlen) {
                SetLastError(ERROR_INSUFFICIENT_BUFFER);
                return 0;
            }
            dst[out] = map_char(c, flags, turkic);
        }
        out++;
    }
    return out;
}

WINBASEAPI INT WINAPI LCMapStringW(LCID lcid, DWORD flags, LPCWSTR src, INT srclen, LPWSTR dst, INT dstlen)
{
    return lcmap(lcid, flags, src, srclen, dst, dstlen);
}

WINBASEAPI INT WINAPI LCMapStringEx(LPCWSTR name, DWORD flags, LPCWSTR src, INT srclen, LPWSTR dst, INT dstlen,
                                    void *version, void *reserved, LPARAM handle)
{
    LCID lcid = LOCALE_USER_DEFAULT;
    (void)handle;
    if (version || reserved) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return 0;
    }
    if (name && !(lcid = locale_name_to_lcid(name))) lcid = LOCALE_USER_DEFAULT;
    return lcmap(lcid, flags, src, srclen, dst, dstlen);
}

/* The A form maps through the ANSI page; a sort key is bytes either way. */
WINBASEAPI INT WINAPI LCMapStringA(LCID lcid, DWORD flags, LPCSTR src, INT srclen, LPSTR dst, INT dstlen)
{
    WCHAR *w, *mapped;
    int n, m, r = 0;

    if (!src || !srclen || dstlen < 0 || (dstlen && !dst)) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return 0;
    }
    if (srclen < 0) srclen = (int)strlen(src) + 1;
    n = MultiByteToWideChar(CP_ACP, 0, src, srclen, NULL, 0);
    if (!(w = heap_alloc(n * 2 * sizeof(WCHAR)))) {
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
        return 0;
    }
    MultiByteToWideChar(CP_ACP, 0, src, srclen, w, n);
    if (flags & LCMAP_SORTKEY) {
        if (srclen && !src[srclen - 1]) n--;   /* the NUL is not part of the key */
        r = lcmap(lcid, flags, w, n, (WCHAR *)dst, dstlen);
    } else if ((m = lcmap(lcid, flags, w, n, w + n, n)) > 0) {
        mapped = w + n;
        r = WideCharToMultiByte(CP_ACP, 0, mapped, m, dstlen ? dst : NULL, dstlen, NULL, NULL);
    }
    heap_free(w);
    return r;
}
