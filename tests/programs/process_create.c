/* process_create: CreateProcess of this program as a child, in the modes
 * chosen by its first argument: output through a pipe, exit codes (above
 * 255, negative), an inherited file handle, CREATE_SUSPENDED + ResumeThread,
 * waits with timeouts and with an event, TerminateProcess, the exact
 * command line, the environment block (Unicode and ANSI) and the current
 * directory. */
#include "test.h"
#include "file_test_dir.h"

static WCHAR self[MAX_PATH];

/* "SELF" ARGS into CMD (1024 chars) */
static void make_cmdline(WCHAR *cmd, const WCHAR *args)
{
    lstrcpyW(cmd, L"\"");
    lstrcatW(cmd, self);
    lstrcatW(cmd, L"\" ");
    lstrcatW(cmd, args);
}

/* "child-write VALUE" */
static void write_args(WCHAR *args, HANDLE h)
{
    char a[64];
    _snprintf(a, sizeof(a), "child-write %lu", (DWORD)(ULONG_PTR)h);
    MultiByteToWideChar(CP_ACP, 0, a, -1, args, 64);
}

/* ---- children ---- */

static void put(const void *data, DWORD size)
{
    DWORD written;
    WriteFile(GetStdHandle(STD_OUTPUT_HANDLE), data, size, &written, NULL);
}

static int child(int argc, char **argv)
{
    const char *mode = argv[1];

    if (!strcmp(mode, "child-hello")) {
        put("hello from child\n", 17);
        return 0x1234;
    }
    if (!strcmp(mode, "child-exit")) ExitProcess(strtoul(argv[2], NULL, 0));
    if (!strcmp(mode, "child-sleep")) {
        Sleep(60000);
        return 1;
    }
    if (!strcmp(mode, "child-write") && argc > 2) {
        /* writes to the inherited handle whose value the parent passed */
        HANDLE h = (HANDLE)(ULONG_PTR)strtoul(argv[2], NULL, 0);
        DWORD written = 0;
        BOOL r = WriteFile(h, "inherited", 9, &written, NULL);
        return r && written == 9 ? 21 : 22;
    }
    if (!strcmp(mode, "child-cmdline")) {
        const WCHAR *cmd = GetCommandLineW();
        put(cmd, lstrlenW(cmd) * sizeof(WCHAR));
        return 0;
    }
    if (!strcmp(mode, "child-env")) {
        WCHAR value[64];
        int bad = 0;
        if (GetEnvironmentVariableW(L"WRTFOO", value, 64) != 3 || lstrcmpW(value, L"bar")) bad |= 1;
        if (GetEnvironmentVariableW(L"WRTWIDE", value, 64) != 4 || lstrcmpW(value, L"\x00e9\x20ac\xd83d\xde00"))
            bad |= 2;
        if (GetEnvironmentVariableW(L"WRTPARENTONLY", value, 64)) bad |= 4;
        return 30 + bad;
    }
    if (!strcmp(mode, "child-ansienv")) {
        char value[64];
        return GetEnvironmentVariableA("WRTANSI", value, 64) == 3 && !strcmp(value, "xyz") ? 40 : 41;
    }
    if (!strcmp(mode, "child-cwd")) {
        WCHAR dir[MAX_PATH];
        DWORD n = GetCurrentDirectoryW(MAX_PATH, dir);
        put(dir, n * sizeof(WCHAR));
        return 0;
    }
    return 99;
}

/* ---- the parent ---- */

static BOOL start(const WCHAR *args, DWORD flags, HANDLE out, BOOL inherit, void *env, const WCHAR *cwd,
                  PROCESS_INFORMATION *pi)
{
    WCHAR cmd[1024];
    STARTUPINFOW si;

    memset(&si, 0, sizeof(si));
    si.cb = sizeof(si);
    if (out) {
        si.dwFlags = STARTF_USESTDHANDLES;
        si.hStdInput = GetStdHandle(STD_INPUT_HANDLE);
        si.hStdOutput = out;
        si.hStdError = GetStdHandle(STD_ERROR_HANDLE);
    }
    make_cmdline(cmd, args);
    return CreateProcessW(NULL, cmd, NULL, NULL, inherit, flags, env, cwd, &si, pi);
}

