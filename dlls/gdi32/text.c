/*
 * Text: ExtTextOut/TextOut and the metric queries (GetTextMetrics,
 * GetTextExtentPoint32, GetCharWidth32, GetCharABCWidths, ...) over the
 * faces of font.c. A functions convert with the ANSI code page and call
 * the W ones.
 *
 * Glyphs are blended with their 8-bit coverage (grayscale antialiasing,
 * what Windows does for ANTIALIASED_QUALITY and what we use for
 * DEFAULT_QUALITY too); NONANTIALIASED_QUALITY and targets below 16 bpp get
 * plain on/off pixels. Positions and extents are in device pixels; fonts do
 * not scale with a mapping mode other than MM_TEXT yet.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "winbase.h"
#include "winnls.h"
#include "gdi_private.h"
#include "winerror.h"

/* ---- A to W ---- */

static WCHAR *ansi_to_wide(const char *str, int count, int *out_count)
{
    WCHAR *w;
    int n;
    if (count < 0) count = str ? (int)strlen(str) : 0;
    n = count ? MultiByteToWideChar(CP_ACP, 0, str, count, NULL, 0) : 0;
    if (!(w = malloc((n + 1) * sizeof(WCHAR)))) return NULL;
    if (n) MultiByteToWideChar(CP_ACP, 0, str, count, w, n);
    w[n] = 0;
    *out_count = n;
    return w;
}

/* ---- per-string layout ---- */

/* Advance of one character (or glyph index) in pixels, 0 if there is no face. */
static int char_advance(struct gdi_face *face, UINT ch, BOOL is_index)
{
    const struct glyph *g;
    if (!face) return 0;
    g = face_glyph(face, is_index ? ch : face_glyph_index(face, ch), FALSE);
    return g ? g->advance : 0;
}

/* Under a mapping mode or world transform the face is realized at its
 * device size (dc_face), so advances and metrics come in device pixels;
 * the API reports logical units, rounded as Windows does. */
static int round_half_up(double v)
{
    return (int)floor(v + 0.5);
}

static int to_logical(int value, double scale)
{
    if (scale == 1.0) return value;
    return value < 0 ? -round_half_up(-value / scale) : round_half_up(value / scale);
}

static int width_to_lp(struct dc *dc, int width)
{
    double sx, sy;
    dc_scales(dc, &sx, &sy);
    return to_logical(width, sx);
}

static int height_to_lp(struct dc *dc, int height)
{
    double sx, sy;
    dc_scales(dc, &sx, &sy);
    return to_logical(height, sy);
}

/* SetTextCharacterExtra's spacing in device pixels */
static int char_extra_dp(struct dc *dc)
{
    double sx, sy;
    dc_scales(dc, &sx, &sy);
    return sx == 1.0 ? dc->s.char_extra : round_half_up(dc->s.char_extra * sx);
}

/* Fills dx[i] (the advance after character i, including the character
 * extra; device pixels) and returns the total width. */
static int string_advances(struct dc *dc, struct gdi_face *face, const WCHAR *str, int count, BOOL is_index, int *dx)
{
    int total = 0, extra = char_extra_dp(dc);
    for (int i = 0; i < count; i++) {
        int adv = char_advance(face, str[i], is_index) + extra;
        if (dx) dx[i] = adv;
        total += adv;
    }
    return total;
}

/* ---- metrics ---- */

WINBASEAPI BOOL WINAPI GetTextMetricsW(HDC hdc, TEXTMETRICW *tm)
{
    struct dc *dc;
    struct gdi_face *face;
    BOOL ret = FALSE;
    if (!tm) return FALSE;
    gdi_lock();
    if ((dc = dc_get(hdc)) && (face = dc_face(dc))) {
        *tm = face_metrics(face)->tm;
        tm->tmHeight = height_to_lp(dc, tm->tmHeight);
        tm->tmAscent = height_to_lp(dc, tm->tmAscent);
        tm->tmDescent = height_to_lp(dc, tm->tmDescent);
        tm->tmInternalLeading = height_to_lp(dc, tm->tmInternalLeading);
        tm->tmExternalLeading = height_to_lp(dc, tm->tmExternalLeading);
        tm->tmAveCharWidth = width_to_lp(dc, tm->tmAveCharWidth);
        tm->tmMaxCharWidth = width_to_lp(dc, tm->tmMaxCharWidth);
        tm->tmOverhang = width_to_lp(dc, tm->tmOverhang);
        ret = TRUE;
    }
    gdi_unlock();
    return ret;
}

