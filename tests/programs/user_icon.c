/* user_icon.c - icons, cursors and bitmaps: from resources (user_icon.rc)
 * and files, GetIconInfo, DrawIconEx pixels (mask, XOR, alpha),
 * LookupIconIdFromDirectoryEx, the system icons and cursors, and the
 * cursor state. Needs no display. Every expectation was checked under
 * Wine; the images are user_icon_gen.h's. */
#include "test.h"
#include "user_icon_gen.h"

#define BG 0x00404040   /* the background the icons are drawn over */

static HDC dib_dc;
static DWORD *dib_bits;
static HBITMAP dib, dib_old;

static void dib_fill(DWORD value)
{
    int i;
    GdiFlush();
    for (i = 0; i < 64 * 64; i++) dib_bits[i] = value;
}

static DWORD px(int x, int y)
{
    GdiFlush();
    return dib_bits[y * 64 + x];
}

static void dib_init(void)
{
    BITMAPINFO info;
    memset(&info, 0, sizeof(info));
    info.bmiHeader.biSize = sizeof(info.bmiHeader);
    info.bmiHeader.biWidth = 64;
    info.bmiHeader.biHeight = -64;
    info.bmiHeader.biPlanes = 1;
    info.bmiHeader.biBitCount = 32;
    dib_dc = CreateCompatibleDC(NULL);
    dib = CreateDIBSection(dib_dc, &info, DIB_RGB_COLORS, (void **)&dib_bits, NULL, 0);
    dib_old = SelectObject(dib_dc, dib);
}

static void bitmap_info(HBITMAP bmp, int *w, int *h, int *bpp)
{
    BITMAP bm;
    *w = *h = *bpp = -1;
    if (bmp && GetObjectA(bmp, sizeof(bm), &bm)) {
        *w = bm.bmWidth;
        *h = bm.bmHeight;
        *bpp = bm.bmBitsPixel;
    }
}

/* the alpha-blended result of gen_pixel over BG, as AlphaBlend computes it */
static DWORD blend(DWORD src, DWORD dst)
{
    DWORD a = src >> 24, r = 0, i;
    for (i = 0; i < 24; i += 8) {
        /* premultiplied, then source + destination * (1 - alpha), rounded */
        DWORD s = ((src >> i & 0xff) * a + 127) / 255, d = dst >> i & 0xff;
        r |= ((s + (d * (255 - a) + 127) / 255) & 0xff) << i;
    }
    return r;
}

