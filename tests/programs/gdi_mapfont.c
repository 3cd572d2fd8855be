/*
 * Fonts under mapping modes and world transforms: lfHeight is in logical
 * units, so a font is realized at its height times the DC's scale; text
 * metrics, extents and character widths come back in logical units, and
 * the text stays upright where the y axis points up (the metric modes).
 * The pictures are compared with the same text drawn in MM_TEXT with the
 * device-sized font, which must be identical; the numbers were checked
 * under Wine.
 */
#include <math.h>
#include <stdlib.h>
#include "test.h"

#define W 200
#define H 80

static HDC dc;
static DWORD *bits;
static DWORD saved[W * H];
/* Wine realizes MM_LOMETRIC's -100 (37.8 pixels) at 37, truncating, where
 * the other scales round; its LOMETRIC checks are skipped */
static BOOL skip_wine;

static void clear(void)
{
    for (int i = 0; i < W * H; i++) bits[i] = 0xffffff;
}

static void reset(void)
{
    XFORM identity = { 1, 0, 0, 1, 0, 0 };
    SetGraphicsMode(dc, GM_ADVANCED);
    SetWorldTransform(dc, &identity);
    SetGraphicsMode(dc, GM_COMPATIBLE);
    SetMapMode(dc, MM_TEXT);
    SetViewportOrgEx(dc, 0, 0, NULL);
    SetWindowOrgEx(dc, 0, 0, NULL);
}

static HFONT arial(int height)
{
    return CreateFontA(height, 0, 0, 0, FW_NORMAL, 0, 0, 0, ANSI_CHARSET, 0, 0, NONANTIALIASED_QUALITY, 0, "Arial");
}

static int ink_rows(int *top, int *bottom)
{
    int n = 0;
    *top = H;
    *bottom = -1;
    for (int y = 0; y < H; y++)
        for (int x = 0; x < W; x++)
            if ((bits[y * W + x] & 0xffffff) != 0xffffff) {
                if (y < *top) *top = y;
                *bottom = y;
                n++;
            }
    return n;
}

/* metrics of Arial at device em HEIGHT in MM_TEXT, and "Hello" drawn at device (10, 10) into saved */
static void reference(int height, TEXTMETRICA *tm, SIZE *ext, INT *width_h)
{
    HGDIOBJ old;
    reset();
    old = SelectObject(dc, arial(height));
    GetTextMetricsA(dc, tm);
    GetTextExtentPoint32A(dc, "Hello", 5, ext);
    GetCharWidth32A(dc, 'H', 'H', width_h);
    clear();
    TextOutA(dc, 10, 10, "Hello", 5);
    memcpy(saved, bits, sizeof(saved));
    DeleteObject(SelectObject(dc, old));
}

static int round_div(int value, double scale)
{
    return (int)floor(value / scale + 0.5);
}

/* SETUP gives the DC a scale of SCALE device pixels per logical unit; a
 * font of logical em LOGICAL must then match the MM_TEXT font of device
 * em DEVICE, and text drawn at logical AT its text at device (10, 10). */
static void check_scaled(const char *what, void (*setup)(void), int logical, int device, double scale, POINT at)
{
    TEXTMETRICA ref, tm;
    SIZE ref_ext, ext;
    INT ref_w, w;
    HGDIOBJ old;
    int top, bottom, n;

    reference(device, &ref, &ref_ext, &ref_w);
    setup();
    old = SelectObject(dc, arial(logical));
    GetTextMetricsA(dc, &tm);
    GetTextExtentPoint32A(dc, "Hello", 5, &ext);
    GetCharWidth32A(dc, 'H', 'H', &w);
    trace("%s: tmHeight %ld (device %ld), ascent %ld, ave %ld, extent %ld x %ld (device %ld), H %d (device %d)",
          what, tm.tmHeight, ref.tmHeight, tm.tmAscent, tm.tmAveCharWidth, ext.cx, ext.cy, ref_ext.cx, w, ref_w);
    ok(abs(tm.tmHeight - round_div(ref.tmHeight, scale)) <= 1 || skip_wine, "%s: tmHeight %ld, device %ld", what, tm.tmHeight,
       ref.tmHeight);
    ok(abs(tm.tmAscent - round_div(ref.tmAscent, scale)) <= 1 || skip_wine, "%s: tmAscent %ld, device %ld", what, tm.tmAscent,
       ref.tmAscent);
    ok((abs(ext.cx - round_div(ref_ext.cx, scale)) <= 1 && abs(ext.cy - round_div(ref_ext.cy, scale)) <= 1) || skip_wine,
       "%s: extent %ld x %ld, device %ld x %ld", what, ext.cx, ext.cy, ref_ext.cx, ref_ext.cy);
    ok(abs(w - round_div(ref_w, scale)) <= 1 || skip_wine, "%s: width of H %d, device %d", what, w, ref_w);
    clear();
    TextOutA(dc, at.x, at.y, "Hello", 5);
    n = ink_rows(&top, &bottom);
    ok(n > 0 && (!memcmp(bits, saved, sizeof(saved)) || skip_wine), "%s: the text matches the device-sized font's (%d ink pixels, rows %d-%d)",
       what, n, top, bottom);
    DeleteObject(SelectObject(dc, old));
}

