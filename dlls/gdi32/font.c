/*
 * Fonts: a LOGFONT is matched to a font file through fontconfig, opened
 * with FreeType at the pixel size Windows would pick, and its glyphs are
 * rendered and cached. The Windows core fonts are not shipped on Linux, so
 * their names map to the metric-compatible Liberation fonts (same advance
 * widths as Arial, Times New Roman and Courier New); the UI faces (Tahoma,
 * MS Sans Serif, MS Shell Dlg, Segoe UI, System) map to Liberation Sans,
 * whose widths are closer to Tahoma's than DejaVu Sans' (DejaVu is about
 * 15% wider), and which is also Wine's choice.
 *
 * Text metrics follow Windows' TrueType rules (as Wine implements them):
 * a negative lfHeight is the em size in pixels, a positive one the cell
 * height usWinAscent + usWinDescent, tmAscent/tmDescent are the OS/2 win
 * metrics scaled and rounded, tmExternalLeading is what hhea's line gap
 * adds beyond the win metrics.
 *
 * Everything here runs under gdi_lock. Realized faces are shared between
 * font objects with the same key and kept, once unused, in a small LRU.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <ft2build.h>
#include FT_FREETYPE_H
#include FT_TRUETYPE_TABLES_H
#include FT_OUTLINE_H
#include FT_SYNTHESIS_H
#include FT_GASP_H
#include FT_SFNT_NAMES_H
#include FT_TRUETYPE_IDS_H
#include <fontconfig/fontconfig.h>
#include "winbase.h"
#include "winnls.h"
#include "gdi_private.h"
#include "winrun/fonts.h"

#define UNUSED_FACES_KEPT 16
#define GLYPH_BUCKETS 256

struct glyph_entry {
    struct glyph_entry *next;
    UINT index;
    struct glyph glyph;
};

struct face_key {
    WCHAR name[LF_FACESIZE];     /* lower case */
    LONG height, width, weight;
    BYTE italic, underline, strikeout, mono, pitch_family;
};

struct gdi_face {
    struct gdi_face *next, *prev;  /* all faces, most recently used first */
    struct face_key key;
    int refs;                      /* font objects that hold it */
    FT_Face ft;
    BOOL fake_bold, fake_italic;
    struct face_metrics metrics;
    struct glyph_entry *glyphs[GLYPH_BUCKETS];
};

static FT_Library ft_library;
static BOOL ft_failed;
static struct gdi_face *faces;     /* under gdi_lock */


static void to_ascii_lower(const WCHAR *w, char *out, size_t size)
{
    size_t i;
    for (i = 0; i + 1 < size && w[i]; i++) out[i] = w[i] < 0x80 ? (char)tolower(w[i]) : '?';
    out[i] = 0;
}

static void ascii_to_wide(const char *s, WCHAR *out, size_t size)
{
    size_t i;
    for (i = 0; i + 1 < size && s[i]; i++) out[i] = (BYTE)s[i];
    out[i] = 0;
}

/* The family a fallback reports, by what the LOGFONT asked for. */
static const char *fallback_family(BYTE pitch_family, const char **windows_name)
{
    if ((pitch_family & 3) == FIXED_PITCH || (pitch_family & 0xf0) == FF_MODERN) {
        *windows_name = "Courier New";
        return "Liberation Mono";
    }
    if ((pitch_family & 0xf0) == FF_ROMAN) {
        *windows_name = "Times New Roman";
        return "Liberation Serif";
    }
    *windows_name = "Arial";
    return "Liberation Sans";
}

/* Find a file for family at the weight and slant asked; *exact says whether
 * fontconfig had that family (it otherwise answers with its own default). */
