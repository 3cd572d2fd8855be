/*
 * FindFirstFile(Ex)/FindNextFile/FindClose. The directory is read once at
 * FindFirstFile into a sorted snapshot (NTFS order: upper-cased UTF-16,
 * with "." and ".." first, which a drive's root does not have), so the
 * order is stable and later changes do not disturb an ongoing search.
 *
 * Patterns follow Windows: FindFirstFile turns the user's mask into the
 * DOS wildcards of FsRtlIsNameInExpression ("*.*" is "*", '?' is DOS_QM,
 * a '.' before a wildcard or at the end is DOS_DOT, a '*' before a '.' is
 * DOS_STAR), so "*." matches names without a dot and "a?" matches "a".
 * There are no 8.3 names, so masks never match through a short name.
 */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "file_private.h"
#define DEBUG_CHANNEL CH_FILE
#include "winrun/debug.h"

#define DOS_STAR '<'
#define DOS_QM   '>'
#define DOS_DOT  '"'

struct find_state {
    struct find_state *next_state;
    WIN32_FIND_DATAW *entries;
    size_t count, pos;
    BOOL basic;                    /* FindExInfoBasic: no alternate name */
};

/* Find handles are not kernel handles on Windows either: they are checked
 * against this list so a stale or bogus one fails cleanly. */
static pthread_mutex_t find_lock = PTHREAD_MUTEX_INITIALIZER;
static struct find_state *find_states;

static void dos_mask(WCHAR *p)
{
    size_t n = wcs_len(p);
    if (n == 3 && p[0] == '*' && p[1] == '.' && p[2] == '*') {
        p[1] = 0;
        return;
    }
    for (size_t i = 0; i < n; i++) {
        if (i && p[i] == '.' && p[i - 1] == '*') p[i - 1] = DOS_STAR;
        if (p[i] == '?') {
            p[i] = DOS_QM;
            if (i && p[i - 1] == '.') p[i - 1] = DOS_DOT;
        } else if (p[i] == '*' && i && p[i - 1] == '.') p[i - 1] = DOS_DOT;
    }
    if (n && p[n - 1] == '.') p[n - 1] = DOS_DOT;
}

/* wch_upper with ASCII inline: sorting and matching 10k names calls it
 * some 10^6 times, and the table lookup is another DLL's function */
static inline WCHAR upper(WCHAR c)
{
    if (c < 0x80) return c >= 'a' && c <= 'z' ? c - ('a' - 'A') : c;
    return wch_upper(c);
}

/* FsRtlIsNameInExpression over upper-cased strings; backtracking is
 * bounded by the name's length, which is at most 255. */
static BOOL match(const WCHAR *p, const WCHAR *n)
{
    for (;; p++) {
        switch (*p) {
        case 0:
            return !*n;
        case '*':
            for (const WCHAR *s = n;; s++) {
                if (match(p + 1, s)) return TRUE;
                if (!*s) return FALSE;
            }
        case DOS_STAR: {
            const WCHAR *last_dot = wcs_rchr(n, '.');
            for (const WCHAR *s = n;; s++) {
                if (match(p + 1, s)) return TRUE;
                if (!*s || (last_dot && s == last_dot)) return FALSE;
            }
        }
        case DOS_QM:
            if (!*n || *n == '.') continue;          /* matches nothing here */
            n++;
            break;
        case DOS_DOT:
            if (*n == '.') n++;
            else if (*n) return FALSE;
            break;
        case '?':
            if (!*n) return FALSE;
            n++;
            break;
        default:
            if (upper(*p) != upper(*n)) return FALSE;
            n++;
            break;
        }
    }
}

/* "." 0, ".." 1, any other name 2 */
static int dots_rank(const WCHAR *x)
{
    if (x[0] != '.') return 2;
    return !x[1] ? 0 : x[1] == '.' && !x[2] ? 1 : 2;
}

