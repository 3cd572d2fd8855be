/* A window with a menu bar and an accelerator table, for tests/gui/run.sh.
 * Prints "ready X Y" (the screen centre of the bar's first item) once
 * painted, "popup X Y L" (the centre of the open popup's first item and a
 * point inside its left edge) when the popup is on screen, "command ID"
 * for a WM_COMMAND from the menu and "accel ID" for one from the
 * accelerator (HIWORD(wParam) = 1); exits after both (or after 20
 * seconds, exit code 2). */
#include <windows.h>
#include <stdio.h>

#define ID_OPEN 201
#define ID_EXIT 203
#define ID_REFRESH 204

static int painted, popup_shown, got_menu, got_accel;

static LRESULT CALLBACK proc(HWND hwnd, UINT msg, WPARAM wp, LPARAM lp)
{
    switch (msg) {
    case WM_PAINT: {
        PAINTSTRUCT ps;
        RECT item;
        BeginPaint(hwnd, &ps);
        EndPaint(hwnd, &ps);
        if (!painted++ && GetMenuItemRect(hwnd, GetMenu(hwnd), 0, &item)) {
            printf("ready %d %d\n", (int)(item.left + item.right) / 2, (int)(item.top + item.bottom) / 2);
            fflush(stdout);
        }
        return 0;
    }
    case WM_TIMER:
        if (wp == 2) {
            /* runs inside the menu's own loop too: report the open popup */
            HWND popup = FindWindowA("#32768", NULL);
            RECT item;
            if (popup && IsWindowVisible(popup) && !popup_shown &&
                GetMenuItemRect(hwnd, GetSubMenu(GetMenu(hwnd), 0), 0, &item)) {
                popup_shown = 1;
                printf("popup %d %d %d\n", (int)(item.left + item.right) / 2, (int)(item.top + item.bottom) / 2,
                       (int)item.left + 3);
                fflush(stdout);
            }
            return 0;
        }
        PostQuitMessage(2);
        return 0;
    case WM_COMMAND:
        if (HIWORD(wp) == 1) {
            if (!got_accel++) printf("accel %d\n", LOWORD(wp));
        } else if (!got_menu++) printf("command %d\n", LOWORD(wp));
        fflush(stdout);
        if (got_menu && got_accel) PostQuitMessage(0);
        return 0;
    case WM_DESTROY:
        PostQuitMessage(3);
        return 0;
    }
    return DefWindowProcA(hwnd, msg, wp, lp);
}

int main(void)
{
    WNDCLASSA wc = { 0 };
    HMENU bar = CreateMenu(), file = CreatePopupMenu();
    ACCEL accel = { FVIRTKEY, VK_F5, ID_REFRESH };
    HACCEL table = CreateAcceleratorTableA(&accel, 1);
    HWND hwnd;
    MSG msg;

    AppendMenuA(file, MF_STRING, ID_OPEN, "&Open");
    AppendMenuA(file, MF_SEPARATOR, 0, NULL);
    AppendMenuA(file, MF_STRING, ID_EXIT, "E&xit");
    AppendMenuA(bar, MF_POPUP, (UINT_PTR)file, "&File");
    AppendMenuA(bar, MF_STRING, 300, "&Help");
    wc.lpfnWndProc = proc;
    wc.hInstance = GetModuleHandleA(NULL);
    wc.hbrBackground = (HBRUSH)(COLOR_WINDOW + 1);
    wc.lpszClassName = "MenuWindow";
    RegisterClassA(&wc);
    hwnd = CreateWindowExA(0, "MenuWindow", "menu window", WS_OVERLAPPEDWINDOW | WS_VISIBLE, 0, 0, 320, 200, NULL, bar,
                           wc.hInstance, NULL);
    SetTimer(hwnd, 1, 20000, NULL);
    SetTimer(hwnd, 2, 50, NULL);
    while (GetMessageA(&msg, NULL, 0, 0) > 0) {
        if (TranslateAcceleratorA(hwnd, table, &msg)) continue;
        TranslateMessage(&msg);
        DispatchMessageA(&msg);
    }
    DestroyAcceleratorTable(table);
    return (int)msg.wParam;
}
