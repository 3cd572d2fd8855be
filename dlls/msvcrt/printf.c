/*
 * printf.c - the Windows printf engine of our msvcrt.dll and ucrtbase.dll.
 *
 * Both runtimes parse formats with the same character-at-a-time state
 * machine (the classic CRT's output.c, kept by the UCRT's
 * corecrt_internal_stdio_output.h): a character's class and the current
 * state give the next state, and a character that fits nowhere drops the
 * pending specifier and is printed as text ("%y" prints "y", "%5%" prints
 * "%").  The _s and _p families use a stricter table in which such
 * characters are invalid.  run() below follows those tables exactly; the
 * runtimes differ in the length modifiers (size_msvcrt / size_ucrt), in %p,
 * %n and %Z, and in floating point:
 *
 *   msvcrt.dll: the decimal digits come from a 17-significant-digit
 *     conversion and the rest is zero fill ("%.30f" of 1/3 is
 *     "0.333333333333333310000000000000"), ties round away from zero,
 *     exponents have at least three digits, and infinities and NaNs print as
 *     the digit string "1#INF", "1#QNAN", "1#SNAN" or "1#IND" run through the
 *     ordinary rounding, so "%.2f" of inf is "1.#J" ('I' rounded up because
 *     the next character 'N' >= '5').  Precisions are capped at 512
 *     (MAXPRECISION of the classic CRT).
 *   ucrtbase.dll: exact decimal expansions, ties away from zero unless
 *     FMT_STANDARD_ROUNDING (then IEEE nearest-even), two-digit exponents
 *     unless FMT_LEGACY_THREE_DIGIT_EXPONENTS, and "inf", "nan", "nan(snan)",
 *     "-nan(ind)" unless FMT_LEGACY_MSVCRT_COMPAT (then msvcrt's strings).
 *
 * Where Wine 8 behaves differently from Windows we follow Windows; each such
 * place says "Wine 8" in a comment.
 *
 * Cost: O(length of format + output); a floating point conversion formats
 * the exact value once with glibc's snprintf (at most ~1100 digits for the
 * smallest subnormals, usually under 60) and reshapes the digits.  Nothing
 * is allocated except for converting strings longer than 256 units between
 * code pages.
 */
#include "printf.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define ARGMAX 100                  /* _ARGMAX: highest positional parameter */
#define MSVCRT_MAXPRECISION 512     /* classic CRT cap on precisions */

/* The parser's states and character classes, as in the CRT tables. */
enum { ST_NORMAL, ST_PERCENT, ST_FLAG, ST_WIDTH, ST_DOT, ST_PRECISION, ST_SIZE, ST_TYPE,
       ST_INVALID };
enum { CL_OTHER, CL_PERCENT, CL_DOT, CL_STAR, CL_ZERO, CL_DIGIT, CL_FLAG, CL_SIZE, CL_TYPE };

#define N_ ST_NORMAL
#define P_ ST_PERCENT
#define F_ ST_FLAG
#define W_ ST_WIDTH
#define D_ ST_DOT
#define R_ ST_PRECISION
#define S_ ST_SIZE
#define T_ ST_TYPE
#define X_ ST_INVALID
/* next state = table[class][state]; columns: normal percent flag width dot
   precision size type */
static const unsigned char standard_table[9][8] = {
    /* other   */ { N_, N_, N_, N_, N_, N_, N_, N_ },
    /* percent */ { P_, N_, N_, N_, N_, N_, N_, P_ },
    /* dot     */ { N_, D_, D_, D_, N_, N_, N_, N_ },
    /* star    */ { N_, W_, W_, N_, R_, N_, N_, N_ },
    /* zero    */ { N_, F_, F_, W_, R_, R_, N_, N_ },
    /* digit   */ { N_, W_, W_, W_, R_, R_, N_, N_ },
    /* flag    */ { N_, F_, F_, N_, N_, N_, N_, N_ },
    /* size    */ { N_, S_, S_, S_, S_, S_, S_, N_ },
    /* type    */ { N_, T_, T_, T_, T_, T_, T_, N_ },
};
/* The _s/_p table: whatever the standard table silently drops is invalid. */
static const unsigned char validation_table[9][8] = {
    /* other   */ { N_, X_, X_, X_, X_, X_, X_, N_ },
    /* percent */ { P_, N_, X_, X_, X_, X_, X_, P_ },
    /* dot     */ { N_, D_, D_, D_, X_, X_, X_, N_ },
    /* star    */ { N_, W_, W_, X_, R_, X_, X_, N_ },
    /* zero    */ { N_, F_, F_, W_, R_, R_, X_, N_ },
    /* digit   */ { N_, W_, W_, W_, R_, R_, X_, N_ },
    /* flag    */ { N_, F_, F_, X_, X_, X_, X_, N_ },
    /* size    */ { N_, S_, S_, S_, S_, S_, S_, N_ },
    /* type    */ { N_, T_, T_, T_, T_, T_, T_, N_ },
};

/* Specifier flags. */
enum { SF_LEFT = 1, SF_PLUS = 2, SF_SPACE = 4, SF_ALT = 8, SF_ZERO = 16 };
/* msvcrt size bits; they accumulate ("%hls" is fine there). */
enum { SZ_SHORT = 1, SZ_LONG = 2, SZ_I64 = 4, SZ_WIDE = 8 };
/* ucrt length modifiers; a second one is invalid there. */
enum { LEN_NONE, LEN_HH, LEN_H, LEN_L, LEN_LL, LEN_J, LEN_Z, LEN_T, LEN_BIG_L, LEN_I, LEN_I32,
       LEN_I64, LEN_W, LEN_BIG_T };
/* Types of positional parameters, for the consistency checks of the _p family. */
enum { PT_UNUSED, PT_INT32, PT_INT64, PT_POINTER, PT_REAL };
enum { MODE_UNKNOWN, MODE_NONPOSITIONAL, MODE_POSITIONAL };
enum { PASS_ONLY, PASS_SCAN, PASS_OUTPUT };

struct spec {
    unsigned flags;     /* SF_* */
    int width;          /* >= 0 once read; negative only after overflow */
    int precision;      /* -1: default */
    unsigned size;      /* msvcrt: SZ_* */
    int length;         /* ucrt: LEN_* */
    int arg;            /* slot of the value in positional mode, else -1 */
};

struct param {
    unsigned char type, conv, length;
};

struct fmt_state {
    struct fmt_sink *sink;
    unsigned flags;
    int wide, ucrt, validate, positional;
    const void *format;
    const uint64_t *args;
    size_t next_arg;
    long long written;
    int error;
    int mode, pass, max_index;
    struct param params[ARGMAX];
};

