/*
 * The up-down control ("msctls_updown32"): a position in a range that
 * may run either way (the default is 100..0, so "up" goes down), two
 * arrow buttons, and optionally a buddy window. Every step first asks
 * the parent with UDN_DELTAPOS (non-zero vetoes it) and then, vetoed or
 * not, sends WM_VSCROLL (UDS_HORZ: WM_HSCROLL) SB_THUMBPOSITION with the
 * position; releasing the mouse sends SB_ENDSCROLL. UDS_SETBUDDYINT keeps
 * the number in the buddy's text and GETPOS reads it back; the buddy is
 * subclassed so its arrow keys step the control (UDS_ARROWKEYS).
 */
#include <stdlib.h>
#include <string.h>
#include "comctl32_private.h"
#include "winrun/unicode.h"

#define REPEAT_TIMER   1
#define INITIAL_DELAY  500
#define REPEAT_DELAY   50
#define BUDDY_BORDER   2     /* an edit buddy's sunken border the arrows overlap */

struct updown {
    HWND self, notify, buddy;
    INT lo_end, hi_end;     /* "min" and "max" as set; hi_end may be below lo_end */
    INT pos, base;
    UDACCEL *accel;
    UINT naccel;
    INT pressed;            /* +1 the up (right) arrow held, -1 the down one, 0 none */
    DWORD press_time;
};

static DWORD style_of(struct updown *ud)
{
    return (DWORD)GetWindowLongW(ud->self, GWL_STYLE);
}

static INT range_low(struct updown *ud) { return ud->lo_end < ud->hi_end ? ud->lo_end : ud->hi_end; }
static INT range_high(struct updown *ud) { return ud->lo_end < ud->hi_end ? ud->hi_end : ud->lo_end; }

static INT clamp(struct updown *ud, INT v)
{
    if (v < range_low(ud)) return range_low(ud);
    if (v > range_high(ud)) return range_high(ud);
    return v;
}

static BOOL buddy_is_edit(struct updown *ud)
{
    WCHAR name[16];
    if (!ud->buddy || !GetClassNameW(ud->buddy, name, 16)) return FALSE;
    return wcs_icmp(name, u"Edit") == 0;
}

/* the number as the buddy shows it: base 16 as 0x%04X, base 10 with
 * thousands separators unless UDS_NOTHOUSANDS */
static void format_pos(struct updown *ud, WCHAR *out)
{
    WCHAR digits[16];
    INT v = ud->pos, n = 0, len = 0;
    unsigned int u;

    if (ud->base == 16) {
        wsprintfW(out, u"0x%04X", (unsigned int)v);
        return;
    }
    u = v < 0 ? 0u - (unsigned int)v : (unsigned int)v;
    do { digits[n++] = (WCHAR)('0' + u % 10); u /= 10; } while (u);
    if (v < 0) out[len++] = '-';
    for (INT i = n - 1; i >= 0; i--) {
        out[len++] = digits[i];
        if (i && i % 3 == 0 && !(style_of(ud) & UDS_NOTHOUSANDS)) out[len++] = ',';
    }
    out[len] = 0;
}

static void set_buddy_int(struct updown *ud)
{
    WCHAR text[32];
    if (!ud->buddy || !(style_of(ud) & UDS_SETBUDDYINT)) return;
    format_pos(ud, text);
    SetWindowTextW(ud->buddy, text);
}

/* read the buddy's number into the position; FALSE when there is no
 * buddy or its text is no number in the range */
static BOOL get_buddy_int(struct updown *ud)
{
    WCHAR text[64];
    long long v = 0;
    INT i = 0, neg = 0, any = 0;

    if (!ud->buddy || !buddy_is_edit(ud)) return FALSE;
    GetWindowTextW(ud->buddy, text, 64);
    while (text[i] == ' ') i++;
    if (ud->base == 16) {
        if (text[i] == '0' && (text[i + 1] == 'x' || text[i + 1] == 'X')) i += 2;
        for (; text[i]; i++, any = 1) {
            WCHAR c = text[i];
            INT d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10
                  : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
            if (d < 0 || v > 0xffffffffLL) return FALSE;
            v = v * 16 + d;
        }
        v = (INT)(unsigned int)v;
    } else {
        if (text[i] == '-') { neg = 1; i++; }
        for (; text[i]; i++) {
            if (text[i] == ',') continue;
            if (text[i] < '0' || text[i] > '9' || v > 0x7fffffffLL) return FALSE;
            v = v * 10 + (text[i] - '0');
            any = 1;
        }
        if (neg) v = -v;
    }
    if (!any || v < range_low(ud) || v > range_high(ud)) return FALSE;
    ud->pos = (INT)v;
    return TRUE;
}

