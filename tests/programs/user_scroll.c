/* Scroll bars without a display: SetScrollInfo/GetScrollInfo clamping and
 * return values, the Pos/Range calls, showing and hiding a window's bars
 * (the client area and WM_SIZE), EnableScrollBar, GetScrollBarInfo, and
 * the "ScrollBar" control's SBM_* messages, keys and mouse. Every
 * expectation is what Windows gives, checked under Wine. */
#include "test.h"

static int sizes, last_cx, last_cy;

static BOOL is_wine(void)
{
    return GetProcAddress(GetModuleHandleA("ntdll"), "wine_get_version") != NULL;
}
static char log_buf[1024];

static void logf_(const char *s)
{
    if (strlen(log_buf) + strlen(s) + 2 < sizeof(log_buf)) {
        strcat(log_buf, s);
        strcat(log_buf, " ");
    }
}

static LRESULT CALLBACK proc(HWND hwnd, UINT msg, WPARAM wp, LPARAM lp)
{
    char buf[64];
    switch (msg) {
    case WM_SIZE:
        sizes++;
        last_cx = LOWORD(lp);
        last_cy = HIWORD(lp);
        break;
    case WM_VSCROLL:
    case WM_HSCROLL:
        sprintf(buf, "%c%d:%d:%s", msg == WM_VSCROLL ? 'v' : 'h', LOWORD(wp), HIWORD(wp), lp ? "ctl" : "win");
        logf_(buf);
        return 0;
    }
    return DefWindowProcA(hwnd, msg, wp, lp);
}

