/* runtime_support.c - what Go's runtime asks of the system at start, beyond
 * the common API: the system directory (it loads system DLLs by full
 * path), the error mode, priority boost, RtlGetNtVersionNumbers, the
 * system RNG (advapi32's RtlGenRandom, bcryptprimitives' ProcessPrng),
 * winmm's timer resolution, ws2_32's start-up, and KUSER_SHARED_DATA's clock being
 * fresh when a timed wait ends (Go's nanotime reads it directly and
 * compares it with the time it asked to sleep until). */
#include <winsock2.h>
#include <mmsystem.h>
#include "test.h"

#define KU_INTERRUPT_TIME 0x7ffe0008

static ULONG64 interrupt_time(void)
{
    volatile LONG *p = (volatile LONG *)KU_INTERRUPT_TIME;
    LONG hi1, hi2;
    ULONG lo;
    do {
        hi1 = p[1];
        lo = (ULONG)p[0];
        hi2 = p[2];
    } while (hi1 != hi2);
    return ((ULONG64)(ULONG)hi1 << 32) | lo;
}

static BOOL is_wine(void)
{
    return GetProcAddress(GetModuleHandleA("ntdll"), "wine_get_version") != NULL;
}

static void test_directories(void)
{
    char a[MAX_PATH], small[4];
    WCHAR w[MAX_PATH];
    UINT n, needed;

    n = GetSystemDirectoryA(a, sizeof(a));
    ok(n == strlen(a) && !_stricmp(a, "C:\\windows\\system32"), "GetSystemDirectoryA: %u %s", n, a);
    n = GetSystemDirectoryW(w, MAX_PATH);
    ok(n == 19 && !lstrcmpiW(w, L"C:\\windows\\system32"), "GetSystemDirectoryW: %u %s", n, dbgstr_w(w));
    needed = GetSystemDirectoryA(small, sizeof(small));
    ok(needed == 20, "GetSystemDirectoryA into 4 chars: %u (size with the NUL)", needed);
    needed = GetSystemDirectoryW(NULL, 0);
    ok(needed == 20, "GetSystemDirectoryW(NULL, 0): %u", needed);
    n = GetWindowsDirectoryA(a, sizeof(a));
    ok(n == 10 && !_stricmp(a, "C:\\windows"), "GetWindowsDirectoryA: %u %s", n, a);
    n = GetWindowsDirectoryW(w, MAX_PATH);
    ok(n == 10 && !lstrcmpiW(w, L"C:\\windows"), "GetWindowsDirectoryW: %u %s", n, dbgstr_w(w));
    n = GetSystemWindowsDirectoryW(w, MAX_PATH);
    ok(n == 10 && !lstrcmpiW(w, L"C:\\windows"), "GetSystemWindowsDirectoryW: %u %s", n, dbgstr_w(w));
    needed = GetWindowsDirectoryW(w, 10);
    ok(needed == 11, "GetWindowsDirectoryW into 10 chars: %u", needed);

    /* what Go's runtime does: LoadLibrary by the full system path */
    lstrcpyA(a + GetSystemDirectoryA(a, sizeof(a)), "\\ws2_32.dll");
    ok(LoadLibraryA(a) == GetModuleHandleA("ws2_32.dll"), "LoadLibraryA(%s) is the loaded ws2_32", a);
}

static void test_error_mode(void)
{
    UINT old = SetErrorMode(SEM_NOGPFAULTERRORBOX), prev, now;

    now = GetErrorMode();
    ok(now == SEM_NOGPFAULTERRORBOX, "GetErrorMode after SetErrorMode(SEM_NOGPFAULTERRORBOX): 0x%x", now);
    prev = SetErrorMode(SEM_FAILCRITICALERRORS | SEM_NOOPENFILEERRORBOX);
    ok(prev == SEM_NOGPFAULTERRORBOX, "SetErrorMode returned the previous mode 0x%x", prev);
    now = GetErrorMode();
    ok(now == (SEM_FAILCRITICALERRORS | SEM_NOOPENFILEERRORBOX), "GetErrorMode: 0x%x", now);
    SetErrorMode(old);
    now = GetErrorMode();
    ok(now == old, "mode restored: 0x%x (was 0x%x)", now, old);
}

