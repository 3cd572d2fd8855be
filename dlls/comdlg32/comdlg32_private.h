/* comdlg32's internal interfaces. */
#ifndef WINRUN_COMDLG32_PRIVATE_H
#define WINRUN_COMDLG32_PRIVATE_H

#include "commdlg.h"
#include "winbase.h"
#include "winerror.h"

/* the error CommDlgExtendedError reports, per thread (main.c) */
void comdlg_set_error(DWORD error);

/* the open/save dialog over a UTF-16 OPENFILENAME (filedlg.c). On OK,
 * *PATH is the chosen full path (malloc'ed) and *FILTER the 1-based
 * filter index; HOOK_OFN is what an old-style hook sees in WM_INITDIALOG.
 * Returns FALSE for Cancel or an error (comdlg_set_error). */
BOOL file_dialog_run(const OPENFILENAMEW *ofn, BOOL save, void *hook_ofn, WCHAR **path, DWORD *filter);

/* user32 and kernel32 functions the shared headers do not declare */
WINUSERAPI LONG_PTR WINAPI GetWindowLongPtrW(HWND, INT);
WINUSERAPI LONG_PTR WINAPI SetWindowLongPtrW(HWND, INT, LONG_PTR);
WINUSERAPI BOOL WINAPI SetWindowTextW(HWND, LPCWSTR);
WINUSERAPI HWND WINAPI SetFocus(HWND);
WINUSERAPI BOOL WINAPI GetClassInfoExW(HINSTANCE, LPCWSTR, WNDCLASSEXW *);
WINBASEAPI HANDLE WINAPI FindFirstFileW(LPCWSTR, WIN32_FIND_DATAW *);
WINBASEAPI BOOL WINAPI FindNextFileW(HANDLE, WIN32_FIND_DATAW *);
WINBASEAPI BOOL WINAPI FindClose(HANDLE);

#endif
