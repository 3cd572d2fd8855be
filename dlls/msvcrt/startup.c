/*
 * Program start-up: argv as the CRT builds it, the _initterm tables, the
 * UCRT's start-up calls, and the CRT's numbered locks (exit is in exit.c,
 * the environment in environ.c).
 */
#include <stdlib.h>
#include <string.h>
#include "crt_private.h"

typedef void (CDECL *crt_vfunc)(void);
typedef int (CDECL *crt_ifunc)(void);
typedef struct { int newmode; } crt_startupinfo;

/* data exports */
int MSVCRT___argc;
char **MSVCRT___argv;
WCHAR **MSVCRT___wargv;
char **MSVCRT__environ;
WCHAR **MSVCRT__wenviron;
char **MSVCRT___initenv;
WCHAR **MSVCRT___winitenv;
char *MSVCRT__acmdln;
WCHAR *MSVCRT__wcmdln;
int MSVCRT__fmode;
int MSVCRT__commode;
int MSVCRT___app_type;


/* ---- argv ---- */

/* Splits a command line the way the CRT does: whitespace separates;
 * quotes group; 2n backslashes + quote give n backslashes and a quote that
 * toggles grouping, 2n+1 give n backslashes and a literal quote; "" inside
 * quotes is a literal quote. argv[0] takes no backslash escapes.
 * Works on WCHAR; OUT receives the characters, ARGV the pointers (either
 * may be NULL to count). */
static int split_command_line(const WCHAR *p, WCHAR **argv, WCHAR *out, size_t *out_len)
{
    int argc = 0;
    size_t len = 0;

    /* argv[0]: up to the next whitespace outside quotes, quotes removed */
    {
        int quoted = 0;
        if (argv) argv[argc] = out + len;
        for (; *p && (quoted || (*p != ' ' && *p != '\t')); p++) {
            if (*p == '"') quoted = !quoted;
            else { if (out) out[len] = *p; len++; }
        }
        if (out) out[len] = 0;
        len++;
        argc++;
    }
    for (;;) {
        int quoted = 0;
        while (*p == ' ' || *p == '\t') p++;
        if (!*p) break;
        if (argv) argv[argc] = out + len;
        while (*p && (quoted || (*p != ' ' && *p != '\t'))) {
            if (*p == '\\') {
                size_t n = 0;
                while (*p == '\\') n++, p++;
                if (*p == '"') {
                    for (size_t i = 0; i < n / 2; i++) { if (out) out[len] = '\\'; len++; }
                    if (n % 2) { if (out) out[len] = '"'; len++; p++; }
                } else
                    for (size_t i = 0; i < n; i++) { if (out) out[len] = '\\'; len++; }
            } else if (*p == '"') {
                if (quoted && p[1] == '"') { if (out) out[len] = '"'; len++; p += 2; }
                else { quoted = !quoted; p++; }
            } else {
                if (out) out[len] = *p;
                len++;
                p++;
            }
        }
        if (out) out[len] = 0;
        len++;
        argc++;
    }
    if (argv) argv[argc] = NULL;
    *out_len = len;
    return argc;
}

static WCHAR **build_wargv(int *argc)
{
    const WCHAR *cmdline = GetCommandLineW();
    size_t len;
    int n = split_command_line(cmdline, NULL, NULL, &len);
    WCHAR **argv = malloc((n + 1) * sizeof(WCHAR *) + len * sizeof(WCHAR));
    if (!argv) return NULL;
    split_command_line(cmdline, argv, (WCHAR *)(argv + n + 1), &len);
    *argc = n;
    return argv;
}

static char **wargv_to_argv(WCHAR **wargv, int argc)
{
    size_t total = 0;
    char **argv, *p;
    for (int i = 0; i < argc; i++) total += WideCharToMultiByte(CP_ACP, 0, wargv[i], -1, NULL, 0, NULL, NULL);
    if (!(argv = malloc((argc + 1) * sizeof(char *) + total))) return NULL;
    p = (char *)(argv + argc + 1);
    for (int i = 0; i < argc; i++) {
        int n = WideCharToMultiByte(CP_ACP, 0, wargv[i], -1, p, (int)total, NULL, NULL);
        argv[i] = p;
        p += n;
        total -= n;
    }
    argv[argc] = NULL;
    return argv;
}

