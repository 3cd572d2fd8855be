/* mapping_file.c - file-backed mappings: whole-file and sized sections,
 * growth of a file for a bigger PAGE_READWRITE mapping, empty files,
 * access checks against the file handle, copy views, and writes reaching
 * the file.  Works in a fresh directory under GetTempPath. */
#include "test.h"

static char dir[MAX_PATH], path[MAX_PATH + 16];

static HANDLE open_file(DWORD access, DWORD disposition)
{
    return CreateFileA(path, access, FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, NULL, disposition,
                       FILE_ATTRIBUTE_NORMAL, NULL);
}

static DWORD file_size(void)
{
    HANDLE f = open_file(GENERIC_READ, OPEN_EXISTING);
    DWORD size = GetFileSize(f, NULL);
    CloseHandle(f);
    return size;
}

int main(void)
{
    HANDLE f, m;
    char *p, *q, buf[64];
    MEMORY_BASIC_INFORMATION mbi;
    DWORD n, err;
    int i;

    GetTempPathA(sizeof(dir), dir);
    sprintf(dir + strlen(dir), "winrun_mapping_%lu", GetCurrentProcessId());
    ok(CreateDirectoryA(dir, NULL), "create %s", dir);
    sprintf(path, "%s\\data.bin", dir);

    /* an empty file cannot be mapped with size 0 */
    f = open_file(GENERIC_READ | GENERIC_WRITE, CREATE_NEW);
    ok(f != INVALID_HANDLE_VALUE, "create the file");
    SetLastError(0xdeadbeef);
    m = CreateFileMappingA(f, NULL, PAGE_READWRITE, 0, 0, NULL);
    err = GetLastError();
    ok(m == NULL && err == ERROR_FILE_INVALID, "mapping an empty file: %p, err %lu", m, err);

    /* a PAGE_READWRITE mapping bigger than the file extends it */
    m = CreateFileMappingA(f, NULL, PAGE_READWRITE, 0, 0x18000, NULL);
    ok(m != NULL && file_size() == 0x18000, "mapping 96K grows the file to %lu", file_size());
    p = MapViewOfFile(m, FILE_MAP_WRITE, 0, 0, 0);
    mbi.Type = 0;
    VirtualQuery(p, &mbi, sizeof(mbi));
    ok(p && mbi.Type == MEM_MAPPED && mbi.RegionSize == 0x18000, "view of the file: type 0x%lx size 0x%I64x",
       mbi.Type, (ULONG64)mbi.RegionSize);
    if (p) {
        memcpy(p, "head", 4);
        memcpy(p + 0x10000, "second", 6);
        memcpy(p + 0x17ffc, "tail", 4);
    }
    ok(FlushViewOfFile(p, 0), "FlushViewOfFile");
    q = MapViewOfFile(m, FILE_MAP_READ, 0, 0x10000, 0);
    ok(q && !memcmp(q, "second", 6), "a view at offset 64K reads what the first wrote");
    UnmapViewOfFile(q);
    SetLastError(0xdeadbeef);
    p[0x20] = 0;
    q = MapViewOfFile(m, FILE_MAP_READ, 0, 0x8000, 0);
    err = GetLastError();
    ok(q == NULL && err == ERROR_MAPPED_ALIGNMENT, "offset 32K: err %lu", err);
    ok(UnmapViewOfFile(p), "unmap");

    /* what the view wrote is in the file, seen through the same handle */
    SetFilePointer(f, 0x17ffc, NULL, FILE_BEGIN);
    n = 0;
    memset(buf, 0, sizeof(buf));
    ok(ReadFile(f, buf, 4, &n, NULL) && n == 4 && !memcmp(buf, "tail", 4), "ReadFile after unmap: %.4s", buf);
    CloseHandle(m);

    /* size 0 maps the whole file; a view can outlive both handles */
    m = CreateFileMappingA(f, NULL, PAGE_READONLY, 0, 0, NULL);
    CloseHandle(f);
    p = MapViewOfFile(m, FILE_MAP_READ, 0, 0, 0);
    CloseHandle(m);
    VirtualQuery(p, &mbi, sizeof(mbi));
    ok(p && !memcmp(p, "head", 4) && mbi.RegionSize == 0x18000 && mbi.Protect == PAGE_READONLY,
       "read-only view of the whole file after closing the handles: size 0x%I64x protect 0x%lx",
       (ULONG64)mbi.RegionSize, mbi.Protect);
    UnmapViewOfFile(p);

    /* a read-only handle: no PAGE_READWRITE mapping, no growth */
    f = open_file(GENERIC_READ, OPEN_EXISTING);
    SetLastError(0xdeadbeef);
    m = CreateFileMappingA(f, NULL, PAGE_READWRITE, 0, 0, NULL);
    err = GetLastError();
    ok(m == NULL && err == ERROR_ACCESS_DENIED, "PAGE_READWRITE over a read-only handle: err %lu", err);
    SetLastError(0xdeadbeef);
    m = CreateFileMappingA(f, NULL, PAGE_READONLY, 0, 0x20000, NULL);
    err = GetLastError();
    ok(m == NULL && err == ERROR_NOT_ENOUGH_MEMORY && file_size() == 0x18000,
       "PAGE_READONLY bigger than the file: err %lu, size %lu", err, file_size());

    /* PAGE_WRITECOPY: writes stay in the view, the file keeps its data */
    m = CreateFileMappingA(f, NULL, PAGE_WRITECOPY, 0, 0, NULL);
    ok(m != NULL, "PAGE_WRITECOPY over a read-only handle");
    p = MapViewOfFile(m, FILE_MAP_COPY, 0, 0, 0);
    if (p) memcpy(p, "COPY", 4);
    q = MapViewOfFile(m, FILE_MAP_READ, 0, 0, 0);
    ok(p && q && !memcmp(p, "COPY", 4) && !memcmp(q, "head", 4), "copy view changed, others not");
    SetLastError(0xdeadbeef);
    err = 0;
    if (!MapViewOfFile(m, FILE_MAP_WRITE, 0, 0, 0)) err = GetLastError();
    ok(err == ERROR_ACCESS_DENIED, "FILE_MAP_WRITE of a PAGE_WRITECOPY mapping: err %lu", err);
    UnmapViewOfFile(p);
    UnmapViewOfFile(q);
    CloseHandle(m);
    SetFilePointer(f, 0, NULL, FILE_BEGIN);
    ReadFile(f, buf, 4, &n, NULL);
    ok(!memcmp(buf, "head", 4), "the file still has its data: %.4s", buf);
    CloseHandle(f);

    /* a write handle and a read-write mapping of part of the file */
    f = open_file(GENERIC_READ | GENERIC_WRITE, OPEN_EXISTING);
    m = CreateFileMappingA(f, NULL, PAGE_READWRITE, 0, 0x1000, NULL);
    p = MapViewOfFile(m, FILE_MAP_ALL_ACCESS, 0, 0, 0);
    VirtualQuery(p, &mbi, sizeof(mbi));
    ok(p && mbi.RegionSize == 0x1000 && file_size() == 0x18000, "4K mapping of a 96K file: region 0x%I64x",
       (ULONG64)mbi.RegionSize);
    SetFilePointer(f, 0x100, NULL, FILE_BEGIN);
    WriteFile(f, "written", 7, &n, NULL);
    ok(p && !memcmp(p + 0x100, "written", 7), "WriteFile shows in the view");
    for (i = 0; p && i < 16; i++) p[0x200 + i] = 'a' + i;
    UnmapViewOfFile(p);
    CloseHandle(m);
    SetFilePointer(f, 0x200, NULL, FILE_BEGIN);
    ReadFile(f, buf, 16, &n, NULL);
    ok(n == 16 && !memcmp(buf, "abcdefghijklmnop", 16), "the view's writes reach the file");
    CloseHandle(f);

    ok(DeleteFileA(path), "delete the file");
    ok(RemoveDirectoryA(dir), "remove the directory");
    return test_done();
}
