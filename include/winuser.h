/*
 * user32 types and constants for winrun's own code (test programs use
 * mingw-w64's winuser.h). Values are Windows'; only what user32 uses.
 */
#ifndef WINRUN_WINUSER_H
#define WINRUN_WINUSER_H

#include "windef.h"

#define WINUSERAPI DECLSPEC_EXPORT

typedef LRESULT (CALLBACK *WNDPROC)(HWND, UINT, WPARAM, LPARAM);
typedef void (CALLBACK *TIMERPROC)(HWND, UINT, UINT_PTR, DWORD);
typedef BOOL (CALLBACK *WNDENUMPROC)(HWND, LPARAM);
typedef void (CALLBACK *SENDASYNCPROC)(HWND, UINT, ULONG_PTR, LRESULT);
typedef BOOL (CALLBACK *PROPENUMPROCW)(HWND, LPCWSTR, HANDLE);
typedef BOOL (CALLBACK *PROPENUMPROCA)(HWND, LPCSTR, HANDLE);
typedef BOOL (CALLBACK *PROPENUMPROCEXW)(HWND, LPWSTR, HANDLE, ULONG_PTR);
typedef BOOL (CALLBACK *PROPENUMPROCEXA)(HWND, LPSTR, HANDLE, ULONG_PTR);

typedef struct tagWNDCLASSW {
    UINT style; WNDPROC lpfnWndProc; INT cbClsExtra, cbWndExtra; HINSTANCE hInstance;
    HICON hIcon; HCURSOR hCursor; HBRUSH hbrBackground; LPCWSTR lpszMenuName, lpszClassName;
} WNDCLASSW, *LPWNDCLASSW;
typedef struct tagWNDCLASSA {
    UINT style; WNDPROC lpfnWndProc; INT cbClsExtra, cbWndExtra; HINSTANCE hInstance;
    HICON hIcon; HCURSOR hCursor; HBRUSH hbrBackground; LPCSTR lpszMenuName, lpszClassName;
} WNDCLASSA, *LPWNDCLASSA;
typedef struct tagWNDCLASSEXW {
    UINT cbSize, style; WNDPROC lpfnWndProc; INT cbClsExtra, cbWndExtra; HINSTANCE hInstance;
    HICON hIcon; HCURSOR hCursor; HBRUSH hbrBackground; LPCWSTR lpszMenuName, lpszClassName; HICON hIconSm;
} WNDCLASSEXW, *LPWNDCLASSEXW;
typedef struct tagWNDCLASSEXA {
    UINT cbSize, style; WNDPROC lpfnWndProc; INT cbClsExtra, cbWndExtra; HINSTANCE hInstance;
    HICON hIcon; HCURSOR hCursor; HBRUSH hbrBackground; LPCSTR lpszMenuName, lpszClassName; HICON hIconSm;
} WNDCLASSEXA, *LPWNDCLASSEXA;

typedef struct tagMSG {
    HWND hwnd; UINT message; WPARAM wParam; LPARAM lParam; DWORD time; POINT pt;
} MSG, *LPMSG, *PMSG;

typedef struct tagCREATESTRUCTW {
    LPVOID lpCreateParams; HINSTANCE hInstance; HMENU hMenu; HWND hwndParent;
    INT cy, cx, y, x; LONG style; LPCWSTR lpszName, lpszClass; DWORD dwExStyle;
} CREATESTRUCTW, *LPCREATESTRUCTW;
typedef struct tagCREATESTRUCTA {
    LPVOID lpCreateParams; HINSTANCE hInstance; HMENU hMenu; HWND hwndParent;
    INT cy, cx, y, x; LONG style; LPCSTR lpszName, lpszClass; DWORD dwExStyle;
} CREATESTRUCTA, *LPCREATESTRUCTA;

typedef struct tagWINDOWPOS {
    HWND hwnd, hwndInsertAfter; INT x, y, cx, cy; UINT flags;
} WINDOWPOS, *PWINDOWPOS, *LPWINDOWPOS;
typedef struct tagNCCALCSIZE_PARAMS { RECT rgrc[3]; WINDOWPOS *lppos; } NCCALCSIZE_PARAMS, *LPNCCALCSIZE_PARAMS;
typedef struct tagMINMAXINFO {
    POINT ptReserved, ptMaxSize, ptMaxPosition, ptMinTrackSize, ptMaxTrackSize;
} MINMAXINFO, *PMINMAXINFO, *LPMINMAXINFO;
typedef struct tagSTYLESTRUCT { DWORD styleOld, styleNew; } STYLESTRUCT, *LPSTYLESTRUCT;

#define CW_USEDEFAULT ((INT)0x80000000)
#define HWND_DESKTOP   ((HWND)0)
#define HWND_BROADCAST ((HWND)0xffff)
#define HWND_MESSAGE   ((HWND)(LONG_PTR)-3)
#define HWND_TOP       ((HWND)0)
#define HWND_BOTTOM    ((HWND)1)
#define HWND_TOPMOST   ((HWND)(LONG_PTR)-1)
#define HWND_NOTOPMOST ((HWND)(LONG_PTR)-2)

/* window styles */
#define WS_OVERLAPPED   0x00000000
#define WS_POPUP        0x80000000
#define WS_CHILD        0x40000000
#define WS_MINIMIZE     0x20000000
#define WS_VISIBLE      0x10000000
#define WS_DISABLED     0x08000000
#define WS_CLIPSIBLINGS 0x04000000
#define WS_CLIPCHILDREN 0x02000000
#define WS_MAXIMIZE     0x01000000
#define WS_CAPTION      0x00C00000
#define WS_BORDER       0x00800000
#define WS_DLGFRAME     0x00400000
#define WS_VSCROLL      0x00200000
#define WS_HSCROLL      0x00100000
#define WS_SYSMENU      0x00080000
#define WS_THICKFRAME   0x00040000
#define WS_GROUP        0x00020000
#define WS_TABSTOP      0x00010000
#define WS_MINIMIZEBOX  0x00020000
#define WS_MAXIMIZEBOX  0x00010000
#define WS_OVERLAPPEDWINDOW (WS_OVERLAPPED | WS_CAPTION | WS_SYSMENU | WS_THICKFRAME | WS_MINIMIZEBOX | WS_MAXIMIZEBOX)
#define WS_POPUPWINDOW  (WS_POPUP | WS_BORDER | WS_SYSMENU)
#define WS_EX_DLGMODALFRAME  0x00000001
#define WS_EX_NOPARENTNOTIFY 0x00000004
#define WS_EX_TOPMOST        0x00000008
#define WS_EX_ACCEPTFILES    0x00000010
#define WS_EX_TRANSPARENT    0x00000020
#define WS_EX_MDICHILD       0x00000040
#define WS_EX_TOOLWINDOW     0x00000080
#define WS_EX_WINDOWEDGE     0x00000100
#define WS_EX_CLIENTEDGE     0x00000200
#define WS_EX_CONTEXTHELP    0x00000400
#define WS_EX_STATICEDGE     0x00020000
#define WS_EX_APPWINDOW      0x00040000
#define WS_EX_LAYERED        0x00080000
#define WS_EX_NOACTIVATE     0x08000000
#define WS_EX_OVERLAPPEDWINDOW (WS_EX_WINDOWEDGE | WS_EX_CLIENTEDGE)

/* class styles */
#define CS_VREDRAW         0x0001
#define CS_HREDRAW         0x0002
#define CS_DBLCLKS         0x0008
#define CS_OWNDC           0x0020
#define CS_CLASSDC         0x0040
#define CS_PARENTDC        0x0080
#define CS_NOCLOSE         0x0200
#define CS_SAVEBITS        0x0800
#define CS_GLOBALCLASS     0x4000

/* Get/SetWindowLong, Get/SetClassLong, GetWindow, GetAncestor */
#define GWLP_WNDPROC    (-4)
#define GWLP_HINSTANCE  (-6)
#define GWLP_HWNDPARENT (-8)
#define GWL_STYLE       (-16)
#define GWL_EXSTYLE     (-20)
#define GWLP_USERDATA   (-21)
#define GWLP_ID         (-12)
#define GCLP_MENUNAME      (-8)
#define GCLP_HBRBACKGROUND (-10)
#define GCLP_HCURSOR       (-12)
#define GCLP_HICON         (-14)
#define GCLP_HMODULE       (-16)
#define GCL_CBWNDEXTRA     (-18)
#define GCL_CBCLSEXTRA     (-20)
#define GCLP_WNDPROC       (-24)
#define GCL_STYLE          (-26)
#define GCW_ATOM           (-32)
#define GCLP_HICONSM       (-34)
#define GW_HWNDFIRST 0
#define GW_HWNDLAST  1
#define GW_HWNDNEXT  2
#define GW_HWNDPREV  3
#define GW_OWNER     4
#define GW_CHILD     5
#define GW_ENABLEDPOPUP 6
#define GA_PARENT    1
#define GA_ROOT      2
#define GA_ROOTOWNER 3

/* ShowWindow, SetWindowPos */
#define SW_HIDE 0
#define SW_SHOWNORMAL 1
#define SW_SHOWMINIMIZED 2
#define SW_SHOWMAXIMIZED 3
#define SW_MAXIMIZE 3
#define SW_SHOWNOACTIVATE 4
#define SW_SHOW 5
#define SW_MINIMIZE 6
#define SW_SHOWMINNOACTIVE 7
#define SW_SHOWNA 8
#define SW_RESTORE 9
#define SW_SHOWDEFAULT 10
#define SW_FORCEMINIMIZE 11
#define SWP_NOSIZE         0x0001
#define SWP_NOMOVE         0x0002
#define SWP_NOZORDER       0x0004
#define SWP_NOREDRAW       0x0008
#define SWP_NOACTIVATE     0x0010
#define SWP_FRAMECHANGED   0x0020
#define SWP_SHOWWINDOW     0x0040
#define SWP_HIDEWINDOW     0x0080
#define SWP_NOCOPYBITS     0x0100
#define SWP_NOOWNERZORDER  0x0200
#define SWP_NOSENDCHANGING 0x0400
#define SWP_DEFERERASE     0x2000
#define SWP_ASYNCWINDOWPOS 0x4000
#define SWP_STATECHANGED   0x8000
#define SIZE_RESTORED  0
#define SIZE_MINIMIZED 1
#define SIZE_MAXIMIZED 2

