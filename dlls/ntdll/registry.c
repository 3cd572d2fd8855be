/*
 * The registry's Nt* API: keys are handle-table objects naming a key id of
 * winrun-server (server/registry_request.c), which owns the prefix's
 * hives; every call is one request to it. The server is started by the
 * first registry call, never before.
 *
 * NT names: \Registry\Machine, \Registry\User\<the user's SID>,
 * \Registry\User\.Default; \Registry\User itself opens as a key listing
 * those two. A key remembers its root and path so that a name relative to
 * it (RootDirectory) can be sent as one path below the root.
 *
 * The user's SID is S-1-5-21-D1-D2-D3-(1000 + uid), D1..D3 hashed from
 * /etc/machine-id (advapi32's token reports the same: it asks
 * machine_sid_domain).
 */
#define _GNU_SOURCE
#include <errno.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/eventfd.h>
#include <sys/mman.h>
#include <unistd.h>
#include "ntdll_private.h"
#include "winrun/unicode.h"
#include "winbase.h"

NTSYSAPI NTSTATUS WINAPI NtSetEvent(HANDLE handle, LONG *prev_state);
NTSYSAPI NTSTATUS WINAPI NtQueueApcThread(HANDLE handle, void *func, ULONG_PTR arg1, ULONG_PTR arg2, ULONG_PTR arg3);
NTSYSAPI NTSTATUS WINAPI NtDuplicateObject(HANDLE source_process, HANDLE source, HANDLE dest_process, HANDLE *dest,
                                           ACCESS_MASK access, ULONG attributes, ULONG options);
NTSYSAPI NTSTATUS WINAPI NtClose(HANDLE handle);
#define DUPLICATE_SAME_ACCESS 2

#define ROOT_USERS 100      /* \Registry\User itself, answered here */
#define REG_MAX_VALUE_NAME_BYTES (16383 * sizeof(WCHAR))
#define REG_SZ    1
#define REG_DWORD 4

struct key {
    struct object obj;
    uint32_t id;            /* the server's key id; 0 for ROOT_USERS */
    int root;               /* enum reg_root_id, or ROOT_USERS */
    WCHAR *path;            /* below the root, no leading or trailing '\' */
};

/* ---- the user's SID ---- */

static DWORD sid_domain[3];
static pthread_once_t sid_once = PTHREAD_ONCE_INIT;

static void read_sid_domain(void)
{
    char text[64] = "";
    FILE *f = fopen("/etc/machine-id", "r");
    if (!f) f = fopen("/var/lib/dbus/machine-id", "r");
    if (f) {
        if (!fgets(text, sizeof(text), f)) text[0] = 0;
        fclose(f);
    }
    /* FNV-1a over the id, three ways; without an id the parts are fixed */
    for (int i = 0; i < 3; i++) {
        DWORD h = 2166136261u ^ (DWORD)i;
        for (const char *p = text; *p && *p != '\n'; p++) h = (h ^ (BYTE)*p) * 16777619u;
        sid_domain[i] = h;
    }
}

DECLSPEC_EXPORT void machine_sid_domain(DWORD domain[3])
{
    pthread_once(&sid_once, read_sid_domain);
    memcpy(domain, sid_domain, sizeof(sid_domain));
}

/* "S-1-5-21-..." of the current user, into BUF (64 units) */
static void user_sid_string(WCHAR *buf)
{
    DWORD d[3];
    char text[64];
    machine_sid_domain(d);
    snprintf(text, sizeof(text), "S-1-5-21-%u-%u-%u-%u", d[0], d[1], d[2], 1000 + (unsigned int)getuid());
    utf8_to_utf16(text, -1, buf, 64);
}

NTSYSAPI NTSTATUS WINAPI RtlFormatCurrentUserKeyPath(UNICODE_STRING *out)
{
    static const char prefix[] = "\\Registry\\User\\";
    WCHAR sid[64], *buf;
    size_t n = sizeof(prefix) - 1, len;

    user_sid_string(sid);
    len = n + wcs_len(sid);
    if (!(buf = RtlAllocateHeap(NtCurrentTeb()->Peb->ProcessHeap, 0, (len + 1) * sizeof(WCHAR)))) return STATUS_NO_MEMORY;
    for (size_t i = 0; i < n; i++) buf[i] = prefix[i];
    wcs_cpy(buf + n, sid);
    out->Buffer = buf;
    out->Length = len * sizeof(WCHAR);
    out->MaximumLength = out->Length + sizeof(WCHAR);
    return STATUS_SUCCESS;
}

/* ---- key objects ---- */

static void key_destroy(struct object *obj)
{
    struct key *key = (struct key *)obj;
    if (key->id) {
        struct reg_key_request request = { .header = { .size = sizeof(request), .type = REQ_REG_CLOSE }, .key = key->id };
        struct reply_header reply;
        server_call(&request, NULL, &reply, sizeof(reply), NULL);
    }
    free(key->path);
    free(key);
}

static const struct object_ops key_ops = { .destroy = key_destroy };

static struct key *key_get(HANDLE handle)
{
    return (struct key *)handle_get(handle, OBJECT_KEY);
}

/* A call with a reply of up to SERVER_MAX_MESSAGE bytes (malloc'ed). */
static NTSTATUS call(void *request, const struct server_fds *fds, void **reply)
{
    if (!(*reply = malloc(SERVER_MAX_MESSAGE))) return STATUS_NO_MEMORY;
    return server_call(request, fds, *reply, SERVER_MAX_MESSAGE, NULL);
}

