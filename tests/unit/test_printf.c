/*
 * Unit tests of the printf core (dlls/msvcrt/printf.c) shared by msvcrt.dll
 * and ucrtbase.dll.
 *
 *   gcc -std=gnu11 -Wall -Wextra -Idlls/msvcrt tests/unit/test_printf.c \
 *       dlls/msvcrt/printf.c $(pkg-config --cflags --libs check) -lm -o /tmp/test_printf
 *
 * Expectations are Windows' behaviour (Windows 10 msvcrt.dll, ucrtbase.dll):
 * from Wine's conformance tests that run on Windows, Microsoft's
 * documentation and the CRT sources.  Where Wine 8 prints something else the
 * case says "Wine 8:" with what Wine prints.  Each table row is one Check
 * test: exact output and return value (or -1 and the error reported).
 *
 * Built with -DPRINTF_TABLE_ONLY, only the table and its helpers are
 * compiled, so that a Windows program can replay the rows under Wine.
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <uchar.h>

#include "printf.h"

/* An argument slot, described so that the table can be static. */
struct arg {
    char kind;          /* i: integer, d: double, p: pointer, b: raw bits */
    long long i;
    double d;
    const void *p;
};
#define I(x) { 'i', (long long)(x), 0, 0 }
#define F(x) { 'd', 0, (x), 0 }
#define S(x) { 'p', 0, 0, (x) }
#define B(x) { 'b', (long long)(x), 0, 0 }

/* Test-only options. */
enum { O_UTF8 = 1, O_COMMA = 2 };
#define LEN (-100)      /* ret: the length of the expected string */

struct test_case {
    unsigned flags;
    const void *format;     /* char*, or char16_t* with FMT_WIDE */
    const void *expect;     /* same encoding as the output */
    int ret;                /* LEN, a count, or -1 */
    int error;              /* enum fmt_error when ret is -1 */
    unsigned opts;
    struct arg args[8];
};
#define T(fl, f, e, ...) { (fl), (f), (e), LEN, 0, 0, { __VA_ARGS__ } }
#define TR(fl, f, e, r, ...) { (fl), (f), (e), (r), 0, 0, { __VA_ARGS__ } }
#define TO(fl, o, f, e, ...) { (fl), (f), (e), LEN, 0, (o), { __VA_ARGS__ } }
#define ERR(fl, f, err, ...) { (fl), (f), "", -1, (err), 0, { __VA_ARGS__ } }

/* ANSI_STRING / UNICODE_STRING as laid out on x64. */
struct counted {
    uint16_t length, maximum_length;
    uint32_t pad;
    const void *buffer;
};
static const struct counted ansi = { 4, 4, 0, "ansi" };
static const struct counted ansi_part = { 2, 8, 0, "not wide" };
static const struct counted ansi_null = { 1, 1, 0, NULL };
static const struct counted ansi_long = { 11, 11, 0, "ansi string" };
static const struct counted unicode = { 8, 8, 0, u"wide" };
static const struct counted unicode_part = { 4, 8, 0, u"wide" };
static const struct counted unicode_odd = { 5, 8, 0, u"wide" };
static int dummy_count;     /* %n target of rows that must not write */

/* special doubles */
#define INF_BITS 0x7FF0000000000000ull
#define NINF_BITS 0xFFF0000000000000ull
#define NAN_BITS 0x7FF8000000000000ull   /* quiet NaN, as the NAN macro */
#define IND_BITS 0xFFF8000000000000ull   /* "indefinite": 0.0/0.0 on x86 */
#define NQNAN_BITS 0xFFFFFFFFE0000000ull /* (double) of the float 0xFFFFFFFF */
#define SNAN_BITS 0x7FF0000000000001ull

#define M 0
#define U FMT_UCRT
#define W FMT_WIDE
#define LEGACY FMT_LEGACY_MSVCRT_COMPAT
#define EXP3 FMT_LEGACY_THREE_DIGIT_EXPONENTS

