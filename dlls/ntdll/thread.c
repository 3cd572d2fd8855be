/*
 * TEBs and Windows stacks. Each Windows thread has a TEB reached through
 * GS (arch_prctl(ARCH_SET_GS)); glibc keeps FS, and nothing else in winrun
 * touches GS.
 *
 * A thread made by NtCreateThreadEx is a detached pthread running on a
 * small Unix stack: it publishes its id, waits while suspended, switches GS
 * to its TEB and calls its start routine on a Windows stack. Exit (return
 * or ExitThread, from any depth) leaves the Windows stack through
 * leave_stack, so that the Unix side can free it, the TEB and the TLS,
 * and only then signal the thread object, after DLL_THREAD_DETACH, as
 * Windows orders it. The last thread to exit ends the process.
 */
#define _GNU_SOURCE
#include <asm/prctl.h>
#include <sched.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>
#include "futex.h"
#include "exception.h"
#define DEBUG_CHANNEL CH_THREAD
#include "winrun/debug.h"

#define PAGE_SIZE 4096
#define TEB_ALLOC_SIZE ((sizeof(TEB) + PAGE_SIZE - 1) & ~(PAGE_SIZE - 1))

/* TEBs of exited threads are kept for reuse rather than unmapped: programs
 * (and Wine's tests) read a finished thread's TEB, which stays mapped on
 * Windows and Wine too. Linked through Tib.ArbitraryUserPointer. */
static pthread_mutex_t free_tebs_mutex = PTHREAD_MUTEX_INITIALIZER;
static TEB *free_tebs;
static ULONG_PTR thread_count;          /* threads made so far: numbers them for crash reports */

ULONG_PTR thread_index(void)
{
    return (ULONG_PTR)TEB_THREAD_INDEX(NtCurrentTeb());
}

TEB *teb_create(void)
{
    TEB *teb;

    pthread_mutex_lock(&free_tebs_mutex);
    if ((teb = free_tebs)) free_tebs = teb->Tib.ArbitraryUserPointer;
    pthread_mutex_unlock(&free_tebs_mutex);
    if (teb) memset(teb, 0, sizeof(*teb));
    else if ((teb = mmap(NULL, TEB_ALLOC_SIZE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)) ==
             MAP_FAILED)
        return NULL;
    teb->Tib.Self = &teb->Tib;
    teb->Tib.ExceptionList = (void *)~0ul;
    teb->Peb = process.peb;
    teb->ClientId.UniqueProcess = (HANDLE)(ULONG_PTR)win_pid(getpid());
    teb->ClientId.UniqueThread = (HANDLE)(ULONG_PTR)win_tid(gettid());
    teb->CurrentLocale = 0;     /* kernel32 reads 0 as the user locale, which it knows */
    teb->StaticUnicodeString.Buffer = teb->StaticUnicodeBuffer;
    teb->StaticUnicodeString.MaximumLength = sizeof(teb->StaticUnicodeBuffer);
    teb->TlsLinks.Flink = teb->TlsLinks.Blink = &teb->TlsLinks;
    TEB_THREAD_INDEX(teb) = (void *)(ULONG_PTR)__atomic_add_fetch(&thread_count, 1, __ATOMIC_RELAXED);
    if (loader_alloc_tls(teb)) {
        teb_free(teb);
        return NULL;
    }
    return teb;
}

void teb_free(TEB *teb)
{
    loader_free_tls(teb);
    free(teb->TlsExpansionSlots);
    teb->TlsExpansionSlots = NULL;
    pthread_mutex_lock(&free_tebs_mutex);
    teb->Tib.ArbitraryUserPointer = free_tebs;
    free_tebs = teb;
    pthread_mutex_unlock(&free_tebs_mutex);
}

void teb_set_current(TEB *teb)
{
    syscall(SYS_arch_prctl, ARCH_SET_GS, (unsigned long)teb);
}

/* Reserves RESERVE bytes (Windows rounds to 64K; at least 1 MiB here) with
 * a no-access page and a PAGE_GUARD zone at the bottom (the stack overflow
 * comes from there), and fills in the TEB stack fields. */
static void protect_stack_pages(void *addr, SIZE_T size, ULONG protect)
{
    ULONG old;
    NtProtectVirtualMemory((HANDLE)~(ULONG_PTR)0, &addr, &size, protect, &old);
}

