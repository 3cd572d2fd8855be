/*
 * Bitmaps: the pixel formats the rasterizer draws into (1, 4, 8, 16, 24
 * and 32 bpp; bit fields for 16 and 32), device-dependent bitmaps
 * (CreateBitmap, CreateCompatibleBitmap), DIB sections and the
 * conversions between formats (GetDIBits, SetDIBits, CreateDIBitmap).
 *
 * Every bitmap is stored as a DIB: DDBs are top-down with 4-byte rows
 * inside and converted to Windows' 2-byte rows at Get/SetBitmapBits.
 * Conversions go pixel by pixel through COLORREF (plain and easy to
 * check; a same-format row copy is the fast path).
 */
#include <stdlib.h>
#include <string.h>
#include "gdi_private.h"
#include "winerror.h"

static const RGBQUAD mono_table[2] = { {0, 0, 0, 0}, {255, 255, 255, 0} };
/* the 16 colours of a 4 bpp DDB, the VGA palette */
static const RGBQUAD vga_table[16] = {
    {0,0,0,0}, {0,0,0x80,0}, {0,0x80,0,0}, {0,0x80,0x80,0}, {0x80,0,0,0}, {0x80,0,0x80,0},
    {0x80,0x80,0,0}, {0xc0,0xc0,0xc0,0}, {0x80,0x80,0x80,0}, {0,0,0xff,0}, {0,0xff,0,0},
    {0,0xff,0xff,0}, {0xff,0,0,0}, {0xff,0,0xff,0}, {0xff,0xff,0,0}, {0xff,0xff,0xff,0},
};

static void mask_field(DWORD mask, int *shift, int *width)
{
    *shift = 0;
    *width = 0;
    if (!mask) return;
    while (!(mask & 1)) { mask >>= 1; (*shift)++; }
    while (mask & 1) { mask >>= 1; (*width)++; }
}

static void set_masks(struct bitmap *bmp, const DWORD *masks)
{
    static const DWORD rgb555[3] = { 0x7c00, 0x03e0, 0x001f };
    static const DWORD rgb888[3] = { 0xff0000, 0x00ff00, 0x0000ff };
    if (!masks) masks = bmp->bpp == 16 ? rgb555 : rgb888;
    for (int i = 0; i < 3; i++) {
        bmp->masks[i] = masks[i];
        mask_field(masks[i], &bmp->shift[i], &bmp->width_bits[i]);
    }
}

static int row_bytes(int width, int bpp)
{
    return (int)((((long long)width * bpp + 31) / 32) * 4);
}

/* A bitmap without a handle; bits are allocated (zeroed) unless the
 * caller puts its own in after a 0x0 allocation. */
struct bitmap *bitmap_alloc(int width, int height, int bpp, BOOL top_down, const DWORD *masks)
{
    struct bitmap *bmp;
    size_t size;

    if (width <= 0 || height <= 0 || width > 0x7ffffff / (bpp ? bpp : 1) || height > 0x7ffffff)
        return NULL;
    if (!(bmp = calloc(1, sizeof(*bmp)))) return NULL;
    bmp->width = width;
    bmp->height = height;
    bmp->bpp = bpp;
    bmp->top_down = top_down;
    bmp->stride = row_bytes(width, bpp);
    size = (size_t)bmp->stride * height;
    if (!(bmp->bits = calloc(1, size))) {
        free(bmp);
        return NULL;
    }
    bmp->own_bits = TRUE;
    if (bpp == 16 || bpp == 32) set_masks(bmp, masks);
    if (bpp == 1) { bmp->colors = 2; memcpy(bmp->table, mono_table, sizeof(mono_table)); }
    if (bpp == 4) { bmp->colors = 16; memcpy(bmp->table, vga_table, sizeof(vga_table)); }
    if (bpp == 8) {
        /* the 8 bpp DDB palette: a 6x6x6 cube would be Windows' halftone;
         * the default palette's 20 colours come first as on Windows */
        bmp->colors = 256;
        for (int i = 0; i < 256; i++) {
            bmp->table[i].rgbRed = (i & 0xe0);
            bmp->table[i].rgbGreen = (i & 0x1c) << 3;
            bmp->table[i].rgbBlue = (i & 0x03) << 6;
        }
    }
    return bmp;
}