static void test_resource_icon(HINSTANCE self)
{
    ICONINFO info;
    HICON icon;
    int w, h, bpp, x, y, bad;
    DWORD expect, got = 0;

    icon = LoadImageA(self, MAKEINTRESOURCEA(1), IMAGE_ICON, 0, 0, LR_DEFAULTSIZE);
    ok(icon != NULL, "LoadImage(icon 1) failed, error %lu", GetLastError());
    memset(&info, 0, sizeof(info));
    ok(GetIconInfo(icon, &info), "GetIconInfo failed");
    ok(info.fIcon && info.xHotspot == 16 && info.yHotspot == 16, "icon: fIcon %d hotspot %lu,%lu",
       info.fIcon, info.xHotspot, info.yHotspot);
    bitmap_info(info.hbmColor, &w, &h, &bpp);
    ok(w == 32 && h == 32 && bpp == 32, "colour bitmap %dx%d %d bpp", w, h, bpp);
    bitmap_info(info.hbmMask, &w, &h, &bpp);
    ok(w == 32 && h == 32 && bpp == 1, "mask bitmap %dx%d %d bpp", w, h, bpp);
    DeleteObject(info.hbmColor);
    DeleteObject(info.hbmMask);

    /* the 32 bpp entry with alpha: transparent, half and opaque columns */
    dib_fill(BG);
    ok(DrawIconEx(dib_dc, 0, 0, icon, 0, 0, 0, NULL, DI_NORMAL), "DrawIconEx failed");
    for (bad = 0, y = 0; y < 32; y++)
        for (x = 0; x < 32; x++) {
            expect = x < 8 ? BG : blend(gen_pixel(x, y, 32), BG);
            if (!bad && (px(x, y) & 0xffffff) != expect) { bad = 1; got = px(x, y); trace("at %d,%d", x, y); }
        }
    ok(!bad, "alpha icon drawn wrong: got %08lx", got);
    ok(px(40, 0) == BG && px(0, 40) == BG, "drawn outside its 32x32");
    /* DI_IMAGE alone blends too: the mask plays no part */
    dib_fill(BG);
    DrawIconEx(dib_dc, 0, 0, icon, 0, 0, 0, NULL, DI_IMAGE);
    ok((px(3, 5) & 0xffffff) == BG, "DI_IMAGE: got %08lx", px(3, 5));
    ok((px(10, 5) & 0xffffff) == blend(gen_pixel(10, 5, 32), BG), "DI_IMAGE: got %08lx", px(10, 5));
    ok((px(20, 5) & 0xffffff) == (gen_pixel(20, 5, 32) & 0xffffff), "DI_IMAGE: got %08lx", px(20, 5));
    /* DI_MASK alone: the mask in black and white */
    dib_fill(BG);
    DrawIconEx(dib_dc, 0, 0, icon, 0, 0, 0, NULL, DI_MASK);
    ok((px(3, 5) & 0xffffff) == 0xffffff && (px(20, 5) & 0xffffff) == 0, "DI_MASK: got %08lx %08lx",
       px(3, 5), px(20, 5));
    /* stretched to 64x64: every pixel doubled */
    dib_fill(BG);
    DrawIconEx(dib_dc, 0, 0, icon, 64, 64, 0, NULL, DI_NORMAL);
    ok((px(63, 63) & 0xffffff) == blend(gen_pixel(31, 31, 32), BG), "stretched: got %08lx", px(63, 63));
    ok((px(10, 10) & 0xffffff) == BG, "stretched transparent: got %08lx", px(10, 10));
    ok(DestroyIcon(icon), "DestroyIcon failed");
    SetLastError(0xdeadbeef);
    ok(!DestroyIcon(icon), "DestroyIcon twice succeeded");

    /* 16x16 asks for the 24 bpp entry: AND then XOR */
    icon = LoadImageA(self, MAKEINTRESOURCEA(1), IMAGE_ICON, 16, 16, 0);
    ok(GetIconInfo(icon, &info), "GetIconInfo(16) failed");
    bitmap_info(info.hbmColor, &w, &h, &bpp);
    ok(w == 16 && h == 16, "16x16 entry: %dx%d", w, h);
    DeleteObject(info.hbmColor);
    DeleteObject(info.hbmMask);
    dib_fill(BG);
    DrawIconEx(dib_dc, 0, 0, icon, 0, 0, 0, NULL, DI_NORMAL);
    for (bad = 0, y = 0; y < 16; y++)
        for (x = 0; x < 16; x++) {
            /* a transparent pixel XORs the colour into the background */
            expect = gen_and(x, y, 24) ? (BG ^ gen_pixel(x, y, 24)) : gen_pixel(x, y, 24);
            if (!bad && (px(x, y) & 0xffffff) != expect) { bad = 1; got = px(x, y); trace("at %d,%d", x, y); }
        }
    ok(!bad, "24 bpp icon drawn wrong: got %08lx", got);
    DestroyIcon(icon);

    /* 32x32 monochrome (LR_MONOCHROME) picks the 4 bpp entry */
    icon = LoadImageA(self, MAKEINTRESOURCEA(1), IMAGE_ICON, 32, 32, LR_MONOCHROME);
    ok(icon != NULL, "LR_MONOCHROME load failed");
    DestroyIcon(icon);
}

static void test_resource_cursor(HINSTANCE self)
{
    ICONINFO info;
    HCURSOR cursor;
    int w, h, bpp, x, y, bad;
    DWORD expect, got = 0;

    cursor = LoadImageA(self, MAKEINTRESOURCEA(2), IMAGE_CURSOR, 0, 0, LR_DEFAULTSIZE);
    ok(cursor != NULL, "LoadImage(cursor 2) failed, error %lu", GetLastError());
    memset(&info, 0, sizeof(info));
    ok(GetIconInfo(cursor, &info), "GetIconInfo(cursor) failed");
    ok(!info.fIcon && info.xHotspot == GEN_CUR_HOT_X && info.yHotspot == GEN_CUR_HOT_Y,
       "cursor: fIcon %d hotspot %lu,%lu", info.fIcon, info.xHotspot, info.yHotspot);
    ok(info.hbmColor == NULL, "monochrome cursor has a colour bitmap");
    bitmap_info(info.hbmMask, &w, &h, &bpp);
    ok(w == 32 && h == 64 && bpp == 1, "mono mask %dx%d %d bpp", w, h, bpp);
    DeleteObject(info.hbmMask);
    dib_fill(BG);
    DrawIconEx(dib_dc, 0, 0, cursor, 0, 0, 0, NULL, DI_NORMAL);
    for (bad = 0, y = 0; y < 32; y++)
        for (x = 0; x < 32; x++) {
            DWORD white = gen_mono(x, y) ? 0xffffff : 0;
            expect = gen_and(x, y, 1) ? (BG ^ white) : white;
            if (!bad && (px(x, y) & 0xffffff) != expect) { bad = 1; got = px(x, y); trace("at %d,%d", x, y); }
        }
    ok(!bad, "monochrome cursor drawn wrong: got %08lx", got);
    DestroyCursor(cursor);
}

