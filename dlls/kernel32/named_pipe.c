/*
 * Named pipes, the Win32 side: names "\\.\pipe\NAME" checked and stripped
 * here; instances, connections and message reads in ntdll (namedpipe.c)
 * over winrun-server. CreateFile on a pipe name comes here too
 * (named_pipe_open_file).
 */
#define _GNU_SOURCE
#include <sys/stat.h>
#include <time.h>
#include "kernel32_private.h"

WINBASEAPI DWORD WINAPI GetEnvironmentVariableW(LPCWSTR, LPWSTR, DWORD);

WINBASEAPI HANDLE WINAPI CreateFileW(LPCWSTR, DWORD, DWORD, void *, DWORD, DWORD, HANDLE);
WINBASEAPI BOOL WINAPI SetEvent(HANDLE);

#define PIPE_PREFIX_CHARS 9      /* "\\.\pipe\" */
#define DEFAULT_WAIT_MS 50       /* NMPWAIT_USE_DEFAULT_WAIT when the pipe gave none */
#define POLL_MS 5

/* NAME after "\\.\pipe\" (either slash, any case), or NULL. */
static const WCHAR *pipe_name(const WCHAR *name)
{
    static const WCHAR prefix[] = u"\\\\.\\pipe\\";
    if (!name) return NULL;
    for (int i = 0; i < PIPE_PREFIX_CHARS; i++) {
        WCHAR c = name[i] == '/' ? '\\' : name[i];
        if (wch_upper(c) != wch_upper(prefix[i])) return NULL;
    }
    return name + PIPE_PREFIX_CHARS;
}

BOOL is_pipe_name(const WCHAR *name)
{
    return pipe_name(name) != NULL;
}

HANDLE named_pipe_open_file(const WCHAR *name, DWORD access, DWORD flags, BOOL inherit)
{
    DWORD options = (flags & FILE_FLAG_OVERLAPPED) ? 0 : FILE_SYNCHRONOUS_IO_NONALERT;
    HANDLE handle;
    NTSTATUS status = named_pipe_open(pipe_name(name), access, options, &handle);

    if (status) {
        set_status_error(status);
        return INVALID_HANDLE_VALUE;
    }
    if (inherit) handle_set_flags(handle, HANDLE_FLAG_INHERIT, HANDLE_FLAG_INHERIT);
    SetLastError(NO_ERROR);
    return handle;
}

WINBASEAPI HANDLE WINAPI CreateNamedPipeW(LPCWSTR name, DWORD open_mode, DWORD pipe_mode, DWORD max_instances,
                                          DWORD out_size, DWORD in_size, DWORD timeout, SECURITY_ATTRIBUTES *sa)
{
    static const DWORD access[4] = { 0, GENERIC_READ, GENERIC_WRITE, GENERIC_READ | GENERIC_WRITE };
    const WCHAR *short_name = pipe_name(name);
    DWORD options = (open_mode & FILE_FLAG_OVERLAPPED) ? 0 : FILE_SYNCHRONOUS_IO_NONALERT;
    HANDLE handle;
    NTSTATUS status;
    (void)timeout;

    if (!short_name) {
        SetLastError(ERROR_PATH_NOT_FOUND);   /* as Wine answers */
        return INVALID_HANDLE_VALUE;
    }
    if (!(open_mode & PIPE_ACCESS_DUPLEX) || !max_instances || max_instances > PIPE_UNLIMITED_INSTANCES ||
        ((pipe_mode & PIPE_READMODE_MESSAGE) && !(pipe_mode & PIPE_TYPE_MESSAGE))) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return INVALID_HANDLE_VALUE;
    }
    status = named_pipe_create(short_name, access[open_mode & PIPE_ACCESS_DUPLEX], options,
                               (pipe_mode & PIPE_TYPE_MESSAGE) != 0, (pipe_mode & PIPE_READMODE_MESSAGE) != 0,
                               max_instances, (open_mode & FILE_FLAG_FIRST_PIPE_INSTANCE) != 0, out_size, in_size,
                               &handle);
    if (status) {
        set_status_error(status);
        return INVALID_HANDLE_VALUE;
    }
    if (sa && sa->bInheritHandle) handle_set_flags(handle, HANDLE_FLAG_INHERIT, HANDLE_FLAG_INHERIT);
    SetLastError(NO_ERROR);
    return handle;
}

