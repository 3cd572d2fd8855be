/*
 * The registry as advapi32 shows it, over ntdll's Nt*Key functions (which
 * talk to winrun-server: docs/registry.md). Reg* return Win32 error codes
 * and leave the thread's last error alone, as Windows' do.
 *
 * Predefined keys are opened on first use and kept for the process:
 * HKEY_LOCAL_MACHINE (\Registry\Machine), HKEY_USERS (\Registry\User),
 * HKEY_CURRENT_USER (the user's SID below it), HKEY_CURRENT_CONFIG
 * (HKLM\System\CurrentControlSet\Hardware Profiles\Current) and
 * HKEY_CLASSES_ROOT, the merged view: a subkey opened through it is
 * HKCU\Software\Classes's when that exists, else HKLM\Software\Classes's,
 * and a new one is created below HKLM (what Windows does for keys that do
 * not exist per user); the root itself shows the user's values and
 * subkeys merged over the machine's (winrun-server does the merging).
 * HKEY_PERFORMANCE_DATA opens but holds no counters.
 * KEY_WOW64_32KEY/64KEY are accepted: there is one view.
 */
#include <string.h>
#define DEBUG_CHANNEL CH_REG
#include "winrun/debug.h"
#include "advapi32_private.h"
#include "winternl.h"

NTSYSAPI NTSTATUS WINAPI NtDuplicateObject(HANDLE, HANDLE, HANDLE, HANDLE *, ACCESS_MASK, ULONG, ULONG);
#define DUPLICATE_SAME_ACCESS 2

typedef LONG LSTATUS;
typedef DWORD REGSAM;

#define HKEY_CLASSES_ROOT     ((HKEY)(LONG_PTR)(LONG)0x80000000)
#define HKEY_CURRENT_USER     ((HKEY)(LONG_PTR)(LONG)0x80000001)
#define HKEY_LOCAL_MACHINE    ((HKEY)(LONG_PTR)(LONG)0x80000002)
#define HKEY_USERS            ((HKEY)(LONG_PTR)(LONG)0x80000003)
#define HKEY_PERFORMANCE_DATA ((HKEY)(LONG_PTR)(LONG)0x80000004)
#define HKEY_CURRENT_CONFIG   ((HKEY)(LONG_PTR)(LONG)0x80000005)
#define HKEY_DYN_DATA         ((HKEY)(LONG_PTR)(LONG)0x80000006)
#define NPREDEFINED 7

#define REG_NONE      0
#define REG_SZ        1
#define REG_EXPAND_SZ 2
#define REG_BINARY    3
#define REG_DWORD     4
#define REG_MULTI_SZ  7
#define REG_QWORD     11

#define KEY_QUERY_VALUE        0x0001
#define KEY_SET_VALUE          0x0002
#define KEY_CREATE_SUB_KEY     0x0004
#define KEY_ENUMERATE_SUB_KEYS 0x0008
#define KEY_WOW64_64KEY        0x0100
#define KEY_WOW64_32KEY        0x0200
#define KEY_ALL_ACCESS         0xf003f
#define KEY_READ               0x20019
#define CSTR_EQUAL             2

#define RRF_RT_REG_NONE      0x00000001
#define RRF_RT_REG_SZ        0x00000002
#define RRF_RT_REG_EXPAND_SZ 0x00000004
#define RRF_RT_REG_BINARY    0x00000008
#define RRF_RT_REG_DWORD     0x00000010
#define RRF_RT_REG_MULTI_SZ  0x00000020
#define RRF_RT_REG_QWORD     0x00000040
#define RRF_RT_ANY           0x0000ffff
#define RRF_NOEXPAND         0x10000000
#define RRF_ZEROONFAILURE    0x20000000

#define ERROR_BADKEY              1010
#define ERROR_DATATYPE_MISMATCH   1629
#define ERROR_UNSUPPORTED_TYPE    1630
#define ERROR_BAD_NETPATH_REG     53

NTSYSAPI NTSTATUS WINAPI NtClose(HANDLE);
WINBASEAPI DWORD WINAPI ExpandEnvironmentStringsW(LPCWSTR, LPWSTR, DWORD);
WINBASEAPI BOOL WINAPI GetComputerNameW(LPWSTR, LPDWORD);
WINBASEAPI INT WINAPI CompareStringOrdinal(LPCWSTR, INT, LPCWSTR, INT, BOOL);

static LSTATUS nt_error(NTSTATUS status)
{
    return status == STATUS_PENDING ? ERROR_SUCCESS : (LSTATUS)RtlNtStatusToDosError(status);
}

static WCHAR *heap_wcs(size_t units)
{
    return HeapAlloc(GetProcessHeap(), 0, units * sizeof(WCHAR));
}

static void heap_free(void *p)
{
    HeapFree(GetProcessHeap(), 0, p);
}

static size_t wlen(const WCHAR *s)
{
    size_t n = 0;
    while (s[n]) n++;
    return n;
}

static void init_name(UNICODE_STRING *us, const WCHAR *s)
{
    size_t n = s ? wlen(s) : 0;
    us->Buffer = (WCHAR *)s;
    us->Length = n * sizeof(WCHAR);
    us->MaximumLength = us->Length;
}

/* ---- A strings ---- */

/* *OUT is NULL for NULL. */
static LSTATUS to_wide(const char *s, WCHAR **out)
{
    int n;
    *out = NULL;
    if (!s) return ERROR_SUCCESS;
    n = MultiByteToWideChar(CP_ACP, 0, s, -1, NULL, 0);
    if (!(*out = heap_wcs(n))) return ERROR_NOT_ENOUGH_MEMORY;
    MultiByteToWideChar(CP_ACP, 0, s, -1, *out, n);
    return ERROR_SUCCESS;
}

static int is_string(DWORD type)
{
    return type == REG_SZ || type == REG_EXPAND_SZ || type == REG_MULTI_SZ;
}

/* ---- predefined keys ---- */

static HANDLE predefined[NPREDEFINED];
/* RegOverridePredefKey's keys (our own duplicates), used before those */
static HANDLE overrides[NPREDEFINED];

static NTSTATUS open_path(const char *path, BOOL create, HANDLE *handle)
{
    WCHAR buf[128];
    UNICODE_STRING name;
    OBJECT_ATTRIBUTES attr = { sizeof(attr), NULL, &name, OBJ_CASE_INSENSITIVE, NULL, NULL };
    size_t i;

    for (i = 0; path[i] && i < 127; i++) buf[i] = (BYTE)path[i];
    buf[i] = 0;
    init_name(&name, buf);
    if (create) return NtCreateKey(handle, KEY_ALL_ACCESS, &attr, 0, NULL, 0, NULL);
    return NtOpenKey(handle, KEY_ALL_ACCESS, &attr);
}

/* HKEY_CLASSES_ROOT: HKLM\Software\Classes with the user's classes
 * merged over it (values, enumeration, key information). */
static NTSTATUS open_classes_root(HANDLE *handle)
{
    UNICODE_STRING name;
    OBJECT_ATTRIBUTES attr = { sizeof(attr), NULL, &name, OBJ_CASE_INSENSITIVE, NULL, NULL };
    NTSTATUS status = open_path("\\Registry\\Machine\\Software\\Classes", TRUE, handle);
    HANDLE user, top;

    if (status || RtlOpenCurrentUser(KEY_ALL_ACCESS, &user)) return status;
    init_name(&name, u"Software\\Classes");
    attr.RootDirectory = user;
    if (!NtOpenKey(&top, KEY_READ, &attr)) {
        registry_merge_keys(*handle, top);
        NtClose(top);
    }
    NtClose(user);
    return STATUS_SUCCESS;
}

