/* Vectored exception handlers: their order, what they see for each kind of
 * processor fault, and resuming execution from a changed CONTEXT.
 *
 * Each fault comes from a small leaf function in assembly below with a
 * global label at the faulting instruction (NAME_at) and after it
 * (NAME_next): the handler checks ExceptionAddress and Rip against the
 * first and resumes at the second. */
#include "test.h"

/* ---- the faulting code ---------------------------------------------- */

__asm__(
    ".text\n"
    /* int do_read(const int *p) */
    ".globl do_read, read_at, read_next\n"
    "do_read:\n"
    "read_at:    movl (%rcx), %eax\n"
    "read_next:  ret\n"
    /* void do_write(int *p) */
    ".globl do_write, write_at, write_next\n"
    "do_write:\n"
    "write_at:   movl $1, (%rcx)\n"
    "write_next: ret\n"
    ".globl do_int3, int3_at, int3_next\n"
    "do_int3:\n"
    "int3_at:    int3\n"
    "int3_next:  ret\n"
    ".globl do_ud2, ud2_at, ud2_next\n"
    "do_ud2:\n"
    "ud2_at:     ud2\n"
    "ud2_next:   ret\n"
    ".globl do_hlt, hlt_at, hlt_next\n"
    "do_hlt:\n"
    "hlt_at:     hlt\n"
    "hlt_next:   ret\n"
    ".globl do_cli, cli_at, cli_next\n"
    "do_cli:\n"
    "cli_at:     cli\n"
    "cli_next:   ret\n"
    /* unsigned do_div(unsigned a, unsigned b): a / b */
    ".globl do_div, div_at, div_next\n"
    "do_div:\n"
    "            movl %edx, %r8d\n"
    "            movl %ecx, %eax\n"
    "            xorl %edx, %edx\n"
    "div_at:     divl %r8d\n"
    "div_next:   ret\n"
    /* int do_idiv(int a, int b): a / b */
    ".globl do_idiv, idiv_at, idiv_next\n"
    "do_idiv:\n"
    "            movl %edx, %r8d\n"
    "            movl %ecx, %eax\n"
    "            cltd\n"
    "idiv_at:    idivl %r8d\n"
    "idiv_next:  ret\n"
    /* double do_divsd(double a, double b): a / b in SSE */
    ".globl do_divsd, divsd_at\n"
    "do_divsd:\n"
    "divsd_at:   divsd %xmm1, %xmm0\n"
    "            ret\n"
    /* void do_x87_div(void): 1.0 / 0.0 on the x87 with the zero-divide
     * exception unmasked; the fault arrives at the next waiting
     * instruction (fwait) */
    ".globl do_x87_div, x87_fwait\n"
    "do_x87_div:\n"
    "            subq $8, %rsp\n"
    "            fnstcw (%rsp)\n"
    "            movw (%rsp), %ax\n"
    "            movw %ax, 2(%rsp)\n"
    "            andw $0xfffb, %ax\n"
    "            movw %ax, (%rsp)\n"
    "            fldcw (%rsp)\n"
    "            fld1\n"
    "            fldz\n"
    "            fdivrp %st, %st(1)\n"
    "x87_fwait:  fwait\n"
    "            fninit\n"
    "            fldcw 2(%rsp)\n"
    "            addq $8, %rsp\n"
    "            ret\n"
    /* void regs_fault(ULONG64 *rsp_out): known values in the nonvolatile
     * registers, rax = 0, then a read from address 0 */
    ".globl regs_fault, regs_at, regs_next\n"
    "regs_fault:\n"
    "            pushq %rbx\n"
    "            pushq %rbp\n"
    "            pushq %rsi\n"
    "            pushq %rdi\n"
    "            pushq %r12\n"
    "            pushq %r13\n"
    "            pushq %r14\n"
    "            pushq %r15\n"
    "            subq $24, %rsp\n"
    "            movdqu %xmm6, (%rsp)\n"
    "            movq %rsp, (%rcx)\n"
    "            movabsq $0x1111111111111111, %rbx\n"
    "            movabsq $0x2222222222222222, %rbp\n"
    "            movabsq $0x3333333333333333, %rsi\n"
    "            movabsq $0x4444444444444444, %rdi\n"
    "            movabsq $0x5555555555555555, %r12\n"
    "            movabsq $0x6666666666666666, %r13\n"
    "            movabsq $0x7777777777777777, %r14\n"
    "            movabsq $0x8888888888888888, %r15\n"
    "            movdqu xmm6_value(%rip), %xmm6\n"
    "            xorl %eax, %eax\n"
    "regs_at:    movq (%rax), %rax\n"
    "regs_next:  movdqu (%rsp), %xmm6\n"
    "            addq $24, %rsp\n"
    "            popq %r15\n"
    "            popq %r14\n"
    "            popq %r13\n"
    "            popq %r12\n"
    "            popq %rdi\n"
    "            popq %rsi\n"
    "            popq %rbp\n"
    "            popq %rbx\n"
    "            ret\n"
    /* void do_single_step(void): sets the trap flag; the trap comes after
     * the next instruction (ss_first), so at ss_second */
    ".globl do_single_step, ss_first, ss_second\n"
    "do_single_step:\n"
    "            pushfq\n"
    "            orq $0x100, (%rsp)\n"
    "            popfq\n"
    "ss_first:   nop\n"
    "ss_second:  nop\n"
    "            ret\n"
    ".data\n"
    ".balign 16\n"
    "xmm6_value: .quad 0x0123456789abcdef, 0xfedcba9876543210\n"
    ".text\n");

