/* ntdll's C runtime printf exports (msvcrt's rules: _snprintf gives -1
 * and no terminator on overflow) and RtlIsTextUnicode/IsTextUnicode.
 * Expectations checked under Wine. */
#include "test.h"

typedef int (__cdecl *snprintf_fn)(char *, size_t, const char *, ...);
typedef int (__cdecl *snwprintf_fn)(WCHAR *, size_t, const WCHAR *, ...);
typedef int (__cdecl *sprintf_fn)(char *, const char *, ...);
typedef int (__cdecl *swprintf_fn)(WCHAR *, const WCHAR *, ...);
typedef int (__cdecl *vsnprintf_fn)(char *, size_t, const char *, va_list);
typedef BOOLEAN (WINAPI *istext_fn)(const void *, int, int *);

static vsnprintf_fn p_vsnprintf;

static int call_vsnprintf(char *buf, size_t n, const char *fmt, ...)
{
    va_list ap;
    int r;
    va_start(ap, fmt);
    r = p_vsnprintf(buf, n, fmt, ap);
    va_end(ap);
    return r;
}

static void test_printf(HMODULE ntdll)
{
    snprintf_fn p_snprintf = (snprintf_fn)GetProcAddress(ntdll, "_snprintf");
    snwprintf_fn p_snwprintf = (snwprintf_fn)GetProcAddress(ntdll, "_snwprintf");
    sprintf_fn p_sprintf = (sprintf_fn)GetProcAddress(ntdll, "sprintf");
    swprintf_fn p_swprintf = (swprintf_fn)GetProcAddress(ntdll, "swprintf");
    char buf[32];
    WCHAR wbuf[32];
    int r;

    p_vsnprintf = (vsnprintf_fn)GetProcAddress(ntdll, "_vsnprintf");
    ok(p_snprintf && p_snwprintf && p_sprintf && p_swprintf && p_vsnprintf, "exports");
    if (!p_snprintf || !p_snwprintf || !p_sprintf || !p_swprintf || !p_vsnprintf) return;

    r = p_snprintf(buf, sizeof(buf), "%d-%s-%x", 42, "ab", 255);
    ok(r == 8 && !strcmp(buf, "42-ab-ff"), "_snprintf: %d %s", r, buf);
    memset(buf, 'x', sizeof(buf));
    r = p_snprintf(buf, 4, "%s", "abcdef");
    ok(r == -1 && !memcmp(buf, "abcdx", 5), "_snprintf overflow: %d %.5s", r, buf);
    memset(buf, 'x', sizeof(buf));
    r = p_snprintf(buf, 3, "abc");
    ok(r == 3 && !memcmp(buf, "abcx", 4), "_snprintf exact fit, no NUL: %d %.4s", r, buf);
    r = call_vsnprintf(buf, sizeof(buf), "%5.2s|%-3c|", "xyz", 'q');
    ok(r == 10 && !strcmp(buf, "   xy|q  |"), "_vsnprintf: %d %s", r, buf);
    r = p_sprintf(buf, "%I64d %S", (LONGLONG)-5, L"w");
    ok(r == 4 && !strcmp(buf, "-5 w"), "sprintf: %d %s", r, buf);
    r = p_snwprintf(wbuf, 32, L"%s=%d", L"k", 7);
    ok(r == 3 && !lstrcmpW(wbuf, L"k=7"), "_snwprintf: %d", r);
    r = p_snwprintf(wbuf, 2, L"%s", L"abc");
    ok(r == -1, "_snwprintf overflow: %d", r);
    r = p_swprintf(wbuf, L"%S%u", "n", 9u);
    ok(r == 2 && !lstrcmpW(wbuf, L"n9"), "swprintf: %d", r);
}

static void test_istext(istext_fn fn, const char *name)
{
    static const WCHAR plain[] = L"Hello world\r\n";
    static const WCHAR bom[] = { 0xfeff, 'a', 'b', 0 };
    static const WCHAR rbom[] = { 0xfffe, 0x6100, 0x6200, 0 };
    static const WCHAR cjk[] = { 0x4e00, 0x4e8c, 0x4e09, 0x56db, 0 };
    int flags;
    BOOL r;

    r = fn("Hello world, plain ANSI text", 28, NULL);
    ok(!r, "%s ansi: %d", name, r);
    flags = -1;
    r = fn("Hello world", 12, &flags);   /* with its NUL, which is not counted */
    ok(!r && flags == 0, "%s ansi flags: %d %x", name, r, flags);
    r = fn(plain, sizeof(plain) - 2, NULL);
    ok(r, "%s unicode: %d", name, r);
    flags = -1;
    r = fn(plain, sizeof(plain) - 2, &flags);
    ok(r && flags == 0x1006, "%s unicode flags: %d %x", name, r, flags);
    flags = IS_TEXT_UNICODE_STATISTICS;
    r = fn(plain, sizeof(plain) - 2, &flags);
    ok(r && flags == IS_TEXT_UNICODE_STATISTICS, "%s statistics only: %d %x", name, r, flags);
    flags = IS_TEXT_UNICODE_SIGNATURE;
    r = fn(bom, 6, &flags);
    ok(r && flags == IS_TEXT_UNICODE_SIGNATURE, "%s bom: %d %x", name, r, flags);
    flags = -1;
    r = fn(rbom, 6, &flags);
    ok(!r && (flags & IS_TEXT_UNICODE_REVERSE_SIGNATURE), "%s reversed bom: %d %x", name, r, flags);
    flags = -1;
    r = fn(cjk, 8, &flags);   /* U+4E00 has a NUL byte: Unicode */
    ok(r && flags == IS_TEXT_UNICODE_NULL_BYTES, "%s cjk: %d %x", name, r, flags);
    flags = -1;
    r = fn(plain, 7, &flags);
    ok(!r && (flags & IS_TEXT_UNICODE_ODD_LENGTH), "%s odd: %d %x", name, r, flags);
    flags = -1;
    r = fn("a", 1, &flags);
    ok(!r && flags == 0, "%s one byte: %d %x", name, r, flags);
}

int main(void)
{
    HMODULE ntdll = GetModuleHandleA("ntdll.dll");
    istext_fn rtl = (istext_fn)GetProcAddress(ntdll, "RtlIsTextUnicode");
    istext_fn adv = (istext_fn)GetProcAddress(LoadLibraryA("advapi32.dll"), "IsTextUnicode");

    test_printf(ntdll);
    ok(rtl && adv, "IsTextUnicode exports");
    if (rtl) test_istext(rtl, "Rtl");
    if (adv) test_istext(adv, "advapi32");
    return test_done();
}
