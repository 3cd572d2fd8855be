/*
 * Mapping modes and the logical-to-device transform: window and viewport
 * origins and extents (MM_TEXT, the metric modes, MM_ISOTROPIC and
 * MM_ANISOTROPIC), DPtoLP/LPtoDP, and the world transform of GM_ADVANCED
 * applied before them. Results are rounded to the nearest pixel.
 */
#include <math.h>
#include "gdi_private.h"
#include "winerror.h"

/* device = world * page; page = (p - wnd_org) * vp_ext / wnd_ext + vp_org */
static void transform(const struct dc *dc, double *m)
{
    double sx = (double)dc->s.vp_ext.cx / dc->s.wnd_ext.cx;
    double sy = (double)dc->s.vp_ext.cy / dc->s.wnd_ext.cy;
    const XFORM *w = &dc->s.world;
    double tx = dc->s.vp_org.x - sx * dc->s.wnd_org.x;
    double ty = dc->s.vp_org.y - sy * dc->s.wnd_org.y;
    if (dc->s.graphics_mode == GM_ADVANCED) {
        m[0] = w->eM11 * sx; m[1] = w->eM12 * sy;
        m[2] = w->eM21 * sx; m[3] = w->eM22 * sy;
        m[4] = w->eDx * sx + tx; m[5] = w->eDy * sy + ty;
    } else {
        m[0] = sx; m[1] = 0; m[2] = 0; m[3] = sy; m[4] = tx; m[5] = ty;
    }
}

void lp_to_dp(const struct dc *dc, POINT *pts, int count)
{
    double m[6];
    transform(dc, m);
    for (int i = 0; i < count; i++) {
        double x = pts[i].x, y = pts[i].y;
        pts[i].x = (LONG)floor(x * m[0] + y * m[2] + m[4] + 0.5);
        pts[i].y = (LONG)floor(x * m[1] + y * m[3] + m[5] + 0.5);
    }
}

/* How far one logical unit along x and along y goes on the device
 * (font sizes and text extents convert by these) */
void dc_scales(const struct dc *dc, double *sx, double *sy)
{
    double m[6];
    transform(dc, m);
    *sx = sqrt(m[0] * m[0] + m[1] * m[1]);
    *sy = sqrt(m[2] * m[2] + m[3] * m[3]);
}

int dc_scale_width(const struct dc *dc, int width)
{
    POINT pts[2] = { {0, 0}, {width, 0} };
    lp_to_dp(dc, pts, 2);
    double dx = pts[1].x - pts[0].x, dy = pts[1].y - pts[0].y;
    return (int)floor(sqrt(dx * dx + dy * dy) + 0.5);
}

WINBASEAPI BOOL WINAPI LPtoDP(HDC hdc, POINT *pts, INT count)
{
    struct dc *dc;
    BOOL ret = FALSE;
    gdi_lock();
    if ((dc = dc_get(hdc)) && (pts || !count)) { lp_to_dp(dc, pts, count); ret = TRUE; }
    gdi_unlock();
    return ret;
}

WINBASEAPI BOOL WINAPI DPtoLP(HDC hdc, POINT *pts, INT count)
{
    struct dc *dc;
    BOOL ret = FALSE;
    double m[6], det;
    gdi_lock();
    if ((dc = dc_get(hdc)) && (pts || !count)) {
        transform(dc, m);
        det = m[0] * m[3] - m[1] * m[2];
        if (det != 0) {
            for (int i = 0; i < count; i++) {
                double x = pts[i].x - m[4], y = pts[i].y - m[5];
                pts[i].x = (LONG)floor((x * m[3] - y * m[2]) / det + 0.5);
                pts[i].y = (LONG)floor((y * m[0] - x * m[1]) / det + 0.5);
            }
            ret = TRUE;
        }
    }
    gdi_unlock();
    return ret;
}

