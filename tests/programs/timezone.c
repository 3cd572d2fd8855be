/* timezone.c - the host's time zone as Windows describes it, run with
 * TZ=America/New_York (see run.sh): bias, names, the yearly rules, and
 * conversions with and without an explicit TIME_ZONE_INFORMATION. */
#include "test.h"

static SYSTEMTIME st(WORD y, WORD mo, WORD d, WORD h, WORD mi)
{
    SYSTEMTIME s = { y, mo, 0, d, h, mi, 0, 0 };
    return s;
}

int main(void)
{
    TIME_ZONE_INFORMATION tzi, copy;
    DYNAMIC_TIME_ZONE_INFORMATION dyn;
    SYSTEMTIME in, out;
    FILETIME jan, jul, ljan, ljul;
    DWORD id;

    id = GetTimeZoneInformation(&tzi);
    ok(id == TIME_ZONE_ID_STANDARD || id == TIME_ZONE_ID_DAYLIGHT, "zone id %lu", id);
    ok(tzi.Bias == 300 && tzi.StandardBias == 0 && tzi.DaylightBias == -60, "biases %ld %ld %ld", tzi.Bias,
       tzi.StandardBias, tzi.DaylightBias);
    ok(!lstrcmpW(tzi.StandardName, L"Eastern Standard Time"), "standard name %s", dbgstr_w(tzi.StandardName));
    ok(!lstrcmpW(tzi.DaylightName, L"Eastern Daylight Time"), "daylight name %s", dbgstr_w(tzi.DaylightName));
    ok(tzi.DaylightDate.wYear == 0 && tzi.DaylightDate.wMonth == 3 && tzi.DaylightDate.wDayOfWeek == 0 &&
       tzi.DaylightDate.wDay == 2 && tzi.DaylightDate.wHour == 2 && tzi.DaylightDate.wMinute == 0,
       "daylight starts the second Sunday of March at 2:00: %u/%u/%u %u:%02u", tzi.DaylightDate.wMonth,
       tzi.DaylightDate.wDay, tzi.DaylightDate.wDayOfWeek, tzi.DaylightDate.wHour, tzi.DaylightDate.wMinute);
    ok(tzi.StandardDate.wMonth == 11 && tzi.StandardDate.wDayOfWeek == 0 && tzi.StandardDate.wDay == 1 &&
       tzi.StandardDate.wHour == 2, "standard time returns the first Sunday of November at 2:00: %u/%u/%u %u",
       tzi.StandardDate.wMonth, tzi.StandardDate.wDay, tzi.StandardDate.wDayOfWeek, tzi.StandardDate.wHour);
    id = GetDynamicTimeZoneInformation(&dyn);
    ok(id != TIME_ZONE_ID_INVALID && !lstrcmpW(dyn.TimeZoneKeyName, L"Eastern Standard Time"),
       "dynamic key name %s", dbgstr_w(dyn.TimeZoneKeyName));

    in = st(2024, 1, 15, 12, 0);
    ok(SystemTimeToTzSpecificLocalTime(NULL, &in, &out) && out.wHour == 7 && out.wDay == 15,
       "January noon UTC is 7:00 EST: %u:%02u", out.wHour, out.wMinute);
    in = st(2024, 7, 15, 12, 0);
    ok(SystemTimeToTzSpecificLocalTime(&tzi, &in, &out) && out.wHour == 8, "July noon UTC is 8:00 EDT: %u",
       out.wHour);
    in = st(2024, 3, 10, 6, 59);
    ok(SystemTimeToTzSpecificLocalTime(&tzi, &in, &out) && out.wHour == 1 && out.wMinute == 59,
       "a minute before the switch: %u:%02u", out.wHour, out.wMinute);
    in = st(2024, 3, 10, 7, 0);
    ok(SystemTimeToTzSpecificLocalTime(&tzi, &in, &out) && out.wHour == 3 && out.wMinute == 0,
       "at the switch the clock jumps to 3:00: %u:%02u", out.wHour, out.wMinute);
    in = st(2024, 7, 15, 8, 0);
    ok(TzSpecificLocalTimeToSystemTime(&tzi, &in, &out) && out.wHour == 12, "8:00 EDT is noon UTC: %u",
       out.wHour);
    in = st(2024, 12, 31, 19, 30);
    ok(TzSpecificLocalTimeToSystemTime(NULL, &in, &out) && out.wYear == 2025 && out.wDay == 1 && out.wHour == 0 &&
       out.wMinute == 30, "New Year's Eve 19:30 EST is 00:30 UTC: %u-%u %u:%02u", out.wYear, out.wDay, out.wHour,
       out.wMinute);

    /* a zone given by the caller: no daylight time, 5:30 ahead */
    memset(&copy, 0, sizeof(copy));
    copy.Bias = -330;
    in = st(2024, 7, 15, 12, 0);
    ok(SystemTimeToTzSpecificLocalTime(&copy, &in, &out) && out.wHour == 17 && out.wMinute == 30,
       "a fixed zone: %u:%02u", out.wHour, out.wMinute);

    /* FileTimeToLocalFileTime uses today's bias for any date */
    in = st(2024, 1, 15, 12, 0);
    SystemTimeToFileTime(&in, &jan);
    in = st(2024, 7, 15, 12, 0);
    SystemTimeToFileTime(&in, &jul);
    FileTimeToLocalFileTime(&jan, &ljan);
    FileTimeToLocalFileTime(&jul, &ljul);
    ok((((ULONGLONG)jan.dwHighDateTime << 32 | jan.dwLowDateTime) - ((ULONGLONG)ljan.dwHighDateTime << 32 | ljan.dwLowDateTime)) ==
       (((ULONGLONG)jul.dwHighDateTime << 32 | jul.dwLowDateTime) - ((ULONGLONG)ljul.dwHighDateTime << 32 | ljul.dwLowDateTime)),
       "FileTimeToLocalFileTime applies one bias to January and July");
    return test_done();
}
