/*
 * NtQueryInformationProcess and NtSetInformationProcess for the classes
 * programs use: ids, exit status and PEB (ProcessBasicInformation), the
 * "am I debugged / emulated" checks, and the image's Win32 name.
 *
 * Fixed-size classes want exactly their size (STATUS_INFO_LENGTH_MISMATCH
 * otherwise, with the size in ReturnLength), as Windows does. Another
 * process's PEB is not in our address space: its PebBaseAddress is NULL.
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include "ntdll_private.h"
#include "winbase.h"
#define DEBUG_CHANNEL CH_PROCESS
#include "winrun/debug.h"

#define CURRENT_PROCESS ((HANDLE)~(ULONG_PTR)0)
#define PROCESS_QUERY_LIMITED_INFORMATION 0x1000

/* The Linux parent of UNIX_PID (field 4 of /proc/PID/stat), or 0. */
static int unix_parent(int unix_pid)
{
    char path[64], buf[512], *p;
    int fd, ppid = 0;
    ssize_t n;

    snprintf(path, sizeof(path), "/proc/%d/stat", unix_pid);
    if ((fd = open(path, O_RDONLY | O_CLOEXEC)) < 0) return 0;
    n = read(fd, buf, sizeof(buf) - 1);
    close(fd);
    if (n <= 0) return 0;
    buf[n] = 0;
    if ((p = strrchr(buf, ')')) && sscanf(p + 1, " %*c %d", &ppid) == 1) return ppid;
    return 0;
}

/* The Linux pid behind HANDLE (getpid() for ourselves), checking that the
 * handle may be queried. */
static NTSTATUS query_target(HANDLE handle, int *unix_pid)
{
    LONGLONG create, exit_time;
    NTSTATUS status;

    if (handle == CURRENT_PROCESS) {
        *unix_pid = getpid();
        return STATUS_SUCCESS;
    }
    if ((status = process_get_times(handle, unix_pid, &create, &exit_time))) return status;
    if ((status = process_check_access(handle, PROCESS_QUERY_LIMITED_INFORMATION))) return status;
    if (!*unix_pid) *unix_pid = getpid();
    return STATUS_SUCCESS;
}

static NTSTATUS fixed_size(ULONG length, ULONG size, ULONG *needed)
{
    *needed = size;
    return length == size ? STATUS_SUCCESS : STATUS_INFO_LENGTH_MISMATCH;
}

NTSYSAPI NTSTATUS WINAPI NtQueryInformationProcess(HANDLE handle, PROCESSINFOCLASS class, void *data,
                                                   ULONG length, ULONG *ret_length)
{
    NTSTATUS status;
    ULONG needed = 0;
    int pid;

    switch (class) {
    case ProcessBasicInformation: case ProcessDebugPort: case ProcessWow64Information:
    case ProcessDebugFlags: case ProcessImageFileNameWin32:
        break;
    default:
        FIXME("process information class %d not supported\n", (int)class);
        return STATUS_INVALID_INFO_CLASS;
    }
    if ((status = query_target(handle, &pid))) return status;

    switch (class) {
    case ProcessBasicInformation: {
        PROCESS_BASIC_INFORMATION info;
        DWORD code = STILL_ACTIVE;
        if ((status = fixed_size(length, sizeof(info), &needed))) break;
        memset(&info, 0, sizeof(info));
        if (handle != CURRENT_PROCESS) process_get_exit_code(handle, &code);
        info.ExitStatus = (NTSTATUS)code;
        info.PebBaseAddress = pid == getpid() ? process.peb : NULL;
        info.AffinityMask = process.peb->ActiveProcessAffinityMask;
        info.BasePriority = 8;                       /* NORMAL_PRIORITY_CLASS */
        info.UniqueProcessId = win_pid(pid);
        info.InheritedFromUniqueProcessId = pid == getpid() ? win_pid(getppid()) : win_pid(unix_parent(pid));
        if (!unix_parent(pid) && pid != getpid()) info.InheritedFromUniqueProcessId = 0;
        memcpy(data, &info, sizeof(info));
        break;
    }
    case ProcessDebugPort:
    case ProcessWow64Information:
        /* never debugged; a 64-bit process is no WOW64 one */
        if (!(status = fixed_size(length, sizeof(ULONG_PTR), &needed))) *(ULONG_PTR *)data = 0;
        break;
    case ProcessDebugFlags:
        /* 1: no debug inheritance flag cleared, i.e. not being debugged */
        if (!(status = fixed_size(length, sizeof(ULONG), &needed))) *(ULONG *)data = 1;
        break;
    case ProcessImageFileNameWin32: {
        const UNICODE_STRING *path = &process.peb->ProcessParameters->ImagePathName;
        UNICODE_STRING *out = data;
        if (pid != getpid()) {
            /* another process's image name is not known here */
            status = STATUS_ACCESS_DENIED;
            break;
        }
        needed = sizeof(UNICODE_STRING) + path->Length + sizeof(WCHAR);
        if (length < needed) {
            status = STATUS_INFO_LENGTH_MISMATCH;
            break;
        }
        out->Length = path->Length;
        out->MaximumLength = path->Length + sizeof(WCHAR);
        out->Buffer = (WCHAR *)(out + 1);
        memcpy(out->Buffer, path->Buffer, path->Length);
        out->Buffer[path->Length / sizeof(WCHAR)] = 0;
        break;
    }
    default:
        break;
    }
    if (ret_length && (!status || status == STATUS_INFO_LENGTH_MISMATCH)) *ret_length = needed;
    return status;
}

#define ProcessDefaultHardErrorMode 12

/* ProcessDefaultHardErrorMode only: Windows keeps it for the process, and
 * nothing in winrun shows hard-error boxes, so it is accepted and dropped. */
NTSYSAPI NTSTATUS WINAPI NtSetInformationProcess(HANDLE handle, PROCESSINFOCLASS class, void *data, ULONG length)
{
    int pid;
    NTSTATUS status;

    if ((int)class != ProcessDefaultHardErrorMode) {
        FIXME("process information class %d not settable\n", (int)class);
        return STATUS_INVALID_INFO_CLASS;
    }
    if (length != sizeof(ULONG)) return STATUS_INVALID_PARAMETER;
    if ((status = query_target(handle, &pid))) return status;
    (void)data;
    return STATUS_SUCCESS;
}