void bitmap_free(struct bitmap *bmp)
{
    if (!bmp) return;
    if (bmp->own_bits) free(bmp->bits);
    free(bmp);
}

void bitmap_delete(struct bitmap *bmp)
{
    gdi_free_handle(bmp->hdr.handle);
    bitmap_free(bmp);
}

DWORD bitmap_pixel_mask(const struct bitmap *bmp)
{
    return bmp->bpp >= 32 ? 0xffffffff : (1u << bmp->bpp) - 1;
}

DWORD pixel_get(const struct bitmap *bmp, int x, int y)
{
    const BYTE *row = row_ptr(bmp, y);
    switch (bmp->bpp) {
    case 32: return ((const DWORD *)row)[x];
    case 24: row += x * 3; return row[0] | (row[1] << 8) | (row[2] << 16);
    case 16: return ((const WORD *)row)[x];
    case 8: return row[x];
    case 4: return (row[x / 2] >> (x & 1 ? 0 : 4)) & 0x0f;
    case 1: return (row[x / 8] >> (7 - (x & 7))) & 1;
    }
    return 0;
}

void pixel_put(struct bitmap *bmp, int x, int y, DWORD value)
{
    BYTE *row = row_ptr(bmp, y);
    switch (bmp->bpp) {
    case 32: ((DWORD *)row)[x] = value; break;
    case 24: row += x * 3; row[0] = value; row[1] = value >> 8; row[2] = value >> 16; break;
    case 16: ((WORD *)row)[x] = value; break;
    case 8: row[x] = value; break;
    case 4: {
        int shift = x & 1 ? 0 : 4;
        row[x / 2] = (row[x / 2] & ~(0x0f << shift)) | ((value & 0x0f) << shift);
        break;
    }
    case 1: {
        int bit = 7 - (x & 7);
        row[x / 8] = (row[x / 8] & ~(1 << bit)) | ((value & 1) << bit);
        break;
    }
    }
}

static DWORD put_field(BYTE value, int shift, int width)
{
    if (width <= 8) return ((DWORD)value >> (8 - width)) << shift;
    return ((DWORD)value << (width - 8)) << shift;
}

static BYTE get_field(DWORD pixel, int shift, int width)
{
    DWORD v = (pixel >> shift) & ((1u << width) - 1);
    if (!width) return 0;
    if (width >= 8) return v >> (width - 8);
    /* replicate the high bits into the low ones, as Windows does */
    v <<= 8 - width;
    return v | (v >> width);
}

DWORD color_to_pixel(const struct bitmap *bmp, COLORREF color)
{
    BYTE r = GetRValue(color), g = GetGValue(color), b = GetBValue(color);
    switch (bmp->bpp) {
    case 32: case 16:
        return put_field(r, bmp->shift[0], bmp->width_bits[0]) |
               put_field(g, bmp->shift[1], bmp->width_bits[1]) |
               put_field(b, bmp->shift[2], bmp->width_bits[2]);
    case 24: return b | (g << 8) | ((DWORD)r << 16);
    default: {
        /* nearest entry of the colour table; the first one wins a tie */
        int best = 0;
        unsigned best_dist = ~0u;
        for (int i = 0; i < bmp->colors; i++) {
            int dr = r - bmp->table[i].rgbRed, dg = g - bmp->table[i].rgbGreen,
                db = b - bmp->table[i].rgbBlue;
            unsigned dist = dr * dr + dg * dg + db * db;
            if (dist < best_dist) { best_dist = dist; best = i; if (!dist) break; }
        }
        return best;
    }
    }
}

COLORREF pixel_to_color(const struct bitmap *bmp, DWORD pixel)
{
    switch (bmp->bpp) {
    case 32: case 16:
        return RGB(get_field(pixel, bmp->shift[0], bmp->width_bits[0]),
                   get_field(pixel, bmp->shift[1], bmp->width_bits[1]),
                   get_field(pixel, bmp->shift[2], bmp->width_bits[2]));
    case 24: return RGB(pixel >> 16, pixel >> 8, pixel);
    default:
        if ((int)pixel >= bmp->colors) return 0;
        return RGB(bmp->table[pixel].rgbRed, bmp->table[pixel].rgbGreen, bmp->table[pixel].rgbBlue);
    }
}

