/*
 * Builds a table locale's data (locale_table.c) in three layers, the first
 * to give a value winning: the table's identity and conventions, then the
 * glibc locale of the same name if installed (names of days and months,
 * separators, currency, date/time pictures converted from strftime), then
 * en-US for whatever is still missing, so that every LCTYPE en-US answers
 * is answered for every known locale.
 */
#define _GNU_SOURCE
#include <langinfo.h>
#include <limits.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "locale_data.h"
#include "winnls.h"
#include "winrun/unicode.h"

#define MAX_VALUES 160
#define POOL_SIZE 8192

struct built {
    struct locale_def def;      /* first, so a locale_def pointer is the block */
    struct locale_value values[MAX_VALUES];
    unsigned int used;
    WCHAR pool[POOL_SIZE];
};

static void add(struct built *b, LCTYPE type, const WCHAR *value)
{
    size_t n;
    if (!value || b->def.count >= MAX_VALUES || locale_value(&b->def, type)) return;
    if (b->used + (n = wcs_len(value) + 1) > POOL_SIZE) return;
    wcs_cpy(b->pool + b->used, value);
    b->values[b->def.count].type = type;
    b->values[b->def.count++].value = b->pool + b->used;
    b->used += n;
}

static void add_ascii(struct built *b, LCTYPE type, const char *s)
{
    WCHAR w[64];
    size_t i;
    for (i = 0; s[i] && i < 63; i++) w[i] = (unsigned char)s[i];
    w[i] = 0;
    add(b, type, w);
}

static void add_num(struct built *b, LCTYPE type, const char *fmt, unsigned int n)
{
    char s[16];
    snprintf(s, sizeof(s), fmt, n);
    add_ascii(b, type, s);
}

/* glibc's strings are UTF-8 (the .UTF-8 locale is loaded). Newer glibc
 * separates thousands with U+202F where Windows 10 uses U+00A0, which the
 * ANSI code pages can also carry. */
static void add_utf8(struct built *b, LCTYPE type, const char *s)
{
    WCHAR w[128];
    if (!s || utf8_to_utf16(s, -1, w, 128) < 0) return;
    for (WCHAR *p = w; *p; p++)
        if (*p == 0x202f) *p = 0xa0;
    add(b, type, w);
}

/* glibc's grouping bytes ("\3\3", CHAR_MAX = stop) as Windows' "3;0",
 * where a trailing 0 means "repeat the last group" */
static void add_grouping(struct built *b, LCTYPE type, const char *g)
{
    char s[32];
    size_t o = 0;
    int repeat = 1;

    for (; *g && o < sizeof(s) - 4; g++) {
        if (*g == CHAR_MAX || *g < 0) {
            repeat = 0;
            break;
        }
        if (g[1] == g[0] && !g[2]) continue;     /* "\3\3" is "3" repeated */
        o += snprintf(s + o, sizeof(s) - o, "%s%d", o ? ";" : "", *g);
    }
    if (!o) {
        add_ascii(b, type, "0");
        return;
    }
    if (repeat) snprintf(s + o, sizeof(s) - o, ";0");
    add_ascii(b, type, s);
}

/* Windows' negative currency order (LOCALE_INEGCURR) from POSIX's symbol
 * position, space and sign position: [precedes][space][sign_posn] */
static int neg_currency(int precedes, int space, int posn)
{
    static const BYTE order[2][2][5] = {
        { { 4, 5, 7, 6, 7 }, { 15, 8, 10, 13, 10 } },
        { { 0, 1, 3, 1, 2 }, { 14, 9, 11, 9, 12 } },
    };
    if (precedes < 0 || precedes > 1 || space < 0 || posn < 0 || posn > 4) return -1;
    return order[precedes][space ? 1 : 0][posn];
}

static void add_picture(struct built *b, LCTYPE type, const char *fmt)
{
    WCHAR w[128];
    if (fmt && *fmt && locale_picture_of(fmt, w, 128)) add(b, type, w);
}

