/*
 * Locale identifiers and GetLocaleInfo: LCID <-> name, the user/system
 * defaults (from the Unix locale variables, else en-US), the thread
 * locale, and GetLocaleInfoW/A/Ex over locale_data.h: en-US and the
 * locales of locale_table.c.
 */
#include <stdlib.h>
#include <string.h>
#include "kernel32_private.h"
#include "locale_data.h"
#include "nls_private.h"
#include "winnls.h"
#include "winrun/unicode.h"

const struct locale_def *locale_find_lcid(LCID lcid)
{
    const struct locale_entry *e;
    if (lcid == locale_en_us.lcid) return &locale_en_us;
    for (unsigned int i = 0; (e = locale_table_entry(i)); i++)
        if (e->lcid == lcid) return locale_table_def(i);
    return NULL;
}

const struct locale_def *locale_find_name(const WCHAR *name)
{
    const struct locale_entry *e;
    if (!wcs_icmp(locale_en_us.name, name)) return &locale_en_us;
    for (unsigned int i = 0; (e = locale_table_entry(i)); i++)
        if (!wcs_icmp(e->name, name)) return locale_table_def(i);
    return NULL;
}

LCID locale_name_to_lcid(const WCHAR *name)
{
    const struct locale_def *loc = locale_find_name(name);
    return loc ? loc->lcid : 0;
}

/* The locale a Unix category names, looked up in glibc's order (LC_ALL,
 * the category's variable, LANG): "de_DE.UTF-8@euro" -> de-DE, a bare
 * "de" -> the language's first table row; C, POSIX and unknown -> en-US. */
static const struct locale_def *locale_from_env(const char *category)
{
    const struct locale_entry *e;
    const char *env;
    size_t len;

    if (!(env = getenv("LC_ALL")) || !*env)
        if (!(env = getenv(category)) || !*env) env = getenv("LANG");
    if (!env) return &locale_en_us;
    len = strcspn(env, ".@");
    if (len == 5 && !strncmp(env, "en_US", 5)) return &locale_en_us;
    for (unsigned int i = 0; (e = locale_table_entry(i)); i++)
        if (strlen(e->unix_name) == len && !strncmp(env, e->unix_name, len)) return locale_table_def(i);
    for (unsigned int i = 0; len == 2 && (e = locale_table_entry(i)); i++)
        if (!strncmp(env, e->unix_name, 2)) return locale_table_def(i);
    return &locale_en_us;
}

/* Each default is chosen once and is constant for the life of the process
 * (Windows needs a logoff to change it too). NULL (out of memory) -> en-US. */
static const struct locale_def *cached_default(const struct locale_def **cache, const char *category)
{
    const struct locale_def *loc = __atomic_load_n(cache, __ATOMIC_ACQUIRE);
    if (loc) return loc;
    if (!(loc = locale_from_env(category))) loc = &locale_en_us;
    __atomic_store_n(cache, loc, __ATOMIC_RELEASE);
    return loc;
}

/* The user locale is Windows' "formats" setting: dates and numbers, which
 * LC_TIME (and LC_NUMERIC) govern on Unix. */
const struct locale_def *locale_user_default(void)
{
    static const struct locale_def *user;
    return cached_default(&user, "LC_TIME");
}

/* The system locale chooses the character set, as LC_CTYPE does. */
static const struct locale_def *locale_system_default(void)
{
    static const struct locale_def *sys;
    return cached_default(&sys, "LC_CTYPE");
}

/* The UI language is that of messages. */
static const struct locale_def *locale_ui_default(void)
{
    static const struct locale_def *ui;
    return cached_default(&ui, "LC_MESSAGES");
}

