/*
 * Wide and geometric pens, drawn into a 32 bpp DIB section: caps, joins,
 * miter limits, PS_INSIDEFRAME, widths under mapping modes, ROP2 over
 * self-overlapping strokes. "gdi_widepen.exe dump" prints each scene's
 * hash and an ASCII map; the hashes below are Wine's (whose DIB engine
 * builds wide strokes as Windows does); all scenes match it exactly. A
 * few points per scene are checked as well, so that a failure says what
 * went wrong.
 */
#include "test.h"

#define W 40
#define H 40

static HDC dc;
static DWORD *bits;

static DWORD hash(void)
{
    DWORD h = 2166136261u;
    for (int i = 0; i < W * H; i++) {
        DWORD p = bits[i] & 0xffffff;
        for (int b = 0; b < 3; b++) { h ^= (p >> (8 * b)) & 0xff; h *= 16777619u; }
    }
    return h;
}

/* the pixel at x, y (top-down DIB) */
static DWORD px(int x, int y) { return bits[y * W + x] & 0xffffff; }
static BOOL ink(int x, int y) { return px(x, y) != 0xffffff; }

static void reset(void)
{
    SetMapMode(dc, MM_TEXT);
    XFORM identity = { 1, 0, 0, 1, 0, 0 };
    SetGraphicsMode(dc, GM_ADVANCED);
    SetWorldTransform(dc, &identity);
    SetGraphicsMode(dc, GM_COMPATIBLE);
    SetROP2(dc, R2_COPYPEN);
    SelectObject(dc, GetStockObject(NULL_BRUSH));
    for (int i = 0; i < W * H; i++) bits[i] = 0xffffff;
}

static HPEN ext_pen(DWORD style, DWORD width, COLORREF color)
{
    LOGBRUSH lb = { BS_SOLID, color, 0 };
    return ExtCreatePen(PS_GEOMETRIC | style, width, &lb, 0, NULL);
}

/* draws with PEN, deletes it */
static void with_pen(HPEN pen, void (*draw)(void))
{
    HGDIOBJ old = SelectObject(dc, pen);
    draw();
    SelectObject(dc, old);
    DeleteObject(pen);
}

static void hline(void) { MoveToEx(dc, 8, 20, NULL); LineTo(dc, 30, 20); }
static void vline(void) { MoveToEx(dc, 20, 6, NULL); LineTo(dc, 20, 32); }
static void slant(void) { MoveToEx(dc, 6, 8, NULL); LineTo(dc, 32, 28); }
static void ell(void)
{
    POINT pts[3] = { { 6, 30 }, { 20, 8 }, { 34, 30 } };
    Polyline(dc, pts, 3);
}
static void rect(void) { Rectangle(dc, 8, 8, 32, 30); }
static void ellipse(void) { Ellipse(dc, 6, 6, 34, 30); }
static void cross(void)
{
    POINT pts[4] = { { 6, 6 }, { 32, 32 }, { 32, 6 }, { 6, 32 } };
    Polyline(dc, pts, 4);
}

static void s_round(void) { with_pen(CreatePen(PS_SOLID, 5, RGB(0, 0, 0)), hline); }
static void s_flat(void) { with_pen(ext_pen(PS_ENDCAP_FLAT, 5, 0), hline); }
static void s_square(void) { with_pen(ext_pen(PS_ENDCAP_SQUARE, 5, 0), hline); }
static void s_even(void) { with_pen(ext_pen(PS_ENDCAP_FLAT, 4, 0), vline); }
static void s_slant(void) { with_pen(ext_pen(PS_ENDCAP_FLAT, 6, 0), slant); }
static void s_slant_round(void) { with_pen(CreatePen(PS_SOLID, 7, 0), slant); }
static void s_miter(void) { with_pen(ext_pen(PS_ENDCAP_FLAT | PS_JOIN_MITER, 7, 0), ell); }
static void s_bevel(void) { with_pen(ext_pen(PS_ENDCAP_FLAT | PS_JOIN_BEVEL, 7, 0), ell); }
static void s_join_round(void) { with_pen(ext_pen(PS_ENDCAP_FLAT | PS_JOIN_ROUND, 7, 0), ell); }
static void s_miter_limit(void)
{
    FLOAT old = 0;
    SetMiterLimit(dc, 1.5f, &old);
    with_pen(ext_pen(PS_ENDCAP_FLAT | PS_JOIN_MITER, 7, 0), ell);
    SetMiterLimit(dc, old, NULL);
}
static void s_rect(void) { with_pen(CreatePen(PS_SOLID, 6, 0), rect); }
static void s_rect_miter(void) { with_pen(ext_pen(PS_JOIN_MITER, 6, 0), rect); }
static void s_inside(void) { with_pen(CreatePen(PS_INSIDEFRAME, 6, 0), rect); }
static void s_ellipse(void) { with_pen(CreatePen(PS_SOLID, 5, 0), ellipse); }
static void s_xor(void)
{
    SetROP2(dc, R2_XORPEN);
    with_pen(CreatePen(PS_SOLID, 5, RGB(255, 255, 255)), cross);
}
static void s_arc(void)
{
    HGDIOBJ old = SelectObject(dc, CreatePen(PS_SOLID, 4, RGB(0, 0, 255)));
    Arc(dc, 4, 4, 36, 34, 36, 4, 4, 20);
    DeleteObject(SelectObject(dc, old));
}

