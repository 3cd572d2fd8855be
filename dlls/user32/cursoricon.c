/*
 * HICON and HCURSOR objects: CreateIconIndirect, CreateIcon,
 * CreateIconFromResource(Ex), CopyIcon, DestroyIcon/DestroyCursor,
 * GetIconInfo(Ex), DrawIcon(Ex), LookupIconIdFromDirectory(Ex), and the
 * cursor state (SetCursor, ShowCursor, the position and clip rectangle).
 *
 * The resource format is a DIB whose height counts the XOR image and the
 * AND mask together: BITMAPINFOHEADER (or BITMAPCOREHEADER), the colour
 * table, the XOR rows, the AND rows, all bottom-up. 1 bpp images with a
 * black and white table are monochrome icons (mask and image both in the
 * mask bitmap, as GetIconInfo shows them); 32 bpp images with any alpha
 * are drawn with AlphaBlend. PNG-compressed entries are not decoded (no
 * PNG decoder in winrun): they give NULL, as a damaged entry does.
 */
#include <stdlib.h>
#include <string.h>
#include "cursoricon.h"
#include "gdiload.h"

WINUSERAPI INT WINAPI GetSystemMetrics(INT);
WINUSERAPI BOOL WINAPI SetRect(RECT *, INT, INT, INT, INT);
WINUSERAPI BOOL WINAPI IntersectRect(RECT *, const RECT *, const RECT *);
WINUSERAPI ULONG_PTR WINAPI GetClassLongPtrW(HWND, INT);

#define SM_CXICON 11
#define SM_CYICON 12
#define SM_CXCURSOR 13
#define SM_CYCURSOR 14
#define SRCCOPY   0x00CC0020
#define SRCAND    0x008800C6
#define SRCINVERT 0x00660046

struct cursoricon *cursoricon_alloc(int width, int height, BOOL mono)
{
    struct cursoricon *ci;

    if (width <= 0 || height <= 0 || width > 4096 || height > 4096) return NULL;
    if (!(ci = calloc(1, sizeof(*ci)))) return NULL;
    ci->width = width;
    ci->height = height;
    ci->mask_stride = (width + 15) / 16 * 2;   /* CreateBitmap's WORD-aligned rows */
    ci->mask = calloc((size_t)ci->mask_stride * height, mono ? 2 : 1);
    if (!mono) ci->color = calloc((size_t)width * height, sizeof(DWORD));
    if (!ci->mask || (!mono && !ci->color)) {
        cursoricon_free(ci);
        return NULL;
    }
    ci->bpp = mono ? 1 : 32;
    return ci;
}

void cursoricon_free(struct cursoricon *ci)
{
    if (!ci) return;
    free(ci->color);
    free(ci->mask);
    free(ci);
}

HICON cursoricon_handle(struct cursoricon *ci)
{
    HICON handle;

    if (!ci) return NULL;
    user_lock();
    handle = user_obj_alloc(ci, USER_OBJ_ICON);
    user_unlock();
    if (!handle) cursoricon_free(ci);
    return handle;
}

static inline BOOL mask_bit(const struct cursoricon *ci, int x, int y)
{
    return (ci->mask[(size_t)y * ci->mask_stride + x / 8] >> (7 - x % 8)) & 1;
}

static inline void set_mask_bit(struct cursoricon *ci, int x, int y, BOOL on)
{
    BYTE *p = &ci->mask[(size_t)y * ci->mask_stride + x / 8];
    if (on) *p |= 0x80 >> (x % 8);
    else *p &= ~(0x80 >> (x % 8));
}

/* A copy of the object (and its pixels) so it can be used without the lock. */
static struct cursoricon *copy_of(HICON handle)
{
    struct cursoricon *ci, *copy = NULL;

    user_lock();
    if ((ci = user_obj_get(handle, USER_OBJ_ICON)) &&
        (copy = cursoricon_alloc(ci->width, ci->height, !ci->color))) {
        BYTE *mask = copy->mask;
        DWORD *color = copy->color;
        *copy = *ci;
        copy->mask = mask;
        copy->color = color;
        memcpy(mask, ci->mask, (size_t)ci->mask_stride * ci->height * (ci->color ? 1 : 2));
        if (color) memcpy(color, ci->color, (size_t)ci->width * ci->height * sizeof(DWORD));
    }
    user_unlock();
    if (!ci) SetLastError(ERROR_INVALID_CURSOR_HANDLE);
    return copy;
}

BOOL cursoricon_size(HICON handle, SIZE *size, BOOL *is_icon)
{
    struct cursoricon *ci;

    user_lock();
    if ((ci = user_obj_get(handle, USER_OBJ_ICON))) {
        size->cx = ci->width;
        size->cy = ci->height;
        if (is_icon) *is_icon = ci->is_icon;
    }
    user_unlock();
    return ci != NULL;
}

/* Nearest-neighbour scaling, used when a size other than the image's is asked for. */
struct cursoricon *cursoricon_scaled(const struct cursoricon *src, int cx, int cy)
{
    BOOL mono = !src->color;
    struct cursoricon *ci;
    int x, y, rows = mono ? 2 : 1, r;

