/*
 * Regions (pixman_region32: y-x banded rectangles, as Windows keeps
 * them): rectangles, rounded rectangles, ellipses, combining and queries;
 * and the DC clip region. The clip region is stored in device
 * coordinates; drawing clips to it intersected with the surface.
 */
#include <stdlib.h>
#include <string.h>
#include "gdi_private.h"
#include "winerror.h"

int region_type(const pixman_region32_t *rgn)
{
    int n = pixman_region32_n_rects((pixman_region32_t *)rgn);
    return !n ? NULLREGION : n == 1 ? SIMPLEREGION : COMPLEXREGION;
}

void region_delete(struct region *rgn)
{
    gdi_free_handle(rgn->hdr.handle);
    pixman_region32_fini(&rgn->rgn);
    free(rgn);
}

static void order(INT *a, INT *b)
{
    if (*a > *b) { INT t = *a; *a = *b; *b = t; }
}

WINBASEAPI HRGN WINAPI CreateRectRgn(INT left, INT top, INT right, INT bottom)
{
    struct region *rgn;
    HRGN h;
    if (!(rgn = calloc(1, sizeof(*rgn)))) return NULL;
    order(&left, &right);
    order(&top, &bottom);
    if (left == right || top == bottom) pixman_region32_init(&rgn->rgn);
    else pixman_region32_init_rect(&rgn->rgn, left, top, right - left, bottom - top);
    if (!(h = gdi_alloc_handle(&rgn->hdr, OBJ_REGION, MAGIC_REGION))) {
        pixman_region32_fini(&rgn->rgn);
        free(rgn);
    }
    return h;
}

WINBASEAPI HRGN WINAPI CreateRectRgnIndirect(const RECT *rect)
{
    if (!rect) return NULL;
    return CreateRectRgn(rect->left, rect->top, rect->right, rect->bottom);
}

/* Rounded rectangle: each scan line of the corner ellipses comes from
 * Alois Zingl's ellipse algorithm, the same points as Ellipse draws; the
 * right and bottom edges are exclusive one pixel further in than
 * CreateRectRgn's, as on Windows. */
WINBASEAPI HRGN WINAPI CreateRoundRectRgn(INT left, INT top, INT right, INT bottom, INT ew, INT eh)
{
    struct region *rgn;
    pixman_box32_t *rows;
    long long a, b, asq, bsq, dx, dy, err;
    int x, y;
    HRGN h;

    order(&left, &right);
    order(&top, &bottom);
    right--;
    bottom--;
    ew = abs(ew) < right - left ? abs(ew) : right - left;
    eh = abs(eh) < bottom - top ? abs(eh) : bottom - top;
    if (ew < 2 || eh < 2) return CreateRectRgn(left, top, right, bottom);
    if (!(rows = calloc(eh + 1, sizeof(*rows)))) return NULL;
    a = ew - 1;
    b = eh - 1;
    asq = 8 * a * a;
    bsq = 8 * b * b;
    dx = 4 * b * b * (1 - a);
    dy = 4 * a * a * (1 + (b % 2));
    err = dx + dy + a * a * (b % 2);
    x = 0;
    y = eh / 2;
    rows[y].x1 = left;
    rows[y].x2 = right;
    while (x <= ew / 2) {
        long long e2 = 2 * err;
        if (e2 >= dx) { x++; dx += bsq; err += dx; }
        if (e2 <= dy) {
            y++; dy += asq; err += dy;
            if (y <= eh) { rows[y].x1 = left + x; rows[y].x2 = right - x; }
        }
    }
    for (int i = 0; i < eh / 2; i++) {
        rows[i].x1 = rows[b - i].x1;
        rows[i].x2 = rows[b - i].x2;
        rows[i].y1 = top + i;
        rows[i].y2 = top + i + 1;
    }
    for (int i = eh / 2; i < eh; i++) {
        rows[i].y1 = bottom - eh + i;
        rows[i].y2 = rows[i].y1 + 1;
    }
    rows[eh / 2].y1 = top + eh / 2;   /* the straight middle band */
    if (!(rgn = calloc(1, sizeof(*rgn)))) { free(rows); return NULL; }
    pixman_region32_init(&rgn->rgn);
    for (int i = 0; i < eh; i++)
        if (rows[i].x2 > rows[i].x1 && rows[i].y2 > rows[i].y1)
            pixman_region32_union_rect(&rgn->rgn, &rgn->rgn, rows[i].x1, rows[i].y1,
                                       rows[i].x2 - rows[i].x1, rows[i].y2 - rows[i].y1);
    free(rows);
    if (!(h = gdi_alloc_handle(&rgn->hdr, OBJ_REGION, MAGIC_REGION))) {
        pixman_region32_fini(&rgn->rgn);
        free(rgn);
    }
    return h;
}