NTSTATUS thread_alloc_stack(SIZE_T reserve, TEB *teb)
{
    char *base;

    reserve = (reserve + 0xffff) & ~(SIZE_T)0xffff;
    if (reserve < 0x100000) reserve = 0x100000;
    base = mmap(NULL, reserve, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_STACK,
                -1, 0);
    if (base == MAP_FAILED) return STATUS_NO_MEMORY;
    virtual_register_view(base, reserve, MEM_PRIVATE, PAGE_READWRITE);
    protect_stack_pages(base, PAGE_SIZE, PAGE_NOACCESS);
    protect_stack_pages(base + PAGE_SIZE, WINRUN_STACK_GUARD_SIZE, PAGE_READWRITE | PAGE_GUARD);
    teb->DeallocationStack = base;
    teb->Tib.StackLimit = base + PAGE_SIZE + WINRUN_STACK_GUARD_SIZE;
    teb->Tib.StackBase = base + reserve;
    return STATUS_SUCCESS;
}

NTSYSAPI TEB *WINAPI RtlGetCurrentTeb(void) { return NtCurrentTeb(); }
NTSYSAPI PEB *WINAPI RtlGetCurrentPeb(void) { return NtCurrentTeb()->Peb; }

/* ---- thread objects ---- */

#define UNIX_STACK_SIZE (256 * 1024)   /* set-up and clean-up only: Windows code runs on its own stack */

struct thread_object {
    struct object obj;
    TEB *teb;                          /* NULL once the thread has gone */
    DWORD tid;
    int started;                       /* futex: the new thread has published its id */
    int suspend_count;                 /* futex: the new thread waits while > 0 */
    BOOL exited;                       /* under the wait lock, with exit_status */
    NTSTATUS exit_status;              /* STATUS_PENDING (STILL_ACTIVE) while running */
    DWORD exit_code;                   /* handed from RtlExitUserThread to the Unix side */
    LONG priority;                     /* THREAD_PRIORITY_*: remembered, not applied */
    int unix_tid;
    int state;                         /* under suspend_lock: NOT_STARTED, RUNNING, LEAVING */
    int park_gen;                      /* futex: bumped each time the thread parks */
    int resume_gen;                    /* futex: bumped each time the count drops to 0 */
    CONTEXT *park_ctx;                 /* while parked: its context, on its signal stack */
    BOOL ctx_dirty;                    /* SetThreadContext changed *park_ctx */
    PRTL_THREAD_START_ROUTINE start;
    void *param;
    void *resume;                      /* leave_stack target; NULL for the main thread */
    struct apc_queue apcs;             /* user APCs (apc.c), under the wait lock */
    struct thread_object *next_all;    /* in all_threads, for NtOpenThread */
};

NTSYSAPI void WINAPI RtlExitUserThread(DWORD code) __attribute__((noreturn));
void call_on_stack_resumable(void (*func)(void *), void *arg, void *stack_top, void **resume);
void leave_stack(void *resume) __attribute__((noreturn));

enum { NOT_STARTED, RUNNING, LEAVING };

static __thread struct thread_object *current_thread;   /* glibc TLS, through FS */
/* Serialises suspend, resume and context requests. A thread never needs
 * it to park, so a thread parked while holding it blocks only them. */
static pthread_mutex_t suspend_lock = PTHREAD_MUTEX_INITIALIZER;
static LONG live_threads = 1;                           /* Windows threads, main included */
int thread_second_started;                               /* ntdll_private.h */

/* Every thread object alive, so NtOpenThread finds one by id (a thread
 * gone with no handle left is no longer there, as on Windows). */
static pthread_mutex_t all_threads_lock = PTHREAD_MUTEX_INITIALIZER;
static struct thread_object *all_threads;

static void thread_destroy(struct object *obj)
{
    struct thread_object **link;

    pthread_mutex_lock(&all_threads_lock);
    for (link = &all_threads; *link && *link != (struct thread_object *)obj; link = &(*link)->next_all);
    if (*link) *link = (*link)->next_all;
    pthread_mutex_unlock(&all_threads_lock);
    free(obj);
}

static BOOL thread_signaled(struct object *obj, DWORD tid)
{
    (void)tid;
    return ((struct thread_object *)obj)->exited;
}

static const struct object_ops thread_ops = { .destroy = thread_destroy, .signaled = thread_signaled };

