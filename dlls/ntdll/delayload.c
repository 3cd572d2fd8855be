/*
 * LdrResolveDelayLoadedAPI (kernel32's ResolveDelayLoadedAPI): the system
 * side of /DELAYLOAD.  The image loader only checks the delay-import
 * directory (pe_dirs.c); the first call through a delay-loaded import
 * lands in the program's helper, which asks this function to load the DLL
 * (once: the module handle slot of the descriptor caches it), look up the
 * one function the thunk names and write it into the IAT slot.  On failure
 * the program's DLL hook (dliFailLoadLib = 3 or dliFailGetProc = 4 with a
 * DELAYLOAD_INFO) gives the result, else the system hook (kernel32's
 * DelayLoadFailureHook) with the DLL and function name or ordinal.
 */
#include <stdlib.h>
#include "ntdll_private.h"

typedef struct {
    BOOL ImportDescribedByName;
    union { const char *Name; DWORD Ordinal; } Description;
} DELAYLOAD_PROC_DESCRIPTOR;

typedef struct {
    DWORD Size;
    const IMAGE_DELAYLOAD_DESCRIPTOR *DelayloadDescriptor;
    ULONGLONG *ThunkAddress;
    const char *TargetDllName;
    DELAYLOAD_PROC_DESCRIPTOR TargetApiDescriptor;
    void *TargetModuleBase;
    void *Unused;
    DWORD LastError;
} DELAYLOAD_INFO;

typedef void *(WINAPI *delayload_dll_hook)(DWORD reason, DELAYLOAD_INFO *info);
typedef void *(WINAPI *delayload_system_hook)(const char *dll, const char *function);

NTSYSAPI NTSTATUS WINAPI LdrLoadDll(LPCWSTR path, DWORD flags, const UNICODE_STRING *name, HMODULE *handle);
NTSYSAPI NTSTATUS WINAPI LdrGetProcedureAddress(HMODULE module, const ANSI_STRING *name, ULONG ordinal, PVOID *addr);
NTSYSAPI ULONG WINAPI RtlNtStatusToDosError(NTSTATUS status);
NTSYSAPI void WINAPI RtlInitAnsiString(ANSI_STRING *str, const char *s);

static NTSTATUS load(const char *name, HMODULE *module)
{
    UNICODE_STRING str;
    WCHAR *w = utf8_to_utf16_dup(name);
    NTSTATUS status;

    if (!w) return STATUS_NO_MEMORY;
    str.Buffer = w;
    str.Length = str.MaximumLength = (USHORT)(wcs_len(w) * sizeof(WCHAR));
    status = LdrLoadDll(NULL, 0, &str, module);
    free(w);
    return status;
}

NTSYSAPI void *WINAPI LdrResolveDelayLoadedAPI(void *base, const IMAGE_DELAYLOAD_DESCRIPTOR *desc,
                                               delayload_dll_hook dll_hook, delayload_system_hook system_hook,
                                               ULONGLONG *thunk, ULONG flags)
{
    char *image = base;
    HMODULE *module = (HMODULE *)(image + desc->ModuleHandleRVA);
    ULONGLONG *iat = (ULONGLONG *)(image + desc->ImportAddressTableRVA);
    ULONGLONG *names = (ULONGLONG *)(image + desc->ImportNameTableRVA);
    const char *dll = image + desc->DllNameRVA;
    ULONGLONG entry = names[thunk - iat];
    int by_name = !(entry & IMAGE_ORDINAL_FLAG64);
    const char *function = by_name ? image + (DWORD)entry + 2 /* skip the hint */ : NULL;
    DELAYLOAD_INFO info;
    NTSTATUS status = STATUS_SUCCESS;
    void *proc = NULL;
    (void)flags;

    if (!*module) status = load(dll, module);
    if (!status) {
        ANSI_STRING str;
        if (by_name) RtlInitAnsiString(&str, function);
        status = LdrGetProcedureAddress(*module, by_name ? &str : NULL, by_name ? 0 : (WORD)entry, &proc);
    }
    if (!status) {
        *thunk = (ULONGLONG)proc;
        return proc;
    }

    if (dll_hook) {
        info.Size = sizeof(info);
        info.DelayloadDescriptor = desc;
        info.ThunkAddress = thunk;
        info.TargetDllName = dll;
        info.TargetApiDescriptor.ImportDescribedByName = by_name;
        if (by_name) info.TargetApiDescriptor.Description.Name = function;
        else info.TargetApiDescriptor.Description.Ordinal = (WORD)entry;
        info.TargetModuleBase = *module;
        info.Unused = NULL;
        info.LastError = RtlNtStatusToDosError(status);
        /* dliFailLoadLib when the DLL did not load, dliFailGetProc otherwise;
           what the hook returns is the result, the IAT slot is left alone */
        return dll_hook(*module ? 4 : 3, &info);
    }
    if (!system_hook) return NULL;
    return system_hook(dll, by_name ? function : (const char *)(ULONG_PTR)(WORD)entry);
}