WINBASEAPI BOOL WINAPI GetTextMetricsA(HDC hdc, TEXTMETRICA *tma)
{
    TEXTMETRICW tm;
    if (!tma || !GetTextMetricsW(hdc, &tm)) return FALSE;
    memcpy(tma, &tm, offsetof(TEXTMETRICA, tmFirstChar));
    /* Windows' ANSI values for a TrueType font */
    tma->tmFirstChar = 0x1e;
    tma->tmLastChar = 0xff;
    tma->tmDefaultChar = 0x1f;
    tma->tmBreakChar = 0x20;
    tma->tmItalic = tm.tmItalic;
    tma->tmUnderlined = tm.tmUnderlined;
    tma->tmStruckOut = tm.tmStruckOut;
    tma->tmPitchAndFamily = tm.tmPitchAndFamily;
    tma->tmCharSet = tm.tmCharSet;
    return TRUE;
}

WINBASEAPI INT WINAPI GetTextFaceW(HDC hdc, INT count, WCHAR *name)
{
    struct dc *dc;
    struct gdi_face *face;
    int ret = 0;
    gdi_lock();
    if ((dc = dc_get(hdc)) && (face = dc_face(dc))) {
        const WCHAR *family = face_metrics(face)->family;
        int len = 0;
        while (family[len]) len++;
        if (!name) ret = len + 1;
        else if (count > 0) {
            int n = len < count - 1 ? len : count - 1;
            memcpy(name, family, n * sizeof(WCHAR));
            name[n] = 0;
            ret = n;
        }
    }
    gdi_unlock();
    return ret;
}

WINBASEAPI INT WINAPI GetTextFaceA(HDC hdc, INT count, char *name)
{
    WCHAR w[LF_FACESIZE];
    int len = GetTextFaceW(hdc, LF_FACESIZE, w);
    int n;
    if (!len) return 0;
    n = WideCharToMultiByte(CP_ACP, 0, w, -1, NULL, 0, NULL, NULL);
    if (!name) return n;
    if (count <= 0) return 0;
    n = WideCharToMultiByte(CP_ACP, 0, w, -1, name, count, NULL, NULL);
    if (!n) {
        name[count - 1] = 0;
        n = count;
    }
    return n - 1;
}

WINBASEAPI BOOL WINAPI GetTextExtentExPointW(HDC hdc, const WCHAR *str, INT count, INT max_ext, INT *fit,
                                             INT *dx, SIZE *size)
{
    struct dc *dc;
    struct gdi_face *face;
    BOOL ret = FALSE;
    if (count < 0 || !size || (count && !str)) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return FALSE;
    }
    gdi_lock();
    if ((dc = dc_get(hdc)) && (face = dc_face(dc))) {
        int total = 0, n = 0, extra = char_extra_dp(dc);
        for (int i = 0; i < count; i++) {
            int lp;
            total += char_advance(face, str[i], FALSE) + extra;
            lp = width_to_lp(dc, total);
            if (lp <= max_ext && n == i) n = i + 1;
            /* with lpnFit, dx is only filled for the characters that fit */
            if (dx && (!fit || n == i + 1)) dx[i] = lp;
        }
        size->cx = width_to_lp(dc, total);
        size->cy = height_to_lp(dc, face_metrics(face)->tm.tmHeight);
        if (fit) *fit = n;
        ret = TRUE;
    }
    gdi_unlock();
    return ret;
}

WINBASEAPI BOOL WINAPI GetTextExtentExPointA(HDC hdc, const char *str, INT count, INT max_ext, INT *fit,
                                             INT *dx, SIZE *size)
{
    int n;
    WCHAR *w;
    BOOL ret;
    if (count < 0) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return FALSE;
    }
    if (!(w = ansi_to_wide(str, count, &n))) return FALSE;
    ret = GetTextExtentExPointW(hdc, w, n, max_ext, fit, dx, size);
    free(w);
    return ret;
}

WINBASEAPI BOOL WINAPI GetTextExtentPoint32W(HDC hdc, const WCHAR *str, INT count, SIZE *size)
{
    return GetTextExtentExPointW(hdc, str, count, 0, NULL, NULL, size);
}