int do_read(const int *p);
void do_write(int *p);
void do_int3(void);
void do_ud2(void);
void do_hlt(void);
void do_cli(void);
unsigned do_div(unsigned a, unsigned b);
int do_idiv(int a, int b);
double do_divsd(double a, double b);
void do_x87_div(void);
void regs_fault(ULONG64 *rsp_out);
void do_single_step(void);
extern char read_at[], read_next[], write_at[], write_next[], int3_at[], int3_next[],
    ud2_at[], ud2_next[], hlt_at[], hlt_next[], cli_at[], cli_next[], div_at[], div_next[],
    idiv_at[], idiv_next[], divsd_at[], x87_fwait[], regs_at[], regs_next[], ss_first[],
    ss_second[];

/* ---- one recording handler for the faults --------------------------- */

/* What the handler saw, and how it resumes. */
static struct {
    int calls;
    EXCEPTION_RECORD rec;
    CONTEXT ctx;                 /* as received */
    void *resume_at;             /* set Rip to this, if not NULL */
    BOOL emulate_ret;            /* else pop a return address, if set */
    BOOL fix_float;              /* else mask the FP exceptions and retry */
    ULONG64 set_rax;             /* and put this in Rax, if not 0 */
} seen;

static BOOL on_wine;

static LONG CALLBACK record_handler(EXCEPTION_POINTERS *ptrs)
{
    CONTEXT *ctx = ptrs->ContextRecord;

    seen.calls++;
    seen.rec = *ptrs->ExceptionRecord;
    seen.ctx = *ctx;
    if (seen.resume_at) {
        ctx->Rip = (ULONG64)seen.resume_at;
    } else if (seen.emulate_ret) {
        ctx->Rip = *(ULONG64 *)ctx->Rsp;
        ctx->Rsp += 8;
    } else if (seen.fix_float) {
        /* mask everything and clear the flags, then run the instruction
         * again: the x87 state lives in FltSave, SSE's in MxCsr (which
         * Windows keeps in both places) */
        ctx->MxCsr = ctx->FltSave.MxCsr = 0x1f80;
        ctx->FltSave.ControlWord |= 0x3f;
        ctx->FltSave.StatusWord &= ~0x80ff;
    } else {
        return EXCEPTION_CONTINUE_SEARCH;
    }
    if (seen.set_rax)
        ctx->Rax = seen.set_rax;
    return EXCEPTION_CONTINUE_EXECUTION;
}

