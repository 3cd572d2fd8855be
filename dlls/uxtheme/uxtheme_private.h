/* uxtheme's internal declarations */
#ifndef WINRUN_UXTHEME_PRIVATE_H
#define WINRUN_UXTHEME_PRIVATE_H

#include "windef.h"
#include "winbase.h"
#include "winerror.h"
#include "wingdi.h"
#include "winuser.h"
#include "uxtheme.h"

#define UXTHEME_API DECLSPEC_EXPORT

/* user32 and gdi32 functions include/winuser.h and wingdi.h do not declare */
WINUSERAPI DWORD WINAPI GetSysColor(INT);
WINUSERAPI HBRUSH WINAPI GetSysColorBrush(INT);
WINUSERAPI INT WINAPI GetSystemMetrics(INT);
WINUSERAPI BOOL WINAPI SystemParametersInfoW(UINT, UINT, void *, UINT);
WINUSERAPI HANDLE WINAPI GetPropW(HWND, LPCWSTR);
WINUSERAPI BOOL WINAPI SetPropW(HWND, LPCWSTR, HANDLE);
WINUSERAPI BOOL WINAPI IsWindow(HWND);
WINUSERAPI HWND WINAPI GetParent(HWND);
WINUSERAPI BOOL WINAPI GetClientRect(HWND, RECT *);
WINUSERAPI INT WINAPI MapWindowPoints(HWND, HWND, POINT *, UINT);
WINUSERAPI BOOL WINAPI EnumChildWindows(HWND, BOOL (CALLBACK *)(HWND, LPARAM), LPARAM);
WINUSERAPI BOOL WINAPI IsRectEmpty(const RECT *);
WINBASEAPI BOOL WINAPI OffsetViewportOrgEx(HDC, INT, INT, POINT *);
WINBASEAPI BOOL WINAPI SetViewportOrgEx(HDC, INT, INT, POINT *);
WINBASEAPI BOOL WINAPI SetWindowOrgEx(HDC, INT, INT, POINT *);
WINBASEAPI INT WINAPI IntersectClipRect(HDC, INT, INT, INT, INT);
WINBASEAPI INT WINAPI SaveDC(HDC);
WINBASEAPI BOOL WINAPI RestoreDC(HDC, INT);
WINBASEAPI BOOL WINAPI BitBlt(HDC, INT, INT, INT, INT, HDC, INT, INT, DWORD);
WINBASEAPI HBITMAP WINAPI CreateCompatibleBitmap(HDC, INT, INT);
WINBASEAPI HGDIOBJ WINAPI GetCurrentObject(HDC, UINT);
WINBASEAPI BOOL WINAPI DeleteObject(HGDIOBJ);

#define WM_PRINTCLIENT  0x0318
#define WM_THEMECHANGED 0x031a
#define PRF_CLIENT      0x0004
#define SPI_GETICONTITLELOGFONT 0x001f
#define SPI_GETNONCLIENTMETRICS 0x0029

/* SystemParametersInfoW(SPI_GETNONCLIENTMETRICS); winuser.h lacks it */
typedef struct {
    UINT cbSize;
    INT iBorderWidth, iScrollWidth, iScrollHeight, iCaptionWidth, iCaptionHeight;
    LOGFONTW lfCaptionFont;
    INT iSmCaptionWidth, iSmCaptionHeight;
    LOGFONTW lfSmCaptionFont;
    INT iMenuWidth, iMenuHeight;
    LOGFONTW lfMenuFont, lfStatusFont, lfMessageFont;
    INT iPaddedBorderWidth;
} UXTHEME_NONCLIENTMETRICSW;

#endif