static struct thread_object *thread_alloc(void)
{
    struct thread_object *t = calloc(1, sizeof(*t));
    if (!t) return NULL;
    object_init(&t->obj, OBJECT_THREAD, &thread_ops);
    t->exit_status = STATUS_PENDING;
    t->apcs.tail = &t->apcs.head;
    pthread_mutex_lock(&all_threads_lock);
    t->next_all = all_threads;
    all_threads = t;
    pthread_mutex_unlock(&all_threads_lock);
    return t;
}

/* A new reference to our thread TID's object, if it lives. */
static struct object *find_thread(DWORD tid)
{
    struct thread_object *t;
    struct object *current = thread_current_object();

    if (current && ((struct thread_object *)current)->tid == tid) return current;
    object_release(current);
    pthread_mutex_lock(&all_threads_lock);
    for (t = all_threads; t; t = t->next_all) {
        int refs = __atomic_load_n(&t->obj.refcount, __ATOMIC_RELAXED);
        if (__atomic_load_n(&t->tid, __ATOMIC_ACQUIRE) != tid) continue;
        /* one being destroyed (no reference left) waits for our unlock */
        while (refs && !__atomic_compare_exchange_n(&t->obj.refcount, &refs, refs + 1, FALSE, __ATOMIC_ACQUIRE, __ATOMIC_RELAXED));
        if (refs) break;
    }
    pthread_mutex_unlock(&all_threads_lock);
    return t ? &t->obj : NULL;
}

/* A thread of ours by id; else the main thread of another process (a
 * process handle's child-thread view, signalled when it ends). Other
 * processes' other threads are not reachable (no server state for them):
 * STATUS_INVALID_CID, as for an id that names no thread. */
NTSYSAPI NTSTATUS WINAPI NtOpenThread(HANDLE *handle, ACCESS_MASK access, OBJECT_ATTRIBUTES *attr, CLIENT_ID *cid)
{
    DWORD tid = cid ? (DWORD)(ULONG_PTR)cid->UniqueThread : 0;
    struct object *obj;

    (void)access;
    if (!handle) return STATUS_ACCESS_VIOLATION;
    *handle = NULL;
    if (!tid || (tid & 3)) return STATUS_INVALID_CID;
    if ((obj = find_thread(tid))) {
        if (!(*handle = handle_alloc(obj))) {
            object_release(obj);
            return STATUS_NO_MEMORY;
        }
    }
    else {
        NTSTATUS status = process_open_main_thread(tid, handle);
        if (status) return status;
    }
    if (attr && (attr->Attributes & OBJ_INHERIT)) handle_set_flags(*handle, 0x1, 0x1);   /* HANDLE_FLAG_INHERIT */
    return STATUS_SUCCESS;
}

struct object *thread_current_object(void)
{
    struct thread_object *t = current_thread;
    if (!t) {   /* the main thread, asked about for the first time */
        if (!(t = thread_alloc())) return NULL;
        t->teb = NtCurrentTeb();
        t->tid = (DWORD)(ULONG_PTR)t->teb->ClientId.UniqueThread;
        t->unix_tid = gettid();
        t->state = RUNNING;
        current_thread = t;
    }
    return object_grab(&t->obj);
}

struct apc_queue *thread_apc_queue(struct object *thread)
{
    return &((struct thread_object *)thread)->apcs;
}

struct apc_queue *thread_current_apc_queue(void)
{
    struct object *obj;

    if (current_thread) return &current_thread->apcs;
    if (!(obj = thread_current_object())) return NULL;
    object_release(obj);   /* current_thread keeps the main thread's object */
    return &current_thread->apcs;
}

static struct thread_object *thread_from_handle(HANDLE handle)
{
    if (handle == NtCurrentThread()) return (struct thread_object *)thread_current_object();
    return (struct thread_object *)handle_get(handle, OBJECT_THREAD);
}

static void mark_exited(struct thread_object *t, DWORD code)
{
    wait_lock();
    t->exit_status = code;
    t->exited = TRUE;
    wait_changed_locked();
    wait_unlock();
}

static void free_stack(TEB *teb)
{
    virtual_unregister_view(teb->DeallocationStack);
    munmap(teb->DeallocationStack, (char *)teb->Tib.StackBase - (char *)teb->DeallocationStack);
}

/* Where Windows threads start, as GetThreadContext of a thread created
 * suspended shows; winrun's threads start in thread_windows_start, which
 * runs the same code after DLL_THREAD_ATTACH. */
NTSYSAPI void WINAPI RtlUserThreadStart(PRTL_THREAD_START_ROUTINE start, void *param)
{
    RtlExitUserThread(start(param));
}

