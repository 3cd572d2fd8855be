/* Menus and accelerators without a display: items and their states,
 * strings, MENUITEMINFO, default items, LoadMenu from MENU and MENUEX
 * resources (user_menu.rc), the menu bar's effect on the client area,
 * GetMenuItemRect, the class menu, the system menu, TrackPopupMenu driven
 * by posted keys, and TranslateAccelerator on synthetic messages. */
#include "test.h"

static HWND log_hwnd;
static UINT log_msgs[64];
static WPARAM log_wp[64];
static LPARAM log_lp[64];
static int log_count;

static void log_reset(void) { log_count = 0; }

static int log_find(UINT msg)
{
    for (int i = 0; i < log_count; i++) if (log_msgs[i] == msg) return i;
    return -1;
}

static LRESULT CALLBACK proc(HWND hwnd, UINT msg, WPARAM wp, LPARAM lp)
{
    if (hwnd == log_hwnd && log_count < 64 &&
        (msg == WM_COMMAND || msg == WM_SYSCOMMAND || msg == WM_INITMENU || msg == WM_INITMENUPOPUP ||
         msg == WM_ENTERMENULOOP || msg == WM_EXITMENULOOP || msg == WM_MENUSELECT)) {
        log_msgs[log_count] = msg;
        log_wp[log_count] = wp;
        log_lp[log_count] = lp;
        log_count++;
    }
    return DefWindowProcA(hwnd, msg, wp, lp);
}