WINBASEAPI HRGN WINAPI CreateEllipticRgn(INT left, INT top, INT right, INT bottom)
{
    return CreateRoundRectRgn(left, top, right, bottom, right - left, bottom - top);
}

WINBASEAPI HRGN WINAPI CreateEllipticRgnIndirect(const RECT *rect)
{
    if (!rect) return NULL;
    return CreateEllipticRgn(rect->left, rect->top, rect->right, rect->bottom);
}

WINBASEAPI BOOL WINAPI SetRectRgn(HRGN handle, INT left, INT top, INT right, INT bottom)
{
    struct region *rgn;
    BOOL ret = FALSE;
    order(&left, &right);
    order(&top, &bottom);
    gdi_lock();
    if ((rgn = gdi_get(handle, OBJ_REGION))) {
        pixman_region32_fini(&rgn->rgn);
        if (left == right || top == bottom) pixman_region32_init(&rgn->rgn);
        else pixman_region32_init_rect(&rgn->rgn, left, top, right - left, bottom - top);
        ret = TRUE;
    }
    gdi_unlock();
    return ret;
}

WINBASEAPI INT WINAPI CombineRgn(HRGN dest, HRGN src1, HRGN src2, INT mode)
{
    struct region *d, *a, *b = NULL;
    int ret = ERROR;

    gdi_lock();
    if (!(d = gdi_get(dest, OBJ_REGION)) || !(a = gdi_get(src1, OBJ_REGION))) goto done;
    if (mode != RGN_COPY && !(b = gdi_get(src2, OBJ_REGION))) goto done;
    switch (mode) {
    case RGN_AND: pixman_region32_intersect(&d->rgn, &a->rgn, &b->rgn); break;
    case RGN_OR: pixman_region32_union(&d->rgn, &a->rgn, &b->rgn); break;
    case RGN_DIFF: pixman_region32_subtract(&d->rgn, &a->rgn, &b->rgn); break;
    case RGN_COPY: pixman_region32_copy(&d->rgn, &a->rgn); break;
    case RGN_XOR: {
        pixman_region32_t x, y;
        pixman_region32_init(&x);
        pixman_region32_init(&y);
        pixman_region32_subtract(&x, &a->rgn, &b->rgn);
        pixman_region32_subtract(&y, &b->rgn, &a->rgn);
        pixman_region32_union(&d->rgn, &x, &y);
        pixman_region32_fini(&x);
        pixman_region32_fini(&y);
        break;
    }
    default: goto done;
    }
    ret = region_type(&d->rgn);
done:
    gdi_unlock();
    return ret;
}

WINBASEAPI INT WINAPI OffsetRgn(HRGN handle, INT x, INT y)
{
    struct region *rgn;
    int ret = ERROR;
    gdi_lock();
    if ((rgn = gdi_get(handle, OBJ_REGION))) {
        pixman_region32_translate(&rgn->rgn, x, y);
        ret = region_type(&rgn->rgn);
    }
    gdi_unlock();
    return ret;
}

WINBASEAPI INT WINAPI GetRgnBox(HRGN handle, RECT *rect)
{
    struct region *rgn;
    int ret = ERROR;
    gdi_lock();
    if (rect && (rgn = gdi_get(handle, OBJ_REGION))) {
        pixman_box32_t *box = pixman_region32_extents(&rgn->rgn);
        ret = region_type(&rgn->rgn);
        if (ret == NULLREGION) memset(rect, 0, sizeof(*rect));
        else { rect->left = box->x1; rect->top = box->y1; rect->right = box->x2; rect->bottom = box->y2; }
    }
    gdi_unlock();
    return ret;
}

WINBASEAPI BOOL WINAPI PtInRegion(HRGN handle, INT x, INT y)
{
    struct region *rgn;
    BOOL ret = FALSE;
    gdi_lock();
    if ((rgn = gdi_get(handle, OBJ_REGION)))
        ret = pixman_region32_contains_point(&rgn->rgn, x, y, NULL);
    gdi_unlock();
    return ret;
}

WINBASEAPI BOOL WINAPI RectInRegion(HRGN handle, const RECT *rect)
{
    struct region *rgn;
    BOOL ret = FALSE;
    gdi_lock();
    if (rect && (rgn = gdi_get(handle, OBJ_REGION))) {
        pixman_box32_t box = { rect->left, rect->top, rect->right, rect->bottom };
        if (box.x1 > box.x2) { int t = box.x1; box.x1 = box.x2; box.x2 = t; }
        if (box.y1 > box.y2) { int t = box.y1; box.y1 = box.y2; box.y2 = t; }
        ret = pixman_region32_contains_rectangle(&rgn->rgn, &box) != PIXMAN_REGION_OUT;
    }
    gdi_unlock();
    return ret;
}

