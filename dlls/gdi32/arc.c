/*
 * Arc, Chord and Pie. The outline follows the same ellipse points as
 * Ellipse (ellipse_quadrant, mirrored into four quadrants) from the
 * point where the ray through the start point crosses them to where the
 * ray through the end point does, counter-clockwise (Windows' default
 * arc direction). Chord closes the figure with a straight line, Pie with
 * two lines through the centre; their interior is the brush-filled
 * polygon of those points.
 */
#include <stdlib.h>
#include "gdi_private.h"

enum arc_kind { ARC, CHORD, PIE };

/* index along the 4 * COUNT outline points where the ray (x, y) leaves
 * the centre; quadrant points run counter-clockwise from the x axis */
static int find_intersection(const POINT *q, int x, int y, int count)
{
    int i;
    if (y >= 0) {
        if (x >= 0) {
            for (i = 0; i < count; i++) if (q[i].x * y <= q[i].y * x) break;
            return i;
        }
        for (i = 0; i < count; i++) if (q[i].x * y < q[i].y * -x) break;
        return 2 * count - i;
    }
    if (x >= 0) {
        for (i = 0; i < count; i++) if (q[i].x * -y <= q[i].y * x) break;
        return 4 * count - i;
    }
    for (i = 0; i < count; i++) if (q[i].x * -y < q[i].y * -x) break;
    return 2 * count + i;
}

static BOOL draw_arc(HDC hdc, int left, int top, int right, int bottom, int xs, int ys, int xe, int ye,
                     enum arc_kind kind)
{
    struct dc *dc;
    POINT corners[2] = { { left, top }, { right, bottom } }, ends[2] = { { xs, ys }, { xe, ye } };
    POINT *q, *pts;
    int l, t, r, b, w, h, count, start, end, n = 0;
    struct pen *pen;

    gdi_lock();
    if (!(dc = dc_get(hdc))) { gdi_unlock(); return FALSE; }
    lp_to_dp(dc, corners, 2);
    lp_to_dp(dc, ends, 2);
    l = corners[0].x < corners[1].x ? corners[0].x : corners[1].x;
    r = corners[0].x < corners[1].x ? corners[1].x : corners[0].x;
    t = corners[0].y < corners[1].y ? corners[0].y : corners[1].y;
    b = corners[0].y < corners[1].y ? corners[1].y : corners[0].y;
    pen_inside_frame(dc, &l, &t, &r, &b);
    w = r - l;
    h = b - t;
    if (!w || !h) { gdi_unlock(); return TRUE; }
    q = malloc((w + h + 4) * sizeof(*q));
    pts = malloc((w + h + 4) * 5 * sizeof(*pts));
    if (!q || !pts) { free(q); free(pts); gdi_unlock(); return FALSE; }

    count = ellipse_quadrant(w, h, q);
    for (int i = 0; i < count; i++) { q[i].x -= w / 2; q[i].y -= h / 2; }
    /* rays relative to the centre, y up for the counter-clockwise walk */
    for (int i = 0; i < 2; i++) {
        ends[i].x -= l + w / 2;
        ends[i].y = -(ends[i].y - (t + h / 2));
    }
    start = find_intersection(q, ends[0].x, ends[0].y, count);
    end = find_intersection(q, ends[1].x, ends[1].y, count);
    if (end <= start) end += 4 * count;
    for (int i = start; i < end; i++, n++) {
        int k = i % count;
        switch ((i / count) % 4) {
        case 0: pts[n].x = l + w / 2 + q[k].x; pts[n].y = b - 1 - h / 2 - q[k].y; break;
        case 1: pts[n].x = r - 1 - w / 2 - q[count - 1 - k].x; pts[n].y = b - 1 - h / 2 - q[count - 1 - k].y; break;
        case 2: pts[n].x = r - 1 - w / 2 - q[k].x; pts[n].y = t + h / 2 + q[k].y; break;
        case 3: pts[n].x = l + w / 2 + q[count - 1 - k].x; pts[n].y = t + h / 2 + q[count - 1 - k].y; break;
        }
    }
    if (kind == PIE) { pts[n].x = l + w / 2; pts[n].y = t + h / 2; n++; }
    if (n >= 2) {
        pixman_region32_t stroke;
        BOOL wide;
        if (kind != ARC) pts[n] = pts[0];
        /* a wide outline is painted once, and the brush leaves it out */
        wide = wide_pen_region(dc, pts, kind == ARC ? n : n + 1, &stroke);
        if (kind != ARC) fill_device_polygons_except(dc, pts, &n, 1, WINDING, wide ? &stroke : NULL);
        pen = gdi_get(dc->s.pen, OBJ_PEN);
        if (wide) wide_pen_fill(dc, &stroke);
        else if (pen && (pen->style & PS_STYLE_MASK) != PS_NULL)
            draw_device_polyline(dc, pts, kind == ARC ? n : n + 1);
        pixman_region32_fini(&stroke);
    }
    free(q);
    free(pts);
    gdi_unlock();
    return TRUE;
}

WINBASEAPI BOOL WINAPI Arc(HDC hdc, INT l, INT t, INT r, INT b, INT xs, INT ys, INT xe, INT ye)
{
    return draw_arc(hdc, l, t, r, b, xs, ys, xe, ye, ARC);
}

WINBASEAPI BOOL WINAPI Chord(HDC hdc, INT l, INT t, INT r, INT b, INT xs, INT ys, INT xe, INT ye)
{
    return draw_arc(hdc, l, t, r, b, xs, ys, xe, ye, CHORD);
}

WINBASEAPI BOOL WINAPI Pie(HDC hdc, INT l, INT t, INT r, INT b, INT xs, INT ys, INT xe, INT ye)
{
    return draw_arc(hdc, l, t, r, b, xs, ys, xe, ye, PIE);
}
