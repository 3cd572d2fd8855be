/* uxtheme.dll without visual styles: the theme queries say "no theme",
 * theme handles are NULL and the drawing calls refuse them, the system
 * metric fallbacks, DrawThemeParentBackground asking the parent to paint,
 * and buffered painting into a memory DC. Expectations checked under Wine
 * (no theme selected, its default). */
#include <windows.h>
#include <uxtheme.h>
#include <vssym32.h>
#include <vfwmsgs.h>
#include <string.h>
#include "test.h"

static int themechanged, erasebkgnd, printclient;
static POINT print_origin;

static LRESULT CALLBACK parent_proc(HWND hwnd, UINT msg, WPARAM wp, LPARAM lp)
{
    switch (msg) {
    case WM_THEMECHANGED: themechanged++; break;
    case WM_ERASEBKGND:
        erasebkgnd++;
        GetViewportOrgEx((HDC)wp, &print_origin);
        return 1;
    case WM_PRINTCLIENT:
        printclient++;
        ok(lp == PRF_CLIENT, "WM_PRINTCLIENT flags %lx\n", (unsigned long)lp);
        return 0;
    }
    return DefWindowProcA(hwnd, msg, wp, lp);
}

static void test_no_theme(void)
{
    HTHEME theme;
    RECT rc = { 0, 0, 10, 10 };
    LOGFONTW lf;
    HRESULT hr;

    ok(!IsThemeActive(), "no theme active\n");
    ok(!IsAppThemed(), "app not themed\n");
    ok(!IsCompositionActive(), "no composition\n");
    SetLastError(0xdead);
    theme = OpenThemeData(NULL, L"Button");
    ok(theme == NULL, "OpenThemeData %p\n", theme);
    ok(GetLastError() == (DWORD)E_PROP_ID_UNSUPPORTED, "OpenThemeData error %lx\n", GetLastError());
    SetLastError(0xdead);
    theme = OpenThemeDataEx(NULL, L"Edit", 0);
    ok(theme == NULL && GetLastError() == (DWORD)E_PROP_ID_UNSUPPORTED, "OpenThemeDataEx %p %lx\n", theme,
       GetLastError());
    ok(CloseThemeData(NULL) == E_HANDLE, "CloseThemeData(NULL) %lx\n", CloseThemeData(NULL));
    {
        WCHAR file[MAX_PATH] = L"x", color[32] = L"x", size[32] = L"x";
        hr = GetCurrentThemeName(file, MAX_PATH, color, 32, size, 32);
        ok(hr == E_PROP_ID_UNSUPPORTED, "GetCurrentThemeName %lx\n", hr);
    }

    ok(DrawThemeBackground(NULL, NULL, BP_PUSHBUTTON, PBS_NORMAL, &rc, NULL) == E_HANDLE, "DrawThemeBackground\n");
    ok(DrawThemeText(NULL, NULL, BP_PUSHBUTTON, PBS_NORMAL, L"x", 1, 0, 0, &rc) == E_HANDLE, "DrawThemeText\n");
    ok(GetThemeBackgroundContentRect(NULL, NULL, BP_PUSHBUTTON, PBS_NORMAL, &rc, &rc) == E_HANDLE,
       "GetThemeBackgroundContentRect\n");
    ok(!IsThemePartDefined(NULL, BP_PUSHBUTTON, 0), "IsThemePartDefined\n");

    ok(GetThemeSysColor(NULL, COLOR_BTNFACE) == GetSysColor(COLOR_BTNFACE), "GetThemeSysColor falls back\n");
    ok(GetThemeSysSize(NULL, SM_CXVSCROLL) == GetSystemMetrics(SM_CXVSCROLL), "GetThemeSysSize falls back: %d\n",
       GetThemeSysSize(NULL, SM_CXVSCROLL));
    memset(&lf, 0, sizeof(lf));
    hr = GetThemeSysFont(NULL, TMT_ICONTITLEFONT, &lf);
    ok(hr == S_OK && lf.lfFaceName[0], "GetThemeSysFont icon title %lx\n", hr);
    memset(&lf, 0, sizeof(lf));
    hr = GetThemeSysFont(NULL, TMT_MSGBOXFONT, &lf);
    ok(hr == S_OK && lf.lfFaceName[0], "GetThemeSysFont message box %lx\n", hr);
    hr = GetThemeSysFont(NULL, 12345, &lf);
    ok(hr == STG_E_INVALIDPARAMETER, "GetThemeSysFont bad id %lx\n", hr);
}

static void test_app_properties(void)
{
    DWORD props = GetThemeAppProperties();
    ok(props == (STAP_ALLOW_NONCLIENT | STAP_ALLOW_CONTROLS), "default app properties %lx\n", props);
    SetThemeAppProperties(STAP_ALLOW_NONCLIENT);
    ok(GetThemeAppProperties() == STAP_ALLOW_NONCLIENT, "set app properties\n");
    SetThemeAppProperties(props);
}

