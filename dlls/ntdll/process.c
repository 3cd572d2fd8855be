/*
 * Child processes, without the server: a child is another `winrun` (this
 * executable, /proc/self/exe) started with posix_spawn, which glibc runs
 * as clone(CLONE_VM|CLONE_VFORK) + exec, so nothing but async-signal-safe
 * code runs between the two while our other threads go on.
 *
 * What Windows passes through the kernel travels in a memfd whose number
 * the child gets as `--startup-fd N`: the exact UTF-16 command line, the
 * environment block, the DOS current directory, and the inherited file
 * handles as (handle value, fd) pairs, so the child sees them at the
 * values its parent used. The fds themselves are dup'ed into the child
 * (std handles onto 0, 1, 2).
 *
 * A Unix exit status carries 8 bits; the child writes its full 32-bit code
 * into an inherited pipe just before _exit, and the parent reads it when
 * the child's pidfd becomes readable (one service thread watches every
 * pidfd with epoll, reaps with waitid and marks the process object
 * signalled under the wait lock). Without that write (a crash, a signal)
 * the 8-bit status is used.
 *
 * CREATE_SUSPENDED: the child blocks on a second pipe before its DLLs
 * initialise; ResumeThread on the thread handle the parent got writes one
 * byte to it. That thread handle stands for the child's main thread: it is
 * signalled when the process ends.
 *
 * OpenProcess of a child's id gives its object again (every watched
 * process is in a list by pid); of another process, a pidfd watched the
 * same way, its exit code coming from the server: the opener registers
 * interest, and every winrun process reports its code as it exits when a
 * server runs (process_report_exit; see child_exited). An OpenProcess
 * handle is a view holding the access it was opened with.
 *
 * Limits: only file objects (files, pipes, consoles) and shared objects
 * are inherited.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <pthread.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>
#include "ntdll_private.h"
#include "winrun/protocol.h"

#ifndef P_PIDFD
#define P_PIDFD 3
#endif

extern char **environ;

NTSYSAPI void WINAPI RtlAcquirePebLock(void);
NTSYSAPI void WINAPI RtlReleasePebLock(void);

#define STARTUP_MAGIC 0x50535257u    /* "WRSP" */
#define MAX_INHERITED 1024
#define STILL_ACTIVE 0x103

struct startup_header {
    UINT magic;
    int exit_fd, resume_fd;          /* -1 when absent */
    UINT cmdline_chars, env_bytes, cwd_chars, handle_count;
    ULONGLONG std[3];
};

struct process_object {
    struct object obj;
    int pid;                         /* 0: ourselves */
    int pidfd, exit_fd, resume_fd;   /* -1 when closed */
    BOOL exited, terminated, resumed;   /* under the wait lock */
    DWORD exit_code, terminate_code;
    LONGLONG create_time, exit_time;
    BOOL foreign;                    /* opened by id, not our child: no exit pipe, no waitid */
    ULONGLONG start_ticks;           /* foreign: its /proc start time, naming it to the server */
    struct process_object *next;     /* in the list of watched processes (by id) */
};

struct child_thread {
    struct object obj;
    struct process_object *process;
};

/* A handle from OpenProcess: the process, and what this handle may do
 * (a process object is shared by every handle to it). */
struct process_view {
    struct object obj;
    struct process_object *process;
    DWORD access;
};

#define PROCESS_QUERY_INFORMATION 0x0400
#define PROCESS_QUERY_LIMITED_INFORMATION 0x1000
#define PROCESS_TERMINATE 0x0001
#define PROCESS_ALL_ACCESS 0x1fffff

/* ---- the child's side ---- */

static int report_fd = -1;           /* pipe to the parent for the exit code */
static int resume_fd = -1;           /* CREATE_SUSPENDED: read until the parent resumes us */

static BOOL read_all(int fd, void *buf, size_t size)
{
    char *p = buf;
    while (size) {
        ssize_t n = read(fd, p, size);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return FALSE;
        p += n;
        size -= n;
    }
    return TRUE;
}

static WCHAR *read_string(int fd, size_t chars)
{
    WCHAR *s = calloc(chars + 2, sizeof(WCHAR));   /* room for an env block's second NUL */
    if (s && !read_all(fd, s, chars * sizeof(WCHAR))) {
        free(s);
        s = NULL;
    }
    return s;
}

