/*
 * GDI types, constants and functions for winrun's own code (gdi32 and the
 * user32 functions that draw). Values are Windows' (wingdi.h in the SDK).
 */
#ifndef WINRUN_WINGDI_H
#define WINRUN_WINGDI_H

#include "winbase.h"

/* HDC, HGDIOBJ..., COLORREF, RECT, POINT and SIZE are in windef.h */
typedef struct { FLOAT eM11, eM12, eM21, eM22, eDx, eDy; } XFORM, *LPXFORM;

#define RGB(r, g, b) ((COLORREF)(((BYTE)(r)) | ((WORD)((BYTE)(g)) << 8) | (((DWORD)(BYTE)(b)) << 16)))
#define GetRValue(c) ((BYTE)(c))
#define GetGValue(c) ((BYTE)((c) >> 8))
#define GetBValue(c) ((BYTE)((c) >> 16))
#define CLR_INVALID 0xffffffff

typedef struct { BYTE rgbBlue, rgbGreen, rgbRed, rgbReserved; } RGBQUAD;
typedef struct {
    DWORD biSize; LONG biWidth, biHeight; WORD biPlanes, biBitCount;
    DWORD biCompression, biSizeImage; LONG biXPelsPerMeter, biYPelsPerMeter;
    DWORD biClrUsed, biClrImportant;
} BITMAPINFOHEADER, *PBITMAPINFOHEADER, *LPBITMAPINFOHEADER;
typedef struct { DWORD bcSize; WORD bcWidth, bcHeight, bcPlanes, bcBitCount; } BITMAPCOREHEADER;
typedef struct { BITMAPINFOHEADER bmiHeader; RGBQUAD bmiColors[1]; } BITMAPINFO, *PBITMAPINFO, *LPBITMAPINFO;
typedef struct {
    LONG bmType, bmWidth, bmHeight, bmWidthBytes; WORD bmPlanes, bmBitsPixel; LPVOID bmBits;
} BITMAP, *PBITMAP, *LPBITMAP;
typedef struct {
    BITMAP dsBm; BITMAPINFOHEADER dsBmih; DWORD dsBitfields[3]; HANDLE dshSection; DWORD dsOffset;
} DIBSECTION;
#define BI_RGB       0
#define BI_BITFIELDS 3
#define DIB_RGB_COLORS 0
#define DIB_PAL_COLORS 1
#define CBM_INIT 4

typedef struct { UINT lopnStyle; POINT lopnWidth; COLORREF lopnColor; } LOGPEN;
typedef struct { UINT lbStyle; COLORREF lbColor; ULONG_PTR lbHatch; } LOGBRUSH;
typedef struct {
    DWORD elpPenStyle, elpWidth; UINT elpBrushStyle; COLORREF elpColor; ULONG_PTR elpHatch;
    DWORD elpNumEntries, elpStyleEntry[1];
} EXTLOGPEN;
#define LF_FACESIZE 32
typedef struct {
    LONG lfHeight, lfWidth, lfEscapement, lfOrientation, lfWeight;
    BYTE lfItalic, lfUnderline, lfStrikeOut, lfCharSet, lfOutPrecision, lfClipPrecision,
         lfQuality, lfPitchAndFamily;
    WCHAR lfFaceName[LF_FACESIZE];
} LOGFONTW;
typedef struct {
    LONG lfHeight, lfWidth, lfEscapement, lfOrientation, lfWeight;
    BYTE lfItalic, lfUnderline, lfStrikeOut, lfCharSet, lfOutPrecision, lfClipPrecision,
         lfQuality, lfPitchAndFamily;
    CHAR lfFaceName[LF_FACESIZE];
} LOGFONTA;
typedef struct { BYTE peRed, peGreen, peBlue, peFlags; } PALETTEENTRY;
typedef struct { WORD palVersion, palNumEntries; PALETTEENTRY palPalEntry[1]; } LOGPALETTE;

typedef struct { DWORD dwSize, iType, nCount, nRgnSize; RECT rcBound; } RGNDATAHEADER;
typedef struct { RGNDATAHEADER rdh; char Buffer[1]; } RGNDATA, *LPRGNDATA;
#define RDH_RECTANGLES 1

