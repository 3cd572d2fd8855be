/*
 * Case-insensitive lookup of DOS path components on a case-sensitive Unix
 * file system (docs/design.md, "Path lookup").
 *
 * In order of cost:
 *   1. the whole path as spelt: one stat;
 *   2. its parent as spelt: one stat of the parent, the last component
 *      matched in the parent's listing, one stat of the match;
 *   3. a walk from the drive, one component at a time, each matched in its
 *      directory's listing when it does not exist as spelt.
 * An exact (case-sensitive) name always wins over a case-folded one.
 *
 * Listings are cached, a few directories at a time, keyed by device and
 * inode and valid while the directory's mtime and ctime are unchanged; the
 * stat that steps 2 and 3 make anyway is the check, so a cached match costs
 * no extra syscall. Timestamps are coarse (a clock tick; 2 s on FAT), so a
 * listing read while its directory's times were that recent is "racy": a
 * change in the same tick may not show. A racy listing is not trusted for
 * a miss (it is read again), and a match from it is confirmed by the stat
 * of the matched name, read again once if that fails; once the directory's
 * times are old enough, a racy listing is read again and then trusted. The
 * cache can only cost time, never give a wrong file. A match for the last
 * component from a trusted listing is returned without a stat (st_mode 0):
 * NtCreateFile's open and fstat are the check. Matching is a binary search over names
 * folded with the one UTF-16 case table (wch_upper).
 */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include "ntdll_private.h"

#define CACHE_SLOTS 8
#define RACY_SECONDS 2          /* the coarsest timestamp granularity we expect (FAT) */
#define NAME_UNITS 512          /* a 255-byte name is at most 255 UTF-16 units */

struct dir_entry {
    const WCHAR *folded;       /* upper-cased UTF-16 */
    const char *name;          /* UTF-8, as on disk */
};

struct dir_listing {
    dev_t dev;
    ino_t ino;
    struct timespec mtime, ctime;
    int racy;
    char *path;                /* the directory as first named, for step 2's shortcut */
    unsigned long last_use;
    size_t count;
    struct dir_entry *entries; /* sorted by folded name, then on-disk name */
    char *names;               /* the strings, two arenas */
    WCHAR *folded;
};

static pthread_mutex_t cache_lock = PTHREAD_MUTEX_INITIALIZER;
static struct dir_listing cache[CACHE_SLOTS];
static unsigned long use_clock;

static void listing_free(struct dir_listing *l)
{
    free(l->entries);
    free(l->path);
    free(l->names);
    free(l->folded);
    memset(l, 0, sizeof(*l));
}

/* A directory's path as built here: "" is the root (drive Z: is "") */
static const char *dir_path(const char *path)
{
    return *path ? path : "/";
}

/* NAME upper-cased into OUT (NAME_UNITS); 0 if it does not fit */
static int fold(const char *name, WCHAR *out)
{
    int n = utf8_to_utf16(name, -1, out, NAME_UNITS);
    if (n <= 0) return 0;
    for (int i = 0; i < n; i++) out[i] = wch_upper(out[i]);
    return n;
}

static int entry_cmp(const void *a, const void *b)
{
    const struct dir_entry *x = a, *y = b;
    int r = wcs_cmp(x->folded, y->folded);
    return r ? r : strcmp(x->name, y->name);
}

static int grow(void **p, size_t *cap, size_t need, size_t unit)
{
    size_t ncap = *cap ? *cap : 1024;
    void *n;
    if (need <= *cap) return 1;
    while (ncap < need) ncap *= 2;
    if (!(n = realloc(*p, ncap * unit))) return 0;
    *p = n;
    *cap = ncap;
    return 1;
}

/* Were ST's times within a timestamp tick of now? */
static int times_recent(const struct stat *st)
{
    struct timespec now;
    clock_gettime(CLOCK_REALTIME, &now);
    return st->st_mtim.tv_sec >= now.tv_sec - RACY_SECONDS || st->st_ctim.tv_sec >= now.tv_sec - RACY_SECONDS;
}

