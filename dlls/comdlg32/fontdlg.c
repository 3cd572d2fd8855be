/*
 * ChooseFontA/W: the font dialog. The faces gdi32 enumerates (one entry
 * per family, as EnumFontFamiliesEx with DEFAULT_CHARSET gives them;
 * CF_FIXEDPITCHONLY and CF_TTONLY filter), the four styles, the usual
 * point sizes (a size may be typed), with CF_EFFECTS strikeout, underline
 * and the sixteen colours Windows offers, a sample drawn in the choice.
 * The classic control ids are Windows' (cmb1 face, cmb2 style, cmb3
 * size, cmb4 colour, chx1 strikeout, chx2 underline, stc5 sample), so
 * programs and hooks that poke them work. OK fills the program's LOGFONT
 * (lfHeight = -points * LOGPIXELSY / 72, the weight, italic, effects,
 * the face), iPointSize in tenths, nFontType and rgbColors.
 * CF_INITTOLOGFONTSTRUCT starts from the program's LOGFONT; CF_LIMITSIZE
 * keeps the size within nSizeMin..nSizeMax. Not done: program templates
 * and the script combo (CF_NOSCRIPTSEL is what everyone gets).
 *
 * Without a display: one stderr line, FALSE with error 0 (Cancel).
 */
#include <stdio.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include "comdlg32_private.h"
#include "winrun/unicode.h"
#include "winrun/display.h"

#define cmb2 0x0471
#define cmb3 0x0472
#define cmb4 0x0473
#define stc5 0x0444
#define grp2 0x0431

static const WCHAR *const style_names[4] = { u"Regular", u"Italic", u"Bold", u"Bold Italic" };
static const BYTE point_sizes[] = { 8, 9, 10, 11, 12, 14, 16, 18, 20, 22, 24, 26, 28, 36, 48, 72 };

/* the colours of Windows' font dialog, with their names */
static const struct { COLORREF rgb; const WCHAR *name; } colors[16] = {
    { 0x000000, u"Black" }, { 0x000080, u"Maroon" }, { 0x008000, u"Green" }, { 0x008080, u"Olive" },
    { 0x800000, u"Navy" }, { 0x800080, u"Purple" }, { 0x808000, u"Teal" }, { 0x808080, u"Gray" },
    { 0xc0c0c0, u"Silver" }, { 0x0000ff, u"Red" }, { 0x00ff00, u"Lime" }, { 0x00ffff, u"Yellow" },
    { 0xff0000, u"Blue" }, { 0xff00ff, u"Fuchsia" }, { 0xffff00, u"Aqua" }, { 0xffffff, u"White" },
};

struct font_dialog {
    CHOOSEFONTW *cf;        /* the program's; for the A call, A_LOGFONT is its LOGFONTA */
    LOGFONTA *a_logfont;
    LOGFONTW lf;            /* the choice as it stands */
    INT dpi;
    HFONT sample;
};

/* N as text, for the size list and the messages */
static void number_text(WCHAR *out, int size, const char *fmt, INT a, INT b)
{
    char text[80];
    snprintf(text, sizeof(text), fmt, a, b);
    utf8_to_utf16(text, -1, out, size);
}

static int CALLBACK add_face(const LOGFONTW *lf, const TEXTMETRICW *tm, DWORD type, LPARAM param)
{
    HWND combo = (HWND)param;
    DWORD flags = (DWORD)GetWindowLongPtrW(combo, GWLP_USERDATA);
    (void)tm;
    if (lf->lfFaceName[0] == '@') return 1;   /* vertical faces */
    if ((flags & CF_FIXEDPITCHONLY) && (lf->lfPitchAndFamily & 3) != FIXED_PITCH) return 1;
    if ((flags & CF_TTONLY) && !(type & TRUETYPE_FONTTYPE)) return 1;
    if (SendMessageW(combo, CB_FINDSTRINGEXACT, (WPARAM)-1, (LPARAM)lf->lfFaceName) == CB_ERR) {
        LRESULT at = SendMessageW(combo, CB_ADDSTRING, 0, (LPARAM)lf->lfFaceName);
        SendMessageW(combo, CB_SETITEMDATA, at, type);   /* RASTER/DEVICE/TRUETYPE_FONTTYPE for nFontType */
    }
    return 1;
}