/* On the Windows stack. */
static void thread_windows_start(void *arg)
{
    struct thread_object *t = arg;
    loader_attach_thread();
    apc_run_pending();   /* APCs queued before the thread ran come first, as on Windows */
    RtlExitUserThread(t->start(t->param));
}

static void *thread_unix_start(void *arg)
{
    struct thread_object *t = arg;
    TEB *teb = t->teb;
    int n;

    t->unix_tid = gettid();
    t->tid = win_tid(t->unix_tid);
    teb->ClientId.UniqueThread = (HANDLE)(ULONG_PTR)t->tid;
    current_thread = t;
    __atomic_store_n(&t->started, 1, __ATOMIC_RELEASE);
    futex_wake(&t->started, 1);

    teb_set_current(teb);
    signal_init_thread();
    pthread_mutex_lock(&suspend_lock);
    while ((n = t->suspend_count) > 0) {                 /* CREATE_SUSPENDED */
        pthread_mutex_unlock(&suspend_lock);
        futex_wait(&t->suspend_count, n, NULL);
        pthread_mutex_lock(&suspend_lock);
    }
    t->state = RUNNING;
    pthread_mutex_unlock(&suspend_lock);
    call_on_stack_resumable(thread_windows_start, t, teb->Tib.StackBase, &t->resume);

    /* back from RtlExitUserThread, DLLs detached: free, then signal */
    signal_exit_thread();
    apc_queue_close(&t->apcs);
    mutant_abandon_all(t->tid);
    free_stack(teb);
    teb_set_current(NULL);
    teb_free(teb);
    wait_lock();
    t->teb = NULL;
    wait_unlock();
    mark_exited(t, t->exit_code);
    current_thread = NULL;
    object_release(&t->obj);
    return NULL;
}

NTSYSAPI void WINAPI RtlExitUserThread(DWORD code)
{
    struct thread_object *t = current_thread;

    if (!__atomic_sub_fetch(&live_threads, 1, __ATOMIC_ACQ_REL)) process_exit(code);   /* as Windows does */
    loader_detach_thread();
    if (t) {
        pthread_mutex_lock(&suspend_lock);
        t->state = LEAVING;
        pthread_mutex_unlock(&suspend_lock);
    }
    if (t && t->resume) {
        t->exit_code = code;
        leave_stack(t->resume);
    }
    /* the main thread: we run on its stack, which therefore stays */
    if (t) apc_queue_close(&t->apcs);
    mutant_abandon_all((DWORD)(ULONG_PTR)NtCurrentTeb()->ClientId.UniqueThread);
    if (t) mark_exited(t, code);
    syscall(SYS_exit, 0);   /* this thread only; the others go on */
    for (;;) pause();
}

static SIZE_T default_stack_reserve(void)
{
    return pe_nt(process.peb->ImageBaseAddress)->OptionalHeader.SizeOfStackReserve;
}

/* Creates a thread of this process; *HANDLE and *TID are valid on return
 * (the new thread has published its id), even when it starts suspended. */
static NTSTATUS thread_create(PRTL_THREAD_START_ROUTINE start, void *param, BOOL suspended, SIZE_T commit,
                              SIZE_T reserve, HANDLE *handle, DWORD *tid, TEB **teb_out)
{
    struct thread_object *t;
    pthread_attr_t attr;
    pthread_t pthread;
    NTSTATUS status;
    TEB *teb;
    int err;

    if (!reserve) reserve = default_stack_reserve();
    if (commit > reserve) reserve = (commit + 0xfffff) & ~(SIZE_T)0xfffff;
    if (!(t = thread_alloc())) return STATUS_NO_MEMORY;
    if (!(teb = teb_create())) {
        object_release(&t->obj);
        return STATUS_NO_MEMORY;
    }
    if ((status = thread_alloc_stack(reserve, teb))) {
        teb_free(teb);
        object_release(&t->obj);
        return status;
    }
    t->teb = teb;
    t->start = start;
    t->param = param;
    t->suspend_count = suspended ? 1 : 0;
    /* one reference for the handle, the first one for the thread itself */
    if (!(*handle = handle_alloc(object_grab(&t->obj)))) {
        object_release(&t->obj);
        status = STATUS_NO_MEMORY;
        goto failed;
    }
    __atomic_add_fetch(&live_threads, 1, __ATOMIC_ACQ_REL);
    __atomic_store_n(&thread_second_started, 1, __ATOMIC_RELEASE);
    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    pthread_attr_setstacksize(&attr, UNIX_STACK_SIZE);
    err = pthread_create(&pthread, &attr, thread_unix_start, t);
    pthread_attr_destroy(&attr);
    if (err) {
        __atomic_sub_fetch(&live_threads, 1, __ATOMIC_ACQ_REL);
        handle_close(*handle);
        *handle = NULL;
        status = err == EAGAIN ? STATUS_NO_MEMORY : errno_to_status(err);
        goto failed;
    }
    while (!__atomic_load_n(&t->started, __ATOMIC_ACQUIRE)) futex_wait(&t->started, 0, NULL);
    if (tid) *tid = t->tid;
    if (teb_out) *teb_out = teb;
    TRACE("thread %u start %p param %p%s\n", (unsigned int)t->tid, start, param, suspended ? " suspended" : "");
    return STATUS_SUCCESS;

failed:
    free_stack(teb);
    teb_free(teb);
    object_release(&t->obj);
    return status;
}

