/* shared_timer: named waitable timers seen by two processes (this program
 * runs itself as the child): one process sets the timer, a waiter in the
 * other wakes at its due time; manual and auto-reset, periodic, cancel,
 * and the namespace errors. Names carry the parent's pid. */
#include <stdlib.h>
#include "test.h"

static char self[MAX_PATH];
static DWORD parent_pid;

static void name(char *buf, const char *what)
{
    _snprintf(buf, 64, "winrun_tmr_%lu_%s", parent_pid, what);
}

static LARGE_INTEGER relative_ms(int ms)
{
    LARGE_INTEGER due;
    due.QuadPart = -(LONGLONG)ms * 10000;
    return due;
}

/* ---- children: "child MODE PARENT_PID"; the exit code is the result ---- */

static int child(const char *mode)
{
    char n[64];
    HANDLE t;
    DWORD start, elapsed;

    if (!strcmp(mode, "wait")) {
        /* waits on a timer the parent sets after we started waiting */
        name(n, "manual");
        if (!(t = OpenWaitableTimerA(SYNCHRONIZE, FALSE, n))) return 10;
        start = GetTickCount();
        if (WaitForSingleObject(t, 10000) != WAIT_OBJECT_0) return 11;
        elapsed = GetTickCount() - start;
        return elapsed >= 150 ? 0 : 12;
    }
    if (!strcmp(mode, "set")) {
        /* sets the parent's auto-reset timer: every 100 ms from 100 ms on */
        LARGE_INTEGER due = relative_ms(100);
        name(n, "periodic");
        if (!(t = OpenWaitableTimerA(TIMER_ALL_ACCESS, FALSE, n))) return 10;
        if (!SetWaitableTimer(t, &due, 100, NULL, NULL, FALSE)) return 11;
        return 0;
    }
    return 99;
}

static BOOL spawn(const char *mode, PROCESS_INFORMATION *pi)
{
    STARTUPINFOA si;
    char cmd[MAX_PATH + 100];

    memset(&si, 0, sizeof(si));
    si.cb = sizeof(si);
    _snprintf(cmd, sizeof(cmd), "\"%s\" child %s %lu", self, mode, parent_pid);
    return CreateProcessA(self, cmd, NULL, NULL, FALSE, 0, NULL, NULL, &si, pi);
}

static DWORD finish(PROCESS_INFORMATION *pi)
{
    DWORD code = 0xdead;
    WaitForSingleObject(pi->hProcess, 10000);
    GetExitCodeProcess(pi->hProcess, &code);
    CloseHandle(pi->hProcess);
    CloseHandle(pi->hThread);
    return code;
}

static void test_names(void)
{
    char n[64];
    HANDLE t, t2;

    name(n, "names");
    SetLastError(0xdeadbeef);
    t = OpenWaitableTimerA(TIMER_ALL_ACCESS, FALSE, n);
    ok(!t && GetLastError() == ERROR_FILE_NOT_FOUND, "open a missing name: %p %lu", t, GetLastError());
    t = CreateWaitableTimerA(NULL, TRUE, n);
    ok(t && GetLastError() == 0, "create: %lu", GetLastError());
    t2 = CreateWaitableTimerA(NULL, TRUE, n);
    ok(t2 && GetLastError() == ERROR_ALREADY_EXISTS, "create again: %lu", GetLastError());
    CloseHandle(t2);
    SetLastError(0xdeadbeef);
    t2 = CreateEventA(NULL, TRUE, FALSE, n);
    ok(!t2 && GetLastError() == ERROR_INVALID_HANDLE, "an event of that name: %lu", GetLastError());
    CloseHandle(t);
}

/* the parent sets, the child's waiter wakes at the due time */
static void test_set_here_wait_there(void)
{
    char n[64];
    PROCESS_INFORMATION pi;
    LARGE_INTEGER due;
    HANDLE t;
    DWORD r;

    name(n, "manual");
    t = CreateWaitableTimerA(NULL, TRUE, n);
    ok(t != NULL, "CreateWaitableTimer: %lu", GetLastError());
    ok(spawn("wait", &pi), "CreateProcess: %lu", GetLastError());
    Sleep(200);     /* the child is waiting by now */
    due = relative_ms(200);
    ok(SetWaitableTimer(t, &due, 0, NULL, NULL, FALSE), "SetWaitableTimer: %lu", GetLastError());
    r = WaitForSingleObject(t, 10000);
    ok(r == WAIT_OBJECT_0, "the parent's wait: %lu", r);
    r = finish(&pi);
    ok(r == 0, "the child woke at the due time: exit %lu", r);
    r = WaitForSingleObject(t, 0);
    ok(r == WAIT_OBJECT_0, "a manual-reset timer stays signalled: %lu", r);
    CloseHandle(t);
}

