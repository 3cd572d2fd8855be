/* user32's UI drawing tools without a display: DrawEdge into a 32 bpp DIB
 * section (every border pixel against GetSysColor, BF_ADJUST's rectangle,
 * BF_MIDDLE, BF_SOFT), DrawFocusRect (an XOR: twice restores), and
 * DrawFrameControl drawing inside its rectangle only; DefWindowProc's
 * WM_NCHITTEST on the caption buttons of a WS_OVERLAPPEDWINDOW and
 * WM_SYSCOMMAND SC_CLOSE -> WM_CLOSE. Expectations checked under Wine. */
#include "test.h"

#define W 48
#define H 40
#define BG 0x00123456u   /* a pixel no system colour has */

static DWORD *bits;
static HDC dc;

/* a COLORREF (0x00bbggrr) as a DIB pixel (0x00rrggbb) */
static DWORD px(COLORREF c)
{
    return ((c & 0xff) << 16) | (c & 0xff00) | ((c >> 16) & 0xff);
}

static DWORD sys(int index) { return px(GetSysColor(index)); }

static DWORD at(int x, int y) { return bits[y * W + x] & 0xffffff; }

static void clear(void)
{
    for (int i = 0; i < W * H; i++) bits[i] = BG;
}

/* EDGE's four lines on R (BF_RECT): the outer ring, then the ring inside
 * it; the bottom-right colour owns the top-right and bottom-left corners.
 * A colour of -1: that ring is not drawn. MIDDLE: the inside's colour
 * (BG when not filled). */
static void check_rect_edge(const char *what, const RECT *r, int lto, int rbo, int lti, int rbi, DWORD middle)
{
    int bad = 0;
    for (int y = 0; y < H; y++)
        for (int x = 0; x < W; x++) {
            DWORD want = BG;
            if (x >= r->left && x < r->right && y >= r->top && y < r->bottom) {
                if (x == r->left || y == r->top || x == r->right - 1 || y == r->bottom - 1) {
                    int c = (x == r->right - 1 || y == r->bottom - 1) ? rbo : lto;
                    want = c < 0 ? BG : sys(c);
                } else if (lti >= 0 && (x == r->left + 1 || y == r->top + 1 || x == r->right - 2 || y == r->bottom - 2)) {
                    want = sys((x == r->right - 2 || y == r->bottom - 2) ? rbi : lti);
                } else want = middle;
            }
            if (at(x, y) != want && bad++ < 4)
                ok(0, "%s: pixel %d,%d is %06lx, want %06lx", what, x, y, at(x, y), want);
        }
    ok(!bad, "%s: %d wrong pixels", what, bad);
}

