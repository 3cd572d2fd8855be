/* shlwapi's Str* functions, its SH* registry helpers and IsOS, and shcore
 * (its DPI queries and its forwards to shlwapi and shell32). Expectations
 * checked under Wine. */
#include <shlwapi.h>
#include "test.h"

#define KEY "Software\\winrun_test_shlwapi"

static int sign(int v)
{
    return (v > 0) - (v < 0);
}

static void test_str(void)
{
    const char *s = "Hello World hello";
    const WCHAR *w = L"Hello World hello";
    char buf[64], *d;
    WCHAR wbuf[64], *wd;
    int v;

    ok(sign(StrCmpW(L"abc", L"abd")) == -1 && StrCmpW(L"abc", L"abc") == 0 && sign(StrCmpW(L"b", L"a")) == 1, "StrCmpW");
    ok(StrCmpIW(L"ABC", L"abc") == 0 && sign(StrCmpIW(L"abc", L"ABD")) == -1, "StrCmpIW");
    ok(StrCmpNW(L"abcX", L"abcY", 3) == 0 && sign(StrCmpNW(L"abcX", L"abcY", 4)) == -1, "StrCmpNW");
    ok(StrCmpNIW(L"ABCx", L"abcy", 3) == 0 && sign(StrCmpNIW(L"ab", L"abc", 3)) == -1, "StrCmpNIW");
    ok(StrCmpNA("abc", "abd", 2) == 0 && sign(StrCmpNA("abc", "abd", 3)) == -1, "StrCmpNA");
    ok(StrCmpNIA("HELLO", "help", 3) == 0 && sign(StrCmpNIA("HELLO", "help", 4)) == -1, "StrCmpNIA");
    /* a string sort, not ordinal: 'B' after 'a' */
    ok(StrCmpCW(L"a", L"a") == 0 && sign(StrCmpCW(L"B", L"a")) == 1 && sign(StrCmpCW(L"a", L"b")) == -1, "StrCmpCW");
    ok(StrCmpCA("x", "x") == 0 && sign(StrCmpCA("abc", "abd")) == -1, "StrCmpCA");
    ok(StrCmpICW(L"ABC", L"abc") == 0 && sign(StrCmpICA("Z", "a")) == 1, "StrCmpIC");

    ok(StrStrA(s, "World") == s + 6 && StrStrA(s, "world") == NULL, "StrStrA");
    ok(StrStrIA(s, "WORLD") == s + 6 && StrStrIA(s, "xyz") == NULL, "StrStrIA");
    ok(StrStrW(w, L"hello") == w + 12, "StrStrW");
    ok(StrStrIW(w, L"HELLO") == w, "StrStrIW");
    ok(StrRStrIW(w, NULL, L"HELLO") == w + 12, "StrRStrIW");
    ok(StrRStrIW(w, w + 12, L"HELLO") == w, "StrRStrIW end");
    ok(StrRStrIA(s, NULL, "o") == s + 16, "StrRStrIA");
    ok(StrChrA(s, 'o') == s + 4 && StrChrA(s, 'z') == NULL, "StrChrA");
    ok(StrChrW(w, 'W') == w + 6, "StrChrW");
    ok(StrChrIA(s, 'w') == s + 6 && StrChrIW(w, 'h') == w, "StrChrI");
    ok(StrRChrA(s, NULL, 'l') == s + 15 && StrRChrW(w, w + 5, 'l') == w + 3, "StrRChr");

    d = StrDupA("dup");
    ok(d && !strcmp(d, "dup"), "StrDupA");
    LocalFree(d);
    wd = StrDupW(L"wdup");
    ok(wd && !lstrcmpW(wd, L"wdup"), "StrDupW");
    LocalFree(wd);

    ok(StrCpyW(wbuf, L"abc") == wbuf && !lstrcmpW(wbuf, L"abc"), "StrCpyW");
    ok(StrCatW(wbuf, L"def") == wbuf && !lstrcmpW(wbuf, L"abcdef"), "StrCatW");
    StrCpyNW(wbuf, L"truncate", 4);
    ok(!lstrcmpW(wbuf, L"tru"), "StrCpyNW");
    StrCatBuffW(wbuf, L"ncated", 6);
    ok(!lstrcmpW(wbuf, L"trunc"), "StrCatBuffW");
    strcpy(buf, "ab");
    StrCatBuffA(buf, "cdef", 4);
    ok(!strcmp(buf, "abc"), "StrCatBuffA: %s", buf);

    ok(StrToIntA("123abc") == 123 && StrToIntA("-45") == -45 && StrToIntA("abc") == 0, "StrToIntA");
    ok(StrToIntW(L"77") == 77, "StrToIntW");
    ok(StrToIntExA("  -12", 0, &v) && v == -12, "StrToIntExA: %d", v);
    ok(StrToIntExA("0x1F", STIF_SUPPORT_HEX, &v) && v == 31, "StrToIntExA hex: %d", v);
    ok(StrToIntExA("0x1F", 0, &v) && v == 0, "StrToIntExA no hex: %d", v);
    ok(!StrToIntExA("zz", 0, &v), "StrToIntExA bad");
    ok(StrToIntExW(L"+8", 0, &v) && v == 8, "StrToIntExW: %d", v);

    strcpy(buf, "  xx trim  ");
    ok(StrTrimA(buf, " x") && !strcmp(buf, "trim"), "StrTrimA: [%s]", buf);
    ok(!StrTrimA(buf, " "), "StrTrimA nothing");
    lstrcpyW(wbuf, L"--w--");
    ok(StrTrimW(wbuf, L"-") && !lstrcmpW(wbuf, L"w"), "StrTrimW");

    /* three significant digits, cut (not rounded) */
    ok(!strcmp(StrFormatByteSize64A(532, buf, sizeof(buf)), "532 bytes"), "StrFormatByteSize64A 532: %s", buf);
    ok(!strcmp(StrFormatByteSize64A(1536, buf, sizeof(buf)), "1.50 KB"), "1536: %s", buf);
    ok(!strcmp(StrFormatByteSize64A(1034, buf, sizeof(buf)), "1.00 KB"), "1034: %s", buf);
    ok(!strcmp(StrFormatByteSize64A(20000, buf, sizeof(buf)), "19.5 KB"), "20000: %s", buf);
    ok(!strcmp(StrFormatByteSize64A(500000, buf, sizeof(buf)), "488 KB"), "500000: %s", buf);
    ok(!strcmp(StrFormatByteSize64A(1047552, buf, sizeof(buf)), "0.99 MB"), "1047552: %s", buf);
    ok(!strcmp(StrFormatByteSize64A(3LL << 30, buf, sizeof(buf)), "3.00 GB"), "3 GB: %s", buf);
    ok(!strcmp(StrFormatByteSizeA(2048, buf, sizeof(buf)), "2.00 KB"), "StrFormatByteSizeA: %s", buf);
    StrFormatByteSizeW(1536, wbuf, 64);
    ok(!lstrcmpW(wbuf, L"1.50 KB"), "StrFormatByteSizeW");
}

