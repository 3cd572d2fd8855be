/*
 * The document functions of printing: StartDoc, StartPage, EndPage,
 * EndDoc, AbortDoc. winrun has no printers, so no DC is a printer DC
 * (CreateDC of a printer fails, comdlg32's PrintDlg finds none): each
 * call is refused, SP_ERROR for a handle that is no DC and 0 for a
 * display or memory DC, the answers Wine's display driver gives.
 */
#include "gdi_private.h"
#include "winerror.h"

static INT doc_call(HDC hdc)
{
    BOOL is_dc;
    gdi_lock();
    is_dc = dc_get(hdc) != NULL;
    gdi_unlock();
    if (!is_dc) {
        SetLastError(ERROR_INVALID_HANDLE);
        return SP_ERROR;
    }
    return 0;
}

WINBASEAPI INT WINAPI StartDocW(HDC hdc, const DOCINFOW *info)
{
    (void)info;
    return doc_call(hdc);
}

WINBASEAPI INT WINAPI StartDocA(HDC hdc, const DOCINFOA *info)
{
    (void)info;
    return doc_call(hdc);
}

WINBASEAPI INT WINAPI StartPage(HDC hdc)
{
    return doc_call(hdc);
}

WINBASEAPI INT WINAPI EndPage(HDC hdc)
{
    return doc_call(hdc);
}

WINBASEAPI INT WINAPI EndDoc(HDC hdc)
{
    return doc_call(hdc);
}

WINBASEAPI INT WINAPI AbortDoc(HDC hdc)
{
    return doc_call(hdc);
}
