/*
 * MessageBox(A/W), MessageBoxEx(A/W), MessageBoxIndirect(A/W).
 *
 * On a display: a modal dialog built in memory (caption, the text in the
 * message font wrapped at 3/5 of the work area's width, a row of buttons
 * right-aligned below it). The MB_ICON* icon (or MB_USERICON's, from
 * MessageBoxIndirect) sits at the top left as an SS_ICON static, the text
 * moved right of it, as Windows lays it out. MessageBeep is input.c's.
 *
 * Headless (the null driver: DISPLAY unset), nobody could answer, so the
 * box must not wait: it prints `winrun: MessageBox "CAPTION": TEXT` on
 * stderr as one line and returns the default button's id, as if Enter
 * had been pressed. (Wine without a display prints the text as well.)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "dialog.h"
#include "gdiload.h"
#include "winrun/display.h"

#define MAX_BUTTONS 4

struct msgbox {
    const WCHAR *text;
    UINT style;
    INT ids[MAX_BUTTONS];
    INT count, def;   /* def: index into ids */
    HICON icon;       /* NULL: none */
};

#define ID_ICON 20   /* Windows' id of the icon static */

/* the icon MB_ICONMASK names; MB_USERICON's comes from the caller */
static HICON style_icon(UINT style)
{
    switch (style & MB_ICONMASK) {
    case MB_ICONHAND: return LoadIconW(NULL, IDI_HAND);
    case MB_ICONQUESTION: return LoadIconW(NULL, IDI_QUESTION);
    case MB_ICONEXCLAMATION: return LoadIconW(NULL, IDI_EXCLAMATION);
    case MB_ICONASTERISK: return LoadIconW(NULL, IDI_ASTERISK);
    }
    return NULL;
}

static const WCHAR *button_label(INT id)
{
    switch (id) {
    case IDOK: return u"OK";
    case IDCANCEL: return u"Cancel";
    case IDABORT: return u"&Abort";
    case IDRETRY: return u"&Retry";
    case IDIGNORE: return u"&Ignore";
    case IDYES: return u"&Yes";
    case IDNO: return u"&No";
    case IDTRYAGAIN: return u"&Try Again";
    case IDCONTINUE: return u"&Continue";
    case IDHELP: return u"Help";
    }
    return u"";
}

static BOOL init_buttons(struct msgbox *mb)
{
    static const INT sets[7][3] = {
        { IDOK }, { IDOK, IDCANCEL }, { IDABORT, IDRETRY, IDIGNORE }, { IDYES, IDNO, IDCANCEL },
        { IDYES, IDNO }, { IDRETRY, IDCANCEL }, { IDCANCEL, IDTRYAGAIN, IDCONTINUE },
    };
    UINT type = mb->style & MB_TYPEMASK;

    if (type > MB_CANCELTRYCONTINUE) return FALSE;
    mb->count = 0;
    for (int i = 0; i < 3 && sets[type][i]; i++) mb->ids[mb->count++] = sets[type][i];
    if (mb->style & MB_HELP) mb->ids[mb->count++] = IDHELP;
    mb->def = (mb->style & MB_DEFMASK) >> 8;
    if (mb->def >= mb->count) mb->def = 0;
    return TRUE;
}

static BOOL has_button(const struct msgbox *mb, INT id)
{
    for (int i = 0; i < mb->count; i++)
        if (mb->ids[i] == id) return TRUE;
    return FALSE;
}

