/*
 * The registry, as seen from advapi32. This file is the seam for the
 * registry server (DESIGN.md: the server owns the registry, persisted in
 * the prefix); until it lands the registry is honestly EMPTY:
 *
 *  - the predefined roots (HKEY_CLASSES_ROOT, HKEY_CURRENT_USER,
 *    HKEY_LOCAL_MACHINE, HKEY_USERS, HKEY_PERFORMANCE_DATA,
 *    HKEY_CURRENT_CONFIG) exist and open, with no subkeys and no values;
 *  - opening a subkey or querying a value gives ERROR_FILE_NOT_FOUND,
 *    enumerations end at once (ERROR_NO_MORE_ITEMS), deleting finds
 *    nothing to delete (ERROR_FILE_NOT_FOUND);
 *  - creating a key or setting a value is refused with ERROR_ACCESS_DENIED
 *    (said once on the fixme channel), never pretended: a program must not
 *    believe something was stored that a later read cannot find.
 *  - a handle that is neither a root nor an open key gives
 *    ERROR_INVALID_HANDLE.
 *
 * When the server arrives, key_lookup() and the value functions become
 * requests to it; the argument checks stay here. Reg* return Win32 error
 * codes and leave the thread's last error alone, as Windows' do.
 */
#include <string.h>
#define DEBUG_CHANNEL CH_REG
#include "winrun/debug.h"
#include "advapi32_private.h"

typedef LONG LSTATUS;
typedef DWORD REGSAM;

#define HKEY_CLASSES_ROOT   ((HKEY)(LONG_PTR)(LONG)0x80000000)
#define HKEY_CURRENT_CONFIG ((HKEY)(LONG_PTR)(LONG)0x80000005)

#define KEY_QUERY_VALUE   0x0001
#define RRF_RT_ANY        0x0000ffff
#define RRF_ZEROONFAILURE 0x20000000

struct key {
    struct object obj;
    HKEY root;            /* the predefined key it was opened below */
};

static void key_destroy(struct object *obj)
{
    HeapFree(GetProcessHeap(), 0, obj);
}

static const struct object_ops key_ops = { .destroy = key_destroy };

static BOOL is_root(HKEY hkey)
{
    return hkey >= HKEY_CLASSES_ROOT && hkey <= HKEY_CURRENT_CONFIG;
}

/* Whether HKEY names a key: a root or an open key handle. */
static LSTATUS key_lookup(HKEY hkey, HKEY *root)
{
    struct object *obj;
    if (is_root(hkey)) {
        if (root) *root = hkey;
        return ERROR_SUCCESS;
    }
    if (!(obj = handle_get(hkey, OBJECT_KEY))) return ERROR_INVALID_HANDLE;
    if (root) *root = ((struct key *)obj)->root;
    object_release(obj);
    return ERROR_SUCCESS;
}

static LSTATUS key_open(HKEY root, HKEY *result)
{
    struct key *key = HeapAlloc(GetProcessHeap(), 0, sizeof(*key));
    if (!key) return ERROR_NOT_ENOUGH_MEMORY;
    object_init(&key->obj, OBJECT_KEY, &key_ops);
    key->root = root;
    if (!(*result = handle_alloc(&key->obj))) {
        object_release(&key->obj);
        return ERROR_NOT_ENOUGH_MEMORY;
    }
    return ERROR_SUCCESS;
}

/* A strings for the A entry points; *OUT is NULL for NULL. */
static LSTATUS to_wide(const char *s, WCHAR **out)
{
    int n;
    *out = NULL;
    if (!s) return ERROR_SUCCESS;
    n = MultiByteToWideChar(CP_ACP, 0, s, -1, NULL, 0);
    if (!(*out = HeapAlloc(GetProcessHeap(), 0, n * sizeof(WCHAR)))) return ERROR_NOT_ENOUGH_MEMORY;
    MultiByteToWideChar(CP_ACP, 0, s, -1, *out, n);
    return ERROR_SUCCESS;
}

static void free_wide(WCHAR *s)
{
    HeapFree(GetProcessHeap(), 0, s);
}

