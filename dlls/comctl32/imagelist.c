/*
 * Image lists (HIMAGELIST): same-sized images kept side by side in one
 * bitmap, with an optional 1-bpp mask beside it, drawn by index.
 *
 * The images live in a top-down 32-bpp DIB section whatever ILC_COLOR*
 * asked for (so 32-bpp images keep their alpha), the mask in a top-down
 * 1-bpp DIB section (1 = transparent, white). Like comctl32 6 the images
 * are laid out four to a row, which ImageList_GetImageInfo's rcImage
 * shows. Drawing composes the result in C over a copy of the destination
 * (read back with BitBlt) and puts it back with one BitBlt: the mask,
 * the background colour, blending with the selection colour, overlays and
 * per-pixel alpha are all the same loop. The drag functions
 * (BeginDrag...) are not done: they stay spec stubs.
 */
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include "comctl32_private.h"

#define MAGIC      0x4c4d4948   /* "HIML" */
#define COLUMNS    4
#define OVERLAYS   15
#ifndef SM_CXICON
#define SM_CXICON  11
#endif

struct himagelist {
    DWORD magic;
    INT cx, cy;
    UINT flags;
    INT count, max, grow;
    COLORREF bk;
    HBITMAP image, mask;        /* mask NULL without ILC_MASK */
    DWORD *bits;                /* the image's pixels, 0xAARRGGBB */
    BYTE *mask_bits;
    INT mask_stride;
    BYTE *has_alpha;            /* per image: ILC_COLOR32 with alpha in it */
    INT overlay[OVERLAYS];
};

static struct himagelist *get(HIMAGELIST himl)
{
    return himl && himl->magic == MAGIC ? himl : NULL;
}

static INT rows_for(INT n)
{
    return (n + COLUMNS - 1) / COLUMNS;
}

static HBITMAP make_dib(INT w, INT h, INT bpp, void **bits)
{
    struct { BITMAPINFOHEADER h; RGBQUAD colors[2]; } info;
    memset(&info, 0, sizeof(info));
    info.h.biSize = sizeof(info.h);
    info.h.biWidth = w;
    info.h.biHeight = -h;
    info.h.biPlanes = 1;
    info.h.biBitCount = bpp;
    info.colors[1].rgbRed = info.colors[1].rgbGreen = info.colors[1].rgbBlue = 0xff;
    return CreateDIBSection(NULL, (BITMAPINFO *)&info, DIB_RGB_COLORS, bits, NULL, 0);
}

/* make room for N images; the old ones keep their places (rows only grow) */
static BOOL reserve(struct himagelist *il, INT n)
{
    HBITMAP image, mask = NULL;
    void *bits, *mask_bits = NULL;
    BYTE *alpha;
    INT w = il->cx * COLUMNS, old_rows = rows_for(il->max), rows;

    if (n <= il->max && il->image) return TRUE;
    if (n > il->max) n += il->grow;
    if (n < 1) n = 1;
    rows = rows_for(n);
    if (w <= 0 || il->cy <= 0) { il->max = n; return TRUE; }
    if (!(image = make_dib(w, rows * il->cy, 32, &bits))) return FALSE;
    if ((il->flags & ILC_MASK) && !(mask = make_dib(w, rows * il->cy, 1, &mask_bits))) {
        DeleteObject(image);
        return FALSE;
    }
    if (!(alpha = calloc(rows * COLUMNS, 1))) {
        DeleteObject(image);
        if (mask) DeleteObject(mask);
        return FALSE;
    }
    il->mask_stride = (w + 31) / 32 * 4;
    memset(bits, 0, (size_t)w * rows * il->cy * 4);
    if (mask_bits) memset(mask_bits, 0, (size_t)il->mask_stride * rows * il->cy);
    if (il->image) {
        INT keep = old_rows < rows ? old_rows : rows;
        memcpy(bits, il->bits, (size_t)w * keep * il->cy * 4);
        if (mask && il->mask) memcpy(mask_bits, il->mask_bits, (size_t)il->mask_stride * keep * il->cy);
        memcpy(alpha, il->has_alpha, keep * COLUMNS);
        DeleteObject(il->image);
        if (il->mask) DeleteObject(il->mask);
        free(il->has_alpha);
    }
    il->image = image;
    il->mask = mask;
    il->bits = bits;
    il->mask_bits = mask_bits;
    il->has_alpha = alpha;
    il->max = n;
    return TRUE;
}

