/*
 * The registry, served: the hives of the prefix (PREFIX/system.reg for
 * \Registry\Machine, PREFIX/user.reg for the user's key, PREFIX/userdef.reg
 * for \Registry\User\.Default) behind the REQ_REG_* requests of protocol.h.
 *
 * The hives are loaded at the first registry request, under
 * PREFIX/registry.lock, which the server keeps until it exits: while it
 * holds it, tools/winrun-reg sends its work here (REQ_REG_IMPORT/EXPORT)
 * instead of touching the files. A change arms a timer; within
 * SAVE_DELAY_MS the changed hives are saved atomically (reg_save_file),
 * and again at exit. A hive file that does not parse is renamed aside and
 * replaced by the defaults; the next REQ_REG_OPEN reply carries a notice
 * saying so, which its client prints.
 *
 * Notifications never make the server wait: a watcher is the fd the
 * client sent, written once when a matching change happens.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include "winrun/user.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include "loop.h"
#include "server.h"
#include "registry.h"
#include "winrun/unicode.h"

#define SAVE_DELAY_MS 500
/* how long the first load waits for a winrun-reg that holds the lock */
#define LOCK_WAIT_MS 5000

#define REG_NOTIFY_CHANGE_NAME     1
#define REG_NOTIFY_CHANGE_LAST_SET 4


struct registry_client {
    struct reg_key **keys;      /* key id N is keys[N - 1]; NULL: free */
    struct reg_key **overlays;  /* REQ_REG_MERGE's key over keys[N - 1], or NULL */
    uint32_t count, capacity;
};

struct watch {
    struct watch *next;
    struct client *client;
    struct reg_key *key;        /* a reference */
    int fd;
    uint32_t filter;
    int subtree;
};

static struct {
    struct loop *loop;
    char *prefix;
    int loaded, lock_fd;
    struct reg_key *roots[NHIVES];
    unsigned long long saved[NHIVES];   /* reg_root_changes at the last save */
    char *notice;               /* for the next REQ_REG_OPEN reply */
    int save_armed;             /* the save timer runs: a later change keeps its deadline */
    struct watch *watches;
} reg = { .lock_fd = -1 };

void registry_init(struct loop *loop, const char *prefix)
{
    reg.loop = loop;
    reg.prefix = realpath(prefix, NULL);
}


static char *hive_path(int hive)
{
    char *path;
    if (asprintf(&path, "%s/%s", reg.prefix, hive_names[hive].file) < 0) return NULL;
    return path;
}

static void add_notice(const char *line)
{
    char *joined;
    if (asprintf(&joined, "%s%s%s", reg.notice ? reg.notice : "", reg.notice ? "\n" : "", line) < 0) return;
    free(reg.notice);
    reg.notice = joined;
}

/* PATH did not parse: renames it to the first free PATH.corrupt[.N], so
 * that no earlier copy is overwritten, and says so. */
static void keep_aside(const char *path, const struct reg_error *err)
{
    char aside[4200], line[4800], where[32] = "";
    struct stat st;
    int n;

    for (n = 0; n < 1000; n++) {
        if (n) snprintf(aside, sizeof(aside), "%s.corrupt.%d", path, n);
        else snprintf(aside, sizeof(aside), "%s.corrupt", path);
        if (lstat(aside, &st) && errno == ENOENT) break;
    }
    if (err->line) snprintf(where, sizeof(where), "line %u: ", err->line);
    if (n < 1000 && !rename(path, aside))
        snprintf(line, sizeof(line), "winrun: %s: %s%s; kept as %s, using a fresh registry", path, where,
                 err->reason, aside);
    else
        snprintf(line, sizeof(line), "winrun: %s: %s%s; could not keep it aside (%s), using a fresh registry",
                 path, where, err->reason, strerror(errno));
    server_log("%s", line + strlen("winrun: "));
    add_notice(line);
}

