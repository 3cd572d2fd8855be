/*
 * Message queues: one per thread, created on first need. Posting,
 * sending (direct on the same thread; across threads the sender waits
 * while the receiver runs the message in its GetMessage/PeekMessage/
 * SendMessage), GetMessage/PeekMessage with filters, DispatchMessage,
 * timers, quit, and the queue as a waitable for MsgWaitForMultipleObjects.
 *
 * Each queue owns a manual-reset event that is set whenever something
 * arrives (a posted or sent message, a reply, a paint or a quit). A
 * waiter resets it under the lock *before* looking at the queue, so an
 * arrival between the look and the wait leaves the event set: no lost
 * wake-up. The event is an ordinary kernel32 event, so waits combine it
 * with the program's handles through ntdll's one wait loop.
 *
 * Queues are never freed: a thread's queue goes to a free list when the
 * thread ends and is reused, so a sender that still holds a pointer to it
 * touches valid memory.
 */
#include <stdlib.h>
#include <string.h>
#include "user_private.h"

#define WM_SYSTIMER 0x0118
#define USER_TIMER_MINIMUM 0x0000000A
#define USER_TIMER_MAXIMUM 0x7FFFFFFF

enum send_type { SEND_NORMAL, SEND_NOTIFY, SEND_CALLBACK };

struct posted {
    struct posted *next;
    MSG msg;
};

/* a FIFO of posted messages */
struct msg_list {
    struct posted *head, *tail;
};

struct sent {
    struct sent *next;
    HWND hwnd;
    UINT msg;
    WPARAM wp;
    LPARAM lp;
    BOOL unicode;
    enum send_type type;
    struct user_queue *sender;       /* NULL once the sender gave up or for notify */
    SENDASYNCPROC callback;
    ULONG_PTR callback_data;
    LRESULT result;
    BOOL replied;                    /* RESULT is final (ReplyMessage may come early) */
    BOOL finished;                   /* the receiver no longer touches it */
    struct sent *prev_received;      /* the stack of messages being processed */
};

struct timer {
    struct timer *next;
    HWND hwnd;
    UINT_PTR id;
    TIMERPROC proc;
    UINT elapse;
    DWORD due;
};

struct user_queue {
    struct user_queue *next_free;
    DWORD tid;
    HANDLE event;
    struct msg_list posted;            /* PostMessage's */
    struct msg_list input;             /* the display's keys and mouse: read after the posted ones */
    struct sent *incoming, *incoming_tail;
    struct sent *received;            /* being processed, innermost first */
    struct sent *callbacks;           /* replies for SendMessageCallback */
    struct timer *timers;
    UINT_PTR next_timer_id;
    BOOL quit;
    INT quit_code;
    UINT changed_bits;
    DWORD msg_time;
    POINT msg_pos;
    LPARAM extra_info;
    HWND focus, active, capture;      /* focus.c */
};

static struct user_queue *free_queues;   /* under the lock */
static struct user_queue **all_queues;   /* live queues, for PostThreadMessage */
static int all_count, all_size;
static __thread struct user_queue *current_queue;

struct user_queue *queue_current(void)
{
    struct user_queue *q = current_queue;

    if (q) return q;
    user_lock();
    if ((q = free_queues)) {
        free_queues = q->next_free;
        HANDLE event = q->event;
        memset(q, 0, sizeof(*q));
        q->event = event;
    } else if ((q = calloc(1, sizeof(*q)))) {
        q->event = CreateEventW(NULL, TRUE, FALSE, NULL);
    }
    if (!q) {
        user_unlock();
        return NULL;   /* callers treat this as out of memory */
    }
    q->tid = GetCurrentThreadId();
    q->next_timer_id = 0x7fff;
    if (all_count == all_size) {
        struct user_queue **bigger = realloc(all_queues, (all_size = all_size * 2 + 8) * sizeof(*bigger));
        if (bigger) all_queues = bigger;
    }
    if (all_count < all_size) all_queues[all_count++] = q;
    user_unlock();
    return current_queue = q;
}

/* Focus state lives in the queue (Windows keeps it per thread input). */
HWND *queue_focus_slot(int which)
{
    struct user_queue *q = queue_current();
    return which == 0 ? &q->focus : which == 1 ? &q->active : &q->capture;
}

/* The focus (0), active (1) or capture (2) window of queue Q, under the
 * lock: the display driver's thread asks for the window thread's. */
HWND queue_window_slot(struct user_queue *q, int which)
{
    if (!q) return NULL;
    return which == 0 ? q->focus : which == 1 ? q->active : q->capture;
}

static struct user_queue *queue_of_thread(DWORD tid)
{
    for (int i = 0; i < all_count; i++)
        if (all_queues[i]->tid == tid) return all_queues[i];
    return NULL;
}

static void wake(struct user_queue *q, UINT bits)
{
    q->changed_bits |= bits;
    SetEvent(q->event);
}

void queue_wake(struct user_queue *queue, UINT bits)
{
    if (queue) wake(queue, bits);
}

void queue_paint_changed(struct user_queue *queue)
{
    if (queue) wake(queue, QS_PAINT);
}

static void list_append(struct msg_list *list, struct posted *p)
{
    p->next = NULL;
    if (list->tail) list->tail->next = p;
    else list->head = p;
    list->tail = p;
}

/* unlinks *PP (an element of LIST) and frees it */
static void list_unlink(struct msg_list *list, struct posted **pp)
{
    struct posted *p = *pp;
    *pp = p->next;
    if (list->tail == p) {
        list->tail = NULL;
        for (struct posted *x = list->head; x; x = x->next) list->tail = x;
    }
    free(p);
}

/* HWND's messages out of LIST, or all of them */
static void list_remove(struct msg_list *list, HWND hwnd, BOOL all)
{
    for (struct posted **pp = &list->head; *pp; )
        if (all || (*pp)->msg.hwnd == hwnd) list_unlink(list, pp);
        else pp = &(*pp)->next;
}

void queue_remove_window(struct user_queue *q, HWND hwnd)
{
    struct timer **tp, *t;

    if (!q) return;
    list_remove(&q->posted, hwnd, FALSE);
    list_remove(&q->input, hwnd, FALSE);
    for (tp = &q->timers; (t = *tp); ) {
        if (t->hwnd == hwnd) {
            *tp = t->next;
            free(t);
        } else tp = &t->next;
    }
}

static UINT bits_of_message(UINT msg)
{
    if (msg >= WM_KEYFIRST && msg <= WM_KEYLAST) return QS_KEY;
    if (msg == WM_MOUSEMOVE) return QS_MOUSEMOVE;
    if (msg >= WM_MOUSEFIRST && msg <= WM_MOUSELAST) return QS_MOUSEBUTTON;
    return QS_POSTMESSAGE | QS_ALLPOSTMESSAGE;
}