static DWORD *pixel(struct himagelist *il, INT i, INT x, INT y)
{
    return &il->bits[(size_t)((i / COLUMNS) * il->cy + y) * il->cx * COLUMNS + (i % COLUMNS) * il->cx + x];
}

static BOOL mask_bit(struct himagelist *il, INT i, INT x, INT y)
{
    INT mx = (i % COLUMNS) * il->cx + x, my = (i / COLUMNS) * il->cy + y;
    return (il->mask_bits[(size_t)my * il->mask_stride + mx / 8] >> (7 - (mx & 7))) & 1;
}

static void set_mask_bit(struct himagelist *il, INT i, INT x, INT y, BOOL on)
{
    INT mx = (i % COLUMNS) * il->cx + x, my = (i / COLUMNS) * il->cy + y;
    BYTE *b = &il->mask_bits[(size_t)my * il->mask_stride + mx / 8];
    if (on) *b |= 0x80 >> (mx & 7);
    else *b &= ~(0x80 >> (mx & 7));
}

/* a bitmap's pixels as top-down 0xAARRGGBB (malloc), its size in *W, *H */
static DWORD *bitmap_pixels(HBITMAP bmp, INT *w, INT *h)
{
    BITMAP bm;
    BITMAPINFO info;
    DWORD *px;
    HDC hdc;
    if (!bmp || !GetObjectW(bmp, sizeof(bm), &bm) || bm.bmWidth <= 0 || bm.bmHeight <= 0) return NULL;
    if (!(px = calloc((size_t)bm.bmWidth * bm.bmHeight, 4))) return NULL;
    memset(&info, 0, sizeof(info));
    info.bmiHeader.biSize = sizeof(info.bmiHeader);
    info.bmiHeader.biWidth = bm.bmWidth;
    info.bmiHeader.biHeight = -bm.bmHeight;
    info.bmiHeader.biPlanes = 1;
    info.bmiHeader.biBitCount = 32;
    hdc = CreateCompatibleDC(NULL);
    if (!GetDIBits(hdc, bmp, 0, bm.bmHeight, px, &info, DIB_RGB_COLORS)) {
        free(px);
        px = NULL;
    }
    DeleteDC(hdc);
    *w = bm.bmWidth;
    *h = bm.bmHeight;
    return px;
}

/* store image I from (SX, 0) of a W-wide pixel array; MASK pixels that
 * are not black are transparent; without MASK every pixel is opaque.
 * With CLEAR the image is made black under the mask, as ImageList_Add
 * and AddMasked do (icons keep theirs) */
static void store(struct himagelist *il, INT i, const DWORD *px, INT w, INT h, INT sx, const DWORD *mask, INT mw, INT mh,
                  BOOL clear)
{
    BOOL alpha = FALSE;
    for (INT y = 0; y < il->cy; y++)
        for (INT x = 0; x < il->cx; x++) {
            DWORD v = (y < h && sx + x < w) ? px[(size_t)y * w + sx + x] : 0;
            if (!(il->flags & ILC_COLOR32) || (il->flags & 0xfe) == ILC_COLORDDB) v &= 0xffffff;
            if (v >> 24) alpha = TRUE;
            *pixel(il, i, x, y) = v;
            if (il->mask) {
                BOOL t = mask && y < mh && sx + x < mw && (mask[(size_t)y * mw + sx + x] & 0xffffff);
                set_mask_bit(il, i, x, y, t);
                if (t && clear) *pixel(il, i, x, y) = 0;
            }
        }
    il->has_alpha[i] = alpha;
}

static DWORD color_to_pixel(COLORREF c)
{
    return ((c >> 16) & 0xff) | (c & 0xff00) | ((c & 0xff) << 16);
}

COMCTL32API HIMAGELIST WINAPI ImageList_Create(INT cx, INT cy, UINT flags, INT initial, INT grow)
{
    struct himagelist *il;
    if (cx < 0 || cy < 0) return NULL;
    if (!(il = calloc(1, sizeof(*il)))) return NULL;
    il->magic = MAGIC;
    il->cx = cx;
    il->cy = cy;
    il->flags = flags;
    il->bk = CLR_NONE;
    /* comctl32 grows by at least 4, in multiples of 4 */
    il->grow = ((grow < 1 ? 1 : grow) + 3) & ~3;
    for (INT i = 0; i < OVERLAYS; i++) il->overlay[i] = -1;
    il->max = 0;
    if (!reserve(il, initial < 0 ? 1 : initial + 1)) {
        free(il);
        return NULL;
    }
    return il;
}

