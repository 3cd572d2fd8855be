/*
 * System metrics, colours and parameters: GetSystemMetrics, GetSysColor,
 * SystemParametersInfo, DPI queries.
 *
 * Values are those of Windows 10 at 96 DPI (100% scaling) with the default
 * theme. The screen size comes from the display driver; the headless one
 * reports 1024x768. The work area is the whole screen (no taskbar).
 */
#include <string.h>
#include "wingdi.h"   /* first: winuser.h then gives NONCLIENTMETRICS */
#include "user_private.h"

void sysparams_screen_size(INT *cx, INT *cy)
{
    user_driver()->screen_size(cx, cy);
}

void sysparams_work_area(RECT *rect)
{
    INT cx, cy;

    sysparams_screen_size(&cx, &cy);
    *rect = (RECT){ 0, 0, cx, cy };
}

WINUSERAPI INT WINAPI GetSystemMetrics(INT index)
{
    INT cx, cy;

    sysparams_screen_size(&cx, &cy);
    switch (index) {
    case 0: return cx;                 /* SM_CXSCREEN */
    case 1: return cy;                 /* SM_CYSCREEN */
    case 2: case 3: case 9: case 10: case 20: case 21: return 17;   /* scroll bars and thumbs */
    case 4: return 23;                 /* SM_CYCAPTION */
    case 5: case 6: return 1;          /* SM_CXBORDER, SM_CYBORDER */
    case 7: case 8: return 3;          /* SM_CXDLGFRAME (FIXEDFRAME) */
    case 11: case 12: case 13: case 14: return 32;   /* icons, cursors */
    case 15: return 20;                /* SM_CYMENU */
    case 16: return cx;                /* SM_CXFULLSCREEN */
    case 17: return cy - 23;           /* SM_CYFULLSCREEN */
    case 19: return 1;                 /* SM_MOUSEPRESENT */
    case 28: return 136;               /* SM_CXMIN */
    case 29: return 39;                /* SM_CYMIN */
    case 30: return 36;                /* SM_CXSIZE */
    case 31: return 22;                /* SM_CYSIZE */
    case 32: case 33: return 4;        /* SM_CXFRAME (SIZEFRAME) */
    case 34: return 136;               /* SM_CXMINTRACK */
    case 35: return 39;                /* SM_CYMINTRACK */
    case 36: case 37: return 4;        /* SM_CXDOUBLECLK */
    case 38: case 39: return 75;       /* icon spacing */
    case 43: return 5;                 /* SM_CMOUSEBUTTONS */
    case 45: case 46: return 2;        /* SM_CXEDGE */
    case 47: return 160;               /* SM_CXMINSPACING */
    case 48: return 28;                /* SM_CYMINSPACING */
    case 49: case 50: return 16;       /* small icons */
    case 51: return 23;                /* SM_CYSMCAPTION */
    case 52: case 53: return 22;       /* SM_CXSMSIZE */
    case 54: case 55: return 19;       /* SM_CXMENUSIZE */
    case 56: return 8;                 /* SM_ARRANGE */
    case 57: return 160;               /* SM_CXMINIMIZED */
    case 58: return 28;                /* SM_CYMINIMIZED */
    case 59: return cx + 2 * 8 + 10;   /* SM_CXMAXTRACK */
    case 60: return cy + 2 * 8 + 10;   /* SM_CYMAXTRACK */
    case 61: return cx + 2 * 8;        /* SM_CXMAXIMIZED */
    case 62: return cy + 2 * 8;        /* SM_CYMAXIMIZED */
    case 63: return 3;                 /* SM_NETWORK */
    case 68: case 69: return 4;        /* SM_CXDRAG */
    case 71: case 72: return 15;       /* SM_CXMENUCHECK */
    case 75: return 1;                 /* SM_MOUSEWHEELPRESENT */
    case 76: case 77: return 0;        /* SM_XVIRTUALSCREEN */
    case 78: return cx;                /* SM_CXVIRTUALSCREEN */
    case 79: return cy;
    case 80: return 1;                 /* SM_CMONITORS */
    case 81: return 1;                 /* SM_SAMEDISPLAYFORMAT */
    case 83: case 84: return 1;        /* SM_CXFOCUSBORDER */
    case 92: return 4;                 /* SM_CXPADDEDBORDER */
    }
    return 0;
}

