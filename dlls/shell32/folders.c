/*
 * Shell folders: SHGetFolderPath(AndSubDir), SHGetSpecialFolderPath and
 * SHGetKnownFolderPath, over one table of known folders (FOLDERID GUID,
 * CSIDL, where it lives). Windows keeps these under the registry's "User
 * Shell Folders" as %USERPROFILE%-relative paths; winrun builds the same
 * paths from the process environment (USERPROFILE, PUBLIC, ProgramData,
 * ProgramFiles...), so they always agree with what a program reads there
 * and with the folders loader/prefix.c makes. The result codes follow
 * Wine's: a folder missing without CSIDL_FLAG_CREATE / KF_FLAG_CREATE is
 * HRESULT_FROM_WIN32(ERROR_PATH_NOT_FOUND) (the path is still returned by
 * SHGetFolderPathAndSubDir), except from SHGetFolderPath(A/W), which say
 * ERROR_FILE_NOT_FOUND; so does SHGetKnownFolderPath for an unknown id.
 */
#include <string.h>
#include "winbase.h"
#include "winerror.h"
#include "objbase.h"
#include "winrun/unicode.h"

#define CSIDL_FOLDER_MASK    0x00ff
#define CSIDL_FLAG_CREATE    0x8000
#define CSIDL_FLAG_DONT_VERIFY 0x4000
#define SHGFP_TYPE_CURRENT   0
#define SHGFP_TYPE_DEFAULT   1
#define KF_FLAG_DONT_VERIFY  0x4000
#define KF_FLAG_CREATE       0x8000

/* where a folder's path starts */
enum base {
    BASE_USER,              /* %USERPROFILE% (C:\users\Default for the default-user token -1) */
    BASE_PUBLIC,            /* %PUBLIC% */
    BASE_PROGRAMDATA,       /* %ProgramData% */
    BASE_PROGRAMFILES,      /* %ProgramFiles% */
    BASE_PROGRAMFILESX86,   /* %ProgramFiles(x86)% */
    BASE_USERS,             /* %SystemDrive%\users */
    BASE_WINDOWS,           /* GetWindowsDirectory */
    BASE_SYSTEM,            /* GetSystemDirectory; also the "x86" one: winrun runs no 32-bit code */
};

struct known_folder {
    short csidl, csidl2;    /* -1: none */
    enum base base;
    const WCHAR *sub;       /* below the base, "" for the base itself */
    GUID id;
};