/* ---- opening and closing ---- */

WINBASEAPI LSTATUS WINAPI RegOpenKeyExW(HKEY hkey, LPCWSTR subkey, DWORD options, REGSAM access, HKEY *result)
{
    LSTATUS err;
    HKEY root;
    (void)options; (void)access;

    if (!result) return ERROR_INVALID_PARAMETER;
    *result = NULL;
    if ((err = key_lookup(hkey, &root))) return err;
    if (subkey && *subkey) return ERROR_FILE_NOT_FOUND;   /* no subkeys yet */
    return key_open(root, result);
}

WINBASEAPI LSTATUS WINAPI RegOpenKeyExA(HKEY hkey, LPCSTR subkey, DWORD options, REGSAM access, HKEY *result)
{
    WCHAR *wsubkey;
    LSTATUS err = to_wide(subkey, &wsubkey);
    if (!err) err = RegOpenKeyExW(hkey, wsubkey, options, access, result);
    free_wide(wsubkey);
    return err;
}

/* The old form hands back the key itself for an empty name. */
WINBASEAPI LSTATUS WINAPI RegOpenKeyW(HKEY hkey, LPCWSTR subkey, HKEY *result)
{
    if (!result) return ERROR_INVALID_PARAMETER;
    if (!subkey || !*subkey) {
        LSTATUS err = key_lookup(hkey, NULL);
        if (!err) *result = hkey;
        return err;
    }
    return RegOpenKeyExW(hkey, subkey, 0, MAXIMUM_ALLOWED, result);
}

WINBASEAPI LSTATUS WINAPI RegOpenKeyA(HKEY hkey, LPCSTR subkey, HKEY *result)
{
    WCHAR *wsubkey;
    LSTATUS err = to_wide(subkey, &wsubkey);
    if (!err) err = RegOpenKeyW(hkey, wsubkey, result);
    free_wide(wsubkey);
    return err;
}

WINBASEAPI LSTATUS WINAPI RegCloseKey(HKEY hkey)
{
    struct object *obj;
    if (is_root(hkey)) return ERROR_SUCCESS;
    if (!(obj = handle_get(hkey, OBJECT_KEY))) return ERROR_INVALID_HANDLE;
    object_release(obj);
    return handle_close(hkey) ? ERROR_INVALID_HANDLE : ERROR_SUCCESS;
}

/* ---- values ---- */

WINBASEAPI LSTATUS WINAPI RegQueryValueExW(HKEY hkey, LPCWSTR name, LPDWORD reserved, LPDWORD type,
                                           LPBYTE data, LPDWORD count)
{
    LSTATUS err;
    (void)name; (void)type;
    if ((data && !count) || reserved) return ERROR_INVALID_PARAMETER;
    if ((err = key_lookup(hkey, NULL))) return err;
    return ERROR_FILE_NOT_FOUND;
}

WINBASEAPI LSTATUS WINAPI RegQueryValueExA(HKEY hkey, LPCSTR name, LPDWORD reserved, LPDWORD type,
                                           LPBYTE data, LPDWORD count)
{
    WCHAR *wname;
    LSTATUS err = to_wide(name, &wname);
    /* string data would be converted to A here once values exist */
    if (!err) err = RegQueryValueExW(hkey, wname, reserved, type, data, count);
    free_wide(wname);
    return err;
}

WINBASEAPI LSTATUS WINAPI RegGetValueW(HKEY hkey, LPCWSTR subkey, LPCWSTR name, DWORD flags, LPDWORD type,
                                       PVOID data, LPDWORD count)
{
    LSTATUS err;
    HKEY key = hkey;

    if ((data && !count) || !(flags & RRF_RT_ANY)) return ERROR_INVALID_PARAMETER;
    if (subkey && *subkey) err = RegOpenKeyExW(hkey, subkey, 0, KEY_QUERY_VALUE, &key);
    else err = key_lookup(hkey, NULL);
    if (!err) {
        err = RegQueryValueExW(key, name, NULL, type, NULL, NULL);
        if (key != hkey) RegCloseKey(key);
    }
    if (err && data && (flags & RRF_ZEROONFAILURE)) memset(data, 0, *count);
    return err;
}

