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
#define TBSTYLE_TOOLTIPS   0x0100
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
#define TB_GETTOOLTIPS         (WM_USER + 35)
#define TB_SETTOOLTIPS         (WM_USER + 36)
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
#define NM_RELEASEDCAPTURE     (0U - 16U)
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

/* header control */
#define WC_HEADERW             u"SysHeader32"
#define HDS_HORZ               0x0000
#define HDS_BUTTONS            0x0002
#define HDS_HOTTRACK           0x0004
#define HDS_HIDDEN             0x0008
#define HDS_DRAGDROP           0x0040
#define HDS_FULLDRAG           0x0080
#define HDI_WIDTH              0x0001
#define HDI_HEIGHT             HDI_WIDTH
#define HDI_TEXT               0x0002
#define HDI_FORMAT             0x0004
#define HDI_LPARAM             0x0008
#define HDI_BITMAP             0x0010
#define HDI_IMAGE              0x0020
#define HDI_DI_SETITEM         0x0040
#define HDI_ORDER              0x0080
#define HDF_LEFT               0x0000
#define HDF_RIGHT              0x0001
#define HDF_CENTER             0x0002
#define HDF_JUSTIFYMASK        0x0003
#define HDF_IMAGE              0x0800
#define HDF_SORTDOWN           0x0200
#define HDF_SORTUP             0x0400
#define HDF_BITMAP             0x2000
#define HDF_STRING             0x4000
#define HDF_OWNERDRAW          0x8000
#define HHT_NOWHERE            0x0001
#define HHT_ONHEADER           0x0002
#define HHT_ONDIVIDER          0x0004
#define HHT_ONDIVOPEN          0x0008
#define HHT_ABOVE              0x0100
#define HHT_BELOW              0x0200
#define HHT_TORIGHT            0x0400
#define HHT_TOLEFT             0x0800
#define HDM_FIRST              0x1200
#define HDM_GETITEMCOUNT       (HDM_FIRST + 0)
#define HDM_INSERTITEMA        (HDM_FIRST + 1)
#define HDM_DELETEITEM         (HDM_FIRST + 2)
#define HDM_GETITEMA           (HDM_FIRST + 3)
#define HDM_SETITEMA           (HDM_FIRST + 4)
#define HDM_LAYOUT             (HDM_FIRST + 5)
#define HDM_HITTEST            (HDM_FIRST + 6)
#define HDM_GETITEMRECT        (HDM_FIRST + 7)
#define HDM_SETIMAGELIST       (HDM_FIRST + 8)
#define HDM_GETIMAGELIST       (HDM_FIRST + 9)
#define HDM_INSERTITEMW        (HDM_FIRST + 10)
#define HDM_GETITEMW           (HDM_FIRST + 11)
#define HDM_SETITEMW           (HDM_FIRST + 12)
#define HDM_ORDERTOINDEX       (HDM_FIRST + 15)
#define HDM_GETORDERARRAY      (HDM_FIRST + 17)
#define HDM_SETORDERARRAY      (HDM_FIRST + 18)
#define HDN_FIRST              (0U - 300U)
#define HDN_ITEMCHANGINGA      (HDN_FIRST - 0)
#define HDN_ITEMCHANGEDA       (HDN_FIRST - 1)
#define HDN_ITEMCLICKA         (HDN_FIRST - 2)
#define HDN_DIVIDERDBLCLICKA   (HDN_FIRST - 5)
#define HDN_BEGINTRACKA        (HDN_FIRST - 6)
#define HDN_ENDTRACKA          (HDN_FIRST - 7)
#define HDN_TRACKA             (HDN_FIRST - 8)
#define HDN_UNICODE_DELTA      20   /* HDN_xxxW = HDN_xxxA - 20 */
/* one layout serves HDITEMA and HDITEMW: pszText is a pointer either way */
typedef struct _HDITEMW {
    UINT mask; INT cxy; LPWSTR pszText; HBITMAP hbm; INT cchTextMax, fmt;
    LPARAM lParam; INT iImage, iOrder;
    UINT type; void *pvFilter;          /* version 5 */
    UINT state;                         /* version 6 */
} HDITEMW;
typedef struct _HD_LAYOUT { RECT *prc; WINDOWPOS *pwpos; } HDLAYOUT;
typedef struct _HD_HITTESTINFO { POINT pt; UINT flags; INT iItem; } HDHITTESTINFO;
typedef struct tagNMHEADERW { NMHDR hdr; INT iItem, iButton; HDITEMW *pitem; } NMHEADERW;
/* list view */
#define WC_LISTVIEWW           u"SysListView32"
#define LVS_ICON               0x0000
#define LVS_REPORT             0x0001
#define LVS_SMALLICON          0x0002
#define LVS_LIST               0x0003
#define LVS_TYPEMASK           0x0003
#define LVS_SINGLESEL          0x0004
#define LVS_SHOWSELALWAYS      0x0008
#define LVS_SORTASCENDING      0x0010
#define LVS_SORTDESCENDING     0x0020
#define LVS_SHAREIMAGELISTS    0x0040
#define LVS_NOLABELWRAP        0x0080
#define LVS_AUTOARRANGE        0x0100
#define LVS_EDITLABELS         0x0200
#define LVS_OWNERDATA          0x1000
#define LVS_NOSCROLL           0x2000
#define LVS_NOCOLUMNHEADER     0x4000
#define LVS_NOSORTHEADER       0x8000
#define LVS_EX_GRIDLINES       0x0001
#define LVS_EX_CHECKBOXES      0x0004
#define LVS_EX_FULLROWSELECT   0x0020
#define LVSIL_NORMAL           0
#define LVSIL_SMALL            1
#define LVSIL_STATE            2
#define LVIF_TEXT              0x0001
#define LVIF_IMAGE             0x0002
#define LVIF_PARAM             0x0004
#define LVIF_STATE             0x0008
#define LVIF_INDENT            0x0010
#define LVIF_NORECOMPUTE       0x0800
#define LVIF_DI_SETITEM        0x1000
#define LVIS_FOCUSED           0x0001
#define LVIS_SELECTED          0x0002
#define LVIS_CUT               0x0004
#define LVIS_DROPHILITED       0x0008
#define LVIS_OVERLAYMASK       0x0f00
#define LVIS_STATEIMAGEMASK    0xf000
#define LPSTR_TEXTCALLBACKW    ((LPWSTR)(LONG_PTR)-1)
#define I_IMAGECALLBACK        (-1)
#define LVNI_ALL               0x0000
#define LVNI_FOCUSED           0x0001
#define LVNI_SELECTED          0x0002
#define LVNI_CUT               0x0004
#define LVNI_DROPHILITED       0x0008
#define LVNI_ABOVE             0x0100
#define LVNI_BELOW             0x0200
#define LVNI_TOLEFT            0x0400
#define LVNI_TORIGHT           0x0800
#define LVFI_PARAM             0x0001
#define LVFI_STRING            0x0002
#define LVFI_PARTIAL           0x0008
#define LVFI_WRAP              0x0020
#define LVIR_BOUNDS            0
#define LVIR_ICON              1
#define LVIR_LABEL             2
#define LVIR_SELECTBOUNDS      3
#define LVHT_NOWHERE           0x0001
#define LVHT_ONITEMICON        0x0002
#define LVHT_ONITEMLABEL       0x0004
#define LVHT_ONITEMSTATEICON   0x0008
#define LVHT_ONITEM            (LVHT_ONITEMICON | LVHT_ONITEMLABEL | LVHT_ONITEMSTATEICON)
#define LVHT_ABOVE             0x0008
#define LVHT_BELOW             0x0010
#define LVHT_TORIGHT           0x0020
#define LVHT_TOLEFT            0x0040
#define LVCF_FMT               0x0001
#define LVCF_WIDTH             0x0002
#define LVCF_TEXT              0x0004
#define LVCF_SUBITEM           0x0008
#define LVCF_IMAGE             0x0010
#define LVCF_ORDER             0x0020
#define LVCFMT_LEFT            0x0000
#define LVCFMT_RIGHT           0x0001
#define LVCFMT_CENTER          0x0002
#define LVCFMT_JUSTIFYMASK     0x0003
#define LVSCW_AUTOSIZE           (-1)
#define LVSCW_AUTOSIZE_USEHEADER (-2)
#define LVM_FIRST              0x1000
#define LVM_GETBKCOLOR         (LVM_FIRST + 0)
#define LVM_SETBKCOLOR         (LVM_FIRST + 1)
#define LVM_GETIMAGELIST       (LVM_FIRST + 2)
#define LVM_SETIMAGELIST       (LVM_FIRST + 3)
#define LVM_GETITEMCOUNT       (LVM_FIRST + 4)
#define LVM_GETITEMA           (LVM_FIRST + 5)
#define LVM_SETITEMA           (LVM_FIRST + 6)
#define LVM_INSERTITEMA        (LVM_FIRST + 7)
#define LVM_DELETEITEM         (LVM_FIRST + 8)
#define LVM_DELETEALLITEMS     (LVM_FIRST + 9)
#define LVM_GETCALLBACKMASK    (LVM_FIRST + 10)
#define LVM_SETCALLBACKMASK    (LVM_FIRST + 11)
#define LVM_GETNEXTITEM        (LVM_FIRST + 12)
#define LVM_FINDITEMA          (LVM_FIRST + 13)
#define LVM_GETITEMRECT        (LVM_FIRST + 14)
#define LVM_SETITEMPOSITION    (LVM_FIRST + 15)
#define LVM_GETITEMPOSITION    (LVM_FIRST + 16)
#define LVM_GETSTRINGWIDTHA    (LVM_FIRST + 17)
#define LVM_HITTEST            (LVM_FIRST + 18)
#define LVM_ENSUREVISIBLE      (LVM_FIRST + 19)
#define LVM_SCROLL             (LVM_FIRST + 20)
#define LVM_REDRAWITEMS        (LVM_FIRST + 21)
#define LVM_ARRANGE            (LVM_FIRST + 22)
#define LVM_EDITLABELA         (LVM_FIRST + 23)
#define LVM_GETEDITCONTROL     (LVM_FIRST + 24)
#define LVM_GETCOLUMNA         (LVM_FIRST + 25)
#define LVM_SETCOLUMNA         (LVM_FIRST + 26)
#define LVM_INSERTCOLUMNA      (LVM_FIRST + 27)
#define LVM_DELETECOLUMN       (LVM_FIRST + 28)
#define LVM_GETCOLUMNWIDTH     (LVM_FIRST + 29)
#define LVM_SETCOLUMNWIDTH     (LVM_FIRST + 30)
#define LVM_GETHEADER          (LVM_FIRST + 31)
#define LVM_GETVIEWRECT        (LVM_FIRST + 34)
#define LVM_GETTEXTCOLOR       (LVM_FIRST + 35)
#define LVM_SETTEXTCOLOR       (LVM_FIRST + 36)
#define LVM_GETTEXTBKCOLOR     (LVM_FIRST + 37)
#define LVM_SETTEXTBKCOLOR     (LVM_FIRST + 38)
#define LVM_GETTOPINDEX        (LVM_FIRST + 39)
#define LVM_GETCOUNTPERPAGE    (LVM_FIRST + 40)
#define LVM_GETORIGIN          (LVM_FIRST + 41)
#define LVM_UPDATE             (LVM_FIRST + 42)
#define LVM_SETITEMSTATE       (LVM_FIRST + 43)
#define LVM_GETITEMSTATE       (LVM_FIRST + 44)
#define LVM_GETITEMTEXTA       (LVM_FIRST + 45)
#define LVM_SETITEMTEXTA       (LVM_FIRST + 46)
#define LVM_SETITEMCOUNT       (LVM_FIRST + 47)
#define LVM_SORTITEMS          (LVM_FIRST + 48)
#define LVM_GETSELECTEDCOUNT   (LVM_FIRST + 50)
#define LVM_GETITEMSPACING     (LVM_FIRST + 51)
#define LVM_SETEXTENDEDLISTVIEWSTYLE (LVM_FIRST + 54)
#define LVM_GETEXTENDEDLISTVIEWSTYLE (LVM_FIRST + 55)
#define LVM_GETSUBITEMRECT     (LVM_FIRST + 56)
#define LVM_SUBITEMHITTEST     (LVM_FIRST + 57)
#define LVM_SETCOLUMNORDERARRAY (LVM_FIRST + 58)
#define LVM_GETCOLUMNORDERARRAY (LVM_FIRST + 59)
#define LVM_GETSELECTIONMARK   (LVM_FIRST + 66)
#define LVM_SETSELECTIONMARK   (LVM_FIRST + 67)
#define LVM_GETITEMW           (LVM_FIRST + 75)
#define LVM_SETITEMW           (LVM_FIRST + 76)
#define LVM_INSERTITEMW        (LVM_FIRST + 77)
#define LVM_FINDITEMW          (LVM_FIRST + 83)
#define LVM_GETSTRINGWIDTHW    (LVM_FIRST + 87)
#define LVM_GETCOLUMNW         (LVM_FIRST + 95)
#define LVM_SETCOLUMNW         (LVM_FIRST + 96)
#define LVM_INSERTCOLUMNW      (LVM_FIRST + 97)
#define LVM_GETITEMTEXTW       (LVM_FIRST + 115)
#define LVM_SETITEMTEXTW       (LVM_FIRST + 116)
#define LVM_EDITLABELW         (LVM_FIRST + 118)
#define LVM_SORTITEMSEX        (LVM_FIRST + 81)
#define LVM_GETVIEW            (LVM_FIRST + 143)
#define LVM_SETVIEW            (LVM_FIRST + 142)
/* one layout serves the A and W structures: the strings are pointers */
typedef struct tagLVITEMW {
    UINT mask; INT iItem, iSubItem; UINT state, stateMask; LPWSTR pszText;
    INT cchTextMax, iImage; LPARAM lParam; INT iIndent;
    INT iGroupId; UINT cColumns; UINT *puColumns;   /* version 6 */
} LVITEMW;
typedef struct tagLVCOLUMNW {
    UINT mask; INT fmt, cx; LPWSTR pszText; INT cchTextMax, iSubItem, iImage, iOrder;
} LVCOLUMNW;
typedef struct tagLVFINDINFOW {
    UINT flags; LPCWSTR psz; LPARAM lParam; POINT pt; UINT vkDirection;
} LVFINDINFOW;
typedef struct tagLVHITTESTINFO { POINT pt; UINT flags; INT iItem, iSubItem; INT iGroup; } LVHITTESTINFO;
typedef struct tagNMLISTVIEW {
    NMHDR hdr; INT iItem, iSubItem; UINT uNewState, uOldState, uChanged; POINT ptAction; LPARAM lParam;
} NMLISTVIEW;
typedef struct tagNMITEMACTIVATE {
    NMHDR hdr; INT iItem, iSubItem; UINT uNewState, uOldState, uChanged; POINT ptAction;
    LPARAM lParam; UINT uKeyFlags;
} NMITEMACTIVATE;
typedef struct tagLVDISPINFOW { NMHDR hdr; LVITEMW item; } NMLVDISPINFOW;
#pragma pack(push, 1)
typedef struct tagLVKEYDOWN { NMHDR hdr; WORD wVKey; UINT flags; } NMLVKEYDOWN;
#pragma pack(pop)
typedef INT (CALLBACK *PFNLVCOMPARE)(LPARAM, LPARAM, LPARAM);
#define LVN_FIRST              (0U - 100U)
#define LVN_ITEMCHANGING       (LVN_FIRST - 0)
#define LVN_ITEMCHANGED        (LVN_FIRST - 1)
#define LVN_INSERTITEM         (LVN_FIRST - 2)
#define LVN_DELETEITEM         (LVN_FIRST - 3)
#define LVN_DELETEALLITEMS     (LVN_FIRST - 4)
#define LVN_BEGINLABELEDITA    (LVN_FIRST - 5)
#define LVN_ENDLABELEDITA      (LVN_FIRST - 6)
#define LVN_COLUMNCLICK        (LVN_FIRST - 8)
#define LVN_ITEMACTIVATE       (LVN_FIRST - 14)
#define LVN_GETDISPINFOA       (LVN_FIRST - 50)
#define LVN_KEYDOWN            (LVN_FIRST - 55)
#define LVN_GETDISPINFOW       (LVN_FIRST - 77)
#define LVN_BEGINLABELEDITW    (LVN_FIRST - 75)
#define LVN_ENDLABELEDITW      (LVN_FIRST - 76)
#define LVN_ODCACHEHINT        (LVN_FIRST - 13)
#define NM_OUTOFMEMORY         (0U - 1U)
#define NM_DBLCLK              (0U - 3U)
#define NM_RETURN              (0U - 4U)
#define NM_RCLICK              (0U - 5U)
#define NM_RDBLCLK             (0U - 6U)
#define NM_SETFOCUS            (0U - 7U)
#define NM_KILLFOCUS           (0U - 8U)
#define NM_CUSTOMDRAW          (0U - 12U)
/* custom draw */
#define CDDS_PREPAINT          0x00000001
#define CDDS_POSTPAINT         0x00000002
#define CDDS_ITEM              0x00010000
#define CDDS_ITEMPREPAINT      (CDDS_ITEM | CDDS_PREPAINT)
#define CDDS_ITEMPOSTPAINT     (CDDS_ITEM | CDDS_POSTPAINT)
#define CDDS_SUBITEM           0x00020000
#define CDRF_DODEFAULT         0x00000000
#define CDRF_NEWFONT           0x00000002
#define CDRF_SKIPDEFAULT       0x00000004
#define CDRF_NOTIFYPOSTPAINT   0x00000010
#define CDRF_NOTIFYITEMDRAW    0x00000020
#define CDRF_NOTIFYSUBITEMDRAW 0x00000020
#define CDIS_SELECTED          0x0001
#define CDIS_FOCUS             0x0010
typedef struct tagNMCUSTOMDRAWINFO {
    NMHDR hdr; DWORD dwDrawStage; HDC hdc; RECT rc; DWORD_PTR dwItemSpec; UINT uItemState; LPARAM lItemlParam;
} NMCUSTOMDRAW;
typedef struct tagNMLVCUSTOMDRAW {
    NMCUSTOMDRAW nmcd; COLORREF clrText, clrTextBk; INT iSubItem;
    DWORD dwItemType; COLORREF clrFace; INT iIconEffect, iIconPhase, iPartId, iStateId;
    RECT rcText; UINT uAlign;
} NMLVCUSTOMDRAW;
#ifndef WM_NOTIFYFORMAT
#define WM_NOTIFYFORMAT        0x0055
#endif
#define NFR_ANSI               1
#define NFR_UNICODE            2
#define NF_QUERY               3
#define NF_REQUERY             4

