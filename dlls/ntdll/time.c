/*
 * Clocks, and KUSER_SHARED_DATA at 0x7ffe0000, which programs read directly
 * (Go's runtime reads InterruptTime and SystemTime from it without a call).
 * A small thread refreshes it at Windows' default tick of 15.625 ms, and so
 * does whatever plays the part of the clock interrupt that ends a timed
 * wait or fires a timer (time_update_shared_data); our own time functions
 * ask the kernel and never depend on that refresh.
 *
 * The thread starts only when something needs it, because a second thread
 * is not free: once two threads share the fd table, every read and write
 * takes a reference and the file position lock in the kernel (4-5% of a
 * 64 KiB ReadFile), and creating it is a good part of the start-up cost.
 * What needs it: a program that reads the page (it is mapped PROT_NONE
 * until the first read faults, time_shared_data_fault), and a process that
 * may be asked to hand a handle to another (dup.c): one that talks to
 * winrun-server, or one created by another winrun process.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/sysinfo.h>
#include <time.h>
#include <unistd.h>
#include "ntdll_private.h"
#define DEBUG_CHANNEL CH_TIME
#include "winrun/debug.h"

#define TICK_100NS 156250                         /* 15.625 ms */
#define TICK_COUNT_MULTIPLIER 0x0fa00000u         /* 15.625 * 2^24 */

LONGLONG time_now_filetime(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return TICKS_1601_TO_1970 + (LONGLONG)ts.tv_sec * 10000000 + ts.tv_nsec / 100;
}

/* since boot, without suspend: QPC, the unbiased interrupt time, and the
 * clock of futex deadlines (relative timeouts) */
LONGLONG time_monotonic_nosuspend_100ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (LONGLONG)ts.tv_sec * 10000000 + ts.tv_nsec / 100;
}

/* since boot, including suspend, as Windows' interrupt time */
LONGLONG time_monotonic_100ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_BOOTTIME, &ts);
    return (LONGLONG)ts.tv_sec * 10000000 + ts.tv_nsec / 100;
}

/* The writer order (High2, Low, High1) lets readers detect a torn value by
 * comparing High1 and High2, exactly as on Windows. */
static void store_ksystem_time(volatile KSYSTEM_TIME *t, LONGLONG value)
{
    t->High2Time = (LONG)(value >> 32);
    __atomic_thread_fence(__ATOMIC_RELEASE);
    t->LowPart = (ULONG)value;
    __atomic_thread_fence(__ATOMIC_RELEASE);
    t->High1Time = (LONG)(value >> 32);
}

/* The page is a memfd mapped twice: read-only at 0x7ffe0000 as programs
 * see it on Windows, and writable elsewhere for the updater. */
static KUSER_SHARED_DATA *writable_shared_data;
static pthread_mutex_t shared_data_mutex = PTHREAD_MUTEX_INITIALIZER;

/* Windows updates these times on every clock interrupt, including the one
 * that ends a timed wait or fires a (high-resolution) timer, so a thread
 * that wakes from one reads a fresh InterruptTime: Go's runtime measures
 * its sleeps with it. The wait and timer code call this at those points.
 * Writers are serialised and read the clocks under the lock, so the
 * values never go back; no thread is parked holding the lock. */
void time_update_shared_data(void)
{
    KUSER_SHARED_DATA *data = writable_shared_data;
    LONGLONG interrupt;
    ULONG64 ticks;

    if (!data) return;
    thread_no_park_begin();
    pthread_mutex_lock(&shared_data_mutex);
    interrupt = time_monotonic_100ns();
    ticks = interrupt / TICK_100NS;
    store_ksystem_time(&data->InterruptTime, interrupt);
    store_ksystem_time(&data->SystemTime, time_now_filetime());
    store_ksystem_time(&data->TickCount, (LONGLONG)ticks);
    data->TickCountLowDeprecated = (ULONG)ticks;
    pthread_mutex_unlock(&shared_data_mutex);
    thread_no_park_end();
}

static int updater_started;     /* atomic */
static int page_readable;       /* atomic */

static void *shared_data_updater(void *arg)
{
    struct timespec tick = { 0, TICK_100NS * 100 };
    (void)arg;
    for (;;) {
        nanosleep(&tick, NULL);
        time_update_shared_data();
        dup_service_poll();     /* DuplicateHandle asks of other processes (dup.c) */
    }
    return NULL;
}

