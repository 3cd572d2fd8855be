/*
 * Blits: PatBlt, BitBlt, StretchBlt (nearest pixel), SetDIBitsToDevice,
 * StretchDIBits, and pixels (GetPixel, SetPixel). Every ROP3 code works:
 * rop3_apply evaluates the code's truth table on raw pixel values.
 * A source of another format is converted through COLORREF, except that
 * monochrome sources take the destination DC's text colour for 0 bits and
 * its background colour for 1 bits, and colour sources going to a
 * monochrome destination give 1 where they equal the source DC's
 * background colour, as on Windows.
 */
#include <stdlib.h>
#include <string.h>
#include "gdi_private.h"
#include "winerror.h"

static BOOL rop_uses_source(DWORD rop) { return ((rop >> 2) ^ rop) & 0x330000; }
static BOOL rop_uses_pattern(DWORD rop) { return ((rop >> 4) ^ rop) & 0x0f0000; }

/* device rectangle of a logical one, normalized; FALSE if empty */
static BOOL device_rect(struct dc *dc, int x, int y, int w, int h, RECT *r)
{
    POINT pts[2] = { { x, y }, { x + w, y + h } };
    lp_to_dp(dc, pts, 2);
    r->left = pts[0].x < pts[1].x ? pts[0].x : pts[1].x;
    r->right = pts[0].x < pts[1].x ? pts[1].x : pts[0].x;
    r->top = pts[0].y < pts[1].y ? pts[0].y : pts[1].y;
    r->bottom = pts[0].y < pts[1].y ? pts[1].y : pts[0].y;
    return r->left < r->right && r->top < r->bottom;
}

static void clip_to(struct dc *dc, const RECT *r, pixman_region32_t *area)
{
    pixman_region32_t rect;
    dc_clip_region(dc, area);
    pixman_region32_init_rect(&rect, r->left, r->top, r->right - r->left, r->bottom - r->top);
    pixman_region32_intersect(area, area, &rect);
    pixman_region32_fini(&rect);
}

WINBASEAPI BOOL WINAPI PatBlt(HDC hdc, INT x, INT y, INT width, INT height, DWORD rop)
{
    struct dc *dc;
    struct brush_fill fill;
    pixman_region32_t area;
    RECT r;

    if (rop_uses_source(rop)) return FALSE;
    gdi_lock();
    if (!(dc = dc_get(hdc))) { gdi_unlock(); return FALSE; }
    if (device_rect(dc, x, y, width, height, &r)) {
        struct bitmap *bmp = dc_bitmap(dc);
        clip_to(dc, &r, &area);
        brush_fill_init(dc, bmp, &fill);
        if (rop == PATCOPY) fill_region_rop2(bmp, &area, &fill, R2_COPYPEN);
        else if (!rop_uses_pattern(rop) || fill.kind) blit_region(bmp, &area, &fill, rop, NULL, NULL);
        brush_fill_done(&fill);
        pixman_region32_fini(&area);
    }
    gdi_unlock();
    return TRUE;
}

struct source {
    struct bitmap *src, *dst;
    int x_off, y_off;           /* source = dest + offset (unstretched) */
    int dst_x, dst_y, dst_w, dst_h, src_x, src_y, src_w, src_h;
    BOOL stretch;
    BOOL same;                  /* same format: raw copy */
    BOOL mono_src;              /* mono -> colour */
    BOOL mono_dst;              /* colour -> mono */
    DWORD fg, bg;               /* mono_src: the pixels for 0 and 1 */
    COLORREF src_bk;            /* mono_dst */
};

