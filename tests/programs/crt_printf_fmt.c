/* crt_printf_fmt.c - printf's Microsoft-specific formats, built twice:
 * crt_printf_fmt.exe with msvcrt.dll and crt_printf_fmt_ucrt.exe (-DUCRT)
 * with the UCRT, which differ in exponent digits (3 vs 2), infinity and
 * NaN spellings, %.0f rounding of halves and the C99 size prefixes. */
#include "test.h"
#include <math.h>
#include <stddef.h>

#ifdef UCRT
#define CRT(msvcrt, ucrt) ucrt
#else
#define CRT(msvcrt, ucrt) msvcrt
#endif

static char buf[256];

/* No format attribute: the formats here are the CRT's, not gcc's idea of them. */
static const char *fmt(const char *format, ...)
{
    va_list ap;

    va_start(ap, format);
    _vsnprintf(buf, sizeof(buf) - 1, format, ap);
    buf[sizeof(buf) - 1] = 0;
    va_end(ap);
    return buf;
}

#define check(expect, ...) do { const char *got_ = fmt(__VA_ARGS__); \
    ok(!strcmp(got_, expect), "%s: got \"%s\" want \"%s\"", #__VA_ARGS__, got_, expect); } while (0)

int main(void)
{
    volatile double zero = 0.0;
    double inf = 1.0 / zero, nan_v = inf - inf;   /* x86's default NaN: sign bit set */

    /* wide and narrow characters and strings from the narrow printf */
    check("wide", "%S", L"wide");
    check("wide", "%ls", L"wide");
    check("narrow", "%hs", "narrow");
    check("[  wi]", "[%4.2S]", L"wide");
    check("W", "%C", (int)L'W');
    check("W", "%lc", (int)L'W');
    check("n", "%hc", 'n');
    check("(null)", "%s", (char *)NULL);
    check("(null)", "%S", (WCHAR *)NULL);

    /* Microsoft size prefixes */
    check("-1234567890123", "%I64d", (__int64)-1234567890123LL);
    check("18446744073709551615", "%I64u", (unsigned __int64)-1);
    check("-5", "%I32d", -5);
    check("4294967295", "%I32u", 0xffffffffu);
    check("12345678901", "%Iu", (size_t)12345678901ULL);
    check("ffffffffffffffff", "%Ix", (size_t)-1);
    check("-7", "%Id", (ptrdiff_t)-7);
    /* C99 z: Wine's msvcrt.dll knows it too */
    check("-3", "%zd", (size_t)-3);
    check("ff", "%zx", (size_t)255);
    check("-9", "%lld", -9LL);

    /* exponents: three digits in msvcrt, at least two in the UCRT */
    check(CRT("1.000000e+003", "1.000000e+03"), "%e", 1000.0);
    check(CRT("1.5E-010", "1.5E-10"), "%.1E", 1.5e-10);
    check(CRT("1e+010", "1e+10"), "%g", 1e10);
    check(CRT("1.23457e+100", "1.23457e+100"), "%g", 1.23456789e100);
    check("0.0001", "%g", 0.0001);

    /* hexadecimal floating point */
    check("0x1.0000000000000p+0", "%a", 1.0);
    check("0x1.8p+1", "%.1a", 3.0);
    check("-0X1.000P-2", "%.3A", -0.25);

    /* exact halves round up in both: the UCRT rounds them to even only
     * with _CRT_INTERNAL_PRINTF_STANDARD_ROUNDING, which MSVC's headers
     * pass and mingw's do not */
    check("1", "%.0f", 0.5);
    check("3", "%.0f", 2.5);
    check("4", "%.0f", 3.5);
    check("0.13", "%.2f", 0.125);

    /* infinities and NaNs */
    check(CRT("1.#INF00", "inf"), "%f", inf);
    check(CRT("-1.#INF00", "-inf"), "%f", -inf);
    check(CRT("1.#QNAN0", "nan"), "%f", -nan_v);
    check(CRT("-1.#IND00", "-nan(ind)"), "%f", nan_v);
    check(CRT("1.#INF", "INF"), "%G", inf);
    check(CRT("1.$", "inf"), "%.1f", inf);
    check(CRT("  1.#INF00", "       inf"), "%10f", inf);

    /* %p: 16 upper-case digits, padded to the width */
    check("00000000DEADBEEF", "%p", (void *)0xdeadbeef);
    check("    00000000DEADBEEF", "%20p", (void *)0xdeadbeef);
    check("00000000DEADBEEF    ", "%-20p", (void *)0xdeadbeef);

#ifndef UCRT
    /* %n works in msvcrt.dll (the UCRT refuses it unless enabled) */
    {
        int n = -1;
        fmt("abc%n", &n);
        ok(n == 3, "%%n: %d", n);
    }
#endif
    return test_done();
}
