/*
 * Device contexts: creation, the attributes, SaveDC/RestoreDC,
 * SelectObject and GetDeviceCaps.
 *
 * A memory DC draws into the bitmap selected in it (the shared 1x1
 * monochrome bitmap at first). A DISPLAY DC draws into a 32 bpp screen
 * surface in memory, created per DC at the primary screen's size (1024x768
 * until the X11 backend reports the real one), so drawing on it is
 * harmless and reads back what was drawn; the backend will replace it
 * with the window surfaces.
 */
#include <stdlib.h>
#include <string.h>
#include "gdi_private.h"
#include "winerror.h"
#include "winrun/gdi.h"

#define SCREEN_WIDTH 1024
#define SCREEN_HEIGHT 768

struct dc_saved {
    struct dc_saved *next;
    struct dc_state s;
};

struct dc *dc_get(HDC hdc)
{
    return gdi_get(hdc, OBJ_DC);
}

struct bitmap *dc_bitmap(struct dc *dc)
{
    struct bitmap *bmp;
    if (dc->screen) return dc->screen;
    bmp = gdi_get(dc->s.bitmap, OBJ_BITMAP);
    return bmp ? bmp : gdi_default_bitmap();
}

static void init_state(struct dc_state *s)
{
    memset(s, 0, sizeof(*s));
    s->pen = GetStockObject(BLACK_PEN);
    s->brush = GetStockObject(WHITE_BRUSH);
    s->font = GetStockObject(SYSTEM_FONT);
    s->palette = GetStockObject(DEFAULT_PALETTE);
    s->bk_color = RGB(255, 255, 255);
    s->text_color = RGB(0, 0, 0);
    s->dc_brush_color = RGB(255, 255, 255);
    s->dc_pen_color = RGB(0, 0, 0);
    s->bk_mode = OPAQUE;
    s->rop2 = R2_COPYPEN;
    s->poly_fill_mode = ALTERNATE;
    s->stretch_mode = BLACKONWHITE;
    s->map_mode = MM_TEXT;
    s->graphics_mode = GM_COMPATIBLE;
    s->miter_limit = 10.0f;
    s->wnd_ext.cx = s->wnd_ext.cy = 1;
    s->vp_ext.cx = s->vp_ext.cy = 1;
    s->world.eM11 = s->world.eM22 = 1.0f;
}

static void state_select_all(struct dc_state *s, BOOL select)
{
    HGDIOBJ objs[5] = { s->pen, s->brush, s->font, s->bitmap, s->palette };
    for (int i = 0; i < 5; i++) {
        if (!objs[i]) continue;
        if (select) gdi_select(objs[i]);
        else gdi_deselect(objs[i]);
    }
}

static pixman_region32_t *copy_region(const pixman_region32_t *rgn)
{
    pixman_region32_t *copy;
    if (!rgn || !(copy = malloc(sizeof(*copy)))) return NULL;
    pixman_region32_init(copy);
    pixman_region32_copy(copy, (pixman_region32_t *)rgn);
    return copy;
}

static void free_region(pixman_region32_t *rgn)
{
    if (!rgn) return;
    pixman_region32_fini(rgn);
    free(rgn);
}

static HDC create_dc(BOOL memory, BOOL screen)
{
    struct dc *dc;
    HDC h;

    if (!(dc = calloc(1, sizeof(*dc)))) return NULL;
    init_state(&dc->s);
    dc->memory = memory;
    if (screen && !(dc->screen = bitmap_alloc(SCREEN_WIDTH, SCREEN_HEIGHT, 32, TRUE, NULL))) {
        free(dc);
        return NULL;
    }
    if (!(h = gdi_alloc_handle(&dc->hdr, memory ? OBJ_MEMDC : OBJ_DC, MAGIC_DC))) {
        bitmap_free(dc->screen);
        free(dc);
        return NULL;
    }
    gdi_lock();
    if (memory) dc->s.bitmap = gdi_default_bitmap()->hdr.handle;
    state_select_all(&dc->s, TRUE);
    gdi_unlock();
    return h;
}

void dc_delete(struct dc *dc)
{
    while (dc->saved) {
        struct dc_saved *saved = dc->saved;
        dc->saved = saved->next;
        state_select_all(&saved->s, FALSE);
        free_region(saved->s.clip);
        free(saved);
    }
    gdi_free_handle(dc->hdr.handle);
    state_select_all(&dc->s, FALSE);
    free_region(dc->s.clip);
    free_region(dc->vis);
    bitmap_free(dc->screen);
    free(dc);
}

WINBASEAPI HDC WINAPI CreateCompatibleDC(HDC hdc)
{
    if (hdc) {
        gdi_lock();
        BOOL valid = dc_get(hdc) != NULL;
        gdi_unlock();
        if (!valid) return NULL;
    }
    return create_dc(TRUE, FALSE);
}