/* The Windows 10 layout; GUIDs as in the SDK's knownfolders.h. */
static const struct known_folder folders[] = {
    { 0x00, 0x10, BASE_USER, u"Desktop",   /* Desktop */
      { 0xb4bfcc3a, 0xdb2c, 0x424c, { 0xb0, 0x29, 0x7f, 0xe9, 0x9a, 0x87, 0xc6, 0x41 } } },
    { 0x05, -1, BASE_USER, u"Documents",   /* Documents */
      { 0xfdd39ad0, 0x238f, 0x46af, { 0xad, 0xb4, 0x6c, 0x85, 0x48, 0x03, 0x69, 0xc7 } } },
    { -1, -1, BASE_USER, u"Downloads",   /* Downloads */
      { 0x374de290, 0x123f, 0x4565, { 0x91, 0x64, 0x39, 0xc4, 0x92, 0x5e, 0x46, 0x7b } } },
    { 0x0d, -1, BASE_USER, u"Music",   /* Music */
      { 0x4bd8d571, 0x6d19, 0x48d3, { 0xbe, 0x97, 0x42, 0x22, 0x20, 0x08, 0x0e, 0x43 } } },
    { 0x27, -1, BASE_USER, u"Pictures",   /* Pictures */
      { 0x33e28130, 0x4e1e, 0x4676, { 0x83, 0x5a, 0x98, 0x39, 0x5c, 0x3b, 0xc3, 0xbb } } },
    { 0x0e, -1, BASE_USER, u"Videos",   /* Videos */
      { 0x18989b1d, 0x99b5, 0x455b, { 0x84, 0x1c, 0xab, 0x7c, 0x74, 0xe4, 0xdd, 0xfc } } },
    { 0x06, 0x1f, BASE_USER, u"Favorites",   /* Favorites */
      { 0x1777f761, 0x68ad, 0x4d8a, { 0x87, 0xbd, 0x30, 0xb7, 0x59, 0xfa, 0x33, 0xdd } } },
    { 0x28, -1, BASE_USER, u"",   /* Profile */
      { 0x5e6c858f, 0x0e22, 0x4760, { 0x9a, 0xfe, 0xea, 0x33, 0x17, 0xb6, 0x71, 0x73 } } },
    { 0x1a, -1, BASE_USER, u"AppData\\Roaming",   /* RoamingAppData */
      { 0x3eb685db, 0x65f9, 0x4cf6, { 0xa0, 0x3a, 0xe3, 0xef, 0x65, 0x72, 0x9f, 0x3d } } },
    { 0x1c, -1, BASE_USER, u"AppData\\Local",   /* LocalAppData */
      { 0xf1b32785, 0x6fba, 0x4fcf, { 0x9d, 0x55, 0x7b, 0x8e, 0x7f, 0x15, 0x70, 0x91 } } },
    { -1, -1, BASE_USER, u"AppData\\LocalLow",   /* LocalAppDataLow */
      { 0xa520a1a4, 0x1780, 0x4ff6, { 0xbd, 0x18, 0x16, 0x73, 0x43, 0xc5, 0xaf, 0x16 } } },
    { -1, -1, BASE_USER, u"Links",   /* Links */
      { 0xbfb9d5e0, 0xc6a9, 0x404c, { 0xb2, 0xb2, 0xae, 0x6d, 0xb6, 0xaf, 0x49, 0x68 } } },
    { -1, -1, BASE_USER, u"Saved Games",   /* SavedGames */
      { 0x4c5c32ff, 0xbb9d, 0x43b0, { 0xb5, 0xb4, 0x2d, 0x72, 0xe5, 0x4e, 0xaa, 0xa4 } } },
    { -1, -1, BASE_USER, u"Contacts",   /* Contacts */
      { 0x56784854, 0xc6cb, 0x462b, { 0x81, 0x69, 0x88, 0xe3, 0x50, 0xac, 0xb8, 0x82 } } },
    { -1, -1, BASE_USER, u"Searches",   /* SavedSearches */
      { 0x7d1d3a04, 0xdebb, 0x4115, { 0x95, 0xcf, 0x2f, 0x29, 0xda, 0x29, 0x20, 0xda } } },
    { 0x0b, -1, BASE_USER, u"AppData\\Roaming\\Microsoft\\Windows\\Start Menu",   /* StartMenu */
      { 0x625b53c3, 0xab48, 0x4ec1, { 0xba, 0x1f, 0xa1, 0xef, 0x41, 0x46, 0xfc, 0x19 } } },
    { 0x02, -1, BASE_USER, u"AppData\\Roaming\\Microsoft\\Windows\\Start Menu\\Programs",   /* Programs */
      { 0xa77f5d77, 0x2e2b, 0x44c3, { 0xa6, 0xa2, 0xab, 0xa6, 0x01, 0x05, 0x4a, 0x51 } } },
    { 0x07, -1, BASE_USER, u"AppData\\Roaming\\Microsoft\\Windows\\Start Menu\\Programs\\Startup",   /* Startup */
      { 0xb97d20bb, 0xf46a, 0x4c97, { 0xba, 0x10, 0x5e, 0x36, 0x08, 0x43, 0x08, 0x54 } } },
    { 0x30, -1, BASE_USER, u"AppData\\Roaming\\Microsoft\\Windows\\Start Menu\\Programs\\Administrative Tools",   /* AdminTools */
      { 0x724ef170, 0xa42d, 0x4fef, { 0x9f, 0x26, 0xb6, 0x0e, 0x84, 0x6f, 0xba, 0x4f } } },
    { 0x08, -1, BASE_USER, u"AppData\\Roaming\\Microsoft\\Windows\\Recent",   /* Recent */
      { 0xae50c081, 0xebd2, 0x438a, { 0x86, 0x55, 0x8a, 0x09, 0x2e, 0x34, 0x98, 0x7a } } },
    { 0x09, -1, BASE_USER, u"AppData\\Roaming\\Microsoft\\Windows\\SendTo",   /* SendTo */
      { 0x8983036c, 0x27c0, 0x404b, { 0x8f, 0x08, 0x10, 0x2d, 0x10, 0xdc, 0xfd, 0x74 } } },
    { 0x15, -1, BASE_USER, u"AppData\\Roaming\\Microsoft\\Windows\\Templates",   /* Templates */
      { 0xa63293e8, 0x664e, 0x48db, { 0xa0, 0x79, 0xdf, 0x75, 0x9e, 0x05, 0x09, 0xf7 } } },
    { 0x13, -1, BASE_USER, u"AppData\\Roaming\\Microsoft\\Windows\\Network Shortcuts",   /* NetHood */
      { 0xc5abbf53, 0xe17f, 0x4121, { 0x89, 0x00, 0x86, 0x62, 0x6f, 0xc2, 0xc9, 0x73 } } },
    { 0x1b, -1, BASE_USER, u"AppData\\Roaming\\Microsoft\\Windows\\Printer Shortcuts",   /* PrintHood */
      { 0x9274bd8d, 0xcfd1, 0x41c3, { 0xb3, 0x5e, 0xb1, 0x3f, 0x55, 0xa7, 0x58, 0xf4 } } },
    { 0x21, -1, BASE_USER, u"AppData\\Local\\Microsoft\\Windows\\INetCookies",   /* Cookies */
      { 0x2b0f765d, 0xc0e9, 0x4171, { 0x90, 0x8e, 0x08, 0xa6, 0x11, 0xb8, 0x4f, 0xf6 } } },
    { 0x20, -1, BASE_USER, u"AppData\\Local\\Microsoft\\Windows\\INetCache",   /* InternetCache */
      { 0x352481e8, 0x33be, 0x4251, { 0xba, 0x85, 0x60, 0x07, 0xca, 0xed, 0xcf, 0x9d } } },
    { 0x22, -1, BASE_USER, u"AppData\\Local\\Microsoft\\Windows\\History",   /* History */
      { 0xd9dc8a3b, 0xb784, 0x432e, { 0xa7, 0x81, 0x5a, 0x11, 0x30, 0xa7, 0x59, 0x63 } } },
    { 0x3b, -1, BASE_USER, u"AppData\\Local\\Microsoft\\Windows\\Burn\\Burn",   /* CDBurning */
      { 0x9e52ab10, 0xf80d, 0x49df, { 0xac, 0xb8, 0x43, 0x30, 0xf5, 0x68, 0x78, 0x55 } } },
    { 0x23, -1, BASE_PROGRAMDATA, u"",   /* ProgramData */
      { 0x62ab5d82, 0xfdc1, 0x4dc3, { 0xa9, 0xdd, 0x07, 0x0d, 0x1d, 0x49, 0x5d, 0x97 } } },
    { 0x16, -1, BASE_PROGRAMDATA, u"Microsoft\\Windows\\Start Menu",   /* CommonStartMenu */
      { 0xa4115719, 0xd62e, 0x491d, { 0xaa, 0x7c, 0xe7, 0x4b, 0x8b, 0xe3, 0xb0, 0x67 } } },
    { 0x17, -1, BASE_PROGRAMDATA, u"Microsoft\\Windows\\Start Menu\\Programs",   /* CommonPrograms */
      { 0x0139d44e, 0x6afe, 0x49f2, { 0x86, 0x90, 0x3d, 0xaf, 0xca, 0xe6, 0xff, 0xb8 } } },
    { 0x18, -1, BASE_PROGRAMDATA, u"Microsoft\\Windows\\Start Menu\\Programs\\Startup",   /* CommonStartup */
      { 0x82a5ea35, 0xd9cd, 0x47c5, { 0x96, 0x29, 0xe1, 0x5d, 0x2f, 0x71, 0x4e, 0x6e } } },
    { 0x2f, -1, BASE_PROGRAMDATA, u"Microsoft\\Windows\\Start Menu\\Programs\\Administrative Tools",   /* CommonAdminTools */
      { 0xd0384e7d, 0xbac3, 0x4797, { 0x8f, 0x14, 0xcb, 0xa2, 0x29, 0xb3, 0x92, 0xb5 } } },
    { 0x2d, -1, BASE_PROGRAMDATA, u"Microsoft\\Windows\\Templates",   /* CommonTemplates */
      { 0xb94237e7, 0x57ac, 0x4347, { 0x91, 0x51, 0xb0, 0x8c, 0x6c, 0x32, 0xd1, 0xf7 } } },
    { -1, -1, BASE_PUBLIC, u"",   /* Public */
      { 0xdfdf76a2, 0xc82a, 0x4d63, { 0x90, 0x6a, 0x56, 0x44, 0xac, 0x45, 0x73, 0x85 } } },
    { 0x19, -1, BASE_PUBLIC, u"Desktop",   /* PublicDesktop */
      { 0xc4aa340d, 0xf20f, 0x4863, { 0xaf, 0xef, 0xf8, 0x7e, 0xf2, 0xe6, 0xba, 0x25 } } },
    { 0x2e, -1, BASE_PUBLIC, u"Documents",   /* PublicDocuments */
      { 0xed4824af, 0xdce4, 0x45a8, { 0x81, 0xe2, 0xfc, 0x79, 0x65, 0x08, 0x36, 0x34 } } },
    { 0x35, -1, BASE_PUBLIC, u"Music",   /* PublicMusic */
      { 0x3214fab5, 0x9757, 0x4298, { 0xbb, 0x61, 0x92, 0xa9, 0xde, 0xaa, 0x44, 0xff } } },
    { 0x36, -1, BASE_PUBLIC, u"Pictures",   /* PublicPictures */
      { 0xb6ebfb86, 0x6907, 0x413c, { 0x9a, 0xf7, 0x4f, 0xc2, 0xab, 0xf0, 0x7c, 0xc5 } } },
    { 0x37, -1, BASE_PUBLIC, u"Videos",   /* PublicVideos */
      { 0x2400183a, 0x6185, 0x49fb, { 0xa2, 0xd8, 0x4a, 0x39, 0x2a, 0x60, 0x2b, 0xa3 } } },
    { -1, -1, BASE_USERS, u"",   /* UserProfiles */
      { 0x0762d272, 0xc50a, 0x4bb0, { 0xa3, 0x82, 0x69, 0x7d, 0xcd, 0x72, 0x9b, 0x80 } } },
    { 0x24, -1, BASE_WINDOWS, u"",   /* Windows */
      { 0xf38bf404, 0x1d43, 0x42f2, { 0x93, 0x05, 0x67, 0xde, 0x0b, 0x28, 0xfc, 0x23 } } },
    { 0x14, -1, BASE_WINDOWS, u"Fonts",   /* Fonts */
      { 0xfd228cb7, 0xae11, 0x4ae3, { 0x86, 0x4c, 0x16, 0xf3, 0x91, 0x0a, 0xb8, 0xfe } } },
    { 0x38, -1, BASE_WINDOWS, u"resources",   /* ResourceDir */
      { 0x8ad10c31, 0x2adb, 0x4296, { 0xa8, 0xf7, 0xe4, 0x70, 0x12, 0x32, 0xc9, 0x72 } } },
    { 0x25, -1, BASE_SYSTEM, u"",   /* System */
      { 0x1ac14e77, 0x02e7, 0x4e5d, { 0xb7, 0x44, 0x2e, 0xb1, 0xae, 0x51, 0x98, 0xb7 } } },
    { 0x29, -1, BASE_SYSTEM, u"",   /* SystemX86 */
      { 0xd65231b0, 0xb2f1, 0x4857, { 0xa4, 0xce, 0xa8, 0xe7, 0xc6, 0xea, 0x7d, 0x27 } } },
    { 0x26, -1, BASE_PROGRAMFILES, u"",   /* ProgramFiles */
      { 0x905e63b6, 0xc1bf, 0x494e, { 0xb2, 0x9c, 0x65, 0xb7, 0x32, 0xd3, 0xd2, 0x1a } } },
    { -1, -1, BASE_PROGRAMFILES, u"",   /* ProgramFilesX64 */
      { 0x6d809377, 0x6af0, 0x444b, { 0x89, 0x57, 0xa3, 0x77, 0x3f, 0x02, 0x20, 0x0e } } },
    { 0x2a, -1, BASE_PROGRAMFILESX86, u"",   /* ProgramFilesX86 */
      { 0x7c5a40ef, 0xa0fb, 0x4bfc, { 0x87, 0x4a, 0xc0, 0xf2, 0xe0, 0xb9, 0xfa, 0x8e } } },
    { 0x2b, -1, BASE_PROGRAMFILES, u"Common Files",   /* ProgramFilesCommon */
      { 0xf7f1ed05, 0x9f6d, 0x47a2, { 0xaa, 0xae, 0x29, 0xd3, 0x17, 0xc6, 0xf0, 0x66 } } },
    { -1, -1, BASE_PROGRAMFILES, u"Common Files",   /* ProgramFilesCommonX64 */
      { 0x6365d5a7, 0xf0d, 0x45e5, { 0x87, 0xf6, 0xd, 0xa5, 0x6b, 0x6a, 0x4f, 0x7d } } },
    { 0x2c, -1, BASE_PROGRAMFILESX86, u"Common Files",   /* ProgramFilesCommonX86 */
      { 0xde974d24, 0xd9c6, 0x4d3e, { 0xbf, 0x91, 0xf4, 0x45, 0x51, 0x20, 0xb9, 0x17 } } },
};

