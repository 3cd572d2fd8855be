/*
 * ChooseColorA/W: the colour dialog. Windows' 48 basic colours and the
 * program's 16 custom colours in two grids, a preview of the current
 * colour, Red/Green/Blue edits (the classic ids COLOR_RED, COLOR_GREEN,
 * COLOR_BLUE, so a program or hook that sets them works), "Add to
 * Custom Colors" (COLOR_ADD), OK, Cancel and Help. A click on a cell
 * picks its colour, a double click picks it and ends the dialog with OK.
 * OK stores the colour in rgbResult and the custom colours back into the
 * program's array. The hue/saturation/luminosity spectrum of the full
 * dialog (CC_FULLOPEN) is not drawn: the RGB edits are always there
 * instead, and program templates (CC_ENABLETEMPLATE*) are not used.
 *
 * Without a display nobody could answer: one stderr line, and FALSE
 * with CommDlgExtendedError() 0, the user's Cancel, as GetOpenFileName.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "comdlg32_private.h"
#include "winrun/display.h"

#define COLOR_RED     706
#define COLOR_GREEN   707
#define COLOR_BLUE    708
#define COLOR_CURRENT 709
#define COLOR_ADD     712

#define BASIC_COLS  8
#define BASIC_ROWS  6
#define CUSTOM_ROWS 2

/* Windows' basic colours, row by row as its dialog shows them */
static const COLORREF basic_colors[BASIC_ROWS * BASIC_COLS] = {
    0x8080ff, 0x80ffff, 0x80ff80, 0x80ff00, 0xffff80, 0xff8000, 0xc080ff, 0xff80ff,
    0x0000ff, 0x00ffff, 0x00ff80, 0x40ff00, 0xffff00, 0xc08000, 0xc08080, 0xff00ff,
    0x404080, 0x4080ff, 0x00ff00, 0x808000, 0x804000, 0xff8080, 0x400080, 0x8000ff,
    0x000080, 0x0080ff, 0x008000, 0x408000, 0xff0000, 0xa00000, 0x800080, 0xff0080,
    0x000040, 0x004080, 0x004000, 0x404000, 0x800000, 0x400000, 0x400040, 0x800040,
    0x000000, 0x008080, 0x408080, 0x808080, 0x808040, 0xc0c0c0, 0x400040, 0xffffff,
};

struct color_dialog {
    CHOOSECOLORW *cc;       /* the program's (CHOOSECOLORA has the same layout) */
    COLORREF current;
    COLORREF custom[16];
    INT next_custom;
    INT selected;           /* cell: 0-47 basic, 48-63 custom, -1 none */
    BOOL updating;          /* the edits are being set by us */
    RECT basic, customs, preview;   /* in the dialog's client pixels */
};

/* the grids' and the preview's places, in dialog units */
static const RECT basic_dlu = { 4, 14, 148, 98 }, custom_dlu = { 4, 112, 148, 140 }, preview_dlu = { 156, 14, 216, 52 };

static RECT cell_rect(const struct color_dialog *d, INT cell)
{
    const RECT *grid = cell < 48 ? &d->basic : &d->customs;
    INT rows = cell < 48 ? BASIC_ROWS : CUSTOM_ROWS, i = cell < 48 ? cell : cell - 48;
    INT w = (grid->right - grid->left) / BASIC_COLS, h = (grid->bottom - grid->top) / rows;
    RECT r = { grid->left + (i % BASIC_COLS) * w, grid->top + (i / BASIC_COLS) * h, 0, 0 };
    r.right = r.left + w;
    r.bottom = r.top + h;
    return r;
}

static COLORREF cell_color(const struct color_dialog *d, INT cell)
{
    return cell < 48 ? basic_colors[cell] : d->custom[cell - 48];
}

static INT cell_at(const struct color_dialog *d, POINT pt)
{
    for (INT cell = 0; cell < 64; cell++) {
        RECT r = cell_rect(d, cell);
        if (PtInRect(&r, pt)) return cell;
    }
    return -1;
}

static void paint(HWND hwnd, struct color_dialog *d)
{
    PAINTSTRUCT ps;
    HDC hdc = BeginPaint(hwnd, &ps);
    RECT r;
    HBRUSH brush;

    for (INT cell = 0; cell < 64; cell++) {
        r = cell_rect(d, cell);
        InflateRect(&r, -3, -3);
        DrawEdge(hdc, &r, EDGE_SUNKEN, BF_RECT | BF_ADJUST);
        brush = CreateSolidBrush(cell_color(d, cell));
        FillRect(hdc, &r, brush);
        DeleteObject(brush);
        if (cell == d->selected) {
            r = cell_rect(d, cell);
            InflateRect(&r, -1, -1);
            FrameRect(hdc, &r, GetStockObject(BLACK_BRUSH));
        }
    }
    r = d->preview;
    DrawEdge(hdc, &r, EDGE_SUNKEN, BF_RECT | BF_ADJUST);
    brush = CreateSolidBrush(d->current);
    FillRect(hdc, &r, brush);
    DeleteObject(brush);
    EndPaint(hwnd, &ps);
}

