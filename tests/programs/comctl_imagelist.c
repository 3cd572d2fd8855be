/* comctl32 image lists without a display: create, add (with a mask
 * bitmap or a mask colour), icons, replace, remove, counts and sizes, and
 * the pixels ImageList_Draw(Ex) puts into a 32-bpp DIB section for the
 * ILD_* styles, overlays and alpha. Expectations checked under Wine
 * (comctl32 5.81 without a manifest). */
#include "test.h"
#include <commctrl.h>

#define W 32
#define H 32
#define GRAY   0x808080
#define RED    0xff0000
#define GREEN  0x00ff00
#define BLUE   0x0000ff

static HDC dc;

static BOOL is_wine(void)
{
    return GetProcAddress(GetModuleHandleA("ntdll.dll"), "wine_get_version") != NULL;
}
static DWORD *dst;

/* a top-down 32-bpp DIB section of W x H pixels, its bits in *BITS */
static HBITMAP make_dib(int w, int h, DWORD **bits)
{
    BITMAPINFO bi;
    memset(&bi, 0, sizeof(bi));
    bi.bmiHeader.biSize = sizeof(bi.bmiHeader);
    bi.bmiHeader.biWidth = w;
    bi.bmiHeader.biHeight = -h;
    bi.bmiHeader.biPlanes = 1;
    bi.bmiHeader.biBitCount = 32;
    return CreateDIBSection(NULL, &bi, DIB_RGB_COLORS, (void **)bits, NULL, 0);
}

/* an 8 x 8 image per colour, side by side */
static HBITMAP strip(int n, const DWORD *colors)
{
    DWORD *bits;
    HBITMAP bmp = make_dib(8 * n, 8, &bits);
    int x, y;
    for (y = 0; y < 8; y++)
        for (x = 0; x < 8 * n; x++) bits[y * 8 * n + x] = colors[x / 8];
    return bmp;
}

static void clear(void)
{
    int i;
    GdiFlush();
    for (i = 0; i < W * H; i++) dst[i] = GRAY;
}

static DWORD px(int x, int y)
{
    GdiFlush();
    return dst[y * W + x] & 0xffffff;
}

