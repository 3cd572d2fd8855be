/*
 * Console control events: SetConsoleCtrlHandler, GenerateConsoleCtrlEvent,
 * and ^C from the terminal.
 *
 * As on Windows, each event runs the handlers on a new thread of its own,
 * last registered first, until one returns TRUE; the built-in default
 * handler at the end of the chain ends the process with
 * STATUS_CONTROL_C_EXIT.
 *
 * ^C arrives as SIGINT. Until the program first calls
 * SetConsoleCtrlHandler, SIGINT keeps its Unix default (the shell sees the
 * program die of it). From then on an async-signal-safe handler writes the
 * event to a pipe, and a plain pthread (no TEB, not a Windows thread, so
 * it neither keeps the process alive nor shows in its thread list) reads
 * the pipe and starts the Windows thread with RtlCreateUserThread, which
 * is safe to call without a TEB. SIGINT is the only signal taken here;
 * fault signals stay with ntdll's signal_x86_64.c.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <unistd.h>
#include "kernel32_private.h"
#include "wincon.h"
#define DEBUG_CHANNEL CH_CONSOLE
#include "winrun/debug.h"

#ifndef STATUS_CONTROL_C_EXIT
#endif

NTSYSAPI NTSTATUS WINAPI RtlCreateUserThread(HANDLE, void *, BOOLEAN, ULONG, SIZE_T, SIZE_T,
                                             PRTL_THREAD_START_ROUTINE, void *, HANDLE *, CLIENT_ID *);

struct ctrl_handler {
    PHANDLER_ROUTINE func;
    struct ctrl_handler *next;
};

static pthread_mutex_t handlers_lock = PTHREAD_MUTEX_INITIALIZER;
static struct ctrl_handler *handlers;   /* newest first */
static BOOL ignore_ctrl_c;              /* SetConsoleCtrlHandler(NULL, TRUE) */

static pthread_once_t sigint_once = PTHREAD_ONCE_INIT;
static int sigint_pipe[2] = { -1, -1 };

/* The default handler, last in every chain. */
static void default_ctrl_handler(DWORD event) __attribute__((noreturn));
static void default_ctrl_handler(DWORD event)
{
    TRACE("event %u: exiting\n", (unsigned int)event);
    ExitProcess(STATUS_CONTROL_C_EXIT);
}

/* The handlers are copied out first, so that one that blocks (as many do,
 * waiting for the main thread to clean up) holds no lock, and one that
 * registers or removes handlers cannot deadlock. */
static DWORD WINAPI ctrl_routine(void *arg)
{
    DWORD event = (DWORD)(ULONG_PTR)arg;
    PHANDLER_ROUTINE stack_funcs[16], *funcs = stack_funcs;
    size_t count = 0, n = 0;
    struct ctrl_handler *h;

    pthread_mutex_lock(&handlers_lock);
    if (event == CTRL_C_EVENT && ignore_ctrl_c) {
        pthread_mutex_unlock(&handlers_lock);
        return 0;
    }
    for (h = handlers; h; h = h->next) count++;
    if (count > sizeof(stack_funcs) / sizeof(stack_funcs[0]) && !(funcs = malloc(count * sizeof(*funcs))))
        count = sizeof(stack_funcs) / sizeof(stack_funcs[0]), funcs = stack_funcs;
    for (h = handlers; h && n < count; h = h->next) funcs[n++] = h->func;
    pthread_mutex_unlock(&handlers_lock);

    for (size_t i = 0; i < n; i++) {
        if (funcs[i](event)) {
            if (funcs != stack_funcs) free(funcs);
            return 0;
        }
    }
    if (funcs != stack_funcs) free(funcs);
    default_ctrl_handler(event);
}

/* (HANDLE)-1 is NtCurrentProcess(); the thread's handle is closed at once. */
static NTSTATUS start_ctrl_routine(DWORD event)
{
    return RtlCreateUserThread((HANDLE)~(ULONG_PTR)0, NULL, FALSE, 0, 0, 0, ctrl_routine,
                               (void *)(ULONG_PTR)event, NULL, NULL);
}

static void sigint_handler(int sig)
{
    int saved = errno;
    unsigned char event = CTRL_C_EVENT;

    (void)sig;
    if (write(sigint_pipe[1], &event, 1) < 0) { /* pipe full: events already queued will do */ }
    errno = saved;
}

static void *sigint_watcher(void *arg)
{
    unsigned char event;
    ssize_t r;
    (void)arg;

    for (;;) {
        r = read(sigint_pipe[0], &event, 1);
        if (r < 0 && errno == EINTR) continue;
        if (r <= 0) return NULL;
        if (start_ctrl_routine(event)) WARN("no thread for control event %u\n", event);
    }
}

static void install_sigint(void)
{
    struct sigaction sa = { .sa_handler = sigint_handler, .sa_flags = SA_RESTART };
    pthread_attr_t attr;
    pthread_t watcher;
    sigset_t all, old;

    if (pipe2(sigint_pipe, O_CLOEXEC)) return;
    fcntl(sigint_pipe[1], F_SETFL, O_NONBLOCK);
    /* the watcher must never run the signal handler itself */
    sigfillset(&all);
    pthread_sigmask(SIG_BLOCK, &all, &old);
    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    pthread_attr_setstacksize(&attr, 64 * 1024);
    if (!pthread_create(&watcher, &attr, sigint_watcher, NULL)) {
        sigemptyset(&sa.sa_mask);
        sigaction(SIGINT, &sa, NULL);
    }
    pthread_attr_destroy(&attr);
    pthread_sigmask(SIG_SETMASK, &old, NULL);
}

WINBASEAPI BOOL WINAPI SetConsoleCtrlHandler(PHANDLER_ROUTINE func, BOOL add)
{
    struct ctrl_handler *h, **prev;

    pthread_once(&sigint_once, install_sigint);
    if (!func) {
        __atomic_store_n(&ignore_ctrl_c, add, __ATOMIC_RELAXED);
        return TRUE;
    }
    if (add) {
        if (!(h = heap_alloc(sizeof(*h)))) {
            SetLastError(ERROR_NOT_ENOUGH_MEMORY);
            return FALSE;
        }
        h->func = func;
        pthread_mutex_lock(&handlers_lock);
        h->next = handlers;
        handlers = h;
        pthread_mutex_unlock(&handlers_lock);
        return TRUE;
    }
    /* the most recent registration goes first, as it was added last */
    pthread_mutex_lock(&handlers_lock);
    for (prev = &handlers; (h = *prev); prev = &h->next)
        if (h->func == func) break;
    if (h) *prev = h->next;
    pthread_mutex_unlock(&handlers_lock);
    if (!h) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return FALSE;
    }
    heap_free(h);
    return TRUE;
}

/* Only this process is reachable: group 0 ("every process on the
 * console") reaches it alone, since other processes on the terminal are
 * Unix programs. */
WINBASEAPI BOOL WINAPI GenerateConsoleCtrlEvent(DWORD event, DWORD group)
{
    if (event != CTRL_C_EVENT && event != CTRL_BREAK_EVENT) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return FALSE;
    }
    if (group && group != GetCurrentProcessId()) {
        FIXME("event %u to process group %u\n", (unsigned int)event, (unsigned int)group);
        SetLastError(ERROR_INVALID_PARAMETER);
        return FALSE;
    }
    return set_status_error(start_ctrl_routine(event));
}
