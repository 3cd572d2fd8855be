/* Toolhelp snapshots (processes, threads, modules), Read/WriteProcessMemory,
 * priority classes and GetBinaryType. Machine-specific values are checked
 * for consistency: our own entry, a child's entry and our threads. */
#include "test.h"
#include <tlhelp32.h>

static BOOL is_wine(void)
{
    return GetProcAddress(GetModuleHandleA("ntdll"), "wine_get_version") != NULL;
}

static DWORD WINAPI idle_thread(void *event)
{
    WaitForSingleObject(event, 10000);
    return 0;
}

/* The entry of PID in a fresh process snapshot. */
static BOOL find_process(DWORD pid, PROCESSENTRY32W *out)
{
    HANDLE snap = CreateToolhelp32Snapshot(TH32CS_SNAPPROCESS, 0);
    BOOL found = FALSE, more;
    if (snap == INVALID_HANDLE_VALUE) return FALSE;
    out->dwSize = sizeof(*out);
    for (more = Process32FirstW(snap, out); more; more = Process32NextW(snap, out))
        if (out->th32ProcessID == pid) { found = TRUE; break; }
    CloseHandle(snap);
    return found;
}

static void test_processes(void)
{
    PROCESSENTRY32W pe;
    PROCESSENTRY32 pa;
    HANDLE snap;
    BOOL r;
    int count = 0;

    snap = CreateToolhelp32Snapshot(TH32CS_SNAPPROCESS, 0);
    ok(snap != INVALID_HANDLE_VALUE, "process snapshot: err %lu", GetLastError());
    pe.dwSize = 0;
    SetLastError(0xdeadbeef);
    r = Process32FirstW(snap, &pe);
    ok(!r && GetLastError() == ERROR_INSUFFICIENT_BUFFER, "dwSize 0: r %d err %lu", r, GetLastError());
    pe.dwSize = sizeof(pe);
    for (r = Process32FirstW(snap, &pe); r; r = Process32NextW(snap, &pe)) count++;
    ok(GetLastError() == ERROR_NO_MORE_FILES, "end of walk: err %lu", GetLastError());
    ok(count >= 1, "%d processes", count);
    pa.dwSize = sizeof(pa);
    r = Process32First(snap, &pa);
    ok(r && pa.dwSize == sizeof(pa), "Process32First (A) again from the start: r %d", r);
    CloseHandle(snap);

    r = find_process(GetCurrentProcessId(), &pe);
    ok(r, "own process %lu in the snapshot", GetCurrentProcessId());
    if (r) {
        ok(!lstrcmpiW(pe.szExeFile, L"kernel_toolhelp.exe"), "own exe name %ls", pe.szExeFile);
        ok(pe.cntThreads >= 1, "own thread count %lu", pe.cntThreads);
        /* Wine shows its own priority scale (2) and no parent for a program
         * started from Unix; Windows shows 8 for NORMAL_PRIORITY_CLASS and the
         * starting process (cmd, explorer) */
        if (!is_wine()) {
            ok(pe.pcPriClassBase == 8, "base priority %ld", pe.pcPriClassBase);
            ok(pe.th32ParentProcessID != 0 && pe.th32ParentProcessID != GetCurrentProcessId(),
               "parent %lu", pe.th32ParentProcessID);
        }
    }
}

static void test_child(const char *exe)
{
    char cmd[MAX_PATH + 20];
    STARTUPINFOA si = { sizeof(si) };
    PROCESS_INFORMATION pi;
    PROCESSENTRY32W pe;
    HANDLE go = CreateEventA(NULL, TRUE, FALSE, "winrun_toolhelp_child_go");
    BOOL r, found;

    wsprintfA(cmd, "\"%s\" child", exe);
    r = CreateProcessA(NULL, cmd, NULL, NULL, FALSE, 0, NULL, NULL, &si, &pi);
    ok(r, "CreateProcess: err %lu", GetLastError());
    if (!r) return;
    found = find_process(pi.dwProcessId, &pe);
    ok(found, "child %lu in the snapshot", pi.dwProcessId);
    if (found) {
        ok(pe.th32ParentProcessID == GetCurrentProcessId(), "child's parent %lu", pe.th32ParentProcessID);
        ok(!lstrcmpiW(pe.szExeFile, L"kernel_toolhelp.exe"), "child exe name %ls", pe.szExeFile);
    }
    SetEvent(go);
    WaitForSingleObject(pi.hProcess, 10000);
    CloseHandle(pi.hProcess);
    CloseHandle(pi.hThread);
    CloseHandle(go);
}

