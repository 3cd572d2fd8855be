/*
 * NtQuerySystemInformation: basic machine facts, time of day, per-CPU
 * times (/proc/stat) and the process list.
 *
 * The process list (also toolhelp's, kernel32/toolhelp.c) holds winrun
 * processes only: the Linux processes running the same winrun executable
 * as we do (/proc/PID/exe), which any process of the user can see without
 * the server. Each shows its Windows ids (win_pid, win_tid), its parent's
 * Windows id, its threads, the exe's file name (from its command line,
 * skipping winrun's own options) and its times. Host processes are left
 * out: Windows programs look for their own kind by name and id, and a
 * list of bash and systemd would only mislead them.
 */
#define _GNU_SOURCE
#include <dirent.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include "ntdll_private.h"
#include "winbase.h"
#define DEBUG_CHANNEL CH_PROCESS
#include "winrun/debug.h"

/* When the machine booted, as a FILETIME: realtime minus time since boot. */
static LONGLONG boot_filetime(void)
{
    struct timespec real, boot;
    clock_gettime(CLOCK_REALTIME, &real);
    clock_gettime(CLOCK_BOOTTIME, &boot);
    return TICKS_1601_TO_1970 + ((LONGLONG)real.tv_sec - boot.tv_sec) * 10000000 +
           ((LONGLONG)real.tv_nsec - boot.tv_nsec) / 100;
}

NTSYSAPI NTSTATUS WINAPI NtQuerySystemTime(LARGE_INTEGER *);

static LONGLONG ticks_100ns(unsigned long long ticks)
{
    return (LONGLONG)(ticks * 10000000ull / (unsigned long long)sysconf(_SC_CLK_TCK));
}

/* Reads a small /proc file whole (NUL-terminated); its length or -1. */
static ssize_t read_proc(const char *path, char *buf, size_t size)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    ssize_t n;
    if (fd < 0) return -1;
    n = read(fd, buf, size - 1);
    close(fd);
    if (n < 0) return -1;
    buf[n] = 0;
    return n;
}

struct stat_fields { int ppid; unsigned long long utime, stime, start; long threads; };

/* /proc/PID[/task/TID]/stat after the command name (which may hold spaces) */
static BOOL read_stat(const char *path, struct stat_fields *f)
{
    char buf[1024], *p;
    if (read_proc(path, buf, sizeof(buf)) < 0 || !(p = strrchr(buf, ')'))) return FALSE;
    /* fields 3..22: state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt
     * utime stime cutime cstime priority nice num_threads itrealvalue starttime */
    return sscanf(p + 1, " %*c %d %*d %*d %*d %*d %*u %*u %*u %*u %*u %llu %llu %*d %*d %*d %*d %ld %*d %llu",
                  &f->ppid, &f->utime, &f->stime, &f->threads, &f->start) == 5;
}

/* The file name of the exe another winrun process runs: its first
 * argument that is not one of winrun's options (loader/main.c). */
static WCHAR *exe_name_from_cmdline(int pid)
{
    char path[64], buf[4096], *arg, *end, *base;
    ssize_t n;

    snprintf(path, sizeof(path), "/proc/%d/cmdline", pid);
    if ((n = read_proc(path, buf, sizeof(buf))) <= 0) return NULL;
    end = buf + n;
    arg = buf + strlen(buf) + 1;                     /* past argv[0] */
    while (arg < end) {
        if (!strcmp(arg, "--prefix") || !strcmp(arg, "--startup-fd")) arg += strlen(arg) + 1;
        else if (!strcmp(arg, "--")) { arg += 3; break; }
        else if (arg[0] != '-' || !arg[1]) break;
        if (arg < end) arg += strlen(arg) + 1;
    }
    if (arg >= end) return NULL;
    base = arg;
    for (char *p = arg; *p; p++) if (*p == '/' || *p == '\\') base = p + 1;
    return utf8_to_utf16_dup(base);
}

static WCHAR *own_exe_name(void)
{
    const UNICODE_STRING *path = &process.peb->ProcessParameters->ImagePathName;
    size_t len = path->Length / sizeof(WCHAR), start = len;
    WCHAR *name;
    while (start && path->Buffer[start - 1] != '\\' && path->Buffer[start - 1] != '/') start--;
    if (!(name = malloc((len - start + 1) * sizeof(WCHAR)))) return NULL;
    memcpy(name, path->Buffer + start, (len - start) * sizeof(WCHAR));
    name[len - start] = 0;
    return name;
}

static BOOL is_winrun_process(int pid, const char *self_exe)
{
    char path[64], exe[4096];
    ssize_t n;
    snprintf(path, sizeof(path), "/proc/%d/exe", pid);
    if ((n = readlink(path, exe, sizeof(exe) - 1)) < 0) return FALSE;
    exe[n] = 0;
    return !strcmp(exe, self_exe);
}

struct list_buf { char *data; size_t used, size; };