void startup_init(void)
{
    MSVCRT__acmdln = GetCommandLineA();
    MSVCRT__wcmdln = GetCommandLineW();
    MSVCRT___wargv = build_wargv(&MSVCRT___argc);
    if (MSVCRT___wargv) MSVCRT___argv = wargv_to_argv(MSVCRT___wargv, MSVCRT___argc);
    environ_init();
}

int CDECL MSVCRT___getmainargs(int *argc, char ***argv, char ***envp, int expand_wildcards, crt_startupinfo *si)
{
    (void)expand_wildcards; (void)si;
    *argc = MSVCRT___argc;
    *argv = MSVCRT___argv;
    *envp = MSVCRT__environ;
    return 0;
}

int CDECL MSVCRT___wgetmainargs(int *argc, WCHAR ***argv, WCHAR ***envp, int expand_wildcards, crt_startupinfo *si)
{
    (void)expand_wildcards; (void)si;
    *argc = MSVCRT___argc;
    *argv = MSVCRT___wargv;
    *envp = MSVCRT__wenviron;
    return 0;
}

/* UCRT start-up: argv and environ are built at DLL attach already */
int CDECL MSVCRT__configure_narrow_argv(int mode) { (void)mode; return 0; }
int CDECL MSVCRT__configure_wide_argv(int mode) { (void)mode; return 0; }
int CDECL MSVCRT__initialize_narrow_environment(void) { return 0; }
int CDECL MSVCRT__initialize_wide_environment(void) { return 0; }
char **CDECL MSVCRT__get_initial_narrow_environment(void) { return MSVCRT__environ; }
WCHAR **CDECL MSVCRT__get_initial_wide_environment(void) { return MSVCRT__wenviron; }
int *CDECL MSVCRT___p___argc(void) { return &MSVCRT___argc; }
char ***CDECL MSVCRT___p___argv(void) { return &MSVCRT___argv; }
WCHAR ***CDECL MSVCRT___p___wargv(void) { return &MSVCRT___wargv; }
char ***CDECL MSVCRT___p__environ(void) { return &MSVCRT__environ; }
WCHAR ***CDECL MSVCRT___p__wenviron(void) { return &MSVCRT__wenviron; }
char **CDECL MSVCRT___p__acmdln(void) { return &MSVCRT__acmdln; }
WCHAR **CDECL MSVCRT___p__wcmdln(void) { return &MSVCRT__wcmdln; }
int *CDECL MSVCRT___p__fmode(void) { return &MSVCRT__fmode; }
int *CDECL MSVCRT___p__commode(void) { return &MSVCRT__commode; }
int CDECL MSVCRT__set_fmode(int mode) { MSVCRT__fmode = mode; return 0; }
int CDECL MSVCRT__get_fmode(int *mode) { *mode = MSVCRT__fmode; return 0; }

void CDECL MSVCRT___set_app_type(int type) { MSVCRT___app_type = type; }
void CDECL MSVCRT__set_app_type(int type) { MSVCRT___app_type = type; }
void CDECL MSVCRT___setusermatherr(void *handler) { (void)handler; }
int CDECL MSVCRT__set_new_mode(int mode) { (void)mode; return 0; }
int CDECL MSVCRT___p__commode_dummy(void) { return 0; }

void CDECL MSVCRT__initterm(crt_vfunc *start, crt_vfunc *end)
{
    for (; start < end; start++) if (*start) (*start)();
}

int CDECL MSVCRT__initterm_e(crt_ifunc *start, crt_ifunc *end)
{
    for (; start < end; start++) {
        int ret;
        if (*start && (ret = (*start)())) return ret;
    }
    return 0;
}

/* ---- the CRT's numbered locks ---- */

#define CRT_LOCKS 36
static CRITICAL_SECTION crt_locks[CRT_LOCKS];

void locks_init(void)
{
    for (int i = 0; i < CRT_LOCKS; i++) InitializeCriticalSection(&crt_locks[i]);
}

void CDECL MSVCRT__lock(int n) { if (n >= 0 && n < CRT_LOCKS) EnterCriticalSection(&crt_locks[n]); }
void CDECL MSVCRT__unlock(int n) { if (n >= 0 && n < CRT_LOCKS) LeaveCriticalSection(&crt_locks[n]); }
