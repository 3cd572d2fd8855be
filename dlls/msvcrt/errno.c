/* errno, _doserrno and the CRT's other per-thread data, in a TLS slot of
 * the CRT's own (not __thread: data handed to Windows code must stay put). */
#include <stdlib.h>
#include "crt_win32.h"

struct thread_data {
    int err;
    ULONG doserr;
    struct crt_thread_data crt;
};

static DWORD tls_index = TLS_OUT_OF_INDEXES;

static struct thread_data *thread_data(void)
{
    struct thread_data *data;
    if (tls_index == TLS_OUT_OF_INDEXES) {
        DWORD index = TlsAlloc();
        DWORD expected = TLS_OUT_OF_INDEXES;
        if (!__atomic_compare_exchange_n(&tls_index, &expected, index, 0, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST))
            TlsFree(index);
    }
    if (!(data = TlsGetValue(tls_index))) {
        data = calloc(1, sizeof(*data));
        TlsSetValue(tls_index, data);
    }
    return data;
}

struct crt_thread_data *crt_thread_data(void)
{
    static struct crt_thread_data fallback;
    struct thread_data *data = thread_data();
    return data ? &data->crt : &fallback;
}

int *CDECL MSVCRT__errno(void)
{
    static int fallback;
    struct thread_data *data = thread_data();
    return data ? &data->err : &fallback;
}

ULONG *CDECL MSVCRT___doserrno(void)
{
    static ULONG fallback;
    struct thread_data *data = thread_data();
    return data ? &data->doserr : &fallback;
}

/* DLL_THREAD_DETACH: the thread is done with errno, strtok, gmtime... */
void crt_thread_detach(void)
{
    struct thread_data *data;
    if (tls_index == TLS_OUT_OF_INDEXES || !(data = TlsGetValue(tls_index))) return;
    TlsSetValue(tls_index, NULL);
    free(data);
}

/* _dosmaperr: the CRT's table of Win32 errors and their errno values */
static const struct { unsigned short win32; unsigned char err; } win32_errors[] = {
    { 1, 22 }, { 2, 2 }, { 3, 2 }, { 4, 24 }, { 5, 13 }, { 6, 9 }, { 7, 12 }, { 8, 12 }, { 9, 12 },
    { 10, 7 }, { 11, 8 }, { 12, 22 }, { 13, 22 }, { 15, 2 }, { 16, 13 }, { 17, 18 }, { 18, 2 },
    { 33, 13 }, { 53, 2 }, { 65, 13 }, { 67, 2 }, { 80, 17 }, { 82, 13 }, { 83, 13 }, { 87, 22 },
    { 89, 11 }, { 108, 13 }, { 109, 32 }, { 112, 28 }, { 114, 9 }, { 128, 10 }, { 129, 10 },
    { 130, 9 }, { 131, 22 }, { 132, 13 }, { 145, 41 }, { 158, 13 }, { 161, 2 }, { 164, 11 },
    { 167, 13 }, { 183, 17 }, { 206, 2 }, { 215, 11 }, { 1816, 12 },
};

void crt_set_errno_win32(DWORD error)
{
    int err = CRT_EINVAL;
    *MSVCRT___doserrno() = error;
    if (error >= 19 && error <= 36) err = CRT_EACCES;           /* write protect .. sharing */
    else if (error >= 188 && error <= 202) err = 8;              /* bad exe formats: ENOEXEC */
    else
        for (size_t i = 0; i < sizeof(win32_errors) / sizeof(win32_errors[0]); i++)
            if (win32_errors[i].win32 == error) { err = win32_errors[i].err; break; }
    crt_set_errno(err);
}

void crt_set_errno(int err)
{
    *MSVCRT__errno() = err;
}

int CDECL MSVCRT__get_errno(int *value)
{
    if (!value) return CRT_EINVAL;
    *value = *MSVCRT__errno();
    return 0;
}

int CDECL MSVCRT__set_errno(int value)
{
    *MSVCRT__errno() = value;
    return 0;
}

/* the Windows CRT's messages, indexed by its errno values */
static const char *const messages[] = {
    "No error", "Operation not permitted", "No such file or directory", "No such process",
    "Interrupted function call", "Input/output error", "No such device or address", "Arg list too long",
    "Exec format error", "Bad file descriptor", "No child processes", "Resource temporarily unavailable",
    "Not enough space", "Permission denied", "Bad address", "Unknown error", "Resource device",
    "File exists", "Improper link", "No such device", "Not a directory", "Is a directory", "Invalid argument",
    "Too many open files in system", "Too many open files", "Inappropriate I/O control operation",
    "Unknown error", "File too large", "No space left on device", "Invalid seek", "Read-only file system",
    "Too many links", "Broken pipe", "Domain error", "Result too large", "Unknown error",
    "Resource deadlock avoided", "Unknown error", "Filename too long", "No locks available",
    "Function not implemented", "Directory not empty", "Illegal byte sequence",
};

char *CDECL MSVCRT_strerror(int err)
{
    if (err < 0 || err >= (int)(sizeof(messages) / sizeof(messages[0]))) return (char *)"Unknown error";
    return (char *)messages[err];
}