NTSTATUS process_read_startup(int fd, struct process_startup **out)
{
    struct process_startup *st = calloc(1, sizeof(*st));
    struct startup_header h;
    struct stat sb;
    BOOL ok = FALSE;

    /* a parent's memfd, never a terminal or pipe that could block the read */
    if (st && !fstat(fd, &sb) && S_ISREG(sb.st_mode) && read_all(fd, &h, sizeof(h)) && h.magic == STARTUP_MAGIC && h.handle_count <= MAX_INHERITED &&
        h.cmdline_chars < 32768 && h.cwd_chars < 32768 && h.env_bytes < (1u << 26)) {
        st->count = h.handle_count;
        st->handles = calloc(h.handle_count + 1, sizeof(*st->handles));
        ok = st->handles && read_all(fd, st->handles, h.handle_count * sizeof(*st->handles)) &&
             (st->cmdline = read_string(fd, h.cmdline_chars)) &&
             (st->env = read_string(fd, h.env_bytes / sizeof(WCHAR))) &&
             (st->cwd = read_string(fd, h.cwd_chars));
        for (int i = 0; i < 3; i++) st->std[i] = (HANDLE)(ULONG_PTR)h.std[i];
        st->env_size = h.env_bytes;
        /* our own children must not hold these */
        if (ok && h.exit_fd >= 0 && fcntl(h.exit_fd, F_SETFD, FD_CLOEXEC) == 0) report_fd = h.exit_fd;
        if (ok && h.resume_fd >= 0 && fcntl(h.resume_fd, F_SETFD, FD_CLOEXEC) == 0) resume_fd = h.resume_fd;
    }
    close(fd);
    if (!ok) {
        if (st) { free(st->handles); free(st->cmdline); free(st->env); free(st->cwd); }
        free(st);
        return STATUS_INVALID_PARAMETER;
    }
    if (!h.env_bytes) { free(st->env); st->env = NULL; }
    if (!h.cwd_chars) { free(st->cwd); st->cwd = NULL; }
    *out = st;
    return STATUS_SUCCESS;
}

static HANDLE insert_file(HANDLE value, int fd, DWORD access, DWORD options)
{
    struct file_object *file = file_object_create(fd, access, options);
    if (!file) return NULL;
    if (value && !handle_insert_at(value, &file->obj, 0)) return value;
    if ((value = handle_alloc(&file->obj))) return value;
    file->fd = -1;   /* the fd stays for whoever else uses it */
    object_release(&file->obj);
    return NULL;
}

void process_apply_startup_handles(const struct process_startup *st, RTL_USER_PROCESS_PARAMETERS *params)
{
    static const DWORD std_access[3] = { 0x80000000 /* GENERIC_READ */, 0x40000000, 0x40000000 };
    HANDLE *std[3] = { &params->StandardInput, &params->StandardOutput, &params->StandardError };

    for (unsigned int i = 0; i < st->count; i++) {
        const struct startup_handle *e = &st->handles[i];
        struct file_object *file;
        if (e->options == STARTUP_SHARED_HANDLE) {
            shared_claim(e->access, (HANDLE)(ULONG_PTR)e->value);
            continue;
        }
        if (e->pipe.flags & STARTUP_PIPE_NAMED) {
            if (e->pipe.fd2 >= 0) fcntl(e->pipe.fd2, F_SETFD, FD_CLOEXEC);   /* not for our children */
            file = named_pipe_from_startup(e->fd, e->access, e->options, &e->pipe);
            if (!file && e->pipe.fd2 >= 0) close(e->pipe.fd2);
        }
        else file = file_object_create(e->fd, e->access, e->options);
        if (!file) continue;
        if (handle_insert_at((HANDLE)(ULONG_PTR)e->value, &file->obj, 0x1 /* still inheritable */))
            object_release(&file->obj);   /* closes the fds */
    }
    for (int i = 0; i < 3; i++) {
        struct object *same = st->std[i] ? handle_get(st->std[i], OBJECT_FILE) : NULL;
        if (fcntl(i, F_GETFD) < 0) *std[i] = NULL;
        else if (same) *std[i] = st->std[i];     /* an inherited handle is also the std one */
        else *std[i] = insert_file(st->std[i], i, std_access[i], 0);
        object_release(same);
    }
}

void process_wait_resume(void)
{
    char c;
    if (resume_fd < 0) return;
    /* a byte from ResumeThread, or the parent gone (EOF): run */
    while (read(resume_fd, &c, 1) < 0 && errno == EINTR);
    close(resume_fd);
    resume_fd = -1;
}

/* PID's start time (field 22 of /proc/PID/stat, clock ticks since boot);
 * with the pid it names one process for good. 0 if it is gone. */
static ULONGLONG proc_start_ticks(int pid)
{
    char path[32], buf[1024], *p;
    unsigned long long start = 0;
    ssize_t n;
    int fd;

    snprintf(path, sizeof(path), "/proc/%d/stat", pid ? pid : getpid());
    if ((fd = open(path, O_RDONLY | O_CLOEXEC)) < 0) return 0;
    n = read(fd, buf, sizeof(buf) - 1);
    close(fd);
    if (n <= 0) return 0;
    buf[n] = 0;
    /* the command may hold spaces and ')': the fields follow the last one */
    if (!(p = strrchr(buf, ')')) ||
        sscanf(p + 1, " %*c %*d %*d %*d %*d %*d %*u %*u %*u %*u %*u %*u %*u %*d %*d %*d %*d %*d %*d %llu", &start) != 1)
        return 0;
    return start;
}

/* Tells the server PID's (0: our) exit code, for those that opened it by
 * id; AT_EXIT: we are ending and must not hang on a busy connection. */
static void report_code(int pid, ULONGLONG start, UINT code, BOOL at_exit)
{
    struct process_exit_request request = { { sizeof(request), REQ_PROCESS_EXIT, 0, 0, 0 }, code, pid, start };
    struct process_exit_reply reply;
    if (at_exit) server_call_at_exit(&request, &reply, sizeof(reply));
    else server_call(&request, NULL, &reply, sizeof(reply), NULL);
}

