/*
 * GetDateFormat, GetTimeFormat, GetNumberFormat, GetCurrencyFormat: the
 * Windows picture formats ("dddd, MMMM d, yyyy", "h:mm:ss tt") expanded
 * with a locale's names, and number grouping by its LOCALE_SGROUPING.
 */
#include <string.h>
#include "kernel32_private.h"
#include "locale_data.h"
#include "nls_private.h"
#include "winnls.h"
#include "winrun/unicode.h"

static void put_num(struct nls_out *o, unsigned int n, int width)
{
    WCHAR tmp[12];
    int i = 0;
    do tmp[i++] = '0' + n % 10, n /= 10; while (n);
    while (i < width) tmp[i++] = '0';
    while (i) nls_put(o, tmp[--i]);
}

static int day_of_week(int y, int m, int d)   /* 0 = Sunday */
{
    static const int t[] = { 0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4 };
    if (m < 3) y--;
    return (y + y / 4 - y / 100 + y / 400 + t[m - 1] + d) % 7;
}

static BOOL valid_date(const SYSTEMTIME *t)
{
    static const int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    int leap = (t->wYear % 4 == 0 && t->wYear % 100) || t->wYear % 400 == 0;
    if (t->wYear < 1601 || t->wYear > 30827 || t->wMonth < 1 || t->wMonth > 12 || t->wDay < 1) return FALSE;
    return t->wDay <= days[t->wMonth - 1] + (t->wMonth == 2 && leap);
}

/* Expands a picture: DATE for d/M/y/g letters, else h/H/m/s/t. Quoted
 * text ('...', '' = a quote) is copied. */
static void expand(const struct locale_def *loc, const WCHAR *fmt, const SYSTEMTIME *t, BOOL date, DWORD flags,
                   struct nls_out *o)
{
    while (*fmt) {
        WCHAR c = *fmt;
        int n = 1;
        if (c == '\'') {
            for (fmt++; *fmt; fmt++) {
                if (*fmt == '\'') {
                    if (fmt[1] != '\'') { fmt++; break; }
                    fmt++;
                }
                nls_put(o, *fmt);
            }
            continue;
        }
        while (fmt[n] == c) n++;
        fmt += n;
        if (date && c == 'd') {
            if (n <= 2) put_num(o, t->wDay, n);
            else {
                int dow = (day_of_week(t->wYear, t->wMonth, t->wDay) + 6) % 7;   /* Monday = 0 */
                nls_put_str(o, locale_value(loc, (n == 3 ? LOCALE_SABBREVDAYNAME1 : LOCALE_SDAYNAME1) + dow));
            }
        } else if (date && c == 'M') {
            if (n <= 2) put_num(o, t->wMonth, n);
            else nls_put_str(o, locale_value(loc, (n == 3 ? LOCALE_SABBREVMONTHNAME1 : LOCALE_SMONTHNAME1) + t->wMonth - 1));
        } else if (date && c == 'y') {
            if (n <= 2) put_num(o, t->wYear % 100, n);
            else put_num(o, t->wYear, 1);
        } else if (date && c == 'g') {
            nls_put_str(o, u"A.D.");
        } else if (!date && (c == 'h' || c == 'H')) {
            unsigned int h = t->wHour;
            if (c == 'h' && !(flags & TIME_FORCE24HOURFORMAT)) h = h % 12 ? h % 12 : 12;
            put_num(o, h, n > 1 ? 2 : 1);
        } else if (!date && c == 'm') {
            put_num(o, t->wMinute, n > 1 ? 2 : 1);
        } else if (!date && c == 's') {
            put_num(o, t->wSecond, n > 1 ? 2 : 1);
        } else if (!date && c == 't') {
            const WCHAR *mark = locale_value(loc, t->wHour < 12 ? LOCALE_S1159 : LOCALE_S2359);
            if (flags & TIME_NOTIMEMARKER) continue;
            if (n == 1) { if (*mark) nls_put(o, *mark); }
            else nls_put_str(o, mark);
        } else {
            while (n--) nls_put(o, c);
        }
    }
}

WINBASEAPI INT WINAPI GetDateFormatW(LCID lcid, DWORD flags, const SYSTEMTIME *time, LPCWSTR format, LPWSTR buf,
                                     INT len)
{
    const struct locale_def *loc = locale_resolve(lcid);
    struct nls_out o = { buf, len, 0 };
    SYSTEMTIME now;

    if (!loc || len < 0 || (len && !buf)) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return 0;
    }
    if ((format && (flags & (DATE_SHORTDATE | DATE_LONGDATE | DATE_YEARMONTH | DATE_MONTHDAY))) ||
        (flags & ~(DATE_SHORTDATE | DATE_LONGDATE | DATE_YEARMONTH | DATE_LTRREADING | DATE_RTLREADING |
                   DATE_USE_ALT_CALENDAR | DATE_AUTOLAYOUT | DATE_MONTHDAY | LOCALE_NOUSEROVERRIDE)) ||
        ((flags & DATE_SHORTDATE) && (flags & DATE_LONGDATE))) {
        SetLastError(ERROR_INVALID_FLAGS);
        return 0;
    }
    if (!time) {
        GetLocalTime(&now);
        time = &now;
    } else if (!valid_date(time)) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return 0;
    }
    if (!format)
        format = locale_value(loc, flags & DATE_LONGDATE ? LOCALE_SLONGDATE
                                   : flags & DATE_YEARMONTH ? LOCALE_SYEARMONTH : LOCALE_SSHORTDATE);
    expand(loc, format, time, TRUE, flags, &o);
    return nls_finish(&o);
}

