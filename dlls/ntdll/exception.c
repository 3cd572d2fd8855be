/*
 * Exception dispatch and unwinding, as Windows x64 does them:
 *
 *   vectored handlers -> (faults in guarded builtin code) -> frame handlers
 *   found by unwinding from the faulting frame -> the unhandled-exception
 *   filter (kernel32's, which calls the program's) -> vectored continue
 *   handlers -> the crash report.
 *
 * Hardware exceptions arrive from signal_x86_64.c on the faulting thread's
 * own stack, software ones from RtlRaiseException (context_x86_64.S), both
 * with the CONTEXT of the frame where they happened. Handlers are called
 * through handler_call, whose frame unwinds straight back into that CONTEXT,
 * so that handlers which raise or unwind themselves see Windows' frame
 * chain and not winrun's ELF frames.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include "exception.h"
#define DEBUG_CHANNEL CH_SEH
#include "winrun/debug.h"

#define STATUS_UNHANDLED_EXCEPTION ((NTSTATUS)0xc0000144)

extern IMAGE_DOS_HEADER __winrun_pe_header;

typedef LONG (WINAPI *top_level_filter)(EXCEPTION_POINTERS *);
static top_level_filter unhandled_filter;

EXCEPTION_DISPOSITION WINAPI handler_call_nested(EXCEPTION_RECORD *rec, void *frame, CONTEXT *ctx,
                                                 DISPATCHER_CONTEXT *dispatch);
extern DWORD handler_call_handler_rva;

/* Registers the unwind data of handler_call and consolidate_call. */
void exception_init(void)
{
    static RUNTIME_FUNCTION table[2];
    const BYTE *base = (const BYTE *)&__winrun_pe_header;

    table[0].BeginAddress = (const BYTE *)(void *)handler_call - base;
    table[0].EndAddress = handler_call_end - base;
    table[0].UnwindData = handler_call_unwind - base;
    table[1].BeginAddress = (const BYTE *)(void *)consolidate_call - base;
    table[1].EndAddress = consolidate_call_end - base;
    table[1].UnwindData = consolidate_call_unwind - base;
    handler_call_handler_rva = (const BYTE *)(void *)handler_call_nested - base;
    RtlAddFunctionTable(table, 2, (DWORD64)base);
}

/* kernel32 installs its UnhandledExceptionFilter here, as on Windows. */
NTSYSAPI void WINAPI RtlSetUnhandledExceptionFilter(top_level_filter filter)
{
    __atomic_store_n(&unhandled_filter, filter, __ATOMIC_RELEASE);
}

void handler_frame_init(struct handler_frame *f, const CONTEXT *ctx, int kind, DISPATCHER_CONTEXT *dispatch)
{
    memset(f, 0, offsetof(struct handler_frame, rbx));
    f->rip = ctx->Rip;
    f->rsp = ctx->Rsp;
    f->kind = kind;
    f->dispatch = dispatch;
    f->rbx = ctx->Rbx; f->rbp = ctx->Rbp; f->rsi = ctx->Rsi; f->rdi = ctx->Rdi;
    f->r12 = ctx->R12; f->r13 = ctx->R13; f->r14 = ctx->R14; f->r15 = ctx->R15;
    memcpy(f->xmm, &ctx->Xmm6, sizeof(f->xmm));
}

EXCEPTION_DISPOSITION call_handler(enum handler_kind kind, void *arg1, void *frame, CONTEXT *ctx,
                                   DISPATCHER_CONTEXT *dispatch, void *handler, CONTEXT *unwind_to)
{
    struct handler_frame f;
    handler_frame_init(&f, unwind_to, kind, dispatch);
    return handler_call(arg1, frame, ctx, dispatch, handler, &f);
}

/*
 * The handler of handler_call's own frame, met when a handler raises or
 * unwinds: an exception raised inside an exception handler is nested (the
 * frames up to that handler's frame see EXCEPTION_NESTED_CALL); an unwind
 * running into another unwind's handler collides, and takes over that
 * unwind's state so that it goes on from where the other one was.
 */
