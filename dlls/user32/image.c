/*
 * Loading images: LoadImage (IMAGE_BITMAP, IMAGE_ICON, IMAGE_CURSOR from a
 * module's resources or, with LR_LOADFROMFILE, from .bmp/.ico/.cur
 * files), LoadIcon, LoadCursor, LoadBitmap and CopyImage. A NULL module
 * means the system images (IDI_*, IDC_*), drawn in code (sysimage.c).
 *
 * LR_SHARED: the first load of a (module, type, name) is kept and every
 * later load returns the same handle, whatever size it asks for;
 * DestroyIcon leaves such an icon alone. LoadIcon and LoadCursor load
 * shared images at the default size.
 */
#include <stdlib.h>
#include <string.h>
#include "cursoricon.h"
#include "gdiload.h"

WINUSERAPI INT WINAPI GetSystemMetrics(INT);
WINBASEAPI DWORD WINAPI GetFileSize(HANDLE, DWORD *);
WINUSERAPI HANDLE WINAPI CopyImage(HANDLE, UINT, INT, INT, UINT);
WINUSERAPI INT WINAPI LookupIconIdFromDirectoryEx(BYTE *, BOOL, INT, INT, UINT);
#ifndef GENERIC_READ
#define GENERIC_READ    0x80000000
#define FILE_SHARE_READ 0x1
#endif

#define SM_CXICON 11
#define SM_CXCURSOR 13
#define SRCCOPY 0x00CC0020
#define MAX_FILE (16 * 1024 * 1024)

/* ---- the LR_SHARED cache ---- */

struct shared {
    struct shared *next;
    HMODULE module;
    UINT type;
    ULONG_PTR id;          /* an ordinal, or 0 with NAME */
    WCHAR *name;
    HANDLE handle;
};
static struct shared *shared_list;   /* under the user lock; entries live as long as the process */

static HANDLE shared_find(HMODULE module, UINT type, LPCWSTR name)
{
    struct shared *s;
    HANDLE ret = NULL;

    user_lock();
    for (s = shared_list; s && !ret; s = s->next) {
        if (s->module != module || s->type != type) continue;
        if (IS_INTRESOURCE(name) ? s->id == (ULONG_PTR)name : (s->name && !wcs_icmp(s->name, name)))
            ret = s->handle;
    }
    user_unlock();
    return ret;
}

/* Keeps HANDLE as the shared image for (module, type, name), unless another
 * thread got there first: then HANDLE is destroyed and that one returned. */
static HANDLE shared_add(HMODULE module, UINT type, LPCWSTR name, HANDLE handle)
{
    struct shared *s = calloc(1, sizeof(*s));
    struct cursoricon *ci;
    HANDLE other;

    if (!s) return handle;
    if ((other = shared_find(module, type, name))) {
        free(s);
        DestroyIcon(handle);
        return other;
    }
    s->module = module;
    s->type = type;
    if (IS_INTRESOURCE(name)) s->id = (ULONG_PTR)name;
    else if (!(s->name = wcs_dup(name))) {
        free(s);
        return handle;
    }
    s->handle = handle;
    user_lock();
    if ((ci = user_obj_get(handle, USER_OBJ_ICON))) ci->shared = TRUE;
    s->next = shared_list;
    shared_list = s;
    user_unlock();
    return handle;
}

/* ---- files ---- */

static BYTE *read_file(LPCWSTR path, DWORD *size)
{
    HANDLE file = CreateFileW(path, GENERIC_READ, FILE_SHARE_READ, NULL, OPEN_EXISTING, 0, NULL);
    BYTE *data = NULL;
    DWORD got;

    if (file == INVALID_HANDLE_VALUE) return NULL;
    *size = GetFileSize(file, NULL);
    if (*size && *size <= MAX_FILE && (data = malloc(*size)) &&
        (!ReadFile(file, data, *size, &got, NULL) || got != *size)) {
        free(data);
        data = NULL;
    }
    CloseHandle(file);
    if (!data) SetLastError(ERROR_FILE_NOT_FOUND);
    return data;
}

static DWORD rd32(const BYTE *p) { return p[0] | p[1] << 8 | p[2] << 16 | (DWORD)p[3] << 24; }
static WORD rd16(const BYTE *p) { return p[0] | p[1] << 8; }

/* An .ico or .cur file: its directory is turned into a resource group
 * directory (entry numbers as ids) to pick an entry the way resources are
 * picked; a cursor's hotspot comes from the file's directory entry. */
