/*
 * comctl32 types and constants for winrun's own code (test programs use
 * mingw-w64's commctrl.h). Values are Windows'; only what comctl32 uses.
 */
#ifndef WINRUN_COMMCTRL_H
#define WINRUN_COMMCTRL_H

#include "winuser.h"
#include "wingdi.h"

#define COMCTL32API DECLSPEC_EXPORT

typedef struct tagINITCOMMONCONTROLSEX { DWORD dwSize, dwICC; } INITCOMMONCONTROLSEX;
#define ICC_LISTVIEW_CLASSES   0x0001
#define ICC_TREEVIEW_CLASSES   0x0002
#define ICC_BAR_CLASSES        0x0004
#define ICC_TAB_CLASSES        0x0008
#define ICC_UPDOWN_CLASS       0x0010
#define ICC_PROGRESS_CLASS     0x0020
#define ICC_HOTKEY_CLASS       0x0040
#define ICC_ANIMATE_CLASS      0x0080
#define ICC_WIN95_CLASSES      0x00ff

typedef struct _DllVersionInfo {
    DWORD cbSize, dwMajorVersion, dwMinorVersion, dwBuildNumber, dwPlatformID;
} DLLVERSIONINFO;
#define DLLVER_PLATFORM_WINDOWS 1
#define DLLVER_PLATFORM_NT      2

/* common control styles and messages */
#define CCS_TOP            0x0001
#define CCS_NOMOVEY        0x0002
#define CCS_BOTTOM         0x0003
#define CCS_NORESIZE       0x0004
#define CCS_NOPARENTALIGN  0x0008
#define CCS_NODIVIDER      0x0040
#define CCS_VERT           0x0080
#define CCM_FIRST          0x2000
#define CCM_SETBKCOLOR     (CCM_FIRST + 1)
#define CLR_NONE           0xffffffff
#define CLR_DEFAULT        0xff000000

/* status bar */
#define STATUSCLASSNAMEW   u"msctls_statusbar32"
#define SBARS_SIZEGRIP     0x0100
#define SB_SETTEXTA        (WM_USER + 1)
#define SB_GETTEXTA        (WM_USER + 2)
#define SB_GETTEXTLENGTHA  (WM_USER + 3)
#define SB_SETPARTS        (WM_USER + 4)
#define SB_GETPARTS        (WM_USER + 6)
#define SB_GETBORDERS      (WM_USER + 7)
#define SB_SETMINHEIGHT    (WM_USER + 8)
#define SB_SIMPLE          (WM_USER + 9)
#define SB_GETRECT         (WM_USER + 10)
#define SB_SETTEXTW        (WM_USER + 11)
#define SB_GETTEXTLENGTHW  (WM_USER + 12)
#define SB_GETTEXTW        (WM_USER + 13)
#define SB_ISSIMPLE        (WM_USER + 14)
#define SB_SETBKCOLOR      CCM_SETBKCOLOR
#define SB_SIMPLEID        0x00ff
#define SBT_NOBORDERS      0x0100
#define SBT_POPOUT         0x0200
#define SBT_RTLREADING     0x0400
#define SBT_OWNERDRAW      0x1000

/* progress bar */
#define PROGRESS_CLASSW    u"msctls_progress32"
#define PBS_SMOOTH         0x01
#define PBS_VERTICAL       0x04
#define PBS_MARQUEE        0x08
#define PBM_SETRANGE       (WM_USER + 1)
#define PBM_SETPOS         (WM_USER + 2)
#define PBM_DELTAPOS       (WM_USER + 3)
#define PBM_SETSTEP        (WM_USER + 4)
#define PBM_STEPIT         (WM_USER + 5)
#define PBM_SETRANGE32     (WM_USER + 6)
#define PBM_GETRANGE       (WM_USER + 7)
#define PBM_GETPOS         (WM_USER + 8)
#define PBM_SETBARCOLOR    (WM_USER + 9)
#define PBM_SETMARQUEE     (WM_USER + 10)
#define PBM_GETSTEP        (WM_USER + 13)
#define PBM_GETBKCOLOR     (WM_USER + 14)
#define PBM_GETBARCOLOR    (WM_USER + 15)
#define PBM_SETSTATE       (WM_USER + 16)
#define PBM_GETSTATE       (WM_USER + 17)
#define PBM_SETBKCOLOR     CCM_SETBKCOLOR
#define PBST_NORMAL        1
typedef struct { INT iLow, iHigh; } PBRANGE;

