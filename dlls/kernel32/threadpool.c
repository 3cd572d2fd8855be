/*
 * The Win32 thread-pool calls whose signature or error convention differs
 * from ntdll's Tp and Rtl ones; the rest are forwarded in the spec, as on
 * Windows.
 */
#include "kernel32_private.h"


NTSYSAPI NTSTATUS WINAPI TpAllocPool(void **, void *);
NTSYSAPI NTSTATUS WINAPI TpSetPoolMinThreads(void *, DWORD);
NTSYSAPI NTSTATUS WINAPI TpAllocWork(void **, void *, void *, void *);
NTSYSAPI NTSTATUS WINAPI TpAllocTimer(void **, void *, void *, void *);
NTSYSAPI NTSTATUS WINAPI TpAllocWait(void **, void *, void *, void *);
NTSYSAPI NTSTATUS WINAPI TpSimpleTryPost(void *, void *, void *);
NTSYSAPI NTSTATUS WINAPI TpCallbackMayRunLong(void *);
NTSYSAPI NTSTATUS WINAPI RtlQueueWorkItem(void *, void *, ULONG);
NTSYSAPI NTSTATUS WINAPI RtlRegisterWait(HANDLE *, HANDLE, void *, void *, ULONG, ULONG);
NTSYSAPI NTSTATUS WINAPI RtlDeregisterWaitEx(HANDLE, HANDLE);

WINBASEAPI void *WINAPI CreateThreadpool(void *reserved)
{
    void *pool;
    return set_status_error(TpAllocPool(&pool, reserved)) ? pool : NULL;
}

WINBASEAPI BOOL WINAPI SetThreadpoolThreadMinimum(void *pool, DWORD min)
{
    return set_status_error(TpSetPoolMinThreads(pool, min));
}

WINBASEAPI void *WINAPI CreateThreadpoolWork(void *callback, void *context, void *environment)
{
    void *work;
    return set_status_error(TpAllocWork(&work, callback, context, environment)) ? work : NULL;
}

WINBASEAPI void *WINAPI CreateThreadpoolTimer(void *callback, void *context, void *environment)
{
    void *timer;
    return set_status_error(TpAllocTimer(&timer, callback, context, environment)) ? timer : NULL;
}

WINBASEAPI void *WINAPI CreateThreadpoolWait(void *callback, void *context, void *environment)
{
    void *wait;
    return set_status_error(TpAllocWait(&wait, callback, context, environment)) ? wait : NULL;
}

WINBASEAPI BOOL WINAPI TrySubmitThreadpoolCallback(void *callback, void *context, void *environment)
{
    return set_status_error(TpSimpleTryPost(callback, context, environment));
}

/* FALSE, with no last error of its own, when no other thread can be had. */
WINBASEAPI BOOL WINAPI CallbackMayRunLong(void *instance)
{
    return TpCallbackMayRunLong(instance) == STATUS_SUCCESS;
}

WINBASEAPI BOOL WINAPI QueueUserWorkItem(void *function, void *context, ULONG flags)
{
    return set_status_error(RtlQueueWorkItem(function, context, flags));
}

WINBASEAPI BOOL WINAPI RegisterWaitForSingleObject(HANDLE *wait, HANDLE object, void *callback, void *context,
                                                   ULONG ms, ULONG flags)
{
    /* WT_EXECUTEINWAITTHREAD and the other thread choices: a worker serves */
    return set_status_error(RtlRegisterWait(wait, object, callback, context, ms, flags));
}

/* A callback still running is ERROR_IO_PENDING, with FALSE, as on Windows. */
WINBASEAPI BOOL WINAPI UnregisterWaitEx(HANDLE wait, HANDLE event)
{
    NTSTATUS status = RtlDeregisterWaitEx(wait, event);
    if (status == STATUS_PENDING) {
        SetLastError(ERROR_IO_PENDING);
        return FALSE;
    }
    return set_status_error(status);
}

WINBASEAPI BOOL WINAPI UnregisterWait(HANDLE wait)
{
    return UnregisterWaitEx(wait, NULL);
}
