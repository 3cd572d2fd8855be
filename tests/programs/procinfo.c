/* procinfo.c - memory status, process/thread/system times, affinity
 * masks, processor counts and topology, process counters. */
#define PSAPI_VERSION 2
#include "test.h"
#include <psapi.h>

static ULONGLONG ft64(FILETIME ft)
{
    return ((ULONGLONG)ft.dwHighDateTime << 32) | ft.dwLowDateTime;
}

static volatile double sink;

static void burn_cpu(DWORD ms)
{
    DWORD start = GetTickCount();
    double x = 1.0;
    while (GetTickCount() - start < ms)
        for (int i = 0; i < 10000; i++) x = x * 1.0000001 + 0.5;
    sink = x;
}

int main(void)
{
    MEMORYSTATUSEX ms;
    MEMORYSTATUS ms1;
    FILETIME create, exit_t, kernel, user, user2, now, idle, sk, su;
    DWORD_PTR pmask = 0, smask = 0, prev, prev2;
    PROCESS_MEMORY_COUNTERS pmc;
    IO_COUNTERS io;
    SYSTEM_INFO si;
    SYSTEM_LOGICAL_PROCESSOR_INFORMATION slpi[256];
    DWORD len, err, i, cores = 0, packages = 0, numa = 0;
    ULONG node = 99;
    BOOL b;
    char buf[4096];

    GetSystemInfo(&si);

    memset(&ms, 0, sizeof(ms));
    ms.dwLength = sizeof(ms);
    b = GlobalMemoryStatusEx(&ms);
    ok(b && ms.ullTotalPhys > 0 && ms.ullAvailPhys <= ms.ullTotalPhys && ms.dwMemoryLoad <= 100,
       "GlobalMemoryStatusEx: total %I64u avail %I64u load %lu", ms.ullTotalPhys, ms.ullAvailPhys, ms.dwMemoryLoad);
    ok(ms.ullTotalPageFile >= ms.ullAvailPageFile && ms.ullTotalVirtual >= 0x7ff00000000ULL &&
       ms.ullAvailVirtual <= ms.ullTotalVirtual, "page file %I64u/%I64u, virtual %I64u/%I64u",
       ms.ullAvailPageFile, ms.ullTotalPageFile, ms.ullAvailVirtual, ms.ullTotalVirtual);
    ms.dwLength = sizeof(ms) - 1;
    SetLastError(0xdeadbeef);
    b = GlobalMemoryStatusEx(&ms);
    err = GetLastError();
    ok(!b && err == ERROR_INVALID_PARAMETER, "GlobalMemoryStatusEx with a wrong dwLength: err %lu", err);
    memset(&ms1, 0xcc, sizeof(ms1));
    GlobalMemoryStatus(&ms1);
    ok(ms1.dwLength == sizeof(ms1) && ms1.dwTotalPhys > 0 && ms1.dwMemoryLoad <= 100,
       "GlobalMemoryStatus: length %lu total %I64u", ms1.dwLength, (ULONG64)ms1.dwTotalPhys);

    /* process times: created before now, CPU time grows with work */
    b = GetProcessTimes(GetCurrentProcess(), &create, &exit_t, &kernel, &user);
    GetSystemTimeAsFileTime(&now);
    ok(b && ft64(create) > 0 && ft64(create) <= ft64(now) && ft64(now) - ft64(create) < 600ULL * 10000000,
       "process created %I64u, now %I64u", ft64(create), ft64(now));
    ok(ft64(exit_t) == 0, "a running process has no exit time: %I64u", ft64(exit_t));
    burn_cpu(200);
    GetProcessTimes(GetCurrentProcess(), &create, &exit_t, &kernel, &user2);
    ok(ft64(user2) > ft64(user), "user time grows with CPU work: %I64u -> %I64u", ft64(user), ft64(user2));
    b = GetThreadTimes(GetCurrentThread(), &create, &exit_t, &kernel, &user);
    ok(b && ft64(user) > 0 && ft64(user) <= ft64(user2) + 200000,
       "thread user time %I64u (process %I64u)", ft64(user), ft64(user2));
    ok(ft64(create) > 0 && ft64(create) <= ft64(now), "thread created %I64u", ft64(create));
    b = GetSystemTimes(&idle, &sk, &su);
    ok(b && ft64(su) > 0 && ft64(sk) >= ft64(idle), "system times: idle %I64u kernel %I64u user %I64u",
       ft64(idle), ft64(sk), ft64(su));
    SetLastError(0xdeadbeef);
    b = GetProcessTimes((HANDLE)0xdead0, &create, &exit_t, &kernel, &user);
    err = GetLastError();
    ok(!b && err == ERROR_INVALID_HANDLE, "GetProcessTimes of a bad handle: err %lu", err);

    /* affinity */
    b = GetProcessAffinityMask(GetCurrentProcess(), &pmask, &smask);
    ok(b && pmask && smask && !(pmask & ~smask), "process mask %I64x within system mask %I64x",
       (ULONG64)pmask, (ULONG64)smask);
    ok(smask == si.dwActiveProcessorMask, "system mask %I64x equals GetSystemInfo's %I64x", (ULONG64)smask,
       (ULONG64)si.dwActiveProcessorMask);
    prev = SetThreadAffinityMask(GetCurrentThread(), 1);
    ok(prev == pmask, "SetThreadAffinityMask returns the old mask %I64x (process %I64x)", (ULONG64)prev,
       (ULONG64)pmask);
    prev2 = SetThreadAffinityMask(GetCurrentThread(), pmask);
    ok(prev2 == 1, "and then the one just set: %I64x", (ULONG64)prev2);
    SetLastError(0xdeadbeef);
    prev = SetThreadAffinityMask(GetCurrentThread(), 0);
    err = GetLastError();
    ok(prev == 0 && err == ERROR_INVALID_PARAMETER, "thread mask 0: err %lu", err);
    if (smask != ~(DWORD_PTR)0) {
        SetLastError(0xdeadbeef);
        b = SetProcessAffinityMask(GetCurrentProcess(), smask + 1);
        err = GetLastError();
        ok(!b && err == ERROR_INVALID_PARAMETER, "process mask beyond the system's: err %lu", err);
    }
    ok(SetProcessAffinityMask(GetCurrentProcess(), pmask), "SetProcessAffinityMask to the same mask");

    /* processor counts and topology */
    ok(GetActiveProcessorCount(ALL_PROCESSOR_GROUPS) == si.dwNumberOfProcessors &&
       GetMaximumProcessorCount(0) == si.dwNumberOfProcessors, "processor counts %lu %lu (system info %lu)",
       GetActiveProcessorCount(ALL_PROCESSOR_GROUPS), GetMaximumProcessorCount(0), si.dwNumberOfProcessors);
    ok(GetNumaHighestNodeNumber(&node) && node == 0, "highest NUMA node %lu", node);
    ok(GetLargePageMinimum() == 0x200000, "large page minimum 0x%I64x", (ULONG64)GetLargePageMinimum());
    len = 0;
    SetLastError(0xdeadbeef);
    b = GetLogicalProcessorInformation(NULL, &len);
    err = GetLastError();
    ok(!b && err == ERROR_INSUFFICIENT_BUFFER && len && len % sizeof(slpi[0]) == 0,
       "GetLogicalProcessorInformation sizing: err %lu len %lu", err, len);
    len = sizeof(slpi);
    b = GetLogicalProcessorInformation(slpi, &len);
    for (i = 0; b && i < len / sizeof(slpi[0]); i++) {
        if (slpi[i].Relationship == RelationProcessorCore) cores |= slpi[i].ProcessorMask;
        if (slpi[i].Relationship == RelationProcessorPackage) packages |= slpi[i].ProcessorMask;
        if (slpi[i].Relationship == RelationNumaNode) numa |= slpi[i].ProcessorMask;
    }
    ok(b && cores == si.dwActiveProcessorMask && packages == si.dwActiveProcessorMask,
       "cores cover %lx, packages %lx, of %I64x", cores, packages, (ULONG64)si.dwActiveProcessorMask);
    ok(numa == si.dwActiveProcessorMask, "NUMA nodes cover %lx", numa);
    len = sizeof(buf);
    b = GetLogicalProcessorInformationEx(RelationGroup, (SYSTEM_LOGICAL_PROCESSOR_INFORMATION_EX *)buf, &len);
    ok(b && ((SYSTEM_LOGICAL_PROCESSOR_INFORMATION_EX *)buf)->Relationship == RelationGroup &&
       ((SYSTEM_LOGICAL_PROCESSOR_INFORMATION_EX *)buf)->Group.GroupInfo[0].ActiveProcessorCount ==
       si.dwNumberOfProcessors, "GetLogicalProcessorInformationEx(RelationGroup): len %lu", len);

    /* counters */
    memset(&pmc, 0, sizeof(pmc));
    b = GetProcessMemoryInfo(GetCurrentProcess(), &pmc, sizeof(pmc));
    /* PageFaultCount is not checked: Wine reports 0, Windows counts faults */
    ok(b && pmc.cb == sizeof(pmc) && pmc.WorkingSetSize > 0 && pmc.PeakWorkingSetSize >= pmc.WorkingSetSize,
       "memory info: working set %I64u peak %I64u", (ULONG64)pmc.WorkingSetSize, (ULONG64)pmc.PeakWorkingSetSize);
    SetLastError(0xdeadbeef);
    b = GetProcessMemoryInfo(GetCurrentProcess(), &pmc, sizeof(pmc) - 1);
    err = GetLastError();
    ok(!b && err == ERROR_INSUFFICIENT_BUFFER, "memory info with a short cb: err %lu", err);
    ok(GetProcessIoCounters(GetCurrentProcess(), &io), "GetProcessIoCounters");

    /* features every x86-64 processor has */
    ok(IsProcessorFeaturePresent(PF_XMMI64_INSTRUCTIONS_AVAILABLE) && IsProcessorFeaturePresent(PF_NX_ENABLED) &&
       IsProcessorFeaturePresent(PF_COMPARE_EXCHANGE_DOUBLE) && IsProcessorFeaturePresent(PF_RDTSC_INSTRUCTION_AVAILABLE),
       "SSE2, NX, CMPXCHG8B, RDTSC present");
    ok(!IsProcessorFeaturePresent(PF_FLOATING_POINT_EMULATED) && !IsProcessorFeaturePresent(1000),
       "emulated FP and unknown features absent");
    return test_done();
}
