/*
 * bench.h - the shared part of the Windows benchmark programs (mingw-w64).
 *
 * A benchmark times its own inner loop, so that start-up is not counted,
 * and prints exactly one result line that tests/bench/run.sh reads:
 *
 *     bench NAME VALUE UNIT        UNIT is ns/op or MB/s
 *
 * A benchmark whose API is missing prints "bench-na: REASON" and exits 2:
 * the runner shows the row as n/a instead of a number. One that finds the
 * API broken (a wake-up lost, a wrong result) prints "bench-fail: REASON"
 * and exits 1, and the row shows FAIL with the reason.
 *
 * bench_target_ms() is how long one timed batch should last: the first
 * argument of the form "-tMS" (run.sh passes a shorter one for QUICK=1).
 * bench_batches() doubles the batch size until a batch lasts that long and
 * reports the time per operation of that last batch.
 */
#ifndef WINRUN_BENCH_H
#define WINRUN_BENCH_H

#include <stdarg.h>
#include <windows.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static inline double bench_now_ns(void)
{
    static LARGE_INTEGER freq;
    LARGE_INTEGER now;
    if (!freq.QuadPart) QueryPerformanceFrequency(&freq);
    QueryPerformanceCounter(&now);
    return (double)now.QuadPart * 1e9 / (double)freq.QuadPart;
}

static inline int bench_target_ms(int argc, char **argv)
{
    int i;
    for (i = 1; i < argc; i++)
        if (argv[i][0] == '-' && argv[i][1] == 't') return atoi(argv[i] + 2);
    return 100;
}

/* the first argument that is not an option, or NULL */
static inline const char *bench_arg(int argc, char **argv, int n)
{
    int i;
    for (i = 1; i < argc; i++) {
        if (argv[i][0] == '-' && argv[i][1] == 't') continue;
        if (!n--) return argv[i];
    }
    return NULL;
}

static inline void bench_result(const char *name, double value, const char *unit)
{
    printf("bench %s %.3f %s\n", name, value, unit);
    fflush(stdout);
}

static inline void __attribute__((noreturn)) bench_stop(int code, const char *fmt, va_list args)
{
    printf(code == 2 ? "bench-na: " : "bench-fail: ");
    vprintf(fmt, args);
    printf("\n");
    fflush(stdout);
    ExitProcess(code);
}

/* the API is missing: the row is n/a */
static inline void __attribute__((noreturn)) bench_na(const char *fmt, ...)
{
    va_list args;
    va_start(args, fmt);
    bench_stop(2, fmt, args);
}

/* the API is there but misbehaves: the row is FAIL */
static inline void __attribute__((noreturn)) bench_fail(const char *fmt, ...)
{
    va_list args;
    va_start(args, fmt);
    bench_stop(1, fmt, args);
}

/* Runs batch(n) with n = 1, 2, 4, ... until one call lasts target_ms and
 * returns the nanoseconds per operation of that call. */
static inline double bench_batches(void (*batch)(long n), long start, int target_ms)
{
    long n = start;
    for (;;) {
        double t0 = bench_now_ns(), elapsed;
        batch(n);
        elapsed = bench_now_ns() - t0;
        if (elapsed >= target_ms * 1e6 || n >= 0x08000000L) return elapsed / n;
        n *= elapsed < target_ms * 1e5 ? 8 : 2;
    }
}

/* A Unix path from the runner as a Windows one: "/a/b" -> "Z:\a\b" (Z: is
 * the root under winrun and Wine alike); anything else is left alone. */
static inline void bench_dos_path(const char *unix_path, char *out, size_t size)
{
    size_t i = 0;
    if (unix_path[0] == '/' && size > 2) { out[i++] = 'Z'; out[i++] = ':'; }
    for (; *unix_path && i + 1 < size; unix_path++) out[i++] = *unix_path == '/' ? '\\' : *unix_path;
    out[i] = 0;
}

#endif
