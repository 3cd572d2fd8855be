/*
 * DefWindowProc for the messages that need no drawing: creation text,
 * WM_GETTEXT/WM_SETTEXT, WM_CLOSE, WM_SYSCOMMAND basics, the
 * WM_WINDOWPOSCHANGING/CHANGED defaults, WM_NCCALCSIZE, WM_NCHITTEST by
 * geometry, activation and focus defaults. WM_PAINT validates the update
 * region, standing in for BeginPaint/EndPaint until gdi32 provides DCs.
 */
#include <stdlib.h>
#include <string.h>
#include "user_private.h"

void menu_track_bar(HWND hwnd, UINT command, LPARAM lp);   /* menutrack.c */
LRESULT cursoricon_def_setcursor(HWND hwnd, LPARAM lp);                       /* cursoricon.c */
LRESULT cursoricon_def_icon(HWND hwnd, UINT msg, WPARAM type, LPARAM icon);

LRESULT winpos_default_nccalcsize(HWND hwnd, RECT *rect);
void winpos_default_poschanged(HWND hwnd, const WINDOWPOS *pos);
void winpos_default_poschanging(HWND hwnd, WINDOWPOS *pos);
void paint_validate(HWND hwnd);
WINUSERAPI BOOL WINAPI IsIconic(HWND);
WINUSERAPI BOOL WINAPI IsZoomed(HWND);
WINUSERAPI BOOL WINAPI AdjustWindowRectEx(RECT *, DWORD, BOOL, DWORD);

#define SM_CYCAPTION 4
#define SM_CXSIZE 30

static BOOL pt_in(const RECT *r, POINT pt)
{
    return pt.x >= r->left && pt.x < r->right && pt.y >= r->top && pt.y < r->bottom;
}

/* WM_NCHITTEST from the window's geometry and styles. */
static LRESULT hit_test(HWND hwnd, POINT pt)
{
    struct user_window *win;
    RECT window, client, in;
    POINT origin;
    DWORD style, ex_style;
    BOOL menu;

    user_lock();
    if (!(win = window_get(hwnd))) {
        user_unlock();
        return HTERROR;
    }
    window_get_screen_offset(win->parent, &origin);
    window = win->window_rect;
    client = win->client_rect;
    style = win->style;
    ex_style = win->ex_style;
    menu = !(style & WS_CHILD) && win->id;
    user_unlock();
    window.left += origin.x; window.right += origin.x; window.top += origin.y; window.bottom += origin.y;
    client.left += origin.x; client.right += origin.x; client.top += origin.y; client.bottom += origin.y;
    if (!pt_in(&window, pt)) return HTNOWHERE;
    if (pt_in(&client, pt)) return HTCLIENT;
    winpos_nc_metrics(style, ex_style, FALSE, &in);
    /* the sizing frame */
    if (style & WS_THICKFRAME) {
        int corner = GetSystemMetrics(SM_CYCAPTION);
        BOOL left = pt.x < window.left + in.left, right = pt.x >= window.right - in.right;
        BOOL top = pt.y < window.top + in.left, bottom = pt.y >= window.bottom - in.bottom;
        if (top) return pt.x < window.left + corner ? HTTOPLEFT : pt.x >= window.right - corner ? HTTOPRIGHT : HTTOP;
        if (bottom) return pt.x < window.left + corner ? HTBOTTOMLEFT : pt.x >= window.right - corner ? HTBOTTOMRIGHT : HTBOTTOM;
        if (left) return pt.y < window.top + corner ? HTTOPLEFT : pt.y >= window.bottom - corner ? HTBOTTOMLEFT : HTLEFT;
        if (right) return pt.y < window.top + corner ? HTTOPRIGHT : pt.y >= window.bottom - corner ? HTBOTTOMRIGHT : HTRIGHT;
    } else if (pt.x < window.left + in.left || pt.x >= window.right - in.right ||
               pt.y < window.top + in.left || pt.y >= window.bottom - in.bottom)
        return HTBORDER;
    if ((style & WS_CAPTION) == WS_CAPTION && pt.y < window.top + in.top - (menu ? GetSystemMetrics(15) : 0)) {
        int button = GetSystemMetrics(SM_CXSIZE);
        int x = window.right - in.right;
        if ((style & WS_SYSMENU) && pt.x < window.left + in.left + button) return HTSYSMENU;
        if (style & WS_SYSMENU) {
            if (pt.x >= x - button) return HTCLOSE;
            x -= button;
            if (style & WS_MAXIMIZEBOX) {
                if (pt.x >= x - button) return HTMAXBUTTON;
                x -= button;
            }
            if (style & WS_MINIMIZEBOX && pt.x >= x - button) return HTMINBUTTON;
        }
        return HTCAPTION;
    }
    if (menu && pt.y < client.top) return HTMENU;
    if ((style & WS_VSCROLL) && pt.x >= client.right) return HTVSCROLL;
    if ((style & WS_HSCROLL) && pt.y >= client.bottom) return HTHSCROLL;
    return HTBORDER;
}

