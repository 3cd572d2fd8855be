/* lasterror.c - GetLastError/SetLastError round trips and the error codes
 * a few common failures leave behind. */
#include "test.h"

typedef DWORD (WINAPI *RtlGetLastWin32Error_fn)(void);

int main(void)
{
    static const DWORD values[] = { 0, 1, 5, 0xdeadbeef, 0xffffffff, ERROR_MORE_DATA };
    RtlGetLastWin32Error_fn pRtlGetLastWin32Error;
    char buf[8];
    DWORD r;
    int i, same = 1;

    for (i = 0; i < (int)(sizeof(values) / sizeof(values[0])); i++) {
        SetLastError(values[i]);
        same &= GetLastError() == values[i];
    }
    ok(same, "SetLastError/GetLastError round trip for 6 values");
    SetLastError(77);
    ok(GetLastError() == 77 && GetLastError() == 77, "GetLastError does not clear");

    pRtlGetLastWin32Error = (RtlGetLastWin32Error_fn)GetProcAddress(GetModuleHandleA("ntdll.dll"),
                                                                    "RtlGetLastWin32Error");
    SetLastError(1234);
    ok(pRtlGetLastWin32Error && pRtlGetLastWin32Error() == 1234, "ntdll sees the same value");

    /* a successful call leaves the error alone (most of them do) */
    SetLastError(0xdeadbeef);
    r = GetCurrentProcessId();
    ok(GetLastError() == 0xdeadbeef, "GetCurrentProcessId keeps the error");

    SetLastError(0xdeadbeef);
    ok(!CloseHandle(NULL) && GetLastError() == ERROR_INVALID_HANDLE, "CloseHandle(NULL): err %lu", GetLastError());
    SetLastError(0xdeadbeef);
    r = GetEnvironmentVariableA("WINRUN_NOT_SET_ANYWHERE", buf, sizeof(buf));
    ok(r == 0 && GetLastError() == ERROR_ENVVAR_NOT_FOUND, "missing variable: err %lu", GetLastError());
    SetLastError(0xdeadbeef);
    ok(!LoadLibraryA("winrun_missing.dll") && GetLastError() == ERROR_MOD_NOT_FOUND,
       "missing DLL: err %lu", GetLastError());
    SetLastError(0xdeadbeef);
    ok(!GetProcAddress(GetModuleHandleA("kernel32.dll"), "NoSuchFunction") &&
       GetLastError() == ERROR_PROC_NOT_FOUND, "missing export: err %lu", GetLastError());
    SetLastError(0xdeadbeef);
    ok(WaitForSingleObject(NULL, 0) == WAIT_FAILED && GetLastError() == ERROR_INVALID_HANDLE,
       "wait on NULL: err %lu", GetLastError());
    return test_done();
}
