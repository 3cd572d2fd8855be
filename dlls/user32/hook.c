/*
 * Windows hooks: SetWindowsHookEx(A/W), UnhookWindowsHookEx,
 * CallNextHookEx, SetWindowsHook(A/W), CallMsgFilter(A/W), and the calls
 * the rest of user32 makes at the moments each hook type watches
 * (hook_call).
 *
 * One chain per hook type, newest first, process-wide under the user
 * lock. A hook set for a thread (dwThreadId) runs for that thread only;
 * dwThreadId 0 hooks every thread of this process: winrun cannot load the
 * hook's module into other programs, so a "global" hook sees this
 * process only. The low-level hooks (WH_KEYBOARD_LL, WH_MOUSE_LL) run on
 * the thread that set them, as on Windows: input arriving on another
 * thread is sent to it and waited for, at most LL_TIMEOUT_MS.
 *
 * A hook being unhooked while it (or a hook below it) runs stays in its
 * chain, marked dead, until the last call through it returns, so
 * CallNextHookEx from inside it still finds the rest of the chain.
 */
#include <stdlib.h>
#include <string.h>
#include "user_private.h"
#include "menu_private.h"

#define HOOK_TYPES (WH_MAX - WH_MIN + 1)
#define LL_TIMEOUT_MS 1000   /* Windows' LowLevelHooksTimeout default: 1 s on Windows 10 */

WINBASEAPI HANDLE WINAPI OpenThread(DWORD, BOOL, DWORD);
WINBASEAPI DWORD WINAPI GetProcessIdOfThread(HANDLE);
BOOL send_to_thread(DWORD tid, UINT msg, WPARAM wp, LPARAM lp, DWORD timeout_ms, LRESULT *result);   /* message.c */

struct hook {
    struct hook *next;   /* older hooks of the same type */
    HHOOK handle;
    INT id;
    HOOKPROC proc;
    DWORD tid;           /* the thread hooked; 0 = every thread */
    DWORD owner;         /* the thread that set it */
    BOOL unicode;
    BOOL dead;           /* unhooked; freed when CALLS drops to 0 */
    LONG calls;
};

static struct hook *chains[HOOK_TYPES];   /* under the lock */
static LONG live[HOOK_TYPES];             /* hooks set per type, read without the lock: the common case is none */

/* The hook running on this thread, for CallNextHookEx. */
struct hook_frame {
    struct hook *hook;
    BOOL unicode;        /* the character set of the event (CBT_CREATEWND's strings) */
    struct hook_frame *prev;
};
static __thread struct hook_frame *current;
static __thread UINT running_types;   /* bit per type: no hook type reenters itself on a thread */

static BOOL is_ll(INT id) { return id == WH_KEYBOARD_LL || id == WH_MOUSE_LL; }

static BOOL applies(const struct hook *h, DWORD tid)
{
    return !h->dead && (is_ll(h->id) || !h->tid || h->tid == tid);
}

/* The first live hook from H on that applies to this thread; under the lock. */
static struct hook *first_from(struct hook *h)
{
    DWORD tid = GetCurrentThreadId();
    while (h && !applies(h, tid)) h = h->next;
    return h;
}

/* Unlinks and frees a dead hook nobody is running; under the lock. */
static void release(struct hook *h)
{
    struct hook **pp;
    if (--h->calls > 0 || !h->dead) return;
    for (pp = &chains[h->id - WH_MIN]; *pp; pp = &(*pp)->next)
        if (*pp == h) {
            *pp = h->next;
            break;
        }
    free(h);
}

/* CBT_CREATEWND for an A hook: the CREATESTRUCT's strings converted, the
 * hook's changes to the position, size and Z order copied back. */
static LRESULT call_cbt_create_a(struct hook *h, INT code, WPARAM wp, CBT_CREATEWNDW *w)
{
    CREATESTRUCTA csa;
    CBT_CREATEWNDA a;
    char *name = NULL, *cls = NULL;
    LRESULT ret;

    memcpy(&csa, w->lpcs, sizeof(csa));
    if (!IS_INTRESOURCE(w->lpcs->lpszName)) csa.lpszName = name = utf16_to_ansi_dup(w->lpcs->lpszName);
    if (!IS_INTRESOURCE(w->lpcs->lpszClass)) csa.lpszClass = cls = utf16_to_ansi_dup(w->lpcs->lpszClass);
    a.lpcs = &csa;
    a.hwndInsertAfter = w->hwndInsertAfter;
    ret = h->proc(code, wp, (LPARAM)&a);
    w->lpcs->x = csa.x;
    w->lpcs->y = csa.y;
    w->lpcs->cx = csa.cx;
    w->lpcs->cy = csa.cy;
    w->hwndInsertAfter = a.hwndInsertAfter;
    free(name);
    free(cls);
    return ret;
}

