/* shell_folders.c - SHGetFolderPath(AndSubDir), SHGetSpecialFolderPath and
 * SHGetKnownFolderPath: the folders agree with the environment a program
 * sees (USERPROFILE, APPDATA, ...), so the test holds in any prefix;
 * missing folders, CSIDL_FLAG_CREATE / KF_FLAG_CREATE, bad arguments. */
#define INITGUID
#include "test.h"
#include <shlobj.h>
#include <knownfolders.h>

#ifndef KF_FLAG_DONT_VERIFY
#define KF_FLAG_DONT_VERIFY 0x4000
#endif
#ifndef KF_FLAG_CREATE
#define KF_FLAG_CREATE 0x8000
#endif

static char *utf8(const WCHAR *w)
{
    static char buf[4][MAX_PATH * 3];
    static int next;
    char *out = buf[next++ & 3];
    if (!WideCharToMultiByte(CP_UTF8, 0, w, -1, out, MAX_PATH * 3, NULL, NULL)) strcpy(out, "?");
    return out;
}

/* OUT = %VAR% followed by TAIL (may be "") */
static BOOL env_path(const WCHAR *var, const WCHAR *tail, WCHAR *out)
{
    DWORD n = GetEnvironmentVariableW(var, out, MAX_PATH);
    if (!n || n >= MAX_PATH) return FALSE;
    if (*tail) lstrcatW(out, tail);
    return TRUE;
}

static BOOL is_dir(const WCHAR *path)
{
    DWORD attr = GetFileAttributesW(path);
    return attr != INVALID_FILE_ATTRIBUTES && (attr & FILE_ATTRIBUTE_DIRECTORY);
}

static const struct {
    int csidl;
    const WCHAR *var, *tail;
} by_env[] = {
    { CSIDL_PROFILE, L"USERPROFILE", L"" },
    { CSIDL_APPDATA, L"APPDATA", L"" },
    { CSIDL_LOCAL_APPDATA, L"LOCALAPPDATA", L"" },
    { CSIDL_PERSONAL, L"USERPROFILE", L"\\Documents" },
    { CSIDL_DESKTOP, L"USERPROFILE", L"\\Desktop" },
    { CSIDL_DESKTOPDIRECTORY, L"USERPROFILE", L"\\Desktop" },
    { CSIDL_MYMUSIC, L"USERPROFILE", L"\\Music" },
    { CSIDL_MYPICTURES, L"USERPROFILE", L"\\Pictures" },
    { CSIDL_MYVIDEO, L"USERPROFILE", L"\\Videos" },
    { CSIDL_FAVORITES, L"USERPROFILE", L"\\Favorites" },
    { CSIDL_STARTMENU, L"APPDATA", L"\\Microsoft\\Windows\\Start Menu" },
    { CSIDL_PROGRAMS, L"APPDATA", L"\\Microsoft\\Windows\\Start Menu\\Programs" },
    { CSIDL_STARTUP, L"APPDATA", L"\\Microsoft\\Windows\\Start Menu\\Programs\\Startup" },
    { CSIDL_WINDOWS, L"SystemRoot", L"" },
    { CSIDL_WINDOWS, L"windir", L"" },
    { CSIDL_SYSTEM, L"SystemRoot", L"\\system32" },
    { CSIDL_FONTS, L"windir", L"\\Fonts" },
    { CSIDL_PROGRAM_FILES, L"ProgramFiles", L"" },
    { CSIDL_PROGRAM_FILESX86, L"ProgramFiles(x86)", L"" },
    { CSIDL_PROGRAM_FILES_COMMON, L"ProgramFiles", L"\\Common Files" },
    { CSIDL_COMMON_APPDATA, L"ProgramData", L"" },
    { CSIDL_COMMON_APPDATA, L"ALLUSERSPROFILE", L"" },
    { CSIDL_COMMON_STARTMENU, L"ProgramData", L"\\Microsoft\\Windows\\Start Menu" },
    { CSIDL_COMMON_DOCUMENTS, L"PUBLIC", L"\\Documents" },
    { CSIDL_COMMON_DESKTOPDIRECTORY, L"PUBLIC", L"\\Desktop" },
};

