/* event_procs: the ping-pong between two processes over futex words in a
 * shared mapping (the baseline of named events). */
#include "bench_native.h"
#include <sys/mman.h>
#include <sys/wait.h>
#include "futex.h"

static atomic_int *words;    /* ping, pong, stop */

static void batch(long n)
{
    for (long i = 0; i < n; i++) {
        futex_signal(&words[0], 1);
        futex_wait_take(&words[1], 1);
    }
}

int main(int argc, char **argv)
{
    pid_t child;
    words = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    if (words == MAP_FAILED) return 1;
    if (!(child = fork())) {
        for (;;) {
            futex_wait_take(&words[0], 1);
            if (atomic_load(&words[2])) _exit(0);
            futex_signal(&words[1], 1);
        }
    }
    double ns = bench_batches(batch, 100, bench_target_ms(argc, argv));
    atomic_store(&words[2], 1);
    futex_signal(&words[0], 1);
    waitpid(child, NULL, 0);
    bench_result("event_procs", ns, "ns/op");
    return 0;
}
