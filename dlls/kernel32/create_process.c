/*
 * CreateProcess and the handles it returns (GetExitCodeProcess,
 * GetProcessId, OpenProcess), and anonymous pipes. The child is another
 * winrun process started by ntdll (dlls/ntdll/process.c); this file finds
 * the program as Windows does and turns the Win32 arguments into that
 * request.
 */
#include <stdlib.h>
#include <string.h>
#include "kernel32_private.h"

WINBASEAPI DWORD WINAPI GetFullPathNameW(LPCWSTR, DWORD, LPWSTR, LPWSTR *);
WINBASEAPI DWORD WINAPI GetFileAttributesW(LPCWSTR);
WINBASEAPI DWORD WINAPI GetCurrentDirectoryW(DWORD, LPWSTR);
WINBASEAPI UINT WINAPI GetSystemDirectoryW(LPWSTR, UINT);
WINBASEAPI UINT WINAPI GetWindowsDirectoryW(LPWSTR, UINT);
WINBASEAPI DWORD WINAPI GetEnvironmentVariableW(LPCWSTR, LPWSTR, DWORD);
WINBASEAPI LPWCH WINAPI GetEnvironmentStringsW(void);

#define PATH_CHARS 32768

static BOOL is_file(const WCHAR *path)
{
    DWORD attr = GetFileAttributesW(path);
    return attr != INVALID_FILE_ATTRIBUTES && !(attr & FILE_ATTRIBUTE_DIRECTORY);
}

/* DIR\NAME made full into OUT (PATH_CHARS), if that is a file. */
static BOOL try_in(const WCHAR *dir, const WCHAR *name, WCHAR *out)
{
    WCHAR *joined;
    size_t dlen = dir ? wcs_len(dir) : 0;
    BOOL found = FALSE;

    if (!(joined = heap_alloc((dlen + wcs_len(name) + 2) * sizeof(WCHAR)))) return FALSE;
    joined[0] = 0;
    if (dlen) {
        wcs_cpy(joined, dir);
        if (dir[dlen - 1] != '\\' && dir[dlen - 1] != '/') wcs_cpy(joined + dlen++, u"\\");
    }
    wcs_cpy(joined + dlen, name);
    if (GetFullPathNameW(joined, PATH_CHARS, out, NULL) - 1 < PATH_CHARS - 1) found = is_file(out);
    heap_free(joined);
    return found;
}

/* Windows' search for a program NAME: ".exe" added when the last component
 * has no extension; a name with a path is taken as it is, else the
 * application's directory, the current directory, system32, the Windows
 * directory and PATH are tried in that order. */
static BOOL search_program(const WCHAR *name, WCHAR *out)
{
    const WCHAR *base = name, *p;
    WCHAR *with_ext, *dir, *path;
    BOOL found = FALSE;
    size_t len = wcs_len(name);

    for (p = name; *p; p++)
        if (*p == '\\' || *p == '/' || *p == ':') base = p + 1;
    if (!*base || !(with_ext = heap_alloc((len + 5) * sizeof(WCHAR)))) return FALSE;
    wcs_cpy(with_ext, name);
    if (!wcs_chr(base, '.')) wcs_cpy(with_ext + len, u".exe");
    if (base != name) {
        found = try_in(NULL, with_ext, out);
        heap_free(with_ext);
        return found;
    }
    if (!(dir = heap_alloc(PATH_CHARS * sizeof(WCHAR)))) {
        heap_free(with_ext);
        return FALSE;
    }
    found = try_in(exe_directory(), with_ext, out);
    if (!found && GetCurrentDirectoryW(PATH_CHARS, dir)) found = try_in(dir, with_ext, out);
    if (!found && GetSystemDirectoryW(dir, PATH_CHARS)) found = try_in(dir, with_ext, out);
    if (!found && GetWindowsDirectoryW(dir, PATH_CHARS)) found = try_in(dir, with_ext, out);
    if (!found && GetEnvironmentVariableW(u"PATH", dir, PATH_CHARS) - 1 < PATH_CHARS - 1) {
        for (path = dir; !found && *path;) {
            WCHAR *end = wcs_chr(path, ';');
            if (end) *end = 0;
            if (*path) found = try_in(path, with_ext, out);
            if (!end) break;
            path = end + 1;
        }
    }
    heap_free(dir);
    heap_free(with_ext);
    return found;
}

