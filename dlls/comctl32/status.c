/*
 * The status bar ("msctls_statusbar32"): up to 256 parts whose right
 * edges SB_SETPARTS gives (-1 = to the end), each with a text and its
 * SBT_* drawing type, and a simple mode showing one text
 * (SB_SIMPLE). Unless CCS_NORESIZE, WM_SIZE puts the bar across the
 * bottom of its parent's client area; its height follows the font the
 * way comctl32 computes it (text height, internal leading, borders).
 * A click sends NM_CLICK (an NMMOUSE naming the part) to the parent.
 * Tooltips, icons and owner-drawn parts are not drawn.
 */
#include <stdlib.h>
#include <string.h>
#include "comctl32_private.h"

#define MAX_PARTS   256
#define HORZ_GAP    2
#define VERT_BORDER 2
#define SM_CYBORDER 6
#define SM_CYSIZE   31

struct part {
    INT right;      /* as SB_SETPARTS gave it */
    UINT type;      /* SBT_* */
    WCHAR *text;
};

struct status {
    HWND hwnd;
    INT count;
    struct part parts[MAX_PARTS];
    struct part simple_part;
    BOOL simple;
    INT height, min_height;
    HFONT font;
    COLORREF bk;
};

static HFONT status_font(struct status *sb)
{
    return sb->font ? sb->font : (HFONT)GetStockObject(DEFAULT_GUI_FONT);
}

static void compute_height(struct status *sb)
{
    TEXTMETRICW tm;
    HDC hdc = GetDC(sb->hwnd);
    HGDIOBJ old = SelectObject(hdc, status_font(sb));
    GetTextMetricsW(hdc, &tm);
    SelectObject(hdc, old);
    ReleaseDC(sb->hwnd, hdc);
    INT h = tm.tmHeight + (tm.tmInternalLeading ? tm.tmInternalLeading : 2) + 2 * GetSystemMetrics(SM_CYBORDER);
    if (h < sb->min_height) h = sb->min_height;
    sb->height = h + VERT_BORDER;
}

static void part_rect(struct status *sb, INT index, RECT *rc)
{
    RECT client;
    GetClientRect(sb->hwnd, &client);
    rc->top = VERT_BORDER;
    rc->bottom = client.bottom;
    if (sb->simple) {
        rc->left = 0;
        rc->right = client.right;
        return;
    }
    rc->left = 0;
    for (INT i = 0; i < index; i++) {
        INT r = sb->parts[i].right;
        rc->left = (r == -1 ? client.right : r) + HORZ_GAP;
    }
    rc->right = sb->parts[index].right == -1 ? client.right : sb->parts[index].right;
}

static void paint(struct status *sb, HDC hdc)
{
    RECT rc;
    HGDIOBJ old = SelectObject(hdc, status_font(sb));
    GetClientRect(sb->hwnd, &rc);
    if (sb->bk == CLR_DEFAULT) FillRect(hdc, &rc, GetSysColorBrush(COLOR_BTNFACE));
    else fill_color(hdc, &rc, sb->bk);
    if (sb->simple) {
        part_rect(sb, 0, &rc);
        DrawStatusTextW(hdc, &rc, sb->simple_part.text, sb->simple_part.type);
    } else {
        for (INT i = 0; i < sb->count; i++) {
            part_rect(sb, i, &rc);
            DrawStatusTextW(hdc, &rc, sb->parts[i].text, sb->parts[i].type);
        }
    }
    SelectObject(hdc, old);
}

/* wparam: the part (SB_SIMPLEID for the simple text) and the SBT_* type */
static LRESULT set_text(struct status *sb, WPARAM wparam, const void *text, BOOL unicode)
{
    UINT index = wparam & 0xff;
    struct part *part;
    WCHAR *copy;

    if (index == SB_SIMPLEID) part = &sb->simple_part;
    else if ((INT)index < sb->count) part = &sb->parts[index];
    else return FALSE;
    /* an owner-drawn part keeps the pointer as data; it is not drawn here */
    copy = (wparam & SBT_OWNERDRAW) ? NULL : str_dup_aw(text, unicode);
    free(part->text);
    part->text = copy;
    part->type = wparam & 0xff00;
    InvalidateRect(sb->hwnd, NULL, FALSE);
    return TRUE;
}

static LRESULT get_text(struct status *sb, INT index, void *buf, BOOL unicode)
{
    struct part *part;
    /* the simple text is set with SB_SIMPLEID but cannot be read back */
    if (index >= 0 && index < sb->count) part = &sb->parts[index];
    else return 0;
    INT len = buf ? str_copy_out(part->text, buf, unicode) : str_len_aw(part->text, unicode);
    return MAKELONG(len, part->type);
}

static LRESULT set_parts(struct status *sb, INT count, const INT *rights)
{
    if (count < 1 || count > MAX_PARTS || !rights) return FALSE;
    for (INT i = count; i < sb->count; i++) {
        free(sb->parts[i].text);
        memset(&sb->parts[i], 0, sizeof(sb->parts[i]));
    }
    for (INT i = 0; i < count; i++) sb->parts[i].right = rights[i];
    sb->count = count;
    InvalidateRect(sb->hwnd, NULL, FALSE);
    return TRUE;
}

/* at the bottom of the parent's client area, across all of it */
static void align_to_parent(struct status *sb)
{
    RECT rc;
    DWORD style = GetWindowLongW(sb->hwnd, GWL_STYLE);
    HWND parent = GetParent(sb->hwnd);
    if ((style & CCS_NORESIZE) || !parent) return;
    GetClientRect(parent, &rc);
    MoveWindow(sb->hwnd, rc.left, rc.bottom - sb->height, rc.right - rc.left, sb->height, TRUE);
}

