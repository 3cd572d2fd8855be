/* comdlg32's printing dialogs and gdi32's document calls on a system with
 * no printer (winrun has none; Wine's prefix here has none either): the
 * structure checks, PD_RETURNDEFAULT/PSD_RETURNDEFAULT failing with
 * PDERR_NODEFAULTPRN, PrintDlgEx's HRESULTs, and StartDoc/EndDoc
 * refused on a memory DC. Interactive calls are not made: on a display
 * they would wait for a user (winrun's no-printer message is a
 * MessageBox). Expectations from Wine, except where noted. */
#include "test.h"
#include <commdlg.h>

static int is_wine(void)
{
    return GetProcAddress(GetModuleHandleA("ntdll"), "wine_get_version") != NULL;
}

/* winrun without a display: the no-printer message is one stderr line
 * (run.sh checks it) and the call fails as with PD_RETURNDEFAULT. Not
 * under Wine, whose dialog would wait for a user. */
static void interactive(void)
{
    PRINTDLGA pd;
    BOOL r;

    if (is_wine()) return;
    memset(&pd, 0, sizeof(pd));
    pd.lStructSize = sizeof(pd);
    r = PrintDlgA(&pd);
    ok(!r && CommDlgExtendedError() == PDERR_NODEFAULTPRN, "PrintDlg, no printer: %d %lx", r,
       CommDlgExtendedError());
}

int main(int argc, char **argv)
{
    PRINTDLGA pd;
    PRINTDLGW pdw;
    PAGESETUPDLGA psd;
    PRINTDLGEXA pdx;
    DOCINFOA di = { sizeof(di), "doc", NULL, NULL, 0 };
    HWND owner = CreateWindowA("STATIC", "owner", 0, 0, 0, 10, 10, NULL, NULL, NULL, NULL);
    HRESULT hr;
    HDC dc;
    BOOL r;

    if (argc > 1 && !strcmp(argv[1], "interactive")) {
        interactive();
        return test_done();
    }
    ok(sizeof(PRINTDLGA) == 120 && sizeof(PAGESETUPDLGA) == 128 && sizeof(PRINTDLGEXA) == 136,
       "64-bit structure sizes %d %d %d", (int)sizeof(PRINTDLGA), (int)sizeof(PAGESETUPDLGA),
       (int)sizeof(PRINTDLGEXA));
    r = PrintDlgA(NULL);
    ok(!r && CommDlgExtendedError() == CDERR_INITIALIZATION, "PrintDlg(NULL): %d %lx", r, CommDlgExtendedError());
    memset(&pd, 0, sizeof(pd));
    pd.lStructSize = sizeof(pd) - 1;
    r = PrintDlgA(&pd);
    ok(!r && CommDlgExtendedError() == CDERR_STRUCTSIZE, "PrintDlg, bad size: %d %lx", r, CommDlgExtendedError());
    pd.lStructSize = sizeof(pd);
    pd.Flags = PD_RETURNDEFAULT;
    r = PrintDlgA(&pd);
    ok(!r && CommDlgExtendedError() == PDERR_NODEFAULTPRN, "PrintDlg PD_RETURNDEFAULT, no printer: %d %lx", r,
       CommDlgExtendedError());
    ok(!pd.hDevMode && !pd.hDevNames && !pd.hDC, "nothing returned");
    memset(&pdw, 0, sizeof(pdw));
    pdw.lStructSize = sizeof(pdw);
    pdw.Flags = PD_RETURNDEFAULT;
    r = PrintDlgW(&pdw);
    ok(!r && CommDlgExtendedError() == PDERR_NODEFAULTPRN, "PrintDlgW PD_RETURNDEFAULT: %d %lx", r,
       CommDlgExtendedError());

    /* Wine 8's PageSetupDlg crashes without a printer */
    if (!is_wine()) {
        memset(&psd, 0, sizeof(psd));
        psd.lStructSize = sizeof(psd);
        psd.Flags = PSD_RETURNDEFAULT;
        r = PageSetupDlgA(&psd);
        ok(!r && CommDlgExtendedError() == PDERR_NODEFAULTPRN, "PageSetupDlg PSD_RETURNDEFAULT: %d %lx", r,
           CommDlgExtendedError());
        r = PageSetupDlgA(NULL);
        ok(!r && CommDlgExtendedError() == CDERR_INITIALIZATION, "PageSetupDlg(NULL): %d %lx", r,
           CommDlgExtendedError());
    }

    hr = PrintDlgExA(NULL);
    ok(hr == E_INVALIDARG, "PrintDlgEx(NULL): %lx", hr);
    memset(&pdx, 0, sizeof(pdx));
    pdx.lStructSize = 3;
    hr = PrintDlgExA(&pdx);
    ok(hr == E_INVALIDARG, "PrintDlgEx, bad size: %lx", hr);
    pdx.lStructSize = sizeof(pdx);
    pdx.Flags = PD_RETURNDEFAULT;
    pdx.nStartPage = START_PAGE_GENERAL;
    hr = PrintDlgExA(&pdx);
    ok(hr == E_HANDLE, "PrintDlgEx without an owner: %lx", hr);
    pdx.hwndOwner = owner;
    hr = PrintDlgExA(&pdx);
    ok(FAILED(hr) && !pdx.hDevMode && !pdx.hDevNames, "PrintDlgEx PD_RETURNDEFAULT, no printer: %lx", hr);

    dc = CreateCompatibleDC(NULL);
    ok(StartDocA(dc, &di) <= 0, "StartDoc refused on a memory DC");
    ok(EndDoc(dc) <= 0, "EndDoc refused on a memory DC");
    ok(EndPage(dc) <= 0, "EndPage refused on a memory DC");
    ok(AbortDoc(dc) <= 0, "AbortDoc refused on a memory DC");
    ok(StartDocA(NULL, &di) == SP_ERROR, "StartDoc(NULL): SP_ERROR");
    DeleteDC(dc);
    DestroyWindow(owner);
    return test_done();
}