static NTSTATUS open_predefined(unsigned int index, HANDLE *handle)
{
    switch (index) {
    case 0: return open_classes_root(handle);
    case 1: return RtlOpenCurrentUser(KEY_ALL_ACCESS, handle);
    case 2: return open_path("\\Registry\\Machine", FALSE, handle);
    case 3: return open_path("\\Registry\\User", FALSE, handle);
    case 5: return open_path("\\Registry\\Machine\\System\\CurrentControlSet\\Hardware Profiles\\Current", TRUE,
                             handle);
    default: return STATUS_INVALID_HANDLE;
    }
}

static BOOL is_predefined(HKEY hkey)
{
    return (ULONG_PTR)hkey >= (ULONG_PTR)HKEY_CLASSES_ROOT && (ULONG_PTR)hkey <= (ULONG_PTR)HKEY_DYN_DATA;
}

/* The NT handle behind HKEY (a predefined key's is kept for the process;
 * another thread may race to open it: one handle wins, the other goes). */
static LSTATUS get_key(HKEY hkey, HANDLE *out)
{
    unsigned int index;
    HANDLE handle, expected = NULL;
    NTSTATUS status;

    if (!is_predefined(hkey)) {
        *out = hkey;
        return hkey ? ERROR_SUCCESS : ERROR_INVALID_HANDLE;
    }
    if (hkey == HKEY_PERFORMANCE_DATA || hkey == HKEY_DYN_DATA) return ERROR_INVALID_HANDLE;
    index = (ULONG_PTR)hkey - (ULONG_PTR)HKEY_CLASSES_ROOT;
    if ((*out = __atomic_load_n(&overrides[index], __ATOMIC_ACQUIRE))) return ERROR_SUCCESS;
    if ((*out = __atomic_load_n(&predefined[index], __ATOMIC_ACQUIRE))) return ERROR_SUCCESS;
    if ((status = open_predefined(index, &handle))) return nt_error(status);
    if (!__atomic_compare_exchange_n(&predefined[index], &expected, handle, FALSE, __ATOMIC_ACQ_REL,
                                     __ATOMIC_ACQUIRE)) {
        NtClose(handle);
        handle = expected;
    }
    *out = handle;
    return ERROR_SUCCESS;
}

/* ---- opening, creating, closing ---- */

static NTSTATUS nt_open(HANDLE parent, const WCHAR *subkey, DWORD options, BOOL create, DWORD *disposition,
                        HANDLE *result)
{
    UNICODE_STRING name;
    OBJECT_ATTRIBUTES attr = { sizeof(attr), parent, &name, OBJ_CASE_INSENSITIVE, NULL, NULL };

    init_name(&name, subkey);
    if (create) return NtCreateKey(result, KEY_ALL_ACCESS, &attr, 0, NULL, options, disposition);
    return NtOpenKeyEx(result, KEY_ALL_ACCESS, &attr, options);
}

/* HKEY_CLASSES_ROOT\SUBKEY: the user's classes win over the machine's. */
static NTSTATUS classes_open(const WCHAR *subkey, DWORD options, BOOL create, DWORD *disposition, HANDLE *result)
{
    static const char user_classes[] = "Software\\Classes\\";
    size_t n = sizeof(user_classes) - 1, len = wlen(subkey);
    HANDLE user, machine;
    WCHAR *path;
    NTSTATUS status;

    if (get_key(HKEY_CURRENT_USER, &user) == ERROR_SUCCESS && (path = heap_wcs(n + len + 1))) {
        for (size_t i = 0; i < n; i++) path[i] = user_classes[i];
        memcpy(path + n, subkey, (len + 1) * sizeof(WCHAR));
        status = nt_open(user, path, 0, FALSE, NULL, result);
        heap_free(path);
        if (!status) {
            if (disposition) *disposition = REG_OPENED_EXISTING_KEY;
            return status;
        }
    }
    if (get_key(HKEY_CLASSES_ROOT, &machine)) return STATUS_INVALID_HANDLE;
    return nt_open(machine, subkey, options, create, disposition, result);
}

static LSTATUS open_key(HKEY hkey, const WCHAR *subkey, DWORD options, BOOL create, DWORD *disposition,
                        HKEY *result)
{
    HANDLE parent, handle;
    NTSTATUS status;
    LSTATUS err;

    static const WCHAR empty[1] = { 0 };

    if (!subkey) subkey = empty;
    if (hkey == HKEY_PERFORMANCE_DATA && !*subkey && !create) {
        *result = HKEY_PERFORMANCE_DATA;
        return ERROR_SUCCESS;
    }
    if ((err = get_key(hkey, &parent))) return err;
    if (hkey == HKEY_CLASSES_ROOT && *subkey) status = classes_open(subkey, options, create, disposition, &handle);
    else status = nt_open(parent, subkey, options, create, disposition, &handle);
    if (status) return nt_error(status);
    *result = handle;
    return ERROR_SUCCESS;
}

WINBASEAPI LSTATUS WINAPI RegOpenKeyExW(HKEY hkey, LPCWSTR subkey, DWORD options, REGSAM access, HKEY *result)
{
    HANDLE handle;
    LSTATUS err;
    (void)access;

    if (!result) return ERROR_INVALID_PARAMETER;
    *result = NULL;
    /* a predefined key itself comes back as it is (MS docs) */
    if (is_predefined(hkey) && (!subkey || !*subkey)) {
        if (hkey != HKEY_PERFORMANCE_DATA && (err = get_key(hkey, &handle))) return err;
        *result = hkey;
        return ERROR_SUCCESS;
    }
    return open_key(hkey, subkey, options & REG_OPTION_OPEN_LINK, FALSE, NULL, result);
}

WINBASEAPI LSTATUS WINAPI RegOpenKeyExA(HKEY hkey, LPCSTR subkey, DWORD options, REGSAM access, HKEY *result)
{
    WCHAR *wsubkey;
    LSTATUS err = to_wide(subkey, &wsubkey);
    if (!err) err = RegOpenKeyExW(hkey, wsubkey, options, access, result);
    heap_free(wsubkey);
    return err;
}

/* The old form hands back the key itself for an empty name. */
WINBASEAPI LSTATUS WINAPI RegOpenKeyW(HKEY hkey, LPCWSTR subkey, HKEY *result)
{
    HANDLE handle;
    LSTATUS err;

    if (!result) return ERROR_INVALID_PARAMETER;
    if (!subkey || !*subkey) {
        if (!(err = is_predefined(hkey) && hkey != HKEY_PERFORMANCE_DATA ? get_key(hkey, &handle) : ERROR_SUCCESS))
            *result = hkey;
        return err;
    }
    return RegOpenKeyExW(hkey, subkey, 0, MAXIMUM_ALLOWED, result);
}

WINBASEAPI LSTATUS WINAPI RegOpenKeyA(HKEY hkey, LPCSTR subkey, HKEY *result)
{
    WCHAR *wsubkey;
    LSTATUS err = to_wide(subkey, &wsubkey);
    if (!err) err = RegOpenKeyW(hkey, wsubkey, result);
    heap_free(wsubkey);
    return err;
}

