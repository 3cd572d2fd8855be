/*
 * GetUserName: the name the profile folder and %USERNAME% have
 * (include/winrun/user_name.h).
 */
#include "winrun/user.h"
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "advapi32_private.h"

/* The user name as a malloc'ed UTF-16 string, or NULL. */
static WCHAR *user_name(void)
{
    char buf[256];
    return utf8_to_utf16_dup(winrun_user_name(buf, sizeof(buf)));
}

/* SIZE is in characters and counts the NUL, both ways. */
WINBASEAPI BOOL WINAPI GetUserNameW(LPWSTR buffer, LPDWORD size)
{
    WCHAR *name = user_name();
    DWORD len;

    if (!name) return set_status_error(STATUS_NONE_MAPPED);
    len = (DWORD)wcs_len(name) + 1;
    if (*size < len) {
        *size = len;
        free(name);
        return set_status_error(STATUS_BUFFER_TOO_SMALL);
    }
    memcpy(buffer, name, len * sizeof(WCHAR));
    *size = len;
    free(name);
    return TRUE;
}

WINBASEAPI BOOL WINAPI GetUserNameA(LPSTR buffer, LPDWORD size)
{
    WCHAR *name = user_name();
    int len;

    if (!name) return set_status_error(STATUS_NONE_MAPPED);
    len = WideCharToMultiByte(CP_ACP, 0, name, -1, NULL, 0, NULL, NULL);
    if (*size < (DWORD)len) {
        *size = (DWORD)len;
        free(name);
        return set_status_error(STATUS_BUFFER_TOO_SMALL);
    }
    WideCharToMultiByte(CP_ACP, 0, name, -1, buffer, len, NULL, NULL);
    *size = (DWORD)len;
    free(name);
    return TRUE;
}
