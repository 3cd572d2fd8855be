/* dup_objects: handles crossing into another process without names.
 * DuplicateHandle into a child (an unnamed event, mutex and file mapping
 * and a pipe's write end, the values sent down the child's stdin, as
 * Windows programs do), DuplicateHandle out of the parent by a child that
 * opened it with OpenProcess, unnamed objects inherited by a child
 * (bInheritHandle and SetHandleInformation), with a thread of ours already
 * waiting on them when they start being shared, and the session prefixes
 * of object names. This program runs itself as the child. */
#include <stdlib.h>
#include "test.h"

static char self[MAX_PATH];

/* ---- children: "child MODE ..."; the exit code is the result ---- */

static int child_dup(void)
{
    char line[200], *p, *view;
    HANDLE ev, wr, mx, map;
    DWORD got = 0, n;

    /* "EVENT PIPE MUTEX MAPPING\n" from the parent, on stdin */
    while (got < sizeof(line) - 1 && ReadFile(GetStdHandle(STD_INPUT_HANDLE), line + got, 1, &n, NULL) && n) {
        if (line[got++] == '\n') break;
    }
    line[got] = 0;
    ev = (HANDLE)(ULONG_PTR)strtoul(line, &p, 0);
    wr = (HANDLE)(ULONG_PTR)strtoul(p, &p, 0);
    mx = (HANDLE)(ULONG_PTR)strtoul(p, &p, 0);
    map = (HANDLE)(ULONG_PTR)strtoul(p, &p, 0);
    if (!ev || !wr || !mx || !map) return 10;
    if (!SetEvent(ev)) return 11;
    if (!WriteFile(wr, "hello from the child", 20, &n, NULL) || n != 20) return 12;
    if (!CloseHandle(wr)) return 13;
    if (!(view = MapViewOfFile(map, FILE_MAP_ALL_ACCESS, 0, 0, 0))) return 14;
    if (strcmp(view, "parent data")) return 15;
    strcpy(view + 100, "child data");
    if (WaitForSingleObject(mx, 0) != WAIT_OBJECT_0) return 16;
    ExitProcess(0);     /* holding the mutex: it becomes abandoned */
}

static int child_inherit(char **argv)
{
    HANDLE ev = (HANDLE)(ULONG_PTR)strtoul(argv[0], NULL, 0);
    HANDLE sem = (HANDLE)(ULONG_PTR)strtoul(argv[1], NULL, 0);
    HANDLE mx = (HANDLE)(ULONG_PTR)strtoul(argv[2], NULL, 0);
    LONG prev = -1;

    if (!ReleaseSemaphore(sem, 2, &prev)) return 10;
    if (prev != 0) return 11;
    if (WaitForSingleObject(mx, 0) != WAIT_OBJECT_0) return 12;
    if (!SetEvent(ev)) return 13;
    ExitProcess(0);     /* holding the mutex */
}

/* "child out PARENT_PID EVENT PIPE": takes the parent's handles itself */
static int child_out(char **argv)
{
    DWORD parent = strtoul(argv[0], NULL, 0), n;
    HANDLE ev = (HANDLE)(ULONG_PTR)strtoul(argv[1], NULL, 0);
    HANDLE wr = (HANDLE)(ULONG_PTR)strtoul(argv[2], NULL, 0);
    HANDLE process, my_ev = NULL, my_wr = NULL;

    if (!(process = OpenProcess(PROCESS_DUP_HANDLE, FALSE, parent))) return 10;
    if (!DuplicateHandle(process, ev, GetCurrentProcess(), &my_ev, 0, FALSE, DUPLICATE_SAME_ACCESS)) return 11;
    if (!DuplicateHandle(process, wr, GetCurrentProcess(), &my_wr, 0, FALSE,
                         DUPLICATE_SAME_ACCESS | DUPLICATE_CLOSE_SOURCE)) return 12;
    if (!WriteFile(my_wr, "taken out", 9, &n, NULL) || n != 9) return 13;
    CloseHandle(my_wr);
    if (!SetEvent(my_ev)) return 14;
    CloseHandle(process);
    return 0;
}

/* ---- the parent ---- */

static DWORD finish(PROCESS_INFORMATION *pi)
{
    DWORD code = 0xdead;
    WaitForSingleObject(pi->hProcess, 10000);
    GetExitCodeProcess(pi->hProcess, &code);
    CloseHandle(pi->hProcess);
    CloseHandle(pi->hThread);
    return code;
}