static void test_items(void)
{
    HMENU menu = CreateMenu(), sub = CreatePopupMenu(), sub2;
    char buf[64];
    WCHAR wbuf[64];
    MENUITEMINFOW mii;
    int r;

    ok(IsMenu(menu) && IsMenu(sub), "IsMenu of new menus");
    ok(!IsMenu(NULL), "IsMenu(NULL) is FALSE");
    ok(GetMenuItemCount(menu) == 0, "new menu has no items");
    ok(AppendMenuA(menu, MF_STRING, 10, "&One"), "AppendMenuA string");
    ok(AppendMenuA(menu, MF_STRING | MF_GRAYED, 11, "Two"), "AppendMenuA grayed");
    ok(AppendMenuA(menu, MF_SEPARATOR, 0, NULL), "AppendMenuA separator");
    ok(AppendMenuA(sub, MF_STRING | MF_CHECKED, 20, "Sub item"), "AppendMenuA to the popup");
    ok(AppendMenuA(menu, MF_POPUP, (UINT_PTR)sub, "&Popup"), "AppendMenuA popup");
    r = GetMenuItemCount(menu);
    ok(r == 4, "count %d", r);
    ok(GetMenuItemID(menu, 0) == 10 && GetMenuItemID(menu, 1) == 11, "GetMenuItemID");
    ok(GetMenuItemID(menu, 3) == (UINT)-1, "GetMenuItemID of a popup is -1");
    ok(GetMenuItemID(menu, 9) == (UINT)-1, "GetMenuItemID past the end is -1");
    ok(GetSubMenu(menu, 3) == sub && GetSubMenu(menu, 0) == NULL, "GetSubMenu");
    r = GetMenuStringA(menu, 0, buf, sizeof(buf), MF_BYPOSITION);
    ok(r == 4 && !strcmp(buf, "&One"), "GetMenuStringA: %d '%s'", r, buf);
    r = GetMenuStringA(menu, 3, buf, 3, MF_BYPOSITION);
    ok(r == 2 && !strncmp(buf, "&P", 2), "GetMenuStringA truncated: %d", r);
    r = GetMenuStringW(menu, 10, NULL, 0, MF_BYCOMMAND);
    ok(r == 4, "GetMenuStringW length %d", r);
    r = GetMenuStringA(menu, 20, buf, sizeof(buf), MF_BYCOMMAND);
    ok(r == 8 && !strcmp(buf, "Sub item"), "by command inside a submenu: %d '%s'", r, buf);
    ok(GetMenuState(menu, 11, MF_BYCOMMAND) == MF_GRAYED, "grayed state %x", GetMenuState(menu, 11, MF_BYCOMMAND));
    ok(GetMenuState(menu, 2, MF_BYPOSITION) & MF_SEPARATOR, "separator state %x", GetMenuState(menu, 2, MF_BYPOSITION));
    r = GetMenuState(menu, 3, MF_BYPOSITION);
    ok(r == ((1 << 8) | MF_POPUP), "popup state %x", r);
    ok(GetMenuState(menu, 20, MF_BYCOMMAND) == MF_CHECKED, "submenu item state");
    ok(GetMenuState(menu, 99, MF_BYCOMMAND) == (UINT)-1, "missing item state is -1");

    /* states */
    r = EnableMenuItem(menu, 11, MF_BYCOMMAND | MF_ENABLED);
    ok(r == MF_GRAYED, "EnableMenuItem returns the old state %x", r);
    ok(GetMenuState(menu, 11, MF_BYCOMMAND) == 0, "now enabled");
    r = EnableMenuItem(menu, 99, MF_BYCOMMAND | MF_GRAYED);
    ok(r == -1, "EnableMenuItem of a missing item %d", r);
    r = CheckMenuItem(menu, 10, MF_BYCOMMAND | MF_CHECKED);
    ok(r == MF_UNCHECKED, "CheckMenuItem old %x", r);
    r = CheckMenuItem(menu, 0, MF_BYPOSITION | MF_UNCHECKED);
    ok(r == MF_CHECKED, "CheckMenuItem old checked %x", r);

    /* insert, modify, remove */
    ok(InsertMenuA(menu, 1, MF_BYPOSITION | MF_STRING, 12, "Inserted"), "InsertMenuA by position");
    ok(GetMenuItemID(menu, 1) == 12 && GetMenuItemID(menu, 2) == 11, "inserted before position 1");
    ok(InsertMenuA(menu, 11, MF_BYCOMMAND | MF_STRING, 13, "Before 11"), "InsertMenuA by command");
    ok(GetMenuItemID(menu, 2) == 13 && GetMenuItemID(menu, 3) == 11, "inserted before command 11");
    ok(ModifyMenuA(menu, 13, MF_BYCOMMAND | MF_STRING, 14, "Modified"), "ModifyMenuA");
    GetMenuStringA(menu, 2, buf, sizeof(buf), MF_BYPOSITION);
    ok(GetMenuItemID(menu, 2) == 14 && !strcmp(buf, "Modified"), "modified item %u '%s'", GetMenuItemID(menu, 2), buf);
    ok(RemoveMenu(menu, 14, MF_BYCOMMAND), "RemoveMenu");
    ok(!RemoveMenu(menu, 14, MF_BYCOMMAND), "RemoveMenu of a removed item fails");
    r = GetMenuItemCount(menu);
    ok(r == 5, "count after insert/remove %d", r);

    /* MENUITEMINFO */
    memset(&mii, 0, sizeof(mii));
    mii.cbSize = sizeof(mii);
    mii.fMask = MIIM_STRING | MIIM_ID | MIIM_STATE | MIIM_FTYPE;
    mii.dwTypeData = wbuf;
    mii.cch = 64;
    ok(GetMenuItemInfoW(menu, 0, TRUE, &mii), "GetMenuItemInfoW");
    ok(mii.wID == 10 && mii.cch == 4 && !memcmp(wbuf, L"&One", 10) && mii.fType == MFT_STRING && mii.fState == 0,
       "item info id %u cch %u type %x state %x", mii.wID, mii.cch, mii.fType, mii.fState);
    mii.dwTypeData = NULL;
    mii.cch = 0;
    ok(GetMenuItemInfoW(menu, 12, FALSE, &mii) && mii.cch == 8, "length only: %u", mii.cch);
    memset(&mii, 0, sizeof(mii));
    mii.cbSize = sizeof(mii);
    mii.fMask = MIIM_STRING | MIIM_DATA | MIIM_STATE;
    mii.dwTypeData = (WCHAR *)L"Renamed";
    mii.dwItemData = 0x1234;
    mii.fState = MFS_CHECKED | MFS_GRAYED;
    ok(SetMenuItemInfoW(menu, 12, FALSE, &mii), "SetMenuItemInfoW");
    GetMenuStringA(menu, 12, buf, sizeof(buf), MF_BYCOMMAND);
    ok(!strcmp(buf, "Renamed"), "renamed '%s'", buf);
    ok(GetMenuState(menu, 12, MF_BYCOMMAND) == (MF_CHECKED | MF_GRAYED | MF_DISABLED), "state from SetMenuItemInfo %x",
       GetMenuState(menu, 12, MF_BYCOMMAND));
    memset(&mii, 0, sizeof(mii));
    mii.cbSize = sizeof(mii);
    mii.fMask = MIIM_DATA;
    ok(GetMenuItemInfoW(menu, 12, FALSE, &mii) && mii.dwItemData == 0x1234, "item data");
    {
        MENUITEMINFOA mia;
        memset(&mia, 0, sizeof(mia));
        mia.cbSize = sizeof(mia);
        mia.fMask = MIIM_STRING | MIIM_ID;
        mia.wID = 15;
        mia.dwTypeData = (char *)"Item A";
        ok(InsertMenuItemA(menu, 0, TRUE, &mia), "InsertMenuItemA");
        memset(buf, 0, sizeof(buf));
        mia.dwTypeData = buf;
        mia.cch = sizeof(buf);
        mia.wID = 0;
        ok(GetMenuItemInfoA(menu, 0, TRUE, &mia) && mia.wID == 15 && mia.cch == 6 && !strcmp(buf, "Item A"),
           "GetMenuItemInfoA id %u cch %u '%s'", mia.wID, mia.cch, buf);
        mia.cbSize = 12;
        SetLastError(0xdeadbeef);
        ok(!GetMenuItemInfoA(menu, 0, TRUE, &mia) && GetLastError() == ERROR_INVALID_PARAMETER, "bad cbSize %lu",
           GetLastError());
    }

    /* radio items and default item */
    sub2 = CreatePopupMenu();
    AppendMenuA(sub2, MF_STRING, 30, "A");
    AppendMenuA(sub2, MF_STRING, 31, "B");
    AppendMenuA(sub2, MF_STRING, 32, "C");
    ok(CheckMenuRadioItem(sub2, 30, 32, 31, MF_BYCOMMAND), "CheckMenuRadioItem");
    memset(&mii, 0, sizeof(mii));
    mii.cbSize = sizeof(mii);
    mii.fMask = MIIM_FTYPE | MIIM_STATE;
    GetMenuItemInfoW(sub2, 1, TRUE, &mii);
    ok(mii.fType == MFT_RADIOCHECK && mii.fState == MFS_CHECKED, "radio item type %x state %x", mii.fType, mii.fState);
    ok(GetMenuState(sub2, 30, MF_BYCOMMAND) == 0, "the others are unchecked");
    ok(CheckMenuRadioItem(sub2, 0, 2, 2, MF_BYPOSITION), "CheckMenuRadioItem by position");
    ok(!(GetMenuState(sub2, 31, MF_BYCOMMAND) & MF_CHECKED) && (GetMenuState(sub2, 32, MF_BYCOMMAND) & MF_CHECKED),
       "radio moved");
    ok(GetMenuDefaultItem(sub2, FALSE, 0) == (UINT)-1, "no default item");
    ok(SetMenuDefaultItem(sub2, 31, FALSE), "SetMenuDefaultItem by command");
    ok(GetMenuDefaultItem(sub2, FALSE, 0) == 31 && GetMenuDefaultItem(sub2, TRUE, 0) == 1, "default item");
    ok(GetMenuState(sub2, 31, MF_BYCOMMAND) & MF_DEFAULT, "MF_DEFAULT in the state");
    ok(SetMenuDefaultItem(sub2, 2, TRUE) && GetMenuDefaultItem(sub2, FALSE, 0) == 32, "default by position");
    ok(SetMenuDefaultItem(sub2, -1, TRUE) && GetMenuDefaultItem(sub2, FALSE, 0) == (UINT)-1, "no default again");

    /* DeleteMenu destroys a submenu, RemoveMenu does not */
    AppendMenuA(menu, MF_POPUP, (UINT_PTR)sub2, "Sub2");
    r = GetMenuItemCount(menu);
    ok(RemoveMenu(menu, r - 1, MF_BYPOSITION) && IsMenu(sub2), "RemoveMenu keeps the submenu");
    AppendMenuA(menu, MF_POPUP, (UINT_PTR)sub2, "Sub2");
    ok(DeleteMenu(menu, r - 1, MF_BYPOSITION) && !IsMenu(sub2), "DeleteMenu destroys the submenu");
    ok(DestroyMenu(menu), "DestroyMenu");
    ok(!IsMenu(menu) && !IsMenu(sub), "DestroyMenu destroys submenus too");
    ok(!DestroyMenu(menu), "DestroyMenu twice fails");
    ok(GetMenuItemCount(menu) == -1, "count of a dead menu");
}

