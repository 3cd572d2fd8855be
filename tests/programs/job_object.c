/* job_object: a child assigned to a job (created suspended, then resumed)
 * and the grandchild it starts are both members (IsProcessInJob, the
 * accounting and id list); closing the last handle of a kill-on-close job
 * kills both; TerminateJobObject gives its code; a job whose owner exits
 * without closing it still kills its members; a named job opened by name
 * in another process, which assigns a process to it; breakaway
 * (BREAKAWAY_OK with CREATE_BREAKAWAY_FROM_JOB, SILENT_BREAKAWAY_OK) and
 * its refusal; the members' CPU times. Children are this program with
 * "child-..." arguments. */
#include <stddef.h>
#include "test.h"

static char self[MAX_PATH];
static BOOL is_wine;

static HANDLE start(const char *args, HANDLE out, DWORD flags, HANDLE *thread, DWORD *pid)
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
    if (!CreateProcessA(NULL, cmd, NULL, NULL, out != NULL, flags, NULL, NULL, &si, &pi)) return NULL;
    if (thread) *thread = pi.hThread;
    else CloseHandle(pi.hThread);
    if (pid) *pid = pi.dwProcessId;
    return pi.hProcess;
}

static void print_pid(DWORD pid)
{
    char line[32];
    DWORD n = _snprintf(line, sizeof(line), "%lu\n", pid);
    WriteFile(GetStdHandle(STD_OUTPUT_HANDLE), line, n, &n, NULL);
}

/* a line with an id from the child's stdout */
static DWORD read_pid(HANDLE rd)
{
    char buf[32];
    DWORD n, total = 0;
    while (total < sizeof(buf) - 1 && ReadFile(rd, buf + total, 1, &n, NULL) && n && buf[total] != '\n') total += n;
    buf[total] = 0;
    return strtoul(buf, NULL, 10);
}

static BOOL set_kill_on_close(HANDLE job)
{
    JOBOBJECT_EXTENDED_LIMIT_INFORMATION limits;
    memset(&limits, 0, sizeof(limits));
    limits.BasicLimitInformation.LimitFlags = JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE;
    return SetInformationJobObject(job, JobObjectExtendedLimitInformation, &limits, sizeof(limits));
}

/* "child-tree": a grandchild that sleeps, its id printed, then sleep */
static int child_tree(void)
{
    DWORD pid;
    HANDLE h = start("child-sleep", NULL, 0, NULL, &pid);
    if (!h) return 90;
    print_pid(pid);
    Sleep(30000);
    return 91;
}

/* "child-owner": a kill-on-close job holding a sleeping child; we exit
 * without closing it */
static int child_owner(void)
{
    HANDLE job = CreateJobObjectA(NULL, NULL), h, thread;
    DWORD pid;

    if (!job || !set_kill_on_close(job)) return 92;
    if (!(h = start("child-sleep", NULL, CREATE_SUSPENDED, &thread, &pid))) return 93;
    if (!AssignProcessToJobObject(job, h)) return 94;
    ResumeThread(thread);
    print_pid(pid);
    Sleep(300);
    ExitProcess(95);
}

/* "child-openjob NAME": opens the job by name, assigns a sleeping child of
 * ours to it, prints that child's id and leaves (closing its handle) */
static int child_openjob(const char *name)
{
    HANDLE job = OpenJobObjectA(JOB_OBJECT_ALL_ACCESS, FALSE, name), h, thread;
    DWORD pid;

    if (!job) return 30;
    if (!(h = start("child-sleep", NULL, CREATE_SUSPENDED, &thread, &pid))) return 31;
    if (!AssignProcessToJobObject(job, h)) return 32;
    ResumeThread(thread);
    print_pid(pid);
    CloseHandle(job);
    return 0x33;
}

/* "child-breakaway": in a job; starts a child that breaks away and one
 * that does not, prints both ids, then sleeps */
