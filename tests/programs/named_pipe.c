/* named_pipe: CreateNamedPipe and its clients, in this process and in a
 * child (this program run with "child-..." arguments): byte and message
 * pipes, ERROR_MORE_DATA and the rest of the message on the next read,
 * ERROR_PIPE_CONNECTED when the client came first, ERROR_PIPE_BUSY from
 * CreateFile and CreateNamedPipe, FILE_FLAG_FIRST_PIPE_INSTANCE, an
 * overlapped ConnectNamedPipe, WaitNamedPipe, CallNamedPipe, PeekNamedPipe,
 * GetNamedPipeInfo, GetNamedPipeHandleState, DisconnectNamedPipe
 * (ERROR_PIPE_NOT_CONNECTED for the client), broken pipes both ways, and
 * a client end inherited by a child that keeps its message nature. */
#include "test.h"

static char self[MAX_PATH];
static BOOL is_wine;

static void pipe_name(char *buf, const char *what, DWORD pid)
{
    _snprintf(buf, MAX_PATH, "\\\\.\\pipe\\winrun_test_%lu_%s", pid, what);
}

static HANDLE open_client(const char *name)
{
    return CreateFileA(name, GENERIC_READ | GENERIC_WRITE, 0, NULL, OPEN_EXISTING, 0, NULL);
}

/* ---- children ---- */

static int child_msg(const char *name)
{
    DWORD mode = PIPE_READMODE_MESSAGE, n;
    char buf[16];
    HANDLE h;

    if (!WaitNamedPipeA(name, 5000)) return 50;
    if ((h = open_client(name)) == INVALID_HANDLE_VALUE) return 51;
    if (!SetNamedPipeHandleState(h, &mode, NULL, NULL)) return 52;
    if (!WriteFile(h, "hello", 5, &n, NULL) || n != 5) return 53;
    if (!WriteFile(h, "world!!!", 8, &n, NULL) || n != 8) return 54;
    if (!ReadFile(h, buf, sizeof(buf), &n, NULL) || n != 5 || memcmp(buf, "reply", 5)) return 55;
    CloseHandle(h);
    return 0x77;
}

static int child_call(const char *name)
{
    char buf[16];
    DWORD n = 0;
    if (!CallNamedPipeA(name, "ping", 4, buf, sizeof(buf), &n, NMPWAIT_WAIT_FOREVER)) return 60;
    return n == 4 && !memcmp(buf, "pong", 4) ? 0x55 : 61;
}

static int child_byte(const char *name)
{
    DWORD n;
    HANDLE h;
    if (!WaitNamedPipeA(name, 5000)) return 70;
    /* an inbound pipe's client may only write: asking for read access too is denied */
    h = CreateFileA(name, GENERIC_WRITE, 0, NULL, OPEN_EXISTING, 0, NULL);
    if (h == INVALID_HANDLE_VALUE) return 71;
    /* two writes a byte pipe may join */
    if (!WriteFile(h, "abc", 3, &n, NULL) || !WriteFile(h, "def", 3, &n, NULL)) return 72;
    CloseHandle(h);
    return 0x66;
}

/* "child-inherit HANDLE": the parent's client end of a message pipe,
 * inherited */
