/*
 * Raising exceptions, the top-level filter, thread suspension and
 * contexts, and the IsBad*Ptr probes. Dispatch itself is ntdll's
 * (dlls/ntdll/exception.c).
 */
#include <string.h>
#include "kernel32_private.h"

NTSYSAPI void WINAPI RtlSetUnhandledExceptionFilter(LPTOP_LEVEL_EXCEPTION_FILTER);

static LPTOP_LEVEL_EXCEPTION_FILTER top_filter;

WINBASEAPI void WINAPI RaiseException(DWORD code, DWORD flags, DWORD count, const ULONG_PTR *args)
{
    EXCEPTION_RECORD rec;

    rec.ExceptionCode = code;
    rec.ExceptionFlags = flags & EXCEPTION_NONCONTINUABLE;
    rec.ExceptionRecord = NULL;
    rec.ExceptionAddress = (void *)RaiseException;
    rec.NumberParameters = 0;
    if (args) {
        rec.NumberParameters = count < EXCEPTION_MAXIMUM_PARAMETERS ? count : EXCEPTION_MAXIMUM_PARAMETERS;
        memcpy(rec.ExceptionInformation, args, rec.NumberParameters * sizeof(*args));
    }
    RtlRaiseException(&rec);
}

WINBASEAPI LPTOP_LEVEL_EXCEPTION_FILTER WINAPI SetUnhandledExceptionFilter(LPTOP_LEVEL_EXCEPTION_FILTER filter)
{
    return __atomic_exchange_n(&top_filter, filter, __ATOMIC_SEQ_CST);
}

/* The program's filter decides; without one, or if it searches on, ntdll
 * reports the crash (where Windows would start its error reporting). */
WINBASEAPI LONG WINAPI UnhandledExceptionFilter(PEXCEPTION_POINTERS ptrs)
{
    LPTOP_LEVEL_EXCEPTION_FILTER filter = __atomic_load_n(&top_filter, __ATOMIC_SEQ_CST);
    return filter ? filter(ptrs) : EXCEPTION_CONTINUE_SEARCH;
}

void exception_attach(void)
{
    RtlSetUnhandledExceptionFilter(UnhandledExceptionFilter);
}

WINBASEAPI DWORD WINAPI SuspendThread(HANDLE thread)
{
    ULONG prev;
    return set_status_error(NtSuspendThread(thread, &prev)) ? prev : (DWORD)-1;
}

WINBASEAPI BOOL WINAPI GetThreadContext(HANDLE thread, LPCONTEXT ctx)
{
    return set_status_error(NtGetContextThread(thread, ctx));
}

WINBASEAPI BOOL WINAPI SetThreadContext(HANDLE thread, const CONTEXT *ctx)
{
    return set_status_error(NtSetContextThread(thread, ctx));
}

/* ---- probing memory: Windows answers these under __try ---- */

/* Touches every page of [P, P+SIZE): read, or read and write the same
 * byte back as Windows does. Not inlined: see winrun_guard_push. */
static __attribute__((noinline)) void touch_pages(volatile char *p, UINT_PTR size, BOOL write)
{
    for (UINT_PTR i = 0; i < size; i += 4096 - ((UINT_PTR)(p + i) & 4095)) {
        if (write) p[i] = p[i];
        else (void)p[i];
    }
    if (write) p[size - 1] = p[size - 1];
    else (void)p[size - 1];
}

static BOOL probe(const void *ptr, UINT_PTR size, BOOL write)
{
    if (!size) return FALSE;
    if (!ptr) return TRUE;
    WINRUN_GUARDED(TRUE, touch_pages((volatile char *)ptr, size, write));
    return FALSE;
}

static __attribute__((noinline)) void scan_string(const volatile char *p, UINT_PTR max, UINT_PTR unit)
{
    for (UINT_PTR i = 0; i < max; i++, p += unit) {
        if (unit == 1 ? !*p : !*(const volatile WCHAR *)p) break;
    }
}

static BOOL probe_string(const void *s, UINT_PTR max, UINT_PTR unit)
{
    if (!max) return FALSE;
    if (!s) return TRUE;
    WINRUN_GUARDED(TRUE, scan_string(s, max, unit));
    return FALSE;
}

WINBASEAPI BOOL WINAPI IsBadReadPtr(LPCVOID p, UINT_PTR size) { return probe(p, size, FALSE); }
WINBASEAPI BOOL WINAPI IsBadHugeReadPtr(LPCVOID p, UINT_PTR size) { return probe(p, size, FALSE); }
WINBASEAPI BOOL WINAPI IsBadWritePtr(LPVOID p, UINT_PTR size) { return probe(p, size, TRUE); }
WINBASEAPI BOOL WINAPI IsBadHugeWritePtr(LPVOID p, UINT_PTR size) { return probe(p, size, TRUE); }
WINBASEAPI BOOL WINAPI IsBadCodePtr(FARPROC p) { return probe((const char *)p, 1, FALSE); }

WINBASEAPI BOOL WINAPI IsBadStringPtrA(LPCSTR s, UINT_PTR max) { return probe_string(s, max, 1); }
WINBASEAPI BOOL WINAPI IsBadStringPtrW(LPCWSTR s, UINT_PTR max) { return probe_string(s, max, 2); }
