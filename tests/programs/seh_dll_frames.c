/* Exceptions and unwinding through the frames of system DLLs: an
 * exception raised in a callback that msvcrt's qsort or kernel32's
 * InitOnceExecuteOnce called, a fault inside msvcrt's own code, and stack
 * walks (RtlLookupFunctionEntry, RtlVirtualUnwind,
 * RtlCaptureStackBackTrace) that pass through those frames.  On Windows
 * every non-leaf function of a system DLL has unwind data, so all of
 * this works there. */
#include "test.h"
#include "seh_frame.h"

static HMODULE msvcrt;

static HMODULE module_of(const void *addr)
{
    HMODULE mod = NULL;

    if (!GetModuleHandleExA(GET_MODULE_HANDLE_EX_FLAG_FROM_ADDRESS |
                                GET_MODULE_HANDLE_EX_FLAG_UNCHANGED_REFCOUNT,
                            (const char *)addr, &mod))
        return NULL;
    return mod;
}

/* A frame handler that records the exception and unwinds to its frame,
 * making call_with_handler return 77. */
static struct {
    int calls, unwinds;
    DWORD code;
    void *address;
} seen;

static EXCEPTION_DISPOSITION catch_all(EXCEPTION_RECORD *rec, void *frame, CONTEXT *ctx,
                                       DISPATCHER_CONTEXT *dispatch, void *data)
{
    (void)ctx; (void)dispatch; (void)data;
    if (rec->ExceptionFlags & EXCEPTION_UNWINDING) {
        seen.unwinds++;
        return ExceptionContinueSearch;
    }
    seen.calls++;
    seen.code = rec->ExceptionCode;
    seen.address = rec->ExceptionAddress;
    unwind_to_frame(frame, rec, 77);
    return ExceptionContinueSearch;
}

/* ---- stack walks from inside a callback ------------------------------- */

static struct {
    int walked, steps, crt_frames, crt_entries;
    BOOL reached_caller, backtrace_has_crt, backtrace_has_caller;
} walk;

static ULONG_PTR sort_and_walk(void *arg);

/* Walk up from the comparator to sort_and_walk, counting msvcrt frames
 * and whether each has a function entry. */
static void walk_from_here(void)
{
    CONTEXT ctx;
    RUNTIME_FUNCTION *fn;
    ULONG64 base, frame;
    void *data, *frames[16];
    WORD n, i;

    RtlCaptureContext(&ctx);
    for (walk.steps = 0; walk.steps < 16; walk.steps++) {
        fn = RtlLookupFunctionEntry(ctx.Rip, &base, NULL);
        if (module_of((void *)ctx.Rip) == msvcrt) {
            walk.crt_frames++;
            if (fn)
                walk.crt_entries++;
        }
        if (fn && base + fn->BeginAddress == (ULONG64)sort_and_walk) {
            walk.reached_caller = TRUE;
            break;
        }
        if (fn) {
            RtlVirtualUnwind(UNW_FLAG_NHANDLER, base, ctx.Rip, fn, &ctx, &data, &frame, NULL);
        } else {    /* a leaf: the return address is on top */
            ctx.Rip = *(ULONG64 *)ctx.Rsp;
            ctx.Rsp += 8;
        }
    }

    n = RtlCaptureStackBackTrace(0, 16, frames, NULL);
    for (i = 0; i < n; i++) {
        if (module_of(frames[i]) == msvcrt)
            walk.backtrace_has_crt = TRUE;
        fn = RtlLookupFunctionEntry((ULONG64)frames[i], &base, NULL);
        if (fn && base + fn->BeginAddress == (ULONG64)sort_and_walk)
            walk.backtrace_has_caller = TRUE;
    }
}

static int __cdecl compare_and_walk(const void *a, const void *b)
{
    if (!walk.walked++)
        walk_from_here();
    return *(const int *)a - *(const int *)b;
}

static ULONG_PTR sort_and_walk(void *arg)
{
    int values[8] = { 5, 3, 8, 1, 9, 2, 7, 4 };

    (void)arg;
    qsort(values, 8, sizeof(int), compare_and_walk);
    return values[0] == 1 && values[7] == 9;
}

