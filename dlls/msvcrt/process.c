/*
 * Child processes of the C runtime: _spawn* (over CreateProcess), _cwait,
 * _getpid, and system/_popen/_pclose.
 *
 * Windows' system() and _popen() run %ComSpec% /c, and there is no cmd.exe
 * here: winrun runs the command with the host's /bin/sh -c instead (ntdll
 * process_spawn_unix), with the CRT's fds 0-2 as its std streams. So
 * shell syntax is the POSIX shell's, and a Windows program inside the
 * command runs only through `winrun prog.exe`. system(NULL) says whether
 * /bin/sh exists.
 *
 * As in Microsoft's CRT, _spawn* joins the arguments with single spaces
 * without quoting them; the child's std handles are the CRT's fds 0-2
 * (Microsoft's CRT passes its whole fd table in lpReserved2, which winrun
 * does not read).
 */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "crt_private.h"
#include "winrun/ntdll.h"

WINBASEAPI BOOL WINAPI CreateProcessA(LPCSTR, LPSTR, SECURITY_ATTRIBUTES *, SECURITY_ATTRIBUTES *, BOOL, DWORD,
                                      void *, LPCSTR, STARTUPINFOA *, PROCESS_INFORMATION *);
WINBASEAPI BOOL WINAPI GetExitCodeProcess(HANDLE, DWORD *);
WINBASEAPI DWORD WINAPI WaitForSingleObject(HANDLE, DWORD);
WINBASEAPI DWORD WINAPI GetFileAttributesA(LPCSTR);
WINBASEAPI DWORD WINAPI GetEnvironmentVariableA(LPCSTR, LPSTR, DWORD);
WINBASEAPI BOOL WINAPI CreatePipe(HANDLE *, HANDLE *, SECURITY_ATTRIBUTES *, DWORD);
CRT_FILE *CDECL MSVCRT__fdopen(int fd, const char *mode);
int CDECL MSVCRT_fclose(CRT_FILE *f);
int CDECL MSVCRT__open_osfhandle(intptr_t handle, int flags);

#define P_WAIT    0
#define P_NOWAIT  1
#define P_OVERLAY 2
#define P_NOWAITO 3
#define P_DETACH  4
#define CRT_ECHILD 10
#define CRT_ENOMEM 12
#define O_RDONLY_ 0x0000
#define O_WRONLY_ 0x0001
#define O_TEXT_   0x4000
#define O_BINARY_ 0x8000
#define MAX_ARGS  1024

int CDECL MSVCRT__getpid(void)
{
    return (int)GetCurrentProcessId();
}

static BOOL is_file(const char *path)
{
    DWORD attr = GetFileAttributesA(path);
    return attr != (DWORD)-1 && !(attr & 0x10 /* FILE_ATTRIBUTE_DIRECTORY */);
}

/* NAME as given, else with ".exe"; with SEARCH, also in each PATH entry.
 * Returns a MSVCRT_malloc'ed path or NULL. */
static char *find_program(const char *name, BOOL search)
{
    size_t len = strlen(name);
    char *path = MSVCRT_malloc(len + 5), *env, *dir, *end, *full;

    if (!path) return NULL;
    strcpy(path, name);
    if (is_file(path)) return path;
    strcpy(path + len, ".exe");
    if (is_file(path)) return path;
    if (!search || strpbrk(name, "\\/:") || !(env = MSVCRT_malloc(32768))) {
        MSVCRT_free(path);
        return NULL;
    }
    if (GetEnvironmentVariableA("PATH", env, 32768) - 1 < 32767) {
        for (dir = env; *dir; dir = end + 1) {
            if ((end = strchr(dir, ';'))) *end = 0;
            if (*dir && (full = MSVCRT_malloc(strlen(dir) + len + 6))) {
                for (int ext = 0; ext < 2; ext++) {
                    strcpy(full, dir);
                    if (full[strlen(full) - 1] != '\\') strcat(full, "\\");
                    strcat(full, path);
                    if (!ext) full[strlen(full) - 4] = 0;   /* first without ".exe" */
                    if (is_file(full)) {
                        MSVCRT_free(env);
                        MSVCRT_free(path);
                        return full;
                    }
                }
                MSVCRT_free(full);
            }
            if (!end) break;
        }
    }
    MSVCRT_free(env);
    MSVCRT_free(path);
    return NULL;
}

/* "a b c" from argv, unquoted, as Microsoft's CRT builds it */
static char *join(const char *const *argv, char sep, BOOL block)
{
    size_t size = 2;
    char *s, *p;

    for (int i = 0; argv && argv[i]; i++) size += strlen(argv[i]) + 1;
    if (!(p = s = MSVCRT_malloc(size))) return NULL;
    for (int i = 0; argv && argv[i]; i++) {
        if (i && !block) *p++ = sep;
        p = stpcpy(p, argv[i]);
        if (block) *p++ = 0;
    }
    *p = 0;
    if (block && p == s) p[1] = 0;   /* an empty block is two NULs */
    return s;
}