static void test_info(HWND hwnd)
{
    SCROLLINFO si;
    INT min = -5, max = -5, ret;

    /* a window without bars has no state yet */
    memset(&si, 0, sizeof(si));
    si.cbSize = sizeof(si);
    si.fMask = SIF_ALL;
    SetLastError(0xdead);
    ok(!GetScrollInfo(hwnd, SB_VERT, &si), "GetScrollInfo without bars succeeded\n");
    ok(GetScrollRange(hwnd, SB_VERT, &min, &max), "GetScrollRange failed\n");
    ok(min == 0 && max == 0, "range %d..%d\n", min, max);
    ok(GetScrollPos(hwnd, SB_VERT) == 0, "pos %d\n", GetScrollPos(hwnd, SB_VERT));

    /* bad sizes and masks */
    si.cbSize = sizeof(si) + 1;
    si.fMask = SIF_RANGE;
    si.nMin = 0;
    si.nMax = 10;
    ok(SetScrollInfo(hwnd, SB_VERT, &si, FALSE) == 0, "bad cbSize accepted\n");
    si.cbSize = sizeof(si);
    si.fMask = 0x100;
    ok(SetScrollInfo(hwnd, SB_VERT, &si, FALSE) == 0, "bad mask accepted\n");

    /* range 0..99, page 10, pos 95 -> clamped to 90 */
    si.fMask = SIF_RANGE | SIF_PAGE | SIF_POS;
    si.nMin = 0;
    si.nMax = 99;
    si.nPage = 10;
    si.nPos = 95;
    sizes = 0;
    ret = SetScrollInfo(hwnd, SB_VERT, &si, FALSE);
    ok(ret == 90, "SetScrollInfo returned %d\n", ret);
    ok(GetWindowLongA(hwnd, GWL_STYLE) & WS_VSCROLL, "WS_VSCROLL not set\n");
    ok(sizes == 1, "%d WM_SIZE\n", sizes);
    memset(&si, 0xcc, sizeof(si));
    si.cbSize = sizeof(si);
    si.fMask = SIF_ALL;
    ok(GetScrollInfo(hwnd, SB_VERT, &si), "GetScrollInfo failed\n");
    ok(si.nMin == 0 && si.nMax == 99 && si.nPage == 10 && si.nPos == 90 && si.nTrackPos == 90,
       "got %d..%d page %u pos %d track %d\n", si.nMin, si.nMax, si.nPage, si.nPos, si.nTrackPos);

    /* a page larger than the range is cut to range + 1 */
    si.fMask = SIF_PAGE;
    si.nPage = 500;
    ret = SetScrollInfo(hwnd, SB_VERT, &si, FALSE);
    ok(ret == 0, "returned %d\n", ret);
    si.fMask = SIF_PAGE | SIF_POS;
    GetScrollInfo(hwnd, SB_VERT, &si);
    ok(si.nPage == 100 && si.nPos == 0, "page %u pos %d\n", si.nPage, si.nPos);
    /* nothing left to scroll: the bar hides, even for a page-only change */
    ok(!(GetWindowLongA(hwnd, GWL_STYLE) & WS_VSCROLL), "the bar stayed\n");

    /* a negative position clamps to min; SetScrollPos returns the old one */
    si.fMask = SIF_PAGE | SIF_POS;
    si.nPage = 0;
    si.nPos = -7;
    ok(SetScrollInfo(hwnd, SB_VERT, &si, FALSE) == 0, "not clamped to min\n");
    ok(SetScrollPos(hwnd, SB_VERT, 42, FALSE) == 0, "SetScrollPos old\n");
    ok(SetScrollPos(hwnd, SB_VERT, 500, FALSE) == 42, "SetScrollPos old 42\n");
    ok(GetScrollPos(hwnd, SB_VERT) == 99, "pos %d\n", GetScrollPos(hwnd, SB_VERT));

    /* SetScrollRange keeps the position inside the new range */
    ok(SetScrollRange(hwnd, SB_VERT, 10, 50, FALSE), "SetScrollRange failed\n");
    ok(GetScrollRange(hwnd, SB_VERT, &min, &max) && min == 10 && max == 50, "range %d..%d\n", min, max);
    ok(GetScrollPos(hwnd, SB_VERT) == 50, "pos %d\n", GetScrollPos(hwnd, SB_VERT));

    /* a reversed range collapses to 0..0 and hides the bar */
    sizes = 0;
    si.fMask = SIF_RANGE;
    si.nMin = 20;
    si.nMax = 10;
    ret = SetScrollInfo(hwnd, SB_VERT, &si, FALSE);
    ok(ret == 0, "returned %d\n", ret);
    ok(GetScrollRange(hwnd, SB_VERT, &min, &max) && min == 0 && max == 0, "range %d..%d\n", min, max);
    ok(!(GetWindowLongA(hwnd, GWL_STYLE) & WS_VSCROLL), "WS_VSCROLL still set\n");
    ok(sizes == 1, "%d WM_SIZE\n", sizes);

    /* SIF_DISABLENOSCROLL: shown but disabled */
    ok(ShowScrollBar(hwnd, SB_VERT, TRUE), "ShowScrollBar failed\n");
    si.fMask = SIF_RANGE | SIF_PAGE | SIF_DISABLENOSCROLL;
    si.nMin = 0;
    si.nMax = 9;
    si.nPage = 10;
    SetScrollInfo(hwnd, SB_VERT, &si, FALSE);
    ok(GetWindowLongA(hwnd, GWL_STYLE) & WS_VSCROLL, "DISABLENOSCROLL hid the bar\n");

    /* SetScrollRange(0, 0) hides it */
    SetScrollRange(hwnd, SB_VERT, 0, 0, FALSE);
    ok(!(GetWindowLongA(hwnd, GWL_STYLE) & WS_VSCROLL), "SetScrollRange(0,0) did not hide\n");
}

