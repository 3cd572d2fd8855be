/*
 * kernel32's NLS internals shared by codepage*.c, chartype.c, collate.c,
 * lcmap.c and locale*.c. Not a public header.
 */
#ifndef WINRUN_KERNEL32_NLS_PRIVATE_H
#define WINRUN_KERNEL32_NLS_PRIVATE_H

#include "windef.h"

/* One code page's conversion tables, built on first use (codepage_table.c)
 * and immutable afterwards, so readers need no lock. */
struct codepage {
    UINT cp;
    BYTE max_char_size;          /* 1 or 2 */
    BYTE default_char[2];        /* what unmappable characters become */
    WCHAR unicode_default;       /* what undefined bytes become */
    BYTE lead_ranges[12];        /* CPINFO.LeadByte: pairs, zero-terminated */
    const WCHAR *name;           /* CPINFOEX.CodePageName */
    WCHAR to_unicode[256];       /* single bytes; for lead bytes: 0 */
    BYTE invalid[256];           /* single byte undefined (MB_ERR_INVALID_CHARS) */
    const WCHAR *dbcs;           /* lead << 8 | trail -> WCHAR, 0 = undefined; NULL for SBCS */
    const unsigned short *from_unicode;  /* WCHAR -> byte or lead << 8 | trail; 0 = none (except U+0000) */
};

/* The table for an actual page number (not CP_ACP), or NULL if unsupported
 * or (for iconv-built pages) iconv cannot provide it. UTF-8/7 have none. */
const struct codepage *codepage_get(UINT cp);
BOOL codepage_is_ascii_compatible(UINT cp);
BOOL codepage_is_lead(const struct codepage *t, BYTE c);

/* Precomposed Latin/Greek/Cyrillic letters -> their base letter (U+00C1 ->
 * 'A'), for best-fit conversion and sort weights; the character itself if
 * it has no canonical decomposition. */
WCHAR nls_base_char(WCHAR c);
/* The combining mark of c's canonical decomposition (U+00C1 -> U+0301), or 0. */
WCHAR nls_diacritic(WCHAR c);
/* CT_CTYPE1/2/3 of one character (chartype.c) */
WORD nls_ctype(WCHAR c, int which);

/* LCMAP_SORTKEY bytes of S (collate.c); size, or 0 if KEYLEN is too small */
unsigned int collate_sort_key(const WCHAR *s, int len, DWORD flags, BYTE *key, unsigned int keylen);
/* kernel32's own (time.c), not yet in winbase.h */
WINBASEAPI void WINAPI GetLocalTime(SYSTEMTIME *);

/* LCID for a locale name (locale.c), 0 if unknown */
LCID locale_name_to_lcid(const WCHAR *name);

#endif
