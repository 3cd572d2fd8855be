/*
 * gdi32 rasterizing into a 32 bpp DIB section: lines in every octant,
 * ROP2 codes, Rectangle, PatBlt/BitBlt raster operations, clipping and
 * format conversion. Each scene is compared by an FNV-1a hash of the
 * pixels with the hash the same scene gives under Wine, whose DIB engine
 * matches Windows' rasterization ("gdi_draw.exe dump" prints them).
 */
#include <windows.h>
#include <stdio.h>
#include <string.h>
#include "test.h"

#define W 40
#define H 32
static DWORD *bits;
static HDC dc;

static DWORD hash(void)
{
    DWORD h = 2166136261u;
    const BYTE *p = (const BYTE *)bits;
    for (int i = 0; i < W * H * 4; i++) { h ^= p[i]; h *= 16777619u; }
    return h;
}

static void clear(void) { memset(bits, 0xff, W * H * 4); }

static void scene_lines(void)
{
    static const POINT ends[] = { {39,25},{30,31},{0,31},{0,22},{0,5},{8,0},{30,0},{39,9},{20,31},{39,16} };
    clear();
    for (int i = 0; i < 10; i++) { MoveToEx(dc, 20, 16, NULL); LineTo(dc, ends[i].x, ends[i].y); }
}

static void scene_rop2(void)
{
    HPEN pen = CreatePen(PS_SOLID, 1, RGB(0x12, 0x34, 0x56));
    HGDIOBJ old = SelectObject(dc, pen);
    clear();
    for (int r = R2_BLACK; r <= R2_WHITE; r++) {
        SetROP2(dc, r);
        MoveToEx(dc, 2, r, NULL); LineTo(dc, 30, r + 10);
    }
    SetROP2(dc, R2_COPYPEN);
    SelectObject(dc, old);
    DeleteObject(pen);
}

static void scene_rect(void)
{
    HBRUSH brush = CreateSolidBrush(RGB(200, 10, 10));
    HGDIOBJ old = SelectObject(dc, brush);
    clear();
    Rectangle(dc, 2, 2, 12, 9);
    Rectangle(dc, 20, 12, 14, 5);   /* reversed corners */
    SelectObject(dc, GetStockObject(NULL_PEN));
    Rectangle(dc, 25, 20, 35, 30);
    SelectObject(dc, GetStockObject(BLACK_PEN));
    SelectObject(dc, old);
    DeleteObject(brush);
}

static void scene_dash(void)
{
    static const int styles[] = { PS_DASH, PS_DOT, PS_DASHDOT, PS_DASHDOTDOT };
    clear();
    SetBkColor(dc, RGB(0, 200, 0));
    for (int i = 0; i < 4; i++) {
        HPEN pen = CreatePen(styles[i], 1, RGB(0, 0, 255));
        HGDIOBJ old = SelectObject(dc, pen);
        SetBkMode(dc, i & 1 ? TRANSPARENT : OPAQUE);
        MoveToEx(dc, 0, 2 + i * 3, NULL); LineTo(dc, 39, 2 + i * 3);
        MoveToEx(dc, 3 + i * 4, 15, NULL); LineTo(dc, 10 + i * 7, 31);
        SelectObject(dc, old);
        DeleteObject(pen);
    }
    SetBkMode(dc, OPAQUE);
    SetBkColor(dc, RGB(255, 255, 255));
}

