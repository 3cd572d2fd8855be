/*
 * The toolbar ("ToolbarWindow32"), its basics: buttons added, inserted
 * and deleted by message; TBSTYLE_SEP separators, TBSTYLE_CHECK buttons
 * and TBSTYLE_GROUP radio groups; button states by command id; a
 * string pool (TB_ADDSTRING) or string pointers for the buttons' text;
 * a click sends WM_COMMAND with the button's command id to the parent
 * (or the window TB_SETPARENT names), then NM_CLICK. Buttons draw their
 * image (iBitmap) from the image list TB_SETIMAGELIST gives, or from the
 * one TB_ADDBITMAP builds from a program's bitmaps, centred above the
 * text; disabled ones from the disabled list or embossed. The standard
 * bitmaps (HINST_COMMCTRL) are counted but draw nothing: comctl32 has no
 * bitmap resources. BTNS_DROPDOWN buttons send TBN_DROPDOWN when pressed.
 * Tooltips, customization and hot tracking are not done. Unless
 * CCS_NORESIZE, the toolbar sits at the top of its parent's client
 * area, as wide as it.
 */
#include <stdlib.h>
#include <string.h>
#include "comctl32_private.h"
#include "winrun/unicode.h"

WINUSERAPI INT WINAPI LoadStringW(HINSTANCE, UINT, LPWSTR, INT);
WINUSERAPI HBITMAP WINAPI LoadBitmapW(HINSTANCE, LPCWSTR);

#define DEFAULT_CX   24
#define DEFAULT_CY   22
#define SEP_WIDTH    8
#define TOP_MARGIN   2   /* the divider line and the space under it */
#define DEFAULT_BMP_CX 16
#define DEFAULT_BMP_CY 15
#define MASK_COLOR   RGB(192, 192, 192)  /* the face colour of toolbar bitmaps */

struct button {
    TBBUTTON tb;        /* as the program gave it */
    WCHAR *text;        /* from a string pointer (iString not an index) */
    RECT rc;
};

struct toolbar {
    HWND hwnd, notify;
    struct button *buttons;
    INT count;
    WCHAR **strings;
    INT nstrings;
    INT images;         /* counted by TB_ADDBITMAP */
    TBADDBITMAP *added; /* what TB_ADDBITMAP got, ... */
    INT *added_first;   /* ... and the index it returned */
    INT nadded;
    HIMAGELIST list, disabled, hot;
    BOOL own_list;      /* LIST was made by TB_ADDBITMAP: destroyed with us */
    INT bmp_cx, bmp_cy; /* TB_SETBITMAPSIZE */
    INT cx, cy;         /* button size */
    INT row_h;          /* the buttons' height: cy, or more for text under images */
    INT pressed;        /* the button under the mouse's press, or -1 */
    HFONT font;
    HWND tooltip;       /* TBSTYLE_TOOLTIPS (toolbar_tips.c) */
};

static BOOL is_index(INT_PTR p)
{
    return ((ULONG_PTR)p >> 16) == 0 || p == -1;
}

static const WCHAR *button_text(struct toolbar *tb, const struct button *b)
{
    if (b->text) return b->text;
    if (b->tb.iString >= 0 && b->tb.iString < tb->nstrings) return tb->strings[b->tb.iString];
    return NULL;
}

static HFONT toolbar_font(struct toolbar *tb)
{
    return tb->font ? tb->font : (HFONT)GetStockObject(DEFAULT_GUI_FONT);
}

/* lay the buttons out in one row; text makes buttons wide enough for it,
 * and tall enough for an image above it when there are images */