/* NM_CLICK: the part under the mouse (SB_SIMPLEID in simple mode, -1
 * for none); dwHitInfo 0x30000 is what comctl32 always puts there */
static void send_click(struct status *sb, LPARAM lparam)
{
    NMMOUSE nm;
    RECT rc;
    memset(&nm, 0, sizeof(nm));
    nm.hdr.hwndFrom = sb->hwnd;
    nm.hdr.idFrom = GetDlgCtrlID(sb->hwnd);
    nm.hdr.code = NM_CLICK;
    nm.pt.x = (SHORT)LOWORD(lparam);
    nm.pt.y = (SHORT)HIWORD(lparam);
    nm.dwItemSpec = (DWORD_PTR)-1;
    if (sb->simple) nm.dwItemSpec = SB_SIMPLEID;
    else
        for (INT i = 0; i < sb->count; i++) {
            part_rect(sb, i, &rc);
            if (PtInRect(&rc, nm.pt)) {
                nm.dwItemSpec = i;
                break;
            }
        }
    nm.dwHitInfo = 0x30000;
    SendMessageW(GetParent(sb->hwnd), WM_NOTIFY, nm.hdr.idFrom, (LPARAM)&nm);
}

LRESULT WINAPI status_proc(HWND hwnd, UINT msg, WPARAM wparam, LPARAM lparam)
{
    struct status *sb = control_data(hwnd);
    PAINTSTRUCT ps;
    RECT *rc;

    if (!sb && msg != WM_NCCREATE) return DefWindowProcW(hwnd, msg, wparam, lparam);
    switch (msg) {
    case WM_NCCREATE:
        if (!(sb = calloc(1, sizeof(*sb)))) return FALSE;
        sb->hwnd = hwnd;
        sb->count = 1;
        sb->parts[0].right = -1;
        sb->bk = CLR_DEFAULT;
        sb->min_height = GetSystemMetrics(SM_CYSIZE) & ~1;
        control_set_data(hwnd, sb);
        return DefWindowProcW(hwnd, msg, wparam, lparam);
    case WM_CREATE: {
        const CREATESTRUCTW *cs = (const CREATESTRUCTW *)lparam;
        if (cs->lpszName) sb->parts[0].text = str_dup_aw(cs->lpszName, TRUE);
        compute_height(sb);
        align_to_parent(sb);
        return 0;
    }
    case WM_NCDESTROY:
        for (INT i = 0; i < sb->count; i++) free(sb->parts[i].text);
        free(sb->simple_part.text);
        free(sb);
        control_set_data(hwnd, NULL);
        return DefWindowProcW(hwnd, msg, wparam, lparam);
    case WM_SIZE:
        if (wparam == SIZE_RESTORED || wparam == SIZE_MAXIMIZED) align_to_parent(sb);
        return 0;
    case WM_PAINT:
        if (wparam) paint(sb, (HDC)wparam);
        else {
            HDC hdc = BeginPaint(hwnd, &ps);
            paint(sb, hdc);
            EndPaint(hwnd, &ps);
        }
        return 0;
    case WM_ERASEBKGND:
        return 1;
    case WM_LBUTTONUP:
        send_click(sb, lparam);
        return 0;
    case WM_SETFONT:
        sb->font = (HFONT)wparam;
        compute_height(sb);
        if (LOWORD(lparam)) InvalidateRect(hwnd, NULL, TRUE);
        return 0;
    case WM_GETFONT:
        return (LRESULT)sb->font;
    case WM_SETTEXT:
        set_text(sb, 0, (const WCHAR *)lparam, TRUE);
        return DefWindowProcW(hwnd, msg, wparam, lparam);
    case SB_SETTEXTA:
    case SB_SETTEXTW:
        return set_text(sb, wparam, (const void *)lparam, msg == SB_SETTEXTW);
    case SB_GETTEXTA:
    case SB_GETTEXTW:
        return get_text(sb, (INT)wparam, (void *)lparam, msg == SB_GETTEXTW);
    case SB_GETTEXTLENGTHA:
    case SB_GETTEXTLENGTHW:
        return get_text(sb, (INT)wparam, NULL, msg == SB_GETTEXTLENGTHW);
    case SB_SETPARTS:
        return set_parts(sb, (INT)wparam, (const INT *)lparam);
    case SB_GETPARTS:
        if (lparam)
            for (INT i = 0; i < sb->count && i < (INT)wparam; i++) ((INT *)lparam)[i] = sb->parts[i].right;
        return sb->count;
    case SB_GETBORDERS:
        if (!lparam) return FALSE;
        ((INT *)lparam)[0] = 0;
        ((INT *)lparam)[1] = VERT_BORDER;
        ((INT *)lparam)[2] = HORZ_GAP;
        return TRUE;
    case SB_SETMINHEIGHT:
        sb->min_height = (INT)wparam;
        compute_height(sb);
        return TRUE;
    case SB_SIMPLE:
        sb->simple = wparam != 0;
        InvalidateRect(hwnd, NULL, FALSE);
        return 0;
    case SB_ISSIMPLE:
        return sb->simple;
    case SB_GETRECT:
        rc = (RECT *)lparam;
        if (!rc || (sb->simple ? wparam != 0 : (INT)wparam >= sb->count)) return FALSE;
        part_rect(sb, (INT)wparam, rc);
        return TRUE;
    case SB_SETBKCOLOR: {
        COLORREF old = sb->bk;
        sb->bk = (COLORREF)lparam;
        InvalidateRect(hwnd, NULL, FALSE);
        return old;
    }
    }
    return DefWindowProcW(hwnd, msg, wparam, lparam);
}