static void test_load(void)
{
    HINSTANCE inst = GetModuleHandleA(NULL);
    HMENU menu = LoadMenuA(inst, MAKEINTRESOURCEA(100)), file, view, zoom;
    MENUITEMINFOW mii;
    char buf[64];

    ok(menu != NULL, "LoadMenu MENU");
    if (!menu) return;
    ok(GetMenuItemCount(menu) == 3, "top items %d", GetMenuItemCount(menu));
    file = GetSubMenu(menu, 0);
    view = GetSubMenu(menu, 1);
    ok(file && view && !GetSubMenu(menu, 2), "two popups and a command");
    GetMenuStringA(menu, 0, buf, sizeof(buf), MF_BYPOSITION);
    ok(!strcmp(buf, "&File"), "popup text '%s'", buf);
    ok(GetMenuItemCount(file) == 4, "File items %d", GetMenuItemCount(file));
    GetMenuStringA(file, 201, buf, sizeof(buf), MF_BYCOMMAND);
    ok(!strcmp(buf, "&Open\tCtrl+O"), "item text '%s'", buf);
    ok(GetMenuState(file, 202, MF_BYCOMMAND) == MF_GRAYED, "GRAYED %x", GetMenuState(file, 202, MF_BYCOMMAND));
    ok(GetMenuState(file, 2, MF_BYPOSITION) & MF_SEPARATOR, "SEPARATOR %x", GetMenuState(file, 2, MF_BYPOSITION));
    ok(GetMenuItemID(file, 3) == 203, "Exit id %u", GetMenuItemID(file, 3));
    ok(GetMenuState(menu, 301, MF_BYCOMMAND) == MF_CHECKED, "CHECKED in a submenu");
    zoom = GetSubMenu(view, 1);
    ok(zoom && GetMenuItemCount(zoom) == 2 && GetMenuItemID(zoom, 1) == 312, "nested popup");
    ok(GetMenuState(menu, 312, MF_BYCOMMAND) == 0, "found two levels down");
    ok(GetMenuItemID(menu, 2) == 400, "top command %u", GetMenuItemID(menu, 2));
    DestroyMenu(menu);

    menu = LoadMenuW(inst, MAKEINTRESOURCEW(101));
    ok(menu != NULL, "LoadMenu MENUEX");
    if (!menu) return;
    ok(GetMenuItemCount(menu) == 2, "MENUEX top items %d", GetMenuItemCount(menu));
    memset(&mii, 0, sizeof(mii));
    mii.cbSize = sizeof(mii);
    mii.fMask = MIIM_ID | MIIM_SUBMENU | MIIM_FTYPE;
    ok(GetMenuItemInfoW(menu, 0, TRUE, &mii) && mii.wID == 500 && mii.hSubMenu, "MENUEX popup keeps its id %u",
       mii.wID);
    ok(GetMenuItemCount(mii.hSubMenu) == 3, "MENUEX popup items %d", GetMenuItemCount(mii.hSubMenu));
    ok(GetMenuState(mii.hSubMenu, 501, MF_BYCOMMAND) == MF_DEFAULT, "MFS_DEFAULT %x",
       GetMenuState(mii.hSubMenu, 501, MF_BYCOMMAND));
    ok(GetMenuState(mii.hSubMenu, 1, MF_BYPOSITION) & MF_SEPARATOR, "MENUEX separator");
    memset(&mii, 0, sizeof(mii));
    mii.cbSize = sizeof(mii);
    mii.fMask = MIIM_FTYPE | MIIM_STATE;
    ok(GetMenuItemInfoW(GetSubMenu(menu, 0), 502, FALSE, &mii) && mii.fType == MFT_RADIOCHECK &&
       mii.fState == MFS_CHECKED, "MENUEX radio type %x state %x", mii.fType, mii.fState);
    mii.fMask = MIIM_FTYPE;
    ok(GetMenuItemInfoW(menu, 600, FALSE, &mii) && mii.fType == MFT_RIGHTJUSTIFY, "MENUEX type %x", mii.fType);
    DestroyMenu(menu);

    {
        /* an old-format template in memory: header, then flags, id, text */
        static const WORD template[] = { 0, 0, MF_STRING, 7, 'A', 0, MF_POPUP | MF_END, 'P', 0,
                                         MF_STRING | MF_END, 9, 'C', 0 };
        menu = LoadMenuIndirectW(template);
        ok(menu && GetMenuItemCount(menu) == 2 && GetMenuItemID(menu, 0) == 7, "LoadMenuIndirectW");
        ok(menu && GetSubMenu(menu, 1) && GetMenuItemID(GetSubMenu(menu, 1), 0) == 9, "its popup");
        DestroyMenu(menu);
    }
    SetLastError(0xdeadbeef);
    ok(!LoadMenuA(inst, MAKEINTRESOURCEA(999)) && GetLastError() == ERROR_RESOURCE_NAME_NOT_FOUND,
       "missing menu: %lu", GetLastError());
}

