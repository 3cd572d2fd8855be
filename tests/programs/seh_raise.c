/* RaiseException: parameters and flags as handlers see them, continuing,
 * noncontinuable exceptions, nested exceptions, and the unhandled
 * exception filter.
 *
 * "seh_raise filter_execute" ends with an exception that the unhandled
 * exception filter answers with EXCEPTION_EXECUTE_HANDLER: the process
 * exits with the exception code (run.sh checks the low byte). */
#include "test.h"
#include "seh_frame.h"

static BOOL on_wine;

/* ---- parameters and flags, seen by a vectored handler ---------------- */

static struct {
    int calls;
    EXCEPTION_RECORD rec;
} seen;

static LONG CALLBACK record_handler(EXCEPTION_POINTERS *ptrs)
{
    if ((ptrs->ExceptionRecord->ExceptionCode & 0xffff0000) != 0xe0010000)
        return EXCEPTION_CONTINUE_SEARCH;
    seen.calls++;
    seen.rec = *ptrs->ExceptionRecord;
    return EXCEPTION_CONTINUE_EXECUTION;
}

static void test_parameters(void)
{
    ULONG_PTR args[20];
    DWORD n, i;
    int mismatches = 0;
    PVOID h = AddVectoredExceptionHandler(1, record_handler);

    for (i = 0; i < 20; i++)
        args[i] = 0x1000 + i * 0x11;

    /* 0 to 15 parameters arrive as given */
    for (n = 0; n <= EXCEPTION_MAXIMUM_PARAMETERS; n++) {
        memset(&seen, 0, sizeof(seen));
        RaiseException(0xe0010000 + n, 0, n, args);
        if (seen.calls != 1 || seen.rec.ExceptionCode != 0xe0010000 + n ||
            seen.rec.NumberParameters != n) {
            mismatches++;
            trace("%lu parameters: %d calls, code %lx, %lu parameters", n, seen.calls,
                  seen.rec.ExceptionCode, seen.rec.NumberParameters);
            continue;
        }
        for (i = 0; i < n; i++)
            if (seen.rec.ExceptionInformation[i] != args[i])
                mismatches++;
    }
    ok(mismatches == 0, "0 to 15 parameters: %d mismatches", mismatches);

    /* more than EXCEPTION_MAXIMUM_PARAMETERS: the first 15 */
    memset(&seen, 0, sizeof(seen));
    RaiseException(0xe0010020, 0, 20, args);
    ok(seen.calls == 1 && seen.rec.NumberParameters == EXCEPTION_MAXIMUM_PARAMETERS &&
       seen.rec.ExceptionInformation[14] == args[14],
       "20 parameters: %d calls, %lu parameters", seen.calls, seen.rec.NumberParameters);

    /* a count without an array: no parameters */
    memset(&seen, 0, sizeof(seen));
    RaiseException(0xe0010021, 0, 5, NULL);
    ok(seen.calls == 1 && seen.rec.NumberParameters == 0,
       "5 parameters, NULL array: %d calls, %lu parameters", seen.calls,
       seen.rec.NumberParameters);

    /* the flags argument: only EXCEPTION_NONCONTINUABLE is kept */
    memset(&seen, 0, sizeof(seen));
    RaiseException(0xe0010022, 0, 0, NULL);
    ok(seen.rec.ExceptionFlags == 0, "flags 0: %lx", seen.rec.ExceptionFlags);
    memset(&seen, 0, sizeof(seen));
    RaiseException(0xe0010023, 0x7e, 0, NULL);
    ok(seen.rec.ExceptionFlags == 0, "flags 0x7e: %lx", seen.rec.ExceptionFlags);
    ok(seen.rec.ExceptionRecord == NULL, "no chained record: %p", seen.rec.ExceptionRecord);

    /* the code is passed as is, including bit 28 */
    memset(&seen, 0, sizeof(seen));
    RaiseException(0xe0010024, 0, 0, NULL);
    ok(seen.rec.ExceptionCode == 0xe0010024, "code %lx", seen.rec.ExceptionCode);

    ok(RemoveVectoredExceptionHandler(h), "remove");
}

