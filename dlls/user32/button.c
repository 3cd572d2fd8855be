/*
 * The "Button" control: push buttons, check boxes, 3-state boxes, radio
 * buttons, group boxes, owner-drawn buttons (BS_OWNERDRAW: WM_DRAWITEM to
 * the parent) and icon or bitmap labels (BS_ICON, BS_BITMAP; BS_USERBUTTON
 * is not drawn). State in the window's extra bytes: the BST_* bits, the
 * font, the image.
 */
#include "dialog.h"
#include "gdiload.h"
#include "cursoricon.h"

#define EXTRA_STATE 0
#define EXTRA_FONT  8
#define EXTRA_IMAGE 16
#define STATE_CAPTURED 0x1000   /* the mouse or space bar is pressing it */

static UINT get_state(HWND hwnd) { return (UINT)GetWindowLongPtrW(hwnd, EXTRA_STATE); }
static void set_state(HWND hwnd, UINT state) { SetWindowLongPtrW(hwnd, EXTRA_STATE, state); }
static UINT button_type(HWND hwnd) { return GetWindowLongW(hwnd, GWL_STYLE) & BS_TYPEMASK; }

static BOOL is_checkable(UINT type)
{
    return type == BS_CHECKBOX || type == BS_AUTOCHECKBOX || type == BS_RADIOBUTTON ||
           type == BS_3STATE || type == BS_AUTO3STATE || type == BS_AUTORADIOBUTTON;
}

static void notify(HWND hwnd, WORD code) { control_notify(hwnd, code); }

/* ---- drawing ---- */

static void fill(HDC hdc, INT l, INT t, INT r, INT b, INT color)
{
    RECT rc;
    SetRect(&rc, l, t, r, b);
    FillRect(hdc, &rc, GetSysColorBrush(color));
}

/* a two-pixel 3D edge: raised (push buttons) or sunken (pressed, check boxes) */
static void draw_edge(HDC hdc, const RECT *r, BOOL sunken)
{
    INT outer_tl = sunken ? COLOR_BTNSHADOW : COLOR_BTNHIGHLIGHT, outer_br = sunken ? COLOR_BTNHIGHLIGHT : COLOR_3DDKSHADOW;
    INT inner_tl = sunken ? COLOR_3DDKSHADOW : COLOR_3DLIGHT, inner_br = sunken ? COLOR_3DLIGHT : COLOR_BTNSHADOW;

    fill(hdc, r->left, r->top, r->right - 1, r->top + 1, outer_tl);
    fill(hdc, r->left, r->top, r->left + 1, r->bottom - 1, outer_tl);
    fill(hdc, r->left, r->bottom - 1, r->right, r->bottom, outer_br);
    fill(hdc, r->right - 1, r->top, r->right, r->bottom, outer_br);
    fill(hdc, r->left + 1, r->top + 1, r->right - 2, r->top + 2, inner_tl);
    fill(hdc, r->left + 1, r->top + 1, r->left + 2, r->bottom - 2, inner_tl);
    fill(hdc, r->left + 1, r->bottom - 2, r->right - 1, r->bottom - 1, inner_br);
    fill(hdc, r->right - 2, r->top + 1, r->right - 1, r->bottom - 1, inner_br);
}

/* BS_ICON/BS_BITMAP: the image placed in RC by BS_LEFT/RIGHT/TOP/BOTTOM
 * (centred by default), with every other pixel in the face colour when
 * disabled, which is how the gray looks */