void scroll_track_window_bar(HWND hwnd, INT bar, POINT pt);   /* scrollbar.c */

/* DefWindowProc saw F10 pressed on this thread */
static __thread BOOL f10_down;

static LRESULT default_proc(HWND hwnd, UINT msg, WPARAM wp, LPARAM lp, BOOL unicode)
{
    switch (msg) {
    case WM_NCCREATE: {
        CREATESTRUCTW *cs = (CREATESTRUCTW *)lp;
        if (cs && cs->lpszName && !IS_INTRESOURCE(cs->lpszName)) {
            if (unicode) window_set_text(hwnd, cs->lpszName);
            else {
                WCHAR *w = user_strdup_atow((LPCSTR)cs->lpszName);
                window_set_text(hwnd, w);
                free(w);
            }
        }
        return TRUE;
    }
    case WM_NCCALCSIZE:
        return winpos_default_nccalcsize(hwnd, (RECT *)lp);
    case WM_NCHITTEST: {
        POINT pt = { (SHORT)LOWORD(lp), (SHORT)HIWORD(lp) };
        return hit_test(hwnd, pt);
    }
    case WM_SETTEXT:
        if (unicode) window_set_text(hwnd, (LPCWSTR)lp);
        else {
            WCHAR *w = user_strdup_atow((LPCSTR)lp);
            window_set_text(hwnd, w);
            free(w);
        }
        /* the caption shows the new text at once, as Windows redraws it */
        if ((GetWindowLongW(hwnd, GWL_STYLE) & (WS_CAPTION | WS_VISIBLE)) == (WS_CAPTION | WS_VISIBLE)) nc_paint(hwnd, NULL);
        return TRUE;
    case WM_GETTEXT: {
        INT count = wp;
        if (!lp || count <= 0) return 0;
        if (unicode) return window_get_text(hwnd, (LPWSTR)lp, count);
        INT len = window_text_length(hwnd), n;
        WCHAR *w = malloc((len + 1) * sizeof(WCHAR));
        if (!w) return 0;
        window_get_text(hwnd, w, len + 1);
        n = WideCharToMultiByte(CP_ACP, 0, w, -1, (LPSTR)lp, count, NULL, NULL);
        if (!n) {   /* truncated: keep what fits */
            ((LPSTR)lp)[count - 1] = 0;
            n = count;
        }
        free(w);
        return n - 1;
    }
    case WM_GETTEXTLENGTH: {
        INT len = window_text_length(hwnd);
        if (unicode || !len) return len;
        WCHAR *w = malloc((len + 1) * sizeof(WCHAR));
        if (!w) return len;
        window_get_text(hwnd, w, len + 1);
        len = WideCharToMultiByte(CP_ACP, 0, w, len, NULL, 0, NULL, NULL);
        free(w);
        return len;
    }
    case WM_CLOSE:
        DestroyWindow(hwnd);
        return 0;
    case WM_SYSCOMMAND:
        if (hook_call(WH_CBT, HCBT_SYSCOMMAND, wp, lp, TRUE)) return 0;   /* a WH_CBT hook refused it */
        switch (wp & 0xfff0) {
        case SC_CLOSE: SendMessageW(hwnd, WM_CLOSE, 0, 0); break;
        case SC_MINIMIZE: ShowWindow(hwnd, SW_MINIMIZE); break;
        case SC_MAXIMIZE: ShowWindow(hwnd, SW_MAXIMIZE); break;
        case SC_RESTORE: ShowWindow(hwnd, SW_RESTORE); break;
        case SC_KEYMENU:
        case SC_MOUSEMENU: menu_track_bar(hwnd, wp & 0xfff0, lp); break;
        case SC_VSCROLL:
        case SC_HSCROLL: {
            POINT pt = { (SHORT)LOWORD(lp), (SHORT)HIWORD(lp) };
            scroll_track_window_bar(hwnd, (wp & 0xfff0) == SC_VSCROLL ? SB_VERT : SB_HORZ, pt);
            break;
        }
        }
        return 0;
    case WM_NCLBUTTONDOWN:
        /* the menu bar opens on a press, as on Windows */
        if (wp == HTMENU) SendMessageW(hwnd, WM_SYSCOMMAND, SC_MOUSEMENU | HTMENU, lp);
        else if (wp == HTVSCROLL) SendMessageW(hwnd, WM_SYSCOMMAND, SC_VSCROLL | HTVSCROLL, lp);
        else if (wp == HTHSCROLL) SendMessageW(hwnd, WM_SYSCOMMAND, SC_HSCROLL | HTHSCROLL, lp);
        else if ((wp == HTCLOSE || wp == HTMINBUTTON || wp == HTMAXBUTTON) && nc_track_caption_button(hwnd, wp)) {
            /* released over the button: its command, the point where it was pressed */
            WPARAM cmd = wp == HTCLOSE ? SC_CLOSE : wp == HTMINBUTTON ? SC_MINIMIZE : IsZoomed(hwnd) ? SC_RESTORE : SC_MAXIMIZE;
            SendMessageW(hwnd, WM_SYSCOMMAND, cmd, lp);
        }
        return 0;
    case WM_WINDOWPOSCHANGING:
        winpos_default_poschanging(hwnd, (WINDOWPOS *)lp);
        return 0;
    case WM_WINDOWPOSCHANGED:
        winpos_default_poschanged(hwnd, (const WINDOWPOS *)lp);
        return 0;
    case WM_ACTIVATE:
        /* activation gives the window the focus unless it is minimized */
        if (LOWORD(wp) != WA_INACTIVE && !IsIconic(hwnd)) SetFocus(hwnd);
        return 0;
    case WM_NCACTIVATE:
        return TRUE;
    case WM_MOUSEACTIVATE:
        if (GetWindowLongW(hwnd, GWL_STYLE) & WS_CHILD) {
            HWND parent = GetAncestor(hwnd, GA_PARENT);
            LRESULT ret = SendMessageW(parent, WM_MOUSEACTIVATE, wp, lp);
            if (ret) return ret;
        }
        return 1;   /* MA_ACTIVATE */
    case WM_PAINT:
        paint_validate(hwnd);
        return 0;
    case WM_ERASEBKGND:
        return paint_erase_background(hwnd, (HDC)wp);
    case WM_NCPAINT:
        nc_paint(hwnd, (HRGN)wp);
        return 0;
    case WM_QUERYENDSESSION:
        return TRUE;
    case WM_SETCURSOR:
        if (GetWindowLongW(hwnd, GWL_STYLE) & WS_CHILD) {
            HWND parent = GetAncestor(hwnd, GA_PARENT);
            if (parent && SendMessageW(parent, WM_SETCURSOR, wp, lp)) return TRUE;
        }
        return cursoricon_def_setcursor(hwnd, lp);
    case WM_GETICON:
    case WM_SETICON:
        return cursoricon_def_icon(hwnd, msg, wp, lp);
    case WM_SHOWWINDOW:
        return 0;
    case WM_GETMINMAXINFO:
        return 0;
    case WM_KEYUP:
    case WM_SYSKEYUP:
        /* F10 released opens the menu bar (the display may report it as a
         * plain key), unless its press went elsewhere, e.g. to an accelerator */
        if (wp == VK_F10 && f10_down && !(GetWindowLongW(hwnd, GWL_STYLE) & WS_CHILD))
            SendMessageW(hwnd, WM_SYSCOMMAND, SC_KEYMENU, 0);
        if (wp == VK_F10) f10_down = FALSE;
        return 0;
    case WM_KEYDOWN:
    case WM_SYSKEYDOWN:
        if (wp == VK_F10) f10_down = TRUE;
        /* Alt+F4 closes the top-level window, unless its class says no
         * close; posted, as Windows does, so the key's own messages finish */
        if (msg == WM_SYSKEYDOWN && wp == VK_F4 && (HIWORD(lp) & KF_ALTDOWN)) {
            HWND top = GetAncestor(hwnd, GA_ROOT);
            if (top && !(GetClassLongPtrW(top, GCL_STYLE) & CS_NOCLOSE)) PostMessageW(top, WM_SYSCOMMAND, SC_CLOSE, 0);
        }
        return 0;
    case WM_SYSCHAR:
        /* Alt+letter: the menu bar item with that mnemonic */
        if ((lp & 0x20000000) && wp != VK_SPACE && !(GetWindowLongW(hwnd, GWL_STYLE) & WS_CHILD))
            SendMessageW(hwnd, WM_SYSCOMMAND, SC_KEYMENU, wp);
        return 0;
    case WM_CONTEXTMENU:
        if (GetWindowLongW(hwnd, GWL_STYLE) & WS_CHILD)
            SendMessageW(GetAncestor(hwnd, GA_PARENT), msg, wp, lp);
        return 0;
    }
    return 0;
}

WINUSERAPI LRESULT WINAPI DefWindowProcW(HWND hwnd, UINT msg, WPARAM wp, LPARAM lp)
{
    return default_proc(hwnd, msg, wp, lp, TRUE);
}

WINUSERAPI LRESULT WINAPI DefWindowProcA(HWND hwnd, UINT msg, WPARAM wp, LPARAM lp)
{
    return default_proc(hwnd, msg, wp, lp, FALSE);
}
