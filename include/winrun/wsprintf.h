/* The one wsprintf engine (dlls/user32/wsprintf_fmt.c): user32's
 * wsprintf/wvsprintf and shlwapi's wnsprintf/wvnsprintf. The source is
 * compiled into both DLLs (see the Makefile), so this is no export. */
#ifndef WINRUN_WSPRINTF_H
#define WINRUN_WSPRINTF_H

#include "windef.h"

/* Formats into buf (char, or WCHAR when wide) of size units, format of the
 * same width. Returns the length without the NUL, or -1 when the output
 * did not fit: buf then holds the first size-1 units and a NUL. */
int wsprintf_format(void *buf, BOOL wide, size_t size, const void *format, __builtin_ms_va_list ap);

#endif