static int is_sep(WCHAR c) { return c == '\\'; }

/* Whether the LEN units at S are the ASCII word W, ignoring case. */
static int word_is(const WCHAR *s, size_t len, const char *w)
{
    size_t i;
    for (i = 0; i < len && w[i]; i++)
        if (wch_upper(s[i]) != (WCHAR)(w[i] >= 'a' && w[i] <= 'z' ? w[i] - 32 : w[i])) return 0;
    return i == len && !w[i];
}

/* Maps the name of ATTR to a root and a path below it (malloc'ed). */
static NTSTATUS resolve(const OBJECT_ATTRIBUTES *attr, int *root, WCHAR **path)
{
    const WCHAR *name = attr->ObjectName && attr->ObjectName->Buffer ? attr->ObjectName->Buffer : NULL;
    size_t len = name ? attr->ObjectName->Length / sizeof(WCHAR) : 0, start = 0;
    WCHAR *out;

    if (attr->ObjectName && attr->ObjectName->Length % sizeof(WCHAR)) return STATUS_OBJECT_NAME_INVALID;
    if (attr->RootDirectory) {
        struct key *parent = key_get(attr->RootDirectory);
        size_t plen;

        if (!parent) return STATUS_INVALID_HANDLE;
        if (len && is_sep(name[0])) {
            object_release(&parent->obj);
            return STATUS_OBJECT_PATH_SYNTAX_BAD;
        }
        *root = parent->root;
        plen = wcs_len(parent->path);
        if (!(out = malloc((plen + len + 2) * sizeof(WCHAR)))) {
            object_release(&parent->obj);
            return STATUS_NO_MEMORY;
        }
        memcpy(out, parent->path, plen * sizeof(WCHAR));
        if (plen && len) out[plen++] = '\\';
        memcpy(out + plen, name, len * sizeof(WCHAR));
        out[plen + len] = 0;
        object_release(&parent->obj);
    } else {
        if (!len || !is_sep(name[0])) return STATUS_OBJECT_PATH_SYNTAX_BAD;
        if (!(out = malloc((len + 1) * sizeof(WCHAR)))) return STATUS_NO_MEMORY;
        memcpy(out, name, len * sizeof(WCHAR));
        out[len] = 0;
        /* "\Registry\X..." */
        if (len < 10 || !word_is(out + 1, 8, "Registry") || (len > 9 && !is_sep(out[9]))) {
            free(out);
            return STATUS_OBJECT_NAME_NOT_FOUND;
        }
        start = 10;
        *root = 0;
    }
    /* a path relative to \Registry (absolute names) or to \Registry\User */
    if (!*root || *root == ROOT_USERS) {
        WCHAR sid[64];
        size_t end, total = wcs_len(out), consumed;
        int is_users = !*root;

        if (is_users) {
            end = start;
            while (end < total && !is_sep(out[end])) end++;
            if (word_is(out + start, end - start, "Machine")) *root = REG_ROOT_MACHINE;
            else if (word_is(out + start, end - start, "User")) *root = ROOT_USERS;
            else {
                free(out);
                return STATUS_OBJECT_NAME_NOT_FOUND;
            }
            start = end < total ? end + 1 : end;
        }
        if (*root == ROOT_USERS && start < total) {
            end = start;
            while (end < total && !is_sep(out[end])) end++;
            user_sid_string(sid);
            if (word_is(out + start, end - start, ".Default")) *root = REG_ROOT_DEFAULT_USER;
            else if (end - start == wcs_len(sid) && !wcs_nicmp(out + start, sid, end - start)) *root = REG_ROOT_USER;
            else {
                free(out);
                return STATUS_OBJECT_NAME_NOT_FOUND;
            }
            start = end < total ? end + 1 : end;
        }
        consumed = start;
        memmove(out, out + consumed, (total - consumed + 1) * sizeof(WCHAR));
    }
    *path = out;
    return STATUS_SUCCESS;
}

static void print_notice(const struct reg_open_reply *reply)
{
    if (!reply->notice_length) return;
    if (write(2, reply + 1, reply->notice_length) < 0 || write(2, "\n", 1) < 0) { /* nowhere to say it */ }
}

static NTSTATUS open_key(HANDLE *handle, const OBJECT_ATTRIBUTES *attr, ULONG options, ULONG *disposition,
                         BOOL create)
{
    struct reg_open_request *request;
    struct reg_open_reply *reply = NULL;
    struct key *key;
    WCHAR *path;
    size_t plen;
    NTSTATUS status;
    int root;

    if (!handle || !attr) return STATUS_ACCESS_VIOLATION;
    *handle = NULL;
    if ((status = resolve(attr, &root, &path))) return status;
    plen = wcs_len(path);
    while (plen && is_sep(path[plen - 1])) path[--plen] = 0;   /* one trailing '\' is tolerated by the server */
    if (!(key = calloc(1, sizeof(*key)))) {
        free(path);
        return STATUS_NO_MEMORY;
    }
    object_init(&key->obj, OBJECT_KEY, &key_ops);
    key->root = root;
    key->path = path;
    if (root == ROOT_USERS) {
        if (disposition) *disposition = REG_OPENED_EXISTING_KEY;
    } else {
        size_t size = sizeof(*request) + plen * sizeof(WCHAR);
        if (size > SERVER_MAX_MESSAGE || !(request = malloc(size))) {
            object_release(&key->obj);
            return size > SERVER_MAX_MESSAGE ? STATUS_OBJECT_NAME_INVALID : STATUS_NO_MEMORY;
        }
        request->header.size = size;
        request->header.type = REQ_REG_OPEN;
        request->root = root;
        request->flags = (create ? REG_OPEN_CREATE : 0) | (options & REG_OPTION_VOLATILE ? REG_OPEN_VOLATILE : 0);
        memcpy(request + 1, path, plen * sizeof(WCHAR));
        status = call(request, NULL, (void **)&reply);
        free(request);
        if (reply) print_notice(reply);
        if (!status) key->id = reply->key;
        if (!status && disposition) *disposition = reply->created ? REG_CREATED_NEW_KEY : REG_OPENED_EXISTING_KEY;
        free(reply);
        if (status) {
            object_release(&key->obj);
            return status;
        }
    }
    if (!(*handle = handle_alloc(&key->obj))) return STATUS_INSUFFICIENT_RESOURCES;
    if (attr->Attributes & OBJ_INHERIT) handle_set_flags(*handle, 1, 1);
    return STATUS_SUCCESS;
}

