/*
 * Process and thread accounting: times (getrusage, /proc/self/stat and
 * /proc/self/task/TID/stat), system times (/proc/stat), affinity masks
 * (sched_setaffinity), priority boost, I/O and memory counters. Only this process's
 * handles are served: other processes need the server.
 *
 * Windows processor i is Linux CPU i; the masks cover one group of at most
 * 64 processors. A finished thread's times are gone with its /proc entry
 * and read as zero (Windows keeps them while a handle is open).
 */
#define _GNU_SOURCE
#include <dirent.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>
#include "kernel32_private.h"

#define CURRENT_PROCESS ((HANDLE)~(ULONG_PTR)0)
#define CURRENT_THREAD  ((HANDLE)~(ULONG_PTR)1)

typedef struct {
    DWORD cb, PageFaultCount;
    SIZE_T PeakWorkingSetSize, WorkingSetSize, QuotaPeakPagedPoolUsage, QuotaPagedPoolUsage;
    SIZE_T QuotaPeakNonPagedPoolUsage, QuotaNonPagedPoolUsage, PagefileUsage, PeakPagefileUsage;
    SIZE_T PrivateUsage;          /* PROCESS_MEMORY_COUNTERS_EX only */
} PROCESS_MEMORY_COUNTERS_EX;
#define PMC_SIZE offsetof(PROCESS_MEMORY_COUNTERS_EX, PrivateUsage)

WINBASEAPI DWORD WINAPI GetThreadId(HANDLE);

/* This process, named by the pseudo-handle or a handle to it; sets the
 * last error otherwise. */
static BOOL is_current_process(HANDLE process)
{
    LONGLONG create, exit_time;
    int pid = -1;
    if (process == CURRENT_PROCESS) return TRUE;
    if (!process_get_times(process, &pid, &create, &exit_time) && !pid) return TRUE;
    SetLastError(pid > 0 ? ERROR_NOT_SUPPORTED : ERROR_INVALID_HANDLE);   /* a child's: needs the server */
    return FALSE;
}

/* The Linux thread id behind THREAD (0: the calling thread), or -1. */
static int unix_tid(HANDLE thread)
{
    DWORD tid;
    if (thread == CURRENT_THREAD) return 0;
    /* inverse of ntdll's win_tid() */
    if (!(tid = GetThreadId(thread))) return -1;
    return tid == GetCurrentThreadId() ? 0 : (int)(tid / 4 - (1u << 22));
}

static void set_filetime(FILETIME *ft, ULONGLONG value)
{
    ft->dwLowDateTime = (DWORD)value;
    ft->dwHighDateTime = (DWORD)(value >> 32);
}

static ULONGLONG timeval_100ns(const struct timeval *tv)
{
    return (ULONGLONG)tv->tv_sec * 10000000 + tv->tv_usec * 10;
}

static ULONGLONG ticks_100ns(unsigned long long ticks)
{
    return ticks * 10000000ull / (ULONGLONG)sysconf(_SC_CLK_TCK);
}

/* When the machine booted, in FILETIME units: realtime minus time since boot. */
static ULONGLONG boot_filetime(void)
{
    struct timespec real, boot;
    clock_gettime(CLOCK_REALTIME, &real);
    clock_gettime(CLOCK_BOOTTIME, &boot);
    return (ULONGLONG)TICKS_1601_TO_1970 + ((ULONGLONG)real.tv_sec - boot.tv_sec) * 10000000 +
           ((LONGLONG)real.tv_nsec - boot.tv_nsec) / 100;
}

/* utime, stime and starttime (fields 14, 15, 22) of a /proc stat file. */
static BOOL read_stat(const char *path, unsigned long long *utime, unsigned long long *stime,
                      unsigned long long *start)
{
    char buf[1024], *p;
    size_t n;
    FILE *f = fopen(path, "re");

    if (!f) return FALSE;
    n = fread(buf, 1, sizeof(buf) - 1, f);
    fclose(f);
    buf[n] = 0;
    /* the command name may hold spaces and parentheses: fields follow the last ')' */
    if (!(p = strrchr(buf, ')'))) return FALSE;
    return sscanf(p + 1, " %*c %*d %*d %*d %*d %*d %*u %*u %*u %*u %*u %llu %llu %*d %*d %*d %*d %*d %*d %llu",
                  utime, stime, start) == 3;
}

