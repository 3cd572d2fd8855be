/*
 * Linguistic string comparison: CompareString(Ex), CompareStringOrdinal.
 *
 * Windows compares in levels: first the letters themselves (accents and
 * case ignored), then the accents, then the case, and last the "word sort"
 * characters (hyphen, apostrophe) that are skipped in the first passes
 * unless SORT_STRINGSORT asks to treat them as symbols. Within the first
 * level, symbols sort before digits and digits before letters; lowercase
 * sorts before uppercase at the case level. So lstrcmp("a", "B") < 0 and
 * lstrcmp("a", "A") < 0, unlike strcmp.
 *
 * The weights below cover ASCII and Latin-1 the way the Windows default
 * table orders them; precomposed letters beyond Latin-1 (U+0100 ...) sort
 * as their base letter with an accent weight from their combining mark;
 * other characters sort by their uppercase code point after the letters.
 * A full table (Unicode's DUCET as Windows tailors it) is a data file we do
 * not carry yet.
 *
 * LCMapString(LCMAP_SORTKEY) writes the same four levels as bytes
 * (collate_sort_key), so memcmp of two keys orders like CompareString.
 */
#include <string.h>
#include "kernel32_private.h"
#include "winnls.h"
#include "winrun/unicode.h"
#include "nls_private.h"

enum { CLASS_SYMBOL = 1, CLASS_DIGIT = 2, CLASS_LETTER = 3, CLASS_OTHER = 4 };

struct weight {
    unsigned int primary;        /* 0: not compared at the first three levels */
    unsigned char accent;
    unsigned char upper;
    unsigned char word_sort;     /* hyphen/apostrophe: last level only */
};

/* Latin-1 0xc0-0xdf (and 0xe0-0xff in lowercase): base letter, accent */
static const char latin1_base[] = "AAAAAAACEEEEIIIIDNOOOOO*OUUUUYTS";
static const unsigned char latin1_accent[32] = {
    1, 2, 3, 4, 5, 6, 9, 7,  1, 2, 3, 5,  1, 2, 3, 5,
    8, 4, 1, 2, 3, 4, 5, 0,  8, 1, 2, 3, 5, 2, 10, 11,
};

static struct weight char_weight(WCHAR c, DWORD flags)
{
    struct weight w = { 0, 0, 0, 0 };

    if (c >= 'a' && c <= 'z') {
        w.primary = (CLASS_LETTER << 24) | ((c - 'a') << 4);
    } else if (c >= 'A' && c <= 'Z') {
        w.primary = (CLASS_LETTER << 24) | ((c - 'A') << 4);
        w.upper = 1;
    } else if (c >= '0' && c <= '9') {
        w.primary = (CLASS_DIGIT << 24) | (c - '0');
    } else if ((c == '-' || c == '\'' || c == 0xad) && !(flags & SORT_STRINGSORT)) {
        w.word_sort = 1;
    } else if (c >= 0xc0 && c <= 0xff && c != 0xd7 && c != 0xf7) {
        unsigned int i = c & 0x1f;
        char base = latin1_base[i];
        if (c == 0xff) base = 'Y', i = 0x1d;       /* y diaeresis */
        w.primary = (CLASS_LETTER << 24) | ((base - 'A') << 4);
        w.accent = latin1_accent[i] + (c == 0xff ? 3 : 0);
        w.upper = c < 0xe0 && c != 0xdf;
        if (c == 0xde || c == 0xfe) w.primary |= 1;  /* thorn sorts after t */
    } else if (c < 0x80 || (c >= 0xa0 && c < 0xc0) || c == 0xd7 || c == 0xf7) {
        w.primary = (CLASS_SYMBOL << 24) | c;
    } else if (c >= 0x100 && nls_base_char(c) != c && nls_base_char(c) < 0x100) {
        WCHAR base = nls_base_char(c);
        w = char_weight(base, flags);
        w.accent = 12 + (nls_diacritic(c) & 0x7f);
        w.upper = wch_lower(c) != c;
    } else {
        WCHAR up = wch_upper(c);
        w.primary = (CLASS_OTHER << 24) | up;
        w.upper = up == c && wch_lower(c) != c;
    }
    if (w.primary >> 24 == CLASS_SYMBOL && (flags & NORM_IGNORESYMBOLS)) w.primary = 0;
    return w;
}