static void test_client(HWND hwnd)
{
    RECT before, after, wr;
    SCROLLBARINFO sbi;

    ShowScrollBar(hwnd, SB_BOTH, FALSE);
    GetClientRect(hwnd, &before);
    sizes = 0;
    ok(ShowScrollBar(hwnd, SB_VERT, TRUE), "ShowScrollBar failed\n");
    GetClientRect(hwnd, &after);
    ok(after.right == before.right - GetSystemMetrics(SM_CXVSCROLL) && after.bottom == (int)before.bottom,
       "client %d,%d -> %d,%d\n", (int)before.right, (int)before.bottom, (int)after.right, (int)after.bottom);
    ok(sizes == 1 && last_cx == (int)after.right, "%d WM_SIZE, cx %d\n", sizes, last_cx);
    ok(ShowScrollBar(hwnd, SB_HORZ, TRUE), "ShowScrollBar failed\n");
    GetClientRect(hwnd, &after);
    ok(after.bottom == before.bottom - GetSystemMetrics(SM_CYHSCROLL), "bottom %d\n", (int)after.bottom);
    /* showing a shown bar changes nothing */
    sizes = 0;
    ok(ShowScrollBar(hwnd, SB_HORZ, TRUE), "ShowScrollBar failed\n");
    ok(sizes == 0, "%d WM_SIZE\n", sizes);

    /* a shown bar is the strip right of the client area, in screen coordinates */
    memset(&sbi, 0, sizeof(sbi));
    sbi.cbSize = sizeof(sbi);
    ok(GetScrollBarInfo(hwnd, OBJID_VSCROLL, &sbi), "GetScrollBarInfo failed\n");
    GetWindowRect(hwnd, &wr);
    {
        POINT o = { (int)after.right, after.top };
        ClientToScreen(hwnd, &o);
        ok(sbi.rcScrollBar.left == o.x && sbi.rcScrollBar.top == o.y &&
           sbi.rcScrollBar.right == o.x + GetSystemMetrics(SM_CXVSCROLL) &&
           /* Wine runs the vertical bar one pixel into the size box */
           (sbi.rcScrollBar.bottom == o.y + (int)after.bottom || sbi.rcScrollBar.bottom == o.y + (int)after.bottom + 1), "bar %d,%d-%d,%d client origin %d,%d\n", (int)sbi.rcScrollBar.left,
           (int)sbi.rcScrollBar.top, (int)sbi.rcScrollBar.right, (int)sbi.rcScrollBar.bottom, (int)o.x, (int)o.y);
    }
    trace("window bar: arrow %d thumb %d..%d\n", sbi.dxyLineButton, sbi.xyThumbTop, sbi.xyThumbBottom);
    if (!is_wine())   /* Wine reports other arrow sizes */
        ok(sbi.dxyLineButton == GetSystemMetrics(SM_CYVSCROLL), "arrow %d\n", sbi.dxyLineButton);
    ok(!(sbi.rgstate[0] & STATE_SYSTEM_INVISIBLE), "state %lx\n", sbi.rgstate[0]);
    sbi.cbSize = 0;
    ok(!GetScrollBarInfo(hwnd, OBJID_VSCROLL, &sbi), "cbSize 0 accepted\n");

    /* EnableScrollBar: TRUE when the state changes (the bar was left
     * disabled by SIF_DISABLENOSCROLL above) */
    ok(EnableScrollBar(hwnd, SB_VERT, ESB_ENABLE_BOTH), "EnableScrollBar failed\n");
    ok(!EnableScrollBar(hwnd, SB_VERT, ESB_ENABLE_BOTH), "no change reported as a change\n");
    ok(EnableScrollBar(hwnd, SB_VERT, ESB_DISABLE_BOTH), "EnableScrollBar failed\n");
    ok(!EnableScrollBar(hwnd, SB_VERT, ESB_DISABLE_BOTH), "no change reported as a change\n");
    sbi.cbSize = sizeof(sbi);
    GetScrollBarInfo(hwnd, OBJID_VSCROLL, &sbi);
    ok(sbi.rgstate[0] & STATE_SYSTEM_UNAVAILABLE, "state %lx\n", sbi.rgstate[0]);
    ok(EnableScrollBar(hwnd, SB_VERT, ESB_ENABLE_BOTH), "EnableScrollBar failed\n");

    sizes = 0;
    ShowScrollBar(hwnd, SB_BOTH, FALSE);
    GetClientRect(hwnd, &after);
    ok(EqualRect(&after, &before), "client %d,%d\n", (int)after.right, (int)after.bottom);
    ok(sizes == 1, "%d WM_SIZE\n", sizes);
}