WINBASEAPI LSTATUS WINAPI RegOpenCurrentUser(REGSAM access, HKEY *result)
{
    if (!result) return ERROR_INVALID_PARAMETER;
    return nt_error(RtlOpenCurrentUser(access, (HANDLE *)result));
}

WINBASEAPI LSTATUS WINAPI RegCreateKeyExW(HKEY hkey, LPCWSTR subkey, DWORD reserved, LPWSTR class_name,
                                          DWORD options, REGSAM access, void *security, HKEY *result,
                                          LPDWORD disposition)
{
    (void)class_name; (void)access; (void)security;
    if (!result) return ERROR_BADKEY;
    *result = NULL;
    if (reserved) return ERROR_INVALID_PARAMETER;
    if (options & ~(REG_OPTION_VOLATILE | REG_OPTION_BACKUP_RESTORE | REG_OPTION_OPEN_LINK | REG_OPTION_CREATE_LINK))
        return ERROR_INVALID_PARAMETER;
    if (options & REG_OPTION_CREATE_LINK) return ERROR_ACCESS_DENIED;   /* no symbolic links */
    return open_key(hkey, subkey, options & REG_OPTION_VOLATILE, TRUE, disposition, result);
}

WINBASEAPI LSTATUS WINAPI RegCreateKeyExA(HKEY hkey, LPCSTR subkey, DWORD reserved, LPSTR class_name,
                                          DWORD options, REGSAM access, void *security, HKEY *result,
                                          LPDWORD disposition)
{
    WCHAR *wsubkey;
    LSTATUS err = to_wide(subkey, &wsubkey);
    (void)class_name;
    if (!err) err = RegCreateKeyExW(hkey, wsubkey, reserved, NULL, options, access, security, result, disposition);
    heap_free(wsubkey);
    return err;
}

WINBASEAPI LSTATUS WINAPI RegCreateKeyW(HKEY hkey, LPCWSTR subkey, HKEY *result)
{
    if (!result) return ERROR_INVALID_PARAMETER;
    if (!subkey || !*subkey) return RegOpenKeyW(hkey, subkey, result);
    return RegCreateKeyExW(hkey, subkey, 0, NULL, 0, KEY_ALL_ACCESS, NULL, result, NULL);
}

WINBASEAPI LSTATUS WINAPI RegCreateKeyA(HKEY hkey, LPCSTR subkey, HKEY *result)
{
    WCHAR *wsubkey;
    LSTATUS err = to_wide(subkey, &wsubkey);
    if (!err) err = RegCreateKeyW(hkey, wsubkey, result);
    heap_free(wsubkey);
    return err;
}

WINBASEAPI LSTATUS WINAPI RegCloseKey(HKEY hkey)
{
    if (!hkey) return ERROR_INVALID_HANDLE;
    if (is_predefined(hkey)) return ERROR_SUCCESS;
    return nt_error(NtClose(hkey));
}

/* Only this machine's registry: by no name, or by its own. */
WINBASEAPI LSTATUS WINAPI RegConnectRegistryW(LPCWSTR machine, HKEY hkey, HKEY *result)
{
    if (!result) return ERROR_INVALID_PARAMETER;
    if (machine && *machine) {
        WCHAR own[64];
        DWORD size = 64;
        while (*machine == '\\') machine++;
        if (!GetComputerNameW(own, &size) || CompareStringOrdinal(machine, -1, own, -1, TRUE) != CSTR_EQUAL)
            return ERROR_BAD_NETPATH_REG;
    }
    return RegOpenKeyExW(hkey, NULL, 0, MAXIMUM_ALLOWED, result);
}

WINBASEAPI LSTATUS WINAPI RegConnectRegistryA(LPCSTR machine, HKEY hkey, HKEY *result)
{
    WCHAR *wmachine;
    LSTATUS err = to_wide(machine, &wmachine);
    if (!err) err = RegConnectRegistryW(wmachine, hkey, result);
    heap_free(wmachine);
    return err;
}

/* Predefined keys are not cached across users here: nothing to disable. */
WINBASEAPI LSTATUS WINAPI RegDisablePredefinedCache(void)
{
    return ERROR_SUCCESS;
}

/* Maps a predefined key to a copy of NEW_KEY for this process (NULL: back
 * to the real one). As on Windows, a thread still using the old mapping
 * while another overrides it is the program's race. */
WINBASEAPI LSTATUS WINAPI RegOverridePredefKey(HKEY hkey, HKEY new_key)
{
    unsigned int index;
    HANDLE target, copy = NULL, old;
    NTSTATUS status;
    LSTATUS err;

    if (!is_predefined(hkey) || hkey == HKEY_PERFORMANCE_DATA || hkey == HKEY_DYN_DATA) return ERROR_INVALID_HANDLE;
    index = (ULONG_PTR)hkey - (ULONG_PTR)HKEY_CLASSES_ROOT;
    if (new_key) {
        if ((err = get_key(new_key, &target))) return err;
        if ((status = NtDuplicateObject(GetCurrentProcess(), target, GetCurrentProcess(), &copy, 0, 0,
                                        DUPLICATE_SAME_ACCESS)))
            return nt_error(status);
    }
    if ((old = __atomic_exchange_n(&overrides[index], copy, __ATOMIC_ACQ_REL))) NtClose(old);
    return ERROR_SUCCESS;
}

/* ---- values ---- */

WINBASEAPI LSTATUS WINAPI RegSetValueExW(HKEY hkey, LPCWSTR name, DWORD reserved, DWORD type, const BYTE *data,
                                         DWORD count)
{
    UNICODE_STRING us;
    HANDLE key;
    LSTATUS err;
    (void)reserved;

    if ((err = get_key(hkey, &key))) return err;
    if (!data && count) return ERROR_NOACCESS;
    init_name(&us, name);
    return nt_error(NtSetValueKey(key, &us, 0, type, data, count));
}

WINBASEAPI LSTATUS WINAPI RegSetValueExA(HKEY hkey, LPCSTR name, DWORD reserved, DWORD type, const BYTE *data,
                                         DWORD count)
{
    WCHAR *wname, *wdata = NULL;
    LSTATUS err;

    if (!data && count) return ERROR_NOACCESS;
    if ((err = to_wide(name, &wname))) return err;
    if (is_string(type) && count) {
        int n = MultiByteToWideChar(CP_ACP, 0, (const char *)data, count, NULL, 0);
        if (!(wdata = heap_wcs(n ? n : 1))) err = ERROR_NOT_ENOUGH_MEMORY;
        else {
            MultiByteToWideChar(CP_ACP, 0, (const char *)data, count, wdata, n);
            data = (const BYTE *)wdata;
            count = n * sizeof(WCHAR);
        }
    }
    if (!err) err = RegSetValueExW(hkey, wname, reserved, type, data, count);
    heap_free(wname);
    heap_free(wdata);
    return err;
}