static void test_priority_boost(void)
{
    BOOL disabled = 2, r;

    r = GetProcessPriorityBoost(GetCurrentProcess(), &disabled);
    ok(r && disabled == FALSE, "boost is on at start: %d %d", r, disabled);
    r = SetProcessPriorityBoost(GetCurrentProcess(), TRUE);
    ok(r, "SetProcessPriorityBoost(TRUE): %d", r);
    /* Wine's pair are stubs: Set succeeds on anything, Get says FALSE */
    if (is_wine()) {
        trace("Wine: GetProcessPriorityBoost/SetProcessPriorityBoost are stubs; skipped");
        SetProcessPriorityBoost(GetCurrentProcess(), FALSE);
        return;
    }
    disabled = 2;
    r = GetProcessPriorityBoost(GetCurrentProcess(), &disabled);
    ok(r && disabled == TRUE, "boost disabled: %d %d", r, disabled);
    SetProcessPriorityBoost(GetCurrentProcess(), FALSE);
    r = GetProcessPriorityBoost(GetCurrentProcess(), &disabled);
    ok(r && disabled == FALSE, "boost enabled again: %d %d", r, disabled);
    SetLastError(0xdeadbeef);
    r = SetProcessPriorityBoost((HANDLE)0x1234, TRUE);
    ok(!r && GetLastError() == ERROR_INVALID_HANDLE, "a bad handle: %d %lu", r, GetLastError());
}

static void test_nt_version(void)
{
    void (WINAPI *pRtlGetNtVersionNumbers)(ULONG *, ULONG *, ULONG *);
    ULONG major = 0, minor = 99, build = 0;

    pRtlGetNtVersionNumbers = (void *)GetProcAddress(GetModuleHandleA("ntdll"), "RtlGetNtVersionNumbers");
    ok(pRtlGetNtVersionNumbers != NULL, "ntdll exports RtlGetNtVersionNumbers");
    if (!pRtlGetNtVersionNumbers) return;
    pRtlGetNtVersionNumbers(&major, &minor, &build);
    /* the prefix and winrun both say Windows 10 */
    ok(major == 10 && minor == 0, "version %lu.%lu", major, minor);
    ok((build & 0xf0000000) == 0xf0000000 && (build & 0xffff) >= 10240,
       "build 0x%lx: a free build's high bits and a Windows 10 number", build);
    pRtlGetNtVersionNumbers(NULL, NULL, &build);   /* each output is optional */
    ok((build & 0xffff) >= 10240, "build alone 0x%lx", build);
}

/* Two draws of 64 random bytes: not all zero, not equal. */
static BOOL looks_random(BOOL (*fill)(BYTE *, ULONG))
{
    BYTE a[64], b[64];
    ULONG i, zero = 0;

    memset(a, 0, sizeof(a));
    memset(b, 0, sizeof(b));
    if (!fill(a, sizeof(a)) || !fill(b, sizeof(b))) return FALSE;
    for (i = 0; i < sizeof(a); i++) zero += !a[i];
    return zero < 16 && memcmp(a, b, sizeof(a));
}

static BOOLEAN (WINAPI *pSystemFunction036)(void *, ULONG);
static BOOL (WINAPI *pProcessPrng)(BYTE *, SIZE_T);

static BOOL fill_rtl(BYTE *p, ULONG n) { return pSystemFunction036(p, n); }
static BOOL fill_prng(BYTE *p, ULONG n) { return pProcessPrng(p, n); }

