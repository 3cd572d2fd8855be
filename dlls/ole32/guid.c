/*
 * GUIDs: the "{XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX}" form in both
 * directions, ProgID <-> CLSID through HKEY_CLASSES_ROOT, and new
 * random (version 4) GUIDs.
 */
#include <string.h>
#include "ole32_private.h"
#include "winrun/unicode.h"

WINBASEAPI BOOL WINAPI ProcessPrng(BYTE *buffer, SIZE_T len);

const IID IID_IUnknown = { 0x00000000, 0x0000, 0x0000, { 0xc0, 0, 0, 0, 0, 0, 0, 0x46 } };
const IID IID_IClassFactory = { 0x00000001, 0x0000, 0x0000, { 0xc0, 0, 0, 0, 0, 0, 0, 0x46 } };
const IID IID_IMalloc = { 0x00000002, 0x0000, 0x0000, { 0xc0, 0, 0, 0, 0, 0, 0, 0x46 } };

static int hex_value(WCHAR c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* COUNT hex digits at S into *OUT; FALSE on a non-digit */
static BOOL read_hex(const WCHAR *s, int count, ULONGLONG *out)
{
    ULONGLONG v = 0;
    for (int i = 0; i < count; i++) {
        int d = hex_value(s[i]);
        if (d < 0) return FALSE;
        v = v << 4 | d;
    }
    *out = v;
    return TRUE;
}

/* exactly the 38-character braced form, nothing after it */
static BOOL parse_guid(const WCHAR *s, GUID *guid)
{
    static const int dash[] = { 9, 14, 19, 24 };
    ULONGLONG v;

    if (s[0] != '{') return FALSE;
    for (int i = 1; i < 38; i++) if (!s[i]) return FALSE;
    if (s[37] != '}' || s[38]) return FALSE;
    for (int i = 0; i < 4; i++) if (s[dash[i]] != '-') return FALSE;
    if (!read_hex(s + 1, 8, &v)) return FALSE;
    guid->Data1 = (DWORD)v;
    if (!read_hex(s + 10, 4, &v)) return FALSE;
    guid->Data2 = (WORD)v;
    if (!read_hex(s + 15, 4, &v)) return FALSE;
    guid->Data3 = (WORD)v;
    for (int i = 0; i < 8; i++) {
        if (!read_hex(s + (i < 2 ? 20 + 2 * i : 25 + 2 * (i - 2)), 2, &v)) return FALSE;
        guid->Data4[i] = (BYTE)v;
    }
    return TRUE;
}

WINBASEAPI INT WINAPI StringFromGUID2(const GUID *guid, LPWSTR str, INT cmax)
{
    static const char digits[] = "0123456789ABCDEF";
    WCHAR buf[39], *p = buf;

    if (!guid || cmax < 39) return 0;
    *p++ = '{';
    for (int i = 28; i >= 0; i -= 4) *p++ = digits[guid->Data1 >> i & 15];
    *p++ = '-';
    for (int i = 12; i >= 0; i -= 4) *p++ = digits[guid->Data2 >> i & 15];
    *p++ = '-';
    for (int i = 12; i >= 0; i -= 4) *p++ = digits[guid->Data3 >> i & 15];
    *p++ = '-';
    for (int i = 0; i < 8; i++) {
        if (i == 2) *p++ = '-';
        *p++ = digits[guid->Data4[i] >> 4];
        *p++ = digits[guid->Data4[i] & 15];
    }
    *p++ = '}';
    *p = 0;
    for (int i = 0; i < 39; i++) str[i] = buf[i];
    return 39;
}

WINBASEAPI HRESULT WINAPI StringFromCLSID(const CLSID *clsid, LPWSTR *str)
{
    if (!(*str = CoTaskMemAlloc(39 * sizeof(WCHAR)))) return E_OUTOFMEMORY;
    StringFromGUID2(clsid, *str, 39);
    return S_OK;
}

WINBASEAPI HRESULT WINAPI StringFromIID(const IID *iid, LPWSTR *str)
{
    return StringFromCLSID(iid, str);
}

/* HKCR\PROGID\CLSID's default value */
static HRESULT clsid_from_progid(const WCHAR *progid, CLSID *clsid)
{
    static const WCHAR clsid_key[] = { '\\', 'C', 'L', 'S', 'I', 'D', 0 };
    WCHAR path[300], value[40];
    DWORD size = sizeof(value), type;
    size_t len = 0;
    HKEY key;
    LSTATUS err;

    while (progid[len]) len++;
    if (len + 7 > sizeof(path) / sizeof(WCHAR)) return CO_E_CLASSSTRING;
    for (size_t i = 0; i < len; i++) path[i] = progid[i];
    for (size_t i = 0; i < 7; i++) path[len + i] = clsid_key[i];
    if (RegOpenKeyExW(HKEY_CLASSES_ROOT, path, 0, KEY_READ, &key)) return CO_E_CLASSSTRING;
    err = RegQueryValueExW(key, NULL, NULL, &type, (BYTE *)value, &size);
    RegCloseKey(key);
    if (err || type != REG_SZ || size < 38 * sizeof(WCHAR)) return CO_E_CLASSSTRING;
    value[38] = 0;
    return parse_guid(value, clsid) ? S_OK : CO_E_CLASSSTRING;
}

/* Windows accepts a braced GUID or, failing that, a ProgID; an empty or
 * NULL string is GUID_NULL */
WINBASEAPI HRESULT WINAPI CLSIDFromString(LPCWSTR str, CLSID *clsid)
{
    if (!clsid) return E_INVALIDARG;
    if (!str || !*str) {
        memset(clsid, 0, sizeof(*clsid));
        return S_OK;
    }
    if (parse_guid(str, clsid)) return S_OK;
    if (str[0] == '{') {
        memset(clsid, 0, sizeof(*clsid));
        return CO_E_CLASSSTRING;
    }
    return clsid_from_progid(str, clsid);
}

/* IIDs are GUIDs only: no ProgID lookup */
WINBASEAPI HRESULT WINAPI IIDFromString(LPCWSTR str, IID *iid)
{
    if (!str) {
        memset(iid, 0, sizeof(*iid));
        return S_OK;
    }
    if (wcs_len(str) != 38) return E_INVALIDARG;     /* a length mismatch is its own error */
    return parse_guid(str, iid) ? S_OK : CO_E_IIDSTRING;
}

WINBASEAPI HRESULT WINAPI CLSIDFromProgID(LPCWSTR progid, CLSID *clsid)
{
    HRESULT hr;
    if (!progid || !clsid) return E_INVALIDARG;
    if ((hr = clsid_from_progid(progid, clsid))) memset(clsid, 0, sizeof(*clsid));
    return hr;
}

/* HKCR\CLSID\{...}\ProgID's default value, in task memory */
WINBASEAPI HRESULT WINAPI ProgIDFromCLSID(const CLSID *clsid, LPOLESTR *progid)
{
    static const WCHAR prefix[] = { 'C', 'L', 'S', 'I', 'D', '\\' };
    static const WCHAR suffix[] = { '\\', 'P', 'r', 'o', 'g', 'I', 'D', 0 };
    WCHAR path[6 + 38 + 8];
    DWORD size = 0, type;
    HKEY key;

    if (!progid) return E_INVALIDARG;
    *progid = NULL;
    memcpy(path, prefix, sizeof(prefix));
    StringFromGUID2(clsid, path + 6, 39);
    memcpy(path + 6 + 38, suffix, sizeof(suffix));
    if (RegOpenKeyExW(HKEY_CLASSES_ROOT, path, 0, KEY_READ, &key)) return REGDB_E_CLASSNOTREG;
    if (RegQueryValueExW(key, NULL, NULL, &type, NULL, &size) || type != REG_SZ || !size) {
        RegCloseKey(key);
        return REGDB_E_CLASSNOTREG;
    }
    if (!(*progid = CoTaskMemAlloc(size + sizeof(WCHAR)))) {
        RegCloseKey(key);
        return E_OUTOFMEMORY;
    }
    if (RegQueryValueExW(key, NULL, NULL, &type, (BYTE *)*progid, &size)) {
        RegCloseKey(key);
        CoTaskMemFree(*progid);
        *progid = NULL;
        return REGDB_E_CLASSNOTREG;
    }
    (*progid)[size / sizeof(WCHAR)] = 0;
    RegCloseKey(key);
    return S_OK;
}

/* random bits with the RFC 4122 version (4) and variant (10xx) fields */
WINBASEAPI HRESULT WINAPI CoCreateGuid(GUID *guid)
{
    if (!guid) return E_INVALIDARG;
    if (!ProcessPrng((BYTE *)guid, sizeof(*guid))) return E_FAIL;
    guid->Data3 = (guid->Data3 & 0x0fff) | 0x4000;
    guid->Data4[0] = (guid->Data4[0] & 0x3f) | 0x80;
    return S_OK;
}

WINBASEAPI BOOL WINAPI IsEqualGUID(const GUID *a, const GUID *b)
{
    return !memcmp(a, b, sizeof(GUID));
}