static void scene_blit(void)
{
    HDC src = CreateCompatibleDC(dc);
    HBITMAP mono = CreateBitmap(8, 8, 1, 1, NULL);
    HBRUSH brush = CreateSolidBrush(RGB(0, 128, 255));
    static const DWORD rops[] = { SRCCOPY, SRCPAINT, SRCAND, SRCINVERT, SRCERASE, NOTSRCCOPY, MERGECOPY,
                                  MERGEPAINT, PATCOPY, PATPAINT, PATINVERT, DSTINVERT, 0x00e20746 };
    HGDIOBJ old_bmp = SelectObject(src, mono), old_brush;
    clear();
    PatBlt(src, 0, 0, 8, 8, WHITENESS);
    PatBlt(src, 2, 2, 4, 4, BLACKNESS);
    for (int i = 0; i < 13; i++) {
        PatBlt(dc, (i % 5) * 8, (i / 5) * 10, 8, 4, PATINVERT);
        PatBlt(dc, (i % 5) * 8 + 4, (i / 5) * 10, 4, 8, BLACKNESS);
    }
    SetTextColor(dc, RGB(255, 0, 0));
    SetBkColor(dc, RGB(0, 0, 255));
    old_brush = SelectObject(dc, brush);
    for (int i = 0; i < 13; i++) BitBlt(dc, (i % 5) * 8, (i / 5) * 10, 8, 8, src, 0, 0, rops[i]);
    StretchBlt(dc, 0, 30, 16, 2, src, 0, 2, 8, 1, SRCCOPY);
    SelectObject(dc, old_brush);
    SetTextColor(dc, 0);
    SetBkColor(dc, RGB(255, 255, 255));
    SelectObject(src, old_bmp);
    DeleteObject(brush);
    DeleteObject(mono);
    DeleteDC(src);
}

static void scene_clip(void)
{
    HRGN a = CreateRectRgn(5, 5, 20, 20), b = CreateRectRgn(12, 12, 35, 28);
    clear();
    CombineRgn(a, a, b, RGN_XOR);
    SelectClipRgn(dc, a);
    ExcludeClipRect(dc, 0, 14, 40, 16);
    PatBlt(dc, 0, 0, W, H, BLACKNESS);
    MoveToEx(dc, 0, 0, NULL);
    SelectClipRgn(dc, NULL);
    FillRgn(dc, b, GetStockObject(GRAY_BRUSH));
    DeleteObject(a);
    DeleteObject(b);
}

static void scene_mapping(void)
{
    clear();
    SetMapMode(dc, MM_ANISOTROPIC);
    SetWindowExtEx(dc, 100, 100, NULL);
    SetViewportExtEx(dc, 40, -32, NULL);
    SetViewportOrgEx(dc, 0, 31, NULL);
    Rectangle(dc, 10, 10, 60, 50);
    MoveToEx(dc, 0, 0, NULL);
    LineTo(dc, 100, 100);
    SetMapMode(dc, MM_TEXT);
    SetViewportOrgEx(dc, 0, 0, NULL);
}

static void scene_hatch(void)
{
    clear();
    SetBkColor(dc, RGB(255, 255, 0));
    for (int i = 0; i < 6; i++) {
        HBRUSH brush = CreateHatchBrush(i, RGB(0, 0, 160));
        HGDIOBJ old = SelectObject(dc, brush);
        SetBkMode(dc, i & 1 ? TRANSPARENT : OPAQUE);
        PatBlt(dc, (i % 3) * 13 + 1, (i / 3) * 16 + 1, 12, 13, PATCOPY);
        SelectObject(dc, old);
        DeleteObject(brush);
    }
    SetBkMode(dc, OPAQUE);
    SetBkColor(dc, RGB(255, 255, 255));
}

static void scene_polygon(void)
{
    static const POINT star[] = { {10,1},{16,20},{1,8},{19,8},{4,20} };
    static const POINT tri[] = { {22,2},{38,9},{25,15} };
    static const POINT quads[] = { {21,17},{38,17},{38,30},{21,30}, {25,20},{34,20},{34,27},{25,27} };
    static const INT counts[] = { 4, 4 };
    HBRUSH brush = CreateSolidBrush(RGB(0, 160, 0));
    HGDIOBJ old = SelectObject(dc, brush);
    clear();
    SetPolyFillMode(dc, ALTERNATE);
    Polygon(dc, star, 5);
    SetPolyFillMode(dc, WINDING);
    SelectObject(dc, GetStockObject(NULL_PEN));
    OffsetViewportOrgEx(dc, 0, 10, NULL);
    Polygon(dc, star, 5);
    OffsetViewportOrgEx(dc, 0, -10, NULL);
    SelectObject(dc, GetStockObject(BLACK_PEN));
    Polygon(dc, tri, 3);
    SetPolyFillMode(dc, ALTERNATE);
    PolyPolygon(dc, quads, counts, 2);
    SelectObject(dc, old);
    DeleteObject(brush);
}