static void draw_image(HWND hwnd, HDC hdc, const RECT *rc, BOOL disabled, const struct user_gdi *gdi)
{
    DWORD style = GetWindowLongW(hwnd, GWL_STYLE);
    HANDLE image = (HANDLE)GetWindowLongPtrW(hwnd, EXTRA_IMAGE);
    SIZE size = { 0, 0 };
    BITMAP bm;
    INT x, y;

    if (!image) return;
    if (style & BS_BITMAP) {
        if (!gdi->get_object(image, sizeof(bm), &bm)) return;
        size.cx = bm.bmWidth;
        size.cy = bm.bmHeight;
    } else if (!cursoricon_size(image, &size, NULL)) return;
    switch (style & BS_CENTER) {
    case BS_LEFT: x = rc->left; break;
    case BS_RIGHT: x = rc->right - size.cx; break;
    default: x = (rc->left + rc->right - size.cx) / 2; break;
    }
    switch (style & BS_VCENTER) {
    case BS_TOP: y = rc->top; break;
    case BS_BOTTOM: y = rc->bottom - size.cy; break;
    default: y = (rc->top + rc->bottom - size.cy) / 2; break;
    }
    if (style & BS_BITMAP) {
        HDC mem = gdi->create_compatible_dc(hdc);
        HGDIOBJ old;
        if (!mem) return;
        old = gdi->select_object(mem, image);
        gdi->bit_blt(hdc, x, y, size.cx, size.cy, mem, 0, 0, 0x00CC0020 /* SRCCOPY */);
        gdi->select_object(mem, old);
        gdi->delete_dc(mem);
    } else DrawIconEx(hdc, x, y, image, size.cx, size.cy, 0, NULL, DI_NORMAL);
    if (disabled)
        for (INT j = 0; j < size.cy; j++)
            for (INT i = j & 1; i < size.cx; i += 2) fill(hdc, x + i, y + j, x + i + 1, y + j + 1, COLOR_BTNFACE);
}

static void draw_text(HWND hwnd, HDC hdc, RECT *rc, UINT flags, BOOL disabled, const struct user_gdi *gdi)
{
    WCHAR text[256];
    INT len;

    if (GetWindowLongW(hwnd, GWL_STYLE) & (BS_ICON | BS_BITMAP)) {
        draw_image(hwnd, hdc, rc, disabled, gdi);
        return;
    }
    if (!(len = GetWindowTextW(hwnd, text, 256))) return;
    gdi->set_bk_mode(hdc, TRANSPARENT);
    if (disabled) gdi->set_text_color(hdc, GetSysColor(COLOR_GRAYTEXT));
    DrawTextW(hdc, text, len, rc, flags);
}

/* BS_OWNERDRAW: the parent draws, told what changed (ODA_*) and the state */
static void draw_owner(HWND hwnd, HDC hdc, UINT action)
{
    HWND parent = GetParent(hwnd);
    UINT state = get_state(hwnd);
    DRAWITEMSTRUCT dis;

    if (!parent) return;
    dis.CtlType = ODT_BUTTON;
    dis.CtlID = GetDlgCtrlID(hwnd);
    dis.itemID = 0;
    dis.itemAction = action;
    dis.itemState = ((state & BST_PUSHED) ? ODS_SELECTED : 0) | ((state & BST_FOCUS) ? ODS_FOCUS : 0) |
                    (IsWindowEnabled(hwnd) ? 0 : ODS_DISABLED);
    dis.hwndItem = hwnd;
    dis.hDC = hdc;
    GetClientRect(hwnd, &dis.rcItem);
    dis.itemData = 0;
    if (action == ODA_DRAWENTIRE) FillRect(hdc, &dis.rcItem, dialog_control_brush(hwnd, hdc, WM_CTLCOLORBTN));
    SendMessageW(parent, WM_DRAWITEM, dis.CtlID, (LPARAM)&dis);
}

/* Focus and press changes of an owner-drawn button are drawn at once, as
 * on Windows, not through WM_PAINT. */
static void draw_owner_now(HWND hwnd, UINT action)
{
    HDC hdc;
    if (!IsWindowVisible(hwnd) || !(hdc = GetDC(hwnd))) return;
    draw_owner(hwnd, hdc, action);
    ReleaseDC(hwnd, hdc);
}

