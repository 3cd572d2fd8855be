/* advapi32's registry in one process: creating and opening keys, values of
 * every type through the A and W entry points with their size rules,
 * RegGetValue's flags, enumeration order, key information, deleting and
 * copying trees, volatile keys, the merged HKEY_CLASSES_ROOT, change
 * notification, and the errors of bad handles and parameters. Everything
 * happens below HKCU\Software\winrun-test-advapi-PID (and a class
 * .winruntest-PID), removed at the end: PID keeps two runs on one prefix
 * apart. */
#include "test.h"
#include <winternl.h>
#include <sddl.h>

static WCHAR BASE[64], MISSING[80], USER_CLASS[80], CLASS[32];
static char BASE_VALUES_A[80];

static LONG r;
static int is_wine;

/* HKEY_USERS\<the user's SID> is HKEY_CURRENT_USER: a value set through
 * one reads back through the other. */
static void test_users_sid(HKEY base)
{
    BYTE buf[256];
    TOKEN_USER *user = (TOKEN_USER *)buf;
    HANDLE token;
    WCHAR *sid = NULL, path[256], data[16];
    DWORD size;

    ok(OpenProcessToken(GetCurrentProcess(), TOKEN_QUERY, &token), "OpenProcessToken");
    ok(GetTokenInformation(token, TokenUser, buf, sizeof(buf), &size) && ConvertSidToStringSidW(user->User.Sid, &sid),
       "the user's SID");
    CloseHandle(token);
    if (!sid) return;
    r = RegSetValueExW(base, L"through-hkcu", 0, REG_SZ, (const BYTE *)L"same", 10);
    ok(!r, "set through HKCU: %ld", r);
    swprintf(path, 256, L"%s\\%s", sid, BASE);
    size = sizeof(data);
    r = RegGetValueW(HKEY_USERS, path, L"through-hkcu", RRF_RT_REG_SZ, NULL, data, &size);
    ok(!r && !lstrcmpW(data, L"same"), "read through HKU\\%s: %ld", dbgstr_w(sid), r);
    r = RegSetKeyValueW(HKEY_USERS, path, L"through-hku", REG_SZ, (const BYTE *)L"too", 8);
    ok(!r, "set through HKU: %ld", r);
    size = sizeof(data);
    r = RegQueryValueExW(base, L"through-hku", NULL, NULL, (BYTE *)data, &size);
    ok(!r && !lstrcmpW(data, L"too"), "read through HKCU: %ld", r);
    RegDeleteValueW(base, L"through-hkcu");
    RegDeleteValueW(base, L"through-hku");
    LocalFree(sid);
}

static void test_roots(void)
{
    static const HKEY roots[] = { HKEY_CLASSES_ROOT, HKEY_CURRENT_USER, HKEY_LOCAL_MACHINE, HKEY_USERS,
                                  HKEY_CURRENT_CONFIG };
    HKEY key, same;

    for (int i = 0; i < 5; i++) {
        key = (HKEY)0xdead;
        r = RegOpenKeyExW(roots[i], NULL, 0, KEY_READ, &key);
        /* a predefined key with no subkey name is handed back as it is */
        ok(r == ERROR_SUCCESS && key == roots[i], "root %d opens: %ld", i, r);
        if (!r) ok(RegCloseKey(key) == ERROR_SUCCESS, "root %d's handle closes", i);
    }
    r = RegOpenKeyW(HKEY_CURRENT_USER, L"", &same);
    ok(r == ERROR_SUCCESS && same == HKEY_CURRENT_USER, "RegOpenKeyW(\"\") gives the key back: %ld %p", r, same);
    key = (HKEY)0xdead;
    r = RegOpenKeyExW(HKEY_CURRENT_USER, MISSING, 0, KEY_READ, &key);
    ok(r == ERROR_FILE_NOT_FOUND && key == NULL, "missing key: %ld, handle %p", r, key);
    r = RegOpenKeyExA(HKEY_LOCAL_MACHINE, "Software\\winrun-test-nonexistent\\deeper", 0, KEY_READ, &key);
    ok(r == ERROR_FILE_NOT_FOUND, "missing key (A): %ld", r);
    r = RegOpenKeyExW(NULL, L"Software", 0, KEY_READ, &key);
    ok(r == ERROR_INVALID_HANDLE, "RegOpenKeyExW(NULL): %ld", r);
    r = RegOpenKeyExW((HKEY)0xdead0, L"Software", 0, KEY_READ, &key);
    ok(r == ERROR_INVALID_HANDLE, "RegOpenKeyExW(bad handle): %ld", r);
    r = RegOpenKeyExW(HKEY_CURRENT_USER, L"Software", 0, KEY_READ, NULL);
    ok(r == ERROR_INVALID_PARAMETER, "RegOpenKeyExW(no result pointer): %ld", r);
    r = RegCloseKey((HKEY)0xdead0);
    ok(r == ERROR_INVALID_HANDLE, "RegCloseKey(bad handle): %ld", r);
    ok(RegCloseKey(HKEY_LOCAL_MACHINE) == ERROR_SUCCESS, "RegCloseKey(HKEY_LOCAL_MACHINE)");
    /* names are case-insensitive, a trailing backslash is accepted */
    r = RegOpenKeyExW(HKEY_LOCAL_MACHINE, L"SOFTWARE\\microsoft\\", 0, KEY_READ, &key);
    ok(r == ERROR_SUCCESS, "case-insensitive open with a trailing backslash: %ld", r);
    if (!r) RegCloseKey(key);
    r = RegOpenKeyExW(HKEY_LOCAL_MACHINE, L"Software", 0, KEY_READ | KEY_WOW64_32KEY, &key);
    ok(r == ERROR_SUCCESS, "KEY_WOW64_32KEY is accepted: %ld", r);
    if (!r) RegCloseKey(key);
    r = RegOpenCurrentUser(KEY_READ, &key);
    ok(r == ERROR_SUCCESS && key != HKEY_CURRENT_USER, "RegOpenCurrentUser: %ld", r);
    if (!r) RegCloseKey(key);
}