static void test_lookup(HINSTANCE self)
{
    HRSRC res = FindResourceA(self, MAKEINTRESOURCEA(1), MAKEINTRESOURCEA(14) /* RT_GROUP_ICON */);
    BYTE *dir = res ? LockResource(LoadResource(self, res)) : NULL;
    static const struct { int cx, cy; UINT flags; int id; } tests[] = {
        /* windres numbers the entries 1..4 in file order: 16/24, 32/32, 32/4, 48/8 */
        { 0, 0, LR_DEFAULTSIZE, 2 },
        { 0, 0, 0, 2 },            /* no size: the default one even without LR_DEFAULTSIZE */
        { 16, 16, 0, 1 },
        { 32, 32, 0, 2 },
        { 32, 32, LR_MONOCHROME, 3 },
        { 48, 48, 0, 4 },
        { 40, 40, 0, 2 },          /* 32 and 48 equally far: the depth closest to 32 */
        { 24, 24, 0, 2 },          /* 16 and 32 equally far: the depth decides */
        { 64, 64, 0, 4 },
        { 20, 40, 0, 2 },
    };
    int i, id;

    ok(dir != NULL, "no RT_GROUP_ICON 1");
    if (!dir) return;
    for (i = 0; i < (int)(sizeof(tests) / sizeof(tests[0])); i++) {
        id = LookupIconIdFromDirectoryEx(dir, TRUE, tests[i].cx, tests[i].cy, tests[i].flags);
        ok(id == tests[i].id, "lookup %dx%d flags %x: got %d, expected %d", tests[i].cx, tests[i].cy,
           tests[i].flags, id, tests[i].id);
    }
    {
        /* a directory in memory: 32x32 then 16x16, ids 7 and 8; cursors 32x32 and 16x16 */
        BYTE mem[6 + 28];
        static const int sizes[] = { 24, 20, 28, 12, 40, 0 };
        static const int icon_ids[] = { 7, 8, 7, 8, 7, 7 };     /* equally far, same depth: the first */
        static const int cursor_ids[] = { 8, 8, 8, 8, 7, 7 };   /* the largest that fits, else the smallest */
        memset(mem, 0, sizeof(mem));
        mem[2] = 1; mem[4] = 2;
        mem[6] = 32; mem[7] = 32; mem[10] = 1; mem[12] = 32; mem[18] = 7;
        mem[20] = 16; mem[21] = 16; mem[24] = 1; mem[26] = 32; mem[32] = 8;
        for (i = 0; i < 6; i++) {
            id = LookupIconIdFromDirectoryEx(mem, TRUE, sizes[i], sizes[i], 0);
            ok(id == icon_ids[i], "icon lookup %d: got %d", sizes[i], id);
        }
        mem[2] = 2;   /* cursor entries: WORD width, WORD height of both halves */
        mem[6] = 32; mem[7] = 0; mem[8] = 64; mem[9] = 0;
        mem[20] = 16; mem[21] = 0; mem[22] = 32; mem[23] = 0;
        for (i = 0; i < 6; i++) {
            id = LookupIconIdFromDirectoryEx(mem, FALSE, sizes[i], sizes[i], 0);
            ok(id == cursor_ids[i], "cursor lookup %d: got %d", sizes[i], id);
        }
    }
    ok(LookupIconIdFromDirectory(dir, TRUE) == 2, "LookupIconIdFromDirectory: %d", LookupIconIdFromDirectory(dir, TRUE));
}

