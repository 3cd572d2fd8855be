/*
 * GdiAlphaBlend and GdiTransparentBlt (msimg32's AlphaBlend and
 * TransparentBlt forward here, as on Windows).
 *
 * AlphaBlend blends per channel with rounding, (s * a + d * (255 - a) +
 * 127) / 255 for a constant alpha; with AC_SRC_ALPHA the source is
 * premultiplied and scaled by the constant alpha first, then
 * d' = s + d * (255 - a) / 255 (rounded). Surfaces other than 32 bpp are
 * blended through COLORREF. TransparentBlt copies the source pixels whose
 * value differs from the transparent colour's pixel in the source format.
 * Both stretch by nearest pixel.
 */
#include <string.h>
#include "gdi_private.h"
#include "winerror.h"

#define AC_SRC_OVER  0x00
#define AC_SRC_ALPHA 0x01

struct blend { BYTE op, flags, constant, format; };

static inline DWORD round_div255(DWORD v) { return (v + 127) / 255; }

static DWORD blend_pixel(DWORD dst, DWORD src, const struct blend *bf)
{
    DWORD out = 0, a = bf->constant;
    if (bf->format & AC_SRC_ALPHA) {
        DWORD src_a = round_div255(((src >> 24) & 0xff) * a);
        for (int shift = 0; shift < 32; shift += 8) {
            DWORD s = shift == 24 ? src_a : round_div255(((src >> shift) & 0xff) * a);
            DWORD d = (dst >> shift) & 0xff;
            out |= ((s + round_div255(d * (255 - src_a))) & 0xff) << shift;
        }
        return out;
    }
    for (int shift = 0; shift < 32; shift += 8) {
        DWORD s = (src >> shift) & 0xff, d = (dst >> shift) & 0xff;
        out |= round_div255(s * a + d * (255 - a)) << shift;
    }
    return out;
}

/* device rectangles of both sides; FALSE if nothing to do or invalid */
static BOOL get_rects(struct dc *dc, struct dc *sdc, int x, int y, int w, int h, int sx, int sy, int sw, int sh,
                      RECT *d, RECT *s)
{
    POINT dp[2] = { { x, y }, { x + w, y + h } }, sp[2] = { { sx, sy }, { sx + sw, sy + sh } };
    lp_to_dp(dc, dp, 2);
    lp_to_dp(sdc, sp, 2);
    d->left = dp[0].x; d->top = dp[0].y; d->right = dp[1].x; d->bottom = dp[1].y;
    s->left = sp[0].x; s->top = sp[0].y; s->right = sp[1].x; s->bottom = sp[1].y;
    return d->right > d->left && d->bottom > d->top && s->right > s->left && s->bottom > s->top;
}

static inline void source_xy(const RECT *d, const RECT *s, int x, int y, int *sx, int *sy)
{
    *sx = s->left + (int)((long long)(x - d->left) * (s->right - s->left) / (d->right - d->left));
    *sy = s->top + (int)((long long)(y - d->top) * (s->bottom - s->top) / (d->bottom - d->top));
}