static void expect(void *resume_at)
{
    memset(&seen, 0, sizeof(seen));
    seen.resume_at = resume_at;
}

/* Checks common to every fault: code, where, and the parameters. */
static void check_fault(const char *what, DWORD code, void *at, DWORD nparams,
                        ULONG_PTR p0, ULONG_PTR p1)
{
    ok(seen.calls == 1, "%s: handler called %d times", what, seen.calls);
    ok(seen.rec.ExceptionCode == code, "%s: code %lx, expected %lx", what,
       seen.rec.ExceptionCode, code);
    ok(seen.rec.ExceptionFlags == 0, "%s: flags %lx", what, seen.rec.ExceptionFlags);
    ok(seen.rec.ExceptionRecord == NULL, "%s: chained record %p", what, seen.rec.ExceptionRecord);
    ok(seen.rec.ExceptionAddress == at, "%s: address %p, expected %p", what,
       seen.rec.ExceptionAddress, at);
    ok(seen.ctx.Rip == (ULONG64)at, "%s: Rip %I64x, expected %p", what, seen.ctx.Rip, at);
    ok(seen.rec.NumberParameters == nparams, "%s: %lu parameters, expected %lu", what,
       seen.rec.NumberParameters, nparams);
    if (nparams > 0)
        ok(seen.rec.ExceptionInformation[0] == p0, "%s: parameter 0 is %I64x, expected %I64x",
           what, (ULONG64)seen.rec.ExceptionInformation[0], (ULONG64)p0);
    if (nparams > 1)
        ok(seen.rec.ExceptionInformation[1] == p1, "%s: parameter 1 is %I64x, expected %I64x",
           what, (ULONG64)seen.rec.ExceptionInformation[1], (ULONG64)p1);
}

/* ---- the faults ------------------------------------------------------ */

static void test_access_violations(void)
{
    char *noaccess = VirtualAlloc(NULL, 0x2000, MEM_COMMIT, PAGE_READWRITE);
    DWORD old;
    int r;
    BYTE *code;
    void (*call_data)(void);

    expect(read_next);
    seen.set_rax = 77;
    r = do_read((int *)0x10);
    check_fault("read 0x10", STATUS_ACCESS_VIOLATION, read_at, 2, 0, 0x10);
    ok(r == 77, "read 0x10: the handler's Rax came back: %d", r);

    expect(write_next);
    do_write((int *)0x10);
    check_fault("write 0x10", STATUS_ACCESS_VIOLATION, write_at, 2, 1, 0x10);

    /* a page made inaccessible: the address is the exact byte */
    ok(VirtualProtect(noaccess + 0x1000, 0x1000, PAGE_NOACCESS, &old), "VirtualProtect");
    expect(write_next);
    do_write((int *)(noaccess + 0x1234));
    check_fault("write PAGE_NOACCESS", STATUS_ACCESS_VIOLATION, write_at, 2, 1,
                (ULONG_PTR)(noaccess + 0x1234));
    ok(seen.ctx.Rcx == (ULONG64)(noaccess + 0x1234), "write: Rcx %I64x", seen.ctx.Rcx);

    /* a read-only page: writing faults, reading does not */
    ok(VirtualProtect(noaccess, 0x1000, PAGE_READONLY, &old), "VirtualProtect");
    expect(write_next);
    do_write((int *)(noaccess + 8));
    check_fault("write PAGE_READONLY", STATUS_ACCESS_VIOLATION, write_at, 2, 1,
                (ULONG_PTR)(noaccess + 8));
    expect(read_next);
    r = do_read((int *)(noaccess + 8));
    ok(seen.calls == 0 && r == 0, "read PAGE_READONLY: %d calls, got %d", seen.calls, r);

    /* executing a page without execute permission: parameter 0 is 8 */
    code = VirtualAlloc(NULL, 0x1000, MEM_COMMIT, PAGE_READWRITE);
    code[0] = 0xc3;                 /* ret */
    call_data = (void (*)(void))code;
    memset(&seen, 0, sizeof(seen));
    seen.emulate_ret = TRUE;
    call_data();
    check_fault("execute PAGE_READWRITE", STATUS_ACCESS_VIOLATION, code, 2, 8, (ULONG_PTR)code);
    VirtualFree(code, 0, MEM_RELEASE);
    VirtualFree(noaccess, 0, MEM_RELEASE);
}