/* toolbar */
#define TOOLBARCLASSNAMEW  u"ToolbarWindow32"
#define TBSTATE_CHECKED        0x01
#define TBSTATE_PRESSED        0x02
#define TBSTATE_ENABLED        0x04
#define TBSTATE_HIDDEN         0x08
#define TBSTATE_INDETERMINATE  0x10
#define TBSTATE_WRAP           0x20
#define TBSTYLE_BUTTON     0x00
#define TBSTYLE_SEP        0x01
#define TBSTYLE_CHECK      0x02
#define TBSTYLE_GROUP      0x04
#define TBSTYLE_FLAT       0x0800
#define TBSTYLE_LIST       0x1000
#define TB_ENABLEBUTTON        (WM_USER + 1)
#define TB_CHECKBUTTON         (WM_USER + 2)
#define TB_PRESSBUTTON         (WM_USER + 3)
#define TB_HIDEBUTTON          (WM_USER + 4)
#define TB_INDETERMINATE       (WM_USER + 5)
#define TB_ISBUTTONENABLED     (WM_USER + 9)
#define TB_ISBUTTONCHECKED     (WM_USER + 10)
#define TB_ISBUTTONPRESSED     (WM_USER + 11)
#define TB_ISBUTTONHIDDEN      (WM_USER + 12)
#define TB_ISBUTTONINDETERMINATE (WM_USER + 13)
#define TB_SETSTATE            (WM_USER + 17)
#define TB_GETSTATE            (WM_USER + 18)
#define TB_ADDBITMAP           (WM_USER + 19)
#define TB_ADDBUTTONSA         (WM_USER + 20)
#define TB_INSERTBUTTONA       (WM_USER + 21)
#define TB_DELETEBUTTON        (WM_USER + 22)
#define TB_GETBUTTON           (WM_USER + 23)
#define TB_BUTTONCOUNT         (WM_USER + 24)
#define TB_COMMANDTOINDEX      (WM_USER + 25)
#define TB_ADDSTRINGA          (WM_USER + 28)
#define TB_GETITEMRECT         (WM_USER + 29)
#define TB_BUTTONSTRUCTSIZE    (WM_USER + 30)
#define TB_SETBUTTONSIZE       (WM_USER + 31)
#define TB_SETBITMAPSIZE       (WM_USER + 32)
#define TB_AUTOSIZE            (WM_USER + 33)
#define TB_SETPARENT           (WM_USER + 37)
#define TB_GETBUTTONSIZE       (WM_USER + 58)
#define TB_INSERTBUTTONW       (WM_USER + 67)
#define TB_ADDBUTTONSW         (WM_USER + 68)
#define TB_ADDSTRINGW          (WM_USER + 77)
typedef struct _TBBUTTON {
    INT iBitmap, idCommand;
    BYTE fsState, fsStyle;
    BYTE bReserved[6];   /* 64-bit layout */
    DWORD_PTR dwData;
    INT_PTR iString;
} TBBUTTON;

/* toolbar images and notifications */
#define TBSTYLE_DROPDOWN       0x08
#define BTNS_DROPDOWN          TBSTYLE_DROPDOWN
#define I_IMAGENONE            (-2)
#define HINST_COMMCTRL         ((HINSTANCE)(LONG_PTR)-1)
#define IDB_STD_SMALL_COLOR    0
#define IDB_STD_LARGE_COLOR    1
#define IDB_VIEW_SMALL_COLOR   4
#define IDB_VIEW_LARGE_COLOR   5
#define IDB_HIST_SMALL_COLOR   8
#define IDB_HIST_LARGE_COLOR   9
#define TB_SETIMAGELIST        (WM_USER + 48)
#define TB_GETIMAGELIST        (WM_USER + 49)
#define TB_SETHOTIMAGELIST     (WM_USER + 52)
#define TB_GETHOTIMAGELIST     (WM_USER + 53)
#define TB_SETDISABLEDIMAGELIST (WM_USER + 54)
#define TB_GETDISABLEDIMAGELIST (WM_USER + 55)
#define TB_GETBITMAP           (WM_USER + 44)
typedef struct { HINSTANCE hInst; UINT_PTR nID; } TBADDBITMAP;
typedef struct tagNMHDR { HWND hwndFrom; UINT_PTR idFrom; UINT code; } NMHDR;
typedef struct tagNMMOUSE {
    NMHDR hdr; DWORD_PTR dwItemSpec, dwItemData; POINT pt; LPARAM dwHitInfo;
} NMMOUSE;
typedef struct tagNMTOOLBARW {
    NMHDR hdr; INT iItem; TBBUTTON tbButton; INT cchText; LPWSTR pszText; RECT rcButton;
} NMTOOLBARW;
#define NM_CLICK               (0U - 2U)
#define TBN_DROPDOWN           (0U - 710U)

/* image lists */
struct himagelist;
typedef struct himagelist *HIMAGELIST;
#define ILC_MASK               0x0001
#define ILC_COLOR              0x0000
#define ILC_COLORDDB           0x00fe
#define ILC_COLOR4             0x0004
#define ILC_COLOR8             0x0008
#define ILC_COLOR16            0x0010
#define ILC_COLOR24            0x0018
#define ILC_COLOR32            0x0020
#define ILD_NORMAL             0x0000
#define ILD_TRANSPARENT        0x0001
#define ILD_BLEND25            0x0002
#define ILD_BLEND50            0x0004
#define ILD_MASK               0x0010
#define ILD_IMAGE              0x0020
#define ILD_ROP                0x0040
#define ILD_OVERLAYMASK        0x0f00
#define ILD_SELECTED           ILD_BLEND50
#define ILD_FOCUS              ILD_BLEND25
#define ILCF_MOVE              0
#define ILCF_SWAP              1
typedef struct _IMAGEINFO { HBITMAP hbmImage, hbmMask; INT Unused1, Unused2; RECT rcImage; } IMAGEINFO;
typedef struct _IMAGELISTDRAWPARAMS {
    DWORD cbSize; HIMAGELIST himl; INT i; HDC hdcDst;
    INT x, y, cx, cy, xBitmap, yBitmap;
    COLORREF rgbBk, rgbFg; UINT fStyle; DWORD dwRop;
    DWORD fState, Frame; COLORREF crEffect;     /* version 6 */
} IMAGELISTDRAWPARAMS;

COMCTL32API void WINAPI InitCommonControls(void);
COMCTL32API BOOL WINAPI InitCommonControlsEx(const INITCOMMONCONTROLSEX *icc);
COMCTL32API void WINAPI DrawStatusTextW(HDC hdc, LPCRECT rect, LPCWSTR text, UINT style);

#endif
