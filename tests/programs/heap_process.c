/* heap_process.c - the process heap: HeapAlloc flags, exact HeapSize,
 * HeapReAlloc keeping content, 16-byte alignment. */
#include "test.h"

int main(void)
{
    HANDLE heap = GetProcessHeap();
    unsigned char *p, *q;
    SIZE_T size;
    int i, zero = 1, kept = 1, aligned = 1, exact = 1;
    void *many[64];

    ok(heap != NULL, "GetProcessHeap %p", heap);
    ok(HeapValidate(heap, 0, NULL), "HeapValidate");

    p = HeapAlloc(heap, HEAP_ZERO_MEMORY, 1000);
    ok(p != NULL, "HeapAlloc(HEAP_ZERO_MEMORY, 1000)");
    for (i = 0; p && i < 1000; i++)
        zero &= p[i] == 0;
    ok(zero, "HEAP_ZERO_MEMORY zeroes");
    size = HeapSize(heap, 0, p);
    ok(size == 1000, "HeapSize is the requested size: %I64u", (ULONG64)size);
    memset(p, 0x5a, 1000);

    q = HeapReAlloc(heap, HEAP_ZERO_MEMORY, p, 5000);
    ok(q != NULL, "HeapReAlloc grow");
    for (i = 0; q && i < 1000; i++)
        kept &= q[i] == 0x5a;
    ok(kept, "HeapReAlloc keeps the content");
    zero = 1;
    for (i = 1000; q && i < 5000; i++)
        zero &= q[i] == 0;
    ok(zero, "HeapReAlloc(HEAP_ZERO_MEMORY) zeroes the new part");
    ok(HeapSize(heap, 0, q) == 5000, "HeapSize after grow: %I64u", (ULONG64)HeapSize(heap, 0, q));

    p = HeapReAlloc(heap, HEAP_REALLOC_IN_PLACE_ONLY, q, 100);
    ok(p == q && HeapSize(heap, 0, p) == 100, "shrink in place: %p %p", p, q);
    ok(HeapFree(heap, 0, p), "HeapFree");
    ok(HeapFree(heap, 0, NULL), "HeapFree(NULL) succeeds");

    p = HeapAlloc(heap, 0, 0);
    ok(p != NULL && HeapSize(heap, 0, p) == 0, "zero-size allocation: %p", p);
    HeapFree(heap, 0, p);

    /* many sizes, each 16-byte aligned and of exact size */
    for (i = 0; i < 64; i++) {
        SIZE_T n = 1 + (SIZE_T)i * i * 37;
        many[i] = HeapAlloc(heap, 0, n);
        if (!many[i] || ((ULONG_PTR)many[i] & 15))
            aligned = 0;
        else {
            memset(many[i], i, n);
            exact &= HeapSize(heap, 0, many[i]) == n;
        }
    }
    ok(aligned, "64 allocations, all 16-byte aligned");
    ok(exact, "HeapSize exact for all sizes");
    for (i = 0; i < 64; i++)
        HeapFree(heap, 0, many[i]);
    ok(HeapValidate(heap, 0, NULL), "HeapValidate after frees");

    p = HeapAlloc(heap, 0, 16 << 20);      /* large: served by its own mapping */
    ok(p != NULL && HeapSize(heap, 0, p) == (16 << 20), "16 MiB allocation %p", p);
    if (p) {
        p[0] = 1; p[(16 << 20) - 1] = 2;
        ok(HeapFree(heap, 0, p), "free 16 MiB");
    }
    return test_done();
}
