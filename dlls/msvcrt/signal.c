/*
 * signal and raise with the Windows CRT's signals and numbers (SIGINT 2,
 * SIGILL 4, SIGFPE 8, SIGSEGV 11, SIGTERM 15, SIGBREAK 21, SIGABRT 22, and
 * SIGABRT_COMPAT 6 as another name of SIGABRT).  The CRT keeps these
 * handlers itself; they have nothing to do with the host's signals.
 *
 * As in the CRT, SIGINT, SIGBREAK, SIGABRT and SIGTERM have one handler for
 * the process, while SIGFPE, SIGILL and SIGSEGV have one per thread.
 *
 * What reaches the handlers: raise(), abort(), _XcptFilter (hardware
 * faults, once the exception dispatcher calls it), and console
 * Ctrl-C/Ctrl-Break:
 * as the real CRT does, signal() registers a SetConsoleCtrlHandler
 * routine the first time SIGINT or SIGBREAK is given an action, and that
 * routine (on the thread kernel32 starts for the event) runs the action.
 */
#include "crt_private.h"
#include "wincon.h"

WINBASEAPI BOOL WINAPI SetConsoleCtrlHandler(PHANDLER_ROUTINE, BOOL);

typedef void (CDECL *crt_sighandler)(int);
typedef void (CDECL *crt_fpe_handler)(int, int);

#define WIN_SIGINT         2
#define WIN_SIGILL         4
#define WIN_SIGABRT_COMPAT 6
#define WIN_SIGFPE         8
#define WIN_SIGSEGV        11
#define WIN_SIGTERM        15
#define WIN_SIGBREAK       21
#define WIN_SIGABRT        22

#define WIN_SIG_DFL ((crt_sighandler)0)
#define WIN_SIG_IGN ((crt_sighandler)1)
#define WIN_SIG_SGE ((crt_sighandler)3)
#define WIN_SIG_ACK ((crt_sighandler)4)
#define WIN_SIG_ERR ((crt_sighandler)-1)

#define FPE_EXPLICITGEN 0x8c   /* _FPE_EXPLICITGEN: the SIGFPE came from raise() */

static crt_sighandler sigint_action, sigbreak_action, sigabrt_action, sigterm_action;

/* The slot of sig's handler, or NULL for a number the CRT does not know. */
static crt_sighandler *action_slot(int sig)
{
    switch (sig) {
    case WIN_SIGINT: return &sigint_action;
    case WIN_SIGBREAK: return &sigbreak_action;
    case WIN_SIGABRT: case WIN_SIGABRT_COMPAT: return &sigabrt_action;
    case WIN_SIGTERM: return &sigterm_action;
    case WIN_SIGFPE: return (crt_sighandler *)&crt_thread_data()->sigfpe;
    case WIN_SIGILL: return (crt_sighandler *)&crt_thread_data()->sigill;
    case WIN_SIGSEGV: return (crt_sighandler *)&crt_thread_data()->sigsegv;
    default: return NULL;
    }
}

static int crt_signal_deliver(int sig, int fpe_code);

/* The console control routine (the CRT's ctrlevent_capture): CTRL_C is
 * SIGINT, every other event SIGBREAK.  With SIG_DFL the event goes on down
 * the chain (to the default handler that ends the process); otherwise the
 * action runs, reset to SIG_DFL first (Wine skips the reset; Windows' CRT
 * sources do it), and the event counts as handled. */
static BOOL WINAPI crt_console_handler(DWORD event)
{
    int sig = event == CTRL_C_EVENT ? WIN_SIGINT : WIN_SIGBREAK;

    if (__atomic_load_n(action_slot(sig), __ATOMIC_SEQ_CST) == WIN_SIG_DFL) return FALSE;
    crt_signal_deliver(sig, 0);
    return TRUE;
}

crt_sighandler CDECL MSVCRT_signal(int sig, crt_sighandler func)
{
    static LONG console_handler_set;

    crt_sighandler *slot = action_slot(sig);

    if (func == WIN_SIG_SGE || func == WIN_SIG_ACK || func == WIN_SIG_ERR) {
        crt_set_errno(CRT_EINVAL);
        return WIN_SIG_ERR;
    }
    if (!slot) {
        /* the UCRT validates the number like an argument; msvcrt just fails */
        if (crt_is_ucrt) crt_invalid_parameter();
        crt_set_errno(CRT_EINVAL);
        return WIN_SIG_ERR;
    }
    if ((sig == WIN_SIGINT || sig == WIN_SIGBREAK) && !__atomic_exchange_n(&console_handler_set, 1, __ATOMIC_SEQ_CST))
        SetConsoleCtrlHandler(crt_console_handler, TRUE);
    return __atomic_exchange_n(slot, func, __ATOMIC_SEQ_CST);
}