WINUSERAPI BOOL WINAPI GetCursorPos(POINT *);

static BOOL post_to_queue(struct user_queue *q, HWND hwnd, UINT msg, WPARAM wp, LPARAM lp, BOOL input)
{
    struct posted *p = malloc(sizeof(*p));

    if (!p) {
        SetLastError(ERROR_NOT_ENOUGH_QUOTA);
        return FALSE;
    }
    p->msg.hwnd = hwnd;
    p->msg.message = msg;
    p->msg.wParam = wp;
    p->msg.lParam = lp;
    p->msg.time = GetTickCount();
    p->msg.pt.x = p->msg.pt.y = 0;
    if (input) GetCursorPos(&p->msg.pt);   /* where the pointer was: GetMessagePos, WH_MOUSE */
    user_lock();
    list_append(input ? &q->input : &q->posted, p);
    wake(q, bits_of_message(msg));
    user_unlock();
    return TRUE;
}

/* Messages whose parameters point into the sender's memory cannot be posted. */
static BOOL is_pointer_message(UINT msg)
{
    switch (msg) {
    case WM_CREATE: case WM_NCCREATE: case WM_SETTEXT: case WM_GETTEXT: case WM_GETMINMAXINFO:
    case WM_WINDOWPOSCHANGING: case WM_WINDOWPOSCHANGED: case WM_NCCALCSIZE: case WM_STYLECHANGING:
    case WM_STYLECHANGED:
        return TRUE;
    }
    return FALSE;
}

WINUSERAPI BOOL WINAPI PostThreadMessageW(DWORD tid, UINT msg, WPARAM wp, LPARAM lp)
{
    struct user_queue *q;

    if (is_pointer_message(msg)) {
        SetLastError(ERROR_MESSAGE_SYNC_ONLY);
        return FALSE;
    }
    user_lock();
    q = queue_of_thread(tid);
    user_unlock();
    if (!q) {
        SetLastError(ERROR_INVALID_THREAD_ID);
        return FALSE;
    }
    return post_to_queue(q, NULL, msg, wp, lp, FALSE);
}

WINUSERAPI BOOL WINAPI PostThreadMessageA(DWORD tid, UINT msg, WPARAM wp, LPARAM lp)
{
    return PostThreadMessageW(tid, msg, wp, lp);
}

static BOOL CALLBACK post_broadcast(HWND hwnd, LPARAM lp)
{
    MSG *m = (MSG *)lp;
    PostMessageW(hwnd, m->message, m->wParam, m->lParam);
    return TRUE;
}

/* The queue of *HWND's thread, *HWND made the full handle; NULL with the
 * error set for no window. */
static struct user_queue *queue_of_window(HWND *hwnd)
{
    struct user_window *win;
    struct user_queue *q;

    user_lock();
    if (!(win = window_get(*hwnd))) {
        user_unlock();
        SetLastError(ERROR_INVALID_WINDOW_HANDLE);
        return NULL;
    }
    *hwnd = win->handle;
    q = win->queue;
    user_unlock();
    return q;
}

WINUSERAPI BOOL WINAPI PostMessageW(HWND hwnd, UINT msg, WPARAM wp, LPARAM lp)
{
    struct user_queue *q;

    if (is_pointer_message(msg)) {
        SetLastError(ERROR_MESSAGE_SYNC_ONLY);
        return FALSE;
    }
    if (!hwnd) return PostThreadMessageW(GetCurrentThreadId(), msg, wp, lp);
    if (hwnd == HWND_BROADCAST) {
        MSG m = { 0, msg, wp, lp, 0, { 0, 0 } };
        EnumWindows(post_broadcast, (LPARAM)&m);
        return TRUE;
    }
    if (!(q = queue_of_window(&hwnd))) return FALSE;
    return post_to_queue(q, hwnd, msg, wp, lp, FALSE);
}

/* The display's keyboard and mouse messages for HWND's thread. They wait
 * in their own list, read after the posted messages: so the WM_CHAR that
 * TranslateMessage posts for a key comes before that key's WM_KEYUP, as
 * on Windows. */
BOOL post_input_message(HWND hwnd, UINT msg, WPARAM wp, LPARAM lp)
{
    struct user_queue *q = queue_of_window(&hwnd);
    return q && post_to_queue(q, hwnd, msg, wp, lp, TRUE);
}

WINUSERAPI BOOL WINAPI PostMessageA(HWND hwnd, UINT msg, WPARAM wp, LPARAM lp)
{
    /* WM_CHAR's wParam would be converted from the A code page; ASCII passes as is */
    return PostMessageW(hwnd, msg, wp, lp);
}

WINUSERAPI void WINAPI PostQuitMessage(INT code)
{
    struct user_queue *q = queue_current();

    user_lock();
    q->quit = TRUE;
    q->quit_code = code;
    wake(q, QS_POSTMESSAGE | QS_ALLPOSTMESSAGE);
    user_unlock();
}

/* ---- A/W conversion of messages that carry text ---- */

/* PROC with LP, a string in (or NULL), converted to its character set
 * (TO_UNICODE: the caller used A, the procedure takes W) */
LRESULT call_with_string_converted(WNDPROC proc, BOOL to_unicode, HWND hwnd, UINT msg, WPARAM wp, LPARAM lp)
{
    LRESULT ret;
    void *text;

    if (!lp) return proc(hwnd, msg, wp, lp);
    text = to_unicode ? (void *)user_strdup_atow((LPCSTR)lp) : (void *)utf16_to_ansi_dup((LPCWSTR)lp);
    ret = proc(hwnd, msg, wp, (LPARAM)text);
    free(text);
    return ret;
}

