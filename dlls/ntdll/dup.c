/*
 * DuplicateHandle into another process. The target's handle table is its
 * own, so the value has to be chosen without it: winrun-server hands out
 * values from a range the target's table never allocates from
 * (DUP_HANDLE_FIRST, include/winrun/protocol.h) and keeps the object (a
 * reference to a shared object, or the fd of a file, pipe or section)
 * until the target first uses that value; handle.c's lookup then misses
 * and calls dup_take, which makes the handle at that value. Events,
 * mutants and semaphores are promoted to shared objects first (shared.c),
 * so that both processes see one state.
 *
 * Out of another process: that process has to hand its object over. The
 * asker leaves an ask with the server (REQ_OBJ_DUP_ASK) and sends the
 * source SIGURG, whose handler only raises a flag; the source's
 * KUSER_SHARED_DATA updater thread (time.c), which wakes every 15.6 ms,
 * sees it, takes the asks (REQ_OBJ_DUP_PENDING), puts each object for its
 * target as above and answers; the asker polls for the answer. SIGURG is
 * ignored by default, and only a process running the same winrun binary
 * is sent it. The updater runs in every process that has talked to the
 * server or was created by a winrun process, not in one started from a
 * shell that never did: asked, such a process does not answer and the
 * asker gets STATUS_ACCESS_DENIED after 5 s.
 *
 * Limits: a value goes back into use after DUP_HANDLE_COUNT later
 * duplications into the same process, even if the target still holds it
 * (it then keeps the older object); a target inherits the values it holds
 * in that range into its own children without the server knowing.
 */
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "ntdll_private.h"

#define DUPLICATE_CLOSE_SOURCE 0x1

NTSTATUS dup_put(struct object *obj, int target_pid, BOOL inherit, HANDLE *value)
{
    struct obj_dup_request request = { .header = { .size = sizeof(request), .type = REQ_OBJ_DUP_PUT },
                                       .target_pid = target_pid, .inherit = !!inherit };
    struct server_fds fds = { .count = 0 }, reply_fds = { .count = 0 };
    struct obj_dup_reply reply;
    NTSTATUS status;

    switch (obj->type) {
    case OBJECT_EVENT:
    case OBJECT_MUTANT:
    case OBJECT_SEMAPHORE:
        if ((status = shared_promote(obj))) return status;
        request.kind = DUP_SHARED;
        request.id = shared_id(obj);
        break;
    case OBJECT_FILE: {
        struct file_object *file = (struct file_object *)obj;
        request.kind = DUP_FILE;
        request.access = file->access;
        request.options = file->options;
        fds.fds[fds.count++] = file->fd;
        break;
    }
    case OBJECT_SECTION: {
        ULONG protect, flags;
        ULONGLONG size;
        request.kind = DUP_SECTION;
        fds.fds[fds.count++] = section_describe(obj, &size, &protect, &flags);
        request.size = size;
        request.protect = protect;
        request.sec_flags = flags;
        break;
    }
    default:
        return STATUS_NOT_SUPPORTED;
    }
    if (fds.count && fds.fds[0] < 0) return STATUS_INVALID_HANDLE;
    status = server_call(&request, &fds, &reply, sizeof(reply), &reply_fds);
    for (unsigned int i = 0; i < reply_fds.count; i++) close(reply_fds.fds[i]);
    if (!status) *value = (HANDLE)(ULONG_PTR)reply.value;
    return status;
}

void dup_take(HANDLE value)
{
    struct obj_dup_request request = { .header = { .size = sizeof(request), .type = REQ_OBJ_DUP_TAKE },
                                       .value = (uint32_t)(ULONG_PTR)value };
    struct server_fds fds = { .count = 0 };
    struct obj_dup_reply reply;
    struct object *obj = NULL;
    int fd = -1;

    if (server_call(&request, NULL, &reply, sizeof(reply), &fds)) goto done;
    if (fds.count == 1) fd = fds.fds[0];
    else
        for (unsigned int i = 0; i < fds.count; i++) close(fds.fds[i]);
    switch (reply.kind) {
    case DUP_SHARED:
        obj = shared_adopt(&reply.object);
        break;
    case DUP_FILE: {
        struct file_object *file;
        if (fd >= 0 && (file = file_object_create(fd, reply.access, reply.options))) {
            obj = &file->obj;
            fd = -1;
        }
        break;
    }
    case DUP_SECTION:
        if (fd >= 0 && (obj = section_from_shared(fd, reply.size, reply.protect, reply.sec_flags, 0))) fd = -1;
        break;
    }
    if (obj && handle_insert_at(value, obj, reply.inherit ? 0x1 /* HANDLE_FLAG_INHERIT */ : 0)) object_release(obj);
done:
    if (fd >= 0) close(fd);
}

