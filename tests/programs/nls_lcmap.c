/* LCMapString, GetStringType and case mapping beyond Latin-1 (Greek,
 * Cyrillic, Turkish dotless i), and sort keys ordering like CompareString. */
#include "test.h"

#define EN_US MAKELCID(MAKELANGID(LANG_ENGLISH, SUBLANG_ENGLISH_US), SORT_DEFAULT)
#define TR_TR MAKELCID(MAKELANGID(0x1f, 1), SORT_DEFAULT)

static void check_map(DWORD flags, const WCHAR *src, const WCHAR *expect, int line)
{
    WCHAR buf[64];
    int r = LCMapStringW(EN_US, flags, src, -1, buf, 64);
    ok(r == lstrlenW(expect) + 1 && !lstrcmpW(buf, expect), "line %d: flags %#lx got %d %04x", line, flags, r,
       buf[0]);
}
#define MAP(f, s, e) check_map(f, s, e, __LINE__)

static int sign(int x) { return x < 0 ? -1 : x > 0; }

static void check_sortkey(const WCHAR *a, const WCHAR *b, int line)
{
    BYTE ka[256], kb[256];
    int ra = LCMapStringW(EN_US, LCMAP_SORTKEY, a, -1, (WCHAR *)ka, sizeof(ka));
    int rb = LCMapStringW(EN_US, LCMAP_SORTKEY, b, -1, (WCHAR *)kb, sizeof(kb));
    int cmp = CompareStringW(EN_US, 0, a, -1, b, -1) - 2;
    int kcmp = memcmp(ka, kb, ra < rb ? ra : rb);
    if (!kcmp) kcmp = ra - rb;
    ok(ra > 0 && rb > 0 && sign(kcmp) == cmp && cmp, "line %d: key order %d, CompareString %d", line, sign(kcmp),
       cmp);
}
#define SORTKEY(a, b) check_sortkey(a, b, __LINE__)

