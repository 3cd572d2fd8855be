/*
 * Hardware exceptions: SIGSEGV, SIGBUS, SIGILL, SIGFPE and SIGTRAP, caught
 * on an alternate stack, become an EXCEPTION_RECORD and a CONTEXT with
 * Windows' codes and parameters. The handler copies both onto the faulting
 * thread's own stack (below the red zone that ELF code may use) and
 * returns into dispatch_trampoline there, so that dispatch runs as
 * ordinary code, where handlers may longjmp, unwind and fault again, as
 * Windows' KiUserExceptionDispatcher does.
 *
 * A fault that cannot be dispatched (no TEB: one of winrun's own service
 * threads; a fault on the alternate stack; the stack exhausted past its
 * guard zone) is reported at once and ends the process.
 *
 * SIGUSR2 parks a thread for SuspendThread (thread.c).
 */
#define _GNU_SOURCE
#include <asm/prctl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/ucontext.h>
#include <time.h>
#include <unistd.h>
#include "exception.h"

#define ALT_STACK_SIZE (64 * 1024)
#define PAGE_SIZE 4096
#define RED_ZONE 128

enum { TRAP_DIVIDE = 0, TRAP_DEBUG = 1, TRAP_BREAKPOINT = 3, TRAP_OVERFLOW = 4, TRAP_BOUND = 5,
       TRAP_INVALID_OP = 6, TRAP_STACK = 12, TRAP_PROTECTION = 13, TRAP_PAGE = 14, TRAP_X87 = 16,
       TRAP_ALIGNMENT = 17, TRAP_SIMD = 19 };

void context_from_unix(CONTEXT *ctx, const ucontext_t *uc)
{
    const greg_t *g = uc->uc_mcontext.gregs;

    ctx->ContextFlags = CONTEXT_FULL | CONTEXT_SEGMENTS;
    ctx->Rax = g[REG_RAX]; ctx->Rcx = g[REG_RCX]; ctx->Rdx = g[REG_RDX]; ctx->Rbx = g[REG_RBX];
    ctx->Rsp = g[REG_RSP]; ctx->Rbp = g[REG_RBP]; ctx->Rsi = g[REG_RSI]; ctx->Rdi = g[REG_RDI];
    ctx->R8 = g[REG_R8]; ctx->R9 = g[REG_R9]; ctx->R10 = g[REG_R10]; ctx->R11 = g[REG_R11];
    ctx->R12 = g[REG_R12]; ctx->R13 = g[REG_R13]; ctx->R14 = g[REG_R14]; ctx->R15 = g[REG_R15];
    ctx->Rip = g[REG_RIP];
    ctx->EFlags = (DWORD)g[REG_EFL];
    context_set_segments(ctx);
    if (uc->uc_mcontext.fpregs) {
        memcpy(&ctx->FltSave, uc->uc_mcontext.fpregs, sizeof(ctx->FltSave));
        ctx->MxCsr = uc->uc_mcontext.fpregs->mxcsr;
    }
}

/* The parts of CTX its ContextFlags name go into UC. */
void context_to_unix(const CONTEXT *ctx, ucontext_t *uc)
{
    greg_t *g = uc->uc_mcontext.gregs;
    DWORD flags = ctx->ContextFlags;

    if ((flags & CONTEXT_CONTROL) == CONTEXT_CONTROL) {
        g[REG_RSP] = ctx->Rsp;
        g[REG_RIP] = ctx->Rip;
        g[REG_EFL] = (g[REG_EFL] & ~0x00250fd5) | (ctx->EFlags & 0x00250fd5);
    }
    if ((flags & CONTEXT_INTEGER) == CONTEXT_INTEGER) {
        g[REG_RAX] = ctx->Rax; g[REG_RCX] = ctx->Rcx; g[REG_RDX] = ctx->Rdx; g[REG_RBX] = ctx->Rbx;
        g[REG_RBP] = ctx->Rbp; g[REG_RSI] = ctx->Rsi; g[REG_RDI] = ctx->Rdi;
        g[REG_R8] = ctx->R8; g[REG_R9] = ctx->R9; g[REG_R10] = ctx->R10; g[REG_R11] = ctx->R11;
        g[REG_R12] = ctx->R12; g[REG_R13] = ctx->R13; g[REG_R14] = ctx->R14; g[REG_R15] = ctx->R15;
    }
    if ((flags & CONTEXT_FLOATING_POINT) == CONTEXT_FLOATING_POINT && uc->uc_mcontext.fpregs) {
        memcpy(uc->uc_mcontext.fpregs, &ctx->FltSave, sizeof(ctx->FltSave));
        uc->uc_mcontext.fpregs->mxcsr = ctx->MxCsr & 0xffff;
        uc->uc_mcontext.fpregs->mxcr_mask = 0;
    }
}