static void *list_reserve(struct list_buf *b, size_t len)
{
    if (b->used + len > b->size) {
        size_t size = b->size ? b->size * 2 : 65536;
        char *data;
        while (size < b->used + len) size *= 2;
        if (!(data = realloc(b->data, size))) return NULL;
        b->data = data;
        b->size = size;
    }
    memset(b->data + b->used, 0, len);
    b->used += len;
    return b->data + b->used - len;
}

/* Appends PID's entry; FALSE only when out of memory (a process that
 * vanished meanwhile is skipped). Name buffers hold offsets until copied. */
static BOOL add_process(struct list_buf *b, int pid, LONGLONG boot)
{
    struct stat_fields st;
    char path[64];
    size_t start = b->used, name_len;
    SYSTEM_PROCESS_INFORMATION *spi;
    struct dirent *de;
    WCHAR *name;
    ULONG count = 0;
    DIR *dir;

    snprintf(path, sizeof(path), "/proc/%d/stat", pid);
    if (!read_stat(path, &st)) return TRUE;
    if (!list_reserve(b, sizeof(*spi))) return FALSE;
    snprintf(path, sizeof(path), "/proc/%d/task", pid);
    if ((dir = opendir(path))) {
        while ((de = readdir(dir))) {
            int tid = atoi(de->d_name);
            struct stat_fields ts;
            char tpath[96];
            SYSTEM_THREAD_INFORMATION *ti;
            if (tid <= 0) continue;
            snprintf(tpath, sizeof(tpath), "/proc/%d/task/%d/stat", pid, tid);
            if (!read_stat(tpath, &ts)) continue;
            if (!(ti = list_reserve(b, sizeof(*ti)))) { closedir(dir); return FALSE; }
            ti->KernelTime.QuadPart = ticks_100ns(ts.stime);
            ti->UserTime.QuadPart = ticks_100ns(ts.utime);
            ti->CreateTime.QuadPart = boot + ticks_100ns(ts.start);
            ti->ClientId.UniqueProcess = (HANDLE)(ULONG_PTR)win_pid(pid);
            ti->ClientId.UniqueThread = (HANDLE)(ULONG_PTR)win_tid(tid);
            ti->Priority = ti->BasePriority = 8;
            ti->ThreadState = 5;                     /* Waiting: what most threads are */
            count++;
        }
        closedir(dir);
    }
    name = pid == getpid() ? own_exe_name() : exe_name_from_cmdline(pid);
    name_len = name ? wcs_len(name) * sizeof(WCHAR) : 0;
    {
        size_t name_off = b->used;
        WCHAR *dst = list_reserve(b, (name_len + sizeof(WCHAR) + 7) & ~(size_t)7);
        if (!dst) { free(name); return FALSE; }
        if (name_len) memcpy(dst, name, name_len);
        free(name);
        spi = (SYSTEM_PROCESS_INFORMATION *)(b->data + start);
        spi->ImageName.Length = (USHORT)name_len;
        spi->ImageName.MaximumLength = (USHORT)(name_len + sizeof(WCHAR));
        spi->ImageName.Buffer = (WCHAR *)(ULONG_PTR)name_off;
    }
    spi->NextEntryOffset = (ULONG)(b->used - start);
    spi->NumberOfThreads = count;
    spi->CreateTime.QuadPart = boot + ticks_100ns(st.start);
    spi->UserTime.QuadPart = ticks_100ns(st.utime);
    spi->KernelTime.QuadPart = ticks_100ns(st.stime);
    spi->BasePriority = 8;                           /* NORMAL_PRIORITY_CLASS */
    spi->UniqueProcessId = (HANDLE)(ULONG_PTR)win_pid(pid);
    spi->InheritedFromUniqueProcessId = (HANDLE)(ULONG_PTR)win_pid(st.ppid);
    spi->SessionId = 1;
    return TRUE;
}

/* The whole list in a malloc'ed block (entries chained, the last with
 * NextEntryOffset 0; name buffers as offsets from the block's start). */
static NTSTATUS build_process_list(struct list_buf *b)
{
    char self_exe[4096];
    ssize_t n;
    struct dirent *de;
    DIR *dir;
    LONGLONG boot = boot_filetime();
    size_t last = 0;

    memset(b, 0, sizeof(*b));
    if ((n = readlink("/proc/self/exe", self_exe, sizeof(self_exe) - 1)) < 0) return STATUS_NOT_SUPPORTED;
    self_exe[n] = 0;
    if (!(dir = opendir("/proc"))) return STATUS_NOT_SUPPORTED;
    while ((de = readdir(dir))) {
        int pid = atoi(de->d_name);
        size_t before = b->used;
        if (pid <= 0 || (pid != getpid() && !is_winrun_process(pid, self_exe))) continue;
        if (!add_process(b, pid, boot)) {
            closedir(dir);
            free(b->data);
            return STATUS_NO_MEMORY;
        }
        if (b->used != before) last = before;
    }
    closedir(dir);
    if (!b->used) return STATUS_NOT_SUPPORTED;
    ((SYSTEM_PROCESS_INFORMATION *)(b->data + last))->NextEntryOffset = 0;
    return STATUS_SUCCESS;
}

