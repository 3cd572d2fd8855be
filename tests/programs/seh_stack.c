/* Stack overflow and guard pages: deep recursion raises
 * STATUS_STACK_OVERFLOW, which a vectored handler survives (on the little
 * stack left) by resuming at a context captured before the recursion;
 * _resetstkoflw restores the guard so that a second overflow is caught
 * too.  PAGE_GUARD pages raise STATUS_GUARD_PAGE_VIOLATION once. */
#include "test.h"

#ifndef STATUS_GUARD_PAGE_VIOLATION
#define STATUS_GUARD_PAGE_VIOLATION ((DWORD)0x80000001)
#endif

/* ---- stack overflow ---------------------------------------------------- */

/* Per thread: where to resume after an overflow, and what was seen. */
struct overflow {
    CONTEXT resume;
    volatile LONG done;
    int calls;
    DWORD code, nparams;
    ULONG_PTR params[2];
    ULONG64 fault_rsp, stack_limit, dealloc;
};

static DWORD overflow_tls;

static LONG CALLBACK overflow_handler(EXCEPTION_POINTERS *ptrs)
{
    struct overflow *st = TlsGetValue(overflow_tls);
    NT_TIB *tib = (NT_TIB *)NtCurrentTeb();

    if (!st || ptrs->ExceptionRecord->ExceptionCode != STATUS_STACK_OVERFLOW)
        return EXCEPTION_CONTINUE_SEARCH;
    /* little stack here: record and leave */
    st->calls++;
    st->code = ptrs->ExceptionRecord->ExceptionCode;
    st->nparams = ptrs->ExceptionRecord->NumberParameters;
    st->params[0] = ptrs->ExceptionRecord->ExceptionInformation[0];
    st->params[1] = ptrs->ExceptionRecord->ExceptionInformation[1];
    st->fault_rsp = ptrs->ContextRecord->Rsp;
    st->stack_limit = (ULONG64)tib->StackLimit;
    st->done = 1;
    *ptrs->ContextRecord = st->resume;
    return EXCEPTION_CONTINUE_EXECUTION;
}

static int __attribute__((noinline)) recurse(int depth)
{
    volatile char buf[1024];

    if (depth > 0x10000000)    /* never: a stack ends long before */
        return 0;
    buf[0] = (char)depth;
    buf[sizeof(buf) - 1] = (char)depth;
    return recurse(depth + 1) + buf[0] + buf[sizeof(buf) - 1];
}

/* Recurse until the overflow; the handler resumes at the captured
 * context, this time with st->done set.  Returns whether it came back. */
static BOOL __attribute__((noinline)) overflow_once(struct overflow *st)
{
    st->done = 0;
    RtlCaptureContext(&st->resume);
    if (!st->done)
        recurse(0);
    return st->done;
}

static ULONG64 dealloc_stack(void)
{
    /* TEB DeallocationStack: the bottom of the reserved stack */
    return *(ULONG64 *)((BYTE *)NtCurrentTeb() + 0x1478);
}

static void check_overflow(const char *what, struct overflow *st, ULONG64 base,
                           ULONG64 dealloc)
{
    ok(st->calls == 1 && st->code == STATUS_STACK_OVERFLOW, "%s: %d calls, code %lx", what,
       st->calls, st->code);
    ok(st->nparams == 2 && st->params[0] == 1, "%s: %lu parameters, [0] = %I64x", what,
       st->nparams, (ULONG64)st->params[0]);
    ok(st->params[1] >= dealloc && st->params[1] < base && st->fault_rsp > dealloc &&
       st->fault_rsp - dealloc < 0x10000,
       "%s: at %I64x, rsp %I64x, near the stack's bottom %I64x", what,
       (ULONG64)st->params[1], st->fault_rsp, dealloc);
    ok(st->stack_limit > dealloc && st->stack_limit - dealloc <= 0x10000,
       "%s: StackLimit %I64x went down to the bottom %I64x", what, st->stack_limit, dealloc);
}

static void test_overflow(BOOL second_time)
{
    struct overflow *st = VirtualAlloc(NULL, sizeof(*st), MEM_COMMIT, PAGE_READWRITE);
    NT_TIB *tib = (NT_TIB *)NtCurrentTeb();
    ULONG64 base = (ULONG64)tib->StackBase, dealloc = dealloc_stack();
    int (__cdecl *p_resetstkoflw)(void);

    TlsSetValue(overflow_tls, st);
    ok(overflow_once(st), "came back from the first overflow");
    check_overflow("first overflow", st, base, dealloc);

    if (second_time) {
        p_resetstkoflw = (void *)GetProcAddress(GetModuleHandleA("msvcrt.dll"),
                                                "_resetstkoflw");
        ok(p_resetstkoflw != NULL, "msvcrt exports _resetstkoflw");
        if (p_resetstkoflw) {
            ok(p_resetstkoflw() != 0, "_resetstkoflw");
            memset(st, 0, sizeof(*st));
            ok(overflow_once(st), "came back from the second overflow");
            check_overflow("second overflow", st, base, dealloc);
        }
    }
    TlsSetValue(overflow_tls, NULL);
    VirtualFree(st, 0, MEM_RELEASE);
}

static DWORD WINAPI overflow_thread(void *arg)
{
    ULONG64 reserve = (ULONG64)((NT_TIB *)NtCurrentTeb())->StackBase - dealloc_stack();

    (void)arg;
    /* Windows rounds the reservation to 64K; Wine makes it at least 1M */
    ok(reserve >= 0x40000 && reserve <= 0x100000, "thread stack reserve %I64x", reserve);
    test_overflow(FALSE);
    return 7;
}

