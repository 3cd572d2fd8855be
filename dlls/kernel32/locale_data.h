/*
 * Locale data for the locales winrun knows. Values are Windows 10's
 * (not CLDR's where they differ). en-US is carried whole; the other
 * locales of locale_table.c carry their identity and a minimum of
 * conventions, and take the rest from the glibc locale of the same name
 * when it is installed (locale_build.c), else from en-US.
 */
#ifndef WINRUN_KERNEL32_LOCALE_DATA_H
#define WINRUN_KERNEL32_LOCALE_DATA_H

#include <stddef.h>
#include "windef.h"
#include "winbase.h"
#include "winerror.h"

struct locale_value { LCTYPE type; const WCHAR *value; };

struct locale_def {
    LCID lcid;
    const WCHAR *name;
    const char *unix_prefix;            /* LANG prefix that selects it */
    const struct locale_value *values;  /* sorted by nothing; ~100 entries */
    unsigned int count;
};

const struct locale_def *locale_find_lcid(LCID lcid);
const struct locale_def *locale_find_name(const WCHAR *name);
/* the locale itself for LOCALE_USER_DEFAULT and friends resolved */
const struct locale_def *locale_resolve(LCID lcid);
const struct locale_def *locale_user_default(void);
const WCHAR *locale_value(const struct locale_def *loc, LCTYPE type);

extern const struct locale_def locale_en_us;

/* One row of locale_table.c: what the locale is even without glibc's data */
struct locale_entry {
    LCID lcid;
    const WCHAR *name;              /* "de-DE" */
    const char *unix_name;          /* "de_DE" */
    unsigned short acp, oemcp, maccp, country_code;
    BYTE first_day;                 /* LOCALE_IFIRSTDAYOFWEEK: 0 = Monday */
    BYTE metric;
    const WCHAR *decimal, *thousand, *list;
    const WCHAR *language, *country;        /* English names */
    const WCHAR *abbrev_lang, *abbrev_ctry, *iso639_2, *iso3166_3;
    const WCHAR *currency, *intl_symbol, *currency_name, *long_date;
};

unsigned int locale_table_count(void);
const struct locale_entry *locale_table_entry(unsigned int i);
/* the entry's full data, built on first use and kept (locale_table.c) */
const struct locale_def *locale_table_def(unsigned int i);
/* table minimum, then glibc, then en-US (locale_build.c); NULL if out of memory */
const struct locale_def *locale_build(const struct locale_entry *e);
void locale_free(const struct locale_def *def);
/* strftime format -> Windows picture ("%d.%m.%Y" -> "dd.MM.yyyy");
 * FALSE if it uses a conversion pictures cannot express (locale_picture.c) */
BOOL locale_picture_of(const char *fmt, WCHAR *out, size_t size);
/* the separators, orders and leading-zero flags Windows derives from a
 * locale's pictures, handed to ADD for the values DEF does not have yet */
void locale_derive_pictures(const struct locale_def *def, void (*add)(void *, LCTYPE, const WCHAR *), void *ctx);

/* The formatters' output: a caller's buffer of LEN characters (0 = only
 * measure), filled as far as it goes while POS counts what is needed. */
struct nls_out { WCHAR *buf; int len, pos; };

static inline void nls_put(struct nls_out *o, WCHAR c)
{
    if (o->len && o->pos < o->len) o->buf[o->pos] = c;
    o->pos++;
}

static inline void nls_put_str(struct nls_out *o, const WCHAR *s)
{
    while (*s) nls_put(o, *s++);
}

/* The NUL, then Windows' convention: the length with the NUL, or 0 and
 * ERROR_INSUFFICIENT_BUFFER when it did not fit. */
static inline int nls_finish(struct nls_out *o)
{
    nls_put(o, 0);
    if (o->len && o->pos > o->len) {
        SetLastError(ERROR_INSUFFICIENT_BUFFER);
        return 0;
    }
    return o->pos;
}

#endif
