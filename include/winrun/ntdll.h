/*
 * winrun's private interface to ntdll.dll.so: what the `winrun` executable
 * calls to start a process, and the internals (objects, handles, paths,
 * loader, errors) that kernel32 and the other builtins build on. Never seen
 * by Windows programs; names are our own snake_case.
 */
#ifndef WINRUN_NTDLL_H
#define WINRUN_NTDLL_H

#include "winternl.h"
#include "winrun/unicode.h"

/* 1970-01-01 as a FILETIME: 100 ns intervals since 1601-01-01 UTC */
#define TICKS_1601_TO_1970 116444736000000000LL

/* ---- start-up (loader/main.c -> ntdll) ---- */
struct winrun_start_info {
    int argc;                 /* argv[0] is the exe as the user named it */
    char **argv;
    const char *exe_path;     /* absolute Unix path of the exe */
    const char *prefix;       /* absolute Unix path of the prefix */
    const char *libdir;       /* directory holding the builtin NAME.dll.so */
    int startup_fd;           /* -1, or the fd a parent passed (--startup-fd, process.c) */
};
/* Maps the exe and its DLLs and runs it; returns only on failure, with the
 * exit code to use (the reason already printed as one "winrun: " line). */
DECLSPEC_EXPORT int __winrun_start(const struct winrun_start_info *info);

/* ---- errors ---- */
/* Prints "winrun: <message>\n" to stderr in one write. */
DECLSPEC_EXPORT void winrun_error(const char *format, ...) __attribute__((format(printf, 1, 2)));
DECLSPEC_EXPORT NTSTATUS errno_to_status(int err);
/* Sets the thread's last error from STATUS (RtlNtStatusToDosError) and
 * returns FALSE when it is an error: the one funnel at the Win32 edge. */
DECLSPEC_EXPORT BOOL set_status_error(NTSTATUS status);
/* Called by generated stubs of unimplemented exports; never returns. */
DECLSPEC_EXPORT void __winrun_unimplemented(const char *name, void *return_address)
    __attribute__((noreturn));

/* The domain part D1..D3 of the user's SID S-1-5-21-D1-D2-D3-(1000 + uid),
 * hashed from /etc/machine-id (dlls/ntdll/registry.c): advapi32's tokens
 * and ntdll's \Registry\User\<SID> agree on it. */
DECLSPEC_EXPORT void machine_sid_domain(DWORD domain[3]);
/* HANDLE's queries, enumeration and information show TOP merged over it
 * (advapi32's HKEY_CLASSES_ROOT; dlls/ntdll/registry.c). */
DECLSPEC_EXPORT NTSTATUS registry_merge_keys(HANDLE handle, HANDLE top);

/* ---- objects and handles ---- */
enum object_type { OBJECT_FILE = 1, OBJECT_THREAD, OBJECT_EVENT, OBJECT_PROCESS, OBJECT_MUTANT, OBJECT_SEMAPHORE,
                  OBJECT_TOKEN, OBJECT_KEY, OBJECT_TIMER, OBJECT_COMPLETION, OBJECT_SECTION,
                  OBJECT_CHILD_THREAD /* a child process's main thread, seen from its parent */,
                  OBJECT_JOB };

struct object;
struct shared_sync;
struct object_ops {
    void (*destroy)(struct object *obj);       /* last reference gone */
    /* Waitable objects (dlls/ntdll/wait.c), called with the wait lock held.
     * An object without `signaled` counts as always signalled, as a file
     * without pending I/O is on Windows. */
    BOOL (*signaled)(struct object *obj, DWORD tid);     /* could TID's wait end now? */
    BOOL (*satisfy)(struct object *obj, DWORD tid);      /* consume it; TRUE if abandoned */
    NTSTATUS (*signal)(struct object *obj, DWORD tid);   /* SignalObjectAndWait's first half */
    /* Optional: the last handle is closed though references remain (a
     * completion port then wakes its waiters). */
    void (*last_handle_closed)(struct object *obj);
    /* Optional, under the wait lock and S's lock: an in-process sync
     * object's state copied into a shared slot (dlls/ntdll/shared.c
     * promotes it when it must cross a process boundary). */
    void (*share)(struct object *obj, struct shared_sync *s);
};
struct object {
    enum object_type type;
    int refcount;                               /* atomic */
    const struct object_ops *ops;
    int handle_count;                           /* atomic; kept by handle.c */
};
struct file_object {
    struct object obj;
    int fd;
    DWORD access;
    DWORD options;
};

