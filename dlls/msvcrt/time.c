/*
 * Time: time, gmtime, localtime, mktime, difftime, clock, and the time
 * zone (_tzset, _timezone, _daylight, _dstbias, _tzname).  time_t is 64
 * bits except in the *32 functions (msvcrt.dll's plain names are the 64-bit
 * ones on x64, as the UCRT headers' inline forms are).  Valid times are
 * 1970-01-01 00:00:00 UTC up to 3000-12-31 23:59:59 UTC (2038 for 32 bits).
 *
 * The zone: a TZ variable in the CRT's environment, Windows style
 * ("PST8PDT", "EST5", "IST-5:30"), is followed as the CRT does, with the
 * US daylight saving rules.  Otherwise the host's zone is used through
 * glibc (localtime_r, mktime): exact rules, and tzname from the host's
 * abbreviations ("CET"), where Windows has its long names ("W. Europe
 * Standard Time").  A POSIX TZ (":Europe/Paris", "Europe/Paris") is the
 * host's business too.  Until the first _tzset, or the first localtime or
 * mktime, the variables hold the CRT's defaults (PST8PDT), as on Windows.
 */
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "crt_private.h"

#define MAX_TIME64 32535215999LL   /* 3000-12-31 23:59:59 */
#define MAX_TIME32 0x7fffffffLL
#define SECS_PER_DAY 86400LL

/* data exports */
int MSVCRT___daylight = 1;
LONG MSVCRT___timezone = 28800;
LONG MSVCRT___dstbias = -3600;
static char tzname_std[64] = "PST", tzname_dst[64] = "PDT";
char *MSVCRT__tzname[2] = { tzname_std, tzname_dst };

static CRITICAL_SECTION tz_lock;
static int tz_ready;            /* _tzset has run */
static int tz_from_env;         /* a Windows-style TZ is in effect */
static LARGE_INTEGER clock_start;

void time_init(void)
{
    InitializeCriticalSection(&tz_lock);
    QueryPerformanceCounter(&clock_start);
}

/* ---- calendar arithmetic (proleptic Gregorian, any year) ---- */

