/* Locales besides en-US (de-DE, ru-RU, ja-JP, ...) asked for explicitly,
 * and the user locale when the Unix locale names none of them. Only values
 * that hold on Windows whether or not the matching glibc locale is
 * installed are checked: the identity and minimum conventions winrun's
 * table carries itself. */
#include "test.h"

static void check_ex(const WCHAR *name, LCTYPE type, const WCHAR *expect, int line)
{
    WCHAR buf[128];
    int r = GetLocaleInfoEx(name, type, buf, 128);
    ok(r == lstrlenW(expect) + 1 && !lstrcmpW(buf, expect), "line %d: %s type %#lx got %d %s", line,
       dbgstr_w(name), type, r, r ? dbgstr_w(buf) : "");
}
#define INFO_EX(n, t, e) check_ex(n, t, e, __LINE__)

static void check_lcid(LCID lcid, LCTYPE type, const WCHAR *expect, int line)
{
    WCHAR buf[128];
    int r = GetLocaleInfoW(lcid, type, buf, 128);
    ok(r == lstrlenW(expect) + 1 && !lstrcmpW(buf, expect), "line %d: %#lx type %#lx got %d %s", line, lcid,
       type, r, r ? dbgstr_w(buf) : "");
}
#define INFO(l, t, e) check_lcid(l, t, e, __LINE__)

/* The Unix locale the formats follow (glibc's order for LC_TIME), as the
 * programs see the variables; "" if none is set. */
static void unix_locale(char *buf, DWORD size)
{
    static const char *const vars[] = { "LC_ALL", "LC_TIME", "LANG" };
    for (int i = 0; i < 3; i++)
        if (GetEnvironmentVariableA(vars[i], buf, size) && *buf) return;
    *buf = 0;
}

