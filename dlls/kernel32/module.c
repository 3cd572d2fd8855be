/*
 * Modules and resources: LoadLibrary, GetProcAddress, GetModuleHandle(Ex),
 * GetModuleFileName, FindResource/LoadResource. A versions convert their
 * strings and call the W ones.
 */
#include <string.h>
#include "kernel32_private.h"

NTSYSAPI NTSTATUS WINAPI LdrAddRefDll(ULONG, HMODULE);
NTSYSAPI NTSTATUS WINAPI LdrFindResource_U(HMODULE, const ULONG_PTR *, ULONG, IMAGE_RESOURCE_DATA_ENTRY **);
NTSYSAPI NTSTATUS WINAPI LdrAccessResource(HMODULE, const IMAGE_RESOURCE_DATA_ENTRY *, void **, ULONG *);

WINBASEAPI HMODULE WINAPI LoadLibraryExW(LPCWSTR name, HANDLE file, DWORD flags)
{
    UNICODE_STRING str;
    HMODULE module;
    NTSTATUS status;
    (void)file;

    if (!name) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return NULL;
    }
    if (flags & ~0x00000008u /* LOAD_WITH_ALTERED_SEARCH_PATH */)
        if (flags & 0x22) { /* as a data file: mapping without running it comes later */
            SetLastError(ERROR_NOT_SUPPORTED);
            return NULL;
        }
    RtlInitUnicodeString(&str, name);
    status = LdrLoadDll(NULL, flags, &str, &module);
    if (status == STATUS_INVALID_IMAGE_FORMAT) {
        SetLastError(ERROR_BAD_EXE_FORMAT);
        return NULL;
    }
    return set_status_error(status) ? module : NULL;
}

WINBASEAPI HMODULE WINAPI LoadLibraryExA(LPCSTR name, HANDLE file, DWORD flags)
{
    WCHAR *w = strdup_a_to_w(name);
    HMODULE module;
    if (!w && name) { SetLastError(ERROR_NOT_ENOUGH_MEMORY); return NULL; }
    module = LoadLibraryExW(w, file, flags);
    heap_free(w);
    return module;
}

WINBASEAPI HMODULE WINAPI LoadLibraryW(LPCWSTR name) { return LoadLibraryExW(name, NULL, 0); }
WINBASEAPI HMODULE WINAPI LoadLibraryA(LPCSTR name) { return LoadLibraryExA(name, NULL, 0); }

WINBASEAPI BOOL WINAPI FreeLibrary(HMODULE module)
{
    if (!module) {
        SetLastError(ERROR_INVALID_HANDLE);
        return FALSE;
    }
    return set_status_error(LdrUnloadDll(module));
}

WINBASEAPI FARPROC WINAPI GetProcAddress(HMODULE module, LPCSTR name)
{
    ANSI_STRING str;
    PVOID addr;
    NTSTATUS status;

    if (IS_INTRESOURCE(name)) status = LdrGetProcedureAddress(module, NULL, (ULONG)(ULONG_PTR)name, &addr);
    else {
        RtlInitAnsiString(&str, name);
        status = LdrGetProcedureAddress(module, &str, 0, &addr);
    }
    if (status == STATUS_ORDINAL_NOT_FOUND) status = STATUS_ENTRYPOINT_NOT_FOUND;
    if (status == STATUS_DLL_NOT_FOUND) status = STATUS_INVALID_HANDLE;
    return set_status_error(status) ? (FARPROC)addr : NULL;
}

