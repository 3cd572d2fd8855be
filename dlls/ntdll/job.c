/*
 * Job objects, kept by the process that creates them. Members are the
 * processes assigned (our children, or ourselves) and, as on Windows,
 * whatever they start: the Linux descendants of the assigned processes
 * when we look (/proc), so a grandchild needs no help from its parent.
 *
 * Kill-on-close (JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE): when the last handle
 * closes we kill the members. If we die instead, a "keeper" does it: a
 * small process forked when the limit is set, holding the read end of a
 * pipe whose write end only the job holds; end of file without a "closed"
 * mark means we are gone, and it kills the members it finds from the
 * assigned pids kept in shared memory. It runs nothing but system calls
 * (it is a fork of a threaded process).
 *
 * A named job is shared by the processes holding it: its state (members,
 * limits) is a memfd that winrun-server hands to whoever opens the name,
 * with the keeper's pipe; every holder keeps a write end (and the server
 * one while any client holds the job), so the keeper sees the end of the
 * pipe only when the last holder is gone. The process closing the last
 * handle (the server says so) kills the members itself.
 *
 * Breakaway: a child started with CREATE_BREAKAWAY_FROM_JOB carries
 * "--breakaway" on its Unix command line, and a job with
 * JOB_OBJECT_LIMIT_BREAKAWAY_OK does not count it (nor what it starts);
 * with SILENT_BREAKAWAY_OK only the assigned processes are members.
 *
 * Accounting: user and kernel times are summed over every member seen,
 * each at its last look in /proc (a member's last moments are missed).
 *
 * Limits: a job handle does not pass to children; CreateProcess refuses
 * CREATE_BREAKAWAY_FROM_JOB (ERROR_ACCESS_DENIED) only for jobs this
 * process holds; a job and an event may share a name.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>
#include "ntdll_private.h"
#include "winrun/protocol.h"

#define MAX_ROOTS 1024
#define MAX_PROCS 32768          /* /proc entries one scan looks at */

/* shared with the keeper */
struct job_shared {
    int closed;                  /* the owner killed the members itself: nothing to do */
    int kill_on_close;
    int count;
    int limit_flags;             /* JOB_OBJECT_LIMIT_* */
    int keeper;                  /* a keeper runs (named jobs: started once) */
    int roots[MAX_ROOTS];
};

struct job_object {
    struct object obj;
    pthread_mutex_t lock;
    struct job_shared *shared;   /* MAP_SHARED */
    int alive;                   /* the keeper's pipe, write end; -1 without a keeper */
    int alive_read;              /* named: its read end, for a keeper to come; else -1 */
    uint32_t server_id;          /* named: the server's id; 0 unnamed */
    DWORD total;                 /* every member ever seen */
    struct seen { int pid; ULONGLONG user, kernel; } *seen;   /* and their last times (clock ticks) */
    DWORD seen_count, seen_capacity;
};

struct proc_entry { int pid, ppid; };

/* ---- /proc, with system calls only (the keeper uses these too) ---- */

static int parse_int(const char *p, const char **end)
{
    int v = 0;
    while (*p >= '0' && *p <= '9') v = v * 10 + (*p++ - '0');
    *end = p;
    return v;
}

/* Opens /proc/PID/WHAT. */
static int open_proc(int pid, const char *what)
{
    char path[48] = "/proc/", digits[12];
    int n = 0, len = 6;

    do digits[n++] = '0' + pid % 10; while ((pid /= 10));
    while (n) path[len++] = digits[--n];
    path[len++] = '/';
    while (*what && len < (int)sizeof(path) - 1) path[len++] = *what++;
    path[len] = 0;
    return open(path, O_RDONLY | O_CLOEXEC);
}

static unsigned long long parse_ull(const char *p, const char **end)
{
    unsigned long long v = 0;
    while (*p >= '0' && *p <= '9') v = v * 10 + (*p++ - '0');
    *end = p;
    return v;
}

/* PID's parent, or -1 if gone or a zombie; its user and kernel times
 * (clock ticks) in TIMES when not NULL */
