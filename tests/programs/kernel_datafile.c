/* kernel_datafile.c - LoadLibraryEx as data: LOAD_LIBRARY_AS_DATAFILE(_EXCLUSIVE)
 * and LOAD_LIBRARY_AS_IMAGE_RESOURCE map a module without running it
 * (datadll.dll's DllMain would exit with 99), hand back the mapping's address
 * tagged +1 or +2, keep it out of GetModuleHandle, and let the resource
 * functions find its resources - also in a 32-bit resource-only DLL, which
 * the test writes itself (its .rsrc RVA differs from its file offset, so a
 * data-file lookup must go through the section table). */
#include "test.h"

#ifndef LOAD_LIBRARY_AS_IMAGE_RESOURCE
#define LOAD_LIBRARY_AS_IMAGE_RESOURCE 0x20
#endif
#ifndef LOAD_LIBRARY_AS_DATAFILE_EXCLUSIVE
#define LOAD_LIBRARY_AS_DATAFILE_EXCLUSIVE 0x40
#endif

static unsigned char pe32[0x400];

static void put16(unsigned char *p, unsigned v) { p[0] = v; p[1] = v >> 8; }
static void put32(unsigned char *p, unsigned long v) { put16(p, v & 0xffff); put16(p + 2, v >> 16); }

/* one resource directory at OFF with a single id entry ID -> TARGET */
static void res_dir(unsigned char *rsrc, unsigned off, unsigned count)
{
    put16(rsrc + off + 14, count);   /* NumberOfIdEntries */
}
static void res_entry(unsigned char *rsrc, unsigned dir, unsigned i, unsigned id, unsigned long target)
{
    put32(rsrc + dir + 16 + i * 8, id);
    put32(rsrc + dir + 20 + i * 8, target);
}

/* A PE32 (i386) DLL with only a .rsrc section at RVA 0x1000, file offset
 * 0x200: string 5 "thirty-two" and RCDATA 101 "PE32 data". */
static DWORD build_pe32(void)
{
    unsigned char *nt = pe32 + 0x40, *opt = nt + 24, *sec = opt + 224, *rsrc = pe32 + 0x200;
    static const char str[] = "thirty-two";
    unsigned i, strings = 160, data = 212, size = 221;

    pe32[0] = 'M'; pe32[1] = 'Z';
    put32(pe32 + 0x3c, 0x40);
    memcpy(nt, "PE\0\0", 4);
    put16(nt + 4, 0x14c);            /* IMAGE_FILE_MACHINE_I386 */
    put16(nt + 6, 1);                /* one section */
    put16(nt + 20, 224);             /* SizeOfOptionalHeader */
    put16(nt + 22, 0x2102);          /* executable, 32-bit, DLL */
    put16(opt, 0x10b);
    put32(opt + 28, 0x10000000);     /* ImageBase */
    put32(opt + 32, 0x1000);         /* SectionAlignment */
    put32(opt + 36, 0x200);          /* FileAlignment */
    put16(opt + 40, 4);
    put16(opt + 48, 4);
    put32(opt + 56, 0x2000);         /* SizeOfImage */
    put32(opt + 60, 0x200);          /* SizeOfHeaders */
    put16(opt + 68, 2);              /* GUI subsystem */
    put32(opt + 92, 16);             /* NumberOfRvaAndSizes */
    put32(opt + 96 + 2 * 8, 0x1000); /* the resource directory */
    put32(opt + 100 + 2 * 8, size);
    memcpy(sec, ".rsrc", 5);
    put32(sec + 8, size);            /* VirtualSize */
    put32(sec + 12, 0x1000);         /* VirtualAddress */
    put32(sec + 16, 0x200);          /* SizeOfRawData */
    put32(sec + 20, 0x200);          /* PointerToRawData */
    put32(sec + 36, 0x40000040);     /* initialised data, readable */

    res_dir(rsrc, 0, 2);
    res_entry(rsrc, 0, 0, 6, 0x80000000 | 32);     /* RT_STRING */
    res_entry(rsrc, 0, 1, 10, 0x80000000 | 56);    /* RT_RCDATA */
    res_dir(rsrc, 32, 1);
    res_entry(rsrc, 32, 0, 1, 0x80000000 | 80);    /* string block 1: ids 0-15 */
    res_dir(rsrc, 56, 1);
    res_entry(rsrc, 56, 0, 101, 0x80000000 | 104);
    res_dir(rsrc, 80, 1);
    res_entry(rsrc, 80, 0, 0, 128);                /* neutral language -> data entry */
    res_dir(rsrc, 104, 1);
    res_entry(rsrc, 104, 0, 0, 144);
    put32(rsrc + 128, 0x1000 + strings);
    put32(rsrc + 132, 52);
    put32(rsrc + 144, 0x1000 + data);
    put32(rsrc + 148, 9);
    put16(rsrc + strings + 5 * 2, 10);             /* ids 0-4 are empty */
    for (i = 0; i < 10; i++) put16(rsrc + strings + 12 + i * 2, str[i]);
    memcpy(rsrc + data, "PE32 data", 9);
    return 0x400;
}