static const struct test_case cases[] = {
    /* ---- text, %%, and what the state machine prints as text */
    T(M, "hello", "hello"),
    T(U, "hello", "hello"),
    T(M, "%%", "%"),
    T(M, "%%0", "%0"),
    T(M, "a%5%d", "a%d", I(7)),       /* Wine 8: "a7" ("%d" read as a new specifier) */
    T(U, "a%5%d", "a%d", I(7)),
    T(M, "%b", "b"),
    T(M, "%5y|", "y|"),
    T(U, "%-5y|", "y|"),
    T(M, "%k%m%q%r%t%v%y%z", "kmqrtvyz"),
    T(M, "abc%", "abc"),
    T(M, "%3h", ""),
    T(M, "%-", ""),
    T(M, "%_1I64d", "_1I64d", I(100)),
    T(M, "%5-d", "-d", I(1)),
    T(M, "%..3d", ".3d", I(1)),
    T(M, "%H", "H", I(-1)),
    T(M, "%w", "", I(-1)),
    T(M, "%h", "", I(-1)),
    T(M, "%F", "", I(-1)),
    T(M, "%N", "", I(-1)),
    T(M, "%j", "", I(-1)),
    T(M, "%T", "T"),

    /* ---- integers */
    T(M, "%d", "0", I(0)),
    T(M, "%d", "-1", I(-1)),
    T(M, "%d", "-2147483648", I(INT32_MIN)),
    T(M, "%i", "42", I(42)),
    T(M, "%u", "4294967295", I(-1)),
    T(M, "%x %X %o", "ff FF 10", I(255), I(255), I(8)),
    T(M, "%d", "1", I(0x100000001ll)),    /* an int is the low half of the slot */
    T(M, "%5d|%-5d|%05d", "   42|42   |-0042", I(42), I(42), I(-42)),
    T(M, "%+d % d %+ d", "+5  5 +5", I(5), I(5), I(5)),
    T(M, "% d", "-5", I(-5)),
    T(M, "%+u %+x % o", "5 a 7", I(5), I(10), I(7)),
    T(M, "%.3d|%.0d|%5.0d|", "005||     |", I(5), I(0), I(0)),
    T(M, "%010.3d", "       007", I(7)),        /* Wine 8: "0000000007" */
    T(M, "%-1d", "2", I(2)),
    T(M, "%3d", "1234", I(1234)),
    T(M, "%*d|%*d|", "   42|42   |", I(5), I(42), I(-5), I(42)),
    T(M, "%.*d", "7", I(-1), I(7)),
    T(M, "%#x %#X %#x", "0xff 0XFF 0", I(255), I(255), I(0)),
    T(M, "%#o %#o %#.0o %#.3o", "010 0 0 010", I(8), I(0), I(0), I(8)),   /* Wine 8: "010 0  010" */
    T(M, "%#012x", "0x0000000001", I(1)),
    T(M, "%#012x", "000000000000", I(0)),
    T(M, "%#04.8x", "0x00000001", I(1)),
    T(M, "%#-08.2x", "0x01    ", I(1)),
    T(M, "%#-08.2x", "00      ", I(0)),
    T(M, "%#.0x", "0x1", I(1)),
    T(M, "%#.0x", "", I(0)),
    T(M, "%#08o", "00000001", I(1)),
    T(M, "%+#23.15d", "       +000000000000001", I(1)),
    T(M, "%.80d", "0000000000000000000000000000000000000000"
                  "0000000000000000000000000000000000000001", I(1)),
    /* msvcrt sizes */
    T(M, "%ld %lu %lx", "-1 4294967295 ffffffff", I(-1), I(-1), I(-1)),
    T(M, "%I64d", "-8589934591", I(0xffffffffull * 0xffffffffull)),
    T(M, "%lld %llu", "-1 18446744073709551615", I(-1), I(-1)),
    T(M, "%I32d %I32x", "-1 ffffffff", I(-1), I(-1)),
    T(M, "%Id %Ix", "-1 ffffffffffffffff", I(-1), I(-1)),
    T(M, "%Ix %d", "12345678123456 1", I(0x12345678123456ll), I(1)),
    T(M, "%jd %zd %zu %td", "-1 -1 18446744073709551615 -1", I(-1), I(-1), I(-1), I(-1)),
    T(M, "%zx", "1", I(1)),
    T(M, "%z %t", "z t"),
    T(M, "%zs", "zs", S("x")),
    T(M, "%hd %hu %hx", "9029 9029 2345", I(0x12345), I(0x12345), I(0x12345)),
    T(M, "%hd", "-1", I(0xffff)),
    T(M, "%hhx %hhx", "123 2345", I(0x123), I(0x12345)),   /* hh is h in msvcrt */
    T(M, "%Ld %wd %Fd %Nd", "1 2 3 4", I(1), I(2), I(3), I(4)),
    T(M, "%I", "I", I(1)),
    T(M, "%Iq", "Iq", I(1)),
    T(M, "%Ihd", "Ihd", I(1)),
    T(M, "%I0d", "I0d", I(1)),
    T(M, "%I64D", "D", I(-1)),
    T(M, "%+8I64d|%+.8I64d|%+10.8I64d", "    +100|+00000100| +00000100", I(100), I(100), I(100)),
    T(M, "%-1.5I64d|% .5I64d|% 8.5I64d", "-00100|-00100|  -00100", I(-100), I(-100), I(-100)),
    T(M, "%#+21.18I64x", " 0x00ffffffffffffff9c", I(-100)),
    T(M, "%#.25I64o", "0001777777777777777777634", I(-100)),
    T(M, "%#+18.21I64X", "0X00000FFFFFFFFFFFFFF9C", I(-100)),
    T(M, "%#+25.22I64u", "   0018446744073709551615", I(-1)),
    T(M, "%#-+ 08.5I64d", "+00100  ", I(100)),
    /* msvcrt appends digits to a '*' value (Wine 8 does not) */
    T(M, "%*1d", "          3", I(1), I(3)),
    T(M, "%0*0d", "0000000002", I(1), I(2)),
    T(M, "% *2d", " 7", I(0), I(7)),
    T(M, "%.*1d", "00000000004", I(1), I(4)),
    /* ucrt sizes */
    T(U, "%ld %lld %I64d %I32d", "-1 -1 -1 -1", I(-1), I(-1), I(-1), I(-1)),
    T(U, "%hhd %hhu %hhx", "-1 255 45", I(0xff), I(0x1ff), I(0x12345)), /* Wine 8: short */
    T(U, "%hd", "9029", I(0x12345)),
    T(U, "%zx %d", "ffffffffffffffff 1", I(-1), I(1)),
    T(U, "%jd %d", "-9223372036854775808 1", I(INT64_MIN), I(1)),
    T(U, "%ju %d", "18446744073709551615 1", I(-1), I(1)),
    T(U, "%td %Id", "-9223372036854775808 -1", I(INT64_MIN), I(-1)),
    T(U | LEGACY, "%zx %jd", "ffffffffffffffff -1", I(-1), I(-1)),
    /* a lone I is ignored in the ucrt (Wine 8: "Iq", "Ihd", "I0d" as msvcrt) */
    T(U, "%Iq", "q", I(1)),
    T(U, "%Ihd", "9029", I(0x12345)),
    T(U, "%I0d", "0d", I(1)),
    T(U | LEGACY, "%Fd %Nd", "123 456", I(123), I(456)),
    /* Wine 8 prints all of these */
    ERR(U, "%hld", FMT_ERROR_INVALID, I(1)),       /* one length modifier only */
    ERR(U, "%lI64d", FMT_ERROR_INVALID, I(1)),
    ERR(U, "%llld", FMT_ERROR_INVALID, I(1)),
    ERR(U, "%Ld", FMT_ERROR_INVALID, I(1)),        /* no integer size */
    ERR(U, "%wd", FMT_ERROR_INVALID, I(1)),
    ERR(U, "%Td", FMT_ERROR_INVALID, I(1)),
    ERR(U, "%Nd", FMT_ERROR_INVALID, I(1)),        /* N only in legacy mode */
    ERR(U, "%99999999999d", FMT_ERROR_RANGE, I(1)),
    /* the ucrt reads a number at once: digits after '*' replace it */
    T(U, "%0*2d", "03", I(1), I(3)),
    T(U, "%*0d", "2", I(1), I(2)),
    T(U, "% *2d", " 7", I(0), I(7)),

    /* ---- pointers */
    T(M, "%p", "0000000000000039", S((void *)57)),
    T(M, "%p", "0000000000000000", S(NULL)),
    T(M, "%#p", "0X0000000000000039", S((void *)57)),
    T(M, "%#020p", "  0X0000000000000039", S((void *)57)),
    T(M, "%#-020p", "0X0000000000000039  ", S((void *)57)),
    T(M, "%020p", "    0000000000000039", S((void *)57)),
    T(M, "%.3p", "0000000000000039", S((void *)57)),  /* Wine 8: "000" */
    T(M, "%Fp %Np %hp", "0000000000000039 0000000000000039 0000000000000039",
      S((void *)57), S((void *)57), S((void *)57)),
    T(U, "%p", "00007FFF12345678", S((void *)0x7fff12345678)),
    T(U, "%#p", "0000000000000039", S((void *)57)),  /* no 0X in the ucrt; Wine 8 adds it */
    T(U, "%-20p|", "0000000000000039    |", S((void *)57)),

    /* ---- characters */
    T(M, "%c%c", "ab", I('a'), I('b')),
    T(M, "%3c|%-3c|", "  a|a  |", I('a'), I('a')),
    T(M, "%04c", "0001", I('1')),
    T(M, "%-04c", "1   ", I('1')),
    T(M, "x%cx", "xXx", I(0x100 + 'X')),
    T(M, "%c", "\x82", I(0xa082)),
    TR(M, "a%cb", "a\0b", 3, I(0)),
    T(M, "%.0c", "a", I('a')),                 /* Wine 8: "" */
    T(M, "%C %lc %wc", "a b c", I('a'), I('b'), I('c')),
    T(M, "%C", "", I(0x3042)),                 /* unconvertible: nothing, not an error */
    T(M, "a%5Cb", "ab", I(0x3042)),           /* Wine 8: "a " */
    T(M, "%hc", "z", I('z')),
    T(U, "%c %C %lc", "a b \xe9", I('a'), I('b'), I(0xe9)),
    T(U, "%5C|", "|", I(0x3042)),             /* Wine 8: " " */
    TO(M, O_UTF8, "%C|%lc", "\xe3\x81\x82|\xc3\xa9", I(0x3042), I(0xe9)),

    /* ---- strings */
    T(M, "%s", "foo", S("foo")),
    T(M, "%s", "(null)", S(NULL)),
    T(M, "%.3s|%8s", "(nu|  (null)", S(NULL), S(NULL)),
    T(M, "%.1s", "f", S("foo")),
    T(M, "%.*s", "f", I(1), S("foo")),
    T(M, "%*s", "foo  ", I(-5), S("foo")),
    T(M, "%04s|%-04s|", "0foo|foo |", S("foo"), S("foo")),
    T(M, "%10.3s|%-10.3s|", "       abc|abc       |", S("abcdef"), S("abcdef")),
    T(M, "%s", "%%%%", S("%%%%")),
    T(M, "%+ #s", "x", S("x")),
    T(M, "%S", "wide", S(u"wide")),
    T(M, "%S", "(null)", S(NULL)),
    T(M, "%ws|%ls|%-10ws|%10ws", "wide|wide|wide      |      wide",
      S(u"wide"), S(u"wide"), S(u"wide"), S(u"wide")),
    T(M, "%#+ -03whlls", "wide", S(u"wide")),  /* w wins over h */
    T(M, "%w0s", "0s", S(u"wide")),
    T(M, "%w-s", "-s", S(u"wide")),
    T(M, "%Ls", "not wide", S("not wide")),
    T(M, "%hs %hS", "a b", S("a"), S("b")),
    T(M, "%.2S", "wi", S(u"wide")),
    ERR(M, "%S", FMT_ERROR_ILSEQ, S(u"\x3042")),
    ERR(U, "%ls", FMT_ERROR_ILSEQ, S(u"a\x3042")),
    T(U, "%s %ls %S %ws", "abcd ABCD ABCD ABCD", S("abcd"), S(u"ABCD"), S(u"ABCD"), S(u"ABCD")),
    T(U | FMT_LEGACY_WIDE_SPECIFIERS, "%s %ls", "abcd ABCD", S("abcd"), S(u"ABCD")),
    T(U, "%s %Ts", "abcd abcd", S("abcd"), S("abcd")),
    T(U, "%hs|%.2S|%S", "x|wi|(null)", S("x"), S(u"wide"), S(NULL)),
    /* wide strings in narrow output with a UTF-8 code page: msvcrt's width
       and precision count bytes, the ucrt's count characters */
    TO(M, O_UTF8, "%ls", "\xc3\xa9t\xc3\xa9", S(u"\xe9t\xe9")),
    TO(M, O_UTF8, "%5ls|", "   \xc3\xa9|", S(u"\xe9")),
    TO(U, O_UTF8, "%5ls|", "    \xc3\xa9|", S(u"\xe9")),
    TO(M, O_UTF8, "%.2ls|%.1ls|", "\xc3\xa9|\xc3\xa9|", S(u"\xe9" "a"), S(u"\xe9" "a")),
    TO(U, O_UTF8, "%.2ls|%.1ls|", "\xc3\xa9" "a|\xc3\xa9|", S(u"\xe9" "a"), S(u"\xe9" "a")),

    /* ---- counted strings (Wine 8 has no %Z and prints "Z") */
    T(M, "%Z", "ansi", S(&ansi)),
    T(M, "%Z|%Z|%Z", "(null)|(null)|no", S(NULL), S(&ansi_null), S(&ansi_part)),
    T(M, "%hZ|%wZ|%wZ|%lZ", "ansi|wide|wi|wide", S(&ansi), S(&unicode), S(&unicode_part),
      S(&unicode)),
    T(M, "%.2Z|%6Z|", "ansi|  ansi|", S(&ansi), S(&ansi)),   /* Wine 8 applies the precision */
    ERR(M, "%wZ", FMT_ERROR_EINVAL, S(&unicode_odd)),
    T(U, "%Z|%hZ|%wZ", "wide|ansi|wi", S(&unicode), S(&ansi), S(&unicode_odd)),

    /* ---- msvcrt floating point: 3-digit exponents, 17 significant digits */
    T(M, "%f|%e|%g", "1.500000|1.500000e+000|1.5", F(1.5), F(1.5), F(1.5)),
    T(M, "%E|%G", "1.230000E+000|1E-010", F(1.23), F(1e-10)),
    T(M | FMT_TWO_DIGIT_EXPONENTS, "%E|%e", "1.230000E+00|1.000000e+100", F(1.23), F(1e100)),
    T(M, "%+#23.15e", "+7.894561230000000e+008", F(789456123)),
    T(M, "%-#23.15e", "7.894561230000000e+008 ", F(789456123)),
    T(M, "%#23.15e", " 7.894561230000000e+008", F(789456123)),
    T(M, "%#1.1g", "8.e+008", F(789456123)),
    T(M, "%2.4f|%0f|%.0f", "8.6000|0.600000|1", F(8.6), F(0.6), F(0.6)),
    T(M, "%2.4e|% 2.4e|% 014.4e", "8.6000e+000| 8.6000e+000| 008.6000e+000", F(8.6), F(8.6),
      F(8.6)),
    T(M, "% 2.4e|%+2.4e|%2.4g", "-8.6000e+000|+8.6000e+000|8.6", F(-8.6), F(8.6), F(8.6)),
    T(M, "%.0f %.0f %.0f %.0f %.0f", "-2 -1 1 2 3", F(-1.5), F(-0.5), F(0.5), F(1.5), F(2.5)),
    T(M, "%.2f %.1f %.0e", "0.13 0.3 2e+000", F(0.125), F(0.25), F(1.5)),
    T(M, "%.30f", "0.333333333333333310000000000000", F(1.0 / 3)),   /* Wine 8: exact */
    T(M, "%.30lf", "1.414213562373095100000000000000", F(1.4142135623730951)),
    T(M, "%.20f|%.17f|%.16f", "0.10000000000000001000|0.10000000000000001|0.1000000000000000",
      F(0.1), F(0.1), F(0.1)),                /* Wine 8: "0.10000000000000000555|..." */
    T(M, "%.0f", "1208925819614629200000000", F(1208925819614629174706176.0)),
    T(M, "%.0f", "99999999999999992000000", F(1e23)),
    T(M, "%.20e", "3.33333333333333310000e-001", F(1.0 / 3)),
    T(M, "%f|%.10f|%.11f", "3.141593|3.1415926536|3.14159265359", F(3.14159265359),
      F(3.14159265359), F(3.14159265359)),
    T(M, "%.15f|%.15f", "3.141592653590000|3.141592653589793", F(3.14159265359), F(M_PI)),
    T(M, "%.13f|%.14f|%.15f", "37.8662615745371|37.86626157453708|37.866261574537077",
      F(37.866261574537077), F(37.866261574537077), F(37.866261574537077)),
    T(M, "%g|%g|%g", "0.0005|5e-005|5e-006", F(0.0005), F(0.00005), F(0.000005)),
    T(M, "%g|%g", "1e+015|1e+015", F(999999999999999.0), F(1e15)),
    T(M, "%.15g|%.15g|%.15g", "0.0005|999999999999999|1e+015", F(0.0005), F(999999999999999.0),
      F(1e15)),
    T(M, "%g|%g|%g|%g", "100000|1e+006|1e+006|123457", F(100000), F(1e6), F(999999.7), F(123456.7)),
    T(M, "%g|%#g|%e|%f", "0|0.00000|0.000000e+000|0.000000", F(0), F(0), F(0), F(0)),
    T(M, "%f|%g|%.0f", "-0.000000|-0|-0", F(-0.0), F(-0.0), F(-0.4)),
    T(M, "%#.0f|%#.0e|%#g", "2.|2.e+000|2.00000", F(2), F(2), F(2)),
    T(M, "%.3e|%e", "1.000e+300|1.000000e-300", F(1e300), F(1e-300)),
    T(M, "%e", "4.940656e-324", F(4.9406564584124654e-324)),
    T(M, "%.2f|%.3f", "0.01|0.000", F(0.005), F(0.0004)),
    T(M, "%010.3f|%-10.1f|%+.1f", "000003.142|3.1       |+3.1", F(3.14159), F(3.14159),
      F(3.14159)),
    /* msvcrt infinities and NaNs: the digit strings 1#INF 1#QNAN 1#SNAN 1#IND */
    T(M, "%f|%f|%f|%f", "1.#INF00|-1.#INF00|1.#QNAN0|-1.#IND00", B(INF_BITS), B(NINF_BITS),
      B(NAN_BITS), B(IND_BITS)),
    T(M, "%lf|%lf", "-1.#QNAN0|1.#SNAN0", B(NQNAN_BITS), B(SNAN_BITS)),  /* Wine 8: IND, QNAN */
    T(M, "%.3f", "-1.#QO", B(NQNAN_BITS)),     /* as VS2008 printed it; Wine 8: "-1.#IO" */
    T(M, "%le|%le|%le", "-1.#IND00e+000|1.#QNAN0e+000|1.#INF00e+000", B(IND_BITS), B(NAN_BITS),
      B(INF_BITS)),
    T(M, "%lg|%lg|%lg", "-1.#IND|1.#QNAN|1.#INF", B(IND_BITS), B(NAN_BITS), B(INF_BITS)),
    T(M, "%010.2lf|%010.2lf|%010.2lf", "-000001.#J|0000001.#R|0000001.#J", B(IND_BITS),
      B(NAN_BITS), B(INF_BITS)),
    T(M, "%.2f|%.0f|%#.0f|%.3f", "1.#J|1|1.|-1.#IO", B(INF_BITS), B(INF_BITS), B(INF_BITS),
      B(NINF_BITS)),                         /* Wine 8: "%#.0f" gives "1" */
    T(M, "%.1g|%.2g|%.3g|%#.1g", "1|1.$|1.#R|1.", B(NAN_BITS), B(NAN_BITS), B(NAN_BITS),
      B(NAN_BITS)),                          /* Wine 8: "%#.1g" gives "1" */
    T(M, "%#.20g|%.20g", "1.#INF000000000000000|1.#INF", B(INF_BITS), B(INF_BITS)),
    T(M, "%20e|%-12G|", "       1.#QNAN0e+000|1.#QNAN     |", B(NAN_BITS), B(NAN_BITS)),
    T(M, "%+f|% f|%E", "+1.#INF00| 1.#INF00|1.#INF00E+000", B(INF_BITS), B(INF_BITS), B(INF_BITS)),
    T(M, "%a|%A", "0x1.#QNAN00000000p+0|-0X1.#IND000000000P+0", B(NAN_BITS), B(IND_BITS)),
    T(M, "%a|%.2a|%A|%#.0a", "0x1.0000000000000p+0|0x1.9ap-4|-0X1.8000000000000P+0|0x2.p+0",
      F(1), F(0.1), F(-1.5), F(1.5)),
    /* MAXPRECISION: precisions above 512 are cut to 512 */
    TR(M, "%.600d", NULL, 512, I(1)),
    TR(M, "%.600f", NULL, 514, F(1)),

    /* ---- ucrt floating point: exact digits, 2-digit exponents, inf/nan */
    T(U, "%E|%E", "1.230000E+00|1.230000E+123", F(1.23), F(1.23e123)),
    T(U | EXP3, "%E|%g", "1.230000E+000|5e-005", F(1.23), F(0.00005)),
    T(U, "%F|%f", "1.230000|1.230000", F(1.23), F(1.23)),
    T(U | LEGACY, "%F", "", F(1.23)),          /* F is a length modifier there */
    T(U, "%f %F %f %e %E %g %G", "inf INF -inf inf INF inf INF", B(INF_BITS), B(INF_BITS),
      B(NINF_BITS), B(INF_BITS), B(INF_BITS), B(INF_BITS), B(INF_BITS)),
    T(U, "%f %F|%f %F", "nan NAN|-nan(ind) -NAN(IND)", B(NAN_BITS), B(NAN_BITS), B(IND_BITS),
      B(IND_BITS)),
    T(U, "%f|%e|%f", "nan(snan)|-nan|-inf", B(SNAN_BITS), B(NQNAN_BITS), B(NINF_BITS)),
    /* Wine 8: "nan|-nan(ind)|-inf" */
    T(U, "%010f|%-6f|%+f|% .3f", "       inf|inf   |+inf| nan", B(INF_BITS), B(INF_BITS),
      B(INF_BITS), B(NAN_BITS)),
    T(U, "%a|%21a|%.3A", "nan|            -nan(ind)|INF", B(NAN_BITS), B(IND_BITS), B(INF_BITS)),
    T(U | LEGACY, "%f|%f|%f", "1.#INF00|1.#QNAN0|-1.#IND00", B(INF_BITS), B(NAN_BITS),
      B(IND_BITS)),
    T(U | LEGACY, "%a|%A|%21a", "0x1.#QNAN00000000p+0|0X1.#QNAN00000000P+0| 0x1.#QNAN00000000p+0",
      B(NAN_BITS), B(NAN_BITS), B(NAN_BITS)),
    T(U | LEGACY, "%e|%E|%g|%20e", "1.#QNAN0e+00|1.#QNAN0E+00|1.#QNAN|        1.#QNAN0e+00",
      B(NAN_BITS), B(NAN_BITS), B(NAN_BITS), B(NAN_BITS)),
    T(U | LEGACY | EXP3, "%e|%20e", "-1.#IND00e+000|      -1.#IND00e+000", B(IND_BITS),
      B(IND_BITS)),
    T(U | LEGACY, "%.1g|%.2g|%.3g", "1|1.$|1.#R", B(NAN_BITS), B(NAN_BITS), B(NAN_BITS)),
    T(U | LEGACY, "%a|%21a|%.21a", "-0x1.#IND000000000p+0|-0x1.#IND000000000p+0|"
      "-0x1.#IND00000000000000000p+0", B(IND_BITS), B(IND_BITS), B(IND_BITS)),
    T(U | LEGACY, "%#.20g|%.20e", "-1.#INF000000000000000|-1.#INF0000000000000000e+00",
      B(NINF_BITS), B(NINF_BITS)),
    T(U, "%.30f", "0.333333333333333314829616256247", F(1.0 / 3)),
    T(U, "%.30lf", "1.414213562373095145474621858739", F(1.4142135623730951)),
    T(U, "%.20f", "0.10000000000000000555", F(0.1)),
    T(U, "%.0f", "1208925819614629174706176", F(1208925819614629174706176.0)),
    T(U, "%f|%.10f|%.11f|%.15f", "3.141593|3.1415926536|3.14159265359|3.141592653590000",
      F(3.14159265359), F(3.14159265359), F(3.14159265359), F(3.14159265359)),
    T(U, "%.13f|%.14f|%.15f", "37.8662615745371|37.86626157453708|37.866261574537077",
      F(37.866261574537077), F(37.866261574537077), F(37.866261574537077)),
    T(U, "%.0f %.0f %.0f %.0f", "1 2 3 -3", F(0.5), F(1.5), F(2.5), F(-2.5)),
    T(U | FMT_STANDARD_ROUNDING, "%.0f %.0f %.0f %.0f %.1f %.2f", "0 2 2 -2 0.2 2.35", F(0.5),
      F(1.5), F(2.5), F(-2.5), F(0.25), F(2.345)),
    T(U, "%.1f %.2f", "0.3 2.35", F(0.25), F(2.345)),
    T(U, "%.0g|%g|%g", "0.0001|0.0001|0.0005", F(9.8949714229143402e-05), F(9.999999999999999e-5),
      F(0.0005)),
    T(U, "%g|%g|%g|%g", "5e-05|5e-06|1e+15|1e+15", F(0.00005), F(0.000005),
      F(999999999999999.0), F(1e15)),
    T(U, "%.15g|%.15g|%.15g", "0.0005|999999999999999|1e+15", F(0.0005), F(999999999999999.0),
      F(1e15)),
    T(U, "%f|%e|%g|%21f|%20e|%20g", "0.000000|0.000000e+00|0|             0.000000|"
      "        0.000000e+00|                   0", F(0), F(0), F(0), F(0), F(0), F(0)),
    T(U, "%.21f|%.20e|%.20g|%#.20g", "0.000000000000000000000|0.00000000000000000000e+00|0|"
      "0.0000000000000000000", F(0), F(0), F(0), F(0)),
    T(U, "%21f|%20e|%20g", "           123.000000|        1.230000e+02|                 123",
      F(123), F(123), F(123)),
    T(U, "%.20e|%.20g|%#.20g", "1.23000000000000000000e+02|123|123.00000000000000000", F(123),
      F(123), F(123)),
    T(U | EXP3, "%.20e", "1.23000000000000000000e+002", F(123)),
    T(U, "%21f|%20e|%#.20g", "          -765.000000|       -7.650000e+02|-765.00000000000000000",
      F(-765), F(-765), F(-765)),
    T(U, "%.3e|%e|%G", "1.000e+300|1.000000e-300|1E-10", F(1e300), F(1e-300), F(1e-10)),
    T(U, "%.17g|%.5e", "4.9406564584124654e-324|4.94066e-324", F(4.9406564584124654e-324),
      F(4.9406564584124654e-324)),
    TR(U, "%.600f", NULL, 602, F(1)),
    /* %a */
    T(U, "%a|%A|%a|%a", "0x0.0000000000000p+0|0X0.0000000000000P+0|0x1.0000000000000p-1|"
      "0x1.0000000000000p+0", F(0), F(0), F(0.5), F(1)),
    T(U, "%a|%a|%a", "0x1.4000000000000p+4|-0x1.0000000000000p+0|0x1.999999999999ap-4", F(20),
      F(-1), F(0.1)),
    T(U, "%24a|%024a|%-24a|", "    0x1.999999999999ap-4|0x00001.999999999999ap-4|"
      "0x1.999999999999ap-4    |", F(0.1), F(0.1), F(0.1)),   /* Wine 8: "...a    p-4|" */
    T(U, "%.2a|%.20a|%+.0A", "0x1.9ap-4|0x1.999999999999a0000000p-4|+0X2P-4", F(0.1), F(0.1),
      F(0.1)),
    T(U, "%.a|%a|%a", "0x1p-70|0x1.2e3b40a0e9b4fp-70|0x0.0000000000001p-1022", F(0.1e-20),
      F(0.1e-20), F(4.9406564584124654e-324)),
    T(U, "%.0a|%.0a|%.0a|%.0a|%.0a", "-0x2p+0|-0x1p-1|0x1p-1|0x2p+0|0x2p+0", F(-1.5), F(-0.5),
      F(0.5), F(1.5), F(1.99)),
    T(U, "%.0a|%.0a|%.0a", "0x1p+1|0x1p+3|0x1p+3", F(2), F(9.5), F(10.5)),
    T(U, "%#.0a|%#.0a|%#.0a", "-0x2.p+0|-0x1.p-1|0x2.p+0", F(-1.5), F(-0.5), F(1.5)),
    T(U, "%#.1a|%#.1a|%#.1a", "0x1.1p+0|0x1.2p+0|0x1.3p+0", F(1.03125), F(1.09375), F(1.15625)),
    T(U | FMT_STANDARD_ROUNDING, "%#.1a|%#.1a|%#.1a", "0x1.0p+0|0x1.2p+0|0x1.2p+0", F(1.03125),
      F(1.09375), F(1.15625)),
    T(U, "%.12a|%.1a", "0x2.000000000000p+0|0x1.0p+0", F(1.9999999999999998), F(1.03)),
    /* the locale's decimal point */
    TO(M, O_COMMA, "%.1f|%#.0e|%g", "1,5|2,e+000|0,25", F(1.5), F(2), F(0.25)),
    TO(U, O_COMMA, "%.1a|%f", "0x1,8p+0|inf", F(1.5), B(INF_BITS)),

    /* ---- wide printf */
    T(W, u"%s|%S|%hs|%ls|%ws", u"wide|narrow|n|w|w", S(u"wide"), S("narrow"), S("n"), S(u"w"),
      S(u"w")),
    T(W, u"%c%C%hc%lc", u"abcd", I('a'), I('b'), I('c'), I('d')),
    T(W, u"%Z|%hZ|%wZ", u"ansi string|ansi string|wide", S(&ansi_long), S(&ansi_long),
      S(&unicode)),
    T(W, u"%s|%S|%5.2s|%-4S|", u"(null)|(null)|   (n|(null)|", S(NULL), S(NULL), S(NULL), S(NULL)),
    T(W, u"%d|%x|%e|%p", u"-5|ff|1.500000e+000|0000000000000039", I(-5), I(255), F(1.5),
      S((void *)57)),
    T(W, u"\x3042%d\xffff", u"\x3042" u"5\xffff", I(5)),
    T(W, u"%.2S|%5S|%-5S|", u"na|   ab|ab   |", S("narrow"), S("ab"), S("ab")),
    T(W, u"%f|%.2e", u"1.#INF00|-1.#Je+000", B(INF_BITS), B(IND_BITS)),
    TO(W, O_UTF8, u"%S|%.1S|%hc", u"\xe9t\xe9|\xe9|", S("\xc3\xa9t\xc3\xa9"), S("\xc3\xa9t"),
       I(0xc3)),
    TO(W, O_UTF8, u"%.2S|%-4.3S|", u"\xe9t|\x3042" u"ab |", S("\xc3\xa9t\xc3\xa9"),
       S("\xe3\x81\x82" "abcd")),
    TO(W | U, O_UTF8, u"%.1hs|%3.2hs|", u"\xe9| \x3042\xe9|", S("\xc3\xa9t"),
       S("\xe3\x81\x82\xc3\xa9x")),
    T(W | U, u"%s %ls %S %hs", u"abcd ABCD ABCD abcd", S("abcd"), S(u"ABCD"), S(u"ABCD"),
      S("abcd")),
    T(W | U | FMT_LEGACY_WIDE_SPECIFIERS, u"%hs %s %S", u"abcd ABCD efgh", S("abcd"), S(u"ABCD"),
      S("efgh")),
    T(W | U, u"%s %Ts", u"abcd ABCD", S("abcd"), S(u"ABCD")),
    T(W | U, u"%c%C%wc", u"ab\x3042", I('a'), I('b'), I(0x3042)),
    T(W | U, u"%Z|%hZ", u"wide|ansi", S(&unicode), S(&ansi)),
    T(W | U | FMT_LEGACY_WIDE_SPECIFIERS, u"%Z", u"ansi", S(&ansi)),
    T(W | U, u"%f|%G|%.3f", u"inf|NAN|0.125", B(INF_BITS), B(NAN_BITS), F(0.125)),
    T(W | FMT_VALIDATE, u"%s %d", u"x 1", S(u"x"), I(1)),
    ERR(W | FMT_VALIDATE, u"%y", FMT_ERROR_INVALID),

    /* ---- positional parameters (_printf_p) */
    T(M | FMT_POSITIONAL, "%s %d", "test 1234", S("test"), I(1234)),
    T(M | FMT_POSITIONAL, "%1$d", "1234", I(1234), S("additional param")),
    T(M | FMT_POSITIONAL, "%2$s %1$d", "test 1234", I(1234), S("test")),
    T(M | FMT_POSITIONAL, "%2$*3$s %2$.*1$s", "test te", I(2), S("test"), I(3)),
    T(U | FMT_POSITIONAL, "ab%2$.1f %1$c%%|%1$c", "ab2.5 x%|x", I('x'), F(2.5)),
    T(U | FMT_POSITIONAL, "%1$d %1$i %1$x", "10 10 a", I(10)),
    T(W | U | FMT_POSITIONAL, u"%2$s-%1$s", u"b-a", S("a"), S("b")),
    ERR(M | FMT_POSITIONAL, "%d %1$d", FMT_ERROR_INVALID, I(1234)),
    ERR(M | FMT_POSITIONAL, "%1$d %d", FMT_ERROR_INVALID, I(1), I(2)),
    ERR(U | FMT_POSITIONAL, "%2$d", FMT_ERROR_INVALID, I(1), I(2)),       /* %1$ unused */
    ERR(U | FMT_POSITIONAL, "%1$d %1$s", FMT_ERROR_INVALID, I(1)),       /* int and string */
    ERR(U | FMT_POSITIONAL, "%1$d %1$lld", FMT_ERROR_INVALID, I(1)),     /* int sizes differ */
    ERR(U | FMT_POSITIONAL, "%1$s %1$ls", FMT_ERROR_INVALID, S("a")),    /* narrow and wide */
    ERR(U | FMT_POSITIONAL, "%1$*d", FMT_ERROR_INVALID, I(1), I(2)),     /* '*' needs N$ */
    ERR(U | FMT_POSITIONAL, "%101$d", FMT_ERROR_INVALID, I(1)),
    ERR(U | FMT_POSITIONAL, "%1$y", FMT_ERROR_INVALID, I(1)),
    ERR(U | FMT_POSITIONAL, "%1$n", FMT_ERROR_INVALID, S(&dummy_count)),

    /* ---- the _s family: strict specifiers (Wine 8's msvcrt vsprintf_s prints "%y" as
       "y" and even honours %n; its ucrt allows %n with count output) */
    T(M | FMT_VALIDATE, "%d%%|%-5d|%I64x", "1%|2    |ff", I(1), I(2), I(255)),
    ERR(M | FMT_VALIDATE, "%y", FMT_ERROR_INVALID),
    ERR(U | FMT_VALIDATE, "abc%", FMT_ERROR_INVALID),
    ERR(U | FMT_VALIDATE, "%5", FMT_ERROR_INVALID),
    ERR(M | FMT_VALIDATE, "%5-d", FMT_ERROR_INVALID, I(1)),
    ERR(M | FMT_VALIDATE, "%5%", FMT_ERROR_INVALID),
    ERR(M | FMT_VALIDATE, "%n", FMT_ERROR_INVALID, S(&dummy_count)),
    ERR(U | FMT_VALIDATE | FMT_COUNT_OUTPUT, "%n", FMT_ERROR_INVALID, S(&dummy_count)),
    ERR(U | FMT_VALIDATE, "%hd%", FMT_ERROR_INVALID, I(1)),

    /* ---- %n refused by default in the ucrt */
    ERR(U, "ab%n", FMT_ERROR_INVALID, S(&dummy_count)),
};

