/*
 * The "ComboBox" control, built from the other controls as on Windows:
 * an "Edit" child for the text (CBS_SIMPLE, CBS_DROPDOWN; a drop-down
 * list draws its selected item itself) and a "ComboLBox" list, a child
 * under the text for CBS_SIMPLE, else a popup shown below the combo box
 * while dropped. The list is listbox.c's control (ComboLBox is its class
 * with a procedure that closes the drop-down on a click); the CB_*
 * messages are passed on as their LB_* and EM_* twins.
 *
 * Heights follow Windows: the closed control is 13/8 of the font's
 * height; the height given at creation is the dropped height.
 */
#include <stdlib.h>
#include <string.h>
#include "dialog.h"
#include "gdiload.h"

WINUSERAPI HBRUSH WINAPI GetSysColorBrush(INT);
WINUSERAPI HWND WINAPI SetCapture(HWND);
WINUSERAPI BOOL WINAPI ReleaseCapture(void);
WINUSERAPI HWND WINAPI GetCapture(void);
WINUSERAPI HWND WINAPI GetFocus(void);
WINUSERAPI SHORT WINAPI GetKeyState(INT);
WINUSERAPI BOOL WINAPI SetRectEmpty(RECT *);
WINUSERAPI BOOL WINAPI IsRectEmpty(const RECT *);
WINUSERAPI LRESULT WINAPI CallWindowProcW(WNDPROC, HWND, UINT, WPARAM, LPARAM);
#ifndef MA_NOACTIVATE
#define MA_NOACTIVATE 3
#endif
LRESULT WINAPI listbox_proc(HWND, UINT, WPARAM, LPARAM);   /* listbox.c */

#define ID_EDIT 1001   /* Windows' ids of the parts */
#define ID_LIST 1000
#define BORDER 2       /* the sunken edge around the closed combo box */
#define SM_CXVSCROLL 2

struct combo {
    HWND self, edit, list;
    HFONT font;
    INT field_height;     /* the text area, without the border */
    INT drop_height;      /* the height given at creation: closed + list */
    BOOL dropped, focused, button_down;
    BOOL updating;        /* update_edit's own change: no CBN_EDITCHANGE */
    INT drop_sel;         /* the selection when the list dropped */
    WNDPROC edit_proc;    /* the edit's own procedure (it is subclassed) */
};

static struct combo *get(HWND hwnd) { return (struct combo *)GetWindowLongPtrW(hwnd, 0); }
static DWORD style_of(struct combo *c) { return GetWindowLongW(c->self, GWL_STYLE); }
static UINT kind(struct combo *c) { return style_of(c) & 3; }

static void notify(struct combo *c, WORD code) { control_notify(c->self, code); }

static INT font_height(HFONT font)
{
    const struct user_gdi *g = user_gdi();
    TEXTMETRICW tm;
    HDC dc;
    INT h = 16;

    if (!g || !(dc = g->create_compatible_dc(NULL))) return h;
    g->select_object(dc, font ? (HGDIOBJ)font : g->get_stock_object(SYSTEM_FONT));
    if (g->get_text_metrics(dc, &tm)) h = tm.tmHeight;
    g->delete_dc(dc);
    return h;
}

/* ---- geometry ---- */

static INT closed_height(struct combo *c) { return c->field_height + 2 * BORDER; }

static void button_rect(struct combo *c, RECT *rc)
{
    GetClientRect(c->self, rc);
    if (kind(c) == CBS_SIMPLE) {
        SetRectEmpty(rc);
        return;
    }
    rc->bottom = closed_height(c) - BORDER;
    rc->top = BORDER;
    rc->right -= BORDER;
    rc->left = rc->right - GetSystemMetrics(SM_CXVSCROLL);
}

static void item_rect(struct combo *c, RECT *rc)
{
    RECT b;
    GetClientRect(c->self, rc);
    button_rect(c, &b);
    rc->top = BORDER;
    rc->left = BORDER;
    rc->bottom = BORDER + c->field_height;
    rc->right = kind(c) == CBS_SIMPLE ? rc->right - BORDER : b.left;
}

/* Places the edit and, for CBS_SIMPLE, the list under it. */
static void layout(struct combo *c)
{
    RECT rc, client;

    item_rect(c, &rc);
    if (c->edit) SetWindowPos(c->edit, 0, rc.left + 1, rc.top + 1, rc.right - rc.left - 2, rc.bottom - rc.top - 2,
                              SWP_NOZORDER | SWP_NOACTIVATE);
    if (kind(c) == CBS_SIMPLE && c->list) {
        GetClientRect(c->self, &client);
        SetWindowPos(c->list, 0, 0, closed_height(c), client.right, client.bottom > closed_height(c) ? client.bottom - closed_height(c) : 0,
                     SWP_NOZORDER | SWP_NOACTIVATE);
    }
}

