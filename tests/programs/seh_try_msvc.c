/* seh_try_msvc.c - C structured exception handling as MSVC compiles it
 * (built by clang for x86_64-pc-windows-msvc: __try/__except/__finally
 * become scope tables for ntdll's __C_specific_handler): filters and what
 * each of their results does, __finally on normal exit and while
 * unwinding, nesting, __leave, hardware exceptions and RaiseException with
 * parameters, and the order in which all of it runs.
 */
#include "test.h"

/* mingw's GetExceptionInformation() is an unparenthesised cast */
#define exception_pointers() ((EXCEPTION_POINTERS *)GetExceptionInformation())

static char trail[256];
static int under_wine;

/* GetExceptionCode() inside an __except block reads Rax, where Windows'
 * __C_specific_handler has RtlUnwindEx leave the exception code; Wine
 * leaves 0 there, so those checks are skipped under Wine */
static int except_code_ok(DWORD code, DWORD expected)
{
    return code == expected || (under_wine && code == 0);
}

static void mark(const char *s)
{
    if (strlen(trail) + strlen(s) + 2 < sizeof(trail)) {
        strcat(trail, s);
        strcat(trail, " ");
    }
}

static int filter_mark(const char *s, int result)
{
    mark(s);
    return result;
}

static void __declspec(noinline) raise_code(DWORD code)
{
    RaiseException(code, 0, 0, NULL);
}

static volatile int zero;
static int *volatile bad_pointer = (int *)16;

/* faults happen in calls: clang 14 without -fasync-exceptions (/EHa)
 * only guards the calls made inside a __try */
static void __declspec(noinline) write_bad(void)
{
    *bad_pointer = 1;
}

static int __declspec(noinline) read_bad(void)
{
    return *bad_pointer;
}

static int __declspec(noinline) divide(int a, int b)
{
    return a / b;
}

static void test_filters(void)
{
    int handled = 0;
    DWORD code = 0;

    __try {
        raise_code(0xe0000001);
        handled = -1;
    } __except (EXCEPTION_EXECUTE_HANDLER) {
        handled = 1;
        code = GetExceptionCode();
    }
    ok(handled == 1 && except_code_ok(code, 0xe0000001), "EXECUTE_HANDLER: %d %#lx", handled, code);

    /* CONTINUE_SEARCH: the next filter out decides */
    trail[0] = 0;
    __try {
        __try {
            raise_code(0xe0000002);
        } __except (filter_mark("inner", EXCEPTION_CONTINUE_SEARCH)) {
            mark("inner-handler");
        }
    } __except (filter_mark("outer", EXCEPTION_EXECUTE_HANDLER)) {
        mark("outer-handler");
    }
    ok(!strcmp(trail, "inner outer outer-handler "), "CONTINUE_SEARCH: %s", trail);

    /* CONTINUE_EXECUTION: RaiseException returns */
    trail[0] = 0;
    __try {
        raise_code(0xe0000003);
        mark("continued");
    } __except (filter_mark("filter", EXCEPTION_CONTINUE_EXECUTION)) {
        mark("handler");
    }
    ok(!strcmp(trail, "filter continued "), "CONTINUE_EXECUTION: %s", trail);

    /* the filter sees the exception's code and record */
    code = 0;
    __try {
        raise_code(0xe0000004);
    } __except (code = GetExceptionCode(),
                exception_pointers()->ExceptionRecord->ExceptionCode == 0xe0000004 ?
                EXCEPTION_EXECUTE_HANDLER : EXCEPTION_CONTINUE_SEARCH) {
    }
    ok(code == 0xe0000004, "the filter's GetExceptionCode: %#lx", code);
}

