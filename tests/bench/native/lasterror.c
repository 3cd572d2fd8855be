/* lasterror: two plain out-of-line calls (set and get of a thread's
 * value), the baseline of SetLastError + GetLastError. */
#include "bench_native.h"

static __thread unsigned int last_error;
static volatile unsigned int sink;

__attribute__((noinline)) void set_last(unsigned int e) { last_error = e; __asm__ volatile(""); }
__attribute__((noinline)) unsigned int get_last(void) { __asm__ volatile(""); return last_error; }

static void batch(long n)
{
    for (long i = 0; i < n; i++) {
        set_last((unsigned int)i);
        sink = get_last();
    }
}

int main(int argc, char **argv)
{
    bench_result("lasterror", bench_batches(batch, 1000, bench_target_ms(argc, argv)), "ns/op");
    return 0;
}