static void test_basics(void)
{
    HIMAGELIST himl = ImageList_Create(8, 8, ILC_COLOR24 | ILC_MASK, 2, 2), dup;
    DWORD colors[2] = { RED, BLUE };
    HBITMAP bmp = strip(2, colors);
    int cx = 0, cy = 0;
    RECT rc;
    IMAGEINFO info;
    BOOL (WINAPI *get_rect)(HIMAGELIST, int, RECT *);

    ok(himl != NULL, "ImageList_Create");
    ok(ImageList_GetImageCount(himl) == 0, "empty at first");
    ok(ImageList_GetIconSize(himl, &cx, &cy) && cx == 8 && cy == 8, "GetIconSize %d %d", cx, cy);
    ok(ImageList_GetBkColor(himl) == CLR_NONE, "no background colour at first");
    ok(ImageList_Add(himl, bmp, NULL) == 0, "Add returns the first index");
    ok(ImageList_GetImageCount(himl) == 2, "a 16-pixel strip is two images: %d", ImageList_GetImageCount(himl));
    ok(ImageList_Add(himl, bmp, NULL) == 2, "Add again returns 2");
    ok(ImageList_GetImageCount(himl) == 4, "four images");
    /* undocumented, so not in mingw's import library */
    get_rect = (void *)GetProcAddress(GetModuleHandleA("comctl32.dll"), "ImageList_GetImageRect");
    ok(get_rect != NULL, "ImageList_GetImageRect exported");
    if (get_rect) {
        ok(get_rect(himl, 1, &rc) && rc.left == 8 && rc.top == 0 && rc.right == 16 && rc.bottom == 8,
           "GetImageRect %d,%d-%d,%d", (int)rc.left, (int)rc.top, (int)rc.right, (int)rc.bottom);
        ok(!get_rect(himl, 4, &rc), "GetImageRect past the end");
    }
    ok(ImageList_GetImageInfo(himl, 0, &info) && info.hbmImage && info.hbmMask, "GetImageInfo");

    ok(ImageList_Remove(himl, 0), "Remove 0");
    ok(ImageList_GetImageCount(himl) == 3, "three left");
    clear();
    ok(ImageList_Draw(himl, 0, dc, 0, 0, ILD_NORMAL), "Draw");
    ok(px(3, 3) == BLUE, "image 0 is the blue one now: %06x", (unsigned)px(3, 3));
    ok(!ImageList_Remove(himl, 3), "Remove past the end fails");
    ok(!ImageList_Draw(himl, 3, dc, 0, 0, ILD_NORMAL), "Draw past the end fails");

    dup = ImageList_Duplicate(himl);
    ok(dup != NULL && ImageList_GetImageCount(dup) == 3, "Duplicate");
    clear();
    ImageList_Draw(dup, 1, dc, 0, 0, ILD_NORMAL);
    ok(px(3, 3) == RED, "the duplicate's image 1: %06x", (unsigned)px(3, 3));
    ok(ImageList_Copy(dup, 0, dup, 1, ILCF_SWAP), "Copy ILCF_SWAP");
    clear();
    ImageList_Draw(dup, 0, dc, 0, 0, ILD_NORMAL);
    ImageList_Draw(dup, 1, dc, 8, 0, ILD_NORMAL);
    ok(px(3, 3) == RED, "swapped: %06x", (unsigned)px(3, 3));
    /* Wine leaves the source black; Windows' documentation says the two
     * images are exchanged */
    if (!is_wine()) ok(px(11, 3) == BLUE, "swapped source: %06x", (unsigned)px(11, 3));
    ok(ImageList_Destroy(dup), "Destroy the duplicate");

    ok(ImageList_Remove(himl, -1), "Remove -1");
    ok(ImageList_GetImageCount(himl) == 0, "none left");
    ok(ImageList_SetImageCount(himl, 5), "SetImageCount");
    ok(ImageList_GetImageCount(himl) == 5, "five images");
    ok(ImageList_SetIconSize(himl, 16, 12), "SetIconSize");
    ok(ImageList_GetImageCount(himl) == 0, "SetIconSize empties the list: %d", ImageList_GetImageCount(himl));
    ok(ImageList_GetIconSize(himl, &cx, &cy) && cx == 16 && cy == 12, "new size %d %d", cx, cy);
    ok(ImageList_Destroy(himl), "Destroy");
    ok(!ImageList_Destroy(NULL), "Destroy NULL fails");
    ok(ImageList_GetImageCount(NULL) == 0, "count of NULL");
    DeleteObject(bmp);
}

