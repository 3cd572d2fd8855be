/*
 * Filled shapes: Rectangle, Ellipse, RoundRect, and filling regions (FillRgn, PaintRgn,
 * InvertRgn, FrameRgn). Rectangle fills the interior with the brush and outlines
 * it with a one-pixel pen; its right and bottom edges are exclusive, and
 * with a null pen the filled area shrinks by one pixel on those sides,
 * as on Windows.
 */
#include <stdlib.h>
#include "gdi_private.h"

WINBASEAPI BOOL WINAPI Rectangle(HDC hdc, INT left, INT top, INT right, INT bottom)
{
    struct dc *dc;
    struct pen *pen;
    POINT pts[2] = { { left, top }, { right, bottom } };
    gdi_lock();
    if (!(dc = dc_get(hdc))) { gdi_unlock(); return FALSE; }
    lp_to_dp(dc, pts, 2);
    int l = pts[0].x < pts[1].x ? pts[0].x : pts[1].x, r = pts[0].x < pts[1].x ? pts[1].x : pts[0].x;
    int t = pts[0].y < pts[1].y ? pts[0].y : pts[1].y, b = pts[0].y < pts[1].y ? pts[1].y : pts[0].y;
    pen_inside_frame(dc, &l, &t, &r, &b);
    pen = gdi_get(dc->s.pen, OBJ_PEN);
    BOOL null_pen = !pen || (pen->style & PS_STYLE_MASK) == PS_NULL;
    if (r - l >= 2 && b - t >= 2) {
        struct bitmap *bmp = dc_bitmap(dc);
        struct brush_fill fill;
        pixman_region32_t area, rect, stroke;
        int inset = null_pen ? 0 : 1;
        /* counter-clockwise from the top right, as Windows draws it */
        POINT outline[5] = { { r - 1, t }, { l, t }, { l, b - 1 }, { r - 1, b - 1 }, { r - 1, t } };
        /* a wide outline is painted once, and the brush leaves it out */
        BOOL wide = wide_pen_region(dc, outline, 5, &stroke);
        if (r - 1 - inset > l + inset && b - 1 - inset > t + inset) {
            dc_clip_region(dc, &area);
            pixman_region32_init_rect(&rect, l + inset, t + inset, r - 1 - inset - (l + inset) + (null_pen ? 0 : 1),
                                      b - 1 - inset - (t + inset) + (null_pen ? 0 : 1));
            pixman_region32_intersect(&area, &area, &rect);
            if (wide) pixman_region32_subtract(&area, &area, &stroke);
            brush_fill_init(dc, bmp, &fill);
            fill_region_rop2(bmp, &area, &fill, dc->s.rop2);
            brush_fill_done(&fill);
            pixman_region32_fini(&rect);
            pixman_region32_fini(&area);
        }
        if (wide) wide_pen_fill(dc, &stroke);
        else if (!null_pen) draw_device_polyline(dc, outline, 5);
        pixman_region32_fini(&stroke);
    }
    gdi_unlock();
    return TRUE;
}

/* The points of the first quadrant of a W x H ellipse, counter-clockwise
 * from the x axis, by Alois Zingl's integer ellipse algorithm (the one
 * whose pixels match Windows'). DATA needs (W + H) / 2 + 2 entries. */
int ellipse_quadrant(int w, int h, POINT *data)
{
    const long long a = w - 1, b = h - 1;
    const long long asq = 8 * a * a, bsq = 8 * b * b;
    long long dx = 4 * b * b * (1 - a), dy = 4 * a * a * (1 + (b % 2));
    long long err = dx + dy + a * a * (b % 2);
    int n = 0;
    POINT pt = { (LONG)a, h / 2 };

    while (pt.x >= w / 2) {
        long long e2 = 2 * err;
        data[n++] = pt;
        if (e2 >= dx) { pt.x--; dx += bsq; err += dx; }
        if (e2 <= dy) { pt.y++; dy += asq; err += dy; }
    }
    return n;
}

/* RoundRect's body: the rounded outline of device rect L,T,R,B with
 * corner ellipse EW x EH, interior filled with the brush first. */
static void round_rect(struct dc *dc, int l, int t, int r, int b, int ew, int eh)
{
    POINT *pts;
    int count, end;
    struct pen *pen = gdi_get(dc->s.pen, OBJ_PEN);
    BOOL null_pen = !pen || (pen->style & PS_STYLE_MASK) == PS_NULL;

    if (!(pts = malloc((ew + eh + 8) * 2 * sizeof(*pts)))) return;
    count = ellipse_quadrant(ew, eh, pts);
    for (int i = 0; i < count; i++) {
        pts[i].x = r - ew + pts[i].x;
        pts[i].y = t + eh - 1 - pts[i].y;
    }
    /* mirror left-right, then top-bottom, without doubling a midpoint */
    end = 2 * count - 1;
    if (ew % 2 && ew == r - l) end--;
    for (int i = 0; i < count; i++) {
        pts[end - i].x = l + r - 1 - pts[i].x;
        pts[end - i].y = pts[i].y;
    }
    count = end + 1;
    end = 2 * count - 1;
    if (eh % 2 && eh == b - t) end--;
    for (int i = 0; i < count; i++) {
        pts[end - i].x = pts[i].x;
        pts[end - i].y = t + b - 1 - pts[i].y;
    }
    count = end + 1;
    pts[count] = pts[0];
    {
        /* a wide outline is painted once, and the brush leaves it out */
        pixman_region32_t stroke;
        BOOL wide = wide_pen_region(dc, pts, count + 1, &stroke);
        fill_device_polygons_except(dc, pts, &count, 1, WINDING, wide ? &stroke : NULL);
        if (wide) wide_pen_fill(dc, &stroke);
        else if (!null_pen) draw_device_polyline(dc, pts, count + 1);
        pixman_region32_fini(&stroke);
    }
    free(pts);
}