static void fill_shared_data(KUSER_SHARED_DATA *data)
{
    static const WCHAR system_root[] = u"C:\\windows";

    data->TickCountMultiplier = TICK_COUNT_MULTIPLIER;
    memcpy(data->NtSystemRoot, system_root, sizeof(system_root));
    data->NtBuildNumber = 19045;
    data->NtProductType = 1;              /* NtProductWinNt: a workstation */
    data->ProductTypeIsValid = TRUE;
    data->NativeProcessorArchitecture = 9; /* PROCESSOR_ARCHITECTURE_AMD64 */
    data->NtMajorVersion = 10;
    data->NtMinorVersion = 0;
    data->ProcessorFeatures[2] = TRUE;    /* PF_COMPARE_EXCHANGE_DOUBLE */
    data->ProcessorFeatures[3] = TRUE;    /* PF_MMX_INSTRUCTIONS_AVAILABLE */
    data->ProcessorFeatures[6] = TRUE;    /* PF_XMMI_INSTRUCTIONS_AVAILABLE (SSE) */
    data->ProcessorFeatures[8] = TRUE;    /* PF_RDTSC_INSTRUCTION_AVAILABLE */
    data->ProcessorFeatures[10] = TRUE;   /* PF_XMMI64_INSTRUCTIONS_AVAILABLE (SSE2) */
    data->ProcessorFeatures[12] = TRUE;   /* PF_NX_ENABLED */
    data->NumberOfPhysicalPages = (ULONG)get_phys_pages();
    data->QpcFrequency = 10000000;
    data->ActiveConsoleId = 1;
}

/* Called once at start-up, before any Windows code runs. The page stays
 * PROT_NONE until a program reads it (time_shared_data_fault). */
void time_init_shared_data(void)
{
    void *view;
    int fd = memfd_create("KUSER_SHARED_DATA", MFD_CLOEXEC);

    if (fd < 0 || ftruncate(fd, sizeof(KUSER_SHARED_DATA)) ||
        (writable_shared_data = mmap(NULL, sizeof(KUSER_SHARED_DATA), PROT_READ | PROT_WRITE, MAP_SHARED,
                                     fd, 0)) == MAP_FAILED) {
        winrun_error("cannot create KUSER_SHARED_DATA: %s", strerror(errno));
        _exit(1);
    }
    view = mmap(USER_SHARED_DATA, sizeof(KUSER_SHARED_DATA), PROT_NONE, MAP_SHARED | MAP_FIXED_NOREPLACE, fd, 0);
    close(fd);
    if (view != USER_SHARED_DATA) {
        winrun_error("cannot map KUSER_SHARED_DATA at %p: address in use", (void *)USER_SHARED_DATA);
        _exit(1);
    }
    fill_shared_data(writable_shared_data);
    time_update_shared_data();
    dup_service_init();
}

/* Starts the updater thread, once. Safe from the fault handler: that
 * fault is a synchronous read in program code, which holds no lock of
 * ours or of the C library. */
void time_start_updater(void)
{
    pthread_t thread;
    pthread_attr_t attr;
    sigset_t all, old;

    if (__atomic_exchange_n(&updater_started, 1, __ATOMIC_ACQ_REL)) return;
    /* the updater takes no signals: they belong to the Windows threads */
    sigfillset(&all);
    pthread_sigmask(SIG_BLOCK, &all, &old);
    pthread_attr_init(&attr);
    pthread_attr_setstacksize(&attr, 64 * 1024);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    if (pthread_create(&thread, &attr, shared_data_updater, NULL))
        WARN("no updater thread: KUSER_SHARED_DATA times will not advance\n");
    pthread_attr_destroy(&attr);
    pthread_sigmask(SIG_SETMASK, &old, NULL);
}

/* A fault at ADDR with page-fault error code ERR: TRUE if it was the first
 * read of KUSER_SHARED_DATA, now readable, fresh and kept so. A write or
 * an execution there is the program's access violation, as on Windows. */
BOOL time_shared_data_fault(ULONG_PTR addr, ULONG_PTR err)
{
    if (addr - (ULONG_PTR)USER_SHARED_DATA >= sizeof(KUSER_SHARED_DATA) || (err & 0x12)) return FALSE;
    if (!__atomic_load_n(&page_readable, __ATOMIC_ACQUIRE)) {
        time_update_shared_data();
        if (mprotect(USER_SHARED_DATA, sizeof(KUSER_SHARED_DATA), PROT_READ)) return FALSE;
        __atomic_store_n(&page_readable, 1, __ATOMIC_RELEASE);
        time_start_updater();
    }
    return TRUE;
}