WINUSERAPI INT WINAPI GetSystemMetricsForDpi(INT index, UINT dpi)
{
    (void)dpi;
    return GetSystemMetrics(index);
}

/* COLOR_SCROLLBAR .. COLOR_MENUBAR, as COLORREF (0x00BBGGRR); SetSysColors
 * changes them for the process (Windows: the session, until logoff) */
static COLORREF sys_colors[] = {
    0xC8C8C8, 0x000000, 0xD1B499, 0xDBCDBF, 0xF0F0F0, 0xFFFFFF, 0x646464, 0x000000,
    0x000000, 0x000000, 0xB4B4B4, 0xFCF7F4, 0xABABAB, 0xD77800, 0xFFFFFF, 0xF0F0F0,
    0xA0A0A0, 0x6D6D6D, 0x000000, 0x000000, 0xFFFFFF, 0x696969, 0xE3E3E3, 0x000000,
    0xE1FFFF, 0x000000, 0xCC6600, 0xEAD1B9, 0xF2E4D7, 0xFF9933, 0xF0F0F0,
};

WINUSERAPI DWORD WINAPI GetSysColor(INT index)
{
    if (index < 0 || index >= (INT)(sizeof(sys_colors) / sizeof(sys_colors[0]))) return 0;
    return __atomic_load_n(&sys_colors[index], __ATOMIC_RELAXED);
}

void nc_sys_color_changed(INT index);   /* nonclient.c: a new brush for it */

static BOOL CALLBACK redraw_one(HWND hwnd, LPARAM lp)
{
    (void)lp;
    RedrawWindow(hwnd, NULL, NULL, RDW_INVALIDATE | RDW_ERASE | RDW_FRAME | RDW_ALLCHILDREN);
    return TRUE;
}

/* New colours (unknown indices are skipped), then WM_SYSCOLORCHANGE to the
 * top-levels and a repaint of everything, as Windows does. */
WINUSERAPI BOOL WINAPI SetSysColors(INT count, const INT *indices, const COLORREF *values)
{
    if (count > 0 && (!indices || !values)) {
        SetLastError(ERROR_NOACCESS);
        return FALSE;
    }
    for (INT i = 0; i < count; i++) {
        if (indices[i] < 0 || indices[i] >= (INT)(sizeof(sys_colors) / sizeof(sys_colors[0]))) continue;
        __atomic_store_n(&sys_colors[indices[i]], values[i] & 0xffffff, __ATOMIC_RELAXED);
        nc_sys_color_changed(indices[i]);
    }
    SendMessageW(HWND_BROADCAST, WM_SYSCOLORCHANGE, 0, 0);
    EnumWindows(redraw_one, 0);
    return TRUE;
}

WINUSERAPI UINT WINAPI GetDpiForSystem(void) { return 96; }
WINUSERAPI UINT WINAPI GetDpiForWindow(HWND hwnd) { return IsWindow(hwnd) ? 96 : 0; }
WINUSERAPI BOOL WINAPI SetProcessDPIAware(void) { return TRUE; }
WINUSERAPI BOOL WINAPI IsProcessDPIAware(void) { return FALSE; }
WINUSERAPI BOOL WINAPI SetProcessDpiAwarenessContext(HANDLE context) { (void)context; return TRUE; }
WINUSERAPI HANDLE WINAPI SetThreadDpiAwarenessContext(HANDLE context)
{
    (void)context;
    return (HANDLE)(LONG_PTR)-1;   /* DPI_AWARENESS_CONTEXT_UNAWARE */
}

void sysparams_default_minmax(DWORD style, DWORD ex_style, MINMAXINFO *mmi)
{
    RECT in, work;

    sysparams_work_area(&work);
    winpos_nc_metrics(style, ex_style, FALSE, &in);
    in.top = in.left;   /* the frame only: a maximized caption stays on screen */
    mmi->ptMaxSize.x = work.right - work.left + in.left + in.right;
    mmi->ptMaxSize.y = work.bottom - work.top + in.top + in.bottom;
    mmi->ptMaxPosition.x = -in.left;
    mmi->ptMaxPosition.y = -in.top;
    mmi->ptMinTrackSize.x = GetSystemMetrics(34);
    mmi->ptMinTrackSize.y = GetSystemMetrics(35);
    mmi->ptMaxTrackSize.x = GetSystemMetrics(59);
    mmi->ptMaxTrackSize.y = GetSystemMetrics(60);
}