/* The program of a command line without lpApplicationName: a quoted first
 * token, else the shortest space-separated prefix that names a program
 * ("C:\Program Files\a b.exe" unquoted tries "C:\Program", then "C:\Program
 * Files\a", ...), as Windows does. */
static BOOL program_from_cmdline(const WCHAR *cmdline, WCHAR *out)
{
    WCHAR *copy = heap_alloc((wcs_len(cmdline) + 1) * sizeof(WCHAR)), *p;
    BOOL found = FALSE;

    if (!copy) return FALSE;
    while (*cmdline == ' ' || *cmdline == '\t') cmdline++;
    if (*cmdline == '"') {
        wcs_cpy(copy, cmdline + 1);
        if ((p = wcs_chr(copy, '"'))) *p = 0;
        found = search_program(copy, out);
    } else {
        wcs_cpy(copy, cmdline);
        for (p = copy;; p++) {
            if (*p == ' ' || *p == '\t' || !*p) {
                WCHAR saved = *p;
                *p = 0;
                if (p > copy && (found = search_program(copy, out))) break;
                if (!saved) break;
                *p = saved;
            }
        }
    }
    heap_free(copy);
    return found;
}

/* An ANSI environment block (CP_ACP) as UTF-16. */
static WCHAR *env_a_to_w(const char *env)
{
    const char *p = env;
    WCHAR *w;
    int n;

    while (*p) p += strlen(p) + 1;
    n = MultiByteToWideChar(CP_ACP, 0, env, (int)(p - env + 1), NULL, 0);
    if (!(w = heap_alloc((n + 1) * sizeof(WCHAR)))) return NULL;
    MultiByteToWideChar(CP_ACP, 0, env, (int)(p - env + 1), w, n);
    w[n] = 0;
    return w;
}

WINBASEAPI BOOL WINAPI CreateProcessW(LPCWSTR app_name, LPWSTR cmdline, SECURITY_ATTRIBUTES *process_attr,
                                      SECURITY_ATTRIBUTES *thread_attr, BOOL inherit, DWORD flags, void *env,
                                      LPCWSTR cwd, STARTUPINFOW *startup, PROCESS_INFORMATION *info)
{
    struct process_spawn spawn;
    WCHAR *program = NULL, *full_cwd = NULL, *env_w = NULL;
    char *unix_exe = NULL;
    DWORD error = 0, attr;
    NTSTATUS status;
    (void)process_attr; (void)thread_attr;

    if (!info || !startup || (!app_name && !cmdline)) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return FALSE;
    }
    if (flags & (DEBUG_PROCESS | DEBUG_ONLY_THIS_PROCESS)) {
        SetLastError(ERROR_NOT_SUPPORTED);   /* no debugger interface */
        return FALSE;
    }
    memset(&spawn, 0, sizeof(spawn));
    if (!(program = heap_alloc(PATH_CHARS * sizeof(WCHAR)))) {
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
        return FALSE;
    }
    /* lpApplicationName is used as given (no search), relative to the current directory */
    if (app_name ? !try_in(NULL, app_name, program) : !program_from_cmdline(cmdline, program)) {
        error = ERROR_FILE_NOT_FOUND;
        goto done;
    }
    if (path_dos_to_unix(program, &unix_exe)) {
        error = ERROR_FILE_NOT_FOUND;
        goto done;
    }
    if (cwd) {
        if (!(full_cwd = heap_alloc(PATH_CHARS * sizeof(WCHAR))) ||
            GetFullPathNameW(cwd, PATH_CHARS, full_cwd, NULL) - 1 >= PATH_CHARS - 1 ||
            (attr = GetFileAttributesW(full_cwd)) == INVALID_FILE_ATTRIBUTES || !(attr & FILE_ATTRIBUTE_DIRECTORY)) {
            error = ERROR_DIRECTORY;
            goto done;
        }
    }
    if (env && !(flags & CREATE_UNICODE_ENVIRONMENT) && !(env_w = env_a_to_w(env))) {
        error = ERROR_NOT_ENOUGH_MEMORY;
        goto done;
    }
    spawn.unix_exe = unix_exe;
    spawn.cmdline = cmdline ? cmdline : app_name;
    spawn.env = env_w ? env_w : env;
    spawn.dos_cwd = full_cwd;
    spawn.inherit = inherit;
    spawn.suspended = !!(flags & CREATE_SUSPENDED);
    spawn.breakaway = !!(flags & CREATE_BREAKAWAY_FROM_JOB);
    if (spawn.breakaway && job_check_breakaway()) {
        error = ERROR_ACCESS_DENIED;
        goto done;
    }
    if (startup->dwFlags & STARTF_USESTDHANDLES) {
        spawn.std[0] = startup->hStdInput;
        spawn.std[1] = startup->hStdOutput;
        spawn.std[2] = startup->hStdError;
    }
    /* CREATE_NO_WINDOW, CREATE_NEW_CONSOLE, DETACHED_PROCESS: there is one
     * terminal; the child shares it unless its std handles say otherwise. */
    status = process_spawn(&spawn, &info->hProcess, &info->hThread, &info->dwProcessId, &info->dwThreadId);
    if (!set_status_error(status)) goto done;

