/*
 * Synchronisation entry points over ntdll's: events, mutexes, semaphores,
 * waits, condition variables, one-time initialisation. Critical sections
 * and SRW locks are forwarded to ntdll in the spec; here are the calls
 * whose Win32 signature or error convention differs.
 */
#include <stdio.h>
#include <string.h>
#include "kernel32_private.h"

NTSYSAPI NTSTATUS WINAPI NtDelayExecution(BOOLEAN, const LARGE_INTEGER *);
NTSYSAPI NTSTATUS WINAPI RtlInitializeCriticalSectionEx(RTL_CRITICAL_SECTION *, ULONG, ULONG);

WINBASEAPI DWORD WINAPI SleepEx(DWORD ms, BOOL alertable)
{
    LARGE_INTEGER timeout;
    timeout.QuadPart = (LONGLONG)ms * -10000;
    /* an alertable sleep ends once queued APCs have run */
    return NtDelayExecution((BOOLEAN)alertable, ms == INFINITE ? NULL : &timeout) == STATUS_USER_APC
               ? WAIT_IO_COMPLETION : 0;
}

WINBASEAPI void WINAPI Sleep(DWORD ms)
{
    SleepEx(ms, FALSE);
}

WINBASEAPI BOOL WINAPI InitializeCriticalSectionAndSpinCount(CRITICAL_SECTION *cs, DWORD spin)
{
    RtlInitializeCriticalSectionEx(cs, spin, 0);
    return TRUE;
}

WINBASEAPI BOOL WINAPI InitializeCriticalSectionEx(CRITICAL_SECTION *cs, DWORD spin, DWORD flags)
{
    RtlInitializeCriticalSectionEx(cs, spin, flags);
    return TRUE;
}

/* ---- events, mutexes, semaphores ---- */

#define CREATE_EVENT_MANUAL_RESET 0x1
#define CREATE_EVENT_INITIAL_SET  0x2
#define CREATE_MUTEX_INITIAL_OWNER 0x1
#define WAIT_FAILED ((DWORD)0xffffffff)

NTSYSAPI NTSTATUS WINAPI NtCreateEvent(HANDLE *, ACCESS_MASK, const OBJECT_ATTRIBUTES *, EVENT_TYPE, BOOLEAN);
NTSYSAPI NTSTATUS WINAPI NtOpenEvent(HANDLE *, ACCESS_MASK, const OBJECT_ATTRIBUTES *);
NTSYSAPI NTSTATUS WINAPI NtSetEvent(HANDLE, LONG *);
NTSYSAPI NTSTATUS WINAPI NtResetEvent(HANDLE, LONG *);
NTSYSAPI NTSTATUS WINAPI NtCreateMutant(HANDLE *, ACCESS_MASK, const OBJECT_ATTRIBUTES *, BOOLEAN);
NTSYSAPI NTSTATUS WINAPI NtOpenMutant(HANDLE *, ACCESS_MASK, const OBJECT_ATTRIBUTES *);
NTSYSAPI NTSTATUS WINAPI NtReleaseMutant(HANDLE, LONG *);
NTSYSAPI NTSTATUS WINAPI NtCreateSemaphore(HANDLE *, ACCESS_MASK, const OBJECT_ATTRIBUTES *, LONG, LONG);
NTSYSAPI NTSTATUS WINAPI NtOpenSemaphore(HANDLE *, ACCESS_MASK, const OBJECT_ATTRIBUTES *);
NTSYSAPI NTSTATUS WINAPI NtReleaseSemaphore(HANDLE, LONG, LONG *);
NTSYSAPI NTSTATUS WINAPI NtWaitForMultipleObjects(ULONG, const HANDLE *, WAIT_TYPE, BOOLEAN, const LARGE_INTEGER *);
NTSYSAPI NTSTATUS WINAPI NtSignalAndWaitForSingleObject(HANDLE, HANDLE, BOOLEAN, const LARGE_INTEGER *);
NTSYSAPI NTSTATUS WINAPI RtlSleepConditionVariableCS(CONDITION_VARIABLE *, RTL_CRITICAL_SECTION *,
                                                     const LARGE_INTEGER *);
