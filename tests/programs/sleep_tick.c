/* sleep_tick.c - Sleep and the tick counters: Sleep(0) returns at once,
 * Sleep(n) waits at least about n ms (measured with the performance
 * counter, since tick counts move in 15.6 ms steps on Windows). */
#include "test.h"

static double ms_since(LARGE_INTEGER start, LARGE_INTEGER freq)
{
    LARGE_INTEGER now;
    QueryPerformanceCounter(&now);
    return (double)(now.QuadPart - start.QuadPart) * 1000.0 / (double)freq.QuadPart;
}

int main(void)
{
    LARGE_INTEGER freq, start;
    ULONGLONG t64;
    DWORD t, r;
    double ms;

    QueryPerformanceFrequency(&freq);
    QueryPerformanceCounter(&start);
    Sleep(0);
    ms = ms_since(start, freq);
    ok(ms < 500, "Sleep(0) returns promptly: %d ms", (int)ms);

    QueryPerformanceCounter(&start);
    Sleep(10);
    ms = ms_since(start, freq);
    ok(ms >= 9.0 && ms < 2000, "Sleep(10) took %d.%d ms", (int)ms, (int)(ms * 10) % 10);

    t = GetTickCount();
    t64 = GetTickCount64();
    QueryPerformanceCounter(&start);
    Sleep(100);
    ms = ms_since(start, freq);
    ok(ms >= 99.0, "Sleep(100) took %d ms", (int)ms);
    ok(GetTickCount() - t >= 80 && GetTickCount() - t < 5000, "GetTickCount advanced %lu", GetTickCount() - t);
    ok(GetTickCount64() - t64 >= 80, "GetTickCount64 advanced %I64u", GetTickCount64() - t64);
    ok((DWORD)GetTickCount64() - GetTickCount() < 100, "GetTickCount is the low part of GetTickCount64");

    r = SleepEx(0, FALSE);
    ok(r == 0, "SleepEx(0, FALSE) returns 0: %lu", r);
    r = SleepEx(5, TRUE);
    ok(r == 0, "alertable SleepEx without APCs returns 0: %lu", r);
    SwitchToThread();
    ok(1, "SwitchToThread returns");
    return test_done();
}
