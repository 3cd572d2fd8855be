/*
 * Menu layout and drawing: the menu bar inside a window's non-client area
 * (drawn from nonclient.c's WM_NCPAINT) and popup menus, shown in windows
 * of the "#32768" class while menutrack.c tracks them.
 *
 * Plain Windows shapes without a theme: the bar and popups in COLOR_MENU,
 * text in COLOR_MENUTEXT (COLOR_GRAYTEXT when disabled), the selected item
 * in COLOR_HIGHLIGHT / COLOR_HIGHLIGHTTEXT, with the UI font. Text after a
 * tab is right-aligned (accelerator text); & underlines the next letter.
 */
#include <pthread.h>
#include <string.h>
#include "menu_private.h"
#include "gdiload.h"

WINUSERAPI DWORD WINAPI GetSysColor(INT);
WINUSERAPI HBRUSH WINAPI GetSysColorBrush(INT);

#define SM_CYMENU 15
#define SM_CXMENUCHECK 71
#define BAR_PAD 7          /* each side of a bar item's text */
#define POPUP_MARGIN 2     /* inside the popup's border */
#define SEPARATOR_HEIGHT 9
#define TAB_GAP 24         /* between an item's text and its accelerator text */
#define ARROW_WIDTH 16

static HFONT menu_font;
static pthread_once_t font_once = PTHREAD_ONCE_INIT;

static void make_font(void)
{
    const struct user_gdi *g = user_gdi();
    LOGFONTW lf;

    if (!g) return;
    sysparams_ui_font(&lf);
    menu_font = g->create_font_indirect(&lf);
}

/* A DC for measuring with the menu font selected; NULL without gdi32. */
static HDC measure_dc(const struct user_gdi **g)
{
    HDC hdc;

    if (!(*g = user_gdi())) return NULL;
    pthread_once(&font_once, make_font);
    if (!(hdc = (*g)->create_compatible_dc(NULL))) return NULL;
    if (menu_font) (*g)->select_object(hdc, menu_font);
    return hdc;
}

/* TEXT[0..LEN) without its & prefixes ("&&" is one &) into BUF (256);
 * *UNDERLINE is the position of the letter after the first single &. */
static int strip_prefix(const WCHAR *text, int len, WCHAR *buf, int *underline)
{
    int n = 0;

    *underline = -1;
    for (int i = 0; i < len && n < 255; i++) {
        if (text[i] == '&') {
            if (i + 1 < len && text[i + 1] == '&') buf[n++] = text[++i];
            else if (*underline < 0) *underline = n;
            continue;
        }
        buf[n++] = text[i];
    }
    return n;
}

/* Width of TEXT[0..LEN) as drawn. */
static int text_width(const struct user_gdi *g, HDC hdc, const WCHAR *text, int len)
{
    WCHAR buf[256];
    int underline, n = strip_prefix(text, len, buf, &underline);
    SIZE size = { 0, 0 };

    if (n) g->get_extent_ex(hdc, buf, n, 0, NULL, NULL, &size);
    return size.cx;
}

static int tab_pos(const WCHAR *text)
{
    int i;
    for (i = 0; text[i] && text[i] != '\t'; i++);
    return i;
}

static int font_height(const struct user_gdi *g, HDC hdc)
{
    TEXTMETRICW tm;
    if (!g->get_text_metrics(hdc, &tm)) return 16;
    return tm.tmHeight;
}

void menu_layout_bar(struct user_menu *menu, HWND hwnd, const RECT *bar)
{
    const struct user_gdi *g;
    HDC hdc = measure_dc(&g);
    int x = bar->left, height = GetSystemMetrics(SM_CYMENU) - 1;

    (void)hwnd;
    for (UINT i = 0; i < menu->count; i++) {
        struct menu_item *it = &menu->items[i];
        int w = 0;
        if (it->text && hdc) w = text_width(g, hdc, it->text, tab_pos(it->text));
        if (!(it->type & MFT_SEPARATOR)) w += 2 * BAR_PAD;
        else w = 0;
        it->rect = (RECT){ x, bar->top, x + w, bar->top + height };
        x += w;
    }
    menu->width = x - bar->left;
    menu->height = height;
    if (hdc) g->delete_dc(hdc);
}

