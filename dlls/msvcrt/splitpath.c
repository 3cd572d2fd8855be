/*
 * _splitpath and its wide and _s forms: a path cut into drive ("C:"),
 * directory (up to and with the last / or \), file name and extension
 * (from the last dot of the name). The plain forms copy whole components
 * (callers give _MAX_* buffers); the _s forms check every size: a
 * component that does not fit empties all outputs and gives ERANGE.
 */
#include <string.h>
#include "crt_private.h"

/* Where each component of PATH starts and ends, in characters. */
struct split { size_t drive_end, dir_end, name_end, end; };

#define DEFINE_SPLIT(NAME, CHAR)                                                      \
static struct split NAME(const CHAR *path)                                            \
{                                                                                     \
    struct split s = { 0, 0, 0, 0 };                                                  \
    size_t i, last_sep = 0, dot = 0;                                                  \
    BOOL have_sep = FALSE, have_dot = FALSE;                                          \
    if (path[0] && path[1] == ':') s.drive_end = 2;                                   \
    for (i = s.drive_end; path[i]; i++) {                                             \
        if (path[i] == '/' || path[i] == '\\') { last_sep = i; have_sep = TRUE; have_dot = FALSE; } \
        else if (path[i] == '.') { dot = i; have_dot = TRUE; }                        \
    }                                                                                 \
    s.end = i;                                                                        \
    s.dir_end = have_sep ? last_sep + 1 : s.drive_end;                                \
    s.name_end = have_dot ? dot : s.end;                                              \
    return s;                                                                         \
}
DEFINE_SPLIT(split_a, char)
DEFINE_SPLIT(split_w, WCHAR)

#define DEFINE_COPY(NAME, CHAR)                                                       \
static void NAME(CHAR *dst, const CHAR *src, size_t len)                              \
{                                                                                     \
    if (!dst) return;                                                                 \
    memcpy(dst, src, len * sizeof(CHAR));                                             \
    dst[len] = 0;                                                                     \
}
DEFINE_COPY(copy_a, char)
DEFINE_COPY(copy_w, WCHAR)

void CDECL MSVCRT__splitpath(const char *path, char *drive, char *dir, char *fname, char *ext)
{
    struct split s;
    if (!path) {
        crt_invalid_parameter();
        crt_set_errno(CRT_EINVAL);
        return;
    }
    s = split_a(path);
    copy_a(drive, path, s.drive_end);
    copy_a(dir, path + s.drive_end, s.dir_end - s.drive_end);
    copy_a(fname, path + s.dir_end, s.name_end - s.dir_end);
    copy_a(ext, path + s.name_end, s.end - s.name_end);
}

void CDECL MSVCRT__wsplitpath(const WCHAR *path, WCHAR *drive, WCHAR *dir, WCHAR *fname, WCHAR *ext)
{
    struct split s;
    if (!path) {
        crt_invalid_parameter();
        crt_set_errno(CRT_EINVAL);
        return;
    }
    s = split_w(path);
    copy_w(drive, path, s.drive_end);
    copy_w(dir, path + s.drive_end, s.dir_end - s.drive_end);
    copy_w(fname, path + s.dir_end, s.name_end - s.dir_end);
    copy_w(ext, path + s.name_end, s.end - s.name_end);
}

/* The _s forms' argument rules: a buffer goes with a non-zero size. */
static BOOL bad_pair(const void *buf, size_t size)
{
    return (!buf && size) || (buf && !size);
}

#define DEFINE_SPLIT_S(NAME, CHAR, SPLIT, COPY)                                       \
int CDECL NAME(const CHAR *path, CHAR *drive, size_t drive_size, CHAR *dir, size_t dir_size, \
               CHAR *fname, size_t fname_size, CHAR *ext, size_t ext_size)            \
{                                                                                     \
    struct split s;                                                                   \
    if (!path || bad_pair(drive, drive_size) || bad_pair(dir, dir_size) ||            \
        bad_pair(fname, fname_size) || bad_pair(ext, ext_size)) {                     \
        crt_invalid_parameter();                                                      \
        crt_set_errno(CRT_EINVAL);                                                    \
        return CRT_EINVAL;                                                            \
    }                                                                                 \
    s = SPLIT(path);                                                                  \
    if ((drive && s.drive_end >= drive_size) || (dir && s.dir_end - s.drive_end >= dir_size) || \
        (fname && s.name_end - s.dir_end >= fname_size) || (ext && s.end - s.name_end >= ext_size)) { \
        if (drive) drive[0] = 0;                                                      \
        if (dir) dir[0] = 0;                                                          \
        if (fname) fname[0] = 0;                                                      \
        if (ext) ext[0] = 0;                                                          \
        crt_invalid_parameter();                                                      \
        crt_set_errno(CRT_ERANGE);                                                    \
        return CRT_ERANGE;                                                            \
    }                                                                                 \
    COPY(drive, path, s.drive_end);                                                   \
    COPY(dir, path + s.drive_end, s.dir_end - s.drive_end);                           \
    COPY(fname, path + s.dir_end, s.name_end - s.dir_end);                            \
    COPY(ext, path + s.name_end, s.end - s.name_end);                                 \
    return 0;                                                                         \
}
DEFINE_SPLIT_S(MSVCRT__splitpath_s, char, split_a, copy_a)
DEFINE_SPLIT_S(MSVCRT__wsplitpath_s, WCHAR, split_w, copy_w)