static NTSTATUS query_process_list(void *data, ULONG length, ULONG *needed)
{
    struct list_buf b;
    NTSTATUS status = build_process_list(&b);
    size_t off = 0;

    if (status) return status;
    *needed = (ULONG)b.used;
    if (b.used > length) {
        free(b.data);
        return STATUS_INFO_LENGTH_MISMATCH;
    }
    memcpy(data, b.data, b.used);
    for (;;) {
        SYSTEM_PROCESS_INFORMATION *spi = (SYSTEM_PROCESS_INFORMATION *)((char *)data + off);
        spi->ImageName.Buffer = spi->ImageName.Length ? (WCHAR *)((char *)data + (ULONG_PTR)spi->ImageName.Buffer) : NULL;
        if (!spi->NextEntryOffset) break;
        off += spi->NextEntryOffset;
    }
    free(b.data);
    return STATUS_SUCCESS;
}

/* Per CPU: idle, kernel (with idle, as Windows counts it) and user time. */
static NTSTATUS query_cpu_times(void *data, ULONG length, ULONG *needed)
{
    SYSTEM_PROCESSOR_PERFORMANCE_INFORMATION *out = data;
    ULONG max = length / sizeof(*out), count = 0, cpus = process.peb->NumberOfProcessors;
    char line[512];
    FILE *f;

    if (!max) return STATUS_INFO_LENGTH_MISMATCH;
    if (max > cpus) max = cpus;
    memset(out, 0, max * sizeof(*out));
    if ((f = fopen("/proc/stat", "re"))) {
        while (count < max && fgets(line, sizeof(line), f)) {
            unsigned long long user, nice, sys, idle, iowait, irq, softirq;
            int cpu;
            if (strncmp(line, "cpu", 3) || line[3] < '0' || line[3] > '9') continue;
            if (sscanf(line + 3, "%d %llu %llu %llu %llu %llu %llu %llu", &cpu, &user, &nice, &sys, &idle,
                       &iowait, &irq, &softirq) != 8 || cpu < 0 || (ULONG)cpu >= max) continue;
            out[cpu].IdleTime.QuadPart = ticks_100ns(idle + iowait);
            out[cpu].KernelTime.QuadPart = ticks_100ns(sys + irq + softirq + idle + iowait);
            out[cpu].UserTime.QuadPart = ticks_100ns(user + nice);
            out[cpu].InterruptTime.QuadPart = ticks_100ns(irq + softirq);
            count++;
        }
        fclose(f);
    }
    *needed = max * sizeof(*out);
    return STATUS_SUCCESS;
}

NTSYSAPI NTSTATUS WINAPI NtQuerySystemInformation(SYSTEM_INFORMATION_CLASS class, void *data, ULONG length,
                                                  ULONG *ret_length)
{
    NTSTATUS status = STATUS_SUCCESS;
    ULONG needed = 0;

    switch (class) {
    case SystemBasicInformation: {
        SYSTEM_BASIC_INFORMATION info;
        ULONG cpus = process.peb->NumberOfProcessors;
        long pages = sysconf(_SC_PHYS_PAGES);
        memset(&info, 0, sizeof(info));
        info.TimerResolution = 156250;               /* 15.625 ms, Windows' default tick */
        info.PageSize = 4096;
        info.NumberOfPhysicalPages = pages > 0 ? (ULONG)(pages * (sysconf(_SC_PAGESIZE) / 4096)) : 0;
        info.LowestPhysicalPageNumber = 1;
        info.HighestPhysicalPageNumber = info.NumberOfPhysicalPages;
        info.AllocationGranularity = 0x10000;
        info.MinimumUserModeAddress = 0x10000;
        info.MaximumUserModeAddress = 0x7ffffffeffff;
        info.ActiveProcessorsAffinityMask = cpus >= 64 ? ~(ULONG_PTR)0 : ((ULONG_PTR)1 << cpus) - 1;
        info.NumberOfProcessors = (char)cpus;
        needed = sizeof(info);
        if (length != sizeof(info)) status = STATUS_INFO_LENGTH_MISMATCH;
        else memcpy(data, &info, sizeof(info));
        break;
    }
    case SystemTimeOfDayInformation: {
        SYSTEM_TIMEOFDAY_INFORMATION info;
        memset(&info, 0, sizeof(info));
        info.BootTime.QuadPart = boot_filetime();
        NtQuerySystemTime(&info.SystemTime);
        /* Windows copies as much as asked for, up to the whole structure */
        if (length > sizeof(info)) status = STATUS_INFO_LENGTH_MISMATCH;
        else memcpy(data, &info, needed = length);
        break;
    }
    case SystemProcessInformation:
        status = query_process_list(data, length, &needed);
        break;
    case SystemProcessorPerformanceInformation:
        status = query_cpu_times(data, length, &needed);
        break;
    default:
        FIXME("system information class %d not supported\n", (int)class);
        return STATUS_INVALID_INFO_CLASS;
    }
    if (ret_length) *ret_length = needed;
    return status;
}
