/*
 * The trackbar ("msctls_trackbar32"): a thumb on a channel, a position
 * in a range (0..100), a line size (1) and a page size (a fifth of the
 * range, recomputed with the range until the program sets one), tick
 * marks (TBS_AUTOTICKS fills the list every TBM_SETTICFREQ values when
 * the range or frequency changes; the two ends always count) and a selection (TBS_ENABLESELRANGE). The geometry is comctl32
 * 5's: a thumb 21 pixels long (23 with a selection range) when the
 * window is high enough, half that (odd) wide, the channel inset by a
 * quarter of the thumb plus 3.
 *
 * Keys, a thumb drag and clicks on the channel (paging, auto-repeated)
 * send the parent WM_HSCROLL (TBS_VERT: WM_VSCROLL) with TB_* codes; the
 * release sends TB_ENDTRACK, and losing the capture sends another, as
 * comctl32 does.
 */
#include <stdlib.h>
#include <string.h>
#include "comctl32_private.h"

#define PAGE_TIMER     1
#define PAGE_DELAY     100
#define TIC_LENGTH     3

struct trackbar {
    HWND self, notify;
    INT min, max, pos, line, page, freq;
    BOOL user_page;         /* the program set the page size */
    INT sel_start, sel_end;
    INT *tics;              /* TBM_SETTIC's, sorted as given */
    UINT ntics;
    UINT thumb_len;
    RECT channel;
    INT dragging;           /* 1 dragging the thumb */
    INT paging;             /* +1/-1 paging down/up while the button is held */
};

static DWORD style_of(struct trackbar *tb)
{
    return (DWORD)GetWindowLongW(tb->self, GWL_STYLE);
}

static BOOL vertical(struct trackbar *tb)
{
    return (style_of(tb) & TBS_VERT) != 0;
}

static void layout(struct trackbar *tb)
{
    DWORD style = style_of(tb);
    UINT metric = (style & TBS_ENABLESELRANGE) ? 23 : 21;
    RECT rc;
    INT across, quarter, edge, thick, at;

    GetClientRect(tb->self, &rc);
    across = (style & TBS_VERT) ? rc.right - rc.left : rc.bottom - rc.top;
    if ((INT)metric <= across) tb->thumb_len = metric;
    else tb->thumb_len = across > 9 ? across - 6 : 4;
    quarter = tb->thumb_len / 4;
    edge = quarter + 3;
    thick = (style & TBS_ENABLESELRANGE) ? quarter * 3 : 4;
    if (style & TBS_ENABLESELRANGE) at = (tb->thumb_len - thick + 2) / 2;
    else at = tb->thumb_len / 2 - 1;
    /* room for the ticks on the left/top */
    if (style & TBS_BOTH) at += (style & TBS_NOTICKS) ? 1 : 9;
    else if (style & TBS_TOP) at += (style & TBS_NOTICKS) ? 2 : 10;
    if (style & TBS_VERT)
        SetRect(&tb->channel, rc.left + at, rc.top + edge, rc.left + at + thick, rc.bottom - edge);
    else
        SetRect(&tb->channel, rc.left + edge, rc.top + at, rc.right - edge, rc.top + at + thick);
}

static void thumb_rect(struct trackbar *tb, INT pos, RECT *rc)
{
    DWORD style = style_of(tb);
    INT range = tb->max - tb->min, width = (tb->thumb_len / 2) | 1, across;
    BOOL ticks_before = (style & (TBS_BOTH | TBS_TOP)) && !(style & TBS_NOTICKS);

    if (range <= 0) range = 1;
    across = ticks_before ? 10 : 2;
    if (style & TBS_VERT) {
        INT len = tb->channel.bottom - tb->channel.top - width;
        rc->left = across;
        rc->right = across + tb->thumb_len;
        rc->top = tb->channel.top + (INT)((long long)len * (pos - tb->min) / range);
        rc->bottom = rc->top + width;
    } else {
        INT len = tb->channel.right - tb->channel.left - width;
        rc->left = tb->channel.left + (INT)((long long)len * (pos - tb->min) / range);
        rc->right = rc->left + width;
        rc->top = across;
        rc->bottom = across + tb->thumb_len;
    }
}

