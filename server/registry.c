/*
 * The registry tree (see registry.h).
 *
 * A key holds its subkeys in an array sorted by Windows' case-insensitive
 * order, so lookup is a binary search and enumeration by index is the
 * order Windows gives; its values sit in an array in the order they were
 * first set (lookup is linear: keys hold tens of values, not thousands;
 * add an index if that stops being true).
 *
 * Keys are reference counted: the parent holds one reference on each
 * child and an open handle in the server holds another, so deleting a key
 * that someone has open leaves them a deleted key (STATUS_KEY_DELETED)
 * instead of a dangling pointer.
 */
#define _GNU_SOURCE
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "registry.h"
#include "winrun/unicode.h"

struct reg_key {
    unsigned refs;
    WCHAR *name;                 /* "" for a root */
    struct reg_key *parent;      /* no reference; NULL for a root or a deleted key */
    struct reg_key **subkeys;    /* sorted by name_compare */
    DWORD nsubkeys, subkeys_cap;
    struct reg_value *values;    /* in order of creation */
    DWORD nvalues, values_cap;
    ULONGLONG last_write;
    unsigned long long changes;  /* roots only: bumped by every change below */
    unsigned char deleted, is_volatile;
};

ULONGLONG reg_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    /* 1601-01-01 to 1970-01-01 is 11644473600 seconds */
    return ((ULONGLONG)ts.tv_sec + 11644473600ULL) * 10000000ULL + ts.tv_nsec / 100;
}

/* Windows compares registry names after upper-casing each code unit. */
static int name_compare(const WCHAR *a, size_t alen, const WCHAR *b, size_t blen)
{
    size_t n = alen < blen ? alen : blen;
    for (size_t i = 0; i < n; i++) {
        WCHAR ca = wch_upper(a[i]), cb = wch_upper(b[i]);
        if (ca != cb) return ca < cb ? -1 : 1;
    }
    return alen < blen ? -1 : alen > blen;
}

static void touch(struct reg_key *key)
{
    struct reg_key *k = key;
    key->last_write = reg_now();
    while (k->parent) k = k->parent;
    if (!k->deleted) k->changes++;
}

struct reg_key *reg_root_new(void)
{
    struct reg_key *key = calloc(1, sizeof(*key));
    if (!key) return NULL;
    if (!(key->name = calloc(1, sizeof(WCHAR)))) {
        free(key);
        return NULL;
    }
    key->refs = 1;
    key->last_write = reg_now();
    return key;
}

struct reg_key *reg_key_addref(struct reg_key *key)
{
    key->refs++;
    return key;
}

static void free_values(struct reg_key *key)
{
    for (DWORD i = 0; i < key->nvalues; i++) {
        free(key->values[i].name);
        free(key->values[i].data);
    }
    free(key->values);
    key->values = NULL;
    key->nvalues = key->values_cap = 0;
}

/* Detaches every subkey (recursively marking them deleted) and drops the
 * references this key held on them. */
static void drop_subkeys(struct reg_key *key)
{
    for (DWORD i = 0; i < key->nsubkeys; i++) {
        struct reg_key *sub = key->subkeys[i];
        sub->parent = NULL;
        sub->deleted = 1;
        drop_subkeys(sub);
        free_values(sub);
        reg_key_release(sub);
    }
    free(key->subkeys);
    key->subkeys = NULL;
    key->nsubkeys = key->subkeys_cap = 0;
}

void reg_key_release(struct reg_key *key)
{
    if (!key || --key->refs) return;
    if (!key->parent) {
        /* a root, or a deleted key: nothing else refers to its subkeys */
        key->deleted = 1;
        drop_subkeys(key);
        free_values(key);
    }
    free(key->name);
    free(key);
}

int reg_key_is_deleted(const struct reg_key *key) { return key->deleted; }
int reg_key_is_volatile(const struct reg_key *key) { return key->is_volatile; }
const WCHAR *reg_key_name(const struct reg_key *key) { return key->name; }
struct reg_key *reg_key_parent(const struct reg_key *key) { return key->parent; }
ULONGLONG reg_key_last_write(const struct reg_key *key) { return key->last_write; }
void reg_key_set_time(struct reg_key *key, ULONGLONG filetime) { key->last_write = filetime; }
unsigned long long reg_root_changes(const struct reg_key *root) { return root->changes; }