/* the child sets a periodic auto-reset timer and exits; it fires here */
static void test_set_there_wait_here(void)
{
    char n[64];
    PROCESS_INFORMATION pi;
    LARGE_INTEGER due;
    HANDLE t;
    DWORD r, start, elapsed;
    int fired = 0, i;
    BOOL b;

    name(n, "periodic");
    t = CreateWaitableTimerA(NULL, FALSE, n);
    ok(t != NULL, "CreateWaitableTimer: %lu", GetLastError());
    start = GetTickCount();
    ok(spawn("set", &pi), "CreateProcess: %lu", GetLastError());
    r = finish(&pi);
    ok(r == 0, "the child set the timer: exit %lu", r);
    for (i = 0; i < 3; i++)
        if (WaitForSingleObject(t, 5000) == WAIT_OBJECT_0) fired++;
    elapsed = GetTickCount() - start;
    ok(fired == 3, "three periods fired: %d", fired);
    ok(elapsed >= 250, "no sooner than three periods: %lu ms", elapsed);
    ok(CancelWaitableTimer(t), "CancelWaitableTimer: %lu", GetLastError());
    r = WaitForSingleObject(t, 300);
    ok(r == WAIT_TIMEOUT, "cancelled, auto-reset: nothing more: %lu", r);

    due = relative_ms(50);
    b = SetWaitableTimer(t, &due, 0, NULL, NULL, FALSE);
    ok(b, "SetWaitableTimer: %lu", GetLastError());
    r = WaitForSingleObject(t, 5000);
    ok(r == WAIT_OBJECT_0, "one-shot: %lu", r);
    r = WaitForSingleObject(t, 200);
    ok(r == WAIT_TIMEOUT, "consumed by the wait it ended: %lu", r);
    due = relative_ms(100);
    SetWaitableTimer(t, &due, 0, NULL, NULL, FALSE);
    ok(CancelWaitableTimer(t), "CancelWaitableTimer: %lu", GetLastError());
    r = WaitForSingleObject(t, 300);
    ok(r == WAIT_TIMEOUT, "cancelled before its due time: %lu", r);
    CloseHandle(t);
}

static int completions;
static DWORD completion_low;

static void CALLBACK completion(void *context, DWORD low, DWORD high)
{
    (void)high;
    if (context == &completions) completions++;
    completion_low = low;
}

/* A completion routine on a named timer runs as an APC of the setting
 * thread, periodic runs included; cancelling stops it. */
static void test_completion_routine(void)
{
    char n[64];
    HANDLE timer;
    LARGE_INTEGER due = relative_ms(20);
    DWORD start, r;
    BOOL set;

    name(n, "apc");
    timer = CreateWaitableTimerA(NULL, FALSE, n);
    ok(timer != NULL, "CreateWaitableTimer(%s): %lu", n, GetLastError());
    set = SetWaitableTimer(timer, &due, 0, completion, &completions, FALSE);
    ok(set, "SetWaitableTimer with a routine: %lu", GetLastError());
    r = SleepEx(2000, TRUE);
    ok(r == WAIT_IO_COMPLETION && completions == 1, "one-shot routine: %lu, %d runs", r, completions);
    ok(completion_low != 0, "the routine got the expiry time");

    completions = 0;
    due = relative_ms(10);
    set = SetWaitableTimer(timer, &due, 15, completion, &completions, FALSE);
    ok(set, "SetWaitableTimer periodic: %lu", GetLastError());
    start = GetTickCount();
    while (completions < 3 && GetTickCount() - start < 3000) SleepEx(500, TRUE);
    ok(completions >= 3, "periodic routine ran %d times", completions);
    ok(CancelWaitableTimer(timer), "CancelWaitableTimer: %lu", GetLastError());
    completions = 0;
    r = SleepEx(100, TRUE);
    ok(r == 0 && completions == 0, "no routine after the cancel: %lu, %d runs", r, completions);
    CloseHandle(timer);
}

int main(int argc, char **argv)
{
    if (argc >= 4 && !strcmp(argv[1], "child")) {
        parent_pid = strtoul(argv[3], NULL, 10);
        return child(argv[2]);
    }
    parent_pid = GetCurrentProcessId();
    GetModuleFileNameA(NULL, self, sizeof(self));
    test_names();
    test_set_here_wait_there();
    test_set_there_wait_here();
    test_completion_routine();
    return test_done();
}
