/* Code page conversions: known byte sequences per page, round trips, flags
 * and error codes of MultiByteToWideChar / WideCharToMultiByte, GetCPInfo. */
#include "test.h"

static void test_sbcs(UINT cp, unsigned char byte, WCHAR expect)
{
    char in = (char)byte, back = 0;
    WCHAR w = 0;
    int r = MultiByteToWideChar(cp, 0, &in, 1, &w, 1);
    int r2 = WideCharToMultiByte(cp, 0, &w, 1, &back, 1, NULL, NULL);
    ok(r == 1 && w == expect && r2 == 1 && back == in, "cp %u byte %02x: got %d %04x, back %d %02x", cp, byte, r,
       w, r2, (unsigned char)back);
}

static void test_dbcs(UINT cp, const char *bytes, WCHAR expect)
{
    WCHAR w[2] = { 0, 0 };
    char back[3] = { 0 };
    int r = MultiByteToWideChar(cp, MB_ERR_INVALID_CHARS, bytes, 2, w, 2);
    int r2 = WideCharToMultiByte(cp, 0, w, 1, back, 2, NULL, NULL);
    ok(r == 1 && w[0] == expect && r2 == 2 && !memcmp(back, bytes, 2), "cp %u %02x%02x: got %d %04x, back %d",
       cp, (unsigned char)bytes[0], (unsigned char)bytes[1], r, w[0], r2);
}

/* Wine 8 accepts flags and default-char arguments with CP_UTF8 that
 * Windows refuses (documented for MultiByteToWideChar/WideCharToMultiByte);
 * those checks are skipped under Wine rather than asserting its bug. */
static BOOL under_wine(void)
{
    return GetProcAddress(GetModuleHandleA("ntdll.dll"), "wine_get_version") != NULL;
}