/* The value's type and data (HeapAlloc'ed, with two spare NULs). */
static LSTATUS get_value(HANDLE key, const WCHAR *name, DWORD *type, BYTE **data, DWORD *size)
{
    UNICODE_STRING us;
    KEY_VALUE_PARTIAL_INFORMATION *info;
    ULONG length = 256, needed;
    NTSTATUS status;

    init_name(&us, name);
    for (;;) {
        if (!(info = HeapAlloc(GetProcessHeap(), 0, length + 2))) return ERROR_NOT_ENOUGH_MEMORY;
        status = NtQueryValueKey(key, &us, KeyValuePartialInformation, info, length, &needed);
        if (status != STATUS_BUFFER_OVERFLOW) break;
        heap_free(info);
        length = needed;
    }
    if (status) {
        heap_free(info);
        return nt_error(status);
    }
    *type = info->Type;
    *size = info->DataLength;
    memmove(info, info->Data, *size);
    ((BYTE *)info)[*size] = ((BYTE *)info)[*size + 1] = 0;
    *data = (BYTE *)info;
    return ERROR_SUCCESS;
}

/* Copies SIZE bytes to DATA (*COUNT bytes of room) as RegQueryValueEx
 * does: ERROR_MORE_DATA when they do not fit, *COUNT the size either way. */
static LSTATUS copy_out(const void *src, DWORD size, BYTE *data, DWORD *count)
{
    LSTATUS err = ERROR_SUCCESS;
    if (data) {
        if (*count < size) err = ERROR_MORE_DATA;
        else memcpy(data, src, size);
    }
    if (count) *count = size;
    return err;
}

WINBASEAPI LSTATUS WINAPI RegQueryValueExW(HKEY hkey, LPCWSTR name, LPDWORD reserved, LPDWORD type,
                                           LPBYTE data, LPDWORD count)
{
    HANDLE key;
    DWORD vtype, size;
    BYTE *value;
    LSTATUS err;

    if ((data && !count) || reserved) return ERROR_INVALID_PARAMETER;
    if (hkey == HKEY_PERFORMANCE_DATA) return ERROR_FILE_NOT_FOUND;   /* no counters */
    if ((err = get_key(hkey, &key))) return err;
    if ((err = get_value(key, name, &vtype, &value, &size))) return err;
    if (type) *type = vtype;
    err = copy_out(value, size, data, count);
    heap_free(value);
    return err;
}

/* A string value's UTF-16 data as ANSI bytes (HeapAlloc'ed). */
static LSTATUS string_to_ansi(const BYTE *data, DWORD size, char **out, DWORD *out_size)
{
    int n = size / sizeof(WCHAR) ? WideCharToMultiByte(CP_ACP, 0, (const WCHAR *)data, size / sizeof(WCHAR), NULL,
                                                        0, NULL, NULL) : 0;
    if (!(*out = HeapAlloc(GetProcessHeap(), 0, n + 1))) return ERROR_NOT_ENOUGH_MEMORY;
    if (n) WideCharToMultiByte(CP_ACP, 0, (const WCHAR *)data, size / sizeof(WCHAR), *out, n, NULL, NULL);
    *out_size = n;
    return ERROR_SUCCESS;
}

WINBASEAPI LSTATUS WINAPI RegQueryValueExA(HKEY hkey, LPCSTR name, LPDWORD reserved, LPDWORD type,
                                           LPBYTE data, LPDWORD count)
{
    WCHAR *wname;
    HANDLE key;
    DWORD vtype, size;
    BYTE *value;
    char *ansi = NULL;
    LSTATUS err;

    if ((data && !count) || reserved) return ERROR_INVALID_PARAMETER;
    if (hkey == HKEY_PERFORMANCE_DATA) return ERROR_FILE_NOT_FOUND;
    if ((err = get_key(hkey, &key))) return err;
    if ((err = to_wide(name, &wname))) return err;
    err = get_value(key, wname, &vtype, &value, &size);
    heap_free(wname);
    if (err) return err;
    if (type) *type = vtype;
    if (is_string(vtype) && !(err = string_to_ansi(value, size, &ansi, &size)))
        err = copy_out(ansi, size, data, count);
    else if (!err)
        err = copy_out(value, size, data, count);
    heap_free(ansi);
    heap_free(value);
    return err;
}

/* The old form: the default value of SUBKEY, a string ("" when unset). */
WINBASEAPI LSTATUS WINAPI RegQueryValueW(HKEY hkey, LPCWSTR subkey, LPWSTR data, LONG *count)
{
    HKEY key = hkey;
    DWORD type, size = count ? (DWORD)*count : 0;
    LSTATUS err;

    if (data && !count) return ERROR_INVALID_PARAMETER;
    if (subkey && *subkey && (err = RegOpenKeyExW(hkey, subkey, 0, KEY_QUERY_VALUE, &key))) return err;
    err = RegQueryValueExW(key, NULL, NULL, &type, (BYTE *)data, count ? &size : NULL);
    if (err == ERROR_FILE_NOT_FOUND) {
        if (data && size >= sizeof(WCHAR)) data[0] = 0;
        size = sizeof(WCHAR);
        err = ERROR_SUCCESS;
    }
    if (count) *count = size;
    if (key != hkey) RegCloseKey(key);
    return err;
}

WINBASEAPI LSTATUS WINAPI RegQueryValueA(HKEY hkey, LPCSTR subkey, LPSTR data, LONG *count)
{
    HKEY key = hkey;
    DWORD type, size = count ? (DWORD)*count : 0;
    LSTATUS err;

    if (data && !count) return ERROR_INVALID_PARAMETER;
    if (subkey && *subkey && (err = RegOpenKeyExA(hkey, subkey, 0, KEY_QUERY_VALUE, &key))) return err;
    err = RegQueryValueExA(key, NULL, NULL, &type, (BYTE *)data, count ? &size : NULL);
    if (err == ERROR_FILE_NOT_FOUND) {
        if (data && size) data[0] = 0;
        size = 1;
        err = ERROR_SUCCESS;
    }
    if (count) *count = size;
    if (key != hkey) RegCloseKey(key);
    return err;
}

WINBASEAPI LSTATUS WINAPI RegSetValueW(HKEY hkey, LPCWSTR subkey, DWORD type, LPCWSTR data, DWORD count)
{
    HKEY key = hkey;
    LSTATUS err;
    (void)count;

    if (type != REG_SZ || !data) return ERROR_INVALID_PARAMETER;
    if (subkey && *subkey && (err = RegCreateKeyW(hkey, subkey, &key))) return err;
    err = RegSetValueExW(key, NULL, 0, REG_SZ, (const BYTE *)data, (wlen(data) + 1) * sizeof(WCHAR));
    if (key != hkey) RegCloseKey(key);
    return err;
}

WINBASEAPI LSTATUS WINAPI RegSetValueA(HKEY hkey, LPCSTR subkey, DWORD type, LPCSTR data, DWORD count)
{
    HKEY key = hkey;
    LSTATUS err;
    (void)count;

    if (type != REG_SZ || !data) return ERROR_INVALID_PARAMETER;
    if (subkey && *subkey && (err = RegCreateKeyA(hkey, subkey, &key))) return err;
    err = RegSetValueExA(key, NULL, 0, REG_SZ, (const BYTE *)data, strlen(data) + 1);
    if (key != hkey) RegCloseKey(key);
    return err;
}

