/*
 * The CRT's environment: _environ and _wenviron, copies of the process
 * environment made at attach (without the "=C:=C:\dir" entries), which
 * getenv reads and _putenv changes together with the process environment
 * (SetEnvironmentVariableW), as the Windows CRT does.  A change made with
 * SetEnvironmentVariable directly is not seen by getenv, as on Windows.
 *
 * Both tables are NULL-terminated arrays of malloc'ed "NAME=value"
 * strings, kept in the same order; names compare case-insensitively.
 * Every change takes the CRT's environment lock.  O(number of variables)
 * per lookup, like the CRT.
 */
#include <stdlib.h>
#include <string.h>
#include "crt_private.h"

#define ENV_LOCK 7   /* _ENV_LOCK of the CRT's numbered locks */

void CDECL MSVCRT__lock(int n);
void CDECL MSVCRT__unlock(int n);

extern char **MSVCRT__environ, **MSVCRT___initenv;
extern WCHAR **MSVCRT__wenviron, **MSVCRT___winitenv;

static char *to_narrow(const WCHAR *s)
{
    int n = WideCharToMultiByte(CP_ACP, 0, s, -1, NULL, 0, NULL, NULL);
    char *ret = n > 0 ? malloc(n) : NULL;
    if (ret) WideCharToMultiByte(CP_ACP, 0, s, -1, ret, n, NULL, NULL);
    return ret;
}

static WCHAR *to_wide(const char *s)
{
    int n = MultiByteToWideChar(CP_ACP, 0, s, -1, NULL, 0);
    WCHAR *ret = n > 0 ? malloc(n * sizeof(WCHAR)) : NULL;
    if (ret) MultiByteToWideChar(CP_ACP, 0, s, -1, ret, n);
    return ret;
}

void environ_init(void)
{
    WCHAR *block = GetEnvironmentStringsW(), *p;
    int count = 0, i = 0;

    if (!block) return;
    for (p = block; *p; p += wcs_len(p) + 1) if (*p != '=') count++;
    MSVCRT__wenviron = malloc((count + 1) * sizeof(WCHAR *));
    MSVCRT__environ = malloc((count + 1) * sizeof(char *));
    if (!MSVCRT__wenviron || !MSVCRT__environ) return;
    for (p = block; *p; p += wcs_len(p) + 1) {
        if (*p == '=') continue;
        MSVCRT__wenviron[i] = wcs_dup(p);
        MSVCRT__environ[i] = to_narrow(p);
        if (MSVCRT__wenviron[i] && MSVCRT__environ[i]) i++;
        else {
            free(MSVCRT__wenviron[i]);
            free(MSVCRT__environ[i]);
        }
    }
    MSVCRT__wenviron[i] = NULL;
    MSVCRT__environ[i] = NULL;
    FreeEnvironmentStringsW(block);
    /* the initial tables stay what the program's main() was given */
    MSVCRT___initenv = MSVCRT__environ;
    MSVCRT___winitenv = MSVCRT__wenviron;
}

/* ---- lookup ---- */

static int narrow_index(const char *name, size_t len)
{
    char **env = MSVCRT__environ;
    for (int i = 0; env && env[i]; i++)
        if (!MSVCRT__strnicmp(env[i], name, len) && env[i][len] == '=') return i;
    return -1;
}

static int wide_index(const WCHAR *name, size_t len)
{
    WCHAR **env = MSVCRT__wenviron;
    for (int i = 0; env && env[i]; i++)
        if (!wcs_nicmp(env[i], name, len) && env[i][len] == '=') return i;
    return -1;
}

char *CDECL MSVCRT_getenv(const char *name)
{
    char *ret = NULL;
    int i;
    if (!name) {
        crt_invalid_parameter();
        crt_set_errno(CRT_EINVAL);
        return NULL;
    }
    MSVCRT__lock(ENV_LOCK);
    if ((i = narrow_index(name, strlen(name))) >= 0) ret = MSVCRT__environ[i] + strlen(name) + 1;
    MSVCRT__unlock(ENV_LOCK);
    return ret;
}

WCHAR *CDECL MSVCRT__wgetenv(const WCHAR *name)
{
    WCHAR *ret = NULL;
    int i;
    if (!name) {
        crt_invalid_parameter();
        crt_set_errno(CRT_EINVAL);
        return NULL;
    }
    MSVCRT__lock(ENV_LOCK);
    if ((i = wide_index(name, wcs_len(name))) >= 0) ret = MSVCRT__wenviron[i] + wcs_len(name) + 1;
    MSVCRT__unlock(ENV_LOCK);
    return ret;
}