/* Runs ARGS with stdout into a pipe; returns the bytes read and the exit code. */
static DWORD run_piped(const WCHAR *args, char *buf, DWORD size, DWORD *code, const WCHAR *cwd)
{
    SECURITY_ATTRIBUTES sa = { sizeof(sa), NULL, TRUE };
    PROCESS_INFORMATION pi;
    HANDLE rd, wr;
    DWORD total = 0, n;

    *code = 0xdead;
    if (!CreatePipe(&rd, &wr, &sa, 0)) return 0;
    SetHandleInformation(rd, HANDLE_FLAG_INHERIT, 0);   /* the child must not hold the read end */
    if (!start(args, 0, wr, TRUE, NULL, cwd, &pi)) {
        trace("CreateProcess failed: %lu", GetLastError());
        CloseHandle(rd);
        CloseHandle(wr);
        return 0;
    }
    CloseHandle(wr);   /* else the read never sees the end */
    while (total < size && ReadFile(rd, buf + total, size - total, &n, NULL) && n) total += n;
    CloseHandle(rd);
    WaitForSingleObject(pi.hProcess, INFINITE);
    GetExitCodeProcess(pi.hProcess, code);
    CloseHandle(pi.hProcess);
    CloseHandle(pi.hThread);
    return total;
}

static DWORD run_wait(const WCHAR *args, void *env, DWORD flags)
{
    PROCESS_INFORMATION pi;
    DWORD code = 0xdead;
    if (!start(args, flags, NULL, FALSE, env, NULL, &pi)) return 0xbad;
    WaitForSingleObject(pi.hProcess, INFINITE);
    GetExitCodeProcess(pi.hProcess, &code);
    CloseHandle(pi.hProcess);
    CloseHandle(pi.hThread);
    return code;
}

static void test_pipe_and_codes(void)
{
    char buf[256];
    DWORD code, n, flags = 0xdead;
    SECURITY_ATTRIBUTES sa = { sizeof(sa), NULL, TRUE };
    HANDLE rd, wr;

    ok(CreatePipe(&rd, &wr, &sa, 0), "CreatePipe: %lu", GetLastError());
    ok(GetHandleInformation(rd, &flags) && flags == HANDLE_FLAG_INHERIT, "inheritable pipe: flags %lx", flags);
    ok(SetHandleInformation(rd, HANDLE_FLAG_INHERIT, 0) && GetHandleInformation(rd, &flags) && flags == 0,
       "inherit cleared: flags %lx", flags);
    CloseHandle(rd);
    CloseHandle(wr);

    n = run_piped(L"child-hello", buf, sizeof(buf), &code, NULL);
    ok(n == 17 && !memcmp(buf, "hello from child\n", 17), "child output: %lu bytes", n);
    ok(code == 0x1234, "exit code above 255: %lx", code);
    ok(run_wait(L"child-exit -5", NULL, 0) == (DWORD)-5, "negative exit code");
    ok(run_wait(L"child-exit 0x10000", NULL, 0) == 0x10000, "exit code 0x10000 (low byte 0)");
}