static const struct known_folder *folder_by_csidl(int csidl)
{
    for (size_t i = 0; i < sizeof(folders) / sizeof(folders[0]); i++)
        if (folders[i].csidl == csidl || folders[i].csidl2 == csidl) return &folders[i];
    return NULL;
}

static const struct known_folder *folder_by_id(const GUID *id)
{
    for (size_t i = 0; i < sizeof(folders) / sizeof(folders[0]); i++)
        if (!memcmp(&folders[i].id, id, sizeof(*id))) return &folders[i];
    return NULL;
}

/* OUT (MAX_PATH) = the variable NAME, else FALLBACK; FALSE if neither */
static BOOL from_env(const WCHAR *name, const WCHAR *fallback, WCHAR *out)
{
    DWORD n = GetEnvironmentVariableW(name, out, MAX_PATH);
    if (n && n < MAX_PATH) return TRUE;
    if (!fallback) return FALSE;
    wcs_cpy(out, fallback);
    return TRUE;
}

static BOOL base_path(enum base base, HANDLE token, WCHAR *out)
{
    switch (base) {
    case BASE_USER:
        if (token != INVALID_HANDLE_VALUE) return from_env(u"USERPROFILE", NULL, out);
        if (!base_path(BASE_USERS, NULL, out)) return FALSE;
        wcs_cpy(out + wcs_len(out), u"\\Default");
        return TRUE;
    case BASE_PUBLIC:          return from_env(u"PUBLIC", u"C:\\users\\Public", out);
    case BASE_PROGRAMDATA:     return from_env(u"ProgramData", u"C:\\ProgramData", out);
    case BASE_PROGRAMFILES:    return from_env(u"ProgramFiles", u"C:\\Program Files", out);
    case BASE_PROGRAMFILESX86: return from_env(u"ProgramFiles(x86)", u"C:\\Program Files (x86)", out);
    case BASE_USERS:
        if (!from_env(u"SystemDrive", u"C:", out) || wcs_len(out) > 3) wcs_cpy(out, u"C:");
        wcs_cpy(out + wcs_len(out), u"\\users");
        return TRUE;
    case BASE_WINDOWS: { UINT n = GetWindowsDirectoryW(out, MAX_PATH); return n && n < MAX_PATH; }
    case BASE_SYSTEM:  { UINT n = GetSystemDirectoryW(out, MAX_PATH); return n && n < MAX_PATH; }
    }
    return FALSE;
}