static void test_files(void)
{
    static unsigned char buf[65536];
    char dir[MAX_PATH - 40], path[MAX_PATH];
    HANDLE file;
    DWORD written;
    HICON icon;
    HBITMAP bmp;
    ICONINFO info;
    DIBSECTION ds;
    int w, h, bpp, len;

    GetTempPathA(sizeof(dir), dir);
    sprintf(path, "%suser_icon_%lu.ico", dir, GetCurrentProcessId());
    len = gen_ico(buf, 0);
    file = CreateFileA(path, GENERIC_WRITE, 0, NULL, CREATE_ALWAYS, 0, NULL);
    WriteFile(file, buf, len, &written, NULL);
    CloseHandle(file);
    icon = LoadImageA(NULL, path, IMAGE_ICON, 16, 16, LR_LOADFROMFILE);
    ok(icon != NULL, "LoadImage(.ico file) failed, error %lu", GetLastError());
    ok(GetIconInfo(icon, &info), "GetIconInfo(file icon) failed");
    bitmap_info(info.hbmColor, &w, &h, &bpp);
    ok(w == 16 && h == 16, "file icon %dx%d", w, h);
    DeleteObject(info.hbmColor);
    DeleteObject(info.hbmMask);
    dib_fill(BG);
    DrawIconEx(dib_dc, 0, 0, icon, 0, 0, 0, NULL, DI_IMAGE);
    ok((px(5, 9) & 0xffffff) == gen_pixel(5, 9, 24), "file icon pixel %08lx", px(5, 9));
    DestroyIcon(icon);
    icon = LoadImageA(NULL, path, IMAGE_ICON, 48, 48, LR_LOADFROMFILE);
    ok(GetIconInfo(icon, &info), "GetIconInfo(file icon 48) failed");
    bitmap_info(info.hbmColor, &w, &h, &bpp);
    ok(w == 48 && h == 48, "file icon 48: %dx%d", w, h);
    DeleteObject(info.hbmColor);
    DeleteObject(info.hbmMask);
    dib_fill(BG);
    DrawIconEx(dib_dc, 0, 0, icon, 0, 0, 0, NULL, DI_IMAGE);
    ok((px(45, 30) & 0xffffff) == gen_palette(gen_index(45, 30, 8)), "8 bpp pixel %08lx", px(45, 30));
    DestroyIcon(icon);
    DeleteFileA(path);

    sprintf(path, "%suser_icon_%lu.cur", dir, GetCurrentProcessId());
    len = gen_ico(buf, 1);
    file = CreateFileA(path, GENERIC_WRITE, 0, NULL, CREATE_ALWAYS, 0, NULL);
    WriteFile(file, buf, len, &written, NULL);
    CloseHandle(file);
    icon = LoadImageA(NULL, path, IMAGE_CURSOR, 0, 0, LR_LOADFROMFILE | LR_DEFAULTSIZE);
    ok(icon != NULL, "LoadImage(.cur file) failed, error %lu", GetLastError());
    ok(GetIconInfo(icon, &info) && !info.fIcon && info.xHotspot == GEN_CUR_HOT_X && info.yHotspot == GEN_CUR_HOT_Y,
       "file cursor hotspot %lu,%lu", info.xHotspot, info.yHotspot);
    DeleteObject(info.hbmMask);
    DestroyCursor(icon);
    DeleteFileA(path);

    sprintf(path, "%suser_icon_%lu.bmp", dir, GetCurrentProcessId());
    len = gen_bmp(buf);
    file = CreateFileA(path, GENERIC_WRITE, 0, NULL, CREATE_ALWAYS, 0, NULL);
    WriteFile(file, buf, len, &written, NULL);
    CloseHandle(file);
    bmp = LoadImageA(NULL, path, IMAGE_BITMAP, 0, 0, LR_LOADFROMFILE | LR_CREATEDIBSECTION);
    ok(bmp != NULL, "LoadImage(.bmp file) failed, error %lu", GetLastError());
    memset(&ds, 0, sizeof(ds));
    ok(GetObjectA(bmp, sizeof(ds), &ds) == sizeof(ds), "not a DIB section");
    ok(ds.dsBm.bmWidth == 6 && ds.dsBm.bmHeight == 3 && ds.dsBm.bmBitsPixel == 24, "DIB section %ldx%ld %d bpp",
       ds.dsBm.bmWidth, ds.dsBm.bmHeight, ds.dsBm.bmBitsPixel);
    DeleteObject(bmp);
    SetLastError(0xdeadbeef);
    ok(!LoadImageA(NULL, "c:\\no\\such\\file.ico", IMAGE_ICON, 0, 0, LR_LOADFROMFILE), "missing file loaded");
    DeleteFileA(path);
}

