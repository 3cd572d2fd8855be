/* dll_static.c - testdll.dll imported at link time, by name (testdll_add),
 * by ordinal (testdll_hidden is NONAME), and data (testdll_reasons).  The
 * loader resolves all of it and runs DllMain before main. */
#include "test.h"

__declspec(dllimport) int testdll_add(int, int);
__declspec(dllimport) int testdll_hidden(void);
__declspec(dllimport) extern int testdll_reasons[4];
__declspec(dllimport) extern void *testdll_attach_reserved;

/* Find the exe's import descriptor for dll and report how its first two
 * thunks import: 1 by ordinal, 0 by name. */
static int imports(const char *dll, int *ordinals, int *names)
{
    char *base = (char *)GetModuleHandleA(NULL);
    IMAGE_NT_HEADERS64 *nt = (IMAGE_NT_HEADERS64 *)(base + ((IMAGE_DOS_HEADER *)base)->e_lfanew);
    IMAGE_DATA_DIRECTORY *dir = &nt->OptionalHeader.DataDirectory[IMAGE_DIRECTORY_ENTRY_IMPORT];
    IMAGE_IMPORT_DESCRIPTOR *d = (IMAGE_IMPORT_DESCRIPTOR *)(base + dir->VirtualAddress);
    IMAGE_THUNK_DATA64 *t;

    *ordinals = *names = 0;
    for (; d->Name; d++) {
        if (lstrcmpiA(base + d->Name, dll))
            continue;
        for (t = (IMAGE_THUNK_DATA64 *)(base + d->OriginalFirstThunk); t->u1.AddressOfData; t++) {
            if (IMAGE_SNAP_BY_ORDINAL64(t->u1.Ordinal))
                ++*ordinals;
            else
                ++*names;
        }
        return 1;
    }
    return 0;
}

int main(void)
{
    HMODULE h = GetModuleHandleA("testdll.dll");
    int ordinals, names, found;

    found = imports("testdll.dll", &ordinals, &names);
    ok(found && ordinals >= 1 && names >= 1,
       "exe imports testdll by ordinal (%d) and by name (%d)", ordinals, names);
    ok(h != NULL, "testdll.dll loaded before main: %p", h);
    ok(testdll_add(20, 22) == 42, "imported by name: testdll_add");
    ok(testdll_hidden() == 0x600d, "imported by ordinal: testdll_hidden");
    ok(testdll_reasons[DLL_PROCESS_ATTACH] == 1, "DllMain PROCESS_ATTACH ran once: %d",
       testdll_reasons[DLL_PROCESS_ATTACH]);
    ok(testdll_attach_reserved != NULL, "lpReserved non-NULL for a static load: %p", testdll_attach_reserved);
    ok((FARPROC)testdll_add == GetProcAddress(h, "testdll_add"), "import thunk target matches GetProcAddress");
    return test_done();
}