static void test_random(void)
{
    HMODULE advapi = LoadLibraryA("advapi32.dll"), prims;
    BYTE one;

    pSystemFunction036 = (void *)GetProcAddress(advapi, "SystemFunction036");
    ok(pSystemFunction036 != NULL, "advapi32 exports SystemFunction036");
    if (pSystemFunction036) ok(looks_random(fill_rtl), "RtlGenRandom gives random bytes");

    /* what Go 1.22 and later load at start; Wine 8 has no such DLL */
    prims = LoadLibraryA("bcryptprimitives.dll");
    if (!prims && is_wine()) {
        trace("Wine 8 has no bcryptprimitives.dll; skipped");
        return;
    }
    ok(prims != NULL, "LoadLibrary(bcryptprimitives.dll): %lu", GetLastError());
    pProcessPrng = (void *)GetProcAddress(prims, "ProcessPrng");
    ok(pProcessPrng != NULL, "bcryptprimitives exports ProcessPrng");
    if (!pProcessPrng) return;
    ok(looks_random(fill_prng), "ProcessPrng gives random bytes");
    ok(pProcessPrng(&one, 0) == TRUE, "ProcessPrng of 0 bytes returns TRUE");
}

static void test_winmm(void)
{
    TIMECAPS caps;
    DWORD t1, t2, tick;
    MMRESULT r;

    memset(&caps, 0xcc, sizeof(caps));
    r = timeGetDevCaps(&caps, sizeof(caps));
    /* the maximum differs (Windows 10 1000000 ms, Wine 65535 ms): only a
     * sane one is asked for */
    ok(r == TIMERR_NOERROR && caps.wPeriodMin == 1 && caps.wPeriodMax >= 65535,
       "timeGetDevCaps: %u min %u max %u", r, caps.wPeriodMin, caps.wPeriodMax);
    r = timeGetDevCaps(&caps, sizeof(caps) - 1);
    ok(r == TIMERR_NOCANDO, "timeGetDevCaps with a short size: %u", r);
    r = timeBeginPeriod(1);
    ok(r == TIMERR_NOERROR, "timeBeginPeriod(1): %u", r);
    r = timeEndPeriod(1);
    ok(r == TIMERR_NOERROR, "timeEndPeriod(1): %u", r);
    r = timeBeginPeriod(0);
    ok(r == TIMERR_NOCANDO, "timeBeginPeriod(0): %u", r);

    t1 = timeGetTime();
    tick = GetTickCount();
    Sleep(50);
    t2 = timeGetTime();
    ok(t2 - t1 >= 45 && t2 - t1 < 2000, "timeGetTime advanced %lu ms over Sleep(50)", t2 - t1);
    /* both count milliseconds since boot */
    ok((LONG)(t1 - tick) > -100 && (LONG)(t1 - tick) < 100, "timeGetTime %lu near GetTickCount %lu", t1, tick);
}

