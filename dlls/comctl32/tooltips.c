/*
 * Tooltips ("tooltips_class32"): a list of tools (a window and an id, a
 * rectangle in that window or, TTF_IDISHWND, the whole window; a text,
 * a string resource or LPSTR_TEXTCALLBACK) and one popup window that
 * shows the text of the tool the mouse rests on. The tooltip sees the
 * mouse through TTM_RELAYEVENT or, TTF_SUBCLASS, by subclassing the
 * tool's window (subclass.c). A move onto a tool starts the initial
 * delay; when it runs out with the cursor still there the tip is shown
 * below the cursor (TTN_SHOW to the tool's window first; a non-zero
 * answer means the program placed it), and hidden again after the
 * autopop delay, when the mouse leaves the tool or a button is pressed
 * (TTN_POP). Delays default to the double-click time (500 ms): initial
 * = it, autopop = ten times it, reshow = a fifth.
 *
 * TOOLINFO comes in three sizes (V1 ends before lParam, V2 before
 * lpReserved); A and W differ only in the text. A callback's text is
 * asked for with TTN_GETDISPINFOA or W, as the tool's window is ANSI or
 * Unicode. Not done: tracking tooltips (TTM_TRACKACTIVATE), balloons,
 * titles, margins.
 */
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include "comctl32_private.h"
#include "winrun/unicode.h"

WINUSERAPI INT WINAPI LoadStringW(HINSTANCE, UINT, LPWSTR, INT);

#define TIMER_INITIAL   1
#define TIMER_AUTOPOP   2
#define TIMER_LEAVE     3
#define LEAVE_POLL      100
#define DEFAULT_DELAY   500         /* the double-click time */
#define TIP_SIZE        1024        /* comctl32's INFOTIPSIZE */
#define GETTEXTA_MAX    80          /* TTM_GETTEXTA writes at most this much */
#define TTF_DI_SETITEM  0x8000
#define TOOLINFO_V1_SIZE offsetof(TTTOOLINFOW, lParam)
#define TOOLINFO_V2_SIZE offsetof(TTTOOLINFOW, lpReserved)
#define NO_TOOL         (-1)

enum text_kind { TEXT_NONE, TEXT_STRING, TEXT_CALLBACK, TEXT_RESOURCE };

struct tool {
    UINT flags;
    HWND hwnd;
    UINT_PTR id;
    RECT rect;
    HINSTANCE hinst;
    enum text_kind kind;
    WCHAR *text;            /* TEXT_STRING */
    UINT res_id;            /* TEXT_RESOURCE */
    LPARAM lparam;
};

struct tooltips {
    HWND self;
    struct tool *tools;
    INT count;
    BOOL active;
    INT initial, autopop, reshow, max_width;
    INT pending, shown;     /* tool indices, NO_TOOL for none */
    COLORREF bk, fg;
    HFONT font;
    WCHAR tip[TIP_SIZE];    /* the text being shown */
};

static LRESULT CALLBACK relay_subclass(HWND hwnd, UINT msg, WPARAM wparam, LPARAM lparam, UINT_PTR id,
                                       DWORD_PTR ref);

static HFONT current_font(struct tooltips *tt)
{
    return tt->font ? tt->font : (HFONT)GetStockObject(DEFAULT_GUI_FONT);
}

static INT find_tool(struct tooltips *tt, HWND hwnd, UINT_PTR id)
{
    for (INT i = 0; i < tt->count; i++)
        if (tt->tools[i].hwnd == hwnd && tt->tools[i].id == id) return i;
    /* TTF_IDISHWND tools may be named by the window alone */
    for (INT i = 0; i < tt->count; i++)
        if ((tt->tools[i].flags & TTF_IDISHWND) && tt->tools[i].id == id) return i;
    return NO_TOOL;
}

static INT find_from_info(struct tooltips *tt, const TTTOOLINFOW *ti)
{
    if (!ti || ti->cbSize < TOOLINFO_V1_SIZE) return NO_TOOL;
    return find_tool(tt, ti->hwnd, ti->uId);
}

