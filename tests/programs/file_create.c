/* CreateFile dispositions, last errors on success and failure, directories,
 * read-only files, delete-on-close, case-insensitive and trailing-dot names. */
#include "test.h"
#include "file_test_dir.h"

static HANDLE create(const char *name, DWORD access, DWORD disposition, DWORD flags)
{
    return CreateFileA(name, access, FILE_SHARE_READ | FILE_SHARE_WRITE, NULL, disposition, flags, NULL);
}

int main(void)
{
    HANDLE h;
    DWORD err, attr, size;

    test_dir_create("create");

    SetLastError(0xdeadbeef);
    h = create(tpath("new.txt"), GENERIC_WRITE, CREATE_NEW, 0);
    err = GetLastError();
    ok(h != INVALID_HANDLE_VALUE && err == 0, "CREATE_NEW of a new file: %p err %lu", h, err);
    WriteFile(h, "hello", 5, &size, NULL);
    CloseHandle(h);

    SetLastError(0xdeadbeef);
    h = create(tpath("new.txt"), GENERIC_WRITE, CREATE_NEW, 0);
    err = GetLastError();
    ok(h == INVALID_HANDLE_VALUE && err == ERROR_FILE_EXISTS, "CREATE_NEW of an existing file: %p err %lu", h, err);

    SetLastError(0xdeadbeef);
    h = create(tpath("new.txt"), GENERIC_READ, OPEN_ALWAYS, 0);
    err = GetLastError();
    ok(h != INVALID_HANDLE_VALUE && err == ERROR_ALREADY_EXISTS, "OPEN_ALWAYS existing: err %lu", err);
    size = GetFileSize(h, NULL);
    ok(size == 5, "OPEN_ALWAYS keeps the data: size %lu", size);
    CloseHandle(h);

    SetLastError(0xdeadbeef);
    h = create(tpath("new.txt"), GENERIC_WRITE, CREATE_ALWAYS, 0);
    err = GetLastError();
    ok(h != INVALID_HANDLE_VALUE && err == ERROR_ALREADY_EXISTS, "CREATE_ALWAYS existing: err %lu", err);
    size = GetFileSize(h, NULL);
    ok(size == 0, "CREATE_ALWAYS truncates: size %lu", size);
    WriteFile(h, "abc", 3, &size, NULL);
    CloseHandle(h);

    SetLastError(0xdeadbeef);
    h = create(tpath("other.txt"), GENERIC_WRITE, CREATE_ALWAYS, 0);
    err = GetLastError();
    ok(h != INVALID_HANDLE_VALUE && err == 0, "CREATE_ALWAYS new: err %lu", err);
    CloseHandle(h);

    SetLastError(0xdeadbeef);
    h = create(tpath("third.txt"), GENERIC_WRITE, OPEN_ALWAYS, 0);
    err = GetLastError();
    ok(h != INVALID_HANDLE_VALUE && err == 0, "OPEN_ALWAYS new: err %lu", err);
    CloseHandle(h);

    SetLastError(0xdeadbeef);
    h = create(tpath("missing.txt"), GENERIC_READ, OPEN_EXISTING, 0);
    err = GetLastError();
    ok(h == INVALID_HANDLE_VALUE && err == ERROR_FILE_NOT_FOUND, "OPEN_EXISTING missing: err %lu", err);

    SetLastError(0xdeadbeef);
    h = create(tpath("nodir\\x.txt"), GENERIC_READ, OPEN_ALWAYS, 0);
    err = GetLastError();
    ok(h == INVALID_HANDLE_VALUE && err == ERROR_PATH_NOT_FOUND, "missing parent: err %lu", err);

    SetLastError(0xdeadbeef);
    h = create(tpath("missing.txt"), GENERIC_WRITE, TRUNCATE_EXISTING, 0);
    err = GetLastError();
    ok(h == INVALID_HANDLE_VALUE && err == ERROR_FILE_NOT_FOUND, "TRUNCATE_EXISTING missing: err %lu", err);

    h = create(tpath("new.txt"), GENERIC_WRITE, TRUNCATE_EXISTING, 0);
    ok(h != INVALID_HANDLE_VALUE && GetFileSize(h, NULL) == 0, "TRUNCATE_EXISTING empties the file");
    CloseHandle(h);

    SetLastError(0xdeadbeef);
    h = create(tpath("new.txt"), GENERIC_READ, 0, 0);
    err = GetLastError();
    ok(h == INVALID_HANDLE_VALUE && err == ERROR_INVALID_PARAMETER, "disposition 0: err %lu", err);

    /* directories need backup semantics */
    CreateDirectoryA(tpath("sub"), NULL);
    SetLastError(0xdeadbeef);
    h = create(tpath("sub"), GENERIC_READ, OPEN_EXISTING, 0);
    err = GetLastError();
    ok(h == INVALID_HANDLE_VALUE && err == ERROR_ACCESS_DENIED, "directory without backup semantics: err %lu", err);
    h = create(tpath("sub"), GENERIC_READ, OPEN_EXISTING, FILE_FLAG_BACKUP_SEMANTICS);
    ok(h != INVALID_HANDLE_VALUE, "directory with backup semantics: err %lu", GetLastError());
    CloseHandle(h);

    /* FILE_ATTRIBUTE_READONLY on create */
    h = create(tpath("ro.txt"), GENERIC_WRITE, CREATE_NEW, FILE_ATTRIBUTE_READONLY);
    ok(h != INVALID_HANDLE_VALUE, "create read-only: err %lu", GetLastError());
    ok(WriteFile(h, "x", 1, &size, NULL) && size == 1, "the creating handle still writes");
    CloseHandle(h);
    attr = GetFileAttributesA(tpath("ro.txt"));
    ok(attr != INVALID_FILE_ATTRIBUTES && (attr & FILE_ATTRIBUTE_READONLY), "attributes %#lx", attr);
    if (wine_as_root()) trace("Wine as root ignores read-only: skipped");
    else {
        SetLastError(0xdeadbeef);
        h = create(tpath("ro.txt"), GENERIC_WRITE, OPEN_EXISTING, 0);
        err = GetLastError();
        ok(h == INVALID_HANDLE_VALUE && err == ERROR_ACCESS_DENIED, "write open of read-only: err %lu", err);
        if (h != INVALID_HANDLE_VALUE) CloseHandle(h);
        SetLastError(0xdeadbeef);
        attr = DeleteFileA(tpath("ro.txt"));
        err = GetLastError();
        ok(!attr && err == ERROR_ACCESS_DENIED, "delete read-only: err %lu", err);
    }
    ok(SetFileAttributesA(tpath("ro.txt"), FILE_ATTRIBUTE_NORMAL), "clear read-only");
    ok(DeleteFileA(tpath("ro.txt")), "delete after clearing: err %lu", GetLastError());

    /* delete on close */
    h = create(tpath("doc.txt"), GENERIC_WRITE, CREATE_NEW, FILE_FLAG_DELETE_ON_CLOSE);
    ok(h != INVALID_HANDLE_VALUE, "create delete-on-close: err %lu", GetLastError());
    ok(GetFileAttributesA(tpath("doc.txt")) != INVALID_FILE_ATTRIBUTES, "exists while open");
    CloseHandle(h);
    SetLastError(0xdeadbeef);
    attr = GetFileAttributesA(tpath("doc.txt"));
    err = GetLastError();
    ok(attr == INVALID_FILE_ATTRIBUTES && err == ERROR_FILE_NOT_FOUND, "gone after close: %#lx err %lu", attr, err);

    /* names: case, trailing dots and spaces, forward slashes, \\?\ */
    make_file(tpath("MixedCase.txt"), "m");
    h = create(tpath("mIXEDcASE.TXT"), GENERIC_READ, OPEN_EXISTING, 0);
    ok(h != INVALID_HANDLE_VALUE, "case-insensitive open: err %lu", GetLastError());
    CloseHandle(h);
    SetLastError(0xdeadbeef);
    h = create(tpath("MIXEDCASE.TXT"), GENERIC_READ, CREATE_NEW, 0);
    err = GetLastError();
    ok(h == INVALID_HANDLE_VALUE && err == ERROR_FILE_EXISTS, "CREATE_NEW of another case: err %lu", err);
    h = create(tpath("MixedCase.txt. . "), GENERIC_READ, OPEN_EXISTING, 0);
    ok(h != INVALID_HANDLE_VALUE, "trailing dots and spaces dropped: err %lu", GetLastError());
    CloseHandle(h);
    {
        char fwd[MAX_PATH], lit[MAX_PATH + 8];
        char *p;
        strcpy(fwd, tpath("MixedCase.txt"));
        for (p = fwd; *p; p++) if (*p == '\\') *p = '/';
        h = create(fwd, GENERIC_READ, OPEN_EXISTING, 0);
        ok(h != INVALID_HANDLE_VALUE, "forward slashes: err %lu", GetLastError());
        CloseHandle(h);
        sprintf(lit, "\\\\?\\%s", tpath("MixedCase.txt"));
        h = create(lit, GENERIC_READ, OPEN_EXISTING, 0);
        ok(h != INVALID_HANDLE_VALUE, "\\\\?\\ path: err %lu", GetLastError());
        CloseHandle(h);
    }
    SetLastError(0xdeadbeef);
    h = create(tpath("bad<name"), GENERIC_WRITE, CREATE_ALWAYS, 0);
    err = GetLastError();
    ok(h == INVALID_HANDLE_VALUE && err == ERROR_INVALID_NAME, "'<' in a name: err %lu", err);
    SetLastError(0xdeadbeef);
    h = create(tpath("bad?name"), GENERIC_WRITE, CREATE_ALWAYS, 0);
    err = GetLastError();
    ok(h == INVALID_HANDLE_VALUE && err == ERROR_INVALID_NAME, "'?' in a name: err %lu", err);

    test_dir_remove();
    return test_done();
}
