/*
 * The one path mapper between DOS and Unix names (docs/paths.md).
 *
 *   C:\a\b   -> PREFIX/dosdevices/c:/a/b   (the kernel follows the drive link)
 *   \\?\C:\a and \??\C:\a -> the same, taken literally (no "." or ".." rules)
 *   /x/y     -> C:\... when inside PREFIX/drive_c, else Z:\x\y
 *
 * Full-path rules are RtlGetFullPathName_U's: relative names join the
 * current directory, "\x" is on its drive, "C:x" is relative to the current
 * directory when it is on C: (else to C:\), separators collapse, "." and
 * ".." are resolved textually, and trailing dots and spaces of the last
 * component are dropped (one trailing dot of the others), as Windows does.
 * Components missing on disk are then matched case-insensitively (lookup.c).
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include "ntdll_private.h"
#define DEBUG_CHANNEL CH_FILE
#include "winrun/debug.h"

NTSYSAPI void WINAPI RtlAcquirePebLock(void);
NTSYSAPI void WINAPI RtlReleasePebLock(void);

static int is_sep(WCHAR c) { return c == '\\' || c == '/'; }

static int is_drive(const WCHAR *p)
{
    return ((p[0] | 0x20) >= 'a' && (p[0] | 0x20) <= 'z') && p[1] == ':';
}

/* "\\?\" (Win32 literal) or "\??\" (NT) */
static int is_literal_prefix(const WCHAR *p)
{
    return p[0] == '\\' && (p[1] == '\\' || p[1] == '?') && p[2] == '?' && p[3] == '\\';
}

/* Copy of the current directory "X:\dir\" (always with its trailing \). */
static WCHAR *current_directory(void)
{
    const UNICODE_STRING *cwd = &process.peb->ProcessParameters->CurrentDirectory.DosPath;
    size_t n;
    WCHAR *copy;

    RtlAcquirePebLock();
    n = cwd->Length / sizeof(WCHAR);
    if ((copy = malloc((n + 2) * sizeof(WCHAR)))) {
        memcpy(copy, cwd->Buffer, n * sizeof(WCHAR));
        if (!n || copy[n - 1] != '\\') copy[n++] = '\\';
        copy[n] = 0;
    }
    RtlReleasePebLock();
    return copy;
}

/* Resolves "." and ".." in the part of BUF after ROOT (ROOT chars are kept:
 * "C:\" or "\\server\share\"), collapses separators and strips dots and
 * spaces as Windows does. BUF holds '\' separators only. */
static void collapse_path(WCHAR *buf, size_t root)
{
    WCHAR *out = buf + root, *in = buf + root;

    while (*in) {
        WCHAR *start = in;
        size_t len;
        while (*in && *in != '\\') in++;
        len = in - start;
        if (*in) in++;
        if (!len) continue;                            /* "a\\b" */
        if ((len == 1 && start[0] == '.') || (len == 2 && start[0] == '.' && start[1] == '.')) {
            if (len == 2 && out > buf + root) {       /* back over the previous component */
                out--;
                while (out > buf + root && out[-1] != '\\') out--;
            }
            /* "a\b\.." is "a", "a\b\..\" is "a\" */
            if (!*in && in[-1] != '\\' && out > buf + root) out--;
            continue;
        }
        memmove(out, start, len * sizeof(WCHAR));
        out += len;
        if (in[-1] == '\\' && in > start + len) {
            if (out[-1] == '.') out--;                /* one trailing dot of a directory goes */
            *out++ = '\\';
        }
    }
    /* the last component loses all trailing dots and spaces */
    if (out > buf + root && out[-1] != '\\')
        while (out > buf + root && (out[-1] == '.' || out[-1] == ' ')) out--;
    *out = 0;
}

