/*
 * comdlg32 types and constants for winrun's own code (test programs use
 * mingw-w64's commdlg.h). Values are Windows'; only what comdlg32 uses.
 */
#ifndef WINRUN_COMMDLG_H
#define WINRUN_COMMDLG_H

#include "winuser.h"

#define COMDLG32API DECLSPEC_EXPORT

typedef UINT_PTR (CALLBACK *LPOFNHOOKPROC)(HWND, UINT, WPARAM, LPARAM);

/* the 64-bit layouts; OPENFILENAME_SIZE_VERSION_400 ends before pvReserved */
#define OFN_STRUCT(name, CH)                                                    \
typedef struct tag##name {                                                      \
    DWORD lStructSize; HWND hwndOwner; HINSTANCE hInstance;                     \
    const CH *lpstrFilter; CH *lpstrCustomFilter;                               \
    DWORD nMaxCustFilter, nFilterIndex;                                         \
    CH *lpstrFile; DWORD nMaxFile;                                              \
    CH *lpstrFileTitle; DWORD nMaxFileTitle;                                    \
    const CH *lpstrInitialDir; const CH *lpstrTitle;                            \
    DWORD Flags; WORD nFileOffset, nFileExtension;                              \
    const CH *lpstrDefExt; LPARAM lCustData; LPOFNHOOKPROC lpfnHook;            \
    const CH *lpTemplateName; void *pvReserved; DWORD dwReserved, FlagsEx;      \
} name;
OFN_STRUCT(OPENFILENAMEW, WCHAR)
OFN_STRUCT(OPENFILENAMEA, CHAR)
#undef OFN_STRUCT
#define OPENFILENAME_SIZE_VERSION_400 0x88

#define OFN_READONLY             0x00000001
#define OFN_OVERWRITEPROMPT      0x00000002
#define OFN_HIDEREADONLY         0x00000004
#define OFN_NOCHANGEDIR          0x00000008
#define OFN_ENABLEHOOK           0x00000020
#define OFN_ENABLETEMPLATE       0x00000040
#define OFN_ENABLETEMPLATEHANDLE 0x00000080
#define OFN_NOVALIDATE           0x00000100
#define OFN_ALLOWMULTISELECT     0x00000200
#define OFN_EXTENSIONDIFFERENT   0x00000400
#define OFN_PATHMUSTEXIST        0x00000800
#define OFN_FILEMUSTEXIST        0x00001000
#define OFN_CREATEPROMPT         0x00002000
#define OFN_EXPLORER             0x00080000

#define CDERR_STRUCTSIZE         0x0001
#define CDERR_INITIALIZATION     0x0002
#define CDERR_MEMALLOCFAILURE    0x0009
#define FNERR_INVALIDFILENAME    0x3002
#define FNERR_BUFFERTOOSMALL     0x3003

/* the classic dialog's control ids (dlgs.h) */
#define stc1 0x0440
#define stc2 0x0441
#define lst1 0x0460
#define cmb1 0x0470
#define edt1 0x0480

COMDLG32API BOOL WINAPI GetOpenFileNameW(OPENFILENAMEW *ofn);
COMDLG32API BOOL WINAPI GetSaveFileNameW(OPENFILENAMEW *ofn);
COMDLG32API DWORD WINAPI CommDlgExtendedError(void);

#endif