static void test_create_style(void)
{
    HWND hwnd = CreateWindowExA(0, "scroll_test", "", WS_OVERLAPPEDWINDOW | WS_VSCROLL, 0, 0, 300, 200, 0, 0, GetModuleHandleA(NULL), 0);
    RECT client, window, adj;
    INT min = -1, max = -1;

    GetClientRect(hwnd, &client);
    GetWindowRect(hwnd, &window);
    adj = client;
    AdjustWindowRectEx(&adj, WS_OVERLAPPEDWINDOW | WS_VSCROLL, FALSE, 0);
    /* AdjustWindowRectEx leaves the scroll bar out */
    ok(adj.right - adj.left == window.right - window.left - GetSystemMetrics(SM_CXVSCROLL),
       "adjusted width %d, window %d\n", (int)(adj.right - adj.left), (int)(window.right - window.left));
    ok(GetScrollRange(hwnd, SB_VERT, &min, &max), "GetScrollRange failed\n");
    ok(min == 0 && max == 100, "created with WS_VSCROLL: range %d..%d\n", min, max);
    DestroyWindow(hwnd);
}

/* A press runs the bar's modal loop until the release, which is posted
 * first so that the loop finds it (as on Windows). */
static void press(HWND sb, int x, int y)
{
    PostMessageA(sb, WM_LBUTTONUP, 0, MAKELPARAM(x, y));
    SendMessageA(sb, WM_LBUTTONDOWN, MK_LBUTTON, MAKELPARAM(x, y));
}