/* GetObjectType */
#define OBJ_PEN 1
#define OBJ_BRUSH 2
#define OBJ_DC 3
#define OBJ_METADC 4
#define OBJ_PAL 5
#define OBJ_FONT 6
#define OBJ_BITMAP 7
#define OBJ_REGION 8
#define OBJ_METAFILE 9
#define OBJ_MEMDC 10
#define OBJ_EXTPEN 11
#define OBJ_ENHMETADC 12
#define OBJ_ENHMETAFILE 13
#define OBJ_COLORSPACE 14

/* stock objects */
#define WHITE_BRUSH 0
#define LTGRAY_BRUSH 1
#define GRAY_BRUSH 2
#define DKGRAY_BRUSH 3
#define BLACK_BRUSH 4
#define NULL_BRUSH 5
#define HOLLOW_BRUSH NULL_BRUSH
#define WHITE_PEN 6
#define BLACK_PEN 7
#define NULL_PEN 8
#define OEM_FIXED_FONT 10
#define ANSI_FIXED_FONT 11
#define ANSI_VAR_FONT 12
#define SYSTEM_FONT 13
#define DEVICE_DEFAULT_FONT 14
#define DEFAULT_PALETTE 15
#define SYSTEM_FIXED_FONT 16
#define DEFAULT_GUI_FONT 17
#define DC_BRUSH 18
#define DC_PEN 19
#define STOCK_LAST 19

/* pens */
#define PS_SOLID 0
#define PS_DASH 1
#define PS_DOT 2
#define PS_DASHDOT 3
#define PS_DASHDOTDOT 4
#define PS_NULL 5
#define PS_INSIDEFRAME 6
#define PS_USERSTYLE 7
#define PS_ALTERNATE 8
#define PS_STYLE_MASK 0x0f
#define PS_ENDCAP_MASK 0x0f00
#define PS_JOIN_MASK 0xf000
#define PS_TYPE_MASK 0x000f0000
#define PS_COSMETIC 0x00000000
#define PS_GEOMETRIC 0x00010000
#define PS_ENDCAP_ROUND 0x0000
#define PS_ENDCAP_SQUARE 0x0100
#define PS_ENDCAP_FLAT 0x0200
#define PS_JOIN_ROUND 0x0000
#define PS_JOIN_BEVEL 0x1000
#define PS_JOIN_MITER 0x2000

/* brushes */
#define BS_SOLID 0
#define BS_NULL 1
#define BS_HOLLOW BS_NULL
#define BS_HATCHED 2
#define BS_PATTERN 3
#define BS_DIBPATTERN 5
#define BS_DIBPATTERNPT 6
#define HS_HORIZONTAL 0
#define HS_VERTICAL 1
#define HS_FDIAGONAL 2
#define HS_BDIAGONAL 3
#define HS_CROSS 4
#define HS_DIAGCROSS 5

/* DC attributes */
#define TRANSPARENT 1
#define OPAQUE 2
#define ALTERNATE 1
#define WINDING 2
#define BLACKONWHITE 1
#define WHITEONBLACK 2
#define COLORONCOLOR 3
#define HALFTONE 4
#define R2_BLACK 1
#define R2_NOTMERGEPEN 2
#define R2_MASKNOTPEN 3
#define R2_NOTCOPYPEN 4
#define R2_MASKPENNOT 5
#define R2_NOT 6
#define R2_XORPEN 7
#define R2_NOTMASKPEN 8
#define R2_MASKPEN 9
#define R2_NOTXORPEN 10
#define R2_NOP 11
#define R2_MERGENOTPEN 12
#define R2_COPYPEN 13
#define R2_MERGEPENNOT 14
#define R2_MERGEPEN 15
#define R2_WHITE 16