NTSYSAPI NTSTATUS WINAPI RtlSleepConditionVariableSRW(CONDITION_VARIABLE *, RTL_SRWLOCK *, const LARGE_INTEGER *,
                                                      ULONG);
NTSYSAPI NTSTATUS WINAPI RtlRunOnceBeginInitialize(RTL_RUN_ONCE *, ULONG, void **);
NTSYSAPI NTSTATUS WINAPI RtlRunOnceComplete(RTL_RUN_ONCE *, ULONG, void *);
NTSYSAPI NTSTATUS WINAPI RtlRunOnceExecuteOnce(RTL_RUN_ONCE *, PRTL_RUN_ONCE_INIT_FN, void *, void **);

/* Object names (struct object_name): "Global\x" lives in
 * \BaseNamedObjects, anything else in the session's directory (we are in
 * session 1), as on Windows: "Local\x" is "x", "Session\N\x" is session
 * N's x and session 0's directory is \BaseNamedObjects. */

static BOOL has_prefix(const WCHAR *s, const WCHAR *prefix)
{
    while (*prefix && *s == *prefix) s++, prefix++;
    return !*prefix;
}

const OBJECT_ATTRIBUTES *object_attributes(struct object_name *n, const WCHAR *name,
                                                  const SECURITY_ATTRIBUTES *sa, ULONG attributes)
{
    static const WCHAR global_dir[] = u"\\BaseNamedObjects\\", session_dir[] = u"\\Sessions\\1\\BaseNamedObjects\\";
    const WCHAR *dir = session_dir;
    WCHAR other_session[40];
    size_t dir_len, len;

    memset(n, 0, sizeof(*n));
    n->attr.Length = sizeof(n->attr);
    n->attr.Attributes = attributes | (sa && sa->bInheritHandle ? OBJ_INHERIT : 0);
    if (sa) n->attr.SecurityDescriptor = sa->lpSecurityDescriptor;
    if (!name || !*name) return &n->attr;
    if (has_prefix(name, u"Global\\")) {
        dir = global_dir;
        name += 7;
    } else if (has_prefix(name, u"Local\\")) {
        name += 6;
    } else if (has_prefix(name, u"Session\\") && name[8] >= '0' && name[8] <= '9') {
        /* "Session\N\x": session N's x; session 0's directory is the global one */
        const WCHAR *p = name + 8;
        unsigned int session = 0, digits = 0;
        while (*p >= '0' && *p <= '9' && digits < 9) session = session * 10 + (*p++ - '0'), digits++;
        if (*p == '\\') {
            name = p + 1;
            if (!session) dir = global_dir;
            else if (session != 1) {
                char text[40];
                int n = snprintf(text, sizeof(text), "\\Sessions\\%u\\BaseNamedObjects\\", session);
                for (int i = 0; i <= n; i++) other_session[i] = (WCHAR)text[i];
                dir = other_session;
            }
        }
    }
    dir_len = wcs_len(dir);
    len = wcs_len(name);
    if (dir_len + len > 0x7ffe || !(n->buffer = heap_alloc((dir_len + len) * sizeof(WCHAR)))) return NULL;
    memcpy(n->buffer, dir, dir_len * sizeof(WCHAR));
    memcpy(n->buffer + dir_len, name, len * sizeof(WCHAR));
    n->str.Buffer = n->buffer;
    n->str.Length = n->str.MaximumLength = (USHORT)((dir_len + len) * sizeof(WCHAR));
    n->attr.ObjectName = &n->str;
    return &n->attr;
}

/* Create* functions clear the last error on success, or set
 * ERROR_ALREADY_EXISTS when they opened an existing named object. */