/* MM_ISOTROPIC: shrink one viewport extent so both axes scale alike */
static void fix_isotropic(struct dc *dc)
{
    double xdim, ydim;
    if (dc->s.map_mode != MM_ISOTROPIC) return;
    xdim = fabs((double)dc->s.vp_ext.cx / dc->s.wnd_ext.cx);
    ydim = fabs((double)dc->s.vp_ext.cy / dc->s.wnd_ext.cy);
    if (xdim > ydim) {
        int sign = (dc->s.vp_ext.cx < 0) ^ (dc->s.wnd_ext.cx < 0) ? -1 : 1;
        dc->s.vp_ext.cx = (LONG)floor(fabs((double)dc->s.wnd_ext.cx) * ydim + 0.5) * sign;
        if (!dc->s.vp_ext.cx) dc->s.vp_ext.cx = sign;
    } else if (xdim < ydim) {
        int sign = (dc->s.vp_ext.cy < 0) ^ (dc->s.wnd_ext.cy < 0) ? -1 : 1;
        dc->s.vp_ext.cy = (LONG)floor(fabs((double)dc->s.wnd_ext.cy) * xdim + 0.5) * sign;
        if (!dc->s.vp_ext.cy) dc->s.vp_ext.cy = sign;
    }
}

WINBASEAPI INT WINAPI SetMapMode(HDC hdc, INT mode)
{
    struct dc *dc;
    int ret = 0;
    /* device size in mm and pixels of the 96 dpi screen */
    const int horz_mm = 271, vert_mm = 203, horz_px = 1024, vert_px = 768;

    if (mode < MM_TEXT || mode > MM_ANISOTROPIC) return 0;
    gdi_lock();
    if (!(dc = dc_get(hdc))) goto done;
    ret = dc->s.map_mode;
    if (mode == ret && (mode == MM_ISOTROPIC || mode == MM_ANISOTROPIC)) goto done;
    switch (mode) {
    case MM_TEXT:
        dc->s.wnd_ext.cx = dc->s.wnd_ext.cy = dc->s.vp_ext.cx = dc->s.vp_ext.cy = 1;
        break;
    case MM_LOMETRIC: case MM_ISOTROPIC:
        dc->s.wnd_ext.cx = horz_mm * 10; dc->s.wnd_ext.cy = vert_mm * 10;
        dc->s.vp_ext.cx = horz_px; dc->s.vp_ext.cy = -vert_px;
        break;
    case MM_HIMETRIC:
        dc->s.wnd_ext.cx = horz_mm * 100; dc->s.wnd_ext.cy = vert_mm * 100;
        dc->s.vp_ext.cx = horz_px; dc->s.vp_ext.cy = -vert_px;
        break;
    case MM_LOENGLISH:
        dc->s.wnd_ext.cx = horz_mm * 1000 / 254; dc->s.wnd_ext.cy = vert_mm * 1000 / 254;
        dc->s.vp_ext.cx = horz_px; dc->s.vp_ext.cy = -vert_px;
        break;
    case MM_HIENGLISH:
        dc->s.wnd_ext.cx = horz_mm * 10000 / 254; dc->s.wnd_ext.cy = vert_mm * 10000 / 254;
        dc->s.vp_ext.cx = horz_px; dc->s.vp_ext.cy = -vert_px;
        break;
    case MM_TWIPS:
        dc->s.wnd_ext.cx = horz_mm * 14400 / 254; dc->s.wnd_ext.cy = vert_mm * 14400 / 254;
        dc->s.vp_ext.cx = horz_px; dc->s.vp_ext.cy = -vert_px;
        break;
    }
    dc->s.map_mode = mode;
done:
    gdi_unlock();
    return ret;
}

WINBASEAPI INT WINAPI GetMapMode(HDC hdc)
{
    struct dc *dc;
    int ret = 0;
    gdi_lock();
    if ((dc = dc_get(hdc))) ret = dc->s.map_mode;
    gdi_unlock();
    return ret;
}

