/*
 * Lines: LineTo, Polyline, PolylineTo, PolyPolyline with one-pixel
 * pens (wider geometric pens go to widepen.c). Each segment is walked with Windows' Bresenham
 * variant: the error term starts at 2*minor - major and the minor
 * coordinate steps when err + bias > 0, where the bias is 1 in octants
 * 3, 5, 6 and 8 (counted clockwise from +x with y down). That choice
 * decides which pixel a tie goes to and is what makes lines match
 * Windows pixel for pixel. The last pixel of each segment is not drawn.
 * Clipping is per pixel against the clip region (segments whose box
 * misses the clip are skipped whole, solid ones stop where they leave
 * the clip box). Cost: O(length) up to the clip box, so a line from far
 * outside costs its distance to the box.
 */
#include <stdlib.h>
#include "gdi_private.h"

struct line_ctx {
    struct bitmap *bmp;
    pixman_region32_t clip;
    DWORD pen, bk;
    int rop2;
    BOOL opaque;
    const BYTE *dashes;     /* NULL: solid */
    int dash_count, dash_index, dash_left;
};

static const BYTE dash_pattern[] = { 18, 6 };
static const BYTE dot_pattern[] = { 3, 3 };
static const BYTE dashdot_pattern[] = { 9, 6, 3, 6 };
static const BYTE dashdotdot_pattern[] = { 9, 3, 3, 3, 3, 3 };

static int octant(int dx, int dy)
{
    if (dy > 0) {
        if (dx > 0) return dx > dy ? 1 : 2;
        return -dx > dy ? 4 : 3;
    }
    if (dx < 0) return -dx > -dy ? 5 : 6;
    return dx > -dy ? 8 : 7;
}

static void plot(struct line_ctx *ctx, int x, int y)
{
    BOOL mark = TRUE;
    if (ctx->dashes) {
        mark = !(ctx->dash_index & 1);
        if (!--ctx->dash_left) {
            ctx->dash_index = (ctx->dash_index + 1) % ctx->dash_count;
            ctx->dash_left = ctx->dashes[ctx->dash_index];
        }
    }
    if (mark) pen_pixel(ctx->bmp, &ctx->clip, x, y, ctx->pen, ctx->rop2);
    else if (ctx->opaque) pen_pixel(ctx->bmp, &ctx->clip, x, y, ctx->bk, ctx->rop2);
}

static void segment(struct line_ctx *ctx, POINT a, POINT b)
{
    int dx = b.x - a.x, dy = b.y - a.y;
    int adx = abs(dx), ady = abs(dy);
    int oct, bias, xadd, yadd, err, x = a.x, y = a.y;
    pixman_box32_t *ext = pixman_region32_extents(&ctx->clip);

    if (!dx && !dy) return;
    if (!ctx->dashes &&
        ((a.x < ext->x1 && b.x < ext->x1) || (a.x >= ext->x2 && b.x >= ext->x2) ||
         (a.y < ext->y1 && b.y < ext->y1) || (a.y >= ext->y2 && b.y >= ext->y2)))
        return;
    oct = octant(dx, dy);
    bias = (oct == 3 || oct == 5 || oct == 6 || oct == 8);
    xadd = (oct == 1 || oct == 2 || oct == 7 || oct == 8) ? 1 : -1;
    yadd = oct <= 4 ? 1 : -1;
    if (oct == 1 || oct == 4 || oct == 5 || oct == 8) {   /* x major */
        err = 2 * ady - adx;
        for (; x != b.x; x += xadd) {
            /* a solid line that has left the clip box for good is done */
            if (!ctx->dashes && (xadd > 0 ? x >= ext->x2 : x < ext->x1)) break;
            plot(ctx, x, y);
            if (err + bias > 0) { y += yadd; err += 2 * ady - 2 * adx; }
            else err += 2 * ady;
        }
    } else {
        err = 2 * adx - ady;
        for (; y != b.y; y += yadd) {
            if (!ctx->dashes && (yadd > 0 ? y >= ext->y2 : y < ext->y1)) break;
            plot(ctx, x, y);
            if (err + bias > 0) { x += xadd; err += 2 * adx - 2 * ady; }
            else err += 2 * adx;
        }
    }
}

