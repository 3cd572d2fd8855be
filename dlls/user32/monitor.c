/*
 * Monitors and display modes: MonitorFromPoint/Rect/Window,
 * GetMonitorInfo, EnumDisplayMonitors, EnumDisplayDevices,
 * EnumDisplaySettings(Ex), ChangeDisplaySettings(Ex).
 *
 * There is one monitor, the screen the display driver reports (headless:
 * the default size GetSystemMetrics uses), at 0,0, primary, named
 * \\.\DISPLAY1. Its work area is sysparams_work_area's (the whole screen:
 * the driver reports no taskbar). It has one mode, its current one at 32
 * bits a pixel and 60 Hz; ChangeDisplaySettings accepts only that mode.
 */
#include <stdlib.h>
#include <string.h>
#include "user_private.h"
#include "wingdi.h"
#include "gdiload.h"

/* the one monitor's handle: any non-zero value no other object uses */
#define PRIMARY_MONITOR ((HMONITOR)(UINT_PTR)0x10001)

static const WCHAR device_name[] = u"\\\\.\\DISPLAY1";
static const WCHAR adapter_string[] = u"winrun display";
static const WCHAR monitor_name[] = u"\\\\.\\DISPLAY1\\Monitor0";
static const WCHAR monitor_string[] = u"Generic PnP Monitor";

WINUSERAPI BOOL WINAPI IsIconic(HWND);
#ifndef ERROR_INVALID_MONITOR_HANDLE
#define ERROR_INVALID_MONITOR_HANDLE 1461
#endif

static RECT screen_rect(void)
{
    INT cx, cy;

    sysparams_screen_size(&cx, &cy);
    return (RECT){ 0, 0, cx, cy };
}

static HMONITOR default_monitor(DWORD flags)
{
    return flags == MONITOR_DEFAULTTONULL ? NULL : PRIMARY_MONITOR;
}

WINUSERAPI HMONITOR WINAPI MonitorFromPoint(POINT pt, DWORD flags)
{
    RECT screen = screen_rect();

    if (pt.x >= screen.left && pt.x < screen.right && pt.y >= screen.top && pt.y < screen.bottom)
        return PRIMARY_MONITOR;
    return default_monitor(flags);
}

WINUSERAPI HMONITOR WINAPI MonitorFromRect(const RECT *rect, DWORD flags)
{
    RECT screen = screen_rect(), both;

    if (!rect) return default_monitor(flags);
    /* an empty rectangle is its top-left point */
    if (rect->left >= rect->right || rect->top >= rect->bottom) {
        POINT pt = { rect->left, rect->top };
        return MonitorFromPoint(pt, flags);
    }
    if (IntersectRect(&both, rect, &screen)) return PRIMARY_MONITOR;
    return default_monitor(flags);
}

WINUSERAPI HMONITOR WINAPI MonitorFromWindow(HWND hwnd, DWORD flags)
{
    WINDOWPLACEMENT wp;
    RECT rect;

    /* a minimized window counts where it will be restored */
    if (IsIconic(hwnd) && GetWindowPlacement(hwnd, &wp)) return MonitorFromRect(&wp.rcNormalPosition, flags);
    if (!GetWindowRect(hwnd, &rect)) return default_monitor(flags);
    return MonitorFromRect(&rect, flags);
}

static BOOL monitor_info(HMONITOR monitor, MONITORINFO *info, BOOL unicode)
{
    if (monitor != PRIMARY_MONITOR) {
        SetLastError(ERROR_INVALID_MONITOR_HANDLE);
        return FALSE;
    }
    if (!info || (info->cbSize != sizeof(MONITORINFO) && info->cbSize != sizeof(MONITORINFOEXW) - (unicode ? 0 : CCHDEVICENAME))) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return FALSE;
    }
    info->rcMonitor = screen_rect();
    sysparams_work_area(&info->rcWork);
    info->dwFlags = MONITORINFOF_PRIMARY;
    if (info->cbSize == sizeof(MONITORINFO)) return TRUE;
    if (unicode) memcpy(((MONITORINFOEXW *)info)->szDevice, device_name, sizeof(device_name));
    else for (size_t i = 0; i < sizeof(device_name) / sizeof(WCHAR); i++)
        ((MONITORINFOEXA *)info)->szDevice[i] = (CHAR)device_name[i];
    return TRUE;
}

