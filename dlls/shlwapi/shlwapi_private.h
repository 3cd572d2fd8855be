/* shlwapi's shared definitions. */
#ifndef WINRUN_SHLWAPI_PRIVATE_H
#define WINRUN_SHLWAPI_PRIVATE_H

#include <string.h>
#include "winbase.h"
#include "winnls.h"
#include "winerror.h"
#include "winreg.h"
#include "winrun/unicode.h"

#define SHLWAPI_API DECLSPEC_EXPORT

#define STIF_SUPPORT_HEX 0x00000001

/* the A and W faces of the path and registry templates: lengths and
 * ASCII-only upper case (the A code page's letters above 0x7f keep their case) */
static inline size_t tlen_a(const char *s) { return strlen(s); }
static inline size_t tlen_w(const WCHAR *s) { size_t n = 0; while (s[n]) n++; return n; }
static inline int tupper_a(char c) { return (c >= 'a' && c <= 'z') ? c - 32 : (unsigned char)c; }
static inline int tupper_w(WCHAR c) { return wch_upper(c); }

#endif