/* ---------------------------------------------------------------- output */

static int fail(struct fmt_state *st, int error)
{
    if (!st->error) st->error = error;
    return -1;
}

/* units are in the output encoding (char or fmt_wchar). */
static int put_units(struct fmt_state *st, const void *units, size_t n)
{
    if (st->error) return -1;
    if (!n) return 0;
    if (n > (size_t)INT_MAX - (size_t)st->written) return fail(st, FMT_ERROR_OVERFLOW);
    if (st->sink->write(st->sink, units, n) < 0) return fail(st, FMT_ERROR_WRITE);
    st->written += (long long)n;
    return 0;
}

/* ASCII produced by the formatter itself, widened for wide output. */
static int put_ascii(struct fmt_state *st, const char *s, size_t n)
{
    fmt_wchar buf[64];

    if (!st->wide) return put_units(st, s, n);
    while (n) {
        size_t k = n < 64 ? n : 64;
        for (size_t i = 0; i < k; i++) buf[i] = (unsigned char)s[i];
        if (put_units(st, buf, k) < 0) return -1;
        s += k;
        n -= k;
    }
    return 0;
}

static int put_repeat(struct fmt_state *st, char c, long long n)
{
    char buf[64];

    memset(buf, c, sizeof(buf));
    while (n > 0) {
        size_t k = n < 64 ? (size_t)n : 64;
        if (put_ascii(st, buf, k) < 0) return -1;
        n -= (long long)k;
    }
    return 0;
}

/* The converted text of one specifier, as a few pieces, so that long zero
   runs ("%.100000f") and user strings are never copied. */
enum { PIECE_ASCII, PIECE_NATIVE, PIECE_ZEROS };
struct body {
    struct { int kind; const void *data; size_t n; } piece[8];
    int count;
    long long len;      /* units that count against the field width */
};

static void body_add(struct body *b, int kind, const void *data, size_t n)
{
    if (!n) return;
    b->piece[b->count].kind = kind;
    b->piece[b->count].data = data;
    b->piece[b->count].n = n;
    b->count++;
    b->len += (long long)n;
}

/* Padding, prefix (sign and/or 0x), zero padding, text, as both CRTs do:
   '0' pads whatever the conversion (strings too) unless '-' is given. */
static void emit_field(struct fmt_state *st, const struct spec *sp, const char *prefix,
                       const struct body *b)
{
    size_t plen = strlen(prefix);
    long long pad = (long long)sp->width - b->len - (long long)plen;

    if (!(sp->flags & (SF_LEFT | SF_ZERO))) put_repeat(st, ' ', pad);
    put_ascii(st, prefix, plen);
    if ((sp->flags & SF_ZERO) && !(sp->flags & SF_LEFT)) put_repeat(st, '0', pad);
    for (int i = 0; i < b->count; i++) {
        if (b->piece[i].kind == PIECE_ASCII) put_ascii(st, b->piece[i].data, b->piece[i].n);
        else if (b->piece[i].kind == PIECE_NATIVE) put_units(st, b->piece[i].data, b->piece[i].n);
        else put_repeat(st, '0', (long long)b->piece[i].n);
    }
    if (sp->flags & SF_LEFT) put_repeat(st, ' ', pad);
}

static void sign_prefix(char *prefix, const struct spec *sp, int negative)
{
    if (negative) *prefix++ = '-';
    else if (sp->flags & SF_PLUS) *prefix++ = '+';
    else if (sp->flags & SF_SPACE) *prefix++ = ' ';
    *prefix = 0;
}

/* ------------------------------------------------------- code page glue */

/* Without CRT callbacks: the "C" locale, where bytes are Latin-1. */
static int latin1_to_wide(const char *src, size_t len, fmt_wchar *dst, size_t dstlen)
{
    if (!dst) return (int)len;
    if (dstlen < len) return -1;
    for (size_t i = 0; i < len; i++) dst[i] = (unsigned char)src[i];
    return (int)len;
}

static int wide_to_latin1(const fmt_wchar *src, size_t len, char *dst, size_t dstlen)
{
    for (size_t i = 0; i < len; i++) if (src[i] > 0xff) return -1;
    if (!dst) return (int)len;
    if (dstlen < len) return -1;
    for (size_t i = 0; i < len; i++) dst[i] = (char)src[i];
    return (int)len;
}

static int to_wide(struct fmt_state *st, const char *src, size_t len, fmt_wchar *dst, size_t dstlen)
{
    if (!len) return 0;
    return (st->sink->mb_to_wide ? st->sink->mb_to_wide : latin1_to_wide)(src, len, dst, dstlen);
}

static int to_narrow(struct fmt_state *st, const fmt_wchar *src, size_t len, char *dst,
                     size_t dstlen)
{
    if (!len) return 0;
    return (st->sink->wide_to_mb ? st->sink->wide_to_mb : wide_to_latin1)(src, len, dst, dstlen);
}

/* --------------------------------------------------------- arguments */

static uint64_t next_value(struct fmt_state *st, int slot)
{
    if (slot >= 0) return st->args[slot];
    return st->args[st->next_arg++];
}

/* Whether %c/%s/%Z take a wide argument. */
static int is_wide_arg(const struct fmt_state *st, const struct spec *sp, int conv)
{
    if (!st->ucrt) {
        if (sp->size & (SZ_LONG | SZ_WIDE)) return 1;
        if (sp->size & SZ_SHORT) return 0;
        if (conv == 'Z') return 0;
        return st->wide ? (conv == 's' || conv == 'c') : (conv == 'S' || conv == 'C');
    }
    if (sp->length == LEN_L || sp->length == LEN_W) return 1;
    if (sp->length == LEN_H) return 0;
    if (sp->length == LEN_BIG_T) return st->wide;
    /* "naturally wide": wprintf with legacy wide specifiers; then %s/%c are
       wide and %S/%C/%Z narrow, else the other way round (C99 wprintf). */
    int naturally_wide = st->wide && (st->flags & FMT_LEGACY_WIDE_SPECIFIERS);
    return naturally_wide == (conv == 'c' || conv == 's');
}

/* Integer size in bytes, 0 if the length modifier does not apply (ucrt). */
static int int_size(const struct fmt_state *st, const struct spec *sp)
{
    if (!st->ucrt) return (sp->size & SZ_I64) ? 8 : (sp->size & SZ_SHORT) ? 2 : 4;
    switch (sp->length) {
    case LEN_NONE: case LEN_L: case LEN_I32: return 4;
    case LEN_HH: return 1;
    case LEN_H: return 2;
    case LEN_LL: case LEN_J: case LEN_Z: case LEN_T: case LEN_I: case LEN_I64: return 8;
    default: return 0;
    }
}

