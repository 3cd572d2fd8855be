/* GetWindowPlacement/SetWindowPlacement round trips across maximize and
 * minimize, CloseWindow/OpenIcon, minimized children and
 * ArrangeIconicWindows, and window regions (SetWindowRgn/GetWindowRgn/
 * GetWindowRgnBox). Expectations checked under Wine. */
#include "test.h"

static HRGN (WINAPI *pCreateRectRgn)(INT, INT, INT, INT);
static INT (WINAPI *pGetRgnBox)(HRGN, RECT *);
static BOOL (WINAPI *pDeleteObject)(HGDIOBJ);

#define RECT_EQ(r, l, t, rr, b) ((r).left == (l) && (r).top == (t) && (r).right == (rr) && (r).bottom == (b))

static WINDOWPLACEMENT placement(HWND hwnd)
{
    WINDOWPLACEMENT wp;

    memset(&wp, 0xcc, sizeof(wp));
    wp.length = sizeof(wp);
    GetWindowPlacement(hwnd, &wp);
    return wp;
}

static void test_top_level(void)
{
    HWND hwnd = CreateWindowA("static", "top", WS_OVERLAPPEDWINDOW | WS_VISIBLE, 100, 110, 300, 200, NULL, NULL, NULL, NULL);
    WINDOWPLACEMENT wp;
    RECT rect;
    BOOL ret;

    wp = placement(hwnd);
    ok(wp.length == sizeof(wp) && wp.showCmd == SW_SHOWNORMAL && wp.flags == 0, "normal: length %u showCmd %u flags %x",
       wp.length, wp.showCmd, wp.flags);
    ok(RECT_EQ(wp.rcNormalPosition, 100, 110, 400, 310), "normal rect %ld,%ld-%ld,%ld", wp.rcNormalPosition.left,
       wp.rcNormalPosition.top, wp.rcNormalPosition.right, wp.rcNormalPosition.bottom);
    ok(wp.ptMinPosition.x == -1 && wp.ptMinPosition.y == -1, "min position %ld,%ld", wp.ptMinPosition.x, wp.ptMinPosition.y);
    ok(wp.ptMaxPosition.x == -1 && wp.ptMaxPosition.y == -1, "max position %ld,%ld", wp.ptMaxPosition.x, wp.ptMaxPosition.y);

    ShowWindow(hwnd, SW_MAXIMIZE);
    wp = placement(hwnd);
    ok(wp.showCmd == SW_SHOWMAXIMIZED && IsZoomed(hwnd), "maximized: showCmd %u", wp.showCmd);
    ok(RECT_EQ(wp.rcNormalPosition, 100, 110, 400, 310), "maximized: normal rect %ld,%ld-%ld,%ld",
       wp.rcNormalPosition.left, wp.rcNormalPosition.top, wp.rcNormalPosition.right, wp.rcNormalPosition.bottom);

    ShowWindow(hwnd, SW_MINIMIZE);
    wp = placement(hwnd);
    ok(wp.showCmd == SW_SHOWMINIMIZED && IsIconic(hwnd) && !IsZoomed(hwnd), "minimized: showCmd %u", wp.showCmd);
    ok(wp.flags == WPF_RESTORETOMAXIMIZED, "minimized from maximized: flags %x", wp.flags);
    ok(wp.ptMinPosition.x == -32000 && wp.ptMinPosition.y == -32000, "minimized: min position %ld,%ld",
       wp.ptMinPosition.x, wp.ptMinPosition.y);
    ok(RECT_EQ(wp.rcNormalPosition, 100, 110, 400, 310), "minimized: normal rect %ld,%ld-%ld,%ld",
       wp.rcNormalPosition.left, wp.rcNormalPosition.top, wp.rcNormalPosition.right, wp.rcNormalPosition.bottom);
    GetWindowRect(hwnd, &rect);
    ok(rect.left == -32000 && rect.top == -32000, "minimized at %ld,%ld", rect.left, rect.top);

    ShowWindow(hwnd, SW_RESTORE);
    ok(IsZoomed(hwnd) && !IsIconic(hwnd), "restored from minimized: back to maximized");
    ShowWindow(hwnd, SW_RESTORE);
    GetWindowRect(hwnd, &rect);
    ok(!IsZoomed(hwnd) && RECT_EQ(rect, 100, 110, 400, 310), "restored: %ld,%ld-%ld,%ld", rect.left, rect.top,
       rect.right, rect.bottom);

    /* a new normal rectangle while normal moves the window */
    wp = placement(hwnd);
    SetRect(&wp.rcNormalPosition, 50, 60, 250, 160);
    wp.showCmd = SW_SHOWNORMAL;
    ret = SetWindowPlacement(hwnd, &wp);
    GetWindowRect(hwnd, &rect);
    ok(ret && RECT_EQ(rect, 50, 60, 250, 160), "SetWindowPlacement normal: %d, %ld,%ld-%ld,%ld", ret, rect.left,
       rect.top, rect.right, rect.bottom);

    /* while maximized it is kept for the restore */
    ShowWindow(hwnd, SW_MAXIMIZE);
    wp = placement(hwnd);
    SetRect(&wp.rcNormalPosition, 70, 80, 370, 280);
    wp.showCmd = SW_SHOWMAXIMIZED;
    ret = SetWindowPlacement(hwnd, &wp);
    ok(ret && IsZoomed(hwnd), "SetWindowPlacement maximized: %d, zoomed %d", ret, IsZoomed(hwnd));
    ShowWindow(hwnd, SW_RESTORE);
    GetWindowRect(hwnd, &rect);
    ok(RECT_EQ(rect, 70, 80, 370, 280), "restored to the placed rect: %ld,%ld-%ld,%ld", rect.left, rect.top,
       rect.right, rect.bottom);

    /* CloseWindow minimizes, OpenIcon restores */
    ret = CloseWindow(hwnd);
    ok(ret && IsIconic(hwnd) && IsWindow(hwnd), "CloseWindow: %d, iconic %d", ret, IsIconic(hwnd));
    ret = OpenIcon(hwnd);
    GetWindowRect(hwnd, &rect);
    ok(ret && !IsIconic(hwnd) && RECT_EQ(rect, 70, 80, 370, 280), "OpenIcon: %d, %ld,%ld-%ld,%ld", ret, rect.left,
       rect.top, rect.right, rect.bottom);

    /* SW_SHOWMINIMIZED through the placement (what it restores to is left
     * unchecked: Wine restores to maximized once a window was maximized) */
    wp = placement(hwnd);
    wp.showCmd = SW_SHOWMINIMIZED;
    ret = SetWindowPlacement(hwnd, &wp);
    ok(ret && IsIconic(hwnd), "SetWindowPlacement minimized: %d, iconic %d", ret, IsIconic(hwnd));
    wp = placement(hwnd);
    ok(wp.showCmd == SW_SHOWMINIMIZED && RECT_EQ(wp.rcNormalPosition, 70, 80, 370, 280),
       "minimized by placement: showCmd %u, %ld,%ld-%ld,%ld", wp.showCmd, wp.rcNormalPosition.left,
       wp.rcNormalPosition.top, wp.rcNormalPosition.right, wp.rcNormalPosition.bottom);

    SetLastError(0xdeadbeef);
    ret = GetWindowPlacement((HWND)0xdead, &wp);
    ok(!ret && GetLastError() == ERROR_INVALID_WINDOW_HANDLE, "GetWindowPlacement bad window: %d, %lu", ret, GetLastError());
    DestroyWindow(hwnd);
}