static struct cursoricon *from_ico_file(const BYTE *data, DWORD size, BOOL is_icon, int cx, int cy, UINT flags)
{
    int count, i, id;
    BYTE *dir, *img;
    DWORD offset, len;
    struct cursoricon *ci = NULL;

    if (size < 6 || rd16(data) || rd16(data + 2) != (is_icon ? 1 : 2)) return NULL;
    count = rd16(data + 4);
    if (!count || 6 + 16 * (DWORD)count > size) return NULL;
    if (!(dir = calloc(1, 6 + 14 * count))) return NULL;
    memcpy(dir, data, 6);
    for (i = 0; i < count; i++) {
        const BYTE *e = data + 6 + 16 * i;
        BYTE *g = dir + 6 + 14 * i;
        if (is_icon) {
            memcpy(g, e, 4);                             /* width, height, colours, reserved */
            g[4] = 1;                                    /* planes */
            memcpy(g + 6, e + 6, 2);                     /* bit count */
        } else {
            /* cursor group entries: WORD width, WORD height of both halves (0 in a file means 256) */
            unsigned int w = e[0] ? e[0] : 256, h = (e[1] ? e[1] : 256) * 2;
            g[0] = w; g[1] = w >> 8;
            g[2] = h; g[3] = h >> 8;
            g[4] = 1;
            g[6] = 1;
        }
        memcpy(g + 8, e + 8, 4);                         /* bytes */
        g[12] = (BYTE)(i + 1);
        g[13] = (BYTE)((i + 1) >> 8);
    }
    id = LookupIconIdFromDirectoryEx(dir, is_icon, cx, cy, flags);
    free(dir);
    if (!id) return NULL;
    {
        const BYTE *e = data + 6 + 16 * (id - 1);
        offset = rd32(e + 12);
        len = rd32(e + 8);
        if (offset > size || len > size - offset) return NULL;
        if (is_icon) return cursoricon_from_resource(data + offset, len, TRUE, cx, cy);
        if (!(img = malloc(len + 4))) return NULL;
        memcpy(img, e + 4, 4);                           /* hotspot x, y */
        memcpy(img + 4, data + offset, len);
        ci = cursoricon_from_resource(img, len + 4, FALSE, cx, cy);
        free(img);
    }
    return ci;
}

/* ---- bitmaps ---- */

static BOOL is_mono_dib(const BITMAPINFO *info)
{
    const RGBQUAD *c = info->bmiColors;
    if (info->bmiHeader.biBitCount != 1) return FALSE;
    return (!c[0].rgbRed && !c[0].rgbGreen && !c[0].rgbBlue && c[1].rgbRed == 0xff && c[1].rgbGreen == 0xff &&
            c[1].rgbBlue == 0xff) ||
           (!c[1].rgbRed && !c[1].rgbGreen && !c[1].rgbBlue && c[0].rgbRed == 0xff && c[0].rgbGreen == 0xff &&
            c[0].rgbBlue == 0xff);
}

/* A packed DIB (an RT_BITMAP resource or a .bmp file past its
 * BITMAPFILEHEADER): a DIB section with LR_CREATEDIBSECTION, else a
 * bitmap in the display's format (monochrome stays monochrome). */
