/* fileio: write or read throughput in 64 KiB blocks, as ../fileio.c. */
#include "bench_native.h"
#include <fcntl.h>
#include <unistd.h>

#define BLOCK (64 * 1024)
#define FILE_BLOCKS 512

/* page-aligned in both programs: the kernel's copy is faster from a
 * 64-byte-aligned buffer (6-7% here), and the linkers place .bss
 * differently (mingw's put it at 32 bytes), which is not what this
 * row measures */
static char block[BLOCK] __attribute__((aligned(4096)));
static int fd, writing;

static void batch(long n)
{
    for (long i = 0; i < n; i++) {
        if (i % FILE_BLOCKS == 0) lseek(fd, 0, SEEK_SET);
        if ((writing ? write(fd, block, BLOCK) : read(fd, block, BLOCK)) != BLOCK) { perror("fileio"); exit(1); }
    }
}

int main(int argc, char **argv)
{
    const char *mode = bench_arg(argc, argv, 0), *dir = bench_arg(argc, argv, 1);
    char path[4096];
    if (!mode || !dir) return 1;
    writing = !strcmp(mode, "write");
    snprintf(path, sizeof(path), "%s/fileio.dat", dir);
    memset(block, 'x', sizeof(block));
    if ((fd = open(path, O_RDWR | O_CREAT, 0644)) < 0) { perror(path); return 1; }
    for (int i = 0; i < FILE_BLOCKS; i++)
        if (write(fd, block, BLOCK) != BLOCK) { perror(path); return 1; }
    double ns = bench_batches(batch, 64, bench_target_ms(argc, argv));
    close(fd);
    bench_result(writing ? "write" : "read", BLOCK / ns * 1e3, "MB/s");
    return 0;
}