static intptr_t spawn(int mode, const char *name, const char *const *argv, const char *const *envp, BOOL search)
{
    STARTUPINFOA si;
    PROCESS_INFORMATION pi;
    char *program, *cmdline, *env = NULL;
    DWORD code;
    BOOL ok;

    if (!name || !argv || mode < P_WAIT || mode > P_DETACH) {
        crt_invalid_parameter();
        crt_set_errno(CRT_EINVAL);
        return -1;
    }
    if (!(program = find_program(name, search))) {
        crt_set_errno(CRT_ENOENT);
        return -1;
    }
    cmdline = join(argv, ' ', FALSE);
    if (envp) env = join(envp, 0, TRUE);
    memset(&si, 0, sizeof(si));
    si.cb = sizeof(si);
    si.dwFlags = STARTF_USESTDHANDLES;
    si.hStdInput = (HANDLE)MSVCRT__get_osfhandle(0);
    si.hStdOutput = (HANDLE)MSVCRT__get_osfhandle(1);
    si.hStdError = (HANDLE)MSVCRT__get_osfhandle(2);
    for (int i = 0; i < 3; i++) {
        HANDLE *h = i == 0 ? &si.hStdInput : i == 1 ? &si.hStdOutput : &si.hStdError;
        if (*h == INVALID_HANDLE_VALUE) *h = NULL;
    }
    stdio_flush_all();
    ok = cmdline && (!envp || env) &&
         CreateProcessA(program, cmdline, NULL, NULL, TRUE, mode == P_DETACH ? DETACHED_PROCESS : 0, env, NULL, &si,
                        &pi);
    MSVCRT_free(program);
    MSVCRT_free(cmdline);
    MSVCRT_free(env);
    if (!ok) {
        crt_set_errno(GetLastError() == ERROR_FILE_NOT_FOUND ? CRT_ENOENT : CRT_ENOMEM);
        return -1;
    }
    CloseHandle(pi.hThread);
    switch (mode) {
    case P_WAIT:
    case P_OVERLAY:
        WaitForSingleObject(pi.hProcess, INFINITE);
        GetExitCodeProcess(pi.hProcess, &code);
        CloseHandle(pi.hProcess);
        if (mode == P_OVERLAY) MSVCRT__exit((int)code);   /* exec, as far as a caller can tell */
        return (int)code;
    case P_DETACH:
        CloseHandle(pi.hProcess);
        return 0;
    default:
        return (intptr_t)pi.hProcess;
    }
}

intptr_t CDECL MSVCRT__spawnv(int mode, const char *name, const char *const *argv)
{
    return spawn(mode, name, argv, NULL, FALSE);
}

intptr_t CDECL MSVCRT__spawnve(int mode, const char *name, const char *const *argv, const char *const *envp)
{
    return spawn(mode, name, argv, envp, FALSE);
}

intptr_t CDECL MSVCRT__spawnvp(int mode, const char *name, const char *const *argv)
{
    return spawn(mode, name, argv, NULL, TRUE);
}

intptr_t CDECL MSVCRT__spawnvpe(int mode, const char *name, const char *const *argv, const char *const *envp)
{
    return spawn(mode, name, argv, envp, TRUE);
}

/* The l forms: the arguments up to NULL, then (e forms) the environment. */
static intptr_t spawn_list(int mode, const char *name, const char *arg0, crt_va_list ap, BOOL with_env,
                           BOOL search)
{
    const char *argv[MAX_ARGS + 1], *const *envp = NULL;
    int n = 0;

    for (const char *a = arg0; a && n < MAX_ARGS; a = __builtin_va_arg(ap, const char *)) argv[n++] = a;
    argv[n] = NULL;
    if (with_env) envp = __builtin_va_arg(ap, const char *const *);
    return spawn(mode, name, argv, envp, search);
}

intptr_t CDECL_VA MSVCRT__spawnl(int mode, const char *name, const char *arg0, ...)
{
    crt_va_list ap;
    intptr_t r;
    __builtin_ms_va_start(ap, arg0);
    r = spawn_list(mode, name, arg0, ap, FALSE, FALSE);
    __builtin_ms_va_end(ap);
    return r;
}

intptr_t CDECL_VA MSVCRT__spawnle(int mode, const char *name, const char *arg0, ...)
{
    crt_va_list ap;
    intptr_t r;
    __builtin_ms_va_start(ap, arg0);
    r = spawn_list(mode, name, arg0, ap, TRUE, FALSE);
    __builtin_ms_va_end(ap);
    return r;
}

intptr_t CDECL_VA MSVCRT__spawnlp(int mode, const char *name, const char *arg0, ...)
{
    crt_va_list ap;
    intptr_t r;
    __builtin_ms_va_start(ap, arg0);
    r = spawn_list(mode, name, arg0, ap, FALSE, TRUE);
    __builtin_ms_va_end(ap);
    return r;
}

intptr_t CDECL_VA MSVCRT__spawnlpe(int mode, const char *name, const char *arg0, ...)
{
    crt_va_list ap;
    intptr_t r;
    __builtin_ms_va_start(ap, arg0);
    r = spawn_list(mode, name, arg0, ap, TRUE, TRUE);
    __builtin_ms_va_end(ap);
    return r;
}

