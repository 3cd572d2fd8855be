/*
 * gdi32 objects and formats: object types, stock objects, deferred
 * deletion, SaveDC/RestoreDC, GetDeviceCaps, regions, and drawing into
 * DIB sections of every depth read back with GetPixel and GetDIBits.
 * Expected values are Windows' (checked under Wine).
 */
#include <windows.h>
#include <stdio.h>
#include <string.h>
#include "test.h"

static BOOL is_wine(void)
{
    return GetProcAddress(GetModuleHandleA("ntdll"), "wine_get_version") != NULL;
}

static void test_objects(void)
{
    HDC dc = CreateCompatibleDC(NULL);
    HBRUSH brush = CreateSolidBrush(RGB(1, 2, 3));
    HPEN pen = CreatePen(PS_DASH, 1, RGB(4, 5, 6));
    HRGN rgn = CreateRectRgn(0, 0, 10, 10);
    HBITMAP bmp = CreateBitmap(4, 4, 1, 1, NULL);
    LOGBRUSH lb;
    LOGPEN lp;
    BITMAP bm;
    HGDIOBJ old;
    int n;

    ok(GetObjectType(dc) == OBJ_MEMDC, "dc type %lu", GetObjectType(dc));
    ok(GetObjectType(brush) == OBJ_BRUSH, "brush type %lu", GetObjectType(brush));
    ok(GetObjectType(pen) == OBJ_PEN, "pen type %lu", GetObjectType(pen));
    ok(GetObjectType(rgn) == OBJ_REGION, "region type %lu", GetObjectType(rgn));
    ok(GetObjectType(bmp) == OBJ_BITMAP, "bitmap type %lu", GetObjectType(bmp));
    ok(GetObjectType(GetStockObject(DEFAULT_GUI_FONT)) == OBJ_FONT, "font type %lu",
       GetObjectType(GetStockObject(DEFAULT_GUI_FONT)));
    ok(GetObjectType(GetStockObject(DEFAULT_PALETTE)) == OBJ_PAL, "palette type");
    ok(GetObjectType(GetStockObject(DC_BRUSH)) == OBJ_BRUSH, "DC_BRUSH type");
    if (!is_wine()) {
        /* Windows' type bits (Wine numbers its handles differently) */
        ok((((ULONG_PTR)brush >> 16) & 0x7f) == 0x10, "brush handle %p", brush);
        ok((((ULONG_PTR)pen >> 16) & 0x7f) == 0x30, "pen handle %p", pen);
        ok((((ULONG_PTR)rgn >> 16) & 0x7f) == 0x04, "region handle %p", rgn);
        ok((((ULONG_PTR)bmp >> 16) & 0x7f) == 0x05, "bitmap handle %p", bmp);
    }
    n = GetObjectA(brush, sizeof(lb), &lb);
    ok(n == sizeof(lb) && lb.lbStyle == BS_SOLID && lb.lbColor == RGB(1, 2, 3), "brush %d %u %lx", n, lb.lbStyle, lb.lbColor);
    n = GetObjectA(pen, sizeof(lp), &lp);
    ok(n == sizeof(lp) && lp.lopnStyle == PS_DASH && lp.lopnColor == RGB(4, 5, 6), "pen %d %u", n, lp.lopnStyle);
    n = GetObjectA(bmp, sizeof(bm), &bm);
    ok(n == sizeof(bm) && bm.bmWidth == 4 && bm.bmBitsPixel == 1 && bm.bmWidthBytes == 2, "bitmap %d %ld %d %ld",
       n, bm.bmWidth, bm.bmBitsPixel, bm.bmWidthBytes);

    /* the default objects of a new DC */
    ok(GetCurrentObject(dc, OBJ_BRUSH) == GetStockObject(WHITE_BRUSH), "default brush");
    ok(GetCurrentObject(dc, OBJ_PEN) == GetStockObject(BLACK_PEN), "default pen");
    n = GetObjectA(GetCurrentObject(dc, OBJ_BITMAP), sizeof(bm), &bm);
    ok(n && bm.bmWidth == 1 && bm.bmHeight == 1 && bm.bmBitsPixel == 1, "default bitmap %ldx%ld %d",
       bm.bmWidth, bm.bmHeight, bm.bmBitsPixel);
    ok(GetDeviceCaps(dc, LOGPIXELSX) == 96 && GetDeviceCaps(dc, LOGPIXELSY) == 96, "dpi %d",
       GetDeviceCaps(dc, LOGPIXELSX));
    ok(GetDeviceCaps(dc, BITSPIXEL) == 1 || is_wine(), "memory DC depth %d", GetDeviceCaps(dc, BITSPIXEL));

    /* a selected object survives DeleteObject until deselected */
    old = SelectObject(dc, brush);
    ok(old == GetStockObject(WHITE_BRUSH), "SelectObject returned %p", old);
    ok(DeleteObject(brush), "DeleteObject of selected brush");
    ok(GetObjectType(brush) == OBJ_BRUSH, "selected brush gone early");
    SelectObject(dc, old);
    ok(GetObjectType(brush) == 0, "brush not freed on deselect: %lu", GetObjectType(brush));
    ok(DeleteObject(GetStockObject(BLACK_PEN)), "DeleteObject(stock)");
    ok(GetObjectType(GetStockObject(BLACK_PEN)) == OBJ_PEN, "stock pen deleted");

    /* SaveDC / RestoreDC */
    SetBkColor(dc, RGB(1, 1, 1));
    SetROP2(dc, R2_XORPEN);
    n = SaveDC(dc);
    ok(n == 1, "SaveDC %d", n);
    SetBkColor(dc, RGB(2, 2, 2));
    SetROP2(dc, R2_NOT);
    ok(SaveDC(dc) == 2, "second SaveDC");
    ok(RestoreDC(dc, -2), "RestoreDC(-2)");
    ok(GetBkColor(dc) == RGB(1, 1, 1) && GetROP2(dc) == R2_XORPEN, "restored %lx %d", GetBkColor(dc), GetROP2(dc));
    ok(!RestoreDC(dc, 1), "RestoreDC past the stack succeeded");

    ok(SetBkMode(dc, 7) == 0, "SetBkMode(7) accepted");
    DeleteObject(pen);
    DeleteObject(rgn);
    DeleteObject(bmp);
    DeleteDC(dc);
    ok(GetObjectType(dc) == 0, "deleted DC still valid");
}