/* ---- the text ---- */

/* The edit shows the list's selection (after a selection change). */
static void update_edit(struct combo *c)
{
    INT sel = SendMessageW(c->list, LB_GETCURSEL, 0, 0), len;
    WCHAR *text;

    if (!c->edit) {
        InvalidateRect(c->self, NULL, TRUE);
        return;
    }
    len = sel >= 0 ? SendMessageW(c->list, LB_GETTEXTLEN, sel, 0) : 0;
    if (len < 0 || !(text = calloc(len + 1, sizeof(WCHAR)))) return;
    if (sel >= 0) SendMessageW(c->list, LB_GETTEXT, sel, (LPARAM)text);
    c->updating = TRUE;
    SendMessageW(c->edit, WM_SETTEXT, 0, (LPARAM)text);
    c->updating = FALSE;
    if (c->focused) SendMessageW(c->edit, EM_SETSEL, 0, -1);
    free(text);
}

/* ---- dropping down ---- */

static void drop_down(struct combo *c)
{
    RECT rc;
    INT count, item, height;

    if (c->dropped || kind(c) == CBS_SIMPLE) return;
    notify(c, CBN_DROPDOWN);
    GetWindowRect(c->self, &rc);
    count = SendMessageW(c->list, LB_GETCOUNT, 0, 0);
    item = SendMessageW(c->list, LB_GETITEMHEIGHT, 0, 0);
    height = c->drop_height - closed_height(c);
    /* not taller than the items, at least one item */
    if (count > 0 && height > count * item + 2) height = count * item + 2;
    if (height < item + 2) height = item + 2;
    SetWindowPos(c->list, HWND_TOPMOST, rc.left, rc.bottom, rc.right - rc.left, height, SWP_NOACTIVATE | SWP_SHOWWINDOW);
    c->dropped = TRUE;
    c->drop_sel = SendMessageW(c->list, LB_GETCURSEL, 0, 0);
    SendMessageW(c->list, LB_SETCARETINDEX, SendMessageW(c->list, LB_GETCURSEL, 0, 0), 0);
    InvalidateRect(c->self, NULL, TRUE);
}

/* Closes the list: OK says whether the selection is taken (CBN_SELENDOK)
 * or not (CBN_SELENDCANCEL). */
static void roll_up(struct combo *c, BOOL ok)
{
    if (kind(c) != CBS_SIMPLE) {
        if (!c->dropped) return;
        c->dropped = FALSE;
        notify(c, ok ? CBN_SELENDOK : CBN_SELENDCANCEL);
        ShowWindow(c->list, SW_HIDE);
        if (GetCapture() == c->list || GetCapture() == c->self) ReleaseCapture();
        InvalidateRect(c->self, NULL, TRUE);
        notify(c, CBN_CLOSEUP);
    } else notify(c, ok ? CBN_SELENDOK : CBN_SELENDCANCEL);
}

/* A new selection from the keyboard or a CB_ message. */
static void select_item(struct combo *c, INT index, BOOL notify_change)
{
    SendMessageW(c->list, LB_SETCURSEL, index, 0);
    update_edit(c);
    if (notify_change) notify(c, CBN_SELCHANGE);
}

/* ---- drawing ---- */

static void draw_button(struct combo *c, HDC hdc)
{
    RECT rc;
    INT cx, cy;

    button_rect(c, &rc);
    if (IsRectEmpty(&rc)) return;
    FillRect(hdc, &rc, GetSysColorBrush(COLOR_BTNFACE));
    /* raised: light top-left, shadow bottom-right; sunken while pressed */
    {
        RECT top = { rc.left, rc.top, rc.right, rc.top + 1 }, left = { rc.left, rc.top, rc.left + 1, rc.bottom };
        RECT bottom = { rc.left, rc.bottom - 1, rc.right, rc.bottom }, right = { rc.right - 1, rc.top, rc.right, rc.bottom };
        HBRUSH hi = GetSysColorBrush(c->button_down ? COLOR_BTNSHADOW : COLOR_BTNHIGHLIGHT);
        HBRUSH lo = GetSysColorBrush(c->button_down ? COLOR_BTNHIGHLIGHT : COLOR_3DDKSHADOW);
        FillRect(hdc, &top, hi);
        FillRect(hdc, &left, hi);
        FillRect(hdc, &bottom, lo);
        FillRect(hdc, &right, lo);
    }
    /* the down arrow */
    cx = (rc.left + rc.right) / 2 + (c->button_down ? 1 : 0);
    cy = (rc.top + rc.bottom) / 2 - 1 + (c->button_down ? 1 : 0);
    for (INT i = 0; i < 4; i++) {
        RECT line = { cx - 3 + i, cy - 1 + i, cx + 4 - i, cy + i };
        FillRect(hdc, &line, GetSysColorBrush(IsWindowEnabled(c->self) ? COLOR_BTNTEXT : COLOR_GRAYTEXT));
    }
}