static BOOL match_file(const char *family, int weight, BOOL italic, char **file, int *index,
                       int *got_weight, int *got_slant, BOOL *exact)
{
    FcPattern *pat = FcPatternCreate(), *match;
    FcResult result;
    FcChar8 *str;
    BOOL ret = FALSE;

    if (!pat) return FALSE;
    FcPatternAddString(pat, FC_FAMILY, (const FcChar8 *)family);
    FcPatternAddInteger(pat, FC_WEIGHT, FcWeightFromOpenType(weight ? weight : FW_NORMAL));
    FcPatternAddInteger(pat, FC_SLANT, italic ? FC_SLANT_ITALIC : FC_SLANT_ROMAN);
    FcPatternAddBool(pat, FC_SCALABLE, FcTrue);
    FcConfigSubstitute(NULL, pat, FcMatchPattern);
    FcDefaultSubstitute(pat);
    match = FcFontMatch(NULL, pat, &result);
    FcPatternDestroy(pat);
    if (!match) return FALSE;
    *exact = FALSE;
    for (int i = 0; FcPatternGetString(match, FC_FAMILY, i, &str) == FcResultMatch; i++)
        if (!strcasecmp((const char *)str, family)) *exact = TRUE;
    if (FcPatternGetString(match, FC_FILE, 0, &str) == FcResultMatch) {
        *file = strdup((const char *)str);
        if (FcPatternGetInteger(match, FC_INDEX, 0, index) != FcResultMatch) *index = 0;
        if (FcPatternGetInteger(match, FC_WEIGHT, 0, got_weight) != FcResultMatch) *got_weight = FC_WEIGHT_REGULAR;
        if (FcPatternGetInteger(match, FC_SLANT, 0, got_slant) != FcResultMatch) *got_slant = FC_SLANT_ROMAN;
        ret = *file != NULL;
    }
    FcPatternDestroy(match);
    return ret;
}

static void free_glyphs(struct gdi_face *face)
{
    for (int i = 0; i < GLYPH_BUCKETS; i++) {
        struct glyph_entry *e = face->glyphs[i], *next;
        for (; e; e = next) {
            next = e->next;
            free(e->glyph.bits);
            free(e);
        }
        face->glyphs[i] = NULL;
    }
}

static void unlink_face(struct gdi_face *face)
{
    if (face->prev) face->prev->next = face->next;
    else faces = face->next;
    if (face->next) face->next->prev = face->prev;
    face->next = face->prev = NULL;
}

static void push_face(struct gdi_face *face)
{
    face->prev = NULL;
    face->next = faces;
    if (faces) faces->prev = face;
    faces = face;
}

static void destroy_face(struct gdi_face *face)
{
    unlink_face(face);
    free_glyphs(face);
    FT_Done_Face(face->ft);
    free(face);
}

/* Drop the least recently used unreferenced faces beyond the ones kept. */
static void trim_cache(void)
{
    struct gdi_face *face, *last = NULL;
    int unused = 0;
    for (face = faces; face; face = face->next) last = face;
    for (face = last; face; ) {
        struct gdi_face *prev = face->prev;
        if (!face->refs) unused++;
        face = prev;
    }
    for (face = last; face && unused > UNUSED_FACES_KEPT; ) {
        struct gdi_face *prev = face->prev;
        if (!face->refs) {
            destroy_face(face);
            unused--;
        }
        face = prev;
    }
}

static LONG mul_div(LONG a, LONG b, LONG c)
{
    long long r = (long long)a * b;
    if (!c) return 0;
    r = r >= 0 ? (r + c / 2) / c : (r - c / 2) / c;
    return (LONG)r;
}

static int scale_round(FT_Long value, FT_Fixed scale)
{
    return (int)((FT_MulFix(value, scale) + 32) >> 6);
}

static BYTE panose_family(FT_Face ft, const TT_OS2 *os2)
{
    if (FT_IS_FIXED_WIDTH(ft)) return FF_MODERN;
    if (!os2) return FF_SWISS;
    switch (os2->panose[0]) {
    case 3: return FF_SCRIPT;
    case 4: return FF_DECORATIVE;
    }
    switch (os2->panose[1]) {
    case 2: case 3: case 4: case 5: case 6: case 7: case 8: case 9: case 10: return FF_ROMAN;
    case 11: case 12: case 13: case 14: case 15: return FF_SWISS;
    }
    return FF_DONTCARE;
}

