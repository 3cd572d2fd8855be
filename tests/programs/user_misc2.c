/* user32's smaller calls: Get/SetDoubleClickTime, GetWindowInfo, the window
 * station and desktop (names, types, flags), IsHungAppWindow,
 * SwitchToThisWindow, BroadcastSystemMessage (and a query refused),
 * ExitWindowsEx refused. Expectations from Wine (xvfb-run -a wine). */
#include "test.h"

static UINT bsm_msg;
static int bsm_seen, syscolor_seen;
static BOOL bsm_deny;

static LRESULT CALLBACK proc(HWND hwnd, UINT msg, WPARAM wp, LPARAM lp)
{
    if (msg == WM_SYSCOLORCHANGE) syscolor_seen++;
    if (msg == bsm_msg && bsm_msg) {
        bsm_seen++;
        return bsm_deny ? BROADCAST_QUERY_DENY : 1;
    }
    return DefWindowProcA(hwnd, msg, wp, lp);
}

static BOOL is_wine(void)
{
    return GetProcAddress(GetModuleHandleA("ntdll"), "wine_get_version") != NULL;
}

static void test_objects(void)
{
    WCHAR name[32];
    char aname[32];
    DWORD needed = 0;
    USEROBJECTFLAGS flags;
    HWINSTA winsta = GetProcessWindowStation();
    HDESK desk = GetThreadDesktop(GetCurrentThreadId()), input;

    ok(winsta != NULL && desk != NULL, "a window station and a desktop");
    ok(GetUserObjectInformationW(winsta, UOI_NAME, name, sizeof(name), &needed) && !lstrcmpW(name, L"WinSta0") &&
       needed == 16, "the station is WinSta0, %lu bytes", needed);
    ok(GetUserObjectInformationW(winsta, UOI_TYPE, name, sizeof(name), &needed) &&
       !lstrcmpW(name, L"WindowStation"), "its type");
    ok(GetUserObjectInformationW(desk, UOI_NAME, name, sizeof(name), &needed) && !lstrcmpW(name, L"Default") &&
       needed == 16, "the desktop is Default, %lu bytes", needed);
    ok(GetUserObjectInformationW(desk, UOI_TYPE, name, sizeof(name), &needed) && !lstrcmpW(name, L"Desktop"),
       "its type");
    ok(GetUserObjectInformationA(desk, UOI_NAME, aname, sizeof(aname), &needed) && !strcmp(aname, "Default") &&
       needed == 8, "A: Default, %lu bytes", needed);
    SetLastError(0xdeadbeef);
    needed = 0;
    ok(!GetUserObjectInformationW(winsta, UOI_NAME, name, 4, &needed) &&
       GetLastError() == ERROR_INSUFFICIENT_BUFFER && needed == 16, "too small: %lu, needs %lu", GetLastError(),
       needed);
    ok(GetUserObjectInformationW(winsta, UOI_FLAGS, &flags, sizeof(flags), &needed) &&
       needed == sizeof(flags) && (flags.dwFlags & WSF_VISIBLE), "the station is visible: %lx", flags.dwFlags);
    input = OpenInputDesktop(0, FALSE, DESKTOP_READOBJECTS);
    ok(input != NULL, "OpenInputDesktop");
    ok(GetUserObjectInformationW(input, UOI_NAME, name, sizeof(name), &needed) && !lstrcmpW(name, L"Default"),
       "the input desktop is Default");
    ok(CloseDesktop(input), "CloseDesktop");
}

static void test_menuinfo(void)
{
    HMENU menu = CreateMenu(), sub = CreatePopupMenu();
    HBRUSH brush = CreateSolidBrush(RGB(10, 20, 30));
    MENUINFO mi;

    AppendMenuA(menu, MF_POPUP, (UINT_PTR)sub, "sub");
    memset(&mi, 0, sizeof(mi));
    mi.cbSize = sizeof(mi);
    mi.fMask = MIM_BACKGROUND | MIM_MENUDATA | MIM_MAXHEIGHT | MIM_STYLE;
    ok(GetMenuInfo(menu, &mi) && !mi.hbrBack && !mi.dwMenuData && !mi.cyMax && !mi.dwStyle, "all 0 at first");
    mi.fMask = MIM_BACKGROUND | MIM_MENUDATA | MIM_APPLYTOSUBMENUS;
    mi.hbrBack = brush;
    mi.dwMenuData = 0x1234;
    ok(SetMenuInfo(menu, &mi), "SetMenuInfo");
    memset(&mi, 0, sizeof(mi));
    mi.cbSize = sizeof(mi);
    mi.fMask = MIM_BACKGROUND | MIM_MENUDATA;
    ok(GetMenuInfo(sub, &mi) && mi.hbrBack == brush && mi.dwMenuData == 0x1234, "MIM_APPLYTOSUBMENUS reached the submenu");
    mi.cbSize = sizeof(mi) - 1;
    SetLastError(0xdeadbeef);
    ok(!GetMenuInfo(menu, &mi) && GetLastError() == ERROR_INVALID_PARAMETER, "a wrong cbSize: %lu", GetLastError());
    DestroyMenu(menu);
    DeleteObject(brush);
}

