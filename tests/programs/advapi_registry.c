/* advapi32's registry in one process: creating and opening keys, values of
 * every type through the A and W entry points with their size rules,
 * RegGetValue's flags, enumeration order, key information, deleting and
 * copying trees, volatile keys, the merged HKEY_CLASSES_ROOT, change
 * notification, and the errors of bad handles and parameters. Everything
 * happens below HKCU\Software\winrun-test-advapi (and HKLM's classes),
 * removed at the start and the end. */
#include "test.h"

#define BASE L"Software\\winrun-test-advapi"

static LONG r;
static int is_wine;

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
    r = RegOpenKeyExW(HKEY_CURRENT_USER, BASE L"\\missing", 0, KEY_READ, &key);
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
    r = RegGetValueA(HKEY_CURRENT_USER, "Software\\winrun-test-advapi\\values", "sz", RRF_RT_ANY, &type, buf, &size);
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
    r = RegSetKeyValueW(HKEY_CURRENT_USER, L"Software\\Classes\\.winruntestuser", NULL, REG_SZ,
                        (const BYTE *)L"userclass", 20);
    ok(r == ERROR_SUCCESS, "a per-user class: %ld", r);
    /* Wine's HKCR is HKLM\Software\Classes alone: no merged view there */
    if (is_wine) {
        RegDeleteTreeW(HKEY_CURRENT_USER, L"Software\\Classes\\.winruntestuser");
        return;
    }
    size = sizeof(buf);
    r = RegGetValueW(HKEY_CLASSES_ROOT, L".winruntestuser", NULL, RRF_RT_REG_SZ, NULL, buf, &size);
    ok(!r && !lstrcmpW(buf, L"userclass"), "HKCR shows the user's class: %ld", r);
    r = RegOpenKeyExW(HKEY_CLASSES_ROOT, L".winruntestuser", 0, KEY_ALL_ACCESS, &key);
    ok(r == ERROR_SUCCESS, "open it through HKCR: %ld", r);
    if (!r) {
        /* a write through the merged view goes where the key is */
        RegSetValueExW(key, L"w", 0, REG_SZ, (const BYTE *)L"1", 4);
        RegCloseKey(key);
        size = sizeof(buf);
        r = RegGetValueW(HKEY_CURRENT_USER, L"Software\\Classes\\.winruntestuser", L"w", RRF_RT_REG_SZ, NULL, buf,
                         &size);
        ok(!r, "the write landed in HKCU: %ld", r);
    }
    RegDeleteTreeW(HKEY_CURRENT_USER, L"Software\\Classes\\.winruntestuser");
    r = RegOpenKeyExW(HKEY_CLASSES_ROOT, L".winruntestuser", 0, KEY_READ, &key);
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
    r = RegDeleteKeyW(HKEY_CURRENT_USER, BASE L"\\missing");
    ok(r == ERROR_FILE_NOT_FOUND, "deleting a missing key: %ld", r);
    r = RegDeleteKeyW(HKEY_CURRENT_USER, NULL);
    ok(r == ERROR_INVALID_PARAMETER, "RegDeleteKeyW(NULL): %ld", r);
}

int main(void)
{
    HKEY base;

    is_wine = GetProcAddress(GetModuleHandleA("ntdll"), "wine_get_version") != NULL;
    RegDeleteTreeW(HKEY_CURRENT_USER, BASE);
    test_roots();
    r = RegCreateKeyExW(HKEY_CURRENT_USER, BASE, 0, NULL, 0, KEY_ALL_ACCESS, NULL, &base, NULL);
    ok(r == ERROR_SUCCESS, "base key: %ld", r);
    if (r) return test_done();
    test_create(base);
    test_values(base);
    test_enum(base);
    test_classes_root();
    test_notify(base);
    test_bad_handles();
    RegCloseKey(base);
    r = RegDeleteTreeW(HKEY_CURRENT_USER, BASE);
    ok(r == ERROR_SUCCESS, "cleanup: %ld", r);
    return test_done();
}