WINBASEAPI BOOL WINAPI EqualRgn(HRGN h1, HRGN h2)
{
    struct region *a, *b;
    BOOL ret = FALSE;
    gdi_lock();
    if ((a = gdi_get(h1, OBJ_REGION)) && (b = gdi_get(h2, OBJ_REGION)))
        ret = pixman_region32_equal(&a->rgn, &b->rgn);
    gdi_unlock();
    return ret;
}

WINBASEAPI DWORD WINAPI GetRegionData(HRGN handle, DWORD size, RGNDATA *data)
{
    struct region *rgn;
    DWORD ret = 0;
    gdi_lock();
    if ((rgn = gdi_get(handle, OBJ_REGION))) {
        int n;
        pixman_box32_t *boxes = pixman_region32_rectangles(&rgn->rgn, &n);
        DWORD need = sizeof(RGNDATAHEADER) + n * sizeof(RECT);
        if (!data) ret = need;
        else if (size >= need) {
            RECT *rects = (RECT *)data->Buffer;
            pixman_box32_t *ext = pixman_region32_extents(&rgn->rgn);
            data->rdh.dwSize = sizeof(RGNDATAHEADER);
            data->rdh.iType = RDH_RECTANGLES;
            data->rdh.nCount = n;
            data->rdh.nRgnSize = n * sizeof(RECT);
            if (n) {
                data->rdh.rcBound.left = ext->x1; data->rdh.rcBound.top = ext->y1;
                data->rdh.rcBound.right = ext->x2; data->rdh.rcBound.bottom = ext->y2;
            } else memset(&data->rdh.rcBound, 0, sizeof(RECT));
            for (int i = 0; i < n; i++) {
                rects[i].left = boxes[i].x1; rects[i].top = boxes[i].y1;
                rects[i].right = boxes[i].x2; rects[i].bottom = boxes[i].y2;
            }
            ret = need;
        }
    }
    gdi_unlock();
    return ret;
}

/* ---- the DC clip region ---- */

void dc_clip_region(struct dc *dc, pixman_region32_t *out)
{
    struct bitmap *bmp = dc_bitmap(dc);
    pixman_region32_init_rect(out, 0, 0, bmp->width, bmp->height);
    if (dc->s.clip) pixman_region32_intersect(out, out, dc->s.clip);
    if (dc->vis) pixman_region32_intersect(out, out, dc->vis);
}

static int set_clip(struct dc *dc, const pixman_region32_t *rgn, int mode)
{
    if (mode == RGN_COPY) {
        if (!rgn) {
            if (dc->s.clip) { pixman_region32_fini(dc->s.clip); free(dc->s.clip); dc->s.clip = NULL; }
        } else {
            if (!dc->s.clip) {
                if (!(dc->s.clip = malloc(sizeof(*dc->s.clip)))) return ERROR;
                pixman_region32_init(dc->s.clip);
            }
            pixman_region32_copy(dc->s.clip, (pixman_region32_t *)rgn);
        }
    } else {
        struct bitmap *bmp = dc_bitmap(dc);
        if (!rgn) return ERROR;
        if (!dc->s.clip) {
            /* no clip region means the whole surface */
            if (!(dc->s.clip = malloc(sizeof(*dc->s.clip)))) return ERROR;
            pixman_region32_init_rect(dc->s.clip, 0, 0, bmp->width, bmp->height);
        }
        switch (mode) {
        case RGN_AND: pixman_region32_intersect(dc->s.clip, dc->s.clip, (pixman_region32_t *)rgn); break;
        case RGN_OR: pixman_region32_union(dc->s.clip, dc->s.clip, (pixman_region32_t *)rgn); break;
        case RGN_DIFF: pixman_region32_subtract(dc->s.clip, dc->s.clip, (pixman_region32_t *)rgn); break;
        case RGN_XOR: {
            pixman_region32_t a, b;
            pixman_region32_init(&a);
            pixman_region32_init(&b);
            pixman_region32_subtract(&a, dc->s.clip, (pixman_region32_t *)rgn);
            pixman_region32_subtract(&b, (pixman_region32_t *)rgn, dc->s.clip);
            pixman_region32_union(dc->s.clip, &a, &b);
            pixman_region32_fini(&a);
            pixman_region32_fini(&b);
            break;
        }
        default: return ERROR;
        }
    }
    {
        pixman_region32_t eff;
        int type;
        dc_clip_region(dc, &eff);
        type = region_type(&eff);
        pixman_region32_fini(&eff);
        return type;
    }
}

