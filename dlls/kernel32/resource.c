/*
 * Resources of loaded modules: FindResource(Ex), LoadResource, SizeofResource
 * and the EnumResource* walks, over ntdll's bounded tree lookups.
 */
#include <string.h>
#include "kernel32_private.h"

NTSYSAPI NTSTATUS WINAPI LdrFindResource_U(HMODULE, const ULONG_PTR *, ULONG, IMAGE_RESOURCE_DATA_ENTRY **);
NTSYSAPI NTSTATUS WINAPI LdrFindResourceDirectory_U(HMODULE, const ULONG_PTR *, ULONG, IMAGE_RESOURCE_DIRECTORY **);
NTSYSAPI NTSTATUS WINAPI LdrAccessResource(HMODULE, const IMAGE_RESOURCE_DATA_ENTRY *, void **, ULONG *);
NTSYSAPI PVOID WINAPI RtlImageDirectoryEntryToData(HMODULE, BOOLEAN, USHORT, ULONG *);

/* "#123" names the id 123; any other string is matched by name. */
static ULONG_PTR resource_key(LPCWSTR name)
{
    ULONG_PTR id = 0;
    if (IS_INTRESOURCE(name) || name[0] != '#') return (ULONG_PTR)name;
    for (const WCHAR *p = name + 1; *p; p++) {
        if (*p < '0' || *p > '9') return (ULONG_PTR)name;
        id = id * 10 + (*p - '0');
    }
    return id & 0xffff;
}

WINBASEAPI HRSRC WINAPI FindResourceExW(HMODULE module, LPCWSTR type, LPCWSTR name, WORD lang)
{
    IMAGE_RESOURCE_DATA_ENTRY *entry;
    ULONG_PTR keys[3] = { resource_key(type), resource_key(name), lang };

    if (!module) module = NtCurrentTeb()->Peb->ImageBaseAddress;
    return set_status_error(LdrFindResource_U(module, keys, 3, &entry)) ? (HRSRC)entry : NULL;
}

WINBASEAPI HRSRC WINAPI FindResourceW(HMODULE module, LPCWSTR name, LPCWSTR type)
{
    return FindResourceExW(module, type, name, 0);
}

WINBASEAPI HRSRC WINAPI FindResourceExA(HMODULE module, LPCSTR type, LPCSTR name, WORD lang)
{
    WCHAR *wtype = IS_INTRESOURCE(type) ? (WCHAR *)type : strdup_a_to_w(type);
    WCHAR *wname = IS_INTRESOURCE(name) ? (WCHAR *)name : strdup_a_to_w(name);
    HRSRC res = FindResourceExW(module, wtype, wname, lang);
    if (!IS_INTRESOURCE(type)) heap_free(wtype);
    if (!IS_INTRESOURCE(name)) heap_free(wname);
    return res;
}

WINBASEAPI HRSRC WINAPI FindResourceA(HMODULE module, LPCSTR name, LPCSTR type)
{
    return FindResourceExA(module, type, name, 0);
}

WINBASEAPI HGLOBAL WINAPI LoadResource(HMODULE module, HRSRC res)
{
    void *data;
    if (!res) {
        SetLastError(ERROR_INVALID_HANDLE);
        return NULL;
    }
    if (!module) module = NtCurrentTeb()->Peb->ImageBaseAddress;
    return set_status_error(LdrAccessResource(module, (IMAGE_RESOURCE_DATA_ENTRY *)res, &data, NULL)) ? data : NULL;
}

WINBASEAPI LPVOID WINAPI LockResource(HGLOBAL res) { return res; }
WINBASEAPI BOOL WINAPI FreeResource(HGLOBAL res) { (void)res; return FALSE; }

WINBASEAPI DWORD WINAPI SizeofResource(HMODULE module, HRSRC res)
{
    (void)module;
    if (!res) {
        SetLastError(ERROR_INVALID_HANDLE);
        return 0;
    }
    return ((IMAGE_RESOURCE_DATA_ENTRY *)res)->Size;
}

typedef BOOL (CALLBACK *ENUMRESTYPEPROCA)(HMODULE, LPSTR, LONG_PTR);
typedef BOOL (CALLBACK *ENUMRESTYPEPROCW)(HMODULE, LPWSTR, LONG_PTR);
typedef BOOL (CALLBACK *ENUMRESNAMEPROCA)(HMODULE, LPCSTR, LPSTR, LONG_PTR);
typedef BOOL (CALLBACK *ENUMRESNAMEPROCW)(HMODULE, LPCWSTR, LPWSTR, LONG_PTR);

/* One pass over the entries of a directory: each named entry's name is
 * handed over as a fresh NUL-terminated string (A or W), each id as an
 * int resource; the walk stops when the callback returns FALSE. */
struct res_walk {
    HMODULE module;
    const char *root;            /* the resource section */
    ULONG size;
    const IMAGE_RESOURCE_DIRECTORY *dir;
    BOOL ansi;
    BOOL (*visit)(struct res_walk *walk, void *name);
    void *proc;
    const void *type;            /* as the caller gave it, for name walks */
    LONG_PTR param;
};

