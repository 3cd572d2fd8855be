/*
 * Text and fonts: metrics and extents of Arial, Times New Roman and
 * Courier New at several sizes, stock fonts, GetTextExtentExPoint,
 * GetGlyphIndices, EnumFontFamiliesEx, text drawn into a DIB section
 * (ink inside the extent, alignment, TA_UPDATECP, opaque and clipped
 * output, underline), and DrawText / GetTabbedTextExtent layout.
 *
 * The expected numbers were taken under Wine, which uses the same
 * Liberation fonts (metric-compatible with Arial, Times New Roman and
 * Courier New: same advance widths and win ascent/descent). Wine in our
 * environment maps "Times New Roman" and "Courier New" to Liberation Sans
 * (its fontconfig substitution misses them), so under Wine the test asks
 * for the Liberation names directly; GetTextFace, which on Windows gives
 * the requested Windows name, is only checked outside Wine.
 */
#include <windows.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "test.h"

static BOOL is_wine(void)
{
    return GetProcAddress(GetModuleHandleA("ntdll"), "wine_get_version") != NULL;
}

static HFONT make_font(const char *face, int height, int quality)
{
    return CreateFontA(height, 0, 0, 0, FW_NORMAL, 0, 0, 0, DEFAULT_CHARSET, 0, 0, quality, 0, face);
}

struct metric_case {
    const char *face, *wine_face;
    int height;
    int tm_height, ascent, descent, int_lead, ext_lead, ave, max;
    int hello, fox;              /* "Hello", "The quick brown fox" */
    int w_i, w_W, w_space;
    int abc_a, abc_b, abc_c;     /* 'f' */
};

static const struct metric_case metric_cases[] = {
    { "Arial", "Arial", -11, 12, 10, 2, 1, 0, 6, 14, 24, 99, 2, 10, 3, 0, 4, -1 },
    { "Arial", "Arial", -13, 15, 12, 3, 2, 0, 8, 16, 29, 117, 3, 12, 4, 0, 4, 0 },
    { "Arial", "Arial", -16, 17, 14, 3, 2, 1, 9, 20, 38, 143, 4, 15, 4, 0, 5, -1 },
    { "Arial", "Arial", -24, 27, 22, 5, 3, 1, 14, 30, 53, 213, 5, 23, 7, 0, 7, 0 },
    { "Arial", "Arial", 16, 16, 13, 3, 2, 0, 8, 18, 32, 128, 3, 13, 4, 0, 4, 0 },
    { "Arial", "Arial", 20, 20, 16, 4, 2, 1, 11, 23, 41, 161, 4, 17, 5, 0, 6, -1 },
    { "Arial", "Arial", 0, 16, 13, 3, 2, 0, 8, 18, 32, 128, 3, 13, 4, 0, 4, 0 },
    { "Times New Roman", "Liberation Serif", -11, 12, 10, 2, 1, 0, 6, 13, 25, 99, 3, 10, 3, 0, 4, 0 },
    { "Times New Roman", "Liberation Serif", -13, 15, 12, 3, 1, 1, 7, 15, 30, 113, 4, 12, 3, 0, 5, -1 },
    { "Times New Roman", "Liberation Serif", -16, 17, 14, 3, 2, 1, 9, 19, 35, 134, 4, 15, 4, 0, 6, -1 },
    { "Times New Roman", "Liberation Serif", -24, 26, 21, 5, 3, 1, 14, 28, 54, 203, 7, 23, 6, 0, 8, 0 },
    { "Times New Roman", "Liberation Serif", 16, 15, 12, 3, 2, 1, 8, 17, 31, 120, 4, 13, 4, 0, 5, 0 },
    { "Times New Roman", "Liberation Serif", 20, 20, 16, 4, 2, 1, 10, 21, 40, 153, 5, 17, 5, 0, 6, 0 },
    { "Courier New", "Liberation Mono", -11, 12, 9, 3, 1, 0, 7, 7, 35, 133, 7, 7, 7, 0, 6, 1 },
    { "Courier New", "Liberation Mono", -13, 15, 11, 4, 2, 0, 8, 8, 40, 152, 8, 8, 8, 0, 7, 1 },
    { "Courier New", "Liberation Mono", -16, 18, 13, 5, 2, 0, 10, 10, 50, 190, 10, 10, 10, 1, 8, 1 },
    { "Courier New", "Liberation Mono", -24, 27, 20, 7, 3, 0, 14, 15, 70, 266, 14, 14, 14, 1, 12, 1 },
    { "Courier New", "Liberation Mono", 16, 16, 12, 4, 2, 0, 8, 9, 40, 152, 8, 8, 8, 0, 8, 0 },
    { "Courier New", "Liberation Mono", 20, 20, 15, 5, 2, 0, 11, 11, 55, 209, 11, 11, 11, 1, 9, 1 },
    /* the UI faces map to Liberation Sans, like Wine */
    { "MS Shell Dlg", "MS Shell Dlg", -11, 12, 10, 2, 1, 0, 6, 14, 24, 99, 2, 10, 3, 0, 4, -1 },
    { "Tahoma", "Tahoma", -13, 15, 12, 3, 2, 0, 8, 16, 29, 117, 3, 12, 4, 0, 4, 0 },
    { "Segoe UI", "Segoe UI", 16, 16, 13, 3, 2, 0, 8, 18, 32, 128, 3, 13, 4, 0, 4, 0 },
};

