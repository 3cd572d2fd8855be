/* process_open: OpenProcess by id of ourselves, of a child (running, then
 * ended while a handle keeps it), and of a grandchild that is not our
 * child; waits with timeouts, STILL_ACTIVE while running, TerminateProcess
 * with a code through an opened handle, GetProcessId, GetProcessTimes,
 * and the ids Windows refuses. Children are this program with "child-..."
 * arguments. */
#include "test.h"

static char self[MAX_PATH];

static HANDLE start(const char *args, HANDLE out, DWORD *pid)
{
    char cmd[2 * MAX_PATH + 64];
    STARTUPINFOA si;
    PROCESS_INFORMATION pi;

    memset(&si, 0, sizeof(si));
    si.cb = sizeof(si);
    if (out) {
        si.dwFlags = STARTF_USESTDHANDLES;
        si.hStdOutput = out;
        si.hStdError = GetStdHandle(STD_ERROR_HANDLE);
    }
    _snprintf(cmd, sizeof(cmd), "\"%s\" %s", self, args);
    if (!CreateProcessA(NULL, cmd, NULL, NULL, out != NULL, 0, NULL, NULL, &si, &pi)) return NULL;
    CloseHandle(pi.hThread);
    if (pid) *pid = pi.dwProcessId;
    return pi.hProcess;
}

/* "child-parent": starts a grandchild, prints its id, waits for it */
static int child_parent(void)
{
    DWORD pid = 0, n, code = 0;
    char line[32];
    HANDLE h = start("child-grandchild", NULL, &pid);

    if (!h) return 80;
    n = _snprintf(line, sizeof(line), "%lu\n", pid);
    WriteFile(GetStdHandle(STD_OUTPUT_HANDLE), line, n, &n, NULL);
    WaitForSingleObject(h, 20000);
    GetExitCodeProcess(h, &code);
    return code == 0x1234567 ? 81 : 82;
}

/* "child-target": runs until its stdin ends, then exits with a code no
 * 8-bit status carries */
static int child_target(void)
{
    char c;
    DWORD n;
    while (ReadFile(GetStdHandle(STD_INPUT_HANDLE), &c, 1, &n, NULL) && n);
    return 0x10203;
}

/* "child-opener PID": opens PID (not its child), says so, waits for it and
 * prints its exit code */
static int child_opener(const char *arg)
{
    DWORD pid = strtoul(arg, NULL, 10), code = 0, n;
    HANDLE out = GetStdHandle(STD_OUTPUT_HANDLE), h = OpenProcess(SYNCHRONIZE | PROCESS_QUERY_INFORMATION, FALSE, pid);
    char line[64];

    if (!h) return 90;
    WriteFile(out, "opened\n", 7, &n, NULL);
    if (WaitForSingleObject(h, 20000)) return 91;
    if (!GetExitCodeProcess(h, &code)) return 92;
    n = _snprintf(line, sizeof(line), "%lx\n", code);
    WriteFile(out, line, n, &n, NULL);
    CloseHandle(h);
    return 0;
}

static HANDLE start_std(const char *args, HANDLE in, HANDLE out, DWORD *pid)
{
    char cmd[2 * MAX_PATH + 64];
    STARTUPINFOA si;
    PROCESS_INFORMATION pi;

    memset(&si, 0, sizeof(si));
    si.cb = sizeof(si);
    si.dwFlags = STARTF_USESTDHANDLES;
    si.hStdInput = in;
    si.hStdOutput = out;
    si.hStdError = GetStdHandle(STD_ERROR_HANDLE);
    _snprintf(cmd, sizeof(cmd), "\"%s\" %s", self, args);
    if (!CreateProcessA(NULL, cmd, NULL, NULL, TRUE, 0, NULL, NULL, &si, &pi)) return NULL;
    CloseHandle(pi.hThread);
    if (pid) *pid = pi.dwProcessId;
    return pi.hProcess;
}

static DWORD read_line(HANDLE h, char *buf, DWORD size)
{
    DWORD n, total = 0;
    while (total < size - 1 && ReadFile(h, buf + total, 1, &n, NULL) && n && buf[total] != '\n') total += n;
    buf[total] = 0;
    return total;
}

/* The exit code of a process that is neither ours nor our child's: the
 * parent starts a target and closes its handle; a second child opens the
 * target by id and reports the code it sees. */