static HBITMAP from_packed_dib(const BYTE *data, DWORD size, int cx, int cy, UINT flags)
{
    const struct user_gdi *gdi = user_gdi();
    const BITMAPINFOHEADER *h = (const BITMAPINFOHEADER *)data;
    DWORD colors, header, stride, bits_size;
    BITMAPINFO *info;
    HBITMAP bitmap = NULL, scaled;
    void *bits;
    int width, height, bpp;
    HDC dc;

    if (!gdi || size < sizeof(*h) || h->biSize < sizeof(*h) || h->biSize > size) return NULL;
    width = h->biWidth;
    height = h->biHeight < 0 ? -h->biHeight : h->biHeight;
    bpp = h->biBitCount;
    if (width <= 0 || height <= 0 || width > 32768 || height > 32768) return NULL;
    if (bpp != 1 && bpp != 4 && bpp != 8 && bpp != 16 && bpp != 24 && bpp != 32) return NULL;
    if (h->biCompression != 0 && h->biCompression != 3 /* BI_BITFIELDS */) return NULL;
    colors = bpp <= 8 ? (h->biClrUsed && h->biClrUsed < (1u << bpp) ? h->biClrUsed : 1u << bpp) : h->biClrUsed;
    if (colors > 256) return NULL;
    header = h->biSize + colors * 4 + (h->biCompression == 3 && h->biSize == 40 ? 12 : 0);
    stride = ((DWORD)width * bpp + 31) / 32 * 4;
    if (header > size || (unsigned long long)stride * height > size - header) return NULL;
    bits_size = stride * height;
    /* a copy: the info must have room for a full table even when the file's is shorter */
    if (!(info = calloc(1, header + sizeof(BITMAPINFOHEADER) + 256 * sizeof(RGBQUAD) + 12))) return NULL;
    memcpy(info, data, header);
    info->bmiHeader.biSize = sizeof(BITMAPINFOHEADER);   /* a larger header's extra fields are dropped */
    if (h->biSize > 40) memmove(info->bmiColors, data + h->biSize, header - h->biSize);
    info->bmiHeader.biClrUsed = bpp <= 8 ? colors : info->bmiHeader.biClrUsed;
    if (!(dc = gdi->create_compatible_dc(NULL))) goto done;
    if (flags & LR_CREATEDIBSECTION) {
        if ((bitmap = gdi->create_dib_section(dc, info, DIB_RGB_COLORS, &bits, NULL, 0)))
            memcpy(bits, data + header, bits_size);
    } else {
        bitmap = is_mono_dib(info) ? gdi->create_bitmap(width, height, 1, 1, NULL)
                                   : gdi->create_bitmap(width, height, 1, 32, NULL);
        if (bitmap && !gdi->set_di_bits(dc, bitmap, 0, height, data + header, info, DIB_RGB_COLORS)) {
            gdi->delete_object(bitmap);
            bitmap = NULL;
        }
    }
    if (bitmap && ((cx && cx != width) || (cy && cy != height))) {
        scaled = (HBITMAP)CopyImage(bitmap, IMAGE_BITMAP, cx, cy, (flags & LR_CREATEDIBSECTION) | LR_COPYDELETEORG);
        if (scaled) bitmap = scaled;
    }
    gdi->delete_dc(dc);
done:
    free(info);
    return bitmap;
}

static HBITMAP load_bitmap(HINSTANCE module, LPCWSTR name, int cx, int cy, UINT flags)
{
    const BYTE *data;
    HRSRC res;
    HGLOBAL mem;
    DWORD size;

    if (flags & LR_LOADFROMFILE) {
        BYTE *file = read_file(name, &size);
        HBITMAP ret = NULL;
        /* BITMAPFILEHEADER: "BM", size, reserved, offset of the bits */
        if (file && size > 14 + sizeof(BITMAPINFOHEADER) && file[0] == 'B' && file[1] == 'M')
            ret = from_packed_dib(file + 14, size - 14, cx, cy, flags);
        free(file);
        return ret;
    }
    if (!module) return NULL;   /* OBM_* system bitmaps are not drawn */
    if (!(res = FindResourceW(module, name, MAKEINTRESOURCEW(RT_BITMAP))) || !(mem = LoadResource(module, res)) ||
        !(data = LockResource(mem)))
        return NULL;
    return from_packed_dib(data, SizeofResource(module, res), cx, cy, flags);
}

/* ---- icons and cursors ---- */

static HICON load_cursoricon(HINSTANCE module, LPCWSTR name, BOOL is_icon, int cx, int cy, UINT flags)
{
    struct cursoricon *ci = NULL;
    const BYTE *dir, *bits;
    HRSRC res;
    HGLOBAL mem;
    DWORD size;
    int id;

    if (flags & LR_DEFAULTSIZE) {
        if (!cx) cx = GetSystemMetrics(is_icon ? SM_CXICON : SM_CXCURSOR);
        if (!cy) cy = GetSystemMetrics(is_icon ? SM_CXICON + 1 : SM_CXCURSOR + 1);
    }
    if (flags & LR_LOADFROMFILE) {
        BYTE *file = read_file(name, &size);
        if (file) ci = from_ico_file(file, size, is_icon, cx, cy, flags);
        free(file);
        return cursoricon_handle(ci);
    }
    if (!module) {
        if (!IS_INTRESOURCE(name)) return NULL;
        if (!cx) cx = GetSystemMetrics(is_icon ? SM_CXICON : SM_CXCURSOR);
        if ((ci = sysimage_create(LOWORD(name), is_icon, cx)) && cx != ci->width) {
            struct cursoricon *scaled = cursoricon_scaled(ci, cx, cy);
            cursoricon_free(ci);
            ci = scaled;
        }
        return cursoricon_handle(ci);
    }
    if (!(res = FindResourceW(module, name, MAKEINTRESOURCEW(is_icon ? RT_GROUP_ICON : RT_GROUP_CURSOR))) ||
        !(mem = LoadResource(module, res)) || !(dir = LockResource(mem)))
        return NULL;
    size = SizeofResource(module, res);
    if (size < 6 || size < 6 + 14u * (dir[4] | dir[5] << 8)) return NULL;
    if (!(id = LookupIconIdFromDirectoryEx((BYTE *)dir, is_icon, cx, cy, flags))) return NULL;
    if (!(res = FindResourceW(module, MAKEINTRESOURCEW(id), MAKEINTRESOURCEW(is_icon ? RT_ICON : RT_CURSOR))) ||
        !(mem = LoadResource(module, res)) || !(bits = LockResource(mem)))
        return NULL;
    if ((ci = cursoricon_from_resource(bits, SizeofResource(module, res), is_icon, cx, cy))) ci->res_id = id;
    return cursoricon_handle(ci);
}

