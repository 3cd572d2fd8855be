/*
 * Unit tests of the scanf core (dlls/msvcrt/scanf.c) shared by msvcrt.dll
 * and ucrtbase.dll.
 *
 *   gcc -std=gnu11 -Wall -Wextra -Idlls/msvcrt tests/unit/test_scanf.c \
 *       dlls/msvcrt/scanf.c $(pkg-config --cflags --libs check) -o /tmp/test_scanf
 *
 * Expectations are Windows' behaviour (msvcrt.dll and ucrtbase.dll of
 * Windows 10, from Microsoft's documentation and Wine's conformance tests).
 * Each table row is one Check test: an input, a format, the return value
 * and what each target holds afterwards, rendered as text and joined with
 * '|'.  Targets start filled with 0x55 bytes, so an untouched int reads
 * 1431655765, an untouched double 1.1945305291614955e+103 and an untouched
 * string "~"; strings show at most 8 characters.
 */
#include <check.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <uchar.h>

#include "scanf.h"

#define M 0
#define U SCAN_UCRT
#define W SCAN_WIDE
#define S SCAN_SECURE

struct test_case {
    unsigned flags;
    const void *input;      /* char*, or char16_t* with SCAN_WIDE */
    const void *format;
    int ret;
    const char *kinds;      /* one letter a target: b 8-bit, h 16, i 32, I 64, f float,
                               d double, s char[32], w char16_t[32]; '#' a size
                               argument of 8 (secure family), '$' one of 32 */
    const char *expect;     /* the targets as text, joined by '|' */
};