static void fill_faces(HWND hwnd, const struct font_dialog *d)
{
    HWND combo = GetDlgItem(hwnd, cmb1);
    LOGFONTW lf;
    HDC hdc = d->cf->hDC ? d->cf->hDC : GetDC(NULL);

    memset(&lf, 0, sizeof(lf));
    lf.lfCharSet = DEFAULT_CHARSET;
    SetWindowLongPtrW(combo, GWLP_USERDATA, d->cf->Flags);
    EnumFontFamiliesExW(hdc, &lf, add_face, (LPARAM)combo, 0);
    if (!d->cf->hDC) ReleaseDC(NULL, hdc);
}

/* the point size the size box shows, 0 if it is no number */
static INT typed_size(HWND hwnd)
{
    WCHAR text[16];
    INT n = 0;
    GetDlgItemTextW(hwnd, cmb3, text, 16);
    for (const WCHAR *p = text; *p; p++) {
        if (*p < '0' || *p > '9' || n > 10000) return 0;
        n = n * 10 + (*p - '0');
    }
    return n;
}

/* the controls into d->lf (and the sample); FALSE when the face or size is bad */
static BOOL read_choice(HWND hwnd, struct font_dialog *d)
{
    WCHAR face[LF_FACESIZE];
    INT style = (INT)SendDlgItemMessageW(hwnd, cmb2, CB_GETCURSEL, 0, 0), size = typed_size(hwnd);

    GetDlgItemTextW(hwnd, cmb1, face, LF_FACESIZE);
    if (!face[0] || SendDlgItemMessageW(hwnd, cmb1, CB_FINDSTRINGEXACT, (WPARAM)-1, (LPARAM)face) == CB_ERR)
        return FALSE;
    if (size <= 0) return FALSE;
    memcpy(d->lf.lfFaceName, face, sizeof(face));
    if (style < 0) style = 0;
    d->lf.lfWeight = style & 2 ? FW_BOLD : FW_NORMAL;
    d->lf.lfItalic = (style & 1) ? TRUE : FALSE;
    d->lf.lfHeight = -(size * d->dpi + 36) / 72;
    d->lf.lfWidth = 0;
    if (d->cf->Flags & CF_EFFECTS) {
        d->lf.lfStrikeOut = IsDlgButtonChecked(hwnd, chx1) == BST_CHECKED;
        d->lf.lfUnderline = IsDlgButtonChecked(hwnd, chx2) == BST_CHECKED;
    }
    return TRUE;
}

static void update_sample(HWND hwnd, struct font_dialog *d)
{
    HFONT old = d->sample;
    if (!read_choice(hwnd, d)) return;
    d->sample = CreateFontIndirectW(&d->lf);
    SendDlgItemMessageW(hwnd, stc5, WM_SETFONT, (WPARAM)d->sample, TRUE);
    if (old) DeleteObject(old);
}

