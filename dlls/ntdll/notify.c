/*
 * Directory change notifications: NtNotifyChangeDirectoryFile over
 * inotify, and NtCancelIoFile(Ex), which can only find these requests
 * pending (every other I/O completes before its call returns).
 *
 * Windows starts recording changes for a directory handle at its first
 * notify request, with that request's filter and subtree flag for the
 * handle's lifetime, and keeps them in a buffer the size of the latest
 * request's until a request takes them; a change that does not fit loses
 * them all and the next request gets STATUS_NOTIFY_ENUM_DIR with no data.
 * Each watched handle here has its own inotify fd (two handles on one
 * directory must not share watch descriptors) and one service thread
 * reads them all through epoll, turning events into records and
 * completing requests.
 *
 * Locks: notify_lock guards the watches, their records and requests; the
 * wait lock is taken inside it to finish a request (its done flag, APCs
 * and the handle's signalled state). The list of watches changes only
 * under both, so a wait (wait lock only) may walk it.
 */
#define _GNU_SOURCE
#include <dirent.h>
#include <fcntl.h>
#include <signal.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/inotify.h>
#include <sys/stat.h>
#include "futex.h"
#define DEBUG_CHANNEL CH_FILE
#include "winrun/debug.h"

#define FILE_NOTIFY_CHANGE_FILE_NAME   0x001
#define FILE_NOTIFY_CHANGE_DIR_NAME    0x002
#define FILE_NOTIFY_CHANGE_ATTRIBUTES  0x004
#define FILE_NOTIFY_CHANGE_SIZE        0x008
#define FILE_NOTIFY_CHANGE_LAST_WRITE  0x010
#define FILE_NOTIFY_CHANGE_LAST_ACCESS 0x020
#define FILE_NOTIFY_CHANGE_CREATION    0x040
#define FILE_NOTIFY_CHANGE_SECURITY    0x100
#define FILE_NOTIFY_VALID_MASK         0xfff

#define FILE_ACTION_ADDED            1
#define FILE_ACTION_REMOVED          2
#define FILE_ACTION_MODIFIED         3
#define FILE_ACTION_RENAMED_OLD_NAME 4
#define FILE_ACTION_RENAMED_NEW_NAME 5

/* FILE_NOTIFY_INFORMATION up to its name */
#define RECORD_HEADER 12

#define WATCH_MASK (IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_MODIFY | IN_ATTRIB | IN_ONLYDIR)

NTSYSAPI NTSTATUS WINAPI NtSetEvent(HANDLE handle, LONG *prev_state);
NTSYSAPI NTSTATUS WINAPI NtResetEvent(HANDLE handle, LONG *prev_state);

struct record {
    struct record *next;
    ULONG action;
    ULONG name_bytes;
    WCHAR name[];
};

struct request {
    struct request *next;
    IO_STATUS_BLOCK *io;
    void *buffer;
    ULONG length;
    HANDLE event;
    void *apc, *apc_context;
    struct object *thread;       /* the issuer: its APC queue, NtCancelIoFile's filter */
    struct apc *apc_entry;       /* allocated up front: completion cannot fail */
    BOOL sync;                   /* the issuer waits, then frees it */
    BOOL done;                   /* under the wait lock */
    NTSTATUS status;
};

struct wd_entry {
    int wd;
    char *rel;                   /* "" for the watched directory, else "sub/dir" */
};

struct watch {
    struct watch *next;
    struct object *file;         /* the key; no reference: closing it ends the watch */
    unsigned long long id;       /* epoll's name for it: a freed watch is never found */
    int ifd;
    char *root;
    ULONG filter;
    BOOL subtree;
    struct wd_entry *wds;
    size_t wd_count, wd_cap;
    struct record *head, **tail;
    ULONG queued_bytes, limit;
    BOOL overflow;
    struct request *requests;
    BOOL unsignaled;             /* under the wait lock: a request is pending on the handle */
};

static pthread_mutex_t notify_lock = PTHREAD_MUTEX_INITIALIZER;
static struct watch *watches;
static unsigned long long next_id = 1;
static int epoll_fd = -1;

static ULONG record_size(ULONG name_bytes)
{
    return (RECORD_HEADER + name_bytes + 3) & ~3u;
}