static LRESULT call_converted(WNDPROC proc, BOOL to_unicode, HWND hwnd, UINT msg, WPARAM wp, LPARAM lp)
{
    LRESULT ret;

    if (control_message_converts(hwnd, msg)) return control_call_converted(proc, to_unicode, hwnd, msg, wp, lp);
    switch (msg) {
    case WM_NCCREATE:
    case WM_CREATE: {
        /* CREATESTRUCTA and W have the same layout; only the strings differ */
        CREATESTRUCTW cs = *(CREATESTRUCTW *)lp;
        void *name = NULL, *cls = NULL;
        if (to_unicode) {
            if (!IS_INTRESOURCE(cs.lpszName)) cs.lpszName = name = user_strdup_atow((LPCSTR)cs.lpszName);
            if (!IS_INTRESOURCE(cs.lpszClass)) cs.lpszClass = cls = user_strdup_atow((LPCSTR)cs.lpszClass);
        } else {
            if (!IS_INTRESOURCE(cs.lpszName)) cs.lpszName = name = utf16_to_ansi_dup(cs.lpszName);
            if (!IS_INTRESOURCE(cs.lpszClass)) cs.lpszClass = cls = utf16_to_ansi_dup(cs.lpszClass);
        }
        ret = proc(hwnd, msg, wp, (LPARAM)&cs);
        free(name);
        free(cls);
        return ret;
    }
    case WM_SETTEXT:
        return call_with_string_converted(proc, to_unicode, hwnd, msg, wp, lp);
    case WM_GETTEXT: {
        INT count = wp;
        if (!lp || count <= 0) return proc(hwnd, msg, wp, lp);
        if (to_unicode) {   /* an A caller's buffer, a W procedure */
            WCHAR *buf = malloc(count * sizeof(WCHAR));
            INT n;
            if (!buf) return 0;
            buf[0] = 0;
            proc(hwnd, msg, count, (LPARAM)buf);
            n = WideCharToMultiByte(CP_ACP, 0, buf, -1, (LPSTR)lp, count, NULL, NULL);
            if (!n) {
                ((LPSTR)lp)[count - 1] = 0;
                n = count;
            }
            free(buf);
            return n - 1;
        } else {            /* a W caller's buffer, an A procedure */
            char *buf = malloc(count * 2);
            INT n;
            if (!buf) return 0;
            buf[0] = 0;
            proc(hwnd, msg, count * 2, (LPARAM)buf);
            n = MultiByteToWideChar(CP_ACP, 0, buf, -1, (LPWSTR)lp, count);
            if (!n) {
                ((LPWSTR)lp)[count - 1] = 0;
                n = count;
            }
            free(buf);
            return n - 1;
        }
    }
    case WM_CHAR: case WM_DEADCHAR: case WM_SYSCHAR: case WM_SYSDEADCHAR: {
        if (to_unicode) {
            char c = (char)wp;
            WCHAR w = 0;
            MultiByteToWideChar(CP_ACP, 0, &c, 1, &w, 1);
            return proc(hwnd, msg, w, lp);
        } else {
            WCHAR w = (WCHAR)wp;
            char c[2] = { 0 };
            WideCharToMultiByte(CP_ACP, 0, &w, 1, c, 2, NULL, NULL);
            return proc(hwnd, msg, (BYTE)c[0], lp);
        }
    }
    }
    return proc(hwnd, msg, wp, lp);
}

/* ---- window procedure handles for CallWindowProc ----
 * GetWindowLongPtrA on a W procedure (and the reverse) returns a handle
 * 0xffff00NN that names the procedure and its character set, so that
 * CallWindowProc can convert; a procedure of the caller's own character
 * set is returned as its address. Handles are never freed (a program
 * subclasses a handful of procedures). */
#define MAX_WINPROCS 1024
static struct { WNDPROC proc; BOOL unicode; } winprocs[MAX_WINPROCS];
static int winproc_count;

WNDPROC winproc_handle(WNDPROC proc, BOOL unicode, BOOL caller_unicode)
{
    int i;

    if (!proc || unicode == caller_unicode) return proc;
    user_lock();
    for (i = 0; i < winproc_count; i++)
        if (winprocs[i].proc == proc && winprocs[i].unicode == unicode) break;
    if (i == winproc_count) {
        if (i == MAX_WINPROCS) {
            user_unlock();
            return proc;
        }
        winprocs[i].proc = proc;
        winprocs[i].unicode = unicode;
        winproc_count++;
    }
    user_unlock();
    return (WNDPROC)(ULONG_PTR)(0xffff0000 | i);
}

/* A handle back to its procedure and character set; an address stays. */
WNDPROC winproc_resolve(WNDPROC proc, BOOL *unicode)
{
    ULONG_PTR v = (ULONG_PTR)proc;

    if ((v & 0xffff0000) == 0xffff0000 && v >> 32 == 0 && (v & 0xffff) < (ULONG_PTR)winproc_count) {
        *unicode = winprocs[v & 0xffff].unicode;
        return winprocs[v & 0xffff].proc;
    }
    return proc;
}

LRESULT call_window_proc(WNDPROC proc, BOOL proc_unicode, HWND hwnd, UINT msg, WPARAM wp, LPARAM lp,
                         BOOL msg_unicode)
{
    if (!proc) return 0;
    proc = winproc_resolve(proc, &proc_unicode);
    if (proc_unicode == msg_unicode) return proc(hwnd, msg, wp, lp);
    return call_converted(proc, proc_unicode, hwnd, msg, wp, lp);
}

WINUSERAPI LRESULT WINAPI CallWindowProcW(WNDPROC proc, HWND hwnd, UINT msg, WPARAM wp, LPARAM lp)
{
    return call_window_proc(proc, TRUE, hwnd, msg, wp, lp, TRUE);
}

WINUSERAPI LRESULT WINAPI CallWindowProcA(WNDPROC proc, HWND hwnd, UINT msg, WPARAM wp, LPARAM lp)
{
    return call_window_proc(proc, FALSE, hwnd, msg, wp, lp, FALSE);
}

/* ---- sent messages ---- */

/* A sent message's procedure, between WH_CALLWNDPROC and WH_CALLWNDPROCRET
 * (which see it and cannot change it); SAME_THREAD: sent by this thread. */
static LRESULT call_sent(WNDPROC proc, BOOL proc_unicode, HWND hwnd, UINT msg, WPARAM wp, LPARAM lp, BOOL unicode,
                         BOOL same_thread)
{
    LRESULT result;

    if (hook_is_set(WH_CALLWNDPROC)) {
        CWPSTRUCT cwp = { lp, wp, msg, hwnd };
        hook_call(WH_CALLWNDPROC, HC_ACTION, same_thread, (LPARAM)&cwp, unicode);
    }
    result = call_window_proc(proc, proc_unicode, hwnd, msg, wp, lp, unicode);
    if (hook_is_set(WH_CALLWNDPROCRET)) {
        CWPRETSTRUCT ret = { result, lp, wp, msg, hwnd };
        hook_call(WH_CALLWNDPROCRET, HC_ACTION, same_thread, (LPARAM)&ret, unicode);
    }
    return result;
}