/* The pixel for a pen or brush colour. In a 1 bpp surface Windows takes
 * an exact colour-table match, and otherwise the opposite of the
 * background colour's pixel (so any colour other than the background
 * shows up against it). */
DWORD dc_color_to_pixel(const struct bitmap *bmp, COLORREF color, COLORREF bk)
{
    DWORD bk_pixel;
    if (bmp->bpp != 1) return color_to_pixel(bmp, color);
    for (int i = 0; i < 2; i++)
        if (RGB(bmp->table[i].rgbRed, bmp->table[i].rgbGreen, bmp->table[i].rgbBlue) == (color & 0xffffff))
            return i;
    bk_pixel = color_to_pixel(bmp, bk);
    return (color & 0xffffff) == (bk & 0xffffff) ? bk_pixel : !bk_pixel;
}

/* Fills in format, masks and colour table of BMP from a BITMAPINFO;
 * width/height/top_down/stride too. Does not touch bits. */
BOOL bitmap_set_format(struct bitmap *bmp, const BITMAPINFO *info, UINT usage, HDC dc)
{
    const BITMAPINFOHEADER *h = &info->bmiHeader;
    const BYTE *after = (const BYTE *)info + h->biSize;
    int colors;

    (void)dc;
    if (h->biSize < sizeof(BITMAPINFOHEADER) || h->biSize > 256) return FALSE;
    if (h->biWidth <= 0 || !h->biHeight || h->biHeight == (LONG)0x80000000) return FALSE;
    switch (h->biBitCount) {
    case 1: case 4: case 8: case 24:
        if (h->biCompression != BI_RGB) return FALSE;
        break;
    case 16: case 32:
        if (h->biCompression != BI_RGB && h->biCompression != BI_BITFIELDS) return FALSE;
        break;
    default: return FALSE;
    }
    bmp->width = h->biWidth;
    bmp->height = h->biHeight < 0 ? -h->biHeight : h->biHeight;
    bmp->top_down = h->biHeight < 0;
    bmp->bpp = h->biBitCount;
    bmp->stride = row_bytes(bmp->width, bmp->bpp);
    if (bmp->bpp == 16 || bmp->bpp == 32) {
        if (h->biCompression == BI_BITFIELDS) {
            /* V4/V5 headers hold the masks; a plain header is followed by them */
            const DWORD *masks = h->biSize >= 52 ? (const DWORD *)(h + 1) : (const DWORD *)after;
            if (!masks[0] || !masks[1] || !masks[2]) return FALSE;
            set_masks(bmp, masks);
            if (h->biSize < 52) after += 12;
        } else {
            set_masks(bmp, NULL);
        }
        bmp->colors = 0;
        return TRUE;
    }
    if (bmp->bpp == 24) { bmp->colors = 0; return TRUE; }
    colors = h->biClrUsed && h->biClrUsed < (1u << bmp->bpp) ? (int)h->biClrUsed : 1 << bmp->bpp;
    bmp->colors = colors;
    memset(bmp->table, 0, sizeof(bmp->table));
    if (usage == DIB_PAL_COLORS) {
        /* indices into the DC's palette: the default palette's 20 colours */
        PALETTEENTRY pal[20];
        const WORD *index = (const WORD *)after;
        GetPaletteEntries(GetStockObject(DEFAULT_PALETTE), 0, 20, pal);
        for (int i = 0; i < colors; i++) {
            const PALETTEENTRY *e = &pal[index[i] % 20];
            bmp->table[i].rgbRed = e->peRed;
            bmp->table[i].rgbGreen = e->peGreen;
            bmp->table[i].rgbBlue = e->peBlue;
        }
    } else {
        memcpy(bmp->table, after, colors * sizeof(RGBQUAD));
        for (int i = 0; i < colors; i++) bmp->table[i].rgbReserved = 0;
    }
    return TRUE;
}

/* Copies (converting) LINES rows from SRC to DST: source rows start at
 * SRC_Y, destination rows at DST_Y, WIDTH pixels from x 0. */
