/* The thread's last error, kept in the TEB where programs also read it, and
 * the process's error mode. */
#include "kernel32_private.h"

WINBASEAPI DWORD WINAPI GetLastError(void)
{
    return NtCurrentTeb()->LastErrorValue;
}

WINBASEAPI void WINAPI SetLastError(DWORD error)
{
    NtCurrentTeb()->LastErrorValue = error;
}

/* The process's error mode: which hard-error dialogs the system would show
 * (none are ever shown here), kept so that programs read back what they
 * set. SEM_NOALIGNMENTFAULTEXCEPT cannot be cleared once set. */
static UINT error_mode;

WINBASEAPI UINT WINAPI SetErrorMode(UINT mode)
{
    UINT old = __atomic_load_n(&error_mode, __ATOMIC_RELAXED);
    while (!__atomic_compare_exchange_n(&error_mode, &old, mode | (old & 0x0004 /* SEM_NOALIGNMENTFAULTEXCEPT */),
                                        0, __ATOMIC_RELAXED, __ATOMIC_RELAXED))
        ;
    return old;
}

WINBASEAPI UINT WINAPI GetErrorMode(void)
{
    return __atomic_load_n(&error_mode, __ATOMIC_RELAXED);
}