static void test_create(HKEY base)
{
    HKEY key, key2;
    DWORD disp = 0;

    r = RegCreateKeyExW(base, L"a\\b\\c", 0, NULL, 0, KEY_ALL_ACCESS, NULL, &key, &disp);
    ok(r == ERROR_SUCCESS && disp == REG_CREATED_NEW_KEY, "nested create: %ld, disposition %lu", r, disp);
    RegCloseKey(key);
    r = RegCreateKeyExW(base, L"A\\B\\C", 0, NULL, 0, KEY_ALL_ACCESS, NULL, &key, &disp);
    ok(r == ERROR_SUCCESS && disp == REG_OPENED_EXISTING_KEY, "create again, other case: %ld, disposition %lu", r,
       disp);
    RegCloseKey(key);
    r = RegCreateKeyExA(base, "ansi", 0, NULL, 0, KEY_ALL_ACCESS, NULL, &key, NULL);
    ok(r == ERROR_SUCCESS, "RegCreateKeyExA: %ld", r);
    RegCloseKey(key);
    r = RegCreateKeyExW(base, L"x", 1, NULL, 0, KEY_ALL_ACCESS, NULL, &key, NULL);
    ok(r == ERROR_INVALID_PARAMETER, "reserved != 0: %ld", r);
    r = RegCreateKeyExW(base, L"\\lead", 0, NULL, 0, KEY_ALL_ACCESS, NULL, &key, NULL);
    ok(r == ERROR_BAD_PATHNAME, "a leading backslash: %ld", r);
    r = RegCreateKeyW(base, L"old", &key);
    ok(r == ERROR_SUCCESS, "RegCreateKeyW: %ld", r);
    RegCloseKey(key);

    /* volatile keys take only volatile children */
    r = RegCreateKeyExW(base, L"vol", 0, NULL, REG_OPTION_VOLATILE, KEY_ALL_ACCESS, NULL, &key, NULL);
    ok(r == ERROR_SUCCESS, "volatile key: %ld", r);
    r = RegCreateKeyExW(key, L"child", 0, NULL, 0, KEY_ALL_ACCESS, NULL, &key2, NULL);
    ok(r == ERROR_CHILD_MUST_BE_VOLATILE, "non-volatile child of a volatile key: %ld", r);
    r = RegCreateKeyExW(key, L"child", 0, NULL, REG_OPTION_VOLATILE, KEY_ALL_ACCESS, NULL, &key2, NULL);
    ok(r == ERROR_SUCCESS, "volatile child: %ld", r);
    if (!r) RegCloseKey(key2);
    RegCloseKey(key);

    /* an open key that gets deleted */
    r = RegCreateKeyExW(base, L"doomed", 0, NULL, 0, KEY_ALL_ACCESS, NULL, &key, NULL);
    ok(r == ERROR_SUCCESS, "doomed key: %ld", r);
    r = RegDeleteKeyW(base, L"doomed");
    ok(r == ERROR_SUCCESS, "delete an open key: %ld", r);
    r = RegSetValueExW(key, L"v", 0, REG_SZ, (const BYTE *)L"x", 4);
    ok(r == ERROR_KEY_DELETED, "setting a value in a deleted key: %ld", r);
    RegCloseKey(key);
}