/* the value under a point along the channel, rounded, inside the range */
static INT place_to_pos(struct trackbar *tb, INT place)
{
    RECT th;
    INT half, len, start;
    thumb_rect(tb, tb->pos, &th);
    if (vertical(tb)) {
        half = (th.bottom - th.top) / 2;
        start = tb->channel.top;
        len = tb->channel.bottom - tb->channel.top - half * 2 - 1;
    } else {
        half = (th.right - th.left) / 2;
        start = tb->channel.left;
        len = tb->channel.right - tb->channel.left - half * 2 - 1;
    }
    if (len <= 0) return tb->min;
    long long num = (long long)(tb->max - tb->min) * (place - start - half) * 2 + len;
    long long v = tb->min + (num >= 0 ? num / (2LL * len) : -((-num + 2LL * len - 1) / (2LL * len)));
    if (v < tb->min) v = tb->min;
    if (v > tb->max) v = tb->max;
    return (INT)v;
}

static void notify_scroll(struct trackbar *tb, UINT code)
{
    WPARAM wp = code;
    if (code == TB_THUMBTRACK || code == TB_THUMBPOSITION) wp = MAKELONG(code, tb->pos);
    SendMessageW(tb->notify, vertical(tb) ? WM_VSCROLL : WM_HSCROLL, wp, (LPARAM)tb->self);
}

static void notify_code(struct trackbar *tb, UINT code)
{
    NMHDR hdr;
    hdr.hwndFrom = tb->self;
    hdr.idFrom = (UINT_PTR)GetDlgCtrlID(tb->self);
    hdr.code = code;
    SendMessageW(tb->notify, WM_NOTIFY, hdr.idFrom, (LPARAM)&hdr);
}

static INT clamp(struct trackbar *tb, INT v)
{
    if (v < tb->min) v = tb->min;
    if (v > tb->max) v = tb->max;
    return v;
}

static void recalc_tics(struct trackbar *tb);

static void range_changed(struct trackbar *tb, BOOL redraw)
{
    if (tb->max < tb->min) tb->max = tb->min;
    tb->pos = clamp(tb, tb->pos);
    if (!tb->user_page) {
        tb->page = (tb->max - tb->min) / 5;
        if (!tb->page) tb->page = 1;
    }
    recalc_tics(tb);
    if (redraw) InvalidateRect(tb->self, NULL, TRUE);
}

/* the tick marks in order, the ends excluded; returns how many */
static UINT collect_tics(struct trackbar *tb, INT *out, UINT room)
{
    UINT n = 0;
    if (style_of(tb) & TBS_NOTICKS) return 0;
    for (UINT i = 0; i < tb->ntics; i++) {
        if (out && n < room) out[n] = tb->tics[i];
        n++;
    }
    return n;
}

/* TBS_AUTOTICKS: the tick list becomes every FREQ values between the
 * ends, replacing what TBM_SETTIC put there (as comctl32 does) */
static void recalc_tics(struct trackbar *tb)
{
    UINT n = 0;
    INT *list;
    if (!(style_of(tb) & TBS_AUTOTICKS) || tb->freq <= 0) return;
    for (long long v = (long long)tb->min + tb->freq; v < tb->max; v += tb->freq) n++;
    if (!(list = malloc((n ? n : 1) * sizeof(INT)))) return;
    n = 0;
    for (long long v = (long long)tb->min + tb->freq; v < tb->max; v += tb->freq) list[n++] = (INT)v;
    free(tb->tics);
    tb->tics = list;
    tb->ntics = n;
}

static void page_step(struct trackbar *tb)
{
    INT old = tb->pos;
    tb->pos = clamp(tb, tb->pos + tb->paging * tb->page);
    if (tb->pos != old) {
        InvalidateRect(tb->self, NULL, TRUE);
        notify_scroll(tb, tb->paging > 0 ? TB_PAGEDOWN : TB_PAGEUP);
    }
}

static void button_down(struct trackbar *tb, LPARAM lparam)
{
    POINT pt = { (SHORT)LOWORD(lparam), (SHORT)HIWORD(lparam) };
    RECT th;

    SetFocus(tb->self);
    thumb_rect(tb, tb->pos, &th);
    if (PtInRect(&th, pt)) {
        tb->dragging = 1;
        SetCapture(tb->self);
        return;
    }
    if (vertical(tb)) tb->paging = pt.y < th.top ? -1 : pt.y >= th.bottom ? 1 : 0;
    else tb->paging = pt.x < th.left ? -1 : pt.x >= th.right ? 1 : 0;
    if (!tb->paging) return;
    page_step(tb);
    SetCapture(tb->self);
    SetTimer(tb->self, PAGE_TIMER, PAGE_DELAY, NULL);
}