void process_report_exit(UINT code)
{
    int fd = __atomic_exchange_n(&report_fd, -1, __ATOMIC_ACQ_REL);
    if (fd >= 0) {
        ssize_t n = write(fd, &code, sizeof(code));
        (void)n;
    }
    /* for those that opened us by id, who keep a server running while
     * they hold us; with no server, nobody did (and none is started) */
    if (server_connect_if_running()) report_code(0, proc_start_ticks(0), code, TRUE);
}

/* ---- the parent's side: process objects ---- */

static BOOL process_signaled(struct object *obj, DWORD tid)
{
    (void)tid;
    return ((struct process_object *)obj)->exited;
}

static void close_fd(int *fd)
{
    if (*fd >= 0) close(*fd);
    *fd = -1;
}

/* Every process we watch (children, and those opened by id), so that
 * OpenProcess of a child's id gives the same object: its full exit code. */
static pthread_mutex_t watched_lock = PTHREAD_MUTEX_INITIALIZER;
static struct process_object *watched;

static void process_destroy(struct object *obj)
{
    struct process_object *p = (struct process_object *)obj, **link;

    if (p->foreign) {   /* the server may forget its code now */
        struct process_exit_request request = { { sizeof(request), REQ_PROCESS_UNWATCH, 0, 0, 0 }, 0, p->pid, p->start_ticks };
        struct process_exit_reply reply;
        server_call(&request, NULL, &reply, sizeof(reply), NULL);
    }

    pthread_mutex_lock(&watched_lock);
    for (link = &watched; *link && *link != p; link = &(*link)->next);
    if (*link) *link = p->next;
    pthread_mutex_unlock(&watched_lock);
    close_fd(&p->pidfd);
    close_fd(&p->exit_fd);
    close_fd(&p->resume_fd);
    free(p);
}

static const struct object_ops process_object_ops = { .destroy = process_destroy, .signaled = process_signaled };

static BOOL child_thread_signaled(struct object *obj, DWORD tid)
{
    (void)tid;
    return ((struct child_thread *)obj)->process->exited;
}

static void child_thread_destroy(struct object *obj)
{
    object_release(&((struct child_thread *)obj)->process->obj);
    free(obj);
}

static const struct object_ops child_thread_ops = { .destroy = child_thread_destroy, .signaled = child_thread_signaled };

static BOOL view_signaled(struct object *obj, DWORD tid)
{
    (void)tid;
    return ((struct process_view *)obj)->process->exited;
}

static void view_destroy(struct object *obj)
{
    object_release(&((struct process_view *)obj)->process->obj);
    free(obj);
}

static const struct object_ops process_view_ops = { .destroy = view_destroy, .signaled = view_signaled };

/* Windows' generic mapping of process rights; QUERY_INFORMATION brings
 * the limited one along */
static DWORD process_access(DWORD access)
{
    if (access & (0x10000000 /* GENERIC_ALL */ | 0x02000000 /* MAXIMUM_ALLOWED */)) access |= PROCESS_ALL_ACCESS;
    if (access & 0x80000000 /* GENERIC_READ */) access |= 0x20000 | 0x0010 | PROCESS_QUERY_INFORMATION;
    if (access & 0x40000000 /* GENERIC_WRITE */) access |= 0x20000 | 0x0bea | PROCESS_TERMINATE;
    if (access & 0x20000000 /* GENERIC_EXECUTE */) access |= 0x20000 | 0x100000 /* SYNCHRONIZE */ | PROCESS_QUERY_LIMITED_INFORMATION;
    if (access & PROCESS_QUERY_INFORMATION) access |= PROCESS_QUERY_LIMITED_INFORMATION;
    return access & PROCESS_ALL_ACCESS;
}

/* May OBJ (from a handle) be waited on? An opened process needs SYNCHRONIZE. */
BOOL process_may_wait(struct object *obj)
{
    return obj->ops != &process_view_ops || (((struct process_view *)obj)->access & 0x100000 /* SYNCHRONIZE */);
}

/* ourselves as a handle (OpenProcess of our own id): never signalled */
static struct process_object self = {
    { OBJECT_PROCESS, 1, &process_object_ops, 0 }, 0, -1, -1, -1, FALSE, FALSE, TRUE, 0, 0, 0, 0, FALSE, 0, NULL
};

/* ---- the service thread: one epoll over every child's pidfd ---- */

static pthread_once_t service_once = PTHREAD_ONCE_INIT;
static int epoll_fd = -1;

static void child_exited(struct process_object *p)
{
    siginfo_t si;
    UINT code = 0;
    BOOL have_code;

    memset(&si, 0, sizeof(si));
    if (p->foreign) {
        /* not ours to reap: its code is what it told the server, if it did */
        struct process_exit_request request = { { sizeof(request), REQ_PROCESS_EXIT_CODE, 0, 0, 0 }, 0, p->pid, p->start_ticks };
        struct process_exit_reply reply;
        have_code = !p->terminated && !server_call(&request, NULL, &reply, sizeof(reply), NULL);
        code = have_code ? reply.code : 0;
        /* no report: killed (SIGKILL), or not a winrun process; 1 is what
         * Windows shows for a process killed by another (taskkill /f) */
        si.si_code = CLD_EXITED;
        si.si_status = 1;
    } else {
        while (waitid(P_PIDFD, p->pidfd, &si, WEXITED) < 0 && errno == EINTR);
        have_code = read(p->exit_fd, &code, sizeof(code)) == sizeof(code);
    }
    epoll_ctl(epoll_fd, EPOLL_CTL_DEL, p->pidfd, NULL);
    wait_lock();
    if (have_code) p->exit_code = code;
    else if (p->terminated) p->exit_code = p->terminate_code;
    else if (si.si_code == CLD_EXITED) p->exit_code = (UINT)si.si_status;
    else p->exit_code = 128 + (UINT)si.si_status;   /* killed by a signal, as a shell reports it */
    p->exit_time = time_now_filetime();
    p->exited = TRUE;
    wait_changed_locked();
    wait_unlock();
    object_release(&p->obj);   /* the service thread's reference */
}

