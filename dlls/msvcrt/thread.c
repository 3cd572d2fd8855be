/*
 * _beginthread(ex) and _endthread(ex): CreateThread with the CRT's own
 * start-up around the routine. The CRT's per-thread data (errno, strtok,
 * ...) is freed by DLL_THREAD_DETACH, which every exit path of a thread
 * runs, so these need no bookkeeping of their own.
 *
 * A _beginthread thread owns its handle and closes it when it ends (so the
 * handle the caller got may be stale by then, as on Windows); a
 * _beginthreadex thread's handle belongs to the caller.
 */
#include <stdlib.h>
#include "crt_private.h"

typedef DWORD (WINAPI *crt_win_thread_proc)(void *);
WINBASEAPI HANDLE WINAPI CreateThread(void *security, SIZE_T stack, crt_win_thread_proc start,
                                      void *arg, DWORD flags, DWORD *id);
WINBASEAPI DWORD WINAPI ResumeThread(HANDLE thread);
NTSYSAPI void WINAPI RtlExitUserThread(DWORD code) __attribute__((noreturn));   /* ExitThread */

#define CREATE_SUSPENDED_FLAG 0x4

typedef void (CDECL *crt_thread_start)(void *);
typedef unsigned int (WINAPI *crt_thread_start_ex)(void *);

struct thread_start {
    crt_thread_start start;      /* _beginthread */
    crt_thread_start_ex start_ex; /* _beginthreadex */
    void *arg;
    HANDLE handle;               /* _beginthread: closed by the thread itself */
};

void CDECL MSVCRT__endthread(void) __attribute__((noreturn));
void CDECL MSVCRT__endthreadex(unsigned int code) __attribute__((noreturn));

static DWORD WINAPI thread_trampoline(void *param)
{
    struct thread_start info = *(struct thread_start *)param;
    free(param);
    if (info.start_ex) MSVCRT__endthreadex(info.start_ex(info.arg));
    crt_thread_data()->beginthread_handle = info.handle;
    info.start(info.arg);
    MSVCRT__endthread();
}

static int errno_from_create(void)
{
    DWORD err = GetLastError();
    return err == ERROR_NOT_ENOUGH_MEMORY || err == ERROR_OUTOFMEMORY ? CRT_EAGAIN
         : err == ERROR_INVALID_PARAMETER ? CRT_EINVAL : CRT_EAGAIN;
}

uintptr_t CDECL MSVCRT__beginthreadex(void *security, unsigned int stack, crt_thread_start_ex start,
                                      void *arg, unsigned int flags, unsigned int *id)
{
    struct thread_start *info;
    HANDLE handle;

    if (!start) {
        crt_invalid_parameter();
        crt_set_errno(CRT_EINVAL);
        return 0;
    }
    if (!(info = calloc(1, sizeof(*info)))) {
        crt_set_errno(CRT_EAGAIN);
        return 0;
    }
    info->start_ex = start;
    info->arg = arg;
    handle = CreateThread(security, stack, thread_trampoline, info, flags, (DWORD *)id);
    if (!handle) {
        crt_set_errno(errno_from_create());
        free(info);
        return 0;
    }
    return (uintptr_t)handle;
}

uintptr_t CDECL MSVCRT__beginthread(crt_thread_start start, unsigned int stack, void *arg)
{
    struct thread_start *info;
    HANDLE handle;

    if (!start) {
        crt_invalid_parameter();
        crt_set_errno(CRT_EINVAL);
        return (uintptr_t)-1;
    }
    if (!(info = calloc(1, sizeof(*info)))) {
        crt_set_errno(CRT_EAGAIN);
        return (uintptr_t)-1;
    }
    info->start = start;
    info->arg = arg;
    /* suspended until the thread's copy of its own handle is in place */
    handle = CreateThread(NULL, stack, thread_trampoline, info, CREATE_SUSPENDED_FLAG, NULL);
    if (!handle) {
        crt_set_errno(errno_from_create());
        free(info);
        return (uintptr_t)-1;
    }
    info->handle = handle;
    ResumeThread(handle);
    return (uintptr_t)handle;
}

void CDECL MSVCRT__endthreadex(unsigned int code)
{
    RtlExitUserThread(code);
}

void CDECL MSVCRT__endthread(void)
{
    HANDLE own = crt_thread_data()->beginthread_handle;
    if (own) CloseHandle(own);
    RtlExitUserThread(0);
}
