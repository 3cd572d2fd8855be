/*
 * FillRect, FrameRect and InvertRect: user32 exports (as on Windows) that
 * draw with gdi32's PatBlt. gdi32 is loaded on the first call rather than
 * imported, so programs that use user32 only for strings or characters
 * never load gdi32 and pixman.
 */
#include <pthread.h>
#include "winbase.h"
#include "wingdi.h"
#include "winuser.h"

WINUSERAPI DWORD WINAPI GetSysColor(INT index);   /* sysparams.c */

#define COLOR_MAX 30   /* the highest system colour index (COLOR_MENUBAR) */

static struct {
    HGDIOBJ (WINAPI *select_object)(HDC, HGDIOBJ);
    BOOL (WINAPI *pat_blt)(HDC, INT, INT, INT, INT, DWORD);
    HBRUSH (WINAPI *create_solid_brush)(COLORREF);
    BOOL (WINAPI *delete_object)(HGDIOBJ);
} gdi;
static pthread_once_t gdi_once = PTHREAD_ONCE_INIT;

static void load_gdi32(void)
{
    static const WCHAR name[] = u"gdi32.dll";
    HMODULE module = LoadLibraryW(name);
    if (!module) return;
    gdi.select_object = (void *)GetProcAddress(module, "SelectObject");
    gdi.pat_blt = (void *)GetProcAddress(module, "PatBlt");
    gdi.create_solid_brush = (void *)GetProcAddress(module, "CreateSolidBrush");
    gdi.delete_object = (void *)GetProcAddress(module, "DeleteObject");
}

static BOOL have_gdi(void)
{
    pthread_once(&gdi_once, load_gdi32);
    return gdi.select_object && gdi.pat_blt && gdi.create_solid_brush && gdi.delete_object;
}

/* A brush value of COLOR_x + 1 stands for that system colour. */
static HBRUSH real_brush(HBRUSH brush, BOOL *temporary)
{
    ULONG_PTR value = (ULONG_PTR)brush;
    *temporary = FALSE;
    if (value && value <= COLOR_MAX + 1) {
        *temporary = TRUE;
        return gdi.create_solid_brush(GetSysColor((INT)value - 1));
    }
    return brush;
}

static BOOL pat_rect(HDC hdc, const RECT *rect, HBRUSH brush, DWORD rop)
{
    BOOL temporary, ret;
    HGDIOBJ old;

    if (!rect || !have_gdi()) return FALSE;
    if (rop == DSTINVERT) return gdi.pat_blt(hdc, rect->left, rect->top, rect->right - rect->left,
                                             rect->bottom - rect->top, DSTINVERT);
    if (!(brush = real_brush(brush, &temporary))) return FALSE;
    if (!(old = gdi.select_object(hdc, brush))) {
        if (temporary) gdi.delete_object(brush);
        return FALSE;
    }
    if (rop == PATCOPY) {
        ret = gdi.pat_blt(hdc, rect->left, rect->top, rect->right - rect->left, rect->bottom - rect->top, PATCOPY);
    } else {
        /* FrameRect: one-pixel sides, nothing for an empty rectangle */
        ret = TRUE;
        if (rect->right > rect->left && rect->bottom > rect->top) {
            int w = rect->right - rect->left, h = rect->bottom - rect->top;
            gdi.pat_blt(hdc, rect->left, rect->top, 1, h, PATCOPY);
            gdi.pat_blt(hdc, rect->right - 1, rect->top, 1, h, PATCOPY);
            gdi.pat_blt(hdc, rect->left, rect->top, w, 1, PATCOPY);
            gdi.pat_blt(hdc, rect->left, rect->bottom - 1, w, 1, PATCOPY);
        }
    }
    gdi.select_object(hdc, old);
    if (temporary) gdi.delete_object(brush);
    return ret;
}

WINUSERAPI INT WINAPI FillRect(HDC hdc, const RECT *rect, HBRUSH brush)
{
    return pat_rect(hdc, rect, brush, PATCOPY);
}

WINUSERAPI INT WINAPI FrameRect(HDC hdc, const RECT *rect, HBRUSH brush)
{
    return pat_rect(hdc, rect, brush, 0);
}

WINUSERAPI BOOL WINAPI InvertRect(HDC hdc, const RECT *rect)
{
    return pat_rect(hdc, rect, NULL, DSTINVERT);
}