/* Appends "\PART" unless PART is empty; FALSE when it would not fit MAX_PATH. */
static BOOL append(WCHAR *path, const WCHAR *part)
{
    size_t n = wcs_len(path), m;
    while (*part == '\\') part++;
    if (!*part) return TRUE;
    m = wcs_len(part);
    if (n + 1 + m >= MAX_PATH) return FALSE;
    if (n && path[n - 1] != '\\') path[n++] = '\\';
    memcpy(path + n, part, (m + 1) * sizeof(WCHAR));
    while (n + m > 3 && path[n + m - 1] == '\\') path[--m + n] = 0;   /* "sub\" names the same folder */
    return TRUE;
}

static HRESULT folder_path(const struct known_folder *f, HANDLE token, const WCHAR *sub, WCHAR *out)
{
    if (!base_path(f->base, token, out)) return E_FAIL;
    if (!append(out, f->sub) || (sub && !append(out, sub))) return HRESULT_FROM_WIN32(ERROR_FILENAME_EXCED_RANGE);
    return S_OK;
}

static BOOL is_directory(const WCHAR *path)
{
    DWORD attr = GetFileAttributesW(path);
    return attr != INVALID_FILE_ATTRIBUTES && (attr & FILE_ATTRIBUTE_DIRECTORY);
}