static int take_registry_lock(void)
{
    int64_t give_up = loop_now_ms() + LOCK_WAIT_MS;
    char *path;

    if (reg.lock_fd >= 0) return 0;     /* kept from a load that failed later */
    if (asprintf(&path, "%s/registry.lock", reg.prefix) < 0) return -1;
    reg.lock_fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    free(path);
    if (reg.lock_fd < 0) return -1;
    /* winrun-reg holds it for one short command at most */
    while (flock(reg.lock_fd, LOCK_EX | LOCK_NB)) {
        struct timespec pause = { 0, 20 * 1000000 };
        if ((errno != EWOULDBLOCK && errno != EINTR) || loop_now_ms() >= give_up) {
            close(reg.lock_fd);
            reg.lock_fd = -1;
            return -1;
        }
        nanosleep(&pause, NULL);
    }
    return 0;
}

static NTSTATUS load_hives(void)
{
    struct reg_key *defaults[2];
    char name_buf[256];
    NTSTATUS status = STATUS_NO_MEMORY;
    int h;

    if (reg.loaded) return STATUS_SUCCESS;
    if (!reg.prefix) return STATUS_OBJECT_PATH_NOT_FOUND;
    if (take_registry_lock()) {
        add_notice("winrun: the registry of the prefix stays locked by another process (winrun-reg?)");
        return STATUS_SHARING_VIOLATION;
    }
    if (!(defaults[0] = reg_root_new())) goto out;
    if (!(defaults[1] = reg_root_new())) { reg_key_release(defaults[0]); goto out; }
    if (reg_add_defaults(defaults[0], defaults[1], winrun_user_name(name_buf, sizeof(name_buf)))) goto fail;
    for (h = 0; h < NHIVES; h++) {
        struct reg_root_name root = { hive_names[h].name, hive_names[h].short_name, NULL };
        struct reg_error err;
        char *path;

        if (!(path = hive_path(h))) goto fail;
        if (!(root.key = reg_root_new())) { free(path); goto fail; }
        if (access(path, F_OK) && errno == ENOENT) {
            /* .DEFAULT starts empty */
            if (h < 2) reg_key_release(root.key), root.key = reg_key_addref(defaults[h]);
        } else if ((status = reg_import_file(path, &root, 1, &err))) {
            if (status == STATUS_NO_MEMORY) { reg_key_release(root.key); free(path); goto fail; }
            keep_aside(path, &err);
            reg_key_release(root.key);
            root.key = h < 2 ? reg_key_addref(defaults[h]) : reg_root_new();
            if (!root.key) { free(path); goto fail; }
        }
        free(path);
        reg.roots[h] = root.key;
        reg.saved[h] = reg_root_changes(root.key);
    }
    reg.loaded = 1;
    status = STATUS_SUCCESS;
fail:
    reg_key_release(defaults[0]);
    reg_key_release(defaults[1]);
out:
    if (status) {
        for (h = 0; h < NHIVES; h++)
            if (reg.roots[h]) reg_key_release(reg.roots[h]), reg.roots[h] = NULL;
        status = STATUS_NO_MEMORY;
    }
    return status;
}

/* Saves every changed hive; a failure is logged and retried at the next
 * change or exit. */
static NTSTATUS save_hives(void)
{
    NTSTATUS result = STATUS_SUCCESS;

    if (!reg.loaded) return STATUS_SUCCESS;
    for (int h = 0; h < NHIVES; h++) {
        unsigned long long changes = reg_root_changes(reg.roots[h]);
        struct reg_error err;
        char *path;

        if (!hive_names[h].file || changes == reg.saved[h]) continue;
        if (!(path = hive_path(h))) return STATUS_NO_MEMORY;
        if (reg_save_file(reg.roots[h], hive_names[h].name, path, &err)) {
            server_log("%s", err.reason);
            result = STATUS_UNSUCCESSFUL;
        } else {
            reg.saved[h] = changes;
        }
        free(path);
    }
    return result;
}

static void save_expired(struct loop *loop)
{
    (void)loop;
    reg.save_armed = 0;
    save_hives();
}