static void drop_records(struct watch *w)
{
    struct record *r, *next;
    for (r = w->head; r; r = next) {
        next = r->next;
        free(r);
    }
    w->head = NULL;
    w->tail = &w->head;
    w->queued_bytes = 0;
}

/* Queues ACTION for REL ("a/b", relative to the root). */
static void queue_record(struct watch *w, ULONG action, const char *rel)
{
    int len = utf8_to_utf16(rel, -1, NULL, 0) - 1;
    struct record *r, *last;
    ULONG size;

    if (len <= 0 || w->overflow) return;
    if (!(r = malloc(sizeof(*r) + (len + 1) * sizeof(WCHAR)))) {
        w->overflow = TRUE;
        return;
    }
    utf8_to_utf16(rel, -1, r->name, len + 1);
    for (int i = 0; i < len; i++)
        if (r->name[i] == '/') r->name[i] = '\\';
    r->action = action;
    r->name_bytes = len * sizeof(WCHAR);
    r->next = NULL;
    /* one write is often several inotify events: Windows reports it once */
    last = w->head ? (struct record *)((char *)w->tail - offsetof(struct record, next)) : NULL;
    if (last && action == FILE_ACTION_MODIFIED && last->action == action && last->name_bytes == r->name_bytes &&
        !memcmp(last->name, r->name, r->name_bytes)) {
        free(r);
        return;
    }
    size = record_size(r->name_bytes);
    if (w->queued_bytes + size > w->limit) {
        /* Windows' buffer overflowed: the caller must rescan */
        free(r);
        drop_records(w);
        w->overflow = TRUE;
        return;
    }
    *w->tail = r;
    w->tail = &r->next;
    w->queued_bytes += size;
}

static void free_request(struct request *r)
{
    if (r->thread) object_release(r->thread);
    free(r->apc_entry);
    free(r);
}

/* Gives R its result: the IO_STATUS_BLOCK, the event, the issuer's APC. R
 * is off the watch's list; an asynchronous one is freed here. */
static void finish_request(struct watch *w, struct request *r, NTSTATUS status, ULONG_PTR info)
{
    HANDLE event = r->event;
    BOOL sync = r->sync;

    r->io->Information = info;
    r->io->Status = status;
    r->status = status;
    wait_lock();
    if (r->apc && r->thread) {
        apc_queue_locked(thread_apc_queue(r->thread), r->apc_entry, r->apc, (ULONG_PTR)r->apc_context,
                         (ULONG_PTR)r->io, 0);
        r->apc_entry = NULL;
    }
    if (w) w->unsignaled = w->requests != NULL;
    r->done = TRUE;
    wait_changed_locked();
    wait_unlock();
    if (event) NtSetEvent(event, NULL);
    if (!sync) free_request(r);
}

/* Hands what is queued to the oldest request, if there is both. */
static BOOL complete_first(struct watch *w)
{
    struct request *r = w->requests;
    ULONG_PTR bytes = 0;
    NTSTATUS status = STATUS_SUCCESS;

    if (!r || (!w->head && !w->overflow)) return FALSE;
    w->requests = r->next;
    if (!w->overflow) {
        struct record *rec;
        ULONG need = 0;
        for (rec = w->head; rec; rec = rec->next)
            need += rec->next ? record_size(rec->name_bytes) : RECORD_HEADER + rec->name_bytes;
        if (need > r->length) status = STATUS_NOTIFY_ENUM_DIR;
        else {
            char *out = r->buffer;
            for (rec = w->head; rec; rec = rec->next) {
                ULONG next = rec->next ? record_size(rec->name_bytes) : 0;
                memcpy(out, &next, 4);
                memcpy(out + 4, &rec->action, 4);
                memcpy(out + 8, &rec->name_bytes, 4);
                memcpy(out + RECORD_HEADER, rec->name, rec->name_bytes);
                out += next;
            }
            bytes = need;
        }
    } else status = STATUS_NOTIFY_ENUM_DIR;
    drop_records(w);
    w->overflow = FALSE;
    TRACE("%s: %#x, %lu bytes\n", w->root, (unsigned)status, (unsigned long)bytes);
    finish_request(w, r, status, bytes);
    return TRUE;
}