static void test_children(void)
{
    HWND parent = CreateWindowA("static", "parent", WS_POPUP | WS_VISIBLE, 0, 0, 500, 400, NULL, NULL, NULL, NULL);
    int cx = GetSystemMetrics(SM_CXMINIMIZED), cy = GetSystemMetrics(SM_CYMINIMIZED);
    HWND a = CreateWindowA("static", "a", WS_CHILD | WS_VISIBLE | WS_CAPTION, 10, 10, 100, 80, parent, NULL, NULL, NULL);
    HWND b = CreateWindowA("static", "b", WS_CHILD | WS_VISIBLE | WS_CAPTION, 20, 20, 100, 80, parent, NULL, NULL, NULL);
    WINDOWPLACEMENT wp;
    RECT rect, ra, rb;
    UINT height;

    ShowWindow(a, SW_MINIMIZE);
    GetWindowRect(a, &rect);
    MapWindowPoints(NULL, parent, (POINT *)&rect, 2);
    ok(RECT_EQ(rect, 0, 400 - cy, cx, 400), "minimized child at %ld,%ld-%ld,%ld", rect.left, rect.top, rect.right,
       rect.bottom);
    wp = placement(a);
    ok(wp.ptMinPosition.x == 0 && wp.ptMinPosition.y == 400 - cy, "child min position %ld,%ld", wp.ptMinPosition.x,
       wp.ptMinPosition.y);
    ok(RECT_EQ(wp.rcNormalPosition, 10, 10, 110, 90), "child normal rect %ld,%ld-%ld,%ld", wp.rcNormalPosition.left,
       wp.rcNormalPosition.top, wp.rcNormalPosition.right, wp.rcNormalPosition.bottom);
    ShowWindow(b, SW_MINIMIZE);
    GetWindowRect(b, &rect);
    MapWindowPoints(NULL, parent, (POINT *)&rect, 2);
    ok(RECT_EQ(rect, cx, 400 - cy, 2 * cx, 400), "second minimized child at %ld,%ld-%ld,%ld", rect.left, rect.top,
       rect.right, rect.bottom);

    SetWindowPos(a, NULL, 200, 100, 0, 0, SWP_NOSIZE | SWP_NOZORDER);
    SetWindowPos(b, NULL, 300, 50, 0, 0, SWP_NOSIZE | SWP_NOZORDER);
    height = ArrangeIconicWindows(parent);
    ok(height != 0, "ArrangeIconicWindows: %u", height);
    GetWindowRect(a, &ra);
    GetWindowRect(b, &rb);
    MapWindowPoints(NULL, parent, (POINT *)&ra, 2);
    MapWindowPoints(NULL, parent, (POINT *)&rb, 2);
    trace("arranged: height %u, a %ld,%ld b %ld,%ld", height, ra.left, ra.top, rb.left, rb.top);
    ok(ra.bottom == 400 && rb.bottom == 400 && ra.top == rb.top, "arranged along the bottom: a %ld,%ld b %ld,%ld",
       ra.left, ra.top, rb.left, rb.top);

    ShowWindow(a, SW_RESTORE);
    GetWindowRect(a, &rect);
    MapWindowPoints(NULL, parent, (POINT *)&rect, 2);
    ok(RECT_EQ(rect, 10, 10, 110, 90), "child restored: %ld,%ld-%ld,%ld", rect.left, rect.top, rect.right, rect.bottom);
    /* a child maximizes over its parent's client area */
    ShowWindow(a, SW_MAXIMIZE);
    GetClientRect(a, &rect);
    MapWindowPoints(a, parent, (POINT *)&rect, 2);
    ok(rect.left == 0 && rect.right == 500 && rect.bottom == 400, "maximized child's client %ld,%ld-%ld,%ld", rect.left,
       rect.top, rect.right, rect.bottom);
    ok(!CloseWindow(a), "CloseWindow of a child fails");
    DestroyWindow(parent);
}