static int read_ppid(int pid, unsigned long long *times)
{
    char buf[512];
    const char *p, *end;
    int fd, ppid;
    ssize_t got;

    if ((fd = open_proc(pid, "stat")) < 0) return -1;
    got = read(fd, buf, sizeof(buf) - 1);
    close(fd);
    if (got <= 0) return -1;
    buf[got] = 0;
    /* the command may hold ')': the fields follow the last one */
    for (p = end = buf; *p; p++) if (*p == ')') end = p;
    if (end[0] != ')' || end[1] != ' ' || end[2] == 'Z' || end[2] == 'X') return -1;
    ppid = parse_int(end + 4, &p);
    if (times) {
        /* fields 5..13 skipped, then utime (14) and stime (15) */
        for (int field = 5; field < 14 && *p; field++) {
            while (*p == ' ') p++;
            while (*p && *p != ' ') p++;
        }
        while (*p == ' ') p++;
        times[0] = parse_ull(p, &p);
        while (*p == ' ') p++;
        times[1] = parse_ull(p, &p);
    }
    return ppid;
}

/* Did PID start with CREATE_BREAKAWAY_FROM_JOB? (its Unix command line
 * holds "--breakaway" among winrun's options, before "--") */
static int broke_away(int pid)
{
    char buf[4096];
    int fd = open_proc(pid, "cmdline");
    ssize_t got;

    if (fd < 0) return 0;
    got = read(fd, buf, sizeof(buf) - 1);
    close(fd);
    if (got <= 0) return 0;
    buf[got] = 0;
    for (ssize_t i = 0; i < got; i += strlen(buf + i) + 1) {
        if (!strcmp(buf + i, "--")) break;
        if (!strcmp(buf + i, "--breakaway")) return 1;
    }
    return 0;
}

static int scan_proc(struct proc_entry *out, int max)
{
    char buf[4096];
    int fd = open("/proc", O_RDONLY | O_DIRECTORY | O_CLOEXEC), count = 0;
    long n;

    if (fd < 0) return 0;
    while (count < max && (n = syscall(SYS_getdents64, fd, buf, sizeof(buf))) > 0) {
        for (long off = 0; off < n && count < max;) {
            struct { unsigned long long ino; long long off; unsigned short reclen; unsigned char type; char name[]; } *d =
                (void *)(buf + off);
            const char *end;
            int pid = parse_int(d->name, &end), ppid;
            off += d->reclen;
            if (pid <= 0 || *end) continue;
            if ((ppid = read_ppid(pid, NULL)) < 0) continue;
            out[count].pid = pid;
            out[count].ppid = ppid;
            count++;
        }
    }
    close(fd);
    return count;
}

static int contains(const int *list, int count, int pid)
{
    for (int i = 0; i < count; i++) if (list[i] == pid) return 1;
    return 0;
}

/* ROOTS that live and their descendants (but for those that broke away,
 * as LIMIT_FLAGS allow), into OUT (MAX); PROCS is scratch for MAX_PROCS
 * entries. */
static int members(const int *roots, int nroots, int limit_flags, int *out, int max, struct proc_entry *procs)
{
    int nprocs = scan_proc(procs, MAX_PROCS), count = 0, grew = 1;

    for (int i = 0; i < nprocs && count < max; i++)
        if (contains(roots, nroots, procs[i].pid)) out[count++] = procs[i].pid;
    if (limit_flags & JOB_OBJECT_LIMIT_SILENT_BREAKAWAY_OK) return count;
    while (grew) {
        grew = 0;
        for (int i = 0; i < nprocs && count < max; i++)
            if (procs[i].ppid > 0 && !contains(out, count, procs[i].pid) && contains(out, count, procs[i].ppid)) {
                if ((limit_flags & JOB_OBJECT_LIMIT_BREAKAWAY_OK) && broke_away(procs[i].pid)) {
                    procs[i].ppid = -1;   /* out, and so are its own */
                    continue;
                }
                out[count++] = procs[i].pid;
                grew = 1;
            }
    }
    return count;
}

/* ---- the keeper ---- */