static int child_breakaway(void)
{
    DWORD away = 0, stays = 0;
    if (!start("child-sleep", NULL, CREATE_BREAKAWAY_FROM_JOB, NULL, &away)) return 20;
    if (!start("child-sleep", NULL, 0, NULL, &stays)) return 21;
    print_pid(away);
    print_pid(stays);
    Sleep(30000);
    return 22;
}

/* "child-denied": in a job of its own without BREAKAWAY_OK, whose
 * CREATE_BREAKAWAY_FROM_JOB must fail */
static int child_denied(void)
{
    HANDLE job = CreateJobObjectA(NULL, NULL), h;
    if (!job || !AssignProcessToJobObject(job, GetCurrentProcess())) return 10;
    SetLastError(0xdeadbeef);
    h = start("child-sleep", NULL, CREATE_BREAKAWAY_FROM_JOB, NULL, NULL);
    if (h) {
        TerminateProcess(h, 1);
        return 11;
    }
    return GetLastError() == ERROR_ACCESS_DENIED ? 0x12 : 13;
}

/* "child-spin": uses some CPU, then sleeps */
static int child_spin(void)
{
    DWORD start_ticks = GetTickCount();
    FILETIME created, exited, kernel, user;
    volatile unsigned int x = 0;
    /* 300 ms of CPU, however loaded the machine (20 s at most) */
    while (GetTickCount() - start_ticks < 20000) {
        for (int i = 0; i < 1000000; i++) x++;
        if (GetThreadTimes(GetCurrentThread(), &created, &exited, &kernel, &user) &&
            ((ULONGLONG)user.dwHighDateTime << 32 | user.dwLowDateTime) +
            ((ULONGLONG)kernel.dwHighDateTime << 32 | kernel.dwLowDateTime) >= 3000000) break;
    }
    Sleep(30000);
    return 5;
}

static BOOL set_limits(HANDLE job, DWORD flags)
{
    JOBOBJECT_EXTENDED_LIMIT_INFORMATION limits;
    memset(&limits, 0, sizeof(limits));
    limits.BasicLimitInformation.LimitFlags = flags;
    return SetInformationJobObject(job, JobObjectExtendedLimitInformation, &limits, sizeof(limits));
}

static void test_named(void)
{
    SECURITY_ATTRIBUTES sa = { sizeof(sa), NULL, TRUE };
    char name[64], args[96];
    HANDLE job, job2, rd, wr, child, member;
    DWORD pid, code = 0;
    BOOL in = FALSE, r;

    _snprintf(name, sizeof(name), "winrun_test_job_%lu", GetCurrentProcessId());
    SetLastError(0xdeadbeef);
    job = OpenJobObjectA(JOB_OBJECT_ALL_ACCESS, FALSE, name);
    ok(!job && GetLastError() == ERROR_FILE_NOT_FOUND, "OpenJobObject of no job: %p, error %lu", job, GetLastError());
    SetLastError(0xdeadbeef);
    job = CreateJobObjectA(NULL, name);
    ok(job && GetLastError() == 0, "CreateJobObject(named): %p, error %lu", job, GetLastError());
    job2 = CreateJobObjectA(NULL, name);
    ok(job2 && GetLastError() == ERROR_ALREADY_EXISTS, "the same name again: %p, error %lu", job2, GetLastError());
    CloseHandle(job2);
    r = set_limits(job, JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE);
    ok(r, "SetInformationJobObject: error %lu", GetLastError());

    CreatePipe(&rd, &wr, &sa, 0);
    SetHandleInformation(rd, HANDLE_FLAG_INHERIT, 0);
    _snprintf(args, sizeof(args), "child-openjob %s", name);
    child = start(args, wr, 0, NULL, NULL);
    CloseHandle(wr);
    pid = read_pid(rd);
    member = OpenProcess(SYNCHRONIZE | PROCESS_QUERY_INFORMATION, FALSE, pid);
    ok(member != NULL, "OpenProcess(%lu): error %lu", pid, GetLastError());
    WaitForSingleObject(child, 5000);
    GetExitCodeProcess(child, &code);
    ok(code == 0x33, "the child that opened the job by name: %lx", code);
    r = IsProcessInJob(member, job, &in);
    ok(r && in, "the process it assigned is in our job: %d %d", r, in);
    ok(WaitForSingleObject(member, 100) == WAIT_TIMEOUT, "and runs");
    CloseHandle(job);
    ok(WaitForSingleObject(member, 5000) == WAIT_OBJECT_0, "our close was the last: the member died");
    CloseHandle(member);
    CloseHandle(child);
    CloseHandle(rd);
}

