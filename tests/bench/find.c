/* find: FindFirstFile/FindNextFile over the directory given (run.sh fills
 * it with 10000 files); one op is one entry returned. */
#include "bench.h"

static char pattern[MAX_PATH];
static long entries;

static void batch(long n)
{
    WIN32_FIND_DATAA data;
    long i;
    for (i = 0; i < n; i++) {
        HANDLE find = FindFirstFileA(pattern, &data);
        if (find == INVALID_HANDLE_VALUE) bench_na("FindFirstFile(%s) failed (%lu)", pattern, GetLastError());
        do entries++; while (FindNextFileA(find, &data));
        FindClose(find);
    }
}

int main(int argc, char **argv)
{
    char dir[MAX_PATH];
    double t0;
    long runs = 1;

    if (!bench_arg(argc, argv, 0)) bench_na("usage: find.exe DIR");
    bench_dos_path(bench_arg(argc, argv, 0), dir, sizeof(dir));
    snprintf(pattern, sizeof(pattern), "%s\\*", dir);
    batch(1);    /* warm: the first listing fills the caches, here and natively */
    for (;;) {
        entries = 0;
        t0 = bench_now_ns();
        batch(runs);
        if (bench_now_ns() - t0 >= bench_target_ms(argc, argv) * 1e6) break;
        runs *= 2;
    }
    bench_result("find", (bench_now_ns() - t0) / entries, "ns/op");
    return 0;
}
