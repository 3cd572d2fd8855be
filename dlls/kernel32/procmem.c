/*
 * Another process's memory and priority, and what kind of program a file
 * is: ReadProcessMemory / WriteProcessMemory, Get/SetPriorityClass,
 * GetBinaryType.
 *
 * Memory goes through process_vm_readv/writev on the Linux pid, for our
 * own process too: a page that is not there (or not writable) ends the
 * copy with EFAULT instead of a fault, which gives Windows' answer (FALSE;
 * ERROR_NOACCESS when nothing was copied, else ERROR_PARTIAL_COPY and the
 * bytes done so far). Another process is
 * reachable as ptrace allows (a child, by default).
 *
 * Priority classes map to nice values; an unprivileged process cannot
 * lower its nice value again, so the class we set is remembered and is
 * what GetPriorityClass returns for ourselves. REALTIME needs a privilege
 * Windows programs rarely hold: as on Windows without it, HIGH is set.
 */
#define _GNU_SOURCE
#include <string.h>
#include <sys/resource.h>
#include <sys/uio.h>
#include <errno.h>
#include <unistd.h>
#include "kernel32_private.h"

#define CURRENT_PROCESS ((HANDLE)~(ULONG_PTR)0)
#define PROCESS_VM_OPERATION 0x0008
#define PROCESS_VM_READ      0x0010
#define PROCESS_VM_WRITE     0x0020
#define PROCESS_SET_INFORMATION 0x0200
#define PROCESS_QUERY_LIMITED_INFORMATION 0x1000

#define IDLE_PRIORITY_CLASS         0x00000040
#define BELOW_NORMAL_PRIORITY_CLASS 0x00004000
#define NORMAL_PRIORITY_CLASS       0x00000020
#define ABOVE_NORMAL_PRIORITY_CLASS 0x00008000
#define HIGH_PRIORITY_CLASS         0x00000080
#define REALTIME_PRIORITY_CLASS     0x00000100

/* The Linux pid behind PROCESS when the handle holds NEEDED; 0 and the
 * last error set otherwise. */
static int target_pid(HANDLE process, DWORD needed)
{
    LONGLONG create, exit_time;
    int pid;

    if (process == CURRENT_PROCESS) return getpid();
    if (!set_status_error(process_get_times(process, &pid, &create, &exit_time)) ||
        !set_status_error(process_check_access(process, needed)))
        return 0;
    return pid ? pid : getpid();
}

static BOOL copy_memory(HANDLE process, void *local, void *remote, SIZE_T size, SIZE_T *done, BOOL write)
{
    int pid = target_pid(process, write ? PROCESS_VM_WRITE | PROCESS_VM_OPERATION : PROCESS_VM_READ);
    SIZE_T total = 0;

    if (done) *done = 0;
    if (!pid) return FALSE;
    while (total < size) {
        struct iovec l = { (char *)local + total, size - total }, r = { (char *)remote + total, size - total };
        ssize_t n = write ? process_vm_writev(pid, &l, 1, &r, 1, 0) : process_vm_readv(pid, &l, 1, &r, 1, 0);
        if (n <= 0) {
            if (n < 0 && errno == EPERM) SetLastError(ERROR_ACCESS_DENIED);
            else if (n < 0 && errno == ESRCH) SetLastError(ERROR_INVALID_HANDLE);
            else SetLastError(total ? ERROR_PARTIAL_COPY : ERROR_NOACCESS);
            if (done) *done = total;
            return FALSE;
        }
        total += (SIZE_T)n;
    }
    if (done) *done = total;
    return TRUE;
}

WINBASEAPI BOOL WINAPI ReadProcessMemory(HANDLE process, LPCVOID addr, LPVOID buffer, SIZE_T size, SIZE_T *read)
{
    return copy_memory(process, buffer, (void *)addr, size, read, FALSE);
}

WINBASEAPI BOOL WINAPI WriteProcessMemory(HANDLE process, LPVOID addr, LPCVOID buffer, SIZE_T size, SIZE_T *written)
{
    return copy_memory(process, (void *)buffer, addr, size, written, TRUE);
}

static const struct { DWORD class; int nice; } priority_classes[] = {
    { IDLE_PRIORITY_CLASS, 19 }, { BELOW_NORMAL_PRIORITY_CLASS, 10 }, { NORMAL_PRIORITY_CLASS, 0 },
    { ABOVE_NORMAL_PRIORITY_CLASS, -5 }, { HIGH_PRIORITY_CLASS, -10 },
};

/* the class SetPriorityClass last gave this process (0: never set) */
static DWORD own_class;