/* Binary search; returns the index of the match or, negated minus one,
 * where it would go. */
static long find_subkey(const struct reg_key *key, const WCHAR *name, size_t len)
{
    long lo = 0, hi = (long)key->nsubkeys - 1;
    while (lo <= hi) {
        long mid = (lo + hi) / 2;
        const WCHAR *n = key->subkeys[mid]->name;
        int c = name_compare(n, wcs_len(n), name, len);
        if (!c) return mid;
        if (c < 0) lo = mid + 1;
        else hi = mid - 1;
    }
    return -lo - 1;
}

static struct reg_key *new_subkey(struct reg_key *parent, long pos, const WCHAR *name, size_t len, int is_volatile)
{
    struct reg_key *key;
    if (parent->nsubkeys == parent->subkeys_cap) {
        DWORD cap = parent->subkeys_cap ? parent->subkeys_cap * 2 : 4;
        struct reg_key **n = realloc(parent->subkeys, cap * sizeof(*n));
        if (!n) return NULL;
        parent->subkeys = n;
        parent->subkeys_cap = cap;
    }
    if (!(key = calloc(1, sizeof(*key)))) return NULL;
    if (!(key->name = malloc((len + 1) * sizeof(WCHAR)))) {
        free(key);
        return NULL;
    }
    memcpy(key->name, name, len * sizeof(WCHAR));
    key->name[len] = 0;
    key->refs = 1;   /* the parent's */
    key->parent = parent;
    key->is_volatile = is_volatile;
    memmove(parent->subkeys + pos + 1, parent->subkeys + pos, (parent->nsubkeys - pos) * sizeof(*parent->subkeys));
    parent->subkeys[pos] = key;
    parent->nsubkeys++;
    key->last_write = reg_now();
    touch(parent);
    return key;
}

/* Walks PATH from BASE; CREATE adds what is missing. */
static NTSTATUS walk(struct reg_key *base, const WCHAR *path, int len, int create, int is_volatile,
                     struct reg_key **result, int *created)
{
    size_t total = len < 0 ? wcs_len(path) : (size_t)len, pos = 0;
    struct reg_key *key = base;
    unsigned depth = 0;

    if (created) *created = 0;
    if (base->deleted) return STATUS_KEY_DELETED;
    for (struct reg_key *k = base; k->parent; k = k->parent) depth++;
    while (pos < total) {
        size_t start = pos, n;
        long i;
        while (pos < total && path[pos] != '\\') pos++;
        n = pos - start;
        if (pos < total) pos++;   /* the separator */
        if (!n) return STATUS_OBJECT_NAME_INVALID;   /* a single trailing '\' was eaten above */
        if (n > REG_MAX_KEY_NAME) return STATUS_INVALID_PARAMETER;
        /* Windows' limit, which also bounds the recursion of saving and freeing */
        if (++depth > REG_MAX_DEPTH) return STATUS_INVALID_PARAMETER;
        i = find_subkey(key, path + start, n);
        if (i >= 0) {
            key = key->subkeys[i];
            if (created) *created = 0;
            continue;
        }
        if (!create) return STATUS_OBJECT_NAME_NOT_FOUND;
        if (key->is_volatile && !is_volatile) return STATUS_CHILD_MUST_BE_VOLATILE;
        /* a file line holds one key name: refuse line breaks in names */
        for (size_t j = start; j < start + n; j++)
            if (path[j] == '\r' || path[j] == '\n') return STATUS_OBJECT_NAME_INVALID;
        if (!(key = new_subkey(key, -i - 1, path + start, n, is_volatile))) return STATUS_NO_MEMORY;
        if (created) *created = 1;
    }
    *result = reg_key_addref(key);
    return STATUS_SUCCESS;
}

NTSTATUS reg_key_open(struct reg_key *base, const WCHAR *path, int len, struct reg_key **result)
{
    return walk(base, path, len, 0, 0, result, NULL);
}

NTSTATUS reg_key_create(struct reg_key *base, const WCHAR *path, int len, int is_volatile,
                        struct reg_key **result, int *created)
{
    int made = 0;
    NTSTATUS status = walk(base, path, len, 1, is_volatile, result, &made);
    if (created) *created = made;
    return status;
}