static BOOL is_display(const char *driver, const WCHAR *wdriver)
{
    static const char display[] = "DISPLAY";
    for (int i = 0; i < 8; i++) {
        int c = driver ? (unsigned char)driver[i] : wdriver ? wdriver[i] : 0;
        if (c >= 'a' && c <= 'z') c -= 32;
        if (c != display[i]) return FALSE;
    }
    return TRUE;
}

WINBASEAPI HDC WINAPI CreateDCA(LPCSTR driver, LPCSTR device, LPCSTR output, const void *mode)
{
    (void)output; (void)mode;
    if (!is_display(driver, NULL) && !is_display(device, NULL)) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return NULL;
    }
    return create_dc(FALSE, TRUE);
}

WINBASEAPI HDC WINAPI CreateDCW(LPCWSTR driver, LPCWSTR device, LPCWSTR output, const void *mode)
{
    (void)output; (void)mode;
    if (!is_display(NULL, driver) && !is_display(NULL, device)) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return NULL;
    }
    return create_dc(FALSE, TRUE);
}

WINBASEAPI BOOL WINAPI DeleteDC(HDC hdc)
{
    struct dc *dc;
    gdi_lock();
    if (!(dc = dc_get(hdc))) {
        gdi_unlock();
        return FALSE;
    }
    dc_delete(dc);
    gdi_unlock();
    return TRUE;
}

WINBASEAPI INT WINAPI SaveDC(HDC hdc)
{
    struct dc *dc;
    struct dc_saved *saved;
    int ret = 0;

    gdi_lock();
    if ((dc = dc_get(hdc)) && (saved = malloc(sizeof(*saved)))) {
        saved->s = dc->s;
        saved->s.clip = copy_region(dc->s.clip);
        state_select_all(&saved->s, TRUE);
        saved->next = dc->saved;
        dc->saved = saved;
        ret = ++dc->save_level;
    }
    gdi_unlock();
    return ret;
}

WINBASEAPI BOOL WINAPI RestoreDC(HDC hdc, INT level)
{
    struct dc *dc;
    BOOL ret = FALSE;

    gdi_lock();
    if (!(dc = dc_get(hdc))) goto done;
    if (level < 0) level = dc->save_level + 1 + level;
    if (level <= 0 || level > dc->save_level) goto done;
    while (dc->save_level >= level) {
        struct dc_saved *saved = dc->saved;
        dc->saved = saved->next;
        dc->save_level--;
        if (dc->save_level < level) {
            state_select_all(&dc->s, FALSE);
            free_region(dc->s.clip);
            dc->s = saved->s;   /* its references move into the DC */
        } else {
            state_select_all(&saved->s, FALSE);
            free_region(saved->s.clip);
        }
        free(saved);
    }
    ret = TRUE;
done:
    gdi_unlock();
    return ret;
}

WINBASEAPI HGDIOBJ WINAPI SelectObject(HDC hdc, HGDIOBJ handle)
{
    struct dc *dc;
    struct gdi_header *obj;
    HGDIOBJ *slot = NULL, prev = NULL;

    gdi_lock();
    if (!(dc = dc_get(hdc)) || !(obj = gdi_get(handle, 0))) goto done;
    switch (obj->type) {
    case OBJ_PEN: case OBJ_EXTPEN: slot = &dc->s.pen; break;
    case OBJ_BRUSH: slot = &dc->s.brush; break;
    case OBJ_FONT: slot = &dc->s.font; break;
    case OBJ_BITMAP:
        /* only memory DCs take bitmaps, and a bitmap lives in one DC */
        if (!dc->memory) goto done;
        if (obj->selected && dc->s.bitmap != handle) goto done;
        slot = &dc->s.bitmap;
        break;
    case OBJ_REGION: {
        int ret = SelectClipRgn(hdc, handle);
        gdi_unlock();
        return (HGDIOBJ)(ULONG_PTR)ret;
    }
    default: goto done;
    }
    prev = *slot;
    if (prev != handle) {
        gdi_select(handle);
        *slot = handle;
        /* a new bitmap keeps the clip region: it is relative to the
         * surface, and GetClipBox clips to the surface on use */
        gdi_deselect(prev);
    }
done:
    gdi_unlock();
    return prev;
}

WINBASEAPI HGDIOBJ WINAPI GetCurrentObject(HDC hdc, UINT type)
{
    struct dc *dc;
    HGDIOBJ ret = NULL;
    gdi_lock();
    if ((dc = dc_get(hdc))) {
        switch (type) {
        case OBJ_PEN: case OBJ_EXTPEN: ret = dc->s.pen; break;
        case OBJ_BRUSH: ret = dc->s.brush; break;
        case OBJ_FONT: ret = dc->s.font; break;
        case OBJ_BITMAP: ret = dc->memory ? dc->s.bitmap : NULL; break;
        case OBJ_PAL: ret = dc->s.palette; break;
        }
    }
    gdi_unlock();
    return ret;
}