    if (!cx) cx = src->width;
    if (!cy) cy = src->height;
    if (!(ci = cursoricon_alloc(cx, cy, mono))) return NULL;
    ci->is_icon = src->is_icon;
    ci->hotspot.x = src->hotspot.x * cx / src->width;
    ci->hotspot.y = src->hotspot.y * cy / src->height;
    ci->alpha = src->alpha;
    ci->bpp = src->bpp;
    ci->res_id = src->res_id;
    for (r = 0; r < rows; r++)
        for (y = 0; y < cy; y++)
            for (x = 0; x < cx; x++)
                set_mask_bit(ci, x, r * cy + y, mask_bit(src, x * src->width / cx, r * src->height + y * src->height / cy));
    if (!mono)
        for (y = 0; y < cy; y++)
            for (x = 0; x < cx; x++)
                ci->color[(size_t)y * cx + x] = src->color[(size_t)(y * src->height / cy) * src->width + x * src->width / cx];
    return ci;
}

/* ---- the resource format ---- */

static DWORD read_dword(const BYTE *p) { return p[0] | p[1] << 8 | p[2] << 16 | (DWORD)p[3] << 24; }
static WORD read_word(const BYTE *p) { return p[0] | p[1] << 8; }

struct cursoricon *cursoricon_from_resource(const BYTE *bits, DWORD size, BOOL is_icon, int cx, int cy)
{
    static const BYTE png[8] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
    struct cursoricon *ci, *scaled;
    POINT hotspot = { 0, 0 };
    DWORD hsize, colors, xor_stride, and_stride;
    int width, height, bpp, x, y, entry;
    const BYTE *table, *xor, *and;
    BOOL core, mono = FALSE;

    if (!bits) return NULL;
    if (!is_icon) {
        if (size < 4) return NULL;
        hotspot.x = read_word(bits);
        hotspot.y = read_word(bits + 2);
        bits += 4;
        size -= 4;
    }
    if (size >= sizeof(png) && !memcmp(bits, png, sizeof(png))) return NULL;   /* not decoded */
    if (size < 12) return NULL;
    hsize = read_dword(bits);
    core = hsize == 12;
    if (core) {
        width = read_word(bits + 4);
        height = read_word(bits + 6);
        bpp = read_word(bits + 10);
        colors = bpp <= 8 ? 1u << bpp : 0;
        entry = 3;
    } else {
        if (hsize < 40 || hsize > size) return NULL;
        width = (int)read_dword(bits + 4);
        height = (int)read_dword(bits + 8);
        bpp = read_word(bits + 14);
        if (read_dword(bits + 16) != 0 /* BI_RGB */) return NULL;
        colors = read_dword(bits + 32);
        if (bpp <= 8 && (!colors || colors > (1u << bpp))) colors = 1u << bpp;
        if (bpp > 8) colors = 0;
        entry = 4;
    }
    if (width <= 0 || height <= 1 || width > 4096 || height > 8192) return NULL;
    if (bpp != 1 && bpp != 4 && bpp != 8 && bpp != 16 && bpp != 24 && bpp != 32) return NULL;
    height /= 2;
    xor_stride = ((DWORD)width * bpp + 31) / 32 * 4;
    and_stride = ((DWORD)width + 31) / 32 * 4;
    table = bits + hsize;
    xor = table + colors * entry;
    and = xor + xor_stride * height;
    if ((DWORD)(and - bits) > size) return NULL;
    /* some icons omit the AND mask: then nothing is transparent */
    if ((DWORD)(and - bits) + and_stride * height > size) and = NULL;
    if (bpp == 1) {
        const BYTE *c0 = table, *c1 = table + entry;
        BOOL black0 = !c0[0] && !c0[1] && !c0[2], white0 = c0[0] == 0xff && c0[1] == 0xff && c0[2] == 0xff;
        BOOL black1 = !c1[0] && !c1[1] && !c1[2], white1 = c1[0] == 0xff && c1[1] == 0xff && c1[2] == 0xff;
        mono = (black0 && white1) || (white0 && black1);
    }
    if (!(ci = cursoricon_alloc(width, height, mono))) return NULL;
    ci->is_icon = is_icon;
    ci->bpp = bpp;
    ci->hotspot = is_icon ? (POINT){ width / 2, height / 2 } : hotspot;
    for (y = 0; y < height; y++) {
        const BYTE *xrow = xor + (size_t)(height - 1 - y) * xor_stride;
        const BYTE *arow = and ? and + (size_t)(height - 1 - y) * and_stride : NULL;
        for (x = 0; x < width; x++) {
            DWORD pixel, index = 0;
            if (arow) set_mask_bit(ci, x, y, (arow[x / 8] >> (7 - x % 8)) & 1);
            switch (bpp) {
            case 1: index = (xrow[x / 8] >> (7 - x % 8)) & 1; break;
            case 4: index = (xrow[x / 2] >> (x % 2 ? 0 : 4)) & 0xf; break;
            case 8: index = xrow[x]; break;
            }
            if (mono) {
                /* the XOR half: set where the table gives white */
                const BYTE *c = table + index * entry;
                set_mask_bit(ci, x, height + y, c[0] == 0xff);
                continue;
            }
            if (bpp <= 8) {
                const BYTE *c = table + (index < colors ? index : 0) * entry;
                pixel = c[0] | c[1] << 8 | c[2] << 16;
            } else if (bpp == 16) {
                WORD v = read_word(xrow + x * 2);   /* 5-5-5 */
                pixel = ((v & 0x1f) * 255 / 31) | ((v >> 5 & 0x1f) * 255 / 31) << 8 | ((v >> 10 & 0x1f) * 255 / 31) << 16;
            } else if (bpp == 24) {
                pixel = xrow[x * 3] | xrow[x * 3 + 1] << 8 | xrow[x * 3 + 2] << 16;
            } else {
                pixel = read_dword(xrow + x * 4);
                if (pixel >> 24) ci->alpha = TRUE;
            }
            ci->color[(size_t)y * width + x] = pixel;
        }
    }
    if ((cx && cx != width) || (cy && cy != height)) {
        scaled = cursoricon_scaled(ci, cx, cy);
        cursoricon_free(ci);
        ci = scaled;
    }
    return ci;
}