static void test_finally(void)
{
    int abnormal = -1;

    trail[0] = 0;
    __try {
        mark("body");
    } __finally {
        abnormal = AbnormalTermination();
        mark("finally");
    }
    ok(!strcmp(trail, "body finally "), "__finally after a normal exit: %s", trail);
    ok(abnormal == 0, "AbnormalTermination() on a normal exit: %d", abnormal);

    /* while unwinding: after the filters, before the handler */
    trail[0] = 0;
    abnormal = -1;
    __try {
        __try {
            raise_code(0xe0000010);
            mark("not here");
        } __finally {
            abnormal = AbnormalTermination();
            mark("finally");
        }
    } __except (filter_mark("filter", EXCEPTION_EXECUTE_HANDLER)) {
        mark("handler");
    }
    ok(!strcmp(trail, "filter finally handler "), "__finally while unwinding: %s", trail);
    ok(abnormal == 1, "AbnormalTermination() while unwinding: %d", abnormal);

    /* __leave: out of the __try, a normal termination */
    trail[0] = 0;
    abnormal = -1;
    __try {
        mark("before");
        if (!zero) __leave;
        mark("after");
    } __finally {
        abnormal = AbnormalTermination();
        mark("finally");
    }
    ok(!strcmp(trail, "before finally "), "__leave: %s", trail);
    ok(abnormal == 0, "AbnormalTermination() after __leave: %d", abnormal);
}

/* frames between the raise and the handler: their __finally blocks run
 * innermost first, once the handler is chosen. (A call is never the last
 * thing in a __try here: clang 14 ends the scope right after it, where
 * the return address points, unlike MSVC, which pads with a nop.) */
static void __declspec(noinline) level2(void)
{
    __try {
        mark("raise");
        raise_code(0xe0000020);
    } __finally {
        mark("finally2");
    }
}

static void __declspec(noinline) level1(void)
{
    __try {
        __try {
            level2();
            mark("not here");
        } __finally {
            mark("finally1b");
        }
    } __finally {
        mark("finally1a");
    }
}

static void test_nesting(void)
{
    trail[0] = 0;
    __try {
        level1();
    } __except (filter_mark("filter", EXCEPTION_EXECUTE_HANDLER)) {
        mark("handler");
    }
    ok(!strcmp(trail, "raise filter finally2 finally1b finally1a handler "), "across frames: %s", trail);

    /* the innermost __except that accepts wins; the outer filter does not run */
    trail[0] = 0;
    __try {
        __try {
            __try {
                raise_code(0xe0000021);
            } __except (filter_mark("f3", EXCEPTION_CONTINUE_SEARCH)) {
                mark("h3");
            }
        } __except (filter_mark("f2", EXCEPTION_EXECUTE_HANDLER)) {
            mark("h2");
        }
    } __except (filter_mark("f1", EXCEPTION_EXECUTE_HANDLER)) {
        mark("h1");
    }
    ok(!strcmp(trail, "f3 f2 h2 "), "nested __except: %s", trail);

    /* an exception raised in an __except block goes to the next one out */
    trail[0] = 0;
    __try {
        __try {
            raise_code(0xe0000022);
        } __except (EXCEPTION_EXECUTE_HANDLER) {
            mark("h-inner");
            raise_code(0xe0000023);
        }
    } __except (GetExceptionCode() == 0xe0000023 ? EXCEPTION_EXECUTE_HANDLER : EXCEPTION_CONTINUE_SEARCH) {
        mark("h-outer");
    }
    ok(!strcmp(trail, "h-inner h-outer "), "raised in an __except block: %s", trail);

    /* an exception raised in a __finally block running for an unwind */
    trail[0] = 0;
    __try {
        __try {
            __try {
                raise_code(0xe0000024);
            } __finally {
                mark("finally");
                raise_code(0xe0000025);
            }
        } __except (GetExceptionCode() == 0xe0000025 ? EXCEPTION_EXECUTE_HANDLER : EXCEPTION_CONTINUE_SEARCH) {
            mark("second");
        }
    } __except (EXCEPTION_EXECUTE_HANDLER) {
        mark("first");
    }
    /* the new exception's handler is nearer: its unwind replaces the first one */
    ok(!strcmp(trail, "finally second "), "raised in a __finally while unwinding: %s", trail);
}

