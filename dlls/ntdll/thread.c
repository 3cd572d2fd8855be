/*
 * TEBs and Windows stacks. Each Windows thread has a TEB reached through
 * GS (arch_prctl(ARCH_SET_GS)); glibc keeps FS, and nothing else in winrun
 * touches GS. Thread creation itself (CreateThread) comes with the threads
 * work; the main thread is set up here.
 */
#define _GNU_SOURCE
#include <asm/prctl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>
#include "ntdll_private.h"

#define PAGE_SIZE 4096
#define TEB_ALLOC_SIZE ((sizeof(TEB) + PAGE_SIZE - 1) & ~(PAGE_SIZE - 1))

TEB *teb_create(void)
{
    TEB *teb = mmap(NULL, TEB_ALLOC_SIZE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (teb == MAP_FAILED) return NULL;
    teb->Tib.Self = &teb->Tib;
    teb->Tib.ExceptionList = (void *)~0ul;
    teb->Peb = process.peb;
    teb->ClientId.UniqueProcess = (HANDLE)(ULONG_PTR)getpid();
    teb->ClientId.UniqueThread = (HANDLE)(ULONG_PTR)gettid();
    teb->CurrentLocale = 0x0409;
    teb->StaticUnicodeString.Buffer = teb->StaticUnicodeBuffer;
    teb->StaticUnicodeString.MaximumLength = sizeof(teb->StaticUnicodeBuffer);
    teb->TlsLinks.Flink = teb->TlsLinks.Blink = &teb->TlsLinks;
    if (loader_alloc_tls(teb)) {
        munmap(teb, TEB_ALLOC_SIZE);
        return NULL;
    }
    return teb;
}

void teb_set_current(TEB *teb)
{
    syscall(SYS_arch_prctl, ARCH_SET_GS, (unsigned long)teb);
}

/* Reserves RESERVE bytes (Windows rounds to 64K; at least 1 MiB here) with
 * a no-access guard page at the bottom, and fills in the TEB stack fields. */
NTSTATUS thread_alloc_stack(SIZE_T reserve, TEB *teb)
{
    char *base;

    reserve = (reserve + 0xffff) & ~(SIZE_T)0xffff;
    if (reserve < 0x100000) reserve = 0x100000;
    base = mmap(NULL, reserve, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_STACK,
                -1, 0);
    if (base == MAP_FAILED) return STATUS_NO_MEMORY;
    mprotect(base, PAGE_SIZE, PROT_NONE);
    virtual_register_view(base, reserve, MEM_PRIVATE, PAGE_READWRITE);
    teb->DeallocationStack = base;
    teb->Tib.StackLimit = base + 2 * PAGE_SIZE;
    teb->Tib.StackBase = base + reserve;
    return STATUS_SUCCESS;
}

NTSYSAPI TEB *WINAPI RtlGetCurrentTeb(void) { return NtCurrentTeb(); }
NTSYSAPI PEB *WINAPI RtlGetCurrentPeb(void) { return NtCurrentTeb()->Peb; }