/* messages */
#define WM_NULL            0x0000
#define WM_CREATE          0x0001
#define WM_DESTROY         0x0002
#define WM_MOVE            0x0003
#define WM_SIZE            0x0005
#define WM_ACTIVATE        0x0006
#define WM_SETFOCUS        0x0007
#define WM_KILLFOCUS       0x0008
#define WM_ENABLE          0x000A
#define WM_SETREDRAW       0x000B
#define WM_SETTEXT         0x000C
#define WM_GETTEXT         0x000D
#define WM_GETTEXTLENGTH   0x000E
#define WM_PAINT           0x000F
#define WM_CLOSE           0x0010
#define WM_QUERYENDSESSION 0x0011
#define WM_QUIT            0x0012
#define WM_ERASEBKGND      0x0014
#define WM_SYSCOLORCHANGE  0x0015
#define WM_SHOWWINDOW      0x0018
#define WM_ACTIVATEAPP     0x001C
#define WM_CANCELMODE      0x001F
#define WM_SETCURSOR       0x0020
#define WM_MOUSEACTIVATE   0x0021
#define WM_CHILDACTIVATE   0x0022
#define WM_GETMINMAXINFO   0x0024
#define WM_SETFONT         0x0030
#define WM_GETFONT         0x0031
#define WM_WINDOWPOSCHANGING 0x0046
#define WM_WINDOWPOSCHANGED  0x0047
#define WM_NOTIFY          0x004E
#define WM_CONTEXTMENU     0x007B
#define WM_STYLECHANGING   0x007C
#define WM_STYLECHANGED    0x007D
#define WM_GETICON         0x007F
#define WM_SETICON         0x0080
#define WM_NCCREATE        0x0081
#define WM_NCDESTROY       0x0082
#define WM_NCCALCSIZE      0x0083
#define WM_NCHITTEST       0x0084
#define WM_NCPAINT         0x0085
#define WM_NCACTIVATE      0x0086
#define WM_GETDLGCODE      0x0087
#define WM_NCMOUSEMOVE     0x00A0
#define WM_KEYFIRST        0x0100
#define WM_KEYDOWN         0x0100
#define WM_KEYUP           0x0101
#define WM_CHAR            0x0102
#define WM_DEADCHAR        0x0103
#define WM_SYSKEYDOWN      0x0104
#define WM_SYSKEYUP        0x0105
#define WM_SYSCHAR         0x0106
#define WM_SYSDEADCHAR     0x0107
#define WM_UNICHAR         0x0109
#define WM_KEYLAST         0x0109
#define WM_INITDIALOG      0x0110
#define WM_COMMAND         0x0111
#define WM_SYSCOMMAND      0x0112
#define WM_TIMER           0x0113
#define WM_HSCROLL         0x0114
#define WM_VSCROLL         0x0115
#define WM_INITMENU        0x0116
#define WM_MOUSEFIRST      0x0200
#define WM_MOUSEMOVE       0x0200
#define WM_LBUTTONDOWN     0x0201
#define WM_LBUTTONUP       0x0202
#define WM_LBUTTONDBLCLK   0x0203
#define WM_RBUTTONDOWN     0x0204
#define WM_RBUTTONUP       0x0205
#define WM_RBUTTONDBLCLK   0x0206
#define WM_MBUTTONDOWN     0x0207
#define WM_MBUTTONUP       0x0208
#define WM_MBUTTONDBLCLK   0x0209
#define WM_MOUSEWHEEL      0x020A
#define WM_XBUTTONDOWN     0x020B
#define WM_XBUTTONUP       0x020C
#define WM_XBUTTONDBLCLK   0x020D
#define WM_MOUSEHWHEEL     0x020E
#define WM_MOUSELAST       0x020E
#define WM_PARENTNOTIFY    0x0210
#define WM_CAPTURECHANGED  0x0215
#define WM_USER            0x0400
#define WM_APP             0x8000

#define WA_INACTIVE    0
#define WA_ACTIVE      1
#define WA_CLICKACTIVE 2
#define SC_SIZE     0xF000
#define SC_MOVE     0xF010
#define SC_MINIMIZE 0xF020
#define SC_MAXIMIZE 0xF030
#define SC_CLOSE    0xF060
#define SC_RESTORE  0xF120

/* WM_NCHITTEST results */
#define HTERROR       (-2)
#define HTTRANSPARENT (-1)
#define HTNOWHERE     0
#define HTCLIENT      1
#define HTCAPTION     2
#define HTSYSMENU     3
#define HTMENU        5
#define HTHSCROLL     6
#define HTVSCROLL     7
#define HTMINBUTTON   8
#define HTMAXBUTTON   9
#define HTLEFT        10
#define HTRIGHT       11
#define HTTOP         12
#define HTTOPLEFT     13
#define HTTOPRIGHT    14
#define HTBOTTOM      15
#define HTBOTTOMLEFT  16
#define HTBOTTOMRIGHT 17
#define HTBORDER      18
#define HTCLOSE       20

/* PeekMessage, GetQueueStatus, MsgWaitForMultipleObjectsEx */
#define PM_NOREMOVE 0x0000
#define PM_REMOVE   0x0001
#define PM_NOYIELD  0x0002
#define QS_KEY            0x0001
#define QS_MOUSEMOVE      0x0002
#define QS_MOUSEBUTTON    0x0004
#define QS_POSTMESSAGE    0x0008
#define QS_TIMER          0x0010
#define QS_PAINT          0x0020
#define QS_SENDMESSAGE    0x0040
#define QS_HOTKEY         0x0080
#define QS_ALLPOSTMESSAGE 0x0100
#define QS_RAWINPUT       0x0400
#define QS_MOUSE          (QS_MOUSEMOVE | QS_MOUSEBUTTON)
#define QS_INPUT          (QS_MOUSE | QS_KEY | QS_RAWINPUT)
#define QS_ALLEVENTS      (QS_INPUT | QS_POSTMESSAGE | QS_TIMER | QS_PAINT | QS_HOTKEY)
#define QS_ALLINPUT       (QS_ALLEVENTS | QS_SENDMESSAGE)
#define MWMO_WAITALL        0x0001
#define MWMO_ALERTABLE      0x0002
#define MWMO_INPUTAVAILABLE 0x0004
#define SMTO_NORMAL      0x0000
#define SMTO_BLOCK       0x0001
#define SMTO_ABORTIFHUNG 0x0002
#define ISMEX_NOSEND   0x00000000
#define ISMEX_SEND     0x00000001
#define ISMEX_NOTIFY   0x00000002
#define ISMEX_CALLBACK 0x00000004
#define ISMEX_REPLIED  0x00000008

/* RedrawWindow */
#define RDW_INVALIDATE 0x0001
#define RDW_ERASE      0x0004
#define RDW_VALIDATE   0x0008
#define RDW_NOERASE    0x0020
#define RDW_ALLCHILDREN 0x0080
#define RDW_UPDATENOW  0x0100
#define RDW_ERASENOW   0x0200
#define RDW_NOCHILDREN 0x0040
#define RDW_INTERNALPAINT 0x0002
#define RDW_FRAME      0x0400
#define RDW_NOFRAME    0x0800
#define RDW_NOINTERNALPAINT 0x0010

/* GetSysColor / GetSysColorBrush */
#define COLOR_SCROLLBAR 0
#define COLOR_BACKGROUND 1
#define COLOR_ACTIVECAPTION 2
#define COLOR_INACTIVECAPTION 3
#define COLOR_MENU 4
#define COLOR_WINDOW 5
#define COLOR_WINDOWFRAME 6
#define COLOR_MENUTEXT 7
#define COLOR_WINDOWTEXT 8
#define COLOR_CAPTIONTEXT 9
#define COLOR_ACTIVEBORDER 10
#define COLOR_INACTIVEBORDER 11
#define COLOR_APPWORKSPACE 12
#define COLOR_HIGHLIGHT 13
#define COLOR_HIGHLIGHTTEXT 14
#define COLOR_BTNFACE 15
#define COLOR_BTNSHADOW 16
#define COLOR_GRAYTEXT 17
#define COLOR_BTNTEXT 18
#define COLOR_INACTIVECAPTIONTEXT 19
#define COLOR_BTNHIGHLIGHT 20
#define COLOR_3DDKSHADOW 21
#define COLOR_3DLIGHT 22
#define COLOR_INFOTEXT 23
#define COLOR_INFOBK 24
#define COLOR_HOTLIGHT 26
#define COLOR_GRADIENTACTIVECAPTION 27
#define COLOR_GRADIENTINACTIVECAPTION 28
#define COLOR_MENUHILIGHT 29
#define COLOR_MENUBAR 30

/* GetDCEx */
#define DCX_WINDOW           0x00000001
#define DCX_CACHE            0x00000002
#define DCX_NORESETATTRS     0x00000004
#define DCX_CLIPCHILDREN     0x00000008
#define DCX_CLIPSIBLINGS     0x00000010
#define DCX_PARENTCLIP       0x00000020
#define DCX_EXCLUDERGN       0x00000040
#define DCX_INTERSECTRGN     0x00000080
#define DCX_VALIDATE         0x00200000

/* ScrollWindowEx */
#define SW_SCROLLCHILDREN 0x0001
#define SW_INVALIDATE     0x0002
#define SW_ERASE          0x0004

typedef struct tagPAINTSTRUCT {
    HDC hdc;
    BOOL fErase;
    RECT rcPaint;
    BOOL fRestore;
    BOOL fIncUpdate;
    BYTE rgbReserved[32];
} PAINTSTRUCT, *LPPAINTSTRUCT;

/* virtual keys used by TranslateMessage */
#define VK_BACK    0x08
#define VK_TAB     0x09
#define VK_RETURN  0x0D
#define VK_SHIFT   0x10
#define VK_CONTROL 0x11
#define VK_MENU    0x12
#define VK_CAPITAL 0x14
#define VK_ESCAPE  0x1B
#define VK_SPACE   0x20
#define VK_PRIOR   0x21
#define VK_NEXT    0x22
#define VK_END     0x23
#define VK_HOME    0x24
#define VK_LEFT    0x25
#define VK_UP      0x26
#define VK_RIGHT   0x27
#define VK_DOWN    0x28
#define VK_INSERT  0x2D
#define VK_DELETE  0x2E
#define VK_NUMPAD0 0x60
#define VK_F1      0x70
#define VK_F4      0x73
#define VK_OEM_1      0xBA
#define VK_OEM_PLUS   0xBB
#define VK_OEM_COMMA  0xBC
#define VK_OEM_MINUS  0xBD
#define VK_OEM_PERIOD 0xBE
#define VK_OEM_2      0xBF
#define VK_OEM_3      0xC0
#define VK_OEM_4      0xDB
#define VK_OEM_5      0xDC
#define VK_OEM_6      0xDD
#define VK_OEM_7      0xDE
#define VK_PAUSE      0x13
#define VK_SNAPSHOT   0x2C
#define VK_LWIN       0x5B
#define VK_RWIN       0x5C
#define VK_APPS       0x5D
#define VK_MULTIPLY   0x6A
#define VK_ADD        0x6B
#define VK_SUBTRACT   0x6D
#define VK_DECIMAL    0x6E
#define VK_DIVIDE     0x6F
#define VK_NUMLOCK    0x90
#define VK_SCROLL     0x91
#define VK_LSHIFT     0xA0
#define VK_RSHIFT     0xA1
#define VK_LCONTROL   0xA2
#define VK_RCONTROL   0xA3
#define VK_LMENU      0xA4
#define VK_RMENU      0xA5
#define VK_OEM_102    0xE2
#define WHEEL_DELTA   120
#define XBUTTON1      0x0001
#define XBUTTON2      0x0002
/* WM_KEYDOWN's lParam: bit 24 an extended key, 29 Alt held, 30 the key was down, 31 released */
#define KF_EXTENDED   0x0100
#define KF_ALTDOWN    0x2000
#define KF_REPEAT     0x4000
#define KF_UP         0x8000
#ifndef MK_LBUTTON
#define MK_LBUTTON 0x0001
#define MK_RBUTTON 0x0002
#define MK_SHIFT   0x0004
#define MK_CONTROL 0x0008
#define MK_MBUTTON 0x0010
#endif
#ifndef MK_XBUTTON1
#define MK_XBUTTON1 0x0020
#define MK_XBUTTON2 0x0040
#endif