WINBASEAPI LSTATUS WINAPI RegSetKeyValueW(HKEY hkey, LPCWSTR subkey, LPCWSTR name, DWORD type, const void *data,
                                          DWORD count)
{
    HKEY key = hkey;
    LSTATUS err;

    if (subkey && *subkey && (err = RegCreateKeyExW(hkey, subkey, 0, NULL, 0, KEY_SET_VALUE, NULL, &key, NULL)))
        return err;
    err = RegSetValueExW(key, name, 0, type, data, count);
    if (key != hkey) RegCloseKey(key);
    return err;
}

WINBASEAPI LSTATUS WINAPI RegSetKeyValueA(HKEY hkey, LPCSTR subkey, LPCSTR name, DWORD type, const void *data,
                                          DWORD count)
{
    HKEY key = hkey;
    LSTATUS err;

    if (subkey && *subkey && (err = RegCreateKeyExA(hkey, subkey, 0, NULL, 0, KEY_SET_VALUE, NULL, &key, NULL)))
        return err;
    err = RegSetValueExA(key, name, 0, type, data, count);
    if (key != hkey) RegCloseKey(key);
    return err;
}

WINBASEAPI LSTATUS WINAPI RegDeleteValueW(HKEY hkey, LPCWSTR name)
{
    UNICODE_STRING us;
    HANDLE key;
    LSTATUS err = get_key(hkey, &key);

    if (err) return err;
    init_name(&us, name);
    return nt_error(NtDeleteValueKey(key, &us));
}

WINBASEAPI LSTATUS WINAPI RegDeleteValueA(HKEY hkey, LPCSTR name)
{
    WCHAR *wname;
    LSTATUS err = to_wide(name, &wname);
    if (!err) err = RegDeleteValueW(hkey, wname);
    heap_free(wname);
    return err;
}

WINBASEAPI LSTATUS WINAPI RegDeleteKeyValueW(HKEY hkey, LPCWSTR subkey, LPCWSTR name)
{
    HKEY key = hkey;
    LSTATUS err;

    if (subkey && *subkey && (err = RegOpenKeyExW(hkey, subkey, 0, KEY_SET_VALUE, &key))) return err;
    err = RegDeleteValueW(key, name);
    if (key != hkey) RegCloseKey(key);
    return err;
}

WINBASEAPI LSTATUS WINAPI RegDeleteKeyValueA(HKEY hkey, LPCSTR subkey, LPCSTR name)
{
    WCHAR *wsubkey = NULL, *wname = NULL;
    LSTATUS err = to_wide(subkey, &wsubkey);
    if (!err) err = to_wide(name, &wname);
    if (!err) err = RegDeleteKeyValueW(hkey, wsubkey, wname);
    heap_free(wsubkey);
    heap_free(wname);
    return err;
}

/* ---- RegGetValue ---- */

/* Whether FLAGS (RRF_RT_*) accept a value of TYPE and SIZE. */
static LSTATUS check_type(DWORD flags, DWORD type, DWORD size)
{
    static const DWORD allowed[] = {
        [REG_NONE] = RRF_RT_REG_NONE, [REG_SZ] = RRF_RT_REG_SZ, [REG_EXPAND_SZ] = RRF_RT_REG_EXPAND_SZ,
        [REG_BINARY] = RRF_RT_REG_BINARY, [REG_DWORD] = RRF_RT_REG_DWORD, [REG_MULTI_SZ] = RRF_RT_REG_MULTI_SZ,
        [REG_QWORD] = RRF_RT_REG_QWORD,
    };
    DWORD bit = type < sizeof(allowed) / sizeof(allowed[0]) ? allowed[type] : 0;

    if ((flags & RRF_RT_ANY) == RRF_RT_ANY) return ERROR_SUCCESS;
    /* RRF_RT_DWORD and RRF_RT_QWORD take REG_BINARY data of the right size */
    if (type == REG_BINARY && (flags & RRF_RT_REG_BINARY) && !(flags & ~(RRF_RT_REG_BINARY | RRF_RT_REG_DWORD |
                                                                          RRF_RT_REG_QWORD) & RRF_RT_ANY)) {
        if ((flags & RRF_RT_REG_DWORD) && !(flags & RRF_RT_REG_QWORD) && size != 4) return ERROR_DATATYPE_MISMATCH;
        if ((flags & RRF_RT_REG_QWORD) && !(flags & RRF_RT_REG_DWORD) && size != 8) return ERROR_DATATYPE_MISMATCH;
        return ERROR_SUCCESS;
    }
    return bit && (flags & bit) ? ERROR_SUCCESS : ERROR_UNSUPPORTED_TYPE;
}

WINBASEAPI LSTATUS WINAPI RegGetValueW(HKEY hkey, LPCWSTR subkey, LPCWSTR name, DWORD flags, LPDWORD type,
                                       PVOID data, LPDWORD count)
{
    DWORD vtype = REG_NONE, size = 0, room = count ? *count : 0;
    BYTE *value = NULL, *expanded = NULL;
    HKEY key = hkey;
    HANDLE handle;
    LSTATUS err;

    if (data && !count) return ERROR_INVALID_PARAMETER;
    if ((flags & RRF_RT_REG_EXPAND_SZ) && !(flags & RRF_NOEXPAND) && (flags & RRF_RT_ANY) != RRF_RT_ANY)
        return ERROR_INVALID_PARAMETER;
    if (subkey && *subkey) {
        err = RegOpenKeyExW(hkey, subkey, 0, KEY_QUERY_VALUE, &key);
        handle = key;
    } else {
        err = get_key(hkey, &handle);
    }
    if (!err) err = get_value(handle, name, &vtype, &value, &size);
    if (!err && vtype == REG_EXPAND_SZ && !(flags & RRF_NOEXPAND)) {
        DWORD n = ExpandEnvironmentStringsW((const WCHAR *)value, NULL, 0);
        if (!(expanded = HeapAlloc(GetProcessHeap(), 0, n * sizeof(WCHAR) + 2))) err = ERROR_NOT_ENOUGH_MEMORY;
        else {
            ExpandEnvironmentStringsW((const WCHAR *)value, (WCHAR *)expanded, n);
            heap_free(value);
            value = expanded;
            size = n * sizeof(WCHAR);
            vtype = REG_SZ;
        }
    }
    if (!err) err = check_type(flags, vtype, size);
    if (!err && is_string(vtype) && (size < sizeof(WCHAR) || ((WCHAR *)value)[size / 2 - 1] || size % 2)) {
        /* a string comes back terminated, even one stored without its NUL */
        size = (size & ~1u) + sizeof(WCHAR);
        ((WCHAR *)value)[size / 2 - 1] = 0;
    }
    if (!err) {
        if (data && room < size) err = ERROR_MORE_DATA;
        else if (data) memcpy(data, value, size);
    }
    if (data && err && (flags & RRF_ZEROONFAILURE)) memset(data, 0, room);
    if (type && (!err || err == ERROR_MORE_DATA)) *type = vtype;
    if (count && (!err || err == ERROR_MORE_DATA || err == ERROR_DATATYPE_MISMATCH)) *count = size;
    heap_free(value);
    if (key != hkey) RegCloseKey(key);
    return err;
}