EXCEPTION_DISPOSITION WINAPI handler_call_nested(EXCEPTION_RECORD *rec, void *frame, CONTEXT *ctx,
                                                 DISPATCHER_CONTEXT *dispatch)
{
    struct handler_frame *f = frame;
    DISPATCHER_CONTEXT *outer = f->dispatch;
    (void)ctx;

    if (f->kind == HANDLER_EXCEPTION && !IS_UNWINDING(rec->ExceptionFlags)) {
        dispatch->EstablisherFrame = outer->EstablisherFrame;
        return ExceptionNestedException;
    }
    if (f->kind == HANDLER_UNWIND && IS_UNWINDING(rec->ExceptionFlags)) {
        dispatch->ControlPc = outer->ControlPc;
        dispatch->ImageBase = outer->ImageBase;
        dispatch->FunctionEntry = outer->FunctionEntry;
        dispatch->EstablisherFrame = outer->EstablisherFrame;
        dispatch->ContextRecord = outer->ContextRecord;
        dispatch->LanguageHandler = outer->LanguageHandler;
        dispatch->HandlerData = outer->HandlerData;
        dispatch->HistoryTable = outer->HistoryTable;
        dispatch->ScopeIndex = outer->ScopeIndex;
        return ExceptionCollidedUnwind;
    }
    return ExceptionContinueSearch;
}

/* ---- continuing ---- */

/* Continues in CTX; the flags and MXCSR are made safe to load first. */
static void __attribute__((noreturn)) continue_context(CONTEXT *ctx)
{
    ctx->EFlags = (ctx->EFlags & 0x00250fd5) | 0x202;     /* arithmetic, TF, DF, OF, AC, ID; IF */
    if (!(ctx->ContextFlags & (CONTEXT_FLOATING_POINT & 0xff))) ctx->MxCsr = 0x1f80;
    ctx->MxCsr &= 0xffff;
    ctx->FltSave.MxCsr = ctx->MxCsr;
    ctx->FltSave.MxCsr_Mask = 0;
    context_restore(ctx);
}

NTSYSAPI NTSTATUS WINAPI NtContinue(CONTEXT *ctx, BOOLEAN alertable)
{
    if (alertable) apc_run_pending();
    TRACE("rip %#lx rsp %#lx\n", (unsigned long)ctx->Rip, (unsigned long)ctx->Rsp);
    continue_context(ctx);
}

/* The msvcrt jump buffer that a STATUS_LONGJUMP unwind carries. */
struct jump_buffer {
    DWORD64 Frame, Rbx, Rsp, Rbp, Rsi, Rdi, R12, R13, R14, R15, Rip;
    DWORD MxCsr;
    WORD FpCsr, Spare;
    M128A Xmm[10];                     /* xmm6-15 */
};

NTSYSAPI void WINAPI RtlRestoreContext(CONTEXT *ctx, EXCEPTION_RECORD *rec)
{
    if (rec && rec->ExceptionCode == (DWORD)STATUS_LONGJUMP && rec->NumberParameters >= 1) {
        struct jump_buffer *jb = (struct jump_buffer *)rec->ExceptionInformation[0];
        ctx->Rbx = jb->Rbx; ctx->Rsp = jb->Rsp; ctx->Rbp = jb->Rbp; ctx->Rsi = jb->Rsi; ctx->Rdi = jb->Rdi;
        ctx->R12 = jb->R12; ctx->R13 = jb->R13; ctx->R14 = jb->R14; ctx->R15 = jb->R15; ctx->Rip = jb->Rip;
        ctx->MxCsr = jb->MxCsr;
        ctx->FltSave.ControlWord = jb->FpCsr;
        memcpy(&ctx->Xmm6, jb->Xmm, sizeof(jb->Xmm));
    } else if (rec && rec->ExceptionCode == (DWORD)STATUS_UNWIND_CONSOLIDATE && rec->NumberParameters >= 1) {
        CONTEXT target = *ctx;
        struct handler_frame f;
        TRACE("consolidate %#lx\n", (unsigned long)rec->ExceptionInformation[0]);
        handler_frame_init(&f, &target, HANDLER_PLAIN, NULL);
        consolidate_call(&target, (void *)rec->ExceptionInformation[0], rec, &f);
    }
    continue_context(ctx);
}

/* ---- dispatch ---- */