DECLSPEC_EXPORT void object_init(struct object *obj, enum object_type type, const struct object_ops *ops);
DECLSPEC_EXPORT struct object *object_grab(struct object *obj);
DECLSPEC_EXPORT void object_release(struct object *obj);
/* Inserts OBJ (taking over the caller's reference) and returns its handle,
 * or NULL when the table is full. */
DECLSPEC_EXPORT HANDLE handle_alloc(struct object *obj);
/* Returns a new reference to the object behind H if it has TYPE (0: any);
 * NULL otherwise. */
DECLSPEC_EXPORT struct object *handle_get(HANDLE h, enum object_type type);
DECLSPEC_EXPORT NTSTATUS handle_close(HANDLE h);
/* A file object around FD, which it then owns. */
DECLSPEC_EXPORT struct file_object *file_object_create(int fd, DWORD access, DWORD options);
/* Per-handle flags, Windows' HANDLE_FLAG_INHERIT (1) and
 * HANDLE_FLAG_PROTECT_FROM_CLOSE (2). */
DECLSPEC_EXPORT NTSTATUS handle_get_flags(HANDLE h, DWORD *flags);
DECLSPEC_EXPORT NTSTATUS handle_set_flags(HANDLE h, DWORD mask, DWORD flags);
/* fd of a file handle (including std handles), or -1 with STATUS in *status */
DECLSPEC_EXPORT int handle_to_fd(HANDLE h, NTSTATUS *status);

/* ---- named pipes (dlls/ntdll/namedpipe.c): NAME is what follows
 * "\\.\pipe\"; ACCESS and OPTIONS as for a file object ---- */
struct named_pipe_info {
    BOOL server_end, message, read_message;
    DWORD max_instances, out_size, in_size;
};
DECLSPEC_EXPORT NTSTATUS named_pipe_create(const WCHAR *name, DWORD access, DWORD options, BOOL message,
                                           BOOL read_message, DWORD max_instances, BOOL first_instance,
                                           DWORD out_size, DWORD in_size, HANDLE *handle);
DECLSPEC_EXPORT NTSTATUS named_pipe_open(const WCHAR *name, DWORD access, DWORD options, HANDLE *handle);
/* STATUS_SUCCESS if an instance is free to open, else as named_pipe_open fails */
DECLSPEC_EXPORT NTSTATUS named_pipe_query(const WCHAR *name);
DECLSPEC_EXPORT NTSTATUS named_pipe_listen(HANDLE handle, HANDLE event, IO_STATUS_BLOCK *io);
DECLSPEC_EXPORT NTSTATUS named_pipe_disconnect(HANDLE handle);
DECLSPEC_EXPORT NTSTATUS named_pipe_get_info(HANDLE handle, struct named_pipe_info *info);
DECLSPEC_EXPORT NTSTATUS named_pipe_set_read_mode(HANDLE handle, BOOL read_message);
DECLSPEC_EXPORT NTSTATUS named_pipe_get_instances(HANDLE handle, DWORD *instances);
/* STATUS_OBJECT_TYPE_MISMATCH when HANDLE is not a message pipe */
DECLSPEC_EXPORT NTSTATUS named_pipe_peek(HANDLE handle, void *buffer, DWORD size, DWORD *copied, DWORD *avail,
                                         DWORD *left);
/* NtReadFile/NtWriteFile's part: STATUS_OBJECT_TYPE_MISMATCH when FILE
 * is not one (read: not a message pipe); the caller keeps its reference */
NTSTATUS named_pipe_read(struct file_object *file, void *buffer, ULONG length, ULONG_PTR *done);
NTSTATUS named_pipe_write(struct file_object *file, const void *buffer, ULONG length, ULONG_PTR *done);

/* ---- job objects (dlls/ntdll/job.c) ---- */
struct job_counts {
    DWORD total, active;
    DWORD pid_count;            /* ids written to the caller's array */
    ULONGLONG user, kernel;     /* the members' times, 100 ns units */
};
/* NAME: the NT name (NULL: unnamed); OPEN_ONLY: OpenJobObject;
 * STATUS_OBJECT_NAME_EXISTS with the handle when the name was there */
