/* args.c - Windows argv parsing of awkward arguments.
 * run.sh passes the arguments in `expected` below as separate Unix
 * arguments; the runner (winrun or wine) must quote them into one Windows
 * command line so that the CRT's parser gives back exactly the same
 * strings: empty, embedded quotes, backslashes before a quote, trailing
 * backslashes, leading/inner spaces, a tab.  The last argument is non-ASCII
 * and is checked in the wide argv only (the ANSI one depends on the code
 * page). */
#include "test.h"

typedef struct { int newmode; } startupinfo;
extern int __cdecl __wgetmainargs(int *, WCHAR ***, WCHAR ***, int, startupinfo *);

static const char *expected[] = {
    "",                 /* empty argument */
    "a\"b",             /* embedded quote */
    "c\\\"d",           /* backslash before a quote: c\"d */
    "e\\",              /* trailing backslash */
    "f g",              /* space */
    " lead",            /* leading space */
    "x\\\\y",           /* two backslashes not before a quote */
    "\"",               /* a lone quote */
    "tail\\\\",         /* two trailing backslashes */
    "tab\there",        /* a tab */
    "\\\\srv\\share\\", /* UNC-looking with trailing backslash */
};
#define NEXP (int)(sizeof(expected) / sizeof(expected[0]))

int main(int argc, char **argv)
{
    startupinfo si = { 0 };
    WCHAR **wargv = NULL, **wenv = NULL;
    int i, wargc = 0;

    ok(argc == NEXP + 2, "argc: %d, expected %d", argc, NEXP + 2);
    for (i = 0; i < NEXP; i++)
        ok(i + 1 < argc && !strcmp(argv[i + 1], expected[i]), "argv[%d]: [%s], expected [%s]",
           i + 1, i + 1 < argc ? argv[i + 1] : "(missing)", expected[i]);

    /* U+00E9 U+20AC, passed by run.sh as UTF-8 */
    __wgetmainargs(&wargc, &wargv, &wenv, 0, &si);
    ok(wargc == argc, "wide argc: %d", wargc);
    ok(wargc == NEXP + 2 && !lstrcmpW(wargv[NEXP + 1], L"\x00e9\x20ac"), "wide non-ASCII argument: %s",
       wargc == NEXP + 2 ? dbgstr_w(wargv[NEXP + 1]) : "(missing)");
    ok(wargc > 3 && !lstrcmpW(wargv[3], L"c\\\"d"), "wide argv[3]: %s", wargc > 3 ? dbgstr_w(wargv[3]) : "-");
    return test_done();
}