WINUSERAPI HICON WINAPI CreateIconFromResourceEx(BYTE *bits, DWORD size, BOOL is_icon, DWORD version,
                                                 INT cx, INT cy, UINT flags)
{
    struct cursoricon *ci;

    (void)version;
    if (flags & LR_DEFAULTSIZE) {
        if (!cx) cx = GetSystemMetrics(is_icon ? SM_CXICON : SM_CXCURSOR);
        if (!cy) cy = GetSystemMetrics(is_icon ? SM_CYICON : SM_CYCURSOR);
    }
    if (!(ci = cursoricon_from_resource(bits, size, is_icon, cx, cy))) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return NULL;
    }
    return cursoricon_handle(ci);
}

WINUSERAPI HICON WINAPI CreateIconFromResource(BYTE *bits, DWORD size, BOOL is_icon, DWORD version)
{
    return CreateIconFromResourceEx(bits, size, is_icon, version, 0, 0, LR_DEFAULTSIZE | LR_SHARED);
}

/* ---- picking an entry from a group directory ---- */

/* entry I of a RT_GROUP_ICON/RT_GROUP_CURSOR directory */
static BOOL dir_entry(const BYTE *dir, int i, BOOL is_icon, int *cx, int *cy, int *bpp, WORD *id)
{
    const BYTE *e = dir + 6 + 14 * i;
    if (i >= read_word(dir + 4)) return FALSE;
    if (is_icon) {
        *cx = e[0] ? e[0] : 256;
        *cy = e[1] ? e[1] : 256;
    } else {
        *cx = read_word(e);
        *cy = read_word(e + 2) / 2;   /* cursor entries count both halves */
    }
    *bpp = read_word(e + 6);
    *id = read_word(e + 12);
    return TRUE;
}

WINUSERAPI INT WINAPI LookupIconIdFromDirectoryEx(BYTE *dir, BOOL is_icon, INT width, INT height, UINT flags)
{
    int i, cx, cy, bpp, depth = (flags & LR_MONOCHROME) ? 1 : 32, best = -1, best_cx = 0, best_cy = 0;
    unsigned int best_diff = ~0u, diff, best_color = ~0u, dx = 0, dy = 0;
    WORD id, best_id = 0;

    /* the directory's type is not checked (as Wine does not) */
    if (!dir) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return 0;
    }
    /* no size means the default one, with or without LR_DEFAULTSIZE (as Wine does) */
    if (!width) width = GetSystemMetrics(is_icon ? SM_CXICON : SM_CXCURSOR);
    if (!height) height = GetSystemMetrics(is_icon ? SM_CYICON : SM_CYCURSOR);
    if (!is_icon) {
        /* cursors: the largest not larger than asked for, else the smallest */
        for (i = 0; dir_entry(dir, i, FALSE, &cx, &cy, &bpp, &id); i++)
            if (cx <= width && cy <= height && cx > best_cx && cy > best_cy) {
                best = i; best_id = id; best_cx = cx; best_cy = cy;
            }
        if (best >= 0) return best_id;
        for (i = 0; dir_entry(dir, i, FALSE, &cx, &cy, &bpp, &id); i++)
            if (best < 0 || (cx < best_cx && cy < best_cy)) {
                best = i; best_id = id; best_cx = cx; best_cy = cy;
            }
        return best_id;
    }
    /* icons: the size closest to the one asked for (sum of both
     * differences), then among the entries that far off in each
     * direction the depth closest to the screen's (the first of equals) */
    for (i = 0; dir_entry(dir, i, TRUE, &cx, &cy, &bpp, &id); i++) {
        diff = abs(width - cx) + abs(height - cy);
        if (diff < best_diff) {
            best_diff = diff;
            dx = abs(width - cx);
            dy = abs(height - cy);
        }
    }
    for (i = 0; dir_entry(dir, i, TRUE, &cx, &cy, &bpp, &id); i++) {
        if ((unsigned int)abs(width - cx) != dx || (unsigned int)abs(height - cy) != dy) continue;
        if ((unsigned int)abs(depth - bpp) < best_color) {
            best_color = abs(depth - bpp);
            best = i;
            best_id = id;
        }
    }
    return best < 0 ? 0 : best_id;
}

