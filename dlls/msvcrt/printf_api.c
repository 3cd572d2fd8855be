/*
 * The printf family's entry points, msvcrt style and UCRT
 * __stdio_common_* style, all over fmt_format (printf.c). A Windows
 * va_list is a pointer to 8-byte argument slots, which is what fmt_format
 * takes.
 */
#include <string.h>
#include "crt_private.h"

void crt_init_sink(struct fmt_sink *sink);

#define ARGS(ap) ((const uint64_t *)(ap))

/* UCRT option bits (corecrt_stdio_config.h) */
#define UCRT_LEGACY_VSPRINTF_NULL_TERMINATION 0x1
#define UCRT_STANDARD_SNPRINTF_BEHAVIOR       0x2
#define UCRT_LEGACY_WIDE_SPECIFIERS           0x4
#define UCRT_LEGACY_MSVCRT_COMPATIBILITY      0x8
#define UCRT_LEGACY_THREE_DIGIT_EXPONENTS     0x10
#define UCRT_STANDARD_ROUNDING                0x20

static unsigned int base_flags(void)
{
    return crt_is_ucrt ? FMT_UCRT : 0;
}

static unsigned int ucrt_flags(ULONGLONG options)
{
    unsigned int flags = FMT_UCRT;
    if (options & UCRT_LEGACY_WIDE_SPECIFIERS) flags |= FMT_LEGACY_WIDE_SPECIFIERS;
    if (options & UCRT_LEGACY_MSVCRT_COMPATIBILITY) flags |= FMT_LEGACY_MSVCRT_COMPAT;
    if (options & UCRT_LEGACY_THREE_DIGIT_EXPONENTS) flags |= FMT_LEGACY_THREE_DIGIT_EXPONENTS;
    if (options & UCRT_STANDARD_SNPRINTF_BEHAVIOR) flags |= FMT_STANDARD_SNPRINTF;
    if (options & UCRT_STANDARD_ROUNDING) flags |= FMT_STANDARD_ROUNDING;
    return flags;
}

/* ---- to streams ---- */

int CDECL MSVCRT_vfprintf(CRT_FILE *f, const char *format, crt_va_list ap)
{
    return crt_vfprintf(f, base_flags(), format, ARGS(ap));
}

int CDECL_VA MSVCRT_fprintf(CRT_FILE *f, const char *format, ...)
{
    crt_va_list ap;
    int ret;
    __builtin_ms_va_start(ap, format);
    ret = crt_vfprintf(f, base_flags(), format, ARGS(ap));
    __builtin_ms_va_end(ap);
    return ret;
}

int CDECL MSVCRT_vprintf(const char *format, crt_va_list ap)
{
    return crt_vfprintf(&MSVCRT__iob[1], base_flags(), format, ARGS(ap));
}

int CDECL_VA MSVCRT_printf(const char *format, ...)
{
    crt_va_list ap;
    int ret;
    __builtin_ms_va_start(ap, format);
    ret = crt_vfprintf(&MSVCRT__iob[1], base_flags(), format, ARGS(ap));
    __builtin_ms_va_end(ap);
    return ret;
}

int CDECL MSVCRT_vfwprintf(CRT_FILE *f, const WCHAR *format, crt_va_list ap)
{
    return crt_vfprintf(f, base_flags() | FMT_WIDE, format, ARGS(ap));
}

int CDECL_VA MSVCRT_fwprintf(CRT_FILE *f, const WCHAR *format, ...)
{
    crt_va_list ap;
    int ret;
    __builtin_ms_va_start(ap, format);
    ret = crt_vfprintf(f, base_flags() | FMT_WIDE, format, ARGS(ap));
    __builtin_ms_va_end(ap);
    return ret;
}

int CDECL MSVCRT_vwprintf(const WCHAR *format, crt_va_list ap)
{
    return crt_vfprintf(&MSVCRT__iob[1], base_flags() | FMT_WIDE, format, ARGS(ap));
}

int CDECL_VA MSVCRT_wprintf(const WCHAR *format, ...)
{
    crt_va_list ap;
    int ret;
    __builtin_ms_va_start(ap, format);
    ret = crt_vfprintf(&MSVCRT__iob[1], base_flags() | FMT_WIDE, format, ARGS(ap));
    __builtin_ms_va_end(ap);
    return ret;
}

/* ---- to buffers ---- */

/* mode: how the result is terminated and counted */
enum { SPRINTF_UNBOUNDED, SPRINTF_MS_SNPRINTF, SPRINTF_C99_SNPRINTF };

static int format_to_buffer(void *buffer, size_t count, int wide, int mode, unsigned int flags, const void *format,
                            const uint64_t *args)
{
    struct fmt_buffer_sink b;
    int ret;

    fmt_buffer_sink_init(&b, buffer, mode == SPRINTF_UNBOUNDED ? (size_t)-1 / 4 : count, wide);
    crt_init_sink(&b.sink);
    ret = fmt_format(&b.sink, flags | (wide ? FMT_WIDE : 0), format, args);
    if (ret < 0) {
        if (mode == SPRINTF_C99_SNPRINTF) fmt_buffer_sink_terminate_truncated(&b);
        return ret;
    }
    switch (mode) {
    case SPRINTF_MS_SNPRINTF:   /* _snprintf: -1 and no NUL when it does not fit */
        if (fmt_buffer_sink_terminate(&b)) return b.total == count ? (int)count : -1;
        return ret;
    case SPRINTF_C99_SNPRINTF:
        fmt_buffer_sink_terminate_truncated(&b);
        return ret;
    default:
        fmt_buffer_sink_terminate(&b);
        return ret;
    }
}