static void test_metrics(void)
{
    HDC dc = CreateCompatibleDC(NULL);
    for (unsigned i = 0; i < sizeof(metric_cases) / sizeof(metric_cases[0]); i++) {
        const struct metric_case *c = &metric_cases[i];
        HFONT font = make_font(is_wine() ? c->wine_face : c->face, c->height, DEFAULT_QUALITY);
        HGDIOBJ old = SelectObject(dc, font);
        TEXTMETRICA tm;
        SIZE hello, fox;
        INT wi = 0, wW = 0, wsp = 0;
        ABC abc;
        char face[64];
        BOOL r;

        memset(&tm, 0, sizeof(tm));
        r = GetTextMetricsA(dc, &tm);
        ok(r && tm.tmHeight == c->tm_height && tm.tmAscent == c->ascent && tm.tmDescent == c->descent &&
           tm.tmInternalLeading == c->int_lead && tm.tmExternalLeading == c->ext_lead &&
           tm.tmAveCharWidth == c->ave && tm.tmMaxCharWidth == c->max && tm.tmWeight == FW_NORMAL,
           "%s %d: tm h%ld a%ld d%ld il%ld el%ld av%ld mx%ld w%ld", c->face, c->height, tm.tmHeight, tm.tmAscent,
           tm.tmDescent, tm.tmInternalLeading, tm.tmExternalLeading, tm.tmAveCharWidth, tm.tmMaxCharWidth,
           tm.tmWeight);
        ok((tm.tmPitchAndFamily & (TMPF_TRUETYPE | TMPF_VECTOR)) == (TMPF_TRUETYPE | TMPF_VECTOR) &&
           ((tm.tmPitchAndFamily & TMPF_FIXED_PITCH) != 0) == (strcmp(c->face, "Courier New") != 0),
           "%s %d: pitch and family %x", c->face, c->height, tm.tmPitchAndFamily);
        GetTextExtentPoint32A(dc, "Hello", 5, &hello);
        GetTextExtentPoint32A(dc, "The quick brown fox", 19, &fox);
        ok(hello.cx == c->hello && hello.cy == c->tm_height && fox.cx == c->fox,
           "%s %d: extents Hello %ldx%ld fox %ld", c->face, c->height, hello.cx, hello.cy, fox.cx);
        GetCharWidth32A(dc, 'i', 'i', &wi);
        GetCharWidth32A(dc, 'W', 'W', &wW);
        GetCharWidth32W(dc, ' ', ' ', &wsp);
        ok(wi == c->w_i && wW == c->w_W && wsp == c->w_space, "%s %d: widths i %d W %d space %d", c->face,
           c->height, wi, wW, wsp);
        memset(&abc, 0, sizeof(abc));
        GetCharABCWidthsA(dc, 'f', 'f', &abc);
        ok(abc.abcA == c->abc_a && (int)abc.abcB == c->abc_b && abc.abcC == c->abc_c, "%s %d: ABC of f %d %u %d",
           c->face, c->height, abc.abcA, abc.abcB, abc.abcC);
        if (!is_wine()) {
            GetTextFaceA(dc, sizeof(face), face);
            ok(!strcmp(face, c->face), "%s %d: face %s", c->face, c->height, face);
        }
        SelectObject(dc, old);
        DeleteObject(font);
    }
    DeleteDC(dc);
}