static void test_inherited_file(void)
{
    SECURITY_ATTRIBUTES sa = { sizeof(sa), NULL, TRUE };
    PROCESS_INFORMATION pi;
    WCHAR args[64], path[MAX_PATH];
    char buf[32];
    HANDLE f;
    DWORD code = 0, n = 0;

    MultiByteToWideChar(CP_ACP, 0, tpath("inherit.txt"), -1, path, MAX_PATH);
    f = CreateFileW(path, GENERIC_WRITE, FILE_SHARE_READ | FILE_SHARE_WRITE, &sa, CREATE_ALWAYS, 0, NULL);
    ok(f != INVALID_HANDLE_VALUE, "CreateFile: %lu", GetLastError());
    write_args(args, f);
    ok(start(args, 0, NULL, TRUE, NULL, NULL, &pi), "CreateProcess: %lu", GetLastError());
    WaitForSingleObject(pi.hProcess, INFINITE);
    GetExitCodeProcess(pi.hProcess, &code);
    ok(code == 21, "child wrote to the inherited handle: code %lu", code);
    CloseHandle(pi.hProcess);
    CloseHandle(pi.hThread);
    CloseHandle(f);
    f = CreateFileW(path, GENERIC_READ, FILE_SHARE_READ, NULL, OPEN_EXISTING, 0, NULL);
    ReadFile(f, buf, sizeof(buf), &n, NULL);
    CloseHandle(f);
    ok(n == 9 && !memcmp(buf, "inherited", 9), "file content: %lu bytes", n);
    DeleteFileW(path);

    /* not inherited when bInheritHandles is FALSE */
    f = CreateFileW(path, GENERIC_WRITE, FILE_SHARE_READ | FILE_SHARE_WRITE, &sa, CREATE_ALWAYS, 0, NULL);
    write_args(args, f);
    ok(start(args, 0, NULL, FALSE, NULL, NULL, &pi), "CreateProcess: %lu", GetLastError());
    WaitForSingleObject(pi.hProcess, INFINITE);
    GetExitCodeProcess(pi.hProcess, &code);
    ok(code == 22, "no handle without bInheritHandles: code %lu", code);
    CloseHandle(pi.hProcess);
    CloseHandle(pi.hThread);
    CloseHandle(f);
    DeleteFileW(path);
}

static void test_suspended(void)
{
    SECURITY_ATTRIBUTES sa = { sizeof(sa), NULL, TRUE };
    PROCESS_INFORMATION pi;
    HANDLE rd, wr;
    DWORD avail = 0xdead, prev, n = 0;
    char buf[64];

    CreatePipe(&rd, &wr, &sa, 0);
    SetHandleInformation(rd, HANDLE_FLAG_INHERIT, 0);
    ok(start(L"child-hello", CREATE_SUSPENDED, wr, TRUE, NULL, NULL, &pi), "CreateProcess: %lu", GetLastError());
    CloseHandle(wr);
    ok(WaitForSingleObject(pi.hProcess, 300) == WAIT_TIMEOUT, "suspended child still running");
    ok(PeekNamedPipe(rd, NULL, 0, NULL, &avail, NULL) && avail == 0, "nothing written yet: %lu", avail);
    prev = ResumeThread(pi.hThread);
    ok(prev == 1, "ResumeThread: previous count %lu", prev);
    ok(WaitForSingleObject(pi.hProcess, 10000) == WAIT_OBJECT_0, "resumed child ended");
    ok(PeekNamedPipe(rd, buf, 5, &n, &avail, NULL) && n == 5 && avail == 17 && !memcmp(buf, "hello", 5),
       "PeekNamedPipe: %lu of %lu", n, avail);
    ok(ReadFile(rd, buf, sizeof(buf), &n, NULL) && n == 17, "read after peek: %lu", n);
    SetLastError(0xdeadbeef);
    ok(!PeekNamedPipe(rd, NULL, 0, NULL, &avail, NULL) && GetLastError() == ERROR_BROKEN_PIPE,
       "peek at a closed pipe: %lu", GetLastError());
    CloseHandle(rd);
    CloseHandle(pi.hProcess);
    CloseHandle(pi.hThread);
}