#define NCASES (sizeof(cases) / sizeof(cases[0]))

/* Build the 8-byte slots of a case. */
static void case_args(const struct test_case *tc, uint64_t *slots)
{
    for (int i = 0; i < 8; i++) {
        const struct arg *a = &tc->args[i];
        if (a->kind == 'd') memcpy(&slots[i], &a->d, 8);
        else if (a->kind == 'p') slots[i] = (uint64_t)(uintptr_t)a->p;
        else slots[i] = (uint64_t)a->i;
    }
}

static size_t units_len(const void *s, int wide)
{
    size_t n = 0;
    if (!s) return 0;
    if (wide) while (((const char16_t *)s)[n]) n++;
    else n = strlen(s);
    return n;
}

#ifndef PRINTF_TABLE_ONLY

#include <check.h>

/* UTF-8 as the code page, for the conversion paths (BMP only is enough). */
static int utf8_to_wide(const char *src, size_t len, fmt_wchar *dst, size_t dstlen)
{
    size_t n = 0;
    for (size_t i = 0; i < len; n++) {
        unsigned c = (unsigned char)src[i];
        if (c < 0x80) i++;
        else if ((c & 0xe0) == 0xc0 && i + 1 < len) {
            c = ((c & 0x1f) << 6) | (src[i + 1] & 0x3f);
            i += 2;
        } else if ((c & 0xf0) == 0xe0 && i + 2 < len) {
            c = ((c & 0x0f) << 12) | ((src[i + 1] & 0x3f) << 6) | (src[i + 2] & 0x3f);
            i += 3;
        } else return -1;
        if (dst) {
            if (n >= dstlen) return -1;
            dst[n] = (fmt_wchar)c;
        }
    }
    return (int)n;
}