static void convert_rows(struct bitmap *dst, int dst_y, const struct bitmap *src, int src_y,
                         int lines, int width)
{
    BOOL same = dst->bpp == src->bpp &&
        (dst->bpp > 8 ? !memcmp(dst->masks, src->masks, sizeof(dst->masks))
                      : dst->colors == src->colors &&
                        !memcmp(dst->table, src->table, dst->colors * sizeof(RGBQUAD)));
    for (int i = 0; i < lines; i++) {
        if (same && (width * dst->bpp) % 8 == 0) {
            memcpy(row_ptr(dst, dst_y + i), row_ptr(src, src_y + i), (size_t)width * dst->bpp / 8);
            continue;
        }
        for (int x = 0; x < width; x++) {
            DWORD v = pixel_get(src, x, src_y + i);
            if (!same) v = color_to_pixel(dst, pixel_to_color(src, v));
            pixel_put(dst, x, dst_y + i, v);
        }
    }
}

/* ---- handle-level functions ---- */

static HBITMAP publish(struct bitmap *bmp)
{
    HBITMAP h;
    if (!bmp) return NULL;
    if (!(h = gdi_alloc_handle(&bmp->hdr, OBJ_BITMAP, MAGIC_BITMAP))) bitmap_free(bmp);
    return h;
}

WINBASEAPI HBITMAP WINAPI CreateBitmap(INT width, INT height, UINT planes, UINT bpp, LPCVOID bits)
{
    struct bitmap *bmp;
    if (width < 0 || height < 0 || planes != 1 || bpp > 32) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return NULL;
    }
    if (!width || !height) {
        /* Windows hands out its shared 1x1 monochrome bitmap */
        HBITMAP h;
        gdi_lock();
        h = gdi_default_bitmap()->hdr.handle;
        gdi_unlock();
        return h;
    }
    if (bpp <= 1) bpp = 1;
    else if (bpp <= 4) bpp = 4;
    else if (bpp <= 8) bpp = 8;
    else if (bpp <= 16) bpp = 16;
    else if (bpp <= 24) bpp = 24;
    else bpp = 32;
    if (!(bmp = bitmap_alloc(width, height, bpp, TRUE, NULL))) {
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
        return NULL;
    }
    if (bpp == 16) { static const DWORD m565[3] = { 0xf800, 0x07e0, 0x001f }; set_masks(bmp, m565); }
    if (bits) {
        int src_stride = ((width * bpp + 15) / 16) * 2;
        for (int y = 0; y < height; y++)
            memcpy(row_ptr(bmp, y), (const BYTE *)bits + (size_t)y * src_stride, src_stride);
    }
    return publish(bmp);
}

WINBASEAPI HBITMAP WINAPI CreateBitmapIndirect(const BITMAP *bm)
{
    if (!bm) return NULL;
    return CreateBitmap(bm->bmWidth, bm->bmHeight, bm->bmPlanes, bm->bmBitsPixel, bm->bmBits);
}

WINBASEAPI HBITMAP WINAPI CreateCompatibleBitmap(HDC hdc, INT width, INT height)
{
    struct dc *dc;
    struct bitmap *cur, *bmp;
    int bpp;
    DWORD masks[3];
    BOOL have_masks;

    if (width < 0 || height < 0) return NULL;
    gdi_lock();
    if (!(dc = dc_get(hdc))) {
        gdi_unlock();
        return NULL;
    }
    cur = dc_bitmap(dc);
    bpp = cur->bpp;
    have_masks = bpp == 16 || bpp == 32;
    memcpy(masks, cur->masks, sizeof(masks));
    gdi_unlock();
    if (!width || !height) return CreateBitmap(1, 1, 1, 1, NULL);
    if (!(bmp = bitmap_alloc(width, height, bpp, TRUE, have_masks ? masks : NULL))) {
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
        return NULL;
    }
    if (bpp <= 8 && bpp == cur->bpp) {
        bmp->colors = cur->colors;
        memcpy(bmp->table, cur->table, sizeof(bmp->table));
    }
    return publish(bmp);
}