static BOOL init_metrics(struct gdi_face *face, const char *windows_name)
{
    FT_Face ft = face->ft;
    TT_OS2 *os2 = FT_Get_Sfnt_Table(ft, FT_SFNT_OS2);
    TT_HoriHeader *hhea = FT_Get_Sfnt_Table(ft, FT_SFNT_HHEA);
    TT_Postscript *post = FT_Get_Sfnt_Table(ft, FT_SFNT_POST);
    struct face_metrics *m = &face->metrics;
    TEXTMETRICW *tm = &m->tm;
    LONG ascent, descent, height = face->key.height, ppem, x_ppem = 0;
    FT_Fixed yscale, xscale;

    if (!hhea || !ft->units_per_EM) return FALSE;
    ascent = os2 ? os2->usWinAscent : 0;
    descent = os2 ? os2->usWinDescent : 0;
    if (ascent + descent == 0) {
        ascent = hhea->Ascender;
        descent = -hhea->Descender;
    }
    if (height == 0) height = 16;
    if (height > 0) ppem = mul_div(ft->units_per_EM, height, ascent + descent);
    else ppem = -height;
    if (ppem < 1) ppem = 1;
    if (ppem > 16384) ppem = 16384;
    if (FT_Set_Pixel_Sizes(ft, 0, (FT_UInt)ppem)) return FALSE;
    /* lfWidth: stretch so that the average width becomes lfWidth */
    if (face->key.width && os2 && os2->xAvgCharWidth) {
        LONG avg = scale_round(os2->xAvgCharWidth, ft->size->metrics.x_scale);
        if (avg > 0) {
            x_ppem = mul_div(ppem * 64, labs(face->key.width), avg);
            if (x_ppem < 1) x_ppem = 1;
            if (FT_Set_Char_Size(ft, x_ppem, ppem * 64, 72, 72)) return FALSE;
        }
    }
    yscale = ft->size->metrics.y_scale;
    xscale = ft->size->metrics.x_scale;

    memset(m, 0, sizeof(*m));
    tm->tmAscent = scale_round(ascent, yscale);
    tm->tmDescent = scale_round(descent, yscale);
    tm->tmHeight = tm->tmAscent + tm->tmDescent;
    tm->tmInternalLeading = scale_round(ascent + descent - ft->units_per_EM, yscale);
    tm->tmExternalLeading = scale_round(hhea->Line_Gap - ((ascent + descent) - (hhea->Ascender - hhea->Descender)), yscale);
    if (tm->tmExternalLeading < 0) tm->tmExternalLeading = 0;
    tm->tmAveCharWidth = os2 && os2->xAvgCharWidth ? scale_round(os2->xAvgCharWidth, xscale) : 0;
    tm->tmMaxCharWidth = scale_round(ft->bbox.xMax - ft->bbox.xMin, xscale);
    tm->tmWeight = face->fake_bold ? FW_BOLD : os2 ? os2->usWeightClass : FW_NORMAL;
    if (face->fake_bold) {
        tm->tmAveCharWidth++;
        tm->tmMaxCharWidth++;
    }
    tm->tmOverhang = 0;
    tm->tmDigitizedAspectX = tm->tmDigitizedAspectY = 96;
    tm->tmFirstChar = 0x1e;
    tm->tmLastChar = 0xfffc;
    tm->tmDefaultChar = 0x1f;
    tm->tmBreakChar = 0x20;
    tm->tmItalic = face->key.italic ? 255 : 0;
    tm->tmUnderlined = face->key.underline ? 255 : 0;
    tm->tmStruckOut = face->key.strikeout ? 255 : 0;
    /* TMPF_FIXED_PITCH set means variable pitch, as Windows defines it */
    tm->tmPitchAndFamily = panose_family(ft, os2) | TMPF_VECTOR | TMPF_TRUETYPE |
                           (FT_IS_FIXED_WIDTH(ft) ? 0 : TMPF_FIXED_PITCH);
    tm->tmCharSet = ANSI_CHARSET;

    if (post) {
        m->underline_pos = -scale_round(post->underlinePosition, yscale);
        m->underline_size = scale_round(post->underlineThickness, yscale);
    }
    if (os2) {
        m->strike_pos = scale_round(os2->yStrikeoutPosition, yscale);
        m->strike_size = scale_round(os2->yStrikeoutSize, yscale);
    }
    if (m->underline_size < 1) m->underline_size = 1;
    if (m->strike_size < 1) m->strike_size = 1;
    if (m->underline_pos < 1) m->underline_pos = 1;
    if (m->strike_pos < 1) m->strike_pos = tm->tmAscent / 3;
    ascii_to_wide(windows_name, m->family, LF_FACESIZE);
    /* grayscale unless asked for none or the font's gasp table says no
     * grayscale at this size (Windows honours gasp the same way) */
    m->mono = face->key.mono;
    if (!m->mono) {
        FT_Int gasp = FT_Get_Gasp(ft, (FT_UInt)ppem);
        if (gasp != FT_GASP_NO_TABLE && !(gasp & FT_GASP_DO_GRAY)) m->mono = TRUE;
    }
    return TRUE;
}