const struct locale_def *locale_resolve(LCID lcid)
{
    const struct locale_def *loc;
    switch (lcid) {
    case LOCALE_SYSTEM_DEFAULT:
        return locale_system_default();
    case LOCALE_NEUTRAL:
    case LOCALE_USER_DEFAULT:
    case LOCALE_CUSTOM_DEFAULT:
    case LOCALE_CUSTOM_UNSPECIFIED:
    case LOCALE_CUSTOM_UI_DEFAULT:
        return locale_user_default();
    }
    if (lcid >> 16) return NULL;    /* alternate sorts are not carried */
    if ((loc = locale_find_lcid(lcid))) return loc;
    /* a neutral language id (LANG_ENGLISH) means its default locale */
    if (!SUBLANGID(lcid)) return locale_find_lcid(MAKELANGID(PRIMARYLANGID(lcid), SUBLANG_DEFAULT));
    return NULL;
}

const WCHAR *locale_value(const struct locale_def *loc, LCTYPE type)
{
    for (unsigned int i = 0; i < loc->count; i++)
        if (loc->values[i].type == type) return loc->values[i].value;
    return NULL;
}

WINBASEAPI LCID WINAPI GetUserDefaultLCID(void) { return locale_user_default()->lcid; }
WINBASEAPI LCID WINAPI GetSystemDefaultLCID(void) { return locale_system_default()->lcid; }
WINBASEAPI LANGID WINAPI GetUserDefaultLangID(void) { return LANGIDFROMLCID(GetUserDefaultLCID()); }
WINBASEAPI LANGID WINAPI GetSystemDefaultLangID(void) { return LANGIDFROMLCID(GetSystemDefaultLCID()); }
WINBASEAPI LANGID WINAPI GetUserDefaultUILanguage(void) { return LANGIDFROMLCID(locale_ui_default()->lcid); }
WINBASEAPI LANGID WINAPI GetSystemDefaultUILanguage(void) { return GetUserDefaultUILanguage(); }

WINBASEAPI LCID WINAPI GetThreadLocale(void)
{
    LCID lcid = NtCurrentTeb()->CurrentLocale;
    return lcid ? lcid : GetUserDefaultLCID();
}

WINBASEAPI BOOL WINAPI SetThreadLocale(LCID lcid)
{
    const struct locale_def *loc = locale_resolve(lcid);
    if (!loc) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return FALSE;
    }
    NtCurrentTeb()->CurrentLocale = loc->lcid;
    return TRUE;
}

static int copy_name(const WCHAR *name, WCHAR *buf, int len)
{
    int n = (int)wcs_len(name) + 1;
    if (!len) return n;
    if (n > len) {
        SetLastError(ERROR_INSUFFICIENT_BUFFER);
        return 0;
    }
    wcs_cpy(buf, name);
    return n;
}

WINBASEAPI INT WINAPI GetUserDefaultLocaleName(LPWSTR buf, INT len)
{
    if (!buf || len < 0) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return 0;
    }
    return copy_name(locale_user_default()->name, buf, len);
}

WINBASEAPI INT WINAPI GetSystemDefaultLocaleName(LPWSTR buf, INT len)
{
    if (!buf || len < 0) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return 0;
    }
    return copy_name(locale_system_default()->name, buf, len);
}

WINBASEAPI INT WINAPI LCIDToLocaleName(LCID lcid, LPWSTR buf, INT len, DWORD flags)
{
    const struct locale_def *loc = locale_resolve(lcid);
    (void)flags;
    if (!loc || len < 0 || (len && !buf)) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return 0;
    }
    return copy_name(loc->name, buf, len);
}

WINBASEAPI LCID WINAPI LocaleNameToLCID(LPCWSTR name, DWORD flags)
{
    const struct locale_def *loc;
    (void)flags;
    if (!name) return GetUserDefaultLCID();
    if (!*name) return LOCALE_INVARIANT;
    if (!(loc = locale_find_name(name))) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return 0;
    }
    return loc->lcid;
}

WINBASEAPI BOOL WINAPI IsValidLocale(LCID lcid, DWORD flags)
{
    (void)flags;
    return locale_find_lcid(lcid) != NULL;
}

WINBASEAPI BOOL WINAPI IsValidLocaleName(LPCWSTR name)
{
    return name && locale_find_name(name) != NULL;
}

