/* sysinfo.c - basic process and system facts a program reads at start-up. */
#include "test.h"

int main(void)
{
    SYSTEM_INFO si, nsi;
    BOOL wow = TRUE, b;

    GetSystemInfo(&si);
    ok(si.dwPageSize == 4096, "page size %lu", si.dwPageSize);
    ok(si.dwAllocationGranularity == 65536, "allocation granularity %lu", si.dwAllocationGranularity);
    ok(si.wProcessorArchitecture == PROCESSOR_ARCHITECTURE_AMD64, "architecture %u", si.wProcessorArchitecture);
    ok(si.dwNumberOfProcessors >= 1 && si.dwNumberOfProcessors <= 4096, "processors %lu", si.dwNumberOfProcessors);
    ok(si.lpMinimumApplicationAddress == (void *)0x10000, "minimum address %p", si.lpMinimumApplicationAddress);
    ok((ULONG_PTR)si.lpMaximumApplicationAddress >= 0x7fffffeffffULL,
       "maximum address %p", si.lpMaximumApplicationAddress);
    ok(si.dwActiveProcessorMask != 0, "active processor mask");
    GetNativeSystemInfo(&nsi);
    ok(nsi.wProcessorArchitecture == PROCESSOR_ARCHITECTURE_AMD64, "native architecture %u", nsi.wProcessorArchitecture);
    b = IsWow64Process(GetCurrentProcess(), &wow);
    ok(b && !wow, "not WOW64: %d", wow);

    ok(GetCurrentProcess() == (HANDLE)-1, "GetCurrentProcess pseudo handle %p", GetCurrentProcess());
    ok(GetCurrentThread() == (HANDLE)-2, "GetCurrentThread pseudo handle %p", GetCurrentThread());
    ok(GetCurrentProcessId() != 0 && GetCurrentThreadId() != 0, "ids %lu %lu",
       GetCurrentProcessId(), GetCurrentThreadId());
    ok(GetCurrentProcessId() % 4 == 0 && GetCurrentThreadId() % 4 == 0,
       "ids are multiples of 4 as on Windows: %lu %lu", GetCurrentProcessId(), GetCurrentThreadId());
    ok(!IsDebuggerPresent(), "no debugger");
    return test_done();
}
