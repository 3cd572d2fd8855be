/* critsec: EnterCriticalSection + LeaveCriticalSection, uncontended. */
#include "bench.h"

static CRITICAL_SECTION cs;
static volatile long counter;

static void batch(long n)
{
    long i;
    for (i = 0; i < n; i++) {
        EnterCriticalSection(&cs);
        counter++;
        LeaveCriticalSection(&cs);
    }
}

int main(int argc, char **argv)
{
    InitializeCriticalSection(&cs);
    bench_result("critsec", bench_batches(batch, 1000, bench_target_ms(argc, argv)), "ns/op");
    DeleteCriticalSection(&cs);
    return 0;
}
