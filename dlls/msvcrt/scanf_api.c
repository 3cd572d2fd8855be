/*
 * The scanf family's entry points, msvcrt style and UCRT
 * __stdio_common_v*scanf style, all over scan_format (scanf.c). Streams go
 * through crt_vfscanf (stdio.c), which owns the FILE internals.
 */
#include "crt_private.h"

#define ARGS(ap) ((const uint64_t *)(ap))

/* UCRT option bits (corecrt_stdio_config.h) */
#define UCRT_SCANF_SECURECRT                   0x1
#define UCRT_SCANF_LEGACY_WIDE_SPECIFIERS      0x2
#define UCRT_SCANF_LEGACY_MSVCRT_COMPATIBILITY 0x4

static unsigned int base_flags(void)
{
    return crt_is_ucrt ? SCAN_UCRT : 0;
}

static unsigned int ucrt_flags(ULONGLONG options)
{
    unsigned int flags = SCAN_UCRT;
    if (options & UCRT_SCANF_SECURECRT) flags |= SCAN_SECURE;
    if (options & UCRT_SCANF_LEGACY_WIDE_SPECIFIERS) flags |= SCAN_LEGACY_WIDE_SPECIFIERS;
    if (options & UCRT_SCANF_LEGACY_MSVCRT_COMPATIBILITY) flags |= SCAN_LEGACY_MSVCRT_COMPAT;
    return flags;
}

/* The Windows edge of scan_format: errno and the invalid parameter handler. */
int crt_scan_result(struct scan_source *src, int ret)
{
    switch (src->error) {
    case SCAN_ERROR_INVALID:
        crt_invalid_parameter();
        crt_set_errno(CRT_EINVAL);
        break;
    case SCAN_ERROR_NOMEM: crt_set_errno(CRT_ENOMEM); break;
    case SCAN_ERROR_ILSEQ: crt_set_errno(CRT_EILSEQ); break;
    }
    return ret;
}

static int scan_string(const void *string, size_t length, unsigned int flags, const void *format,
                       const uint64_t *args)
{
    struct scan_string_source s;
    if (!string || !format) {
        crt_invalid_parameter();
        crt_set_errno(CRT_EINVAL);
        return -1;
    }
    scan_string_source_init(&s, string, length, (flags & SCAN_WIDE) != 0);
    return crt_scan_result(&s.src, scan_format(&s.src, flags, format, args));
}

static int scan_stream(CRT_FILE *f, unsigned int flags, const void *format, const uint64_t *args)
{
    if (!f || !format) {
        crt_invalid_parameter();
        crt_set_errno(CRT_EINVAL);
        return -1;
    }
    return crt_vfscanf(f, flags, format, args);
}

/* ---- strings ---- */

int CDECL MSVCRT_vsscanf(const char *s, const char *format, crt_va_list ap)
{
    return scan_string(s, (size_t)-1, base_flags(), format, ARGS(ap));
}

int CDECL_VA MSVCRT_sscanf(const char *s, const char *format, ...)
{
    crt_va_list ap;
    int ret;
    __builtin_ms_va_start(ap, format);
    ret = scan_string(s, (size_t)-1, base_flags(), format, ARGS(ap));
    __builtin_ms_va_end(ap);
    return ret;
}

int CDECL_VA MSVCRT_sscanf_s(const char *s, const char *format, ...)
{
    crt_va_list ap;
    int ret;
    __builtin_ms_va_start(ap, format);
    ret = scan_string(s, (size_t)-1, base_flags() | SCAN_SECURE, format, ARGS(ap));
    __builtin_ms_va_end(ap);
    return ret;
}

int CDECL_VA MSVCRT__snscanf(const char *s, size_t length, const char *format, ...)
{
    crt_va_list ap;
    int ret;
    __builtin_ms_va_start(ap, format);
    ret = scan_string(s, length, base_flags(), format, ARGS(ap));
    __builtin_ms_va_end(ap);
    return ret;
}