static void test_values(HKEY base)
{
    static const BYTE bin[] = { 1, 2, 3, 0, 5 };
    static const WCHAR multi[] = L"one\0two\0";
    WCHAR wbuf[64];
    char buf[64];
    BYTE data[64];
    DWORD type, size, dw = 0x12345678;
    ULONGLONG qw = 0x1122334455667788ull;
    HKEY key;

    r = RegCreateKeyExW(base, L"values", 0, NULL, 0, KEY_ALL_ACCESS, NULL, &key, NULL);
    ok(r == ERROR_SUCCESS, "values key: %ld", r);
    ok(!RegSetValueExW(key, L"sz", 0, REG_SZ, (const BYTE *)L"hello", 12), "set REG_SZ");
    ok(!RegSetValueExW(key, L"exp", 0, REG_EXPAND_SZ, (const BYTE *)L"%SystemRoot%\\x", 30), "set REG_EXPAND_SZ");
    ok(!RegSetValueExW(key, L"bin", 0, REG_BINARY, bin, sizeof(bin)), "set REG_BINARY");
    ok(!RegSetValueExW(key, L"dw", 0, REG_DWORD, (const BYTE *)&dw, 4), "set REG_DWORD");
    ok(!RegSetValueExW(key, L"qw", 0, REG_QWORD, (const BYTE *)&qw, 8), "set REG_QWORD");
    ok(!RegSetValueExW(key, L"multi", 0, REG_MULTI_SZ, (const BYTE *)multi, sizeof(multi)), "set REG_MULTI_SZ");
    ok(!RegSetValueExW(key, L"none", 0, REG_NONE, NULL, 0), "set REG_NONE, empty");
    ok(!RegSetValueExW(key, NULL, 0, REG_SZ, (const BYTE *)L"def", 8), "set the default value");
    ok(!RegSetValueExA(key, "ansi", 0, REG_SZ, (const BYTE *)"abc", 4), "set REG_SZ (A)");
    ok(!RegSetValueExW(key, L"odd", 0, 0x12345, bin, 3), "set a value of an unknown type");
    r = RegSetValueExW(key, L"nodata", 0, REG_BINARY, NULL, 4);
    ok(r == ERROR_NOACCESS, "NULL data with a size: %ld", r);

    size = sizeof(wbuf);
    r = RegQueryValueExW(key, L"SZ", NULL, &type, (BYTE *)wbuf, &size);
    ok(!r && type == REG_SZ && size == 12 && !lstrcmpW(wbuf, L"hello"), "REG_SZ back (other case): %ld %lu %lu", r,
       type, size);
    size = sizeof(buf);
    r = RegQueryValueExA(key, "sz", NULL, &type, (BYTE *)buf, &size);
    ok(!r && type == REG_SZ && size == 6 && !strcmp(buf, "hello"), "REG_SZ as ANSI: %ld %lu %s", r, size, buf);
    size = sizeof(wbuf);
    r = RegQueryValueExW(key, L"ansi", NULL, &type, (BYTE *)wbuf, &size);
    ok(!r && size == 8 && !lstrcmpW(wbuf, L"abc"), "an ANSI string is stored as UTF-16: %ld %lu", r, size);
    size = 4;
    r = RegQueryValueExW(key, L"sz", NULL, &type, (BYTE *)wbuf, &size);
    ok(r == ERROR_MORE_DATA && size == 12, "too small: %ld, size %lu", r, size);
    size = 0;
    r = RegQueryValueExW(key, L"sz", NULL, &type, NULL, &size);
    ok(!r && size == 12, "size only: %ld %lu", r, size);
    size = sizeof(data);
    r = RegQueryValueExW(key, L"bin", NULL, &type, data, &size);
    ok(!r && type == REG_BINARY && size == 5 && !memcmp(data, bin, 5), "REG_BINARY back: %ld", r);
    size = sizeof(data);
    r = RegQueryValueExW(key, L"qw", NULL, &type, data, &size);
    ok(!r && type == REG_QWORD && size == 8 && !memcmp(data, &qw, 8), "REG_QWORD back: %ld", r);
    size = sizeof(data);
    r = RegQueryValueExW(key, L"multi", NULL, &type, data, &size);
    ok(!r && type == REG_MULTI_SZ && size == sizeof(multi) && !memcmp(data, multi, size), "REG_MULTI_SZ back: %ld", r);
    size = sizeof(buf);
    r = RegQueryValueExA(key, "multi", NULL, &type, (BYTE *)buf, &size);
    ok(!r && size == 9 && !memcmp(buf, "one\0two\0", 9), "REG_MULTI_SZ as ANSI: %ld %lu", r, size);
    size = sizeof(data);
    r = RegQueryValueExW(key, L"none", NULL, &type, data, &size);
    ok(!r && type == REG_NONE && size == 0, "empty REG_NONE: %ld %lu %lu", r, type, size);
    size = sizeof(data);
    r = RegQueryValueExW(key, L"odd", NULL, &type, data, &size);
    ok(!r && type == 0x12345 && size == 3, "unknown type kept: %ld %lx", r, type);
    size = sizeof(wbuf);
    r = RegQueryValueExW(key, L"", NULL, &type, (BYTE *)wbuf, &size);
    ok(!r && !lstrcmpW(wbuf, L"def"), "default value by \"\": %ld", r);
    size = sizeof(data);
    r = RegQueryValueExW(key, L"missing", NULL, &type, data, &size);
    ok(r == ERROR_FILE_NOT_FOUND, "missing value: %ld", r);
    r = RegQueryValueExW(key, L"sz", NULL, &type, data, NULL);
    ok(r == ERROR_INVALID_PARAMETER, "data without a size: %ld", r);

    /* RegGetValue: types, expansion, sizes */
    size = sizeof(dw);
    r = RegGetValueW(key, NULL, L"dw", RRF_RT_REG_DWORD, &type, &dw, &size);
    ok(!r && dw == 0x12345678 && type == REG_DWORD, "RegGetValue DWORD: %ld", r);
    size = sizeof(wbuf);
    r = RegGetValueW(key, NULL, L"dw", RRF_RT_REG_SZ, &type, wbuf, &size);
    ok(r == ERROR_UNSUPPORTED_TYPE, "RegGetValue with the wrong type: %ld", r);
    size = sizeof(dw);
    r = RegGetValueW(key, NULL, L"bin", RRF_RT_DWORD, &type, &dw, &size);
    ok(r == ERROR_DATATYPE_MISMATCH, "RRF_RT_DWORD on 5 bytes of REG_BINARY: %ld", r);
    size = sizeof(wbuf);
    r = RegGetValueW(key, NULL, L"exp", RRF_RT_REG_SZ, &type, wbuf, &size);
    GetEnvironmentVariableW(L"SystemRoot", (WCHAR *)data, 32);
    lstrcatW((WCHAR *)data, L"\\x");
    ok(!r && type == REG_SZ && !lstrcmpW(wbuf, (WCHAR *)data) && size == (lstrlenW(wbuf) + 1) * 2,
       "REG_EXPAND_SZ comes expanded: %ld %lu %s", r, type, dbgstr_w(wbuf));
    size = sizeof(wbuf);
    r = RegGetValueW(key, NULL, L"exp", RRF_RT_REG_EXPAND_SZ | RRF_NOEXPAND, &type, wbuf, &size);
    ok(!r && type == REG_EXPAND_SZ && !lstrcmpW(wbuf, L"%SystemRoot%\\x"), "RRF_NOEXPAND: %ld", r);
    size = sizeof(wbuf);
    r = RegGetValueW(key, NULL, L"exp", RRF_RT_REG_EXPAND_SZ, &type, wbuf, &size);
    ok(r == ERROR_INVALID_PARAMETER, "RRF_RT_REG_EXPAND_SZ without RRF_NOEXPAND: %ld", r);
    size = 4;
    memset(wbuf, 0x55, sizeof(wbuf));
    r = RegGetValueW(key, NULL, L"sz", RRF_RT_REG_SZ | RRF_ZEROONFAILURE, &type, wbuf, &size);
    ok(r == ERROR_MORE_DATA && size == 12 && wbuf[0] == 0 && wbuf[1] == 0, "RRF_ZEROONFAILURE: %ld %lu", r, size);
    size = sizeof(buf);
    r = RegGetValueA(HKEY_CURRENT_USER, BASE_VALUES_A, "sz", RRF_RT_ANY, &type, buf, &size);
    ok(!r && size == 6 && !strcmp(buf, "hello"), "RegGetValueA through a subkey: %ld %lu", r, size);
    r = RegGetValueW(key, NULL, L"sz", 0, &type, wbuf, &size);
    ok(r == ERROR_UNSUPPORTED_TYPE, "RegGetValue without a type flag: %ld", r);
    size = sizeof(wbuf);
    r = RegGetValueW(key, L"missing", L"sz", RRF_RT_ANY, &type, wbuf, &size);
    ok(r == ERROR_FILE_NOT_FOUND, "RegGetValue in a missing key: %ld", r);

    /* old forms */
    ok(!RegSetValueW(key, L"oldsub", REG_SZ, L"olddata", 0), "RegSetValueW");
    size = sizeof(wbuf);
    r = RegQueryValueW(key, L"oldsub", wbuf, (LONG *)&size);
    ok(!r && !lstrcmpW(wbuf, L"olddata") && size == 16, "RegQueryValueW: %ld %lu", r, size);
    ok(!RegSetKeyValueW(key, L"kv\\deep", L"n", REG_DWORD, &dw, 4), "RegSetKeyValueW creates the key");
    size = sizeof(dw);
    r = RegGetValueW(key, L"kv\\deep", L"n", RRF_RT_REG_DWORD, NULL, &dw, &size);
    ok(!r, "RegSetKeyValueW's value: %ld", r);
    size = sizeof(buf);
    r = RegQueryValueA(key, "kv", buf, (LONG *)&size);
    ok(!r && buf[0] == 0 && size == 1, "RegQueryValueA of a key without a default value: %ld %lu", r, size);
    ok(!RegDeleteKeyValueW(key, L"kv\\deep", L"n"), "RegDeleteKeyValueW");
    r = RegDeleteKeyValueW(key, L"kv\\deep", L"n");
    ok(r == ERROR_FILE_NOT_FOUND, "RegDeleteKeyValueW again: %ld", r);
    ok(!RegDeleteValueW(key, L"odd"), "RegDeleteValueW");
    r = RegDeleteValueW(key, L"odd");
    ok(r == ERROR_FILE_NOT_FOUND, "deleting a missing value: %ld", r);
    RegCloseKey(key);
}

