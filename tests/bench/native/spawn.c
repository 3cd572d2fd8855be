/* spawn: posix_spawn + waitpid of the program given (native hello). */
#include "bench_native.h"
#include <spawn.h>
#include <sys/wait.h>

extern char **environ;
static const char *exe;

static void batch(long n)
{
    for (long i = 0; i < n; i++) {
        char *args[] = { (char *)exe, NULL };
        pid_t pid;
        int status;
        if (posix_spawn(&pid, exe, NULL, NULL, args, environ)) { perror(exe); exit(1); }
        waitpid(pid, &status, 0);
        if (status) exit(1);
    }
}

int main(int argc, char **argv)
{
    if (!(exe = bench_arg(argc, argv, 0))) return 1;
    bench_result("spawn", bench_batches(batch, 1, bench_target_ms(argc, argv)), "ns/op");
    return 0;
}