DECLSPEC_EXPORT NTSTATUS job_create(const UNICODE_STRING *name, BOOL open_only, HANDLE *handle);
/* STATUS_ACCESS_DENIED when a job of ours holding us refuses breakaway */
DECLSPEC_EXPORT NTSTATUS job_check_breakaway(void);
DECLSPEC_EXPORT NTSTATUS job_assign(HANDLE job, HANDLE process);
DECLSPEC_EXPORT NTSTATUS job_set_limit_flags(HANDLE job, DWORD flags);
DECLSPEC_EXPORT NTSTATUS job_get_limit_flags(HANDLE job, DWORD *flags);
DECLSPEC_EXPORT NTSTATUS job_terminate(HANDLE job, UINT code);
/* counts, and up to MAX Windows ids of the live members into PIDS */
DECLSPEC_EXPORT NTSTATUS job_query(HANDLE job, struct job_counts *counts, ULONG_PTR *pids, DWORD max);
/* is PROCESS in JOB (NULL: in any job this process made)? */
DECLSPEC_EXPORT NTSTATUS job_contains(HANDLE job, HANDLE process, BOOL *result);

/* ---- paths ---- */
/* "C:\a\b" or "\\?\C:\a" -> malloc'ed Unix path, NULL when unmappable. */
DECLSPEC_EXPORT char *dos_to_unix_path(const WCHAR *dos);
/* absolute Unix path -> malloc'ed "C:\..." or "Z:\..." */
DECLSPEC_EXPORT WCHAR *unix_to_dos_path(const char *unix_path);
/* NAME made absolute as GetFullPathName does (dlls/ntdll/path.c);
 * malloc'ed, NULL with *status on failure. "\\?\" names stay literal. */
DECLSPEC_EXPORT WCHAR *path_full_dos(const WCHAR *name, NTSTATUS *status);
/* DOS name -> malloc'ed Unix path, missing components matched without
 * regard to case. STATUS_SUCCESS: it exists; STATUS_OBJECT_NAME_NOT_FOUND:
 * all but the last component exist (*unix_path names the one to create);
 * else STATUS_OBJECT_PATH_NOT_FOUND, _NAME_INVALID, ... and NULL. */
DECLSPEC_EXPORT NTSTATUS path_dos_to_unix(const WCHAR *dos, char **unix_path);
/* The view of the builtin DLLs in C:\windows\system32 (dlls/ntdll/system32.c):
 * the file behind NAME in the Unix directory DIR when that is the prefix's
 * system32 and NAME a builtin (malloc'ed, else NULL); whether UNIX_PATH is
 * one of those read-only files; the view's names for DIR, a NULL-terminated
 * array in one malloc'ed block (NULL when DIR shows none). */
DECLSPEC_EXPORT char *path_view_file(const char *dir, const char *name);
DECLSPEC_EXPORT int path_in_view(const char *unix_path);
DECLSPEC_EXPORT char **path_view_list(const char *dir);

/* ---- open files (dlls/ntdll/file.c) ---- */
/* Would an open of the file ST with ACCESS and SHARE (FILE_SHARE_*) clash
 * with this process's opens? STATUS_SHARING_VIOLATION, STATUS_DELETE_PENDING
 * or STATUS_SUCCESS. Used before deleting or renaming by name. */
DECLSPEC_EXPORT NTSTATUS file_check_share(const void *unix_stat, DWORD access, DWORD share);
/* FileDispositionInformation: delete when the last handle closes. */
DECLSPEC_EXPORT NTSTATUS file_set_delete_pending(HANDLE handle, BOOL pending);
/* Full DOS name the file was opened by (malloc'ed), NULL for other handles. */
DECLSPEC_EXPORT WCHAR *file_dos_name(HANDLE handle);
/* Byte-range locks, owned by the handle's file object (LockFileEx). */
DECLSPEC_EXPORT NTSTATUS file_lock(HANDLE handle, ULONGLONG offset, ULONGLONG length, BOOL exclusive, BOOL wait);
DECLSPEC_EXPORT NTSTATUS file_unlock(HANDLE handle, ULONGLONG offset, ULONGLONG length);

/* ---- loader ---- */
DECLSPEC_EXPORT PLDR_DATA_TABLE_ENTRY module_from_address(const void *addr);
DECLSPEC_EXPORT PLDR_DATA_TABLE_ENTRY module_from_handle(HMODULE module);
DECLSPEC_EXPORT const WCHAR *exe_directory(void);   /* "Z:\dir" of the exe, no trailing \ */

/* ---- process ---- */
DECLSPEC_EXPORT void process_exit(UINT code) __attribute__((noreturn));

