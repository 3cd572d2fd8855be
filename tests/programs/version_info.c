/* version.dll: GetFileVersionInfo* and VerQueryValue on this program's own
 * VERSIONINFO resource (version_info.rc), the errors, a builtin DLL's
 * version and VerLanguageName. Expectations checked under Wine. */
#include <windows.h>
#include <string.h>
#include "test.h"

static char self[MAX_PATH];

static void test_sizes(DWORD *size_out)
{
    HRSRC res = FindResourceA(NULL, MAKEINTRESOURCEA(VS_VERSION_INFO), MAKEINTRESOURCEA(16));
    DWORD handle = 0xdead, size, reslen = res ? SizeofResource(NULL, res) : 0;
    WCHAR selfW[MAX_PATH];

    ok(reslen > 0, "own version resource found (%lu bytes)\n", reslen);
    SetLastError(0xdead);
    size = GetFileVersionInfoSizeA(self, &handle);
    ok(size == reslen * 2 + 4, "size %lu, resource %lu: twice plus 4\n", size, reslen);
    ok(handle == 0, "handle %lu\n", handle);
    ok(GetLastError() == 0, "last error %lu after success\n", GetLastError());
    MultiByteToWideChar(CP_ACP, 0, self, -1, selfW, MAX_PATH);
    ok(GetFileVersionInfoSizeW(selfW, NULL) == size, "W size\n");
    ok(GetFileVersionInfoSizeExW(FILE_VER_GET_NEUTRAL, selfW, &handle) == size, "Ex neutral size\n");
    ok(GetFileVersionInfoSizeExA(FILE_VER_GET_LOCALISED, self, &handle) == size, "ExA localised size\n");
    *size_out = size;
}

static void test_fixed(const void *block)
{
    VS_FIXEDFILEINFO *fixed = NULL;
    UINT len = 0;
    WORD *trans = NULL;

    ok(VerQueryValueA(block, "\\", (void **)&fixed, &len), "root query\n");
    ok(len == sizeof(VS_FIXEDFILEINFO), "root len %u\n", len);
    if (!fixed) return;
    ok(fixed->dwSignature == 0xfeef04bd, "signature %lx\n", fixed->dwSignature);
    ok(fixed->dwStrucVersion == 0x10000, "struct version %lx\n", fixed->dwStrucVersion);
    ok(fixed->dwFileVersionMS == 0x00010002 && fixed->dwFileVersionLS == 0x00030004, "file version %lx.%lx\n",
       fixed->dwFileVersionMS, fixed->dwFileVersionLS);
    ok(fixed->dwProductVersionMS == 0x00050006 && fixed->dwProductVersionLS == 0x00070008,
       "product version %lx.%lx\n", fixed->dwProductVersionMS, fixed->dwProductVersionLS);
    ok(fixed->dwFileFlagsMask == 0x3f && fixed->dwFileFlags == VS_FF_PRERELEASE, "flags %lx/%lx\n",
       fixed->dwFileFlags, fixed->dwFileFlagsMask);
    ok(fixed->dwFileOS == VOS_NT_WINDOWS32 && fixed->dwFileType == VFT_APP, "os %lx type %lx\n", fixed->dwFileOS,
       fixed->dwFileType);
    ok(VerQueryValueW(block, L"\\", (void **)&fixed, &len) && len == sizeof(VS_FIXEDFILEINFO), "W root\n");
    ok(VerQueryValueA(block, "", (void **)&fixed, &len) && len == sizeof(VS_FIXEDFILEINFO) &&
       fixed->dwSignature == 0xfeef04bd, "empty path is the root\n");

    len = 0;
    ok(VerQueryValueA(block, "\\VarFileInfo\\Translation", (void **)&trans, &len), "translation\n");
    ok(len == 4 && trans && trans[0] == 0x409 && trans[1] == 1200, "translation len %u %x %x\n", len,
       trans ? trans[0] : 0, trans ? trans[1] : 0);
    ok(VerQueryValueW(block, L"\\VarFileInfo\\Translation", (void **)&trans, &len) && len == 4 && trans[0] == 0x409,
       "W translation\n");
}

