/* Another thread's context: SuspendThread/ResumeThread counts,
 * GetThreadContext of a suspended thread, SetThreadContext changing a
 * register and redirecting it into a function that returns to where it
 * was (as Go's asynchronous preemption does), suspending a thread that
 * waits, and CREATE_SUSPENDED. */
#include "test.h"

#define K_RBX 0x0badc0ffee0ddf00ULL

/* spin_loop(volatile LONG *flag): spins with rbx = K_RBX and xmm0 = 42
 *   until *flag, then returns the low dword of xmm0.
 * preempt_target: entered with a pushed return address, as if called
 *   at any instruction; sets *rcx, counts itself, returns there.  It
 *   keeps every register and the flags. */
__asm__(
    ".text\n"
    ".globl spin_loop, spin_top, spin_end\n"
    "spin_loop:\n"
    "    pushq %rbx\n"
    "    movabsq $0x0badc0ffee0ddf00, %rbx\n"
    "    movl $42, %eax\n"
    "    movq %rax, %xmm0\n"
    "spin_top:\n"
    "    pause\n"
    "    cmpl $0, (%rcx)\n"
    "    je spin_top\n"
    "spin_end:\n"
    "    movd %xmm0, %eax\n"
    "    popq %rbx\n"
    "    ret\n"
    ".globl preempt_target\n"
    "preempt_target:\n"
    "    pushfq\n"
    "    lock incl preempt_count(%rip)\n"
    "    movl $1, (%rcx)\n"
    "    popfq\n"
    "    ret\n"
    ".data\n"
    ".globl preempt_count\n"
    "preempt_count: .long 0\n"
    ".text\n");

DWORD spin_loop(volatile LONG *flag);
void preempt_target(void);
extern char spin_top[], spin_end[];
extern volatile LONG preempt_count;

static DWORD WINAPI spinner(void *arg)
{
    return spin_loop(arg);    /* 42 unless xmm0 was changed */
}

static DWORD finish(HANDLE thread)
{
    DWORD code = 0;

    ok(WaitForSingleObject(thread, 10000) == WAIT_OBJECT_0, "thread ended");
    GetExitCodeThread(thread, &code);
    CloseHandle(thread);
    return code;
}

/* Suspend a spinning thread, with a pause so that it is well inside its loop. */
static HANDLE start_spinner(volatile LONG *flag)
{
    HANDLE thread = CreateThread(NULL, 0, spinner, (void *)flag, 0, NULL);

    Sleep(50);
    return thread;
}

static void test_suspend_counts(void)
{
    volatile LONG flag = 0;
    HANDLE thread = start_spinner(&flag);
    DWORD r;

    r = ResumeThread(thread);
    ok(r == 0, "ResumeThread on a running thread: %lu", r);
    r = SuspendThread(thread);
    ok(r == 0, "first SuspendThread returns the previous count 0: %lu", r);
    r = SuspendThread(thread);
    ok(r == 1, "second SuspendThread: %lu", r);
    r = ResumeThread(thread);
    ok(r == 2, "ResumeThread: %lu", r);
    r = ResumeThread(thread);
    ok(r == 1, "ResumeThread: %lu", r);
    r = ResumeThread(thread);
    ok(r == 0, "ResumeThread once running again: %lu", r);
    flag = 1;
    ok(finish(thread) == 42, "the spinner ended normally");
}