/* window subclassing (subclass.c) */
typedef LRESULT (CALLBACK *SUBCLASSPROC)(HWND, UINT, WPARAM, LPARAM, UINT_PTR, DWORD_PTR);
COMCTL32API BOOL WINAPI SetWindowSubclass(HWND hwnd, SUBCLASSPROC proc, UINT_PTR id, DWORD_PTR ref);
COMCTL32API BOOL WINAPI GetWindowSubclass(HWND hwnd, SUBCLASSPROC proc, UINT_PTR id, DWORD_PTR *ref);
COMCTL32API BOOL WINAPI RemoveWindowSubclass(HWND hwnd, SUBCLASSPROC proc, UINT_PTR id);
COMCTL32API LRESULT WINAPI DefSubclassProc(HWND hwnd, UINT msg, WPARAM wparam, LPARAM lparam);

/* up-down control (updown.c) */
#define UPDOWN_CLASSW      u"msctls_updown32"
#define UD_MAXVAL          0x7fff
#define UD_MINVAL          (-UD_MAXVAL)
#define UDS_WRAP           0x0001
#define UDS_SETBUDDYINT    0x0002
#define UDS_ALIGNRIGHT     0x0004
#define UDS_ALIGNLEFT      0x0008
#define UDS_AUTOBUDDY      0x0010
#define UDS_ARROWKEYS      0x0020
#define UDS_HORZ           0x0040
#define UDS_NOTHOUSANDS    0x0080
#define UDS_HOTTRACK       0x0100
#define UDM_SETRANGE       (WM_USER + 101)
#define UDM_GETRANGE       (WM_USER + 102)
#define UDM_SETPOS         (WM_USER + 103)
#define UDM_GETPOS         (WM_USER + 104)
#define UDM_SETBUDDY       (WM_USER + 105)
#define UDM_GETBUDDY       (WM_USER + 106)
#define UDM_SETACCEL       (WM_USER + 107)
#define UDM_GETACCEL       (WM_USER + 108)
#define UDM_SETBASE        (WM_USER + 109)
#define UDM_GETBASE        (WM_USER + 110)
#define UDM_SETRANGE32     (WM_USER + 111)
#define UDM_GETRANGE32     (WM_USER + 112)
#define UDM_SETPOS32       (WM_USER + 113)
#define UDM_GETPOS32       (WM_USER + 114)
typedef struct _UDACCEL { UINT nSec, nInc; } UDACCEL;
typedef struct _NM_UPDOWN { NMHDR hdr; INT iPos, iDelta; } NMUPDOWN;
#define UDN_DELTAPOS       (0U - 722U)

