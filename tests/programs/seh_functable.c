/* Unwind tables for code made at run time (what JIT compilers do):
 * RtlAddFunctionTable / RtlDeleteFunctionTable and
 * RtlInstallFunctionTableCallback, with hand-made UNWIND_INFO, an
 * exception handler found through them, and chained unwind info. */
#include "test.h"

/* Offsets in the block of generated code. */
enum {
    FUNC_A = 0x00,        /* push rbx; sub rsp,0x20; mov eax,[rcx]; epilogue */
    FUNC_A_FAULT = 0x05,
    FUNC_A_END = 0x0d,
    FUNC_B = 0x20,        /* the same prologue, then a part with its own */
    FUNC_B_PART = 0x25,   /* push rsi; mov eax,[rcx]; pop rsi; epilogue */
    FUNC_B_FAULT = 0x26,
    FUNC_B_END = 0x2f,
    HANDLER_THUNK = 0x80, /* movabs rax, gen_handler; jmp rax */
    INFO_A = 0x100,
    INFO_B = 0x120,
    INFO_B_PART = 0x140,
    TABLE = 0x200,
};

static const BYTE code_a[] = {
    0x53,                           /* push rbx */
    0x48, 0x83, 0xec, 0x20,         /* sub rsp, 0x20 */
    0x8b, 0x01,                     /* mov eax, [rcx] */
    0x48, 0x83, 0xc4, 0x20,         /* add rsp, 0x20 */
    0x5b,                           /* pop rbx */
    0xc3,                           /* ret */
};
static const BYTE code_b[] = {
    0x53,                           /* push rbx */
    0x48, 0x83, 0xec, 0x20,         /* sub rsp, 0x20 */
    0x56,                           /* push rsi */
    0x8b, 0x01,                     /* mov eax, [rcx] */
    0x5e,                           /* pop rsi */
    0x48, 0x83, 0xc4, 0x20,         /* add rsp, 0x20 */
    0x5b,                           /* pop rbx */
    0xc3,                           /* ret */
};

/* UNWIND_INFO: version 1 and flags, prolog size, code count, frame
 * register; codes are (prolog offset, op | info << 4). */
#define UWOP_PUSH_NONVOL 0
#define UWOP_ALLOC_SMALL 2
#define REG_RBX 3
#define REG_RSI 6
static const BYTE info_a[] = {
    1 | (UNW_FLAG_EHANDLER << 3), 5, 2, 0,
    5, UWOP_ALLOC_SMALL | (3 << 4),      /* 0x20 = (3 + 1) * 8 */
    1, UWOP_PUSH_NONVOL | (REG_RBX << 4),
    HANDLER_THUNK, 0, 0, 0,              /* handler RVA */
    0x78, 0x56, 0x34, 0x12,              /* handler data */
};
static const BYTE info_b[] = {
    1, 5, 2, 0,
    5, UWOP_ALLOC_SMALL | (3 << 4),
    1, UWOP_PUSH_NONVOL | (REG_RBX << 4),
};
static const BYTE info_b_part[] = {
    1 | (UNW_FLAG_CHAININFO << 3), 1, 1, 0,
    1, UWOP_PUSH_NONVOL | (REG_RSI << 4),
    0, 0,                                /* the code array has an even count */
    /* the chained RUNTIME_FUNCTION: the function's first part */
    FUNC_B, 0, 0, 0, FUNC_B_PART, 0, 0, 0, INFO_B & 0xff, INFO_B >> 8, 0, 0,
};

/* What the frame handler saw. */
static struct {
    int calls;
    DWORD code;
    ULONG64 image_base, control_pc, frame, rsp;
    RUNTIME_FUNCTION *entry;
    ULONG data;
} seen;

static EXCEPTION_DISPOSITION gen_handler(EXCEPTION_RECORD *rec, void *frame, CONTEXT *ctx,
                                         DISPATCHER_CONTEXT *dispatch)
{
    if (rec->ExceptionFlags & EXCEPTION_UNWINDING)
        return ExceptionContinueSearch;
    seen.calls++;
    seen.code = rec->ExceptionCode;
    seen.image_base = dispatch->ImageBase;
    seen.control_pc = dispatch->ControlPc;
    seen.entry = dispatch->FunctionEntry;
    seen.frame = (ULONG64)frame;
    seen.rsp = ctx->Rsp;
    seen.data = *(ULONG *)dispatch->HandlerData;
    /* skip the faulting mov (2 bytes) with a result in eax */
    ctx->Rip += 2;
    ctx->Rax = 0x99;
    return ExceptionContinueExecution;
}

/* A block of executable memory holding both functions, the handler
 * thunk, the unwind info and the function table. */