static void layout(struct toolbar *tb)
{
    HDC hdc = GetDC(tb->hwnd);
    HGDIOBJ old = SelectObject(hdc, toolbar_font(tb));
    INT x = 0;
    tb->row_h = tb->cy;
    if (tb->list) {
        TEXTMETRICW tm;
        for (INT i = 0; i < tb->count; i++)
            if (button_text(tb, &tb->buttons[i]) && GetTextMetricsW(hdc, &tm)) {
                if (tb->bmp_cy + 7 + tm.tmHeight > tb->row_h) tb->row_h = tb->bmp_cy + 7 + tm.tmHeight;
                break;
            }
    }
    for (INT i = 0; i < tb->count; i++) {
        struct button *b = &tb->buttons[i];
        INT w = tb->cx;
        if (b->tb.fsState & TBSTATE_HIDDEN) w = 0;
        else if (b->tb.fsStyle & TBSTYLE_SEP) w = b->tb.iBitmap > 0 ? b->tb.iBitmap : SEP_WIDTH;
        else {
            const WCHAR *text = button_text(tb, b);
            SIZE size;
            if (text && GetTextExtentPoint32W(hdc, text, (INT)wcs_len(text), &size) && size.cx + 8 > w)
                w = size.cx + 8;
        }
        SetRect(&b->rc, x, TOP_MARGIN, x + w, TOP_MARGIN + tb->row_h);
        x += w;
    }
    /* one tool per visible button, at its new place */
    if (tb->tooltip) {
        toolbar_tips_clear(tb->tooltip, tb->hwnd);
        for (INT i = 0; i < tb->count; i++) {
            struct button *b = &tb->buttons[i];
            if (!(b->tb.fsStyle & TBSTYLE_SEP) && !(b->tb.fsState & TBSTATE_HIDDEN))
                toolbar_tips_add(tb->tooltip, tb->hwnd, b->tb.idCommand, &b->rc);
        }
    }
    SelectObject(hdc, old);
    ReleaseDC(tb->hwnd, hdc);
}

static void align_to_parent(struct toolbar *tb)
{
    RECT rc;
    HWND parent = GetParent(tb->hwnd);
    if ((GetWindowLongW(tb->hwnd, GWL_STYLE) & CCS_NORESIZE) || !parent) return;
    GetClientRect(parent, &rc);
    MoveWindow(tb->hwnd, 0, 0, rc.right, tb->row_h + TOP_MARGIN + 2, TRUE);
}

static void changed(struct toolbar *tb)
{
    layout(tb);
    InvalidateRect(tb->hwnd, NULL, TRUE);
}

static INT command_to_index(struct toolbar *tb, INT id)
{
    for (INT i = 0; i < tb->count; i++)
        if (tb->buttons[i].tb.idCommand == id && !(tb->buttons[i].tb.fsStyle & TBSTYLE_SEP)) return i;
    return -1;
}

/* a button's image, centred, above the text if it has some; returns
 * where the image ends (0 when none was drawn) */
static INT draw_image(struct toolbar *tb, const struct button *b, HDC hdc, BOOL down, BOOL text)
{
    HIMAGELIST list = tb->list;
    INT cx, cy, x, y;
    if (b->tb.iBitmap < 0 || !list || b->tb.iBitmap >= ImageList_GetImageCount(list) ||
        !ImageList_GetIconSize(list, &cx, &cy))
        return 0;
    x = b->rc.left + (b->rc.right - b->rc.left - cx) / 2;
    y = text ? b->rc.top + 3 : b->rc.top + (b->rc.bottom - b->rc.top - cy) / 2;
    if (down) { x++; y++; }
    if (b->tb.fsState & TBSTATE_ENABLED) ImageList_Draw(list, b->tb.iBitmap, hdc, x, y, ILD_TRANSPARENT);
    else if (tb->disabled && b->tb.iBitmap < ImageList_GetImageCount(tb->disabled))
        ImageList_Draw(tb->disabled, b->tb.iBitmap, hdc, x, y, ILD_TRANSPARENT);
    else imagelist_draw_disabled(list, b->tb.iBitmap, hdc, x, y);
    return y + cy;
}

/* TB_ADDBITMAP: N images from a bitmap resource (hInst, nID) or an
 * HBITMAP (hInst NULL) into the toolbar's own list; the standard bitmaps
 * (HINST_COMMCTRL) are counted only. Returns the first image's index. */