WINUSERAPI BOOL WINAPI GetMonitorInfoW(HMONITOR monitor, MONITORINFO *info) { return monitor_info(monitor, info, TRUE); }
WINUSERAPI BOOL WINAPI GetMonitorInfoA(HMONITOR monitor, MONITORINFO *info) { return monitor_info(monitor, info, FALSE); }

/* The monitor's part of CLIP and, with HDC, of the DC's clip box (a
 * screen DC's is the screen). Limit: a window DC's coordinates are taken
 * as the screen's; Windows offsets the monitor to the DC's origin. */
WINUSERAPI BOOL WINAPI EnumDisplayMonitors(HDC hdc, const RECT *clip, MONITORENUMPROC proc, LPARAM lp)
{
    RECT rect = screen_rect(), limit;

    if (!proc) return FALSE;
    if (hdc) {
        const struct user_gdi *g = user_gdi();
        if (dce_is_window_dc(hdc) && g && g->get_clip_box(hdc, &limit) != ERROR && !IntersectRect(&rect, &rect, &limit))
            return TRUE;
    }
    if (clip && !IntersectRect(&rect, &rect, clip)) return TRUE;
    proc(PRIMARY_MONITOR, hdc, &rect, lp);
    return TRUE;
}

/* ---- display devices ---- */

static void copy_wa(void *dst, const WCHAR *src, size_t count, BOOL unicode)
{
    if (unicode) {
        memcpy(dst, src, (wcs_len(src) + 1) * sizeof(WCHAR));
        return;
    }
    size_t i;
    for (i = 0; src[i] && i + 1 < count; i++) ((CHAR *)dst)[i] = (CHAR)src[i];
    ((CHAR *)dst)[i] = 0;
}

static BOOL is_our_device(const WCHAR *name)
{
    return !name || !wcs_icmp(name, device_name);
}

/* DISPLAY_DEVICEA/W share offsets up to the character size */
static BOOL display_device(const WCHAR *device, DWORD index, void *info, BOOL unicode)
{
    DWORD cb = *(DWORD *)info;
    BOOL adapter = device == NULL;
    const WCHAR *name, *string;

    if (index != 0 || !is_our_device(device)) return FALSE;
    if (cb < offsetof(DISPLAY_DEVICEA, DeviceName)) return FALSE;
    name = adapter ? device_name : monitor_name;
    string = adapter ? adapter_string : monitor_string;
    if (unicode) {
        DISPLAY_DEVICEW *d = info;
        DWORD size = cb < sizeof(*d) ? cb : sizeof(*d);
        memset((BYTE *)d + sizeof(DWORD), 0, size - sizeof(DWORD));
        if (cb >= offsetof(DISPLAY_DEVICEW, DeviceString)) copy_wa(d->DeviceName, name, 32, TRUE);
        if (cb >= offsetof(DISPLAY_DEVICEW, StateFlags)) copy_wa(d->DeviceString, string, 128, TRUE);
        if (cb >= offsetof(DISPLAY_DEVICEW, DeviceID))
            d->StateFlags = adapter ? DISPLAY_DEVICE_ATTACHED_TO_DESKTOP | DISPLAY_DEVICE_PRIMARY_DEVICE
                                    : DISPLAY_DEVICE_ACTIVE | DISPLAY_DEVICE_ATTACHED;
    } else {
        DISPLAY_DEVICEA *d = info;
        DWORD size = cb < sizeof(*d) ? cb : sizeof(*d);
        memset((BYTE *)d + sizeof(DWORD), 0, size - sizeof(DWORD));
        if (cb >= offsetof(DISPLAY_DEVICEA, DeviceString)) copy_wa(d->DeviceName, name, 32, FALSE);
        if (cb >= offsetof(DISPLAY_DEVICEA, StateFlags)) copy_wa(d->DeviceString, string, 128, FALSE);
        if (cb >= offsetof(DISPLAY_DEVICEA, DeviceID))
            d->StateFlags = adapter ? DISPLAY_DEVICE_ATTACHED_TO_DESKTOP | DISPLAY_DEVICE_PRIMARY_DEVICE
                                    : DISPLAY_DEVICE_ACTIVE | DISPLAY_DEVICE_ATTACHED;
    }
    return TRUE;
}