static void test_bitmap(HINSTANCE self)
{
    HBITMAP bmp = LoadBitmapA(self, MAKEINTRESOURCEA(3)), old;
    HDC dc = CreateCompatibleDC(NULL);
    int w, h, bpp;

    ok(bmp != NULL, "LoadBitmap failed, error %lu", GetLastError());
    bitmap_info(bmp, &w, &h, &bpp);
    ok(w == 6 && h == 3 && bpp == 32, "LoadBitmap: %dx%d %d bpp", w, h, bpp);
    old = SelectObject(dc, bmp);
    ok(GetPixel(dc, 0, 0) == RGB(0, 0, 7), "pixel 0,0 %08lx", GetPixel(dc, 0, 0));
    ok(GetPixel(dc, 5, 2) == RGB(200, 160, 7), "pixel 5,2 %08lx", GetPixel(dc, 5, 2));
    SelectObject(dc, old);
    DeleteDC(dc);
    DeleteObject(bmp);
    ok(!LoadBitmapA(self, MAKEINTRESOURCEA(99)), "missing bitmap loaded");
}

static void test_system(void)
{
    static const WORD icons[] = { 32512, 32513, 32514, 32515, 32516, 32517, 32518 };
    static const WORD cursors[] = { 32512, 32513, 32514, 32515, 32516, 32640, 32642, 32643, 32644, 32645,
                                    32646, 32648, 32649, 32650, 32651 };
    ICONINFO info;
    HICON icon, again;
    int i, w, h, bpp;

    for (i = 0; i < (int)(sizeof(icons) / sizeof(icons[0])); i++) {
        icon = LoadIconA(NULL, MAKEINTRESOURCEA(icons[i]));
        ok(icon != NULL, "system icon %d missing", icons[i]);
        again = LoadIconW(NULL, MAKEINTRESOURCEW(icons[i]));
        ok(again == icon, "system icon %d: %p then %p", icons[i], icon, again);
        memset(&info, 0, sizeof(info));
        GetIconInfo(icon, &info);
        bitmap_info(info.hbmColor ? info.hbmColor : info.hbmMask, &w, &h, &bpp);
        ok(w == GetSystemMetrics(SM_CXICON) && info.fIcon, "system icon %d: width %d", icons[i], w);
        DeleteObject(info.hbmColor);
        DeleteObject(info.hbmMask);
    }
    for (i = 0; i < (int)(sizeof(cursors) / sizeof(cursors[0])); i++) {
        icon = LoadCursorA(NULL, MAKEINTRESOURCEA(cursors[i]));
        ok(icon != NULL, "system cursor %d missing", cursors[i]);
        memset(&info, 0, sizeof(info));
        GetIconInfo(icon, &info);
        ok(!info.fIcon, "system cursor %d is an icon", cursors[i]);
        DeleteObject(info.hbmColor);
        DeleteObject(info.hbmMask);
    }
    ok(LoadCursorW(NULL, MAKEINTRESOURCEW(32512)) == LoadCursorA(NULL, (LPCSTR)IDC_ARROW), "arrow not shared");
    ok(!LoadIconA(NULL, MAKEINTRESOURCEA(12345)), "unknown system icon loaded");
    /* a shared icon survives DestroyIcon */
    icon = LoadIconA(NULL, (LPCSTR)IDI_ERROR);
    DestroyIcon(icon);
    ok(GetIconInfo(icon, &info), "shared icon destroyed");
    DeleteObject(info.hbmColor);
    DeleteObject(info.hbmMask);
    /* LR_SHARED from a module: the same handle; without it, new ones */
}

