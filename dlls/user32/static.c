/*
 * The "Static" control: text (SS_LEFT, SS_CENTER, SS_RIGHT, SS_SIMPLE,
 * SS_LEFTNOWORDWRAP), filled and framed rectangles, etched lines, and
 * SS_NOTIFY clicks. SS_ICON and SS_BITMAP load their image from the
 * window name (a resource name or ordinal) and draw it (image.c,
 * cursoricon.c); SS_OWNERDRAW has its parent draw it (WM_DRAWITEM,
 * ODT_STATIC); SS_ENHMETAFILE keeps the handle STM_SETIMAGE gives it but
 * draws nothing. Extra bytes: the font, the image.
 */
#include "dialog.h"
#include "gdiload.h"
#include "cursoricon.h"

static LRESULT set_image(HWND hwnd, UINT type, HANDLE image);
static void paint_image(HWND hwnd, HDC hdc, UINT type, const RECT *rc);

#define EXTRA_FONT  0
#define EXTRA_IMAGE 8

static void notify(HWND hwnd, WORD code) { control_notify(hwnd, code); }

static void paint(HWND hwnd, HDC hdc)
{
    const struct user_gdi *gdi = user_gdi();
    DWORD style = GetWindowLongW(hwnd, GWL_STYLE);
    UINT type = style & SS_TYPEMASK, flags;
    HFONT font = (HFONT)GetWindowLongPtrW(hwnd, EXTRA_FONT);
    HGDIOBJ old_font = NULL;
    HBRUSH brush;
    WCHAR text[1024];
    INT len;
    RECT rc;

    if (!gdi) return;
    GetClientRect(hwnd, &rc);
    switch (type) {
    case SS_BLACKRECT: FillRect(hdc, &rc, GetSysColorBrush(COLOR_WINDOWFRAME)); return;
    case SS_GRAYRECT: FillRect(hdc, &rc, GetSysColorBrush(COLOR_BACKGROUND)); return;
    case SS_WHITERECT: FillRect(hdc, &rc, GetSysColorBrush(COLOR_WINDOW)); return;
    case SS_BLACKFRAME: FrameRect(hdc, &rc, GetSysColorBrush(COLOR_WINDOWFRAME)); return;
    case SS_GRAYFRAME: FrameRect(hdc, &rc, GetSysColorBrush(COLOR_BACKGROUND)); return;
    case SS_WHITEFRAME: FrameRect(hdc, &rc, GetSysColorBrush(COLOR_WINDOW)); return;
    case SS_ETCHEDHORZ: DrawEdge(hdc, &rc, EDGE_ETCHED, BF_TOP); return;
    case SS_ETCHEDVERT: DrawEdge(hdc, &rc, EDGE_ETCHED, BF_LEFT); return;
    case SS_ETCHEDFRAME: DrawEdge(hdc, &rc, EDGE_ETCHED, BF_RECT); return;
    case SS_LEFT: flags = DT_LEFT | DT_WORDBREAK | DT_EXPANDTABS; break;
    case SS_CENTER: flags = DT_CENTER | DT_WORDBREAK | DT_EXPANDTABS; break;
    case SS_RIGHT: flags = DT_RIGHT | DT_WORDBREAK | DT_EXPANDTABS; break;
    case SS_SIMPLE: flags = DT_LEFT | DT_SINGLELINE; break;
    case SS_LEFTNOWORDWRAP: flags = DT_LEFT | DT_EXPANDTABS; break;
    case SS_ICON:
    case SS_BITMAP:
        paint_image(hwnd, hdc, type, &rc);
        return;
    case SS_OWNERDRAW: {
        DRAWITEMSTRUCT dis;
        HWND parent = GetParent(hwnd);
        if (!parent) return;
        dialog_control_brush(hwnd, hdc, WM_CTLCOLORSTATIC);   /* the colours the parent sets up */
        if (font) old_font = gdi->select_object(hdc, font);
        dis.CtlType = ODT_STATIC;
        dis.CtlID = GetDlgCtrlID(hwnd);
        dis.itemID = 0;
        dis.itemAction = ODA_DRAWENTIRE;
        dis.itemState = IsWindowEnabled(hwnd) ? 0 : ODS_DISABLED;
        dis.hwndItem = hwnd;
        dis.hDC = hdc;
        dis.rcItem = rc;
        dis.itemData = 0;
        SendMessageW(parent, WM_DRAWITEM, dis.CtlID, (LPARAM)&dis);
        if (old_font) gdi->select_object(hdc, old_font);
        return;
    }
    default: return;   /* metafiles: not drawn */
    }
    if (style & SS_NOPREFIX) flags |= DT_NOPREFIX;
    if (style & SS_ENDELLIPSIS) flags |= DT_END_ELLIPSIS | DT_SINGLELINE;
    if (font) old_font = gdi->select_object(hdc, font);
    brush = dialog_control_brush(hwnd, hdc, WM_CTLCOLORSTATIC);
    FillRect(hdc, &rc, brush);
    if ((len = GetWindowTextW(hwnd, text, 1024)) > 0) {
        gdi->set_bk_mode(hdc, TRANSPARENT);
        if (!IsWindowEnabled(hwnd)) gdi->set_text_color(hdc, GetSysColor(COLOR_GRAYTEXT));
        DrawTextW(hdc, text, len, &rc, flags);
    }
    if (old_font) gdi->select_object(hdc, old_font);
}