static void test_stock_and_misc(void)
{
    HDC dc = CreateCompatibleDC(NULL);
    HFONT font = make_font(is_wine() ? "Liberation Sans" : "Arial", -11, DEFAULT_QUALITY);
    TEXTMETRICA tm;
    SIZE size;
    INT fit = -1, dx[5] = { 0 };
    WORD gi[3];
    DWORD r;
    char face[64];

    SelectObject(dc, GetStockObject(DEFAULT_GUI_FONT));
    GetTextMetricsA(dc, &tm);
    GetTextExtentPoint32A(dc, "Hello", 5, &size);
    ok(tm.tmHeight == 12 && tm.tmAscent == 10 && tm.tmAveCharWidth == 6 && size.cx == 24,
       "DEFAULT_GUI_FONT h%ld a%ld av%ld Hello %ld", tm.tmHeight, tm.tmAscent, tm.tmAveCharWidth, size.cx);
    if (!is_wine()) {
        GetTextFaceA(dc, sizeof(face), face);
        ok(!strcmp(face, "MS Shell Dlg"), "DEFAULT_GUI_FONT face %s", face);
    }
    SelectObject(dc, GetStockObject(SYSTEM_FONT));
    GetTextMetricsA(dc, &tm);
    ok(tm.tmHeight == 16 && tm.tmAscent == 13 && tm.tmAveCharWidth == 7, "SYSTEM_FONT h%ld a%ld av%ld",
       tm.tmHeight, tm.tmAscent, tm.tmAveCharWidth);
    SelectObject(dc, GetStockObject(ANSI_FIXED_FONT));
    GetTextMetricsA(dc, &tm);
    GetTextExtentPoint32A(dc, "Hello", 5, &size);
    ok(tm.tmHeight == 12 && tm.tmAscent == 9 && tm.tmAveCharWidth == 7 && size.cx == 35,
       "ANSI_FIXED_FONT h%ld a%ld av%ld Hello %ld", tm.tmHeight, tm.tmAscent, tm.tmAveCharWidth, size.cx);

    SelectObject(dc, font);
    ok(GetTextExtentExPointA(dc, "Hello", 5, 20, &fit, dx, &size), "GetTextExtentExPointA");
    ok(fit == 4 && dx[0] == 8 && dx[1] == 14 && dx[2] == 16 && dx[3] == 18 && size.cx == 24 && size.cy == 12,
       "extent ex: fit %d dx %d %d %d %d size %ldx%ld", fit, dx[0], dx[1], dx[2], dx[3], size.cx, size.cy);
    SetTextCharacterExtra(dc, 2);
    GetTextExtentPoint32A(dc, "Hello", 5, &size);
    ok(size.cx == 34, "extent with character extra 2: %ld", size.cx);
    SetTextCharacterExtra(dc, 0);

    r = GetGlyphIndicesW(dc, L"A\xe000 ", 3, gi, GGI_MARK_NONEXISTING_GLYPHS);
    ok(r == 3 && gi[0] == 0x24 && gi[1] == 0xffff && gi[2] == 3, "glyph indices %lu: %x %x %x", r, gi[0], gi[1],
       gi[2]);
    GetGlyphIndicesW(dc, L"A\xe000 ", 3, gi, 0);
    ok(gi[1] == 0, "missing glyph without the flag: %x", gi[1]);
    DeleteDC(dc);
    DeleteObject(font);
}