static void test_sibling(void)
{
    SECURITY_ATTRIBUTES sa = { sizeof(sa), NULL, TRUE };
    HANDLE in_rd, in_wr, out_rd, out_wr, target, opener;
    DWORD pid = 0, code = 0;
    char args[64], line[64];

    CreatePipe(&in_rd, &in_wr, &sa, 0);
    SetHandleInformation(in_wr, HANDLE_FLAG_INHERIT, 0);
    CreatePipe(&out_rd, &out_wr, &sa, 0);
    SetHandleInformation(out_rd, HANDLE_FLAG_INHERIT, 0);
    target = start_std("child-target", in_rd, GetStdHandle(STD_OUTPUT_HANDLE), &pid);
    ok(target != NULL, "CreateProcess(target): error %lu", GetLastError());
    CloseHandle(in_rd);
    CloseHandle(target);   /* nobody here holds it now */
    _snprintf(args, sizeof(args), "child-opener %lu", pid);
    opener = start_std(args, NULL, out_wr, NULL);
    ok(opener != NULL, "CreateProcess(opener): error %lu", GetLastError());
    CloseHandle(out_wr);
    read_line(out_rd, line, sizeof(line));
    ok(!strcmp(line, "opened"), "the opener opened the target: '%s'", line);
    CloseHandle(in_wr);    /* the target ends */
    read_line(out_rd, line, sizeof(line));
    ok(!strcmp(line, "10203"), "the opener saw the target's exit code: '%s'", line);
    ok(WaitForSingleObject(opener, 20000) == WAIT_OBJECT_0, "the opener ended");
    GetExitCodeProcess(opener, &code);
    ok(code == 0, "the opener's exit code %lu", code);
    CloseHandle(opener);
    CloseHandle(out_rd);
}

/* What an OpenProcess handle may do follows the access asked for. */
static void test_access(void)
{
    static const struct { DWORD access; BOOL query, wait, terminate; } cases[] = {
        { PROCESS_QUERY_LIMITED_INFORMATION, TRUE, FALSE, FALSE },
        { PROCESS_QUERY_INFORMATION, TRUE, FALSE, FALSE },
        { SYNCHRONIZE, FALSE, TRUE, FALSE },
        { PROCESS_VM_READ, FALSE, FALSE, FALSE },
        { PROCESS_TERMINATE, FALSE, FALSE, TRUE },   /* last: it ends the child */
    };
    HANDLE child, h;
    DWORD pid, code, r, i;
    FILETIME c, e, k, u;

    child = start("child-sleep", NULL, &pid);
    ok(child != NULL, "CreateProcess: error %lu", GetLastError());
    for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        h = OpenProcess(cases[i].access, FALSE, pid);
        ok(h != NULL, "OpenProcess(%lx): error %lu", cases[i].access, GetLastError());
        SetLastError(0xdeadbeef);
        r = GetExitCodeProcess(h, &code);
        ok(cases[i].query ? r && code == STILL_ACTIVE : !r && GetLastError() == ERROR_ACCESS_DENIED,
           "access %lx: GetExitCodeProcess %lu, error %lu", cases[i].access, r, GetLastError());
        SetLastError(0xdeadbeef);
        r = GetProcessId(h);
        ok(cases[i].query ? r == pid : !r && GetLastError() == ERROR_ACCESS_DENIED,
           "access %lx: GetProcessId %lu, error %lu", cases[i].access, r, GetLastError());
        SetLastError(0xdeadbeef);
        r = GetProcessTimes(h, &c, &e, &k, &u);
        ok(cases[i].query ? r : !r && GetLastError() == ERROR_ACCESS_DENIED,
           "access %lx: GetProcessTimes %lu, error %lu", cases[i].access, r, GetLastError());
        SetLastError(0xdeadbeef);
        r = WaitForSingleObject(h, 0);
        ok(cases[i].wait ? r == WAIT_TIMEOUT : r == WAIT_FAILED && GetLastError() == ERROR_ACCESS_DENIED,
           "access %lx: wait %lx, error %lu", cases[i].access, r, GetLastError());
        SetLastError(0xdeadbeef);
        r = TerminateProcess(h, 9);
        ok(cases[i].terminate ? r : !r && GetLastError() == ERROR_ACCESS_DENIED,
           "access %lx: TerminateProcess %lu, error %lu", cases[i].access, r, GetLastError());
        CloseHandle(h);
    }
    ok(WaitForSingleObject(child, 10000) == WAIT_OBJECT_0, "the child ended");
    ok(GetExitCodeProcess(child, &code) && code == 9, "its code %lu", code);
    CloseHandle(child);
}

static DWORD WINAPI thread_wait(void *event)
{
    WaitForSingleObject(event, INFINITE);
    return 5;
}

/* OpenThread of our threads and of a child's main thread;
 * GetThreadId, GetProcessIdOfThread. */