/* Runs H (counted in by the caller) on this thread. */
static LRESULT run_hook(struct hook *h, INT code, WPARAM wp, LPARAM lp, BOOL unicode)
{
    struct hook_frame frame = { h, unicode, current };
    LRESULT ret;

    current = &frame;
    if (h->id == WH_CBT && code == HCBT_CREATEWND && unicode && !h->unicode)
        ret = call_cbt_create_a(h, code, wp, (CBT_CREATEWNDW *)lp);
    else ret = h->proc(code, wp, lp);
    current = frame.prev;
    user_lock();
    release(h);
    user_unlock();
    return ret;
}

/* A low-level hook's event, carried to the thread that set the hook. The
 * sender may time out while the hook runs, so the event lives on the heap
 * and the last side to finish frees it. */
struct ll_call {
    struct hook *hook;
    INT code;
    WPARAM wp;
    union { KBDLLHOOKSTRUCT key; MSLLHOOKSTRUCT mouse; } data;
    BOOL started, done, abandoned;   /* under the lock */
};

/* The hook's thread received an event for it (driver_internal_message). */
LRESULT hook_run_ll(LPARAM lp)
{
    struct ll_call *call = (struct ll_call *)lp;
    LRESULT ret;

    user_lock();
    call->started = TRUE;
    user_unlock();
    ret = run_hook(call->hook, call->code, call->wp, (LPARAM)&call->data, TRUE);
    user_lock();
    if (call->abandoned) free(call);
    else call->done = TRUE;
    user_unlock();
    return ret;
}

/* Sends H's event to its thread; 0 (pass it on) when it does not answer in time. */
static LRESULT call_ll_elsewhere(struct hook *h, INT code, WPARAM wp, LPARAM lp)
{
    struct ll_call *call = calloc(1, sizeof(*call));
    LRESULT ret = 0;

    if (call) {
        call->hook = h;
        call->code = code;
        call->wp = wp;
        memcpy(&call->data, (void *)lp, h->id == WH_KEYBOARD_LL ? sizeof(KBDLLHOOKSTRUCT) : sizeof(MSLLHOOKSTRUCT));
        if (!send_to_thread(h->owner, WM_WINRUN_HOOK_LL, 0, (LPARAM)call, LL_TIMEOUT_MS, &ret)) ret = 0;
    }
    user_lock();
    if (!call || !call->started) {   /* never ran: taken back, or its thread is gone */
        release(h);
        free(call);
    } else if (call->done) free(call);
    else call->abandoned = TRUE;     /* still running: it frees the call */
    user_unlock();
    return ret;
}

/* Calls the first hook of ID's chain after PREV (from the top when NULL;
 * PREV is running, so it stays linked) and, through CallNextHookEx, the
 * hooks below it. The chain is walked under the lock: an unhooked hook
 * nobody runs is freed by another thread at any time. */
static LRESULT call_from(INT id, struct hook *prev, INT code, WPARAM wp, LPARAM lp, BOOL unicode)
{
    struct hook *h;

    user_lock();
    if (!(h = first_from(prev ? prev->next : chains[id - WH_MIN]))) {
        user_unlock();
        return 0;
    }
    h->calls++;
    user_unlock();
    if (is_ll(h->id) && h->owner != GetCurrentThreadId()) return call_ll_elsewhere(h, code, wp, lp);
    return run_hook(h, code, wp, lp, unicode);
}

BOOL hook_is_set(INT id)
{
    BOOL any;
    if (id < WH_MIN || id > WH_MAX || !__atomic_load_n(&live[id - WH_MIN], __ATOMIC_RELAXED)) return FALSE;
    user_lock();
    any = first_from(chains[id - WH_MIN]) != NULL;
    user_unlock();
    return any;
}

