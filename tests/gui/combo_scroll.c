/* A drop-down ComboBox and a window with its own vertical scroll bar on
 * the display, for tests/gui/run.sh: prints "ready BX BY AX AY" once
 * painted (the centre of the combo box's button and of the scroll bar's
 * down arrow, in screen coordinates), "dropped IX IY" when the list is
 * open (the centre of its second item), "selchange N" for CBN_SELCHANGE
 * and "vscroll CODE" for the first WM_VSCROLL; exits when both came (or
 * after 20 seconds, exit code 2). */
#include <windows.h>
#include <stdio.h>

static HWND combo, scrolled;
static int got_sel, got_scroll, ready;

static void done_check(HWND hwnd)
{
    if (got_sel && got_scroll) SetTimer(hwnd, 2, 300, NULL);
}

static LRESULT CALLBACK scrolled_proc(HWND hwnd, UINT msg, WPARAM wp, LPARAM lp)
{
    if (msg == WM_VSCROLL) {
        if (!got_scroll++) {
            printf("vscroll %d\n", LOWORD(wp));
            fflush(stdout);
        }
        if (LOWORD(wp) == SB_ENDSCROLL) done_check(GetParent(hwnd));
        return 0;
    }
    return DefWindowProcA(hwnd, msg, wp, lp);
}

static LRESULT CALLBACK proc(HWND hwnd, UINT msg, WPARAM wp, LPARAM lp)
{
    switch (msg) {
    case WM_COMMAND:
        if ((HWND)lp == combo && HIWORD(wp) == CBN_DROPDOWN) PostMessageA(hwnd, WM_APP + 1, 0, 0);
        if ((HWND)lp == combo && HIWORD(wp) == CBN_SELCHANGE && !got_sel++) {
            printf("selchange %d\n", (int)SendMessageA(combo, CB_GETCURSEL, 0, 0));
            fflush(stdout);
            done_check(hwnd);
        }
        return 0;
    case WM_PAINT:
        DefWindowProcA(hwnd, msg, wp, lp);
        if (!ready++) PostMessageA(hwnd, WM_APP, 0, 0);
        return 0;
    case WM_APP: {
        COMBOBOXINFO info = { sizeof(info) };
        SCROLLBARINFO sbi = { sizeof(sbi) };
        POINT b;
        UpdateWindow(combo);
        GetComboBoxInfo(combo, &info);
        b.x = (info.rcButton.left + info.rcButton.right) / 2;
        b.y = (info.rcButton.top + info.rcButton.bottom) / 2;
        ClientToScreen(combo, &b);
        GetScrollBarInfo(scrolled, OBJID_VSCROLL, &sbi);
        printf("ready %d %d %d %d\n", (int)b.x, (int)b.y, (int)(sbi.rcScrollBar.left + sbi.rcScrollBar.right) / 2,
               (int)sbi.rcScrollBar.bottom - sbi.dxyLineButton / 2);
        fflush(stdout);
        return 0;
    }
    case WM_APP + 1: {
        COMBOBOXINFO info = { sizeof(info) };
        RECT item;
        POINT p;
        GetComboBoxInfo(combo, &info);
        SendMessageA(info.hwndList, LB_GETITEMRECT, 1, (LPARAM)&item);
        p.x = (item.left + item.right) / 2;
        p.y = (item.top + item.bottom) / 2;
        ClientToScreen(info.hwndList, &p);
        printf("dropped %d %d\n", (int)p.x, (int)p.y);
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
    SCROLLINFO si = { sizeof(si), SIF_RANGE | SIF_PAGE, 0, 99, 10, 0, 0 };

    wc.lpfnWndProc = proc;
    wc.hInstance = GetModuleHandleA(NULL);
    wc.hbrBackground = (HBRUSH)(COLOR_BTNFACE + 1);
    wc.hCursor = LoadCursorA(NULL, (LPCSTR)IDC_ARROW);
    wc.lpszClassName = "combo_scroll";
    RegisterClassA(&wc);
    wc.lpfnWndProc = scrolled_proc;
    wc.hbrBackground = (HBRUSH)(COLOR_WINDOW + 1);
    wc.lpszClassName = "scrolled";
    RegisterClassA(&wc);
    hwnd = CreateWindowExA(0, "combo_scroll", "combo and scroll", WS_OVERLAPPEDWINDOW, 40, 40, 420, 260, 0, 0,
                           wc.hInstance, 0);
    combo = CreateWindowExA(0, "ComboBox", "", WS_CHILD | WS_VISIBLE | CBS_DROPDOWNLIST, 10, 10, 150, 150, hwnd,
                            (HMENU)1, wc.hInstance, 0);
    SendMessageA(combo, CB_ADDSTRING, 0, (LPARAM)"first");
    SendMessageA(combo, CB_ADDSTRING, 0, (LPARAM)"second");
    SendMessageA(combo, CB_ADDSTRING, 0, (LPARAM)"third");
    scrolled = CreateWindowExA(0, "scrolled", "", WS_CHILD | WS_VISIBLE | WS_BORDER | WS_VSCROLL, 200, 10, 150, 150,
                               hwnd, (HMENU)2, wc.hInstance, 0);
    SetScrollInfo(scrolled, SB_VERT, &si, TRUE);
    ShowWindow(hwnd, SW_SHOW);
    SetTimer(hwnd, 1, 20000, NULL);
    while (GetMessageA(&msg, 0, 0, 0)) {
        TranslateMessage(&msg);
        DispatchMessageA(&msg);
    }
    return (int)msg.wParam;
}