static void init_dialog(HWND hwnd, struct font_dialog *d)
{
    CHOOSEFONTW *cf = d->cf;
    WCHAR text[8];
    INT points = 0;

    fill_faces(hwnd, d);
    for (INT i = 0; i < 4; i++) SendDlgItemMessageW(hwnd, cmb2, CB_ADDSTRING, 0, (LPARAM)style_names[i]);
    for (size_t i = 0; i < sizeof(point_sizes); i++) {
        if ((cf->Flags & CF_LIMITSIZE) && (point_sizes[i] < cf->nSizeMin || point_sizes[i] > cf->nSizeMax)) continue;
        number_text(text, 8, "%d", point_sizes[i], 0);
        SendDlgItemMessageW(hwnd, cmb3, CB_ADDSTRING, 0, (LPARAM)text);
    }
    if (cf->Flags & CF_EFFECTS) {
        for (INT i = 0; i < 16; i++) {
            INT at = (INT)SendDlgItemMessageW(hwnd, cmb4, CB_ADDSTRING, 0, (LPARAM)colors[i].name);
            SendDlgItemMessageW(hwnd, cmb4, CB_SETITEMDATA, at, colors[i].rgb);
            if (colors[i].rgb == (cf->rgbColors & 0xffffff)) SendDlgItemMessageW(hwnd, cmb4, CB_SETCURSEL, at, 0);
        }
    } else {
        static const INT effects[] = { grp1, chx1, chx2, stc4, cmb4 };
        for (size_t i = 0; i < sizeof(effects) / sizeof(effects[0]); i++)
            ShowWindow(GetDlgItem(hwnd, effects[i]), SW_HIDE);
    }
    if (!(cf->Flags & CF_SHOWHELP)) ShowWindow(GetDlgItem(hwnd, pshHelp), SW_HIDE);

    if (cf->Flags & CF_INITTOLOGFONTSTRUCT) {
        if (d->a_logfont) {
            memcpy(&d->lf, d->a_logfont, offsetof(LOGFONTA, lfFaceName));
            MultiByteToWideChar(CP_ACP, 0, d->a_logfont->lfFaceName, LF_FACESIZE, d->lf.lfFaceName, LF_FACESIZE);
            d->lf.lfFaceName[LF_FACESIZE - 1] = 0;
        } else d->lf = *cf->lpLogFont;
        if (d->lf.lfHeight) points = (abs(d->lf.lfHeight) * 72 + d->dpi / 2) / d->dpi;
    }
    if (!points) points = cf->iPointSize ? cf->iPointSize / 10 : 8;
    if (d->lf.lfFaceName[0] &&
        SendDlgItemMessageW(hwnd, cmb1, CB_SELECTSTRING, (WPARAM)-1, (LPARAM)d->lf.lfFaceName) == CB_ERR)
        SetDlgItemTextW(hwnd, cmb1, d->lf.lfFaceName);
    if (!d->lf.lfFaceName[0]) SendDlgItemMessageW(hwnd, cmb1, CB_SETCURSEL, 0, 0);
    SendDlgItemMessageW(hwnd, cmb2, CB_SETCURSEL, (d->lf.lfWeight >= FW_BOLD ? 2 : 0) + (d->lf.lfItalic ? 1 : 0), 0);
    SetDlgItemInt(hwnd, cmb3, points, FALSE);
    CheckDlgButton(hwnd, chx1, d->lf.lfStrikeOut ? BST_CHECKED : BST_UNCHECKED);
    CheckDlgButton(hwnd, chx2, d->lf.lfUnderline ? BST_CHECKED : BST_UNCHECKED);
    update_sample(hwnd, d);
}

/* OK: the choice into the program's structure, or a word to the user */
static BOOL accept(HWND hwnd, struct font_dialog *d)
{
    CHOOSEFONTW *cf = d->cf;
    INT size = typed_size(hwnd), sel;
    LRESULT face;

    if (!read_choice(hwnd, d)) {
        MessageBoxW(hwnd, size <= 0 ? u"Size must be a number." : u"There is no font with that name.", u"Font",
                    MB_OK | MB_ICONWARNING);
        return FALSE;
    }
    if ((cf->Flags & CF_LIMITSIZE) && (size < cf->nSizeMin || size > cf->nSizeMax)) {
        WCHAR msg[80];
        number_text(msg, 80, "Size must be between %d and %d points.", cf->nSizeMin, cf->nSizeMax);
        MessageBoxW(hwnd, msg, u"Font", MB_OK | MB_ICONWARNING);
        return FALSE;
    }
    if (d->a_logfont) {
        memcpy(d->a_logfont, &d->lf, offsetof(LOGFONTA, lfFaceName));
        WideCharToMultiByte(CP_ACP, 0, d->lf.lfFaceName, -1, d->a_logfont->lfFaceName, LF_FACESIZE, NULL, NULL);
        d->a_logfont->lfFaceName[LF_FACESIZE - 1] = 0;
    } else *cf->lpLogFont = d->lf;
    cf->iPointSize = size * 10;
    face = SendDlgItemMessageW(hwnd, cmb1, CB_FINDSTRINGEXACT, (WPARAM)-1, (LPARAM)d->lf.lfFaceName);
    cf->nFontType = (WORD)(SendDlgItemMessageW(hwnd, cmb1, CB_GETITEMDATA, face, 0) & 7) | SCREEN_FONTTYPE |
                    (d->lf.lfWeight >= FW_BOLD ? BOLD_FONTTYPE : 0) |
                    (d->lf.lfItalic ? ITALIC_FONTTYPE : 0) |
                    (d->lf.lfWeight < FW_BOLD && !d->lf.lfItalic ? REGULAR_FONTTYPE : 0);
    if ((cf->Flags & CF_EFFECTS) && (sel = (INT)SendDlgItemMessageW(hwnd, cmb4, CB_GETCURSEL, 0, 0)) >= 0)
        cf->rgbColors = (COLORREF)SendDlgItemMessageW(hwnd, cmb4, CB_GETITEMDATA, sel, 0);
    return TRUE;
}

