/*
 * Brushes: solid, null, hatched (HS_*), and pattern brushes from a bitmap or a packed
 * DIB. A pattern brush keeps a private copy of the bitmap, so the
 * caller may delete its own.
 */
#include <stdlib.h>
#include <string.h>
#include "gdi_private.h"
#include "winerror.h"

void brush_delete(struct brush *brush)
{
    gdi_free_handle(brush->hdr.handle);
    bitmap_free(brush->pattern);
    free(brush);
}

static HBRUSH create_brush(const LOGBRUSH *log, struct bitmap *pattern)
{
    struct brush *brush;
    HBRUSH h;
    if (!(brush = calloc(1, sizeof(*brush)))) {
        bitmap_free(pattern);
        return NULL;
    }
    brush->log = *log;
    brush->log.lbColor &= 0xffffff;
    brush->pattern = pattern;
    if (!(h = gdi_alloc_handle(&brush->hdr, OBJ_BRUSH, MAGIC_BRUSH))) brush_delete(brush);
    return h;
}

static struct bitmap *copy_bitmap(const struct bitmap *src)
{
    struct bitmap *copy = bitmap_alloc(src->width, src->height, src->bpp, TRUE,
                                       src->bpp == 16 || src->bpp == 32 ? src->masks : NULL);
    if (!copy) return NULL;
    copy->colors = src->colors;
    memcpy(copy->table, src->table, sizeof(copy->table));
    for (int y = 0; y < src->height; y++)
        for (int x = 0; x < src->width; x++) pixel_put(copy, x, y, pixel_get(src, x, y));
    return copy;
}

WINBASEAPI HBRUSH WINAPI CreateSolidBrush(COLORREF color)
{
    LOGBRUSH lb = { BS_SOLID, color, 0 };
    return create_brush(&lb, NULL);
}

WINBASEAPI HBRUSH WINAPI CreateHatchBrush(INT style, COLORREF color)
{
    LOGBRUSH lb = { BS_HATCHED, color, style };
    if (style < HS_HORIZONTAL || style > HS_DIAGCROSS) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return NULL;
    }
    return create_brush(&lb, NULL);
}

WINBASEAPI HBRUSH WINAPI CreatePatternBrush(HBITMAP handle)
{
    struct bitmap *bmp, *copy = NULL;
    LOGBRUSH lb = { BS_PATTERN, 0, (ULONG_PTR)handle };
    gdi_lock();
    if ((bmp = gdi_get(handle, OBJ_BITMAP))) copy = copy_bitmap(bmp);
    gdi_unlock();
    if (!copy) return NULL;
    return create_brush(&lb, copy);
}

WINBASEAPI HBRUSH WINAPI CreateDIBPatternBrushPt(const void *packed, UINT usage)
{
    const BITMAPINFO *info = packed;
    struct bitmap view, *copy;
    LOGBRUSH lb = { BS_DIBPATTERN, usage, 0 };
    size_t table;

    if (!info) return NULL;
    memset(&view, 0, sizeof(view));
    if (!bitmap_set_format(&view, info, usage, NULL)) return NULL;
    table = view.bpp <= 8 ? view.colors * (usage == DIB_PAL_COLORS ? 2 : 4)
          : info->bmiHeader.biCompression == BI_BITFIELDS && info->bmiHeader.biSize < 52 ? 12 : 0;
    view.bits = (BYTE *)info + info->bmiHeader.biSize + table;
    copy = copy_bitmap(&view);
    if (!copy) return NULL;
    return create_brush(&lb, copy);
}

WINBASEAPI HBRUSH WINAPI CreateBrushIndirect(const LOGBRUSH *log)
{
    if (!log) return NULL;
    switch (log->lbStyle) {
    case BS_SOLID: case BS_NULL: return create_brush(log, NULL);
    case BS_HATCHED: return CreateHatchBrush(log->lbHatch, log->lbColor);
    case BS_PATTERN: return CreatePatternBrush((HBITMAP)log->lbHatch);
    case BS_DIBPATTERNPT: return CreateDIBPatternBrushPt((const void *)log->lbHatch, log->lbColor);
    default:
        SetLastError(ERROR_INVALID_PARAMETER);
        return NULL;
    }
}

int brush_get_object(struct brush *brush, int size, void *buffer)
{
    if (!buffer) return sizeof(LOGBRUSH);
    if (size < (int)sizeof(LOGBRUSH)) return 0;
    memcpy(buffer, &brush->log, sizeof(LOGBRUSH));
    return sizeof(LOGBRUSH);
}
