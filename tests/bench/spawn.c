/* spawn: CreateProcess + wait of the program given (run.sh passes
 * hello.exe); one op is one child from start to exit. */
#include "bench.h"

static char exe[MAX_PATH];

static void batch(long n)
{
    long i;
    for (i = 0; i < n; i++) {
        STARTUPINFOA si;
        PROCESS_INFORMATION pi;
        DWORD code = 1;
        memset(&si, 0, sizeof(si));
        si.cb = sizeof(si);
        if (!CreateProcessA(exe, NULL, NULL, NULL, FALSE, 0, NULL, NULL, &si, &pi))
            bench_na("CreateProcess(%s) failed (%lu)", exe, GetLastError());
        WaitForSingleObject(pi.hProcess, INFINITE);
        GetExitCodeProcess(pi.hProcess, &code);
        CloseHandle(pi.hProcess);
        CloseHandle(pi.hThread);
        if (code) bench_na("the child exited with %lu", code);
    }
}

int main(int argc, char **argv)
{
    if (!bench_arg(argc, argv, 0)) bench_na("usage: spawn.exe PROGRAM");
    bench_dos_path(bench_arg(argc, argv, 0), exe, sizeof(exe));
    bench_result("spawn", bench_batches(batch, 1, bench_target_ms(argc, argv)), "ns/op");
    return 0;
}