/* Lays the box out around its text and buttons. */
static void layout(HWND hwnd, struct msgbox *mb)
{
    enum { MARGIN = 12, BUTTON_W = 88, BUTTON_H = 26, GAP = 8 };
    const struct user_gdi *gdi = user_gdi();
    HFONT font = (HFONT)SendMessageW(hwnd, WM_GETFONT, 0, 0);
    RECT work, text_rc, rc;
    INT width, height, buttons_w, text_x = MARGIN, icon_cx = 0, icon_cy = 0;
    HWND ctrl;
    HDC hdc;

    sysparams_work_area(&work);
    SetRect(&text_rc, 0, 0, (work.right - work.left) * 3 / 5, 0);
    if (gdi && (hdc = gdi->create_compatible_dc(NULL))) {
        HGDIOBJ old = font ? gdi->select_object(hdc, font) : NULL;
        DrawTextW(hdc, mb->text, -1, &text_rc, DT_CALCRECT | DT_WORDBREAK | DT_EXPANDTABS | DT_NOPREFIX);
        if (old) gdi->select_object(hdc, old);
        gdi->delete_dc(hdc);
    }
    if (mb->icon) {
        icon_cx = GetSystemMetrics(11 /* SM_CXICON */);
        icon_cy = GetSystemMetrics(12 /* SM_CYICON */);
        text_x = MARGIN + icon_cx + MARGIN;
        ctrl = CreateWindowExW(WS_EX_NOPARENTNOTIFY, u"Static", NULL, WS_CHILD | WS_VISIBLE | SS_ICON,
                               MARGIN, MARGIN, icon_cx, icon_cy, hwnd, (HMENU)ID_ICON, NULL, NULL);
        if (ctrl) SendMessageW(ctrl, STM_SETICON, (WPARAM)mb->icon, 0);
    }
    buttons_w = mb->count * BUTTON_W + (mb->count - 1) * GAP;
    width = text_x + MARGIN + text_rc.right;
    if (width < 2 * MARGIN + buttons_w) width = 2 * MARGIN + buttons_w;
    if (width < 180) width = 180;
    height = MARGIN + (text_rc.bottom > icon_cy ? text_rc.bottom : icon_cy) + 2 * MARGIN + BUTTON_H + MARGIN;

    /* text shorter than the icon is centred on it */
    ctrl = CreateWindowExW(WS_EX_NOPARENTNOTIFY, u"Static", mb->text, WS_CHILD | WS_VISIBLE | SS_LEFT | SS_NOPREFIX,
                           text_x, MARGIN + (icon_cy > text_rc.bottom ? (icon_cy - text_rc.bottom) / 2 : 0),
                           text_rc.right + 1, text_rc.bottom, hwnd, (HMENU)0xffff, NULL, NULL);
    if (ctrl && font) SendMessageW(ctrl, WM_SETFONT, (WPARAM)font, 0);
    for (int i = 0; i < mb->count; i++) {
        INT x = width - MARGIN - buttons_w + i * (BUTTON_W + GAP);
        DWORD style = WS_CHILD | WS_VISIBLE | WS_TABSTOP | (i == mb->def ? BS_DEFPUSHBUTTON : BS_PUSHBUTTON);
        if (!i) style |= WS_GROUP;
        ctrl = CreateWindowExW(WS_EX_NOPARENTNOTIFY, u"Button", button_label(mb->ids[i]), style,
                               x, height - MARGIN - BUTTON_H, BUTTON_W, BUTTON_H, hwnd,
                               (HMENU)(ULONG_PTR)mb->ids[i], NULL, NULL);
        if (ctrl && font) SendMessageW(ctrl, WM_SETFONT, (WPARAM)font, 0);
    }
    SetRect(&rc, 0, 0, width, height);
    AdjustWindowRectEx(&rc, GetWindowLongW(hwnd, GWL_STYLE), FALSE, GetWindowLongW(hwnd, GWL_EXSTYLE));
    SetWindowPos(hwnd, NULL, work.left + (work.right - work.left - (rc.right - rc.left)) / 2,
                 work.top + (work.bottom - work.top - (rc.bottom - rc.top)) / 2,
                 rc.right - rc.left, rc.bottom - rc.top, SWP_NOZORDER | SWP_NOACTIVATE);
}

static INT_PTR CALLBACK msgbox_proc(HWND hwnd, UINT msg, WPARAM wp, LPARAM lp)
{
    struct msgbox *mb;

    switch (msg) {
    case WM_INITDIALOG:
        mb = (struct msgbox *)lp;
        SetWindowLongPtrW(hwnd, DWLP_USER, lp);
        layout(hwnd, mb);
        SendMessageW(hwnd, DM_SETDEFID, mb->ids[mb->def], 0);
        dialog_set_focus(hwnd, GetDlgItem(hwnd, mb->ids[mb->def]));
        return FALSE;
    case WM_COMMAND:
        mb = (struct msgbox *)GetWindowLongPtrW(hwnd, DWLP_USER);
        if (!mb || HIWORD(wp) != BN_CLICKED) return FALSE;
        if (LOWORD(wp) == IDHELP) return TRUE;   /* WM_HELP to the owner: not yet */
        if (has_button(mb, LOWORD(wp))) EndDialog(hwnd, LOWORD(wp));
        /* Esc or the close box: a box without Cancel closes only when it has just OK */
        else if (LOWORD(wp) == IDCANCEL && mb->count == 1 && mb->ids[0] == IDOK) EndDialog(hwnd, IDOK);
        return TRUE;
    }
    return FALSE;
}

/* prints a headless box as one line, `winrun: WHAT "CAPTION": TEXT`:
 * newlines become spaces. shell32's ShellAbout prints through it too. */
DECLSPEC_EXPORT void user_print_headless(const char *what, const WCHAR *caption, const WCHAR *text)
{
    char *c = utf16_to_ansi_dup(caption), *t = utf16_to_ansi_dup(text);
    for (char *p = t; p && *p; p++)
        if (*p == '\r' || *p == '\n') *p = ' ';
    fprintf(stderr, "winrun: %s \"%s\": %s\n", what, c ? c : "", t ? t : "");
    fflush(stderr);
    free(c);
    free(t);
}

static void print_headless(const WCHAR *caption, const WCHAR *text)
{
    user_print_headless("MessageBox", caption, text);
}

