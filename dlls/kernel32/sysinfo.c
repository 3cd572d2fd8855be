/*
 * System facts: memory status (/proc/meminfo), processor features (cpuid),
 * processor counts and topology (/sys/devices/system/cpu), NUMA, large
 * pages. Windows processor number i is the i-th online Linux CPU; one
 * processor group and one NUMA node, which is what programs below 64
 * processors see on Windows too.
 */
#include <cpuid.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/auxv.h>
#include "kernel32_private.h"

#define MAX_CPUS 64               /* one processor group */

typedef struct {
    DWORD dwLength, dwMemoryLoad;
    ULONGLONG ullTotalPhys, ullAvailPhys, ullTotalPageFile, ullAvailPageFile;
    ULONGLONG ullTotalVirtual, ullAvailVirtual, ullAvailExtendedVirtual;
} MEMORYSTATUSEX;

typedef struct {
    DWORD dwLength, dwMemoryLoad;
    SIZE_T dwTotalPhys, dwAvailPhys, dwTotalPageFile, dwAvailPageFile, dwTotalVirtual, dwAvailVirtual;
} MEMORYSTATUS;

/* the user address space of 64-bit Windows 10: 0x10000 .. 0x7ffffffeffff */
#define TOTAL_VIRTUAL (0x7fffffff0000ull - 0x10000ull)

/* Reads "Key: value kB" lines of a /proc file, in bytes; missing keys stay 0. */
static void read_kb_values(const char *path, const char *const *keys, ULONGLONG *values, int count)
{
    FILE *f = fopen(path, "re");
    char line[256];

    memset(values, 0, count * sizeof(*values));
    if (!f) return;
    while (fgets(line, sizeof(line), f))
        for (int i = 0; i < count; i++) {
            size_t len = strlen(keys[i]);
            if (!strncmp(line, keys[i], len) && line[len] == ':') {
                values[i] = strtoull(line + len + 1, NULL, 10) * 1024;
                break;
            }
        }
    fclose(f);
}

WINBASEAPI BOOL WINAPI GlobalMemoryStatusEx(MEMORYSTATUSEX *status)
{
    static const char *const keys[] = { "MemTotal", "MemAvailable", "SwapTotal", "SwapFree" };
    static const char *const self_keys[] = { "VmSize" };
    ULONGLONG v[4], vm;

    if (status->dwLength != sizeof(*status)) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return FALSE;
    }
    read_kb_values("/proc/meminfo", keys, v, 4);
    read_kb_values("/proc/self/status", self_keys, &vm, 1);
    status->ullTotalPhys = v[0];
    status->ullAvailPhys = v[1] < v[0] ? v[1] : v[0];
    /* Windows' "page file" figures are the commit limit: RAM plus swap */
    status->ullTotalPageFile = v[0] + v[2];
    status->ullAvailPageFile = status->ullAvailPhys + v[3];
    status->dwMemoryLoad = v[0] ? (DWORD)((v[0] - status->ullAvailPhys) * 100 / v[0]) : 0;
    status->ullTotalVirtual = TOTAL_VIRTUAL;
    status->ullAvailVirtual = vm < TOTAL_VIRTUAL ? TOTAL_VIRTUAL - vm : 0;
    status->ullAvailExtendedVirtual = 0;
    return TRUE;
}

WINBASEAPI void WINAPI GlobalMemoryStatus(MEMORYSTATUS *status)
{
    MEMORYSTATUSEX ex;

    ex.dwLength = sizeof(ex);
    GlobalMemoryStatusEx(&ex);
    status->dwLength = sizeof(*status);
    status->dwMemoryLoad = ex.dwMemoryLoad;
    status->dwTotalPhys = ex.ullTotalPhys;
    status->dwAvailPhys = ex.ullAvailPhys;
    status->dwTotalPageFile = ex.ullTotalPageFile;
    status->dwAvailPageFile = ex.ullAvailPageFile;
    status->dwTotalVirtual = ex.ullTotalVirtual;
    status->dwAvailVirtual = ex.ullAvailVirtual;
}

/* ---- processor features ---- */

static unsigned long long xgetbv0(void)
{
    unsigned int lo, hi;
    __asm__ volatile ("xgetbv" : "=a"(lo), "=d"(hi) : "c"(0));
    return ((unsigned long long)hi << 32) | lo;
}

