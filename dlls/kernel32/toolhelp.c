/*
 * Toolhelp snapshots: CreateToolhelp32Snapshot and the Process32, Thread32
 * and Module32 walks.
 *
 * A snapshot is what Windows makes it: a section (pagefile-backed mapping)
 * holding the entries and the walk positions, so the handle is closed with
 * CloseHandle and may be duplicated. Processes and threads come from
 * NtQuerySystemInformation(SystemProcessInformation): the winrun
 * processes (see ntdll/sysquery.c). Modules are the current process's
 * (the loader's list); another process's modules are not readable here, so
 * TH32CS_SNAPMODULE of another id fails with ERROR_ACCESS_DENIED. The heap
 * list is always empty.
 */
#include <string.h>
#include "kernel32_private.h"

#define TH32CS_SNAPHEAPLIST 0x00000001
#define TH32CS_SNAPPROCESS  0x00000002
#define TH32CS_SNAPTHREAD   0x00000004
#define TH32CS_SNAPMODULE   0x00000008
#define TH32CS_SNAPMODULE32 0x00000010
#define TH32CS_INHERIT      0x80000000

NTSYSAPI NTSTATUS WINAPI RtlEnterCriticalSection(RTL_CRITICAL_SECTION *);
NTSYSAPI NTSTATUS WINAPI RtlLeaveCriticalSection(RTL_CRITICAL_SECTION *);
/* mapping.c */
WINBASEAPI HANDLE WINAPI CreateFileMappingW(HANDLE, SECURITY_ATTRIBUTES *, DWORD, DWORD, DWORD, LPCWSTR);
WINBASEAPI LPVOID WINAPI MapViewOfFile(HANDLE, DWORD, DWORD, DWORD, SIZE_T);
WINBASEAPI BOOL WINAPI UnmapViewOfFile(LPCVOID);

typedef struct {
    DWORD dwSize, cntUsage, th32ProcessID;
    ULONG_PTR th32DefaultHeapID;
    DWORD th32ModuleID, cntThreads, th32ParentProcessID;
    LONG pcPriClassBase;
    DWORD dwFlags;
    WCHAR szExeFile[MAX_PATH];
} PROCESSENTRY32W;

typedef struct {
    DWORD dwSize, cntUsage, th32ProcessID;
    ULONG_PTR th32DefaultHeapID;
    DWORD th32ModuleID, cntThreads, th32ParentProcessID;
    LONG pcPriClassBase;
    DWORD dwFlags;
    char szExeFile[MAX_PATH];
} PROCESSENTRY32;

typedef struct {
    DWORD dwSize, cntUsage, th32ThreadID, th32OwnerProcessID;
    LONG tpBasePri, tpDeltaPri;
    DWORD dwFlags;
} THREADENTRY32;

typedef struct {
    DWORD dwSize, th32ModuleID, th32ProcessID, GlblcntUsage, ProccntUsage;
    BYTE *modBaseAddr;
    DWORD modBaseSize;
    HMODULE hModule;
    WCHAR szModule[256];
    WCHAR szExePath[MAX_PATH];
} MODULEENTRY32W;

typedef struct {
    DWORD dwSize, th32ModuleID, th32ProcessID, GlblcntUsage, ProccntUsage;
    BYTE *modBaseAddr;
    DWORD modBaseSize;
    HMODULE hModule;
    char szModule[256];
    char szExePath[MAX_PATH];
} MODULEENTRY32;

/* The section's layout: this header, then the three arrays. */
struct snapshot {
    ULONG count[3], pos[3];
    ULONG_PTR offset[3];
};
enum { LIST_PROCESS, LIST_THREAD, LIST_MODULE };

static void copy_name(WCHAR *dst, size_t size, const WCHAR *src, size_t len)
{
    if (len >= size) len = size - 1;
    memcpy(dst, src, len * sizeof(WCHAR));
    dst[len] = 0;
}