typedef struct {
    ULONG_PTR Attribute;
    SIZE_T Size;
    union { ULONG_PTR Value; PVOID ValuePtr; };
    SIZE_T *ReturnLength;
} PS_ATTRIBUTE;
typedef struct {
    SIZE_T TotalLength;
    PS_ATTRIBUTE Attributes[1];
} PS_ATTRIBUTE_LIST;
#define PS_ATTRIBUTE_CLIENT_ID   0x10003
#define PS_ATTRIBUTE_TEB_ADDRESS 0x10004

NTSYSAPI NTSTATUS WINAPI NtCreateThreadEx(HANDLE *handle, ACCESS_MASK access, OBJECT_ATTRIBUTES *attr,
                                          HANDLE process, PRTL_THREAD_START_ROUTINE start, void *param,
                                          ULONG flags, ULONG_PTR zero_bits, SIZE_T commit, SIZE_T reserve,
                                          PS_ATTRIBUTE_LIST *attr_list)
{
    NTSTATUS status;
    DWORD tid;
    TEB *teb;
    (void)access; (void)attr; (void)zero_bits;

    if (process != NtCurrentProcess()) return STATUS_NOT_SUPPORTED;   /* other processes: with the server */
    status = thread_create(start, param, flags & THREAD_CREATE_FLAGS_CREATE_SUSPENDED, commit, reserve, handle,
                           &tid, &teb);
    if (status || !attr_list) return status;
    for (SIZE_T i = 0; i < (attr_list->TotalLength - sizeof(SIZE_T)) / sizeof(PS_ATTRIBUTE); i++) {
        PS_ATTRIBUTE *a = &attr_list->Attributes[i];
        if (a->Attribute == PS_ATTRIBUTE_CLIENT_ID && a->Size >= sizeof(CLIENT_ID)) {
            CLIENT_ID *id = a->ValuePtr;
            id->UniqueProcess = (HANDLE)(ULONG_PTR)win_pid(getpid());
            id->UniqueThread = (HANDLE)(ULONG_PTR)tid;
            if (a->ReturnLength) *a->ReturnLength = sizeof(CLIENT_ID);
        } else if (a->Attribute == PS_ATTRIBUTE_TEB_ADDRESS && a->Size >= sizeof(TEB *)) {
            *(TEB **)a->ValuePtr = teb;
            if (a->ReturnLength) *a->ReturnLength = sizeof(TEB *);
        } else {
            FIXME("thread attribute %#lx ignored\n", (unsigned long)a->Attribute);
        }
    }
    return STATUS_SUCCESS;
}

NTSYSAPI NTSTATUS WINAPI RtlCreateUserThread(HANDLE process, void *security, BOOLEAN suspended, ULONG zero_bits,
                                             SIZE_T reserve, SIZE_T commit, PRTL_THREAD_START_ROUTINE start,
                                             void *param, HANDLE *handle_out, CLIENT_ID *id)
{
    NTSTATUS status;
    HANDLE handle;
    DWORD tid;
    (void)security; (void)zero_bits;

    if (process != NtCurrentProcess()) return STATUS_NOT_SUPPORTED;   /* other processes: with the server */
    if ((status = thread_create(start, param, suspended, commit, reserve, &handle, &tid, NULL))) return status;
    if (id) {
        id->UniqueProcess = (HANDLE)(ULONG_PTR)win_pid(getpid());
        id->UniqueThread = (HANDLE)(ULONG_PTR)tid;
    }
    if (handle_out) *handle_out = handle;
    else handle_close(handle);
    return STATUS_SUCCESS;
}

