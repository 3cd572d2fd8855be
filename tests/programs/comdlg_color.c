/* comdlg32: ChooseColor's argument checks; with a display (Wine under
 * xvfb-run, winrun in the GUI suite) the dialog driven by a timer: the
 * Red/Green/Blue edits (COLOR_RED..COLOR_BLUE, which Windows' dialog has
 * too) set the colour OK returns, "Add to Custom Colors" (COLOR_ADD)
 * stores it in the first custom slot, Cancel returns FALSE with error 0
 * and leaves the structure alone. winrun without a display shows no
 * dialog: FALSE with error 0 after one stderr line (run.sh checks it).
 * Expectations from Wine. */
#include "test.h"
#include <commdlg.h>
#include <dlgs.h>

/* the colour dialog's ids in Windows' dlgs.h (mingw-w64's lacks them) */
#ifndef COLOR_RED
#define COLOR_RED   706
#define COLOR_GREEN 707
#define COLOR_BLUE  708
#define COLOR_ADD   712
#endif

static int step;   /* what the timer does: 1 set and OK, 2 set, add, OK, 3 cancel */
static int fired;

static void CALLBACK drive(HWND hwnd, UINT msg, UINT_PTR id, DWORD time)
{
    HWND dlg = GetActiveWindow();
    (void)hwnd; (void)msg; (void)time;
    if (!dlg || !GetDlgItem(dlg, COLOR_RED)) return;
    KillTimer(NULL, id);
    fired++;
    if (step == 3) {
        PostMessageA(dlg, WM_COMMAND, IDCANCEL, 0);
        return;
    }
    SetDlgItemInt(dlg, COLOR_RED, 10, FALSE);
    SetDlgItemInt(dlg, COLOR_GREEN, 20, FALSE);
    SetDlgItemInt(dlg, COLOR_BLUE, step == 2 ? 40 : 30, FALSE);
    if (step == 2) SendMessageA(dlg, WM_COMMAND, COLOR_ADD, (LPARAM)GetDlgItem(dlg, COLOR_ADD));
    PostMessageA(dlg, WM_COMMAND, IDOK, 0);
}

static BOOL run(CHOOSECOLORA *cc, int what)
{
    step = what;
    fired = 0;
    SetTimer(NULL, 0, 200, drive);
    return ChooseColorA(cc);
}

int main(void)
{
    BOOL wine = GetProcAddress(GetModuleHandleA("ntdll"), "wine_get_version") != NULL;
    COLORREF custom[16];
    CHOOSECOLORA cc;
    BOOL r;

    for (int i = 0; i < 16; i++) custom[i] = RGB(255, 255, 255);
    custom[3] = RGB(1, 2, 3);
    memset(&cc, 0, sizeof(cc));
    cc.lStructSize = sizeof(cc);
    cc.lpCustColors = custom;
    /* Wine 8 checks no size and shows the dialog; Windows refuses */
    if (!wine) {
        cc.lStructSize = sizeof(cc) - 1;
        r = ChooseColorA(&cc);
        ok(!r && CommDlgExtendedError() == CDERR_STRUCTSIZE, "bad size: %d %lx", r, CommDlgExtendedError());
        cc.lStructSize = sizeof(cc);
    }

    if (!wine && !GetEnvironmentVariableA("DISPLAY", NULL, 0)) {
        cc.rgbResult = RGB(9, 9, 9);
        r = ChooseColorA(&cc);
        ok(!r && CommDlgExtendedError() == 0, "no display: cancelled (%d %lx)", r, CommDlgExtendedError());
        ok(cc.rgbResult == RGB(9, 9, 9), "rgbResult untouched");
        return test_done();
    }

    cc.Flags = CC_RGBINIT | CC_FULLOPEN;
    cc.rgbResult = RGB(0, 0, 255);
    r = run(&cc, 1);
    ok(fired == 1, "the timer drove the dialog");
    ok(r, "OK returns TRUE: %lx", CommDlgExtendedError());
    ok(cc.rgbResult == RGB(10, 20, 30), "the edits' colour returned: %06lx", cc.rgbResult);
    ok(custom[3] == RGB(1, 2, 3) && custom[0] == RGB(255, 255, 255), "custom colours kept");

    r = run(&cc, 2);
    ok(r && cc.rgbResult == RGB(10, 20, 40), "second run: %d %06lx", r, cc.rgbResult);
    ok(custom[0] == RGB(10, 20, 40), "Add to Custom Colors filled the first slot: %06lx", custom[0]);
    ok(custom[3] == RGB(1, 2, 3), "the others kept");

    r = run(&cc, 3);
    ok(!r && CommDlgExtendedError() == 0, "Cancel: FALSE, error 0 (%d %lx)", r, CommDlgExtendedError());
    ok(cc.rgbResult == RGB(10, 20, 40), "Cancel left rgbResult: %06lx", cc.rgbResult);
    return test_done();
}
