/*
 * Dialogs: DLGTEMPLATE(EX) parsing, CreateDialog*, DialogBox* (the modal
 * loop), EndDialog, DefDlgProc (the "#32770" class), dialog base units
 * (MapDialogRect, GetDialogBaseUnits) and the GetDlgItem* helpers.
 * Keyboard navigation (IsDialogMessage) is in dlgnav.c.
 *
 * A dialog's state lives in a dialog_info kept as a window property, so
 * a program's class with cbWndExtra = DLGWINDOWEXTRA and DefDlgProc as its
 * procedure works too. A template's menu is loaded with LoadMenu (menu.c).
 */
#include <stdlib.h>
#include <string.h>
#include "dialog.h"
#include "gdiload.h"

#define RT_DIALOG 5
static const WCHAR info_prop[] = u"winrun.dialog";

struct dialog_info *dialog_get_info(HWND hwnd)
{
    return GetPropW(hwnd, info_prop);
}

/* Windows' rule: the average width of the 52 Latin letters, rounded, and
 * the font's height. */
void dialog_font_units(HFONT font, INT *cx, INT *cy)
{
    static const WCHAR letters[] = u"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    const struct user_gdi *gdi = user_gdi();
    TEXTMETRICW tm;
    SIZE size;
    HDC hdc;
    HGDIOBJ old;

    *cx = 8;
    *cy = 16;
    if (!gdi || !(hdc = gdi->create_compatible_dc(NULL))) return;
    old = gdi->select_object(hdc, font ? (HGDIOBJ)font : gdi->get_stock_object(SYSTEM_FONT));
    if (gdi->get_text_metrics(hdc, &tm) && gdi->get_extent_ex(hdc, letters, 52, 0, NULL, NULL, &size)) {
        *cx = (size.cx / 26 + 1) / 2;
        *cy = tm.tmHeight;
    }
    gdi->select_object(hdc, old);
    gdi->delete_dc(hdc);
}

WINUSERAPI LONG WINAPI GetDialogBaseUnits(void)
{
    INT cx, cy;
    dialog_font_units(NULL, &cx, &cy);
    return MAKELONG(cx, cy);
}

WINUSERAPI BOOL WINAPI MapDialogRect(HWND hwnd, RECT *rect)
{
    struct dialog_info *info = dialog_get_info(hwnd);
    if (!info) {
        SetLastError(ERROR_INVALID_WINDOW_HANDLE);
        return FALSE;
    }
    rect->left = MulDiv(rect->left, info->base_x, 4);
    rect->right = MulDiv(rect->right, info->base_x, 4);
    rect->top = MulDiv(rect->top, info->base_y, 8);
    rect->bottom = MulDiv(rect->bottom, info->base_y, 8);
    return TRUE;
}

/* ---- templates ---- */

struct reader {
    const WORD *p, *end;
    BOOL bad;
};
struct dlg_template {
    DWORD style, ex_style, help_id;
    BOOL ex;             /* DLGTEMPLATEEX: the items are DLGITEMTEMPLATEEX */
    UINT count;
    short x, y, cx, cy;
    const WCHAR *menu, *class_name, *caption;
    WORD point_size, weight;
    BOOL italic;
    BYTE charset;
    const WCHAR *face;   /* NULL: no DS_SETFONT */
    struct reader items; /* where the items start */
};
struct dlg_item {
    DWORD style, ex_style, help_id, id;
    short x, y, cx, cy;
    const WCHAR *class_name, *title;
    const void *data;
};

/* Reads a template. END bounds a resource's data, which may be damaged;
 * a template in memory (END NULL) is trusted, as Windows trusts it. */

static WORD read_word(struct reader *r)
{
    if (r->bad || (r->end && r->p + 1 > r->end)) {
        r->bad = TRUE;
        return 0;
    }
    return *r->p++;
}

static DWORD read_dword(struct reader *r)
{
    WORD lo = read_word(r);
    return lo | (DWORD)read_word(r) << 16;
}

static const WCHAR *read_string(struct reader *r)
{
    const WCHAR *s = (const WCHAR *)r->p;
    while (read_word(r)) {}
    return r->bad ? NULL : s;
}

/* A string or ordinal field: 0 = none, 0xffff + id, or a string. */
static const WCHAR *read_sz_or_ord(struct reader *r)
{
    const WORD *start = r->p;
    WORD w = read_word(r);

    if (!w) return NULL;
    if (w == 0xffff) return MAKEINTRESOURCEW(read_word(r));
    r->p = start;
    return read_string(r);
}