WINBASEAPI BOOL WINAPI GetProcessTimes(HANDLE process, FILETIME *create, FILETIME *exit_time, FILETIME *kernel,
                                       FILETIME *user)
{
    unsigned long long ut, st, start;
    LONGLONG child_create, child_exit;
    struct rusage ru;
    char path[64];
    int pid = 0;

    if (process != CURRENT_PROCESS && (!set_status_error(process_check_access(process, PROCESS_QUERY_LIMITED_INFORMATION)) ||
                                       !set_status_error(process_get_times(process, &pid, &child_create, &child_exit))))
        return FALSE;
    if (pid) {
        /* a child or a process opened by id: times from its /proc entry
         * while it runs (best effort); the start of one opened by id too */
        snprintf(path, sizeof(path), "/proc/%d/stat", pid);
        if (child_exit || !read_stat(path, &ut, &st, &start)) ut = st = 0;
        else if (!child_create) child_create = boot_filetime() + ticks_100ns(start);
        set_filetime(create, child_create);
        set_filetime(exit_time, child_exit);
        set_filetime(kernel, ticks_100ns(st));
        set_filetime(user, ticks_100ns(ut));
        return TRUE;
    }
    getrusage(RUSAGE_SELF, &ru);
    set_filetime(create, read_stat("/proc/self/stat", &ut, &st, &start) ? boot_filetime() + ticks_100ns(start) : 0);
    set_filetime(exit_time, 0);
    set_filetime(kernel, timeval_100ns(&ru.ru_stime));
    set_filetime(user, timeval_100ns(&ru.ru_utime));
    return TRUE;
}

WINBASEAPI BOOL WINAPI GetThreadTimes(HANDLE thread, FILETIME *create, FILETIME *exit_time, FILETIME *kernel,
                                      FILETIME *user)
{
    unsigned long long ut = 0, st = 0, start = 0;
    int tid = unix_tid(thread);
    char path[64];
    struct rusage ru;

    if (tid < 0) return FALSE;   /* GetThreadId set the error */
    snprintf(path, sizeof(path), "/proc/self/task/%d/stat", tid ? tid : gettid());
    read_stat(path, &ut, &st, &start);
    set_filetime(create, start ? boot_filetime() + ticks_100ns(start) : 0);
    set_filetime(exit_time, 0);
    if (!tid && !getrusage(RUSAGE_THREAD, &ru)) {
        /* the calling thread: microseconds rather than clock ticks */
        set_filetime(kernel, timeval_100ns(&ru.ru_stime));
        set_filetime(user, timeval_100ns(&ru.ru_utime));
    } else {
        set_filetime(kernel, ticks_100ns(st));
        set_filetime(user, ticks_100ns(ut));
    }
    return TRUE;
}

/* Summed over all processors; Windows counts idle time in kernel time. */
WINBASEAPI BOOL WINAPI GetSystemTimes(FILETIME *idle, FILETIME *kernel, FILETIME *user)
{
    unsigned long long usr = 0, nice = 0, sys = 0, idl = 0, iowait = 0, irq = 0, softirq = 0;
    FILE *f = fopen("/proc/stat", "re");
    int n = f ? fscanf(f, "cpu %llu %llu %llu %llu %llu %llu %llu", &usr, &nice, &sys, &idl, &iowait, &irq,
                       &softirq) : 0;

    if (f) fclose(f);
    if (n < 4) {
        SetLastError(ERROR_NOT_SUPPORTED);
        return FALSE;
    }
    if (idle) set_filetime(idle, ticks_100ns(idl + iowait));
    if (kernel) set_filetime(kernel, ticks_100ns(sys + irq + softirq + idl + iowait));
    if (user) set_filetime(user, ticks_100ns(usr + nice));
    return TRUE;
}

/* ---- affinity ---- */

static ULONG_PTR system_mask(void)
{
    DWORD n = NtCurrentTeb()->Peb->NumberOfProcessors;
    return n >= 64 ? ~(ULONG_PTR)0 : ((ULONG_PTR)1 << n) - 1;
}

static ULONG_PTR get_affinity(pid_t tid)
{
    cpu_set_t set;
    ULONG_PTR mask = 0;
    if (sched_getaffinity(tid, sizeof(set), &set)) return system_mask();
    for (int i = 0; i < 64; i++)
        if (CPU_ISSET(i, &set)) mask |= (ULONG_PTR)1 << i;
    return mask & system_mask();
}

static BOOL set_affinity(pid_t tid, ULONG_PTR mask)
{
    cpu_set_t set;
    CPU_ZERO(&set);
    for (int i = 0; i < 64; i++)
        if (mask & ((ULONG_PTR)1 << i)) CPU_SET(i, &set);
    return !sched_setaffinity(tid, sizeof(set), &set);
}

/* The process's mask: the start-up affinity until SetProcessAffinityMask.
 * Kept apart from any thread's, since SetThreadAffinityMask may narrow the
 * main thread's. Read before any mask is set, so the first reader sees the
 * start-up one. */
static ULONG_PTR process_mask;

static ULONG_PTR get_process_mask(void)
{
    ULONG_PTR mask = __atomic_load_n(&process_mask, __ATOMIC_ACQUIRE), expected = 0;
    if (mask) return mask;
    mask = get_affinity(getpid());
    if (!__atomic_compare_exchange_n(&process_mask, &expected, mask, 0, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE))
        mask = expected;
    return mask;
}

WINBASEAPI BOOL WINAPI GetProcessAffinityMask(HANDLE process, DWORD_PTR *process_mask_ret, DWORD_PTR *sys_mask)
{
    if (!is_current_process(process)) return FALSE;
    if (process_mask_ret) *process_mask_ret = get_process_mask();
    if (sys_mask) *sys_mask = system_mask();
    return TRUE;
}