static const char *item(locale_t l, nl_item it) { return nl_langinfo_l(it, l); }
static int item_num(locale_t l, nl_item it) { return (signed char)nl_langinfo_l(it, l)[0]; }

static void add_glibc(struct built *b, const char *unix_name)
{
    char name[32];
    locale_t l;
    int n;

    snprintf(name, sizeof(name), "%s.UTF-8", unix_name);
    if (!(l = newlocale(LC_ALL_MASK, name, (locale_t)0))) return;
    /* Windows counts days from Monday, glibc from Sunday */
    for (int i = 0; i < 7; i++) {
        add_utf8(b, LOCALE_SDAYNAME1 + i, item(l, DAY_1 + (i + 1) % 7));
        add_utf8(b, LOCALE_SABBREVDAYNAME1 + i, item(l, ABDAY_1 + (i + 1) % 7));
    }
    /* the nominative forms ("январь", not "января") are Windows' month names */
    for (int i = 0; i < 12; i++) {
        add_utf8(b, LOCALE_SMONTHNAME1 + i, item(l, ALTMON_1 + i));
        add_utf8(b, LOCALE_SABBREVMONTHNAME1 + i, item(l, _NL_ABALTMON_1 + i));
    }
    add_utf8(b, LOCALE_SNATIVELANGNAME, item(l, _NL_ADDRESS_LANG_NAME));
    add_utf8(b, LOCALE_SNATIVECTRYNAME, item(l, _NL_ADDRESS_COUNTRY_NAME));
    add_utf8(b, LOCALE_SDECIMAL, item(l, RADIXCHAR));
    add_utf8(b, LOCALE_STHOUSAND, item(l, THOUSEP));
    add_grouping(b, LOCALE_SGROUPING, item(l, GROUPING));
    add_utf8(b, LOCALE_SMONDECIMALSEP, item(l, MON_DECIMAL_POINT));
    add_utf8(b, LOCALE_SMONTHOUSANDSEP, item(l, MON_THOUSANDS_SEP));
    add_grouping(b, LOCALE_SMONGROUPING, item(l, MON_GROUPING));
    add_utf8(b, LOCALE_SPOSITIVESIGN, item(l, POSITIVE_SIGN));
    add_utf8(b, LOCALE_SNEGATIVESIGN, item(l, NEGATIVE_SIGN));
    if ((n = item_num(l, FRAC_DIGITS)) >= 0 && n < 10) add_num(b, LOCALE_ICURRDIGITS, "%u", n);
    if ((n = item_num(l, INT_FRAC_DIGITS)) >= 0 && n < 10) add_num(b, LOCALE_IINTLCURRDIGITS, "%u", n);
    if ((n = item_num(l, P_CS_PRECEDES)) >= 0 && n <= 1)
        add_num(b, LOCALE_ICURRENCY, "%u", (n ? 0 : 1) + (item_num(l, P_SEP_BY_SPACE) > 0 ? 2 : 0));
    if ((n = neg_currency(item_num(l, N_CS_PRECEDES), item_num(l, N_SEP_BY_SPACE), item_num(l, N_SIGN_POSN))) >= 0)
        add_num(b, LOCALE_INEGCURR, "%u", n);
    add_picture(b, LOCALE_SSHORTDATE, item(l, D_FMT));
    add_picture(b, LOCALE_STIMEFORMAT, item(l, T_FMT));
    add_utf8(b, LOCALE_S1159, item(l, AM_STR));
    add_utf8(b, LOCALE_S2359, item(l, PM_STR));
    freelocale(l);
}