/* ------------------------------------------------------- conversions */

static void format_integer(struct fmt_state *st, struct spec *sp, int conv)
{
    static const char lower[] = "0123456789abcdef", upper[] = "0123456789ABCDEF";
    int is_signed = conv == 'd' || conv == 'i';
    unsigned base = conv == 'o' ? 8 : (conv == 'x' || conv == 'X' || conv == 'p') ? 16 : 10;
    const char *digits = (conv == 'X' || conv == 'p') ? upper : lower;
    int size = conv == 'p' ? 8 : int_size(st, sp);
    char buf[24], prefix[4];
    struct body b = { .count = 0 };
    uint64_t v, mag;
    int negative = 0, n = 0;

    if (!size) {
        fail(st, FMT_ERROR_INVALID);     /* ucrt %Ld, %wd, %Td */
        return;
    }
    v = next_value(st, sp->arg);
    switch (size) {
    case 1: v = is_signed ? (uint64_t)(int64_t)(int8_t)v : (uint8_t)v; break;
    case 2: v = is_signed ? (uint64_t)(int64_t)(int16_t)v : (uint16_t)v; break;
    case 4: v = is_signed ? (uint64_t)(int64_t)(int32_t)v : (uint32_t)v; break;
    }
    mag = v;
    if (is_signed && (int64_t)v < 0) {
        negative = 1;
        mag = 0 - v;
    }
    if (conv == 'p') sp->precision = 16;   /* both CRTs ignore the given precision */
    if (sp->precision < 0) sp->precision = 1;
    else {
        sp->flags &= ~SF_ZERO;             /* as in C (Wine 8 keeps zero padding) */
        if (!st->ucrt && sp->precision > MSVCRT_MAXPRECISION) sp->precision = MSVCRT_MAXPRECISION;
    }
    for (uint64_t m = mag; m; m /= base) buf[sizeof(buf) - 1 - n++] = digits[m % base];
    long long zeros = sp->precision > n ? sp->precision - n : 0;
    /* "%#o" wants a leading 0, even for "%#.0o" of 0 (Wine 8 prints nothing) */
    if (conv == 'o' && (sp->flags & SF_ALT) && !zeros && (!n || buf[sizeof(buf) - n] != '0'))
        zeros = 1;
    sign_prefix(prefix, sp, is_signed && negative);
    if (!is_signed) prefix[0] = 0;
    /* 0x for %#x and %#X of a non-zero value; msvcrt also gives "%#p" 0X,
       the UCRT does not. */
    if (mag && (sp->flags & SF_ALT) &&
        (conv == 'x' || conv == 'X' || (conv == 'p' && !st->ucrt)))
        strcpy(prefix, conv == 'x' ? "0x" : "0X");
    body_add(&b, PIECE_ZEROS, NULL, (size_t)zeros);
    body_add(&b, PIECE_ASCII, buf + sizeof(buf) - n, (size_t)n);
    emit_field(st, sp, prefix, &b);
}

/* One character.  A character that the code page cannot convert prints
   nothing at all (no padding either) and is not an error, in both CRTs.
   Wine 8 applies the precision to %c ("%.0c" prints nothing); Windows
   ignores it. */
static void format_char(struct fmt_state *st, struct spec *sp, int conv)
{
    uint64_t v = next_value(st, sp->arg);
    int wide_arg = is_wide_arg(st, sp, conv);
    struct body b = { .count = 0 };
    char narrow[16];
    fmt_wchar wide[4];

    if (!st->wide) {
        if (wide_arg) {
            fmt_wchar c = (fmt_wchar)v;
            int n = to_narrow(st, &c, 1, narrow, sizeof(narrow));
            if (n <= 0) return;
            body_add(&b, PIECE_NATIVE, narrow, (size_t)n);
        } else {
            narrow[0] = (char)v;
            body_add(&b, PIECE_NATIVE, narrow, 1);
        }
    } else {
        if (wide_arg) {
            wide[0] = (fmt_wchar)v;
        } else {
            char c = (char)v;
            if (to_wide(st, &c, 1, wide, 4) <= 0) return;
        }
        body_add(&b, PIECE_NATIVE, wide, 1);
    }
    emit_field(st, sp, "", &b);
}

static size_t narrow_len(const char *s, size_t max)
{
    size_t n = 0;
    while (n < max && s[n]) n++;
    return n;
}

static size_t wide_len(const fmt_wchar *s, size_t max)
{
    size_t n = 0;
    while (n < max && s[n]) n++;
    return n;
}

/* A string of len source units (wide or narrow) into the output encoding.
   byte_limit >= 0 is msvcrt's precision for a wide string in narrow output,
   which counts output bytes: whole characters are taken while fewer than
   byte_limit bytes have been produced.  The field width counts output
   units, except that the UCRT counts a wide string's characters even when
   it writes their multibyte form. */
static void emit_string(struct fmt_state *st, struct spec *sp, const void *src, size_t len,
                        int src_wide, long long byte_limit)
{
    struct body b = { .count = 0 };
    char nbuf[256];
    fmt_wchar wbuf[256];
    void *heap = NULL;

    if (src_wide == st->wide) {
        body_add(&b, PIECE_NATIVE, src, len);
    } else if (!st->wide) {
        const fmt_wchar *w = src;
        if (byte_limit >= 0) {           /* msvcrt "%.5ls": walk until the limit */
            long long bytes = 0;
            for (len = 0; bytes < byte_limit && w[len]; len++) {
                int k = to_narrow(st, &w[len], 1, NULL, 0);
                if (k < 0) {
                    fail(st, FMT_ERROR_ILSEQ);
                    return;
                }
                bytes += k;
            }
        }
        int n = to_narrow(st, w, len, NULL, 0);
        char *out = nbuf;
        if (n < 0) {
            fail(st, FMT_ERROR_ILSEQ);    /* Windows: sprintf("%S", L"\x3042") in C locale is -1 */
            return;
        }
        if ((size_t)n > sizeof(nbuf) && !(out = heap = malloc((size_t)n))) {
            /* out of memory counts as an output error */
            fail(st, FMT_ERROR_WRITE);
            return;
        }
        n = to_narrow(st, w, len, out, (size_t)n);
        if (n < 0) {
            free(heap);
            fail(st, FMT_ERROR_ILSEQ);
            return;
        }
        body_add(&b, PIECE_NATIVE, out, (size_t)n);
        if (st->ucrt) b.len = (long long)len;
    } else {
        int n = to_wide(st, src, len, NULL, 0);
        fmt_wchar *out = wbuf;
        if (n < 0) {
            fail(st, FMT_ERROR_ILSEQ);
            return;
        }
        if ((size_t)n > sizeof(wbuf) / sizeof(wbuf[0]) &&
            !(out = heap = malloc((size_t)n * sizeof(fmt_wchar)))) {
            fail(st, FMT_ERROR_WRITE);
            return;
        }
        n = to_wide(st, src, len, out, (size_t)n);
        if (n < 0) {
            free(heap);
            fail(st, FMT_ERROR_ILSEQ);
            return;
        }
        body_add(&b, PIECE_NATIVE, out, (size_t)n);
    }
    emit_field(st, sp, "", &b);
    free(heap);
}

