/* Load test: 32 processes x 4 threads hammer one named mutex guarding a
 * plain (non-atomic) counter in named shared memory for N seconds
 * (argument 1, default 1; `make test-long` runs 10).  Every increment is a
 * read, a pause and a write, so any two owners at once lose counts; the
 * count must equal the sum of every thread's increments, no wait may time
 * out (a deadlock or a lost wake-up) and no thread may find the mutex held
 * by another while it owns it.  Children are this program run as
 * "load_mutex child TAG SECONDS"; they print nothing and report through
 * the shared memory and their exit code. */
#include "test.h"

#define PROCESSES 32
#define THREADS 4
#define WAIT_LIMIT_MS 20000     /* far beyond any fair wait: a hang is a failure */

struct shared {
    volatile LONG counter;      /* changed only under the mutex, non-atomically */
    volatile LONG owner;        /* who holds the mutex (thread id), 0 if nobody */
    volatile LONG total;        /* sum of the threads' own counts (atomic) */
    volatile LONG overlaps;     /* owner found set on entry */
    volatile LONG timeouts;     /* waits that timed out */
    volatile LONG abandoned;    /* WAIT_ABANDONED seen */
    volatile LONG ready;        /* processes ready to start */
    volatile LONG finished;     /* threads done */
};

static struct shared *shared;
static HANDLE mutex, go;
static DWORD seconds = 1;

static DWORD WINAPI hammer(void *arg)
{
    DWORD start, me = GetCurrentThreadId();
    LONG mine = 0, value;
    volatile int spin;
    (void)arg;

    if (WaitForSingleObject(go, WAIT_LIMIT_MS) != WAIT_OBJECT_0) {
        InterlockedIncrement(&shared->timeouts);
        return 1;
    }
    start = GetTickCount();
    while (GetTickCount() - start < seconds * 1000) {
        DWORD r = WaitForSingleObject(mutex, WAIT_LIMIT_MS);
        if (r == WAIT_ABANDONED) InterlockedIncrement(&shared->abandoned);
        else if (r != WAIT_OBJECT_0) {
            InterlockedIncrement(&shared->timeouts);
            break;
        }
        if (InterlockedCompareExchange(&shared->owner, me, 0) != 0) InterlockedIncrement(&shared->overlaps);
        value = shared->counter;
        for (spin = 0; spin < 50; spin++) {}
        shared->counter = value + 1;
        mine++;
        InterlockedExchange(&shared->owner, 0);
        ReleaseMutex(mutex);
        /* now and then give others the first go */
        if (!(mine & 15)) Sleep(0);
    }
    InterlockedExchangeAdd(&shared->total, mine);
    InterlockedIncrement(&shared->finished);
    return 0;
}

/* Opens the mutex, the mapping and the start event of TAG. */
static BOOL open_objects(const char *tag, BOOL create)
{
    char name[128];
    HANDLE mapping;

    sprintf(name, "winrun_load_mutex_%s", tag);
    mutex = create ? CreateMutexA(NULL, FALSE, name) : OpenMutexA(SYNCHRONIZE | MUTEX_MODIFY_STATE, FALSE, name);
    sprintf(name, "winrun_load_go_%s", tag);
    go = create ? CreateEventA(NULL, TRUE, FALSE, name) : OpenEventA(SYNCHRONIZE, FALSE, name);
    sprintf(name, "winrun_load_shm_%s", tag);
    mapping = create ? CreateFileMappingA(INVALID_HANDLE_VALUE, NULL, PAGE_READWRITE, 0, sizeof(struct shared), name)
                     : OpenFileMappingA(FILE_MAP_WRITE, FALSE, name);
    if (!mutex || !go || !mapping) return FALSE;
    shared = MapViewOfFile(mapping, FILE_MAP_WRITE, 0, 0, sizeof(struct shared));
    return shared != NULL;
}