void menu_layout_popup(struct user_menu *menu)
{
    const struct user_gdi *g;
    HDC hdc = measure_dc(&g);
    int y = POPUP_MARGIN, text = 0, accel = 0, check = GetSystemMetrics(SM_CXMENUCHECK) + 8;
    int item_height = hdc ? font_height(g, hdc) + 6 : 20;
    int width;

    for (UINT i = 0; i < menu->count; i++) {
        struct menu_item *it = &menu->items[i];
        int h = (it->type & MFT_SEPARATOR) ? SEPARATOR_HEIGHT : item_height;
        if (it->text && hdc) {
            int tab = tab_pos(it->text);
            int w = text_width(g, hdc, it->text, tab);
            if (w > text) text = w;
            if (it->text[tab]) {
                w = text_width(g, hdc, it->text + tab + 1, wcs_len(it->text + tab + 1));
                if (w > accel) accel = w;
            }
        }
        it->rect = (RECT){ POPUP_MARGIN, y, 0, y + h };
        y += h;
    }
    width = check + text + (accel ? TAB_GAP + accel : 0) + ARROW_WIDTH;
    for (UINT i = 0; i < menu->count; i++) menu->items[i].rect.right = POPUP_MARGIN + width;
    menu->width = width + 2 * POPUP_MARGIN;
    menu->height = y + POPUP_MARGIN;
    if (hdc) g->delete_dc(hdc);
}

INT menu_item_at(struct user_menu *menu, POINT pt)
{
    for (UINT i = 0; i < menu->count; i++) {
        const RECT *r = &menu->items[i].rect;
        if (pt.x >= r->left && pt.x < r->right && pt.y >= r->top && pt.y < r->bottom) return i;
    }
    return -1;
}

BOOL menu_bar_rect(HWND hwnd, RECT *bar)
{
    DWORD style = GetWindowLongW(hwnd, GWL_STYLE), ex_style = GetWindowLongW(hwnd, GWL_EXSTYLE);
    RECT in, window;

    if ((style & WS_CHILD) || !GetMenu(hwnd) || !GetWindowRect(hwnd, &window)) return FALSE;
    winpos_nc_metrics(style, ex_style, FALSE, &in);
    *bar = (RECT){ in.left, in.top, window.right - window.left - in.right, in.top + GetSystemMetrics(SM_CYMENU) };
    return TRUE;
}

/* Draws TEXT[0..LEN) at X,Y, underlining the letter after a single &. */
static void draw_text(const struct user_gdi *g, HDC hdc, int x, int y, const WCHAR *text, int len, int ascent)
{
    WCHAR buf[256];
    int underline, n = strip_prefix(text, len, buf, &underline);

    if (!n) return;
    g->ext_text_out(hdc, x, y, 0, NULL, buf, n, NULL);
    if (underline >= 0 && underline < n) {
        SIZE before = { 0, 0 }, with = { 0, 0 };
        HBRUSH brush = g->create_solid_brush(g->get_text_color(hdc)), old;
        if (underline) g->get_extent_ex(hdc, buf, underline, 0, NULL, NULL, &before);
        g->get_extent_ex(hdc, buf, underline + 1, 0, NULL, NULL, &with);
        old = g->select_object(hdc, brush);
        g->pat_blt(hdc, x + before.cx, y + ascent + 1, with.cx - before.cx, 1, PATCOPY);
        g->select_object(hdc, old);
        g->delete_object(brush);
    }
}

