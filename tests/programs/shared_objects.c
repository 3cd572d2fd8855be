/* shared_objects: named events, mutexes, semaphores and file mappings seen
 * by two processes (this program runs itself as the child), the errors of
 * the named object namespace, and a wait mixing an in-process event, a
 * shared event and a child process. Names carry the parent's pid so that
 * parallel runs do not meet. */
#include <stdlib.h>
#include "test.h"

static char self[MAX_PATH];
static DWORD parent_pid;

static void name(char *buf, const char *what)
{
    _snprintf(buf, 64, "winrun_shobj_%lu_%s", parent_pid, what);
}

/* ---- children: "child MODE PARENT_PID"; the exit code is the result ---- */

static int child(const char *mode)
{
    char n1[64], n2[64];
    HANDLE a, b;

    if (!strcmp(mode, "events")) {
        name(n1, "ev_a");
        name(n2, "ev_b");
        if (!(a = OpenEventA(EVENT_ALL_ACCESS, FALSE, n1)) || !(b = OpenEventA(EVENT_ALL_ACCESS, FALSE, n2))) return 10;
        if (!SetEvent(a)) return 11;
        if (WaitForSingleObject(b, 10000) != WAIT_OBJECT_0) return 12;
        return 0;
    }
    if (!strcmp(mode, "mutex")) {
        name(n1, "mutex");
        name(n2, "mutex_ready");
        if (!(a = OpenMutexA(SYNCHRONIZE, FALSE, n1)) || !(b = OpenEventA(EVENT_ALL_ACCESS, FALSE, n2))) return 10;
        if (WaitForSingleObject(a, 10000) != WAIT_OBJECT_0) return 11;
        SetEvent(b);
        ExitProcess(0);     /* holding the mutex: it becomes abandoned */
    }
    if (!strcmp(mode, "semaphore")) {
        LONG prev = -1;
        name(n1, "sem");
        if (!(a = OpenSemaphoreA(SEMAPHORE_ALL_ACCESS, FALSE, n1))) return 10;
        if (!ReleaseSemaphore(a, 3, &prev)) return 11;
        return prev == 1 ? 0 : 12;
    }
    if (!strcmp(mode, "mapping")) {
        char *view;
        name(n1, "map");
        if (!(a = OpenFileMappingA(FILE_MAP_ALL_ACCESS, FALSE, n1))) return 10;
        if (!(view = MapViewOfFile(a, FILE_MAP_ALL_ACCESS, 0, 0, 0))) return 11;
        if (strcmp(view, "from the parent")) return 12;
        strcpy(view + 100, "from the child");
        return 0;
    }
    if (!strncmp(mode, "inherited=", 10)) {
        /* "inherited=EVENT,MAPPING": handle values valid here at once */
        char *comma, *view;
        a = (HANDLE)(ULONG_PTR)strtoul(mode + 10, &comma, 0);
        b = (HANDLE)(ULONG_PTR)strtoul(comma + 1, NULL, 0);
        if (!(view = MapViewOfFile(b, FILE_MAP_ALL_ACCESS, 0, 0, 0))) return 10;
        strcpy(view, "inherited view");
        return SetEvent(a) ? 0 : 11;
    }
    if (!strcmp(mode, "pingpong")) {
        int i;
        name(n1, "ping");
        name(n2, "pong");
        if (!(a = OpenEventA(EVENT_ALL_ACCESS, FALSE, n1)) || !(b = OpenEventA(EVENT_ALL_ACCESS, FALSE, n2))) return 10;
        for (i = 0; i < 500; i++) {
            if (WaitForSingleObject(a, 10000) != WAIT_OBJECT_0) return 11;
            SetEvent(b);
        }
        return 0;
    }
    if (!strcmp(mode, "set-tp")) {
        name(n1, "tp");
        if (!(a = OpenEventA(EVENT_ALL_ACCESS, FALSE, n1))) return 10;
        return SetEvent(a) ? 0 : 11;
    }
    if (!strcmp(mode, "late-set")) {
        name(n1, "late");
        if (!(a = OpenEventA(EVENT_ALL_ACCESS, FALSE, n1))) return 10;
        Sleep(200);
        SetEvent(a);
        Sleep(300);
        return 7;
    }
    return 99;
}

