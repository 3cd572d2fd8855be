/*
 * heap_bench: HeapAlloc/HeapFree throughput (a benchmark, not a test).
 *
 *   x86_64-w64-mingw32-gcc -O2 -o heap_bench.exe bench/heap_bench.c
 *   winrun heap_bench.exe [threads] [ops_per_thread]
 *
 * Each thread keeps 512 slots and, driven by its own LCG, frees the block in
 * a random slot or allocates one of 16..4096 bytes (mixed sizes, biased to
 * small ones) and touches it. Runs once on the process heap and once on a
 * private heap (HeapCreate(0, 0, 0)) shared by all threads, best of 3.
 * Prints Mops/s (one op = one HeapAlloc or one HeapFree).
 */
#include <windows.h>
#include <stdio.h>
#include <stdlib.h>

#define SLOTS 512

static HANDLE bench_heap;
static long ops_per_thread = 2000000;

static DWORD WINAPI worker(void *arg)
{
    unsigned int seed = (unsigned int)(ULONG_PTR)arg * 2654435761u + 1;
    char *slot[SLOTS] = { 0 };
    long i;

    for (i = 0; i < ops_per_thread; i++) {
        unsigned int r, k;
        seed = seed * 1103515245u + 12345u;
        r = seed >> 8;
        k = r % SLOTS;
        if (slot[k]) {
            HeapFree(bench_heap, 0, slot[k]);
            slot[k] = NULL;
        } else {
            /* sizes 16..4096: 3/4 small (16..256), 1/4 up to 4096 */
            SIZE_T size = (r >> 9) & 3 ? 16 + (r >> 12) % 241 : 16 + (r >> 12) % 4081;
            slot[k] = HeapAlloc(bench_heap, 0, size);
            if (!slot[k]) { printf("HeapAlloc(%lu) failed\n", (unsigned long)size); ExitProcess(1); }
            slot[k][0] = (char)i;
            slot[k][size - 1] = (char)i;
        }
    }
    for (i = 0; i < SLOTS; i++)
        if (slot[i]) HeapFree(bench_heap, 0, slot[i]);
    return 0;
}

static double run(HANDLE heap, int nthreads)
{
    HANDLE threads[64];
    LARGE_INTEGER freq, t0, t1;
    int i;

    bench_heap = heap;
    QueryPerformanceFrequency(&freq);
    QueryPerformanceCounter(&t0);
    for (i = 0; i < nthreads; i++)
        threads[i] = CreateThread(NULL, 0, worker, (void *)(ULONG_PTR)(i + 1), 0, NULL);
    WaitForMultipleObjects(nthreads, threads, TRUE, INFINITE);
    QueryPerformanceCounter(&t1);
    for (i = 0; i < nthreads; i++) CloseHandle(threads[i]);
    return (double)nthreads * ops_per_thread / ((double)(t1.QuadPart - t0.QuadPart) / freq.QuadPart) / 1e6;
}

int main(int argc, char **argv)
{
    int nthreads = argc > 1 ? atoi(argv[1]) : 1;
    HANDLE priv;
    double best_proc = 0, best_priv = 0, r;
    int rep;

    if (argc > 2) ops_per_thread = atol(argv[2]);
    if (nthreads < 1 || nthreads > 64) nthreads = 1;
    for (rep = 0; rep < 3; rep++) {
        r = run(GetProcessHeap(), nthreads);
        if (r > best_proc) best_proc = r;
        priv = HeapCreate(0, 0, 0);
        r = run(priv, nthreads);
        if (r > best_priv) best_priv = r;
        HeapDestroy(priv);
    }
    printf("threads=%d ops/thread=%ld  process heap %.2f Mops/s  private heap %.2f Mops/s (best of 3)\n",
           nthreads, ops_per_thread, best_proc, best_priv);
    return 0;
}