HANDLE created(NTSTATUS status, HANDLE handle, struct object_name *n)
{
    heap_free(n->buffer);
    if (status == STATUS_OBJECT_NAME_EXISTS) SetLastError(ERROR_ALREADY_EXISTS);
    else if (!set_status_error(status)) return NULL;
    else SetLastError(ERROR_SUCCESS);
    return handle;
}

HANDLE opened(NTSTATUS status, HANDLE handle, struct object_name *n)
{
    heap_free(n->buffer);
    return set_status_error(status) ? handle : NULL;
}

WINBASEAPI HANDLE WINAPI CreateEventExW(SECURITY_ATTRIBUTES *sa, LPCWSTR name, DWORD flags, DWORD access)
{
    const OBJECT_ATTRIBUTES *attr;
    struct object_name n;
    HANDLE handle = NULL;
    NTSTATUS status;

    if (!(attr = object_attributes(&n, name, sa, OBJ_OPENIF))) return created(STATUS_NO_MEMORY, NULL, &n);
    status = NtCreateEvent(&handle, access, attr,
                           (flags & CREATE_EVENT_MANUAL_RESET) ? NotificationEvent : SynchronizationEvent,
                           !!(flags & CREATE_EVENT_INITIAL_SET));
    return created(status, handle, &n);
}

WINBASEAPI HANDLE WINAPI CreateEventW(SECURITY_ATTRIBUTES *sa, BOOL manual_reset, BOOL initial_state, LPCWSTR name)
{
    DWORD flags = (manual_reset ? CREATE_EVENT_MANUAL_RESET : 0) | (initial_state ? CREATE_EVENT_INITIAL_SET : 0);
    return CreateEventExW(sa, name, flags, 0x1f0003 /* EVENT_ALL_ACCESS */);
}

/* The Open* functions of named objects: a name is required. */
HANDLE open_object(open_func open, DWORD access, BOOL inherit, LPCWSTR name)
{
    const OBJECT_ATTRIBUTES *attr;
    struct object_name n;
    HANDLE handle = NULL;

    if (!name) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return NULL;
    }
    if (!(attr = object_attributes(&n, name, NULL, inherit ? OBJ_INHERIT : 0))) return opened(STATUS_NO_MEMORY, NULL, &n);
    NTSTATUS status = open(&handle, access, attr);   /* before reading handle: argument order is unspecified */
    return opened(status, handle, &n);
}

WINBASEAPI HANDLE WINAPI CreateEventA(SECURITY_ATTRIBUTES *sa, BOOL manual_reset, BOOL initial_state, LPCSTR name)
{
    A_TO_W(CreateEventW(sa, manual_reset, initial_state, name_w), name);
}

WINBASEAPI HANDLE WINAPI CreateEventExA(SECURITY_ATTRIBUTES *sa, LPCSTR name, DWORD flags, DWORD access)
{
    A_TO_W(CreateEventExW(sa, name_w, flags, access), name);
}

WINBASEAPI HANDLE WINAPI OpenEventW(DWORD access, BOOL inherit, LPCWSTR name)
{
    return open_object(NtOpenEvent, access, inherit, name);
}

WINBASEAPI HANDLE WINAPI OpenEventA(DWORD access, BOOL inherit, LPCSTR name)
{
    A_TO_W(OpenEventW(access, inherit, name_w), name);
}

WINBASEAPI BOOL WINAPI SetEvent(HANDLE event)
{
    return set_status_error(NtSetEvent(event, NULL));
}

WINBASEAPI BOOL WINAPI ResetEvent(HANDLE event)
{
    return set_status_error(NtResetEvent(event, NULL));
}

WINBASEAPI HANDLE WINAPI CreateMutexExW(SECURITY_ATTRIBUTES *sa, LPCWSTR name, DWORD flags, DWORD access)
{
    const OBJECT_ATTRIBUTES *attr;
    struct object_name n;
    HANDLE handle = NULL;
    NTSTATUS status;

    if (!(attr = object_attributes(&n, name, sa, OBJ_OPENIF))) return created(STATUS_NO_MEMORY, NULL, &n);
    status = NtCreateMutant(&handle, access, attr, !!(flags & CREATE_MUTEX_INITIAL_OWNER));
    return created(status, handle, &n);
}

