/* kuser.c - KUSER_SHARED_DATA at 0x7ffe0000, read directly by programs
 * (Go reads the clocks there, the MSVC CRT the processor features).
 * The reported version is whatever the prefix is configured for, so it is
 * checked against RtlGetVersion rather than against a fixed value. */
#include "test.h"

#define KUSER ((volatile char *)0x7ffe0000)
#define KU(off, type) (*(volatile type *)(KUSER + (off)))

/* KSYSTEM_TIME: read High1, Low, High2 until High1 == High2 */
static ULONG64 ksystem_time(int off)
{
    LONG hi1, hi2;
    ULONG lo;
    do {
        hi1 = KU(off + 4, LONG);
        lo = KU(off, ULONG);
        hi2 = KU(off + 8, LONG);
    } while (hi1 != hi2);
    return ((ULONG64)(ULONG)hi1 << 32) | lo;
}

typedef LONG (WINAPI *RtlGetVersion_fn)(OSVERSIONINFOW *);

int main(void)
{
    MEMORY_BASIC_INFORMATION mbi;
    OSVERSIONINFOW v = { sizeof(v) };
    RtlGetVersion_fn pRtlGetVersion;
    ULONG major = KU(0x26c, ULONG), minor = KU(0x270, ULONG);
    ULONG64 int1, int2, sys1, sys2, now, tick1, tick2;
    FILETIME ft;
    LONG64 diff;
    SIZE_T got;

    /* (calls are made before ok(): its message arguments are evaluated
     * in no particular order relative to the condition) */
    memset(&mbi, 0, sizeof(mbi));
    got = VirtualQuery((void *)KUSER, &mbi, sizeof(mbi));
    ok(got == sizeof(mbi) && mbi.State == MEM_COMMIT && mbi.Protect == PAGE_READONLY, "VirtualQuery: state 0x%lx protect 0x%lx", mbi.State, mbi.Protect);

    pRtlGetVersion = (RtlGetVersion_fn)GetProcAddress(GetModuleHandleA("ntdll.dll"), "RtlGetVersion");
    ok(pRtlGetVersion && pRtlGetVersion(&v) == 0, "RtlGetVersion");
    trace("NtMajorVersion %lu NtMinorVersion %lu, RtlGetVersion %lu.%lu build %lu", major, minor,
          v.dwMajorVersion, v.dwMinorVersion, v.dwBuildNumber);
    ok(major == v.dwMajorVersion && minor == v.dwMinorVersion, "NtMajor/MinorVersion %lu.%lu", major, minor);
    ok(major == 10 || major == 6, "plausible version %lu.%lu (Windows 10 is 10.0)", major, minor);
    ok(KU(0x30, WCHAR) == 'C' || KU(0x30, WCHAR) == 'c', "NtSystemRoot starts with a drive");

    int1 = ksystem_time(0x08);
    sys1 = ksystem_time(0x14);
    tick1 = ksystem_time(0x320);
    Sleep(50);
    int2 = ksystem_time(0x08);
    sys2 = ksystem_time(0x14);
    tick2 = ksystem_time(0x320);
    GetSystemTimeAsFileTime(&ft);
    now = ((ULONG64)ft.dwHighDateTime << 32) | ft.dwLowDateTime;

    /* Updated on a timer tick (15.6 ms on Windows), so allow slack. */
    ok(int2 > int1 && int2 - int1 >= 200000, "InterruptTime advanced %I64u00 ns", int2 - int1);
    ok(sys2 > sys1 && sys2 - sys1 >= 200000, "SystemTime advanced %I64u00 ns", sys2 - sys1);
    ok(tick2 > tick1, "TickCount advanced by %I64u", tick2 - tick1);
    diff = (LONG64)(now - sys2);
    ok(diff > -10000000 && diff < 10000000, "SystemTime within 1 s of GetSystemTimeAsFileTime: %I64d",
       diff);
    return test_done();
}