static int listing_read(struct dir_listing *l, const char *dir, const struct stat *st)
{
    size_t name_len = 0, name_cap = 0, fold_len = 0, fold_cap = 0, cap = 0;
    size_t *offsets = NULL;     /* pairs (name, folded) until the arenas stop moving */
    struct dirent *de;
    DIR *d = opendir(dir);
    WCHAR buf[NAME_UNITS];
    int ok = 1;

    if (!d) return 0;
    if (!(l->path = strdup(dir))) { closedir(d); return 0; }
    l->racy = times_recent(st);
    l->dev = st->st_dev;
    l->ino = st->st_ino;
    l->mtime = st->st_mtim;
    l->ctime = st->st_ctim;
    while ((de = readdir(d))) {
        size_t n = strlen(de->d_name) + 1;
        int units;
        if (!strcmp(de->d_name, ".") || !strcmp(de->d_name, "..")) continue;
        if (!(units = fold(de->d_name, buf))) continue;          /* cannot be named from Win32 */
        if (!grow((void **)&l->names, &name_cap, name_len + n, 1) ||
            !grow((void **)&l->folded, &fold_cap, fold_len + units, sizeof(WCHAR)) ||
            !grow((void **)&offsets, &cap, 2 * (l->count + 1), sizeof(size_t))) {
            ok = 0;
            break;
        }
        memcpy(l->names + name_len, de->d_name, n);
        memcpy(l->folded + fold_len, buf, units * sizeof(WCHAR));
        offsets[2 * l->count] = name_len;
        offsets[2 * l->count + 1] = fold_len;
        name_len += n;
        fold_len += units;
        l->count++;
    }
    closedir(d);
    if (ok && l->count && !(l->entries = malloc(l->count * sizeof(*l->entries)))) ok = 0;
    if (ok) {
        for (size_t i = 0; i < l->count; i++) {
            l->entries[i].name = l->names + offsets[2 * i];
            l->entries[i].folded = l->folded + offsets[2 * i + 1];
        }
        if (l->count) qsort(l->entries, l->count, sizeof(*l->entries), entry_cmp);   /* entries is NULL if none */
    }
    free(offsets);
    return ok;
}

static int same_time(const struct timespec *a, const struct timespec *b)
{
    return a->tv_sec == b->tv_sec && a->tv_nsec == b->tv_nsec;
}

/* The listing of DIR (whose stat is ST), from the cache or read now (FRESH
 * forces a read; so does a racy listing once its directory's times are
 * old enough for a new one to be trusted). Called with cache_lock held;
 * NULL if unreadable. */
static struct dir_listing *listing_get(const char *dir, const struct stat *st, int fresh)
{
    struct dir_listing *victim = &cache[0];

    for (int i = 0; i < CACHE_SLOTS; i++) {
        struct dir_listing *c = &cache[i];
        if (c->entries && c->dev == st->st_dev && c->ino == st->st_ino) {
            if (fresh || !same_time(&c->mtime, &st->st_mtim) || !same_time(&c->ctime, &st->st_ctim) ||
                (c->racy && !times_recent(st))) {
                listing_free(c);
                victim = c;
                goto read;
            }
            c->last_use = ++use_clock;
            return c;
        }
    }
    for (int i = 0; i < CACHE_SLOTS; i++) {
        if (!cache[i].entries) { victim = &cache[i]; break; }
        if (cache[i].last_use < victim->last_use) victim = &cache[i];
    }
    listing_free(victim);
read:
    if (!listing_read(victim, dir, st)) {
        listing_free(victim);
        return NULL;
    }
    victim->last_use = ++use_clock;
    return victim;
}

/* Is there a listing of the directory named DIR? (It may be stale: the
 * caller checks with a stat, as for any listing.) */
static int listing_cached(const char *dir)
{
    int found = 0;
    pthread_mutex_lock(&cache_lock);
    for (int i = 0; i < CACHE_SLOTS && !found; i++)
        found = cache[i].entries && !strcmp(cache[i].path, dir);
    pthread_mutex_unlock(&cache_lock);
    return found;
}

/* NAME's entry in L: the exact name if present, else the first of those
 * that fold alike; NULL if none. */
static const char *listing_match(const struct dir_listing *l, const char *name)
{
    WCHAR key[NAME_UNITS];
    size_t lo = 0, hi = l->count;
    const char *found = NULL;

    if (!fold(name, key)) return NULL;
    while (lo < hi) {                                  /* the first entry >= key */
        size_t mid = lo + (hi - lo) / 2;
        if (wcs_cmp(l->entries[mid].folded, key) < 0) lo = mid + 1;
        else hi = mid;
    }
    for (; lo < l->count && !wcs_cmp(l->entries[lo].folded, key); lo++) {
        if (!found) found = l->entries[lo].name;
        if (!strcmp(l->entries[lo].name, name)) return l->entries[lo].name;
    }
    return found;
}

/* Replaces the last component of PATH (LEN chars, after position DIR_LEN,
 * which holds the '/') by the on-disk name in that directory matching NAME
 * and stats it into ST. DIR_ST is the directory's stat. 1 if found.
 * Unless VERIFY, a name from a listing that is not racy is taken without
 * the stat (st_mode 0): the listing is exact as of DIR_ST, just made. */
