/* comdlg32: ChooseFont's argument checks; with a display (Wine under
 * xvfb-run, winrun in the GUI suite) the dialog driven by a timer: a face
 * the system enumerates, Bold from the style box (cmb2), 12 typed into
 * the size box (cmb3), Red from the colour box (cmb4) and Underline
 * (chx2) give the LOGFONT, iPointSize, nFontType and rgbColors Windows
 * returns; Cancel leaves the LOGFONT alone. winrun without a display
 * shows no dialog: FALSE with error 0 after one stderr line (run.sh
 * checks it). Expectations from Wine. */
#include "test.h"
#include <commdlg.h>
#include <dlgs.h>

static char face[LF_FACESIZE];
static int cancel, fired;

static int CALLBACK first_face(const LOGFONTA *lf, const TEXTMETRICA *tm, DWORD type, LPARAM param)
{
    (void)tm; (void)param;
    if (lf->lfFaceName[0] == '@' || !(type & TRUETYPE_FONTTYPE)) return 1;
    strcpy(face, lf->lfFaceName);
    return 0;
}

static void command(HWND dlg, int id, int code)
{
    SendMessageA(dlg, WM_COMMAND, MAKEWPARAM(id, code), (LPARAM)GetDlgItem(dlg, id));
}

static void CALLBACK drive(HWND hwnd, UINT msg, UINT_PTR id, DWORD time)
{
    HWND dlg = GetActiveWindow();
    (void)hwnd; (void)msg; (void)time;
    if (!dlg || !GetDlgItem(dlg, cmb3)) return;
    KillTimer(NULL, id);
    fired++;
    if (cancel) {
        PostMessageA(dlg, WM_COMMAND, IDCANCEL, 0);
        return;
    }
    SendDlgItemMessageA(dlg, cmb2, CB_SELECTSTRING, (WPARAM)-1, (LPARAM)"Bold");
    command(dlg, cmb2, CBN_SELCHANGE);
    SetDlgItemTextA(dlg, cmb3, "12");
    command(dlg, cmb3, CBN_EDITCHANGE);
    SendDlgItemMessageA(dlg, cmb4, CB_SELECTSTRING, (WPARAM)-1, (LPARAM)"Red");
    command(dlg, cmb4, CBN_SELCHANGE);
    CheckDlgButton(dlg, chx2, BST_CHECKED);
    command(dlg, chx2, BN_CLICKED);
    PostMessageA(dlg, WM_COMMAND, IDOK, 0);
}

int main(void)
{
    BOOL wine = GetProcAddress(GetModuleHandleA("ntdll"), "wine_get_version") != NULL;
    CHOOSEFONTA cf;
    LOGFONTA lf;
    HDC hdc;
    BOOL r;

    memset(&cf, 0, sizeof(cf));
    memset(&lf, 0, sizeof(lf));
    ok(sizeof(cf) == 104, "64-bit CHOOSEFONT size %d", (int)sizeof(cf));
    cf.lStructSize = sizeof(cf);
    cf.lpLogFont = &lf;
    /* Wine 8 checks none of these (it crashes without a LOGFONT, shows
     * the dialog for the others); Windows refuses them, with these codes */
    if (!wine) {
        cf.Flags = CF_LIMITSIZE;
        cf.nSizeMin = 20;
        cf.nSizeMax = 10;
        r = ChooseFontA(&cf);
        ok(!r && CommDlgExtendedError() == CFERR_MAXLESSTHANMIN, "nSizeMin > nSizeMax: %d %lx", r,
           CommDlgExtendedError());
        cf.Flags = 0;
        cf.lpLogFont = NULL;
        r = ChooseFontA(&cf);
        ok(!r && CommDlgExtendedError() == CDERR_INITIALIZATION, "no LOGFONT: %d %lx", r, CommDlgExtendedError());
        cf.lpLogFont = &lf;
        cf.lStructSize = sizeof(cf) + 1;
        r = ChooseFontA(&cf);
        ok(!r && CommDlgExtendedError() == CDERR_STRUCTSIZE, "bad size: %d %lx", r, CommDlgExtendedError());
        cf.lStructSize = sizeof(cf);
    }

    if (!wine && !GetEnvironmentVariableA("DISPLAY", NULL, 0)) {
        cf.Flags = 0;
        r = ChooseFontA(&cf);
        ok(!r && CommDlgExtendedError() == 0, "no display: cancelled (%d %lx)", r, CommDlgExtendedError());
        return test_done();
    }

    hdc = GetDC(NULL);
    memset(&lf, 0, sizeof(lf));
    lf.lfCharSet = DEFAULT_CHARSET;
    EnumFontFamiliesExA(hdc, &lf, first_face, 0, 0);
    ReleaseDC(NULL, hdc);
    ok(face[0] != 0, "a TrueType face to choose: %s", face);

    memset(&lf, 0, sizeof(lf));
    strcpy(lf.lfFaceName, face);
    lf.lfHeight = -13;
    lf.lfWeight = FW_NORMAL;
    cf.Flags = CF_SCREENFONTS | CF_INITTOLOGFONTSTRUCT | CF_EFFECTS;
    cf.rgbColors = RGB(0, 0, 0);
    SetTimer(NULL, 0, 300, drive);
    r = ChooseFontA(&cf);
    ok(fired == 1, "the timer drove the dialog");
    ok(r, "OK returns TRUE: %lx", CommDlgExtendedError());
    ok(!strcmp(lf.lfFaceName, face), "the face kept: %s", lf.lfFaceName);
    ok(lf.lfHeight == -16, "12 points at 96 dpi: lfHeight %ld", lf.lfHeight);
    ok(lf.lfWeight == FW_BOLD && !lf.lfItalic, "Bold: weight %ld italic %d", lf.lfWeight, lf.lfItalic);
    ok(lf.lfUnderline && !lf.lfStrikeOut, "Underline: %d %d", lf.lfUnderline, lf.lfStrikeOut);
    ok(cf.iPointSize == 120, "iPointSize %d", cf.iPointSize);
    ok((cf.nFontType & (BOLD_FONTTYPE | ITALIC_FONTTYPE | REGULAR_FONTTYPE)) == BOLD_FONTTYPE &&
       (cf.nFontType & TRUETYPE_FONTTYPE), "nFontType %x: bold, the face's TrueType type", cf.nFontType);
    ok(cf.rgbColors == RGB(255, 0, 0), "Red: rgbColors %06lx", cf.rgbColors);

    cancel = 1;
    fired = 0;
    lf.lfHeight = -20;
    SetTimer(NULL, 0, 300, drive);
    r = ChooseFontA(&cf);
    ok(fired == 1 && !r && CommDlgExtendedError() == 0, "Cancel: FALSE, error 0 (%d %lx)", r,
       CommDlgExtendedError());
    ok(lf.lfHeight == -20 && lf.lfWeight == FW_BOLD, "Cancel left the LOGFONT");
    return test_done();
}