/* A handler that repairs the faulting read by pointing Rcx at valid
 * memory and retries the same instruction. */
static int retry_target = 4321;
static LONG CALLBACK repair_handler(EXCEPTION_POINTERS *ptrs)
{
    if (ptrs->ExceptionRecord->ExceptionCode != STATUS_ACCESS_VIOLATION ||
        ptrs->ContextRecord->Rip != (ULONG64)read_at)
        return EXCEPTION_CONTINUE_SEARCH;
    ptrs->ContextRecord->Rcx = (ULONG64)&retry_target;
    return EXCEPTION_CONTINUE_EXECUTION;
}

static void test_retry(void)
{
    PVOID h = AddVectoredExceptionHandler(1, repair_handler);
    int r;

    memset(&seen, 0, sizeof(seen));
    r = do_read((int *)0x20);
    ok(r == 4321, "the read ran again with the repaired Rcx: %d", r);
    ok(seen.calls == 0, "the handler added first continued: later one called %d times", seen.calls);
    ok(RemoveVectoredExceptionHandler(h), "RemoveVectoredExceptionHandler");
}

static void test_instructions(void)
{
    unsigned u;
    int i;

    /* int3: the address and Rip are the int3 itself, not the byte after
     * it as the processor reports; one parameter, 0 (BREAKPOINT_BREAK) */
    expect(int3_next);
    do_int3();
    check_fault("int3", STATUS_BREAKPOINT, int3_at, 1, 0, 0);

    expect(ud2_next);
    do_ud2();
    check_fault("ud2", STATUS_ILLEGAL_INSTRUCTION, ud2_at, 0, 0, 0);

    expect(hlt_next);
    do_hlt();
    check_fault("hlt", STATUS_PRIVILEGED_INSTRUCTION, hlt_at, 0, 0, 0);

    expect(cli_next);
    do_cli();
    check_fault("cli", STATUS_PRIVILEGED_INSTRUCTION, cli_at, 0, 0, 0);

    expect(div_next);
    seen.set_rax = 99;
    u = do_div(10, 0);
    check_fault("div by 0", STATUS_INTEGER_DIVIDE_BY_ZERO, div_at, 0, 0, 0);
    ok(u == 99, "div by 0: resumed with Rax from the handler: %u", u);

    expect(idiv_next);
    i = do_idiv(-7, 0);
    check_fault("idiv by 0", STATUS_INTEGER_DIVIDE_BY_ZERO, idiv_at, 0, 0, 0);

    /* INT_MIN / -1 raises the same processor fault (#DE), but Windows
     * looks at the operands and reports an overflow */
    expect(idiv_next);
    i = do_idiv((int)0x80000000, -1);
    if (on_wine)    /* Wine reports every #DE as a divide by zero */
        ok(seen.calls == 1, "idiv INT_MIN/-1: handler called %d times", seen.calls);
    else
        check_fault("idiv INT_MIN/-1", STATUS_INTEGER_OVERFLOW, idiv_at, 0, 0, 0);
    (void)i;
}

/* int3 stepped over by Rip + 1 from the context itself. */
static LONG CALLBACK step_over_int3(EXCEPTION_POINTERS *ptrs)
{
    if (ptrs->ExceptionRecord->ExceptionCode != STATUS_BREAKPOINT)
        return EXCEPTION_CONTINUE_SEARCH;
    ptrs->ContextRecord->Rip++;
    return EXCEPTION_CONTINUE_EXECUTION;
}

