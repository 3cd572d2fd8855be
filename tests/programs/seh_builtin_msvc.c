/*
 * Faults inside system DLL code: an access violation in msvcrt's strlen or
 * memcpy reaches the program's __except through the DLL's frames; an
 * exception raised by a callback propagates out through qsort; and the APIs
 * that Windows runs under __try itself (lstrlen, lstrcpy, IsBad*Ptr) return
 * their failure value instead, after vectored handlers saw the fault.
 * Built with clang for the MSVC ABI (__try needs __C_specific_handler).
 */
#include <stdlib.h>
#include <string.h>
#include "test.h"

static LONG veh_calls;

static LONG WINAPI count_veh(EXCEPTION_POINTERS *ptrs)
{
    if (ptrs->ExceptionRecord->ExceptionCode == EXCEPTION_ACCESS_VIOLATION) veh_calls++;
    return EXCEPTION_CONTINUE_SEARCH;
}

static DWORD filter_av(EXCEPTION_POINTERS *ptrs, ULONG_PTR *op, ULONG_PTR *addr)
{
    EXCEPTION_RECORD *rec = ptrs->ExceptionRecord;
    if (rec->ExceptionCode != EXCEPTION_ACCESS_VIOLATION) return EXCEPTION_CONTINUE_SEARCH;
    *op = rec->ExceptionInformation[0];
    *addr = rec->ExceptionInformation[1];
    return EXCEPTION_EXECUTE_HANDLER;
}

/* through pointers, so that the compiler calls msvcrt instead of inlining */
static size_t (__cdecl *volatile p_strlen)(const char *) = strlen;
static void *(__cdecl *volatile p_memcpy)(void *, const void *, size_t) = memcpy;

static void test_crt_faults(void)
{
    volatile size_t n = 0;
    ULONG_PTR op = 99, addr = 0;
    int caught = 0;
    char *ro;
    DWORD old;

    __try {
        n = p_strlen((const char *)16);
    } __except (filter_av(GetExceptionInformation(), &op, &addr)) {
        caught = 1;
    }
    ok(caught && op == 0 && addr == 16, "strlen(16): caught %d, op %Iu, address %Ix", caught, op, addr);

    ro = VirtualAlloc(NULL, 4096, MEM_COMMIT, PAGE_READWRITE);
    ok(ro && VirtualProtect(ro, 4096, PAGE_READONLY, &old), "a read-only page");
    caught = 0;
    __try {
        p_memcpy(ro + 100, "data", 5);
    } __except (filter_av(GetExceptionInformation(), &op, &addr)) {
        caught = 1;
    }
    ok(caught && op == 1 && addr >= (ULONG_PTR)ro + 100 && addr < (ULONG_PTR)ro + 105,
       "memcpy to a read-only page: caught %d, op %Iu, address %Ix (page %p)", caught, op, addr, ro);
    VirtualFree(ro, 0, MEM_RELEASE);
    (void)n;
}

static int finally_ran;

static int __cdecl raising_compare(const void *a, const void *b)
{
    (void)a; (void)b;
    RaiseException(0xe0000042, 0, 0, NULL);
    return 0;
}

static void sort_with_finally(int *values)
{
    __try {
        qsort(values, 4, sizeof(int), raising_compare);
    } __finally {
        finally_ran = 1;
    }
}

static void test_callback_raise(void)
{
    int values[4] = { 3, 1, 2, 0 };
    DWORD code = 0;

    __try {
        sort_with_finally(values);
    } __except (code = GetExceptionCode(), EXCEPTION_EXECUTE_HANDLER) {
    }
    ok(code == 0xe0000042, "raised from a qsort callback: %lx", code);
    ok(finally_ran, "the __finally between ran");
}

static void test_guarded_apis(void)
{
    char buffer[16];
    char *ro;
    DWORD old;
    int caught = 0;

    veh_calls = 0;
    __try {
        ok(lstrlenA((LPCSTR)16) == 0, "lstrlenA of a bad pointer is 0");
        ok(lstrlenW((LPCWSTR)16) == 0, "lstrlenW of a bad pointer is 0");
        ok(lstrcpyA(buffer, (LPCSTR)16) == NULL, "lstrcpyA from a bad pointer is NULL");
        ok(IsBadReadPtr((void *)16, 4), "IsBadReadPtr(16)");
        ok(!IsBadReadPtr(buffer, sizeof(buffer)), "IsBadReadPtr of the stack");
        ok(IsBadStringPtrA((LPCSTR)16, 10), "IsBadStringPtrA(16)");
        ok(!IsBadStringPtrA("abc", 10), "IsBadStringPtrA of a string");
        ro = VirtualAlloc(NULL, 4096, MEM_COMMIT, PAGE_READONLY);
        ok(IsBadWritePtr(ro, 1), "IsBadWritePtr of a read-only page");
        ok(!IsBadReadPtr(ro, 4096), "IsBadReadPtr of a read-only page");
        ok(!IsBadWritePtr(buffer, sizeof(buffer)), "IsBadWritePtr of the stack");
        VirtualProtect(ro, 4096, PAGE_NOACCESS, &old);
        ok(IsBadReadPtr(ro + 10, 1), "IsBadReadPtr of a no-access page");
        VirtualFree(ro, 0, MEM_RELEASE);
    } __except (EXCEPTION_EXECUTE_HANDLER) {
        caught = 1;
    }
    ok(!caught, "no fault left the guarded APIs");
    /* the faults are first-chance exceptions: vectored handlers see each */
    ok(veh_calls == 7, "vectored handler saw %ld faults", veh_calls);
}

int main(void)
{
    void *veh = AddVectoredExceptionHandler(1, count_veh);
    test_crt_faults();
    test_callback_raise();
    test_guarded_apis();
    RemoveVectoredExceptionHandler(veh);
    return test_done();
}