static void test_winsock(void)
{
    WSADATA data;
    fd_set set;
    HANDLE event;
    int r;

    memset(&data, 0xcc, sizeof(data));
    r = WSAStartup(MAKEWORD(2, 2), &data);
    ok(r == 0 && data.wVersion == MAKEWORD(2, 2) && data.wHighVersion == MAKEWORD(2, 2),
       "WSAStartup(2.2): %d version 0x%x high 0x%x", r, data.wVersion, data.wHighVersion);
    r = WSAStartup(MAKEWORD(1, 1), &data);
    ok(r == 0 && data.wVersion == MAKEWORD(1, 1), "WSAStartup(1.1): %d version 0x%x", r, data.wVersion);
    r = WSAStartup(MAKEWORD(3, 0), &data);
    ok(r == 0 && data.wVersion == MAKEWORD(2, 2), "WSAStartup(3.0) gets 2.2: %d version 0x%x", r, data.wVersion);
    r = WSAStartup(MAKEWORD(0, 9), &data);
    ok(r == WSAVERNOTSUPPORTED, "WSAStartup(0.9): %d", r);
    r = WSAStartup(MAKEWORD(2, 2), NULL);
    ok(r == WSAEFAULT, "WSAStartup(NULL data): %d", r);
    ok(WSACleanup() == 0 && WSACleanup() == 0 && WSACleanup() == 0, "three WSACleanup for three starts");
    WSASetLastError(0xdeadbeef);
    r = WSACleanup();
    ok(r == SOCKET_ERROR && WSAGetLastError() == WSANOTINITIALISED, "one more WSACleanup: %d %d", r, WSAGetLastError());
    WSASetLastError(1234);
    ok(GetLastError() == 1234, "WSASetLastError is the thread's last error: %lu", GetLastError());

    ok(htons(0x1234) == 0x3412 && ntohs(0x3412) == 0x1234, "htons/ntohs");
    ok(htonl(0x12345678) == 0x78563412 && ntohl(0x78563412) == 0x12345678, "htonl/ntohl");

    set.fd_count = 2;
    set.fd_array[0] = 5;
    set.fd_array[1] = 9;
    ok(__WSAFDIsSet(9, &set) && !__WSAFDIsSet(7, &set), "__WSAFDIsSet");

    event = WSACreateEvent();
    ok(event != WSA_INVALID_EVENT, "WSACreateEvent %p", event);
    ok(WaitForSingleObject(event, 0) == WAIT_TIMEOUT, "a new event is not signalled");
    ok(WSASetEvent(event) && WaitForSingleObject(event, 0) == WAIT_OBJECT_0 &&
       WaitForSingleObject(event, 0) == WAIT_OBJECT_0, "WSASetEvent: manual reset");
    ok(WSAResetEvent(event) && WaitForSingleObject(event, 0) == WAIT_TIMEOUT, "WSAResetEvent");
    ok(WSACloseEvent(event), "WSACloseEvent");
}

/* Windows updates InterruptTime on the clock interrupt that ends a timed
 * wait, so the time read right after waking has moved on by at least the
 * wait. Wine refreshes KUSER_SHARED_DATA on its own schedule (and Go uses
 * QueryPerformanceCounter there instead), so the check is skipped on it. */
static void test_fresh_interrupt_time(void)
{
    HANDLE timer = CreateWaitableTimerW(NULL, TRUE, NULL), event = CreateEventW(NULL, TRUE, FALSE, NULL);
    LARGE_INTEGER due;
    ULONG64 before, after;
    LONG64 short_sleep = 0, short_timer = 0, short_wait = 0;
    int i;

    if (is_wine()) {
        trace("Wine: KUSER_SHARED_DATA is refreshed on its own schedule; skipped");
        CloseHandle(timer);
        CloseHandle(event);
        return;
    }
    for (i = 0; i < 10; i++) {
        Sleep(1);                       /* start right after a wake */
        before = interrupt_time();
        Sleep(3);
        after = interrupt_time();
        if ((LONG64)(after - before) < 30000) short_sleep++;

        Sleep(1);
        before = interrupt_time();
        due.QuadPart = -30000;          /* 3 ms */
        SetWaitableTimer(timer, &due, 0, NULL, NULL, FALSE);
        WaitForSingleObject(timer, INFINITE);
        after = interrupt_time();
        if ((LONG64)(after - before) < 30000) short_timer++;

        Sleep(1);
        before = interrupt_time();
        WaitForSingleObject(event, 3);
        after = interrupt_time();
        if ((LONG64)(after - before) < 30000) short_wait++;
    }
    ok(!short_sleep, "InterruptTime moved less than Sleep(3) in %I64d of 10", short_sleep);
    ok(!short_timer, "InterruptTime moved less than a 3 ms timer in %I64d of 10", short_timer);
    ok(!short_wait, "InterruptTime moved less than a 3 ms wait timeout in %I64d of 10", short_wait);
    CloseHandle(timer);
    CloseHandle(event);
}

int main(void)
{
    test_directories();
    test_error_mode();
    test_priority_boost();
    test_nt_version();
    test_random();
    test_winmm();
    test_winsock();
    test_fresh_interrupt_time();
    return test_done();
}