static BOOL spawn_inherit(const char *mode, PROCESS_INFORMATION *pi, BOOL inherit)
{
    STARTUPINFOA si;
    char cmd[MAX_PATH + 100];

    memset(&si, 0, sizeof(si));
    si.cb = sizeof(si);
    _snprintf(cmd, sizeof(cmd), "\"%s\" child %s %lu", self, mode, parent_pid);
    return CreateProcessA(self, cmd, NULL, NULL, inherit, 0, NULL, NULL, &si, pi);
}

static BOOL spawn(const char *mode, PROCESS_INFORMATION *pi)
{
    return spawn_inherit(mode, pi, FALSE);
}

static DWORD finish(PROCESS_INFORMATION *pi)
{
    DWORD code = 0xdead;
    WaitForSingleObject(pi->hProcess, 10000);
    GetExitCodeProcess(pi->hProcess, &code);
    CloseHandle(pi->hProcess);
    CloseHandle(pi->hThread);
    return code;
}

static void test_events(void)
{
    char n1[64], n2[64];
    PROCESS_INFORMATION pi;
    HANDLE a, b;
    DWORD r;

    name(n1, "ev_a");
    name(n2, "ev_b");
    a = CreateEventA(NULL, FALSE, FALSE, n1);
    b = CreateEventA(NULL, FALSE, FALSE, n2);
    ok(a && b, "CreateEvent: %lu", GetLastError());
    ok(spawn("events", &pi), "CreateProcess: %lu", GetLastError());
    r = WaitForSingleObject(a, 10000);
    ok(r == WAIT_OBJECT_0, "the child's SetEvent woke the parent: %lu", r);
    ok(SetEvent(b), "SetEvent");
    r = finish(&pi);
    ok(r == 0, "the parent's SetEvent woke the child: exit %lu", r);
    r = WaitForSingleObject(a, 0);
    ok(r == WAIT_TIMEOUT, "the auto-reset event was consumed: %lu", r);
    CloseHandle(a);
    CloseHandle(b);
}

/* 500 round trips: no wake-up is ever lost between the processes */
static void test_pingpong(void)
{
    char n1[64], n2[64];
    PROCESS_INFORMATION pi;
    HANDLE ping, pong;
    int i, rounds = 0;
    DWORD r;

    name(n1, "ping");
    name(n2, "pong");
    ping = CreateEventA(NULL, FALSE, FALSE, n1);
    pong = CreateEventA(NULL, FALSE, FALSE, n2);
    ok(spawn("pingpong", &pi), "CreateProcess: %lu", GetLastError());
    for (i = 0; i < 500; i++) {
        SetEvent(ping);
        if (WaitForSingleObject(pong, 10000) != WAIT_OBJECT_0) break;
        rounds++;
    }
    ok(rounds == 500, "ping-pong rounds: %d", rounds);
    r = finish(&pi);
    ok(r == 0, "child exit %lu", r);
    CloseHandle(ping);
    CloseHandle(pong);
}

static void test_mutex(void)
{
    char n1[64], n2[64];
    PROCESS_INFORMATION pi;
    HANDLE m, ready;
    DWORD r;

    name(n1, "mutex");
    name(n2, "mutex_ready");
    m = CreateMutexA(NULL, FALSE, n1);
    ready = CreateEventA(NULL, TRUE, FALSE, n2);
    ok(m && ready, "CreateMutex: %lu", GetLastError());
    ok(spawn("mutex", &pi), "CreateProcess: %lu", GetLastError());
    r = WaitForSingleObject(ready, 10000);
    ok(r == WAIT_OBJECT_0, "the child owns the mutex: %lu", r);
    r = finish(&pi);
    ok(r == 0, "child exit %lu", r);
    r = WaitForSingleObject(m, 10000);
    ok(r == WAIT_ABANDONED, "the mutex left by the dead child is abandoned: %lu", r);
    ok(ReleaseMutex(m), "ReleaseMutex: %lu", GetLastError());
    r = WaitForSingleObject(m, 0);
    ok(r == WAIT_OBJECT_0, "taken again, no longer abandoned: %lu", r);
    ok(ReleaseMutex(m), "ReleaseMutex: %lu", GetLastError());
    SetLastError(0xdeadbeef);
    r = ReleaseMutex(m);
    ok(!r && GetLastError() == ERROR_NOT_OWNER, "not owned: %lu", GetLastError());
    CloseHandle(m);
    CloseHandle(ready);
}

