/* lasterror: one SetLastError + GetLastError pair per op (the native
 * side makes two plain calls to out-of-line functions). */
#include "bench.h"

static volatile DWORD sink;

static void batch(long n)
{
    long i;
    for (i = 0; i < n; i++) {
        SetLastError((DWORD)i);
        sink = GetLastError();
    }
}

int main(int argc, char **argv)
{
    bench_result("lasterror", bench_batches(batch, 1000, bench_target_ms(argc, argv)), "ns/op");
    return 0;
}