static void test_draw_edge(void)
{
    RECT base = { 5, 4, 30, 24 }, r;
    BOOL ret;

    clear();
    r = base;
    ret = DrawEdge(dc, &r, EDGE_RAISED, BF_RECT);
    ok(ret, "DrawEdge EDGE_RAISED");
    ok(EqualRect(&r, &base), "the rectangle is kept without BF_ADJUST");
    check_rect_edge("EDGE_RAISED", &base, COLOR_3DLIGHT, COLOR_3DDKSHADOW, COLOR_BTNHIGHLIGHT, COLOR_BTNSHADOW, BG);

    clear();
    r = base;
    ret = DrawEdge(dc, &r, EDGE_SUNKEN, BF_RECT | BF_ADJUST);
    ok(ret, "DrawEdge EDGE_SUNKEN");
    ok(r.left == 7 && r.top == 6 && r.right == 28 && r.bottom == 22, "BF_ADJUST: %ld,%ld-%ld,%ld", r.left, r.top, r.right, r.bottom);
    check_rect_edge("EDGE_SUNKEN", &base, COLOR_BTNSHADOW, COLOR_BTNHIGHLIGHT, COLOR_3DDKSHADOW, COLOR_3DLIGHT, BG);

    clear();
    r = base;
    ret = DrawEdge(dc, &r, EDGE_ETCHED, BF_RECT | BF_ADJUST);
    ok(ret, "DrawEdge EDGE_ETCHED");
    ok(r.left == 7 && r.top == 6 && r.right == 28 && r.bottom == 22, "etched BF_ADJUST: %ld,%ld-%ld,%ld", r.left, r.top, r.right, r.bottom);
    check_rect_edge("EDGE_ETCHED", &base, COLOR_BTNSHADOW, COLOR_BTNHIGHLIGHT, COLOR_BTNHIGHLIGHT, COLOR_BTNSHADOW, BG);

    clear();
    r = base;
    DrawEdge(dc, &r, EDGE_BUMP, BF_RECT);
    check_rect_edge("EDGE_BUMP", &base, COLOR_3DLIGHT, COLOR_3DDKSHADOW, COLOR_3DDKSHADOW, COLOR_3DLIGHT, BG);

    /* BF_SOFT: the brighter colour outside; BF_MIDDLE fills with the face */
    clear();
    r = base;
    DrawEdge(dc, &r, EDGE_RAISED, BF_RECT | BF_SOFT | BF_MIDDLE);
    check_rect_edge("EDGE_RAISED soft middle", &base, COLOR_BTNHIGHLIGHT, COLOR_3DDKSHADOW, COLOR_3DLIGHT, COLOR_BTNSHADOW,
                    sys(COLOR_BTNFACE));

    /* one border: one line, drawn where the outer one goes */
    clear();
    r = base;
    DrawEdge(dc, &r, BDR_SUNKENOUTER, BF_RECT | BF_ADJUST);
    ok(r.left == 6 && r.top == 5 && r.right == 29 && r.bottom == 23, "one border adjusts by 1: %ld,%ld-%ld,%ld", r.left, r.top, r.right, r.bottom);
    check_rect_edge("BDR_SUNKENOUTER", &base, COLOR_BTNSHADOW, COLOR_BTNHIGHLIGHT, -1, -1, BG);

    /* BF_MONO: the frame colour all round */
    clear();
    r = base;
    DrawEdge(dc, &r, BDR_RAISEDOUTER, BF_RECT | BF_MONO);
    check_rect_edge("BF_MONO", &base, COLOR_WINDOWFRAME, COLOR_WINDOWFRAME, -1, -1, BG);

    /* one side: the top line only, full width */
    clear();
    r = base;
    DrawEdge(dc, &r, EDGE_ETCHED, BF_TOP);
    ok(at(5, 4) == sys(COLOR_BTNSHADOW) && at(29, 4) == sys(COLOR_BTNSHADOW), "BF_TOP outer line spans the width");
    ok(at(5, 5) == sys(COLOR_BTNHIGHLIGHT) && at(29, 5) == sys(COLOR_BTNHIGHLIGHT), "BF_TOP inner line spans the width");
    ok(at(5, 6) == BG && at(5, 23) == BG && at(29, 10) == BG, "BF_TOP draws no other side");

    /* both raised and sunken outer: FALSE */
    r = base;
    ok(!DrawEdge(dc, &r, BDR_RAISEDOUTER | BDR_SUNKENOUTER, BF_RECT), "an impossible edge is FALSE");
}

