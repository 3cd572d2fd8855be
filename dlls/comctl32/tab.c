/*
 * The tab control ("SysTabControl32"): a row of tabs over a display
 * area. Items carry text, an image index, a state and TCM_SETITEMEXTRA
 * bytes of application data (an LPARAM by default). One row, laid out
 * from two pixels in (where the selected tab grows to); a tab is the
 * text plus 6 pixels each side (at least 54), or TCM_SETITEMSIZE's width
 * with TCS_FIXEDWIDTH; the row's height is the font's plus 8 unless
 * TCM_SETITEMSIZE gave one. TCM_ADJUSTRECT takes away (or adds) a 2-pixel
 * border, 2 of padding and the row, as comctl32 does. TCS_MULTILINE is
 * accepted but the tabs stay in one row.
 *
 * A click on another tab sends TCN_SELCHANGING (non-zero vetoes) and
 * TCN_SELCHANGE; the release sends NM_CLICK. The arrow keys and
 * Ctrl+Tab / Ctrl+Shift+Tab move the selection the same way. Setting the
 * selection with messages notifies nobody.
 */
#include <stdlib.h>
#include <string.h>
#include "comctl32_private.h"
#include "winrun/unicode.h"

#define SELECTED_OFFSET   2
#define BORDER            2
#define PADDING           2
#define MIN_TAB_WIDTH     54
#define DEFAULT_TAB_WIDTH 96

struct tab_item {
    WCHAR *text;
    INT image;
    DWORD state;
    BYTE *extra;            /* cb_extra bytes, the item's "lParam" */
    RECT rect;
};

struct tab {
    HWND self, notify;
    struct tab_item *items;
    INT count, sel, focus;
    INT cb_extra;
    INT fixed_width, fixed_height;     /* TCM_SETITEMSIZE, 0 = unset */
    INT hpad, vpad;
    INT row_height;
    HFONT font;
    HIMAGELIST images;
};

static DWORD style_of(struct tab *tc)
{
    return (DWORD)GetWindowLongW(tc->self, GWL_STYLE);
}

static HFONT current_font(struct tab *tc)
{
    return tc->font ? tc->font : (HFONT)GetStockObject(DEFAULT_GUI_FONT);
}

static INT font_height(struct tab *tc, HDC hdc)
{
    TEXTMETRICW tm;
    HGDIOBJ old = SelectObject(hdc, current_font(tc));
    GetTextMetricsW(hdc, &tm);
    SelectObject(hdc, old);
    return tm.tmHeight;
}

static void layout(struct tab *tc)
{
    HDC hdc = GetDC(tc->self);
    HGDIOBJ old = SelectObject(hdc, current_font(tc));
    RECT client;
    INT x = SELECTED_OFFSET, top, icon_cx = 0, icon_cy = 0;

    GetClientRect(tc->self, &client);
    if (tc->images) ImageList_GetIconSize(tc->images, &icon_cx, &icon_cy);
    tc->row_height = tc->fixed_height ? tc->fixed_height
                                      : font_height(tc, hdc) + SELECTED_OFFSET + 2 * tc->vpad;
    if (!tc->fixed_height && icon_cy + SELECTED_OFFSET + 2 * tc->vpad > tc->row_height)
        tc->row_height = icon_cy + SELECTED_OFFSET + 2 * tc->vpad;
    top = (style_of(tc) & TCS_BOTTOM) ? client.bottom - tc->row_height - SELECTED_OFFSET : SELECTED_OFFSET;
    for (INT i = 0; i < tc->count; i++) {
        struct tab_item *it = &tc->items[i];
        INT width;
        if (style_of(tc) & TCS_FIXEDWIDTH) width = tc->fixed_width ? tc->fixed_width : DEFAULT_TAB_WIDTH;
        else {
            SIZE sz = { 0, 0 };
            if (it->text) GetTextExtentPoint32W(hdc, it->text, (INT)wcs_len(it->text), &sz);
            width = sz.cx + 2 * tc->hpad;
            if (it->image >= 0 && tc->images) width += icon_cx + 3;
            if (width < MIN_TAB_WIDTH) width = MIN_TAB_WIDTH;
        }
        SetRect(&it->rect, x, top, x + width, top + tc->row_height);
        x += width;
    }
    SelectObject(hdc, old);
    ReleaseDC(tc->self, hdc);
}