static void test_semaphore(void)
{
    char n1[64];
    PROCESS_INFORMATION pi;
    HANDLE s;
    DWORD r;
    int i;

    name(n1, "sem");
    s = CreateSemaphoreA(NULL, 1, 4, n1);
    ok(s != NULL, "CreateSemaphore: %lu", GetLastError());
    ok(spawn("semaphore", &pi), "CreateProcess: %lu", GetLastError());
    r = finish(&pi);
    ok(r == 0, "the child released 3 from a count of 1: exit %lu", r);
    for (i = 0; i < 4; i++) {
        r = WaitForSingleObject(s, 0);
        ok(r == WAIT_OBJECT_0, "take %d: %lu", i, r);
    }
    r = WaitForSingleObject(s, 0);
    ok(r == WAIT_TIMEOUT, "count is 0: %lu", r);
    SetLastError(0xdeadbeef);
    r = ReleaseSemaphore(s, 5, NULL);
    ok(!r && GetLastError() == ERROR_TOO_MANY_POSTS, "over the maximum: %lu", GetLastError());
    CloseHandle(s);
}

static void test_mapping(void)
{
    char n1[64];
    PROCESS_INFORMATION pi;
    HANDLE map, map2;
    char *view, *view2;
    DWORD r;

    name(n1, "map");
    map = CreateFileMappingA(INVALID_HANDLE_VALUE, NULL, PAGE_READWRITE, 0, 4096, n1);
    ok(map != NULL && GetLastError() == 0, "CreateFileMapping: %lu", GetLastError());
    view = MapViewOfFile(map, FILE_MAP_ALL_ACCESS, 0, 0, 0);
    ok(view != NULL, "MapViewOfFile: %lu", GetLastError());
    if (!view) return;
    strcpy(view, "from the parent");
    ok(spawn("mapping", &pi), "CreateProcess: %lu", GetLastError());
    r = finish(&pi);
    ok(r == 0, "the child saw the parent's write: exit %lu", r);
    ok(!strcmp(view + 100, "from the child"), "the parent sees the child's write: '%s'", view + 100);
    map2 = CreateFileMappingA(INVALID_HANDLE_VALUE, NULL, PAGE_READWRITE, 0, 4096, n1);
    ok(map2 != NULL && GetLastError() == ERROR_ALREADY_EXISTS, "second create: %p %lu", map2, GetLastError());
    view2 = MapViewOfFile(map2, FILE_MAP_READ, 0, 0, 0);
    ok(view2 && !strcmp(view2, "from the parent"), "the same pages");
    UnmapViewOfFile(view2);
    UnmapViewOfFile(view);
    CloseHandle(map2);
    CloseHandle(map);
    SetLastError(0xdeadbeef);
    map = OpenFileMappingA(FILE_MAP_READ, FALSE, n1);
    ok(!map && GetLastError() == ERROR_FILE_NOT_FOUND, "gone with its last handle: %lu", GetLastError());
}

