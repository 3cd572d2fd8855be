/* What a fresh registry holds that programs read: the Windows version
 * (agreeing with RtlGetVersion), the system and user environment keys,
 * the shell folders (agreeing with the environment), time zones and the
 * fonts key. */
#include "test.h"

#define CV L"Software\\Microsoft\\Windows NT\\CurrentVersion"

typedef LONG (WINAPI *rtl_get_version_fn)(OSVERSIONINFOW *);

/* Enumerating CurrentVersion shows what queries give, also when
 * winrun.conf sets another version than the stored one. */
static void check_enumeration(void)
{
    BYTE data[1024], queried[1024];
    WCHAR name[256];
    DWORD i, len, type, qtype, size, qsize, values = 0, bad = 0, seen_build = 0;
    HKEY key;
    LONG r = RegOpenKeyExW(HKEY_LOCAL_MACHINE, CV, 0, KEY_READ, &key);

    ok(!r, "open CurrentVersion: %ld", r);
    if (r) return;
    for (i = 0;; i++) {
        len = 256;
        size = sizeof(data);
        if (RegEnumValueW(key, i, name, &len, NULL, &type, data, &size)) break;
        qsize = sizeof(queried);
        r = RegQueryValueExW(key, name, NULL, &qtype, queried, &qsize);
        if (r || qtype != type || qsize != size || memcmp(data, queried, size)) {
            trace("%s enumerates differently from its query (%ld)", dbgstr_w(name), r);
            bad++;
        }
        if (!lstrcmpiW(name, L"CurrentBuildNumber")) seen_build = 1;
    }
    RegQueryInfoKeyW(key, NULL, NULL, NULL, NULL, NULL, NULL, &values, NULL, NULL, NULL, NULL);
    ok(!bad && seen_build, "every enumerated value matches its query (%lu values, %lu differ)", i, bad);
    ok(values == i, "RegQueryInfoKey counts %lu values, the enumeration %lu", values, i);
    RegCloseKey(key);
}

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
    ok(!r && wcsstr(buf, L"Windows ") && (info.dwMajorVersion < 10 || wcsstr(buf, L"Windows 1")),
       "ProductName: %ld %s", r, dbgstr_w(buf));
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
    /* Windows 10 added it */
    if (info.dwMajorVersion >= 10)
        ok(!r && dw == info.dwMajorVersion, "CurrentMajorVersionNumber %lu, RtlGetVersion says %lu", dw,
           info.dwMajorVersion);
    else
        ok(r == ERROR_FILE_NOT_FOUND, "no CurrentMajorVersionNumber before Windows 10: %ld", r);
    size = sizeof(buf);
    r = RegGetValueW(HKEY_LOCAL_MACHINE, CV, L"CurrentVersion", RRF_RT_REG_SZ, NULL, buf, &size);
    /* Windows 10 keeps "6.3" there for old programs (older ones say their
     * own); Wine says "10.0" */
    if (info.dwMajorVersion >= 10) lstrcpyW(expect, L"6.3");
    else swprintf(expect, 32, L"%lu.%lu", info.dwMajorVersion, info.dwMinorVersion);
    ok(!r && (!lstrcmpW(buf, expect) || is_wine), "CurrentVersion (%s): %s", dbgstr_w(expect), dbgstr_w(buf));
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
    check_enumeration();
    r = RegOpenKeyExW(HKEY_LOCAL_MACHINE, CV L"\\Fonts", 0, KEY_READ, &key);
    ok(!r, "the fonts key: %ld", r);
    if (!r) {
        /* Windows lists each TrueType file by face and style ("Arial Bold
         * (TrueType)" = "arialbd.ttf"); Wine lists its bitmap fonts and the
         * host's files by Unix path, so the names are skipped there */
        DWORD index = 0, type, all_sz = TRUE;
        WCHAR name[256];
        for (;; index++) {
            DWORD name_len = 256;
            if (RegEnumValueW(key, index, name, &name_len, NULL, &type, NULL, NULL)) break;
            if (type != REG_SZ) all_sz = FALSE;
        }
        ok(index > 0 && all_sz, "Fonts: %lu values, all REG_SZ %lu", index, all_sz);
        size = sizeof(buf);
        r = RegGetValueW(key, NULL, L"Arial (TrueType)", RRF_RT_REG_SZ, NULL, buf, &size);
        ok((!r && !lstrcmpiW(buf, L"arial.ttf")) || is_wine, "Fonts\\Arial: %ld %s", r, dbgstr_w(buf));
        size = sizeof(buf);
        r = RegGetValueW(key, NULL, L"Times New Roman Bold (TrueType)", RRF_RT_REG_SZ, NULL, buf, &size);
        ok((!r && !lstrcmpiW(buf, L"timesbd.ttf")) || is_wine, "Fonts\\Times New Roman Bold: %ld %s", r,
           dbgstr_w(buf));
        size = sizeof(buf);
        r = RegGetValueW(key, NULL, L"Tahoma (TrueType)", RRF_RT_REG_SZ, NULL, buf, &size);
        ok((!r && !lstrcmpiW(buf, L"tahoma.ttf")) || is_wine, "Fonts\\Tahoma: %ld %s", r, dbgstr_w(buf));
        RegCloseKey(key);
    }
    /* the alias every DS_SETFONT dialog template names */
    size = sizeof(buf);
    r = RegGetValueW(HKEY_LOCAL_MACHINE, CV L"\\FontSubstitutes", L"MS Shell Dlg", RRF_RT_REG_SZ, NULL, buf, &size);
    /* Wine maps it to Tahoma; Windows 10 to Microsoft Sans Serif */
    ok(!r && (!lstrcmpW(buf, L"Microsoft Sans Serif") || is_wine), "FontSubstitutes\\MS Shell Dlg: %ld %s", r, dbgstr_w(buf));
    size = sizeof(buf);
    r = RegGetValueW(HKEY_LOCAL_MACHINE, CV L"\\FontSubstitutes", L"MS Shell Dlg 2", RRF_RT_REG_SZ, NULL, buf, &size);
    ok(!r && !lstrcmpW(buf, L"Tahoma"), "FontSubstitutes\\MS Shell Dlg 2: %ld %s", r, dbgstr_w(buf));
    return test_done();
}