/* ---- suspension and thread contexts ----
 *
 * A running thread is suspended by sending it SIG_SUSPEND: its handler
 * (thread_park) publishes the interrupted context and sleeps until the
 * suspend count is back to 0; a context set meanwhile is what it returns
 * into (Go's preemption moves a suspended thread's Rip this way). A thread
 * that has not started yet (CREATE_SUSPENDED) just waits for the count. */

/* A thread parked while holding a lock that suspending or resuming it
 * needs (the handle table's) would deadlock its suspender: such regions
 * defer the park to their end. Per thread, and read by the signal handler
 * of the same thread: plain TLS with signal fences. */
static __thread int no_park_depth, park_deferred;

void thread_no_park_begin(void)
{
    no_park_depth++;
    __atomic_signal_fence(__ATOMIC_SEQ_CST);
}

void thread_no_park_end(void)
{
    __atomic_signal_fence(__ATOMIC_SEQ_CST);
    if (!--no_park_depth && park_deferred) {
        park_deferred = 0;
        syscall(SYS_tgkill, getpid(), gettid(), SIG_SUSPEND);
    }
}

void thread_park(void *ucontext)
{
    struct thread_object *t = current_thread;
    CONTEXT ctx;
    int n;

    if (!t) return;
    if (no_park_depth) {
        park_deferred = 1;
        return;
    }
    context_from_unix(&ctx, ucontext);
    t->park_ctx = &ctx;
    /* A resume may be followed by a new suspend before this thread runs
     * again; that suspend waits for a park, so park again (the signal it
     * sent stays pending until this handler returns). */
    for (;;) {
        n = __atomic_load_n(&t->resume_gen, __ATOMIC_ACQUIRE);
        /* a signal left pending by a suspension that has since ended */
        if (!__atomic_load_n(&t->suspend_count, __ATOMIC_ACQUIRE)) break;
        __atomic_add_fetch(&t->park_gen, 1, __ATOMIC_RELEASE);
        futex_wake(&t->park_gen, INT_MAX);
        while (__atomic_load_n(&t->resume_gen, __ATOMIC_ACQUIRE) == n) futex_wait(&t->resume_gen, n, NULL);
    }
    if (t->ctx_dirty) {
        context_to_unix(&ctx, ucontext);
        t->ctx_dirty = FALSE;
    }
    t->park_ctx = NULL;
}

/* Under suspend_lock: one more suspension of T (not the caller); parks it
 * if it runs. */
static NTSTATUS suspend_locked(struct thread_object *t, ULONG *prev)
{
    int n = t->suspend_count, gen;

    if (t->state == LEAVING || t->exited) return STATUS_THREAD_IS_TERMINATING;
    if (n >= 127) return STATUS_SUSPEND_COUNT_EXCEEDED;     /* MAXIMUM_SUSPEND_COUNT */
    if (prev) *prev = n;
    gen = __atomic_load_n(&t->park_gen, __ATOMIC_ACQUIRE);
    __atomic_store_n(&t->suspend_count, n + 1, __ATOMIC_RELEASE);
    if (n || t->state != RUNNING) return STATUS_SUCCESS;
    if (syscall(SYS_tgkill, getpid(), t->unix_tid, SIG_SUSPEND)) return STATUS_THREAD_IS_TERMINATING;
    while (__atomic_load_n(&t->park_gen, __ATOMIC_ACQUIRE) == gen) futex_wait(&t->park_gen, gen, NULL);
    return STATUS_SUCCESS;
}

static void resume_locked(struct thread_object *t, ULONG *prev)
{
    int n = t->suspend_count;
    if (prev) *prev = n;
    if (n > 0) __atomic_store_n(&t->suspend_count, n - 1, __ATOMIC_RELEASE);
    if (n == 1) {
        __atomic_add_fetch(&t->resume_gen, 1, __ATOMIC_RELEASE);
        futex_wake(&t->resume_gen, INT_MAX);
        futex_wake(&t->suspend_count, INT_MAX);
    }
}