WINBASEAPI HANDLE WINAPI CreateNamedPipeA(LPCSTR name, DWORD open_mode, DWORD pipe_mode, DWORD max_instances,
                                          DWORD out_size, DWORD in_size, DWORD timeout, SECURITY_ATTRIBUTES *sa)
{
    WCHAR *w = strdup_a_to_w(name);
    HANDLE h;
    if (name && !w) {
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
        return INVALID_HANDLE_VALUE;
    }
    h = CreateNamedPipeW(w, open_mode, pipe_mode, max_instances, out_size, in_size, timeout, sa);
    heap_free(w);
    return h;
}

WINBASEAPI BOOL WINAPI ConnectNamedPipe(HANDLE pipe, OVERLAPPED *ov)
{
    NTSTATUS status = named_pipe_listen(pipe, ov ? ov->hEvent : NULL, ov ? (IO_STATUS_BLOCK *)ov : NULL);
    if (status == STATUS_PENDING) {
        SetLastError(ERROR_IO_PENDING);
        return FALSE;
    }
    if (status == STATUS_PIPE_CONNECTED && ov && ov->hEvent) SetEvent(ov->hEvent);
    return set_status_error(status);
}

WINBASEAPI BOOL WINAPI DisconnectNamedPipe(HANDLE pipe)
{
    return set_status_error(named_pipe_disconnect(pipe));
}

WINBASEAPI BOOL WINAPI WaitNamedPipeW(LPCWSTR name, DWORD timeout)
{
    const WCHAR *short_name = pipe_name(name);
    struct timespec start, now;
    NTSTATUS status;

    if (!short_name) {
        SetLastError(ERROR_BAD_PATHNAME);
        return FALSE;
    }
    if (timeout == NMPWAIT_USE_DEFAULT_WAIT) timeout = DEFAULT_WAIT_MS;
    clock_gettime(CLOCK_MONOTONIC, &start);
    /* the server never waits for us: poll it */
    while ((status = named_pipe_query(short_name)) == STATUS_PIPE_NOT_AVAILABLE) {
        ULONGLONG elapsed;
        clock_gettime(CLOCK_MONOTONIC, &now);
        elapsed = (now.tv_sec - start.tv_sec) * 1000ull + (now.tv_nsec - start.tv_nsec) / 1000000;
        if (timeout != NMPWAIT_WAIT_FOREVER && elapsed >= timeout) {
            SetLastError(ERROR_SEM_TIMEOUT);
            return FALSE;
        }
        Sleep(POLL_MS);
    }
    return set_status_error(status);
}

WINBASEAPI BOOL WINAPI WaitNamedPipeA(LPCSTR name, DWORD timeout)
{
    WCHAR *w = strdup_a_to_w(name);
    BOOL ok = WaitNamedPipeW(w, timeout);
    heap_free(w);
    return ok;
}

WINBASEAPI BOOL WINAPI SetNamedPipeHandleState(HANDLE pipe, DWORD *mode, DWORD *max_collection, DWORD *timeout)
{
    struct named_pipe_info info;
    NTSTATUS status = named_pipe_get_info(pipe, &info);
    (void)max_collection; (void)timeout;

    if (status) return set_status_error(status);
    if (mode) {
        if (*mode & ~(PIPE_READMODE_MESSAGE | PIPE_NOWAIT)) return set_status_error(STATUS_INVALID_PARAMETER);
        return set_status_error(named_pipe_set_read_mode(pipe, (*mode & PIPE_READMODE_MESSAGE) != 0));
    }
    return TRUE;
}

/* The read mode (PIPE_NOWAIT is never kept), the live instances, and the
 * user (every winrun process runs as the same one). An anonymous pipe
 * answers as a one-instance byte pipe, as on Windows. Collection count and
 * timeout are 0: no network pipes. */