static int match_in_dir(char **path, size_t dir_len, size_t *len, const char *name, const struct stat *dir_st,
                        struct stat *st, int verify)
{
    for (int fresh = 0; fresh < 2; fresh++) {
        struct dir_listing *l;
        const char *real;
        size_t n;
        char *grown;

        pthread_mutex_lock(&cache_lock);
        (*path)[dir_len] = 0;
        l = listing_get(dir_path(*path), dir_st, fresh);
        (*path)[dir_len] = '/';
        real = l ? listing_match(l, name) : NULL;
        if (!real) {
            int retry = l && l->racy && !fresh;
            pthread_mutex_unlock(&cache_lock);
            if (retry) continue;
            return 0;
        }
        n = strlen(real);
        if (!(grown = realloc(*path, dir_len + n + 2))) {
            pthread_mutex_unlock(&cache_lock);
            return 0;
        }
        *path = grown;
        memcpy(grown + dir_len + 1, real, n + 1);
        *len = dir_len + 1 + n;
        if (!verify && !l->racy) {
            pthread_mutex_unlock(&cache_lock);
            memset(st, 0, sizeof(*st));
            return 1;
        }
        pthread_mutex_unlock(&cache_lock);
        if (!stat(*path, st)) return 1;
        /* gone since the listing: read it again once */
    }
    return 0;
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

/* Step 3: component by component from BASE. */
static NTSTATUS walk(const char *base, char *tail, char **out, struct stat *st)
{
    size_t len = strlen(base);
    char *path = strdup(base), *comp, *next;
    struct stat dir_st;

    *out = NULL;
    if (!path) return STATUS_NO_MEMORY;
    if (stat(dir_path(path), &dir_st) || !S_ISDIR(dir_st.st_mode)) {      /* no such drive */
        free(path);
        return STATUS_OBJECT_PATH_NOT_FOUND;
    }
    *st = dir_st;
    for (comp = tail; comp; comp = next) {
        size_t dir_len = len;
        int last;
        while (*comp == '/') comp++;
        if (!*comp) break;
        next = strchr(comp, '/');
        if (next) *next++ = 0;
        while (next && *next == '/') next++;
        last = !next || !*next;
        if (!append(&path, &len, comp)) { free(path); return STATUS_NO_MEMORY; }
        if (stat(path, st) && !match_in_dir(&path, dir_len, &len, comp, &dir_st, st, 1)) {
            if (!last) { free(path); return STATUS_OBJECT_PATH_NOT_FOUND; }
            len = dir_len;                               /* as spelt: the name to create */
            path[len] = 0;
            if (!append(&path, &len, comp)) { free(path); return STATUS_NO_MEMORY; }
            *out = path;
            return STATUS_OBJECT_NAME_NOT_FOUND;
        }
        if (!last && !S_ISDIR(st->st_mode)) { free(path); return STATUS_OBJECT_PATH_NOT_FOUND; }
        dir_st = *st;
    }
    if (!*path) {                                        /* the root itself */
        free(path);
        if (!(path = strdup("/"))) return STATUS_NO_MEMORY;
    }
    *out = path;
    return STATUS_SUCCESS;
}

NTSTATUS lookup_unix_path(const char *base, const WCHAR *rest, char **out, struct stat *st)
{
    char *tail = utf16_to_utf8_dup(rest), *path, *last, *name;
    size_t len, blen = strlen(base), dir_len;
    struct stat dir_st;
    NTSTATUS status;
    int parent_known;

    *out = NULL;
    if (!tail) return STATUS_NO_MEMORY;
    for (char *p = tail; *p; p++) if (*p == '\\') *p = '/';
    len = blen + strlen(tail);
    if (!(path = malloc(len + 2))) { free(tail); return STATUS_NO_MEMORY; }
    memcpy(path, base, blen);
    strcpy(path + blen, tail);
    while (len > blen + 1 && path[len - 1] == '/') len--;
    last = memrchr(path + blen, '/', len - blen);
    dir_len = last ? (size_t)(last - path) : 0;
    /* a directory with a cached listing answers step 1 too: go to step 2
     * ("." and "..", literal in \\?\ names, are in no listing) */
    if (last && last + 1 < path + len && strncmp(last, "/.", len - dir_len) && strncmp(last, "/..", len - dir_len)) {
        char c = path[dir_len];
        path[dir_len] = 0;
        parent_known = listing_cached(dir_path(path));
        path[dir_len] = c;
    } else parent_known = 0;
    /* 1: as spelt */
    if (!parent_known && !stat(path, st)) {
        free(tail);
        *out = path;
        return STATUS_SUCCESS;
    }
    /* 2: the parent as spelt, the last component from its listing */
    path[len] = 0;
    if (last && last[1]) {
        *last = 0;
        if (!stat(dir_path(path), &dir_st) && S_ISDIR(dir_st.st_mode) && (name = strdup(last + 1))) {
            *last = '/';
            if (match_in_dir(&path, dir_len, &len, name, &dir_st, st, 0)) status = STATUS_SUCCESS;
            else {
                len = dir_len;
                path[len] = 0;
                status = append(&path, &len, name) ? STATUS_OBJECT_NAME_NOT_FOUND : STATUS_NO_MEMORY;
            }
            free(name);
            free(tail);
            if (status == STATUS_NO_MEMORY) { free(path); path = NULL; }
            *out = path;
            return status;
        }
        *last = '/';
    }
    free(path);
    /* 3: the walk */
    status = walk(base, tail, out, st);
    free(tail);
    return status;
}
