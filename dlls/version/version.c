/*
 * version.dll: reading a file's VS_VERSIONINFO resource. The file is
 * loaded as a data file and its RT_VERSION resource 1 copied, as Windows
 * does; a builtin DLL (an ELF file) gets a made-up one (builtin.c).
 *
 * The block is a tree of nodes { WORD wLength, wValueLength, wType;
 * WCHAR szKey[]; value; children }, each DWORD-aligned. The size callers
 * are told is twice the resource plus 4: GetFileVersionInfo puts "FE2X"
 * after the resource, and VerQueryValueA writes its ANSI copies of the
 * strings in the spare half, at the string's offset past wLength + 4.
 */
#include <stdlib.h>
#include <string.h>
#include "windef.h"
#include "winbase.h"
#include "winnls.h"
#include "winerror.h"
#include "winver.h"
#include "winrun/unicode.h"
#include "version_private.h"

#define VERSION_API DECLSPEC_EXPORT

struct node {
    WORD wLength;
    WORD wValueLength;
    WORD wType;
    WCHAR szKey[1];
};

static BOOL is_elf_file(HMODULE module, WCHAR *path, DWORD size)
{
    char magic[4];
    DWORD got = 0;
    HANDLE file;

    if (!GetModuleFileNameW(module, path, size) || GetLastError() == ERROR_INSUFFICIENT_BUFFER) return FALSE;
    file = CreateFileW(path, GENERIC_READ, FILE_SHARE_READ | FILE_SHARE_DELETE, NULL, OPEN_EXISTING, 0, NULL);
    if (file == INVALID_HANDLE_VALUE) return FALSE;
    if (!ReadFile(file, magic, sizeof(magic), &got, NULL)) got = 0;
    CloseHandle(file);
    return got == sizeof(magic) && !memcmp(magic, "\177ELF", 4);
}

/* Reads the version resource of FILENAME: copies up to SIZE bytes into
 * DATA (may be NULL to measure) and returns the resource's size, or 0
 * with the last error set. */
static DWORD read_version(const WCHAR *filename, void *data, DWORD size)
{
    HMODULE module;
    HRSRC res;
    DWORD len = 0, error = 0;
    WCHAR path[MAX_PATH];

    if (!filename || !*filename) {
        SetLastError(ERROR_FILE_NOT_FOUND);
        return 0;
    }
    if (!(module = LoadLibraryExW(filename, NULL, LOAD_LIBRARY_AS_DATAFILE))) {
        error = GetLastError();
        if (error == ERROR_MOD_NOT_FOUND) error = ERROR_FILE_NOT_FOUND;
        else if (error == ERROR_BAD_EXE_FORMAT) error = ERROR_RESOURCE_DATA_NOT_FOUND;
        SetLastError(error);
        return 0;
    }
    if ((res = FindResourceW(module, MAKEINTRESOURCEW(VS_VERSION_INFO), MAKEINTRESOURCEW(VS_FILE_INFO)))) {
        const void *p = LockResource(LoadResource(module, res));
        len = SizeofResource(module, res);
        if (!p) len = 0;
        else if (data) memcpy(data, p, len < size ? len : size);
    } else if (!LDR_IS_DATAFILE(module) && is_elf_file(module, path, MAX_PATH)) {
        BYTE block[BUILTIN_VERSION_MAX];
        len = builtin_version_info(path, block, sizeof(block));
        if (data) memcpy(data, block, len < size ? len : size);
    } else {
        error = ERROR_RESOURCE_DATA_NOT_FOUND;
    }
    FreeLibrary(module);
    if (!len) SetLastError(error ? error : ERROR_RESOURCE_DATA_NOT_FOUND);
    return len;
}

static WCHAR *to_wide(const char *s)
{
    WCHAR *w;
    int n;
    if (!s) return NULL;
    n = MultiByteToWideChar(CP_ACP, 0, s, -1, NULL, 0);
    if (!(w = malloc(n * sizeof(WCHAR)))) return NULL;
    MultiByteToWideChar(CP_ACP, 0, s, -1, w, n);
    return w;
}

