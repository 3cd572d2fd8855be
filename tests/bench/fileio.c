/* fileio: WriteFile or ReadFile throughput in 64 KiB blocks, over a file
 * of 32 MiB (in the page cache) in the directory given:
 *     fileio.exe write|read DIR
 * write: the file is written from the start, again and again, until the
 * time is up; read: it is written once, then read from the start again
 * and again. Prints MB/s (10^6 bytes). */
#include "bench.h"

#define BLOCK (64 * 1024)
#define FILE_BLOCKS 512

/* page-aligned in both programs: the kernel's copy is faster from a
 * 64-byte-aligned buffer (6-7% here), and the linkers place .bss
 * differently (mingw's put it at 32 bytes), which is not what this
 * row measures */
static char block[BLOCK] __attribute__((aligned(4096)));
static HANDLE file;
static int writing;

static void batch(long n)
{
    long i;
    DWORD done;
    for (i = 0; i < n; i++) {
        if (i % FILE_BLOCKS == 0) SetFilePointer(file, 0, NULL, FILE_BEGIN);
        if (writing ? !WriteFile(file, block, BLOCK, &done, NULL) : !ReadFile(file, block, BLOCK, &done, NULL))
            bench_na("%s failed (%lu)", writing ? "WriteFile" : "ReadFile", GetLastError());
        if (done != BLOCK) bench_na("short transfer: %lu bytes", done);
    }
}

int main(int argc, char **argv)
{
    const char *mode = bench_arg(argc, argv, 0);
    char dir[MAX_PATH], path[MAX_PATH];
    DWORD done;
    double ns;
    int i;

    if (!mode || !bench_arg(argc, argv, 1)) bench_na("usage: fileio.exe write|read DIR");
    writing = !strcmp(mode, "write");
    bench_dos_path(bench_arg(argc, argv, 1), dir, sizeof(dir));
    snprintf(path, sizeof(path), "%s\\fileio.dat", dir);
    memset(block, 'x', sizeof(block));
    file = CreateFileA(path, GENERIC_READ | GENERIC_WRITE, 0, NULL, OPEN_ALWAYS, 0, NULL);
    if (file == INVALID_HANDLE_VALUE) bench_na("CreateFile(%s) failed (%lu)", path, GetLastError());
    for (i = 0; i < FILE_BLOCKS; i++)
        if (!WriteFile(file, block, BLOCK, &done, NULL)) bench_na("WriteFile failed (%lu)", GetLastError());
    ns = bench_batches(batch, 64, bench_target_ms(argc, argv));
    CloseHandle(file);
    bench_result(writing ? "write" : "read", BLOCK / ns * 1e3, "MB/s");
    return 0;
}
