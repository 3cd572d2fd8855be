/* createfile: open + close of an existing file by its exact name (the
 * baseline of CreateFile + CloseHandle with a mixed-case name). */
#include "bench_native.h"
#include <fcntl.h>
#include <unistd.h>

static char path[4096];

static void batch(long n)
{
    for (long i = 0; i < n; i++) {
        int fd = open(path, O_RDONLY);
        if (fd < 0) { perror(path); exit(1); }
        close(fd);
    }
}

int main(int argc, char **argv)
{
    const char *dir = bench_arg(argc, argv, 0);
    if (!dir) return 1;
    snprintf(path, sizeof(path), "%s/BenchFile.dat", dir);
    int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd < 0) { perror(path); return 1; }
    close(fd);
    bench_result("createfile", bench_batches(batch, 100, bench_target_ms(argc, argv)), "ns/op");
    return 0;
}
