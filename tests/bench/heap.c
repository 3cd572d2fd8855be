/* heap: HeapAlloc/HeapFree churn on the process heap, mixed sizes. One op
 * is one HeapAlloc or one HeapFree; the slot pattern and sizes (3/4 of 16
 * to 256 bytes, 1/4 up to 4096) are native/heap.c's. */
#include "bench.h"

#define SLOTS 512

static HANDLE heap;
static char *slot[SLOTS];
static unsigned int seed = 1;

static void batch(long n)
{
    long i;
    for (i = 0; i < n; i++) {
        unsigned int r, k;
        seed = seed * 1103515245u + 12345u;
        r = seed >> 8;
        k = r % SLOTS;
        if (slot[k]) {
            HeapFree(heap, 0, slot[k]);
            slot[k] = NULL;
        } else {
            SIZE_T size = (r >> 9) & 3 ? 16 + (r >> 12) % 241 : 16 + (r >> 12) % 4081;
            if (!(slot[k] = HeapAlloc(heap, 0, size))) bench_na("HeapAlloc failed");
            slot[k][0] = (char)i;
        }
    }
}

int main(int argc, char **argv)
{
    heap = GetProcessHeap();
    bench_result("heap", bench_batches(batch, 1000, bench_target_ms(argc, argv)), "ns/op");
    return 0;
}