int CDECL_VA MSVCRT_swscanf(const WCHAR *s, const WCHAR *format, ...)
{
    crt_va_list ap;
    int ret;
    __builtin_ms_va_start(ap, format);
    ret = scan_string(s, (size_t)-1, base_flags() | SCAN_WIDE, format, ARGS(ap));
    __builtin_ms_va_end(ap);
    return ret;
}

int CDECL_VA MSVCRT_swscanf_s(const WCHAR *s, const WCHAR *format, ...)
{
    crt_va_list ap;
    int ret;
    __builtin_ms_va_start(ap, format);
    ret = scan_string(s, (size_t)-1, base_flags() | SCAN_WIDE | SCAN_SECURE, format, ARGS(ap));
    __builtin_ms_va_end(ap);
    return ret;
}

int CDECL_VA MSVCRT__snwscanf(const WCHAR *s, size_t length, const WCHAR *format, ...)
{
    crt_va_list ap;
    int ret;
    __builtin_ms_va_start(ap, format);
    ret = scan_string(s, length, base_flags() | SCAN_WIDE, format, ARGS(ap));
    __builtin_ms_va_end(ap);
    return ret;
}

/* ---- streams ---- */

int CDECL_VA MSVCRT_fscanf(CRT_FILE *f, const char *format, ...)
{
    crt_va_list ap;
    int ret;
    __builtin_ms_va_start(ap, format);
    ret = scan_stream(f, base_flags(), format, ARGS(ap));
    __builtin_ms_va_end(ap);
    return ret;
}

int CDECL_VA MSVCRT_fscanf_s(CRT_FILE *f, const char *format, ...)
{
    crt_va_list ap;
    int ret;
    __builtin_ms_va_start(ap, format);
    ret = scan_stream(f, base_flags() | SCAN_SECURE, format, ARGS(ap));
    __builtin_ms_va_end(ap);
    return ret;
}

int CDECL MSVCRT_vfscanf(CRT_FILE *f, const char *format, crt_va_list ap)
{
    return scan_stream(f, base_flags(), format, ARGS(ap));
}

int CDECL_VA MSVCRT_scanf(const char *format, ...)
{
    crt_va_list ap;
    int ret;
    __builtin_ms_va_start(ap, format);
    ret = scan_stream(&MSVCRT__iob[0], base_flags(), format, ARGS(ap));
    __builtin_ms_va_end(ap);
    return ret;
}

int CDECL_VA MSVCRT_scanf_s(const char *format, ...)
{
    crt_va_list ap;
    int ret;
    __builtin_ms_va_start(ap, format);
    ret = scan_stream(&MSVCRT__iob[0], base_flags() | SCAN_SECURE, format, ARGS(ap));
    __builtin_ms_va_end(ap);
    return ret;
}

int CDECL MSVCRT_vscanf(const char *format, crt_va_list ap)
{
    return scan_stream(&MSVCRT__iob[0], base_flags(), format, ARGS(ap));
}

/* ---- UCRT ---- */

/* length (size_t)-1: the string is NUL-terminated */
int CDECL MSVCRT___stdio_common_vsscanf(ULONGLONG options, const char *s, size_t length, const char *format,
                                        void *locale, crt_va_list ap)
{
    (void)locale;
    return scan_string(s, length, ucrt_flags(options), format, ARGS(ap));
}

int CDECL MSVCRT___stdio_common_vswscanf(ULONGLONG options, const WCHAR *s, size_t length, const WCHAR *format,
                                         void *locale, crt_va_list ap)
{
    (void)locale;
    return scan_string(s, length, ucrt_flags(options) | SCAN_WIDE, format, ARGS(ap));
}

int CDECL MSVCRT___stdio_common_vfscanf(ULONGLONG options, CRT_FILE *f, const char *format, void *locale,
                                        crt_va_list ap)
{
    (void)locale;
    return scan_stream(f, ucrt_flags(options), format, ARGS(ap));
}