/* trackbar (trackbar.c) */
#define TRACKBAR_CLASSW    u"msctls_trackbar32"
#define TBS_AUTOTICKS      0x0001
#define TBS_VERT           0x0002
#define TBS_HORZ           0x0000
#define TBS_TOP            0x0004
#define TBS_BOTTOM         0x0000
#define TBS_LEFT           0x0004
#define TBS_RIGHT          0x0000
#define TBS_BOTH           0x0008
#define TBS_NOTICKS        0x0010
#define TBS_ENABLESELRANGE 0x0020
#define TBS_FIXEDLENGTH    0x0040
#define TBS_NOTHUMB        0x0080
#define TBM_GETPOS         (WM_USER)
#define TBM_GETRANGEMIN    (WM_USER + 1)
#define TBM_GETRANGEMAX    (WM_USER + 2)
#define TBM_GETTIC         (WM_USER + 3)
#define TBM_SETTIC         (WM_USER + 4)
#define TBM_SETPOS         (WM_USER + 5)
#define TBM_SETRANGE       (WM_USER + 6)
#define TBM_SETRANGEMIN    (WM_USER + 7)
#define TBM_SETRANGEMAX    (WM_USER + 8)
#define TBM_CLEARTICS      (WM_USER + 9)
#define TBM_SETSEL         (WM_USER + 10)
#define TBM_SETSELSTART    (WM_USER + 11)
#define TBM_SETSELEND      (WM_USER + 12)
#define TBM_GETPTICS       (WM_USER + 14)
#define TBM_GETTICPOS      (WM_USER + 15)
#define TBM_GETNUMTICS     (WM_USER + 16)
#define TBM_GETSELSTART    (WM_USER + 17)
#define TBM_GETSELEND      (WM_USER + 18)
#define TBM_CLEARSEL       (WM_USER + 19)
#define TBM_SETTICFREQ     (WM_USER + 20)
#define TBM_SETPAGESIZE    (WM_USER + 21)
#define TBM_GETPAGESIZE    (WM_USER + 22)
#define TBM_SETLINESIZE    (WM_USER + 23)
#define TBM_GETLINESIZE    (WM_USER + 24)
#define TBM_GETTHUMBRECT   (WM_USER + 25)
#define TBM_GETCHANNELRECT (WM_USER + 26)
#define TBM_SETTHUMBLENGTH (WM_USER + 27)
#define TBM_GETTHUMBLENGTH (WM_USER + 28)
#define TB_LINEUP          0
#define TB_LINEDOWN        1
#define TB_PAGEUP          2
#define TB_PAGEDOWN        3
#define TB_THUMBPOSITION   4
#define TB_THUMBTRACK      5
#define TB_TOP             6
#define TB_BOTTOM          7
#define TB_ENDTRACK        8

