/* event_threads: the same ping-pong between two threads over two futex
 * words (the baseline of SetEvent/WaitForSingleObject). */
#include "bench_native.h"
#include <pthread.h>
#include "futex.h"

static atomic_int ping, pong;
static volatile int stop;

static void *partner(void *arg)
{
    (void)arg;
    for (;;) {
        futex_wait_take(&ping, 0);
        if (stop) return NULL;
        futex_signal(&pong, 0);
    }
}

static void batch(long n)
{
    for (long i = 0; i < n; i++) {
        futex_signal(&ping, 0);
        futex_wait_take(&pong, 0);
    }
}

int main(int argc, char **argv)
{
    pthread_t thread;
    pthread_create(&thread, NULL, partner, NULL);
    double ns = bench_batches(batch, 100, bench_target_ms(argc, argv));
    stop = 1;
    futex_signal(&ping, 0);
    pthread_join(thread, NULL);
    bench_result("event_threads", ns, "ns/op");
    return 0;
}
