/*
 * qsort, bsearch, and the random numbers: rand's sequence (the CRT's LCG,
 * one per thread, seeded 1) and rand_s from the system's generator.
 */
#include <string.h>
#include <sys/random.h>
#include "crt_private.h"

typedef int (CDECL *crt_compare)(const void *, const void *);
typedef int (CDECL *crt_compare_s)(void *, const void *, const void *);

static void swap_bytes(char *a, char *b, size_t size)
{
    while (size--) { char t = *a; *a++ = *b; *b++ = t; }
}

/* heapsort: O(n log n) worst case, no allocation, and a comparator that
 * longjmps out leaves nothing behind */
static void sift_down(char *base, size_t start, size_t end, size_t size, crt_compare_s cmp, void *ctx)
{
    size_t root = start;
    while (root * 2 + 1 < end) {
        size_t child = root * 2 + 1;
        if (child + 1 < end && cmp(ctx, base + child * size, base + (child + 1) * size) < 0) child++;
        if (cmp(ctx, base + root * size, base + child * size) >= 0) return;
        swap_bytes(base + root * size, base + child * size, size);
        root = child;
    }
}

void CDECL MSVCRT_qsort_s(void *base, size_t count, size_t size, crt_compare_s cmp, void *ctx)
{
    if (count < 2 || !size) return;
    if (!base || !cmp) {
        crt_invalid_parameter();
        crt_set_errno(CRT_EINVAL);
        return;
    }
    for (size_t i = count / 2; i-- > 0;) sift_down(base, i, count, size, cmp, ctx);
    for (size_t end = count - 1; end > 0; end--) {
        swap_bytes(base, (char *)base + end * size, size);
        sift_down(base, 0, end, size, cmp, ctx);
    }
}

static int CDECL call_plain(void *ctx, const void *a, const void *b)
{
    return ((crt_compare)ctx)(a, b);
}

void CDECL MSVCRT_qsort(void *base, size_t count, size_t size, crt_compare cmp)
{
    MSVCRT_qsort_s(base, count, size, call_plain, (void *)cmp);
}

void *CDECL MSVCRT_bsearch_s(const void *key, const void *base, size_t count, size_t size,
                             crt_compare_s cmp, void *ctx)
{
    size_t lo = 0, hi = count;
    if (!key || (count && (!base || !cmp || !size))) {
        crt_invalid_parameter();
        crt_set_errno(CRT_EINVAL);
        return NULL;
    }
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        const char *elem = (const char *)base + mid * size;
        int r = cmp(ctx, key, elem);
        if (!r) return (void *)elem;
        if (r < 0) hi = mid; else lo = mid + 1;
    }
    return NULL;
}

void *CDECL MSVCRT_bsearch(const void *key, const void *base, size_t count, size_t size, crt_compare cmp)
{
    return MSVCRT_bsearch_s(key, base, count, size, call_plain, (void *)cmp);
}

/* ---- random numbers ---- */

void CDECL MSVCRT_srand(unsigned int seed)
{
    struct crt_thread_data *data = crt_thread_data();
    data->rand_next = seed;
    data->rand_seeded = 1;
}

int CDECL MSVCRT_rand(void)
{
    struct crt_thread_data *data = crt_thread_data();
    if (!data->rand_seeded) MSVCRT_srand(1);
    data->rand_next = data->rand_next * 214013 + 2531011;
    return (data->rand_next >> 16) & 0x7fff;
}

int CDECL MSVCRT_rand_s(unsigned int *value)
{
    if (!value) {
        crt_invalid_parameter();
        crt_set_errno(CRT_EINVAL);
        return CRT_EINVAL;
    }
    if (getrandom(value, sizeof(*value), 0) != sizeof(*value)) return CRT_ENOMEM;
    return 0;
}