/* ROP3 */
#define SRCCOPY     0x00CC0020
#define SRCPAINT    0x00EE0086
#define SRCAND      0x008800C6
#define SRCINVERT   0x00660046
#define SRCERASE    0x00440328
#define NOTSRCCOPY  0x00330008
#define NOTSRCERASE 0x001100A6
#define MERGECOPY   0x00C000CA
#define MERGEPAINT  0x00BB0226
#define PATCOPY     0x00F00021
#define PATPAINT    0x00FB0A09
#define PATINVERT   0x005A0049
#define DSTINVERT   0x00550009
#define BLACKNESS   0x00000042
#define WHITENESS   0x00FF0062

/* regions */
#define ERROR 0
#define NULLREGION 1
#define SIMPLEREGION 2
#define COMPLEXREGION 3
#define RGN_ERROR ERROR
#define RGN_AND 1
#define RGN_OR 2
#define RGN_XOR 3
#define RGN_DIFF 4
#define RGN_COPY 5

/* mapping */
#define MM_TEXT 1
#define MM_LOMETRIC 2
#define MM_HIMETRIC 3
#define MM_LOENGLISH 4
#define MM_HIENGLISH 5
#define MM_TWIPS 6
#define MM_ISOTROPIC 7
#define MM_ANISOTROPIC 8
#define GM_COMPATIBLE 1
#define GM_ADVANCED 2

/* GetDeviceCaps */
#define DRIVERVERSION 0
#define TECHNOLOGY 2
#define HORZSIZE 4
#define VERTSIZE 6
#define HORZRES 8
#define VERTRES 10
#define BITSPIXEL 12
#define PLANES 14
#define NUMBRUSHES 16
#define NUMPENS 18
#define NUMFONTS 22
#define NUMCOLORS 24
#define CURVECAPS 28
#define LINECAPS 30
#define POLYGONALCAPS 32
#define TEXTCAPS 34
#define CLIPCAPS 36
#define RASTERCAPS 38
#define ASPECTX 40
#define ASPECTY 42
#define ASPECTXY 44
#define LOGPIXELSX 88
#define LOGPIXELSY 90
#define SIZEPALETTE 104
#define NUMRESERVED 106
#define COLORRES 108
#define VREFRESH 116
#define DESKTOPVERTRES 117
#define DESKTOPHORZRES 118
#define BLTALIGNMENT 119
#define SHADEBLENDCAPS 120
#define DT_RASDISPLAY 1
#define RC_BITBLT 0x0001
#define RC_BITMAP64 0x0008
#define RC_DI_BITMAP 0x0080
#define RC_DIBTODEV 0x0200
#define RC_STRETCHBLT 0x0800
#define RC_STRETCHDIB 0x2000

