/* heap: malloc/free churn with heap.c's pattern (glibc's allocator). */
#include "bench_native.h"

#define SLOTS 512

static char *slot[SLOTS];
static unsigned int seed = 1;

static void batch(long n)
{
    for (long i = 0; i < n; i++) {
        unsigned int r, k;
        seed = seed * 1103515245u + 12345u;
        r = seed >> 8;
        k = r % SLOTS;
        if (slot[k]) {
            free(slot[k]);
            slot[k] = NULL;
        } else {
            size_t size = (r >> 9) & 3 ? 16 + (r >> 12) % 241 : 16 + (r >> 12) % 4081;
            if (!(slot[k] = malloc(size))) abort();
            slot[k][0] = (char)i;
        }
    }
}

int main(int argc, char **argv)
{
    bench_result("heap", bench_batches(batch, 1000, bench_target_ms(argc, argv)), "ns/op");
    return 0;
}