WINBASEAPI HANDLE WINAPI CreateMutexW(SECURITY_ATTRIBUTES *sa, BOOL owned, LPCWSTR name)
{
    return CreateMutexExW(sa, name, owned ? CREATE_MUTEX_INITIAL_OWNER : 0, 0x1f0001 /* MUTEX_ALL_ACCESS */);
}

WINBASEAPI HANDLE WINAPI CreateMutexA(SECURITY_ATTRIBUTES *sa, BOOL owned, LPCSTR name)
{
    A_TO_W(CreateMutexW(sa, owned, name_w), name);
}

WINBASEAPI HANDLE WINAPI CreateMutexExA(SECURITY_ATTRIBUTES *sa, LPCSTR name, DWORD flags, DWORD access)
{
    A_TO_W(CreateMutexExW(sa, name_w, flags, access), name);
}

WINBASEAPI HANDLE WINAPI OpenMutexW(DWORD access, BOOL inherit, LPCWSTR name)
{
    return open_object(NtOpenMutant, access, inherit, name);
}

WINBASEAPI HANDLE WINAPI OpenMutexA(DWORD access, BOOL inherit, LPCSTR name)
{
    A_TO_W(OpenMutexW(access, inherit, name_w), name);
}

WINBASEAPI BOOL WINAPI ReleaseMutex(HANDLE mutex)
{
    return set_status_error(NtReleaseMutant(mutex, NULL));
}

WINBASEAPI HANDLE WINAPI CreateSemaphoreExW(SECURITY_ATTRIBUTES *sa, LONG initial, LONG max, LPCWSTR name,
                                            DWORD flags, DWORD access)
{
    const OBJECT_ATTRIBUTES *attr;
    struct object_name n;
    HANDLE handle = NULL;
    NTSTATUS status;
    (void)flags;   /* reserved, must be 0 */

    if (!(attr = object_attributes(&n, name, sa, OBJ_OPENIF))) return created(STATUS_NO_MEMORY, NULL, &n);
    status = NtCreateSemaphore(&handle, access, attr, initial, max);
    return created(status, handle, &n);
}

WINBASEAPI HANDLE WINAPI CreateSemaphoreW(SECURITY_ATTRIBUTES *sa, LONG initial, LONG max, LPCWSTR name)
{
    return CreateSemaphoreExW(sa, initial, max, name, 0, 0x1f0003 /* SEMAPHORE_ALL_ACCESS */);
}

WINBASEAPI HANDLE WINAPI CreateSemaphoreA(SECURITY_ATTRIBUTES *sa, LONG initial, LONG max, LPCSTR name)
{
    A_TO_W(CreateSemaphoreW(sa, initial, max, name_w), name);
}

WINBASEAPI HANDLE WINAPI CreateSemaphoreExA(SECURITY_ATTRIBUTES *sa, LONG initial, LONG max, LPCSTR name,
                                            DWORD flags, DWORD access)
{
    A_TO_W(CreateSemaphoreExW(sa, initial, max, name_w, flags, access), name);
}

WINBASEAPI HANDLE WINAPI OpenSemaphoreW(DWORD access, BOOL inherit, LPCWSTR name)
{
    return open_object(NtOpenSemaphore, access, inherit, name);
}

WINBASEAPI HANDLE WINAPI OpenSemaphoreA(DWORD access, BOOL inherit, LPCSTR name)
{
    A_TO_W(OpenSemaphoreW(access, inherit, name_w), name);
}

WINBASEAPI BOOL WINAPI ReleaseSemaphore(HANDLE sem, LONG count, LONG *prev)
{
    return set_status_error(NtReleaseSemaphore(sem, count, prev));
}

/* ---- waits ---- */

static const LARGE_INTEGER *timeout_from_ms(DWORD ms, LARGE_INTEGER *timeout)
{
    if (ms == INFINITE) return NULL;
    timeout->QuadPart = (LONGLONG)ms * -10000;
    return timeout;
}