static void add_table(struct built *b, const struct locale_entry *e)
{
    WCHAR w[96];
    size_t n;

    add_num(b, LOCALE_ILANGUAGE, "%04x", LANGIDFROMLCID(e->lcid));
    add_num(b, LOCALE_IDEFAULTLANGUAGE, "%04x", LANGIDFROMLCID(e->lcid));
    add(b, LOCALE_SNAME, e->name);
    /* the display names are in the UI language, which is English here */
    wcs_cpy(w, e->language);
    n = wcs_len(w);
    w[n++] = ' ';
    w[n++] = '(';
    wcs_cpy(w + n, e->country);
    n += wcs_len(e->country);
    w[n++] = ')';
    w[n] = 0;
    add(b, LOCALE_SLANGUAGE, w);
    add(b, LOCALE_SENGLISHLANGUAGENAME, e->language);
    add(b, LOCALE_SCOUNTRY, e->country);
    add(b, LOCALE_SENGLISHCOUNTRYNAME, e->country);
    add(b, LOCALE_SABBREVLANGNAME, e->abbrev_lang);
    add(b, LOCALE_SABBREVCTRYNAME, e->abbrev_ctry);
    add_num(b, LOCALE_ICOUNTRY, "%u", e->country_code);
    add_num(b, LOCALE_IDEFAULTCOUNTRY, "%u", e->country_code);
    add_num(b, LOCALE_IDEFAULTANSICODEPAGE, "%u", e->acp);
    add_num(b, LOCALE_IDEFAULTCODEPAGE, "%u", e->oemcp);
    add_num(b, LOCALE_IDEFAULTMACCODEPAGE, "%u", e->maccp);
    /* "de-DE" -> "de" and "DE" */
    wcs_cpy(w, e->name);
    *wcs_chr(w, '-') = 0;
    add(b, LOCALE_SISO639LANGNAME, w);
    add(b, LOCALE_SISO3166CTRYNAME, wcs_chr(e->name, '-') + 1);
    add(b, LOCALE_SISO639LANGNAME2, e->iso639_2);
    add(b, LOCALE_SISO3166CTRYNAME2, e->iso3166_3);
    add(b, LOCALE_SCURRENCY, e->currency);
    add(b, LOCALE_SINTLSYMBOL, e->intl_symbol);
    add(b, LOCALE_SENGCURRNAME, e->currency_name);
    add(b, LOCALE_SLONGDATE, e->long_date);
    add_num(b, LOCALE_IFIRSTDAYOFWEEK, "%u", e->first_day);
    add(b, LOCALE_IMEASURE, e->metric ? u"0" : u"1");
    add(b, LOCALE_IPAPERSIZE, e->metric ? u"9" : u"1");   /* A4 : letter */
}

/* Conventions the table gives as a minimum, after glibc's (which agree
 * with them where both exist), and the values derived from the pictures. */
static void add_minimum(struct built *b, const struct locale_entry *e)
{
    add(b, LOCALE_SDECIMAL, e->decimal);
    add(b, LOCALE_STHOUSAND, e->thousand);
    add(b, LOCALE_SMONDECIMALSEP, e->decimal);
    add(b, LOCALE_SMONTHOUSANDSEP, e->thousand);
    add(b, LOCALE_SLIST, e->list);
    add(b, LOCALE_SNATIVELANGNAME, e->language);
    add(b, LOCALE_SNATIVECTRYNAME, e->country);
    add(b, LOCALE_SNATIVECURRNAME, e->currency_name);
}

static void add_cb(void *ctx, LCTYPE type, const WCHAR *value) { add(ctx, type, value); }

const struct locale_def *locale_build(const struct locale_entry *e)
{
    struct built *b = calloc(1, sizeof(*b));

    if (!b) return NULL;
    b->def.lcid = e->lcid;
    b->def.name = e->name;
    b->def.unix_prefix = e->unix_name;
    b->def.values = b->values;
    add_table(b, e);
    add_glibc(b, e->unix_name);
    add_minimum(b, e);
    locale_derive_pictures(&b->def, add_cb, b);
    for (unsigned int i = 0; i < locale_en_us.count; i++)
        add(b, locale_en_us.values[i].type, locale_en_us.values[i].value);
    return &b->def;
}

void locale_free(const struct locale_def *def)
{
    free((void *)def);
}
