/*
 * Declarations shared between ntdll's own source files.
 */
#ifndef WINRUN_NTDLL_PRIVATE_H
#define WINRUN_NTDLL_PRIVATE_H

#include <pthread.h>
#include <signal.h>
#include "winrun/ntdll.h"
#include "ntstatus.h"
#include "pe.h"
#include "winrun/protocol.h"

/* Per-process state set once at start-up, read-only afterwards. */
struct process_globals {
    PEB *peb;
    const char *prefix;          /* Unix path of the prefix */
    const char *libdir;          /* builtin DLL directory */
    char *drive_c;               /* realpath of prefix/drive_c */
    WCHAR *exe_dir;              /* "Z:\dir" */
};
extern struct process_globals process;

/* exception.c */
void exception_init(void);

/* config.c: the prefix's winrun.conf (docs/prefix.md), read at start-up */
enum dll_order { DLL_BUILTIN_NATIVE, DLL_NATIVE_BUILTIN, DLL_BUILTIN, DLL_NATIVE, DLL_DISABLED };
int config_load(const char *prefix, const char *exe_name);
const char *config_get(const char *section, const char *key);
void config_for_each(const char *section, void (*func)(const char *key, const char *value, void *ctx), void *ctx);
int config_apply_version(PEB *peb);
void config_apply_drives(const char *prefix);
enum dll_order config_dll_order(const char *name);

/* debug.c */
void debug_init(void);

/* Windows ids are multiples of 4, and a process id never equals a thread
 * id. Linux pid_max is at most 2^22, so thread ids are put above 2^24. */
static inline DWORD win_pid(int unix_pid) { return (DWORD)unix_pid * 4; }
static inline DWORD win_tid(int unix_tid) { return ((DWORD)unix_tid + (1u << 22)) * 4; }

/* handle.c */
NTSTATUS handle_insert_at(HANDLE h, struct object *obj, DWORD flags);
unsigned int handle_list_inheritable(enum object_type type, HANDLE *values, struct object **objs, unsigned int max);

/* process.c: what a parent passed its child (--startup-fd) */
/* a named pipe's nature, for a child inheriting it (namedpipe.c); flags 0: not one */
struct startup_pipe { DWORD flags, instance, max_instances, out_size, in_size; int fd2; };
#define STARTUP_PIPE_NAMED   0x1
#define STARTUP_PIPE_MESSAGE 0x2         /* PIPE_TYPE_MESSAGE */
#define STARTUP_PIPE_READMSG 0x4         /* PIPE_READMODE_MESSAGE */
#define STARTUP_PIPE_SERVER  0x8         /* the creator's end: fd2 is its notify fd */
struct startup_handle { ULONGLONG value; int fd; DWORD access, options; struct startup_pipe pipe; };
/* namedpipe.c: OBJ's pipe nature with fd2 dup'ed (FALSE: not a named
 * pipe); the object for an inherited one (taking FD and PIPE->fd2) */
BOOL named_pipe_describe(struct object *obj, struct startup_pipe *pipe);
struct file_object *named_pipe_from_startup(int fd, DWORD access, DWORD options, const struct startup_pipe *pipe);
struct process_startup {
    WCHAR *cmdline, *env, *cwd;          /* env: SIZE_T env_size bytes */
    SIZE_T env_size;
    HANDLE std[3];
    unsigned int count;
    struct startup_handle *handles;
};
/* Reads FD (then closed); remembers where to report the exit code and
 * whether to wait for ResumeThread. */
NTSTATUS process_read_startup(int fd, struct process_startup **out);
/* Inserts the inherited handles at their values, then the std handles. */
void process_apply_startup_handles(const struct process_startup *startup, RTL_USER_PROCESS_PARAMETERS *params);
void process_wait_resume(void);              /* CREATE_SUSPENDED: until the parent resumes us */
void process_report_exit(UINT code);         /* the full 32-bit code to the parent, if any */
NTSTATUS process_resume_child_thread(HANDLE handle, ULONG *prev);
NTSTATUS process_child_thread_info(HANDLE handle, THREAD_BASIC_INFORMATION *info);
NTSTATUS process_terminate_child(HANDLE handle, UINT code);
/* job.c's kill of a member: a watched process's exit code becomes CODE */
void process_mark_killed(int unix_pid, UINT code);
NTSTATUS process_open_main_thread(DWORD tid, HANDLE *handle);
BOOL process_may_wait(struct object *obj);