static void test_strings(const void *block)
{
    static const struct { const char *key, *value; } strings[] = {
        { "CompanyName", "winrun tests" }, { "FileDescription", "Version resource test" },
        { "FileVersion", "1.2.3.4" }, { "ProductName", "version_info" }, { "ProductVersion", "5.6.7.8" },
    };
    WORD wlength = *(const WORD *)block;
    char path[128];
    WCHAR pathW[128], valueW[64];
    char *value;
    WCHAR *wvalue;
    UINT len;

    ok(!memcmp((const char *)block + wlength, "FE2X", 4), "FE2X signature after the resource\n");
    for (int i = 0; i < (int)(sizeof(strings) / sizeof(strings[0])); i++) {
        strcpy(path, "\\StringFileInfo\\040904b0\\");
        strcat(path, strings[i].key);
        value = NULL;
        len = 0;
        ok(VerQueryValueA(block, path, (void **)&value, &len), "%s found\n", path);
        ok(value && !strcmp(value, strings[i].value), "%s = %s\n", path, value ? value : "(null)");
        ok(len == strlen(strings[i].value) + 1, "%s: A length %u\n", strings[i].key, len);
        /* the ANSI copy lives in the spare half, past wLength + 4 */
        ok(value > (char *)block + wlength + 4, "%s: A copy at offset %d\n", strings[i].key,
           (int)(value - (char *)block));
        MultiByteToWideChar(CP_ACP, 0, path, -1, pathW, 128);
        MultiByteToWideChar(CP_ACP, 0, strings[i].value, -1, valueW, 64);
        wvalue = NULL;
        len = 0;
        ok(VerQueryValueW(block, pathW, (void **)&wvalue, &len), "%s W found\n", path);
        ok(wvalue && !lstrcmpW(wvalue, valueW), "%s W value\n", path);
        ok(len == strlen(strings[i].value) + 1, "%s: W length %u\n", strings[i].key, len);
        ok((char *)wvalue > (char *)block && (char *)wvalue < (char *)block + wlength, "W value in the resource\n");
    }
    ok(VerQueryValueA(block, "\\stringfileinfo\\040904B0\\fileversion", (void **)&value, &len) &&
       !strcmp(value, "1.2.3.4"), "keys are case-insensitive\n");
    ok(VerQueryValueA(block, "StringFileInfo\\\\040904b0\\FileVersion\\", (void **)&value, &len) &&
       !strcmp(value, "1.2.3.4"), "empty components are skipped\n");
    len = 99;
    SetLastError(0xdead);
    ok(!VerQueryValueA(block, "\\StringFileInfo\\040904b0\\Missing", (void **)&value, &len), "missing key\n");
    ok(GetLastError() == ERROR_RESOURCE_TYPE_NOT_FOUND, "missing key error %lu\n", GetLastError());
    ok(len == 0, "missing key len %u\n", len);
    len = 99;
    ok(!VerQueryValueW(block, L"\\StringFileInfo\\040904b1", (void **)&wvalue, &len) && len == 0,
       "missing table W\n");
    ok(!VerQueryValueW(block, L"\\StringFileInfo\\040904b0\\FileVer", (void **)&wvalue, &len), "prefix is no match\n");
}

static void test_errors(DWORD size)
{
    DWORD handle = 0xdead;
    char *buf = malloc(size), path[MAX_PATH], *slash;
    HANDLE file;
    DWORD written;

    SetLastError(0xdead);
    ok(GetFileVersionInfoSizeA("no_such_file_here.dll", &handle) == 0, "missing file\n");
    ok(GetLastError() == ERROR_FILE_NOT_FOUND, "missing file error %lu\n", GetLastError());
    ok(handle == 0, "handle cleared on failure: %lu\n", handle);
    SetLastError(0xdead);
    ok(!GetFileVersionInfoA("no_such_file_here.dll", 0, size, buf), "missing file info\n");
    ok(GetLastError() == ERROR_FILE_NOT_FOUND, "missing file info error %lu\n", GetLastError());
    SetLastError(0xdead);
    ok(!GetFileVersionInfoA(self, 0, size, NULL), "NULL buffer\n");
    ok(GetLastError() == ERROR_INVALID_DATA, "NULL buffer error %lu\n", GetLastError());

    /* a PE file with resources but no version: res_data.exe beside this one */
    strcpy(path, self);
    slash = strrchr(path, '\\');
    strcpy(slash ? slash + 1 : path, "res_data.exe");
    if (GetFileAttributesA(path) != INVALID_FILE_ATTRIBUTES) {
        SetLastError(0xdead);
        ok(GetFileVersionInfoSizeA(path, &handle) == 0, "no version resource\n");
        ok(GetLastError() == ERROR_RESOURCE_DATA_NOT_FOUND, "no version resource error %lu\n", GetLastError());
    } else trace("res_data.exe not beside this program\n");

    /* not a PE file at all */
    file = CreateFileA("version_info_text.tmp", GENERIC_WRITE, 0, NULL, CREATE_ALWAYS, 0, NULL);
    ok(file != INVALID_HANDLE_VALUE, "create text file\n");
    WriteFile(file, "just some text, not a program\r\n", 31, &written, NULL);
    CloseHandle(file);
    SetLastError(0xdead);
    ok(GetFileVersionInfoSizeA("version_info_text.tmp", &handle) == 0, "text file\n");
    ok(GetLastError() == ERROR_RESOURCE_DATA_NOT_FOUND, "text file error %lu\n", GetLastError());
    DeleteFileA("version_info_text.tmp");
    free(buf);
}