void registry_shutdown(void)
{
    save_hives();
}

/* ---- change notification ---- */

static void watch_free(struct watch *w)
{
    reg_key_release(w->key);
    close(w->fd);
    free(w);
}

static int is_below(const struct reg_key *key, const struct reg_key *ancestor)
{
    for (; key; key = reg_key_parent(key))
        if (key == ancestor) return 1;
    return 0;
}

/* KEY changed in a way FILTER names (or was deleted: filter ~0): fires
 * the watches of KEY and, for subtree watches, of its ancestors. Also arms
 * the save timer. */
static void key_changed(struct reg_key *key, uint32_t filter)
{
    struct watch **p = &reg.watches;
    uint64_t one = 1;

    /* armed by the first unsaved change: a stream of changes must not
     * push the save back for ever */
    if (!reg.save_armed) {
        reg.save_armed = 1;
        loop_set_timer(reg.loop, LOOP_TIMER_SAVE, loop_now_ms() + SAVE_DELAY_MS, save_expired);
    }
    while (*p) {
        struct watch *w = *p;
        if ((w->filter & filter) && (w->key == key || (w->subtree && is_below(key, w->key)))) {
            if (write(w->fd, &one, sizeof(one)) < 0) { /* the waiter has gone */ }
            *p = w->next;
            watch_free(w);
        } else {
            p = &w->next;
        }
    }
}

/* ---- key ids ---- */

static struct registry_client *client_registry(struct client *client)
{
    if (!client->registry) client->registry = calloc(1, sizeof(*client->registry));
    return client->registry;
}

/* The new key id, or 0 with *STATUS set (out of memory, or the client holds
 * CLIENT_MAX_KEYS already). */
static uint32_t key_insert(struct client *client, struct reg_key *key, NTSTATUS *status)
{
    struct registry_client *rc = client_registry(client);
    uint32_t i;

    *status = STATUS_NO_MEMORY;
    if (!rc) return 0;
    for (i = 0; i < rc->count; i++)
        if (!rc->keys[i]) break;
    if (i == rc->count) {
        if (rc->count >= CLIENT_MAX_KEYS) {
            *status = STATUS_QUOTA_EXCEEDED;
            return 0;
        }
        if (rc->count == rc->capacity) {
            uint32_t capacity = rc->capacity ? rc->capacity * 2 : 16;
            struct reg_key **keys = realloc(rc->keys, capacity * sizeof(*keys)), **overlays;
            if (!keys) return 0;
            rc->keys = keys;
            if (!(overlays = realloc(rc->overlays, capacity * sizeof(*overlays)))) return 0;
            rc->overlays = overlays;
            rc->capacity = capacity;
        }
        rc->count++;
    }
    rc->keys[i] = key;
    rc->overlays[i] = NULL;
    return i + 1;
}

static struct reg_key *key_get(struct client *client, uint32_t id)
{
    struct registry_client *rc = client->registry;
    if (!rc || !id || id > rc->count) return NULL;
    return rc->keys[id - 1];
}

/* The key REQ_REG_MERGE put over key ID, or NULL. */
static struct reg_key *overlay_get(struct client *client, uint32_t id)
{
    return key_get(client, id) ? client->registry->overlays[id - 1] : NULL;
}

void registry_client_gone(struct client *client)
{
    struct registry_client *rc = client->registry;
    struct watch **p = &reg.watches;

    while (*p) {
        struct watch *w = *p;
        if (w->client == client) {
            *p = w->next;
            watch_free(w);
        } else {
            p = &w->next;
        }
    }
    if (!rc) return;
    for (uint32_t i = 0; i < rc->count; i++) {
        if (rc->keys[i]) reg_key_release(rc->keys[i]);
        if (rc->overlays[i]) reg_key_release(rc->overlays[i]);
    }
    free(rc->keys);
    free(rc->overlays);
    free(rc);
    client->registry = NULL;
}

/* ---- handlers ---- */

