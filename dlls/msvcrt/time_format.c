/*
 * Time as text in the C locale: strftime, asctime, ctime.
 *
 * strftime differs between the runtimes: msvcrt.dll knows the C89
 * conversions, writes %c as "%m/%d/%y %H:%M:%S" and %z like %Z (the zone's
 * name); the UCRT adds C99's (%C %D %e %F %g %G %h %n %r %R %t %T %u %V),
 * writes %c as "%a %b %e %H:%M:%S %Y" and %z as "-0800".  Both take '#'
 * for no leading zeros and the long forms of %c and %x.  An unknown
 * conversion or a field out of range is an invalid parameter: 0 and EINVAL.
 * A result that does not fit returns 0 (ERANGE) with an empty string.
 */
#include <string.h>
#include "crt_private.h"

extern LONG MSVCRT___timezone, MSVCRT___dstbias;
extern char *MSVCRT__tzname[2];
void CDECL MSVCRT__tzset(void);
struct crt_tm *CDECL MSVCRT__localtime64(const LONGLONG *t);
struct crt_tm *CDECL MSVCRT__localtime32(const LONG *t);

static const char *const day_names[] = { "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
                                         "Saturday" };
static const char *const month_names[] = { "January", "February", "March", "April", "May", "June", "July",
                                           "August", "September", "October", "November", "December" };

struct out {
    char *p;
    size_t len, max;
    int full;
};

static void put_text(struct out *o, const char *s, size_t n)
{
    while (n--) {
        if (o->len + 1 >= o->max) {
            o->full = 1;
            return;
        }
        o->p[o->len++] = *s++;
    }
}

static void put_str(struct out *o, const char *s) { put_text(o, s, strlen(s)); }

/* value with at least digits digits (none of the zero padding when alt) */
static void put_num(struct out *o, long long value, int digits, int alt)
{
    char buf[24];
    int n = 0, negative = value < 0;
    unsigned long long v = negative ? -(unsigned long long)value : (unsigned long long)value;
    do buf[sizeof(buf) - ++n] = (char)('0' + v % 10); while ((v /= 10));
    if (!alt) while (n < digits) buf[sizeof(buf) - ++n] = '0';
    if (negative) buf[sizeof(buf) - ++n] = '-';
    put_text(o, buf + sizeof(buf) - n, n);
}

static int iso_week_year(const struct crt_tm *tm, int *week)
{
    int year = tm->tm_year + 1900;
    int wday = (tm->tm_wday + 6) % 7;             /* Monday = 0 */
    int w = (tm->tm_yday - wday + 10) / 7;
    if (w < 1) {
        int prev = year - 1, prev_days = (prev % 4 == 0 && (prev % 100 || prev % 400 == 0)) ? 366 : 365;
        int yday = tm->tm_yday + prev_days;
        w = (yday - wday + 10) / 7;
        year = prev;
    } else {
        int days = (year % 4 == 0 && (year % 100 || year % 400 == 0)) ? 366 : 365;
        if (tm->tm_yday - wday + 3 >= days) {     /* the Thursday is next year */
            w = 1;
            year++;
        }
    }
    *week = w;
    return year;
}

static int fields_valid(const struct crt_tm *tm)
{
    return tm->tm_sec >= 0 && tm->tm_sec <= 60 && tm->tm_min >= 0 && tm->tm_min <= 59 &&
           tm->tm_hour >= 0 && tm->tm_hour <= 23 && tm->tm_mday >= 1 && tm->tm_mday <= 31 &&
           tm->tm_mon >= 0 && tm->tm_mon <= 11 && tm->tm_wday >= 0 && tm->tm_wday <= 6 &&
           tm->tm_yday >= 0 && tm->tm_yday <= 365;
}

static int format(struct out *o, const char *fmt, const struct crt_tm *tm);

