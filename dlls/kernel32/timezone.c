/*
 * Time zones: the Windows description of the host's zone (TZ, else
 * /etc/localtime) and conversions with a given TIME_ZONE_INFORMATION.
 *
 * Windows describes a zone by a bias and two yearly rules ("the second
 * Sunday of March at 2:00"); glibc knows the exact transitions. The rules
 * are recovered from this year's transitions, and the Windows zone name
 * from the IANA name through a table of the common zones (Windows'
 * registry key names); other zones are named by their abbreviations.
 */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include "kernel32_private.h"
#include "winrun/unicode.h"
#define DEBUG_CHANNEL CH_TIME
#include "winrun/debug.h"

#define TICKS_PER_MIN 600000000LL
#define TIME_ZONE_ID_INVALID 0xffffffffu
#define TIME_ZONE_ID_UNKNOWN 0
#define TIME_ZONE_ID_STANDARD 1
#define TIME_ZONE_ID_DAYLIGHT 2

typedef struct {
    LONG Bias;
    WCHAR StandardName[32];
    SYSTEMTIME StandardDate;
    LONG StandardBias;
    WCHAR DaylightName[32];
    SYSTEMTIME DaylightDate;
    LONG DaylightBias;
} TIME_ZONE_INFORMATION;

typedef struct {
    TIME_ZONE_INFORMATION tzi;
    WCHAR TimeZoneKeyName[128];
    BOOLEAN DynamicDaylightTimeDisabled;
} DYNAMIC_TIME_ZONE_INFORMATION;

/* IANA zone -> Windows key; the standard name is the key, the daylight
 * name the key with "Standard" turned into "Daylight", except for UTC. */
static const struct { const char *iana, *windows; } zones[] = {
    { "America/New_York", "Eastern Standard Time" },     { "America/Toronto", "Eastern Standard Time" },
    { "America/Detroit", "Eastern Standard Time" },      { "America/Chicago", "Central Standard Time" },
    { "America/Winnipeg", "Central Standard Time" },     { "America/Denver", "Mountain Standard Time" },
    { "America/Edmonton", "Mountain Standard Time" },    { "America/Phoenix", "US Mountain Standard Time" },
    { "America/Los_Angeles", "Pacific Standard Time" },  { "America/Vancouver", "Pacific Standard Time" },
    { "America/Anchorage", "Alaskan Standard Time" },    { "Pacific/Honolulu", "Hawaiian Standard Time" },
    { "America/Sao_Paulo", "E. South America Standard Time" },
    { "America/Mexico_City", "Central Standard Time (Mexico)" },
    { "Europe/London", "GMT Standard Time" },            { "Europe/Dublin", "GMT Standard Time" },
    { "Europe/Lisbon", "GMT Standard Time" },            { "Europe/Berlin", "W. Europe Standard Time" },
    { "Europe/Amsterdam", "W. Europe Standard Time" },   { "Europe/Rome", "W. Europe Standard Time" },
    { "Europe/Vienna", "W. Europe Standard Time" },      { "Europe/Stockholm", "W. Europe Standard Time" },
    { "Europe/Zurich", "W. Europe Standard Time" },      { "Europe/Oslo", "W. Europe Standard Time" },
    { "Europe/Paris", "Romance Standard Time" },         { "Europe/Madrid", "Romance Standard Time" },
    { "Europe/Brussels", "Romance Standard Time" },      { "Europe/Copenhagen", "Romance Standard Time" },
    { "Europe/Warsaw", "Central European Standard Time" },
    { "Europe/Prague", "Central Europe Standard Time" }, { "Europe/Budapest", "Central Europe Standard Time" },
    { "Europe/Helsinki", "FLE Standard Time" },          { "Europe/Kiev", "FLE Standard Time" },
    { "Europe/Kyiv", "FLE Standard Time" },              { "Europe/Athens", "GTB Standard Time" },
    { "Europe/Bucharest", "GTB Standard Time" },         { "Europe/Istanbul", "Turkey Standard Time" },
    { "Europe/Moscow", "Russian Standard Time" },        { "Asia/Tokyo", "Tokyo Standard Time" },
    { "Asia/Seoul", "Korea Standard Time" },             { "Asia/Shanghai", "China Standard Time" },
    { "Asia/Hong_Kong", "China Standard Time" },         { "Asia/Taipei", "Taipei Standard Time" },
    { "Asia/Singapore", "Singapore Standard Time" },     { "Asia/Kolkata", "India Standard Time" },
    { "Asia/Dubai", "Arabian Standard Time" },           { "Asia/Jerusalem", "Israel Standard Time" },
    { "Australia/Sydney", "AUS Eastern Standard Time" }, { "Australia/Melbourne", "AUS Eastern Standard Time" },
    { "Australia/Perth", "W. Australia Standard Time" }, { "Pacific/Auckland", "New Zealand Standard Time" },
    { "Africa/Johannesburg", "South Africa Standard Time" },
    { "UTC", "UTC" }, { "Etc/UTC", "UTC" }, { "Etc/GMT", "UTC" }, { "GMT", "UTC" }, { "Universal", "UTC" },
};

