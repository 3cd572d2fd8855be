/*
 * _resetstkoflw: after a stack overflow was handled, the thread's guard
 * zone (WINRUN_STACK_GUARD_SIZE above the stack's no-access bottom page,
 * see dlls/ntdll/thread.c) is usable stack; this makes it a PAGE_GUARD
 * zone again, so that the next overflow raises EXCEPTION_STACK_OVERFLOW
 * too. It fails (0) while the stack pointer is still inside the zone.
 */
#include "crt_private.h"
#include "winrun/ntdll.h"

WINBASEAPI BOOL WINAPI VirtualProtect(LPVOID, SIZE_T, DWORD, PDWORD);

int CDECL _resetstkoflw(void)
{
    TEB *teb = NtCurrentTeb();
    char *zone = (char *)teb->DeallocationStack + 4096, *sp = (char *)&teb;
    DWORD old;

    if (sp < zone + WINRUN_STACK_GUARD_SIZE + 4096) return 0;
    if (!VirtualProtect(zone, WINRUN_STACK_GUARD_SIZE, PAGE_READWRITE | PAGE_GUARD, &old)) return 0;
    teb->Tib.StackLimit = zone + WINRUN_STACK_GUARD_SIZE;
    return 1;
}