static void button_up(struct trackbar *tb)
{
    if (tb->dragging) {
        notify_scroll(tb, TB_THUMBPOSITION);
        notify_scroll(tb, TB_ENDTRACK);
        tb->dragging = 0;
        if (GetCapture() == tb->self) ReleaseCapture();
        notify_code(tb, NM_RELEASEDCAPTURE);
    }
    if (tb->paging) {
        KillTimer(tb->self, PAGE_TIMER);
        tb->paging = 0;
        notify_scroll(tb, TB_ENDTRACK);
        if (GetCapture() == tb->self) ReleaseCapture();
        notify_code(tb, NM_RELEASEDCAPTURE);
    }
}

static void mouse_move(struct trackbar *tb, LPARAM lparam)
{
    INT pos;
    if (!tb->dragging) return;
    pos = place_to_pos(tb, vertical(tb) ? (SHORT)HIWORD(lparam) : (SHORT)LOWORD(lparam));
    if (pos == tb->pos) return;
    tb->pos = pos;
    InvalidateRect(tb->self, NULL, TRUE);
    notify_scroll(tb, TB_THUMBTRACK);
}

static BOOL key_down(struct trackbar *tb, WPARAM key)
{
    INT old = tb->pos;
    UINT code;
    switch (key) {
    case VK_LEFT: case VK_UP:
        code = TB_LINEUP;
        tb->pos = clamp(tb, tb->pos - tb->line);
        break;
    case VK_RIGHT: case VK_DOWN:
        code = TB_LINEDOWN;
        tb->pos = clamp(tb, tb->pos + tb->line);
        break;
    case VK_PRIOR:
        code = TB_PAGEUP;
        tb->pos = clamp(tb, tb->pos - tb->page);
        break;
    case VK_NEXT:
        code = TB_PAGEDOWN;
        tb->pos = clamp(tb, tb->pos + tb->page);
        break;
    case VK_HOME:
        code = TB_TOP;
        tb->pos = tb->min;
        break;
    case VK_END:
        code = TB_BOTTOM;
        tb->pos = tb->max;
        break;
    default:
        return FALSE;
    }
    if (tb->pos == old) return TRUE;
    InvalidateRect(tb->self, NULL, TRUE);
    notify_scroll(tb, code);
    return TRUE;
}

static void paint(struct trackbar *tb, HDC hdc)
{
    DWORD style = style_of(tb);
    RECT rc, ch = tb->channel, th;
    INT tics[256];
    UINT n;

    GetClientRect(tb->self, &rc);
    FillRect(hdc, &rc, GetSysColorBrush(COLOR_BTNFACE));
    DrawEdge(hdc, &ch, EDGE_SUNKEN, BF_RECT | BF_ADJUST);
    FillRect(hdc, &ch, GetSysColorBrush((style & TBS_ENABLESELRANGE) ? COLOR_WINDOW : COLOR_BTNFACE));
    if ((style & TBS_ENABLESELRANGE) && tb->sel_end > tb->sel_start) {
        RECT a, b, sel = ch;
        thumb_rect(tb, tb->sel_start, &a);
        thumb_rect(tb, tb->sel_end, &b);
        if (style & TBS_VERT) { sel.top = (a.top + a.bottom) / 2; sel.bottom = (b.top + b.bottom) / 2; }
        else { sel.left = (a.left + a.right) / 2; sel.right = (b.left + b.right) / 2; }
        FillRect(hdc, &sel, GetSysColorBrush(COLOR_HIGHLIGHT));
    }
    if (!(style & TBS_NOTICKS)) {
        INT extra = 0;
        n = collect_tics(tb, tics, 254);
        if (n > 254) n = 254;
        tics[n++] = tb->min;
        tics[n++] = tb->max;
        for (UINT i = 0; i < n; i++) {
            RECT t;
            thumb_rect(tb, tics[i], &t);
            extra = (i >= n - 2) ? 1 : 0;     /* the ends a little longer */
            for (INT side = 0; side < 2; side++) {
                BOOL before = side == 0;
                if (before && !(style & (TBS_BOTH | TBS_TOP))) continue;
                if (!before && (style & TBS_TOP) && !(style & TBS_BOTH)) continue;
                RECT mark;
                if (style & TBS_VERT) {
                    INT y = (t.top + t.bottom) / 2;
                    if (before) SetRect(&mark, t.left - 4 - TIC_LENGTH - extra, y, t.left - 4, y + 1);
                    else SetRect(&mark, t.right + 2, y, t.right + 2 + TIC_LENGTH + extra, y + 1);
                } else {
                    INT x = (t.left + t.right) / 2;
                    if (before) SetRect(&mark, x, t.top - 4 - TIC_LENGTH - extra, x + 1, t.top - 4);
                    else SetRect(&mark, x, t.bottom + 2, x + 1, t.bottom + 2 + TIC_LENGTH + extra);
                }
                FillRect(hdc, &mark, GetSysColorBrush(COLOR_BTNTEXT));
            }
        }
    }
    if (!(style & TBS_NOTHUMB)) {
        thumb_rect(tb, tb->pos, &th);
        FillRect(hdc, &th, GetSysColorBrush(tb->dragging ? COLOR_BTNHIGHLIGHT : COLOR_BTNFACE));
        DrawEdge(hdc, &th, EDGE_RAISED, BF_RECT);
    }
    if (GetFocus() == tb->self) DrawFocusRect(hdc, &rc);
}