/* tab control (tab.c) */
#define WC_TABCONTROLW     u"SysTabControl32"
#define TCS_BOTTOM         0x0002
#define TCS_MULTILINE      0x0200
#define TCS_FIXEDWIDTH     0x0400
#define TCS_BUTTONS        0x0100
#define TCS_FOCUSNEVER     0x8000
#define TCIF_TEXT          0x0001
#define TCIF_IMAGE         0x0002
#define TCIF_RTLREADING    0x0004
#define TCIF_PARAM         0x0008
#define TCIF_STATE         0x0010
#define TCHT_NOWHERE       0x0001
#define TCHT_ONITEMICON    0x0002
#define TCHT_ONITEMLABEL   0x0004
#define TCHT_ONITEM        (TCHT_ONITEMICON | TCHT_ONITEMLABEL)
#define TCM_FIRST          0x1300
#define TCM_GETIMAGELIST   (TCM_FIRST + 2)
#define TCM_SETIMAGELIST   (TCM_FIRST + 3)
#define TCM_GETITEMCOUNT   (TCM_FIRST + 4)
#define TCM_GETITEMA       (TCM_FIRST + 5)
#define TCM_SETITEMA       (TCM_FIRST + 6)
#define TCM_INSERTITEMA    (TCM_FIRST + 7)
#define TCM_DELETEITEM     (TCM_FIRST + 8)
#define TCM_DELETEALLITEMS (TCM_FIRST + 9)
#define TCM_GETITEMRECT    (TCM_FIRST + 10)
#define TCM_GETCURSEL      (TCM_FIRST + 11)
#define TCM_SETCURSEL      (TCM_FIRST + 12)
#define TCM_HITTEST        (TCM_FIRST + 13)
#define TCM_SETITEMEXTRA   (TCM_FIRST + 14)
#define TCM_ADJUSTRECT     (TCM_FIRST + 40)
#define TCM_SETITEMSIZE    (TCM_FIRST + 41)
#define TCM_GETROWCOUNT    (TCM_FIRST + 44)
#define TCM_SETPADDING     (TCM_FIRST + 43)
#define TCM_GETCURFOCUS    (TCM_FIRST + 47)
#define TCM_SETCURFOCUS    (TCM_FIRST + 48)
#define TCM_GETITEMW       (TCM_FIRST + 60)
#define TCM_SETITEMW       (TCM_FIRST + 61)
#define TCM_INSERTITEMW    (TCM_FIRST + 62)
typedef struct tagTCITEMW {
    UINT mask; DWORD dwState, dwStateMask; LPWSTR pszText; INT cchTextMax, iImage; LPARAM lParam;
} TCITEMW;
typedef struct tagTCHITTESTINFO { POINT pt; UINT flags; } TCHITTESTINFO;
#define TCN_SELCHANGE      (0U - 551U)
#define TCN_SELCHANGING    (0U - 552U)