static void read_align(struct reader *r)
{
    r->p = (const WORD *)(((ULONG_PTR)r->p + 3) & ~(ULONG_PTR)3);
    if (r->end && r->p > r->end) r->bad = TRUE;
}

static BOOL parse_template(struct reader *r, struct dlg_template *t)
{
    memset(t, 0, sizeof(*t));
    t->ex = !r->bad && (!r->end || r->p + 2 <= r->end) && r->p[0] == 1 && r->p[1] == 0xffff;
    if (t->ex) {
        r->p += 2;
        t->help_id = read_dword(r);
        t->ex_style = read_dword(r);
        t->style = read_dword(r);
    } else {
        t->style = read_dword(r);
        t->ex_style = read_dword(r);
    }
    t->count = read_word(r);
    t->x = (short)read_word(r);
    t->y = (short)read_word(r);
    t->cx = (short)read_word(r);
    t->cy = (short)read_word(r);
    t->menu = read_sz_or_ord(r);
    t->class_name = read_sz_or_ord(r);
    t->caption = read_sz_or_ord(r);
    if (t->caption && IS_INTRESOURCE(t->caption)) t->caption = NULL;
    if (t->style & DS_SETFONT) {
        WORD w;
        t->point_size = read_word(r);
        if (t->ex) {
            t->weight = read_word(r);
            w = read_word(r);
            t->italic = w & 0xff;
            t->charset = w >> 8;
        }
        t->face = read_string(r);
    }
    return !r->bad;
}

static BOOL parse_item(struct reader *r, struct dlg_item *item, BOOL ex)
{
    WORD data_size;

    memset(item, 0, sizeof(*item));
    read_align(r);
    if (ex) {
        item->help_id = read_dword(r);
        item->ex_style = read_dword(r);
        item->style = read_dword(r);
    } else {
        item->style = read_dword(r);
        item->ex_style = read_dword(r);
    }
    item->x = (short)read_word(r);
    item->y = (short)read_word(r);
    item->cx = (short)read_word(r);
    item->cy = (short)read_word(r);
    item->id = ex ? read_dword(r) : read_word(r);
    item->class_name = read_sz_or_ord(r);
    item->title = read_sz_or_ord(r);
    item->data = r->p;
    data_size = read_word(r);
    if (!data_size) item->data = NULL;
    r->p = (const WORD *)((const BYTE *)r->p + data_size);
    if (r->end && r->p > r->end) r->bad = TRUE;
    return !r->bad;
}

static const WCHAR *control_class(const WCHAR *name)
{
    if (!IS_INTRESOURCE(name)) return name;
    switch (LOWORD(name)) {
    case 0x80: return u"Button";
    case 0x81: return u"Edit";
    case 0x82: return u"Static";
    case 0x83: return u"ListBox";
    case 0x84: return u"ScrollBar";
    case 0x85: return u"ComboBox";
    }
    return name;
}

/* Damaged resources are refused before any window is made. */
static BOOL items_valid(const struct dlg_template *t)
{
    struct reader r = t->items;
    struct dlg_item item;

    for (UINT i = 0; i < t->count; i++)
        if (!parse_item(&r, &item, t->ex)) return FALSE;
    return TRUE;
}

static BOOL create_controls(HWND dlg, const struct dlg_template *t, struct dialog_info *info, HINSTANCE instance)
{
    struct reader r = t->items;
    BOOL ex = t->ex;

    for (UINT i = 0; i < t->count; i++) {
        struct dlg_item item;
        HWND ctrl;
        const WCHAR *title;

        parse_item(&r, &item, ex);
        /* an ordinal is passed on: it names an SS_ICON/SS_BITMAP static's image */
        title = item.title ? item.title : u"";
        ctrl = CreateWindowExW(item.ex_style | WS_EX_NOPARENTNOTIFY, control_class(item.class_name), title,
                               item.style | WS_CHILD,
                               MulDiv(item.x, info->base_x, 4), MulDiv(item.y, info->base_y, 8),
                               MulDiv(item.cx, info->base_x, 4), MulDiv(item.cy, info->base_y, 8),
                               dlg, (HMENU)(ULONG_PTR)item.id, instance, (void *)item.data);
        if (!ctrl) {
            if (t->style & DS_NOFAILCREATE) continue;
            return FALSE;
        }
        if (info->font) SendMessageW(ctrl, WM_SETFONT, (WPARAM)info->font, 0);
        if (SendMessageW(ctrl, WM_GETDLGCODE, 0, 0) & DLGC_DEFPUSHBUTTON) info->def_id = item.id;
    }
    return TRUE;
}