static void make_key(const LOGFONTW *lf, struct face_key *key)
{
    memset(key, 0, sizeof(*key));
    for (int i = 0; i < LF_FACESIZE - 1 && lf->lfFaceName[i]; i++) {
        WCHAR c = lf->lfFaceName[i];
        key->name[i] = c >= 'A' && c <= 'Z' ? c + 32 : c;
    }
    key->height = lf->lfHeight;
    key->width = lf->lfWidth;
    key->weight = lf->lfWeight;
    key->italic = lf->lfItalic != 0;
    key->underline = lf->lfUnderline != 0;
    key->strikeout = lf->lfStrikeOut != 0;
    key->mono = lf->lfQuality == NONANTIALIASED_QUALITY;
    key->pitch_family = lf->lfPitchAndFamily;
}

static struct gdi_face *open_face(const struct face_key *key)
{
    char name[LF_FACESIZE * 2], *file = NULL;
    const char *family = NULL, *windows_name = NULL, *fallback_name, *fallback;
    int index = 0, got_weight = FC_WEIGHT_REGULAR, got_slant = FC_SLANT_ROMAN;
    BOOL exact = FALSE, real = FALSE;
    struct gdi_face *face;

    if (!ft_library && !ft_failed) {
        if (FT_Init_FreeType(&ft_library) || !FcInit()) ft_failed = TRUE;
    }
    if (ft_failed) return NULL;

    to_ascii_lower(key->name, name, sizeof(name));
    fallback = fallback_family(key->pitch_family, &fallback_name);
    for (size_t i = 0; i < sizeof(winrun_fonts) / sizeof(winrun_fonts[0]); i++)
        if (!strcasecmp(name, winrun_fonts[i].face)) family = winrun_fonts[i].family;
    if (family) windows_name = name;   /* font_face puts back the caller's capitals */
    else if (name[0] && match_file(name, key->weight, key->italic, &file, &index, &got_weight, &got_slant, &exact)) {
        if (exact) real = TRUE;
        else {
            free(file);
            file = NULL;
        }
    }
    if (!file) {
        if (!family) {
            family = fallback;
            windows_name = fallback_name;
        }
        if (!match_file(family, key->weight, key->italic, &file, &index, &got_weight, &got_slant, &exact) &&
            !match_file(fallback, key->weight, key->italic, &file, &index, &got_weight, &got_slant, &exact))
            return NULL;
    }
    if (!(face = calloc(1, sizeof(*face)))) {
        free(file);
        return NULL;
    }
    face->key = *key;
    if (FT_New_Face(ft_library, file, index, &face->ft)) {
        free(file);
        free(face);
        return NULL;
    }
    free(file);
    if (real) windows_name = face->ft->family_name ? face->ft->family_name : name;
    face->fake_bold = key->weight >= 600 && got_weight < FC_WEIGHT_DEMIBOLD;
    face->fake_italic = key->italic && got_slant == FC_SLANT_ROMAN;
    if (!init_metrics(face, windows_name)) {
        FT_Done_Face(face->ft);
        free(face);
        return NULL;
    }
    return face;
}

/* The realized face of a font object at device height HEIGHT and width
 * WIDTH (the LOGFONT's, transformed by the DC's mapping). The font object
 * keeps the face of its last use. */
static struct gdi_face *font_face(struct font *font, LONG height, LONG width)
{
    struct face_key key;
    struct gdi_face *face;

    make_key(&font->log, &key);
    key.height = height;
    key.width = width;
    if (font->face && !memcmp(&font->face->key, &key, sizeof(key))) {
        unlink_face(font->face);
        push_face(font->face);
        return font->face;
    }
    if (font->face) {
        /* drawn under another mapping: let go of the old size */
        font->face->refs--;
        font->face = NULL;
    }
    for (face = faces; face; face = face->next)
        if (!memcmp(&face->key, &key, sizeof(key))) break;
    if (face) unlink_face(face);
    else if (!(face = open_face(&key))) return NULL;
    else if (font->log.lfFaceName[0]) {
        /* keep the caller's spelling of a known name ("Arial", "MS Shell Dlg") */
        char lower[LF_FACESIZE * 2];
        to_ascii_lower(key.name, lower, sizeof(lower));
        for (size_t i = 0; i < sizeof(winrun_fonts) / sizeof(winrun_fonts[0]); i++)
            if (!strcasecmp(lower, winrun_fonts[i].face))
                memcpy(face->metrics.family, font->log.lfFaceName, sizeof(face->metrics.family));
    }
    push_face(face);
    face->refs++;
    font->face = face;
    trim_cache();
    return face;
}

