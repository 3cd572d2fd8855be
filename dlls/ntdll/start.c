/*
 * Process start-up: PEB, main TEB, process parameters, std handles, the
 * exe mapped, a Windows stack of SizeOfStackReserve, then (on that stack)
 * DLL initialisation and the entry point. Also process exit and version.
 */
#define _GNU_SOURCE
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>
#include "ntdll_private.h"
#include "winerror.h"
#define DEBUG_CHANNEL CH_PROCESS
#include "winrun/debug.h"

struct process_globals process;

void call_on_stack(void (*func)(void *), void *arg, void *stack_top) __attribute__((noreturn));

/* Exit codes for start-up failures: those of a shell for "cannot execute". */
static int start_failure(NTSTATUS status)
{
    return status == STATUS_NO_MEMORY ? 1 : 126;
}

static void init_peb(PEB *peb)
{
    peb->ProcessHeap = heap_create_process_heap();
    peb->NumberOfProcessors = (ULONG)sysconf(_SC_NPROCESSORS_ONLN);
    peb->OSMajorVersion = 10;
    peb->OSMinorVersion = 0;
    peb->OSBuildNumber = 19045;
    peb->OSPlatformId = 2;   /* VER_PLATFORM_WIN32_NT */
    peb->ImageSubsystem = IMAGE_SUBSYSTEM_WINDOWS_CUI;
    peb->ImageSubsystemMajorVersion = 6;
    peb->SessionId = 1;
    peb->TlsBitmap = peb->TlsBitmapBits;
    peb->TlsExpansionBitmap = peb->TlsExpansionBitmapBits;
    peb->ActiveProcessAffinityMask = 1;
    peb->CriticalSectionTimeout.QuadPart = -25920000000000LL;  /* 30 days, Windows' default */
}

static void run_on_windows_stack(void *arg)
{
    PVOID entry = NULL;
    NTSTATUS status;
    DWORD code;
    (void)arg;

    process_wait_resume();   /* CREATE_SUSPENDED: before any DLL runs, as on Windows */
    status = loader_init_process(&entry);

    if (status) {
        if (status == STATUS_NO_MEMORY) winrun_error("out of memory while loading the program");
        _exit(start_failure(status));
    }
    if (!entry) {
        winrun_error("the program has no entry point");
        process_exit(126);
    }
    TRACE("calling entry point %p\n", entry);
    code = ((DWORD (WINAPI *)(PEB *))entry)(process.peb);
    process_exit(code);
}

