/*
 * Hardware faults until exception dispatch exists (the exceptions issue):
 * SIGSEGV, SIGBUS, SIGILL, SIGFPE and SIGTRAP are caught on an alternate
 * stack and reported as Windows would report an unhandled exception:
 *
 *   winrun: unhandled exception c0000005 (access violation writing
 *   0x0000000000000010) at app.exe+0x1a2b
 *
 * and the process ends with the exception code as its exit code, like an
 * unhandled exception on Windows. A fault inside winrun's own code is
 * reported the same way (the module is then ntdll.dll, kernel32.dll, ...).
 */
#define _GNU_SOURCE
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ucontext.h>
#include <unistd.h>
#include "ntdll_private.h"

#define ALT_STACK_SIZE (64 * 1024)

static void describe(const void *addr, char *buf, size_t size)
{
    PLDR_DATA_TABLE_ENTRY mod = module_from_address(addr);
    char name[MAX_PATH];
    if (mod && utf16_to_utf8(mod->BaseDllName.Buffer, -1, name, sizeof(name)) > 0)
        snprintf(buf, size, "%s+0x%lx", name, (unsigned long)((const char *)addr - (const char *)mod->DllBase));
    else
        snprintf(buf, size, "%p", addr);
}

static void fault_handler(int sig, siginfo_t *info, void *context)
{
    ucontext_t *uc = context;
    const void *pc = (const void *)uc->uc_mcontext.gregs[REG_RIP];
    unsigned long err = uc->uc_mcontext.gregs[REG_ERR];
    DWORD code;
    char detail[96] = "", where[MAX_PATH + 32];

    switch (sig) {
    case SIGSEGV:
    case SIGBUS:
        code = STATUS_ACCESS_VIOLATION;
        /* page-fault error code: bit 1 write, bit 4 instruction fetch */
        snprintf(detail, sizeof(detail), " (access violation %s 0x%016lx)",
                 (err & 16) ? "executing" : (err & 2) ? "writing" : "reading", (unsigned long)info->si_addr);
        break;
    case SIGILL:
        code = info->si_code == ILL_PRVOPC ? STATUS_PRIVILEGED_INSTRUCTION : STATUS_ILLEGAL_INSTRUCTION;
        break;
    case SIGFPE:
        if (info->si_code == FPE_INTDIV) code = STATUS_INTEGER_DIVIDE_BY_ZERO;
        else if (info->si_code == FPE_INTOVF) code = STATUS_INTEGER_OVERFLOW;
        else code = STATUS_FLOAT_INVALID_OPERATION;
        break;
    default:
        code = STATUS_BREAKPOINT;
        break;
    }
    describe(pc, where, sizeof(where));
    winrun_error("unhandled exception %08x%s at %s", (unsigned int)code, detail, where);
    _exit((code & 0xff) ? (int)(code & 0xff) : 1);
}

/* Installs the handlers and an alternate stack for the calling thread. */
void signal_init_thread(void)
{
    stack_t ss;
    if (!(ss.ss_sp = malloc(ALT_STACK_SIZE))) return;
    ss.ss_size = ALT_STACK_SIZE;
    ss.ss_flags = 0;
    sigaltstack(&ss, NULL);
}

/* Frees the calling thread's alternate stack; it is about to exit. */
void signal_exit_thread(void)
{
    stack_t old, off;
    if (sigaltstack(NULL, &old) || (old.ss_flags & SS_DISABLE)) return;
    memset(&off, 0, sizeof(off));
    off.ss_flags = SS_DISABLE;
    if (!sigaltstack(&off, NULL)) free(old.ss_sp);
}

void signal_init_process(void)
{
    static const int signals[] = { SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGTRAP };
    struct sigaction sa;

    memset(&sa, 0, sizeof(sa));
    sa.sa_sigaction = fault_handler;
    sa.sa_flags = SA_SIGINFO | SA_ONSTACK;
    sigemptyset(&sa.sa_mask);
    for (size_t i = 0; i < sizeof(signals) / sizeof(signals[0]); i++) sigaction(signals[i], &sa, NULL);
    signal_init_thread();
}