static LRESULT add_bitmap(struct toolbar *tb, INT n, const TBADDBITMAP *ab)
{
    static const INT std_counts[] = { 15, 15, 0, 0, 12, 12, 0, 0, 5, 5 };
    HBITMAP bmp;
    INT first = tb->images;
    TBADDBITMAP *added;
    INT *added_first;
    if (!ab || n < 0) return -1;
    /* the same bitmap again gives the index it got the first time */
    for (INT k = 0; k < tb->nadded; k++)
        if (tb->added[k].hInst == ab->hInst && tb->added[k].nID == ab->nID) return tb->added_first[k];
    if (!(added = realloc(tb->added, (tb->nadded + 1) * sizeof(*added)))) return -1;
    tb->added = added;
    if (!(added_first = realloc(tb->added_first, (tb->nadded + 1) * sizeof(*added_first)))) return -1;
    tb->added_first = added_first;
    added[tb->nadded] = *ab;
    added_first[tb->nadded++] = first;
    if (ab->hInst == HINST_COMMCTRL) {
        if (ab->nID < sizeof(std_counts) / sizeof(std_counts[0]) && std_counts[ab->nID]) n = std_counts[ab->nID];
        tb->images += n;
        return first;
    }
    bmp = ab->hInst ? LoadBitmapW(ab->hInst, (LPCWSTR)ab->nID) : (HBITMAP)ab->nID;
    if (!bmp) return -1;
    if (!tb->list) {
        tb->list = ImageList_Create(tb->bmp_cx, tb->bmp_cy, ILC_COLOR24 | ILC_MASK, n > 0 ? n : 4, 4);
        tb->own_list = tb->list != NULL;
    }
    /* the images go after the counted ones (standard bitmaps have none) */
    if (tb->list) {
        if (ImageList_GetImageCount(tb->list) < first) ImageList_SetImageCount(tb->list, first);
        ImageList_AddMasked(tb->list, bmp, MASK_COLOR);
    }
    if (ab->hInst) DeleteObject(bmp);
    tb->images += n;
    InvalidateRect(tb->hwnd, NULL, TRUE);
    return first;
}

static HIMAGELIST set_list(struct toolbar *tb, HIMAGELIST *slot, HIMAGELIST himl)
{
    HIMAGELIST old = *slot;
    if (slot == &tb->list) {
        if (tb->own_list) {
            ImageList_Destroy(old);
            old = NULL;
        }
        tb->own_list = FALSE;
        if (himl) ImageList_GetIconSize(himl, &tb->bmp_cx, &tb->bmp_cy);
    }
    *slot = himl;
    changed(tb);
    return old;
}

static void notify(struct toolbar *tb, NMHDR *hdr, UINT code)
{
    hdr->hwndFrom = tb->hwnd;
    hdr->idFrom = GetDlgCtrlID(tb->hwnd);
    hdr->code = code;
    SendMessageW(tb->notify, WM_NOTIFY, hdr->idFrom, (LPARAM)hdr);
}

static void paint(struct toolbar *tb, HDC hdc)
{
    RECT rc;
    DWORD style = GetWindowLongW(tb->hwnd, GWL_STYLE);
    HGDIOBJ old = SelectObject(hdc, toolbar_font(tb));

    GetClientRect(tb->hwnd, &rc);
    FillRect(hdc, &rc, GetSysColorBrush(COLOR_BTNFACE));
    if (!(style & CCS_NODIVIDER)) {
        RECT line = { rc.left, 0, rc.right, 1 };
        FillRect(hdc, &line, GetSysColorBrush(COLOR_BTNSHADOW));
        OffsetRect(&line, 0, 1);
        FillRect(hdc, &line, GetSysColorBrush(COLOR_BTNHIGHLIGHT));
    }
    SetBkMode(hdc, TRANSPARENT);
    for (INT i = 0; i < tb->count; i++) {
        struct button *b = &tb->buttons[i];
        BYTE state = b->tb.fsState;
        if (state & TBSTATE_HIDDEN) continue;
        if (b->tb.fsStyle & TBSTYLE_SEP) {
            if (style & TBSTYLE_FLAT) {
                RECT sep = { b->rc.left + b->rc.right, b->rc.top, 0, b->rc.bottom };
                sep.left /= 2;
                sep.right = sep.left + 1;
                FillRect(hdc, &sep, GetSysColorBrush(COLOR_BTNSHADOW));
            }
            continue;
        }
        BOOL down = (state & (TBSTATE_PRESSED | TBSTATE_CHECKED)) != 0;
        if (down || !(style & TBSTYLE_FLAT)) draw_edge(hdc, &b->rc, !down);
        const WCHAR *text = button_text(tb, b);
        INT image_bottom = draw_image(tb, b, hdc, down, text != NULL);
        if (text) {
            RECT t = b->rc;
            if (image_bottom) t.top = image_bottom;
            if (down) OffsetRect(&t, 1, 1);
            SetTextColor(hdc, GetSysColor((state & TBSTATE_ENABLED) ? COLOR_BTNTEXT : COLOR_GRAYTEXT));
            DrawTextW(hdc, text, -1, &t, DT_CENTER | DT_VCENTER | DT_SINGLELINE);
        }
    }
    SelectObject(hdc, old);
}

