/* crt_malloc.c - the CRT allocator: malloc/calloc/realloc/free, _msize,
 * alignment, edge cases with msvcrt's semantics. */
#include "test.h"
#include <errno.h>
#include <malloc.h>
#include <stdlib.h>

int main(void)
{
    volatile size_t huge_count = (size_t)1 << 62;
    unsigned char *p, *q;
    size_t sizes[] = { 1, 7, 16, 24, 100, 4095, 4096, 65536, 1000000 };
    int i, j, aligned = 1, zero = 1, kept = 1;
    void *v;

    for (i = 0; i < (int)(sizeof(sizes) / sizeof(sizes[0])); i++) {
        p = malloc(sizes[i]);
        if (!p || ((ULONG_PTR)p & 15) || _msize(p) != sizes[i])
            aligned = 0;
        else
            memset(p, 0xcc, sizes[i]);
        free(p);
    }
    ok(aligned, "malloc: 16-byte aligned, _msize exact, for 9 sizes");

    p = calloc(100, 10);
    for (i = 0; p && i < 1000; i++)
        zero &= p[i] == 0;
    ok(p && zero, "calloc zeroes 1000 bytes");
    for (i = 0; p && i < 1000; i++)
        p[i] = (unsigned char)i;
    q = realloc(p, 100000);
    for (j = 0; q && j < 1000; j++)
        kept &= q[j] == (unsigned char)j;
    ok(q && kept, "realloc grows and keeps content");
    q = realloc(q, 10);
    ok(q && q[9] == 9, "realloc shrinks");
    free(q);

    v = malloc(0);
    ok(v != NULL, "malloc(0) returns a pointer");
    free(v);
    v = realloc(NULL, 50);
    ok(v != NULL && _msize(v) == 50, "realloc(NULL, n) allocates");
    v = realloc(v, 0);
    ok(v == NULL, "realloc(p, 0) frees and returns NULL in msvcrt");
    free(NULL);
    ok(1, "free(NULL) is harmless");

    /* volatile so that gcc does not warn about the sizes at compile time */
    errno = 0;
    v = calloc(huge_count, 16);
    ok(v == NULL && errno == ENOMEM, "calloc overflow: %p errno %d", v, errno);
    errno = 0;
    v = malloc(huge_count * 4 - 64);
    ok(v == NULL && errno == ENOMEM, "huge malloc fails with ENOMEM: errno %d", errno);

    v = _aligned_malloc(100, 256);
    ok(v != NULL && ((ULONG_PTR)v & 255) == 0, "_aligned_malloc(100, 256): %p", v);
    _aligned_free(v);
    p = (unsigned char *)_strdup("duplicate");
    ok(p && !strcmp((char *)p, "duplicate"), "_strdup");
    free(p);
    return test_done();
}