NTSYSAPI NTSTATUS WINAPI NtCreateKey(HANDLE *handle, ACCESS_MASK access, const OBJECT_ATTRIBUTES *attr, ULONG index,
                                     const UNICODE_STRING *cls, ULONG options, ULONG *disposition)
{
    (void)access; (void)index; (void)cls;
    return open_key(handle, attr, options, disposition, TRUE);
}

NTSYSAPI NTSTATUS WINAPI NtOpenKeyEx(HANDLE *handle, ACCESS_MASK access, const OBJECT_ATTRIBUTES *attr, ULONG options)
{
    (void)access;
    return open_key(handle, attr, options & ~REG_OPTION_VOLATILE, NULL, FALSE);
}

NTSYSAPI NTSTATUS WINAPI NtOpenKey(HANDLE *handle, ACCESS_MASK access, const OBJECT_ATTRIBUTES *attr)
{
    return NtOpenKeyEx(handle, access, attr, 0);
}

NTSYSAPI NTSTATUS WINAPI RtlOpenCurrentUser(ACCESS_MASK access, HANDLE *handle)
{
    UNICODE_STRING name;
    OBJECT_ATTRIBUTES attr = { sizeof(attr), NULL, &name, OBJ_CASE_INSENSITIVE, NULL, NULL };
    NTSTATUS status = RtlFormatCurrentUserKeyPath(&name);
    if (status) return status;
    status = NtOpenKey(handle, access, &attr);
    RtlFreeHeap(NtCurrentTeb()->Peb->ProcessHeap, 0, name.Buffer);
    return status;
}

/* One REQ_REG_* request about KEY with INDEX; REPLY malloc'ed. */
static NTSTATUS key_call(struct key *key, uint16_t type, uint32_t index, void **reply)
{
    struct reg_key_request request = { .header = { .size = sizeof(request), .type = type }, .key = key->id,
                                       .index = index };
    *reply = NULL;
    return call(&request, NULL, reply);
}

NTSYSAPI NTSTATUS WINAPI NtDeleteKey(HANDLE handle)
{
    struct key *key = key_get(handle);
    void *reply;
    NTSTATUS status;

    if (!key) return STATUS_INVALID_HANDLE;
    status = key->id ? key_call(key, REQ_REG_DELETE_KEY, 0, &reply) : STATUS_ACCESS_DENIED;
    if (key->id) free(reply);
    object_release(&key->obj);
    return status;
}

NTSYSAPI NTSTATUS WINAPI NtFlushKey(HANDLE handle)
{
    struct key *key = key_get(handle);
    void *reply = NULL;
    NTSTATUS status = STATUS_SUCCESS;

    if (!key) return STATUS_INVALID_HANDLE;
    if (key->id) status = key_call(key, REQ_REG_FLUSH, 0, &reply);
    free(reply);
    object_release(&key->obj);
    return status;
}

/* ---- values ---- */

/* A memfd holding SIZE bytes of DATA, or -1. */
static int data_memfd(const void *data, size_t size)
{
    int fd = memfd_create("winrun-reg-value", MFD_CLOEXEC);
    const char *p = data;
    off_t offset = 0;

    if (fd < 0) return -1;
    while (size) {
        ssize_t done = pwrite(fd, p, size, offset);
        if (done < 0 && errno == EINTR) continue;
        if (done <= 0) {
            close(fd);
            return -1;
        }
        p += done, offset += done, size -= done;
    }
    return fd;
}

/* Sends REQUEST, a REQ_REG_GET_VALUE or REQ_REG_ENUM_VALUE; *REPLY
 * (malloc'ed) and *DATA (in the reply, or in *BIG, malloc'ed, for data
 * that does not fit in a message: asked again with a memfd for it). */
static NTSTATUS value_fetch(void *request, struct reg_value_reply **reply, const BYTE **data, BYTE **big)
{
    struct server_fds fds = { .count = 1 };
    NTSTATUS status = call(request, NULL, (void **)reply);

    *big = NULL;
    if (status == STATUS_BUFFER_OVERFLOW && *reply) {
        free(*reply);
        *reply = NULL;
        if ((fds.fds[0] = memfd_create("winrun-reg-value", MFD_CLOEXEC)) < 0) return STATUS_INSUFFICIENT_RESOURCES;
        status = call(request, &fds, (void **)reply);
        if (!status && (*reply)->in_fd) {
            size_t size = (*reply)->data_size;
            if (!(*big = malloc(size ? size : 1))) status = STATUS_NO_MEMORY;
            else if (pread(fds.fds[0], *big, size, 0) != (ssize_t)size) status = STATUS_INSUFFICIENT_RESOURCES;
        }
        close(fds.fds[0]);
    }
    if (*reply) *data = *big ? *big : (const BYTE *)(*reply + 1) + (*reply)->name_length;
    return status;
}