static void test_reg(void)
{
    DWORD type, size, dw = 0x1234, out;
    char buf[64];
    WCHAR wbuf[64];
    HKEY key;
    LONG r;

    SHDeleteKeyA(HKEY_CURRENT_USER, KEY);
    r = SHSetValueA(HKEY_CURRENT_USER, KEY "\\sub", "str", REG_SZ, "text", 5);
    ok(r == ERROR_SUCCESS, "SHSetValueA: %ld", r);
    r = SHSetValueW(HKEY_CURRENT_USER, L"" KEY, L"num", REG_DWORD, &dw, sizeof(dw));
    ok(r == ERROR_SUCCESS, "SHSetValueW: %ld", r);

    size = sizeof(buf);
    r = SHGetValueA(HKEY_CURRENT_USER, KEY "\\sub", "str", &type, buf, &size);
    ok(r == ERROR_SUCCESS && type == REG_SZ && size == 5 && !strcmp(buf, "text"), "SHGetValueA: %ld %lu %lu", r, type, size);
    size = sizeof(out);
    r = SHGetValueW(HKEY_CURRENT_USER, L"" KEY, L"num", &type, &out, &size);
    ok(r == ERROR_SUCCESS && type == REG_DWORD && out == 0x1234, "SHGetValueW: %ld", r);
    size = 2;
    r = SHGetValueA(HKEY_CURRENT_USER, KEY "\\sub", "str", NULL, buf, &size);
    ok(r == ERROR_MORE_DATA && size == 5, "SHGetValueA small: %ld %lu", r, size);
    r = SHGetValueA(HKEY_CURRENT_USER, KEY, "missing", NULL, NULL, NULL);
    ok(r == ERROR_FILE_NOT_FOUND, "SHGetValueA missing: %ld", r);

    /* SHCopyKey: the values and subkeys of KEY into KEY\copy */
    r = RegCreateKeyExA(HKEY_CURRENT_USER, KEY "_copy", 0, NULL, 0, KEY_ALL_ACCESS, NULL, &key, NULL);
    ok(r == ERROR_SUCCESS, "RegCreateKeyExA: %ld", r);
    r = SHCopyKeyA(HKEY_CURRENT_USER, KEY, key, 0);
    ok(r == ERROR_SUCCESS, "SHCopyKeyA: %ld", r);
    RegCloseKey(key);
    size = sizeof(wbuf);
    r = SHGetValueW(HKEY_CURRENT_USER, L"" KEY "_copy\\sub", L"str", &type, wbuf, &size);
    ok(r == ERROR_SUCCESS && !lstrcmpW(wbuf, L"text"), "copied value: %ld", r);
    size = sizeof(out);
    out = 0;
    r = SHGetValueA(HKEY_CURRENT_USER, KEY "_copy", "num", NULL, &out, &size);
    ok(r == ERROR_SUCCESS && out == 0x1234, "copied dword: %ld", r);

    r = SHDeleteValueA(HKEY_CURRENT_USER, KEY, "num");
    ok(r == ERROR_SUCCESS, "SHDeleteValueA: %ld", r);
    r = SHGetValueA(HKEY_CURRENT_USER, KEY, "num", NULL, NULL, NULL);
    ok(r == ERROR_FILE_NOT_FOUND, "deleted value: %ld", r);
    r = SHDeleteKeyW(HKEY_CURRENT_USER, L"" KEY "_copy");
    ok(r == ERROR_SUCCESS, "SHDeleteKeyW: %ld", r);
    r = SHDeleteKeyA(HKEY_CURRENT_USER, KEY);
    ok(r == ERROR_SUCCESS, "SHDeleteKeyA: %ld", r);
    r = RegOpenKeyExA(HKEY_CURRENT_USER, KEY, 0, KEY_READ, &key);
    ok(r == ERROR_FILE_NOT_FOUND, "key gone: %ld", r);
}

