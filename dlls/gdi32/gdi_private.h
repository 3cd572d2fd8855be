/*
 * gdi32 internals: the GDI handle table, the object structures and the
 * rasterizer's entry points. Everything draws into a struct bitmap (a DIB
 * in one of the formats below); a DC with no bitmap selected has a 1x1
 * monochrome one, as on Windows.
 */
#ifndef GDI_PRIVATE_H
#define GDI_PRIVATE_H

#include <pixman.h>
#include <wchar.h>
#include "wingdi.h"

/* Handle type bits (bits 16-22 of an HGDIOBJ value), as Windows sets them. */
enum gdi_magic {
    MAGIC_DC = 0x01, MAGIC_REGION = 0x04, MAGIC_BITMAP = 0x05, MAGIC_PALETTE = 0x08,
    MAGIC_FONT = 0x0a, MAGIC_BRUSH = 0x10, MAGIC_PEN = 0x30, MAGIC_EXTPEN = 0x50,
};
#define GDI_STOCK_BIT 0x00800000u

struct gdi_header {
    int type;            /* OBJ_* */
    HGDIOBJ handle;
    int selected;        /* DCs that have it selected (bitmaps: at most one) */
    BOOL stock;
    BOOL delete_pending; /* DeleteObject while selected: freed when deselected */
};

struct bitmap {
    struct gdi_header hdr;
    int width, height, bpp;
    int stride;                  /* bytes per row, positive */
    BOOL top_down;
    BYTE *bits;
    BOOL own_bits;               /* bits allocated by us */
    BOOL dib;                    /* a DIB section (GetObject gives a DIBSECTION) */
    DWORD masks[3];              /* 16 and 32 bpp: red, green, blue */
    int shift[3], width_bits[3];
    int colors;                  /* entries in the color table */
    RGBQUAD table[256];
};

struct pen {
    struct gdi_header hdr;
    UINT style;                  /* PS_* incl. type/cap/join bits */
    int width;
    COLORREF color;
    BOOL ext;                    /* made by ExtCreatePen */
};

struct brush {
    struct gdi_header hdr;
    LOGBRUSH log;
    struct bitmap *pattern;      /* BS_PATTERN / BS_DIBPATTERN: a private copy */
};

struct region {
    struct gdi_header hdr;
    pixman_region32_t rgn;
};

struct font {
    struct gdi_header hdr;
    LOGFONTW log;
    struct gdi_face *face;       /* font.c: the realized face, NULL until first used */
};

struct palette {
    struct gdi_header hdr;
    int count;
    PALETTEENTRY entries[256];
};

/* The attributes SaveDC keeps. */
struct dc_state {
    HGDIOBJ pen, brush, font, bitmap, palette;
    COLORREF bk_color, text_color, dc_brush_color, dc_pen_color;
    int bk_mode, rop2, poly_fill_mode, stretch_mode, map_mode, graphics_mode;
    UINT text_align;                       /* TA_* */
    float miter_limit;                     /* SetMiterLimit */
    int char_extra;                        /* SetTextCharacterExtra */
    POINT cur_pos;                         /* logical */
    POINT brush_org;
    POINT wnd_org, vp_org; SIZE wnd_ext, vp_ext;
    XFORM world;
    pixman_region32_t *clip;               /* device coordinates, NULL = none */
};

struct dc {
    struct gdi_header hdr;
    BOOL memory;                           /* OBJ_MEMDC */
    struct bitmap *screen;                 /* DISPLAY DCs: the screen surface; window DCs: a view of the window's */
    pixman_region32_t *vis;                /* window DCs: the visible part, device coordinates; NULL = all */
    struct dc_state s;
    struct dc_saved *saved;                /* SaveDC stack */
    int save_level;
};

/* object.c */
void gdi_lock(void);
void gdi_unlock(void);
HGDIOBJ gdi_alloc_handle(struct gdi_header *obj, int type, enum gdi_magic magic);
void *gdi_get(HGDIOBJ handle, int type);   /* call under gdi_lock; NULL if wrong type */
void gdi_free_handle(HGDIOBJ handle);
HGDIOBJ gdi_stock(int index);
void gdi_select(HGDIOBJ obj);
void gdi_deselect(HGDIOBJ obj);
struct bitmap *gdi_default_bitmap(void);

/* dib.c */
struct bitmap *bitmap_alloc(int width, int height, int bpp, BOOL top_down, const DWORD *masks);
void bitmap_free(struct bitmap *bmp);
BOOL bitmap_set_format(struct bitmap *bmp, const BITMAPINFO *info, UINT usage, HDC dc);
/* N 32-bit pixels of value V: glibc's wmemset is the vectorized fill of
 * 32-bit units (wchar_t is 32 bits on Linux). */
static inline void fill32(DWORD *p, DWORD v, size_t n)
{
    _Static_assert(sizeof(wchar_t) == sizeof(DWORD), "wchar_t is 32 bits");
    wmemset((wchar_t *)p, (wchar_t)v, n);
}