static NTSTATUS value_call(struct key *key, uint16_t type, const UNICODE_STRING *name, DWORD value_type,
                           const void *data, ULONG size, struct reg_value_reply **reply, const BYTE **out,
                           BYTE **big)
{
    struct reg_value_request *request;
    struct server_fds fds = { .count = 1, .fds = { -1 } };
    ULONG name_length = name && name->Buffer ? name->Length : 0;
    size_t total = sizeof(*request) + name_length + size;
    NTSTATUS status;

    *reply = NULL;
    if (name_length % sizeof(WCHAR) || name_length > REG_MAX_VALUE_NAME_BYTES) return STATUS_INVALID_PARAMETER;
    if (!key->id) return type == REQ_REG_GET_VALUE ? STATUS_OBJECT_NAME_NOT_FOUND : STATUS_ACCESS_DENIED;
    if (total > SERVER_MAX_MESSAGE) {
        /* the data goes beside the message */
        if (size > REG_MAX_VALUE_DATA) return STATUS_INSUFFICIENT_RESOURCES;
        if ((fds.fds[0] = data_memfd(data, size)) < 0) return STATUS_INSUFFICIENT_RESOURCES;
        total -= size;
    }
    if (!(request = malloc(total))) {
        if (fds.fds[0] >= 0) close(fds.fds[0]);
        return STATUS_NO_MEMORY;
    }
    request->header.size = total;
    request->header.type = type;
    request->key = key->id;
    request->type = value_type;
    request->name_length = name_length;
    request->flags = fds.fds[0] >= 0 ? REG_VALUE_IN_FD : 0;
    if (name_length) memcpy(request + 1, name->Buffer, name_length);
    if (size && fds.fds[0] < 0) memcpy((char *)(request + 1) + name_length, data, size);
    if (type == REQ_REG_GET_VALUE) status = value_fetch(request, reply, out, big);
    else status = call(request, fds.fds[0] >= 0 ? &fds : NULL, (void **)reply);
    if (fds.fds[0] >= 0) close(fds.fds[0]);
    free(request);
    return status;
}

NTSYSAPI NTSTATUS WINAPI NtSetValueKey(HANDLE handle, const UNICODE_STRING *name, ULONG index, ULONG type,
                                       const void *data, ULONG size)
{
    struct key *key = key_get(handle);
    struct reg_value_reply *reply = NULL;
    NTSTATUS status;
    (void)index;

    if (!key) return STATUS_INVALID_HANDLE;
    if (size && !data) status = STATUS_ACCESS_VIOLATION;
    else status = value_call(key, REQ_REG_SET_VALUE, name, type, data, size, &reply, NULL, NULL);
    free(reply);
    object_release(&key->obj);
    return status;
}

NTSYSAPI NTSTATUS WINAPI NtDeleteValueKey(HANDLE handle, const UNICODE_STRING *name)
{
    struct key *key = key_get(handle);
    struct reg_value_reply *reply = NULL;
    NTSTATUS status;

    if (!key) return STATUS_INVALID_HANDLE;
    status = value_call(key, REQ_REG_DELETE_VALUE, name, 0, NULL, 0, &reply, NULL, NULL);
    free(reply);
    object_release(&key->obj);
    return status;
}

/* Fills a KEY_VALUE_* structure of CLASS: the fixed part must fit
 * (STATUS_BUFFER_TOO_SMALL), the rest is cut at LENGTH
 * (STATUS_BUFFER_OVERFLOW); *RESULT is the full size either way. */
static NTSTATUS fill_value(KEY_VALUE_INFORMATION_CLASS cls, DWORD type, const WCHAR *name, ULONG name_length,
                           const void *data, ULONG data_size, void *info, ULONG length, ULONG *result)
{
    ULONG fixed, total, offset = 0;
    BYTE *out = info;
    const void *tail = NULL;
    ULONG tail_size = 0;

    switch (cls) {
    case KeyValueBasicInformation: {
        KEY_VALUE_BASIC_INFORMATION h = { 0, type, name_length, { 0 } };
        fixed = offsetof(KEY_VALUE_BASIC_INFORMATION, Name);
        total = fixed + name_length;
        if (length >= fixed) memcpy(out, &h, fixed);
        tail = name, tail_size = name_length, offset = fixed;
        break;
    }
    case KeyValueFullInformation:
    case KeyValueFullInformationAlign64: {
        KEY_VALUE_FULL_INFORMATION h = { 0, type, 0, data_size, name_length, { 0 } };
        fixed = offsetof(KEY_VALUE_FULL_INFORMATION, Name);
        h.DataOffset = fixed + name_length;
        if (cls == KeyValueFullInformationAlign64) h.DataOffset = (h.DataOffset + 7) & ~7u;
        total = h.DataOffset + data_size;
        if (length < fixed) break;
        memcpy(out, &h, fixed);
        memcpy(out + fixed, name, name_length < length - fixed ? name_length : length - fixed);
        if (length > h.DataOffset)
            memcpy(out + h.DataOffset, data, data_size < length - h.DataOffset ? data_size : length - h.DataOffset);
        break;
    }
    case KeyValuePartialInformation: {
        KEY_VALUE_PARTIAL_INFORMATION h = { 0, type, data_size, { 0 } };
        fixed = offsetof(KEY_VALUE_PARTIAL_INFORMATION, Data);
        total = fixed + data_size;
        if (length >= fixed) memcpy(out, &h, fixed);
        tail = data, tail_size = data_size, offset = fixed;
        break;
    }
    case KeyValuePartialInformationAlign64: {
        KEY_VALUE_PARTIAL_INFORMATION_ALIGN64 h = { type, data_size, { 0 } };
        fixed = offsetof(KEY_VALUE_PARTIAL_INFORMATION_ALIGN64, Data);
        total = fixed + data_size;
        if (length >= fixed) memcpy(out, &h, fixed);
        tail = data, tail_size = data_size, offset = fixed;
        break;
    }
    default:
        return STATUS_INVALID_PARAMETER;
    }
    if (result) *result = total;
    if (length < fixed) return STATUS_BUFFER_TOO_SMALL;
    if (tail && tail_size) memcpy(out + offset, tail, tail_size < length - offset ? tail_size : length - offset);
    return length < total ? STATUS_BUFFER_OVERFLOW : STATUS_SUCCESS;
}