int main(void)
{
    WCHAR w[16];
    char a[16];
    BOOL used;
    CPINFO info;
    CPINFOEXW infoex;
    int r;

    test_sbcs(1252, 0x80, 0x20ac);
    test_sbcs(1252, 0x81, 0x0081);
    test_sbcs(1252, 0xe9, 0x00e9);
    test_sbcs(437, 0x82, 0x00e9);
    test_sbcs(437, 0xb0, 0x2591);
    test_sbcs(850, 0xd5, 0x0131);
    test_sbcs(1250, 0x8a, 0x0160);
    test_sbcs(1251, 0xc0, 0x0410);
    test_sbcs(1253, 0xc1, 0x0391);
    test_sbcs(1254, 0xfd, 0x0131);
    test_sbcs(1255, 0xe0, 0x05d0);
    test_sbcs(1256, 0xc7, 0x0627);
    test_sbcs(1257, 0xc0, 0x0104);
    test_sbcs(1258, 0x80, 0x20ac);
    test_sbcs(874, 0xa1, 0x0e01);
    test_sbcs(28591, 0xa4, 0x00a4);
    test_dbcs(932, "\x82\xa0", 0x3042);
    test_dbcs(932, "\x88\x9f", 0x4e9c);
    test_dbcs(936, "\xc4\xe3", 0x4f60);
    test_dbcs(949, "\xb0\xa1", 0xac00);
    test_dbcs(950, "\xa4\x40", 0x4e00);

    /* half-width katakana is a single byte in 932 */
    r = MultiByteToWideChar(932, 0, "a\xb1", 2, w, 16);
    ok(r == 2 && w[0] == 'a' && w[1] == 0xff71, "932 single bytes: %d %04x %04x", r, w[0], w[1]);
    /* 20127 strips the high bit */
    r = MultiByteToWideChar(20127, 0, "\xc1", 1, w, 16);
    ok(r == 1 && w[0] == 'A', "20127 0xc1: %d %04x", r, w[0]);

    SetLastError(0xdeadbeef);
    r = MultiByteToWideChar(1253, MB_ERR_INVALID_CHARS, "\xaa", 1, w, 16);
    ok(!r && GetLastError() == ERROR_NO_UNICODE_TRANSLATION, "1253 undefined byte: %d err %lu", r, GetLastError());
    SetLastError(0xdeadbeef);
    r = MultiByteToWideChar(932, MB_ERR_INVALID_CHARS, "\x82", 1, w, 16);
    ok(!r && GetLastError() == ERROR_NO_UNICODE_TRANSLATION, "932 lone lead byte: %d err %lu", r, GetLastError());
    SetLastError(0xdeadbeef);
    r = MultiByteToWideChar(CP_UTF8, MB_ERR_INVALID_CHARS, "\xc0\x80", 2, w, 16);
    ok(!r && GetLastError() == ERROR_NO_UNICODE_TRANSLATION, "utf8 overlong: %d err %lu", r, GetLastError());
    r = MultiByteToWideChar(CP_UTF8, 0, "\xe3\x81\x82", -1, NULL, 0);
    ok(r == 2, "utf8 size query: %d", r);
    SetLastError(0xdeadbeef);
    r = MultiByteToWideChar(1252, 0, "abcd", 4, w, 2);
    ok(!r && GetLastError() == ERROR_INSUFFICIENT_BUFFER, "small buffer: %d err %lu", r, GetLastError());
    SetLastError(0xdeadbeef);
    r = MultiByteToWideChar(12345, 0, "a", 1, w, 2);
    ok(!r && GetLastError() == ERROR_INVALID_PARAMETER, "bad page: %d err %lu", r, GetLastError());
    if (!under_wine()) {
        SetLastError(0xdeadbeef);
        r = MultiByteToWideChar(CP_UTF8, MB_PRECOMPOSED, "a", 1, w, 2);
        ok(!r && GetLastError() == ERROR_INVALID_FLAGS, "utf8 MB_PRECOMPOSED: %d err %lu", r, GetLastError());
    } else trace("skipped under Wine: CP_UTF8 argument check");
    r = MultiByteToWideChar(1252, MB_PRECOMPOSED, "a", 1, w, 2);
    ok(r == 1, "1252 MB_PRECOMPOSED: %d", r);

    /* default characters */
    used = FALSE;
    r = WideCharToMultiByte(1252, 0, L"x\x4e00", 2, a, 16, NULL, &used);
    ok(r == 2 && a[1] == '?' && used, "1252 unmappable: %d %02x used %d", r, (unsigned char)a[1], used);
    used = FALSE;
    r = WideCharToMultiByte(1252, 0, L"\x4e00", 1, a, 16, "*", &used);
    ok(r == 1 && a[0] == '*' && used, "custom default: %d %c used %d", r, a[0], used);
    used = TRUE;
    r = WideCharToMultiByte(1252, 0, L"abc", 3, a, 16, NULL, &used);
    ok(r == 3 && !used, "nothing unmappable: %d used %d", r, used);
    r = WideCharToMultiByte(1252, 0, L"\x0100", 1, a, 16, NULL, NULL);
    ok(r == 1 && a[0] == 'A', "best fit U+0100: %d %02x", r, (unsigned char)a[0]);
    r = WideCharToMultiByte(1252, WC_NO_BEST_FIT_CHARS, L"\x0100", 1, a, 16, NULL, NULL);
    ok(r == 1 && a[0] == '?', "no best fit U+0100: %d %02x", r, (unsigned char)a[0]);
    if (!under_wine()) {
        SetLastError(0xdeadbeef);
        r = WideCharToMultiByte(CP_UTF8, 0, L"a", 1, a, 16, "?", NULL);
        ok(!r && GetLastError() == ERROR_INVALID_PARAMETER, "utf8 default char: %d err %lu", r, GetLastError());
    } else trace("skipped under Wine: CP_UTF8 argument check");
    if (!under_wine()) {
        SetLastError(0xdeadbeef);
        r = WideCharToMultiByte(CP_UTF8, 0, L"a", 1, a, 16, NULL, &used);
        ok(!r && GetLastError() == ERROR_INVALID_PARAMETER, "utf8 used default: %d err %lu", r, GetLastError());
    } else trace("skipped under Wine: CP_UTF8 argument check");
    SetLastError(0xdeadbeef);
    r = WideCharToMultiByte(CP_UTF8, WC_ERR_INVALID_CHARS, L"a\xd800", 2, a, 16, NULL, NULL);
    ok(!r && GetLastError() == ERROR_NO_UNICODE_TRANSLATION, "lone surrogate: %d err %lu", r, GetLastError());
    SetLastError(0xdeadbeef);
    r = WideCharToMultiByte(932, 0, L"\x3042\x3044", 2, a, 3, NULL, NULL);
    ok(!r && GetLastError() == ERROR_INSUFFICIENT_BUFFER, "932 small buffer: %d err %lu", r, GetLastError());
    r = WideCharToMultiByte(932, 0, L"\x3042\x3044", -1, NULL, 0, NULL, NULL);
    ok(r == 5, "932 size query: %d", r);

    /* ASCII text (winrun converts it without the page's table) */
    SetLastError(0xdeadbeef);
    r = WideCharToMultiByte(1252, 0, L"abcd", 4, a, 2, NULL, NULL);
    ok(!r && GetLastError() == ERROR_INSUFFICIENT_BUFFER, "ASCII small buffer: %d err %lu", r, GetLastError());
    SetLastError(0xdeadbeef);
    r = WideCharToMultiByte(1252, 0x10000000, L"abcd", 4, a, 16, NULL, NULL);
    ok(!r && GetLastError() == ERROR_INVALID_FLAGS, "ASCII, bad flags: %d err %lu", r, GetLastError());
    SetLastError(0xdeadbeef);
    r = WideCharToMultiByte(12345, 0, L"abcd", 4, a, 16, NULL, NULL);
    ok(!r && GetLastError() == ERROR_INVALID_PARAMETER, "ASCII, unknown page: %d err %lu", r, GetLastError());
    r = WideCharToMultiByte(932, 0, L"a\\~\x7f", -1, a, 16, NULL, NULL);
    ok(r == 5 && !strcmp(a, "a\\~\x7f"), "932 ASCII to bytes: %d", r);
    r = MultiByteToWideChar(932, 0, "a\\~\x7f", -1, w, 16);
    ok(r == 5 && !memcmp(w, L"a\\~\x7f", 5 * sizeof(WCHAR)), "932 ASCII to UTF-16: %d %04x %04x", r, w[1], w[2]);
    r = MultiByteToWideChar(437, 0, "\x01z", 2, w, 16);
    ok(r == 2 && w[0] == 1 && w[1] == 'z', "437 control character: %d %04x", r, w[0]);

    /* code page information */
    ok(GetACP() == 1252 && GetOEMCP() == 437, "ACP %u OEMCP %u", GetACP(), GetOEMCP());
    ok(IsValidCodePage(932) && IsValidCodePage(1252) && IsValidCodePage(CP_UTF8) && !IsValidCodePage(12345) &&
       !IsValidCodePage(CP_ACP), "IsValidCodePage");
    ok(IsDBCSLeadByteEx(932, 0x82) && !IsDBCSLeadByteEx(932, 0xa0) && IsDBCSLeadByteEx(932, 0xe0) &&
       !IsDBCSLeadByteEx(1252, 0x82), "IsDBCSLeadByteEx");
    memset(&info, 0xcc, sizeof(info));
    r = GetCPInfo(932, &info);
    ok(r && info.MaxCharSize == 2 && info.DefaultChar[0] == '?' && info.LeadByte[0] == 0x81 &&
       info.LeadByte[1] == 0x9f && info.LeadByte[2] == 0xe0 && info.LeadByte[3] == 0xfc && !info.LeadByte[4],
       "GetCPInfo 932: %d max %u lead %02x-%02x %02x-%02x", r, info.MaxCharSize, info.LeadByte[0],
       info.LeadByte[1], info.LeadByte[2], info.LeadByte[3]);
    r = GetCPInfo(1252, &info);
    ok(r && info.MaxCharSize == 1 && !info.LeadByte[0], "GetCPInfo 1252: %d max %u", r, info.MaxCharSize);
    r = GetCPInfo(CP_UTF8, &info);
    ok(r && info.MaxCharSize == 4, "GetCPInfo utf8: %d max %u", r, info.MaxCharSize);
    r = GetCPInfoExW(CP_ACP, 0, &infoex);
    ok(r && infoex.CodePage == 1252 && infoex.UnicodeDefaultChar == '?', "GetCPInfoExW ACP: %d cp %u def %04x", r,
       infoex.CodePage, infoex.UnicodeDefaultChar);
    SetLastError(0xdeadbeef);
    r = GetCPInfo(12345, &info);
    ok(!r && GetLastError() == ERROR_INVALID_PARAMETER, "GetCPInfo bad: %d err %lu", r, GetLastError());
    return test_done();
}