static HFONT template_font(const struct dlg_template *t)
{
    const struct user_gdi *gdi = user_gdi();
    LOGFONTW lf;

    if (!t->face || !gdi) return NULL;
    memset(&lf, 0, sizeof(lf));
    /* 0x7fff asks for the message box font: Segoe UI 9 pt, as sysparams.c reports */
    lf.lfHeight = t->point_size == 0x7fff ? -12 : -MulDiv(t->point_size, 96, 72);
    lf.lfWeight = t->weight;
    lf.lfItalic = t->italic;
    lf.lfCharSet = t->charset ? t->charset : 1;   /* DEFAULT_CHARSET */
    /* DS_SHELLFONT asks for the shell's dialog font */
    if (t->point_size == 0x7fff)
        wcs_cpy(lf.lfFaceName, u"Segoe UI");
    else if ((t->style & DS_SHELLFONT) == DS_SHELLFONT && !wcs_icmp(t->face, u"MS Shell Dlg"))
        wcs_cpy(lf.lfFaceName, u"MS Shell Dlg 2");
    else {
        int n = 0;
        while (t->face[n] && n < LF_FACESIZE - 1) { lf.lfFaceName[n] = t->face[n]; n++; }
        lf.lfFaceName[n] = 0;
    }
    return gdi->create_font_indirect(&lf);
}

/* ---- creation ---- */

/* END: the end of a resource's data; NULL for a template in memory */
static HWND create_dialog(HINSTANCE instance, const void *res, const void *end, HWND owner, DLGPROC proc, LPARAM param,
                          BOOL unicode, BOOL modal)
{
    struct dlg_template t;
    struct dialog_info *info;
    struct reader r;
    DWORD style, ex_style;
    RECT rect;
    POINT pos;
    HWND hwnd, focus;
    HMENU menu = NULL;

    if (!res) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return NULL;
    }
    r.p = res;
    r.end = end;
    r.bad = FALSE;
    if (parse_template(&r, &t)) t.items = r;
    if (r.bad || !items_valid(&t)) {
        SetLastError(ERROR_INVALID_PARAMETER);   /* a damaged resource */
        return NULL;
    }
    if (!(info = calloc(1, sizeof(*info)))) return NULL;
    info->modal = modal;
    info->unicode = unicode;
    info->font = template_font(&t);
    dialog_font_units(info->font, &info->base_x, &info->base_y);

    style = t.style & ~(DWORD)WS_VISIBLE;
    ex_style = t.ex_style;
    if (t.style & DS_CONTROL) {
        style &= ~(DWORD)(WS_CAPTION | WS_SYSMENU);
        style |= WS_CHILD;
        ex_style |= WS_EX_CONTROLPARENT;
    }
    if (t.style & DS_MODALFRAME) ex_style |= WS_EX_DLGMODALFRAME;
    SetRect(&rect, 0, 0, MulDiv(t.cx, info->base_x, 4), MulDiv(t.cy, info->base_y, 8));
    AdjustWindowRectEx(&rect, style, t.menu != NULL, ex_style);
    pos.x = rect.left;
    pos.y = rect.top;
    if (t.style & DS_CENTER) {
        RECT work;
        sysparams_work_area(&work);
        pos.x = work.left + (work.right - work.left - (rect.right - rect.left)) / 2;
        pos.y = work.top + (work.bottom - work.top - (rect.bottom - rect.top)) / 2;
    } else {
        pos.x += MulDiv(t.x, info->base_x, 4);
        pos.y += MulDiv(t.y, info->base_y, 8);
        if (owner && !(style & WS_CHILD) && !(t.style & DS_ABSALIGN)) ClientToScreen(owner, &pos);
    }
    if (owner && !(style & WS_CHILD)) owner = GetAncestor(owner, GA_ROOT);
    if (t.menu && !(style & WS_CHILD)) menu = LoadMenuW(instance, t.menu);

    hwnd = CreateWindowExW(ex_style, t.class_name ? t.class_name : u"#32770", t.caption, style,
                           pos.x, pos.y, rect.right - rect.left, rect.bottom - rect.top,
                           owner, menu, instance, NULL);
    if (!hwnd) {
        if (menu) DestroyMenu(menu);
        if (info->font) user_gdi()->delete_object(info->font);
        free(info);
        return NULL;
    }
    SetPropW(hwnd, info_prop, info);
    SetWindowLongPtrW(hwnd, DWLP_DLGPROC, (LONG_PTR)proc);
    if (info->font) SendMessageW(hwnd, WM_SETFONT, (WPARAM)info->font, 0);
    if (!create_controls(hwnd, &t, info, instance)) {
        DestroyWindow(hwnd);
        return NULL;
    }
    if (info->def_id) SendMessageW(hwnd, DM_SETDEFID, info->def_id, 0);

    /* WM_INITDIALOG's wParam is the first tab stop; TRUE asks for the focus there */
    focus = GetNextDlgTabItem(hwnd, NULL, FALSE);
    if (!focus) focus = GetNextDlgGroupItem(hwnd, NULL, FALSE);
    if (SendMessageW(hwnd, WM_INITDIALOG, (WPARAM)focus, param) && IsWindow(hwnd) &&
        (!(t.style & DS_CONTROL) || (t.style & WS_VISIBLE))) {
        focus = GetNextDlgTabItem(hwnd, NULL, FALSE);
        if (!focus) focus = GetNextDlgGroupItem(hwnd, NULL, FALSE);
        if (focus) dialog_set_focus(hwnd, focus);
        else if (!(style & WS_CHILD)) SetFocus(hwnd);
    }
    if (!IsWindow(hwnd)) return NULL;
    if ((t.style & WS_VISIBLE) && !(GetWindowLongW(hwnd, GWL_STYLE) & WS_VISIBLE)) {
        ShowWindow(hwnd, SW_SHOWNORMAL);
        UpdateWindow(hwnd);
    }
    return hwnd;
}

