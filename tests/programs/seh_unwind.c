/* Unwinding to a target frame: RtlUnwindEx from a handler during
 * dispatch and from plain code, RtlUnwind, and longjmp (which on x64
 * unwinds with STATUS_LONGJUMP): which handlers run with which flags,
 * where execution resumes, the return value, and the nonvolatile
 * registers of the frames unwound through. */
#include <setjmp.h>
#include "test.h"
#include "seh_frame.h"

/* mingw's headers have neither */
#ifndef STATUS_UNWIND
#define STATUS_UNWIND ((DWORD)0xc0000027)
#endif
#ifndef STATUS_LONGJUMP
#define STATUS_LONGJUMP ((DWORD)0x80000026)
#endif

/* Three nested frames with handlers: outer (o) -> middle (m) -> inner (i).
 * Handlers log a lowercase letter in the exception pass and an uppercase
 * one in the unwind pass, with the flags and code they saw. */
struct unwind_log {
    char s[16];
    int n;
    DWORD flags[16], codes[16];
    ULONG64 target_ip[16];
    DWORD nparams[16];
    ULONG_PTR param0[16];
    char unwind_at;      /* whose handler unwinds to its own frame */
    int how;             /* what level3 does */
};

enum { RAISE, UNWIND_EX_NULL, UNWIND_NULL, LONGJMP };

static void log_call(struct unwind_log *log, char who, EXCEPTION_RECORD *rec,
                     DISPATCHER_CONTEXT *dispatch)
{
    int n = log->n;

    if (n >= 15)
        return;
    log->s[n] = (rec->ExceptionFlags & EXCEPTION_UNWINDING) ? who - 'a' + 'A' : who;
    log->flags[n] = rec->ExceptionFlags;
    log->codes[n] = rec->ExceptionCode;
    log->nparams[n] = rec->NumberParameters;
    log->param0[n] = rec->ExceptionInformation[0];
    log->target_ip[n] = dispatch->TargetIp;
    log->n++;
}

static EXCEPTION_DISPOSITION handle(char who, EXCEPTION_RECORD *rec, void *frame,
                                    DISPATCHER_CONTEXT *dispatch, struct unwind_log *log)
{
    log_call(log, who, rec, dispatch);
    if (!(rec->ExceptionFlags & EXCEPTION_UNWINDING) && log->unwind_at == who)
        unwind_to_frame(frame, rec, 0x1234);
    return ExceptionContinueSearch;
}

static EXCEPTION_DISPOSITION handler_o(EXCEPTION_RECORD *rec, void *frame, CONTEXT *ctx,
                                       DISPATCHER_CONTEXT *dispatch, void *data)
{
    (void)ctx;
    return handle('o', rec, frame, dispatch, data);
}
static EXCEPTION_DISPOSITION handler_m(EXCEPTION_RECORD *rec, void *frame, CONTEXT *ctx,
                                       DISPATCHER_CONTEXT *dispatch, void *data)
{
    (void)ctx;
    return handle('m', rec, frame, dispatch, data);
}
static EXCEPTION_DISPOSITION handler_i(EXCEPTION_RECORD *rec, void *frame, CONTEXT *ctx,
                                       DISPATCHER_CONTEXT *dispatch, void *data)
{
    (void)ctx;
    return handle('i', rec, frame, dispatch, data);
}

/* The establisher frame of the nth call_with_handler frame above this
 * function's caller (1 = the innermost), found by virtual unwinding. */
static ULONG64 __attribute__((noinline)) handler_frame(int nth)
{
    CONTEXT ctx;
    RUNTIME_FUNCTION *fn;
    ULONG64 base, frame;
    void *data;
    int i;

    RtlCaptureContext(&ctx);
    for (i = 0; i < 32; i++) {
        fn = RtlLookupFunctionEntry(ctx.Rip, &base, NULL);
        if (!fn)
            return 0;
        RtlVirtualUnwind(UNW_FLAG_NHANDLER, base, ctx.Rip, fn, &ctx, &data, &frame, NULL);
        if (base + fn->BeginAddress == (ULONG64)call_with_handler && --nth == 0)
            return frame;
    }
    return 0;
}

static jmp_buf jump_buffer;