/* ACTION (_WAIT_CHILD, _WAIT_GRANDCHILD) means nothing on Windows either. */
intptr_t CDECL MSVCRT__cwait(int *status, intptr_t process, int action)
{
    DWORD code;
    (void)action;

    if (WaitForSingleObject((HANDLE)process, INFINITE) || !GetExitCodeProcess((HANDLE)process, &code)) {
        crt_set_errno(GetLastError() == ERROR_INVALID_HANDLE ? CRT_ECHILD : CRT_EINVAL);
        return -1;
    }
    if (status) *status = (int)code;
    CloseHandle((HANDLE)process);
    return process;
}

/* ---- the shell: /bin/sh -c ---- */

static NTSTATUS run_shell(const char *command, const HANDLE std[3], HANDLE *process)
{
    char *argv[] = { (char *)"sh", (char *)"-c", (char *)command, NULL };
    return process_spawn_unix("/bin/sh", argv, std, process);
}

static void crt_std_handles(HANDLE std[3])
{
    for (int i = 0; i < 3; i++) {
        std[i] = (HANDLE)MSVCRT__get_osfhandle(i);
        if (std[i] == INVALID_HANDLE_VALUE) std[i] = NULL;
    }
}

int CDECL MSVCRT_system(const char *command)
{
    HANDLE std[3], process;
    DWORD code = (DWORD)-1;

    if (!command) return access("/bin/sh", X_OK) == 0;
    crt_std_handles(std);
    stdio_flush_all();
    if (run_shell(command, std, &process)) {
        crt_set_errno(CRT_ENOENT);
        return -1;
    }
    WaitForSingleObject(process, INFINITE);
    GetExitCodeProcess(process, &code);
    CloseHandle(process);
    return (int)code;
}

/* The streams _popen opened and their processes, for _pclose. */
struct popen_entry {
    struct popen_entry *next;
    CRT_FILE *file;
    HANDLE process;
};
static struct popen_entry *popen_list;
static pthread_mutex_t popen_lock = PTHREAD_MUTEX_INITIALIZER;

CRT_FILE *CDECL MSVCRT__popen(const char *command, const char *mode)
{
    BOOL reading, text = TRUE;
    HANDLE std[3], rd, wr, process;
    struct popen_entry *entry;
    CRT_FILE *file = NULL;
    char fmode[3];
    int fd;

    if (!command || !mode || (*mode != 'r' && *mode != 'w')) {
        crt_invalid_parameter();
        crt_set_errno(CRT_EINVAL);
        return NULL;
    }
    reading = *mode == 'r';
    if (strchr(mode, 'b')) text = FALSE;
    if (!(entry = MSVCRT_malloc(sizeof(*entry))) || !CreatePipe(&rd, &wr, NULL, 0)) {
        MSVCRT_free(entry);
        crt_set_errno(CRT_ENOMEM);
        return NULL;
    }
    crt_std_handles(std);
    std[reading ? 1 : 0] = reading ? wr : rd;
    stdio_flush_all();
    if (run_shell(command, std, &process)) {
        CloseHandle(rd);
        CloseHandle(wr);
        MSVCRT_free(entry);
        crt_set_errno(CRT_ENOENT);
        return NULL;
    }
    CloseHandle(reading ? wr : rd);   /* the child holds its end */
    fd = MSVCRT__open_osfhandle((intptr_t)(reading ? rd : wr),
                                (reading ? O_RDONLY_ : O_WRONLY_) | (text ? O_TEXT_ : O_BINARY_));
    fmode[0] = *mode;
    fmode[1] = text ? 't' : 'b';
    fmode[2] = 0;
    if (fd >= 0) file = MSVCRT__fdopen(fd, fmode);
    if (!file) {
        if (fd >= 0) MSVCRT__close(fd);
        else CloseHandle(reading ? rd : wr);
        TerminateProcess(process, 1);
        CloseHandle(process);
        MSVCRT_free(entry);
        return NULL;
    }
    entry->file = file;
    entry->process = process;
    pthread_mutex_lock(&popen_lock);
    entry->next = popen_list;
    popen_list = entry;
    pthread_mutex_unlock(&popen_lock);
    return file;
}

int CDECL MSVCRT__pclose(CRT_FILE *file)
{
    struct popen_entry **p, *entry = NULL;
    DWORD code = (DWORD)-1;

    pthread_mutex_lock(&popen_lock);
    for (p = &popen_list; *p; p = &(*p)->next)
        if ((*p)->file == file) {
            entry = *p;
            *p = entry->next;
            break;
        }
    pthread_mutex_unlock(&popen_lock);
    if (!entry) {
        crt_set_errno(CRT_EINVAL);
        return -1;
    }
    MSVCRT_fclose(file);   /* the child sees EOF (or a broken pipe) */
    WaitForSingleObject(entry->process, INFINITE);
    GetExitCodeProcess(entry->process, &code);
    CloseHandle(entry->process);
    MSVCRT_free(entry);
    return (int)code;
}