static void __attribute__((noreturn)) dispatch(EXCEPTION_RECORD *rec, CONTEXT *ctx, BOOL fault);

/* Raises STATUS, noncontinuable, about CAUSE (a handler's bad answer, a
 * broken unwind), from CTX. */
static void __attribute__((noreturn)) raise_status(NTSTATUS status, EXCEPTION_RECORD *cause, CONTEXT *ctx,
                                                   void *address)
{
    EXCEPTION_RECORD rec;
    memset(&rec, 0, sizeof(rec));
    rec.ExceptionCode = status;
    rec.ExceptionFlags = EXCEPTION_NONCONTINUABLE;
    rec.ExceptionRecord = cause;
    rec.ExceptionAddress = address;
    dispatch(&rec, ctx, FALSE);
}

static NTSTATUS call_frame_handlers(EXCEPTION_RECORD *rec, CONTEXT *orig, BOOL fault)
{
    UNWIND_HISTORY_TABLE table;
    DISPATCHER_CONTEXT d;
    CONTEXT context = *orig, next;
    DWORD64 nested_frame = 0;

    memset(&table, 0, sizeof(table));
    memset(&d, 0, sizeof(d));
    d.HistoryTable = &table;
    for (;; fault = FALSE) {
        EXCEPTION_DISPOSITION res = ExceptionContinueSearch;
        next = context;
        if (!unwind_frame(UNW_FLAG_EHANDLER, &next, &d, fault) && d.EstablisherFrame) break;
        if (!unwind_valid_frame(d.EstablisherFrame)) {     /* off the stack, or misaligned */
            TRACE("invalid frame %#lx, stopping\n", (unsigned long)d.EstablisherFrame);
            rec->ExceptionFlags |= EXCEPTION_STACK_INVALID;
            break;
        }
        if (d.LanguageHandler) {
            d.ContextRecord = &context;
            d.ScopeIndex = 0;
            d.TargetIp = 0;
            TRACE("calling handler %p frame %#lx pc %#lx flags %#x\n", d.LanguageHandler,
                  (unsigned long)d.EstablisherFrame, (unsigned long)d.ControlPc, (unsigned int)rec->ExceptionFlags);
            res = call_handler(HANDLER_EXCEPTION, rec, (void *)d.EstablisherFrame, orig, &d, d.LanguageHandler,
                               orig);
            TRACE("handler %p returned %d\n", d.LanguageHandler, (int)res);
            switch (res) {
            case ExceptionContinueExecution:
                return (rec->ExceptionFlags & EXCEPTION_NONCONTINUABLE) ? STATUS_NONCONTINUABLE_EXCEPTION
                                                                         : STATUS_SUCCESS;
            case ExceptionContinueSearch:
                break;
            case ExceptionNestedException:
                rec->ExceptionFlags |= EXCEPTION_NESTED_CALL;
                if (d.EstablisherFrame > nested_frame) nested_frame = d.EstablisherFrame;
                break;
            default:
                return STATUS_INVALID_DISPOSITION;
            }
        }
        if (res != ExceptionNestedException && nested_frame && d.EstablisherFrame >= nested_frame) {
            rec->ExceptionFlags &= ~EXCEPTION_NESTED_CALL;
            nested_frame = 0;
        }
        if (next.Rsp >= (DWORD64)NtCurrentTeb()->Tib.StackBase) break;
        context = next;
    }
    return STATUS_UNHANDLED_EXCEPTION;
}

/* Each dispatch under way on this thread, in its own frame: their number
 * bounds nesting, and an unwind past them ends them. */
struct dispatch_record {
    struct dispatch_record *prev;
    int depth;
};

/* Guards and dispatches in frames that an unwind to stack pointer RSP
 * removes (a guard may sit in a leaf function's red zone). */
static void drop_frames(DWORD64 rsp)
{
    TEB *teb = NtCurrentTeb();
    struct winrun_guard *g = TEB_GUARDS(teb);
    struct dispatch_record *d = TEB_DISPATCHES(teb);

    while (g && (DWORD64)g < rsp - 128) g = g->prev;
    TEB_GUARDS(teb) = g;
    while (d && (DWORD64)d < rsp) d = d->prev;
    TEB_DISPATCHES(teb) = d;
}