WINUSERAPI INT WINAPI LookupIconIdFromDirectory(BYTE *dir, BOOL is_icon)
{
    return LookupIconIdFromDirectoryEx(dir, is_icon, 0, 0, is_icon ? LR_DEFAULTSIZE : 0);
}

/* ---- from and to GDI bitmaps ---- */

static void header_init(BITMAPINFO *info, int width, int height, int bpp)
{
    memset(&info->bmiHeader, 0, sizeof(info->bmiHeader));
    info->bmiHeader.biSize = sizeof(info->bmiHeader);
    info->bmiHeader.biWidth = width;
    info->bmiHeader.biHeight = -height;   /* top-down */
    info->bmiHeader.biPlanes = 1;
    info->bmiHeader.biBitCount = bpp;
}

/* a 1 bpp info with a black/white table */
struct mono_info { BITMAPINFOHEADER h; RGBQUAD colors[2]; };

static void mono_init(struct mono_info *info, int width, int height)
{
    header_init((BITMAPINFO *)info, width, height, 1);
    memset(info->colors, 0, sizeof(info->colors));
    info->colors[1].rgbRed = info->colors[1].rgbGreen = info->colors[1].rgbBlue = 0xff;
}

/* the mask rows in DIB layout (DWORD-aligned) */
static BYTE *mask_dib_rows(const struct cursoricon *ci, int rows)
{
    int stride = (ci->width + 31) / 32 * 4, y;
    BYTE *out = calloc((size_t)stride, rows);
    if (out)
        for (y = 0; y < rows; y++) memcpy(out + (size_t)y * stride, ci->mask + (size_t)y * ci->mask_stride, ci->mask_stride);
    return out;
}

WINUSERAPI HICON WINAPI CreateIconIndirect(PICONINFO info)
{
    const struct user_gdi *gdi = user_gdi();
    struct cursoricon *ci = NULL;
    BITMAP mask_bm, color_bm;
    struct mono_info mi;
    BITMAPINFO ci_info;
    int width, height, stride, y;
    BYTE *rows = NULL;
    HDC dc;

    if (!info || !info->hbmMask || !gdi) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return NULL;
    }
    if (!gdi->get_object(info->hbmMask, sizeof(mask_bm), &mask_bm)) return NULL;
    if (info->hbmColor && !gdi->get_object(info->hbmColor, sizeof(color_bm), &color_bm)) return NULL;
    width = info->hbmColor ? color_bm.bmWidth : mask_bm.bmWidth;
    height = info->hbmColor ? color_bm.bmHeight : mask_bm.bmHeight / 2;
    if (!(dc = gdi->create_compatible_dc(NULL))) return NULL;
    if (!(ci = cursoricon_alloc(width, height, !info->hbmColor))) goto done;
    ci->is_icon = info->fIcon;
    ci->hotspot = info->fIcon ? (POINT){ width / 2, height / 2 } : (POINT){ (LONG)info->xHotspot, (LONG)info->yHotspot };
    if (info->hbmColor) {
        ci->bpp = color_bm.bmBitsPixel;
        header_init(&ci_info, width, height, 32);
        if (!gdi->get_di_bits(dc, info->hbmColor, 0, height, ci->color, &ci_info, DIB_RGB_COLORS)) goto fail;
        if (color_bm.bmBitsPixel == 32)
            for (y = 0; y < width * height; y++) if (ci->color[y] >> 24) ci->alpha = TRUE;
        if (!ci->alpha) for (y = 0; y < width * height; y++) ci->color[y] &= 0xffffff;
    }
    /* the mask, read as many rows as this icon keeps */
    {
        int rows_n = info->hbmColor ? height : height * 2;
        if (mask_bm.bmHeight < rows_n) rows_n = mask_bm.bmHeight;
        stride = (width + 31) / 32 * 4;
        mono_init(&mi, mask_bm.bmWidth, rows_n);
        if (!(rows = calloc((size_t)((mask_bm.bmWidth + 31) / 32 * 4), rows_n))) goto fail;
        if (!gdi->get_di_bits(dc, info->hbmMask, 0, rows_n, rows, (BITMAPINFO *)&mi, DIB_RGB_COLORS)) goto fail;
        stride = (mask_bm.bmWidth + 31) / 32 * 4;
        for (y = 0; y < rows_n; y++)
            memcpy(ci->mask + (size_t)y * ci->mask_stride, rows + (size_t)y * stride,
                   ci->mask_stride < stride ? ci->mask_stride : stride);
    }
    goto done;
fail:
    cursoricon_free(ci);
    ci = NULL;
done:
    free(rows);
    gdi->delete_dc(dc);
    return cursoricon_handle(ci);
}