/* Makes PATH and its missing parents: ERROR_SUCCESS, ERROR_ALREADY_EXISTS
 * when it was there, else why not (SHCreateDirectoryEx's codes). */
static DWORD create_path(const WCHAR *path)
{
    WCHAR buf[MAX_PATH];
    size_t n = wcs_len(path), i;
    DWORD attr;

    if (n < 3 || path[1] != ':' || path[2] != '\\') return ERROR_BAD_PATHNAME;   /* relative (or UNC: no network) */
    if (n >= MAX_PATH) return ERROR_FILENAME_EXCED_RANGE;
    if ((attr = GetFileAttributesW(path)) != INVALID_FILE_ATTRIBUTES)
        return attr & FILE_ATTRIBUTE_DIRECTORY ? ERROR_ALREADY_EXISTS : ERROR_FILE_EXISTS;
    memcpy(buf, path, (n + 1) * sizeof(WCHAR));
    for (i = 3; i <= n; i++) {
        if (i < n && buf[i] != '\\') continue;
        buf[i] = 0;
        if (!CreateDirectoryW(buf, NULL) && GetLastError() != ERROR_ALREADY_EXISTS) {
            DWORD err = GetLastError();
            if (!is_directory(buf)) return err;
        }
        if (i < n) buf[i] = '\\';
    }
    return ERROR_SUCCESS;
}

