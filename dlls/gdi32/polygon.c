/*
 * Polygons: CreatePolygonRgn, CreatePolyPolygonRgn, Polygon, PolyPolygon.
 *
 * Scan conversion samples each integer scan line y: an edge from y1 to y2
 * covers lines y1 <= y < y2 and crosses line y at the exact rational x;
 * a span runs from the ceiling of one crossing to the ceiling of the next
 * (left inclusive, right exclusive), paired by ALTERNATE (even-odd) or
 * WINDING (non-zero) rules. This is the rule of Windows' region code
 * (inherited from X11's miPolyToRegion) and makes a filled polygon leave
 * out its right and bottom edges. Cost: O(edges) per scan line.
 */
#include <stdlib.h>
#include <string.h>
#include "gdi_private.h"
#include "winerror.h"

void draw_polyline(struct dc *dc, const POINT *pts, int count);

struct crossing { long long x; int dir; };

static int cmp_crossing(const void *a, const void *b)
{
    const struct crossing *p = a, *q = b;
    return p->x < q->x ? -1 : p->x > q->x;
}

/* ceil(a / b) for b > 0 */
static long long ceil_div(long long a, long long b)
{
    return a >= 0 ? (a + b - 1) / b : -((-a) / b);
}

/* Fills the polygons DEV (device coordinates, COUNTS[i] points each) with
 * the DC's brush and ROP2, within its clip region. */
void fill_device_polygons(struct dc *dc, const POINT *dev, const INT *counts, int polys, int mode)
{
    fill_device_polygons_except(dc, dev, counts, polys, mode, NULL);
}

void fill_device_polygons_except(struct dc *dc, const POINT *dev, const INT *counts, int polys, int mode,
                                 const pixman_region32_t *except)
{
    struct bitmap *bmp = dc_bitmap(dc);
    struct brush_fill fill;
    pixman_region32_t rgn, clip;

    dc_clip_region(dc, &clip);
    if (polygon_region(dev, counts, polys, mode, &rgn, pixman_region32_extents(&clip))) {
        pixman_region32_intersect(&rgn, &rgn, &clip);
        if (except) pixman_region32_subtract(&rgn, &rgn, (pixman_region32_t *)except);
        brush_fill_init(dc, bmp, &fill);
        fill_region_rop2(bmp, &rgn, &fill, dc->s.rop2);
        brush_fill_done(&fill);
    }
    pixman_region32_fini(&clip);
    pixman_region32_fini(&rgn);
}

/* Builds the region of the polygons PTS (COUNTS[i] points each), limited
 * to the scan lines of LIMIT when given (drawing needs only the clip). */
BOOL polygon_region(const POINT *pts, const INT *counts, int polys, int mode, pixman_region32_t *out,
                    const pixman_box32_t *limit)
{
    int total = 0, ymin = 0x7fffffff, ymax = -0x7fffffff, edges = 0;
    struct crossing *xs;
    pixman_box32_t *boxes = NULL;
    int nboxes = 0, capacity = 0;

    pixman_region32_init(out);
    for (int i = 0; i < polys; i++) {
        if (counts[i] < 0) return FALSE;
        total += counts[i];
    }
    for (int i = 0; i < total; i++) {
        if (pts[i].y < ymin) ymin = pts[i].y;
        if (pts[i].y > ymax) ymax = pts[i].y;
    }
    if (limit) {
        if (ymin < limit->y1) ymin = limit->y1;
        if (ymax > limit->y2) ymax = limit->y2;
    }
    if (total < 3 || ymin >= ymax) return TRUE;
    if (!(xs = malloc(total * sizeof(*xs)))) return FALSE;
    for (int y = ymin; y < ymax; y++) {
        int n = 0;
        const POINT *poly = pts;
        for (int p = 0; p < polys; poly += counts[p], p++) {
            if (counts[p] < 2) continue;
            for (int i = 0; i < counts[p]; i++) {
                POINT a = poly[i], b = poly[(i + 1) % counts[p]];
                int dir = 1;
                if (a.y == b.y) continue;
                if (a.y > b.y) { POINT t = a; a = b; b = t; dir = -1; }
                if (y < a.y || y >= b.y) continue;
                /* x = a.x + (y - a.y) * (b.x - a.x) / (b.y - a.y), rounded up */
                xs[n].x = a.x + ceil_div((long long)(y - a.y) * (b.x - a.x), b.y - a.y);
                xs[n].dir = dir;
                n++;
            }
        }
        qsort(xs, n, sizeof(*xs), cmp_crossing);
        for (int i = 0; i < n;) {
            int start = i, winding = 0;
            long long left = xs[i].x, right;
            if (mode == WINDING) {
                do winding += xs[i++].dir; while (i < n && winding);
                right = xs[i - 1].x;
            } else {
                if (i + 1 >= n) break;
                right = xs[i + 1].x;
                i += 2;
            }
            (void)start;
            if (right <= left) continue;
            if (nboxes == capacity) {
                pixman_box32_t *grown;
                capacity = capacity ? capacity * 2 : 64;
                if (!(grown = realloc(boxes, capacity * sizeof(*boxes)))) { free(boxes); free(xs); return FALSE; }
                boxes = grown;
            }
            boxes[nboxes].x1 = left; boxes[nboxes].x2 = right;
            boxes[nboxes].y1 = y; boxes[nboxes].y2 = y + 1;
            nboxes++;
        }
        edges += n;
    }
    (void)edges;
    /* spans of one line may overlap (WINDING pairs): union them in */
    for (int i = 0; i < nboxes; i++) pixman_region32_union_rect(out, out, boxes[i].x1, boxes[i].y1,
                                                                 boxes[i].x2 - boxes[i].x1, 1);
    free(boxes);
    free(xs);
    return TRUE;
}

