/*
 * x86-64 assembly of ntdll: switching to a Windows stack, and the relay
 * thunk's common entry. Kept apart from the portable C, as i386 will need
 * its own file.
 */
	.section .note.GNU-stack,"",@progbits
	.text

/* void call_on_stack(void (*func)(void *), void *arg, void *stack_top): never returns */
	.globl call_on_stack
	.hidden call_on_stack
	.type call_on_stack,@function
call_on_stack:
	.cfi_startproc
	movq %rdi, %rax
	movq %rdx, %rsp
	xorl %ebp, %ebp
	movq %rsi, %rdi
	.cfi_undefined rip
	call *%rax
	ud2
	.cfi_endproc
	.size call_on_stack, .-call_on_stack

/*
 * void call_on_stack_resumable(void (*func)(void *), void *arg, void *stack_top, void **resume)
 * Like call_on_stack, but first saves the callee-saved registers and the
 * stack pointer in *resume; leave_stack(*resume), called from anywhere on
 * the new stack, then returns from call_on_stack_resumable. A thread exits
 * this way, from its start routine or from deep inside ExitThread, back to
 * its Unix stack where the Windows stack can be freed.
 */
	.globl call_on_stack_resumable
	.hidden call_on_stack_resumable
	.type call_on_stack_resumable,@function
call_on_stack_resumable:
	.cfi_startproc
	pushq %rbp
	.cfi_adjust_cfa_offset 8
	pushq %rbx
	.cfi_adjust_cfa_offset 8
	pushq %r12
	.cfi_adjust_cfa_offset 8
	pushq %r13
	.cfi_adjust_cfa_offset 8
	pushq %r14
	.cfi_adjust_cfa_offset 8
	pushq %r15
	.cfi_adjust_cfa_offset 8
	subq $8, %rsp                 /* keeps the saved stack 16-byte aligned */
	.cfi_adjust_cfa_offset 8
	movq %rsp, (%rcx)
	jmp call_on_stack
	.cfi_endproc
	.size call_on_stack_resumable, .-call_on_stack_resumable

/* void leave_stack(void *resume): see call_on_stack_resumable; never returns */
	.globl leave_stack
	.hidden leave_stack
	.type leave_stack,@function
leave_stack:
	.cfi_startproc
	movq %rdi, %rsp
	addq $8, %rsp
	popq %r15
	popq %r14
	popq %r13
	popq %r12
	popq %rbx
	popq %rbp
	ret
	.cfi_endproc
	.size leave_stack, .-leave_stack

/*
 * __winrun_relay_entry: every relay thunk jumps here with %rax pointing at
 * its descriptor (struct relay_descriptor in relay.c: func 0, name 8,
 * argtypes 16, nargs 24, varargs 28). Called with the Windows ABI. It spills
 * the register arguments into the caller's home space, logs the call, calls
 * the real function with a copy of the argument slots, logs the return and
 * returns its rax/xmm0. Preserves rbx, rsi, rdi, r12 (ours) and relies on
 * the ms_abi logging functions to preserve xmm6-15.
 */
	.globl __winrun_relay_entry
	.type __winrun_relay_entry,@function
__winrun_relay_entry:
	.cfi_startproc
	movq %rcx, 8(%rsp)
	movq %rdx, 16(%rsp)
	movq %r8, 24(%rsp)
	movq %r9, 32(%rsp)
	pushq %rbp
	.cfi_adjust_cfa_offset 8
	.cfi_rel_offset rbp, 0
	movq %rsp, %rbp
	.cfi_def_cfa_register rbp
	pushq %rbx
	pushq %rsi
	pushq %rdi
	pushq %r12
	movq %rax, %rbx
	subq $64, %rsp                /* xmm0-3 at rbp-96 */
	movdqu %xmm0, 0(%rsp)
	movdqu %xmm1, 16(%rsp)
	movdqu %xmm2, 32(%rsp)
	movdqu %xmm3, 48(%rsp)

	subq $32, %rsp
	movq %rbx, %rcx
	leaq 16(%rbp), %rdx
	movq 8(%rbp), %r8
	call relay_log_call
	addq $32, %rsp

	movl 24(%rbx), %eax           /* slots to copy */
	cmpl $0, 28(%rbx)
	je 1f
	addl $16, %eax                /* varargs: pass on 16 more slots */
1:	cmpl $4, %eax
	jae 2f
	movl $4, %eax
2:	movq %rax, %r12
	leaq 15(,%rax,8), %rcx
	andq $-16, %rcx
	subq %rcx, %rsp
	leaq 16(%rbp), %rsi
	movq %rsp, %rdi
	movq %r12, %rcx
	rep movsq
	movq 0(%rsp), %rcx
	movq 8(%rsp), %rdx
	movq 16(%rsp), %r8
	movq 24(%rsp), %r9
	movdqu -96(%rbp), %xmm0
	movdqu -80(%rbp), %xmm1
	movdqu -64(%rbp), %xmm2
	movdqu -48(%rbp), %xmm3
	call *0(%rbx)

	leaq -96(%rbp), %rsp
	movdqu %xmm0, 0(%rsp)
	movq %rax, %r12
	subq $32, %rsp
	movq %rbx, %rcx
	movq %rax, %rdx
	movq 8(%rbp), %r8
	call relay_log_return
	addq $32, %rsp
	movq %r12, %rax
	movdqu 0(%rsp), %xmm0
	leaq -32(%rbp), %rsp
	popq %r12
	popq %rdi
	popq %rsi
	popq %rbx
	popq %rbp
	.cfi_def_cfa rsp, 8
	ret
	.cfi_endproc
	.size __winrun_relay_entry, .-__winrun_relay_entry
