/* Directory change notifications: ReadDirectoryChangesW synchronous (a
 * second thread makes the changes), queueing between calls, a too-small
 * buffer, subtrees, the OVERLAPPED forms (event, completion routine),
 * CancelIo(Ex), closing with a request pending, and the
 * FindFirstChangeNotification handles. A watchdog ends the program if a
 * blocking call never returns. */
#include "test.h"
#include "file_test_dir.h"

#define NAME_FILTER (FILE_NOTIFY_CHANGE_FILE_NAME | FILE_NOTIFY_CHANGE_DIR_NAME)

struct rec {
    DWORD action;
    char name[MAX_PATH];
};
static struct rec recs[512];
static int nrecs, misaligned, bad_length;
static DWORD buf[4096];        /* DWORD: the records must be aligned */

static void parse(DWORD bytes)
{
    const BYTE *p = (const BYTE *)buf;
    for (;;) {
        const FILE_NOTIFY_INFORMATION *fni = (const FILE_NOTIFY_INFORMATION *)p;
        if (nrecs < 512) {
            int n = WideCharToMultiByte(CP_ACP, 0, fni->FileName, fni->FileNameLength / 2, recs[nrecs].name,
                                        MAX_PATH - 1, NULL, NULL);
            recs[nrecs].name[n] = 0;
            recs[nrecs].action = fni->Action;
            nrecs++;
        }
        if (fni->NextEntryOffset % 4) misaligned++;
        if ((DWORD)(p - (const BYTE *)buf) + 12 + fni->FileNameLength > bytes) bad_length++;
        if (!fni->NextEntryOffset) break;
        p += fni->NextEntryOffset;
    }
}

static int find(DWORD action, const char *name)
{
    for (int i = 0; i < nrecs; i++)
        if (recs[i].action == action && !strcmp(recs[i].name, name)) return i;
    return -1;
}

static HANDLE open_dir(const char *path, BOOL overlapped)
{
    return CreateFileA(path, FILE_LIST_DIRECTORY, FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, NULL,
                       OPEN_EXISTING, FILE_FLAG_BACKUP_SEMANTICS | (overlapped ? FILE_FLAG_OVERLAPPED : 0), NULL);
}

/* NAME in the test directory, with DATA */
static void put_file(const char *name, const char *data)
{
    make_file(tpath(name), data);
}

/* One overlapped request on H, waited for up to MS; its records are
 * added to recs. Returns the bytes, or -1 after a timeout (cancelled). */
static int read_async(HANDLE h, DWORD filter, BOOL subtree, DWORD ms)
{
    OVERLAPPED ov;
    DWORD n = 0;

    memset(&ov, 0, sizeof(ov));
    ov.hEvent = CreateEventA(NULL, TRUE, FALSE, NULL);
    if (!ReadDirectoryChangesW(h, buf, sizeof(buf), subtree, filter, NULL, &ov, NULL)) {
        CloseHandle(ov.hEvent);
        return -2;
    }
    if (WaitForSingleObject(ov.hEvent, ms) != WAIT_OBJECT_0) {
        CancelIoEx(h, &ov);
        GetOverlappedResult(h, &ov, &n, TRUE);
        CloseHandle(ov.hEvent);
        return -1;
    }
    GetOverlappedResult(h, &ov, &n, FALSE);
    CloseHandle(ov.hEvent);
    if (n) parse(n);
    return (int)n;
}

static DWORD WINAPI watchdog(void *arg)
{
    (void)arg;
    Sleep(90000);
    ok(0, "watchdog: a notification call never returned");
    test_done();
    ExitProcess(1);
}

static DWORD WINAPI churn(void *arg)
{
    (void)arg;
    Sleep(300);
    put_file("a.txt", "hello");
    MoveFileA(tpath("a.txt"), tpath("b.txt"));
    DeleteFileA(tpath("b.txt"));
    put_file("done.txt", "");
    return 0;
}

