/* Share modes between opens, deleting and renaming open files, locks,
 * delete disposition. */
#include "test.h"
#include "file_test_dir.h"

#define RW (GENERIC_READ | GENERIC_WRITE)

static HANDLE open_file(const char *name, DWORD access, DWORD share)
{
    return CreateFileA(name, access, share, NULL, OPEN_EXISTING, 0, NULL);
}

int main(void)
{
    HANDLE a, b, c;
    DWORD err, n;
    BOOL r;
    char buf[16];
    OVERLAPPED ov;
    BOOLEAN del = TRUE;

    test_dir_create("share");
    make_file(tpath("f.txt"), "0123456789abcdef");

    a = open_file(tpath("f.txt"), RW, FILE_SHARE_READ);
    ok(a != INVALID_HANDLE_VALUE, "first open: err %lu", GetLastError());
    b = open_file(tpath("f.txt"), GENERIC_READ, FILE_SHARE_READ | FILE_SHARE_WRITE);
    ok(b != INVALID_HANDLE_VALUE, "reader sharing write: err %lu", GetLastError());
    CloseHandle(b);
    SetLastError(0xdeadbeef);
    b = open_file(tpath("f.txt"), GENERIC_WRITE, FILE_SHARE_READ | FILE_SHARE_WRITE);
    err = GetLastError();
    ok(b == INVALID_HANDLE_VALUE && err == ERROR_SHARING_VIOLATION, "writer against share-read: err %lu", err);
    SetLastError(0xdeadbeef);
    b = open_file(tpath("f.txt"), GENERIC_READ, FILE_SHARE_READ);
    err = GetLastError();
    ok(b == INVALID_HANDLE_VALUE && err == ERROR_SHARING_VIOLATION, "reader not sharing write: err %lu", err);
    b = open_file(tpath("f.txt"), FILE_READ_ATTRIBUTES, 0);
    ok(b != INVALID_HANDLE_VALUE, "attribute-only open ignores share modes: err %lu", GetLastError());
    CloseHandle(b);
    SetLastError(0xdeadbeef);
    r = DeleteFileA(tpath("f.txt"));
    err = GetLastError();
    ok(!r && err == ERROR_SHARING_VIOLATION, "delete of an open file: %d err %lu", r, err);
    SetLastError(0xdeadbeef);
    r = MoveFileA(tpath("f.txt"), tpath("g.txt"));
    err = GetLastError();
    ok(!r && err == ERROR_SHARING_VIOLATION, "rename of an open file: %d err %lu", r, err);

    /* locks: a's exclusive lock stops b's read and lock of the range */
    b = open_file(tpath("f.txt"), GENERIC_READ, FILE_SHARE_READ | FILE_SHARE_WRITE);
    ok(LockFile(a, 0, 0, 8, 0), "lock 0-8: err %lu", GetLastError());
    SetLastError(0xdeadbeef);
    r = LockFile(b, 4, 0, 8, 0);
    err = GetLastError();
    ok(!r && err == ERROR_LOCK_VIOLATION, "overlapping lock: %d err %lu", r, err);
    ok(LockFile(b, 8, 0, 4, 0), "adjacent lock: err %lu", GetLastError());
    /* Windows locks are mandatory; Wine's (fcntl) are advisory for I/O */
    if (!is_wine()) {
        SetLastError(0xdeadbeef);
        r = ReadFile(b, buf, 4, &n, NULL);
        err = GetLastError();
        ok(!r && err == ERROR_LOCK_VIOLATION, "read in another handle's lock: %d err %lu", r, err);
    }
    SetFilePointer(b, 0, NULL, FILE_BEGIN);
    r = ReadFile(a, buf, 4, &n, NULL);
    ok(r && n == 4, "the owner reads: %d %lu", r, n);
    /* the range must be one locked exactly: STATUS_RANGE_NOT_LOCKED on
     * Windows, which Wine's server reports as a lock conflict */
    SetLastError(0xdeadbeef);
    r = UnlockFile(a, 0, 0, 4, 0);
    err = GetLastError();
    ok(!r && (err == ERROR_NOT_LOCKED || (is_wine() && err == ERROR_LOCK_VIOLATION)),
       "unlock of another range: %d err %lu", r, err);
    ok(UnlockFile(a, 0, 0, 8, 0), "unlock: err %lu", GetLastError());
    memset(&ov, 0, sizeof(ov));
    ov.Offset = 0;
    ok(LockFileEx(a, LOCKFILE_FAIL_IMMEDIATELY, 0, 4, 0, &ov), "shared lock: err %lu", GetLastError());
    ok(LockFileEx(b, LOCKFILE_FAIL_IMMEDIATELY, 0, 4, 0, &ov), "second shared lock: err %lu", GetLastError());
    SetLastError(0xdeadbeef);
    r = LockFileEx(b, LOCKFILE_FAIL_IMMEDIATELY | LOCKFILE_EXCLUSIVE_LOCK, 0, 2, 0, &ov);
    err = GetLastError();
    ok(!r && err == ERROR_LOCK_VIOLATION, "exclusive over shared: %d err %lu", r, err);
    CloseHandle(b);
    CloseHandle(a);

    ok(DeleteFileA(tpath("f.txt")), "delete once closed: err %lu", GetLastError());

    /* FILE_SHARE_DELETE allows a rename while open */
    make_file(tpath("s.txt"), "s");
    a = open_file(tpath("s.txt"), GENERIC_READ, FILE_SHARE_READ | FILE_SHARE_DELETE);
    ok(MoveFileA(tpath("s.txt"), tpath("t.txt")), "rename with FILE_SHARE_DELETE: err %lu", GetLastError());
    CloseHandle(a);

    /* delete disposition: new opens fail, the file goes at close */
    a = CreateFileA(tpath("t.txt"), DELETE | GENERIC_READ, FILE_SHARE_READ | FILE_SHARE_DELETE, NULL, OPEN_EXISTING, 0,
                    NULL);
    r = SetFileInformationByHandle(a, FileDispositionInfo, &del, sizeof(del));
    ok(r, "FileDispositionInfo: err %lu", GetLastError());
    /* STATUS_DELETE_PENDING on Windows; Wine lets the open through */
    SetLastError(0xdeadbeef);
    c = open_file(tpath("t.txt"), GENERIC_READ, FILE_SHARE_READ | FILE_SHARE_DELETE);
    err = GetLastError();
    if (!is_wine()) ok(c == INVALID_HANDLE_VALUE && err == ERROR_ACCESS_DENIED, "open of a file pending delete: err %lu", err);
    if (c != INVALID_HANDLE_VALUE) CloseHandle(c);
    CloseHandle(a);
    ok(GetFileAttributesA(tpath("t.txt")) == INVALID_FILE_ATTRIBUTES, "deleted at close");

    test_dir_remove();
    return test_done();
}
