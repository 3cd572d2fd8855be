/* testdll.c - the suite's main test DLL.  DllMain records what the loader
 * tells it; functions are exported by name, by ordinal only (NONAME) and
 * as data, with fixed ordinals from testdll.def. */
#include <windows.h>

int testdll_reasons[4];                  /* DllMain calls, by reason */
void *testdll_attach_reserved = (void *)-1; /* lpReserved at PROCESS_ATTACH */
HINSTANCE testdll_instance;              /* hinstDLL at PROCESS_ATTACH */
static volatile int *detach_flag;

BOOL WINAPI DllMain(HINSTANCE inst, DWORD reason, void *reserved)
{
    if (reason < 4)
        testdll_reasons[reason]++;
    if (reason == DLL_PROCESS_ATTACH) {
        testdll_instance = inst;
        testdll_attach_reserved = reserved;
    }
    if (reason == DLL_PROCESS_DETACH && detach_flag)
        *detach_flag = 1;               /* lets the exe see the detach after unload */
    return TRUE;
}

int testdll_add(int a, int b)
{
    return a + b;
}

int testdll_mul(int a, int b)
{
    return a * b;
}

/* exported by ordinal only */
int testdll_hidden(void)
{
    return 0x600d;
}

/* The exe passes a flag that DllMain sets on DLL_PROCESS_DETACH. */
void testdll_set_detach_flag(volatile int *flag)
{
    detach_flag = flag;
}
