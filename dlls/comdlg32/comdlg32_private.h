/* comdlg32's internal interfaces. */
#ifndef WINRUN_COMDLG32_PRIVATE_H
#define WINRUN_COMDLG32_PRIVATE_H

#include "commdlg.h"
#include "winbase.h"
#include "winerror.h"
#include "wingdi.h"

/* the error CommDlgExtendedError reports, per thread (main.c) */
void comdlg_set_error(DWORD error);

/* the open/save dialog over a UTF-16 OPENFILENAME (filedlg.c). On OK,
 * *PATH is the chosen full path (malloc'ed) and *FILTER the 1-based
 * filter index; HOOK_OFN is what an old-style hook sees in WM_INITDIALOG.
 * Returns FALSE for Cancel or an error (comdlg_set_error). */
BOOL file_dialog_run(const OPENFILENAMEW *ofn, BOOL save, void *hook_ofn, WCHAR **path, DWORD *filter);

/* in-memory dialog templates (template.c): WORDS may be NULL to measure;
 * AT counts the WORDs; the buffer must start DWORD-aligned */
struct writer { WORD *words; size_t at, room; };
void put_word(struct writer *w, WORD v);
void put_str(struct writer *w, const WCHAR *s);
void put_dialog(struct writer *w, DWORD style, WORD items, short cx, short cy, const WCHAR *title);
/* CLS: 0x80 button, 0x81 edit, 0x82 static, 0x83 list box, 0x85 combo box;
 * the item gets WS_CHILD | WS_VISIBLE */
void put_item(struct writer *w, WORD cls, const WCHAR *text, DWORD style, short x, short y, short cx, short cy,
              WORD id);

/* kernel32 and user32 functions the shared headers do not declare */
WINBASEAPI HANDLE WINAPI FindFirstFileW(LPCWSTR, WIN32_FIND_DATAW *);
WINBASEAPI BOOL WINAPI FindNextFileW(HANDLE, WIN32_FIND_DATAW *);
WINBASEAPI BOOL WINAPI FindClose(HANDLE);
WINBASEAPI HRSRC WINAPI FindResourceA(HMODULE, LPCSTR, LPCSTR);
WINBASEAPI HGLOBAL WINAPI LoadResource(HMODULE, HRSRC);
WINBASEAPI void *WINAPI LockResource(HGLOBAL);

#endif