static void format_string(struct fmt_state *st, struct spec *sp, int conv)
{
    static const fmt_wchar wide_null[] = { '(', 'n', 'u', 'l', 'l', ')', 0 };
    const void *p = (const void *)(uintptr_t)next_value(st, sp->arg);
    int wide_arg = is_wide_arg(st, sp, conv);
    size_t max = sp->precision < 0 ? SIZE_MAX : (size_t)sp->precision;

    if (!p) p = wide_arg ? (const void *)wide_null : "(null)";
    if (wide_arg) {
        if (!st->wide && !st->ucrt && sp->precision >= 0)
            emit_string(st, sp, p, 0, 1, sp->precision);
        else
            emit_string(st, sp, p, wide_len(p, max), 1, -1);
    } else if (!st->wide || sp->precision < 0) {
        emit_string(st, sp, p, narrow_len(p, max), 0, -1);
    } else {
        /* Into wide output the precision counts characters, and the string
           need not be terminated: take whole characters of 1 to 4 bytes,
           as the CRTs do with their lead byte tables. */
        const char *s = p;
        size_t bytes = 0;
        for (long long chars = 0; chars < sp->precision && s[bytes]; chars++) {
            size_t k = 1;
            while (to_wide(st, s + bytes, k, NULL, 0) <= 0) {
                if (k == 4 || !s[bytes + k]) {
                    fail(st, FMT_ERROR_ILSEQ);
                    return;
                }
                k++;
            }
            bytes += k;
        }
        emit_string(st, sp, p, bytes, 0, -1);
    }
}

/* %Z: an ANSI_STRING or UNICODE_STRING (USHORT Length in bytes,
   USHORT MaximumLength, then the buffer pointer at offset 8 on x64).  The
   length is taken as is; the precision does not apply.  (Wine 8 has no %Z:
   it prints "Z".) */
static void format_counted(struct fmt_state *st, struct spec *sp)
{
    const unsigned char *s = (const void *)(uintptr_t)next_value(st, sp->arg);
    const void *buffer = NULL;
    uint16_t length = 0;
    int wide_arg = is_wide_arg(st, sp, 'Z');
    struct spec plain = *sp;

    if (s) {
        memcpy(&length, s, 2);
        memcpy(&buffer, s + 8, sizeof(buffer));
    }
    plain.precision = -1;
    if (!buffer) {
        emit_string(st, &plain, "(null)", 6, 0, -1);
        return;
    }
    if (wide_arg) {
        /* msvcrt refuses an odd byte count; the UCRT rounds it down */
        if ((length & 1) && !st->ucrt) {
            fail(st, FMT_ERROR_EINVAL);
            return;
        }
        length /= 2;
    }
    emit_string(st, &plain, buffer, length, wide_arg, -1);
}

/* %n.  msvcrt.dll honours it outside the _s family and stores a short for
   %hn, else an int (Wine 8 always stores an int).  The UCRT refuses it
   unless _set_printf_count_output(1) was called, and stores by size. */
static void format_count(struct fmt_state *st, struct spec *sp)
{
    void *p = (void *)(uintptr_t)next_value(st, sp->arg);
    int size;

    if (st->ucrt) {
        if (!(st->flags & FMT_COUNT_OUTPUT) || !(size = int_size(st, sp))) {
            fail(st, FMT_ERROR_INVALID);
            return;
        }
    } else {
        size = (sp->size & SZ_SHORT) ? 2 : 4;
    }
    switch (size) {
    case 1: { int8_t v = (int8_t)st->written; memcpy(p, &v, 1); break; }
    case 2: { int16_t v = (int16_t)st->written; memcpy(p, &v, 2); break; }
    case 4: { int32_t v = (int32_t)st->written; memcpy(p, &v, 4); break; }
    default: { int64_t v = st->written; memcpy(p, &v, 8); break; }
    }
}

/* ----------------------------------------------------- floating point */

/* Significant decimal digits of a non-negative value: value =
   0.d[0]d[1]... * 10^decpt.  Zero has n == 0.  Also holds msvcrt's special
   "digit" strings such as "1#INF" (decpt 1). */
struct decimal {
    char d[800];        /* a double has at most 767 significant digits */
    int n, decpt;
};

/* The exact decimal expansion of a finite double.  snprintf is asked for
   exactly as many fraction digits as the binary fraction has, so it never
   rounds (and the current rounding mode cannot matter). */
static void exact_decimal(uint64_t bits, struct decimal *x)
{
    char buf[1100];
    uint64_t mant = bits & ((1ull << 52) - 1);
    int e2 = (int)((bits >> 52) & 0x7ff);
    double v;
    int frac = 0, i = 0;

    x->n = 0;
    x->decpt = 1;
    if (!e2 && !mant) return;
    if (e2) mant |= 1ull << 52, e2 -= 1075;
    else e2 = -1074;
    while (!(mant & 1)) mant >>= 1, e2++;
    if (e2 < 0) frac = -e2;
    bits &= ~(1ull << 63);
    memcpy(&v, &bits, sizeof(v));
    snprintf(buf, sizeof(buf), "%.*f", frac, v);

    /* buf is "ddd" or "ddd<point>ddd"; the point is whatever glibc's locale
       says, so skip any non-digit. */
    int seen_nonzero = 0;
    for (; buf[i] >= '0' && buf[i] <= '9'; i++) {
        if (buf[i] != '0') seen_nonzero = 1;
        if (seen_nonzero) x->d[x->n++] = buf[i];
    }
    x->decpt = x->n;
    while (buf[i] && (buf[i] < '0' || buf[i] > '9')) i++;
    for (; buf[i]; i++) {
        if (!x->n && buf[i] == '0') {
            x->decpt--;
            continue;
        }
        if (x->n < (int)sizeof(x->d)) x->d[x->n++] = buf[i];
    }
    while (x->n && x->d[x->n - 1] == '0') x->n--;
}

