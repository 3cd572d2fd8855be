/*
 * Modules and resources: LoadLibrary, GetProcAddress, GetModuleHandle(Ex),
 * GetModuleFileName. A versions convert their strings and call the W ones.
 */
#include <string.h>
#include "kernel32_private.h"

NTSYSAPI NTSTATUS WINAPI LdrAddRefDll(ULONG, HMODULE);

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
    RtlInitUnicodeString(&str, name);
    /* as data: a module already loaded is shared, as Windows does; else
     * ntdll maps the file without running it (a tagged handle, datafile.c) */
    if ((flags & (LOAD_LIBRARY_AS_DATAFILE | LOAD_LIBRARY_AS_DATAFILE_EXCLUSIVE | LOAD_LIBRARY_AS_IMAGE_RESOURCE)) &&
        !LdrGetDllHandle(NULL, 0, &str, &module) && !LdrAddRefDll(0, module))
        return module;
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
