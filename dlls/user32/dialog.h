/* Calls between the dialog manager and the controls (dialog.c, dlgnav.c,
 * button.c, static.c, msgbox.c), and the user32 exports they use that
 * user_private.h does not declare. */
#ifndef WINRUN_USER_DIALOG_H
#define WINRUN_USER_DIALOG_H

#include "user_private.h"
#include "wingdi.h"

#define EM_SETSEL      0x00B1
#define MSGF_DIALOGBOX 0

/* a dialog's state, kept in a property of the dialog window */
struct dialog_info {
    HFONT font;          /* from the template; deleted with the dialog */
    INT base_x, base_y;  /* dialog base units: average char width, height */
    UINT def_id;         /* DM_SETDEFID's id, 0 = none */
    HWND focus;          /* the control to give the focus back to on activation */
    BOOL modal, ended;
    INT_PTR result;
    BOOL unicode;        /* the DLGPROC takes W messages */
};
struct dialog_info *dialog_get_info(HWND hwnd);   /* NULL if HWND is no dialog */
/* a control's background: WM_CTLCOLOR* to the parent, or the 3D face with default colours */
HBRUSH dialog_control_brush(HWND hwnd, HDC hdc, UINT msg);
/* base units of FONT (NULL: the system font) as Windows computes them */
void dialog_font_units(HFONT font, INT *cx, INT *cy);
void dialog_set_focus(HWND dlg, HWND ctrl);       /* WM_NEXTDLGCTL's work */
LRESULT listbox_dir(HWND list, UINT attrib, const WCHAR *spec);   /* LB_DIR's work (dlgdir.c) */

WINUSERAPI HWND WINAPI GetParent(HWND);
WINUSERAPI LRESULT WINAPI DefWindowProcA(HWND, UINT, WPARAM, LPARAM);
WINUSERAPI BOOL WINAPI SetPropW(HWND, LPCWSTR, HANDLE);
WINUSERAPI HANDLE WINAPI GetPropW(HWND, LPCWSTR);
WINUSERAPI HANDLE WINAPI RemovePropW(HWND, LPCWSTR);
WINUSERAPI BOOL WINAPI GetMessageW(MSG *, HWND, UINT, UINT);
WINUSERAPI BOOL WINAPI PeekMessageW(MSG *, HWND, UINT, UINT, UINT);
WINUSERAPI BOOL WINAPI TranslateMessage(const MSG *);
WINUSERAPI LRESULT WINAPI DispatchMessageW(const MSG *);
WINUSERAPI void WINAPI PostQuitMessage(INT);
WINUSERAPI HWND WINAPI SetCapture(HWND);
WINUSERAPI HWND WINAPI GetCapture(void);
WINUSERAPI SHORT WINAPI GetKeyState(INT);
WINUSERAPI LONG WINAPI SetWindowLongW(HWND, INT, LONG);
WINUSERAPI HWND WINAPI CreateWindowExW(DWORD, LPCWSTR, LPCWSTR, DWORD, INT, INT, INT, INT, HWND, HMENU, HINSTANCE, LPVOID);
WINUSERAPI BOOL WINAPI AdjustWindowRectEx(RECT *, DWORD, BOOL, DWORD);
WINUSERAPI BOOL WINAPI ScreenToClient(HWND, POINT *);
WINUSERAPI INT WINAPI GetWindowTextW(HWND, LPWSTR, INT);
WINUSERAPI INT WINAPI DrawTextW(HDC, LPCWSTR, INT, RECT *, UINT);
WINUSERAPI HBRUSH WINAPI GetSysColorBrush(INT);
WINUSERAPI DWORD WINAPI GetSysColor(INT);
WINBASEAPI INT WINAPI MulDiv(INT, INT, INT);
WINBASEAPI INT WINAPI LoadStringW(HINSTANCE, UINT, LPWSTR, INT);
WINUSERAPI LRESULT WINAPI DispatchMessageA(const MSG *);
WINUSERAPI BOOL WINAPI SetRect(RECT *, INT, INT, INT, INT);

/* a control's notification: WM_COMMAND to its parent with its id and CODE */
static inline void control_notify(HWND hwnd, WORD code)
{
    HWND parent = GetParent(hwnd);
    if (parent) SendMessageW(parent, WM_COMMAND, MAKELONG(GetDlgCtrlID(hwnd), code), (LPARAM)hwnd);
}

#endif
