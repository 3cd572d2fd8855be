/* comctl32's trackbar without a display: range, position and clamping,
 * line and page sizes, tick marks, the selection, the channel and thumb
 * rectangles, and the WM_HSCROLL/WM_VSCROLL codes that keys, a thumb drag
 * and a click on the channel send. Expectations checked under Wine
 * (comctl32 5.82, no manifest). */
#include "test.h"
#include <commctrl.h>

static HWND parent;
static int codes[32], ncodes, last_pos;
static UINT last_scroll_msg;
static int released;

static LRESULT CALLBACK parent_proc(HWND hwnd, UINT msg, WPARAM wp, LPARAM lp)
{
    if ((msg == WM_HSCROLL || msg == WM_VSCROLL) && lp) {
        if (ncodes < 32) codes[ncodes++] = LOWORD(wp);
        if (LOWORD(wp) == TB_THUMBTRACK || LOWORD(wp) == TB_THUMBPOSITION) last_pos = HIWORD(wp);
        last_scroll_msg = msg;
    }
    if (msg == WM_NOTIFY && ((NMHDR *)lp)->code == NM_RELEASEDCAPTURE) released++;
    return DefWindowProcA(hwnd, msg, wp, lp);
}

static HWND make_trackbar(DWORD style, int w, int h)
{
    return CreateWindowExA(0, TRACKBAR_CLASSA, NULL, WS_CHILD | WS_VISIBLE | style, 0, 0, w, h, parent,
                           (HMENU)5, NULL, NULL);
}

static BOOL codes_are(const int *want, int n)
{
    int i;
    if (n != ncodes) return FALSE;
    for (i = 0; i < n; i++) if (codes[i] != want[i]) return FALSE;
    return TRUE;
}

static void test_values(void)
{
    HWND tb = make_trackbar(TBS_AUTOTICKS | TBS_ENABLESELRANGE, 200, 30);
    LRESULT r;

    ok(tb != NULL, "created");
    ok(SendMessageA(tb, TBM_GETRANGEMIN, 0, 0) == 0, "min 0");
    ok(SendMessageA(tb, TBM_GETRANGEMAX, 0, 0) == 100, "max 100");
    ok(SendMessageA(tb, TBM_GETPOS, 0, 0) == 0, "pos 0");
    ok(SendMessageA(tb, TBM_GETLINESIZE, 0, 0) == 1, "line size 1");
    ok(SendMessageA(tb, TBM_GETPAGESIZE, 0, 0) == 20, "page size 20");
    SendMessageA(tb, TBM_SETPOS, TRUE, 150);
    ok(SendMessageA(tb, TBM_GETPOS, 0, 0) == 100, "clamped to max");
    SendMessageA(tb, TBM_SETPOS, TRUE, -3);
    ok(SendMessageA(tb, TBM_GETPOS, 0, 0) == 0, "clamped to min");
    SendMessageA(tb, TBM_SETPOS, TRUE, 40);
    SendMessageA(tb, TBM_SETRANGE, TRUE, MAKELONG(0, 30));
    ok(SendMessageA(tb, TBM_GETPOS, 0, 0) == 30, "a new range pulls the position in: %d",
       (int)SendMessageA(tb, TBM_GETPOS, 0, 0));
    SendMessageA(tb, TBM_SETRANGEMIN, TRUE, 10);
    SendMessageA(tb, TBM_SETRANGEMAX, TRUE, 50);
    ok(SendMessageA(tb, TBM_GETRANGEMIN, 0, 0) == 10 && SendMessageA(tb, TBM_GETRANGEMAX, 0, 0) == 50,
       "SETRANGEMIN/MAX");
    /* the page size follows the range: a fifth of it */
    r = SendMessageA(tb, TBM_SETPAGESIZE, 0, 7);
    ok(r == 8, "SETPAGESIZE returns the old size: %d", (int)r);
    r = SendMessageA(tb, TBM_SETLINESIZE, 0, 3);
    ok(r == 1, "SETLINESIZE returns the old size: %d", (int)r);
    ok(SendMessageA(tb, TBM_GETPAGESIZE, 0, 0) == 7 && SendMessageA(tb, TBM_GETLINESIZE, 0, 0) == 3, "sizes kept");

    /* ticks: the two ends always count */
    /* TBS_AUTOTICKS: one per value between the ends */
    r = SendMessageA(tb, TBM_GETNUMTICS, 0, 0);
    ok(r == 41, "auto ticks on 10..50: %d", (int)r);
    SendMessageA(tb, TBM_SETTICFREQ, 10, 0);
    r = SendMessageA(tb, TBM_GETNUMTICS, 0, 0);
    ok(r == 5, "ticks every 10 on 10..50: %d", (int)r);
    SendMessageA(tb, TBM_CLEARTICS, TRUE, 0);
    ok(SendMessageA(tb, TBM_GETNUMTICS, 0, 0) == 2, "cleared: the ends stay");
    ok(SendMessageA(tb, TBM_SETTIC, 0, 25) == TRUE, "SETTIC 25");
    ok(SendMessageA(tb, TBM_SETTIC, 0, 60) == FALSE, "SETTIC outside the range");
    ok(SendMessageA(tb, TBM_GETNUMTICS, 0, 0) == 3, "one tick set: %d", (int)SendMessageA(tb, TBM_GETNUMTICS, 0, 0));
    ok(SendMessageA(tb, TBM_GETTIC, 0, 0) == 25, "GETTIC 0: %d", (int)SendMessageA(tb, TBM_GETTIC, 0, 0));
    ok(SendMessageA(tb, TBM_GETTIC, 1, 0) == -1, "GETTIC 1: %d", (int)SendMessageA(tb, TBM_GETTIC, 1, 0));

    /* the selection */
    SendMessageA(tb, TBM_SETSEL, TRUE, MAKELONG(15, 35));
    ok(SendMessageA(tb, TBM_GETSELSTART, 0, 0) == 15, "sel start");
    ok(SendMessageA(tb, TBM_GETSELEND, 0, 0) == 35, "sel end");
    SendMessageA(tb, TBM_CLEARSEL, TRUE, 0);
    ok(SendMessageA(tb, TBM_GETSELSTART, 0, 0) == 0 && SendMessageA(tb, TBM_GETSELEND, 0, 0) == 0,
       "CLEARSEL: %d %d", (int)SendMessageA(tb, TBM_GETSELSTART, 0, 0), (int)SendMessageA(tb, TBM_GETSELEND, 0, 0));
    DestroyWindow(tb);

    tb = make_trackbar(TBS_NOTICKS, 200, 30);
    ok(SendMessageA(tb, TBM_GETNUMTICS, 0, 0) == 0, "TBS_NOTICKS: no ticks");
    DestroyWindow(tb);
}

