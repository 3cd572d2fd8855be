/*
 * Rasterizer core: raster operations and filling a clipped area with a
 * brush. Pixels are combined as raw values of the target format, as
 * Windows does (ROP2 and ROP3 act on bits, not on colours).
 */
#include <stdlib.h>
#include <string.h>
#include "gdi_private.h"

/* ROP2 code R (1..16): R-1 is the truth table, bit (P<<1 | D). */
static inline DWORD rop2_apply(int rop2, DWORD p, DWORD d)
{
    int t = rop2 - 1;
    DWORD r = 0;
    if (t & 1) r |= ~p & ~d;
    if (t & 2) r |= ~p & d;
    if (t & 4) r |= p & ~d;
    if (t & 8) r |= p & d;
    return r;
}

/* ROP3 (the index byte, bits 16-23 of the code): bit (P<<2 | S<<1 | D). */
DWORD rop3_apply(DWORD rop, DWORD p, DWORD s, DWORD d)
{
    DWORD r = 0;
    BYTE t = rop >> 16;
    switch (t) {   /* the common codes directly */
    case 0xcc: return s;
    case 0xf0: return p;
    case 0x00: return 0;
    case 0xff: return ~0u;
    case 0x55: return ~d;
    case 0x66: return s ^ d;
    case 0x88: return s & d;
    case 0xee: return s | d;
    case 0x5a: return p ^ d;
    }
    for (int i = 0; i < 8; i++)
        if (t & (1 << i))
            r |= (i & 4 ? p : ~p) & (i & 2 ? s : ~s) & (i & 1 ? d : ~d);
    return r;
}

BOOL brush_fill_init(struct dc *dc, struct bitmap *bmp, struct brush_fill *fill)
{
    struct brush *brush = gdi_get(dc->s.brush, OBJ_BRUSH);
    memset(fill, 0, sizeof(*fill));
    fill->org = dc->s.brush_org;
    if (!brush || brush->log.lbStyle == BS_NULL) return TRUE;
    if (brush->log.lbStyle == BS_HATCHED) {
        /* 8x8 hatches, bit 7 leftmost, as Windows draws them */
        static const BYTE hatches[6][8] = {
            { 0x00, 0x00, 0x00, 0xff, 0x00, 0x00, 0x00, 0x00 },   /* HS_HORIZONTAL */
            { 0x08, 0x08, 0x08, 0x08, 0x08, 0x08, 0x08, 0x08 },   /* HS_VERTICAL */
            { 0x80, 0x40, 0x20, 0x10, 0x08, 0x04, 0x02, 0x01 },   /* HS_FDIAGONAL */
            { 0x01, 0x02, 0x04, 0x08, 0x10, 0x20, 0x40, 0x80 },   /* HS_BDIAGONAL */
            { 0x08, 0x08, 0x08, 0xff, 0x08, 0x08, 0x08, 0x08 },   /* HS_CROSS */
            { 0x81, 0x42, 0x24, 0x18, 0x18, 0x24, 0x42, 0x81 },   /* HS_DIAGCROSS */
        };
        fill->kind = 3;
        memcpy(fill->hatch, hatches[brush->log.lbHatch % 6], 8);
        fill->fg = dc_color_to_pixel(bmp, brush->log.lbColor, dc->s.bk_color);
        fill->bg = color_to_pixel(bmp, dc->s.bk_color);
        fill->transparent_bg = dc->s.bk_mode == TRANSPARENT;
        return TRUE;
    }
    if (!brush->pattern) {
        COLORREF color = dc->s.brush == GetStockObject(DC_BRUSH) ? dc->s.dc_brush_color : brush->log.lbColor;
        fill->kind = 1;
        fill->pixel = dc_color_to_pixel(bmp, color, dc->s.bk_color);
        return TRUE;
    }
    /* a pattern, converted once to the target format; a monochrome one
     * takes the text colour for 0 bits and the background for 1 bits */
    struct bitmap *pat = brush->pattern;
    if (!(fill->pattern = bitmap_alloc(pat->width, pat->height, bmp->bpp, TRUE,
                                       bmp->bpp == 16 || bmp->bpp == 32 ? bmp->masks : NULL)))
        return FALSE;
    fill->pattern->colors = bmp->colors;
    memcpy(fill->pattern->table, bmp->table, sizeof(bmp->table));
    {
        DWORD fg = color_to_pixel(bmp, dc->s.text_color), bg = color_to_pixel(bmp, dc->s.bk_color);
        for (int y = 0; y < pat->height; y++)
            for (int x = 0; x < pat->width; x++) {
                DWORD v = pixel_get(pat, x, y);
                if (pat->bpp == 1 && brush->log.lbStyle == BS_PATTERN) v = v ? bg : fg;
                else v = color_to_pixel(bmp, pixel_to_color(pat, v));
                pixel_put(fill->pattern, x, y, v);
            }
    }
    fill->kind = 2;
    return TRUE;
}

