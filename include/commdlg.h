/*
 * comdlg32 types and constants for winrun's own code (test programs use
 * mingw-w64's commdlg.h). Values are Windows'; only what comdlg32 uses.
 */
#ifndef WINRUN_COMMDLG_H
#define WINRUN_COMMDLG_H

#include "winuser.h"
#include "wingdi.h"

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
#define CDERR_NOTEMPLATE         0x0003
#define CDERR_NOHINSTANCE        0x0004
#define CDERR_FINDRESFAILURE     0x0006
#define CDERR_LOADRESFAILURE     0x0007
#define CDERR_LOCKRESFAILURE     0x0008
#define CDERR_NOHOOK             0x000b
#define CDERR_REGISTERMSGFAIL    0x000c
#define CDERR_DIALOGFAILURE      0xffff
#define FNERR_INVALIDFILENAME    0x3002
#define FNERR_BUFFERTOOSMALL     0x3003
#define PDERR_NODEFAULTPRN       0x1008
#define FRERR_BUFFERLENGTHZERO   0x4001

/* FindText / ReplaceText */
#define FINDREPLACE_STRUCT(name, CH)                                            \
typedef struct tag##name {                                                      \
    DWORD lStructSize; HWND hwndOwner; HINSTANCE hInstance; DWORD Flags;        \
    CH *lpstrFindWhat; CH *lpstrReplaceWith;                                    \
    WORD wFindWhatLen, wReplaceWithLen;                                         \
    LPARAM lCustData; LPOFNHOOKPROC lpfnHook; const CH *lpTemplateName;         \
} name;
FINDREPLACE_STRUCT(FINDREPLACEW, WCHAR)
FINDREPLACE_STRUCT(FINDREPLACEA, CHAR)
#undef FINDREPLACE_STRUCT
#define FR_DOWN                  0x00000001
#define FR_WHOLEWORD             0x00000002
#define FR_MATCHCASE             0x00000004
#define FR_FINDNEXT              0x00000008
#define FR_REPLACE               0x00000010
#define FR_REPLACEALL            0x00000020
#define FR_DIALOGTERM            0x00000040
#define FR_SHOWHELP              0x00000080
#define FR_ENABLEHOOK            0x00000100
#define FR_ENABLETEMPLATE        0x00000200
#define FR_NOUPDOWN              0x00000400
#define FR_NOMATCHCASE           0x00000800
#define FR_NOWHOLEWORD           0x00001000
#define FR_ENABLETEMPLATEHANDLE  0x00002000
#define FR_HIDEUPDOWN            0x00004000
#define FR_HIDEMATCHCASE         0x00008000
#define FR_HIDEWHOLEWORD         0x00010000
#define FINDMSGSTRINGW           u"commdlg_FindReplace"
#define HELPMSGSTRINGW           u"commdlg_help"

/* PrintDlg, PageSetupDlg, PrintDlgEx: the 64-bit layouts (no packing) */
typedef UINT_PTR (CALLBACK *LPPRINTHOOKPROC)(HWND, UINT, WPARAM, LPARAM);
#define PRINTDLG_STRUCT(name, CH)                                               \
typedef struct tag##name {                                                      \
    DWORD lStructSize; HWND hwndOwner; HGLOBAL hDevMode, hDevNames; HDC hDC;    \
    DWORD Flags; WORD nFromPage, nToPage, nMinPage, nMaxPage, nCopies;          \
    HINSTANCE hInstance; LPARAM lCustData;                                      \
    LPPRINTHOOKPROC lpfnPrintHook, lpfnSetupHook;                               \
    const CH *lpPrintTemplateName, *lpSetupTemplateName;                        \
    HGLOBAL hPrintTemplate, hSetupTemplate;                                     \
} name;
PRINTDLG_STRUCT(PRINTDLGW, WCHAR)
PRINTDLG_STRUCT(PRINTDLGA, CHAR)
#undef PRINTDLG_STRUCT
#define PAGESETUPDLG_STRUCT(name, CH)                                           \
typedef struct tag##name {                                                      \
    DWORD lStructSize; HWND hwndOwner; HGLOBAL hDevMode, hDevNames;             \
    DWORD Flags; POINT ptPaperSize; RECT rtMinMargin, rtMargin;                 \
    HINSTANCE hInstance; LPARAM lCustData;                                      \
    LPPRINTHOOKPROC lpfnPageSetupHook, lpfnPagePaintHook;                       \
    const CH *lpPageSetupTemplateName; HGLOBAL hPageSetupTemplate;              \
} name;
PAGESETUPDLG_STRUCT(PAGESETUPDLGW, WCHAR)
PAGESETUPDLG_STRUCT(PAGESETUPDLGA, CHAR)
#undef PAGESETUPDLG_STRUCT
#define PRINTDLGEX_STRUCT(name, CH)                                             \
typedef struct tag##name {                                                      \
    DWORD lStructSize; HWND hwndOwner; HGLOBAL hDevMode, hDevNames; HDC hDC;    \
    DWORD Flags, Flags2, ExclusionFlags, nPageRanges, nMaxPageRanges;           \
    void *lpPageRanges; DWORD nMinPage, nMaxPage, nCopies;                      \
    HINSTANCE hInstance; const CH *lpPrintTemplateName; void *lpCallback;       \
    DWORD nPropertyPages; void **lphPropertyPages;                              \
    DWORD nStartPage, dwResultAction;                                           \
} name;
PRINTDLGEX_STRUCT(PRINTDLGEXW, WCHAR)
PRINTDLGEX_STRUCT(PRINTDLGEXA, CHAR)
#undef PRINTDLGEX_STRUCT
#define PD_RETURNDEFAULT         0x00000400
#define PSD_RETURNDEFAULT        0x00000400