static void test_builtin(void)
{
    static const char *dlls[] = { "kernel32.dll", "comctl32.dll", "user32.dll" };
    for (int i = 0; i < 3; i++) {
        DWORD size = GetFileVersionInfoSizeA(dlls[i], NULL);
        VS_FIXEDFILEINFO *fixed = NULL;
        WORD *trans;
        char *buf, path[64], *value = NULL;
        UINT len = 0;

        ok(size > 0, "%s has a version resource (error %lu)\n", dlls[i], GetLastError());
        if (!size) continue;
        buf = malloc(size);
        ok(GetFileVersionInfoA(dlls[i], 0, size, buf), "%s info\n", dlls[i]);
        ok(VerQueryValueA(buf, "\\", (void **)&fixed, &len) && len == sizeof(*fixed), "%s fixed info\n", dlls[i]);
        if (fixed) {
            DWORD major = HIWORD(fixed->dwFileVersionMS);
            ok(fixed->dwSignature == 0xfeef04bd, "%s signature\n", dlls[i]);
            ok(fixed->dwFileType == VFT_DLL, "%s type %lu\n", dlls[i], fixed->dwFileType);
            /* comctl32 without a manifest is 5.8x; Wine's user32 says 5.1 */
            if (i == 1) ok(major == 5 || major == 6, "comctl32 version %lu\n", major);
            else if (i == 0) ok(major >= 6, "%s version %lu.%u\n", dlls[i], major, LOWORD(fixed->dwFileVersionMS));
            trace("%s %lu.%u.%u.%u\n", dlls[i], major, LOWORD(fixed->dwFileVersionMS),
                  HIWORD(fixed->dwFileVersionLS), LOWORD(fixed->dwFileVersionLS));
        }
        ok(VerQueryValueA(buf, "\\VarFileInfo\\Translation", (void **)&trans, &len) && len >= 4, "%s translation\n",
           dlls[i]);
        if (len >= 4) {
            wsprintfA(path, "\\StringFileInfo\\%04x%04x\\FileVersion", trans[0], trans[1]);
            BOOL found = VerQueryValueA(buf, path, (void **)&value, &len);
            ok(found && value && value[0] >= '1' && value[0] <= '9', "%s FileVersion %s\n", dlls[i],
               found && value ? value : "(none)");
        }
        free(buf);
    }
}

/* a full path to a system DLL, and a buffer smaller than the resource */
static void test_path_and_small_buffer(void)
{
    char path[MAX_PATH], small[16];
    DWORD size;

    GetSystemDirectoryA(path, MAX_PATH);
    strcat(path, "\\kernel32.dll");
    size = GetFileVersionInfoSizeA(path, NULL);
    ok(size > 0 && size == GetFileVersionInfoSizeA("kernel32.dll", NULL), "%s: size %lu\n", path, size);

    memset(small, 0xcc, sizeof(small));
    SetLastError(0xdead);
    ok(GetFileVersionInfoA(self, 0, sizeof(small), small), "small buffer accepted\n");
    ok(GetLastError() == 0, "small buffer: last error %lu\n", GetLastError());
    ok(*(WORD *)small > sizeof(small) && *(WORD *)(small + 2) == sizeof(VS_FIXEDFILEINFO),
       "the start of the resource copied: wLength %u\n", *(WORD *)small);
}

static void test_language_names(void)
{
    char name[64];
    WCHAR nameW[64];
    DWORD n;

    /* Wine answers LOCALE_SENGLANGUAGE ("English") and counts the NUL;
     * Windows gives the display name and its length without the NUL */
    if (GetProcAddress(GetModuleHandleA("ntdll"), "wine_get_version")) {
        trace("VerLanguageName skipped under Wine\n");
        return;
    }
    n = VerLanguageNameA(0x409, name, sizeof(name));
    ok(!strcmp(name, "English (United States)"), "0x409: %s\n", name);
    ok(n == strlen(name), "0x409: returned %lu\n", n);
    n = VerLanguageNameW(0x409, nameW, 64);
    ok(!lstrcmpW(nameW, L"English (United States)") && n == 23, "0x409 W: %lu\n", n);
    n = VerLanguageNameA(0x407, name, sizeof(name));
    ok(!strcmp(name, "German (Germany)") && n == 16, "0x407: %s %lu\n", name, n);
    n = VerLanguageNameA(0, name, sizeof(name));
    ok(!strcmp(name, "Language Neutral") && n == 16, "0: %s %lu\n", name, n);
    n = VerLanguageNameA(0x409, name, 8);
    ok(n == 7 && !strcmp(name, "English"), "truncated: %s %lu\n", name, n);
}

