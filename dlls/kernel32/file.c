/*
 * Handles and I/O on them: std handles, ReadFile/WriteFile, GetFileType,
 * CloseHandle, and the console calls that make sense on a Unix terminal.
 * A console handle here is a std handle whose fd is a tty.
 */
#include <errno.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>
#include "kernel32_private.h"

typedef struct {
    union { NTSTATUS Status; PVOID Pointer; };
    ULONG_PTR Information;
} IO_STATUS_BLOCK;

NTSYSAPI NTSTATUS WINAPI NtWriteFile(HANDLE, HANDLE, PVOID, PVOID, IO_STATUS_BLOCK *, const void *, ULONG,
                                     const LARGE_INTEGER *, const ULONG *);
NTSYSAPI NTSTATUS WINAPI NtReadFile(HANDLE, HANDLE, PVOID, PVOID, IO_STATUS_BLOCK *, void *, ULONG,
                                    const LARGE_INTEGER *, const ULONG *);
NTSYSAPI NTSTATUS WINAPI NtClose(HANDLE);

static RTL_USER_PROCESS_PARAMETERS *params(void)
{
    return NtCurrentTeb()->Peb->ProcessParameters;
}

WINBASEAPI HANDLE WINAPI GetStdHandle(DWORD which)
{
    switch (which) {
    case STD_INPUT_HANDLE:  return params()->StandardInput;
    case STD_OUTPUT_HANDLE: return params()->StandardOutput;
    case STD_ERROR_HANDLE:  return params()->StandardError;
    }
    SetLastError(ERROR_INVALID_HANDLE);
    return INVALID_HANDLE_VALUE;
}

WINBASEAPI BOOL WINAPI SetStdHandle(DWORD which, HANDLE handle)
{
    switch (which) {
    case STD_INPUT_HANDLE:  params()->StandardInput = handle; return TRUE;
    case STD_OUTPUT_HANDLE: params()->StandardOutput = handle; return TRUE;
    case STD_ERROR_HANDLE:  params()->StandardError = handle; return TRUE;
    }
    SetLastError(ERROR_INVALID_HANDLE);
    return FALSE;
}

WINBASEAPI BOOL WINAPI WriteFile(HANDLE handle, LPCVOID buffer, DWORD count, LPDWORD written, void *overlapped)
{
    IO_STATUS_BLOCK io;
    NTSTATUS status;

    if (overlapped) {
        SetLastError(ERROR_NOT_SUPPORTED);
        return FALSE;
    }
    if (written) *written = 0;
    io.Information = 0;
    status = NtWriteFile(handle, NULL, NULL, NULL, &io, buffer, count, NULL, NULL);
    if (written) *written = (DWORD)io.Information;
    return set_status_error(status);
}

WINBASEAPI BOOL WINAPI ReadFile(HANDLE handle, LPVOID buffer, DWORD count, LPDWORD read, void *overlapped)
{
    IO_STATUS_BLOCK io;
    NTSTATUS status;

    if (overlapped) {
        SetLastError(ERROR_NOT_SUPPORTED);
        return FALSE;
    }
    if (read) *read = 0;
    io.Information = 0;
    status = NtReadFile(handle, NULL, NULL, NULL, &io, buffer, count, NULL, NULL);
    if (status == STATUS_END_OF_FILE) return TRUE;   /* synchronous read at EOF: TRUE with 0 bytes */
    if (read) *read = (DWORD)io.Information;
    return set_status_error(status);
}

WINBASEAPI BOOL WINAPI CloseHandle(HANDLE handle)
{
    if (handle == GetCurrentProcess() || handle == GetCurrentThread()) return TRUE;
    return set_status_error(NtClose(handle));
}

WINBASEAPI DWORD WINAPI GetFileType(HANDLE handle)
{
    NTSTATUS status;
    struct stat st;
    int fd = handle_to_fd(handle, &status);

    if (fd < 0) {
        set_status_error(status);
        return FILE_TYPE_UNKNOWN;
    }
    if (fstat(fd, &st)) {
        set_status_error(errno_to_status(errno));
        return FILE_TYPE_UNKNOWN;
    }
    SetLastError(NO_ERROR);
    if (S_ISREG(st.st_mode) || S_ISBLK(st.st_mode) || S_ISDIR(st.st_mode)) return FILE_TYPE_DISK;
    if (S_ISCHR(st.st_mode)) return FILE_TYPE_CHAR;
    if (S_ISFIFO(st.st_mode) || S_ISSOCK(st.st_mode)) return FILE_TYPE_PIPE;
    return FILE_TYPE_UNKNOWN;
}

/* ---- console ---- */

static int console_fd(HANDLE handle)
{
    NTSTATUS status;
    int fd = handle_to_fd(handle, &status);
    if (fd < 0 || !isatty(fd)) {
        SetLastError(ERROR_INVALID_HANDLE);
        return -1;
    }
    return fd;
}

WINBASEAPI BOOL WINAPI GetConsoleMode(HANDLE handle, LPDWORD mode)
{
    if (console_fd(handle) < 0) return FALSE;
    /* ENABLE_PROCESSED_INPUT|LINE_INPUT|ECHO_INPUT, or PROCESSED_OUTPUT|WRAP_AT_EOL_OUTPUT */
    *mode = handle == params()->StandardInput ? 0x7 : 0x3;
    return TRUE;
}

WINBASEAPI BOOL WINAPI SetConsoleMode(HANDLE handle, DWORD mode)
{
    (void)mode;
    return console_fd(handle) >= 0;
}

WINBASEAPI UINT WINAPI GetConsoleOutputCP(void) { return 65001; }
WINBASEAPI UINT WINAPI GetConsoleCP(void) { return 65001; }
WINBASEAPI BOOL WINAPI SetConsoleOutputCP(UINT cp) { return IsValidCodePage(cp); }
WINBASEAPI BOOL WINAPI SetConsoleCP(UINT cp) { return IsValidCodePage(cp); }

/* The terminal speaks UTF-8: console text is converted, not passed as bytes. */
WINBASEAPI BOOL WINAPI WriteConsoleW(HANDLE handle, LPCVOID buffer, DWORD count, LPDWORD written, LPVOID reserved)
{
    int fd = console_fd(handle), n;
    char stack_buf[1024], *utf8 = stack_buf;
    (void)reserved;

    if (written) *written = 0;
    if (fd < 0) return FALSE;
    if (!count) return TRUE;
    n = utf16_to_utf8(buffer, (int)count, NULL, 0);
    if (n > (int)sizeof(stack_buf) && !(utf8 = malloc(n))) {
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
        return FALSE;
    }
    utf16_to_utf8(buffer, (int)count, utf8, n);
    for (int done = 0; done < n;) {
        ssize_t r = write(fd, utf8 + done, n - done);
        if (r < 0 && errno == EINTR) continue;
        if (r < 0) {
            if (utf8 != stack_buf) free(utf8);
            return set_status_error(errno_to_status(errno));
        }
        done += r;
    }
    if (utf8 != stack_buf) free(utf8);
    if (written) *written = count;
    return TRUE;
}

WINBASEAPI BOOL WINAPI WriteConsoleA(HANDLE handle, LPCVOID buffer, DWORD count, LPDWORD written, LPVOID reserved)
{
    (void)reserved;
    if (console_fd(handle) < 0) {
        if (written) *written = 0;
        return FALSE;
    }
    return WriteFile(handle, buffer, count, written, NULL);
}
