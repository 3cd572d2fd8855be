/*
 * Event objects: manual-reset (NotificationEvent) stays signalled until
 * reset; auto-reset (SynchronizationEvent) is consumed by the one wait it
 * ends. State changes go through the wait lock (wait.c).
 */
#include <stdlib.h>
#include "ntdll_private.h"

struct event {
    struct object obj;
    BOOL manual_reset;
    BOOL signaled;                  /* under the wait lock */
};

static void event_destroy(struct object *obj)
{
    namespace_remove(obj);
    free(obj);
}

static BOOL event_signaled(struct object *obj, DWORD tid)
{
    (void)tid;
    return ((struct event *)obj)->signaled;
}

static BOOL event_satisfy(struct object *obj, DWORD tid)
{
    struct event *event = (struct event *)obj;
    (void)tid;
    if (!event->manual_reset) event->signaled = FALSE;
    return FALSE;
}

static NTSTATUS event_signal(struct object *obj, DWORD tid)
{
    (void)tid;
    ((struct event *)obj)->signaled = TRUE;
    return STATUS_SUCCESS;
}

static void event_share(struct object *obj, struct shared_sync *s)
{
    struct event *event = (struct event *)obj;
    s->state = event->signaled;
    s->manual_reset = event->manual_reset;
}

static const struct object_ops event_ops = {
    .destroy = event_destroy,
    .share = event_share,
    .signaled = event_signaled,
    .satisfy = event_satisfy,
    .signal = event_signal,
};

NTSYSAPI NTSTATUS WINAPI NtCreateEvent(HANDLE *handle, ACCESS_MASK access, const OBJECT_ATTRIBUTES *attr,
                                       EVENT_TYPE type, BOOLEAN initial_state)
{
    struct event *event;
    (void)access;

    if (type != NotificationEvent && type != SynchronizationEvent) return STATUS_INVALID_PARAMETER;
    if (object_has_name(attr)) {
        struct obj_create_request init = { .type = SHARED_EVENT, .state = !!initial_state,
                                           .manual_reset = type == NotificationEvent };
        return shared_sync_create(&init, attr, FALSE, handle);
    }
    if (!(event = calloc(1, shareable_size(sizeof(*event))))) return STATUS_NO_MEMORY;
    object_init(&event->obj, OBJECT_EVENT, &event_ops);
    event->manual_reset = type == NotificationEvent;
    event->signaled = !!initial_state;
    return object_create_named(&event->obj, attr, handle);
}

NTSYSAPI NTSTATUS WINAPI NtOpenEvent(HANDLE *handle, ACCESS_MASK access, const OBJECT_ATTRIBUTES *attr)
{
    struct obj_create_request init = { .type = SHARED_EVENT };
    (void)access;
    if (!object_has_name(attr)) return STATUS_OBJECT_PATH_NOT_FOUND;
    return shared_sync_create(&init, attr, TRUE, handle);
}

/* Sets the state to STATE, returning the previous one in *PREV if asked. */
static NTSTATUS set_state(HANDLE handle, BOOL state, LONG *prev)
{
    struct event *event = (struct event *)handle_get(handle, OBJECT_EVENT);

    if (!event) return STATUS_INVALID_HANDLE;
    wait_lock();
    if (shared_is(&event->obj)) {   /* named, or promoted (checked under the lock that promotion takes) */
        NTSTATUS status;
        wait_unlock();
        status = shared_event_set(&event->obj, state, prev);
        object_release(&event->obj);
        return status;
    }
    if (prev) *prev = event->signaled;
    event->signaled = state;
    if (state) wait_changed_locked();
    wait_unlock();
    object_release(&event->obj);
    return STATUS_SUCCESS;
}

NTSYSAPI NTSTATUS WINAPI NtSetEvent(HANDLE handle, LONG *prev_state)
{
    return set_state(handle, TRUE, prev_state);
}

NTSYSAPI NTSTATUS WINAPI NtResetEvent(HANDLE handle, LONG *prev_state)
{
    return set_state(handle, FALSE, prev_state);
}

NTSYSAPI NTSTATUS WINAPI NtClearEvent(HANDLE handle)
{
    return set_state(handle, FALSE, NULL);
}