/* The process list from ntdll, in a heap block. */
static SYSTEM_PROCESS_INFORMATION *query_processes(void)
{
    ULONG size = 0x10000, needed = 0;
    for (;;) {
        void *buf = heap_alloc(size);
        NTSTATUS status;
        if (!buf) return NULL;
        status = NtQuerySystemInformation(SystemProcessInformation, buf, size, &needed);
        if (!status) return buf;
        heap_free(buf);
        if (status != STATUS_INFO_LENGTH_MISMATCH) {
            set_status_error(status);
            return NULL;
        }
        size = needed + 0x1000;                      /* threads may come meanwhile */
    }
}

static SYSTEM_PROCESS_INFORMATION *next_process(SYSTEM_PROCESS_INFORMATION *spi)
{
    return spi->NextEntryOffset ? (SYSTEM_PROCESS_INFORMATION *)((char *)spi + spi->NextEntryOffset) : NULL;
}

WINBASEAPI HANDLE WINAPI CreateToolhelp32Snapshot(DWORD flags, DWORD pid)
{
    SYSTEM_PROCESS_INFORMATION *list = NULL, *spi;
    PEB_LDR_DATA *ldr = NtCurrentTeb()->Peb->Ldr;
    RTL_CRITICAL_SECTION *loader_lock = NtCurrentTeb()->Peb->LoaderLock;
    ULONG count[3] = { 0, 0, 0 };
    SECURITY_ATTRIBUTES sa = { sizeof(sa), NULL, (flags & TH32CS_INHERIT) != 0 };
    BOOL modules = (flags & (TH32CS_SNAPMODULE | TH32CS_SNAPMODULE32)) != 0;
    struct snapshot *snap;
    HANDLE section = NULL;
    size_t size;
    LIST_ENTRY *e;

    if (!pid) pid = GetCurrentProcessId();
    if (modules && pid != GetCurrentProcessId()) {
        HANDLE process = OpenProcess(0x1000 /* PROCESS_QUERY_LIMITED_INFORMATION */, FALSE, pid);
        if (!process) return INVALID_HANDLE_VALUE;   /* ERROR_INVALID_PARAMETER: no such process */
        CloseHandle(process);
        SetLastError(ERROR_ACCESS_DENIED);
        return INVALID_HANDLE_VALUE;
    }
    if ((flags & (TH32CS_SNAPPROCESS | TH32CS_SNAPTHREAD)) && !(list = query_processes()))
        return INVALID_HANDLE_VALUE;
    for (spi = list; spi; spi = next_process(spi)) {
        if (flags & TH32CS_SNAPPROCESS) count[LIST_PROCESS]++;
        if (flags & TH32CS_SNAPTHREAD) count[LIST_THREAD] += spi->NumberOfThreads;
    }
    if (loader_lock) RtlEnterCriticalSection(loader_lock);
    if (modules)
        for (e = ldr->InLoadOrderModuleList.Flink; e != &ldr->InLoadOrderModuleList; e = e->Flink)
            count[LIST_MODULE]++;
    size = sizeof(*snap) + count[0] * sizeof(PROCESSENTRY32W) + count[1] * sizeof(THREADENTRY32) +
           count[2] * sizeof(MODULEENTRY32W);
    if (!(section = CreateFileMappingW(INVALID_HANDLE_VALUE, &sa, PAGE_READWRITE, 0, (DWORD)size, NULL)) ||
        !(snap = MapViewOfFile(section, FILE_MAP_ALL_ACCESS, 0, 0, 0))) {
        if (loader_lock) RtlLeaveCriticalSection(loader_lock);
        if (section) CloseHandle(section);
        heap_free(list);
        return INVALID_HANDLE_VALUE;
    }
    memcpy(snap->count, count, sizeof(count));
    snap->offset[LIST_PROCESS] = sizeof(*snap);
    snap->offset[LIST_THREAD] = snap->offset[LIST_PROCESS] + count[0] * sizeof(PROCESSENTRY32W);
    snap->offset[LIST_MODULE] = snap->offset[LIST_THREAD] + count[1] * sizeof(THREADENTRY32);
    {
        PROCESSENTRY32W *pe = (PROCESSENTRY32W *)((char *)snap + snap->offset[LIST_PROCESS]);
        THREADENTRY32 *te = (THREADENTRY32 *)((char *)snap + snap->offset[LIST_THREAD]);
        MODULEENTRY32W *me = (MODULEENTRY32W *)((char *)snap + snap->offset[LIST_MODULE]);

        for (spi = list; spi; spi = next_process(spi)) {
            if (flags & TH32CS_SNAPPROCESS) {
                pe->dwSize = sizeof(*pe);
                pe->th32ProcessID = (DWORD)(ULONG_PTR)spi->UniqueProcessId;
                pe->cntThreads = spi->NumberOfThreads;
                pe->th32ParentProcessID = (DWORD)(ULONG_PTR)spi->InheritedFromUniqueProcessId;
                pe->pcPriClassBase = spi->BasePriority;
                copy_name(pe->szExeFile, MAX_PATH, spi->ImageName.Buffer, spi->ImageName.Length / sizeof(WCHAR));
                pe++;
            }
            if (flags & TH32CS_SNAPTHREAD)
                for (ULONG i = 0; i < spi->NumberOfThreads; i++, te++) {
                    te->dwSize = sizeof(*te);
                    te->th32ThreadID = (DWORD)(ULONG_PTR)spi->Threads[i].ClientId.UniqueThread;
                    te->th32OwnerProcessID = (DWORD)(ULONG_PTR)spi->Threads[i].ClientId.UniqueProcess;
                    te->tpBasePri = spi->Threads[i].BasePriority;
                }
        }
        if (modules)
            for (e = ldr->InLoadOrderModuleList.Flink; e != &ldr->InLoadOrderModuleList; e = e->Flink, me++) {
                LDR_DATA_TABLE_ENTRY *m = (LDR_DATA_TABLE_ENTRY *)e;   /* InLoadOrderLinks comes first */
                me->dwSize = sizeof(*me);
                me->th32ModuleID = 1;
                me->th32ProcessID = pid;
                me->GlblcntUsage = me->ProccntUsage = 0xffff;   /* what 64-bit Windows shows */
                me->modBaseAddr = m->DllBase;
                me->modBaseSize = m->SizeOfImage;
                me->hModule = m->DllBase;
                copy_name(me->szModule, 256, m->BaseDllName.Buffer, m->BaseDllName.Length / sizeof(WCHAR));
                copy_name(me->szExePath, MAX_PATH, m->FullDllName.Buffer, m->FullDllName.Length / sizeof(WCHAR));
            }
    }
    if (loader_lock) RtlLeaveCriticalSection(loader_lock);
    UnmapViewOfFile(snap);
    heap_free(list);
    return section;
}