static void test_regions(void)
{
    HRGN a = CreateRectRgn(0, 0, 10, 10), b = CreateRectRgn(5, 5, 15, 15), c = CreateRectRgn(0, 0, 0, 0);
    RECT r, probe = { 9, 9, 12, 12 };
    struct { RGNDATAHEADER h; RECT rects[8]; } data;
    DWORD size;

    ok(CombineRgn(c, a, b, RGN_AND) == SIMPLEREGION, "AND");
    GetRgnBox(c, &r);
    ok(r.left == 5 && r.top == 5 && r.right == 10 && r.bottom == 10, "AND box %ld,%ld,%ld,%ld", r.left, r.top, r.right, r.bottom);
    ok(CombineRgn(c, a, b, RGN_OR) == COMPLEXREGION, "OR");
    ok(CombineRgn(c, a, b, RGN_XOR) == COMPLEXREGION, "XOR");
    ok(!PtInRegion(c, 7, 7) && PtInRegion(c, 2, 2) && PtInRegion(c, 12, 12), "XOR points");
    size = GetRegionData(c, 0, NULL);
    ok(size == sizeof(RGNDATAHEADER) + 4 * sizeof(RECT), "XOR data size %lu", size);
    ok(GetRegionData(c, sizeof(data), (RGNDATA *)&data) == size && data.h.nCount == 4, "XOR rects %lu", data.h.nCount);
    ok(data.rects[0].left == 0 && data.rects[0].top == 0 && data.rects[0].right == 10 && data.rects[0].bottom == 5,
       "first rect %ld,%ld,%ld,%ld", data.rects[0].left, data.rects[0].top, data.rects[0].right, data.rects[0].bottom);
    ok(CombineRgn(c, a, b, RGN_DIFF) == COMPLEXREGION, "DIFF");
    ok(CombineRgn(c, a, a, RGN_DIFF) == NULLREGION, "DIFF self");
    ok(CombineRgn(c, b, NULL, RGN_COPY) == SIMPLEREGION && EqualRgn(b, c), "COPY");
    ok(OffsetRgn(c, -5, -5) == SIMPLEREGION && EqualRgn(a, c), "OffsetRgn");
    ok(RectInRegion(a, &probe), "RectInRegion overlap");
    probe.left = 10;
    ok(!RectInRegion(a, &probe), "RectInRegion outside");
    ok(SetRectRgn(c, 3, 3, 1, 1) && GetRgnBox(c, &r) == SIMPLEREGION && r.left == 1 && r.right == 3, "SetRectRgn");
    DeleteObject(a);
    DeleteObject(b);
    DeleteObject(c);
}