static void test_masks(void)
{
    HIMAGELIST himl = ImageList_Create(8, 8, ILC_COLOR24 | ILC_MASK, 1, 1);
    DWORD colors[2] = { RED, BLUE }, *bits;
    HBITMAP bmp = strip(2, colors), mask;
    BYTE mask_bits[8 * 2];
    int y;

    /* the top left 2 x 2 of image 0 in the mask colour */
    GdiFlush();
    bits = NULL;
    {
        DIBSECTION ds;
        GetObjectA(bmp, sizeof(ds), &ds);
        bits = ds.dsBm.bmBits;
    }
    bits[0] = bits[1] = bits[16] = bits[17] = GREEN;
    ok(ImageList_AddMasked(himl, bmp, RGB(0, 255, 0)) == 0, "AddMasked");
    ok(ImageList_GetImageCount(himl) == 2, "two images");

    clear();
    ImageList_Draw(himl, 0, dc, 4, 4, ILD_NORMAL);
    ok(px(4, 4) == GRAY, "no background colour: the masked pixel is left: %06x", (unsigned)px(4, 4));
    ok(px(7, 7) == RED, "the image: %06x", (unsigned)px(7, 7));
    ok(ImageList_SetBkColor(himl, RGB(255, 255, 0)) == CLR_NONE, "SetBkColor returns the old colour");
    ok(ImageList_GetBkColor(himl) == RGB(255, 255, 0), "GetBkColor");
    clear();
    ImageList_Draw(himl, 0, dc, 4, 4, ILD_NORMAL);
    ok(px(4, 4) == 0xffff00, "ILD_NORMAL fills the masked pixels with the background: %06x", (unsigned)px(4, 4));
    ok(px(7, 7) == RED, "ILD_NORMAL image: %06x", (unsigned)px(7, 7));
    clear();
    ImageList_Draw(himl, 0, dc, 4, 4, ILD_TRANSPARENT);
    /* transparent drawing ANDs the mask and ORs the image (see the icon
     * below): the destination stays because AddMasked made those pixels black */
    ok(px(4, 4) == GRAY, "ILD_TRANSPARENT leaves the destination: %06x", (unsigned)px(4, 4));
    ok(px(7, 7) == RED, "ILD_TRANSPARENT image: %06x", (unsigned)px(7, 7));
    clear();
    ImageList_Draw(himl, 0, dc, 4, 4, ILD_MASK);
    ok(px(4, 4) == 0xffffff && px(7, 7) == 0, "ILD_MASK draws the mask: %06x %06x", (unsigned)px(4, 4),
       (unsigned)px(7, 7));
    clear();
    ImageList_DrawEx(himl, 0, dc, 4, 4, 0, 0, RGB(0, 0, 255), CLR_DEFAULT, ILD_NORMAL);
    ok(px(4, 4) == BLUE, "DrawEx's background colour: %06x", (unsigned)px(4, 4));
    clear();
    ImageList_DrawEx(himl, 0, dc, 4, 4, 0, 0, CLR_NONE, CLR_DEFAULT, ILD_NORMAL);
    ok(px(4, 4) == GRAY, "DrawEx with CLR_NONE is transparent: %06x", (unsigned)px(4, 4));
    clear();
    ImageList_DrawEx(himl, 0, dc, 4, 4, 2, 3, CLR_DEFAULT, CLR_DEFAULT, ILD_NORMAL);
    ok(px(4, 4) == 0xffff00 && px(5, 6) == RED && px(4, 7) == GRAY && px(6, 4) == GRAY,
       "DrawEx draws only dx x dy: %06x %06x %06x %06x", (unsigned)px(4, 4), (unsigned)px(5, 6), (unsigned)px(4, 7),
       (unsigned)px(6, 4));
    ImageList_SetBkColor(himl, CLR_NONE);

    /* Add with a mask bitmap: its white pixels (the left half) are transparent */
    for (y = 0; y < 8; y++) { mask_bits[y * 2] = 0xf0; mask_bits[y * 2 + 1] = 0; }
    mask = CreateBitmap(8, 8, 1, 1, mask_bits);
    ok(ImageList_Add(himl, bmp, mask) == 2, "Add with a mask");
    clear();
    ImageList_Draw(himl, 2, dc, 0, 0, ILD_TRANSPARENT);
    ok(px(7, 7) == RED, "opaque half: %06x", (unsigned)px(7, 7));
    /* Add too makes the image black under the mask: the red does not show */
    ok(px(1, 7) == GRAY, "transparent half: %06x", (unsigned)px(1, 7));

    /* Replace keeps the index; an overlay is drawn over the image */
    ok(ImageList_Replace(himl, 1, bmp, mask), "Replace");
    ok(ImageList_SetOverlayImage(himl, 2, 1), "SetOverlayImage");
    clear();
    ImageList_Draw(himl, 3, dc, 0, 0, ILD_TRANSPARENT);
    ok(px(1, 1) == BLUE && px(6, 1) == BLUE, "image 3 is blue: %06x", (unsigned)px(1, 1));
    clear();
    ImageList_Draw(himl, 3, dc, 0, 0, ILD_TRANSPARENT | INDEXTOOVERLAYMASK(1));
    ok(px(1, 1) == BLUE && px(6, 1) == RED, "the overlay's opaque half over it: %06x %06x", (unsigned)px(1, 1),
       (unsigned)px(6, 1));
    ok(!ImageList_SetOverlayImage(himl, 0, 16), "overlay 16 is out of range");

    DeleteObject(mask);
    DeleteObject(bmp);
    ImageList_Destroy(himl);
}