static int wide_to_utf8(const fmt_wchar *src, size_t len, char *dst, size_t dstlen)
{
    char tmp[3];
    size_t n = 0;
    for (size_t i = 0; i < len; i++) {
        unsigned c = src[i];
        size_t k;
        if (c < 0x80) tmp[0] = (char)c, k = 1;
        else if (c < 0x800) {
            tmp[0] = (char)(0xc0 | c >> 6);
            tmp[1] = (char)(0x80 | (c & 0x3f));
            k = 2;
        } else {
            tmp[0] = (char)(0xe0 | c >> 12);
            tmp[1] = (char)(0x80 | ((c >> 6) & 0x3f));
            tmp[2] = (char)(0x80 | (c & 0x3f));
            k = 3;
        }
        if (dst) {
            if (n + k > dstlen) return -1;
            memcpy(dst + n, tmp, k);
        }
        n += k;
    }
    return (int)n;
}

/* Escape a result for failure messages. */
static const char *show(const void *s, size_t n, int wide, char *buf, size_t size)
{
    size_t o = 0;
    for (size_t i = 0; i < n && o + 8 < size; i++) {
        unsigned c = wide ? ((const char16_t *)s)[i] : ((const unsigned char *)s)[i];
        if (c >= 0x20 && c < 0x7f) buf[o++] = (char)c;
        else o += (size_t)snprintf(buf + o, size - o, "\\x%x", c);
    }
    buf[o] = 0;
    return buf;
}

