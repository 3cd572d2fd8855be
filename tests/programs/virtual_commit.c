/* virtual_commit.c - reserve vs commit: granularity, commit inside and
 * across reservations, decommit, release rules, PAGE_NOACCESS, the *Ex
 * forms for the current process, and the errors of each. */
#include "test.h"

static MEMORY_BASIC_INFORMATION query(const void *p)
{
    MEMORY_BASIC_INFORMATION mbi;
    memset(&mbi, 0, sizeof(mbi));
    VirtualQuery(p, &mbi, sizeof(mbi));
    return mbi;
}

/* call, then record the last error before ok() reads it */
#define CALL(expr) do { SetLastError(0xdeadbeef); r = (ULONG_PTR)(expr); err = GetLastError(); } while (0)

int main(void)
{
    char *base, *p;
    MEMORY_BASIC_INFORMATION mbi;
    ULONG_PTR r;
    DWORD err, old;
    SIZE_T n;

    base = VirtualAlloc(NULL, 0x40000, MEM_RESERVE, PAGE_READWRITE);
    ok(base && !((ULONG_PTR)base & 0xffff), "reserve 256K: %p", base);

    CALL(VirtualAlloc(base + 0x3f000, 0x2000, MEM_COMMIT, PAGE_READWRITE));
    ok(!r && err == ERROR_INVALID_ADDRESS, "commit across the reservation's end: err %lu", err);

    p = VirtualAlloc(base + 0x11000, 0x2000, MEM_COMMIT, PAGE_READWRITE);
    ok(p == base + 0x11000, "commit two pages inside: %p", p);
    mbi = query(base);
    ok(mbi.State == MEM_RESERVE && mbi.RegionSize == 0x11000 && mbi.AllocationProtect == PAGE_READWRITE,
       "reserved head: state 0x%lx size 0x%I64x", mbi.State, (ULONG64)mbi.RegionSize);
    mbi = query(p + 0x800);
    ok(mbi.BaseAddress == p && mbi.State == MEM_COMMIT && mbi.RegionSize == 0x2000,
       "committed part: base %p state 0x%lx size 0x%I64x", mbi.BaseAddress, mbi.State, (ULONG64)mbi.RegionSize);
    mbi = query(p + 0x2000);
    ok(mbi.State == MEM_RESERVE && mbi.RegionSize == 0x40000 - 0x13000, "reserved tail: size 0x%I64x",
       (ULONG64)mbi.RegionSize);

    strcpy(p, "keep");
    ok(VirtualAlloc(p, 0x1000, MEM_COMMIT, PAGE_READWRITE) == p && !strcmp(p, "keep"),
       "committing committed pages keeps their contents");

    CALL(VirtualProtect(base, 0x1000, PAGE_READONLY, &old));
    ok(!r && err == ERROR_INVALID_ADDRESS, "VirtualProtect of reserved pages: err %lu", err);

    ok(VirtualFree(p, 0x1000, MEM_DECOMMIT), "decommit a page");
    mbi = query(p);
    ok(mbi.State == MEM_RESERVE && mbi.Protect == 0, "decommitted: state 0x%lx protect 0x%lx", mbi.State,
       mbi.Protect);
    p = VirtualAlloc(p, 0x1000, MEM_COMMIT, PAGE_READWRITE);
    ok(p && p[0] == 0, "recommitted page is zero again");

    p = VirtualAlloc(base + 0x20000, 0x1000, MEM_COMMIT, PAGE_NOACCESS);
    mbi = query(p);
    ok(p && mbi.State == MEM_COMMIT && mbi.Protect == PAGE_NOACCESS, "PAGE_NOACCESS commit: state 0x%lx protect 0x%lx",
       mbi.State, mbi.Protect);
    ok(VirtualProtect(p, 0x1000, PAGE_READWRITE, &old) && old == PAGE_NOACCESS, "then made writable, was 0x%lx",
       old);

    ok(VirtualFree(base, 0, MEM_DECOMMIT), "decommit all with size 0 from the base");
    mbi = query(base);
    ok(mbi.State == MEM_RESERVE && mbi.RegionSize == 0x40000, "all reserved again: size 0x%I64x",
       (ULONG64)mbi.RegionSize);

    CALL(VirtualFree(base + 0x10000, 0, MEM_RELEASE));
    ok(!r && err == ERROR_INVALID_ADDRESS, "release not at the base: err %lu", err);
    CALL(VirtualFree(base, 0x40000, MEM_RELEASE));
    ok(!r && err == ERROR_INVALID_PARAMETER, "release with a size: err %lu", err);
    CALL(VirtualFree(base, 0, MEM_RELEASE | MEM_DECOMMIT));
    ok(!r && err == ERROR_INVALID_PARAMETER, "release and decommit at once: err %lu", err);
    ok(VirtualFree(base, 0, MEM_RELEASE), "release");
    mbi = query(base + 0x30000);
    ok(mbi.State == MEM_FREE, "released: state 0x%lx", mbi.State);
    /* releasing free memory again is not checked: the error is undocumented (Wine says
     * ERROR_INVALID_PARAMETER, winrun ERROR_INVALID_ADDRESS) */
    CALL(VirtualAlloc(base + 0x1000, 0x1000, MEM_COMMIT, PAGE_READWRITE));
    ok(!r && err == ERROR_INVALID_ADDRESS, "commit of free memory: err %lu", err);

    /* reservations start on 64K boundaries */
    p = VirtualAlloc(base + 0x11234, 0x1000, MEM_RESERVE, PAGE_READWRITE);
    mbi = query(p);
    ok(p == base + 0x10000 && mbi.RegionSize == 0x3000,
       "reserve at an unaligned address: %p, size 0x%I64x", p, (ULONG64)mbi.RegionSize);
    VirtualFree(p, 0, MEM_RELEASE);

    CALL(VirtualAlloc(NULL, 0x1000, MEM_COMMIT, PAGE_WRITECOPY));
    ok(!r && err == ERROR_INVALID_PARAMETER, "PAGE_WRITECOPY for private memory: err %lu", err);
    CALL(VirtualAlloc(NULL, 0x1000, 0, PAGE_READWRITE));
    ok(!r && err == ERROR_INVALID_PARAMETER, "no allocation type: err %lu", err);
    CALL(VirtualAlloc(NULL, 0, MEM_COMMIT, PAGE_READWRITE));
    ok(!r && err == ERROR_INVALID_PARAMETER, "size 0: err %lu", err);
    CALL(VirtualAlloc(NULL, 0x1000, MEM_DECOMMIT, PAGE_READWRITE));
    ok(!r && err == ERROR_INVALID_PARAMETER, "MEM_DECOMMIT is not an allocation type: err %lu", err);

    /* the Ex forms on the current process */
    p = VirtualAllocEx(GetCurrentProcess(), NULL, 0x3000, MEM_RESERVE | MEM_COMMIT, PAGE_READWRITE);
    ok(p != NULL, "VirtualAllocEx on the current process");
    n = VirtualQueryEx(GetCurrentProcess(), p, &mbi, sizeof(mbi));
    ok(n == sizeof(mbi) && mbi.RegionSize == 0x3000 && mbi.State == MEM_COMMIT, "VirtualQueryEx: size 0x%I64x",
       (ULONG64)mbi.RegionSize);
    ok(VirtualProtectEx(GetCurrentProcess(), p, 0x1000, PAGE_READONLY, &old) && old == PAGE_READWRITE,
       "VirtualProtectEx: old 0x%lx", old);
    ok(VirtualFreeEx(GetCurrentProcess(), p, 0, MEM_RELEASE), "VirtualFreeEx");
    return test_done();
}