static void test_syscolors(HWND hwnd)
{
    INT index = COLOR_INFOBK;
    COLORREF old = GetSysColor(COLOR_INFOBK), value = RGB(1, 2, 3);
    LOGBRUSH lb;
    MSG msg;

    syscolor_seen = 0;
    ok(SetSysColors(1, &index, &value), "SetSysColors");
    while (PeekMessageA(&msg, NULL, 0, 0, PM_REMOVE)) DispatchMessageA(&msg);
    ok(GetSysColor(COLOR_INFOBK) == value, "GetSysColor follows: %lx", GetSysColor(COLOR_INFOBK));
    ok(GetObjectA(GetSysColorBrush(COLOR_INFOBK), sizeof(lb), &lb) && lb.lbColor == value,
       "and GetSysColorBrush: %lx", lb.lbColor);
    ok(syscolor_seen == 1, "WM_SYSCOLORCHANGE reached the top-level: %d", syscolor_seen);
    SetSysColors(1, &index, &old);
    ok(GetSysColor(COLOR_INFOBK) == old, "restored");
    (void)hwnd;
}

int main(void)
{
    HINSTANCE inst = GetModuleHandleA(NULL);
    WNDCLASSA wc = { 0 };
    WINDOWINFO wi;
    RECT rw, rc;
    POINT origin = { 0, 0 };
    HWND hwnd;
    DWORD recipients;
    LONG r;

    ok(GetDoubleClickTime() == 500, "the double-click time is 500: %u", GetDoubleClickTime());
    ok(SetDoubleClickTime(300) && GetDoubleClickTime() == 300, "set to 300: %u", GetDoubleClickTime());
    ok(SetDoubleClickTime(0) && GetDoubleClickTime() == 500, "0 restores 500: %u", GetDoubleClickTime());

    test_objects();

    wc.lpfnWndProc = proc;
    wc.hInstance = inst;
    wc.lpszClassName = "misc2";
    RegisterClassA(&wc);
    hwnd = CreateWindowA("misc2", "misc2", WS_OVERLAPPEDWINDOW | WS_VISIBLE, 50, 60, 300, 200, NULL, NULL, inst,
                         NULL);
    SetForegroundWindow(hwnd);

    memset(&wi, 0xcc, sizeof(wi));
    wi.cbSize = sizeof(wi);
    GetWindowRect(hwnd, &rw);
    GetClientRect(hwnd, &rc);
    ClientToScreen(hwnd, &origin);
    OffsetRect(&rc, origin.x, origin.y);
    ok(GetWindowInfo(hwnd, &wi), "GetWindowInfo");
    ok(EqualRect(&wi.rcWindow, &rw) && EqualRect(&wi.rcClient, &rc), "the rectangles on the screen");
    ok(wi.dwStyle == (DWORD)GetWindowLongA(hwnd, GWL_STYLE) && wi.dwExStyle == (DWORD)GetWindowLongA(hwnd, GWL_EXSTYLE),
       "the styles");
    ok(wi.atomWindowType == (ATOM)GetClassLongA(hwnd, GCW_ATOM), "the class atom");
    ok(wi.wCreatorVersion == 0x400, "version 0x400: %x", wi.wCreatorVersion);
    ok(wi.dwWindowStatus == WS_ACTIVECAPTION, "active: %lx", wi.dwWindowStatus);
    ok(wi.cxWindowBorders == (UINT)(rc.left - rw.left) && wi.cyWindowBorders == (UINT)(rw.bottom - rc.bottom),
       "the borders %u %u", wi.cxWindowBorders, wi.cyWindowBorders);
    SetLastError(0xdeadbeef);
    ok(!GetWindowInfo((HWND)0xdead, &wi) && GetLastError() == ERROR_INVALID_WINDOW_HANDLE, "a bad window: %lu",
       GetLastError());

    test_syscolors(hwnd);
    {
        HDC screen = GetDC(NULL), mem = CreateCompatibleDC(screen);
        HBITMAP bmp = CreateCompatibleBitmap(screen, 8, 8), prev = SelectObject(mem, bmp);
        SetPixel(mem, 3, 3, RGB(1, 2, 3));
        ok(PaintDesktop(mem), "PaintDesktop");
        ok(GetPixel(mem, 3, 3) != RGB(1, 2, 3), "the DC is painted over: %lx", GetPixel(mem, 3, 3));
        /* without a wallpaper Windows shows COLOR_DESKTOP; Wine paints its
         * own desktop window's brush (white) */
        if (!is_wine())
            ok(GetPixel(mem, 3, 3) == GetSysColor(COLOR_DESKTOP), "the desktop colour: %lx", GetPixel(mem, 3, 3));
        SelectObject(mem, prev);
        DeleteObject(bmp);
        DeleteDC(mem);
        ReleaseDC(NULL, screen);
    }
    test_menuinfo();
    ok(!IsHungAppWindow(hwnd), "not hung");
    SwitchToThisWindow(hwnd, FALSE);
    ok(GetForegroundWindow() == hwnd, "SwitchToThisWindow: foreground");

    bsm_msg = RegisterWindowMessageA("winrun user_misc2 broadcast");
    recipients = BSM_APPLICATIONS;
    r = BroadcastSystemMessageA(BSF_FORCEIFHUNG, &recipients, bsm_msg, 1, 2);
    ok(r > 0 && bsm_seen == 1, "BroadcastSystemMessage: %ld, seen %d", r, bsm_seen);
    bsm_deny = TRUE;
    recipients = BSM_APPLICATIONS;
    r = BroadcastSystemMessageW(BSF_QUERY, &recipients, bsm_msg, 1, 2);
    ok(r == 0 && bsm_seen == 2, "a query refused: %ld, seen %d", r, bsm_seen);

    /* Wine would end its session; Windows refuses a process that has not
     * enabled SE_SHUTDOWN_NAME (the ExitWindowsEx documentation) */
    if (!is_wine()) {
        SetLastError(0xdeadbeef);
        ok(!ExitWindowsEx(EWX_SHUTDOWN, 0) && GetLastError() == ERROR_PRIVILEGE_NOT_HELD, "shutdown refused: %lu",
           GetLastError());
    }
    DestroyWindow(hwnd);
    return test_done();
}