static INT get_pos(struct updown *ud, BOOL *err)
{
    BOOL good = get_buddy_int(ud);
    if (ud->pos != clamp(ud, ud->pos)) {
        ud->pos = clamp(ud, ud->pos);
        good = FALSE;
    }
    if (err) *err = !good;
    return ud->pos;
}

/* move by DELTA: wrap around with UDS_WRAP, else stop at the ends */
static BOOL offset_pos(struct updown *ud, INT delta)
{
    long long v = (long long)ud->pos + delta, lo = range_low(ud), hi = range_high(ud);
    INT old = ud->pos;
    if (v > hi) v = (style_of(ud) & UDS_WRAP) ? lo + (v - hi - 1) % (hi - lo + 1) : hi;
    else if (v < lo) v = (style_of(ud) & UDS_WRAP) ? hi - (lo - v - 1) % (hi - lo + 1) : lo;
    ud->pos = (INT)v;
    return ud->pos != old;
}

static UINT current_step(struct updown *ud)
{
    UINT step = 1;
    DWORD held = (GetTickCount() - ud->press_time) / 1000;
    for (UINT i = 0; i < ud->naccel; i++)
        if (ud->accel[i].nSec <= held) step = ud->accel[i].nInc;
    return step;
}

/* one step up (DIR +1) or down (-1): ask, move, tell */
static void do_step(struct updown *ud, INT dir, UINT step)
{
    NMUPDOWN nm;
    UINT scroll = (style_of(ud) & UDS_HORZ) ? WM_HSCROLL : WM_VSCROLL;

    nm.hdr.hwndFrom = ud->self;
    nm.hdr.idFrom = (UINT_PTR)GetDlgCtrlID(ud->self);
    nm.hdr.code = UDN_DELTAPOS;
    nm.iPos = ud->pos;
    /* with the range upside down "up" lowers the number */
    nm.iDelta = (INT)step * dir * (ud->hi_end < ud->lo_end ? -1 : 1);
    if (!SendMessageW(ud->notify, WM_NOTIFY, nm.hdr.idFrom, (LPARAM)&nm)) {
        if (offset_pos(ud, nm.iDelta)) set_buddy_int(ud);
    }
    SendMessageW(ud->notify, scroll, MAKELONG(SB_THUMBPOSITION, ud->pos), (LPARAM)ud->self);
}

static BOOL key_step(struct updown *ud, WPARAM key)
{
    if (key != VK_UP && key != VK_DOWN) return FALSE;
    get_buddy_int(ud);
    ud->press_time = GetTickCount();
    do_step(ud, key == VK_UP ? 1 : -1, ud->naccel ? ud->accel[0].nInc : 1);
    return TRUE;
}

static LRESULT CALLBACK buddy_subclass(HWND hwnd, UINT msg, WPARAM wparam, LPARAM lparam,
                                       UINT_PTR id, DWORD_PTR ref)
{
    HWND self = (HWND)ref;
    struct updown *ud = IsWindow(self) ? control_data(self) : NULL;
    (void)id;
    if (ud && msg == WM_KEYDOWN && (style_of(ud) & UDS_ARROWKEYS) && IsWindowEnabled(self) &&
        key_step(ud, wparam))
        return 0;
    return DefSubclassProc(hwnd, msg, wparam, lparam);
}

static HWND set_buddy(struct updown *ud, HWND buddy)
{
    HWND old = ud->buddy;
    DWORD style = style_of(ud);
    RECT br, self;

    if (old) RemoveWindowSubclass(old, buddy_subclass, 1);
    ud->buddy = IsWindow(buddy) ? buddy : NULL;
    if (!ud->buddy) return old;
    SetWindowSubclass(ud->buddy, buddy_subclass, 1, (DWORD_PTR)ud->self);
    if (style & (UDS_ALIGNLEFT | UDS_ALIGNRIGHT)) {
        HWND parent = GetParent(ud->buddy);
        INT width, x;
        GetWindowRect(ud->self, &self);
        width = self.right - self.left;
        GetWindowRect(ud->buddy, &br);
        MapWindowPoints(NULL, parent, (POINT *)&br, 2);
        if (style & UDS_ALIGNLEFT) {
            x = br.left;
            br.left += width;
        } else {
            br.right -= width;
            x = br.right;
        }
        SetWindowPos(ud->buddy, NULL, br.left, br.top, br.right - br.left, br.bottom - br.top,
                     SWP_NOACTIVATE | SWP_NOZORDER);
        /* over an edit's sunken border, so the two look like one control */
        if (buddy_is_edit(ud) && (GetWindowLongW(ud->buddy, GWL_EXSTYLE) & WS_EX_CLIENTEDGE)) {
            if (style & UDS_ALIGNLEFT) width += BUDDY_BORDER;
            else x -= BUDDY_BORDER;
        }
        SetWindowPos(ud->self, NULL, x, br.top, width, br.bottom - br.top, SWP_NOACTIVATE | SWP_NOZORDER);
    }
    return old;
}

