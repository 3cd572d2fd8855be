/* user32: SendInput and keybd_event. Synthesized keys reach the focus
 * window in Windows' order: the WM_CHAR that TranslateMessage posts for a
 * key comes before that key's WM_KEYUP (posted messages are read before
 * input), with Windows' lParam bits (the scan code as given, 0 if none); KEYEVENTF_UNICODE gives VK_PACKET
 * and the character; a synthesized click lands in the client area at the
 * point. Expectations from Wine (xvfb-run). */
#include "test.h"

static char log_buf[512];

static void note(const char *what, WPARAM wp, LPARAM lp)
{
    char item[64];
    sprintf(item, "%s %x %lx;", what, (unsigned)wp, (unsigned long)lp);
    if (strlen(log_buf) + strlen(item) < sizeof(log_buf)) strcat(log_buf, item);
}

static LRESULT CALLBACK proc(HWND hwnd, UINT msg, WPARAM wp, LPARAM lp)
{
    switch (msg) {
    case WM_KEYDOWN: note("down", wp, lp); return 0;
    case WM_KEYUP: note("up", wp, lp); return 0;
    case WM_CHAR: note("char", wp, lp); return 0;
    case WM_LBUTTONDOWN: note("ldown", wp, lp); return 0;
    case WM_LBUTTONUP: note("lup", wp, lp); return 0;
    }
    return DefWindowProcW(hwnd, msg, wp, lp);
}

static void pump(void)
{
    MSG msg;
    DWORD end = GetTickCount() + 300;
    while (GetTickCount() < end) {
        while (PeekMessageW(&msg, NULL, 0, 0, PM_REMOVE)) {
            TranslateMessage(&msg);
            DispatchMessageW(&msg);
        }
        Sleep(10);
    }
}

static void key(WORD vk, WORD scan, DWORD flags)
{
    INPUT in;
    memset(&in, 0, sizeof(in));
    in.type = INPUT_KEYBOARD;
    in.ki.wVk = vk;
    in.ki.wScan = scan;
    in.ki.dwFlags = flags;
    ok(SendInput(1, &in, sizeof(in)) == 1, "SendInput of key %x %lx", vk, flags);
}

int main(void)
{
    WNDCLASSW wc = { 0 };
    HWND hwnd;
    INPUT in[2];
    POINT pt;
    int cx = GetSystemMetrics(SM_CXSCREEN), cy = GetSystemMetrics(SM_CYSCREEN);

    wc.lpfnWndProc = proc;
    wc.hInstance = GetModuleHandleW(NULL);
    wc.lpszClassName = L"sendinput";
    RegisterClassW(&wc);
    hwnd = CreateWindowW(L"sendinput", L"sendinput", WS_POPUP | WS_VISIBLE, 100, 100, 200, 150, NULL, NULL,
                         wc.hInstance, NULL);
    SetForegroundWindow(hwnd);
    SetFocus(hwnd);
    pump();
    ok(GetFocus() == hwnd, "the window has the focus");

    SetLastError(0xdeadbeef);
    ok(SendInput(1, in, sizeof(INPUT) - 1) == 0 && GetLastError() == ERROR_INVALID_PARAMETER,
       "a wrong size inserts nothing: %lu", GetLastError());

    log_buf[0] = 0;
    key('A', 0, 0);
    key('A', 0, KEYEVENTF_KEYUP);
    pump();
    ok(!strcmp(log_buf, "down 41 1;char 61 1;up 41 c0000001;"),
       "A: down, its char, then up: %s", log_buf);

    log_buf[0] = 0;
    key(VK_SHIFT, 0, 0);
    key('B', 0, 0);
    key('B', 0, KEYEVENTF_KEYUP);
    key(VK_SHIFT, 0, KEYEVENTF_KEYUP);
    pump();
    ok(!strcmp(log_buf, "down 10 1;down 42 1;char 42 1;up 42 c0000001;up 10 c0000001;"),
       "Shift+B: %s", log_buf);
    ok(!(GetKeyState(VK_SHIFT) & 0x8000), "Shift is up again");

    log_buf[0] = 0;
    key(0, 0xe9, KEYEVENTF_UNICODE);
    key(0, 0xe9, KEYEVENTF_UNICODE | KEYEVENTF_KEYUP);
    pump();
    ok(!strcmp(log_buf, "down e7 e90001;char e9 1;up e7 e90001;"), "KEYEVENTF_UNICODE: VK_PACKET, the char: %s",
       log_buf);

    /* wScan as given: 0x2e */
    log_buf[0] = 0;
    key('C', 0x2e, 0);
    key('C', 0x2e, KEYEVENTF_KEYUP);
    pump();
    ok(!strcmp(log_buf, "down 43 2e0001;char 63 2e0001;up 43 c02e0001;"), "with a scan code: %s", log_buf);

    log_buf[0] = 0;
    keybd_event('C', 0, 0, 0);
    keybd_event('C', 0, KEYEVENTF_KEYUP, 0);
    pump();
    ok(!strcmp(log_buf, "down 43 1;char 63 1;up 43 c0000001;"), "keybd_event: %s", log_buf);

    /* a click at client 30,40: the window is at 100,100 */
    log_buf[0] = 0;
    memset(in, 0, sizeof(in));
    in[0].type = INPUT_MOUSE;
    in[0].mi.dx = (130 * 65536 + cx - 1) / cx;
    in[0].mi.dy = (140 * 65536 + cy - 1) / cy;
    in[0].mi.dwFlags = MOUSEEVENTF_MOVE | MOUSEEVENTF_ABSOLUTE;
    ok(SendInput(1, in, sizeof(INPUT)) == 1, "SendInput of a move");
    pump();
    GetCursorPos(&pt);
    ok(pt.x == 130 && pt.y == 140, "the cursor moved to 130,140: %ld,%ld", pt.x, pt.y);
    in[0].mi.dwFlags = MOUSEEVENTF_LEFTDOWN;
    in[1] = in[0];
    in[1].mi.dwFlags = MOUSEEVENTF_LEFTUP;
    ok(SendInput(2, in, sizeof(INPUT)) == 2, "SendInput of a click");
    pump();
    ok(!strcmp(log_buf, "ldown 1 28001e;lup 0 28001e;"), "the click at client 30,40: %s", log_buf);

    DestroyWindow(hwnd);
    return test_done();
}