/* The version values of HKLM\Software\Microsoft\Windows NT\CurrentVersion
 * follow the version this process reports (winrun.conf may set another
 * than the stored Windows 10.0.19045, per program too): TRUE and the
 * value in *TYPE, DATA (64 bytes), *SIZE when NAME is one of them, or
 * *STATUS when it does not exist in that version. NAME NULL: whether
 * the version hides some stored values of KEY. */
static BOOL version_value(const struct key *key, const UNICODE_STRING *name, DWORD *type, BYTE *data, DWORD *size,
                          NTSTATUS *status)
{
    static const char cv[] = "Software\\Microsoft\\Windows NT\\CurrentVersion";
    const PEB *peb = NtCurrentTeb()->Peb;
    ULONG major = peb->OSMajorVersion, minor = peb->OSMinorVersion, build = peb->OSBuildNumber;
    size_t len = name && name->Buffer ? name->Length / sizeof(WCHAR) : 0;
    const char *product = "Windows 10 Pro";
    char text[64] = "";

    if (key->root != REG_ROOT_MACHINE || wcs_len(key->path) != sizeof(cv) - 1 ||
        !word_is(key->path, sizeof(cv) - 1, cv) || (major == 10 && minor == 0 && build == 19045))
        return FALSE;
    *status = STATUS_SUCCESS;
    if (!name) return major < 10;   /* the two below are hidden */
    if (word_is(name->Buffer, len, "CurrentMajorVersionNumber") ||
        word_is(name->Buffer, len, "CurrentMinorVersionNumber")) {
        DWORD v = word_is(name->Buffer, len, "CurrentMajorVersionNumber") ? major : minor;
        /* Windows 10 added them */
        if (major < 10) *status = STATUS_OBJECT_NAME_NOT_FOUND;
        *type = REG_DWORD;
        memcpy(data, &v, sizeof(v));
        *size = sizeof(v);
        return TRUE;
    }
    if (word_is(name->Buffer, len, "CurrentBuild") || word_is(name->Buffer, len, "CurrentBuildNumber"))
        snprintf(text, sizeof(text), "%u", (unsigned int)build);
    else if (word_is(name->Buffer, len, "CurrentVersion"))   /* 6.3 from Windows 8.1 on, for old programs */
        snprintf(text, sizeof(text), "%u.%u", major > 6 ? 6 : (unsigned int)major,
                 major > 6 ? 3 : (unsigned int)minor);
    else if (word_is(name->Buffer, len, "ProductName")) {
        if (major == 6 && minor == 3) product = "Windows 8.1 Pro";
        else if (major == 6 && minor == 2) product = "Windows 8 Pro";
        else if (major == 6 && minor == 1) product = "Windows 7 Professional";
        else if (major == 6 && minor == 0) product = "Windows Vista Business";
        else if (major < 6) product = "Microsoft Windows XP";
        snprintf(text, sizeof(text), "%s", product);
    } else {
        return FALSE;
    }
    *type = REG_SZ;
    *size = (utf8_to_utf16(text, -1, (WCHAR *)data, 32)) * sizeof(WCHAR);
    return TRUE;
}

NTSYSAPI NTSTATUS WINAPI NtQueryValueKey(HANDLE handle, const UNICODE_STRING *name, KEY_VALUE_INFORMATION_CLASS cls,
                                         void *info, ULONG length, ULONG *result)
{
    struct key *key = key_get(handle);
    struct reg_value_reply *reply = NULL;
    const BYTE *value;
    BYTE data[64], *big = NULL;
    NTSTATUS status;
    DWORD type, size;

    if (!key) return STATUS_INVALID_HANDLE;
    if (cls > KeyValuePartialInformationAlign64) status = STATUS_INVALID_PARAMETER;
    else if (version_value(key, name, &type, data, &size, &status)) {
        if (!status)
            status = fill_value(cls, type, name->Buffer, name->Length, data, size, info, length, result);
    }
    else if (!(status = value_call(key, REQ_REG_GET_VALUE, name, 0, NULL, 0, &reply, &value, &big)))
        status = fill_value(cls, reply->type, name && name->Buffer ? name->Buffer : NULL,
                            name && name->Buffer ? name->Length : 0, value, reply->data_size, info, length, result);
    free(reply);
    free(big);
    object_release(&key->obj);
    return status;
}

/* The INDEXth value of the server's key as stored: *REPLY (its name after
 * the fixed part) and *DATA as value_fetch gives them. */