static void test_waits_and_terminate(void)
{
    PROCESS_INFORMATION pi;
    HANDLE event = CreateEventW(NULL, TRUE, FALSE, NULL), objs[2];
    DWORD code = 0, r;
    FILETIME c, e, k, u;

    ok(start(L"child-sleep", 0, NULL, FALSE, NULL, NULL, &pi), "CreateProcess: %lu", GetLastError());
    ok(GetProcessId(pi.hProcess) == pi.dwProcessId && pi.dwProcessId, "GetProcessId");
    ok(pi.dwThreadId && pi.dwThreadId != pi.dwProcessId, "thread id %lu", pi.dwThreadId);
    ok(GetExitCodeProcess(pi.hProcess, &code) && code == STILL_ACTIVE, "still active: %lu", code);
    ok(GetExitCodeThread(pi.hThread, &code) && code == STILL_ACTIVE, "thread still active: %lu", code);
    ok(WaitForSingleObject(pi.hProcess, 100) == WAIT_TIMEOUT, "wait times out on a running child");
    ok(GetProcessTimes(pi.hProcess, &c, &e, &k, &u) && (c.dwLowDateTime || c.dwHighDateTime), "GetProcessTimes");
    objs[0] = pi.hProcess;
    objs[1] = event;
    ok(WaitForMultipleObjects(2, objs, FALSE, 50) == WAIT_TIMEOUT, "nothing signalled yet");
    SetEvent(event);
    ok(WaitForMultipleObjects(2, objs, FALSE, 1000) == WAIT_OBJECT_0 + 1, "the event ends the wait");
    ResetEvent(event);
    ok(TerminateProcess(pi.hProcess, 77), "TerminateProcess: %lu", GetLastError());
    r = WaitForMultipleObjects(2, objs, FALSE, 10000);
    ok(r == WAIT_OBJECT_0, "the terminated child ends the wait: %lu", r);
    ok(WaitForSingleObject(pi.hThread, 1000) == WAIT_OBJECT_0, "its main thread is done too");
    ok(GetExitCodeProcess(pi.hProcess, &code) && code == 77, "terminated with 77: %lu", code);
    code = 0;
    ok(GetExitCodeThread(pi.hThread, &code) && code == 77, "main thread's exit code: %lu", code);
    ok(GetThreadId(pi.hThread) == pi.dwThreadId, "GetThreadId of the child's thread");
    objs[1] = pi.hThread;
    ok(WaitForMultipleObjects(2, objs, TRUE, 0) == WAIT_OBJECT_0, "wait-all on process and thread");
    CloseHandle(pi.hProcess);
    CloseHandle(pi.hThread);
    CloseHandle(event);
}

static void test_cmdline(void)
{
    static const WCHAR args[] = L"child-cmdline  a \"b c\" \\\"q\\\" \x00e9\x20ac\xd83d\xde00 \"tail\\\\\"  ";
    WCHAR expect[1024], got[1024];
    DWORD code, n;

    make_cmdline(expect, args);
    n = run_piped(args, (char *)got, sizeof(got) - 2, &code, NULL);
    got[n / 2] = 0;
    ok(n == lstrlenW(expect) * 2 && !memcmp(got, expect, n), "command line passed exactly (%lu bytes)", n);
}

static void test_environment(void)
{
    static const WCHAR env[] = L"WRTFOO=bar\0WRTWIDE=\x00e9\x20ac\xd83d\xde00\0SystemRoot=C:\\windows\0";
    static const char env_a[] = "WRTANSI=xyz\0SystemRoot=C:\\windows\0";
    char cmd[MAX_PATH + 32];
    STARTUPINFOA si;
    PROCESS_INFORMATION pi;
    DWORD code = 0;

    SetEnvironmentVariableA("WRTPARENTONLY", "1");
    ok(run_wait(L"child-env", (void *)env, CREATE_UNICODE_ENVIRONMENT) == 30, "Unicode environment block");
    memset(&si, 0, sizeof(si));
    si.cb = sizeof(si);
    _snprintf(cmd, sizeof(cmd), "\"%S\" child-ansienv", self);
    ok(CreateProcessA(NULL, cmd, NULL, NULL, FALSE, 0, (void *)env_a, NULL, &si, &pi), "CreateProcessA: %lu",
       GetLastError());
    WaitForSingleObject(pi.hProcess, INFINITE);
    GetExitCodeProcess(pi.hProcess, &code);
    ok(code == 40, "ANSI environment block: %lu", code);
    CloseHandle(pi.hProcess);
    CloseHandle(pi.hThread);
}

