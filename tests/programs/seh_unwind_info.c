/* The image's unwind tables read through ntdll: RtlCaptureContext,
 * RtlLookupFunctionEntry, RtlVirtualUnwind (step by step, through every
 * kind of unwind code, in prologues and epilogues) and
 * RtlCaptureStackBackTrace. */
#include "test.h"
#include "seh_frame.h"

static ULONG64 image_base;

#define K_RBX 0x1111111111111111ULL
#define K_RSI 0x2222222222222222ULL
#define K_RDI 0x3333333333333333ULL
#define K_R12 0x4444444444444444ULL
#define K_RBP 0x5555555555555555ULL
#define K_R13 0x6666666666666666ULL
#define K_XMM6_LO 0x0123456789abcdefULL
#define K_XMM6_HI 0x0fedcba987654321ULL

/* ---- assembly with known unwind codes -------------------------------- */

/* capture_known(CONTEXT *ctx, ULONG64 *rsp_out): RtlCaptureContext with
 *   known values in the nonvolatile registers; *rsp_out = rsp at the call.
 * outer_known(void (*cb)(ULONG64 *), ULONG64 *info): known values in the
 *   nonvolatile registers, then inner_unwind(cb, info).  info[0] = its
 *   return address, info[1] = its caller's rsp after the return, info[3]
 *   = its rsp after the prologue.
 * inner_unwind(cb, info): a prologue with every kind of unwind code
 *   (push, large alloc, xmm save, register save, frame register), then
 *   clobbers what it saved and calls cb(info); info[2] = its rsp after
 *   the prologue (the establisher frame).
 * epilog_func: push rbx; sub 0x20; add 0x20; pop rbx; ret, with labels,
 *   for unwinding from inside a prologue or an epilogue. */