/* Keep the first keep digits.  Half-up is the CRTs' traditional rounding
   (also applied, character-wise, to "1#INF": 'N' >= '5' turns "1#I" into
   "1#J"); half-even is ucrt's FMT_STANDARD_ROUNDING on exact values. */
static void round_decimal(struct decimal *x, long long keep, int half_even)
{
    int up;

    if (keep >= x->n) return;
    if (keep < 0) {                 /* below a tenth of the last place */
        x->n = 0;
        return;
    }
    char next = x->d[keep];
    if (!half_even) up = next >= '5';
    else up = next > '5' || (next == '5' && (x->n > keep + 1 ||
                                             (keep > 0 && ((x->d[keep - 1] - '0') & 1))));
    x->n = (int)keep;
    if (up) {
        int k = x->n - 1;
        while (k >= 0 && x->d[k] == '9') x->d[k--] = '0';
        if (k >= 0) x->d[k]++;
        else {
            x->d[0] = '1';
            x->n = 1;
            x->decpt++;
        }
    }
    while (x->n && x->d[x->n - 1] == '0') x->n--;
}

/* Digits i .. i+count of x (before the point positions < 0 are zeros). */
static void add_digits(struct body *b, const struct decimal *x, long long from, long long count)
{
    long long lead = 0, avail;

    if (count <= 0) return;
    if (from < 0) {
        lead = -from < count ? -from : count;
        body_add(b, PIECE_ZEROS, NULL, (size_t)lead);
        from = 0;
        count -= lead;
    }
    avail = x->n - from;
    if (avail < 0) avail = 0;
    if (avail > count) avail = count;
    body_add(b, PIECE_ASCII, x->d + from, (size_t)avail);
    body_add(b, PIECE_ZEROS, NULL, (size_t)(count - avail));
}

/* The body of %f (style 'f') or %e ('e') from already rounded digits. */
static void decimal_body(struct body *b, const struct decimal *x, int style, long long prec,
                         int alt, int upper, int exp_digits, const void *point, char *exp_buf)
{
    if (style == 'f') {
        if (x->decpt > 0) add_digits(b, x, 0, x->decpt);
        else body_add(b, PIECE_ASCII, "0", 1);
        if (prec > 0 || alt) body_add(b, PIECE_NATIVE, point, 1);
        add_digits(b, x, x->decpt, prec);
        return;
    }
    body_add(b, PIECE_ASCII, x->n ? x->d : "0", 1);
    if (prec > 0 || alt) body_add(b, PIECE_NATIVE, point, 1);
    add_digits(b, x, 1, prec);
    int e = x->n ? x->decpt - 1 : 0;
    int len = snprintf(exp_buf, 16, "%c%c%0*d", upper ? 'E' : 'e', e < 0 ? '-' : '+',
                       exp_digits, e < 0 ? -e : e);
    body_add(b, PIECE_ASCII, exp_buf, (size_t)len);
}

/* %a: [-]0xh.hhhhp[+-]d with 13 hex digits by default.  Ties round up
   (>= 8) unless FMT_STANDARD_ROUNDING; a carry turns "0x1.f" into "0x2"
   without renormalizing, as in both CRTs. */
static void hex_body(struct fmt_state *st, struct body *b, uint64_t bits, long long prec,
                     int alt, int upper, const void *point, char *buf)
{
    const char *hexits = upper ? "0123456789ABCDEF" : "0123456789abcdef";
    uint64_t mant = bits & ((1ull << 52) - 1);
    int biased = (int)((bits >> 52) & 0x7ff);
    int lead = biased ? 1 : 0, e = biased ? biased - 1023 : (mant ? -1022 : 0);
    int nib[13];
    char *p = buf;

    for (int i = 0; i < 13; i++) nib[i] = (int)(mant >> (48 - 4 * i)) & 15;
    if (prec < 13) {
        int next = nib[prec], up;
        if (st->ucrt && (st->flags & FMT_STANDARD_ROUNDING)) {
            int rest = 0, last = prec ? nib[prec - 1] : lead;
            for (int i = (int)prec + 1; i < 13; i++) rest |= nib[i];
            up = next > 8 || (next == 8 && (rest || (last & 1)));
        } else {
            up = next >= 8;
        }
        for (int i = (int)prec - 1; up && i >= 0; i--) {
            nib[i] = (nib[i] + 1) & 15;
            up = !nib[i];
        }
        if (up) lead++;
    }
    *p++ = hexits[lead];
    body_add(b, PIECE_ASCII, buf, 1);
    if (prec > 0 || alt) body_add(b, PIECE_NATIVE, point, 1);
    for (int i = 0; i < 13 && i < prec; i++) *p++ = hexits[nib[i]];
    body_add(b, PIECE_ASCII, buf + 1, (size_t)(p - buf - 1));
    if (prec > 13) body_add(b, PIECE_ZEROS, NULL, (size_t)(prec - 13));
    char *exp = p;
    p += sprintf(p, "%c%c%d", upper ? 'P' : 'p', e < 0 ? '-' : '+', e < 0 ? -e : e);
    body_add(b, PIECE_ASCII, exp, (size_t)(p - exp));
}