WINBASEAPI BOOL WINAPI EnumSystemLocalesW(LOCALE_ENUMPROCW proc, DWORD flags)
{
    WCHAR buf[9];
    (void)flags;
    if (!proc) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return FALSE;
    }
    for (unsigned int i = 0; i <= locale_table_count(); i++) {
        static const char hex[] = "0123456789abcdef";
        LCID lcid = i ? locale_table_entry(i - 1)->lcid : locale_en_us.lcid;
        for (int k = 0; k < 8; k++) buf[k] = hex[(lcid >> (28 - 4 * k)) & 0xf];
        buf[8] = 0;
        if (!proc(buf)) break;
    }
    return TRUE;
}

/* LOCALE_RETURN_NUMBER: the I* values as a DWORD; the language ids are hex. */
static int return_number(LCTYPE type, const WCHAR *value, WCHAR *buf, int len)
{
    DWORD n = 0;
    int base = (type == LOCALE_ILANGUAGE || type == LOCALE_IDEFAULTLANGUAGE) ? 16 : 10;

    for (const WCHAR *p = value; *p; p++) {
        unsigned int d = *p <= '9' ? *p - '0' : (*p | 0x20) - 'a' + 10;
        if (d >= (unsigned int)base) {
            SetLastError(ERROR_INVALID_FLAGS);
            return 0;
        }
        n = n * base + d;
    }
    if (!len) return sizeof(DWORD) / sizeof(WCHAR);
    if (len < (int)(sizeof(DWORD) / sizeof(WCHAR))) {
        SetLastError(ERROR_INSUFFICIENT_BUFFER);
        return 0;
    }
    memcpy(buf, &n, sizeof(n));
    return sizeof(DWORD) / sizeof(WCHAR);
}

static int get_locale_info(const struct locale_def *loc, LCTYPE lctype, WCHAR *buf, int len)
{
    LCTYPE type = lctype & ~(LOCALE_NOUSEROVERRIDE | LOCALE_USE_CP_ACP | LOCALE_RETURN_NUMBER);
    const WCHAR *value;

    if (len < 0 || (len && !buf)) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return 0;
    }
    if (!(value = locale_value(loc, type))) {
        SetLastError(ERROR_INVALID_FLAGS);
        return 0;
    }
    if (lctype & LOCALE_RETURN_NUMBER) return return_number(type, value, buf, len);
    return copy_name(value, buf, len);
}

WINBASEAPI INT WINAPI GetLocaleInfoW(LCID lcid, LCTYPE lctype, LPWSTR buf, INT len)
{
    const struct locale_def *loc = locale_resolve(lcid);
    if (!loc) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return 0;
    }
    return get_locale_info(loc, lctype, buf, len);
}

WINBASEAPI INT WINAPI GetLocaleInfoEx(LPCWSTR name, LCTYPE lctype, LPWSTR buf, INT len)
{
    const struct locale_def *loc = name ? locale_find_name(name) : locale_user_default();
    if (!loc) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return 0;
    }
    return get_locale_info(loc, lctype, buf, len);
}

WINBASEAPI INT WINAPI GetLocaleInfoA(LCID lcid, LCTYPE lctype, LPSTR buf, INT len)
{
    WCHAR w[128];
    int n;

    if (len < 0 || (len && !buf)) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return 0;
    }
    if (lctype & LOCALE_RETURN_NUMBER) {
        /* the DWORD is returned in bytes here */
        if (!(n = GetLocaleInfoW(lcid, lctype, w, 2))) return 0;
        if (!len) return sizeof(DWORD);
        if (len < (int)sizeof(DWORD)) {
            SetLastError(ERROR_INSUFFICIENT_BUFFER);
            return 0;
        }
        memcpy(buf, w, sizeof(DWORD));
        return sizeof(DWORD);
    }
    if (!GetLocaleInfoW(lcid, lctype, w, sizeof(w) / sizeof(w[0]))) return 0;
    n = WideCharToMultiByte(CP_ACP, 0, w, -1, NULL, 0, NULL, NULL);
    if (!len) return n;
    if (n > len) {
        SetLastError(ERROR_INSUFFICIENT_BUFFER);
        return 0;
    }
    return WideCharToMultiByte(CP_ACP, 0, w, -1, buf, len, NULL, NULL);
}