COMCTL32API BOOL WINAPI ImageList_Destroy(HIMAGELIST himl)
{
    struct himagelist *il = get(himl);
    if (!il) return FALSE;
    if (il->image) DeleteObject(il->image);
    if (il->mask) DeleteObject(il->mask);
    free(il->has_alpha);
    il->magic = 0;
    free(il);
    return TRUE;
}

COMCTL32API INT WINAPI ImageList_GetImageCount(HIMAGELIST himl)
{
    struct himagelist *il = get(himl);
    return il ? il->count : 0;
}

COMCTL32API BOOL WINAPI ImageList_SetImageCount(HIMAGELIST himl, UINT count)
{
    struct himagelist *il = get(himl);
    if (!il || !reserve(il, (INT)count)) return FALSE;
    il->count = (INT)count;
    return TRUE;
}

COMCTL32API BOOL WINAPI ImageList_GetIconSize(HIMAGELIST himl, INT *cx, INT *cy)
{
    struct himagelist *il = get(himl);
    if (!il || !cx || !cy) return FALSE;
    *cx = il->cx;
    *cy = il->cy;
    return TRUE;
}

/* a new size empties the list, as on Windows */
COMCTL32API BOOL WINAPI ImageList_SetIconSize(HIMAGELIST himl, INT cx, INT cy)
{
    struct himagelist *il = get(himl);
    if (!il || cx < 0 || cy < 0) return FALSE;
    if (il->image) DeleteObject(il->image);
    if (il->mask) DeleteObject(il->mask);
    free(il->has_alpha);
    il->image = il->mask = NULL;
    il->has_alpha = NULL;
    il->cx = cx;
    il->cy = cy;
    il->count = 0;
    for (INT i = 0; i < OVERLAYS; i++) il->overlay[i] = -1;
    reserve(il, il->max);
    return TRUE;
}

COMCTL32API COLORREF WINAPI ImageList_GetBkColor(HIMAGELIST himl)
{
    struct himagelist *il = get(himl);
    return il ? il->bk : CLR_NONE;
}

COMCTL32API COLORREF WINAPI ImageList_SetBkColor(HIMAGELIST himl, COLORREF color)
{
    struct himagelist *il = get(himl);
    COLORREF old;
    if (!il) return CLR_NONE;
    old = il->bk;
    il->bk = color;
    return old;
}

COMCTL32API BOOL WINAPI ImageList_GetImageRect(HIMAGELIST himl, INT i, RECT *rc)
{
    struct himagelist *il = get(himl);
    if (!il || !rc || i < 0 || i >= il->count) return FALSE;
    SetRect(rc, (i % COLUMNS) * il->cx, (i / COLUMNS) * il->cy, (i % COLUMNS + 1) * il->cx, (i / COLUMNS + 1) * il->cy);
    return TRUE;
}

COMCTL32API BOOL WINAPI ImageList_GetImageInfo(HIMAGELIST himl, INT i, IMAGEINFO *info)
{
    struct himagelist *il = get(himl);
    if (!il || !info || i < 0 || i >= il->count) return FALSE;
    info->hbmImage = il->image;
    info->hbmMask = il->mask;
    return ImageList_GetImageRect(himl, i, &info->rcImage);
}

/* the strip's images (its width / cx of them) at the end of the list */
static INT add_pixels(struct himagelist *il, const DWORD *px, INT w, INT h, const DWORD *mask, INT mw, INT mh)
{
    INT n = il->cx ? w / il->cx : 0, first = il->count;
    if (n <= 0 || !reserve(il, il->count + n) || !il->image) return -1;
    for (INT k = 0; k < n; k++) store(il, first + k, px, w, h, k * il->cx, mask, mw, mh, TRUE);
    il->count += n;
    return first;
}

COMCTL32API INT WINAPI ImageList_Add(HIMAGELIST himl, HBITMAP image, HBITMAP mask)
{
    struct himagelist *il = get(himl);
    DWORD *px, *mpx = NULL;
    INT w, h, mw = 0, mh = 0, ret;
    if (!il || !(px = bitmap_pixels(image, &w, &h))) return -1;
    if (mask) mpx = bitmap_pixels(mask, &mw, &mh);
    ret = add_pixels(il, px, w, h, mpx, mw, mh);
    free(px);
    free(mpx);
    return ret;
}