int __winrun_start(const struct winrun_start_info *info)
{
    char drive_c[PATH_MAX + 16];
    struct process_startup *startup = NULL;
    WCHAR *exe_dos, *slash;
    SIZE_T stack_reserve = 0;
    NTSTATUS status;
    TEB *teb;

    debug_init();
    process.prefix = info->prefix;
    process.libdir = info->libdir;
    {
        const char *exe_name = strrchr(info->exe_path, '/');
        if (config_load(info->prefix, exe_name ? exe_name + 1 : info->exe_path)) return 126;
    }
    config_apply_drives(info->prefix);
    snprintf(drive_c, sizeof(drive_c), "%s/drive_c", info->prefix);
    process.drive_c = realpath(drive_c, NULL);

    process.peb = mmap(NULL, sizeof(PEB), PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (process.peb == MAP_FAILED) return 1;
    init_peb(process.peb);
    if (config_apply_version(process.peb)) return 126;
    time_init_shared_data();

    if (!(teb = teb_create())) return 1;
    teb_set_current(teb);

    if (!(exe_dos = unix_to_dos_path(info->exe_path))) return 1;
    process.exe_dir = wcs_dup(exe_dos);
    if (process.exe_dir && (slash = wcs_rchr(process.exe_dir, '\\'))) {
        if (slash == process.exe_dir + 2) slash[1] = 0;   /* "Z:\" keeps its backslash */
        else *slash = 0;
    }
    /* a winrun parent holds our process handle and may ask us for handles */
    if (info->startup_fd >= 0) time_start_updater();
    if (info->startup_fd >= 0 && process_read_startup(info->startup_fd, &startup)) {
        winrun_error("%s: unreadable start-up data from the parent process", info->exe_path);
        return 126;
    }
    status = env_create_process_parameters(info->argc, info->argv, exe_dos, startup,
                                           &process.peb->ProcessParameters);
    free(exe_dos);
    if (status) {
        winrun_error("%s: %s", info->exe_path,
                     status == STATUS_NAME_TOO_LONG ? "command line too long" :
                     status == STATUS_OBJECT_PATH_NOT_FOUND ? "the current directory no longer exists" :
                     "out of memory");
        return start_failure(status);
    }
    if (startup) process_apply_startup_handles(startup, process.peb->ProcessParameters);
    else file_init_std_handles(process.peb->ProcessParameters);

    if ((status = loader_map_exe(info->exe_path, &stack_reserve))) {
        if (status != STATUS_INVALID_IMAGE_FORMAT)   /* that one was already explained */
            winrun_error("%s: cannot load the program (status %08x)", info->exe_path, (unsigned int)status);
        return start_failure(status);
    }
    signal_init_process();
    object_release(thread_current_object());   /* the main thread's object exists before anyone suspends it */
    if ((status = thread_alloc_stack(stack_reserve, teb))) {
        winrun_error("%s: cannot allocate a stack of %zu bytes", info->exe_path, (size_t)stack_reserve);
        return 1;
    }
    call_on_stack(run_on_windows_stack, NULL, teb->Tib.StackBase);
}

/* A Unix exit status has 8 bits: a Windows code whose low byte is 0 but
 * which is not 0 becomes 1, so that a failure never reads as success
 * (Wine does the same). */
static int unix_exit_status(UINT code)
{
    return (code & 0xff) ? (int)(code & 0xff) : code ? 1 : 0;
}

void process_exit(UINT code)
{
    loader_detach_process();
    process_report_exit(code);
    _exit(unix_exit_status(code));
}

NTSYSAPI void WINAPI RtlExitUserProcess(DWORD code)
{
    process_exit(code);
}

NTSYSAPI NTSTATUS WINAPI NtTerminateProcess(HANDLE handle, LONG code)
{
    if (handle && handle != (HANDLE)~(ULONG_PTR)0) {
        NTSTATUS status = process_terminate_child(handle, (UINT)code);
        if (status != STATUS_NOT_SUPPORTED) return status;   /* else a handle to ourselves */
    }
    process_report_exit((UINT)code);
    _exit(unix_exit_status((UINT)code));   /* no DLL detach: TerminateProcess semantics */
}

NTSYSAPI NTSTATUS WINAPI RtlGetVersion(RTL_OSVERSIONINFOEXW *info)
{
    PEB *peb = process.peb;
    info->dwMajorVersion = peb->OSMajorVersion;
    info->dwMinorVersion = peb->OSMinorVersion;
    info->dwBuildNumber = peb->OSBuildNumber;
    info->dwPlatformId = peb->OSPlatformId;
    info->szCSDVersion[0] = 0;
    if (info->dwOSVersionInfoSize >= sizeof(RTL_OSVERSIONINFOEXW)) {
        info->wServicePackMajor = info->wServicePackMinor = 0;
        info->wSuiteMask = 0x100;   /* VER_SUITE_SINGLEUSERTS */
        info->wProductType = 1;     /* VER_NT_WORKSTATION */
        info->wReserved = 0;
    }
    return STATUS_SUCCESS;
}

/* The real version, never shimmed by a manifest; the build number carries
 * 0xF0000000 (a free build) in its high bits, as Windows returns it. */
NTSYSAPI void WINAPI RtlGetNtVersionNumbers(ULONG *major, ULONG *minor, ULONG *build)
{
    PEB *peb = process.peb;
    if (major) *major = peb->OSMajorVersion;
    if (minor) *minor = peb->OSMinorVersion;
    if (build) *build = 0xf0000000u | peb->OSBuildNumber;
}

NTSYSAPI void WINAPI RtlInitUnicodeString(UNICODE_STRING *str, const WCHAR *src)
{
    size_t len = src ? wcs_len(src) * sizeof(WCHAR) : 0;
    if (len > 0xfffc) len = 0xfffc;
    str->Length = (USHORT)len;
    str->MaximumLength = src ? (USHORT)(len + sizeof(WCHAR)) : 0;
    str->Buffer = (WCHAR *)src;
}

NTSYSAPI void WINAPI RtlInitAnsiString(ANSI_STRING *str, const char *src)
{
    size_t len = src ? strlen(src) : 0;
    if (len > 0xfffe) len = 0xfffe;
    str->Length = (USHORT)len;
    str->MaximumLength = src ? (USHORT)(len + 1) : 0;
    str->Buffer = (char *)src;
}