static const struct test_case cases[] = {
    /* integers */
    { M, "12 0x1f abc", "%d %x %3s", 3, "iis", "12|31|abc" },
    { M, "-42", "%d", 1, "i", "-42" },
    { M, "+7", "%d", 1, "i", "7" },
    { M, "0x1A 010 12", "%i %i %i", 3, "iii", "26|8|12" },
    { M, "-0x10", "%i", 1, "i", "-16" },
    { M, "777", "%o", 1, "i", "511" },
    { M, "ff FF 0Xff", "%x %X %x", 3, "iii", "255|255|255" },
    { M, "4294967295", "%u", 1, "i", "-1" },
    { M, "-1", "%u", 1, "i", "-1" },                 /* a sign is accepted for %u */
    { M, "4294967296", "%d", 1, "i", "0" },          /* too large wraps */
    { M, "12345", "%3d%d", 2, "ii", "123|45" },
    { M, "-12345", "%3d", 1, "i", "-12" },            /* the sign counts in the width */
    { M, "99999999999", "%I64d", 1, "I", "99999999999" },
    { M, "-9223372036854775808", "%lld", 1, "I", "-9223372036854775808" },
    { M, "99999999999", "%ld", 1, "i", "1215752191" }, /* long is 32 bits */
    { M, "70000", "%hd", 1, "h", "4464" },
    { M, "300", "%hhd", 1, "h", "300" },             /* msvcrt: hh is h */
    { U, "300", "%hhd", 1, "b", "44" },              /* ucrt: hh is a char */
    { M, "12345678abcdef", "%Ix", 1, "I", "5124095577148911" },
    { M, "ff", "%I32x", 1, "i", "255" },
    { M, "7fffffffffffffff", "%p", 1, "I", "9223372036854775807" },
    { M, "abc", "%d", 0, "i", "1431655765" },        /* matching failure */
    { M, "-x", "%d", 0, "i", "1431655765" },
    { M, "1 2", "%*d %d", 1, "i", "2" },
    { M, "  \t\n 5", "%d", 1, "i", "5" },
    /* EOF before the first conversion, 0 after a matching failure */
    { M, "", "%d", -1, "i", "1431655765" },
    { M, "   ", "%d", -1, "i", "1431655765" },
    { U, "", "%d", -1, "i", "1431655765" },
    { M, "", "abc", -1, "", "" },
    { M, "abc", "abc%d", -1, "i", "1431655765" },
    { M, "1", "%d %d", 1, "ii", "1|1431655765" },
    { M, "1", "%*d %d", 0, "i", "1431655765" },
    { M, "", "", 0, "", "" },
    { M, "x", "y%d", 0, "i", "1431655765" },
    /* literals and %% */
    { M, "a=1,b=2", "a=%d,b=%d", 2, "ii", "1|2" },
    { M, "50%", "%d%%", 1, "i", "50" },
    { M, "1:2", "%d : %d", 2, "ii", "1|2" },
    /* strings */
    { M, "hello world", "%s %s", 2, "ss", "hello|world" },
    { M, "hello", "%3s%s", 2, "ss", "hel|lo" },
    { M, "ab", "%c%c", 2, "bb", "97|98" },
    { M, " x", "%c", 1, "b", "32" },                 /* %c skips no white space */
    { M, "abcdef", "%4c", 1, "s", "abcdUUUU" },         /* no terminator: U is 0x55 */
    { M, "ab", "%4c", 1, "s", "abUUUUUU" },              /* short at the end: still assigned */
    { M, "abc123", "%[a-z]%d", 2, "si", "abc|123" },
    { M, "abc123", "%[z-a]", 1, "s", "abc" },        /* reversed range */
    { M, "a-b]c", "%[]a-]", 1, "s", "a-" },
    { M, "]a-b", "%[]a-]", 1, "s", "]a-" },
    { M, "hello, world", "%[^,], %s", 2, "ss", "hello|world" },
    { M, "123", "%[a-z]", 0, "s", "~" },
    { M, "abcdef", "%3[a-z]", 1, "s", "abc" },
    { M, "x y", "%*s %s", 1, "s", "y" },
    { M, "wide", "%ls", 1, "w", "wide" },
    { M, "wide", "%S", 1, "w", "wide" },
    { M, "\xe9t\xe9", "%ls", 1, "w", "\\xe9t\\xe9" },    /* C locale: a byte is its code point */
    { W, u"wide \x20ac", "%s %s", 2, "ww", "wide|\\x20ac" },
    { W, u"narrow", "%S", 1, "s", "narrow" },
    { W, u"narrow", "%hs", 1, "s", "narrow" },
    { W, u"\x20ac", "%hs", 0, "s", "~" },            /* no narrow form: EILSEQ */
    { W | U, u"narrow", "%s", 1, "s", "narrow" },     /* ucrt: %s is char without legacy */
    { W | U | SCAN_LEGACY_WIDE_SPECIFIERS, u"wide", "%s", 1, "w", "wide" },
    { W, u"12 0x1f", "%d %x", 2, "ii", "12|31" },
    /* %n */
    { M, "abc 12", "%s%n %d%n", 2, "sihi", "abc|3|12|6" },
    { M, "  12", "%n", 0, "i", "0" },
    { M, "12", "%d%n", 1, "ii", "12|2" },
    { M, "12", "%d%I64n", 1, "iI", "12|2" },
    { M, "12", "%d%*n", 1, "i", "12" },
    /* floats */
    { M, "3.5 -0.25", "%f %f", 2, "ff", "3.5|-0.25" },
    { M, "1e10 2.5E-3", "%lf %le", 2, "dd", "10000000000|0.0025000000000000001" },
    { M, "0.1", "%lf", 1, "d", "0.10000000000000001" },
    { M, "123.456", "%g", 1, "f", "123.456001" },
    { M, ".5", "%lf", 1, "d", "0.5" },
    { M, "5.", "%lf", 1, "d", "5" },
    { M, "1e", "%lf", 1, "d", "1" },
    { M, "1.2345", "%4lf", 1, "d", "1.23" },
    { M, "-.", "%lf", 0, "d", "1.1945305291614955e+103" },
    { M, "inf", "%lf", 0, "d", "1.1945305291614955e+103" },   /* msvcrt reads no inf */
    { U, "inf -Infinity nan", "%lf %lf %lf", 3, "ddd", "inf|-inf|nan" },
    { U, "0x1.8p1", "%lf", 1, "d", "3" },
    { U | SCAN_LEGACY_MSVCRT_COMPAT, "0x1.8p1", "%lf%s", 2, "ds", "0|x1.8p1" },
    { M, "2.5", "%Lf", 1, "d", "2.5" },               /* long double is double */
    { M, "1.5x", "%lf%c", 2, "db", "1.5|120" },
    /* the secure family: sizes follow the buffers */
    { S, "hello", "%s", 1, "s#", "hello" },
    { S, "toolongforit", "%s", 0, "s#", "" },          /* too small: empty, stopped */
    { S, "ab", "%c", 1, "b#", "97" },
    { S, "abc def", "%s %s", 2, "s#s#", "abc|def" },
    { S, "xyz", "%*s", 0, "", "" },                    /* no size for a suppressed field */
    /* unknown conversions */
    { M, "y5", "%y%d", 1, "i", "5" },                 /* msvcrt matches the letter as text */
    { U, "y5", "%y%d", -1, "i", "1431655765" },        /* ucrt: invalid format */
};
#define NCASES (sizeof(cases) / sizeof(cases[0]))

union target {
    uint8_t b;
    uint16_t h;
    uint32_t i;
    uint64_t I;
    float f;
    double d;
    char s[32];
    char16_t w[32];
};

static void render(char *out, size_t size, char kind, const union target *t)
{
    switch (kind) {
    case 'b': snprintf(out, size, "%u", t->b); break;
    case 'h': snprintf(out, size, "%u", t->h); break;
    case 'i': snprintf(out, size, "%d", (int32_t)t->i); break;
    case 'I': snprintf(out, size, "%lld", (long long)t->I); break;
    case 'f': snprintf(out, size, "%.9g", t->f); break;
    case 'd': snprintf(out, size, "%.17g", t->d); break;
    case 's':
        if ((unsigned char)t->s[0] == 0x55) snprintf(out, size, "~");
        else {
            size_t n = strnlen(t->s, 8);   /* %c leaves no terminator */
            for (size_t i = 0; i < n; i++) if (t->s[i] == 0x55) ((char *)t->s)[i] = 'U';
            snprintf(out, size, "%.*s", (int)n, t->s);
        }
        break;
    case 'w': {
        size_t len = 0;
        for (int i = 0; i < 32 && t->w[i]; i++) {
            if (t->w[i] < 0x80) len += snprintf(out + len, size - len, "%c", (char)t->w[i]);
            else len += snprintf(out + len, size - len, "\\x%x", t->w[i]);
        }
        out[len] = 0;
        break;
    }
    }
}