WINUSERAPI HICON WINAPI CreateIcon(HINSTANCE instance, INT width, INT height, BYTE planes, BYTE bpp,
                                   const BYTE *and_bits, const BYTE *xor_bits)
{
    const struct user_gdi *gdi = user_gdi();
    ICONINFO info = { TRUE, 0, 0, NULL, NULL };
    HICON icon;

    (void)instance;
    if (!gdi) return NULL;
    if (planes == 1 && bpp == 1) {
        /* monochrome: the AND rows then the XOR rows in one bitmap */
        int stride = (width + 15) / 16 * 2;
        BYTE *both = malloc((size_t)stride * height * 2);
        if (!both) return NULL;
        memcpy(both, and_bits, (size_t)stride * height);
        memcpy(both + (size_t)stride * height, xor_bits, (size_t)stride * height);
        info.hbmMask = gdi->create_bitmap(width, height * 2, 1, 1, both);
        free(both);
    } else {
        info.hbmMask = gdi->create_bitmap(width, height, 1, 1, and_bits);
        info.hbmColor = gdi->create_bitmap(width, height, planes, bpp, xor_bits);
    }
    icon = CreateIconIndirect(&info);
    if (info.hbmMask) gdi->delete_object(info.hbmMask);
    if (info.hbmColor) gdi->delete_object(info.hbmColor);
    return icon;
}

static BOOL destroy(HICON handle)
{
    struct cursoricon *ci;
    BOOL ret = FALSE;

    user_lock();
    if ((ci = user_obj_get(handle, USER_OBJ_ICON))) {
        /* a shared icon stays until the process ends; the call still succeeds */
        ret = TRUE;
        if (!ci->shared) {
            user_obj_free(handle);
            cursoricon_free(ci);
        }
    }
    user_unlock();
    if (!ret) SetLastError(ERROR_INVALID_CURSOR_HANDLE);
    return ret;
}

WINUSERAPI BOOL WINAPI DestroyIcon(HICON icon) { return destroy(icon); }
WINUSERAPI BOOL WINAPI DestroyCursor(HCURSOR cursor) { return destroy(cursor); }

WINUSERAPI HICON WINAPI CopyIcon(HICON icon)
{
    struct cursoricon *ci = copy_of(icon);
    if (ci) ci->shared = FALSE;
    return cursoricon_handle(ci);
}

/* The icon's bitmaps as GetIconInfo gives them: a 1 bpp mask (twice as
 * high for monochrome icons) and a display-format (32 bpp) colour bitmap. */
static BOOL make_bitmaps(const struct cursoricon *ci, HBITMAP *mask, HBITMAP *color)
{
    const struct user_gdi *gdi = user_gdi();
    int rows = ci->color ? ci->height : ci->height * 2, y;
    DWORD *pixels;

    *mask = *color = NULL;
    if (!gdi || !(*mask = gdi->create_bitmap(ci->width, rows, 1, 1, ci->mask))) return FALSE;
    if (!ci->color) return TRUE;
    if (!(pixels = malloc((size_t)ci->width * ci->height * 4))) goto fail;
    for (y = 0; y < ci->width * ci->height; y++) pixels[y] = ci->alpha ? ci->color[y] : ci->color[y] & 0xffffff;
    *color = gdi->create_bitmap(ci->width, ci->height, 1, 32, pixels);
    free(pixels);
    if (*color) return TRUE;
fail:
    gdi->delete_object(*mask);
    *mask = NULL;
    return FALSE;
}

WINUSERAPI BOOL WINAPI GetIconInfo(HICON icon, PICONINFO info)
{
    struct cursoricon *ci;
    BOOL ret;

    if (!info) return FALSE;
    if (!(ci = copy_of(icon))) return FALSE;
    info->fIcon = ci->is_icon;
    info->xHotspot = ci->hotspot.x;
    info->yHotspot = ci->hotspot.y;
    ret = make_bitmaps(ci, &info->hbmMask, &info->hbmColor);
    cursoricon_free(ci);
    return ret;
}

WINUSERAPI BOOL WINAPI GetIconInfoExW(HICON icon, ICONINFOEXW *info)
{
    struct cursoricon *ci;
    BOOL ret;

    if (!info || info->cbSize != sizeof(*info)) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return FALSE;
    }
    if (!(ci = copy_of(icon))) return FALSE;
    info->fIcon = ci->is_icon;
    info->xHotspot = ci->hotspot.x;
    info->yHotspot = ci->hotspot.y;
    info->wResID = ci->res_id;
    info->szModName[0] = info->szResName[0] = 0;
    ret = make_bitmaps(ci, &info->hbmMask, &info->hbmColor);
    cursoricon_free(ci);
    return ret;
}

WINUSERAPI BOOL WINAPI GetIconInfoExA(HICON icon, ICONINFOEXA *info)
{
    ICONINFOEXW w;

    if (!info || info->cbSize != sizeof(*info)) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return FALSE;
    }
    w.cbSize = sizeof(w);
    if (!GetIconInfoExW(icon, &w)) return FALSE;
    info->fIcon = w.fIcon;
    info->xHotspot = w.xHotspot;
    info->yHotspot = w.yHotspot;
    info->hbmMask = w.hbmMask;
    info->hbmColor = w.hbmColor;
    info->wResID = w.wResID;
    info->szModName[0] = info->szResName[0] = 0;
    return TRUE;
}

/* ---- drawing ---- */

/* A DIB section in a memory DC holding ROWS rows of the mask (black/white
 * table) or the colour image (32 bpp, premultiplied when PREMULTIPLY). */