LRESULT WINAPI static_proc(HWND hwnd, UINT msg, WPARAM wp, LPARAM lp)
{
    DWORD style = GetWindowLongW(hwnd, GWL_STYLE);

    switch (msg) {
    case WM_GETDLGCODE:
        return DLGC_STATIC;
    case WM_NCHITTEST:
        return (style & SS_NOTIFY) ? HTCLIENT : HTTRANSPARENT;
    case WM_ERASEBKGND:
        return 1;
    case WM_PAINT: {
        PAINTSTRUCT ps;
        HDC hdc = wp ? (HDC)wp : BeginPaint(hwnd, &ps);
        if (hdc) paint(hwnd, hdc);
        if (!wp) EndPaint(hwnd, &ps);
        return 0;
    }
    case WM_ENABLE:
        InvalidateRect(hwnd, NULL, TRUE);
        if (style & SS_NOTIFY) notify(hwnd, wp ? STN_ENABLE : STN_DISABLE);
        return 0;
    case WM_SETTEXT: {
        LRESULT ret = DefWindowProcW(hwnd, msg, wp, lp);
        InvalidateRect(hwnd, NULL, TRUE);
        return ret;
    }
    case WM_SETFONT:
        SetWindowLongPtrW(hwnd, EXTRA_FONT, wp);
        if (lp) InvalidateRect(hwnd, NULL, TRUE);
        return 0;
    case WM_GETFONT:
        return GetWindowLongPtrW(hwnd, EXTRA_FONT);
    case WM_LBUTTONDOWN:
    case WM_LBUTTONDBLCLK:
        if (style & SS_NOTIFY) notify(hwnd, msg == WM_LBUTTONDOWN ? STN_CLICKED : STN_DBLCLK);
        return 0;
    case WM_CREATE: {
        /* the window name is the image's resource name */
        const CREATESTRUCTW *cs = (const CREATESTRUCTW *)lp;
        UINT type = style & SS_TYPEMASK;
        HANDLE image = NULL;
        if ((type == SS_ICON || type == SS_BITMAP) && cs->lpszName && (IS_INTRESOURCE(cs->lpszName) || cs->lpszName[0])) {
            if (type == SS_BITMAP) image = LoadImageW(cs->hInstance, cs->lpszName, IMAGE_BITMAP, 0, 0, 0);
            else if (!(image = LoadImageW(cs->hInstance, cs->lpszName, IMAGE_ICON, 0, 0, LR_SHARED | LR_DEFAULTSIZE)))
                image = LoadImageW(cs->hInstance, cs->lpszName, IMAGE_CURSOR, 0, 0, LR_SHARED | LR_DEFAULTSIZE);
            if (image) set_image(hwnd, type == SS_BITMAP ? IMAGE_BITMAP : IMAGE_ICON, image);
        }
        return 0;
    }
    case STM_SETICON:
        return set_image(hwnd, IMAGE_ICON, (HANDLE)wp);
    case STM_GETICON:
        return GetWindowLongPtrW(hwnd, EXTRA_IMAGE);
    case STM_SETIMAGE:
        return set_image(hwnd, wp, (HANDLE)lp);
    case STM_GETIMAGE:
        return GetWindowLongPtrW(hwnd, EXTRA_IMAGE);
    }
    return DefWindowProcW(hwnd, msg, wp, lp);
}