START_TEST(test_table)
{
    const struct test_case *tc = &cases[_i];
    union target targets[8];
    uint64_t args[16];
    char got[512] = "", one[160];
    struct scan_string_source src;
    int n = 0, ret;
    const char *k;

    memset(targets, 0x55, sizeof(targets));
    for (k = tc->kinds; *k; k++) {
        if (*k == '#') args[n++] = 8;
        else if (*k == '$') args[n++] = 32;
        else args[n++] = (uintptr_t)&targets[k - tc->kinds];
    }
    scan_string_source_init(&src, tc->input, (size_t)-1, (tc->flags & SCAN_WIDE) != 0);
    if (tc->flags & SCAN_WIDE) {
        /* the format of a wide row is written narrow: widen it */
        static char16_t wformat[64];
        const char *f = tc->format;
        size_t i = 0;
        for (; f[i]; i++) wformat[i] = (unsigned char)f[i];
        wformat[i] = 0;
        ret = scan_format(&src.src, tc->flags, wformat, args);
    } else ret = scan_format(&src.src, tc->flags, tc->format, args);

    for (k = tc->kinds; *k; k++) {
        if (*k == '#' || *k == '$') continue;
        render(one, sizeof(one), *k, &targets[k - tc->kinds]);
        if (got[0] || k != tc->kinds) strcat(got, "|");
        strcat(got, one);
    }
    ck_assert_msg(ret == tc->ret && !strcmp(got, tc->expect), "row %d: scanf(\"%s\", \"%s\") = %d [%s], expected %d [%s]",
                  _i, (tc->flags & SCAN_WIDE) ? "(wide)" : (const char *)tc->input, (const char *)tc->format,
                  ret, got, tc->ret, tc->expect);
}
END_TEST

/* errors reported through src->error */
START_TEST(test_errors)
{
    struct scan_string_source src;
    char buf[4];
    uint64_t args[2] = { (uintptr_t)buf, sizeof(buf) };
    char16_t euro[] = u"\x20ac";
    char16_t wformat[] = u"%hs";

    scan_string_source_init(&src, "toolong", (size_t)-1, 0);
    ck_assert_int_eq(scan_format(&src.src, SCAN_SECURE, "%s", args), 0);
    ck_assert_int_eq(src.src.error, SCAN_ERROR_NOMEM);
    ck_assert_int_eq(buf[0], 0);

    scan_string_source_init(&src, euro, (size_t)-1, 1);
    ck_assert_int_eq(scan_format(&src.src, SCAN_WIDE, wformat, args), 0);
    ck_assert_int_eq(src.src.error, SCAN_ERROR_ILSEQ);

    scan_string_source_init(&src, "5", (size_t)-1, 0);
    ck_assert_int_eq(scan_format(&src.src, SCAN_UCRT, "%[abc", args), -1);
    ck_assert_int_eq(src.src.error, SCAN_ERROR_INVALID);

    scan_string_source_init(&src, "5", (size_t)-1, 0);
    ck_assert_int_eq(scan_format(&src.src, 0, "%d", args), 1);
    ck_assert_int_eq(src.src.error, SCAN_ERROR_NONE);
}
END_TEST

/* _snscanf: a counted string ends at its count */
START_TEST(test_counted_source)
{
    struct scan_string_source src;
    int a = 0, b = 0;
    uint64_t args[2] = { (uintptr_t)&a, (uintptr_t)&b };

    scan_string_source_init(&src, "12345", 3, 0);
    ck_assert_int_eq(scan_format(&src.src, 0, "%d%d", args), 1);
    ck_assert_int_eq(a, 123);
    ck_assert_int_eq(b, 0);
    scan_string_source_init(&src, "12345", 0, 0);
    ck_assert_int_eq(scan_format(&src.src, 0, "%d", args), -1);
}
END_TEST

/* The look-ahead character goes back to the source: a stream can be read
   on after a scan stops. */
START_TEST(test_unget)
{
    struct scan_string_source src;
    int a = 0;
    uint64_t args[1] = { (uintptr_t)&a };

    scan_string_source_init(&src, "42abc", (size_t)-1, 0);
    ck_assert_int_eq(scan_format(&src.src, 0, "%d", args), 1);
    ck_assert_int_eq(src.pos, 2);
    scan_string_source_init(&src, "4x", (size_t)-1, 0);
    ck_assert_int_eq(scan_format(&src.src, 0, "%dy", args), 1);
    ck_assert_int_eq(src.pos, 1);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("scanf");
    TCase *tc = tcase_create("core");
    SRunner *sr;
    int failed;

    tcase_add_loop_test(tc, test_table, 0, (int)NCASES);
    tcase_add_test(tc, test_errors);
    tcase_add_test(tc, test_counted_source);
    tcase_add_test(tc, test_unget);
    suite_add_tcase(s, tc);
    sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? 1 : 0;
}