static void test_window_theme(HWND parent, HWND child)
{
    HRESULT hr;

    ok(GetWindowTheme(parent) == NULL, "GetWindowTheme %p\n", GetWindowTheme(parent));
    themechanged = 0;
    hr = SetWindowTheme(parent, L"Explorer", NULL);
    ok(hr == S_OK, "SetWindowTheme %lx\n", hr);
    ok(themechanged == 1, "WM_THEMECHANGED sent %d times\n", themechanged);
    ok(GetWindowTheme(parent) == NULL, "still no theme\n");
    /* L"" for both turns theming off for the window on Windows; Wine
     * cannot make an atom of "" and fails it */
    hr = SetWindowTheme(parent, L"", L"");
    if (!GetProcAddress(GetModuleHandleA("ntdll"), "wine_get_version"))
        ok(hr == S_OK, "SetWindowTheme empty %lx\n", hr);
    themechanged = 0;
    hr = SetWindowTheme(parent, NULL, NULL);
    ok(hr == S_OK, "SetWindowTheme NULL %lx\n", hr);
    ok(themechanged == 1, "WM_THEMECHANGED each time: %d\n", themechanged);

    ok(!IsThemeDialogTextureEnabled(parent), "dialog texture off by default\n");
    hr = EnableThemeDialogTexture(parent, ETDT_ENABLETAB);
    ok(hr == S_OK, "EnableThemeDialogTexture %lx\n", hr);
    ok(IsThemeDialogTextureEnabled(parent), "dialog texture enabled: the flags are kept\n");
    hr = EnableThemeDialogTexture(parent, ETDT_DISABLE);
    ok(hr == S_OK, "EnableThemeDialogTexture disable %lx\n", hr);
    ok(!IsThemeDialogTextureEnabled(parent), "dialog texture disabled\n");
    (void)child;
}

static void test_parent_background(HWND parent, HWND child)
{
    HDC hdc = GetDC(child);
    POINT org;
    RECT rc = { 2, 3, 8, 9 };
    HRESULT hr;

    erasebkgnd = printclient = 0;
    hr = DrawThemeParentBackground(child, hdc, NULL);
    ok(hr == S_OK, "DrawThemeParentBackground %lx\n", hr);
    ok(erasebkgnd == 1 && printclient == 1, "parent asked: erase %d print %d\n", erasebkgnd, printclient);
    ok(print_origin.x == -10 && print_origin.y == -20, "parent paints at its origin: %ld,%ld\n", print_origin.x,
       print_origin.y);
    GetViewportOrgEx(hdc, &org);
    ok(org.x == 0 && org.y == 0, "origin restored %ld,%ld\n", org.x, org.y);
    erasebkgnd = printclient = 0;
    hr = DrawThemeParentBackground(child, hdc, &rc);
    ok(hr == S_OK && erasebkgnd == 1 && printclient == 1, "with a rect: %lx %d %d\n", hr, erasebkgnd, printclient);
    ReleaseDC(child, hdc);
    (void)parent;
}