/* the mask from a colour (CLR_DEFAULT: the top left pixel's); those
 * pixels of the image become black, so that an AND with the mask and an
 * OR with the image draw it transparently, which programs rely on */
COMCTL32API INT WINAPI ImageList_AddMasked(HIMAGELIST himl, HBITMAP image, COLORREF color)
{
    struct himagelist *il = get(himl);
    DWORD *px, *mpx, key;
    INT w, h, ret;
    if (!il || !(px = bitmap_pixels(image, &w, &h))) return -1;
    if (!(mpx = calloc((size_t)w * h, 4))) {
        free(px);
        return -1;
    }
    key = color == CLR_DEFAULT ? px[0] & 0xffffff : color_to_pixel(color);
    for (size_t k = 0; k < (size_t)w * h; k++)
        if ((px[k] & 0xffffff) == key) {
            mpx[k] = 0xffffff;
            if (il->flags & ILC_MASK) px[k] = 0;
        }
    ret = add_pixels(il, px, w, h, mpx, w, h);
    free(px);
    free(mpx);
    return ret;
}

COMCTL32API BOOL WINAPI ImageList_Replace(HIMAGELIST himl, INT i, HBITMAP image, HBITMAP mask)
{
    struct himagelist *il = get(himl);
    DWORD *px, *mpx = NULL;
    INT w, h, mw = 0, mh = 0;
    if (!il || i < 0 || i >= il->count || !il->image || !(px = bitmap_pixels(image, &w, &h))) return FALSE;
    if (mask) mpx = bitmap_pixels(mask, &mw, &mh);
    store(il, i, px, w, h, 0, mpx, mw, mh, TRUE);
    free(px);
    free(mpx);
    return TRUE;
}

/* draw an icon's mask or image (FLAGS DI_MASK / DI_IMAGE) at cx x cy */
static DWORD *icon_part(struct himagelist *il, HICON icon, UINT flags)
{
    DWORD *bits, *px = NULL;
    HDC hdc = CreateCompatibleDC(NULL);
    HBITMAP bmp = make_dib(il->cx, il->cy, 32, (void **)&bits);
    if (bmp && hdc) {
        HGDIOBJ old = SelectObject(hdc, bmp);
        memset(bits, 0, (size_t)il->cx * il->cy * 4);
        if (DrawIconEx(hdc, 0, 0, icon, il->cx, il->cy, 0, NULL, flags) &&
            (px = malloc((size_t)il->cx * il->cy * 4)))
            memcpy(px, bits, (size_t)il->cx * il->cy * 4);
        SelectObject(hdc, old);
    }
    if (bmp) DeleteObject(bmp);
    if (hdc) DeleteDC(hdc);
    return px;
}

/* I = -1 appends (ImageList_AddIcon); returns the index or -1 */
COMCTL32API INT WINAPI ImageList_ReplaceIcon(HIMAGELIST himl, INT i, HICON icon)
{
    struct himagelist *il = get(himl);
    ICONINFO ii;
    DWORD *px = NULL, *mpx = NULL;
    INT w = 0, h = 0, mw, mh;

    if (!il || !icon || i < -1 || i >= il->count || !GetIconInfo(icon, &ii)) return -1;
    /* a colour icon of the list's size keeps its alpha: read it directly */
    if (ii.hbmColor && (px = bitmap_pixels(ii.hbmColor, &w, &h)) && (w != il->cx || h != il->cy)) {
        free(px);
        px = NULL;
    }
    if (!px) {
        px = icon_part(il, icon, DI_IMAGE);
        w = il->cx;
        h = il->cy;
    }
    mpx = icon_part(il, icon, DI_MASK);
    mw = il->cx;
    mh = il->cy;
    if (ii.hbmColor) DeleteObject(ii.hbmColor);
    if (ii.hbmMask) DeleteObject(ii.hbmMask);
    if (!px || (i == -1 && !reserve(il, il->count + 1)) || !il->image) {
        free(px);
        free(mpx);
        return -1;
    }
    if (i == -1) i = il->count++;
    store(il, i, px, w, h, 0, mpx, mw, mh, FALSE);
    free(px);
    free(mpx);
    return i;
}