/* A UTF-16 name of LENGTH bytes at DATA, as a NUL-terminated copy. */
static WCHAR *copy_name(const void *data, uint32_t length)
{
    WCHAR *name = malloc(length + sizeof(WCHAR));
    if (!name) return NULL;
    memcpy(name, data, length);
    name[length / sizeof(WCHAR)] = 0;
    return name;
}

/* The notice goes after the fixed part, once. */
static void attach_notice(struct request_context *context, struct reg_open_reply *reply)
{
    size_t length;
    if (!reg.notice) return;
    length = strlen(reg.notice);
    if (length > SERVER_MAX_MESSAGE - sizeof(*reply)) length = SERVER_MAX_MESSAGE - sizeof(*reply);
    memcpy(reply + 1, reg.notice, length);
    reply->notice_length = length;
    context->reply_size += length;
    free(reg.notice);
    reg.notice = NULL;
}

static NTSTATUS handle_reg_open(struct request_context *context)
{
    const struct reg_open_request *request = context->request;
    struct reg_open_reply *reply = context->reply;
    uint32_t length = context->size - sizeof(*request);
    struct reg_key *key;
    NTSTATUS status;
    int created = 0;
    uint32_t id;

    context->reply_size = sizeof(*reply);
    status = load_hives();
    attach_notice(context, reply);
    if (status) return status;
    if (request->root < REG_ROOT_MACHINE || request->root > REG_ROOT_DEFAULT_USER || length % sizeof(WCHAR))
        return STATUS_INVALID_PARAMETER;
    if (request->flags & REG_OPEN_CREATE)
        status = reg_key_create(reg.roots[request->root - 1], (const WCHAR *)(request + 1), length / sizeof(WCHAR),
                                !!(request->flags & REG_OPEN_VOLATILE), &key, &created);
    else
        status = reg_key_open(reg.roots[request->root - 1], (const WCHAR *)(request + 1), length / sizeof(WCHAR),
                              &key);
    if (status) return status;
    if (!(id = key_insert(context->client, key, &status))) {
        reg_key_release(key);
        return status;
    }
    if (created && reg_key_parent(key)) key_changed(reg_key_parent(key), REG_NOTIFY_CHANGE_NAME);
    reply->key = id;
    reply->created = created;
    return STATUS_SUCCESS;
}

static NTSTATUS handle_reg_close(struct request_context *context)
{
    const struct reg_key_request *request = context->request;
    struct reg_key *key = key_get(context->client, request->key);

    struct reg_key **overlay;

    if (!key) return STATUS_INVALID_HANDLE;
    context->client->registry->keys[request->key - 1] = NULL;
    reg_key_release(key);
    overlay = &context->client->registry->overlays[request->key - 1];
    if (*overlay) reg_key_release(*overlay), *overlay = NULL;
    return STATUS_SUCCESS;
}

static NTSTATUS handle_reg_delete_key(struct request_context *context)
{
    const struct reg_key_request *request = context->request;
    struct reg_key *key = key_get(context->client, request->key), *parent;
    NTSTATUS status;

    if (!key) return STATUS_INVALID_HANDLE;
    if (!(parent = reg_key_parent(key))) return reg_key_is_deleted(key) ? STATUS_KEY_DELETED : STATUS_ACCESS_DENIED;
    reg_key_addref(parent);
    if (!(status = reg_key_delete(key))) {
        key_changed(key, ~0u);
        key_changed(parent, REG_NOTIFY_CHANGE_NAME);
    }
    reg_key_release(parent);
    return status;
}

