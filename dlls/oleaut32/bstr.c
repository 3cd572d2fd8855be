/*
 * BSTRs: a 32-bit byte length, then the characters and a NUL; the BSTR
 * points at the characters. Allocated from the process heap (Windows
 * caches them, which programs must not rely on).
 */
#include <string.h>
#include "winbase.h"
#include "winrun/unicode.h"

typedef WCHAR *BSTR;

WINBASEAPI BSTR WINAPI SysAllocStringLen(const WCHAR *str, UINT len)
{
    DWORD *block;
    WCHAR *chars;

    if (len > (0x7fffffffu - sizeof(DWORD) - sizeof(WCHAR)) / sizeof(WCHAR)) return NULL;
    if (!(block = HeapAlloc(GetProcessHeap(), 0, sizeof(DWORD) + (len + 1) * sizeof(WCHAR)))) return NULL;
    *block = len * sizeof(WCHAR);
    chars = (WCHAR *)(block + 1);
    if (str) memcpy(chars, str, len * sizeof(WCHAR));
    else memset(chars, 0, len * sizeof(WCHAR));
    chars[len] = 0;
    return chars;
}

WINBASEAPI BSTR WINAPI SysAllocString(const WCHAR *str)
{
    if (!str) return NULL;
    return SysAllocStringLen(str, (UINT)wcs_len(str));
}

WINBASEAPI void WINAPI SysFreeString(BSTR str)
{
    if (str) HeapFree(GetProcessHeap(), 0, (DWORD *)str - 1);
}

WINBASEAPI UINT WINAPI SysStringLen(BSTR str)
{
    return str ? ((DWORD *)str)[-1] / sizeof(WCHAR) : 0;
}