static void test_outline_metrics(void)
{
    HDC dc = CreateCompatibleDC(NULL);
    const char *face = is_wine() ? "Liberation Sans" : "Arial";
    HFONT font = CreateFontA(-16, 0, 0, 0, FW_BOLD, 0, 0, 0, DEFAULT_CHARSET, 0, 0, 0, 0, face);
    OUTLINETEXTMETRICA *otm;
    UINT need, got;
    char full[80];

    SelectObject(dc, font);
    need = GetOutlineTextMetricsA(dc, 0, NULL);
    ok(need > sizeof(*otm), "GetOutlineTextMetricsA needs %u", need);
    otm = malloc(need);
    got = GetOutlineTextMetricsA(dc, need, otm);
    ok(got == need && otm->otmSize == need, "got %u, otmSize %u", got, otm->otmSize);
    ok(otm->otmEMSquare == 2048 && otm->otmAscent == 12 && otm->otmDescent == -3 && otm->otmLineGap == 2 &&
       otm->otmsCapEmHeight == 11 && otm->otmsXHeight == 8, "em %u ascent %d descent %d gap %u cap %u x %u",
       otm->otmEMSquare, otm->otmAscent, otm->otmDescent, otm->otmLineGap, otm->otmsCapEmHeight, otm->otmsXHeight);
    ok(otm->otmrcFontBox.left == -3 && otm->otmrcFontBox.top == 17 && otm->otmrcFontBox.right == 17 &&
       otm->otmrcFontBox.bottom == -5 && otm->otmMacAscent == 14 && otm->otmMacDescent == -3 &&
       otm->otmMacLineGap == 1, "font box %ld %ld %ld %ld mac %d %d %u", otm->otmrcFontBox.left,
       otm->otmrcFontBox.top, otm->otmrcFontBox.right, otm->otmrcFontBox.bottom, otm->otmMacAscent,
       otm->otmMacDescent, otm->otmMacLineGap);
    ok(otm->otmsStrikeoutSize == 1 && otm->otmsStrikeoutPosition == 4 && otm->otmsUnderscoreSize == 2 &&
       otm->otmsUnderscorePosition == 0 && otm->otmfsSelection == 0x20 && otm->otmTextMetrics.tmWeight == FW_BOLD &&
       otm->otmTextMetrics.tmAveCharWidth == 10,
       "strikeout %u %d underscore %d %d selection %x weight %ld", otm->otmsStrikeoutSize, otm->otmsStrikeoutPosition,
       otm->otmsUnderscoreSize, otm->otmsUnderscorePosition, otm->otmfsSelection, otm->otmTextMetrics.tmWeight);
    snprintf(full, sizeof(full), "%s Bold", face);
    ok(!strcmp((char *)otm + (ULONG_PTR)otm->otmpFamilyName, face) &&
       !strcmp((char *)otm + (ULONG_PTR)otm->otmpFaceName, full) &&
       !strcmp((char *)otm + (ULONG_PTR)otm->otmpStyleName, "Bold") &&
       strstr((char *)otm + (ULONG_PTR)otm->otmpFullName, "Liberation Sans Bold"),
       "names '%s' '%s' '%s' '%s'", (char *)otm + (ULONG_PTR)otm->otmpFamilyName,
       (char *)otm + (ULONG_PTR)otm->otmpFaceName, (char *)otm + (ULONG_PTR)otm->otmpStyleName,
       (char *)otm + (ULONG_PTR)otm->otmpFullName);
    free(otm);
    {
        OUTLINETEXTMETRICW small;
        got = GetOutlineTextMetricsW(dc, sizeof(small), &small);
        ok(got == sizeof(small) && GetOutlineTextMetricsW(dc, 0, NULL) > sizeof(small),
           "a buffer without room for the names: %u", got);
    }
    DeleteDC(dc);
    DeleteObject(font);
}

static int CALLBACK enum_proc(const LOGFONTA *lf, const TEXTMETRICA *tm, DWORD type, LPARAM lparam)
{
    int *found = (int *)lparam;
    (void)tm;
    if (!strcmp(lf->lfFaceName, "Arial")) found[0]++;
    if (!strcmp(lf->lfFaceName, "Times New Roman")) found[1]++;
    if (!strcmp(lf->lfFaceName, "Courier New")) found[2]++;
    if (type & TRUETYPE_FONTTYPE) found[3]++;
    found[4]++;
    return 1;
}