static void test_csidl_env(void)
{
    WCHAR path[MAX_PATH], want[MAX_PATH];
    HRESULT hr;

    for (size_t i = 0; i < sizeof(by_env) / sizeof(by_env[0]); i++) {
        ok(env_path(by_env[i].var, by_env[i].tail, want), "%s is set", utf8(by_env[i].var));
        /* CREATE: the folder may be absent from a fresh prefix, as on Windows */
        memset(path, 'x', sizeof(path));
        hr = SHGetFolderPathW(NULL, by_env[i].csidl | CSIDL_FLAG_CREATE, NULL, SHGFP_TYPE_CURRENT, path);
        ok(hr == S_OK && !lstrcmpiW(path, want), "csidl %#x: hr %#lx, %s, want %%%s%%%s = %s", by_env[i].csidl,
           hr, utf8(path), utf8(by_env[i].var), utf8(by_env[i].tail), utf8(want));
        ok(is_dir(path), "csidl %#x: %s is a directory", by_env[i].csidl, utf8(path));
        hr = SHGetFolderPathW(NULL, by_env[i].csidl, NULL, SHGFP_TYPE_DEFAULT, path);
        ok(hr == S_OK && !lstrcmpiW(path, want), "csidl %#x default: hr %#lx, %s", by_env[i].csidl, hr, utf8(path));
    }
    ok(GetSystemDirectoryW(want, MAX_PATH) > 0, "GetSystemDirectoryW");
    hr = SHGetFolderPathW(NULL, CSIDL_SYSTEM, NULL, 0, path);
    ok(hr == S_OK && !lstrcmpiW(path, want), "CSIDL_SYSTEM %s = GetSystemDirectory %s", utf8(path), utf8(want));
    ok(GetWindowsDirectoryW(want, MAX_PATH) > 0, "GetWindowsDirectoryW");
    hr = SHGetFolderPathW(NULL, CSIDL_WINDOWS, NULL, 0, path);
    ok(hr == S_OK && !lstrcmpiW(path, want), "CSIDL_WINDOWS %s = GetWindowsDirectory %s", utf8(path), utf8(want));
}

static void test_csidl_errors(void)
{
    /* virtual folders with no path, and numbers no folder has */
    static const int bad[] = { CSIDL_DRIVES, CSIDL_BITBUCKET, CSIDL_NETWORK, 0x7f, 0xff };
    WCHAR path[MAX_PATH];
    HRESULT hr;

    for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
        path[0] = 'x';
        hr = SHGetFolderPathW(NULL, bad[i], NULL, 0, path);
        ok(hr == E_INVALIDARG && !path[0], "csidl %#x: hr %#lx, path %s", bad[i], hr, utf8(path));
    }
    path[0] = 'x';
    hr = SHGetFolderPathW(NULL, CSIDL_APPDATA, NULL, 2, path);
    ok(hr == E_INVALIDARG && !path[0], "flags 2: hr %#lx", hr);
}