__asm__(
    ".text\n"
    ".globl capture_known, capture_ret\n"
    "capture_known:\n"
    "    pushq %rbx\n"
    "    pushq %rbp\n"
    "    pushq %rsi\n"
    "    pushq %rdi\n"
    "    pushq %r12\n"
    "    pushq %r13\n"
    "    pushq %r14\n"
    "    pushq %r15\n"
    "    subq $56, %rsp\n"
    "    movdqu %xmm6, 32(%rsp)\n"
    "    movq %rsp, (%rdx)\n"
    "    movabsq $0x1111111111111111, %rbx\n"
    "    movabsq $0x5555555555555555, %rbp\n"
    "    movabsq $0x2222222222222222, %rsi\n"
    "    movabsq $0x3333333333333333, %rdi\n"
    "    movabsq $0x4444444444444444, %r12\n"
    "    movabsq $0x6666666666666666, %r13\n"
    "    movdqu known_xmm6(%rip), %xmm6\n"
    "    call *__imp_RtlCaptureContext(%rip)\n"
    "capture_ret:\n"
    "    movdqu 32(%rsp), %xmm6\n"
    "    addq $56, %rsp\n"
    "    popq %r15\n"
    "    popq %r14\n"
    "    popq %r13\n"
    "    popq %r12\n"
    "    popq %rdi\n"
    "    popq %rsi\n"
    "    popq %rbp\n"
    "    popq %rbx\n"
    "    ret\n"

    ".globl outer_known, outer_ret\n"
    ".def outer_known; .scl 2; .type 32; .endef\n"
    ".seh_proc outer_known\n"
    "outer_known:\n"
    "    pushq %rbx\n"
    "    .seh_pushreg %rbx\n"
    "    pushq %rsi\n"
    "    .seh_pushreg %rsi\n"
    "    pushq %rdi\n"
    "    .seh_pushreg %rdi\n"
    "    pushq %r12\n"
    "    .seh_pushreg %r12\n"
    "    pushq %rbp\n"
    "    .seh_pushreg %rbp\n"
    "    subq $0x30, %rsp\n"
    "    .seh_stackalloc 0x30\n"
    "    movaps %xmm6, 0x20(%rsp)\n"
    "    .seh_savexmm %xmm6, 0x20\n"
    "    .seh_endprologue\n"
    "    movq 0x58(%rsp), %rax\n"
    "    movq %rax, (%rdx)\n"
    "    leaq 0x60(%rsp), %rax\n"
    "    movq %rax, 8(%rdx)\n"
    "    movq %rsp, 24(%rdx)\n"
    "    movabsq $0x1111111111111111, %rbx\n"
    "    movabsq $0x2222222222222222, %rsi\n"
    "    movabsq $0x3333333333333333, %rdi\n"
    "    movabsq $0x4444444444444444, %r12\n"
    "    movabsq $0x5555555555555555, %rbp\n"
    "    movdqu known_xmm6(%rip), %xmm6\n"
    "    call inner_unwind\n"
    "outer_ret:\n"
    "    nop\n"
    "    movaps 0x20(%rsp), %xmm6\n"
    "    addq $0x30, %rsp\n"
    "    popq %rbp\n"
    "    popq %r12\n"
    "    popq %rdi\n"
    "    popq %rsi\n"
    "    popq %rbx\n"
    "    ret\n"
    ".seh_endproc\n"

    ".globl inner_unwind, inner_ret\n"
    ".def inner_unwind; .scl 2; .type 32; .endef\n"
    ".seh_proc inner_unwind\n"
    "inner_unwind:\n"
    "    pushq %rbp\n"
    "    .seh_pushreg %rbp\n"
    "    pushq %rbx\n"
    "    .seh_pushreg %rbx\n"
    "    pushq %rsi\n"
    "    .seh_pushreg %rsi\n"
    "    subq $0x110, %rsp\n"
    "    .seh_stackalloc 0x110\n"
    "    movaps %xmm6, 0x40(%rsp)\n"
    "    .seh_savexmm %xmm6, 0x40\n"
    "    movq %r12, 0x60(%rsp)\n"
    "    .seh_savereg %r12, 0x60\n"
    "    leaq 0x20(%rsp), %rbp\n"
    "    .seh_setframe %rbp, 0x20\n"
    "    .seh_endprologue\n"
    "    movq %rsp, 16(%rdx)\n"
    "    movq %rcx, %rax\n"
    "    movq %rdx, %rcx\n"
    "    movq $-1, %rbx\n"
    "    movq $-2, %rsi\n"
    "    movq $-3, %r12\n"
    "    pxor %xmm6, %xmm6\n"
    "    call *%rax\n"
    "inner_ret:\n"
    "    nop\n"
    "    movaps 0x40(%rsp), %xmm6\n"
    "    movq 0x60(%rsp), %r12\n"
    "    leaq 0xf0(%rbp), %rsp\n"
    "    popq %rsi\n"
    "    popq %rbx\n"
    "    popq %rbp\n"
    "    ret\n"
    ".seh_endproc\n"

    ".globl epilog_func, ep_prolog_mid, ep_body, ep_add, ep_pop, ep_ret\n"
    ".def epilog_func; .scl 2; .type 32; .endef\n"
    ".seh_proc epilog_func\n"
    "epilog_func:\n"
    "    pushq %rbx\n"
    "    .seh_pushreg %rbx\n"
    "ep_prolog_mid:\n"
    "    subq $0x20, %rsp\n"
    "    .seh_stackalloc 0x20\n"
    "    .seh_endprologue\n"
    "ep_body:\n"
    "    nop\n"
    "ep_add:\n"
    "    addq $0x20, %rsp\n"
    "ep_pop:\n"
    "    popq %rbx\n"
    "ep_ret:\n"
    "    ret\n"
    ".seh_endproc\n"

    ".data\n"
    ".balign 16\n"
    "known_xmm6: .quad 0x0123456789abcdef, 0x0fedcba987654321\n"
    ".text\n");

void capture_known(CONTEXT *ctx, ULONG64 *rsp_out);
void outer_known(void (*cb)(ULONG64 *), ULONG64 *info);
void inner_unwind(void (*cb)(ULONG64 *), ULONG64 *info);
void epilog_func(void);
extern char capture_ret[], outer_ret[], inner_ret[], ep_prolog_mid[], ep_body[], ep_add[],
    ep_pop[], ep_ret[];

/* ---- RtlCaptureContext ----------------------------------------------- */