static void test_enum(void)
{
    HDC dc = CreateCompatibleDC(NULL);
    LOGFONTA lf;
    int found[5] = { 0 };

    memset(&lf, 0, sizeof(lf));
    lf.lfCharSet = DEFAULT_CHARSET;
    EnumFontFamiliesExA(dc, &lf, enum_proc, (LPARAM)found, 0);
    trace("enumerated %d families, %d TrueType", found[4], found[3]);
    ok(found[4] >= 3 && found[3] >= 3, "families enumerated: %d", found[4]);
    if (!is_wine()) /* Wine here lists the Liberation names only */
        ok(found[0] >= 1 && found[1] >= 1 && found[2] >= 1, "Arial %d, Times New Roman %d, Courier New %d", found[0],
           found[1], found[2]);
    memset(found, 0, sizeof(found));
    strcpy(lf.lfFaceName, is_wine() ? "Liberation Sans" : "Arial");
    EnumFontFamiliesExA(dc, &lf, enum_proc, (LPARAM)found, 0);
    ok(found[4] >= 1, "one family asked for: %d callbacks", found[4]);
    DeleteDC(dc);
}

/* ---- drawing into a DIB section ---- */

#define W 200
#define H 60
static DWORD *bits;

static void clear(void)
{
    for (int i = 0; i < W * H; i++) bits[i] = 0xffffff;
}

struct ink { int left, top, right, bottom, count, colored; };

/* The box around non-white pixels (inclusive), their count and how many
 * are neither white nor black. */
static struct ink ink(void)
{
    struct ink r = { W, H, -1, -1, 0, 0 };
    for (int y = 0; y < H; y++)
        for (int x = 0; x < W; x++) {
            DWORD p = bits[y * W + x] & 0xffffff;
            if (p == 0xffffff) continue;
            r.count++;
            if (p) r.colored++;
            if (x < r.left) r.left = x;
            if (x > r.right) r.right = x;
            if (y < r.top) r.top = y;
            if (y > r.bottom) r.bottom = y;
        }
    return r;
}