/* the tool under PT, in HWND's client coordinates */
static INT tool_at(struct tooltips *tt, HWND hwnd, POINT pt)
{
    for (INT i = 0; i < tt->count; i++) {
        struct tool *t = &tt->tools[i];
        if (t->flags & TTF_IDISHWND) {
            if ((HWND)t->id == hwnd) return i;
        } else if (t->hwnd == hwnd && PtInRect(&t->rect, pt)) return i;
    }
    return NO_TOOL;
}

static void set_text(struct tool *t, const void *text, BOOL unicode)
{
    free(t->text);
    t->text = NULL;
    if (!text) t->kind = TEXT_NONE;
    else if (text == (const void *)LPSTR_TEXTCALLBACKW) t->kind = TEXT_CALLBACK;
    else if (IS_INTRESOURCE(text)) {
        t->kind = TEXT_RESOURCE;
        t->res_id = LOWORD((ULONG_PTR)text);
    } else {
        t->kind = TEXT_STRING;
        t->text = str_dup_aw(text, unicode);
    }
}

static void notify_tool(struct tooltips *tt, struct tool *t, UINT code, LRESULT *ret)
{
    NMHDR hdr;
    LRESULT r;
    hdr.hwndFrom = tt->self;
    hdr.idFrom = t->id;
    hdr.code = code;
    r = SendMessageW(t->hwnd, WM_NOTIFY, t->id, (LPARAM)&hdr);
    if (ret) *ret = r;
}

/* ask the tool's window for a callback text (TTN_GETDISPINFOA/W) */
static void dispinfo_text(struct tooltips *tt, INT index, WCHAR *out)
{
    struct tool *t = &tt->tools[index];
    BOOL unicode = IsWindowUnicode(t->hwnd);
    UINT_PTR id = t->id;
    HWND hwnd = t->hwnd;
    const void *text;
    HINSTANCE hinst;
    UINT flags;

    out[0] = 0;
    if (unicode) {
        NMTTDISPINFOW di;
        memset(&di, 0, sizeof(di));
        di.hdr.hwndFrom = tt->self;
        di.hdr.idFrom = id;
        di.hdr.code = TTN_GETDISPINFOW;
        di.lpszText = di.szText;
        di.uFlags = t->flags;
        di.lParam = t->lparam;
        SendMessageW(hwnd, WM_NOTIFY, id, (LPARAM)&di);
        text = di.lpszText;
        hinst = di.hinst;
        flags = di.uFlags;
        if (text && !IS_INTRESOURCE(text) && text != (const void *)LPSTR_TEXTCALLBACKW) {
            INT n = (INT)wcs_len(text);
            if (n > TIP_SIZE - 1) n = TIP_SIZE - 1;
            memcpy(out, text, n * sizeof(WCHAR));
            out[n] = 0;
        }
    } else {
        NMTTDISPINFOA di;
        memset(&di, 0, sizeof(di));
        di.hdr.hwndFrom = tt->self;
        di.hdr.idFrom = id;
        di.hdr.code = TTN_GETDISPINFOA;
        di.lpszText = di.szText;
        di.uFlags = t->flags;
        di.lParam = t->lparam;
        SendMessageW(hwnd, WM_NOTIFY, id, (LPARAM)&di);
        text = di.lpszText;
        hinst = di.hinst;
        flags = di.uFlags;
        if (text && !IS_INTRESOURCE(text) && text != (const void *)LPSTR_TEXTCALLBACKW &&
            !MultiByteToWideChar(CP_ACP, 0, text, -1, out, TIP_SIZE))
            out[TIP_SIZE - 1] = 0;
    }
    if (text && IS_INTRESOURCE(text)) LoadStringW(hinst, LOWORD((ULONG_PTR)text), out, TIP_SIZE);
    /* TTF_DI_SETITEM: keep the answer instead of asking again; the
     * notification may have deleted tools, so find this one again */
    if ((flags & TTF_DI_SETITEM) && text != (const void *)LPSTR_TEXTCALLBACKW &&
        (index = find_tool(tt, hwnd, id)) != NO_TOOL) {
        t = &tt->tools[index];
        if (text && IS_INTRESOURCE(text)) {
            free(t->text);
            t->text = NULL;
            t->kind = TEXT_RESOURCE;
            t->res_id = LOWORD((ULONG_PTR)text);
            t->hinst = hinst;
        } else set_text(t, out, TRUE);
    }
}