static int compare_entries(const void *a, const void *b)
{
    const WCHAR *x = ((const WIN32_FIND_DATAW *)a)->cFileName, *y = ((const WIN32_FIND_DATAW *)b)->cFileName;
    int dx = dots_rank(x), dy = dots_rank(y);
    if (dx != dy) return dx - dy;
    for (; *x && upper(*x) == upper(*y); x++, y++);
    return (int)upper(*x) - (int)upper(*y);
}

/* The parts of a stat that file_attributes and file_times_statx read */
static void stat_from_statx(const struct statx *stx, struct stat *st)
{
    memset(st, 0, sizeof(*st));
    st->st_mode = stx->stx_mode;
    st->st_size = (off_t)stx->stx_size;
    st->st_atim.tv_sec = stx->stx_atime.tv_sec;
    st->st_atim.tv_nsec = stx->stx_atime.tv_nsec;
    st->st_mtim.tv_sec = stx->stx_mtime.tv_sec;
    st->st_mtim.tv_nsec = stx->stx_mtime.tv_nsec;
    st->st_ctim.tv_sec = stx->stx_ctime.tv_sec;
    st->st_ctim.tv_nsec = stx->stx_ctime.tv_nsec;
}

/* One statx per entry gives attributes, size and all four times: what a
 * symlink points to, or the link itself when it dangles (then with no
 * birth time, as the link's own is not the file's). */
static BOOL fill_entry(int dir_fd, const char *name, const WCHAR *wname, WIN32_FIND_DATAW *data)
{
    const unsigned mask = STATX_TYPE | STATX_MODE | STATX_SIZE | STATX_ATIME | STATX_MTIME | STATX_CTIME | STATX_BTIME;
    struct statx stx;
    struct stat st;
    size_t len = wcs_len(wname);

    if (len >= MAX_PATH) return FALSE;               /* Win32 cannot show it */
    if (statx(dir_fd, name, AT_NO_AUTOMOUNT, mask, &stx)) {
        if (statx(dir_fd, name, AT_SYMLINK_NOFOLLOW | AT_NO_AUTOMOUNT, mask, &stx)) return FALSE;
        stx.stx_mask &= ~STATX_BTIME;
    }
    stat_from_statx(&stx, &st);
    memset(data, 0, sizeof(*data));
    data->dwFileAttributes = file_attributes(name, &st);
    file_times_statx(&stx, &st, &data->ftCreationTime, &data->ftLastAccessTime, &data->ftLastWriteTime);
    if (!S_ISDIR(st.st_mode)) {
        data->nFileSizeHigh = (DWORD)((ULONGLONG)st.st_size >> 32);
        data->nFileSizeLow = (DWORD)st.st_size;
    }
    memcpy(data->cFileName, wname, (len + 1) * sizeof(WCHAR));
    return TRUE;
}

/* Splits NAME into a directory (copied, NUL-terminated) and the mask. */
static const WCHAR *split_mask(const WCHAR *name, WCHAR **dir)
{
    const WCHAR *sep = NULL;
    size_t n;

    for (const WCHAR *p = name; *p; p++) if (*p == '\\' || *p == '/') sep = p;
    if (sep) n = sep - name + 1;
    else if (name[0] && name[1] == ':') n = 2;
    else n = 0;
    if (!(*dir = malloc((n + 2) * sizeof(WCHAR)))) return NULL;
    memcpy(*dir, name, n * sizeof(WCHAR));
    if (!n) (*dir)[n++] = '.';
    (*dir)[n] = 0;
    return name + (sep ? sep - name + 1 : n == 2 && name[1] == ':' ? 2 : 0);
}

static BOOL add_entry(struct find_state *state, size_t *cap, int dir_fd, const char *name, const WCHAR *wname)
{
    if (state->count == *cap) {
        size_t ncap = *cap ? *cap * 2 : 64;
        WIN32_FIND_DATAW *grown = realloc(state->entries, ncap * sizeof(*grown));
        if (!grown) return FALSE;
        state->entries = grown;
        *cap = ncap;
    }
    if (fill_entry(dir_fd, name, wname, &state->entries[state->count])) state->count++;
    return TRUE;
}