static NTSTATUS handle_reg_set_value(struct request_context *context)
{
    const struct reg_value_request *request = context->request;
    struct reg_key *key = key_get(context->client, request->key);
    uint32_t rest = context->size - sizeof(*request);
    WCHAR *name;
    NTSTATUS status;

    const char *data = (const char *)(request + 1) + request->name_length;
    char *big = NULL;
    uint32_t size;

    if (!key) return STATUS_INVALID_HANDLE;
    if (request->name_length > rest || request->name_length % sizeof(WCHAR)) return STATUS_INVALID_PARAMETER;
    size = rest - request->name_length;
    if (request->flags & REG_VALUE_IN_FD) {
        /* data too big for a message: the whole of the memfd sent */
        struct stat st;
        if (size || context->fd_count != 1 || fstat(context->fds[0], &st) || !S_ISREG(st.st_mode))
            return STATUS_INVALID_PARAMETER;
        if ((uint64_t)st.st_size > REG_MAX_VALUE_DATA) return STATUS_INSUFFICIENT_RESOURCES;
        size = st.st_size;
        if (!(big = malloc(size ? size : 1))) return STATUS_NO_MEMORY;
        if (pread(context->fds[0], big, size, 0) != (ssize_t)size) {
            free(big);
            return STATUS_INVALID_PARAMETER;
        }
        data = big;
    }
    if (!(name = copy_name(request + 1, request->name_length))) {
        free(big);
        return STATUS_NO_MEMORY;
    }
    status = reg_value_set(key, name, request->type, data, size);
    free(name);
    free(big);
    if (!status) key_changed(key, REG_NOTIFY_CHANGE_LAST_SET);
    return status;
}

/* Data that does not fit in the reply goes to the client's memfd (a
 * regular file: the write never makes the server wait). */
static NTSTATUS write_fd_data(int fd, const char *data, size_t size)
{
    struct stat st;
    off_t offset = 0;

    if (fstat(fd, &st) || !S_ISREG(st.st_mode) || ftruncate(fd, 0)) return STATUS_INVALID_PARAMETER;
    while (size) {
        ssize_t done = pwrite(fd, data, size, offset);
        if (done < 0 && errno == EINTR) continue;
        if (done <= 0) return STATUS_NO_MEMORY;
        data += done;
        offset += done;
        size -= done;
    }
    return STATUS_SUCCESS;
}

/* Puts VALUE's name (WITH_NAME) and data after the reply's fixed part. */
static NTSTATUS reply_value(struct request_context *context, const struct reg_value *value, int with_name)
{
    struct reg_value_reply *reply = context->reply;
    uint32_t name_length = with_name ? wcs_len(value->name) * sizeof(WCHAR) : 0;
    char *out = (char *)(reply + 1);

    reply->type = value->type;
    reply->data_size = value->size;
    reply->name_length = name_length;
    reply->in_fd = 0;
    context->reply_size = sizeof(*reply);
    if (name_length > SERVER_MAX_MESSAGE - sizeof(*reply)) return STATUS_BUFFER_OVERFLOW;
    memcpy(out, value->name, name_length);
    context->reply_size += name_length;
    if (value->size > SERVER_MAX_MESSAGE - context->reply_size) {
        if (context->fd_count != 1) return STATUS_BUFFER_OVERFLOW;
        reply->in_fd = REG_VALUE_IN_FD;
        return write_fd_data(context->fds[0], (const char *)value->data, value->size);
    }
    if (value->size) memcpy(out + name_length, value->data, value->size);
    context->reply_size += value->size;
    return STATUS_SUCCESS;
}

static NTSTATUS handle_reg_get_value(struct request_context *context)
{
    const struct reg_value_request *request = context->request;
    struct reg_key *key = key_get(context->client, request->key);
    struct reg_key *top;
    const struct reg_value *value;
    WCHAR *name;
    NTSTATUS status;

    if (!key) return STATUS_INVALID_HANDLE;
    if (request->name_length != context->size - sizeof(*request) || request->name_length % sizeof(WCHAR))
        return STATUS_INVALID_PARAMETER;
    if (!(name = copy_name(request + 1, request->name_length))) return STATUS_NO_MEMORY;
    if ((top = overlay_get(context->client, request->key))) status = reg_merged_value_get(top, key, name, &value);
    else status = reg_value_get(key, name, &value);
    free(name);
    return status ? status : reply_value(context, value, 0);
}