static void test_capture(void)
{
    CONTEXT ctx;
    ULONG64 rsp = 0;

    memset(&ctx, 0xcc, sizeof(ctx));
    capture_known(&ctx, &rsp);
    ok(ctx.Rip == (ULONG64)capture_ret, "Rip %I64x is the return address %p", ctx.Rip,
       capture_ret);
    ok(ctx.Rsp == rsp, "Rsp %I64x is the caller's after the return: %I64x", ctx.Rsp, rsp);
    ok(ctx.Rbx == K_RBX && ctx.Rbp == K_RBP && ctx.Rsi == K_RSI && ctx.Rdi == K_RDI &&
       ctx.R12 == K_R12 && ctx.R13 == K_R13,
       "nonvolatiles: rbx %I64x rbp %I64x rsi %I64x rdi %I64x r12 %I64x r13 %I64x", ctx.Rbx,
       ctx.Rbp, ctx.Rsi, ctx.Rdi, ctx.R12, ctx.R13);
    ok(ctx.Rcx == (ULONG64)&ctx, "Rcx %I64x is the argument", ctx.Rcx);
    ok(ctx.Xmm6.Low == K_XMM6_LO && (ULONG64)ctx.Xmm6.High == K_XMM6_HI, "xmm6 %I64x:%I64x",
       ctx.Xmm6.High, ctx.Xmm6.Low);
    ok((ctx.ContextFlags & CONTEXT_FULL) == CONTEXT_FULL, "ContextFlags %lx", ctx.ContextFlags);
    ok(ctx.SegCs == 0x33 && ctx.SegSs == 0x2b, "SegCs %x SegSs %x", ctx.SegCs, ctx.SegSs);
    ok(ctx.MxCsr == ctx.FltSave.MxCsr && (ctx.MxCsr & 0x1f80) == 0x1f80,
       "MxCsr %lx, FltSave.MxCsr %lx", ctx.MxCsr, ctx.FltSave.MxCsr);
    ok(ctx.FltSave.ControlWord == 0x27f || ctx.FltSave.ControlWord == 0x37f,
       "x87 control word %x", ctx.FltSave.ControlWord);
    ok(ctx.EFlags & 0x2, "EFlags %lx", ctx.EFlags);
}

/* ---- RtlLookupFunctionEntry ------------------------------------------ */

static void test_lookup(void)
{
    RUNTIME_FUNCTION *fn;
    ULONG64 base = 0, other_base;
    const BYTE *info;
    const ULONG *handler_rva;

    fn = RtlLookupFunctionEntry((ULONG64)call_with_handler + 5, &base, NULL);
    ok(fn != NULL, "call_with_handler has an entry");
    if (!fn)
        return;
    ok(base == image_base, "image base %I64x, module %I64x", base, image_base);
    ok(fn->BeginAddress == (ULONG64)call_with_handler - base, "begins at %lx, expected %I64x",
       fn->BeginAddress, (ULONG64)call_with_handler - base);
    ok(fn->EndAddress == (ULONG64)call_with_handler_resume + 6 - base,
       "ends at %lx, expected %I64x", fn->EndAddress,
       (ULONG64)call_with_handler_resume + 6 - base);
    ok(fn == RtlLookupFunctionEntry((ULONG64)call_with_handler, &other_base, NULL),
       "its first byte finds the same entry");
    ok(fn != RtlLookupFunctionEntry((ULONG64)call_with_handler_resume + 6, &other_base, NULL),
       "the byte after its end does not");

    /* the UNWIND_INFO gas wrote for .seh_stackalloc 56 and .seh_handler */
    info = (const BYTE *)(base + fn->UnwindData);
    ok(info[0] == (1 | ((UNW_FLAG_EHANDLER | UNW_FLAG_UHANDLER) << 3)) && info[1] == 4 &&
       info[2] == 1 && info[3] == 0,
       "unwind info: version/flags %x, prolog %u, %u codes, frame %x", info[0], info[1],
       info[2], info[3]);
    handler_rva = (const ULONG *)(info + 4 + 2 * 2);
    ok(base + *handler_rva == (ULONG64)frame_dispatch, "handler RVA %lx", *handler_rva);

    /* a pc outside any image */
    base = 1;
    fn = RtlLookupFunctionEntry(0x10, &base, NULL);
    ok(fn == NULL, "no entry for 0x10: %p", fn);
}