static void show_components(HWND hwnd, struct color_dialog *d)
{
    d->updating = TRUE;
    SetDlgItemInt(hwnd, COLOR_RED, GetRValue(d->current), FALSE);
    SetDlgItemInt(hwnd, COLOR_GREEN, GetGValue(d->current), FALSE);
    SetDlgItemInt(hwnd, COLOR_BLUE, GetBValue(d->current), FALSE);
    d->updating = FALSE;
}

static void select_cell(HWND hwnd, struct color_dialog *d, INT cell)
{
    d->selected = cell;
    d->current = cell_color(d, cell);
    show_components(hwnd, d);
    InvalidateRect(hwnd, NULL, FALSE);
}

/* an edit changed: the colour its three numbers make (0-255 each) */
static void read_components(HWND hwnd, struct color_dialog *d)
{
    UINT c[3];
    for (INT i = 0; i < 3; i++) {
        BOOL ok;
        c[i] = GetDlgItemInt(hwnd, COLOR_RED + i, &ok, FALSE);
        if (!ok) c[i] = 0;
        if (c[i] > 255) c[i] = 255;
    }
    d->current = RGB(c[0], c[1], c[2]);
    if (d->selected >= 0 && cell_color(d, d->selected) != d->current) d->selected = -1;
    InvalidateRect(hwnd, &d->preview, FALSE);
    InvalidateRect(hwnd, NULL, FALSE);
}

static void dlu_to_pixels(HWND hwnd, const RECT *dlu, RECT *out)
{
    *out = *dlu;
    MapDialogRect(hwnd, out);
}

static void init_dialog(HWND hwnd, struct color_dialog *d)
{
    dlu_to_pixels(hwnd, &basic_dlu, &d->basic);
    dlu_to_pixels(hwnd, &custom_dlu, &d->customs);
    dlu_to_pixels(hwnd, &preview_dlu, &d->preview);
    if (!(d->cc->Flags & CC_SHOWHELP)) ShowWindow(GetDlgItem(hwnd, pshHelp), SW_HIDE);
    for (INT i = 0; i < 3; i++) SendDlgItemMessageW(hwnd, COLOR_RED + i, EM_LIMITTEXT, 3, 0);
    d->selected = -1;
    d->current = (d->cc->Flags & CC_RGBINIT) ? d->cc->rgbResult & 0xffffff : 0;
    for (INT cell = 0; cell < 64; cell++)
        if (cell_color(d, cell) == d->current) {
            d->selected = cell;
            break;
        }
    show_components(hwnd, d);
}

static INT_PTR CALLBACK dialog_proc(HWND hwnd, UINT msg, WPARAM wparam, LPARAM lparam)
{
    struct color_dialog *d = (struct color_dialog *)GetWindowLongPtrW(hwnd, DWLP_USER);
    POINT pt;
    INT cell;

    if (msg == WM_INITDIALOG) {
        d = (struct color_dialog *)lparam;
        SetWindowLongPtrW(hwnd, DWLP_USER, (LONG_PTR)d);
        init_dialog(hwnd, d);
        if ((d->cc->Flags & CC_ENABLEHOOK) && d->cc->lpfnHook)
            return d->cc->lpfnHook(hwnd, msg, wparam, (LPARAM)d->cc) ? TRUE : FALSE;
        return TRUE;
    }
    if (!d) return FALSE;
    if ((d->cc->Flags & CC_ENABLEHOOK) && d->cc->lpfnHook && d->cc->lpfnHook(hwnd, msg, wparam, lparam)) return TRUE;
    switch (msg) {
    case WM_PAINT:
        paint(hwnd, d);
        return TRUE;
    case WM_LBUTTONDOWN:
    case WM_LBUTTONDBLCLK:
        pt.x = (short)LOWORD(lparam);
        pt.y = (short)HIWORD(lparam);
        if ((cell = cell_at(d, pt)) < 0) return FALSE;
        select_cell(hwnd, d, cell);
        if (msg == WM_LBUTTONDBLCLK) PostMessageW(hwnd, WM_COMMAND, IDOK, 0);
        return TRUE;
    case WM_COMMAND:
        switch (LOWORD(wparam)) {
        case COLOR_RED:
        case COLOR_GREEN:
        case COLOR_BLUE:
            if (HIWORD(wparam) == EN_CHANGE && !d->updating) read_components(hwnd, d);
            return TRUE;
        case COLOR_ADD:
            d->custom[d->next_custom] = d->current;
            d->selected = 48 + d->next_custom;
            d->next_custom = (d->next_custom + 1) % 16;
            InvalidateRect(hwnd, NULL, FALSE);
            return TRUE;
        case IDOK:
            d->cc->rgbResult = d->current;
            memcpy(d->cc->lpCustColors, d->custom, sizeof(d->custom));
            EndDialog(hwnd, IDOK);
            return TRUE;
        case IDCANCEL:
            EndDialog(hwnd, IDCANCEL);
            return TRUE;
        }
        break;
    }
    return FALSE;
}

