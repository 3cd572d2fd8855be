/*
 * CommandLineToArgvW: the shell's rules, which differ from the C
 * runtime's in one place: the program name (argv[0]) ends at the first
 * space unless quoted, and backslashes in it are never escapes.
 * Elsewhere 2n backslashes + quote give n backslashes and toggle quoting,
 * 2n+1 give n and a literal quote; "" inside quotes is a literal quote.
 * The result is one LocalAlloc block: pointers, then the strings.
 */
#include <string.h>
#include "winbase.h"
#include "winerror.h"
#include "winrun/unicode.h"


/* Splits CMD into OUT (may be NULL to count); returns argc, and the
 * characters written (NULs included) in *CHARS. */
static int split(const WCHAR *cmd, WCHAR **argv, WCHAR *out, size_t *chars)
{
    const WCHAR *p = cmd;
    size_t n = 0;
    int argc = 0;

    /* argv[0] */
    if (argv) argv[argc] = out + n;
    if (*p == '"') {
        for (p++; *p && *p != '"'; p++) { if (out) out[n] = *p; n++; }
        if (*p == '"') p++;
    } else {
        for (; *p && *p != ' ' && *p != '\t'; p++) { if (out) out[n] = *p; n++; }
    }
    if (out) out[n] = 0;
    n++;
    argc++;

    for (;;) {
        int quoted = 0;
        while (*p == ' ' || *p == '\t') p++;
        if (!*p) break;
        if (argv) argv[argc] = out + n;
        while (*p && (quoted || (*p != ' ' && *p != '\t'))) {
            if (*p == '\\') {
                size_t bs = 0;
                while (*p == '\\') bs++, p++;
                if (*p == '"') {
                    for (size_t i = 0; i < bs / 2; i++) { if (out) out[n] = '\\'; n++; }
                    if (bs % 2) { if (out) out[n] = '"'; n++; p++; }
                } else {
                    for (size_t i = 0; i < bs; i++) { if (out) out[n] = '\\'; n++; }
                }
            } else if (*p == '"') {
                p++;
                if (quoted && *p == '"') { if (out) out[n] = '"'; n++; p++; }   /* "" inside quotes */
                else quoted = !quoted;
            } else {
                if (out) out[n] = *p;
                n++, p++;
            }
        }
        if (out) out[n] = 0;
        n++;
        argc++;
    }
    *chars = n;
    return argc;
}

WINBASEAPI LPWSTR *WINAPI CommandLineToArgvW(LPCWSTR cmd, int *numargs)
{
    WCHAR exe[MAX_PATH + 1];
    WCHAR **argv;
    size_t chars;
    int argc;

    if (!numargs) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return NULL;
    }
    if (!*cmd) {
        /* an empty line gives the program's own path */
        DWORD len = GetModuleFileNameW(NULL, exe, MAX_PATH);
        if (!(argv = LocalAlloc(0, 2 * sizeof(WCHAR *) + (len + 1) * sizeof(WCHAR)))) return NULL;
        argv[0] = (WCHAR *)(argv + 2);
        memcpy(argv[0], exe, (len + 1) * sizeof(WCHAR));
        argv[1] = NULL;
        *numargs = 1;
        return argv;
    }
    argc = split(cmd, NULL, NULL, &chars);
    if (!(argv = LocalAlloc(0, (argc + 1) * sizeof(WCHAR *) + chars * sizeof(WCHAR)))) return NULL;
    split(cmd, argv, (WCHAR *)(argv + argc + 1), &chars);
    argv[argc] = NULL;
    *numargs = argc;
    return argv;
}
