/* What a fresh registry holds that programs read: the Windows version
 * (agreeing with RtlGetVersion), the system and user environment keys,
 * the shell folders (agreeing with the environment), time zones and the
 * fonts key. */
#include "test.h"

#define CV L"Software\\Microsoft\\Windows NT\\CurrentVersion"

typedef LONG (WINAPI *rtl_get_version_fn)(OSVERSIONINFOW *);

int main(void)
{
    OSVERSIONINFOW info = { sizeof(info) };
    rtl_get_version_fn get_version = (rtl_get_version_fn)GetProcAddress(GetModuleHandleA("ntdll"), "RtlGetVersion");
    WCHAR buf[MAX_PATH], env[MAX_PATH], expect[32];
    DWORD size, dw, subkeys = 0;
    HKEY key;
    LONG r;
    int is_wine = GetProcAddress(GetModuleHandleA("ntdll"), "wine_get_version") != NULL;

    get_version(&info);
    size = sizeof(buf);
    r = RegGetValueW(HKEY_LOCAL_MACHINE, CV, L"ProductName", RRF_RT_REG_SZ, NULL, buf, &size);
    ok(!r && wcsstr(buf, L"Windows 1"), "ProductName: %ld %s", r, dbgstr_w(buf));
    size = sizeof(buf);
    r = RegGetValueW(HKEY_LOCAL_MACHINE, CV, L"CurrentBuildNumber", RRF_RT_REG_SZ, NULL, buf, &size);
    swprintf(expect, 32, L"%lu", info.dwBuildNumber);
    ok(!r && !lstrcmpW(buf, expect), "CurrentBuildNumber %s, RtlGetVersion says %lu", dbgstr_w(buf),
       info.dwBuildNumber);
    size = sizeof(buf);
    r = RegGetValueW(HKEY_LOCAL_MACHINE, CV, L"CurrentBuild", RRF_RT_REG_SZ, NULL, buf, &size);
    ok(!r && !lstrcmpW(buf, expect), "CurrentBuild %s", dbgstr_w(buf));
    size = sizeof(dw);
    r = RegGetValueW(HKEY_LOCAL_MACHINE, CV, L"CurrentMajorVersionNumber", RRF_RT_REG_DWORD, NULL, &dw, &size);
    ok(!r && dw == info.dwMajorVersion, "CurrentMajorVersionNumber %lu, RtlGetVersion says %lu", dw,
       info.dwMajorVersion);
    size = sizeof(buf);
    r = RegGetValueW(HKEY_LOCAL_MACHINE, CV, L"CurrentVersion", RRF_RT_REG_SZ, NULL, buf, &size);
    /* Windows 10 keeps "6.3" there for old programs; Wine says "10.0" */
    ok(!r && (!lstrcmpW(buf, L"6.3") || is_wine), "CurrentVersion (6.3 on Windows 10): %s", dbgstr_w(buf));
    size = sizeof(buf);
    r = RegGetValueW(HKEY_LOCAL_MACHINE, CV, L"SystemRoot", RRF_RT_REG_SZ, NULL, buf, &size);
    GetEnvironmentVariableW(L"SystemRoot", env, MAX_PATH);
    ok(!r && !lstrcmpiW(buf, env), "SystemRoot %s, environment %s", dbgstr_w(buf), dbgstr_w(env));

    size = sizeof(buf);
    r = RegGetValueW(HKEY_LOCAL_MACHINE, L"System\\CurrentControlSet\\Control\\Session Manager\\Environment",
                     L"windir", RRF_RT_ANY | RRF_NOEXPAND, NULL, buf, &size);
    ok(!r, "the system environment key has windir: %ld", r);
    size = sizeof(buf);
    r = RegGetValueW(HKEY_CURRENT_USER, L"Environment", L"TEMP", RRF_RT_ANY | RRF_NOEXPAND, NULL, buf, &size);
    ok(!r, "the user environment key has TEMP: %ld", r);

    size = sizeof(buf);
    r = RegGetValueW(HKEY_CURRENT_USER, L"Software\\Microsoft\\Windows\\CurrentVersion\\Explorer\\Shell Folders",
                     L"AppData", RRF_RT_REG_SZ, NULL, buf, &size);
    GetEnvironmentVariableW(L"APPDATA", env, MAX_PATH);
    ok(!r && !lstrcmpiW(buf, env), "Shell Folders\\AppData %s, APPDATA %s", dbgstr_w(buf), dbgstr_w(env));
    size = sizeof(buf);
    r = RegGetValueW(HKEY_CURRENT_USER,
                     L"Software\\Microsoft\\Windows\\CurrentVersion\\Explorer\\User Shell Folders", L"Local AppData",
                     RRF_RT_REG_SZ, NULL, buf, &size);
    GetEnvironmentVariableW(L"LOCALAPPDATA", env, MAX_PATH);
    ok(!r && !lstrcmpiW(buf, env), "User Shell Folders\\Local AppData, expanded %s, LOCALAPPDATA %s",
       dbgstr_w(buf), dbgstr_w(env));

    r = RegOpenKeyExW(HKEY_LOCAL_MACHINE, CV L"\\Time Zones", 0, KEY_READ, &key);
    ok(!r, "the time zones key: %ld", r);
    if (!r) {
        RegQueryInfoKeyW(key, NULL, NULL, NULL, &subkeys, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
        ok(subkeys >= 5, "time zones: %lu", subkeys);
        size = sizeof(buf);
        r = RegGetValueW(key, L"Pacific Standard Time", L"Std", RRF_RT_REG_SZ, NULL, buf, &size);
        ok(!r && !lstrcmpW(buf, L"Pacific Standard Time"), "Pacific Standard Time's Std: %ld %s", r, dbgstr_w(buf));
        size = sizeof(buf);
        r = RegGetValueW(key, L"Pacific Standard Time", L"TZI", RRF_RT_REG_BINARY, NULL, buf, &size);
        ok(!r && size == 44 && ((LONG *)buf)[0] == 480, "its TZI: %ld, %lu bytes, bias %ld", r, size,
           ((LONG *)buf)[0]);
        RegCloseKey(key);
    }
    r = RegOpenKeyExW(HKEY_LOCAL_MACHINE, CV L"\\Fonts", 0, KEY_READ, &key);
    ok(!r, "the fonts key: %ld", r);
    if (!r) RegCloseKey(key);
    return test_done();
}
