/*
 * SearchPathA/W: find a file the way Windows does.
 *
 * A name with an explicit path (absolute, drive-relative, or starting
 * with ".\" or "..\") is only checked where it points.  Otherwise the
 * given path (';'-separated directories) or, without one, the default
 * order is searched: the program's directory, the current directory, the
 * system directory, the Windows directory, then PATH (Windows' order
 * without SafeProcessSearchMode).  EXT is added only when the name's last
 * component has no '.'.  Directories count as found, as on Windows.  The
 * result is the full path, with GetFullPathName's return convention.
 */
#include <stdlib.h>
#include <string.h>
#include "file_private.h"

WINBASEAPI DWORD WINAPI GetModuleFileNameW(HMODULE module, LPWSTR buffer, DWORD size);
WINBASEAPI DWORD WINAPI GetFileAttributesW(LPCWSTR name);
WINBASEAPI DWORD WINAPI GetEnvironmentVariableW(LPCWSTR name, LPWSTR buffer, DWORD size);

static int has_explicit_path(const WCHAR *name)
{
    if (name[0] == '\\' || name[0] == '/') return 1;
    if (name[0] && name[1] == ':') return 1;
    if (name[0] != '.') return 0;
    if (name[1] == '\\' || name[1] == '/') return 1;
    return name[1] == '.' && (name[2] == '\\' || name[2] == '/');
}

static int has_extension(const WCHAR *name)
{
    const WCHAR *last = name;
    for (const WCHAR *p = name; *p; p++)
        if (*p == '\\' || *p == '/') last = p + 1;
    return wcs_chr(last, '.') != NULL;
}

/* DIR (LEN units, may be 0: NAME alone) + "\" + NAME + EXT, malloc'ed */
static WCHAR *join(const WCHAR *dir, size_t len, const WCHAR *name, const WCHAR *ext)
{
    size_t n = wcs_len(name), e = ext ? wcs_len(ext) : 0;
    WCHAR *s = malloc((len + n + e + 2) * sizeof(WCHAR)), *p;

    if (!s) return NULL;
    memcpy(s, dir, len * sizeof(WCHAR));
    p = s + len;
    if (len && dir[len - 1] != '\\' && dir[len - 1] != '/') *p++ = '\\';
    memcpy(p, name, n * sizeof(WCHAR));
    memcpy(p + n, ext, e * sizeof(WCHAR));
    p[n + e] = 0;
    return s;
}

static int exists(const WCHAR *path)
{
    return GetFileAttributesW(path) != INVALID_FILE_ATTRIBUTES;
}

/* Look for NAME+EXT in each directory of the ';'-separated LIST; the
   malloc'ed path found, or NULL. */
static WCHAR *search_list(const WCHAR *list, const WCHAR *name, const WCHAR *ext)
{
    while (list && *list) {
        const WCHAR *end = wcs_chr(list, ';');
        size_t len = end ? (size_t)(end - list) : wcs_len(list);
        if (len) {
            WCHAR *path = join(list, len, name, ext);
            if (path && exists(path)) return path;
            free(path);
        }
        list = end ? end + 1 : NULL;
    }
    return NULL;
}

/* The default order as one list: exe dir;.;system;windows;PATH */
static WCHAR *default_path(void)
{
    WCHAR exe[MAX_PATH], sys[MAX_PATH], win[MAX_PATH], *slash, *list;
    DWORD path_len = GetEnvironmentVariableW(u"PATH", NULL, 0);
    size_t size;

    if (!GetModuleFileNameW(NULL, exe, MAX_PATH)) exe[0] = 0;
    if ((slash = wcs_rchr(exe, '\\'))) *slash = 0;
    if (!GetSystemDirectoryW(sys, MAX_PATH)) sys[0] = 0;
    if (!GetWindowsDirectoryW(win, MAX_PATH)) win[0] = 0;
    size = wcs_len(exe) + wcs_len(sys) + wcs_len(win) + path_len + 8;
    if (!(list = malloc(size * sizeof(WCHAR)))) return NULL;
    wcs_cpy(list, exe);
    wcs_cpy(list + wcs_len(list), u";.;");
    wcs_cpy(list + wcs_len(list), sys);
    wcs_cpy(list + wcs_len(list), u";");
    wcs_cpy(list + wcs_len(list), win);
    wcs_cpy(list + wcs_len(list), u";");
    if (path_len) GetEnvironmentVariableW(u"PATH", list + wcs_len(list), path_len);
    return list;
}

WINBASEAPI DWORD WINAPI SearchPathW(LPCWSTR path, LPCWSTR name, LPCWSTR ext, DWORD size, LPWSTR buffer,
                                    LPWSTR *file_part)
{
    WCHAR *found = NULL;
    DWORD ret = 0;

    if (file_part) *file_part = NULL;
    if (!name || !name[0]) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return 0;
    }
    if (ext && (!*ext || has_extension(name))) ext = NULL;

    if (has_explicit_path(name)) {
        if (exists(name)) found = join(NULL, 0, name, NULL);
        else if (ext && (found = join(NULL, 0, name, ext)) && !exists(found)) {
            free(found);
            found = NULL;
        }
    } else if (path && path[0]) {
        found = search_list(path, name, ext);
    } else {
        WCHAR *list = default_path();
        found = search_list(list, name, ext);
        free(list);
    }
    if (found) ret = GetFullPathNameW(found, size, buffer, file_part);
    else SetLastError(ERROR_FILE_NOT_FOUND);
    free(found);
    return ret;
}

WINBASEAPI DWORD WINAPI SearchPathA(LPCSTR path, LPCSTR name, LPCSTR ext, DWORD size, LPSTR buffer,
                                    LPSTR *file_part)
{
    WCHAR *wpath = file_name_a_to_w(path), *wname = file_name_a_to_w(name), *wext = file_name_a_to_w(ext);
    WCHAR *wbuf = malloc(32768 * sizeof(WCHAR));
    DWORD ret = 0, n;

    if (file_part) *file_part = NULL;
    if (!wbuf || (path && !wpath) || (name && !wname) || (ext && !wext)) {
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
    } else if ((n = SearchPathW(wpath, wname, wext, 32768, wbuf, NULL)) && n < 32768) {
        ret = file_name_w_to_a(wbuf, buffer, size);
        if (ret < size && file_part) {
            char *last = strrchr(buffer, '\\');
            *file_part = last ? last + 1 : buffer;
        }
    }
    heap_free(wpath);
    heap_free(wname);
    heap_free(wext);
    free(wbuf);
    return ret;
}