typedef struct { UINT cbSize; INT iHorzSpacing, iVertSpacing, iTitleWrap; LOGFONTW lfFont; } ICONMETRICSW;

/* The UI font of Windows 10: Segoe UI 9 pt */
static void ui_font(LOGFONTW *lf)
{
    memset(lf, 0, sizeof(*lf));
    lf->lfHeight = -12;
    lf->lfWeight = 400;
    lf->lfCharSet = 1;   /* DEFAULT_CHARSET */
    lf->lfQuality = 5;   /* CLEARTYPE_QUALITY */
    wcs_cpy(lf->lfFaceName, u"Segoe UI");
}

static void font_wtoa(const LOGFONTW *w, LOGFONTA *a)
{
    memcpy(a, w, offsetof(LOGFONTA, lfFaceName));
    WideCharToMultiByte(CP_ACP, 0, w->lfFaceName, -1, a->lfFaceName, LF_FACESIZE, NULL, NULL);
}

static void nonclient_metrics(NONCLIENTMETRICSW *m)
{
    m->iBorderWidth = 1;
    m->iScrollWidth = m->iScrollHeight = 17;
    m->iCaptionWidth = 36;
    m->iCaptionHeight = 22;
    ui_font(&m->lfCaptionFont);
    m->iSmCaptionWidth = m->iSmCaptionHeight = 22;
    ui_font(&m->lfSmCaptionFont);
    m->iMenuWidth = m->iMenuHeight = 19;
    ui_font(&m->lfMenuFont);
    ui_font(&m->lfStatusFont);
    ui_font(&m->lfMessageFont);
    m->iPaddedBorderWidth = 4;
}

#define SPI_GETBEEP 0x0001
#define SPI_GETMOUSE 0x0003
#define SPI_GETBORDER 0x0005
#define SPI_GETKEYBOARDSPEED 0x000A
#define SPI_ICONHORIZONTALSPACING 0x000D
#define SPI_GETSCREENSAVETIMEOUT 0x000E
#define SPI_GETSCREENSAVEACTIVE 0x0010
#define SPI_GETKEYBOARDDELAY 0x0016
#define SPI_ICONVERTICALSPACING 0x0018
#define SPI_GETICONTITLEWRAP 0x0019
#define SPI_GETMENUDROPALIGNMENT 0x001B
#define SPI_GETDRAGFULLWINDOWS 0x0026
#define SPI_GETICONMETRICS 0x002D
#define SPI_GETWORKAREA 0x0030
#define SPI_GETSHOWSOUNDS 0x0038
#define SPI_GETKEYBOARDPREF 0x0044
#define SPI_GETSCREENREADER 0x0046
#define SPI_GETFONTSMOOTHING 0x004A
#define SPI_GETSNAPTODEFBUTTON 0x005F
#define SPI_GETMOUSEHOVERWIDTH 0x0062
#define SPI_GETMOUSEHOVERHEIGHT 0x0064
#define SPI_GETMOUSEHOVERTIME 0x0066
#define SPI_GETWHEELSCROLLLINES 0x0068
#define SPI_GETMENUSHOWDELAY 0x006A
#define SPI_GETWHEELSCROLLCHARS 0x006C
#define SPI_GETMOUSESPEED 0x0070
#define SPI_GETSCREENSAVERRUNNING 0x0072
#define SPI_GETACTIVEWINDOWTRACKING 0x1000
#define SPI_GETMENUANIMATION 0x1002
#define SPI_GETCOMBOBOXANIMATION 0x1004
#define SPI_GETLISTBOXSMOOTHSCROLLING 0x1006
#define SPI_GETGRADIENTCAPTIONS 0x1008
#define SPI_GETKEYBOARDCUES 0x100A
#define SPI_GETHOTTRACKING 0x100E
#define SPI_GETMENUFADE 0x1012
#define SPI_GETSELECTIONFADE 0x1014
#define SPI_GETTOOLTIPANIMATION 0x1016
#define SPI_GETTOOLTIPFADE 0x1018
#define SPI_GETCURSORSHADOW 0x101A
#define SPI_GETFLATMENU 0x1022
#define SPI_GETDROPSHADOW 0x1024
#define SPI_GETUIEFFECTS 0x103E
#define SPI_GETCLIENTAREAANIMATION 0x1042
#define SPI_GETCLEARTYPE 0x1048
#define SPI_GETFOREGROUNDLOCKTIMEOUT 0x2000
#define SPI_GETCARETWIDTH 0x2006
#define SPI_GETFONTSMOOTHINGTYPE 0x200A
#define SPI_GETFOCUSBORDERWIDTH 0x200E
#define SPI_GETFOCUSBORDERHEIGHT 0x2010
#define SPI_GETFONTSMOOTHINGCONTRAST 0x200C