static void test_int3_step(void)
{
    PVOID h = AddVectoredExceptionHandler(1, step_over_int3);

    memset(&seen, 0, sizeof(seen));
    do_int3();
    ok(seen.calls == 0, "int3 resumed after Rip + 1 (record handler %d calls)", seen.calls);
    __debugbreak();
    ok(1, "__debugbreak resumed after Rip + 1");
    RemoveVectoredExceptionHandler(h);
}

static unsigned get_mxcsr(void)
{
    unsigned v;
    __asm__ volatile("stmxcsr %0" : "=m"(v));
    return v;
}

static void set_mxcsr(unsigned v)
{
    __asm__ volatile("ldmxcsr %0" : : "m"(v));
}

static void test_float(void)
{
    unsigned saved = get_mxcsr();
    volatile double zero = 0.0;
    double d;

    /* SSE with the zero-divide exception unmasked: x64 Windows gives the
     * precise code (only x86 and WoW64 report SSE faults as
     * STATUS_FLOAT_MULTIPLE_TRAPS) with two parameters, 0 and MxCsr */
    memset(&seen, 0, sizeof(seen));
    seen.fix_float = TRUE;
    set_mxcsr(0x1f80 & ~0x200);
    d = do_divsd(1.0, zero);
    check_fault("divsd 1/0", STATUS_FLOAT_DIVIDE_BY_ZERO, divsd_at, 2, 0, seen.ctx.MxCsr);
    ok((seen.ctx.MxCsr & 0x204) == 0x004, "divsd: MxCsr %lx has ZE set and ZM clear",
       seen.ctx.MxCsr);
    ok(seen.ctx.FltSave.MxCsr == seen.ctx.MxCsr, "divsd: FltSave.MxCsr %lx vs MxCsr %lx",
       seen.ctx.FltSave.MxCsr, seen.ctx.MxCsr);
    ok(d > 1e308, "divsd: retried with the exceptions masked gives +inf: %g", d);
    ok((get_mxcsr() & 0x1f80) == 0x1f80, "the handler's MxCsr is in force: %x", get_mxcsr());

    /* 0/0 with the invalid-operation exception unmasked */
    memset(&seen, 0, sizeof(seen));
    seen.fix_float = TRUE;
    set_mxcsr(0x1f80 & ~0x80);
    d = do_divsd(zero, zero);
    check_fault("divsd 0/0", STATUS_FLOAT_INVALID_OPERATION, divsd_at, 2, 0, seen.ctx.MxCsr);
    ok((seen.ctx.MxCsr & 0x81) == 0x01, "divsd 0/0: MxCsr %lx has IE set and IM clear",
       seen.ctx.MxCsr);
    ok(d != d, "divsd 0/0: retried with the exceptions masked gives a NaN");
    set_mxcsr(saved);

    /* the x87 reports the precise exception */
    memset(&seen, 0, sizeof(seen));
    seen.fix_float = TRUE;
    do_x87_div();
    ok(seen.calls == 1, "x87 fdiv: handler called %d times", seen.calls);
    ok(seen.rec.ExceptionCode == STATUS_FLOAT_DIVIDE_BY_ZERO, "x87 fdiv: code %lx",
       seen.rec.ExceptionCode);
    ok((seen.ctx.FltSave.StatusWord & 0x04) && !(seen.ctx.FltSave.ControlWord & 0x04),
       "x87 fdiv: status %x control %x", seen.ctx.FltSave.StatusWord,
       seen.ctx.FltSave.ControlWord);
    trace("x87 fdiv: address %p (fwait at %p)", seen.rec.ExceptionAddress, x87_fwait);
}

