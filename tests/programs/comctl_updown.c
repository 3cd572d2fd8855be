/* comctl32's up-down control without a display: the default and set
 * ranges, positions and clamping, the base, accelerators, the buddy
 * (UDS_SETBUDDYINT text, UDS_ALIGNRIGHT placement, GETPOS reading it
 * back), and a click: UDN_DELTAPOS (which can veto) then WM_VSCROLL
 * SB_THUMBPOSITION, then SB_ENDSCROLL on release. Expectations checked
 * under Wine (comctl32 5.82, no manifest). */
#include "test.h"
#include <commctrl.h>

static HWND parent;
static char events[32];
static int nevents;
static int veto;
static NMUPDOWN last_nm;
static WPARAM last_scroll;

static void event(char c)
{
    if (nevents < (int)sizeof(events) - 1) events[nevents++] = c;
    events[nevents] = 0;
}

static LRESULT CALLBACK parent_proc(HWND hwnd, UINT msg, WPARAM wp, LPARAM lp)
{
    if (msg == WM_NOTIFY && ((NMHDR *)lp)->code == UDN_DELTAPOS) {
        last_nm = *(NMUPDOWN *)lp;
        event('D');
        return veto;
    }
    if (msg == WM_VSCROLL || msg == WM_HSCROLL) {
        event(msg == WM_VSCROLL ? 'V' : 'H');
        if (LOWORD(wp) == SB_ENDSCROLL) event('E');
        else last_scroll = wp;
    }
    return DefWindowProcA(hwnd, msg, wp, lp);
}

static HWND make_updown(DWORD style)
{
    return CreateWindowExA(0, UPDOWN_CLASSA, NULL, WS_CHILD | WS_VISIBLE | style, 0, 0, 16, 40,
                           parent, (HMENU)7, NULL, NULL);
}

static void test_range_pos(void)
{
    HWND ud = make_updown(0);
    int lo = 1, hi = 1;
    BOOL err;
    LRESULT r;

    ok(ud != NULL, "created");
    r = SendMessageA(ud, UDM_GETRANGE, 0, 0);
    ok(r == MAKELONG(0, 100), "default range (max 0, min 100): %x", (unsigned)r);
    ok(SendMessageA(ud, UDM_GETPOS, 0, 0) == MAKELONG(0, 1), "GETPOS without a buddy: %x",
       (unsigned)SendMessageA(ud, UDM_GETPOS, 0, 0));
    SendMessageA(ud, UDM_SETRANGE, 0, MAKELPARAM(50, 10));
    r = SendMessageA(ud, UDM_GETRANGE, 0, 0);
    ok(r == MAKELONG(50, 10), "range set: %x", (unsigned)r);
    SendMessageA(ud, UDM_GETRANGE32, (WPARAM)&lo, (LPARAM)&hi);
    ok(lo == 10 && hi == 50, "GETRANGE32 %d %d", lo, hi);
    /* the new range pulled the position 0 up to 10 */
    r = SendMessageA(ud, UDM_SETPOS, 0, MAKELPARAM(30, 0));
    ok(r == 10, "SETPOS returns the old position: %d", (int)r);
    r = SendMessageA(ud, UDM_SETPOS, 0, MAKELPARAM(99, 0));
    ok(r == 30, "old position 30: %d", (int)r);
    r = SendMessageA(ud, UDM_GETPOS32, 0, (LPARAM)&err);
    ok(r == 50, "clamped to the top: %d", (int)r);
    SendMessageA(ud, UDM_SETPOS, 0, MAKELPARAM(-5, 0));
    r = SendMessageA(ud, UDM_GETPOS32, 0, 0);
    ok(r == 10, "clamped to the bottom: %d", (int)r);

    SendMessageA(ud, UDM_SETRANGE32, -100000, 100000);
    lo = hi = 0;
    SendMessageA(ud, UDM_GETRANGE32, (WPARAM)&lo, (LPARAM)&hi);
    ok(lo == -100000 && hi == 100000, "32-bit range %d %d", lo, hi);
    r = SendMessageA(ud, UDM_SETPOS32, 0, 70000);
    ok(r == 10, "SETPOS32 old %d", (int)r);
    ok(SendMessageA(ud, UDM_GETPOS32, 0, 0) == 70000, "GETPOS32 70000");

    /* the base: 10 and 16 only */
    ok(SendMessageA(ud, UDM_GETBASE, 0, 0) == 10, "base 10 by default");
    ok(SendMessageA(ud, UDM_SETBASE, 16, 0) == 10, "SETBASE returns the old base");
    ok(SendMessageA(ud, UDM_SETBASE, 7, 0) == 0, "base 7 refused");
    ok(SendMessageA(ud, UDM_GETBASE, 0, 0) == 16, "base still 16");
    DestroyWindow(ud);
}

