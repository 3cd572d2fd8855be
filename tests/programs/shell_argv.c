/* shell32 CommandLineToArgvW: argv[0]'s own rules, quotes, backslashes,
 * runs of quotes, empty arguments, blanks, and the empty command line. */
#include "test.h"
#include <shellapi.h>

static void check(int line, const WCHAR *cmd, int expect_argc, const WCHAR *const *expect)
{
    int argc = -1, i, same;
    WCHAR **argv = CommandLineToArgvW(cmd, &argc);

    same = argv && argc == expect_argc && argv[argc] == NULL;
    for (i = 0; same && i < argc; i++) same = !lstrcmpW(argv[i], expect[i]);
    test_ok(__FILE__, line, same, "%s: argc %d, argv[1] %s", dbgstr_w(cmd), argc,
            argv && argc > 1 ? dbgstr_w(argv[1]) : "-");
    LocalFree(argv);
}

#define CHECK(cmd, ...) do { static const WCHAR *const e[] = { __VA_ARGS__ }; \
    check(__LINE__, cmd, sizeof(e) / sizeof(e[0]), e); } while (0)

int main(void)
{
    WCHAR exe[MAX_PATH];
    WCHAR **argv;
    int argc = -1;
    DWORD err;

    CHECK(L"prog", L"prog");
    CHECK(L"prog a b", L"prog", L"a", L"b");
    CHECK(L"prog  \t a\t\tb  ", L"prog", L"a", L"b");
    CHECK(L"\"C:\\Program Files\\x.exe\" arg", L"C:\\Program Files\\x.exe", L"arg");
    CHECK(L"\"a b\"c d", L"a b", L"c", L"d");                    /* argv[0] ends at its closing quote */
    CHECK(L"C:\\dir\\\"x y", L"C:\\dir\\\"x", L"y");             /* no escapes in argv[0] */
    CHECK(L" a b", L"", L"a", L"b");                              /* a leading blank: empty argv[0] */
    CHECK(L"p \"a b\" c", L"p", L"a b", L"c");
    CHECK(L"p \"\" x", L"p", L"", L"x");
    CHECK(L"p a\\\\b", L"p", L"a\\\\b");                        /* backslashes alone are literal */
    CHECK(L"p a\\\"b", L"p", L"a\"b");                           /* \" is a quote */
    CHECK(L"p a\\\\\"b c\"", L"p", L"a\\b c");                   /* \\" is \ and a quote mark */
    CHECK(L"p a\\\\\\\"b", L"p", L"a\\\"b");                     /* \\\" is \" */
    CHECK(L"p \"a\"\"b c\"", L"p", L"a\"b", L"c");               /* "" inside quotes ends them */
    CHECK(L"p \"a\"\"\"b\"", L"p", L"a\"b");                      /* the third quote is literal */
    CHECK(L"p \"\"\"\"", L"p", L"\"");
    CHECK(L"p \"unterminated arg", L"p", L"unterminated arg");
    CHECK(L"p x\"y z\"w", L"p", L"xy zw");

    GetModuleFileNameW(NULL, exe, MAX_PATH);
    argv = CommandLineToArgvW(L"", &argc);
    ok(argv && argc == 1 && !lstrcmpW(argv[0], exe), "empty line: argc %d %s", argc, argv ? dbgstr_w(argv[0]) : "");
    LocalFree(argv);

    SetLastError(0xdeadbeef);
    argv = CommandLineToArgvW(L"a b", NULL);
    err = GetLastError();
    ok(!argv && err == ERROR_INVALID_PARAMETER, "no count pointer: %p err %lu", argv, err);
    return test_done();
}