/* thread.c */
TEB *teb_create(void);
void thread_park(void *ucontext);        /* in the SIG_SUSPEND handler */
/* Around a lock that SuspendThread/ResumeThread themselves take: a thread
 * is not parked inside (its park waits for the end). Nestable, cheap. */
void thread_no_park_begin(void);
void thread_no_park_end(void);
void teb_set_current(TEB *teb);
void teb_free(TEB *teb);                 /* with its TLS; never the current one */
NTSTATUS thread_alloc_stack(SIZE_T reserve, TEB *teb);
/* A new reference to the calling thread's object (made on first use for
 * the main thread). */
struct object *thread_current_object(void);
/* Set (never cleared) before a second Windows thread is created: until
 * then only the main thread can touch a critical section (threads without
 * a TEB never do), so sync.c may use plain loads and stores, as glibc does
 * with __libc_single_threaded. */
extern int thread_second_started;

#define NtCurrentProcess() ((HANDLE)~(ULONG_PTR)0)
#define NtCurrentThread()  ((HANDLE)~(ULONG_PTR)1)

/* wait.c: the lock over every waitable object's state. Whoever changes a
 * state so that a wait might now end calls wait_changed_locked; sleepers
 * are woken at wait_unlock. */
void wait_lock(void);
void wait_changed_locked(void);
void wait_unlock(void);
/* Like handle_get(h, 0), with the current process and thread pseudo-handles. */
struct object *object_from_handle(HANDLE handle);

/* Sleeps once with the wait lock released until the next state change or
 * the deadline; returns ETIMEDOUT once the deadline has passed. */
struct deadline;
int wait_sleep_locked(const struct deadline *deadline);
/* Shared objects (shared.c) change without the wait lock: a loop of its
 * own that tests them (tpwait.c) adds each to a watch with
 * wait_watch_object BEFORE testing it, then sleeps watching them too. */
struct shared_watch {
    unsigned int count, overflow;
    LONGLONG wake_at;               /* a watched timer's due time (monotonic 100 ns), 0: none */
    uint32_t *addr[MAXIMUM_WAIT_OBJECTS];
    uint32_t value[MAXIMUM_WAIT_OBJECTS];
};
void wait_watch_object(struct shared_watch *watch, struct object *obj);
/* tests and consumes OBJ at once (shared objects under their slot lock) */
BOOL object_acquire_locked(struct object *obj, DWORD tid);
int wait_sleep_watching_locked(const struct deadline *deadline, const struct shared_watch *watch);
struct apc_queue;
NTSTATUS wait_until_locked(NTSTATUS (*ready)(void *ctx), void *ctx, const LARGE_INTEGER *timeout,
                           struct apc_queue *apcs);
NTSTATUS wait_delay_alertable(const LARGE_INTEGER *timeout);
/* Under the wait lock: whether OBJ could end TID's wait now, and consuming
 * it (TRUE if abandoned), as a wait on it would. */
BOOL object_signaled_locked(struct object *obj, DWORD tid);
BOOL object_satisfy_locked(struct object *obj, DWORD tid);

/* apc.c: user APCs, one queue per thread, under the wait lock. */
struct apc;
struct apc_queue {
    struct apc *head, **tail;
    BOOL closed;                 /* the thread has exited: nothing more is queued */
};
/* Runs every APC queued to the calling thread; TRUE if any ran. */
BOOL apc_run_pending(void);
BOOL apc_pending_locked(const struct apc_queue *queue);
/* Queues APC (from apc_alloc, filled in here) or frees it if the thread has gone. */
NTSTATUS apc_queue_locked(struct apc_queue *queue, struct apc *apc, void *func, ULONG_PTR arg1, ULONG_PTR arg2,
                          ULONG_PTR arg3);
