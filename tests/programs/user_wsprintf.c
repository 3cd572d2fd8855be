/* wsprintfA/W, wvsprintfA/W (user32) and wnsprintfA/W (shlwapi): one
 * engine, Windows' formats. Expectations checked under Wine. */
#include <shlwapi.h>
#include "test.h"

static int vfmt_a(char *buf, const char *format, ...)
{
    va_list ap;
    int r;
    va_start(ap, format);
    r = wvsprintfA(buf, format, ap);
    va_end(ap);
    return r;
}

static int vnfmt_w(WCHAR *buf, int size, const WCHAR *format, ...)
{
    va_list ap;
    int r;
    va_start(ap, format);
    r = wvnsprintfW(buf, size, format, ap);
    va_end(ap);
    return r;
}

#define CHECK_A(expect, ...) do { \
    char b_[1100]; int r_; \
    memset(b_, 'x', sizeof(b_)); \
    r_ = wsprintfA(b_, __VA_ARGS__); \
    ok(!strcmp(b_, expect) && r_ == (int)strlen(expect), "wsprintfA(%s): got \"%s\" %d", #__VA_ARGS__, b_, r_); \
} while (0)

#define CHECK_W(expect, ...) do { \
    WCHAR b_[1100]; int r_; \
    memset(b_, 'x', sizeof(b_)); \
    r_ = wsprintfW(b_, __VA_ARGS__); \
    ok(!lstrcmpW(b_, expect) && r_ == lstrlenW(expect), "wsprintfW(%s): got %d", #__VA_ARGS__, r_); \
} while (0)

int main(void)
{
    char big[2000], buf[2100];
    WCHAR wbuf[2100];
    int r;

    CHECK_A("plain", "plain");
    CHECK_A("a%b", "a%%b");
    CHECK_A("[42] [-7] [7]", "[%d] [%i] [%u]", 42, -7, 7);
    CHECK_A("[4294967295]", "[%u]", -1);
    CHECK_A("[ff] [FF] [0xff] [0XFF]", "[%x] [%X] [%#x] [%#X]", 255, 255, 255, 255);
    CHECK_A("[   42] [42   ] [00042]", "[%5d] [%-5d] [%05d]", 42, 42, 42);
    CHECK_A("[-0042] [  -42]", "[%05d] [%5d]", -42, -42);
    CHECK_A("[00042] [ 00042]", "[%.5d] [%6.5d]", 42, 42);
    CHECK_A("[abc] [  abc] [abc  ] [ab]", "[%s] [%5s] [%-5s] [%.2s]", "abc", "abc", "abc", "abc");
    CHECK_A("[wide] [wide] [wide] [narrow]", "[%S] [%ls] [%ws] [%hs]", L"wide", L"wide", L"wide", "narrow");
    CHECK_A("[x] [y] [z]", "[%c] [%C] [%lc]", 'x', L'y', L'z');
    CHECK_A("[(null)]", "[%s]", (char *)NULL);
    CHECK_A("[12345678901] [-12345678901]", "[%I64d] [%I64d]", (LONGLONG)12345678901LL, (LONGLONG)-12345678901LL);
    CHECK_A("[ffffffffff]", "[%I64x]", (ULONGLONG)0xffffffffffULL);
    CHECK_A("[42]", "[%ld]", 42L);
    CHECK_A("[65535]", "[%hu]", 0xffff);
    CHECK_A("[000000000000ABCD]", "[%p]", (void *)0xabcd);
    CHECK_A("[1.5]", "[1.5]");
    /* an unknown type prints itself, with no argument taken */
    CHECK_A("[f] [lx] [z] [7]", "[%f] [%llx] [%z] [%d]", 7);
    CHECK_A("abc", "abc%");
    CHECK_A("abc     ", "abc%5");
    /* the precision counts the sign; '#' comes on top of the width */
    CHECK_A("[-05] [3    ] [0] [ffffffff]", "[%.3d] [%-05d] [%.0d] [%x]", -5, 3, 0, -1);
    CHECK_A("[    0x1f] [0x1f    ] [0x00001f] [0x0] [0x001f]", "[%#6x] [%-#6x] [%#06x] [%#x] [%#.4x]", 31, 31, 31, 0, 31);
    /* strings pad with spaces, '0' or not; a precision of 0 is none */
    CHECK_A("[    a] [b  ] [    x] [yy] [   zz]", "[%5c] [%-3c] [%05s] [%.0s] [%5.2s]", 'a', 'b', "x", "yy", "zzz");
    CHECK_A("[18446744073709551615] [5] [6]", "[%I64u] [%I32d] [%lu]", (ULONGLONG)-1, 5, 6UL);
    CHECK_A("[n] [c] [w] [m]", "[%hs] [%hc] [%wc] [%hS]", "n", 'c', L'w', "m");

    CHECK_W(L"plain 7", L"plain %d", 7);
    CHECK_W(L"[abc] [narrow] [wide] [narrow]", L"[%s] [%S] [%ls] [%hs]", L"abc", "narrow", L"wide", "narrow");
    CHECK_W(L"[x] [y]", L"[%c] [%C]", L'x', 'y');
    CHECK_W(L"[    0x1f]", L"[%#6x]", 31);

    /* 1024 units at most, NUL included: the rest is cut, and the answer
     * is then 1024 (Wine's rule, from Windows) */
    memset(big, 'a', sizeof(big) - 1);
    big[sizeof(big) - 1] = 0;
    memset(buf, 'x', sizeof(buf));
    r = wsprintfA(buf, "%s", big);
    ok(r == 1024 && strlen(buf) == 1023, "wsprintfA long: got %d, len %d", r, (int)strlen(buf));
    r = wsprintfA(buf, big);
    ok(r == 1024 && strlen(buf) == 1023, "wsprintfA long format: got %d, len %d", r, (int)strlen(buf));
    r = wsprintfW(wbuf, L"%S", big);
    ok(r == 1024 && lstrlenW(wbuf) == 1023, "wsprintfW long: got %d, len %d", r, lstrlenW(wbuf));

    r = vfmt_a(buf, "%s-%d", "v", 3);
    ok(r == 3 && !strcmp(buf, "v-3"), "wvsprintfA: got %d \"%s\"", r, buf);

    /* wnsprintf: the caller's size */
    memset(buf, 'x', sizeof(buf));
    r = wnsprintfA(buf, 10, "%s", "abc");
    ok(r == 3 && !strcmp(buf, "abc"), "wnsprintfA fits: got %d \"%s\"", r, buf);
    memset(buf, 'x', sizeof(buf));
    r = wnsprintfA(buf, 5, "%s", "abcdefgh");
    ok(!strcmp(buf, "abcd"), "wnsprintfA cut: got \"%s\"", buf);
    ok(r == -1, "wnsprintfA cut: got %d", r);
    memset(buf, 'x', sizeof(buf));
    r = wnsprintfA(buf, 4, "%s", "abc");
    /* filled to the last unit counts as cut */
    ok(!strcmp(buf, "abc"), "wnsprintfA exact: got \"%s\"", buf);
    ok(r == -1, "wnsprintfA exact: got %d", r);
    r = vnfmt_w(wbuf, 6, L"%d:%s", 12, L"xyz");
    ok(r == -1 && !lstrcmpW(wbuf, L"12:xy"), "wvnsprintfW: got %d", r);
    r = wnsprintfW(wbuf, 20, L"%5.1s|", L"qq");
    ok(r == 6 && !lstrcmpW(wbuf, L"    q|"), "wnsprintfW: got %d", r);
    return test_done();
}