/* tooltips (tooltips.c) */
#define TOOLTIPS_CLASSW    u"tooltips_class32"
#define TTS_ALWAYSTIP      0x01
#define TTS_NOPREFIX       0x02
#define TTF_IDISHWND       0x0001
#define TTF_CENTERTIP      0x0002
#define TTF_RTLREADING     0x0004
#define TTF_SUBCLASS       0x0010
#define TTF_TRACK          0x0020
#define TTF_ABSOLUTE       0x0080
#define TTF_TRANSPARENT    0x0100
#define TTDT_AUTOMATIC     0
#define TTDT_RESHOW        1
#define TTDT_AUTOPOP       2
#define TTDT_INITIAL       3
#define TTM_ACTIVATE        (WM_USER + 1)
#define TTM_SETDELAYTIME    (WM_USER + 3)
#define TTM_ADDTOOLA        (WM_USER + 4)
#define TTM_DELTOOLA        (WM_USER + 5)
#define TTM_NEWTOOLRECTA    (WM_USER + 6)
#define TTM_RELAYEVENT      (WM_USER + 7)
#define TTM_GETTOOLINFOA    (WM_USER + 8)
#define TTM_SETTOOLINFOA    (WM_USER + 9)
#define TTM_HITTESTA        (WM_USER + 10)
#define TTM_GETTEXTA        (WM_USER + 11)
#define TTM_UPDATETIPTEXTA  (WM_USER + 12)
#define TTM_GETTOOLCOUNT    (WM_USER + 13)
#define TTM_ENUMTOOLSA      (WM_USER + 14)
#define TTM_GETCURRENTTOOLA (WM_USER + 15)
#define TTM_WINDOWFROMPOINT (WM_USER + 16)
#define TTM_SETTIPBKCOLOR   (WM_USER + 19)
#define TTM_SETTIPTEXTCOLOR (WM_USER + 20)
#define TTM_GETDELAYTIME    (WM_USER + 21)
#define TTM_GETTIPBKCOLOR   (WM_USER + 22)
#define TTM_GETTIPTEXTCOLOR (WM_USER + 23)
#define TTM_SETMAXTIPWIDTH  (WM_USER + 24)
#define TTM_GETMAXTIPWIDTH  (WM_USER + 25)
#define TTM_POP             (WM_USER + 28)
#define TTM_ADDTOOLW        (WM_USER + 50)
#define TTM_DELTOOLW        (WM_USER + 51)
#define TTM_NEWTOOLRECTW    (WM_USER + 52)
#define TTM_GETTOOLINFOW    (WM_USER + 53)
#define TTM_SETTOOLINFOW    (WM_USER + 54)
#define TTM_HITTESTW        (WM_USER + 55)
#define TTM_GETTEXTW        (WM_USER + 56)
#define TTM_UPDATETIPTEXTW  (WM_USER + 57)
#define TTM_ENUMTOOLSW      (WM_USER + 58)
#define TTM_GETCURRENTTOOLW (WM_USER + 59)
/* TOOLINFO: V1 ends after lpszText, V2 adds lParam, V3 lpReserved */
typedef struct tagTOOLINFOW {
    UINT cbSize, uFlags; HWND hwnd; UINT_PTR uId; RECT rect; HINSTANCE hinst;
    LPWSTR lpszText; LPARAM lParam; void *lpReserved;
} TTTOOLINFOW;
#define LPSTR_TEXTCALLBACKW ((LPWSTR)(LONG_PTR)-1)
typedef struct _TT_HITTESTINFOW { HWND hwnd; POINT pt; TTTOOLINFOW ti; } TTHITTESTINFOW;
typedef struct tagNMTTDISPINFOW {
    NMHDR hdr; LPWSTR lpszText; WCHAR szText[80]; HINSTANCE hinst; UINT uFlags; LPARAM lParam;
} NMTTDISPINFOW;
typedef struct tagNMTTDISPINFOA {
    NMHDR hdr; LPSTR lpszText; char szText[80]; HINSTANCE hinst; UINT uFlags; LPARAM lParam;
} NMTTDISPINFOA;
#define TTN_GETDISPINFOA   (0U - 520U)
#define TTN_GETDISPINFOW   (0U - 530U)
#define TTN_SHOW           (0U - 521U)
#define TTN_POP            (0U - 522U)