WCHAR *path_full_dos(const WCHAR *name, NTSTATUS *status)
{
    WCHAR *cwd = NULL, *buf;
    const WCHAR *base = NULL, *rest = name;
    size_t root, blen, nlen;

    *status = STATUS_SUCCESS;
    if (!name || !*name) {
        *status = STATUS_OBJECT_NAME_INVALID;
        return NULL;
    }
    if (is_literal_prefix(name)) {
        if (!(buf = wcs_dup(name))) *status = STATUS_NO_MEMORY;
        return buf;
    }
    if (is_sep(name[0]) && is_sep(name[1])) {
        /* "\\.\X:\..." device form of a drive path, or UNC "\\server\share\..." */
        if (name[2] == '.' && is_sep(name[3]) && is_drive(name + 4)) rest = name + 4;
        else {
            size_t i = 2, seps = 0;
            while (name[i] && seps < 2) if (is_sep(name[i++])) seps++;
            if (!(buf = malloc((wcs_len(name) + 2) * sizeof(WCHAR)))) goto nomem;
            wcs_cpy(buf, name);
            for (WCHAR *p = buf; *p; p++) if (*p == '/') *p = '\\';
            if (seps < 2) { size_t n = wcs_len(buf); buf[n] = '\\'; buf[n + 1] = 0; i = n + 1; }
            collapse_path(buf, i);
            return buf;
        }
    }
    if (is_drive(rest) && is_sep(rest[2])) {
        base = NULL;
    } else if (is_drive(rest)) {
        if (!(cwd = current_directory())) goto nomem;
        if ((cwd[0] | 0x20) == (rest[0] | 0x20)) base = cwd;
        else { cwd[0] = rest[0]; cwd[1] = ':'; cwd[2] = '\\'; cwd[3] = 0; base = cwd; }
        rest += 2;
    } else if (is_sep(rest[0])) {
        if (!(cwd = current_directory())) goto nomem;
        cwd[2] = 0;                                  /* "X:" and the name's own "\..." */
        base = cwd;
    } else {
        if (!(cwd = current_directory())) goto nomem;
        base = cwd;
    }
    blen = base ? wcs_len(base) : 0;
    nlen = wcs_len(rest);
    if (!(buf = malloc((blen + nlen + 4) * sizeof(WCHAR)))) goto nomem;
    if (base) memcpy(buf, base, blen * sizeof(WCHAR));
    memcpy(buf + blen, rest, (nlen + 1) * sizeof(WCHAR));
    free(cwd);
    for (WCHAR *p = buf; *p; p++) if (*p == '/') *p = '\\';
    if (!buf[2]) { buf[2] = '\\'; buf[3] = 0; }       /* "C:" alone is its root */
    root = 3;
    collapse_path(buf, root);
    return buf;
nomem:
    free(cwd);
    *status = STATUS_NO_MEMORY;
    return NULL;
}

NTSYSAPI ULONG WINAPI RtlGetFullPathName_U(const WCHAR *name, ULONG size, WCHAR *buffer, WCHAR **file_part)
{
    NTSTATUS status;
    WCHAR *full = path_full_dos(name, &status);
    ULONG len;

    if (file_part) *file_part = NULL;
    if (!full) return 0;
    len = (ULONG)(wcs_len(full) * sizeof(WCHAR));
    if (len + sizeof(WCHAR) > size) {
        free(full);
        return len + sizeof(WCHAR);
    }
    memcpy(buffer, full, len + sizeof(WCHAR));
    free(full);
    if (file_part && len && buffer[len / sizeof(WCHAR) - 1] != '\\') {
        WCHAR *last = wcs_rchr(buffer, '\\');
        *file_part = last ? last + 1 : buffer;
    }
    return len;
}

static int invalid_name_char(WCHAR c)
{
    return c < 32 || c == '*' || c == '?' || c == '<' || c == '>' || c == '|' || c == '"' || c == ':';
}