static void test_drawing(void)
{
    BITMAPINFO bi;
    HDC dc = CreateCompatibleDC(NULL);
    HBITMAP bmp;
    HFONT font = make_font(is_wine() ? "Liberation Sans" : "Arial", -16, NONANTIALIASED_QUALITY);
    HFONT ufont = CreateFontA(-16, 0, 0, 0, FW_NORMAL, 0, TRUE, 0, DEFAULT_CHARSET, 0, 0, NONANTIALIASED_QUALITY, 0,
                              is_wine() ? "Liberation Sans" : "Arial");
    SIZE size;
    TEXTMETRICA tm;
    struct ink a, b;
    POINT pt;

    memset(&bi, 0, sizeof(bi));
    bi.bmiHeader.biSize = sizeof(bi.bmiHeader);
    bi.bmiHeader.biWidth = W;
    bi.bmiHeader.biHeight = -H;
    bi.bmiHeader.biPlanes = 1;
    bi.bmiHeader.biBitCount = 32;
    bmp = CreateDIBSection(dc, &bi, DIB_RGB_COLORS, (void **)&bits, NULL, 0);
    SelectObject(dc, bmp);
    SelectObject(dc, font);
    SetBkMode(dc, TRANSPARENT);
    GetTextMetricsA(dc, &tm);

    clear();
    TextOutA(dc, 10, 10, "H", 1);
    GetTextExtentPoint32A(dc, "H", 1, &size);
    a = ink();
    ok(a.count > 20 && a.colored == 0, "H: %d pixels, %d not black", a.count, a.colored);
    ok(a.left >= 10 && a.right < 10 + size.cx && a.top >= 10 && a.bottom < 10 + tm.tmHeight,
       "H ink %d,%d-%d,%d outside its cell %ldx%ld", a.left, a.top, a.right, a.bottom, size.cx, tm.tmHeight);
    /* Windows (and Wine) draw H of Arial -16 at these rows: cap height 11 above the baseline at 10+14 */
    ok(a.top == 13 && a.bottom == 23 && a.left == 11, "H ink box %d,%d-%d,%d", a.left, a.top, a.right, a.bottom);

    clear();
    TextOutA(dc, 10, 10, "Hello", 5);
    a = ink();
    GetTextExtentPoint32A(dc, "Hello", 5, &size);
    ok(a.left >= 10 && a.right < 10 + size.cx && a.top == 12 && a.bottom == 23, "Hello ink %d,%d-%d,%d extent %ld",
       a.left, a.top, a.right, a.bottom, size.cx);

    SetTextAlign(dc, TA_RIGHT | TA_BASELINE);
    clear();
    TextOutA(dc, 100, 30, "Hello", 5);
    b = ink();
    ok(b.right < 100 && b.left >= 100 - size.cx && b.bottom == a.bottom + (30 - 10 - tm.tmAscent) &&
       b.count == a.count, "TA_RIGHT|TA_BASELINE ink %d,%d-%d,%d", b.left, b.top, b.right, b.bottom);
    SetTextAlign(dc, TA_CENTER | TA_BOTTOM);
    clear();
    TextOutA(dc, 100, 40, "Hello", 5);
    b = ink();
    ok(b.left >= 100 - size.cx / 2 && b.right < 100 + (size.cx + 1) / 2 && b.bottom < 40 && b.top >= 40 - tm.tmHeight,
       "TA_CENTER|TA_BOTTOM ink %d,%d-%d,%d", b.left, b.top, b.right, b.bottom);

    SetTextAlign(dc, TA_LEFT | TA_TOP | TA_UPDATECP);
    MoveToEx(dc, 5, 5, NULL);
    TextOutA(dc, 0, 0, "Hi", 2);
    GetTextExtentPoint32A(dc, "Hi", 2, &size);
    GetCurrentPositionEx(dc, &pt);
    ok(pt.x == 5 + size.cx && pt.y == 5, "TA_UPDATECP moved to %ld,%ld", pt.x, pt.y);
    SetTextAlign(dc, TA_LEFT | TA_TOP);
    ok(GetTextAlign(dc) == (TA_LEFT | TA_TOP), "GetTextAlign %x", GetTextAlign(dc));

    /* OPAQUE fills the cell with the background colour */
    SetBkMode(dc, OPAQUE);
    SetBkColor(dc, RGB(255, 0, 0));
    clear();
    TextOutA(dc, 10, 10, "Hello", 5);
    GetTextExtentPoint32A(dc, "Hello", 5, &size);
    a = ink();
    ok(a.left == 10 && a.top == 10 && a.right == 10 + size.cx - 1 && a.bottom == 10 + tm.tmHeight - 1 &&
       a.count == size.cx * tm.tmHeight && bits[10 * W + 10] == 0xff0000,
       "opaque cell %d,%d-%d,%d count %d pixel %lx", a.left, a.top, a.right, a.bottom, a.count, bits[10 * W + 10]);

    {
        RECT r = { 0, 0, 30, 40 };
        clear();
        ExtTextOutA(dc, 10, 10, ETO_CLIPPED, &r, "Hello", 5, NULL);
        a = ink();
        ok(a.left == 10 && a.right == 29 && a.bottom == 10 + tm.tmHeight - 1, "clipped %d,%d-%d,%d", a.left, a.top,
           a.right, a.bottom);
    }
    {
        RECT r = { 50, 5, 120, 50 };
        SetBkMode(dc, TRANSPARENT);
        clear();
        ExtTextOutA(dc, 60, 10, ETO_OPAQUE, &r, "Hi", 2, NULL);
        a = ink();
        ok(a.left == 50 && a.top == 5 && a.right == 119 && a.bottom == 49 && bits[6 * W + 51] == 0xff0000,
           "ETO_OPAQUE %d,%d-%d,%d", a.left, a.top, a.right, a.bottom);
    }
    {
        INT dx[3] = { 20, 20, 20 };
        clear();
        ExtTextOutA(dc, 10, 10, 0, NULL, "iii", 3, dx);
        a = ink();
        ok(a.left == 11 && a.right == 51 && a.top == 12 && a.bottom == 23, "lpDx %d,%d-%d,%d", a.left, a.top,
           a.right, a.bottom);
    }

    /* a small mono font: each glyph's ink lies in its ABC black box, so
     * "w" does not run into what follows it (bi-level hinting widens the
     * substitute's w beyond its advance) */
    {
        HFONT small = make_font(is_wine() ? "Liberation Sans" : "Arial", -11, NONANTIALIASED_QUALITY);
        static const char chars[] = "wWmo";
        SelectObject(dc, small);
        for (int i = 0; chars[i]; i++) {
            ABC abc;
            GetCharABCWidthsA(dc, (BYTE)chars[i], (BYTE)chars[i], &abc);
            clear();
            TextOutA(dc, 20, 10, chars + i, 1);
            a = ink();
            /* B is "the width of the drawn portion" (GetCharABCWidths); Wine
             * measures it with grey hinting but draws w with bi-level hinting,
             * one pixel past it, so its result is not checked */
            if (is_wine() && chars[i] == 'w') continue;
            ok(a.colored == 0 && a.left >= 20 + abc.abcA && a.right < 20 + abc.abcA + (int)abc.abcB,
               "mono -11 '%c': ink x %d-%d, black box %d-%d", chars[i], a.left, a.right, 20 + abc.abcA,
               20 + abc.abcA + (int)abc.abcB - 1);
        }
        SelectObject(dc, font);
        DeleteObject(small);
    }

    SelectObject(dc, ufont);
    clear();
    TextOutA(dc, 10, 10, "Hello", 5);
    GetTextExtentPoint32A(dc, "Hello", 5, &size);
    a = ink();
    ok(a.left == 10 && a.right == 10 + size.cx - 1 && a.bottom > 10 + tm.tmAscent, "underline %d,%d-%d,%d",
       a.left, a.top, a.right, a.bottom);

    /* antialiased text has intermediate colours at a size the gasp table allows grey at */
    {
        HFONT big = CreateFontA(-40, 0, 0, 0, FW_NORMAL, 0, 0, 0, DEFAULT_CHARSET, 0, 0, ANTIALIASED_QUALITY, 0,
                                is_wine() ? "Liberation Sans" : "Arial");
        SelectObject(dc, big);
        clear();
        TextOutA(dc, 10, 5, "O", 1);
        a = ink();
        trace("O at 40 px: %d pixels, %d grey", a.count, a.colored);
        ok(a.count > 50, "O drawn: %d pixels", a.count);
        SelectObject(dc, font);
        DeleteObject(big);
    }
    DeleteDC(dc);
    DeleteObject(bmp);
    DeleteObject(font);
    DeleteObject(ufont);
}

