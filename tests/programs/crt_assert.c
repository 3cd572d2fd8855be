/* msvcrt's _assert/_wassert (console path: message on stderr, abort ->
 * exit code 3) and perror/_wperror; run.sh checks stderr and the exit
 * code of each variant.  Expectations checked under Wine. */
#include <errno.h>
#include "test.h"

typedef void (__cdecl *assert_fn)(const char *, const char *, unsigned int);
typedef void (__cdecl *wassert_fn)(const WCHAR *, const WCHAR *, unsigned int);
typedef void (__cdecl *wperror_fn)(const WCHAR *);

int main(int argc, char **argv)
{
    HMODULE crt = GetModuleHandleA("msvcrt.dll");
    assert_fn p_assert = (assert_fn)GetProcAddress(crt, "_assert");
    wassert_fn p_wassert = (wassert_fn)GetProcAddress(crt, "_wassert");
    wperror_fn p_wperror = (wperror_fn)GetProcAddress(crt, "_wperror");

    ok(p_assert && p_wassert && p_wperror, "exports");
    if (!p_assert || !p_wassert || !p_wperror) return test_done();
    if (argc > 1 && !strcmp(argv[1], "assert")) {
        test_done();            /* run.sh wants the done line before the abort */
        fflush(stdout);
        p_assert("x == 1", "file.c", 12);
        ok(0, "_assert returned");
    }
    if (argc > 1 && !strcmp(argv[1], "wassert")) {
        test_done();
        fflush(stdout);
        p_wassert(L"y != 2", L"wfile.c", 345);
        ok(0, "_wassert returned");
    }
    errno = ENOENT;
    perror("narrow");
    ok(errno == ENOENT, "perror keeps errno: %d", errno);
    errno = EACCES;
    p_wperror(L"wide");
    ok(errno == EACCES, "_wperror keeps errno: %d", errno);
    errno = EBADF;
    p_wperror(NULL);
    p_wperror(L"");
    return test_done();
}