static int child_inherit(const char *arg)
{
    HANDLE h = (HANDLE)(ULONG_PTR)strtoul(arg, NULL, 16);
    DWORD flags = 0, mode = PIPE_READMODE_MESSAGE, n, avail, left, state = 0xdead;
    char buf[16];

    if (!GetNamedPipeInfo(h, &flags, NULL, NULL, NULL) || flags != (PIPE_CLIENT_END | PIPE_TYPE_MESSAGE)) return 40;
    if (!SetNamedPipeHandleState(h, &mode, NULL, NULL)) return 41;
    if (!GetNamedPipeHandleStateA(h, &state, NULL, NULL, NULL, NULL, 0) || state != PIPE_READMODE_MESSAGE) return 42;
    if (ReadFile(h, buf, 3, &n, NULL) || GetLastError() != ERROR_MORE_DATA || n != 3 || memcmp(buf, "hel", 3)) return 43;
    if (!PeekNamedPipe(h, NULL, 0, NULL, &avail, &left) || left != 2) return 44;
    if (!ReadFile(h, buf, sizeof(buf), &n, NULL) || n != 2 || memcmp(buf, "lo", 2)) return 45;
    if (!ReadFile(h, buf, sizeof(buf), &n, NULL) || n != 8 || memcmp(buf, "world!!!", 8)) return 46;
    if (!WriteFile(h, "ok", 2, &n, NULL)) return 47;
    /* waits until the parent disconnects */
    SetLastError(0xdeadbeef);
    if (ReadFile(h, buf, sizeof(buf), &n, NULL)) return 48;
    if (GetLastError() != ERROR_PIPE_NOT_CONNECTED) return 49;
    return 0x44;
}

/* ---- the parent ---- */

static HANDLE start(const char *mode, const char *name)
{
    char cmd[2 * MAX_PATH + 64];
    STARTUPINFOA si;
    PROCESS_INFORMATION pi;

    memset(&si, 0, sizeof(si));
    si.cb = sizeof(si);
    _snprintf(cmd, sizeof(cmd), "\"%s\" %s %s", self, mode, name);
    if (!CreateProcessA(NULL, cmd, NULL, NULL, FALSE, 0, NULL, NULL, &si, &pi)) return NULL;
    CloseHandle(pi.hThread);
    return pi.hProcess;
}

static DWORD finish(HANDLE process)
{
    DWORD code = 0xdead;
    if (!process) return 0xbad;
    if (WaitForSingleObject(process, 10000) != WAIT_OBJECT_0) TerminateProcess(process, 0xdead);
    GetExitCodeProcess(process, &code);
    CloseHandle(process);
    return code;
}