/* LEVEL 0: letters, 1: accents, 2: case, 3: word-sort characters. */
static unsigned int level_value(const struct weight *w, int level, unsigned int pos)
{
    switch (level) {
    case 0: return w->primary;
    case 1: return w->accent;
    case 2: return w->upper;
    default: return pos + 1;
    }
}

static int compare_level(const WCHAR *s1, int n1, const WCHAR *s2, int n2, DWORD flags, int level)
{
    int i = 0, j = 0;

    for (;;) {
        struct weight a = { 0, 0, 0, 0 }, b = { 0, 0, 0, 0 };
        int have_a = 0, have_b = 0;

        /* skip what this level does not look at */
        while (i < n1) {
            a = char_weight(s1[i], flags);
            if (level < 3 ? a.primary != 0 : a.word_sort) { have_a = 1; break; }
            i++;
        }
        while (j < n2) {
            b = char_weight(s2[j], flags);
            if (level < 3 ? b.primary != 0 : b.word_sort) { have_b = 1; break; }
            j++;
        }
        if (!have_a || !have_b) return have_a - have_b;
        if (level == 3) {
            /* an earlier hyphen makes the string sort later, as on Windows */
            if (i != j) return i < j ? 1 : -1;
            if (s1[i] != s2[j]) return s1[i] < s2[j] ? -1 : 1;
        } else {
            unsigned int va = level_value(&a, level, i), vb = level_value(&b, level, j);
            if (va != vb) return va < vb ? -1 : 1;
        }
        i++, j++;
    }
}

static int length_of(const WCHAR *s, int len)
{
    if (len < 0) return (int)wcs_len(s);
    return len;
}

static BYTE *put_byte(BYTE *p, BYTE *end, unsigned int *size, unsigned int v)
{
    if (p && p < end) *p++ = (BYTE)v;
    else if (p) p = end + 1;     /* marks overflow */
    (*size)++;
    return p;
}

/* Sort key of s: per level, the weights of the characters that level looks
 * at, each level closed by 0x01, the whole by 0x00. Level bytes are >= 2
 * so a shorter string orders first, as in compare_level. Returns the size
 * (needed if KEY is NULL), or 0 if KEYLEN is too small. */
unsigned int collate_sort_key(const WCHAR *s, int len, DWORD flags, BYTE *key, unsigned int keylen)
{
    BYTE *p = key, *end = key ? key + keylen : NULL;
    unsigned int size = 0;

    for (int level = 0; level < 4; level++) {
        BOOL skip = (level == 1 && (flags & (NORM_IGNORENONSPACE | LINGUISTIC_IGNOREDIACRITIC))) ||
                    (level == 2 && (flags & (NORM_IGNORECASE | LINGUISTIC_IGNORECASE))) ||
                    (level == 3 && (flags & NORM_IGNORESYMBOLS));
        for (int i = 0; i < len && !skip; i++) {
            struct weight w = char_weight(s[i], flags);
            if (level < 3 && !w.primary) continue;
            if (level == 3 && !w.word_sort) continue;
            if (level == 0) {
                p = put_byte(p, end, &size, (w.primary >> 24) + 1);
                p = put_byte(p, end, &size, (w.primary >> 16) & 0xff);
                p = put_byte(p, end, &size, (w.primary >> 8) & 0xff);
                p = put_byte(p, end, &size, w.primary & 0xff);
            } else if (level == 3) {
                unsigned int pos = 0xffff - (unsigned int)i;
                p = put_byte(p, end, &size, (pos >> 8) | 0x80);
                p = put_byte(p, end, &size, pos & 0xff);
                p = put_byte(p, end, &size, s[i] >> 8);
                p = put_byte(p, end, &size, s[i] & 0xff);
            } else {
                p = put_byte(p, end, &size, (level == 1 ? w.accent : w.upper) + 2);
            }
        }
        p = put_byte(p, end, &size, level == 3 ? 0 : 1);
    }
    if (key && p > end) return 0;
    return size;
}