/* Drive links, resolved once: "z: -> /" makes Z:\a\b "/a/b" rather than
 * "PREFIX/dosdevices/z:/a/b", so every lookup walks the same components a
 * native open of the file would, not the prefix and a symlink as well.
 * An absolute target is used as is; "../x" becomes PREFIX/x when
 * dosdevices is a real directory (so ".." is PREFIX); anything else stays
 * the link's own path. Replacing a link changes the dosdevices directory,
 * so one fstat of it (no path walk) checks the cache on every use; a cache
 * made while that directory's times were within a timestamp tick (2 s, as
 * lookup.c) of the clock is not kept, as a change in the same tick would
 * not show. */
static pthread_mutex_t drive_lock = PTHREAD_MUTEX_INITIALIZER;
static int dosdevices_fd = -1;
static struct timespec dosdevices_mtime, dosdevices_ctime;
static char *drive_target[26];    /* NULL with drive_known set: keep the link */
static char drive_known[26];

static int same_time(const struct timespec *a, const struct timespec *b)
{
    return a->tv_sec == b->tv_sec && a->tv_nsec == b->tv_nsec;
}

/* The resolved target of dosdevices/LINK (malloc'ed), NULL to keep the link */
static char *resolve_drive(const char *link, const char *dosdevices)
{
    char target[4096], *out;
    struct stat st;
    ssize_t n = readlink(link, target, sizeof(target) - 1);

    if (n <= 0) return NULL;
    target[n] = 0;
    while (n > 1 && target[n - 1] == '/') target[--n] = 0;
    if (target[0] == '/') return strdup(n == 1 ? "" : target);
    if (strncmp(target, "../", 3) || strstr(target, "..") != target || !target[3]) return NULL;
    if (lstat(dosdevices, &st) || !S_ISDIR(st.st_mode)) return NULL;
    return asprintf(&out, "%s/%s", process.prefix, target + 3) < 0 ? NULL : out;
}

/* BASE (size SIZE) = the Unix directory of drive LETTER ('a'..'z'), "" for "/" */
static void drive_base(char letter, char *base, size_t size)
{
    char dosdevices[4096 + 16];         /* the prefix is at most 4096 (path_lookup) */
    struct timespec now;
    struct stat st;
    int i = letter - 'a';

    pthread_mutex_lock(&drive_lock);
    if (drive_known[i] && drive_target[i] && !fstat(dosdevices_fd, &st) &&
        same_time(&st.st_mtim, &dosdevices_mtime) && same_time(&st.st_ctim, &dosdevices_ctime) &&
        strlen(drive_target[i]) < size) {
        strcpy(base, drive_target[i]);          /* the usual case: no formatting */
        pthread_mutex_unlock(&drive_lock);
        return;
    }
    snprintf(dosdevices, sizeof(dosdevices), "%s/dosdevices", process.prefix);
    snprintf(base, size, "%s/%c:", dosdevices, letter);
    if (dosdevices_fd < 0) {
        dosdevices_fd = open(dosdevices, O_PATH | O_DIRECTORY | O_CLOEXEC);
        if (dosdevices_fd < 0) goto done;
        if (fstat(dosdevices_fd, &st)) goto done;
        dosdevices_mtime = st.st_mtim;
        dosdevices_ctime = st.st_ctim;
    }
    if (fstat(dosdevices_fd, &st)) goto done;
    if (!same_time(&st.st_mtim, &dosdevices_mtime) || !same_time(&st.st_ctim, &dosdevices_ctime)) {
        for (int d = 0; d < 26; d++) { free(drive_target[d]); drive_target[d] = NULL; drive_known[d] = 0; }
        dosdevices_mtime = st.st_mtim;
        dosdevices_ctime = st.st_ctim;
    }
    if (!drive_known[i]) {
        clock_gettime(CLOCK_REALTIME, &now);
        if (st.st_mtim.tv_sec >= now.tv_sec - 2 || st.st_ctim.tv_sec >= now.tv_sec - 2) goto done;
        drive_target[i] = resolve_drive(base, dosdevices);
        drive_known[i] = 1;
    }
    if (drive_target[i] && strlen(drive_target[i]) < size) strcpy(base, drive_target[i]);
done:
    pthread_mutex_unlock(&drive_lock);
}

