/*
 * WinHelpA/W. winrun has no help viewer (Windows 10 has no WinHlp32 either:
 * its stub only tells the user that .hlp files are not supported). Asking
 * for help fails with ERROR_FILE_NOT_FOUND, shows nothing; HELP_QUIT
 * succeeds, as there is no viewer to close.
 */
#include "user_private.h"

static BOOL win_help(UINT command)
{
    if (command == HELP_QUIT) return TRUE;
    SetLastError(ERROR_FILE_NOT_FOUND);
    return FALSE;
}

WINUSERAPI BOOL WINAPI WinHelpW(HWND hwnd, LPCWSTR file, UINT command, ULONG_PTR data)
{
    (void)hwnd; (void)file; (void)data;
    return win_help(command);
}

WINUSERAPI BOOL WINAPI WinHelpA(HWND hwnd, LPCSTR file, UINT command, ULONG_PTR data)
{
    (void)hwnd; (void)file; (void)data;
    return win_help(command);
}