WINBASEAPI BOOL WINAPI GetTextExtentPoint32A(HDC hdc, const char *str, INT count, SIZE *size)
{
    return GetTextExtentExPointA(hdc, str, count, 0, NULL, NULL, size);
}

WINBASEAPI BOOL WINAPI GetTextExtentPointW(HDC hdc, const WCHAR *str, INT count, SIZE *size)
{
    return GetTextExtentPoint32W(hdc, str, count, size);
}

WINBASEAPI BOOL WINAPI GetTextExtentPointA(HDC hdc, const char *str, INT count, SIZE *size)
{
    return GetTextExtentPoint32A(hdc, str, count, size);
}

WINBASEAPI BOOL WINAPI GetTextExtentPointI(HDC hdc, const WORD *indices, INT count, SIZE *size)
{
    struct dc *dc;
    struct gdi_face *face;
    BOOL ret = FALSE;
    if (count < 0 || !size || (count && !indices)) return FALSE;
    gdi_lock();
    if ((dc = dc_get(hdc)) && (face = dc_face(dc))) {
        int total = 0, extra = char_extra_dp(dc);
        for (int i = 0; i < count; i++) total += char_advance(face, indices[i], TRUE) + extra;
        size->cx = width_to_lp(dc, total);
        size->cy = height_to_lp(dc, face_metrics(face)->tm.tmHeight);
        ret = TRUE;
    }
    gdi_unlock();
    return ret;
}

/* Widths or ABC triples of first..last (characters, or glyph indices if
 * indices is set / is_index). */
static BOOL char_widths(HDC hdc, UINT first, UINT last, const WORD *indices, BOOL is_index, INT *widths, ABC *abc)
{
    struct dc *dc;
    struct gdi_face *face;
    BOOL ret = FALSE;
    if (last < first || (!widths && !abc)) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return FALSE;
    }
    gdi_lock();
    if ((dc = dc_get(hdc)) && (face = dc_face(dc))) {
        for (UINT c = first, i = 0; c <= last; c++, i++) {
            UINT index = indices ? indices[i] : is_index ? c : face_glyph_index(face, c);
            const struct glyph *g = face_glyph(face, index, FALSE);
            if (widths) widths[i] = g ? width_to_lp(dc, g->advance) : 0;
            if (abc) {
                abc[i].abcA = g ? width_to_lp(dc, g->abc_a) : 0;
                abc[i].abcB = g ? (UINT)width_to_lp(dc, g->abc_b) : 0;
                abc[i].abcC = g ? width_to_lp(dc, g->advance - g->abc_a - g->abc_b) : 0;
            }
            if (c == 0xffffffffu) break;
        }
        ret = TRUE;
    }
    gdi_unlock();
    return ret;
}

WINBASEAPI BOOL WINAPI GetCharWidth32W(HDC hdc, UINT first, UINT last, INT *widths)
{
    return char_widths(hdc, first, last, NULL, FALSE, widths, NULL);
}

WINBASEAPI BOOL WINAPI GetCharWidthW(HDC hdc, UINT first, UINT last, INT *widths)
{
    return GetCharWidth32W(hdc, first, last, widths);
}

WINBASEAPI BOOL WINAPI GetCharABCWidthsW(HDC hdc, UINT first, UINT last, ABC *abc)
{
    return char_widths(hdc, first, last, NULL, FALSE, NULL, abc);
}

WINBASEAPI BOOL WINAPI GetCharWidthI(HDC hdc, UINT first, UINT count, WORD *indices, INT *widths)
{
    if (!count) return TRUE;
    return char_widths(hdc, first, first + count - 1, indices, TRUE, widths, NULL);
}

WINBASEAPI BOOL WINAPI GetCharABCWidthsI(HDC hdc, UINT first, UINT count, WORD *indices, ABC *abc)
{
    if (!count) return TRUE;
    return char_widths(hdc, first, first + count - 1, indices, TRUE, NULL, abc);
}

/* The A versions take single-byte code page characters (a DBCS lead byte
 * in the high byte is not handled: the ANSI code page is single-byte). */
static BOOL char_widths_a(HDC hdc, UINT first, UINT last, INT *widths, ABC *abc)
{
    BOOL ret = TRUE;
    if (last < first || last > 0xff) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return FALSE;
    }
    for (UINT c = first; c <= last && ret; c++) {
        char ch = (char)c;
        WCHAR w = 0;
        MultiByteToWideChar(CP_ACP, 0, &ch, 1, &w, 1);
        ret = char_widths(hdc, w, w, NULL, FALSE, widths ? widths + (c - first) : NULL, abc ? abc + (c - first) : NULL);
    }
    return ret;
}

