/* system32_view.c - C:\windows\system32 shows the system DLLs: listed by
 * FindFirstFile (beside real files), found by GetFileAttributes, readable
 * with CreateFile, loadable by full path (the same module as by name), and
 * not writable. In winrun they are the builtin DLLs seen through a
 * read-only view (docs/prefix.md). */
#include "test.h"

static char sys[MAX_PATH];

static void path(char *out, const char *name)
{
    lstrcpyA(out, sys);
    lstrcatA(out, "\\");
    lstrcatA(out, name);
}

static int is_wine(void)
{
    return GetProcAddress(GetModuleHandleA("ntdll"), "wine_get_version") != NULL;
}

static void test_directories(void)
{
    char win[MAX_PATH], want[MAX_PATH + 16];
    UINT n = GetSystemDirectoryA(sys, MAX_PATH);

    ok(n > 0 && n < MAX_PATH, "GetSystemDirectoryA: %u %s", n, sys);
    ok(GetWindowsDirectoryA(win, MAX_PATH) > 0, "GetWindowsDirectoryA: %s", win);
    lstrcpyA(want, win);
    lstrcatA(want, "\\system32");
    ok(!lstrcmpiA(sys, want), "system directory %s is %s", sys, want);
}

static void test_attributes_and_read(void)
{
    char name[MAX_PATH + 32], buf[64];
    DWORD attr, size, got;
    HANDLE h;

    path(name, "kernel32.dll");
    attr = GetFileAttributesA(name);
    ok(attr != INVALID_FILE_ATTRIBUTES && !(attr & FILE_ATTRIBUTE_DIRECTORY), "%s: attributes %#lx", name, attr);
    path(name, "KERNEL32.DLL");
    ok(GetFileAttributesA(name) != INVALID_FILE_ATTRIBUTES, "any case: %s", name);
    path(name, "winrun_no_such.dll");
    SetLastError(0xdeadbeef);
    attr = GetFileAttributesA(name);
    ok(attr == INVALID_FILE_ATTRIBUTES && GetLastError() == ERROR_FILE_NOT_FOUND, "%s: %#lx, error %lu", name,
       attr, GetLastError());

    path(name, "ntdll.dll");
    h = CreateFileA(name, GENERIC_READ, FILE_SHARE_READ, NULL, OPEN_EXISTING, 0, NULL);
    ok(h != INVALID_HANDLE_VALUE, "open %s for reading: error %lu", name, GetLastError());
    if (h == INVALID_HANDLE_VALUE) return;
    size = GetFileSize(h, NULL);
    ok(size != INVALID_FILE_SIZE && size > 1024, "GetFileSize: %lu", size);
    ok(ReadFile(h, buf, sizeof(buf), &got, NULL) && got == sizeof(buf), "ReadFile: %lu bytes", got);
    CloseHandle(h);
}

/* the mask's matches in system32: whether NAME is among them, and how many */
static int find(const char *mask, const char *name, int *count)
{
    char pattern[MAX_PATH + 32];
    WIN32_FIND_DATAA data;
    HANDLE h;
    int found = 0;

    *count = 0;
    path(pattern, mask);
    if ((h = FindFirstFileA(pattern, &data)) == INVALID_HANDLE_VALUE) return 0;
    do {
        (*count)++;
        if (!lstrcmpiA(data.cFileName, name)) {
            found = 1;
            ok(!(data.dwFileAttributes & FILE_ATTRIBUTE_DIRECTORY) && (data.nFileSizeLow || data.nFileSizeHigh),
               "%s listed as a file with a size (%#lx, %lu)", data.cFileName, data.dwFileAttributes,
               data.nFileSizeLow);
        }
    } while (FindNextFileA(h, &data));
    FindClose(h);
    return found;
}