/* Attribute get/set pairs share this shape. */
#define DC_ATTR(type, field, Get, Set, check)                      \
WINBASEAPI type WINAPI Get(HDC hdc)                                \
{                                                                  \
    struct dc *dc; type ret = 0;                                   \
    gdi_lock();                                                    \
    if ((dc = dc_get(hdc))) ret = dc->s.field;                     \
    gdi_unlock();                                                  \
    return ret;                                                    \
}                                                                  \
WINBASEAPI type WINAPI Set(HDC hdc, type value)                    \
{                                                                  \
    struct dc *dc; type ret = 0;                                   \
    if (!(check)) { SetLastError(ERROR_INVALID_PARAMETER); return 0; } \
    gdi_lock();                                                    \
    if ((dc = dc_get(hdc))) { ret = dc->s.field; dc->s.field = value; } \
    gdi_unlock();                                                  \
    return ret;                                                    \
}

DC_ATTR(INT, bk_mode, GetBkMode, SetBkMode, value == TRANSPARENT || value == OPAQUE)
DC_ATTR(INT, rop2, GetROP2, SetROP2, value >= R2_BLACK && value <= R2_WHITE)
DC_ATTR(INT, poly_fill_mode, GetPolyFillMode, SetPolyFillMode, value == ALTERNATE || value == WINDING)
DC_ATTR(INT, stretch_mode, GetStretchBltMode, SetStretchBltMode, value >= BLACKONWHITE && value <= HALFTONE)
DC_ATTR(INT, graphics_mode, GetGraphicsMode, SetGraphicsMode, value == GM_COMPATIBLE || value == GM_ADVANCED)
DC_ATTR(UINT, text_align, GetTextAlign, SetTextAlign, TRUE)
DC_ATTR(INT, char_extra, GetTextCharacterExtra, SetTextCharacterExtra, TRUE)

#define DC_COLOR(field, Get, Set)                                  \
WINBASEAPI COLORREF WINAPI Get(HDC hdc)                            \
{                                                                  \
    struct dc *dc; COLORREF ret = CLR_INVALID;                     \
    gdi_lock();                                                    \
    if ((dc = dc_get(hdc))) ret = dc->s.field;                     \
    gdi_unlock();                                                  \
    return ret;                                                    \
}                                                                  \
WINBASEAPI COLORREF WINAPI Set(HDC hdc, COLORREF value)            \
{                                                                  \
    struct dc *dc; COLORREF ret = CLR_INVALID;                     \
    gdi_lock();                                                    \
    if ((dc = dc_get(hdc))) { ret = dc->s.field; dc->s.field = value; } \
    gdi_unlock();                                                  \
    return ret;                                                    \
}

DC_COLOR(bk_color, GetBkColor, SetBkColor)
DC_COLOR(text_color, GetTextColor, SetTextColor)
DC_COLOR(dc_brush_color, GetDCBrushColor, SetDCBrushColor)
DC_COLOR(dc_pen_color, GetDCPenColor, SetDCPenColor)

WINBASEAPI BOOL WINAPI GetBrushOrgEx(HDC hdc, POINT *pt)
{
    struct dc *dc;
    BOOL ret = FALSE;
    gdi_lock();
    if ((dc = dc_get(hdc)) && pt) { *pt = dc->s.brush_org; ret = TRUE; }
    gdi_unlock();
    return ret;
}

/* SetBrushOrgEx and MoveToEx: a point of the DC's state, at OFFSET in it */
static BOOL set_point(HDC hdc, size_t offset, INT x, INT y, POINT *old)
{
    struct dc *dc;
    BOOL ret = FALSE;
    gdi_lock();
    if ((dc = dc_get(hdc))) {
        POINT *pt = (POINT *)((char *)&dc->s + offset);
        if (old) *old = *pt;
        pt->x = x;
        pt->y = y;
        ret = TRUE;
    }
    gdi_unlock();
    return ret;
}

WINBASEAPI BOOL WINAPI SetBrushOrgEx(HDC hdc, INT x, INT y, POINT *old)
{
    return set_point(hdc, offsetof(struct dc_state, brush_org), x, y, old);
}