static void test_icons(void)
{
    HIMAGELIST himl = ImageList_Create(8, 8, ILC_COLOR24 | ILC_MASK, 1, 1);
    DWORD color = GREEN;
    HBITMAP bmp = strip(1, &color), mask;
    BYTE mask_bits[8 * 2];
    ICONINFO ii;
    HICON icon, got;
    BITMAP bm;
    int y;

    for (y = 0; y < 8; y++) { mask_bits[y * 2] = y < 4 ? 0xff : 0; mask_bits[y * 2 + 1] = 0; }
    mask = CreateBitmap(8, 8, 1, 1, mask_bits);
    ii.fIcon = TRUE;
    ii.xHotspot = ii.yHotspot = 0;
    ii.hbmColor = bmp;
    ii.hbmMask = mask;
    icon = CreateIconIndirect(&ii);
    ok(icon != NULL, "CreateIconIndirect");
    ok(ImageList_ReplaceIcon(himl, -1, icon) == 0, "ReplaceIcon -1 appends");
    ok(ImageList_ReplaceIcon(himl, -1, icon) == 1, "again");
    ok(ImageList_ReplaceIcon(himl, 0, icon) == 0, "ReplaceIcon 0 replaces");
    ok(ImageList_GetImageCount(himl) == 2, "two icons");
    clear();
    ImageList_Draw(himl, 1, dc, 0, 0, ILD_TRANSPARENT);
    /* the icon's image is kept as it is: its pixels under the mask are ORed */
    ok(px(3, 1) == 0x80ff80 && px(3, 6) == GREEN, "the icon's mask and image: %06x %06x", (unsigned)px(3, 1),
       (unsigned)px(3, 6));
    got = ImageList_GetIcon(himl, 1, ILD_NORMAL);
    ok(got != NULL, "GetIcon");
    if (got && GetIconInfo(got, &ii)) {
        ok(GetObjectA(ii.hbmMask, sizeof(bm), &bm) && bm.bmWidth == 8, "GetIcon's mask is 8 wide: %d", (int)bm.bmWidth);
        DeleteObject(ii.hbmColor);
        DeleteObject(ii.hbmMask);
        clear();
        DrawIconEx(dc, 0, 0, got, 0, 0, 0, NULL, DI_NORMAL);
        /* ... and XORed when drawn as an icon */
        ok(px(3, 1) == 0x807f80 && px(3, 6) == GREEN, "GetIcon's icon drawn: %06x %06x", (unsigned)px(3, 1),
           (unsigned)px(3, 6));
        DestroyIcon(got);
    }
    ok(ImageList_GetIcon(himl, 2, ILD_NORMAL) == NULL, "GetIcon past the end");
    DestroyIcon(icon);
    DeleteObject(mask);
    DeleteObject(bmp);
    ImageList_Destroy(himl);
}

/* 32-bpp images with alpha are drawn blended over the destination */
static void test_alpha(void)
{
    HIMAGELIST himl = ImageList_Create(8, 8, ILC_COLOR32, 1, 1);
    DWORD color = 0xff0000ff, *bits;
    HBITMAP bmp = strip(1, &color);
    DIBSECTION ds;

    GetObjectA(bmp, sizeof(ds), &ds);
    bits = ds.dsBm.bmBits;
    bits[0] = 0;                    /* fully transparent */
    ok(ImageList_Add(himl, bmp, NULL) == 0, "Add a 32-bpp image");
    clear();
    ImageList_Draw(himl, 0, dc, 0, 0, ILD_TRANSPARENT);
    ok(px(0, 0) == GRAY, "alpha 0 leaves the destination: %06x", (unsigned)px(0, 0));
    ok(px(4, 4) == BLUE, "alpha 255 is the image: %06x", (unsigned)px(4, 4));
    DeleteObject(bmp);
    ImageList_Destroy(himl);
}

/* ImageList_LoadImage from a .bmp file (16 x 8: red with a green top
 * left pixel, then blue), the green made transparent; then Merge */