int main(void)
{
    WCHAR buf[64];
    WORD types[8];
    int r;

    MAP(LCMAP_UPPERCASE, L"abc\x00e9", L"ABC\x00c9");
    MAP(LCMAP_LOWERCASE, L"\x0391\x0392\x03a3", L"\x03b1\x03b2\x03c3");      /* Greek */
    MAP(LCMAP_UPPERCASE, L"\x03b1\x03c9\x03c2", L"\x0391\x03a9\x03c2");      /* final sigma stays */
    MAP(LCMAP_UPPERCASE, L"\x0436\x044f", L"\x0416\x042f");                  /* Cyrillic */
    MAP(LCMAP_LOWERCASE, L"\x0401\x0416", L"\x0451\x0436");
    MAP(LCMAP_UPPERCASE, L"\x0131i\x00df", L"\x0131I\x00df");                /* dotless i, sharp s */
    MAP(LCMAP_LOWERCASE, L"\x0130I", L"\x0130i");
    MAP(LCMAP_UPPERCASE, L"\x01c5", L"\x01c5");                              /* titlecase Dz */
    MAP(LCMAP_KATAKANA, L"\x3042\x3093", L"\x30a2\x30f3");
    MAP(LCMAP_HIRAGANA, L"\x30a2\x30f3", L"\x3042\x3093");
    MAP(LCMAP_FULLWIDTH, L"A1 ", L"\xff21\xff11\x3000");
    MAP(LCMAP_HALFWIDTH, L"\xff21\xff11", L"A1");
    MAP(LCMAP_BYTEREV, L"\x0102", L"\x0201");

    r = LCMapStringW(TR_TR, LCMAP_UPPERCASE | LCMAP_LINGUISTIC_CASING, L"i\x0131", 2, buf, 64);
    ok(r == 2 && buf[0] == 0x130 && buf[1] == 'I', "Turkish upper: %d %04x %04x", r, buf[0], buf[1]);
    r = LCMapStringW(TR_TR, LCMAP_LOWERCASE | LCMAP_LINGUISTIC_CASING, L"I\x0130", 2, buf, 64);
    ok(r == 2 && buf[0] == 0x131 && buf[1] == 'i', "Turkish lower: %d %04x %04x", r, buf[0], buf[1]);
    r = LCMapStringW(EN_US, LCMAP_UPPERCASE | LCMAP_LINGUISTIC_CASING, L"i", 1, buf, 64);
    ok(r == 1 && buf[0] == 'I', "English linguistic upper: %d %04x", r, buf[0]);

    r = LCMapStringW(EN_US, LCMAP_UPPERCASE, L"abc", -1, NULL, 0);
    ok(r == 4, "size query: %d", r);
    SetLastError(0xdeadbeef);
    r = LCMapStringW(EN_US, LCMAP_UPPERCASE, L"abcdef", -1, buf, 3);
    ok(!r && GetLastError() == ERROR_INSUFFICIENT_BUFFER, "small buffer: %d err %lu", r, GetLastError());
    SetLastError(0xdeadbeef);
    r = LCMapStringW(EN_US, LCMAP_UPPERCASE | LCMAP_LOWERCASE | LCMAP_HIRAGANA | LCMAP_KATAKANA, L"a", -1, buf, 64);
    ok(!r && GetLastError() == ERROR_INVALID_FLAGS, "bad flags: %d err %lu", r, GetLastError());
    SetLastError(0xdeadbeef);
    r = LCMapStringW(EN_US, LCMAP_UPPERCASE, L"a", 0, buf, 64);
    ok(!r && GetLastError() == ERROR_INVALID_PARAMETER, "empty source: %d err %lu", r, GetLastError());
    r = LCMapStringA(EN_US, LCMAP_UPPERCASE, "ab\xe9", -1, (char *)buf, 64);
    ok(r == 4 && !strcmp((char *)buf, "AB\xc9"), "LCMapStringA: %d", r);
    r = LCMapStringEx(L"en-US", LCMAP_LOWERCASE, L"\x0416", 1, buf, 64, NULL, NULL, 0);
    ok(r == 1 && buf[0] == 0x436, "LCMapStringEx: %d %04x", r, buf[0]);

    /* sort keys */
    r = LCMapStringW(EN_US, LCMAP_SORTKEY, L"abc", -1, NULL, 0);
    ok(r > 0, "sort key size: %d", r);
    r = LCMapStringW(EN_US, LCMAP_SORTKEY, L"abc", -1, buf, sizeof(buf));
    ok(r > 0 && ((BYTE *)buf)[r - 1] == 0, "sort key ends with 0: %d", r);
    SORTKEY(L"a", L"B");
    SORTKEY(L"a", L"A");
    SORTKEY(L"abc", L"abd");
    SORTKEY(L"ab", L"abc");
    SORTKEY(L"e", L"\x00e9");
    SORTKEY(L"1", L"a");
    SORTKEY(L"coop", L"co-op");

    /* character types */
    r = GetStringTypeW(CT_CTYPE1, L"aZ5 .\t\x00e9", 7, types);
    ok(r && types[0] == (C1_LOWER | C1_ALPHA | C1_XDIGIT | C1_DEFINED) &&
       types[1] == (C1_UPPER | C1_ALPHA | C1_DEFINED) && types[2] == (C1_DIGIT | C1_XDIGIT | C1_DEFINED) &&
       types[3] == (C1_SPACE | C1_BLANK | C1_DEFINED) && types[4] == (C1_PUNCT | C1_DEFINED) &&
       types[5] == (C1_SPACE | C1_BLANK | C1_CNTRL | C1_DEFINED) && types[6] == (C1_LOWER | C1_ALPHA | C1_DEFINED),
       "CT_CTYPE1: %x %x %x %x %x %x %x", types[0], types[1], types[2], types[3], types[4], types[5], types[6]);
    r = GetStringTypeW(CT_CTYPE1, L"\x03b1\x0416\x4e00", 3, types);
    ok(r && types[0] == (C1_LOWER | C1_ALPHA | C1_DEFINED) && types[1] == (C1_UPPER | C1_ALPHA | C1_DEFINED) &&
       types[2] == (C1_ALPHA | C1_DEFINED), "CT_CTYPE1 beyond Latin-1: %x %x %x", types[0], types[1], types[2]);
    r = GetStringTypeW(CT_CTYPE2, L"a\x05d0" L"1", 3, types);
    ok(r && types[0] == 1 && types[1] == 2 && types[2] == 3, "CT_CTYPE2: %x %x %x", types[0], types[1], types[2]);
    r = GetStringTypeW(CT_CTYPE3, L"\x3042\x30a2\x4e00\x0301", 4, types);
    ok(r && (types[0] & C3_HIRAGANA) && (types[1] & C3_KATAKANA) && (types[2] & C3_IDEOGRAPH) &&
       (types[3] & C3_NONSPACING), "CT_CTYPE3: %x %x %x %x", types[0], types[1], types[2], types[3]);
    SetLastError(0xdeadbeef);
    r = GetStringTypeW(3, L"a", 1, types);
    ok(!r && GetLastError() == ERROR_INVALID_PARAMETER, "bad type: %d err %lu", r, GetLastError());
    r = GetStringTypeA(EN_US, CT_CTYPE1, "A\xe9", 2, types);
    ok(r && types[0] == (C1_UPPER | C1_ALPHA | C1_XDIGIT | C1_DEFINED) &&
       types[1] == (C1_LOWER | C1_ALPHA | C1_DEFINED), "GetStringTypeA: %x %x", types[0], types[1]);

    /* user32 follows the same tables */
    ok((WCHAR)(ULONG_PTR)CharUpperW((WCHAR *)0x3b1) == 0x391, "CharUpperW alpha");
    ok((WCHAR)(ULONG_PTR)CharUpperW((WCHAR *)0x131) == 0x131, "CharUpperW dotless i");
    ok(IsCharAlphaW(0x416) && IsCharUpperW(0x416) && IsCharLowerW(0x436), "IsCharAlphaW/Upper/Lower Cyrillic");
    ok(IsCharAlphaW(0x4e00) && !IsCharUpperW(0x4e00) && !IsCharLowerW(0x4e00) && !IsCharAlphaW('5') &&
       IsCharAlphaNumericW('5'), "IsCharAlphaW ideograph, digit");
    return test_done();
}
