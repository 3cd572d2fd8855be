/* console_redirect.c - the console functions on redirected std handles:
 * stdin is the NUL device, stdout a file or a pipe (argv[1] says which).
 * Windows fails them with ERROR_INVALID_HANDLE, which is how programs
 * tell a console from a redirection. */
#include "test.h"

#define CHECK_INVALID(call) do { \
        BOOL r_; \
        SetLastError(0xdeadbeef); \
        r_ = (call); \
        ok(!r_ && GetLastError() == ERROR_INVALID_HANDLE, #call ": got %d err %lu", r_, GetLastError()); \
    } while (0)

int main(int argc, char **argv)
{
    HANDLE in = GetStdHandle(STD_INPUT_HANDLE), out = GetStdHandle(STD_OUTPUT_HANDLE);
    CONSOLE_SCREEN_BUFFER_INFO info;
    DWORD mode = 0xdeadbeef, n = 0xdeadbeef, type;
    char buf[16];
    BOOL r;

    type = GetFileType(out);
    if (argc > 1 && !strcmp(argv[1], "pipe"))
        ok(type == FILE_TYPE_PIPE, "stdout type %lu", type);
    else
        ok(type == FILE_TYPE_DISK, "stdout type %lu", type);

    CHECK_INVALID(GetConsoleMode(out, &mode));
    CHECK_INVALID(GetConsoleMode(in, &mode));
    CHECK_INVALID(SetConsoleMode(out, ENABLE_PROCESSED_OUTPUT));
    CHECK_INVALID(SetConsoleMode(in, ENABLE_LINE_INPUT));
    CHECK_INVALID(GetConsoleScreenBufferInfo(out, &info));
    CHECK_INVALID(SetConsoleTextAttribute(out, FOREGROUND_RED | FOREGROUND_INTENSITY));
    CHECK_INVALID(FlushConsoleInputBuffer(in));
    CHECK_INVALID(GetNumberOfConsoleInputEvents(in, &n));

    SetLastError(0xdeadbeef);
    r = WriteConsoleA(out, "hidden\n", 7, &n, NULL);
    ok(!r && GetLastError() == ERROR_INVALID_HANDLE, "WriteConsoleA: got %d err %lu", r, GetLastError());
    SetLastError(0xdeadbeef);
    r = WriteConsoleW(out, L"hidden\n", 7, &n, NULL);
    ok(!r && GetLastError() == ERROR_INVALID_HANDLE, "WriteConsoleW: got %d err %lu", r, GetLastError());
    SetLastError(0xdeadbeef);
    r = ReadConsoleA(in, buf, sizeof(buf), &n, NULL);
    ok(!r && GetLastError() == ERROR_INVALID_HANDLE, "ReadConsoleA: got %d err %lu", r, GetLastError());

    /* the handle itself still works for files and pipes */
    r = WriteFile(out, "# via WriteFile\n", 16, &n, NULL);
    ok(r && n == 16, "WriteFile to stdout: got %d, %lu bytes", r, n);

    /* bad std handle ids */
    SetLastError(0xdeadbeef);
    ok(GetStdHandle(5) == INVALID_HANDLE_VALUE && GetLastError() == ERROR_INVALID_HANDLE,
       "GetStdHandle(5): err %lu", GetLastError());
    SetLastError(0xdeadbeef);
    r = SetStdHandle(5, out);
    ok(!r && GetLastError() == ERROR_INVALID_HANDLE, "SetStdHandle(5): got %d err %lu", r, GetLastError());

    /* std handles can be swapped and restored */
    ok(SetStdHandle(STD_ERROR_HANDLE, out) && GetStdHandle(STD_ERROR_HANDLE) == out, "SetStdHandle(stderr)");

    /* the file API code page flag */
    ok(AreFileApisANSI(), "file APIs start as ANSI");
    SetFileApisToOEM();
    ok(!AreFileApisANSI(), "SetFileApisToOEM");
    SetFileApisToANSI();
    ok(AreFileApisANSI(), "SetFileApisToANSI");

    return test_done();
}