static NTSTATUS enum_stored(struct key *key, ULONG index, struct reg_value_reply **reply, const BYTE **data,
                            BYTE **big)
{
    struct reg_key_request request = { .header = { .size = sizeof(request), .type = REQ_REG_ENUM_VALUE },
                                       .key = key->id, .index = index };
    *reply = NULL;
    return value_fetch(&request, reply, data, big);
}

NTSYSAPI NTSTATUS WINAPI NtEnumerateValueKey(HANDLE handle, ULONG index, KEY_VALUE_INFORMATION_CLASS cls, void *info,
                                             ULONG length, ULONG *result)
{
    struct key *key = key_get(handle);
    struct reg_value_reply *reply = NULL;
    const BYTE *value;
    BYTE data[64], *big = NULL;
    NTSTATUS status, hidden;
    DWORD type, size;
    ULONG stored = index;

    if (!key) return STATUS_INVALID_HANDLE;
    if (cls > KeyValuePartialInformationAlign64) status = STATUS_INVALID_PARAMETER;
    else if (!key->id) status = STATUS_NO_MORE_ENTRIES;
    else {
        UNICODE_STRING name;

        /* The version values show what queries give (version_value); one
         * the version has not is skipped, so the INDEXth visible value is
         * looked for from the start. */
        if (version_value(key, NULL, &type, data, &size, &hidden)) {
            ULONG visible = 0;
            for (stored = 0;; stored++) {
                if ((status = enum_stored(key, stored, &reply, &value, &big))) break;
                name.Buffer = (WCHAR *)(reply + 1);
                name.Length = name.MaximumLength = reply->name_length;
                if (!version_value(key, &name, &type, data, &size, &hidden) || !hidden) {
                    if (visible++ == index) break;
                }
                free(reply), reply = NULL;
                free(big), big = NULL;
            }
        } else {
            status = enum_stored(key, stored, &reply, &value, &big);
        }
        if (!status) {
            name.Buffer = (WCHAR *)(reply + 1);
            name.Length = name.MaximumLength = reply->name_length;
            if (version_value(key, &name, &type, data, &size, &hidden))
                status = fill_value(cls, type, name.Buffer, name.Length, data, size, info, length, result);
            else
                status = fill_value(cls, reply->type, name.Buffer, name.Length, value, reply->data_size, info,
                                    length, result);
        }
    }
    free(reply);
    free(big);
    object_release(&key->obj);
    return status;
}

/* ---- keys' information ---- */

/* The full NT name of KEY, malloc'ed. */
static WCHAR *key_full_name(const struct key *key, size_t *len)
{
    char head[128];
    WCHAR sid[64], *out;
    size_t hlen, plen = wcs_len(key->path);
    char sid8[64];

    user_sid_string(sid);
    utf16_to_utf8(sid, -1, sid8, sizeof(sid8));
    switch (key->root) {
    case REG_ROOT_MACHINE: strcpy(head, "\\REGISTRY\\MACHINE"); break;
    case REG_ROOT_USER: snprintf(head, sizeof(head), "\\REGISTRY\\USER\\%s", sid8); break;
    case REG_ROOT_DEFAULT_USER: strcpy(head, "\\REGISTRY\\USER\\.DEFAULT"); break;
    default: strcpy(head, "\\REGISTRY\\USER"); break;
    }
    hlen = strlen(head);
    if (!(out = malloc((hlen + plen + 2) * sizeof(WCHAR)))) return NULL;
    for (size_t i = 0; i < hlen; i++) out[i] = head[i];
    if (plen) out[hlen++] = '\\';
    memcpy(out + hlen, key->path, plen * sizeof(WCHAR));
    *len = hlen + plen;
    out[*len] = 0;
    return out;
}

/* Fills a KEY_* structure of CLASS from R (the key's information) and NAME. */
static NTSTATUS fill_key(KEY_INFORMATION_CLASS cls, const struct reg_key_reply *r, const WCHAR *name,
                         ULONG name_length, void *info, ULONG length, ULONG *result)
{
    BYTE *out = info;
    ULONG fixed, total;
    LARGE_INTEGER time;

    time.QuadPart = r->last_write;
    switch (cls) {
    case KeyBasicInformation: {
        KEY_BASIC_INFORMATION h = { time, 0, name_length, { 0 } };
        fixed = offsetof(KEY_BASIC_INFORMATION, Name);
        total = fixed + name_length;
        if (length >= fixed) memcpy(out, &h, fixed);
        break;
    }
    case KeyNodeInformation: {
        KEY_NODE_INFORMATION h = { time, 0, 0xffffffff, 0, name_length, { 0 } };
        fixed = offsetof(KEY_NODE_INFORMATION, Name);
        total = fixed + name_length;
        if (length >= fixed) memcpy(out, &h, fixed);
        break;
    }
    case KeyFullInformation: {
        KEY_FULL_INFORMATION h = { time, 0, offsetof(KEY_FULL_INFORMATION, Class), 0, r->subkeys, r->max_subkey_name,
                                   0, r->values, r->max_value_name, r->max_value_data, { 0 } };
        fixed = total = offsetof(KEY_FULL_INFORMATION, Class);
        if (length >= fixed) memcpy(out, &h, fixed);
        name_length = 0;
        break;
    }
    case KeyNameInformation: {
        KEY_NAME_INFORMATION h = { name_length, { 0 } };
        fixed = offsetof(KEY_NAME_INFORMATION, Name);
        total = fixed + name_length;
        if (length >= fixed) memcpy(out, &h, fixed);
        break;
    }
    case KeyCachedInformation: {
        KEY_CACHED_INFORMATION h = { time, 0, r->subkeys, r->max_subkey_name, r->values, r->max_value_name,
                                     r->max_value_data, name_length };
        fixed = total = sizeof(h);
        if (length >= fixed) memcpy(out, &h, fixed);
        name_length = 0;
        break;
    }
    default:
        return STATUS_INVALID_PARAMETER;
    }
    if (result) *result = total;
    if (length < fixed) return STATUS_BUFFER_TOO_SMALL;
    if (name_length) memcpy(out + fixed, name, name_length < length - fixed ? name_length : length - fixed);
    return length < total ? STATUS_BUFFER_OVERFLOW : STATUS_SUCCESS;
}