static void copy_image(struct himagelist *il, INT to, INT from)
{
    if (!il->image) return;     /* a zero-sized list has no pixels */
    for (INT y = 0; y < il->cy; y++)
        for (INT x = 0; x < il->cx; x++) {
            *pixel(il, to, x, y) = *pixel(il, from, x, y);
            if (il->mask) set_mask_bit(il, to, x, y, mask_bit(il, from, x, y));
        }
    il->has_alpha[to] = il->has_alpha[from];
}

/* I = -1 removes them all */
COMCTL32API BOOL WINAPI ImageList_Remove(HIMAGELIST himl, INT i)
{
    struct himagelist *il = get(himl);
    if (!il || i < -1 || i >= il->count) return FALSE;
    if (i == -1) {
        il->count = 0;
        return TRUE;
    }
    for (INT k = i; k + 1 < il->count; k++) copy_image(il, k, k + 1);
    il->count--;
    return TRUE;
}

/* ILCF_MOVE copies the source image over the destination, ILCF_SWAP
 * exchanges them; within one list, as Windows supports */
COMCTL32API BOOL WINAPI ImageList_Copy(HIMAGELIST dst, INT idst, HIMAGELIST src, INT isrc, UINT flags)
{
    struct himagelist *il = get(dst);
    if (!il || dst != src || idst < 0 || idst >= il->count || isrc < 0 || isrc >= il->count) return FALSE;
    if (idst == isrc) return TRUE;
    if (flags & ILCF_SWAP) {
        INT spare = il->count;
        if (!reserve(il, il->count + 1)) return FALSE;
        copy_image(il, spare, idst);
        copy_image(il, idst, isrc);
        copy_image(il, isrc, spare);
    } else copy_image(il, idst, isrc);
    return TRUE;
}

COMCTL32API HIMAGELIST WINAPI ImageList_Duplicate(HIMAGELIST himl)
{
    struct himagelist *il = get(himl), *copy;
    if (!il || !(copy = ImageList_Create(il->cx, il->cy, il->flags, il->max, il->grow))) return NULL;
    if (!reserve(copy, il->max)) {
        ImageList_Destroy(copy);
        return NULL;
    }
    if (il->image && copy->image) {
        INT rows = rows_for(il->max);
        memcpy(copy->bits, il->bits, (size_t)il->cx * COLUMNS * rows * il->cy * 4);
        if (il->mask) memcpy(copy->mask_bits, il->mask_bits, (size_t)il->mask_stride * rows * il->cy);
        memcpy(copy->has_alpha, il->has_alpha, rows * COLUMNS);
    }
    copy->count = il->count;
    copy->bk = il->bk;
    memcpy(copy->overlay, il->overlay, sizeof(il->overlay));
    return copy;
}

/* overlay N (1..15) is image I, drawn over others with INDEXTOOVERLAYMASK(N) */
COMCTL32API BOOL WINAPI ImageList_SetOverlayImage(HIMAGELIST himl, INT i, INT overlay)
{
    struct himagelist *il = get(himl);
    if (!il || overlay < 1 || overlay > OVERLAYS || i < -1 || i >= il->count) return FALSE;
    il->overlay[overlay - 1] = i;
    return TRUE;
}

static BYTE mix(BYTE a, BYTE b, INT wa)
{
    return (BYTE)((a * wa + b * (255 - wa)) / 255);
}

static DWORD mix_pixel(DWORD a, DWORD b, INT wa)
{
    return mix(a >> 16, b >> 16, wa) << 16 | mix(a >> 8, b >> 8, wa) << 8 | mix(a, b, wa);
}

/* image I composed over the W x H pixels OUT (the destination as it was);
 * (SX, SY) is where in the image OUT's first pixel lies */