static void scene_ellipse(void)
{
    HBRUSH brush = CreateSolidBrush(RGB(250, 100, 0));
    HGDIOBJ old = SelectObject(dc, brush);
    clear();
    Ellipse(dc, 1, 1, 18, 12);
    Ellipse(dc, 20, 1, 39, 20);
    Ellipse(dc, 2, 14, 6, 17);
    RoundRect(dc, 1, 20, 19, 31, 8, 6);
    RoundRect(dc, 22, 22, 38, 31, 5, 5);
    SelectObject(dc, old);
    DeleteObject(brush);
}

static void scene_alpha(void)
{
    BITMAPINFO bi;
    DWORD *src_bits;
    HDC src = CreateCompatibleDC(dc);
    HBITMAP dib;
    BLENDFUNCTION constant = { AC_SRC_OVER, 0, 100, 0 }, per_pixel = { AC_SRC_OVER, 0, 255, AC_SRC_ALPHA },
                  both = { AC_SRC_OVER, 0, 180, AC_SRC_ALPHA };
    HGDIOBJ old;

    memset(&bi, 0, sizeof(bi));
    bi.bmiHeader.biSize = sizeof(bi.bmiHeader);
    bi.bmiHeader.biWidth = 8;
    bi.bmiHeader.biHeight = 8;
    bi.bmiHeader.biPlanes = 1;
    bi.bmiHeader.biBitCount = 32;
    dib = CreateDIBSection(dc, &bi, DIB_RGB_COLORS, (void **)&src_bits, NULL, 0);
    for (int i = 0; i < 64; i++) {
        BYTE a = i * 4;   /* premultiplied: channels never above alpha */
        src_bits[i] = ((DWORD)a << 24) | ((a / 2) << 16) | ((a / 3) << 8) | (i & 1 ? a : 0);
    }
    old = SelectObject(src, dib);
    /* TransparentBlt's target area gets alpha 0: what a skipped pixel's
     * alpha becomes is not defined (Wine clears it) */
    for (int i = 0; i < W * H; i++)
        bits[i] = (i % W >= 20 && i / W >= 10 ? 0 : 0x80000000) | ((i * 0x010307) & 0xffffff);
    AlphaBlend(dc, 0, 0, 8, 8, src, 0, 0, 8, 8, constant);
    AlphaBlend(dc, 10, 0, 8, 8, src, 0, 0, 8, 8, per_pixel);
    AlphaBlend(dc, 20, 0, 8, 8, src, 0, 0, 8, 8, both);
    AlphaBlend(dc, 0, 10, 16, 12, src, 0, 0, 8, 8, per_pixel);
    src_bits[9] = 0x00ff00ff;   /* the TransparentBlt key (not premultiplied: no AlphaBlend) */
    TransparentBlt(dc, 20, 10, 8, 8, src, 0, 0, 8, 8, RGB(0xff, 0, 0xff));
    TransparentBlt(dc, 28, 10, 12, 16, src, 0, 0, 8, 8, RGB(0, 0, 0));
    SelectObject(src, old);
    DeleteObject(dib);
    DeleteDC(src);
}

static void scene_user32(void)
{
    HBRUSH brush = CreateSolidBrush(RGB(30, 60, 90)), hatch = CreateHatchBrush(HS_DIAGCROSS, RGB(200, 0, 0));
    RECT a = { 2, 2, 20, 14 }, b = { 22, 3, 38, 28 }, c = { 5, 16, 30, 30 }, empty = { 10, 10, 10, 20 };
    clear();
    FillRect(dc, &a, brush);
    FrameRect(dc, &b, hatch);
    FillRect(dc, &c, hatch);
    InvertRect(dc, &c);
    FrameRect(dc, &empty, brush);
    DeleteObject(brush);
    DeleteObject(hatch);
}