static void s_pie(void)
{
    HGDIOBJ old = SelectObject(dc, CreatePen(PS_SOLID, 5, RGB(255, 0, 0)));
    SelectObject(dc, GetStockObject(GRAY_BRUSH));
    Pie(dc, 4, 4, 36, 34, 36, 20, 20, 4);
    DeleteObject(SelectObject(dc, old));
}

static void s_polygon_xor(void)
{
    POINT pts[5] = { { 4, 4 }, { 34, 10 }, { 10, 34 }, { 30, 34 }, { 6, 18 } };
    HGDIOBJ old = SelectObject(dc, ext_pen(PS_ENDCAP_FLAT | PS_JOIN_MITER, 5, RGB(0, 255, 0)));
    SelectObject(dc, GetStockObject(BLACK_BRUSH));
    SetROP2(dc, R2_XORPEN);
    Polygon(dc, pts, 5);
    DeleteObject(SelectObject(dc, old));
}

static void s_square_slant(void) { with_pen(ext_pen(PS_ENDCAP_SQUARE | PS_JOIN_BEVEL, 6, 0), slant); }
static void s_even_round(void) { with_pen(CreatePen(PS_SOLID, 6, 0), ell); }
static void s_roundrect(void)
{
    HGDIOBJ old = SelectObject(dc, CreatePen(PS_INSIDEFRAME, 5, RGB(128, 0, 128)));
    RoundRect(dc, 4, 4, 36, 34, 14, 12);
    DeleteObject(SelectObject(dc, old));
}

static void s_clip(void)
{
    HRGN rgn = CreateRectRgn(10, 0, 24, 40);
    SelectClipRgn(dc, rgn);
    with_pen(CreatePen(PS_SOLID, 9, 0), cross);
    SelectClipRgn(dc, NULL);
    DeleteObject(rgn);
}

static void s_world(void)
{
    /* the world transform scales pens too: width 2 at 3x is 6 pixels */
    XFORM xf = { 3, 0, 0, 3, 0, 0 };
    HGDIOBJ old;
    SetGraphicsMode(dc, GM_ADVANCED);
    SetWorldTransform(dc, &xf);
    old = SelectObject(dc, ext_pen(PS_ENDCAP_FLAT, 2, 0));
    MoveToEx(dc, 2, 3, NULL);
    LineTo(dc, 11, 9);
    DeleteObject(SelectObject(dc, old));
}

/* brush and wide pen overlap: under R2_XORPEN the pen covers the brush */
static void s_rect_brush(void)
{
    HGDIOBJ old = SelectObject(dc, CreatePen(PS_SOLID, 5, RGB(0, 0, 255)));
    SelectObject(dc, GetStockObject(GRAY_BRUSH));
    SetROP2(dc, R2_XORPEN);
    Rectangle(dc, 6, 6, 34, 30);
    DeleteObject(SelectObject(dc, old));
}

static void s_ellipse_brush(void)
{
    HGDIOBJ old = SelectObject(dc, ext_pen(PS_JOIN_BEVEL, 6, RGB(255, 0, 0)));
    SelectObject(dc, GetStockObject(GRAY_BRUSH));
    SetROP2(dc, R2_XORPEN);
    Ellipse(dc, 4, 4, 36, 32);
    DeleteObject(SelectObject(dc, old));
}

struct scene {
    const char *name;
    void (*draw)(void);
    DWORD expect;          /* Wine's hash */
};

static void s_scaled_line(void)
{
    HGDIOBJ old;
    SetMapMode(dc, MM_ANISOTROPIC);
    SetWindowExtEx(dc, 1, 1, NULL);
    SetViewportExtEx(dc, 2, 2, NULL);
    old = SelectObject(dc, ext_pen(PS_ENDCAP_FLAT, 3, 0));
    MoveToEx(dc, 4, 10, NULL);
    LineTo(dc, 16, 10);
    DeleteObject(SelectObject(dc, old));
}

