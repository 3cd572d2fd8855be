/* NtQueryInformationProcess, NtQuerySystemInformation and the Rtl string
 * and path helpers, called through GetProcAddress as programs do.
 * Machine-specific values are checked against the Win32 view of them. */
#include "test.h"
#include <winternl.h>

typedef struct {
    LARGE_INTEGER BootTime, SystemTime, TimeZoneBias;
    ULONG TimeZoneId, Reserved;
    ULONGLONG BootTimeBias, SleepTimeBias;
} TIMEOFDAY;

typedef struct {
    ULONG Reserved, TimerResolution, PageSize, NumberOfPhysicalPages, LowestPhysicalPageNumber,
          HighestPhysicalPageNumber, AllocationGranularity;
    ULONG_PTR MinimumUserModeAddress, MaximumUserModeAddress, ActiveProcessorsAffinityMask;
    CCHAR NumberOfProcessors;
} BASICINFO;

typedef struct { UNICODE_STRING RelativeName; HANDLE ContainingDirectory; void *CurDirRef; } RELNAME;

static NTSTATUS (WINAPI *pNtQueryInformationProcess)(HANDLE, ULONG, void *, ULONG, ULONG *);
static NTSTATUS (WINAPI *pNtQuerySystemInformation)(ULONG, void *, ULONG, ULONG *);
static NTSTATUS (WINAPI *pRtlAnsiStringToUnicodeString)(UNICODE_STRING *, const ANSI_STRING *, BOOLEAN);
static NTSTATUS (WINAPI *pRtlUnicodeStringToAnsiString)(ANSI_STRING *, const UNICODE_STRING *, BOOLEAN);
static void (WINAPI *pRtlFreeUnicodeString)(UNICODE_STRING *);
static void (WINAPI *pRtlFreeAnsiString)(ANSI_STRING *);
static BOOLEAN (WINAPI *pRtlDosPathNameToNtPathName_U)(const WCHAR *, UNICODE_STRING *, WCHAR **, RELNAME *);
static IMAGE_NT_HEADERS *(WINAPI *pRtlImageNtHeader)(HMODULE);
static NTSTATUS (WINAPI *pNtPowerInformation)(ULONG, void *, ULONG, void *, ULONG);
static NTSTATUS (WINAPI *pNtSetInformationProcess)(HANDLE, ULONG, void *, ULONG);
static ULONG (WINAPI *pRtlAnsiStringToUnicodeSize)(const ANSI_STRING *);
static ULONG (WINAPI *pRtlUnicodeStringToAnsiSize)(const UNICODE_STRING *);

#define STATUS_INFO_LENGTH_MISMATCH ((NTSTATUS)0xc0000004)
#define STATUS_INVALID_INFO_CLASS   ((NTSTATUS)0xc0000003)
#define STATUS_BUFFER_OVERFLOW      ((NTSTATUS)0x80000005)
#define STATUS_BUFFER_TOO_SMALL     ((NTSTATUS)0xc0000023)
#define STATUS_NOT_IMPLEMENTED      ((NTSTATUS)0xc0000002)

typedef struct { ULONG Number, MaxMhz, CurrentMhz, MhzLimit, MaxIdleState, CurrentIdleState; } PROCPOWER;

static void test_power(void)
{
    SYSTEM_INFO si;
    PROCPOWER *info;
    BYTE caps[80];
    NTSTATUS status;
    ULONG i, mode = 1;

    GetSystemInfo(&si);
    info = HeapAlloc(GetProcessHeap(), 0, si.dwNumberOfProcessors * sizeof(*info));
    status = pNtPowerInformation(11 /* ProcessorInformation */, NULL, 0, info, si.dwNumberOfProcessors * sizeof(*info) - 1);
    ok(status == STATUS_BUFFER_TOO_SMALL, "processors, small: status %lx", status);
    status = pNtPowerInformation(11, NULL, 0, info, si.dwNumberOfProcessors * sizeof(*info));
    ok(!status, "processors: status %lx", status);
    for (i = 0; !status && i < si.dwNumberOfProcessors; i++)
        if (info[i].Number != i || !info[i].MaxMhz || !info[i].CurrentMhz) break;
    ok(!status && i == si.dwNumberOfProcessors, "cpu %lu: number %lu max %lu current %lu", i,
       i < si.dwNumberOfProcessors ? info[i].Number : 0, i < si.dwNumberOfProcessors ? info[i].MaxMhz : 0,
       i < si.dwNumberOfProcessors ? info[i].CurrentMhz : 0);
    HeapFree(GetProcessHeap(), 0, info);
    status = pNtPowerInformation(4 /* SystemPowerCapabilities */, NULL, 0, caps, 75);
    ok(status == STATUS_BUFFER_TOO_SMALL, "capabilities, small: status %lx", status);
    status = pNtPowerInformation(4, NULL, 0, caps, 76);
    ok(!status, "capabilities: status %lx", status);
    status = pNtPowerInformation(9999, NULL, 0, caps, sizeof(caps));
    ok(status == STATUS_NOT_IMPLEMENTED, "bad level: status %lx", status);

    status = pNtSetInformationProcess(GetCurrentProcess(), 12 /* ProcessDefaultHardErrorMode */, &mode, sizeof(mode));
    ok(!status, "hard error mode: status %lx", status);
    status = pNtSetInformationProcess(GetCurrentProcess(), 12, &mode, 8);
    ok(status == STATUS_INVALID_PARAMETER, "hard error mode, wrong size: status %lx", status);
}