static void test_breakaway(DWORD flags)
{
    SECURITY_ATTRIBUTES sa = { sizeof(sa), NULL, TRUE };
    HANDLE job = CreateJobObjectA(NULL, NULL), rd, wr, child, thread, away, stays;
    DWORD away_pid, stays_pid;
    BOOL in, r;

    ok(set_limits(job, flags), "SetInformationJobObject(%lx): error %lu", flags, GetLastError());
    CreatePipe(&rd, &wr, &sa, 0);
    SetHandleInformation(rd, HANDLE_FLAG_INHERIT, 0);
    child = start("child-breakaway", wr, CREATE_SUSPENDED, &thread, NULL);
    CloseHandle(wr);
    ok(AssignProcessToJobObject(job, child), "AssignProcessToJobObject: error %lu", GetLastError());
    ResumeThread(thread);
    CloseHandle(thread);
    away_pid = read_pid(rd);
    stays_pid = read_pid(rd);
    away = OpenProcess(SYNCHRONIZE | PROCESS_QUERY_INFORMATION | PROCESS_TERMINATE, FALSE, away_pid);
    stays = OpenProcess(SYNCHRONIZE | PROCESS_QUERY_INFORMATION | PROCESS_TERMINATE, FALSE, stays_pid);
    ok(away && stays, "OpenProcess of the grandchildren: error %lu", GetLastError());
    in = TRUE;
    r = IsProcessInJob(away, job, &in);
    ok(r && !in, "flags %lx: the child started with CREATE_BREAKAWAY_FROM_JOB is out: %d %d", flags, r, in);
    in = (flags & JOB_OBJECT_LIMIT_SILENT_BREAKAWAY_OK) != 0;
    r = IsProcessInJob(stays, job, &in);
    ok(r && in == !(flags & JOB_OBJECT_LIMIT_SILENT_BREAKAWAY_OK), "flags %lx: the other one in the job: %d %d", flags,
       r, in);
    TerminateJobObject(job, 3);
    TerminateProcess(away, 3);
    TerminateProcess(stays, 3);
    WaitForSingleObject(child, 5000);
    CloseHandle(away);
    CloseHandle(stays);
    CloseHandle(child);
    CloseHandle(rd);
    CloseHandle(job);
}

static void test_breakaway_denied(void)
{
    HANDLE child = start("child-denied", NULL, 0, NULL, NULL);
    DWORD code = 0;
    WaitForSingleObject(child, 10000);
    GetExitCodeProcess(child, &code);
    ok(code == 0x12, "CREATE_BREAKAWAY_FROM_JOB from a job without BREAKAWAY_OK: %lx", code);
    CloseHandle(child);
}

static void test_times(void)
{
    JOBOBJECT_BASIC_ACCOUNTING_INFORMATION acct;
    HANDLE job = CreateJobObjectA(NULL, NULL), child, thread;
    BOOL r;

    child = start("child-spin", NULL, CREATE_SUSPENDED, &thread, NULL);
    ok(AssignProcessToJobObject(job, child), "AssignProcessToJobObject: error %lu", GetLastError());
    ResumeThread(thread);
    CloseHandle(thread);
    /* the spinning member gets 100 ms of CPU soon on an idle machine, late
     * on a loaded one: wait for it up to 20 s */
    for (int i = 0; i < 200; i++) {
        Sleep(100);
        r = QueryInformationJobObject(job, JobObjectBasicAccountingInformation, &acct, sizeof(acct), NULL);
        if (!r || is_wine || acct.TotalUserTime.QuadPart + acct.TotalKernelTime.QuadPart >= 1000000) break;
    }
    /* Wine does not count times */
    ok(r && (acct.TotalUserTime.QuadPart + acct.TotalKernelTime.QuadPart >= 1000000 || is_wine),
       "the member's CPU time: %d, user %I64d kernel %I64d", r, acct.TotalUserTime.QuadPart,
       acct.TotalKernelTime.QuadPart);
    TerminateJobObject(job, 1);
    WaitForSingleObject(child, 5000);
    CloseHandle(child);
    CloseHandle(job);
}