WINBASEAPI INT WINAPI GetDeviceCaps(HDC hdc, INT cap)
{
    struct dc *dc;
    struct bitmap *bmp;
    int bpp, width, height;

    gdi_lock();
    if (!(dc = dc_get(hdc))) {
        gdi_unlock();
        return 0;
    }
    /* Memory DCs report the screen's caps except for the depth of a
     * monochrome or DIB surface, as Windows does. */
    bmp = dc_bitmap(dc);
    bpp = dc->memory ? (bmp->bpp == 1 ? 1 : 32) : 32;
    width = SCREEN_WIDTH;
    height = SCREEN_HEIGHT;
    gdi_unlock();

    switch (cap) {
    case DRIVERVERSION: return 0x4000;
    case TECHNOLOGY: return DT_RASDISPLAY;
    case HORZSIZE: return (width * 254 + 480) / 960;
    case VERTSIZE: return (height * 254 + 480) / 960;
    case HORZRES: case DESKTOPHORZRES: return width;
    case VERTRES: case DESKTOPVERTRES: return height;
    case BITSPIXEL: return bpp;
    case PLANES: return 1;
    case NUMBRUSHES: case NUMPENS: case NUMCOLORS: return -1;
    case NUMFONTS: return 0;
    case CURVECAPS: return 511;
    case LINECAPS: return 254;
    case POLYGONALCAPS: return 255;
    case TEXTCAPS: return 0x7fff;
    case CLIPCAPS: return 1;
    case RASTERCAPS:
        return RC_BITBLT | RC_BITMAP64 | RC_DI_BITMAP | RC_DIBTODEV | RC_STRETCHBLT | RC_STRETCHDIB;
    case ASPECTX: case ASPECTY: return 36;
    case ASPECTXY: return 51;
    case LOGPIXELSX: case LOGPIXELSY: return 96;
    case SIZEPALETTE: case NUMRESERVED: return 0;
    case COLORRES: return 24;
    case VREFRESH: return 60;
    case BLTALIGNMENT: return 0;
    case SHADEBLENDCAPS: return 0xff;
    default: return 0;
    }
}

WINBASEAPI BOOL WINAPI MoveToEx(HDC hdc, INT x, INT y, POINT *old)
{
    return set_point(hdc, offsetof(struct dc_state, cur_pos), x, y, old);
}

WINBASEAPI BOOL WINAPI GetCurrentPositionEx(HDC hdc, POINT *pt)
{
    struct dc *dc;
    BOOL ret = FALSE;
    gdi_lock();
    if ((dc = dc_get(hdc)) && pt) { *pt = dc->s.cur_pos; ret = TRUE; }
    gdi_unlock();
    return ret;
}

WINBASEAPI HPALETTE WINAPI SelectPalette(HDC hdc, HPALETTE pal, BOOL background)
{
    struct dc *dc;
    HPALETTE prev = NULL;
    (void)background;
    gdi_lock();
    if ((dc = dc_get(hdc)) && gdi_get(pal, OBJ_PAL)) {
        prev = dc->s.palette;
        gdi_select(pal);
        dc->s.palette = pal;
        gdi_deselect(prev);
    }
    gdi_unlock();
    return prev;
}

WINBASEAPI UINT WINAPI RealizePalette(HDC hdc)
{
    (void)hdc;
    return 0;   /* a true-colour device: nothing to map */
}

/* ---- window DCs for user32 (include/winrun/gdi.h) ---- */

DECLSPEC_EXPORT HDC gdi_window_dc_create(void)
{
    return create_dc(FALSE, FALSE);
}

DECLSPEC_EXPORT BOOL gdi_window_dc_set(HDC hdc, void *bits, int width, int height, int stride, HRGN vis,
                                       BOOL reset)
{
    struct bitmap *view = NULL;
    struct region *rgn = NULL;
    struct dc *dc;

    if (!(view = bitmap_alloc(1, 1, 32, TRUE, NULL))) return FALSE;
    if (bits && width > 0 && height > 0) {
        /* the same format as a 32 bpp DIB, over the window's surface (user32 owns it) */
        if (view->own_bits) free(view->bits);
        view->own_bits = FALSE;
        view->bits = bits;
        view->width = width;
        view->height = height;
        view->stride = stride;
    }
    gdi_lock();
    if (!(dc = dc_get(hdc)) || (vis && !(rgn = gdi_get(vis, OBJ_REGION)))) {
        gdi_unlock();
        bitmap_free(view);
        return FALSE;
    }
    if (reset) {
        while (dc->saved) {
            struct dc_saved *saved = dc->saved;
            dc->saved = saved->next;
            state_select_all(&saved->s, FALSE);
            free_region(saved->s.clip);
            free(saved);
        }
        dc->save_level = 0;
        state_select_all(&dc->s, FALSE);
        free_region(dc->s.clip);
        init_state(&dc->s);
        state_select_all(&dc->s, TRUE);
    }
    bitmap_free(dc->screen);
    dc->screen = view;
    free_region(dc->vis);
    dc->vis = rgn ? copy_region(&rgn->rgn) : NULL;
    gdi_unlock();
    return TRUE;
}