WINBASEAPI BOOL WINAPI GetNamedPipeHandleStateW(HANDLE pipe, DWORD *state, DWORD *instances, DWORD *max_collection,
                                                DWORD *timeout, LPWSTR user, DWORD user_size)
{
    struct named_pipe_info info;
    NTSTATUS status = named_pipe_get_info(pipe, &info);
    struct stat st;
    int fd;

    if (status) {
        if ((fd = handle_to_fd(pipe, &status)) < 0) return set_status_error(status);
        if (fstat(fd, &st) || !S_ISFIFO(st.st_mode)) return set_status_error(STATUS_INVALID_DEVICE_REQUEST);
        info.read_message = FALSE;
        if (instances) *instances = 1;
    }
    else if (instances && !set_status_error(named_pipe_get_instances(pipe, instances))) return FALSE;
    if (state) *state = info.read_message ? PIPE_READMODE_MESSAGE : 0;
    if (max_collection) *max_collection = 0;
    if (timeout) *timeout = 0;
    if (user && (!user_size || !GetEnvironmentVariableW(u"USERNAME", user, user_size))) user[0] = 0;
    return TRUE;
}

WINBASEAPI BOOL WINAPI GetNamedPipeHandleStateA(HANDLE pipe, DWORD *state, DWORD *instances, DWORD *max_collection,
                                                DWORD *timeout, LPSTR user, DWORD user_size)
{
    WCHAR name[256];
    BOOL ok = GetNamedPipeHandleStateW(pipe, state, instances, max_collection, timeout, user ? name : NULL,
                                       user ? 256 : 0);
    if (ok && user && user_size && !WideCharToMultiByte(CP_ACP, 0, name, -1, user, (int)user_size, NULL, NULL))
        user[0] = 0;
    return ok;
}

WINBASEAPI BOOL WINAPI GetNamedPipeInfo(HANDLE pipe, DWORD *flags, DWORD *out_size, DWORD *in_size,
                                        DWORD *max_instances)
{
    struct named_pipe_info info;
    NTSTATUS status = named_pipe_get_info(pipe, &info);

    if (status) return set_status_error(status);
    if (flags) *flags = (info.server_end ? PIPE_SERVER_END : PIPE_CLIENT_END) | (info.message ? PIPE_TYPE_MESSAGE : 0);
    if (out_size) *out_size = info.out_size;
    if (in_size) *in_size = info.in_size;
    if (max_instances) *max_instances = info.max_instances;
    return TRUE;
}

/* A write and a read on a message pipe in read-message mode. */
WINBASEAPI BOOL WINAPI TransactNamedPipe(HANDLE pipe, void *in, DWORD in_size, void *out, DWORD out_size,
                                         DWORD *read, OVERLAPPED *ov)
{
    struct named_pipe_info info;
    NTSTATUS status = named_pipe_get_info(pipe, &info);
    DWORD written;
    BOOL ok;

    if (status) return set_status_error(status);
    if (!info.message || !info.read_message) {
        SetLastError(ERROR_BAD_PIPE);
        return FALSE;
    }
    if (!WriteFile(pipe, in, in_size, &written, NULL)) return FALSE;
    ok = ReadFile(pipe, out, out_size, read, NULL);
    if (ov) {
        ov->Internal = ok ? STATUS_SUCCESS : GetLastError() == ERROR_MORE_DATA ? STATUS_BUFFER_OVERFLOW : STATUS_PIPE_BROKEN;
        ov->InternalHigh = read ? *read : 0;
        if (ov->hEvent) SetEvent(ov->hEvent);
    }
    return ok;
}

WINBASEAPI BOOL WINAPI CallNamedPipeW(LPCWSTR name, void *in, DWORD in_size, void *out, DWORD out_size, DWORD *read,
                                      DWORD timeout)
{
    DWORD mode = PIPE_READMODE_MESSAGE, error;
    HANDLE pipe;
    BOOL ok;

    if (!WaitNamedPipeW(name, timeout)) return FALSE;
    pipe = CreateFileW(name, GENERIC_READ | GENERIC_WRITE, 0, NULL, OPEN_EXISTING, 0, NULL);
    if (pipe == INVALID_HANDLE_VALUE) return FALSE;
    ok = SetNamedPipeHandleState(pipe, &mode, NULL, NULL) &&
         TransactNamedPipe(pipe, in, in_size, out, out_size, read, NULL);
    error = GetLastError();
    CloseHandle(pipe);
    SetLastError(ok ? NO_ERROR : error);
    return ok;
}

WINBASEAPI BOOL WINAPI CallNamedPipeA(LPCSTR name, void *in, DWORD in_size, void *out, DWORD out_size, DWORD *read,
                                      DWORD timeout)
{
    WCHAR *w = strdup_a_to_w(name);
    BOOL ok = CallNamedPipeW(w, in, in_size, out, out_size, read, timeout);
    heap_free(w);
    return ok;
}