/* The chain of ID for this thread; 0 when no hook is set (or the thread is
 * already inside a hook of this type: Windows does not reenter a chain). */
LRESULT hook_call(INT id, INT code, WPARAM wp, LPARAM lp, BOOL unicode)
{
    UINT bit;
    LRESULT ret;

    if (id < WH_MIN || id > WH_MAX) return 0;
    bit = 1u << (id - WH_MIN);
    if ((running_types & bit) || !__atomic_load_n(&live[id - WH_MIN], __ATOMIC_RELAXED)) return 0;
    running_types |= bit;
    ret = call_from(id, NULL, code, wp, lp, unicode);
    running_types &= ~bit;
    return ret;
}

WINUSERAPI LRESULT WINAPI CallNextHookEx(HHOOK hhook, INT code, WPARAM wp, LPARAM lp)
{
    (void)hhook;   /* Windows ignores it too: the chain is the running hook's */
    if (!current) return 0;
    return call_from(current->hook->id, current->hook, code, wp, lp, current->unicode);
}

/* Whether TID is a thread of this process. */
static BOOL thread_is_ours(DWORD tid)
{
    HANDLE thread = OpenThread(0x0800 /* THREAD_QUERY_LIMITED_INFORMATION */, FALSE, tid);
    BOOL ours;
    if (!thread) return FALSE;
    ours = GetProcessIdOfThread(thread) == GetCurrentProcessId();
    CloseHandle(thread);
    return ours;
}

static HHOOK set_hook(INT id, HOOKPROC proc, HINSTANCE module, DWORD tid, BOOL unicode)
{
    struct hook *h;

    /* an unknown type, and a global-only one for one thread: Wine's
     * ERROR_INVALID_PARAMETER (not the ERROR_INVALID_HOOK_FILTER and
     * ERROR_GLOBAL_ONLY_HOOK the names suggest) */
    if (id < WH_MIN || id > WH_MAX) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return NULL;
    }
    if (!proc) {
        SetLastError(ERROR_INVALID_FILTER_PROC);
        return NULL;
    }
    /* journal hooks need uiAccess on Windows 10; a normal program is refused */
    if (id == WH_JOURNALRECORD || id == WH_JOURNALPLAYBACK) {
        SetLastError(ERROR_ACCESS_DENIED);
        return NULL;
    }
    if (tid && (is_ll(id) || id == WH_SYSMSGFILTER)) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return NULL;
    }
    if (!tid && !module && !is_ll(id)) {
        SetLastError(ERROR_HOOK_NEEDS_HMOD);
        return NULL;
    }
    if (tid && tid != GetCurrentThreadId() && !thread_is_ours(tid)) {
        /* another program's thread: its process cannot run our code */
        SetLastError(module ? ERROR_INVALID_PARAMETER : ERROR_HOOK_NEEDS_HMOD);
        return NULL;
    }
    if (!(h = calloc(1, sizeof(*h)))) {
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
        return NULL;
    }
    h->id = id;
    h->proc = proc;
    h->tid = tid;
    h->owner = GetCurrentThreadId();
    h->unicode = unicode;
    if (is_ll(id)) queue_current();   /* the events come through this thread's queue */
    user_lock();
    if (!(h->handle = user_obj_alloc(h, USER_OBJ_HOOK))) {
        user_unlock();
        free(h);
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
        return NULL;
    }
    h->next = chains[id - WH_MIN];
    chains[id - WH_MIN] = h;
    __atomic_add_fetch(&live[id - WH_MIN], 1, __ATOMIC_RELAXED);
    user_unlock();
    return h->handle;
}

WINUSERAPI HHOOK WINAPI SetWindowsHookExW(INT id, HOOKPROC proc, HINSTANCE module, DWORD tid)
{
    return set_hook(id, proc, module, tid, TRUE);
}

WINUSERAPI HHOOK WINAPI SetWindowsHookExA(INT id, HOOKPROC proc, HINSTANCE module, DWORD tid)
{
    return set_hook(id, proc, module, tid, FALSE);
}

/* The 16-bit era's call: a hook on the calling thread. */
WINUSERAPI HHOOK WINAPI SetWindowsHookW(INT id, HOOKPROC proc)
{
    return set_hook(id, proc, NULL, is_ll(id) ? 0 : GetCurrentThreadId(), TRUE);
}