struct apc *apc_alloc(void);
void apc_queue_close(struct apc_queue *queue);      /* at thread exit: drops what is queued */

/* thread.c: the APC queue of a thread object, of the calling thread */
struct apc_queue *thread_apc_queue(struct object *thread);
struct apc_queue *thread_current_apc_queue(void);

/* timeout.c: one service thread calls EXPIRED (under its own lock, so a
 * cancel that returns means it is not running) when DUE (monotonic 100 ns)
 * has come; EXPIRED returns the next due time, or 0 to stop. */
struct timeout {
    struct timeout *next;
    LONGLONG due;                /* 0 when not queued */
    LONGLONG (*expired)(struct timeout *timeout, LONGLONG now);
};
void timeout_set(struct timeout *timeout, LONGLONG due);
BOOL timeout_cancel(struct timeout *timeout);      /* TRUE if it was queued */
/* NT due time (negative relative, positive absolute FILETIME) -> monotonic */
LONGLONG timeout_due_from_nt(LONGLONG nt_time);

/* namespace.c: named objects of this process (the server's seam). Both
 * take over / give a reference; create returns STATUS_OBJECT_NAME_EXISTS
 * (a success) with a handle to the existing object under OBJ_OPENIF. */
NTSTATUS object_create_named(struct object *obj, const OBJECT_ATTRIBUTES *attr, HANDLE *handle);
NTSTATUS object_open_named(const OBJECT_ATTRIBUTES *attr, enum object_type type, HANDLE *handle);
void namespace_remove(struct object *obj);

/* server.c: the connection to winrun-server, made on first use (never at
 * start-up: a program that shares nothing never starts the server). Both
 * end the process with one "winrun: " line when the server cannot be
 * started or the connection is lost. server_call fills in the request
 * header's id and fd_count (the caller sets size and type), sends FDS
 * (may be NULL), and returns the reply's status; the reply (at most
 * REPLY_MAX bytes) and its fds (closed when REPLY_FDS is NULL) come back. */
struct server_fds {
    int fds[SERVER_MAX_FDS];
    unsigned int count;
};
void server_connect(void);
/* has this process talked to the server yet? (never connects) */
BOOL server_connected(void);
/* connects if a server already runs for the prefix, never starting one */
BOOL server_connect_if_running(void);
/* server_call without fds that gives up (STATUS_TIMEOUT) when the connection stays busy */
NTSTATUS server_call_at_exit(void *request, void *reply, uint32_t reply_max);
NTSTATUS server_call(void *request, const struct server_fds *fds, void *reply, uint32_t reply_max,
                     struct server_fds *reply_fds);

/* shared.c: named events, mutants, semaphores and sections, shared with
 * the prefix's other processes through winrun-server (slots of its arena) */
extern const struct object_ops shared_sync_ops[1];
/* timer.c: a shared timer's last local reference is gone */
void timer_shared_gone(struct object *timer);
static inline BOOL shared_is(const struct object *obj) { return obj->ops == shared_sync_ops; }
/* creates or opens (OPEN_ONLY) INIT's type under ATTR's name */
NTSTATUS shared_sync_create(struct obj_create_request *init, const OBJECT_ATTRIBUTES *attr, BOOL open_only,
                            HANDLE *handle);
/* a named section: *FD (ours, replaced by the shared one) and its size,
 * protection and flags as the creator made them; *ID for shared_section_close */
NTSTATUS shared_section(const OBJECT_ATTRIBUTES *attr, BOOL open_only, int *fd, ULONGLONG *size, ULONG *protect,
                        ULONG *flags, uint32_t *id);
