/* env_set.c - changing the environment and reading it back through the
 * Win32 calls, the CRT, the environment block and expansion.
 * run.sh sets WINRUN_TEST_VAR="hello world". */
#include "test.h"
#include <stdlib.h>

/* Find "name=value" (name compared case-insensitively) in a block. */
static const WCHAR *find_in_block(const WCHAR *block, const WCHAR *name)
{
    int n = lstrlenW(name);
    const WCHAR *p;

    for (p = block; *p; p += lstrlenW(p) + 1)
        if (CompareStringW(LOCALE_INVARIANT, NORM_IGNORECASE, p, n, name, n) == CSTR_EQUAL && p[n] == '=')
            return p + n + 1;
    return NULL;
}

int main(void)
{
    char buf[128];
    WCHAR *block, *p;
    const WCHAR *v;
    DWORD r;
    int entries = 0, ended = 0;

    ok(SetEnvironmentVariableA("WINRUN_SET", "one"), "SetEnvironmentVariableA");
    r = GetEnvironmentVariableA("WINRUN_SET", buf, sizeof(buf));
    ok(r == 3 && !strcmp(buf, "one"), "read back: %lu [%s]", r, buf);
    ok(SetEnvironmentVariableW(L"WINRUN_SET", L"two"), "SetEnvironmentVariableW overwrites");
    r = GetEnvironmentVariableA("WINRUN_SET", buf, sizeof(buf));
    ok(r == 3 && !strcmp(buf, "two"), "read back with A: %lu [%s]", r, buf);
    ok(SetEnvironmentVariableA("WINRUN_SET", NULL), "delete with NULL value");
    SetLastError(0xdeadbeef);
    r = GetEnvironmentVariableA("WINRUN_SET", buf, sizeof(buf));
    ok(r == 0 && GetLastError() == ERROR_ENVVAR_NOT_FOUND, "deleted: %lu err %lu", r, GetLastError());
    SetLastError(0xdeadbeef);
    ok(!SetEnvironmentVariableA("BAD=NAME", "x") && GetLastError() == ERROR_INVALID_PARAMETER,
       "a name with '=' is refused, err %lu", GetLastError());

    /* _putenv changes both the CRT's copy and the process environment */
    ok(_putenv("WINRUN_PUT=crt") == 0, "_putenv");
    ok(getenv("WINRUN_PUT") && !strcmp(getenv("WINRUN_PUT"), "crt"), "getenv after _putenv");
    r = GetEnvironmentVariableA("WINRUN_PUT", buf, sizeof(buf));
    ok(r == 3 && !strcmp(buf, "crt"), "GetEnvironmentVariableA after _putenv: %lu", r);
    ok(_putenv("WINRUN_PUT=") == 0 && getenv("WINRUN_PUT") == NULL, "_putenv(NAME=) removes");

    SetEnvironmentVariableA("WINRUN_BLOCK", "in block");
    block = GetEnvironmentStringsW();
    ok(block != NULL, "GetEnvironmentStringsW");
    for (p = block; *p && entries < 100000; p += lstrlenW(p) + 1)
        entries++;
    ended = !*p;
    ok(ended && entries > 1, "block of %d entries ends with an empty string", entries);
    v = find_in_block(block, L"WINRUN_TEST_VAR");
    ok(v && !lstrcmpW(v, L"hello world"), "inherited variable in block: %s", dbgstr_w(v));
    v = find_in_block(block, L"WINRUN_BLOCK");
    ok(v && !lstrcmpW(v, L"in block"), "set variable in block: %s", dbgstr_w(v));
    ok(FreeEnvironmentStringsW(block), "FreeEnvironmentStringsW");

    r = ExpandEnvironmentStringsA("<%WINRUN_TEST_VAR%>", buf, sizeof(buf));
    ok(r == 14 && !strcmp(buf, "<hello world>"), "ExpandEnvironmentStringsA: %lu [%s]", r, buf);
    r = ExpandEnvironmentStringsA("%WINRUN_NO_SUCH_VAR%!", buf, sizeof(buf));
    ok(r == 22 && !strcmp(buf, "%WINRUN_NO_SUCH_VAR%!"), "unknown stays as is: %lu [%s]", r, buf);
    r = ExpandEnvironmentStringsA("%WINRUN_TEST_VAR%", NULL, 0);
    ok(r == 12, "size query: %lu", r);
    return test_done();
}