static void test_process_info(void)
{
    PROCESS_BASIC_INFORMATION pbi;
    ULONG_PTR value;
    ULONG flags, len;
    NTSTATUS status;
    char buf[1024];
    UNICODE_STRING *name = (UNICODE_STRING *)buf;
    WCHAR path[MAX_PATH];

    len = 0;
    status = pNtQueryInformationProcess(GetCurrentProcess(), ProcessBasicInformation, &pbi, sizeof(pbi), &len);
    ok(!status && len == sizeof(pbi), "basic: status %lx len %lu", status, len);
    ok(pbi.PebBaseAddress == NtCurrentTeb()->ProcessEnvironmentBlock, "PEB %p", pbi.PebBaseAddress);
    ok(pbi.UniqueProcessId == GetCurrentProcessId(), "pid %lu", (DWORD)pbi.UniqueProcessId);
    ok(pbi.ExitStatus == STILL_ACTIVE, "exit status %lx", pbi.ExitStatus);
    status = pNtQueryInformationProcess(GetCurrentProcess(), ProcessBasicInformation, buf, sizeof(pbi) + 8, &len);
    ok(status == STATUS_INFO_LENGTH_MISMATCH, "basic, too long: status %lx", status);
    status = pNtQueryInformationProcess(GetCurrentProcess(), ProcessBasicInformation, buf, sizeof(pbi) - 8, &len);
    ok(status == STATUS_INFO_LENGTH_MISMATCH, "basic, too short: status %lx", status);

    value = 99;
    status = pNtQueryInformationProcess(GetCurrentProcess(), ProcessWow64Information, &value, sizeof(value), NULL);
    ok(!status && !value, "wow64: status %lx value %lu", status, (DWORD)value);
    value = 99;
    status = pNtQueryInformationProcess(GetCurrentProcess(), ProcessDebugPort, &value, sizeof(value), NULL);
    ok(!status && !value, "debug port: status %lx value %lu", status, (DWORD)value);
    flags = 99;
    status = pNtQueryInformationProcess(GetCurrentProcess(), 31 /* ProcessDebugFlags */, &flags, sizeof(flags), NULL);
    ok(!status && flags == 1, "debug flags: status %lx value %lu", status, flags);

    GetModuleFileNameW(NULL, path, MAX_PATH);
    len = 0;
    status = pNtQueryInformationProcess(GetCurrentProcess(), 43 /* ProcessImageFileNameWin32 */, buf, 8, &len);
    /* the size needed, with the terminating NUL or (Wine) without */
    ok(status == STATUS_INFO_LENGTH_MISMATCH && len >= sizeof(UNICODE_STRING) + lstrlenW(path) * sizeof(WCHAR) &&
       len <= sizeof(UNICODE_STRING) + (lstrlenW(path) + 1) * sizeof(WCHAR),
       "win32 image name, small buffer: status %lx len %lu (%d chars)", status, len, lstrlenW(path));
    status = pNtQueryInformationProcess(GetCurrentProcess(), 43, buf, sizeof(buf), &len);
    ok(!status && name->Length == lstrlenW(path) * sizeof(WCHAR) && !lstrcmpiW(name->Buffer, path),
       "win32 image name: status %lx %ls", status, status ? L"" : name->Buffer);
}