/* Runs one sent message for its receiver (the current thread). */
static void process_sent(struct user_queue *q, struct sent *s)
{
    WNDPROC proc;
    BOOL proc_unicode = TRUE;
    LRESULT result = 0;

    user_lock();
    s->prev_received = q->received;
    q->received = s;
    user_unlock();
    if (s->msg >= WM_WINRUN_DRIVER_FIRST) result = driver_internal_message(s->hwnd, s->msg, s->wp, s->lp);
    else if ((proc = window_get_proc(s->hwnd, &proc_unicode)))
        result = call_sent(proc, proc_unicode, s->hwnd, s->msg, s->wp, s->lp, s->unicode, FALSE);
    user_lock();
    q->received = s->prev_received;
    s->finished = TRUE;
    if (!s->replied) {
        s->replied = TRUE;
        s->result = result;
        if (s->type == SEND_NORMAL && s->sender) wake(s->sender, QS_SENDMESSAGE);
    }
    if (s->type == SEND_NORMAL && s->sender) {
        user_unlock();   /* the waiting sender frees it */
        return;
    }
    if (s->type == SEND_CALLBACK && s->sender) {
        /* the callback runs on the sender's thread, in its next message wait */
        s->next = s->sender->callbacks;
        s->sender->callbacks = s;
        wake(s->sender, QS_SENDMESSAGE);
        user_unlock();
        return;
    }
    user_unlock();
    free(s);
}

/* Runs every sent message waiting for this thread, and the callbacks of
 * its own SendMessageCallback calls. Returns TRUE when any ran. */
static BOOL process_incoming(struct user_queue *q)
{
    struct sent *s;
    BOOL any = FALSE;

    for (;;) {
        user_lock();
        if ((s = q->incoming)) {
            q->incoming = s->next;
            if (!q->incoming) q->incoming_tail = NULL;
            s->next = NULL;
            user_unlock();
            process_sent(q, s);
            any = TRUE;
            continue;
        }
        if ((s = q->callbacks)) {
            q->callbacks = s->next;
            user_unlock();
            s->callback(s->hwnd, s->msg, s->callback_data, s->result);
            free(s);
            any = TRUE;
            continue;
        }
        user_unlock();
        return any;
    }
}

/* Sends to another thread's window and waits for the reply, running the
 * messages sent to this thread meanwhile. TIMEOUT_MS: INFINITE or ms. */
static BOOL send_other_thread(struct user_queue *to, HWND hwnd, UINT msg, WPARAM wp, LPARAM lp, BOOL unicode,
                              enum send_type type, SENDASYNCPROC callback, ULONG_PTR data,
                              DWORD timeout_ms, LRESULT *result)
{
    struct user_queue *q = queue_current();
    struct sent *s = calloc(1, sizeof(*s));
    DWORD start = GetTickCount();

    if (!s) {
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
        return FALSE;
    }
    s->hwnd = hwnd;
    s->msg = msg;
    s->wp = wp;
    s->lp = lp;
    s->unicode = unicode;
    s->type = type;
    s->sender = type == SEND_NOTIFY ? NULL : q;
    s->callback = callback;
    s->callback_data = data;
    user_lock();
    if (to->incoming_tail) to->incoming_tail->next = s;
    else to->incoming = s;
    to->incoming_tail = s;
    wake(to, QS_SENDMESSAGE);
    user_unlock();
    if (type != SEND_NORMAL) return TRUE;

    for (;;) {
        DWORD wait_ms = INFINITE, ret;
        user_lock();
        ResetEvent(q->event);
        if (s->replied) {
            *result = s->result;
            if (s->finished) free(s);
            else s->sender = NULL;   /* replied early: the receiver frees it */
            user_unlock();
            return TRUE;
        }
        user_unlock();
        if (process_incoming(q)) continue;
        if (timeout_ms != INFINITE) {
            DWORD spent = GetTickCount() - start;
            wait_ms = spent >= timeout_ms ? 0 : timeout_ms - spent;
        }
        ret = WaitForMultipleObjectsEx(1, &q->event, FALSE, wait_ms, FALSE);
        if (ret == WAIT_TIMEOUT) {
            user_lock();
            if (s->replied) {
                *result = s->result;
                if (s->finished) free(s);
                else s->sender = NULL;
                user_unlock();
                return TRUE;
            }
            s->sender = NULL;   /* the receiver frees it when done */
            /* still queued: take it back */
            {
                struct sent **pp, *prev = NULL;
                for (pp = &to->incoming; *pp; prev = *pp, pp = &(*pp)->next)
                    if (*pp == s) {
                        *pp = s->next;
                        if (to->incoming_tail == s) to->incoming_tail = prev;
                        free(s);
                        break;
                    }
            }
            user_unlock();
            SetLastError(ERROR_TIMEOUT);
            return FALSE;
        }
    }
}

/* Sends MSG; FALSE when the window is invalid or the send timed out. */
static BOOL send_message_full(HWND hwnd, UINT msg, WPARAM wp, LPARAM lp, BOOL unicode, enum send_type type,
                              SENDASYNCPROC callback, ULONG_PTR data, DWORD timeout_ms, LRESULT *result)
{
    struct user_window *win;
    struct user_queue *to;
    WNDPROC proc;
    BOOL proc_unicode, same_thread;

    *result = 0;
    user_lock();
    if (!(win = window_get(hwnd))) {
        user_unlock();
        SetLastError(ERROR_INVALID_WINDOW_HANDLE);
        return FALSE;
    }
    hwnd = win->handle;
    to = win->queue;
    proc = win->proc;
    proc_unicode = win->unicode;
    same_thread = win->tid == GetCurrentThreadId();
    user_unlock();
    if (same_thread || !to) {
        if (msg >= WM_WINRUN_DRIVER_FIRST) *result = driver_internal_message(hwnd, msg, wp, lp);
        else *result = call_sent(proc, proc_unicode, hwnd, msg, wp, lp, unicode, TRUE);
        if (type == SEND_CALLBACK && callback) callback(hwnd, msg, data, *result);
        return TRUE;
    }
    return send_other_thread(to, hwnd, msg, wp, lp, unicode, type, callback, data, timeout_ms, result);
}

/* Sends an internal message (>= WM_WINRUN_DRIVER_FIRST, no window) to
 * thread TID's queue; FALSE when it has none or did not answer in time. */
BOOL send_to_thread(DWORD tid, UINT msg, WPARAM wp, LPARAM lp, DWORD timeout_ms, LRESULT *result)
{
    struct user_queue *to;

    *result = 0;
    user_lock();
    to = queue_of_thread(tid);
    user_unlock();
    if (!to) return FALSE;
    return send_other_thread(to, NULL, msg, wp, lp, TRUE, SEND_NORMAL, NULL, 0, timeout_ms, result);
}

LRESULT send_message(HWND hwnd, UINT msg, WPARAM wp, LPARAM lp, BOOL unicode)
{
    LRESULT result;
    send_message_full(hwnd, msg, wp, lp, unicode, SEND_NORMAL, NULL, 0, INFINITE, &result);
    return result;
}

static BOOL CALLBACK send_broadcast(HWND hwnd, LPARAM lp)
{
    MSG *m = (MSG *)lp;
    LRESULT r;
    send_message_full(hwnd, m->message, m->wParam, m->lParam, m->time, SEND_NORMAL, NULL, 0, 5000, &r);
    return TRUE;
}