NTSTATUS reg_key_delete(struct reg_key *key)
{
    struct reg_key *parent = key->parent;
    long i;
    if (key->deleted) return STATUS_KEY_DELETED;
    if (!parent) return STATUS_ACCESS_DENIED;   /* a root */
    if (key->nsubkeys) return STATUS_CANNOT_DELETE;
    i = find_subkey(parent, key->name, wcs_len(key->name));
    if (i < 0 || parent->subkeys[i] != key) return STATUS_KEY_DELETED;
    memmove(parent->subkeys + i, parent->subkeys + i + 1, (parent->nsubkeys - i - 1) * sizeof(*parent->subkeys));
    parent->nsubkeys--;
    touch(parent);
    key->parent = NULL;
    key->deleted = 1;
    free_values(key);
    reg_key_release(key);   /* the parent's reference */
    return STATUS_SUCCESS;
}

NTSTATUS reg_key_delete_tree(struct reg_key *key)
{
    if (key->deleted) return STATUS_KEY_DELETED;
    drop_subkeys(key);
    free_values(key);
    touch(key);
    return STATUS_SUCCESS;
}

NTSTATUS reg_key_enum_subkey(const struct reg_key *key, DWORD index, struct reg_key **subkey)
{
    if (key->deleted) return STATUS_KEY_DELETED;
    if (index >= key->nsubkeys) return STATUS_NO_MORE_ENTRIES;
    *subkey = key->subkeys[index];
    return STATUS_SUCCESS;
}

NTSTATUS reg_key_enum_value(const struct reg_key *key, DWORD index, const struct reg_value **value)
{
    if (key->deleted) return STATUS_KEY_DELETED;
    if (index >= key->nvalues) return STATUS_NO_MORE_ENTRIES;
    *value = &key->values[index];
    return STATUS_SUCCESS;
}

NTSTATUS reg_key_query_info(const struct reg_key *key, struct reg_key_info *info)
{
    memset(info, 0, sizeof(*info));
    if (key->deleted) return STATUS_KEY_DELETED;
    info->subkeys = key->nsubkeys;
    for (DWORD i = 0; i < key->nsubkeys; i++) {
        DWORD n = wcs_len(key->subkeys[i]->name) * sizeof(WCHAR);
        if (n > info->max_subkey_name) info->max_subkey_name = n;
    }
    info->values = key->nvalues;
    for (DWORD i = 0; i < key->nvalues; i++) {
        DWORD n = wcs_len(key->values[i].name) * sizeof(WCHAR);
        if (n > info->max_value_name) info->max_value_name = n;
        if (key->values[i].size > info->max_value_data) info->max_value_data = key->values[i].size;
    }
    info->last_write = key->last_write;
    return STATUS_SUCCESS;
}


static long find_value(const struct reg_key *key, const WCHAR *name)
{
    size_t len = name ? wcs_len(name) : 0;
    for (DWORD i = 0; i < key->nvalues; i++) {
        const WCHAR *n = key->values[i].name;
        if (!name_compare(n, wcs_len(n), name ? name : u"", len)) return i;
    }
    return -1;
}

/* ---- a merged view (HKEY_CLASSES_ROOT): TOP over BASE ---- */

static int in_top(const struct reg_key *top, const struct reg_key *sub)
{
    return find_subkey(top, sub->name, wcs_len(sub->name)) >= 0;
}

NTSTATUS reg_merged_enum_subkey(const struct reg_key *top, const struct reg_key *base, DWORD index,
                                struct reg_key **subkey)
{
    DWORD t = 0, b = 0;

    if (top->deleted) return reg_key_enum_subkey(base, index, subkey);
    if (base->deleted) return STATUS_KEY_DELETED;
    /* both lists are sorted: walk them together, a name of both once (TOP's) */
    for (;;) {
        struct reg_key *next;
        if (t < top->nsubkeys && b < base->nsubkeys) {
            const WCHAR *tn = top->subkeys[t]->name, *bn = base->subkeys[b]->name;
            int c = name_compare(tn, wcs_len(tn), bn, wcs_len(bn));
            next = c <= 0 ? top->subkeys[t++] : base->subkeys[b++];
            if (!c) b++;
        } else if (t < top->nsubkeys) {
            next = top->subkeys[t++];
        } else if (b < base->nsubkeys) {
            next = base->subkeys[b++];
        } else {
            return STATUS_NO_MORE_ENTRIES;
        }
        if (!index--) {
            *subkey = next;
            return STATUS_SUCCESS;
        }
    }
}