static INT message_box(HWND owner, const WCHAR *text, const WCHAR *caption, UINT style, HICON icon)
{
    struct msgbox mb;
    WORD *tmpl, *p;
    size_t caption_len;
    INT_PTR ret;

    if (!text) text = u"";
    if (!caption) caption = u"Error";
    memset(&mb, 0, sizeof(mb));
    mb.text = text;
    mb.style = style;
    if (!init_buttons(&mb)) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return 0;
    }
    if (user_driver() == null_driver_get()) {
        print_headless(caption, text);
        return mb.ids[mb.def];
    }
    mb.icon = (style & MB_ICONMASK) == MB_USERICON ? icon : style_icon(style);
    /* a DLGTEMPLATE with no items, the caption and the message box font */
    caption_len = wcs_len(caption);
    if (!(tmpl = calloc(1, sizeof(DLGTEMPLATE) + (caption_len + 16) * sizeof(WCHAR)))) return 0;
    ((DLGTEMPLATE *)tmpl)->style = WS_POPUP | WS_CAPTION | WS_SYSMENU | DS_MODALFRAME | DS_SETFONT | DS_CENTER;
    p = (WORD *)((DLGTEMPLATE *)tmpl + 1);
    *p++ = 0;   /* menu */
    *p++ = 0;   /* class */
    memcpy(p, caption, (caption_len + 1) * sizeof(WCHAR));
    p += caption_len + 1;
    *p++ = 0x7fff;   /* the message box font */
    memcpy(p, u"Segoe UI", 9 * sizeof(WCHAR));
    ret = DialogBoxIndirectParamW(NULL, (DLGTEMPLATE *)tmpl, owner, msgbox_proc, (LPARAM)&mb);
    free(tmpl);
    return ret == -1 ? 0 : (INT)ret;
}

WINUSERAPI INT WINAPI MessageBoxW(HWND owner, LPCWSTR text, LPCWSTR caption, UINT style)
{
    return message_box(owner, text, caption, style, NULL);
}

WINUSERAPI INT WINAPI MessageBoxExW(HWND owner, LPCWSTR text, LPCWSTR caption, UINT style, WORD lang)
{
    (void)lang;
    return message_box(owner, text, caption, style, NULL);
}

WINUSERAPI INT WINAPI MessageBoxA(HWND owner, LPCSTR text, LPCSTR caption, UINT style)
{
    WCHAR *t = user_strdup_atow(text), *c = user_strdup_atow(caption);
    INT ret = message_box(owner, t, c, style, NULL);
    free(t);
    free(c);
    return ret;
}

WINUSERAPI INT WINAPI MessageBoxExA(HWND owner, LPCSTR text, LPCSTR caption, UINT style, WORD lang)
{
    (void)lang;
    return MessageBoxA(owner, text, caption, style);
}

/* a text or caption given as a resource id is a string of hInstance, and
 * MB_USERICON's icon one of its icons */
static INT message_box_indirect(HWND owner, HINSTANCE instance, const WCHAR *text, const WCHAR *caption, UINT style,
                                HICON icon)
{
    WCHAR tbuf[1024], cbuf[256];
    if (text && IS_INTRESOURCE(text)) text = LoadStringW(instance, LOWORD(text), tbuf, 1024) ? tbuf : u"";
    if (caption && IS_INTRESOURCE(caption)) caption = LoadStringW(instance, LOWORD(caption), cbuf, 256) ? cbuf : NULL;
    return message_box(owner, text, caption, style, icon);
}

static HICON user_icon(HINSTANCE instance, UINT style, const WCHAR *name)
{
    if ((style & MB_ICONMASK) != MB_USERICON || !name) return NULL;
    return LoadIconW(instance, name);
}

WINUSERAPI INT WINAPI MessageBoxIndirectW(const MSGBOXPARAMSW *params)
{
    if (!params) return 0;
    return message_box_indirect(params->hwndOwner, params->hInstance, params->lpszText, params->lpszCaption,
                                params->dwStyle, user_icon(params->hInstance, params->dwStyle, params->lpszIcon));
}

WINUSERAPI INT WINAPI MessageBoxIndirectA(const MSGBOXPARAMSA *params)
{
    WCHAR *t, *c, *i;
    INT ret;

    if (!params) return 0;
    t = IS_INTRESOURCE(params->lpszText) ? (WCHAR *)params->lpszText : user_strdup_atow(params->lpszText);
    c = IS_INTRESOURCE(params->lpszCaption) ? (WCHAR *)params->lpszCaption : user_strdup_atow(params->lpszCaption);
    i = IS_INTRESOURCE(params->lpszIcon) ? (WCHAR *)params->lpszIcon : user_strdup_atow(params->lpszIcon);
    ret = message_box_indirect(params->hwndOwner, params->hInstance, t, c, params->dwStyle,
                               user_icon(params->hInstance, params->dwStyle, i));
    if (!IS_INTRESOURCE(t)) free(t);
    if (!IS_INTRESOURCE(c)) free(c);
    if (!IS_INTRESOURCE(i)) free(i);
    return ret;
}
