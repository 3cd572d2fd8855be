/* event_procs: SetEvent/WaitForSingleObject ping-pong between two
 * processes over named auto-reset events. The program starts itself with
 * "child NAME" as the partner. If the child cannot open the events (named
 * objects not shared between processes), the row is n/a: the parent waits
 * for the child's first answer with a timeout, never forever. */
#include "bench.h"

static HANDLE ping, pong;
static PROCESS_INFORMATION pi;

static void batch(long n)
{
    long i;
    for (i = 0; i < n; i++) {
        SetEvent(ping);
        if (WaitForSingleObject(pong, 10000) != WAIT_OBJECT_0) {
            TerminateProcess(pi.hProcess, 1);
            bench_fail("round trip %ld: no answer in 10 s (a lost wake-up)", i);
        }
    }
}

static int child(const char *name)
{
    char buf[128];
    HANDLE stop, objects[2];

    snprintf(buf, sizeof(buf), "%s-ping", name);
    ping = OpenEventA(EVENT_ALL_ACCESS, FALSE, buf);
    snprintf(buf, sizeof(buf), "%s-pong", name);
    pong = OpenEventA(EVENT_ALL_ACCESS, FALSE, buf);
    snprintf(buf, sizeof(buf), "%s-stop", name);
    stop = OpenEventA(EVENT_ALL_ACCESS, FALSE, buf);
    if (!ping || !pong || !stop) return 3;
    objects[0] = stop;
    objects[1] = ping;
    for (;;) {
        DWORD r = WaitForMultipleObjects(2, objects, FALSE, 10000);
        if (r != WAIT_OBJECT_0 + 1) return 0;
        SetEvent(pong);
    }
}

int main(int argc, char **argv)
{
    char name[64], buf[128], cmd[MAX_PATH + 128], exe[MAX_PATH];
    STARTUPINFOA si;
    HANDLE stop, objects[2];
    DWORD r, code;
    double ns;

    if (bench_arg(argc, argv, 0) && !strcmp(bench_arg(argc, argv, 0), "child"))
        return child(bench_arg(argc, argv, 1));

    snprintf(name, sizeof(name), "Local\\winrun-bench-%lu", GetCurrentProcessId());
    snprintf(buf, sizeof(buf), "%s-ping", name);
    ping = CreateEventA(NULL, FALSE, FALSE, buf);
    snprintf(buf, sizeof(buf), "%s-pong", name);
    pong = CreateEventA(NULL, FALSE, FALSE, buf);
    snprintf(buf, sizeof(buf), "%s-stop", name);
    stop = CreateEventA(NULL, TRUE, FALSE, buf);
    if (!ping || !pong || !stop) bench_na("CreateEvent with a name failed (%lu)", GetLastError());

    GetModuleFileNameA(NULL, exe, sizeof(exe));
    snprintf(cmd, sizeof(cmd), "\"%s\" child %s", exe, name);
    memset(&si, 0, sizeof(si));
    si.cb = sizeof(si);
    if (!CreateProcessA(exe, cmd, NULL, NULL, FALSE, 0, NULL, NULL, &si, &pi))
        bench_na("CreateProcess failed (%lu)", GetLastError());

    /* the first round trip proves the events are shared */
    SetEvent(ping);
    objects[0] = pong;
    objects[1] = pi.hProcess;
    r = WaitForMultipleObjects(2, objects, FALSE, 10000);
    if (r != WAIT_OBJECT_0) {
        if (r == WAIT_OBJECT_0 + 1 && GetExitCodeProcess(pi.hProcess, &code) && code == 3)
            bench_na("the child cannot open the parent's named events");
        TerminateProcess(pi.hProcess, 1);
        bench_na("no answer from the child through named events (wait result %lu)", r);
    }
    ns = bench_batches(batch, 100, bench_target_ms(argc, argv));
    SetEvent(stop);
    WaitForSingleObject(pi.hProcess, INFINITE);
    bench_result("event_procs", ns, "ns/op");
    return 0;
}