static void test_registers(void)
{
    ULONG64 rsp = 0;
    const CONTEXT *c = &seen.ctx;

    expect(regs_next);
    regs_fault(&rsp);
    check_fault("registers", STATUS_ACCESS_VIOLATION, regs_at, 2, 0, 0);
    ok(c->Rbx == 0x1111111111111111ULL && c->Rbp == 0x2222222222222222ULL &&
       c->Rsi == 0x3333333333333333ULL && c->Rdi == 0x4444444444444444ULL,
       "rbx %I64x rbp %I64x rsi %I64x rdi %I64x", c->Rbx, c->Rbp, c->Rsi, c->Rdi);
    ok(c->R12 == 0x5555555555555555ULL && c->R13 == 0x6666666666666666ULL &&
       c->R14 == 0x7777777777777777ULL && c->R15 == 0x8888888888888888ULL,
       "r12 %I64x r13 %I64x r14 %I64x r15 %I64x", c->R12, c->R13, c->R14, c->R15);
    ok(c->Rax == 0, "rax %I64x", c->Rax);
    ok(c->Rsp == rsp, "Rsp %I64x, expected %I64x", c->Rsp, rsp);
    ok(c->Xmm6.Low == 0x0123456789abcdefULL && c->Xmm6.High == (LONG64)0xfedcba9876543210ULL,
       "xmm6 %I64x:%I64x", c->Xmm6.High, c->Xmm6.Low);
    ok(c->FltSave.XmmRegisters[6].Low == c->Xmm6.Low, "FltSave.XmmRegisters[6] %I64x",
       c->FltSave.XmmRegisters[6].Low);
    ok((c->ContextFlags & CONTEXT_FULL) == CONTEXT_FULL, "ContextFlags %lx", c->ContextFlags);
    ok(c->SegCs == 0x33 && c->SegSs == 0x2b, "SegCs %x SegSs %x", c->SegCs, c->SegSs);
    ok((c->EFlags & 0x202) == 0x202, "EFlags %lx: IF and the reserved bit 1 set", c->EFlags);
}

/* ---- handler order, removal, continue handlers, RaiseException ------- */

static char order[16];
static int order_len;
static LONG stop_at;      /* the handler letter that continues execution */

static LONG note(char who, EXCEPTION_POINTERS *ptrs)
{
    if (ptrs->ExceptionRecord->ExceptionCode != 0xe0000001)
        return EXCEPTION_CONTINUE_SEARCH;
    if (order_len < (int)sizeof(order) - 1)
        order[order_len++] = who;
    return who == stop_at ? EXCEPTION_CONTINUE_EXECUTION : EXCEPTION_CONTINUE_SEARCH;
}
static LONG CALLBACK handler_a(EXCEPTION_POINTERS *p) { return note('a', p); }
static LONG CALLBACK handler_b(EXCEPTION_POINTERS *p) { return note('b', p); }
static LONG CALLBACK handler_c(EXCEPTION_POINTERS *p) { return note('c', p); }
static LONG CALLBACK continue_x(EXCEPTION_POINTERS *p) { note('x', p); return EXCEPTION_CONTINUE_SEARCH; }
static LONG CALLBACK continue_y(EXCEPTION_POINTERS *p) { note('y', p); return EXCEPTION_CONTINUE_SEARCH; }

static void raise_and_record(LONG stop)
{
    memset(order, 0, sizeof(order));
    order_len = 0;
    stop_at = stop;
    RaiseException(0xe0000001, 0, 0, NULL);
}