/* A fault in guarded builtin code below the newest guard resumes there. */
static void resume_guard(const EXCEPTION_RECORD *rec, const CONTEXT *ctx)
{
    struct winrun_guard *g = TEB_GUARDS(NtCurrentTeb());
    Dl_info info;

    if (!g || (rec->ExceptionCode != (DWORD)STATUS_ACCESS_VIOLATION && rec->ExceptionCode != (DWORD)STATUS_IN_PAGE_ERROR)) return;
    /* a guard lives in the guarded function's frame, or its red zone if it is a leaf */
    if ((DWORD64)g < ctx->Rsp - 128 || !dladdr((void *)ctx->Rip, &info)) return;
    TRACE("fault at %#lx: resuming at guard %p\n", (unsigned long)ctx->Rip, g);
    winrun_guard_pop(g);
    drop_frames((DWORD64)g + 128);
    __builtin_longjmp(g->jmp, 1);
}

/* The exception nobody handled: the filters, then the crash report. */
static void unhandled(EXCEPTION_RECORD *rec, CONTEXT *ctx)
{
    top_level_filter filter = __atomic_load_n(&unhandled_filter, __ATOMIC_ACQUIRE);
    LONG res = EXCEPTION_CONTINUE_SEARCH;

    /* on Windows the filter runs in the handler of the thread's outermost
     * frame, which a walk that ended at an invalid frame never reached */
    if (filter && !(rec->ExceptionFlags & EXCEPTION_STACK_INVALID)) {
        EXCEPTION_POINTERS ptrs = { rec, ctx };
        res = call_handler(HANDLER_PLAIN, &ptrs, NULL, NULL, NULL, (void *)filter, ctx);
        TRACE("unhandled exception filter returned %d\n", (int)res);
    }
    if (res == EXCEPTION_CONTINUE_EXECUTION) return;
    if (res == EXCEPTION_EXECUTE_HANDLER) NtTerminateProcess((HANDLE)~(ULONG_PTR)0, (LONG)rec->ExceptionCode);
    if (vectored_call_handlers(TRUE, rec, ctx) == EXCEPTION_CONTINUE_EXECUTION) return;
    exception_fatal(rec, ctx, TRUE);
}

/* Nested exceptions are normal (a handler may fault and handle it); a
 * chain this deep is a loop, a corrupt unwind table faulting the walk. */
#define MAX_DISPATCH_DEPTH 64

static void __attribute__((noreturn)) dispatch(EXCEPTION_RECORD *rec, CONTEXT *ctx, BOOL fault)
{
    TEB *teb = NtCurrentTeb();
    struct dispatch_record *outer = TEB_DISPATCHES(teb), self = { outer, outer ? outer->depth + 1 : 1 };
    NTSTATUS status;

    if (self.depth > MAX_DISPATCH_DEPTH) {
        TEB_DISPATCHES(teb) = NULL;
        winrun_error("exceptions raised while dispatching exceptions, %d deep: giving up", MAX_DISPATCH_DEPTH);
        exception_fatal(rec, ctx, FALSE);
    }
    TEB_DISPATCHES(teb) = &self;

    if (DEBUG_ON(CH_SEH)) {
        char what[128];
        exception_describe(rec, what, sizeof(what));
        TRACE("%s at %p flags %#x params %u, rip %#lx rsp %#lx\n", what, rec->ExceptionAddress,
              (unsigned int)rec->ExceptionFlags, (unsigned int)rec->NumberParameters, (unsigned long)ctx->Rip,
              (unsigned long)ctx->Rsp);
    }
    if (vectored_call_handlers(FALSE, rec, ctx) == EXCEPTION_CONTINUE_EXECUTION) goto done;
    resume_guard(rec, ctx);
    status = call_frame_handlers(rec, ctx, fault);
    if (status == STATUS_SUCCESS) goto done;
    /* a handler continued what cannot be continued, or said nonsense */
    if (status != STATUS_UNHANDLED_EXCEPTION) raise_status(status, rec, ctx, (void *)ctx->Rip);
    unhandled(rec, ctx);
    TEB_DISPATCHES(teb) = outer;
    continue_context(ctx);
done:
    vectored_call_handlers(TRUE, rec, ctx);
    TEB_DISPATCHES(teb) = outer;
    continue_context(ctx);
}