static void test_focus_rect(void)
{
    RECT r = { 3, 2, 17, 11 };
    int changed = 0, bad = 0;

    clear();
    ok(DrawFocusRect(dc, &r), "DrawFocusRect");
    for (int y = 0; y < H; y++)
        for (int x = 0; x < W; x++) {
            BOOL edge = x >= r.left && x < r.right && y >= r.top && y < r.bottom &&
                        (x == r.left || y == r.top || x == r.right - 1 || y == r.bottom - 1);
            if (at(x, y) == BG) continue;
            if (!edge || at(x, y) != (~BG & 0xffffff)) bad++;
            else changed++;
        }
    ok(!bad, "only outline pixels change, by inversion: %d others", bad);
    ok(changed > 10 && changed < 2 * ((r.right - r.left) + (r.bottom - r.top)), "every other pixel: %d", changed);
    /* a 50% pattern: the outline pixels where x + y is even */
    bad = 0;
    for (int x = r.left; x < r.right; x++) {
        bad += (at(x, r.top) != BG) != !((x + r.top) & 1);
        bad += (at(x, r.bottom - 1) != BG) != !((x + r.bottom - 1) & 1);
    }
    for (int y = r.top; y < r.bottom; y++) {
        bad += (at(r.left, y) != BG) != !((r.left + y) & 1);
        bad += (at(r.right - 1, y) != BG) != !((r.right - 1 + y) & 1);
    }
    ok(!bad, "the dots are where x + y is even: %d pixels differ", bad);
    DrawFocusRect(dc, &r);
    bad = 0;
    for (int i = 0; i < W * H; i++) bad += (bits[i] & 0xffffff) != BG;
    ok(!bad, "a second DrawFocusRect restores: %d pixels differ", bad);
}

/* DrawFrameControl draws inside R only, and something inside it */
static void check_frame(const char *what, UINT type, UINT state, int glyph_color)
{
    RECT r = { 6, 5, 30, 25 }, want = r;
    int outside = 0, inside = 0, glyph = 0;

    clear();
    ok(DrawFrameControl(dc, &r, type, state), "%s returns TRUE", what);
    ok(EqualRect(&r, &want), "%s keeps the rectangle", what);
    for (int y = 0; y < H; y++)
        for (int x = 0; x < W; x++) {
            BOOL in = x >= want.left && x < want.right && y >= want.top && y < want.bottom;
            if (at(x, y) == BG) continue;
            if (!in) outside++;
            else inside++;
            if (in && glyph_color >= 0 && x > want.left + 2 && x < want.right - 3 && y > want.top + 2 &&
                y < want.bottom - 3 && at(x, y) == sys(glyph_color))
                glyph++;
        }
    ok(!outside, "%s: %d pixels drawn outside", what, outside);
    ok(inside > 20, "%s: %d pixels drawn inside", what, inside);
    if (glyph_color >= 0) ok(glyph > 0, "%s: a glyph in colour %d", what, glyph_color);
}

static void test_frame_control(void)
{
    RECT r = { 6, 5, 30, 25 };

    check_frame("DFCS_BUTTONPUSH", DFC_BUTTON, DFCS_BUTTONPUSH, -1);
    clear();
    DrawFrameControl(dc, &r, DFC_BUTTON, DFCS_BUTTONPUSH);
    ok(at(15, 15) == sys(COLOR_BTNFACE), "a push button's face is COLOR_BTNFACE: %06lx", at(15, 15));
    check_frame("DFCS_BUTTONPUSH pushed", DFC_BUTTON, DFCS_BUTTONPUSH | DFCS_PUSHED, -1);
    check_frame("DFCS_BUTTONCHECK checked", DFC_BUTTON, DFCS_BUTTONCHECK | DFCS_CHECKED, COLOR_WINDOWTEXT);
    check_frame("DFCS_BUTTONRADIO", DFC_BUTTON, DFCS_BUTTONRADIO, -1);
    check_frame("DFCS_CAPTIONCLOSE", DFC_CAPTION, DFCS_CAPTIONCLOSE, COLOR_BTNTEXT);
    check_frame("DFCS_CAPTIONMIN", DFC_CAPTION, DFCS_CAPTIONMIN, COLOR_BTNTEXT);
    check_frame("DFCS_CAPTIONMAX", DFC_CAPTION, DFCS_CAPTIONMAX, COLOR_BTNTEXT);
    check_frame("DFCS_CAPTIONRESTORE", DFC_CAPTION, DFCS_CAPTIONRESTORE, COLOR_BTNTEXT);
    check_frame("DFCS_SCROLLUP", DFC_SCROLL, DFCS_SCROLLUP, COLOR_BTNTEXT);
    check_frame("DFCS_SCROLLDOWN", DFC_SCROLL, DFCS_SCROLLDOWN, COLOR_BTNTEXT);
    check_frame("DFCS_SCROLLLEFT", DFC_SCROLL, DFCS_SCROLLLEFT, COLOR_BTNTEXT);
    check_frame("DFCS_SCROLLRIGHT", DFC_SCROLL, DFCS_SCROLLRIGHT, COLOR_BTNTEXT);
}