void shared_section_close(uint32_t id);
struct shared_sync *shared_slot(struct object *obj);
void shared_lock(struct shared_sync *s);
void shared_unlock(struct shared_sync *s, BOOL changed);     /* CHANGED: wake its waiters */
BOOL shared_signaled_locked(struct shared_sync *s, DWORD tid);
BOOL shared_satisfy_locked(struct shared_sync *s, DWORD tid);
NTSTATUS shared_event_set(struct object *obj, BOOL state, LONG *prev);
NTSTATUS shared_semaphore_release(struct object *obj, LONG count, LONG *prev);
NTSTATUS shared_mutant_release(struct object *obj, DWORD tid, LONG *prev);
/* DUE: monotonic 100 ns, 0 to cancel; PERIOD: 100 ns */
NTSTATUS shared_timer_set(struct object *obj, LONGLONG due, LONGLONG period, BOOLEAN *prev);
void shared_abandon_thread(DWORD tid);
/* Unnamed events, mutants and semaphores are allocated with room to become
 * shared in place (shared_promote), so every handle to one follows it. */
#define SHARED_OBJECT_ROOM 48
static inline size_t shareable_size(size_t size) { return size > SHARED_OBJECT_ROOM ? size : SHARED_OBJECT_ROOM; }
/* makes an in-process sync object shared (a slot of the server's arena)
 * before it crosses a process boundary; its waiters re-wait on the slot */
NTSTATUS shared_promote(struct object *obj);
/* dup.c: DuplicateHandle into the process TARGET_PID (a Unix pid): the
 * handle value the target will see; and the target's side, making the
 * handle VALUE (in the DUP_HANDLE_FIRST range) from the server's entry */
NTSTATUS dup_put(struct object *obj, int target_pid, BOOL inherit, HANDLE *value);
void dup_take(HANDLE value);
void dup_closed(HANDLE value);   /* a value dup_take made is closed */
/* DuplicateHandle out of the process SOURCE_PID (it hands VALUE over to
 * TARGET_PID, 0: only closes it); the service those asks need, set up
 * and polled by time.c's updater thread */
NTSTATUS dup_ask(int source_pid, HANDLE value, int target_pid, ULONG options, BOOL inherit, HANDLE *out);
void dup_service_init(void);
void dup_service_poll(void);
uint32_t shared_id(struct object *obj);
/* inheritance (process.c): a token for a child to claim OBJ's shared
 * object by (FALSE: not a shared object), and the claim, inserting the
 * object at VALUE (nothing when it cannot be had) */
BOOL shared_gift(struct object *obj, ULONG *token);
void shared_claim(ULONG token, HANDLE value);
/* adds the inheritable shared objects to ENTRIES (USED of MAX taken) as
 * STARTUP_SHARED_HANDLE entries: fd -1, the token in access */
#define STARTUP_SHARED_HANDLE 0xffffffffu
unsigned int shared_add_inheritable(struct startup_handle *entries, unsigned int used, unsigned int max);
/* section.c: a named section's server id (0: none); a section object
 * around a shared section's FD, which it then owns */
uint32_t section_shared_id(struct object *obj);
struct object *section_from_shared(int fd, ULONGLONG size, ULONG protect, ULONG flags, uint32_t id);
/* a section's fd (still its own), size, protection and flags */
int section_describe(struct object *obj, ULONGLONG *size, ULONG *protect, ULONG *flags);
/* the local object for a shared object the server just gave a reference
 * to (REPLY as REQ_OBJ_CREATE answers); NULL when it cannot be had */
struct object *shared_adopt(const struct obj_create_reply *reply);
static inline BOOL object_has_name(const OBJECT_ATTRIBUTES *attr)
{
    return attr && attr->ObjectName && attr->ObjectName->Length;
}

/* mutant.c: the exiting thread TID's mutants become abandoned */
void mutant_abandon_all(DWORD tid);

/* loader.c */
NTSTATUS loader_map_exe(const char *unix_path, SIZE_T *stack_reserve);
NTSTATUS loader_init_process(PVOID *entry);
void loader_attach_thread(void);
void loader_detach_thread(void);
void loader_zero_tls_cell(ULONG index);
void loader_detach_process(void);
NTSTATUS loader_alloc_tls(TEB *teb);
void loader_free_tls(TEB *teb);
/* the native file NAME (a path, or a name searched as DLLs are), malloc'ed
 * Unix path; NULL when missing or a builtin of the system32 view */