static void test_get_set_context(void)
{
    volatile LONG flag = 0;
    static volatile LONG other_flag = 1;
    HANDLE thread = start_spinner(&flag);
    CONTEXT ctx;
    DWORD r;
    BOOL b;

    r = SuspendThread(thread);
    ok(r == 0, "SuspendThread: %lu", r);
    memset(&ctx, 0, sizeof(ctx));
    ctx.ContextFlags = CONTEXT_FULL;
    b = GetThreadContext(thread, &ctx);
    ok(b, "GetThreadContext: error %lu", GetLastError());
    ok(ctx.Rip >= (ULONG64)spin_top && ctx.Rip < (ULONG64)spin_end,
       "Rip %I64x is in the loop [%p, %p)", ctx.Rip, spin_top, spin_end);
    ok(ctx.Rbx == K_RBX, "Rbx %I64x", ctx.Rbx);
    ok(ctx.Rcx == (ULONG64)&flag, "Rcx %I64x is the flag %p", ctx.Rcx, &flag);
    ok(ctx.Xmm0.Low == 42, "Xmm0 %I64x", ctx.Xmm0.Low);
    ok((ctx.ContextFlags & CONTEXT_FULL) == CONTEXT_FULL, "ContextFlags %lx", ctx.ContextFlags);
    ok(ctx.SegCs == 0x33, "SegCs %x", ctx.SegCs);

    /* still suspended: the context does not move */
    Sleep(20);
    {
        CONTEXT again;

        memset(&again, 0, sizeof(again));
        again.ContextFlags = CONTEXT_FULL;
        GetThreadContext(thread, &again);
        ok(again.Rip == ctx.Rip && again.Rsp == ctx.Rsp, "a suspended thread stays put");
    }

    /* point rcx at a flag that is already set: the loop ends, and
     * returns what is now in xmm0 */
    ctx.Rcx = (ULONG64)&other_flag;
    ctx.Xmm0.Low = 4242;
    b = SetThreadContext(thread, &ctx);
    ok(b, "SetThreadContext: error %lu", GetLastError());
    r = ResumeThread(thread);
    ok(r == 1, "ResumeThread: %lu", r);
    r = finish(thread);
    ok(r == 4242, "the changed registers ended the loop and set its result: %lu", r);
    ok(flag == 0, "its own flag was never set");
}

/* Go's preemption: push the interrupted pc as a return address and
 * resume in another function. */
static void test_redirect(void)
{
    volatile LONG flag = 0;
    HANDLE thread = start_spinner(&flag);
    CONTEXT ctx;
    ULONG64 *sp;
    BOOL b;

    preempt_count = 0;
    SuspendThread(thread);
    memset(&ctx, 0, sizeof(ctx));
    ctx.ContextFlags = CONTEXT_CONTROL | CONTEXT_INTEGER;
    b = GetThreadContext(thread, &ctx);
    ok(b && ctx.Rip >= (ULONG64)spin_top && ctx.Rip < (ULONG64)spin_end,
       "in the loop: Rip %I64x", ctx.Rip);

    sp = (ULONG64 *)ctx.Rsp - 1;
    *sp = ctx.Rip;
    ctx.Rsp = (ULONG64)sp;
    ctx.Rip = (ULONG64)preempt_target;
    b = SetThreadContext(thread, &ctx);
    ok(b, "SetThreadContext: error %lu", GetLastError());
    ok(ResumeThread(thread) == 1, "ResumeThread");
    ok(finish(thread) == 42, "the thread ran preempt_target, which set its flag, and returned");
    ok(preempt_count == 1 && flag == 1, "preempt_target ran %ld times, flag %ld", preempt_count,
       flag);
}

/* A thread suspended in a wait: the wait is satisfied while it is
 * suspended, and completes normally once resumed. */
struct waiter {
    HANDLE event;
    volatile LONG result, woke;
    void *stack_low, *stack_high;
};

static DWORD WINAPI wait_thread(void *arg)
{
    struct waiter *w = arg;
    NT_TIB *tib = (NT_TIB *)NtCurrentTeb();

    /* the bottom of the reservation: StackLimit may still move down */
    w->stack_low = *(void **)((BYTE *)NtCurrentTeb() + 0x1478);    /* DeallocationStack */
    w->stack_high = tib->StackBase;
    w->result = WaitForSingleObject(w->event, 10000);
    w->woke = 1;
    return 5;
}

static DWORD WINAPI sleep_thread(void *arg)
{
    struct waiter *w = arg;

    Sleep(100);
    w->woke = 1;
    return 6;
}

