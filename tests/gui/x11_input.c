/* Input and window-manager events through the X11 driver, for
 * tests/gui/run.sh: a captioned window "x11 input" and a second window
 * "x11 other". Prints "ready" with the main window's client origin,
 * its frame insets and a point in its caption band, then one line per
 * message of interest: keydown/syskeydown VK EXTENDED PREVIOUS ALTDOWN
 * SHIFTSTATE, char/syschar CODE, wheel/hwheel DELTA X Y, xbutton N,
 * move X Y and size TYPE CX CY (after ready), activate WINDOW STATE, ncdown
 * HITCODE for WM_NCLBUTTONDOWN. The key
 * C puts text on the clipboard ("clipset"), V prints its text ("clipget").
 * Escape ends it (exit 0); 30 seconds without it end it with exit 2. */
#include <windows.h>
#include <stdio.h>

static HWND main_hwnd, other_hwnd;
static int ready;

static void say(const char *fmt, ...)
{
    va_list args;
    va_start(args, fmt);
    vprintf(fmt, args);
    va_end(args);
    fflush(stdout);
}

/* 'C': the clipboard gets text with a non-ASCII letter (U+00E9) */
static void set_clipboard(HWND hwnd)
{
    static const WCHAR text[] = { 'w', 'i', 'n', 'r', 'u', 'n', ' ', 'c', 'l', 'i', 'p', ' ', 0xe9, 0 };
    HGLOBAL h = GlobalAlloc(GMEM_MOVEABLE, sizeof(text));
    memcpy(GlobalLock(h), text, sizeof(text));
    GlobalUnlock(h);
    if (OpenClipboard(hwnd)) {
        EmptyClipboard();
        SetClipboardData(CF_UNICODETEXT, h);
        CloseClipboard();
        say("clipset\n");
    }
}

/* 'V': prints the clipboard's text in UTF-8 */
static void print_clipboard(HWND hwnd)
{
    char utf8[256] = "";
    HANDLE h;

    if (!OpenClipboard(hwnd)) return;
    if ((h = GetClipboardData(CF_UNICODETEXT))) {
        WideCharToMultiByte(CP_UTF8, 0, GlobalLock(h), -1, utf8, sizeof(utf8), NULL, NULL);
        GlobalUnlock(h);
    }
    CloseClipboard();
    say("clipget %s\n", utf8);
}

static LRESULT CALLBACK proc(HWND hwnd, UINT msg, WPARAM wp, LPARAM lp)
{
    const char *name = hwnd == other_hwnd ? "other" : "main";

    switch (msg) {
    case WM_KEYDOWN:
    case WM_SYSKEYDOWN:
        say("%s %x %d %d %d %d\n", msg == WM_KEYDOWN ? "keydown" : "syskeydown", (int)wp, (int)(lp >> 24) & 1,
            (int)(lp >> 30) & 1, (int)(lp >> 29) & 1, GetKeyState(VK_SHIFT) < 0);
        if (wp == VK_ESCAPE) PostQuitMessage(0);
        if (wp == 'C') set_clipboard(hwnd);
        if (wp == 'V') print_clipboard(hwnd);
        if (msg == WM_SYSKEYDOWN) return 0;   /* no menu loop for Alt */
        break;
    case WM_SYSKEYUP:
        return 0;
    case WM_CHAR:
    case WM_SYSCHAR:
        say("%s %x\n", msg == WM_CHAR ? "char" : "syschar", (int)wp);
        return 0;
    case WM_MOUSEWHEEL:
    case WM_MOUSEHWHEEL:
        say("%s %d %d %d\n", msg == WM_MOUSEWHEEL ? "wheel" : "hwheel", (short)HIWORD(wp), (short)LOWORD(lp),
            (short)HIWORD(lp));
        return 0;
    case WM_NCLBUTTONDOWN:
        say("ncdown %d\n", (int)wp);
        break;
    case WM_XBUTTONDOWN:
        say("xbutton %d\n", HIWORD(wp));
        return TRUE;
    case WM_MOVE:
        if (ready && hwnd == main_hwnd) say("move %d %d\n", (short)LOWORD(lp), (short)HIWORD(lp));
        break;
    case WM_SIZE:
        if (ready && hwnd == main_hwnd) say("size %d %d %d\n", (int)wp, LOWORD(lp), HIWORD(lp));
        break;
    case WM_ACTIVATE:
        if (ready) say("activate %s %d\n", name, LOWORD(wp));
        break;
    case WM_TIMER:
        PostQuitMessage(2);
        return 0;
    }
    return DefWindowProcA(hwnd, msg, wp, lp);
}

int main(void)
{
    WNDCLASSA wc = { 0 };
    RECT window, client;
    POINT origin = { 0, 0 };
    MSG msg;
    DWORD text;

    wc.lpfnWndProc = proc;
    wc.hInstance = GetModuleHandleA(NULL);
    wc.hbrBackground = (HBRUSH)(COLOR_WINDOW + 1);
    wc.lpszClassName = "X11Input";
    RegisterClassA(&wc);
    other_hwnd = CreateWindowExA(0, "X11Input", "x11 other", WS_POPUP | WS_VISIBLE, 600, 400, 100, 100, NULL, NULL,
                                 wc.hInstance, NULL);
    main_hwnd = CreateWindowExA(0, "X11Input", "x11 input", WS_OVERLAPPEDWINDOW, 40, 40, 320, 200, NULL, NULL,
                                wc.hInstance, NULL);
    ShowWindow(main_hwnd, SW_SHOW);
    UpdateWindow(main_hwnd);
    SetWindowTextA(main_hwnd, "XXXXXXXXXXXXXXXX");   /* the caption follows the text */
    SetTimer(main_hwnd, 1, 30000, NULL);
    GetWindowRect(main_hwnd, &window);
    GetClientRect(main_hwnd, &client);
    ClientToScreen(main_hwnd, &origin);
    text = GetSysColor(COLOR_CAPTIONTEXT);
    /* the caption band: below the top border, above the client area */
    say("ready %d %d %d %d %d %d %d %d %02x%02x%02x\n", (int)origin.x, (int)origin.y, (int)(origin.x - window.left),
        (int)(origin.y - window.top), (int)window.left + 8, (int)window.top + 4, 120,
        (int)(origin.y - window.top) - 8, GetRValue(text), GetGValue(text), GetBValue(text));
    ready = 1;
    while (GetMessageA(&msg, NULL, 0, 0) > 0) {
        TranslateMessage(&msg);
        DispatchMessageA(&msg);
    }
    return (int)msg.wParam;
}