/* ---- dialogs, buttons, statics, MessageBox (dlls/user32/dialog.c, dlgnav.c, button.c, static.c, msgbox.c) ---- */
#ifndef DT_TOP
#define DT_TOP              0x00000000
#define DT_LEFT             0x00000000
#define DT_CENTER           0x00000001
#define DT_RIGHT            0x00000002
#define DT_VCENTER          0x00000004
#define DT_BOTTOM           0x00000008
#define DT_WORDBREAK        0x00000010
#define DT_SINGLELINE       0x00000020
#define DT_EXPANDTABS       0x00000040
#define DT_TABSTOP          0x00000080
#define DT_NOCLIP           0x00000100
#define DT_EXTERNALLEADING  0x00000200
#define DT_CALCRECT         0x00000400
#define DT_NOPREFIX         0x00000800
#define DT_EDITCONTROL      0x00002000
#define DT_PATH_ELLIPSIS    0x00004000
#define DT_END_ELLIPSIS     0x00008000
#define DT_MODIFYSTRING     0x00010000
#define DT_WORD_ELLIPSIS    0x00040000
#define DT_HIDEPREFIX       0x00100000
#define DT_PREFIXONLY       0x00200000
#endif
#define WS_EX_CONTROLPARENT 0x00010000
#define WM_NEXTDLGCTL       0x0028
#define WM_ENTERIDLE        0x0121
#define WM_CTLCOLORMSGBOX   0x0132
#define WM_CTLCOLOREDIT     0x0133
#define WM_CTLCOLORLISTBOX  0x0134
#define WM_CTLCOLORBTN      0x0135
#define WM_CTLCOLORDLG      0x0136
#define WM_CTLCOLORSCROLLBAR 0x0137
#define WM_CTLCOLORSTATIC   0x0138
#define DS_ABSALIGN     0x0001
#define DS_SYSMODAL     0x0002
#define DS_LOCALEDIT    0x0020
#define DS_SETFONT      0x0040
#define DS_MODALFRAME   0x0080
#define DS_NOIDLEMSG    0x0100
#define DS_SETFOREGROUND 0x0200
#define DS_3DLOOK       0x0004
#define DS_FIXEDSYS     0x0008
#define DS_NOFAILCREATE 0x0010
#define DS_CONTROL      0x0400
#define DS_CENTER       0x0800
#define DS_CENTERMOUSE  0x1000
#define DS_CONTEXTHELP  0x2000
#define DS_SHELLFONT    (DS_SETFONT | DS_FIXEDSYS)
#define DWLP_MSGRESULT  0
#define DWLP_DLGPROC    8
#define DWLP_USER       16
#define DLGWINDOWEXTRA  30
#define DM_GETDEFID     0x0400
#define DM_SETDEFID     0x0401
#define DM_REPOSITION   0x0402
#define DC_HASDEFID     0x534B
#define DLGC_WANTARROWS      0x0001
#define DLGC_WANTTAB         0x0002
#define DLGC_WANTALLKEYS     0x0004
#define DLGC_WANTMESSAGE     0x0004
#define DLGC_HASSETSEL       0x0008
#define DLGC_DEFPUSHBUTTON   0x0010
#define DLGC_UNDEFPUSHBUTTON 0x0020
#define DLGC_RADIOBUTTON     0x0040
#define DLGC_WANTCHARS       0x0080
#define DLGC_STATIC          0x0100
#define DLGC_BUTTON          0x2000
#define IDOK       1
#define IDCANCEL   2
#define IDABORT    3
#define IDRETRY    4
#define IDIGNORE   5
#define IDYES      6
#define IDNO       7
#define IDCLOSE    8
#define IDHELP     9
#define IDTRYAGAIN 10
#define IDCONTINUE 11
#define BS_PUSHBUTTON      0x00000000
#define BS_DEFPUSHBUTTON   0x00000001
#define BS_CHECKBOX        0x00000002
#define BS_AUTOCHECKBOX    0x00000003
#define BS_RADIOBUTTON     0x00000004
#define BS_3STATE          0x00000005
#define BS_AUTO3STATE      0x00000006
#define BS_GROUPBOX        0x00000007
#define BS_USERBUTTON      0x00000008
#define BS_AUTORADIOBUTTON 0x00000009
#define BS_PUSHBOX         0x0000000A
#define BS_OWNERDRAW       0x0000000B
#define BS_TYPEMASK        0x0000000F
#define BS_LEFTTEXT        0x00000020
#define BS_TEXT            0x00000000
#define BS_ICON            0x00000040
#define BS_BITMAP          0x00000080
#define BS_LEFT            0x00000100
#define BS_RIGHT           0x00000200
#define BS_CENTER          0x00000300
#define BS_TOP             0x00000400
#define BS_BOTTOM          0x00000800
#define BS_VCENTER         0x00000C00
#define BS_PUSHLIKE        0x00001000
#define BS_MULTILINE       0x00002000
#define BS_NOTIFY          0x00004000
#define BS_FLAT            0x00008000
#define BM_GETCHECK     0x00F0
#define BM_SETCHECK     0x00F1
#define BM_GETSTATE     0x00F2
#define BM_SETSTATE     0x00F3
#define BM_SETSTYLE     0x00F4
#define BM_CLICK        0x00F5
#define BM_GETIMAGE     0x00F6
#define BM_SETIMAGE     0x00F7
#define BM_SETDONTCLICK 0x00F8
#define BST_UNCHECKED     0x0000
#define BST_CHECKED       0x0001
#define BST_INDETERMINATE 0x0002
#define BST_PUSHED        0x0004
#define BST_FOCUS         0x0008
#define BN_CLICKED       0
#define BN_PAINT         1
#define BN_HILITE        2
#define BN_UNHILITE      3
#define BN_DISABLE       4
#define BN_DOUBLECLICKED 5
#define BN_SETFOCUS      6
#define BN_KILLFOCUS     7
#define SS_LEFT           0x00000000
#define SS_CENTER         0x00000001
#define SS_RIGHT          0x00000002
#define SS_ICON           0x00000003
#define SS_BLACKRECT      0x00000004
#define SS_GRAYRECT       0x00000005
#define SS_WHITERECT      0x00000006
#define SS_BLACKFRAME     0x00000007
#define SS_GRAYFRAME      0x00000008
#define SS_WHITEFRAME     0x00000009
#define SS_USERITEM       0x0000000A
#define SS_SIMPLE         0x0000000B
#define SS_LEFTNOWORDWRAP 0x0000000C
#define SS_OWNERDRAW      0x0000000D
#define SS_BITMAP         0x0000000E
#define SS_ENHMETAFILE    0x0000000F
#define SS_ETCHEDHORZ     0x00000010
#define SS_ETCHEDVERT     0x00000011
#define SS_ETCHEDFRAME    0x00000012
#define SS_TYPEMASK       0x0000001F
#define SS_NOPREFIX       0x00000080
#define SS_NOTIFY         0x00000100
#define SS_CENTERIMAGE    0x00000200
#define SS_SUNKEN         0x00001000
#define SS_ENDELLIPSIS    0x00004000
#define STM_SETICON  0x0170
#define STM_GETICON  0x0171
#define STM_SETIMAGE 0x0172
#define STM_GETIMAGE 0x0173
#define STN_CLICKED  0
#define STN_DBLCLK   1
#define STN_ENABLE   2
#define STN_DISABLE  3
#define MB_OK                0x00000000
#define MB_OKCANCEL          0x00000001
#define MB_ABORTRETRYIGNORE  0x00000002
#define MB_YESNOCANCEL       0x00000003
#define MB_YESNO             0x00000004
#define MB_RETRYCANCEL       0x00000005
#define MB_CANCELTRYCONTINUE 0x00000006
#define MB_TYPEMASK          0x0000000F
#define MB_ICONHAND          0x00000010
#define MB_ICONQUESTION      0x00000020
#define MB_ICONEXCLAMATION   0x00000030
#define MB_ICONASTERISK      0x00000040
#define MB_USERICON          0x00000080
#define MB_ICONERROR         MB_ICONHAND
#define MB_ICONSTOP          MB_ICONHAND
#define MB_ICONWARNING       MB_ICONEXCLAMATION
#define MB_ICONINFORMATION   MB_ICONASTERISK
#define MB_ICONMASK          0x000000F0
#define MB_DEFBUTTON1        0x00000000
#define MB_DEFBUTTON2        0x00000100
#define MB_DEFBUTTON3        0x00000200
#define MB_DEFBUTTON4        0x00000300
#define MB_DEFMASK           0x00000F00
#define MB_APPLMODAL         0x00000000
#define MB_SYSTEMMODAL       0x00001000
#define MB_TASKMODAL         0x00002000
#define MB_HELP              0x00004000
#define MB_SETFOREGROUND     0x00010000
#define MB_TOPMOST           0x00040000
#define MB_RIGHT             0x00080000

#pragma pack(push, 2)
typedef struct { DWORD style, dwExtendedStyle; WORD cdit; short x, y, cx, cy; } DLGTEMPLATE;
typedef struct { DWORD style, dwExtendedStyle; short x, y, cx, cy; WORD id; } DLGITEMTEMPLATE;
#pragma pack(pop)
typedef const DLGTEMPLATE *LPCDLGTEMPLATEW, *LPCDLGTEMPLATEA, *LPCDLGTEMPLATE;
typedef INT_PTR (CALLBACK *DLGPROC)(HWND, UINT, WPARAM, LPARAM);
typedef void (CALLBACK *MSGBOXCALLBACK)(void *);
typedef struct {
    UINT cbSize; HWND hwndOwner; HINSTANCE hInstance; LPCSTR lpszText, lpszCaption; DWORD dwStyle;
    LPCSTR lpszIcon; DWORD_PTR dwContextHelpId; MSGBOXCALLBACK lpfnMsgBoxCallback; DWORD dwLanguageId;
} MSGBOXPARAMSA;
typedef struct {
    UINT cbSize; HWND hwndOwner; HINSTANCE hInstance; LPCWSTR lpszText, lpszCaption; DWORD dwStyle;
    LPCWSTR lpszIcon; DWORD_PTR dwContextHelpId; MSGBOXCALLBACK lpfnMsgBoxCallback; DWORD dwLanguageId;
} MSGBOXPARAMSW;

/* SystemParametersInfo's fonts and metrics; with wingdi.h's LOGFONT (as
 * the SDK's winuser.h does under _WINGDI_) */
#define SPI_GETICONTITLELOGFONT 0x001F
#define SPI_GETNONCLIENTMETRICS 0x0029
WINUSERAPI BOOL WINAPI SystemParametersInfoW(UINT, UINT, void *, UINT);
#ifdef WINRUN_WINGDI_H
typedef struct {
    UINT cbSize;
    INT iBorderWidth, iScrollWidth, iScrollHeight, iCaptionWidth, iCaptionHeight;
    LOGFONTW lfCaptionFont;
    INT iSmCaptionWidth, iSmCaptionHeight;
    LOGFONTW lfSmCaptionFont;
    INT iMenuWidth, iMenuHeight;
    LOGFONTW lfMenuFont, lfStatusFont, lfMessageFont;
    INT iPaddedBorderWidth;
} NONCLIENTMETRICSW;
typedef struct {
    UINT cbSize;
    INT iBorderWidth, iScrollWidth, iScrollHeight, iCaptionWidth, iCaptionHeight;
    LOGFONTA lfCaptionFont;
    INT iSmCaptionWidth, iSmCaptionHeight;
    LOGFONTA lfSmCaptionFont;
    INT iMenuWidth, iMenuHeight;
    LOGFONTA lfMenuFont, lfStatusFont, lfMessageFont;
    INT iPaddedBorderWidth;
} NONCLIENTMETRICSA;
#endif

/* SendInput, keybd_event, mouse_event */
typedef struct { LONG dx, dy; DWORD mouseData, dwFlags, time; ULONG_PTR dwExtraInfo; } MOUSEINPUT;
typedef struct { WORD wVk, wScan; DWORD dwFlags, time; ULONG_PTR dwExtraInfo; } KEYBDINPUT;
typedef struct { DWORD uMsg; WORD wParamL, wParamH; } HARDWAREINPUT;
typedef struct { DWORD type; union { MOUSEINPUT mi; KEYBDINPUT ki; HARDWAREINPUT hi; }; } INPUT;
#define INPUT_MOUSE    0
#define INPUT_KEYBOARD 1
#define INPUT_HARDWARE 2
#define KEYEVENTF_EXTENDEDKEY 0x0001
#define KEYEVENTF_KEYUP       0x0002
#define KEYEVENTF_UNICODE     0x0004
#define KEYEVENTF_SCANCODE    0x0008
#define MOUSEEVENTF_MOVE       0x0001
#define MOUSEEVENTF_LEFTDOWN   0x0002
#define MOUSEEVENTF_LEFTUP     0x0004
#define MOUSEEVENTF_RIGHTDOWN  0x0008
#define MOUSEEVENTF_RIGHTUP    0x0010
#define MOUSEEVENTF_MIDDLEDOWN 0x0020
#define MOUSEEVENTF_MIDDLEUP   0x0040
#define MOUSEEVENTF_XDOWN      0x0080
#define MOUSEEVENTF_XUP        0x0100
#define MOUSEEVENTF_WHEEL      0x0800
#define MOUSEEVENTF_HWHEEL     0x1000
#define MOUSEEVENTF_ABSOLUTE   0x8000
#define VK_PACKET 0xE7
WINUSERAPI UINT WINAPI SendInput(UINT, INPUT *, INT);