static INT_PTR CALLBACK dialog_proc(HWND hwnd, UINT msg, WPARAM wparam, LPARAM lparam)
{
    struct font_dialog *d = (struct font_dialog *)GetWindowLongPtrW(hwnd, DWLP_USER);

    if (msg == WM_INITDIALOG) {
        d = (struct font_dialog *)lparam;
        SetWindowLongPtrW(hwnd, DWLP_USER, (LONG_PTR)d);
        init_dialog(hwnd, d);
        if ((d->cf->Flags & CF_ENABLEHOOK) && d->cf->lpfnHook)
            return d->cf->lpfnHook(hwnd, msg, wparam, (LPARAM)d->cf) ? TRUE : FALSE;
        return TRUE;
    }
    if (!d) return FALSE;
    if ((d->cf->Flags & CF_ENABLEHOOK) && d->cf->lpfnHook && d->cf->lpfnHook(hwnd, msg, wparam, lparam)) return TRUE;
    if (msg == WM_DESTROY && d->sample) {
        SendDlgItemMessageW(hwnd, stc5, WM_SETFONT, 0, FALSE);
        DeleteObject(d->sample);
        d->sample = NULL;
    }
    if (msg != WM_COMMAND) return FALSE;
    switch (LOWORD(wparam)) {
    case cmb1:
    case cmb2:
    case cmb3:
        if (HIWORD(wparam) == CBN_SELCHANGE) {
            /* the edit follows the list only after this message: read it then */
            PostMessageW(hwnd, WM_COMMAND, MAKELONG(LOWORD(wparam), CBN_EDITCHANGE), lparam);
        } else if (HIWORD(wparam) == CBN_EDITCHANGE) update_sample(hwnd, d);
        return TRUE;
    case chx1:
    case chx2:
        update_sample(hwnd, d);
        return TRUE;
    case IDOK:
        if (accept(hwnd, d)) EndDialog(hwnd, IDOK);
        return TRUE;
    case IDCANCEL:
        EndDialog(hwnd, IDCANCEL);
        return TRUE;
    }
    return FALSE;
}

