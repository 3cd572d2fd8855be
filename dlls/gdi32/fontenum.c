/*
 * Font enumeration: EnumFontFamiliesEx, EnumFontFamilies, EnumFonts.
 * The list is the Windows names programs look for (Arial, Times New Roman,
 * Courier New, Tahoma, MS Sans Serif, Segoe UI, ...; font.c maps them to
 * their substitutes) followed by the scalable families fontconfig knows.
 * Every family is reported once, as a TrueType font in ANSI_CHARSET, with
 * the metrics of its regular style at a 16-pixel em.
 */
#include <stdlib.h>
#include <string.h>
#include <fontconfig/fontconfig.h>
#include "winbase.h"
#include "winnls.h"
#include "gdi_private.h"

static const char *const windows_families[] = {
    "Arial", "Courier New", "Times New Roman", "Tahoma", "MS Sans Serif", "Microsoft Sans Serif",
    "MS Shell Dlg", "MS Shell Dlg 2", "Segoe UI", "Verdana",
};

struct family_list {
    char **names;
    int count, size;
};

static void add_family(struct family_list *list, const char *name)
{
    for (int i = 0; i < list->count; i++)
        if (!strcasecmp(list->names[i], name)) return;
    if (list->count == list->size) {
        int size = list->size ? list->size * 2 : 64;
        char **names = realloc(list->names, size * sizeof(*names));
        if (!names) return;
        list->names = names;
        list->size = size;
    }
    if ((list->names[list->count] = strdup(name))) list->count++;
}

static void collect_families(struct family_list *list)
{
    FcPattern *pat;
    FcObjectSet *os;
    FcFontSet *set;

    for (size_t i = 0; i < sizeof(windows_families) / sizeof(windows_families[0]); i++)
        add_family(list, windows_families[i]);
    if (!FcInit() || !(pat = FcPatternBuild(NULL, FC_SCALABLE, FcTypeBool, FcTrue, NULL))) return;
    if ((os = FcObjectSetBuild(FC_FAMILY, NULL))) {
        if ((set = FcFontList(NULL, pat, os))) {
            for (int i = 0; i < set->nfont; i++) {
                FcChar8 *family;
                if (FcPatternGetString(set->fonts[i], FC_FAMILY, 0, &family) == FcResultMatch &&
                    strlen((const char *)family) < LF_FACESIZE)
                    add_family(list, (const char *)family);
            }
            FcFontSetDestroy(set);
        }
        FcObjectSetDestroy(os);
    }
    FcPatternDestroy(pat);
}

static void free_families(struct family_list *list)
{
    for (int i = 0; i < list->count; i++) free(list->names[i]);
    free(list->names);
}

/* Metrics of the family's regular face; FALSE if it cannot be opened. */
static BOOL family_metrics(const char *name, ENUMLOGFONTEXW *elf, NEWTEXTMETRICEXW *ntm)
{
    LOGFONTW lf;
    HFONT font;
    HDC hdc;
    TEXTMETRICW tm;
    BOOL ok = FALSE;

    memset(&lf, 0, sizeof(lf));
    lf.lfHeight = -16;
    lf.lfWeight = FW_NORMAL;
    MultiByteToWideChar(CP_UTF8, 0, name, -1, lf.lfFaceName, LF_FACESIZE);
    lf.lfFaceName[LF_FACESIZE - 1] = 0;
    if (!(font = CreateFontIndirectW(&lf))) return FALSE;
    if ((hdc = CreateCompatibleDC(NULL))) {
        HGDIOBJ old = SelectObject(hdc, font);
        if (GetTextMetricsW(hdc, &tm)) ok = TRUE;
        SelectObject(hdc, old);
        DeleteDC(hdc);
    }
    DeleteObject(font);
    if (!ok) return FALSE;

    memset(elf, 0, sizeof(*elf));
    memset(ntm, 0, sizeof(*ntm));
    elf->elfLogFont = lf;
    elf->elfLogFont.lfHeight = tm.tmHeight;
    elf->elfLogFont.lfWidth = tm.tmAveCharWidth;
    elf->elfLogFont.lfCharSet = ANSI_CHARSET;
    elf->elfLogFont.lfOutPrecision = 3;     /* OUT_STROKE_PRECIS */
    elf->elfLogFont.lfClipPrecision = 2;    /* CLIP_STROKE_PRECIS */
    elf->elfLogFont.lfQuality = DRAFT_QUALITY;
    elf->elfLogFont.lfPitchAndFamily = (tm.tmPitchAndFamily & 0xf0) |
                                       ((tm.tmPitchAndFamily & TMPF_FIXED_PITCH) ? VARIABLE_PITCH : FIXED_PITCH);
    memcpy(elf->elfFullName, lf.lfFaceName, sizeof(lf.lfFaceName));
    MultiByteToWideChar(CP_UTF8, 0, "Regular", -1, elf->elfStyle, LF_FACESIZE);
    MultiByteToWideChar(CP_UTF8, 0, "Western", -1, elf->elfScript, LF_FACESIZE);
    memcpy(&ntm->ntmTm, &tm, sizeof(tm));
    ntm->ntmTm.ntmFlags = NTM_REGULAR;
    ntm->ntmTm.ntmSizeEM = 2048;
    ntm->ntmTm.ntmCellHeight = (UINT)tm.tmHeight;
    ntm->ntmTm.ntmAvgWidth = (UINT)tm.tmAveCharWidth;
    ntm->ntmFontSig.fsCsb[0] = 1;           /* FS_LATIN1 */
    return TRUE;
}

