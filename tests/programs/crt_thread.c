/* _beginthreadex/_beginthread: the routine runs with its argument, the
 * exit code comes back, and errno and strtok are per thread. */
#include <errno.h>
#include <process.h>
#include <stdlib.h>
#include "test.h"

static volatile LONG plain_ran;

static unsigned __stdcall worker(void *arg)
{
    char buf[] = "x,y";
    errno = 0;
    strtol("99999999999", NULL, 10);       /* ERANGE on this thread only */
    if (errno != ERANGE) return 1;
    if (strcmp(strtok(buf, ","), "x")) return 2;
    return (unsigned)(uintptr_t)arg;
}

static void __cdecl plain(void *arg)
{
    InterlockedExchange(&plain_ran, (LONG)(uintptr_t)arg);
}

static unsigned __stdcall ender(void *arg)
{
    (void)arg;
    _endthreadex(77);
    return 5;
}

int main(void)
{
    char buf[] = "a,b,c";
    unsigned id = 0;
    DWORD code = 0;
    HANDLE h;
    uintptr_t r;

    ok(!strcmp(strtok(buf, ","), "a"), "first token");
    errno = 0;
    h = (HANDLE)_beginthreadex(NULL, 0, worker, (void *)42, 0, &id);
    ok(h != NULL && id != 0, "_beginthreadex: %p id %u", h, id);
    ok(WaitForSingleObject(h, 5000) == WAIT_OBJECT_0, "thread ended");
    GetExitCodeThread(h, &code);
    ok(code == 42, "exit code %lu", code);
    CloseHandle(h);
    ok(errno == 0, "errno of this thread untouched: %d", errno);
    ok(!strcmp(strtok(NULL, ","), "b"), "strtok continues here after the thread's strtok");

    h = (HANDLE)_beginthreadex(NULL, 0, ender, NULL, CREATE_SUSPENDED, NULL);
    ok(h != NULL, "suspended thread");
    ok(WaitForSingleObject(h, 100) == WAIT_TIMEOUT, "not running while suspended");
    ResumeThread(h);
    WaitForSingleObject(h, 5000);
    GetExitCodeThread(h, &code);
    ok(code == 77, "_endthreadex code %lu", code);
    CloseHandle(h);

    errno = 0;
    r = _beginthreadex(NULL, 0, NULL, NULL, 0, NULL);
    ok(r == 0 && errno == EINVAL, "_beginthreadex(NULL): %p errno %d", (void *)r, errno);
    errno = 0;
    r = _beginthread(NULL, 0, NULL);
    ok(r == (uintptr_t)-1 && errno == EINVAL, "_beginthread(NULL): %p errno %d", (void *)r, errno);

    r = _beginthread(plain, 0, (void *)7);
    ok(r != (uintptr_t)-1, "_beginthread: %p", (void *)r);
    for (int i = 0; i < 500 && !plain_ran; i++) Sleep(10);
    ok(plain_ran == 7, "_beginthread routine ran: %ld", plain_ran);
    return test_done();
}
