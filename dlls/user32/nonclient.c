/*
 * The non-client frame user32 draws itself (DefWindowProc's WM_NCPAINT)
 * and the system colour brushes (GetSysColorBrush).
 *
 * The frame is Windows 10's plain shape without a theme: the border and
 * frame bands in COLOR_BTNFACE edged by COLOR_WINDOWFRAME, the caption
 * band in COLOR_ACTIVECAPTION (COLOR_INACTIVECAPTION when inactive)
 * with the window text in the caption font (NONCLIENTMETRICS'
 * lfCaptionFont) and COLOR_(INACTIVE)CAPTIONTEXT, and the caption
 * buttons (DrawFrameControl DFC_CAPTION) in the SM_CXSIZE cells that
 * DefWindowProc's WM_NCHITTEST reports as HTCLOSE/HTMAXBUTTON/HTMINBUTTON.
 */
#include <pthread.h>
#include "user_private.h"
#include "gdiload.h"
#include "menu_private.h"

WINUSERAPI DWORD WINAPI GetSysColor(INT index);
WINUSERAPI HDC WINAPI GetWindowDC(HWND);
WINUSERAPI INT WINAPI DrawTextW(HDC, LPCWSTR, INT, RECT *, UINT);
WINUSERAPI INT WINAPI GetWindowTextW(HWND, LPWSTR, INT);
WINUSERAPI BOOL WINAPI IsZoomed(HWND);
WINUSERAPI BOOL WINAPI GetMessageW(MSG *, HWND, UINT, UINT);
WINUSERAPI void WINAPI PostQuitMessage(INT);
WINUSERAPI BOOL WINAPI TranslateMessage(const MSG *);
WINUSERAPI LRESULT WINAPI DispatchMessageW(const MSG *);

#define SM_CXSIZE 30
#define SM_CYSIZE 31

#define SYS_COLORS 31   /* COLOR_SCROLLBAR .. COLOR_MENUBAR */

static HBRUSH brushes[SYS_COLORS];
static pthread_once_t brushes_once = PTHREAD_ONCE_INIT;

/* Made once for the process and never freed, like Windows' (DeleteObject
 * on them is harmless only because they are never selected away from us;
 * gdi32 treats them as ordinary brushes). */
static void make_brushes(void)
{
    const struct user_gdi *g = user_gdi();
    if (!g) return;
    for (int i = 0; i < SYS_COLORS; i++) brushes[i] = g->create_solid_brush(GetSysColor(i));
}

WINUSERAPI HBRUSH WINAPI GetSysColorBrush(INT index)
{
    if (index < 0 || index >= SYS_COLORS) return NULL;
    pthread_once(&brushes_once, make_brushes);
    return __atomic_load_n(&brushes[index], __ATOMIC_ACQUIRE);
}

/* SetSysColors changed INDEX: a new brush of the colour. The old one is
 * kept, not deleted: a program may still hold it (a class background). */
void nc_sys_color_changed(INT index)
{
    const struct user_gdi *g = user_gdi();
    if (index < 0 || index >= SYS_COLORS || !g) return;
    pthread_once(&brushes_once, make_brushes);
    __atomic_store_n(&brushes[index], g->create_solid_brush(GetSysColor(index)), __ATOMIC_RELEASE);
}

void scroll_draw_window_bars(HWND hwnd, HDC hdc);   /* scrollbar.c */

static HFONT caption_font;
static pthread_once_t caption_font_once = PTHREAD_ONCE_INIT;

/* SPI_GETNONCLIENTMETRICS fills lfCaptionFont with this same UI font */
static void make_caption_font(void)
{
    const struct user_gdi *g = user_gdi();
    LOGFONTW lf;

    if (!g) return;
    sysparams_ui_font(&lf);
    caption_font = g->create_font_indirect(&lf);
}

