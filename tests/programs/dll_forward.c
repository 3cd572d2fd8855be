/* dll_forward.c - export forwarders in fwddll.dll: MyTick forwards to
 * kernel32.GetTickCount and fwd_add to testdll.testdll_add, which makes
 * the loader load testdll.dll too.  Reached through static imports (the
 * exe links against fwddll's import library) and through GetProcAddress. */
#include "test.h"

__declspec(dllimport) DWORD MyTick(void);
__declspec(dllimport) int fwd_add(int, int);
__declspec(dllimport) int fwd_local(void);

typedef DWORD (WINAPI *tick_fn)(void);

int main(void)
{
    HMODULE fwd = GetModuleHandleA("fwddll.dll"), k32 = GetModuleHandleA("kernel32.dll");
    HMODULE tdll = GetModuleHandleA("testdll.dll");
    FARPROC p;
    DWORD t;

    ok(fwd != NULL, "fwddll.dll loaded as a static import");
    ok(tdll != NULL, "testdll.dll loaded to resolve the forwarder fwd_add");

    ok(fwd_local() == 77, "ordinary export of the forwarding DLL");
    t = MyTick();
    ok(t - GetTickCount() < 1000 || GetTickCount() - t < 1000, "static import of MyTick gives the tick count: %lu",
       t);
    ok((FARPROC)MyTick == GetProcAddress(k32, "GetTickCount"), "import resolved to the forward target");
    ok(fwd_add(40, 2) == 42, "forwarded to testdll: fwd_add(40, 2)");
    ok((FARPROC)fwd_add == GetProcAddress(tdll, "testdll_add"), "fwd_add is testdll_add");

    p = GetProcAddress(fwd, "MyTick");
    ok(p != NULL && p == GetProcAddress(k32, "GetTickCount"), "GetProcAddress follows the forwarder: %p", p);
    ok(p && ((tick_fn)p)() - GetTickCount() < 1000, "and the function works");
    p = GetProcAddress(fwd, "fwd_add");
    ok(p != NULL && p == GetProcAddress(tdll, "testdll_add"), "GetProcAddress of fwd_add");
    return test_done();
}
