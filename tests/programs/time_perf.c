/* time_perf.c - monotonic clocks: the performance counter, tick counts,
 * the unbiased interrupt time and the precise system-time calls. */
#include "test.h"

typedef void (WINAPI *GetSystemTimePrecise_fn)(FILETIME *);

int main(void)
{
    LARGE_INTEGER freq, a, b, prev;
    ULONGLONG t1, t2, u1 = 0, u2 = 0;
    GetSystemTimePrecise_fn pPrecise;
    FILETIME ft1, ft2;
    int i, mono = 1;
    LONG64 d;
    BOOL r;

    freq.QuadPart = a.QuadPart = 0;
    r = QueryPerformanceFrequency(&freq);
    ok(r && freq.QuadPart > 0, "QueryPerformanceFrequency %I64d", freq.QuadPart);
    r = QueryPerformanceCounter(&a);
    ok(r && a.QuadPart > 0, "QueryPerformanceCounter %I64d", a.QuadPart);
    prev = a;
    for (i = 0; i < 10000; i++) {
        QueryPerformanceCounter(&b);
        mono &= b.QuadPart >= prev.QuadPart;
        prev = b;
    }
    ok(mono, "10000 readings never go back");
    t1 = GetTickCount64();
    QueryUnbiasedInterruptTime(&u1);
    QueryPerformanceCounter(&a);
    Sleep(50);
    QueryPerformanceCounter(&b);
    QueryUnbiasedInterruptTime(&u2);
    t2 = GetTickCount64();
    d = (b.QuadPart - a.QuadPart) * 1000 / freq.QuadPart;
    ok(d >= 49 && d < 5000, "counter measured Sleep(50) as %I64d ms", d);
    ok(t2 - t1 >= 30 && t2 - t1 < 5000, "GetTickCount64 advanced %I64u ms", t2 - t1);
    ok(u2 > u1 && (u2 - u1) / 10000 >= 30, "QueryUnbiasedInterruptTime advanced %I64u ms", (u2 - u1) / 10000);

    pPrecise = (GetSystemTimePrecise_fn)GetProcAddress(GetModuleHandleA("kernel32.dll"),
                                                       "GetSystemTimePreciseAsFileTime");
    ok(pPrecise != NULL, "GetSystemTimePreciseAsFileTime exists");
    if (pPrecise) {
        pPrecise(&ft1);
        GetSystemTimeAsFileTime(&ft2);
        d = (LONG64)((((ULONG64)ft2.dwHighDateTime << 32) | ft2.dwLowDateTime) -
                     (((ULONG64)ft1.dwHighDateTime << 32) | ft1.dwLowDateTime));
        ok(d > -1000000 && d < 1000000, "precise and coarse system time within 100 ms: %I64d", d);
    }
    return test_done();
}
