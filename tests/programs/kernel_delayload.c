/* ResolveDelayLoadedAPI, the system side of /DELAYLOAD, on a hand-built
 * IMAGE_DELAYLOAD_DESCRIPTOR (RVAs relative to a static "image"): loading
 * the DLL once into the descriptor's module slot, writing the IAT slot,
 * and the failure hooks.  (dll_delay.c covers a mingw delay-load import
 * library, whose helper does its own LoadLibrary/GetProcAddress.)
 * Expectations checked under Wine. */
#include <stddef.h>
#include "test.h"

typedef struct {
    BOOL ImportDescribedByName;
    union { const char *Name; DWORD Ordinal; } Description;
} PROC_DESC;
typedef struct {
    DWORD Size;
    const IMAGE_DELAYLOAD_DESCRIPTOR *DelayloadDescriptor;
    ULONGLONG *ThunkAddress;
    const char *TargetDllName;
    PROC_DESC TargetApiDescriptor;
    void *TargetModuleBase;
    void *Unused;
    DWORD LastError;
} LOAD_INFO;
typedef void *(WINAPI *dll_hook_fn)(DWORD, LOAD_INFO *);
typedef void *(WINAPI *sys_hook_fn)(const char *, const char *);
typedef void *(WINAPI *resolve_fn)(void *, const IMAGE_DELAYLOAD_DESCRIPTOR *, dll_hook_fn, sys_hook_fn,
                                   ULONGLONG *, ULONG);

struct import { WORD hint; char name[30]; };
static struct image {
    IMAGE_DELAYLOAD_DESCRIPTOR desc;
    HMODULE module;
    ULONGLONG iat[4];
    ULONGLONG names[4];
    char dll[32];
    struct import imports[2];
} image;

#define RVA(field) ((DWORD)offsetof(struct image, field))

static void setup(const char *dll)
{
    memset(&image, 0, sizeof(image));
    image.desc.Attributes.AllAttributes = 1;   /* RVAs, not addresses */
    image.desc.DllNameRVA = RVA(dll);
    image.desc.ModuleHandleRVA = RVA(module);
    image.desc.ImportAddressTableRVA = RVA(iat);
    image.desc.ImportNameTableRVA = RVA(names);
    strcpy(image.dll, dll);
    strcpy(image.imports[0].name, "GetCurrentProcessId");
    strcpy(image.imports[1].name, "NoSuchFunctionK32");
    image.names[0] = RVA(imports[0]);
    image.names[1] = RVA(imports[1]);
    image.names[2] = IMAGE_ORDINAL_FLAG64 | 0xfff0;
    image.iat[0] = image.iat[1] = image.iat[2] = 0x1234;   /* the helper's thunks */
}

static DWORD hook_reason, hook_calls;
static LOAD_INFO hook_info;
static const char *sys_dll, *sys_func;

static void *WINAPI dll_hook(DWORD reason, LOAD_INFO *info)
{
    hook_calls++;
    hook_reason = reason;
    hook_info = *info;
    return (void *)0x5678;
}

static void *WINAPI sys_hook(const char *dll, const char *func)
{
    sys_dll = dll;
    sys_func = func;
    return (void *)0x9abc;
}

static void *WINAPI bad_hook(DWORD reason, LOAD_INFO *info)
{
    (void)reason; (void)info;
    return NULL;
}