static struct wd_entry *wd_find(struct watch *w, int wd)
{
    for (size_t i = 0; i < w->wd_count; i++)
        if (w->wds[i].wd == wd) return &w->wds[i];
    return NULL;
}

static char *join(const char *a, const char *b)
{
    char *s;
    if (!*a) return strdup(b);
    if (asprintf(&s, "%s/%s", a, b) < 0) return NULL;
    return s;
}

/* Watches REL and, for a subtree, every directory below it; REPORT queues
 * ADDED for what is already inside, since it was made before the watch
 * could see it (a directory created and filled at once). */
static void watch_dir(struct watch *w, const char *rel, BOOL report, int depth)
{
    char *path = join(w->root, rel);
    struct wd_entry *e;
    struct dirent *de;
    DIR *dir;
    int wd;

    if (!path) return;
    wd = inotify_add_watch(w->ifd, *rel ? path : w->root, WATCH_MASK);
    if (wd < 0) {
        free(path);
        return;
    }
    if ((e = wd_find(w, wd))) free(e->rel);
    else {
        if (w->wd_count == w->wd_cap) {
            size_t cap = w->wd_cap ? w->wd_cap * 2 : 8;
            struct wd_entry *grown = realloc(w->wds, cap * sizeof(*grown));
            if (!grown) {
                free(path);
                return;
            }
            w->wds = grown;
            w->wd_cap = cap;
        }
        e = &w->wds[w->wd_count++];
        e->wd = wd;
    }
    e->rel = strdup(rel);
    if (w->subtree && depth < 64 && (dir = opendir(*rel ? path : w->root))) {
        while ((de = readdir(dir))) {
            char *sub;
            BOOL is_dir = de->d_type == DT_DIR;
            if (!strcmp(de->d_name, ".") || !strcmp(de->d_name, "..")) continue;
            if (!(sub = join(rel, de->d_name))) continue;
            if (report && (w->filter & (is_dir ? FILE_NOTIFY_CHANGE_DIR_NAME : FILE_NOTIFY_CHANGE_FILE_NAME)))
                queue_record(w, FILE_ACTION_ADDED, sub);
            if (is_dir) watch_dir(w, sub, report, depth + 1);
            free(sub);
        }
        closedir(dir);
    }
    free(path);
}

/* A directory moved within the tree: the watches below it follow. */
static void rename_wds(struct watch *w, const char *from, const char *to)
{
    size_t n = strlen(from);
    for (size_t i = 0; i < w->wd_count; i++) {
        char *rel = w->wds[i].rel, *moved;
        if (strncmp(rel, from, n) || (rel[n] && rel[n] != '/')) continue;
        if (asprintf(&moved, "%s%s", to, rel + n) < 0) continue;
        free(rel);
        w->wds[i].rel = moved;
    }
}

static BOOL name_wanted(const struct watch *w, BOOL is_dir)
{
    return !!(w->filter & (is_dir ? FILE_NOTIFY_CHANGE_DIR_NAME : FILE_NOTIFY_CHANGE_FILE_NAME));
}

struct move_from {
    uint32_t cookie;
    char *rel;
    BOOL is_dir;
};

/* A directory left the tree: its watches would report under a stale name. */
static void unwatch_below(struct watch *w, const char *rel)
{
    size_t n = strlen(rel);
    for (size_t i = 0; i < w->wd_count;) {
        if (!strncmp(w->wds[i].rel, rel, n) && (!w->wds[i].rel[n] || w->wds[i].rel[n] == '/')) {
            inotify_rm_watch(w->ifd, w->wds[i].wd);
            free(w->wds[i].rel);
            w->wds[i] = w->wds[--w->wd_count];
        } else i++;
    }
}

/* A move whose other half never came left the tree. */
static void flush_move(struct watch *w, struct move_from *mv)
{
    if (!mv->rel) return;
    if (name_wanted(w, mv->is_dir)) queue_record(w, FILE_ACTION_REMOVED, mv->rel);
    if (mv->is_dir) unwatch_below(w, mv->rel);
    free(mv->rel);
    mv->rel = NULL;
}