static void tip_text(struct tooltips *tt, INT index, WCHAR *out)
{
    struct tool *t = &tt->tools[index];
    out[0] = 0;
    switch (t->kind) {
    case TEXT_NONE:
        break;
    case TEXT_STRING: {
        INT n = (INT)wcs_len(t->text);
        if (n > TIP_SIZE - 1) n = TIP_SIZE - 1;
        memcpy(out, t->text, n * sizeof(WCHAR));
        out[n] = 0;
        break;
    }
    case TEXT_RESOURCE:
        LoadStringW(t->hinst, t->res_id, out, TIP_SIZE);
        break;
    case TEXT_CALLBACK:
        dispinfo_text(tt, index, out);
        break;
    }
}

static void hide(struct tooltips *tt)
{
    KillTimer(tt->self, TIMER_INITIAL);
    tt->pending = NO_TOOL;
    if (tt->shown == NO_TOOL) return;
    KillTimer(tt->self, TIMER_AUTOPOP);
    KillTimer(tt->self, TIMER_LEAVE);
    INT index = tt->shown;
    tt->shown = NO_TOOL;
    SetWindowPos(tt->self, NULL, 0, 0, 0, 0,
                 SWP_HIDEWINDOW | SWP_NOACTIVATE | SWP_NOMOVE | SWP_NOSIZE | SWP_NOZORDER);
    if (index < tt->count) notify_tool(tt, &tt->tools[index], TTN_POP, NULL);
}

static void measure(struct tooltips *tt, SIZE *size)
{
    HDC hdc = GetDC(tt->self);
    HGDIOBJ old = SelectObject(hdc, current_font(tt));
    RECT rc = { 0, 0, tt->max_width > 0 ? tt->max_width : 0x7fff, 0 };
    UINT fmt = DT_CALCRECT | DT_EXPANDTABS | DT_NOPREFIX;
    if (tt->max_width > 0) fmt |= DT_WORDBREAK; else fmt |= DT_SINGLELINE;
    if (GetWindowLongW(tt->self, GWL_STYLE) & TTS_NOPREFIX) fmt |= DT_NOPREFIX;
    DrawTextW(hdc, tt->tip, -1, &rc, fmt);
    SelectObject(hdc, old);
    ReleaseDC(tt->self, hdc);
    /* text margins, and the border */
    size->cx = rc.right - rc.left + 6 + 2;
    size->cy = rc.bottom - rc.top + 2 + 2;
}

static void show(struct tooltips *tt, INT index)
{
    struct tool *t;
    LRESULT placed = 0;
    POINT pt;
    SIZE size;

    tip_text(tt, index, tt->tip);
    /* a callback may have deleted tools */
    if (!tt->tip[0] || index >= tt->count) {
        tt->pending = NO_TOOL;
        return;
    }
    t = &tt->tools[index];
    tt->shown = index;
    tt->pending = NO_TOOL;
    measure(tt, &size);
    SetWindowPos(tt->self, NULL, 0, 0, size.cx, size.cy, SWP_NOACTIVATE | SWP_NOMOVE | SWP_NOZORDER);
    notify_tool(tt, t, TTN_SHOW, &placed);
    if (!placed) {
        if (t->flags & TTF_CENTERTIP) {
            RECT rc = t->rect;
            if (t->flags & TTF_IDISHWND) GetClientRect((HWND)t->id, &rc);
            pt.x = (rc.left + rc.right - size.cx) / 2;
            pt.y = rc.bottom + 2;
            ClientToScreen((t->flags & TTF_IDISHWND) ? (HWND)t->id : t->hwnd, &pt);
        } else {
            GetCursorPos(&pt);
            pt.y += 20;     /* below the arrow cursor */
        }
        SetWindowPos(tt->self, HWND_TOPMOST, pt.x, pt.y, size.cx, size.cy, SWP_NOACTIVATE);
    }
    SetWindowPos(tt->self, HWND_TOPMOST, 0, 0, 0, 0, SWP_SHOWWINDOW | SWP_NOACTIVATE | SWP_NOMOVE | SWP_NOSIZE);
    InvalidateRect(tt->self, NULL, TRUE);
    SetTimer(tt->self, TIMER_AUTOPOP, tt->autopop, NULL);
    SetTimer(tt->self, TIMER_LEAVE, LEAVE_POLL, NULL);
}