static void scene_arc(void)
{
    HBRUSH brush = CreateSolidBrush(RGB(0, 90, 200));
    HGDIOBJ old = SelectObject(dc, brush);
    clear();
    Arc(dc, 1, 1, 19, 15, 19, 8, 10, 0);
    Arc(dc, 1, 1, 19, 15, 0, 15, 19, 15);
    Chord(dc, 21, 1, 39, 15, 39, 0, 21, 15);
    Pie(dc, 1, 16, 19, 31, 19, 24, 10, 16);
    Pie(dc, 21, 16, 38, 31, 25, 31, 38, 20);
    SelectObject(dc, old);
    DeleteObject(brush);
}

static void scene_region_shapes(void)
{
    HRGN e = CreateEllipticRgn(1, 1, 18, 14), r = CreateRoundRectRgn(20, 1, 39, 16, 9, 7);
    HRGN odd = CreateEllipticRgn(2, 16, 9, 31), f = CreateRoundRectRgn(12, 18, 38, 31, 12, 12);
    HBRUSH brush = CreateSolidBrush(RGB(90, 0, 90));
    clear();
    FillRgn(dc, e, brush);
    FillRgn(dc, r, GetStockObject(GRAY_BRUSH));
    InvertRgn(dc, odd);
    FrameRgn(dc, f, brush, 2, 1);
    DeleteObject(e);
    DeleteObject(r);
    DeleteObject(odd);
    DeleteObject(f);
    DeleteObject(brush);
}

static const struct { const char *name; void (*draw)(void); DWORD expect; } scenes[] = {
    { "lines", scene_lines, 0x278ac21d },
    { "rop2", scene_rop2, 0xbbdd7985 },
    { "rect", scene_rect, 0xd2255549 },
    { "dash", scene_dash, 0x0990c166 },
    { "blit", scene_blit, 0x109839ed },
    { "clip", scene_clip, 0x83483a31 },
    { "mapping", scene_mapping, 0x5770d195 },
    { "hatch", scene_hatch, 0x30997a47 },
    { "polygon", scene_polygon, 0x7e54afd1 },
    { "ellipse", scene_ellipse, 0x127ceffd },
    { "alpha", scene_alpha, 0xccfe738e },
    { "user32", scene_user32, 0xeb0593d9 },
    { "arc", scene_arc, 0x619c67ff },
    { "region_shapes", scene_region_shapes, 0xc2f9ad4d },
};

int main(int argc, char **argv)
{
    BITMAPINFO bi;
    HBITMAP dib;
    BOOL dump = argc > 1 && !strcmp(argv[1], "dump");

    memset(&bi, 0, sizeof(bi));
    bi.bmiHeader.biSize = sizeof(bi.bmiHeader);
    bi.bmiHeader.biWidth = W;
    bi.bmiHeader.biHeight = -H;
    bi.bmiHeader.biPlanes = 1;
    bi.bmiHeader.biBitCount = 32;
    dc = CreateCompatibleDC(NULL);
    ok(dc != NULL, "CreateCompatibleDC failed");
    dib = CreateDIBSection(dc, &bi, DIB_RGB_COLORS, (void **)&bits, NULL, 0);
    ok(dib && bits, "CreateDIBSection: %p %p", dib, bits);
    SelectObject(dc, dib);
    for (unsigned i = 0; i < sizeof(scenes) / sizeof(scenes[0]); i++) {
        DWORD h;
        scenes[i].draw();
        h = hash();
        if (dump) {
            printf("{ \"%s\", scene_%s, 0x%08lx },\n", scenes[i].name, scenes[i].name, h);
            for (int y = 0; y < H; y++) {
                for (int x = 0; x < W; x++) {
                    DWORD p = bits[y * W + x] & 0xffffff;
                    putchar(p == 0xffffff ? '.' : p == 0 ? '#' : 'a' + (p % 26));
                }
                putchar('\n');
            }
        } else {
            ok(h == scenes[i].expect, "scene %s: hash %08lx, expected %08lx", scenes[i].name, h, scenes[i].expect);
        }
    }
    DeleteDC(dc);
    DeleteObject(dib);
    return test_done();
}