static void s_scaled_cosmetic(void)
{
    LOGBRUSH lb = { BS_SOLID, 0, 0 };
    HGDIOBJ old;
    SetMapMode(dc, MM_ANISOTROPIC);
    SetWindowExtEx(dc, 1, 1, NULL);
    SetViewportExtEx(dc, 4, 4, NULL);
    old = SelectObject(dc, ExtCreatePen(PS_COSMETIC | PS_SOLID, 1, &lb, 0, NULL));
    MoveToEx(dc, 1, 5, NULL);
    LineTo(dc, 9, 5);
    DeleteObject(SelectObject(dc, old));
}

static const struct scene scenes[] = {
    { "round", s_round, 0xc67343b6 },
    { "flat", s_flat, 0x68ca1e87 },
    { "square", s_square, 0xded45513 },
    { "even", s_even, 0x614340bd },
    { "slant", s_slant, 0x3efe391b },
    { "slant_round", s_slant_round, 0x9ec40564 },
    { "miter", s_miter, 0xfd7d100d },
    { "bevel", s_bevel, 0xec69c335 },
    { "join_round", s_join_round, 0x00916bd3 },
    { "miter_limit", s_miter_limit, 0xec69c335 },
    { "rect", s_rect, 0xb7244139 },
    { "rect_miter", s_rect_miter, 0x2fa66339 },
    { "inside", s_inside, 0x86a3a149 },
    { "ellipse", s_ellipse, 0x8e64d0d1 },
    { "xor", s_xor, 0x1731c9d8 },
    { "scaled", s_scaled_line, 0xf5c138b5 },
    { "scaled_cosmetic", s_scaled_cosmetic, 0xf5322e65 },
    { "arc", s_arc, 0xbf004549 },
    { "pie", s_pie, 0xe3aa004d },
    { "polygon_xor", s_polygon_xor, 0x3d7d3912 },
    { "square_slant", s_square_slant, 0x406516ae },
    { "even_round", s_even_round, 0x5bef4581 },
    { "roundrect", s_roundrect, 0x1088477d },
    { "clip", s_clip, 0x3fb8c250 },
    { "world", s_world, 0x16aa1332 },
    { "rect_brush", s_rect_brush, 0x7c70867d },
    { "ellipse_brush", s_ellipse_brush, 0xbc2dea80 },
};

/* what each scene's picture must show, whatever the exact edges */
static void check_points(const char *name)
{
    if (!strcmp(name, "round")) {
        /* 5 wide: rows 18-22; round caps reach 2 pixels past both ends */
        ok(ink(20, 18) && ink(20, 22) && !ink(20, 17) && !ink(20, 23), "round: rows 18-22");
        ok(ink(6, 20) && ink(32, 20) && !ink(5, 20) && !ink(33, 20), "round: caps 6-32");
        ok(!ink(6, 18) && !ink(32, 22), "round: cap corners cut");
    } else if (!strcmp(name, "flat")) {
        ok(ink(8, 20) && ink(29, 20) && !ink(7, 20) && !ink(30, 20), "flat: ends at 8 and 29");
    } else if (!strcmp(name, "square")) {
        ok(ink(6, 18) && ink(31, 22) && !ink(5, 20) && !ink(32, 20), "square: 6-31, corners filled");
    } else if (!strcmp(name, "even")) {
        /* 4 wide about column 20: 18-21 */
        ok(ink(18, 10) && ink(21, 10) && !ink(17, 10) && !ink(22, 10), "even: columns 18-21");
    } else if (!strcmp(name, "miter")) {
        /* the miter point rises above the apex at (20, 8); a bevel does not */
        ok(ink(20, 2), "miter: tip above the apex");
    } else if (!strcmp(name, "bevel") || !strcmp(name, "miter_limit")) {
        ok(!ink(20, 2) && ink(20, 6), "%s: cut at the apex", name);
    } else if (!strcmp(name, "inside")) {
        /* PS_INSIDEFRAME keeps the 6-pixel outline inside 8,8-32,30 */
        ok(ink(8, 20) && ink(31, 20) && ink(20, 8) && ink(20, 29) && !ink(7, 20) && !ink(32, 20) &&
           !ink(20, 7) && !ink(20, 30), "inside: within the box");
        ok(ink(13, 20) && !ink(14, 20), "inside: 6 pixels thick");
    } else if (!strcmp(name, "rect")) {
        /* centred on the outline: 3 pixels out, 2 in (6 wide) */
        ok(ink(5, 20) && !ink(4, 20) && ink(10, 20) && !ink(11, 20), "rect: left edge 5-10");
    } else if (!strcmp(name, "xor")) {
        /* one fill of the whole stroke: the crossing is inverted once, not twice */
        ok(px(19, 19) == 0, "xor: crossing %06lx", px(19, 19));
    } else if (!strcmp(name, "scaled")) {
        /* 3 logical units at 2x: 6 rows about device row 20 */
        ok(ink(12, 17) && ink(12, 22) && !ink(12, 16) && !ink(12, 23), "scaled: rows 17-22");
    } else if (!strcmp(name, "scaled_cosmetic")) {
        ok(ink(10, 20) && !ink(10, 19) && !ink(10, 21), "scaled_cosmetic: one pixel");
    } else if (!strcmp(name, "clip")) {
        ok(!ink(9, 9) && ink(10, 10) && ink(23, 23) && !ink(24, 24), "clip: only columns 10-23");
    } else if (!strcmp(name, "rect_brush")) {
        /* the brush leaves out the outline: XOR gives pen colour on the
         * frame, brush colour inside, never both */
        ok(px(6, 20) == 0xffff00 && px(8, 20) == 0xffff00 && px(9, 20) == 0x7f7f7f && px(20, 20) == 0x7f7f7f,
           "rect_brush: %06lx %06lx %06lx %06lx", px(6, 20), px(8, 20), px(9, 20), px(20, 20));
    } else if (!strcmp(name, "arc")) {
        ok(px(20, 5) == 0x0000ff, "arc: blue %06lx", px(20, 5));
    }
}

