/*
 * PrintDlg, PageSetupDlg and PrintDlgEx. winrun has no printers (no
 * spooler, no printer drivers), so these behave as Windows does on a
 * machine with none installed: after the structure checks, a request for
 * the default printer (PD_RETURNDEFAULT, PSD_RETURNDEFAULT) fails
 * quietly with PDERR_NODEFAULTPRN, and an interactive call first tells
 * the user in a message box (one stderr line without a display, as every
 * MessageBox), then fails the same way. Programs take this path already:
 * it is what they meet on a Windows box without a printer.
 */
#include "comdlg32_private.h"

#define E_HANDLE ((HRESULT)0x80070006)

static void no_printer_message(HWND owner, const WCHAR *caption)
{
    MessageBoxW(IsWindow(owner) ? owner : NULL, u"No printers are installed.", caption, MB_OK | MB_ICONWARNING);
}

/* the shared rules of PrintDlg and PageSetupDlg: STRUCT's first DWORD is
 * its size, RETURN_DEFAULT says whether to ask nobody */
static BOOL print_dialog(const void *data, DWORD size, HWND owner, BOOL return_default, const WCHAR *caption)
{
    if (!data) return comdlg_set_error(CDERR_INITIALIZATION), FALSE;
    if (*(const DWORD *)data != size) return comdlg_set_error(CDERR_STRUCTSIZE), FALSE;
    if (!return_default) no_printer_message(owner, caption);
    comdlg_set_error(PDERR_NODEFAULTPRN);
    return FALSE;
}

COMDLG32API BOOL WINAPI PrintDlgW(PRINTDLGW *pd)
{
    return print_dialog(pd, sizeof(*pd), pd ? pd->hwndOwner : NULL, pd && (pd->Flags & PD_RETURNDEFAULT), u"Print");
}

COMDLG32API BOOL WINAPI PrintDlgA(PRINTDLGA *pd)
{
    return print_dialog(pd, sizeof(*pd), pd ? pd->hwndOwner : NULL, pd && (pd->Flags & PD_RETURNDEFAULT), u"Print");
}

COMDLG32API BOOL WINAPI PageSetupDlgW(PAGESETUPDLGW *psd)
{
    return print_dialog(psd, sizeof(*psd), psd ? psd->hwndOwner : NULL, psd && (psd->Flags & PSD_RETURNDEFAULT),
                        u"Page Setup");
}

COMDLG32API BOOL WINAPI PageSetupDlgA(PAGESETUPDLGA *psd)
{
    return print_dialog(psd, sizeof(*psd), psd ? psd->hwndOwner : NULL, psd && (psd->Flags & PSD_RETURNDEFAULT),
                        u"Page Setup");
}

/* PrintDlgEx answers in HRESULTs: E_FAIL with the extended error */
static HRESULT print_dialog_ex(const PRINTDLGEXW *pd)
{
    if (!pd || pd->lStructSize != sizeof(*pd)) return E_INVALIDARG;
    if (!IsWindow(pd->hwndOwner)) return E_HANDLE;
    if (!(pd->Flags & PD_RETURNDEFAULT)) no_printer_message(pd->hwndOwner, u"Print");
    comdlg_set_error(PDERR_NODEFAULTPRN);
    return E_FAIL;
}

COMDLG32API HRESULT WINAPI PrintDlgExW(PRINTDLGEXW *pd)
{
    return print_dialog_ex(pd);
}

COMDLG32API HRESULT WINAPI PrintDlgExA(PRINTDLGEXA *pd)
{
    return print_dialog_ex((const PRINTDLGEXW *)pd);   /* the same layout but for the strings */
}