static long long days_from_civil(long long y, int m, int d)
{
    long long era;
    unsigned yoe, doy, doe;
    y -= m <= 2;
    era = (y >= 0 ? y : y - 399) / 400;
    yoe = (unsigned)(y - era * 400);
    doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

/* seconds since 1970 of broken-down fields taken as UTC, normalising any
   out-of-range field by carrying */
static long long fields_to_seconds(const struct crt_tm *tm)
{
    long long year = 1900LL + tm->tm_year, mon = tm->tm_mon;
    year += mon / 12;
    mon %= 12;
    if (mon < 0) {
        mon += 12;
        year--;
    }
    return (days_from_civil(year, (int)mon + 1, 1) + tm->tm_mday - 1) * SECS_PER_DAY +
           tm->tm_hour * 3600LL + tm->tm_min * 60LL + tm->tm_sec;
}

static void seconds_to_fields(long long t, struct crt_tm *tm)
{
    long long days = t / SECS_PER_DAY, secs = t % SECS_PER_DAY, z, era, y;
    unsigned doe, yoe, doy, mp;
    int m;

    if (secs < 0) {
        secs += SECS_PER_DAY;
        days--;
    }
    tm->tm_hour = (int)(secs / 3600);
    tm->tm_min = (int)(secs / 60 % 60);
    tm->tm_sec = (int)(secs % 60);
    tm->tm_wday = (int)(((days + 4) % 7 + 7) % 7);   /* 1970-01-01 was a Thursday */
    z = days + 719468;
    era = (z >= 0 ? z : z - 146096) / 146097;
    doe = (unsigned)(z - era * 146097);
    yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    y = (long long)yoe + era * 400;
    doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    mp = (5 * doy + 2) / 153;
    tm->tm_mday = (int)(doy - (153 * mp + 2) / 5 + 1);
    m = (int)(mp < 10 ? mp + 3 : mp - 9);
    y += m <= 2;
    tm->tm_mon = m - 1;
    tm->tm_year = (int)(y - 1900);
    tm->tm_yday = (int)(days - days_from_civil(y, 1, 1));
    tm->tm_isdst = 0;
}

/* ---- the zone ---- */

/* TZ as the CRT reads it: three letters, [+|-]hh[:mm[:ss]], and an
   optional three-letter daylight name */
static void tz_from_windows_string(const char *tz)
{
    long offset = 0;
    int negative = 0;

    memset(tzname_std, 0, sizeof(tzname_std));
    memcpy(tzname_std, tz, strnlen(tz, 3));
    tz += strnlen(tz, 3);
    if (*tz == '-' || *tz == '+') negative = *tz++ == '-';
    offset = strtol(tz, (char **)&tz, 10) * 3600;
    if (*tz == ':') {
        offset += strtol(tz + 1, (char **)&tz, 10) * 60;
        if (*tz == ':') offset += strtol(tz + 1, (char **)&tz, 10);
    }
    MSVCRT___timezone = negative ? -offset : offset;
    MSVCRT___daylight = *tz != 0;
    memset(tzname_dst, 0, sizeof(tzname_dst));
    if (*tz) memcpy(tzname_dst, tz, strnlen(tz, 3));
    MSVCRT___dstbias = -3600;
}

static void tz_from_host(void)
{
    time_t now = time(NULL), jan, jul;
    struct tm local, a, b;
    const struct tm *std, *dst;

    tzset();
    localtime_r(&now, &local);
    jan = (time_t)(days_from_civil(local.tm_year + 1900, 1, 1) * SECS_PER_DAY);
    jul = (time_t)(days_from_civil(local.tm_year + 1900, 7, 1) * SECS_PER_DAY);
    localtime_r(&jan, &a);
    localtime_r(&jul, &b);
    std = a.tm_isdst > 0 ? &b : &a;
    dst = a.tm_isdst > 0 ? &a : b.tm_isdst > 0 ? &b : NULL;
    MSVCRT___timezone = (LONG)-std->tm_gmtoff;
    MSVCRT___daylight = dst != NULL;
    MSVCRT___dstbias = dst ? (LONG)-(dst->tm_gmtoff - std->tm_gmtoff) : 0;
    memset(tzname_std, 0, sizeof(tzname_std));
    memset(tzname_dst, 0, sizeof(tzname_dst));
    strncpy(tzname_std, std->tm_zone ? std->tm_zone : "", sizeof(tzname_std) - 1);
    if (dst) strncpy(tzname_dst, dst->tm_zone ? dst->tm_zone : "", sizeof(tzname_dst) - 1);
}

void CDECL MSVCRT__tzset(void)
{
    const char *tz = MSVCRT_getenv("TZ");

    EnterCriticalSection(&tz_lock);
    tz_from_env = tz && *tz && *tz != ':' && !strchr(tz, '/');
    if (tz_from_env) tz_from_windows_string(tz);
    else tz_from_host();
    tz_ready = 1;
    LeaveCriticalSection(&tz_lock);
}

/* localtime and mktime read the zone once, as the CRT's internal __tzset */
void crt_tzset_once(void)
{
    if (!__atomic_load_n(&tz_ready, __ATOMIC_ACQUIRE)) MSVCRT__tzset();
}

/* The CRT's US rules, in local standard time: since 2007 from the second
   Sunday of March 2:00 to the first Sunday of November 1:00 (2:00
   daylight); before, the first Sunday of April to the last of October. */
static int in_us_dst(const struct crt_tm *tm)
{
    long long year = 1900LL + tm->tm_year, start, end, t;
    int wday;

    if (year >= 2007) {
        start = days_from_civil(year, 3, 1);
        wday = (int)(((start + 4) % 7 + 7) % 7);
        start += (7 - wday) % 7 + 7;
        end = days_from_civil(year, 11, 1);
        wday = (int)(((end + 4) % 7 + 7) % 7);
        end += (7 - wday) % 7;
    } else {
        start = days_from_civil(year, 4, 1);
        wday = (int)(((start + 4) % 7 + 7) % 7);
        start += (7 - wday) % 7;
        end = days_from_civil(year, 10, 31);
        wday = (int)(((end + 4) % 7 + 7) % 7);
        end -= wday;
    }
    t = fields_to_seconds(tm);
    return t >= start * SECS_PER_DAY + 2 * 3600 && t < end * SECS_PER_DAY + 3600;
}

static void to_local(long long t, struct crt_tm *out)
{
    crt_tzset_once();
    if (tz_from_env) {
        seconds_to_fields(t - MSVCRT___timezone, out);
        if (MSVCRT___daylight && in_us_dst(out)) {
            seconds_to_fields(t - MSVCRT___timezone - MSVCRT___dstbias, out);
            out->tm_isdst = 1;
        }
    } else {
        time_t host = (time_t)t;
        struct tm tm;
        localtime_r(&host, &tm);
        out->tm_sec = tm.tm_sec; out->tm_min = tm.tm_min; out->tm_hour = tm.tm_hour;
        out->tm_mday = tm.tm_mday; out->tm_mon = tm.tm_mon; out->tm_year = tm.tm_year;
        out->tm_wday = tm.tm_wday; out->tm_yday = tm.tm_yday; out->tm_isdst = tm.tm_isdst > 0;
    }
}

/* ---- time ---- */

static long long now_seconds(void)
{
    FILETIME ft;
    GetSystemTimeAsFileTime(&ft);
    return (long long)(((ULONGLONG)ft.dwHighDateTime << 32 | ft.dwLowDateTime) / 10000000ULL) - 11644473600LL;
}

LONGLONG CDECL MSVCRT__time64(LONGLONG *out)
{
    LONGLONG t = now_seconds();
    if (out) *out = t;
    return t;
}

LONG CDECL MSVCRT__time32(LONG *out)
{
    LONG t = (LONG)now_seconds();
    if (out) *out = t;
    return t;
}

double CDECL MSVCRT__difftime64(LONGLONG end, LONGLONG start) { return (double)(end - start); }
double CDECL MSVCRT__difftime32(LONG end, LONG start) { return (double)end - (double)start; }

/* milliseconds since the process started (CLOCKS_PER_SEC is 1000) */
LONG CDECL MSVCRT_clock(void)
{
    LARGE_INTEGER now, freq;
    QueryPerformanceCounter(&now);
    QueryPerformanceFrequency(&freq);
    if (!freq.QuadPart) return -1;
    return (LONG)((now.QuadPart - clock_start.QuadPart) * 1000 / freq.QuadPart);
}

/* ---- broken-down time ---- */


static int check_time(long long t, long long max)
{
    if (t < 0 || t > max) {
        crt_invalid_parameter();
        crt_set_errno(CRT_EINVAL);
        return 0;
    }
    return 1;
}

static struct crt_tm *gmtime_common(long long t, long long max, struct crt_tm *out)
{
    if (!check_time(t, max)) return NULL;
    seconds_to_fields(t, out);
    return out;
}

static struct crt_tm *localtime_common(long long t, long long max, struct crt_tm *out)
{
    if (!check_time(t, max)) return NULL;
    to_local(t, out);
    return out;
}

struct crt_tm *CDECL MSVCRT__gmtime64(const LONGLONG *t)
{
    if (!t) { crt_invalid_parameter(); crt_set_errno(CRT_EINVAL); return NULL; }
    return gmtime_common(*t, MAX_TIME64, &crt_thread_data()->tm);
}

struct crt_tm *CDECL MSVCRT__gmtime32(const LONG *t)
{
    if (!t) { crt_invalid_parameter(); crt_set_errno(CRT_EINVAL); return NULL; }
    return gmtime_common(*t, MAX_TIME32, &crt_thread_data()->tm);
}

struct crt_tm *CDECL MSVCRT__localtime64(const LONGLONG *t)
{
    if (!t) { crt_invalid_parameter(); crt_set_errno(CRT_EINVAL); return NULL; }
    return localtime_common(*t, MAX_TIME64, &crt_thread_data()->tm);
}

struct crt_tm *CDECL MSVCRT__localtime32(const LONG *t)
{
    if (!t) { crt_invalid_parameter(); crt_set_errno(CRT_EINVAL); return NULL; }
    return localtime_common(*t, MAX_TIME32, &crt_thread_data()->tm);
}

/* the _s forms: an errno_t, and the struct filled with -1 on failure */
static int time_s_result(struct crt_tm *out, int ok)
{
    if (ok) return 0;
    if (out) memset(out, 0xff, sizeof(*out));
    return CRT_EINVAL;
}

int CDECL MSVCRT__gmtime64_s(struct crt_tm *out, const LONGLONG *t)
{
    if (!out || !t) { crt_invalid_parameter(); return time_s_result(out, 0); }
    return time_s_result(out, gmtime_common(*t, MAX_TIME64, out) != NULL);
}

int CDECL MSVCRT__gmtime32_s(struct crt_tm *out, const LONG *t)
{
    if (!out || !t) { crt_invalid_parameter(); return time_s_result(out, 0); }
    return time_s_result(out, gmtime_common(*t, MAX_TIME32, out) != NULL);
}

int CDECL MSVCRT__localtime64_s(struct crt_tm *out, const LONGLONG *t)
{
    if (!out || !t) { crt_invalid_parameter(); return time_s_result(out, 0); }
    return time_s_result(out, localtime_common(*t, MAX_TIME64, out) != NULL);
}

int CDECL MSVCRT__localtime32_s(struct crt_tm *out, const LONG *t)
{
    if (!out || !t) { crt_invalid_parameter(); return time_s_result(out, 0); }
    return time_s_result(out, localtime_common(*t, MAX_TIME32, out) != NULL);
}

/* mktime: fields as local time (tm_isdst > 0: daylight time, < 0: find out),
   normalised in place; -1 outside the valid range */
static long long mktime_common(struct crt_tm *tm, long long max)
{
    long long t;

    if (!tm) {
        crt_invalid_parameter();
        crt_set_errno(CRT_EINVAL);
        return -1;
    }
    crt_tzset_once();
    if (tz_from_env) {
        struct crt_tm norm;
        t = fields_to_seconds(tm) + MSVCRT___timezone;
        seconds_to_fields(t - MSVCRT___timezone, &norm);
        if (tm->tm_isdst > 0 || (tm->tm_isdst < 0 && MSVCRT___daylight && in_us_dst(&norm)))
            t += MSVCRT___dstbias;
    } else {
        struct tm host;
        time_t r;
        memset(&host, 0, sizeof(host));
        host.tm_sec = tm->tm_sec; host.tm_min = tm->tm_min; host.tm_hour = tm->tm_hour;
        host.tm_mday = tm->tm_mday; host.tm_mon = tm->tm_mon; host.tm_year = tm->tm_year;
        host.tm_isdst = tm->tm_isdst;
        r = mktime(&host);   /* -1 on failure is out of range below too */
        t = r;
    }
    if (t < 0 || t > max) return -1;
    to_local(t, tm);
    return t;
}

LONGLONG CDECL MSVCRT__mktime64(struct crt_tm *tm) { return mktime_common(tm, MAX_TIME64); }
LONG CDECL MSVCRT__mktime32(struct crt_tm *tm) { return (LONG)mktime_common(tm, MAX_TIME32); }

static long long mkgmtime_common(struct crt_tm *tm, long long max)
{
    long long t;
    if (!tm) {
        crt_invalid_parameter();
        crt_set_errno(CRT_EINVAL);
        return -1;
    }
    t = fields_to_seconds(tm);
    if (t < 0 || t > max) return -1;
    seconds_to_fields(t, tm);
    return t;
}

LONGLONG CDECL MSVCRT__mkgmtime64(struct crt_tm *tm) { return mkgmtime_common(tm, MAX_TIME64); }
LONG CDECL MSVCRT__mkgmtime32(struct crt_tm *tm) { return (LONG)mkgmtime_common(tm, MAX_TIME32); }

/* ---- the zone's variables ---- */

int *CDECL MSVCRT___p__daylight(void) { return &MSVCRT___daylight; }
LONG *CDECL MSVCRT___p__timezone(void) { return &MSVCRT___timezone; }
LONG *CDECL MSVCRT___p__dstbias(void) { return &MSVCRT___dstbias; }
char **CDECL MSVCRT___p__tzname(void) { return MSVCRT__tzname; }

int CDECL MSVCRT__get_daylight(int *out)
{
    if (!out) { crt_invalid_parameter(); return CRT_EINVAL; }
    *out = MSVCRT___daylight;
    return 0;
}

int CDECL MSVCRT__get_timezone(LONG *out)
{
    if (!out) { crt_invalid_parameter(); return CRT_EINVAL; }
    *out = MSVCRT___timezone;
    return 0;
}

int CDECL MSVCRT__get_dstbias(LONG *out)
{
    if (!out) { crt_invalid_parameter(); return CRT_EINVAL; }
    *out = MSVCRT___dstbias;
    return 0;
}

/* index 0: standard name, 1: daylight name; *length gets the size with the
   terminator; ERANGE (and nothing copied) when it does not fit */
int CDECL MSVCRT__get_tzname(size_t *length, char *buffer, size_t size, int index)
{
    size_t len;
    if (!length || (index != 0 && index != 1) || (!buffer && size)) {
        crt_invalid_parameter();
        return CRT_EINVAL;
    }
    len = strlen(MSVCRT__tzname[index]) + 1;
    *length = len;
    if (!buffer) return 0;
    if (len > size) return CRT_ERANGE;
    memcpy(buffer, MSVCRT__tzname[index], len);
    return 0;
}
