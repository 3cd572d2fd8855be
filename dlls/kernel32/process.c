/*
 * The current process and thread: ids, pseudo-handles, command line,
 * start-up info, exit, version, system information.
 */
#include <string.h>
#include <unistd.h>
#include "kernel32_private.h"

NTSYSAPI void WINAPI RtlExitUserProcess(DWORD) __attribute__((noreturn));
NTSYSAPI NTSTATUS WINAPI NtTerminateProcess(HANDLE, LONG);
NTSYSAPI NTSTATUS WINAPI RtlGetVersion(RTL_OSVERSIONINFOEXW *);

/* built once at DLL attach, then read-only */
static char *command_line_a;

static RTL_USER_PROCESS_PARAMETERS *params(void)
{
    return NtCurrentTeb()->Peb->ProcessParameters;
}

void process_attach(void)
{
    exception_attach();
    command_line_a = NULL;
    int n = WideCharToMultiByte(CP_ACP, 0, params()->CommandLine.Buffer, -1, NULL, 0, NULL, NULL);
    if (n > 0 && (command_line_a = heap_alloc(n)))
        WideCharToMultiByte(CP_ACP, 0, params()->CommandLine.Buffer, -1, command_line_a, n, NULL, NULL);
}

WINBASEAPI LPSTR WINAPI GetCommandLineA(void) { return command_line_a; }
WINBASEAPI LPWSTR WINAPI GetCommandLineW(void) { return params()->CommandLine.Buffer; }
WINBASEAPI HANDLE WINAPI GetCurrentProcess(void) { return (HANDLE)~(ULONG_PTR)0; }
WINBASEAPI HANDLE WINAPI GetCurrentThread(void) { return (HANDLE)~(ULONG_PTR)1; }
WINBASEAPI DWORD WINAPI GetCurrentProcessId(void) { return (DWORD)(ULONG_PTR)NtCurrentTeb()->ClientId.UniqueProcess; }
WINBASEAPI DWORD WINAPI GetCurrentThreadId(void) { return (DWORD)(ULONG_PTR)NtCurrentTeb()->ClientId.UniqueThread; }
WINBASEAPI BOOL WINAPI IsDebuggerPresent(void) { return FALSE; }

/* Every winrun process is in session 1 (the PEB says so, and named objects
 * live in \Sessions\1\BaseNamedObjects); an id of no process fails. */
WINBASEAPI BOOL WINAPI ProcessIdToSessionId(DWORD pid, DWORD *session)
{
    HANDLE process;

    if (!session) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return FALSE;
    }
    if (pid != GetCurrentProcessId()) {
        if (!(process = OpenProcess(0x1000 /* PROCESS_QUERY_LIMITED_INFORMATION */, FALSE, pid))) return FALSE;
        CloseHandle(process);
    }
    *session = 1;
    return TRUE;
}

WINBASEAPI void WINAPI ExitProcess(UINT code)
{
    RtlExitUserProcess(code);
}

WINBASEAPI BOOL WINAPI TerminateProcess(HANDLE process, UINT code)
{
    return set_status_error(NtTerminateProcess(process, (LONG)code));
}

WINBASEAPI void WINAPI GetStartupInfoW(STARTUPINFOW *info)
{
    memset(info, 0, sizeof(*info));
    info->cb = sizeof(*info);
    info->lpDesktop = params()->Desktop.Buffer;
    info->lpTitle = params()->WindowTitle.Buffer;
    info->hStdInput = params()->StandardInput;
    info->hStdOutput = params()->StandardOutput;
    info->hStdError = params()->StandardError;
}

WINBASEAPI void WINAPI GetStartupInfoA(STARTUPINFOA *info)
{
    static char desktop[] = "WinSta0\\Default";
    memset(info, 0, sizeof(*info));
    info->cb = sizeof(*info);
    info->lpDesktop = desktop;
    info->hStdInput = params()->StandardInput;
    info->hStdOutput = params()->StandardOutput;
    info->hStdError = params()->StandardError;
}

typedef struct {
    WORD wProcessorArchitecture, wReserved;
    DWORD dwPageSize;
    LPVOID lpMinimumApplicationAddress, lpMaximumApplicationAddress;
    DWORD_PTR dwActiveProcessorMask;
    DWORD dwNumberOfProcessors, dwProcessorType, dwAllocationGranularity;
    WORD wProcessorLevel, wProcessorRevision;
} SYSTEM_INFO;

WINBASEAPI void WINAPI GetSystemInfo(SYSTEM_INFO *info)
{
    DWORD n = NtCurrentTeb()->Peb->NumberOfProcessors;
    memset(info, 0, sizeof(*info));
    info->wProcessorArchitecture = 9;        /* PROCESSOR_ARCHITECTURE_AMD64 */
    info->dwPageSize = 4096;
    info->lpMinimumApplicationAddress = (void *)0x10000;
    info->lpMaximumApplicationAddress = (void *)0x7ffffffeffffull;
    info->dwActiveProcessorMask = n >= 64 ? ~(DWORD_PTR)0 : ((DWORD_PTR)1 << n) - 1;
    info->dwNumberOfProcessors = n;
    info->dwProcessorType = 8664;            /* PROCESSOR_AMD_X8664 */
    info->dwAllocationGranularity = 0x10000;
    info->wProcessorLevel = 6;
}

WINBASEAPI void WINAPI GetNativeSystemInfo(SYSTEM_INFO *info)
{
    GetSystemInfo(info);
}

WINBASEAPI BOOL WINAPI IsWow64Process(HANDLE process, BOOL *wow64)
{
    (void)process;
    *wow64 = FALSE;
    return TRUE;
}
