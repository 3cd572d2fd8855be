/*
 * ShellExecute(Ex) for programs: the file is run as CreateProcess runs it
 * (found in lpDirectory first when relative, then where CreateProcess
 * looks), with lpParameters after its quoted name and lpDirectory as its
 * current directory. Documents and verbs other than "open" have no
 * associations here: SE_ERR_NOASSOC.
 */
#include <stdlib.h>
#include <string.h>
#include "winbase.h"
#include "winerror.h"
#include "shellapi.h"
#include "winrun/unicode.h"

WINBASEAPI BOOL WINAPI CreateProcessW(LPCWSTR, LPWSTR, void *, void *, BOOL, DWORD, void *, LPCWSTR,
                                      STARTUPINFOW *, PROCESS_INFORMATION *);
WINBASEAPI DWORD WINAPI GetFileAttributesW(LPCWSTR);
WINBASEAPI int WINAPI MultiByteToWideChar(UINT, DWORD, LPCSTR, int, LPWSTR, int);

#define RUN_OK ((HINSTANCE)42)          /* any value above 32 says success */

static BOOL is_program(const WCHAR *path)
{
    const WCHAR *dot = wcs_rchr(path, '.'), *slash = wcs_rchr(path, '\\');
    if (!dot || (slash && dot < slash)) return TRUE;    /* CreateProcess adds ".exe" */
    return !wcs_icmp(dot, u".exe") || !wcs_icmp(dot, u".com");
}

/* DIR\FILE if that (or it with ".exe") exists; malloc'ed */
static WCHAR *in_directory(const WCHAR *dir, const WCHAR *file)
{
    size_t dlen = wcs_len(dir);
    WCHAR *path = malloc((dlen + wcs_len(file) + 6) * sizeof(WCHAR));
    DWORD attr;

    if (!path) return NULL;
    wcs_cpy(path, dir);
    if (dlen && path[dlen - 1] != '\\' && path[dlen - 1] != '/') path[dlen++] = '\\';
    wcs_cpy(path + dlen, file);
    attr = GetFileAttributesW(path);
    if (attr == INVALID_FILE_ATTRIBUTES && !wcs_chr(file, '.')) {
        wcs_cpy(path + wcs_len(path), u".exe");
        attr = GetFileAttributesW(path);
    }
    if (attr != INVALID_FILE_ATTRIBUTES && !(attr & FILE_ATTRIBUTE_DIRECTORY)) return path;
    free(path);
    return NULL;
}

static BOOL fail(SHELLEXECUTEINFOW *info, HINSTANCE code, DWORD error)
{
    info->hInstApp = code;
    SetLastError(error);
    return FALSE;
}

