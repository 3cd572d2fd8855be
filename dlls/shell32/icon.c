/*
 * Icons of files: ExtractIconA/W and ExtractIconExA/W. An exe or DLL is
 * loaded as a data file (nothing in it runs) and its RT_GROUP_ICON
 * resources, in resource order, are the icons; an .ico file is one icon.
 * The icons themselves come from user32's LoadImage, so the size choice
 * and the bitmap parsing are user32's alone. Results for missing files and
 * files without icons are Wine's (tests/programs/shell_extracticon.c).
 */
#include <stdlib.h>
#include <string.h>
#include "winbase.h"
#include "winuser.h"
#include "winrun/unicode.h"

#define SHELL32_API DECLSPEC_EXPORT
#define SM_CXICON 11
#define SM_CYICON 12
#define SM_CXSMICON 49
#define SM_CYSMICON 50
#define EXTRACT_MISSING ((UINT)-1)

WINBASEAPI HMODULE WINAPI LoadLibraryExW(LPCWSTR, HANDLE, DWORD);
WINBASEAPI BOOL WINAPI FreeLibrary(HMODULE);
typedef BOOL (CALLBACK *ENUMRESNAMEPROCW)(HMODULE, LPCWSTR, LPWSTR, LONG_PTR);
WINBASEAPI BOOL WINAPI EnumResourceNamesW(HMODULE, LPCWSTR, ENUMRESNAMEPROCW, LONG_PTR);
WINUSERAPI INT WINAPI GetSystemMetrics(INT);

/* Where the icons of one file come from. */
struct icon_source {
    const WCHAR *path;
    HMODULE module;     /* an exe or DLL as data, else NULL */
    BOOL ico;           /* an .ico file: one icon */
    UINT count;
    WCHAR **names;      /* the groups: ids as int resources, names copied */
};

static BOOL CALLBACK collect_group(HMODULE module, LPCWSTR type, LPWSTR name, LONG_PTR param)
{
    struct icon_source *src = (struct icon_source *)param;
    WCHAR **names = realloc(src->names, (src->count + 1) * sizeof(*names));
    (void)module; (void)type;

    if (!names) return FALSE;
    src->names = names;
    if (IS_INTRESOURCE(name)) names[src->count] = name;
    else if (!(names[src->count] = malloc((wcs_len(name) + 1) * sizeof(WCHAR)))) return FALSE;
    else wcs_cpy(names[src->count], name);
    src->count++;
    return TRUE;
}

static BOOL is_ico_file(const WCHAR *path)
{
    HANDLE file = CreateFileW(path, GENERIC_READ, FILE_SHARE_READ | FILE_SHARE_WRITE, NULL, OPEN_EXISTING, 0, NULL);
    unsigned char header[6];
    DWORD got = 0;

    if (file == INVALID_HANDLE_VALUE) return FALSE;
    if (!ReadFile(file, header, sizeof(header), &got, NULL)) got = 0;
    CloseHandle(file);
    /* ICONDIR: reserved 0, type 1 (icon), at least one image */
    return got == sizeof(header) && !header[0] && !header[1] && header[2] == 1 && !header[3] &&
           (header[4] || header[5]);
}

/* FALSE when the file is missing; a file without icons has a count of 0. */
static BOOL open_source(const WCHAR *path, struct icon_source *src)
{
    memset(src, 0, sizeof(*src));
    src->path = path;
    if (!path || GetFileAttributesW(path) == INVALID_FILE_ATTRIBUTES) return FALSE;
    if ((src->module = LoadLibraryExW(path, NULL, LOAD_LIBRARY_AS_DATAFILE)))
        EnumResourceNamesW(src->module, (LPCWSTR)RT_GROUP_ICON, collect_group, (LONG_PTR)src);
    else if (is_ico_file(path)) {
        src->ico = TRUE;
        src->count = 1;
    }
    return TRUE;
}

static void close_source(struct icon_source *src)
{
    if (src->module) {
        for (UINT i = 0; i < src->count; i++)
            if (!IS_INTRESOURCE(src->names[i])) free(src->names[i]);
        FreeLibrary(src->module);
    }
    free(src->names);
}

/* INDEX >= 0: the INDEX-th icon; < 0: the group with resource id -INDEX. */
static HICON extract_one(const struct icon_source *src, int index, int cx, int cy)
{
    if (src->ico) return index ? NULL : LoadImageW(NULL, src->path, IMAGE_ICON, cx, cy, LR_LOADFROMFILE);
    if (!src->module) return NULL;
    if (index >= 0) return (UINT)index < src->count ? LoadImageW(src->module, src->names[index], IMAGE_ICON, cx, cy, 0)
                                                    : NULL;
    if (index < -0xffff) return NULL;
    return LoadImageW(src->module, MAKEINTRESOURCEW(-index), IMAGE_ICON, cx, cy, 0);
}

SHELL32_API HICON WINAPI ExtractIconW(HINSTANCE instance, LPCWSTR path, UINT index)
{
    struct icon_source src;
    HICON icon = NULL;
    (void)instance;

    if (!open_source(path, &src)) return NULL;
    if (index == (UINT)-1) icon = (HICON)(UINT_PTR)src.count;
    else icon = extract_one(&src, (int)index, GetSystemMetrics(SM_CXICON), GetSystemMetrics(SM_CYICON));
    close_source(&src);
    return icon;
}

/* Returns how many handles it stored in LARGE and SMALL together; a
 * negative INDEX (a resource id) names one icon only. */
SHELL32_API UINT WINAPI ExtractIconExW(LPCWSTR path, INT index, HICON *large, HICON *small, UINT count)
{
    struct icon_source src;
    UINT done = 0;

    if (!open_source(path, &src)) return EXTRACT_MISSING;
    if (index == -1 && !large && !small) done = src.count;
    else {
        for (UINT i = 0; i < count && (index >= 0 || !i); i++) {
            HICON l = NULL, s = NULL;
            int n = index >= 0 ? index + (int)i : index;
            if (large && (l = extract_one(&src, n, GetSystemMetrics(SM_CXICON), GetSystemMetrics(SM_CYICON))))
                large[i] = l, done++;
            if (small && (s = extract_one(&src, n, GetSystemMetrics(SM_CXSMICON), GetSystemMetrics(SM_CYSMICON))))
                small[i] = s, done++;
            if (!l && !s) break;
        }
    }
    close_source(&src);
    return done;
}

static WCHAR *wide_path(LPCSTR path)
{
    int n;
    WCHAR *w;
    if (!path || (n = MultiByteToWideChar(CP_ACP, 0, path, -1, NULL, 0)) <= 0) return NULL;
    if ((w = malloc(n * sizeof(WCHAR)))) MultiByteToWideChar(CP_ACP, 0, path, -1, w, n);
    return w;
}

SHELL32_API HICON WINAPI ExtractIconA(HINSTANCE instance, LPCSTR path, UINT index)
{
    WCHAR *w = wide_path(path);
    HICON icon = w ? ExtractIconW(instance, w, index) : NULL;
    free(w);
    return icon;
}

SHELL32_API UINT WINAPI ExtractIconExA(LPCSTR path, INT index, HICON *large, HICON *small, UINT count)
{
    WCHAR *w = wide_path(path);
    UINT ret = w ? ExtractIconExW(w, index, large, small, count) : EXTRACT_MISSING;
    free(w);
    return ret;
}
