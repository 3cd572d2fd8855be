/*
 * Case-insensitive lookup of DOS path components on a case-sensitive Unix
 * file system. The exact name is tried first (one stat for the whole path
 * in the common case); only a component that does not exist as spelt is
 * searched for in its directory's listing.
 *
 * Listings are cached, a few directories at a time, keyed by device and
 * inode and validated by the directory's mtime and ctime: a directory that
 * changes gets a new listing. A name found in a stale listing is checked
 * with stat anyway, so the cache can only cost a miss, never a wrong file.
 * Cost: O(entries) per cached miss; fine for the directories programs
 * create. Names are folded with the one UTF-16 case table (wch_upper).
 */
#define _GNU_SOURCE
#include <dirent.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include "ntdll_private.h"

#define CACHE_SLOTS 8

struct dir_listing {
    dev_t dev;
    ino_t ino;
    struct timespec mtime, ctime;
    unsigned long last_use;
    size_t count;
    char **names;              /* UTF-8, as on disk */
    WCHAR **folded;            /* upper-cased UTF-16 of the same */
};

static pthread_mutex_t cache_lock = PTHREAD_MUTEX_INITIALIZER;
static struct dir_listing cache[CACHE_SLOTS];
static unsigned long use_clock;

static void listing_free(struct dir_listing *l)
{
    for (size_t i = 0; i < l->count; i++) {
        free(l->names[i]);
        free(l->folded[i]);
    }
    free(l->names);
    free(l->folded);
    memset(l, 0, sizeof(*l));
}

static WCHAR *fold(const char *utf8)
{
    WCHAR *w = utf8_to_utf16_dup(utf8);
    if (w) for (WCHAR *p = w; *p; p++) *p = wch_upper(*p);
    return w;
}

static int listing_read(struct dir_listing *l, const char *dir, const struct stat *st)
{
    DIR *d = opendir(dir);
    struct dirent *de;
    size_t cap = 0;

    if (!d) return 0;
    l->dev = st->st_dev;
    l->ino = st->st_ino;
    l->mtime = st->st_mtim;
    l->ctime = st->st_ctim;
    while ((de = readdir(d))) {
        if (!strcmp(de->d_name, ".") || !strcmp(de->d_name, "..")) continue;
        if (l->count == cap) {
            size_t ncap = cap ? cap * 2 : 32;
            char **n = realloc(l->names, ncap * sizeof(*n));
            WCHAR **f;
            if (n) l->names = n;
            f = n ? realloc(l->folded, ncap * sizeof(*f)) : NULL;
            if (!f) break;
            l->folded = f;
            cap = ncap;
        }
        l->names[l->count] = strdup(de->d_name);
        l->folded[l->count] = fold(de->d_name);
        if (!l->names[l->count] || !l->folded[l->count]) {
            free(l->names[l->count]);
            free(l->folded[l->count]);
            break;
        }
        l->count++;
    }
    closedir(d);
    return 1;
}

static int same_time(const struct timespec *a, const struct timespec *b)
{
    return a->tv_sec == b->tv_sec && a->tv_nsec == b->tv_nsec;
}

/* The on-disk name in DIR matching NAME case-insensitively, malloc'ed;
 * NULL if none. FRESH forces a new listing. */
static char *find_in_dir(const char *dir, const char *name, int fresh)
{
    struct stat st;
    struct dir_listing *l = NULL;
    WCHAR *key = fold(name);
    char *found = NULL;

    if (!key || stat(dir, &st)) {
        free(key);
        return NULL;
    }
    pthread_mutex_lock(&cache_lock);
    for (int i = 0; i < CACHE_SLOTS; i++) {
        struct dir_listing *c = &cache[i];
        if (c->names && c->dev == st.st_dev && c->ino == st.st_ino) {
            if (fresh || !same_time(&c->mtime, &st.st_mtim) || !same_time(&c->ctime, &st.st_ctim))
                listing_free(c);
            else l = c;
            break;
        }
    }
    if (!l) {
        struct dir_listing *victim = &cache[0];
        for (int i = 0; i < CACHE_SLOTS; i++) {
            if (!cache[i].names) { victim = &cache[i]; break; }
            if (cache[i].last_use < victim->last_use) victim = &cache[i];
        }
        listing_free(victim);
        if (listing_read(victim, dir, &st)) l = victim;
        else listing_free(victim);
    }
    if (l) {
        l->last_use = ++use_clock;
        for (size_t i = 0; i < l->count; i++)
            if (!wcs_cmp(l->folded[i], key)) {
                found = strdup(l->names[i]);
                break;
            }
    }
    pthread_mutex_unlock(&cache_lock);
    free(key);
    return found;
}

/* Appends "/" NAME to the malloc'ed path *P. */
static int append(char **p, size_t *len, const char *name)
{
    size_t n = strlen(name);
    char *grown = realloc(*p, *len + n + 2);
    if (!grown) return 0;
    grown[(*len)++] = '/';
    memcpy(grown + *len, name, n + 1);
    *len += n;
    *p = grown;
    return 1;
}

NTSTATUS lookup_unix_path(const char *base, const WCHAR *rest, char **out)
{
    char *tail = utf16_to_utf8_dup(rest), *path, *comp, *next;
    size_t len;
    struct stat st;
    NTSTATUS status = STATUS_SUCCESS;

    *out = NULL;
    if (!tail) return STATUS_NO_MEMORY;
    for (char *p = tail; *p; p++) if (*p == '\\') *p = '/';
    len = strlen(base);
    if (!(path = malloc(len + strlen(tail) + 2))) { free(tail); return STATUS_NO_MEMORY; }
    memcpy(path, base, len + 1);
    if (stat(path, &st)) {                         /* no such drive */
        free(tail);
        free(path);
        return STATUS_OBJECT_PATH_NOT_FOUND;
    }
    /* fast path: the name exists as spelt */
    strcpy(path + len, tail);
    if (!stat(path, &st)) {
        free(tail);
        *out = path;
        return STATUS_SUCCESS;
    }
    path[len] = 0;
    for (comp = tail; comp; comp = next) {
        int last;
        while (*comp == '/') comp++;
        if (!*comp) break;
        next = strchr(comp, '/');
        if (next) *next++ = 0;
        while (next && *next == '/') next++;
        last = !next || !*next;
        if (!append(&path, &len, comp)) { status = STATUS_NO_MEMORY; break; }
        if (stat(path, &st)) {
            char *real;
            path[len - strlen(comp) - 1] = 0;
            real = find_in_dir(path, comp, 0);
            if (real) {
                /* a stale listing may name a file gone since: retry fresh once */
                char *check = NULL; size_t clen = len - strlen(comp) - 1;
                check = strdup(path);
                if (check && append(&check, &clen, real) && stat(check, &st)) {
                    free(real);
                    real = find_in_dir(path, comp, 1);
                }
                free(check);
            }
            len -= strlen(comp) + 1;
            if (!append(&path, &len, real ? real : comp)) { free(real); status = STATUS_NO_MEMORY; break; }
            if (!real || stat(path, &st)) {
                free(real);
                status = last ? STATUS_OBJECT_NAME_NOT_FOUND : STATUS_OBJECT_PATH_NOT_FOUND;
                if (!last) { free(path); path = NULL; }
                break;
            }
            free(real);
        }
        if (!last && !S_ISDIR(st.st_mode)) {
            status = STATUS_OBJECT_PATH_NOT_FOUND;
            free(path);
            path = NULL;
            break;
        }
    }
    free(tail);
    if (status == STATUS_NO_MEMORY) { free(path); path = NULL; }
    *out = path;
    return status;
}
