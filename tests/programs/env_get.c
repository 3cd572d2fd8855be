/* env_get.c - reading variables that run.sh puts in the Unix environment:
 * WINRUN_TEST_VAR="hello world" and WINRUN_TEST_UTF8=<U+00E9 U+20AC in
 * UTF-8>.  Plain variables must pass through to the Windows program. */
#include "test.h"
#include <stdlib.h>

int main(void)
{
    char buf[64], small[4];
    WCHAR wbuf[64];
    DWORD r;
    const char *s;

    memset(buf, 0, sizeof(buf));
    SetLastError(0xdeadbeef);
    r = GetEnvironmentVariableA("WINRUN_TEST_VAR", buf, sizeof(buf));
    ok(r == 11 && !strcmp(buf, "hello world"), "GetEnvironmentVariableA: %lu [%s]", r, buf);
    r = GetEnvironmentVariableA("winrun_test_var", buf, sizeof(buf));
    ok(r == 11, "names are case-insensitive: %lu", r);
    r = GetEnvironmentVariableA("WINRUN_TEST_VAR", NULL, 0);
    ok(r == 12, "size query returns the size with the terminator: %lu", r);
    r = GetEnvironmentVariableA("WINRUN_TEST_VAR", small, sizeof(small));
    ok(r == 12, "too small a buffer returns the size needed: %lu", r);
    r = GetEnvironmentVariableW(L"WINRUN_TEST_VAR", wbuf, 64);
    ok(r == 11 && !lstrcmpW(wbuf, L"hello world"), "GetEnvironmentVariableW: %lu %s", r, dbgstr_w(wbuf));
    r = GetEnvironmentVariableW(L"WINRUN_TEST_UTF8", wbuf, 64);
    ok(r == 2 && !lstrcmpW(wbuf, L"\x00e9\x20ac"), "UTF-8 value arrives as UTF-16: %lu %s", r, dbgstr_w(wbuf));

    SetLastError(0xdeadbeef);
    r = GetEnvironmentVariableA("WINRUN_NO_SUCH_VAR", buf, sizeof(buf));
    ok(r == 0 && GetLastError() == ERROR_ENVVAR_NOT_FOUND, "missing variable: %lu err %lu", r, GetLastError());
    SetLastError(0xdeadbeef);
    r = GetEnvironmentVariableW(L"WINRUN_NO_SUCH_VAR", wbuf, 64);
    ok(r == 0 && GetLastError() == ERROR_ENVVAR_NOT_FOUND, "missing variable (W): %lu err %lu", r, GetLastError());

    s = getenv("WINRUN_TEST_VAR");
    ok(s && !strcmp(s, "hello world"), "getenv: %s", s ? s : "(null)");
    ok(getenv("WINRUN_NO_SUCH_VAR") == NULL, "getenv of a missing variable is NULL");
    ok(_wgetenv(L"WINRUN_TEST_UTF8") && !lstrcmpW(_wgetenv(L"WINRUN_TEST_UTF8"), L"\x00e9\x20ac"), "_wgetenv");
    return test_done();
}