/* a thread already waiting when the object starts being shared */
static DWORD WINAPI waiter(void *arg)
{
    return WaitForSingleObject((HANDLE)arg, 10000);
}

static DWORD thread_result(HANDLE thread)
{
    DWORD code = 0xdead;
    WaitForSingleObject(thread, 10000);
    GetExitCodeThread(thread, &code);
    CloseHandle(thread);
    return code;
}

static void test_duplicate_into_child(void)
{
    SECURITY_ATTRIBUTES sa = { sizeof(sa), NULL, TRUE };
    HANDLE ev, rd, wr, mx, map, in_rd, in_wr, thread;
    HANDLE rev = NULL, rwr = NULL, rmx = NULL, rmap = NULL, junk;
    PROCESS_INFORMATION pi;
    STARTUPINFOA si;
    char cmd[MAX_PATH + 50], line[200], buf[64], *view;
    DWORD r, n, flags;
    BOOL b;

    ev = CreateEventA(NULL, FALSE, FALSE, NULL);
    mx = CreateMutexA(NULL, FALSE, NULL);
    map = CreateFileMappingA(INVALID_HANDLE_VALUE, NULL, PAGE_READWRITE, 0, 4096, NULL);
    ok(ev && mx && map, "unnamed objects: %lu", GetLastError());
    ok(CreatePipe(&rd, &wr, NULL, 0), "CreatePipe: %lu", GetLastError());
    ok(CreatePipe(&in_rd, &in_wr, &sa, 0), "CreatePipe (stdin): %lu", GetLastError());
    SetHandleInformation(in_wr, HANDLE_FLAG_INHERIT, 0);
    view = MapViewOfFile(map, FILE_MAP_ALL_ACCESS, 0, 0, 0);
    ok(view != NULL, "MapViewOfFile: %lu", GetLastError());
    if (!view) return;
    strcpy(view, "parent data");

    memset(&si, 0, sizeof(si));
    si.cb = sizeof(si);
    si.dwFlags = STARTF_USESTDHANDLES;
    si.hStdInput = in_rd;
    _snprintf(cmd, sizeof(cmd), "\"%s\" child dup", self);
    ok(CreateProcessA(self, cmd, NULL, NULL, TRUE, 0, NULL, NULL, &si, &pi), "CreateProcess: %lu", GetLastError());
    CloseHandle(in_rd);

    thread = CreateThread(NULL, 0, waiter, ev, 0, NULL);
    Sleep(100);     /* the thread sleeps on the in-process event now */

    SetLastError(0xdeadbeef);
    b = DuplicateHandle(GetCurrentProcess(), ev, (HANDLE)(ULONG_PTR)0x7ff0, &junk, 0, FALSE, DUPLICATE_SAME_ACCESS);
    ok(!b && GetLastError() == ERROR_INVALID_HANDLE, "a bad target process: %d, %lu", b, GetLastError());
    b = DuplicateHandle(GetCurrentProcess(), ev, pi.hProcess, &rev, 0, FALSE, DUPLICATE_SAME_ACCESS);
    ok(b && rev, "event into the child: %lu", GetLastError());
    b = DuplicateHandle(GetCurrentProcess(), wr, pi.hProcess, &rwr, 0, FALSE,
                        DUPLICATE_SAME_ACCESS | DUPLICATE_CLOSE_SOURCE);
    ok(b && rwr, "pipe end into the child: %lu", GetLastError());
    SetLastError(0xdeadbeef);
    b = GetHandleInformation(wr, &flags);
    ok(!b && GetLastError() == ERROR_INVALID_HANDLE, "DUPLICATE_CLOSE_SOURCE closed ours: %d, %lu", b,
       GetLastError());
    b = DuplicateHandle(GetCurrentProcess(), mx, pi.hProcess, &rmx, SYNCHRONIZE, FALSE, 0);
    ok(b && rmx, "mutex into the child: %lu", GetLastError());
    b = DuplicateHandle(GetCurrentProcess(), map, pi.hProcess, &rmap, 0, FALSE, DUPLICATE_SAME_ACCESS);
    ok(b && rmap, "mapping into the child: %lu", GetLastError());

    /* %p prints bare hex digits */
    _snprintf(line, sizeof(line), "0x%p 0x%p 0x%p 0x%p\n", rev, rwr, rmx, rmap);
    ok(WriteFile(in_wr, line, (DWORD)strlen(line), &n, NULL), "values to the child: %lu", GetLastError());
    CloseHandle(in_wr);

    r = thread_result(thread);
    ok(r == WAIT_OBJECT_0, "the child's SetEvent woke a thread that was already waiting: %lu", r);
    memset(buf, 0, sizeof(buf));
    b = ReadFile(rd, buf, sizeof(buf) - 1, &n, NULL);
    ok(b && !strcmp(buf, "hello from the child"), "read the child's pipe end: %d \"%s\"", b, buf);
    r = finish(&pi);
    ok(r == 0, "child exit %lu", r);
    SetLastError(0xdeadbeef);
    b = ReadFile(rd, buf, sizeof(buf) - 1, &n, NULL);
    ok(!b && GetLastError() == ERROR_BROKEN_PIPE, "the only write end was the child's: %d, %lu", b,
       GetLastError());
    ok(!strcmp(view + 100, "child data"), "the child wrote the mapping: \"%s\"", view + 100);
    r = WaitForSingleObject(mx, 5000);
    ok(r == WAIT_ABANDONED, "the mutex the child died holding: %lu", r);
    ok(ReleaseMutex(mx), "ReleaseMutex: %lu", GetLastError());
    ok(SetEvent(ev), "SetEvent: %lu", GetLastError());
    r = WaitForSingleObject(ev, 0);
    ok(r == WAIT_OBJECT_0, "the event still works here: %lu", r);
    r = WaitForSingleObject(ev, 0);
    ok(r == WAIT_TIMEOUT, "and is auto-reset: %lu", r);
    UnmapViewOfFile(view);
    CloseHandle(ev);
    CloseHandle(mx);
    CloseHandle(map);
    CloseHandle(rd);
}