char *loader_find_native(const WCHAR *name);

/* datafile.c: modules mapped as data; handles have bit 0 or 1 set */
#ifndef LOAD_LIBRARY_AS_DATAFILE   /* winbase.h's, which ntdll does not include */
#define LOAD_LIBRARY_AS_DATAFILE 0x2
#define LOAD_LIBRARY_AS_IMAGE_RESOURCE 0x20
#define LOAD_LIBRARY_AS_DATAFILE_EXCLUSIVE 0x40
#endif
#define LDR_IS_DATAFILE_OR_IMAGE(h) (((ULONG_PTR)(h) & 3) != 0)
NTSTATUS datafile_load(const WCHAR *name, DWORD flags, HMODULE *handle);
NTSTATUS datafile_unload(HMODULE handle);
void *datafile_rva(HMODULE handle, DWORD rva, DWORD len);
void *datafile_directory(HMODULE handle, unsigned int index, DWORD *size);

/* heap.c */
HANDLE heap_create_process_heap(void);

/* time.c */
void time_init_shared_data(void);
/* a clock interrupt as programs see it: refreshes KUSER_SHARED_DATA's times */
void time_update_shared_data(void);
/* the updater thread, started by what needs it (time.c) */
void time_start_updater(void);
BOOL time_shared_data_fault(ULONG_PTR addr, ULONG_PTR err);
LONGLONG time_now_filetime(void);        /* 100 ns since 1601, UTC */
LONGLONG time_monotonic_100ns(void);           /* CLOCK_BOOTTIME */
LONGLONG time_monotonic_nosuspend_100ns(void);  /* CLOCK_MONOTONIC */

/* env.c */
/* STARTUP (NULL for a process started from Unix) gives the command line,
 * environment and current directory. */
NTSTATUS env_create_process_parameters(int argc, char **argv, const WCHAR *image_path,
                                       const struct process_startup *startup, RTL_USER_PROCESS_PARAMETERS **out);

/* virtual.c */
void virtual_register_view(void *base, SIZE_T size, DWORD type, DWORD protect);
void virtual_register_image(void *base, const struct pe_headers *h);
void virtual_unregister_view(void *base);
NTSTATUS virtual_map_view(void **addr, SIZE_T size, int fd, ULONGLONG offset, DWORD protect, BOOL committed);
NTSTATUS virtual_unmap_view(void *addr);
/* Takes PAGE_GUARD off the pages of [ADDR, ADDR+SIZE) that have it; TRUE if
 * the first page had it (the signal handler's question). */
BOOL virtual_clear_guard(void *addr, SIZE_T size);

/* apiset.c */
const char *apiset_host(const WCHAR *name, int *is_apiset);

/* signal_x86_64.c; SIG_SUSPEND parks a thread for SuspendThread (thread.c) */
#define SIG_SUSPEND SIGUSR2
void signal_init_process(void);
void signal_init_thread(void);
void signal_exit_thread(void);

/* file.c */
void file_init_std_handles(RTL_USER_PROCESS_PARAMETERS *params);

/* notify.c: directory change requests pending on a disk file object */
BOOL notify_file_signaled(struct object *file, DWORD tid);   /* wait lock held */
void notify_file_closed(struct object *file);

/* lookup.c: BASE (the drive's Unix directory, "" for "/") + REST ("\a\b", DOS
 * separators) -> *out, matching missing components case-insensitively.
 * STATUS_SUCCESS: *st is the file's stat (the caller may skip its own),
 * or all zero (st_mode 0) when a trusted listing named it and no stat was made;
 * STATUS_OBJECT_NAME_NOT_FOUND: only the last is missing, *out names it. */
struct stat;
NTSTATUS lookup_unix_path(const char *base, const WCHAR *rest, char **out, struct stat *st);
/* path.c: path_dos_to_unix, and on STATUS_SUCCESS the file's stat */
NTSTATUS path_lookup(const WCHAR *dos, char **unix_path, struct stat *st);

#endif
