/* cxx_fh4_msvc.cpp - __CxxFrameHandler4 (vcruntime140_1.dll), the C++
 * frame handler of VS2019 and later, with its compressed tables. clang
 * only emits the older __CxxFrameHandler3 tables, so the functions under
 * test are written here in assembly with FH4 tables made by hand, the way
 * MSVC lays them out: a function with a try block and a catch(int)
 * funclet that has tables of its own, and a function whose unwind map
 * destroys an object. They are called from ordinary C++ (FH3) code, which
 * throws into them and catches what they let through.
 */
#include "test.h"

extern "C" int fh4_try(void (*thrower)(int), int arg);
extern "C" int fh4_unwind(void (*thrower)(int), int arg);

static int dtor_calls, dtor_value;

/* the unwind action of fh4_unwind's state 0: (object, frame) */
extern "C" void __cdecl fh4_object_dtor(int *object, void *frame)
{
    (void)frame;
    dtor_calls++;
    dtor_value = *object;
}

static void __declspec(noinline) throw_int(int v) { throw v; }
static void __declspec(noinline) throw_double(int v) { throw (double)v; }
static void __declspec(noinline) no_throw(int v) { (void)v; }
static void __declspec(noinline) raise_seh(int v) { RaiseException(0xe0000000 | v, 0, 0, NULL); }

/* the SE translator (vcruntime140's, which FH4 consults): a non-C++
 * exception reaching a frame that catches them becomes an int */
typedef void (__cdecl *se_translator)(unsigned int, EXCEPTION_POINTERS *);
extern "C" se_translator __cdecl _set_se_translator(se_translator);
static int translated;

static void __cdecl translator(unsigned int code, EXCEPTION_POINTERS *pointers)
{
    translated++;
    if (pointers->ExceptionRecord->ExceptionCode != code) return;
    throw (int)(code & 0xffff);
}

/*
 * fh4_try(thrower, arg): { int result = -1; try { thrower(arg); }
 * catch (int e) { result = e; } return result; }. Its frame (the
 * establisher frame, rsp after the prologue) holds the catch object at +32
 * and the result at +40. The catch funclet gets that frame in rdx, keeps it
 * at its own frame + 56 (entry rsp + 16), and returns where to continue.
 */