static void paint(HWND hwnd, HDC hdc)
{
    const struct user_gdi *gdi = user_gdi();
    DWORD style = GetWindowLongW(hwnd, GWL_STYLE);
    UINT type = style & BS_TYPEMASK, state = get_state(hwnd);
    HFONT font = (HFONT)GetWindowLongPtrW(hwnd, EXTRA_FONT);
    BOOL disabled = !IsWindowEnabled(hwnd);
    HGDIOBJ old_font = NULL;
    HBRUSH brush;
    RECT client, rc;

    if (!gdi) return;
    GetClientRect(hwnd, &client);
    if (type == BS_OWNERDRAW) {
        draw_owner(hwnd, hdc, ODA_DRAWENTIRE);
        return;
    }
    if (font) old_font = gdi->select_object(hdc, font);
    if (type == BS_PUSHBUTTON || type == BS_DEFPUSHBUTTON || type == BS_PUSHBOX || (style & BS_PUSHLIKE)) {
        BOOL pushed = (state & BST_PUSHED) || ((style & BS_PUSHLIKE) && (state & 3));
        dialog_control_brush(hwnd, hdc, WM_CTLCOLORBTN);
        rc = client;
        FillRect(hdc, &rc, GetSysColorBrush(COLOR_BTNFACE));
        if (type == BS_DEFPUSHBUTTON) {
            FrameRect(hdc, &rc, GetSysColorBrush(COLOR_WINDOWFRAME));
            InflateRect(&rc, -1, -1);
        }
        draw_edge(hdc, &rc, pushed);
        if (pushed) OffsetRect(&rc, 1, 1);
        gdi->set_text_color(hdc, GetSysColor(COLOR_BTNTEXT));
        draw_text(hwnd, hdc, &rc, DT_CENTER | DT_VCENTER | DT_SINGLELINE, disabled, gdi);
        if (state & BST_FOCUS) {
            rc = client;
            InflateRect(&rc, -4, -4);
            DrawFocusRect(hdc, &rc);
        }
    } else if (type == BS_GROUPBOX) {
        WCHAR text[256];
        INT len = GetWindowTextW(hwnd, text, 256);
        TEXTMETRICW tm;
        SIZE size = { 0, 0 };
        brush = dialog_control_brush(hwnd, hdc, WM_CTLCOLORSTATIC);
        gdi->get_text_metrics(hdc, &tm);
        rc = client;
        rc.top += tm.tmHeight / 2;
        DrawEdge(hdc, &rc, EDGE_ETCHED, BF_RECT);
        if (len) {
            gdi->get_extent_ex(hdc, text, len, 0, NULL, NULL, &size);
            SetRect(&rc, 8, 0, 8 + size.cx + 4, tm.tmHeight);
            FillRect(hdc, &rc, brush);
            rc.left += 2;
            draw_text(hwnd, hdc, &rc, DT_LEFT | DT_SINGLELINE, disabled, gdi);
        }
    } else if (is_checkable(type)) {
        BOOL radio = type == BS_RADIOBUTTON || type == BS_AUTORADIOBUTTON;
        INT box = 13, top = (client.bottom - box) / 2;
        RECT box_rc, text_rc = client;
        brush = dialog_control_brush(hwnd, hdc, WM_CTLCOLORSTATIC);
        FillRect(hdc, &client, brush);
        if (style & BS_LEFTTEXT) {
            SetRect(&box_rc, client.right - box, top, client.right, top + box);
            text_rc.right = box_rc.left - 4;
        } else {
            SetRect(&box_rc, 0, top, box, top + box);
            text_rc.left = box + 4;
        }
        FillRect(hdc, &box_rc, GetSysColorBrush((state & BST_PUSHED) || disabled ? COLOR_BTNFACE : COLOR_WINDOW));
        draw_edge(hdc, &box_rc, TRUE);
        if (radio && (state & BST_CHECKED))
            fill(hdc, box_rc.left + 4, box_rc.top + 4, box_rc.right - 4, box_rc.bottom - 4, COLOR_WINDOWTEXT);
        else if (state & (BST_CHECKED | BST_INDETERMINATE)) {
            /* the tick: a 7-pixel-wide V, three pixels thick */
            INT color = (state & BST_INDETERMINATE) || disabled ? COLOR_BTNSHADOW : COLOR_WINDOWTEXT;
            for (INT i = 0; i < 7; i++) {
                INT y = box_rc.top + (i <= 2 ? 5 + i : 9 - i);
                fill(hdc, box_rc.left + 3 + i, y, box_rc.left + 4 + i, y + 3, color);
            }
        }
        gdi->set_text_color(hdc, GetSysColor(COLOR_BTNTEXT));
        if (!(style & BS_LEFTTEXT) && !(style & BS_RIGHT)) {
            draw_text(hwnd, hdc, &text_rc, DT_LEFT | DT_VCENTER | DT_SINGLELINE, disabled, gdi);
        } else draw_text(hwnd, hdc, &text_rc, DT_RIGHT | DT_VCENTER | DT_SINGLELINE, disabled, gdi);
        if (state & BST_FOCUS) {
            WCHAR text[256];
            INT len = GetWindowTextW(hwnd, text, 256);
            if (len) {
                RECT f = text_rc;
                DrawTextW(hdc, text, len, &f, DT_LEFT | DT_SINGLELINE | DT_CALCRECT);
                f.top = (client.bottom - (f.bottom - f.top)) / 2 - 1;
                f.bottom = client.bottom - f.top;
                f.left -= 1;
                f.right += 1;
                DrawFocusRect(hdc, &f);
            }
        }
    }
    if (old_font) gdi->select_object(hdc, old_font);
}

