/*
 * bench_native.h - the native (Linux) side of tests/bench: the same result
 * line and the same batch sizing as ../bench.h, over CLOCK_MONOTONIC.
 */
#ifndef WINRUN_BENCH_NATIVE_H
#define WINRUN_BENCH_NATIVE_H

#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static inline double bench_now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e9 + ts.tv_nsec;
}

static inline int bench_target_ms(int argc, char **argv)
{
    for (int i = 1; i < argc; i++)
        if (argv[i][0] == '-' && argv[i][1] == 't') return atoi(argv[i] + 2);
    return 100;
}

static inline const char *bench_arg(int argc, char **argv, int n)
{
    for (int i = 1; i < argc; i++) {
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

#endif
