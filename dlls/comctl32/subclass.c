/*
 * Window subclassing (SetWindowSubclass, GetWindowSubclass,
 * RemoveWindowSubclass, DefSubclassProc; ordinals 410-413). A window
 * with subclasses gets one window procedure of ours, the chain of (proc,
 * id, refdata) hangs off a window property, the newest entry is called
 * first and DefSubclassProc calls the next one or, past the last, the
 * window's original procedure. The procedures see messages in the
 * window's own character set, as comctl32 arranges by replacing the
 * procedure with the A or W SetWindowLongPtr.
 *
 * Entries removed while the chain is running are only marked, so a
 * caller further up the stack never follows a freed entry; they are
 * freed when the outermost call returns. After WM_NCDESTROY has gone
 * through the chain the whole chain is dropped, as Windows does.
 */
#include <stdlib.h>
#include "comctl32_private.h"

/* the property's name is Windows' own */
static const WCHAR prop_name[] = u"CC32SubclassInfo";

struct subclass_entry {
    SUBCLASSPROC proc;          /* NULL once removed while running */
    UINT_PTR id;
    DWORD_PTR ref;
    struct subclass_entry *next;
};

struct subclass_chain {
    WNDPROC orig;               /* the window procedure before ours */
    struct subclass_entry *head; /* the newest first */
    struct subclass_entry *cursor; /* the entry DefSubclassProc calls next */
    INT running;                /* nested calls of our window procedure */
    BOOL destroyed;             /* WM_NCDESTROY went through */
};

static LRESULT WINAPI subclass_wndproc(HWND hwnd, UINT msg, WPARAM wparam, LPARAM lparam);

static struct subclass_chain *get_chain(HWND hwnd)
{
    return (struct subclass_chain *)GetPropW(hwnd, prop_name);
}

/* free the entries marked removed; only when nothing is running */
static void purge(struct subclass_chain *chain)
{
    struct subclass_entry **p = &chain->head;
    while (*p) {
        struct subclass_entry *e = *p;
        if (e->proc) { p = &e->next; continue; }
        *p = e->next;
        free(e);
    }
}

/* give the window its own procedure back and drop the chain */
static void release_chain(HWND hwnd, struct subclass_chain *chain)
{
    while (chain->head) {
        struct subclass_entry *e = chain->head;
        chain->head = e->next;
        free(e);
    }
    /* a procedure set over ours after us stays (Windows leaves it too) */
    if ((WNDPROC)GetWindowLongPtrW(hwnd, GWLP_WNDPROC) == subclass_wndproc) {
        if (IsWindowUnicode(hwnd)) SetWindowLongPtrW(hwnd, GWLP_WNDPROC, (LONG_PTR)chain->orig);
        else SetWindowLongPtrA(hwnd, GWLP_WNDPROC, (LONG_PTR)chain->orig);
    }
    RemovePropW(hwnd, prop_name);
    free(chain);
}

COMCTL32API BOOL WINAPI SetWindowSubclass(HWND hwnd, SUBCLASSPROC proc, UINT_PTR id, DWORD_PTR ref)
{
    struct subclass_chain *chain;
    struct subclass_entry *e;

    if (!hwnd || !proc) return FALSE;
    if (!(chain = get_chain(hwnd))) {
        if (!(chain = calloc(1, sizeof(*chain)))) return FALSE;
        if (!SetPropW(hwnd, prop_name, chain)) {
            free(chain);
            return FALSE;
        }
        if (IsWindowUnicode(hwnd))
            chain->orig = (WNDPROC)SetWindowLongPtrW(hwnd, GWLP_WNDPROC, (LONG_PTR)subclass_wndproc);
        else
            chain->orig = (WNDPROC)SetWindowLongPtrA(hwnd, GWLP_WNDPROC, (LONG_PTR)subclass_wndproc);
        if (!chain->orig) {
            RemovePropW(hwnd, prop_name);
            free(chain);
            return FALSE;
        }
    }
    /* the same (proc, id) again only updates its reference data */
    for (e = chain->head; e; e = e->next) {
        if (e->proc == proc && e->id == id) {
            e->ref = ref;
            return TRUE;
        }
    }
    if (!(e = calloc(1, sizeof(*e)))) return FALSE;
    e->proc = proc;
    e->id = id;
    e->ref = ref;
    e->next = chain->head;
    chain->head = e;
    return TRUE;
}

COMCTL32API BOOL WINAPI GetWindowSubclass(HWND hwnd, SUBCLASSPROC proc, UINT_PTR id, DWORD_PTR *ref)
{
    struct subclass_chain *chain = hwnd ? get_chain(hwnd) : NULL;

    if (chain && proc) {
        for (struct subclass_entry *e = chain->head; e; e = e->next) {
            if (e->proc == proc && e->id == id) {
                if (ref) *ref = e->ref;
                return TRUE;
            }
        }
    }
    if (ref) *ref = 0;
    return FALSE;
}

COMCTL32API BOOL WINAPI RemoveWindowSubclass(HWND hwnd, SUBCLASSPROC proc, UINT_PTR id)
{
    struct subclass_chain *chain = hwnd ? get_chain(hwnd) : NULL;
    BOOL live = FALSE;

    if (!chain || !proc) return FALSE;
    for (struct subclass_entry *e = chain->head; e; e = e->next) {
        if (e->proc != proc || e->id != id) continue;
        e->proc = NULL;
        if (chain->running) return TRUE;   /* freed when the chain returns */
        purge(chain);
        for (e = chain->head; e; e = e->next) live = TRUE;
        if (!live) release_chain(hwnd, chain);
        return TRUE;
    }
    return FALSE;
}

COMCTL32API LRESULT WINAPI DefSubclassProc(HWND hwnd, UINT msg, WPARAM wparam, LPARAM lparam)
{
    struct subclass_chain *chain = get_chain(hwnd);
    struct subclass_entry *e, *saved;
    LRESULT ret;

    if (!chain) return 0;
    for (e = chain->cursor; e && !e->proc; e = e->next) ;
    if (!e) {
        if (IsWindowUnicode(hwnd)) return CallWindowProcW(chain->orig, hwnd, msg, wparam, lparam);
        return CallWindowProcA(chain->orig, hwnd, msg, wparam, lparam);
    }
    /* the entry after E is next; calling DefSubclassProc twice from one
     * procedure reaches the same next entry both times */
    saved = chain->cursor;
    chain->cursor = e->next;
    ret = e->proc(hwnd, msg, wparam, lparam, e->id, e->ref);
    chain->cursor = saved;
    return ret;
}

static LRESULT WINAPI subclass_wndproc(HWND hwnd, UINT msg, WPARAM wparam, LPARAM lparam)
{
    struct subclass_chain *chain = get_chain(hwnd);
    struct subclass_entry *saved;
    LRESULT ret;

    if (!chain) {
        if (IsWindowUnicode(hwnd)) return DefWindowProcW(hwnd, msg, wparam, lparam);
        return DefWindowProcA(hwnd, msg, wparam, lparam);
    }
    chain->running++;
    saved = chain->cursor;
    chain->cursor = chain->head;
    ret = DefSubclassProc(hwnd, msg, wparam, lparam);
    chain->cursor = saved;
    chain->running--;
    if (msg == WM_NCDESTROY) chain->destroyed = TRUE;
    if (!chain->running) {
        BOOL live = FALSE;
        purge(chain);
        for (struct subclass_entry *e = chain->head; e; e = e->next) live = TRUE;
        if (!live || chain->destroyed) release_chain(hwnd, chain);
    }
    return ret;
}