static void paint(struct combo *c, HDC given)
{
    const struct user_gdi *g = user_gdi();
    PAINTSTRUCT ps;
    HDC hdc = given ? given : BeginPaint(c->self, &ps);
    RECT client, field, edge;

    if (!hdc || !g) goto done;
    GetClientRect(c->self, &client);
    if (kind(c) != CBS_SIMPLE) client.bottom = closed_height(c);
    else client.bottom = closed_height(c);
    /* the sunken edge */
    edge = client;
    FrameRect(hdc, &edge, GetSysColorBrush(COLOR_BTNSHADOW));
    InflateRect(&edge, -1, -1);
    FrameRect(hdc, &edge, GetSysColorBrush(COLOR_3DDKSHADOW));
    item_rect(c, &field);
    draw_button(c, hdc);
    if (!c->edit && (style_of(c) & (CBS_OWNERDRAWFIXED | CBS_OWNERDRAWVARIABLE))) {
        /* the parent draws the selected item in the field (ODS_COMBOBOXEDIT) */
        HWND parent = GetParent(c->self);
        INT sel = SendMessageW(c->list, LB_GETCURSEL, 0, 0);
        DRAWITEMSTRUCT dis;
        FillRect(hdc, &field, GetSysColorBrush(IsWindowEnabled(c->self) ? COLOR_WINDOW : COLOR_BTNFACE));
        dis.CtlType = ODT_COMBOBOX;
        dis.CtlID = GetDlgCtrlID(c->self);
        dis.itemID = sel;
        dis.itemAction = ODA_DRAWENTIRE;
        dis.itemState = ODS_COMBOBOXEDIT | (c->focused && !c->dropped ? ODS_SELECTED | ODS_FOCUS : 0) |
                        (IsWindowEnabled(c->self) ? 0 : ODS_DISABLED);
        dis.hwndItem = c->self;
        dis.hDC = hdc;
        dis.rcItem = field;
        InflateRect(&dis.rcItem, -1, -1);
        dis.itemData = sel >= 0 ? SendMessageW(c->list, LB_GETITEMDATA, sel, 0) : 0;
        if (parent) SendMessageW(parent, WM_DRAWITEM, dis.CtlID, (LPARAM)&dis);
    } else if (!c->edit) {
        /* a drop-down list: the selected item, highlighted while focused and closed */
        INT sel = SendMessageW(c->list, LB_GETCURSEL, 0, 0), len;
        BOOL hilite = c->focused && !c->dropped;
        HGDIOBJ old_font = g->select_object(hdc, c->font ? (HGDIOBJ)c->font : g->get_stock_object(SYSTEM_FONT));
        FillRect(hdc, &field, GetSysColorBrush(IsWindowEnabled(c->self) ? COLOR_WINDOW : COLOR_BTNFACE));
        if (sel >= 0 && (len = SendMessageW(c->list, LB_GETTEXTLEN, sel, 0)) >= 0) {
            WCHAR *text = calloc(len + 1, sizeof(WCHAR));
            RECT r = field;
            InflateRect(&r, -1, -1);
            if (text) {
                SendMessageW(c->list, LB_GETTEXT, sel, (LPARAM)text);
                if (hilite) FillRect(hdc, &r, GetSysColorBrush(COLOR_HIGHLIGHT));
                g->set_bk_mode(hdc, TRANSPARENT);
                g->set_text_color(hdc, GetSysColor(!IsWindowEnabled(c->self) ? COLOR_GRAYTEXT : hilite ? COLOR_HIGHLIGHTTEXT : COLOR_WINDOWTEXT));
                g->ext_text_out(hdc, r.left + 1, r.top, ETO_CLIPPED, &r, text, len, NULL);
                free(text);
            }
        }
        g->select_object(hdc, old_font);
    } else FillRect(hdc, &field, GetSysColorBrush(COLOR_WINDOW));
done:
    if (!given) EndPaint(c->self, &ps);
}

/* ---- keys and mouse ---- */