static void test_names(void)
{
    char n1[64], n2[64], n3[64];
    HANDLE e, e2, h;

    name(n1, "names_ev");
    name(n2, "missing");
    e = CreateEventA(NULL, TRUE, FALSE, n1);
    ok(e && GetLastError() == ERROR_SUCCESS, "CreateEvent: %lu", GetLastError());
    e2 = CreateEventA(NULL, TRUE, FALSE, n1);
    ok(e2 && GetLastError() == ERROR_ALREADY_EXISTS, "again: ERROR_ALREADY_EXISTS: %lu", GetLastError());
    SetEvent(e2);
    ok(WaitForSingleObject(e, 0) == WAIT_OBJECT_0, "one object");
    CloseHandle(e2);

    _snprintf(n3, sizeof(n3), "Local\\%s", n1);
    h = OpenEventA(SYNCHRONIZE, FALSE, n3);
    ok(h != NULL, "Local\\ names the same object: %lu", GetLastError());
    CloseHandle(h);

    SetLastError(0xdeadbeef);
    h = OpenEventA(SYNCHRONIZE, FALSE, n2);
    ok(!h && GetLastError() == ERROR_FILE_NOT_FOUND, "OpenEvent of a missing name: %lu", GetLastError());
    SetLastError(0xdeadbeef);
    h = OpenMutexA(SYNCHRONIZE, FALSE, n2);
    ok(!h && GetLastError() == ERROR_FILE_NOT_FOUND, "OpenMutex of a missing name: %lu", GetLastError());
    SetLastError(0xdeadbeef);
    h = OpenSemaphoreA(SYNCHRONIZE, FALSE, n2);
    ok(!h && GetLastError() == ERROR_FILE_NOT_FOUND, "OpenSemaphore of a missing name: %lu", GetLastError());

    SetLastError(0xdeadbeef);
    h = CreateMutexA(NULL, FALSE, n1);
    ok(!h && GetLastError() == ERROR_INVALID_HANDLE, "CreateMutex on an event's name: %lu", GetLastError());
    SetLastError(0xdeadbeef);
    h = OpenSemaphoreA(SYNCHRONIZE, FALSE, n1);
    ok(!h && GetLastError() == ERROR_INVALID_HANDLE, "OpenSemaphore on an event's name: %lu", GetLastError());
    SetLastError(0xdeadbeef);
    h = CreateFileMappingA(INVALID_HANDLE_VALUE, NULL, PAGE_READWRITE, 0, 4096, n1);
    ok(!h && GetLastError() == ERROR_INVALID_HANDLE, "CreateFileMapping on an event's name: %lu", GetLastError());
    CloseHandle(e);

    SetLastError(0xdeadbeef);
    h = OpenEventA(SYNCHRONIZE, FALSE, n1);
    ok(!h && GetLastError() == ERROR_FILE_NOT_FOUND, "the name went with the last handle: %lu", GetLastError());
}

static void test_mixed_wait(void)
{
    char n1[64];
    PROCESS_INFORMATION pi;
    HANDLE objs[3];
    DWORD r;

    name(n1, "late");
    objs[0] = CreateEventA(NULL, FALSE, FALSE, NULL);
    objs[1] = CreateEventA(NULL, FALSE, FALSE, n1);
    ok(objs[0] && objs[1], "CreateEvent: %lu", GetLastError());
    ok(spawn("late-set", &pi), "CreateProcess: %lu", GetLastError());
    objs[2] = pi.hProcess;
    r = WaitForMultipleObjects(3, objs, FALSE, 10000);
    ok(r == WAIT_OBJECT_0 + 1, "the shared event set by the child ends the wait: %lu", r);
    r = WaitForMultipleObjects(3, objs, FALSE, 10000);
    ok(r == WAIT_OBJECT_0 + 2, "then the child's exit: %lu", r);
    SetEvent(objs[0]);
    SetEvent(objs[1]);
    r = WaitForMultipleObjects(3, objs, TRUE, 10000);
    ok(r == WAIT_OBJECT_0, "wait-all: %lu", r);
    r = WaitForSingleObject(objs[0], 0);
    ok(r == WAIT_TIMEOUT, "wait-all consumed the local event: %lu", r);
    r = WaitForSingleObject(objs[1], 0);
    ok(r == WAIT_TIMEOUT, "and the shared one: %lu", r);
    ok(finish(&pi) == 7, "child exit code");
    CloseHandle(objs[0]);
    CloseHandle(objs[1]);
}

static DWORD WINAPI take_and_exit(void *arg)
{
    return WaitForSingleObject(arg, 0);
}