static void handle_event(struct watch *w, const struct inotify_event *ev, struct move_from *mv)
{
    BOOL is_dir = !!(ev->mask & IN_ISDIR);
    struct wd_entry *e = wd_find(w, ev->wd);
    char *rel;

    if (ev->mask & IN_Q_OVERFLOW) {
        drop_records(w);
        w->overflow = TRUE;
        return;
    }
    if (!e) return;
    if (ev->mask & IN_IGNORED) {
        free(e->rel);
        *e = w->wds[--w->wd_count];
        return;
    }
    if (!ev->len || !(rel = join(e->rel, ev->name))) return;
    if (mv->rel && !((ev->mask & IN_MOVED_TO) && ev->cookie == mv->cookie)) flush_move(w, mv);
    if (ev->mask & IN_MOVED_FROM) {
        mv->cookie = ev->cookie;
        mv->rel = rel;
        mv->is_dir = is_dir;
        return;
    }
    if (ev->mask & IN_MOVED_TO) {
        if (mv->rel) {
            if (name_wanted(w, is_dir)) {
                queue_record(w, FILE_ACTION_RENAMED_OLD_NAME, mv->rel);
                queue_record(w, FILE_ACTION_RENAMED_NEW_NAME, rel);
            }
            if (is_dir) rename_wds(w, mv->rel, rel);
            free(mv->rel);
            mv->rel = NULL;
        } else {
            if (name_wanted(w, is_dir)) queue_record(w, FILE_ACTION_ADDED, rel);
            if (is_dir && w->subtree) watch_dir(w, rel, TRUE, 1);
        }
    } else if (ev->mask & IN_CREATE) {
        if (name_wanted(w, is_dir)) queue_record(w, FILE_ACTION_ADDED, rel);
        if (is_dir && w->subtree) watch_dir(w, rel, TRUE, 1);
    } else if (ev->mask & IN_DELETE) {
        if (name_wanted(w, is_dir)) queue_record(w, FILE_ACTION_REMOVED, rel);
    } else if ((ev->mask & IN_MODIFY) && !is_dir) {
        if (w->filter & (FILE_NOTIFY_CHANGE_SIZE | FILE_NOTIFY_CHANGE_LAST_WRITE))
            queue_record(w, FILE_ACTION_MODIFIED, rel);
    } else if (ev->mask & IN_ATTRIB) {
        /* attributes, times and security all change the inode alike */
        if (w->filter & (FILE_NOTIFY_CHANGE_ATTRIBUTES | FILE_NOTIFY_CHANGE_LAST_WRITE |
                         FILE_NOTIFY_CHANGE_LAST_ACCESS | FILE_NOTIFY_CHANGE_CREATION | FILE_NOTIFY_CHANGE_SECURITY))
            queue_record(w, FILE_ACTION_MODIFIED, rel);
    }
    free(rel);
}

/* Drains W's inotify fd; called with notify_lock held. */
static void read_events(struct watch *w)
{
    char buf[16384] __attribute__((aligned(__alignof__(struct inotify_event))));
    struct move_from mv = { 0, NULL, FALSE };
    ssize_t n;

    while ((n = read(w->ifd, buf, sizeof(buf))) > 0) {
        for (char *p = buf; p < buf + n;) {
            const struct inotify_event *ev = (const struct inotify_event *)p;
            handle_event(w, ev, &mv);
            p += sizeof(*ev) + ev->len;
        }
    }
    flush_move(w, &mv);
    complete_first(w);
}

static void *service_main(void *arg)
{
    struct epoll_event events[16];
    (void)arg;

    for (;;) {
        int n = epoll_wait(epoll_fd, events, 16, -1);
        for (int i = 0; i < n; i++) {
            pthread_mutex_lock(&notify_lock);
            for (struct watch *w = watches; w; w = w->next)
                if (w->id == events[i].data.u64) {
                    read_events(w);
                    break;
                }
            pthread_mutex_unlock(&notify_lock);
        }
    }
    return NULL;
}

/* The service thread, started with the first watch. Called with notify_lock held. */
static BOOL start_service(void)
{
    pthread_attr_t attr;
    sigset_t all, old;
    pthread_t thread;
    int ok;

    if (epoll_fd >= 0) return TRUE;
    if ((epoll_fd = epoll_create1(EPOLL_CLOEXEC)) < 0) return FALSE;
    /* signals are for Windows threads, whose handlers expect a TEB */
    sigfillset(&all);
    pthread_sigmask(SIG_BLOCK, &all, &old);
    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    pthread_attr_setstacksize(&attr, 256 * 1024);
    ok = !pthread_create(&thread, &attr, service_main, NULL);
    pthread_attr_destroy(&attr);
    pthread_sigmask(SIG_SETMASK, &old, NULL);
    if (!ok) {
        close(epoll_fd);
        epoll_fd = -1;
    }
    return ok;
}

