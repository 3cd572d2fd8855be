/*
 * ntdll's own C runtime printf exports (_vsnprintf, _snprintf, sprintf,
 * swprintf, ...), which Windows programs built against ntdll import
 * directly.  They share msvcrt's formatter (dlls/msvcrt/printf.c, compiled
 * into ntdll as well, see the Makefile) with msvcrt.dll's semantics: the
 * classic state machine, %S/%s conversions in the "C" locale, and the
 * _snprintf rule "-1 and no terminator when the output does not fit".
 */
#include <limits.h>
#include "ntdll_private.h"
#include "../msvcrt/printf.h"

typedef __builtin_ms_va_list ntdll_va_list;
#define ARGS(ap) ((const uint64_t *)(ap))

/* The _snprintf rule: n units fit: terminate if there is room, return n;
   otherwise -1 with the buffer filled and not terminated. */
static int format_bounded(void *buf, size_t count, int wide, const void *format, const uint64_t *args)
{
    struct fmt_buffer_sink b;
    int n;

    fmt_buffer_sink_init(&b, buf, count, wide);
    n = fmt_format(&b.sink, wide ? FMT_WIDE : 0, format, args);
    if (n < 0 || (size_t)n > count) return -1;
    fmt_buffer_sink_terminate(&b);
    return n;
}

int CDECL NTDLL__vsnprintf(char *buf, SIZE_T count, const char *format, ntdll_va_list ap)
{
    return format_bounded(buf, count, 0, format, ARGS(ap));
}

int CDECL NTDLL__snprintf(char *buf, SIZE_T count, const char *format, ...)
{
    ntdll_va_list ap;
    int ret;
    __builtin_ms_va_start(ap, format);
    ret = format_bounded(buf, count, 0, format, ARGS(ap));
    __builtin_ms_va_end(ap);
    return ret;
}

int CDECL NTDLL__vsnwprintf(WCHAR *buf, SIZE_T count, const WCHAR *format, ntdll_va_list ap)
{
    return format_bounded(buf, count, 1, format, ARGS(ap));
}

int CDECL NTDLL__snwprintf(WCHAR *buf, SIZE_T count, const WCHAR *format, ...)
{
    ntdll_va_list ap;
    int ret;
    __builtin_ms_va_start(ap, format);
    ret = format_bounded(buf, count, 1, format, ARGS(ap));
    __builtin_ms_va_end(ap);
    return ret;
}

/* unbounded: the caller promises room, as with msvcrt's sprintf */
int CDECL NTDLL_vsprintf(char *buf, const char *format, ntdll_va_list ap)
{
    return format_bounded(buf, INT_MAX, 0, format, ARGS(ap));
}

int CDECL NTDLL_sprintf(char *buf, const char *format, ...)
{
    ntdll_va_list ap;
    int ret;
    __builtin_ms_va_start(ap, format);
    ret = format_bounded(buf, INT_MAX, 0, format, ARGS(ap));
    __builtin_ms_va_end(ap);
    return ret;
}

/* ntdll's swprintf is the old two-argument form without a count */
int CDECL NTDLL_swprintf(WCHAR *buf, const WCHAR *format, ...)
{
    ntdll_va_list ap;
    int ret;
    __builtin_ms_va_start(ap, format);
    ret = format_bounded(buf, INT_MAX, 1, format, ARGS(ap));
    __builtin_ms_va_end(ap);
    return ret;
}