static void test_system_info(void)
{
    SYSTEM_INFO si;
    BASICINFO basic;
    TIMEOFDAY tod;
    FILETIME now;
    ULONG len, n;
    NTSTATUS status;
    SYSTEM_PROCESSOR_PERFORMANCE_INFORMATION cpu[64];
    char *buf;
    SYSTEM_PROCESS_INFORMATION *spi;
    BOOL found = FALSE, thread_found = FALSE;

    GetSystemInfo(&si);
    status = pNtQuerySystemInformation(SystemBasicInformation, &basic, sizeof(basic), &len);
    ok(!status && len == sizeof(basic), "basic: status %lx len %lu", status, len);
    ok(basic.NumberOfProcessors == (CCHAR)si.dwNumberOfProcessors && basic.PageSize == si.dwPageSize &&
       basic.AllocationGranularity == si.dwAllocationGranularity && basic.NumberOfPhysicalPages > 0,
       "basic: %d cpus, page %lu", basic.NumberOfProcessors, basic.PageSize);
    status = pNtQuerySystemInformation(SystemBasicInformation, &basic, sizeof(basic) + 4, &len);
    ok(status == STATUS_INFO_LENGTH_MISMATCH, "basic, too long: status %lx", status);

    status = pNtQuerySystemInformation(SystemTimeOfDayInformation, &tod, sizeof(tod), &len);
    GetSystemTimeAsFileTime(&now);
    ok(!status && len == sizeof(tod), "time of day: status %lx len %lu", status, len);
    ok(tod.BootTime.QuadPart < tod.SystemTime.QuadPart &&
       ((ULARGE_INTEGER *)&now)->QuadPart - tod.SystemTime.QuadPart < 50000000,
       "boot before now, now is now");

    n = si.dwNumberOfProcessors > 64 ? 64 : si.dwNumberOfProcessors;
    status = pNtQuerySystemInformation(SystemProcessorPerformanceInformation, cpu, n * sizeof(cpu[0]), &len);
    ok(!status && len == n * sizeof(cpu[0]), "cpu times: status %lx len %lu", status, len);
    ok(cpu[0].KernelTime.QuadPart >= cpu[0].IdleTime.QuadPart && cpu[0].KernelTime.QuadPart > 0,
       "kernel time holds idle time");
    status = pNtQuerySystemInformation(SystemProcessorPerformanceInformation, cpu, sizeof(cpu[0]) - 1, &len);
    ok(status == STATUS_INFO_LENGTH_MISMATCH, "cpu times, small: status %lx", status);

    len = 0;
    status = pNtQuerySystemInformation(SystemProcessInformation, NULL, 0, &len);
    ok(status == STATUS_INFO_LENGTH_MISMATCH && len > sizeof(*spi), "process list size: status %lx len %lu",
       status, len);
    len += 0x10000;
    buf = HeapAlloc(GetProcessHeap(), 0, len);
    status = pNtQuerySystemInformation(SystemProcessInformation, buf, len, &len);
    ok(!status, "process list: status %lx", status);
    for (spi = (SYSTEM_PROCESS_INFORMATION *)buf; !status; spi = (SYSTEM_PROCESS_INFORMATION *)((char *)spi + spi->NextEntryOffset)) {
        if ((DWORD)(ULONG_PTR)spi->UniqueProcessId == GetCurrentProcessId()) {
            SYSTEM_THREAD_INFORMATION *ti = (SYSTEM_THREAD_INFORMATION *)(spi + 1);
            found = TRUE;
            ok(spi->ImageName.Buffer && !lstrcmpiW(spi->ImageName.Buffer, L"ntdll_query.exe"), "own name %ls",
               spi->ImageName.Buffer ? spi->ImageName.Buffer : L"(null)");
            ok(spi->NumberOfThreads >= 1, "%lu threads", spi->NumberOfThreads);
            for (n = 0; n < spi->NumberOfThreads; n++)
                if ((DWORD)(ULONG_PTR)ti[n].ClientId.UniqueThread == GetCurrentThreadId() &&
                    (DWORD)(ULONG_PTR)ti[n].ClientId.UniqueProcess == GetCurrentProcessId())
                    thread_found = TRUE;
        }
        if (!spi->NextEntryOffset) break;
    }
    ok(found && thread_found, "own process %d and thread %d listed", found, thread_found);
    HeapFree(GetProcessHeap(), 0, buf);

    status = pNtQuerySystemInformation(0x7fff, &basic, sizeof(basic), &len);
    ok(status == STATUS_INVALID_INFO_CLASS, "bad class: status %lx", status);
}

