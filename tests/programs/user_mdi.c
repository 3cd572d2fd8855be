/* MDI: an MDIClient in a frame (DefFrameProc), children made by
 * WM_MDICREATE and CreateMDIWindow (DefMDIChildProc): their ids, styles
 * and default positions, the WM_MDIACTIVATE/WM_CHILDACTIVATE messages of
 * activation, WM_MDIGETACTIVE, WM_MDINEXT, the window menu's items,
 * maximizing (the frame's caption), cascade and tile, WM_MDIDESTROY.
 * Expectations checked under Wine. */
#include "test.h"

static struct { HWND hwnd; UINT msg; WPARAM wp; LPARAM lp; } events[64];
static int event_count;
static LPARAM create_lparam;
static HWND frame, client;

static LRESULT CALLBACK frame_proc(HWND hwnd, UINT msg, WPARAM wp, LPARAM lp)
{
    return DefFrameProcW(hwnd, client, msg, wp, lp);
}

static LRESULT CALLBACK child_proc(HWND hwnd, UINT msg, WPARAM wp, LPARAM lp)
{
    if ((msg == WM_MDIACTIVATE || msg == WM_CHILDACTIVATE) && event_count < 64) {
        events[event_count].hwnd = hwnd;
        events[event_count].msg = msg;
        events[event_count].wp = wp;
        events[event_count].lp = lp;
        event_count++;
    }
    if (msg == WM_CREATE) {
        const CREATESTRUCTW *cs = (const CREATESTRUCTW *)lp;
        const MDICREATESTRUCTW *mcs = cs->lpCreateParams;
        create_lparam = mcs ? mcs->lParam : -1;
    }
    return DefMDIChildProcW(hwnd, msg, wp, lp);
}

/* WM_MDIACTIVATE(FROM, TO) sent to WHO at position I of the log */
static BOOL mdiactivate_at(int i, HWND who, HWND from, HWND to)
{
    int n = 0;

    for (int k = 0; k < event_count; k++) {
        if (events[k].msg != WM_MDIACTIVATE) continue;
        if (n++ == i) return events[k].hwnd == who && (HWND)events[k].wp == from && (HWND)events[k].lp == to;
    }
    return FALSE;
}

static int count_msg(HWND who, UINT msg)
{
    int n = 0;

    for (int k = 0; k < event_count; k++)
        if (events[k].hwnd == who && events[k].msg == msg) n++;
    return n;
}

static void dump_events(const char *what)
{
    for (int k = 0; k < event_count; k++)
        trace("%s: %p %04x %p %p", what, events[k].hwnd, events[k].msg, (void *)events[k].wp, (void *)events[k].lp);
}

static RECT child_rect(HWND child)
{
    RECT rect;

    GetWindowRect(child, &rect);
    MapWindowPoints(NULL, client, (POINT *)&rect, 2);
    return rect;
}

