/* The caption buttons user32 draws, for tests/gui/run.sh: a
 * WS_OVERLAPPEDWINDOW "caption close". Prints "ready X Y" with the screen
 * point in the middle of its close button (the rightmost SM_CXSIZE cell
 * of the caption band), then "syscommand CMD" for WM_SYSCOMMAND and
 * "close" for WM_CLOSE, which ends it (exit 0); 20 seconds without a
 * click end it with exit 2. */
#include <windows.h>
#include <stdio.h>

static LRESULT CALLBACK proc(HWND hwnd, UINT msg, WPARAM wp, LPARAM lp)
{
    switch (msg) {
    case WM_SYSCOMMAND:
        printf("syscommand %04x\n", (unsigned)(wp & 0xfff0));
        fflush(stdout);
        break;
    case WM_CLOSE:
        printf("close\n");
        fflush(stdout);
        DestroyWindow(hwnd);
        return 0;
    case WM_DESTROY:
        PostQuitMessage(0);
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
    RECT client;
    POINT origin = { 0, 0 };
    HWND hwnd;
    MSG msg;

    wc.lpfnWndProc = proc;
    wc.hInstance = GetModuleHandleA(NULL);
    wc.hbrBackground = (HBRUSH)(COLOR_WINDOW + 1);
    wc.lpszClassName = "CaptionClose";
    RegisterClassA(&wc);
    hwnd = CreateWindowExA(0, "CaptionClose", "caption close", WS_OVERLAPPEDWINDOW, 60, 60, 300, 160, NULL, NULL,
                           wc.hInstance, NULL);
    ShowWindow(hwnd, SW_SHOW);
    UpdateWindow(hwnd);
    SetTimer(hwnd, 1, 20000, NULL);
    GetClientRect(hwnd, &client);
    ClientToScreen(hwnd, &origin);
    printf("ready %d %d\n", (int)(origin.x + client.right - GetSystemMetrics(SM_CXSIZE) / 2),
           (int)(origin.y - GetSystemMetrics(SM_CYCAPTION) / 2));
    fflush(stdout);
    while (GetMessageA(&msg, NULL, 0, 0) > 0) {
        TranslateMessage(&msg);
        DispatchMessageA(&msg);
    }
    return (int)msg.wParam;
}