/* lfHeight and lfWidth are logical units: scaled by the DC's mapping and
 * world transform, rounded, keeping the sign (which picks cell or em
 * height) and never rounding a size to 0 (which means the default) */
static LONG font_size_to_device(LONG size, double scale)
{
    double d = size * scale;
    LONG r = (LONG)(d >= 0 ? d + 0.5 : d - 0.5);
    if (size && !r) r = size > 0 ? 1 : -1;
    return r;
}

struct gdi_face *dc_face(struct dc *dc)
{
    struct font *font = gdi_get(dc->s.font, OBJ_FONT);
    double sx, sy;
    if (!font) return NULL;
    dc_scales(dc, &sx, &sy);
    return font_face(font, font_size_to_device(font->log.lfHeight, sy), font_size_to_device(font->log.lfWidth, sx));
}

const struct face_metrics *face_metrics(struct gdi_face *face)
{
    return &face->metrics;
}

UINT face_glyph_index(struct gdi_face *face, UINT ch)
{
    UINT index = FT_Get_Char_Index(face->ft, ch);
    /* symbol fonts map their characters at U+F0xx */
    if (!index && ch < 0x100 && face->ft->charmap && face->ft->charmap->encoding == FT_ENCODING_MS_SYMBOL)
        index = FT_Get_Char_Index(face->ft, ch + 0xf000);
    return index;
}

static void load_glyph(struct gdi_face *face, UINT index, struct glyph *g)
{
    FT_GlyphSlot slot = face->ft->glyph;
    FT_Pos left, right;

    memset(g, 0, sizeof(*g));
    /* advances and black boxes come from the normal (grey) hinting, so
     * that extents do not depend on the rendering quality (Wine's
     * NONANTIALIASED_QUALITY extents may differ by a pixel from these);
     * mono glyphs are drawn from that same outline: bi-level hinting can
     * widen a glyph (Liberation Sans 'w' at 11 px: 8 px grey, 10 mono),
     * and such a bitmap at grey advances runs into the next character */
    if (FT_Load_Glyph(face->ft, index, FT_LOAD_DEFAULT | FT_LOAD_IGNORE_GLOBAL_ADVANCE_WIDTH | FT_LOAD_TARGET_NORMAL))
        return;
    g->advance = (int)((slot->metrics.horiAdvance + 63) >> 6);
    left = slot->metrics.horiBearingX & -64;
    right = (slot->metrics.horiBearingX + slot->metrics.width + 63) & -64;
    g->abc_a = (int)(left >> 6);
    g->abc_b = (int)((right - left) >> 6);
    if (face->fake_bold) g->advance++;
    if (slot->format == FT_GLYPH_FORMAT_OUTLINE) {
        if (face->fake_italic) FT_GlyphSlot_Oblique(slot);
        if (face->fake_bold) FT_Outline_EmboldenXY(&slot->outline, 64, 0);
    }
    if (FT_Render_Glyph(slot, face->metrics.mono ? FT_RENDER_MODE_MONO : FT_RENDER_MODE_NORMAL)) return;
    g->left = slot->bitmap_left;
    g->top = slot->bitmap_top;
    g->width = (int)slot->bitmap.width;
    g->height = (int)slot->bitmap.rows;
    g->pitch = g->width;
    if (face->fake_bold || face->fake_italic) {
        if (g->width > g->abc_b) g->abc_b = g->width;
    }
    if (!g->width || !g->height || !(g->bits = malloc((size_t)g->width * g->height))) {
        g->width = g->height = 0;
        return;
    }
    for (int y = 0; y < g->height; y++) {
        const BYTE *src = slot->bitmap.buffer + (long)y * slot->bitmap.pitch;
        BYTE *dst = g->bits + (size_t)y * g->pitch;
        for (int x = 0; x < g->width; x++) {
            if (slot->bitmap.pixel_mode == FT_PIXEL_MODE_MONO)
                dst[x] = (src[x >> 3] & (0x80 >> (x & 7))) ? 255 : 0;
            else
                dst[x] = src[x];
        }
    }
}