static void test_rects(void)
{
    HWND tb = make_trackbar(0, 200, 30);
    RECT ch, th, th2;

    SendMessageA(tb, TBM_GETCHANNELRECT, 0, (LPARAM)&ch);
    SendMessageA(tb, TBM_GETTHUMBRECT, 0, (LPARAM)&th);
    ok(ch.left == 8 && ch.right == 192 && ch.top == 9 && ch.bottom == 13, "channel %d,%d,%d,%d",
       (int)ch.left, (int)ch.top, (int)ch.right, (int)ch.bottom);
    ok(th.left == 8 && th.right == 19 && th.top == 2 && th.bottom == 23, "thumb at 0: %d,%d,%d,%d",
       (int)th.left, (int)th.top, (int)th.right, (int)th.bottom);
    SendMessageA(tb, TBM_SETPOS, TRUE, 100);
    SendMessageA(tb, TBM_GETTHUMBRECT, 0, (LPARAM)&th2);
    ok(th2.right == 192 && th2.left == 181, "thumb at the end: %d,%d", (int)th2.left, (int)th2.right);
    DestroyWindow(tb);

    tb = make_trackbar(TBS_VERT | TBS_BOTH, 40, 200);
    SendMessageA(tb, TBM_GETCHANNELRECT, 0, (LPARAM)&ch);
    SendMessageA(tb, TBM_GETTHUMBRECT, 0, (LPARAM)&th);
    ok(ch.left == 18 && ch.top == 8 && ch.right == 22 && ch.bottom == 192, "vertical channel %d,%d,%d,%d",
       (int)ch.left, (int)ch.top, (int)ch.right, (int)ch.bottom);
    ok(th.left == 10 && th.top == 8 && th.right == 31 && th.bottom == 19, "vertical thumb %d,%d,%d,%d",
       (int)th.left, (int)th.top, (int)th.right, (int)th.bottom);
    DestroyWindow(tb);
}

