/*
 * Wide pens: geometric pens (CreatePen wider than one pixel, or
 * ExtCreatePen with PS_GEOMETRIC) whose width, transformed to device
 * pixels, exceeds one. The stroke of a polyline is built as a region, the
 * union of pieces: a rectangle or quadrilateral per segment, a cap at each
 * open end (round: a disc; square: the segment carried half the width
 * further; flat: none) and a join at each inner vertex (round: a disc;
 * bevel: the quadrilateral between the end faces of the two segments;
 * miter: a pentagon through the point where the outer edges meet, or a
 * bevel when that point lies further than the miter limit times half the
 * width). The region is filled once with the pen's colour and ROP2, so
 * where pieces overlap nothing is drawn twice (an R2_XORPEN stroke does
 * not cancel itself at its joins or crossings).
 *
 * The pixel rules are those of Windows' DIB engine as Wine reproduces
 * them (checked pixel for pixel under Wine): an axis-aligned segment
 * covers the rectangle from its start to its end (end excluded), from
 * width/2 above or left of the centre line; a slanted one is the integer
 * polygon whose corners sit the rounded half widths either side
 * (round((w' + 1) / 2) on one side, round(w' / 2) on the other, w' the
 * width projected on each axis), scan-converted by polygon_region; a disc
 * is CreateEllipticRgn's over (x - w/2, y - w/2, x + (w+1)/2 + 1,
 * y + (w+1)/2 + 1).
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "gdi_private.h"
#include "winerror.h"

struct stroke {
    pixman_box32_t *boxes;
    int count, size;
    BOOL failed;
    pixman_box32_t limit;          /* the clip's extents: pieces are built only there */
    int width;
    UINT cap, join;
    double miter_limit;
    pixman_region32_t disc;        /* round caps and joins, centred on (0, 0) */
};

/* the end edge of a segment: from START to END across the stroke */
struct face {
    POINT start, end;
    int dx, dy;                    /* the segment's direction */
};

static void add_box(struct stroke *s, int x1, int y1, int x2, int y2)
{
    if (x2 <= x1 || y2 <= y1 || s->failed) return;
    if (y2 <= s->limit.y1 || y1 >= s->limit.y2) return;
    if (s->count == s->size) {
        int size = s->size ? s->size * 2 : 256;
        pixman_box32_t *grown = realloc(s->boxes, size * sizeof(*grown));
        if (!grown) { s->failed = TRUE; return; }
        s->boxes = grown;
        s->size = size;
    }
    s->boxes[s->count].x1 = x1; s->boxes[s->count].y1 = y1;
    s->boxes[s->count].x2 = x2; s->boxes[s->count].y2 = y2;
    s->count++;
}

static void add_region(struct stroke *s, const pixman_region32_t *rgn, int x, int y)
{
    int n;
    pixman_box32_t *b = pixman_region32_rectangles((pixman_region32_t *)rgn, &n);
    for (int i = 0; i < n; i++) add_box(s, b[i].x1 + x, b[i].y1 + y, b[i].x2 + x, b[i].y2 + y);
}

static void add_polygon(struct stroke *s, const POINT *pts, int count)
{
    pixman_region32_t rgn;
    if (polygon_region(pts, &count, 1, ALTERNATE, &rgn, &s->limit)) add_region(s, &rgn, 0, 0);
    else s->failed = TRUE;
    pixman_region32_fini(&rgn);
}

/* rounds half away from zero */
static LONG round_away(double f)
{
    return (LONG)(f > 0 ? f + 0.5 : f - 0.5);
}

/* The segment P1 -> P2 (direction DX, DY); SQ1/SQ2: square caps at the
 * ends. Sets the faces at its start (F1) and end (F2) for the joins. */
static BOOL add_segment(struct stroke *s, POINT p1, POINT p2, int dx, int dy, BOOL sq1, BOOL sq2,
                        struct face *f1, struct face *f2)
{
    int w = s->width, l, t, r, b;