/* ---- RtlVirtualUnwind ------------------------------------------------ */

/* One step: look the pc up, unwind, and return the handler. */
static PEXCEPTION_ROUTINE unwind_step(CONTEXT *ctx, DWORD type, RUNTIME_FUNCTION **fn_out,
                                      void **data, ULONG64 *frame)
{
    ULONG64 base = 0;
    RUNTIME_FUNCTION *fn = RtlLookupFunctionEntry(ctx->Rip, &base, NULL);

    *fn_out = fn;
    if (!fn)
        return NULL;
    return RtlVirtualUnwind(type, base, ctx->Rip, fn, ctx, data, frame, NULL);
}

static void call_outer_known(ULONG64 *info);

static void __attribute__((noinline)) unwind_known(ULONG64 *info)
{
    CONTEXT ctx;
    ULONG64 base;
    RUNTIME_FUNCTION *fn;
    PEXCEPTION_ROUTINE handler;
    void *data = (void *)1;
    ULONG64 frame = 0;

    RtlCaptureContext(&ctx);

    /* this function */
    handler = unwind_step(&ctx, UNW_FLAG_NHANDLER, &fn, &data, &frame);
    ok(fn != NULL && handler == NULL, "unwind_known: entry %p, handler %p", fn, handler);
    ok(ctx.Rip == (ULONG64)inner_ret, "unwound to %I64x, inner_ret is %p", ctx.Rip, inner_ret);

    /* inner_unwind: pushes, a large allocation, xmm6 and r12 saved with
     * mov, and a frame register */
    handler = unwind_step(&ctx, UNW_FLAG_NHANDLER, &fn, &data, &frame);
    ok(fn && fn->BeginAddress == (ULONG64)inner_unwind - image_base,
       "inner_unwind's entry: %lx", fn ? fn->BeginAddress : 0);
    ok(handler == NULL, "no handler: %p", handler);
    ok(frame == info[2], "establisher frame %I64x (rbp - 0x20), expected %I64x", frame, info[2]);
    ok(ctx.Rip == (ULONG64)outer_ret, "unwound to %I64x, outer_ret is %p", ctx.Rip, outer_ret);
    ok(ctx.Rsp == info[3], "Rsp %I64x, outer's %I64x", ctx.Rsp, info[3]);
    ok(ctx.Rbx == K_RBX && ctx.Rsi == K_RSI && ctx.Rbp == K_RBP,
       "pushed registers: rbx %I64x rsi %I64x rbp %I64x", ctx.Rbx, ctx.Rsi, ctx.Rbp);
    ok(ctx.R12 == K_R12, "register saved with mov: r12 %I64x", ctx.R12);
    ok(ctx.Rdi == K_RDI, "register not saved, not changed: rdi %I64x", ctx.Rdi);
    ok(ctx.Xmm6.Low == K_XMM6_LO && (ULONG64)ctx.Xmm6.High == K_XMM6_HI,
       "xmm6 saved with movaps: %I64x:%I64x", ctx.Xmm6.High, ctx.Xmm6.Low);

    /* outer_known, back to the C caller */
    handler = unwind_step(&ctx, UNW_FLAG_NHANDLER, &fn, &data, &frame);
    ok(fn && fn->BeginAddress == (ULONG64)outer_known - image_base, "outer_known's entry");
    ok(frame == info[3], "establisher frame %I64x, expected %I64x", frame, info[3]);
    ok(ctx.Rip == info[0], "unwound to %I64x, the return address is %I64x", ctx.Rip, info[0]);
    fn = RtlLookupFunctionEntry(ctx.Rip, &base, NULL);
    ok(fn && base + fn->BeginAddress == (ULONG64)call_outer_known,
       "which is in call_outer_known");
    ok(ctx.Rsp == info[1], "Rsp %I64x, expected %I64x", ctx.Rsp, info[1]);
}

static void __attribute__((noinline)) call_outer_known(ULONG64 *info)
{
    outer_known(unwind_known, info);
    __asm__ volatile("");    /* keep the call from becoming a jump */
}

