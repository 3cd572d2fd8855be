/* test.h - minimal Wine-test-like checking for the Win32 test programs.
 *
 * Usage: "poison, call, check":
 *     SetLastError(0xdeadbeef);
 *     r = Foo();
 *     ok(r == 0 && GetLastError() == ERROR_X, "Foo: got %d, err %lu", r, GetLastError());
 *     ...
 *     return test_done();
 *
 * Every ok() prints exactly one line to stdout,
 *     ok <file>:<line> <message>      or      FAIL <file>:<line> <message>
 * and test_done() prints "done <N> checks, <F> failed" and returns 0 if
 * nothing failed, else 1.  tests/programs/run.sh counts these lines.
 * trace() prints "# ..." lines that the runner shows but does not count.
 * ok()'s message arguments are evaluated in no fixed order relative to the
 * condition, so make a call with output parameters before ok() when the
 * message prints those outputs.
 *
 * Each line goes out in one write and is flushed at once, so a crash
 * later still leaves the lines printed so far.  Only msvcrt-era printf
 * formats may be used (%d %u %x %s %p %lu %I64d; no %zu, %lld): the
 * programs are built with -D__USE_MINGW_ANSI_STDIO=0 so printf is the
 * DLL's own, and the format attribute makes gcc -Wall check that.
 */
#ifndef WINRUN_TEST_H
#define WINRUN_TEST_H

#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <windows.h>

static int test_checks, test_failures;

/* gcc checks formats against msvcrt's printf with ms_printf; clang for the
 * MSVC ABI (the *_msvc programs) has no ms_printf, and its printf already
 * follows the target's CRT */
#ifdef _MSC_VER
#define TEST_FORMAT(fmt, args) format(printf, fmt, args)
#else
#define TEST_FORMAT(fmt, args) format(ms_printf, fmt, args)
#endif

/* Print one line in a single fputs so that it cannot be interleaved. */
static void test_vline(const char *prefix, const char *file, int line,
                       const char *fmt, va_list ap)
{
    char buf[1024];
    const char *base = file, *p;
    size_t n;
    int r;

    for (p = file; *p; p++)            /* __FILE__ may carry a directory */
        if (*p == '/' || *p == '\\')
            base = p + 1;
    if (file[0])
        r = _snprintf(buf, sizeof(buf), "%s %s:%d ", prefix, base, line);
    else
        r = _snprintf(buf, sizeof(buf), "%s ", prefix);
    n = (r < 0) ? 0 : (size_t)r;
    if (n < sizeof(buf) - 2) {
        r = _vsnprintf(buf + n, sizeof(buf) - 2 - n, fmt, ap);
        /* old _vsnprintf returns -1 and does not terminate on overflow */
        n = (r < 0) ? sizeof(buf) - 2 : n + (size_t)r;
    } else {
        n = sizeof(buf) - 2;
    }
    buf[n++] = '\n';
    buf[n] = 0;
    fputs(buf, stdout);
    fflush(stdout);
}

static void __attribute__((TEST_FORMAT(4, 5), unused))
test_ok(const char *file, int line, int cond, const char *fmt, ...)
{
    va_list ap;

    test_checks++;
    if (!cond)
        test_failures++;
    va_start(ap, fmt);
    test_vline(cond ? "ok" : "FAIL", file, line, fmt, ap);
    va_end(ap);
}

static void __attribute__((TEST_FORMAT(3, 4), unused))
test_trace(const char *file, int line, const char *fmt, ...)
{
    va_list ap;

    va_start(ap, fmt);
    test_vline("#", file, line, fmt, ap);
    va_end(ap);
}

#define ok(cond, ...)  test_ok(__FILE__, __LINE__, (cond) ? 1 : 0, __VA_ARGS__)
#define trace(...)     test_trace(__FILE__, __LINE__, __VA_ARGS__)

static __attribute__((unused)) int test_done(void)
{
    printf("done %d checks, %d failed\n", test_checks, test_failures);
    fflush(stdout);
    return test_failures ? 1 : 0;
}

/* A printable form of a UTF-16 string for messages (like Wine's
 * wine_dbgstr_w): non-ASCII becomes \x{hhhh}.  Uses a small ring of
 * buffers so that several can appear in one ok(). */
static __attribute__((unused)) const char *dbgstr_w(const WCHAR *s)
{
    static char ring[4][256];
    static int next;
    char *buf = ring[next++ & 3], *o = buf, *end = buf + sizeof(ring[0]) - 12;

    if (!s)
        return "(null)";
    *o++ = '"';
    for (; *s && o < end; s++) {
        if (*s >= 0x20 && *s < 0x7f)
            *o++ = (char)*s;
        else
            o += sprintf(o, "\\x{%04x}", (unsigned)*s);
    }
    *o++ = '"';
    *o = 0;
    return buf;
}

#endif