NTSYSAPI NTSTATUS WINAPI NtSuspendThread(HANDLE handle, ULONG *prev)
{
    struct thread_object *t = thread_from_handle(handle);
    NTSTATUS status = STATUS_SUCCESS;
    int n;

    if (!t) return STATUS_INVALID_HANDLE;
    pthread_mutex_lock(&suspend_lock);
    if (t == current_thread) {
        /* suspending oneself: sleep here until someone resumes us */
        n = t->suspend_count;
        if (prev) *prev = n;
        __atomic_store_n(&t->suspend_count, n + 1, __ATOMIC_RELEASE);
        pthread_mutex_unlock(&suspend_lock);
        while ((n = __atomic_load_n(&t->suspend_count, __ATOMIC_ACQUIRE)) > 0) futex_wait(&t->suspend_count, n, NULL);
    } else {
        status = suspend_locked(t, prev);
        pthread_mutex_unlock(&suspend_lock);
    }
    TRACE("thread %u: %08x\n", (unsigned int)t->tid, (unsigned int)status);
    object_release(&t->obj);
    return status;
}

NTSYSAPI NTSTATUS WINAPI NtResumeThread(HANDLE handle, ULONG *prev)
{
    struct thread_object *t = thread_from_handle(handle);

    if (!t) return process_resume_child_thread(handle, prev);   /* a child's main thread? */
    pthread_mutex_lock(&suspend_lock);
    resume_locked(t, prev);
    pthread_mutex_unlock(&suspend_lock);
    object_release(&t->obj);
    return STATUS_SUCCESS;
}

/* Copies the parts of FROM that FLAGS name into TO. */
static void copy_context(CONTEXT *to, const CONTEXT *from, DWORD flags)
{
    flags &= ~CONTEXT_AMD64;
    if (flags & (CONTEXT_CONTROL & ~CONTEXT_AMD64)) {
        to->Rsp = from->Rsp;
        to->Rip = from->Rip;
        to->EFlags = from->EFlags;
        to->SegCs = from->SegCs;
        to->SegSs = from->SegSs;
    }
    if (flags & (CONTEXT_INTEGER & ~CONTEXT_AMD64)) {
        to->Rax = from->Rax; to->Rcx = from->Rcx; to->Rdx = from->Rdx; to->Rbx = from->Rbx;
        to->Rbp = from->Rbp; to->Rsi = from->Rsi; to->Rdi = from->Rdi;
        to->R8 = from->R8; to->R9 = from->R9; to->R10 = from->R10; to->R11 = from->R11;
        to->R12 = from->R12; to->R13 = from->R13; to->R14 = from->R14; to->R15 = from->R15;
    }
    if (flags & (CONTEXT_SEGMENTS & ~CONTEXT_AMD64)) {
        to->SegDs = from->SegDs; to->SegEs = from->SegEs; to->SegFs = from->SegFs; to->SegGs = from->SegGs;
    }
    if (flags & (CONTEXT_FLOATING_POINT & ~CONTEXT_AMD64)) {
        to->MxCsr = from->MxCsr;
        memcpy(&to->FltSave, &from->FltSave, sizeof(to->FltSave));
    }
    if (flags & (CONTEXT_DEBUG_REGISTERS & ~CONTEXT_AMD64)) {
        to->Dr0 = from->Dr0; to->Dr1 = from->Dr1; to->Dr2 = from->Dr2; to->Dr3 = from->Dr3;
        to->Dr6 = from->Dr6; to->Dr7 = from->Dr7;
    }
}

/* Runs OP on T's context with T parked, suspending it for the time if it
 * is not; a thread that has not started has its initial context. */
static NTSTATUS with_context(HANDLE handle, CONTEXT *ctx, BOOL set)
{
    struct thread_object *t = thread_from_handle(handle);
    NTSTATUS status = STATUS_SUCCESS;
    BOOL own = FALSE;

    if (!t) return STATUS_INVALID_HANDLE;
    if (t == current_thread) {
        CONTEXT now;
        object_release(&t->obj);
        RtlCaptureContext(&now);
        if (!set) {
            copy_context(ctx, &now, ctx->ContextFlags);
            return STATUS_SUCCESS;
        }
        if (!(ctx->ContextFlags & (CONTEXT_CONTROL & ~CONTEXT_AMD64))) {
            FIXME("setting the current thread's context without CONTEXT_CONTROL\n");
            return STATUS_SUCCESS;
        }
        copy_context(&now, ctx, ctx->ContextFlags);
        NtContinue(&now, FALSE);
    }
    pthread_mutex_lock(&suspend_lock);
    if (t->state == NOT_STARTED) {
        if (set) FIXME("setting the context of a thread that has not started\n");
        else {
            CONTEXT start;
            memset(&start, 0, sizeof(start));
            start.Rip = (DWORD64)RtlUserThreadStart;
            start.Rcx = (DWORD64)t->start;
            start.Rdx = (DWORD64)t->param;
            start.Rsp = (DWORD64)t->teb->Tib.StackBase - 0x28;
            start.EFlags = 0x200;
            start.MxCsr = 0x1f80;
            context_set_segments(&start);
            copy_context(ctx, &start, ctx->ContextFlags);
        }
    } else {
        if (!t->suspend_count || !t->park_ctx) {
            if ((status = suspend_locked(t, NULL))) goto done;
            own = TRUE;
        }
        if (set) {
            copy_context(t->park_ctx, ctx, ctx->ContextFlags);
            t->park_ctx->ContextFlags = CONTEXT_FULL;
            t->ctx_dirty = TRUE;
        } else {
            copy_context(ctx, t->park_ctx, ctx->ContextFlags);
        }
        if (own) resume_locked(t, NULL);
    }
done:
    pthread_mutex_unlock(&suspend_lock);
    object_release(&t->obj);
    return status;
}

