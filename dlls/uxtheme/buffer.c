/*
 * Buffered painting (BeginBufferedPaint and friends): the caller paints
 * into a memory DC whose coordinates are the target's (its window origin
 * is the target rectangle's corner, drawing is clipped to it), and
 * EndBufferedPaint copies the result to the target. Programs use it
 * without visual styles too, for flicker-free drawing. Animations are
 * not run: BeginBufferedAnimation fails, callers then paint directly.
 */
#include <stdlib.h>
#include <string.h>
#include "uxtheme_private.h"

#define PAINTBUFFER_MAGIC 0x46425850   /* "PXBF" */

struct paintbuffer {
    DWORD magic;
    HDC target;
    HDC dc;
    HBITMAP old_bitmap;
    RECT rect;
    BOOL top_down;
    RGBQUAD *bits;   /* NULL for a compatible bitmap */
};

static struct paintbuffer *get_buffer(HPAINTBUFFER handle)
{
    struct paintbuffer *pb = handle;
    return pb && pb->magic == PAINTBUFFER_MAGIC ? pb : NULL;
}

UXTHEME_API HRESULT WINAPI BufferedPaintInit(void) { return S_OK; }
UXTHEME_API HRESULT WINAPI BufferedPaintUnInit(void) { return S_OK; }

UXTHEME_API HPAINTBUFFER WINAPI BeginBufferedPaint(HDC target, const RECT *rect, BP_BUFFERFORMAT format,
                                                   BP_PAINTPARAMS *params, HDC *ret_dc)
{
    BITMAPINFO bmi;
    struct paintbuffer *pb;
    HBITMAP bitmap;
    void *bits = NULL;
    int width, height;

    if (ret_dc) *ret_dc = NULL;
    if (!target || !rect || IsRectEmpty(rect)) return NULL;
    width = rect->right - rect->left;
    height = rect->bottom - rect->top;
    if (!(pb = calloc(1, sizeof(*pb)))) return NULL;
    if (!(pb->dc = CreateCompatibleDC(target))) {
        free(pb);
        return NULL;
    }
    switch (format) {
    case BPBF_COMPATIBLEBITMAP:
        bitmap = CreateCompatibleBitmap(target, width, height);
        break;
    case BPBF_DIB:
    case BPBF_TOPDOWNDIB:
    case BPBF_TOPDOWNMONODIB:
        memset(&bmi, 0, sizeof(bmi));
        bmi.bmiHeader.biSize = sizeof(bmi.bmiHeader);
        bmi.bmiHeader.biWidth = width;
        bmi.bmiHeader.biHeight = format == BPBF_DIB ? height : -height;
        bmi.bmiHeader.biPlanes = 1;
        bmi.bmiHeader.biBitCount = 32;   /* Windows gives the mono format 32 bits too */
        bmi.bmiHeader.biCompression = BI_RGB;
        bitmap = CreateDIBSection(pb->dc, &bmi, DIB_RGB_COLORS, &bits, NULL, 0);
        break;
    default:
        bitmap = NULL;
        break;
    }
    if (!bitmap) {
        DeleteDC(pb->dc);
        free(pb);
        return NULL;
    }
    pb->magic = PAINTBUFFER_MAGIC;
    pb->target = target;
    pb->rect = *rect;
    pb->top_down = format != BPBF_DIB;
    pb->bits = bits;
    pb->old_bitmap = SelectObject(pb->dc, bitmap);
    /* paint as on the target: its font, its coordinates */
    SelectObject(pb->dc, GetCurrentObject(target, OBJ_FONT));
    SetWindowOrgEx(pb->dc, rect->left, rect->top, NULL);
    if (!params || !(params->dwFlags & BPPF_NOCLIP))
        IntersectClipRect(pb->dc, rect->left, rect->top, rect->right, rect->bottom);
    if (format == BPBF_COMPATIBLEBITMAP && params && (params->dwFlags & BPPF_ERASE))
        PatBlt(pb->dc, rect->left, rect->top, width, height, BLACKNESS);
    if (ret_dc) *ret_dc = pb->dc;
    return pb;
}

UXTHEME_API HRESULT WINAPI EndBufferedPaint(HPAINTBUFFER handle, BOOL update)
{
    struct paintbuffer *pb = get_buffer(handle);

    if (!pb) return E_INVALIDARG;
    if (update)
        BitBlt(pb->target, pb->rect.left, pb->rect.top, pb->rect.right - pb->rect.left,
               pb->rect.bottom - pb->rect.top, pb->dc, pb->rect.left, pb->rect.top, SRCCOPY);
    DeleteObject(SelectObject(pb->dc, pb->old_bitmap));
    DeleteDC(pb->dc);
    pb->magic = 0;
    free(pb);
    return S_OK;
}