static void compose(struct himagelist *il, INT i, DWORD *out, INT w, INT h, INT sx, INT sy, COLORREF bk,
                    COLORREF fg, UINT style)
{
    BOOL transparent = (style & ILD_TRANSPARENT) || bk == CLR_NONE;
    /* comctl32 draws ILD_IMAGE with the mask all the same */
    BOOL use_mask = il->mask != NULL;
    BOOL alpha = il->has_alpha[i] && !(style & ILD_MASK);
    INT blend = (style & ILD_BLEND50) ? 128 : (style & ILD_BLEND25) ? 64 : 0;
    DWORD bkpx = color_to_pixel(bk), fgpx;

    if (fg == CLR_DEFAULT || fg == CLR_NONE) fg = GetSysColor(COLOR_HIGHLIGHT);
    fgpx = color_to_pixel(fg);
    for (INT y = 0; y < h; y++)
        for (INT x = 0; x < w; x++) {
            DWORD *d = &out[(size_t)y * w + x], p = *pixel(il, i, sx + x, sy + y), under;
            BOOL masked = use_mask && mask_bit(il, i, sx + x, sy + y);
            under = transparent ? *d : bkpx;
            if (style & ILD_MASK) {
                /* the mask itself: white where transparent, black elsewhere;
                 * with ILD_TRANSPARENT it is ANDed onto the destination */
                if (!il->mask) *d = 0;
                else if (style & ILD_TRANSPARENT) *d = mask_bit(il, i, sx + x, sy + y) ? *d : 0;
                else *d = mask_bit(il, i, sx + x, sy + y) ? 0xffffff : 0;
                continue;
            }
            if (alpha) {
                *d = mix_pixel(p, under, p >> 24);
                if (blend && (p >> 24)) *d = mix_pixel(fgpx, *d, blend);
                continue;
            }
            /* the mask ANDed, then the image ORed: an icon's pixels under
             * its mask show (ImageList_Add made its own black) */
            if (masked) *d = under | (p & 0xffffff);
            else *d = blend ? mix_pixel(fgpx, p, blend) : (p & 0xffffff);
        }
}

COMCTL32API BOOL WINAPI ImageList_DrawIndirect(IMAGELISTDRAWPARAMS *p)
{
    struct himagelist *il;
    INT w, h, overlay;
    HDC mem;
    HBITMAP bmp;
    HGDIOBJ old;
    DWORD *bits;
    COLORREF bk;

    if (!p || p->cbSize < offsetof(IMAGELISTDRAWPARAMS, fState) || !(il = get(p->himl))) return FALSE;
    if (p->i < 0 || p->i >= il->count || !il->image) return FALSE;
    w = p->cx ? p->cx : il->cx;
    h = p->cy ? p->cy : il->cy;
    if (p->xBitmap < 0 || p->yBitmap < 0) return FALSE;
    if (w > il->cx - p->xBitmap) w = il->cx - p->xBitmap;
    if (h > il->cy - p->yBitmap) h = il->cy - p->yBitmap;
    if (w <= 0 || h <= 0) return TRUE;
    if (!(mem = CreateCompatibleDC(NULL))) return FALSE;

    if (p->fStyle & ILD_ROP) {
        old = SelectObject(mem, il->image);
        BitBlt(p->hdcDst, p->x, p->y, w, h, mem, (p->i % COLUMNS) * il->cx + p->xBitmap,
               (p->i / COLUMNS) * il->cy + p->yBitmap, p->dwRop);
        SelectObject(mem, old);
        DeleteDC(mem);
        return TRUE;
    }
    if (!(bmp = make_dib(w, h, 32, (void **)&bits))) {
        DeleteDC(mem);
        return FALSE;
    }
    old = SelectObject(mem, bmp);
    BitBlt(mem, 0, 0, w, h, p->hdcDst, p->x, p->y, SRCCOPY);
    bk = p->rgbBk == CLR_DEFAULT ? il->bk : p->rgbBk;
    compose(il, p->i, bits, w, h, p->xBitmap, p->yBitmap, bk, p->rgbFg, p->fStyle);
    overlay = (p->fStyle & ILD_OVERLAYMASK) >> 8;
    if (overlay && !(p->fStyle & ILD_MASK) && il->overlay[overlay - 1] >= 0 && il->overlay[overlay - 1] < il->count)
        compose(il, il->overlay[overlay - 1], bits, w, h, p->xBitmap, p->yBitmap, CLR_NONE, CLR_DEFAULT,
                ILD_TRANSPARENT);
    BitBlt(p->hdcDst, p->x, p->y, w, h, mem, 0, 0, SRCCOPY);
    SelectObject(mem, old);
    DeleteObject(bmp);
    DeleteDC(mem);
    return TRUE;
}

COMCTL32API BOOL WINAPI ImageList_DrawEx(HIMAGELIST himl, INT i, HDC hdc, INT x, INT y, INT dx, INT dy, COLORREF bk,
                                         COLORREF fg, UINT style)
{
    IMAGELISTDRAWPARAMS p;
    memset(&p, 0, sizeof(p));
    p.cbSize = sizeof(p);
    p.himl = himl;
    p.i = i;
    p.hdcDst = hdc;
    p.x = x;
    p.y = y;
    p.cx = dx;
    p.cy = dy;
    p.rgbBk = bk;
    p.rgbFg = fg;
    p.fStyle = style;
    p.dwRop = SRCCOPY;
    return ImageList_DrawIndirect(&p);
}