static HDC image_dc(const struct user_gdi *gdi, const struct cursoricon *ci, BOOL mask, BOOL premultiply,
                    HBITMAP *bitmap)
{
    struct mono_info mi;
    void *bits;
    HDC dc;
    int y;

    if (!(dc = gdi->create_compatible_dc(NULL))) return NULL;
    if (mask) {
        int rows = ci->color ? ci->height : ci->height * 2, stride = (ci->width + 31) / 32 * 4;
        BYTE *src = mask_dib_rows(ci, rows);
        mono_init(&mi, ci->width, rows);
        *bitmap = src ? gdi->create_dib_section(dc, (BITMAPINFO *)&mi, DIB_RGB_COLORS, &bits, NULL, 0) : NULL;
        if (*bitmap) memcpy(bits, src, (size_t)stride * rows);
        free(src);
    } else {
        BITMAPINFO info;
        header_init(&info, ci->width, ci->height, 32);
        if ((*bitmap = gdi->create_dib_section(dc, &info, DIB_RGB_COLORS, &bits, NULL, 0))) {
            DWORD *out = bits;
            for (y = 0; y < ci->width * ci->height; y++) {
                DWORD p = ci->color[y], a = p >> 24;
                if (!premultiply) out[y] = ci->alpha ? p : p & 0xffffff;
                else out[y] = a << 24 | ((p >> 16 & 0xff) * a + 127) / 255 << 16 |
                              ((p >> 8 & 0xff) * a + 127) / 255 << 8 | ((p & 0xff) * a + 127) / 255;
            }
        }
    }
    if (!*bitmap) {
        gdi->delete_dc(dc);
        return NULL;
    }
    gdi->select_object(dc, *bitmap);
    return dc;
}

WINUSERAPI BOOL WINAPI DrawIconEx(HDC hdc, INT x, INT y, HICON icon, INT cx, INT cy, UINT step,
                                  HBRUSH brush, UINT flags)
{
    const struct user_gdi *gdi = user_gdi();
    struct cursoricon *ci;
    HBITMAP bitmap;
    HDC mem;
    BOOL ret = TRUE;

    (void)step; (void)brush;   /* animated cursors and flicker-free drawing: not supported */
    if (!gdi || !(ci = copy_of(icon))) return FALSE;
    if (!(flags & DI_NORMAL)) flags |= DI_NORMAL;
    if (!cx) cx = (flags & DI_DEFAULTSIZE) ? GetSystemMetrics(ci->is_icon ? SM_CXICON : SM_CXCURSOR) : ci->width;
    if (!cy) cy = (flags & DI_DEFAULTSIZE) ? GetSystemMetrics(ci->is_icon ? SM_CYICON : SM_CYCURSOR) : ci->height;
    /* an icon with alpha is blended whenever its image is drawn: its mask is not used */
    if ((flags & DI_MASK) && !(ci->alpha && (flags & DI_IMAGE))) {
        if ((mem = image_dc(gdi, ci, TRUE, FALSE, &bitmap))) {
            ret = gdi->stretch_blt(hdc, x, y, cx, cy, mem, 0, 0, ci->width, ci->height,
                                   (flags & DI_IMAGE) ? SRCAND : SRCCOPY);
            gdi->delete_dc(mem);
            gdi->delete_object(bitmap);
        } else ret = FALSE;
    }
    if (ret && (flags & DI_IMAGE)) {
        DWORD rop = (flags & DI_MASK) ? SRCINVERT : SRCCOPY;
        if (!ci->color) {
            /* monochrome: the lower half of the mask bitmap is the image */
            if ((mem = image_dc(gdi, ci, TRUE, FALSE, &bitmap))) {
                ret = gdi->stretch_blt(hdc, x, y, cx, cy, mem, 0, ci->height, ci->width, ci->height, rop);
                gdi->delete_dc(mem);
                gdi->delete_object(bitmap);
            } else ret = FALSE;
        } else if (ci->alpha) {
            /* AC_SRC_OVER, no constant alpha, AC_SRC_ALPHA */
            if ((mem = image_dc(gdi, ci, FALSE, TRUE, &bitmap))) {
                ret = gdi->alpha_blend(hdc, x, y, cx, cy, mem, 0, 0, ci->width, ci->height, 0x01ff0000);
                gdi->delete_dc(mem);
                gdi->delete_object(bitmap);
            } else ret = FALSE;
        } else if ((mem = image_dc(gdi, ci, FALSE, FALSE, &bitmap))) {
            ret = gdi->stretch_blt(hdc, x, y, cx, cy, mem, 0, 0, ci->width, ci->height, rop);
            gdi->delete_dc(mem);
            gdi->delete_object(bitmap);
        } else ret = FALSE;
    }
    cursoricon_free(ci);
    return ret;
}

WINUSERAPI BOOL WINAPI DrawIcon(HDC hdc, INT x, INT y, HICON icon)
{
    return DrawIconEx(hdc, x, y, icon, 0, 0, 0, NULL, DI_NORMAL | DI_COMPAT | DI_DEFAULTSIZE);
}

/* ---- the cursor ---- */

/* The cursor is the process's: winrun has one input context per process
 * (the display driver's), so every thread sees the same cursor, position
 * and clip rectangle, as threads attached by AttachThreadInput do. */
static HCURSOR current_cursor;
static int show_count;
static POINT cursor_pos;
static RECT clip_rect;
static BOOL clipped;
static HWND cursor_window;   /* the top-level the pointer was last over */
static HWND shown_window;    /* where the display last got an image, and which */
static HCURSOR shown_cursor;