static const void *find_template(HINSTANCE instance, LPCWSTR name, const void **end)
{
    HRSRC res = FindResourceW(instance, name, MAKEINTRESOURCEW(RT_DIALOG));
    const BYTE *data;

    *end = NULL;
    if (!res || !(data = LockResource(LoadResource(instance, res)))) return NULL;
    *end = data + (SizeofResource(instance, res) & ~1u);
    return data;
}

static LPCWSTR name_to_w(LPCSTR name, WCHAR **free_it)
{
    *free_it = NULL;
    if (IS_INTRESOURCE(name)) return (LPCWSTR)name;
    return *free_it = user_strdup_atow(name);
}

WINUSERAPI HWND WINAPI CreateDialogIndirectParamW(HINSTANCE instance, LPCDLGTEMPLATEW tmpl, HWND owner,
                                                  DLGPROC proc, LPARAM param)
{
    return create_dialog(instance, tmpl, NULL, owner, proc, param, TRUE, FALSE);
}

WINUSERAPI HWND WINAPI CreateDialogIndirectParamA(HINSTANCE instance, LPCDLGTEMPLATEA tmpl, HWND owner,
                                                  DLGPROC proc, LPARAM param)
{
    return create_dialog(instance, tmpl, NULL, owner, proc, param, FALSE, FALSE);
}

WINUSERAPI HWND WINAPI CreateDialogParamW(HINSTANCE instance, LPCWSTR name, HWND owner, DLGPROC proc, LPARAM param)
{
    const void *end, *tmpl = find_template(instance, name, &end);
    if (!tmpl) return NULL;
    return create_dialog(instance, tmpl, end, owner, proc, param, TRUE, FALSE);
}

WINUSERAPI HWND WINAPI CreateDialogParamA(HINSTANCE instance, LPCSTR name, HWND owner, DLGPROC proc, LPARAM param)
{
    WCHAR *w;
    const void *end, *tmpl = find_template(instance, name_to_w(name, &w), &end);
    free(w);
    if (!tmpl) return NULL;
    return create_dialog(instance, tmpl, end, owner, proc, param, FALSE, FALSE);
}

/* The modal loop: the owner is disabled while it runs; the dialog is shown
 * once the queue is first empty, and the owner gets WM_ENTERIDLE whenever
 * it is. A WM_QUIT ends the loop and is posted again for the caller's. */