/* ---- DrawText ---- */

struct dt_case {
    const char *text;
    UINT flags;
    int ret, right, bottom;    /* from a rectangle 10,20,110,200 */
};

static const struct dt_case dt_cases[] = {
    { "Hello", DT_CALCRECT, 12, 34, 32 },
    { "Hello\nWorld", DT_CALCRECT, 24, 38, 44 },
    { "Hello\nWorld", DT_CALCRECT | DT_SINGLELINE, 12, 66, 32 },
    { "Hello\r\nWorld\r\n", DT_CALCRECT, 24, 38, 44 },
    { "Hello\r\nWorld\r\n", DT_CALCRECT | DT_SINGLELINE, 12, 78, 32 },
    { "&File", DT_CALCRECT, 12, 27, 32 },
    { "&File", DT_CALCRECT | DT_NOPREFIX, 12, 34, 32 },
    { "A&&B", DT_CALCRECT, 12, 31, 32 },
    { "The quick brown fox jumps over the lazy dog", DT_CALCRECT, 12, 228, 32 },
    { "The quick brown fox jumps over the lazy dog", DT_CALCRECT | DT_WORDBREAK, 36, 103, 56 },
    { "a\tb\tc", DT_CALCRECT, 12, 36, 32 },
    { "a\tb\tc", DT_CALCRECT | DT_EXPANDTABS, 12, 112, 32 },
    { "Supercalifragilistic word", DT_CALCRECT | DT_WORDBREAK, 24, 100, 44 },
    { "", DT_CALCRECT, 12, 10, 20 },
    { "", DT_CALCRECT | DT_SINGLELINE, 12, 10, 32 },
    { "line one\n\nline three", DT_CALCRECT, 36, 54, 56 },
};