static void test_order(void)
{
    PVOID a, b, c, x, y;

    a = AddVectoredExceptionHandler(0, handler_a);
    b = AddVectoredExceptionHandler(1, handler_b);
    c = AddVectoredExceptionHandler(0, handler_c);
    ok(a && b && c && a != b && b != c, "three handles: %p %p %p", a, b, c);

    raise_and_record('c');
    ok(!strcmp(order, "bac"), "first added first, last added last: \"%s\"", order);
    raise_and_record('a');
    ok(!strcmp(order, "ba"), "CONTINUE_EXECUTION ends the search: \"%s\"", order);

    ok(RemoveVectoredExceptionHandler(b) != 0, "remove b");
    ok(RemoveVectoredExceptionHandler(b) == 0, "remove b again fails");
    raise_and_record('c');
    ok(!strcmp(order, "ac"), "b removed: \"%s\"", order);

    /* the same function twice is two registrations */
    b = AddVectoredExceptionHandler(1, handler_a);
    raise_and_record('c');
    ok(!strcmp(order, "aac"), "handler_a twice: \"%s\"", order);
    ok(RemoveVectoredExceptionHandler(b), "remove the second handler_a");

    /* continue handlers run after a handler chose to continue */
    x = AddVectoredContinueHandler(0, continue_x);
    y = AddVectoredContinueHandler(1, continue_y);
    ok(x && y, "AddVectoredContinueHandler: %p %p", x, y);
    raise_and_record('c');
    /* Wine never calls continue handlers */
    if (!on_wine)
        ok(!strcmp(order, "acyx"), "continue handlers after the exception handlers: \"%s\"", order);
    ok(RemoveVectoredContinueHandler(y), "RemoveVectoredContinueHandler");
    ok(!RemoveVectoredContinueHandler(y), "RemoveVectoredContinueHandler twice fails");
    ok(!RemoveVectoredExceptionHandler(x), "a continue handler is not an exception handler");
    raise_and_record('a');
    if (!on_wine)
        ok(!strcmp(order, "ax"), "one continue handler left: \"%s\"", order);
    ok(RemoveVectoredContinueHandler(x), "RemoveVectoredContinueHandler x");

    ok(RemoveVectoredExceptionHandler(a) && RemoveVectoredExceptionHandler(c), "remove a, c");
}

/* RaiseException as seen by a vectored handler. */
static LONG CALLBACK raise_handler(EXCEPTION_POINTERS *ptrs)
{
    if ((ptrs->ExceptionRecord->ExceptionCode & 0xfffffff0) != 0xe0000020)
        return EXCEPTION_CONTINUE_SEARCH;
    seen.calls++;
    seen.rec = *ptrs->ExceptionRecord;
    seen.ctx = *ptrs->ContextRecord;
    return EXCEPTION_CONTINUE_EXECUTION;
}

static void test_raise(void)
{
    static const ULONG_PTR args[3] = { 1, 0x123456789abcULL, (ULONG_PTR)-1 };
    PVOID h = AddVectoredExceptionHandler(1, raise_handler);
    HMODULE k32 = GetModuleHandleA("kernel32.dll");

    memset(&seen, 0, sizeof(seen));
    RaiseException(0xe0000021, 0, 3, args);
    ok(seen.calls == 1, "RaiseException: handler called %d times", seen.calls);
    ok(seen.rec.ExceptionCode == 0xe0000021 && seen.rec.ExceptionFlags == 0,
       "code %lx flags %lx", seen.rec.ExceptionCode, seen.rec.ExceptionFlags);
    ok(seen.rec.NumberParameters == 3 && seen.rec.ExceptionInformation[0] == 1 &&
       seen.rec.ExceptionInformation[1] == 0x123456789abcULL &&
       seen.rec.ExceptionInformation[2] == (ULONG_PTR)-1,
       "%lu parameters %I64x %I64x %I64x", seen.rec.NumberParameters,
       (ULONG64)seen.rec.ExceptionInformation[0], (ULONG64)seen.rec.ExceptionInformation[1],
       (ULONG64)seen.rec.ExceptionInformation[2]);
    /* the address is where RaiseException's own call to the raiser
     * returns, and the context resumes there */
    ok(seen.rec.ExceptionAddress == (void *)seen.ctx.Rip, "address %p, Rip %I64x",
       seen.rec.ExceptionAddress, seen.ctx.Rip);
    ok(seen.rec.ExceptionAddress != NULL, "an address is set");
    trace("RaiseException: address %p, kernel32 at %p", seen.rec.ExceptionAddress, k32);
    ok(RemoveVectoredExceptionHandler(h), "remove");
}

/* ---- a fault inside a handler, faults on two threads at once ---------- */

/* The first handler faults while handling 0xe0000050; the second repairs
 * that fault as test_retry's does. */
