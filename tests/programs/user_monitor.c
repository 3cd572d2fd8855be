/* Monitors and display modes: one monitor, the screen GetSystemMetrics
 * reports, primary, named \\.\DISPLAY1; its current mode at 32 bpp. */
#include "test.h"

static int enum_count;
static HMONITOR enum_monitor;
static RECT enum_rect;

static BOOL CALLBACK enum_proc(HMONITOR monitor, HDC hdc, RECT *rect, LPARAM lp)
{
    (void)hdc;
    enum_count++;
    enum_monitor = monitor;
    enum_rect = *rect;
    return lp != 0;
}

int main(void)
{
    int cx = GetSystemMetrics(SM_CXSCREEN), cy = GetSystemMetrics(SM_CYSCREEN);
    POINT pt = { 10, 10 }, away = { -5000, -5000 };
    RECT rect = { 5, 5, 50, 50 }, off = { -3000, -3000, -2000, -2000 }, clip = { 100, 100, 200, 150 };
    HMONITOR mon, m;
    MONITORINFOEXW infow;
    MONITORINFOEXA infoa;
    MONITORINFO info;
    DISPLAY_DEVICEW dd;
    DISPLAY_DEVICEA dda;
    DEVMODEW dm;
    DEVMODEA dma;
    HWND hwnd;
    BOOL ret;
    LONG res;

    mon = MonitorFromPoint(pt, MONITOR_DEFAULTTONULL);
    ok(mon != NULL, "MonitorFromPoint on the screen: %p", mon);
    ok(MonitorFromPoint(away, MONITOR_DEFAULTTONULL) == NULL, "MonitorFromPoint off the screen, DEFAULTTONULL");
    ok(MonitorFromPoint(away, MONITOR_DEFAULTTOPRIMARY) == mon, "MonitorFromPoint off the screen, DEFAULTTOPRIMARY");
    ok(MonitorFromPoint(away, MONITOR_DEFAULTTONEAREST) == mon, "MonitorFromPoint off the screen, DEFAULTTONEAREST");
    ok(MonitorFromRect(&rect, MONITOR_DEFAULTTONULL) == mon, "MonitorFromRect on the screen");
    ok(MonitorFromRect(&off, MONITOR_DEFAULTTONULL) == NULL, "MonitorFromRect off the screen");
    ok(MonitorFromRect(&off, MONITOR_DEFAULTTONEAREST) == mon, "MonitorFromRect off the screen, nearest");

    memset(&info, 0xcc, sizeof(info));
    info.cbSize = sizeof(info);
    ret = GetMonitorInfoW(mon, &info);
    ok(ret, "GetMonitorInfoW: %d", ret);
    ok(info.rcMonitor.left == 0 && info.rcMonitor.top == 0 && info.rcMonitor.right == cx && info.rcMonitor.bottom == cy,
       "rcMonitor %ld,%ld-%ld,%ld, screen %dx%d", info.rcMonitor.left, info.rcMonitor.top, info.rcMonitor.right,
       info.rcMonitor.bottom, cx, cy);
    ok(info.dwFlags == MONITORINFOF_PRIMARY, "dwFlags %lx", info.dwFlags);
    {
        RECT work;
        SystemParametersInfoW(SPI_GETWORKAREA, 0, &work, 0);
        ok(EqualRect(&work, &info.rcWork), "rcWork %ld,%ld-%ld,%ld = SPI_GETWORKAREA %ld,%ld-%ld,%ld", info.rcWork.left,
           info.rcWork.top, info.rcWork.right, info.rcWork.bottom, work.left, work.top, work.right, work.bottom);
    }
    memset(&infow, 0, sizeof(infow));
    infow.cbSize = sizeof(infow);
    ret = GetMonitorInfoW(mon, (MONITORINFO *)&infow);
    ok(ret && !lstrcmpW(infow.szDevice, L"\\\\.\\DISPLAY1"), "GetMonitorInfoW EX: %d, device %ls", ret, infow.szDevice);
    memset(&infoa, 0, sizeof(infoa));
    infoa.cbSize = sizeof(infoa);
    ret = GetMonitorInfoA(mon, (MONITORINFO *)&infoa);
    ok(ret && !strcmp(infoa.szDevice, "\\\\.\\DISPLAY1"), "GetMonitorInfoA EX: %d, device %s", ret, infoa.szDevice);
    info.cbSize = 12;
    SetLastError(0xdeadbeef);
    ret = GetMonitorInfoW(mon, &info);
    ok(!ret, "GetMonitorInfoW with a bad cbSize: %d", ret);
    info.cbSize = sizeof(info);
    ret = GetMonitorInfoW((HMONITOR)0xdead, &info);
    ok(!ret, "GetMonitorInfoW with a bad handle: %d", ret);

    hwnd = CreateWindowA("static", "w", WS_POPUP, 20, 20, 100, 100, NULL, NULL, NULL, NULL);
    m = MonitorFromWindow(hwnd, MONITOR_DEFAULTTONULL);
    ok(m == mon, "MonitorFromWindow: %p", m);
    SetWindowPos(hwnd, NULL, -4000, -4000, 0, 0, SWP_NOSIZE | SWP_NOZORDER);
    m = MonitorFromWindow(hwnd, MONITOR_DEFAULTTONULL);
    ok(m == NULL, "MonitorFromWindow off the screen: %p", m);
    m = MonitorFromWindow(hwnd, MONITOR_DEFAULTTOPRIMARY);
    ok(m == mon, "MonitorFromWindow off the screen, primary: %p", m);
    DestroyWindow(hwnd);

    enum_count = 0;
    ret = EnumDisplayMonitors(NULL, NULL, enum_proc, 1);
    ok(ret && enum_count == 1 && enum_monitor == mon, "EnumDisplayMonitors: %d, %d calls", ret, enum_count);
    ok(enum_rect.left == 0 && enum_rect.top == 0 && enum_rect.right == cx && enum_rect.bottom == cy,
       "EnumDisplayMonitors rect %ld,%ld-%ld,%ld", enum_rect.left, enum_rect.top, enum_rect.right, enum_rect.bottom);
    enum_count = 0;
    ret = EnumDisplayMonitors(NULL, &clip, enum_proc, 1);
    ok(ret && enum_count == 1 && EqualRect(&enum_rect, &clip), "EnumDisplayMonitors clipped: %d, %d, %ld,%ld-%ld,%ld", ret,
       enum_count, enum_rect.left, enum_rect.top, enum_rect.right, enum_rect.bottom);
    enum_count = 0;
    ret = EnumDisplayMonitors(NULL, &off, enum_proc, 1);
    ok(ret && enum_count == 0, "EnumDisplayMonitors off the screen: %d, %d calls", ret, enum_count);
    {
        HDC hdc = GetDC(NULL);
        enum_count = 0;
        ret = EnumDisplayMonitors(hdc, NULL, enum_proc, 1);
        ok(ret && enum_count == 1 && enum_rect.right == cx && enum_rect.bottom == cy,
           "EnumDisplayMonitors with the screen DC: %d, %d, %ld,%ld-%ld,%ld", ret, enum_count, enum_rect.left,
           enum_rect.top, enum_rect.right, enum_rect.bottom);
        ReleaseDC(NULL, hdc);
    }

    memset(&dd, 0, sizeof(dd));
    dd.cb = sizeof(dd);
    ret = EnumDisplayDevicesW(NULL, 0, &dd, 0);
    ok(ret && !lstrcmpW(dd.DeviceName, L"\\\\.\\DISPLAY1"), "EnumDisplayDevicesW 0: %d %ls", ret, dd.DeviceName);
    ok((dd.StateFlags & (DISPLAY_DEVICE_ATTACHED_TO_DESKTOP | DISPLAY_DEVICE_PRIMARY_DEVICE)) ==
       (DISPLAY_DEVICE_ATTACHED_TO_DESKTOP | DISPLAY_DEVICE_PRIMARY_DEVICE), "adapter flags %lx", dd.StateFlags);
    memset(&dda, 0, sizeof(dda));
    dda.cb = sizeof(dda);
    ret = EnumDisplayDevicesA(NULL, 0, &dda, 0);
    ok(ret && !strcmp(dda.DeviceName, "\\\\.\\DISPLAY1"), "EnumDisplayDevicesA 0: %d %s", ret, dda.DeviceName);
    dd.cb = sizeof(dd);
    ret = EnumDisplayDevicesW(L"\\\\.\\DISPLAY1", 0, &dd, 0);
    ok(ret && dd.DeviceName[0], "EnumDisplayDevicesW monitor: %d %ls", ret, dd.DeviceName);

    memset(&dm, 0, sizeof(dm));
    dm.dmSize = sizeof(dm);
    ret = EnumDisplaySettingsW(NULL, ENUM_CURRENT_SETTINGS, &dm);
    ok(ret, "EnumDisplaySettingsW current: %d", ret);
    ok(dm.dmPelsWidth == (DWORD)cx && dm.dmPelsHeight == (DWORD)cy && dm.dmBitsPerPel == 32,
       "current mode %lux%lu %lu bpp", dm.dmPelsWidth, dm.dmPelsHeight, dm.dmBitsPerPel);
    ok((dm.dmFields & (DM_PELSWIDTH | DM_PELSHEIGHT | DM_BITSPERPEL)) == (DM_PELSWIDTH | DM_PELSHEIGHT | DM_BITSPERPEL),
       "dmFields %lx", dm.dmFields);
    memset(&dma, 0, sizeof(dma));
    dma.dmSize = sizeof(dma);
    ret = EnumDisplaySettingsA(NULL, ENUM_CURRENT_SETTINGS, &dma);
    ok(ret && dma.dmPelsWidth == (DWORD)cx && dma.dmBitsPerPel == 32, "EnumDisplaySettingsA: %d %lu %lu", ret,
       dma.dmPelsWidth, dma.dmBitsPerPel);
    ret = EnumDisplaySettingsW(NULL, 100000, &dm);
    ok(!ret, "EnumDisplaySettingsW beyond the modes: %d", ret);

    memset(&dm, 0, sizeof(dm));
    dm.dmSize = sizeof(dm);
    EnumDisplaySettingsW(NULL, ENUM_CURRENT_SETTINGS, &dm);
    dm.dmFields = DM_PELSWIDTH | DM_PELSHEIGHT;
    res = ChangeDisplaySettingsW(&dm, CDS_TEST);
    ok(res == DISP_CHANGE_SUCCESSFUL, "ChangeDisplaySettingsW to the current mode: %ld", res);
    dm.dmPelsWidth = 12345;
    res = ChangeDisplaySettingsW(&dm, CDS_TEST);
    ok(res == DISP_CHANGE_BADMODE, "ChangeDisplaySettingsW to a 12345 wide mode: %ld", res);
    res = ChangeDisplaySettingsW(NULL, 0);
    ok(res == DISP_CHANGE_SUCCESSFUL, "ChangeDisplaySettingsW back: %ld", res);

    ok(GetSystemMetrics(SM_CMONITORS) == 1, "SM_CMONITORS %d", GetSystemMetrics(SM_CMONITORS));
    return test_done();
}