static void test_enum(HKEY base)
{
    static const WCHAR *const names[] = { L"zeta", L"Alpha", L"mid", L"beta" };
    WCHAR name[64];
    char aname[64];
    DWORD size, type, subkeys, max_subkey, values, max_name, max_data, i, len;
    FILETIME ft;
    HKEY key, sub;

    r = RegCreateKeyExW(base, L"enum", 0, NULL, 0, KEY_ALL_ACCESS, NULL, &key, NULL);
    ok(r == ERROR_SUCCESS, "enum key: %ld", r);
    for (i = 0; i < 4; i++) {
        RegCreateKeyExW(key, names[i], 0, NULL, 0, KEY_ALL_ACCESS, NULL, &sub, NULL);
        RegCloseKey(sub);
        RegSetValueExW(key, names[i], 0, REG_SZ, (const BYTE *)names[i], (lstrlenW(names[i]) + 1) * 2);
    }
    /* subkeys sorted case-insensitively, values in the order they were made */
    for (i = 0; ; i++) {
        size = 64;
        if (RegEnumKeyExW(key, i, name, &size, NULL, NULL, NULL, &ft)) break;
        ok(size == (DWORD)lstrlenW(name), "subkey %lu's length %lu", i, size);
        if (i == 0) ok(!lstrcmpW(name, L"Alpha"), "first subkey %s", dbgstr_w(name));
        if (i == 3) ok(!lstrcmpW(name, L"zeta"), "last subkey %s", dbgstr_w(name));
    }
    ok(i == 4, "4 subkeys, got %lu", i);
    size = 64;
    r = RegEnumKeyExW(key, 4, name, &size, NULL, NULL, NULL, NULL);
    ok(r == ERROR_NO_MORE_ITEMS, "past the last subkey: %ld", r);
    size = 5;
    r = RegEnumKeyExW(key, 0, name, &size, NULL, NULL, NULL, NULL);
    ok(r == ERROR_MORE_DATA, "name buffer of exactly the length (no room for the NUL): %ld", r);
    size = 6;
    r = RegEnumKeyExA(key, 0, aname, &size, NULL, NULL, NULL, NULL);
    ok(!r && size == 5 && !strcmp(aname, "Alpha"), "RegEnumKeyExA: %ld %lu", r, size);
    r = RegEnumKeyW(key, 1, name, 64);
    ok(!r && !lstrcmpW(name, L"beta"), "RegEnumKeyW: %ld %s", r, dbgstr_w(name));
    for (i = 0; i < 4; i++) {
        BYTE data[64];
        DWORD count = sizeof(data);
        len = 64;
        r = RegEnumValueW(key, i, name, &len, NULL, &type, data, &count);
        /* Windows keeps values in the order they were made; Wine sorts them */
        ok(!r && (is_wine || !lstrcmpW(name, names[i])) && len == (DWORD)lstrlenW(name) && type == REG_SZ &&
           count == (len + 1) * 2, "value %lu: %ld %s", i, r, dbgstr_w(name));
    }
    len = 64;
    r = RegEnumValueW(key, 4, name, &len, NULL, NULL, NULL, NULL);
    ok(r == ERROR_NO_MORE_ITEMS, "past the last value: %ld", r);
    len = 64;
    size = 2;
    r = RegEnumValueA(key, 0, aname, &len, NULL, &type, (BYTE *)name, &size);
    ok(r == ERROR_MORE_DATA && size == (is_wine ? 6u : 5u), "RegEnumValueA, small data buffer: %ld %lu", r, size);
    r = RegQueryInfoKeyW(key, NULL, NULL, NULL, &subkeys, &max_subkey, NULL, &values, &max_name, &max_data, NULL,
                         &ft);
    ok(!r && subkeys == 4 && max_subkey == 5 && values == 4 && max_name == 5 && max_data == 12,
       "RegQueryInfoKeyW: %ld %lu %lu %lu %lu %lu", r, subkeys, max_subkey, values, max_name, max_data);
    ok(ft.dwHighDateTime != 0, "last write time set");
    RegCloseKey(key);

    /* a key with subkeys cannot be deleted; the tree can */
    r = RegDeleteKeyW(base, L"enum");
    ok(r == ERROR_ACCESS_DENIED, "RegDeleteKey of a key with subkeys: %ld", r);
    r = RegCopyTreeW(base, L"enum", (r = RegCreateKeyExW(base, L"copy", 0, NULL, 0, KEY_ALL_ACCESS, NULL, &key, NULL),
                                     key));
    ok(r == ERROR_SUCCESS, "RegCopyTreeW: %ld", r);
    r = RegQueryInfoKeyW(key, NULL, NULL, NULL, &subkeys, NULL, NULL, &values, NULL, NULL, NULL, NULL);
    ok(!r && subkeys == 4 && values == 4, "the copy: %lu subkeys, %lu values", subkeys, values);
    RegCloseKey(key);
    r = RegDeleteTreeW(base, L"enum");
    ok(r == ERROR_SUCCESS, "RegDeleteTreeW: %ld", r);
    r = RegOpenKeyExW(base, L"enum", 0, KEY_READ, &key);
    ok(r == ERROR_FILE_NOT_FOUND, "the tree is gone: %ld", r);
    r = RegOpenKeyExW(base, L"copy", 0, KEY_ALL_ACCESS, &key);
    ok(r == ERROR_SUCCESS, "open the copy: %ld", r);
    r = RegDeleteTreeW(key, NULL);
    ok(r == ERROR_SUCCESS, "RegDeleteTreeW(NULL) empties the key: %ld", r);
    r = RegQueryInfoKeyW(key, NULL, NULL, NULL, &subkeys, NULL, NULL, &values, NULL, NULL, NULL, NULL);
    ok(!r && subkeys == 0 && values == 0, "emptied: %lu subkeys, %lu values", subkeys, values);
    RegCloseKey(key);
}