int main(void)
{
    HMODULE k32 = GetModuleHandleA("kernel32.dll");
    resolve_fn resolve = (resolve_fn)GetProcAddress(k32, "ResolveDelayLoadedAPI");
    sys_hook_fn failure_hook = (sys_hook_fn)GetProcAddress(k32, "DelayLoadFailureHook");
    int wine = GetProcAddress(GetModuleHandleA("ntdll.dll"), "wine_get_version") != NULL;
    void *r;

    ok(resolve && failure_hook, "exports");
    if (!resolve || !failure_hook) return test_done();

    /* success: the DLL is loaded into the module slot, the IAT slot written */
    setup("kernel32.dll");
    r = resolve(&image, &image.desc, dll_hook, sys_hook, &image.iat[0], 0);
    ok(r == (void *)GetProcAddress(k32, "GetCurrentProcessId"), "resolved %p", r);
    ok(image.iat[0] == (ULONGLONG)r, "IAT slot %I64x", image.iat[0]);
    ok(image.module == k32, "module slot %p", image.module);
    ok(hook_calls == 0, "no hook call: %lu", hook_calls);

    /* a missing function: the DLL hook's result, the IAT slot left alone */
    r = resolve(&image, &image.desc, dll_hook, sys_hook, &image.iat[1], 0);
    ok(r == (void *)0x5678 && hook_calls == 1 && hook_reason == 4, "missing: %p calls %lu reason %lu",
       r, hook_calls, hook_reason);
    ok(image.iat[1] == 0x1234, "missing: IAT slot %I64x", image.iat[1]);
    ok(hook_info.Size == sizeof(LOAD_INFO), "missing: size %lu", hook_info.Size);
    ok(hook_info.DelayloadDescriptor == &image.desc, "missing: descriptor");
    ok(hook_info.ThunkAddress == &image.iat[1], "missing: thunk");
    ok(hook_info.TargetDllName == image.dll, "missing: dll name");
    ok(hook_info.TargetApiDescriptor.ImportDescribedByName, "missing: by name");
    /* Wine 8 stores the low word of the name's RVA as an ordinal instead */
    ok(hook_info.TargetApiDescriptor.Description.Name == image.imports[1].name || wine, "missing: name %p %p",
       hook_info.TargetApiDescriptor.Description.Name, image.imports[1].name);
    ok(hook_info.TargetModuleBase == k32, "missing: module");
    ok(hook_info.LastError != 0, "missing: error %lu", hook_info.LastError);

    /* a missing ordinal */
    r = resolve(&image, &image.desc, dll_hook, sys_hook, &image.iat[2], 0);
    ok(r == (void *)0x5678 && hook_reason == 4 && !hook_info.TargetApiDescriptor.ImportDescribedByName &&
       hook_info.TargetApiDescriptor.Description.Ordinal == 0xfff0, "ordinal: %p ordinal %lx", r,
       hook_info.TargetApiDescriptor.Description.Ordinal);

    /* without a DLL hook the system hook gets the names */
    r = resolve(&image, &image.desc, NULL, sys_hook, &image.iat[1], 0);
    ok(r == (void *)0x9abc && sys_dll == image.dll && sys_func == image.imports[1].name, "system hook: %p", r);
    r = resolve(&image, &image.desc, NULL, sys_hook, &image.iat[2], 0);
    ok(r == (void *)0x9abc && sys_func == (const char *)0xfff0, "system hook ordinal: %p %p", r, sys_func);
    /* a DLL hook's NULL is the result: the system hook is not asked */
    sys_dll = NULL;
    r = resolve(&image, &image.desc, bad_hook, sys_hook, &image.iat[1], 0);
    ok(r == NULL && sys_dll == NULL, "NULL from the DLL hook: %p %p", r, sys_dll);

    /* a missing DLL */
    setup("nosuchdll_k32.dll");
    hook_calls = 0;
    r = resolve(&image, &image.desc, dll_hook, sys_hook, &image.iat[0], 0);
    ok(r == (void *)0x5678 && hook_calls == 1 && image.module == NULL && hook_info.TargetModuleBase == NULL,
       "no dll: %p calls %lu module %p", r, hook_calls, image.module);
    /* Windows documents dliFailLoadLib (3) for a DLL that does not load;
       Wine 8 always passes dliFailGetProc (4) */
    ok(hook_reason == 3 || (wine && hook_reason == 4), "no dll: reason %lu", hook_reason);
    ok(hook_info.TargetDllName == image.dll, "no dll: name");

    /* kernel32's own system hook: a stub failing with ERROR_PROC_NOT_FOUND
       (Wine 8 raises an exception instead) */
    if (!wine) {
        ULONG_PTR (WINAPI *stub)(void) = (ULONG_PTR (WINAPI *)(void))failure_hook("x.dll", "Func");
        ULONG_PTR v;
        ok(stub != NULL, "failure hook stub %p", stub);
        SetLastError(0);
        v = stub ? stub() : 1;
        ok(v == 0 && GetLastError() == ERROR_PROC_NOT_FOUND, "stub: %Iu err %lu", v, GetLastError());
    }
    return test_done();
}