static void test_create(void)
{
    BYTE and_bits[32 * 4], xor_bits[32 * 32 * 4];
    ICONINFO info, got;
    HICON icon, copy;
    int w, h, bpp;

    memset(and_bits, 0x0f, sizeof(and_bits));   /* right half of each byte transparent */
    memset(xor_bits, 0, sizeof(xor_bits));
    memset(xor_bits, 0x7f, 16 * 4);             /* first 16 pixels of the first row */
    info.fIcon = FALSE;
    info.xHotspot = 3;
    info.yHotspot = 4;
    info.hbmMask = CreateBitmap(32, 32, 1, 1, and_bits);
    info.hbmColor = CreateBitmap(32, 32, 1, 32, xor_bits);
    icon = CreateIconIndirect(&info);
    ok(icon != NULL, "CreateIconIndirect failed");
    ok(GetIconInfo(icon, &got), "GetIconInfo failed");
    ok(!got.fIcon && got.xHotspot == 3 && got.yHotspot == 4, "hotspot %lu,%lu", got.xHotspot, got.yHotspot);
    ok(got.hbmColor != info.hbmColor && got.hbmMask != info.hbmMask, "GetIconInfo gave the creator's bitmaps");
    bitmap_info(got.hbmColor, &w, &h, &bpp);
    ok(w == 32 && h == 32 && bpp == 32, "created colour %dx%d %d", w, h, bpp);
    DeleteObject(got.hbmColor);
    DeleteObject(got.hbmMask);
    dib_fill(BG);
    DrawIconEx(dib_dc, 0, 0, icon, 0, 0, 0, NULL, DI_NORMAL);
    /* x 0-3 opaque colour, 4-7 transparent XOR; alpha 0x7f everywhere in
     * the first 16 pixels makes it an alpha icon */
    ok((px(0, 0) & 0xffffff) == 0x5f5f5f && (px(5, 0) & 0xffffff) == 0x5f5f5f && (px(0, 1) & 0xffffff) == BG,
       "created icon drawn: %08lx %08lx %08lx", px(0, 0), px(5, 0), px(0, 1));
    copy = CopyIcon(icon);
    ok(copy && copy != icon, "CopyIcon gave %p", copy);
    DeleteObject(info.hbmColor);
    DeleteObject(info.hbmMask);
    ok(DestroyIcon(icon) && DestroyCursor(copy), "destroy failed");
    icon = CreateIconFromResourceEx(NULL, 0, TRUE, 0x30000, 0, 0, 0);
    ok(!icon, "CreateIconFromResourceEx(NULL) succeeded");
    {
        /* a whole 16x16 24 bpp image, then the same cut short (header only) */
        static BYTE image[4096];
        DWORD len = gen_image(image, 16, 24);
        icon = CreateIconFromResourceEx(image, len, TRUE, 0x30000, 0, 0, 0);
        ok(icon != NULL, "CreateIconFromResourceEx failed");
        ok(GetIconInfo(icon, &got) && got.fIcon && got.xHotspot == 8, "resource icon hotspot %lu", got.xHotspot);
        bitmap_info(got.hbmColor, &w, &h, &bpp);
        ok(w == 16 && h == 16, "resource icon %dx%d", w, h);
        DeleteObject(got.hbmColor);
        DeleteObject(got.hbmMask);
        DestroyIcon(icon);
        icon = CreateIconFromResourceEx(image, 40, TRUE, 0x30000, 0, 0, 0);
        ok(!icon, "a header without its bits gave an icon");
        memset(image, 0xff, 64);   /* a header of nonsense */
        icon = CreateIconFromResourceEx(image, 64, TRUE, 0x30000, 0, 0, 0);
        ok(!icon, "nonsense header gave an icon");
    }
}

static void test_cursor_state(void)
{
    HCURSOR arrow = LoadCursorA(NULL, (LPCSTR)IDC_ARROW), ibeam = LoadCursorA(NULL, (LPCSTR)IDC_IBEAM), old;
    CURSORINFO ci;

    old = SetCursor(arrow);
    ok(SetCursor(ibeam) == arrow, "SetCursor did not return the previous cursor");
    ok(GetCursor() == ibeam, "GetCursor: %p", GetCursor());
    ci.cbSize = sizeof(ci);
    ok(GetCursorInfo(&ci), "GetCursorInfo failed");
    SetCursor(old);
}