COMCTL32API BOOL WINAPI ImageList_Draw(HIMAGELIST himl, INT i, HDC hdc, INT x, INT y, UINT style)
{
    return ImageList_DrawEx(himl, i, hdc, x, y, 0, 0, CLR_DEFAULT, CLR_DEFAULT, style);
}

/* disabled toolbar buttons: the image's shape in the highlight colour one
 * pixel down and right, then in the shadow colour, as comctl32 embosses */
void imagelist_draw_disabled(HIMAGELIST himl, INT i, HDC hdc, INT x, INT y)
{
    struct himagelist *il = get(himl);
    HDC mem;
    HBITMAP bmp;
    HGDIOBJ old;
    DWORD *bits, hi, sh;
    INT w, h;

    if (!il || i < 0 || i >= il->count || !il->image) return;
    w = il->cx + 1;
    h = il->cy + 1;
    if (!(mem = CreateCompatibleDC(NULL))) return;
    if (!(bmp = make_dib(w, h, 32, (void **)&bits))) {
        DeleteDC(mem);
        return;
    }
    old = SelectObject(mem, bmp);
    BitBlt(mem, 0, 0, w, h, hdc, x, y, SRCCOPY);
    hi = color_to_pixel(GetSysColor(COLOR_BTNHIGHLIGHT));
    sh = color_to_pixel(GetSysColor(COLOR_BTNSHADOW));
    for (INT pass = 0; pass < 2; pass++)
        for (INT yy = 0; yy < il->cy; yy++)
            for (INT xx = 0; xx < il->cx; xx++) {
                DWORD p = *pixel(il, i, xx, yy);
                BOOL shape;
                if (il->has_alpha[i]) shape = (p >> 24) >= 128;
                else if (il->mask) shape = !mask_bit(il, i, xx, yy);
                else shape = TRUE;
                /* dark pixels make the shape, light ones vanish (as Windows' emboss) */
                if (shape && ((p >> 16) & 0xff) + ((p >> 8) & 0xff) + (p & 0xff) < 3 * 192) {
                    if (pass == 0) bits[(size_t)(yy + 1) * w + xx + 1] = hi;
                    else bits[(size_t)yy * w + xx] = sh;
                }
            }
    BitBlt(hdc, x, y, w, h, mem, 0, 0, SRCCOPY);
    SelectObject(mem, old);
    DeleteObject(bmp);
    DeleteDC(mem);
}

/* an icon of image I with its mask */
COMCTL32API HICON WINAPI ImageList_GetIcon(HIMAGELIST himl, INT i, UINT style)
{
    struct himagelist *il = get(himl);
    ICONINFO ii;
    HICON icon;
    DWORD *bits;
    BYTE *mbits;
    INT stride;
    (void)style;
    if (!il || i < 0 || i >= il->count || !il->image) return NULL;
    ii.fIcon = TRUE;
    ii.xHotspot = ii.yHotspot = 0;
    ii.hbmColor = make_dib(il->cx, il->cy, 32, (void **)&bits);
    ii.hbmMask = make_dib(il->cx, il->cy, 1, (void **)&mbits);
    if (!ii.hbmColor || !ii.hbmMask) {
        if (ii.hbmColor) DeleteObject(ii.hbmColor);
        if (ii.hbmMask) DeleteObject(ii.hbmMask);
        return NULL;
    }
    stride = (il->cx + 31) / 32 * 4;
    memset(mbits, 0, (size_t)stride * il->cy);
    for (INT y = 0; y < il->cy; y++)
        for (INT x = 0; x < il->cx; x++) {
            bits[(size_t)y * il->cx + x] = *pixel(il, i, x, y);
            if (il->mask && mask_bit(il, i, x, y)) mbits[(size_t)y * stride + x / 8] |= 0x80 >> (x & 7);
        }
    icon = CreateIconIndirect(&ii);
    DeleteObject(ii.hbmColor);
    DeleteObject(ii.hbmMask);
    return icon;
}

/* ImageList_LoadImage: a bitmap strip (cx 0: as wide as it is high) made
 * transparent with a colour, or one icon or cursor */