WINBASEAPI BOOL WINAPI GdiAlphaBlend(HDC hdst, INT x, INT y, INT w, INT h, HDC hsrc, INT sx, INT sy, INT sw,
                                     INT sh, DWORD blend_func)
{
    struct blend bf;
    struct dc *dc, *sdc;
    struct bitmap *dst, *src;
    RECT d, s;
    pixman_region32_t area, rect;
    BOOL ret = FALSE;
    int n;
    pixman_box32_t *boxes;

    memcpy(&bf, &blend_func, sizeof(bf));
    gdi_lock();
    if (!(dc = dc_get(hdst)) || !(sdc = dc_get(hsrc))) goto done;
    src = dc_bitmap(sdc);
    dst = dc_bitmap(dc);
    if (bf.op != AC_SRC_OVER || ((bf.format & AC_SRC_ALPHA) && src->bpp != 32) || w < 0 || h < 0 ||
        sw < 0 || sh < 0 || sx < 0 || sy < 0) {
        SetLastError(ERROR_INVALID_PARAMETER);
        goto done;
    }
    if (!get_rects(dc, sdc, x, y, w, h, sx, sy, sw, sh, &d, &s)) { ret = TRUE; goto done; }
    if (s.left < 0 || s.top < 0 || s.right > src->width || s.bottom > src->height) {
        SetLastError(ERROR_INVALID_PARAMETER);
        goto done;
    }
    dc_clip_region(dc, &area);
    pixman_region32_init_rect(&rect, d.left, d.top, d.right - d.left, d.bottom - d.top);
    pixman_region32_intersect(&area, &area, &rect);
    boxes = pixman_region32_rectangles(&area, &n);
    for (int i = 0; i < n; i++)
        for (int py = boxes[i].y1; py < boxes[i].y2; py++)
            for (int px = boxes[i].x1; px < boxes[i].x2; px++) {
                int qx, qy;
                DWORD sv, dv;
                source_xy(&d, &s, px, py, &qx, &qy);
                sv = pixel_get(src, qx, qy);
                dv = pixel_get(dst, px, py);
                if (src->bpp != 32 || src->masks[0] != 0xff0000 || src->masks[2] != 0xff) {
                    COLORREF c = pixel_to_color(src, sv);
                    sv = GetBValue(c) | (GetGValue(c) << 8) | ((DWORD)GetRValue(c) << 16);
                }
                if (dst->bpp == 32 && dst->masks[0] == 0xff0000 && dst->masks[2] == 0xff) {
                    pixel_put(dst, px, py, blend_pixel(dv, sv, &bf));
                } else {
                    COLORREF c = pixel_to_color(dst, dv);
                    DWORD out = blend_pixel(GetBValue(c) | (GetGValue(c) << 8) | ((DWORD)GetRValue(c) << 16), sv, &bf);
                    pixel_put(dst, px, py, color_to_pixel(dst, RGB(out >> 16, out >> 8, out)));
                }
            }
    pixman_region32_fini(&rect);
    pixman_region32_fini(&area);
    ret = TRUE;
done:
    gdi_unlock();
    return ret;
}

WINBASEAPI BOOL WINAPI GdiTransparentBlt(HDC hdst, INT x, INT y, INT w, INT h, HDC hsrc, INT sx, INT sy, INT sw,
                                         INT sh, UINT transparent)
{
    struct dc *dc, *sdc;
    struct bitmap *dst, *src;
    RECT d, s;
    pixman_region32_t area, rect;
    BOOL ret = FALSE;
    DWORD key;
    int n;
    pixman_box32_t *boxes;

    gdi_lock();
    if (!(dc = dc_get(hdst)) || !(sdc = dc_get(hsrc))) goto done;
    if (w < 0 || h < 0 || sw < 0 || sh < 0) goto done;
    src = dc_bitmap(sdc);
    dst = dc_bitmap(dc);
    if (!get_rects(dc, sdc, x, y, w, h, sx, sy, sw, sh, &d, &s)) { ret = TRUE; goto done; }
    if (s.left < 0 || s.top < 0 || s.right > src->width || s.bottom > src->height) goto done;
    key = color_to_pixel(src, transparent);
    dc_clip_region(dc, &area);
    pixman_region32_init_rect(&rect, d.left, d.top, d.right - d.left, d.bottom - d.top);
    pixman_region32_intersect(&area, &area, &rect);
    boxes = pixman_region32_rectangles(&area, &n);
    for (int i = 0; i < n; i++)
        for (int py = boxes[i].y1; py < boxes[i].y2; py++)
            for (int px = boxes[i].x1; px < boxes[i].x2; px++) {
                int qx, qy;
                DWORD sv;
                source_xy(&d, &s, px, py, &qx, &qy);
                sv = pixel_get(src, qx, qy);
                if ((sv & bitmap_pixel_mask(src) & 0xffffff) == (key & 0xffffff)) continue;
                pixel_put(dst, px, py, color_to_pixel(dst, pixel_to_color(src, sv)));
            }
    pixman_region32_fini(&rect);
    pixman_region32_fini(&area);
    ret = TRUE;
done:
    gdi_unlock();
    return ret;
}