static void test_local(void)
{
    char name[MAX_PATH], missing[MAX_PATH], buf[16];
    HANDLE server, client, client2, second;
    DWORD n, flags, out_size, in_size, max;
    BOOL r;

    pipe_name(name, "local", GetCurrentProcessId());
    pipe_name(missing, "missing", GetCurrentProcessId());

    SetLastError(0xdeadbeef);
    client = open_client(missing);
    ok(client == INVALID_HANDLE_VALUE && GetLastError() == ERROR_FILE_NOT_FOUND,
       "CreateFile of a missing pipe: %p, error %lu", client, GetLastError());
    SetLastError(0xdeadbeef);
    r = WaitNamedPipeA(missing, 10);
    ok(!r && GetLastError() == ERROR_FILE_NOT_FOUND, "WaitNamedPipe of a missing pipe: %d, error %lu", r,
       GetLastError());
    SetLastError(0xdeadbeef);
    server = CreateNamedPipeA("\\\\.\\notapipe\\x", PIPE_ACCESS_DUPLEX, 0, 1, 64, 64, 0, NULL);
    ok(server == INVALID_HANDLE_VALUE && GetLastError() == ERROR_PATH_NOT_FOUND, "a name outside \\\\.\\pipe: error %lu",
       GetLastError());
    server = CreateNamedPipeA(name, PIPE_ACCESS_DUPLEX | FILE_FLAG_FIRST_PIPE_INSTANCE,
                              PIPE_TYPE_BYTE | PIPE_READMODE_BYTE | PIPE_WAIT, 1, 1024, 2048, 0, NULL);
    ok(server != INVALID_HANDLE_VALUE, "CreateNamedPipe: error %lu", GetLastError());
    SetLastError(0xdeadbeef);
    second = CreateNamedPipeA(name, PIPE_ACCESS_DUPLEX, PIPE_TYPE_BYTE, 1, 1024, 1024, 0, NULL);
    ok(second == INVALID_HANDLE_VALUE && GetLastError() == ERROR_PIPE_BUSY,
       "a second instance beyond the maximum: error %lu", GetLastError());
    {
        char first[MAX_PATH];
        HANDLE h;
        pipe_name(first, "first", GetCurrentProcessId());
        h = CreateNamedPipeA(first, PIPE_ACCESS_DUPLEX, PIPE_TYPE_BYTE, 2, 64, 64, 0, NULL);
        SetLastError(0xdeadbeef);
        second = CreateNamedPipeA(first, PIPE_ACCESS_DUPLEX | FILE_FLAG_FIRST_PIPE_INSTANCE, PIPE_TYPE_BYTE, 2, 64,
                                  64, 0, NULL);
        /* Wine ignores FILE_FLAG_FIRST_PIPE_INSTANCE */
        if (!is_wine) {
            ok(second == INVALID_HANDLE_VALUE && GetLastError() == ERROR_ACCESS_DENIED,
               "FILE_FLAG_FIRST_PIPE_INSTANCE of an existing pipe: error %lu", GetLastError());
            second = CreateNamedPipeA(first, PIPE_ACCESS_DUPLEX, PIPE_TYPE_BYTE, 2, 64, 64, 0, NULL);
            ok(second != INVALID_HANDLE_VALUE, "a second instance: error %lu", GetLastError());
        }
        CloseHandle(second);
        CloseHandle(h);
    }

    r = GetNamedPipeInfo(server, &flags, &out_size, &in_size, &max);
    ok(r && flags == PIPE_SERVER_END && max == 1, "GetNamedPipeInfo: %d flags %lx max %lu", r, flags, max);

    r = WaitNamedPipeA(name, 100);
    ok(r, "WaitNamedPipe of a listening pipe: error %lu", GetLastError());
    client = open_client(name);
    ok(client != INVALID_HANDLE_VALUE, "CreateFile of the pipe: error %lu", GetLastError());
    r = GetNamedPipeInfo(client, &flags, NULL, NULL, &max);
    ok(r && flags == PIPE_CLIENT_END && max == 1, "client GetNamedPipeInfo: %d flags %lx max %lu", r, flags, max);
    SetLastError(0xdeadbeef);
    r = ConnectNamedPipe(server, NULL);
    ok(!r && GetLastError() == ERROR_PIPE_CONNECTED, "ConnectNamedPipe after the client: %d, error %lu", r,
       GetLastError());
    SetLastError(0xdeadbeef);
    client2 = open_client(name);
    ok(client2 == INVALID_HANDLE_VALUE && GetLastError() == ERROR_PIPE_BUSY, "a second client: error %lu",
       GetLastError());
    SetLastError(0xdeadbeef);
    r = WaitNamedPipeA(name, 50);
    ok(!r && GetLastError() == ERROR_SEM_TIMEOUT, "WaitNamedPipe of a busy pipe: %d, error %lu", r, GetLastError());

    r = GetNamedPipeHandleStateA(server, &flags, &n, NULL, NULL, NULL, 0);
    ok(r && flags == 0 && n == 1, "GetNamedPipeHandleState(server): %d, state %lx, %lu instances", r, flags, n);
    r = GetNamedPipeHandleStateA(client, &flags, &n, NULL, NULL, NULL, 0);
    ok(r && flags == 0 && n == 1, "GetNamedPipeHandleState(client): %d, state %lx, %lu instances", r, flags, n);
    r = WriteFile(client, "12345", 5, &n, NULL);
    ok(r && n == 5, "client write: %d %lu", r, n);
    r = PeekNamedPipe(server, buf, 2, &n, &flags, NULL);
    ok(r && n == 2 && flags == 5 && !memcmp(buf, "12", 2), "PeekNamedPipe: %d read %lu avail %lu", r, n, flags);
    r = ReadFile(server, buf, sizeof(buf), &n, NULL);
    ok(r && n == 5 && !memcmp(buf, "12345", 5), "server read: %d %lu", r, n);
    r = WriteFile(server, "xy", 2, &n, NULL);
    ok(r && n == 2, "server write: %d %lu", r, n);
    r = ReadFile(client, buf, sizeof(buf), &n, NULL);
    ok(r && n == 2 && !memcmp(buf, "xy", 2), "client read: %d %lu", r, n);

    r = DisconnectNamedPipe(server);
    ok(r, "DisconnectNamedPipe: error %lu", GetLastError());
    SetLastError(0xdeadbeef);
    r = ReadFile(client, buf, sizeof(buf), &n, NULL);
    ok(!r && GetLastError() == ERROR_PIPE_NOT_CONNECTED, "client read after disconnect: %d, error %lu", r,
       GetLastError());
    SetLastError(0xdeadbeef);
    r = WriteFile(client, "z", 1, &n, NULL);
    ok(!r && GetLastError() == ERROR_PIPE_NOT_CONNECTED, "client write after disconnect: %d, error %lu", r,
       GetLastError());
    CloseHandle(client);

    /* disconnected, not listening until ConnectNamedPipe */
    SetLastError(0xdeadbeef);
    client = open_client(name);
    ok(client == INVALID_HANDLE_VALUE && GetLastError() == ERROR_PIPE_BUSY, "client of a disconnected pipe: error %lu",
       GetLastError());
    CloseHandle(server);

    /* once the client has closed: the server's reads and writes fail */
    server = CreateNamedPipeA(name, PIPE_ACCESS_DUPLEX, PIPE_TYPE_BYTE, 1, 64, 64, 0, NULL);
    client = open_client(name);
    ok(client != INVALID_HANDLE_VALUE, "client of a new instance: error %lu", GetLastError());
    CloseHandle(client);
    SetLastError(0xdeadbeef);
    r = ReadFile(server, buf, sizeof(buf), &n, NULL);
    ok(!r && GetLastError() == ERROR_BROKEN_PIPE, "server read after the client closed: %d, error %lu", r,
       GetLastError());
    SetLastError(0xdeadbeef);
    r = WriteFile(server, "z", 1, &n, NULL);
    ok(!r && GetLastError() == ERROR_NO_DATA, "server write after the client closed: %d, error %lu", r,
       GetLastError());
    CloseHandle(server);

    SetLastError(0xdeadbeef);
    client = open_client(name);
    ok(client == INVALID_HANDLE_VALUE && GetLastError() == ERROR_FILE_NOT_FOUND,
       "the pipe is gone with its last instance: error %lu", GetLastError());
}

