/*
 * The CRT's diagnostics to stderr: perror, _wperror, _assert, _wassert.
 * They write with _write(2, ...) as the CRT does, so they bypass stdio
 * buffering.  _assert always takes the console path ("Assertion failed:
 * EXPR, file F, line N" on stderr, then abort(), exit code 3); Windows
 * shows a message box instead for GUI programs, which winrun does not.
 */
#include <stdlib.h>
#include <string.h>
#include "crt_private.h"

char *CDECL MSVCRT_strerror(int err);   /* errno.c */

static void write_str(const char *s)
{
    MSVCRT__write(2, s, (unsigned int)strlen(s));
}

/* a wide string in the ANSI code page, malloc'ed ("" when out of memory) */
static char *narrow(const WCHAR *s)
{
    int n = WideCharToMultiByte(CP_ACP, 0, s, -1, NULL, 0, NULL, NULL);
    char *ret = n > 0 ? malloc(n) : NULL;
    if (ret) WideCharToMultiByte(CP_ACP, 0, s, -1, ret, n, NULL, NULL);
    return ret;
}

void CDECL MSVCRT_perror(const char *prefix)
{
    if (prefix && *prefix) {
        write_str(prefix);
        write_str(": ");
    }
    write_str(MSVCRT_strerror(*MSVCRT__errno()));
    write_str("\n");
}

void CDECL MSVCRT__wperror(const WCHAR *prefix)
{
    int err = *MSVCRT__errno();     /* the conversion must not change it */
    if (prefix && *prefix) {
        char *s = narrow(prefix);
        if (s) write_str(s);
        free(s);
        write_str(": ");
    }
    write_str(MSVCRT_strerror(err));
    write_str("\n");
}

static void assert_failed(const char *expr, const char *file, unsigned int line)
{
    char num[16];
    int n = sizeof(num) - 1;
    num[n] = 0;
    do num[--n] = (char)('0' + line % 10); while ((line /= 10) && n > 0);
    write_str("Assertion failed: ");
    write_str(expr ? expr : "");
    write_str(", file ");
    write_str(file ? file : "");
    write_str(", line ");
    write_str(num + n);
    write_str("\n");
    MSVCRT_abort();
}

void CDECL MSVCRT__assert(const char *expr, const char *file, unsigned int line)
{
    assert_failed(expr, file, line);
}

void CDECL MSVCRT__wassert(const WCHAR *expr, const WCHAR *file, unsigned int line)
{
    char *e = expr ? narrow(expr) : NULL, *f = file ? narrow(file) : NULL;
    assert_failed(e, f, line);
}
