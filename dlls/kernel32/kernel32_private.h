/*
 * kernel32 internals: the Win32 layer over ntdll. Functions return through
 * set_status_error() (NTSTATUS -> last error) at the API edge.
 */
#ifndef WINRUN_KERNEL32_PRIVATE_H
#define WINRUN_KERNEL32_PRIVATE_H

#include "winrun/ntdll.h"
#include "winbase.h"
#include "winerror.h"
#include "ntstatus.h"

/* ntdll exports kernel32 builds on */
NTSYSAPI NTSTATUS WINAPI LdrLoadDll(LPCWSTR, DWORD, const UNICODE_STRING *, HMODULE *);
NTSYSAPI NTSTATUS WINAPI LdrGetDllHandle(LPCWSTR, ULONG, const UNICODE_STRING *, HMODULE *);
NTSYSAPI NTSTATUS WINAPI LdrGetProcedureAddress(HMODULE, const ANSI_STRING *, ULONG, PVOID *);
NTSYSAPI NTSTATUS WINAPI LdrUnloadDll(HMODULE);
NTSYSAPI void WINAPI RtlInitUnicodeString(UNICODE_STRING *, const WCHAR *);
NTSYSAPI void WINAPI RtlInitAnsiString(ANSI_STRING *, const char *);
NTSYSAPI void WINAPI RtlAcquirePebLock(void);
NTSYSAPI void WINAPI RtlReleasePebLock(void);
NTSYSAPI NTSTATUS WINAPI RtlQueryEnvironmentVariable_U(PWSTR, PUNICODE_STRING, PUNICODE_STRING);
NTSYSAPI NTSTATUS WINAPI RtlSetEnvironmentVariable(PWSTR *, PUNICODE_STRING, PUNICODE_STRING);

/* A strings -> W strings for the A entry points (CP_ACP), heap-allocated;
 * free with heap_free. NULL in gives NULL out. */
WCHAR *strdup_a_to_w(const char *s);
/* W result -> caller's A buffer of LEN chars with Windows' A-function
 * return convention: chars copied (without NUL) if it fits, else the size
 * needed including the NUL. */
DWORD copy_w_to_a(const WCHAR *src, char *dst, DWORD len);
void *heap_alloc(SIZE_T size);
/* named_pipe.c: CreateFile of "\\.\pipe\NAME" */
BOOL is_pipe_name(const WCHAR *name);
HANDLE named_pipe_open_file(const WCHAR *name, DWORD access, DWORD flags, BOOL inherit);
/* sync.c: a Win32 object name ("Global\x", "Local\x", "x") and the NT
 * attributes naming it; NULL when out of memory. Free n->buffer with
 * heap_free. */
struct object_name {
    OBJECT_ATTRIBUTES attr;
    UNICODE_STRING str;
    WCHAR *buffer;
};
const OBJECT_ATTRIBUTES *object_attributes(struct object_name *n, const WCHAR *name,
                                           const SECURITY_ATTRIBUTES *sa, ULONG attributes);
/* The results of Create* (last error cleared, or ERROR_ALREADY_EXISTS) and
 * Open* functions; both free n->buffer. */
HANDLE created(NTSTATUS status, HANDLE handle, struct object_name *n);
HANDLE opened(NTSTATUS status, HANDLE handle, struct object_name *n);
/* OpenEvent, OpenMutex, OpenWaitableTimer, OpenFileMapping, ...: OPEN is
 * the NtOpen* function of the object type. */
typedef NTSTATUS (WINAPI *open_func)(HANDLE *, ACCESS_MASK, const OBJECT_ATTRIBUTES *);
HANDLE open_object(open_func open, DWORD access, BOOL inherit, LPCWSTR name);
/* The A functions convert the name and call their W twin. */
#define A_TO_W(call_w, name_a)                                       \
    do {                                                             \
        WCHAR *name_w = NULL;                                        \
        HANDLE result;                                               \
        if (name_a && !(name_w = strdup_a_to_w(name_a))) {           \
            SetLastError(ERROR_NOT_ENOUGH_MEMORY);                   \
            return NULL;                                             \
        }                                                            \
        result = call_w;                                             \
        heap_free(name_w);                                           \
        return result;                                               \
    } while (0)
/* FormatMessage's FROM_SYSTEM text for ID (ASCII, "\r\n"-terminated), or NULL */
const char *system_message(DWORD id);
void heap_free(void *ptr);

/* exception.c: installs UnhandledExceptionFilter in ntdll */
void exception_attach(void);

#endif