static void test_listing(void)
{
    char real[MAX_PATH + 32];
    HANDLE h;
    int count;

    int found;
    DWORD written;

    found = find("*.dll", "kernel32.dll", &count);
    ok(found, "*.dll lists kernel32.dll (%d entries)", count);
    ok(find("*.dll", "ntdll.dll", &count), "*.dll lists ntdll.dll");
    ok(find("*", "msvcrt.dll", &count), "* lists msvcrt.dll");
    found = find("kernel32.dll", "kernel32.dll", &count);
    ok(found && count == 1, "an exact name lists one entry (%d)", count);
    found = find("KERNEL32.*", "kernel32.dll", &count);
    ok(found && count == 1, "KERNEL32.* (%d)", count);
    found = find("*.winrun_none", "kernel32.dll", &count);
    ok(!found && !count, "a mask that matches nothing (%d)", count);

    /* a real file beside the DLLs */
    path(real, "winrun_view_test.txt");
    h = CreateFileA(real, GENERIC_WRITE, 0, NULL, CREATE_ALWAYS, 0, NULL);
    ok(h != INVALID_HANDLE_VALUE, "create %s: error %lu", real, GetLastError());
    ok(WriteFile(h, "data", 4, &written, NULL) && written == 4, "write 4 bytes");
    CloseHandle(h);
    ok(find("*", "winrun_view_test.txt", &count) && find("*", "kernel32.dll", &count),
       "the listing holds the real file and the DLLs");
    ok(DeleteFileA(real), "delete %s", real);
}

static void test_load(void)
{
    char name[MAX_PATH + 32];
    HMODULE h, by_name;

    path(name, "kernel32.dll");
    h = LoadLibraryA(name);
    ok(h && h == GetModuleHandleA("kernel32.dll"), "LoadLibrary(%s) %p is kernel32 %p", name, h,
       GetModuleHandleA("kernel32.dll"));
    path(name, "WINMM.DLL");
    h = LoadLibraryA(name);
    by_name = GetModuleHandleA("winmm.dll");
    ok(h && h == by_name && GetProcAddress(h, "timeGetTime"), "LoadLibrary(%s) %p = winmm %p", name, h, by_name);
    if (h) FreeLibrary(h);
}

static void test_read_only(void)
{
    char name[MAX_PATH + 32], other[MAX_PATH + 32];
    HANDLE h;

    /* Windows keeps system DLLs from users and administrators alike
     * (TrustedInstaller owns them); Wine's prefix files belong to the user,
     * and trying would change Wine's own prefix: winrun only */
    if (is_wine()) {
        trace("Wine: the read-only checks are skipped");
        return;
    }
    path(name, "kernel32.dll");
    path(other, "winrun_renamed.dll");
    SetLastError(0xdeadbeef);
    h = CreateFileA(name, GENERIC_WRITE, 0, NULL, OPEN_EXISTING, 0, NULL);
    ok(h == INVALID_HANDLE_VALUE && GetLastError() == ERROR_ACCESS_DENIED, "open for writing: error %lu",
       GetLastError());
    if (h != INVALID_HANDLE_VALUE) CloseHandle(h);
    SetLastError(0xdeadbeef);
    h = CreateFileA(name, GENERIC_READ, 0, NULL, CREATE_ALWAYS, 0, NULL);
    ok(h == INVALID_HANDLE_VALUE && GetLastError() == ERROR_ACCESS_DENIED, "CREATE_ALWAYS: error %lu",
       GetLastError());
    if (h != INVALID_HANDLE_VALUE) CloseHandle(h);
    SetLastError(0xdeadbeef);
    ok(!DeleteFileA(name) && GetLastError() == ERROR_ACCESS_DENIED, "DeleteFile: error %lu", GetLastError());
    SetLastError(0xdeadbeef);
    ok(!MoveFileA(name, other) && GetLastError() == ERROR_ACCESS_DENIED, "MoveFile: error %lu", GetLastError());
    SetLastError(0xdeadbeef);
    ok(!SetFileAttributesA(name, FILE_ATTRIBUTE_READONLY) && GetLastError() == ERROR_ACCESS_DENIED,
       "SetFileAttributes: error %lu", GetLastError());
    ok(GetFileAttributesA(name) != INVALID_FILE_ATTRIBUTES, "still there");
}

int main(void)
{
    test_directories();
    test_attributes_and_read();
    test_listing();
    test_load();
    test_read_only();
    return test_done();
}