static DWORD sample(void *arg, int x, int y)
{
    struct source *s = arg;
    int sx, sy;
    DWORD v;
    if (s->stretch) {
        sx = s->src_x + (int)((long long)(x - s->dst_x) * s->src_w / s->dst_w);
        sy = s->src_y + (int)((long long)(y - s->dst_y) * s->src_h / s->dst_h);
        if (s->src_w < 0) sx--;
        if (s->src_h < 0) sy--;
    } else {
        sx = x + s->x_off;
        sy = y + s->y_off;
    }
    if (sx < 0 || sy < 0 || sx >= s->src->width || sy >= s->src->height) return 0;
    v = pixel_get(s->src, sx, sy);
    if (s->same) return v;
    if (s->mono_src) return v ? s->bg : s->fg;
    if (s->mono_dst) return pixel_to_color(s->src, v) == (s->src_bk & 0xffffff) ? 1 : 0;
    return color_to_pixel(s->dst, pixel_to_color(s->src, v));
}

static void setup_source(struct source *s, struct dc *dst_dc, struct bitmap *dst, struct bitmap *src,
                         COLORREF src_bk)
{
    s->dst = dst;
    s->src = src;
    s->same = dst->bpp == src->bpp &&
        (dst->bpp > 8 ? !memcmp(dst->masks, src->masks, sizeof(dst->masks))
                      : dst->colors == src->colors && !memcmp(dst->table, src->table, dst->colors * sizeof(RGBQUAD)));
    s->mono_src = !s->same && src->bpp == 1;
    s->mono_dst = !s->same && !s->mono_src && dst->bpp == 1;
    s->fg = color_to_pixel(dst, dst_dc->s.text_color);
    s->bg = color_to_pixel(dst, dst_dc->s.bk_color);
    s->src_bk = src_bk;
}

/* SRCCOPY between bitmaps of one format, unstretched, every box inside
 * the source: rows are copied as they are (double buffering's blit).
 * FALSE, with nothing written, when that does not apply. */
static BOOL copy_rows(struct bitmap *dst, pixman_region32_t *area, const struct source *s)
{
    int n, bytes = dst->bpp / 8;
    pixman_box32_t *boxes = pixman_region32_rectangles(area, &n);

    if (dst->bpp % 8 || !s->same || s->stretch) return FALSE;
    for (int i = 0; i < n; i++)
        if (boxes[i].x1 + s->x_off < 0 || boxes[i].y1 + s->y_off < 0 ||
            boxes[i].x2 + s->x_off > s->src->width || boxes[i].y2 + s->y_off > s->src->height)
            return FALSE;
    for (int i = 0; i < n; i++)
        for (int y = boxes[i].y1; y < boxes[i].y2; y++)
            memmove(row_ptr(dst, y) + (size_t)boxes[i].x1 * bytes,
                    row_ptr(s->src, y + s->y_off) + (size_t)(boxes[i].x1 + s->x_off) * bytes,
                    (size_t)(boxes[i].x2 - boxes[i].x1) * bytes);
    return TRUE;
}

/* The work of BitBlt and StretchBlt, under the lock. */
static BOOL bits_overlap(const struct bitmap *a, const struct bitmap *b)
{
    const BYTE *a_end = a->bits + (size_t)a->stride * a->height, *b_end = b->bits + (size_t)b->stride * b->height;
    return a->bits < b_end && b->bits < a_end;
}

static struct bitmap *bitmap_copy(const struct bitmap *src)
{
    struct bitmap *copy = bitmap_alloc(src->width, src->height, src->bpp, src->top_down, src->masks);
    size_t row = ((size_t)src->width * src->bpp + 7) / 8;
    if (!copy) return NULL;
    for (int y = 0; y < src->height; y++)
        memcpy(copy->bits + (size_t)y * copy->stride, src->bits + (size_t)y * src->stride, row);
    copy->colors = src->colors;
    memcpy(copy->table, src->table, sizeof(copy->table));
    return copy;
}

