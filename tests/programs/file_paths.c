/* Directories, delete, move, copy, attributes by name; GetFullPathName,
 * temp names, current directory, drives and volumes, DOS times. */
#include "test.h"
#include "file_test_dir.h"

static DWORD attrs(const char *name) { return GetFileAttributesA(tpath(name)); }

static int read_back(const char *name, char *buf, DWORD size)
{
    DWORD n = 0;
    HANDLE h = CreateFileA(tpath(name), GENERIC_READ, FILE_SHARE_READ, NULL, OPEN_EXISTING, 0, NULL);
    if (h == INVALID_HANDLE_VALUE) return -1;
    ReadFile(h, buf, size - 1, &n, NULL);
    buf[n] = 0;
    CloseHandle(h);
    return (int)n;
}

int main(void)
{
    char buf[MAX_PATH], buf2[MAX_PATH], *part;
    DWORD err, n, a, b, c, d;
    BOOL r;
    UINT u;
    WIN32_FILE_ATTRIBUTE_DATA data;
    WIN32_FIND_DATAA fd;
    HANDLE h;
    FILETIME ft, ft2;
    WORD dd, dt;
    ULARGE_INTEGER avail, total, tfree;

    test_dir_create("paths");

    /* directories */
    ok(CreateDirectoryA(tpath("d"), NULL), "CreateDirectory: err %lu", GetLastError());
    SetLastError(0xdeadbeef);
    r = CreateDirectoryA(tpath("d"), NULL);
    err = GetLastError();
    ok(!r && err == ERROR_ALREADY_EXISTS, "again: err %lu", err);
    SetLastError(0xdeadbeef);
    r = CreateDirectoryA(tpath("no\\d"), NULL);
    err = GetLastError();
    ok(!r && err == ERROR_PATH_NOT_FOUND, "missing parent: err %lu", err);
    make_file(tpath("d\\f.txt"), "hello");
    SetLastError(0xdeadbeef);
    r = RemoveDirectoryA(tpath("d"));
    err = GetLastError();
    ok(!r && err == ERROR_DIR_NOT_EMPTY, "remove non-empty: err %lu", err);
    SetLastError(0xdeadbeef);
    r = RemoveDirectoryA(tpath("d\\f.txt"));
    err = GetLastError();
    ok(!r && err == ERROR_DIRECTORY, "remove a file as directory: err %lu", err);
    SetLastError(0xdeadbeef);
    r = DeleteFileA(tpath("d"));
    err = GetLastError();
    ok(!r && err == ERROR_ACCESS_DENIED, "DeleteFile of a directory: err %lu", err);
    SetLastError(0xdeadbeef);
    r = DeleteFileA(tpath("d\\none"));
    err = GetLastError();
    ok(!r && err == ERROR_FILE_NOT_FOUND, "DeleteFile missing: err %lu", err);
    SetLastError(0xdeadbeef);
    r = DeleteFileA(tpath("none\\none"));
    err = GetLastError();
    ok(!r && err == ERROR_PATH_NOT_FOUND, "DeleteFile in a missing directory: err %lu", err);

    /* attributes */
    a = attrs("d");
    ok(a != INVALID_FILE_ATTRIBUTES && (a & FILE_ATTRIBUTE_DIRECTORY), "directory attributes %#lx", a);
    SetLastError(0xdeadbeef);
    a = attrs("missing");
    err = GetLastError();
    ok(a == INVALID_FILE_ATTRIBUTES && err == ERROR_FILE_NOT_FOUND, "missing: err %lu", err);
    r = GetFileAttributesExA(tpath("d\\f.txt"), GetFileExInfoStandard, &data);
    ok(r && data.nFileSizeLow == 5 && !(data.dwFileAttributes & FILE_ATTRIBUTE_DIRECTORY),
       "GetFileAttributesEx: size %lu", data.nFileSizeLow);

    /* move and copy */
    make_file(tpath("m1.txt"), "one");
    make_file(tpath("m2.txt"), "two");
    SetLastError(0xdeadbeef);
    r = MoveFileA(tpath("m1.txt"), tpath("m2.txt"));
    err = GetLastError();
    ok(!r && err == ERROR_ALREADY_EXISTS, "move onto an existing file: err %lu", err);
    r = MoveFileExA(tpath("m1.txt"), tpath("m2.txt"), MOVEFILE_REPLACE_EXISTING);
    ok(r && read_back("m2.txt", buf, sizeof(buf)) == 3 && !strcmp(buf, "one"), "replace: %d %s", r, buf);
    ok(attrs("m1.txt") == INVALID_FILE_ATTRIBUTES, "source gone");
    SetLastError(0xdeadbeef);
    r = MoveFileA(tpath("m1.txt"), tpath("m3.txt"));
    err = GetLastError();
    ok(!r && err == ERROR_FILE_NOT_FOUND, "move of a missing file: err %lu", err);
    r = MoveFileA(tpath("m2.txt"), tpath("M2.TXT"));
    ok(r, "rename to another case: err %lu", GetLastError());
    /* Windows renames to the new case; Wine keeps the old name */
    h = FindFirstFileA(tpath("m2.txt"), &fd);
    if (!is_wine()) ok(h != INVALID_HANDLE_VALUE && !strcmp(fd.cFileName, "M2.TXT"), "new case on disk: %s", fd.cFileName);
    FindClose(h);
    ok(MoveFileA(tpath("d"), tpath("d2")), "move a directory: err %lu", GetLastError());
    ok(attrs("d2\\f.txt") != INVALID_FILE_ATTRIBUTES, "its content moved");

    SetLastError(0xdeadbeef);
    r = CopyFileA(tpath("d2\\f.txt"), tpath("M2.TXT"), TRUE);
    err = GetLastError();
    ok(!r && err == ERROR_FILE_EXISTS, "copy onto existing with fail_if_exists: err %lu", err);
    r = CopyFileA(tpath("d2\\f.txt"), tpath("copy.txt"), FALSE);
    ok(r && read_back("copy.txt", buf, sizeof(buf)) == 5 && !strcmp(buf, "hello"), "copy: %d %s", r, buf);
    GetFileAttributesExA(tpath("d2\\f.txt"), GetFileExInfoStandard, &data);
    ft = data.ftLastWriteTime;
    GetFileAttributesExA(tpath("copy.txt"), GetFileExInfoStandard, &data);
    ok(!CompareFileTime(&ft, &data.ftLastWriteTime), "a copy keeps the write time");
    SetLastError(0xdeadbeef);
    r = CopyFileA(tpath("nothing"), tpath("copy2.txt"), FALSE);
    err = GetLastError();
    ok(!r && err == ERROR_FILE_NOT_FOUND, "copy of a missing file: err %lu", err);

    /* full path names */
    n = GetFullPathNameA("C:\\a\\b\\..\\c", sizeof(buf), buf, &part);
    ok(n == 6 && !strcmp(buf, "C:\\a\\c") && part == buf + 5, "\"..\": %lu %s", n, buf);
    n = GetFullPathNameA("C:/a/./b//c", sizeof(buf), buf, NULL);
    ok(n == 8 && !strcmp(buf, "C:\\a\\b\\c"), "slashes and \".\": %s", buf);
    n = GetFullPathNameA("C:\\a\\b. .", sizeof(buf), buf, NULL);
    ok(!strcmp(buf, "C:\\a\\b"), "trailing dots and spaces: %s", buf);
    n = GetFullPathNameA("C:\\a\\b\\..", sizeof(buf), buf, NULL);
    ok(!strcmp(buf, "C:\\a"), "final \"..\": %s", buf);
    n = GetFullPathNameA("C:\\a\\..\\..\\x", sizeof(buf), buf, NULL);
    ok(!strcmp(buf, "C:\\x"), "\"..\" stops at the root: %s", buf);
    n = GetFullPathNameA("C:\\dir\\", sizeof(buf), buf, &part);
    ok(!strcmp(buf, "C:\\dir\\") && !part, "trailing backslash kept, no file part: %s %p", buf, part);
    n = GetFullPathNameA("C:\\a\\b", 3, buf, NULL);
    ok(n == 7, "too small: %lu", n);

    /* current directory */
    ok(SetCurrentDirectoryA(test_dir), "SetCurrentDirectory: err %lu", GetLastError());
    n = GetCurrentDirectoryA(sizeof(buf), buf);
    ok(n == strlen(test_dir) && !_stricmp(buf, test_dir), "GetCurrentDirectory %s", buf);
    n = GetFullPathNameA("rel.txt", sizeof(buf2), buf2, &part);
    _snprintf(buf, sizeof(buf) - 1, "%s\\rel.txt", test_dir);
    ok(!_stricmp(buf, buf2) && !strcmp(part, "rel.txt"), "relative: %s", buf2);
    n = GetFullPathNameA("\\x", sizeof(buf2), buf2, NULL);
    ok(n == 4 && buf2[0] == test_dir[0] && !strcmp(buf2 + 1, ":\\x"), "rooted on the current drive: %s", buf2);
    r = GetFileAttributesA("M2.TXT") != INVALID_FILE_ATTRIBUTES;
    ok(r, "relative names resolve in the current directory");
    GetTempPathA(sizeof(buf), buf);
    SetCurrentDirectoryA(buf);

    /* temp names */
    n = GetTempPathA(sizeof(buf), buf);
    ok(n && n == strlen(buf) && buf[n - 1] == '\\', "GetTempPath %s", buf);
    u = GetTempFileNameA(test_dir, "wrt", 0, buf);
    ok(u && attrs(strrchr(buf, '\\') + 1) != INVALID_FILE_ATTRIBUTES, "GetTempFileName creates %s", buf);
    n = (DWORD)strlen(buf);
    ok(n > 7 && !_stricmp(buf + n - 4, ".tmp") && !_strnicmp(strrchr(buf, '\\') + 1, "wrt", 3), "its form: %s", buf);
    u = GetTempFileNameA(test_dir, "abcd", 0x1234, buf);
    _snprintf(buf2, sizeof(buf2) - 1, "%s\\abc1234.tmp", test_dir);
    ok(u == 0x1234 && !_stricmp(buf, buf2), "given number: %u %s", u, buf);
    ok(GetFileAttributesA(buf) == INVALID_FILE_ATTRIBUTES, "a given number creates nothing");

    n = GetLongPathNameA(tpath("copy.txt"), buf, sizeof(buf));
    ok(n == strlen(tpath("copy.txt")) && !strcmp(buf, tpath("copy.txt")), "GetLongPathName %s", buf);
    SetLastError(0xdeadbeef);
    n = GetLongPathNameA(tpath("nothing"), buf, sizeof(buf));
    err = GetLastError();
    ok(!n && err == ERROR_FILE_NOT_FOUND, "GetLongPathName missing: err %lu", err);

    /* drives and volumes */
    ok(GetDriveTypeA("C:\\") == DRIVE_FIXED, "C: is fixed: %u", GetDriveTypeA("C:\\"));
    ok(GetLogicalDrives() & (1 << 2), "C: listed: %#lx", GetLogicalDrives());
    n = GetLogicalDriveStringsA(sizeof(buf), buf);
    ok(n >= 4 && n % 4 == 0 && buf[1] == ':' && buf[2] == '\\' && !buf[3], "GetLogicalDriveStrings %lu", n);
    r = GetDiskFreeSpaceExA(test_dir, &avail, &total, &tfree);
    ok(r && total.QuadPart > 0 && avail.QuadPart <= total.QuadPart, "GetDiskFreeSpaceEx: %d", r);
    r = GetDiskFreeSpaceA("C:\\", &a, &b, &c, &d);
    ok(r && a && b && c <= d, "GetDiskFreeSpace: %lu %lu %lu %lu", a, b, c, d);
    r = GetVolumeInformationA("C:\\", NULL, 0, &a, &b, NULL, buf, sizeof(buf));
    ok(r && b == 255 && buf[0], "GetVolumeInformation: %d %lu %s", r, b, buf);

    /* DOS times */
    ft.dwHighDateTime = 0x01d5c4a0;        /* early 2020 */
    ft.dwLowDateTime = 0;
    r = FileTimeToDosDateTime(&ft, &dd, &dt);
    ok(r && (dd >> 9) == 40, "FileTimeToDosDateTime: year %u", dd >> 9);
    r = DosDateTimeToFileTime(dd, dt, &ft2);
    {
        ULONGLONG t1 = ((ULONGLONG)ft.dwHighDateTime << 32) | ft.dwLowDateTime;
        ULONGLONG t2 = ((ULONGLONG)ft2.dwHighDateTime << 32) | ft2.dwLowDateTime;
        ok(r && t2 <= t1 && t1 - t2 < 20000000, "round trip within two seconds");
    }
    ft.dwHighDateTime = 0x01000000;        /* 1827 */
    SetLastError(0xdeadbeef);
    r = FileTimeToDosDateTime(&ft, &dd, &dt);
    ok(!r, "before 1980: %d", r);
    ok(CompareFileTime(&ft, &ft2) == -1 && CompareFileTime(&ft2, &ft) == 1 && !CompareFileTime(&ft, &ft),
       "CompareFileTime");

    test_dir_remove();
    return test_done();
}