static struct watch *watch_find(const struct object *file)
{
    for (struct watch *w = watches; w; w = w->next)
        if (w->file == file) return w;
    return NULL;
}

static NTSTATUS watch_create(struct object *file, int fd, ULONG filter, BOOL subtree, struct watch **out)
{
    struct epoll_event ev = { .events = EPOLLIN };
    char link[64], target[4096];
    struct watch *w;
    ssize_t len;

    snprintf(link, sizeof(link), "/proc/self/fd/%d", fd);
    if ((len = readlink(link, target, sizeof(target) - 1)) <= 0) return STATUS_UNSUCCESSFUL;
    target[len] = 0;
    if (!start_service() || !(w = calloc(1, sizeof(*w)))) return STATUS_NO_MEMORY;
    w->file = file;
    w->filter = filter;
    w->subtree = subtree;
    w->tail = &w->head;
    w->id = next_id++;
    if (!(w->root = strdup(target)) || (w->ifd = inotify_init1(IN_NONBLOCK | IN_CLOEXEC)) < 0) {
        free(w->root);
        free(w);
        return STATUS_TOO_MANY_OPENED_FILES;
    }
    watch_dir(w, "", FALSE, 0);
    ev.data.u64 = w->id;
    if (!w->wd_count || epoll_ctl(epoll_fd, EPOLL_CTL_ADD, w->ifd, &ev)) {
        close(w->ifd);
        for (size_t i = 0; i < w->wd_count; i++) free(w->wds[i].rel);
        free(w->wds);
        free(w->root);
        free(w);
        return STATUS_UNSUCCESSFUL;
    }
    wait_lock();
    w->next = watches;
    watches = w;
    wait_unlock();
    *out = w;
    return STATUS_SUCCESS;
}

NTSYSAPI NTSTATUS WINAPI NtNotifyChangeDirectoryFile(HANDLE handle, HANDLE event, void *apc, void *apc_context,
                                                     IO_STATUS_BLOCK *io, void *buffer, ULONG length,
                                                     ULONG filter, BOOLEAN subtree)
{
    struct file_object *file;
    struct request *r;
    struct watch *w;
    struct stat st;
    NTSTATUS status;
    BOOL sync, completed;

    if (!filter || (filter & ~FILE_NOTIFY_VALID_MASK)) return STATUS_INVALID_PARAMETER;
    if (!(file = (struct file_object *)handle_get(handle, OBJECT_FILE))) return STATUS_INVALID_HANDLE;
    if (fstat(file->fd, &st) || !S_ISDIR(st.st_mode)) status = STATUS_INVALID_PARAMETER;
    else if (!(file->access & FILE_LIST_DIRECTORY)) status = STATUS_ACCESS_DENIED;
    else if (!(r = calloc(1, sizeof(*r))) || (apc && !(r->apc_entry = apc_alloc()))) {
        if (r) free(r);
        status = STATUS_NO_MEMORY;
    } else status = STATUS_SUCCESS;
    if (status) {
        object_release(&file->obj);
        return status;
    }
    sync = !!(file->options & (FILE_SYNCHRONOUS_IO_ALERT | FILE_SYNCHRONOUS_IO_NONALERT));
    r->io = io;
    r->buffer = buffer;
    r->length = buffer ? length : 0;
    r->event = event;
    r->apc = apc;
    r->apc_context = apc_context;
    r->thread = thread_current_object();
    r->sync = sync;
    if (event) NtResetEvent(event, NULL);
    io->Status = STATUS_PENDING;
    io->Information = 0;

    pthread_mutex_lock(&notify_lock);
    if (!(w = watch_find(&file->obj)) &&
        (status = watch_create(&file->obj, file->fd, filter, !!subtree, &w))) {
        pthread_mutex_unlock(&notify_lock);
        object_release(&file->obj);
        free_request(r);
        return status;
    }
    w->limit = r->length;
    {
        struct request **p = &w->requests;
        while (*p) p = &(*p)->next;
        *p = r;
    }
    wait_lock();
    w->unsignaled = TRUE;
    wait_unlock();
    /* changes recorded since the last request complete this one at once */
    completed = w->requests == r && complete_first(w);
    status = completed ? r->status : STATUS_PENDING;
    if (completed && !sync) r = NULL;     /* finish_request freed it */
    pthread_mutex_unlock(&notify_lock);
    object_release(&file->obj);

    if (sync) {
        struct deadline forever;
        deadline_from_timeout(NULL, &forever);
        wait_lock();
        while (!r->done) wait_sleep_locked(&forever);
        wait_unlock();
        status = r->status;
        free_request(r);
    }
    return status;
}

