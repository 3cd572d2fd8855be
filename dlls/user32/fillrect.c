/*
 * FillRect, FrameRect and InvertRect: user32 exports (as on Windows) that
 * draw with gdi32's PatBlt. gdi32 is loaded on the first call rather than
 * imported, so programs that use user32 only for strings or characters
 * never load gdi32 and pixman.
 */
#include "winbase.h"
#include "wingdi.h"
#include "winuser.h"
#include "gdiload.h"

WINUSERAPI DWORD WINAPI GetSysColor(INT index);   /* sysparams.c */

#define COLOR_MAX 30   /* the highest system colour index (COLOR_MENUBAR) */

static const struct user_gdi *gdi;   /* set by have_gdi: the same value from every thread */

static BOOL have_gdi(void)
{
    return (gdi = user_gdi()) != NULL;
}

/* A brush value of COLOR_x + 1 stands for that system colour. */
static HBRUSH real_brush(HBRUSH brush, BOOL *temporary)
{
    ULONG_PTR value = (ULONG_PTR)brush;
    *temporary = FALSE;
    if (value && value <= COLOR_MAX + 1) {
        *temporary = TRUE;
        return gdi->create_solid_brush(GetSysColor((INT)value - 1));
    }
    return brush;
}

static BOOL pat_rect(HDC hdc, const RECT *rect, HBRUSH brush, DWORD rop)
{
    BOOL temporary, ret;
    HGDIOBJ old;

    if (!rect || !have_gdi()) return FALSE;
    if (rop == DSTINVERT) return gdi->pat_blt(hdc, rect->left, rect->top, rect->right - rect->left,
                                             rect->bottom - rect->top, DSTINVERT);
    if (!(brush = real_brush(brush, &temporary))) return FALSE;
    if (!(old = gdi->select_object(hdc, brush))) {
        if (temporary) gdi->delete_object(brush);
        return FALSE;
    }
    if (rop == PATCOPY) {
        ret = gdi->pat_blt(hdc, rect->left, rect->top, rect->right - rect->left, rect->bottom - rect->top, PATCOPY);
    } else {
        /* FrameRect: one-pixel sides, nothing for an empty rectangle */
        ret = TRUE;
        if (rect->right > rect->left && rect->bottom > rect->top) {
            int w = rect->right - rect->left, h = rect->bottom - rect->top;
            gdi->pat_blt(hdc, rect->left, rect->top, 1, h, PATCOPY);
            gdi->pat_blt(hdc, rect->right - 1, rect->top, 1, h, PATCOPY);
            gdi->pat_blt(hdc, rect->left, rect->top, w, 1, PATCOPY);
            gdi->pat_blt(hdc, rect->left, rect->bottom - 1, w, 1, PATCOPY);
        }
    }
    gdi->select_object(hdc, old);
    if (temporary) gdi->delete_object(brush);
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