WINBASEAPI LSTATUS WINAPI RegGetValueA(HKEY hkey, LPCSTR subkey, LPCSTR name, DWORD flags, LPDWORD type,
                                       PVOID data, LPDWORD count)
{
    WCHAR *wsubkey = NULL, *wname = NULL;
    LSTATUS err = to_wide(subkey, &wsubkey);
    if (!err) err = to_wide(name, &wname);
    if (!err) err = RegGetValueW(hkey, wsubkey, wname, flags, type, data, count);
    free_wide(wsubkey);
    free_wide(wname);
    return err;
}

/* ---- enumeration and information ---- */

WINBASEAPI LSTATUS WINAPI RegEnumKeyExW(HKEY hkey, DWORD index, LPWSTR name, LPDWORD name_len, LPDWORD reserved,
                                        LPWSTR class_name, LPDWORD class_len, FILETIME *time)
{
    LSTATUS err;
    (void)index; (void)class_name; (void)class_len; (void)time;
    if (reserved || !name || !name_len) return ERROR_INVALID_PARAMETER;
    if ((err = key_lookup(hkey, NULL))) return err;
    return ERROR_NO_MORE_ITEMS;
}

WINBASEAPI LSTATUS WINAPI RegEnumKeyExA(HKEY hkey, DWORD index, LPSTR name, LPDWORD name_len, LPDWORD reserved,
                                        LPSTR class_name, LPDWORD class_len, FILETIME *time)
{
    (void)class_name;
    return RegEnumKeyExW(hkey, index, (LPWSTR)name, name_len, reserved, NULL, class_len, time);
}

WINBASEAPI LSTATUS WINAPI RegEnumValueW(HKEY hkey, DWORD index, LPWSTR name, LPDWORD name_len, LPDWORD reserved,
                                        LPDWORD type, LPBYTE data, LPDWORD count)
{
    LSTATUS err;
    (void)index; (void)type;
    if (reserved || !name || !name_len || (data && !count)) return ERROR_INVALID_PARAMETER;
    if ((err = key_lookup(hkey, NULL))) return err;
    return ERROR_NO_MORE_ITEMS;
}

WINBASEAPI LSTATUS WINAPI RegEnumValueA(HKEY hkey, DWORD index, LPSTR name, LPDWORD name_len, LPDWORD reserved,
                                        LPDWORD type, LPBYTE data, LPDWORD count)
{
    return RegEnumValueW(hkey, index, (LPWSTR)name, name_len, reserved, type, data, count);
}

WINBASEAPI LSTATUS WINAPI RegQueryInfoKeyW(HKEY hkey, LPWSTR class_name, LPDWORD class_len, LPDWORD reserved,
                                           LPDWORD subkeys, LPDWORD max_subkey, LPDWORD max_class,
                                           LPDWORD values, LPDWORD max_value_name, LPDWORD max_value_data,
                                           LPDWORD security, FILETIME *time)
{
    LSTATUS err;
    if (reserved || (class_name && !class_len)) return ERROR_INVALID_PARAMETER;
    if ((err = key_lookup(hkey, NULL))) return err;
    if (class_name && *class_len) class_name[0] = 0;
    if (class_len) *class_len = 0;
    if (subkeys) *subkeys = 0;
    if (max_subkey) *max_subkey = 0;
    if (max_class) *max_class = 0;
    if (values) *values = 0;
    if (max_value_name) *max_value_name = 0;
    if (max_value_data) *max_value_data = 0;
    if (security) *security = 0;
    if (time) time->dwLowDateTime = time->dwHighDateTime = 0;
    return ERROR_SUCCESS;
}