static BOOL insert_buttons(struct toolbar *tb, INT at, INT n, const TBBUTTON *src, BOOL unicode)
{
    struct button *buttons;
    if (n <= 0 || !src) return FALSE;
    if (at < 0 || at > tb->count) at = tb->count;
    if (!(buttons = realloc(tb->buttons, (tb->count + n) * sizeof(*buttons)))) return FALSE;
    tb->buttons = buttons;
    memmove(&buttons[at + n], &buttons[at], (tb->count - at) * sizeof(*buttons));
    for (INT i = 0; i < n; i++) {
        struct button *b = &buttons[at + i];
        memset(b, 0, sizeof(*b));
        b->tb = src[i];
        if (!is_index(src[i].iString)) b->text = str_dup_aw((const void *)src[i].iString, unicode);
    }
    tb->count += n;
    changed(tb);
    return TRUE;
}

static BOOL delete_button(struct toolbar *tb, INT index)
{
    if (index < 0 || index >= tb->count) return FALSE;
    free(tb->buttons[index].text);
    memmove(&tb->buttons[index], &tb->buttons[index + 1], (tb->count - index - 1) * sizeof(*tb->buttons));
    tb->count--;
    if (tb->pressed >= tb->count) tb->pressed = -1;
    changed(tb);
    return TRUE;
}

static INT add_string(struct toolbar *tb, const WCHAR *s)
{
    WCHAR **strings = realloc(tb->strings, (tb->nstrings + 1) * sizeof(*strings));
    if (!strings) return -1;
    tb->strings = strings;
    if (!(strings[tb->nstrings] = str_dup_aw(s, TRUE))) return -1;
    return tb->nstrings++;
}

/* a double-NUL-terminated list, or a resource string when MODULE is given */
static LRESULT add_strings(struct toolbar *tb, HINSTANCE module, LPARAM lparam, BOOL unicode)
{
    INT first = tb->nstrings;
    if (module) {
        WCHAR buf[512];
        if (!LoadStringW(module, (UINT)lparam, buf, 512)) return -1;
        return add_string(tb, buf);
    }
    if (!lparam) return -1;
    if (unicode) {
        for (const WCHAR *p = (const WCHAR *)lparam; *p; p += wcs_len(p) + 1)
            if (add_string(tb, p) < 0) return -1;
    } else {
        for (const char *p = (const char *)lparam; *p; p += strlen(p) + 1) {
            WCHAR *w = str_dup_aw(p, FALSE);
            INT ret = w ? add_string(tb, w) : -1;
            free(w);
            if (ret < 0) return -1;
        }
    }
    return first;
}

/* checking a button of a TBSTYLE_GROUP run unchecks the others of it */
static void set_checked(struct toolbar *tb, INT index, BOOL check)
{
    struct button *b = &tb->buttons[index];
    if (check && (b->tb.fsStyle & TBSTYLE_GROUP)) {
        for (INT i = index - 1; i >= 0 && (tb->buttons[i].tb.fsStyle & TBSTYLE_GROUP) &&
             !(tb->buttons[i].tb.fsStyle & TBSTYLE_SEP); i--)
            tb->buttons[i].tb.fsState &= ~TBSTATE_CHECKED;
        for (INT i = index + 1; i < tb->count && (tb->buttons[i].tb.fsStyle & TBSTYLE_GROUP) &&
             !(tb->buttons[i].tb.fsStyle & TBSTYLE_SEP); i++)
            tb->buttons[i].tb.fsState &= ~TBSTATE_CHECKED;
    }
    if (check) b->tb.fsState |= TBSTATE_CHECKED;
    else b->tb.fsState &= ~TBSTATE_CHECKED;
    InvalidateRect(tb->hwnd, NULL, TRUE);
}