NTSYSAPI NTSTATUS WINAPI NtGetContextThread(HANDLE handle, CONTEXT *ctx)
{
    return with_context(handle, ctx, FALSE);
}

NTSYSAPI NTSTATUS WINAPI NtSetContextThread(HANDLE handle, const CONTEXT *ctx)
{
    return with_context(handle, (CONTEXT *)ctx, TRUE);
}

NTSYSAPI NTSTATUS WINAPI NtQueryInformationThread(HANDLE handle, THREADINFOCLASS class, void *data, ULONG length,
                                                  ULONG *ret_length)
{
    struct thread_object *t;
    THREAD_BASIC_INFORMATION info;

    if (class != ThreadBasicInformation) {
        FIXME("information class %d not supported\n", (int)class);
        return STATUS_INVALID_INFO_CLASS;
    }
    if (length != sizeof(info)) return STATUS_INFO_LENGTH_MISMATCH;
    if (!(t = thread_from_handle(handle))) {
        NTSTATUS status = process_child_thread_info(handle, &info);   /* a child's main thread? */
        if (!status) {
            memcpy(data, &info, sizeof(info));
            if (ret_length) *ret_length = sizeof(info);
        }
        return status;
    }
    wait_lock();
    info.ExitStatus = t->exit_status;
    info.TebBaseAddress = t->teb;
    wait_unlock();
    info.ClientId.UniqueProcess = (HANDLE)(ULONG_PTR)win_pid(getpid());
    info.ClientId.UniqueThread = (HANDLE)(ULONG_PTR)t->tid;
    info.AffinityMask = process.peb->ActiveProcessAffinityMask;
    info.BasePriority = __atomic_load_n(&t->priority, __ATOMIC_RELAXED);
    info.Priority = 8 + info.BasePriority;   /* over NORMAL_PRIORITY_CLASS's base 8 */
    object_release(&t->obj);
    memcpy(data, &info, sizeof(info));
    if (ret_length) *ret_length = sizeof(info);
    return STATUS_SUCCESS;
}

NTSYSAPI NTSTATUS WINAPI NtSetInformationThread(HANDLE handle, THREADINFOCLASS class, const void *data,
                                                ULONG length)
{
    struct thread_object *t;

    switch (class) {
    case ThreadBasePriority:
        /* Remembered for GetThreadPriority. Raising a Linux thread's priority
         * needs privileges a program should not need, so none is applied. */
        if (length != sizeof(LONG)) return STATUS_INFO_LENGTH_MISMATCH;
        if (!(t = thread_from_handle(handle))) return STATUS_INVALID_HANDLE;
        __atomic_store_n(&t->priority, *(const LONG *)data, __ATOMIC_RELAXED);
        object_release(&t->obj);
        return STATUS_SUCCESS;
    case ThreadZeroTlsCell:
        if (length != sizeof(ULONG)) return STATUS_INFO_LENGTH_MISMATCH;
        if (*(const ULONG *)data >= TLS_MINIMUM_AVAILABLE + TLS_EXPANSION_SLOTS) return STATUS_INVALID_PARAMETER;
        loader_zero_tls_cell(*(const ULONG *)data);
        return STATUS_SUCCESS;
    default:
        FIXME("information class %d not supported\n", (int)class);
        return STATUS_INVALID_INFO_CLASS;
    }
}

NTSYSAPI NTSTATUS WINAPI NtYieldExecution(void)
{
    sched_yield();
    return STATUS_SUCCESS;
}