/* Returns TRUE when the key was the combo box's. */
static BOOL key(struct combo *c, WPARAM vk, BOOL alt)
{
    INT sel, count;

    if (vk == VK_F4 || (alt && (vk == VK_DOWN || vk == VK_UP))) {
        if (kind(c) == CBS_SIMPLE) return FALSE;
        if (c->dropped) roll_up(c, TRUE);
        else drop_down(c);
        return TRUE;
    }
    if (vk == VK_RETURN && c->dropped) {
        roll_up(c, TRUE);
        return TRUE;
    }
    if (vk == VK_ESCAPE && c->dropped) {
        roll_up(c, FALSE);
        return TRUE;
    }
    if (vk == VK_UP || vk == VK_DOWN || vk == VK_PRIOR || vk == VK_NEXT || (!c->edit && (vk == VK_HOME || vk == VK_END))) {
        sel = SendMessageW(c->list, LB_GETCURSEL, 0, 0);
        count = SendMessageW(c->list, LB_GETCOUNT, 0, 0);
        if (!count) return TRUE;
        switch (vk) {
        case VK_UP: sel = sel <= 0 ? 0 : sel - 1; break;
        case VK_DOWN: sel = sel < 0 ? 0 : sel + 1 < count ? sel + 1 : sel; break;
        case VK_HOME: sel = 0; break;
        case VK_END: sel = count - 1; break;
        case VK_PRIOR: sel = sel < 0 ? 0 : sel - 8 < 0 ? 0 : sel - 8; break;
        case VK_NEXT: sel = sel + 8 < count ? (sel < 0 ? 0 : sel + 8) : count - 1; break;
        }
        if (sel != SendMessageW(c->list, LB_GETCURSEL, 0, 0)) {
            /* a closed list takes the new item at once: CBN_SELENDOK first, as on Windows */
            if (!c->dropped) notify(c, CBN_SELENDOK);
            select_item(c, sel, TRUE);
        }
        return TRUE;
    }
    return FALSE;
}

/* The edit forwards the keys that work the list, and its focus. */
static LRESULT WINAPI edit_subclass(HWND hwnd, UINT msg, WPARAM wp, LPARAM lp)
{
    HWND parent = GetParent(hwnd);
    struct combo *c = parent ? get(parent) : NULL;

    if (!c || !c->edit_proc) return DefWindowProcW(hwnd, msg, wp, lp);
    switch (msg) {
    case WM_KEYDOWN:
    case WM_SYSKEYDOWN:
        if (key(c, wp, msg == WM_SYSKEYDOWN || (GetKeyState(VK_MENU) & 0x8000))) return 0;
        break;
    case WM_CHAR:
        if ((wp == '\r' || wp == 27) && c->dropped) return 0;
        break;
    case WM_GETDLGCODE: {
        LRESULT code = CallWindowProcW(c->edit_proc, hwnd, msg, wp, lp);
        /* while dropped, Enter and Esc close the list, not the dialog */
        if (c->dropped) code |= DLGC_WANTALLKEYS;
        return code | DLGC_WANTARROWS;
    }
    case WM_SETFOCUS:
        if (!c->focused) {
            c->focused = TRUE;
            notify(c, CBN_SETFOCUS);
        }
        break;
    case WM_KILLFOCUS:
        if ((HWND)wp != c->self && (HWND)wp != c->list) {
            if (c->dropped) roll_up(c, FALSE);
            c->focused = FALSE;
            notify(c, CBN_KILLFOCUS);
        }
        break;
    }
    return CallWindowProcW(c->edit_proc, hwnd, msg, wp, lp);
}

static void mouse_down(struct combo *c, POINT pt)
{
    RECT b;

    if (kind(c) == CBS_SIMPLE) return;
    SetFocus(c->edit ? c->edit : c->self);
    button_rect(c, &b);
    /* the button, or anywhere on a drop-down list, opens and closes */
    if (c->edit && !PtInRect(&b, pt)) return;
    if (c->dropped) {
        roll_up(c, TRUE);
        return;
    }
    c->button_down = TRUE;
    drop_down(c);
    c->button_down = FALSE;
    InvalidateRect(c->self, NULL, FALSE);
}

/* ---- the "ComboLBox" list ---- */

/* The list's combo box: in its second extra slot (a popup's owner is
 * the top-level, not the combo box). */
static HWND list_combo(HWND list)
{
    return (HWND)GetWindowLongPtrW(list, sizeof(LONG_PTR));
}