static INT hit_test(struct toolbar *tb, LPARAM lparam)
{
    POINT pt = { (SHORT)LOWORD(lparam), (SHORT)HIWORD(lparam) };
    for (INT i = 0; i < tb->count; i++) {
        struct button *b = &tb->buttons[i];
        if (!(b->tb.fsStyle & TBSTYLE_SEP) && !(b->tb.fsState & TBSTATE_HIDDEN) && PtInRect(&b->rc, pt))
            return i;
    }
    return -1;
}

/* TB_ENABLEBUTTON and its kin: set or clear FLAG of the button with id ID */
static LRESULT set_state_bit(struct toolbar *tb, INT id, BYTE flag, BOOL on)
{
    INT i = command_to_index(tb, id);
    if (i < 0) return FALSE;
    if (flag == TBSTATE_CHECKED) set_checked(tb, i, on);
    else if (on) tb->buttons[i].tb.fsState |= flag;
    else tb->buttons[i].tb.fsState &= ~flag;
    if (flag == TBSTATE_HIDDEN) layout(tb);
    InvalidateRect(tb->hwnd, NULL, TRUE);
    return TRUE;
}

static LRESULT get_state_bit(struct toolbar *tb, INT id, BYTE flag)
{
    INT i = command_to_index(tb, id);
    return i < 0 ? -1 : (tb->buttons[i].tb.fsState & flag);
}