TEB *exception_teb(void)
{
    unsigned long base = 0;
    syscall(SYS_arch_prctl, ARCH_GET_GS, &base);
    return (TEB *)base;
}

/* A privileged instruction at PC raises a general protection fault on Linux. */
static BOOL is_privileged(const BYTE *pc)
{
    while (*pc == 0x66 || *pc == 0xf2 || *pc == 0xf3 || (*pc & 0xf0) == 0x40) pc++;   /* prefixes, REX */
    switch (*pc) {
    case 0xf4: case 0xfa: case 0xfb:                    /* hlt, cli, sti */
    case 0xe4: case 0xe5: case 0xe6: case 0xe7:         /* in, out */
    case 0xec: case 0xed: case 0xee: case 0xef:
    case 0x6c: case 0x6d: case 0x6e: case 0x6f:         /* ins, outs */
        return TRUE;
    case 0x0f:
        switch (pc[1]) {
        case 0x06: case 0x08: case 0x09: case 0x30: case 0x32: case 0x35:   /* clts invd wbinvd wrmsr rdmsr sysexit */
        case 0x20: case 0x21: case 0x22: case 0x23:                         /* mov cr/dr */
            return TRUE;
        case 0x01: return ((pc[2] >> 3) & 7) == 2 || ((pc[2] >> 3) & 7) == 3 || ((pc[2] >> 3) & 7) == 6 ||
                          ((pc[2] >> 3) & 7) == 7;       /* lgdt lidt lmsw invlpg */
        }
    }
    return FALSE;
}

static DWORD x87_code(const struct _libc_fpstate *fp)
{
    WORD pending = fp ? fp->swd & ~fp->cwd & 0x3f : 0;
    if (pending & 0x01) return (fp->swd & 0x40) ? STATUS_FLOAT_STACK_CHECK : STATUS_FLOAT_INVALID_OPERATION;
    if (pending & 0x04) return STATUS_FLOAT_DIVIDE_BY_ZERO;
    if (pending & 0x08) return STATUS_FLOAT_OVERFLOW;
    if (pending & 0x10) return STATUS_FLOAT_UNDERFLOW;
    if (pending & 0x02) return STATUS_FLOAT_DENORMAL_OPERAND;
    return STATUS_FLOAT_INEXACT_RESULT;
}

/* Whether the divide at PC faulted for INT_MIN / -1 rather than for a zero
 * divisor (Linux reports both as FPE_INTDIV; Windows tells them apart).
 * Only register divisors are decoded: a memory divisor reads as zero. */
static BOOL idiv_overflow(const BYTE *pc, const greg_t *g)
{
    static const int regs[16] = { REG_RAX, REG_RCX, REG_RDX, REG_RBX, REG_RSP, REG_RBP, REG_RSI, REG_RDI,
                                  REG_R8, REG_R9, REG_R10, REG_R11, REG_R12, REG_R13, REG_R14, REG_R15 };
    BYTE rex = 0, opsize = 0;
    greg_t div;

    for (;; pc++) {
        if (*pc == 0x66) opsize = 1;
        else if ((*pc & 0xf0) == 0x40) rex = *pc;
        else break;
    }
    if ((pc[0] != 0xf7 && pc[0] != 0xf6) || ((pc[1] >> 3) & 7) != 7 || (pc[1] >> 6) != 3) return FALSE;
    div = g[regs[(pc[1] & 7) + ((rex & 1) ? 8 : 0)]];
    if (pc[0] == 0xf6) return (signed char)div == -1;
    if (rex & 8) return div == -1;
    return opsize ? (short)div == -1 : (int)div == -1;
}

static void set_access(EXCEPTION_RECORD *rec, DWORD code, ULONG_PTR op, ULONG_PTR addr)
{
    rec->ExceptionCode = code;
    rec->NumberParameters = 2;
    rec->ExceptionInformation[0] = op;
    rec->ExceptionInformation[1] = addr;
}

