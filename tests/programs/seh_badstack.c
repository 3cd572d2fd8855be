/* A fault with a corrupted stack must end in the normal unhandled-exception
 * path, not in a second fault inside the dispatcher.  "seh_badstack MODE"
 * prints its done line, then faults; run.sh checks the exit code and,
 * under winrun, the crash report.
 *   heap_rsp  RSP moved into a heap buffer of garbage, then a write to
 *             0x10: the first frame lies outside the thread's stack, so
 *             frame-based dispatch ends at once (the stack is invalid)
 *   noaccess_rsp  RSP moved into reserved, inaccessible memory, then a
 *             write to 0x10: there is no stack to dispatch on, so no
 *             handler runs and the process ends (winrun with its report)
 *   ret_data  a function overwrites its return address with the address
 *             of a heap buffer and returns: executing it faults (NX)
 *   smash     a function fills its own frame, return address and the
 *             caller's frames with garbage and returns: the return
 *             faults (a non-canonical address) and the unwinder walks
 *             garbage
 * Except in noaccess_rsp, a vectored handler sees the fault first (it runs
 * whatever the stack) and passes it on; the process ends with 0xC0000005
 * (the shell sees 5). */
#include "test.h"

static const char *mode;

/* Runs first, whatever the stack: says so on stderr (run.sh checks it). */
static LONG CALLBACK vectored(EXCEPTION_POINTERS *ptrs)
{
    fprintf(stderr, "vectored handler: %08lx\n", (unsigned long)ptrs->ExceptionRecord->ExceptionCode);
    fflush(stderr);
    return EXCEPTION_CONTINUE_SEARCH;
}

/* The unhandled exception filter is called from the thread's outermost
 * frame handler, which frame-based dispatch never reaches when the first
 * frame is off the stack: in heap_rsp mode, being called is an error (exit
 * code 76); otherwise it passes the exception on. */
static LONG WINAPI last_filter(EXCEPTION_POINTERS *ptrs)
{
    (void)ptrs;
    if (!strcmp(mode, "heap_rsp")) ExitProcess(76);
    return EXCEPTION_CONTINUE_SEARCH;
}

/* Moves RSP to TOP (16-byte aligned, inside the garbage) and writes to 0x10. */
static void __attribute__((noinline)) fault_on_stack(void *top)
{
    __asm__ volatile("movq %0, %%rsp\n\t"
                     "movl $1, 0x10\n\t"
                     "ud2" :: "r"(top) : "memory");
}

/* return_to(TARGET) returns to TARGET instead of its caller; smash_frames()
 * overwrites 128 bytes from 64 below its stack pointer up (its own frame,
 * the return address and the bottom of main's frame) with 0x41 bytes,
 * then returns.
 * Both in assembly, which no optimizer removes as dead stores. */
void return_to(void *target);
void smash_frames(void);
__asm__(".text\n"
        ".globl return_to\n"
        "return_to:\n\t"
        "movq %rcx, (%rsp)\n\t"
        "ret\n"
        ".globl smash_frames\n"
        "smash_frames:\n\t"
        "movabsq $0x4141414141414141, %rax\n\t"
        "leaq -64(%rsp), %rdx\n\t"
        "movl $16, %ecx\n"
        "1:\tmovq %rax, (%rdx)\n\t"
        "addq $8, %rdx\n\t"
        "decl %ecx\n\t"
        "jnz 1b\n\t"
        "ret\n");

int main(int argc, char **argv)
{
    mode = argc > 1 ? argv[1] : "";
    unsigned char *block;

    if (strcmp(mode, "heap_rsp") && strcmp(mode, "ret_data") && strcmp(mode, "smash") && strcmp(mode, "noaccess_rsp")) {
        ok(0, "unknown mode \"%s\"", mode);
        return test_done();
    }
    block = HeapAlloc(GetProcessHeap(), 0, 0x10000);
    ok(block != NULL, "HeapAlloc of the garbage block");
    if (!block) return test_done();
    /* garbage that reads as neither code nor stack: 0x4141414141414141 */
    memset(block, 0x41, 0x10000);
    ok(AddVectoredExceptionHandler(1, vectored) != NULL, "AddVectoredExceptionHandler");
    SetUnhandledExceptionFilter(last_filter);
    test_done();    /* what follows must end the process */
    fflush(stdout);

    if (!strcmp(mode, "heap_rsp")) {
        fault_on_stack(block + 0x8000);
    } else if (!strcmp(mode, "noaccess_rsp")) {
        char *r = VirtualAlloc(NULL, 0x100000, MEM_RESERVE, PAGE_NOACCESS);
        fault_on_stack(r + 0x80000);
    } else if (!strcmp(mode, "ret_data")) {
        return_to(block + 0x100);
    } else {
        smash_frames();
    }
    printf("FAIL seh_badstack: still running after \"%s\"\n", mode);
    return 1;
}