/* Sets up CTX for the DC's pen; FALSE when the pen draws nothing. */
static BOOL line_begin(struct dc *dc, struct line_ctx *ctx)
{
    struct pen *pen = gdi_get(dc->s.pen, OBJ_PEN);
    COLORREF color;
    if (!pen || (pen->style & PS_STYLE_MASK) == PS_NULL) return FALSE;
    ctx->bmp = dc_bitmap(dc);
    color = dc->s.pen == GetStockObject(DC_PEN) ? dc->s.dc_pen_color : pen->color;
    ctx->pen = dc_color_to_pixel(ctx->bmp, color, dc->s.bk_color);
    ctx->bk = color_to_pixel(ctx->bmp, dc->s.bk_color);
    ctx->rop2 = dc->s.rop2;
    ctx->opaque = dc->s.bk_mode == OPAQUE;
    ctx->dashes = NULL;
    switch (pen->style & PS_STYLE_MASK) {
    case PS_DASH: ctx->dashes = dash_pattern; ctx->dash_count = 2; break;
    case PS_DOT: ctx->dashes = dot_pattern; ctx->dash_count = 2; break;
    case PS_DASHDOT: ctx->dashes = dashdot_pattern; ctx->dash_count = 4; break;
    case PS_DASHDOTDOT: ctx->dashes = dashdotdot_pattern; ctx->dash_count = 6; break;
    }
    ctx->dash_index = 0;
    ctx->dash_left = ctx->dashes ? ctx->dashes[0] : 0;
    dc_clip_region(dc, &ctx->clip);
    return TRUE;
}

static void line_end(struct line_ctx *ctx)
{
    pixman_region32_fini(&ctx->clip);
}

/* Draws the polyline DEV (device coordinates) with the DC's pen. */
void draw_device_polyline(struct dc *dc, const POINT *dev, int count)
{
    struct line_ctx ctx;
    if (count < 2 || wide_pen_stroke(dc, dev, count) || !line_begin(dc, &ctx)) return;
    for (int i = 1; i < count; i++) segment(&ctx, dev[i - 1], dev[i]);
    line_end(&ctx);
}

/* Draws the polyline PTS (logical) with the DC's pen. */
void draw_polyline(struct dc *dc, const POINT *pts, int count)
{
    struct line_ctx ctx;
    POINT prev, cur;
    if (count < 2) return;
    if (pen_device_width(dc, gdi_get(dc->s.pen, OBJ_PEN)) > 1) {
        /* wide pens stroke the whole polyline at once (joins need both segments) */
        POINT *dev = malloc(count * sizeof(*dev));
        if (!dev) return;
        for (int i = 0; i < count; i++) dev[i] = pts[i];
        lp_to_dp(dc, dev, count);
        wide_pen_stroke(dc, dev, count);
        free(dev);
        return;
    }
    if (!line_begin(dc, &ctx)) return;
    prev = pts[0];
    lp_to_dp(dc, &prev, 1);
    for (int i = 1; i < count; i++) {
        cur = pts[i];
        lp_to_dp(dc, &cur, 1);
        segment(&ctx, prev, cur);
        prev = cur;
    }
    line_end(&ctx);
}

WINBASEAPI BOOL WINAPI LineTo(HDC hdc, INT x, INT y)
{
    struct dc *dc;
    BOOL ret = FALSE;
    gdi_lock();
    if ((dc = dc_get(hdc))) {
        POINT pts[2] = { dc->s.cur_pos, { x, y } };
        draw_polyline(dc, pts, 2);
        dc->s.cur_pos = pts[1];
        ret = TRUE;
    }
    gdi_unlock();
    return ret;
}

WINBASEAPI BOOL WINAPI Polyline(HDC hdc, const POINT *pts, INT count)
{
    struct dc *dc;
    BOOL ret = FALSE;
    if (!pts || count < 2) return FALSE;
    gdi_lock();
    if ((dc = dc_get(hdc))) { draw_polyline(dc, pts, count); ret = TRUE; }
    gdi_unlock();
    return ret;
}

WINBASEAPI BOOL WINAPI PolylineTo(HDC hdc, const POINT *pts, DWORD count)
{
    struct dc *dc;
    BOOL ret = FALSE;
    POINT *all;
    if (!pts || !count || count > 0x1000000 || !(all = malloc((count + 1) * sizeof(POINT)))) return FALSE;
    gdi_lock();
    if ((dc = dc_get(hdc))) {
        all[0] = dc->s.cur_pos;
        for (DWORD i = 0; i < count; i++) all[i + 1] = pts[i];
        draw_polyline(dc, all, count + 1);
        dc->s.cur_pos = pts[count - 1];
        ret = TRUE;
    }
    gdi_unlock();
    free(all);
    return ret;
}

WINBASEAPI BOOL WINAPI PolyPolyline(HDC hdc, const POINT *pts, const DWORD *counts, DWORD polys)
{
    struct dc *dc;
    BOOL ret = FALSE;
    if (!pts || !counts) return FALSE;
    for (DWORD i = 0; i < polys; i++) if (counts[i] < 2) return FALSE;
    gdi_lock();
    if ((dc = dc_get(hdc))) {
        for (DWORD i = 0; i < polys; i++) {
            draw_polyline(dc, pts, counts[i]);
            pts += counts[i];
        }
        ret = TRUE;
    }
    gdi_unlock();
    return ret;
}