struct dib_info { BITMAPINFOHEADER h; DWORD colors[256]; };
static int dump_rows;

/* draws the same picture in a DIB of BPP and reads it back as 32 bpp */
static DWORD draw_in_dib(int bpp, BOOL bitfields_565, BOOL top_down, COLORREF *pixel)
{
    struct dib_info info;
    struct dib_info out;
    DWORD buf[16 * 8], h = 2166136261u;
    void *bits;
    HDC dc = CreateCompatibleDC(NULL);
    HBITMAP dib;
    HBRUSH brush = CreateSolidBrush(RGB(0x80, 0x40, 0xc0));
    HPEN pen = CreatePen(PS_SOLID, 1, RGB(0xff, 0x20, 0x10));

    memset(&info, 0, sizeof(info));
    info.h.biSize = sizeof(info.h);
    info.h.biWidth = 16;
    info.h.biHeight = top_down ? -8 : 8;
    info.h.biPlanes = 1;
    info.h.biBitCount = bpp;
    if (bitfields_565) {
        info.h.biCompression = BI_BITFIELDS;
        info.colors[0] = 0xf800; info.colors[1] = 0x07e0; info.colors[2] = 0x001f;
    }
    for (int i = 0; bpp <= 8 && i < (1 << bpp); i++)   /* a grey ramp plus some colours */
        info.colors[i] = i == 1 ? 0xff2010 : i == 2 ? 0x8040c0 : (i * 255 / ((1 << bpp) - 1)) * 0x010101;
    dib = CreateDIBSection(dc, (BITMAPINFO *)&info, DIB_RGB_COLORS, &bits, NULL, 0);
    SelectObject(dc, dib);
    SelectObject(dc, brush);
    SelectObject(dc, pen);
    PatBlt(dc, 0, 0, 16, 8, WHITENESS);
    Rectangle(dc, 1, 1, 9, 7);
    MoveToEx(dc, 0, 7, NULL);
    LineTo(dc, 15, 0);
    PatBlt(dc, 10, 2, 4, 4, DSTINVERT);
    *pixel = GetPixel(dc, 3, 3);
    SelectObject(dc, GetStockObject(BLACK_PEN));
    SelectObject(dc, GetStockObject(WHITE_BRUSH));
    SelectObject(dc, GetStockObject(DEFAULT_PALETTE));
    {
        HBITMAP tmp = CreateBitmap(1, 1, 1, 1, NULL);
        SelectObject(dc, tmp);
        memset(&out, 0, sizeof(out));
        out.h.biSize = sizeof(out.h);
        out.h.biWidth = 16;
        out.h.biHeight = -8;
        out.h.biPlanes = 1;
        out.h.biBitCount = 32;
        memset(buf, 0, sizeof(buf));
        ok(GetDIBits(dc, dib, 0, 8, buf, (BITMAPINFO *)&out, DIB_RGB_COLORS) == 8, "GetDIBits %d bpp", bpp);
        SelectObject(dc, GetStockObject(DEFAULT_PALETTE));
        DeleteDC(dc);
        DeleteObject(tmp);
    }
    DeleteObject(dib);
    DeleteObject(brush);
    DeleteObject(pen);
    if (dump_rows)
        for (int y = 0; y < 8; y++) {
            for (int x = 0; x < 16; x++) printf(" %06lx", buf[y * 16 + x] & 0xffffff);
            printf("\n");
        }
    for (int i = 0; i < 16 * 8; i++) {
        const BYTE *p = (const BYTE *)&buf[i];
        for (int k = 0; k < 3; k++) { h ^= p[k]; h *= 16777619u; }
    }
    return h;
}