static void test_drawtext(void)
{
    HDC dc = CreateCompatibleDC(NULL);
    HFONT font = make_font(is_wine() ? "Liberation Sans" : "Arial", -11, DEFAULT_QUALITY);
    int h;

    SelectObject(dc, font);
    for (unsigned i = 0; i < sizeof(dt_cases) / sizeof(dt_cases[0]); i++) {
        const struct dt_case *c = &dt_cases[i];
        RECT r = { 10, 20, 110, 200 };
        h = DrawTextA(dc, c->text, -1, &r, c->flags);
        ok(h == c->ret && r.left == 10 && r.top == 20 && r.right == c->right && r.bottom == c->bottom,
           "DrawText case %u (%x): %d [%ld %ld %ld %ld]", i, c->flags, h, r.left, r.top, r.right, r.bottom);
    }
    {
        RECT r = { 10, 20, 110, 60 };
        h = DrawTextA(dc, "Hi", -1, &r, DT_SINGLELINE | DT_VCENTER | DT_CENTER);
        ok(h == 26, "DT_VCENTER returns %d", h);
        h = DrawTextA(dc, "Hi", -1, &r, DT_SINGLELINE | DT_BOTTOM | DT_RIGHT);
        ok(h == 40, "DT_BOTTOM returns %d", h);
    }
    {
        char buf[64] = "This is a long string to shorten";
        RECT r = { 0, 0, 80, 20 };
        h = DrawTextA(dc, buf, -1, &r, DT_SINGLELINE | DT_END_ELLIPSIS | DT_MODIFYSTRING);
        ok(h == 12 && !strcmp(buf, "This is a long ..."), "DT_END_ELLIPSIS %d '%s'", h, buf);
    }
    {
        char buf[64] = "C:\\Program Files\\Some Dir\\file.txt";
        RECT r = { 0, 0, 100, 20 };
        h = DrawTextA(dc, buf, -1, &r, DT_SINGLELINE | DT_PATH_ELLIPSIS | DT_MODIFYSTRING);
        ok(h == 12 && !strcmp(buf, "C:\\Program ...\\file.txt"), "DT_PATH_ELLIPSIS %d '%s'", h, buf);
    }
    {
        INT tabs[2] = { 40, 100 };
        DWORD e0 = GetTabbedTextExtentA(dc, "a\tb\tc", 5, 0, NULL);
        DWORD e1 = GetTabbedTextExtentA(dc, "a\tb\tc", 5, 1, tabs);
        DWORD e2 = GetTabbedTextExtentA(dc, "a\tb\tc", 5, 2, tabs);
        ok(e0 == 0xc0066 && e1 == 0xc0056 && e2 == 0xc006a, "GetTabbedTextExtent %lx %lx %lx", e0, e1, e2);
    }
    {
        /* the '&' prefix underlines F: a row below the baseline gets ink */
        BITMAPINFO bi;
        HBITMAP bmp;
        RECT r = { 10, 10, 190, 50 };
        struct ink a, b;
        memset(&bi, 0, sizeof(bi));
        bi.bmiHeader.biSize = sizeof(bi.bmiHeader);
        bi.bmiHeader.biWidth = W;
        bi.bmiHeader.biHeight = -H;
        bi.bmiHeader.biPlanes = 1;
        bi.bmiHeader.biBitCount = 32;
        bmp = CreateDIBSection(dc, &bi, DIB_RGB_COLORS, (void **)&bits, NULL, 0);
        SelectObject(dc, bmp);
        SetBkMode(dc, TRANSPARENT);
        clear();
        DrawTextA(dc, "&File", -1, &r, DT_SINGLELINE);
        a = ink();
        clear();
        DrawTextA(dc, "File", -1, &r, DT_SINGLELINE);
        b = ink();
        ok(a.bottom == 21 && b.bottom == 19 && a.top == b.top && a.count > b.count,
           "prefix underline: %d,%d-%d,%d (%d) vs %d,%d-%d,%d (%d)", a.left, a.top, a.right, a.bottom, a.count,
           b.left, b.top, b.right, b.bottom, b.count);
        DeleteObject(bmp);
    }
    DeleteDC(dc);
    DeleteObject(font);
}

int main(void)
{
    test_metrics();
    test_stock_and_misc();
    test_outline_metrics();
    test_enum();
    test_drawing();
    test_drawtext();
    return test_done();
}