int CDECL MSVCRT_vsprintf(char *buf, const char *format, crt_va_list ap)
{
    return format_to_buffer(buf, 0, 0, SPRINTF_UNBOUNDED, base_flags(), format, ARGS(ap));
}

int CDECL_VA MSVCRT_sprintf(char *buf, const char *format, ...)
{
    crt_va_list ap;
    int ret;
    __builtin_ms_va_start(ap, format);
    ret = format_to_buffer(buf, 0, 0, SPRINTF_UNBOUNDED, base_flags(), format, ARGS(ap));
    __builtin_ms_va_end(ap);
    return ret;
}

int CDECL MSVCRT__vsnprintf(char *buf, size_t count, const char *format, crt_va_list ap)
{
    return format_to_buffer(buf, count, 0, SPRINTF_MS_SNPRINTF, base_flags(), format, ARGS(ap));
}

int CDECL_VA MSVCRT__snprintf(char *buf, size_t count, const char *format, ...)
{
    crt_va_list ap;
    int ret;
    __builtin_ms_va_start(ap, format);
    ret = format_to_buffer(buf, count, 0, SPRINTF_MS_SNPRINTF, base_flags(), format, ARGS(ap));
    __builtin_ms_va_end(ap);
    return ret;
}

int CDECL MSVCRT_vsnprintf(char *buf, size_t count, const char *format, crt_va_list ap)
{
    return format_to_buffer(buf, count, 0, SPRINTF_C99_SNPRINTF, base_flags(), format, ARGS(ap));
}

int CDECL_VA MSVCRT_snprintf(char *buf, size_t count, const char *format, ...)
{
    crt_va_list ap;
    int ret;
    __builtin_ms_va_start(ap, format);
    ret = format_to_buffer(buf, count, 0, SPRINTF_C99_SNPRINTF, base_flags(), format, ARGS(ap));
    __builtin_ms_va_end(ap);
    return ret;
}

int CDECL MSVCRT__vscprintf(const char *format, crt_va_list ap)
{
    return format_to_buffer(NULL, 0, 0, SPRINTF_C99_SNPRINTF, base_flags(), format, ARGS(ap));
}

int CDECL MSVCRT__vsnwprintf(WCHAR *buf, size_t count, const WCHAR *format, crt_va_list ap)
{
    return format_to_buffer(buf, count, 1, SPRINTF_MS_SNPRINTF, base_flags(), format, ARGS(ap));
}

int CDECL_VA MSVCRT__snwprintf(WCHAR *buf, size_t count, const WCHAR *format, ...)
{
    crt_va_list ap;
    int ret;
    __builtin_ms_va_start(ap, format);
    ret = format_to_buffer(buf, count, 1, SPRINTF_MS_SNPRINTF, base_flags(), format, ARGS(ap));
    __builtin_ms_va_end(ap);
    return ret;
}

/* msvcrt's swprintf is the old one without a size */
int CDECL_VA MSVCRT_swprintf(WCHAR *buf, const WCHAR *format, ...)
{
    crt_va_list ap;
    int ret;
    __builtin_ms_va_start(ap, format);
    ret = format_to_buffer(buf, 0, 1, SPRINTF_UNBOUNDED, base_flags(), format, ARGS(ap));
    __builtin_ms_va_end(ap);
    return ret;
}

int CDECL MSVCRT_vswprintf(WCHAR *buf, const WCHAR *format, crt_va_list ap)
{
    return format_to_buffer(buf, 0, 1, SPRINTF_UNBOUNDED, base_flags(), format, ARGS(ap));
}

/* ---- UCRT ---- */

int CDECL MSVCRT___stdio_common_vfprintf(ULONGLONG options, CRT_FILE *f, const char *format, void *locale,
                                         crt_va_list ap)
{
    (void)locale;
    return crt_vfprintf(f, ucrt_flags(options), format, ARGS(ap));
}

int CDECL MSVCRT___stdio_common_vfwprintf(ULONGLONG options, CRT_FILE *f, const WCHAR *format, void *locale,
                                          crt_va_list ap)
{
    (void)locale;
    return crt_vfprintf(f, ucrt_flags(options) | FMT_WIDE, format, ARGS(ap));
}

/* vsprintf/vsnprintf: by default C99 results (needed length, truncated and
 * terminated); with LEGACY_VSPRINTF_NULL_TERMINATION, _snprintf's (-1). */
int CDECL MSVCRT___stdio_common_vsprintf(ULONGLONG options, char *buf, size_t count, const char *format,
                                         void *locale, crt_va_list ap)
{
    int ret;
    (void)locale;
    if (!buf && count) {
        crt_set_errno(CRT_EINVAL);
        return -1;
    }
    ret = format_to_buffer(buf, count, 0, SPRINTF_C99_SNPRINTF, ucrt_flags(options), format, ARGS(ap));
    if (ret >= 0 && (size_t)ret >= count && buf && !(options & UCRT_STANDARD_SNPRINTF_BEHAVIOR)) {
        if (options & UCRT_LEGACY_VSPRINTF_NULL_TERMINATION) return -1;
        return count ? -1 : ret;
    }
    return ret;
}

int CDECL MSVCRT___stdio_common_vswprintf(ULONGLONG options, WCHAR *buf, size_t count, const WCHAR *format,
                                          void *locale, crt_va_list ap)
{
    int ret;
    (void)locale;
    ret = format_to_buffer(buf, count, 1, SPRINTF_C99_SNPRINTF, ucrt_flags(options), format, ARGS(ap));
    if (ret >= 0 && (size_t)ret >= count && buf && !(options & UCRT_STANDARD_SNPRINTF_BEHAVIOR)) return -1;
    return ret;
}