static void test_window_menu(void)
{
    HWND hwnd, child;
    HMENU menu, sys;
    RECT client0, client1, window, item0, item1, adjusted;
    POINT origin = { 0, 0 };
    WNDCLASSA wc = { 0 };
    int bar = GetSystemMetrics(SM_CYMENU);

    hwnd = CreateWindowExA(0, "MenuTest", "menu", WS_OVERLAPPEDWINDOW, 10, 10, 300, 200, NULL, NULL, NULL, NULL);
    ok(hwnd != NULL, "window");
    ok(GetMenu(hwnd) == NULL, "no menu yet");
    GetClientRect(hwnd, &client0);
    menu = CreateMenu();
    AppendMenuA(menu, MF_STRING, 1, "&First");
    AppendMenuA(menu, MF_STRING, 2, "&Second");
    ok(SetMenu(hwnd, menu), "SetMenu");
    ok(GetMenu(hwnd) == menu, "GetMenu");
    GetClientRect(hwnd, &client1);
    ok(client1.right == client0.right && client1.bottom == client0.bottom - bar,
       "the bar takes %d pixels: %d -> %d", bar, (int)client0.bottom, (int)client1.bottom);
    GetWindowRect(hwnd, &window);
    adjusted = client1;
    AdjustWindowRectEx(&adjusted, WS_OVERLAPPEDWINDOW, TRUE, 0);
    ok(adjusted.right - adjusted.left == window.right - window.left &&
       adjusted.bottom - adjusted.top == window.bottom - window.top, "AdjustWindowRectEx with a menu agrees");
    ClientToScreen(hwnd, &origin);
    ok(GetMenuItemRect(hwnd, menu, 0, &item0) && GetMenuItemRect(hwnd, menu, 1, &item1), "GetMenuItemRect");
    ok(item0.left >= window.left && item0.top >= window.top && item0.bottom <= origin.y && item0.bottom > item0.top &&
       item0.right > item0.left, "first item (%d,%d)-(%d,%d) above the client origin %d", (int)item0.left,
       (int)item0.top, (int)item0.right, (int)item0.bottom, (int)origin.y);
    ok(item1.left >= item0.right && item1.top == item0.top, "second item right of the first");
    ok(origin.y - item0.top <= bar, "item within the bar");
    {
        POINT pt = { (item1.left + item1.right) / 2, (item1.top + item1.bottom) / 2 };
        ok(MenuItemFromPoint(hwnd, menu, pt) == 1, "MenuItemFromPoint %d", MenuItemFromPoint(hwnd, menu, pt));
    }
    ok(DrawMenuBar(hwnd), "DrawMenuBar");
    ok(SetMenu(hwnd, NULL) && GetMenu(hwnd) == NULL, "SetMenu NULL");
    GetClientRect(hwnd, &client1);
    ok(client1.bottom == client0.bottom, "the client area grows back");
    ok(IsMenu(menu), "SetMenu NULL does not destroy the menu");
    SetMenu(hwnd, menu);

    child = CreateWindowExA(0, "MenuTest", "child", WS_CHILD, 0, 0, 10, 10, hwnd, (HMENU)5, NULL, NULL);
    ok(!SetMenu(child, menu), "SetMenu on a child fails");
    ok(GetMenu(child) != menu, "a child has no menu");

    sys = GetSystemMenu(hwnd, FALSE);
    ok(sys != NULL && IsMenu(sys), "GetSystemMenu");
    ok(sys && GetMenuState(sys, SC_CLOSE, MF_BYCOMMAND) != (UINT)-1, "system menu has SC_CLOSE");
    ok(GetSystemMenu(hwnd, FALSE) == sys, "the same system menu");

    DestroyWindow(hwnd);
    ok(!IsMenu(menu), "DestroyWindow destroys the window's menu");

    /* the class menu */
    wc.lpfnWndProc = proc;
    wc.hInstance = GetModuleHandleA(NULL);
    wc.lpszClassName = "MenuClass";
    wc.lpszMenuName = MAKEINTRESOURCEA(100);
    RegisterClassA(&wc);
    hwnd = CreateWindowExA(0, "MenuClass", "class menu", WS_OVERLAPPEDWINDOW, 0, 0, 200, 150, NULL, NULL,
                           wc.hInstance, NULL);
    menu = GetMenu(hwnd);
    ok(menu != NULL && GetMenuItemCount(menu) == 3, "the class menu is loaded");
    DestroyWindow(hwnd);
}