static void aniso_2x(void)
{
    reset();
    SetMapMode(dc, MM_ANISOTROPIC);
    SetWindowExtEx(dc, 1, 1, NULL);
    SetViewportExtEx(dc, 2, 2, NULL);
}

static void world_2x(void)
{
    XFORM xf = { 2, 0, 0, 2, 0, 0 };
    reset();
    SetGraphicsMode(dc, GM_ADVANCED);
    SetWorldTransform(dc, &xf);
}

static void aniso_1_5x(void)
{
    reset();
    SetMapMode(dc, MM_ANISOTROPIC);
    SetWindowExtEx(dc, 2, 2, NULL);
    SetViewportExtEx(dc, 3, 3, NULL);
    SetViewportOrgEx(dc, 1, 1, NULL);   /* logical (6, 6) is device (10, 10) */
}

static void lometric(void)
{
    reset();
    SetMapMode(dc, MM_LOMETRIC);
    SetViewportOrgEx(dc, 10, 10, NULL);   /* logical (0, 0) is device (10, 10) */
}

int main(void)
{
    BITMAPINFO bi = { { sizeof(BITMAPINFOHEADER), W, -H, 1, 32, BI_RGB, 0, 0, 0, 0, 0 } };
    HBITMAP bmp;
    POINT pt;
    double scale;

    dc = CreateCompatibleDC(NULL);
    bmp = CreateDIBSection(dc, &bi, DIB_RGB_COLORS, (void **)&bits, NULL, 0);
    ok(bmp && bits, "DIB section");
    if (!bmp) return test_done();
    SelectObject(dc, bmp);
    SetBkMode(dc, TRANSPARENT);

    /* two device pixels per logical unit, by the mapping or the world transform */
    pt.x = 5; pt.y = 5;
    check_scaled("anisotropic 2x", aniso_2x, -12, -24, 2.0, pt);
    check_scaled("world 2x", world_2x, -12, -24, 2.0, pt);
    /* a positive lfHeight (cell height) scales the same way */
    pt.x = 6; pt.y = 6;
    check_scaled("1.5x cell height", aniso_1_5x, 20, 30, 1.5, pt);

    /* MM_LOMETRIC: 0.1 mm units, y up, at the DC's own scale (HORZRES /
     * HORZSIZE), measured with LPtoDP */
    lometric();
    {
        POINT p[2] = { { 0, 0 }, { 0, -100 } };
        LPtoDP(dc, p, 2);
        scale = (p[1].y - p[0].y) / 100.0;
        ok(p[1].y - p[0].y >= 37 && p[1].y - p[0].y <= 40, "MM_LOMETRIC: 100 units = %ld pixels", p[1].y - p[0].y);
        pt.x = 10; pt.y = 20;
        DPtoLP(dc, &pt, 1);
        ok(pt.y < 0, "MM_LOMETRIC: device row 20 is logical %ld (y up)", pt.y);
    }
    pt.x = 0; pt.y = 0;
    skip_wine = GetProcAddress(GetModuleHandleA("ntdll"), "wine_get_version") != NULL;
    check_scaled("MM_LOMETRIC", lometric, -100, -(int)floor(100 * scale + 0.5), scale, pt);
    skip_wine = FALSE;

    /* TA_BOTTOM in a y-up mode: the text sits above the reference point */
    reset();
    SetMapMode(dc, MM_LOMETRIC);
    SetViewportOrgEx(dc, 0, 60, NULL);
    {
        HGDIOBJ old = SelectObject(dc, arial(-100));
        int top, bottom, n;
        SetTextAlign(dc, TA_BOTTOM | TA_LEFT);
        clear();
        TextOutA(dc, 20, 0, "Hg", 2);
        n = ink_rows(&top, &bottom);
        ok(n > 0 && bottom < 60 && top > 20, "TA_BOTTOM: ink rows %d-%d above row 60", top, bottom);
        SetTextAlign(dc, TA_TOP | TA_LEFT);
        clear();
        TextOutA(dc, 20, 0, "Hg", 2);
        n = ink_rows(&top, &bottom);
        ok(n > 0 && top >= 60, "TA_TOP: ink rows %d-%d below row 60", top, bottom);
        DeleteObject(SelectObject(dc, old));
    }

    DeleteDC(dc);
    DeleteObject(bmp);
    return test_done();
}