static void test_threads(void)
{
    HANDLE event = CreateEventA(NULL, TRUE, FALSE, NULL), thread, snap;
    DWORD tid, own = 0;
    THREADENTRY32 te;
    BOOL r, main_found = FALSE, new_found = FALSE;

    thread = CreateThread(NULL, 0, idle_thread, event, 0, &tid);
    snap = CreateToolhelp32Snapshot(TH32CS_SNAPTHREAD, 0);
    ok(snap != INVALID_HANDLE_VALUE, "thread snapshot: err %lu", GetLastError());
    te.dwSize = sizeof(te);
    for (r = Thread32First(snap, &te); r; r = Thread32Next(snap, &te)) {
        if (te.th32OwnerProcessID != GetCurrentProcessId()) continue;
        own++;
        if (te.th32ThreadID == GetCurrentThreadId()) main_found = TRUE;
        if (te.th32ThreadID == tid) new_found = TRUE;
    }
    ok(main_found && new_found, "threads found: main %d new %d", main_found, new_found);
    ok(own >= 2, "%lu own threads", own);
    CloseHandle(snap);
    SetEvent(event);
    WaitForSingleObject(thread, 5000);
    CloseHandle(thread);
    CloseHandle(event);
}

static void test_modules(void)
{
    HANDLE snap = CreateToolhelp32Snapshot(TH32CS_SNAPMODULE, 0);
    MODULEENTRY32W me;
    MODULEENTRY32 ma;
    BOOL r, kernel32 = FALSE;
    WCHAR path[MAX_PATH];

    ok(snap != INVALID_HANDLE_VALUE, "module snapshot: err %lu", GetLastError());
    me.dwSize = sizeof(me);
    r = Module32FirstW(snap, &me);
    ok(r, "Module32FirstW: err %lu", GetLastError());
    GetModuleFileNameW(NULL, path, MAX_PATH);
    ok(r && me.hModule == GetModuleHandleW(NULL) && me.modBaseAddr == (BYTE *)me.hModule,
       "first module is the exe: %p", me.hModule);
    ok(r && !lstrcmpiW(me.szModule, L"kernel_toolhelp.exe"), "exe module name %ls", me.szModule);
    ok(r && !lstrcmpiW(me.szExePath, path), "exe path %ls", me.szExePath);
    ok(r && me.th32ProcessID == GetCurrentProcessId() && me.modBaseSize > 0, "pid %lu size %lu",
       me.th32ProcessID, me.modBaseSize);
    while (Module32NextW(snap, &me))
        if (me.hModule == GetModuleHandleA("kernel32.dll"))
            kernel32 = !lstrcmpiW(me.szModule, L"kernel32.dll");
    ok(kernel32, "kernel32.dll listed");
    ma.dwSize = sizeof(ma);
    r = Module32First(snap, &ma);
    ok(r && !lstrcmpiA(ma.szModule, "kernel_toolhelp.exe"), "Module32First (A): %s", r ? ma.szModule : "");
    CloseHandle(snap);
}

static const char rodata[] = "read only";