/* The host zone's IANA name: TZ (":Area/City" or "Area/City"), else the
 * target of the /etc/localtime link; NULL when unknown. */
static const char *host_zone_name(char *buf, size_t size)
{
    const char *tz = getenv("TZ"), *p;
    ssize_t n;

    if (tz && *tz) {
        if (*tz == ':') tz++;
        if ((p = strstr(tz, "zoneinfo/"))) tz = p + 9;
        return tz;
    }
    if ((n = readlink("/etc/localtime", buf, size - 1)) <= 0) return NULL;
    buf[n] = 0;
    return (p = strstr(buf, "zoneinfo/")) ? p + 9 : NULL;
}

static void set_name(WCHAR *dst, size_t len, const char *src)
{
    size_t i;
    for (i = 0; i + 1 < len && src[i]; i++) dst[i] = (unsigned char)src[i];
    dst[i] = 0;
}

/* A transition instant as Windows' yearly rule: month, weekday, which
 * occurrence (5 = the last), and the wall-clock time before it. */
static void rule_of(time_t when, long offset_before, SYSTEMTIME *rule)
{
    time_t wall = when + offset_before;
    struct tm tm, next;

    gmtime_r(&wall, &tm);
    memset(rule, 0, sizeof(*rule));
    rule->wMonth = tm.tm_mon + 1;
    rule->wDayOfWeek = tm.tm_wday;
    rule->wDay = (tm.tm_mday + 6) / 7;
    wall += 7 * 86400;
    gmtime_r(&wall, &next);
    if (next.tm_mon != tm.tm_mon) rule->wDay = 5;      /* the last one in the month */
    rule->wHour = tm.tm_hour;
    rule->wMinute = tm.tm_min;
    rule->wSecond = tm.tm_sec;
}

/* The first instant in (lo, hi] whose DST flag differs from lo's. */
static time_t find_transition(time_t lo, time_t hi)
{
    struct tm a, b;
    localtime_r(&lo, &a);
    while (hi - lo > 1) {
        time_t mid = lo + (hi - lo) / 2;
        localtime_r(&mid, &b);
        if (b.tm_isdst == a.tm_isdst) lo = mid;
        else hi = mid;
    }
    return hi;
}

/* Describes the host zone in the year of TM (local time now); returns
 * whether the zone has daylight time that year. About 400 localtime_r
 * calls: host_zone caches the result. */
static BOOL describe_zone(const struct tm *now, DYNAMIC_TIME_ZONE_INFORMATION *dyn)
{
    const struct tm tm = *now;
    TIME_ZONE_INFORMATION *tzi = &dyn->tzi;
    char link[512];
    const char *iana = host_zone_name(link, sizeof(link)), *windows = NULL;
    struct tm jan, day;
    time_t year_start, t, to_dst = 0, to_std = 0;
    long std_off, dst_off = 0;
    char daylight[64];
    unsigned int i;

    memset(dyn, 0, sizeof(*dyn));
    memset(&jan, 0, sizeof(jan));
    jan.tm_year = tm.tm_year;
    jan.tm_mday = 1;
    year_start = timegm(&jan) - 14 * 3600;
    /* the year's transitions, found day by day, then to the second */
    localtime_r(&year_start, &jan);
    std_off = jan.tm_isdst ? 0 : jan.tm_gmtoff;
    for (t = year_start; t < year_start + 367 * 86400; t += 86400) {
        time_t next = t + 86400, when;
        struct tm a;
        localtime_r(&t, &a);
        localtime_r(&next, &day);
        if (a.tm_isdst == day.tm_isdst) continue;
        when = find_transition(t, next);
        if (day.tm_isdst > 0) to_dst = when, dst_off = day.tm_gmtoff, std_off = a.tm_gmtoff;
        else to_std = when, std_off = day.tm_gmtoff, dst_off = a.tm_gmtoff;
    }
    if (!to_dst || !to_std) std_off = tm.tm_isdst > 0 ? std_off : tm.tm_gmtoff;
    tzi->Bias = -std_off / 60;
    if (to_dst && to_std) {
        tzi->DaylightBias = -(dst_off - std_off) / 60;
        rule_of(to_dst, std_off, &tzi->DaylightDate);
        rule_of(to_std, dst_off, &tzi->StandardDate);
    }

    for (i = 0; iana && i < sizeof(zones) / sizeof(zones[0]); i++)
        if (!strcmp(iana, zones[i].iana)) windows = zones[i].windows;
    if (windows && !strcmp(windows, "UTC")) {
        set_name(tzi->StandardName, 32, "Coordinated Universal Time");
        set_name(tzi->DaylightName, 32, "Coordinated Universal Time");
    } else if (windows) {
        const char *std = strstr(windows, "Standard");
        set_name(tzi->StandardName, 32, windows);
        snprintf(daylight, sizeof(daylight), "%.*sDaylight%s", (int)(std - windows), windows, std + 8);
        set_name(tzi->DaylightName, 32, daylight);
    } else {
        set_name(tzi->StandardName, 32, tzname[0]);
        set_name(tzi->DaylightName, 32, tzname[1]);
    }
    set_name(dyn->TimeZoneKeyName, 128, windows ? windows : tzname[0]);
    return to_dst && to_std;
}