static BOOL write_file(const char *path, const void *data, DWORD size)
{
    HANDLE f = CreateFileA(path, GENERIC_WRITE, 0, NULL, CREATE_ALWAYS, 0, NULL);
    DWORD done = 0;
    BOOL ret;
    if (f == INVALID_HANDLE_VALUE) return FALSE;
    ret = WriteFile(f, data, size, &done, NULL) && done == size;
    CloseHandle(f);
    return ret;
}

static const char *resource(HMODULE mod, LPCSTR name, LPCSTR type, DWORD *size)
{
    HRSRC r = FindResourceA(mod, name, type);
    HGLOBAL g;
    *size = r ? SizeofResource(mod, r) : 0;
    g = r ? LoadResource(mod, r) : NULL;
    return g ? LockResource(g) : NULL;
}

static int types_seen;
static BOOL CALLBACK count_types(HMODULE m, LPSTR type, LONG_PTR param)
{
    (void)m; (void)param;
    if (type == (LPSTR)RT_STRING || type == (LPSTR)RT_RCDATA || type == (LPSTR)RT_GROUP_ICON ||
        (!IS_INTRESOURCE(type) && !strcmp(type, "MYTYPE")))
        types_seen++;
    return TRUE;
}

/* The resources of datadll.dll through handle MOD. */
static void check_datadll(HMODULE mod, const char *how)
{
    char buf[64];
    const char *p;
    DWORD size, error;
    HICON icon;

    p = resource(mod, MAKEINTRESOURCEA(100), (LPCSTR)RT_RCDATA, &size);
    ok(p && size == 6 && !memcmp(p, "ABCDEF", 6), "%s: RCDATA 100 (%lu bytes)", how, size);
    p = resource(mod, "NAMEDRES", "MYTYPE", &size);
    ok(p && size == 11 && !memcmp(p, "custom data", 11), "%s: named resource (%lu bytes)", how, size);
    ok(FindResourceExA(mod, (LPCSTR)RT_RCDATA, MAKEINTRESOURCEA(200), MAKELANGID(LANG_GERMAN, SUBLANG_GERMAN)) != NULL,
       "%s: German RCDATA 200", how);
    ok(LoadStringA(mod, 1, buf, sizeof(buf)) == 11 && !strcmp(buf, "Data string"), "%s: LoadString gave '%s'", how, buf);
    SetLastError(0xdeadbeef);
    ok(!FindResourceA(mod, MAKEINTRESOURCEA(101), (LPCSTR)RT_RCDATA), "%s: a missing name", how);
    error = GetLastError();
    ok(error == ERROR_RESOURCE_NAME_NOT_FOUND, "%s: a missing name: error %lu", how, error);
    types_seen = 0;
    ok(EnumResourceTypesA(mod, count_types, 0), "%s: EnumResourceTypes", how);
    ok(types_seen == 4, "%s: %d of the 4 types seen", how, types_seen);
    icon = LoadImageA(mod, MAKEINTRESOURCEA(5), IMAGE_ICON, 32, 32, 0);
    ok(icon != NULL, "%s: LoadImage of icon group 5", how);
    if (icon) DestroyIcon(icon);
}

