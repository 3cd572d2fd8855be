/*
 * Pens: CreatePen(Indirect) and ExtCreatePen. One-pixel pens draw through
 * line.c with the styles PS_SOLID, PS_DASH, PS_DOT, PS_DASHDOT,
 * PS_DASHDOTDOT and PS_NULL (PS_INSIDEFRAME is solid); wider geometric
 * pens (CreatePen's width > 1, or PS_GEOMETRIC) through widepen.c, which
 * reads the end cap and join bits kept in the style.
 */
#include <stdlib.h>
#include <string.h>
#include "gdi_private.h"
#include "winerror.h"

void pen_delete(struct pen *pen)
{
    gdi_free_handle(pen->hdr.handle);
    free(pen);
}

WINBASEAPI HPEN WINAPI CreatePen(INT style, INT width, COLORREF color)
{
    struct pen *pen;
    HPEN h;
    if ((style & PS_STYLE_MASK) > PS_ALTERNATE) style = PS_SOLID;
    if (!(pen = calloc(1, sizeof(*pen)))) return NULL;
    pen->style = style & PS_STYLE_MASK;
    pen->width = width < 0 ? 0 : width;
    /* Windows makes styled pens wider than one pixel solid */
    if (pen->width > 1 && pen->style >= PS_DASH && pen->style <= PS_DASHDOTDOT) pen->style = PS_SOLID;
    pen->color = color & 0xffffff;
    if (!(h = gdi_alloc_handle(&pen->hdr, OBJ_PEN, MAGIC_PEN))) free(pen);
    return h;
}

WINBASEAPI HPEN WINAPI CreatePenIndirect(const LOGPEN *lp)
{
    if (!lp) return NULL;
    return CreatePen(lp->lopnStyle, lp->lopnWidth.x, lp->lopnColor);
}

WINBASEAPI HPEN WINAPI ExtCreatePen(DWORD style, DWORD width, const LOGBRUSH *brush, DWORD count,
                                    const DWORD *entries)
{
    struct pen *pen;
    HPEN h;
    (void)entries;
    if (!brush || (count && (style & PS_STYLE_MASK) != PS_USERSTYLE)) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return NULL;
    }
    if ((style & PS_TYPE_MASK) == PS_COSMETIC && width != 1) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return NULL;
    }
    if (brush->lbStyle != BS_SOLID && brush->lbStyle != BS_NULL) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return NULL;
    }
    if (!(pen = calloc(1, sizeof(*pen)))) return NULL;
    pen->style = style;
    pen->width = width;
    pen->color = brush->lbColor & 0xffffff;
    if (brush->lbStyle == BS_NULL) pen->style = (style & ~PS_STYLE_MASK) | PS_NULL;
    pen->ext = TRUE;
    if (!(h = gdi_alloc_handle(&pen->hdr, OBJ_EXTPEN, MAGIC_EXTPEN))) free(pen);
    return h;
}

int pen_get_object(struct pen *pen, int size, void *buffer)
{
    if (pen->ext) {
        EXTLOGPEN elp;
        int need = offsetof(EXTLOGPEN, elpStyleEntry);
        memset(&elp, 0, sizeof(elp));
        elp.elpPenStyle = pen->style;
        elp.elpWidth = pen->width;
        elp.elpBrushStyle = (pen->style & PS_STYLE_MASK) == PS_NULL ? BS_NULL : BS_SOLID;
        elp.elpColor = pen->color;
        if (!buffer) return need;
        if (size < need) return 0;
        memcpy(buffer, &elp, need);
        return need;
    }
    LOGPEN lp;
    lp.lopnStyle = pen->style;
    lp.lopnWidth.x = pen->width;
    lp.lopnWidth.y = 0;
    lp.lopnColor = pen->color;
    if (!buffer) return sizeof(lp);
    if (size < (int)sizeof(lp)) return 0;
    memcpy(buffer, &lp, sizeof(lp));
    return sizeof(lp);
}
