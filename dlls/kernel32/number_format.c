/*
 * GetNumberFormatW / GetCurrencyFormatW: a decimal string ("-1234.567")
 * rounded half away from zero to NumDigits, grouped, and signed in the
 * locale's negative order (or the caller's NUMBERFMTW/CURRENCYFMTW).
 */
#include <string.h>
#include "kernel32_private.h"
#include "locale_data.h"
#include "winnls.h"
#include "winrun/unicode.h"

struct number {
    BOOL negative;
    char digits[128];     /* integer part then fraction, rounded */
    int int_len, frac_len;
};

/* Parses [-]digits[.digits] and rounds to FRAC digits; FALSE if malformed. */
static BOOL parse_number(const WCHAR *s, UINT frac, struct number *n)
{
    char raw[128];
    int len = 0, int_len = -1;

    memset(n, 0, sizeof(*n));
    if (*s == '-') n->negative = TRUE, s++;
    if (!*s || frac > 9) return FALSE;
    for (; *s; s++) {
        if (*s == '.' && int_len < 0) { int_len = len; continue; }
        if (*s < '0' || *s > '9' || len >= 100) return FALSE;
        raw[len++] = (char)*s;
    }
    if (int_len < 0) int_len = len;
    if (int_len == len && len && s[-1] == '.') return FALSE;
    while (len < int_len + (int)frac + 1) raw[len++] = '0';
    /* round at the first dropped digit */
    len = int_len + frac;
    memcpy(n->digits + 1, raw, len);
    n->digits[0] = '0';
    if (raw[len] >= '5')
        for (int i = len; i >= 0; i--) {
            if (n->digits[i] == '9') n->digits[i] = '0';
            else { n->digits[i]++; break; }
        }
    n->int_len = int_len + 1;
    n->frac_len = frac;
    /* drop leading zeros of the integer part, keep one */
    while (n->int_len > 1 && n->digits[0] == '0') {
        memmove(n->digits, n->digits + 1, n->int_len + frac - 1);
        n->int_len--;
    }
    return TRUE;
}

/* Grouping 3 = "3;0" (groups of 3), 32 = "3;2;0" (Indian), 0 = none. */
static void put_digits(struct nls_out *o, const struct number *n, UINT lzero, UINT grouping, const WCHAR *dec,
                       const WCHAR *thousand)
{
    int first = grouping >= 10 ? (int)(grouping / 10) : (int)grouping, rest = grouping >= 10 ? (int)(grouping % 10) : (int)grouping;
    int ilen = n->int_len;
    BOOL zero_int = ilen == 1 && n->digits[0] == '0';

    if (!zero_int || lzero || !n->frac_len) {
        for (int i = 0; i < ilen; i++) {
            int left = ilen - i;   /* digits from here to the point */
            nls_put(o, n->digits[i]);
            if (left > 1 && first) {
                int after = left - 1;
                if (after == first || (rest && after > first && (after - first) % rest == 0)) nls_put_str(o, thousand);
            }
        }
    }
    if (n->frac_len) {
        nls_put_str(o, dec);
        for (int i = 0; i < n->frac_len; i++) nls_put(o, n->digits[ilen + i]);
    }
}

static UINT grouping_of(const WCHAR *s)   /* "3;0" -> 3, "3;2;0" -> 32 */
{
    UINT g = 0;
    for (; *s; s++) if (*s >= '1' && *s <= '9') g = g * 10 + (*s - '0');
    return g;
}

static UINT number_of(const WCHAR *s)
{
    UINT v = 0;
    for (; *s >= '0' && *s <= '9'; s++) v = v * 10 + (*s - '0');
    return v;
}