/* the two arrows: top/bottom halves, or with UDS_HORZ left/right */
static void arrow_rect(struct updown *ud, INT dir, RECT *rc)
{
    GetClientRect(ud->self, rc);
    if (style_of(ud) & UDS_HORZ) {
        INT mid = (rc->left + rc->right) / 2;
        if (dir > 0) rc->left = mid; else rc->right = mid;
    } else {
        INT mid = (rc->top + rc->bottom) / 2;
        if (dir > 0) rc->bottom = mid; else rc->top = mid;
    }
}

static void paint(struct updown *ud, HDC hdc)
{
    BOOL horz = (style_of(ud) & UDS_HORZ) != 0;
    UINT inactive = IsWindowEnabled(ud->self) ? 0 : DFCS_INACTIVE;
    RECT rc;

    arrow_rect(ud, 1, &rc);
    DrawFrameControl(hdc, &rc, DFC_SCROLL, (horz ? DFCS_SCROLLRIGHT : DFCS_SCROLLUP) | inactive |
                     (ud->pressed > 0 ? DFCS_PUSHED : 0));
    arrow_rect(ud, -1, &rc);
    DrawFrameControl(hdc, &rc, DFC_SCROLL, (horz ? DFCS_SCROLLLEFT : DFCS_SCROLLDOWN) | inactive |
                     (ud->pressed < 0 ? DFCS_PUSHED : 0));
}

static void button_down(struct updown *ud, LPARAM lparam)
{
    POINT pt = { (SHORT)LOWORD(lparam), (SHORT)HIWORD(lparam) };
    RECT up;

    if (!IsWindowEnabled(ud->self)) return;
    arrow_rect(ud, 1, &up);
    ud->pressed = PtInRect(&up, pt) ? 1 : -1;
    if (ud->buddy && buddy_is_edit(ud)) SetFocus(ud->buddy);
    get_buddy_int(ud);
    SetCapture(ud->self);
    ud->press_time = GetTickCount();
    InvalidateRect(ud->self, NULL, FALSE);
    do_step(ud, ud->pressed, current_step(ud));
    SetTimer(ud->self, REPEAT_TIMER, INITIAL_DELAY, NULL);
}

static void button_up(struct updown *ud)
{
    UINT scroll = (style_of(ud) & UDS_HORZ) ? WM_HSCROLL : WM_VSCROLL;
    if (!ud->pressed) return;
    ud->pressed = 0;
    KillTimer(ud->self, REPEAT_TIMER);
    if (GetCapture() == ud->self) ReleaseCapture();
    InvalidateRect(ud->self, NULL, FALSE);
    SendMessageW(ud->notify, scroll, MAKELONG(SB_ENDSCROLL, ud->pos), (LPARAM)ud->self);
}

static LRESULT set_pos(struct updown *ud, INT pos)
{
    INT old = ud->pos;
    ud->pos = clamp(ud, pos);
    set_buddy_int(ud);
    return old;
}

static void set_range(struct updown *ud, INT lo_end, INT hi_end)
{
    ud->lo_end = lo_end;
    ud->hi_end = hi_end;
    ud->pos = clamp(ud, ud->pos);
}

