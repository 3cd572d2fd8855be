/* crt0.c - the start-up of the MSVC-ABI test programs (tests/programs/
 * *_msvc.c, *_msvc.cpp), standing in for the MSVC CRT's static part, which
 * is not available here: these programs link with lld-link against
 * msvcrt.dll and kernel32.dll alone (import libraries made from the .def
 * files beside this one).
 *
 * What the static CRT would give them and they use:
 *   mainCRTStartup   arguments from __getmainargs, main, then exit();
 *                    as the real start-up, it installs an unhandled
 *                    exception filter that calls terminate() for a C++
 *                    exception nothing caught
 *   _fltused         referenced by any code using floating point
 *   __std_terminate  called where an exception would leave a noexcept function
 *   __chkstk         stack probing for frames over a page
 *   type_info's vftable, which RTTI type descriptors point at (only its
 *                    address matters)
 *   __acrt_iob_func  mingw's headers define stdout through it
 */
#include <stdio.h>
#include <stdlib.h>
#include <windows.h>

int main(int argc, char **argv, char **envp);

typedef struct { int newmode; } startupinfo;
_CRTIMP void __cdecl __getmainargs(int *argc, char ***argv, char ***envp, int wildcard, startupinfo *info);

int _fltused = 0x9875;

/* std::terminate, by its C++ name */
__declspec(dllimport) void __cdecl cxx_terminate(void) __asm__("?terminate@@YAXXZ");

#define CXX_EXCEPTION 0xe06d7363

/* as the CRT's top-level filter: an uncaught C++ exception ends in
 * terminate() (whose default is abort(), exit code 3) */
static LONG WINAPI cxx_unhandled_filter(EXCEPTION_POINTERS *ptrs)
{
    const EXCEPTION_RECORD *rec = ptrs->ExceptionRecord;

    if (rec->ExceptionCode == CXX_EXCEPTION && rec->NumberParameters == 4 &&
        rec->ExceptionInformation[0] >= 0x19930520 && rec->ExceptionInformation[0] <= 0x19930522)
        cxx_terminate();
    return EXCEPTION_CONTINUE_SEARCH;
}

void mainCRTStartup(void)
{
    int argc;
    char **argv, **envp;
    startupinfo info = { 0 };

    __getmainargs(&argc, &argv, &envp, 0, &info);
    SetUnhandledExceptionFilter(cxx_unhandled_filter);
    exit(main(argc, argv, envp));
}

/* what clang calls when an exception would leave a noexcept function
 * (vcruntime's; msvcrt only has std::terminate) */
void __cdecl __std_terminate(void)
{
    cxx_terminate();
}

FILE *__cdecl __acrt_iob_func(unsigned index)
{
    return &__iob_func()[index];
}

/* __chkstk: touch each page from the stack pointer down to rsp - rax, so
 * that the guard page moves in order; rax is preserved, as callers expect */
__asm__(".text\n"
        ".globl __chkstk\n"
        "__chkstk:\n\t"
        "pushq %rcx\n\t"
        "pushq %rax\n\t"
        "leaq 24(%rsp), %rcx\n\t"     /* the caller's rsp */
        "1:\n\t"
        "cmpq $0x1000, %rax\n\t"
        "jb 2f\n\t"
        "subq $0x1000, %rcx\n\t"
        "testq %rcx, (%rcx)\n\t"
        "subq $0x1000, %rax\n\t"
        "jmp 1b\n"
        "2:\n\t"
        "subq %rax, %rcx\n\t"
        "testq %rcx, (%rcx)\n\t"
        "popq %rax\n\t"
        "popq %rcx\n\t"
        "ret\n");

/* const type_info::`vftable' */
__asm__(".section .rdata,\"dr\"\n"
        ".globl \"??_7type_info@@6B@\"\n"
        ".p2align 3\n"
        "\"??_7type_info@@6B@\":\n\t"
        ".quad 0\n"
        ".text\n");