static INT_PTR modal_loop(HWND hwnd, HWND owner)
{
    struct dialog_info *info = dialog_get_info(hwnd);
    BOOL owner_enabled = FALSE;
    INT_PTR ret;
    MSG msg;

    if (owner && (owner = GetAncestor(owner, GA_ROOT)) && IsWindowEnabled(owner)) {
        EnableWindow(owner, FALSE);
        owner_enabled = TRUE;
    }
    while (!info->ended) {
        if (!PeekMessageW(&msg, NULL, 0, 0, PM_REMOVE)) {
            if (!info->ended && !(GetWindowLongW(hwnd, GWL_STYLE) & WS_VISIBLE)) {
                ShowWindow(hwnd, SW_SHOWNORMAL);
                UpdateWindow(hwnd);
            }
            if (owner && !(GetWindowLongW(hwnd, GWL_STYLE) & DS_NOIDLEMSG))
                SendMessageW(owner, WM_ENTERIDLE, MSGF_DIALOGBOX, (LPARAM)hwnd);
            if (info->ended) break;
            if (!GetMessageW(&msg, NULL, 0, 0)) {
                PostQuitMessage((INT)msg.wParam);
                break;
            }
        }
        if (!IsWindow(hwnd)) {
            if (owner_enabled) EnableWindow(owner, TRUE);
            return 0;
        }
        if (!info->ended && !IsDialogMessageW(hwnd, &msg)) {
            TranslateMessage(&msg);
            DispatchMessageW(&msg);
        }
        if (!IsWindow(hwnd)) {
            if (owner_enabled) EnableWindow(owner, TRUE);
            return 0;
        }
    }
    if (owner_enabled) EnableWindow(owner, TRUE);
    ret = info->result;
    DestroyWindow(hwnd);
    return ret;
}

static INT_PTR dialog_box(HINSTANCE instance, const void *tmpl, const void *end, HWND owner, DLGPROC proc, LPARAM param,
                          BOOL unicode)
{
    HWND hwnd;
    if (!tmpl) return -1;
    if (!(hwnd = create_dialog(instance, tmpl, end, owner, proc, param, unicode, TRUE))) return -1;
    return modal_loop(hwnd, owner);
}

WINUSERAPI INT_PTR WINAPI DialogBoxIndirectParamW(HINSTANCE instance, LPCDLGTEMPLATEW tmpl, HWND owner,
                                                  DLGPROC proc, LPARAM param)
{
    return dialog_box(instance, tmpl, NULL, owner, proc, param, TRUE);
}

WINUSERAPI INT_PTR WINAPI DialogBoxIndirectParamA(HINSTANCE instance, LPCDLGTEMPLATEA tmpl, HWND owner,
                                                  DLGPROC proc, LPARAM param)
{
    return dialog_box(instance, tmpl, NULL, owner, proc, param, FALSE);
}

WINUSERAPI INT_PTR WINAPI DialogBoxParamW(HINSTANCE instance, LPCWSTR name, HWND owner, DLGPROC proc, LPARAM param)
{
    const void *end, *tmpl = find_template(instance, name, &end);
    return dialog_box(instance, tmpl, end, owner, proc, param, TRUE);
}

WINUSERAPI INT_PTR WINAPI DialogBoxParamA(HINSTANCE instance, LPCSTR name, HWND owner, DLGPROC proc, LPARAM param)
{
    WCHAR *w;
    const void *end, *tmpl = find_template(instance, name_to_w(name, &w), &end);
    free(w);
    return dialog_box(instance, tmpl, end, owner, proc, param, FALSE);
}

WINUSERAPI BOOL WINAPI EndDialog(HWND hwnd, INT_PTR result)
{
    struct dialog_info *info = dialog_get_info(hwnd);
    HWND owner;

    if (!info) {
        SetLastError(ERROR_INVALID_WINDOW_HANDLE);
        return FALSE;
    }
    info->result = result;
    info->ended = TRUE;
    /* the owner comes back before the dialog hides, so activation can go to it */
    if (info->modal && (owner = GetWindow(hwnd, GW_OWNER))) EnableWindow(owner, TRUE);
    SetWindowPos(hwnd, NULL, 0, 0, 0, 0,
                 SWP_HIDEWINDOW | SWP_NOSIZE | SWP_NOMOVE | SWP_NOZORDER | SWP_NOACTIVATE);
    if (info->modal) PostMessageW(hwnd, WM_NULL, 0, 0);   /* wakes the modal loop */
    return TRUE;
}

/* ---- DefDlgProc ---- */

static HWND find_def_button(HWND dlg)
{
    for (HWND c = GetWindow(dlg, GW_CHILD); c; c = GetWindow(c, GW_HWNDNEXT))
        if (SendMessageW(c, WM_GETDLGCODE, 0, 0) & DLGC_DEFPUSHBUTTON) return c;
    return NULL;
}