static void test_thread_abandon(void)
{
    char n1[64];
    HANDLE m, m2, thread;
    DWORD r;

    name(n1, "thread_mutex");
    m = CreateMutexA(NULL, FALSE, n1);
    m2 = OpenMutexA(SYNCHRONIZE, FALSE, n1);
    ok(m && m2, "CreateMutex/OpenMutex: %lu", GetLastError());
    thread = CreateThread(NULL, 0, take_and_exit, m2, 0, NULL);
    WaitForSingleObject(thread, 10000);
    GetExitCodeThread(thread, &r);
    ok(r == WAIT_OBJECT_0, "the thread took the named mutex: %lu", r);
    r = WaitForSingleObject(m, 10000);
    ok(r == WAIT_ABANDONED, "its exit abandoned it: %lu", r);
    ReleaseMutex(m);
    CloseHandle(thread);
    CloseHandle(m2);
    CloseHandle(m);
}

static HANDLE tp_done;
static void CALLBACK tp_callback(void *arg, BOOLEAN timed_out)
{
    (void)arg;
    if (!timed_out) SetEvent(tp_done);
}

static void test_registered_wait(void)
{
    char n1[64];
    PROCESS_INFORMATION pi;
    HANDLE ev, wait = NULL;
    DWORD r;

    name(n1, "tp");
    ev = CreateEventA(NULL, FALSE, FALSE, n1);
    tp_done = CreateEventA(NULL, TRUE, FALSE, NULL);
    ok(RegisterWaitForSingleObject(&wait, ev, tp_callback, NULL, 10000, WT_EXECUTEONLYONCE),
       "RegisterWaitForSingleObject: %lu", GetLastError());
    ok(spawn("set-tp", &pi), "CreateProcess: %lu", GetLastError());
    r = WaitForSingleObject(tp_done, 10000);
    ok(r == WAIT_OBJECT_0, "a registered wait sees the child's SetEvent: %lu", r);
    ok(finish(&pi) == 0, "child exit code");
    UnregisterWaitEx(wait, INVALID_HANDLE_VALUE);
    CloseHandle(tp_done);
    CloseHandle(ev);
}

static void test_inherit(void)
{
    SECURITY_ATTRIBUTES sa = { sizeof(sa), NULL, TRUE };
    char n1[64], n2[64], mode[64];
    PROCESS_INFORMATION pi;
    HANDLE ev, map;
    char *view;
    DWORD r;

    name(n1, "inherit_ev");
    name(n2, "inherit_map");
    ev = CreateEventA(&sa, FALSE, FALSE, n1);
    map = CreateFileMappingA(INVALID_HANDLE_VALUE, &sa, PAGE_READWRITE, 0, 4096, n2);
    ok(ev && map, "inheritable named event and mapping: %lu", GetLastError());
    view = MapViewOfFile(map, FILE_MAP_READ, 0, 0, 0);
    _snprintf(mode, sizeof(mode), "inherited=%lu,%lu", (DWORD)(ULONG_PTR)ev, (DWORD)(ULONG_PTR)map);
    ok(spawn_inherit(mode, &pi, TRUE), "CreateProcess: %lu", GetLastError());
    r = WaitForSingleObject(ev, 10000);
    ok(r == WAIT_OBJECT_0, "the child set the inherited event: %lu", r);
    r = finish(&pi);
    ok(r == 0, "child exit %lu", r);
    ok(view && !strcmp(view, "inherited view"), "the child wrote through the inherited mapping");
    UnmapViewOfFile(view);
    CloseHandle(map);
    CloseHandle(ev);
}

int main(int argc, char **argv)
{
    if (argc > 3 && !strcmp(argv[1], "child")) {
        parent_pid = strtoul(argv[3], NULL, 10);
        return child(argv[2]);
    }
    parent_pid = GetCurrentProcessId();
    GetModuleFileNameA(NULL, self, sizeof(self));
    test_names();
    test_events();
    test_pingpong();
    test_mutex();
    test_semaphore();
    test_mapping();
    test_mixed_wait();
    test_thread_abandon();
    test_registered_wait();
    test_inherit();
    return test_done();
}