static void *service_main(void *arg)
{
    struct epoll_event events[16];
    (void)arg;

    for (;;) {
        int n = epoll_wait(epoll_fd, events, 16, -1);
        for (int i = 0; i < n; i++) child_exited(events[i].data.ptr);
    }
    return NULL;
}

static void start_service(void)
{
    pthread_attr_t attr;
    pthread_t thread;
    sigset_t all, old;

    if ((epoll_fd = epoll_create1(EPOLL_CLOEXEC)) < 0) return;
    /* signals are for Windows threads, whose handlers expect a TEB */
    sigfillset(&all);
    pthread_sigmask(SIG_BLOCK, &all, &old);
    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    pthread_attr_setstacksize(&attr, 128 * 1024);
    if (pthread_create(&thread, &attr, service_main, NULL)) {
        close(epoll_fd);
        epoll_fd = -1;
    }
    pthread_attr_destroy(&attr);
    pthread_sigmask(SIG_SETMASK, &old, NULL);
}

/* ---- spawning ---- */

struct blob { char *data; size_t len, cap; BOOL failed; };

static void blob_add(struct blob *b, const void *p, size_t n)
{
    if (b->failed) return;
    if (b->len + n > b->cap) {
        size_t cap = (b->len + n) * 2;
        char *d = realloc(b->data, cap);
        if (!d) { b->failed = TRUE; return; }
        b->data = d;
        b->cap = cap;
    }
    memcpy(b->data + b->len, p, n);
    b->len += n;
}

static SIZE_T env_block_bytes(const WCHAR *env)
{
    const WCHAR *p = env;
    if (!*p) return 2 * sizeof(WCHAR);
    while (*p) p += wcs_len(p) + 1;
    return (p - env + 1) * sizeof(WCHAR);
}

/* The fd behind a std handle to give the child: SPAWN's, else our own. */
static int std_fd(const struct process_spawn *spawn, int i)
{
    RTL_USER_PROCESS_PARAMETERS *params = process.peb->ProcessParameters;
    HANDLE ours[3] = { params->StandardInput, params->StandardOutput, params->StandardError };
    HANDLE h = spawn->std[i] ? spawn->std[i] : ours[i];
    NTSTATUS status;
    int fd = h ? handle_to_fd(h, &status) : -1;
    return fd >= 0 ? fd : (!spawn->std[i] && fcntl(i, F_GETFD) >= 0 ? i : -1);
}

/* P (its fds set) becomes the object of the child PID, watched by the
 * service thread. */
static NTSTATUS watch_child(struct process_object *p, pid_t pid)
{
    struct epoll_event ev = { .events = EPOLLIN };

    object_init(&p->obj, OBJECT_PROCESS, &process_object_ops);
    p->pid = pid;
    p->create_time = time_now_filetime();
    if ((p->pidfd = (int)syscall(SYS_pidfd_open, pid, 0)) < 0) {
        if (p->foreign) return errno_to_status(errno);
        /* cannot watch it (a kernel before 5.3): do not leave it running unseen */
        kill(pid, SIGKILL);
        waitpid(pid, NULL, 0);
        return STATUS_NOT_SUPPORTED;
    }
    fcntl(p->pidfd, F_SETFD, FD_CLOEXEC);
    pthread_mutex_lock(&watched_lock);
    p->next = watched;
    watched = p;
    pthread_mutex_unlock(&watched_lock);
    ev.data.ptr = object_grab(&p->obj);
    epoll_ctl(epoll_fd, EPOLL_CTL_ADD, p->pidfd, &ev);
    return STATUS_SUCCESS;
}

static void default_sigattr(posix_spawnattr_t *attr)
{
    sigset_t none, all;
    sigemptyset(&none);
    sigfillset(&all);
    posix_spawnattr_init(attr);
    posix_spawnattr_setsigmask(attr, &none);
    posix_spawnattr_setsigdefault(attr, &all);
    posix_spawnattr_setflags(attr, POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);
}

/* A Unix program (the CRT's system() and _popen() run /bin/sh) with STD
 * as its fds 0-2 (NULL: closed); its exit code is the 8-bit status. */