static void keeper_main(int alive, struct job_shared *shared) __attribute__((noreturn));
static void keeper_main(int alive, struct job_shared *shared)
{
    size_t size = MAX_PROCS * sizeof(struct proc_entry) + MAX_PROCS * sizeof(int);
    struct proc_entry *procs;
    int *found, n;
    char c;

    /* nothing is written: end of file comes when every write end is closed */
    for (;;) {
        ssize_t r = read(alive, &c, 1);
        if (r < 0 && errno == EINTR) continue;
        if (r <= 0) break;
    }
    if (__atomic_load_n(&shared->closed, __ATOMIC_ACQUIRE) || !__atomic_load_n(&shared->kill_on_close, __ATOMIC_ACQUIRE))
        _exit(0);
    procs = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (procs == MAP_FAILED) _exit(1);
    found = (int *)(procs + MAX_PROCS);
    n = members(shared->roots, shared->count < MAX_ROOTS ? shared->count : MAX_ROOTS,
                __atomic_load_n(&shared->limit_flags, __ATOMIC_ACQUIRE), found, MAX_PROCS, procs);
    for (int i = 0; i < n; i++) kill(found[i], SIGKILL);
    _exit(0);
}

/* Forks the keeper (as a grandchild: nobody's child here); the job keeps
 * the pipe's write end. */
static BOOL start_keeper(struct job_object *job)
{
    int fds[2], status, none = 0;
    sigset_t all, old;
    pid_t pid;

    if (job->server_id) {
        /* a named job's pipe exists; one keeper among its holders */
        if (!__atomic_compare_exchange_n(&job->shared->keeper, &none, 1, FALSE, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE))
            return TRUE;
        fds[0] = job->alive_read;
        fds[1] = job->alive;
    }
    else if (pipe2(fds, O_CLOEXEC)) return FALSE;
    sigfillset(&all);
    pthread_sigmask(SIG_BLOCK, &all, &old);
    if ((pid = fork()) == 0) {
        setsid();
        if (fork()) _exit(0);
        /* hold nothing of ours but the read end: fds[1] above all */
        if (fds[0] != 3) {
            dup2(fds[0], 3);
            fds[0] = 3;
        }
        syscall(SYS_close_range, 4, ~0u, 0);
        keeper_main(fds[0], job->shared);
    }
    pthread_sigmask(SIG_SETMASK, &old, NULL);
    if (job->server_id) {
        if (pid < 0) __atomic_store_n(&job->shared->keeper, 0, __ATOMIC_RELEASE);
        else while (waitpid(pid, &status, 0) < 0 && errno == EINTR);
        return pid >= 0;
    }
    close(fds[0]);
    if (pid < 0) {
        close(fds[1]);
        return FALSE;
    }
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR);
    job->alive = fds[1];
    return TRUE;
}

/* ---- the object ---- */

/* Counts the members in PIDS not seen before and records their times. */
static void note_seen(struct job_object *job, const int *pids, int count)
{
    for (int i = 0; i < count; i++) {
        unsigned long long times[2];
        DWORD j;

        for (j = 0; j < job->seen_count && job->seen[j].pid != pids[i]; j++);
        if (j == job->seen_count) {
            if (job->seen_count == job->seen_capacity) {
                DWORD cap = job->seen_capacity ? job->seen_capacity * 2 : 16;
                struct seen *grown = realloc(job->seen, cap * sizeof(*grown));
                if (!grown) return;
                job->seen = grown;
                job->seen_capacity = cap;
            }
            job->seen[j].pid = pids[i];
            job->seen[j].user = job->seen[j].kernel = 0;
            job->seen_count++;
            job->total++;
        }
        if (read_ppid(pids[i], times) >= 0) {
            job->seen[j].user = times[0];
            job->seen[j].kernel = times[1];
        }
    }
}

/* Under job->lock: the live members, malloc'ed, in *OUT. */
static int live_members(struct job_object *job, int **out)
{
    struct proc_entry *procs = malloc(MAX_PROCS * sizeof(*procs));
    int *found = malloc(MAX_PROCS * sizeof(int)), n = 0;

    if (procs && found) {
        n = members(job->shared->roots, job->shared->count, __atomic_load_n(&job->shared->limit_flags, __ATOMIC_ACQUIRE),
                    found, MAX_PROCS, procs);
        note_seen(job, found, n);
    }
    free(procs);
    *out = found;
    return n;
}

static void kill_members(struct job_object *job, UINT code)
{
    int *found, n = live_members(job, &found);
    for (int i = 0; i < n; i++) {
        if (found[i] == getpid()) continue;     /* ourselves last: see job_terminate */
        process_mark_killed(found[i], code);
        kill(found[i], SIGKILL);
    }
    free(found);
}