static void test_threads(void)
{
    HANDLE event = CreateEventA(NULL, TRUE, FALSE, NULL), thread, h, child;
    STARTUPINFOA si;
    PROCESS_INFORMATION pi;
    char cmd[MAX_PATH + 32];
    DWORD tid, code;

    h = OpenThread(THREAD_QUERY_INFORMATION, FALSE, GetCurrentThreadId());
    ok(h != NULL, "OpenThread(self): error %lu", GetLastError());
    ok(GetThreadId(h) == GetCurrentThreadId(), "GetThreadId %lu", GetThreadId(h));
    ok(GetProcessIdOfThread(h) == GetCurrentProcessId(), "GetProcessIdOfThread %lu", GetProcessIdOfThread(h));
    CloseHandle(h);
    ok(GetProcessIdOfThread(GetCurrentThread()) == GetCurrentProcessId(), "GetProcessIdOfThread(pseudo)");

    thread = CreateThread(NULL, 0, thread_wait, event, 0, &tid);
    h = OpenThread(SYNCHRONIZE | THREAD_QUERY_INFORMATION, FALSE, tid);
    ok(h != NULL, "OpenThread(another thread): error %lu", GetLastError());
    ok(GetThreadId(h) == tid, "GetThreadId %lu, expected %lu", GetThreadId(h), tid);
    ok(WaitForSingleObject(h, 10) == WAIT_TIMEOUT, "the thread runs");
    SetEvent(event);
    ok(WaitForSingleObject(h, 10000) == WAIT_OBJECT_0, "the thread ended");
    ok(GetExitCodeThread(h, &code) && code == 5, "its code through the opened handle %lu", code);
    CloseHandle(h);
    CloseHandle(thread);
    CloseHandle(event);

    SetLastError(0xdeadbeef);
    h = OpenThread(THREAD_QUERY_INFORMATION, FALSE, 0);
    ok(!h && GetLastError() == ERROR_INVALID_PARAMETER, "OpenThread(0): %p, error %lu", h, GetLastError());

    memset(&si, 0, sizeof(si));
    si.cb = sizeof(si);
    _snprintf(cmd, sizeof(cmd), "\"%s\" child-sleep", self);
    ok(CreateProcessA(NULL, cmd, NULL, NULL, FALSE, 0, NULL, NULL, &si, &pi), "CreateProcess: error %lu", GetLastError());
    CloseHandle(pi.hThread);
    h = OpenThread(SYNCHRONIZE | THREAD_QUERY_INFORMATION, FALSE, pi.dwThreadId);
    ok(h != NULL, "OpenThread(a child's main thread): error %lu", GetLastError());
    ok(GetThreadId(h) == pi.dwThreadId, "its id %lu, expected %lu", GetThreadId(h), pi.dwThreadId);
    ok(GetProcessIdOfThread(h) == pi.dwProcessId, "its process %lu, expected %lu", GetProcessIdOfThread(h), pi.dwProcessId);
    child = pi.hProcess;
    TerminateProcess(child, 3);
    ok(WaitForSingleObject(h, 10000) == WAIT_OBJECT_0, "the child's thread ended with it");
    CloseHandle(h);
    CloseHandle(child);
}

static void test_self(void)
{
    HANDLE h;
    DWORD code;
    FILETIME c, e, k, u;

    SetLastError(0xdeadbeef);
    h = OpenProcess(PROCESS_QUERY_INFORMATION, FALSE, 0);
    ok(!h && GetLastError() == ERROR_INVALID_PARAMETER, "OpenProcess(0): %p, error %lu", h, GetLastError());
    SetLastError(0xdeadbeef);
    h = OpenProcess(PROCESS_QUERY_INFORMATION, FALSE, 0x7ffffff0);
    ok(!h && GetLastError() == ERROR_INVALID_PARAMETER, "OpenProcess of no process: %p, error %lu", h,
       GetLastError());
    h = OpenProcess(PROCESS_ALL_ACCESS, FALSE, GetCurrentProcessId());
    ok(h != NULL, "OpenProcess(self): error %lu", GetLastError());
    ok(GetProcessId(h) == GetCurrentProcessId(), "GetProcessId(self) %lu", GetProcessId(h));
    ok(GetExitCodeProcess(h, &code) && code == STILL_ACTIVE, "self exit code %lu", code);
    ok(WaitForSingleObject(h, 10) == WAIT_TIMEOUT, "waiting on ourselves times out");
    ok(GetProcessTimes(h, &c, &e, &k, &u) && (c.dwLowDateTime || c.dwHighDateTime), "GetProcessTimes(self)");
    CloseHandle(h);
}