WINUSERAPI LRESULT WINAPI SendMessageW(HWND hwnd, UINT msg, WPARAM wp, LPARAM lp)
{
    if (hwnd == HWND_BROADCAST) {
        MSG m = { 0, msg, wp, lp, TRUE, { 0, 0 } };
        EnumWindows(send_broadcast, (LPARAM)&m);
        return 1;
    }
    return send_message(hwnd, msg, wp, lp, TRUE);
}

WINUSERAPI LRESULT WINAPI SendMessageA(HWND hwnd, UINT msg, WPARAM wp, LPARAM lp)
{
    if (hwnd == HWND_BROADCAST) {
        MSG m = { 0, msg, wp, lp, FALSE, { 0, 0 } };
        EnumWindows(send_broadcast, (LPARAM)&m);
        return 1;
    }
    return send_message(hwnd, msg, wp, lp, FALSE);
}

/* both SendMessageTimeouts; their SMTO_* flags are not looked at */
static LRESULT send_timeout(HWND hwnd, UINT msg, WPARAM wp, LPARAM lp, BOOL unicode, UINT timeout, DWORD_PTR *result)
{
    LRESULT r;
    BOOL ok = send_message_full(hwnd, msg, wp, lp, unicode, SEND_NORMAL, NULL, 0, timeout, &r);

    if (ok && result) *result = r;
    return ok;
}

WINUSERAPI LRESULT WINAPI SendMessageTimeoutW(HWND hwnd, UINT msg, WPARAM wp, LPARAM lp, UINT flags, UINT timeout,
                                              DWORD_PTR *result)
{
    (void)flags;
    return send_timeout(hwnd, msg, wp, lp, TRUE, timeout, result);
}

WINUSERAPI LRESULT WINAPI SendMessageTimeoutA(HWND hwnd, UINT msg, WPARAM wp, LPARAM lp, UINT flags, UINT timeout,
                                              DWORD_PTR *result)
{
    (void)flags;
    return send_timeout(hwnd, msg, wp, lp, FALSE, timeout, result);
}

WINUSERAPI BOOL WINAPI SendNotifyMessageW(HWND hwnd, UINT msg, WPARAM wp, LPARAM lp)
{
    LRESULT r;
    if (is_pointer_message(msg)) {
        SetLastError(ERROR_MESSAGE_SYNC_ONLY);
        return FALSE;
    }
    return send_message_full(hwnd, msg, wp, lp, TRUE, SEND_NOTIFY, NULL, 0, INFINITE, &r);
}

WINUSERAPI BOOL WINAPI SendNotifyMessageA(HWND hwnd, UINT msg, WPARAM wp, LPARAM lp)
{
    LRESULT r;
    if (is_pointer_message(msg)) {
        SetLastError(ERROR_MESSAGE_SYNC_ONLY);
        return FALSE;
    }
    return send_message_full(hwnd, msg, wp, lp, FALSE, SEND_NOTIFY, NULL, 0, INFINITE, &r);
}

WINUSERAPI BOOL WINAPI SendMessageCallbackW(HWND hwnd, UINT msg, WPARAM wp, LPARAM lp, SENDASYNCPROC callback,
                                            ULONG_PTR data)
{
    LRESULT r;
    return send_message_full(hwnd, msg, wp, lp, TRUE, SEND_CALLBACK, callback, data, INFINITE, &r);
}

WINUSERAPI BOOL WINAPI SendMessageCallbackA(HWND hwnd, UINT msg, WPARAM wp, LPARAM lp, SENDASYNCPROC callback,
                                            ULONG_PTR data)
{
    LRESULT r;
    return send_message_full(hwnd, msg, wp, lp, FALSE, SEND_CALLBACK, callback, data, INFINITE, &r);
}

WINUSERAPI DWORD WINAPI InSendMessageEx(LPVOID reserved)
{
    struct user_queue *q = queue_current();
    DWORD ret = ISMEX_NOSEND;

    (void)reserved;
    user_lock();
    if (q->received) {
        ret = q->received->type == SEND_NOTIFY ? ISMEX_NOTIFY :
              q->received->type == SEND_CALLBACK ? ISMEX_CALLBACK : ISMEX_SEND;
        if (q->received->replied) ret |= ISMEX_REPLIED;
    }
    user_unlock();
    return ret;
}

WINUSERAPI BOOL WINAPI InSendMessage(void)
{
    return (InSendMessageEx(NULL) & (ISMEX_SEND | ISMEX_REPLIED)) == ISMEX_SEND;
}

WINUSERAPI BOOL WINAPI ReplyMessage(LRESULT result)
{
    struct user_queue *q = queue_current();
    struct sent *s;

    user_lock();
    if (!(s = q->received) || s->replied || s->type == SEND_NOTIFY) {
        user_unlock();
        return FALSE;
    }
    s->replied = TRUE;
    s->result = result;
    if (s->type == SEND_NORMAL && s->sender) wake(s->sender, QS_SENDMESSAGE);
    user_unlock();
    return TRUE;
}

/* ---- timers ---- */

static UINT_PTR set_timer(HWND hwnd, UINT_PTR id, UINT elapse, TIMERPROC proc)
{
    struct user_queue *q = queue_current();
    struct user_window *win;
    struct timer *t;

    if (elapse < USER_TIMER_MINIMUM) elapse = USER_TIMER_MINIMUM;
    if (elapse > USER_TIMER_MAXIMUM) elapse = USER_TIMER_MAXIMUM;
    user_lock();
    if (hwnd) {
        if (!(win = window_get(hwnd))) {
            user_unlock();
            SetLastError(ERROR_INVALID_WINDOW_HANDLE);
            return 0;
        }
        if (win->tid != GetCurrentThreadId()) {
            user_unlock();
            SetLastError(ERROR_ACCESS_DENIED);
            return 0;
        }
        hwnd = win->handle;
    } else {
        /* a thread timer: a new id unless ID names one of ours */
        for (t = q->timers; t; t = t->next)
            if (!t->hwnd && t->id == id) break;
        if (!t) {
            do id = q->next_timer_id--; while (!id);
        }
    }
    for (t = q->timers; t; t = t->next)
        if (t->hwnd == hwnd && t->id == id) break;
    if (!t) {
        if (!(t = calloc(1, sizeof(*t)))) {
            user_unlock();
            SetLastError(ERROR_NOT_ENOUGH_MEMORY);
            return 0;
        }
        t->next = q->timers;
        q->timers = t;
    }
    t->hwnd = hwnd;
    t->id = id;
    t->proc = proc;
    t->elapse = elapse;
    t->due = GetTickCount() + elapse;
    user_unlock();
    return id ? id : 1;
}

