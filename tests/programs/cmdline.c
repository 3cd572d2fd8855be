/* cmdline.c - start-up: the command line and argv as the CRT builds them.
 * run.sh passes the two arguments "one" and "two words". */
#include "test.h"
#include <stdlib.h>

typedef struct { int newmode; } startupinfo;
/* msvcrt exports these; mingw's headers do not declare them. */
extern int __cdecl __getmainargs(int *, char ***, char ***, int, startupinfo *);
extern int __cdecl __wgetmainargs(int *, WCHAR ***, WCHAR ***, int, startupinfo *);

/* Does s end with suffix, ignoring case? */
static int ends_with_i(const char *s, const char *suffix)
{
    size_t ls = strlen(s), lx = strlen(suffix);
    return ls >= lx && !lstrcmpiA(s + ls - lx, suffix);
}

int main(int argc, char **argv, char **envp)
{
    startupinfo si = { 0 };
    char **gargv = NULL, **genv = NULL;
    WCHAR **wargv = NULL, **wenv = NULL;
    char *cmd = GetCommandLineA(), conv[1024];
    WCHAR *wcmd = GetCommandLineW();
    int gargc = -1, wargc = -1, i, same, r;

    ok(cmd != NULL && cmd[0] != 0, "GetCommandLineA: %s", cmd ? cmd : "(null)");
    ok(wcmd != NULL && wcmd[0] != 0, "GetCommandLineW: %s", dbgstr_w(wcmd));
    /* The ANSI command line is the wide one converted with CP_ACP. */
    r = WideCharToMultiByte(CP_ACP, 0, wcmd, -1, conv, sizeof(conv), NULL, NULL);
    ok(r > 0 && !strcmp(conv, cmd), "A and W command lines agree: %s", conv);
    ok(strstr(cmd, "cmdline") != NULL, "command line names the program: %s", cmd);

    ok(argc == 3, "argc: %d", argc);
    ok(argv[argc] == NULL, "argv[argc] is NULL");
    ok(ends_with_i(argv[0], "cmdline.exe") || ends_with_i(argv[0], "cmdline"),
       "argv[0] names the program: %s", argv[0]);
    ok(argc > 1 && !strcmp(argv[1], "one"), "argv[1]: %s", argc > 1 ? argv[1] : "-");
    ok(argc > 2 && !strcmp(argv[2], "two words"), "argv[2]: %s", argc > 2 ? argv[2] : "-");
    ok(envp != NULL && envp[0] != NULL, "envp is passed to main");

    r = __getmainargs(&gargc, &gargv, &genv, 0, &si);
    ok(r == 0 && gargc == argc, "__getmainargs: r %d argc %d", r, gargc);
    same = gargc == argc;
    for (i = 0; same && i < argc; i++)
        same = !strcmp(gargv[i], argv[i]);
    ok(same, "__getmainargs argv matches main's");

    r = __wgetmainargs(&wargc, &wargv, &wenv, 0, &si);
    ok(r == 0 && wargc == argc, "__wgetmainargs: r %d argc %d", r, wargc);
    ok(wargc > 2 && !lstrcmpW(wargv[2], L"two words"), "__wgetmainargs argv[2]: %s",
       wargc > 2 ? dbgstr_w(wargv[2]) : "-");

    ok(__argc == argc, "__argc: %d", __argc);
    ok(__argv != NULL && __argv[1] != NULL && !strcmp(__argv[1], "one"), "__argv[1]");
    return test_done();
}