WINBASEAPI INT WINAPI GetNumberFormatW(LCID lcid, DWORD flags, LPCWSTR value, const NUMBERFMTW *fmt, LPWSTR buf,
                                       INT len)
{
    const struct locale_def *loc = locale_resolve(lcid);
    struct nls_out o = { buf, len, 0 };
    struct number n;
    NUMBERFMTW f;

    if (!loc || !value || len < 0 || (len && !buf)) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return 0;
    }
    if (fmt && (flags & LOCALE_NOUSEROVERRIDE)) {
        SetLastError(ERROR_INVALID_FLAGS);
        return 0;
    }
    if (fmt) f = *fmt;
    else {
        f.NumDigits = number_of(locale_value(loc, LOCALE_IDIGITS));
        f.LeadingZero = number_of(locale_value(loc, LOCALE_ILZERO));
        f.Grouping = grouping_of(locale_value(loc, LOCALE_SGROUPING));
        f.lpDecimalSep = (LPWSTR)locale_value(loc, LOCALE_SDECIMAL);
        f.lpThousandSep = (LPWSTR)locale_value(loc, LOCALE_STHOUSAND);
        f.NegativeOrder = number_of(locale_value(loc, LOCALE_INEGNUMBER));
    }
    if (!f.lpDecimalSep || !f.lpThousandSep || f.NegativeOrder > 4 || !parse_number(value, f.NumDigits, &n)) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return 0;
    }
    if (n.negative) {
        static const WCHAR *const pre[] = { u"(", u"-", u"- ", u"", u"" }, *const post[] = { u")", u"", u"", u"-", u" -" };
        nls_put_str(&o, pre[f.NegativeOrder]);
        put_digits(&o, &n, f.LeadingZero, f.Grouping, f.lpDecimalSep, f.lpThousandSep);
        nls_put_str(&o, post[f.NegativeOrder]);
    } else put_digits(&o, &n, f.LeadingZero, f.Grouping, f.lpDecimalSep, f.lpThousandSep);
    return nls_finish(&o);
}

/* Windows' 16 negative and 4 positive currency layouts: '$' = symbol,
 * '#' = number, '-' = sign. */
static const char *const negative_layouts[] = {
    "($#)", "-$#", "$-#", "$#-", "(#$)", "-#$", "#-$", "#$-",
    "-# $", "-$ #", "# $-", "$ #-", "$ -#", "#- $", "($ #)", "(# $)",
};
static const char *const positive_layouts[] = { "$#", "#$", "$ #", "# $" };

WINBASEAPI INT WINAPI GetCurrencyFormatW(LCID lcid, DWORD flags, LPCWSTR value, const CURRENCYFMTW *fmt,
                                         LPWSTR buf, INT len)
{
    const struct locale_def *loc = locale_resolve(lcid);
    struct nls_out o = { buf, len, 0 };
    struct number n;
    CURRENCYFMTW f;
    const char *layout;

    if (!loc || !value || len < 0 || (len && !buf)) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return 0;
    }
    if (fmt && (flags & LOCALE_NOUSEROVERRIDE)) {
        SetLastError(ERROR_INVALID_FLAGS);
        return 0;
    }
    if (fmt) f = *fmt;
    else {
        f.NumDigits = number_of(locale_value(loc, LOCALE_ICURRDIGITS));
        f.LeadingZero = number_of(locale_value(loc, LOCALE_ILZERO));
        f.Grouping = grouping_of(locale_value(loc, LOCALE_SMONGROUPING));
        f.lpDecimalSep = (LPWSTR)locale_value(loc, LOCALE_SMONDECIMALSEP);
        f.lpThousandSep = (LPWSTR)locale_value(loc, LOCALE_SMONTHOUSANDSEP);
        f.NegativeOrder = number_of(locale_value(loc, LOCALE_INEGCURR));
        f.PositiveOrder = number_of(locale_value(loc, LOCALE_ICURRENCY));
        f.lpCurrencySymbol = (LPWSTR)locale_value(loc, LOCALE_SCURRENCY);
    }
    if (!f.lpDecimalSep || !f.lpThousandSep || !f.lpCurrencySymbol || f.NegativeOrder > 15 || f.PositiveOrder > 3 ||
        !parse_number(value, f.NumDigits, &n)) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return 0;
    }
    layout = n.negative ? negative_layouts[f.NegativeOrder] : positive_layouts[f.PositiveOrder];
    for (; *layout; layout++) {
        if (*layout == '$') nls_put_str(&o, f.lpCurrencySymbol);
        else if (*layout == '#') put_digits(&o, &n, f.LeadingZero, f.Grouping, f.lpDecimalSep, f.lpThousandSep);
        else nls_put(&o, *layout);
    }
    return nls_finish(&o);
}