static BYTE *make_code(void)
{
    BYTE *block = VirtualAlloc(NULL, 0x1000, MEM_COMMIT | MEM_RESERVE, PAGE_EXECUTE_READWRITE);
    RUNTIME_FUNCTION *table;
    ULONG64 handler = (ULONG64)gen_handler;

    if (!block)
        return NULL;
    memcpy(block + FUNC_A, code_a, sizeof(code_a));
    memcpy(block + FUNC_B, code_b, sizeof(code_b));
    block[HANDLER_THUNK] = 0x48;
    block[HANDLER_THUNK + 1] = 0xb8;
    memcpy(block + HANDLER_THUNK + 2, &handler, 8);
    block[HANDLER_THUNK + 10] = 0xff;
    block[HANDLER_THUNK + 11] = 0xe0;
    memcpy(block + INFO_A, info_a, sizeof(info_a));
    memcpy(block + INFO_B, info_b, sizeof(info_b));
    memcpy(block + INFO_B_PART, info_b_part, sizeof(info_b_part));
    table = (RUNTIME_FUNCTION *)(block + TABLE);
    table[0].BeginAddress = FUNC_A;
    table[0].EndAddress = FUNC_A_END;
    table[0].UnwindData = INFO_A;
    table[1].BeginAddress = FUNC_B;
    table[1].EndAddress = FUNC_B_PART;
    table[1].UnwindData = INFO_B;
    table[2].BeginAddress = FUNC_B_PART;
    table[2].EndAddress = FUNC_B_END;
    table[2].UnwindData = INFO_B_PART;
    FlushInstructionCache(GetCurrentProcess(), block, 0x1000);
    return block;
}

/* The chained part faults under a vectored handler, which unwinds the
 * generated function from the fault's context while its frame is live. */
static struct {
    int calls;
    BOOL found;
    ULONG64 fault_rsp, stack[7];    /* rsi, 0x20 bytes, rbx, return address */
    ULONG64 rip, rsp, rbx, rsi, frame;
    PEXCEPTION_ROUTINE handler;
} chained;
static BYTE *chain_block;

static LONG CALLBACK chain_vectored(EXCEPTION_POINTERS *ptrs)
{
    CONTEXT ctx = *ptrs->ContextRecord;
    RUNTIME_FUNCTION *fn;
    ULONG64 base = 0, frame = 0;
    void *data = NULL;

    if (ctx.Rip != (ULONG64)chain_block + FUNC_B_FAULT)
        return EXCEPTION_CONTINUE_SEARCH;
    chained.calls++;
    chained.fault_rsp = ctx.Rsp;
    memcpy(chained.stack, (void *)ctx.Rsp, sizeof(chained.stack));
    fn = RtlLookupFunctionEntry(ctx.Rip, &base, NULL);
    chained.found = fn == (RUNTIME_FUNCTION *)(chain_block + TABLE) + 2 &&
                    base == (ULONG64)chain_block;
    if (fn) {
        chained.handler = RtlVirtualUnwind(UNW_FLAG_EHANDLER, base, ctx.Rip, fn, &ctx, &data,
                                           &frame, NULL);
        chained.rip = ctx.Rip;
        chained.rsp = ctx.Rsp;
        chained.rbx = ctx.Rbx;
        chained.rsi = ctx.Rsi;
        chained.frame = frame;
    }
    ptrs->ContextRecord->Rip += 2;
    ptrs->ContextRecord->Rax = 0x77;
    return EXCEPTION_CONTINUE_EXECUTION;
}