WINBASEAPI BOOL WINAPI GetModuleHandleExW(DWORD flags, LPCWSTR name, HMODULE *module)
{
    PLDR_DATA_TABLE_ENTRY ldr = NULL;
    NTSTATUS status = STATUS_SUCCESS;

    if (!module || (flags & GET_MODULE_HANDLE_EX_FLAG_PIN && flags & GET_MODULE_HANDLE_EX_FLAG_UNCHANGED_REFCOUNT)) {
        if (module) *module = NULL;
        SetLastError(ERROR_INVALID_PARAMETER);
        return FALSE;
    }
    if (flags & GET_MODULE_HANDLE_EX_FLAG_FROM_ADDRESS) {
        if (!(ldr = module_from_address(name))) status = STATUS_DLL_NOT_FOUND;
    } else if (!name) {
        ldr = module_from_handle(NULL);
    } else {
        UNICODE_STRING str;
        HMODULE h;
        RtlInitUnicodeString(&str, name);
        if (!(status = LdrGetDllHandle(NULL, 0, &str, &h))) ldr = module_from_handle(h);
    }
    if (status || !ldr) {
        *module = NULL;
        SetLastError(ERROR_MOD_NOT_FOUND);
        return FALSE;
    }
    *module = ldr->DllBase;
    if (!(flags & GET_MODULE_HANDLE_EX_FLAG_UNCHANGED_REFCOUNT) && name)
        LdrAddRefDll(flags & GET_MODULE_HANDLE_EX_FLAG_PIN ? 1 : 0, *module);
    return TRUE;
}

WINBASEAPI BOOL WINAPI GetModuleHandleExA(DWORD flags, LPCSTR name, HMODULE *module)
{
    WCHAR *w;
    BOOL ret;
    if (!name || (flags & GET_MODULE_HANDLE_EX_FLAG_FROM_ADDRESS))
        return GetModuleHandleExW(flags, (LPCWSTR)name, module);
    w = strdup_a_to_w(name);
    ret = GetModuleHandleExW(flags, w, module);
    heap_free(w);
    return ret;
}

WINBASEAPI HMODULE WINAPI GetModuleHandleW(LPCWSTR name)
{
    HMODULE module;
    return GetModuleHandleExW(GET_MODULE_HANDLE_EX_FLAG_UNCHANGED_REFCOUNT, name, &module) ? module : NULL;
}

WINBASEAPI HMODULE WINAPI GetModuleHandleA(LPCSTR name)
{
    HMODULE module;
    return GetModuleHandleExA(GET_MODULE_HANDLE_EX_FLAG_UNCHANGED_REFCOUNT, name, &module) ? module : NULL;
}

/* Truncation as Windows XP+: the buffer gets SIZE-1 chars and a NUL, the
 * result is SIZE, and the error ERROR_INSUFFICIENT_BUFFER. */
WINBASEAPI DWORD WINAPI GetModuleFileNameW(HMODULE module, LPWSTR buffer, DWORD size)
{
    PLDR_DATA_TABLE_ENTRY ldr = module_from_handle(module);
    DWORD len;

    if (!ldr) {
        SetLastError(ERROR_MOD_NOT_FOUND);
        return 0;
    }
    len = ldr->FullDllName.Length / sizeof(WCHAR);
    if (!size) {
        SetLastError(ERROR_INSUFFICIENT_BUFFER);
        return 0;
    }
    if (len >= size) {
        memcpy(buffer, ldr->FullDllName.Buffer, (size - 1) * sizeof(WCHAR));
        buffer[size - 1] = 0;
        SetLastError(ERROR_INSUFFICIENT_BUFFER);
        return size;
    }
    memcpy(buffer, ldr->FullDllName.Buffer, (len + 1) * sizeof(WCHAR));
    SetLastError(ERROR_SUCCESS);
    return len;
}

WINBASEAPI DWORD WINAPI GetModuleFileNameA(HMODULE module, LPSTR buffer, DWORD size)
{
    WCHAR wbuf[32768];
    DWORD len = GetModuleFileNameW(module, wbuf, sizeof(wbuf) / sizeof(WCHAR));
    int n;

    if (!len) return 0;
    n = WideCharToMultiByte(CP_ACP, 0, wbuf, -1, NULL, 0, NULL, NULL);
    if (!size) {
        SetLastError(ERROR_INSUFFICIENT_BUFFER);
        return 0;
    }
    if ((DWORD)n > size) {
        WideCharToMultiByte(CP_ACP, 0, wbuf, -1, buffer, (int)size - 1, NULL, NULL);
        buffer[size - 1] = 0;
        SetLastError(ERROR_INSUFFICIENT_BUFFER);
        return size;
    }
    WideCharToMultiByte(CP_ACP, 0, wbuf, -1, buffer, (int)size, NULL, NULL);
    SetLastError(ERROR_SUCCESS);
    return (DWORD)n - 1;
}

/* ---- resources ---- */

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