static void test_classes_root(void)
{
    HKEY key;
    WCHAR buf[64];
    DWORD size;

    /* a class only the user has shows through HKCR */
    r = RegSetKeyValueW(HKEY_CURRENT_USER, USER_CLASS, NULL, REG_SZ,
                        (const BYTE *)L"userclass", 20);
    ok(r == ERROR_SUCCESS, "a per-user class: %ld", r);
    /* Wine's HKCR is HKLM\Software\Classes alone: no merged view there */
    if (is_wine) {
        RegDeleteTreeW(HKEY_CURRENT_USER, USER_CLASS);
        return;
    }
    size = sizeof(buf);
    r = RegGetValueW(HKEY_CLASSES_ROOT, CLASS, NULL, RRF_RT_REG_SZ, NULL, buf, &size);
    ok(!r && !lstrcmpW(buf, L"userclass"), "HKCR shows the user's class: %ld", r);
    r = RegOpenKeyExW(HKEY_CLASSES_ROOT, CLASS, 0, KEY_ALL_ACCESS, &key);
    ok(r == ERROR_SUCCESS, "open it through HKCR: %ld", r);
    if (!r) {
        /* a write through the merged view goes where the key is */
        RegSetValueExW(key, L"w", 0, REG_SZ, (const BYTE *)L"1", 4);
        RegCloseKey(key);
        size = sizeof(buf);
        r = RegGetValueW(HKEY_CURRENT_USER, USER_CLASS, L"w", RRF_RT_REG_SZ, NULL, buf,
                         &size);
        ok(!r, "the write landed in HKCU: %ld", r);
    }
    RegDeleteTreeW(HKEY_CURRENT_USER, USER_CLASS);
    r = RegOpenKeyExW(HKEY_CLASSES_ROOT, CLASS, 0, KEY_READ, &key);
    ok(r == ERROR_FILE_NOT_FOUND, "gone from HKCR too: %ld", r);
}