/* tree view (dlls/comctl32/treeview.c) */
#define WC_TREEVIEWW           u"SysTreeView32"
#define TVS_HASBUTTONS         0x0001
#define TVS_HASLINES           0x0002
#define TVS_LINESATROOT        0x0004
#define TVS_EDITLABELS         0x0008
#define TVS_DISABLEDRAGDROP    0x0010
#define TVS_SHOWSELALWAYS      0x0020
#define TVS_CHECKBOXES         0x0100
#define TVS_TRACKSELECT        0x0200
#define TVS_SINGLEEXPAND       0x0400
#define TVS_FULLROWSELECT      0x1000
#define TVS_NONEVENHEIGHT      0x4000
#define TVIF_TEXT              0x0001
#define TVIF_IMAGE             0x0002
#define TVIF_PARAM             0x0004
#define TVIF_STATE             0x0008
#define TVIF_HANDLE            0x0010
#define TVIF_SELECTEDIMAGE     0x0020
#define TVIF_CHILDREN          0x0040
#define TVIF_INTEGRAL          0x0080
#define TVIF_DI_SETITEM        0x1000
#define TVIS_FOCUSED           0x0001
#define TVIS_SELECTED          0x0002
#define TVIS_CUT               0x0004
#define TVIS_DROPHILITED       0x0008
#define TVIS_BOLD              0x0010
#define TVIS_EXPANDED          0x0020
#define TVIS_EXPANDEDONCE      0x0040
#define TVIS_EXPANDPARTIAL     0x0080
#define TVIS_OVERLAYMASK       0x0f00
#define TVIS_STATEIMAGEMASK    0xf000
#define I_CHILDRENCALLBACK     (-1)
#define I_IMAGECALLBACK        (-1)
#define LPSTR_TEXTCALLBACKW    ((LPWSTR)(LONG_PTR)-1)
struct _TREEITEM;
typedef struct _TREEITEM *HTREEITEM;
#define TVI_ROOT               ((HTREEITEM)(ULONG_PTR)-0x10000)
#define TVI_FIRST              ((HTREEITEM)(ULONG_PTR)-0x0FFFF)
#define TVI_LAST               ((HTREEITEM)(ULONG_PTR)-0x0FFFE)
#define TVI_SORT               ((HTREEITEM)(ULONG_PTR)-0x0FFFD)
/* the A forms differ only in pszText's type; TVITEMEXW begins with a TVITEMW */
typedef struct tagTVITEMW {
    UINT mask; HTREEITEM hItem; UINT state, stateMask; LPWSTR pszText; INT cchTextMax;
    INT iImage, iSelectedImage, cChildren; LPARAM lParam;
} TVITEMW;
typedef struct tagTVITEMEXW {
    UINT mask; HTREEITEM hItem; UINT state, stateMask; LPWSTR pszText; INT cchTextMax;
    INT iImage, iSelectedImage, cChildren; LPARAM lParam; INT iIntegral;
} TVITEMEXW;
typedef struct tagTVINSERTSTRUCTW { HTREEITEM hParent, hInsertAfter; TVITEMEXW itemex; } TVINSERTSTRUCTW;
typedef struct tagTVHITTESTINFO { POINT pt; UINT flags; HTREEITEM hItem; } TVHITTESTINFO;
typedef INT (CALLBACK *PFNTVCOMPARE)(LPARAM, LPARAM, LPARAM);
typedef struct tagTVSORTCB { HTREEITEM hParent; PFNTVCOMPARE lpfnCompare; LPARAM lParam; } TVSORTCB;
#define TV_FIRST               0x1100
#define TVM_INSERTITEMA        (TV_FIRST + 0)
#define TVM_DELETEITEM         (TV_FIRST + 1)
#define TVM_EXPAND             (TV_FIRST + 2)
#define TVM_GETITEMRECT        (TV_FIRST + 4)
#define TVM_GETCOUNT           (TV_FIRST + 5)
#define TVM_GETINDENT          (TV_FIRST + 6)
#define TVM_SETINDENT          (TV_FIRST + 7)
#define TVM_GETIMAGELIST       (TV_FIRST + 8)
#define TVM_SETIMAGELIST       (TV_FIRST + 9)
#define TVM_GETNEXTITEM        (TV_FIRST + 10)
#define TVM_SELECTITEM         (TV_FIRST + 11)
#define TVM_GETITEMA           (TV_FIRST + 12)
#define TVM_SETITEMA           (TV_FIRST + 13)
#define TVM_EDITLABELA         (TV_FIRST + 14)
#define TVM_GETEDITCONTROL     (TV_FIRST + 15)
#define TVM_GETVISIBLECOUNT    (TV_FIRST + 16)
#define TVM_HITTEST            (TV_FIRST + 17)
#define TVM_SORTCHILDREN       (TV_FIRST + 19)
#define TVM_ENSUREVISIBLE      (TV_FIRST + 20)
#define TVM_SORTCHILDRENCB     (TV_FIRST + 21)
#define TVM_ENDEDITLABELNOW    (TV_FIRST + 22)
#define TVM_GETISEARCHSTRINGA  (TV_FIRST + 23)
#define TVM_SETITEMHEIGHT      (TV_FIRST + 27)
#define TVM_GETITEMHEIGHT      (TV_FIRST + 28)
#define TVM_SETBKCOLOR         (TV_FIRST + 29)
#define TVM_SETTEXTCOLOR       (TV_FIRST + 30)
#define TVM_GETBKCOLOR         (TV_FIRST + 31)
#define TVM_GETTEXTCOLOR       (TV_FIRST + 32)
#define TVM_GETITEMSTATE       (TV_FIRST + 39)
#define TVM_SETLINECOLOR       (TV_FIRST + 40)
#define TVM_GETLINECOLOR       (TV_FIRST + 41)
#define TVM_INSERTITEMW        (TV_FIRST + 50)
#define TVM_GETITEMW           (TV_FIRST + 62)
#define TVM_SETITEMW           (TV_FIRST + 63)
#define TVM_GETISEARCHSTRINGW  (TV_FIRST + 64)
#define TVM_EDITLABELW         (TV_FIRST + 65)
#define TVSIL_NORMAL           0
#define TVSIL_STATE            2
#define TVGN_ROOT              0x0
#define TVGN_NEXT              0x1
#define TVGN_PREVIOUS          0x2
#define TVGN_PARENT            0x3
#define TVGN_CHILD             0x4
#define TVGN_FIRSTVISIBLE      0x5
#define TVGN_NEXTVISIBLE       0x6
#define TVGN_PREVIOUSVISIBLE   0x7
#define TVGN_DROPHILITE        0x8
#define TVGN_CARET             0x9
#define TVGN_LASTVISIBLE       0xa
#define TVE_COLLAPSE           0x0001
#define TVE_EXPAND             0x0002
#define TVE_TOGGLE             0x0003
#define TVE_EXPANDPARTIAL      0x4000
#define TVE_COLLAPSERESET      0x8000
#define TVC_UNKNOWN            0
#define TVC_BYMOUSE            1
#define TVC_BYKEYBOARD         2
#define TVHT_NOWHERE           0x0001
#define TVHT_ONITEMICON        0x0002
#define TVHT_ONITEMLABEL       0x0004
#define TVHT_ONITEMINDENT      0x0008
#define TVHT_ONITEMBUTTON      0x0010
#define TVHT_ONITEMRIGHT       0x0020
#define TVHT_ONITEMSTATEICON   0x0040
#define TVHT_ABOVE             0x0100
#define TVHT_BELOW             0x0200
#define TVHT_TORIGHT           0x0400
#define TVHT_TOLEFT            0x0800
/* the notifications' A codes; each W code is the A code - 49 */
#define TVN_FIRST              (0U - 400U)
#define TVN_SELCHANGINGA       (TVN_FIRST - 1)
#define TVN_SELCHANGEDA        (TVN_FIRST - 2)
#define TVN_GETDISPINFOA       (TVN_FIRST - 3)
#define TVN_SETDISPINFOA       (TVN_FIRST - 4)
#define TVN_ITEMEXPANDINGA     (TVN_FIRST - 5)
#define TVN_ITEMEXPANDEDA      (TVN_FIRST - 6)
#define TVN_DELETEITEMA        (TVN_FIRST - 9)
#define TVN_KEYDOWN            (TVN_FIRST - 12)
#define TVN_W_DELTA            49U
typedef struct tagNMTREEVIEWW { NMHDR hdr; UINT action; TVITEMW itemOld, itemNew; POINT ptDrag; } NMTREEVIEWW;
typedef struct tagNMTVDISPINFOW { NMHDR hdr; TVITEMW item; } NMTVDISPINFOW;
typedef struct tagNMTVKEYDOWN { NMHDR hdr; WORD wVKey; UINT flags; } NMTVKEYDOWN;
typedef struct tagNMTVCUSTOMDRAW { NMCUSTOMDRAW nmcd; COLORREF clrText, clrTextBk; INT iLevel; } NMTVCUSTOMDRAW;
#ifndef NM_DBLCLK
#define NM_RETURN              (0U - 4U)
#define NM_DBLCLK              (0U - 3U)
#define NM_RCLICK              (0U - 5U)
#define NM_SETFOCUS            (0U - 7U)
#define NM_KILLFOCUS           (0U - 8U)
#endif

COMCTL32API void WINAPI InitCommonControls(void);
COMCTL32API BOOL WINAPI InitCommonControlsEx(const INITCOMMONCONTROLSEX *icc);
COMCTL32API void WINAPI DrawStatusTextW(HDC hdc, LPCRECT rect, LPCWSTR text, UINT style);

#endif
