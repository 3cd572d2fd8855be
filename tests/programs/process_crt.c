/* process_crt: the C runtime's child processes: _spawnv/_spawnl/_spawnve
 * (P_WAIT, P_NOWAIT + _cwait), _getpid, system and _popen/_pclose. The
 * commands given to system and _popen are valid both for cmd.exe (Windows,
 * Wine) and for /bin/sh (winrun runs them with sh -c). */
#include <errno.h>
#include <process.h>
#include <stdlib.h>
#include "test.h"

static char self[MAX_PATH];

int main(int argc, char **argv)
{
    const char *args[4];
    const char *env[] = { "WRTCRT=yes", "SystemRoot=C:\\windows", NULL };
    char line[64] = "";
    intptr_t h;
    int status = -1, r;
    FILE *f;

    if (argc > 2 && !strcmp(argv[1], "child-exit")) return atoi(argv[2]);
    if (argc > 1 && !strcmp(argv[1], "child-env")) return getenv("WRTCRT") && !strcmp(getenv("WRTCRT"), "yes") ? 7 : 8;

    GetModuleFileNameA(NULL, self, MAX_PATH);
    ok(_getpid() == (int)GetCurrentProcessId(), "_getpid");

    args[0] = self;
    args[1] = "child-exit";
    args[2] = "5";
    args[3] = NULL;
    r = (int)_spawnv(_P_WAIT, self, args);
    ok(r == 5, "_spawnv(P_WAIT): %d", r);

    h = _spawnl(_P_NOWAIT, self, self, "child-exit", "6", NULL);
    ok(h != -1 && h != 0, "_spawnl(P_NOWAIT): %p", (void *)h);
    ok(_cwait(&status, h, _WAIT_CHILD) == h && status == 6, "_cwait: status %d", status);

    args[1] = "child-env";
    args[2] = NULL;
    r = (int)_spawnve(_P_WAIT, self, args, env);
    ok(r == 7, "_spawnve passes the environment: %d", r);

    errno = 0;
    r = (int)_spawnvp(_P_WAIT, "wrt_no_such_program", args);
    ok(r == -1 && errno == ENOENT, "missing program: %d, errno %d", r, errno);

    ok(system(NULL) != 0, "system(NULL): a command processor exists");
    r = system("exit 3");
    ok(r == 3, "system(\"exit 3\"): %d", r);

    f = _popen("echo popen-ok", "r");
    ok(f != NULL, "_popen: errno %d", errno);
    if (f) {
        if (!fgets(line, sizeof(line), f)) line[0] = 0;
        ok(!strcmp(line, "popen-ok\n"), "read from the command: %d chars", (int)strlen(line));
        r = _pclose(f);
        ok(r == 0, "_pclose: %d", r);
    }
    f = _popen("exit 4", "r");
    ok(f && _pclose(f) == 4, "_pclose returns the exit code");
    return test_done();
}
