/* Time: system and local time, file time conversions, tick counts, QPC. */
#include <time.h>
#include "kernel32_private.h"

typedef struct { SHORT Year, Month, Day, Hour, Minute, Second, Milliseconds, Weekday; } TIME_FIELDS;
NTSYSAPI NTSTATUS WINAPI NtQuerySystemTime(LARGE_INTEGER *);
NTSYSAPI void WINAPI RtlTimeToTimeFields(const LARGE_INTEGER *, TIME_FIELDS *);
NTSYSAPI BOOLEAN WINAPI RtlTimeFieldsToTime(const TIME_FIELDS *, LARGE_INTEGER *);
NTSYSAPI ULONGLONG WINAPI NtGetTickCount64(void);


WINBASEAPI void WINAPI GetSystemTimeAsFileTime(LPFILETIME ft)
{
    LARGE_INTEGER t;
    NtQuerySystemTime(&t);
    ft->dwLowDateTime = t.LowPart;
    ft->dwHighDateTime = (DWORD)t.HighPart;
}

/* GetSystemTimeAsFileTime already reads the clock to 100 ns instead of
 * Windows' 15.6 ms tick, so the precise one is the same call. */
WINBASEAPI void WINAPI GetSystemTimePreciseAsFileTime(LPFILETIME ft)
{
    GetSystemTimeAsFileTime(ft);
}

WINBASEAPI BOOL WINAPI FileTimeToSystemTime(const FILETIME *ft, LPSYSTEMTIME st)
{
    LARGE_INTEGER t;
    TIME_FIELDS f;
    t.LowPart = ft->dwLowDateTime;
    t.HighPart = (LONG)ft->dwHighDateTime;
    if (t.QuadPart < 0) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return FALSE;
    }
    RtlTimeToTimeFields(&t, &f);
    st->wYear = f.Year; st->wMonth = f.Month; st->wDay = f.Day; st->wDayOfWeek = f.Weekday;
    st->wHour = f.Hour; st->wMinute = f.Minute; st->wSecond = f.Second; st->wMilliseconds = f.Milliseconds;
    return TRUE;
}

WINBASEAPI BOOL WINAPI SystemTimeToFileTime(const SYSTEMTIME *st, LPFILETIME ft)
{
    TIME_FIELDS f = { (SHORT)st->wYear, (SHORT)st->wMonth, (SHORT)st->wDay, (SHORT)st->wHour, (SHORT)st->wMinute,
                      (SHORT)st->wSecond, (SHORT)st->wMilliseconds, 0 };
    LARGE_INTEGER t;
    if (!RtlTimeFieldsToTime(&f, &t)) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return FALSE;
    }
    ft->dwLowDateTime = t.LowPart;
    ft->dwHighDateTime = (DWORD)t.HighPart;
    return TRUE;
}

WINBASEAPI void WINAPI GetSystemTime(LPSYSTEMTIME st)
{
    FILETIME ft;
    GetSystemTimeAsFileTime(&ft);
    FileTimeToSystemTime(&ft, st);
}

/* The local time zone is the Unix one (TZ, /etc/localtime). Windows'
 * FileTimeToLocalFileTime and LocalFileTimeToFileTime apply the bias in
 * force now, whatever the date converted (a documented quirk programs
 * such as archivers reproduce), so the offset is today's. */
static LONGLONG local_bias_100ns(void)
{
    time_t t = time(NULL);
    struct tm tm;
    localtime_r(&t, &tm);
    return (LONGLONG)tm.tm_gmtoff * 10000000;
}

WINBASEAPI BOOL WINAPI FileTimeToLocalFileTime(const FILETIME *utc, LPFILETIME local)
{
    ULARGE_INTEGER t;
    t.LowPart = utc->dwLowDateTime;
    t.HighPart = utc->dwHighDateTime;
    t.QuadPart += local_bias_100ns();
    local->dwLowDateTime = t.LowPart;
    local->dwHighDateTime = t.HighPart;
    return TRUE;
}

WINBASEAPI BOOL WINAPI LocalFileTimeToFileTime(const FILETIME *local, LPFILETIME utc)
{
    ULARGE_INTEGER t;
    t.LowPart = local->dwLowDateTime;
    t.HighPart = local->dwHighDateTime;
    t.QuadPart -= local_bias_100ns();
    utc->dwLowDateTime = t.LowPart;
    utc->dwHighDateTime = t.HighPart;
    return TRUE;
}

WINBASEAPI void WINAPI GetLocalTime(LPSYSTEMTIME st)
{
    FILETIME utc, local;
    GetSystemTimeAsFileTime(&utc);
    FileTimeToLocalFileTime(&utc, &local);
    FileTimeToSystemTime(&local, st);
}

WINBASEAPI ULONGLONG WINAPI GetTickCount64(void) { return NtGetTickCount64(); }
WINBASEAPI DWORD WINAPI GetTickCount(void) { return (DWORD)NtGetTickCount64(); }