/* A check mark (or a radio dot) in a SIZE x SIZE box at X,Y. */
static void draw_check(const struct user_gdi *g, HDC hdc, int x, int y, int size, BOOL radio, HBRUSH brush)
{
    HGDIOBJ old = g->select_object(hdc, brush);
    if (radio) g->pat_blt(hdc, x + size / 2 - 3, y + size / 2 - 3, 6, 6, PATCOPY);
    else {
        /* two strokes: down-right, then up-right */
        int bx = x + size / 2 - 4, by = y + size / 2;
        for (int i = 0; i < 3; i++) g->pat_blt(hdc, bx + i, by - 1 + i, 1, 3, PATCOPY);
        for (int i = 0; i < 5; i++) g->pat_blt(hdc, bx + 3 + i, by + 1 - i, 1, 3, PATCOPY);
    }
    g->select_object(hdc, old);
}

static void draw_arrow(const struct user_gdi *g, HDC hdc, int right, int mid, HBRUSH brush)
{
    HGDIOBJ old = g->select_object(hdc, brush);
    for (int i = 0; i < 4; i++) g->pat_blt(hdc, right - 10 + i, mid - 3 + i, 1, 7 - 2 * i, PATCOPY);
    g->select_object(hdc, old);
}

/* Snapshot of an item to draw outside the lock. */
struct draw_item { RECT rect; UINT type, state; BOOL submenu, hilite; WCHAR text[128]; };

static int snapshot(HMENU handle, struct draw_item *items, int max, BOOL bar, HWND hwnd, const RECT *bar_rect)
{
    struct user_menu *menu;
    int n = 0;

    user_lock();
    if ((menu = menu_get(handle))) {
        if (bar) menu_layout_bar(menu, hwnd, bar_rect);
        else menu_layout_popup(menu);
        for (UINT i = 0; i < menu->count && n < max; i++, n++) {
            struct menu_item *it = &menu->items[i];
            items[n].rect = it->rect;
            items[n].type = it->type;
            items[n].state = it->state;
            items[n].submenu = it->submenu != NULL;
            items[n].hilite = (INT)i == menu->hilite || (it->state & MFS_HILITE);
            items[n].text[0] = 0;
            if (it->text && !(it->type & (MFT_SEPARATOR | MFT_BITMAP | MFT_OWNERDRAW))) {
                size_t len = wcs_len(it->text);
                if (len > 127) len = 127;
                memcpy(items[n].text, it->text, len * sizeof(WCHAR));
                items[n].text[len] = 0;
            }
        }
    }
    user_unlock();
    return n;
}

static void draw_items(const struct user_gdi *g, HDC hdc, const struct draw_item *items, int count, BOOL bar)
{
    TEXTMETRICW tm;
    int check = GetSystemMetrics(SM_CXMENUCHECK) + 8;

    if (menu_font) g->select_object(hdc, menu_font);
    if (!g->get_text_metrics(hdc, &tm)) tm.tmHeight = 16, tm.tmAscent = 12;
    g->set_bk_mode(hdc, TRANSPARENT);
    for (int i = 0; i < count; i++) {
        const struct draw_item *it = &items[i];
        RECT r = it->rect;
        BOOL grayed = (it->state & MFS_GRAYED) != 0;
        int fg = grayed ? COLOR_GRAYTEXT : it->hilite ? COLOR_HIGHLIGHTTEXT : COLOR_MENUTEXT;
        int tab, y;

        if (it->type & MFT_SEPARATOR) {
            if (!bar) {
                RECT line = { r.left + 1, (r.top + r.bottom) / 2, r.right - 1, (r.top + r.bottom) / 2 + 1 };
                FillRect(hdc, &line, GetSysColorBrush(COLOR_GRAYTEXT));
            }
            continue;
        }
        FillRect(hdc, &r, GetSysColorBrush(it->hilite ? COLOR_HIGHLIGHT : COLOR_MENU));
        g->set_text_color(hdc, GetSysColor(fg));
        tab = tab_pos(it->text);
        y = r.top + (r.bottom - r.top - tm.tmHeight) / 2;
        if (bar) draw_text(g, hdc, r.left + BAR_PAD, y, it->text, tab, tm.tmAscent);
        else {
            if (it->state & MFS_CHECKED)
                draw_check(g, hdc, r.left + 4, r.top + (r.bottom - r.top - check + 8) / 2, check - 8,
                           (it->type & MFT_RADIOCHECK) != 0, GetSysColorBrush(fg));
            draw_text(g, hdc, r.left + check, y, it->text, tab, tm.tmAscent);
            if (it->text[tab]) {
                const WCHAR *accel = it->text + tab + 1;
                int len = wcs_len(accel);
                SIZE size = { 0, 0 };
                if (len) g->get_extent_ex(hdc, accel, len, 0, NULL, NULL, &size);
                draw_text(g, hdc, r.right - ARROW_WIDTH - size.cx, y, accel, len, tm.tmAscent);
            }
            if (it->submenu) draw_arrow(g, hdc, r.right, (r.top + r.bottom) / 2, GetSysColorBrush(fg));
        }
    }
}

