/* Property sheets (comctl32): the PROPSHEETPAGE / PROPSHEETHEADER
 * structures, flags, notifications and PSM_* messages. */
#ifndef WINRUN_PRSHT_H
#define WINRUN_PRSHT_H

#include "winuser.h"

struct _PSP;
typedef struct _PSP *HPROPSHEETPAGE;
struct _PROPSHEETPAGEW;
struct _PROPSHEETPAGEA;
typedef UINT (CALLBACK *LPFNPSPCALLBACKW)(HWND, UINT, struct _PROPSHEETPAGEW *);
typedef UINT (CALLBACK *LPFNPSPCALLBACKA)(HWND, UINT, struct _PROPSHEETPAGEA *);
typedef INT (CALLBACK *PFNPROPSHEETCALLBACK)(HWND, UINT, LPARAM);

/* version 1 ends at pcRefParent, version 2 at pszHeaderSubTitle */
typedef struct _PROPSHEETPAGEW {
    DWORD dwSize, dwFlags;
    HINSTANCE hInstance;
    union { LPCWSTR pszTemplate; const DLGTEMPLATE *pResource; };
    union { HICON hIcon; LPCWSTR pszIcon; };
    LPCWSTR pszTitle;
    DLGPROC pfnDlgProc;
    LPARAM lParam;
    LPFNPSPCALLBACKW pfnCallback;
    UINT *pcRefParent;
    LPCWSTR pszHeaderTitle, pszHeaderSubTitle;
    HANDLE hActCtx;
    union { HBITMAP hbmHeader; LPCWSTR pszbmHeader; };
} PROPSHEETPAGEW, *LPPROPSHEETPAGEW;
typedef const PROPSHEETPAGEW *LPCPROPSHEETPAGEW;

typedef struct _PROPSHEETPAGEA {
    DWORD dwSize, dwFlags;
    HINSTANCE hInstance;
    union { LPCSTR pszTemplate; const DLGTEMPLATE *pResource; };
    union { HICON hIcon; LPCSTR pszIcon; };
    LPCSTR pszTitle;
    DLGPROC pfnDlgProc;
    LPARAM lParam;
    LPFNPSPCALLBACKA pfnCallback;
    UINT *pcRefParent;
    LPCSTR pszHeaderTitle, pszHeaderSubTitle;
    HANDLE hActCtx;
    union { HBITMAP hbmHeader; LPCSTR pszbmHeader; };
} PROPSHEETPAGEA, *LPPROPSHEETPAGEA;
typedef const PROPSHEETPAGEA *LPCPROPSHEETPAGEA;

#define PROPSHEETPAGEW_V1_SIZE offsetof(PROPSHEETPAGEW, pszHeaderTitle)
#define PROPSHEETPAGEA_V1_SIZE offsetof(PROPSHEETPAGEA, pszHeaderTitle)

typedef struct _PROPSHEETHEADERW {
    DWORD dwSize, dwFlags;
    HWND hwndParent;
    HINSTANCE hInstance;
    union { HICON hIcon; LPCWSTR pszIcon; };
    LPCWSTR pszCaption;
    UINT nPages;
    union { UINT nStartPage; LPCWSTR pStartPage; };
    union { LPCPROPSHEETPAGEW ppsp; HPROPSHEETPAGE *phpage; };
    PFNPROPSHEETCALLBACK pfnCallback;
    union { HBITMAP hbmWatermark; LPCWSTR pszbmWatermark; };
    HPALETTE hplWatermark;
    union { HBITMAP hbmHeader; LPCWSTR pszbmHeader; };
} PROPSHEETHEADERW, *LPPROPSHEETHEADERW;
typedef const PROPSHEETHEADERW *LPCPROPSHEETHEADERW;

typedef struct _PROPSHEETHEADERA {
    DWORD dwSize, dwFlags;
    HWND hwndParent;
    HINSTANCE hInstance;
    union { HICON hIcon; LPCSTR pszIcon; };
    LPCSTR pszCaption;
    UINT nPages;
    union { UINT nStartPage; LPCSTR pStartPage; };
    union { LPCPROPSHEETPAGEA ppsp; HPROPSHEETPAGE *phpage; };
    PFNPROPSHEETCALLBACK pfnCallback;
    union { HBITMAP hbmWatermark; LPCSTR pszbmWatermark; };
    HPALETTE hplWatermark;
    union { HBITMAP hbmHeader; LPCSTR pszbmHeader; };
} PROPSHEETHEADERA, *LPPROPSHEETHEADERA;
typedef const PROPSHEETHEADERA *LPCPROPSHEETHEADERA;

#define PROPSHEETHEADERW_V1_SIZE offsetof(PROPSHEETHEADERW, hbmWatermark)
#define PROPSHEETHEADERA_V1_SIZE offsetof(PROPSHEETHEADERA, hbmWatermark)

typedef struct _PSHNOTIFY { NMHDR hdr; LPARAM lParam; } PSHNOTIFY, *LPPSHNOTIFY;

#define PSP_DEFAULT           0x0000
#define PSP_DLGINDIRECT       0x0001
#define PSP_USEHICON          0x0002
#define PSP_USEICONID         0x0004
#define PSP_USETITLE          0x0008
#define PSP_RTLREADING        0x0010
#define PSP_HASHELP           0x0020
#define PSP_USEREFPARENT      0x0040
#define PSP_USECALLBACK       0x0080
#define PSP_PREMATURE         0x0400
#define PSP_HIDEHEADER        0x0800
#define PSP_USEHEADERTITLE    0x1000
#define PSP_USEHEADERSUBTITLE 0x2000

