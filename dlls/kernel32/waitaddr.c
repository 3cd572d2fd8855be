/*
 * WaitOnAddress (kernelbase's, reached through api-ms-win-core-synch-l1-2-0)
 * over ntdll's RtlWaitOnAddress; the wakes are forwarded in the spec.
 */
#include "kernel32_private.h"

NTSYSAPI NTSTATUS WINAPI RtlWaitOnAddress(const volatile void *, const void *, SIZE_T, const LARGE_INTEGER *);

/* A timeout is FALSE with ERROR_TIMEOUT. */
WINBASEAPI BOOL WINAPI WaitOnAddress(volatile void *address, void *compare, SIZE_T size, DWORD ms)
{
    LARGE_INTEGER timeout;
    NTSTATUS status;

    timeout.QuadPart = (LONGLONG)ms * -10000;
    status = RtlWaitOnAddress(address, compare, size, ms == INFINITE ? NULL : &timeout);
    if (status == STATUS_TIMEOUT) {
        SetLastError(ERROR_TIMEOUT);
        return FALSE;
    }
    return set_status_error(status);
}
