/*
 * One-time initialisation (RTL_RUN_ONCE / INIT_ONCE): one pointer in the
 * program's memory. Low 2 bits: 0 not started, 1 a synchronous init runs,
 * 2 done (the other bits hold the context, whose own low 2 bits must be
 * clear), 3 asynchronous inits run. Threads waiting for a synchronous init
 * sleep on the low 32 bits, which read exactly 1 until it completes.
 */
#include "futex.h"

#define ONCE_IDLE    0
#define ONCE_RUNNING 1
#define ONCE_DONE    2
#define ONCE_ASYNC   3

static ULONG_PTR *once_word(RTL_RUN_ONCE *once)
{
    return (ULONG_PTR *)&once->Ptr;
}

NTSYSAPI void WINAPI RtlRunOnceInitialize(RTL_RUN_ONCE *once)
{
    once->Ptr = NULL;
}

NTSYSAPI NTSTATUS WINAPI RtlRunOnceBeginInitialize(RTL_RUN_ONCE *once, ULONG flags, void **context)
{
    ULONG_PTR *word = once_word(once), v;

    if (flags & ~(RTL_RUN_ONCE_CHECK_ONLY | RTL_RUN_ONCE_ASYNC)) return STATUS_INVALID_PARAMETER;
    for (;;) {
        v = __atomic_load_n(word, __ATOMIC_ACQUIRE);
        switch (v & 3) {
        case ONCE_DONE:
            if (context) *context = (void *)(v & ~(ULONG_PTR)3);
            return STATUS_SUCCESS;
        case ONCE_IDLE:
            if (flags & RTL_RUN_ONCE_CHECK_ONLY) return STATUS_UNSUCCESSFUL;
            if (__atomic_compare_exchange_n(word, &v, (flags & RTL_RUN_ONCE_ASYNC) ? ONCE_ASYNC : ONCE_RUNNING, 0,
                                            __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE))
                return STATUS_PENDING;
            break;
        case ONCE_ASYNC:
            if (flags & RTL_RUN_ONCE_CHECK_ONLY) return STATUS_UNSUCCESSFUL;
            if (!(flags & RTL_RUN_ONCE_ASYNC)) return STATUS_INVALID_PARAMETER;
            return STATUS_PENDING;
        case ONCE_RUNNING:
            if (flags & RTL_RUN_ONCE_CHECK_ONLY) return STATUS_UNSUCCESSFUL;
            if (flags & RTL_RUN_ONCE_ASYNC) return STATUS_INVALID_PARAMETER;
            futex_wait((int *)word, ONCE_RUNNING, NULL);
            break;
        }
    }
}

NTSYSAPI NTSTATUS WINAPI RtlRunOnceComplete(RTL_RUN_ONCE *once, ULONG flags, void *context)
{
    ULONG_PTR *word = once_word(once), v, next;
    BOOL failed = !!(flags & RTL_RUN_ONCE_INIT_FAILED);

    if (flags & ~(RTL_RUN_ONCE_ASYNC | RTL_RUN_ONCE_INIT_FAILED)) return STATUS_INVALID_PARAMETER;
    if ((ULONG_PTR)context & 3) return STATUS_INVALID_PARAMETER;
    if (failed && (flags & RTL_RUN_ONCE_ASYNC)) return STATUS_INVALID_PARAMETER;
    next = failed ? ONCE_IDLE : ((ULONG_PTR)context | ONCE_DONE);
    v = __atomic_load_n(word, __ATOMIC_ACQUIRE);
    if ((flags & RTL_RUN_ONCE_ASYNC) ? (v & 3) != ONCE_ASYNC : v != ONCE_RUNNING)
        return (v & 3) == ONCE_DONE ? STATUS_OBJECT_NAME_COLLISION : STATUS_INVALID_PARAMETER;
    if (!__atomic_compare_exchange_n(word, &v, next, 0, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE))
        return STATUS_OBJECT_NAME_COLLISION;   /* another async init won */
    if (!(flags & RTL_RUN_ONCE_ASYNC)) futex_wake((int *)word, INT_MAX);
    return STATUS_SUCCESS;
}

NTSYSAPI NTSTATUS WINAPI RtlRunOnceExecuteOnce(RTL_RUN_ONCE *once, PRTL_RUN_ONCE_INIT_FN func, void *param,
                                               void **context)
{
    NTSTATUS status = RtlRunOnceBeginInitialize(once, 0, context);
    void *ctx = NULL;

    if (status != STATUS_PENDING) return status;
    if (!func(once, param, &ctx)) {
        RtlRunOnceComplete(once, RTL_RUN_ONCE_INIT_FAILED, NULL);
        return STATUS_UNSUCCESSFUL;
    }
    if ((status = RtlRunOnceComplete(once, 0, ctx))) return status;
    if (context) *context = ctx;
    return STATUS_SUCCESS;
}
