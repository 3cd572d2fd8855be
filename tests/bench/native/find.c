/* find: readdir + stat of every entry of the directory given (the
 * baseline of FindFirstFile/FindNextFile, which return attributes, sizes
 * and times); one op is one entry. */
#include "bench_native.h"
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>

static const char *dir;
static long entries;

static void batch(long n)
{
    for (long i = 0; i < n; i++) {
        DIR *d = opendir(dir);
        struct dirent *e;
        struct stat st;
        if (!d) { perror(dir); exit(1); }
        while ((e = readdir(d))) {
            fstatat(dirfd(d), e->d_name, &st, 0);
            entries++;
        }
        closedir(d);
    }
}

int main(int argc, char **argv)
{
    long runs = 1;
    double t0;
    if (!(dir = bench_arg(argc, argv, 0))) return 1;
    batch(1);
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