LRESULT WINAPI updown_proc(HWND hwnd, UINT msg, WPARAM wparam, LPARAM lparam)
{
    struct updown *ud = control_data(hwnd);
    PAINTSTRUCT ps;

    if (!ud && msg != WM_NCCREATE) return DefWindowProcW(hwnd, msg, wparam, lparam);
    switch (msg) {
    case WM_NCCREATE:
        if (!(ud = calloc(1, sizeof(*ud)))) return FALSE;
        ud->self = hwnd;
        ud->notify = ((CREATESTRUCTW *)lparam)->hwndParent;
        ud->lo_end = 100;
        ud->base = 10;
        control_set_data(hwnd, ud);
        /* the arrows draw their own edges */
        SetWindowLongW(hwnd, GWL_STYLE, GetWindowLongW(hwnd, GWL_STYLE) & ~WS_BORDER);
        return DefWindowProcW(hwnd, msg, wparam, lparam);
    case WM_CREATE:
        if (style_of(ud) & UDS_AUTOBUDDY) set_buddy(ud, GetWindow(hwnd, GW_HWNDPREV));
        return 0;
    case WM_NCDESTROY:
        if (ud->buddy && IsWindow(ud->buddy)) RemoveWindowSubclass(ud->buddy, buddy_subclass, 1);
        free(ud->accel);
        free(ud);
        control_set_data(hwnd, NULL);
        return DefWindowProcW(hwnd, msg, wparam, lparam);
    case WM_PAINT:
    case WM_PRINTCLIENT:
        if (wparam) paint(ud, (HDC)wparam);
        else {
            HDC hdc = BeginPaint(hwnd, &ps);
            paint(ud, hdc);
            EndPaint(hwnd, &ps);
        }
        return 0;
    case WM_ENABLE:
        InvalidateRect(hwnd, NULL, TRUE);
        return 0;
    case WM_LBUTTONDOWN:
    case WM_LBUTTONDBLCLK:
        button_down(ud, lparam);
        return 0;
    case WM_LBUTTONUP:
        button_up(ud);
        return 0;
    case WM_CAPTURECHANGED:
        if (ud->pressed && (HWND)lparam != hwnd) button_up(ud);
        return 0;
    case WM_TIMER:
        if (wparam == REPEAT_TIMER && ud->pressed) {
            POINT pt;
            RECT rc;
            GetCursorPos(&pt);
            ScreenToClient(hwnd, &pt);
            arrow_rect(ud, ud->pressed, &rc);
            SetTimer(hwnd, REPEAT_TIMER, REPEAT_DELAY, NULL);
            if (PtInRect(&rc, pt)) do_step(ud, ud->pressed, current_step(ud));
        }
        return 0;
    case WM_KEYDOWN:
        if ((style_of(ud) & UDS_ARROWKEYS) && IsWindowEnabled(hwnd) && key_step(ud, wparam)) return 0;
        break;
    case WM_GETDLGCODE:
        return DLGC_WANTARROWS;
    case UDM_GETACCEL: {
        UINT n = (UINT)wparam < ud->naccel ? (UINT)wparam : ud->naccel;
        if (lparam) memcpy((void *)lparam, ud->accel, n * sizeof(UDACCEL));
        return n;
    }
    case UDM_SETACCEL: {
        UDACCEL *copy = NULL;
        if (wparam && !lparam) return FALSE;
        if (wparam && !(copy = malloc(wparam * sizeof(UDACCEL)))) return FALSE;
        if (wparam) memcpy(copy, (void *)lparam, wparam * sizeof(UDACCEL));
        free(ud->accel);
        ud->accel = copy;
        ud->naccel = (UINT)wparam;
        return TRUE;
    }
    case UDM_GETBASE:
        return ud->base;
    case UDM_SETBASE: {
        INT old = ud->base;
        if (wparam != 10 && wparam != 16) return 0;
        ud->base = (INT)wparam;
        set_buddy_int(ud);
        return old;
    }
    case UDM_GETBUDDY:
        return (LRESULT)ud->buddy;
    case UDM_SETBUDDY:
        return (LRESULT)set_buddy(ud, (HWND)wparam);
    case UDM_GETPOS: {
        BOOL err;
        INT pos = get_pos(ud, &err);
        return MAKELONG(pos, err);
    }
    case UDM_GETPOS32:
        return get_pos(ud, (BOOL *)lparam);
    case UDM_SETPOS:
        return set_pos(ud, (SHORT)LOWORD(lparam));
    case UDM_SETPOS32:
        return set_pos(ud, (INT)lparam);
    case UDM_GETRANGE:
        return MAKELONG(ud->hi_end, ud->lo_end);
    case UDM_SETRANGE:
        set_range(ud, (SHORT)HIWORD(lparam), (SHORT)LOWORD(lparam));
        return 0;
    case UDM_GETRANGE32:
        if (wparam) *(INT *)wparam = ud->lo_end;
        if (lparam) *(INT *)lparam = ud->hi_end;
        return 0;
    case UDM_SETRANGE32:
        set_range(ud, (INT)wparam, (INT)lparam);
        return 0;
    }
    return DefWindowProcW(hwnd, msg, wparam, lparam);
}

/* the old one-call way: make the control, attach the buddy, set range and position */
COMCTL32API HWND WINAPI CreateUpDownControl(DWORD style, INT x, INT y, INT cx, INT cy, HWND parent, INT id,
                                            HINSTANCE inst, HWND buddy, INT upper, INT lower, INT pos)
{
    HWND hwnd = CreateWindowExW(0, UPDOWN_CLASSW, NULL, style, x, y, cx, cy, parent,
                                (HMENU)(LONG_PTR)id, inst, NULL);
    if (!hwnd) return NULL;
    if (buddy) SendMessageW(hwnd, UDM_SETBUDDY, (WPARAM)buddy, 0);
    SendMessageW(hwnd, UDM_SETRANGE, 0, MAKELONG(upper, lower));
    SendMessageW(hwnd, UDM_SETPOS, 0, MAKELONG(pos, 0));
    return hwnd;
}