static void test_notify(HKEY base)
{
    HANDLE event = CreateEventW(NULL, FALSE, FALSE, NULL);
    HKEY key, key2, sub;
    DWORD v = 1;

    r = RegCreateKeyExW(base, L"notify", 0, NULL, 0, KEY_ALL_ACCESS, NULL, &key, NULL);
    ok(r == ERROR_SUCCESS, "notify key: %ld", r);
    r = RegNotifyChangeKeyValue(key, TRUE, REG_NOTIFY_CHANGE_LAST_SET, event, TRUE);
    ok(r == ERROR_SUCCESS, "RegNotifyChangeKeyValue: %ld", r);
    ok(WaitForSingleObject(event, 50) == WAIT_TIMEOUT, "no change yet");
    RegSetValueExW(key, L"v", 0, REG_DWORD, (const BYTE *)&v, 4);
    ok(WaitForSingleObject(event, 2000) == WAIT_OBJECT_0, "a value change signals");

    /* another handle: Wine keeps the first filter of a handle's watches */
    RegOpenKeyExW(base, L"notify", 0, KEY_ALL_ACCESS, &key2);
    r = RegNotifyChangeKeyValue(key2, FALSE, REG_NOTIFY_CHANGE_NAME, event, TRUE);
    ok(r == ERROR_SUCCESS, "RegNotifyChangeKeyValue for names: %ld", r);
    RegSetValueExW(key, L"v", 0, REG_DWORD, (const BYTE *)&v, 4);
    ok(WaitForSingleObject(event, 100) == WAIT_TIMEOUT, "a value change does not signal a name watch");
    RegCreateKeyExW(key, L"newsub", 0, NULL, 0, KEY_ALL_ACCESS, NULL, &sub, NULL);
    ok(WaitForSingleObject(event, 2000) == WAIT_OBJECT_0, "a new subkey signals");
    RegCloseKey(key2);

    r = RegNotifyChangeKeyValue(key, TRUE, REG_NOTIFY_CHANGE_LAST_SET, event, TRUE);
    RegSetValueExW(sub, L"deep", 0, REG_DWORD, (const BYTE *)&v, 4);
    ok(WaitForSingleObject(event, 2000) == WAIT_OBJECT_0, "a change in a subkey signals a subtree watch");
    RegCloseKey(sub);
    r = RegNotifyChangeKeyValue(key, TRUE, REG_NOTIFY_CHANGE_LAST_SET, NULL, TRUE);
    ok(r == ERROR_INVALID_HANDLE, "asynchronous without an event: %ld", r);
    RegCloseKey(key);
    CloseHandle(event);
}

/* RegOverridePredefKey maps a predefined key for this process until undone;
 * hive files need the restore privilege, which a standard user's token does
 * not hold (nor has enabled). */
static void test_predefined_and_hives(HKEY base)
{
    HKEY over, key;
    WCHAR path[MAX_PATH];
    HANDLE file;

    r = RegDisablePredefinedCache();
    ok(r == ERROR_SUCCESS, "RegDisablePredefinedCache: %ld", r);
    r = RegCreateKeyExW(base, L"override", 0, NULL, 0, KEY_ALL_ACCESS, NULL, &over, NULL);
    ok(r == ERROR_SUCCESS, "a key to map HKCU to: %ld", r);
    r = RegOverridePredefKey(HKEY_CURRENT_USER, over);
    ok(r == ERROR_SUCCESS, "RegOverridePredefKey: %ld", r);
    RegCloseKey(over);   /* the mapping keeps its own handle */
    r = RegCreateKeyExW(HKEY_CURRENT_USER, L"through-override", 0, NULL, 0, KEY_ALL_ACCESS, NULL, &key, NULL);
    ok(r == ERROR_SUCCESS, "create through the mapped HKCU: %ld", r);
    if (!r) RegCloseKey(key);
    r = RegOverridePredefKey(HKEY_CURRENT_USER, NULL);
    ok(r == ERROR_SUCCESS, "undo the mapping: %ld", r);
    r = RegOpenKeyExW(base, L"override\\through-override", 0, KEY_READ, &key);
    ok(r == ERROR_SUCCESS, "the key went below the mapped key: %ld", r);
    if (!r) RegCloseKey(key);
    r = RegOpenKeyExW(HKEY_CURRENT_USER, L"through-override", 0, KEY_READ, &key);
    ok(r == ERROR_FILE_NOT_FOUND, "and not below the real HKCU: %ld", r);

    /* a file that exists: the privilege is what stops the load */
    GetTempPathW(MAX_PATH, path);
    lstrcatW(path, L"winrun-test-hive");
    file = CreateFileW(path, GENERIC_WRITE, 0, NULL, CREATE_ALWAYS, 0, NULL);
    CloseHandle(file);
    r = RegLoadKeyW(HKEY_USERS, L"winrun-test-hive", path);
    ok(r == ERROR_PRIVILEGE_NOT_HELD, "RegLoadKey without the restore privilege: %ld", r);
    r = RegUnLoadKeyW(HKEY_USERS, L"winrun-test-hive");
    ok(r == ERROR_PRIVILEGE_NOT_HELD, "RegUnLoadKey without it: %ld", r);
    DeleteFileW(path);
}