/* A value taken from the server was closed: the server may reuse it. */
void dup_closed(HANDLE value)
{
    struct obj_dup_request request = { .header = { .size = sizeof(request), .type = REQ_OBJ_DUP_CLOSED },
                                       .value = (uint32_t)(ULONG_PTR)value };
    struct reply_header reply;
    server_call(&request, NULL, &reply, sizeof(reply), NULL);
}

/* ---- out of another process ---- */

static int asked;               /* SIGURG came: asks may wait for us; atomic */

static void ask_signal(int sig)
{
    (void)sig;
    __atomic_store_n(&asked, 1, __ATOMIC_RELAXED);
}

void dup_service_init(void)
{
    struct sigaction sa;

    memset(&sa, 0, sizeof(sa));
    sa.sa_handler = ask_signal;
    sa.sa_flags = SA_RESTART;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGURG, &sa, NULL);
}

/* The source's side of one ask: our handle VALUE for its target. */
static void answer(const struct obj_dup_ask_reply *ask)
{
    struct obj_dup_ask request = { .header = { .size = sizeof(request), .type = REQ_OBJ_DUP_ANSWER },
                                   .token = ask->token };
    struct obj_dup_ask_reply reply;
    HANDLE value = (HANDLE)(ULONG_PTR)ask->value, out = NULL;
    struct object *obj = handle_get(value, 0);
    NTSTATUS status = STATUS_SUCCESS;

    if (!obj) status = STATUS_INVALID_HANDLE;
    else {
        if (ask->target_pid == getpid()) {
            if ((out = handle_alloc(obj))) obj = NULL;      /* the handle has our reference */
            else status = STATUS_NO_MEMORY;
            if (out && ask->inherit) handle_set_flags(out, 1, 1);
        } else if (ask->target_pid) {
            status = dup_put(obj, ask->target_pid, ask->inherit, &out);
        }
        object_release(obj);
        if (NT_SUCCESS(status) && (ask->options & DUPLICATE_CLOSE_SOURCE)) handle_close(value);
    }
    request.status = (uint32_t)status;
    request.value = (uint32_t)(ULONG_PTR)out;
    server_call(&request, NULL, &reply, sizeof(reply), NULL);
}

void dup_service_poll(void)
{
    struct obj_dup_ask request = { .header = { .size = sizeof(request), .type = REQ_OBJ_DUP_PENDING } };
    struct obj_dup_ask_reply reply;

    if (!__atomic_exchange_n(&asked, 0, __ATOMIC_ACQ_REL)) return;
    while (!server_call(&request, NULL, &reply, sizeof(reply), NULL)) answer(&reply);
}

/* Is PID running the winrun binary we are? Only such a process has the
 * handler; anything else is never signalled. */
static BOOL is_winrun(int pid)
{
    char self[PATH_MAX], other[PATH_MAX], path[64];
    ssize_t n, m;

    snprintf(path, sizeof(path), "/proc/%d/exe", pid);
    if ((n = readlink("/proc/self/exe", self, sizeof(self))) <= 0) return FALSE;
    if ((m = readlink(path, other, sizeof(other))) <= 0) return FALSE;
    return n == m && !memcmp(self, other, n);
}

NTSTATUS dup_ask(int source_pid, HANDLE value, int target_pid, ULONG options, BOOL inherit, HANDLE *out)
{
    struct obj_dup_ask request = { .header = { .size = sizeof(request), .type = REQ_OBJ_DUP_ASK },
                                   .source_pid = source_pid, .target_pid = target_pid,
                                   .value = (uint32_t)(ULONG_PTR)value, .options = options, .inherit = !!inherit };
    struct obj_dup_ask_reply reply;
    NTSTATUS status;

    if ((ULONG_PTR)value > 0xffffffffu) return STATUS_INVALID_HANDLE;   /* pseudo-handles stay theirs */
    if (!is_winrun(source_pid)) return STATUS_NOT_SUPPORTED;
    if ((status = server_call(&request, NULL, &reply, sizeof(reply), NULL))) return status;
    request.header.type = REQ_OBJ_DUP_RESULT;
    request.token = reply.token;
    /* the source answers within a tick or two; the signal is sent again in
     * case it came before the source installed its handler */
    for (int i = 0; i < 5000; i++) {
        if (!(i % 200)) kill(source_pid, SIGURG);
        if ((status = server_call(&request, NULL, &reply, sizeof(reply), NULL))) return status;
        if (reply.answered) {
            if (NT_SUCCESS(reply.status) && out) *out = (HANDLE)(ULONG_PTR)reply.value;
            return reply.status;
        }
        usleep(1000);
    }
    return STATUS_ACCESS_DENIED;
}
