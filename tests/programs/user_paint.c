/* user32 update regions without drawing: showing invalidates, WM_PAINT is
 * generated while a window is invalid and the queue is otherwise empty,
 * DefWindowProc's WM_PAINT validates, InvalidateRect/ValidateRect/
 * GetUpdateRect, UpdateWindow sends WM_PAINT at once. */
#include "test.h"

static int paints;

static LRESULT CALLBACK proc(HWND hwnd, UINT msg, WPARAM wp, LPARAM lp)
{
    if (msg == WM_PAINT) paints++;
    return DefWindowProcA(hwnd, msg, wp, lp);
}

static void pump(void)
{
    MSG msg;
    while (PeekMessageA(&msg, 0, 0, 0, PM_REMOVE)) DispatchMessageA(&msg);
}

int main(void)
{
    WNDCLASSA wc = { 0 };
    HWND hwnd;
    RECT rc, want = { 10, 20, 30, 40 };
    MSG msg;
    BOOL r;

    wc.lpfnWndProc = proc;
    wc.hInstance = GetModuleHandleA(NULL);
    wc.lpszClassName = "PaintClass";
    RegisterClassA(&wc);
    hwnd = CreateWindowExA(0, "PaintClass", NULL, WS_POPUP, 0, 0, 100, 80, NULL, NULL, wc.hInstance, NULL);
    ok(!GetUpdateRect(hwnd, &rc, FALSE), "hidden window has nothing to paint");
    ShowWindow(hwnd, SW_SHOW);
    r = GetUpdateRect(hwnd, &rc, FALSE);
    ok(r && rc.left == 0 && rc.top == 0 && rc.right == 100 && rc.bottom == 80,
       "shown window is invalid: %d %ld,%ld-%ld,%ld", r, rc.left, rc.top, rc.right, rc.bottom);
    r = PeekMessageA(&msg, hwnd, WM_PAINT, WM_PAINT, PM_NOREMOVE);
    ok(r && msg.message == WM_PAINT && msg.hwnd == hwnd, "WM_PAINT pending");
    paints = 0;
    pump();
    ok(paints >= 1, "WM_PAINT dispatched %d", paints);
    ok(!GetUpdateRect(hwnd, &rc, FALSE), "DefWindowProc validated");
    ok(!PeekMessageA(&msg, hwnd, WM_PAINT, WM_PAINT, PM_NOREMOVE), "no more WM_PAINT");

    InvalidateRect(hwnd, &want, FALSE);
    r = GetUpdateRect(hwnd, &rc, FALSE);
    ok(r && EqualRect(&rc, &want), "InvalidateRect: %ld,%ld-%ld,%ld", rc.left, rc.top, rc.right, rc.bottom);
    ValidateRect(hwnd, NULL);
    ok(!GetUpdateRect(hwnd, &rc, FALSE), "ValidateRect(NULL)");
    ok(GetQueueStatus(QS_PAINT) == 0, "no QS_PAINT: %lx", GetQueueStatus(QS_PAINT));

    InvalidateRect(hwnd, NULL, TRUE);
    ok(HIWORD(GetQueueStatus(QS_PAINT)) == QS_PAINT, "QS_PAINT set");
    paints = 0;
    UpdateWindow(hwnd);
    ok(paints == 1, "UpdateWindow sent WM_PAINT once: %d", paints);
    ok(!GetUpdateRect(hwnd, &rc, FALSE), "validated by the paint");
    paints = 0;
    UpdateWindow(hwnd);
    ok(paints == 0, "UpdateWindow on a valid window sends nothing: %d", paints);

    /* posted messages come before WM_PAINT */
    InvalidateRect(hwnd, NULL, FALSE);
    PostMessageA(hwnd, WM_USER, 0, 0);
    r = PeekMessageA(&msg, 0, 0, 0, PM_REMOVE);
    ok(r && msg.message == WM_USER, "posted first: %x", msg.message);
    r = PeekMessageA(&msg, 0, 0, 0, PM_REMOVE);
    ok(r && msg.message == WM_PAINT, "then WM_PAINT: %x", msg.message);
    DispatchMessageA(&msg);

    /* a hidden window is not painted */
    ShowWindow(hwnd, SW_HIDE);
    pump();
    InvalidateRect(hwnd, NULL, FALSE);
    ok(!PeekMessageA(&msg, hwnd, WM_PAINT, WM_PAINT, PM_NOREMOVE), "no WM_PAINT while hidden");
    DestroyWindow(hwnd);
    return test_done();
}
