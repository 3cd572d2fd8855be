/* datadll.c - a DLL that kernel_datafile and shell_extracticon load only as
 * data (LOAD_LIBRARY_AS_DATAFILE / AS_IMAGE_RESOURCE): its DllMain ends the
 * process with exit code 99, so a loader that runs it fails the test. */
#include <windows.h>

BOOL WINAPI DllMain(HINSTANCE inst, DWORD reason, void *reserved)
{
    (void)inst; (void)reserved;
    if (reason == DLL_PROCESS_ATTACH) ExitProcess(99);
    return TRUE;
}