int main(void)
{
    WNDCLASSW wc;
    CLIENTCREATESTRUCT ccs;
    MDICREATESTRUCTW mcs;
    HMENU menu_bar, window_menu;
    HWND c1, c2, active;
    BOOL maximized;
    WCHAR text[64];
    RECT rect, r1, r2, crect;
    int spacing = GetSystemMetrics(SM_CYCAPTION) + GetSystemMetrics(SM_CYFRAME) - 1, base_items, n;
    MSG msg;

    memset(&wc, 0, sizeof(wc));
    wc.lpfnWndProc = frame_proc;
    wc.hInstance = GetModuleHandleW(NULL);
    wc.lpszClassName = L"mdi_frame";
    RegisterClassW(&wc);
    wc.lpfnWndProc = child_proc;
    wc.lpszClassName = L"mdi_child";
    RegisterClassW(&wc);

    menu_bar = CreateMenu();
    window_menu = CreatePopupMenu();
    AppendMenuW(window_menu, MF_STRING, 1, L"&Tile");
    AppendMenuW(window_menu, MF_STRING, 2, L"&Cascade");
    AppendMenuW(menu_bar, MF_POPUP, (UINT_PTR)window_menu, L"&Window");
    base_items = GetMenuItemCount(window_menu);

    frame = CreateWindowW(L"mdi_frame", L"Frame", WS_OVERLAPPEDWINDOW | WS_VISIBLE, 0, 0, 640, 480, NULL, menu_bar,
                          GetModuleHandleW(NULL), NULL);
    ccs.hWindowMenu = window_menu;
    ccs.idFirstChild = 100;
    client = CreateWindowW(L"MDIClient", NULL, WS_CHILD | WS_CLIPCHILDREN | WS_VISIBLE, 0, 0, 600, 400, frame, NULL,
                           GetModuleHandleW(NULL), &ccs);
    ok(client != NULL, "MDIClient created: %p", client);
    active = (HWND)SendMessageW(client, WM_MDIGETACTIVE, 0, 0);
    ok(active == NULL, "no active child yet: %p", active);
    ok(GetMenuItemCount(window_menu) == base_items, "window menu untouched without children: %d",
       GetMenuItemCount(window_menu));
    GetClientRect(client, &crect);

    /* the first child, by WM_MDICREATE */
    mcs.szClass = L"mdi_child";
    mcs.szTitle = L"Child 1";
    mcs.hOwner = GetModuleHandleW(NULL);
    mcs.x = mcs.y = mcs.cx = mcs.cy = CW_USEDEFAULT;
    mcs.style = 0;
    mcs.lParam = 0x1234;
    event_count = 0;
    c1 = (HWND)SendMessageW(client, WM_MDICREATE, 0, (LPARAM)&mcs);
    ok(c1 != NULL, "WM_MDICREATE: %p", c1);
    ok(create_lparam == 0x1234, "WM_CREATE's MDICREATESTRUCT lParam %p", (void *)create_lparam);
    ok(GetParent(c1) == client, "the child's parent is the client");
    ok(GetWindowLongPtrW(c1, GWLP_ID) == 100, "first child id %d", (int)GetWindowLongPtrW(c1, GWLP_ID));
    ok((GetWindowLongW(c1, GWL_STYLE) & (WS_CHILD | WS_VISIBLE | WS_CAPTION | WS_SYSMENU | WS_THICKFRAME)) ==
       (WS_CHILD | WS_VISIBLE | WS_CAPTION | WS_SYSMENU | WS_THICKFRAME), "child style %lx", GetWindowLongW(c1, GWL_STYLE));
    ok(GetWindowLongW(c1, GWL_EXSTYLE) & WS_EX_MDICHILD, "child exstyle %lx", GetWindowLongW(c1, GWL_EXSTYLE));
    r1 = child_rect(c1);
    ok(r1.left == 0 && r1.top == 0, "first child at %ld,%ld", r1.left, r1.top);
    n = (crect.bottom) / (3 * spacing);
    ok(r1.right - r1.left == crect.right - n * spacing && r1.bottom - r1.top == crect.bottom - n * spacing,
       "first child size %ldx%ld, client %ldx%ld, spacing %d", r1.right - r1.left, r1.bottom - r1.top, crect.right,
       crect.bottom, spacing);
    active = (HWND)SendMessageW(client, WM_MDIGETACTIVE, 0, (LPARAM)&maximized);
    ok(active == c1 && !maximized, "active after creation %p (c1 %p), maximized %d", active, c1, maximized);
    ok(mdiactivate_at(0, c1, NULL, c1) && count_msg(c1, WM_MDIACTIVATE) == 1, "c1 got WM_MDIACTIVATE(0, c1)");
    ok(count_msg(c1, WM_CHILDACTIVATE) == 1, "c1 got WM_CHILDACTIVATE %d times", count_msg(c1, WM_CHILDACTIVATE));
    if (!mdiactivate_at(0, c1, NULL, c1)) dump_events("create c1");

    ok(GetMenuItemCount(window_menu) == base_items + 2, "window menu items %d", GetMenuItemCount(window_menu));
    ok(GetMenuState(window_menu, base_items, MF_BYPOSITION) & MF_SEPARATOR, "a separator before the children");
    GetMenuStringW(window_menu, 100, text, 64, MF_BYCOMMAND);
    ok(!lstrcmpW(text, L"&1 Child 1"), "menu item text %ls", text);
    ok(GetMenuState(window_menu, 100, MF_BYCOMMAND) & MF_CHECKED, "the active child's item is checked");

    /* the second, by CreateMDIWindow, staggered */
    event_count = 0;
    c2 = CreateMDIWindowW(L"mdi_child", L"Child 2", 0, CW_USEDEFAULT, CW_USEDEFAULT, CW_USEDEFAULT, CW_USEDEFAULT,
                          client, GetModuleHandleW(NULL), 0x5678);
    ok(c2 != NULL && create_lparam == 0x5678, "CreateMDIWindowW: %p, lParam %p", c2, (void *)create_lparam);
    ok(GetWindowLongPtrW(c2, GWLP_ID) == 101, "second child id %d", (int)GetWindowLongPtrW(c2, GWLP_ID));
    r2 = child_rect(c2);
    ok(r2.left == spacing && r2.top == spacing, "second child at %ld,%ld, spacing %d", r2.left, r2.top, spacing);
    active = (HWND)SendMessageW(client, WM_MDIGETACTIVE, 0, 0);
    ok(active == c2, "active after the second %p", active);
    ok(mdiactivate_at(0, c1, c1, c2) && mdiactivate_at(1, c2, c1, c2), "WM_MDIACTIVATE(c1, c2) to c1 then c2");
    if (!mdiactivate_at(1, c2, c1, c2)) dump_events("create c2");
    ok(GetMenuItemCount(window_menu) == base_items + 3, "window menu items %d", GetMenuItemCount(window_menu));
    ok(!(GetMenuState(window_menu, 100, MF_BYCOMMAND) & MF_CHECKED) && (GetMenuState(window_menu, 101, MF_BYCOMMAND) & MF_CHECKED),
       "the check moved to the second child");
    ok(GetWindow(client, GW_CHILD) == c2, "the active child is on top");

    /* WM_MDIACTIVATE to the client */
    event_count = 0;
    SendMessageW(client, WM_MDIACTIVATE, (WPARAM)c1, 0);
    active = (HWND)SendMessageW(client, WM_MDIGETACTIVE, 0, 0);
    ok(active == c1, "active after WM_MDIACTIVATE %p", active);
    ok(mdiactivate_at(0, c2, c2, c1) && mdiactivate_at(1, c1, c2, c1), "WM_MDIACTIVATE(c2, c1) to c2 then c1");
    ok(count_msg(c1, WM_CHILDACTIVATE) == 1, "c1 got WM_CHILDACTIVATE");
    ok(GetWindow(client, GW_CHILD) == c1, "c1 on top");
    /* the window menu's command activates a child through DefFrameProc */
    SendMessageW(frame, WM_COMMAND, 101, 0);
    active = (HWND)SendMessageW(client, WM_MDIGETACTIVE, 0, 0);
    ok(active == c2, "the window menu's command activated %p", active);

    /* WM_MDINEXT goes to the next and puts the old one at the bottom */
    SendMessageW(client, WM_MDINEXT, 0, 0);
    active = (HWND)SendMessageW(client, WM_MDIGETACTIVE, 0, 0);
    ok(active == c1, "WM_MDINEXT activated %p", active);

    /* maximizing shows the child's title in the frame's caption */
    SendMessageW(client, WM_MDIMAXIMIZE, (WPARAM)c1, 0);
    active = (HWND)SendMessageW(client, WM_MDIGETACTIVE, 0, (LPARAM)&maximized);
    ok(active == c1 && maximized && IsZoomed(c1), "maximized: active %p, flag %d", active, maximized);
    GetWindowTextW(frame, text, 64);
    ok(!lstrcmpW(text, L"Frame - [Child 1]"), "frame caption %ls", text);
    GetClientRect(c1, &rect);
    ok(rect.right == crect.right && rect.bottom == crect.bottom, "maximized child's client %ldx%ld",
       rect.right, rect.bottom);
    SendMessageW(client, WM_MDIRESTORE, (WPARAM)c1, 0);
    GetWindowTextW(frame, text, 64);
    ok(!IsZoomed(c1) && !lstrcmpW(text, L"Frame"), "restored: frame caption %ls", text);
    SetWindowTextW(frame, L"New frame");
    GetWindowTextW(frame, text, 64);
    ok(!lstrcmpW(text, L"New frame"), "frame caption set %ls", text);

    /* a child made with WS_MAXIMIZE comes maximized and active */
    {
        HWND c3 = CreateMDIWindowW(L"mdi_child", L"Child 3", WS_MAXIMIZE, CW_USEDEFAULT, CW_USEDEFAULT, CW_USEDEFAULT,
                                   CW_USEDEFAULT, client, GetModuleHandleW(NULL), 0);
        active = (HWND)SendMessageW(client, WM_MDIGETACTIVE, 0, (LPARAM)&maximized);
        ok(c3 && active == c3 && maximized && IsZoomed(c3), "WS_MAXIMIZE child: active %p (c3 %p), maximized %d", active,
           c3, maximized);
        /* the frame's caption is left unchecked here: Wine names a child
         * that is not the maximized one */
        SendMessageW(client, WM_MDIDESTROY, (WPARAM)c3, 0);
        ok(!IsWindow(c3), "c3 destroyed");
        SendMessageW(client, WM_MDIRESTORE, (WPARAM)SendMessageW(client, WM_MDIGETACTIVE, 0, 0), 0);
        ok(!IsZoomed(c1) && !IsZoomed(c2), "no child left maximized");
        GetWindowTextW(frame, text, 64);
        ok(!lstrcmpW(text, L"New frame"), "frame caption after %ls", text);
    }

    /* cascade: from the bottom of the Z order, a caption and frame apart */
    SendMessageW(client, WM_MDICASCADE, 0, 0);
    r1 = child_rect(c1);
    r2 = child_rect(c2);
    trace("cascade: c1 %ld,%ld-%ld,%ld c2 %ld,%ld-%ld,%ld", r1.left, r1.top, r1.right, r1.bottom, r2.left, r2.top,
          r2.right, r2.bottom);
    ok(r2.left == 0 && r2.top == 0 && r1.left == spacing && r1.top == spacing, "cascaded: c2 at %ld,%ld, c1 at %ld,%ld",
       r2.left, r2.top, r1.left, r1.top);

    /* tile: two windows side by side (vertical) or stacked (horizontal) */
    SendMessageW(client, WM_MDITILE, MDITILE_VERTICAL, 0);
    r1 = child_rect(c1);
    r2 = child_rect(c2);
    trace("tile vertical: c1 %ld,%ld-%ld,%ld c2 %ld,%ld-%ld,%ld", r1.left, r1.top, r1.right, r1.bottom, r2.left, r2.top,
          r2.right, r2.bottom);
    ok(r1.top == 0 && r2.top == 0 && r1.bottom == crect.bottom && r2.bottom == crect.bottom &&
       r1.right - r1.left == crect.right / 2 && r2.right - r2.left == crect.right / 2 && r1.left != r2.left,
       "tiled vertically");
    SendMessageW(client, WM_MDITILE, MDITILE_HORIZONTAL, 0);
    r1 = child_rect(c1);
    r2 = child_rect(c2);
    trace("tile horizontal: c1 %ld,%ld-%ld,%ld c2 %ld,%ld-%ld,%ld", r1.left, r1.top, r1.right, r1.bottom, r2.left,
          r2.top, r2.right, r2.bottom);
    ok(r1.left == 0 && r2.left == 0 && r1.right == crect.right && r2.right == crect.right &&
       r1.bottom - r1.top == crect.bottom / 2 && r2.bottom - r2.top == crect.bottom / 2 && r1.top != r2.top,
       "tiled horizontally");

    /* no Ctrl held: no MDI accelerator */
    memset(&msg, 0, sizeof(msg));
    msg.hwnd = c1;
    msg.message = WM_KEYDOWN;
    msg.wParam = VK_F4;
    ok(!TranslateMDISysAccel(client, &msg), "F4 without Ctrl is no MDI accelerator");
    ok(IsWindow(c1), "c1 still there");

    /* destroying the active child activates the other, which takes id 100 */
    SendMessageW(client, WM_MDIACTIVATE, (WPARAM)c1, 0);
    event_count = 0;
    SendMessageW(client, WM_MDIDESTROY, (WPARAM)c1, 0);
    ok(!IsWindow(c1), "WM_MDIDESTROY destroyed c1");
    active = (HWND)SendMessageW(client, WM_MDIGETACTIVE, 0, 0);
    ok(active == c2, "active after destroying c1 %p", active);
    ok(GetWindowLongPtrW(c2, GWLP_ID) == 100, "the remaining child's id %d", (int)GetWindowLongPtrW(c2, GWLP_ID));
    ok(GetMenuItemCount(window_menu) == base_items + 2, "window menu items after destroy %d", GetMenuItemCount(window_menu));
    GetMenuStringW(window_menu, 100, text, 64, MF_BYCOMMAND);
    ok(!lstrcmpW(text, L"&1 Child 2"), "menu item text after destroy %ls", text);

    /* WM_CLOSE through DefMDIChildProc destroys the last one */
    SendMessageW(c2, WM_CLOSE, 0, 0);
    ok(!IsWindow(c2), "WM_CLOSE destroyed c2");
    active = (HWND)SendMessageW(client, WM_MDIGETACTIVE, 0, 0);
    ok(active == NULL, "no active child left %p", active);
    ok(GetMenuItemCount(window_menu) == base_items, "window menu back to %d items: %d", base_items,
       GetMenuItemCount(window_menu));

    DestroyWindow(frame);
    return test_done();
}