WINBASEAPI BOOL WINAPI SetProcessAffinityMask(HANDLE process, DWORD_PTR mask)
{
    DIR *dir;
    struct dirent *entry;

    if (!is_current_process(process)) return FALSE;
    if (!mask || (mask & ~system_mask())) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return FALSE;
    }
    get_process_mask();
    __atomic_store_n(&process_mask, mask, __ATOMIC_RELEASE);
    /* every thread follows the process's mask, as on Windows */
    if (!(dir = opendir("/proc/self/task"))) return set_affinity(0, mask);
    while ((entry = readdir(dir)))
        if (entry->d_name[0] != '.') set_affinity(atoi(entry->d_name), mask);
    closedir(dir);
    return TRUE;
}

/* Dynamic priority boosting is the Windows scheduler's; Linux has none to
 * turn off, so the setting is only kept for GetProcessPriorityBoost (Go's
 * runtime disables it at start). */
static BOOL priority_boost_disabled;

WINBASEAPI BOOL WINAPI SetProcessPriorityBoost(HANDLE process, BOOL disable)
{
    if (!is_current_process(process)) return FALSE;
    __atomic_store_n(&priority_boost_disabled, disable ? TRUE : FALSE, __ATOMIC_RELAXED);
    return TRUE;
}

WINBASEAPI BOOL WINAPI GetProcessPriorityBoost(HANDLE process, BOOL *disabled)
{
    if (!is_current_process(process)) return FALSE;
    if (!disabled) {
        SetLastError(ERROR_NOACCESS);
        return FALSE;
    }
    *disabled = __atomic_load_n(&priority_boost_disabled, __ATOMIC_RELAXED);
    return TRUE;
}

WINBASEAPI DWORD_PTR WINAPI SetThreadAffinityMask(HANDLE thread, DWORD_PTR mask)
{
    int tid = unix_tid(thread);
    ULONG_PTR previous;

    if (tid < 0) return 0;
    if (!mask || (mask & ~get_process_mask())) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return 0;
    }
    previous = get_affinity(tid);
    if (!set_affinity(tid, mask)) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return 0;
    }
    return previous;
}

/* ---- counters ---- */

WINBASEAPI BOOL WINAPI GetProcessIoCounters(HANDLE process, IO_COUNTERS *counters)
{
    FILE *f;
    char key[32];
    unsigned long long value;

    if (!is_current_process(process)) return FALSE;
    memset(counters, 0, sizeof(*counters));
    if (!(f = fopen("/proc/self/io", "re"))) return TRUE;   /* not readable in some sandboxes */
    while (fscanf(f, "%31[^:]: %llu\n", key, &value) == 2) {
        if (!strcmp(key, "syscr")) counters->ReadOperationCount = value;
        else if (!strcmp(key, "syscw")) counters->WriteOperationCount = value;
        else if (!strcmp(key, "rchar")) counters->ReadTransferCount = value;
        else if (!strcmp(key, "wchar")) counters->WriteTransferCount = value;
    }
    fclose(f);
    return TRUE;
}

WINBASEAPI BOOL WINAPI K32GetProcessMemoryInfo(HANDLE process, PROCESS_MEMORY_COUNTERS_EX *pmc, DWORD cb)
{
    static const char *const keys[] = { "VmHWM", "VmRSS", "RssAnon", "VmSwap" };
    unsigned long long v[4] = { 0 }, value;
    char line[256];
    struct rusage ru;
    FILE *f;

    if (!is_current_process(process)) return FALSE;
    if (cb < PMC_SIZE) {
        SetLastError(ERROR_INSUFFICIENT_BUFFER);
        return FALSE;
    }
    if ((f = fopen("/proc/self/status", "re"))) {
        while (fgets(line, sizeof(line), f))
            for (int i = 0; i < 4; i++) {
                size_t len = strlen(keys[i]);
                if (!strncmp(line, keys[i], len) && line[len] == ':' && sscanf(line + len + 1, "%llu", &value) == 1)
                    v[i] = value * 1024;
            }
        fclose(f);
    }
    getrusage(RUSAGE_SELF, &ru);
    memset(pmc, 0, cb < sizeof(*pmc) ? PMC_SIZE : sizeof(*pmc));
    pmc->cb = cb < sizeof(*pmc) ? PMC_SIZE : sizeof(*pmc);
    pmc->PageFaultCount = (DWORD)(ru.ru_minflt + ru.ru_majflt);
    pmc->PeakWorkingSetSize = v[0];
    pmc->WorkingSetSize = v[1];
    /* committed private memory: what is resident or swapped of it */
    pmc->PagefileUsage = v[2] + v[3];
    pmc->PeakPagefileUsage = pmc->PagefileUsage;   /* Linux keeps no peak of it */
    if (pmc->cb == sizeof(*pmc)) pmc->PrivateUsage = pmc->PagefileUsage;
    return TRUE;
}