/*
 * A fault inside the host's C library (msvcrt's strlen is glibc's) is
 * reported at the builtin DLL that called it, where Windows has the code:
 * ExceptionAddress moves out to that frame, the CONTEXT stays exact so
 * that continuing retries the faulting instruction.
 */
static void attribute_to_module(EXCEPTION_RECORD *rec, const CONTEXT *ctx)
{
    CONTEXT frame = *ctx;
    Dl_info info;

    if (module_from_address((void *)ctx->Rip) || !dladdr((void *)ctx->Rip, &info)) return;
    for (int i = 0; i < 8 && dwarf_unwind_step(&frame, i == 0); i++) {
        if (module_from_address((void *)frame.Rip)) {
            rec->ExceptionAddress = (void *)(frame.Rip - 1);   /* in the call instruction */
            return;
        }
    }
}

void dispatch_exception(EXCEPTION_RECORD *rec, CONTEXT *ctx)
{
    attribute_to_module(rec, ctx);
    dispatch(rec, ctx, TRUE);
}

/* From RtlRaiseException, with the context of its caller. */
void __attribute__((noreturn)) raise_exception_with_context(EXCEPTION_RECORD *rec, CONTEXT *ctx)
{
    dispatch(rec, ctx, FALSE);
}

NTSYSAPI NTSTATUS WINAPI NtRaiseException(EXCEPTION_RECORD *rec, CONTEXT *ctx, BOOLEAN first_chance)
{
    if (!first_chance) {
        unhandled(rec, ctx);
        continue_context(ctx);
    }
    dispatch(rec, ctx, FALSE);
}

/* ---- unwinding ---- */

/* From RtlUnwindEx (context_x86_64.S) with the context of its caller. */
void __attribute__((noreturn)) unwind_ex(void *end_frame, void *target_ip, EXCEPTION_RECORD *rec, void *retval,
                                         CONTEXT *context, UNWIND_HISTORY_TABLE *table, CONTEXT *caller)
{
    EXCEPTION_RECORD local;
    DISPATCHER_CONTEXT d;
    CONTEXT next;
    CONTEXT scratch;

    if (!context) context = &scratch;
    if (!rec) {
        memset(&local, 0, sizeof(local));
        local.ExceptionCode = STATUS_UNWIND;
        local.ExceptionAddress = (void *)caller->Rip;
        rec = &local;
    }
    rec->ExceptionFlags |= EXCEPTION_UNWINDING | (end_frame ? 0 : EXCEPTION_EXIT_UNWIND);
    TRACE("frame %p target %p code %08x flags %#x\n", end_frame, target_ip, (unsigned int)rec->ExceptionCode,
          (unsigned int)rec->ExceptionFlags);
    *context = *caller;
    memset(&d, 0, sizeof(d));
    d.HistoryTable = table;
    d.TargetIp = (DWORD64)target_ip;
    for (;;) {
        next = *context;
        if (!unwind_frame(UNW_FLAG_UHANDLER, &next, &d, FALSE) && d.EstablisherFrame) break;
        if (!unwind_valid_frame(d.EstablisherFrame) ||
            (end_frame && d.EstablisherFrame > (DWORD64)end_frame)) {
            TRACE("frame %#lx beyond the target %p\n", (unsigned long)d.EstablisherFrame, end_frame);
            raise_status(end_frame && unwind_valid_frame(d.EstablisherFrame) ? STATUS_INVALID_UNWIND_TARGET
                                                                             : STATUS_BAD_STACK,
                         rec, caller, NULL);
        }
        if (d.EstablisherFrame == (DWORD64)end_frame) rec->ExceptionFlags |= EXCEPTION_TARGET_UNWIND;
        d.ScopeIndex = 0;                           /* each frame's own scopes, from the first */
        while (d.LanguageHandler) {
            EXCEPTION_DISPOSITION res;
            d.ContextRecord = context;
            TRACE("calling unwind handler %p frame %#lx\n", d.LanguageHandler, (unsigned long)d.EstablisherFrame);
            res = call_handler(HANDLER_UNWIND, rec, (void *)d.EstablisherFrame, context, &d, d.LanguageHandler,
                               caller);
            rec->ExceptionFlags &= ~EXCEPTION_COLLIDED_UNWIND;
            if (res == ExceptionContinueSearch) break;
            if (res != ExceptionCollidedUnwind) raise_status(STATUS_INVALID_DISPOSITION, rec, caller, NULL);
            /* take over the unwind that was interrupted: redo its frame */
            *context = *d.ContextRecord;
            next = *context;
            unwind_frame(UNW_FLAG_UHANDLER, &next, &d, FALSE);
            rec->ExceptionFlags |= EXCEPTION_COLLIDED_UNWIND;
            if (d.EstablisherFrame == (DWORD64)end_frame) rec->ExceptionFlags |= EXCEPTION_TARGET_UNWIND;
        }
        if (d.EstablisherFrame == (DWORD64)end_frame) break;
        *context = next;
    }
    drop_frames(context->Rsp);
    context->Rax = (DWORD64)retval;
    context->Rip = (DWORD64)target_ip;
    RtlRestoreContext(context, rec);
    __builtin_unreachable();
}