int main(int argc, char **argv)
{
    BOOL dump = argc > 1 && !strcmp(argv[1], "dump");
    BITMAPINFO bi = { { sizeof(BITMAPINFOHEADER), W, -H, 1, 32, BI_RGB, 0, 0, 0, 0, 0 } };
    HBITMAP bmp;

    dc = CreateCompatibleDC(NULL);
    bmp = CreateDIBSection(dc, &bi, DIB_RGB_COLORS, (void **)&bits, NULL, 0);
    ok(bmp && bits, "DIB section");
    if (!bmp) return test_done();
    SelectObject(dc, bmp);
    for (size_t i = 0; i < sizeof(scenes) / sizeof(scenes[0]); i++) {
        reset();
        scenes[i].draw();
        if (!dump) {
            DWORD got = hash();
            ok(got == scenes[i].expect, "scene %s: hash %08lx, expected %08lx", scenes[i].name, got,
               scenes[i].expect);
            check_points(scenes[i].name);
        }
        if (dump) {
            printf("%s %08lx\n", scenes[i].name, hash());
            DWORD seen[26];
            int nseen = 0;
            for (int y = 0; y < H; y++) {
                char line[W + 1];
                for (int x = 0; x < W; x++) {
                    /* white '.', black '#', other colours a letter each */
                    int k;
                    if (!ink(x, y)) { line[x] = '.'; continue; }
                    if (!px(x, y)) { line[x] = '#'; continue; }
                    for (k = 0; k < nseen && seen[k] != px(x, y); k++) ;
                    if (k == nseen && nseen < 26) seen[nseen++] = px(x, y);
                    line[x] = (char)('a' + (k < 26 ? k : 25));
                }
                line[W] = 0;
                printf("  %s\n", line);
            }
        }
    }
    {
        FLOAT limit = 0;
        LOGBRUSH lb = { BS_SOLID, RGB(1, 2, 3), 0 };
        EXTLOGPEN elp;
        HPEN pen;
        ok(GetMiterLimit(dc, &limit) && limit == 10.0f, "default miter limit %d", (int)limit);
        ok(SetMiterLimit(dc, 4.0f, &limit) && limit == 10.0f, "SetMiterLimit gives the old limit");
        ok(GetMiterLimit(dc, &limit) && limit == 4.0f, "miter limit now %d", (int)limit);
        pen = ExtCreatePen(PS_GEOMETRIC | PS_ENDCAP_SQUARE | PS_JOIN_BEVEL | PS_SOLID, 7, &lb, 0, NULL);
        memset(&elp, 0, sizeof(elp));
        ok(pen && GetObjectW(pen, sizeof(elp), &elp) && elp.elpPenStyle == (PS_GEOMETRIC | PS_ENDCAP_SQUARE |
           PS_JOIN_BEVEL) && elp.elpWidth == 7 && elp.elpColor == RGB(1, 2, 3), "EXTLOGPEN %lx %lu %lx",
           elp.elpPenStyle, elp.elpWidth, elp.elpColor);
        DeleteObject(pen);
        ok(!ExtCreatePen(PS_COSMETIC | PS_SOLID, 3, &lb, 0, NULL), "a cosmetic pen is one pixel wide");
    }
    DeleteDC(dc);
    DeleteObject(bmp);
    return test_done();
}
