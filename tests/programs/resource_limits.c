/* Resource exhaustion gives Windows errors, not crashes: 10000 event
 * handles, 1000 threads at once (small stacks, all joined), HeapAlloc of
 * absurd sizes (NULL, or STATUS_NO_MEMORY raised under
 * HEAP_GENERATE_EXCEPTIONS), VirtualAlloc of absurd sizes and commits
 * beyond the commit limit.  Deep recursion (EXCEPTION_STACK_OVERFLOW) is
 * seh_stack.c's, ten thousand windows and more user_many_windows.c's. */
#include "test.h"

#define EVENT_COUNT 10000
#define THREAD_COUNT 1000

static HANDLE events[EVENT_COUNT];

static void test_handles(void)
{
    int i, created = 0, distinct = 1, closed = 0;

    for (i = 0; i < EVENT_COUNT; i++) {
        events[i] = CreateEventA(NULL, TRUE, FALSE, NULL);
        if (events[i]) created++;
    }
    ok(created == EVENT_COUNT, "%d of %d events created", created, EVENT_COUNT);
    /* handles are distinct (adjacent ones at least) and each works */
    for (i = 1; i < EVENT_COUNT; i++)
        if (events[i] == events[i - 1]) distinct = 0;
    ok(distinct, "the handles are distinct");
    ok(SetEvent(events[EVENT_COUNT - 1]) && WaitForSingleObject(events[EVENT_COUNT - 1], 0) == WAIT_OBJECT_0 &&
       WaitForSingleObject(events[0], 0) == WAIT_TIMEOUT, "the first and last events work");
    for (i = 0; i < EVENT_COUNT; i++)
        if (events[i] && CloseHandle(events[i])) closed++;
    ok(closed == created, "%d of %d closed", closed, created);
    SetLastError(0xdeadbeef);
    ok(!CloseHandle(events[EVENT_COUNT / 2]) && GetLastError() == ERROR_INVALID_HANDLE,
       "a closed one is invalid (%lu)", GetLastError());
}

static HANDLE go;
static volatile LONG started;

static DWORD WINAPI worker(void *arg)
{
    InterlockedIncrement(&started);
    WaitForSingleObject(go, INFINITE);
    return (DWORD)(ULONG_PTR)arg + 1;
}

static HANDLE threads[THREAD_COUNT];

static void test_threads(void)
{
    int i, created = 0, joined = 0, codes = 0;
    DWORD start = GetTickCount();

    go = CreateEventA(NULL, TRUE, FALSE, NULL);
    for (i = 0; i < THREAD_COUNT; i++) {
        threads[i] = CreateThread(NULL, 64 * 1024, worker, (void *)(ULONG_PTR)i,
                                  STACK_SIZE_PARAM_IS_A_RESERVATION, NULL);
        if (threads[i]) created++;
    }
    ok(created == THREAD_COUNT, "%d of %d threads created", created, THREAD_COUNT);
    /* all alive at once before any may finish */
    while (started < created && GetTickCount() - start < 30000) Sleep(10);
    ok(started == created, "%ld threads running at once", started);
    SetEvent(go);
    for (i = 0; i < THREAD_COUNT; i++) {
        DWORD code = 0;
        if (!threads[i]) continue;
        if (WaitForSingleObject(threads[i], 30000) == WAIT_OBJECT_0) joined++;
        if (GetExitCodeThread(threads[i], &code) && code == (DWORD)i + 1) codes++;
        CloseHandle(threads[i]);
    }
    ok(joined == created && codes == created, "%d joined, %d with their exit code", joined, codes);
    CloseHandle(go);
}

static DWORD vectored_code;
static CONTEXT resume_context;
static volatile int resumed;

/* mingw's gcc has no __try: a vectored handler records the code and
 * resumes at a context captured before the call */
static LONG CALLBACK heap_vectored(EXCEPTION_POINTERS *ptrs)
{
    if (ptrs->ExceptionRecord->ExceptionCode != STATUS_NO_MEMORY) return EXCEPTION_CONTINUE_SEARCH;
    vectored_code = ptrs->ExceptionRecord->ExceptionCode;
    resumed = 1;
    *ptrs->ContextRecord = resume_context;
    return EXCEPTION_CONTINUE_EXECUTION;
}

static void __attribute__((noinline)) alloc_raising(HANDLE heap, SIZE_T size, void **result)
{
    resumed = 0;
    RtlCaptureContext(&resume_context);
    if (!resumed) *result = HeapAlloc(heap, HEAP_GENERATE_EXCEPTIONS, size);
}