typedef LONG (WINAPI *notify_change_key_fn)(HANDLE key, HANDLE event, void *apc, void *context,
                                             IO_STATUS_BLOCK *io, ULONG filter, BOOLEAN subtree, void *buffer,
                                             ULONG length, BOOLEAN async);
static int apc_calls;
static void *apc_context_seen;
static IO_STATUS_BLOCK *apc_io_seen;

static void WINAPI notify_apc(void *context, IO_STATUS_BLOCK *io, ULONG reserved)
{
    (void)reserved;
    apc_calls++;
    apc_context_seen = context;
    apc_io_seen = io;
}

/* NtNotifyChangeKey with an APC routine: the routine runs on the caller
 * once the change happened and the thread waits alertably, not before. */
static void test_notify_apc(HKEY base)
{
    notify_change_key_fn notify =
        (notify_change_key_fn)GetProcAddress(GetModuleHandleA("ntdll"), "NtNotifyChangeKey");
    IO_STATUS_BLOCK io;
    HANDLE event = CreateEventW(NULL, TRUE, FALSE, NULL);
    DWORD v = 2, wait;
    HKEY key;
    LONG status;

    r = RegCreateKeyExW(base, L"notify-apc", 0, NULL, 0, KEY_ALL_ACCESS, NULL, &key, NULL);
    ok(r == ERROR_SUCCESS && notify, "a key to watch: %ld", r);
    if (r || !notify) return;
    status = notify(key, event, (void *)notify_apc, (void *)0x1234, &io, REG_NOTIFY_CHANGE_LAST_SET, FALSE, NULL, 0,
                    TRUE);
    ok(status == STATUS_PENDING, "NtNotifyChangeKey with an APC: %lx", status);
    SleepEx(50, TRUE);
    ok(apc_calls == 0, "no APC before the change: %d", apc_calls);
    RegSetValueExW(key, L"v", 0, REG_DWORD, (const BYTE *)&v, 4);
    Sleep(300);
    ok(apc_calls == 0, "nor while the thread does not wait alertably: %d", apc_calls);
    ok(WaitForSingleObject(event, 2000) == WAIT_OBJECT_0, "the event is set too");
    /* Wine (8.0) sets the event but never queues the APC routine */
    if (!is_wine) {
        wait = SleepEx(2000, TRUE);
        ok(wait == WAIT_IO_COMPLETION && apc_calls == 1, "an alertable wait runs it: %lu, %d calls", wait, apc_calls);
        ok(apc_context_seen == (void *)0x1234 && apc_io_seen == &io, "with its context and I/O status block: %p %p",
           apc_context_seen, apc_io_seen);
    }
    CloseHandle(event);
    RegCloseKey(key);
}

static void test_bad_handles(void)
{
    WCHAR name[64];
    DWORD type, size, value;

    size = sizeof(value);
    r = RegQueryValueExA((HKEY)0xdead0, "x", NULL, &type, (BYTE *)&value, &size);
    ok(r == ERROR_INVALID_HANDLE, "RegQueryValueExA(bad handle): %ld", r);
    size = 64;
    r = RegEnumKeyExW((HKEY)0xdead0, 0, name, &size, NULL, NULL, NULL, NULL);
    ok(r == ERROR_INVALID_HANDLE, "RegEnumKeyExW(bad handle): %ld", r);
    size = 64;
    r = RegEnumValueW((HKEY)0xdead0, 0, name, &size, NULL, NULL, NULL, NULL);
    ok(r == ERROR_INVALID_HANDLE, "RegEnumValueW(bad handle): %ld", r);
    r = RegSetValueExW((HKEY)0xdead0, L"v", 0, REG_DWORD, (BYTE *)&value, 4);
    ok(r == ERROR_INVALID_HANDLE, "RegSetValueExW(bad handle): %ld", r);
    r = RegDeleteKeyW(HKEY_CURRENT_USER, MISSING);
    ok(r == ERROR_FILE_NOT_FOUND, "deleting a missing key: %ld", r);
    r = RegDeleteKeyW(HKEY_CURRENT_USER, NULL);
    ok(r == ERROR_INVALID_PARAMETER, "RegDeleteKeyW(NULL): %ld", r);
}

/* How many times HKEY_CLASSES_ROOT's enumeration shows NAME (subkeys or
 * values), and the whole count in *TOTAL. */
static int hkcr_count(BOOL values, const WCHAR *name, DWORD *total)
{
    WCHAR got[256];
    DWORD len, i;
    int seen = 0;

    for (i = 0;; i++) {
        len = 256;
        r = values ? RegEnumValueW(HKEY_CLASSES_ROOT, i, got, &len, NULL, NULL, NULL, NULL)
                   : RegEnumKeyExW(HKEY_CLASSES_ROOT, i, got, &len, NULL, NULL, NULL, NULL);
        if (r) break;
        if (!lstrcmpiW(got, name)) seen++;
    }
    *total = i;
    return seen;
}

/* The merged view's root: the user's classes and values hide the
 * machine's of the same name, both show once, and RegQueryInfoKey counts
 * what the enumeration gives (MS docs, "Merged View of HKEY_CLASSES_ROOT"). */