static BOOL name_matches(const char *name, const WCHAR *wanted)
{
    WCHAR w[LF_FACESIZE];
    if (!wanted || !wanted[0]) return TRUE;
    MultiByteToWideChar(CP_UTF8, 0, name, -1, w, LF_FACESIZE);
    w[LF_FACESIZE - 1] = 0;
    for (int i = 0;; i++) {
        WCHAR a = w[i], b = wanted[i];
        if (a >= 'A' && a <= 'Z') a += 32;
        if (b >= 'A' && b <= 'Z') b += 32;
        if (a != b) return FALSE;
        if (!a) return TRUE;
    }
}

WINBASEAPI INT WINAPI EnumFontFamiliesExW(HDC hdc, LOGFONTW *lf, FONTENUMPROCW proc, LPARAM lparam, DWORD flags)
{
    struct family_list list = { NULL, 0, 0 };
    int ret = 1;
    (void)hdc;
    (void)flags;
    if (!proc) return 0;
    if (lf && lf->lfCharSet != DEFAULT_CHARSET && lf->lfCharSet != ANSI_CHARSET) return 1;
    collect_families(&list);
    for (int i = 0; i < list.count && ret; i++) {
        ENUMLOGFONTEXW elf;
        NEWTEXTMETRICEXW ntm;
        if (!name_matches(list.names[i], lf ? lf->lfFaceName : NULL)) continue;
        if (!family_metrics(list.names[i], &elf, &ntm)) continue;
        ret = proc(&elf.elfLogFont, (const TEXTMETRICW *)&ntm, TRUETYPE_FONTTYPE, lparam);
    }
    free_families(&list);
    return ret;
}

struct enum_a_ctx {
    FONTENUMPROCA proc;
    LPARAM lparam;
};

static void wide_to_ansi(const WCHAR *w, BYTE *out, int size)
{
    if (!WideCharToMultiByte(CP_ACP, 0, w, -1, (char *)out, size, NULL, NULL)) out[0] = 0;
    out[size - 1] = 0;
}

