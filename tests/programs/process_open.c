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
        /* winrun: a process that talked to winrun-server reports its exit
         * code there for those that opened it by id (a pipe lookup does) */
        WaitNamedPipeA("\\\\.\\pipe\\winrun_test_no_such_pipe", 1);
        Sleep(500);
        return 0x1234567;
    }
    if (argc > 1 && !strcmp(argv[1], "child-parent")) return child_parent();
    test_self();
    test_child();
    test_grandchild();
    return test_done();
}