static void test_cwd(void)
{
    WCHAR dir[MAX_PATH], got[MAX_PATH];
    DWORD code, n;

    MultiByteToWideChar(CP_ACP, 0, test_dir, -1, dir, MAX_PATH);
    n = run_piped(L"child-cwd", (char *)got, sizeof(got) - 2, &code, dir);
    got[n / 2] = 0;
    ok(n && !lstrcmpiW(got, dir), "child's current directory: %S", got);
}

static void test_errors_and_search(void)
{
    PROCESS_INFORMATION pi;
    STARTUPINFOW si;
    WCHAR cmd[MAX_PATH + 32], name[MAX_PATH], *base, *dot;
    HANDLE h;
    DWORD code = 0;

    memset(&si, 0, sizeof(si));
    si.cb = sizeof(si);
    lstrcpyW(cmd, L"wrt_no_such_program_x arg");
    SetLastError(0xdeadbeef);
    ok(!CreateProcessW(NULL, cmd, NULL, NULL, FALSE, 0, NULL, NULL, &si, &pi) && GetLastError() == ERROR_FILE_NOT_FOUND,
       "missing program: %lu", GetLastError());
    lstrcpyW(cmd, L"child-exit 3");
    SetLastError(0xdeadbeef);
    ok(!CreateProcessW(self, cmd, NULL, NULL, FALSE, 0, NULL, L"C:\\wrt\\no\\such\\dir", &si, &pi) &&
       GetLastError() == ERROR_DIRECTORY, "missing directory: %lu", GetLastError());

    /* the bare name without ".exe" is found in the application's directory */
    base = self;
    for (WCHAR *p = self; *p; p++)
        if (*p == '\\') base = p + 1;
    lstrcpyW(name, base);
    if ((dot = wcsrchr(name, '.'))) *dot = 0;
    lstrcpyW(cmd, name);
    lstrcatW(cmd, L" child-exit 3");
    ok(CreateProcessW(NULL, cmd, NULL, NULL, FALSE, 0, NULL, NULL, &si, &pi), "search %S: %lu", name, GetLastError());
    WaitForSingleObject(pi.hProcess, INFINITE);
    GetExitCodeProcess(pi.hProcess, &code);
    ok(code == 3, "found and ran: %lu", code);
    CloseHandle(pi.hProcess);
    CloseHandle(pi.hThread);

    /* lpApplicationName with a command line that names something else */
    lstrcpyW(cmd, L"whatever child-exit 4");
    ok(CreateProcessW(self, cmd, NULL, NULL, FALSE, 0, NULL, NULL, &si, &pi), "lpApplicationName: %lu",
       GetLastError());
    WaitForSingleObject(pi.hProcess, INFINITE);
    GetExitCodeProcess(pi.hProcess, &code);
    ok(code == 4, "lpApplicationName ran: %lu", code);
    CloseHandle(pi.hProcess);
    CloseHandle(pi.hThread);

    h = OpenProcess(PROCESS_QUERY_INFORMATION | SYNCHRONIZE, FALSE, GetCurrentProcessId());
    ok(h != NULL, "OpenProcess(self): %lu", GetLastError());
    ok(GetProcessId(h) == GetCurrentProcessId(), "GetProcessId(self)");
    ok(GetExitCodeProcess(h, &code) && code == STILL_ACTIVE, "self still active");
    ok(WaitForSingleObject(h, 0) == WAIT_TIMEOUT, "waiting on oneself times out");
    CloseHandle(h);
}

int main(int argc, char **argv)
{
    if (argc > 1) return child(argc, argv);
    GetModuleFileNameW(NULL, self, MAX_PATH);
    test_dir_create("process");
    test_pipe_and_codes();
    test_inherited_file();
    test_suspended();
    test_waits_and_terminate();
    test_cmdline();
    test_environment();
    test_cwd();
    test_errors_and_search();
    test_dir_remove();
    return test_done();
}