static size_t build_template(WORD *words, size_t room)
{
    struct writer w = { words, 0, room };
    put_dialog(&w, WS_POPUP | WS_CAPTION | WS_SYSMENU | DS_MODALFRAME | DS_CENTER, 13, 222, 170, u"Color");
    put_item(&w, 0x82, u"&Basic colors:", SS_LEFT, 4, 4, 140, 9, 0xffff);
    put_item(&w, 0x82, u"&Custom colors:", SS_LEFT, 4, 102, 140, 9, 0xffff);
    put_item(&w, 0x82, u"&Red:", SS_LEFT, 156, 62, 30, 9, 0xffff);
    put_item(&w, 0x81, u"", WS_BORDER | WS_TABSTOP | ES_NUMBER, 188, 60, 28, 12, COLOR_RED);
    put_item(&w, 0x82, u"&Green:", SS_LEFT, 156, 78, 30, 9, 0xffff);
    put_item(&w, 0x81, u"", WS_BORDER | WS_TABSTOP | ES_NUMBER, 188, 76, 28, 12, COLOR_GREEN);
    put_item(&w, 0x82, u"Bl&ue:", SS_LEFT, 156, 94, 30, 9, 0xffff);
    put_item(&w, 0x81, u"", WS_BORDER | WS_TABSTOP | ES_NUMBER, 188, 92, 28, 12, COLOR_BLUE);
    put_item(&w, 0x80, u"&Add to Custom Colors", WS_TABSTOP, 152, 112, 66, 14, COLOR_ADD);
    put_item(&w, 0x80, u"OK", WS_TABSTOP | WS_GROUP | BS_DEFPUSHBUTTON, 4, 150, 50, 14, IDOK);
    put_item(&w, 0x80, u"Cancel", WS_TABSTOP, 58, 150, 50, 14, IDCANCEL);
    put_item(&w, 0x80, u"&Help", WS_TABSTOP, 112, 150, 50, 14, pshHelp);
    put_item(&w, 0x82, u"", SS_LEFT, 156, 54, 0, 0, COLOR_CURRENT);   /* where programs look for it */
    return w.at;
}

static BOOL choose_color(CHOOSECOLORW *cc, const char *name)
{
    struct color_dialog d;
    WORD *words;
    size_t n;
    INT_PTR ret;

    comdlg_set_error(0);
    if (!cc) return comdlg_set_error(CDERR_INITIALIZATION), FALSE;
    if (cc->lStructSize != sizeof(*cc)) return comdlg_set_error(CDERR_STRUCTSIZE), FALSE;
    if (!cc->lpCustColors) return comdlg_set_error(CDERR_INITIALIZATION), FALSE;
    if ((cc->Flags & CC_ENABLEHOOK) && !cc->lpfnHook) return comdlg_set_error(CDERR_NOHOOK), FALSE;
    if (!user_has_display()) {
        fprintf(stderr, "winrun: %s: no display\n", name);
        fflush(stderr);
        return FALSE;
    }
    memset(&d, 0, sizeof(d));
    d.cc = cc;
    memcpy(d.custom, cc->lpCustColors, sizeof(d.custom));
    n = build_template(NULL, 0) + 2;
    if (!(words = calloc(n, sizeof(WORD)))) return comdlg_set_error(CDERR_MEMALLOCFAILURE), FALSE;
    build_template(words, n);
    ret = DialogBoxIndirectParamW(NULL, (const DLGTEMPLATE *)words, cc->hwndOwner, dialog_proc, (LPARAM)&d);
    free(words);
    if (ret == -1) comdlg_set_error(CDERR_DIALOGFAILURE);
    return ret == IDOK;
}

COMDLG32API BOOL WINAPI ChooseColorW(CHOOSECOLORW *cc)
{
    return choose_color(cc, "ChooseColor");
}

COMDLG32API BOOL WINAPI ChooseColorA(CHOOSECOLORA *cc)
{
    return choose_color((CHOOSECOLORW *)cc, "ChooseColor");   /* only lpTemplateName differs */
}