static LRESULT notify_simple(struct tab *tc, UINT code)
{
    NMHDR hdr;
    hdr.hwndFrom = tc->self;
    hdr.idFrom = (UINT_PTR)GetDlgCtrlID(tc->self);
    hdr.code = code;
    return SendMessageW(tc->notify, WM_NOTIFY, hdr.idFrom, (LPARAM)&hdr);
}

/* the user picked ITEM: ask, then select it and tell */
static void user_select(struct tab *tc, INT item)
{
    if (item < 0 || item >= tc->count || item == tc->sel) return;
    if (notify_simple(tc, TCN_SELCHANGING)) return;
    tc->sel = tc->focus = item;
    notify_simple(tc, TCN_SELCHANGE);
    InvalidateRect(tc->self, NULL, TRUE);
}

static INT hit_test(struct tab *tc, POINT pt, UINT *flags)
{
    for (INT i = 0; i < tc->count; i++) {
        if (PtInRect(&tc->items[i].rect, pt)) {
            if (flags) *flags = TCHT_ONITEM;
            return i;
        }
    }
    if (flags) *flags = TCHT_NOWHERE;
    return -1;
}

static void free_item(struct tab_item *it)
{
    free(it->text);
    free(it->extra);
}

/* TCITEMA and TCITEMW have one layout; only the text differs */
static BOOL set_item(struct tab *tc, struct tab_item *it, const TCITEMW *item, BOOL unicode)
{
    if (item->mask & TCIF_TEXT) {
        WCHAR *text = item->pszText ? str_dup_aw(item->pszText, unicode) : NULL;
        if (item->pszText && !text) return FALSE;
        free(it->text);
        it->text = text;
    }
    if (item->mask & TCIF_IMAGE) it->image = item->iImage;
    if (item->mask & TCIF_STATE)
        it->state = (it->state & ~item->dwStateMask) | (item->dwState & item->dwStateMask);
    if (item->mask & TCIF_PARAM) memcpy(it->extra, &item->lParam, tc->cb_extra);
    return TRUE;
}

static LRESULT insert_item(struct tab *tc, INT at, const TCITEMW *item, BOOL unicode)
{
    struct tab_item *grown, it;

    if (at < 0 || !item) return -1;
    if (at > tc->count) at = tc->count;
    memset(&it, 0, sizeof(it));
    it.image = -1;
    if (!(it.extra = calloc(1, tc->cb_extra ? tc->cb_extra : 1))) return -1;
    if (!set_item(tc, &it, item, unicode)) {
        free_item(&it);
        return -1;
    }
    if (!(grown = realloc(tc->items, (tc->count + 1) * sizeof(*grown)))) {
        free_item(&it);
        return -1;
    }
    tc->items = grown;
    memmove(&tc->items[at + 1], &tc->items[at], (tc->count - at) * sizeof(*grown));
    tc->items[at] = it;
    tc->count++;
    if (tc->sel >= at && tc->sel != -1) tc->sel++;
    if (tc->focus >= at && tc->focus != -1) tc->focus++;
    if (tc->count == 1) tc->sel = 0;
    layout(tc);
    InvalidateRect(tc->self, NULL, TRUE);
    return at;
}