WINUSERAPI BOOL WINAPI EnumDisplayDevicesW(LPCWSTR device, DWORD index, DISPLAY_DEVICEW *info, DWORD flags)
{
    (void)flags;
    return info && display_device(device, index, info, TRUE);
}

WINUSERAPI BOOL WINAPI EnumDisplayDevicesA(LPCSTR device, DWORD index, DISPLAY_DEVICEA *info, DWORD flags)
{
    WCHAR *w = user_strdup_atow(device);
    BOOL ret;

    (void)flags;
    ret = info && (!device || w) && display_device(w, index, info, FALSE);
    free(w);
    return ret;
}

/* ---- display modes ---- */

/* the fields from dmBitsPerPel on, at their offset in a DEVMODEA or W */
static void fill_mode(void *mode, size_t tail, WORD size, BOOL unicode)
{
    INT cx, cy;
    DWORD *tail_fields = (DWORD *)((BYTE *)mode + tail);

    sysparams_screen_size(&cx, &cy);
    /* dmBitsPerPel, dmPelsWidth, dmPelsHeight, dmDisplayFlags, dmDisplayFrequency */
    tail_fields[0] = 32;
    tail_fields[1] = cx;
    tail_fields[2] = cy;
    tail_fields[3] = 0;
    tail_fields[4] = 60;
    /* the same fields at other offsets in the two layouts */
#define FILL_HEAD(m, unicode_name) do { \
        copy_wa((m)->dmDeviceName, u"winrun", CCHDEVICENAME, unicode_name); \
        (m)->dmSpecVersion = (m)->dmDriverVersion = DM_SPECVERSION; \
        (m)->dmSize = size; \
        (m)->dmDriverExtra = 0; \
        (m)->dmFields = DM_BITSPERPEL | DM_PELSWIDTH | DM_PELSHEIGHT | DM_DISPLAYFLAGS | DM_DISPLAYFREQUENCY | \
                        DM_POSITION | DM_DISPLAYORIENTATION | DM_DISPLAYFIXEDOUTPUT; \
        (m)->dmPosition.x = (m)->dmPosition.y = 0; \
        (m)->dmDisplayOrientation = (m)->dmDisplayFixedOutput = 0; \
    } while (0)
    if (unicode) FILL_HEAD((DEVMODEW *)mode, TRUE);
    else FILL_HEAD((DEVMODEA *)mode, FALSE);
#undef FILL_HEAD
}

static BOOL enum_settings(const WCHAR *device, DWORD mode_num, void *mode, BOOL unicode)
{
    if (!mode || !is_our_device(device)) return FALSE;
    /* one mode: the current one, also as mode 0 and the registry's */
    if (mode_num != ENUM_CURRENT_SETTINGS && mode_num != ENUM_REGISTRY_SETTINGS && mode_num != 0) {
        SetLastError(ERROR_NO_MORE_FILES);
        return FALSE;
    }
    if (unicode) fill_mode(mode, offsetof(DEVMODEW, dmBitsPerPel), sizeof(DEVMODEW), TRUE);
    else fill_mode(mode, offsetof(DEVMODEA, dmBitsPerPel), sizeof(DEVMODEA), FALSE);
    return TRUE;
}