static void test_heap(void)
{
    static const SIZE_T sizes[] = { ~(SIZE_T)0, ~(SIZE_T)0 - 0x10000, (SIZE_T)1 << 62, (SIZE_T)1 << 47 };
    HANDLE heap = GetProcessHeap(), private_heap;
    void *p, *vh;
    unsigned int i;

    for (i = 0; i < sizeof(sizes) / sizeof(sizes[0]); i++) {
        p = HeapAlloc(heap, 0, sizes[i]);
        ok(p == NULL, "HeapAlloc(%I64x) fails (%p)", (ULONGLONG)sizes[i], p);
        p = HeapReAlloc(heap, 0, HeapAlloc(heap, 0, 16), sizes[i]);
        ok(p == NULL, "HeapReAlloc(%I64x) fails (%p)", (ULONGLONG)sizes[i], p);
    }
    private_heap = HeapCreate(0, 0, 0);
    p = HeapAlloc(private_heap, 0, ~(SIZE_T)0 - 64);
    ok(p == NULL, "a private heap's HeapAlloc(~0 - 64) fails (%p)", p);
    /* a fixed-size heap refuses what does not fit */
    HeapDestroy(private_heap);
    private_heap = HeapCreate(0, 0x10000, 0x10000);
    p = HeapAlloc(private_heap, 0, 0x100000);
    ok(p == NULL, "a 64 KiB fixed heap refuses 1 MiB (%p)", p);
    HeapDestroy(private_heap);

    vh = AddVectoredExceptionHandler(1, heap_vectored);
    p = (void *)1;
    alloc_raising(heap, ~(SIZE_T)0 - 0x10000, &p);
    ok(vectored_code == STATUS_NO_MEMORY && p == (void *)1,
       "HEAP_GENERATE_EXCEPTIONS raises STATUS_NO_MEMORY (%lx, %p)", vectored_code, p);
    RemoveVectoredExceptionHandler(vh);
    p = HeapAlloc(heap, HEAP_GENERATE_EXCEPTIONS, 100);
    ok(p != NULL, "HEAP_GENERATE_EXCEPTIONS with a small size succeeds");
    HeapFree(heap, 0, p);
}

static void test_virtual(void)
{
    SIZE_T huge = ~(SIZE_T)0 & ~(SIZE_T)0xffff;
    DWORD err;
    void *p, *big;

    SetLastError(0xdeadbeef);
    p = VirtualAlloc(NULL, huge, MEM_RESERVE, PAGE_READWRITE);
    err = GetLastError();
    /* more than the address space is a bad parameter, not a lack of memory */
    ok(!p && err == ERROR_INVALID_PARAMETER, "reserving ~0 fails (%p, %lu)", p, err);
    SetLastError(0xdeadbeef);
    p = VirtualAlloc(NULL, (SIZE_T)1 << 62, MEM_RESERVE | MEM_COMMIT, PAGE_READWRITE);
    err = GetLastError();
    ok(!p && err == ERROR_INVALID_PARAMETER, "committing 4 EiB fails (%p, %lu)", p, err);
    SetLastError(0xdeadbeef);
    p = VirtualAlloc(NULL, 0, MEM_RESERVE, PAGE_READWRITE);
    err = GetLastError();
    ok(!p && err == ERROR_INVALID_PARAMETER, "a zero size fails (%p, %lu)", p, err);

    /* reserving 1 TiB is only address space; committing all of it is
     * beyond any commit limit */
    big = VirtualAlloc(NULL, (SIZE_T)1 << 40, MEM_RESERVE, PAGE_NOACCESS);
    ok(big != NULL, "reserving 1 TiB succeeds");
    if (big) {
        SetLastError(0xdeadbeef);
        p = VirtualAlloc(big, (SIZE_T)1 << 40, MEM_COMMIT, PAGE_READWRITE);
        err = GetLastError();
        /* Wine 8 says ERROR_ACCESS_DENIED; Windows runs out of commit */
        if (GetProcAddress(GetModuleHandleA("ntdll"), "wine_get_version"))
            trace("committing 1 TiB under Wine: %p, %lu", p, err);
        else
            ok(!p && (err == ERROR_NOT_ENOUGH_MEMORY || err == ERROR_COMMITMENT_LIMIT),
               "committing all of it fails (%p, %lu)", p, err);
        p = VirtualAlloc(big, 0x10000, MEM_COMMIT, PAGE_READWRITE);
        ok(p == big, "committing 64 KiB of it succeeds");
        if (p) ((volatile char *)p)[0xffff] = 1;
        ok(VirtualFree(big, 0, MEM_RELEASE), "and it is released");
    }
}

int main(void)
{
    test_handles();
    test_threads();
    test_heap();
    test_virtual();
    return test_done();
}
