/* cwd.c - SetCurrentDirectory's errors and the form in which the
 * current directory is kept (made absolute, as named, no symlinks). */
#include "test.h"

int main(void)
{
    char start[MAX_PATH], buf[MAX_PATH], want[MAX_PATH + 32];
    DWORD n;
    BOOL r;

    n = GetCurrentDirectoryA(MAX_PATH, start);
    ok(n > 0 && n < MAX_PATH, "GetCurrentDirectoryA: %lu", n);
    GetTempPathA(MAX_PATH, buf);
    ok(SetCurrentDirectoryA(buf), "SetCurrentDirectoryA(temp)");
    ok(CreateDirectoryA("winrun_cwd_Dir", NULL), "CreateDirectoryA");
    CloseHandle(CreateFileA("winrun_cwd_file", GENERIC_WRITE, 0, NULL, CREATE_ALWAYS, 0, NULL));

    SetLastError(0xdeadbeef);
    r = SetCurrentDirectoryA("winrun_cwd_missing");
    ok(!r && GetLastError() == ERROR_FILE_NOT_FOUND, "missing directory: %d err %lu", r, GetLastError());
    SetLastError(0xdeadbeef);
    r = SetCurrentDirectoryA("winrun_cwd_missing\\sub");
    ok(!r && GetLastError() == ERROR_PATH_NOT_FOUND, "missing parent: %d err %lu", r, GetLastError());
    SetLastError(0xdeadbeef);
    r = SetCurrentDirectoryA("winrun_cwd_file");
    ok(!r && GetLastError() == ERROR_DIRECTORY, "a file: %d err %lu", r, GetLastError());

    GetCurrentDirectoryA(MAX_PATH, buf);
    r = SetCurrentDirectoryA("WINRUN_CWD_dir\\..\\winrun_cwd_dir");
    n = GetCurrentDirectoryA(MAX_PATH, want);
    _snprintf(buf + strlen(buf), 32, "%swinrun_cwd_dir", buf[strlen(buf) - 1] == '\\' ? "" : "\\");
    ok(r && !strcmp(want, buf), "kept as named, without the trailing backslash: %s", want);
    ok(n == strlen(want), "length %lu", n);
    n = GetCurrentDirectoryA(3, buf);
    ok(n == strlen(want) + 1, "too small a buffer gives the size needed: %lu", n);

    ok(SetCurrentDirectoryA(".."), "SetCurrentDirectoryA(..)");
    ok(DeleteFileA("winrun_cwd_file") && RemoveDirectoryA("winrun_cwd_Dir"), "cleanup");
    SetCurrentDirectoryA(start);
    return test_done();
}