/* system32 also lists the builtin DLLs (dlls/ntdll/system32.c) that no
 * real file of the same name hides. */
static NTSTATUS add_view(const char *unix_dir, int dir_fd, const WCHAR *mask, struct find_state *state, size_t *cap)
{
    char **names = path_view_list(unix_dir), *file;
    NTSTATUS status = STATUS_SUCCESS;

    for (char **name = names; name && *name && !status; name++) {
        WCHAR *wname = utf8_to_utf16_dup(*name);
        struct stat st;
        if (wname && match(mask, wname) && fstatat(dir_fd, *name, &st, 0) &&
            (file = path_view_file(unix_dir, *name))) {
            if (!add_entry(state, cap, AT_FDCWD, file, wname)) status = STATUS_NO_MEMORY;
            free(file);
        }
        free(wname);
    }
    free(names);
    return status;
}

/* NTSTATUS of reading DIR's entries that match MASK into STATE. */
static NTSTATUS read_matches(const WCHAR *dir, const WCHAR *mask_in, struct find_state *state)
{
    NTSTATUS status;
    WCHAR *full, *mask;
    char *unix_dir = NULL;
    struct dirent *de;
    size_t cap = 0;
    BOOL root;
    DIR *d;

    if (!(full = path_full_dos(dir, &status))) return status;
    root = wcs_len(full) == 3 && full[1] == ':';
    free(full);
    status = file_unix_name(dir, &unix_dir);
    if (status == STATUS_OBJECT_NAME_NOT_FOUND) status = STATUS_OBJECT_PATH_NOT_FOUND;
    if (status) {
        free(unix_dir);
        return status;
    }
    if (!(mask = wcs_dup(mask_in))) {
        free(unix_dir);
        return STATUS_NO_MEMORY;
    }
    dos_mask(mask);
    d = opendir(unix_dir);
    if (!d) {
        free(unix_dir);
        free(mask);
        return errno == ENOTDIR ? STATUS_OBJECT_PATH_NOT_FOUND : errno_to_status(errno);
    }
    while ((de = readdir(d))) {
        WCHAR *wname;
        BOOL dots = !strcmp(de->d_name, ".") || !strcmp(de->d_name, "..");
        if (dots && root) continue;
        if (!(wname = utf8_to_utf16_dup(de->d_name))) continue;
        if (match(mask, wname) && !add_entry(state, &cap, dirfd(d), de->d_name, wname)) {
            free(wname);
            status = STATUS_NO_MEMORY;
            break;
        }
        free(wname);
    }
    if (!status) status = add_view(unix_dir, dirfd(d), mask, state, &cap);
    free(unix_dir);
    closedir(d);
    free(mask);
    if (!status && !state->count) status = STATUS_NO_SUCH_FILE;
    if (!status) qsort(state->entries, state->count, sizeof(*state->entries), compare_entries);
    return status;
}

static void find_state_free(struct find_state *state)
{
    free(state->entries);
    free(state);
}

WINBASEAPI HANDLE WINAPI FindFirstFileExW(LPCWSTR name, DWORD level, LPVOID data, DWORD search_op,
                                          LPVOID filter, DWORD flags)
{
    struct find_state *state;
    const WCHAR *mask;
    WCHAR *dir = NULL;
    NTSTATUS status;
    (void)filter; (void)search_op;

    if (level > 1 /* FindExInfoBasic */ || (flags & ~3u)) {
        SetLastError(level > 1 ? ERROR_INVALID_PARAMETER : ERROR_INVALID_FLAGS);
        return INVALID_HANDLE_VALUE;
    }
    if (!name || !*name) {
        SetLastError(ERROR_PATH_NOT_FOUND);
        return INVALID_HANDLE_VALUE;
    }
    if (!(mask = split_mask(name, &dir)) || !(state = calloc(1, sizeof(*state)))) {
        free(dir);
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
        return INVALID_HANDLE_VALUE;
    }
    if (!*mask) status = STATUS_NO_SUCH_FILE;            /* "C:\dir\" names no file */
    else status = read_matches(dir, mask, state);
    free(dir);
    if (status) {
        find_state_free(state);
        set_status_error(status);
        return INVALID_HANDLE_VALUE;
    }
    state->basic = level == 1;
    memcpy(data, &state->entries[0], sizeof(WIN32_FIND_DATAW));
    state->pos = 1;
    pthread_mutex_lock(&find_lock);
    state->next_state = find_states;
    find_states = state;
    pthread_mutex_unlock(&find_lock);
    SetLastError(NO_ERROR);
    return state;
}