WINBASEAPI int WINAPI CompareStringW(LCID lcid, DWORD flags, LPCWSTR s1, int len1, LPCWSTR s2, int len2)
{
    const DWORD valid = NORM_IGNORECASE | NORM_IGNORENONSPACE | NORM_IGNORESYMBOLS | LINGUISTIC_IGNORECASE |
                        LINGUISTIC_IGNOREDIACRITIC | NORM_IGNOREKANATYPE | NORM_IGNOREWIDTH |
                        NORM_LINGUISTIC_CASING | SORT_STRINGSORT | SORT_DIGITSASNUMBERS;
    int level, r;
    (void)lcid;    /* one table for every locale, see the top of the file */

    if (!s1 || !s2) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return 0;
    }
    if (flags & ~valid) {
        SetLastError(ERROR_INVALID_FLAGS);
        return 0;
    }
    len1 = length_of(s1, len1);
    len2 = length_of(s2, len2);
    for (level = 0; level < 4; level++) {
        if (level == 1 && (flags & (NORM_IGNORENONSPACE | LINGUISTIC_IGNOREDIACRITIC))) continue;
        if (level == 2 && (flags & (NORM_IGNORECASE | LINGUISTIC_IGNORECASE))) continue;
        if (level == 3 && (flags & NORM_IGNORESYMBOLS)) continue;
        r = compare_level(s1, len1, s2, len2, flags, level);
        if (r) return r < 0 ? CSTR_LESS_THAN : CSTR_GREATER_THAN;
    }
    return CSTR_EQUAL;
}

WINBASEAPI int WINAPI CompareStringEx(LPCWSTR locale, DWORD flags, LPCWSTR s1, int len1, LPCWSTR s2, int len2,
                                      void *version, void *reserved, LPARAM param)
{
    (void)locale; (void)param;
    if (version || reserved) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return 0;
    }
    return CompareStringW(LOCALE_USER_DEFAULT, flags, s1, len1, s2, len2);
}

WINBASEAPI int WINAPI CompareStringA(LCID lcid, DWORD flags, LPCSTR s1, int len1, LPCSTR s2, int len2)
{
    WCHAR *w1, *w2;
    int n1, n2, r = 0;

    if (!s1 || !s2) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return 0;
    }
    if (len1 < 0) len1 = (int)strlen(s1);
    if (len2 < 0) len2 = (int)strlen(s2);
    n1 = MultiByteToWideChar(CP_ACP, 0, s1, len1, NULL, 0);
    n2 = MultiByteToWideChar(CP_ACP, 0, s2, len2, NULL, 0);
    w1 = heap_alloc((n1 + n2 + 1) * sizeof(WCHAR));
    if (!w1) {
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
        return 0;
    }
    w2 = w1 + n1;
    MultiByteToWideChar(CP_ACP, 0, s1, len1, w1, n1);
    MultiByteToWideChar(CP_ACP, 0, s2, len2, w2, n2);
    r = CompareStringW(lcid, flags, w1, n1, w2, n2);
    heap_free(w1);
    return r;
}

WINBASEAPI int WINAPI CompareStringOrdinal(LPCWSTR s1, int len1, LPCWSTR s2, int len2, BOOL ignore_case)
{
    int i, n;

    if (!s1 || !s2) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return 0;
    }
    len1 = length_of(s1, len1);
    len2 = length_of(s2, len2);
    n = len1 < len2 ? len1 : len2;
    for (i = 0; i < n; i++) {
        WCHAR a = ignore_case ? wch_upper(s1[i]) : s1[i];
        WCHAR b = ignore_case ? wch_upper(s2[i]) : s2[i];
        if (a != b) return a < b ? CSTR_LESS_THAN : CSTR_GREATER_THAN;
    }
    if (len1 == len2) return CSTR_EQUAL;
    return len1 < len2 ? CSTR_LESS_THAN : CSTR_GREATER_THAN;
}