static void test_duplicate_out_of_parent(void)
{
    HANDLE ev, rd, wr;
    PROCESS_INFORMATION pi;
    STARTUPINFOA si;
    char cmd[MAX_PATH + 100], buf[32];
    DWORD r, n, flags;
    BOOL b;

    ev = CreateEventA(NULL, TRUE, FALSE, NULL);
    ok(ev != NULL, "CreateEvent: %lu", GetLastError());
    ok(CreatePipe(&rd, &wr, NULL, 0), "CreatePipe: %lu", GetLastError());
    memset(&si, 0, sizeof(si));
    si.cb = sizeof(si);
    _snprintf(cmd, sizeof(cmd), "\"%s\" child out %lu %Iu %Iu", self, GetCurrentProcessId(), (ULONG_PTR)ev,
              (ULONG_PTR)wr);
    ok(CreateProcessA(self, cmd, NULL, NULL, FALSE, 0, NULL, NULL, &si, &pi), "CreateProcess: %lu", GetLastError());
    r = WaitForSingleObject(ev, 10000);
    ok(r == WAIT_OBJECT_0, "the child set our event through its own handle: %lu", r);
    memset(buf, 0, sizeof(buf));
    b = ReadFile(rd, buf, sizeof(buf) - 1, &n, NULL);
    ok(b && !strcmp(buf, "taken out"), "read what the child wrote: %d \"%s\"", b, buf);
    r = finish(&pi);
    ok(r == 0, "child exit %lu", r);
    SetLastError(0xdeadbeef);
    b = GetHandleInformation(wr, &flags);
    ok(!b && GetLastError() == ERROR_INVALID_HANDLE, "the child's DUPLICATE_CLOSE_SOURCE closed ours: %d, %lu", b,
       GetLastError());
    SetLastError(0xdeadbeef);
    b = ReadFile(rd, buf, sizeof(buf) - 1, &n, NULL);
    ok(!b && GetLastError() == ERROR_BROKEN_PIPE, "no write end is left: %d, %lu", b, GetLastError());
    CloseHandle(ev);
    CloseHandle(rd);
}

