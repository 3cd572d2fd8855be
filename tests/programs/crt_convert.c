/* number <-> string conversions and wide strings on 16-bit WCHAR */
#include <errno.h>
#include <stdlib.h>
#include <wchar.h>
#include <wctype.h>
#include "test.h"

int main(void)
{
    char buf[80];
    wchar_t wbuf[80], *wend;
    wchar_t ws[] = L"alpha beta,gamma";

    ok(!strcmp(_itoa(-255, buf, 16), "ffffff01"), "_itoa hex negative: %s", buf);
    ok(!strcmp(_itoa(-255, buf, 10), "-255"), "_itoa: %s", buf);
    ok(!strcmp(_ltoa(123456, buf, 36), "2n9c"), "_ltoa base 36: %s", buf);
    ok(!strcmp(_ultoa(0xffffffffu, buf, 2), "11111111111111111111111111111111"), "_ultoa: %s", buf);
    ok(!strcmp(_i64toa(-9000000000LL, buf, 10), "-9000000000"), "_i64toa: %s", buf);
    ok(!strcmp(_ui64toa(0xfedcba9876543210ULL, buf, 16), "fedcba9876543210"), "_ui64toa: %s", buf);
    ok(!wcscmp(_itow(-12, wbuf, 10), L"-12"), "_itow");
    ok(!wcscmp(_i64tow(1LL << 40, wbuf, 10), L"1099511627776"), "_i64tow");

    errno = 0;
    ok(strtol("2147483648", NULL, 10) == 2147483647 && errno == ERANGE, "strtol clamps, ERANGE %d", errno);
    errno = 0;
    ok(strtoul("-1", NULL, 10) == 0xffffffffu && errno == 0, "strtoul(-1) wraps: errno %d", errno);
    ok(_strtoi64("-0x10", NULL, 16) == -16, "_strtoi64 hex");
    ok(_atoi64("  123456789012") == 123456789012LL, "_atoi64");
    ok(atof("1.5e3") == 1500.0, "atof");

    ok(wcstol(L"  -42xyz", &wend, 10) == -42 && *wend == 'x', "wcstol end at %d", (int)(wend - wbuf));
    ok(wcstoul(L"ff", NULL, 16) == 255, "wcstoul hex");
    ok(wcstod(L"2.5\x4e00", &wend) == 2.5 && *wend == 0x4e00, "wcstod stops at non-ASCII");
    ok(_wtoi(L"77") == 77 && _wtol(L"-3") == -3, "_wtoi/_wtol");

    ok(wcslen(L"abc\x4e00") == 4, "wcslen counts 16-bit units");
    ok(!wcsncmp(wcsncat(wcscpy(wbuf, L"ab"), L"cdef", 2), L"abcd", 5), "wcsncat");
    ok(wcspbrk(L"hello", L"lo") - L"hello" == 2 || *wcspbrk(L"hello", L"lo") == 'l', "wcspbrk");
    ok(wcsspn(L"aabbc", L"ab") == 4 && wcscspn(L"xyz,", L",") == 3, "wcsspn/wcscspn");
    ok(!wcscmp(wcsstr(L"needle in hay", L"in"), L"in hay"), "wcsstr");
    ok(!wcscmp(wcstok(ws, L" ,"), L"alpha") && !wcscmp(wcstok(NULL, L" ,"), L"beta")
       && !wcscmp(wcstok(NULL, L" ,"), L"gamma") && !wcstok(NULL, L" ,"), "wcstok sequence");
    ok(!wcscmp(_wcsupr(wcscpy(wbuf, L"mixed\xe9")), L"MIXED\xe9"), "_wcsupr: the C locale maps ASCII only");
    ok(!wcscmp(_wcslwr(wcscpy(wbuf, L"ABC")), L"abc"), "_wcslwr");
    ok(_wcsicmp(L"Hello", L"hELLO") == 0 && _wcsnicmp(L"abcX", L"ABCy", 3) == 0, "_wcsicmp");
    ok(towupper(L'a') == L'A' && towlower(0xc9) == 0xc9 && towlower(L'Q') == L'q', "towupper/towlower");
    ok(iswalpha(L'z') && !iswalpha(L'1') && iswdigit(L'7') && iswspace(L'\t'), "isw classes");
    ok(iswupper(0xc0) && iswlower(0xe0) && iswalpha(0xe9), "Latin-1 letters");
    ok(iswxdigit(L'F') && !iswxdigit(L'g') && iswpunct(L'!') && iswcntrl(1), "more isw classes");
    return test_done();
}