static void test_overlapped_connect(void)
{
    char name[MAX_PATH];
    OVERLAPPED ov;
    HANDLE server, client;
    DWORD n;
    BOOL r;

    pipe_name(name, "overlapped", GetCurrentProcessId());
    server = CreateNamedPipeA(name, PIPE_ACCESS_DUPLEX | FILE_FLAG_OVERLAPPED, PIPE_TYPE_BYTE, 2, 64, 64, 0, NULL);
    ok(server != INVALID_HANDLE_VALUE, "CreateNamedPipe overlapped: error %lu", GetLastError());
    memset(&ov, 0, sizeof(ov));
    ov.hEvent = CreateEventA(NULL, TRUE, FALSE, NULL);
    SetLastError(0xdeadbeef);
    r = ConnectNamedPipe(server, &ov);
    ok(!r && GetLastError() == ERROR_IO_PENDING, "overlapped ConnectNamedPipe: %d, error %lu", r, GetLastError());
    ok(WaitForSingleObject(ov.hEvent, 50) == WAIT_TIMEOUT, "the event waits for a client");
    client = open_client(name);
    ok(client != INVALID_HANDLE_VALUE, "client: error %lu", GetLastError());
    ok(WaitForSingleObject(ov.hEvent, 5000) == WAIT_OBJECT_0, "the event is set once a client connects");
    r = GetOverlappedResult(server, &ov, &n, TRUE);
    ok(r, "GetOverlappedResult: error %lu", GetLastError());
    CloseHandle(client);
    CloseHandle(server);
    CloseHandle(ov.hEvent);
}