static NTSTATUS handle_reg_delete_value(struct request_context *context)
{
    const struct reg_value_request *request = context->request;
    struct reg_key *key = key_get(context->client, request->key);
    WCHAR *name;
    NTSTATUS status;

    if (!key) return STATUS_INVALID_HANDLE;
    if (request->name_length != context->size - sizeof(*request) || request->name_length % sizeof(WCHAR))
        return STATUS_INVALID_PARAMETER;
    if (!(name = copy_name(request + 1, request->name_length))) return STATUS_NO_MEMORY;
    status = reg_value_delete(key, name);
    free(name);
    if (!status) key_changed(key, REG_NOTIFY_CHANGE_LAST_SET);
    return status;
}

/* KEY's information (with TOP over it, when not NULL) and name. */
static NTSTATUS reply_key(struct request_context *context, const struct reg_key *key, const struct reg_key *top)
{
    struct reg_key_reply *reply = context->reply;
    struct reg_key_info info;
    const WCHAR *name = reg_key_name(key);
    uint32_t length = wcs_len(name) * sizeof(WCHAR);
    NTSTATUS status = top ? reg_merged_query_info(top, key, &info) : reg_key_query_info(key, &info);

    if (status) return status;
    reply->subkeys = info.subkeys;
    reply->max_subkey_name = info.max_subkey_name;
    reply->values = info.values;
    reply->max_value_name = info.max_value_name;
    reply->max_value_data = info.max_value_data;
    reply->last_write = info.last_write;
    reply->name_length = length;
    memcpy(reply + 1, name, length);   /* at most 255 units */
    context->reply_size = sizeof(*reply) + length;
    return STATUS_SUCCESS;
}

static NTSTATUS handle_reg_query_key(struct request_context *context)
{
    const struct reg_key_request *request = context->request;
    struct reg_key *key = key_get(context->client, request->key);
    return key ? reply_key(context, key, overlay_get(context->client, request->key)) : STATUS_INVALID_HANDLE;
}

static NTSTATUS handle_reg_enum_key(struct request_context *context)
{
    const struct reg_key_request *request = context->request;
    struct reg_key *key = key_get(context->client, request->key), *subkey, *top;
    NTSTATUS status;

    if (!key) return STATUS_INVALID_HANDLE;
    if ((top = overlay_get(context->client, request->key)))
        status = reg_merged_enum_subkey(top, key, request->index, &subkey);
    else
        status = reg_key_enum_subkey(key, request->index, &subkey);
    return status ? status : reply_key(context, subkey, NULL);
}

static NTSTATUS handle_reg_enum_value(struct request_context *context)
{
    const struct reg_key_request *request = context->request;
    struct reg_key *key = key_get(context->client, request->key);
    const struct reg_value *value;
    NTSTATUS status;

    struct reg_key *top;

    if (!key) return STATUS_INVALID_HANDLE;
    if ((top = overlay_get(context->client, request->key)))
        status = reg_merged_enum_value(top, key, request->index, &value);
    else
        status = reg_key_enum_value(key, request->index, &value);
    return status ? status : reply_value(context, value, 1);
}

static NTSTATUS handle_reg_flush(struct request_context *context)
{
    const struct reg_key_request *request = context->request;
    if (!key_get(context->client, request->key)) return STATUS_INVALID_HANDLE;
    return save_hives();
}