WINBASEAPI BOOL WINAPI GetCharWidth32A(HDC hdc, UINT first, UINT last, INT *widths)
{
    return char_widths_a(hdc, first, last, widths, NULL);
}

WINBASEAPI BOOL WINAPI GetCharWidthA(HDC hdc, UINT first, UINT last, INT *widths)
{
    return char_widths_a(hdc, first, last, widths, NULL);
}

WINBASEAPI BOOL WINAPI GetCharABCWidthsA(HDC hdc, UINT first, UINT last, ABC *abc)
{
    return char_widths_a(hdc, first, last, NULL, abc);
}

WINBASEAPI DWORD WINAPI GetGlyphIndicesW(HDC hdc, const WCHAR *str, INT count, WORD *out, DWORD flags)
{
    struct dc *dc;
    struct gdi_face *face;
    DWORD ret = GDI_ERROR;
    if (count < 0 || (count && (!str || !out))) return GDI_ERROR;
    gdi_lock();
    if ((dc = dc_get(hdc)) && (face = dc_face(dc))) {
        for (int i = 0; i < count; i++) {
            UINT index = face_glyph_index(face, str[i]);
            /* TrueType fonts keep .notdef at glyph 0 */
            if (!index && (flags & GGI_MARK_NONEXISTING_GLYPHS)) index = 0xffff;
            out[i] = (WORD)index;
        }
        ret = (DWORD)count;
    }
    gdi_unlock();
    return ret;
}

WINBASEAPI DWORD WINAPI GetGlyphIndicesA(HDC hdc, const char *str, INT count, WORD *out, DWORD flags)
{
    int n;
    WCHAR *w;
    DWORD ret;
    if (count < 0 || !(w = ansi_to_wide(str, count, &n))) return GDI_ERROR;
    ret = GetGlyphIndicesW(hdc, w, n, out, flags);
    free(w);
    return ret;
}

/* ---- drawing ---- */

static void fill_box(struct bitmap *bmp, const pixman_region32_t *clip, int left, int top, int right, int bottom,
                     DWORD pixel)
{
    pixman_region32_t area;
    struct brush_fill fill;
    if (right <= left || bottom <= top) return;
    memset(&fill, 0, sizeof(fill));
    fill.kind = 1;
    fill.pixel = pixel;
    pixman_region32_init_rect(&area, left, top, (unsigned)(right - left), (unsigned)(bottom - top));
    pixman_region32_intersect(&area, &area, (pixman_region32_t *)clip);
    fill_region_rop2(bmp, &area, &fill, R2_COPYPEN);
    pixman_region32_fini(&area);
}

static BYTE blend_channel(BYTE fg, BYTE bg, int alpha)
{
    return (BYTE)((fg * alpha + bg * (255 - alpha) + 127) / 255);
}

static void draw_glyph(struct bitmap *bmp, const pixman_region32_t *clip, const struct glyph *g, int ox, int oy,
                       COLORREF color, DWORD pixel, BOOL mono)
{
    int nrects;
    const pixman_box32_t *rects = pixman_region32_rectangles((pixman_region32_t *)clip, &nrects);
    int gx = ox + g->left, gy = oy - g->top;

    for (int r = 0; r < nrects; r++) {
        int x0 = rects[r].x1 > gx ? rects[r].x1 : gx, x1 = rects[r].x2 < gx + g->width ? rects[r].x2 : gx + g->width;
        int y0 = rects[r].y1 > gy ? rects[r].y1 : gy, y1 = rects[r].y2 < gy + g->height ? rects[r].y2 : gy + g->height;
        for (int y = y0; y < y1; y++) {
            const BYTE *cov = g->bits + (size_t)(y - gy) * g->pitch - gx;
            for (int x = x0; x < x1; x++) {
                int a = cov[x];
                if (!a) continue;
                if (mono) {
                    if (a >= 128) pixel_put(bmp, x, y, pixel);
                } else if (a == 255) {
                    pixel_put(bmp, x, y, pixel);
                } else {
                    COLORREF bg = pixel_to_color(bmp, pixel_get(bmp, x, y));
                    COLORREF c = RGB(blend_channel(GetRValue(color), GetRValue(bg), a),
                                     blend_channel(GetGValue(color), GetGValue(bg), a),
                                     blend_channel(GetBValue(color), GetBValue(bg), a));
                    pixel_put(bmp, x, y, color_to_pixel(bmp, c));
                }
            }
        }
    }
}

