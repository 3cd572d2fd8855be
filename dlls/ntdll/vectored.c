/*
 * Vectored exception handlers: the registration half.
 *
 * Programs (and runtimes such as winpthreads, which registers one at start
 * to catch the thread-naming exception) add and remove handlers; nothing
 * calls them yet, because exception dispatch (issue 4) does not exist.
 * The list is kept as Windows keeps it, first handlers at the front, so
 * that the dispatcher can walk it when it arrives.
 */
#include <stdlib.h>
#include "ntdll_private.h"

typedef LONG (WINAPI *vectored_handler)(EXCEPTION_POINTERS *);

struct vectored_entry {
    struct vectored_entry *next;
    vectored_handler func;
};

static pthread_mutex_t vectored_lock = PTHREAD_MUTEX_INITIALIZER;
static struct vectored_entry *vectored_list;

/* Returns the entry as the handle, as Windows does; NULL when out of memory. */
void *WINAPI RtlAddVectoredExceptionHandler(ULONG first, vectored_handler func)
{
    struct vectored_entry *e = malloc(sizeof(*e)), **pp;

    if (!e) return NULL;
    e->func = func;
    e->next = NULL;
    pthread_mutex_lock(&vectored_lock);
    if (first) {
        e->next = vectored_list;
        vectored_list = e;
    } else {
        for (pp = &vectored_list; *pp; pp = &(*pp)->next) {}
        *pp = e;
    }
    pthread_mutex_unlock(&vectored_lock);
    return e;
}

/* Nonzero if the handle was registered (and is now gone). */
ULONG WINAPI RtlRemoveVectoredExceptionHandler(void *handle)
{
    struct vectored_entry **pp, *found = NULL;

    pthread_mutex_lock(&vectored_lock);
    for (pp = &vectored_list; *pp; pp = &(*pp)->next) {
        if (*pp == handle) {
            found = *pp;
            *pp = found->next;
            break;
        }
    }
    pthread_mutex_unlock(&vectored_lock);
    free(found);
    return found != NULL;
}