/* Copies entry FIRST ? 0 : pos of LIST into OUT (SIZE bytes) and moves on. */
static BOOL snapshot_next(HANDLE handle, int list, BOOL first, void *out, size_t size)
{
    static const size_t entry_size[3] = { sizeof(PROCESSENTRY32W), sizeof(THREADENTRY32), sizeof(MODULEENTRY32W) };
    struct snapshot *snap;
    BOOL ret = FALSE;

    if (!(snap = MapViewOfFile(handle, FILE_MAP_ALL_ACCESS, 0, 0, 0))) return FALSE;
    if (first) snap->pos[list] = 0;
    if (snap->pos[list] < snap->count[list]) {
        memcpy(out, (char *)snap + snap->offset[list] + snap->pos[list]++ * entry_size[list], size);
        ret = TRUE;
    } else {
        SetLastError(ERROR_NO_MORE_FILES);
    }
    UnmapViewOfFile(snap);
    return ret;
}

/* The first or next entry of LIST into ENTRY, a structure of SIZE bytes
 * that starts with its dwSize (checked, and kept as the caller set it). */
static BOOL walk(HANDLE snapshot, int list, void *entry, DWORD size, BOOL first)
{
    DWORD given;
    if (!entry || (given = *(DWORD *)entry) < size) {
        SetLastError(ERROR_INSUFFICIENT_BUFFER);
        return FALSE;
    }
    if (!snapshot_next(snapshot, list, first, entry, size)) return FALSE;
    *(DWORD *)entry = given;
    return TRUE;
}