/* The last description, valid for its year and TZ value; a TZ too long
 * to remember is described afresh each time. */
static pthread_mutex_t zone_lock = PTHREAD_MUTEX_INITIALIZER;
static struct {
    BOOL valid, has_dst;
    int year;
    char tz[256];
    DYNAMIC_TIME_ZONE_INFORMATION dyn;
} zone_cache;

/* Fills DYN for the host zone as of NOW; returns the TIME_ZONE_ID. */
static DWORD host_zone(time_t now, DYNAMIC_TIME_ZONE_INFORMATION *dyn)
{
    const char *tz = getenv("TZ");
    BOOL has_dst;
    struct tm tm;

    if (!tz) tz = "";
    tzset();
    localtime_r(&now, &tm);
    pthread_mutex_lock(&zone_lock);
    if (!zone_cache.valid || zone_cache.year != tm.tm_year || strcmp(zone_cache.tz, tz)) {
        zone_cache.has_dst = describe_zone(&tm, &zone_cache.dyn);
        zone_cache.year = tm.tm_year;
        zone_cache.valid = strlen(tz) < sizeof(zone_cache.tz);
        if (zone_cache.valid) strcpy(zone_cache.tz, tz);
    }
    *dyn = zone_cache.dyn;
    has_dst = zone_cache.has_dst;
    pthread_mutex_unlock(&zone_lock);
    if (!has_dst) return TIME_ZONE_ID_UNKNOWN;
    return tm.tm_isdst > 0 ? TIME_ZONE_ID_DAYLIGHT : TIME_ZONE_ID_STANDARD;
}

WINBASEAPI DWORD WINAPI GetDynamicTimeZoneInformation(DYNAMIC_TIME_ZONE_INFORMATION *info)
{
    return host_zone(time(NULL), info);
}

WINBASEAPI DWORD WINAPI GetTimeZoneInformation(TIME_ZONE_INFORMATION *info)
{
    DYNAMIC_TIME_ZONE_INFORMATION dyn;
    DWORD id = host_zone(time(NULL), &dyn);
    *info = dyn.tzi;
    return id;
}

/* The wall-clock time (100 ns since 1601) at which RULE falls in YEAR. */
static LONGLONG rule_time(const SYSTEMTIME *rule, int year)
{
    struct tm tm;
    time_t t;
    int first_wday, mday;

    memset(&tm, 0, sizeof(tm));
    tm.tm_year = (rule->wYear ? rule->wYear : year) - 1900;
    tm.tm_mon = rule->wMonth - 1;
    if (rule->wYear) {
        mday = rule->wDay;
    } else {
        tm.tm_mday = 1;
        t = timegm(&tm);
        gmtime_r(&t, &tm);
        first_wday = tm.tm_wday;
        mday = 1 + (rule->wDayOfWeek - first_wday + 7) % 7 + 7 * (rule->wDay - 1);
        for (;;) {     /* the fifth occurrence means the last one */
            struct tm check = tm;
            check.tm_mday = mday;
            t = timegm(&check);
            gmtime_r(&t, &check);
            if (check.tm_mon == tm.tm_mon) break;
            mday -= 7;
        }
    }
    tm.tm_mday = mday;
    tm.tm_hour = rule->wHour;
    tm.tm_min = rule->wMinute;
    tm.tm_sec = rule->wSecond;
    t = timegm(&tm);
    return (LONGLONG)t * 10000000 + TICKS_1601_TO_1970 + rule->wMilliseconds * 10000LL;
}

