/*
 * The one set of UTF-16 helpers. Windows strings are 16-bit WCHAR: never
 * hand them to glibc's wchar_t functions (32-bit on Linux).
 *
 * Conversions follow Windows: invalid UTF-8 input becomes U+FFFD, unpaired
 * surrogates are encoded as they are (WTF-8) on the way out so that file
 * names round-trip.
 */
#ifndef WINRUN_UNICODE_H
#define WINRUN_UNICODE_H

#include "windef.h"

DECLSPEC_EXPORT size_t wcs_len(const WCHAR *s);
DECLSPEC_EXPORT WCHAR *wcs_cpy(WCHAR *dst, const WCHAR *src);
DECLSPEC_EXPORT int wcs_cmp(const WCHAR *a, const WCHAR *b);
DECLSPEC_EXPORT int wcs_icmp(const WCHAR *a, const WCHAR *b);      /* simple case folding (wch_upper) */
DECLSPEC_EXPORT int wcs_nicmp(const WCHAR *a, const WCHAR *b, size_t n);
DECLSPEC_EXPORT WCHAR *wcs_chr(const WCHAR *s, WCHAR c);
DECLSPEC_EXPORT WCHAR *wcs_rchr(const WCHAR *s, WCHAR c);
DECLSPEC_EXPORT WCHAR *wcs_dup(const WCHAR *s);                     /* malloc'ed */
DECLSPEC_EXPORT WCHAR wch_upper(WCHAR c);
DECLSPEC_EXPORT WCHAR wch_lower(WCHAR c);

/* UTF-8 <-> UTF-16. SRCLEN in units, -1 = NUL-terminated (the NUL is then
 * converted too and counted). DST may be NULL to measure. Return the units
 * written (or needed); when DST is too small, as many as fit are written and
 * the result is -1. */
DECLSPEC_EXPORT int utf8_to_utf16(const char *src, int srclen, WCHAR *dst, int dstlen);
DECLSPEC_EXPORT int utf16_to_utf8(const WCHAR *src, int srclen, char *dst, int dstlen);
/* malloc'ed, NUL-terminated conversions; NULL on allocation failure */
DECLSPEC_EXPORT WCHAR *utf8_to_utf16_dup(const char *src);
DECLSPEC_EXPORT char *utf16_to_utf8_dup(const WCHAR *src);

#endif
