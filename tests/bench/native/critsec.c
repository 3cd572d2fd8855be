/* critsec: pthread_mutex_lock + unlock, uncontended (the baseline of
 * EnterCriticalSection + LeaveCriticalSection). */
#include "bench_native.h"
#include <pthread.h>

static pthread_mutex_t mutex = PTHREAD_MUTEX_INITIALIZER;
static volatile long counter;

static void batch(long n)
{
    for (long i = 0; i < n; i++) {
        pthread_mutex_lock(&mutex);
        counter++;
        pthread_mutex_unlock(&mutex);
    }
}

int main(int argc, char **argv)
{
    bench_result("critsec", bench_batches(batch, 1000, bench_target_ms(argc, argv)), "ns/op");
    return 0;
}