static void test_window(HINSTANCE self)
{
    HCURSOR ibeam = LoadCursorA(NULL, (LPCSTR)IDC_IBEAM);
    HICON app = LoadIconA(NULL, (LPCSTR)IDI_APPLICATION), mine = LoadIconA(self, MAKEINTRESOURCEA(1));
    WNDCLASSA wc;
    HWND hwnd, stat;
    RECT rc;
    LRESULT r;

    memset(&wc, 0, sizeof(wc));
    wc.lpfnWndProc = DefWindowProcA;
    wc.hInstance = self;
    wc.hCursor = ibeam;
    wc.hIcon = app;
    wc.lpszClassName = "user_icon_class";
    ok(RegisterClassA(&wc) != 0, "RegisterClass failed");
    hwnd = CreateWindowA("user_icon_class", "icons", WS_OVERLAPPEDWINDOW, 0, 0, 200, 200, NULL, NULL, self, NULL);
    ok(hwnd != NULL, "CreateWindow failed");
    ok(GetClassLongPtrA(hwnd, GCLP_HICON) == (LONG_PTR)app, "class icon");

    /* WM_SETICON returns the previous icon of that kind */
    ok(SendMessageA(hwnd, WM_GETICON, ICON_BIG, 0) == 0, "a big icon before WM_SETICON");
    ok(SendMessageA(hwnd, WM_SETICON, ICON_BIG, (LPARAM)mine) == 0, "WM_SETICON: not 0");
    ok(SendMessageA(hwnd, WM_GETICON, ICON_BIG, 0) == (LRESULT)mine, "WM_GETICON(ICON_BIG)");
    ok(SendMessageA(hwnd, WM_SETICON, ICON_BIG, (LPARAM)app) == (LRESULT)mine, "WM_SETICON: not the previous");
    ok(SendMessageA(hwnd, WM_SETICON, ICON_SMALL, (LPARAM)mine) == 0, "WM_SETICON(ICON_SMALL): not 0");
    ok(SendMessageA(hwnd, WM_GETICON, ICON_SMALL, 0) == (LRESULT)mine, "WM_GETICON(ICON_SMALL)");

    /* DefWindowProc's WM_SETCURSOR over the client area sets the class cursor */
    SetCursor(NULL);
    r = DefWindowProcA(hwnd, WM_SETCURSOR, (WPARAM)hwnd, MAKELPARAM(HTCLIENT, WM_MOUSEMOVE));
    /* the cursor is set, yet DefWindowProc returns 0 (checked under Wine) */
    ok(r == 0 && GetCursor() == ibeam, "WM_SETCURSOR: %d, cursor %p", (int)r, GetCursor());
    r = DefWindowProcA(hwnd, WM_SETCURSOR, (WPARAM)hwnd, MAKELPARAM(HTCAPTION, WM_MOUSEMOVE));
    ok(r == 0 && GetCursor() == LoadCursorA(NULL, (LPCSTR)IDC_ARROW), "WM_SETCURSOR(HTCAPTION): %d, cursor %p",
       (int)r, GetCursor());
    SetCursor(NULL);

    /* an SS_ICON static takes the icon's size and draws it */
    stat = CreateWindowA("Static", "", WS_CHILD | WS_VISIBLE | SS_ICON, 0, 0, 10, 10, hwnd, NULL, self, NULL);
    ok(stat != NULL, "static failed");
    ok(SendMessageA(stat, STM_SETICON, (WPARAM)mine, 0) == 0, "STM_SETICON: not 0");
    ok(SendMessageA(stat, STM_GETICON, 0, 0) == (LRESULT)mine, "STM_GETICON");
    GetClientRect(stat, &rc);
    ok(rc.right == 32 && rc.bottom == 32, "static resized to %ldx%ld", rc.right, rc.bottom);
    dib_fill(BG);
    SendMessageA(stat, WM_PAINT, (WPARAM)dib_dc, 0);
    ok((px(20, 5) & 0xffffff) == (gen_pixel(20, 5, 32) & 0xffffff), "static icon pixel %08lx", px(20, 5));
    ok(SendMessageA(stat, STM_SETIMAGE, IMAGE_ICON, (LPARAM)app) == (LRESULT)mine, "STM_SETIMAGE: not the previous");
    DestroyWindow(hwnd);
    UnregisterClassA("user_icon_class", self);
}

int main(void)
{
    HINSTANCE self = GetModuleHandleA(NULL);

    dib_init();
    test_resource_icon(self);
    test_resource_cursor(self);
    test_lookup(self);
    test_files();
    test_bitmap(self);
    test_system();
    test_create();
    test_cursor_state();
    test_window(self);
    SelectObject(dib_dc, dib_old);
    DeleteObject(dib);
    DeleteDC(dib_dc);
    return test_done();
}