    if (!dx && !dy) return FALSE;
    if (!dy) {
        l = p1.x < p2.x ? p1.x : p2.x;
        r = p1.x < p2.x ? p2.x : p1.x;
        t = p1.y - w / 2;
        b = t + w;
        if ((sq1 && dx > 0) || (sq2 && dx < 0)) l -= w / 2;
        if ((sq2 && dx > 0) || (sq1 && dx < 0)) r += w / 2;
        add_box(s, l, t, r, b);
        if (dx > 0) {
            f1->start.x = f1->end.x = l; f1->start.y = b; f1->end.y = t;
            f2->start.x = f2->end.x = r - 1; f2->start.y = t; f2->end.y = b;
        } else {
            f1->start.x = f1->end.x = r; f1->start.y = t; f1->end.y = b;
            f2->start.x = f2->end.x = l + 1; f2->start.y = b; f2->end.y = t;
        }
    } else if (!dx) {
        t = p1.y < p2.y ? p1.y : p2.y;
        b = p1.y < p2.y ? p2.y : p1.y;
        l = p1.x - w / 2;
        r = l + w;
        if ((sq1 && dy > 0) || (sq2 && dy < 0)) t -= w / 2;
        if ((sq2 && dy > 0) || (sq1 && dy < 0)) b += w / 2;
        add_box(s, l, t, r, b);
        if (dy > 0) {
            f1->start.x = l; f1->end.x = r; f1->start.y = f1->end.y = t;
            f2->start.x = r; f2->end.x = l; f2->start.y = f2->end.y = b - 1;
        } else {
            f1->start.x = r; f1->end.x = l; f1->start.y = f1->end.y = b;
            f2->start.x = l; f2->end.x = r; f2->start.y = f2->end.y = t + 1;
        }
    } else {
        double len = hypot(dx, dy), wx = w * abs(dy) / len, wy = w * abs(dx) / len;
        POINT narrow = { round_away(wx / 2), round_away(wy / 2) };
        POINT wide = { round_away((wx + 1) / 2), round_away((wy + 1) / 2) };
        POINT q[4];
        if (dx < 0) { wide.y = -wide.y; narrow.y = -narrow.y; }
        if (dy < 0) {
            POINT tmp = narrow;
            narrow = wide;
            wide = tmp;
            wide.x = -wide.x;
            narrow.x = -narrow.x;
        }
        q[0].x = p1.x - narrow.x; q[0].y = p1.y + narrow.y;
        q[1].x = p1.x + wide.x;   q[1].y = p1.y - wide.y;
        q[2].x = p2.x + wide.x;   q[2].y = p2.y - wide.y;
        q[3].x = p2.x - narrow.x; q[3].y = p2.y + narrow.y;
        if (sq1) {
            q[0].x -= narrow.y; q[1].x -= narrow.y;
            q[0].y -= narrow.x; q[1].y -= narrow.x;
        }
        if (sq2) {
            q[2].x += wide.y; q[3].x += wide.y;
            q[2].y += wide.x; q[3].y += wide.x;
        }
        add_polygon(s, q, 4);
        f1->start = q[0]; f1->end = q[1];
        f2->start = q[2]; f2->end = q[3];
    }
    f1->dx = f2->dx = dx;
    f1->dy = f2->dy = dy;
    return TRUE;
}

/* The miter at P between the faces A (ending the first segment) and B
 * (starting the next); FALSE when it is longer than the limit allows. */