/* getenv_s: *needed gets the size with the terminator (0 when missing) */
int CDECL MSVCRT_getenv_s(size_t *needed, char *buffer, size_t size, const char *name)
{
    const char *value;
    size_t len;

    if (!needed || !name || (!buffer && size)) {
        crt_invalid_parameter();
        return CRT_EINVAL;
    }
    if (buffer && size) *buffer = 0;
    if (!(value = MSVCRT_getenv(name))) {
        *needed = 0;
        return 0;
    }
    len = strlen(value) + 1;
    *needed = len;
    if (!size) return 0;
    if (len > size) return CRT_ERANGE;
    memcpy(buffer, value, len);
    return 0;
}

int CDECL MSVCRT__wgetenv_s(size_t *needed, WCHAR *buffer, size_t size, const WCHAR *name)
{
    const WCHAR *value;
    size_t len;

    if (!needed || !name || (!buffer && size)) {
        crt_invalid_parameter();
        return CRT_EINVAL;
    }
    if (buffer && size) *buffer = 0;
    if (!(value = MSVCRT__wgetenv(name))) {
        *needed = 0;
        return 0;
    }
    len = wcs_len(value) + 1;
    *needed = len;
    if (!size) return 0;
    if (len > size) return CRT_ERANGE;
    memcpy(buffer, value, len * sizeof(WCHAR));
    return 0;
}

/* _dupenv_s: a copy the caller frees with free() */
int CDECL MSVCRT__dupenv_s(char **buffer, size_t *size, const char *name)
{
    const char *value;
    size_t len;

    if (!buffer || !name) {
        crt_invalid_parameter();
        return CRT_EINVAL;
    }
    *buffer = NULL;
    if (size) *size = 0;
    if (!(value = MSVCRT_getenv(name))) return 0;
    len = strlen(value) + 1;
    if (!(*buffer = MSVCRT_malloc(len))) return CRT_ENOMEM;
    memcpy(*buffer, value, len);
    if (size) *size = len;
    return 0;
}

int CDECL MSVCRT__wdupenv_s(WCHAR **buffer, size_t *size, const WCHAR *name)
{
    const WCHAR *value;
    size_t len;

    if (!buffer || !name) {
        crt_invalid_parameter();
        return CRT_EINVAL;
    }
    *buffer = NULL;
    if (size) *size = 0;
    if (!(value = MSVCRT__wgetenv(name))) return 0;
    len = wcs_len(value) + 1;
    if (!(*buffer = MSVCRT_malloc(len * sizeof(WCHAR)))) return CRT_ENOMEM;
    memcpy(*buffer, value, len * sizeof(WCHAR));
    if (size) *size = len;
    return 0;
}

/* ---- changes ---- */

static size_t entry_size(const void *entry, int wide)
{
    return wide ? (wcs_len(entry) + 1) * sizeof(WCHAR) : strlen(entry) + 1;
}

/* Puts entry (malloc'ed "NAME=value", taken over) in place of index, or
   removes index when entry is NULL, or appends.  The table main() was
   given (__initenv) stays as it was: the first change works on a copy, as
   the CRT's does. */
static int table_set(void ***table, void **initial, int wide, int index, void *entry)
{
    void **env = *table;
    int count = 0;

    while (env && env[count]) count++;
    if (env && env == initial) {
        void **copy = malloc((count + 1) * sizeof(void *));
        if (!copy) goto fail;
        for (int i = 0; i < count; i++) {
            size_t size = entry_size(env[i], wide);
            if (!(copy[i] = malloc(size))) {
                while (i--) free(copy[i]);
                free(copy);
                goto fail;
            }
            memcpy(copy[i], env[i], size);
        }
        copy[count] = NULL;
        *table = env = copy;
    }
    if (index >= 0) {
        free(env[index]);
        if (entry) env[index] = entry;
        else memmove(env + index, env + index + 1, (count - index) * sizeof(void *));
        return 0;
    }
    if (!entry) return 0;
    if (!(env = realloc(env, (count + 2) * sizeof(void *)))) goto fail;
    env[count] = entry;
    env[count + 1] = NULL;
    *table = env;
    return 0;
fail:
    free(entry);
    return -1;
}

