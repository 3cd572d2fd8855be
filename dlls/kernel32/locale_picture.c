/*
 * Date/time pictures from glibc's strftime formats, and the values Windows
 * derives from a locale's pictures (LOCALE_SDATE, LOCALE_IDATE, ...), so
 * that a locale built from glibc data stays consistent with itself.
 */
#include <string.h>
#include "locale_data.h"
#include "winnls.h"
#include "winrun/unicode.h"

static const char *conversion(char c, BOOL nopad)
{
    switch (c) {
    case 'd': return nopad ? "d" : "dd";
    case 'e': return "d";
    case 'm': return nopad ? "M" : "MM";
    /* Windows 10's short dates carry four-digit years where glibc has %y */
    case 'y': case 'Y': return "yyyy";
    case 'H': return nopad ? "H" : "HH";
    case 'k': return "H";
    case 'I': return nopad ? "h" : "hh";
    case 'l': return "h";
    case 'M': return "mm";
    case 'S': return "ss";
    case 'p': case 'P': return "tt";
    case 'T': return "HH:mm:ss";
    case 'R': return "HH:mm";
    case 'r': return "hh:mm:ss tt";
    case 'D': return "MM/dd/yyyy";
    case 'F': return "yyyy-MM-dd";
    case 'b': case 'h': return "MMM";
    case 'B': return "MMMM";
    case 'a': return "ddd";
    case 'A': return "dddd";
    default: return NULL;   /* %Z, %j, %U...: nothing in a picture says them */
    }
}

BOOL locale_picture_of(const char *fmt, WCHAR *out, size_t size)
{
    size_t o = 0;

    while (*fmt) {
        WCHAR lit[4];
        int n = 1, units;

        if (*fmt == '%' && fmt[1] != '%') {
            const char *pic;
            BOOL nopad = FALSE;
            fmt++;
            if (*fmt == '-' || *fmt == '_') nopad = TRUE, fmt++;
            if (*fmt == 'E' || *fmt == 'O') fmt++;     /* alternative eras/digits: the plain form */
            if (!(pic = conversion(*fmt, nopad))) return FALSE;
            fmt++;
            if (o + strlen(pic) >= size) return FALSE;
            while (*pic) out[o++] = (unsigned char)*pic++;
            continue;
        }
        if (*fmt == '%') fmt++;
        /* one UTF-8 character; ASCII letters and ' are quoted as literals */
        if ((unsigned char)*fmt >= 0xc0) while (((unsigned char)fmt[n] & 0xc0) == 0x80) n++;
        if ((units = utf8_to_utf16(fmt, n, lit, 4)) <= 0) return FALSE;
        if (o + 8 >= size) return FALSE;
        if (*fmt == '\'') out[o++] = '\'', out[o++] = '\'';
        else if ((*fmt | 0x20) >= 'a' && (*fmt | 0x20) <= 'z') out[o++] = '\'', out[o++] = lit[0], out[o++] = '\'';
        else for (int i = 0; i < units; i++) out[o++] = lit[i];
        fmt += n;
    }
    out[o] = 0;
    return TRUE;
}

static BOOL is_pic(WCHAR c) { return c && c < 0x80 && strchr("dMyghHmst", c); }

/* position and length of the first run of picture letter C outside quotes */
static int find_run(const WCHAR *p, WCHAR c, int *len)
{
    BOOL quoted = FALSE;
    for (int i = 0; p[i]; i++) {
        if (p[i] == '\'') quoted = !quoted;
        else if (!quoted && p[i] == c) {
            int n = 0;
            while (p[i + n] == c) n++;
            *len = n;
            return i;
        }
    }
    *len = 0;
    return -1;
}

/* the literal text after the first picture group: "." of "dd.MM.yyyy" */
static void separator(const WCHAR *p, WCHAR *out)
{
    int o = 0, i = 0;
    WCHAR c;
    while (p[i] && !is_pic(p[i])) i++;
    for (c = p[i]; c && p[i] == c; i++) {}
    for (; p[i] && !is_pic(p[i]) && o < 3; i++)
        if (p[i] != '\'') out[o++] = p[i];
    out[o] = 0;
}

/* 0 month-day-year, 1 day-month-year, 2 year-month-day */
static const WCHAR *order(const WCHAR *p)
{
    int n, d = find_run(p, 'd', &n), m = find_run(p, 'M', &n), y = find_run(p, 'y', &n);
    if (y >= 0 && (d < 0 || y < d) && (m < 0 || y < m)) return u"2";
    return m >= 0 && d >= 0 && m < d ? u"0" : u"1";
}

void locale_derive_pictures(const struct locale_def *def, void (*add)(void *, LCTYPE, const WCHAR *), void *ctx)
{
    const WCHAR *sd = locale_value(def, LOCALE_SSHORTDATE), *tf = locale_value(def, LOCALE_STIMEFORMAT);
    const WCHAR *ld = locale_value(def, LOCALE_SLONGDATE);
    WCHAR buf[128];
    int n, pos;

    if (sd) {
        separator(sd, buf);
        add(ctx, LOCALE_SDATE, buf);
        add(ctx, LOCALE_IDATE, order(sd));
        find_run(sd, 'd', &n);
        add(ctx, LOCALE_IDAYLZERO, n >= 2 ? u"1" : u"0");
        find_run(sd, 'M', &n);
        add(ctx, LOCALE_IMONLZERO, n >= 2 ? u"1" : u"0");
        find_run(sd, 'y', &n);
        add(ctx, LOCALE_ICENTURY, n >= 4 ? u"1" : u"0");
    }
    if (ld) add(ctx, LOCALE_ILDATE, order(ld));
    if (!tf || wcs_len(tf) >= 128) return;
    separator(tf, buf);
    add(ctx, LOCALE_STIME, buf);
    BOOL h24 = find_run(tf, 'H', &n) >= 0;
    if (!h24) find_run(tf, 'h', &n);
    add(ctx, LOCALE_ITIME, h24 ? u"1" : u"0");
    add(ctx, LOCALE_ITLZERO, n >= 2 ? u"1" : u"0");
    /* the short time is the time without its seconds and their separator:
     * the one before them ("HH:mm:ss"), or the unit after them when
     * nothing follows it ("HH時mm分ss秒") */
    if ((pos = find_run(tf, 's', &n)) >= 0) {
        int start = pos, end = pos + n;
        while (tf[end] && !is_pic(tf[end])) end++;
        if (tf[end] || end == pos + n) {
            end = pos + n;
            while (start > 0 && !is_pic(tf[start - 1])) start--;
        }
        memcpy(buf, tf, start * sizeof(WCHAR));
        wcs_cpy(buf + start, tf + end);
        add(ctx, LOCALE_SSHORTTIME, buf);
    }
}