/* Runs sig's handler as the CRT does: SIG_IGN does nothing, SIG_DFL ends the
 * process with status 3, a function is reset to SIG_DFL and called
 * (SIGFPE's with the FPE code as a second argument).  Returns 0. */
static int crt_signal_deliver(int sig, int fpe_code)
{
    crt_sighandler *slot = action_slot(sig);
    crt_sighandler action = __atomic_exchange_n(slot, WIN_SIG_DFL, __ATOMIC_SEQ_CST);

    if (action == WIN_SIG_IGN) {
        __atomic_store_n(slot, action, __ATOMIC_SEQ_CST);
        return 0;
    }
    if (action == WIN_SIG_DFL) MSVCRT__exit(3);
    if (sig == WIN_SIGFPE) ((crt_fpe_handler)(void *)action)(sig, fpe_code);
    else action(sig);
    return 0;
}

int CDECL MSVCRT_raise(int sig)
{
    if (!action_slot(sig)) {
        crt_invalid_parameter();
        crt_set_errno(CRT_EINVAL);
        return -1;
    }
    return crt_signal_deliver(sig, FPE_EXPLICITGEN);
}

void crt_signal_abort(void)
{
    crt_sighandler action = __atomic_load_n(&sigabrt_action, __ATOMIC_SEQ_CST);
    if (action != WIN_SIG_DFL && action != WIN_SIG_IGN) crt_signal_deliver(WIN_SIGABRT, 0);
}

/* _XcptFilter: the filter around the MSVC start-up's call of main. An
 * exception with a CRT signal (access violation -> SIGSEGV, illegal or
 * privileged instruction -> SIGILL, float exceptions -> SIGFPE with their
 * _FPE_ code) goes to that signal's handler and execution continues; with
 * SIG_DFL or an exception the CRT does not map, the search goes on.
 * (Old msvcrt sources call UnhandledExceptionFilter there instead; the
 * UCRT and Wine continue the search, and the result is the same: the
 * unhandled exception filter runs once, at the top.) */
#define XCPT_CONTINUE_EXECUTION (-1)
#define XCPT_CONTINUE_SEARCH    0

static const struct { DWORD code; int sig, fpe; } xcpt_signals[] = {
    { 0xc0000005, WIN_SIGSEGV, 0 },     /* EXCEPTION_ACCESS_VIOLATION */
    { 0xc000001d, WIN_SIGILL, 0 },      /* EXCEPTION_ILLEGAL_INSTRUCTION */
    { 0xc0000096, WIN_SIGILL, 0 },      /* EXCEPTION_PRIV_INSTRUCTION */
    { 0xc000008d, WIN_SIGFPE, 0x82 },   /* FLT_DENORMAL_OPERAND: _FPE_DENORMAL */
    { 0xc000008e, WIN_SIGFPE, 0x83 },   /* FLT_DIVIDE_BY_ZERO: _FPE_ZERODIVIDE */
    { 0xc000008f, WIN_SIGFPE, 0x86 },   /* FLT_INEXACT_RESULT: _FPE_INEXACT */
    { 0xc0000090, WIN_SIGFPE, 0x81 },   /* FLT_INVALID_OPERATION: _FPE_INVALID */
    { 0xc0000091, WIN_SIGFPE, 0x84 },   /* FLT_OVERFLOW: _FPE_OVERFLOW */
    { 0xc0000092, WIN_SIGFPE, 0x8a },   /* FLT_STACK_CHECK: _FPE_STACKOVERFLOW */
    { 0xc0000093, WIN_SIGFPE, 0x85 },   /* FLT_UNDERFLOW: _FPE_UNDERFLOW */
};

int CDECL MSVCRT__XcptFilter(DWORD code, EXCEPTION_POINTERS *pointers)
{
    (void)pointers;
    for (size_t i = 0; i < sizeof(xcpt_signals) / sizeof(xcpt_signals[0]); i++) {
        crt_sighandler action;
        if (xcpt_signals[i].code != code) continue;
        action = __atomic_load_n(action_slot(xcpt_signals[i].sig), __ATOMIC_SEQ_CST);
        if (action == WIN_SIG_DFL) return XCPT_CONTINUE_SEARCH;
        crt_signal_deliver(xcpt_signals[i].sig, xcpt_signals[i].fpe);
        return XCPT_CONTINUE_EXECUTION;
    }
    return XCPT_CONTINUE_SEARCH;
}
