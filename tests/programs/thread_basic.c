/* thread_basic.c - the basics of CreateThread: parameters, exit codes,
 * waiting, per-thread TEB/stack/last error/TLS slots, a critical section
 * held across threads, and DllMain's THREAD_ATTACH/DETACH in a loaded DLL. */
#include "test.h"

static DWORD tls_index;
static CRITICAL_SECTION cs;

struct result {
    int arg;
    DWORD tid;
    void *teb, *stack_local;
    DWORD last_error;
    void *tls_value;
    BOOL try_enter;
};

static DWORD WINAPI worker(void *param)
{
    struct result *res = param;
    int local;

    res->tid = GetCurrentThreadId();
    res->teb = NtCurrentTeb();
    res->stack_local = &local;
    res->last_error = GetLastError();         /* a new thread starts at 0 */
    res->tls_value = TlsGetValue(tls_index);   /* and with empty slots */
    SetLastError(555);
    TlsSetValue(tls_index, (void *)0x99);
    res->try_enter = TryEnterCriticalSection(&cs);
    return (DWORD)res->arg * 2;
}

static DWORD WINAPI waiter(void *param)
{
    WaitForSingleObject((HANDLE)param, INFINITE);
    return 3;
}

int main(void)
{
    struct result res = { 21 };
    HANDLE th, ev;
    DWORD tid = 0, code = 0;
    HMODULE dll;
    int *reasons;
    NT_TIB *tib;
    BOOL b;

    tls_index = TlsAlloc();
    TlsSetValue(tls_index, (void *)0x11);
    InitializeCriticalSection(&cs);
    EnterCriticalSection(&cs);
    SetLastError(123);

    th = CreateThread(NULL, 0, worker, &res, 0, &tid);
    ok(th != NULL && tid != 0, "CreateThread: %p tid %lu", th, tid);
    ok(WaitForSingleObject(th, 10000) == WAIT_OBJECT_0, "wait for the thread");
    b = GetExitCodeThread(th, &code);
    ok(b && code == 42, "exit code is the return value: %lu", code);
    ok(CloseHandle(th), "CloseHandle");
    ok(res.tid == tid && tid != GetCurrentThreadId(), "thread id %lu", res.tid);
    tib = (NT_TIB *)res.teb;
    ok(res.teb != NULL && res.teb != NtCurrentTeb(), "own TEB %p", res.teb);
    ok(res.stack_local != NULL && (char *)res.stack_local < (char *)tib->StackBase &&
       (char *)res.stack_local > (char *)tib->StackLimit - 0x100000, "own stack");
    ok(res.last_error == 0, "new thread's last error is 0: %lu", res.last_error);
    ok(GetLastError() == 123, "main thread's last error untouched: %lu", GetLastError());
    ok(res.tls_value == NULL && TlsGetValue(tls_index) == (void *)0x11, "TLS slots are per thread");
    ok(!res.try_enter, "TryEnterCriticalSection fails while another thread owns it");
    LeaveCriticalSection(&cs);
    DeleteCriticalSection(&cs);

    /* a running thread reports STILL_ACTIVE; suspended start works */
    ev = CreateEventA(NULL, TRUE, FALSE, NULL);
    th = CreateThread(NULL, 0, waiter, ev, CREATE_SUSPENDED, NULL);
    ok(th != NULL, "CreateThread suspended");
    ok(WaitForSingleObject(th, 50) == WAIT_TIMEOUT, "suspended thread does not finish");
    b = GetExitCodeThread(th, &code);
    ok(b && code == STILL_ACTIVE, "STILL_ACTIVE: %lu", code);
    ok(ResumeThread(th) == 1, "ResumeThread returns the previous suspend count");
    SetEvent(ev);
    b = WaitForSingleObject(th, 10000) == WAIT_OBJECT_0 && GetExitCodeThread(th, &code);
    ok(b && code == 3, "resumed thread finished: %lu", code);
    CloseHandle(th);
    CloseHandle(ev);

    /* DLLs loaded in the process hear about threads */
    dll = LoadLibraryA("testdll.dll");
    reasons = dll ? (int *)GetProcAddress(dll, "testdll_reasons") : NULL;
    ok(reasons != NULL, "testdll loaded");
    if (reasons) {
        res.arg = 1;
        th = CreateThread(NULL, 0, worker, &res, 0, NULL);
        WaitForSingleObject(th, 10000);
        CloseHandle(th);
        ok(reasons[DLL_THREAD_ATTACH] == 1, "DllMain THREAD_ATTACH: %d", reasons[DLL_THREAD_ATTACH]);
        ok(reasons[DLL_THREAD_DETACH] == 1, "DllMain THREAD_DETACH before the thread is signalled: %d",
           reasons[DLL_THREAD_DETACH]);
        FreeLibrary(dll);
    }
    TlsFree(tls_index);
    return test_done();
}
