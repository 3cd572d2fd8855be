/*
 * File system redirection switches (Wow64DisableWow64FsRedirection,
 * Wow64RevertWow64FsRedirection) and DelayLoadFailureHook.
 *
 * winrun runs only 64-bit programs, for which there is no redirection to
 * switch: as on 64-bit Windows (and Wine) both calls fail with
 * ERROR_INVALID_FUNCTION and leave *old alone.
 */
#include "kernel32_private.h"
#define DEBUG_CHANNEL CH_MODULE
#include "winrun/debug.h"

WINBASEAPI BOOL WINAPI Wow64DisableWow64FsRedirection(PVOID *old)
{
    (void)old;
    SetLastError(ERROR_INVALID_FUNCTION);
    return FALSE;
}

WINBASEAPI BOOL WINAPI Wow64RevertWow64FsRedirection(PVOID old)
{
    (void)old;
    SetLastError(ERROR_INVALID_FUNCTION);
    return FALSE;
}

/* What a failed delay-loaded import calls instead of the function: fails
   with ERROR_PROC_NOT_FOUND, the way Windows' stubs for system DLLs do. */
static ULONG_PTR WINAPI delay_load_failed(void)
{
    SetLastError(ERROR_PROC_NOT_FOUND);
    return 0;
}

/* The system hook ResolveDelayLoadedAPI calls when neither the DLL nor the
   program's hook produced the function: report it and return a stub. */
WINBASEAPI FARPROC WINAPI DelayLoadFailureHook(LPCSTR dll, LPCSTR function)
{
    if ((ULONG_PTR)function >> 16) WARN("failed to delay load %s.%s\n", dll, function);
    else WARN("failed to delay load %s.%u\n", dll, (unsigned int)(ULONG_PTR)function);
    return (FARPROC)delay_load_failed;
}
