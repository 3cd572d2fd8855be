/* advapi32 registry, read side: the predefined roots open, a key that
 * exists nowhere is not found, bad handles and bad parameters are refused.
 * (Wine's registry has contents, winrun's is empty until the registry
 * server exists, so only keys absent from both are looked up.) */
#include "test.h"

#define MISSING L"Software\\winrun-test-nonexistent"

int main(void)
{
    static const HKEY roots[] = { HKEY_CLASSES_ROOT, HKEY_CURRENT_USER, HKEY_LOCAL_MACHINE, HKEY_USERS };
    HKEY key, same;
    DWORD type, size, value;
    LONG r;
    WCHAR name[64];

    for (int i = 0; i < 4; i++) {
        key = (HKEY)0xdead;
        r = RegOpenKeyExW(roots[i], NULL, 0, KEY_READ, &key);
        ok(r == ERROR_SUCCESS && key && key != (HKEY)0xdead, "root %d opens: %ld", i, r);
        if (!r) ok(RegCloseKey(key) == ERROR_SUCCESS, "root %d's handle closes", i);
    }

    key = (HKEY)0xdead;
    r = RegOpenKeyExW(HKEY_CURRENT_USER, MISSING, 0, KEY_READ, &key);
    ok(r == ERROR_FILE_NOT_FOUND && key == NULL, "missing key: %ld, handle %p", r, key);
    r = RegOpenKeyExA(HKEY_LOCAL_MACHINE, "Software\\winrun-test-nonexistent\\deeper", 0, KEY_READ, &key);
    ok(r == ERROR_FILE_NOT_FOUND, "missing key (A): %ld", r);
    r = RegOpenKeyW(HKEY_CURRENT_USER, MISSING, &key);
    ok(r == ERROR_FILE_NOT_FOUND, "RegOpenKeyW missing key: %ld", r);
    r = RegOpenKeyW(HKEY_CURRENT_USER, L"", &same);
    ok(r == ERROR_SUCCESS && same == HKEY_CURRENT_USER, "RegOpenKeyW(\"\") gives the key back: %ld %p", r, same);

    r = RegOpenKeyExW(NULL, L"Software", 0, KEY_READ, &key);
    ok(r == ERROR_INVALID_HANDLE, "RegOpenKeyExW(NULL): %ld", r);
    r = RegOpenKeyExW((HKEY)0xdead0, L"Software", 0, KEY_READ, &key);
    ok(r == ERROR_INVALID_HANDLE, "RegOpenKeyExW(bad handle): %ld", r);
    r = RegOpenKeyExW(HKEY_CURRENT_USER, L"Software", 0, KEY_READ, NULL);
    ok(r == ERROR_INVALID_PARAMETER, "RegOpenKeyExW(no result pointer): %ld", r);
    r = RegCloseKey((HKEY)0xdead0);
    ok(r == ERROR_INVALID_HANDLE, "RegCloseKey(bad handle): %ld", r);
    ok(RegCloseKey(HKEY_LOCAL_MACHINE) == ERROR_SUCCESS, "RegCloseKey(HKEY_LOCAL_MACHINE)");

    r = RegOpenKeyExW(HKEY_CURRENT_USER, NULL, 0, KEY_READ, &key);
    size = sizeof(value);
    r = RegQueryValueExW(key, L"winrun-test-nonexistent-value", NULL, &type, (BYTE *)&value, &size);
    ok(r == ERROR_FILE_NOT_FOUND, "missing value: %ld", r);
    r = RegQueryValueExW(key, L"winrun-test-nonexistent-value", NULL, &type, (BYTE *)&value, NULL);
    ok(r == ERROR_INVALID_PARAMETER, "data without a size: %ld", r);
    RegCloseKey(key);
    size = sizeof(value);
    r = RegQueryValueExA((HKEY)0xdead0, "x", NULL, &type, (BYTE *)&value, &size);
    ok(r == ERROR_INVALID_HANDLE, "RegQueryValueExA(bad handle): %ld", r);

    size = sizeof(value);
    r = RegGetValueW(HKEY_CURRENT_USER, MISSING, L"v", RRF_RT_ANY, &type, &value, &size);
    ok(r == ERROR_FILE_NOT_FOUND, "RegGetValueW in a missing key: %ld", r);
    r = RegGetValueW(HKEY_CURRENT_USER, NULL, L"winrun-test-nonexistent-value", RRF_RT_ANY, &type, &value, &size);
    ok(r == ERROR_FILE_NOT_FOUND, "RegGetValueW missing value: %ld", r);

    size = 64;
    r = RegEnumKeyExW((HKEY)0xdead0, 0, name, &size, NULL, NULL, NULL, NULL);
    ok(r == ERROR_INVALID_HANDLE, "RegEnumKeyExW(bad handle): %ld", r);
    size = 64;
    r = RegEnumValueW((HKEY)0xdead0, 0, name, &size, NULL, NULL, NULL, NULL);
    ok(r == ERROR_INVALID_HANDLE, "RegEnumValueW(bad handle): %ld", r);
    r = RegQueryInfoKeyW(HKEY_CURRENT_USER, NULL, NULL, NULL, &value, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
    ok(r == ERROR_SUCCESS, "RegQueryInfoKeyW(HKEY_CURRENT_USER): %ld", r);

    r = RegDeleteValueW(HKEY_CURRENT_USER, L"winrun-test-nonexistent-value");
    ok(r == ERROR_FILE_NOT_FOUND, "deleting a missing value: %ld", r);
    r = RegDeleteKeyW(HKEY_CURRENT_USER, MISSING);
    ok(r == ERROR_FILE_NOT_FOUND, "deleting a missing key: %ld", r);
    r = RegSetValueExW((HKEY)0xdead0, L"v", 0, REG_DWORD, (BYTE *)&value, 4);
    ok(r == ERROR_INVALID_HANDLE, "RegSetValueExW(bad handle): %ld", r);
    return test_done();
}