/* The bytes of row Y (0 at the top), whichever way the bitmap is stored. */
static inline BYTE *row_ptr(const struct bitmap *bmp, int y)
{
    int row = bmp->top_down ? y : bmp->height - 1 - y;
    return bmp->bits + (size_t)row * bmp->stride;
}
DWORD pixel_get(const struct bitmap *bmp, int x, int y);
void pixel_put(struct bitmap *bmp, int x, int y, DWORD value);
DWORD color_to_pixel(const struct bitmap *bmp, COLORREF color);
COLORREF pixel_to_color(const struct bitmap *bmp, DWORD pixel);
DWORD dc_color_to_pixel(const struct bitmap *bmp, COLORREF color, COLORREF bk);
DWORD bitmap_pixel_mask(const struct bitmap *bmp);
void bitmap_object_init(void);
int bitmap_get_object(struct bitmap *bmp, int size, void *buffer);
void bitmap_delete(struct bitmap *bmp);

/* dc.c */
struct dc *dc_get(HDC hdc);               /* under gdi_lock */
struct bitmap *dc_bitmap(struct dc *dc);
int dc_get_object(struct dc *dc);
void dc_delete(struct dc *dc);

/* mapping.c */
void lp_to_dp(const struct dc *dc, POINT *pts, int count);
int dc_scale_width(const struct dc *dc, int width);
void dc_scales(const struct dc *dc, double *sx, double *sy);

/* region.c */
void dc_clip_region(struct dc *dc, pixman_region32_t *out);   /* clip ∩ surface, device */
void region_delete(struct region *rgn);
int region_type(const pixman_region32_t *rgn);

/* pen.c / brush.c */
void pen_delete(struct pen *pen);
void brush_delete(struct brush *brush);
int pen_get_object(struct pen *pen, int size, void *buffer);
int brush_get_object(struct brush *brush, int size, void *buffer);

/* font.c: faces matched through fontconfig and rendered with FreeType */
struct gdi_face;
struct glyph {
    int advance;                 /* pixels */
    int left, top;               /* bitmap origin relative to the pen position (top: above baseline) */
    int width, height, pitch;    /* bitmap size; pitch in bytes */
    BYTE *bits;                  /* 8-bit coverage, 0..255 */
    int abc_a, abc_b;            /* black box start and width (GetCharABCWidths) */
};
struct face_metrics {
    TEXTMETRICW tm;
    int underline_pos, underline_size;      /* pixels below / thickness */
    int strike_pos, strike_size;            /* pixels above the baseline / thickness */
    WCHAR family[LF_FACESIZE];              /* GetTextFace */
    BOOL mono;                              /* NONANTIALIASED_QUALITY */
};
struct gdi_face *dc_face(struct dc *dc);    /* under gdi_lock; NULL if no font file is found */
const struct face_metrics *face_metrics(struct gdi_face *face);
UINT face_glyph_index(struct gdi_face *face, UINT ch);
/* glyph by index; valid until the next face_* call. mono: 1-bit rendering scaled to 0/255 */
const struct glyph *face_glyph(struct gdi_face *face, UINT index, BOOL mono);
void face_outline_metrics(struct gdi_face *face, OUTLINETEXTMETRICW *otm);
const char *face_style_name(struct gdi_face *face);
BOOL face_unique_name(struct gdi_face *face, WCHAR *out, int size);
void font_delete(struct font *font);

/* draw.c: the rasterizer */
struct brush_fill {
    int kind;                    /* 0 none, 1 solid, 2 pattern bitmap, 3 hatch */
    DWORD pixel;                 /* solid */
    struct bitmap *pattern;      /* pattern, pixels already in the target format */
    BOOL transparent_bg;         /* hatch in TRANSPARENT mode: skip background bits */
    BYTE hatch[8];               /* hatch: bit 7 is the leftmost pixel */
    DWORD fg, bg;                /* hatch: line and background pixels */
    POINT org;
};
BOOL brush_fill_init(struct dc *dc, struct bitmap *bmp, struct brush_fill *fill);
void brush_fill_done(struct brush_fill *fill);
void fill_region_rop2(struct bitmap *bmp, const pixman_region32_t *area, struct brush_fill *fill, int rop2);
DWORD rop3_apply(DWORD rop, DWORD p, DWORD s, DWORD d);
void blit_region(struct bitmap *dst, const pixman_region32_t *area, struct brush_fill *fill, DWORD rop,
                 DWORD (*sample)(void *ctx, int x, int y), void *ctx);
void draw_polyline(struct dc *dc, const POINT *pts, int count);
void draw_device_polyline(struct dc *dc, const POINT *dev, int count);
BOOL polygon_region(const POINT *pts, const INT *counts, int polys, int mode, pixman_region32_t *out,
                    const pixman_box32_t *limit);
void fill_device_polygons(struct dc *dc, const POINT *dev, const INT *counts, int polys, int mode);
/* the same, leaving out EXCEPT (a wide pen's outline, which paints its own pixels) */
void fill_device_polygons_except(struct dc *dc, const POINT *dev, const INT *counts, int polys, int mode,
                                 const pixman_region32_t *except);
int ellipse_quadrant(int w, int h, POINT *data);
void pen_pixel(struct bitmap *bmp, const pixman_region32_t *clip, int x, int y, DWORD pixel, int rop2);

/* widepen.c: geometric pens wider than one device pixel */
int pen_device_width(struct dc *dc, const struct pen *pen);   /* 1 for cosmetic and thin pens */
BOOL wide_pen_stroke(struct dc *dc, const POINT *dev, int count);   /* FALSE: not a wide pen, draw thin */
BOOL wide_pen_region(struct dc *dc, const POINT *dev, int count, pixman_region32_t *out);
void wide_pen_fill(struct dc *dc, const pixman_region32_t *rgn);
void pen_inside_frame(struct dc *dc, int *l, int *t, int *r, int *b);

#endif