static void job_last_handle_closed(struct object *obj)
{
    struct job_object *job = (struct job_object *)obj;
    BOOL last = TRUE;

    if (job->server_id) {   /* others may hold it still */
        struct job_close_request request = { { sizeof(request), REQ_JOB_CLOSE, 0, 0, 0 }, job->server_id, 0 };
        struct job_reply reply;
        last = !server_call(&request, NULL, &reply, sizeof(reply), NULL) && reply.last;
    }
    pthread_mutex_lock(&job->lock);
    if (last) {
        if (job->shared->limit_flags & JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE) kill_members(job, 0);
        __atomic_store_n(&job->shared->closed, 1, __ATOMIC_RELEASE);
    }
    if (job->alive >= 0) close(job->alive);
    job->alive = -1;
    pthread_mutex_unlock(&job->lock);
}

static void job_destroy(struct object *obj)
{
    struct job_object *job = (struct job_object *)obj;
    if (job->alive >= 0) {
        if (!job->server_id) __atomic_store_n(&job->shared->closed, 1, __ATOMIC_RELEASE);
        close(job->alive);
    }
    if (job->alive_read >= 0) close(job->alive_read);
    munmap(job->shared, sizeof(*job->shared));
    pthread_mutex_destroy(&job->lock);
    free(job->seen);
    free(job);
}

static const struct object_ops job_ops = { .destroy = job_destroy, .last_handle_closed = job_last_handle_closed };

/* the jobs this process made, for IsProcessInJob(NULL job) */
static pthread_mutex_t jobs_lock = PTHREAD_MUTEX_INITIALIZER;
static struct job_object *jobs[64];

/* A named job's state from the server: ours (FDS sent: memfd, pipe write
 * and read ends) or that of the job already there; none sent: open only. */
static NTSTATUS job_publish(struct job_object *job, const UNICODE_STRING *name, const struct server_fds *fds)
{
    size_t len = name->Length / sizeof(WCHAR);
    struct job_create_request *request;
    struct job_reply reply;
    struct server_fds got = { .count = 0 };
    NTSTATUS status;
    void *shared;

    if (!len || len * sizeof(WCHAR) > 1024) return STATUS_OBJECT_NAME_INVALID;
    if (!(request = calloc(1, sizeof(*request) + len * sizeof(WCHAR)))) return STATUS_NO_MEMORY;
    request->header.size = (uint32_t)(sizeof(*request) + len * sizeof(WCHAR));
    request->header.type = REQ_JOB_CREATE;
    request->open_only = !fds;
    for (size_t i = 0; i < len; i++) ((WCHAR *)(request + 1))[i] = wch_upper(name->Buffer[i]);
    status = server_call(request, fds, &reply, sizeof(reply), &got);
    free(request);
    if (!NT_SUCCESS(status) || got.count != 3) {
        for (unsigned int i = 0; i < got.count; i++) close(got.fds[i]);
        return !NT_SUCCESS(status) ? status : STATUS_INTERNAL_ERROR;
    }
    shared = mmap(NULL, sizeof(*job->shared), PROT_READ | PROT_WRITE, MAP_SHARED, got.fds[0], 0);
    close(got.fds[0]);
    if (shared == MAP_FAILED) {
        struct job_close_request close_request = { { sizeof(close_request), REQ_JOB_CLOSE, 0, 0, 0 }, reply.id, 0 };
        close(got.fds[1]);
        close(got.fds[2]);
        server_call(&close_request, NULL, &reply, sizeof(reply), NULL);
        return STATUS_NO_MEMORY;
    }
    job->shared = shared;
    job->alive = got.fds[1];
    job->alive_read = got.fds[2];
    job->server_id = reply.id;
    return status;   /* STATUS_OBJECT_NAME_EXISTS: opened */
}

/* NAME NULL: an unnamed job. OPEN_ONLY: OpenJobObject. A named job that
 * was there already answers STATUS_OBJECT_NAME_EXISTS (with the handle). */
