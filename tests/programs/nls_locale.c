/* Locale identifiers and en-US locale data / formatting as Windows 10
 * reports them. en-US is always asked for explicitly, so the checks do not
 * depend on the user's LANG. */
#include "test.h"

#define EN_US MAKELCID(MAKELANGID(LANG_ENGLISH, SUBLANG_ENGLISH_US), SORT_DEFAULT)

static void check_info(LCTYPE type, const WCHAR *expect, int line)
{
    WCHAR buf[128];
    char narrow[128];
    int r = GetLocaleInfoW(EN_US, type | LOCALE_NOUSEROVERRIDE, buf, 128);
    WideCharToMultiByte(CP_UTF8, 0, buf, -1, narrow, sizeof(narrow), NULL, NULL);
    ok(r == lstrlenW(expect) + 1 && !lstrcmpW(buf, expect), "line %d: type %#lx got %d \"%s\"", line, type, r,
       r ? narrow : "");
}
#define INFO(t, e) check_info(t, e, __LINE__)

int main(void)
{
    SYSTEMTIME st = { 2024, 3, 0, 5, 14, 7, 9, 0 };   /* Tuesday, March 5, 2024 14:07:09 */
    WCHAR buf[128];
    char abuf[128];
    DWORD num;
    int r;

    INFO(LOCALE_SNAME, L"en-US");
    INFO(LOCALE_SLANGUAGE, L"English (United States)");
    INFO(LOCALE_SENGLISHLANGUAGENAME, L"English");
    INFO(LOCALE_SENGLISHCOUNTRYNAME, L"United States");
    INFO(LOCALE_SISO639LANGNAME, L"en");
    INFO(LOCALE_SISO3166CTRYNAME, L"US");
    INFO(LOCALE_IDEFAULTANSICODEPAGE, L"1252");
    INFO(LOCALE_IDEFAULTCODEPAGE, L"437");
    INFO(LOCALE_SDECIMAL, L".");
    INFO(LOCALE_STHOUSAND, L",");
    INFO(LOCALE_SGROUPING, L"3;0");
    INFO(LOCALE_SLIST, L",");
    INFO(LOCALE_IMEASURE, L"1");
    INFO(LOCALE_SCURRENCY, L"$");
    INFO(LOCALE_SINTLSYMBOL, L"USD");
    INFO(LOCALE_SSHORTDATE, L"M/d/yyyy");
    INFO(LOCALE_SLONGDATE, L"dddd, MMMM d, yyyy");
    INFO(LOCALE_STIMEFORMAT, L"h:mm:ss tt");
    INFO(LOCALE_SDAYNAME1, L"Monday");
    INFO(LOCALE_SDAYNAME1 + 6, L"Sunday");
    INFO(LOCALE_SMONTHNAME1, L"January");
    INFO(LOCALE_SMONTHNAME1 + 11, L"December");
    INFO(LOCALE_SABBREVDAYNAME1 + 2, L"Wed");
    INFO(LOCALE_SABBREVMONTHNAME1 + 8, L"Sep");
    INFO(LOCALE_IFIRSTDAYOFWEEK, L"6");
    INFO(LOCALE_S1159, L"AM");

    r = GetLocaleInfoW(EN_US, LOCALE_IDEFAULTANSICODEPAGE | LOCALE_RETURN_NUMBER, (WCHAR *)&num, 2);
    ok(r == 2 && num == 1252, "RETURN_NUMBER ansi cp: %d %lu", r, num);
    r = GetLocaleInfoW(EN_US, LOCALE_ILANGUAGE | LOCALE_RETURN_NUMBER, (WCHAR *)&num, 2);
    ok(r == 2 && num == 0x409, "RETURN_NUMBER ILANGUAGE: %d %#lx", r, num);
    r = GetLocaleInfoW(EN_US, LOCALE_SNAME, NULL, 0);
    ok(r == 6, "size query: %d", r);
    SetLastError(0xdeadbeef);
    r = GetLocaleInfoW(EN_US, LOCALE_SLANGUAGE, buf, 3);
    ok(!r && GetLastError() == ERROR_INSUFFICIENT_BUFFER, "small buffer: %d err %lu", r, GetLastError());
    r = GetLocaleInfoA(EN_US, LOCALE_SCOUNTRY, abuf, sizeof(abuf));
    ok(r == 14 && !strcmp(abuf, "United States"), "GetLocaleInfoA: %d %s", r, abuf);
    r = GetLocaleInfoEx(L"en-US", LOCALE_SISO3166CTRYNAME, buf, 128);
    ok(r == 3 && !lstrcmpW(buf, L"US"), "GetLocaleInfoEx: %d", r);

    /* identifiers */
    r = LCIDToLocaleName(EN_US, buf, 128, 0);
    ok(r == 6 && !lstrcmpW(buf, L"en-US"), "LCIDToLocaleName: %d", r);
    ok(LocaleNameToLCID(L"en-US", 0) == 0x409, "LocaleNameToLCID: %#lx", LocaleNameToLCID(L"en-US", 0));
    ok(IsValidLocale(0x409, LCID_SUPPORTED), "IsValidLocale en-US");
    ok(IsValidLocaleName(L"en-US") && !IsValidLocaleName(L"xx-YY"), "IsValidLocaleName");
    r = GetUserDefaultLocaleName(buf, 128);
    ok(r > 1 && LocaleNameToLCID(buf, 0) == GetUserDefaultLCID(), "user locale name %d / lcid %#lx", r,
       GetUserDefaultLCID());
    ok(GetUserDefaultLangID() == LANGIDFROMLCID(GetUserDefaultLCID()), "GetUserDefaultLangID");
    ok(SetThreadLocale(EN_US) && GetThreadLocale() == EN_US, "SetThreadLocale: %#lx", GetThreadLocale());

    /* formatting */
    r = GetDateFormatW(EN_US, DATE_SHORTDATE, &st, NULL, buf, 128);
    ok(r == 9 && !lstrcmpW(buf, L"3/5/2024"), "short date: %d", r);
    r = GetDateFormatW(EN_US, DATE_LONGDATE, &st, NULL, buf, 128);
    ok(!lstrcmpW(buf, L"Tuesday, March 5, 2024"), "long date: %d", r);
    r = GetDateFormatA(EN_US, 0, &st, "ddd dd MMM yy", abuf, sizeof(abuf));
    ok(r == 14 && !strcmp(abuf, "Tue 05 Mar 24"), "picture date: %d %s", r, abuf);
    r = GetDateFormatA(EN_US, 0, &st, "'day' d", abuf, sizeof(abuf));
    ok(!strcmp(abuf, "day 5"), "quoted date: %d %s", r, abuf);
    SetLastError(0xdeadbeef);
    r = GetDateFormatW(EN_US, DATE_LONGDATE, &st, L"d", buf, 128);
    ok(!r && GetLastError() == ERROR_INVALID_FLAGS, "flags with format: %d err %lu", r, GetLastError());
    r = GetTimeFormatW(EN_US, 0, &st, NULL, buf, 128);
    ok(!lstrcmpW(buf, L"2:07:09 PM"), "time: %d", r);
    r = GetTimeFormatW(EN_US, TIME_NOSECONDS, &st, NULL, buf, 128);
    ok(!lstrcmpW(buf, L"2:07 PM"), "time no seconds: %d", r);
    r = GetTimeFormatA(EN_US, 0, &st, "HH':'mm", abuf, sizeof(abuf));
    ok(!strcmp(abuf, "14:07"), "24h time: %d %s", r, abuf);

    r = GetNumberFormatW(EN_US, 0, L"1234.567", NULL, buf, 128);
    ok(r == 9 && !lstrcmpW(buf, L"1,234.57"), "number: %d", r);
    /* Wine 8 prints "1234,567.89" here (one separator only); Windows groups all */
    if (!GetProcAddress(GetModuleHandleA("ntdll.dll"), "wine_get_version")) {
        r = GetNumberFormatW(EN_US, 0, L"1234567.891", NULL, buf, 128);
        ok(!lstrcmpW(buf, L"1,234,567.89"), "number, two groups: %d", r);
    } else trace("skipped under Wine: grouping of more than one group");
    r = GetNumberFormatW(EN_US, 0, L"-0.5", NULL, buf, 128);
    ok(!lstrcmpW(buf, L"-0.50"), "negative number: %d", r);
    r = GetNumberFormatW(EN_US, 0, L"0.999", NULL, buf, 128);
    ok(!lstrcmpW(buf, L"1.00"), "rounding: %d", r);
    SetLastError(0xdeadbeef);
    r = GetNumberFormatW(EN_US, 0, L"12a", NULL, buf, 128);
    ok(!r && GetLastError() == ERROR_INVALID_PARAMETER, "bad number: %d err %lu", r, GetLastError());
    r = GetCurrencyFormatW(EN_US, 0, L"1234.5", NULL, buf, 128);
    ok(!lstrcmpW(buf, L"$1,234.50"), "currency: %d", r);
    r = GetCurrencyFormatW(EN_US, 0, L"-1234.5", NULL, buf, 128);
    ok(!lstrcmpW(buf, L"($1,234.50)"), "negative currency: %d", r);
    return test_done();
}
