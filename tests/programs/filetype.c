/* filetype.c - GetFileType and the CRT's view of the std handles.
 * Usage: filetype.exe IN OUT ERR, each one of disk, pipe, char: what
 * run.sh connected to stdin, stdout and stderr (a file, a pipe, /dev/null
 * which Windows programs see as the character device NUL).
 * stdin carries "line one\r\nline two\n" unless it is /dev/null. */
#include "test.h"
#include <io.h>

static DWORD type_of(const char *name)
{
    if (!strcmp(name, "disk")) return FILE_TYPE_DISK;
    if (!strcmp(name, "pipe")) return FILE_TYPE_PIPE;
    if (!strcmp(name, "char")) return FILE_TYPE_CHAR;
    return FILE_TYPE_UNKNOWN;
}

int main(int argc, char **argv)
{
    static const DWORD std[3] = { STD_INPUT_HANDLE, STD_OUTPUT_HANDLE, STD_ERROR_HANDLE };
    char line[64] = "";
    DWORD mode;
    int i, got;

    ok(argc == 4, "argc %d", argc);
    if (argc != 4)
        return test_done();
    for (i = 0; i < 3; i++) {
        HANDLE h = GetStdHandle(std[i]);
        DWORD want = type_of(argv[i + 1]), got = GetFileType(h);
        ok(got == want, "GetFileType(std %d) %lu, expected %lu (%s)", i, got, want, argv[i + 1]);
        /* msvcrt's isatty is true for any character device, NUL included */
        ok(!_isatty(i) == (want != FILE_TYPE_CHAR), "_isatty(%d) %d", i, _isatty(i));
        SetLastError(0xdeadbeef);
        ok(!GetConsoleMode(h, &mode), "GetConsoleMode fails on a non-console handle, err %lu", GetLastError());
    }

    /* text-mode reading turns \r\n into \n */
    if (type_of(argv[1]) == FILE_TYPE_CHAR) {
        ok(fgets(line, sizeof(line), stdin) == NULL && feof(stdin), "NUL reads as end of file");
    } else {
        got = fgets(line, sizeof(line), stdin) != NULL;
        ok(got && !strcmp(line, "line one\n"), "first line [%.*s]", (int)strcspn(line, "\r\n"), line);
        got = fgets(line, sizeof(line), stdin) != NULL;
        ok(got && !strcmp(line, "line two\n"), "second line [%.*s]", (int)strcspn(line, "\r\n"), line);
        ok(fgets(line, sizeof(line), stdin) == NULL && feof(stdin), "then end of file");
    }
    return test_done();
}