/* text and fonts */
typedef struct {
    LONG tmHeight, tmAscent, tmDescent, tmInternalLeading, tmExternalLeading, tmAveCharWidth,
         tmMaxCharWidth, tmWeight, tmOverhang, tmDigitizedAspectX, tmDigitizedAspectY;
    WCHAR tmFirstChar, tmLastChar, tmDefaultChar, tmBreakChar;
    BYTE tmItalic, tmUnderlined, tmStruckOut, tmPitchAndFamily, tmCharSet;
} TEXTMETRICW, *LPTEXTMETRICW;
typedef struct {
    LONG tmHeight, tmAscent, tmDescent, tmInternalLeading, tmExternalLeading, tmAveCharWidth,
         tmMaxCharWidth, tmWeight, tmOverhang, tmDigitizedAspectX, tmDigitizedAspectY;
    BYTE tmFirstChar, tmLastChar, tmDefaultChar, tmBreakChar;
    BYTE tmItalic, tmUnderlined, tmStruckOut, tmPitchAndFamily, tmCharSet;
} TEXTMETRICA, *LPTEXTMETRICA;
typedef struct {
    LONG tmHeight, tmAscent, tmDescent, tmInternalLeading, tmExternalLeading, tmAveCharWidth,
         tmMaxCharWidth, tmWeight, tmOverhang, tmDigitizedAspectX, tmDigitizedAspectY;
    WCHAR tmFirstChar, tmLastChar, tmDefaultChar, tmBreakChar;
    BYTE tmItalic, tmUnderlined, tmStruckOut, tmPitchAndFamily, tmCharSet;
    DWORD ntmFlags; UINT ntmSizeEM, ntmCellHeight, ntmAvgWidth;
} NEWTEXTMETRICW;
typedef struct {
    LONG tmHeight, tmAscent, tmDescent, tmInternalLeading, tmExternalLeading, tmAveCharWidth,
         tmMaxCharWidth, tmWeight, tmOverhang, tmDigitizedAspectX, tmDigitizedAspectY;
    BYTE tmFirstChar, tmLastChar, tmDefaultChar, tmBreakChar;
    BYTE tmItalic, tmUnderlined, tmStruckOut, tmPitchAndFamily, tmCharSet;
    DWORD ntmFlags; UINT ntmSizeEM, ntmCellHeight, ntmAvgWidth;
} NEWTEXTMETRICA;
typedef struct { DWORD fsUsb[4]; DWORD fsCsb[2]; } FONTSIGNATURE;
typedef struct { NEWTEXTMETRICW ntmTm; FONTSIGNATURE ntmFontSig; } NEWTEXTMETRICEXW;
typedef struct { NEWTEXTMETRICA ntmTm; FONTSIGNATURE ntmFontSig; } NEWTEXTMETRICEXA;
#define LF_FULLFACESIZE 64
typedef struct {
    LOGFONTW elfLogFont; WCHAR elfFullName[LF_FULLFACESIZE], elfStyle[LF_FACESIZE], elfScript[LF_FACESIZE];
} ENUMLOGFONTEXW;
typedef struct {
    LOGFONTA elfLogFont; BYTE elfFullName[LF_FULLFACESIZE], elfStyle[LF_FACESIZE], elfScript[LF_FACESIZE];
} ENUMLOGFONTEXA;
typedef int (CALLBACK *FONTENUMPROCW)(const LOGFONTW *, const TEXTMETRICW *, DWORD, LPARAM);
typedef int (CALLBACK *FONTENUMPROCA)(const LOGFONTA *, const TEXTMETRICA *, DWORD, LPARAM);
typedef struct { INT abcA; UINT abcB; INT abcC; } ABC;
typedef struct {
    BYTE bFamilyType, bSerifStyle, bWeight, bProportion, bContrast, bStrokeVariation, bArmStyle,
         bLetterform, bMidline, bXHeight;
} PANOSE;
typedef struct {
    UINT otmSize; TEXTMETRICW otmTextMetrics; BYTE otmFiller; PANOSE otmPanoseNumber; UINT otmfsSelection,
    otmfsType; INT otmsCharSlopeRise, otmsCharSlopeRun, otmItalicAngle; UINT otmEMSquare; INT otmAscent,
    otmDescent; UINT otmLineGap, otmsCapEmHeight, otmsXHeight; RECT otmrcFontBox; INT otmMacAscent,
    otmMacDescent; UINT otmMacLineGap, otmusMinimumPPEM; POINT otmptSubscriptSize, otmptSubscriptOffset,
    otmptSuperscriptSize, otmptSuperscriptOffset; UINT otmsStrikeoutSize; INT otmsStrikeoutPosition,
    otmsUnderscoreSize, otmsUnderscorePosition; char *otmpFamilyName, *otmpFaceName, *otmpStyleName,
    *otmpFullName;
} OUTLINETEXTMETRICW;
typedef struct {
    UINT otmSize; TEXTMETRICA otmTextMetrics; BYTE otmFiller; PANOSE otmPanoseNumber; UINT otmfsSelection,
    otmfsType; INT otmsCharSlopeRise, otmsCharSlopeRun, otmItalicAngle; UINT otmEMSquare; INT otmAscent,
    otmDescent; UINT otmLineGap, otmsCapEmHeight, otmsXHeight; RECT otmrcFontBox; INT otmMacAscent,
    otmMacDescent; UINT otmMacLineGap, otmusMinimumPPEM; POINT otmptSubscriptSize, otmptSubscriptOffset,
    otmptSuperscriptSize, otmptSuperscriptOffset; UINT otmsStrikeoutSize; INT otmsStrikeoutPosition,
    otmsUnderscoreSize, otmsUnderscorePosition; char *otmpFamilyName, *otmpFaceName, *otmpStyleName,
    *otmpFullName;
} OUTLINETEXTMETRICA;
#define FW_DONTCARE 0
#define FW_NORMAL   400
#define FW_BOLD     700
#define ANSI_CHARSET    0
#define DEFAULT_CHARSET 1
#define SYMBOL_CHARSET  2
#define OEM_CHARSET     255
#define DEFAULT_PITCH  0
#define FIXED_PITCH    1
#define VARIABLE_PITCH 2
#define FF_DONTCARE   0x00
#define FF_ROMAN      0x10
#define FF_SWISS      0x20
#define FF_MODERN     0x30
#define FF_SCRIPT     0x40
#define FF_DECORATIVE 0x50
#define TMPF_FIXED_PITCH 0x01
#define TMPF_VECTOR      0x02
#define TMPF_TRUETYPE    0x04
#define TMPF_DEVICE      0x08
#define DEFAULT_QUALITY        0
#define DRAFT_QUALITY          1
#define PROOF_QUALITY          2
#define NONANTIALIASED_QUALITY 3
#define ANTIALIASED_QUALITY    4
#define CLEARTYPE_QUALITY      5
#define TRUETYPE_FONTTYPE 0x0004
#define NTM_REGULAR 0x00000040
#define NTM_BOLD    0x00000020
#define NTM_ITALIC  0x00000001
#define NTM_TT_OPENTYPE 0x00020000
#define TA_NOUPDATECP 0
#define TA_UPDATECP   1
#define TA_LEFT       0
#define TA_RIGHT      2
#define TA_CENTER     6
#define TA_TOP        0
#define TA_BOTTOM     8
#define TA_BASELINE   24
#define TA_RTLREADING 256
#define ETO_OPAQUE      0x0002
#define ETO_CLIPPED     0x0004
#define ETO_GLYPH_INDEX 0x0010
#define ETO_RTLREADING  0x0080
#define ETO_IGNORELANGUAGE 0x1000
#define ETO_PDY         0x2000
#define GGI_MARK_NONEXISTING_GLYPHS 1
#define GDI_ERROR 0xFFFFFFFFu
#define FR_PRIVATE 0x10
#define FR_NOT_ENUM 0x20

