/* The thread's last error, kept in the TEB where programs also read it. */
#include "kernel32_private.h"

WINBASEAPI DWORD WINAPI GetLastError(void)
{
    return NtCurrentTeb()->LastErrorValue;
}

WINBASEAPI void WINAPI SetLastError(DWORD error)
{
    NtCurrentTeb()->LastErrorValue = error;
}
