/*
 * QueueUserAPC over NtQueueApcThread: the routine runs in the target
 * thread's next alertable wait, with the data as its one argument.
 */
#include "kernel32_private.h"

NTSYSAPI NTSTATUS WINAPI NtQueueApcThread(HANDLE, void *, ULONG_PTR, ULONG_PTR, ULONG_PTR);

WINBASEAPI DWORD WINAPI QueueUserAPC(void *func, HANDLE thread, ULONG_PTR data)
{
    return set_status_error(NtQueueApcThread(thread, func, data, 0, 0));
}
