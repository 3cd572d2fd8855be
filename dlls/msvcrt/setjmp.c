/*
 * setjmp/longjmp with the x64 _JUMP_BUFFER layout: Frame, Rbx, Rsp, Rbp,
 * Rsi, Rdi, R12-R15, Rip, MxCsr, FpCsr, Spare, Xmm6-Xmm15 (0x100 bytes).
 * mingw-w64 and MSVC call _setjmp(buf, frame) with a frame pointer so that
 * longjmp can unwind through the frames in between (running __finally
 * blocks and C++ destructors) with RtlUnwind and a STATUS_LONGJUMP record,
 * whose end (RtlRestoreContext) loads the registers from the buffer. A
 * buffer without a frame is restored directly, as Windows does.
 */
#include <string.h>
#include "crt_private.h"
#include "ntstatus.h"

__asm__(
    ".text\n"
    ".globl MSVCRT__setjmp\n"
    ".hidden MSVCRT__setjmp\n"
    ".type MSVCRT__setjmp,@function\n"
    "MSVCRT__setjmp:\n"                 /* rcx = buf, rdx = frame */
    "\tmovq %rdx, 0x00(%rcx)\n"
    "\tmovq %rbx, 0x08(%rcx)\n"
    "\tleaq 8(%rsp), %rax\n"
    "\tmovq %rax, 0x10(%rcx)\n"         /* the caller's rsp after return */
    "\tmovq %rbp, 0x18(%rcx)\n"
    "\tmovq %rsi, 0x20(%rcx)\n"
    "\tmovq %rdi, 0x28(%rcx)\n"
    "\tmovq %r12, 0x30(%rcx)\n"
    "\tmovq %r13, 0x38(%rcx)\n"
    "\tmovq %r14, 0x40(%rcx)\n"
    "\tmovq %r15, 0x48(%rcx)\n"
    "\tmovq (%rsp), %rax\n"
    "\tmovq %rax, 0x50(%rcx)\n"         /* return address */
    "\tstmxcsr 0x58(%rcx)\n"
    "\tfnstcw 0x5c(%rcx)\n"
    "\tmovdqu %xmm6, 0x60(%rcx)\n"
    "\tmovdqu %xmm7, 0x70(%rcx)\n"
    "\tmovdqu %xmm8, 0x80(%rcx)\n"
    "\tmovdqu %xmm9, 0x90(%rcx)\n"
    "\tmovdqu %xmm10, 0xa0(%rcx)\n"
    "\tmovdqu %xmm11, 0xb0(%rcx)\n"
    "\tmovdqu %xmm12, 0xc0(%rcx)\n"
    "\tmovdqu %xmm13, 0xd0(%rcx)\n"
    "\tmovdqu %xmm14, 0xe0(%rcx)\n"
    "\tmovdqu %xmm15, 0xf0(%rcx)\n"
    "\txorl %eax, %eax\n"
    "\tret\n"
    ".size MSVCRT__setjmp, .-MSVCRT__setjmp\n"

    ".globl MSVCRT__setjmpex\n"
    ".hidden MSVCRT__setjmpex\n"
    ".type MSVCRT__setjmpex,@function\n"
    "MSVCRT__setjmpex:\n"
    "\tjmp MSVCRT__setjmp\n"
    ".size MSVCRT__setjmpex, .-MSVCRT__setjmpex\n"

    ".type longjmp_plain,@function\n"
    "longjmp_plain:\n"                  /* rcx = buf, edx = value */
    "\tmovl %edx, %eax\n"
    "\ttestl %eax, %eax\n"
    "\tjnz 1f\n"
    "\tincl %eax\n"                     /* longjmp(buf, 0) returns 1 */
    "1:\tmovq 0x08(%rcx), %rbx\n"
    "\tmovq 0x18(%rcx), %rbp\n"
    "\tmovq 0x20(%rcx), %rsi\n"
    "\tmovq 0x28(%rcx), %rdi\n"
    "\tmovq 0x30(%rcx), %r12\n"
    "\tmovq 0x38(%rcx), %r13\n"
    "\tmovq 0x40(%rcx), %r14\n"
    "\tmovq 0x48(%rcx), %r15\n"
    "\tldmxcsr 0x58(%rcx)\n"
    "\tfnclex\n"
    "\tfldcw 0x5c(%rcx)\n"
    "\tmovdqu 0x60(%rcx), %xmm6\n"
    "\tmovdqu 0x70(%rcx), %xmm7\n"
    "\tmovdqu 0x80(%rcx), %xmm8\n"
    "\tmovdqu 0x90(%rcx), %xmm9\n"
    "\tmovdqu 0xa0(%rcx), %xmm10\n"
    "\tmovdqu 0xb0(%rcx), %xmm11\n"
    "\tmovdqu 0xc0(%rcx), %xmm12\n"
    "\tmovdqu 0xd0(%rcx), %xmm13\n"
    "\tmovdqu 0xe0(%rcx), %xmm14\n"
    "\tmovdqu 0xf0(%rcx), %xmm15\n"
    "\tmovq 0x10(%rcx), %rsp\n"
    "\tjmp *0x50(%rcx)\n"
    ".size longjmp_plain, .-longjmp_plain\n"
);

void CDECL longjmp_plain(void *buf, int value) __attribute__((noreturn));

void CDECL MSVCRT_longjmp(void *buf, int value)
{
    ULONG64 frame = *(ULONG64 *)buf, rip = ((ULONG64 *)buf)[10];
    EXCEPTION_RECORD rec;

    if (!value) value = 1;
    if (frame) {
        memset(&rec, 0, sizeof(rec));
        rec.ExceptionCode = STATUS_LONGJUMP;
        rec.NumberParameters = 1;
        rec.ExceptionInformation[0] = (ULONG_PTR)buf;
        RtlUnwind((void *)frame, (void *)rip, &rec, (void *)(ULONG_PTR)value);
    }
    longjmp_plain(buf, value);
}
