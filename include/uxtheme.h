/* uxtheme.dll: visual styles (winrun has none) and buffered painting */
#ifndef WINRUN_UXTHEME_H
#define WINRUN_UXTHEME_H

#include "windef.h"
#include "wingdi.h"

typedef HANDLE HTHEME;
typedef HANDLE HPAINTBUFFER;
typedef HANDLE HANIMATIONBUFFER;

/* SetThemeAppProperties */
#define STAP_ALLOW_NONCLIENT 0x1
#define STAP_ALLOW_CONTROLS  0x2
#define STAP_ALLOW_WEBCONTENT 0x4

/* EnableThemeDialogTexture */
#define ETDT_DISABLE        0x1
#define ETDT_ENABLE         0x2
#define ETDT_USETABTEXTURE  0x4
#define ETDT_ENABLETAB      (ETDT_ENABLE | ETDT_USETABTEXTURE)

/* GetThemeSysFont ids (TMT_*) */
#define TMT_CAPTIONFONT      801
#define TMT_SMALLCAPTIONFONT 802
#define TMT_MENUFONT         803
#define TMT_STATUSFONT       804
#define TMT_MSGBOXFONT       805
#define TMT_ICONTITLEFONT    806

/* the HRESULT OpenThemeData leaves in the last error without a theme */
#define E_PROP_ID_UNSUPPORTED  ((HRESULT)0x80070490)
#define STG_E_INVALIDPARAMETER ((HRESULT)0x80030057)

typedef enum {
    BPBF_COMPATIBLEBITMAP, BPBF_DIB, BPBF_TOPDOWNDIB, BPBF_TOPDOWNMONODIB
} BP_BUFFERFORMAT;

#define BPPF_ERASE     0x1
#define BPPF_NOCLIP    0x2
#define BPPF_NONCLIENT 0x4

typedef struct {
    DWORD cbSize;
    DWORD dwFlags;
    const RECT *prcExclude;
    const void *pBlendFunction;   /* BLENDFUNCTION */
} BP_PAINTPARAMS;

#endif