/* the tool the cursor is over now, if it is still INDEX */
static BOOL cursor_on(struct tooltips *tt, INT index)
{
    struct tool *t;
    HWND hwnd;
    POINT pt;
    if (index == NO_TOOL || index >= tt->count) return FALSE;
    t = &tt->tools[index];
    hwnd = (t->flags & TTF_IDISHWND) ? (HWND)t->id : t->hwnd;
    GetCursorPos(&pt);
    ScreenToClient(hwnd, &pt);
    return tool_at(tt, hwnd, pt) == index;
}

static void relay(struct tooltips *tt, const MSG *msg)
{
    POINT pt;
    INT index;

    if (!msg) return;
    switch (msg->message) {
    case WM_LBUTTONDOWN: case WM_LBUTTONUP:
    case WM_RBUTTONDOWN: case WM_RBUTTONUP:
    case WM_MBUTTONDOWN: case WM_MBUTTONUP:
        hide(tt);
        return;
    case WM_MOUSEMOVE:
        if (!tt->active) return;
        pt.x = (SHORT)LOWORD(msg->lParam);
        pt.y = (SHORT)HIWORD(msg->lParam);
        index = tool_at(tt, msg->hwnd, pt);
        if (index == NO_TOOL) {
            hide(tt);
            return;
        }
        if (index == tt->shown || index == tt->pending) return;
        /* moving from one shown tip to another tool: the reshow delay */
        BOOL was_shown = tt->shown != NO_TOOL;
        hide(tt);
        tt->pending = index;
        SetTimer(tt->self, TIMER_INITIAL, was_shown ? tt->reshow : tt->initial, NULL);
        return;
    }
}

/* copy a tool out to a TOOLINFO the program gave (GETTOOLINFO, ENUMTOOLS) */
static void copy_out(struct tooltips *tt, INT index, TTTOOLINFOW *ti, BOOL unicode)
{
    struct tool *t = &tt->tools[index];
    ti->uFlags = t->flags;
    ti->hwnd = t->hwnd;
    ti->uId = t->id;
    ti->rect = t->rect;
    ti->hinst = t->hinst;
    if (ti->lpszText) {
        if (t->kind == TEXT_STRING) {
            if (unicode) wcs_cpy(ti->lpszText, t->text);
            else WideCharToMultiByte(CP_ACP, 0, t->text, -1, (char *)ti->lpszText, TIP_SIZE, NULL, NULL);
        } else if (t->kind == TEXT_CALLBACK) ti->lpszText = LPSTR_TEXTCALLBACKW;
        else if (t->kind == TEXT_RESOURCE) ti->lpszText = (LPWSTR)(ULONG_PTR)t->res_id;
        else ti->lpszText = NULL;
    }
    if (ti->cbSize >= TOOLINFO_V2_SIZE) ti->lParam = t->lparam;
}

static void unsubclass_if_unused(struct tooltips *tt, HWND hwnd)
{
    for (INT i = 0; i < tt->count; i++) {
        struct tool *t = &tt->tools[i];
        HWND w = (t->flags & TTF_IDISHWND) ? (HWND)t->id : t->hwnd;
        if ((t->flags & TTF_SUBCLASS) && w == hwnd) return;
    }
    if (IsWindow(hwnd)) RemoveWindowSubclass(hwnd, relay_subclass, (UINT_PTR)tt->self);
}

static LRESULT add_tool(struct tooltips *tt, const TTTOOLINFOW *ti, BOOL unicode)
{
    struct tool *grown, *t;

    if (!ti) return FALSE;
    if (!(grown = realloc(tt->tools, (tt->count + 1) * sizeof(*grown)))) return FALSE;
    tt->tools = grown;
    t = &tt->tools[tt->count];
    memset(t, 0, sizeof(*t));
    t->flags = ti->uFlags;
    t->hwnd = ti->hwnd;
    t->id = ti->uId;
    t->rect = ti->rect;
    t->hinst = ti->hinst;
    set_text(t, ti->lpszText, unicode);
    if (ti->cbSize >= TOOLINFO_V2_SIZE) t->lparam = ti->lParam;
    tt->count++;
    if (t->flags & TTF_SUBCLASS) {
        HWND w = (t->flags & TTF_IDISHWND) ? (HWND)t->id : t->hwnd;
        SetWindowSubclass(w, relay_subclass, (UINT_PTR)tt->self, (DWORD_PTR)tt->self);
    }
    return TRUE;
}