static char big[1024];   /* for the rows whose output is too long to spell */

START_TEST(test_table)
{
    const struct test_case *tc = &cases[_i];
    int wide = (tc->flags & FMT_WIDE) != 0;
    uint64_t slots[8];
    char16_t out[1024];
    struct fmt_buffer_sink b;
    char got[600], want[600], fmt[200];
    int ret;

    case_args(tc, slots);
    memset(out, 0x55, sizeof(out));
    fmt_buffer_sink_init(&b, out, sizeof(out) / (wide ? 2 : 1), wide);
    if (tc->opts & O_UTF8) {
        b.sink.mb_to_wide = utf8_to_wide;
        b.sink.wide_to_mb = wide_to_utf8;
    }
    if (tc->opts & O_COMMA) b.sink.decimal_point = ',';
    ret = fmt_format(&b.sink, tc->flags, tc->format, slots);
    show(tc->format, units_len(tc->format, wide), wide, fmt, sizeof(fmt));

    if (tc->ret == -1) {
        ck_assert_msg(ret == -1 && b.sink.error == tc->error,
                      "row %d \"%s\" flags %#x: got %d error %d, expected -1 error %d", _i, fmt,
                      tc->flags, ret, b.sink.error, tc->error);
        return;
    }
    int want_ret = tc->ret == LEN ? (int)units_len(tc->expect, wide) : tc->ret;
    ck_assert_msg(b.sink.error == FMT_ERROR_NONE, "row %d \"%s\": error %d", _i, fmt, b.sink.error);
    ck_assert_int_eq(b.total, (size_t)(ret < 0 ? 0 : ret));
    if (!tc->expect) {           /* long outputs: only the length, and the start */
        ck_assert_msg(ret == want_ret, "row %d \"%s\": returned %d, expected %d", _i, fmt, ret,
                      want_ret);
        ck_assert_msg(((char *)out)[0] == (tc->format == (const void *)"%.600f" ? '1' : '0'),
                      "row %d \"%s\": starts with %c", _i, fmt, ((char *)out)[0]);
        return;
    }
    ck_assert_msg(ret == want_ret && !memcmp(out, tc->expect, (size_t)want_ret * (wide ? 2 : 1)),
                  "row %d \"%s\" flags %#x: got \"%s\" (%d), expected \"%s\" (%d)", _i, fmt,
                  tc->flags, show(out, ret < 0 ? 0 : (size_t)ret, wide, got, sizeof(got)), ret,
                  show(tc->expect, (size_t)want_ret, wide, want, sizeof(want)), want_ret);
}
END_TEST