WINUSERAPI UINT_PTR WINAPI SetTimer(HWND hwnd, UINT_PTR id, UINT elapse, TIMERPROC proc)
{
    return set_timer(hwnd, id, elapse, proc);
}

WINUSERAPI UINT_PTR WINAPI SetSystemTimer(HWND hwnd, UINT_PTR id, UINT elapse, TIMERPROC proc)
{
    return set_timer(hwnd, id, elapse, proc);
}

WINUSERAPI BOOL WINAPI KillTimer(HWND hwnd, UINT_PTR id)
{
    struct user_queue *q = queue_current();
    struct timer **tp, *t;

    if (hwnd) hwnd = window_full_handle(hwnd);
    user_lock();
    for (tp = &q->timers; (t = *tp); tp = &t->next)
        if (t->hwnd == hwnd && t->id == id) {
            *tp = t->next;
            free(t);
            user_unlock();
            return TRUE;
        }
    user_unlock();
    SetLastError(ERROR_INVALID_PARAMETER);
    return FALSE;
}

/* Milliseconds until the next timer is due (0 when one is), or INFINITE. */
static DWORD next_timer_ms(struct user_queue *q)
{
    DWORD now = GetTickCount(), best = INFINITE;

    for (struct timer *t = q->timers; t; t = t->next) {
        LONG left = (LONG)(t->due - now);
        if (left <= 0) return 0;
        if ((DWORD)left < best) best = left;
    }
    return best;
}

/* ---- GetMessage / PeekMessage ---- */

static BOOL matches(HWND filter, const MSG *msg, UINT first, UINT last)
{
    if (first || last) {
        if (first <= last ? (msg->message < first || msg->message > last)
                          : (msg->message < first && msg->message > last)) return FALSE;
    }
    if (!filter) return TRUE;
    if (filter == (HWND)(LONG_PTR)-1) return msg->hwnd == NULL;
    return msg->hwnd == filter || IsChild(filter, msg->hwnd);
}

HWND window_find_paint(DWORD tid, HWND filter);

#define PEEK_FOUND 1
#define PEEK_NONE  0

/* The first message of LIST that passes the filter, into *MSG (and out of
 * the list with PM_REMOVE); under the lock. */
static BOOL list_take(struct msg_list *list, MSG *msg, HWND filter, UINT first, UINT last, UINT flags)
{
    for (struct posted **pp = &list->head; *pp; pp = &(*pp)->next) {
        if (!matches(filter, &(*pp)->msg, first, last)) continue;
        *msg = (*pp)->msg;
        if (flags & PM_REMOVE) list_unlink(list, pp);
        return TRUE;
    }
    return FALSE;
}

/* WH_KEYBOARD / WH_MOUSE for an input message about to be returned (HC_ACTION
 * when it is being removed, else HC_NOREMOVE); TRUE: a hook discarded it,
 * and it is gone from the queue. */
static BOOL input_hooks_discard(struct user_queue *q, const MSG *msg, UINT flags)
{
    INT code = (flags & PM_REMOVE) ? HC_ACTION : HC_NOREMOVE;
    BOOL discard = FALSE;

    if (msg->message >= WM_KEYFIRST && msg->message <= WM_KEYLAST)
        discard = hook_call(WH_KEYBOARD, code, msg->wParam, msg->lParam, TRUE) != 0;
    else if ((msg->message >= WM_MOUSEFIRST && msg->message <= WM_MOUSELAST) ||
             (msg->message >= WM_NCMOUSEMOVE && msg->message <= 0x00AD /* WM_NCXBUTTONDBLCLK */)) {
        MOUSEHOOKSTRUCT mh;
        BOOL nc = msg->message < WM_MOUSEFIRST;
        if (!hook_is_set(WH_MOUSE)) return FALSE;
        mh.pt = msg->pt;
        mh.hwnd = msg->hwnd;
        mh.wHitTestCode = nc ? (UINT)msg->wParam : HTCLIENT;
        mh.dwExtraInfo = 0;
        discard = hook_call(WH_MOUSE, code, msg->message, (LPARAM)&mh, TRUE) != 0;
    }
    if (!discard || (flags & PM_REMOVE)) return discard;
    user_lock();
    for (struct posted **pp = &q->input.head; *pp; pp = &(*pp)->next)
        if (!memcmp(&(*pp)->msg, msg, sizeof(*msg))) {
            list_unlink(&q->input, pp);
            break;
        }
    user_unlock();
    return TRUE;
}

/* Looks for a message in Windows' order: sent (run here), posted, quit,
 * input, paint, timer. Returns PEEK_FOUND with *MSG filled. */
static int peek_once(struct user_queue *q, MSG *msg, HWND filter, UINT first, UINT last, UINT flags)
{
    struct timer *t;
    HWND paint;
    MSG m;

again:
    process_incoming(q);
    user_lock();
    q->changed_bits = 0;
    if (list_take(&q->posted, msg, filter, first, last, flags)) {
        user_unlock();
        return PEEK_FOUND;
    }
    if (q->quit) {
        memset(msg, 0, sizeof(*msg));
        msg->message = WM_QUIT;
        msg->wParam = q->quit_code;
        msg->time = GetTickCount();
        if (flags & PM_REMOVE) q->quit = FALSE;
        user_unlock();
        return PEEK_FOUND;
    }
    if (list_take(&q->input, msg, filter, first, last, flags)) {
        user_unlock();
        if (input_hooks_discard(q, msg, flags)) goto again;
        return PEEK_FOUND;
    }
    user_unlock();
    m.message = WM_PAINT;
    m.hwnd = NULL;
    if ((!first && !last) || (first <= WM_PAINT && last >= WM_PAINT)) {
        if ((paint = window_find_paint(q->tid, filter == (HWND)(LONG_PTR)-1 ? NULL : filter)) &&
            filter != (HWND)(LONG_PTR)-1) {
            memset(msg, 0, sizeof(*msg));
            msg->hwnd = paint;
            msg->message = WM_PAINT;
            msg->time = GetTickCount();
            return PEEK_FOUND;
        }
    }
    user_lock();
    for (t = q->timers; t; t = t->next) {
        DWORD now = GetTickCount();
        if ((LONG)(t->due - now) > 0) continue;
        m.hwnd = t->hwnd;
        m.message = WM_TIMER;
        if (!matches(filter, &m, first, last)) continue;
        memset(msg, 0, sizeof(*msg));
        msg->hwnd = t->hwnd;
        msg->message = WM_TIMER;
        msg->wParam = t->id;
        msg->lParam = (LPARAM)t->proc;
        msg->time = now;
        if (flags & PM_REMOVE) t->due = now + t->elapse;
        user_unlock();
        return PEEK_FOUND;
    }
    user_unlock();
    return PEEK_NONE;
}