static void test_hardware(void)
{
    EXCEPTION_RECORD rec;
    DWORD code = 0;

    memset(&rec, 0, sizeof(rec));
    __try {
        write_bad();
        code = 1;
    } __except (rec = *exception_pointers()->ExceptionRecord, EXCEPTION_EXECUTE_HANDLER) {
        code = GetExceptionCode();
    }
    ok(rec.ExceptionCode == EXCEPTION_ACCESS_VIOLATION && except_code_ok(code, EXCEPTION_ACCESS_VIOLATION),
       "access violation: %#lx %#lx", rec.ExceptionCode, code);
    ok(rec.NumberParameters == 2 && rec.ExceptionInformation[0] == 1 && rec.ExceptionInformation[1] == 16,
       "its parameters: %lu %I64x %I64x", rec.NumberParameters, (unsigned __int64)rec.ExceptionInformation[0],
       (unsigned __int64)rec.ExceptionInformation[1]);

    memset(&rec, 0, sizeof(rec));
    code = 0;
    __try {
        code = read_bad();
        code++;
    } __except (rec = *exception_pointers()->ExceptionRecord, EXCEPTION_EXECUTE_HANDLER) {
        code = GetExceptionCode();
    }
    ok(rec.ExceptionCode == EXCEPTION_ACCESS_VIOLATION && except_code_ok(code, EXCEPTION_ACCESS_VIOLATION) &&
       rec.ExceptionInformation[0] == 0, "read access violation: %#lx %#lx %I64x", rec.ExceptionCode,
       code, (unsigned __int64)rec.ExceptionInformation[0]);

    memset(&rec, 0, sizeof(rec));
    code = 0;
    __try {
        code = divide(10, zero);
        code++;
    } __except (rec = *exception_pointers()->ExceptionRecord, EXCEPTION_EXECUTE_HANDLER) {
        code = GetExceptionCode();
    }
    ok(rec.ExceptionCode == EXCEPTION_INT_DIVIDE_BY_ZERO && except_code_ok(code, EXCEPTION_INT_DIVIDE_BY_ZERO),
       "integer division by zero: %#lx %#lx", rec.ExceptionCode, code);
}

static void test_raise_parameters(void)
{
    static const ULONG_PTR params[3] = { 11, 22, (ULONG_PTR)-1 };
    EXCEPTION_RECORD rec;
    void *address = NULL;

    memset(&rec, 0, sizeof(rec));
    __try {
        RaiseException(0xe0000030, EXCEPTION_NONCONTINUABLE, 3, params);
    } __except (rec = *exception_pointers()->ExceptionRecord,
                address = exception_pointers()->ExceptionRecord->ExceptionAddress,
                EXCEPTION_EXECUTE_HANDLER) {
    }
    ok(rec.ExceptionCode == 0xe0000030, "code %#lx", rec.ExceptionCode);
    ok(rec.ExceptionFlags & EXCEPTION_NONCONTINUABLE, "flags %#lx", rec.ExceptionFlags);
    ok(rec.NumberParameters == 3 && rec.ExceptionInformation[0] == 11 && rec.ExceptionInformation[1] == 22 &&
       rec.ExceptionInformation[2] == (ULONG_PTR)-1, "parameters %lu %I64u %I64u %I64x", rec.NumberParameters,
       (unsigned __int64)rec.ExceptionInformation[0], (unsigned __int64)rec.ExceptionInformation[1],
       (unsigned __int64)rec.ExceptionInformation[2]);
    ok(rec.ExceptionRecord == NULL, "no chained record: %p", (void *)rec.ExceptionRecord);
    ok(address != NULL, "an exception address: %p", address);

    /* a noncontinuable exception whose filter continues: a new exception,
     * STATUS_NONCONTINUABLE_EXCEPTION, for the next filter out */
    memset(&rec, 0, sizeof(rec));
    trail[0] = 0;
    __try {
        __try {
            RaiseException(0xe0000031, EXCEPTION_NONCONTINUABLE, 0, NULL);
            mark("continued");
        } __except (GetExceptionCode() == 0xe0000031 ? filter_mark("inner", EXCEPTION_CONTINUE_EXECUTION)
                                                     : EXCEPTION_CONTINUE_SEARCH) {
            mark("inner-handler");
        }
    } __except (rec = *exception_pointers()->ExceptionRecord, filter_mark("outer", EXCEPTION_EXECUTE_HANDLER)) {
        mark("outer-handler");
    }
    ok(!strcmp(trail, "inner outer outer-handler "), "continuing a noncontinuable exception: %s", trail);
    ok(rec.ExceptionCode == 0xc0000025, "it becomes STATUS_NONCONTINUABLE_EXCEPTION: %#lx", rec.ExceptionCode);
}

int main(void)
{
    under_wine = GetProcAddress(GetModuleHandleA("ntdll"), "wine_get_version") != NULL;
    test_filters();
    test_finally();
    test_nesting();
    test_hardware();
    test_raise_parameters();
    return test_done();
}
