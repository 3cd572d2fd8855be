/*
 * user32 resources without a display: LoadString. (The X11 driver is
 * loaded only by window functions, so console programs that import user32
 * for strings or CharUpper never touch libxcb.)
 */
#include <string.h>
#include "winbase.h"
#include "winerror.h"

#define RT_STRING 6

/* Returns the string's length and a pointer to its (not terminated) text
 * inside the STRINGTABLE block; -1 when the id has no block. */
static int find_string(HINSTANCE instance, UINT id, const WCHAR **text)
{
    HRSRC res = FindResourceW(instance, MAKEINTRESOURCEW((id >> 4) + 1), MAKEINTRESOURCEW(RT_STRING));
    const WCHAR *p;
    DWORD size;

    if (!res || !(p = LockResource(LoadResource(instance, res)))) return -1;
    size = SizeofResource(instance, res) / sizeof(WCHAR);
    for (UINT i = 0; i < (id & 15); i++) {
        if (!size || *p + 1u > size) return -1;
        size -= *p + 1;
        p += *p + 1;
    }
    if (!size || *p + 1u > size) return -1;
    *text = p + 1;
    return *p;
}

WINBASEAPI INT WINAPI LoadStringW(HINSTANCE instance, UINT id, LPWSTR buffer, INT buflen)
{
    const WCHAR *text;
    int len;

    if (!buffer) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return 0;
    }
    len = find_string(instance, id, &text);
    if (len < 0) {
        if (buflen > 0) buffer[0] = 0;
        return 0;
    }
    if (buflen == 0) {   /* a pointer to the read-only resource text itself */
        *(const WCHAR **)buffer = text;
        return len;
    }
    if (len > buflen - 1) len = buflen - 1;
    memcpy(buffer, text, len * sizeof(WCHAR));
    buffer[len] = 0;
    return len;
}

WINBASEAPI INT WINAPI LoadStringA(HINSTANCE instance, UINT id, LPSTR buffer, INT buflen)
{
    const WCHAR *text;
    int len, n;

    if (!buffer || buflen <= 0) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return 0;
    }
    len = find_string(instance, id, &text);
    if (len <= 0) {
        buffer[0] = 0;
        return 0;
    }
    n = WideCharToMultiByte(CP_ACP, 0, text, len, buffer, buflen - 1, NULL, NULL);
    if (!n) n = WideCharToMultiByte(CP_ACP, 0, text, len < buflen - 1 ? len : buflen - 1, buffer, buflen - 1, NULL, NULL);
    buffer[n] = 0;
    return n;
}