static void format_float(struct fmt_state *st, struct spec *sp, int conv)
{
    uint64_t bits = next_value(st, sp->arg);
    int negative = (int)(bits >> 63);
    int biased = (int)((bits >> 52) & 0x7ff);
    uint64_t mant = bits & ((1ull << 52) - 1);
    int upper = conv >= 'A' && conv <= 'Z', style = upper ? conv - 'A' + 'a' : conv;
    int alt = (sp->flags & SF_ALT) != 0;
    int legacy_special = !st->ucrt || (st->flags & FMT_LEGACY_MSVCRT_COMPAT);
    int half_even = st->ucrt && (st->flags & FMT_STANDARD_ROUNDING);
    int exp_digits = st->ucrt ? ((st->flags & FMT_LEGACY_THREE_DIGIT_EXPONENTS) ? 3 : 2)
                              : ((st->flags & FMT_TWO_DIGIT_EXPONENTS) ? 2 : 3);
    long long prec = sp->precision;
    struct decimal x;
    struct body b = { .count = 0 };
    char prefix[4], exp_buf[64];
    fmt_wchar wpoint = st->sink->decimal_point ? st->sink->decimal_point : '.';
    char npoint = (char)wpoint;
    const void *point = st->wide ? (const void *)&wpoint : (const void *)&npoint;

    if (!st->ucrt && prec > MSVCRT_MAXPRECISION) prec = MSVCRT_MAXPRECISION;
    if (biased == 0x7ff) {
        /* Indefinite is the negative quiet NaN without payload that invalid
           operations produce; Wine 8 calls every negative NaN "IND" and
           never says SNAN. */
        int is_inf = !mant, is_snan = mant && !(mant >> 51);
        int is_ind = negative && mant == 1ull << 51;
        if (!legacy_special) {
            static const char *const names[2][4] = {
                { "inf", "nan(snan)", "nan(ind)", "nan" },
                { "INF", "NAN(SNAN)", "NAN(IND)", "NAN" } };
            const char *s = names[upper][is_inf ? 0 : is_snan ? 1 : is_ind ? 2 : 3];
            sp->flags &= ~SF_ZERO;         /* padded with spaces, no 0x, no precision */
            sign_prefix(prefix, sp, negative);
            body_add(&b, PIECE_ASCII, s, strlen(s));
            emit_field(st, sp, prefix, &b);
            return;
        }
        strcpy(x.d, is_inf ? "1#INF" : is_snan ? "1#SNAN" : is_ind ? "1#IND" : "1#QNAN");
        x.n = (int)strlen(x.d);
        x.decpt = 1;
        half_even = 0;
    } else if (style != 'a') {
        exact_decimal(bits, &x);
        /* msvcrt.dll converts to 17 significant digits and fills with zeros
           (Wine 8 prints the exact expansion). */
        if (!st->ucrt) round_decimal(&x, 17, 0);
    }

    sign_prefix(prefix, sp, negative);
    if (style == 'a') {
        if (prec < 0) prec = 13;
        strcat(prefix, upper ? "0X" : "0x");
        if (biased == 0x7ff) {            /* legacy "0x1.#INF000000000p+0" */
            round_decimal(&x, prec + 1, 0);
            decimal_body(&b, &x, 'f', prec, alt, upper, 0, point, exp_buf);
            body_add(&b, PIECE_ASCII, upper ? "P+0" : "p+0", 3);
        } else {
            hex_body(st, &b, bits, prec, alt, upper, point, exp_buf);
        }
    } else if (style == 'g') {
        if (prec < 0) prec = 6;
        if (!prec) prec = 1;
        round_decimal(&x, prec, half_even);
        long long e = x.n ? x.decpt - 1 : 0;
        if (e < -4 || e >= prec) {
            prec -= 1;
            if (!alt && prec > x.n - 1) prec = x.n > 1 ? x.n - 1 : 0;
            decimal_body(&b, &x, 'e', prec, alt, upper, exp_digits, point, exp_buf);
        } else {
            prec = prec - 1 - e;
            if (!alt && prec > x.n - x.decpt) prec = x.n - x.decpt > 0 ? x.n - x.decpt : 0;
            decimal_body(&b, &x, 'f', prec, alt, upper, exp_digits, point, exp_buf);
        }
    } else {
        if (prec < 0) prec = 6;
        round_decimal(&x, style == 'f' ? x.decpt + prec : prec + 1, half_even);
        decimal_body(&b, &x, style, prec, alt, upper, exp_digits, point, exp_buf);
    }
    emit_field(st, sp, prefix, &b);
}

/* ------------------------------------------------------------- parsing */

static unsigned unit_at(const struct fmt_state *st, size_t i)
{
    return st->wide ? ((const fmt_wchar *)st->format)[i] : ((const unsigned char *)st->format)[i];
}

static int char_class(const struct fmt_state *st, unsigned c)
{
    switch (c) {
    case '%': return CL_PERCENT;
    case '.': return CL_DOT;
    case '*': return CL_STAR;
    case '0': return CL_ZERO;
    case ' ': case '#': case '+': case '-': return CL_FLAG;
    case 'h': case 'l': case 'L': case 'I': case 'w': case 'F': case 'N':
    case 'j': case 'z': case 't':
        return CL_SIZE;
    case 'T': return st->ucrt ? CL_SIZE : CL_OTHER;
    case 'c': case 'C': case 's': case 'S': case 'Z': case 'd': case 'i': case 'o':
    case 'u': case 'x': case 'X': case 'p': case 'e': case 'E': case 'f': case 'g':
    case 'G': case 'a': case 'A':
        return CL_TYPE;
    case 'n': return st->validate ? CL_OTHER : CL_TYPE;   /* no %n in _s/_p */
    default: return (c >= '1' && c <= '9') ? CL_DIGIT : CL_OTHER;
    }
}

static int is_int_conv(unsigned c)
{
    return c == 'd' || c == 'i' || c == 'o' || c == 'u' || c == 'x' || c == 'X';
}

/* Windows strtol (32-bit long) on the format: skips white space, takes a
   sign; *end is i when there are no digits.  *overflow is set past LONG_MAX. */
static long parse_long(const struct fmt_state *st, size_t i, size_t *end, int *overflow)
{
    size_t start = i;
    long long v = 0, limit;
    int negative = 0, any = 0;

    while (unit_at(st, i) == ' ' || (unit_at(st, i) >= '\t' && unit_at(st, i) <= '\r')) i++;
    if (unit_at(st, i) == '+' || unit_at(st, i) == '-') negative = unit_at(st, i++) == '-';
    for (; unit_at(st, i) >= '0' && unit_at(st, i) <= '9'; i++, any = 1)
        if (v <= (long long)INT32_MAX + 1) v = v * 10 + (unit_at(st, i) - '0');
    *end = any ? i : start;
    limit = negative ? (long long)INT32_MAX + 1 : INT32_MAX;
    *overflow = v > limit;
    if (v > limit) v = limit;
    return (long)(negative ? -v : v);
}

/* Positional parameters: record (scan pass) or check that a parameter is
   used consistently, as the UCRT does: pointers, strings and characters
   only with their own kind (and the same width), integers with the same
   size, the rest with the same type. */
static int note_param(struct fmt_state *st, int index, int type, int conv, const struct spec *sp)
{
    struct param *p = &st->params[index];
    int length = st->ucrt ? sp->length : (int)sp->size;

    if (p->type == PT_UNUSED) {
        p->type = (unsigned char)type;
        p->conv = (unsigned char)conv;
        p->length = (unsigned char)length;
        return 0;
    }
    int old_ptr = p->conv == 'p', new_ptr = conv == 'p';
    int old_str = p->conv == 's' || p->conv == 'S', new_str = conv == 's' || conv == 'S';
    int old_chr = p->conv == 'c' || p->conv == 'C', new_chr = conv == 'c' || conv == 'C';
    int ok;
    if (old_ptr || new_ptr) ok = old_ptr == new_ptr;
    else if (old_str || new_str || old_chr || new_chr) {
        struct spec old = *sp;
        old.length = p->length;
        old.size = p->length;
        ok = old_str == new_str && old_chr == new_chr &&
             is_wide_arg(st, &old, p->conv) == is_wide_arg(st, sp, conv);
    } else if (is_int_conv(p->conv) || p->conv == '*' || is_int_conv(conv) || conv == '*') {
        struct spec old = *sp;
        old.length = p->length;
        old.size = p->length;
        ok = (is_int_conv(p->conv) || p->conv == '*') && (is_int_conv(conv) || conv == '*') &&
             (!st->ucrt || (old.length == LEN_I) == (sp->length == LEN_I)) &&
             int_size(st, &old) == int_size(st, sp);
    } else ok = p->type == type;
    return ok ? 0 : fail(st, FMT_ERROR_INVALID);
}