/* The window text, left in the caption band after a small margin. */
static void draw_caption_text(HWND hwnd, HDC hdc, const RECT *band, BOOL active)
{
    const struct user_gdi *g = user_gdi();
    WCHAR text[256];
    RECT r = *band;
    HGDIOBJ old;

    if (!g || GetWindowTextW(hwnd, text, 256) <= 0) return;
    pthread_once(&caption_font_once, make_caption_font);
    if (!caption_font) return;
    old = g->select_object(hdc, caption_font);
    g->set_text_color(hdc, GetSysColor(active ? COLOR_CAPTIONTEXT : COLOR_INACTIVECAPTIONTEXT));
    g->set_bk_mode(hdc, TRANSPARENT);
    r.left += 4;
    DrawTextW(hdc, text, -1, &r, DT_SINGLELINE | DT_VCENTER | DT_LEFT | DT_NOPREFIX | DT_END_ELLIPSIS);
    g->select_object(hdc, old);
}

/* The caption buttons right to left from the band's right end, one
 * SM_CXSIZE cell each, as hit_test (defwnd.c) lays them out; PUSHED is
 * the hit-test code of a button held down (0: none). Returns the left
 * end of the buttons, where the caption text must stop. */
INT nc_draw_caption_buttons(HWND hwnd, HDC hdc, const RECT *band, UINT pushed)
{
    DWORD style = GetWindowLongW(hwnd, GWL_STYLE);
    INT cx = GetSystemMetrics(SM_CXSIZE), cy = GetSystemMetrics(SM_CYSIZE);
    INT x = band->right, top = band->top + 2;
    RECT r;

    if (!(style & WS_SYSMENU)) return x;
    /* a face SM_CXSIZE - 2 by SM_CYSIZE - 4, centred in its cell */
    r = (RECT){ x - cx + 1, top, x - 1, top + cy - 4 };
    DrawFrameControl(hdc, &r, DFC_CAPTION, DFCS_CAPTIONCLOSE | (pushed == HTCLOSE ? DFCS_PUSHED : 0));
    x -= cx;
    if (style & WS_MAXIMIZEBOX) {
        r = (RECT){ x - cx + 1, top, x - 1, top + cy - 4 };
        DrawFrameControl(hdc, &r, DFC_CAPTION, (IsZoomed(hwnd) ? DFCS_CAPTIONRESTORE : DFCS_CAPTIONMAX) |
                                               (pushed == HTMAXBUTTON ? DFCS_PUSHED : 0));
        x -= cx;
    }
    if (style & WS_MINIMIZEBOX) {
        r = (RECT){ x - cx + 1, top, x - 1, top + cy - 4 };
        DrawFrameControl(hdc, &r, DFC_CAPTION, DFCS_CAPTIONMIN | (pushed == HTMINBUTTON ? DFCS_PUSHED : 0));
        x -= cx;
    }
    return x;
}

/* the caption band in window coordinates; FALSE without a caption */
static BOOL caption_band(HWND hwnd, RECT *band)
{
    DWORD style = GetWindowLongW(hwnd, GWL_STYLE), ex_style = GetWindowLongW(hwnd, GWL_EXSTYLE);
    RECT window, insets;

    if ((style & WS_CAPTION) != WS_CAPTION || !GetWindowRect(hwnd, &window)) return FALSE;
    winpos_nc_metrics(style, ex_style, FALSE, &insets);
    *band = (RECT){ insets.left, insets.left, window.right - window.left - insets.right, insets.top - 1 };
    return TRUE;
}

static void redraw_caption_buttons(HWND hwnd, UINT pushed)
{
    RECT band;
    HDC hdc;

    if (!caption_band(hwnd, &band) || !(hdc = GetWindowDC(hwnd))) return;
    nc_draw_caption_buttons(hwnd, hdc, &band, pushed);
    ReleaseDC(hwnd, hdc);
}

/* DefWindowProc's WM_NCLBUTTONDOWN on a caption button: the button is
 * held down while the mouse is over it, and TRUE means it was released
 * there (the caller then sends the WM_SYSCOMMAND), as on Windows. */