WINBASEAPI BOOL WINAPI RoundRect(HDC hdc, INT left, INT top, INT right, INT bottom, INT ew, INT eh)
{
    struct dc *dc;
    POINT pts[4] = { { left, top }, { right, bottom }, { 0, 0 }, { ew, eh } };
    int l, t, r, b;

    gdi_lock();
    if (!(dc = dc_get(hdc))) { gdi_unlock(); return FALSE; }
    lp_to_dp(dc, pts, 4);
    l = pts[0].x < pts[1].x ? pts[0].x : pts[1].x; r = pts[0].x < pts[1].x ? pts[1].x : pts[0].x;
    t = pts[0].y < pts[1].y ? pts[0].y : pts[1].y; b = pts[0].y < pts[1].y ? pts[1].y : pts[0].y;
    pen_inside_frame(dc, &l, &t, &r, &b);
    ew = abs(pts[3].x - pts[2].x);
    eh = abs(pts[3].y - pts[2].y);
    if (ew > r - l) ew = r - l;
    if (eh > b - t) eh = b - t;
    if (l != r && t != b) {
        if (ew <= 2 || eh <= 2) {
            gdi_unlock();
            return Rectangle(hdc, left, top, right, bottom);
        }
        round_rect(dc, l, t, r, b, ew, eh);
    }
    gdi_unlock();
    return TRUE;
}

WINBASEAPI BOOL WINAPI Ellipse(HDC hdc, INT left, INT top, INT right, INT bottom)
{
    return RoundRect(hdc, left, top, right, bottom, right - left, bottom - top);
}

static BOOL fill_rgn(HDC hdc, HRGN hrgn, HBRUSH hbrush, int rop2)
{
    struct dc *dc;
    struct region *rgn;
    BOOL ret = FALSE;
    gdi_lock();
    if ((dc = dc_get(hdc)) && (rgn = gdi_get(hrgn, OBJ_REGION))) {
        struct bitmap *bmp = dc_bitmap(dc);
        struct brush_fill fill;
        pixman_region32_t area, dev;
        HGDIOBJ old = dc->s.brush;
        POINT org = { 0, 0 };
        /* region coordinates are logical: offset by the origin mapping */
        lp_to_dp(dc, &org, 1);
        pixman_region32_init(&dev);
        pixman_region32_copy(&dev, &rgn->rgn);
        pixman_region32_translate(&dev, org.x, org.y);
        dc_clip_region(dc, &area);
        pixman_region32_intersect(&area, &area, &dev);
        if (hbrush) dc->s.brush = hbrush;
        if (gdi_get(dc->s.brush, OBJ_BRUSH)) {
            brush_fill_init(dc, bmp, &fill);
            if (rop2 == R2_NOT) { fill.kind = 1; fill.pixel = 0; }
            fill_region_rop2(bmp, &area, &fill, rop2);
            brush_fill_done(&fill);
            ret = TRUE;
        }
        dc->s.brush = old;
        pixman_region32_fini(&area);
        pixman_region32_fini(&dev);
    }
    gdi_unlock();
    return ret;
}

WINBASEAPI BOOL WINAPI FillRgn(HDC hdc, HRGN rgn, HBRUSH brush)
{
    if (!brush) return FALSE;
    return fill_rgn(hdc, rgn, brush, R2_COPYPEN);
}

WINBASEAPI BOOL WINAPI PaintRgn(HDC hdc, HRGN rgn)
{
    return fill_rgn(hdc, rgn, NULL, R2_COPYPEN);
}

/* FrameRgn: the region minus its copies moved by W and H in the four
 * directions, intersected; filled with BRUSH. */
WINBASEAPI BOOL WINAPI FrameRgn(HDC hdc, HRGN hrgn, HBRUSH brush, INT w, INT h)
{
    struct region *rgn;
    HRGN frame;
    BOOL ret = FALSE;
    if (w <= 0 || h <= 0 || !(frame = CreateRectRgn(0, 0, 0, 0))) return FALSE;
    gdi_lock();
    if ((rgn = gdi_get(hrgn, OBJ_REGION))) {
        struct region *out = gdi_get(frame, OBJ_REGION);
        pixman_region32_t moved, inner;
        static const int dirs[4][2] = { { -1, 0 }, { 1, 0 }, { 0, -1 }, { 0, 1 } };
        pixman_region32_init(&inner);
        pixman_region32_copy(&inner, &rgn->rgn);
        for (int i = 0; i < 4; i++) {
            pixman_region32_init(&moved);
            pixman_region32_copy(&moved, &rgn->rgn);
            pixman_region32_translate(&moved, dirs[i][0] * w, dirs[i][1] * h);
            pixman_region32_intersect(&inner, &inner, &moved);
            pixman_region32_fini(&moved);
        }
        pixman_region32_subtract(&out->rgn, &rgn->rgn, &inner);
        pixman_region32_fini(&inner);
        ret = TRUE;
    }
    gdi_unlock();
    if (ret) ret = FillRgn(hdc, frame, brush);
    DeleteObject(frame);
    return ret;
}

WINBASEAPI BOOL WINAPI InvertRgn(HDC hdc, HRGN rgn)
{
    return fill_rgn(hdc, rgn, NULL, R2_NOT);
}
