/*
 * CONTEXT capture and restore, and the frames through which exception
 * dispatch calls Windows code.
 *
 * The dispatcher is ELF code, which Windows unwinding cannot walk. So every
 * call from it into a handler goes through handler_call below, whose
 * UNWIND_INFO (registered with RtlAddFunctionTable at start-up, see
 * exception.c) says "this frame returns into the registers saved in the
 * struct handler_frame that rbp points at": rbp is the frame register, the
 * non-volatile registers are saved at their offsets there, and a machine
 * frame at offset 0 (Rip, then Rsp at 0x18) ends the frame. The block is
 * a copy, so that a handler may overwrite the CONTEXT it was given (as
 * RtlUnwindEx does) without breaking the chain. An unwinder started inside a handler thus
 * steps from handler_call straight into the faulting (or unwinding) frame,
 * as Windows' RtlpExecuteHandlerForException steps into
 * KiUserExceptionDispatcher and from there into the fault.
 *
 * CONTEXT offsets used here: Rax 0x78, Rcx 0x80, Rdx 0x88, Rbx 0x90,
 * Rsp 0x98, Rbp 0xa0, Rsi 0xa8, Rdi 0xb0, R8-R15 0xb8-0xf0, Rip 0xf8,
 * EFlags 0x44, MxCsr 0x34, ContextFlags 0x30, FltSave 0x100, Xmm6 0x200.
 */
	.section .note.GNU-stack,"",@progbits
	.text

/* Fills *%rcx with the registers of the caller as they are at the return
 * from here; %rsp at entry + 8 is its stack pointer. Clobbers nothing. */
.macro CAPTURE_CALLER rsp_adjust
	movq %rax, 0x78(%rcx)
	movq %rcx, 0x80(%rcx)
	movq %rdx, 0x88(%rcx)
	movq %rbx, 0x90(%rcx)
	movq %rbp, 0xa0(%rcx)
	movq %rsi, 0xa8(%rcx)
	movq %rdi, 0xb0(%rcx)
	movq %r8, 0xb8(%rcx)
	movq %r9, 0xc0(%rcx)
	movq %r10, 0xc8(%rcx)
	movq %r11, 0xd0(%rcx)
	movq %r12, 0xd8(%rcx)
	movq %r13, 0xe0(%rcx)
	movq %r14, 0xe8(%rcx)
	movq %r15, 0xf0(%rcx)
	fxsave 0x100(%rcx)
	stmxcsr 0x34(%rcx)
	pushfq
	popq %rax
	movl %eax, 0x44(%rcx)
	movq \rsp_adjust(%rsp), %rax          /* return address */
	movq %rax, 0xf8(%rcx)
	leaq \rsp_adjust+8(%rsp), %rax
	movq %rax, 0x98(%rcx)
	movw $0x33, 0x38(%rcx)                /* SegCs, then Ds Es Fs Gs Ss as Windows has them */
	movw $0x2b, 0x3a(%rcx)
	movw $0x2b, 0x3c(%rcx)
	movw $0x53, 0x3e(%rcx)
	movw $0x2b, 0x40(%rcx)
	movw $0x2b, 0x42(%rcx)
	movl $0x10000f, 0x30(%rcx)            /* CONTEXT_FULL | CONTEXT_SEGMENTS */
	movq 0x78(%rcx), %rax
.endm

/* void WINAPI RtlCaptureContext(CONTEXT *) */
	.globl RtlCaptureContext
	.type RtlCaptureContext,@function
RtlCaptureContext:
	.cfi_startproc
	CAPTURE_CALLER 0
	ret
	.cfi_endproc
	.size RtlCaptureContext, .-RtlCaptureContext

/* void WINAPI RtlRaiseException(EXCEPTION_RECORD *): dispatches with the
 * caller's context, as if the exception happened at the return address. */
	.globl RtlRaiseException
	.type RtlRaiseException,@function
RtlRaiseException:
	.cfi_startproc
	subq $0x4d8, %rsp                     /* a CONTEXT, 16-aligned */
	.cfi_adjust_cfa_offset 0x4d8
	pushq %rcx
	.cfi_adjust_cfa_offset 8
	leaq 8(%rsp), %rcx
	CAPTURE_CALLER 0x4e0
	popq %rdi                             /* the record */
	.cfi_adjust_cfa_offset -8
	movq %rdi, 0x80(%rsp)                 /* the caller's rcx */
	movq 0xf8(%rsp), %rax
	movq %rax, 0x10(%rdi)                 /* ExceptionAddress */
	movq %rsp, %rsi
	call raise_exception_with_context     /* (rec, ctx): does not return */
	ud2
	.cfi_endproc
	.size RtlRaiseException, .-RtlRaiseException