static void test_walks(void)
{
    memset(&walk, 0, sizeof(walk));
    ok(sort_and_walk(NULL), "qsort sorted");
    ok(walk.reached_caller, "RtlVirtualUnwind from the comparator reached qsort's caller (%d steps)",
       walk.steps);
    ok(walk.crt_frames >= 1 && walk.crt_entries == walk.crt_frames,
       "msvcrt frames on the way: %d, with function entries: %d", walk.crt_frames,
       walk.crt_entries);
    ok(walk.backtrace_has_crt && walk.backtrace_has_caller,
       "RtlCaptureStackBackTrace has msvcrt (%d) and qsort's caller (%d)",
       walk.backtrace_has_crt, walk.backtrace_has_caller);
}

/* ---- exceptions from callbacks ----------------------------------------- */

static int __cdecl compare_and_raise(const void *a, const void *b)
{
    (void)a; (void)b;
    RaiseException(0xe00a0001, 0, 0, NULL);
    return 0;
}

static ULONG_PTR sort_and_raise(void *arg)
{
    int values[4] = { 4, 3, 2, 1 };

    (void)arg;
    qsort(values, 4, sizeof(int), compare_and_raise);
    return 1;
}

static BOOL CALLBACK once_and_raise(INIT_ONCE *once, void *param, void **context)
{
    (void)once; (void)param; (void)context;
    RaiseException(0xe00a0002, 0, 0, NULL);
    return TRUE;
}

static ULONG_PTR run_once_and_raise(void *arg)
{
    INIT_ONCE *once = arg;

    InitOnceExecuteOnce(once, once_and_raise, NULL, NULL);
    return 1;
}

static void test_callbacks(void)
{
    INIT_ONCE once = INIT_ONCE_STATIC_INIT;
    ULONG_PTR r;

    memset(&seen, 0, sizeof(seen));
    r = call_with_handler(sort_and_raise, NULL, catch_all, NULL);
    ok(r == 77 && seen.calls == 1 && seen.code == 0xe00a0001,
       "raised in a qsort comparator, unwound through qsort: %I64u, %d calls, code %lx",
       (ULONG64)r, seen.calls, seen.code);
    ok(seen.unwinds == 1, "the target frame's unwind call: %d", seen.unwinds);

    memset(&seen, 0, sizeof(seen));
    r = call_with_handler(run_once_and_raise, &once, catch_all, NULL);
    ok(r == 77 && seen.calls == 1 && seen.code == 0xe00a0002,
       "raised in an InitOnceExecuteOnce callback: %I64u, %d calls, code %lx", (ULONG64)r,
       seen.calls, seen.code);
}

/* ---- a fault inside msvcrt --------------------------------------------- */

static size_t (__cdecl *p_strlen)(const char *);

static struct {
    int calls;
    void *address;
    ULONG_PTR params[2];
} vec;

static LONG CALLBACK watch(EXCEPTION_POINTERS *ptrs)
{
    if (ptrs->ExceptionRecord->ExceptionCode == STATUS_ACCESS_VIOLATION) {
        vec.calls++;
        vec.address = ptrs->ExceptionRecord->ExceptionAddress;
        vec.params[0] = ptrs->ExceptionRecord->ExceptionInformation[0];
        vec.params[1] = ptrs->ExceptionRecord->ExceptionInformation[1];
    }
    return EXCEPTION_CONTINUE_SEARCH;
}

static ULONG_PTR strlen_null(void *arg)
{
    (void)arg;
    return p_strlen(NULL);
}

static void test_fault_in_crt(void)
{
    PVOID h = AddVectoredExceptionHandler(1, watch);
    ULONG_PTR r;

    p_strlen = (void *)GetProcAddress(msvcrt, "strlen");
    memset(&seen, 0, sizeof(seen));
    memset(&vec, 0, sizeof(vec));
    r = call_with_handler(strlen_null, NULL, catch_all, NULL);
    RemoveVectoredExceptionHandler(h);
    ok(r == 77 && seen.calls == 1 && seen.code == STATUS_ACCESS_VIOLATION,
       "strlen(NULL) faulted and was unwound: %I64u, %d calls, code %lx", (ULONG64)r,
       seen.calls, seen.code);
    ok(vec.calls == 1 && vec.params[0] == 0 && vec.params[1] == 0,
       "the vectored handler saw a read of address 0: %d calls, %I64x %I64x", vec.calls,
       (ULONG64)vec.params[0], (ULONG64)vec.params[1]);
    ok(module_of(vec.address) == msvcrt, "the fault is inside msvcrt: %p (module %p)",
       vec.address, module_of(vec.address));
}

int main(void)
{
    msvcrt = GetModuleHandleA("msvcrt.dll");
    test_walks();
    test_callbacks();
    test_fault_in_crt();
    return test_done();
}