WINBASEAPI int WINAPI SHCreateDirectoryExW(HWND hwnd, LPCWSTR path, const SECURITY_ATTRIBUTES *sa)
{
    DWORD err;
    (void)hwnd; (void)sa;
    if (!path) return ERROR_BAD_PATHNAME;
    err = create_path(path);
    SetLastError(err);
    return (int)err;
}

WINBASEAPI int WINAPI SHCreateDirectoryExA(HWND hwnd, LPCSTR path, const SECURITY_ATTRIBUTES *sa)
{
    WCHAR w[MAX_PATH];
    if (!path) return ERROR_BAD_PATHNAME;
    if (!MultiByteToWideChar(CP_ACP, 0, path, -1, w, MAX_PATH)) return ERROR_FILENAME_EXCED_RANGE;
    return SHCreateDirectoryExW(hwnd, w, sa);
}

WINBASEAPI int WINAPI SHCreateDirectory(HWND hwnd, LPCWSTR path)
{
    return SHCreateDirectoryExW(hwnd, path, NULL);
}

WINBASEAPI HRESULT WINAPI SHGetFolderPathAndSubDirW(HWND hwnd, int csidl, HANDLE token, DWORD flags, LPCWSTR sub,
                                                   LPWSTR path)
{
    const struct known_folder *f;
    WCHAR buf[MAX_PATH];
    HRESULT hr;
    DWORD err;

    (void)hwnd;
    if (path) *path = 0;   /* Windows empties it whatever happens */
    if (!(f = folder_by_csidl(csidl & CSIDL_FOLDER_MASK))) return E_INVALIDARG;   /* virtual or unknown */
    if (flags != SHGFP_TYPE_CURRENT && flags != SHGFP_TYPE_DEFAULT) return E_INVALIDARG;
    if ((hr = folder_path(f, token, sub, buf))) return hr;
    if (path) wcs_cpy(path, buf);
    if ((csidl & CSIDL_FLAG_DONT_VERIFY) || is_directory(buf)) return S_OK;
    if (!(csidl & CSIDL_FLAG_CREATE)) return HRESULT_FROM_WIN32(ERROR_PATH_NOT_FOUND);
    err = create_path(buf);
    return err && err != ERROR_ALREADY_EXISTS ? E_FAIL : S_OK;
}

