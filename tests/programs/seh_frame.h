/* seh_frame.h - a stack frame with a language-specific handler, for the
 * seh_* test programs.
 *
 * mingw gcc cannot attach an exception handler to a C function, so
 * call_with_handler is written in assembly with .seh_handler: it calls
 * fn(arg) from a frame whose handler, for both the exception and the
 * unwind passes (UNW_FLAG_EHANDLER | UNW_FLAG_UHANDLER), is
 * frame_dispatch, which calls handler(rec, frame, ctx, dispatch, data).
 * The frame keeps handler and data at frame + 32 and + 40, so any number
 * of such frames can be nested.
 *
 * A handler ends the search at its frame with unwind_to_frame(frame, rec,
 * value): RtlUnwindEx unwinds to call_with_handler's frame and resumes at
 * call_with_handler_resume with value in Rax, which call_with_handler
 * then returns.
 */
#ifndef WINRUN_SEH_FRAME_H
#define WINRUN_SEH_FRAME_H

#include <windows.h>

typedef EXCEPTION_DISPOSITION frame_handler_fn(EXCEPTION_RECORD *rec, void *frame,
                                               CONTEXT *ctx, DISPATCHER_CONTEXT *dispatch,
                                               void *data);

ULONG_PTR call_with_handler(ULONG_PTR (*fn)(void *), void *arg, frame_handler_fn *handler,
                            void *data);
extern char call_with_handler_resume[];

__attribute__((used)) EXCEPTION_DISPOSITION
frame_dispatch(EXCEPTION_RECORD *rec, void *frame, CONTEXT *ctx, DISPATCHER_CONTEXT *dispatch)
{
    void **slots = frame;
    frame_handler_fn *handler = (frame_handler_fn *)slots[4];

    return handler(rec, frame, ctx, dispatch, slots[5]);
}

/* The frame is rsp after the prologue; the nop after the call keeps the
 * return address out of the epilogue (add; ret), where the unwinder would
 * take the frame for one being left and call no handler. */
__asm__(
    ".text\n"
    ".globl call_with_handler, call_with_handler_resume\n"
    ".def call_with_handler; .scl 2; .type 32; .endef\n"
    ".seh_proc call_with_handler\n"
    "call_with_handler:\n"
    "    subq $56, %rsp\n"
    "    .seh_stackalloc 56\n"
    "    .seh_endprologue\n"
    "    .seh_handler frame_dispatch, @except, @unwind\n"
    "    movq %r8, 32(%rsp)\n"
    "    movq %r9, 40(%rsp)\n"
    "    movq %rcx, %rax\n"
    "    movq %rdx, %rcx\n"
    "    call *%rax\n"
    "call_with_handler_resume:\n"
    "    nop\n"
    "    addq $56, %rsp\n"
    "    ret\n"
    ".seh_endproc\n");

static __attribute__((unused)) void unwind_to_frame(void *frame, EXCEPTION_RECORD *rec,
                                                    ULONG_PTR value)
{
    CONTEXT ctx;

    RtlUnwindEx(frame, call_with_handler_resume, rec, (void *)value, &ctx, NULL);
}

#endif