static DWORD WINAPI make_late(void *arg)
{
    Sleep(300);
    put_file((const char *)arg, "");
    return 0;
}

static DWORD WINAPI delete_late(void *arg)
{
    Sleep(300);
    DeleteFileA(tpath((const char *)arg));
    return 0;
}

static int apc_calls;
static DWORD apc_error, apc_bytes;
static OVERLAPPED *apc_ov;

static void WINAPI on_done(DWORD error, DWORD bytes, OVERLAPPED *ov)
{
    apc_calls++;
    apc_error = error;
    apc_bytes = bytes;
    apc_ov = ov;
}

int main(void)
{
    HANDLE h, th, ev, fc;
    OVERLAPPED ov;
    DWORD n, err, w;
    BOOL r;
    int i, a, m, o, rm;

    CloseHandle(CreateThread(NULL, 0, watchdog, NULL, 0, NULL));
    test_dir_create("notify");

    /* synchronous: blocks until the other thread changes something */
    h = open_dir(test_dir, FALSE);
    ok(h != INVALID_HANDLE_VALUE, "open dir: err %lu", GetLastError());
    th = CreateThread(NULL, 0, churn, NULL, 0, NULL);
    r = FALSE;
    for (i = 0; i < 50 && find(FILE_ACTION_ADDED, "done.txt") < 0; i++) {
        n = 0;
        r = ReadDirectoryChangesW(h, buf, sizeof(buf), FALSE,
                                  FILE_NOTIFY_CHANGE_FILE_NAME | FILE_NOTIFY_CHANGE_SIZE |
                                  FILE_NOTIFY_CHANGE_LAST_WRITE, &n, NULL, NULL);
        if (!r || !n) break;
        parse(n);
    }
    ok(r && n > 0, "sync read: %d, %lu bytes, err %lu", r, n, GetLastError());
    WaitForSingleObject(th, INFINITE);
    CloseHandle(th);
    a = find(FILE_ACTION_ADDED, "a.txt");
    m = find(FILE_ACTION_MODIFIED, "a.txt");
    o = find(FILE_ACTION_RENAMED_OLD_NAME, "a.txt");
    rm = find(FILE_ACTION_REMOVED, "b.txt");
    ok(a >= 0, "ADDED a.txt (%d records)", nrecs);
    ok(m > a, "MODIFIED a.txt after it was added: %d %d", a, m);
    ok(o > m && find(FILE_ACTION_RENAMED_NEW_NAME, "b.txt") == o + 1, "rename a.txt -> b.txt: %d %d", o,
       find(FILE_ACTION_RENAMED_NEW_NAME, "b.txt"));
    ok(rm > o, "REMOVED b.txt after the rename: %d", rm);
    ok(!bad_length, "records within the bytes returned: %d", bad_length);
    /* Windows aligns every record to a DWORD (FsRtl's LongAlign); Wine
     * packs them */
    if (!is_wine()) ok(!misaligned, "NextEntryOffset DWORD-aligned: %d misaligned", misaligned);

    /* changes between calls are kept for the next call, all in one buffer */
    nrecs = 0;
    CreateDirectoryA(tpath("sub"), NULL);
    put_file("q1.txt", "");
    put_file("q2.txt", "");
    Sleep(500);
    n = 0;
    r = ReadDirectoryChangesW(h, buf, sizeof(buf), FALSE, FILE_NOTIFY_CHANGE_FILE_NAME, &n, NULL, NULL);
    if (r && n) parse(n);
    ok(r && find(FILE_ACTION_ADDED, "q1.txt") >= 0 && find(FILE_ACTION_ADDED, "q2.txt") >= 0,
       "queued changes in one call: %d, %d records", r, nrecs);
    ok(find(FILE_ACTION_ADDED, "sub") < 0, "a directory is not a FILE_NAME change");
    ok(CloseHandle(h), "close");

    /* a buffer too small for one record: TRUE with nothing (rescan) */
    h = open_dir(test_dir, FALSE);
    th = CreateThread(NULL, 0, make_late, "a_rather_long_name_for_a_small_buffer.txt", 0, NULL);
    n = 12345;
    SetLastError(0xdeadbeef);
    r = ReadDirectoryChangesW(h, buf, 16, FALSE, FILE_NOTIFY_CHANGE_FILE_NAME, &n, NULL, NULL);
    err = GetLastError();
    ok(n == 0, "small buffer: %lu bytes", n);
    /* Wine's kernelbase turns STATUS_NOTIFY_ENUM_DIR into a failure */
    if (!is_wine()) ok(r, "small buffer: TRUE, err %lu", err);
    WaitForSingleObject(th, INFINITE);
    CloseHandle(th);
    CloseHandle(h);

    /* bad parameters */
    h = open_dir(test_dir, FALSE);
    SetLastError(0xdeadbeef);
    r = ReadDirectoryChangesW(h, buf, sizeof(buf), FALSE, 0, &n, NULL, NULL);
    ok(!r && GetLastError() == ERROR_INVALID_PARAMETER, "filter 0: %d err %lu", r, GetLastError());
    CloseHandle(h);

    /* OVERLAPPED with an event: pending until a change, then the records */
    h = open_dir(test_dir, TRUE);
    ok(h != INVALID_HANDLE_VALUE, "open dir overlapped: err %lu", GetLastError());
    ev = CreateEventA(NULL, TRUE, FALSE, NULL);
    memset(&ov, 0, sizeof(ov));
    ov.hEvent = ev;
    r = ReadDirectoryChangesW(h, buf, sizeof(buf), TRUE, NAME_FILTER, NULL, &ov, NULL);
    ok(r, "overlapped read queued: err %lu", GetLastError());
    w = WaitForSingleObject(ev, 300);
    ok(w == WAIT_TIMEOUT, "nothing changed yet: %lu", w);
    SetLastError(0xdeadbeef);
    r = GetOverlappedResult(h, &ov, &n, FALSE);
    ok(!r && GetLastError() == ERROR_IO_INCOMPLETE, "still pending: %d err %lu", r, GetLastError());
    nrecs = 0;
    CreateDirectoryA(tpath("tree"), NULL);
    put_file("tree\\inner.txt", "");
    w = WaitForSingleObject(ev, 10000);
    ok(w == WAIT_OBJECT_0, "event set by the change: %lu", w);
    n = 0;
    r = GetOverlappedResult(h, &ov, &n, FALSE);
    ok(r && n > 0, "overlapped result: %d %lu", r, n);
    if (r && n) parse(n);
    ok(find(FILE_ACTION_ADDED, "tree") >= 0, "ADDED tree");
    /* the rest may come in later requests */
    for (i = 0; i < 10 && find(FILE_ACTION_ADDED, "tree\\inner.txt") < 0; i++)
        if (read_async(h, NAME_FILTER, TRUE, 5000) < 0) break;
    ok(find(FILE_ACTION_ADDED, "tree\\inner.txt") >= 0, "subtree: ADDED tree\\inner.txt (%d records)", nrecs);

    /* CancelIoEx ends the pending request with ERROR_OPERATION_ABORTED */
    ResetEvent(ev);
    r = ReadDirectoryChangesW(h, buf, sizeof(buf), TRUE, NAME_FILTER, NULL, &ov, NULL);
    ok(r, "second request: err %lu", GetLastError());
    r = CancelIoEx(h, &ov);
    ok(r, "CancelIoEx: err %lu", GetLastError());
    w = WaitForSingleObject(ev, 5000);
    SetLastError(0xdeadbeef);
    r = GetOverlappedResult(h, &ov, &n, FALSE);
    ok(w == WAIT_OBJECT_0 && !r && GetLastError() == ERROR_OPERATION_ABORTED, "cancelled: %lu %d err %lu", w, r,
       GetLastError());
    SetLastError(0xdeadbeef);
    r = CancelIoEx(h, &ov);
    ok(!r && GetLastError() == ERROR_NOT_FOUND, "nothing left to cancel: %d err %lu", r, GetLastError());
    ResetEvent(ev);
    r = ReadDirectoryChangesW(h, buf, sizeof(buf), TRUE, NAME_FILTER, NULL, &ov, NULL);
    ok(r && CancelIo(h), "CancelIo: err %lu", GetLastError());
    SetLastError(0xdeadbeef);
    r = GetOverlappedResult(h, &ov, &n, TRUE);
    ok(!r && GetLastError() == ERROR_OPERATION_ABORTED, "CancelIo aborted it: %d err %lu", r, GetLastError());

    /* the completion routine runs as an APC in an alertable wait */
    memset(&ov, 0, sizeof(ov));
    r = ReadDirectoryChangesW(h, buf, sizeof(buf), TRUE, NAME_FILTER, NULL, &ov, on_done);
    ok(r, "request with a routine: err %lu", GetLastError());
    put_file("apc.txt", "");
    w = SleepEx(10000, TRUE);
    ok(w == WAIT_IO_COMPLETION && apc_calls == 1, "routine ran: %lu, %d calls", w, apc_calls);
    ok(apc_error == 0 && apc_bytes > 0 && apc_ov == &ov, "routine args: %lu %lu %d", apc_error, apc_bytes,
       apc_ov == &ov);

    /* closing the handle ends a pending request with no data */
    memset(&ov, 0, sizeof(ov));
    ov.hEvent = ev;
    ResetEvent(ev);
    r = ReadDirectoryChangesW(h, buf, sizeof(buf), TRUE, NAME_FILTER, NULL, &ov, NULL);
    CloseHandle(h);
    w = WaitForSingleObject(ev, 5000);
    n = 1;
    r = GetOverlappedResult(h, &ov, &n, FALSE);
    ok(w == WAIT_OBJECT_0 && n == 0, "close completes it: %lu, %lu bytes", w, n);
    /* Windows completes it with STATUS_NOTIFY_CLEANUP (FsRtlNotifyCleanup),
     * a success; Wine with STATUS_HANDLES_CLOSED */
    if (!is_wine()) ok(r && ov.Internal == 0x10b, "NOTIFY_CLEANUP: %d, status %#lx", r, (DWORD)ov.Internal);
    CloseHandle(ev);

    /* change notification handles */
    fc = FindFirstChangeNotificationA(test_dir, FALSE, FILE_NOTIFY_CHANGE_FILE_NAME);
    ok(fc != INVALID_HANDLE_VALUE, "FindFirstChangeNotification: err %lu", GetLastError());
    w = WaitForSingleObject(fc, 300);
    ok(w == WAIT_TIMEOUT, "no change yet: %lu", w);
    put_file("fc.txt", "");
    w = WaitForSingleObject(fc, 10000);
    ok(w == WAIT_OBJECT_0, "signalled by a new file: %lu", w);
    w = WaitForSingleObject(fc, 0);
    ok(w == WAIT_OBJECT_0, "a wait does not reset it: %lu", w);
    ok(FindNextChangeNotification(fc), "FindNextChangeNotification: err %lu", GetLastError());
    w = WaitForSingleObject(fc, 300);
    ok(w == WAIT_TIMEOUT, "rearmed: %lu", w);
    th = CreateThread(NULL, 0, delete_late, "fc.txt", 0, NULL);
    w = WaitForSingleObject(fc, 10000);
    ok(w == WAIT_OBJECT_0, "signalled by a delete from another thread: %lu", w);
    WaitForSingleObject(th, INFINITE);
    CloseHandle(th);
    ok(FindCloseChangeNotification(fc), "FindCloseChangeNotification: err %lu", GetLastError());
    fc = FindFirstChangeNotificationA(tpath("missing"), FALSE, FILE_NOTIFY_CHANGE_FILE_NAME);
    ok(fc == INVALID_HANDLE_VALUE, "missing directory: %p", fc);

    test_dir_remove();
    return test_done();
}
