/* fwddll.c - a DLL whose interesting exports are forwarders (see
 * fwddll.def): to kernel32, and to the suite's testdll, which the loader
 * must then load itself.  fwd_local is an ordinary export. */
#include <windows.h>

int fwd_local(void)
{
    return 77;
}