/* Unwinding from the middle of a prologue or epilogue, on a fake stack:
 * only what has been done so far is undone. */
static void test_partial_frames(void)
{
    ULONG64 stack[8];
    CONTEXT ctx;
    RUNTIME_FUNCTION *fn;
    ULONG64 base = 0, frame = 0;
    void *data = NULL;
    int i;

    fn = RtlLookupFunctionEntry((ULONG64)epilog_func, &base, NULL);
    ok(fn != NULL, "epilog_func has an entry");
    if (!fn)
        return;
    for (i = 0; i < 8; i++)
        stack[i] = 0x100 + i;

    /* after the push, before the sub: rbx, return address */
    memset(&ctx, 0, sizeof(ctx));
    ctx.Rsp = (ULONG64)stack;
    ctx.Rip = (ULONG64)ep_prolog_mid;
    RtlVirtualUnwind(UNW_FLAG_NHANDLER, base, ctx.Rip, fn, &ctx, &data, &frame, NULL);
    ok(ctx.Rbx == 0x100 && ctx.Rip == 0x101 && ctx.Rsp == (ULONG64)&stack[2],
       "in the prologue: rbx %I64x rip %I64x rsp +%I64x", ctx.Rbx, ctx.Rip,
       ctx.Rsp - (ULONG64)stack);

    /* in the body: 0x20 bytes, rbx, return address */
    memset(&ctx, 0, sizeof(ctx));
    ctx.Rsp = (ULONG64)stack;
    ctx.Rip = (ULONG64)ep_body;
    RtlVirtualUnwind(UNW_FLAG_NHANDLER, base, ctx.Rip, fn, &ctx, &data, &frame, NULL);
    ok(ctx.Rbx == 0x104 && ctx.Rip == 0x105 && ctx.Rsp == (ULONG64)&stack[6],
       "in the body: rbx %I64x rip %I64x rsp +%I64x", ctx.Rbx, ctx.Rip,
       ctx.Rsp - (ULONG64)stack);
    ok(frame == (ULONG64)stack, "establisher frame is rsp: %I64x", frame);

    /* on the epilogue's add: the same, by simulating the epilogue */
    memset(&ctx, 0, sizeof(ctx));
    ctx.Rsp = (ULONG64)stack;
    ctx.Rip = (ULONG64)ep_add;
    RtlVirtualUnwind(UNW_FLAG_NHANDLER, base, ctx.Rip, fn, &ctx, &data, &frame, NULL);
    ok(ctx.Rbx == 0x104 && ctx.Rip == 0x105 && ctx.Rsp == (ULONG64)&stack[6],
       "at the epilogue's add: rbx %I64x rip %I64x rsp +%I64x", ctx.Rbx, ctx.Rip,
       ctx.Rsp - (ULONG64)stack);

    /* on the pop: rbx, return address */
    memset(&ctx, 0, sizeof(ctx));
    ctx.Rsp = (ULONG64)stack;
    ctx.Rip = (ULONG64)ep_pop;
    RtlVirtualUnwind(UNW_FLAG_NHANDLER, base, ctx.Rip, fn, &ctx, &data, &frame, NULL);
    ok(ctx.Rbx == 0x100 && ctx.Rip == 0x101 && ctx.Rsp == (ULONG64)&stack[2],
       "at the epilogue's pop: rbx %I64x rip %I64x rsp +%I64x", ctx.Rbx, ctx.Rip,
       ctx.Rsp - (ULONG64)stack);

    /* on the ret: only the return address */
    memset(&ctx, 0, sizeof(ctx));
    ctx.Rsp = (ULONG64)stack;
    ctx.Rip = (ULONG64)ep_ret;
    ctx.Rbx = 0x77;
    RtlVirtualUnwind(UNW_FLAG_NHANDLER, base, ctx.Rip, fn, &ctx, &data, &frame, NULL);
    ok(ctx.Rbx == 0x77 && ctx.Rip == 0x100 && ctx.Rsp == (ULONG64)&stack[1],
       "at the ret: rbx %I64x rip %I64x rsp +%I64x", ctx.Rbx, ctx.Rip,
       ctx.Rsp - (ULONG64)stack);
}

