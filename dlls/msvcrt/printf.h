/*
 * printf.h - the printf core shared by our msvcrt.dll and ucrtbase.dll
 * (internal interface, never seen by Windows programs).
 *
 * One formatter, fmt_format(), implements the Windows printf family for both
 * runtimes: Windows 10's system msvcrt.dll (the classic CRT state machine,
 * three-digit exponents, 17 significant digits, "1.#INF00") and ucrtbase.dll
 * (exact decimal expansions, "inf"/"nan", C99 length modifiers).  The CRT
 * functions (printf, _vsnprintf, __stdio_common_vsprintf, ...) are thin
 * wrappers: they pick the flags, provide a sink and turn a -1 into errno and
 * the invalid parameter handler as sink->error says.
 *
 * Arguments follow the Windows x64 varargs layout: every argument occupies
 * one 8-byte slot (an int in the low 32 bits, a double as its bit pattern,
 * pointers as they are); a __builtin_ms_va_list is a pointer to such slots.
 * Strings and %n targets are ordinary pointers into the process.
 *
 * Windows strings are UTF-16 (fmt_wchar); nothing here uses wchar_t.
 */
#ifndef WINRUN_MSVCRT_PRINTF_H
#define WINRUN_MSVCRT_PRINTF_H

#include <stddef.h>
#include <stdint.h>

typedef uint16_t fmt_wchar;          /* a Windows WCHAR */

struct fmt_sink {
    /* Write count units (chars, or fmt_wchar when FMT_WIDE is set); return 0,
       or -1 on error, which makes fmt_format return -1 (FMT_ERROR_WRITE). */
    int (*write)(struct fmt_sink *sink, const void *units, size_t count);
    /* Code page conversions for %S in narrow printf and %s/%S in wide printf,
       provided by the CRT from its current code page: return the units written
       to dst (dst may be NULL to count), or -1 if src has a character the code
       page cannot express or ends inside a multibyte character.  NULL means
       the "C" locale: bytes are Latin-1 and characters above U+00FF cannot
       be converted to narrow. */
    int (*mb_to_wide)(const char *src, size_t len, fmt_wchar *dst, size_t dstlen);
    int (*wide_to_mb)(const fmt_wchar *src, size_t len, char *dst, size_t dstlen);
    /* The locale's decimal point (LC_NUMERIC) as one unit of the output
       encoding (a char value for narrow output); 0 means '.'. */
    fmt_wchar decimal_point;
    /* Out: why fmt_format returned -1 (enum fmt_error); FMT_ERROR_NONE otherwise. */
    int error;
};

enum fmt_error {
    FMT_ERROR_NONE = 0,
    FMT_ERROR_WRITE,     /* sink->write failed (errno is the sink's business) */
    FMT_ERROR_INVALID,   /* invalid format or parameter: the CRT calls its invalid
                            parameter handler, then sets errno = EINVAL */
    FMT_ERROR_EINVAL,    /* errno = EINVAL without the handler (msvcrt %wZ with an
                            odd byte length) */
    FMT_ERROR_ILSEQ,     /* a string argument has a character the code page cannot
                            convert: errno = EILSEQ */
    FMT_ERROR_RANGE,     /* ucrt: a width or precision overflows a 32-bit long:
                            errno = ERANGE, no handler */
    FMT_ERROR_OVERFLOW,  /* the output is longer than INT_MAX units */
};

enum {
    FMT_WIDE = 1,          /* format string and output are fmt_wchar (wprintf family) */
    FMT_UCRT = 2,          /* ucrtbase semantics instead of msvcrt.dll's */
    /* The ucrt __stdio_common_* options word, when FMT_UCRT.  The CRT maps
       _CRT_INTERNAL_PRINTF_* bits 0x4, 0x8 and 0x10 straight through;
       STANDARD_SNPRINTF_BEHAVIOR (0x2) becomes FMT_STANDARD_SNPRINTF and
       STANDARD_ROUNDING (0x20) becomes FMT_STANDARD_ROUNDING. */
    FMT_LEGACY_WIDE_SPECIFIERS = 4,   /* _CRT_INTERNAL_PRINTF_LEGACY_WIDE_SPECIFIERS */
    FMT_LEGACY_MSVCRT_COMPAT = 8,     /* _CRT_INTERNAL_PRINTF_LEGACY_MSVCRT_COMPATIBILITY */
    FMT_LEGACY_THREE_DIGIT_EXPONENTS = 16,
    FMT_STANDARD_SNPRINTF = 32,       /* ..._STANDARD_SNPRINTF_BEHAVIOR: for the caller,
                                         the core ignores it */
    FMT_POSITIONAL = 64,   /* _printf_p family: %1$d positional parameters allowed
                              (implies FMT_VALIDATE, as on Windows) */
    FMT_STANDARD_ROUNDING = 128,      /* ucrt: _CRT_INTERNAL_PRINTF_STANDARD_ROUNDING (0x20):
                                         ties round to even instead of away from zero */
    FMT_VALIDATE = 256,    /* the _s family: invalid or incomplete specifiers and %n
                              fail with FMT_ERROR_INVALID instead of printing literally */
    FMT_COUNT_OUTPUT = 512,/* ucrt: _set_printf_count_output(1) was called, %n works
                              (msvcrt.dll always honours %n outside the _s family) */
    FMT_TWO_DIGIT_EXPONENTS = 1024,   /* msvcrt: _set_output_format(_TWO_DIGIT_EXPONENT) */
};

/* Format into sink.  format is a NUL-terminated char or fmt_wchar string
   (FMT_WIDE); args are the 8-byte argument slots.  Returns the number of
   units produced, or -1 with sink->error set (sink error, or an invalid
   format where Windows returns -1). */
int fmt_format(struct fmt_sink *sink, unsigned flags, const void *format, const uint64_t *args);

/* A bounded buffer for the snprintf family.  It stores what fits and counts
   everything, and never fails, so the caller decides the Windows semantics
   afterwards: with n = fmt_format(&b.sink, ...):
     _snprintf/_vsnprintf: n <= capacity: terminate if n < capacity, return n;
                           else return -1 (no terminator).
     snprintf (C99):       fmt_buffer_sink_terminate_truncated(); return n.
     _snprintf_s & co:     compare n with the buffer and count themselves. */
struct fmt_buffer_sink {
    struct fmt_sink sink;   /* pass &b.sink to fmt_format */
    void *buffer;           /* char *, or fmt_wchar * when wide */
    size_t capacity;        /* in units; buffer may be NULL when 0 */
    size_t stored;          /* units stored, <= capacity */
    size_t total;           /* units produced, even past capacity */
    int wide;
};

/* Conversions default to the "C" locale; the caller may set
   b->sink.mb_to_wide, wide_to_mb and decimal_point afterwards. */
void fmt_buffer_sink_init(struct fmt_buffer_sink *b, void *buffer, size_t capacity, int wide);
/* Store a NUL after the output if there is room: 0, else -1 (nothing stored). */
int fmt_buffer_sink_terminate(struct fmt_buffer_sink *b);
/* C99 snprintf: NUL at min(stored, capacity - 1); nothing when capacity is 0. */
void fmt_buffer_sink_terminate_truncated(struct fmt_buffer_sink *b);

#endif /* WINRUN_MSVCRT_PRINTF_H */
