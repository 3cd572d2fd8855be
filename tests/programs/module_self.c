/* module_self.c - the exe's own module: HMODULE, headers, file name, and
 * GetModuleHandle of the always-loaded system DLLs. */
#include "test.h"

extern IMAGE_DOS_HEADER __ImageBase;   /* provided by the linker */

int main(void)
{
    HMODULE self = GetModuleHandleA(NULL);
    IMAGE_DOS_HEADER *dos = (IMAGE_DOS_HEADER *)self;
    IMAGE_NT_HEADERS64 *nt;
    char name[MAX_PATH], small[4];
    WCHAR wname[MAX_PATH];
    DWORD len;
    HMODULE h;
    size_t len_s;

    ok(self == (HMODULE)&__ImageBase, "GetModuleHandleA(NULL) %p, image base %p", self, &__ImageBase);
    ok(GetModuleHandleW(NULL) == self, "GetModuleHandleW(NULL) agrees");
    ok(dos->e_magic == IMAGE_DOS_SIGNATURE, "image starts with MZ: 0x%x", dos->e_magic);
    nt = (IMAGE_NT_HEADERS64 *)((char *)self + dos->e_lfanew);
    ok(nt->Signature == IMAGE_NT_SIGNATURE, "PE signature: 0x%lx", nt->Signature);
    ok(nt->FileHeader.Machine == IMAGE_FILE_MACHINE_AMD64, "machine: 0x%x", nt->FileHeader.Machine);
    ok(nt->OptionalHeader.Magic == IMAGE_NT_OPTIONAL_HDR64_MAGIC, "PE32+ magic: 0x%x", nt->OptionalHeader.Magic);
    /* main lives inside the mapped image */
    ok((char *)main > (char *)self && (char *)main < (char *)self + nt->OptionalHeader.SizeOfImage,
       "main %p inside image %p + 0x%lx", main, self, nt->OptionalHeader.SizeOfImage);

    len = GetModuleFileNameA(NULL, name, sizeof(name));
    len_s = strlen(name);
    ok(len == len_s && len > 16 && !lstrcmpiA(name + len - 16, "\\module_self.exe"),
       "GetModuleFileNameA: %lu %s", len, name);
    ok(name[1] == ':' || name[0] == '\\', "file name is a Windows path: %s", name);
    len = GetModuleFileNameW(NULL, wname, MAX_PATH);
    ok(len == len_s && !lstrcmpiW(wname + len - 16, L"\\module_self.exe"), "GetModuleFileNameW: %s", dbgstr_w(wname));

    /* too small a buffer: truncated, returns the size given.  Windows since
     * Vista also terminates it (small[3] == 0, per the documentation) but
     * Wine 8 keeps the XP behaviour, so that is not checked. */
    SetLastError(0xdeadbeef);
    len = GetModuleFileNameA(NULL, small, sizeof(small));
    ok(len == sizeof(small) && GetLastError() == ERROR_INSUFFICIENT_BUFFER && !memcmp(small, name, 3),
       "GetModuleFileNameA short buffer: %lu err %lu", len, GetLastError());

    h = GetModuleHandleA("kernel32.dll");
    ok(h != NULL && ((IMAGE_DOS_HEADER *)h)->e_magic == IMAGE_DOS_SIGNATURE, "kernel32.dll: %p", h);
    ok(GetModuleHandleA("KERNEL32") == h, "GetModuleHandle adds .dll and ignores case");
    ok(GetModuleHandleW(L"Kernel32.Dll") == h, "GetModuleHandleW(Kernel32.Dll)");
    ok(GetModuleHandleA("ntdll.dll") != NULL, "ntdll.dll is loaded");
    ok(GetModuleHandleA("msvcrt.dll") != NULL, "msvcrt.dll is loaded (imported by the exe)");

    SetLastError(0xdeadbeef);
    h = GetModuleHandleA("no_such_module.dll");
    ok(h == NULL && GetLastError() == ERROR_MOD_NOT_FOUND, "missing module: %p err %lu", h, GetLastError());
    return test_done();
}