static void test_message_child(void)
{
    char name[MAX_PATH], buf[16];
    HANDLE server, child;
    DWORD n, avail, left;
    BOOL r;

    pipe_name(name, "msg", GetCurrentProcessId());
    server = CreateNamedPipeA(name, PIPE_ACCESS_DUPLEX, PIPE_TYPE_MESSAGE | PIPE_READMODE_MESSAGE | PIPE_WAIT,
                              PIPE_UNLIMITED_INSTANCES, 1024, 1024, 0, NULL);
    ok(server != INVALID_HANDLE_VALUE, "CreateNamedPipe message: error %lu", GetLastError());
    child = start("child-msg", name);
    ok(child != NULL, "CreateProcess: error %lu", GetLastError());
    r = ConnectNamedPipe(server, NULL);
    ok(r || GetLastError() == ERROR_PIPE_CONNECTED, "ConnectNamedPipe: %d, error %lu", r, GetLastError());

    r = ReadFile(server, buf, 3, &n, NULL);
    ok(!r && GetLastError() == ERROR_MORE_DATA && n == 3 && !memcmp(buf, "hel", 3),
       "short read of a message: %d, error %lu, %lu bytes", r, GetLastError(), n);
    r = PeekNamedPipe(server, NULL, 0, NULL, &avail, &left);
    ok(r && left == 2, "PeekNamedPipe in a message: %d avail %lu left %lu", r, avail, left);
    r = ReadFile(server, buf, sizeof(buf), &n, NULL);
    ok(r && n == 2 && !memcmp(buf, "lo", 2), "the rest of the message: %d, %lu bytes", r, n);
    r = ReadFile(server, buf, sizeof(buf), &n, NULL);
    ok(r && n == 8 && !memcmp(buf, "world!!!", 8), "the second message whole: %d, %lu bytes", r, n);
    r = WriteFile(server, "reply", 5, &n, NULL);
    ok(r && n == 5, "reply: %d %lu", r, n);
    n = finish(child);
    ok(n == 0x77, "child exit code %lx", n);
    SetLastError(0xdeadbeef);
    r = ReadFile(server, buf, sizeof(buf), &n, NULL);
    ok(!r && GetLastError() == ERROR_BROKEN_PIPE, "read after the child ended: %d, error %lu", r, GetLastError());
    CloseHandle(server);
}

static void test_call_child(void)
{
    char name[MAX_PATH], buf[16];
    HANDLE server, child;
    DWORD n;
    BOOL r;

    pipe_name(name, "call", GetCurrentProcessId());
    server = CreateNamedPipeA(name, PIPE_ACCESS_DUPLEX, PIPE_TYPE_MESSAGE | PIPE_READMODE_MESSAGE, 1, 64, 64, 0, NULL);
    ok(server != INVALID_HANDLE_VALUE, "CreateNamedPipe: error %lu", GetLastError());
    child = start("child-call", name);
    r = ConnectNamedPipe(server, NULL);
    ok(r || GetLastError() == ERROR_PIPE_CONNECTED, "ConnectNamedPipe: %d, error %lu", r, GetLastError());
    r = ReadFile(server, buf, sizeof(buf), &n, NULL);
    ok(r && n == 4 && !memcmp(buf, "ping", 4), "CallNamedPipe's request: %d, %lu bytes", r, n);
    r = WriteFile(server, "pong", 4, &n, NULL);
    ok(r, "reply: error %lu", GetLastError());
    n = finish(child);
    ok(n == 0x55, "CallNamedPipe child exit code %lx", n);
    DisconnectNamedPipe(server);
    CloseHandle(server);
}