/* gdi32 exports used across winrun's own DLLs */
WINBASEAPI HGDIOBJ WINAPI GetStockObject(INT index);
WINBASEAPI HGDIOBJ WINAPI SelectObject(HDC hdc, HGDIOBJ obj);
WINBASEAPI BOOL WINAPI DeleteObject(HGDIOBJ obj);
WINBASEAPI DWORD WINAPI GetObjectType(HGDIOBJ obj);
WINBASEAPI HBRUSH WINAPI CreateSolidBrush(COLORREF color);
WINBASEAPI HBRUSH WINAPI CreateBrushIndirect(const LOGBRUSH *brush);
WINBASEAPI HPEN WINAPI CreatePen(INT style, INT width, COLORREF color);
WINBASEAPI HFONT WINAPI CreateFontIndirectW(const LOGFONTW *lf);
WINBASEAPI INT WINAPI EnumFontFamiliesExW(HDC hdc, LOGFONTW *lf, FONTENUMPROCW proc, LPARAM param, DWORD flags);
WINBASEAPI INT WINAPI GetDeviceCaps(HDC hdc, INT index);
WINBASEAPI HPALETTE WINAPI CreatePalette(const LOGPALETTE *lp);
WINBASEAPI HDC WINAPI CreateCompatibleDC(HDC hdc);
WINBASEAPI BOOL WINAPI DeleteDC(HDC hdc);
WINBASEAPI HBITMAP WINAPI CreateDIBSection(HDC hdc, const BITMAPINFO *info, UINT usage, void **bits,
                                           HANDLE section, DWORD offset);
WINBASEAPI BOOL WINAPI StretchBlt(HDC hdst, INT x, INT y, INT w, INT h, HDC hsrc, INT sx, INT sy,
                                  INT sw, INT sh, DWORD rop);
