/*
 * CommandLineToArgvW: the shell's rules, which are the C runtime's of
 * before 2008 and differ from today's in two places:
 *  - the program name (argv[0]) ends at the first space or tab, or if it
 *    starts with a quote at the next quote; backslashes in it are never
 *    escapes, and what follows a closing quote starts the next argument;
 *  - elsewhere 2n backslashes + quote give n backslashes and a quote that
 *    toggles quoting, 2n+1 give n and a literal quote; of consecutive
 *    quotes, every third one is literal, and a run that leaves "two
 *    quotes open" ends the quoting ("a""b c" is a"b and c).
 * The result is one LocalAlloc block: pointers, then the strings.
 */
#include <string.h>
#include "winbase.h"
#include "winerror.h"
#include "winrun/unicode.h"

static BOOL is_blank(WCHAR c) { return c == ' ' || c == '\t'; }

/* Splits CMD into OUT (may be NULL to count); returns argc, and the
 * characters written (NULs included) in *CHARS. */
static int split(const WCHAR *cmd, WCHAR **argv, WCHAR *out, size_t *chars)
{
    const WCHAR *p = cmd;
    size_t n = 0, backslashes = 0;
    int argc = 0, quotes = 0;

#define EMIT(c) do { if (out) out[n] = (c); n++; } while (0)
    if (argv) argv[argc] = out + n;
    if (*p == '"') {
        for (p++; *p && *p != '"'; p++) EMIT(*p);
        if (*p == '"') p++;
    } else {
        for (; *p && !is_blank(*p); p++) EMIT(*p);
    }
    EMIT(0);
    argc++;

    while (is_blank(*p)) p++;
    if (!*p) goto done;
    if (argv) argv[argc] = out + n;
    while (*p) {
        if (is_blank(*p) && !quotes) {
            EMIT(0);
            argc++;
            while (is_blank(*p)) p++;
            if (!*p) goto done;                  /* trailing blanks start nothing */
            if (argv) argv[argc] = out + n;
            backslashes = 0;
        } else if (*p == '\\') {
            EMIT('\\');
            backslashes++;
            p++;
        } else if (*p == '"') {
            n -= backslashes / 2;                 /* half of them were escapes */
            if (backslashes % 2) {
                n--;
                EMIT('"');
            } else {
                quotes++;
            }
            backslashes = 0;
            for (p++; *p == '"'; p++) {
                if (++quotes == 3) {
                    EMIT('"');
                    quotes = 0;
                }
            }
            if (quotes == 2) quotes = 0;
        } else {
            EMIT(*p);
            backslashes = 0;
            p++;
        }
    }
    EMIT(0);
    argc++;
done:
#undef EMIT
    *chars = n;
    return argc;
}

WINBASEAPI LPWSTR *WINAPI CommandLineToArgvW(LPCWSTR cmd, int *numargs)
{
    WCHAR exe[MAX_PATH + 1];
    WCHAR **argv;
    size_t chars;
    int argc;

    if (!numargs || !cmd) {
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
