/* delaydll.c - imported by dll_delay.exe through a delay-load import, so
 * it must not be loaded before its first use. */
#include <windows.h>

int delay_value(void)
{
    return 1234;
}

int delay_twice(int x)
{
    return 2 * x;
}