/* Fills REC for the fault; FALSE if it cannot be dispatched. */
static BOOL describe_fault(int sig, const siginfo_t *info, ucontext_t *uc, TEB *teb, EXCEPTION_RECORD *rec)
{
    greg_t *g = uc->uc_mcontext.gregs;
    ULONG_PTR trap = g[REG_TRAPNO], err = g[REG_ERR], addr = (ULONG_PTR)info->si_addr;
    char *zone = teb ? (char *)teb->DeallocationStack + PAGE_SIZE : NULL;

    rec->ExceptionAddress = (void *)g[REG_RIP];
    switch (sig) {
    case SIGSEGV:
    case SIGBUS:
        if (trap == TRAP_PROTECTION || info->si_code == SI_KERNEL) {
            if (is_privileged((const BYTE *)g[REG_RIP])) rec->ExceptionCode = STATUS_PRIVILEGED_INSTRUCTION;
            else set_access(rec, STATUS_ACCESS_VIOLATION, 0, ~(ULONG_PTR)0);   /* as Windows reports a #GP */
            break;
        }
        if (trap == TRAP_ALIGNMENT) {
            rec->ExceptionCode = STATUS_DATATYPE_MISALIGNMENT;
            break;
        }
        if (sig == SIGBUS && info->si_code == BUS_ADRERR) {
            set_access(rec, STATUS_IN_PAGE_ERROR, (err & 2) ? 1 : 0, addr);
            rec->NumberParameters = 3;
            rec->ExceptionInformation[2] = STATUS_END_OF_FILE;   /* beyond the end of a mapped file */
            break;
        }
        set_access(rec, STATUS_ACCESS_VIOLATION, (err & 16) ? 8 : (err & 2) ? 1 : 0, addr);
        if (teb && addr >= (ULONG_PTR)zone && addr < (ULONG_PTR)zone + WINRUN_STACK_GUARD_SIZE) {
            if (!virtual_clear_guard(zone, WINRUN_STACK_GUARD_SIZE)) return FALSE;   /* used up */
            teb->Tib.StackLimit = zone;
            rec->ExceptionCode = STATUS_STACK_OVERFLOW;
        } else if (teb && addr >= (ULONG_PTR)teb->DeallocationStack && addr < (ULONG_PTR)zone) {
            rec->ExceptionCode = STATUS_STACK_OVERFLOW;
            return FALSE;
        } else if (virtual_clear_guard((void *)addr, 1)) {
            rec->ExceptionCode = STATUS_GUARD_PAGE_VIOLATION;
        }
        break;
    case SIGILL:
        rec->ExceptionCode = (info->si_code == ILL_PRVOPC || info->si_code == ILL_PRVREG)
                             ? STATUS_PRIVILEGED_INSTRUCTION : STATUS_ILLEGAL_INSTRUCTION;
        break;
    case SIGFPE:
        if (trap == TRAP_DIVIDE) {
            /* idiv faults for INT_MIN / -1 too; Linux says FPE_INTDIV for both */
            rec->ExceptionCode = info->si_code == FPE_INTOVF ? STATUS_INTEGER_OVERFLOW : STATUS_INTEGER_DIVIDE_BY_ZERO;
            if (info->si_code == FPE_INTDIV && idiv_overflow((const BYTE *)g[REG_RIP], g))
                rec->ExceptionCode = STATUS_INTEGER_OVERFLOW;
        } else if (trap == TRAP_OVERFLOW) {
            rec->ExceptionCode = STATUS_INTEGER_OVERFLOW;
        } else if (trap == TRAP_SIMD) {
            DWORD mxcsr = uc->uc_mcontext.fpregs ? uc->uc_mcontext.fpregs->mxcsr : 0;
            DWORD pending = mxcsr & ~(mxcsr >> 7) & 0x3f;
            rec->ExceptionCode = (pending & 0x01) ? STATUS_FLOAT_INVALID_OPERATION
                               : (pending & 0x04) ? STATUS_FLOAT_DIVIDE_BY_ZERO
                               : (pending & 0x08) ? STATUS_FLOAT_OVERFLOW
                               : (pending & 0x10) ? STATUS_FLOAT_UNDERFLOW
                               : (pending & 0x02) ? STATUS_FLOAT_DENORMAL_OPERAND : STATUS_FLOAT_INEXACT_RESULT;
            rec->NumberParameters = 2;
            rec->ExceptionInformation[0] = 0;
            rec->ExceptionInformation[1] = mxcsr;
        } else {
            rec->ExceptionCode = x87_code(uc->uc_mcontext.fpregs);
        }
        break;
    case SIGTRAP:
        if (trap == TRAP_DEBUG && info->si_code != TRAP_BRKPT) {
            rec->ExceptionCode = STATUS_SINGLE_STEP;
            g[REG_EFL] &= ~0x100;
        } else {
            rec->ExceptionCode = STATUS_BREAKPOINT;
            rec->NumberParameters = 1;
            if (trap == TRAP_BREAKPOINT) {                       /* Windows points at the int3 */
                g[REG_RIP]--;
                rec->ExceptionAddress = (void *)g[REG_RIP];
            }
        }
        break;
    }
    return teb != NULL;
}