static void test_kill_on_close(void)
{
    SECURITY_ATTRIBUTES sa = { sizeof(sa), NULL, TRUE };
    JOBOBJECT_BASIC_ACCOUNTING_INFORMATION acct;
    JOBOBJECT_EXTENDED_LIMIT_INFORMATION limits;
    struct { JOBOBJECT_BASIC_PROCESS_ID_LIST list; ULONG_PTR more[15]; } ids;
    HANDLE job, rd, wr, child, thread, grandchild;
    DWORD pid, gpid, i, found = 0, got;
    ULONG_PTR *list;
    BOOL in, r;

    job = CreateJobObjectA(NULL, NULL);
    ok(job != NULL, "CreateJobObject: error %lu", GetLastError());
    CreatePipe(&rd, &wr, &sa, 0);
    SetHandleInformation(rd, HANDLE_FLAG_INHERIT, 0);
    child = start("child-tree", wr, CREATE_SUSPENDED, &thread, &pid);
    CloseHandle(wr);
    ok(child != NULL, "CreateProcess: error %lu", GetLastError());
    in = TRUE;
    r = IsProcessInJob(child, job, &in);
    ok(r && !in, "IsProcessInJob before the assignment: %d %d", r, in);
    r = AssignProcessToJobObject(job, child);
    ok(r, "AssignProcessToJobObject: error %lu", GetLastError());
    ResumeThread(thread);
    CloseHandle(thread);
    gpid = read_pid(rd);
    grandchild = OpenProcess(SYNCHRONIZE | PROCESS_QUERY_INFORMATION, FALSE, gpid);
    ok(grandchild != NULL, "OpenProcess(grandchild %lu): error %lu", gpid, GetLastError());

    r = IsProcessInJob(child, job, &in);
    ok(r && in, "the child is in the job: %d %d", r, in);
    r = IsProcessInJob(grandchild, job, &in);
    ok(r && in, "the grandchild it started is in the job: %d %d", r, in);
    r = IsProcessInJob(GetCurrentProcess(), job, &in);
    ok(r && !in, "we are not: %d %d", r, in);

    r = QueryInformationJobObject(job, JobObjectBasicAccountingInformation, &acct, sizeof(acct), NULL);
    ok(r && acct.ActiveProcesses == 2 && acct.TotalProcesses == 2, "accounting: %d active %lu total %lu", r,
       acct.ActiveProcesses, acct.TotalProcesses);
    memset(&ids, 0, sizeof(ids));
    r = QueryInformationJobObject(job, JobObjectBasicProcessIdList, &ids, sizeof(ids), NULL);
    /* the list runs past its declared [1]: read it through a plain pointer */
    list = (ULONG_PTR *)((char *)&ids + offsetof(JOBOBJECT_BASIC_PROCESS_ID_LIST, ProcessIdList));
    for (i = 0; i < ids.list.NumberOfProcessIdsInList && i < 16; i++)
        if (list[i] == pid || list[i] == gpid) found++;
    ok(r && ids.list.NumberOfProcessIdsInList == 2 && found == 2, "id list: %d, %lu ids, %lu ours", r,
       ids.list.NumberOfProcessIdsInList, found);

    r = set_kill_on_close(job);
    ok(r, "SetInformationJobObject(KILL_ON_JOB_CLOSE): error %lu", GetLastError());
    memset(&limits, 0, sizeof(limits));
    r = QueryInformationJobObject(job, JobObjectExtendedLimitInformation, &limits, sizeof(limits), &got);
    /* Wine does not report the limits it was given */
    ok(r && got == sizeof(limits) &&
       (limits.BasicLimitInformation.LimitFlags == JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE || is_wine),
       "limits read back: %d flags %lx", r, limits.BasicLimitInformation.LimitFlags);

    ok(WaitForSingleObject(child, 100) == WAIT_TIMEOUT, "the child runs while the job is open");
    CloseHandle(job);
    ok(WaitForSingleObject(child, 5000) == WAIT_OBJECT_0, "closing the job killed the child");
    ok(grandchild && WaitForSingleObject(grandchild, 5000) == WAIT_OBJECT_0, "and the grandchild");
    CloseHandle(grandchild);
    CloseHandle(child);
    CloseHandle(rd);
}