NTSYSAPI void WINAPI RtlUnwind(void *frame, void *target_ip, EXCEPTION_RECORD *rec, void *retval)
{
    CONTEXT ctx;
    RtlUnwindEx(frame, target_ip, rec, retval, &ctx, NULL);
}

/* ---- the crash report ---- */

void exception_describe(const EXCEPTION_RECORD *rec, char *buf, size_t size)
{
    const char *what = NULL;
    int n = snprintf(buf, size, "%08x", (unsigned int)rec->ExceptionCode);

    switch ((NTSTATUS)rec->ExceptionCode) {
    case STATUS_ACCESS_VIOLATION:
        if (rec->NumberParameters >= 2) {
            ULONG_PTR op = rec->ExceptionInformation[0];
            snprintf(buf + n, size - n, " (access violation %s 0x%016lx)",
                     op == 8 ? "executing" : op == 1 ? "writing" : "reading",
                     (unsigned long)rec->ExceptionInformation[1]);
            return;
        }
        what = "access violation";
        break;
    case STATUS_STACK_OVERFLOW: what = "stack overflow"; break;
    case STATUS_INTEGER_DIVIDE_BY_ZERO: what = "integer divide by zero"; break;
    case STATUS_INTEGER_OVERFLOW: what = "integer overflow"; break;
    case STATUS_ILLEGAL_INSTRUCTION: what = "illegal instruction"; break;
    case STATUS_PRIVILEGED_INSTRUCTION: what = "privileged instruction"; break;
    case STATUS_BREAKPOINT: what = "breakpoint"; break;
    case STATUS_SINGLE_STEP: what = "single step"; break;
    case STATUS_GUARD_PAGE_VIOLATION: what = "guard page"; break;
    case STATUS_DATATYPE_MISALIGNMENT: what = "misaligned data"; break;
    case STATUS_FLOAT_DIVIDE_BY_ZERO: what = "float divide by zero"; break;
    case STATUS_FLOAT_INVALID_OPERATION: what = "float invalid operation"; break;
    case STATUS_FLOAT_OVERFLOW: what = "float overflow"; break;
    case STATUS_FLOAT_UNDERFLOW: what = "float underflow"; break;
    case STATUS_FLOAT_INEXACT_RESULT: what = "float inexact result"; break;
    case STATUS_FLOAT_DENORMAL_OPERAND: what = "float denormal operand"; break;
    case STATUS_FLOAT_STACK_CHECK: what = "float stack check"; break;
    case STATUS_FLOAT_MULTIPLE_TRAPS: what = "SSE float exception"; break;
    case STATUS_NONCONTINUABLE_EXCEPTION: what = "noncontinuable exception continued"; break;
    case STATUS_INVALID_DISPOSITION: what = "invalid disposition from a handler"; break;
    case STATUS_STACK_BUFFER_OVERRUN: what = "stack buffer overrun"; break;
    case STATUS_BAD_STACK: what = "bad stack during unwind"; break;
    case STATUS_INVALID_UNWIND_TARGET: what = "invalid unwind target"; break;
    default:
        if (rec->ExceptionCode == 0xe06d7363) what = "C++ exception";
        else if (rec->ExceptionCode == 0x20474343) what = "uncaught g++ exception";
        break;
    }
    if (what) snprintf(buf + n, size - n, " (%s)", what);
}

