/*
 * BSTRs: a 32-bit byte length, then the characters and a NUL WCHAR; the
 * BSTR points at the characters. Allocated from the process heap (Windows
 * caches them, which programs must not rely on). A NULL BSTR is a valid
 * empty string everywhere.
 */
#include <string.h>
#include "oleaut32_private.h"
#include "winrun/unicode.h"

/* the largest byte length whose block size still fits 32 bits */
#define MAX_BSTR_BYTES (0x7fffffffu - sizeof(DWORD) - sizeof(WCHAR))

static DWORD *bstr_block(BSTR str)
{
    return (DWORD *)str - 1;
}

/* A BSTR of BYTES bytes (uninitialised), or NULL. */
static BSTR bstr_alloc(UINT bytes)
{
    DWORD *block;
    char *chars;

    if (bytes > MAX_BSTR_BYTES) return NULL;
    if (!(block = HeapAlloc(GetProcessHeap(), 0, sizeof(DWORD) + bytes + sizeof(WCHAR)))) return NULL;
    *block = bytes;
    chars = (char *)(block + 1);
    memset(chars + bytes, 0, sizeof(WCHAR));   /* the NUL, even after an odd byte count */
    return (BSTR)chars;
}

WINBASEAPI BSTR WINAPI SysAllocStringLen(const OLECHAR *str, UINT len)
{
    BSTR ret;
    if (len > MAX_BSTR_BYTES / sizeof(WCHAR) || !(ret = bstr_alloc(len * sizeof(WCHAR)))) return NULL;
    if (str) memcpy(ret, str, len * sizeof(WCHAR));
    else memset(ret, 0, len * sizeof(WCHAR));
    return ret;
}

WINBASEAPI BSTR WINAPI SysAllocString(const OLECHAR *str)
{
    if (!str) return NULL;
    return SysAllocStringLen(str, (UINT)wcs_len(str));
}

WINBASEAPI BSTR WINAPI SysAllocStringByteLen(const char *str, UINT len)
{
    BSTR ret = bstr_alloc(len);
    if (!ret) return NULL;
    if (str) memcpy(ret, str, len);
    else memset(ret, 0, len);
    return ret;
}

WINBASEAPI void WINAPI SysFreeString(BSTR str)
{
    if (str) HeapFree(GetProcessHeap(), 0, bstr_block(str));
}

WINBASEAPI UINT WINAPI SysStringLen(BSTR str)
{
    return str ? *bstr_block(str) / sizeof(WCHAR) : 0;
}

WINBASEAPI UINT WINAPI SysStringByteLen(BSTR str)
{
    return str ? *bstr_block(str) : 0;
}

/* STR may point into *OLD: its characters are moved to the front before
 * the block is resized, so shrinking cannot lose them. */
WINBASEAPI INT WINAPI SysReAllocStringLen(BSTR *old, const OLECHAR *str, UINT len)
{
    DWORD *block;

    if (!old || len > MAX_BSTR_BYTES / sizeof(WCHAR)) return FALSE;
    if (!*old) return (*old = SysAllocStringLen(str, len)) != NULL;
    if (str && str >= *old && str <= *old + SysStringLen(*old)) {
        size_t left = SysStringLen(*old) - (size_t)(str - *old);
        memmove(*old, str, (len < left ? len : left) * sizeof(WCHAR));
        str = NULL;
    }
    if (!(block = HeapReAlloc(GetProcessHeap(), 0, bstr_block(*old), sizeof(DWORD) + (len + 1) * sizeof(WCHAR))))
        return FALSE;
    *old = (BSTR)(block + 1);
    if (str) memmove(*old, str, len * sizeof(WCHAR));
    *block = len * sizeof(WCHAR);
    (*old)[len] = 0;
    return TRUE;
}

WINBASEAPI INT WINAPI SysReAllocString(BSTR *old, const OLECHAR *str)
{
    BSTR copy;
    if (!old) return FALSE;
    /* STR may be part of *OLD, so copy before freeing */
    copy = SysAllocString(str);
    if (str && !copy) return FALSE;
    SysFreeString(*old);
    *old = copy;
    return TRUE;
}