static void del_tool(struct tooltips *tt, INT index)
{
    struct tool gone = tt->tools[index];
    if (tt->shown == index || tt->pending == index) hide(tt);
    free(gone.text);
    memmove(&tt->tools[index], &tt->tools[index + 1], (tt->count - index - 1) * sizeof(*tt->tools));
    tt->count--;
    if (tt->shown > index) tt->shown--;
    if (tt->pending > index) tt->pending--;
    if (gone.flags & TTF_SUBCLASS)
        unsubclass_if_unused(tt, (gone.flags & TTF_IDISHWND) ? (HWND)gone.id : gone.hwnd);
}

static LRESULT CALLBACK relay_subclass(HWND hwnd, UINT msg, WPARAM wparam, LPARAM lparam, UINT_PTR id,
                                       DWORD_PTR ref)
{
    (void)id;
    switch (msg) {
    case WM_MOUSEMOVE:
    case WM_LBUTTONDOWN: case WM_LBUTTONUP:
    case WM_RBUTTONDOWN: case WM_RBUTTONUP:
    case WM_MBUTTONDOWN: case WM_MBUTTONUP:
        if (IsWindow((HWND)ref)) {
            MSG m;
            memset(&m, 0, sizeof(m));
            m.hwnd = hwnd;
            m.message = msg;
            m.wParam = wparam;
            m.lParam = lparam;
            SendMessageW((HWND)ref, TTM_RELAYEVENT, 0, (LPARAM)&m);
        }
        break;
    }
    return DefSubclassProc(hwnd, msg, wparam, lparam);
}

static void set_delay(struct tooltips *tt, WPARAM which, INT ms)
{
    switch (which) {
    case TTDT_AUTOMATIC:
        if (ms <= 0) ms = DEFAULT_DELAY;
        tt->initial = ms;
        tt->autopop = ms * 10;
        tt->reshow = ms / 5;
        break;
    case TTDT_RESHOW:
        tt->reshow = ms < 0 ? DEFAULT_DELAY / 5 : ms;
        break;
    case TTDT_AUTOPOP:
        tt->autopop = ms < 0 ? DEFAULT_DELAY * 10 : ms;
        break;
    case TTDT_INITIAL:
        tt->initial = ms < 0 ? DEFAULT_DELAY : ms;
        break;
    }
}

static void paint(struct tooltips *tt, HDC hdc)
{
    RECT rc;
    HGDIOBJ old = SelectObject(hdc, current_font(tt));
    INT mode = SetBkMode(hdc, TRANSPARENT);
    COLORREF color = SetTextColor(hdc, tt->fg);
    UINT fmt = DT_EXPANDTABS | ((tt->max_width > 0) ? DT_WORDBREAK : DT_SINGLELINE);

    if (GetWindowLongW(tt->self, GWL_STYLE) & TTS_NOPREFIX) fmt |= DT_NOPREFIX;
    GetClientRect(tt->self, &rc);
    fill_color(hdc, &rc, tt->bk);
    /* a one-pixel frame in the text colour, the text inside */
    HBRUSH frame = CreateSolidBrush(tt->fg);
    FrameRect(hdc, &rc, frame);
    DeleteObject(frame);
    InflateRect(&rc, -4, -2);
    DrawTextW(hdc, tt->tip, -1, &rc, fmt);
    SetTextColor(hdc, color);
    SetBkMode(hdc, mode);
    SelectObject(hdc, old);
}

