/* Painting into windows: BeginPaint/EndPaint with the class brush erasing,
 * GetDC reading back what WM_PAINT drew, a child drawn into its parent's
 * pixels and clipped away by WS_CLIPCHILDREN, exact update regions
 * (InvalidateRgn/ValidateRect/GetUpdateRgn), the paint DC clipped to the
 * update region, GetWindowDC, CS_OWNDC keeping attributes, and
 * GetSysColorBrush. */
#include "test.h"

#define RED RGB(255, 0, 0)
#define BLUE RGB(0, 0, 255)
#define GREEN RGB(0, 255, 0)

static PAINTSTRUCT last_ps;
static int paints;
static COLORREF paint_color = BLUE;
static RECT paint_rect = { 10, 10, 30, 30 };

static LRESULT CALLBACK proc(HWND hwnd, UINT msg, WPARAM wp, LPARAM lp)
{
    if (msg == WM_PAINT) {
        HDC hdc = BeginPaint(hwnd, &last_ps);
        HBRUSH brush = CreateSolidBrush(paint_color);
        FillRect(hdc, &paint_rect, brush);
        DeleteObject(brush);
        EndPaint(hwnd, &last_ps);
        paints++;
        return 0;
    }
    return DefWindowProcA(hwnd, msg, wp, lp);
}

static COLORREF pixel(HWND hwnd, int x, int y)
{
    HDC hdc = GetDC(hwnd);
    COLORREF c = GetPixel(hdc, x, y);
    ReleaseDC(hwnd, hdc);
    return c;
}