LRESULT WINAPI combolbox_proc(HWND hwnd, UINT msg, WPARAM wp, LPARAM lp)
{
    HWND combo = list_combo(hwnd);
    struct combo *c = combo ? get(combo) : NULL;
    LRESULT ret;
    INT before;

    /* the list does not notify (no LBS_NOTIFY: its parent is not the
     * combo box for a popup); the combo box sees the selection change here */
    if (c && !c->dropped && (msg == WM_LBUTTONDOWN || msg == WM_MOUSEMOVE || msg == WM_KEYDOWN || msg == WM_CHAR)) {
        before = SendMessageW(hwnd, LB_GETCURSEL, 0, 0);
        ret = listbox_proc(hwnd, msg, wp, lp);
        if (SendMessageW(hwnd, LB_GETCURSEL, 0, 0) != before) {
            update_edit(c);
            notify(c, CBN_SELCHANGE);
        }
        return ret;
    }
    switch (msg) {
    case WM_MOUSEACTIVATE: return MA_NOACTIVATE;
    case WM_LBUTTONDOWN:
        /* a click outside a dropped list closes it, keeping the selection */
        if (c && c->dropped) {
            RECT rc;
            POINT pt = { (SHORT)LOWORD(lp), (SHORT)HIWORD(lp) };
            GetClientRect(hwnd, &rc);
            if (!PtInRect(&rc, pt)) {
                roll_up(c, FALSE);
                return 0;
            }
        }
        break;
    case WM_LBUTTONUP:
        ret = listbox_proc(hwnd, msg, wp, lp);
        /* a click in a dropped list: closed, then CBN_SELCHANGE (Windows' order) */
        if (c && c->dropped) {
            roll_up(c, TRUE);
            SetFocus(c->edit ? c->edit : c->self);
            if (SendMessageW(hwnd, LB_GETCURSEL, 0, 0) != c->drop_sel) {
                update_edit(c);
                notify(c, CBN_SELCHANGE);
            }
        }
        return ret;
    case WM_GETDLGCODE: return DLGC_WANTARROWS | DLGC_WANTCHARS;
    }
    return listbox_proc(hwnd, msg, wp, lp);
}

/* ---- creation ---- */

static BOOL create(HWND hwnd, const CREATESTRUCTW *cs)
{
    struct combo *c = calloc(1, sizeof(*c));
    DWORD style = cs->style, lstyle;
    HINSTANCE inst = (HINSTANCE)GetWindowLongPtrW(hwnd, GWLP_HINSTANCE);

    if (!c) return FALSE;
    SetWindowLongPtrW(hwnd, 0, (LONG_PTR)c);
    c->self = hwnd;
    c->field_height = 13 * font_height(NULL) / 8 - 2 * BORDER;
    c->drop_height = cs->cy;
    lstyle = WS_BORDER | LBS_COMBOBOX | WS_VSCROLL | LBS_NOINTEGRALHEIGHT;
    if (style & CBS_SORT) lstyle |= LBS_SORT;
    if (style & CBS_HASSTRINGS) lstyle |= LBS_HASSTRINGS;
    if (style & CBS_OWNERDRAWFIXED) lstyle |= LBS_OWNERDRAWFIXED;
    if (style & CBS_OWNERDRAWVARIABLE) lstyle |= LBS_OWNERDRAWVARIABLE;
    if ((style & (CBS_OWNERDRAWFIXED | CBS_OWNERDRAWVARIABLE)) && cs->hwndParent) {
        /* the field's height is the parent's: WM_MEASUREITEM for item -1, before the list's own */
        MEASUREITEMSTRUCT mis;
        mis.CtlType = ODT_COMBOBOX;
        mis.CtlID = (UINT)(UINT_PTR)cs->hMenu;
        mis.itemID = (UINT)-1;
        mis.itemWidth = cs->cx;
        mis.itemHeight = c->field_height;
        mis.itemData = 0;
        SendMessageW(cs->hwndParent, WM_MEASUREITEM, mis.CtlID, (LPARAM)&mis);
        if (mis.itemHeight) c->field_height = mis.itemHeight;
    }
    if ((style & 3) == CBS_SIMPLE)
        c->list = CreateWindowExW(0, u"ComboLBox", NULL, lstyle | WS_CHILD | WS_VISIBLE, 0, 0, 0, 0, hwnd, (HMENU)ID_LIST, inst, hwnd);
    else
        /* the combo box rides in the creation data: a popup's owner is the top-level */
        c->list = CreateWindowExW(WS_EX_TOOLWINDOW, u"ComboLBox", NULL, lstyle | WS_POPUP, 0, 0, 0, 0, hwnd, 0, inst, hwnd);
    if (!c->list) return FALSE;
    SetWindowLongPtrW(c->list, sizeof(LONG_PTR), (LONG_PTR)hwnd);
    if ((style & 3) != CBS_DROPDOWNLIST) {
        DWORD estyle = WS_CHILD | WS_VISIBLE | ES_LEFT | ES_NOHIDESEL;
        if (style & CBS_AUTOHSCROLL) estyle |= ES_AUTOHSCROLL;
        if (style & CBS_UPPERCASE) estyle |= ES_UPPERCASE;
        if (style & CBS_LOWERCASE) estyle |= ES_LOWERCASE;
        if (!(c->edit = CreateWindowExW(0, u"Edit", NULL, estyle, 0, 0, 0, 0, hwnd, (HMENU)ID_EDIT, inst, NULL))) return FALSE;
        c->edit_proc = (WNDPROC)SetWindowLongPtrW(c->edit, GWLP_WNDPROC, (LONG_PTR)edit_subclass);
    }
    return TRUE;
}