static void test_input(void)
{
    HWND tb = make_trackbar(0, 200, 30);
    RECT th;
    static const int keys_want[] = { TB_LINEDOWN, TB_PAGEDOWN, TB_BOTTOM, TB_LINEUP, TB_TOP, TB_ENDTRACK };
    /* the second TB_ENDTRACK comes when the capture is released */
    static const int drag_want[] = { TB_THUMBTRACK, TB_THUMBPOSITION, TB_ENDTRACK, TB_ENDTRACK };
    static const int page_want[] = { TB_PAGEDOWN, TB_ENDTRACK, TB_ENDTRACK };

    SendMessageA(tb, TBM_SETPOS, TRUE, 50);
    ncodes = 0;
    SendMessageA(tb, WM_KEYDOWN, VK_RIGHT, 0);
    ok(SendMessageA(tb, TBM_GETPOS, 0, 0) == 51, "VK_RIGHT: line down");
    SendMessageA(tb, WM_KEYDOWN, VK_NEXT, 0);
    ok(SendMessageA(tb, TBM_GETPOS, 0, 0) == 71, "VK_NEXT: page down");
    SendMessageA(tb, WM_KEYDOWN, VK_END, 0);
    ok(SendMessageA(tb, TBM_GETPOS, 0, 0) == 100, "VK_END");
    SendMessageA(tb, WM_KEYDOWN, VK_UP, 0);
    ok(SendMessageA(tb, TBM_GETPOS, 0, 0) == 99, "VK_UP: line up");
    SendMessageA(tb, WM_KEYDOWN, VK_HOME, 0);
    ok(SendMessageA(tb, TBM_GETPOS, 0, 0) == 0, "VK_HOME");
    SendMessageA(tb, WM_KEYUP, VK_HOME, 0);
    ok(codes_are(keys_want, 6), "key codes (%d): %d %d %d %d %d %d", ncodes, codes[0], codes[1], codes[2],
       codes[3], codes[4], codes[5]);
    ok(last_scroll_msg == WM_HSCROLL, "horizontal trackbars send WM_HSCROLL");

    /* drag the thumb from 0 to the middle */
    SendMessageA(tb, TBM_GETTHUMBRECT, 0, (LPARAM)&th);
    ncodes = 0;
    released = 0;
    SendMessageA(tb, WM_LBUTTONDOWN, MK_LBUTTON, MAKELPARAM((th.left + th.right) / 2, 10));
    SendMessageA(tb, WM_MOUSEMOVE, MK_LBUTTON, MAKELPARAM(100, 10));
    SendMessageA(tb, WM_LBUTTONUP, 0, MAKELPARAM(100, 10));
    ok(codes_are(drag_want, 4), "drag codes (%d): %d %d %d %d", ncodes, codes[0], codes[1], codes[2], codes[3]);
    ok(last_pos == SendMessageA(tb, TBM_GETPOS, 0, 0) && last_pos >= 48 && last_pos <= 52,
       "the position follows the mouse: %d", last_pos);
    ok(released == 1, "NM_RELEASEDCAPTURE %d", released);

    /* a click on the channel right of the thumb pages down */
    SendMessageA(tb, TBM_SETPOS, TRUE, 0);
    ncodes = 0;
    SendMessageA(tb, WM_LBUTTONDOWN, MK_LBUTTON, MAKELPARAM(150, 10));
    SendMessageA(tb, WM_LBUTTONUP, 0, MAKELPARAM(150, 10));
    ok(codes_are(page_want, 3), "page codes (%d): %d %d %d", ncodes, codes[0], codes[1], codes[2]);
    ok(SendMessageA(tb, TBM_GETPOS, 0, 0) == 20, "paged to 20: %d", (int)SendMessageA(tb, TBM_GETPOS, 0, 0));
    DestroyWindow(tb);

    tb = make_trackbar(TBS_VERT, 30, 200);
    ncodes = 0;
    SendMessageA(tb, WM_KEYDOWN, VK_DOWN, 0);
    ok(last_scroll_msg == WM_VSCROLL && ncodes == 1 && codes[0] == TB_LINEDOWN, "vertical: WM_VSCROLL");
    DestroyWindow(tb);
}

int main(void)
{
    WNDCLASSA wc;
    INITCOMMONCONTROLSEX icc = { sizeof(icc), ICC_BAR_CLASSES };

    InitCommonControlsEx(&icc);
    memset(&wc, 0, sizeof(wc));
    wc.lpfnWndProc = parent_proc;
    wc.hInstance = GetModuleHandleA(NULL);
    wc.lpszClassName = "trackbar_parent";
    RegisterClassA(&wc);
    parent = CreateWindowExA(0, "trackbar_parent", "p", WS_OVERLAPPEDWINDOW, 0, 0, 300, 300, NULL, NULL,
                             NULL, NULL);
    test_values();
    test_rects();
    test_input();
    DestroyWindow(parent);
    return test_done();
}