static BOOL add_miter(struct stroke *s, POINT p, const struct face *a, const struct face *b)
{
    long long det = (long long)a->dx * b->dy - (long long)a->dy * b->dx;
    double ka, kb, x, y;
    POINT q[5];

    if (!det) return FALSE;
    if (det < 0) {
        const struct face *t = a;
        a = b;
        b = t;
        det = -det;
    }
    /* where the line through a->start along a's direction meets the line
     * through b->end along b's */
    ka = ((double)b->end.x * b->dy - (double)b->end.y * b->dx) / det;
    kb = ((double)a->start.x * a->dy - (double)a->start.y * a->dx) / det;
    x = ka * a->dx - kb * b->dx;
    y = ka * a->dy - kb * b->dy;
    if (((x - p.x) * (x - p.x) + (y - p.y) * (y - p.y)) * 4 >
        s->miter_limit * s->miter_limit * s->width * s->width)
        return FALSE;
    q[0] = b->start;
    q[1] = a->start;
    q[2].x = round_away(x);
    q[2].y = round_away(y);
    q[3] = b->end;
    q[4] = a->end;
    add_polygon(s, q, 5);
    return TRUE;
}

static void add_join(struct stroke *s, POINT p, const struct face *a, const struct face *b)
{
    POINT q[4];
    if (s->join == PS_JOIN_MITER && add_miter(s, p, a, b)) return;
    if (s->join != PS_JOIN_MITER && s->join != PS_JOIN_BEVEL) {
        add_region(s, &s->disc, p.x, p.y);
        return;
    }
    q[0] = a->start;
    q[1] = b->end;
    q[2] = a->end;
    q[3] = b->start;
    add_polygon(s, q, 4);
}

int pen_device_width(struct dc *dc, const struct pen *pen)
{
    int width;
    if (!pen || (pen->ext && (pen->style & PS_TYPE_MASK) != PS_GEOMETRIC)) return 1;
    /* the width is in logical units; 0 always means one pixel */
    if (pen->width <= 1) return 1;
    width = dc_scale_width(dc, pen->width);
    return width < 1 ? 1 : width;
}

/* PS_INSIDEFRAME: a shape's device box shrinks so that the wide outline
 * stays inside the box the caller gave */
void pen_inside_frame(struct dc *dc, int *l, int *t, int *r, int *b)
{
    struct pen *pen = gdi_get(dc->s.pen, OBJ_PEN);
    int width;
    if (!pen || (pen->style & PS_STYLE_MASK) != PS_INSIDEFRAME || (width = pen_device_width(dc, pen)) <= 1)
        return;
    if (*r - *l <= width || *b - *t <= width) return;
    *l += width / 2;
    *t += width / 2;
    *r -= (width - 1) / 2;
    *b -= (width - 1) / 2;
}

/* The stroke of the device polyline DEV with the DC's wide pen, within the
 * clip, into OUT (always initialized); FALSE when the pen is not wide. */
