/*
 * VerFindFile: where an installer should put a file and where a copy is
 * now. A shared file belongs in the system directory (else found beside
 * the application), a private one in the application's directory (else
 * found in the Windows or system directory); VFF_CURNEDEST says the copy
 * found is elsewhere, VFF_FILEINUSE that it cannot be opened exclusively.
 */
#include <stdlib.h>
#include <string.h>
#include "windef.h"
#include "winbase.h"
#include "winerror.h"
#include "winrun/unicode.h"

#define VERSION_API DECLSPEC_EXPORT
#define VFFF_ISSHAREDFILE 0x1
#define VFF_CURNEDEST     0x1
#define VFF_FILEINUSE     0x2
#define VFF_BUFFTOOSMALL  0x4

/* DIR\NAME (".\NAME" for an empty DIR), malloc'ed */
static WCHAR *join(const WCHAR *dir, const WCHAR *name)
{
    size_t dlen = wcs_len(dir), nlen = wcs_len(name);
    WCHAR *path = malloc((dlen + nlen + 3) * sizeof(WCHAR));

    if (!path) return NULL;
    if (!dlen) wcs_cpy(path, u".");
    else memcpy(path, dir, (dlen + 1) * sizeof(WCHAR));
    dlen = wcs_len(path);
    if (path[dlen - 1] != '\\') path[dlen++] = '\\';
    wcs_cpy(path + dlen, name);
    return path;
}

static BOOL file_exists(const WCHAR *dir, const WCHAR *name)
{
    WCHAR *path = join(dir, name);
    BOOL ret = path && GetFileAttributesW(path) != INVALID_FILE_ATTRIBUTES;
    free(path);
    return ret;
}

static BOOL file_in_use(const WCHAR *dir, const WCHAR *name)
{
    WCHAR *path = join(dir, name);
    HANDLE file;
    BOOL ret = FALSE;

    if (!path) return FALSE;
    file = CreateFileW(path, GENERIC_READ, 0, NULL, OPEN_EXISTING, 0, NULL);
    if (file != INVALID_HANDLE_VALUE) CloseHandle(file);
    else ret = GetLastError() == ERROR_SHARING_VIOLATION;
    free(path);
    return ret;
}

/* Copies SRC into BUF[0..*LEN) as lstrcpyn would, sets *LEN to the size
 * needed (with the NUL); TRUE if it did not fit. */
static BOOL copy_out(WCHAR *buf, UINT *len, const WCHAR *src)
{
    UINT need = (UINT)wcs_len(src) + 1;
    BOOL small = *len < need;

    if (*len) {
        UINT n = small ? *len - 1 : need - 1;
        memcpy(buf, src, n * sizeof(WCHAR));
        buf[n] = 0;
    }
    *len = need;
    return small;
}

VERSION_API DWORD WINAPI VerFindFileW(DWORD flags, LPCWSTR name, LPCWSTR win_dir, LPCWSTR app_dir, LPWSTR cur_dir,
                                      PUINT cur_len, LPWSTR dest_dir, PUINT dest_len)
{
    WCHAR system[MAX_PATH], windows[MAX_PATH];
    const WCHAR *cur = u"", *dest;
    DWORD ret = 0;

    (void)win_dir;   /* Windows looks in its own directory, whatever is passed */
    GetSystemDirectoryW(system, MAX_PATH);
    if (flags & VFFF_ISSHAREDFILE) {
        dest = system;
        if (name) {
            if (file_exists(system, name)) cur = system;
            else if (app_dir && file_exists(app_dir, name)) {
                cur = app_dir;
                ret |= VFF_CURNEDEST;
            }
        }
    } else {
        dest = app_dir ? app_dir : u"";
        if (name) {
            GetWindowsDirectoryW(windows, MAX_PATH);
            if (file_exists(dest, name)) cur = dest;
            else if (file_exists(windows, name)) {
                cur = windows;
                ret |= VFF_CURNEDEST;
            } else if (file_exists(system, name)) {
                cur = system;
                ret |= VFF_CURNEDEST;
            }
        }
    }
    if (name && *cur && file_in_use(cur, name)) ret |= VFF_FILEINUSE;
    if (dest_dir && dest_len && copy_out(dest_dir, dest_len, dest)) ret |= VFF_BUFFTOOSMALL;
    if (cur_dir && cur_len && copy_out(cur_dir, cur_len, cur)) ret |= VFF_BUFFTOOSMALL;
    return ret;
}

static WCHAR *to_wide(const char *s)
{
    WCHAR *w;
    int n;
    if (!s) return NULL;
    n = MultiByteToWideChar(CP_ACP, 0, s, -1, NULL, 0);
    if ((w = malloc(n * sizeof(WCHAR)))) MultiByteToWideChar(CP_ACP, 0, s, -1, w, n);
    return w;
}

/* The A face: the W answer converted; the lengths are in bytes */
static BOOL copy_out_a(char *buf, UINT *len, const WCHAR *src)
{
    char a[MAX_PATH * 3];
    int n = WideCharToMultiByte(CP_ACP, 0, src, -1, a, sizeof(a), NULL, NULL);
    UINT need = n > 0 ? (UINT)n : 1;
    BOOL small = *len < need;

    if (n <= 0) a[0] = 0;
    if (*len) {
        UINT copy = small ? *len - 1 : need - 1;
        memcpy(buf, a, copy);
        buf[copy] = 0;
    }
    *len = need;
    return small;
}

VERSION_API DWORD WINAPI VerFindFileA(DWORD flags, LPCSTR name, LPCSTR win_dir, LPCSTR app_dir, LPSTR cur_dir,
                                      PUINT cur_len, LPSTR dest_dir, PUINT dest_len)
{
    WCHAR *nameW = to_wide(name), *appW = to_wide(app_dir), curW[MAX_PATH], destW[MAX_PATH];
    UINT curW_len = MAX_PATH, destW_len = MAX_PATH;
    DWORD ret;

    (void)win_dir;
    ret = VerFindFileW(flags, nameW, NULL, appW, curW, &curW_len, destW, &destW_len) & ~VFF_BUFFTOOSMALL;
    if (dest_dir && dest_len && copy_out_a(dest_dir, dest_len, destW)) ret |= VFF_BUFFTOOSMALL;
    if (cur_dir && cur_len && copy_out_a(cur_dir, cur_len, curW)) ret |= VFF_BUFFTOOSMALL;
    free(nameW);
    free(appW);
    return ret;
}