/* Format with narrow flags and a plain buffer; returns the count. */
static int narrow(unsigned flags, char *out, size_t size, const char *format, const uint64_t *args)
{
    struct fmt_buffer_sink b;
    int ret;

    fmt_buffer_sink_init(&b, out, size, 0);
    ret = fmt_format(&b.sink, flags, format, args);
    fmt_buffer_sink_terminate_truncated(&b);
    return ret;
}

START_TEST(test_count_msvcrt)
{
    int n = -1;
    struct { short s; short guard; } h = { -1, 0x1234 };
    char out[64];
    uint64_t args[4] = { (uintptr_t)&n, (uintptr_t)&h.s };

    ck_assert_int_eq(narrow(M, out, sizeof(out), "asdf%n", args), 4);
    ck_assert_str_eq(out, "asdf");
    ck_assert_int_eq(n, 4);
    /* %hn stores a short only (Wine 8 stores an int over the guard) */
    ck_assert_int_eq(narrow(M, out, sizeof(out), "ab%n%hn", args), 2);
    ck_assert_int_eq(h.s, 2);
    ck_assert_int_eq(h.guard, 0x1234);
}
END_TEST

START_TEST(test_count_ucrt)
{
    struct { int8_t c; int8_t guard1; int16_t s; int32_t i; int64_t ll; } v = { -1, 7, -1, -1, -1 };
    char out[64];
    uint64_t args[4] = { (uintptr_t)&v.c, (uintptr_t)&v.s, (uintptr_t)&v.i, (uintptr_t)&v.ll };

    ck_assert_int_eq(narrow(U | FMT_COUNT_OUTPUT, out, sizeof(out), "a%hhnbc%hnd%ne%lln", args), 5);
    ck_assert_int_eq(v.c, 1);
    ck_assert_int_eq(v.guard1, 7);
    ck_assert_int_eq(v.s, 3);
    ck_assert_int_eq(v.i, 4);
    ck_assert_int_eq(v.ll, 5);
    ck_assert_int_eq(narrow(U, out, sizeof(out), "x%n", args), -1);
    ck_assert_int_eq(v.c, 1);
    ck_assert_int_eq(narrow(U | FMT_COUNT_OUTPUT, out, sizeof(out), "%Ln", args), -1);
}
END_TEST

