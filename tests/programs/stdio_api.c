/* stdio_api.c - return values of the stdio calls and the std handles. */
#include "test.h"
#include <fcntl.h>
#include <io.h>

int main(void)
{
    HANDLE out = GetStdHandle(STD_OUTPUT_HANDLE), err = GetStdHandle(STD_ERROR_HANDLE);
    HANDLE in = GetStdHandle(STD_INPUT_HANDLE);
    DWORD written = 0;
    BOOL b;
    int r;

    ok(out != NULL && out != INVALID_HANDLE_VALUE, "STD_OUTPUT_HANDLE %p", out);
    ok(err != NULL && err != INVALID_HANDLE_VALUE, "STD_ERROR_HANDLE %p", err);
    ok(in != NULL && in != INVALID_HANDLE_VALUE, "STD_INPUT_HANDLE %p", in);
    ok(out != err, "stdout and stderr are distinct handles");
    ok(_fileno(stdin) == 0 && _fileno(stdout) == 1 && _fileno(stderr) == 2, "fileno 0 1 2");
    ok((HANDLE)_get_osfhandle(1) == out, "_get_osfhandle(1) is STD_OUTPUT_HANDLE");
    ok((HANDLE)_get_osfhandle(2) == err, "_get_osfhandle(2) is STD_ERROR_HANDLE");

    r = printf("# printf line\n");
    ok(r == 14, "printf returns the characters before translation: %d", r);
    r = fputs("# fputs line\n", stdout);
    ok(r >= 0, "fputs returns non-negative: %d", r);
    r = (int)fwrite("# fwrite\n", 3, 3, stdout);
    ok(r == 3, "fwrite returns the items written: %d", r);
    r = puts("# puts");
    ok(r >= 0, "puts returns non-negative: %d", r);
    r = fprintf(stderr, "stderr from fprintf\n");
    ok(r == 20, "fprintf(stderr) returns %d", r);
    fflush(stdout);

    b = WriteFile(out, "# WriteFile\r\n", 13, &written, NULL);
    ok(b && written == 13, "WriteFile stdout: %d written %lu", b, written);
    b = WriteFile(err, "WriteFile stderr\n", 17, &written, NULL);
    ok(b && written == 17, "WriteFile stderr: %d written %lu", b, written);
    b = WriteFile(out, "", 0, &written, NULL);
    ok(b && written == 0, "zero-length WriteFile: %d written %lu", b, written);
    r = _write(1, "# _write\n", 9);
    ok(r == 9, "_write returns the bytes given: %d", r);

    /* the std handle can be replaced and restored */
    ok(SetStdHandle(STD_OUTPUT_HANDLE, err) && GetStdHandle(STD_OUTPUT_HANDLE) == err, "SetStdHandle");
    ok(SetStdHandle(STD_OUTPUT_HANDLE, out) && GetStdHandle(STD_OUTPUT_HANDLE) == out, "SetStdHandle back");
    return test_done();
}