static void test_buffered_paint(void)
{
    HDC screen = GetDC(NULL), target = CreateCompatibleDC(screen), mem = NULL;
    BITMAPINFO bmi = { { sizeof(BITMAPINFOHEADER), 40, -30, 1, 32, BI_RGB } };
    DWORD *target_bits;
    HBITMAP target_bmp = CreateDIBSection(target, &bmi, DIB_RGB_COLORS, (void **)&target_bits, NULL, 0);
    RECT rc = { 10, 5, 30, 25 }, got;
    HPAINTBUFFER pb;
    RGBQUAD *bits = NULL;
    int row = 0;
    HRESULT hr;
    HBRUSH red = CreateSolidBrush(RGB(255, 0, 0));

    SelectObject(target, target_bmp);
    memset(target_bits, 0x11, 40 * 30 * 4);
    ok(BufferedPaintInit() == S_OK, "BufferedPaintInit\n");

    pb = BeginBufferedPaint(target, &rc, BPBF_TOPDOWNDIB, NULL, &mem);
    ok(pb != NULL && mem != NULL, "BeginBufferedPaint %p %p\n", pb, mem);
    if (pb) {
        ok(GetBufferedPaintDC(pb) == mem, "GetBufferedPaintDC\n");
        ok(GetBufferedPaintTargetDC(pb) == target, "GetBufferedPaintTargetDC\n");
        ok(GetBufferedPaintTargetRect(pb, &got) == S_OK && EqualRect(&got, &rc), "target rect\n");
        hr = GetBufferedPaintBits(pb, &bits, &row);
        ok(hr == S_OK && bits && row == 20, "GetBufferedPaintBits %lx row %d\n", hr, row);
        /* the buffer DC uses the target's coordinates */
        {
            RECT fill = { 10, 5, 20, 15 };
            FillRect(mem, &fill, red);
        }
        if (bits) ok((*(DWORD *)&bits[0] & 0xffffff) == 0xff0000, "painted pixel %lx\n", *(DWORD *)&bits[0]);
        if (bits) ok((*(DWORD *)&bits[10] & 0xffffff) != 0xff0000, "unpainted pixel %lx\n", *(DWORD *)&bits[10]);
        ok(EndBufferedPaint(pb, TRUE) == S_OK, "EndBufferedPaint\n");
        ok((target_bits[5 * 40 + 10] & 0xffffff) == 0xff0000, "copied to the target: %lx\n",
           target_bits[5 * 40 + 10]);
        ok(target_bits[0] == 0x11111111, "outside the rect untouched: %lx\n", target_bits[0]);
    }

    pb = BeginBufferedPaint(target, &rc, BPBF_TOPDOWNDIB, NULL, &mem);
    if (pb) {
        FillRect(mem, &rc, red);
        ok(EndBufferedPaint(pb, FALSE) == S_OK, "EndBufferedPaint without update\n");
        ok((target_bits[20 * 40 + 25] & 0xffffff) != 0xff0000, "not copied: %lx\n", target_bits[20 * 40 + 25]);
    }

    /* BufferedPaintClear makes transparent black, BufferedPaintSetAlpha
     * sets the alpha bytes; bottom-up DIBs are stored the other way up */
    pb = BeginBufferedPaint(target, &rc, BPBF_DIB, NULL, &mem);
    ok(pb != NULL, "bottom-up buffer\n");
    if (pb && GetBufferedPaintBits(pb, &bits, &row) == S_OK) {
        RECT top = { 10, 5, 30, 6 }, corner = { 10, 5, 12, 7 };
        FillRect(mem, &rc, red);
        hr = BufferedPaintClear(pb, &top);
        /* Wine 8 has neither (E_NOTIMPL); these follow the documented
         * behaviour: ARGB 0 in the rectangle, alpha bytes only */
        if (hr == E_NOTIMPL) trace("BufferedPaintClear not implemented (Wine)\n");
        else {
            ok(hr == S_OK, "BufferedPaintClear %lx\n", hr);
            ok(*(DWORD *)&bits[19 * 20] == 0, "top row (last in memory) cleared: %lx\n", *(DWORD *)&bits[19 * 20]);
            ok((*(DWORD *)&bits[0] & 0xffffff) == 0xff0000, "bottom row kept: %lx\n", *(DWORD *)&bits[0]);
            ok(BufferedPaintSetAlpha(pb, &corner, 0x80) == S_OK, "BufferedPaintSetAlpha\n");
            ok(bits[18 * 20 + 1].rgbReserved == 0x80 && bits[18 * 20 + 2].rgbReserved != 0x80,
               "alpha set in the rect only\n");
            ok(BufferedPaintClear(pb, NULL) == S_OK && *(DWORD *)&bits[0] == 0, "clear all\n");
        }
        EndBufferedPaint(pb, FALSE);
    }

    mem = (HDC)1;
    {
        RECT empty = { 5, 5, 5, 10 };
        ok(BeginBufferedPaint(target, &empty, BPBF_TOPDOWNDIB, NULL, &mem) == NULL, "empty rect refused\n");
        ok(mem == NULL, "DC cleared on failure\n");
    }
    ok(EndBufferedPaint(NULL, TRUE) == E_INVALIDARG, "EndBufferedPaint(NULL)\n");
    ok(GetBufferedPaintDC(NULL) == NULL, "GetBufferedPaintDC(NULL)\n");
    ok(GetBufferedPaintBits(NULL, &bits, &row) == E_FAIL, "GetBufferedPaintBits(NULL)\n");
    ok(BufferedPaintUnInit() == S_OK, "BufferedPaintUnInit\n");
    DeleteObject(red);
    DeleteDC(target);
    DeleteObject(target_bmp);
    ReleaseDC(NULL, screen);
}

int main(void)
{
    WNDCLASSA wc = { 0 };
    HWND parent, child;

    wc.lpfnWndProc = parent_proc;
    wc.hInstance = GetModuleHandleA(NULL);
    wc.lpszClassName = "uxtheme_parent";
    RegisterClassA(&wc);
    parent = CreateWindowA("uxtheme_parent", "p", WS_OVERLAPPEDWINDOW, 0, 0, 200, 200, NULL, NULL, NULL, NULL);
    child = CreateWindowA("static", "c", WS_CHILD | WS_VISIBLE, 10, 20, 50, 50, parent, NULL, NULL, NULL);
    ok(parent && child, "windows created\n");

    test_no_theme();
    test_app_properties();
    test_window_theme(parent, child);
    test_parent_background(parent, child);
    test_buffered_paint();
    DestroyWindow(parent);
    return test_done();
}
