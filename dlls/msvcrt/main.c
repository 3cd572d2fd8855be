/* The C runtime's DllMain: argv, environ, fds and stdio set up at attach. */
#include "crt_private.h"

void startup_init(void);
void locks_init(void);
void locale_init(void);

BOOL WINAPI crt_dll_main(HINSTANCE instance, DWORD reason, void *reserved)
{
    (void)instance; (void)reserved;
    if (reason == DLL_PROCESS_ATTACH) {
        locks_init();
        exit_init();
        locale_init();
        time_init();
        lowio_init();
        stdio_init();
        startup_init();
    } else if (reason == DLL_THREAD_DETACH) {
        crt_thread_detach();
    } else if (reason == DLL_PROCESS_DETACH) {
        stdio_flush_all();
    }
    return TRUE;
}
