/* peb_ldr.c - the PEB and its loader lists, which programs walk by hand
 * (shellcode-style GetProcAddress, Go's runtime, CRT start-up).  The
 * structures are written out here with x64 offsets because the SDK's
 * winternl.h hides most fields. */
#include "test.h"
#include <stddef.h>

typedef struct {
    USHORT Length, MaximumLength;
    WCHAR *Buffer;
} USTR;

typedef struct {
    LIST_ENTRY InLoadOrderLinks;            /* 0x00 */
    LIST_ENTRY InMemoryOrderLinks;          /* 0x10 */
    LIST_ENTRY InInitializationOrderLinks;  /* 0x20 */
    void *DllBase;                          /* 0x30 */
    void *EntryPoint;                       /* 0x38 */
    ULONG SizeOfImage;                      /* 0x40 */
    USTR FullDllName;                       /* 0x48 */
    USTR BaseDllName;                       /* 0x58 */
} LDR_ENTRY;

typedef struct {
    ULONG Length;
    BOOLEAN Initialized;
    void *SsHandle;
    LIST_ENTRY InLoadOrderModuleList;       /* 0x10 */
    LIST_ENTRY InMemoryOrderModuleList;     /* 0x20 */
    LIST_ENTRY InInitializationOrderModuleList; /* 0x30 */
} LDR_DATA;

#define PEB_FIELD(peb, off, type) (*(type *)((char *)(peb) + (off)))

/* Is the counted string equal to s, ignoring case? */
static int ustr_eq(const USTR *u, const WCHAR *s)
{
    int n = lstrlenW(s);
    return u->Length == n * 2 && CompareStringW(LOCALE_INVARIANT, NORM_IGNORECASE, u->Buffer, n, s, n) == CSTR_EQUAL;
}

int main(void)
{
    void *peb = (void *)__readgsqword(0x60);
    LDR_DATA *ldr;
    LIST_ENTRY *head, *e;
    LDR_ENTRY *first, *k32 = NULL, *nt = NULL;
    char *params;
    USTR *cmd, *image;
    int count = 0, mz = 1;

    ok(PEB_FIELD(peb, 0x10, HMODULE) == GetModuleHandleA(NULL), "PEB->ImageBaseAddress %p",
       PEB_FIELD(peb, 0x10, void *));
    ok(PEB_FIELD(peb, 0x30, HANDLE) == GetProcessHeap(), "PEB->ProcessHeap %p", PEB_FIELD(peb, 0x30, void *));
    ok(PEB_FIELD(peb, 0x02, BOOLEAN) == 0, "PEB->BeingDebugged is 0");
    ok(PEB_FIELD(peb, 0xb8, ULONG) >= 1, "PEB->NumberOfProcessors %lu", PEB_FIELD(peb, 0xb8, ULONG));

    /* process parameters: command line and image path */
    params = PEB_FIELD(peb, 0x20, char *);
    ok(params != NULL, "PEB->ProcessParameters %p", params);
    image = (USTR *)(params + 0x60);
    cmd = (USTR *)(params + 0x70);
    ok(cmd->Length == lstrlenW(GetCommandLineW()) * 2 &&
       !memcmp(cmd->Buffer, GetCommandLineW(), cmd->Length), "ProcessParameters->CommandLine %s",
       dbgstr_w(cmd->Buffer));
    ok(image->Length > 22 && !lstrcmpiW(image->Buffer + image->Length / 2 - 11, L"peb_ldr.exe"),
       "ProcessParameters->ImagePathName %s", dbgstr_w(image->Buffer));

    ldr = PEB_FIELD(peb, 0x18, LDR_DATA *);
    ok(ldr != NULL && ldr->Initialized, "PEB->Ldr %p initialized", ldr);
    head = &ldr->InLoadOrderModuleList;
    first = CONTAINING_RECORD(head->Flink, LDR_ENTRY, InLoadOrderLinks);
    ok(first->DllBase == GetModuleHandleA(NULL), "first in load order is the exe: %p", first->DllBase);
    ok(ustr_eq(&first->BaseDllName, L"peb_ldr.exe"), "exe BaseDllName %s", dbgstr_w(first->BaseDllName.Buffer));
    ok(first->FullDllName.Length > first->BaseDllName.Length &&
       !memcmp((char *)first->FullDllName.Buffer + first->FullDllName.Length - first->BaseDllName.Length,
               first->BaseDllName.Buffer, first->BaseDllName.Length),
       "exe FullDllName ends with BaseDllName: %s", dbgstr_w(first->FullDllName.Buffer));
    ok(first->SizeOfImage != 0, "exe SizeOfImage 0x%lx", first->SizeOfImage);

    for (e = head->Flink; e != head && count < 1000; e = e->Flink, count++) {
        LDR_ENTRY *m = CONTAINING_RECORD(e, LDR_ENTRY, InLoadOrderLinks);
        if (((IMAGE_DOS_HEADER *)m->DllBase)->e_magic != IMAGE_DOS_SIGNATURE)
            mz = 0;
        if (ustr_eq(&m->BaseDllName, L"kernel32.dll"))
            k32 = m;
        if (ustr_eq(&m->BaseDllName, L"ntdll.dll"))
            nt = m;
        if (e->Flink->Blink != e)   /* the list must be properly doubly linked */
            break;
    }
    ok(e == head && count >= 3, "load order list is circular, %d modules", count);
    ok(mz, "every DllBase starts with MZ");
    ok(k32 && k32->DllBase == GetModuleHandleA("kernel32.dll"), "kernel32.dll in list at %p",
       k32 ? k32->DllBase : NULL);
    ok(nt && nt->DllBase == GetModuleHandleA("ntdll.dll"), "ntdll.dll in list at %p", nt ? nt->DllBase : NULL);
    ok(k32 && k32->FullDllName.Length > 0 && k32->FullDllName.Buffer[1] == ':',
       "kernel32 FullDllName %s", k32 ? dbgstr_w(k32->FullDllName.Buffer) : "-");

    /* the memory-order list also starts with the exe */
    head = &ldr->InMemoryOrderModuleList;
    first = CONTAINING_RECORD(head->Flink, LDR_ENTRY, InMemoryOrderLinks);
    ok(first->DllBase == GetModuleHandleA(NULL), "first in memory order is the exe");
    /* the initialization-order list does not contain the exe */
    head = &ldr->InInitializationOrderModuleList;
    ok(head->Flink != head && CONTAINING_RECORD(head->Flink, LDR_ENTRY, InInitializationOrderLinks)->DllBase
       != GetModuleHandleA(NULL), "initialization order list has DLLs only");
    return test_done();
}