WINBASEAPI LSTATUS WINAPI RegGetValueA(HKEY hkey, LPCSTR subkey, LPCSTR name, DWORD flags, LPDWORD type,
                                       PVOID data, LPDWORD count)
{
    WCHAR *wsubkey = NULL, *wname = NULL, *buf = NULL;
    DWORD vtype = REG_NONE, wsize = 0, room = count ? *count : 0, size;
    char *ansi = NULL;
    LSTATUS err;

    if (data && !count) return ERROR_INVALID_PARAMETER;
    if ((err = to_wide(subkey, &wsubkey)) || (err = to_wide(name, &wname))) goto done;
    /* first the size, then the data in UTF-16; strings become ANSI */
    err = RegGetValueW(hkey, wsubkey, wname, flags & ~RRF_ZEROONFAILURE, &vtype, NULL, &wsize);
    if (err) goto done;
    if (!(buf = HeapAlloc(GetProcessHeap(), 0, wsize + 2))) { err = ERROR_NOT_ENOUGH_MEMORY; goto done; }
    if ((err = RegGetValueW(hkey, wsubkey, wname, flags & ~RRF_ZEROONFAILURE, &vtype, buf, &wsize))) goto done;
    if (is_string(vtype)) {
        if ((err = string_to_ansi((BYTE *)buf, wsize, &ansi, &size))) goto done;
        err = copy_out(ansi, size, data, count);
    } else {
        err = copy_out(buf, wsize, data, count);
    }
    if (type) *type = vtype;
done:
    if (data && err && (flags & RRF_ZEROONFAILURE)) memset(data, 0, room);
    if (err == ERROR_DATATYPE_MISMATCH && count) *count = wsize;
    heap_free(wsubkey);
    heap_free(wname);
    heap_free(buf);
    heap_free(ansi);
    return err;
}

/* ---- enumeration and information ---- */

/* The INDEXth subkey's name (HeapAlloc'ed) and last write time. */
static LSTATUS enum_key(HKEY hkey, DWORD index, WCHAR **name, size_t *len, FILETIME *time)
{
    KEY_BASIC_INFORMATION *info;
    ULONG size = sizeof(*info) + 256 * sizeof(WCHAR), needed;
    HANDLE key;
    NTSTATUS status;
    LSTATUS err;

    if (hkey == HKEY_PERFORMANCE_DATA) return ERROR_NO_MORE_ITEMS;
    if ((err = get_key(hkey, &key))) return err;
    if (!(info = HeapAlloc(GetProcessHeap(), 0, size))) return ERROR_NOT_ENOUGH_MEMORY;
    if ((status = NtEnumerateKey(key, index, KeyBasicInformation, info, size, &needed))) {
        heap_free(info);
        return nt_error(status);
    }
    *len = info->NameLength / sizeof(WCHAR);
    if (time) {
        time->dwLowDateTime = info->LastWriteTime.LowPart;
        time->dwHighDateTime = info->LastWriteTime.HighPart;
    }
    memmove(info, info->Name, info->NameLength);
    ((WCHAR *)info)[*len] = 0;
    *name = (WCHAR *)info;
    return ERROR_SUCCESS;
}

WINBASEAPI LSTATUS WINAPI RegEnumKeyExW(HKEY hkey, DWORD index, LPWSTR name, LPDWORD name_len, LPDWORD reserved,
                                        LPWSTR class_name, LPDWORD class_len, FILETIME *time)
{
    WCHAR *found;
    size_t len;
    LSTATUS err;

    if (reserved || !name || !name_len) return ERROR_INVALID_PARAMETER;
    if ((err = enum_key(hkey, index, &found, &len, time))) return err;
    if (len >= *name_len || (class_name && class_len && !*class_len)) err = ERROR_MORE_DATA;
    else {
        memcpy(name, found, (len + 1) * sizeof(WCHAR));
        *name_len = len;
        if (class_name && class_len) class_name[0] = 0;
        if (class_len) *class_len = 0;
    }
    heap_free(found);
    return err;
}

WINBASEAPI LSTATUS WINAPI RegEnumKeyExA(HKEY hkey, DWORD index, LPSTR name, LPDWORD name_len, LPDWORD reserved,
                                        LPSTR class_name, LPDWORD class_len, FILETIME *time)
{
    WCHAR *found;
    size_t len;
    int n;
    LSTATUS err;

    if (reserved || !name || !name_len) return ERROR_INVALID_PARAMETER;
    if ((err = enum_key(hkey, index, &found, &len, time))) return err;
    n = len ? WideCharToMultiByte(CP_ACP, 0, found, len, NULL, 0, NULL, NULL) : 0;
    if ((DWORD)n >= *name_len || (class_name && class_len && !*class_len)) err = ERROR_MORE_DATA;
    else {
        if (n) WideCharToMultiByte(CP_ACP, 0, found, len, name, n, NULL, NULL);
        name[n] = 0;
        *name_len = n;
        if (class_name && class_len) class_name[0] = 0;
        if (class_len) *class_len = 0;
    }
    heap_free(found);
    return err;
}

WINBASEAPI LSTATUS WINAPI RegEnumKeyW(HKEY hkey, DWORD index, LPWSTR name, DWORD name_len)
{
    return RegEnumKeyExW(hkey, index, name, &name_len, NULL, NULL, NULL, NULL);
}

WINBASEAPI LSTATUS WINAPI RegEnumKeyA(HKEY hkey, DWORD index, LPSTR name, DWORD name_len)
{
    return RegEnumKeyExA(hkey, index, name, &name_len, NULL, NULL, NULL, NULL);
}

/* The INDEXth value: full information, HeapAlloc'ed. */
static LSTATUS enum_value(HKEY hkey, DWORD index, KEY_VALUE_FULL_INFORMATION **out)
{
    KEY_VALUE_FULL_INFORMATION *info;
    ULONG size = 512, needed;
    HANDLE key;
    NTSTATUS status;
    LSTATUS err;

    if (hkey == HKEY_PERFORMANCE_DATA) return ERROR_NO_MORE_ITEMS;
    if ((err = get_key(hkey, &key))) return err;
    for (;;) {
        if (!(info = HeapAlloc(GetProcessHeap(), 0, size + 2))) return ERROR_NOT_ENOUGH_MEMORY;
        status = NtEnumerateValueKey(key, index, KeyValueFullInformation, info, size, &needed);
        if (status != STATUS_BUFFER_OVERFLOW) break;
        heap_free(info);
        size = needed;
    }
    if (status) {
        heap_free(info);
        return nt_error(status);
    }
    *out = info;
    return ERROR_SUCCESS;
}

WINBASEAPI LSTATUS WINAPI RegEnumValueW(HKEY hkey, DWORD index, LPWSTR name, LPDWORD name_len, LPDWORD reserved,
                                        LPDWORD type, LPBYTE data, LPDWORD count)
{
    KEY_VALUE_FULL_INFORMATION *info;
    DWORD len;
    LSTATUS err;

    if (reserved || !name || !name_len || (data && !count)) return ERROR_INVALID_PARAMETER;
    if ((err = enum_value(hkey, index, &info))) return err;
    len = info->NameLength / sizeof(WCHAR);
    if (len >= *name_len) err = ERROR_MORE_DATA;
    else {
        memcpy(name, info->Name, info->NameLength);
        name[len] = 0;
        *name_len = len;
        if (type) *type = info->Type;
        err = copy_out((BYTE *)info + info->DataOffset, info->DataLength, data, count);
    }
    heap_free(info);
    return err;
}

