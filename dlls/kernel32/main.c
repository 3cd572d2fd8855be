/* kernel32's DllMain: per-process set-up that needs the PEB in place. */
#include "kernel32_private.h"

void process_attach(void);

BOOL WINAPI kernel32_dll_main(HINSTANCE instance, DWORD reason, void *reserved)
{
    (void)instance; (void)reserved;
    if (reason == DLL_PROCESS_ATTACH) process_attach();
    return TRUE;
}