/* windows, messages and painting: the calls every user32 client makes */
WINUSERAPI LRESULT WINAPI SendMessageW(HWND, UINT, WPARAM, LPARAM);
WINUSERAPI BOOL WINAPI PostMessageW(HWND, UINT, WPARAM, LPARAM);
WINUSERAPI UINT WINAPI RegisterWindowMessageW(LPCWSTR);
WINUSERAPI BOOL WINAPI IsWindow(HWND);
WINUSERAPI BOOL WINAPI DestroyWindow(HWND);
WINUSERAPI BOOL WINAPI ShowWindow(HWND, INT);
WINUSERAPI BOOL WINAPI EnableWindow(HWND, BOOL);
WINUSERAPI BOOL WINAPI UpdateWindow(HWND);
WINUSERAPI HWND WINAPI SetFocus(HWND);
WINUSERAPI LONG_PTR WINAPI GetWindowLongPtrW(HWND, INT);
WINUSERAPI LONG_PTR WINAPI SetWindowLongPtrW(HWND, INT, LONG_PTR);
WINUSERAPI BOOL WINAPI SetWindowTextW(HWND, LPCWSTR);
WINUSERAPI INT WINAPI GetWindowTextLengthW(HWND);
WINUSERAPI BOOL WINAPI GetClassInfoExW(HINSTANCE, LPCWSTR, WNDCLASSEXW *);
WINUSERAPI HDC WINAPI BeginPaint(HWND, PAINTSTRUCT *);
WINUSERAPI BOOL WINAPI EndPaint(HWND, const PAINTSTRUCT *);
WINUSERAPI BOOL WINAPI InvalidateRect(HWND, const RECT *, BOOL);
WINUSERAPI INT WINAPI FillRect(HDC, const RECT *, HBRUSH);
WINUSERAPI INT WINAPI FrameRect(HDC, const RECT *, HBRUSH);
WINUSERAPI BOOL WINAPI PtInRect(const RECT *, POINT);
WINUSERAPI BOOL WINAPI InflateRect(RECT *, INT, INT);
WINUSERAPI HDC WINAPI GetDC(HWND);
WINUSERAPI INT WINAPI ReleaseDC(HWND, HDC);
WINUSERAPI HWND WINAPI CreateDialogParamW(HINSTANCE, LPCWSTR, HWND, DLGPROC, LPARAM);
WINUSERAPI HWND WINAPI CreateDialogParamA(HINSTANCE, LPCSTR, HWND, DLGPROC, LPARAM);
WINUSERAPI HWND WINAPI CreateDialogIndirectParamW(HINSTANCE, LPCDLGTEMPLATEW, HWND, DLGPROC, LPARAM);
WINUSERAPI HWND WINAPI CreateDialogIndirectParamA(HINSTANCE, LPCDLGTEMPLATEA, HWND, DLGPROC, LPARAM);
WINUSERAPI INT_PTR WINAPI DialogBoxParamW(HINSTANCE, LPCWSTR, HWND, DLGPROC, LPARAM);
WINUSERAPI INT_PTR WINAPI DialogBoxParamA(HINSTANCE, LPCSTR, HWND, DLGPROC, LPARAM);
WINUSERAPI INT_PTR WINAPI DialogBoxIndirectParamW(HINSTANCE, LPCDLGTEMPLATEW, HWND, DLGPROC, LPARAM);
WINUSERAPI INT_PTR WINAPI DialogBoxIndirectParamA(HINSTANCE, LPCDLGTEMPLATEA, HWND, DLGPROC, LPARAM);
WINUSERAPI BOOL WINAPI EndDialog(HWND, INT_PTR);
WINUSERAPI LRESULT WINAPI DefDlgProcW(HWND, UINT, WPARAM, LPARAM);
WINUSERAPI LRESULT WINAPI DefDlgProcA(HWND, UINT, WPARAM, LPARAM);
WINUSERAPI BOOL WINAPI IsDialogMessageW(HWND, MSG *);
WINUSERAPI BOOL WINAPI IsDialogMessageA(HWND, MSG *);
WINUSERAPI HWND WINAPI GetNextDlgTabItem(HWND, HWND, BOOL);
WINUSERAPI HWND WINAPI GetNextDlgGroupItem(HWND, HWND, BOOL);
WINUSERAPI BOOL WINAPI MapDialogRect(HWND, RECT *);
WINUSERAPI LONG WINAPI GetDialogBaseUnits(void);
WINUSERAPI UINT WINAPI GetDlgItemTextW(HWND, INT, LPWSTR, INT);
WINUSERAPI UINT WINAPI GetDlgItemTextA(HWND, INT, LPSTR, INT);
WINUSERAPI BOOL WINAPI SetDlgItemTextW(HWND, INT, LPCWSTR);
WINUSERAPI BOOL WINAPI SetDlgItemTextA(HWND, INT, LPCSTR);
WINUSERAPI UINT WINAPI GetDlgItemInt(HWND, INT, BOOL *, BOOL);
WINUSERAPI BOOL WINAPI SetDlgItemInt(HWND, INT, UINT, BOOL);
WINUSERAPI BOOL WINAPI CheckDlgButton(HWND, INT, UINT);
WINUSERAPI UINT WINAPI IsDlgButtonChecked(HWND, INT);
WINUSERAPI BOOL WINAPI CheckRadioButton(HWND, INT, INT, INT);
WINUSERAPI LRESULT WINAPI SendDlgItemMessageW(HWND, INT, UINT, WPARAM, LPARAM);
WINUSERAPI LRESULT WINAPI SendDlgItemMessageA(HWND, INT, UINT, WPARAM, LPARAM);
WINUSERAPI HWND WINAPI GetDlgItem(HWND, INT);
WINUSERAPI INT WINAPI GetDlgCtrlID(HWND);
WINUSERAPI INT WINAPI MessageBoxW(HWND, LPCWSTR, LPCWSTR, UINT);
WINUSERAPI INT WINAPI MessageBoxA(HWND, LPCSTR, LPCSTR, UINT);
WINUSERAPI INT WINAPI MessageBoxExW(HWND, LPCWSTR, LPCWSTR, UINT, WORD);
WINUSERAPI INT WINAPI MessageBoxExA(HWND, LPCSTR, LPCSTR, UINT, WORD);
WINUSERAPI INT WINAPI MessageBoxIndirectW(const MSGBOXPARAMSW *);
WINUSERAPI INT WINAPI MessageBoxIndirectA(const MSGBOXPARAMSA *);
WINUSERAPI INT WINAPI DlgDirListW(HWND, LPWSTR, INT, INT, UINT);
WINUSERAPI INT WINAPI DlgDirListA(HWND, LPSTR, INT, INT, UINT);
WINUSERAPI INT WINAPI DlgDirListComboBoxW(HWND, LPWSTR, INT, INT, UINT);
WINUSERAPI INT WINAPI DlgDirListComboBoxA(HWND, LPSTR, INT, INT, UINT);
WINUSERAPI BOOL WINAPI DlgDirSelectExW(HWND, LPWSTR, INT, INT);
WINUSERAPI BOOL WINAPI DlgDirSelectExA(HWND, LPSTR, INT, INT);
WINUSERAPI BOOL WINAPI DlgDirSelectComboBoxExW(HWND, LPWSTR, INT, INT);
WINUSERAPI BOOL WINAPI DlgDirSelectComboBoxExA(HWND, LPSTR, INT, INT);

/* ---- menus and accelerators (dlls/user32/menu*.c, accel.c) ---- */
#define WM_NCLBUTTONDOWN    0x00A1
#define WM_NCLBUTTONUP      0x00A2
#define WM_INITMENUPOPUP    0x0117
#define WM_MENUSELECT       0x011F
#define WM_MENUCHAR         0x0120
#define WM_UNINITMENUPOPUP  0x0125
#define WM_MENUCOMMAND      0x0126
#define WM_ENTERMENULOOP    0x0211
#define WM_EXITMENULOOP     0x0212
#define SC_MOUSEMENU 0xF090
#define SC_VSCROLL   0xF070
#define SC_HSCROLL   0xF080
#define SC_KEYMENU   0xF100
#define VK_F10     0x79
#define MF_INSERT          0x00000000
#define MF_CHANGE          0x00000080
#define MF_APPEND          0x00000100
#define MF_DELETE          0x00000200
#define MF_REMOVE          0x00001000
#define MF_BYCOMMAND       0x00000000
#define MF_BYPOSITION      0x00000400
#define MF_SEPARATOR       0x00000800
#define MF_ENABLED         0x00000000
#define MF_GRAYED          0x00000001
#define MF_DISABLED        0x00000002
#define MF_UNCHECKED       0x00000000
#define MF_CHECKED         0x00000008
#define MF_USECHECKBITMAPS 0x00000200
#define MF_STRING          0x00000000
#define MF_BITMAP          0x00000004
#define MF_OWNERDRAW       0x00000100
#define MF_POPUP           0x00000010
#define MF_MENUBARBREAK    0x00000020
#define MF_MENUBREAK       0x00000040
#define MF_UNHILITE        0x00000000
#define MF_HILITE          0x00000080
#define MF_DEFAULT         0x00001000
#define MF_SYSMENU         0x00002000
#define MF_HELP            0x00004000
#define MF_RIGHTJUSTIFY    0x00004000
#define MF_MOUSESELECT     0x00008000
#define MF_END             0x00000080
#define MFT_STRING         MF_STRING
#define MFT_BITMAP         MF_BITMAP
#define MFT_MENUBARBREAK   MF_MENUBARBREAK
#define MFT_MENUBREAK      MF_MENUBREAK
#define MFT_OWNERDRAW      MF_OWNERDRAW
#define MFT_RADIOCHECK     0x00000200
#define MFT_SEPARATOR      MF_SEPARATOR
#define MFT_RIGHTORDER     0x00002000
#define MFT_RIGHTJUSTIFY   MF_RIGHTJUSTIFY
#define MFS_GRAYED         0x00000003
#define MFS_DISABLED       MFS_GRAYED
#define MFS_CHECKED        MF_CHECKED
#define MFS_HILITE         MF_HILITE
#define MFS_ENABLED        MF_ENABLED
#define MFS_UNCHECKED      MF_UNCHECKED
#define MFS_UNHILITE       MF_UNHILITE
#define MFS_DEFAULT        MF_DEFAULT
#define MIIM_STATE       0x00000001
#define MIIM_ID          0x00000002
#define MIIM_SUBMENU     0x00000004
#define MIIM_CHECKMARKS  0x00000008
#define MIIM_TYPE        0x00000010
#define MIIM_DATA        0x00000020
#define MIIM_STRING      0x00000040
#define MIIM_BITMAP      0x00000080
#define MIIM_FTYPE       0x00000100
#define GMDI_USEDISABLED  0x0001
#define GMDI_GOINTOPOPUPS 0x0002
#define TPM_LEFTBUTTON   0x0000
#define TPM_RIGHTBUTTON  0x0002
#define TPM_LEFTALIGN    0x0000
#define TPM_CENTERALIGN  0x0004
#define TPM_RIGHTALIGN   0x0008
#define TPM_TOPALIGN     0x0000
#define TPM_VCENTERALIGN 0x0010
#define TPM_BOTTOMALIGN  0x0020
#define TPM_NONOTIFY     0x0080
#define TPM_RETURNCMD    0x0100
#define FVIRTKEY  0x01
#define FNOINVERT 0x02
#define FSHIFT    0x04
#define FCONTROL  0x08
#define FALT      0x10