static BOOL stretch_blt(HDC hdst, int x, int y, int w, int h, HDC hsrc, int sx, int sy, int sw, int sh,
                        DWORD rop, BOOL stretch)
{
    struct dc *dc, *sdc = NULL;
    struct brush_fill fill;
    struct source s;
    pixman_region32_t area;
    RECT r;
    POINT spts[2];
    struct bitmap *bmp, *src_bmp, *copy = NULL;

    memset(&s, 0, sizeof(s));
    if (!(dc = dc_get(hdst))) return FALSE;
    if (rop_uses_source(rop)) {
        if (!(sdc = dc_get(hsrc))) return FALSE;
        spts[0].x = sx; spts[0].y = sy; spts[1].x = sx + sw; spts[1].y = sy + sh;
        lp_to_dp(sdc, spts, 2);
    }
    if (!device_rect(dc, x, y, w, h, &r)) return TRUE;
    bmp = dc_bitmap(dc);
    if (sdc) {
        POINT d[2] = { { x, y }, { x + w, y + h } };
        lp_to_dp(dc, d, 2);
        src_bmp = dc_bitmap(sdc);
        /* a source sharing the destination's pixels (the same bitmap, or
         * two windows' views of one surface) is read from a copy, so an
         * overlapping move (ScrollDC) does not read what it already wrote */
        if (bits_overlap(src_bmp, bmp) && (copy = bitmap_copy(src_bmp))) src_bmp = copy;
        setup_source(&s, dc, bmp, src_bmp, sdc->s.bk_color);
        s.dst_x = d[0].x; s.dst_y = d[0].y; s.dst_w = d[1].x - d[0].x; s.dst_h = d[1].y - d[0].y;
        s.src_x = spts[0].x; s.src_y = spts[0].y;
        s.src_w = spts[1].x - spts[0].x; s.src_h = spts[1].y - spts[0].y;
        s.stretch = stretch && (s.src_w != s.dst_w || s.src_h != s.dst_h);
        if (!s.stretch) { s.x_off = s.src_x - s.dst_x; s.y_off = s.src_y - s.dst_y; }
        if (s.stretch && (!s.dst_w || !s.dst_h || !s.src_w || !s.src_h)) return FALSE;
        if (s.stretch && s.dst_w < 0) { s.dst_x += s.dst_w; s.dst_w = -s.dst_w; s.src_x += s.src_w; s.src_w = -s.src_w; }
        if (s.stretch && s.dst_h < 0) { s.dst_y += s.dst_h; s.dst_h = -s.dst_h; s.src_y += s.src_h; s.src_h = -s.src_h; }
    }
    clip_to(dc, &r, &area);
    if (rop == SRCCOPY && sdc && copy_rows(bmp, &area, &s)) {
        pixman_region32_fini(&area);
        bitmap_free(copy);
        return TRUE;
    }
    brush_fill_init(dc, bmp, &fill);
    blit_region(bmp, &area, &fill, rop, sdc ? sample : NULL, &s);
    brush_fill_done(&fill);
    pixman_region32_fini(&area);
    bitmap_free(copy);
    return TRUE;
}

WINBASEAPI BOOL WINAPI BitBlt(HDC hdst, INT x, INT y, INT w, INT h, HDC hsrc, INT sx, INT sy, DWORD rop)
{
    BOOL ret;
    gdi_lock();
    ret = stretch_blt(hdst, x, y, w, h, hsrc, sx, sy, w, h, rop, FALSE);
    gdi_unlock();
    return ret;
}

WINBASEAPI BOOL WINAPI StretchBlt(HDC hdst, INT x, INT y, INT w, INT h, HDC hsrc, INT sx, INT sy,
                                  INT sw, INT sh, DWORD rop)
{
    BOOL ret;
    gdi_lock();
    ret = stretch_blt(hdst, x, y, w, h, hsrc, sx, sy, sw, sh, rop, TRUE);
    gdi_unlock();
    return ret;
}