static void test_control(HWND parent)
{
    HWND sb = CreateWindowExA(0, "ScrollBar", "", WS_CHILD | WS_VISIBLE | SBS_VERT, 10, 10, 17, 200, parent, (HMENU)5, 0, 0);
    SCROLLINFO si;
    SCROLLBARINFO sbi;
    INT min = -1, max = -1, ret;
    char cls[32];

    ok(sb != NULL, "no ScrollBar control\n");
    GetClassNameA(sb, cls, sizeof(cls));
    ok(!strcmp(cls, "ScrollBar"), "class %s\n", cls);
    ok(GetScrollRange(sb, SB_CTL, &min, &max) && min == 0 && max == 0, "range %d..%d\n", min, max);
    memset(&si, 0, sizeof(si));
    si.cbSize = sizeof(si);
    si.fMask = SIF_ALL;
    ok(GetScrollInfo(sb, SB_CTL, &si), "GetScrollInfo failed\n");
    ok(SendMessageA(sb, SBM_SETRANGE, 0, 100) == 0, "SBM_SETRANGE\n");
    ok(SendMessageA(sb, SBM_SETPOS, 30, FALSE) == 0, "SBM_SETPOS old\n");
    ok(SendMessageA(sb, SBM_GETPOS, 0, 0) == 30, "SBM_GETPOS\n");
    ok(SetScrollPos(sb, SB_CTL, 200, FALSE) == 30, "SetScrollPos old\n");
    ok(GetScrollPos(sb, SB_CTL) == 100, "pos %d\n", GetScrollPos(sb, SB_CTL));
    /* SBM_SETRANGE sets the range alone: the position stays outside it */
    ret = SendMessageA(sb, SBM_SETRANGE, 0, 50);
    ok(ret == 0, "SBM_SETRANGE returned %d\n", ret);
    ok(GetScrollPos(sb, SB_CTL) == 100, "pos %d\n", GetScrollPos(sb, SB_CTL));
    SendMessageA(sb, SBM_GETRANGE, (WPARAM)&min, (LPARAM)&max);
    ok(min == 0 && max == 50, "range %d..%d\n", min, max);
    si.fMask = SIF_PAGE | SIF_POS;
    si.nPage = 11;
    si.nPos = 45;
    ret = SetScrollInfo(sb, SB_CTL, &si, FALSE);
    ok(ret == 40, "SetScrollInfo returned %d\n", ret);
    ret = SendMessageA(sb, SBM_SETSCROLLINFO, FALSE, (LPARAM)&si);
    ok(ret == 40, "SBM_SETSCROLLINFO returned %d\n", ret);
    si.fMask = SIF_ALL;
    ok(SendMessageA(sb, SBM_GETSCROLLINFO, 0, (LPARAM)&si), "SBM_GETSCROLLINFO failed\n");
    ok(si.nMin == 0 && si.nMax == 50 && si.nPage == 11 && si.nPos == 40, "info %d..%d %u %d\n", si.nMin, si.nMax, si.nPage, si.nPos);
    /* a reversed range on a control collapses too, and the control stays */
    si.fMask = SIF_RANGE;
    si.nMin = 5;
    si.nMax = 1;
    SetScrollInfo(sb, SB_CTL, &si, FALSE);
    ok(GetScrollRange(sb, SB_CTL, &min, &max) && min == 0 && max == 0, "range %d..%d\n", min, max);
    ok(GetWindowLongA(sb, GWL_STYLE) & WS_VISIBLE, "control hidden\n");
    SetScrollRange(sb, SB_CTL, 0, 100, FALSE);
    SetScrollPos(sb, SB_CTL, 0, FALSE);

    memset(&sbi, 0, sizeof(sbi));
    sbi.cbSize = sizeof(sbi);
    ok(GetScrollBarInfo(sb, OBJID_CLIENT, &sbi), "GetScrollBarInfo failed\n");
    ok(sbi.rcScrollBar.bottom - sbi.rcScrollBar.top == 200 && sbi.rcScrollBar.right - sbi.rcScrollBar.left == 17,
       "bar %d,%d-%d,%d\n", (int)sbi.rcScrollBar.left, (int)sbi.rcScrollBar.top, (int)sbi.rcScrollBar.right, (int)sbi.rcScrollBar.bottom);
    trace("control: arrow %d thumb %d..%d\n", sbi.dxyLineButton, sbi.xyThumbTop, sbi.xyThumbBottom);
    if (!is_wine())   /* Wine reports other arrow sizes */
        ok(sbi.dxyLineButton == 17 && sbi.xyThumbTop == 17, "arrow %d thumb %d\n", sbi.dxyLineButton, sbi.xyThumbTop);
    ok(sbi.xyThumbBottom > sbi.xyThumbTop, "thumb %d..%d\n", sbi.xyThumbTop, sbi.xyThumbBottom);

    /* on a control, EnableScrollBar succeeds whether or not it changes anything */
    ok(EnableScrollBar(sb, SB_CTL, ESB_DISABLE_UP), "EnableScrollBar failed\n");
    ok(EnableScrollBar(sb, SB_CTL, ESB_DISABLE_UP), "EnableScrollBar failed\n");
    EnableScrollBar(sb, SB_CTL, ESB_ENABLE_BOTH);

    /* the keyboard and the mouse notify the parent, lParam = the control */
    log_buf[0] = 0;
    SendMessageA(sb, WM_KEYDOWN, VK_DOWN, 0);
    SendMessageA(sb, WM_KEYDOWN, VK_NEXT, 0);
    ok(!strcmp(log_buf, "v1:0:ctl v3:0:ctl "), "keys: %s\n", log_buf);
    log_buf[0] = 0;
    press(sb, 8, 195);
    press(sb, 8, 3);
    press(sb, 8, 150);
    ok(!strcmp(log_buf, "v1:0:ctl v8:0:ctl v0:0:ctl v8:0:ctl v3:0:ctl v8:0:ctl "), "mouse: %s\n", log_buf);
    /* dragging the thumb: THUMBTRACK with positions, THUMBPOSITION, ENDSCROLL */
    log_buf[0] = 0;
    PostMessageA(sb, WM_MOUSEMOVE, MK_LBUTTON, MAKELPARAM(8, 183));
    PostMessageA(sb, WM_LBUTTONUP, 0, MAKELPARAM(8, 183));
    SendMessageA(sb, WM_LBUTTONDOWN, MK_LBUTTON, MAKELPARAM(8, 20));
    ok(!strncmp(log_buf, "v5:", 3) && strstr(log_buf, "v4:") && strstr(log_buf, "v8:0:ctl"), "drag: %s\n", log_buf);
    trace("drag: %s\n", log_buf);
    ok(SendMessageA(sb, WM_GETDLGCODE, 0, 0) == DLGC_WANTARROWS, "dlgcode %d\n", (int)SendMessageA(sb, WM_GETDLGCODE, 0, 0));
    DestroyWindow(sb);
}

