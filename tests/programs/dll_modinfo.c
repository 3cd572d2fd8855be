/* dll_modinfo.c - finding modules: GetModuleHandleExA by name and
 * FROM_ADDRESS (code and data of a loaded DLL, the exe, kernel32),
 * GetModuleFileNameA of a DLL, reference counts taken by GetModuleHandleEx. */
#include "test.h"

static int exe_data = 1;

/* Which module's image holds p? */
static int in_image(HMODULE m, const void *p)
{
    IMAGE_DOS_HEADER *dos = (IMAGE_DOS_HEADER *)m;
    IMAGE_NT_HEADERS64 *nt = (IMAGE_NT_HEADERS64 *)((char *)m + dos->e_lfanew);
    return (const char *)p >= (char *)m && (const char *)p < (char *)m + nt->OptionalHeader.SizeOfImage;
}

int main(void)
{
    HMODULE h, m, k32 = GetModuleHandleA("kernel32.dll");
    char name[MAX_PATH];
    FARPROC fn, tick;
    DWORD len;
    BOOL b;
    void *heap;

    h = LoadLibraryA("testdll.dll");
    ok(h != NULL, "LoadLibraryA(testdll.dll)");
    if (!h)
        return test_done();
    len = GetModuleFileNameA(h, name, sizeof(name));
    ok(len > 12 && !lstrcmpiA(name + len - 12, "\\testdll.dll"), "GetModuleFileNameA: %s", name);

    fn = GetProcAddress(h, "testdll_add");
    m = NULL;
    b = GetModuleHandleExA(GET_MODULE_HANDLE_EX_FLAG_FROM_ADDRESS | GET_MODULE_HANDLE_EX_FLAG_UNCHANGED_REFCOUNT,
                           (LPCSTR)fn, &m);
    ok(b && m == h, "FROM_ADDRESS on DLL code: %p", m);
    m = NULL;
    b = GetModuleHandleExA(GET_MODULE_HANDLE_EX_FLAG_FROM_ADDRESS | GET_MODULE_HANDLE_EX_FLAG_UNCHANGED_REFCOUNT,
                           (LPCSTR)GetProcAddress(h, "testdll_reasons"), &m);
    ok(b && m == h, "FROM_ADDRESS on DLL data: %p", m);
    m = NULL;
    b = GetModuleHandleExA(GET_MODULE_HANDLE_EX_FLAG_FROM_ADDRESS | GET_MODULE_HANDLE_EX_FLAG_UNCHANGED_REFCOUNT,
                           (LPCSTR)main, &m);
    ok(b && m == GetModuleHandleA(NULL), "FROM_ADDRESS on exe code: %p", m);
    m = NULL;
    b = GetModuleHandleExA(GET_MODULE_HANDLE_EX_FLAG_FROM_ADDRESS | GET_MODULE_HANDLE_EX_FLAG_UNCHANGED_REFCOUNT,
                           (LPCSTR)&exe_data, &m);
    ok(b && m == GetModuleHandleA(NULL), "FROM_ADDRESS on exe data: %p", m);

    /* kernel32's GetTickCount may itself be forwarded (to kernelbase):
     * the answer must be the module whose image holds the address. */
    tick = GetProcAddress(k32, "GetTickCount");
    m = NULL;
    b = GetModuleHandleExA(GET_MODULE_HANDLE_EX_FLAG_FROM_ADDRESS | GET_MODULE_HANDLE_EX_FLAG_UNCHANGED_REFCOUNT,
                           (LPCSTR)tick, &m);
    ok(b && m && in_image(m, (void *)tick), "FROM_ADDRESS on GetTickCount %p: module %p", tick, m);
    m = NULL;
    b = GetModuleHandleExA(GET_MODULE_HANDLE_EX_FLAG_FROM_ADDRESS | GET_MODULE_HANDLE_EX_FLAG_UNCHANGED_REFCOUNT,
                           (LPCSTR)k32 + 0x10, &m);
    ok(b && m == k32, "FROM_ADDRESS inside kernel32's headers: %p", m);
    m = NULL;
    b = GetModuleHandleExA(GET_MODULE_HANDLE_EX_FLAG_FROM_ADDRESS | GET_MODULE_HANDLE_EX_FLAG_UNCHANGED_REFCOUNT,
                           (LPCSTR)GetProcAddress(k32, "GetModuleHandleExA"), &m);
    ok(b && m && in_image(m, (void *)GetProcAddress(k32, "GetModuleHandleExA")), "FROM_ADDRESS on another kernel32 export");

    heap = HeapAlloc(GetProcessHeap(), 0, 16);
    m = (HMODULE)0xdeadbeef;
    SetLastError(0xdeadbeef);
    b = GetModuleHandleExA(GET_MODULE_HANDLE_EX_FLAG_FROM_ADDRESS | GET_MODULE_HANDLE_EX_FLAG_UNCHANGED_REFCOUNT,
                           (LPCSTR)heap, &m);
    ok(!b && m == NULL && GetLastError() == ERROR_MOD_NOT_FOUND, "heap address: no module, err %lu",
       GetLastError());
    HeapFree(GetProcessHeap(), 0, heap);

    /* without UNCHANGED_REFCOUNT a reference is taken: one FreeLibrary
     * then leaves the DLL loaded */
    b = GetModuleHandleExA(0, "testdll.dll", &m);
    ok(b && m == h, "GetModuleHandleExA by name takes a reference");
    ok(FreeLibrary(h) && GetModuleHandleA("testdll.dll") == h, "still loaded after one FreeLibrary");
    ok(FreeLibrary(h) && GetModuleHandleA("testdll.dll") == NULL, "unloaded after the second");

    SetLastError(0xdeadbeef);
    m = (HMODULE)0xdeadbeef;
    b = GetModuleHandleExA(0, "testdll.dll", &m);
    ok(!b && m == NULL && GetLastError() == ERROR_MOD_NOT_FOUND, "by name when not loaded: err %lu",
       GetLastError());
    return test_done();
}
