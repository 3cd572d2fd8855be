/*
 * user32's DllMain: a thread that ends loses its windows and its message
 * queue, as on Windows.
 */
#include "user_private.h"

#define DLL_THREAD_DETACH 3

BOOL WINAPI user32_dll_main(HINSTANCE instance, DWORD reason, void *reserved)
{
    (void)instance; (void)reserved;
    if (reason == DLL_THREAD_DETACH) {
        hook_thread_detach();
        queue_thread_detach();
    }
    return TRUE;
}