static void test_overflows(void)
{
    HANDLE thread;
    DWORD code = 0;
    PVOID h;

    overflow_tls = TlsAlloc();
    h = AddVectoredExceptionHandler(1, overflow_handler);

    /* on the main thread, twice */
    test_overflow(TRUE);

    /* on a thread with a 256K stack */
    thread = CreateThread(NULL, 0x40000, overflow_thread, NULL, STACK_SIZE_PARAM_IS_A_RESERVATION,
                          NULL);
    ok(thread != NULL, "CreateThread");
    ok(WaitForSingleObject(thread, 20000) == WAIT_OBJECT_0, "the thread ended");
    GetExitCodeThread(thread, &code);
    ok(code == 7, "thread exit code %lu", code);
    CloseHandle(thread);

    RemoveVectoredExceptionHandler(h);
    TlsFree(overflow_tls);
}

/* ---- guard pages --------------------------------------------------------- */

static struct {
    int calls;
    DWORD code, flags, nparams;
    ULONG_PTR params[2];
} guard;

static LONG CALLBACK guard_handler(EXCEPTION_POINTERS *ptrs)
{
    if (ptrs->ExceptionRecord->ExceptionCode != STATUS_GUARD_PAGE_VIOLATION)
        return EXCEPTION_CONTINUE_SEARCH;
    guard.calls++;
    guard.code = ptrs->ExceptionRecord->ExceptionCode;
    guard.flags = ptrs->ExceptionRecord->ExceptionFlags;
    guard.nparams = ptrs->ExceptionRecord->NumberParameters;
    guard.params[0] = ptrs->ExceptionRecord->ExceptionInformation[0];
    guard.params[1] = ptrs->ExceptionRecord->ExceptionInformation[1];
    /* the guard is gone now: running the access again succeeds */
    return EXCEPTION_CONTINUE_EXECUTION;
}

/* The handler changes what the compiler cannot see change. */
#define BARRIER() __asm__ volatile("" ::: "memory")

static DWORD protection(const void *p)
{
    MEMORY_BASIC_INFORMATION mbi;

    if (!VirtualQuery(p, &mbi, sizeof(mbi)))
        return 0;
    return mbi.Protect;
}

static void test_guard_pages(void)
{
    PVOID h = AddVectoredExceptionHandler(1, guard_handler);
    volatile char *p = VirtualAlloc(NULL, 0x2000, MEM_COMMIT, PAGE_READWRITE | PAGE_GUARD);
    volatile char *q = VirtualAlloc(NULL, 0x1000, MEM_COMMIT, PAGE_READWRITE);
    DWORD old = 0;
    BOOL r;
    char c;

    ok(p != NULL && q != NULL, "VirtualAlloc");
    ok(protection((void *)p) == (PAGE_READWRITE | PAGE_GUARD), "guard page protection %lx",
       protection((void *)p));

    /* the first read raises, once */
    memset(&guard, 0, sizeof(guard));
    c = p[0x10];
    BARRIER();
    ok(guard.calls == 1 && guard.code == STATUS_GUARD_PAGE_VIOLATION && guard.flags == 0,
       "first read: %d calls, code %lx, flags %lx", guard.calls, guard.code, guard.flags);
    ok(guard.nparams == 2 && guard.params[0] == 0 && guard.params[1] == (ULONG_PTR)(p + 0x10),
       "first read: %lu parameters %I64x %I64x", guard.nparams, (ULONG64)guard.params[0],
       (ULONG64)guard.params[1]);
    ok(c == 0, "read the zeroed page: %d", c);
    memset(&guard, 0, sizeof(guard));
    c = p[0x20];
    BARRIER();
    ok(guard.calls == 0, "second read: no exception (%d calls)", guard.calls);
    ok(protection((void *)p) == PAGE_READWRITE, "the guard flag is gone: %lx",
       protection((void *)p));
    ok(protection((void *)(p + 0x1000)) == (PAGE_READWRITE | PAGE_GUARD),
       "the next page keeps its guard: %lx", protection((void *)(p + 0x1000)));

    /* a write to the second page */
    memset(&guard, 0, sizeof(guard));
    p[0x1008] = 5;
    BARRIER();
    ok(guard.calls == 1 && guard.params[0] == 1 && guard.params[1] == (ULONG_PTR)(p + 0x1008),
       "write: %d calls, parameters %I64x %I64x", guard.calls, (ULONG64)guard.params[0],
       (ULONG64)guard.params[1]);
    ok(p[0x1008] == 5, "the write was done when retried: %d", p[0x1008]);

    /* VirtualProtect adds a guard to a plain page */
    q[0] = 1;
    r = VirtualProtect((void *)q, 0x1000, PAGE_READWRITE | PAGE_GUARD, &old);
    ok(r && old == PAGE_READWRITE, "VirtualProtect: old %lx", old);
    memset(&guard, 0, sizeof(guard));
    c = q[0];
    BARRIER();
    ok(guard.calls == 1 && c == 1, "guard added by VirtualProtect: %d calls, read %d",
       guard.calls, c);
    r = VirtualProtect((void *)q, 0x1000, PAGE_READWRITE, &old);
    ok(r && old == PAGE_READWRITE, "VirtualProtect after the guard fired: old %lx", old);

    VirtualFree((void *)p, 0, MEM_RELEASE);
    VirtualFree((void *)q, 0, MEM_RELEASE);
    RemoveVectoredExceptionHandler(h);
}

int main(void)
{
    test_guard_pages();
    test_overflows();
    return test_done();
}