static int closes;

static LRESULT CALLBACK proc(HWND hwnd, UINT msg, WPARAM wp, LPARAM lp)
{
    if (msg == WM_CLOSE) {
        closes++;
        return 0;   /* kept: the test destroys it */
    }
    return DefWindowProcA(hwnd, msg, wp, lp);
}

static void test_caption_hit(void)
{
    WNDCLASSA wc = { 0 };
    HWND hwnd;
    RECT window, client;
    POINT origin = { 0, 0 };
    int cx = GetSystemMetrics(SM_CXSIZE), right, y;
    LRESULT hit;

    wc.lpfnWndProc = proc;
    wc.hInstance = GetModuleHandleA(NULL);
    wc.lpszClassName = "UiToolsClass";
    RegisterClassA(&wc);
    hwnd = CreateWindowExA(0, "UiToolsClass", "caption", WS_OVERLAPPEDWINDOW, 100, 100, 400, 300, NULL, NULL,
                           wc.hInstance, NULL);
    ok(hwnd != NULL, "window created");
    GetWindowRect(hwnd, &window);
    GetClientRect(hwnd, &client);
    ClientToScreen(hwnd, &origin);
    right = origin.x + client.right;             /* the caption's right end: inside the frame */
    y = origin.y - GetSystemMetrics(SM_CYCAPTION) / 2;
    hit = SendMessageA(hwnd, WM_NCHITTEST, 0, MAKELPARAM(right - cx / 2, y));
    ok(hit == HTCLOSE, "close button: %ld", (long)hit);
    hit = SendMessageA(hwnd, WM_NCHITTEST, 0, MAKELPARAM(right - cx - cx / 2, y));
    ok(hit == HTMAXBUTTON, "maximize button: %ld", (long)hit);
    hit = SendMessageA(hwnd, WM_NCHITTEST, 0, MAKELPARAM(right - 2 * cx - cx / 2, y));
    ok(hit == HTMINBUTTON, "minimize button: %ld", (long)hit);
    hit = SendMessageA(hwnd, WM_NCHITTEST, 0, MAKELPARAM((window.left + window.right) / 2, y));
    ok(hit == HTCAPTION, "middle of the caption: %ld", (long)hit);
    trace("window %ld,%ld-%ld,%ld client origin %ld,%ld cx %d", window.left, window.top, window.right, window.bottom,
          origin.x, origin.y, cx);
    SendMessageA(hwnd, WM_SYSCOMMAND, SC_CLOSE, 0);
    ok(closes == 1, "SC_CLOSE sends WM_CLOSE: %d", closes);
    DestroyWindow(hwnd);
}

int main(void)
{
    BITMAPINFO bi = { 0 };
    HBITMAP bmp;

    bi.bmiHeader.biSize = sizeof(bi.bmiHeader);
    bi.bmiHeader.biWidth = W;
    bi.bmiHeader.biHeight = -H;
    bi.bmiHeader.biPlanes = 1;
    bi.bmiHeader.biBitCount = 32;
    bi.bmiHeader.biCompression = BI_RGB;
    dc = CreateCompatibleDC(NULL);
    bmp = CreateDIBSection(dc, &bi, DIB_RGB_COLORS, (void **)&bits, NULL, 0);
    ok(dc && bmp && bits, "DIB section");
    if (!bits) return test_done();
    SelectObject(dc, bmp);
    test_draw_edge();
    test_focus_rect();
    test_frame_control();
    test_caption_hit();
    DeleteDC(dc);
    DeleteObject(bmp);
    return test_done();
}