static void test_child(void)
{
    HANDLE child, h, h2;
    DWORD pid, code;
    FILETIME c, e, k, u;
    BOOL r;

    child = start("child-sleep", NULL, &pid);
    ok(child != NULL, "CreateProcess: error %lu", GetLastError());
    h = OpenProcess(PROCESS_ALL_ACCESS, FALSE, pid);
    ok(h != NULL, "OpenProcess(child): error %lu", GetLastError());
    ok(GetProcessId(h) == pid, "GetProcessId %lu, expected %lu", GetProcessId(h), pid);
    r = GetExitCodeProcess(h, &code);
    ok(r && code == STILL_ACTIVE, "running child: %d, code %lu", r, code);
    ok(WaitForSingleObject(h, 100) == WAIT_TIMEOUT, "wait on a running child times out");
    r = GetProcessTimes(h, &c, &e, &k, &u);
    ok(r && (c.dwLowDateTime || c.dwHighDateTime) && !e.dwLowDateTime && !e.dwHighDateTime,
       "GetProcessTimes of a running child: %d", r);
    r = TerminateProcess(h, 42);
    ok(r, "TerminateProcess through the opened handle: error %lu", GetLastError());
    ok(WaitForSingleObject(child, 10000) == WAIT_OBJECT_0, "the child ended");
    ok(WaitForSingleObject(h, 0) == WAIT_OBJECT_0, "the opened handle is signalled too");
    r = GetExitCodeProcess(child, &code);
    ok(r && code == 42, "exit code through CreateProcess's handle: %lu", code);
    r = GetExitCodeProcess(h, &code);
    ok(r && code == 42, "exit code through the opened handle: %lu", code);
    /* ended, but a handle keeps the process object */
    h2 = OpenProcess(PROCESS_QUERY_INFORMATION, FALSE, pid);
    ok(h2 != NULL, "OpenProcess of an ended child still held: error %lu", GetLastError());
    r = GetExitCodeProcess(h2, &code);
    ok(r && code == 42, "its exit code: %lu", code);
    SetLastError(0xdeadbeef);
    r = TerminateProcess(h2, 1);
    ok(!r && GetLastError() == ERROR_ACCESS_DENIED, "TerminateProcess of an ended process: %d, error %lu", r,
       GetLastError());
    CloseHandle(h2);
    CloseHandle(h);
    CloseHandle(child);
}

static void test_grandchild(void)
{
    SECURITY_ATTRIBUTES sa = { sizeof(sa), NULL, TRUE };
    HANDLE rd, wr, child, h;
    char buf[32];
    DWORD n, total = 0, pid, code = 0;

    CreatePipe(&rd, &wr, &sa, 0);
    SetHandleInformation(rd, HANDLE_FLAG_INHERIT, 0);
    child = start("child-parent", wr, NULL);
    ok(child != NULL, "CreateProcess: error %lu", GetLastError());
    CloseHandle(wr);
    while (total < sizeof(buf) - 1 && ReadFile(rd, buf + total, 1, &n, NULL) && n && buf[total] != '\n') total += n;
    buf[total] = 0;
    pid = strtoul(buf, NULL, 10);
    h = OpenProcess(SYNCHRONIZE | PROCESS_QUERY_INFORMATION, FALSE, pid);
    ok(h != NULL, "OpenProcess of a grandchild %lu: error %lu", pid, GetLastError());
    if (h) {
        GetExitCodeProcess(h, &code);
        ok(code == STILL_ACTIVE, "the grandchild runs: %lu", code);
        ok(WaitForSingleObject(h, 10000) == WAIT_OBJECT_0, "the grandchild ended");
        GetExitCodeProcess(h, &code);
        ok(code == 0x1234567, "the grandchild's exit code: %lx", code);
        CloseHandle(h);
    }
    WaitForSingleObject(child, 10000);
    GetExitCodeProcess(child, &code);
    ok(code == 81, "the child saw its child's code: %lu", code);
    CloseHandle(child);
    CloseHandle(rd);
}

int main(int argc, char **argv)
{
    GetModuleFileNameA(NULL, self, sizeof(self));
    if (argc > 1 && !strcmp(argv[1], "child-sleep")) {
        Sleep(30000);
        return 1;
    }
    if (argc > 1 && !strcmp(argv[1], "child-grandchild")) {
        Sleep(500);
        return 0x1234567;
    }
    if (argc > 1 && !strcmp(argv[1], "child-parent")) return child_parent();
    if (argc > 1 && !strcmp(argv[1], "child-target")) return child_target();
    if (argc > 2 && !strcmp(argv[1], "child-opener")) return child_opener(argv[2]);
    test_self();
    test_child();
    test_grandchild();
    test_sibling();
    test_access();
    test_threads();
    return test_done();
}
