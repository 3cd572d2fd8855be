/* heap_private.c - private heaps: HeapCreate/HeapDestroy, fixed-size heaps,
 * GetProcessHeaps. */
#include "test.h"

int main(void)
{
    HANDLE heap, fixed, heaps[64];
    void *p, *ptrs[500];
    DWORD n, i;
    int found = 0, good = 1;

    heap = HeapCreate(0, 0, 0);              /* growable */
    ok(heap != NULL && heap != GetProcessHeap(), "HeapCreate growable %p", heap);
    for (i = 0; i < 500; i++) {
        SIZE_T size = (i * 7919) % 20000 + 1;
        ptrs[i] = HeapAlloc(heap, 0, size);
        if (!ptrs[i])
            good = 0;
        else
            memset(ptrs[i], (int)i, size);
    }
    ok(good, "500 allocations from the private heap");
    for (i = 0; good && i < 500; i++)
        good = ((unsigned char *)ptrs[i])[0] == (unsigned char)i;
    ok(good, "contents intact");
    for (i = 0; i < 500; i += 2)
        HeapFree(heap, 0, ptrs[i]);
    ok(HeapValidate(heap, 0, NULL), "HeapValidate after freeing half");

    n = GetProcessHeaps(64, heaps);
    for (i = 0; i < n && i < 64; i++)
        found |= (heaps[i] == heap ? 1 : 0) | (heaps[i] == GetProcessHeap() ? 2 : 0);
    ok(n >= 2 && found == 3, "GetProcessHeaps lists both heaps: n %lu found %d", n, found);

    ok(HeapDestroy(heap), "HeapDestroy frees everything at once");

    /* a fixed-size heap refuses what does not fit */
    fixed = HeapCreate(0, 0x10000, 0x10000);
    ok(fixed != NULL, "HeapCreate fixed 64 KiB");
    p = HeapAlloc(fixed, 0, 1000);
    ok(p != NULL, "small allocation fits");
    p = HeapAlloc(fixed, 0, 1 << 20);
    ok(p == NULL, "1 MiB does not fit in a 64 KiB heap: %p", p);
    ok(HeapLock(fixed) && HeapUnlock(fixed), "HeapLock/HeapUnlock");
    ok(HeapDestroy(fixed), "HeapDestroy fixed");
    return test_done();
}