WINBASEAPI BOOL WINAPI ExtTextOutW(HDC hdc, INT x, INT y, UINT flags, const RECT *rect, const WCHAR *str,
                                   UINT count, const INT *lpdx)
{
    struct dc *dc;
    struct gdi_face *face;
    struct bitmap *bmp;
    const struct face_metrics *m;
    pixman_region32_t clip;
    int *adv = NULL, width = 0, width_lp, base_x, base_y;
    POINT pt;
    RECT dev_rect;
    BOOL is_index = (flags & ETO_GLYPH_INDEX) != 0, ret = FALSE;
    UINT align;

    if (count && !str) return FALSE;
    if (count > 0x100000) return FALSE;
    gdi_lock();
    if (!(dc = dc_get(hdc)) || !(face = dc_face(dc))) goto done;
    m = face_metrics(face);
    bmp = dc_bitmap(dc);
    if (count && !(adv = malloc(count * sizeof(int)))) goto done;
    if (lpdx) {
        /* logical advances: converted at their running sums so that
         * rounding does not add up along the string */
        double sx, sy;
        int sum = 0, prev = 0;
        dc_scales(dc, &sx, &sy);
        for (UINT i = 0; i < count; i++) {
            sum += lpdx[(flags & ETO_PDY) ? i * 2 : i];
            adv[i] = (sx == 1.0 ? sum : round_half_up(sum * sx)) - prev;
            prev += adv[i];
        }
        width = prev;
        width_lp = sum;
    } else {
        width = string_advances(dc, face, str, (int)count, is_index, adv);
        width_lp = width_to_lp(dc, width);
    }

    align = dc->s.text_align;
    pt.x = x;
    pt.y = y;
    if (align & TA_UPDATECP) pt = dc->s.cur_pos;
    if (align & TA_UPDATECP) {
        POINT cp = dc->s.cur_pos;
        if ((align & TA_CENTER) == TA_LEFT) cp.x += width_lp;
        else if ((align & TA_CENTER) == TA_RIGHT) cp.x -= width_lp;
        dc->s.cur_pos = cp;
    }
    lp_to_dp(dc, &pt, 1);
    base_x = pt.x;
    if ((align & TA_CENTER) == TA_CENTER) base_x -= width / 2;
    else if ((align & TA_CENTER) == TA_RIGHT) base_x -= width;
    if ((align & TA_BASELINE) == TA_BASELINE) base_y = pt.y;
    else if ((align & TA_BASELINE) == TA_BOTTOM) base_y = pt.y - m->tm.tmDescent;
    else base_y = pt.y + m->tm.tmAscent;

    if (rect) {
        POINT corners[2] = { { rect->left, rect->top }, { rect->right, rect->bottom } };
        lp_to_dp(dc, corners, 2);
        dev_rect.left = corners[0].x < corners[1].x ? corners[0].x : corners[1].x;
        dev_rect.right = corners[0].x < corners[1].x ? corners[1].x : corners[0].x;
        dev_rect.top = corners[0].y < corners[1].y ? corners[0].y : corners[1].y;
        dev_rect.bottom = corners[0].y < corners[1].y ? corners[1].y : corners[0].y;
    }

    pixman_region32_init(&clip);
    dc_clip_region(dc, &clip);
    if (rect && (flags & ETO_OPAQUE))
        fill_box(bmp, &clip, dev_rect.left, dev_rect.top, dev_rect.right, dev_rect.bottom,
                 color_to_pixel(bmp, dc->s.bk_color));
    if (rect && (flags & ETO_CLIPPED)) {
        pixman_region32_t r;
        pixman_region32_init_rect(&r, dev_rect.left, dev_rect.top, (unsigned)(dev_rect.right - dev_rect.left),
                                  (unsigned)(dev_rect.bottom - dev_rect.top));
        pixman_region32_intersect(&clip, &clip, &r);
        pixman_region32_fini(&r);
    }
    /* an OPAQUE background mode fills the text cell unless the opaque
     * rectangle already did */
    if (dc->s.bk_mode == OPAQUE && !(rect && (flags & ETO_OPAQUE)))
        fill_box(bmp, &clip, base_x, base_y - m->tm.tmAscent, base_x + width, base_y + m->tm.tmDescent,
                 color_to_pixel(bmp, dc->s.bk_color));

    {
        DWORD pixel = dc_color_to_pixel(bmp, dc->s.text_color, dc->s.bk_color);
        BOOL mono = m->mono || bmp->bpp < 16;
        int pen = base_x;
        for (UINT i = 0; i < count; i++) {
            const struct glyph *g = face_glyph(face, is_index ? str[i] : face_glyph_index(face, str[i]), mono);
            if (g && g->bits) draw_glyph(bmp, &clip, g, pen, base_y, dc->s.text_color, pixel, mono);
            pen += adv[i];
        }
        if (m->tm.tmUnderlined)
            fill_box(bmp, &clip, base_x, base_y + m->underline_pos - m->underline_size / 2, base_x + width,
                     base_y + m->underline_pos - m->underline_size / 2 + m->underline_size, pixel);
        if (m->tm.tmStruckOut)
            fill_box(bmp, &clip, base_x, base_y - m->strike_pos, base_x + width,
                     base_y - m->strike_pos + m->strike_size, pixel);
    }
    pixman_region32_fini(&clip);
    ret = TRUE;
done:
    gdi_unlock();
    free(adv);
    return ret;
}