static void test_track(void)
{
    HWND hwnd = CreateWindowExA(0, "MenuTest", "track", WS_OVERLAPPEDWINDOW | WS_VISIBLE, 50, 50, 300, 200, NULL, NULL,
                                NULL, NULL);
    HMENU popup = CreatePopupMenu();
    UINT id;
    MSG msg;
    int i;

    AppendMenuA(popup, MF_STRING, 51, "&Alpha");
    AppendMenuA(popup, MF_STRING | MF_GRAYED, 52, "&Beta");
    AppendMenuA(popup, MF_SEPARATOR, 0, NULL);
    AppendMenuA(popup, MF_STRING, 53, "&Gamma");
    SetForegroundWindow(hwnd);
    while (PeekMessageA(&msg, 0, 0, 0, PM_REMOVE)) DispatchMessageA(&msg);

    log_hwnd = hwnd;
    log_reset();
    /* down to Alpha, down past Beta? no: arrows skip only separators */
    PostMessageA(hwnd, WM_KEYDOWN, VK_DOWN, 0);
    PostMessageA(hwnd, WM_KEYDOWN, VK_RETURN, 0);
    id = TrackPopupMenu(popup, TPM_RETURNCMD, 100, 100, 0, hwnd, NULL);
    ok(id == 51, "TPM_RETURNCMD after Down, Enter: %u", id);
    ok(log_find(WM_ENTERMENULOOP) >= 0 && log_find(WM_EXITMENULOOP) > log_find(WM_ENTERMENULOOP),
       "WM_ENTERMENULOOP then WM_EXITMENULOOP");
    i = log_find(WM_INITMENUPOPUP);
    ok(i >= 0 && log_wp[i] == (WPARAM)popup, "WM_INITMENUPOPUP for the popup");
    i = log_find(WM_MENUSELECT);
    ok(i >= 0 && LOWORD(log_wp[i]) == 51 && log_lp[i] == (LPARAM)popup, "WM_MENUSELECT of Alpha");
    ok(log_find(WM_COMMAND) < 0, "no WM_COMMAND with TPM_RETURNCMD");

    log_reset();
    PostMessageA(hwnd, WM_CHAR, 'g', 0);
    ok(TrackPopupMenu(popup, 0, 100, 100, 0, hwnd, NULL), "TrackPopupMenu with a mnemonic");
    while (PeekMessageA(&msg, 0, 0, 0, PM_REMOVE)) DispatchMessageA(&msg);
    i = log_find(WM_COMMAND);
    ok(i >= 0 && log_wp[i] == 53 && log_lp[i] == 0, "WM_COMMAND for Gamma posted: wp %x", i >= 0 ? (int)log_wp[i] : -1);

    log_reset();
    PostMessageA(hwnd, WM_KEYDOWN, VK_ESCAPE, 0);
    id = TrackPopupMenu(popup, TPM_RETURNCMD, 100, 100, 0, hwnd, NULL);
    ok(id == 0, "Esc cancels: %u", id);

    log_reset();
    PostMessageA(hwnd, WM_CHAR, 'b', 0);   /* grayed: nothing is chosen */
    PostMessageA(hwnd, WM_KEYDOWN, VK_ESCAPE, 0);
    id = TrackPopupMenu(popup, TPM_RETURNCMD | TPM_NONOTIFY, 100, 100, 0, hwnd, NULL);
    ok(id == 0, "a grayed item is not chosen: %u", id);
    ok(log_find(WM_INITMENUPOPUP) < 0 && log_find(WM_ENTERMENULOOP) < 0, "TPM_NONOTIFY sends no notifications");

    /* the menu bar from the keyboard: SC_KEYMENU selects the first item,
     * Down opens its popup on the first item, Enter chooses it */
    {
        HMENU bar = CreateMenu();
        AppendMenuA(bar, MF_POPUP, (UINT_PTR)popup, "&Menu");
        AppendMenuA(bar, MF_STRING, 60, "&Direct");
        SetMenu(hwnd, bar);
        /* let a display's activation events settle first: Wine's menu loop
         * ends on an activation change */
        for (int n = 0; n < 20; n++) {
            while (PeekMessageA(&msg, 0, 0, 0, PM_REMOVE)) DispatchMessageA(&msg);
            Sleep(10);
        }
        log_reset();
        PostMessageA(hwnd, WM_KEYDOWN, VK_DOWN, 0);
        PostMessageA(hwnd, WM_KEYDOWN, VK_RETURN, 0);
        SendMessageA(hwnd, WM_SYSCOMMAND, SC_KEYMENU, 0);
        while (PeekMessageA(&msg, 0, 0, 0, PM_REMOVE)) DispatchMessageA(&msg);
        i = log_find(WM_ENTERMENULOOP);
        ok(i >= 0 && log_wp[i] == FALSE, "WM_ENTERMENULOOP FALSE for the bar");
        i = log_find(WM_INITMENU);
        ok(i >= 0 && log_wp[i] == (WPARAM)bar, "WM_INITMENU with the bar");
        i = log_find(WM_COMMAND);
        ok(i >= 0 && log_wp[i] == 51, "bar, Down, Enter: WM_COMMAND %x", i >= 0 ? (int)log_wp[i] : -1);
        for (int j = 0; i < 0 && j < log_count; j++) trace("logged %x %x", log_msgs[j], (int)log_wp[j]);
        /* Alt+D: the bar item with that mnemonic, a command of its own */
        log_reset();
        SendMessageA(hwnd, WM_SYSCOMMAND, SC_KEYMENU, 'd');
        while (PeekMessageA(&msg, 0, 0, 0, PM_REMOVE)) DispatchMessageA(&msg);
        i = log_find(WM_COMMAND);
        ok(i >= 0 && log_wp[i] == 60, "SC_KEYMENU 'd': WM_COMMAND %x", i >= 0 ? (int)log_wp[i] : -1);
        SetMenu(hwnd, NULL);
        RemoveMenu(bar, 0, MF_BYPOSITION);
        DestroyMenu(bar);
    }
    log_hwnd = NULL;
    DestroyMenu(popup);
    DestroyWindow(hwnd);
}