typedef struct tagMENUITEMINFOW {
    UINT cbSize, fMask, fType, fState, wID;
    HMENU hSubMenu;
    HBITMAP hbmpChecked, hbmpUnchecked;
    ULONG_PTR dwItemData;
    LPWSTR dwTypeData;
    UINT cch;
    HBITMAP hbmpItem;
} MENUITEMINFOW, *LPMENUITEMINFOW;
typedef const MENUITEMINFOW *LPCMENUITEMINFOW;
typedef struct tagMENUITEMINFOA {
    UINT cbSize, fMask, fType, fState, wID;
    HMENU hSubMenu;
    HBITMAP hbmpChecked, hbmpUnchecked;
    ULONG_PTR dwItemData;
    LPSTR dwTypeData;
    UINT cch;
    HBITMAP hbmpItem;
} MENUITEMINFOA, *LPMENUITEMINFOA;
typedef const MENUITEMINFOA *LPCMENUITEMINFOA;
typedef struct tagTPMPARAMS { UINT cbSize; RECT rcExclude; } TPMPARAMS, *LPTPMPARAMS;
typedef struct tagACCEL { BYTE fVirt; WORD key; WORD cmd; } ACCEL, *LPACCEL;

WINUSERAPI HMENU WINAPI CreateMenu(void);
WINUSERAPI HMENU WINAPI CreatePopupMenu(void);
WINUSERAPI BOOL WINAPI DestroyMenu(HMENU);
WINUSERAPI BOOL WINAPI IsMenu(HMENU);
WINUSERAPI BOOL WINAPI AppendMenuW(HMENU, UINT, UINT_PTR, LPCWSTR);
WINUSERAPI BOOL WINAPI AppendMenuA(HMENU, UINT, UINT_PTR, LPCSTR);
WINUSERAPI BOOL WINAPI InsertMenuW(HMENU, UINT, UINT, UINT_PTR, LPCWSTR);
WINUSERAPI BOOL WINAPI InsertMenuA(HMENU, UINT, UINT, UINT_PTR, LPCSTR);
WINUSERAPI BOOL WINAPI ModifyMenuW(HMENU, UINT, UINT, UINT_PTR, LPCWSTR);
WINUSERAPI BOOL WINAPI ModifyMenuA(HMENU, UINT, UINT, UINT_PTR, LPCSTR);
WINUSERAPI BOOL WINAPI InsertMenuItemW(HMENU, UINT, BOOL, LPCMENUITEMINFOW);
WINUSERAPI BOOL WINAPI InsertMenuItemA(HMENU, UINT, BOOL, LPCMENUITEMINFOA);
WINUSERAPI BOOL WINAPI GetMenuItemInfoW(HMENU, UINT, BOOL, LPMENUITEMINFOW);
WINUSERAPI BOOL WINAPI GetMenuItemInfoA(HMENU, UINT, BOOL, LPMENUITEMINFOA);
WINUSERAPI BOOL WINAPI SetMenuItemInfoW(HMENU, UINT, BOOL, LPCMENUITEMINFOW);
WINUSERAPI BOOL WINAPI SetMenuItemInfoA(HMENU, UINT, BOOL, LPCMENUITEMINFOA);
WINUSERAPI BOOL WINAPI RemoveMenu(HMENU, UINT, UINT);
WINUSERAPI BOOL WINAPI DeleteMenu(HMENU, UINT, UINT);
WINUSERAPI INT WINAPI GetMenuItemCount(HMENU);
WINUSERAPI UINT WINAPI GetMenuItemID(HMENU, INT);
WINUSERAPI HMENU WINAPI GetSubMenu(HMENU, INT);
WINUSERAPI INT WINAPI GetMenuStringW(HMENU, UINT, LPWSTR, INT, UINT);
WINUSERAPI INT WINAPI GetMenuStringA(HMENU, UINT, LPSTR, INT, UINT);
WINUSERAPI UINT WINAPI GetMenuState(HMENU, UINT, UINT);
WINUSERAPI BOOL WINAPI EnableMenuItem(HMENU, UINT, UINT);
WINUSERAPI DWORD WINAPI CheckMenuItem(HMENU, UINT, UINT);
WINUSERAPI BOOL WINAPI CheckMenuRadioItem(HMENU, UINT, UINT, UINT, UINT);
WINUSERAPI BOOL WINAPI HiliteMenuItem(HWND, HMENU, UINT, UINT);
WINUSERAPI BOOL WINAPI SetMenuDefaultItem(HMENU, UINT, UINT);
WINUSERAPI UINT WINAPI GetMenuDefaultItem(HMENU, UINT, UINT);
WINUSERAPI HMENU WINAPI GetMenu(HWND);
WINUSERAPI BOOL WINAPI SetMenu(HWND, HMENU);
WINUSERAPI BOOL WINAPI DrawMenuBar(HWND);
WINUSERAPI HMENU WINAPI GetSystemMenu(HWND, BOOL);
WINUSERAPI BOOL WINAPI GetMenuItemRect(HWND, HMENU, UINT, RECT *);
WINUSERAPI INT WINAPI MenuItemFromPoint(HWND, HMENU, POINT);
WINUSERAPI HMENU WINAPI LoadMenuW(HINSTANCE, LPCWSTR);
WINUSERAPI HMENU WINAPI LoadMenuA(HINSTANCE, LPCSTR);
WINUSERAPI HMENU WINAPI LoadMenuIndirectW(const void *);
WINUSERAPI HMENU WINAPI LoadMenuIndirectA(const void *);
WINUSERAPI BOOL WINAPI TrackPopupMenu(HMENU, UINT, INT, INT, INT, HWND, const RECT *);
WINUSERAPI BOOL WINAPI TrackPopupMenuEx(HMENU, UINT, INT, INT, HWND, LPTPMPARAMS);
WINUSERAPI BOOL WINAPI EndMenu(void);
WINUSERAPI HACCEL WINAPI LoadAcceleratorsW(HINSTANCE, LPCWSTR);
WINUSERAPI HACCEL WINAPI LoadAcceleratorsA(HINSTANCE, LPCSTR);
WINUSERAPI HACCEL WINAPI CreateAcceleratorTableW(LPACCEL, INT);
WINUSERAPI HACCEL WINAPI CreateAcceleratorTableA(LPACCEL, INT);
WINUSERAPI INT WINAPI CopyAcceleratorTableW(HACCEL, LPACCEL, INT);
WINUSERAPI INT WINAPI CopyAcceleratorTableA(HACCEL, LPACCEL, INT);
WINUSERAPI BOOL WINAPI DestroyAcceleratorTable(HACCEL);
WINUSERAPI INT WINAPI TranslateAcceleratorW(HWND, HACCEL, LPMSG);
WINUSERAPI INT WINAPI TranslateAcceleratorA(HWND, HACCEL, LPMSG);

/* ---- Edit, ListBox, ComboBox controls; the clipboard; carets ---- */
#define ES_LEFT        0x0000
#define ES_CENTER      0x0001
#define ES_RIGHT       0x0002
#define ES_MULTILINE   0x0004
#define ES_UPPERCASE   0x0008
#define ES_LOWERCASE   0x0010
#define ES_PASSWORD    0x0020
#define ES_AUTOVSCROLL 0x0040
#define ES_AUTOHSCROLL 0x0080
#define ES_NOHIDESEL   0x0100
#define ES_OEMCONVERT  0x0400
#define ES_READONLY    0x0800
#define ES_WANTRETURN  0x1000
#define ES_NUMBER      0x2000
#define EM_GETSEL              0x00B0
#define EM_SETSEL              0x00B1
#define EM_GETRECT             0x00B2
#define EM_SETRECT             0x00B3
#define EM_SETRECTNP           0x00B4
#define EM_SCROLL              0x00B5
#define EM_LINESCROLL          0x00B6
#define EM_SCROLLCARET         0x00B7
#define EM_GETMODIFY           0x00B8
#define EM_SETMODIFY           0x00B9
#define EM_GETLINECOUNT        0x00BA
#define EM_LINEINDEX           0x00BB
#define EM_LINELENGTH          0x00C1
#define EM_REPLACESEL          0x00C2
#define EM_GETLINE             0x00C4
#define EM_LIMITTEXT           0x00C5
#define EM_SETLIMITTEXT        EM_LIMITTEXT
#define EM_CANUNDO             0x00C6
#define EM_UNDO                0x00C7
#define EM_FMTLINES            0x00C8
#define EM_LINEFROMCHAR        0x00C9
#define EM_SETTABSTOPS         0x00CB
#define EM_SETPASSWORDCHAR     0x00CC
#define EM_EMPTYUNDOBUFFER     0x00CD
#define EM_GETFIRSTVISIBLELINE 0x00CE
#define EM_SETREADONLY         0x00CF
#define EM_GETPASSWORDCHAR     0x00D2
#define EM_SETMARGINS          0x00D3
#define EM_GETMARGINS          0x00D4
#define EM_GETLIMITTEXT        0x00D5
#define EM_POSFROMCHAR         0x00D6
#define EM_CHARFROMPOS         0x00D7
#define EC_LEFTMARGIN  0x0001
#define EC_RIGHTMARGIN 0x0002
#define EC_USEFONTINFO 0xffff
#define EN_SETFOCUS  0x0100
#define EN_KILLFOCUS 0x0200
#define EN_CHANGE    0x0300
#define EN_UPDATE    0x0400
#define EN_ERRSPACE  0x0500
#define EN_MAXTEXT   0x0501
#define EN_HSCROLL   0x0601
#define EN_VSCROLL   0x0602
#define WM_CUT   0x0300
#define WM_COPY  0x0301
#define WM_PASTE 0x0302
#define WM_CLEAR 0x0303
#define WM_UNDO  0x0304
#define SB_LINEUP        0
#define SB_LINELEFT      0
#define SB_LINEDOWN      1
#define SB_LINERIGHT     1
#define SB_PAGEUP        2
#define SB_PAGELEFT      2
#define SB_PAGEDOWN      3
#define SB_PAGERIGHT     3
#define SB_THUMBPOSITION 4
#define SB_THUMBTRACK    5
#define SB_TOP           6
#define SB_LEFT          6
#define SB_BOTTOM        7
#define SB_RIGHT         7
#define SB_ENDSCROLL     8