WINBASEAPI DWORD WINAPI GetPriorityClass(HANDLE process)
{
    int pid = target_pid(process, PROCESS_QUERY_LIMITED_INFORMATION), nice;
    DWORD set = __atomic_load_n(&own_class, __ATOMIC_RELAXED);

    if (!pid) return 0;
    if (pid == getpid() && set) return set;
    errno = 0;
    nice = getpriority(PRIO_PROCESS, (id_t)pid);
    if (nice == -1 && errno) return NORMAL_PRIORITY_CLASS;
    for (size_t i = 0; i < sizeof(priority_classes) / sizeof(priority_classes[0]); i++)
        if (nice >= priority_classes[i].nice) return priority_classes[i].class;
    return HIGH_PRIORITY_CLASS;
}

WINBASEAPI BOOL WINAPI SetPriorityClass(HANDLE process, DWORD class)
{
    int pid;

    if (class == REALTIME_PRIORITY_CLASS) class = HIGH_PRIORITY_CLASS;
    for (size_t i = 0; i < sizeof(priority_classes) / sizeof(priority_classes[0]); i++) {
        if (priority_classes[i].class != class) continue;
        if (!(pid = target_pid(process, PROCESS_SET_INFORMATION))) return FALSE;
        /* best effort: raising needs CAP_SYS_NICE, and the class is kept anyway */
        setpriority(PRIO_PROCESS, (id_t)pid, priority_classes[i].nice);
        if (pid == getpid()) __atomic_store_n(&own_class, class, __ATOMIC_RELAXED);
        return TRUE;
    }
    SetLastError(ERROR_INVALID_PARAMETER);
    return FALSE;
}

#define SCS_32BIT_BINARY 0
#define SCS_DOS_BINARY   1
#define SCS_WOW_BINARY   2
#define SCS_PIF_BINARY   3
#define SCS_OS216_BINARY 5
#define SCS_64BIT_BINARY 6

static BOOL has_extension(const WCHAR *name, const char *ext)
{
    const WCHAR *dot = wcs_rchr(name, '.');
    size_t i;
    if (!dot || wcs_chr(dot, '\\') || wcs_chr(dot, '/')) return FALSE;
    for (i = 0; ext[i]; i++) if (!dot[i + 1] || (dot[i + 1] | 0x20) != ext[i]) return FALSE;
    return !dot[i + 1];
}

/* The kind of program the file's headers say; -1 for none. */
static int binary_type(HANDLE file)
{
    unsigned char mz[64], hdr[26];
    DWORD got, lfanew;
    LARGE_INTEGER pos;

    if (!ReadFile(file, mz, sizeof(mz), &got, NULL) || got < 2 || mz[0] != 'M' || mz[1] != 'Z') return -1;
    if (got < sizeof(mz)) return SCS_DOS_BINARY;
    memcpy(&lfanew, mz + 60, 4);
    pos.QuadPart = lfanew;
    if (!SetFilePointerEx(file, pos, NULL, FILE_BEGIN) || !ReadFile(file, hdr, sizeof(hdr), &got, NULL) || got < 2)
        return SCS_DOS_BINARY;
    if (got >= 26 && !memcmp(hdr, "PE\0\0", 4)) {
        WORD magic = (WORD)(hdr[24] | hdr[25] << 8);
        return magic == 0x20b ? SCS_64BIT_BINARY : magic == 0x10b ? SCS_32BIT_BINARY : -1;
    }
    if (hdr[0] == 'N' && hdr[1] == 'E') return SCS_WOW_BINARY;     /* 16-bit Windows */
    return SCS_DOS_BINARY;                           /* plain MZ, or LE/LX drivers */
}

WINBASEAPI BOOL WINAPI GetBinaryTypeW(LPCWSTR name, LPDWORD type)
{
    HANDLE file;
    int kind;

    if (!name || !type) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return FALSE;
    }
    file = CreateFileW(name, GENERIC_READ, FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, NULL,
                       OPEN_EXISTING, 0, NULL);
    if (file == INVALID_HANDLE_VALUE) return FALSE;
    kind = binary_type(file);
    CloseHandle(file);
    if (kind < 0) {
        /* headerless DOS programs and PIF files are known by their names */
        if (has_extension(name, "com")) kind = SCS_DOS_BINARY;
        else if (has_extension(name, "pif")) kind = SCS_PIF_BINARY;
        else {
            SetLastError(ERROR_BAD_EXE_FORMAT);
            return FALSE;
        }
    }
    *type = (DWORD)kind;
    return TRUE;
}

WINBASEAPI BOOL WINAPI GetBinaryTypeA(LPCSTR name, LPDWORD type)
{
    WCHAR *w;
    BOOL ret;
    if (!name) return GetBinaryTypeW(NULL, type);
    if (!(w = strdup_a_to_w(name))) {
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
        return FALSE;
    }
    ret = GetBinaryTypeW(w, type);
    heap_free(w);
    return ret;
}
