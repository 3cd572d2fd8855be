/* DefWindowProc's Alt+F4: WM_SYSKEYDOWN VK_F4 with the Alt bit posts
 * WM_SYSCOMMAND SC_CLOSE to the top-level window (also from a child), but
 * not without Alt, not for WM_KEYDOWN, and not for a CS_NOCLOSE class. */
#include <windows.h>
#include "test.h"

/* the SC_CLOSE DefWindowProc posted for this key message, to whom */
static HWND posted_close(HWND hwnd, UINT msg, LPARAM lp)
{
    MSG m;
    HWND to = NULL;

    DefWindowProcA(hwnd, msg, VK_F4, lp);
    while (PeekMessageA(&m, NULL, WM_SYSCOMMAND, WM_SYSCOMMAND, PM_REMOVE))
        if (m.wParam == SC_CLOSE) to = m.hwnd;
    return to;
}

int main(void)
{
    WNDCLASSA wc = { 0 };
    HWND top, child, noclose;
    const LPARAM alt = (LPARAM)(KF_ALTDOWN | 0x3e) << 16 | 1;   /* Alt held, scan code of F4, repeat 1 */

    wc.lpfnWndProc = DefWindowProcA;
    wc.hInstance = GetModuleHandleA(NULL);
    wc.lpszClassName = "AltF4Top";
    ok(RegisterClassA(&wc) != 0, "RegisterClass %lu", GetLastError());
    wc.style = CS_NOCLOSE;
    wc.lpszClassName = "AltF4NoClose";
    ok(RegisterClassA(&wc) != 0, "RegisterClass CS_NOCLOSE %lu", GetLastError());
    top = CreateWindowExA(0, "AltF4Top", "top", WS_OVERLAPPEDWINDOW, 0, 0, 200, 100, NULL, NULL, NULL, NULL);
    child = CreateWindowExA(0, "AltF4Top", "child", WS_CHILD, 0, 0, 50, 50, top, NULL, NULL, NULL);
    noclose = CreateWindowExA(0, "AltF4NoClose", "no close", WS_OVERLAPPEDWINDOW, 0, 0, 200, 100, NULL, NULL, NULL, NULL);
    ok(top && child && noclose, "windows %p %p %p", top, child, noclose);

    ok(posted_close(top, WM_SYSKEYDOWN, alt) == top, "Alt+F4 posts SC_CLOSE to the window");
    ok(posted_close(child, WM_SYSKEYDOWN, alt) == top, "Alt+F4 in a child posts SC_CLOSE to its top-level");
    ok(posted_close(top, WM_SYSKEYDOWN, 0x3e0001) == NULL, "no SC_CLOSE without the Alt bit");
    ok(posted_close(top, WM_KEYDOWN, alt) == NULL, "no SC_CLOSE for WM_KEYDOWN");
    ok(posted_close(noclose, WM_SYSKEYDOWN, alt) == NULL, "no SC_CLOSE for a CS_NOCLOSE class");
    ok(IsWindow(top), "the window itself is still there: the message was only posted");

    DestroyWindow(noclose);
    DestroyWindow(top);
    return test_done();
}