static BOOL put_uint(void *param, UINT value)
{
    if (!param) {
        SetLastError(ERROR_NOACCESS);
        return FALSE;
    }
    *(UINT *)param = value;
    return TRUE;
}

static BOOL put_bool(void *param, BOOL value) { return put_uint(param, value); }

/* Only the GET actions; settings are not changed (a program that sets one
 * gets TRUE and keeps seeing the default). */
static BOOL system_parameters(UINT action, UINT uparam, void *param, UINT flags, BOOL unicode)
{
    (void)flags;
    switch (action) {
    case SPI_GETBEEP: return put_bool(param, TRUE);
    case SPI_GETMOUSE:
        if (!param) return FALSE;
        ((INT *)param)[0] = 6;
        ((INT *)param)[1] = 10;
        ((INT *)param)[2] = 1;
        return TRUE;
    case SPI_GETBORDER: return put_uint(param, 1);
    case SPI_GETKEYBOARDSPEED: return put_uint(param, 31);
    case SPI_ICONHORIZONTALSPACING: case SPI_ICONVERTICALSPACING:
        if (param) *(INT *)param = 75;
        return TRUE;
    case SPI_GETSCREENSAVETIMEOUT: return put_uint(param, 0);
    case SPI_GETSCREENSAVEACTIVE: case SPI_GETSCREENSAVERRUNNING: return put_bool(param, FALSE);
    case SPI_GETKEYBOARDDELAY: return put_uint(param, 1);
    case SPI_GETICONTITLEWRAP: return put_bool(param, TRUE);
    case SPI_GETMENUDROPALIGNMENT: return put_bool(param, FALSE);
    case SPI_GETDRAGFULLWINDOWS: return put_bool(param, TRUE);
    case SPI_GETSHOWSOUNDS: case SPI_GETKEYBOARDPREF: case SPI_GETSCREENREADER: return put_bool(param, FALSE);
    case SPI_GETFONTSMOOTHING: return put_bool(param, TRUE);
    case SPI_GETSNAPTODEFBUTTON: return put_bool(param, FALSE);
    case SPI_GETMOUSEHOVERWIDTH: case SPI_GETMOUSEHOVERHEIGHT: return put_uint(param, 4);
    case SPI_GETMOUSEHOVERTIME: case SPI_GETMENUSHOWDELAY: return put_uint(param, 400);
    case SPI_GETWHEELSCROLLLINES: case SPI_GETWHEELSCROLLCHARS: return put_uint(param, 3);
    case SPI_GETMOUSESPEED: return put_uint(param, 10);
    case SPI_GETACTIVEWINDOWTRACKING: case SPI_GETFLATMENU: case SPI_GETKEYBOARDCUES: return put_bool(param, FALSE);
    case SPI_GETMENUANIMATION: case SPI_GETCOMBOBOXANIMATION: case SPI_GETLISTBOXSMOOTHSCROLLING:
    case SPI_GETGRADIENTCAPTIONS: case SPI_GETHOTTRACKING: case SPI_GETMENUFADE: case SPI_GETSELECTIONFADE:
    case SPI_GETTOOLTIPANIMATION: case SPI_GETTOOLTIPFADE: case SPI_GETCURSORSHADOW: case SPI_GETDROPSHADOW:
    case SPI_GETUIEFFECTS: case SPI_GETCLIENTAREAANIMATION: case SPI_GETCLEARTYPE:
        return put_bool(param, TRUE);
    case SPI_GETFOREGROUNDLOCKTIMEOUT: return put_uint(param, 200000);
    case SPI_GETCARETWIDTH: case SPI_GETFOCUSBORDERWIDTH: case SPI_GETFOCUSBORDERHEIGHT: return put_uint(param, 1);
    case SPI_GETFONTSMOOTHINGTYPE: return put_uint(param, 2);   /* FE_FONTSMOOTHINGCLEARTYPE */
    case SPI_GETFONTSMOOTHINGCONTRAST: return put_uint(param, 1200);
    case SPI_GETWORKAREA:
        if (!param) return FALSE;
        sysparams_work_area(param);
        return TRUE;
    case SPI_GETICONTITLELOGFONT: {
        LOGFONTW lf;
        if (!param) return FALSE;
        ui_font(&lf);
        if (unicode) *(LOGFONTW *)param = lf;
        else font_wtoa(&lf, param);
        return TRUE;
    }
    case SPI_GETNONCLIENTMETRICS: {
        NONCLIENTMETRICSW m;
        UINT size = param ? *(UINT *)param : 0;
        /* the size with or without iPaddedBorderWidth (before Vista) */
        UINT full = unicode ? sizeof(NONCLIENTMETRICSW) : sizeof(NONCLIENTMETRICSA);
        if (!param || (size != full && size != full - sizeof(INT)) || (uparam && uparam != size)) {
            SetLastError(ERROR_INVALID_PARAMETER);
            return FALSE;
        }
        nonclient_metrics(&m);
        if (unicode) {
            m.cbSize = size;
            memcpy(param, &m, size);
        } else {
            NONCLIENTMETRICSA a;
            memcpy(&a, &m, offsetof(NONCLIENTMETRICSA, lfCaptionFont));
            font_wtoa(&m.lfCaptionFont, &a.lfCaptionFont);
            a.iSmCaptionWidth = m.iSmCaptionWidth;
            a.iSmCaptionHeight = m.iSmCaptionHeight;
            font_wtoa(&m.lfSmCaptionFont, &a.lfSmCaptionFont);
            a.iMenuWidth = m.iMenuWidth;
            a.iMenuHeight = m.iMenuHeight;
            font_wtoa(&m.lfMenuFont, &a.lfMenuFont);
            font_wtoa(&m.lfStatusFont, &a.lfStatusFont);
            font_wtoa(&m.lfMessageFont, &a.lfMessageFont);
            a.iPaddedBorderWidth = m.iPaddedBorderWidth;
            a.cbSize = size;
            memcpy(param, &a, size);
        }
        return TRUE;
    }
    case SPI_GETICONMETRICS: {
        ICONMETRICSW *m = param;
        if (!m || !unicode || m->cbSize != sizeof(*m)) {
            SetLastError(ERROR_INVALID_PARAMETER);
            return FALSE;
        }
        m->iHorzSpacing = m->iVertSpacing = 75;
        m->iTitleWrap = TRUE;
        ui_font(&m->lfFont);
        return TRUE;
    }
    }
    /* SET actions (odd numbers mostly) and unknown ones */
    SetLastError(ERROR_INVALID_PARAMETER);
    return FALSE;
}