/* Ends the requests of HANDLE that MATCH with STATUS_CANCELLED. */
static NTSTATUS cancel(HANDLE handle, const IO_STATUS_BLOCK *io, const struct object *thread)
{
    struct object *file = handle_get(handle, OBJECT_FILE);
    struct watch *w;
    BOOL found = FALSE;

    if (!file) return STATUS_INVALID_HANDLE;
    pthread_mutex_lock(&notify_lock);
    if ((w = watch_find(file))) {
        struct request **p = &w->requests;
        while (*p) {
            struct request *r = *p;
            if ((io && r->io != io) || (thread && r->thread != thread)) {
                p = &r->next;
                continue;
            }
            *p = r->next;
            found = TRUE;
            finish_request(w, r, STATUS_CANCELLED, 0);
        }
    }
    pthread_mutex_unlock(&notify_lock);
    object_release(file);
    return found ? STATUS_SUCCESS : STATUS_NOT_FOUND;
}

/* The calling thread's requests on HANDLE; success even if none. */
NTSYSAPI NTSTATUS WINAPI NtCancelIoFile(HANDLE handle, IO_STATUS_BLOCK *io_status)
{
    struct object *self = thread_current_object();
    NTSTATUS status = cancel(handle, NULL, self);

    object_release(self);
    if (status == STATUS_NOT_FOUND) status = STATUS_SUCCESS;
    if (status == STATUS_SUCCESS && io_status) {
        io_status->Status = status;
        io_status->Information = 0;
    }
    return status;
}

/* Any thread's request with IO (NULL: all of them); STATUS_NOT_FOUND if none. */
NTSYSAPI NTSTATUS WINAPI NtCancelIoFileEx(HANDLE handle, IO_STATUS_BLOCK *io, IO_STATUS_BLOCK *io_status)
{
    NTSTATUS status = cancel(handle, io, NULL);

    if (status == STATUS_SUCCESS && io_status) {
        io_status->Status = status;
        io_status->Information = 0;
    }
    return status;
}

/* disk files' `signaled`: a file handle is unsignalled while a request
 * issued on it is pending, which is how FindFirstChangeNotification's
 * handle is waited on. Called with the wait lock held. */
BOOL notify_file_signaled(struct object *file, DWORD tid)
{
    (void)tid;
    for (const struct watch *w = watches; w; w = w->next)
        if (w->file == file) return !w->unsignaled;
    return TRUE;
}

/* The last handle of FILE closed: pending requests end with
 * STATUS_NOTIFY_CLEANUP, as on Windows, and the watch goes. */
void notify_file_closed(struct object *file)
{
    struct watch *w;
    struct request *r;

    pthread_mutex_lock(&notify_lock);
    if (!(w = watch_find(file))) {
        pthread_mutex_unlock(&notify_lock);
        return;
    }
    wait_lock();
    for (struct watch **p = &watches; *p; p = &(*p)->next)
        if (*p == w) {
            *p = w->next;
            break;
        }
    wait_unlock();
    while ((r = w->requests)) {
        w->requests = r->next;
        finish_request(NULL, r, STATUS_NOTIFY_CLEANUP, 0);
    }
    epoll_ctl(epoll_fd, EPOLL_CTL_DEL, w->ifd, NULL);
    close(w->ifd);
    pthread_mutex_unlock(&notify_lock);
    drop_records(w);
    for (size_t i = 0; i < w->wd_count; i++) free(w->wds[i].rel);
    free(w->wds);
    free(w->root);
    free(w);
}
