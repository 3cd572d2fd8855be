/* event_threads: SetEvent/WaitForSingleObject ping-pong between two
 * threads over two auto-reset events; one op is one round trip. */
#include "bench.h"

static HANDLE ping, pong;
static volatile LONG stop;

static DWORD WINAPI partner(void *arg)
{
    (void)arg;
    for (;;) {
        WaitForSingleObject(ping, INFINITE);
        if (stop) return 0;
        SetEvent(pong);
    }
}

static void batch(long n)
{
    long i;
    for (i = 0; i < n; i++) {
        SetEvent(ping);
        if (WaitForSingleObject(pong, 10000) != WAIT_OBJECT_0)
            bench_fail("round trip %ld: no answer in 10 s (a lost wake-up)", i);
    }
}

int main(int argc, char **argv)
{
    HANDLE thread;
    double ns;

    ping = CreateEventA(NULL, FALSE, FALSE, NULL);
    pong = CreateEventA(NULL, FALSE, FALSE, NULL);
    if (!ping || !pong) bench_na("CreateEvent failed (%lu)", GetLastError());
    if (!(thread = CreateThread(NULL, 0, partner, NULL, 0, NULL))) bench_na("CreateThread failed (%lu)", GetLastError());
    ns = bench_batches(batch, 100, bench_target_ms(argc, argv));
    stop = 1;
    SetEvent(ping);
    WaitForSingleObject(thread, INFINITE);
    bench_result("event_threads", ns, "ns/op");
    return 0;
}