WINBASEAPI HANDLE WINAPI FindFirstFileW(LPCWSTR name, LPWIN32_FIND_DATAW data)
{
    return FindFirstFileExW(name, 0, data, 0, NULL, 0);
}

WINBASEAPI BOOL WINAPI FindNextFileW(HANDLE handle, LPWIN32_FIND_DATAW data)
{
    struct find_state *state;
    DWORD error = ERROR_INVALID_HANDLE;

    pthread_mutex_lock(&find_lock);
    for (state = find_states; state && state != handle; state = state->next_state);
    if (state) {
        if (state->pos < state->count) {
            memcpy(data, &state->entries[state->pos++], sizeof(*data));
            error = NO_ERROR;
        } else error = ERROR_NO_MORE_FILES;
    }
    pthread_mutex_unlock(&find_lock);
    if (error) {
        SetLastError(error);
        return FALSE;
    }
    return TRUE;
}

WINBASEAPI BOOL WINAPI FindClose(HANDLE handle)
{
    struct find_state **p, *state = NULL;

    pthread_mutex_lock(&find_lock);
    for (p = &find_states; *p; p = &(*p)->next_state)
        if (*p == handle) {
            state = *p;
            *p = state->next_state;
            break;
        }
    pthread_mutex_unlock(&find_lock);
    if (!state) {
        SetLastError(ERROR_INVALID_HANDLE);
        return FALSE;
    }
    find_state_free(state);
    return TRUE;
}

static void data_w_to_a(const WIN32_FIND_DATAW *w, WIN32_FIND_DATAA *a)
{
    memcpy(a, w, offsetof(WIN32_FIND_DATAA, cFileName));
    a->cFileName[0] = a->cAlternateFileName[0] = 0;
    if (file_name_w_to_a(w->cFileName, a->cFileName, MAX_PATH) >= MAX_PATH) a->cFileName[0] = 0;
    file_name_w_to_a(w->cAlternateFileName, a->cAlternateFileName, 14);
}

WINBASEAPI HANDLE WINAPI FindFirstFileExA(LPCSTR name, DWORD level, LPVOID data, DWORD search_op,
                                          LPVOID filter, DWORD flags)
{
    WIN32_FIND_DATAW wdata;
    WCHAR *w = file_name_a_to_w(name);
    HANDLE h;

    if (name && !w) {
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
        return INVALID_HANDLE_VALUE;
    }
    h = FindFirstFileExW(w, level, &wdata, search_op, filter, flags);
    heap_free(w);
    if (h != INVALID_HANDLE_VALUE) data_w_to_a(&wdata, data);
    return h;
}

WINBASEAPI HANDLE WINAPI FindFirstFileA(LPCSTR name, LPWIN32_FIND_DATAA data)
{
    return FindFirstFileExA(name, 0, data, 0, NULL, 0);
}

WINBASEAPI BOOL WINAPI FindNextFileA(HANDLE handle, LPWIN32_FIND_DATAA data)
{
    WIN32_FIND_DATAW wdata;
    if (!FindNextFileW(handle, &wdata)) return FALSE;
    data_w_to_a(&wdata, data);
    return TRUE;
}