static BOOL on_alt_stack(ULONG_PTR sp)
{
    stack_t ss;
    return !sigaltstack(NULL, &ss) && !(ss.ss_flags & SS_DISABLE) && sp >= (ULONG_PTR)ss.ss_sp &&
           sp < (ULONG_PTR)ss.ss_sp + ss.ss_size;
}

/* Whether the dispatch frame at [START, END) and a page below it, off the
 * thread's stack (a corrupt stack pointer), can be written: the kernel
 * writes a timespec there or fails with EFAULT, so the probe cannot fault. */
static BOOL frame_writable(const TEB *teb, ULONG_PTR start, ULONG_PTR end)
{
    if (start >= (ULONG_PTR)teb->DeallocationStack && end <= (ULONG_PTR)teb->Tib.StackBase) return TRUE;
    if (start < PAGE_SIZE) return FALSE;
    for (ULONG_PTR p = start - PAGE_SIZE; p < end; p += PAGE_SIZE)     /* START is 64-byte aligned */
        if (syscall(SYS_clock_gettime, CLOCK_MONOTONIC, (void *)p) < 0) return FALSE;
    return TRUE;
}

static void fault_handler(int sig, siginfo_t *info, void *ucv)
{
    ucontext_t *uc = ucv;
    greg_t *g = uc->uc_mcontext.gregs;
    TEB *teb = exception_teb();
    EXCEPTION_RECORD rec;
    struct dispatch_frame { CONTEXT ctx; EXCEPTION_RECORD rec; } *frame;
    ULONG_PTR sp;

    if (sig == SIGSEGV && time_shared_data_fault((ULONG_PTR)info->si_addr, g[REG_ERR])) return;
    memset(&rec, 0, sizeof(rec));
    sp = (g[REG_RSP] - RED_ZONE - sizeof(*frame)) & ~(ULONG_PTR)63;
    /* no stack to dispatch on: Windows too ends the process */
    if (!describe_fault(sig, info, uc, teb, &rec) || on_alt_stack(g[REG_RSP]) ||
        !frame_writable(teb, sp, sp + sizeof(*frame))) {
        CONTEXT ctx;
        context_from_unix(&ctx, uc);
        exception_fatal(&rec, &ctx, FALSE);
    }
    frame = (struct dispatch_frame *)sp;
    context_from_unix(&frame->ctx, uc);
    frame->rec = rec;
    g[REG_RSP] = sp;
    g[REG_RIP] = (greg_t)dispatch_trampoline;
    g[REG_RDI] = (greg_t)&frame->rec;
    g[REG_RSI] = (greg_t)&frame->ctx;
    g[REG_EFL] &= ~(0x100 | 0x400 | 0x40000);                 /* TF, DF, AC: the C ABI's state */
    if (uc->uc_mcontext.fpregs) {                              /* dispatch runs with exceptions masked */
        uc->uc_mcontext.fpregs->mxcsr = 0x1f80;
        uc->uc_mcontext.fpregs->swd &= ~0xff;
    }
}

static void suspend_handler(int sig, siginfo_t *info, void *ucv)
{
    (void)sig; (void)info;
    thread_park(ucv);
}

/* Installs an alternate stack for the calling thread. */
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

    exception_init();
    memset(&sa, 0, sizeof(sa));
    sa.sa_sigaction = fault_handler;
    sa.sa_flags = SA_SIGINFO | SA_ONSTACK | SA_NODEFER;
    sigemptyset(&sa.sa_mask);
    sigaddset(&sa.sa_mask, SIG_SUSPEND);
    for (size_t i = 0; i < sizeof(signals) / sizeof(signals[0]); i++) sigaction(signals[i], &sa, NULL);
    sa.sa_sigaction = suspend_handler;
    sa.sa_flags = SA_SIGINFO | SA_ONSTACK | SA_RESTART;
    sigaction(SIG_SUSPEND, &sa, NULL);
    signal_init_thread();
}