static void test_classes_merged(void)
{
    WCHAR machine_class[80], machine_only[40], machine_only_path[80], value[40], buf[32];
    DWORD subkeys = 0, values = 0, enum_keys, enum_values, size;
    int seen;

    /* Wine's HKCR is the machine's classes alone */
    if (is_wine) return;
    swprintf(machine_class, 80, L"Software\\Classes\\%s", CLASS);
    swprintf(machine_only, 40, L"%s-m", CLASS);
    swprintf(machine_only_path, 80, L"Software\\Classes\\%s", machine_only);
    swprintf(value, 40, L"winruntest-%lu", GetCurrentProcessId());
    r = RegSetKeyValueW(HKEY_CURRENT_USER, USER_CLASS, NULL, REG_SZ, (const BYTE *)L"user", 10);
    ok(!r, "a user class: %ld", r);
    r = RegSetKeyValueW(HKEY_LOCAL_MACHINE, machine_class, NULL, REG_SZ, (const BYTE *)L"machine", 16);
    ok(!r, "the same class for the machine: %ld", r);
    r = RegSetKeyValueW(HKEY_LOCAL_MACHINE, machine_only_path, NULL, REG_SZ, (const BYTE *)L"m", 4);
    ok(!r, "a machine-only class: %ld", r);
    r = RegSetKeyValueW(HKEY_CURRENT_USER, L"Software\\Classes", value, REG_SZ, (const BYTE *)L"u", 4);
    ok(!r, "a value of the user's classes: %ld", r);
    r = RegSetKeyValueW(HKEY_LOCAL_MACHINE, L"Software\\Classes", value, REG_SZ, (const BYTE *)L"m", 4);
    ok(!r, "the same value of the machine's: %ld", r);

    size = sizeof(buf);
    r = RegGetValueW(HKEY_CLASSES_ROOT, CLASS, NULL, RRF_RT_REG_SZ, NULL, buf, &size);
    ok(!r && !lstrcmpW(buf, L"user"), "the user's class hides the machine's: %ld %s", r, dbgstr_w(buf));
    size = sizeof(buf);
    r = RegGetValueW(HKEY_CLASSES_ROOT, machine_only, NULL, RRF_RT_REG_SZ, NULL, buf, &size);
    ok(!r && !lstrcmpW(buf, L"m"), "a machine-only class shows: %ld", r);
    size = sizeof(buf);
    r = RegQueryValueExW(HKEY_CLASSES_ROOT, value, NULL, NULL, (BYTE *)buf, &size);
    ok(!r && !lstrcmpW(buf, L"u"), "the root's value is the user's: %ld %s", r, dbgstr_w(buf));

    seen = hkcr_count(FALSE, CLASS, &enum_keys);
    ok(seen == 1, "a class of both is enumerated once: %d", seen);
    seen = hkcr_count(FALSE, machine_only, &enum_keys);
    ok(seen == 1, "a machine-only class is enumerated: %d", seen);
    seen = hkcr_count(TRUE, value, &enum_values);
    ok(seen == 1, "a value of both is enumerated once: %d", seen);
    r = RegQueryInfoKeyW(HKEY_CLASSES_ROOT, NULL, NULL, NULL, &subkeys, NULL, NULL, &values, NULL, NULL, NULL, NULL);
    ok(!r && subkeys == enum_keys && values == enum_values, "RegQueryInfoKey counts the enumeration: %lu/%lu %lu/%lu",
       subkeys, enum_keys, values, enum_values);

    RegDeleteTreeW(HKEY_CURRENT_USER, USER_CLASS);
    RegDeleteTreeW(HKEY_LOCAL_MACHINE, machine_class);
    RegDeleteTreeW(HKEY_LOCAL_MACHINE, machine_only_path);
    RegDeleteKeyValueW(HKEY_CURRENT_USER, L"Software\\Classes", value);
    RegDeleteKeyValueW(HKEY_LOCAL_MACHINE, L"Software\\Classes", value);
    seen = hkcr_count(FALSE, CLASS, &enum_keys);
    ok(seen == 0, "gone from the enumeration: %d", seen);
}

int main(void)
{
    HKEY base;

    is_wine = GetProcAddress(GetModuleHandleA("ntdll"), "wine_get_version") != NULL;
    swprintf(BASE, 64, L"Software\\winrun-test-advapi-%lu", GetCurrentProcessId());
    swprintf(MISSING, 80, L"%s\\missing", BASE);
    swprintf(CLASS, 32, L".winruntest-%lu", GetCurrentProcessId());
    swprintf(USER_CLASS, 80, L"Software\\Classes\\%s", CLASS);
    sprintf(BASE_VALUES_A, "Software\\winrun-test-advapi-%lu\\values", GetCurrentProcessId());
    RegDeleteTreeW(HKEY_CURRENT_USER, BASE);
    test_roots();
    r = RegCreateKeyExW(HKEY_CURRENT_USER, BASE, 0, NULL, 0, KEY_ALL_ACCESS, NULL, &base, NULL);
    ok(r == ERROR_SUCCESS, "base key: %ld", r);
    if (r) return test_done();
    test_users_sid(base);
    test_create(base);
    test_values(base);
    test_enum(base);
    test_classes_root();
    test_classes_merged();
    test_notify(base);
    test_notify_apc(base);
    test_predefined_and_hives(base);
    test_bad_handles();
    RegCloseKey(base);
    r = RegDeleteTreeW(HKEY_CURRENT_USER, BASE);
    ok(r == ERROR_SUCCESS, "cleanup: %ld", r);
    return test_done();
}