void menu_draw_bar(HWND hwnd, HDC hdc, const RECT *bar)
{
    const struct user_gdi *g = user_gdi();
    struct draw_item items[64];
    RECT line = { bar->left, bar->bottom - 1, bar->right, bar->bottom };
    int count;

    if (!g) return;
    pthread_once(&font_once, make_font);
    count = snapshot(GetMenu(hwnd), items, 64, TRUE, hwnd, bar);
    FillRect(hdc, bar, menu_background(GetMenu(hwnd)));
    /* the bar's bottom line separates it from the client area */
    FillRect(hdc, &line, GetSysColorBrush(COLOR_WINDOW));
    draw_items(g, hdc, items, count, TRUE);
}

void menu_draw_popup(HWND popup, HDC hdc, HMENU menu)
{
    const struct user_gdi *g = user_gdi();
    struct draw_item items[64];
    RECT client;
    int count;

    if (!g) return;
    pthread_once(&font_once, make_font);
    count = snapshot(menu, items, 64, FALSE, NULL, NULL);
    GetClientRect(popup, &client);
    FillRect(hdc, &client, menu_background(menu));
    draw_items(g, hdc, items, count, FALSE);
}

/* ---- the popup window class ---- */

static LRESULT WINAPI popup_proc(HWND hwnd, UINT msg, WPARAM wp, LPARAM lp)
{
    switch (msg) {
    case WM_PAINT: {
        PAINTSTRUCT ps;
        HDC hdc = BeginPaint(hwnd, &ps);
        if (hdc) menu_draw_popup(hwnd, hdc, (HMENU)GetWindowLongPtrW(hwnd, 0));
        EndPaint(hwnd, &ps);
        return 0;
    }
    case WM_ERASEBKGND:
        return 1;   /* WM_PAINT fills everything */
    case WM_MOUSEACTIVATE:
        return 3;   /* MA_NOACTIVATE: the owner stays active */
    }
    return DefWindowProcW(hwnd, msg, wp, lp);
}

static ATOM popup_atom;
static pthread_once_t class_once = PTHREAD_ONCE_INIT;

static void register_popup_class(void)
{
    WNDCLASSEXW wc;

    memset(&wc, 0, sizeof(wc));
    wc.cbSize = sizeof(wc);
    wc.style = CS_GLOBALCLASS | CS_SAVEBITS | CS_DBLCLKS;
    wc.lpfnWndProc = popup_proc;
    wc.cbWndExtra = sizeof(HMENU);
    wc.lpszClassName = u"#32768";
    popup_atom = RegisterClassExW(&wc);
}

ATOM menu_popup_class(void)
{
    pthread_once(&class_once, register_popup_class);
    return popup_atom;
}