int main(void)
{
    WNDCLASSA wc = { 0 };
    HWND hwnd, child, framed;
    HRGN rgn;
    RECT rc;
    HDC hdc, hdc2;
    LOGBRUSH lb;
    int type;
    BOOL r;

    wc.lpfnWndProc = proc;
    wc.hInstance = GetModuleHandleA(NULL);
    wc.lpszClassName = "WinPaint";
    wc.hbrBackground = CreateSolidBrush(RED);
    ok(RegisterClassA(&wc) != 0, "RegisterClass");
    wc.lpfnWndProc = DefWindowProcA;
    wc.lpszClassName = "WinPaintChild";
    wc.hbrBackground = CreateSolidBrush(GREEN);
    RegisterClassA(&wc);

    hwnd = CreateWindowExA(0, "WinPaint", NULL, WS_POPUP | WS_CLIPCHILDREN, 0, 0, 100, 80, NULL, NULL,
                           wc.hInstance, NULL);
    ShowWindow(hwnd, SW_SHOW);
    UpdateWindow(hwnd);
    ok(paints == 1, "one WM_PAINT: %d", paints);
    ok(!last_ps.fErase, "DefWindowProc erased with the class brush");
    ok(last_ps.rcPaint.left == 0 && last_ps.rcPaint.top == 0 && last_ps.rcPaint.right == 100 &&
       last_ps.rcPaint.bottom == 80, "rcPaint %ld,%ld-%ld,%ld", last_ps.rcPaint.left, last_ps.rcPaint.top,
       last_ps.rcPaint.right, last_ps.rcPaint.bottom);
    ok(!GetUpdateRect(hwnd, &rc, FALSE), "valid after BeginPaint");
    ok(pixel(hwnd, 5, 5) == RED, "background %06lx", pixel(hwnd, 5, 5));
    ok(pixel(hwnd, 15, 15) == BLUE, "painted %06lx", pixel(hwnd, 15, 15));
    ok(pixel(hwnd, 99, 79) == RED, "corner %06lx", pixel(hwnd, 99, 79));

    /* a child draws into its top-level's pixels */
    child = CreateWindowExA(0, "WinPaintChild", NULL, WS_CHILD | WS_VISIBLE, 50, 10, 20, 20, hwnd, NULL,
                            wc.hInstance, NULL);
    UpdateWindow(hwnd);
    /* the parent's DC excludes the child (WS_CLIPCHILDREN): GetPixel outside
     * the clip region fails, as Windows documents; Wine's GetPixel looks at
     * the visible rectangle only */
    if (!GetProcAddress(GetModuleHandleA("ntdll"), "wine_get_version"))
        ok(pixel(hwnd, 55, 15) == CLR_INVALID, "child clipped from the parent's DC: %06lx", pixel(hwnd, 55, 15));
    hdc = GetDCEx(hwnd, NULL, DCX_CACHE);   /* no DCX_CLIPCHILDREN: sees the child's pixels */
    ok(GetPixel(hdc, 55, 15) == GREEN, "child erased green: %06lx", GetPixel(hdc, 55, 15));
    ReleaseDC(hwnd, hdc);
    ok(pixel(child, 0, 0) == GREEN, "child's own DC at its origin: %06lx", pixel(child, 0, 0));
    ok(pixel(hwnd, 45, 15) == RED, "beside the child: %06lx", pixel(hwnd, 45, 15));
    /* WS_CLIPCHILDREN: the parent's DC does not reach into the child */
    hdc = GetDC(hwnd);
    PatBlt(hdc, 0, 0, 100, 80, BLACKNESS);
    ReleaseDC(hwnd, hdc);
    ok(pixel(child, 5, 5) == GREEN, "the parent's DC did not reach into the child: %06lx", pixel(child, 5, 5));
    ok(pixel(hwnd, 5, 5) == RGB(0, 0, 0), "parent blackened: %06lx", pixel(hwnd, 5, 5));
    /* the child's DC is clipped to the child */
    hdc = GetDC(child);
    PatBlt(hdc, -10, -10, 100, 100, WHITENESS);
    ReleaseDC(child, hdc);
    ok(pixel(hwnd, 48, 15) == RGB(0, 0, 0), "child's DC clipped to the child: %06lx", pixel(hwnd, 48, 15));
    ok(pixel(child, 5, 5) == RGB(255, 255, 255), "child whitened: %06lx", pixel(child, 5, 5));
    DestroyWindow(child);

    /* exact update regions */
    ValidateRect(hwnd, NULL);
    SetRect(&rc, 0, 0, 10, 10);
    InvalidateRect(hwnd, &rc, FALSE);
    rgn = CreateRectRgn(50, 50, 60, 60);
    InvalidateRgn(hwnd, rgn, FALSE);
    type = GetUpdateRgn(hwnd, rgn, FALSE);
    ok(type == COMPLEXREGION, "two rectangles: %d", type);
    ok(PtInRegion(rgn, 5, 5) && PtInRegion(rgn, 55, 55) && !PtInRegion(rgn, 30, 30), "update region");
    SetRect(&rc, 0, 0, 10, 10);
    ValidateRect(hwnd, &rc);
    ok(GetUpdateRect(hwnd, &rc, FALSE) && rc.left == 50 && rc.top == 50 && rc.right == 60 && rc.bottom == 60,
       "exact remainder %ld,%ld-%ld,%ld", rc.left, rc.top, rc.right, rc.bottom);
    DeleteObject(rgn);

    /* the paint DC is clipped to the update region */
    hdc = GetDC(hwnd);
    PatBlt(hdc, 0, 0, 100, 80, WHITENESS);
    ReleaseDC(hwnd, hdc);
    paint_color = BLUE;
    SetRect(&paint_rect, 0, 0, 100, 80);
    UpdateWindow(hwnd);
    ok(!last_ps.fErase, "no erase asked");
    ok(last_ps.rcPaint.left == 50 && last_ps.rcPaint.right == 60, "rcPaint of the remainder");
    ok(pixel(hwnd, 55, 55) == BLUE, "inside the update region %06lx", pixel(hwnd, 55, 55));
    ok(pixel(hwnd, 45, 45) == RGB(255, 255, 255), "outside kept %06lx", pixel(hwnd, 45, 45));

    /* GetWindowDC of a framed window starts at the window's corner */
    framed = CreateWindowExA(0, "WinPaint", NULL, WS_POPUP | WS_BORDER | WS_VISIBLE, 200, 0, 60, 40, NULL, NULL,
                             wc.hInstance, NULL);
    UpdateWindow(framed);
    hdc = GetWindowDC(framed);
    SetPixel(hdc, 0, 0, GREEN);
    ok(GetPixel(hdc, 0, 0) == GREEN, "window DC reads back %06lx", GetPixel(hdc, 0, 0));
    ReleaseDC(framed, hdc);
    hdc = GetDC(framed);
    ok(GetPixel(hdc, 0, 0) != GREEN, "client DC starts inside the border");
    SetPixel(hdc, 0, 0, GREEN);
    ReleaseDC(framed, hdc);
    hdc = GetWindowDC(framed);
    ok(GetPixel(hdc, 1, 1) == GREEN, "client origin at (1,1) of the window: %06lx", GetPixel(hdc, 1, 1));
    ReleaseDC(framed, hdc);
    DestroyWindow(framed);

    /* GetDC gives default attributes; CS_OWNDC keeps them */
    hdc = GetDC(hwnd);
    SetTextColor(hdc, RED);
    ReleaseDC(hwnd, hdc);
    hdc = GetDC(hwnd);
    ok(GetTextColor(hdc) == 0, "attributes reset %06lx", GetTextColor(hdc));
    ReleaseDC(hwnd, hdc);
    wc.style = CS_OWNDC;
    wc.lpszClassName = "WinPaintOwn";
    RegisterClassA(&wc);
    framed = CreateWindowExA(0, "WinPaintOwn", NULL, WS_POPUP, 0, 0, 10, 10, NULL, NULL, wc.hInstance, NULL);
    hdc = GetDC(framed);
    SetTextColor(hdc, RED);
    ReleaseDC(framed, hdc);
    hdc2 = GetDC(framed);
    ok(hdc2 == hdc && GetTextColor(hdc2) == RED, "own DC keeps its attributes");
    ReleaseDC(framed, hdc2);
    DestroyWindow(framed);

    /* ScrollWindowEx moves the pixels and gives back what it uncovered */
    hdc = GetDC(hwnd);
    PatBlt(hdc, 0, 0, 100, 80, WHITENESS);
    SetPixel(hdc, 20, 20, BLUE);
    ReleaseDC(hwnd, hdc);
    ValidateRect(hwnd, NULL);
    rgn = CreateRectRgn(0, 0, 0, 0);
    type = ScrollWindowEx(hwnd, 5, 3, NULL, NULL, rgn, &rc, SW_INVALIDATE);
    /* Windows documents the update region's type; Wine returns NULLREGION */
    if (!GetProcAddress(GetModuleHandleA("ntdll"), "wine_get_version"))
        ok(type == COMPLEXREGION, "uncovered L shape: %d", type);
    ok(rc.left == 0 && rc.top == 0 && rc.right == 100 && rc.bottom == 80, "update box %ld,%ld-%ld,%ld",
       rc.left, rc.top, rc.right, rc.bottom);
    ok(PtInRegion(rgn, 2, 50) && PtInRegion(rgn, 50, 1) && !PtInRegion(rgn, 50, 50), "uncovered region");
    ok(GetUpdateRect(hwnd, &rc, FALSE), "SW_INVALIDATE invalidated");
    ValidateRect(hwnd, NULL);
    ok(pixel(hwnd, 25, 23) == BLUE && pixel(hwnd, 20, 20) == RGB(255, 255, 255), "pixel moved by 5,3: %06lx %06lx",
       pixel(hwnd, 25, 23), pixel(hwnd, 20, 20));
    hdc = GetDC(hwnd);
    /* (the update rectangle ScrollDC gives here differs between Wine,
     * empty, and the documented uncovered strips: not checked) */
    r = ScrollDC(hdc, -5, -3, NULL, NULL, NULL, &rc);
    ok(r, "ScrollDC back");
    ok(GetPixel(hdc, 20, 20) == BLUE, "pixel moved back: %06lx", GetPixel(hdc, 20, 20));
    ReleaseDC(hwnd, hdc);
    DeleteObject(rgn);

    /* a captioned window's frame is drawn (its look is the WM's or Wine's) */
    framed = CreateWindowExA(0, "WinPaint", "frame", WS_OVERLAPPEDWINDOW | WS_VISIBLE, 300, 0, 120, 90, NULL,
                             NULL, wc.hInstance, NULL);
    ok(UpdateWindow(framed) && !GetUpdateRect(framed, &rc, FALSE), "overlapped window painted");
    DestroyWindow(framed);

    ok(GetObjectA(GetSysColorBrush(COLOR_WINDOW), sizeof(lb), &lb) == sizeof(lb) &&
       lb.lbColor == GetSysColor(COLOR_WINDOW), "GetSysColorBrush");
    DestroyWindow(hwnd);
    return test_done();
}