VERSION_API DWORD WINAPI GetFileVersionInfoSizeExW(DWORD flags, LPCWSTR filename, LPDWORD handle)
{
    DWORD len;
    (void)flags;   /* localised or neutral: there is one resource, no MUI file */
    if (handle) *handle = 0;
    if (!(len = read_version(filename, NULL, 0))) return 0;
    SetLastError(ERROR_SUCCESS);
    return len * 2 + 4;
}

VERSION_API DWORD WINAPI GetFileVersionInfoSizeExA(DWORD flags, LPCSTR filename, LPDWORD handle)
{
    WCHAR *w = to_wide(filename);
    DWORD ret = GetFileVersionInfoSizeExW(flags, w, handle);
    free(w);
    return ret;
}

VERSION_API DWORD WINAPI GetFileVersionInfoSizeW(LPCWSTR filename, LPDWORD handle)
{
    return GetFileVersionInfoSizeExW(FILE_VER_GET_LOCALISED, filename, handle);
}

VERSION_API DWORD WINAPI GetFileVersionInfoSizeA(LPCSTR filename, LPDWORD handle)
{
    return GetFileVersionInfoSizeExA(FILE_VER_GET_LOCALISED, filename, handle);
}

VERSION_API BOOL WINAPI GetFileVersionInfoExW(DWORD flags, LPCWSTR filename, DWORD handle, DWORD size, LPVOID data)
{
    struct node *root = data;
    DWORD len;

    (void)flags;
    (void)handle;
    if (!data) {
        SetLastError(ERROR_INVALID_DATA);
        return FALSE;
    }
    if (!(len = read_version(filename, data, size))) return FALSE;
    /* a resource claiming more than it holds would send VerQueryValue
     * past the buffer it was told to allocate */
    if (size >= sizeof(WORD) && root->wLength > len) root->wLength = (WORD)len;
    /* the signature marks the room VerQueryValueA converts into */
    if (size >= sizeof(WORD) && size >= (DWORD)root->wLength + 4) memcpy((char *)data + root->wLength, "FE2X", 4);
    SetLastError(ERROR_SUCCESS);
    return TRUE;
}

VERSION_API BOOL WINAPI GetFileVersionInfoExA(DWORD flags, LPCSTR filename, DWORD handle, DWORD size, LPVOID data)
{
    WCHAR *w = to_wide(filename);
    BOOL ret = GetFileVersionInfoExW(flags, w, handle, size, data);
    free(w);
    return ret;
}

VERSION_API BOOL WINAPI GetFileVersionInfoW(LPCWSTR filename, DWORD handle, DWORD size, LPVOID data)
{
    return GetFileVersionInfoExW(FILE_VER_GET_LOCALISED, filename, handle, size, data);
}

VERSION_API BOOL WINAPI GetFileVersionInfoA(LPCSTR filename, DWORD handle, DWORD size, LPVOID data)
{
    return GetFileVersionInfoExA(FILE_VER_GET_LOCALISED, filename, handle, size, data);
}

static DWORD align4(DWORD n) { return (n + 3) & ~3u; }

static BYTE *node_value(const struct node *node)
{
    return (BYTE *)node + align4(offsetof(struct node, szKey) + (wcs_len(node->szKey) + 1) * sizeof(WCHAR));
}

static const struct node *node_children(const struct node *node)
{
    return (const struct node *)(node_value(node) + align4(node->wValueLength * (node->wType ? 2 : 1)));
}

/* The child of NODE whose key is KEY[0..LEN) (case-insensitive); no
 * child reaches past *LIMIT (its parent's end), which becomes the child's. */
static const struct node *find_child(const struct node *node, const WCHAR *key, size_t len, const BYTE **limit)
{
    const struct node *child = node_children(node);
    const BYTE *end = (const BYTE *)node + node->wLength;

    if (end > *limit) end = *limit;
    while ((const BYTE *)child + offsetof(struct node, szKey) < end && child->wLength) {
        const BYTE *child_end = (const BYTE *)child + child->wLength;
        if (child_end > end) return NULL;   /* a broken tree */
        if (!wcs_nicmp(child->szKey, key, len) && !child->szKey[len]) {
            *limit = child_end;
            return child;
        }
        child = (const struct node *)((const BYTE *)child + align4(child->wLength));
    }
    return NULL;
}