static ULONG_PTR level3(void *arg)
{
    struct unwind_log *log = arg;
    ULONG_PTR param = 0xabc;
    CONTEXT ctx;

    switch (log->how) {
    case RAISE:
        RaiseException(0xe0090000, 0, 1, &param);
        break;
    case UNWIND_EX_NULL:
        RtlUnwindEx((void *)handler_frame(3), call_with_handler_resume, NULL, (void *)0x5678,
                    &ctx, NULL);
        break;
    case UNWIND_NULL:
        RtlUnwind((void *)handler_frame(3), call_with_handler_resume, NULL, (void *)0x9abc);
        break;
    case LONGJMP:
        longjmp(jump_buffer, 5);
    }
    return 0xdead;    /* not reached */
}

/* The middle level clobbers every nonvolatile register it may, so that
 * unwinding through it must restore them from where its prologue saved
 * them. */
static ULONG_PTR level2(void *arg)
{
    ULONG_PTR r;

    __asm__ volatile("movq $-1, %%rbx\n\tmovq $-1, %%rsi\n\tmovq $-1, %%rdi\n\t"
                     "movq $-1, %%r12\n\tmovq $-1, %%r13\n\tmovq $-1, %%r14\n\t"
                     "movq $-1, %%r15\n\tpcmpeqd %%xmm6, %%xmm6\n\tpcmpeqd %%xmm15, %%xmm15"
                     ::: "rbx", "rsi", "rdi", "r12", "r13", "r14", "r15", "xmm6", "xmm15");
    r = call_with_handler(level3, arg, handler_i, arg);
    return r + 1;    /* not reached when unwound past */
}

static ULONG_PTR level1(void *arg)
{
    return call_with_handler(level2, arg, handler_m, arg) + 1;
}

/* call_keeping(fn, arg, handler, data, after): call_with_handler with
 * known values in the nonvolatile registers (rbx, rbp, rsi, rdi,
 * r12-r15, xmm6, xmm15), stored into after[0..10] when it returns. */
__asm__(
    ".text\n"
    ".globl call_keeping\n"
    ".def call_keeping; .scl 2; .type 32; .endef\n"
    ".seh_proc call_keeping\n"
    "call_keeping:\n"
    "    pushq %rbx\n"
    "    .seh_pushreg %rbx\n"
    "    pushq %rbp\n"
    "    .seh_pushreg %rbp\n"
    "    pushq %rsi\n"
    "    .seh_pushreg %rsi\n"
    "    pushq %rdi\n"
    "    .seh_pushreg %rdi\n"
    "    pushq %r12\n"
    "    .seh_pushreg %r12\n"
    "    pushq %r13\n"
    "    .seh_pushreg %r13\n"
    "    pushq %r14\n"
    "    .seh_pushreg %r14\n"
    "    pushq %r15\n"
    "    .seh_pushreg %r15\n"
    "    subq $0x48, %rsp\n"
    "    .seh_stackalloc 0x48\n"
    "    movaps %xmm6, 0x20(%rsp)\n"
    "    .seh_savexmm %xmm6, 0x20\n"
    "    movaps %xmm15, 0x30(%rsp)\n"
    "    .seh_savexmm %xmm15, 0x30\n"
    "    .seh_endprologue\n"
    "    movabsq $0x1010101010101010, %rbx\n"
    "    movabsq $0x2020202020202020, %rbp\n"
    "    movabsq $0x3030303030303030, %rsi\n"
    "    movabsq $0x4040404040404040, %rdi\n"
    "    movabsq $0x5050505050505050, %r12\n"
    "    movabsq $0x6060606060606060, %r13\n"
    "    movabsq $0x7070707070707070, %r14\n"
    "    movq 0xb0(%rsp), %r15\n"             /* the fifth argument: after[] */
    "    movq %r15, %xmm15\n"
    "    movabsq $0x0606060606060606, %r15\n"
    "    movq %r15, %xmm6\n"
    "    movabsq $0x7f7f7f7f7f7f7f7f, %r15\n"
    "    call call_with_handler\n"
    "    nop\n"
    "    movq %xmm15, %rcx\n"
    "    movq %rbx, 0(%rcx)\n"
    "    movq %rbp, 8(%rcx)\n"
    "    movq %rsi, 16(%rcx)\n"
    "    movq %rdi, 24(%rcx)\n"
    "    movq %r12, 32(%rcx)\n"
    "    movq %r13, 40(%rcx)\n"
    "    movq %r14, 48(%rcx)\n"
    "    movq %r15, 56(%rcx)\n"
    "    movq %xmm6, 64(%rcx)\n"
    "    movaps 0x20(%rsp), %xmm6\n"
    "    movaps 0x30(%rsp), %xmm15\n"
    "    addq $0x48, %rsp\n"
    "    popq %r15\n"
    "    popq %r14\n"
    "    popq %r13\n"
    "    popq %r12\n"
    "    popq %rdi\n"
    "    popq %rsi\n"
    "    popq %rbp\n"
    "    popq %rbx\n"
    "    ret\n"
    ".seh_endproc\n");

