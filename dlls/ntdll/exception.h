/*
 * Exception dispatch internals shared by exception.c, unwind.c, vectored.c
 * and signal_x86_64.c (and the assembly in context_x86_64.S).
 */
#ifndef WINRUN_NTDLL_EXCEPTION_H
#define WINRUN_NTDLL_EXCEPTION_H

#include "ntdll_private.h"

/* unwind.c */
BOOL unwind_frame(ULONG type, CONTEXT *ctx, DISPATCHER_CONTEXT *d, BOOL fault);
BOOL unwind_valid_frame(DWORD64 frame);

/* dwarf.c: one step out of an ELF frame; FAULT: the pc is not a return address */
BOOL dwarf_unwind_step(CONTEXT *ctx, BOOL fault);
/* Windows unwind data for PC in an ELF builtin whose image is [BASE, BASE+SIZE) */
RUNTIME_FUNCTION *dwarf_function_entry(DWORD64 pc, DWORD64 base, DWORD size);

/* context_x86_64.S */
void context_restore(CONTEXT *ctx) __attribute__((noreturn));
/* What handler_call's and consolidate_call's frames unwind into; the
 * offsets are those of the UNWIND_INFO in context_x86_64.S. */
struct handler_frame {
    DWORD64 rip, cs, eflags, rsp, ss;  /* a machine frame */
    DWORD64 kind;                      /* enum handler_kind */
    DISPATCHER_CONTEXT *dispatch;      /* of the dispatch or unwind that called */
    DWORD64 rbx, rbp, rsi, rdi, r12, r13, r14, r15, pad;
    M128A xmm[10];                     /* xmm6-15 */
} __attribute__((aligned(16)));
EXCEPTION_DISPOSITION handler_call(void *arg1, void *frame, CONTEXT *ctx, DISPATCHER_CONTEXT *dispatch,
                                   void *handler, struct handler_frame *unwind_to);
void consolidate_call(CONTEXT *ctx, void *callback, EXCEPTION_RECORD *rec, struct handler_frame *unwind_to)
    __attribute__((noreturn));
void handler_frame_init(struct handler_frame *f, const CONTEXT *ctx, int kind, DISPATCHER_CONTEXT *dispatch);
void dispatch_trampoline(void);
extern const BYTE handler_call_unwind[], consolidate_call_unwind[];
extern const BYTE handler_call_end[], consolidate_call_end[];
void consolidate_call_body(void);

enum handler_kind { HANDLER_PLAIN, HANDLER_EXCEPTION, HANDLER_UNWIND };
EXCEPTION_DISPOSITION call_handler(enum handler_kind kind, void *arg1, void *frame, CONTEXT *ctx,
                                   DISPATCHER_CONTEXT *dispatch, void *handler, CONTEXT *unwind_to);

/* exception.c: the signal handler hands a hardware exception over here on
 * the faulting thread's stack; never returns. */
void dispatch_exception(EXCEPTION_RECORD *rec, CONTEXT *ctx) __attribute__((noreturn));
/* "c0000005 (access violation writing 0x...)" */
void exception_describe(const EXCEPTION_RECORD *rec, char *buf, size_t size);
/* Prints the crash report for REC at CTX and ends the process with its code. */
void exception_fatal(const EXCEPTION_RECORD *rec, const CONTEXT *ctx, BOOL walk) __attribute__((noreturn));
/* 1 for the main thread, then 2, 3... in creation order */
ULONG_PTR thread_index(void);

/* vectored.c */
LONG vectored_call_handlers(BOOL continue_list, EXCEPTION_RECORD *rec, CONTEXT *ctx);

/* The segment selectors Windows programs see in a CONTEXT (the assembly in
 * context_x86_64.S stores the same values). */
static inline void context_set_segments(CONTEXT *ctx)
{
    ctx->SegCs = 0x33;
    ctx->SegDs = ctx->SegEs = ctx->SegSs = ctx->SegGs = 0x2b;
    ctx->SegFs = 0x53;
}

/* signal_x86_64.c: CONTEXT <-> ucontext_t */
struct ucontext_t;
TEB *exception_teb(void);               /* NULL in threads without one; safe in a signal handler */
void context_from_unix(CONTEXT *ctx, const struct ucontext_t *uc);
void context_to_unix(const CONTEXT *ctx, struct ucontext_t *uc);

#endif
