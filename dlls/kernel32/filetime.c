/*
 * FILETIME helpers: CompareFileTime, the MS-DOS date and time of FAT
 * directories and archives (FileTimeToDosDateTime, DosDateTimeToFileTime;
 * no time zone is applied, the caller converts), and the Unix conversions
 * the file code uses.
 */
#include <time.h>
#include "file_private.h"

#define TICKS_PER_SECOND   10000000LL

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
    SYSTEMTIME st;

    if (!FileTimeToSystemTime(ft, &st)) return FALSE;
    if (st.wYear < 1980 || st.wYear > 2107) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return FALSE;
    }
    *date = (WORD)(((st.wYear - 1980) << 9) | (st.wMonth << 5) | st.wDay);
    *time = (WORD)((st.wHour << 11) | (st.wMinute << 5) | (st.wSecond / 2));
    return TRUE;
}

WINBASEAPI BOOL WINAPI DosDateTimeToFileTime(WORD date, WORD time, LPFILETIME ft)
{
    SYSTEMTIME st = { (WORD)((date >> 9) + 1980), (WORD)((date >> 5) & 0xf), 0, (WORD)(date & 0x1f),
                      (WORD)(time >> 11), (WORD)((time >> 5) & 0x3f), (WORD)((time & 0x1f) * 2), 0 };
    return SystemTimeToFileTime(&st, ft);
}