/* A ListBox with WS_VSCROLL keeps its bar in step with its items */
static void test_listbox(HWND parent)
{
    HWND lb = CreateWindowExA(0, "ListBox", "", WS_CHILD | WS_VISIBLE | WS_VSCROLL | LBS_NOINTEGRALHEIGHT, 0, 0, 100, 100,
                              parent, (HMENU)7, 0, 0);
    SCROLLINFO si;
    char item[16];
    int i, page;

    SendMessageA(lb, LB_ADDSTRING, 0, (LPARAM)"one");
    ok(!(GetWindowLongA(lb, GWL_STYLE) & WS_VSCROLL), "the bar shown for one item\n");
    for (i = 0; i < 30; i++) {
        sprintf(item, "item %d", i);
        SendMessageA(lb, LB_ADDSTRING, 0, (LPARAM)item);
    }
    ok(GetWindowLongA(lb, GWL_STYLE) & WS_VSCROLL, "no bar for 31 items\n");
    page = 100 / SendMessageA(lb, LB_GETITEMHEIGHT, 0, 0);
    memset(&si, 0, sizeof(si));
    si.cbSize = sizeof(si);
    si.fMask = SIF_ALL;
    ok(GetScrollInfo(lb, SB_VERT, &si), "GetScrollInfo failed\n");
    ok(si.nMin == 0 && si.nMax == 30 && si.nPos == 0 && (int)si.nPage == page, "info %d..%d page %u (want %d) pos %d\n",
       si.nMin, si.nMax, si.nPage, page, si.nPos);
    SendMessageA(lb, LB_SETTOPINDEX, 5, 0);
    ok(GetScrollPos(lb, SB_VERT) == 5, "pos %d\n", GetScrollPos(lb, SB_VERT));
    SendMessageA(lb, LB_RESETCONTENT, 0, 0);
    ok(!(GetWindowLongA(lb, GWL_STYLE) & WS_VSCROLL), "the bar stayed for no items\n");
    DestroyWindow(lb);
}

int main(void)
{
    WNDCLASSA wc = { 0 };
    HWND hwnd;

    wc.lpfnWndProc = proc;
    wc.lpszClassName = "scroll_test";
    wc.hInstance = GetModuleHandleA(NULL);
    wc.hbrBackground = (HBRUSH)(COLOR_WINDOW + 1);
    ok(RegisterClassA(&wc), "RegisterClass failed\n");
    hwnd = CreateWindowExA(0, "scroll_test", "", WS_OVERLAPPEDWINDOW, 0, 0, 300, 200, 0, 0, GetModuleHandleA(NULL), 0);
    ok(hwnd != NULL, "CreateWindowEx failed\n");
    test_info(hwnd);
    test_client(hwnd);
    test_create_style();
    test_control(hwnd);
    test_listbox(hwnd);
    DestroyWindow(hwnd);
    return test_done();
}