/* Is UTC (100 ns since 1601) daylight time under TZI? */
static BOOL is_daylight(const TIME_ZONE_INFORMATION *tzi, LONGLONG utc)
{
    LONGLONG std_local = utc - (LONGLONG)(tzi->Bias + tzi->StandardBias) * TICKS_PER_MIN;
    time_t secs = (time_t)((std_local - TICKS_1601_TO_1970) / 10000000);
    struct tm tm;
    LONGLONG start, end;

    if (!tzi->DaylightDate.wMonth || !tzi->StandardDate.wMonth) return FALSE;
    gmtime_r(&secs, &tm);
    start = rule_time(&tzi->DaylightDate, tm.tm_year + 1900) + (LONGLONG)(tzi->Bias + tzi->StandardBias) * TICKS_PER_MIN;
    end = rule_time(&tzi->StandardDate, tm.tm_year + 1900) + (LONGLONG)(tzi->Bias + tzi->DaylightBias) * TICKS_PER_MIN;
    if (start < end) return utc >= start && utc < end;
    return utc >= start || utc < end;       /* southern hemisphere */
}

static BOOL systemtime_to_ticks(const SYSTEMTIME *st, LONGLONG *ticks)
{
    FILETIME ft;
    if (!SystemTimeToFileTime(st, &ft)) return FALSE;
    *ticks = ((LONGLONG)ft.dwHighDateTime << 32) | ft.dwLowDateTime;
    return TRUE;
}

static BOOL ticks_to_systemtime(LONGLONG ticks, SYSTEMTIME *st)
{
    FILETIME ft = { (DWORD)ticks, (DWORD)((ULONGLONG)ticks >> 32) };
    return FileTimeToSystemTime(&ft, st);
}

WINBASEAPI BOOL WINAPI SystemTimeToTzSpecificLocalTime(const TIME_ZONE_INFORMATION *tzi, const SYSTEMTIME *utc,
                                                       SYSTEMTIME *local)
{
    DYNAMIC_TIME_ZONE_INFORMATION host;
    LONGLONG t;
    LONG bias;

    if (!tzi) {
        host_zone(time(NULL), &host);
        tzi = &host.tzi;
    }
    if (!systemtime_to_ticks(utc, &t)) return FALSE;
    bias = tzi->Bias + (is_daylight(tzi, t) ? tzi->DaylightBias : tzi->StandardBias);
    return ticks_to_systemtime(t - (LONGLONG)bias * TICKS_PER_MIN, local);
}

WINBASEAPI BOOL WINAPI TzSpecificLocalTimeToSystemTime(const TIME_ZONE_INFORMATION *tzi, const SYSTEMTIME *local,
                                                       SYSTEMTIME *utc)
{
    DYNAMIC_TIME_ZONE_INFORMATION host;
    LONGLONG t, as_std, as_dst;

    if (!tzi) {
        host_zone(time(NULL), &host);
        tzi = &host.tzi;
    }
    if (!systemtime_to_ticks(local, &t)) return FALSE;
    /* a wall-clock time read as standard time, unless that instant is in
     * daylight time; in the skipped hour both readings disagree, and
     * Windows takes the daylight one */
    as_std = t + (LONGLONG)(tzi->Bias + tzi->StandardBias) * TICKS_PER_MIN;
    as_dst = t + (LONGLONG)(tzi->Bias + tzi->DaylightBias) * TICKS_PER_MIN;
    return ticks_to_systemtime(is_daylight(tzi, as_dst) ? as_dst : as_std, utc);
}

WINBASEAPI BOOL WINAPI GetTimeZoneInformationForYear(USHORT year, DYNAMIC_TIME_ZONE_INFORMATION *dyn,
                                                     TIME_ZONE_INFORMATION *tzi)
{
    DYNAMIC_TIME_ZONE_INFORMATION host;
    struct tm tm;
    time_t t;

    if (dyn) {
        FIXME("named time zones other than the host's are not supported\n");
        SetLastError(ERROR_FILE_NOT_FOUND);
        return FALSE;
    }
    memset(&tm, 0, sizeof(tm));
    tm.tm_year = year - 1900;
    tm.tm_mon = 6;
    tm.tm_mday = 1;
    t = timegm(&tm);
    host_zone(t, &host);
    *tzi = host.tzi;
    return TRUE;
}
