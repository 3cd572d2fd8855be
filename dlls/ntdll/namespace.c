/*
 * The object namespace of this process: names of events, mutants and
 * semaphores ("\Sessions\1\BaseNamedObjects\foo" as kernel32 builds them).
 *
 * This is the seam for the server: named objects are meant to be shared
 * between processes, which needs winrun-server (its own issue). Until then
 * a name is seen by the process that created it only; nothing here
 * pretends otherwise. A name lives as long as its object: destroy
 * callbacks call namespace_remove.
 *
 * A linked list searched linearly: O(named objects) per create/open, fine
 * for the handful programs name; use a hash table if that changes.
 */
#include <stdlib.h>
#include <string.h>
#include "ntdll_private.h"

struct name_entry {
    struct name_entry *next;
    struct object *obj;             /* no reference: the object removes its entry */
    USHORT len;                     /* in WCHARs */
    WCHAR name[];
};

static pthread_mutex_t namespace_mutex = PTHREAD_MUTEX_INITIALIZER;
static struct name_entry *entries;

static int names_equal(const WCHAR *a, const WCHAR *b, USHORT len, BOOL case_insensitive)
{
    for (USHORT i = 0; i < len; i++) {
        WCHAR x = a[i], y = b[i];
        if (case_insensitive) {
            if (x >= 'a' && x <= 'z') x -= 32;
            if (y >= 'a' && y <= 'z') y -= 32;
        }
        if (x != y) return 0;
    }
    return 1;
}

/* A reference to OBJ unless its last one is already gone (it is being
 * destroyed and will remove its entry as soon as we unlock). */
static struct object *grab_live(struct object *obj)
{
    int n = __atomic_load_n(&obj->refcount, __ATOMIC_RELAXED);
    while (n > 0)
        if (__atomic_compare_exchange_n(&obj->refcount, &n, n + 1, 0, __ATOMIC_ACQUIRE, __ATOMIC_RELAXED))
            return obj;
    return NULL;
}

static struct name_entry *lookup(const UNICODE_STRING *name, ULONG attributes)
{
    USHORT len = name->Length / sizeof(WCHAR);
    for (struct name_entry *e = entries; e; e = e->next)
        if (e->len == len && names_equal(e->name, name->Buffer, len, !!(attributes & OBJ_CASE_INSENSITIVE)))
            return e;
    return NULL;
}

static const UNICODE_STRING *object_name(const OBJECT_ATTRIBUTES *attr)
{
    if (!attr || !attr->ObjectName || !attr->ObjectName->Length) return NULL;
    return attr->ObjectName;
}

NTSTATUS object_create_named(struct object *obj, const OBJECT_ATTRIBUTES *attr, HANDLE *handle)
{
    const UNICODE_STRING *name = object_name(attr);
    NTSTATUS status = STATUS_SUCCESS;
    struct name_entry *e;
    struct object *existing = NULL;

    if (name) {
        pthread_mutex_lock(&namespace_mutex);
        if ((e = lookup(name, attr->Attributes)) && (existing = grab_live(e->obj))) {
            if (existing->type != obj->type) status = STATUS_OBJECT_TYPE_MISMATCH;
            else if (!(attr->Attributes & OBJ_OPENIF)) status = STATUS_OBJECT_NAME_COLLISION;
            else status = STATUS_OBJECT_NAME_EXISTS;
        } else if (!(e = malloc(sizeof(*e) + name->Length))) {
            status = STATUS_NO_MEMORY;
        } else {
            e->obj = obj;
            e->len = name->Length / sizeof(WCHAR);
            memcpy(e->name, name->Buffer, name->Length);
            e->next = entries;
            entries = e;
        }
        pthread_mutex_unlock(&namespace_mutex);
        if (existing) {
            object_release(obj);
            if (status != STATUS_OBJECT_NAME_EXISTS) {
                object_release(existing);
                return status;
            }
            obj = existing;
        } else if (status) {
            object_release(obj);
            return status;
        }
    }
    if (!(*handle = handle_alloc(obj))) {
        object_release(obj);
        return STATUS_NO_MEMORY;
    }
    if (attr && (attr->Attributes & OBJ_INHERIT)) handle_set_flags(*handle, 1, 1);   /* HANDLE_FLAG_INHERIT */
    return status;
}

NTSTATUS object_open_named(const OBJECT_ATTRIBUTES *attr, enum object_type type, HANDLE *handle)
{
    const UNICODE_STRING *name = object_name(attr);
    struct name_entry *e;
    struct object *obj = NULL;

    if (!name) return STATUS_OBJECT_PATH_NOT_FOUND;   /* what Windows says for no name */
    pthread_mutex_lock(&namespace_mutex);
    if ((e = lookup(name, attr->Attributes))) obj = grab_live(e->obj);
    pthread_mutex_unlock(&namespace_mutex);
    if (!obj) return STATUS_OBJECT_NAME_NOT_FOUND;
    if (obj->type != type) {
        object_release(obj);
        return STATUS_OBJECT_TYPE_MISMATCH;
    }
    if (!(*handle = handle_alloc(obj))) {
        object_release(obj);
        return STATUS_NO_MEMORY;
    }
    return STATUS_SUCCESS;
}

void namespace_remove(struct object *obj)
{
    struct name_entry **p, *e;

    pthread_mutex_lock(&namespace_mutex);
    for (p = &entries; (e = *p); p = &e->next)
        if (e->obj == obj) {
            *p = e->next;
            free(e);
            break;
        }
    pthread_mutex_unlock(&namespace_mutex);
}