WINUSERAPI HANDLE WINAPI LoadImageW(HINSTANCE module, LPCWSTR name, UINT type, INT cx, INT cy, UINT flags)
{
    HANDLE ret;

    if (!name) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return NULL;
    }
    if (flags & LR_LOADFROMFILE) flags &= ~LR_SHARED;
    switch (type) {
    case IMAGE_BITMAP:
        return load_bitmap(module, name, cx, cy, flags);
    case IMAGE_ICON:
    case IMAGE_CURSOR:
        if ((flags & LR_SHARED) && (ret = shared_find(module, type, name))) return ret;
        if (!(ret = load_cursoricon(module, name, type == IMAGE_ICON, cx, cy, flags))) {
            SetLastError(ERROR_RESOURCE_NAME_NOT_FOUND);
            return NULL;
        }
        /* the system images are always shared */
        if ((flags & LR_SHARED) || (!module && !(flags & LR_LOADFROMFILE))) ret = shared_add(module, type, name, ret);
        return ret;
    }
    SetLastError(ERROR_INVALID_PARAMETER);
    return NULL;
}

/* An A name: an ordinal as it is, a string converted to UTF-16. */
static WCHAR *name_w(LPCSTR name)
{
    WCHAR *w;
    int len;

    if (IS_INTRESOURCE(name)) return (WCHAR *)name;
    len = MultiByteToWideChar(CP_ACP, 0, name, -1, NULL, 0);
    if (!(w = malloc(len * sizeof(WCHAR)))) return NULL;
    MultiByteToWideChar(CP_ACP, 0, name, -1, w, len);
    return w;
}

static void name_free(WCHAR *w, LPCSTR name)
{
    if (!IS_INTRESOURCE(name)) free(w);
}

WINUSERAPI HANDLE WINAPI LoadImageA(HINSTANCE module, LPCSTR name, UINT type, INT cx, INT cy, UINT flags)
{
    WCHAR *w = name_w(name);
    HANDLE ret = w ? LoadImageW(module, w, type, cx, cy, flags) : NULL;
    name_free(w, name);
    return ret;
}

WINUSERAPI HICON WINAPI LoadIconW(HINSTANCE module, LPCWSTR name)
{
    return LoadImageW(module, name, IMAGE_ICON, 0, 0, LR_SHARED | LR_DEFAULTSIZE);
}

WINUSERAPI HICON WINAPI LoadIconA(HINSTANCE module, LPCSTR name)
{
    return LoadImageA(module, name, IMAGE_ICON, 0, 0, LR_SHARED | LR_DEFAULTSIZE);
}

WINUSERAPI HCURSOR WINAPI LoadCursorW(HINSTANCE module, LPCWSTR name)
{
    return LoadImageW(module, name, IMAGE_CURSOR, 0, 0, LR_SHARED | LR_DEFAULTSIZE);
}

WINUSERAPI HCURSOR WINAPI LoadCursorA(HINSTANCE module, LPCSTR name)
{
    return LoadImageA(module, name, IMAGE_CURSOR, 0, 0, LR_SHARED | LR_DEFAULTSIZE);
}

WINUSERAPI HCURSOR WINAPI LoadCursorFromFileW(LPCWSTR path)
{
    return LoadImageW(NULL, path, IMAGE_CURSOR, 0, 0, LR_LOADFROMFILE | LR_DEFAULTSIZE);
}

