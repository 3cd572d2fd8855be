/* WaitOnAddress / WakeByAddressSingle / WakeByAddressAll, reached through
 * api-ms-win-core-synch-l1-2-0 as programs linked with synchronization.lib
 * reach them. */
#include "test.h"

static BOOL (WINAPI *pWaitOnAddress)(volatile void *, void *, SIZE_T, DWORD);
static void (WINAPI *pWakeByAddressSingle)(void *);
static void (WINAPI *pWakeByAddressAll)(void *);

static volatile LONG value;
static volatile LONG woken;

static DWORD WINAPI waiter(void *arg)
{
    LONG cmp = 0;
    (void)arg;
    while (value == 0) pWaitOnAddress(&value, &cmp, sizeof(cmp), INFINITE);
    InterlockedIncrement(&woken);
    return 0;
}

int main(void)
{
    HMODULE mod = LoadLibraryA("api-ms-win-core-synch-l1-2-0.dll");
    volatile BYTE b8 = 5;
    volatile ULONGLONG q = 0x100000000ull;
    ULONGLONG qcmp = 0x100000000ull;
    BYTE cmp8 = 5;
    LONG cmp;
    HANDLE threads[3];
    DWORD start, r;
    BOOL b;
    int i;

    ok(mod != NULL, "api set loads: %p", mod);
    if (!mod) return test_done();
    pWaitOnAddress = (void *)GetProcAddress(mod, "WaitOnAddress");
    pWakeByAddressSingle = (void *)GetProcAddress(mod, "WakeByAddressSingle");
    pWakeByAddressAll = (void *)GetProcAddress(mod, "WakeByAddressAll");
    ok(pWaitOnAddress && pWakeByAddressSingle && pWakeByAddressAll, "functions found");
    if (!pWaitOnAddress || !pWakeByAddressSingle || !pWakeByAddressAll) return test_done();

    /* a different value returns at once */
    cmp = 1;
    b = pWaitOnAddress(&value, &cmp, sizeof(cmp), INFINITE);
    ok(b, "different value: %d", b);
    /* the same value times out */
    cmp = 0;
    start = GetTickCount();
    SetLastError(0xdeadbeef);
    b = pWaitOnAddress(&value, &cmp, sizeof(cmp), 50);
    ok(!b && GetLastError() == ERROR_TIMEOUT, "timeout: %d err %lu", b, GetLastError());
    ok(GetTickCount() - start >= 30, "waited: %lu ms", GetTickCount() - start);
    SetLastError(0xdeadbeef);
    b = pWaitOnAddress(&value, &cmp, sizeof(cmp), 0);
    ok(!b && GetLastError() == ERROR_TIMEOUT, "zero timeout: %d err %lu", b, GetLastError());
    /* sizes 1 and 8 compare that many bytes */
    SetLastError(0xdeadbeef);
    b = pWaitOnAddress(&b8, &cmp8, 1, 0);
    ok(!b && GetLastError() == ERROR_TIMEOUT, "byte equal: %d err %lu", b, GetLastError());
    qcmp = 0x200000000ull;
    b = pWaitOnAddress(&q, &qcmp, 8, 1000);
    ok(b, "differs above 32 bits: %d", b);
    qcmp = 0x100000000ull;
    SetLastError(0xdeadbeef);
    b = pWaitOnAddress(&q, &qcmp, 8, 0);
    ok(!b && GetLastError() == ERROR_TIMEOUT, "quad equal: %d err %lu", b, GetLastError());
    SetLastError(0xdeadbeef);
    b = pWaitOnAddress(&value, &cmp, 3, 0);
    ok(!b && GetLastError() == ERROR_INVALID_PARAMETER, "size 3: %d err %lu", b, GetLastError());

    /* wake one, then all */
    for (i = 0; i < 3; i++) threads[i] = CreateThread(NULL, 0, waiter, NULL, 0, NULL);
    Sleep(100);
    ok(woken == 0, "all waiting: %ld", woken);
    pWakeByAddressSingle((void *)&value);
    Sleep(100);
    ok(woken == 0, "a wake with the value unchanged: they wait again: %ld", woken);
    value = 1;
    pWakeByAddressSingle((void *)&value);
    for (start = GetTickCount(); woken < 1 && GetTickCount() - start < 2000;) Sleep(1);
    ok(woken >= 1, "WakeByAddressSingle woke one: %ld", woken);
    pWakeByAddressAll((void *)&value);
    r = WaitForMultipleObjects(3, threads, TRUE, 5000);
    ok(r == WAIT_OBJECT_0 && woken == 3, "WakeByAddressAll woke the rest: %lu %ld", r, woken);
    for (i = 0; i < 3; i++) CloseHandle(threads[i]);
    return test_done();
}
