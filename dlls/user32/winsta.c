/*
 * Window stations, desktops and the session: GetProcessWindowStation,
 * GetThreadDesktop, OpenInputDesktop, GetUserObjectInformation(A/W),
 * CloseDesktop, CloseWindowStation, ExitWindowsEx, GetGuiResources.
 *
 * A winrun process lives in one window station, "WinSta0", with one
 * desktop, "Default". There is no object behind them: the handles are
 * fixed values that the calls here recognize, and closing one is a no-op
 * (Windows refuses to close a thread's desktop in use, and these always
 * are).
 */
#include <stdlib.h>
#include <string.h>
#include "user_private.h"

#define WINSTA_HANDLE  ((HWINSTA)(ULONG_PTR)0x30)
#define DESKTOP_HANDLE ((HDESK)(ULONG_PTR)0x34)
#define INPUT_DESKTOP_HANDLE ((HDESK)(ULONG_PTR)0x38)   /* OpenInputDesktop's: the same desktop */

WINUSERAPI HWINSTA WINAPI GetProcessWindowStation(void) { return WINSTA_HANDLE; }

WINUSERAPI HDESK WINAPI GetThreadDesktop(DWORD tid)
{
    (void)tid;   /* every thread of every winrun program is on "Default" */
    return DESKTOP_HANDLE;
}

WINUSERAPI HDESK WINAPI OpenInputDesktop(DWORD flags, BOOL inherit, DWORD access)
{
    (void)flags; (void)inherit; (void)access;
    return INPUT_DESKTOP_HANDLE;
}

static BOOL is_desktop(HANDLE h) { return h == DESKTOP_HANDLE || h == INPUT_DESKTOP_HANDLE; }

WINUSERAPI BOOL WINAPI CloseDesktop(HDESK desk)
{
    if (!is_desktop(desk)) {
        SetLastError(ERROR_INVALID_HANDLE);
        return FALSE;
    }
    return TRUE;
}

WINUSERAPI BOOL WINAPI CloseWindowStation(HWINSTA winsta)
{
    if (winsta != WINSTA_HANDLE) {
        SetLastError(ERROR_INVALID_HANDLE);
        return FALSE;
    }
    return TRUE;
}

/* UOI_FLAGS, UOI_NAME, UOI_TYPE (in WCHARs); *NEEDED gets the size in bytes. */
WINUSERAPI BOOL WINAPI GetUserObjectInformationW(HANDLE handle, INT index, void *info, DWORD len, DWORD *needed)
{
    static const WCHAR winsta0[] = { 'W','i','n','S','t','a','0',0 };
    static const WCHAR deflt[] = { 'D','e','f','a','u','l','t',0 };
    static const WCHAR winsta_type[] = { 'W','i','n','d','o','w','S','t','a','t','i','o','n',0 };
    static const WCHAR desktop_type[] = { 'D','e','s','k','t','o','p',0 };
    BOOL station = handle == WINSTA_HANDLE;
    const WCHAR *text;
    DWORD size;

    if (!station && !is_desktop(handle)) {
        SetLastError(ERROR_INVALID_HANDLE);
        return FALSE;
    }
    switch (index) {
    case UOI_FLAGS: {
        USEROBJECTFLAGS flags = { FALSE, FALSE, station ? WSF_VISIBLE : 0 };
        if (needed) *needed = sizeof(flags);
        if (len < sizeof(flags)) {
            SetLastError(ERROR_INSUFFICIENT_BUFFER);
            return FALSE;
        }
        memcpy(info, &flags, sizeof(flags));
        return TRUE;
    }
    case UOI_NAME: text = station ? winsta0 : deflt; break;
    case UOI_TYPE: text = station ? winsta_type : desktop_type; break;
    default:
        SetLastError(ERROR_INVALID_PARAMETER);
        return FALSE;
    }
    size = (DWORD)((wcs_len(text) + 1) * sizeof(WCHAR));
    if (needed) *needed = size;
    if (len < size || !info) {
        SetLastError(ERROR_INSUFFICIENT_BUFFER);
        return FALSE;
    }
    memcpy(info, text, size);
    return TRUE;
}

WINUSERAPI BOOL WINAPI GetUserObjectInformationA(HANDLE handle, INT index, void *info, DWORD len, DWORD *needed)
{
    WCHAR buffer[32];
    char *a;
    DWORD size;

    if (index != UOI_NAME && index != UOI_TYPE) return GetUserObjectInformationW(handle, index, info, len, needed);
    if (!GetUserObjectInformationW(handle, index, buffer, sizeof(buffer), NULL)) return FALSE;
    if (!(a = utf16_to_ansi_dup(buffer))) {
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
        return FALSE;
    }
    size = (DWORD)strlen(a) + 1;
    if (needed) *needed = size;
    if (len < size || !info) {
        free(a);
        SetLastError(ERROR_INSUFFICIENT_BUFFER);
        return FALSE;
    }
    memcpy(info, a, size);
    free(a);
    return TRUE;
}

/* Logging off or shutting down Linux is not a program's business: refused
 * as Windows refuses a process without SE_SHUTDOWN_NAME enabled. */
WINUSERAPI BOOL WINAPI ExitWindowsEx(UINT flags, DWORD reason)
{
    (void)flags; (void)reason;
    SetLastError(ERROR_PRIVILEGE_NOT_HELD);
    return FALSE;
}

/* The counts of GDI and USER objects a process holds: not counted here, so
 * 0, which Windows also answers for a process that has none. */
WINUSERAPI DWORD WINAPI GetGuiResources(HANDLE process, DWORD which)
{
    (void)process;
    if (which > 4) {   /* GR_GDIOBJECTS 0, GR_USEROBJECTS 1, the _PEAK ones 2, 4 */
        SetLastError(ERROR_INVALID_PARAMETER);
        return 0;
    }
    return 0;
}