/* The closed height for a dropdown; CBS_SIMPLE keeps the height given. */
static void fix_height(struct combo *c)
{
    RECT rc;
    GetWindowRect(c->self, &rc);
    if (kind(c) != CBS_SIMPLE && rc.bottom - rc.top != closed_height(c))
        SetWindowPos(c->self, 0, 0, 0, rc.right - rc.left, closed_height(c), SWP_NOMOVE | SWP_NOZORDER | SWP_NOACTIVATE);
    layout(c);
}

static LRESULT get_text(struct combo *c, UINT msg, WPARAM wp, LPARAM lp)
{
    INT sel, len;

    if (c->edit) return SendMessageW(c->edit, msg, wp, lp);
    sel = SendMessageW(c->list, LB_GETCURSEL, 0, 0);
    if (msg == WM_GETTEXTLENGTH) return sel < 0 ? 0 : SendMessageW(c->list, LB_GETTEXTLEN, sel, 0);
    if (!wp || !lp) return 0;
    if (sel < 0 || (len = SendMessageW(c->list, LB_GETTEXTLEN, sel, 0)) < 0) {
        *(WCHAR *)lp = 0;
        return 0;
    }
    if ((WPARAM)len < wp) return SendMessageW(c->list, LB_GETTEXT, sel, lp);
    {
        WCHAR *text = calloc(len + 1, sizeof(WCHAR));
        if (!text) return 0;
        SendMessageW(c->list, LB_GETTEXT, sel, (LPARAM)text);
        memcpy((WCHAR *)lp, text, (wp - 1) * sizeof(WCHAR));
        ((WCHAR *)lp)[wp - 1] = 0;
        free(text);
        return wp - 1;
    }
}

