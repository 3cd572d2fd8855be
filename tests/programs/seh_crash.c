/* Unhandled exceptions end the process with the exception code as its
 * exit code (the shell sees the low byte).  "seh_crash MODE" prints its
 * done line, then faults; run.sh checks the exit code and, under winrun,
 * the crash report on stderr.  The MinGW CRT's unhandled exception
 * filter is in place, as in any mingw program, and passes these on.
 *   av        write to address 0x10            0xC0000005 -> 5
 *   int3      a breakpoint                     0x80000003 -> 3
 *   div       integer division by zero         0xC0000094 -> 148
 *   thread_av an access violation on a second thread ends the process
 *   raise     RaiseException(0xE0000123)       -> 0x23 = 35
 *   overflow  unbounded recursion              0xC00000FD -> 253 */
#include "test.h"

static volatile int zero;

static void __attribute__((noinline)) write_at_0x10(void)
{
    *(volatile int *)0x10 = 1;
}

static int __attribute__((noinline)) recurse(int depth)
{
    volatile char buf[512];

    if (depth > 0x10000000)    /* never: a stack ends long before */
        return 0;
    buf[0] = (char)depth;
    return recurse(depth + 1) + buf[0];
}

static DWORD WINAPI faulting_thread(void *arg)
{
    (void)arg;
    write_at_0x10();
    return 0;
}

int main(int argc, char **argv)
{
    const char *mode = argc > 1 ? argv[1] : "";
    HANDLE thread;

    if (strcmp(mode, "av") && strcmp(mode, "int3") && strcmp(mode, "div") &&
        strcmp(mode, "thread_av") && strcmp(mode, "raise") && strcmp(mode, "overflow")) {
        ok(0, "unknown mode \"%s\"", mode);
        return test_done();
    }
    test_done();    /* what follows must end the process */

    if (!strcmp(mode, "av")) {
        write_at_0x10();
    } else if (!strcmp(mode, "int3")) {
        __debugbreak();
    } else if (!strcmp(mode, "div")) {
        printf("%d\n", 10 / zero);
    } else if (!strcmp(mode, "thread_av")) {
        thread = CreateThread(NULL, 0, faulting_thread, NULL, 0, NULL);
        WaitForSingleObject(thread, INFINITE);
    } else if (!strcmp(mode, "overflow")) {
        printf("%d\n", recurse(0));
    } else {
        RaiseException(0xe0000123, 0, 0, NULL);
    }
    printf("FAIL seh_crash: still running after \"%s\"\n", mode);
    return 1;
}
