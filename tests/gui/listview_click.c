/* A report-view list view on the display, for tests/gui/run.sh: prints
 * "ready X Y HL" once painted (a point in the second column of the third
 * row, in screen coordinates, and the highlight colour as RRGGBB), then
 * "selected N" when a click selects an item (LVN_ITEMCHANGED) and exits
 * half a second later, time to read the highlighted row back (after 20
 * seconds without a click, exit code 2). */
#include <windows.h>
#include <commctrl.h>
#include <stdio.h>

static HWND list;
static int ready, got_sel;

static LRESULT CALLBACK proc(HWND hwnd, UINT msg, WPARAM wp, LPARAM lp)
{
    switch (msg) {
    case WM_NOTIFY: {
        NMLISTVIEW *nm = (NMLISTVIEW *)lp;
        if (nm->hdr.hwndFrom == list && nm->hdr.code == LVN_ITEMCHANGED && (nm->uNewState & LVIS_SELECTED) &&
            !got_sel++) {
            printf("selected %d\n", nm->iItem);
            fflush(stdout);
            SetTimer(hwnd, 2, 500, NULL);
        }
        return 0;
    }
    case WM_PAINT:
        DefWindowProcA(hwnd, msg, wp, lp);
        if (!ready++) PostMessageA(hwnd, WM_APP, 0, 0);
        return 0;
    case WM_APP: {
        RECT item;
        POINT pt;
        DWORD hl = GetSysColor(COLOR_HIGHLIGHT);
        UpdateWindow(list);
        item.top = 1;
        item.left = LVIR_BOUNDS;
        SendMessageA(list, LVM_GETSUBITEMRECT, 2, (LPARAM)&item);
        pt.x = item.right - 5;
        pt.y = (item.top + item.bottom) / 2;
        ClientToScreen(list, &pt);
        printf("ready %d %d %02x%02x%02x\n", (int)pt.x, (int)pt.y, GetRValue(hl), GetGValue(hl), GetBValue(hl));
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
    LVCOLUMNA col = { 0 };
    LVITEMA item = { 0 };
    HWND hwnd;
    MSG msg;
    int i;
    static const char *names[] = { "one", "two", "three", "four" };

    InitCommonControls();
    wc.lpfnWndProc = proc;
    wc.hInstance = GetModuleHandleA(NULL);
    wc.hbrBackground = (HBRUSH)(COLOR_BTNFACE + 1);
    wc.lpszClassName = "ListViewWindow";
    RegisterClassA(&wc);
    hwnd = CreateWindowExA(0, "ListViewWindow", "list view", WS_POPUP | WS_VISIBLE, 0, 0, 300, 200, NULL, NULL,
                           wc.hInstance, NULL);
    list = CreateWindowExA(0, WC_LISTVIEWA, "", WS_CHILD | WS_VISIBLE | WS_BORDER | LVS_REPORT | LVS_SINGLESEL, 10, 10,
                           260, 160, hwnd, (HMENU)1, wc.hInstance, NULL);
    SendMessageA(list, LVM_SETEXTENDEDLISTVIEWSTYLE, LVS_EX_FULLROWSELECT, LVS_EX_FULLROWSELECT);
    col.mask = LVCF_TEXT | LVCF_WIDTH;
    col.cx = 100;
    col.pszText = "Name";
    SendMessageA(list, LVM_INSERTCOLUMNA, 0, (LPARAM)&col);
    col.pszText = "Size";
    SendMessageA(list, LVM_INSERTCOLUMNA, 1, (LPARAM)&col);
    item.mask = LVIF_TEXT;
    for (i = 0; i < 4; i++) {
        item.iItem = i;
        item.pszText = (char *)names[i];
        SendMessageA(list, LVM_INSERTITEMA, 0, (LPARAM)&item);
    }
    SetTimer(hwnd, 1, 20000, NULL);
    while (GetMessageA(&msg, NULL, 0, 0) > 0) {
        TranslateMessage(&msg);
        DispatchMessageA(&msg);
    }
    return (int)msg.wParam;
}