static void remember(struct user_queue *q, const MSG *msg, UINT flags)
{
    if (!(flags & PM_REMOVE)) return;
    q->msg_time = msg->time;
    q->msg_pos = msg->pt;
    input_key_retrieved(msg);   /* GetKeyState follows the key messages read */
}

static BOOL check_filter_window(HWND hwnd)
{
    if (!hwnd || hwnd == (HWND)(LONG_PTR)-1 || IsWindow(hwnd)) return TRUE;
    SetLastError(ERROR_INVALID_WINDOW_HANDLE);
    return FALSE;
}

static BOOL peek_message(MSG *msg, HWND hwnd, UINT first, UINT last, UINT flags, BOOL unicode)
{
    struct user_queue *q = queue_current();
    MSG m;

    if (!check_filter_window(hwnd)) return FALSE;
    if (hwnd && hwnd != (HWND)(LONG_PTR)-1) hwnd = window_full_handle(hwnd);
    if (peek_once(q, &m, hwnd, first, last, flags) != PEEK_FOUND) return FALSE;
    hook_call(WH_GETMESSAGE, HC_ACTION, flags & PM_REMOVE, (LPARAM)&m, unicode);   /* it may change M */
    remember(q, &m, flags);
    *msg = m;
    return TRUE;
}

WINUSERAPI BOOL WINAPI PeekMessageW(MSG *msg, HWND hwnd, UINT first, UINT last, UINT flags)
{
    return peek_message(msg, hwnd, first, last, flags, TRUE);
}

WINUSERAPI BOOL WINAPI PeekMessageA(MSG *msg, HWND hwnd, UINT first, UINT last, UINT flags)
{
    return peek_message(msg, hwnd, first, last, flags, FALSE);
}

static BOOL get_message(MSG *msg, HWND hwnd, UINT first, UINT last, BOOL unicode)
{
    struct user_queue *q = queue_current();

    if (!check_filter_window(hwnd)) return -1;
    if (hwnd && hwnd != (HWND)(LONG_PTR)-1) hwnd = window_full_handle(hwnd);
    for (;;) {
        DWORD wait_ms;
        user_lock();
        ResetEvent(q->event);
        user_unlock();
        if (peek_once(q, msg, hwnd, first, last, PM_REMOVE) == PEEK_FOUND) break;
        if (hwnd && hwnd != (HWND)(LONG_PTR)-1 && !IsWindow(hwnd)) {
            SetLastError(ERROR_INVALID_WINDOW_HANDLE);
            return -1;
        }
        user_lock();
        wait_ms = next_timer_ms(q);
        user_unlock();
        WaitForMultipleObjectsEx(1, &q->event, FALSE, wait_ms, FALSE);
    }
    hook_call(WH_GETMESSAGE, HC_ACTION, PM_REMOVE, (LPARAM)msg, unicode);   /* it may change *MSG */
    remember(q, msg, PM_REMOVE);
    return msg->message != WM_QUIT;
}

WINUSERAPI BOOL WINAPI GetMessageW(MSG *msg, HWND hwnd, UINT first, UINT last)
{
    return get_message(msg, hwnd, first, last, TRUE);
}

WINUSERAPI BOOL WINAPI GetMessageA(MSG *msg, HWND hwnd, UINT first, UINT last)
{
    return get_message(msg, hwnd, first, last, FALSE);
}

static LRESULT dispatch_message(const MSG *msg, BOOL unicode)
{
    WNDPROC proc;
    BOOL proc_unicode = TRUE;

    if ((msg->message == WM_TIMER || msg->message == WM_SYSTIMER) && msg->lParam) {
        /* only a TIMERPROC that a live timer names is called (as Windows checks) */
        struct user_queue *q = queue_current();
        TIMERPROC proc = NULL;
        HWND hwnd = msg->hwnd ? window_full_handle(msg->hwnd) : NULL;
        user_lock();
        for (struct timer *t = q->timers; t; t = t->next)
            if (t->hwnd == hwnd && t->id == msg->wParam && (LPARAM)t->proc == msg->lParam) proc = t->proc;
        user_unlock();
        if (proc) proc(msg->hwnd, msg->message, msg->wParam, GetTickCount());
        return 0;
    }
    if (!msg->hwnd) return 0;
    if (!(proc = window_get_proc(msg->hwnd, &proc_unicode))) {
        SetLastError(ERROR_INVALID_WINDOW_HANDLE);
        return 0;
    }
    if (!window_is_mine(msg->hwnd)) {
        SetLastError(ERROR_MESSAGE_SYNC_ONLY);
        return 0;
    }
    return call_window_proc(proc, proc_unicode, msg->hwnd, msg->message, msg->wParam, msg->lParam, unicode);
}

WINUSERAPI LRESULT WINAPI DispatchMessageW(const MSG *msg) { return dispatch_message(msg, TRUE); }
WINUSERAPI LRESULT WINAPI DispatchMessageA(const MSG *msg) { return dispatch_message(msg, FALSE); }

WINUSERAPI LONG WINAPI GetMessageTime(void) { return queue_current()->msg_time; }

WINUSERAPI DWORD WINAPI GetMessagePos(void)
{
    struct user_queue *q = queue_current();
    return MAKELONG((WORD)q->msg_pos.x, (WORD)q->msg_pos.y);
}

WINUSERAPI LPARAM WINAPI GetMessageExtraInfo(void) { return queue_current()->extra_info; }

WINUSERAPI LPARAM WINAPI SetMessageExtraInfo(LPARAM info)
{
    struct user_queue *q = queue_current();
    LPARAM old = q->extra_info;
    q->extra_info = info;
    return old;
}

/* What the queue holds now (wake bits), under the lock. */
static UINT wake_bits(struct user_queue *q)
{
    UINT bits = 0;

    for (struct posted *p = q->posted.head; p; p = p->next) bits |= bits_of_message(p->msg.message);
    for (struct posted *p = q->input.head; p; p = p->next) bits |= bits_of_message(p->msg.message);
    if (q->quit) bits |= QS_POSTMESSAGE | QS_ALLPOSTMESSAGE;
    if (q->incoming || q->callbacks) bits |= QS_SENDMESSAGE;
    if (next_timer_ms(q) == 0) bits |= QS_TIMER;
    return bits;
}

static UINT current_wake_bits(struct user_queue *q)
{
    UINT bits;

    user_lock();
    bits = wake_bits(q);
    user_unlock();
    if (window_find_paint(q->tid, NULL)) bits |= QS_PAINT;
    return bits;
}