static void redraw(HWND hwnd)
{
    InvalidateRect(hwnd, NULL, FALSE);
}

/* ---- behaviour ---- */

/* A completed click: auto types change their check, then BN_CLICKED. */
static void click(HWND hwnd)
{
    UINT type = button_type(hwnd), state = get_state(hwnd);

    switch (type) {
    case BS_AUTOCHECKBOX:
        SendMessageW(hwnd, BM_SETCHECK, (state & BST_CHECKED) ? BST_UNCHECKED : BST_CHECKED, 0);
        break;
    case BS_AUTO3STATE:
        SendMessageW(hwnd, BM_SETCHECK, (state & BST_INDETERMINATE) ? BST_UNCHECKED :
                     (state & BST_CHECKED) ? BST_INDETERMINATE : BST_CHECKED, 0);
        break;
    case BS_AUTORADIOBUTTON: {
        /* unchecks the other auto radio buttons of the group */
        HWND parent = GetParent(hwnd), start, h;
        SendMessageW(hwnd, BM_SETCHECK, BST_CHECKED, 0);
        if (!parent) break;
        start = h = GetNextDlgGroupItem(parent, hwnd, TRUE);
        while (h && h != hwnd) {
            if ((GetWindowLongW(h, GWL_STYLE) & BS_TYPEMASK) == BS_AUTORADIOBUTTON &&
                SendMessageW(h, WM_GETDLGCODE, 0, 0) & DLGC_RADIOBUTTON)
                SendMessageW(h, BM_SETCHECK, BST_UNCHECKED, 0);
            h = GetNextDlgGroupItem(parent, h, TRUE);
            if (h == start) break;
        }
        break;
    }
    }
    notify(hwnd, BN_CLICKED);
}

static void press(HWND hwnd, BOOL pressed)
{
    SendMessageW(hwnd, BM_SETSTATE, pressed, 0);
}