static HRGN publish_region(pixman_region32_t *rgn)
{
    HRGN h = CreateRectRgn(0, 0, 0, 0);
    struct region *obj;
    gdi_lock();
    if ((obj = gdi_get(h, OBJ_REGION))) pixman_region32_copy(&obj->rgn, rgn);
    gdi_unlock();
    pixman_region32_fini(rgn);
    return h;
}

WINBASEAPI HRGN WINAPI CreatePolyPolygonRgn(const POINT *pts, const INT *counts, INT polys, INT mode)
{
    pixman_region32_t rgn;
    if (!pts || !counts || polys <= 0 || (mode != ALTERNATE && mode != WINDING)) return NULL;
    if (!polygon_region(pts, counts, polys, mode, &rgn, NULL)) {
        pixman_region32_fini(&rgn);
        return NULL;
    }
    return publish_region(&rgn);
}

WINBASEAPI HRGN WINAPI CreatePolygonRgn(const POINT *pts, INT count, INT mode)
{
    return CreatePolyPolygonRgn(pts, &count, 1, mode);
}

/* Fills then outlines the polygons in logical coordinates. */
static BOOL poly_polygon(HDC hdc, const POINT *pts, const INT *counts, int polys)
{
    struct dc *dc;
    POINT *dev;
    int total = 0;

    for (int i = 0; i < polys; i++) {
        if (counts[i] < 2) return FALSE;
        total += counts[i];
    }
    if (!(dev = malloc((total + 1) * sizeof(*dev)))) return FALSE;
    gdi_lock();
    if (!(dc = dc_get(hdc))) {
        gdi_unlock();
        free(dev);
        return FALSE;
    }
    memcpy(dev, pts, total * sizeof(*dev));
    lp_to_dp(dc, dev, total);
    if (pen_device_width(dc, gdi_get(dc->s.pen, OBJ_PEN)) > 1) {
        /* a wide outline is one region, painted once; the brush leaves it out */
        pixman_region32_t stroke, ring_rgn;
        pixman_region32_init(&stroke);
        for (int p = 0, start = 0; p < polys; start += counts[p], p++) {
            POINT *ring = malloc((counts[p] + 1) * sizeof(*ring));
            if (!ring) break;
            memcpy(ring, dev + start, counts[p] * sizeof(*ring));
            ring[counts[p]] = dev[start];
            wide_pen_region(dc, ring, counts[p] + 1, &ring_rgn);
            pixman_region32_union(&stroke, &stroke, &ring_rgn);
            pixman_region32_fini(&ring_rgn);
            free(ring);
        }
        fill_device_polygons_except(dc, dev, counts, polys, dc->s.poly_fill_mode, &stroke);
        wide_pen_fill(dc, &stroke);
        pixman_region32_fini(&stroke);
        gdi_unlock();
        free(dev);
        return TRUE;
    }
    fill_device_polygons(dc, dev, counts, polys, dc->s.poly_fill_mode);
    /* outlines: each polygon closed, in logical coordinates */
    for (int p = 0, start = 0; p < polys; start += counts[p], p++) {
        POINT *ring = malloc((counts[p] + 1) * sizeof(*ring));
        if (!ring) break;
        memcpy(ring, pts + start, counts[p] * sizeof(*ring));
        ring[counts[p]] = pts[start];
        draw_polyline(dc, ring, counts[p] + 1);
        free(ring);
    }
    gdi_unlock();
    free(dev);
    return TRUE;
}

WINBASEAPI BOOL WINAPI Polygon(HDC hdc, const POINT *pts, INT count)
{
    if (!pts) return FALSE;
    return poly_polygon(hdc, pts, &count, 1);
}

WINBASEAPI BOOL WINAPI PolyPolygon(HDC hdc, const POINT *pts, const INT *counts, INT polys)
{
    if (!pts || !counts || polys <= 0) return FALSE;
    return poly_polygon(hdc, pts, counts, polys);
}