void brush_fill_done(struct brush_fill *fill)
{
    bitmap_free(fill->pattern);
    fill->pattern = NULL;
}

static inline int pos_mod(int a, int n)
{
    int r = a % n;
    return r < 0 ? r + n : r;
}

/* Hatch background bits in TRANSPARENT mode leave the pixel alone. */
static inline BOOL pattern_skip(const struct brush_fill *fill, int x, int y)
{
    return fill->kind == 3 && fill->transparent_bg &&
           !(fill->hatch[pos_mod(y - fill->org.y, 8)] & (0x80 >> pos_mod(x - fill->org.x, 8)));
}

static inline DWORD pattern_pixel(const struct brush_fill *fill, int x, int y)
{
    if (fill->kind == 1) return fill->pixel;
    if (fill->kind == 3)
        return fill->hatch[pos_mod(y - fill->org.y, 8)] & (0x80 >> pos_mod(x - fill->org.x, 8)) ? fill->fg : fill->bg;
    return pixel_get(fill->pattern, pos_mod(x - fill->org.x, fill->pattern->width),
                     pos_mod(y - fill->org.y, fill->pattern->height));
}

void fill_region_rop2(struct bitmap *bmp, const pixman_region32_t *area, struct brush_fill *fill, int rop2)
{
    int n;
    pixman_box32_t *boxes = pixman_region32_rectangles((pixman_region32_t *)area, &n);
    DWORD mask = bitmap_pixel_mask(bmp);

    if (!fill->kind) return;
    for (int i = 0; i < n; i++) {
        for (int y = boxes[i].y1; y < boxes[i].y2; y++) {
            if (fill->kind == 1 && rop2 == R2_COPYPEN && bmp->bpp == 32) {
                fill32((DWORD *)row_ptr(bmp, y) + boxes[i].x1, fill->pixel, boxes[i].x2 - boxes[i].x1);
                continue;
            }
            for (int x = boxes[i].x1; x < boxes[i].x2; x++) {
                DWORD p = pattern_pixel(fill, x, y);
                if (pattern_skip(fill, x, y)) continue;
                pixel_put(bmp, x, y, rop2_apply(rop2, p, pixel_get(bmp, x, y)) & mask);
            }
        }
    }
}

/* ROP3 over an area: pattern from FILL (may be none), source from SRC
 * (may be NULL) read through SAMPLE. */
void blit_region(struct bitmap *dst, const pixman_region32_t *area, struct brush_fill *fill, DWORD rop,
                 DWORD (*sample)(void *ctx, int x, int y), void *ctx)
{
    int n;
    pixman_box32_t *boxes = pixman_region32_rectangles((pixman_region32_t *)area, &n);
    DWORD mask = bitmap_pixel_mask(dst);

    /* a solid brush copied into 32 bpp (FillRect's usual case): whole rows */
    if (!sample && fill && fill->kind == 1 && (rop & 0xff0000) == (PATCOPY & 0xff0000) && dst->bpp == 32) {
        DWORD pixel = fill->pixel & mask;
        for (int i = 0; i < n; i++)
            for (int y = boxes[i].y1; y < boxes[i].y2; y++)
                fill32((DWORD *)row_ptr(dst, y) + boxes[i].x1, pixel, boxes[i].x2 - boxes[i].x1);
        return;
    }
    for (int i = 0; i < n; i++)
        for (int y = boxes[i].y1; y < boxes[i].y2; y++)
            for (int x = boxes[i].x1; x < boxes[i].x2; x++) {
                DWORD p = fill && fill->kind ? pattern_pixel(fill, x, y) : 0;
                DWORD s = sample ? sample(ctx, x, y) : 0;
                if (fill && pattern_skip(fill, x, y)) continue;
                pixel_put(dst, x, y, rop3_apply(rop, p, s, pixel_get(dst, x, y)) & mask);
            }
}

/* one pixel through ROP2, if inside the clip */
void pen_pixel(struct bitmap *bmp, const pixman_region32_t *clip, int x, int y, DWORD pixel, int rop2)
{
    if (!pixman_region32_contains_point((pixman_region32_t *)clip, x, y, NULL)) return;
    pixel_put(bmp, x, y, rop2_apply(rop2, pixel, pixel_get(bmp, x, y)) & bitmap_pixel_mask(bmp));
}