static int CALLBACK enum_a_proc(const LOGFONTW *lfw, const TEXTMETRICW *tmw, DWORD type, LPARAM lparam)
{
    const ENUMLOGFONTEXW *elfw = (const ENUMLOGFONTEXW *)lfw;
    const NEWTEXTMETRICEXW *ntmw = (const NEWTEXTMETRICEXW *)tmw;
    struct enum_a_ctx *ctx = (struct enum_a_ctx *)lparam;
    ENUMLOGFONTEXA elf;
    NEWTEXTMETRICEXA ntm;

    memset(&elf, 0, sizeof(elf));
    memcpy(&elf.elfLogFont, &elfw->elfLogFont, offsetof(LOGFONTA, lfFaceName));
    wide_to_ansi(elfw->elfLogFont.lfFaceName, (BYTE *)elf.elfLogFont.lfFaceName, LF_FACESIZE);
    wide_to_ansi(elfw->elfFullName, elf.elfFullName, LF_FULLFACESIZE);
    wide_to_ansi(elfw->elfStyle, elf.elfStyle, LF_FACESIZE);
    wide_to_ansi(elfw->elfScript, elf.elfScript, LF_FACESIZE);
    memset(&ntm, 0, sizeof(ntm));
    memcpy(&ntm.ntmTm, &ntmw->ntmTm, offsetof(NEWTEXTMETRICA, tmFirstChar));
    ntm.ntmTm.tmFirstChar = 0x1e;
    ntm.ntmTm.tmLastChar = 0xff;
    ntm.ntmTm.tmDefaultChar = 0x1f;
    ntm.ntmTm.tmBreakChar = 0x20;
    ntm.ntmTm.tmItalic = ntmw->ntmTm.tmItalic;
    ntm.ntmTm.tmUnderlined = ntmw->ntmTm.tmUnderlined;
    ntm.ntmTm.tmStruckOut = ntmw->ntmTm.tmStruckOut;
    ntm.ntmTm.tmPitchAndFamily = ntmw->ntmTm.tmPitchAndFamily;
    ntm.ntmTm.tmCharSet = ntmw->ntmTm.tmCharSet;
    ntm.ntmTm.ntmFlags = ntmw->ntmTm.ntmFlags;
    ntm.ntmTm.ntmSizeEM = ntmw->ntmTm.ntmSizeEM;
    ntm.ntmTm.ntmCellHeight = ntmw->ntmTm.ntmCellHeight;
    ntm.ntmTm.ntmAvgWidth = ntmw->ntmTm.ntmAvgWidth;
    ntm.ntmFontSig = ntmw->ntmFontSig;
    return ctx->proc(&elf.elfLogFont, (const TEXTMETRICA *)&ntm, type, ctx->lparam);
}

WINBASEAPI INT WINAPI EnumFontFamiliesExA(HDC hdc, LOGFONTA *lfa, FONTENUMPROCA proc, LPARAM lparam, DWORD flags)
{
    struct enum_a_ctx ctx = { proc, lparam };
    LOGFONTW lf;
    if (!proc) return 0;
    memset(&lf, 0, sizeof(lf));
    lf.lfCharSet = DEFAULT_CHARSET;
    if (lfa) {
        memcpy(&lf, lfa, offsetof(LOGFONTA, lfFaceName));
        MultiByteToWideChar(CP_ACP, 0, lfa->lfFaceName, -1, lf.lfFaceName, LF_FACESIZE);
        lf.lfFaceName[LF_FACESIZE - 1] = 0;
    }
    return EnumFontFamiliesExW(hdc, &lf, enum_a_proc, (LPARAM)&ctx, flags);
}

WINBASEAPI INT WINAPI EnumFontFamiliesW(HDC hdc, const WCHAR *family, FONTENUMPROCW proc, LPARAM lparam)
{
    LOGFONTW lf;
    memset(&lf, 0, sizeof(lf));
    lf.lfCharSet = DEFAULT_CHARSET;
    if (family) {
        for (int i = 0; i < LF_FACESIZE - 1 && family[i]; i++) lf.lfFaceName[i] = family[i];
    }
    return EnumFontFamiliesExW(hdc, &lf, proc, lparam, 0);
}

WINBASEAPI INT WINAPI EnumFontFamiliesA(HDC hdc, const char *family, FONTENUMPROCA proc, LPARAM lparam)
{
    LOGFONTA lf;
    memset(&lf, 0, sizeof(lf));
    lf.lfCharSet = DEFAULT_CHARSET;
    if (family) {
        strncpy(lf.lfFaceName, family, LF_FACESIZE - 1);
    }
    return EnumFontFamiliesExA(hdc, &lf, proc, lparam, 0);
}

WINBASEAPI INT WINAPI EnumFontsW(HDC hdc, const WCHAR *face, FONTENUMPROCW proc, LPARAM lparam)
{
    return EnumFontFamiliesW(hdc, face, proc, lparam);
}

WINBASEAPI INT WINAPI EnumFontsA(HDC hdc, const char *face, FONTENUMPROCA proc, LPARAM lparam)
{
    return EnumFontFamiliesA(hdc, face, proc, lparam);
}
