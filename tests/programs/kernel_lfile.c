/* OpenFile (OF_PARSE, OF_CREATE, OF_EXIST, OF_READ, OF_DELETE), the
 * _l and _h file functions and WinExec.  Expectations checked under Wine. */
#include "test.h"

static void test_lfile(const char *path)
{
    char buf[16];
    HFILE f;
    LONG pos;
    UINT n;

    f = _lcreat(path, 0);
    ok(f != HFILE_ERROR, "_lcreat: err %lu", GetLastError());
    n = _lwrite(f, "hello world", 11);
    ok(n == 11, "_lwrite: %u", n);
    pos = _llseek(f, 5, FILE_BEGIN);
    ok(pos == 5, "_llseek: %ld", pos);
    n = _lwrite(f, "", 0);          /* truncates here */
    ok(n == 0, "_lwrite 0: %u", n);
    pos = _llseek(f, 0, FILE_END);
    ok(pos == 5, "truncated: %ld", pos);
    ok(_lclose(f) == 0, "_lclose");

    f = _lopen(path, OF_READ);
    ok(f != HFILE_ERROR, "_lopen: err %lu", GetLastError());
    memset(buf, 0, sizeof(buf));
    n = _lread(f, buf, sizeof(buf));
    ok(n == 5 && !memcmp(buf, "hello", 5), "_lread: %u %s", n, buf);
    n = _lwrite(f, "x", 1);
    ok(n == (UINT)HFILE_ERROR, "_lwrite on OF_READ: %u", n);
    pos = _llseek(f, -2, FILE_END);
    ok(pos == 3 && _hread(f, buf, 10) == 2 && !memcmp(buf, "lo", 2), "_hread: %ld", pos);
    _lclose(f);

    f = _lopen(path, OF_READWRITE | OF_SHARE_EXCLUSIVE);
    ok(f != HFILE_ERROR, "_lopen exclusive");
    SetLastError(0xdeadbeef);
    ok(_lopen(path, OF_READ) == HFILE_ERROR && GetLastError() == ERROR_SHARING_VIOLATION,
       "second open: err %lu", GetLastError());
    ok(_hwrite(f, "HE", 2) == 2, "_hwrite");
    _lclose(f);

    SetLastError(0xdeadbeef);
    f = _lopen("C:\\no\\such\\k32file", OF_READ);
    ok(f == HFILE_ERROR && GetLastError() == ERROR_PATH_NOT_FOUND, "_lopen missing: err %lu", GetLastError());
}

static void test_openfile(const char *dir, const char *path)
{
    OFSTRUCT ofs;
    char expect[MAX_PATH], buf[8];
    HFILE f;
    DWORD n;

    memset(&ofs, 0xcc, sizeof(ofs));
    f = OpenFile("rel.txt", &ofs, OF_PARSE);
    _snprintf(expect, sizeof(expect), "%s\\rel.txt", dir);
    ok(f == 0 && ofs.cBytes == sizeof(ofs) && ofs.nErrCode == 0 && !lstrcmpiA(ofs.szPathName, expect),
       "OF_PARSE: %d %u %u %s", f, ofs.cBytes, ofs.nErrCode, ofs.szPathName);
    ok(ofs.fFixedDisk == 1, "OF_PARSE: fixed %u", ofs.fFixedDisk);

    memset(&ofs, 0, sizeof(ofs));
    f = OpenFile(path, &ofs, OF_EXIST);
    ok(f == 1 && !lstrcmpiA(ofs.szPathName, path), "OF_EXIST: %d %s", f, ofs.szPathName);
    f = OpenFile("rel.txt", &ofs, OF_EXIST);
    ok(f == HFILE_ERROR && ofs.nErrCode == ERROR_FILE_NOT_FOUND, "OF_EXIST missing: %d %u", f, ofs.nErrCode);

    f = OpenFile("lfile.txt", &ofs, OF_READ);    /* found in the current directory */
    ok(f != HFILE_ERROR && !lstrcmpiA(ofs.szPathName, path), "OF_READ: %d %s", f, ofs.szPathName);
    n = _lread(f, buf, sizeof(buf));
    ok(n == 5 && !memcmp(buf, "HEllo", 5), "OF_READ data: %lu", n);
    _lclose(f);
    f = OpenFile(NULL, &ofs, OF_READ | OF_REOPEN);
    ok(f != HFILE_ERROR, "OF_REOPEN: %d", f);
    _lclose(f);

    f = OpenFile("new.txt", &ofs, OF_CREATE | OF_WRITE);
    _snprintf(expect, sizeof(expect), "%s\\new.txt", dir);
    ok(f != HFILE_ERROR && !lstrcmpiA(ofs.szPathName, expect), "OF_CREATE: %d %s", f, ofs.szPathName);
    ok(_lwrite(f, "abc", 3) == 3, "OF_CREATE write");
    _lclose(f);
    ok(GetFileAttributesA(expect) != INVALID_FILE_ATTRIBUTES, "created");

    f = OpenFile("new.txt", &ofs, OF_DELETE);
    ok(f == 1 && GetFileAttributesA(expect) == INVALID_FILE_ATTRIBUTES, "OF_DELETE: %d", f);
    f = OpenFile("new.txt", &ofs, OF_DELETE);
    ok(f == HFILE_ERROR && ofs.nErrCode == ERROR_FILE_NOT_FOUND, "OF_DELETE missing: %d %u", f, ofs.nErrCode);
    f = OpenFile("lfile.txt", &ofs, OF_DELETE);
    ok(f == 1, "OF_DELETE 2: %d", f);
}

static void test_winexec(const char *self)
{
    char cmd[MAX_PATH + 16];
    UINT r;

    _snprintf(cmd, sizeof(cmd), "\"%s\" child", self);
    r = WinExec(cmd, SW_HIDE);
    ok(r == 33, "WinExec: %u", r);
    r = WinExec("no_such_program_k32.exe", SW_SHOW);
    ok(r == ERROR_FILE_NOT_FOUND, "WinExec missing: %u", r);
    r = WinExec("C:\\no\\such\\dir\\prog.exe", SW_SHOW);
    ok(r == ERROR_FILE_NOT_FOUND, "WinExec missing dir: %u", r);
}

int main(int argc, char **argv)
{
    char tmp[MAX_PATH], dir[MAX_PATH], path[MAX_PATH], self[MAX_PATH];

    if (argc > 1 && !strcmp(argv[1], "child")) return 0;
    GetModuleFileNameA(NULL, self, sizeof(self));
    GetTempPathA(MAX_PATH, tmp);
    _snprintf(dir, sizeof(dir), "%swinrun_lfile_%lu", tmp, GetCurrentProcessId());
    CreateDirectoryA(dir, NULL);
    GetLongPathNameA(dir, dir, MAX_PATH);
    SetCurrentDirectoryA(dir);
    _snprintf(path, sizeof(path), "%s\\lfile.txt", dir);

    test_lfile(path);
    test_openfile(dir, path);
    /* the child must not start in the directory deleted below */
    SetCurrentDirectoryA("C:\\");
    test_winexec(self);
    DeleteFileA(path);
    RemoveDirectoryA(dir);
    return test_done();
}