/* void WINAPI RtlUnwindEx(frame, target_ip, rec, retval, context, table):
 * captures the caller's context and hands it to unwind_ex (exception.c). */
	.globl RtlUnwindEx
	.type RtlUnwindEx,@function
RtlUnwindEx:
	.cfi_startproc
	subq $0x4d8, %rsp
	.cfi_adjust_cfa_offset 0x4d8
	pushq %rcx
	.cfi_adjust_cfa_offset 8
	leaq 8(%rsp), %rcx
	CAPTURE_CALLER 0x4e0
	popq %rdi                             /* frame */
	.cfi_adjust_cfa_offset -8
	movq %rdx, %rsi                       /* target_ip */
	movq %r8, %rdx                        /* rec */
	movq %r9, %rcx                        /* retval */
	movq 0x4d8+0x28(%rsp), %r8            /* context: 5th argument, above the home space */
	movq 0x4d8+0x30(%rsp), %r9            /* history table */
	movq %rsp, %rax                       /* the caller's context */
	subq $8, %rsp
	.cfi_adjust_cfa_offset 8
	pushq %rax                            /* 7th argument */
	.cfi_adjust_cfa_offset 8
	call unwind_ex                        /* does not return */
	ud2
	.cfi_endproc
	.size RtlUnwindEx, .-RtlUnwindEx

/*
 * void context_restore(CONTEXT *ctx): loads every register from *ctx and
 * continues at ctx->Rip. The iretq frame is built in P1Home..P5Home, so
 * nothing is written below the target's stack pointer. EFlags and MxCsr
 * have been made safe by the caller (exception.c).
 */
	.globl context_restore
	.hidden context_restore
	.type context_restore,@function
context_restore:
	.cfi_startproc
	.cfi_undefined rip
	testl $0x8, 0x30(%rdi)                /* CONTEXT_FLOATING_POINT */
	jz 1f
	fxrstor 0x100(%rdi)
1:	ldmxcsr 0x34(%rdi)
	movq 0xf8(%rdi), %rax
	movq %rax, 0x00(%rdi)                 /* RIP */
	movq %cs, %rax
	movq %rax, 0x08(%rdi)                 /* CS */
	movl 0x44(%rdi), %eax
	movq %rax, 0x10(%rdi)                 /* RFLAGS */
	movq 0x98(%rdi), %rax
	movq %rax, 0x18(%rdi)                 /* RSP */
	movq %ss, %rax
	movq %rax, 0x20(%rdi)                 /* SS */
	movq 0x78(%rdi), %rax
	movq 0x80(%rdi), %rcx
	movq 0x88(%rdi), %rdx
	movq 0x90(%rdi), %rbx
	movq 0xa0(%rdi), %rbp
	movq 0xa8(%rdi), %rsi
	movq 0xb8(%rdi), %r8
	movq 0xc0(%rdi), %r9
	movq 0xc8(%rdi), %r10
	movq 0xd0(%rdi), %r11
	movq 0xd8(%rdi), %r12
	movq 0xe0(%rdi), %r13
	movq 0xe8(%rdi), %r14
	movq 0xf0(%rdi), %r15
	movq %rdi, %rsp
	movq 0xb0(%rdi), %rdi
	iretq
	.cfi_endproc
	.size context_restore, .-context_restore

/*
 * EXCEPTION_DISPOSITION handler_call(EXCEPTION_RECORD *rec, void *frame,
 *     CONTEXT *ctx, DISPATCHER_CONTEXT *dispatch, void *handler,
 *     struct handler_frame *unwind_to)
 * Calls the ms_abi HANDLER(rec, frame, ctx, dispatch) in a frame that
 * unwinds into *UNWIND_TO (see the top of this file), which also holds
 * what handler_call_nested (exception.c) needs.
 */
	.globl handler_call
	.hidden handler_call
	.type handler_call,@function
handler_call:
	.cfi_startproc
	pushq %rbp
	.cfi_adjust_cfa_offset 8
	.cfi_rel_offset rbp, 0
	pushq %rbx
	.cfi_adjust_cfa_offset 8
	.cfi_rel_offset rbx, 0
	pushq %rsi
	.cfi_adjust_cfa_offset 8
	.cfi_rel_offset rsi, 0
	pushq %rdi
	.cfi_adjust_cfa_offset 8
	.cfi_rel_offset rdi, 0
	movq %rsp, %rbx
	.cfi_def_cfa_register rbx
	.cfi_adjust_cfa_offset 0
	movq %r9, %rbp                        /* unwind_to: the frame register */
	movq %r8, %rax
	movq %rcx, %r9
	movq %rdx, %r8
	movq %rsi, %rdx
	movq %rdi, %rcx
	andq $-16, %rsp
	subq $32, %rsp                        /* home space */
	.globl handler_call_body
	.hidden handler_call_body
