/*
 * Property sheet pages: CreatePropertySheetPageA/W, DestroyPropertySheetPage
 * and the page's dialog template. An HPROPSHEETPAGE owns a copy of the
 * caller's PROPSHEETPAGE (all dwSize bytes: programs append their own data
 * after the structure and read it back through WM_INITDIALOG's lParam), the
 * tab title as UTF-16 and the template turned into a DS_CONTROL child.
 */
#include <stdlib.h>
#include <string.h>
#include "propsheet.h"
#include "winrun/unicode.h"

WINBASEAPI HRSRC WINAPI FindResourceA(HMODULE, LPCSTR, LPCSTR);

/* skip a sz_Or_Ord field of a dialog template */
static const WORD *skip_sz_or_ord(const WORD *p)
{
    if (*p == 0xffff) return p + 2;
    while (*p) p++;
    return p + 1;
}

static const BYTE *align4(const BYTE *base, const BYTE *p)
{
    return base + ((p - base + 3) & ~3);
}

/* the byte size of a DLGTEMPLATE or DLGTEMPLATEEX with its items, for
 * templates given in memory (PSP_DLGINDIRECT) whose size nobody tells */
static size_t template_size(const DLGTEMPLATE *tmpl)
{
    const BYTE *base = (const BYTE *)tmpl;
    const WORD *w = (const WORD *)tmpl;
    BOOL ex = w[0] == 1 && w[1] == 0xffff;
    DWORD style = ex ? *(const DWORD *)(base + 12) : tmpl->style;
    WORD count = ex ? *(const WORD *)(base + 16) : tmpl->cdit;
    const WORD *p = (const WORD *)(base + (ex ? 26 : 18));
    p = skip_sz_or_ord(p);              /* menu */
    p = skip_sz_or_ord(p);              /* class */
    p = skip_sz_or_ord(p);              /* title */
    if (style & DS_SETFONT) {
        p += ex ? 3 : 1;                /* point size (weight, italic, charset) */
        p = skip_sz_or_ord(p);
    }
    const BYTE *q = (const BYTE *)p;
    for (WORD i = 0; i < count; i++) {
        q = align4(base, q) + (ex ? 24 : 18);
        p = skip_sz_or_ord(skip_sz_or_ord((const WORD *)q));
        WORD extra = *p++;
        q = (const BYTE *)p + extra;
    }
    return q - base;
}

/* a template's size in dialog units, for sizing the sheet */
void propsheet_template_size(const DLGTEMPLATE *tmpl, INT *cx, INT *cy)
{
    const WORD *w = (const WORD *)tmpl;
    if (w[0] == 1 && w[1] == 0xffff) {
        *cx = (short)w[11];
        *cy = (short)w[12];
    } else {
        *cx = tmpl->cx;
        *cy = tmpl->cy;
    }
}

/* the page's template from its resource or PSP_DLGINDIRECT, copied with
 * the style of a child dialog the sheet's navigation goes into */
static DLGTEMPLATE *load_template(const PROPSHEETPAGEW *psp, BOOL unicode)
{
    const DLGTEMPLATE *src;
    size_t size;
    if (psp->dwFlags & PSP_DLGINDIRECT) {
        if (!(src = psp->pResource)) return NULL;
        size = template_size(src);
    } else {
        HRSRC res = unicode ? FindResourceW(psp->hInstance, psp->pszTemplate, (LPCWSTR)RT_DIALOG)
                            : FindResourceA(psp->hInstance, (LPCSTR)psp->pszTemplate, (LPCSTR)RT_DIALOG);
        if (!res) return NULL;
        if (!(src = LockResource(LoadResource(psp->hInstance, res)))) return NULL;
        size = SizeofResource(psp->hInstance, res);
    }
    DLGTEMPLATE *copy = malloc(size);
    if (!copy) return NULL;
    memcpy(copy, src, size);
    DWORD *style = (DWORD *)copy;
    const WORD *w = (const WORD *)copy;
    if (w[0] == 1 && w[1] == 0xffff) style = (DWORD *)((BYTE *)copy + 12);
    *style = (*style & ~(WS_POPUP | WS_CAPTION | WS_SYSMENU | WS_VISIBLE | WS_DISABLED | DS_MODALFRAME))
             | WS_CHILD | WS_TABSTOP | DS_CONTROL | DS_3DLOOK;
    return copy;
}

static HPROPSHEETPAGE create_page(const void *src, BOOL unicode)
{
    const PROPSHEETPAGEW *in = src;
    if (!in || in->dwSize < PROPSHEETPAGEW_V1_SIZE) return NULL;
    struct _PSP *page = calloc(1, sizeof(*page));
    size_t size = in->dwSize > sizeof(PROPSHEETPAGEW) ? in->dwSize : sizeof(PROPSHEETPAGEW);
    if (!page || !(page->psp = calloc(1, size))) {
        free(page);
        return NULL;
    }
    memcpy(page->psp, in, in->dwSize);
    page->unicode = unicode;
    if ((in->dwFlags & PSP_USETITLE) && in->pszTitle) {
        if (IS_INTRESOURCE(in->pszTitle)) {
            WCHAR buf[256];
            if (!LoadStringW(in->hInstance, (UINT)(ULONG_PTR)in->pszTitle, buf, 256)) buf[0] = 0;
            page->title = wcs_dup(buf);
        } else {
            page->title = str_dup_aw(in->pszTitle, unicode);
        }
    }
    if (!page->title) page->title = wcs_dup(u"");
    page->tmpl = load_template(in, unicode);
    /* the callback's ADDREF comes once the page exists, as comctl32's does */
    if ((in->dwFlags & PSP_USECALLBACK) && in->pfnCallback)
        in->pfnCallback(NULL, PSPCB_ADDREF, page->psp);
    if ((in->dwFlags & PSP_USEREFPARENT) && in->pcRefParent) (*in->pcRefParent)++;
    return page;
}

COMCTL32API HPROPSHEETPAGE WINAPI CreatePropertySheetPageW(LPCPROPSHEETPAGEW psp)
{
    return create_page(psp, TRUE);
}

COMCTL32API HPROPSHEETPAGE WINAPI CreatePropertySheetPageA(LPCPROPSHEETPAGEA psp)
{
    return create_page(psp, FALSE);
}

COMCTL32API BOOL WINAPI DestroyPropertySheetPage(HPROPSHEETPAGE page)
{
    if (!page) return FALSE;
    PROPSHEETPAGEW *psp = page->psp;
    if ((psp->dwFlags & PSP_USECALLBACK) && psp->pfnCallback)
        psp->pfnCallback(NULL, PSPCB_RELEASE, psp);
    if ((psp->dwFlags & PSP_USEREFPARENT) && psp->pcRefParent) (*psp->pcRefParent)--;
    free(page->tmpl);
    free(page->title);
    free(page->psp);
    free(page);
    return TRUE;
}

/* make the page's window under SHEET: PSPCB_CREATE may refuse it */
HWND propsheet_page_create(HPROPSHEETPAGE page, HWND sheet)
{
    PROPSHEETPAGEW *psp = page->psp;
    if (!page->tmpl) return NULL;
    if ((psp->dwFlags & PSP_USECALLBACK) && psp->pfnCallback
        && !psp->pfnCallback(NULL, PSPCB_CREATE, psp))
        return NULL;
    if (page->unicode)
        return CreateDialogIndirectParamW(psp->hInstance, page->tmpl, sheet, psp->pfnDlgProc, (LPARAM)psp);
    return CreateDialogIndirectParamA(psp->hInstance, page->tmpl, sheet, psp->pfnDlgProc, (LPARAM)psp);
}