BOOL nc_track_caption_button(HWND hwnd, UINT hit)
{
    BOOL inside = TRUE;
    MSG msg;

    redraw_caption_buttons(hwnd, hit);
    SetCapture(hwnd);
    while (GetCapture() == hwnd) {
        if (!GetMessageW(&msg, 0, 0, 0)) {
            PostQuitMessage((INT)msg.wParam);   /* WM_QUIT is the program's loop's */
            break;
        }
        /* client messages under capture; the non-client ones (screen
         * points) when the release beat SetCapture */
        if (msg.message == WM_MOUSEMOVE || msg.message == WM_LBUTTONUP || msg.message == WM_NCMOUSEMOVE ||
            msg.message == WM_NCLBUTTONUP) {
            POINT pt = { (SHORT)LOWORD(msg.lParam), (SHORT)HIWORD(msg.lParam) };
            BOOL now;
            if (msg.message == WM_MOUSEMOVE || msg.message == WM_LBUTTONUP) ClientToScreen(msg.hwnd, &pt);
            now = (UINT)SendMessageW(hwnd, WM_NCHITTEST, 0, MAKELPARAM(pt.x, pt.y)) == hit;
            if (now != inside) redraw_caption_buttons(hwnd, now ? hit : 0);
            inside = now;
            if (msg.message == WM_LBUTTONUP || msg.message == WM_NCLBUTTONUP) break;
            continue;
        }
        if (msg.message >= WM_MOUSEFIRST && msg.message <= WM_MOUSELAST) continue;
        TranslateMessage(&msg);
        DispatchMessageW(&msg);
        if (!IsWindow(hwnd)) return FALSE;
    }
    if (GetCapture() == hwnd) ReleaseCapture();
    if (inside) redraw_caption_buttons(hwnd, 0);
    return inside;
}

BOOL nc_paint(HWND hwnd, HRGN rgn)
{
    DWORD style = GetWindowLongW(hwnd, GWL_STYLE), ex_style = GetWindowLongW(hwnd, GWL_EXSTYLE);
    RECT window, client, band, insets;
    POINT origin = { 0, 0 };
    HDC hdc;

    (void)rgn;   /* the whole frame is drawn */
    BOOL frame = (style & (WS_BORDER | WS_DLGFRAME | WS_THICKFRAME)) || (ex_style & (WS_EX_DLGMODALFRAME | WS_EX_WINDOWEDGE));

    if (!frame && ((style & WS_CHILD) || !GetMenu(hwnd))) {
        if ((style & (WS_HSCROLL | WS_VSCROLL)) && (hdc = GetWindowDC(hwnd))) {
            scroll_draw_window_bars(hwnd, hdc);
            ReleaseDC(hwnd, hdc);
        }
        return TRUE;
    }
    if (!GetWindowRect(hwnd, &window) || !GetClientRect(hwnd, &client)) return FALSE;
    ClientToScreen(hwnd, &origin);
    OffsetRect(&client, origin.x - window.left, origin.y - window.top);
    OffsetRect(&window, -window.left, -window.top);
    if (!(hdc = GetWindowDC(hwnd))) return FALSE;
    /* the four bands around the client area */
    band = (RECT){ 0, 0, window.right, client.top };
    FillRect(hdc, &band, GetSysColorBrush(COLOR_BTNFACE));
    band = (RECT){ 0, client.bottom, window.right, window.bottom };
    FillRect(hdc, &band, GetSysColorBrush(COLOR_BTNFACE));
    band = (RECT){ 0, client.top, client.left, client.bottom };
    FillRect(hdc, &band, GetSysColorBrush(COLOR_BTNFACE));
    band = (RECT){ client.right, client.top, window.right, client.bottom };
    FillRect(hdc, &band, GetSysColorBrush(COLOR_BTNFACE));
    if ((style & WS_CAPTION) == WS_CAPTION) {
        winpos_nc_metrics(style, ex_style, FALSE, &insets);
        band = (RECT){ insets.left, insets.left, window.right - insets.right, insets.top - 1 };
        FillRect(hdc, &band, GetSysColorBrush(GetActiveWindow() == hwnd ? COLOR_ACTIVECAPTION : COLOR_INACTIVECAPTION));
        band.right = nc_draw_caption_buttons(hwnd, hdc, &band, 0);
        draw_caption_text(hwnd, hdc, &band, GetActiveWindow() == hwnd);
    }
    if (menu_bar_rect(hwnd, &band)) menu_draw_bar(hwnd, hdc, &band);
    if (style & (WS_HSCROLL | WS_VSCROLL)) scroll_draw_window_bars(hwnd, hdc);
    if (frame) FrameRect(hdc, &window, GetSysColorBrush(COLOR_WINDOWFRAME));
    ReleaseDC(hwnd, hdc);
    return TRUE;
}
