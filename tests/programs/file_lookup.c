/* file_lookup: case-insensitive names while the directory changes under
 * them - renames and new files between two opens, by this process and by
 * another one (this program run again with "rename OLD NEW" or
 * "create NAME"), in the same clock tick as the previous lookup; mixed-case
 * directories renamed; and FindFirstFile's data against
 * GetFileAttributesEx. Winrun caches directory listings and drive links
 * (docs/design.md, "Path lookup"): none of this may show a stale name. */
#include <windows.h>
#include "test.h"
#include "file_test_dir.h"

static HANDLE open_existing(const char *path)
{
    return CreateFileA(path, GENERIC_READ, FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, NULL,
                       OPEN_EXISTING, 0, NULL);
}

/* 1 if PATH opens; else 0 with *err the error */
static int opens(const char *path, DWORD *err)
{
    HANDLE h;
    SetLastError(0xdeadbeef);
    h = open_existing(path);
    *err = GetLastError();
    if (h == INVALID_HANDLE_VALUE) return 0;
    CloseHandle(h);
    return 1;
}

/* Runs this program with ARGS in the test directory and waits; its exit code */
static DWORD run_child(const char *args)
{
    char exe[MAX_PATH], cmd[3 * MAX_PATH];
    STARTUPINFOA si;
    PROCESS_INFORMATION pi;
    DWORD code = 99;

    GetModuleFileNameA(NULL, exe, sizeof(exe));
    _snprintf(cmd, sizeof(cmd) - 1, "\"%s\" %s", exe, args);
    memset(&si, 0, sizeof(si));
    si.cb = sizeof(si);
    if (!CreateProcessA(exe, cmd, NULL, NULL, FALSE, 0, NULL, test_dir, &si, &pi)) return 98;
    WaitForSingleObject(pi.hProcess, 10000);
    GetExitCodeProcess(pi.hProcess, &code);
    CloseHandle(pi.hProcess);
    CloseHandle(pi.hThread);
    return code;
}

static void test_same_process(void)
{
    DWORD err;
    int r;

    make_file(tpath("Alpha.txt"), "a");
    r = opens(tpath("ALPHA.TXT"), &err);
    ok(r, "mixed-case open: err %lu", err);
    r = opens(tpath("alpha.TXT"), &err);
    ok(r, "again, another case: err %lu", err);
    r = MoveFileA(tpath("Alpha.txt"), tpath("Beta.txt"));
    ok(r, "rename: err %lu", GetLastError());
    r = opens(tpath("ALPHA.TXT"), &err);
    ok(!r && err == ERROR_FILE_NOT_FOUND, "old name after rename: %d err %lu", r, err);
    r = opens(tpath("bEtA.tXt"), &err);
    ok(r, "new name after rename: err %lu", err);

    /* a miss, then the file appears: the miss must not be remembered */
    r = opens(tpath("GAMMA.TXT"), &err);
    ok(!r && err == ERROR_FILE_NOT_FOUND, "missing: %d err %lu", r, err);
    make_file(tpath("Gamma.txt"), "g");
    r = opens(tpath("GAMMA.TXT"), &err);
    ok(r, "created after a miss: err %lu", err);
    r = opens(tpath("Gamma.txt"), &err);
    ok(r, "exact name: err %lu", err);

    /* deleted: gone under every case */
    ok(DeleteFileA(tpath("GAMMA.txt")), "delete by another case: err %lu", GetLastError());
    r = opens(tpath("gamma.txt"), &err);
    ok(!r && err == ERROR_FILE_NOT_FOUND, "deleted: %d err %lu", r, err);
    r = opens(tpath("Gamma.txt"), &err);
    ok(!r && err == ERROR_FILE_NOT_FOUND, "deleted, exact name: %d err %lu", r, err);
}

static void test_other_process(void)
{
    DWORD err, code;
    int r;

    make_file(tpath("Delta.dat"), "d");
    r = opens(tpath("DELTA.DAT"), &err);
    ok(r, "mixed-case open: err %lu", err);
    code = run_child("rename Delta.dat Epsilon.dat");
    ok(code == 0, "child rename: exit %lu", code);
    r = opens(tpath("DELTA.DAT"), &err);
    ok(!r && err == ERROR_FILE_NOT_FOUND, "old name after the child's rename: %d err %lu", r, err);
    r = opens(tpath("EPSILON.DAT"), &err);
    ok(r, "new name after the child's rename: err %lu", err);

    r = opens(tpath("ZETA.DAT"), &err);
    ok(!r && err == ERROR_FILE_NOT_FOUND, "missing: %d err %lu", r, err);
    code = run_child("create Zeta.dat");
    ok(code == 0, "child create: exit %lu", code);
    r = opens(tpath("ZETA.DAT"), &err);
    ok(r, "created by the child after a miss: err %lu", err);
}