WINBASEAPI HBITMAP WINAPI CreateDIBSection(HDC hdc, const BITMAPINFO *info, UINT usage, void **bits,
                                           HANDLE section, DWORD offset)
{
    struct bitmap *bmp;

    if (bits) *bits = NULL;
    if (!info || section) {
        if (section) SetLastError(ERROR_INVALID_PARAMETER);
        return NULL;
    }
    if (!(bmp = calloc(1, sizeof(*bmp)))) return NULL;
    if (!bitmap_set_format(bmp, info, usage, hdc) ||
        (size_t)bmp->stride * bmp->height > 0x7fffffff) {
        free(bmp);
        SetLastError(ERROR_INVALID_PARAMETER);
        return NULL;
    }
    (void)offset;
    /* page-aligned, zeroed memory like Windows' section view */
    if (!(bmp->bits = VirtualAlloc(NULL, (size_t)bmp->stride * bmp->height, MEM_COMMIT | MEM_RESERVE,
                                   PAGE_READWRITE))) {
        free(bmp);
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
        return NULL;
    }
    bmp->own_bits = FALSE;
    bmp->dib = TRUE;
    HBITMAP h = gdi_alloc_handle(&bmp->hdr, OBJ_BITMAP, MAGIC_BITMAP);
    if (!h) {
        VirtualFree(bmp->bits, 0, MEM_RELEASE);
        free(bmp);
        return NULL;
    }
    if (bits) *bits = bmp->bits;
    return h;
}

int bitmap_get_object(struct bitmap *bmp, int size, void *buffer)
{
    BITMAP bm;
    int ret;

    bm.bmType = 0;
    bm.bmWidth = bmp->width;
    bm.bmHeight = bmp->height;
    bm.bmWidthBytes = bmp->dib ? bmp->stride : ((bmp->width * bmp->bpp + 15) / 16) * 2;
    bm.bmPlanes = 1;
    bm.bmBitsPixel = bmp->bpp;
    bm.bmBits = bmp->dib ? bmp->bits : NULL;
    if (!buffer) return bmp->dib && size >= (int)sizeof(DIBSECTION) ? (int)sizeof(DIBSECTION) : (int)sizeof(BITMAP);
    if (bmp->dib && size >= (int)sizeof(DIBSECTION)) {
        DIBSECTION ds;
        memset(&ds, 0, sizeof(ds));
        ds.dsBm = bm;
        ds.dsBmih.biSize = sizeof(BITMAPINFOHEADER);
        ds.dsBmih.biWidth = bmp->width;
        ds.dsBmih.biHeight = bmp->top_down ? -bmp->height : bmp->height;
        ds.dsBmih.biPlanes = 1;
        ds.dsBmih.biBitCount = bmp->bpp;
        ds.dsBmih.biCompression = (bmp->bpp == 16 || bmp->bpp == 32) &&
            (bmp->masks[0] != (bmp->bpp == 16 ? 0x7c00u : 0xff0000u) ||
             bmp->masks[1] != (bmp->bpp == 16 ? 0x03e0u : 0xff00u)) ? BI_BITFIELDS : BI_RGB;
        ds.dsBmih.biSizeImage = bmp->stride * bmp->height;
        ds.dsBmih.biClrUsed = bmp->bpp <= 8 ? bmp->colors : 0;
        if (bmp->bpp == 16 || bmp->bpp == 32) memcpy(ds.dsBitfields, bmp->masks, sizeof(ds.dsBitfields));
        memcpy(buffer, &ds, sizeof(ds));
        return sizeof(DIBSECTION);
    }
    ret = size < (int)sizeof(BITMAP) ? 0 : (int)sizeof(BITMAP);
    if (ret) memcpy(buffer, &bm, sizeof(bm));
    return ret;
}

WINBASEAPI LONG WINAPI GetBitmapBits(HBITMAP handle, LONG count, LPVOID bits)
{
    struct bitmap *bmp;
    LONG ret = 0;

    gdi_lock();
    if ((bmp = gdi_get(handle, OBJ_BITMAP))) {
        int stride = ((bmp->width * bmp->bpp + 15) / 16) * 2;
        LONG total = stride * bmp->height;
        if (!bits) ret = total;
        else {
            if (count > total) count = total;
            for (LONG done = 0, y = 0; done < count; y++) {
                LONG n = count - done < stride ? count - done : stride;
                memcpy((BYTE *)bits + done, row_ptr(bmp, y), n);
                done += n;
            }
            ret = count < 0 ? 0 : count;
        }
    }
    gdi_unlock();
    return ret;
}

