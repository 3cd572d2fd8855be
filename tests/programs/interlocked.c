/* interlocked.c - the Interlocked* family (mostly compiler intrinsics,
 * but some are real kernel32 exports) and interlocked singly linked lists
 * from kernel32/ntdll. */
#include "test.h"
#include <malloc.h>

typedef struct {
    SLIST_ENTRY entry;      /* must be first and 16-byte aligned */
    int value;
} item;

int main(void)
{
    volatile LONG v = 5;
    volatile LONG64 v64 = 0x100000000LL;
    void *volatile ptr = NULL;
    SLIST_HEADER *head;
    item *items;
    SLIST_ENTRY *e;
    LONG r;
    int i, order = 1;

    ok(InterlockedIncrement(&v) == 6 && v == 6, "InterlockedIncrement");
    ok(InterlockedDecrement(&v) == 5 && v == 5, "InterlockedDecrement");
    ok(InterlockedExchange(&v, 9) == 5 && v == 9, "InterlockedExchange");
    ok(InterlockedExchangeAdd(&v, 3) == 9 && v == 12, "InterlockedExchangeAdd");
    r = InterlockedCompareExchange(&v, 20, 12);
    ok(r == 12 && v == 20, "InterlockedCompareExchange hit: %ld", r);
    r = InterlockedCompareExchange(&v, 30, 12);
    ok(r == 20 && v == 20, "InterlockedCompareExchange miss: %ld", r);
    ok(InterlockedCompareExchange64(&v64, 1, 0x100000000LL) == 0x100000000LL && v64 == 1,
       "InterlockedCompareExchange64");
    ok(InterlockedCompareExchangePointer(&ptr, (void *)&v, NULL) == NULL && ptr == &v,
       "InterlockedCompareExchangePointer");
    ok(InterlockedOr(&v, 0x100) == 20 && v == 0x114, "InterlockedOr");
    ok(InterlockedAnd(&v, 0xff) == 0x114 && v == 0x14, "InterlockedAnd");

    /* SLIST: LIFO, depth, flush */
    head = _aligned_malloc(sizeof(*head), 16);
    items = _aligned_malloc(sizeof(*items) * 5, 16);
    InitializeSListHead(head);
    ok(QueryDepthSList(head) == 0 && InterlockedPopEntrySList(head) == NULL, "empty list");
    for (i = 0; i < 5; i++) {
        items[i].value = i;
        InterlockedPushEntrySList(head, &items[i].entry);
    }
    ok(QueryDepthSList(head) == 5, "depth 5: %u", QueryDepthSList(head));
    for (i = 4; i >= 2; i--) {
        e = InterlockedPopEntrySList(head);
        order &= e && ((item *)e)->value == i;
    }
    ok(order, "pops in LIFO order");
    e = InterlockedFlushSList(head);
    ok(e && ((item *)e)->value == 1 && e->Next && ((item *)e->Next)->value == 0 && !e->Next->Next,
       "flush returns the remaining chain");
    ok(QueryDepthSList(head) == 0, "empty after flush");
    _aligned_free(items);
    _aligned_free(head);
    return test_done();
}