NTSTATUS path_dos_to_unix(const WCHAR *dos, char **unix_path)
{
    struct stat st;
    return path_lookup(dos, unix_path, &st);
}

NTSTATUS path_lookup(const WCHAR *dos, char **unix_path, struct stat *st)
{
    NTSTATUS status;
    WCHAR *full, *rest;
    char base[64 + 4096];
    int literal;

    *unix_path = NULL;
    if (!dos) return STATUS_OBJECT_NAME_INVALID;
    literal = is_literal_prefix(dos);
    if (!(full = path_full_dos(dos, &status))) return status;
    rest = literal ? full + 4 : full;
    if (literal && (rest[0] == 'U' || rest[0] == 'u') && (rest[1] == 'N' || rest[1] == 'n')
        && (rest[2] == 'C' || rest[2] == 'c') && rest[3] == '\\') {
        free(full);
        return STATUS_OBJECT_PATH_NOT_FOUND;    /* \\?\UNC\server\share: no network */
    }
    if (!is_drive(rest) || (rest[2] && !is_sep(rest[2]))) {
        free(full);
        return is_sep(rest[0]) && is_sep(rest[1]) ? STATUS_BAD_NETWORK_PATH : STATUS_OBJECT_PATH_NOT_FOUND;
    }
    for (WCHAR *p = rest + 2; *p; p++) {
        if (invalid_name_char(*p)) {
            free(full);
            return STATUS_OBJECT_NAME_INVALID;
        }
    }
    if (strlen(process.prefix) > 4096) { free(full); return STATUS_NAME_TOO_LONG; }
    drive_base((char)(rest[0] | 0x20), base, sizeof(base));
    status = lookup_unix_path(base, rest + 2, unix_path, st);
    if (status == STATUS_OBJECT_NAME_NOT_FOUND && *unix_path) {   /* a builtin DLL seen in system32? */
        char *slash = strrchr(*unix_path, '/'), *view;
        *slash = 0;
        view = path_view_file(*unix_path, slash + 1);
        *slash = '/';
        if (view && stat(view, st)) { free(view); view = NULL; }
        if (view) {
            free(*unix_path);
            *unix_path = view;
            status = STATUS_SUCCESS;
        }
    }
    TRACE("-> %s (%#x)\n", *unix_path ? *unix_path : "(none)", (unsigned)status);
    free(full);
    return status;
}

/* The older interface: a Unix path for any name that maps, existing or not. */
char *dos_to_unix_path(const WCHAR *dos)
{
    char *unix_path;
    NTSTATUS status = path_dos_to_unix(dos, &unix_path);
    if (status == STATUS_SUCCESS || status == STATUS_OBJECT_NAME_NOT_FOUND) return unix_path;
    free(unix_path);
    return NULL;
}

WCHAR *unix_to_dos_path(const char *unix_path)
{
    size_t clen = process.drive_c ? strlen(process.drive_c) : 0;
    const char *rest;
    char *dos;
    WCHAR *result;

    if (clen && !strncmp(unix_path, process.drive_c, clen) && (unix_path[clen] == '/' || !unix_path[clen])) {
        rest = unix_path + clen;
        if (!(dos = malloc(strlen(rest) + 4))) return NULL;
        sprintf(dos, "C:%s", *rest ? rest : "/");
    } else {
        if (!(dos = malloc(strlen(unix_path) + 3))) return NULL;
        sprintf(dos, "Z:%s", unix_path);
    }
    for (char *p = dos; *p; p++) if (*p == '/') *p = '\\';
    result = utf8_to_utf16_dup(dos);
    free(dos);
    return result;
}