ULONG_PTR call_keeping(ULONG_PTR (*fn)(void *), void *arg, frame_handler_fn *handler,
                       void *data, ULONG64 *after);

static void check_registers(const char *what, const ULONG64 *after)
{
    static const ULONG64 expected[9] = {
        0x1010101010101010ULL, 0x2020202020202020ULL, 0x3030303030303030ULL,
        0x4040404040404040ULL, 0x5050505050505050ULL, 0x6060606060606060ULL,
        0x7070707070707070ULL, 0x7f7f7f7f7f7f7f7fULL, 0x0606060606060606ULL,
    };
    static const char *const names[9] = { "rbx", "rbp", "rsi", "rdi", "r12", "r13", "r14",
                                           "r15", "xmm6" };
    int i, bad = -1;

    for (i = 0; i < 9; i++)
        if (after[i] != expected[i] && bad < 0)
            bad = i;
    ok(bad < 0, "%s: nonvolatile registers kept (first wrong: %s = %I64x)", what,
       bad < 0 ? "none" : names[bad], bad < 0 ? 0 : after[bad]);
}

static ULONG_PTR run(struct unwind_log *log, int how, char unwind_at, ULONG64 *after)
{
    memset(log, 0, sizeof(*log));
    log->how = how;
    log->unwind_at = unwind_at;
    return call_keeping(level1, log, handler_o, log, after);
}

static void test_unwind_from_handler(void)
{
    struct unwind_log log;
    ULONG64 after[9];
    ULONG_PTR r;
    int i;

    /* the outer handler takes it: every frame is unwound, the target
     * last with EXCEPTION_TARGET_UNWIND */
    r = run(&log, RAISE, 'o', after);
    ok(r == 0x1234, "resumed in the outer frame with Rax from RtlUnwindEx: %I64x", (ULONG64)r);
    ok(!strcmp(log.s, "imoIMO"), "handlers: \"%s\"", log.s);
    ok(log.flags[0] == 0 && log.flags[1] == 0 && log.flags[2] == 0,
       "exception pass flags %lx %lx %lx", log.flags[0], log.flags[1], log.flags[2]);
    ok(log.flags[3] == EXCEPTION_UNWINDING && log.flags[4] == EXCEPTION_UNWINDING,
       "unwind pass flags %lx %lx", log.flags[3], log.flags[4]);
    ok(log.flags[5] == (EXCEPTION_UNWINDING | EXCEPTION_TARGET_UNWIND), "target flags %lx",
       log.flags[5]);
    for (i = 3; i < 6; i++)
        ok(log.codes[i] == 0xe0090000 && log.nparams[i] == 1 && log.param0[i] == 0xabc,
           "unwind handler %d sees the exception's record: %lx, %lu, %I64x", i, log.codes[i],
           log.nparams[i], (ULONG64)log.param0[i]);
    ok(log.target_ip[3] == (ULONG64)call_with_handler_resume &&
       log.target_ip[5] == (ULONG64)call_with_handler_resume,
       "DISPATCHER_CONTEXT.TargetIp %I64x", log.target_ip[3]);
    check_registers("unwound to the outer frame", after);

    /* the middle handler takes it: the outer frame is left alone */
    r = run(&log, RAISE, 'm', after);
    ok(r == 0x1235, "resumed in the middle frame, level1 added 1: %I64x", (ULONG64)r);
    ok(!strcmp(log.s, "imIM"), "handlers: \"%s\"", log.s);
    ok(log.flags[3] == (EXCEPTION_UNWINDING | EXCEPTION_TARGET_UNWIND), "target flags %lx",
       log.flags[3]);
    check_registers("unwound to the middle frame", after);
}

