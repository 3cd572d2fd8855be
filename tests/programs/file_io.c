/* ReadFile/WriteFile with and without OVERLAPPED, the file pointer, size,
 * end of file, information and times by handle, DeviceIoControl. */
#include "test.h"
#include "file_test_dir.h"

typedef struct { LARGE_INTEGER AllocationSize, EndOfFile; DWORD NumberOfLinks; BOOLEAN DeletePending, Directory; } STD_INFO;

int main(void)
{
    HANDLE h, h2, ev;
    DWORD n, err, pos, high;
    char buf[64];
    BOOL r;
    LARGE_INTEGER li, npos;
    OVERLAPPED ov;
    BY_HANDLE_FILE_INFORMATION info;
    STD_INFO std;
    FILETIME ft, ft2;
    BYTE name_buf[600];
    FILE_NAME_INFO *name_info = (FILE_NAME_INFO *)name_buf;

    test_dir_create("io");
    h = CreateFileA(tpath("data.bin"), GENERIC_READ | GENERIC_WRITE, 0, NULL, CREATE_NEW, 0, NULL);
    ok(h != INVALID_HANDLE_VALUE, "create: err %lu", GetLastError());
    ok(GetFileType(h) == FILE_TYPE_DISK, "file type %lu", GetFileType(h));
    r = WriteFile(h, "0123456789", 10, &n, NULL);
    ok(r && n == 10, "write: %d %lu", r, n);
    pos = SetFilePointer(h, 0, NULL, FILE_CURRENT);
    ok(pos == 10, "pointer after write %lu", pos);
    pos = SetFilePointer(h, -3, NULL, FILE_END);
    ok(pos == 7, "FILE_END -3: %lu", pos);
    r = ReadFile(h, buf, sizeof(buf), &n, NULL);
    ok(r && n == 3 && !memcmp(buf, "789", 3), "read at 7: %d %lu", r, n);
    r = ReadFile(h, buf, sizeof(buf), &n, NULL);
    ok(r && n == 0, "read at end of file: %d %lu", r, n);
    SetLastError(0xdeadbeef);
    pos = SetFilePointer(h, -20, NULL, FILE_CURRENT);
    err = GetLastError();
    ok(pos == INVALID_SET_FILE_POINTER && err == ERROR_NEGATIVE_SEEK, "negative seek: %lu err %lu", pos, err);
    high = 0;
    pos = SetFilePointer(h, 2, (LONG *)&high, FILE_BEGIN);
    ok(pos == 2 && high == 0, "seek with high part: %lu %lu", pos, high);
    li.QuadPart = 0x100000000LL;
    r = SetFilePointerEx(h, li, &npos, FILE_BEGIN);
    ok(r && npos.QuadPart == 0x100000000LL, "SetFilePointerEx past 4 GiB: %d", r);
    li.QuadPart = 4;
    SetFilePointerEx(h, li, NULL, FILE_BEGIN);
    r = SetEndOfFile(h);
    ok(r && GetFileSize(h, NULL) == 4, "SetEndOfFile at 4: %d size %lu", r, GetFileSize(h, NULL));
    r = GetFileSizeEx(h, &li);
    ok(r && li.QuadPart == 4, "GetFileSizeEx %d", (int)li.QuadPart);

    /* OVERLAPPED offsets on a synchronous handle move the file pointer */
    memset(&ov, 0, sizeof(ov));
    ov.Offset = 2;
    r = WriteFile(h, "XY", 2, &n, &ov);
    ok(r && n == 2, "overlapped write at 2: %d %lu", r, n);
    pos = SetFilePointer(h, 0, NULL, FILE_CURRENT);
    ok(pos == 4, "pointer after positioned write %lu", pos);
    memset(&ov, 0, sizeof(ov));
    ov.Offset = 1;
    r = ReadFile(h, buf, 3, &n, &ov);
    ok(r && n == 3 && !memcmp(buf, "1XY", 3), "overlapped read at 1: %d %lu %.3s", r, n, buf);
    ok(ov.InternalHigh == 3 && ov.Internal == 0, "OVERLAPPED result %lu %lu", (DWORD)ov.InternalHigh, (DWORD)ov.Internal);
    r = FlushFileBuffers(h);
    ok(r, "flush: err %lu", GetLastError());

    /* information by handle */
    r = GetFileInformationByHandle(h, &info);
    ok(r && info.nFileSizeLow == 4 && info.nNumberOfLinks == 1 && (info.dwFileAttributes & FILE_ATTRIBUTE_ARCHIVE),
       "info: size %lu links %lu attr %#lx", info.nFileSizeLow, info.nNumberOfLinks, info.dwFileAttributes);
    r = GetFileInformationByHandleEx(h, FileStandardInfo, &std, sizeof(std));
    ok(r && std.EndOfFile.QuadPart == 4 && !std.Directory, "standard info: %d eof %d", r, (int)std.EndOfFile.QuadPart);
    r = GetFileInformationByHandleEx(h, FileNameInfo, name_buf, sizeof(name_buf));
    ok(r && name_info->FileNameLength >= 18 &&
       !memcmp((char *)name_info->FileName + name_info->FileNameLength - 18, L"\\data.bin", 18),
       "name info: %d len %lu", r, name_info->FileNameLength);
    ok(name_info->FileName[0] == '\\', "name info starts at the root: %#x", name_info->FileName[0]);
    SetLastError(0xdeadbeef);
    r = GetFileInformationByHandleEx(h, FileNameInfo, name_buf, 8);
    err = GetLastError();
    ok(!r && err == ERROR_MORE_DATA, "short name buffer: %d err %lu", r, err);
    li.QuadPart = 100;
    r = SetFileInformationByHandle(h, FileEndOfFileInfo, &li, sizeof(li));
    ok(r && GetFileSize(h, NULL) == 100, "FileEndOfFileInfo: %d size %lu", r, GetFileSize(h, NULL));

    /* times */
    ft.dwLowDateTime = 0x12345670;
    ft.dwHighDateTime = 0x01d00000;
    r = SetFileTime(h, NULL, NULL, &ft);
    ok(r, "SetFileTime: err %lu", GetLastError());
    r = GetFileTime(h, NULL, NULL, &ft2);
    ok(r && !CompareFileTime(&ft, &ft2), "write time back: %#lx %#lx", ft2.dwHighDateTime, ft2.dwLowDateTime);

    /* NTFS answers a disk control on a file with STATUS_INVALID_DEVICE_REQUEST;
     * Wine says ERROR_NOT_SUPPORTED */
    if (!is_wine()) {
        SetLastError(0xdeadbeef);
        r = DeviceIoControl(h, 0x70000 /* IOCTL_DISK_GET_DRIVE_GEOMETRY */, NULL, 0, buf, sizeof(buf), &n, NULL);
        err = GetLastError();
        ok(!r && err == ERROR_INVALID_FUNCTION, "disk ioctl on a file: %d err %lu", r, err);
    }

    /* access: a read-only handle cannot write, flush or truncate */
    h2 = CreateFileA(tpath("data.bin"), GENERIC_READ, FILE_SHARE_READ | FILE_SHARE_WRITE, NULL, OPEN_EXISTING, 0, NULL);
    ok(h2 == INVALID_HANDLE_VALUE && GetLastError() == ERROR_SHARING_VIOLATION, "share 0 is exclusive: err %lu",
       GetLastError());
    CloseHandle(h);
    h2 = CreateFileA(tpath("data.bin"), GENERIC_READ, 0, NULL, OPEN_EXISTING, 0, NULL);
    SetLastError(0xdeadbeef);
    r = WriteFile(h2, "z", 1, &n, NULL);
    err = GetLastError();
    ok(!r && err == ERROR_ACCESS_DENIED, "write on a read handle: %d err %lu", r, err);
    /* FileEndOfFileInformation needs FILE_WRITE_DATA: access denied on
     * Windows; Wine passes the ftruncate EINVAL through (87) */
    SetLastError(0xdeadbeef);
    r = SetEndOfFile(h2);
    err = GetLastError();
    ok(!r && (err == ERROR_ACCESS_DENIED || (is_wine() && err == ERROR_INVALID_PARAMETER)),
       "SetEndOfFile on a read handle: %d err %lu", r, err);
    CloseHandle(h2);

    /* FILE_FLAG_OVERLAPPED: the event is set and GetOverlappedResult reports */
    h = CreateFileA(tpath("async.bin"), GENERIC_READ | GENERIC_WRITE, 0, NULL, CREATE_NEW, FILE_FLAG_OVERLAPPED, NULL);
    ok(h != INVALID_HANDLE_VALUE, "create overlapped: err %lu", GetLastError());
    ev = CreateEventA(NULL, TRUE, FALSE, NULL);
    memset(&ov, 0, sizeof(ov));
    ov.hEvent = ev;
    ov.Offset = 0;
    r = WriteFile(h, "async data", 10, NULL, &ov);
    ok(r || GetLastError() == ERROR_IO_PENDING, "overlapped write: %d err %lu", r, GetLastError());
    r = GetOverlappedResult(h, &ov, &n, TRUE);
    ok(r && n == 10, "GetOverlappedResult: %d %lu", r, n);
    ok(WaitForSingleObject(ev, 0) == WAIT_OBJECT_0, "event set");
    memset(&ov, 0, sizeof(ov));
    ov.hEvent = ev;
    ov.Offset = 6;
    r = ReadFile(h, buf, sizeof(buf), NULL, &ov);
    ok(r || GetLastError() == ERROR_IO_PENDING, "overlapped read: %d err %lu", r, GetLastError());
    r = GetOverlappedResult(h, &ov, &n, TRUE);
    ok(r && n == 4 && !memcmp(buf, "data", 4), "read back %d %lu", r, n);
    memset(&ov, 0, sizeof(ov));
    ov.hEvent = ev;
    ov.Offset = 50;
    SetLastError(0xdeadbeef);
    r = ReadFile(h, buf, sizeof(buf), NULL, &ov);
    if (!r && GetLastError() == ERROR_IO_PENDING) r = GetOverlappedResult(h, &ov, &n, TRUE);
    err = GetLastError();
    ok(!r && err == ERROR_HANDLE_EOF, "overlapped read past the end: %d err %lu", r, err);
    CloseHandle(ev);
    CloseHandle(h);

    test_dir_remove();
    return test_done();
}