UXTHEME_API HDC WINAPI GetBufferedPaintDC(HPAINTBUFFER handle)
{
    struct paintbuffer *pb = get_buffer(handle);
    return pb ? pb->dc : NULL;
}

UXTHEME_API HDC WINAPI GetBufferedPaintTargetDC(HPAINTBUFFER handle)
{
    struct paintbuffer *pb = get_buffer(handle);
    return pb ? pb->target : NULL;
}

UXTHEME_API HRESULT WINAPI GetBufferedPaintTargetRect(HPAINTBUFFER handle, RECT *rect)
{
    struct paintbuffer *pb = get_buffer(handle);
    if (!rect) return E_POINTER;
    if (!pb) return E_FAIL;
    *rect = pb->rect;
    return S_OK;
}

UXTHEME_API HRESULT WINAPI GetBufferedPaintBits(HPAINTBUFFER handle, RGBQUAD **bits, int *row)
{
    struct paintbuffer *pb = get_buffer(handle);
    if (!bits || !row) return E_POINTER;
    if (!pb || !pb->bits) return E_FAIL;
    *bits = pb->bits;
    *row = pb->rect.right - pb->rect.left;
    return S_OK;
}

/* Calls FUNC on each row of the part of RECT (target coordinates, NULL
 * for all) inside the buffer's DIB. */
static HRESULT for_each_row(struct paintbuffer *pb, const RECT *rect, void (*func)(RGBQUAD *, int, BYTE),
                            BYTE arg)
{
    RECT r = rect ? *rect : pb->rect;
    int width = pb->rect.right - pb->rect.left, height = pb->rect.bottom - pb->rect.top;

    if (r.left < pb->rect.left) r.left = pb->rect.left;
    if (r.top < pb->rect.top) r.top = pb->rect.top;
    if (r.right > pb->rect.right) r.right = pb->rect.right;
    if (r.bottom > pb->rect.bottom) r.bottom = pb->rect.bottom;
    for (int y = r.top; y < r.bottom; y++) {
        int row = pb->top_down ? y - pb->rect.top : height - 1 - (y - pb->rect.top);
        if (r.right > r.left) func(pb->bits + (size_t)row * width + (r.left - pb->rect.left), r.right - r.left, arg);
    }
    return S_OK;
}

static void clear_row(RGBQUAD *p, int n, BYTE unused) { (void)unused; memset(p, 0, n * sizeof(*p)); }
static void alpha_row(RGBQUAD *p, int n, BYTE alpha) { while (n--) (p++)->rgbReserved = alpha; }

/* zero, alpha included: transparent black */
UXTHEME_API HRESULT WINAPI BufferedPaintClear(HPAINTBUFFER handle, const RECT *rect)
{
    struct paintbuffer *pb = get_buffer(handle);
    if (!pb) return E_INVALIDARG;
    if (!pb->bits) {
        RECT r = rect ? *rect : pb->rect;
        PatBlt(pb->dc, r.left, r.top, r.right - r.left, r.bottom - r.top, BLACKNESS);
        return S_OK;
    }
    return for_each_row(pb, rect, clear_row, 0);
}

UXTHEME_API HRESULT WINAPI BufferedPaintSetAlpha(HPAINTBUFFER handle, const RECT *rect, BYTE alpha)
{
    struct paintbuffer *pb = get_buffer(handle);
    if (!pb) return E_INVALIDARG;
    if (!pb->bits) return E_FAIL;
    return for_each_row(pb, rect, alpha_row, alpha);
}

UXTHEME_API HANIMATIONBUFFER WINAPI BeginBufferedAnimation(HWND hwnd, HDC target, const RECT *rect,
                                                           BP_BUFFERFORMAT format, BP_PAINTPARAMS *params,
                                                           void *animation, HDC *from, HDC *to)
{
    (void)hwnd; (void)target; (void)rect; (void)format; (void)params; (void)animation;
    if (from) *from = NULL;
    if (to) *to = NULL;
    return NULL;
}

UXTHEME_API BOOL WINAPI BufferedPaintRenderAnimation(HWND hwnd, HDC target)
{
    (void)hwnd; (void)target;
    return FALSE;
}

UXTHEME_API HRESULT WINAPI BufferedPaintStopAllAnimations(HWND hwnd) { (void)hwnd; return S_OK; }

UXTHEME_API HRESULT WINAPI EndBufferedAnimation(HANIMATIONBUFFER handle, BOOL update)
{
    (void)handle; (void)update;
    return E_INVALIDARG;
}
