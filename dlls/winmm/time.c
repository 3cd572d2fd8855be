/*
 * The multimedia timer API: timeGetTime and the timer resolution calls.
 * timeBeginPeriod/timeEndPeriod only validate and count here: our waits
 * and timers already sleep with the kernel's precision (well under 1 ms),
 * which is what a program asks for by raising the resolution. The
 * system-wide 15.625 ms tick that KUSER_SHARED_DATA shows is left alone.
 */
#include <time.h>
#include "windef.h"

#define TIMERR_NOERROR  0
#define TIMERR_NOCANDO  97
#define PERIOD_MIN      1
#define PERIOD_MAX      1000000

typedef struct { UINT wPeriodMin, wPeriodMax; } TIMECAPS;

/* Milliseconds since boot, wrapping after 49.7 days, as on Windows. */
WINBASEAPI DWORD WINAPI timeGetTime(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_BOOTTIME, &ts);
    return (DWORD)((unsigned long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000);
}

WINBASEAPI UINT WINAPI timeGetDevCaps(TIMECAPS *caps, UINT size)
{
    if (!caps || size < sizeof(*caps)) return TIMERR_NOCANDO;
    caps->wPeriodMin = PERIOD_MIN;
    caps->wPeriodMax = PERIOD_MAX;
    return TIMERR_NOERROR;
}

WINBASEAPI UINT WINAPI timeBeginPeriod(UINT period)
{
    return (period < PERIOD_MIN || period > PERIOD_MAX) ? TIMERR_NOCANDO : TIMERR_NOERROR;
}

WINBASEAPI UINT WINAPI timeEndPeriod(UINT period)
{
    return (period < PERIOD_MIN || period > PERIOD_MAX) ? TIMERR_NOCANDO : TIMERR_NOERROR;
}