const struct glyph *face_glyph(struct gdi_face *face, UINT index, BOOL mono)
{
    struct glyph_entry *e;
    UINT bucket = index % GLYPH_BUCKETS;
    (void)mono;
    for (e = face->glyphs[bucket]; e; e = e->next)
        if (e->index == index) return &e->glyph;
    if (!(e = calloc(1, sizeof(*e)))) return NULL;
    e->index = index;
    load_glyph(face, index, &e->glyph);
    e->next = face->glyphs[bucket];
    face->glyphs[bucket] = e;
    return &e->glyph;
}

void font_delete(struct font *font)
{
    if (font->face) font->face->refs--;
    font->face = NULL;
    trim_cache();
    gdi_free_handle(font->hdr.handle);
    free(font);
}

WINBASEAPI HFONT WINAPI CreateFontW(INT height, INT width, INT escapement, INT orientation, INT weight,
                                    DWORD italic, DWORD underline, DWORD strikeout, DWORD charset,
                                    DWORD out_precision, DWORD clip_precision, DWORD quality, DWORD pitch_family,
                                    const WCHAR *face)
{
    LOGFONTW lf;
    memset(&lf, 0, sizeof(lf));
    lf.lfHeight = height;
    lf.lfWidth = width;
    lf.lfEscapement = escapement;
    lf.lfOrientation = orientation;
    lf.lfWeight = weight;
    lf.lfItalic = (BYTE)italic;
    lf.lfUnderline = (BYTE)underline;
    lf.lfStrikeOut = (BYTE)strikeout;
    lf.lfCharSet = (BYTE)charset;
    lf.lfOutPrecision = (BYTE)out_precision;
    lf.lfClipPrecision = (BYTE)clip_precision;
    lf.lfQuality = (BYTE)quality;
    lf.lfPitchAndFamily = (BYTE)pitch_family;
    if (face)
        for (int i = 0; i < LF_FACESIZE - 1 && face[i]; i++) lf.lfFaceName[i] = face[i];
    return CreateFontIndirectW(&lf);
}

WINBASEAPI HFONT WINAPI CreateFontA(INT height, INT width, INT escapement, INT orientation, INT weight,
                                    DWORD italic, DWORD underline, DWORD strikeout, DWORD charset,
                                    DWORD out_precision, DWORD clip_precision, DWORD quality, DWORD pitch_family,
                                    const char *face)
{
    WCHAR w[LF_FACESIZE];
    w[0] = 0;
    if (face && !MultiByteToWideChar(CP_ACP, 0, face, -1, w, LF_FACESIZE)) w[LF_FACESIZE - 1] = 0;
    return CreateFontW(height, width, escapement, orientation, weight, italic, underline, strikeout, charset,
                       out_precision, clip_precision, quality, pitch_family, w);
}

/* The numeric part of OUTLINETEXTMETRICW, scaled as Windows scales it
 * (the Mac fields repeat the text metrics, as Windows reports them). */
