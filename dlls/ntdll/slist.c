/*
 * Interlocked singly linked lists (SLIST_HEADER), lock-free as on Windows:
 * the 16-byte header is swapped with one cmpxchg16b, and its sequence
 * number, bumped on every push and pop, defeats the ABA problem.
 * Windows also survives a pop that reads the Next field of an entry
 * another thread has just popped and freed, by catching the fault in the
 * exception dispatcher; that comes with exception support.
 */
#include "ntdll_private.h"

typedef union {
    SLIST_HEADER h;
    unsigned __int128 v;
} slist_word;

static slist_word slist_read(const SLIST_HEADER *head)
{
    slist_word w;
    /* two plain loads may tear; the cmpxchg below then fails and retries */
    w.h.s.Alignment = __atomic_load_n(&head->s.Alignment, __ATOMIC_ACQUIRE);
    w.h.s.Region = __atomic_load_n(&head->s.Region, __ATOMIC_ACQUIRE);
    return w;
}

static int slist_cas(SLIST_HEADER *head, slist_word *expect, slist_word desired)
{
    unsigned char ok;
    __asm__ __volatile__("lock cmpxchg16b %1; setz %0"
                         : "=q"(ok), "+m"(*head), "+a"(expect->h.s.Alignment), "+d"(expect->h.s.Region)
                         : "b"(desired.h.s.Alignment), "c"(desired.h.s.Region)
                         : "memory", "cc");
    return ok;
}

static SLIST_ENTRY *first_of(const slist_word *w)
{
    return (SLIST_ENTRY *)(ULONG_PTR)(w->h.HeaderX64.NextEntry << 4);
}

static void set_first(slist_word *w, SLIST_ENTRY *entry)
{
    w->h.HeaderX64.NextEntry = (ULONG_PTR)entry >> 4;
    w->h.HeaderX64.HeaderType = 1;
}

NTSYSAPI void WINAPI RtlInitializeSListHead(SLIST_HEADER *head)
{
    head->s.Alignment = 0;
    head->s.Region = 0;
    head->HeaderX64.HeaderType = 1;
}

NTSYSAPI SLIST_ENTRY *WINAPI RtlFirstEntrySList(const SLIST_HEADER *head)
{
    slist_word w = slist_read(head);
    return first_of(&w);
}

NTSYSAPI WORD WINAPI RtlQueryDepthSList(SLIST_HEADER *head)
{
    return (WORD)__atomic_load_n(&head->s.Alignment, __ATOMIC_ACQUIRE);
}

/* Pushes the chain FIRST..LAST of COUNT entries; returns the old first. */
NTSYSAPI SLIST_ENTRY *WINAPI RtlInterlockedPushListSListEx(SLIST_HEADER *head, SLIST_ENTRY *first,
                                                           SLIST_ENTRY *last, ULONG count)
{
    slist_word old = slist_read(head), new;

    do {
        new = old;
        last->Next = first_of(&old);
        set_first(&new, first);
        new.h.HeaderX64.Depth = old.h.HeaderX64.Depth + count;
        new.h.HeaderX64.Sequence = old.h.HeaderX64.Sequence + 1;
    } while (!slist_cas(head, &old, new));
    return first_of(&old);
}

NTSYSAPI SLIST_ENTRY *WINAPI RtlInterlockedPushEntrySList(SLIST_HEADER *head, SLIST_ENTRY *entry)
{
    return RtlInterlockedPushListSListEx(head, entry, entry, 1);
}

NTSYSAPI SLIST_ENTRY *WINAPI RtlInterlockedPopEntrySList(SLIST_HEADER *head)
{
    slist_word old = slist_read(head), new;
    SLIST_ENTRY *entry;

    do {
        if (!(entry = first_of(&old))) return NULL;
        new = old;
        set_first(&new, entry->Next);
        new.h.HeaderX64.Depth = old.h.HeaderX64.Depth - 1;
        new.h.HeaderX64.Sequence = old.h.HeaderX64.Sequence + 1;
    } while (!slist_cas(head, &old, new));
    return entry;
}

NTSYSAPI SLIST_ENTRY *WINAPI RtlInterlockedFlushSList(SLIST_HEADER *head)
{
    slist_word old = slist_read(head), new;

    do {
        if (!first_of(&old)) return NULL;
        new = old;
        set_first(&new, NULL);
        new.h.HeaderX64.Depth = 0;
        new.h.HeaderX64.Sequence = old.h.HeaderX64.Sequence + 1;
    } while (!slist_cas(head, &old, new));
    return first_of(&old);
}