static void test_inherit_child(void)
{
    SECURITY_ATTRIBUTES sa = { sizeof(sa), NULL, TRUE };
    char name[MAX_PATH], cmd[2 * MAX_PATH + 64], buf[16];
    HANDLE server, client;
    STARTUPINFOA si;
    PROCESS_INFORMATION pi;
    DWORD n, state, instances;
    BOOL r;

    pipe_name(name, "inherit", GetCurrentProcessId());
    server = CreateNamedPipeA(name, PIPE_ACCESS_DUPLEX, PIPE_TYPE_MESSAGE | PIPE_READMODE_MESSAGE, 2, 64, 64, 0, NULL);
    ok(server != INVALID_HANDLE_VALUE, "CreateNamedPipe: error %lu", GetLastError());
    r = GetNamedPipeHandleStateA(server, &state, &instances, NULL, NULL, NULL, 0);
    ok(r && state == PIPE_READMODE_MESSAGE && instances == 1, "GetNamedPipeHandleState: %d, state %lx, %lu instances",
       r, state, instances);
    client = CreateFileA(name, GENERIC_READ | GENERIC_WRITE, 0, &sa, OPEN_EXISTING, 0, NULL);
    ok(client != INVALID_HANDLE_VALUE, "CreateFile: error %lu", GetLastError());
    r = GetNamedPipeHandleStateA(client, &state, NULL, NULL, NULL, NULL, 0);
    ok(r && state == 0, "a client starts in byte read mode: %d, state %lx", r, state);
    WriteFile(server, "hello", 5, &n, NULL);
    WriteFile(server, "world!!!", 8, &n, NULL);
    memset(&si, 0, sizeof(si));
    si.cb = sizeof(si);
    _snprintf(cmd, sizeof(cmd), "\"%s\" child-inherit %p", self, client);
    r = CreateProcessA(NULL, cmd, NULL, NULL, TRUE, 0, NULL, NULL, &si, &pi);
    ok(r, "CreateProcess: error %lu", GetLastError());
    CloseHandle(pi.hThread);
    CloseHandle(client);
    r = ReadFile(server, buf, sizeof(buf), &n, NULL);
    ok(r && n == 2 && !memcmp(buf, "ok", 2), "the child's message: %d, %lu bytes", r, n);
    r = DisconnectNamedPipe(server);
    ok(r, "DisconnectNamedPipe: error %lu", GetLastError());
    n = finish(pi.hProcess);
    ok(n == 0x44, "inheriting child's exit code %lx", n);
    CloseHandle(server);
}

static void test_byte_child(void)
{
    char name[MAX_PATH], buf[16];
    HANDLE server, child;
    DWORD n, total = 0;
    BOOL r;

    pipe_name(name, "byte", GetCurrentProcessId());
    server = CreateNamedPipeA(name, PIPE_ACCESS_INBOUND, PIPE_TYPE_BYTE, 1, 64, 64, 0, NULL);
    ok(server != INVALID_HANDLE_VALUE, "CreateNamedPipe inbound: error %lu", GetLastError());
    child = start("child-byte", name);
    r = ConnectNamedPipe(server, NULL);
    ok(r || GetLastError() == ERROR_PIPE_CONNECTED, "ConnectNamedPipe: %d, error %lu", r, GetLastError());
    while (total < 6 && ReadFile(server, buf + total, sizeof(buf) - total, &n, NULL)) total += n;
    ok(total == 6 && !memcmp(buf, "abcdef", 6), "byte stream from the child: %lu bytes", total);
    n = finish(child);
    ok(n == 0x66, "byte child exit code %lx", n);
    CloseHandle(server);
}

int main(int argc, char **argv)
{
    if (argc > 2 && !strcmp(argv[1], "child-msg")) return child_msg(argv[2]);
    if (argc > 2 && !strcmp(argv[1], "child-call")) return child_call(argv[2]);
    if (argc > 2 && !strcmp(argv[1], "child-byte")) return child_byte(argv[2]);
    if (argc > 2 && !strcmp(argv[1], "child-inherit")) return child_inherit(argv[2]);
    GetModuleFileNameA(NULL, self, sizeof(self));
    is_wine = GetProcAddress(GetModuleHandleA("ntdll"), "wine_get_version") != NULL;

    test_local();
    test_overlapped_connect();
    test_message_child();
    test_call_child();
    test_byte_child();
    test_inherit_child();
    return test_done();
}