/* this process's 4 threads; 0 when all ended by themselves */
static int run_threads(void)
{
    HANDLE threads[THREADS];
    int i, bad = 0;

    for (i = 0; i < THREADS; i++)
        if (!(threads[i] = CreateThread(NULL, 0, hammer, NULL, 0, NULL))) bad = 1;
    InterlockedIncrement(&shared->ready);
    for (i = 0; i < THREADS; i++) {
        DWORD code = 1;
        if (!threads[i]) continue;
        if (WaitForSingleObject(threads[i], (seconds + 40) * 1000) != WAIT_OBJECT_0 ||
            !GetExitCodeThread(threads[i], &code) || code)
            bad = 1;
        CloseHandle(threads[i]);
    }
    return bad;
}

int main(int argc, char **argv)
{
    char tag[32], path[MAX_PATH], command[MAX_PATH + 100];
    PROCESS_INFORMATION pi[PROCESSES];
    HANDLE processes[PROCESSES];
    int i, started = 0, clean = 0, self_bad;
    DWORD start, r;

    if (argc == 4 && !strcmp(argv[1], "child")) {
        seconds = atoi(argv[3]);
        if (!open_objects(argv[2], FALSE)) return 2;
        return run_threads();
    }
    if (argc > 1) seconds = atoi(argv[1]);
    if (!seconds || seconds > 600) seconds = 1;
    sprintf(tag, "%lu_%lu", GetCurrentProcessId(), GetTickCount());
    ok(open_objects(tag, TRUE), "the mutex, the start event and the shared memory are created");
    if (!shared) return test_done();
    GetModuleFileNameA(NULL, path, sizeof(path));
    for (i = 0; i < PROCESSES - 1; i++) {
        STARTUPINFOA si;
        memset(&si, 0, sizeof(si));
        si.cb = sizeof(si);
        sprintf(command, "\"%s\" child %s %lu", path, tag, seconds);
        if (CreateProcessA(path, command, NULL, NULL, FALSE, 0, NULL, NULL, &si, &pi[i])) {
            processes[started++] = pi[i].hProcess;
            CloseHandle(pi[i].hThread);
        }
    }
    ok(started == PROCESSES - 1, "%d child processes started", started);
    /* this process is the 32nd: its threads count as it waits */
    start = GetTickCount();
    {
        HANDLE self = CreateThread(NULL, 0, (LPTHREAD_START_ROUTINE)run_threads, NULL, 0, NULL);
        while (shared->ready < started + 1 && GetTickCount() - start < 60000) Sleep(10);
        trace("%ld processes ready after %lu ms, hammering for %lu s", shared->ready, GetTickCount() - start, seconds);
        start = GetTickCount();
        SetEvent(go);
        r = WaitForMultipleObjects(started, processes, TRUE, (seconds + 60) * 1000);
        ok(r < WAIT_OBJECT_0 + (DWORD)started, "every child exited (%lu) after %lu ms", r, GetTickCount() - start);
        WaitForSingleObject(self, (seconds + 60) * 1000);
        GetExitCodeThread(self, (DWORD *)&self_bad);
        CloseHandle(self);
    }
    for (i = 0; i < started; i++) {
        DWORD code = 99;
        if (GetExitCodeProcess(processes[i], &code) && code == 0) clean++;
        CloseHandle(processes[i]);
    }
    ok(clean == started && !self_bad, "%d of %d children and this process ended cleanly", clean, started);
    ok(shared->finished == (started + 1) * THREADS, "%ld of %d threads finished", shared->finished,
       (started + 1) * THREADS);
    ok(!shared->timeouts, "no wait timed out (%ld)", shared->timeouts);
    ok(!shared->overlaps, "the mutex never had two owners (%ld)", shared->overlaps);
    ok(!shared->abandoned, "the mutex was never abandoned (%ld)", shared->abandoned);
    ok(shared->counter == shared->total && shared->total > 0, "the count is exact: %ld, the threads made %ld",
       shared->counter, shared->total);
    trace("%ld increments in %lu s", shared->counter, seconds);
    return test_done();
}