static void test_unwind_without_exception(void)
{
    struct unwind_log log;
    ULONG64 after[9];
    ULONG_PTR r;

    /* RtlUnwindEx with no record: the handlers see STATUS_UNWIND */
    r = run(&log, UNWIND_EX_NULL, 0, after);
    ok(r == 0x5678, "RtlUnwindEx: resumed in the outer frame with %I64x", (ULONG64)r);
    ok(!strcmp(log.s, "IMO"), "handlers: \"%s\"", log.s);
    ok(log.codes[0] == STATUS_UNWIND && log.codes[2] == STATUS_UNWIND, "codes %lx %lx",
       log.codes[0], log.codes[2]);
    ok(log.flags[0] == EXCEPTION_UNWINDING && log.flags[1] == EXCEPTION_UNWINDING &&
       log.flags[2] == (EXCEPTION_UNWINDING | EXCEPTION_TARGET_UNWIND),
       "flags %lx %lx %lx", log.flags[0], log.flags[1], log.flags[2]);
    check_registers("RtlUnwindEx", after);

    /* RtlUnwind: the same with a context of its own */
    r = run(&log, UNWIND_NULL, 0, after);
    ok(r == 0x9abc, "RtlUnwind: resumed in the outer frame with %I64x", (ULONG64)r);
    ok(!strcmp(log.s, "IMO"), "handlers: \"%s\"", log.s);
    ok(log.codes[1] == STATUS_UNWIND &&
       log.flags[2] == (EXCEPTION_UNWINDING | EXCEPTION_TARGET_UNWIND),
       "code %lx, target flags %lx", log.codes[1], log.flags[2]);
    check_registers("RtlUnwind", after);
}

/* longjmp through frames with handlers: the CRT's longjmp unwinds to the
 * frame given to _setjmp with STATUS_LONGJUMP and the jmp_buf as the
 * parameter, so unwind handlers (__finally blocks, destructors) run. */
static void test_longjmp(void)
{
    struct unwind_log log;
    volatile int passes = 0;
    ULONG64 after[9];
    int r;

    memset(&log, 0, sizeof(log));
    log.how = LONGJMP;
    r = setjmp(jump_buffer);
    passes++;
    if (r == 0) {
        call_keeping(level1, &log, handler_o, &log, after);
        ok(0, "call_keeping returned");
    }
    ok(r == 5 && passes == 2, "setjmp returned %d on pass %d", r, passes);
    ok(!strcmp(log.s, "IMO"), "unwind handlers: \"%s\"", log.s);
    ok(log.codes[0] == STATUS_LONGJUMP && log.nparams[0] == 1 &&
       log.param0[0] == (ULONG_PTR)jump_buffer,
       "code %lx, %lu parameters, %I64x (jmp_buf %p)", log.codes[0], log.nparams[0],
       (ULONG64)log.param0[0], jump_buffer);
    ok(log.flags[0] == EXCEPTION_UNWINDING && log.flags[2] == EXCEPTION_UNWINDING,
       "flags %lx %lx: the target is setjmp's caller, not these frames", log.flags[0],
       log.flags[2]);
}

/* RtlRestoreContext and NtContinue resume a captured context: here the
 * one captured just before, so RtlCaptureContext "returns" again; the
 * pass count lives in memory, not in the restored registers. */
typedef void (WINAPI *restore_fn)(CONTEXT *, EXCEPTION_RECORD *);
typedef LONG (WINAPI *continue_fn)(CONTEXT *, BOOLEAN);

static int __attribute__((noinline)) resume_three_times(int use_ntcontinue)
{
    HMODULE ntdll = GetModuleHandleA("ntdll.dll");
    restore_fn restore = (restore_fn)(void *)GetProcAddress(ntdll, "RtlRestoreContext");
    continue_fn cont = (continue_fn)(void *)GetProcAddress(ntdll, "NtContinue");
    CONTEXT *ctx = HeapAlloc(GetProcessHeap(), 0, sizeof(*ctx));
    volatile int *passes = HeapAlloc(GetProcessHeap(), HEAP_ZERO_MEMORY, sizeof(int));
    int n;

    if (!restore || !cont)
        return -1;
    RtlCaptureContext(ctx);
    n = ++*passes;
    if (n < 3) {
        if (use_ntcontinue)
            cont(ctx, FALSE);
        else
            restore(ctx, NULL);
        n = -2;    /* not reached */
    }
    HeapFree(GetProcessHeap(), 0, ctx);
    HeapFree(GetProcessHeap(), 0, (void *)passes);
    return n;
}

static void test_restore_context(void)
{
    ok(GetProcAddress(GetModuleHandleA("kernel32.dll"), "RtlRestoreContext") != NULL,
       "kernel32 exports RtlRestoreContext");
    ok(resume_three_times(0) == 3, "RtlRestoreContext resumed the captured context");
    ok(resume_three_times(1) == 3, "NtContinue resumed the captured context");
}

int main(void)
{
    test_unwind_from_handler();
    test_unwind_without_exception();
    test_longjmp();
    test_restore_context();
    return test_done();
}