static void test_terminate(void)
{
    HANDLE job = CreateJobObjectW(NULL, NULL), child;
    DWORD code = 0;
    BOOL r;

    child = start("child-sleep", NULL, 0, NULL, NULL);
    r = AssignProcessToJobObject(job, child);
    ok(r, "AssignProcessToJobObject: error %lu", GetLastError());
    r = TerminateJobObject(job, 77);
    ok(r, "TerminateJobObject: error %lu", GetLastError());
    ok(WaitForSingleObject(child, 5000) == WAIT_OBJECT_0, "TerminateJobObject ended the child");
    GetExitCodeProcess(child, &code);
    ok(code == 77, "with the job's code: %lu", code);
    CloseHandle(child);
    CloseHandle(job);
}

static void test_owner_exit(void)
{
    SECURITY_ATTRIBUTES sa = { sizeof(sa), NULL, TRUE };
    HANDLE rd, wr, child, grandchild;
    DWORD gpid, code = 0;

    CreatePipe(&rd, &wr, &sa, 0);
    SetHandleInformation(rd, HANDLE_FLAG_INHERIT, 0);
    child = start("child-owner", wr, 0, NULL, NULL);
    CloseHandle(wr);
    gpid = read_pid(rd);
    grandchild = OpenProcess(SYNCHRONIZE, FALSE, gpid);
    ok(grandchild != NULL, "OpenProcess(grandchild %lu): error %lu", gpid, GetLastError());
    WaitForSingleObject(child, 5000);
    GetExitCodeProcess(child, &code);
    ok(code == 95, "the job's owner exited: %lu", code);
    ok(grandchild && WaitForSingleObject(grandchild, 5000) == WAIT_OBJECT_0,
       "its job's member died with it (kill on close)");
    CloseHandle(grandchild);
    CloseHandle(child);
    CloseHandle(rd);
}

int main(int argc, char **argv)
{
    GetModuleFileNameA(NULL, self, sizeof(self));
    is_wine = GetProcAddress(GetModuleHandleA("ntdll"), "wine_get_version") != NULL;
    if (argc > 1 && !strcmp(argv[1], "child-sleep")) {
        Sleep(30000);
        return 1;
    }
    if (argc > 1 && !strcmp(argv[1], "child-tree")) return child_tree();
    if (argc > 1 && !strcmp(argv[1], "child-owner")) return child_owner();
    if (argc > 2 && !strcmp(argv[1], "child-openjob")) return child_openjob(argv[2]);
    if (argc > 1 && !strcmp(argv[1], "child-breakaway")) return child_breakaway();
    if (argc > 1 && !strcmp(argv[1], "child-denied")) return child_denied();
    if (argc > 1 && !strcmp(argv[1], "child-spin")) return child_spin();
    test_kill_on_close();
    test_terminate();
    test_owner_exit();
    test_named();
    test_breakaway(JOB_OBJECT_LIMIT_BREAKAWAY_OK);
    test_breakaway(JOB_OBJECT_LIMIT_SILENT_BREAKAWAY_OK);
    test_breakaway_denied();
    test_times();
    return test_done();
}
