/* teb.c - the TEB reachable through gs: fields that programs (Go, MSVC CRT,
 * compilers' stack probes) read directly.  Offsets are the x64 ones. */
#include "test.h"

#define TEB_FIELD(teb, off, type) (*(type *)((char *)(teb) + (off)))

int main(void)
{
    char local;
    NT_TIB *tib = (NT_TIB *)NtCurrentTeb();
    void *teb = tib, *peb, *dealloc;
    MEMORY_BASIC_INFORMATION mbi;
    IMAGE_DOS_HEADER *dos = (IMAGE_DOS_HEADER *)GetModuleHandleA(NULL);
    IMAGE_NT_HEADERS64 *nt = (IMAGE_NT_HEADERS64 *)((char *)dos + dos->e_lfanew);
    ULONG_PTR reserve;

    ok(teb != NULL, "NtCurrentTeb: %p", teb);
    ok(tib->Self == tib, "TEB->Self %p", tib->Self);
    ok((void *)__readgsqword(0x30) == teb, "gs:[0x30] is the TEB");
    ok((char *)tib->StackLimit < &local && &local < (char *)tib->StackBase,
       "stack limits %p < %p < %p", tib->StackLimit, &local, tib->StackBase);
    ok(((ULONG_PTR)tib->StackBase & 0xfff) == 0 && ((ULONG_PTR)tib->StackLimit & 0xfff) == 0,
       "stack limits page aligned");

    peb = TEB_FIELD(teb, 0x60, void *);
    ok(peb != NULL && (void *)__readgsqword(0x60) == peb, "TEB->ProcessEnvironmentBlock %p", peb);
    ok(TEB_FIELD(teb, 0x40, ULONG_PTR) == GetCurrentProcessId(), "ClientId.UniqueProcess %I64u",
       (ULONG64)TEB_FIELD(teb, 0x40, ULONG_PTR));
    ok(TEB_FIELD(teb, 0x48, ULONG_PTR) == GetCurrentThreadId(), "ClientId.UniqueThread %I64u",
       (ULONG64)TEB_FIELD(teb, 0x48, ULONG_PTR));

    /* the last error lives in the TEB, both ways */
    SetLastError(1234);
    ok(TEB_FIELD(teb, 0x68, DWORD) == 1234, "LastErrorValue after SetLastError: %lu", TEB_FIELD(teb, 0x68, DWORD));
    TEB_FIELD(teb, 0x68, DWORD) = 4321;
    ok(GetLastError() == 4321, "GetLastError reads TEB->LastErrorValue: %lu", GetLastError());

    /* The stack region: its reservation spans the whole stack; the
     * DeallocationStack field (0x1478) is its base. */
    ok(VirtualQuery(&local, &mbi, sizeof(mbi)) == sizeof(mbi), "VirtualQuery of the stack");
    dealloc = TEB_FIELD(teb, 0x1478, void *);
    ok(mbi.AllocationBase == dealloc, "DeallocationStack %p, allocation base %p", dealloc, mbi.AllocationBase);
    reserve = (ULONG_PTR)tib->StackBase - (ULONG_PTR)dealloc;
    ok(reserve >= nt->OptionalHeader.SizeOfStackReserve, "stack reserve 0x%I64x, header 0x%I64x",
       (ULONG64)reserve, (ULONG64)nt->OptionalHeader.SizeOfStackReserve);
    return test_done();
}