static void test_subdir(void)
{
    WCHAR path[MAX_PATH], want[MAX_PATH], outer[MAX_PATH];
    char patha[MAX_PATH], wanta[MAX_PATH];
    HRESULT hr;

    env_path(L"LOCALAPPDATA", L"\\winrun_shell_folders\\inner", want);
    env_path(L"LOCALAPPDATA", L"\\winrun_shell_folders", outer);
    RemoveDirectoryW(want);
    RemoveDirectoryW(outer);

    hr = SHGetFolderPathAndSubDirW(NULL, CSIDL_LOCAL_APPDATA, NULL, 0, L"winrun_shell_folders\\inner", path);
    ok(hr == HRESULT_FROM_WIN32(ERROR_PATH_NOT_FOUND), "missing subdir: hr %#lx", hr);
    ok(!is_dir(want), "not created without CSIDL_FLAG_CREATE");
    hr = SHGetFolderPathAndSubDirA(NULL, CSIDL_LOCAL_APPDATA, NULL, 0, "winrun_shell_folders\\inner", patha);
    ok(hr == HRESULT_FROM_WIN32(ERROR_PATH_NOT_FOUND), "missing subdir (A): hr %#lx", hr);
    hr = SHGetFolderPathAndSubDirW(NULL, CSIDL_LOCAL_APPDATA | CSIDL_FLAG_DONT_VERIFY, NULL, 0,
                                   L"winrun_shell_folders\\inner", path);
    ok(hr == S_OK && !lstrcmpiW(path, want), "DONT_VERIFY: hr %#lx, %s", hr, utf8(path));
    path[0] = 0;
    hr = SHGetFolderPathAndSubDirW(NULL, CSIDL_LOCAL_APPDATA | CSIDL_FLAG_CREATE, NULL, 0,
                                   L"winrun_shell_folders\\inner", path);
    ok(hr == S_OK && !lstrcmpiW(path, want), "CREATE: hr %#lx, %s", hr, utf8(path));
    ok(is_dir(want), "CREATE made %s and its parent", utf8(want));
    hr = SHGetFolderPathAndSubDirA(NULL, CSIDL_LOCAL_APPDATA, NULL, 0, "winrun_shell_folders\\inner", patha);
    WideCharToMultiByte(CP_ACP, 0, want, -1, wanta, MAX_PATH, NULL, NULL);
    ok(hr == S_OK && !lstrcmpiA(patha, wanta), "A: hr %#lx, %s", hr, patha);

    ok(SHCreateDirectoryExW(NULL, want, NULL) == ERROR_ALREADY_EXISTS, "SHCreateDirectoryExW on an existing dir");
    ok(SHCreateDirectoryExW(NULL, L"relative\\dir", NULL) == ERROR_BAD_PATHNAME, "SHCreateDirectoryExW relative");
    ok(RemoveDirectoryW(want) && RemoveDirectoryW(outer), "clean up");
    ok(SHCreateDirectoryExW(NULL, want, NULL) == ERROR_SUCCESS && is_dir(want), "SHCreateDirectoryExW makes parents");
    RemoveDirectoryW(want);
    RemoveDirectoryW(outer);
}

static void test_ansi_special(void)
{
    char path[MAX_PATH], want[MAX_PATH];
    WCHAR wpath[MAX_PATH], wwant[MAX_PATH];
    HRESULT hr;

    ok(GetEnvironmentVariableA("APPDATA", want, MAX_PATH) > 0, "APPDATA is set");
    hr = SHGetFolderPathA(NULL, CSIDL_APPDATA, NULL, 0, path);
    ok(hr == S_OK && !lstrcmpiA(path, want), "SHGetFolderPathA: hr %#lx, %s want %s", hr, path, want);
    ok(SHGetSpecialFolderPathA(NULL, path, CSIDL_APPDATA, FALSE) && !lstrcmpiA(path, want),
       "SHGetSpecialFolderPathA: %s", path);
    env_path(L"USERPROFILE", L"\\Documents", wwant);
    ok(SHGetSpecialFolderPathW(NULL, wpath, CSIDL_PERSONAL, TRUE) && !lstrcmpiW(wpath, wwant),
       "SHGetSpecialFolderPathW: %s", utf8(wpath));
    ok(!SHGetSpecialFolderPathW(NULL, wpath, CSIDL_DRIVES, FALSE), "SHGetSpecialFolderPathW(CSIDL_DRIVES) fails");
}