static size_t build_template(WORD *words, size_t room)
{
    struct writer w = { words, 0, room };
    put_dialog(&w, WS_POPUP | WS_CAPTION | WS_SYSMENU | DS_MODALFRAME | DS_CENTER, 18, 264, 168, u"Font");
    put_item(&w, 0x82, u"&Font:", SS_LEFT, 7, 7, 98, 9, stc1);
    put_item(&w, 0x85, u"", CBS_DROPDOWN | CBS_SORT | CBS_HASSTRINGS | CBS_AUTOHSCROLL | WS_VSCROLL | WS_TABSTOP,
             7, 17, 98, 120, cmb1);
    put_item(&w, 0x82, u"Font st&yle:", SS_LEFT, 112, 7, 64, 9, stc2);
    put_item(&w, 0x85, u"", CBS_DROPDOWNLIST | CBS_HASSTRINGS | WS_VSCROLL | WS_TABSTOP, 112, 17, 64, 80, cmb2);
    put_item(&w, 0x82, u"&Size:", SS_LEFT, 183, 7, 28, 9, 0x0442);
    put_item(&w, 0x85, u"", CBS_DROPDOWN | CBS_HASSTRINGS | WS_VSCROLL | WS_TABSTOP, 183, 17, 30, 120, cmb3);
    put_item(&w, 0x80, u"OK", WS_TABSTOP | WS_GROUP | BS_DEFPUSHBUTTON, 220, 17, 40, 14, IDOK);
    put_item(&w, 0x80, u"Cancel", WS_TABSTOP, 220, 34, 40, 14, IDCANCEL);
    put_item(&w, 0x80, u"&Help", WS_TABSTOP, 220, 51, 40, 14, pshHelp);
    put_item(&w, 0x80, u"Effects", BS_GROUPBOX | WS_GROUP, 7, 40, 98, 72, grp1);
    put_item(&w, 0x80, u"Stri&keout", BS_AUTOCHECKBOX | WS_TABSTOP, 13, 52, 80, 10, chx1);
    put_item(&w, 0x80, u"&Underline", BS_AUTOCHECKBOX | WS_TABSTOP, 13, 66, 80, 10, chx2);
    put_item(&w, 0x82, u"&Color:", SS_LEFT, 13, 82, 40, 9, stc4);
    put_item(&w, 0x85, u"", CBS_DROPDOWNLIST | CBS_HASSTRINGS | WS_VSCROLL | WS_TABSTOP, 13, 92, 82, 100, cmb4);
    put_item(&w, 0x80, u"Sample", BS_GROUPBOX | WS_GROUP, 112, 40, 148, 72, grp2);
    put_item(&w, 0x82, u"AaBbYyZz", SS_CENTER | SS_CENTERIMAGE, 118, 52, 136, 54, stc5);
    put_item(&w, 0x82, u"", SS_LEFT, 0, 0, 0, 0, stc3);
    put_item(&w, 0x82, u"", SS_LEFT, 0, 0, 0, 0, 0x0443);
    return w.at;
}

static BOOL choose_font(CHOOSEFONTW *cf, LOGFONTA *a_logfont)
{
    struct font_dialog d;
    WORD *words;
    size_t n;
    INT_PTR ret;
    HDC screen;

    comdlg_set_error(0);
    if (!cf) return comdlg_set_error(CDERR_INITIALIZATION), FALSE;
    if (cf->lStructSize != sizeof(*cf)) return comdlg_set_error(CDERR_STRUCTSIZE), FALSE;
    if (!cf->lpLogFont) return comdlg_set_error(CDERR_INITIALIZATION), FALSE;
    if ((cf->Flags & CF_ENABLEHOOK) && !cf->lpfnHook) return comdlg_set_error(CDERR_NOHOOK), FALSE;
    if ((cf->Flags & CF_LIMITSIZE) && cf->nSizeMin > cf->nSizeMax) return comdlg_set_error(CFERR_MAXLESSTHANMIN), FALSE;
    if (!user_has_display()) {
        fprintf(stderr, "winrun: ChooseFont: no display\n");
        fflush(stderr);
        return FALSE;
    }
    memset(&d, 0, sizeof(d));
    d.cf = cf;
    d.a_logfont = a_logfont;
    screen = GetDC(NULL);
    d.dpi = GetDeviceCaps(cf->hDC ? cf->hDC : screen, LOGPIXELSY);
    ReleaseDC(NULL, screen);
    if (d.dpi <= 0) d.dpi = 96;
    n = build_template(NULL, 0) + 2;
    if (!(words = calloc(n, sizeof(WORD)))) return comdlg_set_error(CDERR_MEMALLOCFAILURE), FALSE;
    build_template(words, n);
    ret = DialogBoxIndirectParamW(NULL, (const DLGTEMPLATE *)words, cf->hwndOwner, dialog_proc, (LPARAM)&d);
    free(words);
    if (ret == -1) comdlg_set_error(CDERR_DIALOGFAILURE);
    return ret == IDOK;
}

COMDLG32API BOOL WINAPI ChooseFontW(CHOOSEFONTW *cf)
{
    return choose_font(cf, NULL);
}

/* CHOOSEFONTA differs in its LOGFONTA and two string pointers, which the
 * dialog reads only through A_LOGFONT; lpszStyle (CF_USESTYLE) is not used */
COMDLG32API BOOL WINAPI ChooseFontA(CHOOSEFONTA *cf)
{
    return choose_font((CHOOSEFONTW *)cf, cf ? cf->lpLogFont : NULL);
}
