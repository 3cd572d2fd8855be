/* crt_sigint.c - the CRT's SIGINT and SIGBREAK handlers receive console
 * control events: signal() hooks a console control routine, which runs
 * the handler on the event's own thread, resets it to SIG_DFL first, and
 * reports the event handled (the process lives on); SIG_IGN swallows the
 * event. */
#include "test.h"
#include <signal.h>

/* Wine's msvcrt calls the handler without resetting it to SIG_DFL, which
 * Windows' CRT does (its ctrlevent_capture); and Wine cannot send
 * CTRL_BREAK to process group 0.  Those checks are skipped under Wine. */
static BOOL under_wine(void)
{
    return GetProcAddress(GetModuleHandleA("ntdll.dll"), "wine_get_version") != NULL;
}

static HANDLE done_event;
static volatile LONG calls;
static int got_sig;
static DWORD handler_thread;
static void (*during)(int);   /* the SIGINT action seen inside the handler */

static void __cdecl handler(int sig)
{
    got_sig = sig;
    handler_thread = GetCurrentThreadId();
    if (sig == SIGINT)
        during = signal(SIGINT, handler);  /* and set it again for the next test */
    InterlockedIncrement(&calls);
    SetEvent(done_event);
}

/* Sends EVENT; returns whether it could be sent (not without a console). */
static BOOL send_event(DWORD event)
{
    BOOL r;

    calls = 0;
    got_sig = 0;
    handler_thread = 0;
    ResetEvent(done_event);
    SetLastError(0xdeadbeef);
    r = GenerateConsoleCtrlEvent(event, 0);
    ok(r, "GenerateConsoleCtrlEvent(%lu): got %d err %lu", event, r, GetLastError());
    return r;
}

int main(void)
{
    void (*prev)(int);
    DWORD w;

    done_event = CreateEventA(NULL, TRUE, FALSE, NULL);

    prev = signal(SIGINT, handler);
    ok(prev == SIG_DFL, "first SIGINT action is SIG_DFL: %p", prev);
    prev = signal(SIGBREAK, handler);
    ok(prev == SIG_DFL, "first SIGBREAK action is SIG_DFL: %p", prev);

    /* A console program always has a console on Windows.  Wine gives it
     * none when started without a terminal (as run.sh does), and then
     * cannot generate events (as in console_ctrl.c): only the signal()
     * checks run there. */
    if (!GetConsoleCP()) {
        trace("no console: skipping the event checks");
        return test_done();
    }

    if (send_event(CTRL_C_EVENT)) {
        w = WaitForSingleObject(done_event, 5000);
        ok(w == WAIT_OBJECT_0 && calls == 1 && got_sig == SIGINT, "CTRL_C ran the SIGINT handler: wait %lu calls %ld sig %d",
           w, calls, got_sig);
        ok(handler_thread && handler_thread != GetCurrentThreadId(), "handler on another thread: %lu (main %lu)",
           handler_thread, GetCurrentThreadId());
        if (!under_wine())
            ok(during == SIG_DFL, "SIGINT reset to SIG_DFL before the handler: %p", during);
        else
            trace("skipped under Wine: SIGINT reset to SIG_DFL");
    }

    /* the handler restored itself; once more, and then reset for real */
    if (send_event(CTRL_C_EVENT)) {
        w = WaitForSingleObject(done_event, 5000);
        ok(w == WAIT_OBJECT_0 && calls == 1, "second CTRL_C: wait %lu calls %ld", w, calls);
    }
    prev = signal(SIGINT, SIG_IGN);
    ok(prev == handler, "SIGINT action still the handler: %p", prev);

    if (under_wine())
        trace("skipped under Wine: CTRL_BREAK_EVENT");
    else if (send_event(CTRL_BREAK_EVENT)) {
        w = WaitForSingleObject(done_event, 5000);
        ok(w == WAIT_OBJECT_0 && got_sig == SIGBREAK, "CTRL_BREAK ran the SIGBREAK handler: wait %lu sig %d", w,
           got_sig);
        Sleep(50);
        prev = signal(SIGBREAK, SIG_DFL);
        ok(prev == SIG_DFL, "SIGBREAK reset to SIG_DFL: %p", prev);
    }

    /* SIG_IGN: the event is handled (the default handler would end us) */
    if (send_event(CTRL_C_EVENT)) {
        Sleep(300);
        ok(calls == 0, "SIG_IGN: handler not called: %ld", calls);
    }
    prev = signal(SIGINT, SIG_DFL);
    ok(prev == SIG_IGN, "SIGINT action was SIG_IGN: %p", prev);
    return test_done();
}