LRESULT WINAPI button_proc(HWND hwnd, UINT msg, WPARAM wp, LPARAM lp)
{
    UINT type = button_type(hwnd), state;

    switch (msg) {
    case WM_GETDLGCODE:
        switch (type) {
        case BS_PUSHBUTTON: case BS_USERBUTTON: return DLGC_BUTTON | DLGC_UNDEFPUSHBUTTON;
        case BS_DEFPUSHBUTTON: return DLGC_BUTTON | DLGC_DEFPUSHBUTTON;
        case BS_RADIOBUTTON: case BS_AUTORADIOBUTTON: return DLGC_BUTTON | DLGC_RADIOBUTTON;
        case BS_GROUPBOX: return DLGC_STATIC;
        default: return DLGC_BUTTON;
        }
    case WM_NCHITTEST:
        if (type == BS_GROUPBOX) return HTTRANSPARENT;
        break;
    case WM_ERASEBKGND:
        return 1;
    case WM_PAINT: {
        PAINTSTRUCT ps;
        HDC hdc = wp ? (HDC)wp : BeginPaint(hwnd, &ps);
        if (hdc && IsWindowVisible(hwnd)) paint(hwnd, hdc);
        if (!wp) EndPaint(hwnd, &ps);
        return 0;
    }
    case WM_ENABLE:
    case WM_SYSCOLORCHANGE:
        redraw(hwnd);
        return 0;
    case WM_SETTEXT: {
        LRESULT ret = DefWindowProcW(hwnd, msg, wp, lp);
        InvalidateRect(hwnd, NULL, TRUE);
        return ret;
    }
    case WM_SETFONT:
        SetWindowLongPtrW(hwnd, EXTRA_FONT, wp);
        if (lp) redraw(hwnd);
        return 0;
    case WM_GETFONT:
        return GetWindowLongPtrW(hwnd, EXTRA_FONT);
    case WM_SETFOCUS:
        set_state(hwnd, get_state(hwnd) | BST_FOCUS);
        if (type == BS_OWNERDRAW) draw_owner_now(hwnd, ODA_FOCUS);
        else redraw(hwnd);
        if (GetWindowLongW(hwnd, GWL_STYLE) & BS_NOTIFY) notify(hwnd, BN_SETFOCUS);
        return 0;
    case WM_KILLFOCUS:
        state = get_state(hwnd);
        set_state(hwnd, state & ~(UINT)BST_FOCUS);
        if ((state & STATE_CAPTURED) && GetCapture() == hwnd) ReleaseCapture();
        if (state & BST_PUSHED) press(hwnd, FALSE);
        set_state(hwnd, get_state(hwnd) & ~(UINT)STATE_CAPTURED);
        if (type == BS_OWNERDRAW) draw_owner_now(hwnd, ODA_FOCUS);
        redraw(hwnd);
        if (GetWindowLongW(hwnd, GWL_STYLE) & BS_NOTIFY) notify(hwnd, BN_KILLFOCUS);
        return 0;
    case WM_KEYDOWN:
        if (wp == VK_SPACE && type != BS_GROUPBOX) {
            press(hwnd, TRUE);
            set_state(hwnd, get_state(hwnd) | STATE_CAPTURED);
            return 0;
        }
        break;
    case WM_KEYUP:
        if (wp == VK_SPACE && (get_state(hwnd) & STATE_CAPTURED)) {
            set_state(hwnd, get_state(hwnd) & ~(UINT)STATE_CAPTURED);
            press(hwnd, FALSE);
            click(hwnd);
            return 0;
        }
        break;
    case WM_LBUTTONDBLCLK:
        if ((GetWindowLongW(hwnd, GWL_STYLE) & BS_NOTIFY) || type == BS_OWNERDRAW) {
            notify(hwnd, BN_DOUBLECLICKED);
            return 0;
        }
        if (type != BS_PUSHBUTTON && type != BS_DEFPUSHBUTTON && type != BS_RADIOBUTTON &&
            type != BS_AUTORADIOBUTTON && type != BS_USERBUTTON)
            return 0;
        /* a double click is a second press for these */
        /* fall through */
    case WM_LBUTTONDOWN:
        if (type == BS_GROUPBOX) return 0;
        SetFocus(hwnd);
        SetCapture(hwnd);
        set_state(hwnd, get_state(hwnd) | STATE_CAPTURED);
        press(hwnd, TRUE);
        return 0;
    case WM_LBUTTONUP: {
        POINT pt = { (short)LOWORD(lp), (short)HIWORD(lp) };
        RECT rc;
        state = get_state(hwnd);
        if (!(state & STATE_CAPTURED)) return 0;
        set_state(hwnd, state & ~(UINT)STATE_CAPTURED);
        press(hwnd, FALSE);
        if (GetCapture() == hwnd) ReleaseCapture();
        GetClientRect(hwnd, &rc);
        if (PtInRect(&rc, pt)) click(hwnd);
        return 0;
    }
    case WM_MOUSEMOVE:
        if ((get_state(hwnd) & STATE_CAPTURED) && GetCapture() == hwnd) {
            POINT pt = { (short)LOWORD(lp), (short)HIWORD(lp) };
            RECT rc;
            GetClientRect(hwnd, &rc);
            if (!PtInRect(&rc, pt) != !(get_state(hwnd) & BST_PUSHED)) break;
            press(hwnd, PtInRect(&rc, pt));
        }
        return 0;
    case 0x001F: /* WM_CANCELMODE */
        if (get_state(hwnd) & STATE_CAPTURED) {
            set_state(hwnd, get_state(hwnd) & ~(UINT)STATE_CAPTURED);
            press(hwnd, FALSE);
            if (GetCapture() == hwnd) ReleaseCapture();
        }
        return 0;
    case BM_CLICK:
        /* as Windows: a press and a release at the client origin */
        SendMessageW(hwnd, WM_LBUTTONDOWN, 0, 0);
        SendMessageW(hwnd, WM_LBUTTONUP, 0, 0);
        return 0;
    case BM_SETSTYLE: {
        DWORD style = GetWindowLongW(hwnd, GWL_STYLE);
        style = (style & ~(DWORD)BS_TYPEMASK) | (wp & BS_TYPEMASK);
        SetWindowLongW(hwnd, GWL_STYLE, style);
        if (lp) redraw(hwnd);
        return 0;
    }
    case BM_GETCHECK:
        return get_state(hwnd) & 3;
    case BM_SETCHECK: {
        UINT max = (type == BS_3STATE || type == BS_AUTO3STATE) ? BST_INDETERMINATE : BST_CHECKED;
        if (!is_checkable(type)) return 0;
        if (wp > max) wp = max;
        state = get_state(hwnd);
        if ((state & 3) != wp) {
            set_state(hwnd, (state & ~3u) | (UINT)wp);
            redraw(hwnd);
        }
        /* a checked radio button is its group's tab stop */
        if (type == BS_RADIOBUTTON || type == BS_AUTORADIOBUTTON) {
            DWORD style = GetWindowLongW(hwnd, GWL_STYLE);
            SetWindowLongW(hwnd, GWL_STYLE, wp ? style | WS_TABSTOP : style & ~(DWORD)WS_TABSTOP);
        }
        return 0;
    }
    case BM_GETSTATE:
        return get_state(hwnd) & (3 | BST_PUSHED | BST_FOCUS);
    case BM_SETSTATE:
        state = get_state(hwnd);
        if (!wp == !(state & BST_PUSHED)) return 0;
        set_state(hwnd, wp ? state | BST_PUSHED : state & ~(UINT)BST_PUSHED);
        if (type == BS_OWNERDRAW) draw_owner_now(hwnd, ODA_SELECT);
        else redraw(hwnd);
        if (GetWindowLongW(hwnd, GWL_STYLE) & BS_NOTIFY) notify(hwnd, wp ? BN_HILITE : BN_UNHILITE);
        return 0;
    case BM_GETIMAGE:   /* whatever the type asked for, as Windows */
        return GetWindowLongPtrW(hwnd, EXTRA_IMAGE);
    case BM_SETIMAGE: {
        /* only the kind of image the style shows; the previous one back */
        DWORD style = GetWindowLongW(hwnd, GWL_STYLE);
        LRESULT old;
        if (wp == IMAGE_BITMAP ? !(style & BS_BITMAP) : wp != IMAGE_ICON || !(style & BS_ICON)) return 0;
        old = SetWindowLongPtrW(hwnd, EXTRA_IMAGE, lp);
        InvalidateRect(hwnd, NULL, FALSE);
        return old;
    }
    }
    return DefWindowProcW(hwnd, msg, wp, lp);
}
