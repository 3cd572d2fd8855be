/* version.c - GetVersion(Ex) as Windows 10 answers a program: built
 * twice, once without a manifest (told 6.2 build 9200, the Windows 8
 * answer) and once as version_manifest.exe whose manifest declares
 * Windows 10 support (told the truth). RtlGetVersion never lies. */
#include "test.h"

typedef LONG (WINAPI *RtlGetVersion_fn)(OSVERSIONINFOEXW *);

int main(void)
{
    RtlGetVersion_fn pRtlGetVersion =
        (RtlGetVersion_fn)GetProcAddress(GetModuleHandleA("ntdll.dll"), "RtlGetVersion");
    OSVERSIONINFOEXW real = { sizeof(real) }, w = { sizeof(w) };
    OSVERSIONINFOA a = { sizeof(a) };
    DWORD v, want_major, want_minor, want_build;
    BOOL r;

    ok(pRtlGetVersion && pRtlGetVersion(&real) == 0, "RtlGetVersion");
    ok(real.dwMajorVersion == 10 && real.dwMinorVersion == 0, "the system is Windows 10: %lu.%lu",
       real.dwMajorVersion, real.dwMinorVersion);
#ifdef WITH_MANIFEST
    want_major = real.dwMajorVersion, want_minor = real.dwMinorVersion, want_build = real.dwBuildNumber;
#else
    want_major = 6, want_minor = 2, want_build = 9200;
#endif
    r = GetVersionExW((OSVERSIONINFOW *)&w);
    ok(r && w.dwMajorVersion == want_major && w.dwMinorVersion == want_minor && w.dwBuildNumber == want_build,
       "GetVersionExW: %lu.%lu.%lu", w.dwMajorVersion, w.dwMinorVersion, w.dwBuildNumber);
    ok(w.dwPlatformId == VER_PLATFORM_WIN32_NT && w.wProductType == VER_NT_WORKSTATION, "platform %lu product %u",
       w.dwPlatformId, w.wProductType);
    r = GetVersionExA(&a);
    ok(r && a.dwMajorVersion == want_major && a.dwMinorVersion == want_minor && a.dwBuildNumber == want_build,
       "GetVersionExA: %lu.%lu.%lu", a.dwMajorVersion, a.dwMinorVersion, a.dwBuildNumber);
    v = GetVersion();
    ok((v & 0xff) == want_major && ((v >> 8) & 0xff) == want_minor && (v >> 16) == want_build,
       "GetVersion: %08lx", v);
    a.dwOSVersionInfoSize = sizeof(a) - 1;
    SetLastError(0xdeadbeef);
    r = GetVersionExA(&a);
    ok(!r && GetLastError() == ERROR_INSUFFICIENT_BUFFER, "bad size: %d err %lu", r, GetLastError());
    return test_done();
}