static void test_memory(void)
{
    char buf[16], target[16] = "0123456789";
    SIZE_T done = 99;
    BOOL r;

    r = ReadProcessMemory(GetCurrentProcess(), rodata, buf, sizeof(rodata), &done);
    ok(r && done == sizeof(rodata) && !strcmp(buf, rodata), "read own memory: r %d done %lu", r, (DWORD)done);
    SetLastError(0xdeadbeef);
    done = 99;
    r = ReadProcessMemory(GetCurrentProcess(), (void *)0x10, buf, 4, &done);
    ok(!r && GetLastError() == ERROR_NOACCESS && done == 0,
       "read of an unmapped address: r %d err %lu done %lu", r, GetLastError(), (DWORD)done);
    r = WriteProcessMemory(GetCurrentProcess(), target + 2, "ab", 2, &done);
    ok(r && done == 2 && !strcmp(target, "01ab456789"), "write own memory: r %d %s", r, target);
    SetLastError(0xdeadbeef);
    r = WriteProcessMemory(GetCurrentProcess(), (void *)0x10, "ab", 2, &done);
    /* Windows: ERROR_NOACCESS; Wine says ERROR_ACCESS_DENIED */
    ok(!r && (GetLastError() == ERROR_NOACCESS || (is_wine() && GetLastError() == ERROR_ACCESS_DENIED)),
       "write to an unmapped address: r %d err %lu", r, GetLastError());
}

static void test_priority(void)
{
    BOOL r;
    ok(GetPriorityClass(GetCurrentProcess()) == NORMAL_PRIORITY_CLASS, "initial class %lx",
       GetPriorityClass(GetCurrentProcess()));
    r = SetPriorityClass(GetCurrentProcess(), BELOW_NORMAL_PRIORITY_CLASS);
    ok(r && GetPriorityClass(GetCurrentProcess()) == BELOW_NORMAL_PRIORITY_CLASS, "below normal: r %d", r);
    r = SetPriorityClass(GetCurrentProcess(), NORMAL_PRIORITY_CLASS);
    ok(r && GetPriorityClass(GetCurrentProcess()) == NORMAL_PRIORITY_CLASS, "back to normal: r %d", r);
    SetLastError(0xdeadbeef);
    r = SetPriorityClass(GetCurrentProcess(), 0x12345);
    ok(!r && GetLastError() == ERROR_INVALID_PARAMETER, "bad class: r %d err %lu", r, GetLastError());
}

static void test_binary_type(const char *exe)
{
    char text[MAX_PATH];
    DWORD type = 99, written;
    HANDLE f;
    BOOL r;

    r = GetBinaryTypeA(exe, &type);
    ok(r && type == SCS_64BIT_BINARY, "own exe: r %d type %lu", r, type);
    GetTempPathA(MAX_PATH, text);
    lstrcatA(text, "winrun_bintype.txt");
    f = CreateFileA(text, GENERIC_WRITE, 0, NULL, CREATE_ALWAYS, 0, NULL);
    WriteFile(f, "hello, not a program", 20, &written, NULL);
    CloseHandle(f);
    SetLastError(0xdeadbeef);
    type = 99;
    r = GetBinaryTypeA(text, &type);
    /* Windows sets ERROR_BAD_EXE_FORMAT; Wine leaves the last error alone */
    ok(!r && (GetLastError() == ERROR_BAD_EXE_FORMAT || is_wine()), "text file: r %d err %lu", r, GetLastError());
    DeleteFileA(text);
    SetLastError(0xdeadbeef);
    r = GetBinaryTypeA("c:\\no\\such\\file.exe", &type);
    ok(!r && (GetLastError() == ERROR_PATH_NOT_FOUND || GetLastError() == ERROR_FILE_NOT_FOUND),
       "missing file: r %d err %lu", r, GetLastError());
}

int main(int argc, char **argv)
{
    char exe[MAX_PATH];
    if (argc > 1 && !strcmp(argv[1], "child")) {
        HANDLE go = OpenEventA(SYNCHRONIZE, FALSE, "winrun_toolhelp_child_go");
        if (go) WaitForSingleObject(go, 10000);
        return 0;
    }
    GetModuleFileNameA(NULL, exe, MAX_PATH);
    test_processes();
    test_threads();
    test_modules();
    test_child(exe);
    test_memory();
    test_priority();
    test_binary_type(exe);
    return test_done();
}
