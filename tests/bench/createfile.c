/* createfile: CreateFile + CloseHandle of an existing file, opened by a
 * name whose case differs from the file's ("bENCHfILE.dAT" for
 * BenchFile.dat), in the directory given as the argument. */
#include "bench.h"

static char path[MAX_PATH];

static void batch(long n)
{
    long i;
    for (i = 0; i < n; i++) {
        HANDLE h = CreateFileA(path, GENERIC_READ, FILE_SHARE_READ, NULL, OPEN_EXISTING, 0, NULL);
        if (h == INVALID_HANDLE_VALUE) bench_na("CreateFile(%s) failed (%lu)", path, GetLastError());
        CloseHandle(h);
    }
}

int main(int argc, char **argv)
{
    char dir[MAX_PATH], exact[MAX_PATH];
    HANDLE h;

    if (!bench_arg(argc, argv, 0)) bench_na("usage: createfile.exe DIR");
    bench_dos_path(bench_arg(argc, argv, 0), dir, sizeof(dir));
    snprintf(exact, sizeof(exact), "%s\\BenchFile.dat", dir);
    h = CreateFileA(exact, GENERIC_WRITE, 0, NULL, CREATE_ALWAYS, 0, NULL);
    if (h == INVALID_HANDLE_VALUE) bench_na("CreateFile(%s) failed (%lu)", exact, GetLastError());
    CloseHandle(h);
    snprintf(path, sizeof(path), "%s\\bENCHfILE.dAT", dir);
    bench_result("createfile", bench_batches(batch, 100, bench_target_ms(argc, argv)), "ns/op");
    return 0;
}
