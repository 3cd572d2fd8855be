/* waitobj.c - events, mutexes and semaphores on one thread: signalled
 * states, auto vs manual reset, ownership counts, waits with timeouts. */
#include "test.h"

int main(void)
{
    HANDLE ev, mev, mtx, sem, two[2];
    LONG prev = -1;
    DWORD r, start;
    BOOL b;

    ev = CreateEventA(NULL, FALSE, FALSE, NULL);      /* auto-reset */
    ok(ev != NULL, "CreateEvent auto-reset");
    ok(WaitForSingleObject(ev, 0) == WAIT_TIMEOUT, "not signalled");
    ok(SetEvent(ev), "SetEvent");
    ok(WaitForSingleObject(ev, 0) == WAIT_OBJECT_0, "signalled");
    ok(WaitForSingleObject(ev, 0) == WAIT_TIMEOUT, "auto-reset by the wait");

    mev = CreateEventW(NULL, TRUE, TRUE, NULL);       /* manual, initially set */
    ok(WaitForSingleObject(mev, 0) == WAIT_OBJECT_0 && WaitForSingleObject(mev, 0) == WAIT_OBJECT_0,
       "manual-reset stays signalled");
    ok(ResetEvent(mev) && WaitForSingleObject(mev, 0) == WAIT_TIMEOUT, "ResetEvent");

    start = GetTickCount();
    r = WaitForSingleObject(mev, 50);
    ok(r == WAIT_TIMEOUT && GetTickCount() - start >= 35, "timed wait of 50 ms: r %lu took %lu", r,
       GetTickCount() - start);

    two[0] = ev;
    two[1] = mev;
    SetEvent(mev);
    r = WaitForMultipleObjects(2, two, FALSE, 0);
    ok(r == WAIT_OBJECT_0 + 1, "wait-any returns the signalled index: %lu", r);
    r = WaitForMultipleObjects(2, two, TRUE, 0);
    ok(r == WAIT_TIMEOUT, "wait-all needs both: %lu", r);
    SetEvent(ev);
    r = WaitForMultipleObjects(2, two, TRUE, 0);
    ok(r == WAIT_OBJECT_0, "wait-all with both set: %lu", r);

    mtx = CreateMutexA(NULL, TRUE, NULL);
    ok(mtx != NULL, "CreateMutex owned");
    ok(WaitForSingleObject(mtx, 0) == WAIT_OBJECT_0, "the owner may wait again (recursive)");
    ok(ReleaseMutex(mtx) && ReleaseMutex(mtx), "release twice");
    SetLastError(0xdeadbeef);
    ok(!ReleaseMutex(mtx) && GetLastError() == ERROR_NOT_OWNER, "third release fails: err %lu", GetLastError());

    sem = CreateSemaphoreA(NULL, 2, 3, NULL);
    ok(WaitForSingleObject(sem, 0) == WAIT_OBJECT_0 && WaitForSingleObject(sem, 0) == WAIT_OBJECT_0 &&
       WaitForSingleObject(sem, 0) == WAIT_TIMEOUT, "semaphore count 2");
    b = ReleaseSemaphore(sem, 3, &prev);
    ok(b && prev == 0, "release 3: previous %ld", prev);
    SetLastError(0xdeadbeef);
    ok(!ReleaseSemaphore(sem, 1, &prev) && GetLastError() == ERROR_TOO_MANY_POSTS,
       "beyond the maximum: err %lu", GetLastError());

    ok(CloseHandle(ev) && CloseHandle(mev) && CloseHandle(mtx) && CloseHandle(sem), "CloseHandle all");
    SetLastError(0xdeadbeef);
    ok(!CloseHandle(ev) && GetLastError() == ERROR_INVALID_HANDLE, "closing twice fails: err %lu",
       GetLastError());
    return test_done();
}