/* ---- continuing: the raiser's state survives ------------------------- */

static LONG CALLBACK continue_handler(EXCEPTION_POINTERS *ptrs)
{
    if (ptrs->ExceptionRecord->ExceptionCode != 0xe0020000)
        return EXCEPTION_CONTINUE_SEARCH;
    seen.calls++;
    return EXCEPTION_CONTINUE_EXECUTION;
}

static void test_continue(void)
{
    PVOID h = AddVectoredExceptionHandler(1, continue_handler);
    volatile int before = 17;
    double d = 2.5;
    int i, sum = 0;

    memset(&seen, 0, sizeof(seen));
    for (i = 0; i < 10; i++) {
        RaiseException(0xe0020000, 0, 0, NULL);
        sum += i;
        d *= 2;
    }
    ok(seen.calls == 10 && sum == 45 && before == 17 && d == 2560.0,
       "RaiseException returned ten times: calls %d sum %d before %d d %f", seen.calls, sum,
       before, d);
    ok(RemoveVectoredExceptionHandler(h), "remove");
}

/* ---- noncontinuable exceptions --------------------------------------- */

struct nc_state {
    int inner_calls, outer_calls;
    DWORD inner_codes[2];
    DWORD outer_code, outer_flags, chained_code, chained_flags;
    EXCEPTION_RECORD *chained;
    DWORD unwind_flags[2];
    int unwinds;
};

static EXCEPTION_DISPOSITION nc_inner(EXCEPTION_RECORD *rec, void *frame, CONTEXT *ctx,
                                      DISPATCHER_CONTEXT *dispatch, void *data)
{
    struct nc_state *st = data;

    (void)frame; (void)ctx; (void)dispatch;
    if (rec->ExceptionFlags & EXCEPTION_UNWINDING) {
        if (st->unwinds < 2)
            st->unwind_flags[st->unwinds] = rec->ExceptionFlags;
        st->unwinds++;
        return ExceptionContinueSearch;
    }
    if (st->inner_calls < 2)
        st->inner_codes[st->inner_calls] = rec->ExceptionCode;
    st->inner_calls++;
    /* not allowed for a noncontinuable exception */
    return rec->ExceptionCode == 0xe0030000 ? ExceptionContinueExecution : ExceptionContinueSearch;
}

static EXCEPTION_DISPOSITION nc_outer(EXCEPTION_RECORD *rec, void *frame, CONTEXT *ctx,
                                      DISPATCHER_CONTEXT *dispatch, void *data)
{
    struct nc_state *st = data;

    (void)ctx; (void)dispatch;
    if (rec->ExceptionFlags & EXCEPTION_UNWINDING)
        return ExceptionContinueSearch;
    st->outer_calls++;
    st->outer_code = rec->ExceptionCode;
    st->outer_flags = rec->ExceptionFlags;
    st->chained = rec->ExceptionRecord;
    if (rec->ExceptionRecord) {
        st->chained_code = rec->ExceptionRecord->ExceptionCode;
        st->chained_flags = rec->ExceptionRecord->ExceptionFlags;
    }
    unwind_to_frame(frame, rec, 42);
    return ExceptionContinueSearch;    /* not reached */
}

static ULONG_PTR raise_noncontinuable(void *arg)
{
    (void)arg;
    RaiseException(0xe0030000, EXCEPTION_NONCONTINUABLE, 0, NULL);
    return 1;    /* must not return */
}

static ULONG_PTR nc_middle(void *arg)
{
    return call_with_handler(raise_noncontinuable, NULL, nc_inner, arg);
}