/* STM_SETIMAGE/STM_SETICON: keeps the handle and returns the previous one;
 * an icon or bitmap static takes the image's size unless it centres it
 * (SS_CENTERIMAGE) or keeps its own (SS_REALSIZECONTROL). */
static LRESULT set_image(HWND hwnd, UINT type, HANDLE image)
{
    DWORD style = GetWindowLongW(hwnd, GWL_STYLE);
    const struct user_gdi *gdi;
    LRESULT old;
    SIZE size = { 0, 0 };
    BITMAP bm;

    if (type != IMAGE_BITMAP && type != IMAGE_ICON && type != IMAGE_CURSOR) return 0;
    old = SetWindowLongPtrW(hwnd, EXTRA_IMAGE, (LONG_PTR)image);
    if (image && !(style & (SS_CENTERIMAGE | 0x40 /* SS_REALSIZECONTROL */))) {
        if (type == IMAGE_BITMAP) {
            if ((gdi = user_gdi()) && gdi->get_object(image, sizeof(bm), &bm)) {
                size.cx = bm.bmWidth;
                size.cy = bm.bmHeight;
            }
        } else cursoricon_size(image, &size, NULL);
        if (size.cx && size.cy)
            SetWindowPos(hwnd, NULL, 0, 0, size.cx, size.cy, SWP_NOMOVE | SWP_NOZORDER | SWP_NOACTIVATE);
    }
    InvalidateRect(hwnd, NULL, TRUE);
    return old;
}

static void paint_image(HWND hwnd, HDC hdc, UINT type, const RECT *rc)
{
    const struct user_gdi *gdi = user_gdi();
    HANDLE image = (HANDLE)GetWindowLongPtrW(hwnd, EXTRA_IMAGE);
    BOOL center = GetWindowLongW(hwnd, GWL_STYLE) & SS_CENTERIMAGE;
    SIZE size = { rc->right, rc->bottom };
    BITMAP bm;

    FillRect(hdc, rc, dialog_control_brush(hwnd, hdc, WM_CTLCOLORSTATIC));
    if (!image || !gdi) return;
    if (type == SS_ICON) {
        /* stretched over the control, or centred at its own size */
        if (center) cursoricon_size(image, &size, NULL);
        DrawIconEx(hdc, center ? (rc->right - size.cx) / 2 : 0, center ? (rc->bottom - size.cy) / 2 : 0, image,
                   size.cx, size.cy, 0, NULL, DI_NORMAL);
    } else if (gdi->get_object(image, sizeof(bm), &bm)) {
        HDC mem = gdi->create_compatible_dc(hdc);
        HGDIOBJ old;
        if (!mem) return;
        old = gdi->select_object(mem, image);
        gdi->bit_blt(hdc, center ? (rc->right - bm.bmWidth) / 2 : 0, center ? (rc->bottom - bm.bmHeight) / 2 : 0,
                     bm.bmWidth, bm.bmHeight, mem, 0, 0, 0x00CC0020 /* SRCCOPY */);
        gdi->select_object(mem, old);
        gdi->delete_dc(mem);
    }
}
