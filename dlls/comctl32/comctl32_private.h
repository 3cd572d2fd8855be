/* comctl32's internal interfaces: the control classes and shared drawing. */
#ifndef WINRUN_COMCTL32_PRIVATE_H
#define WINRUN_COMCTL32_PRIVATE_H

#include "commctrl.h"
#include "winbase.h"
#include "winerror.h"

/* user32 and gdi32 functions include/winuser.h and wingdi.h do not declare */
WINUSERAPI BOOL WINAPI GetWindowRect(HWND, RECT *);
WINUSERAPI BOOL WINAPI GetClientRect(HWND, RECT *);
WINUSERAPI BOOL WINAPI SubtractRect(RECT *, const RECT *, const RECT *);
WINUSERAPI INT WINAPI MapWindowPoints(HWND, HWND, POINT *, UINT);
WINUSERAPI INT WINAPI DrawTextW(HDC, LPCWSTR, INT, RECT *, UINT);
WINUSERAPI HBRUSH WINAPI GetSysColorBrush(INT);
WINUSERAPI DWORD WINAPI GetSysColor(INT);
WINUSERAPI BOOL WINAPI OffsetRect(RECT *, INT, INT);
WINUSERAPI BOOL WINAPI SetRect(RECT *, INT, INT, INT, INT);
WINUSERAPI HWND WINAPI CreateWindowExW(DWORD, LPCWSTR, LPCWSTR, DWORD, INT, INT, INT, INT, HWND, HMENU,
                                       HINSTANCE, void *);
WINUSERAPI LONG WINAPI GetWindowLongW(HWND, INT);
WINUSERAPI LONG WINAPI SetWindowLongW(HWND, INT, LONG);
WINUSERAPI LRESULT WINAPI DefWindowProcW(HWND, UINT, WPARAM, LPARAM);
WINUSERAPI ATOM WINAPI RegisterClassExW(const WNDCLASSEXW *);
WINUSERAPI BOOL WINAPI MoveWindow(HWND, INT, INT, INT, INT, BOOL);
WINUSERAPI HWND WINAPI GetParent(HWND);
WINUSERAPI HWND WINAPI SetCapture(HWND);
WINUSERAPI BOOL WINAPI ReleaseCapture(void);
WINUSERAPI HWND WINAPI GetCapture(void);
WINUSERAPI BOOL WINAPI IsWindowVisible(HWND);
WINUSERAPI INT WINAPI GetSystemMetrics(INT);
WINBASEAPI INT WINAPI GetObjectW(HGDIOBJ, INT, void *);
WINBASEAPI INT WINAPI GetDIBits(HDC, HBITMAP, UINT, UINT, void *, BITMAPINFO *, UINT);
WINBASEAPI BOOL WINAPI BitBlt(HDC, INT, INT, INT, INT, HDC, INT, INT, DWORD);
WINBASEAPI HBITMAP WINAPI CreateBitmap(INT, INT, UINT, UINT, const void *);
WINUSERAPI HANDLE WINAPI LoadImageA(HINSTANCE, LPCSTR, UINT, INT, INT, UINT);
WINBASEAPI COLORREF WINAPI SetBkColor(HDC, COLORREF);
WINBASEAPI INT WINAPI SetBkMode(HDC, INT);
WINBASEAPI COLORREF WINAPI SetTextColor(HDC, COLORREF);
/* for the tree view */
WINBASEAPI INT WINAPI lstrcmpiW(LPCWSTR, LPCWSTR);
WINBASEAPI DWORD WINAPI GetTickCount(void);
WINBASEAPI BOOL WINAPI SetPixelV(HDC, INT, INT, COLORREF);
WINUSERAPI BOOL WINAPI IsWindowUnicode(HWND);

/* more of user32 for subclass.c, updown.c, trackbar.c, tab.c, tooltips.c */
WINUSERAPI HANDLE WINAPI GetPropW(HWND, LPCWSTR);
WINUSERAPI BOOL WINAPI SetPropW(HWND, LPCWSTR, HANDLE);
WINUSERAPI HANDLE WINAPI RemovePropW(HWND, LPCWSTR);
WINUSERAPI BOOL WINAPI IsWindowUnicode(HWND);
WINUSERAPI LONG_PTR WINAPI SetWindowLongPtrA(HWND, INT, LONG_PTR);
WINUSERAPI LRESULT WINAPI DefWindowProcA(HWND, UINT, WPARAM, LPARAM);
WINUSERAPI LRESULT WINAPI CallWindowProcA(WNDPROC, HWND, UINT, WPARAM, LPARAM);
WINUSERAPI LRESULT WINAPI CallWindowProcW(WNDPROC, HWND, UINT, WPARAM, LPARAM);
WINUSERAPI HWND WINAPI GetWindow(HWND, UINT);
WINUSERAPI INT WINAPI GetClassNameW(HWND, LPWSTR, INT);
WINUSERAPI INT WINAPI GetWindowTextW(HWND, LPWSTR, INT);
WINUSERAPI BOOL WINAPI SetWindowPos(HWND, HWND, INT, INT, INT, INT, UINT);
WINUSERAPI BOOL WINAPI IsWindowEnabled(HWND);
WINUSERAPI UINT_PTR WINAPI SetTimer(HWND, UINT_PTR, UINT, void *);
WINUSERAPI BOOL WINAPI KillTimer(HWND, UINT_PTR);
WINUSERAPI SHORT WINAPI GetKeyState(INT);
WINUSERAPI HWND WINAPI GetFocus(void);
WINUSERAPI BOOL WINAPI GetCursorPos(POINT *);
WINUSERAPI BOOL WINAPI ScreenToClient(HWND, POINT *);
WINUSERAPI BOOL WINAPI ClientToScreen(HWND, POINT *);
WINBASEAPI DWORD WINAPI GetTickCount(void);