/* The slot of a positional "*N$" or "%N$"; i is just past the '*' or '%'. */
static int positional_slot(struct fmt_state *st, size_t *i, int type, int conv,
                           const struct spec *sp)
{
    size_t end;
    int overflow;
    long index = parse_long(st, *i, &end, &overflow) - 1;

    if (st->pass == PASS_SCAN) {
        if (index < 0 || index >= ARGMAX || unit_at(st, end) != '$')
            return fail(st, FMT_ERROR_INVALID);
        if (index > st->max_index) st->max_index = (int)index;
        if (type != PT_UNUSED && note_param(st, (int)index, type, conv, sp) < 0) return -1;
    }
    *i = end + 1;
    return (int)index;
}

static int scanning(const struct fmt_state *st)
{
    return st->pass == PASS_SCAN && st->mode == MODE_POSITIONAL;
}

/* A size character in msvcrt.dll; returns 0, or 1 when the character ends
   the specifier and prints as text ("%Iq" gives "Iq", "%z" gives "z"). */
static int size_msvcrt(struct fmt_state *st, struct spec *sp, unsigned c, size_t *i)
{
    switch (c) {
    case 'h': sp->size |= SZ_SHORT; break;
    case 'w': sp->size |= SZ_WIDE; break;
    case 'j': sp->size |= SZ_I64; break;
    case 'l':
        if (unit_at(st, *i) == 'l') {
            (*i)++;
            sp->size |= SZ_I64;
        } else {
            sp->size |= SZ_LONG;
        }
        break;
    case 'I':
        sp->size |= SZ_I64;               /* %Id is pointer sized */
        if (unit_at(st, *i) == '6' && unit_at(st, *i + 1) == '4') *i += 2;
        else if (unit_at(st, *i) == '3' && unit_at(st, *i + 1) == '2') {
            *i += 2;
            sp->size &= ~SZ_I64;
        } else if (!is_int_conv(unit_at(st, *i))) return 1;
        break;
    case 'z': case 't':                   /* Windows 10 takes %zd and %td only */
        if (!is_int_conv(unit_at(st, *i))) return 1;
        sp->size |= SZ_I64;
        break;
    default:                              /* L F N: accepted and ignored */
        break;
    }
    return 0;
}

/* A size character in ucrtbase.dll: returns 0, 1 if 'F' is really the %F
   conversion, or -1 for an invalid length (a second modifier, %N). */
static int size_ucrt(struct fmt_state *st, struct spec *sp, unsigned c, size_t *i)
{
    int legacy = (st->flags & FMT_LEGACY_MSVCRT_COMPAT) != 0;

    if (c == 'F') return legacy ? 0 : 1;
    if (c == 'N') return legacy ? 0 : fail(st, FMT_ERROR_INVALID);
    if (sp->length != LEN_NONE) return fail(st, FMT_ERROR_INVALID);
    unsigned next = unit_at(st, *i);
    switch (c) {
    case 'h': sp->length = next == 'h' ? ((*i)++, LEN_HH) : LEN_H; break;
    case 'l': sp->length = next == 'l' ? ((*i)++, LEN_LL) : LEN_L; break;
    case 'L': sp->length = LEN_BIG_L; break;
    case 'j': sp->length = LEN_J; break;
    case 'z': sp->length = LEN_Z; break;
    case 't': sp->length = LEN_T; break;
    case 'w': sp->length = LEN_W; break;
    case 'T': sp->length = LEN_BIG_T; break;
    case 'I':
        if (next == '3' && unit_at(st, *i + 1) == '2') *i += 2, sp->length = LEN_I32;
        else if (next == '6' && unit_at(st, *i + 1) == '4') *i += 2, sp->length = LEN_I64;
        else if (is_int_conv(next)) sp->length = LEN_I;
        break;                            /* a lone I is ignored */
    }
    return 0;
}

static void convert(struct fmt_state *st, struct spec *sp, unsigned c)
{
    if (scanning(st)) {                   /* positional scan: types only */
        int type;
        if (c == 'c' || c == 'C') type = PT_INT32;
        else if (is_int_conv(c)) type = int_size(st, sp) == 8 ? PT_INT64 : PT_INT32;
        else if (strchr("aAeEfFgG", (int)c)) type = PT_REAL;
        else type = PT_POINTER;
        if (sp->arg < 0 || sp->arg >= ARGMAX) fail(st, FMT_ERROR_INVALID);
        else note_param(st, sp->arg, type, (int)c, sp);
        return;
    }
    if (st->mode == MODE_POSITIONAL && (sp->arg < 0 || sp->arg >= ARGMAX)) {
        fail(st, FMT_ERROR_INVALID);
        return;
    }
    switch (c) {
    case 'c': case 'C': format_char(st, sp, (int)c); break;
    case 's': case 'S': format_string(st, sp, (int)c); break;
    case 'Z': format_counted(st, sp); break;
    case 'n': format_count(st, sp); break;
    case 'a': case 'A': case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
        format_float(st, sp, (int)c);
        break;
    default: format_integer(st, sp, (int)c); break;
    }
}