BOOL wide_pen_region(struct dc *dc, const POINT *dev, int count, pixman_region32_t *out)
{
    struct pen *pen = gdi_get(dc->s.pen, OBJ_PEN);
    struct stroke s;
    struct face first, prev, f1, f2;
    pixman_region32_t clip;
    POINT *pts;
    int n = 0, width, segs;
    BOOL closed, have_prev = FALSE;
    HRGN disc;

    pixman_region32_init(out);
    if (!pen || (pen->style & PS_STYLE_MASK) == PS_NULL) return FALSE;
    if ((width = pen_device_width(dc, pen)) <= 1) return FALSE;
    if (count < 1) return TRUE;
    /* repeated points make no segment */
    if (!(pts = malloc(count * sizeof(*pts)))) return TRUE;
    for (int i = 0; i < count; i++)
        if (!n || pts[n - 1].x != dev[i].x || pts[n - 1].y != dev[i].y) pts[n++] = dev[i];
    /* a ring (last point = first) is closed: joins all round, no caps */
    closed = n > 3 && pts[0].x == pts[n - 1].x && pts[0].y == pts[n - 1].y;
    if (closed) n--;
    segs = closed ? n : n - 1;

    memset(&s, 0, sizeof(s));
    s.width = width;
    s.cap = pen->ext ? pen->style & PS_ENDCAP_MASK : PS_ENDCAP_ROUND;
    s.join = pen->ext ? pen->style & PS_JOIN_MASK : PS_JOIN_ROUND;
    s.miter_limit = dc->s.miter_limit;
    dc_clip_region(dc, &clip);
    s.limit = *pixman_region32_extents(&clip);
    pixman_region32_init(&s.disc);
    if ((disc = CreateEllipticRgn(-(width / 2), -(width / 2), (width + 1) / 2 + 1, (width + 1) / 2 + 1))) {
        struct region *r = gdi_get(disc, OBJ_REGION);
        if (r) pixman_region32_copy(&s.disc, &r->rgn);
        DeleteObject(disc);
    }

    if (!closed && s.cap == PS_ENDCAP_ROUND) {
        add_region(&s, &s.disc, pts[0].x, pts[0].y);
        if (n > 1) add_region(&s, &s.disc, pts[n - 1].x, pts[n - 1].y);
    }
    for (int i = 0; i < segs; i++) {
        POINT a = pts[i], b = pts[(i + 1) % n];
        BOOL sq1 = !closed && i == 0 && s.cap == PS_ENDCAP_SQUARE;
        BOOL sq2 = !closed && i == segs - 1 && s.cap == PS_ENDCAP_SQUARE;
        if (!add_segment(&s, a, b, b.x - a.x, b.y - a.y, sq1, sq2, &f1, &f2)) continue;
        if (have_prev) add_join(&s, a, &prev, &f1);
        else first = f1;
        prev = f2;
        have_prev = TRUE;
    }
    if (closed && have_prev) add_join(&s, pts[0], &prev, &first);

    if (!s.failed && s.count) {
        pixman_region32_fini(out);
        pixman_region32_init_rects(out, s.boxes, s.count);
        pixman_region32_intersect(out, out, &clip);
    }
    pixman_region32_fini(&s.disc);
    pixman_region32_fini(&clip);
    free(s.boxes);
    free(pts);
    return TRUE;
}

/* Paints RGN (device) with the DC's pen colour and ROP2. */
void wide_pen_fill(struct dc *dc, const pixman_region32_t *rgn)
{
    struct pen *pen = gdi_get(dc->s.pen, OBJ_PEN);
    struct bitmap *bmp = dc_bitmap(dc);
    struct brush_fill fill;
    COLORREF color;
    if (!pen) return;
    color = dc->s.pen == GetStockObject(DC_PEN) ? dc->s.dc_pen_color : pen->color;
    memset(&fill, 0, sizeof(fill));
    fill.kind = 1;
    fill.pixel = dc_color_to_pixel(bmp, color, dc->s.bk_color);
    fill_region_rop2(bmp, rgn, &fill, dc->s.rop2);
}

BOOL wide_pen_stroke(struct dc *dc, const POINT *dev, int count)
{
    pixman_region32_t rgn;
    BOOL wide = wide_pen_region(dc, dev, count, &rgn);
    if (wide) wide_pen_fill(dc, &rgn);
    pixman_region32_fini(&rgn);
    return wide;
}

WINBASEAPI BOOL WINAPI SetMiterLimit(HDC hdc, FLOAT limit, FLOAT *old)
{
    struct dc *dc;
    BOOL ret = FALSE;
    gdi_lock();
    if ((dc = dc_get(hdc))) {
        if (old) *old = dc->s.miter_limit;
        dc->s.miter_limit = limit;
        ret = TRUE;
    }
    gdi_unlock();
    return ret;
}

WINBASEAPI BOOL WINAPI GetMiterLimit(HDC hdc, FLOAT *limit)
{
    struct dc *dc;
    BOOL ret = FALSE;
    gdi_lock();
    if ((dc = dc_get(hdc)) && limit) {
        *limit = dc->s.miter_limit;
        ret = TRUE;
    }
    gdi_unlock();
    return ret;
}