#ifndef WM_PRINTCLIENT
#define WM_PRINTCLIENT 0x0318
#endif

/* the module's instance, classes are registered with it (main.c) */
extern HINSTANCE comctl32_instance;

/* the controls' window procedures, registered by main.c */
LRESULT WINAPI status_proc(HWND hwnd, UINT msg, WPARAM wparam, LPARAM lparam);
LRESULT WINAPI progress_proc(HWND hwnd, UINT msg, WPARAM wparam, LPARAM lparam);
LRESULT WINAPI toolbar_proc(HWND hwnd, UINT msg, WPARAM wparam, LPARAM lparam);
LRESULT WINAPI updown_proc(HWND hwnd, UINT msg, WPARAM wparam, LPARAM lparam);
LRESULT WINAPI trackbar_proc(HWND hwnd, UINT msg, WPARAM wparam, LPARAM lparam);
LRESULT WINAPI tab_proc(HWND hwnd, UINT msg, WPARAM wparam, LPARAM lparam);
LRESULT WINAPI tooltips_proc(HWND hwnd, UINT msg, WPARAM wparam, LPARAM lparam);
LRESULT WINAPI treeview_proc(HWND hwnd, UINT msg, WPARAM wparam, LPARAM lparam);
LRESULT WINAPI header_proc(HWND hwnd, UINT msg, WPARAM wparam, LPARAM lparam);
LRESULT WINAPI listview_proc(HWND hwnd, UINT msg, WPARAM wparam, LPARAM lparam);

/* the toolbar's tooltip (toolbar_tips.c) */
HWND toolbar_tips_create(HWND toolbar);
void toolbar_tips_clear(HWND tooltip, HWND toolbar);
void toolbar_tips_add(HWND tooltip, HWND toolbar, INT id, const RECT *rc);
void toolbar_tips_relay(HWND tooltip, HWND toolbar, UINT msg, WPARAM wparam, LPARAM lparam);
LRESULT toolbar_tips_forward(HWND parent, NMHDR *hdr);

/* image lists (imagelist.c): the toolbar draws its buttons' images with them */
COMCTL32API HIMAGELIST WINAPI ImageList_Create(INT cx, INT cy, UINT flags, INT initial, INT grow);
COMCTL32API BOOL WINAPI ImageList_Destroy(HIMAGELIST himl);
COMCTL32API INT WINAPI ImageList_AddMasked(HIMAGELIST himl, HBITMAP bitmap, COLORREF mask);
COMCTL32API INT WINAPI ImageList_GetImageCount(HIMAGELIST himl);
COMCTL32API BOOL WINAPI ImageList_SetImageCount(HIMAGELIST himl, UINT count);
COMCTL32API BOOL WINAPI ImageList_GetIconSize(HIMAGELIST himl, INT *cx, INT *cy);
COMCTL32API BOOL WINAPI ImageList_SetIconSize(HIMAGELIST himl, INT cx, INT cy);
COMCTL32API BOOL WINAPI ImageList_Draw(HIMAGELIST himl, INT i, HDC hdc, INT x, INT y, UINT style);
/* draw image I grayed and embossed, as disabled toolbar buttons are */
void imagelist_draw_disabled(HIMAGELIST himl, INT i, HDC hdc, INT x, INT y);

/* the control's state pointer, kept in its first extra bytes */
void *control_data(HWND hwnd);
void control_set_data(HWND hwnd, void *data);

/* 3D edges drawn with the system colours: RAISED or sunken, one pixel */
void draw_edge(HDC hdc, const RECT *rc, BOOL raised);
void fill_color(HDC hdc, const RECT *rc, COLORREF color);
/* a fresh NUL-terminated UTF-16 copy of an ANSI or UTF-16 string (malloc) */
WCHAR *str_dup_aw(const void *str, BOOL unicode);
/* copy TEXT to an ANSI or UTF-16 buffer without a size limit (the
 * messages that take none); returns the length in that encoding */
INT str_copy_out(const WCHAR *text, void *buf, BOOL unicode);
/* the length of TEXT in the ANSI or UTF-16 encoding */
INT str_len_aw(const WCHAR *text, BOOL unicode);

#endif