#define PSPCB_ADDREF  0
#define PSPCB_RELEASE 1
#define PSPCB_CREATE  2

#define PSH_DEFAULT          0x00000000
#define PSH_PROPTITLE        0x00000001
#define PSH_USEHICON         0x00000002
#define PSH_USEICONID        0x00000004
#define PSH_PROPSHEETPAGE    0x00000008
#define PSH_WIZARDHASFINISH  0x00000010
#define PSH_WIZARD           0x00000020
#define PSH_USEPSTARTPAGE    0x00000040
#define PSH_NOAPPLYNOW       0x00000080
#define PSH_USECALLBACK      0x00000100
#define PSH_HASHELP          0x00000200
#define PSH_MODELESS         0x00000400
#define PSH_RTLREADING       0x00000800
#define PSH_WIZARDCONTEXTHELP 0x00001000
#define PSH_AEROWIZARD       0x00004000
#define PSH_WATERMARK        0x00008000
#define PSH_HEADER           0x00080000
#define PSH_WIZARD_LITE      0x00400000
#define PSH_WIZARD97         0x01000000
#define PSH_NOCONTEXTHELP    0x02000000

#define PSCB_INITIALIZED   1
#define PSCB_PRECREATE     2
#define PSCB_BUTTONPRESSED 3

#define PSN_FIRST          (0U - 200U)
#define PSN_SETACTIVE      (PSN_FIRST - 0)
#define PSN_KILLACTIVE     (PSN_FIRST - 1)
#define PSN_APPLY          (PSN_FIRST - 2)
#define PSN_RESET          (PSN_FIRST - 3)
#define PSN_HELP           (PSN_FIRST - 5)
#define PSN_WIZBACK        (PSN_FIRST - 6)
#define PSN_WIZNEXT        (PSN_FIRST - 7)
#define PSN_WIZFINISH      (PSN_FIRST - 8)
#define PSN_QUERYCANCEL    (PSN_FIRST - 9)

#define PSNRET_NOERROR              0
#define PSNRET_INVALID              1
#define PSNRET_INVALID_NOCHANGEPAGE 2
#define PSNRET_MESSAGEHANDLED       3

#define PSM_SETCURSEL          (WM_USER + 101)
#define PSM_REMOVEPAGE         (WM_USER + 102)
#define PSM_ADDPAGE            (WM_USER + 103)
#define PSM_CHANGED            (WM_USER + 104)
#define PSM_RESTARTWINDOWS     (WM_USER + 105)
#define PSM_REBOOTSYSTEM       (WM_USER + 106)
#define PSM_CANCELTOCLOSE      (WM_USER + 107)
#define PSM_QUERYSIBLINGS      (WM_USER + 108)
#define PSM_UNCHANGED          (WM_USER + 109)
#define PSM_APPLY              (WM_USER + 110)
#define PSM_SETTITLEA          (WM_USER + 111)
#define PSM_SETWIZBUTTONS      (WM_USER + 112)
#define PSM_PRESSBUTTON        (WM_USER + 113)
#define PSM_SETCURSELID        (WM_USER + 114)
#define PSM_SETFINISHTEXTA     (WM_USER + 115)
#define PSM_GETTABCONTROL      (WM_USER + 116)
#define PSM_ISDIALOGMESSAGE    (WM_USER + 117)
#define PSM_GETCURRENTPAGEHWND (WM_USER + 118)
#define PSM_INSERTPAGE         (WM_USER + 119)
#define PSM_SETTITLEW          (WM_USER + 120)
#define PSM_SETFINISHTEXTW     (WM_USER + 121)
#define PSM_HWNDTOINDEX        (WM_USER + 129)
#define PSM_INDEXTOHWND        (WM_USER + 130)
#define PSM_PAGETOINDEX        (WM_USER + 131)
#define PSM_INDEXTOPAGE        (WM_USER + 132)
#define PSM_IDTOINDEX          (WM_USER + 133)
#define PSM_INDEXTOID          (WM_USER + 134)
#define PSM_GETRESULT          (WM_USER + 135)

#define PSWIZB_BACK           1
#define PSWIZB_NEXT           2
#define PSWIZB_FINISH         4
#define PSWIZB_DISABLEDFINISH 8

#define PSBTN_BACK     0
#define PSBTN_NEXT     1
#define PSBTN_FINISH   2
#define PSBTN_OK       3
#define PSBTN_APPLYNOW 4
#define PSBTN_CANCEL   5
#define PSBTN_HELP     6

#define ID_PSRESTARTWINDOWS 0x2
#define ID_PSREBOOTSYSTEM   (ID_PSRESTARTWINDOWS | 0x1)

COMCTL32API HPROPSHEETPAGE WINAPI CreatePropertySheetPageW(LPCPROPSHEETPAGEW);
COMCTL32API HPROPSHEETPAGE WINAPI CreatePropertySheetPageA(LPCPROPSHEETPAGEA);
COMCTL32API BOOL WINAPI DestroyPropertySheetPage(HPROPSHEETPAGE);
COMCTL32API INT_PTR WINAPI PropertySheetW(LPCPROPSHEETHEADERW);
COMCTL32API INT_PTR WINAPI PropertySheetA(LPCPROPSHEETHEADERA);

#endif