static BOOL visit_entries(struct res_walk *w)
{
    const IMAGE_RESOURCE_DIRECTORY_ENTRY *e = (const IMAGE_RESOURCE_DIRECTORY_ENTRY *)(w->dir + 1);
    unsigned int i, n = w->dir->NumberOfNamedEntries + w->dir->NumberOfIdEntries;
    BOOL ret = TRUE;

    for (i = 0; i < n && ret; i++) {
        const IMAGE_RESOURCE_DIR_STRING_U *str;
        DWORD off = e[i].Name & 0x7fffffff;
        void *name;

        if (!(e[i].Name & 0x80000000)) {
            ret = w->visit(w, (void *)(ULONG_PTR)(e[i].Name & 0xffff));
            continue;
        }
        if (off > w->size || w->size - off < sizeof(WORD)) continue;
        str = (const IMAGE_RESOURCE_DIR_STRING_U *)(w->root + off);
        if ((SIZE_T)str->Length * sizeof(WCHAR) > w->size - off - sizeof(WORD)) continue;
        if (w->ansi) {
            int len = WideCharToMultiByte(CP_ACP, 0, str->NameString, str->Length, NULL, 0, NULL, NULL);
            char *a = heap_alloc(len + 1);
            if (!a) { SetLastError(ERROR_NOT_ENOUGH_MEMORY); return FALSE; }
            WideCharToMultiByte(CP_ACP, 0, str->NameString, str->Length, a, len, NULL, NULL);
            a[len] = 0;
            name = a;
        } else {
            WCHAR *wn = heap_alloc((str->Length + 1) * sizeof(WCHAR));
            if (!wn) { SetLastError(ERROR_NOT_ENOUGH_MEMORY); return FALSE; }
            memcpy(wn, str->NameString, str->Length * sizeof(WCHAR));
            wn[str->Length] = 0;
            name = wn;
        }
        ret = w->visit(w, name);
        heap_free(name);
    }
    return ret;
}

static BOOL visit_type(struct res_walk *w, void *name)
{
    if (w->ansi) return ((ENUMRESTYPEPROCA)w->proc)(w->module, name, w->param);
    return ((ENUMRESTYPEPROCW)w->proc)(w->module, name, w->param);
}

static BOOL visit_name(struct res_walk *w, void *name)
{
    if (w->ansi) return ((ENUMRESNAMEPROCA)w->proc)(w->module, w->type, name, w->param);
    return ((ENUMRESNAMEPROCW)w->proc)(w->module, w->type, name, w->param);
}

/* LEVEL 0 walks the types, 1 the names of TYPE (already a W key). */
static BOOL enum_resources(struct res_walk *w, ULONG level, ULONG_PTR type_key)
{
    ULONG_PTR keys[3] = { type_key, 0, 0 };
    IMAGE_RESOURCE_DIRECTORY *dir;

    if (!w->proc) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return FALSE;
    }
    if (!w->module) w->module = NtCurrentTeb()->Peb->ImageBaseAddress;
    if (!set_status_error(LdrFindResourceDirectory_U(w->module, keys, level, &dir))) return FALSE;
    w->root = RtlImageDirectoryEntryToData(w->module, TRUE, IMAGE_DIRECTORY_ENTRY_RESOURCE, &w->size);
    w->dir = dir;
    return visit_entries(w);
}

WINBASEAPI BOOL WINAPI EnumResourceTypesW(HMODULE module, ENUMRESTYPEPROCW proc, LONG_PTR param)
{
    struct res_walk w = { module, NULL, 0, NULL, FALSE, visit_type, (void *)proc, NULL, param };
    return enum_resources(&w, 0, 0);
}

WINBASEAPI BOOL WINAPI EnumResourceTypesA(HMODULE module, ENUMRESTYPEPROCA proc, LONG_PTR param)
{
    struct res_walk w = { module, NULL, 0, NULL, TRUE, visit_type, (void *)proc, NULL, param };
    return enum_resources(&w, 0, 0);
}

WINBASEAPI BOOL WINAPI EnumResourceNamesW(HMODULE module, LPCWSTR type, ENUMRESNAMEPROCW proc, LONG_PTR param)
{
    struct res_walk w = { module, NULL, 0, NULL, FALSE, visit_name, (void *)proc, type, param };
    if (!type) {
        SetLastError(ERROR_RESOURCE_TYPE_NOT_FOUND);
        return FALSE;
    }
    return enum_resources(&w, 1, resource_key(type));
}

WINBASEAPI BOOL WINAPI EnumResourceNamesA(HMODULE module, LPCSTR type, ENUMRESNAMEPROCA proc, LONG_PTR param)
{
    struct res_walk w = { module, NULL, 0, NULL, TRUE, visit_name, (void *)proc, type, param };
    WCHAR *wtype;
    BOOL ret;

    if (!type) {
        SetLastError(ERROR_RESOURCE_TYPE_NOT_FOUND);
        return FALSE;
    }
    if (IS_INTRESOURCE(type)) return enum_resources(&w, 1, (ULONG_PTR)type);
    if (!(wtype = strdup_a_to_w(type))) return FALSE;
    ret = enum_resources(&w, 1, resource_key(wtype));
    heap_free(wtype);
    return ret;
}