/* DIB-to-device: a temporary memory DC over the caller's bits. */
WINBASEAPI INT WINAPI StretchDIBits(HDC hdc, INT x, INT y, INT w, INT h, INT sx, INT sy, INT sw, INT sh,
                                    const void *bits, const BITMAPINFO *info, UINT usage, DWORD rop)
{
    HDC mem;
    HBITMAP dib;
    void *dib_bits;
    struct bitmap view;
    int ret = 0;

    if (!bits || !info) return 0;
    memset(&view, 0, sizeof(view));
    if (!bitmap_set_format(&view, info, usage, hdc)) return 0;
    if (!(dib = CreateDIBSection(hdc, info, usage, &dib_bits, NULL, 0))) return 0;
    memcpy(dib_bits, bits, (size_t)view.stride * view.height);
    if ((mem = CreateCompatibleDC(hdc))) {
        SelectObject(mem, dib);
        /* DIB source coordinates count rows from the bottom */
        int top = view.top_down ? sy : view.height - sy - sh;
        if (StretchBlt(hdc, x, y, w, h, mem, sx, top, sw, sh, rop)) ret = h < 0 ? -h : h;
        DeleteDC(mem);
    }
    DeleteObject(dib);
    return ret;
}

WINBASEAPI INT WINAPI SetDIBitsToDevice(HDC hdc, INT x, INT y, DWORD w, DWORD h, INT sx, INT sy,
                                        UINT start, UINT lines, const void *bits, const BITMAPINFO *info,
                                        UINT usage)
{
    struct bitmap view;
    BITMAPINFO *copy;
    size_t info_size;
    int ret;

    if (!bits || !info) return 0;
    memset(&view, 0, sizeof(view));
    if (!bitmap_set_format(&view, info, usage, hdc)) return 0;
    if (start >= (UINT)view.height) return 0;
    if (lines > (UINT)view.height - start) lines = view.height - start;
    /* describe just the LINES rows given, then blit the part asked for */
    info_size = info->bmiHeader.biSize + 256 * sizeof(RGBQUAD) + 12;
    if (!(copy = malloc(info_size))) return 0;
    memcpy(copy, info, info_size - 256 * sizeof(RGBQUAD) - 12 + (view.bpp <= 8 ? view.colors * 4 : 12));
    copy->bmiHeader.biHeight = view.top_down ? -(LONG)lines : (LONG)lines;
    ret = StretchDIBits(hdc, x, y, w, h, sx, sy - start, w, h, bits, copy, usage, SRCCOPY) ? (int)lines : 0;
    free(copy);
    return ret;
}

WINBASEAPI COLORREF WINAPI GetPixel(HDC hdc, INT x, INT y)
{
    struct dc *dc;
    COLORREF ret = CLR_INVALID;
    gdi_lock();
    if ((dc = dc_get(hdc))) {
        POINT pt = { x, y };
        pixman_region32_t clip;
        lp_to_dp(dc, &pt, 1);
        dc_clip_region(dc, &clip);
        if (pixman_region32_contains_point(&clip, pt.x, pt.y, NULL)) {
            struct bitmap *bmp = dc_bitmap(dc);
            ret = pixel_to_color(bmp, pixel_get(bmp, pt.x, pt.y));
        }
        pixman_region32_fini(&clip);
    }
    gdi_unlock();
    return ret;
}

WINBASEAPI COLORREF WINAPI SetPixel(HDC hdc, INT x, INT y, COLORREF color)
{
    struct dc *dc;
    COLORREF ret = CLR_INVALID;
    gdi_lock();
    if ((dc = dc_get(hdc))) {
        POINT pt = { x, y };
        pixman_region32_t clip;
        lp_to_dp(dc, &pt, 1);
        dc_clip_region(dc, &clip);
        if (pixman_region32_contains_point(&clip, pt.x, pt.y, NULL)) {
            struct bitmap *bmp = dc_bitmap(dc);
            DWORD v = color_to_pixel(bmp, color);
            pixel_put(bmp, pt.x, pt.y, v);
            ret = pixel_to_color(bmp, v);
        }
        pixman_region32_fini(&clip);
    }
    gdi_unlock();
    return ret;
}

WINBASEAPI BOOL WINAPI SetPixelV(HDC hdc, INT x, INT y, COLORREF color)
{
    return SetPixel(hdc, x, y, color) != CLR_INVALID;
}