static void test_accel(void)
{
    HWND ud = make_updown(0);
    UDACCEL acc[4], set[2] = { { 0, 2 }, { 1, 10 } };
    LRESULT n;

    memset(acc, 0xcc, sizeof(acc));
    n = SendMessageA(ud, UDM_GETACCEL, 4, (LPARAM)acc);
    /* none until the program sets some (then every step is 1), as Wine's */
    ok(n == 0, "no accelerators by default: %d", (int)n);
    ok(acc[0].nSec == 0xcccccccc, "nothing copied");
    ok(SendMessageA(ud, UDM_SETACCEL, 2, (LPARAM)set) == TRUE, "SETACCEL");
    memset(acc, 0xcc, sizeof(acc));
    n = SendMessageA(ud, UDM_GETACCEL, 1, (LPARAM)acc);
    ok(n == 1, "GETACCEL returns the number copied: %d", (int)n);
    ok(acc[0].nSec == 0 && acc[0].nInc == 2, "first set %u %u", acc[0].nSec, acc[0].nInc);
    ok(acc[1].nSec == 0xcccccccc, "only one copied");
    DestroyWindow(ud);
}

static void test_buddy(void)
{
    HWND edit = CreateWindowExA(WS_EX_CLIENTEDGE, "EDIT", "", WS_CHILD | WS_VISIBLE, 10, 10, 100, 24,
                                parent, (HMENU)8, NULL, NULL);
    HWND ud = make_updown(UDS_SETBUDDYINT | UDS_ALIGNRIGHT | UDS_ARROWKEYS);
    char text[32];
    RECT er, ur;
    LRESULT r;

    ok(SendMessageA(ud, UDM_GETBUDDY, 0, 0) == 0, "no buddy yet");
    ok(SendMessageA(ud, UDM_SETBUDDY, (WPARAM)edit, 0) == 0, "SETBUDDY returns the old one");
    ok((HWND)SendMessageA(ud, UDM_GETBUDDY, 0, 0) == edit, "GETBUDDY");
    GetWindowRect(edit, &er);
    GetWindowRect(ud, &ur);
    MapWindowPoints(NULL, parent, (POINT *)&er, 2);
    MapWindowPoints(NULL, parent, (POINT *)&ur, 2);
    ok(er.left == 10 && er.top == 10 && er.bottom == 34, "buddy keeps its place: %d,%d,%d,%d",
       (int)er.left, (int)er.top, (int)er.right, (int)er.bottom);
    ok(er.right == 110 - 16, "buddy shrunk by the up-down's width: %d", (int)er.right);
    /* and the up-down overlaps the buddy's 2-pixel border */
    ok(ur.left == er.right - 2 && ur.right == ur.left + 16 && ur.top == 10 && ur.bottom == 34,
       "up-down beside it: %d,%d,%d,%d", (int)ur.left, (int)ur.top, (int)ur.right, (int)ur.bottom);

    SendMessageA(ud, UDM_SETRANGE32, 0, 5000);
    SendMessageA(ud, UDM_SETPOS32, 0, 1234);
    GetWindowTextA(edit, text, sizeof(text));
    ok(!strcmp(text, "1,234"), "thousands separator: %s", text);
    SetWindowLongA(ud, GWL_STYLE, GetWindowLongA(ud, GWL_STYLE) | UDS_NOTHOUSANDS);
    SendMessageA(ud, UDM_SETPOS32, 0, 4321);
    GetWindowTextA(edit, text, sizeof(text));
    ok(!strcmp(text, "4321"), "UDS_NOTHOUSANDS: %s", text);
    SendMessageA(ud, UDM_SETBASE, 16, 0);
    SendMessageA(ud, UDM_SETPOS32, 0, 255);
    GetWindowTextA(edit, text, sizeof(text));
    ok(!strcmp(text, "0x00FF"), "base 16: %s", text);
    SendMessageA(ud, UDM_SETBASE, 10, 0);

    /* GETPOS reads the buddy's text back */
    SetWindowTextA(edit, "77");
    r = SendMessageA(ud, UDM_GETPOS, 0, 0);
    ok(r == 77, "GETPOS from the buddy: %x", (unsigned)r);
    SetWindowTextA(edit, "abc");
    r = SendMessageA(ud, UDM_GETPOS, 0, 0);
    ok(HIWORD(r) != 0 && LOWORD(r) == 77, "bad text is an error, the old position stays: %x", (unsigned)r);

    /* the arrow keys step by the first accelerator */
    SendMessageA(ud, UDM_SETPOS32, 0, 10);
    nevents = 0;
    SendMessageA(ud, WM_KEYDOWN, VK_UP, 0);
    ok(SendMessageA(ud, UDM_GETPOS32, 0, 0) == 11, "VK_UP: %d", (int)SendMessageA(ud, UDM_GETPOS32, 0, 0));
    ok(!strcmp(events, "DV"), "key events %s", events);
    ok(last_nm.iPos == 10 && last_nm.iDelta == 1, "nm %d %d", last_nm.iPos, last_nm.iDelta);
    ok(last_nm.hdr.idFrom == 7, "idFrom %d", (int)last_nm.hdr.idFrom);
    SendMessageA(ud, WM_KEYDOWN, VK_DOWN, 0);
    ok(SendMessageA(ud, UDM_GETPOS32, 0, 0) == 10, "VK_DOWN");
    /* the buddy passes its arrow keys on */
    SendMessageA(edit, WM_KEYDOWN, VK_UP, 0);
    ok(SendMessageA(ud, UDM_GETPOS32, 0, 0) == 11, "VK_UP in the buddy: %d",
       (int)SendMessageA(ud, UDM_GETPOS32, 0, 0));
    GetWindowTextA(edit, text, sizeof(text));
    ok(!strcmp(text, "11"), "buddy text %s", text);
    DestroyWindow(ud);
    DestroyWindow(edit);
}

