/* tls_callback.c - TLS callbacks registered the mingw way, by a pointer in
 * section .CRT$XLB (between mingw's __xl_a and __xl_z, see its tlssup.c).
 * The loader must call it with DLL_PROCESS_ATTACH before main, with
 * DLL_THREAD_ATTACH/DETACH around a new thread.
 * Windows also calls it with DLL_PROCESS_DETACH at exit, but Wine 8 does
 * not call an exe's TLS callbacks then, so that is only traced (a "#"
 * line, not counted), with WriteFile because the CRT may be gone. */
#include "test.h"

static volatile LONG calls[4];          /* by reason */
static volatile int main_started;
static volatile int attach_before_main = -1;
static void *attach_module;
static DWORD attach_thread, thread_attach_tid, thread_detach_tid;

static void NTAPI tls_cb(void *module, DWORD reason, void *reserved)
{
    (void)reserved;
    if (reason < 4)
        InterlockedIncrement(&calls[reason]);
    if (reason == DLL_PROCESS_ATTACH) {
        attach_before_main = !main_started;
        attach_module = module;
        attach_thread = GetCurrentThreadId();
    } else if (reason == DLL_THREAD_ATTACH) {
        thread_attach_tid = GetCurrentThreadId();
    } else if (reason == DLL_THREAD_DETACH) {
        thread_detach_tid = GetCurrentThreadId();
    } else if (reason == DLL_PROCESS_DETACH && main_started) {
        static const char line[] = "# tls_callback.c: DLL_PROCESS_DETACH callback at exit\r\n";
        DWORD n;
        WriteFile(GetStdHandle(STD_OUTPUT_HANDLE), line, sizeof(line) - 1, &n, NULL);
    }
}

/* "used" keeps it although nothing references it; the linker collects
 * .CRT$XL* in name order into the callback array of _tls_used. */
__attribute__((section(".CRT$XLB"), used)) PIMAGE_TLS_CALLBACK tls_cb_ptr = tls_cb;

static DWORD WINAPI thread_proc(void *arg)
{
    (void)arg;
    return GetCurrentThreadId();
}

int main(void)
{
    IMAGE_DOS_HEADER *dos = (IMAGE_DOS_HEADER *)GetModuleHandleA(NULL);
    IMAGE_NT_HEADERS64 *nt = (IMAGE_NT_HEADERS64 *)((char *)dos + dos->e_lfanew);
    HANDLE th;
    DWORD tid = 0;

    main_started = 1;
    ok(nt->OptionalHeader.DataDirectory[IMAGE_DIRECTORY_ENTRY_TLS].VirtualAddress != 0,
       "the exe has a TLS directory");
    ok(calls[DLL_PROCESS_ATTACH] == 1, "DLL_PROCESS_ATTACH calls: %ld", calls[DLL_PROCESS_ATTACH]);
    ok(attach_before_main == 1, "callback ran before main: %d", attach_before_main);
    ok(attach_module == dos, "callback got the exe's HMODULE: %p", attach_module);
    ok(attach_thread == GetCurrentThreadId(), "callback ran on the main thread");
    ok(calls[DLL_THREAD_ATTACH] == 0 && calls[DLL_PROCESS_DETACH] == 0, "no other calls yet");

    th = CreateThread(NULL, 0, thread_proc, NULL, 0, &tid);
    ok(th != NULL, "CreateThread");
    ok(WaitForSingleObject(th, 10000) == WAIT_OBJECT_0, "thread finished");
    CloseHandle(th);
    ok(calls[DLL_THREAD_ATTACH] == 1 && thread_attach_tid == tid, "DLL_THREAD_ATTACH on the new thread: %ld",
       calls[DLL_THREAD_ATTACH]);
    ok(calls[DLL_THREAD_DETACH] == 1 && thread_detach_tid == tid, "DLL_THREAD_DETACH on the new thread: %ld",
       calls[DLL_THREAD_DETACH]);
    return test_done();
}