/* One pass over the format (two in positional mode: scan, then output). */
static void run(struct fmt_state *st)
{
    const unsigned char (*table)[8] = st->validate ? validation_table : standard_table;
    struct spec sp = { 0, 0, -1, 0, LEN_NONE, -1 };
    size_t i = 0, literal = 0, literal_len = 0;
    int state = ST_NORMAL, overflow;
    unsigned c;

    while (!st->error && (c = unit_at(st, i)) != 0) {
        i++;
        state = table[char_class(st, c)][state];
        if (state != ST_NORMAL && literal_len) {
            put_units(st, (const char *)st->format + literal * (st->wide ? 2 : 1), literal_len);
            literal_len = 0;
        }
        switch (state) {
        case ST_INVALID:
            fail(st, FMT_ERROR_INVALID);
            break;
        case ST_NORMAL:
        print:
            /* positional mode prints text in the output pass, except what
               precedes the first specifier, which the scan pass printed */
            if (scanning(st) || (st->pass == PASS_OUTPUT && st->mode == MODE_UNKNOWN)) break;
            if (!literal_len) literal = i - 1;
            literal_len++;
            break;
        case ST_PERCENT:
            sp = (struct spec){ 0, 0, -1, 0, LEN_NONE, -1 };
            if (!st->positional || unit_at(st, i) == '%') break;
            if (st->mode == MODE_UNKNOWN) {
                size_t end;
                unsigned d = unit_at(st, i);
                st->mode = MODE_NONPOSITIONAL;
                if (d >= '0' && d <= '9' && parse_long(st, i, &end, &overflow) > 0 &&
                    unit_at(st, end) == '$') {
                    st->mode = MODE_POSITIONAL;
                    if (st->pass == PASS_SCAN) {
                        memset(st->params, 0, sizeof(st->params));
                        st->max_index = -1;
                    }
                }
            }
            if (st->mode == MODE_POSITIONAL) sp.arg = positional_slot(st, &i, PT_UNUSED, 0, &sp);
            break;
        case ST_FLAG:
            switch (c) {
            case '-': sp.flags |= SF_LEFT; break;
            case '+': sp.flags |= SF_PLUS; break;
            case ' ': sp.flags |= SF_SPACE; break;
            case '#': sp.flags |= SF_ALT; break;
            case '0': sp.flags |= SF_ZERO; break;
            }
            break;
        case ST_WIDTH:
        case ST_PRECISION: {
            int *field = state == ST_WIDTH ? &sp.width : &sp.precision;
            if (c == '*') {
                int slot = -1;
                if (st->mode == MODE_POSITIONAL) slot = positional_slot(st, &i, PT_INT32, '*', &sp);
                if (st->error || scanning(st)) break;
                *field = (int32_t)next_value(st, slot);
                if (state == ST_PRECISION && *field < 0) *field = -1;
                if (state == ST_WIDTH && *field < 0) {
                    sp.flags |= SF_LEFT;
                    *field = (int)(0u - (unsigned)*field);
                }
            } else if (st->ucrt) {
                /* the UCRT reads the whole number at once, so digits after
                   '*' replace the argument ("%0*2d" is width 2) */
                size_t end;
                long v = parse_long(st, i - 1, &end, &overflow);
                if (overflow) fail(st, FMT_ERROR_RANGE);
                *field = (int)v;
                i = end;
            } else {
                /* msvcrt appends each digit, even to a '*' value: "%*1d"
                   with 1 is width 11 (Wine 8 stops at the '*') */
                *field = (int)((unsigned)*field * 10u + (c - '0'));
            }
            break;
        }
        case ST_DOT:
            sp.precision = 0;
            break;
        case ST_SIZE: {
            int r = st->ucrt ? size_ucrt(st, &sp, c, &i) : size_msvcrt(st, &sp, c, &i);
            if (r > 0 && st->ucrt) {      /* %F */
                state = ST_TYPE;
                convert(st, &sp, c);
            } else if (r > 0) {
                state = ST_NORMAL;
                goto print;
            }
            break;
        }
        case ST_TYPE:
            convert(st, &sp, c);
            break;
        }
    }
    if (literal_len && !st->error)
        put_units(st, (const char *)st->format + literal * (st->wide ? 2 : 1), literal_len);
    if (st->error) return;
    /* the _s/_p family refuses a format that ends inside a specifier */
    if (st->validate && state != ST_NORMAL && state != ST_TYPE) {
        fail(st, FMT_ERROR_INVALID);
        return;
    }
    if (scanning(st))
        for (int k = 0; k <= st->max_index; k++)
            if (st->params[k].type == PT_UNUSED) {
                fail(st, FMT_ERROR_INVALID);    /* a gap in %1$ .. %N$ */
                return;
            }
}

int fmt_format(struct fmt_sink *sink, unsigned flags, const void *format, const uint64_t *args)
{
    struct fmt_state st;

    memset(&st, 0, sizeof(st));
    st.sink = sink;
    st.flags = flags;
    st.wide = (flags & FMT_WIDE) != 0;
    st.ucrt = (flags & FMT_UCRT) != 0;
    st.positional = (flags & FMT_POSITIONAL) != 0;
    st.validate = (flags & (FMT_VALIDATE | FMT_POSITIONAL)) != 0;
    st.format = format;
    st.args = args;
    st.max_index = -1;
    sink->error = FMT_ERROR_NONE;
    if (!format) {
        sink->error = FMT_ERROR_INVALID;
        return -1;
    }
    if (st.positional) {
        st.mode = MODE_UNKNOWN;
        st.pass = PASS_SCAN;
        run(&st);
        if (!st.error && st.mode == MODE_POSITIONAL) {
            st.mode = MODE_UNKNOWN;
            st.pass = PASS_OUTPUT;
            run(&st);
        }
    } else {
        st.mode = MODE_NONPOSITIONAL;
        st.pass = PASS_ONLY;
        run(&st);
    }
    sink->error = st.error;
    return st.error ? -1 : (int)st.written;
}

/* ------------------------------------------------------------- sinks */

static int buffer_write(struct fmt_sink *sink, const void *units, size_t count)
{
    struct fmt_buffer_sink *b = (struct fmt_buffer_sink *)sink;
    size_t unit = b->wide ? sizeof(fmt_wchar) : 1;
    size_t room = b->capacity - b->stored, n = count < room ? count : room;

    if (n) memcpy((char *)b->buffer + b->stored * unit, units, n * unit);
    b->stored += n;
    b->total += count;
    return 0;
}

void fmt_buffer_sink_init(struct fmt_buffer_sink *b, void *buffer, size_t capacity, int wide)
{
    memset(b, 0, sizeof(*b));
    b->sink.write = buffer_write;
    b->buffer = buffer;
    b->capacity = buffer ? capacity : 0;
    b->wide = wide;
}

static void store_nul(struct fmt_buffer_sink *b, size_t at)
{
    if (b->wide) ((fmt_wchar *)b->buffer)[at] = 0;
    else ((char *)b->buffer)[at] = 0;
}

int fmt_buffer_sink_terminate(struct fmt_buffer_sink *b)
{
    if (b->total >= b->capacity) return -1;
    store_nul(b, b->stored);
    return 0;
}

void fmt_buffer_sink_terminate_truncated(struct fmt_buffer_sink *b)
{
    if (!b->capacity) return;
    store_nul(b, b->stored < b->capacity ? b->stored : b->capacity - 1);
}