NTSTATUS process_spawn_unix(const char *path, char *const argv[], const HANDLE std[3], HANDLE *process_handle)
{
    posix_spawn_file_actions_t actions;
    posix_spawnattr_t attr;
    struct process_object *p;
    NTSTATUS status = STATUS_SUCCESS;
    int std_dup[3] = { -1, -1, -1 }, err;
    pid_t pid;

    pthread_once(&service_once, start_service);
    if (epoll_fd < 0 || !(p = calloc(1, sizeof(*p)))) return STATUS_NO_MEMORY;
    p->pidfd = p->exit_fd = p->resume_fd = -1;
    p->resumed = TRUE;
    posix_spawn_file_actions_init(&actions);
    for (int i = 0; i < 3; i++) {
        int fd = std[i] ? handle_to_fd(std[i], &status) : -1;
        if (fd >= 0) std_dup[i] = fcntl(fd, F_DUPFD_CLOEXEC, 3);
        if (std_dup[i] >= 0) posix_spawn_file_actions_adddup2(&actions, std_dup[i], i);
        else posix_spawn_file_actions_addclose(&actions, i);
    }
    default_sigattr(&attr);
    err = posix_spawn(&pid, path, &actions, &attr, argv, environ);
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attr);
    for (int i = 0; i < 3; i++) if (std_dup[i] >= 0) close(std_dup[i]);
    if (err) status = errno_to_status(err);
    else if (!(status = watch_child(p, pid))) {
        if (!(*process_handle = handle_alloc(&p->obj))) {
            object_release(&p->obj);
            status = STATUS_NO_MEMORY;
        }
        return status;
    }
    free(p);
    return status;
}

NTSTATUS process_spawn(const struct process_spawn *spawn, HANDLE *process_handle, HANDLE *thread_handle,
                       DWORD *pid_out, DWORD *tid_out)
{
    HANDLE values[MAX_INHERITED];
    struct object *objs[MAX_INHERITED];
    struct startup_handle entries[MAX_INHERITED];
    int std_dup[3] = { -1, -1, -1 }, exit_pipe[2] = { -1, -1 }, resume_pipe[2] = { -1, -1 }, memfd = -1;
    unsigned int count = 0, used = 0;
    struct startup_header h;
    struct blob b = { 0 };
    struct process_object *p = NULL;
    struct child_thread *t = NULL;
    posix_spawn_file_actions_t actions;
    posix_spawnattr_t attr;
    char self_exe[PATH_MAX], fd_arg[16], *unix_cwd = NULL;
    NTSTATUS status = STATUS_SUCCESS;
    ssize_t n;
    pid_t pid;
    int err;

    pthread_once(&service_once, start_service);
    if (epoll_fd < 0) return STATUS_NO_MEMORY;
    if ((n = readlink("/proc/self/exe", self_exe, sizeof(self_exe) - 1)) <= 0) return STATUS_OBJECT_NAME_NOT_FOUND;
    self_exe[n] = 0;
    if (spawn->dos_cwd && path_dos_to_unix(spawn->dos_cwd, &unix_cwd)) return STATUS_OBJECT_PATH_NOT_FOUND;

    if (spawn->inherit) count = handle_list_inheritable(OBJECT_FILE, values, objs, MAX_INHERITED);
    memset(entries, 0, sizeof(entries));
    for (unsigned int i = 0; i < count; i++) {
        struct file_object *file = (struct file_object *)objs[i];
        int fd = file->fd >= 0 ? fcntl(file->fd, F_DUPFD_CLOEXEC, 3) : -1;
        if (fd >= 0) {
            entries[used].value = (ULONG_PTR)values[i];
            entries[used].fd = fd;
            entries[used].access = file->access;
            entries[used].options = file->options;
            named_pipe_describe(objs[i], &entries[used].pipe);   /* fd2 -1 for any other file */
            used++;
        }
        object_release(objs[i]);
    }
    if (spawn->inherit) used = shared_add_inheritable(entries, used, MAX_INHERITED);
    for (int i = 0; i < 3; i++) {
        int fd = std_fd(spawn, i);
        if (fd >= 0) std_dup[i] = fcntl(fd, F_DUPFD_CLOEXEC, 3);
    }
    if (pipe2(exit_pipe, O_CLOEXEC) || (spawn->suspended && pipe2(resume_pipe, O_CLOEXEC)) ||
        (memfd = memfd_create("winrun-startup", MFD_CLOEXEC)) < 0) {
        status = errno_to_status(errno);
        goto done;
    }

    memset(&h, 0, sizeof(h));
    h.magic = STARTUP_MAGIC;
    h.exit_fd = exit_pipe[1];
    h.resume_fd = resume_pipe[0];
    h.cmdline_chars = (UINT)wcs_len(spawn->cmdline);
    h.env_bytes = (UINT)env_block_bytes(spawn->env ? spawn->env : process.peb->ProcessParameters->Environment);
    h.cwd_chars = spawn->dos_cwd ? (UINT)wcs_len(spawn->dos_cwd) : 0;
    h.handle_count = used;
    for (int i = 0; i < 3; i++) h.std[i] = (ULONG_PTR)spawn->std[i];
    blob_add(&b, &h, sizeof(h));
    blob_add(&b, entries, used * sizeof(*entries));
    blob_add(&b, spawn->cmdline, h.cmdline_chars * sizeof(WCHAR));
    RtlAcquirePebLock();
    blob_add(&b, spawn->env ? spawn->env : process.peb->ProcessParameters->Environment, h.env_bytes);
    RtlReleasePebLock();
    if (spawn->dos_cwd) blob_add(&b, spawn->dos_cwd, h.cwd_chars * sizeof(WCHAR));
    if (b.failed || write(memfd, b.data, b.len) != (ssize_t)b.len || lseek(memfd, 0, SEEK_SET)) {
        status = STATUS_NO_MEMORY;
        goto done;
    }

    if (!(p = calloc(1, sizeof(*p))) || (thread_handle && !(t = calloc(1, sizeof(*t))))) {
        status = STATUS_NO_MEMORY;
        goto done;
    }
    p->pidfd = p->exit_fd = p->resume_fd = -1;

    posix_spawn_file_actions_init(&actions);
    for (int i = 0; i < 3; i++)
        if (std_dup[i] >= 0) posix_spawn_file_actions_adddup2(&actions, std_dup[i], i);
        else posix_spawn_file_actions_addclose(&actions, i);
    /* dup2 onto itself clears close-on-exec (glibc >= 2.29) */
    for (unsigned int i = 0; i < used; i++) {
        if (entries[i].fd >= 0) posix_spawn_file_actions_adddup2(&actions, entries[i].fd, entries[i].fd);
        if (entries[i].options != STARTUP_SHARED_HANDLE && entries[i].pipe.fd2 >= 0)
            posix_spawn_file_actions_adddup2(&actions, entries[i].pipe.fd2, entries[i].pipe.fd2);
    }
    posix_spawn_file_actions_adddup2(&actions, memfd, memfd);
    posix_spawn_file_actions_adddup2(&actions, exit_pipe[1], exit_pipe[1]);
    if (resume_pipe[0] >= 0) posix_spawn_file_actions_adddup2(&actions, resume_pipe[0], resume_pipe[0]);
    if (unix_cwd) posix_spawn_file_actions_addchdir_np(&actions, unix_cwd);
    default_sigattr(&attr);
    snprintf(fd_arg, sizeof(fd_arg), "%d", memfd);
    {
        /* "--breakaway" only marks the child for job.c, which reads /proc/PID/cmdline */
        char *argv[] = { self_exe, (char *)"--prefix", (char *)process.prefix, (char *)"--startup-fd", fd_arg,
                         (char *)(spawn->breakaway ? "--breakaway" : "--"), (char *)"--", (char *)spawn->unix_exe, NULL };
        if (!spawn->breakaway) memmove(argv + 5, argv + 6, 3 * sizeof(*argv));
        err = posix_spawn(&pid, self_exe, &actions, &attr, argv, environ);
    }
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attr);
    if (err) {
        status = errno_to_status(err);
        goto done;
    }

    p->exit_fd = exit_pipe[0];
    exit_pipe[0] = -1;
    p->resume_fd = resume_pipe[1];
    resume_pipe[1] = -1;
    p->resumed = !spawn->suspended;
    if ((status = watch_child(p, pid))) goto done;
    if (t) {
        object_init(&t->obj, OBJECT_CHILD_THREAD, &child_thread_ops);
        t->process = (struct process_object *)object_grab(&p->obj);
        if (!(*thread_handle = handle_alloc(&t->obj))) object_release(&t->obj);
        t = NULL;
    }
    if (!(*process_handle = handle_alloc(&p->obj))) {
        object_release(&p->obj);
        status = STATUS_NO_MEMORY;
    }
    p = NULL;
    if (pid_out) *pid_out = win_pid(pid);
    if (tid_out) *tid_out = win_tid(pid);   /* a Linux main thread's id is its pid */