void face_outline_metrics(struct gdi_face *face, OUTLINETEXTMETRICW *otm)
{
    FT_Face ft = face->ft;
    TT_OS2 *os2 = FT_Get_Sfnt_Table(ft, FT_SFNT_OS2);
    TT_HoriHeader *hhea = FT_Get_Sfnt_Table(ft, FT_SFNT_HHEA);
    TT_Postscript *post = FT_Get_Sfnt_Table(ft, FT_SFNT_POST);
    TT_Header *head = FT_Get_Sfnt_Table(ft, FT_SFNT_HEAD);
    FT_Fixed ys = ft->size->metrics.y_scale, xs = ft->size->metrics.x_scale;
    const TEXTMETRICW *tm = &face->metrics.tm;

    memset(otm, 0, sizeof(*otm));
    otm->otmTextMetrics = *tm;
    otm->otmEMSquare = ft->units_per_EM;
    if (os2) {
        memcpy(&otm->otmPanoseNumber, os2->panose, sizeof(otm->otmPanoseNumber));
        otm->otmfsSelection = os2->fsSelection;
        otm->otmfsType = os2->fsType;
        otm->otmAscent = scale_round(os2->sTypoAscender, ys);
        otm->otmDescent = scale_round(os2->sTypoDescender, ys);
        otm->otmLineGap = (UINT)scale_round(os2->sTypoLineGap, ys);
        otm->otmsCapEmHeight = (UINT)scale_round(os2->sCapHeight, ys);
        otm->otmsXHeight = (UINT)scale_round(os2->sxHeight, ys);
        otm->otmptSubscriptSize.x = scale_round(os2->ySubscriptXSize, xs);
        otm->otmptSubscriptSize.y = scale_round(os2->ySubscriptYSize, ys);
        otm->otmptSubscriptOffset.x = scale_round(os2->ySubscriptXOffset, xs);
        otm->otmptSubscriptOffset.y = scale_round(os2->ySubscriptYOffset, ys);
        otm->otmptSuperscriptSize.x = scale_round(os2->ySuperscriptXSize, xs);
        otm->otmptSuperscriptSize.y = scale_round(os2->ySuperscriptYSize, ys);
        otm->otmptSuperscriptOffset.x = scale_round(os2->ySuperscriptXOffset, xs);
        otm->otmptSuperscriptOffset.y = scale_round(os2->ySuperscriptYOffset, ys);
        otm->otmsStrikeoutSize = (UINT)scale_round(os2->yStrikeoutSize, ys);
        otm->otmsStrikeoutPosition = scale_round(os2->yStrikeoutPosition, ys);
    }
    if (hhea) {
        otm->otmsCharSlopeRise = hhea->caret_Slope_Rise;
        otm->otmsCharSlopeRun = hhea->caret_Slope_Run;
    }
    if (post) {
        otm->otmItalicAngle = (INT)(post->italicAngle / 65536 * 10);
        otm->otmsUnderscoreSize = scale_round(post->underlineThickness, ys);
        otm->otmsUnderscorePosition = scale_round(post->underlinePosition, ys);
    }
    if (head) otm->otmusMinimumPPEM = head->Lowest_Rec_PPEM;
    otm->otmrcFontBox.left = scale_round(ft->bbox.xMin, xs);
    otm->otmrcFontBox.right = scale_round(ft->bbox.xMax, xs);
    otm->otmrcFontBox.top = scale_round(ft->bbox.yMax, ys);
    otm->otmrcFontBox.bottom = scale_round(ft->bbox.yMin, ys);
    otm->otmMacAscent = tm->tmAscent;
    otm->otmMacDescent = -tm->tmDescent;
    otm->otmMacLineGap = (UINT)tm->tmExternalLeading;
}

/* The style name FreeType reads from the font ("Regular", "Bold"). */
const char *face_style_name(struct gdi_face *face)
{
    if (face->fake_bold && face->fake_italic) return "Bold Italic";
    if (face->fake_bold) return "Bold";
    if (face->fake_italic) return "Italic";
    return face->ft->style_name ? face->ft->style_name : "Regular";
}

/* The font's unique name (name table ID 3, Windows' otmpFullName), in the
 * Microsoft platform's UTF-16 (US English preferred); FALSE if none. */
BOOL face_unique_name(struct gdi_face *face, WCHAR *out, int size)
{
    FT_UInt count = FT_Get_Sfnt_Name_Count(face->ft);
    FT_SfntName name, best;
    BOOL found = FALSE;

    memset(&best, 0, sizeof(best));

    for (FT_UInt i = 0; i < count; i++) {
        if (FT_Get_Sfnt_Name(face->ft, i, &name)) continue;
        if (name.name_id != TT_NAME_ID_UNIQUE_ID || name.platform_id != TT_PLATFORM_MICROSOFT ||
            name.encoding_id != TT_MS_ID_UNICODE_CS)
            continue;
        if (!found || name.language_id == 0x409) best = name;
        found = TRUE;
    }
    if (!found || size <= 0) return FALSE;
    {
        int n = (int)(best.string_len / 2);
        if (n > size - 1) n = size - 1;
        for (int i = 0; i < n; i++) out[i] = (WCHAR)((best.string[2 * i] << 8) | best.string[2 * i + 1]);
        out[n] = 0;
    }
    return TRUE;
}