WINBASEAPI LONG WINAPI SetBitmapBits(HBITMAP handle, LONG count, LPCVOID bits)
{
    struct bitmap *bmp;
    LONG ret = 0;

    if (!bits || count < 0) return 0;
    gdi_lock();
    if ((bmp = gdi_get(handle, OBJ_BITMAP))) {
        int stride = ((bmp->width * bmp->bpp + 15) / 16) * 2;
        LONG total = stride * bmp->height;
        if (count > total) count = total;
        for (LONG done = 0, y = 0; done < count; y++) {
            LONG n = count - done < stride ? count - done : stride;
            memcpy(row_ptr(bmp, y), (const BYTE *)bits + done, n);
            done += n;
        }
        ret = count;
    }
    gdi_unlock();
    return ret;
}

static void fill_info_header(const struct bitmap *bmp, BITMAPINFO *info)
{
    BITMAPINFOHEADER *h = &info->bmiHeader;
    h->biWidth = bmp->width;
    h->biHeight = bmp->height;
    h->biPlanes = 1;
    h->biBitCount = bmp->bpp;
    h->biCompression = BI_RGB;
    h->biSizeImage = row_bytes(bmp->width, bmp->bpp) * bmp->height;
    h->biXPelsPerMeter = h->biYPelsPerMeter = 0;
    h->biClrUsed = h->biClrImportant = 0;
    if (bmp->bpp == 16 || bmp->bpp == 32) {
        if (bmp->bpp == 16 && bmp->masks[1] == 0x07e0) {
            h->biCompression = BI_BITFIELDS;
            memcpy(info->bmiColors, bmp->masks, sizeof(bmp->masks));
        }
    } else if (bmp->bpp <= 8) {
        memcpy(info->bmiColors, bmp->table, (1 << bmp->bpp) * sizeof(RGBQUAD));
    }
}

WINBASEAPI INT WINAPI GetDIBits(HDC hdc, HBITMAP handle, UINT start, UINT lines, LPVOID bits,
                                BITMAPINFO *info, UINT usage)
{
    struct bitmap *bmp, view;
    INT ret = 0;

    if (!info || info->bmiHeader.biSize < sizeof(BITMAPINFOHEADER)) return 0;
    gdi_lock();
    if (!dc_get(hdc) || !(bmp = gdi_get(handle, OBJ_BITMAP))) goto done;
    if (!info->bmiHeader.biBitCount) {
        /* just describe the bitmap */
        fill_info_header(bmp, info);
        ret = bmp->height;
        goto done;
    }
    memset(&view, 0, sizeof(view));
    if (info->bmiHeader.biBitCount <= 8 && !bits) {
        /* the caller wants the colour table of that depth */
        fill_info_header(bmp, info);
        ret = bmp->height;
        goto done;
    }
    if (info->bmiHeader.biBitCount <= 8) {
        /* a table for the requested depth: the bitmap's own when the depth
         * matches, black and white for 1 bpp, the VGA colours for 4 */
        int n = 1 << info->bmiHeader.biBitCount;
        if (bmp->bpp == info->bmiHeader.biBitCount) memcpy(info->bmiColors, bmp->table, n * sizeof(RGBQUAD));
        else if (n == 2) memcpy(info->bmiColors, mono_table, sizeof(mono_table));
        else if (n == 16) memcpy(info->bmiColors, vga_table, sizeof(vga_table));
        else {
            struct bitmap *tmp = bitmap_alloc(1, 1, 8, TRUE, NULL);
            if (tmp) { memcpy(info->bmiColors, tmp->table, 256 * sizeof(RGBQUAD)); bitmap_free(tmp); }
        }
        info->bmiHeader.biClrUsed = 0;
    }
    if (!bitmap_set_format(&view, info, usage, hdc)) goto done;
    if (info->bmiHeader.biSizeImage == 0 || TRUE)
        info->bmiHeader.biSizeImage = view.stride * view.height;
    if (!bits) { ret = bmp->height; goto done; }
    if (start >= (UINT)bmp->height) goto done;
    if (lines > (UINT)bmp->height - start) lines = bmp->height - start;
    if (lines > (UINT)view.height) lines = view.height;
    /* DIB rows are counted from the bottom: scan line START is bitmap
     * row height-1-start; the buffer holds LINES rows */
    view.bits = bits;
    view.height = lines;
    {
        int width = view.width < bmp->width ? view.width : bmp->width;
        for (UINT i = 0; i < lines; i++) {
            int src_y = bmp->height - 1 - (int)(start + i);
            int dst_y = lines - 1 - i;   /* the view maps rows to memory */
            convert_rows(&view, dst_y, bmp, src_y, 1, width);
        }
    }
    ret = lines;
done:
    gdi_unlock();
    return ret;
}