static NTSTATUS handle_reg_notify(struct request_context *context)
{
    const struct reg_notify_request *request = context->request;
    struct reg_key *key = key_get(context->client, request->key);
    struct watch *w;

    if (!key) return STATUS_INVALID_HANDLE;
    if (context->fd_count != 1) return STATUS_INVALID_PARAMETER;
    if (reg_key_is_deleted(key)) return STATUS_KEY_DELETED;
    {
        unsigned int pending = 0;
        for (w = reg.watches; w; w = w->next) pending += w->client == context->client;
        if (pending >= CLIENT_MAX_NOTIFY) return STATUS_QUOTA_EXCEEDED;
    }
    if (!(w = calloc(1, sizeof(*w)))) return STATUS_NO_MEMORY;
    w->client = context->client;
    w->key = reg_key_addref(key);
    w->fd = context->fds[0];
    context->fds[0] = -1;
    /* a full pipe must not stop the server: the write is only a wake-up */
    fcntl(w->fd, F_SETFL, fcntl(w->fd, F_GETFL) | O_NONBLOCK);
    w->filter = request->filter;
    w->subtree = !!request->subtree;
    w->next = reg.watches;
    reg.watches = w;
    return STATUS_SUCCESS;
}

/* Writes to a client's fd: only a regular file, which never makes the
 * server wait (a pipe could, if nobody read it). */
static NTSTATUS write_all(int fd, const char *text, size_t length)
{
    struct stat st;

    if (fstat(fd, &st) || !S_ISREG(st.st_mode)) return STATUS_INVALID_PARAMETER;
    while (length) {
        ssize_t done = write(fd, text, length);
        if (done < 0 && errno == EINTR) continue;
        if (done <= 0) return STATUS_ACCESS_DENIED;
        text += done;
        length -= done;
    }
    return STATUS_SUCCESS;
}

static NTSTATUS handle_reg_save_key(struct request_context *context)
{
    const struct reg_key_request *request = context->request;
    struct reg_key *key = key_get(context->client, request->key);
    NTSTATUS status;
    size_t length;
    char *text;

    if (!key) return STATUS_INVALID_HANDLE;
    if (context->fd_count != 1) return STATUS_INVALID_PARAMETER;
    if (!(text = reg_export_text(key, "HKEY_LOCAL_MACHINE\\SAVED", 1, &length))) return STATUS_NO_MEMORY;
    status = write_all(context->fds[0], text, length);
    free(text);
    return status;
}

static NTSTATUS reply_reason(struct request_context *context, NTSTATUS status, const struct reg_error *err)
{
    struct reg_text_reply *reply = context->reply;
    size_t length = strlen(err->reason);
    reply->line = err->line;
    reply->reason_length = length;
    memcpy(reply + 1, err->reason, length);
    context->reply_size = sizeof(*reply) + length;
    return status;
}

static NTSTATUS handle_reg_import(struct request_context *context)
{
    struct reg_root_name roots[NHIVES];
    struct reg_error err = { 0, "" };
    struct stat st;
    NTSTATUS status;
    char *text;

    context->reply_size = sizeof(struct reg_text_reply);
    if ((status = load_hives())) return status;
    if (context->fd_count != 1 || fstat(context->fds[0], &st) || !S_ISREG(st.st_mode) || st.st_size > (1 << 28))
        return STATUS_INVALID_PARAMETER;
    if (!(text = malloc(st.st_size + 1))) return STATUS_NO_MEMORY;
    if (pread(context->fds[0], text, st.st_size, 0) != st.st_size) {
        free(text);
        return STATUS_UNSUCCESSFUL;
    }
    for (int h = 0; h < NHIVES; h++) {
        roots[h].name = hive_names[h].name;
        roots[h].short_name = hive_names[h].short_name;
        roots[h].key = reg.roots[h];
    }
    status = reg_import_text(text, st.st_size, roots, NHIVES, &err);
    free(text);
    if (status) return reply_reason(context, status, &err);
    /* what changed is not known key by key: every watch of the hives fires */
    key_changed(reg.roots[HIVE_MACHINE], ~0u);
    key_changed(reg.roots[HIVE_USER], ~0u);
    key_changed(reg.roots[HIVE_DEFAULT_USER], ~0u);
    return save_hives();
}

