/*
 * Locale data for the locales winrun knows. Values are Windows 10's
 * (not CLDR's where they differ). Only en-US is carried so far: a locale
 * without data is not reported as valid rather than answered with
 * another locale's conventions.
 */
#ifndef WINRUN_KERNEL32_LOCALE_DATA_H
#define WINRUN_KERNEL32_LOCALE_DATA_H

#include "windef.h"

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

#endif