static void test_noncontinuable(void)
{
    struct nc_state st;
    ULONG_PTR r;

    memset(&st, 0, sizeof(st));
    r = call_with_handler(nc_middle, &st, nc_outer, &st);
    ok(r == 42, "unwound to the outer frame with its value: %I64u", (ULONG64)r);
    ok(st.inner_calls == 2 && st.inner_codes[0] == 0xe0030000 &&
       st.inner_codes[1] == STATUS_NONCONTINUABLE_EXCEPTION,
       "inner handler: %d calls, codes %lx %lx", st.inner_calls, st.inner_codes[0],
       st.inner_codes[1]);
    ok(st.outer_calls == 1 && st.outer_code == STATUS_NONCONTINUABLE_EXCEPTION,
       "outer handler: %d calls, code %lx", st.outer_calls, st.outer_code);
    ok(st.outer_flags & EXCEPTION_NONCONTINUABLE, "STATUS_NONCONTINUABLE_EXCEPTION flags %lx",
       st.outer_flags);
    /* Windows chains the original record; Wine 8 raises the status alone */
    if (!on_wine)
        ok(st.chained != NULL && st.chained_code == 0xe0030000 &&
           (st.chained_flags & EXCEPTION_NONCONTINUABLE),
           "chained to the original record: %p code %lx flags %lx", st.chained,
           st.chained_code, st.chained_flags);
    ok(st.unwinds == 1 && st.unwind_flags[0] == (EXCEPTION_UNWINDING | EXCEPTION_NONCONTINUABLE),
       "inner frame unwound once: %d, flags %lx", st.unwinds, st.unwind_flags[0]);
}

/* ---- nested exceptions ----------------------------------------------- */

/* Raised again inside a vectored handler: the second exception goes
 * through the vectored handlers while the first is being handled. */
static char vlog[16];
static int vlog_len;

static LONG CALLBACK nesting_vectored(EXCEPTION_POINTERS *ptrs)
{
    DWORD code = ptrs->ExceptionRecord->ExceptionCode;

    if (code == 0xe0040000) {
        vlog[vlog_len++] = 'A';
        RaiseException(0xe0040001, 0, 0, NULL);
        vlog[vlog_len++] = 'a';
        return EXCEPTION_CONTINUE_EXECUTION;
    }
    if (code == 0xe0040001) {
        vlog[vlog_len++] = 'B';
        ok(ptrs->ExceptionRecord->ExceptionFlags == 0, "nested in a vectored handler: flags %lx",
           ptrs->ExceptionRecord->ExceptionFlags);
        return EXCEPTION_CONTINUE_EXECUTION;
    }
    return EXCEPTION_CONTINUE_SEARCH;
}

/* Raised inside a frame handler: the nested exception reaches the frame
 * whose handler was running with EXCEPTION_NESTED_CALL. */
struct nest_state {
    int inner_calls, outer_calls;
    DWORD inner_flags[3], inner_codes[3];
    DWORD outer_flags[3], outer_codes[3];
    BOOL inner_handles_nested;
};

static EXCEPTION_DISPOSITION nest_inner(EXCEPTION_RECORD *rec, void *frame, CONTEXT *ctx,
                                        DISPATCHER_CONTEXT *dispatch, void *data)
{
    struct nest_state *st = data;
    int n = st->inner_calls++;

    (void)frame; (void)ctx; (void)dispatch;
    if (rec->ExceptionFlags & EXCEPTION_UNWINDING)
        return ExceptionContinueSearch;
    if (n < 3) {
        st->inner_flags[n] = rec->ExceptionFlags;
        st->inner_codes[n] = rec->ExceptionCode;
    }
    if (rec->ExceptionCode == 0xe0050000) {
        RaiseException(0xe0050001, 0, 0, NULL);
        return ExceptionContinueSearch;
    }
    if (rec->ExceptionCode == 0xe0050001 && st->inner_handles_nested)
        return ExceptionContinueExecution;
    return ExceptionContinueSearch;
}