done:
    if (p) {   /* not handed over: a failure */
        close_fd(&p->exit_fd);
        close_fd(&p->resume_fd);
        free(p);
    }
    free(t);
    free(b.data);
    free(unix_cwd);
    for (unsigned int i = 0; i < used; i++) {
        if (entries[i].options == STARTUP_SHARED_HANDLE) continue;
        close(entries[i].fd);
        if (entries[i].pipe.fd2 >= 0) close(entries[i].pipe.fd2);
    }
    for (int i = 0; i < 3; i++) if (std_dup[i] >= 0) close(std_dup[i]);
    for (int i = 0; i < 2; i++) {
        if (exit_pipe[i] >= 0) close(exit_pipe[i]);
        if (resume_pipe[i] >= 0) close(resume_pipe[i]);
    }
    if (memfd >= 0) close(memfd);
    return status;
}

/* ---- queries ---- */

/* The process behind HANDLE and what the handle may do (all, but for
 * an OpenProcess handle). */
static struct process_object *process_from_handle_access(HANDLE handle, DWORD *access)
{
    struct object *obj;

    *access = PROCESS_ALL_ACCESS;
    if (handle == NtCurrentProcess()) return (struct process_object *)object_grab(&self.obj);
    if (!(obj = handle_get(handle, OBJECT_PROCESS))) return NULL;
    if (obj->ops == &process_view_ops) {
        struct process_view *view = (struct process_view *)obj;
        struct process_object *p = (struct process_object *)object_grab(&view->process->obj);
        *access = view->access;
        object_release(obj);
        return p;
    }
    return (struct process_object *)obj;
}

static struct process_object *process_from_handle(HANDLE handle)
{
    DWORD access;
    return process_from_handle_access(handle, &access);
}