static BOOL process_walk(HANDLE snapshot, PROCESSENTRY32W *entry, BOOL first)
{
    return walk(snapshot, LIST_PROCESS, entry, sizeof(*entry), first);
}

static BOOL process_walk_a(HANDLE snapshot, PROCESSENTRY32 *entry, BOOL first)
{
    PROCESSENTRY32W w;
    if (!entry || entry->dwSize < sizeof(*entry)) {
        SetLastError(ERROR_INSUFFICIENT_BUFFER);
        return FALSE;
    }
    w.dwSize = sizeof(w);
    if (!process_walk(snapshot, &w, first)) return FALSE;
    memcpy(&entry->cntUsage, &w.cntUsage, offsetof(PROCESSENTRY32, szExeFile) - offsetof(PROCESSENTRY32, cntUsage));
    WideCharToMultiByte(CP_ACP, 0, w.szExeFile, -1, entry->szExeFile, MAX_PATH, NULL, NULL);
    return TRUE;
}

WINBASEAPI BOOL WINAPI Process32FirstW(HANDLE snapshot, PROCESSENTRY32W *entry) { return process_walk(snapshot, entry, TRUE); }
WINBASEAPI BOOL WINAPI Process32NextW(HANDLE snapshot, PROCESSENTRY32W *entry) { return process_walk(snapshot, entry, FALSE); }
WINBASEAPI BOOL WINAPI Process32First(HANDLE snapshot, PROCESSENTRY32 *entry) { return process_walk_a(snapshot, entry, TRUE); }
WINBASEAPI BOOL WINAPI Process32Next(HANDLE snapshot, PROCESSENTRY32 *entry) { return process_walk_a(snapshot, entry, FALSE); }

static BOOL thread_walk(HANDLE snapshot, THREADENTRY32 *entry, BOOL first)
{
    return walk(snapshot, LIST_THREAD, entry, sizeof(*entry), first);
}

WINBASEAPI BOOL WINAPI Thread32First(HANDLE snapshot, THREADENTRY32 *entry) { return thread_walk(snapshot, entry, TRUE); }
WINBASEAPI BOOL WINAPI Thread32Next(HANDLE snapshot, THREADENTRY32 *entry) { return thread_walk(snapshot, entry, FALSE); }

static BOOL module_walk(HANDLE snapshot, MODULEENTRY32W *entry, BOOL first)
{
    return walk(snapshot, LIST_MODULE, entry, sizeof(*entry), first);
}

static BOOL module_walk_a(HANDLE snapshot, MODULEENTRY32 *entry, BOOL first)
{
    MODULEENTRY32W w;
    if (!entry || entry->dwSize < sizeof(*entry)) {
        SetLastError(ERROR_INSUFFICIENT_BUFFER);
        return FALSE;
    }
    w.dwSize = sizeof(w);
    if (!module_walk(snapshot, &w, first)) return FALSE;
    memcpy(&entry->th32ModuleID, &w.th32ModuleID, offsetof(MODULEENTRY32, szModule) - offsetof(MODULEENTRY32, th32ModuleID));
    WideCharToMultiByte(CP_ACP, 0, w.szModule, -1, entry->szModule, 256, NULL, NULL);
    WideCharToMultiByte(CP_ACP, 0, w.szExePath, -1, entry->szExePath, MAX_PATH, NULL, NULL);
    return TRUE;
}

WINBASEAPI BOOL WINAPI Module32FirstW(HANDLE snapshot, MODULEENTRY32W *entry) { return module_walk(snapshot, entry, TRUE); }
WINBASEAPI BOOL WINAPI Module32NextW(HANDLE snapshot, MODULEENTRY32W *entry) { return module_walk(snapshot, entry, FALSE); }
WINBASEAPI BOOL WINAPI Module32First(HANDLE snapshot, MODULEENTRY32 *entry) { return module_walk_a(snapshot, entry, TRUE); }
WINBASEAPI BOOL WINAPI Module32Next(HANDLE snapshot, MODULEENTRY32 *entry) { return module_walk_a(snapshot, entry, FALSE); }