/* ChooseColor */
#define CHOOSECOLOR_STRUCT(name, CH)                                            \
typedef struct tag##name {                                                      \
    DWORD lStructSize; HWND hwndOwner; HWND hInstance; COLORREF rgbResult;      \
    COLORREF *lpCustColors; DWORD Flags; LPARAM lCustData;                      \
    LPOFNHOOKPROC lpfnHook; const CH *lpTemplateName;                           \
} name;
CHOOSECOLOR_STRUCT(CHOOSECOLORW, WCHAR)
CHOOSECOLOR_STRUCT(CHOOSECOLORA, CHAR)
#undef CHOOSECOLOR_STRUCT
#define CC_RGBINIT               0x00000001
#define CC_FULLOPEN              0x00000002
#define CC_PREVENTFULLOPEN       0x00000004
#define CC_SHOWHELP              0x00000008
#define CC_ENABLEHOOK            0x00000010

/* ChooseFont */
#define CHOOSEFONT_STRUCT(name, CH, LF)                                         \
typedef struct tag##name {                                                      \
    DWORD lStructSize; HWND hwndOwner; HDC hDC; LF *lpLogFont; INT iPointSize;  \
    DWORD Flags; COLORREF rgbColors; LPARAM lCustData; LPOFNHOOKPROC lpfnHook;  \
    const CH *lpTemplateName; HINSTANCE hInstance; CH *lpszStyle;               \
    WORD nFontType, ___MISSING_ALIGNMENT__; INT nSizeMin, nSizeMax;             \
} name;
CHOOSEFONT_STRUCT(CHOOSEFONTW, WCHAR, LOGFONTW)
CHOOSEFONT_STRUCT(CHOOSEFONTA, CHAR, LOGFONTA)
#undef CHOOSEFONT_STRUCT
#define CF_SCREENFONTS           0x00000001
#define CF_SHOWHELP              0x00000004
#define CF_ENABLEHOOK            0x00000008
#define CF_INITTOLOGFONTSTRUCT   0x00000040
#define CF_EFFECTS               0x00000100
#define CF_LIMITSIZE             0x00002000
#define CF_FIXEDPITCHONLY        0x00004000
#define CF_TTONLY                0x00040000
#define BOLD_FONTTYPE            0x0100
#define ITALIC_FONTTYPE          0x0200
#define REGULAR_FONTTYPE         0x0400
#define SCREEN_FONTTYPE          0x2000
#define CFERR_MAXLESSTHANMIN     0x2002

/* the classic dialog's control ids (dlgs.h) */
#define stc1 0x0440
#define stc2 0x0441
#define lst1 0x0460
#define cmb1 0x0470
#define edt1 0x0480
#define stc3 0x0442
#define stc4 0x0443
#define edt2 0x0481
#define psh1 0x0400
#define psh2 0x0401
#define pshHelp 0x040e
#define chx1 0x0410
#define chx2 0x0411
#define rad1 0x0420
#define rad2 0x0421
#define grp1 0x0430

COMDLG32API BOOL WINAPI GetOpenFileNameW(OPENFILENAMEW *ofn);
COMDLG32API BOOL WINAPI GetSaveFileNameW(OPENFILENAMEW *ofn);
COMDLG32API DWORD WINAPI CommDlgExtendedError(void);

#endif
