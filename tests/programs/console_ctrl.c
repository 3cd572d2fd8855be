/* console_ctrl.c - SetConsoleCtrlHandler and GenerateConsoleCtrlEvent to the
 * own process: handlers run on a thread of their own, newest first, until
 * one returns TRUE; NULL+TRUE ignores CTRL_C; the default handler at the
 * end of the chain exits with STATUS_CONTROL_C_EXIT (run.sh expects the
 * low byte of 0xC000013A, 58, after the done line). */
#include "test.h"

#define MAX_CALLS 8

static HANDLE done_event;
static volatile LONG ncalls;
static char calls[MAX_CALLS];          /* which handler, in call order */
static DWORD call_event[MAX_CALLS];
static DWORD call_thread[MAX_CALLS];
static BOOL h2_result;
static BOOL no_console;

/* a check on a delivered event: skipped where events cannot be generated */
#define ok_ev(...) do { if (!no_console) ok(__VA_ARGS__); } while (0)

static void record(char who, DWORD event)
{
    LONG n = InterlockedIncrement(&ncalls) - 1;
    if (n < MAX_CALLS) {
        calls[n] = who;
        call_event[n] = event;
        call_thread[n] = GetCurrentThreadId();
    }
}

/* h1 is registered first, so it runs last and ends every chain */
static BOOL WINAPI h1(DWORD event) { record('1', event); SetEvent(done_event); return TRUE; }
static BOOL WINAPI h2(DWORD event) { record('2', event); if (h2_result) SetEvent(done_event); return h2_result; }
static BOOL WINAPI h_false(DWORD event) { record('f', event); return FALSE; }

static void reset(void)
{
    ncalls = 0;
    memset(calls, 0, sizeof(calls));
    ResetEvent(done_event);
}

/* Sends EVENT and waits for the chain to finish; returns the call order. */
static const char *deliver(DWORD event, DWORD timeout)
{
    BOOL r;

    reset();
    if (no_console) return calls;
    SetLastError(0xdeadbeef);
    r = GenerateConsoleCtrlEvent(event, 0);
    ok(r, "GenerateConsoleCtrlEvent(%lu): got %d err %lu", event, r, GetLastError());
    WaitForSingleObject(done_event, timeout);
    Sleep(50);   /* a handler wrongly called after the one that ended the chain */
    return calls;
}

int main(void)
{
    const char *order;
    BOOL r;

    done_event = CreateEventA(NULL, TRUE, FALSE, NULL);
    /* A console program always has a console on Windows. Wine gives it
     * none when started without a terminal (as run.sh does), and then
     * cannot generate events: only the registration checks run there. */
    if (!GetConsoleCP()) no_console = TRUE;

    ok(SetConsoleCtrlHandler(h1, TRUE), "add h1");
    ok(SetConsoleCtrlHandler(h2, TRUE), "add h2");

    /* newest first; FALSE passes on, TRUE ends the chain */
    h2_result = FALSE;
    order = deliver(CTRL_C_EVENT, 5000);
    ok_ev(!strcmp(order, "21"), "CTRL_C order: got \"%s\"", order);
    ok_ev(call_event[0] == CTRL_C_EVENT && call_event[1] == CTRL_C_EVENT, "CTRL_C event codes %lu %lu",
       call_event[0], call_event[1]);
    ok_ev(call_thread[0] && call_thread[0] != GetCurrentThreadId() && call_thread[0] == call_thread[1],
       "handlers run on one other thread: %lu %lu (main %lu)", call_thread[0], call_thread[1],
       GetCurrentThreadId());

    h2_result = TRUE;
    order = deliver(CTRL_C_EVENT, 5000);
    ok_ev(!strcmp(order, "2") && call_event[0] == CTRL_C_EVENT, "TRUE stops the chain: got \"%s\" event %lu",
       order, call_event[0]);

    /* removal: the handler is gone, removing it again fails */
    ok(SetConsoleCtrlHandler(h2, FALSE), "remove h2");
    SetLastError(0xdeadbeef);
    r = SetConsoleCtrlHandler(h2, FALSE);
    ok(!r && GetLastError() == ERROR_INVALID_PARAMETER, "remove h2 again: got %d err %lu", r, GetLastError());
    order = deliver(CTRL_C_EVENT, 5000);
    ok_ev(!strcmp(order, "1"), "after removal: got \"%s\"", order);

    /* a handler added twice runs twice; one removal takes one of them */
    ok(SetConsoleCtrlHandler(h_false, TRUE) && SetConsoleCtrlHandler(h_false, TRUE), "add h_false twice");
    order = deliver(CTRL_C_EVENT, 5000);
    ok_ev(!strcmp(order, "ff1"), "twice: got \"%s\"", order);
    ok(SetConsoleCtrlHandler(h_false, FALSE), "remove one h_false");
    order = deliver(CTRL_C_EVENT, 5000);
    ok_ev(!strcmp(order, "f1"), "once: got \"%s\"", order);

    /* NULL, TRUE: CTRL_C is ignored, the handlers are not called */
    ok(SetConsoleCtrlHandler(NULL, TRUE), "ignore CTRL_C");
    order = deliver(CTRL_C_EVENT, 300);
    ok_ev(!strcmp(order, ""), "ignored CTRL_C: got \"%s\"", order);
    ok(SetConsoleCtrlHandler(NULL, FALSE), "stop ignoring CTRL_C");
    order = deliver(CTRL_C_EVENT, 5000);
    ok_ev(!strcmp(order, "f1"), "CTRL_C again: got \"%s\"", order);

    /* an event that cannot be generated */
    SetLastError(0xdeadbeef);
    r = GenerateConsoleCtrlEvent(CTRL_CLOSE_EVENT, 0);
    ok(!r, "GenerateConsoleCtrlEvent(CTRL_CLOSE_EVENT): got %d err %lu", r, GetLastError());

    /* the end: nothing handles the event, the default handler exits */
    ok(SetConsoleCtrlHandler(h1, FALSE), "remove h1");
    test_done();
    if (no_console) {
        trace("no console: exiting as the default handler would");
        ExitProcess(0xC000013A);
    }
    GenerateConsoleCtrlEvent(CTRL_C_EVENT, 0);
    Sleep(10000);
    printf("still alive\n");
    return 0;
}
