/*
 * National language support: locales, string comparison, code pages.
 */
#ifndef WINRUN_WINNLS_H
#define WINRUN_WINNLS_H

#include "windef.h"

#define LOCALE_INVARIANT            0x007f
#define LOCALE_SYSTEM_DEFAULT       0x0800
#define LOCALE_USER_DEFAULT         0x0400
#define LOCALE_NEUTRAL              0x0000

#define NORM_IGNORECASE             0x00000001
#define NORM_IGNORENONSPACE         0x00000002
#define NORM_IGNORESYMBOLS          0x00000004
#define LINGUISTIC_IGNORECASE       0x00000010
#define LINGUISTIC_IGNOREDIACRITIC  0x00000020
#define NORM_IGNOREKANATYPE         0x00010000
#define NORM_IGNOREWIDTH            0x00020000
#define NORM_LINGUISTIC_CASING      0x08000000
#define SORT_STRINGSORT             0x00001000
#define SORT_DIGITSASNUMBERS        0x00000008

#define CSTR_LESS_THAN              1
#define CSTR_EQUAL                  2
#define CSTR_GREATER_THAN           3

WINBASEAPI int WINAPI CompareStringW(LCID, DWORD, LPCWSTR, int, LPCWSTR, int);
WINBASEAPI int WINAPI CompareStringA(LCID, DWORD, LPCSTR, int, LPCSTR, int);

#endif
