/* time_system.c - wall-clock time: FILETIME and SYSTEMTIME agree with each
 * other and with the CRT's time(), conversions of known dates. */
#include "test.h"
#include <time.h>

#define EPOCH_1970 116444736000000000ULL   /* 1970-01-01 in FILETIME units */

static ULONG64 ft64(FILETIME ft)
{
    return ((ULONG64)ft.dwHighDateTime << 32) | ft.dwLowDateTime;
}

int main(void)
{
    FILETIME ft, ft2, local;
    SYSTEMTIME st, st2, known = { 1970, 1, 0, 1, 0, 0, 0, 0 };
    ULONG64 a, b;
    LONG64 diff;
    time_t now;
    BOOL converted;

    GetSystemTimeAsFileTime(&ft);
    GetSystemTime(&st);
    ok(st.wYear >= 2020 && st.wYear < 2200, "GetSystemTime year %u", st.wYear);
    ok(st.wMonth >= 1 && st.wMonth <= 12 && st.wDay >= 1 && st.wDay <= 31 && st.wHour < 24,
       "fields in range: %u-%u-%u %u:%u", st.wYear, st.wMonth, st.wDay, st.wHour, st.wMinute);
    ok(SystemTimeToFileTime(&st, &ft2), "SystemTimeToFileTime");
    diff = (LONG64)(ft64(ft2) - ft64(ft));
    ok(diff > -20000000 && diff < 20000000, "GetSystemTime and GetSystemTimeAsFileTime agree: %I64d", diff);
    ok(FileTimeToSystemTime(&ft, &st2), "FileTimeToSystemTime");
    ok(st2.wYear == st.wYear && st2.wMonth == st.wMonth && st2.wDay == st.wDay &&
       (st2.wHour == st.wHour || st.wMinute == 0), "conversion agrees: %u-%u-%u", st2.wYear, st2.wMonth,
       st2.wDay);

    now = time(NULL);
    a = (ft64(ft) - EPOCH_1970) / 10000000;
    ok((LONG64)now - (LONG64)a >= -2 && (LONG64)now - (LONG64)a <= 2, "time() agrees: %I64d vs %I64u",
       (LONG64)now, a);

    converted = SystemTimeToFileTime(&known, &ft2);
    ok(converted && ft64(ft2) == EPOCH_1970, "1970-01-01 is %I64u", ft64(ft2));
    converted = FileTimeToSystemTime(&ft2, &st2);
    ok(converted && st2.wDayOfWeek == 4, "1970-01-01 was a Thursday: %u", st2.wDayOfWeek);
    ft2.dwLowDateTime = ft2.dwHighDateTime = 0;
    converted = FileTimeToSystemTime(&ft2, &st2);
    ok(converted && st2.wYear == 1601 && st2.wMonth == 1 && st2.wDay == 1,
       "FILETIME 0 is 1601-01-01: %u-%u-%u", st2.wYear, st2.wMonth, st2.wDay);
    known.wYear = 2024; known.wMonth = 2; known.wDay = 30;
    ok(!SystemTimeToFileTime(&known, &ft2), "2024-02-30 is refused");

    ok(FileTimeToLocalFileTime(&ft, &local), "FileTimeToLocalFileTime");
    b = ft64(local);
    a = ft64(ft);
    diff = (LONG64)(b - a) / 10000000;
    ok(diff >= -14 * 3600 && diff <= 14 * 3600, "local offset %I64d s is a time zone", diff);
    GetLocalTime(&st2);
    ok(st2.wYear >= 2020, "GetLocalTime year %u", st2.wYear);
    return test_done();
}