static LONG CALLBACK faulting_handler(EXCEPTION_POINTERS *ptrs)
{
    if (ptrs->ExceptionRecord->ExceptionCode != 0xe0000050)
        return EXCEPTION_CONTINUE_SEARCH;
    ptrs->ContextRecord->Rax = do_read((int *)0x30);
    seen.calls++;
    return EXCEPTION_CONTINUE_EXECUTION;
}

static void test_fault_in_handler(void)
{
    PVOID h1 = AddVectoredExceptionHandler(0, faulting_handler);
    PVOID h2 = AddVectoredExceptionHandler(0, repair_handler);

    memset(&seen, 0, sizeof(seen));
    RaiseException(0xe0000050, 0, 0, NULL);
    ok(seen.calls == 1, "a handler faulted, another repaired it, and it went on: %d", seen.calls);
    RemoveVectoredExceptionHandler(h1);
    RemoveVectoredExceptionHandler(h2);
}

/* Each thread reads address 0x40 in a loop; the handler skips the read
 * with the thread's own marker in Rax. */
static LONG CALLBACK skip_marked_read(EXCEPTION_POINTERS *ptrs)
{
    CONTEXT *ctx = ptrs->ContextRecord;

    if (ptrs->ExceptionRecord->ExceptionCode != STATUS_ACCESS_VIOLATION ||
        ctx->Rip != (ULONG64)read_at || ptrs->ExceptionRecord->ExceptionInformation[1] != 0x40)
        return EXCEPTION_CONTINUE_SEARCH;
    ctx->Rax = GetCurrentThreadId();
    ctx->Rip = (ULONG64)read_next;
    return EXCEPTION_CONTINUE_EXECUTION;
}

static DWORD WINAPI fault_loop(void *arg)
{
    DWORD me = GetCurrentThreadId(), good = 0;
    int i;

    (void)arg;
    for (i = 0; i < 5000; i++)
        if ((DWORD)do_read((int *)0x40) == me)
            good++;
    return good;
}

static void test_concurrent_faults(void)
{
    PVOID h = AddVectoredExceptionHandler(1, skip_marked_read);
    HANDLE threads[2];
    DWORD codes[2] = { 0, 0 };
    int i;

    for (i = 0; i < 2; i++)
        threads[i] = CreateThread(NULL, 0, fault_loop, NULL, 0, NULL);
    ok(WaitForMultipleObjects(2, threads, TRUE, 60000) == WAIT_OBJECT_0, "both threads ended");
    for (i = 0; i < 2; i++) {
        GetExitCodeThread(threads[i], &codes[i]);
        CloseHandle(threads[i]);
    }
    ok(codes[0] == 5000 && codes[1] == 5000,
       "5000 faults on each of two threads, each resumed with its own context: %lu %lu",
       codes[0], codes[1]);
    RemoveVectoredExceptionHandler(h);
}

/* The trap flag: STATUS_SINGLE_STEP after one instruction, at the next;
 * the context handed to the handler has the flag cleared. */
static void test_single_step(void)
{
    memset(&seen, 0, sizeof(seen));
    seen.resume_at = ss_second;
    do_single_step();
    check_fault("single step", STATUS_SINGLE_STEP, ss_second, 0, 0, 0);
    ok(!(seen.ctx.EFlags & 0x100), "the context's trap flag is clear: EFlags %lx",
       seen.ctx.EFlags);
}

int main(void)
{
    PVOID h;

    on_wine = GetProcAddress(GetModuleHandleA("ntdll.dll"), "wine_get_version") != NULL;

    test_order();
    test_raise();
    test_retry();

    h = AddVectoredExceptionHandler(1, record_handler);
    ok(h != NULL, "AddVectoredExceptionHandler");
    test_access_violations();
    test_instructions();
    test_float();
    test_registers();
    test_single_step();
    ok(RemoveVectoredExceptionHandler(h), "RemoveVectoredExceptionHandler");

    test_int3_step();
    test_fault_in_handler();
    test_concurrent_faults();
    return test_done();
}
