/* tls_slots.c - dynamic TLS: TlsAlloc/TlsSetValue/TlsGetValue/TlsFree,
 * the slots' home in the TEB (TlsSlots at 0x1480, TlsExpansionSlots at
 * 0x1780 for indexes 64 and up), and the last-error rules of TlsGetValue. */
#include "test.h"

#define NSLOTS 100

int main(void)
{
    DWORD idx, slots[NSLOTS];
    void **teb_slots = (void **)((char *)NtCurrentTeb() + 0x1480);
    void **expansion;
    int i, j, distinct = 1, roundtrip = 1, allocated = 1;
    void *v;

    idx = TlsAlloc();
    ok(idx != TLS_OUT_OF_INDEXES, "TlsAlloc: %lu", idx);
    SetLastError(0xdeadbeef);
    v = TlsGetValue(idx);
    ok(v == NULL && GetLastError() == ERROR_SUCCESS, "fresh slot is NULL and clears the error: %lu",
       GetLastError());
    ok(TlsSetValue(idx, (void *)0x1234), "TlsSetValue");
    ok(TlsGetValue(idx) == (void *)0x1234, "TlsGetValue: %p", TlsGetValue(idx));
    ok(idx >= 64 || teb_slots[idx] == (void *)0x1234, "value is in TEB->TlsSlots[%lu]", idx);
    ok(TlsFree(idx), "TlsFree");

    /* more than the 64 inline slots */
    for (i = 0; i < NSLOTS; i++) {
        slots[i] = TlsAlloc();
        if (slots[i] == TLS_OUT_OF_INDEXES)
            allocated = 0;
    }
    ok(allocated, "%d more slots", NSLOTS);
    for (i = 0; allocated && i < NSLOTS; i++)
        for (j = 0; j < i; j++)
            distinct &= slots[i] != slots[j];
    ok(distinct, "all indexes distinct");
    for (i = 0; allocated && i < NSLOTS; i++)
        TlsSetValue(slots[i], (void *)(ULONG_PTR)(i * 16 + 8));
    for (i = 0; allocated && i < NSLOTS; i++)
        roundtrip &= TlsGetValue(slots[i]) == (void *)(ULONG_PTR)(i * 16 + 8);
    ok(roundtrip, "all values round trip");
    expansion = *(void ***)((char *)NtCurrentTeb() + 0x1780);
    for (i = 0; allocated && i < NSLOTS; i++)
        if (slots[i] >= 64) {
            ok(expansion && expansion[slots[i] - 64] == (void *)(ULONG_PTR)(i * 16 + 8),
               "index %lu lives in TEB->TlsExpansionSlots", slots[i]);
            break;
        }
    for (i = 0; allocated && i < NSLOTS; i++)
        TlsFree(slots[i]);

    SetLastError(0xdeadbeef);
    v = TlsGetValue(5000);
    ok(v == NULL && GetLastError() == ERROR_INVALID_PARAMETER, "TlsGetValue(5000): err %lu", GetLastError());
    SetLastError(0xdeadbeef);
    ok(!TlsSetValue(5000, NULL) && GetLastError() == ERROR_INVALID_PARAMETER, "TlsSetValue(5000): err %lu",
       GetLastError());
    return test_done();
}