NTSTATUS job_create(const UNICODE_STRING *name, BOOL open_only, HANDLE *handle)
{
    struct job_object *job = calloc(1, sizeof(*job));
    NTSTATUS status = STATUS_SUCCESS;

    if (!job) return STATUS_NO_MEMORY;
    job->alive = job->alive_read = -1;
    if (name && name->Length) {
        struct server_fds fds = { .count = 0 };
        int memfd = -1, pipe_fds[2] = { -1, -1 };
        if (!open_only &&
            ((memfd = memfd_create("winrun-job", MFD_CLOEXEC)) < 0 || ftruncate(memfd, sizeof(*job->shared)) ||
             pipe2(pipe_fds, O_CLOEXEC)))
            status = STATUS_NO_MEMORY;
        else {
            fds.fds[0] = memfd;
            fds.fds[1] = pipe_fds[1];
            fds.fds[2] = pipe_fds[0];
            fds.count = 3;
            status = job_publish(job, name, open_only ? NULL : &fds);
        }
        if (memfd >= 0) close(memfd);
        for (int i = 0; i < 2; i++) if (pipe_fds[i] >= 0) close(pipe_fds[i]);
        if (!NT_SUCCESS(status)) {
            free(job);
            return status;
        }
    }
    else if (open_only) status = STATUS_OBJECT_NAME_INVALID;
    else {
        job->shared = mmap(NULL, sizeof(*job->shared), PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
        if (job->shared == MAP_FAILED) status = STATUS_NO_MEMORY;
    }
    if (!NT_SUCCESS(status)) {
        free(job);
        return status;
    }
    object_init(&job->obj, OBJECT_JOB, &job_ops);
    pthread_mutex_init(&job->lock, NULL);
    if (!(*handle = handle_alloc(&job->obj))) {
        object_release(&job->obj);
        return STATUS_NO_MEMORY;
    }
    return status;
}

static int unix_pid_of(HANDLE process, NTSTATUS *status)
{
    LONGLONG create, exit_time;
    int pid = 0;

    if (process == NtCurrentProcess()) return getpid();
    if ((*status = process_get_times(process, &pid, &create, &exit_time))) return -1;
    if (exit_time) {
        *status = STATUS_PROCESS_IS_TERMINATING;
        return -1;
    }
    return pid ? pid : getpid();
}

NTSTATUS job_assign(HANDLE handle, HANDLE process)
{
    struct job_object *job = (struct job_object *)handle_get(handle, OBJECT_JOB);
    NTSTATUS status = STATUS_SUCCESS;
    int pid;

    if (!job) return STATUS_INVALID_HANDLE;
    if ((pid = unix_pid_of(process, &status)) > 0) {
        pthread_mutex_lock(&job->lock);
        if (contains(job->shared->roots, job->shared->count, pid)) status = STATUS_ACCESS_DENIED;
        else if (job->shared->count == MAX_ROOTS) status = STATUS_QUOTA_EXCEEDED;
        else {
            job->shared->roots[job->shared->count] = pid;
            __atomic_store_n(&job->shared->count, job->shared->count + 1, __ATOMIC_RELEASE);
            note_seen(job, &pid, 1);
        }
        pthread_mutex_unlock(&job->lock);
    }
    if (!status) {
        pthread_mutex_lock(&jobs_lock);
        for (unsigned int i = 0; i < sizeof(jobs) / sizeof(jobs[0]); i++)
            if (!jobs[i] || jobs[i] == job) {
                if (!jobs[i]) jobs[i] = (struct job_object *)object_grab(&job->obj);
                break;
            }
        pthread_mutex_unlock(&jobs_lock);
    }
    object_release(&job->obj);
    return status;
}

NTSTATUS job_set_limit_flags(HANDLE handle, DWORD flags)
{
    struct job_object *job = (struct job_object *)handle_get(handle, OBJECT_JOB);
    NTSTATUS status = STATUS_SUCCESS;

    if (!job) return STATUS_INVALID_HANDLE;
    pthread_mutex_lock(&job->lock);
    __atomic_store_n(&job->shared->limit_flags, (int)flags, __ATOMIC_RELEASE);
    __atomic_store_n(&job->shared->kill_on_close, (flags & JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE) != 0, __ATOMIC_RELEASE);
    if ((flags & JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE) && job->alive < 0 && !start_keeper(job))
        status = STATUS_NO_MEMORY;
    pthread_mutex_unlock(&job->lock);
    object_release(&job->obj);
    return status;
}

NTSTATUS job_get_limit_flags(HANDLE handle, DWORD *flags)
{
    struct job_object *job = (struct job_object *)handle_get(handle, OBJECT_JOB);
    if (!job) return STATUS_INVALID_HANDLE;
    *flags = (DWORD)__atomic_load_n(&job->shared->limit_flags, __ATOMIC_ACQUIRE);
    object_release(&job->obj);
    return STATUS_SUCCESS;
}

NTSTATUS job_terminate(HANDLE handle, UINT code)
{
    struct job_object *job = (struct job_object *)handle_get(handle, OBJECT_JOB);
    BOOL self;

    if (!job) return STATUS_INVALID_HANDLE;
    pthread_mutex_lock(&job->lock);
    kill_members(job, code);
    self = contains(job->shared->roots, job->shared->count, getpid());
    pthread_mutex_unlock(&job->lock);
    object_release(&job->obj);
    if (self) NtTerminateProcess(NtCurrentProcess(), code);
    return STATUS_SUCCESS;
}

NTSTATUS job_query(HANDLE handle, struct job_counts *counts, ULONG_PTR *pids, DWORD max)
{
    struct job_object *job = (struct job_object *)handle_get(handle, OBJECT_JOB);
    int *found, n;

    if (!job) return STATUS_INVALID_HANDLE;
    pthread_mutex_lock(&job->lock);
    n = live_members(job, &found);
    counts->active = n;
    counts->total = job->total;
    counts->user = counts->kernel = 0;
    for (DWORD i = 0; i < job->seen_count; i++) {
        counts->user += job->seen[i].user;
        counts->kernel += job->seen[i].kernel;
    }
    counts->user = counts->user * 10000000ull / (ULONGLONG)sysconf(_SC_CLK_TCK);
    counts->kernel = counts->kernel * 10000000ull / (ULONGLONG)sysconf(_SC_CLK_TCK);
    counts->pid_count = 0;
    for (int i = 0; i < n && counts->pid_count < max; i++) pids[counts->pid_count++] = win_pid(found[i]);
    pthread_mutex_unlock(&job->lock);
    free(found);
    object_release(&job->obj);
    return STATUS_SUCCESS;
}

static BOOL job_has(struct job_object *job, int pid)
{
    int *found, n;
    BOOL in = FALSE;

    pthread_mutex_lock(&job->lock);
    n = live_members(job, &found);
    in = found && contains(found, n, pid);
    pthread_mutex_unlock(&job->lock);
    free(found);
    return in;
}

NTSTATUS job_contains(HANDLE handle, HANDLE process, BOOL *result)
{
    NTSTATUS status = STATUS_SUCCESS;
    int pid = unix_pid_of(process, &status);

    *result = FALSE;
    if (pid < 0) return status == STATUS_PROCESS_IS_TERMINATING ? STATUS_SUCCESS : status;
    if (handle) {
        struct job_object *job = (struct job_object *)handle_get(handle, OBJECT_JOB);
        if (!job) return STATUS_INVALID_HANDLE;
        *result = job_has(job, pid);
        object_release(&job->obj);
        return STATUS_SUCCESS;
    }
    pthread_mutex_lock(&jobs_lock);
    for (unsigned int i = 0; i < sizeof(jobs) / sizeof(jobs[0]) && jobs[i] && !*result; i++)
        *result = job_has(jobs[i], pid);
    pthread_mutex_unlock(&jobs_lock);
    return STATUS_SUCCESS;
}

/* CreateProcess(CREATE_BREAKAWAY_FROM_JOB): refused when a job of ours
 * holding this process does not allow it. */
NTSTATUS job_check_breakaway(void)
{
    NTSTATUS status = STATUS_SUCCESS;

    pthread_mutex_lock(&jobs_lock);
    for (unsigned int i = 0; i < sizeof(jobs) / sizeof(jobs[0]) && jobs[i] && !status; i++)
        if (!(__atomic_load_n(&jobs[i]->shared->limit_flags, __ATOMIC_ACQUIRE) &
              (JOB_OBJECT_LIMIT_BREAKAWAY_OK | JOB_OBJECT_LIMIT_SILENT_BREAKAWAY_OK)) && job_has(jobs[i], getpid()))
            status = STATUS_ACCESS_DENIED;
    pthread_mutex_unlock(&jobs_lock);
    return status;
}