WINUSERAPI BOOL WINAPI SystemParametersInfoW(UINT action, UINT uparam, void *param, UINT flags)
{
    return system_parameters(action, uparam, param, flags, TRUE);
}

WINUSERAPI BOOL WINAPI SystemParametersInfoA(UINT action, UINT uparam, void *param, UINT flags)
{
    return system_parameters(action, uparam, param, flags, FALSE);
}

WINUSERAPI BOOL WINAPI SystemParametersInfoForDpi(UINT action, UINT uparam, void *param, UINT flags, UINT dpi)
{
    (void)dpi;
    return system_parameters(action, uparam, param, flags, TRUE);
}

/* The UI font (Segoe UI 9 pt) for what user32 draws itself: menus. */
void sysparams_ui_font(void *lf)
{
    ui_font(lf);
}

/* The double-click time, for the whole process (Windows: the session);
 * the driver's double-click detection reads it. */
static UINT double_click_ms = 500;

WINUSERAPI UINT WINAPI GetDoubleClickTime(void)
{
    return __atomic_load_n(&double_click_ms, __ATOMIC_RELAXED);
}

/* 0 restores the default; Windows keeps at most 5000 ms */
WINUSERAPI BOOL WINAPI SetDoubleClickTime(UINT ms)
{
    if (!ms) ms = 500;
    if (ms > 5000) ms = 5000;
    __atomic_store_n(&double_click_ms, ms, __ATOMIC_RELAXED);
    return TRUE;
}