__asm__(
    ".text\n"
    ".globl fh4_try\n"
    ".def fh4_try; .scl 2; .type 32; .endef\n"
    ".seh_proc fh4_try\n"
    ".seh_handler __CxxFrameHandler4, @unwind, @except\n"
    "fh4_try:\n\t"
    "pushq %rbp\n\t"
    ".seh_pushreg %rbp\n\t"
    "subq $48, %rsp\n\t"
    ".seh_stackalloc 48\n\t"
    ".seh_endprologue\n\t"
    "movl $-1, 40(%rsp)\n\t"
    "movq %rcx, %rax\n\t"
    "movl %edx, %ecx\n"
    ".Ltry_begin:\n\t"                      /* state 0: in the try block */
    "callq *%rax\n\t"
    "nop\n"
    ".Ltry_end:\n"                          /* state -1 */
    ".Ltry_continue:\n\t"
    "movl 40(%rsp), %eax\n\t"
    "addq $48, %rsp\n\t"
    "popq %rbp\n\t"
    "retq\n"
    ".Ltry_func_end:\n\t"
    ".seh_handlerdata\n\t"
    ".long fh4_try_info@IMGREL\n\t"
    ".text\n\t"
    ".seh_endproc\n"

    ".def fh4_try_catch; .scl 3; .type 32; .endef\n"
    ".seh_proc fh4_try_catch\n"
    ".seh_handler __CxxFrameHandler4, @unwind, @except\n"
    "fh4_try_catch:\n\t"
    "movq %rdx, 16(%rsp)\n\t"
    "pushq %rbp\n\t"
    ".seh_pushreg %rbp\n\t"
    "subq $32, %rsp\n\t"
    ".seh_stackalloc 32\n\t"
    ".seh_endprologue\n\t"
    "movl 32(%rdx), %eax\n\t"               /* the catch object */
    "movl %eax, 40(%rdx)\n\t"               /* -> result */
    "leaq .Ltry_continue(%rip), %rax\n\t"
    "addq $32, %rsp\n\t"
    "popq %rbp\n\t"
    "retq\n\t"
    ".seh_handlerdata\n\t"
    ".long fh4_try_catch_info@IMGREL\n\t"
    ".text\n\t"
    ".seh_endproc\n"

    /*
     * fh4_unwind(thrower, arg): { Object o; thrower(arg); } where the
     * object is the int at frame + 32 and its destructor fh4_object_dtor.
     */
    ".globl fh4_unwind\n"
    ".def fh4_unwind; .scl 2; .type 32; .endef\n"
    ".seh_proc fh4_unwind\n"
    ".seh_handler __CxxFrameHandler4, @unwind, @except\n"
    "fh4_unwind:\n\t"
    "pushq %rbp\n\t"
    ".seh_pushreg %rbp\n\t"
    "subq $48, %rsp\n\t"
    ".seh_stackalloc 48\n\t"
    ".seh_endprologue\n\t"
    "movl $1234, 32(%rsp)\n\t"
    "movq %rcx, %rax\n\t"
    "movl %edx, %ecx\n"
    ".Lunwind_begin:\n\t"                   /* state 0: the object lives */
    "callq *%rax\n\t"
    "nop\n"
    ".Lunwind_end:\n\t"                     /* state -1 */
    "xorl %eax, %eax\n\t"
    "addq $48, %rsp\n\t"
    "popq %rbp\n\t"
    "retq\n\t"
    ".seh_handlerdata\n\t"
    ".long fh4_unwind_info@IMGREL\n\t"
    ".text\n\t"
    ".seh_endproc\n"

    /* the tables: unsigned numbers below 128 are one byte, value * 2 */
    ".section .rdata,\"dr\"\n"
    "fh4_try_info:\n\t"
    ".byte 0x18\n\t"                        /* header: unwind map, try map */
    ".long fh4_try_unwind_map@IMGREL\n\t"
    ".long fh4_try_try_map@IMGREL\n\t"
    ".long fh4_try_ip_map@IMGREL\n"
    "fh4_try_unwind_map:\n\t"
    ".byte 2*2\n\t"                         /* 2 states */
    ".byte ((1 << 2) | 0) * 2\n\t"          /* state 0: no action, before it -1 (1 byte back: before the map) */
    ".byte ((1 << 2) | 0) * 2\n"            /* state 1 (the catch): no action, before it state 0 */
    "fh4_try_try_map:\n\t"
    ".byte 1*2\n\t"                         /* 1 try block */
    ".byte 0*2, 0*2, 1*2\n\t"               /* try states 0..0, catch states up to 1 */
    ".long fh4_try_handlers@IMGREL\n"
    "fh4_try_handlers:\n\t"
    ".byte 1*2\n\t"                         /* 1 catch clause */
    ".byte 0x06\n\t"                        /* header: type, catch object */
    ".long \"??_R0H@8\"@IMGREL\n\t"         /* int's type descriptor */
    ".byte 32*2\n\t"                        /* the catch object at frame + 32 */
    ".long fh4_try_catch@IMGREL\n"
    "fh4_try_ip_map:\n\t"
    ".byte 2*2\n\t"                         /* 2 entries: ip delta, state + 1 */
    ".byte (.Ltry_begin - fh4_try) * 2, (0 + 1) * 2\n\t"
    ".byte (.Ltry_end - .Ltry_begin) * 2, (-1 + 1) * 2\n"
    "fh4_try_catch_info:\n\t"
    ".byte 0x01\n\t"                        /* header: a catch funclet */
    ".long fh4_try_catch_ip_map@IMGREL\n\t"
    ".byte 56*2\n"                          /* the parent's frame at frame + 56 */
    "fh4_try_catch_ip_map:\n\t"
    ".byte 0\n"                             /* no states */

    "fh4_unwind_info:\n\t"
    ".byte 0x08\n\t"                        /* header: unwind map */
    ".long fh4_unwind_unwind_map@IMGREL\n\t"
    ".long fh4_unwind_ip_map@IMGREL\n"
    "fh4_unwind_unwind_map:\n\t"
    ".byte 1*2\n\t"                         /* 1 state */
    ".byte ((1 << 2) | 1) * 2\n\t"          /* state 0: destructor of an object, before it -1 */
    ".long fh4_object_dtor@IMGREL\n\t"
    ".byte 32*2\n"                          /* the object at frame + 32 */
    "fh4_unwind_ip_map:\n\t"
    ".byte 2*2\n\t"
    ".byte (.Lunwind_begin - fh4_unwind) * 2, (0 + 1) * 2\n\t"
    ".byte (.Lunwind_end - .Lunwind_begin) * 2, (-1 + 1) * 2\n"
    ".text\n");

int main()
{
    int ret, caught = 0;

    ret = fh4_try(throw_int, 5);
    ok(ret == 5, "an int thrown into the FH4 try block is caught there: %d", ret);

    ret = fh4_try(no_throw, 5);
    ok(ret == -1, "without a throw the catch does not run: %d", ret);

    ret = 0;
    try {
        ret = fh4_try(throw_double, 6);
    } catch (double d) {
        caught = (int)d;
    }
    ok(caught == 6 && ret == 0, "a double goes through the FH4 frame to the caller's catch: %d %d", caught, ret);

    /* the FH4 try block again, after an exception went through it */
    ret = fh4_try(throw_int, 7);
    ok(ret == 7, "and catches again: %d", ret);

    caught = 0;
    try {
        fh4_unwind(throw_int, 8);
    } catch (int v) {
        caught = v;
    }
    ok(caught == 8, "caught past the FH4 frame: %d", caught);
    ok(dtor_calls == 1 && dtor_value == 1234, "its unwind map destroyed the object: %d calls, value %d", dtor_calls,
       dtor_value);

    ret = fh4_unwind(no_throw, 0);
    ok(dtor_calls == 1 && ret == 0, "no destructor call on a normal return: %d", dtor_calls);

    /* fh4_try's tables are not /EHs: its catch(int) sees SEH exceptions
     * through the translator */
    _set_se_translator(translator);
    ret = fh4_try(raise_seh, 9);
    ok(ret == 9, "an SEH exception translated into an int is caught: %d", ret);
    ok(translated == 1, "the translator ran once: %d", translated);
    _set_se_translator(NULL);
    return test_done();
}