/* \Registry\User lists .DEFAULT and the user's SID, and holds no values. */
static NTSTATUS users_info(ULONG index, struct reg_key_reply *r, WCHAR *name)
{
    memset(r, 0, sizeof(*r));
    if (index == ~0u) {
        r->subkeys = 2;
        r->max_subkey_name = 64 * sizeof(WCHAR);
        return STATUS_SUCCESS;
    }
    if (index == 0) utf8_to_utf16(".DEFAULT", -1, name, 64);
    else if (index == 1) user_sid_string(name);
    else return STATUS_NO_MORE_ENTRIES;
    r->name_length = wcs_len(name) * sizeof(WCHAR);
    return STATUS_SUCCESS;
}

/* How many stored values of KEY the reported version hides (version_value),
 * so that the count agrees with the enumeration. */
static ULONG hidden_values(struct key *key)
{
    static const char *const names[] = { "CurrentMajorVersionNumber", "CurrentMinorVersionNumber" };
    NTSTATUS hidden;
    ULONG count = 0;
    DWORD type, size;
    BYTE data[64];

    if (!version_value(key, NULL, &type, data, &size, &hidden)) return 0;
    for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
        struct reg_value_reply *reply;
        const BYTE *value;
        BYTE *big;
        WCHAR wname[32];
        UNICODE_STRING us = { 0, sizeof(wname), wname };

        us.Length = (utf8_to_utf16(names[i], -1, wname, 32) - 1) * sizeof(WCHAR);
        if (!value_call(key, REQ_REG_GET_VALUE, &us, 0, NULL, 0, &reply, &value, &big)) count++;
        free(reply);
        free(big);
    }
    return count;
}

NTSYSAPI NTSTATUS WINAPI NtQueryKey(HANDLE handle, KEY_INFORMATION_CLASS cls, void *info, ULONG length, ULONG *result)
{
    struct key *key = key_get(handle);
    struct reg_key_reply *reply = NULL, users;
    WCHAR *full = NULL, *name;
    size_t full_length = 0;
    NTSTATUS status;

    if (!key) return STATUS_INVALID_HANDLE;
    if (key->id) status = key_call(key, REQ_REG_QUERY_KEY, 0, (void **)&reply);
    else status = users_info(~0u, reply = &users, NULL);
    if (!status && key->id) reply->values -= hidden_values(key);
    if (!status && (cls == KeyNameInformation || !key->id)) {
        if (!(full = key_full_name(key, &full_length))) status = STATUS_NO_MEMORY;
    }
    if (!status) {
        if (cls == KeyNameInformation) name = full, reply->name_length = full_length * sizeof(WCHAR);
        else if (!key->id) name = full + 10, reply->name_length = 4 * sizeof(WCHAR);   /* "USER" */
        else name = (WCHAR *)(reply + 1);
        status = fill_key(cls, reply, name, reply->name_length, info, length, result);
    }
    if (reply != &users) free(reply);
    free(full);
    object_release(&key->obj);
    return status;
}

NTSYSAPI NTSTATUS WINAPI NtEnumerateKey(HANDLE handle, ULONG index, KEY_INFORMATION_CLASS cls, void *info,
                                        ULONG length, ULONG *result)
{
    struct key *key = key_get(handle);
    struct reg_key_reply *reply = NULL, users;
    WCHAR users_name[64];
    NTSTATUS status;

    if (!key) return STATUS_INVALID_HANDLE;
    if (cls == KeyNameInformation) status = STATUS_INVALID_PARAMETER;
    else if (key->id) status = key_call(key, REQ_REG_ENUM_KEY, index, (void **)&reply);
    else status = users_info(index, reply = &users, users_name);
    if (!status)
        status = fill_key(cls, reply, key->id ? (WCHAR *)(reply + 1) : users_name, reply->name_length, info, length,
                          result);
    if (reply != &users) free(reply);
    object_release(&key->obj);
    return status;
}

/* ---- notification ---- */

struct notify_wait {
    int fd;
    HANDLE event;
    IO_STATUS_BLOCK *io;
    PIO_APC_ROUTINE_KEY apc;    /* queued to THREAD, the caller, as a user APC */
    void *apc_context;
    HANDLE thread;
};

static void wait_fd(int fd)
{
    struct pollfd p = { .fd = fd, .events = POLLIN };
    while (poll(&p, 1, -1) < 0 && errno == EINTR);
}

static void *notify_thread(void *arg)
{
    struct notify_wait *w = arg;

    wait_fd(w->fd);
    close(w->fd);
    if (w->io) {
        w->io->Information = 0;
        __atomic_store_n(&w->io->Status, STATUS_NOTIFY_ENUM_DIR, __ATOMIC_RELEASE);
    }
    if (w->event) NtSetEvent(w->event, NULL);
    if (w->apc) {
        NtQueueApcThread(w->thread, (void *)w->apc, (ULONG_PTR)w->apc_context, (ULONG_PTR)w->io, 0);
        NtClose(w->thread);
    }
    free(w);
    return NULL;
}