WINBASEAPI LSTATUS WINAPI RegQueryInfoKeyA(HKEY hkey, LPSTR class_name, LPDWORD class_len, LPDWORD reserved,
                                           LPDWORD subkeys, LPDWORD max_subkey, LPDWORD max_class,
                                           LPDWORD values, LPDWORD max_value_name, LPDWORD max_value_data,
                                           LPDWORD security, FILETIME *time)
{
    LSTATUS err = RegQueryInfoKeyW(hkey, NULL, NULL, reserved, subkeys, max_subkey, max_class, values,
                                   max_value_name, max_value_data, security, time);
    if (!err && class_name && class_len && *class_len) class_name[0] = 0;
    if (!err && class_len) *class_len = 0;
    return err;
}

/* ---- changes: refused until the server can keep them ---- */

static LSTATUS refuse_write(HKEY hkey)
{
    LSTATUS err = key_lookup(hkey, NULL);
    if (err) return err;
    FIXME("the registry cannot store anything until the registry server exists\n");
    return ERROR_ACCESS_DENIED;
}

WINBASEAPI LSTATUS WINAPI RegCreateKeyExW(HKEY hkey, LPCWSTR subkey, DWORD reserved, LPWSTR class_name,
                                          DWORD options, REGSAM access, void *security, HKEY *result,
                                          LPDWORD disposition)
{
    (void)reserved; (void)class_name; (void)options; (void)access; (void)security; (void)disposition;
    if (!result) return ERROR_INVALID_PARAMETER;
    if (!subkey || !*subkey) return RegOpenKeyExW(hkey, NULL, 0, access, result);
    *result = NULL;
    return refuse_write(hkey);
}

WINBASEAPI LSTATUS WINAPI RegCreateKeyExA(HKEY hkey, LPCSTR subkey, DWORD reserved, LPSTR class_name,
                                          DWORD options, REGSAM access, void *security, HKEY *result,
                                          LPDWORD disposition)
{
    (void)class_name;
    if (!result) return ERROR_INVALID_PARAMETER;
    if (!subkey || !*subkey) return RegOpenKeyExW(hkey, NULL, 0, access, result);
    *result = NULL;
    (void)reserved; (void)options; (void)security; (void)disposition;
    return refuse_write(hkey);
}

WINBASEAPI LSTATUS WINAPI RegSetValueExW(HKEY hkey, LPCWSTR name, DWORD reserved, DWORD type, const BYTE *data,
                                         DWORD count)
{
    (void)name; (void)reserved; (void)type; (void)data; (void)count;
    return refuse_write(hkey);
}

WINBASEAPI LSTATUS WINAPI RegSetValueExA(HKEY hkey, LPCSTR name, DWORD reserved, DWORD type, const BYTE *data,
                                         DWORD count)
{
    (void)name; (void)reserved; (void)type; (void)data; (void)count;
    return refuse_write(hkey);
}

/* Nothing exists below the roots, so there is nothing to delete. */
WINBASEAPI LSTATUS WINAPI RegDeleteKeyW(HKEY hkey, LPCWSTR subkey)
{
    LSTATUS err;
    if (!subkey) return ERROR_INVALID_PARAMETER;
    if ((err = key_lookup(hkey, NULL))) return err;
    return *subkey ? ERROR_FILE_NOT_FOUND : ERROR_ACCESS_DENIED;   /* a root cannot be deleted */
}

WINBASEAPI LSTATUS WINAPI RegDeleteKeyA(HKEY hkey, LPCSTR subkey)
{
    LSTATUS err;
    if (!subkey) return ERROR_INVALID_PARAMETER;
    if ((err = key_lookup(hkey, NULL))) return err;
    return *subkey ? ERROR_FILE_NOT_FOUND : ERROR_ACCESS_DENIED;
}

WINBASEAPI LSTATUS WINAPI RegDeleteValueW(HKEY hkey, LPCWSTR name)
{
    LSTATUS err = key_lookup(hkey, NULL);
    (void)name;
    return err ? err : ERROR_FILE_NOT_FOUND;
}

WINBASEAPI LSTATUS WINAPI RegDeleteValueA(HKEY hkey, LPCSTR name)
{
    LSTATUS err = key_lookup(hkey, NULL);
    (void)name;
    return err ? err : ERROR_FILE_NOT_FOUND;
}
