/*
 * Character classification: GetStringTypeW/ExW/A/ExA over the generated
 * chartype_table.h (tools/gen_nls_tables.py), and the canonical
 * decomposition lookups that best-fit conversion and sorting use.
 */
#include <stdlib.h>
#include <string.h>
#include "kernel32_private.h"
#include "nls_private.h"
#include "winnls.h"
#include "winrun/unicode.h"
#include "chartype_table.h"

WORD nls_ctype(WCHAR c, int which)
{
    const unsigned short *rec = chartype_records[chartype_blocks[chartype_index[c >> 8]][c & 0xff]];
    switch (which) {
    case CT_CTYPE1: return rec[0];
    case CT_CTYPE2: return rec[1];
    default: return rec[2];
    }
}

static int decomp_cmp(const void *key, const void *entry)
{
    return (int)*(const WCHAR *)key - (int)((const unsigned short *)entry)[0];
}

static const unsigned short *decomp_find(WCHAR c)
{
    if (c < 0xc0) return NULL;
    return bsearch(&c, decomp_table, sizeof(decomp_table) / sizeof(decomp_table[0]), sizeof(decomp_table[0]),
                   decomp_cmp);
}

WCHAR nls_base_char(WCHAR c)
{
    const unsigned short *e = decomp_find(c);
    return e ? e[1] : c;
}

WCHAR nls_diacritic(WCHAR c)
{
    const unsigned short *e = decomp_find(c);
    return e ? e[2] : 0;
}

WINBASEAPI BOOL WINAPI GetStringTypeW(DWORD type, LPCWSTR src, INT count, LPWORD chartype)
{
    if (!src || !chartype) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return FALSE;
    }
    if (type != CT_CTYPE1 && type != CT_CTYPE2 && type != CT_CTYPE3) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return FALSE;
    }
    if (count == -1) count = (int)wcs_len(src) + 1;
    for (int i = 0; i < count; i++) chartype[i] = nls_ctype(src[i], type);
    return TRUE;
}

WINBASEAPI BOOL WINAPI GetStringTypeExW(LCID locale, DWORD type, LPCWSTR src, INT count, LPWORD chartype)
{
    (void)locale;   /* the types do not depend on the locale */
    return GetStringTypeW(type, src, count, chartype);
}

/* The A form converts through the ANSI page and returns one type per byte. */
WINBASEAPI BOOL WINAPI GetStringTypeA(LCID locale, DWORD type, LPCSTR src, INT count, LPWORD chartype)
{
    WCHAR *w;
    int n;
    BOOL ret;
    (void)locale;

    if (!src || !chartype) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return FALSE;
    }
    if (count == -1) count = (int)strlen(src) + 1;
    if (!count) return TRUE;
    n = MultiByteToWideChar(CP_ACP, 0, src, count, NULL, 0);
    if (!(w = heap_alloc(n * sizeof(WCHAR)))) {
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
        return FALSE;
    }
    MultiByteToWideChar(CP_ACP, 0, src, count, w, n);
    ret = GetStringTypeW(type, w, n, chartype);
    heap_free(w);
    return ret;
}

WINBASEAPI BOOL WINAPI GetStringTypeExA(LCID locale, DWORD type, LPCSTR src, INT count, LPWORD chartype)
{
    return GetStringTypeA(locale, type, src, count, chartype);
}