WINBASEAPI LSTATUS WINAPI RegEnumValueA(HKEY hkey, DWORD index, LPSTR name, LPDWORD name_len, LPDWORD reserved,
                                        LPDWORD type, LPBYTE data, LPDWORD count)
{
    KEY_VALUE_FULL_INFORMATION *info;
    DWORD len, size;
    char *ansi = NULL;
    int n;
    LSTATUS err;

    if (reserved || !name || !name_len || (data && !count)) return ERROR_INVALID_PARAMETER;
    if ((err = enum_value(hkey, index, &info))) return err;
    len = info->NameLength / sizeof(WCHAR);
    n = len ? WideCharToMultiByte(CP_ACP, 0, info->Name, len, NULL, 0, NULL, NULL) : 0;
    if ((DWORD)n >= *name_len) err = ERROR_MORE_DATA;
    else {
        if (n) WideCharToMultiByte(CP_ACP, 0, info->Name, len, name, n, NULL, NULL);
        name[n] = 0;
        *name_len = n;
        if (type) *type = info->Type;
        if (is_string(info->Type) &&
            !(err = string_to_ansi((BYTE *)info + info->DataOffset, info->DataLength, &ansi, &size)))
            err = copy_out(ansi, size, data, count);
        else if (!err)
            err = copy_out((BYTE *)info + info->DataOffset, info->DataLength, data, count);
    }
    heap_free(ansi);
    heap_free(info);
    return err;
}

WINBASEAPI LSTATUS WINAPI RegQueryInfoKeyW(HKEY hkey, LPWSTR class_name, LPDWORD class_len, LPDWORD reserved,
                                           LPDWORD subkeys, LPDWORD max_subkey, LPDWORD max_class,
                                           LPDWORD values, LPDWORD max_value_name, LPDWORD max_value_data,
                                           LPDWORD security, FILETIME *time)
{
    KEY_FULL_INFORMATION info;
    HANDLE key;
    ULONG needed;
    NTSTATUS status;
    LSTATUS err;

    if (reserved || (class_name && !class_len)) return ERROR_INVALID_PARAMETER;
    memset(&info, 0, sizeof(info));
    if (hkey != HKEY_PERFORMANCE_DATA) {
        if ((err = get_key(hkey, &key))) return err;
        if ((status = NtQueryKey(key, KeyFullInformation, &info, sizeof(info), &needed))) return nt_error(status);
    }
    if (class_name && *class_len) class_name[0] = 0;
    if (class_len) *class_len = 0;
    if (subkeys) *subkeys = info.SubKeys;
    if (max_subkey) *max_subkey = info.MaxNameLen / sizeof(WCHAR);
    if (max_class) *max_class = 0;
    if (values) *values = info.Values;
    if (max_value_name) *max_value_name = info.MaxValueNameLen / sizeof(WCHAR);
    if (max_value_data) *max_value_data = info.MaxValueDataLen;
    if (security) *security = 0;
    if (time) {
        time->dwLowDateTime = info.LastWriteTime.LowPart;
        time->dwHighDateTime = info.LastWriteTime.HighPart;
    }
    return ERROR_SUCCESS;
}

WINBASEAPI LSTATUS WINAPI RegQueryInfoKeyA(HKEY hkey, LPSTR class_name, LPDWORD class_len, LPDWORD reserved,
                                           LPDWORD subkeys, LPDWORD max_subkey, LPDWORD max_class,
                                           LPDWORD values, LPDWORD max_value_name, LPDWORD max_value_data,
                                           LPDWORD security, FILETIME *time)
{
    LSTATUS err;
    if (reserved || (class_name && !class_len)) return ERROR_INVALID_PARAMETER;
    err = RegQueryInfoKeyW(hkey, NULL, NULL, NULL, subkeys, max_subkey, max_class, values, max_value_name,
                           max_value_data, security, time);
    if (!err && class_name && *class_len) class_name[0] = 0;
    if (!err && class_len) *class_len = 0;
    return err;
}

/* ---- deleting and copying trees ---- */

WINBASEAPI LSTATUS WINAPI RegDeleteKeyExW(HKEY hkey, LPCWSTR subkey, REGSAM access, DWORD reserved)
{
    HKEY key;
    LSTATUS err;
    (void)access; (void)reserved;

    if (!subkey) return ERROR_INVALID_PARAMETER;
    if ((err = RegOpenKeyExW(hkey, subkey, 0, KEY_ALL_ACCESS, &key))) return err;
    err = nt_error(NtDeleteKey(key));
    RegCloseKey(key);
    return err;
}

WINBASEAPI LSTATUS WINAPI RegDeleteKeyExA(HKEY hkey, LPCSTR subkey, REGSAM access, DWORD reserved)
{
    WCHAR *wsubkey;
    LSTATUS err;
    if (!subkey) return ERROR_INVALID_PARAMETER;
    if (!(err = to_wide(subkey, &wsubkey))) err = RegDeleteKeyExW(hkey, wsubkey, access, reserved);
    heap_free(wsubkey);
    return err;
}

WINBASEAPI LSTATUS WINAPI RegDeleteKeyW(HKEY hkey, LPCWSTR subkey)
{
    return RegDeleteKeyExW(hkey, subkey, 0, 0);
}

WINBASEAPI LSTATUS WINAPI RegDeleteKeyA(HKEY hkey, LPCSTR subkey)
{
    return RegDeleteKeyExA(hkey, subkey, 0, 0);
}

/* Every subkey and value of KEY goes; KEY stays. */
static LSTATUS empty_key(HKEY key)
{
    WCHAR *name;
    size_t len;
    LSTATUS err;
    KEY_VALUE_FULL_INFORMATION *info;

    while (!(err = enum_key(key, 0, &name, &len, NULL))) {
        HKEY sub;
        if (!(err = RegOpenKeyExW(key, name, 0, KEY_ALL_ACCESS, &sub))) {
            if (!(err = empty_key(sub))) err = nt_error(NtDeleteKey(sub));
            RegCloseKey(sub);
        }
        heap_free(name);
        if (err) return err;
    }
    if (err != ERROR_NO_MORE_ITEMS) return err;
    while (!(err = enum_value(key, 0, &info))) {
        UNICODE_STRING us = { info->NameLength, info->NameLength, info->Name };
        err = nt_error(NtDeleteValueKey(key, &us));
        heap_free(info);
        if (err) return err;
    }
    return err == ERROR_NO_MORE_ITEMS ? ERROR_SUCCESS : err;
}

WINBASEAPI LSTATUS WINAPI RegDeleteTreeW(HKEY hkey, LPCWSTR subkey)
{
    HKEY key;
    LSTATUS err;

    if ((err = RegOpenKeyExW(hkey, subkey, 0, KEY_ALL_ACCESS, &key))) return err;
    if (!(err = empty_key(key)) && subkey && *subkey) err = nt_error(NtDeleteKey(key));
    RegCloseKey(key);
    return err;
}

WINBASEAPI LSTATUS WINAPI RegDeleteTreeA(HKEY hkey, LPCSTR subkey)
{
    WCHAR *wsubkey;
    LSTATUS err = to_wide(subkey, &wsubkey);
    if (!err) err = RegDeleteTreeW(hkey, wsubkey);
    heap_free(wsubkey);
    return err;
}