WINBASEAPI BOOL WINAPI ExtTextOutA(HDC hdc, INT x, INT y, UINT flags, const RECT *rect, const char *str,
                                   UINT count, const INT *lpdx)
{
    int n;
    WCHAR *w;
    BOOL ret;
    if (flags & ETO_GLYPH_INDEX) return ExtTextOutW(hdc, x, y, flags, rect, (const WCHAR *)str, count, lpdx);
    if (count > 0x100000 || (count && !str) || !(w = ansi_to_wide(str, (int)count, &n))) return FALSE;
    ret = ExtTextOutW(hdc, x, y, flags, rect, w, (UINT)n, lpdx);
    free(w);
    return ret;
}

WINBASEAPI BOOL WINAPI TextOutW(HDC hdc, INT x, INT y, const WCHAR *str, INT count)
{
    if (count < 0) return FALSE;
    return ExtTextOutW(hdc, x, y, 0, NULL, str, (UINT)count, NULL);
}

WINBASEAPI BOOL WINAPI TextOutA(HDC hdc, INT x, INT y, const char *str, INT count)
{
    if (count < 0) return FALSE;
    return ExtTextOutA(hdc, x, y, 0, NULL, str, (UINT)count, NULL);
}

/* ---- GetOutlineTextMetrics ---- */

/* The names that follow the structure: family, face, style, full name. */
static void outline_names(struct gdi_face *face, WCHAR names[4][LF_FULLFACESIZE])
{
    const WCHAR *family = face_metrics(face)->family;
    const char *style = face_style_name(face);
    int n = 0;
    while (family[n] && n < LF_FACESIZE - 1) n++;
    memset(names, 0, sizeof(WCHAR) * 4 * LF_FULLFACESIZE);
    memcpy(names[0], family, n * sizeof(WCHAR));
    memcpy(names[1], family, n * sizeof(WCHAR));
    MultiByteToWideChar(CP_UTF8, 0, style, -1, names[2], LF_FACESIZE);
    memcpy(names[3], family, n * sizeof(WCHAR));
    if (strcmp(style, "Regular")) {
        names[3][n] = ' ';
        MultiByteToWideChar(CP_UTF8, 0, style, -1, names[3] + n + 1, LF_FULLFACESIZE - n - 1);
        memcpy(names[1], names[3], sizeof(names[3]));
    }
    /* Windows' "full name" is the font's unique identifier */
    face_unique_name(face, names[3], LF_FULLFACESIZE);
}

/* Copies what fits of the whole (structure and names) into out; returns
 * the size needed, or cb when out was too small for it (as Windows does). */
static UINT copy_outline(const void *whole, UINT size, UINT cb, void *out)
{
    if (!out) return size;
    if (cb > size) cb = size;
    memcpy(out, whole, cb);
    return cb;
}