handler_call_body:
	call *%rax
	nop                                   /* the return address must not look like an epilogue */
	movq %rbx, %rsp
	.cfi_def_cfa_register rsp
	popq %rdi
	.cfi_adjust_cfa_offset -8
	popq %rsi
	.cfi_adjust_cfa_offset -8
	popq %rbx
	.cfi_adjust_cfa_offset -8
	popq %rbp
	.cfi_adjust_cfa_offset -8
	ret
	.cfi_endproc
	.globl handler_call_end
	.hidden handler_call_end
handler_call_end:
	.size handler_call, .-handler_call

/*
 * void consolidate_call(CONTEXT *ctx, void *(WINAPI *callback)(EXCEPTION_RECORD *),
 *                       EXCEPTION_RECORD *rec, struct handler_frame *unwind_to)
 * STATUS_UNWIND_CONSOLIDATE: calls CALLBACK(rec) (an MSVC catch block, say)
 * on the current stack, in a frame that unwinds into *UNWIND_TO (a copy of
 * *CTX), then continues in *CTX at the address it returned.
 */
	.globl consolidate_call
	.hidden consolidate_call
	.type consolidate_call,@function
consolidate_call:
	.cfi_startproc
	.cfi_undefined rip
	movq %rdi, %rbx
	movq %rcx, %rbp
	movq %rsi, %rax
	movq %rdx, %rcx
	andq $-16, %rsp
	subq $32, %rsp
	.globl consolidate_call_body
	.hidden consolidate_call_body
consolidate_call_body:
	call *%rax
	nop
	movq %rax, 0xf8(%rbx)
	movq %rbx, %rdi
	jmp context_restore
	.cfi_endproc
	.globl consolidate_call_end
	.hidden consolidate_call_end
consolidate_call_end:
	.size consolidate_call, .-consolidate_call

/* The signal handler returns here on the faulting thread's stack with
 * %rdi = record and %rsi = context (signal_x86_64.c). */
	.globl dispatch_trampoline
	.hidden dispatch_trampoline
	.type dispatch_trampoline,@function
dispatch_trampoline:
	.cfi_startproc
	.cfi_undefined rip
	call dispatch_exception
	ud2
	.cfi_endproc
	.size dispatch_trampoline, .-dispatch_trampoline

/*
 * UNWIND_INFO of handler_call and consolidate_call: frame register rbp at
 * offset 0, registers at their struct handler_frame offsets (rbx 0x38 to
 * r15 0x70, xmm6-15 from 0x80), a machine frame at 0. With a prologue size
 * of 0 every code applies wherever the pc is.
 */
	.data                                 /* the handler's RVA is filled in by exception_init */
	.balign 4
.macro SAVE_NONVOL reg, slot
	.byte 0, 0x04 | (\reg << 4)           /* UWOP_SAVE_NONVOL reg at 8 * slot */
	.short \slot
.endm
.macro CONTEXT_FRAME_CODES
	.byte 0, 0x03                         /* UWOP_SET_FPREG */
	.irp pair, "3,7", "5,8", "6,9", "7,10", "12,11", "13,12", "14,13", "15,14"
	SAVE_NONVOL \pair
	.endr
	.irp reg, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15
	.byte 0, 0x08 | (\reg << 4)           /* UWOP_SAVE_XMM128 */
	.short (0x80 + (\reg - 6) * 16) / 16
	.endr
	.byte 0, 0x0a                         /* UWOP_PUSH_MACHFRAME */
.endm
	.globl handler_call_unwind
	.hidden handler_call_unwind
handler_call_unwind:
	.byte 0x01 | (0x3 << 3)               /* version 1, UNW_FLAG_EHANDLER | UNW_FLAG_UHANDLER */
	.byte 0                               /* SizeOfProlog */
	.byte 38                              /* CountOfCodes */
	.byte 0x05                            /* FrameRegister rbp, FrameOffset 0 */
	CONTEXT_FRAME_CODES
	.globl handler_call_handler_rva
	.hidden handler_call_handler_rva
handler_call_handler_rva:
	.long 0
	.globl consolidate_call_unwind
	.hidden consolidate_call_unwind
consolidate_call_unwind:
	.byte 0x01
	.byte 0
	.byte 38
	.byte 0x05
	CONTEXT_FRAME_CODES