/* The image as the display driver takes it: ARGB with straight alpha. A
 * pixel the AND mask makes transparent is transparent; one that it would
 * invert is drawn black, which a display cursor cannot do otherwise. */
static DWORD *driver_argb(const struct cursoricon *ci)
{
    DWORD *out = malloc((size_t)ci->width * ci->height * sizeof(DWORD));
    int x, y;

    if (!out) return NULL;
    for (y = 0; y < ci->height; y++)
        for (x = 0; x < ci->width; x++) {
            DWORD *o = &out[y * ci->width + x];
            BOOL and = mask_bit(ci, x, y);
            if (ci->alpha) *o = ci->color[y * ci->width + x];
            else if (!ci->color) {
                BOOL xor = mask_bit(ci, x, ci->height + y);
                *o = and ? (xor ? 0xff000000 : 0) : (xor ? 0xffffffff : 0xff000000);
            } else *o = and ? (ci->color[y * ci->width + x] & 0xffffff ? 0xff000000 : 0)
                            : 0xff000000 | ci->color[y * ci->width + x];
        }
    return out;
}

/* The driver window of HWND's top-level when the calling thread owns it
 * (driver calls are made from the owning thread, driver.h). */
static struct driver_window *own_driver_window(HWND hwnd)
{
    struct user_window *win;
    struct driver_window *drv = NULL;

    user_lock();
    if ((win = window_get(hwnd)) && win->tid == GetCurrentThreadId()) drv = win->driver;
    user_unlock();
    return drv;
}

static void show_cursor_on(HWND top, HCURSOR cursor)
{
    const struct user_driver *driver = user_driver();
    struct driver_window *drv;
    struct cursoricon *ci;
    DWORD *argb;

    if (!driver->set_cursor || !top || !(drv = own_driver_window(top))) return;
    user_lock();
    shown_window = top;
    shown_cursor = cursor;
    user_unlock();
    if (!cursor || !(ci = copy_of(cursor))) {
        driver->set_cursor(drv, NULL, 0, 0, 0, 0);
        return;
    }
    if ((argb = driver_argb(ci))) driver->set_cursor(drv, argb, ci->width, ci->height, ci->hotspot.x, ci->hotspot.y);
    free(argb);
    cursoricon_free(ci);
}

/* the window's icon on the display: WM_SETICON's, else the class's */
void cursoricon_update_window_icon(HWND hwnd)
{
    const struct user_driver *driver = user_driver();
    struct driver_window *drv;
    struct user_window *win;
    struct cursoricon *ci;
    HICON icon = NULL;
    DWORD *argb;

    if (!driver->set_icon || !(drv = own_driver_window(hwnd))) return;
    user_lock();
    if ((win = window_get(hwnd))) icon = win->icon ? win->icon : win->cls->icon;
    user_unlock();
    if (!icon || !(ci = copy_of(icon))) return;
    if ((argb = driver_argb(ci))) driver->set_icon(drv, argb, ci->width, ci->height);
    free(argb);
    cursoricon_free(ci);
}

static void clamp(POINT *pt)
{
    RECT r = clip_rect;
    if (!clipped) SetRect(&r, 0, 0, GetSystemMetrics(0 /* SM_CXSCREEN */), GetSystemMetrics(1 /* SM_CYSCREEN */));
    if (pt->x < r.left) pt->x = r.left;
    if (pt->x >= r.right) pt->x = r.right - 1;
    if (pt->y < r.top) pt->y = r.top;
    if (pt->y >= r.bottom) pt->y = r.bottom - 1;
}

WINUSERAPI HCURSOR WINAPI SetCursor(HCURSOR cursor)
{
    HCURSOR old;
    HWND top;
    BOOL changed;
    user_lock();
    old = current_cursor;
    current_cursor = cursor;
    top = cursor_window;
    changed = top != shown_window || cursor != shown_cursor;
    user_unlock();
    /* X cursors belong to windows: a top-level newly under the pointer needs the image too */
    if (changed) show_cursor_on(top, cursor);
    return old;
}

WINUSERAPI HCURSOR WINAPI GetCursor(void)
{
    HCURSOR ret;
    user_lock();
    ret = current_cursor;
    user_unlock();
    return ret;
}

/* The display driver when one is loaded: the pointer calls of a program
 * without windows must not load the display. */
static const struct user_driver *pointer_driver(void)
{
    return user_driver_if_loaded();
}

/* The display hides the pointer over the program's windows while the
 * count is below 0 (a count changed before the first window is not
 * passed on). */
WINUSERAPI INT WINAPI ShowCursor(BOOL show)
{
    const struct user_driver *driver = pointer_driver();
    INT ret;
    user_lock();
    ret = show ? ++show_count : --show_count;
    user_unlock();
    if (driver && driver->show_cursor && ret == (show ? 0 : -1)) driver->show_cursor(show);
    return ret;
}

/* the display driver's pointer, at screen X,Y over top-level TOP (driver.c) */
void cursor_moved(HWND top, int x, int y)
{
    user_lock();
    cursor_pos.x = x;
    cursor_pos.y = y;
    cursor_window = top;
    user_unlock();
}