int main(void)
{
    char dir[MAX_PATH], path[MAX_PATH + 40], buf[MAX_PATH];
    HMODULE mod, mod2;
    const char *p;
    DWORD size, len;

    mod = LoadLibraryExA("datadll.dll", NULL, LOAD_LIBRARY_AS_DATAFILE);
    ok(mod != NULL, "datadll.dll as a data file: error %lu", GetLastError());
    ok(((ULONG_PTR)mod & 3) == 1, "a data file's handle is tagged +1: %p", mod);
    ok(GetModuleHandleA("datadll.dll") == NULL, "GetModuleHandle does not see a data file");
    SetLastError(0xdeadbeef);
    len = GetModuleFileNameA(mod, buf, sizeof(buf));
    ok(len == 0 && GetLastError() == ERROR_MOD_NOT_FOUND, "GetModuleFileName: %lu, error %lu", len, GetLastError());
    ok(GetProcAddress(mod, "DllMain") == NULL, "no GetProcAddress on a data file");
    check_datadll(mod, "data file");

    /* a second load is a second mapping */
    mod2 = LoadLibraryExA("datadll.dll", NULL, LOAD_LIBRARY_AS_DATAFILE_EXCLUSIVE);
    ok(mod2 && ((ULONG_PTR)mod2 & 3) == 1 && mod2 != mod, "exclusive data file: %p", mod2);
    ok(FreeLibrary(mod2), "FreeLibrary of the exclusive data file");
    ok(FreeLibrary(mod), "FreeLibrary of the data file");

    mod = LoadLibraryExA("datadll.dll", NULL, LOAD_LIBRARY_AS_IMAGE_RESOURCE);
    ok(mod && ((ULONG_PTR)mod & 3) == 2, "an image resource's handle is tagged +2: %p", mod);
    if (mod) check_datadll(mod, "image resource");
    ok(GetModuleHandleA("datadll.dll") == NULL, "GetModuleHandle does not see an image resource");
    ok(FreeLibrary(mod), "FreeLibrary of the image resource");
    mod = LoadLibraryExA("datadll.dll", NULL, LOAD_LIBRARY_AS_IMAGE_RESOURCE | LOAD_LIBRARY_AS_DATAFILE);
    ok(mod && ((ULONG_PTR)mod & 3) == 2, "image resource and data file: tagged +2: %p", mod);
    if (mod) check_datadll(mod, "image resource + data file");
    FreeLibrary(mod);

    /* an exe's resources */
    mod = LoadLibraryExA("res_data.exe", NULL, LOAD_LIBRARY_AS_DATAFILE);
    ok(mod && ((ULONG_PTR)mod & 3) == 1, "res_data.exe as a data file: %p", mod);
    p = mod ? resource(mod, MAKEINTRESOURCEA(100), (LPCSTR)RT_RCDATA, &size) : NULL;
    ok(p && size == 6 && !memcmp(p, "ABCDEF", 6), "res_data.exe's RCDATA 100");
    FreeLibrary(mod);

    /* a module that is loaded already is shared */
    mod = LoadLibraryExA("kernel32.dll", NULL, LOAD_LIBRARY_AS_DATAFILE);
    ok(mod == GetModuleHandleA("kernel32.dll"), "a loaded module is shared: %p", mod);
    FreeLibrary(mod);

    /* a 32-bit resource-only DLL */
    GetTempPathA(sizeof(dir), dir);
    sprintf(path, "%swinrun_res32_%lu.dll", dir, GetCurrentProcessId());
    ok(write_file(path, pe32, build_pe32()), "writing %s", path);
    mod = LoadLibraryExA(path, NULL, LOAD_LIBRARY_AS_DATAFILE);
    ok(mod && ((ULONG_PTR)mod & 3) == 1, "PE32 as a data file: %p, error %lu", mod, GetLastError());
    p = mod ? resource(mod, MAKEINTRESOURCEA(101), (LPCSTR)RT_RCDATA, &size) : NULL;
    ok(p && size == 9 && !memcmp(p, "PE32 data", 9), "PE32 RCDATA 101 (%lu bytes)", size);
    ok(mod && LoadStringA(mod, 5, buf, sizeof(buf)) == 10 && !strcmp(buf, "thirty-two"), "PE32 string 5");
    FreeLibrary(mod);
    mod = LoadLibraryExA(path, NULL, LOAD_LIBRARY_AS_IMAGE_RESOURCE);
    ok(mod && ((ULONG_PTR)mod & 3) == 2, "PE32 as an image resource: %p, error %lu", mod, GetLastError());
    p = mod ? resource(mod, MAKEINTRESOURCEA(101), (LPCSTR)RT_RCDATA, &size) : NULL;
    ok(p && size == 9 && !memcmp(p, "PE32 data", 9), "PE32 image RCDATA 101 (%lu bytes)", size);
    FreeLibrary(mod);

    /* truncated: Windows checks only up to the PE signature for a data file
     * (its resources are then gone), an image resource gets all the checks */
    ok(write_file(path, pe32, 0x200), "writing %s", path);
    mod = LoadLibraryExA(path, NULL, LOAD_LIBRARY_AS_DATAFILE);
    ok(mod && ((ULONG_PTR)mod & 3) == 1, "PE32 without its section as a data file: %p", mod);
    ok(mod && !FindResourceA(mod, MAKEINTRESOURCEA(101), (LPCSTR)RT_RCDATA), "no resources in it");
    if (mod) FreeLibrary(mod);
    SetLastError(0xdeadbeef);
    mod = LoadLibraryExA(path, NULL, LOAD_LIBRARY_AS_IMAGE_RESOURCE);
    ok(!mod && GetLastError() == ERROR_BAD_EXE_FORMAT, "truncated image resource: %p, error %lu", mod, GetLastError());
    ok(write_file(path, pe32, 0x100), "writing %s", path);
    mod = LoadLibraryExA(path, NULL, LOAD_LIBRARY_AS_DATAFILE);
    ok(mod && ((ULONG_PTR)mod & 3) == 1, "PE32 cut in its optional header as a data file: %p", mod);
    ok(mod && !FindResourceA(mod, MAKEINTRESOURCEA(101), (LPCSTR)RT_RCDATA), "no resources in it");
    if (mod) FreeLibrary(mod);
    SetLastError(0xdeadbeef);
    mod = LoadLibraryExA(path, NULL, LOAD_LIBRARY_AS_IMAGE_RESOURCE);
    ok(!mod && GetLastError() == ERROR_BAD_EXE_FORMAT, "truncated image resource: %p, error %lu", mod, GetLastError());
    ok(write_file(path, pe32, 0x41), "writing %s", path);
    SetLastError(0xdeadbeef);
    mod = LoadLibraryExA(path, NULL, LOAD_LIBRARY_AS_DATAFILE);
    ok(!mod && GetLastError() == ERROR_BAD_EXE_FORMAT, "cut in the PE signature: %p, error %lu", mod, GetLastError());

    /* not a PE file; a missing file */
    ok(write_file(path, "just some text, not a PE file", 29), "writing %s", path);
    SetLastError(0xdeadbeef);
    mod = LoadLibraryExA(path, NULL, LOAD_LIBRARY_AS_DATAFILE);
    ok(!mod && GetLastError() == ERROR_BAD_EXE_FORMAT, "text as a data file: %p, error %lu", mod, GetLastError());
    DeleteFileA(path);
    SetLastError(0xdeadbeef);
    mod = LoadLibraryExA("winrun_no_such.dll", NULL, LOAD_LIBRARY_AS_DATAFILE);
    ok(!mod && GetLastError() == ERROR_FILE_NOT_FOUND, "missing data file: %p, error %lu", mod, GetLastError());
    return test_done();
}
