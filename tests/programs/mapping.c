/* mapping.c - pagefile-backed file mappings: shared and copy views,
 * alignment and size errors, names, SEC_RESERVE, what VirtualQuery says
 * about views.  File-backed mappings are in mapping_file.c. */
#include "test.h"

static MEMORY_BASIC_INFORMATION query(const void *p)
{
    MEMORY_BASIC_INFORMATION mbi;
    memset(&mbi, 0, sizeof(mbi));
    VirtualQuery(p, &mbi, sizeof(mbi));
    return mbi;
}

int main(void)
{
    HANDLE h, h2, h3, ev;
    char *p1, *p2, *pc, *pr, *p, *q;
    MEMORY_BASIC_INFORMATION mbi;
    DWORD err;
    int zero = 1, i;

    SetLastError(0xdeadbeef);
    h = CreateFileMappingA(INVALID_HANDLE_VALUE, NULL, PAGE_READWRITE, 0, 0x20000, NULL);
    err = GetLastError();
    ok(h != NULL && err == 0, "anonymous mapping: %p, last error %lu", h, err);

    SetLastError(0xdeadbeef);
    h2 = CreateFileMappingA(INVALID_HANDLE_VALUE, NULL, PAGE_READWRITE, 0, 0, NULL);
    err = GetLastError();
    ok(h2 == NULL && err == ERROR_INVALID_PARAMETER, "anonymous mapping of size 0: %p, err %lu", h2, err);
    SetLastError(0xdeadbeef);
    h2 = CreateFileMappingA(INVALID_HANDLE_VALUE, NULL, PAGE_NOACCESS, 0, 0x1000, NULL);
    err = GetLastError();
    ok(h2 == NULL && err == ERROR_INVALID_PARAMETER, "PAGE_NOACCESS mapping: %p, err %lu", h2, err);

    p1 = MapViewOfFile(h, FILE_MAP_ALL_ACCESS, 0, 0, 0);
    p2 = MapViewOfFile(h, FILE_MAP_WRITE, 0, 0, 0);
    ok(p1 && p2 && p1 != p2 && !((ULONG_PTR)p1 & 0xffff) && !((ULONG_PTR)p2 & 0xffff),
       "two views at 64K-aligned addresses: %p %p", p1, p2);
    for (i = 0; p1 && i < 0x20000; i += 0x100) zero &= p1[i] == 0;
    ok(zero, "a new mapping reads as zeros");
    if (p1) strcpy(p1 + 0x10010, "shared");
    ok(p2 && !strcmp(p2 + 0x10010, "shared"), "a write through one view shows in the other");

    mbi = query(p1 + 0x5000);
    ok(mbi.AllocationBase == p1 && mbi.BaseAddress == p1 + 0x5000 && mbi.RegionSize == 0x1b000,
       "view region: alloc base %p base %p size 0x%I64x", mbi.AllocationBase, mbi.BaseAddress,
       (ULONG64)mbi.RegionSize);
    ok(mbi.Type == MEM_MAPPED && mbi.State == MEM_COMMIT && mbi.Protect == PAGE_READWRITE &&
       mbi.AllocationProtect == PAGE_READWRITE, "view: type 0x%lx state 0x%lx protect 0x%lx alloc protect 0x%lx",
       mbi.Type, mbi.State, mbi.Protect, mbi.AllocationProtect);

    pc = MapViewOfFile(h, FILE_MAP_COPY, 0, 0, 0);
    mbi = query(pc);
    ok(pc && mbi.Type == MEM_MAPPED && mbi.Protect == PAGE_WRITECOPY, "copy view %p: protect 0x%lx", pc, mbi.Protect);
    ok(pc && !strcmp(pc + 0x10010, "shared"), "a copy view starts with the mapping's data");
    if (pc) strcpy(pc + 0x10010, "copied");
    ok(p1 && !strcmp(p1 + 0x10010, "shared"), "a write to a copy view stays private");

    pr = MapViewOfFile(h, FILE_MAP_READ, 0, 0x10000, 0x1000);
    mbi = query(pr);
    ok(pr && !strcmp(pr + 0x10, "shared") && mbi.Protect == PAGE_READONLY && mbi.RegionSize == 0x1000,
       "read view at offset 64K: protect 0x%lx size 0x%I64x", mbi.Protect, (ULONG64)mbi.RegionSize);

    SetLastError(0xdeadbeef);
    p = MapViewOfFile(h, FILE_MAP_READ, 0, 0x1000, 0x1000);
    err = GetLastError();
    ok(p == NULL && err == ERROR_MAPPED_ALIGNMENT, "offset 4K: %p, err %lu", p, err);
    SetLastError(0xdeadbeef);
    p = MapViewOfFile(h, FILE_MAP_READ, 0, 0, 0x30000);
    err = GetLastError();
    ok(p == NULL && err == ERROR_ACCESS_DENIED, "view larger than the mapping: %p, err %lu", p, err);
    SetLastError(0xdeadbeef);
    p = MapViewOfFile(h, FILE_MAP_READ, 0, 0x20000, 0);
    err = GetLastError();
    ok(p == NULL && err == ERROR_INVALID_PARAMETER, "offset at the mapping's end: %p, err %lu", p, err);

    ok(FlushViewOfFile(p1, 0), "FlushViewOfFile of a pagefile view");
    ok(UnmapViewOfFile(p2), "UnmapViewOfFile");
    mbi = query(p2);
    ok(mbi.State == MEM_FREE, "an unmapped view is free: state 0x%lx", mbi.State);
    SetLastError(0xdeadbeef);
    i = UnmapViewOfFile(p2);
    err = GetLastError();
    ok(!i && err == ERROR_INVALID_ADDRESS, "unmapping it again: err %lu", err);
    q = VirtualAlloc(NULL, 0x1000, MEM_COMMIT, PAGE_READWRITE);
    SetLastError(0xdeadbeef);
    i = UnmapViewOfFile(q);
    err = GetLastError();
    ok(!i && err == ERROR_INVALID_ADDRESS, "unmapping VirtualAlloc memory: err %lu", err);

    /* MapViewOfFileEx: a free address is honoured, a taken one refused */
    SetLastError(0xdeadbeef);
    p = MapViewOfFileEx(h, FILE_MAP_READ, 0, 0, 0x1000, q);
    err = GetLastError();
    ok(p == NULL && err == ERROR_INVALID_ADDRESS, "MapViewOfFileEx over VirtualAlloc memory: %p, err %lu", p, err);
    VirtualFree(q, 0, MEM_RELEASE);
    p = MapViewOfFileEx(h, FILE_MAP_READ, 0, 0, 0x1000, q);
    ok(p == q && p && !strcmp(p + 0x10, ""), "MapViewOfFileEx at a freed address: %p (wanted %p)", p, q);
    if (p) UnmapViewOfFile(p);

    ok(CloseHandle(h), "close the mapping while views remain");
    ok(p1 && !strcmp(p1 + 0x10010, "shared") && pr && !strcmp(pr + 0x10, "shared"),
       "views outlive the mapping handle");
    UnmapViewOfFile(p1);
    UnmapViewOfFile(pc);
    UnmapViewOfFile(pr);

    /* a read-only mapping gives no writable views */
    h = CreateFileMappingA(INVALID_HANDLE_VALUE, NULL, PAGE_READONLY, 0, 0x1000, NULL);
    SetLastError(0xdeadbeef);
    p = MapViewOfFile(h, FILE_MAP_WRITE, 0, 0, 0);
    err = GetLastError();
    ok(h && p == NULL && err == ERROR_ACCESS_DENIED, "write view of a read-only mapping: %p, err %lu", p, err);
    p = MapViewOfFile(h, FILE_MAP_READ, 0, 0, 0);
    ok(p != NULL, "read view of a read-only mapping");
    UnmapViewOfFile(p);
    CloseHandle(h);

    /* bad handles */
    SetLastError(0xdeadbeef);
    p = MapViewOfFile((HANDLE)0xdead0, FILE_MAP_READ, 0, 0, 0);
    err = GetLastError();
    ok(p == NULL && err == ERROR_INVALID_HANDLE, "view of a bad handle: err %lu", err);
    ev = CreateEventA(NULL, FALSE, FALSE, "winrun_mapping_event");
    SetLastError(0xdeadbeef);
    p = MapViewOfFile(ev, FILE_MAP_READ, 0, 0, 0);
    err = GetLastError();
    ok(p == NULL && err == ERROR_INVALID_HANDLE, "view of an event: err %lu", err);

    /* names */
    h = CreateFileMappingA(INVALID_HANDLE_VALUE, NULL, PAGE_READWRITE, 0, 0x1000, "winrun_mapping_test");
    SetLastError(0xdeadbeef);
    h2 = CreateFileMappingA(INVALID_HANDLE_VALUE, NULL, PAGE_READWRITE, 0, 0x1000, "winrun_mapping_test");
    err = GetLastError();
    ok(h && h2 && h2 != h && err == ERROR_ALREADY_EXISTS, "same name again: %p, err %lu", h2, err);
    h3 = OpenFileMappingA(FILE_MAP_ALL_ACCESS, FALSE, "winrun_mapping_test");
    ok(h3 != NULL, "OpenFileMapping finds it");
    p1 = MapViewOfFile(h, FILE_MAP_ALL_ACCESS, 0, 0, 0);
    p2 = MapViewOfFile(h3, FILE_MAP_READ, 0, 0, 0);
    if (p1) strcpy(p1, "named");
    ok(p2 && !strcmp(p2, "named"), "views through both handles share pages");
    SetLastError(0xdeadbeef);
    h2 = CreateFileMappingA(INVALID_HANDLE_VALUE, NULL, PAGE_READWRITE, 0, 0x1000, "winrun_mapping_event");
    err = GetLastError();
    ok(h2 == NULL && err == ERROR_INVALID_HANDLE, "an event's name: err %lu", err);
    SetLastError(0xdeadbeef);
    h2 = OpenFileMappingA(FILE_MAP_READ, FALSE, "winrun_mapping_none");
    err = GetLastError();
    ok(h2 == NULL && err == ERROR_FILE_NOT_FOUND, "OpenFileMapping of no such name: err %lu", err);
    UnmapViewOfFile(p1);
    UnmapViewOfFile(p2);
    CloseHandle(h);
    CloseHandle(h3);
    CloseHandle(ev);

    /* SEC_RESERVE: the view's pages wait for MEM_COMMIT */
    h = CreateFileMappingA(INVALID_HANDLE_VALUE, NULL, PAGE_READWRITE | SEC_RESERVE, 0, 0x20000, NULL);
    p = MapViewOfFile(h, FILE_MAP_ALL_ACCESS, 0, 0, 0);
    mbi = query(p);
    ok(p && mbi.State == MEM_RESERVE && mbi.Type == MEM_MAPPED && mbi.RegionSize == 0x20000,
       "SEC_RESERVE view: state 0x%lx type 0x%lx size 0x%I64x", mbi.State, mbi.Type, (ULONG64)mbi.RegionSize);
    q = VirtualAlloc(p + 0x1000, 0x1000, MEM_COMMIT, PAGE_READWRITE);
    mbi = query(q);
    ok(q == p + 0x1000 && mbi.State == MEM_COMMIT && mbi.RegionSize == 0x1000, "commit one page of it: %p state 0x%lx",
       q, mbi.State);
    if (q) strcpy(q, "committed");
    ok(q && !strcmp(q, "committed"), "the committed page is writable");
    UnmapViewOfFile(p);
    CloseHandle(h);
    return test_done();
}