LRESULT WINAPI toolbar_proc(HWND hwnd, UINT msg, WPARAM wparam, LPARAM lparam)
{
    struct toolbar *tb = control_data(hwnd);
    PAINTSTRUCT ps;
    INT i;

    if (!tb && msg != WM_NCCREATE) return DefWindowProcW(hwnd, msg, wparam, lparam);
    if (tb && tb->tooltip && (msg == WM_MOUSEMOVE || msg == WM_LBUTTONDOWN || msg == WM_LBUTTONUP ||
                              msg == WM_RBUTTONDOWN || msg == WM_RBUTTONUP))
        toolbar_tips_relay(tb->tooltip, hwnd, msg, wparam, lparam);
    switch (msg) {
    case WM_NCCREATE:
        if (!(tb = calloc(1, sizeof(*tb)))) return FALSE;
        tb->hwnd = hwnd;
        tb->notify = ((const CREATESTRUCTW *)lparam)->hwndParent;
        tb->cx = DEFAULT_CX;
        tb->cy = tb->row_h = DEFAULT_CY;
        tb->pressed = -1;
        tb->bmp_cx = DEFAULT_BMP_CX;
        tb->bmp_cy = DEFAULT_BMP_CY;
        control_set_data(hwnd, tb);
        return DefWindowProcW(hwnd, msg, wparam, lparam);
    case WM_CREATE:
        if (GetWindowLongW(hwnd, GWL_STYLE) & TBSTYLE_TOOLTIPS) tb->tooltip = toolbar_tips_create(hwnd);
        align_to_parent(tb);
        return 0;
    case WM_NCDESTROY:
        for (i = 0; i < tb->count; i++) free(tb->buttons[i].text);
        for (i = 0; i < tb->nstrings; i++) free(tb->strings[i]);
        free(tb->buttons);
        free(tb->strings);
        if (tb->own_list) ImageList_Destroy(tb->list);
        free(tb->added);
        free(tb->added_first);
        if (tb->tooltip) DestroyWindow(tb->tooltip);
        free(tb);
        control_set_data(hwnd, NULL);
        return DefWindowProcW(hwnd, msg, wparam, lparam);
    case WM_SIZE:
        align_to_parent(tb);
        return 0;
    case WM_PRINTCLIENT:
    case WM_PAINT:
        if (wparam) paint(tb, (HDC)wparam);
        else {
            HDC hdc = BeginPaint(hwnd, &ps);
            paint(tb, hdc);
            EndPaint(hwnd, &ps);
        }
        return 0;
    case WM_ERASEBKGND:
        return 1;
    case WM_SETFONT:
        tb->font = (HFONT)wparam;
        changed(tb);
        return 0;
    case WM_GETFONT:
        return (LRESULT)tb->font;
    case WM_LBUTTONDOWN:
    case WM_LBUTTONDBLCLK:
        i = hit_test(tb, lparam);
        if (i < 0 || !(tb->buttons[i].tb.fsState & TBSTATE_ENABLED)) return 0;
        if (tb->buttons[i].tb.fsStyle & BTNS_DROPDOWN) {
            /* the program shows its menu; the button sends no WM_COMMAND */
            NMTOOLBARW nt;
            memset(&nt, 0, sizeof(nt));
            nt.iItem = tb->buttons[i].tb.idCommand;
            nt.tbButton = tb->buttons[i].tb;
            nt.rcButton = tb->buttons[i].rc;
            notify(tb, &nt.hdr, TBN_DROPDOWN);
            return 0;
        }
        tb->pressed = i;
        tb->buttons[i].tb.fsState |= TBSTATE_PRESSED;
        SetCapture(hwnd);
        InvalidateRect(hwnd, &tb->buttons[i].rc, TRUE);
        return 0;
    case WM_LBUTTONUP:
        if (tb->pressed < 0) return 0;
        i = tb->pressed;
        tb->pressed = -1;
        tb->buttons[i].tb.fsState &= ~TBSTATE_PRESSED;
        if (GetCapture() == hwnd) ReleaseCapture();
        InvalidateRect(hwnd, NULL, TRUE);
        if (hit_test(tb, lparam) == i) {
            TBBUTTON *b = &tb->buttons[i].tb;
            NMMOUSE nm;
            if (b->fsStyle & TBSTYLE_CHECK) {
                /* a group button stays down when clicked again */
                if (b->fsStyle & TBSTYLE_GROUP) set_checked(tb, i, TRUE);
                else set_checked(tb, i, !(b->fsState & TBSTATE_CHECKED));
            }
            SendMessageW(tb->notify, WM_COMMAND, MAKELONG(b->idCommand, 0), (LPARAM)hwnd);
            memset(&nm, 0, sizeof(nm));
            nm.dwItemSpec = b->idCommand;
            nm.dwItemData = b->dwData;
            nm.pt.x = (SHORT)LOWORD(lparam);
            nm.pt.y = (SHORT)HIWORD(lparam);
            notify(tb, &nm.hdr, NM_CLICK);
        }
        return 0;
    case WM_CANCELMODE:
        if (tb->pressed >= 0) tb->buttons[tb->pressed].tb.fsState &= ~TBSTATE_PRESSED;
        tb->pressed = -1;
        return 0;
    case WM_NOTIFY:
        if (tb->tooltip && lparam && ((NMHDR *)lparam)->hwndFrom == tb->tooltip)
            return toolbar_tips_forward(tb->notify, (NMHDR *)lparam);
        break;
    case TB_GETTOOLTIPS:
        return (LRESULT)tb->tooltip;
    case TB_SETTOOLTIPS:
        tb->tooltip = (HWND)wparam;
        changed(tb);
        return 0;
    case TB_BUTTONSTRUCTSIZE:
        return 0;
    case TB_ADDBUTTONSA:
    case TB_ADDBUTTONSW:
        return insert_buttons(tb, -1, (INT)wparam, (const TBBUTTON *)lparam, msg == TB_ADDBUTTONSW);
    case TB_INSERTBUTTONA:
    case TB_INSERTBUTTONW:
        return insert_buttons(tb, (INT)wparam, 1, (const TBBUTTON *)lparam, msg == TB_INSERTBUTTONW);
    case TB_DELETEBUTTON:
        return delete_button(tb, (INT)wparam);
    case TB_BUTTONCOUNT:
        return tb->count;
    case TB_GETBUTTON:
        if ((INT)wparam < 0 || (INT)wparam >= tb->count || !lparam) return FALSE;
        *(TBBUTTON *)lparam = tb->buttons[wparam].tb;
        return TRUE;
    case TB_COMMANDTOINDEX:
        return command_to_index(tb, (INT)wparam);
    case TB_GETITEMRECT:
        if ((INT)wparam < 0 || (INT)wparam >= tb->count || !lparam) return FALSE;
        *(RECT *)lparam = tb->buttons[wparam].rc;
        return TRUE;
    case TB_ADDSTRINGA:
    case TB_ADDSTRINGW:
        return add_strings(tb, (HINSTANCE)wparam, lparam, msg == TB_ADDSTRINGW);
    case TB_ADDBITMAP:
        return add_bitmap(tb, (INT)wparam, (const TBADDBITMAP *)lparam);
    case TB_SETIMAGELIST:
        return (LRESULT)set_list(tb, &tb->list, (HIMAGELIST)lparam);
    case TB_GETIMAGELIST:
        return (LRESULT)tb->list;
    case TB_SETDISABLEDIMAGELIST:
        return (LRESULT)set_list(tb, &tb->disabled, (HIMAGELIST)lparam);
    case TB_GETDISABLEDIMAGELIST:
        return (LRESULT)tb->disabled;
    case TB_SETHOTIMAGELIST:
        return (LRESULT)set_list(tb, &tb->hot, (HIMAGELIST)lparam);
    case TB_GETHOTIMAGELIST:
        return (LRESULT)tb->hot;
    case TB_SETBUTTONSIZE:
        if (LOWORD(lparam)) tb->cx = LOWORD(lparam);
        if (HIWORD(lparam)) tb->cy = HIWORD(lparam);
        changed(tb);
        return TRUE;
    case TB_GETBUTTONSIZE:
        return MAKELONG(tb->cx, tb->cy);
    case TB_SETBITMAPSIZE:
        tb->bmp_cx = LOWORD(lparam) ? LOWORD(lparam) : 1;
        tb->bmp_cy = HIWORD(lparam) ? HIWORD(lparam) : 1;
        /* the toolbar's own list takes the new size while it is empty */
        if (tb->own_list && !ImageList_GetImageCount(tb->list)) ImageList_SetIconSize(tb->list, tb->bmp_cx, tb->bmp_cy);
        return TRUE;
    case TB_AUTOSIZE:
        align_to_parent(tb);
        return 0;
    case TB_SETPARENT: {
        HWND old = tb->notify;
        tb->notify = (HWND)wparam;
        return (LRESULT)old;
    }
    case TB_ENABLEBUTTON:
        return set_state_bit(tb, (INT)wparam, TBSTATE_ENABLED, LOWORD(lparam));
    case TB_CHECKBUTTON:
        return set_state_bit(tb, (INT)wparam, TBSTATE_CHECKED, LOWORD(lparam));
    case TB_PRESSBUTTON:
        return set_state_bit(tb, (INT)wparam, TBSTATE_PRESSED, LOWORD(lparam));
    case TB_HIDEBUTTON:
        return set_state_bit(tb, (INT)wparam, TBSTATE_HIDDEN, LOWORD(lparam));
    case TB_INDETERMINATE:
        return set_state_bit(tb, (INT)wparam, TBSTATE_INDETERMINATE, LOWORD(lparam));
    case TB_ISBUTTONENABLED:
        return get_state_bit(tb, (INT)wparam, TBSTATE_ENABLED);
    case TB_ISBUTTONCHECKED:
        return get_state_bit(tb, (INT)wparam, TBSTATE_CHECKED);
    case TB_ISBUTTONPRESSED:
        return get_state_bit(tb, (INT)wparam, TBSTATE_PRESSED);
    case TB_ISBUTTONHIDDEN:
        return get_state_bit(tb, (INT)wparam, TBSTATE_HIDDEN);
    case TB_ISBUTTONINDETERMINATE:
        return get_state_bit(tb, (INT)wparam, TBSTATE_INDETERMINATE);
    case TB_GETSTATE:
        i = command_to_index(tb, (INT)wparam);
        return i < 0 ? -1 : tb->buttons[i].tb.fsState;
    case TB_SETSTATE:
        i = command_to_index(tb, (INT)wparam);
        if (i < 0) return FALSE;
        tb->buttons[i].tb.fsState = (BYTE)LOWORD(lparam);
        changed(tb);
        return TRUE;
    }
    return DefWindowProcW(hwnd, msg, wparam, lparam);
}