done:
    heap_free(program);
    heap_free(full_cwd);
    heap_free(env_w);
    free(unix_exe);
    if (error) {
        SetLastError(error);
        return FALSE;
    }
    return NT_SUCCESS(status);
}

static void startup_a_to_w(const STARTUPINFOA *a, STARTUPINFOW *w)
{
    memset(w, 0, sizeof(*w));
    w->cb = sizeof(*w);
    w->dwFlags = a->dwFlags;
    w->wShowWindow = a->wShowWindow;
    w->hStdInput = a->hStdInput;
    w->hStdOutput = a->hStdOutput;
    w->hStdError = a->hStdError;
}

WINBASEAPI BOOL WINAPI CreateProcessA(LPCSTR app_name, LPSTR cmdline, SECURITY_ATTRIBUTES *process_attr,
                                      SECURITY_ATTRIBUTES *thread_attr, BOOL inherit, DWORD flags, void *env,
                                      LPCSTR cwd, STARTUPINFOA *startup, PROCESS_INFORMATION *info)
{
    WCHAR *app_w = strdup_a_to_w(app_name), *cmd_w = strdup_a_to_w(cmdline), *cwd_w = strdup_a_to_w(cwd);
    STARTUPINFOW si;
    BOOL ret = FALSE;

    if ((app_name && !app_w) || (cmdline && !cmd_w) || (cwd && !cwd_w)) SetLastError(ERROR_NOT_ENOUGH_MEMORY);
    else if (!startup) SetLastError(ERROR_INVALID_PARAMETER);
    else {
        startup_a_to_w(startup, &si);
        ret = CreateProcessW(app_w, cmd_w, process_attr, thread_attr, inherit, flags, env, cwd_w, &si, info);
    }
    heap_free(app_w);
    heap_free(cmd_w);
    heap_free(cwd_w);
    return ret;
}

WINBASEAPI BOOL WINAPI GetExitCodeProcess(HANDLE process, DWORD *code)
{
    return set_status_error(process_get_exit_code(process, code));
}

WINBASEAPI DWORD WINAPI GetProcessId(HANDLE process)
{
    DWORD pid = 0;
    if (!set_status_error(process_check_access(process, PROCESS_QUERY_LIMITED_INFORMATION))) return 0;
    return set_status_error(process_get_id(process, &pid)) ? pid : 0;
}

/* The handle keeps ACCESS: querying needs a query right, waiting
 * SYNCHRONIZE, TerminateProcess PROCESS_TERMINATE (ERROR_ACCESS_DENIED). */
WINBASEAPI HANDLE WINAPI OpenProcess(DWORD access, BOOL inherit, DWORD pid)
{
    HANDLE handle = NULL;

    if (!set_status_error(process_open(pid, access, &handle))) return NULL;
    if (inherit) handle_set_flags(handle, HANDLE_FLAG_INHERIT, HANDLE_FLAG_INHERIT);
    return handle;
}