/* The one path of every change: name and value (NULL or "" removes) in
   UTF-16, the process environment first, then both CRT tables. */
static int set_variable(const WCHAR *name, const WCHAR *value)
{
    size_t name_len = wcs_len(name), value_len;
    WCHAR *wentry;
    char *entry = NULL;
    int ret = 0;

    if (!name_len || wcs_chr(name, '=')) {
        crt_set_errno(CRT_EINVAL);
        return -1;
    }
    if (value && !*value) value = NULL;
    /* deleting a variable that is not there is no error for the CRT */
    if (!SetEnvironmentVariableW(name, value) && value) {
        crt_set_errno(CRT_ENOMEM);
        return -1;
    }
    value_len = value ? wcs_len(value) : 0;
    if (value) {
        if (!(wentry = malloc((name_len + value_len + 2) * sizeof(WCHAR)))) {
            crt_set_errno(CRT_ENOMEM);
            return -1;
        }
        memcpy(wentry, name, name_len * sizeof(WCHAR));
        wentry[name_len] = '=';
        memcpy(wentry + name_len + 1, value, (value_len + 1) * sizeof(WCHAR));
        if (!(entry = to_narrow(wentry))) {
            free(wentry);
            crt_set_errno(CRT_ENOMEM);
            return -1;
        }
    } else wentry = NULL;

    MSVCRT__lock(ENV_LOCK);
    {
        /* look the narrow table up by the narrow name: both stay in step */
        char *narrow_name = to_narrow(name);
        int windex = wide_index(name, name_len);
        int nindex = narrow_name ? narrow_index(narrow_name, strlen(narrow_name)) : -1;
        free(narrow_name);
        int failed = table_set((void ***)&MSVCRT__wenviron, (void **)MSVCRT___winitenv, 1, windex, wentry);
        failed |= table_set((void ***)&MSVCRT__environ, (void **)MSVCRT___initenv, 0, nindex, entry);
        if (failed) {
            crt_set_errno(CRT_ENOMEM);
            ret = -1;
        }
    }
    MSVCRT__unlock(ENV_LOCK);
    return ret;
}

/* "NAME=value" sets, "NAME=" removes, no '=' or an empty name is EINVAL */
int CDECL MSVCRT__wputenv(const WCHAR *option)
{
    const WCHAR *eq;
    WCHAR *name;
    int ret;

    if (!option) {
        crt_invalid_parameter();
        crt_set_errno(CRT_EINVAL);
        return -1;
    }
    if (!(eq = wcs_chr(option, '=')) || eq == option) {
        crt_set_errno(CRT_EINVAL);
        return -1;
    }
    if (!(name = malloc((eq - option + 1) * sizeof(WCHAR)))) {
        crt_set_errno(CRT_ENOMEM);
        return -1;
    }
    memcpy(name, option, (eq - option) * sizeof(WCHAR));
    name[eq - option] = 0;
    ret = set_variable(name, eq + 1);
    free(name);
    return ret;
}

int CDECL MSVCRT__putenv(const char *option)
{
    WCHAR *woption;
    int ret;

    if (!option) {
        crt_invalid_parameter();
        crt_set_errno(CRT_EINVAL);
        return -1;
    }
    if (!(woption = to_wide(option))) {
        crt_set_errno(CRT_ENOMEM);
        return -1;
    }
    ret = MSVCRT__wputenv(woption);
    free(woption);
    return ret;
}

int CDECL MSVCRT__wputenv_s(const WCHAR *name, const WCHAR *value)
{
    if (!name || !value) {
        crt_invalid_parameter();
        crt_set_errno(CRT_EINVAL);
        return CRT_EINVAL;
    }
    return set_variable(name, value) ? *MSVCRT__errno() : 0;
}

int CDECL MSVCRT__putenv_s(const char *name, const char *value)
{
    WCHAR *wname, *wvalue;
    int ret;

    if (!name || !value) {
        crt_invalid_parameter();
        crt_set_errno(CRT_EINVAL);
        return CRT_EINVAL;
    }
    wname = to_wide(name);
    wvalue = to_wide(value);
    ret = wname && wvalue ? MSVCRT__wputenv_s(wname, wvalue) : CRT_ENOMEM;
    free(wname);
    free(wvalue);
    return ret;
}