WINUSERAPI DWORD WINAPI GetQueueStatus(UINT flags)
{
    struct user_queue *q = queue_current();
    UINT bits = current_wake_bits(q), changed;

    user_lock();
    changed = q->changed_bits | (bits & QS_TIMER);
    q->changed_bits = 0;
    user_unlock();
    return MAKELONG(changed & flags, bits & flags);
}

WINUSERAPI BOOL WINAPI GetInputState(void)
{
    return (current_wake_bits(queue_current()) & (QS_KEY | QS_MOUSEBUTTON)) != 0;
}

WINUSERAPI DWORD WINAPI MsgWaitForMultipleObjectsEx(DWORD count, const HANDLE *handles, DWORD timeout,
                                                    DWORD mask, DWORD flags)
{
    struct user_queue *q = queue_current();
    HANDLE all[64];
    DWORD start = GetTickCount(), ret;

    if (count > 63) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return WAIT_FAILED;
    }
    if (count) memcpy(all, handles, count * sizeof(HANDLE));   /* HANDLES may be NULL with no handles */
    all[count] = q->event;
    for (;;) {
        DWORD wait_ms = timeout, timer_ms;
        UINT bits;
        user_lock();
        ResetEvent(q->event);
        bits = (flags & MWMO_INPUTAVAILABLE) ? wake_bits(q) : q->changed_bits | (wake_bits(q) & QS_TIMER);
        timer_ms = (mask & QS_TIMER) ? next_timer_ms(q) : INFINITE;
        user_unlock();
        if ((mask & QS_PAINT) && (flags & MWMO_INPUTAVAILABLE) && window_find_paint(q->tid, NULL)) bits |= QS_PAINT;
        if ((bits & mask) && !(flags & MWMO_WAITALL)) return WAIT_OBJECT_0 + count;
        if (timeout != INFINITE) {
            DWORD spent = GetTickCount() - start;
            wait_ms = spent >= timeout ? 0 : timeout - spent;
        }
        if (timer_ms < wait_ms) wait_ms = timer_ms;
        ret = WaitForMultipleObjectsEx(count + 1, all, (flags & MWMO_WAITALL) != 0, wait_ms,
                                       (flags & MWMO_ALERTABLE) != 0);
        if (ret == WAIT_TIMEOUT) {
            if (timer_ms != INFINITE && timer_ms == wait_ms) continue;   /* a timer fell due: re-check */
            return WAIT_TIMEOUT;
        }
        if (ret == WAIT_OBJECT_0 + count) {
            /* the queue event: only input of MASK ends the wait */
            user_lock();
            bits = q->changed_bits | wake_bits(q);
            user_unlock();
            if (bits & mask) return ret;
            continue;
        }
        return ret;
    }
}

WINUSERAPI DWORD WINAPI MsgWaitForMultipleObjects(DWORD count, const HANDLE *handles, BOOL wait_all, DWORD timeout,
                                                  DWORD mask)
{
    return MsgWaitForMultipleObjectsEx(count, handles, timeout, mask, wait_all ? MWMO_WAITALL : 0);
}

WINUSERAPI BOOL WINAPI WaitMessage(void)
{
    return MsgWaitForMultipleObjectsEx(0, NULL, INFINITE, QS_ALLINPUT, 0) != WAIT_FAILED;
}

WINUSERAPI DWORD WINAPI WaitForInputIdle(HANDLE process, DWORD timeout)
{
    (void)process; (void)timeout;
    return 0;
}

/* Thread exit: pending senders get 0, the queue goes to the free list. */
void queue_thread_detach(void)
{
    struct user_queue *q = current_queue;
    struct sent *s;
    struct timer *t;

    if (!q) return;
    window_destroy_thread_windows();
    user_lock();
    while ((s = q->incoming)) {
        q->incoming = s->next;
        if (s->type == SEND_NORMAL && s->sender) {
            s->replied = s->finished = TRUE;
            s->result = 0;
            wake(s->sender, QS_SENDMESSAGE);
        } else free(s);
    }
    while ((s = q->callbacks)) {
        q->callbacks = s->next;
        free(s);
    }
    list_remove(&q->posted, NULL, TRUE);
    list_remove(&q->input, NULL, TRUE);
    while ((t = q->timers)) {
        q->timers = t->next;
        free(t);
    }
    for (int i = 0; i < all_count; i++)
        if (all_queues[i] == q) {
            all_queues[i] = all_queues[--all_count];
            break;
        }
    q->tid = 0;
    q->next_free = free_queues;
    free_queues = q;
    user_unlock();
    current_queue = NULL;
}

/* ---- BroadcastSystemMessage: to this process's top-levels ---- */

#define BSF_QUERY          0x0001
#define BSF_POSTMESSAGE    0x0010
#define BROADCAST_QUERY_DENY 0x424D5144

struct broadcast { UINT flags, msg; WPARAM wp; LPARAM lp; BOOL unicode, denied; };

static BOOL CALLBACK broadcast_one(HWND hwnd, LPARAM param)
{
    struct broadcast *b = (struct broadcast *)param;
    LRESULT r;

    if (b->flags & BSF_POSTMESSAGE) {
        if (b->unicode) PostMessageW(hwnd, b->msg, b->wp, b->lp);
        else PostMessageA(hwnd, b->msg, b->wp, b->lp);
        return TRUE;
    }
    if (!send_message_full(hwnd, b->msg, b->wp, b->lp, b->unicode, SEND_NORMAL, NULL, 0, 5000, &r)) return TRUE;
    if ((b->flags & BSF_QUERY) && r == BROADCAST_QUERY_DENY) {
        b->denied = TRUE;
        return FALSE;   /* a query stops at the first refusal */
    }
    return TRUE;
}

/* The recipients are applications (BSM_APPLICATIONS) or everything: here
 * both are this process's top-level windows. Returns a positive value,
 * or 0 when a BSF_QUERY recipient answered BROADCAST_QUERY_DENY. */
static LONG broadcast_system_message(DWORD flags, DWORD *recipients, UINT msg, WPARAM wp, LPARAM lp, BOOL unicode)
{
    struct broadcast b = { flags, msg, wp, lp, unicode, FALSE };

    if (recipients && !*recipients) return 1;   /* nobody to tell */
    EnumWindows(broadcast_one, (LPARAM)&b);
    return b.denied ? 0 : 1;
}

WINUSERAPI LONG WINAPI BroadcastSystemMessageW(DWORD flags, DWORD *recipients, UINT msg, WPARAM wp, LPARAM lp)
{
    return broadcast_system_message(flags, recipients, msg, wp, lp, TRUE);
}

WINUSERAPI LONG WINAPI BroadcastSystemMessageA(DWORD flags, DWORD *recipients, UINT msg, WPARAM wp, LPARAM lp)
{
    return broadcast_system_message(flags, recipients, msg, wp, lp, FALSE);
}