static void test_suspend_waiting(void)
{
    struct waiter w;
    HANDLE thread;
    DWORD r;

    w.event = CreateEventA(NULL, FALSE, FALSE, NULL);
    w.result = -1;
    w.woke = 0;
    thread = CreateThread(NULL, 0, wait_thread, &w, 0, NULL);
    Sleep(50);
    r = SuspendThread(thread);
    ok(r == 0, "suspend a waiting thread: %lu", r);
    {
        CONTEXT ctx;

        /* it is inside the system's wait: Rsp is on its stack */
        memset(&ctx, 0, sizeof(ctx));
        ctx.ContextFlags = CONTEXT_CONTROL | CONTEXT_INTEGER;
        ok(GetThreadContext(thread, &ctx), "GetThreadContext of a waiting thread");
        ok(ctx.Rsp >= (ULONG64)w.stack_low && ctx.Rsp < (ULONG64)w.stack_high,
           "its Rsp %I64x is on its stack [%p, %p)", ctx.Rsp, w.stack_low, w.stack_high);
        trace("waiting thread: Rip %I64x", ctx.Rip);
    }
    SetEvent(w.event);
    Sleep(100);
    ok(w.woke == 0, "it does not run while suspended");
    r = ResumeThread(thread);
    ok(r == 1, "ResumeThread: %lu", r);
    ok(finish(thread) == 5, "the waiter ended");
    ok(w.woke == 1 && w.result == WAIT_OBJECT_0, "its wait completed normally: %ld",
       w.result);
    CloseHandle(w.event);

    w.woke = 0;
    thread = CreateThread(NULL, 0, sleep_thread, &w, 0, NULL);
    Sleep(20);
    SuspendThread(thread);
    Sleep(200);
    ok(w.woke == 0, "a sleeper whose time is up does not run while suspended");
    ResumeThread(thread);
    ok(finish(thread) == 6 && w.woke == 1, "the sleeper ended after the resume");
}

static DWORD WINAPI set_flag_thread(void *arg)
{
    *(volatile LONG *)arg = 1;
    return 9;
}

static void test_create_suspended(void)
{
    volatile LONG flag = 0;
    HANDLE thread;
    CONTEXT ctx;
    DWORD r;
    void *start = GetProcAddress(GetModuleHandleA("ntdll.dll"), "RtlUserThreadStart");

    thread = CreateThread(NULL, 0, set_flag_thread, (void *)&flag, CREATE_SUSPENDED, NULL);
    ok(thread != NULL, "CreateThread suspended");
    Sleep(50);
    ok(flag == 0, "a suspended thread does not run");

    /* it will start in RtlUserThreadStart(start routine, parameter) */
    memset(&ctx, 0, sizeof(ctx));
    ctx.ContextFlags = CONTEXT_FULL;
    ok(GetThreadContext(thread, &ctx), "GetThreadContext");
    ok(ctx.Rcx == (ULONG64)set_flag_thread && ctx.Rdx == (ULONG64)&flag,
       "Rcx %I64x (start %p), Rdx %I64x (parameter %p)", ctx.Rcx, set_flag_thread, ctx.Rdx,
       &flag);
    ok(start != NULL && ctx.Rip == (ULONG64)start, "Rip %I64x, RtlUserThreadStart %p", ctx.Rip,
       start);

    r = SuspendThread(thread);
    ok(r == 1, "SuspendThread on a CREATE_SUSPENDED thread: %lu", r);
    r = ResumeThread(thread);
    ok(r == 2, "ResumeThread: %lu", r);
    Sleep(50);
    ok(flag == 0, "still suspended once");
    r = ResumeThread(thread);
    ok(r == 1, "ResumeThread: %lu", r);
    ok(finish(thread) == 9 && flag == 1, "the thread ran");
}

/* GetThreadContext on the current thread: its own registers, somewhere
 * inside the call. */
static void test_current_thread(void)
{
    CONTEXT ctx;
    NT_TIB *tib = (NT_TIB *)NtCurrentTeb();
    BOOL b;

    memset(&ctx, 0, sizeof(ctx));
    ctx.ContextFlags = CONTEXT_CONTROL | CONTEXT_INTEGER;
    b = GetThreadContext(GetCurrentThread(), &ctx);
    ok(b, "GetThreadContext(GetCurrentThread())");
    ok(ctx.Rsp > (ULONG64)tib->StackLimit && ctx.Rsp < (ULONG64)tib->StackBase,
       "Rsp %I64x on this thread's stack [%p, %p)", ctx.Rsp, tib->StackLimit, tib->StackBase);
    ok(ctx.Rip != 0, "Rip %I64x", ctx.Rip);
}

int main(void)
{
    test_suspend_counts();
    test_get_set_context();
    test_redirect();
    test_suspend_waiting();
    test_create_suspended();
    test_current_thread();
    return test_done();
}
