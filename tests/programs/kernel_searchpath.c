/* SearchPathA/W: explicit paths, a search list, the default order, the
 * extension rule and the return conventions; the Wow64 redirection
 * switches of a 64-bit process.  Expectations checked under Wine. */
#include "test.h"

static char dir[MAX_PATH], sub[MAX_PATH];

static void touch(const char *path)
{
    HANDLE h = CreateFileA(path, GENERIC_WRITE, 0, NULL, CREATE_ALWAYS, 0, NULL);
    ok(h != INVALID_HANDLE_VALUE, "create %s: err %lu", path, GetLastError());
    CloseHandle(h);
}

static void test_search(void)
{
    char buf[MAX_PATH], expect[MAX_PATH], small[8], *part;
    WCHAR wbuf[MAX_PATH], wdir[MAX_PATH], *wpart;
    DWORD r, len;

    /* in the given path list; a missing directory first is skipped */
    _snprintf(buf, sizeof(buf), "%s\\nope;%s", dir, sub);
    lstrcpyA(expect, buf);
    part = NULL;
    r = SearchPathA(expect, "a.txt", NULL, sizeof(buf), buf, &part);
    _snprintf(expect, sizeof(expect), "%s\\a.txt", sub);
    ok(r == (DWORD)lstrlenA(expect) && !lstrcmpiA(buf, expect), "list: %lu %s", r, buf);
    ok(part && !lstrcmpA(part, "a.txt"), "list: part %s", part ? part : "(null)");

    /* the extension is added only when the name has none */
    r = SearchPathA(sub, "a", ".txt", sizeof(buf), buf, NULL);
    ok(r == (DWORD)lstrlenA(expect) && !lstrcmpiA(buf, expect), "ext added: %lu %s", r, buf);
    SetLastError(0xdeadbeef);
    r = SearchPathA(sub, "a.x", ".txt", sizeof(buf), buf, NULL);
    ok(r == 0 && GetLastError() == ERROR_FILE_NOT_FOUND, "ext not added: %lu err %lu", r, GetLastError());
    r = SearchPathA(sub, "a.txt", ".bin", sizeof(buf), buf, NULL);
    ok(r == (DWORD)lstrlenA(expect), "ext ignored: %lu", r);

    /* buffer too small: the size needed with the NUL, nothing found in part */
    len = lstrlenA(expect);
    part = (char *)1;
    r = SearchPathA(sub, "a.txt", NULL, sizeof(small), small, &part);
    ok(r == len + 1, "small: %lu (want %lu)", r, len + 1);
    r = SearchPathA(sub, "a.txt", NULL, len, buf, NULL);
    ok(r == len + 1, "exact-1: %lu", r);
    r = SearchPathA(sub, "a.txt", NULL, len + 1, buf, NULL);
    ok(r == len, "exact: %lu", r);

    /* an explicit path ignores the list */
    _snprintf(buf, sizeof(buf), "%s\\a.txt", sub);
    r = SearchPathA("C:\\nonexistent", buf, NULL, sizeof(expect), expect, NULL);
    ok(r == (DWORD)lstrlenA(buf), "explicit: %lu", r);
    SetCurrentDirectoryA(sub);
    r = SearchPathA("C:\\nonexistent", ".\\a", ".txt", sizeof(expect), expect, &part);
    ok(r == (DWORD)lstrlenA(buf) && !lstrcmpiA(expect, buf), "dot-relative with ext: %lu %s", r, expect);
    SetLastError(0xdeadbeef);
    r = SearchPathA("C:\\nonexistent", ".\\b.txt", NULL, sizeof(expect), expect, NULL);
    ok(r == 0 && GetLastError() == ERROR_FILE_NOT_FOUND, "explicit missing: %lu err %lu", r, GetLastError());

    /* the default order finds the current directory */
    r = SearchPathA(NULL, "a.txt", NULL, sizeof(expect), expect, NULL);
    ok(r == (DWORD)lstrlenA(buf) && !lstrcmpiA(expect, buf), "current dir: %lu %s", r, expect);
    /* ... and the system directory, and directories count */
    r = SearchPathA(NULL, "kernel32.dll", NULL, sizeof(expect), expect, NULL);
    GetSystemDirectoryA(buf, sizeof(buf));
    lstrcatA(buf, "\\kernel32.dll");
    ok(r && !lstrcmpiA(expect, buf), "system dir: %lu %s", r, expect);
    SetCurrentDirectoryA(dir);
    r = SearchPathA(NULL, "sub", NULL, sizeof(expect), expect, NULL);
    ok(r == (DWORD)lstrlenA(sub) && !lstrcmpiA(expect, sub), "directory: %lu %s", r, expect);

    SetLastError(0xdeadbeef);
    r = SearchPathA(NULL, "", NULL, sizeof(expect), expect, NULL);
    ok(r == 0 && GetLastError() == ERROR_INVALID_PARAMETER, "empty: %lu err %lu", r, GetLastError());
    SetLastError(0xdeadbeef);
    r = SearchPathA(NULL, "no-such-file-k32.txt", NULL, sizeof(expect), expect, NULL);
    ok(r == 0 && GetLastError() == ERROR_FILE_NOT_FOUND, "missing: %lu err %lu", r, GetLastError());

    /* W */
    MultiByteToWideChar(CP_ACP, 0, sub, -1, wdir, MAX_PATH);
    wpart = NULL;
    r = SearchPathW(wdir, L"a", L".txt", MAX_PATH, wbuf, &wpart);
    ok(r == (DWORD)lstrlenA(sub) + 6 && wpart && !lstrcmpW(wpart, L"a.txt"), "W: %lu", r);
    r = SearchPathW(wdir, L"a.txt", NULL, 3, wbuf, NULL);
    ok(r == (DWORD)lstrlenA(sub) + 7, "W small: %lu", r);
}

/* a 64-bit process has no redirection to switch: both calls fail with
   ERROR_INVALID_FUNCTION and leave *old alone (as on 64-bit Windows) */
static void test_wow64(void)
{
    void *old = (void *)0xdead;
    BOOL r;

    SetLastError(0xdeadbeef);
    r = Wow64DisableWow64FsRedirection(&old);
    ok(!r && GetLastError() == ERROR_INVALID_FUNCTION && old == (void *)0xdead,
       "disable: %d %p err %lu", r, old, GetLastError());
    SetLastError(0xdeadbeef);
    r = Wow64RevertWow64FsRedirection(old);
    ok(!r && GetLastError() == ERROR_INVALID_FUNCTION, "revert: %d err %lu", r, GetLastError());
}

int main(void)
{
    char path[MAX_PATH];

    GetTempPathA(MAX_PATH, path);
    _snprintf(dir, sizeof(dir), "%swinrun_search_%lu", path, GetCurrentProcessId());
    _snprintf(sub, sizeof(sub), "%s\\sub", dir);
    CreateDirectoryA(dir, NULL);
    CreateDirectoryA(sub, NULL);
    GetLongPathNameA(dir, dir, MAX_PATH);
    _snprintf(sub, sizeof(sub), "%s\\sub", dir);
    _snprintf(path, sizeof(path), "%s\\a.txt", sub);
    touch(path);

    test_search();
    test_wow64();

    SetCurrentDirectoryA("C:\\");
    DeleteFileA(path);
    RemoveDirectoryA(sub);
    RemoveDirectoryA(dir);
    return test_done();
}