WINBASEAPI UINT WINAPI GetOutlineTextMetricsW(HDC hdc, UINT cb, OUTLINETEXTMETRICW *out)
{
    struct dc *dc;
    struct gdi_face *face;
    OUTLINETEXTMETRICW otm;
    WCHAR names[4][LF_FULLFACESIZE];
    BYTE *whole;
    UINT size = 0, ret = 0;

    gdi_lock();
    if ((dc = dc_get(hdc)) && (face = dc_face(dc))) {
        face_outline_metrics(face, &otm);
        outline_names(face, names);
        size = sizeof(otm);
        for (int i = 0; i < 4; i++) {
            int len = 0;
            while (names[i][len]) len++;
            size += (len + 1) * sizeof(WCHAR);
        }
    }
    gdi_unlock();
    if (!size || !(whole = malloc(size))) return 0;
    {
        UINT pos = sizeof(otm);
        char **fields[4] = { &otm.otmpFamilyName, &otm.otmpFaceName, &otm.otmpStyleName, &otm.otmpFullName };
        otm.otmSize = size;
        for (int i = 0; i < 4; i++) {
            int len = 0;
            while (names[i][len]) len++;
            *fields[i] = (char *)(ULONG_PTR)pos;   /* offsets from the start, as Windows stores them */
            memcpy(whole + pos, names[i], (len + 1) * sizeof(WCHAR));
            pos += (len + 1) * sizeof(WCHAR);
        }
        memcpy(whole, &otm, sizeof(otm));
    }
    ret = copy_outline(whole, size, cb, out);
    free(whole);
    return ret;
}

WINBASEAPI UINT WINAPI GetOutlineTextMetricsA(HDC hdc, UINT cb, OUTLINETEXTMETRICA *out)
{
    UINT wsize = GetOutlineTextMetricsW(hdc, 0, NULL), size, pos, ret;
    OUTLINETEXTMETRICW *w;
    OUTLINETEXTMETRICA a;
    char names[4][LF_FULLFACESIZE * 2];
    BYTE *whole;

    if (!wsize || !(w = malloc(wsize))) return 0;
    if (GetOutlineTextMetricsW(hdc, wsize, w) != wsize) {
        free(w);
        return 0;
    }
    memset(&a, 0, sizeof(a));
    memcpy(&a.otmTextMetrics, &w->otmTextMetrics, offsetof(TEXTMETRICA, tmFirstChar));
    a.otmTextMetrics.tmFirstChar = 0x1e;
    a.otmTextMetrics.tmLastChar = 0xff;
    a.otmTextMetrics.tmDefaultChar = 0x1f;
    a.otmTextMetrics.tmBreakChar = 0x20;
    a.otmTextMetrics.tmItalic = w->otmTextMetrics.tmItalic;
    a.otmTextMetrics.tmUnderlined = w->otmTextMetrics.tmUnderlined;
    a.otmTextMetrics.tmStruckOut = w->otmTextMetrics.tmStruckOut;
    a.otmTextMetrics.tmPitchAndFamily = w->otmTextMetrics.tmPitchAndFamily;
    a.otmTextMetrics.tmCharSet = w->otmTextMetrics.tmCharSet;
    /* everything from otmFiller to otmsUnderscorePosition has the same layout */
    memcpy(&a.otmFiller, &w->otmFiller,
           offsetof(OUTLINETEXTMETRICW, otmpFamilyName) - offsetof(OUTLINETEXTMETRICW, otmFiller));
    size = sizeof(a);
    {
        char **fields[4] = { &w->otmpFamilyName, &w->otmpFaceName, &w->otmpStyleName, &w->otmpFullName };
        for (int i = 0; i < 4; i++) {
            const WCHAR *s = (const WCHAR *)((BYTE *)w + (ULONG_PTR)*fields[i]);
            if (!WideCharToMultiByte(CP_ACP, 0, s, -1, names[i], sizeof(names[i]), NULL, NULL)) names[i][0] = 0;
            size += (UINT)strlen(names[i]) + 1;
        }
    }
    free(w);
    if (!(whole = malloc(size))) return 0;
    a.otmSize = size;
    pos = sizeof(a);
    {
        char **fields[4] = { &a.otmpFamilyName, &a.otmpFaceName, &a.otmpStyleName, &a.otmpFullName };
        for (int i = 0; i < 4; i++) {
            size_t len = strlen(names[i]) + 1;
            *fields[i] = (char *)(ULONG_PTR)pos;
            memcpy(whole + pos, names[i], len);
            pos += (UINT)len;
        }
    }
    memcpy(whole, &a, sizeof(a));
    ret = copy_outline(whole, size, cb, out);
    free(whole);
    return ret;
}