/* The handler comes back only for the kind of handler asked for. */
static ULONG_PTR unwind_through_handler_frame(void *arg)
{
    CONTEXT ctx, copy;
    RUNTIME_FUNCTION *fn;
    PEXCEPTION_ROUTINE handler;
    void *data = NULL;
    ULONG64 frame = 0;

    (void)arg;
    RtlCaptureContext(&ctx);
    unwind_step(&ctx, UNW_FLAG_NHANDLER, &fn, &data, &frame);  /* this function */
    ok(ctx.Rip == (ULONG64)call_with_handler_resume, "unwound into call_with_handler: %I64x",
       ctx.Rip);

    copy = ctx;
    handler = unwind_step(&copy, UNW_FLAG_EHANDLER, &fn, &data, &frame);
    ok(handler == (PEXCEPTION_ROUTINE)frame_dispatch, "EHANDLER: handler %p", handler);
    ok(data != NULL && (ULONG64)data == image_base + fn->UnwindData + 4 + 2 * 2 + 4,
       "handler data %p follows the handler's RVA", data);
    ok(frame == ctx.Rsp, "establisher frame %I64x is rsp after the prologue %I64x", frame,
       ctx.Rsp);

    copy = ctx;
    handler = unwind_step(&copy, UNW_FLAG_UHANDLER, &fn, &data, &frame);
    ok(handler == (PEXCEPTION_ROUTINE)frame_dispatch, "UHANDLER: handler %p", handler);

    copy = ctx;
    handler = unwind_step(&copy, UNW_FLAG_NHANDLER, &fn, &data, &frame);
    ok(handler == NULL, "NHANDLER: no handler: %p", handler);
    return 0;
}

static EXCEPTION_DISPOSITION unused_handler(EXCEPTION_RECORD *rec, void *frame, CONTEXT *ctx,
                                            DISPATCHER_CONTEXT *dispatch, void *data)
{
    (void)rec; (void)frame; (void)ctx; (void)dispatch; (void)data;
    return ExceptionContinueSearch;
}

/* ---- RtlCaptureStackBackTrace ---------------------------------------- */

static void *returns[4];

static void __attribute__((noinline)) bt3(void)
{
    void *frames[8], *skipped[8];
    WORD n, m;
    DWORD hash = 0;
    RUNTIME_FUNCTION *fn;
    ULONG64 base = 0;

    returns[2] = __builtin_return_address(0);
    memset(frames, 0, sizeof(frames));
    n = RtlCaptureStackBackTrace(0, 8, frames, &hash);
    ok(n == 8, "captured %u frames", n);
    fn = RtlLookupFunctionEntry((ULONG64)frames[0], &base, NULL);
    ok(fn && base + fn->BeginAddress == (ULONG64)bt3, "frame 0 %p is in bt3 %p", frames[0], bt3);
    ok(frames[1] == returns[2] && frames[2] == returns[1] && frames[3] == returns[0],
       "frames 1-3: %p %p %p, expected %p %p %p", frames[1], frames[2], frames[3],
       returns[2], returns[1], returns[0]);

    memset(skipped, 0, sizeof(skipped));
    m = RtlCaptureStackBackTrace(2, 3, skipped, NULL);
    ok(m == 3 && skipped[0] == frames[2] && skipped[2] == frames[4],
       "skip 2, take 3: %u frames, %p .. %p", m, skipped[0], skipped[2]);
}

static void __attribute__((noinline)) bt2(void)
{
    returns[1] = __builtin_return_address(0);
    bt3();
    __asm__ volatile("");    /* keep the call from becoming a jump */
}

static void __attribute__((noinline)) bt1(void)
{
    returns[0] = __builtin_return_address(0);
    bt2();
    __asm__ volatile("");
}

int main(void)
{
    ULONG64 info[4];

    image_base = (ULONG64)GetModuleHandleA(NULL);

    test_capture();
    test_lookup();

    memset(info, 0, sizeof(info));
    call_outer_known(info);
    test_partial_frames();
    call_with_handler(unwind_through_handler_frame, NULL, unused_handler, NULL);
    bt1();
    return test_done();
}