/* WAIT_OBJECT_0 + i, WAIT_ABANDONED_0 + i, WAIT_TIMEOUT are the NT
 * statuses themselves; anything else is a failure. */
static DWORD wait_result(NTSTATUS status)
{
    if ((ULONG)status >> 16) {
        set_status_error(status);
        return WAIT_FAILED;
    }
    return (DWORD)status;
}

WINBASEAPI DWORD WINAPI WaitForMultipleObjectsEx(DWORD count, const HANDLE *handles, BOOL wait_all, DWORD ms,
                                                 BOOL alertable)
{
    LARGE_INTEGER timeout;
    return wait_result(NtWaitForMultipleObjects(count, handles, wait_all ? WaitAll : WaitAny, (BOOLEAN)alertable,
                                                timeout_from_ms(ms, &timeout)));
}

WINBASEAPI DWORD WINAPI WaitForMultipleObjects(DWORD count, const HANDLE *handles, BOOL wait_all, DWORD ms)
{
    return WaitForMultipleObjectsEx(count, handles, wait_all, ms, FALSE);
}

WINBASEAPI DWORD WINAPI WaitForSingleObjectEx(HANDLE handle, DWORD ms, BOOL alertable)
{
    return WaitForMultipleObjectsEx(1, &handle, FALSE, ms, alertable);
}

WINBASEAPI DWORD WINAPI WaitForSingleObject(HANDLE handle, DWORD ms)
{
    return WaitForMultipleObjectsEx(1, &handle, FALSE, ms, FALSE);
}

WINBASEAPI DWORD WINAPI SignalObjectAndWait(HANDLE signal, HANDLE wait, DWORD ms, BOOL alertable)
{
    LARGE_INTEGER timeout;
    return wait_result(NtSignalAndWaitForSingleObject(signal, wait, (BOOLEAN)alertable,
                                                      timeout_from_ms(ms, &timeout)));
}

/* ---- condition variables and one-time initialisation ---- */

/* A timeout is ERROR_TIMEOUT here, not the WAIT_TIMEOUT of the wait functions. */
static BOOL sleep_result(NTSTATUS status)
{
    if (status == STATUS_TIMEOUT) {
        SetLastError(ERROR_TIMEOUT);
        return FALSE;
    }
    return set_status_error(status);
}

WINBASEAPI BOOL WINAPI SleepConditionVariableCS(CONDITION_VARIABLE *cv, CRITICAL_SECTION *cs, DWORD ms)
{
    LARGE_INTEGER timeout;
    return sleep_result(RtlSleepConditionVariableCS(cv, cs, timeout_from_ms(ms, &timeout)));
}

WINBASEAPI BOOL WINAPI SleepConditionVariableSRW(CONDITION_VARIABLE *cv, SRWLOCK *lock, DWORD ms, ULONG flags)
{
    LARGE_INTEGER timeout;
    return sleep_result(RtlSleepConditionVariableSRW(cv, lock, timeout_from_ms(ms, &timeout), flags));
}

WINBASEAPI BOOL WINAPI InitOnceExecuteOnce(INIT_ONCE *once, PRTL_RUN_ONCE_INIT_FN func, void *param, void **context)
{
    /* no last error of its own: a failing callback sets it, as on Windows */
    return !RtlRunOnceExecuteOnce(once, func, param, context);
}

WINBASEAPI BOOL WINAPI InitOnceBeginInitialize(INIT_ONCE *once, DWORD flags, BOOL *pending, void **context)
{
    NTSTATUS status = RtlRunOnceBeginInitialize(once, flags, context);
    if (!set_status_error(status)) return FALSE;
    *pending = status == STATUS_PENDING;
    return TRUE;
}

WINBASEAPI BOOL WINAPI InitOnceComplete(INIT_ONCE *once, DWORD flags, void *context)
{
    return set_status_error(RtlRunOnceComplete(once, flags, context));
}