WINUSERAPI HBITMAP WINAPI LoadBitmapW(HINSTANCE module, LPCWSTR name)
{
    return LoadImageW(module, name, IMAGE_BITMAP, 0, 0, 0);
}

WINUSERAPI HBITMAP WINAPI LoadBitmapA(HINSTANCE module, LPCSTR name)
{
    return LoadImageA(module, name, IMAGE_BITMAP, 0, 0, 0);
}

/* ---- CopyImage ---- */

static HBITMAP copy_bitmap(HBITMAP src, int cx, int cy, UINT flags)
{
    const struct user_gdi *gdi = user_gdi();
    BITMAP bm;
    HBITMAP dst = NULL;
    HDC sdc, ddc;
    void *bits;

    if (!gdi || !gdi->get_object(src, sizeof(bm), &bm)) return NULL;
    if (!cx) cx = bm.bmWidth;
    if (!cy) cy = bm.bmHeight;
    sdc = gdi->create_compatible_dc(NULL);
    ddc = gdi->create_compatible_dc(NULL);
    if (sdc && ddc) {
        if (flags & LR_CREATEDIBSECTION) {
            struct { BITMAPINFOHEADER h; RGBQUAD colors[256]; } info;
            memset(&info, 0, sizeof(info));
            info.h.biSize = sizeof(info.h);
            info.h.biWidth = cx;
            info.h.biHeight = cy;
            info.h.biPlanes = 1;
            info.h.biBitCount = bm.bmBitsPixel;
            if (bm.bmBitsPixel <= 8) {
                /* the source's table, read through GetDIBits */
                info.h.biHeight = bm.bmHeight;
                gdi->get_di_bits(sdc, src, 0, 0, NULL, (BITMAPINFO *)&info, DIB_RGB_COLORS);
                info.h.biWidth = cx;
                info.h.biHeight = cy;
                info.h.biSizeImage = 0;
                info.h.biCompression = 0;
            }
            dst = gdi->create_dib_section(ddc, (BITMAPINFO *)&info, DIB_RGB_COLORS, &bits, NULL, 0);
        } else dst = gdi->create_bitmap(cx, cy, bm.bmPlanes, bm.bmBitsPixel, NULL);
    }
    if (dst) {
        HGDIOBJ old_s = gdi->select_object(sdc, src), old_d = gdi->select_object(ddc, dst);
        gdi->stretch_blt(ddc, 0, 0, cx, cy, sdc, 0, 0, bm.bmWidth, bm.bmHeight, SRCCOPY);
        gdi->select_object(sdc, old_s);
        gdi->select_object(ddc, old_d);
    }
    if (sdc) gdi->delete_dc(sdc);
    if (ddc) gdi->delete_dc(ddc);
    return dst;
}

WINUSERAPI HANDLE WINAPI CopyImage(HANDLE image, UINT type, INT cx, INT cy, UINT flags)
{
    const struct user_gdi *gdi;
    HANDLE ret = NULL;

    switch (type) {
    case IMAGE_BITMAP:
        ret = copy_bitmap(image, cx, cy, flags);
        if (ret && (flags & LR_COPYDELETEORG) && (gdi = user_gdi())) gdi->delete_object(image);
        return ret;
    case IMAGE_ICON:
    case IMAGE_CURSOR: {
        struct cursoricon *ci = NULL, *copy;
        SIZE size;
        BOOL is_icon;
        if (!cursoricon_size(image, &size, &is_icon)) {
            SetLastError(ERROR_INVALID_CURSOR_HANDLE);
            return NULL;
        }
        if (flags & LR_DEFAULTSIZE) {
            if (!cx) cx = GetSystemMetrics(is_icon ? SM_CXICON : SM_CXCURSOR);
            if (!cy) cy = GetSystemMetrics(is_icon ? SM_CXICON + 1 : SM_CXCURSOR + 1);
        }
        user_lock();
        if ((copy = user_obj_get(image, USER_OBJ_ICON))) ci = cursoricon_scaled(copy, cx, cy);
        user_unlock();
        if (ci) ci->shared = FALSE;
        ret = cursoricon_handle(ci);
        if (ret && (flags & LR_COPYDELETEORG)) DestroyIcon(image);
        return ret;
    }
    }
    SetLastError(ERROR_INVALID_PARAMETER);
    return NULL;
}