static NTSTATUS handle_reg_export(struct request_context *context)
{
    const struct reg_text_request *request = context->request;
    uint32_t length = context->size - sizeof(*request);
    struct reg_key *key;
    char *path8, *name, *text;
    WCHAR *path;
    NTSTATUS status;
    size_t text_length;

    context->reply_size = sizeof(struct reg_text_reply);
    if ((status = load_hives())) return status;
    if (context->fd_count != 1 || request->root < REG_ROOT_MACHINE || request->root > REG_ROOT_DEFAULT_USER ||
        length % sizeof(WCHAR))
        return STATUS_INVALID_PARAMETER;
    if (!(path = copy_name(request + 1, length))) return STATUS_NO_MEMORY;
    status = reg_key_open(reg.roots[request->root - 1], path, -1, &key);
    path8 = status ? NULL : utf16_to_utf8_dup(path);
    free(path);
    if (status) return status;
    if (!path8 || asprintf(&name, "%s%s%s", hive_names[request->root - 1].name, *path8 ? "\\" : "", path8) < 0) {
        free(path8);
        reg_key_release(key);
        return STATUS_NO_MEMORY;
    }
    free(path8);
    text = reg_export_text(key, name, 1, &text_length);
    free(name);
    reg_key_release(key);
    if (!text) return STATUS_NO_MEMORY;
    status = write_all(context->fds[0], text, text_length);
    free(text);
    return status;
}

static NTSTATUS handle_reg_merge(struct request_context *context)
{
    const struct reg_key_request *request = context->request;
    struct reg_key *key = key_get(context->client, request->key), *top = key_get(context->client, request->index);
    struct reg_key **slot;

    if (!key || !top) return STATUS_INVALID_HANDLE;
    if (top == key) return STATUS_INVALID_PARAMETER;
    slot = &context->client->registry->overlays[request->key - 1];
    if (*slot) reg_key_release(*slot);
    *slot = reg_key_addref(top);
    return STATUS_SUCCESS;
}

static const struct {
    NTSTATUS (*handler)(struct request_context *context);
} handlers[] = {
    [REQ_REG_OPEN - REQ_REGISTRY_FIRST] = { handle_reg_open },
    [REQ_REG_CLOSE - REQ_REGISTRY_FIRST] = { handle_reg_close },
    [REQ_REG_DELETE_KEY - REQ_REGISTRY_FIRST] = { handle_reg_delete_key },
    [REQ_REG_SET_VALUE - REQ_REGISTRY_FIRST] = { handle_reg_set_value },
    [REQ_REG_GET_VALUE - REQ_REGISTRY_FIRST] = { handle_reg_get_value },
    [REQ_REG_DELETE_VALUE - REQ_REGISTRY_FIRST] = { handle_reg_delete_value },
    [REQ_REG_ENUM_KEY - REQ_REGISTRY_FIRST] = { handle_reg_enum_key },
    [REQ_REG_ENUM_VALUE - REQ_REGISTRY_FIRST] = { handle_reg_enum_value },
    [REQ_REG_QUERY_KEY - REQ_REGISTRY_FIRST] = { handle_reg_query_key },
    [REQ_REG_FLUSH - REQ_REGISTRY_FIRST] = { handle_reg_flush },
    [REQ_REG_NOTIFY - REQ_REGISTRY_FIRST] = { handle_reg_notify },
    [REQ_REG_SAVE_KEY - REQ_REGISTRY_FIRST] = { handle_reg_save_key },
    [REQ_REG_IMPORT - REQ_REGISTRY_FIRST] = { handle_reg_import },
    [REQ_REG_EXPORT - REQ_REGISTRY_FIRST] = { handle_reg_export },
    [REQ_REG_MERGE - REQ_REGISTRY_FIRST] = { handle_reg_merge },
};

/* One entry point for request.c's table: the registry's requests share it. */
NTSTATUS handle_registry(struct request_context *context)
{
    const struct request_header *header = context->request;
    unsigned int index = header->type - REQ_REGISTRY_FIRST;

    if (index >= sizeof(handlers) / sizeof(handlers[0]) || !handlers[index].handler) return STATUS_NOT_IMPLEMENTED;
    return handlers[index].handler(context);
}