static LRESULT get_item(struct tab *tc, INT i, TCITEMW *item, BOOL unicode)
{
    struct tab_item *it;
    if (i < 0 || i >= tc->count || !item) return FALSE;
    it = &tc->items[i];
    if ((item->mask & TCIF_TEXT) && item->pszText && item->cchTextMax > 0) {
        const WCHAR *text = it->text ? it->text : u"";
        if (unicode) {
            INT n = (INT)wcs_len(text);
            if (n > item->cchTextMax - 1) n = item->cchTextMax - 1;
            memcpy(item->pszText, text, n * sizeof(WCHAR));
            item->pszText[n] = 0;
        } else {
            char *out = (char *)item->pszText;
            if (!WideCharToMultiByte(CP_ACP, 0, text, -1, out, item->cchTextMax, NULL, NULL))
                out[item->cchTextMax - 1] = 0;
        }
    }
    if (item->mask & TCIF_IMAGE) item->iImage = it->image;
    if (item->mask & TCIF_STATE) item->dwState = it->state & item->dwStateMask;
    if (item->mask & TCIF_PARAM) memcpy(&item->lParam, it->extra, tc->cb_extra);
    return TRUE;
}

static LRESULT delete_item(struct tab *tc, INT i)
{
    if (i < 0 || i >= tc->count) return FALSE;
    free_item(&tc->items[i]);
    memmove(&tc->items[i], &tc->items[i + 1], (tc->count - i - 1) * sizeof(*tc->items));
    tc->count--;
    if (i < tc->sel) tc->sel--;
    else if (i == tc->sel) tc->sel = -1;
    if (i < tc->focus) tc->focus--;
    else if (i == tc->focus) tc->focus = -1;
    layout(tc);
    InvalidateRect(tc->self, NULL, TRUE);
    return TRUE;
}

static void adjust_rect(struct tab *tc, BOOL larger, RECT *rc)
{
    INT rows = tc->count ? 1 : 0, tabs = tc->row_height * rows;
    BOOL bottom = (style_of(tc) & TCS_BOTTOM) != 0;
    if (larger) {
        if (bottom) rc->bottom += tabs; else rc->top -= tabs;
        InflateRect(rc, BORDER + PADDING, BORDER + PADDING);
    } else {
        InflateRect(rc, -(BORDER + PADDING), -(BORDER + PADDING));
        if (bottom) rc->bottom -= tabs; else rc->top += tabs;
    }
}

static void paint(struct tab *tc, HDC hdc)
{
    RECT client, body;
    HGDIOBJ old_font = SelectObject(hdc, current_font(tc));
    INT mode = SetBkMode(hdc, TRANSPARENT);
    COLORREF color = SetTextColor(hdc, GetSysColor(COLOR_BTNTEXT));
    BOOL bottom = (style_of(tc) & TCS_BOTTOM) != 0;

    GetClientRect(tc->self, &client);
    FillRect(hdc, &client, GetSysColorBrush(COLOR_BTNFACE));
    body = client;
    if (tc->count) {
        if (bottom) body.bottom -= tc->row_height * 1;
        else body.top += tc->row_height * 1;
    }
    DrawEdge(hdc, &body, EDGE_RAISED, BF_RECT | BF_SOFT);
    /* the selected tab last, bigger, over the body's edge */
    for (INT pass = 0; pass < 2; pass++) {
        for (INT i = 0; i < tc->count; i++) {
            struct tab_item *it = &tc->items[i];
            RECT r = it->rect;
            BOOL selected = i == tc->sel;
            if (selected != (pass == 1)) continue;
            if (selected) {
                InflateRect(&r, SELECTED_OFFSET, 0);
                if (bottom) r.bottom += SELECTED_OFFSET; else r.top -= SELECTED_OFFSET;
                if (bottom) r.top -= 1; else r.bottom += 1;
            }
            FillRect(hdc, &r, GetSysColorBrush(COLOR_BTNFACE));
            DrawEdge(hdc, &r, EDGE_RAISED, (bottom ? BF_BOTTOM : BF_TOP) | BF_LEFT | BF_RIGHT | BF_SOFT);
            RECT text = it->rect;
            InflateRect(&text, -tc->hpad, 0);
            if (it->image >= 0 && tc->images) {
                INT cx, cy;
                ImageList_GetIconSize(tc->images, &cx, &cy);
                ImageList_Draw(tc->images, it->image, hdc, text.left,
                               (text.top + text.bottom - cy) / 2, ILD_TRANSPARENT);
                text.left += cx + 3;
            }
            if (it->text)
                DrawTextW(hdc, it->text, -1, &text, DT_CENTER | DT_VCENTER | DT_SINGLELINE | DT_NOPREFIX);
            if (selected && GetFocus() == tc->self) {
                RECT focus = it->rect;
                InflateRect(&focus, -3, -3);
                DrawFocusRect(hdc, &focus);
            }
        }
    }
    SetTextColor(hdc, color);
    SetBkMode(hdc, mode);
    SelectObject(hdc, old_font);
}