/* Makes NEW the button drawn as default (BS_DEFPUSHBUTTON), OLD a plain one. */
static void set_def_button(HWND dlg, HWND new_btn)
{
    HWND old = find_def_button(dlg);
    if (old == new_btn) return;
    if (old) SendMessageW(old, BM_SETSTYLE, BS_PUSHBUTTON, TRUE);
    if (new_btn && (SendMessageW(new_btn, WM_GETDLGCODE, 0, 0) & DLGC_UNDEFPUSHBUTTON))
        SendMessageW(new_btn, BM_SETSTYLE, BS_DEFPUSHBUTTON, TRUE);
}

/* Focus to CTRL as the dialog manager gives it: an edit control's text is
 * selected; a push button taking the focus becomes the default one, and
 * the DM_SETDEFID button is default again when the focus leaves buttons. */
void dialog_set_focus(HWND dlg, HWND ctrl)
{
    struct dialog_info *info = dialog_get_info(dlg);
    UINT code = SendMessageW(ctrl, WM_GETDLGCODE, 0, 0);

    if (code & DLGC_HASSETSEL) SendMessageW(ctrl, EM_SETSEL, 0, -1);
    if (code & (DLGC_DEFPUSHBUTTON | DLGC_UNDEFPUSHBUTTON)) set_def_button(dlg, ctrl);
    else if (info && info->def_id) set_def_button(dlg, GetDlgItem(dlg, info->def_id));
    if (info) info->focus = ctrl;
    SetFocus(ctrl);
}

HBRUSH dialog_control_brush(HWND hwnd, HDC hdc, UINT msg)
{
    const struct user_gdi *gdi = user_gdi();
    HWND parent = GetParent(hwnd);
    HBRUSH brush = NULL;

    if (parent) brush = (HBRUSH)SendMessageW(parent, msg, (WPARAM)hdc, (LPARAM)hwnd);
    if (!brush && gdi) {
        gdi->set_text_color(hdc, GetSysColor(msg == WM_CTLCOLOREDIT || msg == WM_CTLCOLORLISTBOX ?
                                             COLOR_WINDOWTEXT : COLOR_BTNTEXT));
        gdi->set_bk_color(hdc, GetSysColor(COLOR_BTNFACE));
        brush = GetSysColorBrush(COLOR_BTNFACE);
    }
    return brush;
}

static LRESULT default_dlg_proc(HWND hwnd, UINT msg, WPARAM wp, LPARAM lp, struct dialog_info *info, BOOL unicode)
{
    switch (msg) {
    case WM_ERASEBKGND: {
        HBRUSH brush = (HBRUSH)SendMessageW(hwnd, WM_CTLCOLORDLG, wp, (LPARAM)hwnd);
        RECT rect;
        if (!brush) brush = GetSysColorBrush(COLOR_BTNFACE);
        GetClientRect(hwnd, &rect);
        FillRect((HDC)wp, &rect, brush);
        return 1;
    }
    case WM_NCDESTROY:
        if (info) {
            RemovePropW(hwnd, info_prop);
            if (info->font && user_gdi()) user_gdi()->delete_object(info->font);
            free(info);
        }
        break;
    case WM_SHOWWINDOW:
        if (!wp && info) {
            HWND focus = GetFocus();
            if (focus && IsChild(hwnd, focus)) info->focus = focus;
        }
        break;
    case WM_ACTIVATE:
        if (!info) break;
        if (LOWORD(wp)) {
            if (info->focus && IsWindow(info->focus) && IsChild(hwnd, info->focus)) SetFocus(info->focus);
            return 0;
        } else {
            HWND focus = GetFocus();
            if (focus && IsChild(hwnd, focus)) info->focus = focus;
        }
        return 0;
    case WM_SETFOCUS:
        if (info && info->focus && IsWindow(info->focus) && IsChild(hwnd, info->focus)) SetFocus(info->focus);
        else {
            HWND first = GetNextDlgTabItem(hwnd, NULL, FALSE);
            if (first) dialog_set_focus(hwnd, first);
        }
        return 0;
    case DM_SETDEFID:
        if (info && !info->ended) {
            info->def_id = (UINT)wp;
            set_def_button(hwnd, wp ? GetDlgItem(hwnd, (INT)wp) : NULL);
        }
        return 1;
    case DM_GETDEFID: {
        HWND btn;
        if (!info || info->ended) return 0;
        if (info->def_id) return MAKELONG(info->def_id, DC_HASDEFID);
        if ((btn = find_def_button(hwnd))) return MAKELONG(GetDlgCtrlID(btn), DC_HASDEFID);
        return 0;
    }
    case DM_REPOSITION:
        return 0;
    case WM_NEXTDLGCTL: {
        HWND ctrl;
        if (LOWORD(lp)) ctrl = (HWND)wp;
        else {
            HWND focus = GetFocus();
            if (!focus || !IsChild(hwnd, focus)) focus = NULL;
            ctrl = GetNextDlgTabItem(hwnd, focus, wp != 0);
        }
        if (ctrl && IsChild(hwnd, ctrl)) dialog_set_focus(hwnd, ctrl);
        return 0;
    }
    case WM_GETFONT:
        return info ? (LRESULT)info->font : 0;
    case WM_CLOSE: {
        HWND cancel = GetDlgItem(hwnd, IDCANCEL);
        if (!cancel || IsWindowEnabled(cancel))
            PostMessageW(hwnd, WM_COMMAND, MAKELONG(IDCANCEL, BN_CLICKED), (LPARAM)cancel);
        return 0;
    }
    }
    return unicode ? DefWindowProcW(hwnd, msg, wp, lp) : DefWindowProcA(hwnd, msg, wp, lp);
}