NTSTATUS process_check_access(HANDLE handle, DWORD needed)
{
    DWORD access;
    struct process_object *p = process_from_handle_access(handle, &access);
    if (!p) return STATUS_INVALID_HANDLE;
    object_release(&p->obj);
    /* the query rights: either one will do */
    if (needed & PROCESS_QUERY_LIMITED_INFORMATION) {
        if (!(access & PROCESS_QUERY_LIMITED_INFORMATION)) return STATUS_ACCESS_DENIED;
        needed &= ~PROCESS_QUERY_LIMITED_INFORMATION;
    }
    return (access & needed) == needed ? STATUS_SUCCESS : STATUS_ACCESS_DENIED;
}

NTSTATUS process_get_exit_code(HANDLE handle, DWORD *code)
{
    DWORD access;
    struct process_object *p = process_from_handle_access(handle, &access);
    if (!p) return STATUS_INVALID_HANDLE;
    if (!(access & PROCESS_QUERY_LIMITED_INFORMATION)) {
        object_release(&p->obj);
        return STATUS_ACCESS_DENIED;
    }
    wait_lock();
    *code = p->exited ? p->exit_code : STILL_ACTIVE;
    wait_unlock();
    object_release(&p->obj);
    return STATUS_SUCCESS;
}

NTSTATUS process_get_id(HANDLE handle, DWORD *pid)
{
    struct process_object *p = process_from_handle(handle);
    if (!p) return STATUS_INVALID_HANDLE;
    *pid = win_pid(p->pid ? p->pid : getpid());
    object_release(&p->obj);
    return STATUS_SUCCESS;
}

NTSTATUS process_get_times(HANDLE handle, int *unix_pid, LONGLONG *create, LONGLONG *exit_time)
{
    struct process_object *p = process_from_handle(handle);
    if (!p) return STATUS_INVALID_HANDLE;
    wait_lock();
    *unix_pid = p->pid;
    *create = p->create_time;
    *exit_time = p->exited ? p->exit_time : 0;
    wait_unlock();
    object_release(&p->obj);
    return STATUS_SUCCESS;
}

/* A new reference to the watched process UNIX_PID, if its object lives. */
static struct process_object *find_watched(int unix_pid)
{
    struct process_object *p;

    pthread_mutex_lock(&watched_lock);
    for (p = watched; p; p = p->next) {
        int refs = __atomic_load_n(&p->obj.refcount, __ATOMIC_RELAXED);
        /* one being destroyed (no reference left) waits for our unlock */
        if (p->pid != unix_pid) continue;
        while (refs && !__atomic_compare_exchange_n(&p->obj.refcount, &refs, refs + 1, FALSE, __ATOMIC_ACQUIRE, __ATOMIC_RELAXED));
        if (refs) break;
    }
    pthread_mutex_unlock(&watched_lock);
    return p;
}

/* The object of the process UNIX_PID (a new reference): ourselves; a
 * child (the object CreateProcess made, with its full exit code); any
 * other live process through a pidfd, whose exit code is the one it
 * reported to the server (see child_exited). */
static NTSTATUS process_object_for(int unix_pid, struct process_object **out)
{
    struct process_object *p;

    if (unix_pid == getpid()) p = (struct process_object *)object_grab(&self.obj);
    else if (!(p = find_watched(unix_pid))) {
        pthread_once(&service_once, start_service);
        if (epoll_fd < 0 || !(p = calloc(1, sizeof(*p)))) return STATUS_NO_MEMORY;
        if (kill(unix_pid, 0) && errno == ESRCH) {
            free(p);
            return STATUS_INVALID_PARAMETER;   /* as Windows answers for an id it does not know */
        }
        p->exit_fd = p->resume_fd = -1;
        p->resumed = TRUE;
        p->foreign = TRUE;
        /* interest first, so the server runs (and keeps the code it is
         * told) before the process could end; then the pidfd */
        p->start_ticks = proc_start_ticks(unix_pid);
        {
            struct process_exit_request request = { { sizeof(request), REQ_PROCESS_WATCH, 0, 0, 0 }, 0, unix_pid, p->start_ticks };
            struct process_exit_reply reply;
            server_call(&request, NULL, &reply, sizeof(reply), NULL);
        }
        if (watch_child(p, unix_pid)) {
            struct process_exit_request request = { { sizeof(request), REQ_PROCESS_UNWATCH, 0, 0, 0 }, 0, unix_pid, p->start_ticks };
            struct process_exit_reply reply;
            server_call(&request, NULL, &reply, sizeof(reply), NULL);
            free(p);
            return STATUS_INVALID_PARAMETER;
        }
        p->create_time = 0;   /* proctimes.c reads it from /proc */
    }
    *out = p;
    return STATUS_SUCCESS;
}

NTSTATUS process_open(DWORD id, DWORD access, HANDLE *handle)
{
    struct process_object *p;
    struct process_view *view;
    NTSTATUS status;
    int unix_pid = (int)(id / 4);

    if (!id || (id & 3) || unix_pid <= 0) return STATUS_INVALID_PARAMETER;
    if ((status = process_object_for(unix_pid, &p))) return status;
    if (!(view = calloc(1, sizeof(*view)))) {
        object_release(&p->obj);
        return STATUS_NO_MEMORY;
    }
    object_init(&view->obj, OBJECT_PROCESS, &process_view_ops);
    view->process = p;
    view->access = process_access(access);
    if (!(*handle = handle_alloc(&view->obj))) {
        object_release(&view->obj);
        return STATUS_NO_MEMORY;
    }
    return STATUS_SUCCESS;
}