/* one conversion; 0, or -1 for an unknown one */
static int convert(struct out *o, int c, int alt, const struct crt_tm *tm)
{
    int ucrt = crt_is_ucrt, hour12 = tm->tm_hour % 12 ? tm->tm_hour % 12 : 12, week;

    switch (c) {
    case 'a': put_text(o, day_names[tm->tm_wday], 3); return 0;
    case 'A': put_str(o, day_names[tm->tm_wday]); return 0;
    case 'b': put_text(o, month_names[tm->tm_mon], 3); return 0;
    case 'B': put_str(o, month_names[tm->tm_mon]); return 0;
    case 'c':
        if (alt) return format(o, "%A, %B %#d, %Y %H:%M:%S", tm);
        return format(o, ucrt ? "%a %b %e %H:%M:%S %Y" : "%m/%d/%y %H:%M:%S", tm);
    case 'd': put_num(o, tm->tm_mday, 2, alt); return 0;
    case 'H': put_num(o, tm->tm_hour, 2, alt); return 0;
    case 'I': put_num(o, hour12, 2, alt); return 0;
    case 'j': put_num(o, tm->tm_yday + 1, 3, alt); return 0;
    case 'm': put_num(o, tm->tm_mon + 1, 2, alt); return 0;
    case 'M': put_num(o, tm->tm_min, 2, alt); return 0;
    case 'p': put_str(o, tm->tm_hour < 12 ? "AM" : "PM"); return 0;
    case 'S': put_num(o, tm->tm_sec, 2, alt); return 0;
    case 'U': put_num(o, (tm->tm_yday + 7 - tm->tm_wday) / 7, 2, alt); return 0;
    case 'w': put_num(o, tm->tm_wday, 1, alt); return 0;
    case 'W': put_num(o, (tm->tm_yday + 7 - (tm->tm_wday + 6) % 7) / 7, 2, alt); return 0;
    case 'x': return format(o, alt ? "%A, %B %#d, %Y" : "%m/%d/%y", tm);
    case 'X': return format(o, "%H:%M:%S", tm);
    case 'y': put_num(o, (tm->tm_year + 1900) % 100, 2, alt); return 0;
    case 'Y': put_num(o, tm->tm_year + 1900LL, 4, alt); return 0;
    case 'Z':
        crt_tzset_once();
        put_str(o, MSVCRT__tzname[tm->tm_isdst > 0]);
        return 0;
    case 'z':
        crt_tzset_once();
        if (ucrt) {
            long west = MSVCRT___timezone + (tm->tm_isdst > 0 ? MSVCRT___dstbias : 0);
            long east = -west;
            put_text(o, east < 0 ? "-" : "+", 1);
            if (east < 0) east = -east;
            put_num(o, east / 3600 * 100 + east / 60 % 60, 4, 0);
        } else put_str(o, MSVCRT__tzname[tm->tm_isdst > 0]);
        return 0;
    case '%': put_text(o, "%", 1); return 0;
    }
    if (!ucrt) return -1;
    switch (c) {
    case 'C': put_num(o, (tm->tm_year + 1900) / 100, 2, alt); return 0;
    case 'D': return format(o, "%m/%d/%y", tm);
    case 'e':
        if (!alt && tm->tm_mday < 10) put_text(o, " ", 1);
        put_num(o, tm->tm_mday, 1, 1);
        return 0;
    case 'F': return format(o, "%Y-%m-%d", tm);
    case 'g': put_num(o, iso_week_year(tm, &week) % 100, 2, alt); return 0;
    case 'G': put_num(o, iso_week_year(tm, &week), 4, alt); return 0;
    case 'h': put_text(o, month_names[tm->tm_mon], 3); return 0;
    case 'n': put_text(o, "\n", 1); return 0;
    case 'r': return format(o, "%I:%M:%S %p", tm);
    case 'R': return format(o, "%H:%M", tm);
    case 't': put_text(o, "\t", 1); return 0;
    case 'T': return format(o, "%H:%M:%S", tm);
    case 'u': put_num(o, tm->tm_wday ? tm->tm_wday : 7, 1, alt); return 0;
    case 'V': iso_week_year(tm, &week); put_num(o, week, 2, alt); return 0;
    }
    return -1;
}

static int format(struct out *o, const char *fmt, const struct crt_tm *tm)
{
    for (; *fmt && !o->full; fmt++) {
        int alt = 0;
        if (*fmt != '%') {
            put_text(o, fmt, 1);
            continue;
        }
        if (*++fmt == '#') {
            alt = 1;
            fmt++;
        }
        if (!*fmt || convert(o, *fmt, alt, tm)) return -1;
    }
    return 0;
}

size_t CDECL MSVCRT_strftime(char *buffer, size_t max, const char *fmt, const struct crt_tm *tm)
{
    struct out o = { buffer, 0, max, 0 };

    if (!buffer || !max || !fmt || !tm || !fields_valid(tm)) {
        if (buffer && max) *buffer = 0;
        crt_invalid_parameter();
        crt_set_errno(CRT_EINVAL);
        return 0;
    }
    if (format(&o, fmt, tm)) {
        *buffer = 0;
        crt_invalid_parameter();
        crt_set_errno(CRT_EINVAL);
        return 0;
    }
    if (o.full) {
        *buffer = 0;
        crt_set_errno(CRT_ERANGE);
        return 0;
    }
    buffer[o.len] = 0;
    return o.len;
}

/* ---- asctime, ctime: "Wed Jan 02 02:03:55 1980\n" in a per-thread buffer ---- */

char *CDECL MSVCRT_asctime(const struct crt_tm *tm)
{
    char *asctime_buffer = crt_thread_data()->asctime;
    struct out o = { asctime_buffer, 0, sizeof(crt_thread_data()->asctime), 0 };

    if (!tm || !fields_valid(tm) || tm->tm_year < 0 || tm->tm_year > 8099) {
        crt_invalid_parameter();
        crt_set_errno(CRT_EINVAL);
        return NULL;
    }
    format(&o, "%a %b %d %H:%M:%S %Y\n", tm);
    asctime_buffer[o.len] = 0;
    return asctime_buffer;
}

char *CDECL MSVCRT__ctime64(const LONGLONG *t)
{
    struct crt_tm *tm = t ? MSVCRT__localtime64(t) : NULL;
    return tm ? MSVCRT_asctime(tm) : NULL;
}

char *CDECL MSVCRT__ctime32(const LONG *t)
{
    struct crt_tm *tm = t ? MSVCRT__localtime32(t) : NULL;
    return tm ? MSVCRT_asctime(tm) : NULL;
}