/* Messages whose result the DLGPROC returns itself rather than in DWLP_MSGRESULT. */
static BOOL returns_directly(UINT msg)
{
    switch (msg) {
    case WM_CTLCOLORMSGBOX: case WM_CTLCOLOREDIT: case WM_CTLCOLORLISTBOX: case WM_CTLCOLORBTN:
    case WM_CTLCOLORDLG: case WM_CTLCOLORSCROLLBAR: case WM_CTLCOLORSTATIC:
    case WM_INITDIALOG:
    case 0x0039: /* WM_COMPAREITEM */ case 0x002E: /* WM_VKEYTOITEM */ case 0x002F: /* WM_CHARTOITEM */
    case 0x0037: /* WM_QUERYDRAGICON */
        return TRUE;
    }
    return FALSE;
}

static LRESULT def_dlg_proc(HWND hwnd, UINT msg, WPARAM wp, LPARAM lp, BOOL unicode)
{
    struct dialog_info *info = dialog_get_info(hwnd);
    DLGPROC proc = (DLGPROC)GetWindowLongPtrW(hwnd, DWLP_DLGPROC);
    LRESULT result = 0;

    SetWindowLongPtrW(hwnd, DWLP_MSGRESULT, 0);
    if (proc) result = call_window_proc((WNDPROC)proc, info ? info->unicode : unicode, hwnd, msg, wp, lp, unicode);
    if (msg == WM_NCDESTROY) return default_dlg_proc(hwnd, msg, wp, lp, info, unicode);
    if (!IsWindow(hwnd)) return result;
    if (!result) {
        switch (msg) {
        case WM_ERASEBKGND: case WM_SHOWWINDOW: case WM_ACTIVATE: case WM_SETFOCUS:
        case DM_SETDEFID: case DM_GETDEFID: case DM_REPOSITION: case WM_NEXTDLGCTL: case WM_GETFONT:
        case WM_CLOSE:
            return default_dlg_proc(hwnd, msg, wp, lp, info, unicode);
        case WM_INITDIALOG:
            return 0;
        default:
            return unicode ? DefWindowProcW(hwnd, msg, wp, lp) : DefWindowProcA(hwnd, msg, wp, lp);
        }
    }
    if (returns_directly(msg)) return result;
    return GetWindowLongPtrW(hwnd, DWLP_MSGRESULT);
}

WINUSERAPI LRESULT WINAPI DefDlgProcW(HWND hwnd, UINT msg, WPARAM wp, LPARAM lp)
{
    return def_dlg_proc(hwnd, msg, wp, lp, TRUE);
}

WINUSERAPI LRESULT WINAPI DefDlgProcA(HWND hwnd, UINT msg, WPARAM wp, LPARAM lp)
{
    return def_dlg_proc(hwnd, msg, wp, lp, FALSE);
}

/* ---- the GetDlgItem* helpers ---- */

WINUSERAPI LRESULT WINAPI SendDlgItemMessageW(HWND dlg, INT id, UINT msg, WPARAM wp, LPARAM lp)
{
    HWND ctrl = GetDlgItem(dlg, id);
    return ctrl ? SendMessageW(ctrl, msg, wp, lp) : 0;
}

