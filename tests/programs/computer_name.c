/* kernel32 GetComputerName(Ex) size conventions and the NetBIOS name's
 * form; user32 CharNextExA/CharPrevExA. */
#include "test.h"

int main(void)
{
    WCHAR name[256], dns[256];
    char aname[256];
    DWORD size, err, len;
    BOOL r;
    const char *s = "abc";

    size = 256;
    r = GetComputerNameW(name, &size);
    len = lstrlenW(name);
    ok(r && size == len && len >= 1 && len <= MAX_COMPUTERNAME_LENGTH, "GetComputerNameW: %d size %lu %s",
       r, size, dbgstr_w(name));
    ok(!wcschr(name, '.'), "the NetBIOS name has no dot: %s", dbgstr_w(name));
    {
        WCHAR upper[256];
        lstrcpyW(upper, name);
        CharUpperW(upper);
        ok(!lstrcmpW(upper, name), "the NetBIOS name is upper case: %s", dbgstr_w(name));
    }
    size = 1;
    SetLastError(0xdeadbeef);
    r = GetComputerNameW(name, &size);
    err = GetLastError();
    ok(!r && err == ERROR_BUFFER_OVERFLOW && size == len + 1, "GetComputerNameW small: %d err %lu size %lu",
       r, err, size);
    size = sizeof(aname);
    r = GetComputerNameA(aname, &size);
    ok(r && size == strlen(aname) && size == len, "GetComputerNameA: %d size %lu %s", r, size, aname);

    size = 256;
    r = GetComputerNameExW(ComputerNameNetBIOS, dns, &size);
    ok(r && !lstrcmpW(dns, name) && size == len, "ComputerNameNetBIOS = GetComputerName: %s", dbgstr_w(dns));
    size = 256;
    r = GetComputerNameExW(ComputerNameDnsHostname, dns, &size);
    ok(r && size == (DWORD)lstrlenW(dns) && !lstrcmpiW(dns, name) == (lstrlenW(dns) <= MAX_COMPUTERNAME_LENGTH),
       "ComputerNameDnsHostname: %d %s", r, dbgstr_w(dns));
    len = size;
    size = 0;
    SetLastError(0xdeadbeef);
    r = GetComputerNameExW(ComputerNameDnsHostname, NULL, &size);
    err = GetLastError();
    ok(!r && err == ERROR_MORE_DATA && size == len + 1, "ComputerNameDnsHostname size: %d err %lu size %lu",
       r, err, size);
    size = 256;
    SetLastError(0xdeadbeef);
    r = GetComputerNameExW(ComputerNameMax, dns, &size);
    err = GetLastError();
    ok(!r && err == ERROR_INVALID_PARAMETER, "ComputerNameMax: %d err %lu", r, err);

    ok(CharNextExA(CP_ACP, s, 0) == s + 1 && CharNextExA(CP_ACP, s + 3, 0) == s + 3, "CharNextExA");
    ok(CharPrevExA(CP_ACP, s, s + 2, 0) == s + 1 && CharPrevExA(CP_ACP, s, s, 0) == s, "CharPrevExA");
    ok(CharNextExA(932, "\x82\xa0x", 0)[0] == 'x', "CharNextExA over a Shift-JIS pair");
    return test_done();
}