static void test_click(void)
{
    HWND ud = make_updown(UDS_WRAP);

    SendMessageA(ud, UDM_SETRANGE32, 0, 3);
    SendMessageA(ud, UDM_SETPOS32, 0, 2);
    nevents = 0;
    veto = 0;
    SendMessageA(ud, WM_LBUTTONDOWN, MK_LBUTTON, MAKELPARAM(8, 5));
    SendMessageA(ud, WM_LBUTTONUP, 0, MAKELPARAM(8, 5));
    ok(!strcmp(events, "DVVE"), "click events %s", events);
    ok(last_nm.iPos == 2 && last_nm.iDelta == 1, "up arrow: %d %d", last_nm.iPos, last_nm.iDelta);
    ok(LOWORD(last_scroll) == SB_THUMBPOSITION && HIWORD(last_scroll) == 3, "scroll %x", (unsigned)last_scroll);
    SendMessageA(ud, WM_LBUTTONDOWN, MK_LBUTTON, MAKELPARAM(8, 5));
    SendMessageA(ud, WM_LBUTTONUP, 0, MAKELPARAM(8, 5));
    ok(SendMessageA(ud, UDM_GETPOS32, 0, 0) == 0, "UDS_WRAP past the top: %d", (int)SendMessageA(ud, UDM_GETPOS32, 0, 0));
    /* the lower half goes down; a veto keeps the position but still scrolls */
    veto = 1;
    nevents = 0;
    SendMessageA(ud, WM_LBUTTONDOWN, MK_LBUTTON, MAKELPARAM(8, 35));
    SendMessageA(ud, WM_LBUTTONUP, 0, MAKELPARAM(8, 35));
    ok(last_nm.iPos == 0 && last_nm.iDelta == -1, "down arrow: %d %d", last_nm.iPos, last_nm.iDelta);
    ok(SendMessageA(ud, UDM_GETPOS32, 0, 0) == 0, "vetoed");
    ok(!strcmp(events, "DVVE"), "vetoed events %s", events);
    veto = 0;
    DestroyWindow(ud);

    /* CreateUpDownControl: upper and lower as UDM_SETRANGE takes them */
    ud = CreateUpDownControl(WS_CHILD | UDS_WRAP, 0, 0, 16, 40, parent, 11, NULL, NULL, 20, 5, 7);
    ok(ud != NULL && GetDlgCtrlID(ud) == 11, "CreateUpDownControl");
    ok(SendMessageA(ud, UDM_GETRANGE, 0, 0) == MAKELONG(20, 5), "range %x", (unsigned)SendMessageA(ud, UDM_GETRANGE, 0, 0));
    ok(SendMessageA(ud, UDM_GETPOS32, 0, 0) == 7, "pos %d", (int)SendMessageA(ud, UDM_GETPOS32, 0, 0));
    ok((GetWindowLongA(ud, GWL_STYLE) & UDS_WRAP) != 0, "style kept");
    DestroyWindow(ud);

    /* UDS_HORZ: the right half increases, WM_HSCROLL */
    ud = make_updown(UDS_HORZ);
    MoveWindow(ud, 0, 0, 40, 16, FALSE);
    SendMessageA(ud, UDM_SETRANGE32, 0, 10);
    nevents = 0;
    SendMessageA(ud, WM_LBUTTONDOWN, MK_LBUTTON, MAKELPARAM(35, 8));
    SendMessageA(ud, WM_LBUTTONUP, 0, MAKELPARAM(35, 8));
    ok(!strcmp(events, "DHHE"), "horizontal events %s", events);
    ok(SendMessageA(ud, UDM_GETPOS32, 0, 0) == 1, "right half increases");
    DestroyWindow(ud);
}

int main(void)
{
    WNDCLASSA wc;
    INITCOMMONCONTROLSEX icc = { sizeof(icc), ICC_UPDOWN_CLASS };

    InitCommonControlsEx(&icc);
    memset(&wc, 0, sizeof(wc));
    wc.lpfnWndProc = parent_proc;
    wc.hInstance = GetModuleHandleA(NULL);
    wc.lpszClassName = "updown_parent";
    RegisterClassA(&wc);
    parent = CreateWindowExA(0, "updown_parent", "p", WS_OVERLAPPEDWINDOW, 0, 0, 300, 200, NULL, NULL,
                             NULL, NULL);
    test_range_pos();
    test_accel();
    test_buddy();
    test_click();
    DestroyWindow(parent);
    return test_done();
}