WINUSERAPI BOOL WINAPI EnumDisplaySettingsExW(LPCWSTR device, DWORD mode_num, DEVMODEW *mode, DWORD flags)
{
    (void)flags;
    return enum_settings(device, mode_num, mode, TRUE);
}

WINUSERAPI BOOL WINAPI EnumDisplaySettingsExA(LPCSTR device, DWORD mode_num, DEVMODEA *mode, DWORD flags)
{
    WCHAR *w = user_strdup_atow(device);
    BOOL ret = (!device || w) && enum_settings(w, mode_num, mode, FALSE);

    (void)flags;
    free(w);
    return ret;
}

WINUSERAPI BOOL WINAPI EnumDisplaySettingsW(LPCWSTR device, DWORD mode_num, DEVMODEW *mode)
{
    return EnumDisplaySettingsExW(device, mode_num, mode, 0);
}

WINUSERAPI BOOL WINAPI EnumDisplaySettingsA(LPCSTR device, DWORD mode_num, DEVMODEA *mode)
{
    return EnumDisplaySettingsExA(device, mode_num, mode, 0);
}

/* The current mode is the only one: asking for it succeeds, any other
 * size, depth or rate is a mode the display does not have. */
static LONG change_settings(const WCHAR *device, DWORD fields, DWORD bpp, DWORD cx, DWORD cy, DWORD freq)
{
    INT width, height;

    if (!is_our_device(device)) return DISP_CHANGE_BADPARAM;
    sysparams_screen_size(&width, &height);
    if ((fields & DM_BITSPERPEL) && bpp != 32 && bpp) return DISP_CHANGE_BADMODE;
    if ((fields & DM_PELSWIDTH) && cx != (DWORD)width) return DISP_CHANGE_BADMODE;
    if ((fields & DM_PELSHEIGHT) && cy != (DWORD)height) return DISP_CHANGE_BADMODE;
    if ((fields & DM_DISPLAYFREQUENCY) && freq != 60 && freq > 1) return DISP_CHANGE_BADMODE;
    return DISP_CHANGE_SUCCESSFUL;
}

WINUSERAPI LONG WINAPI ChangeDisplaySettingsExW(LPCWSTR device, DEVMODEW *mode, HWND hwnd, DWORD flags, void *param)
{
    (void)hwnd; (void)flags; (void)param;
    if (!mode) return change_settings(device, 0, 0, 0, 0, 0);   /* back to the registry's mode: the current one */
    return change_settings(device, mode->dmFields, mode->dmBitsPerPel, mode->dmPelsWidth, mode->dmPelsHeight,
                           mode->dmDisplayFrequency);
}

WINUSERAPI LONG WINAPI ChangeDisplaySettingsExA(LPCSTR device, DEVMODEA *mode, HWND hwnd, DWORD flags, void *param)
{
    WCHAR *w = user_strdup_atow(device);
    LONG ret;

    (void)hwnd; (void)flags; (void)param;
    if (device && !w) return DISP_CHANGE_FAILED;
    ret = mode ? change_settings(w, mode->dmFields, mode->dmBitsPerPel, mode->dmPelsWidth, mode->dmPelsHeight,
                                 mode->dmDisplayFrequency)
               : change_settings(w, 0, 0, 0, 0, 0);
    free(w);
    return ret;
}

WINUSERAPI LONG WINAPI ChangeDisplaySettingsW(DEVMODEW *mode, DWORD flags)
{
    return ChangeDisplaySettingsExW(NULL, mode, NULL, flags, NULL);
}

WINUSERAPI LONG WINAPI ChangeDisplaySettingsA(DEVMODEA *mode, DWORD flags)
{
    return ChangeDisplaySettingsExA(NULL, mode, NULL, flags, NULL);
}