/* _snprintf, snprintf and swprintf semantics on top of the buffer sink. */
START_TEST(test_buffer_sink)
{
    static const char *const texts[] = { "short", "justfit", "justfits", "muchlonger" };
    char buf[8];
    struct fmt_buffer_sink b;

    for (int i = 0; i < 4; i++) {
        size_t len = strlen(texts[i]);
        memset(buf, 'x', sizeof(buf));
        fmt_buffer_sink_init(&b, buf, sizeof(buf), 0);
        ck_assert_int_eq(fmt_format(&b.sink, M, texts[i], NULL), (int)len);
        ck_assert_int_eq(b.total, len);
        ck_assert_int_eq(b.stored, len < 8 ? len : 8);
        /* _snprintf: terminated only when shorter than the buffer */
        ck_assert_int_eq(fmt_buffer_sink_terminate(&b), len < 8 ? 0 : -1);
        ck_assert(!memcmp(buf, texts[i], len < 8 ? len + 1 : 8));
        /* C99 snprintf: always terminated, truncated */
        fmt_buffer_sink_terminate_truncated(&b);
        ck_assert(!strncmp(buf, texts[i], 7));
        ck_assert_int_eq(strlen(buf), len < 8 ? len : 7);
    }
    /* counting only */
    fmt_buffer_sink_init(&b, NULL, 100, 0);
    ck_assert_int_eq(fmt_format(&b.sink, U, "abcd", NULL), 4);
    ck_assert_int_eq(b.total, 4);
    ck_assert_int_eq(b.stored, 0);
    fmt_buffer_sink_terminate_truncated(&b);
}
END_TEST

