/* bad_dll.c - LoadLibrary of malformed DLLs fails with ERROR_BAD_EXE_FORMAT
 * and leaves the process (and its loader) working: each case is a copy of
 * the suite's testdll.dll with one header or directory field corrupted,
 * written to the temporary directory. */
#include "test.h"

static char dir[MAX_PATH];
static BYTE *good;
static DWORD good_size;

static DWORD get32(DWORD off) { DWORD v; memcpy(&v, good + off, 4); return v; }

/* Writes testdll.dll with SIZE bytes, the DWORD at OFF set to VALUE (no
 * change when OFF is 0), and tries to load it. */
static void try_load(const char *name, DWORD size, DWORD off, DWORD value, DWORD want_error)
{
    char path[MAX_PATH];
    HANDLE file;
    DWORD written;
    HMODULE h;
    BYTE *copy = malloc(good_size);

    memcpy(copy, good, good_size);
    if (off) memcpy(copy + off, &value, 4);
    snprintf(path, sizeof(path), "%sbad_dll_%s.dll", dir, name);
    file = CreateFileA(path, GENERIC_WRITE, 0, NULL, CREATE_ALWAYS, 0, NULL);
    WriteFile(file, copy, size, &written, NULL);
    CloseHandle(file);
    free(copy);

    SetLastError(0xdeadbeef);
    h = LoadLibraryA(path);
    ok(!h && GetLastError() == want_error, "%s: LoadLibrary %p, error %lu", name, h, GetLastError());
    if (h) FreeLibrary(h);
    DeleteFileA(path);
}

int main(void)
{
    HANDLE file;
    DWORD lfanew, opt, dirs;
    HMODULE h;
    char path[MAX_PATH];

    GetModuleFileNameA(NULL, path, sizeof(path));
    strcpy(strrchr(path, '\\') + 1, "testdll.dll");
    file = CreateFileA(path, GENERIC_READ, FILE_SHARE_READ, NULL, OPEN_EXISTING, 0, NULL);
    ok(file != INVALID_HANDLE_VALUE, "open %s", path);
    if (file == INVALID_HANDLE_VALUE) return test_done();
    good_size = GetFileSize(file, NULL);
    good = malloc(good_size);
    ReadFile(file, good, good_size, &good_size, NULL);
    CloseHandle(file);
    GetTempPathA(sizeof(dir), dir);

    lfanew = get32(0x3c);
    opt = lfanew + 4 + sizeof(IMAGE_FILE_HEADER);
    dirs = opt + offsetof(IMAGE_OPTIONAL_HEADER64, DataDirectory);

    try_load("text", 64, 0x0, 0x74786574, ERROR_BAD_EXE_FORMAT);
    try_load("truncated", 1024, 0, 0, ERROR_BAD_EXE_FORMAT);
    try_load("no_pe_signature", good_size, lfanew, 0x12345678, ERROR_BAD_EXE_FORMAT);
    try_load("lfanew_outside", good_size, 0x3c, 0x7ffffff0, ERROR_BAD_EXE_FORMAT);
    try_load("image_size_0", good_size, opt + offsetof(IMAGE_OPTIONAL_HEADER64, SizeOfImage), 0,
             ERROR_BAD_EXE_FORMAT);
    try_load("section_raw_outside", good_size,
             opt + get32(lfanew + 4 + 16) % 0x10000 + offsetof(IMAGE_SECTION_HEADER, PointerToRawData),
             0x7ffffff0, ERROR_BAD_EXE_FORMAT);
    /* data directories pointing outside the image: Wine 8 follows the import
     * directory without a check and faults inside LoadLibrary, so these are
     * winrun's own contract (refused like a bad header), not Wine-checked */
    if (!GetProcAddress(GetModuleHandleA("ntdll"), "wine_get_version")) {
        try_load("import_outside", good_size, dirs + IMAGE_DIRECTORY_ENTRY_IMPORT * 8, 0x7ffffff0,
                 ERROR_BAD_EXE_FORMAT);
        try_load("reloc_outside", good_size, dirs + IMAGE_DIRECTORY_ENTRY_BASERELOC * 8, 0x7ffffff0,
                 ERROR_BAD_EXE_FORMAT);
    }

    /* the loader is still sound: the real DLL loads and works */
    h = LoadLibraryA("testdll.dll");
    ok(h != NULL, "LoadLibrary(testdll.dll) after the failures: %p", h);
    ok(h && GetProcAddress(h, "testdll_add") != NULL, "GetProcAddress after the failures");
    if (h) FreeLibrary(h);
    return test_done();
}