#define LBS_NOTIFY            0x0001
#define LBS_SORT              0x0002
#define LBS_NOREDRAW          0x0004
#define LBS_MULTIPLESEL       0x0008
#define LBS_OWNERDRAWFIXED    0x0010
#define LBS_OWNERDRAWVARIABLE 0x0020
#define LBS_HASSTRINGS        0x0040
#define LBS_USETABSTOPS       0x0080
#define LBS_NOINTEGRALHEIGHT  0x0100
#define LBS_MULTICOLUMN       0x0200
#define LBS_WANTKEYBOARDINPUT 0x0400
#define LBS_EXTENDEDSEL       0x0800
#define LBS_DISABLENOSCROLL   0x1000
#define LBS_NODATA            0x2000
#define LBS_NOSEL             0x4000
#define LBS_COMBOBOX          0x8000
#define LB_OKAY     0
#define LB_ERR      (-1)
#define LB_ERRSPACE (-2)
#define LB_ADDSTRING       0x0180
#define LB_INSERTSTRING    0x0181
#define LB_DELETESTRING    0x0182
#define LB_SELITEMRANGEEX  0x0183
#define LB_RESETCONTENT    0x0184
#define LB_SETSEL          0x0185
#define LB_SETCURSEL       0x0186
#define LB_GETSEL          0x0187
#define LB_GETCURSEL       0x0188
#define LB_GETTEXT         0x0189
#define LB_GETTEXTLEN      0x018A
#define LB_GETCOUNT        0x018B
#define LB_SELECTSTRING    0x018C
#define LB_DIR             0x018D
#define LB_GETTOPINDEX     0x018E
#define LB_FINDSTRING      0x018F
#define LB_GETSELCOUNT     0x0190
#define LB_GETSELITEMS     0x0191
#define LB_SETTABSTOPS     0x0192
#define LB_GETHORIZONTALEXTENT 0x0193
#define LB_SETHORIZONTALEXTENT 0x0194
#define LB_SETCOLUMNWIDTH  0x0195
#define LB_ADDFILE         0x0196
#define LB_SETTOPINDEX     0x0197
#define LB_GETITEMRECT     0x0198
#define LB_GETITEMDATA     0x0199
#define LB_SETITEMDATA     0x019A
#define LB_SELITEMRANGE    0x019B
#define LB_SETANCHORINDEX  0x019C
#define LB_GETANCHORINDEX  0x019D
#define LB_SETCARETINDEX   0x019E
#define LB_GETCARETINDEX   0x019F
#define LB_SETITEMHEIGHT   0x01A0
#define LB_GETITEMHEIGHT   0x01A1
#define LB_FINDSTRINGEXACT 0x01A2
#define LB_SETLOCALE       0x01A5
#define LB_GETLOCALE       0x01A6
#define LB_SETCOUNT        0x01A7
#define LB_INITSTORAGE     0x01A8
#define LB_ITEMFROMPOINT   0x01A9
#define LBN_ERRSPACE  (-2)
#define LBN_SELCHANGE 1
#define LBN_DBLCLK    2
#define LBN_SELCANCEL 3
#define LBN_SETFOCUS  4
#define LBN_KILLFOCUS 5
/* combo boxes */
#define CBS_SIMPLE            0x0001
#define CBS_DROPDOWN          0x0002
#define CBS_DROPDOWNLIST      0x0003
#define CBS_OWNERDRAWFIXED    0x0010
#define CBS_OWNERDRAWVARIABLE 0x0020
#define CBS_AUTOHSCROLL       0x0040
#define CBS_OEMCONVERT        0x0080
#define CBS_SORT              0x0100
#define CBS_HASSTRINGS        0x0200
#define CBS_NOINTEGRALHEIGHT  0x0400
#define CBS_DISABLENOSCROLL   0x0800
#define CBS_UPPERCASE         0x2000
#define CBS_LOWERCASE         0x4000
#define CB_OKAY     0
#define CB_ERR      (-1)
#define CB_ERRSPACE (-2)
#define CB_GETEDITSEL            0x0140
#define CB_LIMITTEXT             0x0141
#define CB_SETEDITSEL            0x0142
#define CB_ADDSTRING             0x0143
#define CB_DELETESTRING          0x0144
#define CB_DIR                   0x0145
#define CB_GETCOUNT              0x0146
#define CB_GETCURSEL             0x0147
#define CB_GETLBTEXT             0x0148
#define CB_GETLBTEXTLEN          0x0149
#define CB_INSERTSTRING          0x014A
#define CB_RESETCONTENT          0x014B
#define CB_FINDSTRING            0x014C
#define CB_SELECTSTRING          0x014D
#define CB_SETCURSEL             0x014E
#define CB_SHOWDROPDOWN          0x014F
#define CB_GETITEMDATA           0x0150
#define CB_SETITEMDATA           0x0151
#define CB_GETDROPPEDCONTROLRECT 0x0152
#define CB_SETITEMHEIGHT         0x0153
#define CB_GETITEMHEIGHT         0x0154
#define CB_SETEXTENDEDUI         0x0155
#define CB_GETEXTENDEDUI         0x0156
#define CB_GETDROPPEDSTATE       0x0157
#define CB_FINDSTRINGEXACT       0x0158
#define CB_SETLOCALE             0x0159
#define CB_GETLOCALE             0x015A
#define CB_GETTOPINDEX           0x015B
#define CB_SETTOPINDEX           0x015C
#define CB_GETHORIZONTALEXTENT   0x015D
#define CB_SETHORIZONTALEXTENT   0x015E
#define CB_GETDROPPEDWIDTH       0x015F
#define CB_SETDROPPEDWIDTH       0x0160
#define CB_INITSTORAGE           0x0161
#define CB_GETCOMBOBOXINFO       0x0164
#define CBN_ERRSPACE     (-1)
#define CBN_SELCHANGE    1
#define CBN_DBLCLK       2
#define CBN_SETFOCUS     3
#define CBN_KILLFOCUS    4
#define CBN_EDITCHANGE   5
#define CBN_EDITUPDATE   6
#define CBN_DROPDOWN     7
#define CBN_CLOSEUP      8
#define CBN_SELENDOK     9
#define CBN_SELENDCANCEL 10
#define STATE_SYSTEM_INVISIBLE   0x00008000
#define STATE_SYSTEM_PRESSED     0x00000008
#define STATE_SYSTEM_UNAVAILABLE 0x00000001
#define STATE_SYSTEM_OFFSCREEN   0x00010000
typedef struct tagCOMBOBOXINFO {
    DWORD cbSize;
    RECT rcItem, rcButton;
    DWORD stateButton;
    HWND hwndCombo, hwndItem, hwndList;
} COMBOBOXINFO, *PCOMBOBOXINFO, *LPCOMBOBOXINFO;
/* scroll bars */
#define SB_HORZ 0
#define SB_VERT 1
#define SB_CTL  2
#define SB_BOTH 3
#define SBS_HORZ                    0x0000
#define SBS_VERT                    0x0001
#define SBS_TOPALIGN                0x0002
#define SBS_LEFTALIGN               0x0002
#define SBS_BOTTOMALIGN             0x0004
#define SBS_RIGHTALIGN              0x0004
#define SBS_SIZEBOXTOPLEFTALIGN     0x0002
#define SBS_SIZEBOXBOTTOMRIGHTALIGN 0x0004
#define SBS_SIZEBOX                 0x0008
#define SBS_SIZEGRIP                0x0010
#define SBM_SETPOS             0x00E0
#define SBM_GETPOS             0x00E1
#define SBM_SETRANGE           0x00E2
#define SBM_GETRANGE           0x00E3
#define SBM_ENABLE_ARROWS      0x00E4
#define SBM_SETRANGEREDRAW     0x00E6
#define SBM_SETSCROLLINFO      0x00E9
#define SBM_GETSCROLLINFO      0x00EA
#define SBM_GETSCROLLBARINFO   0x00EB
#define SIF_RANGE           0x0001
#define SIF_PAGE            0x0002
#define SIF_POS             0x0004
#define SIF_DISABLENOSCROLL 0x0008
#define SIF_TRACKPOS        0x0010
#define SIF_ALL             (SIF_RANGE | SIF_PAGE | SIF_POS | SIF_TRACKPOS)
#define SIF_PREVIOUSPOS     0x1000
#define ESB_ENABLE_BOTH  0x0000
#define ESB_DISABLE_BOTH 0x0003
#define ESB_DISABLE_LEFT 0x0001
#define ESB_DISABLE_RIGHT 0x0002
#define ESB_DISABLE_UP   0x0001
#define ESB_DISABLE_DOWN 0x0002
#define ESB_DISABLE_LTUP ESB_DISABLE_LEFT
#define ESB_DISABLE_RTDN ESB_DISABLE_RIGHT
#define OBJID_HSCROLL ((LONG)0xFFFFFFFA)
#define OBJID_VSCROLL ((LONG)0xFFFFFFFB)
#define OBJID_CLIENT  ((LONG)0xFFFFFFFC)
#define CCHILDREN_SCROLLBAR 5
typedef struct tagSCROLLINFO {
    UINT cbSize, fMask;
    INT nMin, nMax;
    UINT nPage;
    INT nPos, nTrackPos;
} SCROLLINFO, *LPSCROLLINFO;
typedef const SCROLLINFO *LPCSCROLLINFO;
typedef struct tagSCROLLBARINFO {
    DWORD cbSize;
    RECT rcScrollBar;
    INT dxyLineButton, xyThumbTop, xyThumbBottom, reserved;
    DWORD rgstate[CCHILDREN_SCROLLBAR + 1];
} SCROLLBARINFO, *PSCROLLBARINFO, *LPSCROLLBARINFO;
WINUSERAPI INT WINAPI SetScrollInfo(HWND, INT, const SCROLLINFO *, BOOL);
WINUSERAPI BOOL WINAPI GetScrollInfo(HWND, INT, SCROLLINFO *);
WINUSERAPI INT WINAPI SetScrollPos(HWND, INT, INT, BOOL);
WINUSERAPI INT WINAPI GetScrollPos(HWND, INT);
WINUSERAPI BOOL WINAPI SetScrollRange(HWND, INT, INT, INT, BOOL);
WINUSERAPI BOOL WINAPI GetScrollRange(HWND, INT, INT *, INT *);
WINUSERAPI BOOL WINAPI ShowScrollBar(HWND, INT, BOOL);
WINUSERAPI BOOL WINAPI EnableScrollBar(HWND, UINT, UINT);
WINUSERAPI BOOL WINAPI GetScrollBarInfo(HWND, LONG, SCROLLBARINFO *);
WINUSERAPI BOOL WINAPI GetComboBoxInfo(HWND, COMBOBOXINFO *);
#define WM_MEASUREITEM   0x002C
#define WM_DELETEITEM    0x002D
#define WM_VKEYTOITEM    0x002E
#define WM_CHARTOITEM    0x002F
#define WM_DRAWITEM      0x002B
#define WM_COMPAREITEM   0x0039
#define ODT_MENU     1
#define ODT_LISTBOX  2
#define ODT_COMBOBOX 3
#define ODT_BUTTON   4
#define ODT_STATIC   5
#define ODA_DRAWENTIRE 0x0001
#define ODA_SELECT     0x0002
#define ODA_FOCUS      0x0004
#define ODS_SELECTED 0x0001
#define ODS_GRAYED   0x0002
#define ODS_DISABLED 0x0004
#define ODS_CHECKED  0x0008
#define ODS_FOCUS    0x0010
#define ODS_DEFAULT  0x0020
#define ODS_COMBOBOXEDIT 0x1000

/* the file kinds LB_DIR, CB_DIR and DlgDirList list */
#define DDL_READWRITE 0x0000
#define DDL_READONLY  0x0001
#define DDL_HIDDEN    0x0002
#define DDL_SYSTEM    0x0004
#define DDL_DIRECTORY 0x0010
#define DDL_ARCHIVE   0x0020
#define DDL_POSTMSGS  0x2000
#define DDL_DRIVES    0x4000
#define DDL_EXCLUSIVE 0x8000
typedef struct tagMEASUREITEMSTRUCT {
    UINT CtlType, CtlID, itemID, itemWidth, itemHeight;
    ULONG_PTR itemData;
} MEASUREITEMSTRUCT, *LPMEASUREITEMSTRUCT;
typedef struct tagDRAWITEMSTRUCT {
    UINT CtlType, CtlID, itemID, itemAction, itemState;
    HWND hwndItem;
    HDC hDC;
    RECT rcItem;
    ULONG_PTR itemData;
} DRAWITEMSTRUCT, *LPDRAWITEMSTRUCT;
typedef struct tagDELETEITEMSTRUCT {
    UINT CtlType, CtlID, itemID;
    HWND hwndItem;
    ULONG_PTR itemData;
} DELETEITEMSTRUCT, *LPDELETEITEMSTRUCT;
typedef struct tagCOMPAREITEMSTRUCT {
    UINT CtlType, CtlID;
    HWND hwndItem;
    UINT itemID1;
    ULONG_PTR itemData1;
    UINT itemID2;
    ULONG_PTR itemData2;
    DWORD dwLocaleId;
} COMPAREITEMSTRUCT, *LPCOMPAREITEMSTRUCT;

