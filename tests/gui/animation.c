/* A timer-driven animation for tests/gui/run.sh: a 20x20 red square
 * moves STEP pixels right on every WM_TIMER (FRAMES ticks of PERIOD ms),
 * each frame painted by WM_PAINT after InvalidateRect, the old place
 * erased by WM_ERASEBKGND. Prints "ready X Y" (the track's screen origin
 * and row), "frame N X" per painted frame, then "done FRAMES X MS" with
 * the square's last client x and the milliseconds the ticks took;
 * Escape ends it with 0 (or 20 s of waiting with 2). */
#include <windows.h>
#include <stdio.h>

#define FRAMES 40
#define PERIOD 40
#define STEP   5
#define SIDE   20

static int ticks, painted_x = -1, square_x;
static DWORD start;

static LRESULT CALLBACK proc(HWND hwnd, UINT msg, WPARAM wp, LPARAM lp)
{
    switch (msg) {
    case WM_PAINT: {
        PAINTSTRUCT ps;
        HDC hdc = BeginPaint(hwnd, &ps);
        HBRUSH red = CreateSolidBrush(RGB(255, 0, 0));
        RECT r = { square_x, 20, square_x + SIDE, 20 + SIDE };
        FillRect(hdc, &r, red);
        DeleteObject(red);
        EndPaint(hwnd, &ps);
        if (painted_x < 0) {
            POINT pt = { 0, 30 };
            ClientToScreen(hwnd, &pt);
            printf("ready %d %d\n", (int)pt.x, (int)pt.y);
            start = GetTickCount();
            SetTimer(hwnd, 1, PERIOD, NULL);
        }
        if (painted_x != square_x) printf("frame %d %d\n", ticks, square_x);
        painted_x = square_x;
        fflush(stdout);
        return 0;
    }
    case WM_TIMER:
        if (wp == 2) {
            PostQuitMessage(2);
            return 0;
        }
        square_x += STEP;
        InvalidateRect(hwnd, NULL, TRUE);
        if (++ticks == FRAMES) {
            KillTimer(hwnd, 1);
            UpdateWindow(hwnd);
            printf("done %d %d %lu\n", ticks, square_x, GetTickCount() - start);
            fflush(stdout);
        }
        return 0;
    case WM_KEYDOWN:
        if (wp == VK_ESCAPE) PostQuitMessage(ticks == FRAMES ? 0 : 3);
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
    wc.lpszClassName = "Animation";
    RegisterClassA(&wc);
    hwnd = CreateWindowExA(0, "Animation", "animation", WS_POPUP | WS_VISIBLE, 0, 0, 300, 60, NULL, NULL,
                           wc.hInstance, NULL);
    SetTimer(hwnd, 2, 20000, NULL);
    while (GetMessageA(&msg, NULL, 0, 0) > 0) {
        TranslateMessage(&msg);
        DispatchMessageA(&msg);
    }
    return (int)msg.wParam;
}