static void test_directories(void)
{
    char path[MAX_PATH];
    DWORD err;
    int r;

    ok(CreateDirectoryA(tpath("Outer"), NULL), "mkdir: err %lu", GetLastError());
    ok(CreateDirectoryA(tpath("OUTER\\Inner"), NULL), "mkdir through another case: err %lu", GetLastError());
    make_file(tpath("outer\\INNER\\File.Txt"), "f");
    r = opens(tpath("OUTER\\INNER\\FILE.TXT"), &err);
    ok(r, "mixed-case directories: err %lu", err);
    r = opens(tpath("Outer\\Inner\\File.Txt"), &err);
    ok(r, "exact: err %lu", err);
    r = MoveFileA(tpath("Outer"), tpath("Other"));
    ok(r, "rename the directory: err %lu", GetLastError());
    r = opens(tpath("OUTER\\INNER\\FILE.TXT"), &err);
    ok(!r && err == ERROR_PATH_NOT_FOUND, "through the old directory name: %d err %lu", r, err);
    r = opens(tpath("OTHER\\inner\\file.txt"), &err);
    ok(r, "through the new one: err %lu", err);
    r = opens(tpath("OTHER\\inner\\NONE.txt"), &err);
    ok(!r && err == ERROR_FILE_NOT_FOUND, "missing file in a mixed-case directory: %d err %lu", r, err);
    r = opens(tpath("OTHER\\none\\file.txt"), &err);
    ok(!r && err == ERROR_PATH_NOT_FOUND, "missing directory: %d err %lu", r, err);
    r = opens(tpath("OTHER\\inner\\file.txt\\x"), &err);
    ok(!r && err == ERROR_PATH_NOT_FOUND, "a file as a directory: %d err %lu", r, err);
    /* the directory itself through another case, with and without a separator */
    _snprintf(path, sizeof(path) - 1, "%s\\", tpath("OTHER\\INNER"));
    ok(GetFileAttributesA(path) == FILE_ATTRIBUTE_DIRECTORY, "directory with a separator: %#lx",
       GetFileAttributesA(path));
    ok(GetFileAttributesA(tpath("other\\inner")) == FILE_ATTRIBUTE_DIRECTORY, "directory: %#lx",
       GetFileAttributesA(tpath("other\\inner")));
}

/* FindFirstFile reports what GetFileAttributesEx does, for files and directories */
static void test_find_data(void)
{
    WIN32_FILE_ATTRIBUTE_DATA attr;
    WIN32_FIND_DATAA fd;
    char mask[MAX_PATH];
    HANDLE h;
    int seen = 0;

    ok(CreateDirectoryA(tpath("Listing"), NULL), "mkdir: err %lu", GetLastError());
    make_file(tpath("Listing\\Small.txt"), "12345");
    make_file(tpath("Listing\\ReadOnly.txt"), "1");
    SetFileAttributesA(tpath("Listing\\ReadOnly.txt"), FILE_ATTRIBUTE_READONLY);
    CreateDirectoryA(tpath("Listing\\Sub"), NULL);
    _snprintf(mask, sizeof(mask) - 1, "%s\\*", tpath("LISTING"));
    h = FindFirstFileA(mask, &fd);
    ok(h != INVALID_HANDLE_VALUE, "FindFirstFile: err %lu", GetLastError());
    if (h == INVALID_HANDLE_VALUE) return;
    do {
        char path[MAX_PATH];
        if (!strcmp(fd.cFileName, ".") || !strcmp(fd.cFileName, "..")) continue;
        _snprintf(path, sizeof(path) - 1, "%s\\%s", tpath("Listing"), fd.cFileName);
        seen++;
        ok(GetFileAttributesExA(path, GetFileExInfoStandard, &attr), "attributes of %s: err %lu", fd.cFileName,
           GetLastError());
        ok(attr.dwFileAttributes == fd.dwFileAttributes, "%s: attributes %#lx, listed %#lx", fd.cFileName,
           attr.dwFileAttributes, fd.dwFileAttributes);
        ok(attr.nFileSizeLow == fd.nFileSizeLow && attr.nFileSizeHigh == fd.nFileSizeHigh, "%s: size %lu, listed %lu",
           fd.cFileName, attr.nFileSizeLow, fd.nFileSizeLow);
        ok(!CompareFileTime(&attr.ftLastWriteTime, &fd.ftLastWriteTime), "%s: write time", fd.cFileName);
        ok(!CompareFileTime(&attr.ftCreationTime, &fd.ftCreationTime), "%s: creation time", fd.cFileName);
    } while (FindNextFileA(h, &fd));
    FindClose(h);
    ok(seen == 3, "listed %d entries", seen);
    SetFileAttributesA(tpath("Listing\\ReadOnly.txt"), FILE_ATTRIBUTE_NORMAL);
}

int main(int argc, char **argv)
{
    if (argc == 4 && !strcmp(argv[1], "rename")) return MoveFileA(argv[2], argv[3]) ? 0 : 1;
    if (argc == 3 && !strcmp(argv[1], "create")) {
        HANDLE h = CreateFileA(argv[2], GENERIC_WRITE, 0, NULL, CREATE_NEW, 0, NULL);
        if (h == INVALID_HANDLE_VALUE) return 1;
        CloseHandle(h);
        return 0;
    }
    test_dir_create("lookup");
    test_same_process();
    test_other_process();
    test_directories();
    test_find_data();
    test_dir_remove();
    return test_done();
}
