/*
 * Mutants (Win32 mutexes): owned by a thread id, recursively, up to
 * 0x7fffffff times. When the owner exits without releasing, the mutant is
 * abandoned: the next wait to get it returns STATUS_ABANDONED_WAIT_0 + i.
 *
 * All mutants are on one list so that a thread's exit can find those it
 * owns: O(mutants) per thread exit, fine for what programs create; keep a
 * per-thread list if that ever shows.
 */
#include <stdlib.h>
#include <unistd.h>
#include "ntdll_private.h"

struct mutant {
    struct object obj;
    struct mutant *next, *prev;     /* all mutants; under the wait lock */
    DWORD owner;                    /* thread id, 0 when free */
    LONG count;                     /* recursion depth */
    BOOL abandoned;
};

static struct mutant *all_mutants;

static void unlink_mutant(struct mutant *m)
{
    if (m->prev) m->prev->next = m->next;
    else all_mutants = m->next;
    if (m->next) m->next->prev = m->prev;
}

static void mutant_destroy(struct object *obj)
{
    namespace_remove(obj);
    wait_lock();
    unlink_mutant((struct mutant *)obj);
    wait_unlock();
    free(obj);
}

static BOOL mutant_signaled(struct object *obj, DWORD tid)
{
    struct mutant *m = (struct mutant *)obj;
    return !m->owner || (m->owner == tid && m->count < 0x7fffffff);
}

static BOOL mutant_satisfy(struct object *obj, DWORD tid)
{
    struct mutant *m = (struct mutant *)obj;
    BOOL abandoned = m->abandoned;
    m->abandoned = FALSE;
    m->owner = tid;
    m->count++;
    return abandoned;
}

static NTSTATUS release(struct mutant *m, DWORD tid, LONG *prev_count)
{
    if (m->owner != tid) return STATUS_MUTANT_NOT_OWNED;
    if (prev_count) *prev_count = 1 - m->count;   /* the NT state: 1 free, <= 0 owned */
    if (!--m->count) {
        m->owner = 0;
        wait_changed_locked();
    }
    return STATUS_SUCCESS;
}

static NTSTATUS mutant_signal(struct object *obj, DWORD tid)
{
    return release((struct mutant *)obj, tid, NULL);
}

static void mutant_share(struct object *obj, struct shared_sync *s)
{
    struct mutant *m = (struct mutant *)obj;
    unlink_mutant(m);           /* shared.c abandons it from now on */
    s->state = m->count;
    s->abandoned = m->abandoned;
    s->owner_pid = m->owner ? getpid() : 0;
    s->owner_tid = m->owner;
}

static const struct object_ops mutant_ops = {
    .destroy = mutant_destroy,
    .share = mutant_share,
    .signaled = mutant_signaled,
    .satisfy = mutant_satisfy,
    .signal = mutant_signal,
};

static DWORD current_tid(void)
{
    return (DWORD)(ULONG_PTR)NtCurrentTeb()->ClientId.UniqueThread;
}

NTSYSAPI NTSTATUS WINAPI NtCreateMutant(HANDLE *handle, ACCESS_MASK access, const OBJECT_ATTRIBUTES *attr,
                                        BOOLEAN owned)
{
    struct mutant *m;
    (void)access;

    if (object_has_name(attr)) {
        struct obj_create_request init = { .type = SHARED_MUTANT, .state = !!owned, .owner_tid = current_tid() };
        return shared_sync_create(&init, attr, FALSE, handle);
    }
    if (!(m = calloc(1, shareable_size(sizeof(*m))))) return STATUS_NO_MEMORY;
    object_init(&m->obj, OBJECT_MUTANT, &mutant_ops);
    if (owned) {
        m->owner = current_tid();
        m->count = 1;
    }
    wait_lock();
    m->next = all_mutants;
    if (all_mutants) all_mutants->prev = m;
    all_mutants = m;
    wait_unlock();
    /* opening an existing name discards M, ownership and all, as Windows does */
    return object_create_named(&m->obj, attr, handle);
}

NTSYSAPI NTSTATUS WINAPI NtOpenMutant(HANDLE *handle, ACCESS_MASK access, const OBJECT_ATTRIBUTES *attr)
{
    struct obj_create_request init = { .type = SHARED_MUTANT };
    (void)access;
    if (!object_has_name(attr)) return STATUS_OBJECT_PATH_NOT_FOUND;
    return shared_sync_create(&init, attr, TRUE, handle);
}

NTSYSAPI NTSTATUS WINAPI NtReleaseMutant(HANDLE handle, LONG *prev_count)
{
    struct mutant *m = (struct mutant *)handle_get(handle, OBJECT_MUTANT);
    NTSTATUS status;

    if (!m) return STATUS_INVALID_HANDLE;
    wait_lock();
    if (shared_is(&m->obj)) {       /* named, or promoted (under the wait lock) */
        wait_unlock();
        status = shared_mutant_release(&m->obj, current_tid(), prev_count);
        object_release(&m->obj);
        return status;
    }
    status = release(m, current_tid(), prev_count);
    wait_unlock();
    object_release(&m->obj);
    return status;
}

void mutant_abandon_all(DWORD tid)
{
    shared_abandon_thread(tid);
    wait_lock();
    for (struct mutant *m = all_mutants; m; m = m->next)
        if (m->owner == tid) {
            m->owner = 0;
            m->count = 0;
            m->abandoned = TRUE;
            wait_changed_locked();
        }
    wait_unlock();
}
