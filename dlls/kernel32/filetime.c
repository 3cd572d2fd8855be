/*
 * FILETIME helpers: CompareFileTime, the MS-DOS date and time of FAT
 * directories and archives (FileTimeToDosDateTime, DosDateTimeToFileTime;
 * no time zone is applied, the caller converts), and the Unix conversions
 * the file code uses.
 */
#include <time.h>
#include "file_private.h"

typedef struct { SHORT Year, Month, Day, Hour, Minute, Second, Milliseconds, Weekday; } TIME_FIELDS;
NTSYSAPI void WINAPI RtlTimeToTimeFields(const LARGE_INTEGER *, TIME_FIELDS *);
NTSYSAPI BOOLEAN WINAPI RtlTimeFieldsToTime(const TIME_FIELDS *, LARGE_INTEGER *);

#define TICKS_PER_SECOND   10000000LL
#define TICKS_1601_TO_1970 116444736000000000LL

void timespec_to_filetime(const struct timespec *ts, FILETIME *ft)
{
    LONGLONG t = (LONGLONG)ts->tv_sec * TICKS_PER_SECOND + ts->tv_nsec / 100 + TICKS_1601_TO_1970;
    ft->dwLowDateTime = (DWORD)t;
    ft->dwHighDateTime = (DWORD)((ULONGLONG)t >> 32);
}

void filetime_to_timespec(const FILETIME *ft, struct timespec *ts)
{
    LONGLONG t = (LONGLONG)(((ULONGLONG)ft->dwHighDateTime << 32) | ft->dwLowDateTime) - TICKS_1601_TO_1970;
    ts->tv_sec = t / TICKS_PER_SECOND;
    ts->tv_nsec = (t % TICKS_PER_SECOND) * 100;
    if (ts->tv_nsec < 0) {
        ts->tv_sec--;
        ts->tv_nsec += 1000000000;
    }
}

WINBASEAPI LONG WINAPI CompareFileTime(const FILETIME *a, const FILETIME *b)
{
    if (!a || !b) return -1;
    if (a->dwHighDateTime != b->dwHighDateTime) return a->dwHighDateTime < b->dwHighDateTime ? -1 : 1;
    if (a->dwLowDateTime != b->dwLowDateTime) return a->dwLowDateTime < b->dwLowDateTime ? -1 : 1;
    return 0;
}

/* DOS dates cover 1980 to 2107 in two-second steps. */
WINBASEAPI BOOL WINAPI FileTimeToDosDateTime(const FILETIME *ft, LPWORD date, LPWORD time)
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
    if (f.Year < 1980 || f.Year > 2107) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return FALSE;
    }
    *date = (WORD)(((f.Year - 1980) << 9) | (f.Month << 5) | f.Day);
    *time = (WORD)((f.Hour << 11) | (f.Minute << 5) | (f.Second / 2));
    return TRUE;
}

WINBASEAPI BOOL WINAPI DosDateTimeToFileTime(WORD date, WORD time, LPFILETIME ft)
{
    TIME_FIELDS f;
    LARGE_INTEGER t;

    f.Year = (SHORT)((date >> 9) + 1980);
    f.Month = (SHORT)((date >> 5) & 0xf);
    f.Day = (SHORT)(date & 0x1f);
    f.Hour = (SHORT)(time >> 11);
    f.Minute = (SHORT)((time >> 5) & 0x3f);
    f.Second = (SHORT)((time & 0x1f) * 2);
    f.Milliseconds = 0;
    f.Weekday = 0;
    if (!RtlTimeFieldsToTime(&f, &t)) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return FALSE;
    }
    ft->dwLowDateTime = t.LowPart;
    ft->dwHighDateTime = (DWORD)t.HighPart;
    return TRUE;
}