static BOOL is_wine(void)
{
    return GetProcAddress(GetModuleHandleA("ntdll"), "wine_get_version") != NULL;
}

static void test_isos(void)
{
    ok(IsOS(OS_NT), "OS_NT");
    ok(IsOS(OS_XPORGREATER) && IsOS(OS_WIN2000ORGREATER), "OS_XPORGREATER");
    ok(!IsOS(OS_WINDOWS) && !IsOS(OS_WIN95ORGREATER), "9x family");
    ok(!IsOS(OS_WOW6432), "OS_WOW6432 in a 64-bit process");
    ok(IsOS(OS_PROFESSIONAL) && IsOS(OS_FASTUSERSWITCHING) && !IsOS(OS_TABLETPC) && !IsOS(OS_MEDIACENTER), "workstation");
    /* Wine answers TRUE for the server editions, home and domain membership
     * all at once; a Windows 10 workstation says no */
    if (!is_wine())
        ok(!IsOS(OS_ANYSERVER) && !IsOS(OS_SERVER) && !IsOS(OS_DOMAINMEMBER) && !IsOS(OS_HOME), "server, domain");
}

static void test_shcore(void)
{
    HMODULE shcore = LoadLibraryA("shcore.dll");
    HRESULT (WINAPI *pGetDpiForMonitor)(HMONITOR, int, UINT *, UINT *);
    HRESULT (WINAPI *pGetProcessDpiAwareness)(HANDLE, int *);
    LPWSTR *(WINAPI *pCommandLineToArgvW)(LPCWSTR, int *);
    BOOL (WINAPI *pIsOS)(DWORD);
    UINT x = 0, y = 0;
    POINT pt = { 0, 0 };
    int aware = -1, argc = 0;
    LPWSTR *argv;
    HRESULT hr;

    ok(shcore != NULL, "shcore loads");
    if (!shcore) return;
    pGetDpiForMonitor = (void *)GetProcAddress(shcore, "GetDpiForMonitor");
    pGetProcessDpiAwareness = (void *)GetProcAddress(shcore, "GetProcessDpiAwareness");
    pCommandLineToArgvW = (void *)GetProcAddress(shcore, "CommandLineToArgvW");
    pIsOS = (void *)GetProcAddress(shcore, "IsOS");
    ok(pGetDpiForMonitor && pGetProcessDpiAwareness && pCommandLineToArgvW && pIsOS, "shcore exports");
    if (!pGetDpiForMonitor || !pGetProcessDpiAwareness || !pCommandLineToArgvW || !pIsOS) return;
    hr = pGetDpiForMonitor(MonitorFromPoint(pt, MONITOR_DEFAULTTOPRIMARY), 0, &x, &y);
    ok(hr == S_OK && x == 96 && y == 96, "GetDpiForMonitor: %lx %u %u", hr, x, y);
    hr = pGetDpiForMonitor(MonitorFromPoint(pt, MONITOR_DEFAULTTOPRIMARY), 0, NULL, &y);
    ok(hr == HRESULT_FROM_WIN32(ERROR_INVALID_ADDRESS), "GetDpiForMonitor NULL: %lx", hr);
    hr = pGetDpiForMonitor(MonitorFromPoint(pt, MONITOR_DEFAULTTOPRIMARY), 3, &x, &y);
    ok(hr == HRESULT_FROM_WIN32(ERROR_BAD_ARGUMENTS), "GetDpiForMonitor bad type: %lx", hr);
    hr = pGetProcessDpiAwareness(NULL, &aware);
    ok(hr == S_OK, "GetProcessDpiAwareness: %lx", hr);
    /* a program without a DPI manifest is unaware on Windows; Wine makes
     * every process per-monitor aware */
    if (!is_wine()) ok(aware == 0, "GetProcessDpiAwareness: %d", aware);
    argv = pCommandLineToArgvW(L"prog \"a b\" c", &argc);
    ok(argv && argc == 3 && !lstrcmpW(argv[1], L"a b"), "CommandLineToArgvW: %d", argc);
    LocalFree(argv);
    ok(pIsOS(OS_NT), "shcore IsOS");
}

int main(void)
{
    test_str();
    test_reg();
    test_isos();
    test_shcore();
    return test_done();
}