/* Writes LINES rows from a DIB in memory into BMP (SetDIBits,
 * CreateDIBitmap). Returns the rows copied. */
static int set_dib_rows(struct bitmap *bmp, UINT start, UINT lines, const void *bits,
                        const BITMAPINFO *info, UINT usage, HDC hdc)
{
    struct bitmap view;
    int width;

    memset(&view, 0, sizeof(view));
    if (!bitmap_set_format(&view, info, usage, hdc)) return 0;
    if (start >= (UINT)view.height) return 0;
    if (lines > (UINT)view.height - start) lines = view.height - start;
    view.bits = (BYTE *)bits;
    view.height = lines;
    width = view.width < bmp->width ? view.width : bmp->width;
    for (UINT i = 0; i < lines; i++) {
        int src_y = lines - 1 - i;   /* the view maps rows to memory */
        int dst_y = bmp->height - 1 - (int)(start + i);
        if (dst_y < 0 || dst_y >= bmp->height) continue;
        convert_rows(bmp, dst_y, &view, src_y, 1, width);
    }
    return lines;
}

WINBASEAPI INT WINAPI SetDIBits(HDC hdc, HBITMAP handle, UINT start, UINT lines, LPCVOID bits,
                                const BITMAPINFO *info, UINT usage)
{
    struct bitmap *bmp;
    int ret = 0;
    if (!bits || !info) return 0;
    gdi_lock();
    if ((bmp = gdi_get(handle, OBJ_BITMAP))) ret = set_dib_rows(bmp, start, lines, bits, info, usage, hdc);
    gdi_unlock();
    return ret;
}

WINBASEAPI HBITMAP WINAPI CreateDIBitmap(HDC hdc, const BITMAPINFOHEADER *header, DWORD init,
                                         LPCVOID bits, const BITMAPINFO *info, UINT usage)
{
    HBITMAP h;
    LONG height;
    if (!header || header->biSize < sizeof(BITMAPINFOHEADER)) return NULL;
    height = header->biHeight < 0 ? -header->biHeight : header->biHeight;
    h = hdc ? CreateCompatibleBitmap(hdc, header->biWidth, height)
            : CreateBitmap(header->biWidth, height, 1, 1, NULL);
    if (h && (init & CBM_INIT) && bits && info) SetDIBits(hdc, h, 0, height, bits, info, usage);
    return h;
}

WINBASEAPI UINT WINAPI GetDIBColorTable(HDC hdc, UINT start, UINT count, RGBQUAD *colors)
{
    struct dc *dc;
    struct bitmap *bmp;
    UINT ret = 0;
    gdi_lock();
    if ((dc = dc_get(hdc)) && (bmp = dc_bitmap(dc)) && bmp->dib && bmp->bpp <= 8 &&
        start < (UINT)bmp->colors) {
        ret = count < bmp->colors - start ? count : bmp->colors - start;
        if (colors) memcpy(colors, bmp->table + start, ret * sizeof(RGBQUAD));
    }
    gdi_unlock();
    return ret;
}

WINBASEAPI UINT WINAPI SetDIBColorTable(HDC hdc, UINT start, UINT count, const RGBQUAD *colors)
{
    struct dc *dc;
    struct bitmap *bmp;
    UINT ret = 0;
    gdi_lock();
    if (colors && (dc = dc_get(hdc)) && (bmp = dc_bitmap(dc)) && bmp->dib && bmp->bpp <= 8 &&
        start < (UINT)bmp->colors) {
        ret = count < bmp->colors - start ? count : bmp->colors - start;
        memcpy(bmp->table + start, colors, ret * sizeof(RGBQUAD));
    }
    gdi_unlock();
    return ret;
}

WINBASEAPI BOOL WINAPI GdiFlush(void)
{
    return TRUE;   /* drawing is synchronous */
}