LRESULT WINAPI combo_proc(HWND hwnd, UINT msg, WPARAM wp, LPARAM lp)
{
    struct combo *c = get(hwnd);
    LRESULT ret;

    if (!c) {
        if (msg == WM_CREATE) {
            if (!create(hwnd, (const CREATESTRUCTW *)lp)) return -1;
            fix_height(get(hwnd));
            return 0;
        }
        return DefWindowProcW(hwnd, msg, wp, lp);
    }
    switch (msg) {
    case WM_NCDESTROY:
        /* the list goes first: its WM_DELETEITEMs come through us to the parent */
        if (kind(c) != CBS_SIMPLE && c->list) DestroyWindow(c->list);
        SetWindowLongPtrW(hwnd, 0, 0);
        free(c);
        return DefWindowProcW(hwnd, msg, wp, lp);
    case WM_SIZE:
        if (c->list) layout(c);
        return 0;
    case WM_ERASEBKGND: return 1;
    case WM_PAINT: paint(c, (HDC)wp); return 0;
    case WM_SETFONT:
        c->font = (HFONT)wp;
        /* an owner-drawn field keeps the height its parent measured */
        if (!(style_of(c) & (CBS_OWNERDRAWFIXED | CBS_OWNERDRAWVARIABLE)))
            c->field_height = 13 * font_height(c->font) / 8 - 2 * BORDER;
        if (c->edit) SendMessageW(c->edit, WM_SETFONT, wp, lp);
        SendMessageW(c->list, WM_SETFONT, wp, lp);
        fix_height(c);
        if (LOWORD(lp)) InvalidateRect(hwnd, NULL, TRUE);
        return 0;
    case WM_GETFONT: return (LRESULT)c->font;
    case WM_GETDLGCODE:
        return DLGC_WANTARROWS | DLGC_WANTCHARS | (c->dropped ? DLGC_WANTALLKEYS : 0);
    case WM_SETFOCUS:
        if (c->edit) SetFocus(c->edit);
        else {
            c->focused = TRUE;
            InvalidateRect(hwnd, NULL, TRUE);
            notify(c, CBN_SETFOCUS);
        }
        return 0;
    case WM_KILLFOCUS:
        if (!c->edit && (HWND)wp != c->list) {
            if (c->dropped) roll_up(c, FALSE);
            c->focused = FALSE;
            InvalidateRect(hwnd, NULL, TRUE);
            notify(c, CBN_KILLFOCUS);
        }
        return 0;
    case WM_KEYDOWN:
    case WM_SYSKEYDOWN:
        if (key(c, wp, msg == WM_SYSKEYDOWN || (GetKeyState(VK_MENU) & 0x8000))) return 0;
        if (c->edit) return SendMessageW(c->edit, msg, wp, lp);
        return msg == WM_SYSKEYDOWN ? DefWindowProcW(hwnd, msg, wp, lp) : 0;
    case WM_CHAR:
        if (c->edit) return SendMessageW(c->edit, msg, wp, lp);
        if (wp > ' ') {
            /* a drop-down list: the next item starting with the letter */
            WCHAR s[2] = { (WCHAR)wp, 0 };
            INT sel = SendMessageW(c->list, LB_GETCURSEL, 0, 0);
            INT i = SendMessageW(c->list, LB_FINDSTRING, sel, (LPARAM)s);
            if (i >= 0 && i != sel) select_item(c, i, TRUE);
        }
        return 0;
    case WM_LBUTTONDOWN:
    case WM_LBUTTONDBLCLK: {
        POINT pt = { (SHORT)LOWORD(lp), (SHORT)HIWORD(lp) };
        mouse_down(c, pt);
        return 0;
    }
    case WM_COMMAND:
        if ((HWND)lp == c->edit) {
            if (c->updating) return 0;
            if (HIWORD(wp) == EN_CHANGE) notify(c, CBN_EDITCHANGE);
            else if (HIWORD(wp) == EN_UPDATE) notify(c, CBN_EDITUPDATE);
        }
        return 0;
    case WM_MEASUREITEM:
    case WM_DRAWITEM:
    case WM_DELETEITEM:
    case WM_COMPAREITEM: {
        /* owner-drawn items are the combo box's owner's: with its id and type */
        HWND parent = GetParent(hwnd);
        UINT id = GetDlgCtrlID(hwnd);
        if (msg == WM_MEASUREITEM) {
            ((MEASUREITEMSTRUCT *)lp)->CtlType = ODT_COMBOBOX;
            ((MEASUREITEMSTRUCT *)lp)->CtlID = id;
        } else if (msg == WM_DRAWITEM) {
            ((DRAWITEMSTRUCT *)lp)->CtlType = ODT_COMBOBOX;
            ((DRAWITEMSTRUCT *)lp)->CtlID = id;
            ((DRAWITEMSTRUCT *)lp)->hwndItem = hwnd;
        } else if (msg == WM_DELETEITEM) {
            ((DELETEITEMSTRUCT *)lp)->CtlType = ODT_COMBOBOX;
            ((DELETEITEMSTRUCT *)lp)->CtlID = id;
            ((DELETEITEMSTRUCT *)lp)->hwndItem = hwnd;
        }
        return parent ? SendMessageW(parent, msg, id, lp) : 0;
    }
    case WM_SETTEXT:
        if (c->edit) return SendMessageW(c->edit, msg, wp, lp);
        {
            INT i = lp ? SendMessageW(c->list, LB_FINDSTRINGEXACT, -1, lp) : -1;
            if (i < 0) return CB_ERR;
            select_item(c, i, FALSE);
            return TRUE;
        }
    case WM_GETTEXT:
    case WM_GETTEXTLENGTH:
        return get_text(c, msg, wp, lp);
    case WM_ENABLE:
        if (c->edit) EnableWindow(c->edit, (BOOL)wp);
        EnableWindow(c->list, (BOOL)wp);
        InvalidateRect(hwnd, NULL, TRUE);
        return 0;

    case CB_ADDSTRING: return SendMessageW(c->list, LB_ADDSTRING, 0, lp);
    case CB_INSERTSTRING: return SendMessageW(c->list, LB_INSERTSTRING, wp, lp);
    case CB_DELETESTRING: return SendMessageW(c->list, LB_DELETESTRING, wp, 0);
    case CB_RESETCONTENT:
        SendMessageW(c->list, LB_RESETCONTENT, 0, 0);
        if (c->edit) update_edit(c);
        else InvalidateRect(hwnd, NULL, TRUE);
        return TRUE;
    case CB_GETCOUNT: return SendMessageW(c->list, LB_GETCOUNT, 0, 0);
    case CB_DIR: return SendMessageW(c->list, LB_DIR, wp, lp);
    case CB_GETLBTEXT: return SendMessageW(c->list, LB_GETTEXT, wp, lp);
    case CB_GETLBTEXTLEN: return SendMessageW(c->list, LB_GETTEXTLEN, wp, 0);
    case CB_GETCURSEL: return SendMessageW(c->list, LB_GETCURSEL, 0, 0);
    case CB_SETCURSEL:
        /* out of range fails and keeps the selection; -1 clears it */
        if ((INT)wp < -1 || (INT)wp >= SendMessageW(c->list, LB_GETCOUNT, 0, 0)) return CB_ERR;
        ret = SendMessageW(c->list, LB_SETCURSEL, wp, 0);
        update_edit(c);
        return ret;
    case CB_FINDSTRING: return SendMessageW(c->list, LB_FINDSTRING, wp, lp);
    case CB_FINDSTRINGEXACT: return SendMessageW(c->list, LB_FINDSTRINGEXACT, wp, lp);
    case CB_SELECTSTRING:
        ret = SendMessageW(c->list, LB_SELECTSTRING, wp, lp);
        if (ret >= 0) update_edit(c);
        return ret;
    case CB_GETITEMDATA: return SendMessageW(c->list, LB_GETITEMDATA, wp, 0);
    case CB_SETITEMDATA: return SendMessageW(c->list, LB_SETITEMDATA, wp, lp);
    case CB_GETTOPINDEX: return SendMessageW(c->list, LB_GETTOPINDEX, 0, 0);
    case CB_SETTOPINDEX: return SendMessageW(c->list, LB_SETTOPINDEX, wp, 0);
    case CB_INITSTORAGE: return SendMessageW(c->list, LB_INITSTORAGE, wp, lp);
    case CB_SHOWDROPDOWN:
        if (wp) drop_down(c);
        else roll_up(c, FALSE);
        return TRUE;
    case CB_GETDROPPEDSTATE: return c->dropped;
    case CB_GETDROPPEDCONTROLRECT:
        if (lp) {
            RECT *rc = (RECT *)lp;
            GetWindowRect(hwnd, rc);
            if (kind(c) != CBS_SIMPLE) rc->bottom = rc->top + c->drop_height;
        }
        return CB_OKAY;
    case CB_GETEDITSEL: {
        DWORD start, end;
        if (!c->edit) return CB_ERR;
        SendMessageW(c->edit, EM_GETSEL, (WPARAM)&start, (LPARAM)&end);
        if (wp) *(DWORD *)wp = start;
        if (lp) *(DWORD *)lp = end;
        return MAKELONG(start, end);
    }
    case CB_SETEDITSEL:
        if (!c->edit) return CB_ERR;
        SendMessageW(c->edit, EM_SETSEL, (SHORT)LOWORD(lp), (SHORT)HIWORD(lp));
        return TRUE;
    case CB_LIMITTEXT:
        return c->edit ? SendMessageW(c->edit, EM_LIMITTEXT, wp, 0) : TRUE;
    case CB_GETITEMHEIGHT:
        if ((INT)wp == -1) return c->field_height;
        return SendMessageW(c->list, LB_GETITEMHEIGHT, wp, 0);
    case CB_SETITEMHEIGHT:
        if ((INT)lp > 255 || (INT)lp < 0) return CB_ERR;
        if ((INT)wp == -1) {
            /* the edit's height; the field adds its padding */
            c->field_height = (INT)lp + 2;
            fix_height(c);
            InvalidateRect(hwnd, NULL, TRUE);
            return lp;
        }
        return SendMessageW(c->list, LB_SETITEMHEIGHT, wp, lp);
    case CB_GETCOMBOBOXINFO: {
        COMBOBOXINFO *info = (COMBOBOXINFO *)lp;
        if (!info || info->cbSize != sizeof(*info)) return FALSE;
        item_rect(c, &info->rcItem);
        button_rect(c, &info->rcButton);
        info->stateButton = kind(c) == CBS_SIMPLE ? STATE_SYSTEM_INVISIBLE : c->dropped ? STATE_SYSTEM_PRESSED : 0;
        info->hwndCombo = hwnd;
        info->hwndItem = c->edit ? c->edit : hwnd;
        info->hwndList = c->list;
        return TRUE;
    }
    case CB_GETEXTENDEDUI: return FALSE;
    case CB_SETEXTENDEDUI: return CB_OKAY;
    }
    return DefWindowProcW(hwnd, msg, wp, lp);
}

WINUSERAPI BOOL WINAPI GetComboBoxInfo(HWND hwnd, COMBOBOXINFO *info)
{
    return SendMessageW(hwnd, CB_GETCOMBOBOXINFO, 0, (LPARAM)info);
}