WINBASEAPI INT WINAPI GetTimeFormatW(LCID lcid, DWORD flags, const SYSTEMTIME *time, LPCWSTR format, LPWSTR buf,
                                     INT len)
{
    const struct locale_def *loc = locale_resolve(lcid);
    struct nls_out o = { buf, len, 0 };
    SYSTEMTIME now;
    WCHAR picture[80];

    if (!loc || len < 0 || (len && !buf)) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return 0;
    }
    if ((format && (flags & LOCALE_NOUSEROVERRIDE)) ||
        (flags & ~(TIME_NOMINUTESORSECONDS | TIME_NOSECONDS | TIME_NOTIMEMARKER | TIME_FORCE24HOURFORMAT |
                   LOCALE_NOUSEROVERRIDE))) {
        SetLastError(ERROR_INVALID_FLAGS);
        return 0;
    }
    if (!time) {
        GetLocalTime(&now);
        time = &now;
    } else if (time->wHour > 23 || time->wMinute > 59 || time->wSecond > 59 || time->wMilliseconds > 999) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return 0;
    }
    if (!format) format = locale_value(loc, LOCALE_STIMEFORMAT);
    /* dropping seconds (or minutes) also drops the separator before them */
    if (flags & (TIME_NOSECONDS | TIME_NOMINUTESORSECONDS)) {
        int k = 0;
        for (const WCHAR *p = format; *p && k < 79; p++) {
            if (*p == 's' || (flags & TIME_NOMINUTESORSECONDS && *p == 'm')) {
                while (k && picture[k - 1] != 'h' && picture[k - 1] != 'H' && picture[k - 1] != 'm') k--;
                while (p[1] == *p) p++;
                continue;
            }
            picture[k++] = *p;
        }
        picture[k] = 0;
        format = picture;
    }
    expand(loc, format, time, FALSE, flags, &o);
    return nls_finish(&o);
}

WINBASEAPI INT WINAPI GetDateFormatEx(LPCWSTR name, DWORD flags, const SYSTEMTIME *time, LPCWSTR format,
                                      LPWSTR buf, INT len, LPCWSTR calendar)
{
    LCID lcid = name ? locale_name_to_lcid(name) : LOCALE_USER_DEFAULT;
    if (calendar || !lcid) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return 0;
    }
    return GetDateFormatW(lcid, flags, time, format, buf, len);
}

WINBASEAPI INT WINAPI GetTimeFormatEx(LPCWSTR name, DWORD flags, const SYSTEMTIME *time, LPCWSTR format,
                                      LPWSTR buf, INT len)
{
    LCID lcid = name ? locale_name_to_lcid(name) : LOCALE_USER_DEFAULT;
    if (!lcid) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return 0;
    }
    return GetTimeFormatW(lcid, flags, time, format, buf, len);
}

typedef INT (WINAPI *format_w_fn)(LCID, DWORD, const SYSTEMTIME *, LPCWSTR, LPWSTR, INT);

static INT format_a(format_w_fn fn, LCID lcid, DWORD flags, const SYSTEMTIME *time, LPCSTR format, LPSTR buf,
                    INT len)
{
    WCHAR *wformat = NULL, out[256];
    int n;

    if (len < 0 || (len && !buf)) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return 0;
    }
    if (format && !(wformat = strdup_a_to_w(format))) {
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
        return 0;
    }
    n = fn(lcid, flags, time, wformat, out, sizeof(out) / sizeof(out[0]));
    heap_free(wformat);
    if (!n) return 0;
    n = WideCharToMultiByte(CP_ACP, 0, out, -1, NULL, 0, NULL, NULL);
    if (!len) return n;
    if (n > len) {
        SetLastError(ERROR_INSUFFICIENT_BUFFER);
        return 0;
    }
    return WideCharToMultiByte(CP_ACP, 0, out, -1, buf, len, NULL, NULL);
}

WINBASEAPI INT WINAPI GetDateFormatA(LCID lcid, DWORD flags, const SYSTEMTIME *time, LPCSTR format, LPSTR buf,
                                     INT len)
{
    return format_a(GetDateFormatW, lcid, flags, time, format, buf, len);
}

WINBASEAPI INT WINAPI GetTimeFormatA(LCID lcid, DWORD flags, const SYSTEMTIME *time, LPCSTR format, LPSTR buf,
                                     INT len)
{
    return format_a(GetTimeFormatW, lcid, flags, time, format, buf, len);
}