static HIMAGELIST load_image(HANDLE handle, INT cx, INT grow, COLORREF mask, UINT type, UINT flags)
{
    HIMAGELIST himl = NULL;
    BITMAP bm;
    if (!handle) return NULL;
    if (type == IMAGE_BITMAP) {
        if (GetObjectW(handle, sizeof(bm), &bm)) {
            if (cx <= 0) cx = (flags & DI_DEFAULTSIZE) ? GetSystemMetrics(SM_CXICON) : bm.bmHeight;
            himl = ImageList_Create(cx, bm.bmHeight, mask == CLR_NONE ? ILC_COLOR : ILC_MASK | ILC_COLOR,
                                    bm.bmWidth / cx, grow);
            if (himl) {
                if (mask == CLR_NONE) ImageList_Add(himl, handle, NULL);
                else ImageList_AddMasked(himl, handle, mask);
            }
        }
        DeleteObject(handle);
    } else if (type == IMAGE_ICON || type == IMAGE_CURSOR) {
        ICONINFO ii;
        if (GetIconInfo(handle, &ii)) {
            if (GetObjectW(ii.hbmColor ? ii.hbmColor : ii.hbmMask, sizeof(bm), &bm) &&
                (himl = ImageList_Create(bm.bmWidth, ii.hbmColor ? bm.bmHeight : bm.bmHeight / 2, ILC_MASK | ILC_COLOR,
                                         1, grow)))
                ImageList_ReplaceIcon(himl, -1, handle);
            if (ii.hbmColor) DeleteObject(ii.hbmColor);
            if (ii.hbmMask) DeleteObject(ii.hbmMask);
        }
        DestroyIcon(handle);
    }
    return himl;
}

COMCTL32API HIMAGELIST WINAPI ImageList_LoadImageW(HINSTANCE inst, LPCWSTR name, INT cx, INT grow, COLORREF mask,
                                                   UINT type, UINT flags)
{
    return load_image(LoadImageW(inst, name, type, 0, 0, flags), cx, grow, mask, type, flags);
}

COMCTL32API HIMAGELIST WINAPI ImageList_LoadImageA(HINSTANCE inst, LPCSTR name, INT cx, INT grow, COLORREF mask,
                                                   UINT type, UINT flags)
{
    return load_image(LoadImageA(inst, name, type, 0, 0, flags), cx, grow, mask, type, flags);
}

/* one image: image I2 of the second list drawn transparently over I1 of
 * the first at (DX, DY), the mask the intersection of both masks */
COMCTL32API HIMAGELIST WINAPI ImageList_Merge(HIMAGELIST h1, INT i1, HIMAGELIST h2, INT i2, INT dx, INT dy)
{
    struct himagelist *a = get(h1), *b = get(h2), *m;
    INT x1 = dx < 0 ? -dx : 0, y1 = dy < 0 ? -dy : 0, x2 = dx > 0 ? dx : 0, y2 = dy > 0 ? dy : 0, cx, cy;
    if (!a || !b || !a->image || !b->image || i1 < 0 || i1 >= a->count || i2 < 0 || i2 >= b->count) return NULL;
    cx = x1 + a->cx > x2 + b->cx ? x1 + a->cx : x2 + b->cx;
    cy = y1 + a->cy > y2 + b->cy ? y1 + a->cy : y2 + b->cy;
    if (!(m = ImageList_Create(cx, cy, ILC_MASK | ILC_COLOR32, 1, 1)) || !reserve(m, 1)) {
        ImageList_Destroy(m);
        return NULL;
    }
    m->count = 1;
    for (INT y = 0; y < cy; y++)
        for (INT x = 0; x < cx; x++) {
            BOOL clear = TRUE;
            DWORD v = 0;
            if (x >= x1 && y >= y1 && x - x1 < a->cx && y - y1 < a->cy) {
                v = *pixel(a, i1, x - x1, y - y1);
                clear = a->mask && mask_bit(a, i1, x - x1, y - y1);
            }
            if (x >= x2 && y >= y2 && x - x2 < b->cx && y - y2 < b->cy &&
                !(b->mask && mask_bit(b, i2, x - x2, y - y2))) {
                v = *pixel(b, i2, x - x2, y - y2);
                clear = FALSE;
            }
            *pixel(m, 0, x, y) = v & 0xffffff;
            set_mask_bit(m, 0, x, y, clear);
        }
    return m;
}