static void test_strings(void)
{
    ANSI_STRING a = { 4, 5, "abc\x80" }, back;
    UNICODE_STRING u;
    char small[3];
    NTSTATUS status;

    status = pRtlAnsiStringToUnicodeString(&u, &a, TRUE);
    ok(!status && u.Length == 8 && u.MaximumLength == 10 && u.Buffer[3] == 0x20ac && !u.Buffer[4],
       "ansi to unicode: status %lx len %u max %u", status, u.Length, u.MaximumLength);
    status = pRtlUnicodeStringToAnsiString(&back, &u, TRUE);
    ok(!status && back.Length == 4 && !memcmp(back.Buffer, "abc\x80", 5), "unicode to ansi: status %lx", status);
    pRtlFreeAnsiString(&back);
    back.Buffer = small;
    back.MaximumLength = sizeof(small);
    status = pRtlUnicodeStringToAnsiString(&back, &u, FALSE);
    ok(status == STATUS_BUFFER_OVERFLOW && back.Length == 2 && !memcmp(small, "ab", 3),
       "small buffer: status %lx len %u", status, back.Length);
    ok(pRtlAnsiStringToUnicodeSize(&a) == 10 && pRtlUnicodeStringToAnsiSize(&u) == 5, "sizes %lu %lu",
       pRtlAnsiStringToUnicodeSize(&a), pRtlUnicodeStringToAnsiSize(&u));
    pRtlFreeUnicodeString(&u);
}

static void check_nt_path(const WCHAR *dos, const WCHAR *expect, const WCHAR *file, int line)
{
    UNICODE_STRING nt;
    WCHAR *part = NULL;
    BOOLEAN r = pRtlDosPathNameToNtPathName_U(dos, &nt, &part, NULL);
    ok(r && !lstrcmpW(nt.Buffer, expect) && nt.Length == lstrlenW(expect) * sizeof(WCHAR),
       "line %d: %ls -> %ls", line, dos, r ? nt.Buffer : L"(failed)");
    if (!r) return;
    ok(file ? part && !lstrcmpW(part, file) : !part, "line %d: file part %ls", line, part ? part : L"(null)");
    pRtlFreeUnicodeString(&nt);
}

static void test_paths(void)
{
    WCHAR cwd[MAX_PATH], expect[MAX_PATH + 8];
    UNICODE_STRING nt;

    check_nt_path(L"C:\\windows\\x.txt", L"\\??\\C:\\windows\\x.txt", L"x.txt", __LINE__);
    check_nt_path(L"C:/a/../b/", L"\\??\\C:\\b\\", NULL, __LINE__);
    check_nt_path(L"\\\\server\\share\\f", L"\\??\\UNC\\server\\share\\f", L"f", __LINE__);
    check_nt_path(L"\\\\?\\C:\\a\\..\\b", L"\\??\\C:\\a\\..\\b", L"b", __LINE__);
    check_nt_path(L"\\\\.\\pipe\\p", L"\\??\\pipe\\p", L"p", __LINE__);
    GetCurrentDirectoryW(MAX_PATH, cwd);
    wsprintfW(expect, L"\\??\\%s%sname.txt", cwd, cwd[lstrlenW(cwd) - 1] == '\\' ? L"" : L"\\");
    check_nt_path(L"name.txt", expect, L"name.txt", __LINE__);
    ok(!pRtlDosPathNameToNtPathName_U(L"", &nt, NULL, NULL), "empty path fails");
}

static void test_image_header(void)
{
    IMAGE_NT_HEADERS *nt = pRtlImageNtHeader(GetModuleHandleW(NULL));
    char *zeros = HeapAlloc(GetProcessHeap(), HEAP_ZERO_MEMORY, 4096);
    ok(nt && nt->Signature == IMAGE_NT_SIGNATURE && nt->OptionalHeader.Magic == IMAGE_NT_OPTIONAL_HDR64_MAGIC,
       "exe headers %p", nt);
    ok(!pRtlImageNtHeader((HMODULE)zeros), "no headers in zeros");
    HeapFree(GetProcessHeap(), 0, zeros);
}

int main(void)
{
    HMODULE ntdll = GetModuleHandleA("ntdll.dll");
#define LOAD(f) p##f = (void *)GetProcAddress(ntdll, #f)
    LOAD(NtQueryInformationProcess);
    LOAD(NtQuerySystemInformation);
    LOAD(RtlAnsiStringToUnicodeString);
    LOAD(RtlUnicodeStringToAnsiString);
    LOAD(RtlFreeUnicodeString);
    LOAD(RtlFreeAnsiString);
    LOAD(RtlDosPathNameToNtPathName_U);
    LOAD(RtlImageNtHeader);
    LOAD(NtPowerInformation);
    LOAD(NtSetInformationProcess);
    LOAD(RtlAnsiStringToUnicodeSize);
    LOAD(RtlUnicodeStringToAnsiSize);
    test_process_info();
    test_system_info();
    test_strings();
    test_paths();
    test_image_header();
    test_power();
    return test_done();
}