static void test_inherit_unnamed(void)
{
    SECURITY_ATTRIBUTES sa = { sizeof(sa), NULL, TRUE };
    HANDLE ev, sem, mx, thread;
    PROCESS_INFORMATION pi;
    STARTUPINFOA si;
    char cmd[MAX_PATH + 100];
    DWORD r, flags = 0;

    ev = CreateEventA(&sa, TRUE, FALSE, NULL);
    sem = CreateSemaphoreA(NULL, 0, 10, NULL);
    mx = CreateMutexA(&sa, FALSE, NULL);
    ok(ev && sem && mx, "unnamed objects: %lu", GetLastError());
    ok(SetHandleInformation(sem, HANDLE_FLAG_INHERIT, HANDLE_FLAG_INHERIT), "SetHandleInformation: %lu",
       GetLastError());
    ok(GetHandleInformation(sem, &flags) && flags == HANDLE_FLAG_INHERIT, "flags %lx", flags);
    thread = CreateThread(NULL, 0, waiter, sem, 0, NULL);
    Sleep(100);

    memset(&si, 0, sizeof(si));
    si.cb = sizeof(si);
    _snprintf(cmd, sizeof(cmd), "\"%s\" child inherit %Iu %Iu %Iu", self, (ULONG_PTR)ev, (ULONG_PTR)sem,
              (ULONG_PTR)mx);
    ok(CreateProcessA(self, cmd, NULL, NULL, TRUE, 0, NULL, NULL, &si, &pi), "CreateProcess: %lu", GetLastError());
    r = WaitForSingleObject(ev, 10000);
    ok(r == WAIT_OBJECT_0, "the child set the inherited event: %lu", r);
    r = thread_result(thread);
    ok(r == WAIT_OBJECT_0, "the child's release woke a thread that was already waiting: %lu", r);
    r = finish(&pi);
    ok(r == 0, "child exit %lu", r);
    r = WaitForSingleObject(sem, 0);
    ok(r == WAIT_OBJECT_0, "one unit left of the two released: %lu", r);
    r = WaitForSingleObject(sem, 0);
    ok(r == WAIT_TIMEOUT, "none after it: %lu", r);
    r = WaitForSingleObject(mx, 5000);
    ok(r == WAIT_ABANDONED, "the inherited mutex the child died holding: %lu", r);
    ok(ReleaseMutex(mx), "ReleaseMutex: %lu", GetLastError());
    CloseHandle(ev);
    CloseHandle(sem);
    CloseHandle(mx);
}

/* Named objects: "Local\x" is x, "Global\x" another object; "Session\N\x"
 * names session N's x (we run in session 1), session 0's being Global's. */
static void test_session_names(void)
{
    char n[64], full[100];
    HANDLE local, global, h;
    DWORD session = 0;

    ProcessIdToSessionId(GetCurrentProcessId(), &session);
    trace("session %lu", session);
    _snprintf(n, sizeof(n), "winrun_dup_%lu", GetCurrentProcessId());
    local = CreateEventA(NULL, TRUE, FALSE, n);
    ok(local && GetLastError() == 0, "created %s: %lu", n, GetLastError());
    _snprintf(full, sizeof(full), "Local\\%s", n);
    h = CreateEventA(NULL, TRUE, FALSE, full);
    ok(h && GetLastError() == ERROR_ALREADY_EXISTS, "Local\\ is the same name: %lu", GetLastError());
    CloseHandle(h);
    _snprintf(full, sizeof(full), "Global\\%s", n);
    global = CreateEventA(NULL, TRUE, FALSE, full);
    ok(global && GetLastError() == 0, "Global\\ is another name: %lu", GetLastError());
    _snprintf(full, sizeof(full), "Session\\%lu\\%s", session, n);
    h = CreateEventA(NULL, TRUE, FALSE, full);
    ok(h && GetLastError() == ERROR_ALREADY_EXISTS, "%s is the same name: %lu", full, GetLastError());
    CloseHandle(h);
    _snprintf(full, sizeof(full), "Session\\0\\%s", n);
    h = CreateEventA(NULL, TRUE, FALSE, full);
    ok(h && GetLastError() == ERROR_ALREADY_EXISTS, "Session\\0\\ is Global\\: %lu", GetLastError());
    CloseHandle(h);
    _snprintf(full, sizeof(full), "Session\\7\\%s", n);
    h = CreateEventA(NULL, TRUE, FALSE, full);
    /* there is no session 7: its directory does not exist */
    ok(!h && GetLastError() == ERROR_PATH_NOT_FOUND, "Session\\7\\: %p %lu", h, GetLastError());
    if (h) CloseHandle(h);
    CloseHandle(local);
    CloseHandle(global);
}

int main(int argc, char **argv)
{
    if (argc >= 3 && !strcmp(argv[1], "child")) {
        if (!strcmp(argv[2], "dup")) return child_dup();
        if (!strcmp(argv[2], "inherit") && argc >= 6) return child_inherit(argv + 3);
        if (!strcmp(argv[2], "out") && argc >= 6) return child_out(argv + 3);
        return 99;
    }
    GetModuleFileNameA(NULL, self, sizeof(self));
    test_duplicate_into_child();
    test_duplicate_out_of_parent();
    test_inherit_unnamed();
    test_session_names();
    return test_done();
}