static EXCEPTION_DISPOSITION nest_outer(EXCEPTION_RECORD *rec, void *frame, CONTEXT *ctx,
                                        DISPATCHER_CONTEXT *dispatch, void *data)
{
    struct nest_state *st = data;
    int n = st->outer_calls++;

    (void)frame; (void)ctx; (void)dispatch;
    if (rec->ExceptionFlags & EXCEPTION_UNWINDING)
        return ExceptionContinueSearch;
    if (n < 3) {
        st->outer_flags[n] = rec->ExceptionFlags;
        st->outer_codes[n] = rec->ExceptionCode;
    }
    return ExceptionContinueExecution;
}

static ULONG_PTR raise_nest(void *arg)
{
    (void)arg;
    RaiseException(0xe0050000, 0, 0, NULL);
    return 7;
}

static ULONG_PTR nest_middle(void *arg)
{
    return call_with_handler(raise_nest, NULL, nest_inner, arg);
}

static void test_nested(void)
{
    struct nest_state st;
    PVOID h = AddVectoredExceptionHandler(1, nesting_vectored);
    ULONG_PTR r;

    memset(vlog, 0, sizeof(vlog));
    vlog_len = 0;
    RaiseException(0xe0040000, 0, 0, NULL);
    ok(!strcmp(vlog, "ABa"), "exception raised in a vectored handler: \"%s\"", vlog);
    ok(RemoveVectoredExceptionHandler(h), "remove");

    /* the inner frame's handler raises, and handles what it raised */
    memset(&st, 0, sizeof(st));
    st.inner_handles_nested = TRUE;
    r = call_with_handler(nest_middle, &st, nest_outer, &st);
    ok(r == 7, "RaiseException returned: %I64u", (ULONG64)r);
    ok(st.inner_calls == 2 && st.inner_codes[0] == 0xe0050000 && st.inner_flags[0] == 0,
       "inner handler: %d calls, first code %lx flags %lx", st.inner_calls, st.inner_codes[0],
       st.inner_flags[0]);
    ok(st.inner_codes[1] == 0xe0050001 && st.inner_flags[1] == EXCEPTION_NESTED_CALL,
       "the nested exception at the frame whose handler raised it: code %lx flags %lx",
       st.inner_codes[1], st.inner_flags[1]);
    ok(st.outer_calls == 1 && st.outer_codes[0] == 0xe0050000 && st.outer_flags[0] == 0,
       "outer handler: %d calls, code %lx flags %lx", st.outer_calls, st.outer_codes[0],
       st.outer_flags[0]);

    /* the nested exception goes on to the outer frame, where the flag
     * is cleared again: it was set only up to the nested frame */
    memset(&st, 0, sizeof(st));
    r = call_with_handler(nest_middle, &st, nest_outer, &st);
    ok(r == 7, "RaiseException returned: %I64u", (ULONG64)r);
    ok(st.inner_calls == 2 && st.inner_flags[1] == EXCEPTION_NESTED_CALL,
       "inner handler: %d calls, nested flags %lx", st.inner_calls, st.inner_flags[1]);
    ok(st.outer_calls == 2 && st.outer_codes[0] == 0xe0050001 && st.outer_flags[0] == 0,
       "the nested exception at the outer frame: %d calls, code %lx flags %lx",
       st.outer_calls, st.outer_codes[0], st.outer_flags[0]);
    ok(st.outer_codes[1] == 0xe0050000 && st.outer_flags[1] == 0,
       "then the first exception at the outer frame: code %lx flags %lx", st.outer_codes[1],
       st.outer_flags[1]);
}

/* ---- the unhandled exception filter ---------------------------------- */

static struct {
    int calls;
    DWORD code, nparams, thread;
    ULONG_PTR param0;
    LONG answer;
} filter_seen;