WINBASEAPI BOOL WINAPI PatBlt(HDC hdc, INT x, INT y, INT width, INT height, DWORD rop);
WINBASEAPI HRGN WINAPI CreateRectRgn(INT left, INT top, INT right, INT bottom);
WINBASEAPI HRGN WINAPI CreateEllipticRgn(INT left, INT top, INT right, INT bottom);
WINBASEAPI INT WINAPI CombineRgn(HRGN dest, HRGN src1, HRGN src2, INT mode);
WINBASEAPI BOOL WINAPI FillRgn(HDC hdc, HRGN rgn, HBRUSH brush);
WINBASEAPI INT WINAPI SelectClipRgn(HDC hdc, HRGN rgn);
WINBASEAPI BOOL WINAPI DPtoLP(HDC hdc, POINT *pts, INT count);
WINBASEAPI UINT WINAPI GetPaletteEntries(HPALETTE pal, UINT start, UINT count, PALETTEENTRY *entries);
WINBASEAPI BOOL WINAPI GetTextMetricsW(HDC hdc, TEXTMETRICW *tm);
WINBASEAPI BOOL WINAPI GetTextExtentPoint32W(HDC hdc, const WCHAR *str, INT count, SIZE *size);
WINBASEAPI BOOL WINAPI ExtTextOutW(HDC hdc, INT x, INT y, UINT flags, const RECT *rect, const WCHAR *str,
                                   UINT count, const INT *dx);


/* display modes (EnumDisplaySettings, ChangeDisplaySettings: user32's monitor.c) */
#ifndef CCHDEVICENAME
#define CCHDEVICENAME 32
#endif
#define CCHFORMNAME 32
#define DM_SPECVERSION      0x0401
#define DM_POSITION         0x00000020
#define DM_DISPLAYORIENTATION 0x00000080
#define DM_BITSPERPEL       0x00040000
#define DM_PELSWIDTH        0x00080000
#define DM_PELSHEIGHT       0x00100000
#define DM_DISPLAYFLAGS     0x00200000
#define DM_DISPLAYFREQUENCY 0x00400000
#define DM_DISPLAYFIXEDOUTPUT 0x20000000
#define DEVMODE_FIELDS(CH) \
    WORD dmSpecVersion, dmDriverVersion, dmSize, dmDriverExtra; DWORD dmFields; \
    union { struct { short dmOrientation, dmPaperSize, dmPaperLength, dmPaperWidth, dmScale, dmCopies, \
                     dmDefaultSource, dmPrintQuality; }; \
            struct { POINT dmPosition; DWORD dmDisplayOrientation, dmDisplayFixedOutput; }; }; \
    short dmColor, dmDuplex, dmYResolution, dmTTOption, dmCollate; CH dmFormName[CCHFORMNAME]; \
    WORD dmLogPixels; DWORD dmBitsPerPel, dmPelsWidth, dmPelsHeight; \
    union { DWORD dmDisplayFlags; DWORD dmNup; }; DWORD dmDisplayFrequency; \
    DWORD dmICMMethod, dmICMIntent, dmMediaType, dmDitherType, dmReserved1, dmReserved2, dmPanningWidth, dmPanningHeight;
typedef struct _devicemodeA { CHAR dmDeviceName[CCHDEVICENAME]; DEVMODE_FIELDS(CHAR) } DEVMODEA, *LPDEVMODEA;
typedef struct _devicemodeW { WCHAR dmDeviceName[CCHDEVICENAME]; DEVMODE_FIELDS(WCHAR) } DEVMODEW, *LPDEVMODEW;
#undef DEVMODE_FIELDS

/* printing (winrun has no printer DCs: dlls/gdi32/printing.c) */
typedef struct { INT cbSize; LPCWSTR lpszDocName, lpszOutput, lpszDatatype; DWORD fwType; } DOCINFOW;
typedef struct { INT cbSize; LPCSTR lpszDocName, lpszOutput, lpszDatatype; DWORD fwType; } DOCINFOA;
#define SP_ERROR (-1)

#endif