static void test_accel(void)
{
    HINSTANCE inst = GetModuleHandleA(NULL);
    HACCEL accel = LoadAcceleratorsA(inst, MAKEINTRESOURCEA(200)), made;
    ACCEL entries[8], one[2] = { { FVIRTKEY | FCONTROL, 'Q', 77 }, { 0, '!', 78 } };
    BYTE keys[256];
    HWND hwnd;
    HMENU menu;
    MSG msg;
    int r, i;

    ok(accel != NULL, "LoadAccelerators");
    r = CopyAcceleratorTableW(accel, NULL, 0);
    ok(r == 4, "entries %d", r);
    memset(entries, 0xcc, sizeof(entries));
    r = CopyAcceleratorTableW(accel, entries, 8);
    ok(r == 4, "copied %d", r);
    ok(entries[0].fVirt == (FVIRTKEY | FCONTROL) && entries[0].key == 'O' && entries[0].cmd == 201, "entry 0: %x %x %u",
       entries[0].fVirt, entries[0].key, entries[0].cmd);
    ok(entries[1].fVirt == FVIRTKEY && entries[1].key == VK_F5 && entries[1].cmd == 204, "entry 1");
    ok(entries[2].fVirt == 0 && entries[2].key == 'x' && entries[2].cmd == 205, "entry 2: %x %x", entries[2].fVirt,
       entries[2].key);
    ok(entries[3].fVirt == (FVIRTKEY | FCONTROL | FSHIFT), "the last entry's end flag is dropped: %x", entries[3].fVirt);
    r = CopyAcceleratorTableW(accel, entries, 1);
    ok(r == 1, "copy of one %d", r);

    made = CreateAcceleratorTableW(one, 2);
    ok(made != NULL && CopyAcceleratorTableW(made, NULL, 0) == 2, "CreateAcceleratorTable");
    ok(DestroyAcceleratorTable(made), "DestroyAcceleratorTable");
    ok(!CreateAcceleratorTableW(one, 0), "no entries: fails");

    hwnd = CreateWindowExA(0, "MenuTest", "accel", WS_OVERLAPPEDWINDOW, 0, 0, 200, 150, NULL, NULL, NULL, NULL);
    menu = LoadMenuA(inst, MAKEINTRESOURCEA(100));
    SetMenu(hwnd, menu);
    log_hwnd = hwnd;
    memset(keys, 0, sizeof(keys));
    SetKeyboardState(keys);

    memset(&msg, 0, sizeof(msg));
    msg.hwnd = hwnd;
    msg.message = WM_KEYDOWN;
    msg.wParam = VK_F5;
    log_reset();
    r = TranslateAcceleratorA(hwnd, accel, &msg);
    i = log_find(WM_COMMAND);
    ok(r == 1 && i >= 0 && log_wp[i] == MAKEWPARAM(204, 1) && log_lp[i] == 0, "F5: %d, wp %x", r,
       i >= 0 ? (int)log_wp[i] : -1);
    ok(log_find(WM_INITMENU) < 0, "204 is not in the menu: no WM_INITMENU");

    msg.wParam = 'O';
    log_reset();
    r = TranslateAcceleratorA(hwnd, accel, &msg);
    ok(r == 0 && log_count == 0, "O without Ctrl does not match: %d", r);
    keys[VK_CONTROL] = 0x80;
    SetKeyboardState(keys);
    log_reset();
    r = TranslateAcceleratorA(hwnd, accel, &msg);
    i = log_find(WM_COMMAND);
    ok(r == 1 && i >= 0 && log_wp[i] == MAKEWPARAM(201, 1), "Ctrl+O: %d", r);
    i = log_find(WM_INITMENU);
    ok(i >= 0 && log_wp[i] == (WPARAM)menu && i < log_find(WM_COMMAND), "WM_INITMENU with the menu first");
    i = log_find(WM_INITMENUPOPUP);
    ok(i >= 0 && log_wp[i] == (WPARAM)GetSubMenu(menu, 0) && log_lp[i] == 0, "WM_INITMENUPOPUP for File, position 0");

    /* Ctrl+Shift+S is item 202, which is grayed: matched, nothing sent */
    keys[VK_SHIFT] = 0x80;
    SetKeyboardState(keys);
    msg.wParam = 'S';
    log_reset();
    r = TranslateAcceleratorA(hwnd, accel, &msg);
    ok(r == 1 && log_find(WM_COMMAND) < 0, "grayed item: %d, no WM_COMMAND", r);
    memset(keys, 0, sizeof(keys));
    SetKeyboardState(keys);

    /* a character entry matches WM_CHAR, not WM_KEYDOWN */
    msg.message = WM_CHAR;
    msg.wParam = 'x';
    log_reset();
    r = TranslateAcceleratorA(hwnd, accel, &msg);
    i = log_find(WM_COMMAND);
    ok(r == 1 && i >= 0 && log_wp[i] == MAKEWPARAM(205, 1), "WM_CHAR 'x': %d", r);
    msg.wParam = 'X';
    ok(!TranslateAcceleratorA(hwnd, accel, &msg), "character entries are case-sensitive");
    msg.message = WM_KEYUP;
    msg.wParam = VK_F5;
    ok(!TranslateAcceleratorA(hwnd, accel, &msg), "WM_KEYUP does not match");
    msg.message = WM_KEYDOWN;
    ok(!TranslateAcceleratorA(hwnd, NULL, &msg), "no table");

    log_hwnd = NULL;
    DestroyWindow(hwnd);
    DestroyAcceleratorTable(accel);
}

int main(void)
{
    WNDCLASSA wc = { 0 };

    wc.lpfnWndProc = proc;
    wc.hInstance = GetModuleHandleA(NULL);
    wc.lpszClassName = "MenuTest";
    RegisterClassA(&wc);
    test_items();
    test_load();
    test_window_menu();
    test_accel();
    test_track();
    return test_done();
}