static LSTATUS copy_tree(HKEY src, HKEY dst, int depth)
{
    KEY_VALUE_FULL_INFORMATION *info;
    WCHAR *name;
    size_t len;
    LSTATUS err;
    DWORD i;

    if (depth > 512) return ERROR_INVALID_PARAMETER;
    for (i = 0; !(err = enum_value(src, i, &info)); i++) {
        UNICODE_STRING us = { info->NameLength, info->NameLength, info->Name };
        HANDLE key;
        if (!(err = get_key(dst, &key)))
            err = nt_error(NtSetValueKey(key, &us, 0, info->Type, (BYTE *)info + info->DataOffset, info->DataLength));
        heap_free(info);
        if (err) return err;
    }
    if (err != ERROR_NO_MORE_ITEMS) return err;
    for (i = 0; !(err = enum_key(src, i, &name, &len, NULL)); i++) {
        HKEY from, to;
        if (!(err = RegOpenKeyExW(src, name, 0, KEY_READ, &from))) {
            if (!(err = RegCreateKeyExW(dst, name, 0, NULL, 0, KEY_ALL_ACCESS, NULL, &to, NULL))) {
                err = copy_tree(from, to, depth + 1);
                RegCloseKey(to);
            }
            RegCloseKey(from);
        }
        heap_free(name);
        if (err) return err;
    }
    return err == ERROR_NO_MORE_ITEMS ? ERROR_SUCCESS : err;
}

WINBASEAPI LSTATUS WINAPI RegCopyTreeW(HKEY src, LPCWSTR subkey, HKEY dst)
{
    HKEY from;
    LSTATUS err;

    if ((err = RegOpenKeyExW(src, subkey, 0, KEY_READ, &from))) return err;
    err = copy_tree(from, dst, 0);
    RegCloseKey(from);
    return err;
}

WINBASEAPI LSTATUS WINAPI RegCopyTreeA(HKEY src, LPCSTR subkey, HKEY dst)
{
    WCHAR *wsubkey;
    LSTATUS err = to_wide(subkey, &wsubkey);
    if (!err) err = RegCopyTreeW(src, wsubkey, dst);
    heap_free(wsubkey);
    return err;
}

/* ---- notification, flushing, saving ---- */

WINBASEAPI LSTATUS WINAPI RegNotifyChangeKeyValue(HKEY hkey, BOOL subtree, DWORD filter, HANDLE event, BOOL async)
{
    IO_STATUS_BLOCK io;
    HANDLE key;
    LSTATUS err;

    if (async && !event) return ERROR_INVALID_HANDLE;
    if ((err = get_key(hkey, &key))) return err;
    /* the IO_STATUS_BLOCK outlives an asynchronous call: ntdll's
     * notification thread writes only what it is given, so give it none */
    return nt_error(NtNotifyChangeKey(key, event, NULL, NULL, async ? NULL : &io, filter, subtree, NULL, 0, async));
}

WINBASEAPI LSTATUS WINAPI RegFlushKey(HKEY hkey)
{
    HANDLE key;
    LSTATUS err = hkey == HKEY_PERFORMANCE_DATA ? ERROR_SUCCESS : get_key(hkey, &key);
    if (err || hkey == HKEY_PERFORMANCE_DATA) return err;
    return nt_error(NtFlushKey(key));
}

/* FILE must not exist yet, as on Windows; it gets REGEDIT4 text. */
WINBASEAPI LSTATUS WINAPI RegSaveKeyExW(HKEY hkey, LPCWSTR file, void *security, DWORD flags)
{
    HANDLE key, handle;
    LSTATUS err;
    (void)security; (void)flags;

    if (!file || !*file) return ERROR_INVALID_PARAMETER;
    if ((err = get_key(hkey, &key))) return err;
    handle = CreateFileW(file, GENERIC_WRITE, 0, NULL, CREATE_NEW, FILE_ATTRIBUTE_NORMAL, NULL);
    if (handle == INVALID_HANDLE_VALUE) return GetLastError();
    err = nt_error(NtSaveKey(key, handle));
    CloseHandle(handle);
    if (err) DeleteFileW(file);
    return err;
}

WINBASEAPI LSTATUS WINAPI RegSaveKeyW(HKEY hkey, LPCWSTR file, void *security)
{
    return RegSaveKeyExW(hkey, file, security, 0);
}

WINBASEAPI LSTATUS WINAPI RegSaveKeyA(HKEY hkey, LPCSTR file, void *security)
{
    WCHAR *wfile;
    LSTATUS err = to_wide(file, &wfile);
    if (!err) err = RegSaveKeyExW(hkey, wfile, security, 0);
    heap_free(wfile);
    return err;
}

WINBASEAPI LSTATUS WINAPI RegSaveKeyExA(HKEY hkey, LPCSTR file, void *security, DWORD flags)
{
    WCHAR *wfile;
    LSTATUS err = to_wide(file, &wfile);
    if (!err) err = RegSaveKeyExW(hkey, wfile, security, flags);
    heap_free(wfile);
    return err;
}

/* Loading, unloading and restoring hive files need SE_RESTORE_NAME, which
 * a winrun token never holds (dlls/advapi32/token.c: a standard user's
 * privileges, and AdjustTokenPrivileges cannot add one): what such a user
 * is told on Windows. */
WINBASEAPI LSTATUS WINAPI RegLoadKeyW(HKEY hkey, LPCWSTR subkey, LPCWSTR file)
{
    HANDLE key;
    LSTATUS err;
    if (!file || !*file || !subkey || !*subkey) return ERROR_INVALID_PARAMETER;
    if ((err = get_key(hkey, &key))) return err;
    return ERROR_PRIVILEGE_NOT_HELD;
}

WINBASEAPI LSTATUS WINAPI RegLoadKeyA(HKEY hkey, LPCSTR subkey, LPCSTR file)
{
    HANDLE key;
    LSTATUS err;
    if (!file || !*file || !subkey || !*subkey) return ERROR_INVALID_PARAMETER;
    if ((err = get_key(hkey, &key))) return err;
    return ERROR_PRIVILEGE_NOT_HELD;
}

WINBASEAPI LSTATUS WINAPI RegUnLoadKeyW(HKEY hkey, LPCWSTR subkey)
{
    HANDLE key;
    LSTATUS err = get_key(hkey, &key);
    (void)subkey;
    return err ? err : ERROR_PRIVILEGE_NOT_HELD;
}

WINBASEAPI LSTATUS WINAPI RegUnLoadKeyA(HKEY hkey, LPCSTR subkey)
{
    HANDLE key;
    LSTATUS err = get_key(hkey, &key);
    (void)subkey;
    return err ? err : ERROR_PRIVILEGE_NOT_HELD;
}

WINBASEAPI LSTATUS WINAPI RegRestoreKeyW(HKEY hkey, LPCWSTR file, DWORD flags)
{
    HANDLE key;
    LSTATUS err;
    (void)flags;
    if (!file || !*file) return ERROR_INVALID_PARAMETER;
    if ((err = get_key(hkey, &key))) return err;
    return ERROR_PRIVILEGE_NOT_HELD;
}

WINBASEAPI LSTATUS WINAPI RegRestoreKeyA(HKEY hkey, LPCSTR file, DWORD flags)
{
    HANDLE key;
    LSTATUS err;
    (void)flags;
    if (!file || !*file) return ERROR_INVALID_PARAMETER;
    if ((err = get_key(hkey, &key))) return err;
    return ERROR_PRIVILEGE_NOT_HELD;
}
