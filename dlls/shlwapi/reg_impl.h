/*
 * shlwapi's SH* registry helpers over advapi32, once per width (reg.c
 * includes this file with T and FN as path_impl.h does). A REG_EXPAND_SZ
 * read through SHQueryValueEx/SHGetValue comes back expanded, as REG_SZ.
 */

SHLWAPI_API LSTATUS WINAPI FN(SHQueryValueEx)(HKEY key, const T *name, DWORD *reserved, DWORD *type,
                                             void *data, DWORD *size)
{
    DWORD t, len = 0, need;
    T *raw, *expanded;
    LSTATUS ret;

    ret = FN(RegQueryValueEx)(key, name, reserved, &t, NULL, &len);
    if (ret != ERROR_SUCCESS || t != REG_EXPAND_SZ) {
        if (ret == ERROR_SUCCESS || ret == ERROR_MORE_DATA)
            ret = FN(RegQueryValueEx)(key, name, reserved, type, data, size);
        return ret;
    }
    if (!(raw = calloc(1, len + sizeof(T)))) return ERROR_OUTOFMEMORY;
    if ((ret = FN(RegQueryValueEx)(key, name, reserved, NULL, (BYTE *)raw, &len)) != ERROR_SUCCESS) {
        free(raw);
        return ret;
    }
    need = FN(ExpandEnvironmentStrings)(raw, NULL, 0);
    if (!need || !(expanded = calloc(need, sizeof(T)))) {
        free(raw);
        return ERROR_OUTOFMEMORY;
    }
    FN(ExpandEnvironmentStrings)(raw, expanded, need);
    need = (DWORD)((tlen(expanded) + 1) * sizeof(T));
    if (type) *type = REG_SZ;
    ret = ERROR_SUCCESS;
    if (data) {
        if (size && *size >= need) memcpy(data, expanded, need);
        else ret = ERROR_MORE_DATA;
    }
    if (size) *size = need;
    free(raw);
    free(expanded);
    return ret;
}

SHLWAPI_API LSTATUS WINAPI FN(SHGetValue)(HKEY key, const T *subkey, const T *name, DWORD *type,
                                         void *data, DWORD *size)
{
    HKEY sub = key;
    LSTATUS ret;
    if (subkey && *subkey && (ret = FN(RegOpenKeyEx)(key, subkey, 0, KEY_QUERY_VALUE, &sub)) != ERROR_SUCCESS)
        return ret;
    ret = FN(SHQueryValueEx)(sub, name, NULL, type, data, size);
    if (sub != key) RegCloseKey(sub);
    return ret;
}

/* creates subkey when it is missing */
SHLWAPI_API LSTATUS WINAPI FN(SHSetValue)(HKEY key, const T *subkey, const T *name, DWORD type,
                                         const void *data, DWORD size)
{
    HKEY sub = key;
    LSTATUS ret;
    if (subkey && *subkey &&
        (ret = FN(RegCreateKeyEx)(key, subkey, 0, NULL, REG_OPTION_NON_VOLATILE, KEY_SET_VALUE, NULL, &sub, NULL)))
        return ret;
    ret = FN(RegSetValueEx)(sub, name, 0, type, data, size);
    if (sub != key) RegCloseKey(sub);
    return ret;
}

SHLWAPI_API LSTATUS WINAPI FN(SHDeleteValue)(HKEY key, const T *subkey, const T *name)
{
    HKEY sub = key;
    LSTATUS ret;
    if (subkey && *subkey && (ret = FN(RegOpenKeyEx)(key, subkey, 0, KEY_SET_VALUE, &sub)) != ERROR_SUCCESS)
        return ret;
    ret = FN(RegDeleteValue)(sub, name);
    if (sub != key) RegCloseKey(sub);
    return ret;
}

/* subkey with all its values and subkeys */
SHLWAPI_API LSTATUS WINAPI FN(SHDeleteKey)(HKEY key, const T *subkey)
{
    return FN(RegDeleteTree)(key, subkey);
}

/* the values and subkeys of key\subkey into dst */
SHLWAPI_API LSTATUS WINAPI FN(SHCopyKey)(HKEY key, const T *subkey, HKEY dst, DWORD reserved)
{
    (void)reserved;
    if (!dst) return ERROR_INVALID_PARAMETER;
    return FN(RegCopyTree)(key, subkey, dst);
}

/* RegGetValue under its shlwapi name (the SRRF_ flags are the RRF_ ones) */
SHLWAPI_API LSTATUS WINAPI FN(SHRegGetValue)(HKEY key, const T *subkey, const T *name, DWORD flags,
                                            DWORD *type, void *data, DWORD *size)
{
    return FN(RegGetValue)(key, subkey, name, flags, type, data, size);
}
