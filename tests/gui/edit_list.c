/* An Edit and a ListBox on the display, for tests/gui/run.sh: prints
 * "ready EX EY LX LY HL" once painted (a point in the edit, the centre of
 * the list's third item, in screen coordinates, and the highlight colour
 * as RRGGBB), then "text T" when the edit's text changes to two letters
 * and "selected N" for LBN_SELCHANGE; exits when both came (or after 20
 * seconds, exit code 2). */
#include <windows.h>
#include <stdio.h>

static HWND edit, list;
static int got_text, got_sel, ready;

static LRESULT CALLBACK proc(HWND hwnd, UINT msg, WPARAM wp, LPARAM lp)
{
    switch (msg) {
    case WM_COMMAND:
        if ((HWND)lp == edit && HIWORD(wp) == EN_CHANGE && GetWindowTextLengthA(edit) == 2 && !got_text++) {
            char buf[8];
            GetWindowTextA(edit, buf, sizeof(buf));
            printf("text %s\n", buf);
        }
        if ((HWND)lp == list && HIWORD(wp) == LBN_SELCHANGE && !got_sel++)
            printf("selected %d\n", (int)SendMessageA(list, LB_GETCURSEL, 0, 0));
        fflush(stdout);
        if (got_text && got_sel) SetTimer(hwnd, 2, 500, NULL);   /* time to read the highlight back */
        return 0;
    case WM_PAINT:
        DefWindowProcA(hwnd, msg, wp, lp);
        if (!ready++) PostMessageA(hwnd, WM_APP, 0, 0);
        return 0;
    case WM_APP: {
        RECT item;
        POINT e = { 20, 12 }, l;
        DWORD hl = GetSysColor(COLOR_HIGHLIGHT);
        UpdateWindow(edit);
        UpdateWindow(list);
        SendMessageA(list, LB_GETITEMRECT, 2, (LPARAM)&item);
        l.x = item.right - 10;
        l.y = (item.top + item.bottom) / 2;
        ClientToScreen(edit, &e);
        ClientToScreen(list, &l);
        printf("ready %d %d %d %d %02x%02x%02x\n", (int)e.x, (int)e.y, (int)l.x, (int)l.y, GetRValue(hl), GetGValue(hl),
               GetBValue(hl));
        fflush(stdout);
        return 0;
    }
    case WM_TIMER:
        PostQuitMessage(wp == 2 ? 0 : 2);
        return 0;
    }
    return DefWindowProcA(hwnd, msg, wp, lp);
}

int main(void)
{
    WNDCLASSA wc = { 0 };
    HWND hwnd;
    MSG msg;
    int i;
    static const char *names[] = { "one", "two", "three", "four", "five" };

    wc.lpfnWndProc = proc;
    wc.hInstance = GetModuleHandleA(NULL);
    wc.hbrBackground = (HBRUSH)(COLOR_BTNFACE + 1);
    wc.lpszClassName = "EditListWindow";
    RegisterClassA(&wc);
    hwnd = CreateWindowExA(0, "EditListWindow", "edit and list", WS_POPUP | WS_VISIBLE, 0, 0, 260, 180, NULL, NULL,
                           wc.hInstance, NULL);
    edit = CreateWindowExA(0, "Edit", "", WS_CHILD | WS_VISIBLE | WS_BORDER | ES_AUTOHSCROLL, 10, 10, 200, 24, hwnd,
                           (HMENU)1, wc.hInstance, NULL);
    list = CreateWindowExA(0, "ListBox", "", WS_CHILD | WS_VISIBLE | WS_BORDER | LBS_NOTIFY, 10, 50, 200, 100, hwnd,
                           (HMENU)2, wc.hInstance, NULL);
    for (i = 0; i < 5; i++) SendMessageA(list, LB_ADDSTRING, 0, (LPARAM)names[i]);
    SetTimer(hwnd, 1, 20000, NULL);
    while (GetMessageA(&msg, NULL, 0, 0) > 0) {
        TranslateMessage(&msg);
        DispatchMessageA(&msg);
    }
    return (int)msg.wParam;
}