int main(void)
{
    static const struct { const WCHAR *name; LCID lcid; } ids[] = {
        { L"de-DE", 0x0407 }, { L"fr-FR", 0x040c }, { L"es-ES", 0x0c0a }, { L"it-IT", 0x0410 },
        { L"pt-BR", 0x0416 }, { L"ja-JP", 0x0411 }, { L"zh-CN", 0x0804 }, { L"ru-RU", 0x0419 },
        { L"en-GB", 0x0809 }, { L"nl-NL", 0x0413 }, { L"pl-PL", 0x0415 }, { L"sv-SE", 0x041d },
    };
    WCHAR buf[128];
    char abuf[128], env[64];
    DWORD num;
    int r;

    for (int i = 0; i < (int)(sizeof(ids) / sizeof(ids[0])); i++) {
        ok(LocaleNameToLCID(ids[i].name, 0) == ids[i].lcid, "LocaleNameToLCID(%s) = %#lx", dbgstr_w(ids[i].name),
           LocaleNameToLCID(ids[i].name, 0));
        r = LCIDToLocaleName(ids[i].lcid, buf, 128, 0);
        ok(r && !lstrcmpW(buf, ids[i].name), "LCIDToLocaleName(%#lx) = %s", ids[i].lcid, r ? dbgstr_w(buf) : "");
        ok(IsValidLocale(ids[i].lcid, LCID_SUPPORTED), "IsValidLocale(%#lx)", ids[i].lcid);
        ok(IsValidLocaleName(ids[i].name), "IsValidLocaleName(%s)", dbgstr_w(ids[i].name));
    }
    ok(LocaleNameToLCID(L"DE-de", 0) == 0x407, "name case: %#lx", LocaleNameToLCID(L"DE-de", 0));

    INFO_EX(L"de-DE", LOCALE_SNAME, L"de-DE");
    INFO_EX(L"de-DE", LOCALE_SDECIMAL, L",");
    INFO_EX(L"de-DE", LOCALE_STHOUSAND, L".");
    INFO_EX(L"de-DE", LOCALE_SLIST, L";");
    INFO_EX(L"de-DE", LOCALE_IDEFAULTANSICODEPAGE, L"1252");
    INFO_EX(L"de-DE", LOCALE_IDEFAULTCODEPAGE, L"850");
    INFO_EX(L"de-DE", LOCALE_IFIRSTDAYOFWEEK, L"0");
    INFO_EX(L"de-DE", LOCALE_SISO639LANGNAME, L"de");
    INFO_EX(L"de-DE", LOCALE_SISO3166CTRYNAME, L"DE");
    INFO_EX(L"de-DE", LOCALE_SENGLISHLANGUAGENAME, L"German");
    INFO_EX(L"de-DE", LOCALE_SENGLISHCOUNTRYNAME, L"Germany");
    INFO_EX(L"de-DE", LOCALE_SINTLSYMBOL, L"EUR");
    INFO_EX(L"de-DE", LOCALE_SCURRENCY, L"\x20ac");
    INFO_EX(L"de-DE", LOCALE_IMEASURE, L"0");
    INFO(0x407, LOCALE_ILANGUAGE, L"0407");
    INFO(0x407, LOCALE_ICOUNTRY, L"49");
    INFO(0x419, LOCALE_IDEFAULTANSICODEPAGE, L"1251");
    INFO(0x419, LOCALE_IDEFAULTCODEPAGE, L"866");
    INFO(0x419, LOCALE_SDECIMAL, L",");
    INFO(0x411, LOCALE_IDEFAULTANSICODEPAGE, L"932");
    INFO(0x411, LOCALE_IDEFAULTCODEPAGE, L"932");
    INFO(0x411, LOCALE_SDECIMAL, L".");
    INFO(0x804, LOCALE_IDEFAULTANSICODEPAGE, L"936");
    INFO(0x415, LOCALE_IDEFAULTANSICODEPAGE, L"1250");
    INFO(0x809, LOCALE_SISO3166CTRYNAME, L"GB");
    INFO(0x416, LOCALE_IFIRSTDAYOFWEEK, L"6");
    INFO(0x40c, LOCALE_SDECIMAL, L",");

    r = GetLocaleInfoW(0x407, LOCALE_IDEFAULTANSICODEPAGE | LOCALE_RETURN_NUMBER, (WCHAR *)&num, 2);
    ok(r == 2 && num == 1252, "RETURN_NUMBER: %d %lu", r, num);
    r = GetLocaleInfoA(0x407, LOCALE_SDECIMAL, abuf, sizeof(abuf));
    ok(r == 2 && !strcmp(abuf, ","), "GetLocaleInfoA: %d %s", r, abuf);
    /* a neutral language id means the language's default locale */
    INFO(MAKELANGID(LANG_GERMAN, SUBLANG_NEUTRAL), LOCALE_SNAME, L"de-DE");

    /* formatting reads the locale's separators */
    r = GetNumberFormatW(0x407, 0, L"1234.5", NULL, buf, 128);
    ok(r && !lstrcmpW(buf, L"1.234,50"), "GetNumberFormatW de-DE: %d %s", r, dbgstr_w(buf));

    /* no listed locale in the Unix environment: the user locale is en-US */
    unix_locale(env, sizeof(env));
    if (!*env || !strncmp(env, "C", 1) || !strncmp(env, "POSIX", 5) || !strncmp(env, "en_US", 5)) {
        ok(GetUserDefaultLCID() == 0x409, "user LCID %#lx (Unix locale \"%s\")", GetUserDefaultLCID(), env);
        r = GetUserDefaultLocaleName(buf, 128);
        ok(r == 6 && !lstrcmpW(buf, L"en-US"), "user locale name %s", dbgstr_w(buf));
        INFO(LOCALE_USER_DEFAULT, LOCALE_SNAME, L"en-US");
        ok(GetThreadLocale() == 0x409, "thread locale %#lx", GetThreadLocale());
    } else trace("Unix locale \"%s\": user locale %#lx", env, GetUserDefaultLCID());
    return test_done();
}