/* SetWindowOrgEx and friends: WHICH picks window/viewport origin/extent. */
static BOOL set_pair(HDC hdc, int which, int x, int y, LONG *old, BOOL offset, BOOL is_ext)
{
    struct dc *dc;
    LONG *pair;
    BOOL ret = FALSE;

    gdi_lock();
    if (!(dc = dc_get(hdc))) goto done;
    switch (which) {
    case 0: pair = &dc->s.wnd_org.x; break;
    case 1: pair = &dc->s.vp_org.x; break;
    case 2: pair = &dc->s.wnd_ext.cx; break;
    default: pair = &dc->s.vp_ext.cx; break;
    }
    if (old) { old[0] = pair[0]; old[1] = pair[1]; }
    if (is_ext) {
        /* extents only change in the two scalable modes */
        if (dc->s.map_mode != MM_ISOTROPIC && dc->s.map_mode != MM_ANISOTROPIC) { ret = TRUE; goto done; }
        if (!x || !y) goto done;
    }
    if (offset) { pair[0] += x; pair[1] += y; }
    else { pair[0] = x; pair[1] = y; }
    if (is_ext) fix_isotropic(dc);
    ret = TRUE;
done:
    gdi_unlock();
    return ret;
}

WINBASEAPI BOOL WINAPI SetWindowOrgEx(HDC hdc, INT x, INT y, POINT *old) { return set_pair(hdc, 0, x, y, (LONG *)old, FALSE, FALSE); }
WINBASEAPI BOOL WINAPI SetViewportOrgEx(HDC hdc, INT x, INT y, POINT *old) { return set_pair(hdc, 1, x, y, (LONG *)old, FALSE, FALSE); }
WINBASEAPI BOOL WINAPI OffsetWindowOrgEx(HDC hdc, INT x, INT y, POINT *old) { return set_pair(hdc, 0, x, y, (LONG *)old, TRUE, FALSE); }
WINBASEAPI BOOL WINAPI OffsetViewportOrgEx(HDC hdc, INT x, INT y, POINT *old) { return set_pair(hdc, 1, x, y, (LONG *)old, TRUE, FALSE); }
WINBASEAPI BOOL WINAPI SetWindowExtEx(HDC hdc, INT x, INT y, SIZE *old) { return set_pair(hdc, 2, x, y, (LONG *)old, FALSE, TRUE); }
WINBASEAPI BOOL WINAPI SetViewportExtEx(HDC hdc, INT x, INT y, SIZE *old) { return set_pair(hdc, 3, x, y, (LONG *)old, FALSE, TRUE); }

static BOOL get_pair(HDC hdc, int which, LONG *out)
{
    struct dc *dc;
    BOOL ret = FALSE;
    gdi_lock();
    if ((dc = dc_get(hdc)) && out) {
        const LONG *pair = which == 0 ? &dc->s.wnd_org.x : which == 1 ? &dc->s.vp_org.x
                         : which == 2 ? &dc->s.wnd_ext.cx : &dc->s.vp_ext.cx;
        out[0] = pair[0]; out[1] = pair[1];
        ret = TRUE;
    }
    gdi_unlock();
    return ret;
}

WINBASEAPI BOOL WINAPI GetWindowOrgEx(HDC hdc, POINT *pt) { return get_pair(hdc, 0, (LONG *)pt); }
WINBASEAPI BOOL WINAPI GetViewportOrgEx(HDC hdc, POINT *pt) { return get_pair(hdc, 1, (LONG *)pt); }
WINBASEAPI BOOL WINAPI GetWindowExtEx(HDC hdc, SIZE *size) { return get_pair(hdc, 2, (LONG *)size); }
WINBASEAPI BOOL WINAPI GetViewportExtEx(HDC hdc, SIZE *size) { return get_pair(hdc, 3, (LONG *)size); }

WINBASEAPI BOOL WINAPI SetWorldTransform(HDC hdc, const XFORM *xf)
{
    struct dc *dc;
    BOOL ret = FALSE;
    gdi_lock();
    if (xf && (dc = dc_get(hdc)) && dc->s.graphics_mode == GM_ADVANCED &&
        xf->eM11 * xf->eM22 - xf->eM12 * xf->eM21 != 0) {
        dc->s.world = *xf;
        ret = TRUE;
    }
    gdi_unlock();
    return ret;
}

WINBASEAPI BOOL WINAPI GetWorldTransform(HDC hdc, XFORM *xf)
{
    struct dc *dc;
    BOOL ret = FALSE;
    gdi_lock();
    if (xf && (dc = dc_get(hdc))) { *xf = dc->s.world; ret = TRUE; }
    gdi_unlock();
    return ret;
}