#define CF_TEXT        1
#define CF_BITMAP      2
#define CF_OEMTEXT     7
#define CF_UNICODETEXT 13
#define CF_LOCALE      16
WINUSERAPI BOOL WINAPI OpenClipboard(HWND);
WINUSERAPI BOOL WINAPI CloseClipboard(void);
WINUSERAPI BOOL WINAPI EmptyClipboard(void);
WINUSERAPI HANDLE WINAPI SetClipboardData(UINT, HANDLE);
WINUSERAPI HANDLE WINAPI GetClipboardData(UINT);
WINUSERAPI BOOL WINAPI IsClipboardFormatAvailable(UINT);
WINUSERAPI INT WINAPI CountClipboardFormats(void);
WINUSERAPI UINT WINAPI EnumClipboardFormats(UINT);
WINUSERAPI HWND WINAPI GetClipboardOwner(void);
WINUSERAPI HWND WINAPI GetOpenClipboardWindow(void);
WINUSERAPI BOOL WINAPI CreateCaret(HWND, HBITMAP, INT, INT);
WINUSERAPI BOOL WINAPI DestroyCaret(void);
WINUSERAPI BOOL WINAPI ShowCaret(HWND);
WINUSERAPI BOOL WINAPI HideCaret(HWND);
WINUSERAPI BOOL WINAPI SetCaretPos(INT, INT);
WINUSERAPI BOOL WINAPI GetCaretPos(POINT *);
WINUSERAPI UINT WINAPI GetCaretBlinkTime(void);
WINUSERAPI BOOL WINAPI SetCaretBlinkTime(UINT);


/* icons, cursors and images (dlls/user32/cursoricon.c, image.c) */
typedef struct { BOOL fIcon; DWORD xHotspot, yHotspot; HBITMAP hbmMask, hbmColor; } ICONINFO, *PICONINFO;
typedef struct {
    DWORD cbSize; BOOL fIcon; DWORD xHotspot, yHotspot; HBITMAP hbmMask, hbmColor; WORD wResID;
    WCHAR szModName[260]; WCHAR szResName[260];
} ICONINFOEXW, *PICONINFOEXW;
typedef struct {
    DWORD cbSize; BOOL fIcon; DWORD xHotspot, yHotspot; HBITMAP hbmMask, hbmColor; WORD wResID;
    CHAR szModName[260]; CHAR szResName[260];
} ICONINFOEXA, *PICONINFOEXA;
typedef struct { DWORD cbSize, flags; HCURSOR hCursor; POINT ptScreenPos; } CURSORINFO, *PCURSORINFO;
#define CURSOR_SHOWING 0x00000001
#define RT_CURSOR       1
#define RT_BITMAP       2
#define RT_ICON         3
#define RT_MENU         4
#define RT_DIALOG       5
#define RT_GROUP_CURSOR 12
#define RT_GROUP_ICON   14
#define IMAGE_BITMAP 0
#define IMAGE_ICON   1
#define IMAGE_CURSOR 2
#define LR_DEFAULTCOLOR     0x0000
#define LR_MONOCHROME       0x0001
#define LR_COPYRETURNORG    0x0004
#define LR_COPYDELETEORG    0x0008
#define LR_LOADFROMFILE     0x0010
#define LR_LOADTRANSPARENT  0x0020
#define LR_DEFAULTSIZE      0x0040
#define LR_VGACOLOR         0x0080
#define LR_LOADMAP3DCOLORS  0x1000
#define LR_CREATEDIBSECTION 0x2000
#define LR_COPYFROMRESOURCE 0x4000
#define LR_SHARED           0x8000
#define DI_MASK        0x0001
#define DI_IMAGE       0x0002
#define DI_NORMAL      0x0003
#define DI_COMPAT      0x0004
#define DI_DEFAULTSIZE 0x0008
#define DI_NOMIRROR    0x0010
#define IDI_APPLICATION MAKEINTRESOURCEW(32512)
#define IDI_HAND        MAKEINTRESOURCEW(32513)
#define IDI_QUESTION    MAKEINTRESOURCEW(32514)
#define IDI_EXCLAMATION MAKEINTRESOURCEW(32515)
#define IDI_ASTERISK    MAKEINTRESOURCEW(32516)
#define IDI_WINLOGO     MAKEINTRESOURCEW(32517)
#define IDI_SHIELD      MAKEINTRESOURCEW(32518)
#define IDI_WARNING     IDI_EXCLAMATION
#define IDI_ERROR       IDI_HAND
#define IDI_INFORMATION IDI_ASTERISK
#define IDC_ARROW       MAKEINTRESOURCEW(32512)
#define IDC_IBEAM       MAKEINTRESOURCEW(32513)
#define IDC_WAIT        MAKEINTRESOURCEW(32514)
#define IDC_CROSS       MAKEINTRESOURCEW(32515)
#define IDC_UPARROW     MAKEINTRESOURCEW(32516)
#define IDC_SIZE        MAKEINTRESOURCEW(32640)
#define IDC_ICON        MAKEINTRESOURCEW(32641)
#define IDC_SIZENWSE    MAKEINTRESOURCEW(32642)
#define IDC_SIZENESW    MAKEINTRESOURCEW(32643)
#define IDC_SIZEWE      MAKEINTRESOURCEW(32644)
#define IDC_SIZENS      MAKEINTRESOURCEW(32645)
#define IDC_SIZEALL     MAKEINTRESOURCEW(32646)
#define IDC_NO          MAKEINTRESOURCEW(32648)
#define IDC_HAND        MAKEINTRESOURCEW(32649)
#define IDC_APPSTARTING MAKEINTRESOURCEW(32650)
#define IDC_HELP        MAKEINTRESOURCEW(32651)
#define ICON_SMALL  0
#define ICON_BIG    1
#define ICON_SMALL2 2
WINUSERAPI HICON WINAPI CreateIconIndirect(PICONINFO);
WINUSERAPI HICON WINAPI CreateIconFromResourceEx(BYTE *, DWORD, BOOL, DWORD, INT, INT, UINT);
WINUSERAPI BOOL WINAPI DestroyIcon(HICON);
WINUSERAPI BOOL WINAPI DestroyCursor(HCURSOR);
WINUSERAPI BOOL WINAPI GetIconInfo(HICON, PICONINFO);
WINUSERAPI BOOL WINAPI DrawIconEx(HDC, INT, INT, HICON, INT, INT, UINT, HBRUSH, UINT);
WINUSERAPI HICON WINAPI LoadIconW(HINSTANCE, LPCWSTR);
WINUSERAPI HCURSOR WINAPI LoadCursorW(HINSTANCE, LPCWSTR);
WINUSERAPI HANDLE WINAPI LoadImageW(HINSTANCE, LPCWSTR, UINT, INT, INT, UINT);
WINUSERAPI HCURSOR WINAPI SetCursor(HCURSOR);
WINUSERAPI HCURSOR WINAPI GetCursor(void);

/* DrawEdge, DrawFrameControl, DrawFocusRect (dlls/user32/uitools.c) */
#define BDR_RAISEDOUTER 0x0001
#define BDR_SUNKENOUTER 0x0002
#define BDR_RAISEDINNER 0x0004
#define BDR_SUNKENINNER 0x0008
#define BDR_OUTER       0x0003
#define BDR_INNER       0x000c
#define BDR_RAISED      0x0005
#define BDR_SUNKEN      0x000a
#define EDGE_RAISED     (BDR_RAISEDOUTER | BDR_RAISEDINNER)
#define EDGE_SUNKEN     (BDR_SUNKENOUTER | BDR_SUNKENINNER)
#define EDGE_ETCHED     (BDR_SUNKENOUTER | BDR_RAISEDINNER)
#define EDGE_BUMP       (BDR_RAISEDOUTER | BDR_SUNKENINNER)
#define BF_LEFT         0x0001
#define BF_TOP          0x0002
#define BF_RIGHT        0x0004
#define BF_BOTTOM       0x0008
#define BF_TOPLEFT      (BF_TOP | BF_LEFT)
#define BF_TOPRIGHT     (BF_TOP | BF_RIGHT)
#define BF_BOTTOMLEFT   (BF_BOTTOM | BF_LEFT)
#define BF_BOTTOMRIGHT  (BF_BOTTOM | BF_RIGHT)
#define BF_RECT         (BF_LEFT | BF_TOP | BF_RIGHT | BF_BOTTOM)
#define BF_DIAGONAL     0x0010
#define BF_MIDDLE       0x0800
#define BF_SOFT         0x1000
#define BF_ADJUST       0x2000
#define BF_FLAT         0x4000
#define BF_MONO         0x8000
#define DFC_CAPTION     1
#define DFC_MENU        2
#define DFC_SCROLL      3
#define DFC_BUTTON      4
#define DFC_POPUPMENU   5
#define DFCS_CAPTIONCLOSE   0x0000
#define DFCS_CAPTIONMIN     0x0001
#define DFCS_CAPTIONMAX     0x0002
#define DFCS_CAPTIONRESTORE 0x0003
#define DFCS_CAPTIONHELP    0x0004
#define DFCS_SCROLLUP       0x0000
#define DFCS_SCROLLDOWN     0x0001
#define DFCS_SCROLLLEFT     0x0002
#define DFCS_SCROLLRIGHT    0x0003
#define DFCS_SCROLLCOMBOBOX 0x0005
#define DFCS_SCROLLSIZEGRIP 0x0008
#define DFCS_BUTTONCHECK    0x0000
#define DFCS_BUTTONRADIOIMAGE 0x0001
#define DFCS_BUTTONRADIOMASK  0x0002
#define DFCS_BUTTONRADIO    0x0004
#define DFCS_BUTTON3STATE   0x0008
#define DFCS_BUTTONPUSH     0x0010
#define DFCS_INACTIVE       0x0100
#define DFCS_PUSHED         0x0200
#define DFCS_CHECKED        0x0400
#define DFCS_TRANSPARENT    0x0800
#define DFCS_HOT            0x1000
#define DFCS_ADJUSTRECT     0x2000
#define DFCS_FLAT           0x4000
#define DFCS_MONO           0x8000
WINUSERAPI BOOL WINAPI DrawEdge(HDC, RECT *, UINT, UINT);
WINUSERAPI BOOL WINAPI DrawFocusRect(HDC, const RECT *);
WINUSERAPI BOOL WINAPI DrawFrameControl(HDC, RECT *, UINT, UINT);

/* ---- monitors, placement, window regions, MDI, WinHelp (monitor.c, placement.c, mdi.c) ---- */
#define MONITOR_DEFAULTTONULL    0
#define MONITOR_DEFAULTTOPRIMARY 1
#define MONITOR_DEFAULTTONEAREST 2
#define MONITORINFOF_PRIMARY     1
#ifndef CCHDEVICENAME
#define CCHDEVICENAME 32
#endif
typedef struct tagMONITORINFO { DWORD cbSize; RECT rcMonitor; RECT rcWork; DWORD dwFlags; } MONITORINFO, *LPMONITORINFO;
typedef struct tagMONITORINFOEXA { MONITORINFO info; CHAR szDevice[CCHDEVICENAME]; } MONITORINFOEXA;
typedef struct tagMONITORINFOEXW { MONITORINFO info; WCHAR szDevice[CCHDEVICENAME]; } MONITORINFOEXW;
typedef BOOL (CALLBACK *MONITORENUMPROC)(HMONITOR, HDC, RECT *, LPARAM);
WINUSERAPI HMONITOR WINAPI MonitorFromPoint(POINT, DWORD);
WINUSERAPI HMONITOR WINAPI MonitorFromRect(const RECT *, DWORD);
WINUSERAPI HMONITOR WINAPI MonitorFromWindow(HWND, DWORD);
WINUSERAPI BOOL WINAPI GetMonitorInfoA(HMONITOR, MONITORINFO *);
WINUSERAPI BOOL WINAPI GetMonitorInfoW(HMONITOR, MONITORINFO *);
WINUSERAPI BOOL WINAPI EnumDisplayMonitors(HDC, const RECT *, MONITORENUMPROC, LPARAM);

#define DISPLAY_DEVICE_ATTACHED_TO_DESKTOP 0x00000001
#define DISPLAY_DEVICE_PRIMARY_DEVICE      0x00000004
#define DISPLAY_DEVICE_ACTIVE              0x00000001
#define DISPLAY_DEVICE_ATTACHED            0x00000002
typedef struct _DISPLAY_DEVICEA { DWORD cb; CHAR DeviceName[32]; CHAR DeviceString[128]; DWORD StateFlags;
                                  CHAR DeviceID[128]; CHAR DeviceKey[128]; } DISPLAY_DEVICEA, *PDISPLAY_DEVICEA;