static void test_function_table(void)
{
    BYTE *block = make_code();
    RUNTIME_FUNCTION *table = (RUNTIME_FUNCTION *)(block + TABLE), *fn;
    int (*func_a)(const int *) = (int (*)(const int *))(block + FUNC_A);
    int (*func_b)(const int *) = (int (*)(const int *))(block + FUNC_B);
    ULONG64 base = 0;
    int good = 5, r;
    PVOID h;
    const ULONG64 *stack;

    ok(block != NULL, "executable block");
    if (!block)
        return;
    ok(func_a(&good) == 5 && func_b(&good) == 5, "the generated code runs");

    fn = RtlLookupFunctionEntry((ULONG64)block + FUNC_A_FAULT, &base, NULL);
    ok(fn == NULL, "no entry before the table is added: %p", fn);

    ok(RtlAddFunctionTable(table, 3, (ULONG64)block), "RtlAddFunctionTable");
    fn = RtlLookupFunctionEntry((ULONG64)block + FUNC_A_FAULT, &base, NULL);
    ok(fn == &table[0] && base == (ULONG64)block, "entry %p (table %p), base %I64x", fn, table,
       base);
    fn = RtlLookupFunctionEntry((ULONG64)block + FUNC_B_FAULT, &base, NULL);
    ok(fn == &table[2], "the chained part: entry %p, expected %p", fn, &table[2]);
    fn = RtlLookupFunctionEntry((ULONG64)block + 0x40, &base, NULL);
    ok(fn == NULL, "a pc between the functions: %p", fn);

    /* a fault in FUNC_A reaches the handler named by its unwind info */
    memset(&seen, 0, sizeof(seen));
    r = func_a((const int *)0x10);
    ok(r == 0x99, "the handler resumed after the fault: %x", r);
    ok(seen.calls == 1 && seen.code == STATUS_ACCESS_VIOLATION, "handler: %d calls, code %lx",
       seen.calls, seen.code);
    ok(seen.image_base == (ULONG64)block && seen.entry == &table[0],
       "dispatcher context: base %I64x, entry %p", seen.image_base, seen.entry);
    ok(seen.control_pc == (ULONG64)block + FUNC_A_FAULT, "ControlPc %I64x", seen.control_pc);
    ok(seen.frame == seen.rsp, "establisher frame %I64x is rsp after the prologue %I64x",
       seen.frame, seen.rsp);
    ok(seen.data == 0x12345678, "handler data %lx", seen.data);

    /* a fault in the chained part: unwinding applies its codes, then the
     * first part's */
    chain_block = block;
    memset(&chained, 0, sizeof(chained));
    h = AddVectoredExceptionHandler(1, chain_vectored);
    r = func_b((const int *)0x10);
    RemoveVectoredExceptionHandler(h);
    ok(r == 0x77 && chained.calls == 1, "the chained part faulted once: %x, %d", r,
       chained.calls);
    ok(chained.found, "its entry is found with the block as base");
    stack = chained.stack;
    ok(chained.rsi == stack[0] && chained.rbx == stack[5],
       "rsi %I64x rbx %I64x, pushed %I64x %I64x", chained.rsi, chained.rbx, stack[0], stack[5]);
    ok(chained.rip == stack[6] && chained.rsp == chained.fault_rsp + 7 * 8,
       "unwound to %I64x rsp %I64x, expected %I64x %I64x", chained.rip, chained.rsp, stack[6],
       chained.fault_rsp + 7 * 8);
    ok(chained.handler == NULL, "no handler in the chain: %p", chained.handler);
    /* no frame register: the establisher frame is rsp in the body */
    ok(chained.frame == chained.fault_rsp, "establisher frame %I64x, expected %I64x",
       chained.frame, chained.fault_rsp);

    ok(RtlDeleteFunctionTable(table), "RtlDeleteFunctionTable");
    fn = RtlLookupFunctionEntry((ULONG64)block + FUNC_A_FAULT, &base, NULL);
    ok(fn == NULL, "no entry after the delete: %p", fn);
    ok(!RtlDeleteFunctionTable(table), "a second delete fails");
    VirtualFree(block, 0, MEM_RELEASE);
}

/* ---- RtlInstallFunctionTableCallback --------------------------------- */

static struct {
    int calls;
    ULONG64 pc;
    void *context;
    BYTE *block;
} cb;

static RUNTIME_FUNCTION *CALLBACK get_entry(DWORD64 pc, void *context)
{
    RUNTIME_FUNCTION *table = (RUNTIME_FUNCTION *)(cb.block + TABLE);

    cb.calls++;
    cb.pc = pc;
    cb.context = context;
    if (pc >= (ULONG64)cb.block + FUNC_A && pc < (ULONG64)cb.block + FUNC_A_END)
        return &table[0];
    return NULL;
}

static void test_callback(void)
{
    BYTE *block = make_code();
    int (*func_a)(const int *) = (int (*)(const int *))(block + FUNC_A);
    ULONG64 id = (ULONG64)block | 3, base = 0;
    RUNTIME_FUNCTION *fn;
    int r, context_value;

    ok(block != NULL, "executable block");
    if (!block)
        return;
    memset(&cb, 0, sizeof(cb));
    cb.block = block;
    ok(RtlInstallFunctionTableCallback(id, (ULONG64)block, 0x1000, get_entry, &context_value,
                                       NULL),
       "RtlInstallFunctionTableCallback");

    fn = RtlLookupFunctionEntry((ULONG64)block + FUNC_A_FAULT, &base, NULL);
    ok(fn == (RUNTIME_FUNCTION *)(block + TABLE) && base == (ULONG64)block,
       "entry %p from the callback, base %I64x", fn, base);
    ok(cb.calls >= 1 && cb.pc == (ULONG64)block + FUNC_A_FAULT && cb.context == &context_value,
       "callback: %d calls, pc %I64x, context %p", cb.calls, cb.pc, cb.context);

    memset(&seen, 0, sizeof(seen));
    r = func_a((const int *)0x10);
    ok(r == 0x99 && seen.calls == 1 && seen.entry == (RUNTIME_FUNCTION *)(block + TABLE),
       "the handler was found through the callback: %x, %d calls, entry %p", r, seen.calls,
       seen.entry);

    ok(RtlDeleteFunctionTable((RUNTIME_FUNCTION *)id), "RtlDeleteFunctionTable(id)");
    cb.calls = 0;
    fn = RtlLookupFunctionEntry((ULONG64)block + FUNC_A_FAULT, &base, NULL);
    ok(fn == NULL && cb.calls == 0, "no entry, no callback after the delete: %p, %d", fn,
       cb.calls);
    VirtualFree(block, 0, MEM_RELEASE);
}

int main(void)
{
    test_function_table();
    test_callback();
    return test_done();
}