/* The display's pointer where there is one (kept inside ClipCursor's
 * rectangle: the X pointer is not confined, see SetCursorPos), else the
 * last position known. */
WINUSERAPI BOOL WINAPI GetCursorPos(POINT *pt)
{
    const struct user_driver *driver = pointer_driver();
    POINT display;
    BOOL have;

    if (!pt) return FALSE;
    have = driver && driver->get_cursor_pos && driver->get_cursor_pos(&display);
    user_lock();
    if (have) {
        if (clipped) clamp(&display);
        cursor_pos = display;
    }
    *pt = cursor_pos;
    user_unlock();
    return TRUE;
}

WINUSERAPI BOOL WINAPI GetPhysicalCursorPos(POINT *pt)
{
    return GetCursorPos(pt);
}

/* The point, kept in the screen and in ClipCursor's rectangle, becomes
 * the display's pointer position (an X warp: the window under it gets
 * WM_MOUSEMOVE). ClipCursor does not grab the X pointer (a grab would
 * take the whole desktop's pointer from the user while the program
 * runs): the rectangle clamps SetCursorPos and GetCursorPos, and the
 * pointer is moved into it when ClipCursor is called. */
WINUSERAPI BOOL WINAPI SetCursorPos(INT x, INT y)
{
    const struct user_driver *driver = pointer_driver();
    POINT pt = { x, y };
    user_lock();
    clamp(&pt);
    cursor_pos = pt;
    user_unlock();
    if (driver && driver->set_cursor_pos) driver->set_cursor_pos(pt.x, pt.y);
    return TRUE;
}

WINUSERAPI BOOL WINAPI ClipCursor(const RECT *rect)
{
    const struct user_driver *driver = pointer_driver();
    RECT screen;
    POINT pt, before;
    BOOL moved = FALSE;

    SetRect(&screen, 0, 0, GetSystemMetrics(0), GetSystemMetrics(1));
    GetCursorPos(&before);
    user_lock();
    clipped = rect && IntersectRect(&clip_rect, rect, &screen);
    if (clipped) {
        pt = before;
        clamp(&pt);
        moved = pt.x != before.x || pt.y != before.y;
        cursor_pos = pt;
    }
    user_unlock();
    if (moved && driver && driver->set_cursor_pos) driver->set_cursor_pos(pt.x, pt.y);
    return TRUE;
}

WINUSERAPI BOOL WINAPI GetClipCursor(RECT *rect)
{
    if (!rect) return FALSE;
    user_lock();
    if (clipped) *rect = clip_rect;
    else SetRect(rect, 0, 0, GetSystemMetrics(0), GetSystemMetrics(1));
    user_unlock();
    return TRUE;
}

WINUSERAPI BOOL WINAPI GetCursorInfo(CURSORINFO *info)
{
    if (!info) return FALSE;
    user_lock();
    info->flags = show_count >= 0 ? CURSOR_SHOWING : 0;
    info->hCursor = current_cursor;
    info->ptScreenPos = cursor_pos;
    user_unlock();
    return TRUE;
}

/* ---- DefWindowProc's defaults (defwnd.c) ---- */

/* WM_SETCURSOR once the parent has declined: the class cursor over the
 * client area, the sizing arrows over the borders, else the arrow. The
 * result is 0 even when a cursor was set, as under Wine. */
LRESULT cursoricon_def_setcursor(HWND hwnd, LPARAM lp)
{
    LPCWSTR id;
    HCURSOR cursor;

    switch ((short)LOWORD(lp)) {
    case HTCLIENT:
        if ((cursor = (HCURSOR)GetClassLongPtrW(hwnd, GCLP_HCURSOR))) SetCursor(cursor);
        return FALSE;
    case 10: case 11: id = IDC_SIZEWE; break;      /* HTLEFT, HTRIGHT */
    case 12: case 15: id = IDC_SIZENS; break;      /* HTTOP, HTBOTTOM */
    case 13: case 17: id = IDC_SIZENWSE; break;    /* HTTOPLEFT, HTBOTTOMRIGHT */
    case 14: case 16: id = IDC_SIZENESW; break;    /* HTTOPRIGHT, HTBOTTOMLEFT */
    default: id = IDC_ARROW; break;
    }
    SetCursor(LoadCursorW(NULL, id));
    return FALSE;
}

/* WM_SETICON and WM_GETICON: the window's own big and small icons */
LRESULT cursoricon_def_icon(HWND hwnd, UINT msg, WPARAM type, LPARAM icon)
{
    struct user_window *win;
    LRESULT ret = 0;

    user_lock();
    if ((win = window_get(hwnd))) {
        HICON *slot = type == ICON_BIG ? &win->icon : &win->icon_small;
        ret = (LRESULT)*slot;
        if (msg == WM_SETICON && type <= ICON_BIG) *slot = (HICON)icon;
        else if (msg == WM_GETICON && type == ICON_SMALL2 && !ret)
            ret = (LRESULT)(win->cls->icon_small ? win->cls->icon_small : win->icon);
    } else msg = 0;   /* nothing to show */
    user_unlock();
    if (msg == WM_SETICON && type == ICON_BIG) cursoricon_update_window_icon(hwnd);
    return ret;
}