NTSYSAPI NTSTATUS WINAPI NtQuerySystemTime(LARGE_INTEGER *time)
{
    time->QuadPart = time_now_filetime();
    return STATUS_SUCCESS;
}

/* QPC ticks at 10 MHz, like Windows 10 on most machines. */
NTSYSAPI BOOL WINAPI RtlQueryPerformanceCounter(LARGE_INTEGER *counter)
{
    counter->QuadPart = time_monotonic_nosuspend_100ns();
    return TRUE;
}

NTSYSAPI BOOL WINAPI RtlQueryPerformanceFrequency(LARGE_INTEGER *frequency)
{
    frequency->QuadPart = 10000000;
    return TRUE;
}

NTSYSAPI NTSTATUS WINAPI NtQueryPerformanceCounter(LARGE_INTEGER *counter, LARGE_INTEGER *frequency)
{
    if (!counter) return STATUS_ACCESS_VIOLATION;
    RtlQueryPerformanceCounter(counter);
    if (frequency) frequency->QuadPart = 10000000;
    return STATUS_SUCCESS;
}

/* Interrupt time without the time spent suspended: CLOCK_MONOTONIC stops
 * during suspend, where the interrupt time (CLOCK_BOOTTIME) goes on. */
NTSYSAPI BOOL WINAPI RtlQueryUnbiasedInterruptTime(ULONGLONG *time)
{
    if (!time) return FALSE;
    *time = (ULONGLONG)time_monotonic_nosuspend_100ns();
    return TRUE;
}

NTSYSAPI ULONGLONG WINAPI NtGetTickCount64(void)
{
    return (ULONGLONG)(time_monotonic_100ns() / 10000);
}

typedef struct { SHORT Year, Month, Day, Hour, Minute, Second, Milliseconds, Weekday; } TIME_FIELDS;

/* days since 1601-01-01 <-> civil date (proleptic Gregorian) */
static LONGLONG days_from_civil(LONGLONG y, unsigned m, unsigned d)
{
    y -= m <= 2;
    LONGLONG era = (y >= 0 ? y : y - 399) / 400;
    unsigned yoe = (unsigned)(y - era * 400);
    unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 584694;   /* 584694: days from 0000-03-01 to 1601-01-01 */
}

NTSYSAPI void WINAPI RtlTimeToTimeFields(const LARGE_INTEGER *time, TIME_FIELDS *fields)
{
    LONGLONG t = time->QuadPart, days = t / 864000000000LL, rem = t % 864000000000LL;
    LONGLONG z = days + 584694, era = z / 146097;
    unsigned doe = (unsigned)(z - era * 146097);
    unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    unsigned mp = (5 * doy + 2) / 153;
    unsigned d = doy - (153 * mp + 2) / 5 + 1;
    unsigned m = mp < 10 ? mp + 3 : mp - 9;

    fields->Year = (SHORT)(yoe + era * 400 + (m <= 2));
    fields->Month = (SHORT)m;
    fields->Day = (SHORT)d;
    fields->Weekday = (SHORT)((days + 1) % 7);   /* 1601-01-01 was a Monday */
    fields->Hour = (SHORT)(rem / 36000000000LL);
    fields->Minute = (SHORT)(rem / 600000000 % 60);
    fields->Second = (SHORT)(rem / 10000000 % 60);
    fields->Milliseconds = (SHORT)(rem / 10000 % 1000);
}

NTSYSAPI BOOLEAN WINAPI RtlTimeFieldsToTime(const TIME_FIELDS *f, LARGE_INTEGER *time)
{
    static const unsigned char month_days[12] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    int leap;

    if (f->Year < 1601 || f->Year > 30827 || f->Month < 1 || f->Month > 12 || f->Day < 1 ||
        f->Hour < 0 || f->Hour > 23 || f->Minute < 0 || f->Minute > 59 || f->Second < 0 ||
        f->Second > 59 || f->Milliseconds < 0 || f->Milliseconds > 999)
        return FALSE;
    leap = (f->Year % 4 == 0 && f->Year % 100 != 0) || f->Year % 400 == 0;
    if (f->Day > month_days[f->Month - 1] || (f->Month == 2 && !leap && f->Day > 28)) return FALSE;
    time->QuadPart = days_from_civil(f->Year, f->Month, f->Day) * 864000000000LL +
                     ((LONGLONG)f->Hour * 3600 + f->Minute * 60 + f->Second) * 10000000LL +
                     (LONGLONG)f->Milliseconds * 10000;
    return TRUE;
}