BOOL WINAPI ShellExecuteExW(SHELLEXECUTEINFOW *info)
{
    const WCHAR *file = info->lpFile, *params = info->lpParameters, *dir = info->lpDirectory;
    WCHAR *found = NULL, *cmd;
    STARTUPINFOW si;
    PROCESS_INFORMATION pi;
    BOOL relative;
    DWORD error;

    if (!info || info->cbSize != sizeof(*info)) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return FALSE;
    }
    info->hProcess = NULL;
    if (!file || !*file) return fail(info, (HINSTANCE)SE_ERR_FNF, ERROR_FILE_NOT_FOUND);
    if (info->lpVerb && *info->lpVerb && wcs_icmp(info->lpVerb, u"open") && wcs_icmp(info->lpVerb, u"runas"))
        return fail(info, (HINSTANCE)SE_ERR_NOASSOC, ERROR_NO_ASSOCIATION);
    if (dir && !*dir) dir = NULL;
    relative = !wcs_chr(file, '\\') && !wcs_chr(file, '/') && !wcs_chr(file, ':');
    if (dir && relative) found = in_directory(dir, file);
    if (!is_program(found ? found : file)) {
        free(found);
        return fail(info, (HINSTANCE)SE_ERR_NOASSOC, ERROR_NO_ASSOCIATION);
    }
    if (!(cmd = malloc((wcs_len(found ? found : file) + (params ? wcs_len(params) : 0) + 4) * sizeof(WCHAR)))) {
        free(found);
        return fail(info, (HINSTANCE)SE_ERR_OOM, ERROR_NOT_ENOUGH_MEMORY);
    }
    wcs_cpy(cmd, u"\"");
    wcs_cpy(cmd + 1, found ? found : file);
    wcs_cpy(cmd + wcs_len(cmd), u"\"");
    if (params && *params) {
        wcs_cpy(cmd + wcs_len(cmd), u" ");
        wcs_cpy(cmd + wcs_len(cmd), params);
    }
    memset(&si, 0, sizeof(si));
    si.cb = sizeof(si);
    si.dwFlags = STARTF_USESHOWWINDOW;
    si.wShowWindow = (WORD)info->nShow;
    if (!CreateProcessW(NULL, cmd, NULL, NULL, FALSE, 0, NULL, dir, &si, &pi)) {
        error = GetLastError();
        free(cmd);
        free(found);
        if (error == ERROR_PATH_NOT_FOUND || error == ERROR_DIRECTORY) return fail(info, (HINSTANCE)SE_ERR_PNF, error);
        if (error == ERROR_ACCESS_DENIED) return fail(info, (HINSTANCE)SE_ERR_ACCESSDENIED, error);
        return fail(info, (HINSTANCE)SE_ERR_FNF, ERROR_FILE_NOT_FOUND);
    }
    free(cmd);
    free(found);
    CloseHandle(pi.hThread);
    if (info->fMask & SEE_MASK_NOCLOSEPROCESS) info->hProcess = pi.hProcess;
    else CloseHandle(pi.hProcess);
    info->hInstApp = RUN_OK;
    return TRUE;
}

static WCHAR *to_w(const char *s)
{
    WCHAR *w;
    int n;
    if (!s) return NULL;
    n = MultiByteToWideChar(0 /* CP_ACP */, 0, s, -1, NULL, 0);
    if ((w = malloc(n * sizeof(WCHAR)))) MultiByteToWideChar(0, 0, s, -1, w, n);
    return w;
}

BOOL WINAPI ShellExecuteExA(SHELLEXECUTEINFOA *info)
{
    SHELLEXECUTEINFOW w;
    BOOL ok;

    if (!info || info->cbSize != sizeof(*info)) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return FALSE;
    }
    memcpy(&w, info, sizeof(w));
    w.cbSize = sizeof(w);
    w.lpVerb = to_w(info->lpVerb);
    w.lpFile = to_w(info->lpFile);
    w.lpParameters = to_w(info->lpParameters);
    w.lpDirectory = to_w(info->lpDirectory);
    w.lpClass = NULL;
    ok = ShellExecuteExW(&w);
    info->hInstApp = w.hInstApp;
    info->hProcess = w.hProcess;
    free((void *)w.lpVerb);
    free((void *)w.lpFile);
    free((void *)w.lpParameters);
    free((void *)w.lpDirectory);
    return ok;
}

HINSTANCE WINAPI ShellExecuteW(HWND hwnd, LPCWSTR verb, LPCWSTR file, LPCWSTR params, LPCWSTR dir, INT show)
{
    SHELLEXECUTEINFOW info;

    memset(&info, 0, sizeof(info));
    info.cbSize = sizeof(info);
    info.hwnd = hwnd;
    info.lpVerb = verb;
    info.lpFile = file;
    info.lpParameters = params;
    info.lpDirectory = dir;
    info.nShow = show;
    ShellExecuteExW(&info);
    return info.hInstApp;
}

HINSTANCE WINAPI ShellExecuteA(HWND hwnd, LPCSTR verb, LPCSTR file, LPCSTR params, LPCSTR dir, INT show)
{
    SHELLEXECUTEINFOA info;

    memset(&info, 0, sizeof(info));
    info.cbSize = sizeof(info);
    info.hwnd = hwnd;
    info.lpVerb = verb;
    info.lpFile = file;
    info.lpParameters = params;
    info.lpDirectory = dir;
    info.nShow = show;
    ShellExecuteExA(&info);
    return info.hInstApp;
}