/* NtOpenThread of another process's main thread (its id is the process's
 * Unix pid): a child-thread object of that process. */
NTSTATUS process_open_main_thread(DWORD tid, HANDLE *handle)
{
    char path[64], buf[512], *line;
    struct process_object *p;
    struct child_thread *t;
    NTSTATUS status;
    int unix_tid = (int)(tid / 4) - (1 << 22), fd, tgid = 0;
    ssize_t n;

    if ((tid & 3) || unix_tid <= 0) return STATUS_INVALID_CID;
    snprintf(path, sizeof(path), "/proc/%d/status", unix_tid);
    if ((fd = open(path, O_RDONLY | O_CLOEXEC)) < 0) return STATUS_INVALID_CID;
    n = read(fd, buf, sizeof(buf) - 1);
    close(fd);
    buf[n > 0 ? n : 0] = 0;
    if ((line = strstr(buf, "\nTgid:"))) tgid = atoi(line + 6);
    if (tgid != unix_tid) return STATUS_INVALID_CID;   /* not a main thread (see NtOpenThread) */
    if ((status = process_object_for(unix_tid, &p))) return status == STATUS_INVALID_PARAMETER ? STATUS_INVALID_CID : status;
    if (!(t = calloc(1, sizeof(*t)))) {
        object_release(&p->obj);
        return STATUS_NO_MEMORY;
    }
    object_init(&t->obj, OBJECT_CHILD_THREAD, &child_thread_ops);
    t->process = p;
    if (!(*handle = handle_alloc(&t->obj))) {
        object_release(&t->obj);
        return STATUS_NO_MEMORY;
    }
    return STATUS_SUCCESS;
}

/* NtTerminateProcess on a child: SIGKILL, and CODE as its exit code. */
NTSTATUS process_terminate_child(HANDLE handle, UINT code)
{
    DWORD access;
    struct process_object *p = process_from_handle_access(handle, &access);
    NTSTATUS status = STATUS_SUCCESS;

    if (!p) return STATUS_INVALID_HANDLE;
    if (!(access & PROCESS_TERMINATE)) {
        object_release(&p->obj);
        return STATUS_ACCESS_DENIED;
    }
    if (!p->pid) {
        object_release(&p->obj);
        return STATUS_NOT_SUPPORTED;   /* a handle to ourselves: the caller exits */
    }
    /* others that opened it learn the code from the server (which runs
     * while they hold it); told before the kill, so it is there first */
    if (!p->exited && (p->foreign || server_connected()))
        report_code(p->pid, p->foreign ? p->start_ticks : proc_start_ticks(p->pid), code, FALSE);
    wait_lock();
    if (p->exited) status = STATUS_ACCESS_DENIED;   /* as Windows answers for a finished process */
    else if (!p->terminated) {
        p->terminated = TRUE;
        p->terminate_code = code;
        if (syscall(SYS_pidfd_send_signal, p->pidfd, SIGKILL, NULL, 0)) status = errno_to_status(errno);
    }
    wait_unlock();
    object_release(&p->obj);
    return status;
}

NTSTATUS process_resume_child_thread(HANDLE handle, ULONG *prev)
{
    struct child_thread *t = (struct child_thread *)handle_get(handle, OBJECT_CHILD_THREAD);
    struct process_object *p;
    char c = 1;

    if (!t) return STATUS_INVALID_HANDLE;
    p = t->process;
    wait_lock();
    if (prev) *prev = p->resumed ? 0 : 1;
    if (!p->resumed) {
        p->resumed = TRUE;
        if (p->resume_fd >= 0 && write(p->resume_fd, &c, 1) != 1) { /* the child is gone: nothing to resume */ }
        close_fd(&p->resume_fd);
    }
    wait_unlock();
    object_release(&t->obj);
    return STATUS_SUCCESS;
}

/* ThreadBasicInformation of a child's main thread: its ids and, once the
 * process has ended, its exit code. */
NTSTATUS process_child_thread_info(HANDLE handle, THREAD_BASIC_INFORMATION *info)
{
    struct child_thread *t = (struct child_thread *)handle_get(handle, OBJECT_CHILD_THREAD);
    struct process_object *p;

    if (!t) return STATUS_INVALID_HANDLE;
    p = t->process;
    memset(info, 0, sizeof(*info));
    wait_lock();
    info->ExitStatus = p->exited ? (NTSTATUS)p->exit_code : STATUS_PENDING;
    wait_unlock();
    info->ClientId.UniqueProcess = (HANDLE)(ULONG_PTR)win_pid(p->pid);
    info->ClientId.UniqueThread = (HANDLE)(ULONG_PTR)win_tid(p->pid);
    info->BasePriority = 0;
    info->Priority = 8;
    object_release(&t->obj);
    return STATUS_SUCCESS;
}

void process_mark_killed(int unix_pid, UINT code)
{
    struct process_object *p = find_watched(unix_pid);
    if (!p) return;
    wait_lock();
    if (!p->exited && !p->terminated) {
        p->terminated = TRUE;
        p->terminate_code = code;
    }
    wait_unlock();
    object_release(&p->obj);
}