/* the one place where a missing folder is ERROR_FILE_NOT_FOUND (as Wine) */
WINBASEAPI HRESULT WINAPI SHGetFolderPathW(HWND hwnd, int csidl, HANDLE token, DWORD flags, LPWSTR path)
{
    HRESULT hr = SHGetFolderPathAndSubDirW(hwnd, csidl, token, flags, NULL, path);
    return hr == HRESULT_FROM_WIN32(ERROR_PATH_NOT_FOUND) ? HRESULT_FROM_WIN32(ERROR_FILE_NOT_FOUND) : hr;
}

WINBASEAPI HRESULT WINAPI SHGetFolderPathAndSubDirA(HWND hwnd, int csidl, HANDLE token, DWORD flags, LPCSTR sub,
                                                   LPSTR path)
{
    WCHAR wsub[MAX_PATH], wpath[MAX_PATH];
    HRESULT hr;

    if (path) *path = 0;
    if (sub && !MultiByteToWideChar(CP_ACP, 0, sub, -1, wsub, MAX_PATH))
        return HRESULT_FROM_WIN32(ERROR_FILENAME_EXCED_RANGE);
    hr = SHGetFolderPathAndSubDirW(hwnd, csidl, token, flags, sub ? wsub : NULL, wpath);
    if (SUCCEEDED(hr) && path) WideCharToMultiByte(CP_ACP, 0, wpath, -1, path, MAX_PATH, NULL, NULL);
    return hr;
}

WINBASEAPI HRESULT WINAPI SHGetFolderPathA(HWND hwnd, int csidl, HANDLE token, DWORD flags, LPSTR path)
{
    WCHAR wpath[MAX_PATH];
    HRESULT hr;

    if (path) *path = 0;
    hr = SHGetFolderPathW(hwnd, csidl, token, flags, wpath);
    if (SUCCEEDED(hr) && path) WideCharToMultiByte(CP_ACP, 0, wpath, -1, path, MAX_PATH, NULL, NULL);
    return hr;
}

WINBASEAPI BOOL WINAPI SHGetSpecialFolderPathW(HWND hwnd, LPWSTR path, int csidl, BOOL create)
{
    return SUCCEEDED(SHGetFolderPathW(hwnd, csidl | (create ? CSIDL_FLAG_CREATE : 0), NULL, SHGFP_TYPE_CURRENT,
                                      path));
}

WINBASEAPI BOOL WINAPI SHGetSpecialFolderPathA(HWND hwnd, LPSTR path, int csidl, BOOL create)
{
    return SUCCEEDED(SHGetFolderPathA(hwnd, csidl | (create ? CSIDL_FLAG_CREATE : 0), NULL, SHGFP_TYPE_CURRENT,
                                      path));
}

/* The result is CoTaskMemAlloc'ed (ole32: the process heap, as on Windows). */
WINBASEAPI HRESULT WINAPI SHGetKnownFolderPath(const GUID *id, DWORD flags, HANDLE token, PWSTR *out)
{
    const struct known_folder *f;
    WCHAR buf[MAX_PATH];
    HRESULT hr;
    size_t size;

    if (!out) return E_INVALIDARG;
    *out = NULL;
    if (!id) return E_INVALIDARG;
    if (!(f = folder_by_id(id))) return HRESULT_FROM_WIN32(ERROR_FILE_NOT_FOUND);
    if ((hr = folder_path(f, token, NULL, buf))) return hr;
    if (!(flags & KF_FLAG_DONT_VERIFY) && !is_directory(buf)) {
        DWORD err;
        if (!(flags & KF_FLAG_CREATE)) return HRESULT_FROM_WIN32(ERROR_PATH_NOT_FOUND);
        if ((err = create_path(buf)) && err != ERROR_ALREADY_EXISTS) return HRESULT_FROM_WIN32(err);
    }
    size = (wcs_len(buf) + 1) * sizeof(WCHAR);
    if (!(*out = CoTaskMemAlloc(size))) return E_OUTOFMEMORY;
    memcpy(*out, buf, size);
    return S_OK;
}