WINBASEAPI BOOL WINAPI IsProcessorFeaturePresent(DWORD feature)
{
    unsigned int a, b, c, d, b7 = 0, c7 = 0, d_ext = 0, max;
    BOOL avx_os = FALSE, avx512_os = FALSE;

    __cpuid(0, max, b, c, d);
    __cpuid(1, a, b, c, d);
    if (max >= 7) __cpuid_count(7, 0, a, b7, c7, a);
    if (__get_cpuid_max(0x80000000, NULL) >= 0x80000001) __cpuid(0x80000001, a, b, a, d_ext);
    if (c & bit_OSXSAVE) {
        unsigned long long xcr0 = xgetbv0();
        avx_os = (xcr0 & 6) == 6;
        avx512_os = (xcr0 & 0xe6) == 0xe6;
    }
    switch (feature) {
    case 2:  return !!(d & bit_CMPXCHG8B);              /* PF_COMPARE_EXCHANGE_DOUBLE */
    case 3:  return !!(d & bit_MMX);                    /* PF_MMX_INSTRUCTIONS_AVAILABLE */
    case 6:  return !!(d & bit_SSE);                    /* PF_XMMI_INSTRUCTIONS_AVAILABLE */
    case 7:  return !!(d_ext & bit_3DNOW);              /* PF_3DNOW_INSTRUCTIONS_AVAILABLE */
    case 8:  return !!(d & (1u << 4));                 /* PF_RDTSC_INSTRUCTION_AVAILABLE */
    case 9:  return !!(d & (1u << 6));                 /* PF_PAE_ENABLED */
    case 10: return !!(d & bit_SSE2);                   /* PF_XMMI64_INSTRUCTIONS_AVAILABLE */
    case 12: return TRUE;                               /* PF_NX_ENABLED: Linux x86-64 always */
    case 13: return !!(c & bit_SSE3);                   /* PF_SSE3_INSTRUCTIONS_AVAILABLE */
    case 14: return !!(c & bit_CMPXCHG16B);             /* PF_COMPARE_EXCHANGE128 */
    case 17: return !!(c & bit_OSXSAVE);                /* PF_XSAVE_ENABLED */
    case 22: return !!(getauxval(AT_HWCAP2) & 2);       /* PF_RDWRFSGSBASE_AVAILABLE: HWCAP2_FSGSBASE */
    case 23: return TRUE;                               /* PF_FASTFAIL_AVAILABLE */
    case 28: return !!(c & bit_RDRND);                  /* PF_RDRAND_INSTRUCTION_AVAILABLE */
    case 32: return !!(d_ext & (1u << 27));             /* PF_RDTSCP_INSTRUCTION_AVAILABLE */
    case 33: return !!(c7 & (1u << 22));                /* PF_RDPID_INSTRUCTION_AVAILABLE */
    case 36: return !!(c & bit_SSSE3);                  /* PF_SSSE3_INSTRUCTIONS_AVAILABLE */
    case 37: return !!(c & bit_SSE4_1);                 /* PF_SSE4_1_INSTRUCTIONS_AVAILABLE */
    case 38: return !!(c & bit_SSE4_2);                 /* PF_SSE4_2_INSTRUCTIONS_AVAILABLE */
    case 39: return avx_os && (c & bit_AVX);            /* PF_AVX_INSTRUCTIONS_AVAILABLE */
    case 40: return avx_os && (b7 & bit_AVX2);          /* PF_AVX2_INSTRUCTIONS_AVAILABLE */
    case 41: return avx512_os && (b7 & bit_AVX512F);    /* PF_AVX512F_INSTRUCTIONS_AVAILABLE */
    default: return FALSE;
    }
}

/* ---- processor counts and topology ---- */

#define ALL_PROCESSOR_GROUPS 0xffff

static DWORD processor_count(void)
{
    DWORD n = NtCurrentTeb()->Peb->NumberOfProcessors;
    return n > MAX_CPUS ? MAX_CPUS : n;
}

WINBASEAPI DWORD WINAPI GetActiveProcessorCount(WORD group)
{
    if (group && group != ALL_PROCESSOR_GROUPS) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return 0;
    }
    return processor_count();
}

WINBASEAPI DWORD WINAPI GetMaximumProcessorCount(WORD group)
{
    return GetActiveProcessorCount(group);
}

WINBASEAPI WORD WINAPI GetActiveProcessorGroupCount(void) { return 1; }
WINBASEAPI WORD WINAPI GetMaximumProcessorGroupCount(void) { return 1; }

WINBASEAPI BOOL WINAPI GetNumaHighestNodeNumber(ULONG *node)
{
    *node = 0;
    return TRUE;
}

/* the large page size of x86-64, which Windows reports whether or not the
 * caller may use large pages */
WINBASEAPI SIZE_T WINAPI GetLargePageMinimum(void) { return 0x200000; }