NTSTATUS reg_merged_enum_value(const struct reg_key *top, const struct reg_key *base, DWORD index,
                               const struct reg_value **value)
{
    if (top->deleted) return reg_key_enum_value(base, index, value);
    if (base->deleted) return STATUS_KEY_DELETED;
    if (index < top->nvalues) return reg_key_enum_value(top, index, value);
    index -= top->nvalues;
    for (DWORD i = 0; i < base->nvalues; i++) {
        if (find_value(top, base->values[i].name) >= 0) continue;
        if (!index--) {
            *value = &base->values[i];
            return STATUS_SUCCESS;
        }
    }
    return STATUS_NO_MORE_ENTRIES;
}

NTSTATUS reg_merged_value_get(const struct reg_key *top, const struct reg_key *base, const WCHAR *name,
                              const struct reg_value **value)
{
    if (!top->deleted && !reg_value_get(top, name, value)) return STATUS_SUCCESS;
    return reg_value_get(base, name, value);
}

NTSTATUS reg_merged_query_info(const struct reg_key *top, const struct reg_key *base, struct reg_key_info *info)
{
    struct reg_key_info t;
    NTSTATUS status = reg_key_query_info(base, info);

    if (status || top->deleted) return status;
    reg_key_query_info(top, &t);
    for (DWORD i = 0; i < base->nsubkeys; i++)
        if (in_top(top, base->subkeys[i])) info->subkeys--;
    for (DWORD i = 0; i < base->nvalues; i++)
        if (find_value(top, base->values[i].name) >= 0) info->values--;
    info->subkeys += t.subkeys;
    info->values += t.values;
    if (t.max_subkey_name > info->max_subkey_name) info->max_subkey_name = t.max_subkey_name;
    if (t.max_value_name > info->max_value_name) info->max_value_name = t.max_value_name;
    if (t.max_value_data > info->max_value_data) info->max_value_data = t.max_value_data;
    if (t.last_write > info->last_write) info->last_write = t.last_write;
    return STATUS_SUCCESS;
}

NTSTATUS reg_value_get(const struct reg_key *key, const WCHAR *name, const struct reg_value **value)
{
    long i;
    if (key->deleted) return STATUS_KEY_DELETED;
    if ((i = find_value(key, name)) < 0) return STATUS_OBJECT_NAME_NOT_FOUND;
    *value = &key->values[i];
    return STATUS_SUCCESS;
}

NTSTATUS reg_value_set(struct reg_key *key, const WCHAR *name, DWORD type, const void *data, DWORD size)
{
    long i;
    BYTE *copy = NULL;
    if (key->deleted) return STATUS_KEY_DELETED;
    if (!name) name = u"";
    if (wcs_len(name) > REG_MAX_VALUE_NAME) return STATUS_INVALID_PARAMETER;
    if (size) {
        if (!data) return STATUS_INVALID_PARAMETER;
        if (!(copy = malloc(size))) return STATUS_NO_MEMORY;
        memcpy(copy, data, size);
    }
    if ((i = find_value(key, name)) < 0) {
        WCHAR *n;
        if (key->nvalues == key->values_cap) {
            DWORD cap = key->values_cap ? key->values_cap * 2 : 4;
            struct reg_value *v = realloc(key->values, cap * sizeof(*v));
            if (!v) goto nomem;
            key->values = v;
            key->values_cap = cap;
        }
        if (!(n = wcs_dup(name))) goto nomem;
        i = key->nvalues++;
        key->values[i].name = n;
    } else {
        free(key->values[i].data);
    }
    key->values[i].type = type;
    key->values[i].size = size;
    key->values[i].data = copy;
    touch(key);
    return STATUS_SUCCESS;
nomem:
    free(copy);
    return STATUS_NO_MEMORY;
}

NTSTATUS reg_value_delete(struct reg_key *key, const WCHAR *name)
{
    long i;
    if (key->deleted) return STATUS_KEY_DELETED;
    if ((i = find_value(key, name)) < 0) return STATUS_OBJECT_NAME_NOT_FOUND;
    free(key->values[i].name);
    free(key->values[i].data);
    memmove(key->values + i, key->values + i + 1, (key->nvalues - i - 1) * sizeof(*key->values));
    key->nvalues--;
    touch(key);
    return STATUS_SUCCESS;
}