WINUSERAPI HHOOK WINAPI SetWindowsHookA(INT id, HOOKPROC proc)
{
    return set_hook(id, proc, NULL, is_ll(id) ? 0 : GetCurrentThreadId(), FALSE);
}

WINUSERAPI BOOL WINAPI UnhookWindowsHookEx(HHOOK handle)
{
    struct hook *h;

    user_lock();
    if (!(h = user_obj_get(handle, USER_OBJ_HOOK))) {
        user_unlock();
        SetLastError(ERROR_INVALID_HOOK_HANDLE);
        return FALSE;
    }
    user_obj_free(handle);
    h->dead = TRUE;
    __atomic_sub_fetch(&live[h->id - WH_MIN], 1, __ATOMIC_RELAXED);
    h->calls++;
    release(h);   /* frees it now unless a call is running through it */
    user_unlock();
    return TRUE;
}

/* The old way to remove a hook: by its type and procedure. */
WINUSERAPI BOOL WINAPI UnhookWindowsHook(INT id, HOOKPROC proc)
{
    struct hook *h;
    HHOOK found = NULL;
    DWORD tid = GetCurrentThreadId();

    if (id < WH_MIN || id > WH_MAX) return FALSE;
    user_lock();
    for (h = chains[id - WH_MIN]; h; h = h->next)
        if (!h->dead && h->proc == proc && h->owner == tid) {
            found = h->handle;
            break;
        }
    user_unlock();
    return found && UnhookWindowsHookEx(found);
}

/* A thread ends: its hooks go with it. */
void hook_thread_detach(void)
{
    DWORD tid = GetCurrentThreadId();
    HHOOK mine[64];
    int count;

    do {
        count = 0;
        user_lock();
        for (int i = 0; i < HOOK_TYPES; i++)
            for (struct hook *h = chains[i]; h && count < 64; h = h->next)
                if (!h->dead && h->owner == tid) mine[count++] = h->handle;
        user_unlock();
        for (int i = 0; i < count; i++) UnhookWindowsHookEx(mine[i]);
    } while (count == 64);
}

/* WH_SYSMSGFILTER first; WH_MSGFILTER only when it did not take the message. */
static BOOL call_msg_filter(MSG *msg, INT code, BOOL unicode)
{
    if (hook_call(WH_SYSMSGFILTER, code, 0, (LPARAM)msg, unicode)) return TRUE;
    return hook_call(WH_MSGFILTER, code, 0, (LPARAM)msg, unicode) != 0;
}

WINUSERAPI BOOL WINAPI CallMsgFilterW(MSG *msg, INT code) { return call_msg_filter(msg, code, TRUE); }
WINUSERAPI BOOL WINAPI CallMsgFilterA(MSG *msg, INT code) { return call_msg_filter(msg, code, FALSE); }

/* ---- the low-level hooks: input entering the process ---- */

/* MSG is the key message the event will become (WM_(SYS)KEYDOWN/UP). */
BOOL hook_ll_key(UINT msg, UINT vk, UINT scan, UINT flags, BOOL injected, ULONG_PTR extra)
{
    KBDLLHOOKSTRUCT ks;

    if (!hook_is_set(WH_KEYBOARD_LL)) return FALSE;
    ks.vkCode = vk;
    ks.scanCode = scan;
    ks.flags = flags;
    if (injected) ks.flags |= LLKHF_INJECTED;
    ks.time = GetTickCount();
    ks.dwExtraInfo = extra;
    return hook_call(WH_KEYBOARD_LL, HC_ACTION, msg, (LPARAM)&ks, TRUE) != 0;
}

/* MSG: the client mouse message; PT on the screen; DATA the wheel delta or X button. */
BOOL hook_ll_mouse(UINT msg, POINT pt, DWORD data, BOOL injected, ULONG_PTR extra)
{
    MSLLHOOKSTRUCT ms;

    if (!hook_is_set(WH_MOUSE_LL)) return FALSE;
    ms.pt = pt;
    ms.mouseData = data;
    ms.flags = injected ? LLMHF_INJECTED : 0;
    ms.time = GetTickCount();
    ms.dwExtraInfo = extra;
    return hook_call(WH_MOUSE_LL, HC_ACTION, msg, (LPARAM)&ms, TRUE) != 0;
}