static LONG WINAPI filter(EXCEPTION_POINTERS *ptrs)
{
    filter_seen.calls++;
    filter_seen.code = ptrs->ExceptionRecord->ExceptionCode;
    filter_seen.nparams = ptrs->ExceptionRecord->NumberParameters;
    filter_seen.param0 = ptrs->ExceptionRecord->ExceptionInformation[0];
    filter_seen.thread = GetCurrentThreadId();
    return filter_seen.answer;
}

static LONG WINAPI other_filter(EXCEPTION_POINTERS *ptrs)
{
    (void)ptrs;
    return EXCEPTION_CONTINUE_SEARCH;
}

static DWORD WINAPI raising_thread(void *arg)
{
    ULONG_PTR param = 0x5150;

    (void)arg;
    RaiseException(0xe0060001, 0, 1, &param);
    return 33;
}

static void test_unhandled_filter(void)
{
    LPTOP_LEVEL_EXCEPTION_FILTER prev, r;
    ULONG_PTR param = 77;
    HANDLE thread;
    DWORD code = 0;

    prev = SetUnhandledExceptionFilter(filter);
    trace("the CRT's filter: %p", prev);
    r = SetUnhandledExceptionFilter(other_filter);
    ok(r == filter, "SetUnhandledExceptionFilter returns the previous filter: %p", r);
    r = SetUnhandledExceptionFilter(filter);
    ok(r == other_filter, "and again: %p", r);

    /* nothing handles it: the filter is called, and continues */
    memset(&filter_seen, 0, sizeof(filter_seen));
    filter_seen.answer = EXCEPTION_CONTINUE_EXECUTION;
    RaiseException(0xe0060000, 0, 1, &param);
    ok(filter_seen.calls == 1 && filter_seen.code == 0xe0060000 && filter_seen.nparams == 1 &&
       filter_seen.param0 == 77, "filter: %d calls, code %lx, %lu parameters, %I64u",
       filter_seen.calls, filter_seen.code, filter_seen.nparams, (ULONG64)filter_seen.param0);

    /* the same on another thread */
    memset(&filter_seen, 0, sizeof(filter_seen));
    filter_seen.answer = EXCEPTION_CONTINUE_EXECUTION;
    thread = CreateThread(NULL, 0, raising_thread, NULL, 0, NULL);
    ok(WaitForSingleObject(thread, 10000) == WAIT_OBJECT_0, "thread ended");
    GetExitCodeThread(thread, &code);
    CloseHandle(thread);
    ok(code == 33, "the thread went on after the filter: exit code %lu", code);
    ok(filter_seen.calls == 1 && filter_seen.code == 0xe0060001 && filter_seen.param0 == 0x5150 &&
       filter_seen.thread != GetCurrentThreadId(),
       "filter on the thread: %d calls, code %lx, thread %lu", filter_seen.calls,
       filter_seen.code, filter_seen.thread);

    r = SetUnhandledExceptionFilter(prev);
    ok(r == filter, "restored the CRT's filter: %p", r);
}

/* ---- filter_execute: the process ends with the exception code -------- */

static LONG WINAPI final_filter(EXCEPTION_POINTERS *ptrs)
{
    ok(ptrs->ExceptionRecord->ExceptionCode == 0xe0070042, "final filter: code %lx",
       ptrs->ExceptionRecord->ExceptionCode);
    test_done();
    return EXCEPTION_EXECUTE_HANDLER;
}

static int filter_execute(void)
{
    SetUnhandledExceptionFilter(final_filter);
    RaiseException(0xe0070042, 0, 0, NULL);
    ok(0, "RaiseException returned");
    return test_done();
}

int main(int argc, char **argv)
{
    on_wine = GetProcAddress(GetModuleHandleA("ntdll.dll"), "wine_get_version") != NULL;

    if (argc > 1 && !strcmp(argv[1], "filter_execute"))
        return filter_execute();

    test_parameters();
    test_continue();
    test_noncontinuable();
    test_nested();
    test_unhandled_filter();
    return test_done();
}