WINBASEAPI INT WINAPI ExtSelectClipRgn(HDC hdc, HRGN handle, INT mode)
{
    struct dc *dc;
    struct region *rgn = NULL;
    int ret = ERROR;
    gdi_lock();
    if ((dc = dc_get(hdc)) && (!handle || (rgn = gdi_get(handle, OBJ_REGION))))
        ret = set_clip(dc, rgn ? &rgn->rgn : NULL, mode);
    gdi_unlock();
    return ret;
}

WINBASEAPI INT WINAPI SelectClipRgn(HDC hdc, HRGN handle)
{
    return ExtSelectClipRgn(hdc, handle, RGN_COPY);
}

/* A logical rectangle as a device region. */
static void rect_region(struct dc *dc, INT left, INT top, INT right, INT bottom, pixman_region32_t *out)
{
    POINT pts[2] = { {left, top}, {right, bottom} };
    lp_to_dp(dc, pts, 2);
    order((INT *)&pts[0].x, (INT *)&pts[1].x);
    order((INT *)&pts[0].y, (INT *)&pts[1].y);
    if (pts[0].x == pts[1].x || pts[0].y == pts[1].y) pixman_region32_init(out);
    else pixman_region32_init_rect(out, pts[0].x, pts[0].y, pts[1].x - pts[0].x, pts[1].y - pts[0].y);
}

/* IntersectClipRect (RGN_AND) and ExcludeClipRect (RGN_DIFF) */
static INT clip_rect(HDC hdc, INT left, INT top, INT right, INT bottom, int mode)
{
    struct dc *dc;
    int ret = ERROR;
    gdi_lock();
    if ((dc = dc_get(hdc))) {
        pixman_region32_t r;
        rect_region(dc, left, top, right, bottom, &r);
        ret = set_clip(dc, &r, mode);
        pixman_region32_fini(&r);
    }
    gdi_unlock();
    return ret;
}

WINBASEAPI INT WINAPI IntersectClipRect(HDC hdc, INT left, INT top, INT right, INT bottom)
{
    return clip_rect(hdc, left, top, right, bottom, RGN_AND);
}

WINBASEAPI INT WINAPI ExcludeClipRect(HDC hdc, INT left, INT top, INT right, INT bottom)
{
    return clip_rect(hdc, left, top, right, bottom, RGN_DIFF);
}

WINBASEAPI INT WINAPI OffsetClipRgn(HDC hdc, INT x, INT y)
{
    struct dc *dc;
    int ret = ERROR;
    gdi_lock();
    if ((dc = dc_get(hdc))) {
        if (dc->s.clip) pixman_region32_translate(dc->s.clip, x, y);
        ret = dc->s.clip ? region_type(dc->s.clip) : SIMPLEREGION;
    }
    gdi_unlock();
    return ret;
}

WINBASEAPI INT WINAPI GetClipBox(HDC hdc, RECT *rect)
{
    struct dc *dc;
    int ret = ERROR;
    gdi_lock();
    if (rect && (dc = dc_get(hdc))) {
        pixman_region32_t eff;
        pixman_box32_t *box;
        POINT pts[2];
        dc_clip_region(dc, &eff);
        ret = region_type(&eff);
        box = pixman_region32_extents(&eff);
        pts[0].x = box->x1; pts[0].y = box->y1; pts[1].x = box->x2; pts[1].y = box->y2;
        if (ret == NULLREGION) memset(pts, 0, sizeof(pts));
        pixman_region32_fini(&eff);
        gdi_unlock();
        DPtoLP(hdc, pts, 2);
        rect->left = pts[0].x < pts[1].x ? pts[0].x : pts[1].x;
        rect->right = pts[0].x < pts[1].x ? pts[1].x : pts[0].x;
        rect->top = pts[0].y < pts[1].y ? pts[0].y : pts[1].y;
        rect->bottom = pts[0].y < pts[1].y ? pts[1].y : pts[0].y;
        return ret;
    }
    gdi_unlock();
    return ret;
}

WINBASEAPI INT WINAPI GetClipRgn(HDC hdc, HRGN handle)
{
    struct dc *dc;
    struct region *rgn;
    int ret = -1;
    gdi_lock();
    if ((dc = dc_get(hdc)) && (rgn = gdi_get(handle, OBJ_REGION))) {
        if (dc->s.clip) { pixman_region32_copy(&rgn->rgn, dc->s.clip); ret = 1; }
        else ret = 0;
    }
    gdi_unlock();
    return ret;
}