LRESULT WINAPI trackbar_proc(HWND hwnd, UINT msg, WPARAM wparam, LPARAM lparam)
{
    struct trackbar *tb = control_data(hwnd);
    PAINTSTRUCT ps;
    LRESULT old;

    if (!tb && msg != WM_NCCREATE) return DefWindowProcW(hwnd, msg, wparam, lparam);
    switch (msg) {
    case WM_NCCREATE:
        if (!(tb = calloc(1, sizeof(*tb)))) return FALSE;
        tb->self = hwnd;
        tb->notify = ((CREATESTRUCTW *)lparam)->hwndParent;
        tb->max = 100;
        tb->line = 1;
        tb->page = 20;
        tb->freq = 1;
        control_set_data(hwnd, tb);
        return DefWindowProcW(hwnd, msg, wparam, lparam);
    case WM_CREATE:
        recalc_tics(tb);
        /* fall through */
    case WM_SIZE:
    case WM_STYLECHANGED:
        layout(tb);
        InvalidateRect(hwnd, NULL, TRUE);
        return 0;
    case WM_NCDESTROY:
        free(tb->tics);
        free(tb);
        control_set_data(hwnd, NULL);
        return DefWindowProcW(hwnd, msg, wparam, lparam);
    case WM_PAINT:
    case WM_PRINTCLIENT:
        if (wparam) paint(tb, (HDC)wparam);
        else {
            HDC hdc = BeginPaint(hwnd, &ps);
            paint(tb, hdc);
            EndPaint(hwnd, &ps);
        }
        return 0;
    case WM_ERASEBKGND:
        return 1;
    case WM_SETFOCUS:
    case WM_KILLFOCUS:
        InvalidateRect(hwnd, NULL, FALSE);
        return 0;
    case WM_LBUTTONDOWN:
        button_down(tb, lparam);
        return 0;
    case WM_LBUTTONUP:
        button_up(tb);
        return 0;
    case WM_MOUSEMOVE:
        mouse_move(tb, lparam);
        return 0;
    case WM_CAPTURECHANGED:
        if ((HWND)lparam == hwnd) return 0;
        if (tb->paging) KillTimer(hwnd, PAGE_TIMER);
        tb->dragging = tb->paging = 0;
        notify_scroll(tb, TB_ENDTRACK);
        return 0;
    case WM_TIMER:
        if (wparam == PAGE_TIMER && tb->paging) {
            POINT pt;
            RECT th;
            GetCursorPos(&pt);
            ScreenToClient(hwnd, &pt);
            thumb_rect(tb, tb->pos, &th);
            /* keep paging while the thumb has not reached the mouse */
            if (vertical(tb) ? (tb->paging < 0 ? pt.y < th.top : pt.y >= th.bottom)
                             : (tb->paging < 0 ? pt.x < th.left : pt.x >= th.right))
                page_step(tb);
        }
        return 0;
    case WM_KEYDOWN:
        if (key_down(tb, wparam)) return 0;
        break;
    case WM_KEYUP:
        if (wparam == VK_LEFT || wparam == VK_RIGHT || wparam == VK_UP || wparam == VK_DOWN ||
            wparam == VK_PRIOR || wparam == VK_NEXT || wparam == VK_HOME || wparam == VK_END) {
            notify_scroll(tb, TB_ENDTRACK);
            return 0;
        }
        break;
    case WM_GETDLGCODE:
        return DLGC_WANTARROWS;
    case TBM_GETPOS:
        return tb->pos;
    case TBM_SETPOS:
        tb->pos = clamp(tb, (INT)lparam);
        if (wparam) InvalidateRect(hwnd, NULL, TRUE);
        return 0;
    case TBM_GETRANGEMIN:
        return tb->min;
    case TBM_GETRANGEMAX:
        return tb->max;
    case TBM_SETRANGE:
        tb->min = (SHORT)LOWORD(lparam);
        tb->max = (SHORT)HIWORD(lparam);
        range_changed(tb, (BOOL)wparam);
        return 0;
    case TBM_SETRANGEMIN:
        tb->min = (INT)lparam;
        range_changed(tb, (BOOL)wparam);
        return 0;
    case TBM_SETRANGEMAX:
        tb->max = (INT)lparam;
        range_changed(tb, (BOOL)wparam);
        return 0;
    case TBM_SETPAGESIZE:
        old = tb->page;
        tb->page = (INT)lparam == -1 ? (tb->max - tb->min) / 5 : (INT)lparam;
        tb->user_page = (INT)lparam != -1;
        return old;
    case TBM_GETPAGESIZE:
        return tb->page;
    case TBM_SETLINESIZE:
        old = tb->line;
        tb->line = (INT)lparam;
        return old;
    case TBM_GETLINESIZE:
        return tb->line;
    case TBM_SETTICFREQ:
        tb->freq = (INT)wparam;
        recalc_tics(tb);
        InvalidateRect(hwnd, NULL, TRUE);
        return 0;
    case TBM_SETTIC: {
        INT *grown;
        if ((INT)lparam < tb->min || (INT)lparam > tb->max) return FALSE;
        if (!(grown = realloc(tb->tics, (tb->ntics + 1) * sizeof(INT)))) return FALSE;
        tb->tics = grown;
        tb->tics[tb->ntics++] = (INT)lparam;
        InvalidateRect(hwnd, NULL, TRUE);
        return TRUE;
    }
    case TBM_CLEARTICS:
        free(tb->tics);
        tb->tics = NULL;
        tb->ntics = 0;
        if (wparam) InvalidateRect(hwnd, NULL, TRUE);
        return 0;
    case TBM_GETNUMTICS:
        if (style_of(tb) & TBS_NOTICKS) return 0;
        return collect_tics(tb, NULL, 0) + 2;
    case TBM_GETTIC:
        return wparam < tb->ntics ? tb->tics[wparam] : -1;
    case TBM_GETPTICS:
        return (LRESULT)tb->tics;
    case TBM_GETTICPOS: {
        RECT t;
        if (wparam >= tb->ntics) return -1;
        thumb_rect(tb, tb->tics[wparam], &t);
        return vertical(tb) ? (t.top + t.bottom) / 2 : (t.left + t.right) / 2;
    }
    case TBM_SETSEL:
        tb->sel_start = (SHORT)LOWORD(lparam);
        tb->sel_end = (SHORT)HIWORD(lparam);
        if (wparam) InvalidateRect(hwnd, NULL, TRUE);
        return 0;
    case TBM_SETSELSTART:
        tb->sel_start = (INT)lparam;
        if (wparam) InvalidateRect(hwnd, NULL, TRUE);
        return 0;
    case TBM_SETSELEND:
        tb->sel_end = (INT)lparam;
        if (wparam) InvalidateRect(hwnd, NULL, TRUE);
        return 0;
    case TBM_GETSELSTART:
        return tb->sel_start;
    case TBM_GETSELEND:
        return tb->sel_end;
    case TBM_CLEARSEL:
        tb->sel_start = tb->sel_end = 0;
        if (wparam) InvalidateRect(hwnd, NULL, TRUE);
        return 0;
    case TBM_GETTHUMBRECT:
        if (lparam) thumb_rect(tb, tb->pos, (RECT *)lparam);
        return 0;
    case TBM_GETCHANNELRECT:
        if (lparam) *(RECT *)lparam = tb->channel;
        return 0;
    case TBM_GETTHUMBLENGTH:
        return tb->thumb_len;
    case TBM_SETTHUMBLENGTH:
        if (style_of(tb) & TBS_FIXEDLENGTH) {
            tb->thumb_len = (UINT)wparam;
            InvalidateRect(hwnd, NULL, TRUE);
        }
        return 0;
    }
    return DefWindowProcW(hwnd, msg, wparam, lparam);
}
