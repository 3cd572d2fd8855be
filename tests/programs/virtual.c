/* virtual.c - VirtualAlloc/Protect/Query/Free: reserve vs commit, regions,
 * protections, and what VirtualQuery reports for images and heaps. */
#include "test.h"

static MEMORY_BASIC_INFORMATION query(const void *p)
{
    MEMORY_BASIC_INFORMATION mbi;
    memset(&mbi, 0xcc, sizeof(mbi));
    if (VirtualQuery(p, &mbi, sizeof(mbi)) != sizeof(mbi))
        memset(&mbi, 0, sizeof(mbi));
    return mbi;
}

static const char rodata[] = "read-only data";

int main(void)
{
    char *base, *p, *q;
    MEMORY_BASIC_INFORMATION mbi;
    DWORD old = 0;
    int i, zero = 1;
    BOOL b;

    base = VirtualAlloc(NULL, 0x100000, MEM_RESERVE, PAGE_NOACCESS);
    ok(base != NULL && ((ULONG_PTR)base & 0xffff) == 0, "reserve 1 MiB at %p, 64 KiB aligned", base);
    mbi = query(base);
    ok(mbi.BaseAddress == base && mbi.AllocationBase == base, "reserved: base %p allocation base %p",
       mbi.BaseAddress, mbi.AllocationBase);
    ok(mbi.State == MEM_RESERVE && mbi.Type == MEM_PRIVATE && mbi.RegionSize == 0x100000,
       "reserved: state 0x%lx type 0x%lx size 0x%I64x", mbi.State, mbi.Type, (ULONG64)mbi.RegionSize);
    ok(mbi.AllocationProtect == PAGE_NOACCESS && mbi.Protect == 0, "reserved: allocation protect 0x%lx protect 0x%lx",
       mbi.AllocationProtect, mbi.Protect);

    p = VirtualAlloc(base + 0x10000, 0x2000, MEM_COMMIT, PAGE_READWRITE);
    ok(p == base + 0x10000, "commit 2 pages inside: %p", p);
    for (i = 0; p && i < 0x2000; i++)
        zero &= p[i] == 0;
    ok(zero, "committed memory is zero");
    if (p) {
        strcpy(p, "written");
        p[0x1fff] = 'z';
    }
    ok(p && !strcmp(p, "written") && p[0x1fff] == 'z', "write and read back");
    mbi = query(p + 0x100);
    ok(mbi.BaseAddress == p && mbi.AllocationBase == base && mbi.RegionSize == 0x2000 &&
       mbi.State == MEM_COMMIT && mbi.Protect == PAGE_READWRITE,
       "committed: base %p alloc %p size 0x%I64x state 0x%lx protect 0x%lx", mbi.BaseAddress,
       mbi.AllocationBase, (ULONG64)mbi.RegionSize, mbi.State, mbi.Protect);
    mbi = query(base);
    ok(mbi.State == MEM_RESERVE && mbi.RegionSize == 0x10000, "region before the commit: size 0x%I64x",
       (ULONG64)mbi.RegionSize);

    b = VirtualProtect(p, 0x1000, PAGE_READONLY, &old);
    ok(b && old == PAGE_READWRITE, "VirtualProtect returns the old protection 0x%lx", old);
    mbi = query(p);
    ok(mbi.Protect == PAGE_READONLY && mbi.RegionSize == 0x1000, "now read-only, region split: 0x%lx 0x%I64x",
       mbi.Protect, (ULONG64)mbi.RegionSize);
    ok(p && p[0] == 'w', "read-only page still readable");
    b = VirtualProtect(p, 0x2000, PAGE_READWRITE, &old);
    ok(b && old == PAGE_READONLY, "VirtualProtect over both pages reports the first one's: 0x%lx", old);

    SetLastError(0xdeadbeef);
    q = VirtualAlloc(base, 0x1000, MEM_RESERVE, PAGE_READWRITE);
    ok(q == NULL && GetLastError() == ERROR_INVALID_ADDRESS, "reserving a reserved range fails: err %lu",
       GetLastError());

    ok(VirtualFree(p, 0x1000, MEM_DECOMMIT), "decommit one page");
    mbi = query(p);
    ok(mbi.State == MEM_RESERVE, "decommitted page is reserved: 0x%lx", mbi.State);
    SetLastError(0xdeadbeef);
    ok(!VirtualFree(base, 0x1000, MEM_RELEASE) && GetLastError() == ERROR_INVALID_PARAMETER,
       "MEM_RELEASE needs size 0: err %lu", GetLastError());
    ok(VirtualFree(base, 0, MEM_RELEASE), "release the reservation");
    mbi = query(base);
    ok(mbi.State == MEM_FREE, "released: state 0x%lx", mbi.State);

    /* the freed address can be asked for again */
    q = VirtualAlloc(base, 0x3000, MEM_RESERVE | MEM_COMMIT, PAGE_READWRITE);
    ok(q == base, "allocate at a chosen address: %p", q);
    mbi = query(q);
    ok(mbi.RegionSize == 0x3000, "size rounded to pages: 0x%I64x", (ULONG64)mbi.RegionSize);
    VirtualFree(q, 0, MEM_RELEASE);

    q = VirtualAlloc(NULL, 100, MEM_COMMIT, PAGE_READWRITE);
    mbi = query(q);
    ok(q && mbi.RegionSize == 0x1000 && mbi.State == MEM_COMMIT, "commit without reserve: 100 bytes -> 0x%I64x",
       (ULONG64)mbi.RegionSize);
    VirtualFree(q, 0, MEM_RELEASE);

    SetLastError(0xdeadbeef);
    q = VirtualAlloc(NULL, 0x1000, MEM_COMMIT, 0);
    ok(q == NULL && GetLastError() == ERROR_INVALID_PARAMETER, "protection 0 is invalid: err %lu", GetLastError());

    /* the image: text is executable, read-only data read-only */
    mbi = query((void *)main);
    ok(mbi.Type == MEM_IMAGE && mbi.AllocationBase == GetModuleHandleA(NULL), "code is MEM_IMAGE of the exe");
    ok(mbi.Protect == PAGE_EXECUTE_READ, "code protection 0x%lx", mbi.Protect);
    mbi = query(rodata);
    ok(mbi.Type == MEM_IMAGE && mbi.Protect == PAGE_READONLY, "rdata protection 0x%lx", mbi.Protect);
    mbi = query(GetModuleHandleA(NULL));
    ok(mbi.Protect == PAGE_READONLY && mbi.AllocationProtect == PAGE_EXECUTE_WRITECOPY,
       "headers 0x%lx, image allocation protection 0x%lx", mbi.Protect, mbi.AllocationProtect);
    p = HeapAlloc(GetProcessHeap(), 0, 100);
    mbi = query(p);
    ok(mbi.Type == MEM_PRIVATE && mbi.State == MEM_COMMIT && mbi.Protect == PAGE_READWRITE,
       "heap memory: type 0x%lx protect 0x%lx", mbi.Type, mbi.Protect);
    HeapFree(GetProcessHeap(), 0, p);
    return test_done();
}