static void test_find_file(void)
{
    char cwd[MAX_PATH], sys[MAX_PATH], cur[MAX_PATH], dest[MAX_PATH];
    UINT cur_len, dest_len;
    DWORD ret;
    HANDLE file;

    GetCurrentDirectoryA(MAX_PATH, cwd);
    GetSystemDirectoryA(sys, MAX_PATH);
    file = CreateFileA("version_find.tmp", GENERIC_WRITE, 0, NULL, CREATE_ALWAYS, 0, NULL);
    ok(file != INVALID_HANDLE_VALUE, "create version_find.tmp\n");
    CloseHandle(file);

    cur_len = dest_len = MAX_PATH;
    ret = VerFindFileA(0, "version_find.tmp", NULL, cwd, cur, &cur_len, dest, &dest_len);
    ok(ret == 0, "private file found where it belongs: %lx\n", ret);
    ok(!lstrcmpiA(cur, cwd) && !lstrcmpiA(dest, cwd), "cur %s dest %s\n", cur, dest);
    ok(cur_len == strlen(cwd) + 1 && dest_len == strlen(cwd) + 1, "lengths %u %u\n", cur_len, dest_len);


    cur_len = dest_len = 4;
    ret = VerFindFileA(0, "version_find.tmp", NULL, cwd, cur, &cur_len, dest, &dest_len);
    ok(ret == VFF_BUFFTOOSMALL, "small buffers: %lx\n", ret);
    ok(cur_len == strlen(cwd) + 1 && dest_len == strlen(cwd) + 1, "needed %u %u\n", cur_len, dest_len);
    ok(strlen(dest) == 3 && !strncmp(dest, cwd, 3), "cut to the buffer: %s\n", dest);
    DeleteFileA("version_find.tmp");

    cur_len = dest_len = MAX_PATH;
    ret = VerFindFileA(VFFF_ISSHAREDFILE, "kernel32.dll", NULL, cwd, cur, &cur_len, dest, &dest_len);
    ok(ret == 0, "shared kernel32.dll: %lx\n", ret);
    ok(!lstrcmpiA(cur, sys) && !lstrcmpiA(dest, sys), "shared: cur %s dest %s\n", cur, dest);

    {
        WCHAR curW[MAX_PATH], destW[MAX_PATH], sysW[MAX_PATH];
        GetSystemDirectoryW(sysW, MAX_PATH);
        cur_len = dest_len = MAX_PATH;
        ret = VerFindFileW(VFFF_ISSHAREDFILE, L"kernel32.dll", NULL, NULL, curW, &cur_len, destW, &dest_len);
        ok(ret == 0 && !lstrcmpiW(curW, sysW) && !lstrcmpiW(destW, sysW), "W shared: %lx\n", ret);
        ok(cur_len == (UINT)lstrlenW(sysW) + 1, "W length %u\n", cur_len);
        cur_len = dest_len = MAX_PATH;
        ret = VerFindFileW(VFFF_ISSHAREDFILE, L"no_such_file.dll", NULL, NULL, curW, &cur_len, destW, &dest_len);
        /* found nowhere: no current directory (the flags differ between
         * Wine's A and W faces, so they are not checked) */
        ok(curW[0] == 0 && cur_len == 1 && !lstrcmpiW(destW, sysW), "W missing shared: cur len %u\n", cur_len);
    }
    cur_len = dest_len = MAX_PATH;
    ret = VerFindFileA(VFFF_ISSHAREDFILE, "no_such_file.dll", NULL, cwd, cur, &cur_len, dest, &dest_len);
    ok(cur[0] == 0 && cur_len == 1 && !lstrcmpiA(dest, sys), "A missing shared: cur len %u\n", cur_len);
}

int main(void)
{
    DWORD size = 0;
    char *buf;

    GetModuleFileNameA(NULL, self, MAX_PATH);
    test_sizes(&size);
    if (!size) return test_done();
    buf = malloc(size);
    memset(buf, 0xcc, size);
    SetLastError(0xdead);
    ok(GetFileVersionInfoA(self, 0, size, buf), "GetFileVersionInfoA\n");
    ok(GetLastError() == 0, "last error %lu after success\n", GetLastError());
    test_fixed(buf);
    test_strings(buf);
    memset(buf, 0xcc, size);
    ok(GetFileVersionInfoExW(FILE_VER_GET_NEUTRAL, L"version_info.exe", 0, size, buf) ||
       GetFileVersionInfoA(self, 0, size, buf), "GetFileVersionInfoExW\n");
    test_fixed(buf);
    free(buf);
    test_errors(size);
    test_builtin();
    test_language_names();
    test_path_and_small_buffer();
    test_find_file();
    return test_done();
}
