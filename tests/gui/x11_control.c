/* The pointer, activation, dead keys and large clipboard text through the
 * X11 driver, for tests/gui/run.sh: a captioned window "x11 control" and
 * a popup "x11 second". Prints "ready" with the main window's client
 * origin, then one line per event of interest; keys ask for the actions:
 *   P  SetCursorPos to client point 50,60 ("setpos"); the next
 *      WM_MOUSEMOVE prints "mousemove X Y" (client coordinates)
 *   G  prints GetCursorPos as "getpos X Y"
 *   H / S  ShowCursor(FALSE) / (TRUE): "hide N" / "show N" with the count
 *   L  ClipCursor to client 10,10-100,80, SetCursorPos(0,0), prints
 *      "clipped X Y" (GetCursorPos), then ClipCursor(NULL)
 *   F  SetForegroundWindow of the other window; WM_ACTIVATE prints
 *      "activate main|second STATE"
 *   B  puts a 1,000,000-byte (UTF-8) text on the clipboard ("bigset")
 *   N  reads the clipboard: "bigget LENGTH same|different" against that text
 *   K  from now on WM_CHAR/WM_DEADCHAR print "char X" / "deadchar X"
 * Escape ends it (exit 0); 40 seconds without it end it with exit 2. */
#include <windows.h>
#include <stdio.h>

static HWND main_hwnd, second_hwnd;
static int ready, after_setpos, show_chars;

static void say(const char *fmt, ...)
{
    va_list args;
    va_start(args, fmt);
    vprintf(fmt, args);
    va_end(args);
    fflush(stdout);
}

/* "000000 é 000001 é ..." to 099999: 9 UTF-16 units (10 UTF-8 bytes) each */
#define BIG_ITEMS 100000
static WCHAR *big_text(void)
{
    WCHAR *text = malloc((BIG_ITEMS * 9 + 1) * sizeof(WCHAR)), *p = text;
    for (int i = 0; i < BIG_ITEMS; i++) {
        for (int d = 100000; d; d /= 10) *p++ = '0' + i / d % 10;
        *p++ = ' ';
        *p++ = 0xe9;
        *p++ = ' ';
    }
    *p = 0;
    return text;
}

static void set_big(HWND hwnd)
{
    WCHAR *text = big_text();
    SIZE_T size = (wcslen(text) + 1) * sizeof(WCHAR);
    HGLOBAL h = GlobalAlloc(GMEM_MOVEABLE, size);

    memcpy(GlobalLock(h), text, size);
    GlobalUnlock(h);
    free(text);
    if (OpenClipboard(hwnd)) {
        EmptyClipboard();
        SetClipboardData(CF_UNICODETEXT, h);
        CloseClipboard();
        say("bigset\n");
    }
}

static void get_big(HWND hwnd)
{
    WCHAR *want = big_text();
    const WCHAR *got;
    HANDLE h;

    if (!OpenClipboard(hwnd)) return;
    if ((h = GetClipboardData(CF_UNICODETEXT)) && (got = GlobalLock(h))) {
        say("bigget %d %s\n", (int)wcslen(got), wcscmp(got, want) ? "different" : "same");
        GlobalUnlock(h);
    } else say("bigget none\n");
    CloseClipboard();
    free(want);
}

static void client_to_screen_rect(HWND hwnd, RECT *r)
{
    MapWindowPoints(hwnd, NULL, (POINT *)r, 2);
}

static LRESULT CALLBACK proc(HWND hwnd, UINT msg, WPARAM wp, LPARAM lp)
{
    const char *name = hwnd == second_hwnd ? "second" : "main";
    POINT pt;
    RECT r;

    switch (msg) {
    case WM_KEYDOWN:
        switch (wp) {
        case VK_ESCAPE: PostQuitMessage(0); break;
        case 'P':
            pt.x = 50;
            pt.y = 60;
            ClientToScreen(main_hwnd, &pt);
            after_setpos = 1;
            SetCursorPos(pt.x, pt.y);
            say("setpos\n");
            break;
        case 'G':
            GetCursorPos(&pt);
            say("getpos %d %d\n", (int)pt.x, (int)pt.y);
            break;
        case 'H': say("hide %d\n", ShowCursor(FALSE)); break;
        case 'S': say("show %d\n", ShowCursor(TRUE)); break;
        case 'L':
            SetRect(&r, 10, 10, 100, 80);
            client_to_screen_rect(main_hwnd, &r);
            ClipCursor(&r);
            SetCursorPos(0, 0);
            GetCursorPos(&pt);
            ScreenToClient(main_hwnd, &pt);
            say("clipped %d %d\n", (int)pt.x, (int)pt.y);
            ClipCursor(NULL);
            break;
        case 'F': SetForegroundWindow(hwnd == main_hwnd ? second_hwnd : main_hwnd); break;
        case 'B': set_big(hwnd); break;
        case 'N': get_big(hwnd); break;
        case 'K': show_chars = 1; say("compose\n"); break;
        }
        break;
    case WM_CHAR:
        if (show_chars && wp != 0x1b) say("char %x\n", (int)wp);
        return 0;
    case WM_DEADCHAR:
        if (show_chars) say("deadchar %x\n", (int)wp);
        return 0;
    case WM_MOUSEMOVE:
        if (after_setpos && hwnd == main_hwnd) {
            say("mousemove %d %d\n", (short)LOWORD(lp), (short)HIWORD(lp));
            after_setpos = 0;
        }
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
    POINT origin = { 0, 0 };
    MSG msg;

    wc.lpfnWndProc = proc;
    wc.hInstance = GetModuleHandleA(NULL);
    wc.hCursor = LoadCursorA(NULL, (LPCSTR)IDC_ARROW);
    wc.hbrBackground = (HBRUSH)(COLOR_WINDOW + 1);
    wc.lpszClassName = "X11Control";
    RegisterClassA(&wc);
    second_hwnd = CreateWindowExA(0, "X11Control", "x11 second", WS_POPUP | WS_VISIBLE, 600, 400, 100, 100, NULL,
                                  NULL, wc.hInstance, NULL);
    main_hwnd = CreateWindowExA(0, "X11Control", "x11 control", WS_OVERLAPPEDWINDOW, 60, 60, 320, 240, NULL, NULL,
                                wc.hInstance, NULL);
    ShowWindow(main_hwnd, SW_SHOW);   /* a new top-level shown is activated */
    UpdateWindow(main_hwnd);
    SetTimer(main_hwnd, 1, 40000, NULL);
    ClientToScreen(main_hwnd, &origin);
    say("ready %d %d %s\n", (int)origin.x, (int)origin.y, GetForegroundWindow() == main_hwnd ? "foreground" : "background");
    ready = 1;
    while (GetMessageA(&msg, NULL, 0, 0) > 0) {
        TranslateMessage(&msg);
        DispatchMessageA(&msg);
    }
    return (int)msg.wParam;
}
