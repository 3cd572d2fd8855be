/* dll_delay.c - a delay-load import: delaydll.dll is linked through the
 * delay import library made by dlltool --output-delaylib, so it is loaded
 * on the first call (by mingw's __delayLoadHelper2), not at start-up. */
#include "test.h"

int delay_value(void);
int delay_twice(int);

int main(void)
{
    char *base = (char *)GetModuleHandleA(NULL);
    IMAGE_NT_HEADERS64 *nt = (IMAGE_NT_HEADERS64 *)(base + ((IMAGE_DOS_HEADER *)base)->e_lfanew);
    IMAGE_DATA_DIRECTORY *dir = &nt->OptionalHeader.DataDirectory[IMAGE_DIRECTORY_ENTRY_IMPORT];
    IMAGE_IMPORT_DESCRIPTOR *d;
    int normal = 0, v;
    HMODULE h;

    /* GNU ld leaves the delay-import data directory empty (mingw's helper
     * finds the descriptors by symbol), so only check that delaydll.dll is
     * not an ordinary import. */
    for (d = (IMAGE_IMPORT_DESCRIPTOR *)(base + dir->VirtualAddress); d->Name; d++)
        normal |= !lstrcmpiA(base + d->Name, "delaydll.dll");
    ok(!normal, "delaydll.dll is not in the ordinary import directory");
    ok(GetModuleHandleA("delaydll.dll") == NULL, "delaydll.dll not loaded before the first call");
    v = delay_value();
    ok(v == 1234, "first call through the delay-load thunk: %d", v);
    h = GetModuleHandleA("delaydll.dll");
    ok(h != NULL, "delaydll.dll loaded after the call: %p", h);
    ok(delay_twice(21) == 42, "second function of the same DLL");
    ok(delay_value() == 1234, "second call goes straight through");
    return test_done();
}
