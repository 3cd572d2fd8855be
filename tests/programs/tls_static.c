/* tls_static.c - implicit TLS through the PE TLS directory, the way MSVC
 * compiles __declspec(thread): data in .tls$ sections, reached through
 * TEB->ThreadLocalStoragePointer[_tls_index].  GCC's own __thread uses
 * emulated TLS instead (TlsAlloc underneath); both are checked, each with
 * an initial value and a fresh copy per thread. */
#include "test.h"

/* From mingw's tlssup.c: the template is everything from _tls_start
 * (section .tls) to _tls_end (.tls$ZZZ); ld sorts .tls$* in between. */
extern char _tls_start, _tls_end;
extern ULONG _tls_index;

__attribute__((section(".tls$WRN"))) int tls_var = 0x12345678;
__attribute__((section(".tls$WRN"))) char tls_str[16] = "template";
__thread int emu_var = 42;

static char *tls_block(void)
{
    void **array = *(void ***)((char *)NtCurrentTeb() + 0x58);
    return array ? (char *)array[_tls_index] : NULL;
}

/* The current thread's copy of a template variable. */
#define TLS_ADDR(var) ((void *)(tls_block() + ((char *)&(var) - &_tls_start)))

static int thread_saw_var, thread_saw_emu;
static void *thread_addr;

static DWORD WINAPI thread_proc(void *arg)
{
    (void)arg;
    thread_addr = TLS_ADDR(tls_var);
    thread_saw_var = *(int *)thread_addr;
    thread_saw_emu = emu_var;
    *(int *)thread_addr = 1;
    emu_var = 1;
    return 0;
}

int main(void)
{
    IMAGE_DOS_HEADER *dos = (IMAGE_DOS_HEADER *)GetModuleHandleA(NULL);
    IMAGE_NT_HEADERS64 *nt = (IMAGE_NT_HEADERS64 *)((char *)dos + dos->e_lfanew);
    IMAGE_DATA_DIRECTORY *dir = &nt->OptionalHeader.DataDirectory[IMAGE_DIRECTORY_ENTRY_TLS];
    IMAGE_TLS_DIRECTORY64 *tls = (IMAGE_TLS_DIRECTORY64 *)((char *)dos + dir->VirtualAddress);
    int *mine;
    HANDLE th;

    ok(dir->VirtualAddress != 0, "TLS directory present");
    ok(tls->AddressOfIndex == (ULONG_PTR)&_tls_index, "AddressOfIndex points to _tls_index");
    ok(tls->StartAddressOfRawData == (ULONG_PTR)&_tls_start &&
       (char *)&tls_var > &_tls_start && (char *)&tls_var < &_tls_end, "tls_var lies in the template");
    ok(tls_block() != NULL, "ThreadLocalStoragePointer[%lu] %p", _tls_index, tls_block());

    mine = TLS_ADDR(tls_var);
    ok(mine != &tls_var, "the thread's copy is not the template");
    ok(*mine == 0x12345678, "initial value in the main thread: 0x%x", *mine);
    ok(!strcmp(TLS_ADDR(tls_str), "template"), "initial string: %s", (char *)TLS_ADDR(tls_str));
    ok(emu_var == 42, "__thread initial value: %d", emu_var);
    *mine = 7;
    emu_var = 7;

    th = CreateThread(NULL, 0, thread_proc, NULL, 0, NULL);
    ok(th && WaitForSingleObject(th, 10000) == WAIT_OBJECT_0, "thread ran");
    CloseHandle(th);
    ok(thread_saw_var == 0x12345678, "new thread starts from the template: 0x%x", thread_saw_var);
    ok(thread_addr != mine, "new thread has its own copy: %p vs %p", thread_addr, mine);
    ok(*mine == 7, "main thread's copy unchanged by the thread: %d", *mine);
    ok(thread_saw_emu == 42 && emu_var == 7, "__thread per thread: thread saw %d, main has %d", thread_saw_emu,
       emu_var);
    return test_done();
}