LRESULT WINAPI tab_proc(HWND hwnd, UINT msg, WPARAM wparam, LPARAM lparam)
{
    struct tab *tc = control_data(hwnd);
    PAINTSTRUCT ps;
    LRESULT old;

    if (!tc && msg != WM_NCCREATE) return DefWindowProcW(hwnd, msg, wparam, lparam);
    switch (msg) {
    case WM_NCCREATE:
        if (!(tc = calloc(1, sizeof(*tc)))) return FALSE;
        tc->self = hwnd;
        tc->notify = ((CREATESTRUCTW *)lparam)->hwndParent;
        tc->sel = tc->focus = -1;
        tc->cb_extra = sizeof(LPARAM);
        tc->hpad = 6;
        tc->vpad = 3;
        control_set_data(hwnd, tc);
        return DefWindowProcW(hwnd, msg, wparam, lparam);
    case WM_CREATE:
    case WM_SIZE:
    case WM_STYLECHANGED:
        layout(tc);
        InvalidateRect(hwnd, NULL, TRUE);
        return 0;
    case WM_NCDESTROY:
        for (INT i = 0; i < tc->count; i++) free_item(&tc->items[i]);
        free(tc->items);
        free(tc);
        control_set_data(hwnd, NULL);
        return DefWindowProcW(hwnd, msg, wparam, lparam);
    case WM_PAINT:
    case WM_PRINTCLIENT:
        if (wparam) paint(tc, (HDC)wparam);
        else {
            HDC hdc = BeginPaint(hwnd, &ps);
            paint(tc, hdc);
            EndPaint(hwnd, &ps);
        }
        return 0;
    case WM_ERASEBKGND:
        return 1;
    case WM_SETFONT:
        tc->font = (HFONT)wparam;
        layout(tc);
        if (LOWORD(lparam)) InvalidateRect(hwnd, NULL, TRUE);
        return 0;
    case WM_GETFONT:
        return (LRESULT)tc->font;
    case WM_SETFOCUS:
    case WM_KILLFOCUS:
        InvalidateRect(hwnd, NULL, FALSE);
        return 0;
    case WM_LBUTTONDOWN: {
        POINT pt = { (SHORT)LOWORD(lparam), (SHORT)HIWORD(lparam) };
        if (!(style_of(tc) & TCS_FOCUSNEVER)) SetFocus(hwnd);
        user_select(tc, hit_test(tc, pt, NULL));
        return 0;
    }
    case WM_LBUTTONUP:
        notify_simple(tc, NM_CLICK);
        return 0;
    case WM_KEYDOWN:
        if (wparam == VK_LEFT || wparam == VK_RIGHT) {
            user_select(tc, tc->focus + (wparam == VK_LEFT ? -1 : 1));
            return 0;
        }
        if (wparam == VK_TAB && GetKeyState(VK_CONTROL) < 0 && tc->count > 1) {
            INT from = tc->sel < 0 ? 0 : tc->sel;
            INT step = GetKeyState(VK_SHIFT) < 0 ? tc->count - 1 : 1;
            user_select(tc, (from + step) % tc->count);
            return 0;
        }
        break;
    case WM_GETDLGCODE:
        return DLGC_WANTARROWS;
    case TCM_GETITEMCOUNT:
        return tc->count;
    case TCM_INSERTITEMA:
    case TCM_INSERTITEMW:
        return insert_item(tc, (INT)wparam, (const TCITEMW *)lparam, msg == TCM_INSERTITEMW);
    case TCM_GETITEMA:
    case TCM_GETITEMW:
        return get_item(tc, (INT)wparam, (TCITEMW *)lparam, msg == TCM_GETITEMW);
    case TCM_SETITEMA:
    case TCM_SETITEMW:
        if ((INT)wparam < 0 || (INT)wparam >= tc->count || !lparam) return FALSE;
        if (!set_item(tc, &tc->items[wparam], (const TCITEMW *)lparam, msg == TCM_SETITEMW)) return FALSE;
        layout(tc);
        InvalidateRect(hwnd, NULL, TRUE);
        return TRUE;
    case TCM_DELETEITEM:
        return delete_item(tc, (INT)wparam);
    case TCM_DELETEALLITEMS:
        while (tc->count) delete_item(tc, tc->count - 1);
        tc->sel = tc->focus = -1;
        return TRUE;
    case TCM_SETITEMEXTRA:
        /* only before any item exists */
        if (tc->count || (INT)wparam < 0) return FALSE;
        tc->cb_extra = (INT)wparam;
        return TRUE;
    case TCM_GETCURSEL:
        return tc->sel;
    case TCM_SETCURSEL:
        old = tc->sel;
        if ((INT)wparam < 0 || (INT)wparam >= tc->count) return -1;
        tc->sel = tc->focus = (INT)wparam;
        InvalidateRect(hwnd, NULL, TRUE);
        return old;
    case TCM_GETCURFOCUS:
        return tc->focus;
    case TCM_SETCURFOCUS:
        if ((INT)wparam < 0) tc->focus = -1;
        else if ((INT)wparam < tc->count) {
            tc->focus = (INT)wparam;
            if (!(style_of(tc) & TCS_BUTTONS)) tc->sel = (INT)wparam;
        }
        InvalidateRect(hwnd, NULL, TRUE);
        return 0;
    case TCM_GETITEMRECT:
        if ((INT)wparam < 0 || (INT)wparam >= tc->count || !lparam) return FALSE;
        *(RECT *)lparam = tc->items[wparam].rect;
        return TRUE;
    case TCM_HITTEST: {
        TCHITTESTINFO *hti = (TCHITTESTINFO *)lparam;
        return hti ? hit_test(tc, hti->pt, &hti->flags) : -1;
    }
    case TCM_ADJUSTRECT:
        if (lparam) adjust_rect(tc, (BOOL)wparam, (RECT *)lparam);
        return 0;
    case TCM_SETITEMSIZE: {
        INT w = tc->fixed_width ? tc->fixed_width : DEFAULT_TAB_WIDTH;
        old = MAKELONG(w, tc->row_height);
        tc->fixed_width = LOWORD(lparam);
        tc->fixed_height = HIWORD(lparam);
        layout(tc);
        InvalidateRect(hwnd, NULL, TRUE);
        return old;
    }
    case TCM_SETPADDING:
        tc->hpad = LOWORD(lparam);
        tc->vpad = HIWORD(lparam);
        layout(tc);
        InvalidateRect(hwnd, NULL, TRUE);
        return 0;
    case TCM_GETROWCOUNT:
        return tc->count ? 1 : 0;
    case TCM_GETIMAGELIST:
        return (LRESULT)tc->images;
    case TCM_SETIMAGELIST:
        old = (LRESULT)tc->images;
        tc->images = (HIMAGELIST)lparam;
        layout(tc);
        InvalidateRect(hwnd, NULL, TRUE);
        return old;
    }
    return DefWindowProcW(hwnd, msg, wparam, lparam);
}