static void test_dib_formats(int dump)
{
    static const struct { int bpp; BOOL b565, top_down; DWORD hash; COLORREF pixel; } formats[] = {
        { 1, FALSE, TRUE, 0x964a9c99, 0x000000 },
        { 4, FALSE, FALSE, 0x9d994f6d, 0xc04080 },
        { 8, FALSE, TRUE, 0x5b8dbaad, 0xc04080 },
        { 16, FALSE, FALSE, 0x85ef4a11, 0xc64284 },
        { 16, TRUE, TRUE, 0x68928d01, 0xc64184 },
        { 24, FALSE, FALSE, 0x34a256a5, 0xc04080 },
        { 32, FALSE, TRUE, 0x34a256a5, 0xc04080 },
    };
    for (unsigned i = 0; i < sizeof(formats) / sizeof(formats[0]); i++) {
        COLORREF pixel;
        DWORD h = draw_in_dib(formats[i].bpp, formats[i].b565, formats[i].top_down, &pixel);
        if (dump) printf("{ %d, %s, %s, 0x%08lx, 0x%06lx },\n", formats[i].bpp, formats[i].b565 ? "TRUE" : "FALSE",
                         formats[i].top_down ? "TRUE" : "FALSE", h, pixel);
        else ok(h == formats[i].hash && pixel == formats[i].pixel, "%d bpp%s: hash %08lx pixel %06lx",
                formats[i].bpp, formats[i].b565 ? " 565" : "", h, pixel);
    }
}

static void test_bad_input(void)
{
    HDC dc = CreateCompatibleDC(NULL);
    BITMAPINFO bi;
    void *bits = (void *)1;
    HBITMAP dib;

    ok(GetObjectType((HGDIOBJ)0x12345) == 0, "bogus handle has a type");
    ok(!DeleteObject((HGDIOBJ)0x12345), "DeleteObject(bogus) succeeded");
    ok(!SelectObject(dc, (HGDIOBJ)0x12345), "SelectObject(bogus) succeeded");
    ok(!SelectObject((HDC)0x12345, GetStockObject(BLACK_PEN)), "SelectObject on a bogus DC succeeded");
    ok(!LineTo((HDC)0x12345, 1, 1), "LineTo on a bogus DC succeeded");
    memset(&bi, 0, sizeof(bi));
    bi.bmiHeader.biSize = sizeof(bi.bmiHeader);
    bi.bmiHeader.biWidth = 4;
    bi.bmiHeader.biHeight = 4;
    bi.bmiHeader.biPlanes = 1;
    bi.bmiHeader.biBitCount = 7;
    dib = CreateDIBSection(dc, &bi, DIB_RGB_COLORS, &bits, NULL, 0);
    ok(!dib && !bits, "7 bpp DIB section: %p %p", dib, bits);
    bi.bmiHeader.biBitCount = 32;
    bi.bmiHeader.biWidth = -4;
    ok(!CreateDIBSection(dc, &bi, DIB_RGB_COLORS, &bits, NULL, 0), "negative width DIB section");
    bi.bmiHeader.biWidth = 64;
    bi.bmiHeader.biHeight = 64;
    dib = CreateDIBSection(dc, &bi, DIB_RGB_COLORS, &bits, NULL, 0);
    SelectObject(dc, dib);
    /* far outside: clipped, and quick */
    MoveToEx(dc, -100000000, 5, NULL);
    ok(LineTo(dc, 100000000, 7), "long LineTo");
    ok(GetPixel(dc, 10, 6) != CLR_INVALID && GetPixel(dc, 64, 6) == CLR_INVALID, "GetPixel clipping");
    DeleteDC(dc);
    DeleteObject(dib);
}

int main(int argc, char **argv)
{
    int dump = argc > 1 && !strcmp(argv[1], "dump");
    dump_rows = dump;
    if (!dump) {
        test_objects();
        test_regions();
        test_bad_input();
    }
    test_dib_formats(dump);
    return test_done();
}
