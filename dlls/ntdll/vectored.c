/*
 * Vectored exception and continue handlers: two lists, first handlers at
 * the front. Handlers run without the lock held (a handler may add or
 * remove handlers, itself included); an entry removed while running is
 * freed by the last of its callers.
 */
#include <stdlib.h>
#include "exception.h"
#define DEBUG_CHANNEL CH_SEH
#include "winrun/debug.h"

struct vectored_entry {
    struct vectored_entry *next;
    PVECTORED_EXCEPTION_HANDLER func;
    LONG refs;                         /* callers running it */
    BOOL removed;
};

static pthread_mutex_t vectored_lock = PTHREAD_MUTEX_INITIALIZER;
static struct vectored_entry *lists[2];      /* exception handlers, continue handlers */

static void *add_handler(int list, ULONG first, PVECTORED_EXCEPTION_HANDLER func)
{
    struct vectored_entry *e = calloc(1, sizeof(*e)), **pp;

    if (!e) return NULL;
    e->func = func;
    pthread_mutex_lock(&vectored_lock);
    if (first) {
        e->next = lists[list];
        lists[list] = e;
    } else {
        for (pp = &lists[list]; *pp; pp = &(*pp)->next) {}
        *pp = e;
    }
    pthread_mutex_unlock(&vectored_lock);
    return e;
}

static ULONG remove_handler(int list, void *handle)
{
    struct vectored_entry **pp, *found = NULL;

    pthread_mutex_lock(&vectored_lock);
    for (pp = &lists[list]; *pp; pp = &(*pp)->next) {
        if (*pp == handle && !(*pp)->removed) {
            found = *pp;
            if (found->refs) found->removed = TRUE;
            else *pp = found->next;
            break;
        }
    }
    pthread_mutex_unlock(&vectored_lock);
    if (found && !found->removed) free(found);
    return found != NULL;
}

/* Returns the entry as the handle, as Windows does; NULL when out of memory. */
NTSYSAPI PVOID WINAPI RtlAddVectoredExceptionHandler(ULONG first, PVECTORED_EXCEPTION_HANDLER func)
{
    return add_handler(0, first, func);
}

NTSYSAPI ULONG WINAPI RtlRemoveVectoredExceptionHandler(PVOID handle)
{
    return remove_handler(0, handle);
}

NTSYSAPI PVOID WINAPI RtlAddVectoredContinueHandler(ULONG first, PVECTORED_EXCEPTION_HANDLER func)
{
    return add_handler(1, first, func);
}

NTSYSAPI ULONG WINAPI RtlRemoveVectoredContinueHandler(PVOID handle)
{
    return remove_handler(1, handle);
}

/* Calls the handlers of one list in order until one returns
 * EXCEPTION_CONTINUE_EXECUTION, which is then the result. */
LONG vectored_call_handlers(BOOL continue_list, EXCEPTION_RECORD *rec, CONTEXT *ctx)
{
    EXCEPTION_POINTERS ptrs = { rec, ctx };
    struct vectored_entry *e, *next, **pp;
    LONG res = EXCEPTION_CONTINUE_SEARCH;

    pthread_mutex_lock(&vectored_lock);
    for (e = lists[continue_list]; e; e = next) {
        if (e->removed) {
            next = e->next;
            continue;
        }
        e->refs++;
        pthread_mutex_unlock(&vectored_lock);
        TRACE("calling %s handler %p\n", continue_list ? "continue" : "vectored", e->func);
        res = call_handler(HANDLER_PLAIN, &ptrs, NULL, NULL, NULL, (void *)e->func, ctx);
        TRACE("handler %p returned %d\n", e->func, (int)res);
        pthread_mutex_lock(&vectored_lock);
        next = e->next;
        if (!--e->refs && e->removed) {
            for (pp = &lists[continue_list]; *pp != e; pp = &(*pp)->next) {}
            *pp = e->next;
            free(e);
        }
        if (res == EXCEPTION_CONTINUE_EXECUTION) break;
    }
    pthread_mutex_unlock(&vectored_lock);
    return res == EXCEPTION_CONTINUE_EXECUTION ? res : EXCEPTION_CONTINUE_SEARCH;
}