START_TEST(test_buffer_sink_wide)
{
    char16_t buf[4];
    struct fmt_buffer_sink b;
    uint64_t args[1] = { 123 };

    fmt_buffer_sink_init(&b, buf, 4, 1);
    ck_assert_int_eq(fmt_format(&b.sink, W, u"AB%uC", args), 6);
    ck_assert_int_eq(b.stored, 4);
    ck_assert(!memcmp(buf, u"AB12", 8));
    ck_assert_int_eq(fmt_buffer_sink_terminate(&b), -1);
    fmt_buffer_sink_terminate_truncated(&b);
    ck_assert(!memcmp(buf, u"AB1", 8));
    fmt_buffer_sink_init(&b, buf, 4, 1);
    ck_assert_int_eq(fmt_format(&b.sink, W | U, u"%d", args), 3);
    ck_assert_int_eq(fmt_buffer_sink_terminate(&b), 0);
    ck_assert(!memcmp(buf, u"123", 8));
}
END_TEST

/* A sink that fails after a few units: -1 and FMT_ERROR_WRITE. */
struct failing_sink {
    struct fmt_sink sink;
    size_t left;
};

static int failing_write(struct fmt_sink *sink, const void *units, size_t count)
{
    struct failing_sink *f = (struct failing_sink *)sink;
    (void)units;
    if (count > f->left) return -1;
    f->left -= count;
    return 0;
}

START_TEST(test_sink_error)
{
    struct failing_sink f = { { failing_write, NULL, NULL, 0, 0 }, 5 };
    uint64_t args[2] = { 42, 0 };

    ck_assert_int_eq(fmt_format(&f.sink, M, "1234%d", args), -1);
    ck_assert_int_eq(f.sink.error, FMT_ERROR_WRITE);
    f.left = 100;
    ck_assert_int_eq(fmt_format(&f.sink, M, "1234%d", args), 6);
    ck_assert_int_eq(f.sink.error, FMT_ERROR_NONE);
    ck_assert_int_eq(fmt_format(&f.sink, U, NULL, args), -1);
    ck_assert_int_eq(f.sink.error, FMT_ERROR_INVALID);
}
END_TEST

/* Long outputs: zero runs and padding are streamed, not buffered. */
START_TEST(test_long_output)
{
    struct fmt_buffer_sink b;
    uint64_t args[2];
    double one = 1.0;

    memcpy(&args[0], &one, 8);
    fmt_buffer_sink_init(&b, big, sizeof(big), 0);
    ck_assert_int_eq(fmt_format(&b.sink, U, "%.100000f", args), 100002);
    ck_assert(!memcmp(big, "1.000", 5));
    args[0] = 7;
    fmt_buffer_sink_init(&b, NULL, 0, 0);
    ck_assert_int_eq(fmt_format(&b.sink, M, "%-70000d|", args), 70001);
    fmt_buffer_sink_init(&b, NULL, 0, 0);
    ck_assert_int_eq(fmt_format(&b.sink, U, "%.70000d", args), 70000);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("printf");
    TCase *tc = tcase_create("core");
    SRunner *sr;
    int failed;

    tcase_add_loop_test(tc, test_table, 0, (int)NCASES);
    tcase_add_test(tc, test_count_msvcrt);
    tcase_add_test(tc, test_count_ucrt);
    tcase_add_test(tc, test_buffer_sink);
    tcase_add_test(tc, test_buffer_sink_wide);
    tcase_add_test(tc, test_sink_error);
    tcase_add_test(tc, test_long_output);
    suite_add_tcase(s, tc);
    sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}

#endif /* PRINTF_TABLE_ONLY */
