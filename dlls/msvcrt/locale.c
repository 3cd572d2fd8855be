/*
 * Locales: the CRT offers the "C" locale only, which is what every program
 * starts in.  setlocale accepts "C" and "" (the user's default, which we
 * take to be "C" as well, so the answer is "C"), refuses other names, and
 * localeconv describes the C locale with the Windows struct lconv layout.
 * Code page queries answer as the C locale does: code page 0 (meaning "no
 * code page", the CRT's byte-is-character rule), one byte a character.
 *
 * _create_locale/_free_locale give out the one C locale; the _l functions
 * that take one therefore behave as their plain forms.
 */
#include <limits.h>
#include <string.h>
#include "crt_private.h"

#define CRT_LC_ALL 0
#define CRT_LC_MAX 5

#define ENABLE_PER_THREAD_LOCALE 1
#define DISABLE_PER_THREAD_LOCALE 2

/* struct lconv of the Windows CRT, 64-bit layout; msvcrt.dll's ends after
 * n_sign_posn, the wide members came with later runtimes and the UCRT. */
struct crt_lconv {
    char *decimal_point;
    char *thousands_sep;
    char *grouping;
    char *int_curr_symbol;
    char *currency_symbol;
    char *mon_decimal_point;
    char *mon_thousands_sep;
    char *mon_grouping;
    char *positive_sign;
    char *negative_sign;
    char int_frac_digits;
    char frac_digits;
    char p_cs_precedes;
    char p_sep_by_space;
    char n_cs_precedes;
    char n_sep_by_space;
    char p_sign_posn;
    char n_sign_posn;
    WCHAR *_W_decimal_point;
    WCHAR *_W_thousands_sep;
    WCHAR *_W_int_curr_symbol;
    WCHAR *_W_currency_symbol;
    WCHAR *_W_mon_decimal_point;
    WCHAR *_W_mon_thousands_sep;
    WCHAR *_W_positive_sign;
    WCHAR *_W_negative_sign;
};

static char c_point[] = ".", c_empty[] = "";
static WCHAR c_wpoint[] = { '.', 0 }, c_wempty[] = { 0 };

static struct crt_lconv c_lconv = {
    c_point, c_empty, c_empty, c_empty, c_empty, c_empty, c_empty, c_empty, c_empty, c_empty,
    CHAR_MAX, CHAR_MAX, CHAR_MAX, CHAR_MAX, CHAR_MAX, CHAR_MAX, CHAR_MAX, CHAR_MAX,
    c_wpoint, c_wempty, c_wempty, c_wempty, c_wempty, c_wempty, c_wempty, c_wempty,
};

/* data exports of msvcrt.dll */
UINT MSVCRT___lc_codepage;
int MSVCRT___mb_cur_max = 1;
int MSVCRT___lc_collate_cp;
LCID MSVCRT___lc_handle[6];

void locale_init(void)
{
    MSVCRT___lc_codepage = 0;
    MSVCRT___mb_cur_max = 1;
}

struct crt_lconv *CDECL MSVCRT_localeconv(void)
{
    return &c_lconv;
}

static int is_c_locale_name(const char *name)
{
    return !strcmp(name, "C") || !*name;
}

char *CDECL MSVCRT_setlocale(int category, const char *locale)
{
    static char c_name[] = "C";

    if (category < CRT_LC_ALL || category > CRT_LC_MAX) {
        crt_invalid_parameter();
        crt_set_errno(CRT_EINVAL);
        return NULL;
    }
    if (!locale || is_c_locale_name(locale)) return c_name;
    return NULL;
}

WCHAR *CDECL MSVCRT__wsetlocale(int category, const WCHAR *locale)
{
    static WCHAR c_name[] = { 'C', 0 };

    if (category < CRT_LC_ALL || category > CRT_LC_MAX) {
        crt_invalid_parameter();
        crt_set_errno(CRT_EINVAL);
        return NULL;
    }
    if (!locale || !*locale || (locale[0] == 'C' && !locale[1])) return c_name;
    return NULL;
}

UINT CDECL MSVCRT____lc_codepage_func(void) { return MSVCRT___lc_codepage; }
int CDECL MSVCRT____mb_cur_max_func(void) { return MSVCRT___mb_cur_max; }
int *CDECL MSVCRT___p___mb_cur_max(void) { return &MSVCRT___mb_cur_max; }
int CDECL MSVCRT____lc_collate_cp_func(void) { return MSVCRT___lc_collate_cp; }
LCID *CDECL MSVCRT____lc_handle_func(void) { return MSVCRT___lc_handle; }

/* 0 asks, 1 and 2 switch, -1 goes back to the process-wide default */
int CDECL MSVCRT__configthreadlocale(int type)
{
    int *per_thread_locale = &crt_thread_data()->per_thread_locale;
    int old = *per_thread_locale ? ENABLE_PER_THREAD_LOCALE : DISABLE_PER_THREAD_LOCALE;

    switch (type) {
    case 0: break;
    case ENABLE_PER_THREAD_LOCALE: *per_thread_locale = 1; break;
    case DISABLE_PER_THREAD_LOCALE: case -1: *per_thread_locale = 0; break;
    default:
        crt_invalid_parameter();
        crt_set_errno(CRT_EINVAL);
        return -1;
    }
    return old;
}

/* ---- locale objects: _locale_t is a pointer to two pointers ---- */

struct crt_locale {
    void *locinfo;
    void *mbcinfo;
};

static struct crt_locale c_locale;

struct crt_locale *CDECL MSVCRT__create_locale(int category, const char *locale)
{
    if (category < CRT_LC_ALL || category > CRT_LC_MAX || !locale) return NULL;
    return is_c_locale_name(locale) ? &c_locale : NULL;
}

struct crt_locale *CDECL MSVCRT__wcreate_locale(int category, const WCHAR *locale)
{
    if (category < CRT_LC_ALL || category > CRT_LC_MAX || !locale) return NULL;
    return !*locale || (locale[0] == 'C' && !locale[1]) ? &c_locale : NULL;
}

struct crt_locale *CDECL MSVCRT__get_current_locale(void)
{
    return &c_locale;
}

void CDECL MSVCRT__free_locale(struct crt_locale *locale)
{
    (void)locale;   /* the one C locale is never freed */
}