WINUSERAPI LRESULT WINAPI SendDlgItemMessageA(HWND dlg, INT id, UINT msg, WPARAM wp, LPARAM lp)
{
    HWND ctrl = GetDlgItem(dlg, id);
    return ctrl ? SendMessageA(ctrl, msg, wp, lp) : 0;
}

WINUSERAPI BOOL WINAPI SetDlgItemTextW(HWND dlg, INT id, LPCWSTR text)
{
    return SendDlgItemMessageW(dlg, id, WM_SETTEXT, 0, (LPARAM)text);
}

WINUSERAPI BOOL WINAPI SetDlgItemTextA(HWND dlg, INT id, LPCSTR text)
{
    return SendDlgItemMessageA(dlg, id, WM_SETTEXT, 0, (LPARAM)text);
}

WINUSERAPI UINT WINAPI GetDlgItemTextW(HWND dlg, INT id, LPWSTR buffer, INT len)
{
    if (buffer && len > 0) buffer[0] = 0;
    return SendDlgItemMessageW(dlg, id, WM_GETTEXT, len, (LPARAM)buffer);
}

WINUSERAPI UINT WINAPI GetDlgItemTextA(HWND dlg, INT id, LPSTR buffer, INT len)
{
    if (buffer && len > 0) buffer[0] = 0;
    return SendDlgItemMessageA(dlg, id, WM_GETTEXT, len, (LPARAM)buffer);
}

WINUSERAPI BOOL WINAPI SetDlgItemInt(HWND dlg, INT id, UINT value, BOOL is_signed)
{
    WCHAR buf[16], *p = buf + 15;
    BOOL neg = is_signed && (INT)value < 0;
    unsigned long long v = neg ? -(long long)(INT)value : value;

    *p = 0;
    do *--p = u'0' + v % 10; while (v /= 10);
    if (neg) *--p = u'-';
    return SetDlgItemTextW(dlg, id, p);
}

/* As Wine (the reference) does it, strtol/strtoul-like: leading spaces, a
 * sign, digits; what follows the digits is ignored; out of range fails. An
 * unsigned read of "-N" wraps, as strtoul's does. */
WINUSERAPI UINT WINAPI GetDlgItemInt(HWND dlg, INT id, BOOL *translated, BOOL is_signed)
{
    WCHAR buf[32], *p = buf;
    BOOL neg = FALSE;
    unsigned long long v = 0;

    if (translated) *translated = FALSE;
    if (!SendDlgItemMessageW(dlg, id, WM_GETTEXT, 32, (LPARAM)buf)) return 0;
    while (*p == u' ' || (*p >= u'\t' && *p <= u'\r')) p++;
    if (*p == u'-') { neg = TRUE; p++; }
    else if (*p == u'+') p++;
    if (*p < u'0' || *p > u'9') return 0;
    while (*p >= u'0' && *p <= u'9') {
        v = v * 10 + (*p++ - u'0');
        if (v > 0xffffffffull) return 0;
    }
    if (is_signed && (neg ? v > 0x80000000ull : v > 0x7fffffffull)) return 0;
    if (translated) *translated = TRUE;
    return neg ? (UINT)-(long long)v : (UINT)v;
}

WINUSERAPI BOOL WINAPI CheckDlgButton(HWND dlg, INT id, UINT check)
{
    SendDlgItemMessageW(dlg, id, BM_SETCHECK, check, 0);
    return TRUE;
}

WINUSERAPI UINT WINAPI IsDlgButtonChecked(HWND dlg, INT id)
{
    return (UINT)SendDlgItemMessageW(dlg, id, BM_GETCHECK, 0, 0);
}

/* Checks LAST..FIRST's CHECK and unchecks the rest; FIRST and LAST may come in either order. */
WINUSERAPI BOOL WINAPI CheckRadioButton(HWND dlg, INT first, INT last, INT check)
{
    HWND h;
    if (first > last) { INT t = first; first = last; last = t; }
    for (h = GetWindow(dlg, GW_CHILD); h; h = GetWindow(h, GW_HWNDNEXT)) {
        INT id = GetDlgCtrlID(h);
        if (id < first || id > last) continue;
        SendMessageW(h, BM_SETCHECK, id == check ? BST_CHECKED : BST_UNCHECKED, 0);
    }
    return TRUE;
}