NTSYSAPI NTSTATUS WINAPI NtNotifyChangeKey(HANDLE handle, HANDLE event, PIO_APC_ROUTINE_KEY apc, PVOID apc_context,
                                           IO_STATUS_BLOCK *io, ULONG filter, BOOLEAN subtree, PVOID buffer,
                                           ULONG buffer_size, BOOLEAN async)
{
    struct key *key = key_get(handle);
    struct reg_notify_request request = { .header = { .size = sizeof(request), .type = REQ_REG_NOTIFY } };
    struct server_fds fds = { .count = 1 };
    struct reply_header reply;
    NTSTATUS status;
    int fd;
    (void)buffer; (void)buffer_size;

    if (!key) return STATUS_INVALID_HANDLE;
    if (!key->id || filter & ~0x1fu) {
        status = key->id ? STATUS_INVALID_PARAMETER : STATUS_NOT_IMPLEMENTED;
        object_release(&key->obj);
        return status;
    }
    if ((fd = eventfd(0, EFD_CLOEXEC)) < 0) {
        object_release(&key->obj);
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    request.key = key->id;
    request.filter = filter;
    request.subtree = subtree;
    fds.fds[0] = fd;
    status = server_call(&request, &fds, &reply, sizeof(reply), NULL);
    object_release(&key->obj);
    if (status) {
        close(fd);
        return status;
    }
    if (!async) {
        wait_fd(fd);
        close(fd);
        return STATUS_SUCCESS;
    } else {
        struct notify_wait *w = malloc(sizeof(*w));
        pthread_attr_t attr;
        pthread_t thread;
        sigset_t all, old;

        if (!w) {
            close(fd);
            return STATUS_NO_MEMORY;
        }
        w->fd = fd;
        w->event = event;
        w->io = io;
        w->apc = apc;
        w->apc_context = apc_context;
        /* the APC runs on this thread when it next waits alertably */
        if (apc && (status = NtDuplicateObject(NtCurrentProcess(), NtCurrentThread(), NtCurrentProcess(), &w->thread,
                                               0, 0, DUPLICATE_SAME_ACCESS))) {
            close(fd);
            free(w);
            return status;
        }
        if (io) io->Status = STATUS_PENDING;
        /* a service thread: signals are for Windows threads */
        sigfillset(&all);
        pthread_sigmask(SIG_BLOCK, &all, &old);
        pthread_attr_init(&attr);
        pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
        pthread_attr_setstacksize(&attr, 64 * 1024);
        status = pthread_create(&thread, &attr, notify_thread, w) ? STATUS_NO_MEMORY : STATUS_PENDING;
        pthread_attr_destroy(&attr);
        pthread_sigmask(SIG_SETMASK, &old, NULL);
        if (status != STATUS_PENDING) {
            if (apc) NtClose(w->thread);
            close(fd);
            free(w);
        }
        return status;
    }
}

/* ---- HKEY_CLASSES_ROOT ---- */

/* KEY (HKLM\Software\Classes) shows TOP (HKCU\Software\Classes) merged
 * over it from now on, as advapi32's HKEY_CLASSES_ROOT does. */
DECLSPEC_EXPORT NTSTATUS registry_merge_keys(HANDLE handle, HANDLE top_handle)
{
    struct key *key = key_get(handle), *top = key_get(top_handle);
    struct reg_key_request request = { .header = { .size = sizeof(request), .type = REQ_REG_MERGE } };
    struct reply_header reply;
    NTSTATUS status = STATUS_INVALID_HANDLE;

    if (key && top && key->id && top->id) {
        request.key = key->id;
        request.index = top->id;
        status = server_call(&request, NULL, &reply, sizeof(reply), NULL);
    }
    if (key) object_release(&key->obj);
    if (top) object_release(&top->obj);
    return status;
}

/* ---- save / load ---- */

/* Writes the key's tree to FILE as REGEDIT4 text (Windows writes its
 * binary hive format, which only Windows reads back). */
NTSYSAPI NTSTATUS WINAPI NtSaveKey(HANDLE handle, HANDLE file)
{
    struct key *key = key_get(handle);
    struct reg_key_request request = { .header = { .size = sizeof(request), .type = REQ_REG_SAVE_KEY } };
    struct server_fds fds = { .count = 1 };
    struct reply_header reply;
    NTSTATUS status;
    int fd;

    if (!key) return STATUS_INVALID_HANDLE;
    if ((fd = handle_to_fd(file, &status)) < 0) {
        object_release(&key->obj);
        return status;
    }
    request.key = key->id;
    fds.fds[0] = fd;
    status = key->id ? server_call(&request, &fds, &reply, sizeof(reply), NULL) : STATUS_ACCESS_DENIED;
    object_release(&key->obj);
    return status;
}

/* Mounting hive files is not supported: what a program without the
 * backup and restore privileges is told on Windows. */
NTSYSAPI NTSTATUS WINAPI NtLoadKey(const OBJECT_ATTRIBUTES *key, const OBJECT_ATTRIBUTES *file)
{
    (void)key; (void)file;
    return STATUS_PRIVILEGE_NOT_HELD;
}

NTSYSAPI NTSTATUS WINAPI NtUnloadKey(const OBJECT_ATTRIBUTES *key)
{
    (void)key;
    return STATUS_PRIVILEGE_NOT_HELD;
}
