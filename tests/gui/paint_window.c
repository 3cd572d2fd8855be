/* A window painting rectangles and an ellipse in WM_PAINT, for
 * tests/gui/run.sh: prints "painted" once its first WM_PAINT is done,
 * then "click X Y" for the first WM_LBUTTONDOWN and "key VK" for the first
 * WM_KEYDOWN, and exits after both (or after 20 seconds, exit code 2). */
#include <windows.h>
#include <stdio.h>

static int got_click, got_key;

static LRESULT CALLBACK proc(HWND hwnd, UINT msg, WPARAM wp, LPARAM lp)
{
    switch (msg) {
    case WM_PAINT: {
        PAINTSTRUCT ps;
        HDC hdc = BeginPaint(hwnd, &ps);
        HBRUSH red = CreateSolidBrush(RGB(255, 0, 0)), blue = CreateSolidBrush(RGB(0, 0, 255));
        RECT r = { 10, 10, 90, 60 };
        HGDIOBJ old;
        FillRect(hdc, &r, red);
        old = SelectObject(hdc, blue);
        Ellipse(hdc, 100, 20, 180, 100);
        SelectObject(hdc, old);
        DeleteObject(red);
        DeleteObject(blue);
        EndPaint(hwnd, &ps);
        printf("painted\n");
        fflush(stdout);
        return 0;
    }
    case WM_LBUTTONDOWN:
        if (!got_click++) printf("click %d %d\n", (short)LOWORD(lp), (short)HIWORD(lp));
        fflush(stdout);
        if (got_key) PostQuitMessage(0);
        return 0;
    case WM_KEYDOWN:
        if (!got_key++) printf("key %d\n", (int)wp);
        fflush(stdout);
        if (got_click) PostQuitMessage(0);
        return 0;
    case WM_TIMER:
        PostQuitMessage(2);
        return 0;
    }
    return DefWindowProcA(hwnd, msg, wp, lp);
}

int main(void)
{
    WNDCLASSA wc = { 0 };
    HWND hwnd;
    MSG msg;

    wc.lpfnWndProc = proc;
    wc.hInstance = GetModuleHandleA(NULL);
    wc.hbrBackground = (HBRUSH)(COLOR_WINDOW + 1);
    wc.lpszClassName = "PaintWindow";
    RegisterClassA(&wc);
    hwnd = CreateWindowExA(0, "PaintWindow", "paint window", WS_POPUP | WS_VISIBLE, 0, 0, 200, 120, NULL, NULL,
                           wc.hInstance, NULL);
    SetTimer(hwnd, 1, 20000, NULL);
    while (GetMessageA(&msg, NULL, 0, 0) > 0) {
        TranslateMessage(&msg);
        DispatchMessageA(&msg);
    }
    return (int)msg.wParam;
}