/* "app.exe+0x1a2b (Export+0x12)", the export part where one closely precedes the address */
static void describe_pc(DWORD64 pc, char *buf, size_t size)
{
    PLDR_DATA_TABLE_ENTRY mod = module_from_address((void *)pc);
    char name[MAX_PATH];
    IMAGE_EXPORT_DIRECTORY *exp;
    DWORD rva, dir_size, best = 0;
    const char *best_name = NULL;
    Dl_info info;
    int n;

    if (!mod || utf16_to_utf8(mod->BaseDllName.Buffer, -1, name, sizeof(name)) <= 0) {
        if (dladdr((void *)pc, &info) && info.dli_fname) {
            const char *base = strrchr(info.dli_fname, '/');
            snprintf(buf, size, "%s+0x%lx", base ? base + 1 : info.dli_fname,
                     (unsigned long)(pc - (DWORD64)info.dli_fbase));
        } else {
            snprintf(buf, size, "0x%016lx", (unsigned long)pc);
        }
        return;
    }
    rva = (DWORD)(pc - (DWORD64)mod->DllBase);
    n = snprintf(buf, size, "%s+0x%lx", name, (unsigned long)rva);
    if ((exp = pe_directory(mod->DllBase, mod->SizeOfImage, IMAGE_DIRECTORY_ENTRY_EXPORT, &dir_size))) {
        const DWORD *funcs = pe_rva(mod->DllBase, mod->SizeOfImage, exp->AddressOfFunctions, exp->NumberOfFunctions * 4);
        const DWORD *names = pe_rva(mod->DllBase, mod->SizeOfImage, exp->AddressOfNames, exp->NumberOfNames * 4);
        const WORD *ords = pe_rva(mod->DllBase, mod->SizeOfImage, exp->AddressOfNameOrdinals, exp->NumberOfNames * 2);
        for (DWORD i = 0; funcs && names && ords && i < exp->NumberOfNames; i++) {
            DWORD f = ords[i] < exp->NumberOfFunctions ? funcs[ords[i]] : 0;
            if (f && f <= rva && f >= best) {
                best = f;
                best_name = pe_string(mod->DllBase, mod->SizeOfImage, names[i]);
            }
        }
    }
    /* builtins are full of static functions that follow exports: name none there */
    if (best_name && !dladdr((void *)pc, &info) && rva - best < 0x800 && n > 0 && (size_t)n < size)
        snprintf(buf + n, size - n, " (%s+0x%lx)", best_name, (unsigned long)(rva - best));
}

void exception_fatal(const EXCEPTION_RECORD *rec, const CONTEXT *ctx, BOOL walk)
{
    char what[160], where[MAX_PATH + 96];
    CONTEXT frame = *ctx;
    DISPATCHER_CONTEXT d;

    exception_describe(rec, what, sizeof(what));
    if (!walk && !exception_teb()) {        /* one of winrun's own threads: GS has no TEB */
        describe_pc(frame.Rip, where, sizeof(where));
        winrun_error("internal error: exception %s at %s in a winrun service thread", what, where);
        _exit(70);                          /* EX_SOFTWARE */
    }
    winrun_error("unhandled exception %s in thread %lu", what, (unsigned long)thread_index());
    describe_pc(frame.Rip, where, sizeof(where));
    fprintf(stderr, "  #0 %s\n", where);
    memset(&d, 0, sizeof(d));
    for (int i = 1; walk && i < 32; i++) {
        if (!unwind_frame(0, &frame, &d, i == 1 && rec->ExceptionAddress == (void *)ctx->Rip) ||
            frame.Rsp >= (DWORD64)NtCurrentTeb()->Tib.StackBase || !unwind_valid_frame(frame.Rsp))
            break;
        describe_pc(frame.Rip, where, sizeof(where));
        fprintf(stderr, "  #%d %s\n", i, where);
    }
    fflush(stderr);
    NtTerminateProcess((HANDLE)~(ULONG_PTR)0, (LONG)rec->ExceptionCode);
    __builtin_unreachable();
}