static const struct {
    const KNOWNFOLDERID *id;
    const char *name;
    const WCHAR *var, *tail;
} known[] = {
    { &FOLDERID_Profile, "Profile", L"USERPROFILE", L"" },
    { &FOLDERID_RoamingAppData, "RoamingAppData", L"APPDATA", L"" },
    { &FOLDERID_LocalAppData, "LocalAppData", L"LOCALAPPDATA", L"" },
    { &FOLDERID_LocalAppDataLow, "LocalAppDataLow", L"USERPROFILE", L"\\AppData\\LocalLow" },
    { &FOLDERID_Documents, "Documents", L"USERPROFILE", L"\\Documents" },
    { &FOLDERID_Downloads, "Downloads", L"USERPROFILE", L"\\Downloads" },
    { &FOLDERID_Desktop, "Desktop", L"USERPROFILE", L"\\Desktop" },
    { &FOLDERID_Windows, "Windows", L"windir", L"" },
    { &FOLDERID_System, "System", L"SystemRoot", L"\\system32" },
    { &FOLDERID_Fonts, "Fonts", L"windir", L"\\Fonts" },
    { &FOLDERID_ProgramFiles, "ProgramFiles", L"ProgramFiles", L"" },
    { &FOLDERID_ProgramFilesX64, "ProgramFilesX64", L"ProgramFiles", L"" },
    { &FOLDERID_ProgramFilesX86, "ProgramFilesX86", L"ProgramFiles(x86)", L"" },
    { &FOLDERID_ProgramData, "ProgramData", L"ProgramData", L"" },
    { &FOLDERID_Public, "Public", L"PUBLIC", L"" },
    { &FOLDERID_PublicDocuments, "PublicDocuments", L"PUBLIC", L"\\Documents" },
};

static void test_known(void)
{
    static const GUID unknown = { 0x12345678, 0x1234, 0x1234, { 1, 2, 3, 4, 5, 6, 7, 8 } };
    WCHAR want[MAX_PATH], *path;
    HRESULT hr;

    for (size_t i = 0; i < sizeof(known) / sizeof(known[0]); i++) {
        env_path(known[i].var, known[i].tail, want);
        path = NULL;
        hr = SHGetKnownFolderPath(known[i].id, KF_FLAG_CREATE, NULL, &path);
        ok(hr == S_OK && path && !lstrcmpiW(path, want), "FOLDERID_%s: hr %#lx, %s, want %s", known[i].name, hr,
           path ? utf8(path) : "(null)", utf8(want));
        CoTaskMemFree(path);
    }

    path = (WCHAR *)1;
    hr = SHGetKnownFolderPath(&unknown, 0, NULL, &path);
    ok(hr == HRESULT_FROM_WIN32(ERROR_FILE_NOT_FOUND) && !path, "unknown id: hr %#lx, path %p", hr, path);

    /* a folder that is not there: removed first (it is empty if present) */
    env_path(L"LOCALAPPDATA", L"\\Microsoft\\Windows\\Burn\\Burn", want);
    RemoveDirectoryW(want);
    if (is_dir(want)) {
        trace("%s is not empty: skipping the missing-folder checks", utf8(want));
        return;
    }
    path = (WCHAR *)1;
    hr = SHGetKnownFolderPath(&FOLDERID_CDBurning, 0, NULL, &path);
    ok(hr == HRESULT_FROM_WIN32(ERROR_PATH_NOT_FOUND) && !path, "missing folder: hr %#lx, path %p", hr, path);
    hr = SHGetFolderPathW(NULL, CSIDL_CDBURN_AREA, NULL, 0, want);
    ok(hr == HRESULT_FROM_WIN32(ERROR_FILE_NOT_FOUND), "missing CSIDL_CDBURN_AREA: hr %#lx", hr);
    path = NULL;
    hr = SHGetKnownFolderPath(&FOLDERID_CDBurning, KF_FLAG_DONT_VERIFY, NULL, &path);
    ok(hr == S_OK && path && !lstrcmpiW(path, want), "DONT_VERIFY: hr %#lx, %s", hr, path ? utf8(path) : "(null)");
    ok(!is_dir(want), "DONT_VERIFY creates nothing");
    CoTaskMemFree(path);
    path = NULL;
    hr = SHGetKnownFolderPath(&FOLDERID_CDBurning, KF_FLAG_CREATE, NULL, &path);
    ok(hr == S_OK && path && !lstrcmpiW(path, want) && is_dir(want), "KF_FLAG_CREATE: hr %#lx, %s", hr,
       path ? utf8(path) : "(null)");
    CoTaskMemFree(path);
}

int main(void)
{
    test_csidl_env();
    test_csidl_errors();
    test_subdir();
    test_ansi_special();
    test_known();
    return test_done();
}