LRESULT WINAPI tooltips_proc(HWND hwnd, UINT msg, WPARAM wparam, LPARAM lparam)
{
    struct tooltips *tt = control_data(hwnd);
    BOOL unicode = TRUE;
    PAINTSTRUCT ps;
    LRESULT old;
    INT index;

    if (!tt && msg != WM_NCCREATE) return DefWindowProcW(hwnd, msg, wparam, lparam);
    switch (msg) {
    case WM_NCCREATE: {
        DWORD style = (DWORD)GetWindowLongW(hwnd, GWL_STYLE);
        if (!(tt = calloc(1, sizeof(*tt)))) return FALSE;
        tt->self = hwnd;
        tt->active = TRUE;
        tt->max_width = -1;
        tt->pending = tt->shown = NO_TOOL;
        tt->bk = GetSysColor(COLOR_INFOBK);
        tt->fg = GetSysColor(COLOR_INFOTEXT);
        set_delay(tt, TTDT_AUTOMATIC, 0);
        control_set_data(hwnd, tt);
        /* always a bordered popup, never a child */
        style &= ~(WS_CHILD | WS_BORDER | WS_DLGFRAME);
        SetWindowLongW(hwnd, GWL_STYLE, (LONG)(style | WS_POPUP | WS_CLIPSIBLINGS));
        SetWindowLongW(hwnd, GWL_EXSTYLE, GetWindowLongW(hwnd, GWL_EXSTYLE) | WS_EX_TOOLWINDOW);
        return DefWindowProcW(hwnd, msg, wparam, lparam);
    }
    case WM_NCDESTROY:
        while (tt->count) {
            tt->shown = tt->pending = NO_TOOL;
            del_tool(tt, tt->count - 1);
        }
        free(tt->tools);
        free(tt);
        control_set_data(hwnd, NULL);
        return DefWindowProcW(hwnd, msg, wparam, lparam);
    case WM_PAINT:
    case WM_PRINTCLIENT:
        if (wparam) paint(tt, (HDC)wparam);
        else {
            HDC hdc = BeginPaint(hwnd, &ps);
            paint(tt, hdc);
            EndPaint(hwnd, &ps);
        }
        return 0;
    case WM_ERASEBKGND:
        return 1;
    case WM_NCHITTEST:
        if (tt->shown != NO_TOOL && (tt->tools[tt->shown].flags & TTF_TRANSPARENT)) return HTTRANSPARENT;
        break;
    case WM_MOUSEMOVE:
    case WM_LBUTTONDOWN:
        hide(tt);
        return 0;
    case WM_TIMER:
        if (wparam == TIMER_INITIAL) {
            KillTimer(hwnd, TIMER_INITIAL);
            index = tt->pending;
            if (tt->active && cursor_on(tt, index)) show(tt, index);
            else tt->pending = NO_TOOL;
        } else if (wparam == TIMER_AUTOPOP) hide(tt);
        else if (wparam == TIMER_LEAVE && !cursor_on(tt, tt->shown)) hide(tt);
        return 0;
    case WM_SETFONT:
        tt->font = (HFONT)wparam;
        return 0;
    case WM_GETFONT:
        return (LRESULT)tt->font;
    case TTM_ACTIVATE:
        tt->active = wparam != 0;
        if (!tt->active) hide(tt);
        return 0;
    case TTM_RELAYEVENT:
        relay(tt, (const MSG *)lparam);
        return 0;
    case TTM_POP:
        hide(tt);
        return 0;
    case TTM_SETDELAYTIME:
        set_delay(tt, wparam, (INT)LOWORD(lparam));
        return 0;
    case TTM_GETDELAYTIME:
        switch (wparam) {
        case TTDT_RESHOW: return tt->reshow;
        case TTDT_AUTOPOP: return tt->autopop;
        default: return tt->initial;
        }
    case TTM_SETMAXTIPWIDTH:
        old = tt->max_width;
        tt->max_width = (INT)lparam;
        return old;
    case TTM_GETMAXTIPWIDTH:
        return tt->max_width;
    case TTM_SETTIPBKCOLOR:
        tt->bk = (COLORREF)wparam;
        return 0;
    case TTM_SETTIPTEXTCOLOR:
        tt->fg = (COLORREF)wparam;
        return 0;
    case TTM_GETTIPBKCOLOR:
        return tt->bk;
    case TTM_GETTIPTEXTCOLOR:
        return tt->fg;
    case TTM_GETTOOLCOUNT:
        return tt->count;
    case TTM_ADDTOOLA:
        unicode = FALSE;
        /* fall through */
    case TTM_ADDTOOLW:
        return add_tool(tt, (const TTTOOLINFOW *)lparam, unicode);
    case TTM_DELTOOLA:
    case TTM_DELTOOLW:
        if ((index = find_from_info(tt, (const TTTOOLINFOW *)lparam)) != NO_TOOL) del_tool(tt, index);
        return 0;
    case TTM_GETTOOLINFOA:
        unicode = FALSE;
        /* fall through */
    case TTM_GETTOOLINFOW:
        if ((index = find_from_info(tt, (TTTOOLINFOW *)lparam)) == NO_TOOL) return FALSE;
        copy_out(tt, index, (TTTOOLINFOW *)lparam, unicode);
        return TRUE;
    case TTM_ENUMTOOLSA:
        unicode = FALSE;
        /* fall through */
    case TTM_ENUMTOOLSW:
        if (!lparam || (INT)wparam < 0 || (INT)wparam >= tt->count) return FALSE;
        copy_out(tt, (INT)wparam, (TTTOOLINFOW *)lparam, unicode);
        return TRUE;
    case TTM_GETCURRENTTOOLA:
        unicode = FALSE;
        /* fall through */
    case TTM_GETCURRENTTOOLW:
        if (tt->shown == NO_TOOL) return FALSE;
        if (lparam) copy_out(tt, tt->shown, (TTTOOLINFOW *)lparam, unicode);
        return TRUE;
    case TTM_SETTOOLINFOA:
        unicode = FALSE;
        /* fall through */
    case TTM_SETTOOLINFOW: {
        const TTTOOLINFOW *ti = (const TTTOOLINFOW *)lparam;
        struct tool *t;
        if ((index = find_from_info(tt, ti)) == NO_TOOL) return 0;
        t = &tt->tools[index];
        t->flags = ti->uFlags;
        t->rect = ti->rect;
        t->hinst = ti->hinst;
        set_text(t, ti->lpszText, unicode);
        if (ti->cbSize >= TOOLINFO_V2_SIZE) t->lparam = ti->lParam;
        return 0;
    }
    case TTM_NEWTOOLRECTA:
    case TTM_NEWTOOLRECTW:
        if ((index = find_from_info(tt, (const TTTOOLINFOW *)lparam)) != NO_TOOL)
            tt->tools[index].rect = ((const TTTOOLINFOW *)lparam)->rect;
        return 0;
    case TTM_UPDATETIPTEXTA:
        unicode = FALSE;
        /* fall through */
    case TTM_UPDATETIPTEXTW: {
        const TTTOOLINFOW *ti = (const TTTOOLINFOW *)lparam;
        if ((index = find_from_info(tt, ti)) == NO_TOOL) return 0;
        tt->tools[index].hinst = ti->hinst;
        set_text(&tt->tools[index], ti->lpszText, unicode);
        if (index == tt->shown) {
            tip_text(tt, index, tt->tip);
            InvalidateRect(hwnd, NULL, TRUE);
        }
        return 0;
    }
    case TTM_GETTEXTA:
    case TTM_GETTEXTW: {
        TTTOOLINFOW *ti = (TTTOOLINFOW *)lparam;
        WCHAR text[TIP_SIZE];
        if ((index = find_from_info(tt, ti)) == NO_TOOL || !ti->lpszText) return 0;
        tip_text(tt, index, text);
        if (msg == TTM_GETTEXTW) {
            INT room = wparam ? (INT)wparam : TIP_SIZE, n = (INT)wcs_len(text);
            if (n > room - 1) n = room - 1;
            memcpy(ti->lpszText, text, n * sizeof(WCHAR));
            ti->lpszText[n] = 0;
        } else if (!WideCharToMultiByte(CP_ACP, 0, text, -1, (char *)ti->lpszText, GETTEXTA_MAX, NULL, NULL))
            ((char *)ti->lpszText)[GETTEXTA_MAX - 1] = 0;
        return 0;
    }
    case TTM_HITTESTA:
        unicode = FALSE;
        /* fall through */
    case TTM_HITTESTW: {
        TTHITTESTINFOW *hti = (TTHITTESTINFOW *)lparam;
        if (!hti || (index = tool_at(tt, hti->hwnd, hti->pt)) == NO_TOOL) return FALSE;
        if (hti->ti.cbSize >= TOOLINFO_V1_SIZE) copy_out(tt, index, &hti->ti, unicode);
        return TRUE;
    }
    }
    return DefWindowProcW(hwnd, msg, wparam, lparam);
}
