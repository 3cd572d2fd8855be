/* property sheets' internals shared by propsheet.c and propsheet_page.c */
#ifndef WINRUN_COMCTL32_PROPSHEET_H
#define WINRUN_COMCTL32_PROPSHEET_H

#include "comctl32_private.h"
#include "prsht.h"

WINUSERAPI INT WINAPI LoadStringW(HINSTANCE, UINT, LPWSTR, INT);

/* an HPROPSHEETPAGE */
struct _PSP {
    PROPSHEETPAGEW *psp;        /* the caller's structure copied (A or W layout) */
    BOOL unicode;               /* made by CreatePropertySheetPageW */
    WCHAR *title;               /* the tab's text */
    DLGTEMPLATE *tmpl;          /* the template as a DS_CONTROL child, NULL if missing */
};

void propsheet_template_size(const DLGTEMPLATE *tmpl, INT *cx, INT *cy);
HWND propsheet_page_create(HPROPSHEETPAGE page, HWND sheet);

#endif