static void test_load(void)
{
    char path[MAX_PATH];
    BITMAPFILEHEADER fh;
    BITMAPINFOHEADER ih;
    DWORD row[16], written;
    HANDLE file;
    HIMAGELIST himl, merged;
    int x, y, cx = 0, cy = 0;

    GetTempPathA(MAX_PATH, path);
    strcat(path, "comctl_imagelist.bmp");
    file = CreateFileA(path, GENERIC_WRITE, 0, NULL, CREATE_ALWAYS, 0, NULL);
    ok(file != INVALID_HANDLE_VALUE, "create %s", path);
    memset(&fh, 0, sizeof(fh));
    memset(&ih, 0, sizeof(ih));
    fh.bfType = 0x4d42;
    fh.bfOffBits = sizeof(fh) + sizeof(ih);
    fh.bfSize = fh.bfOffBits + 16 * 8 * 4;
    ih.biSize = sizeof(ih);
    ih.biWidth = 16;
    ih.biHeight = 8;                /* bottom-up: the last row first */
    ih.biPlanes = 1;
    ih.biBitCount = 32;
    WriteFile(file, &fh, sizeof(fh), &written, NULL);
    WriteFile(file, &ih, sizeof(ih), &written, NULL);
    for (y = 7; y >= 0; y--) {
        for (x = 0; x < 16; x++) row[x] = x < 8 ? RED : BLUE;
        if (y == 0) row[0] = GREEN;
        WriteFile(file, row, sizeof(row), &written, NULL);
    }
    CloseHandle(file);

    himl = ImageList_LoadImageA(NULL, path, 8, 1, RGB(0, 255, 0), IMAGE_BITMAP, LR_LOADFROMFILE);
    ok(himl != NULL, "ImageList_LoadImage");
    if (!himl) return;
    ok(ImageList_GetImageCount(himl) == 2, "two images: %d", ImageList_GetImageCount(himl));
    ok(ImageList_GetIconSize(himl, &cx, &cy) && cx == 8 && cy == 8, "8 x 8: %d %d", cx, cy);
    clear();
    ImageList_Draw(himl, 0, dc, 0, 0, ILD_TRANSPARENT);
    ImageList_Draw(himl, 1, dc, 8, 0, ILD_TRANSPARENT);
    ok(px(0, 0) == GRAY && px(1, 0) == RED && px(8, 0) == BLUE, "loaded images: %06x %06x %06x",
       (unsigned)px(0, 0), (unsigned)px(1, 0), (unsigned)px(8, 0));

    merged = ImageList_Merge(himl, 0, himl, 1, 4, 0);
    ok(merged != NULL, "ImageList_Merge");
    if (merged) {
        ok(ImageList_GetIconSize(merged, &cx, &cy) && cx == 12 && cy == 8, "merged size %d %d", cx, cy);
        ok(ImageList_GetImageCount(merged) == 1, "one merged image");
        clear();
        ImageList_Draw(merged, 0, dc, 0, 0, ILD_TRANSPARENT);
        ok(px(0, 0) == GRAY && px(2, 2) == RED && px(6, 3) == BLUE && px(11, 7) == BLUE,
           "merged: %06x %06x %06x %06x", (unsigned)px(0, 0), (unsigned)px(2, 2), (unsigned)px(6, 3),
           (unsigned)px(11, 7));
        ImageList_Destroy(merged);
    }
    ImageList_Destroy(himl);
    DeleteFileA(path);
}

static void test_errors(void)
{
    IMAGELISTDRAWPARAMS p;
    ok(ImageList_Create(-1, 8, ILC_COLOR, 1, 1) == NULL, "negative width");
    ok(ImageList_Add(NULL, NULL, NULL) == -1, "Add to NULL");
    memset(&p, 0, sizeof(p));
    ok(!ImageList_DrawIndirect(&p), "DrawIndirect without a list");
    ok(!ImageList_DrawIndirect(NULL), "DrawIndirect NULL");
}

int main(void)
{
    HBITMAP bmp = make_dib(W, H, &dst);
    dc = CreateCompatibleDC(NULL);
    SelectObject(dc, bmp);
    InitCommonControls();
    test_basics();
    test_masks();
    test_icons();
    test_alpha();
    test_load();
    test_errors();
    DeleteDC(dc);
    DeleteObject(bmp);
    return test_done();
}