/* ---- child processes (dlls/ntdll/process.c) ---- */
struct process_spawn {
    const char *unix_exe;        /* the exe to run */
    const WCHAR *cmdline;        /* exactly what the child's GetCommandLineW returns */
    const WCHAR *env;            /* UTF-16 block ending in two NULs; NULL: ours */
    const WCHAR *dos_cwd;        /* NULL: ours */
    HANDLE std[3];               /* NULL: our own std handles */
    BOOL inherit;                /* pass the inheritable file handles */
    BOOL suspended;              /* the child waits before its DLLs and entry point */
    BOOL breakaway;              /* CREATE_BREAKAWAY_FROM_JOB */
};
/* Starts another winrun process; handles to it and its main thread. */
DECLSPEC_EXPORT NTSTATUS process_spawn(const struct process_spawn *spawn, HANDLE *process, HANDLE *thread,
                                       DWORD *pid, DWORD *tid);
/* A Unix program with STD as its fds 0-2 (NULL: closed); the exit code is
 * its 8-bit status. For the CRT's system() and _popen() over /bin/sh. */
DECLSPEC_EXPORT NTSTATUS process_spawn_unix(const char *path, char *const argv[], const HANDLE std[3],
                                            HANDLE *process);
/* STILL_ACTIVE (0x103) while running. */
DECLSPEC_EXPORT NTSTATUS process_get_exit_code(HANDLE process, DWORD *code);
DECLSPEC_EXPORT NTSTATUS process_get_id(HANDLE process, DWORD *pid);
/* Unix pid (0 for ourselves) and start/exit times as FILETIMEs (0 if unknown) */
DECLSPEC_EXPORT NTSTATUS process_get_times(HANDLE process, int *unix_pid, LONGLONG *create, LONGLONG *exit_time);
/* OpenProcess by Windows id: STATUS_INVALID_PARAMETER for no such process */
DECLSPEC_EXPORT NTSTATUS process_open(DWORD id, DWORD access, HANDLE *handle);
/* STATUS_ACCESS_DENIED unless HANDLE's rights hold NEEDED (either query right for PROCESS_QUERY_LIMITED_INFORMATION) */
DECLSPEC_EXPORT NTSTATUS process_check_access(HANDLE process, DWORD needed);

/* ---- winrun's own per-thread data, in the TEB's SystemReserved1 ---- */

/*
 * A region of builtin code that Windows runs under __try inside the API
 * (lstrlenA, IsBadReadPtr...): an access violation there, not handled by a
 * vectored handler, resumes at the guard instead of reaching the program.
 *
 *     struct winrun_guard g;
 *     if (__builtin_setjmp(g.jmp)) return 0;     (faulted; the guard is gone)
 *     winrun_guard_push(&g);
 *     touch_memory(...);                          (a call: see below)
 *     winrun_guard_pop(&g);
 *
 * The memory must be touched inside a function call (not inlined): gcc
 * knows that only calls can come back to a setjmp point, so a fault in
 * inline code would resume in code compiled as if that could not happen.
 */
struct winrun_guard {
    struct winrun_guard *prev;
    void *jmp[5];
};
/* The bottom of every Windows stack: a no-access page, then this much
 * PAGE_GUARD zone (32 KiB) whose first touch raises EXCEPTION_STACK_OVERFLOW and
 * leaves it usable to handle it; msvcrt's _resetstkoflw guards it again. */
#define WINRUN_STACK_GUARD_SIZE 0x8000

#define TEB_GUARDS(teb) (*(struct winrun_guard **)&(teb)->SystemReserved1[0])
#define TEB_THREAD_INDEX(teb) ((teb)->SystemReserved1[1])
#define TEB_DISPATCHES(teb) ((teb)->SystemReserved1[2])   /* exception.c: dispatches under way */

static inline void winrun_guard_push(struct winrun_guard *g)
{
    TEB *teb = NtCurrentTeb();
    g->prev = TEB_GUARDS(teb);
    __atomic_store_n(&TEB_GUARDS(teb), g, __ATOMIC_RELEASE);
}

static inline void winrun_guard_pop(struct winrun_guard *g)
{
    __atomic_store_n(&TEB_GUARDS(NtCurrentTeb()), g->prev, __ATOMIC_RELEASE);
}

/* The above in one statement: runs BODY (which must not return, and must
 * touch memory only in calls) so that a fault in it makes the enclosing
 * function return FAILURE. */
#define WINRUN_GUARDED(failure, body) do { \
        struct winrun_guard guard_; \
        if (__builtin_setjmp(guard_.jmp)) return failure; \
        winrun_guard_push(&guard_); \
        body; \
        winrun_guard_pop(&guard_); \
    } while (0)

#endif
