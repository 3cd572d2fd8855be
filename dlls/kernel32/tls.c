/*
 * Dynamic TLS slots: 64 in the TEB, 1024 more in the expansion array,
 * allocated through the PEB bitmaps as on Windows.
 */
#include <stdlib.h>
#include <string.h>
#include "kernel32_private.h"

NTSYSAPI NTSTATUS WINAPI NtSetInformationThread(HANDLE, THREADINFOCLASS, const void *, ULONG);

WINBASEAPI DWORD WINAPI TlsAlloc(void)
{
    PEB *peb = NtCurrentTeb()->Peb;
    DWORD index = TLS_OUT_OF_INDEXES;

    RtlAcquirePebLock();
    for (DWORD i = 0; i < TLS_MINIMUM_AVAILABLE; i++)
        if (!(peb->TlsBitmapBits[i / 32] & (1u << (i % 32)))) {
            peb->TlsBitmapBits[i / 32] |= 1u << (i % 32);
            NtCurrentTeb()->TlsSlots[i] = NULL;
            index = i;
            break;
        }
    if (index == TLS_OUT_OF_INDEXES)
        for (DWORD i = 0; i < TLS_EXPANSION_SLOTS; i++)
            if (!(peb->TlsExpansionBitmapBits[i / 32] & (1u << (i % 32)))) {
                TEB *teb = NtCurrentTeb();
                if (!teb->TlsExpansionSlots && !(teb->TlsExpansionSlots = calloc(TLS_EXPANSION_SLOTS, sizeof(void *))))
                    break;
                peb->TlsExpansionBitmapBits[i / 32] |= 1u << (i % 32);
                teb->TlsExpansionSlots[i] = NULL;
                index = TLS_MINIMUM_AVAILABLE + i;
                break;
            }
    RtlReleasePebLock();
    if (index == TLS_OUT_OF_INDEXES) SetLastError(ERROR_NO_MORE_ITEMS);
    return index;
}

WINBASEAPI BOOL WINAPI TlsFree(DWORD index)
{
    PEB *peb = NtCurrentTeb()->Peb;
    ULONG *bits;
    DWORD i;
    BOOL ok = FALSE;

    if (index < TLS_MINIMUM_AVAILABLE) { bits = peb->TlsBitmapBits; i = index; }
    else if (index < TLS_MINIMUM_AVAILABLE + TLS_EXPANSION_SLOTS) { bits = peb->TlsExpansionBitmapBits; i = index - TLS_MINIMUM_AVAILABLE; }
    else { SetLastError(ERROR_INVALID_PARAMETER); return FALSE; }
    RtlAcquirePebLock();
    if (bits[i / 32] & (1u << (i % 32))) {
        bits[i / 32] &= ~(1u << (i % 32));
        /* the slot reads NULL again in every thread, as on Windows */
        NtSetInformationThread(GetCurrentThread(), ThreadZeroTlsCell, &index, sizeof(index));
        ok = TRUE;
    }
    RtlReleasePebLock();
    if (!ok) SetLastError(ERROR_INVALID_PARAMETER);
    return ok;
}

WINBASEAPI LPVOID WINAPI TlsGetValue(DWORD index)
{
    TEB *teb = NtCurrentTeb();
    if (index < TLS_MINIMUM_AVAILABLE) {
        teb->LastErrorValue = ERROR_SUCCESS;
        return teb->TlsSlots[index];
    }
    index -= TLS_MINIMUM_AVAILABLE;
    if (index >= TLS_EXPANSION_SLOTS) {
        teb->LastErrorValue = ERROR_INVALID_PARAMETER;
        return NULL;
    }
    teb->LastErrorValue = ERROR_SUCCESS;
    return teb->TlsExpansionSlots ? teb->TlsExpansionSlots[index] : NULL;
}

WINBASEAPI BOOL WINAPI TlsSetValue(DWORD index, LPVOID value)
{
    TEB *teb = NtCurrentTeb();
    if (index < TLS_MINIMUM_AVAILABLE) {
        teb->TlsSlots[index] = value;
        return TRUE;
    }
    index -= TLS_MINIMUM_AVAILABLE;
    if (index >= TLS_EXPANSION_SLOTS) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return FALSE;
    }
    if (!teb->TlsExpansionSlots && !(teb->TlsExpansionSlots = calloc(TLS_EXPANSION_SLOTS, sizeof(void *)))) {
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
        return FALSE;
    }
    teb->TlsExpansionSlots[index] = value;
    return TRUE;
}
