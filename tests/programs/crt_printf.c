/* crt_printf.c - msvcrt's printf formatting, which differs from glibc's:
 * three-digit exponents, "%p" without 0x, "(null)", %I64d, _snprintf
 * returning -1 on overflow. */
#include "test.h"

#define CHECK(expect, ...) do { \
        char buf_[128]; int r_ = sprintf(buf_, __VA_ARGS__); \
        ok(!strcmp(buf_, expect) && r_ == (int)strlen(expect), "sprintf(%s): [%s] r=%d, expected [%s]", \
           #__VA_ARGS__, buf_, r_, expect); \
    } while (0)

int main(void)
{
    const char *volatile nullstr = NULL;     /* hidden from gcc's format check */
    char buf[16];
    WCHAR wbuf[32];
    unsigned x = 0;
    int r, n = 0;

    CHECK("-5 5 ff FF 10", "%d %u %x %X %o", -5, 5u, 255, 255, 8);
    CHECK("   42|42   |00042|+42", "%5d|%-5d|%05d|%+d", 42, 42, 42, 42);
    CHECK("3.142 2.50", "%.3f %.2f", 3.14159, 2.5);
    CHECK("1.234568e+004", "%e", 12345.678);       /* msvcrt: three exponent digits */
    CHECK("1e+020 0.0001", "%g %g", 1e20, 0.0001);
    CHECK("0000000000001234", "%p", (void *)0x1234); /* 16 hex digits, no 0x */
    CHECK("(null)", "%s", nullstr);
    CHECK("-1234567890123 ffffffffffffffff", "%I64d %I64x", -1234567890123LL, -1LL);
    CHECK("4294967295", "%lu", 0xffffffffUL);          /* long is 32-bit */
    CHECK("x|  abc|ab|%", "%c|%5s|%.2s|%%", 'x', "abc", "abc");
    CHECK("wide", "%S", L"wide");                       /* %S: the other width */
    CHECK("0x1f", "%#x", 31);

    r = _snprintf(buf, 4, "%s", "abcdef");
    ok(r == -1 && !memcmp(buf, "abcd", 4), "_snprintf overflow returns -1: %d", r);
    r = _snprintf(buf, sizeof(buf), "%d", 123);
    ok(r == 3 && !strcmp(buf, "123"), "_snprintf fits: %d [%s]", r, buf);
    r = _snwprintf(wbuf, 32, L"%d-%s", 7, L"w");    /* msvcrt: %s is wide in wide printf */
    ok(r == 3 && !lstrcmpW(wbuf, L"7-w"), "_snwprintf: %d %s", r, dbgstr_w(wbuf));
    r = sscanf("12 0x1f abc", "%d %x %3s", &n, &x, buf);
    ok(r == 3 && n == 12 && x == 31 && !strcmp(buf, "abc"), "sscanf: %d %d %u [%s]", r, n, x, buf);
    return test_done();
}