static void test_regions(void)
{
    HWND hwnd = CreateWindowA("plain", "rgn", WS_POPUP | WS_VISIBLE, 100, 100, 200, 150, NULL, NULL, NULL, NULL);
    HRGN rgn, copy;
    RECT box;
    INT ret;

    ret = GetWindowRgnBox(hwnd, &box);
    ok(ret == ERROR, "GetWindowRgnBox without a region: %d", ret);
    copy = pCreateRectRgn(0, 0, 0, 0);
    ret = GetWindowRgn(hwnd, copy);
    ok(ret == ERROR, "GetWindowRgn without a region: %d", ret);

    rgn = pCreateRectRgn(10, 20, 60, 70);
    ret = SetWindowRgn(hwnd, rgn, TRUE);
    ok(ret != 0, "SetWindowRgn: %d", ret);
    memset(&box, 0, sizeof(box));
    ret = GetWindowRgnBox(hwnd, &box);
    ok(ret == SIMPLEREGION && RECT_EQ(box, 10, 20, 60, 70), "GetWindowRgnBox: %d, %ld,%ld-%ld,%ld", ret, box.left,
       box.top, box.right, box.bottom);
    ret = GetWindowRgn(hwnd, copy);
    pGetRgnBox(copy, &box);
    ok(ret == SIMPLEREGION && RECT_EQ(box, 10, 20, 60, 70), "GetWindowRgn: %d, %ld,%ld-%ld,%ld", ret, box.left, box.top,
       box.right, box.bottom);

    /* the window's WM_NCHITTEST (DefWindowProc) inside and outside the region */
    {
        LRESULT in = SendMessageA(hwnd, WM_NCHITTEST, 0, MAKELPARAM(100 + 30, 100 + 40));
        LRESULT out = SendMessageA(hwnd, WM_NCHITTEST, 0, MAKELPARAM(100 + 150, 100 + 100));
        ok(in == HTCLIENT, "WM_NCHITTEST inside the region: %d", (int)in);
        /* the region is not DefWindowProc's business: the window under
         * the mouse is chosen with it */
        ok(out == HTCLIENT, "WM_NCHITTEST outside the region: %d", (int)out);
    }

    /* the system owns the region: replacing it deletes the old one */
    ret = SetWindowRgn(hwnd, pCreateRectRgn(0, 0, 30, 30), FALSE);
    ok(ret != 0, "SetWindowRgn again: %d", ret);
    ret = pGetRgnBox(rgn, &box);
    ok(ret == ERROR, "the replaced region is deleted: %d", ret);
    ret = GetWindowRgnBox(hwnd, &box);
    ok(ret == SIMPLEREGION && RECT_EQ(box, 0, 0, 30, 30), "GetWindowRgnBox after: %d, %ld,%ld-%ld,%ld", ret, box.left,
       box.top, box.right, box.bottom);

    ret = SetWindowRgn(hwnd, NULL, TRUE);
    ok(ret != 0, "SetWindowRgn NULL: %d", ret);
    ret = GetWindowRgnBox(hwnd, &box);
    ok(ret == ERROR, "GetWindowRgnBox after removing it: %d", ret);
    pDeleteObject(copy);
    DestroyWindow(hwnd);
}

int main(void)
{
    HMODULE gdi = LoadLibraryA("gdi32.dll");
    WNDCLASSA wc;

    memset(&wc, 0, sizeof(wc));
    wc.lpfnWndProc = DefWindowProcA;
    wc.lpszClassName = "plain";
    RegisterClassA(&wc);

    pCreateRectRgn = (void *)GetProcAddress(gdi, "CreateRectRgn");
    pGetRgnBox = (void *)GetProcAddress(gdi, "GetRgnBox");
    pDeleteObject = (void *)GetProcAddress(gdi, "DeleteObject");
    test_top_level();
    test_children();
    test_regions();
    return test_done();
}