/* Follows the backslash-separated PATH from ROOT. */
static const struct node *query_node(const struct node *root, const WCHAR *path, const BYTE **node_end)
{
    const struct node *node = root;
    const BYTE *limit = (const BYTE *)root + root->wLength;

    while (*path) {
        const WCHAR *end = path;
        if (*path == '\\') {
            path++;
            continue;
        }
        while (*end && *end != '\\') end++;
        if (!(node = find_child(node, path, end - path, &limit))) return NULL;
        path = end;
    }
    *node_end = limit;
    return node;
}

VERSION_API BOOL WINAPI VerQueryValueW(LPCVOID block, LPCWSTR subblock, LPVOID *buffer, PUINT len)
{
    const struct node *node;
    const BYTE *end;

    if (!block) return FALSE;
    if (!subblock) subblock = u"";
    if (!(node = query_node(block, subblock, &end))) {
        if (len) *len = 0;
        SetLastError(ERROR_RESOURCE_TYPE_NOT_FOUND);
        return FALSE;
    }
    if (buffer) *buffer = node_value(node);
    if (len) *len = node->wValueLength;
    return TRUE;
}

VERSION_API BOOL WINAPI VerQueryValueA(LPCVOID block, LPCSTR subblock, LPVOID *buffer, PUINT len)
{
    const struct node *root = block, *node;
    const BYTE *end;
    WCHAR *w;
    BYTE *value;

    if (!block) return FALSE;
    if (!(w = to_wide(subblock ? subblock : ""))) return FALSE;
    node = query_node(root, w, &end);
    free(w);
    if (!node) {
        if (len) *len = 0;
        SetLastError(ERROR_RESOURCE_TYPE_NOT_FOUND);
        return FALSE;
    }
    value = node_value(node);
    if (node->wType && node->wValueLength) {
        /* a string: its ANSI copy goes in the spare half of the buffer */
        DWORD pos = value - (const BYTE *)root;
        char *copy = (char *)root + root->wLength + 4 + pos;
        int chars = node->wValueLength, room = (int)root->wLength - (int)pos - 1, n;

        if (value >= end || room <= 0) chars = 0;   /* a broken tree: no room for the value */
        else if (chars > (end - value) / 2) chars = (end - value) / 2;
        n = chars ? WideCharToMultiByte(CP_ACP, 0, (const WCHAR *)value, chars, copy, room, NULL, NULL) : 0;
        if (n <= 0) {
            n = 1;
            copy[0] = 0;
        } else if (copy[n - 1]) copy[n++] = 0;   /* a value stored without its NUL */
        if (buffer) *buffer = copy;
        if (len) *len = n;
        return TRUE;
    }
    if (buffer) *buffer = value;
    if (len) *len = node->wValueLength;
    return TRUE;
}

/* The name of language LANG in the UI language (English); the length
 * without the NUL, or what is needed when BUFFER is NULL. */
VERSION_API DWORD WINAPI VerLanguageNameW(DWORD lang, LPWSTR buffer, DWORD size)
{
    WCHAR name[128];
    DWORD n;

    if (!lang) wcs_cpy(name, u"Language Neutral");
    else if (!GetLocaleInfoW(MAKELCID(LOWORD(lang), SORT_DEFAULT), LOCALE_SLANGUAGE, name, 128))
        wcs_cpy(name, u"Unknown language");
    n = wcs_len(name);
    if (!buffer || !size) return n;
    if (n >= size) n = size - 1;
    memcpy(buffer, name, n * sizeof(WCHAR));
    buffer[n] = 0;
    return n;
}

VERSION_API DWORD WINAPI VerLanguageNameA(DWORD lang, LPSTR buffer, DWORD size)
{
    WCHAR name[128];
    DWORD n = VerLanguageNameW(lang, name, 128);
    char a[256];
    int len = WideCharToMultiByte(CP_ACP, 0, name, n + 1, a, sizeof(a), NULL, NULL);

    n = len > 0 ? (DWORD)len - 1 : 0;
    if (!buffer || !size) return n;
    if (n >= size) n = size - 1;
    memcpy(buffer, a, n);
    buffer[n] = 0;
    return n;
}
