/* exit_code.c - the ways a program ends and the code the shell sees.
 * Usage: exit_code.exe MODE VALUE, MODE one of
 *   return       return VALUE from main
 *   exit         exit(VALUE), after which an atexit handler must run
 *   _exit        _exit(VALUE): no atexit handlers
 *   ExitProcess  ExitProcess(VALUE)
 * run.sh runs several variants and checks the shell-visible code
 * (VALUE & 255: ExitProcess(256) is seen as 0). */
#include "test.h"
#include <stdlib.h>

static void on_exit_handler(void)
{
    /* Counted by run.sh even though it comes after the done line. */
    ok(1, "atexit handler runs on exit()");
}

static void never_handler(void)
{
    ok(0, "atexit handler must not run on _exit()/ExitProcess()");
}

int main(int argc, char **argv)
{
    int value;

    ok(argc == 3, "argc %d", argc);
    if (argc != 3)
        return test_done();
    value = atoi(argv[2]);
    if (!strcmp(argv[1], "exit")) {
        atexit(on_exit_handler);
        test_done();
        exit(value);
    }
    if (!strcmp(argv[1], "_exit")) {
        atexit(never_handler);
        test_done();
        _exit(value);
    }
    if (!strcmp(argv[1], "ExitProcess")) {
        test_done();
        ExitProcess((UINT)value);
    }
    ok(!strcmp(argv[1], "return"), "mode %s", argv[1]);
    test_done();
    return value;
}