typedef struct _DISPLAY_DEVICEW { DWORD cb; WCHAR DeviceName[32]; WCHAR DeviceString[128]; DWORD StateFlags;
                                  WCHAR DeviceID[128]; WCHAR DeviceKey[128]; } DISPLAY_DEVICEW, *PDISPLAY_DEVICEW;
#define ENUM_CURRENT_SETTINGS  ((DWORD)-1)
#define ENUM_REGISTRY_SETTINGS ((DWORD)-2)
#define CDS_UPDATEREGISTRY 0x00000001
#define CDS_TEST           0x00000002
#define CDS_FULLSCREEN     0x00000004
#define DISP_CHANGE_SUCCESSFUL 0
#define DISP_CHANGE_RESTART    1
#define DISP_CHANGE_FAILED     (-1)
#define DISP_CHANGE_BADMODE    (-2)
#define DISP_CHANGE_BADFLAGS   (-4)
#define DISP_CHANGE_BADPARAM   (-5)

#define WPF_SETMINPOSITION       0x0001
#define WPF_RESTORETOMAXIMIZED   0x0002
#define WPF_ASYNCWINDOWPLACEMENT 0x0004
typedef struct tagWINDOWPLACEMENT { UINT length; UINT flags; UINT showCmd; POINT ptMinPosition;
                                    POINT ptMaxPosition; RECT rcNormalPosition; } WINDOWPLACEMENT, *LPWINDOWPLACEMENT;
WINUSERAPI BOOL WINAPI GetWindowPlacement(HWND, WINDOWPLACEMENT *);
WINUSERAPI BOOL WINAPI SetWindowPlacement(HWND, const WINDOWPLACEMENT *);
WINUSERAPI BOOL WINAPI CloseWindow(HWND);
WINUSERAPI BOOL WINAPI OpenIcon(HWND);
WINUSERAPI UINT WINAPI ArrangeIconicWindows(HWND);
WINUSERAPI INT WINAPI SetWindowRgn(HWND, HRGN, BOOL);
WINUSERAPI INT WINAPI GetWindowRgn(HWND, HRGN);
WINUSERAPI INT WINAPI GetWindowRgnBox(HWND, RECT *);
#define MDITILE_VERTICAL     0x0000
#define MDITILE_HORIZONTAL   0x0001
#define MDITILE_SKIPDISABLED 0x0002
#define MDITILE_ZORDER       0x0004
WINUSERAPI WORD WINAPI TileWindows(HWND, UINT, const RECT *, UINT, const HWND *);
WINUSERAPI WORD WINAPI CascadeWindows(HWND, UINT, const RECT *, UINT, const HWND *);

#define WM_MDICREATE      0x0220
#define WM_MDIDESTROY     0x0221
#define WM_MDIACTIVATE    0x0222
#define WM_MDIRESTORE     0x0223
#define WM_MDINEXT        0x0224
#define WM_MDIMAXIMIZE    0x0225
#define WM_MDITILE        0x0226
#define WM_MDICASCADE     0x0227
#define WM_MDIICONARRANGE 0x0228
#define WM_MDIGETACTIVE   0x0229
#define WM_MDISETMENU     0x0230
#define WM_MDIREFRESHMENU 0x0234
#define MDIS_ALLCHILDSTYLES 0x0001
#define SC_NEXTWINDOW 0xF040
#define SC_PREVWINDOW 0xF050
#define SC_ARRANGE    0xF110
#define SC_TASKLIST   0xF130
typedef struct tagCLIENTCREATESTRUCT { HANDLE hWindowMenu; UINT idFirstChild; } CLIENTCREATESTRUCT, *LPCLIENTCREATESTRUCT;
typedef struct tagMDICREATESTRUCTA { LPCSTR szClass; LPCSTR szTitle; HINSTANCE hOwner; INT x, y, cx, cy;
                                     DWORD style; LPARAM lParam; } MDICREATESTRUCTA, *LPMDICREATESTRUCTA;
typedef struct tagMDICREATESTRUCTW { LPCWSTR szClass; LPCWSTR szTitle; HINSTANCE hOwner; INT x, y, cx, cy;
                                     DWORD style; LPARAM lParam; } MDICREATESTRUCTW, *LPMDICREATESTRUCTW;
WINUSERAPI HWND WINAPI CreateMDIWindowA(LPCSTR, LPCSTR, DWORD, INT, INT, INT, INT, HWND, HINSTANCE, LPARAM);
WINUSERAPI HWND WINAPI CreateMDIWindowW(LPCWSTR, LPCWSTR, DWORD, INT, INT, INT, INT, HWND, HINSTANCE, LPARAM);
WINUSERAPI LRESULT WINAPI DefFrameProcA(HWND, HWND, UINT, WPARAM, LPARAM);
WINUSERAPI LRESULT WINAPI DefFrameProcW(HWND, HWND, UINT, WPARAM, LPARAM);
WINUSERAPI LRESULT WINAPI DefMDIChildProcA(HWND, UINT, WPARAM, LPARAM);
WINUSERAPI LRESULT WINAPI DefMDIChildProcW(HWND, UINT, WPARAM, LPARAM);
WINUSERAPI BOOL WINAPI TranslateMDISysAccel(HWND, MSG *);

#define HELP_CONTEXT      0x0001
#define HELP_QUIT         0x0002
#define HELP_INDEX        0x0003
#define HELP_CONTENTS     0x0003
#define HELP_HELPONHELP   0x0004
#define HELP_SETINDEX     0x0005
#define HELP_KEY          0x0101
#define HELP_FINDER       0x000b
WINUSERAPI BOOL WINAPI WinHelpA(HWND, LPCSTR, UINT, ULONG_PTR);
WINUSERAPI BOOL WINAPI WinHelpW(HWND, LPCWSTR, UINT, ULONG_PTR);

/* hooks (hook.c) */
typedef LRESULT (CALLBACK *HOOKPROC)(INT, WPARAM, LPARAM);
#define WH_MSGFILTER       (-1)
#define WH_JOURNALRECORD   0
#define WH_JOURNALPLAYBACK 1
#define WH_KEYBOARD        2
#define WH_GETMESSAGE      3
#define WH_CALLWNDPROC     4
#define WH_CBT             5
#define WH_SYSMSGFILTER    6
#define WH_MOUSE           7
#define WH_HARDWARE        8
#define WH_DEBUG           9
#define WH_SHELL           10
#define WH_FOREGROUNDIDLE  11
#define WH_CALLWNDPROCRET  12
#define WH_KEYBOARD_LL     13
#define WH_MOUSE_LL        14
#define WH_MIN             (-1)
#define WH_MAX             14
#define HC_ACTION          0
#define HC_GETNEXT         1
#define HC_SKIP            2
#define HC_NOREMOVE        3
#define HCBT_MOVESIZE      0
#define HCBT_MINMAX        1
#define HCBT_QS            2
#define HCBT_CREATEWND     3
#define HCBT_DESTROYWND    4
#define HCBT_ACTIVATE      5
#define HCBT_CLICKSKIPPED  6
#define HCBT_KEYSKIPPED    7
#define HCBT_SYSCOMMAND    8
#define HCBT_SETFOCUS      9
#define MSGF_DIALOGBOX     0
#define MSGF_MESSAGEBOX    1
#define MSGF_MENU          2
#define MSGF_SCROLLBAR     5
#define MSGF_NEXTWINDOW    6
#define MSGF_USER          4096
#define LLKHF_EXTENDED     0x01
#define LLKHF_INJECTED     0x10
#define LLKHF_ALTDOWN      0x20
#define LLKHF_UP           0x80
#define LLMHF_INJECTED     0x01
typedef struct tagCBT_CREATEWNDA { CREATESTRUCTA *lpcs; HWND hwndInsertAfter; } CBT_CREATEWNDA;
typedef struct tagCBT_CREATEWNDW { CREATESTRUCTW *lpcs; HWND hwndInsertAfter; } CBT_CREATEWNDW;
typedef struct tagCBTACTIVATESTRUCT { BOOL fMouse; HWND hWndActive; } CBTACTIVATESTRUCT;
typedef struct tagCWPSTRUCT { LPARAM lParam; WPARAM wParam; UINT message; HWND hwnd; } CWPSTRUCT;
typedef struct tagCWPRETSTRUCT { LRESULT lResult; LPARAM lParam; WPARAM wParam; UINT message; HWND hwnd; } CWPRETSTRUCT;
typedef struct tagMOUSEHOOKSTRUCT { POINT pt; HWND hwnd; UINT wHitTestCode; ULONG_PTR dwExtraInfo; } MOUSEHOOKSTRUCT;
typedef struct tagKBDLLHOOKSTRUCT { DWORD vkCode, scanCode, flags, time; ULONG_PTR dwExtraInfo; } KBDLLHOOKSTRUCT;
typedef struct tagMSLLHOOKSTRUCT { POINT pt; DWORD mouseData, flags, time; ULONG_PTR dwExtraInfo; } MSLLHOOKSTRUCT;
WINUSERAPI HHOOK WINAPI SetWindowsHookExA(INT, HOOKPROC, HINSTANCE, DWORD);
WINUSERAPI HHOOK WINAPI SetWindowsHookExW(INT, HOOKPROC, HINSTANCE, DWORD);
WINUSERAPI BOOL WINAPI UnhookWindowsHookEx(HHOOK);
WINUSERAPI LRESULT WINAPI CallNextHookEx(HHOOK, INT, WPARAM, LPARAM);
WINUSERAPI BOOL WINAPI CallMsgFilterA(MSG *, INT);
WINUSERAPI BOOL WINAPI CallMsgFilterW(MSG *, INT);

/* window stations and desktops (winsta.c) */
typedef HANDLE HWINSTA;
typedef HANDLE HDESK;
#define UOI_FLAGS 1
#define UOI_NAME  2
#define UOI_TYPE  3
#define WSF_VISIBLE 1
typedef struct tagUSEROBJECTFLAGS { BOOL fInherit; BOOL fReserved; DWORD dwFlags; } USEROBJECTFLAGS;
WINUSERAPI HWINSTA WINAPI GetProcessWindowStation(void);
WINUSERAPI HDESK WINAPI GetThreadDesktop(DWORD);
WINUSERAPI BOOL WINAPI GetUserObjectInformationW(HANDLE, INT, void *, DWORD, DWORD *);
WINUSERAPI UINT WINAPI GetDoubleClickTime(void);
WINUSERAPI BOOL WINAPI SetDoubleClickTime(UINT);
typedef struct tagWINDOWINFO { DWORD cbSize; RECT rcWindow, rcClient; DWORD dwStyle, dwExStyle, dwWindowStatus;
                               UINT cxWindowBorders, cyWindowBorders; ATOM atomWindowType; WORD wCreatorVersion; } WINDOWINFO;
#define WS_ACTIVECAPTION 0x0001
typedef struct tagMENUINFO { DWORD cbSize, fMask, dwStyle; UINT cyMax; HBRUSH hbrBack; DWORD dwContextHelpID;
                             ULONG_PTR dwMenuData; } MENUINFO;
#define MIM_MAXHEIGHT       0x00000001
#define MIM_BACKGROUND      0x00000002
#define MIM_HELPID          0x00000004
#define MIM_MENUDATA        0x00000008
#define MIM_STYLE           0x00000010
#define MIM_APPLYTOSUBMENUS 0x80000000
WINUSERAPI BOOL WINAPI GetWindowInfo(HWND, WINDOWINFO *);
/* wsprintf.c: Windows' own formats, 1024 units at most */
WINUSERAPI INT CDECL wsprintfA(LPSTR, LPCSTR, ...);
WINUSERAPI INT CDECL wsprintfW(LPWSTR, LPCWSTR, ...);
WINUSERAPI INT WINAPI wvsprintfA(LPSTR, LPCSTR, __builtin_ms_va_list);
WINUSERAPI INT WINAPI wvsprintfW(LPWSTR, LPCWSTR, __builtin_ms_va_list);

#endif
