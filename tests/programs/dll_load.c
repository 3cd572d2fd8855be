/* dll_load.c - LoadLibrary/GetProcAddress/FreeLibrary of the suite's
 * testdll.dll: exports by name, by ordinal, NONAME and data, DllMain's
 * notifications, reference counting, and the errors for missing things. */
#include "test.h"

typedef int (*binop_fn)(int, int);
typedef int (*void_fn)(void);
typedef void (*set_flag_fn)(volatile int *);

int main(void)
{
    static volatile int detached;
    HMODULE h, h2;
    binop_fn add, add1, mul;
    void_fn hidden;
    set_flag_fn set_flag;
    int *reasons;
    void **reserved;
    HINSTANCE *inst;
    char path[MAX_PATH], *slash;
    FARPROC f;

    ok(GetModuleHandleA("testdll.dll") == NULL, "not loaded before LoadLibrary");
    h = LoadLibraryA("testdll.dll");
    ok(h != NULL, "LoadLibraryA(testdll.dll): %p", h);
    if (!h)
        return test_done();
    ok(((IMAGE_DOS_HEADER *)h)->e_magic == IMAGE_DOS_SIGNATURE, "HMODULE points at MZ");
    ok(GetModuleHandleA("testdll.dll") == h, "GetModuleHandleA after load");
    ok(GetModuleHandleA("TESTDLL") == h, "GetModuleHandleA(TESTDLL)");

    add = (binop_fn)GetProcAddress(h, "testdll_add");
    ok(add && add(2, 3) == 5, "by name: testdll_add(2, 3)");
    add1 = (binop_fn)GetProcAddress(h, MAKEINTRESOURCEA(1));
    ok(add1 == add, "ordinal 1 is testdll_add: %p %p", add1, add);
    mul = (binop_fn)GetProcAddress(h, MAKEINTRESOURCEA(2));
    ok(mul && mul(6, 7) == 42, "by ordinal 2: testdll_mul(6, 7)");
    hidden = (void_fn)GetProcAddress(h, MAKEINTRESOURCEA(3));
    ok(hidden && hidden() == 0x600d, "NONAME export by ordinal 3");
    SetLastError(0xdeadbeef);
    f = GetProcAddress(h, "testdll_hidden");
    ok(f == NULL && GetLastError() == ERROR_PROC_NOT_FOUND, "NONAME export has no name: err %lu", GetLastError());
    SetLastError(0xdeadbeef);
    f = GetProcAddress(h, "testdll_nothing");
    ok(f == NULL && GetLastError() == ERROR_PROC_NOT_FOUND, "missing name: err %lu", GetLastError());
    SetLastError(0xdeadbeef);
    f = GetProcAddress(h, MAKEINTRESOURCEA(99));
    /* Wine says ERROR_PROC_NOT_FOUND; Windows' loader has a distinct
     * STATUS_ORDINAL_NOT_FOUND (ERROR_INVALID_ORDINAL), so allow both */
    ok(f == NULL && (GetLastError() == ERROR_PROC_NOT_FOUND || GetLastError() == ERROR_INVALID_ORDINAL),
       "missing ordinal: err %lu", GetLastError());

    /* data exports: DllMain's record */
    reasons = (int *)GetProcAddress(h, "testdll_reasons");
    reserved = (void **)GetProcAddress(h, "testdll_attach_reserved");
    inst = (HINSTANCE *)GetProcAddress(h, "testdll_instance");
    ok(reasons && reasons[DLL_PROCESS_ATTACH] == 1, "DllMain PROCESS_ATTACH once: %d",
       reasons ? reasons[DLL_PROCESS_ATTACH] : -1);
    ok(reasons && reasons[DLL_PROCESS_DETACH] == 0 && reasons[DLL_THREAD_ATTACH] == 0, "no other calls");
    ok(reserved && *reserved == NULL, "lpReserved is NULL for a dynamic load: %p", reserved ? *reserved : NULL);
    ok(inst && *inst == h, "hinstDLL is the HMODULE");

    /* a second load only counts a reference */
    h2 = LoadLibraryA("TestDll.DLL");
    ok(h2 == h && reasons[DLL_PROCESS_ATTACH] == 1, "second LoadLibrary: same module, no new attach");
    GetModuleFileNameA(NULL, path, sizeof(path));
    slash = strrchr(path, '\\');
    if (slash)
        strcpy(slash + 1, "testdll.dll");
    h2 = LoadLibraryA(path);
    ok(h2 == h, "by full path %s: same module", path);
    ok(FreeLibrary(h) && FreeLibrary(h), "two FreeLibrary calls");
    ok(GetModuleHandleA("testdll.dll") == h && reasons[DLL_PROCESS_DETACH] == 0, "still loaded with one ref");

    set_flag = (set_flag_fn)GetProcAddress(h, "testdll_set_detach_flag");
    ok(set_flag != NULL, "testdll_set_detach_flag");
    if (set_flag)
        set_flag(&detached);
    ok(FreeLibrary(h), "last FreeLibrary");
    ok(detached == 1, "DllMain saw PROCESS_DETACH");
    ok(GetModuleHandleA("testdll.dll") == NULL, "unloaded");

    SetLastError(0xdeadbeef);
    h = LoadLibraryA("winrun_no_such.dll");
    ok(h == NULL && GetLastError() == ERROR_MOD_NOT_FOUND, "missing DLL: err %lu", GetLastError());
    return test_done();
}
