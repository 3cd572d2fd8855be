/* gdi: FillRect, TextOut or BitBlt into a 32-bpp DIB section:
 *     gdi.exe fillrect|textout|bitblt
 * gdi32 and user32's FillRect are found at run time, so the program
 * starts where gdi32 does not exist yet and says so (n/a) instead of
 * failing to load. One op is one call: FillRect of 64x64, TextOut of 11
 * characters in the stock font, BitBlt SRCCOPY of 256x256 between DIBs. */
#include "bench.h"

typedef HDC (WINAPI *CreateCompatibleDC_fn)(HDC);
typedef HBITMAP (WINAPI *CreateDIBSection_fn)(HDC, const BITMAPINFO *, UINT, void **, HANDLE, DWORD);
typedef HGDIOBJ (WINAPI *SelectObject_fn)(HDC, HGDIOBJ);
typedef HBRUSH (WINAPI *CreateSolidBrush_fn)(COLORREF);
typedef BOOL (WINAPI *TextOutA_fn)(HDC, int, int, LPCSTR, int);
typedef BOOL (WINAPI *BitBlt_fn)(HDC, int, int, int, int, HDC, int, int, DWORD);
typedef int (WINAPI *FillRect_fn)(HDC, const RECT *, HBRUSH);

static TextOutA_fn pTextOutA;
static BitBlt_fn pBitBlt;
static FillRect_fn pFillRect;
static HDC dc, src_dc;
static HBRUSH brush;

static void fill_batch(long n)
{
    long i;
    for (i = 0; i < n; i++) {
        RECT r = { (int)(i & 127), 10, (int)(i & 127) + 64, 74 };
        pFillRect(dc, &r, brush);
    }
}

static void text_batch(long n)
{
    long i;
    for (i = 0; i < n; i++) pTextOutA(dc, (int)(i & 127), 20, "hello world", 11);
}

static void blt_batch(long n)
{
    long i;
    for (i = 0; i < n; i++) pBitBlt(dc, 0, 0, 256, 256, src_dc, 0, 0, SRCCOPY);
}

static HDC dib_dc(CreateCompatibleDC_fn create_dc, CreateDIBSection_fn create_dib, SelectObject_fn select)
{
    BITMAPINFO info;
    void *bits;
    HDC hdc;
    HBITMAP bitmap;

    memset(&info, 0, sizeof(info));
    info.bmiHeader.biSize = sizeof(info.bmiHeader);
    info.bmiHeader.biWidth = 512;
    info.bmiHeader.biHeight = -512;
    info.bmiHeader.biPlanes = 1;
    info.bmiHeader.biBitCount = 32;
    info.bmiHeader.biCompression = BI_RGB;
    if (!(hdc = create_dc(NULL))) bench_na("CreateCompatibleDC failed");
    if (!(bitmap = create_dib(hdc, &info, DIB_RGB_COLORS, &bits, NULL, 0))) bench_na("CreateDIBSection failed");
    select(hdc, bitmap);
    return hdc;
}

int main(int argc, char **argv)
{
    const char *op = bench_arg(argc, argv, 0);
    HMODULE gdi32 = LoadLibraryA("gdi32.dll"), user32 = LoadLibraryA("user32.dll");
    CreateCompatibleDC_fn pCreateCompatibleDC;
    CreateDIBSection_fn pCreateDIBSection;
    SelectObject_fn pSelectObject;
    CreateSolidBrush_fn pCreateSolidBrush;
    int target = bench_target_ms(argc, argv);

    if (!op) bench_na("usage: gdi.exe fillrect|textout|bitblt");
    if (!gdi32) bench_na("gdi32.dll cannot be loaded (%lu)", GetLastError());
    if (!user32) bench_na("user32.dll cannot be loaded (%lu)", GetLastError());
    pCreateCompatibleDC = (CreateCompatibleDC_fn)(void *)GetProcAddress(gdi32, "CreateCompatibleDC");
    pCreateDIBSection = (CreateDIBSection_fn)(void *)GetProcAddress(gdi32, "CreateDIBSection");
    pSelectObject = (SelectObject_fn)(void *)GetProcAddress(gdi32, "SelectObject");
    pCreateSolidBrush = (CreateSolidBrush_fn)(void *)GetProcAddress(gdi32, "CreateSolidBrush");
    pTextOutA = (TextOutA_fn)(void *)GetProcAddress(gdi32, "TextOutA");
    pBitBlt = (BitBlt_fn)(void *)GetProcAddress(gdi32, "BitBlt");
    pFillRect = (FillRect_fn)(void *)GetProcAddress(user32, "FillRect");
    if (!pCreateCompatibleDC || !pCreateDIBSection || !pSelectObject || !pCreateSolidBrush ||
        !pTextOutA || !pBitBlt || !pFillRect)
        bench_na("a GDI export is missing");

    dc = dib_dc(pCreateCompatibleDC, pCreateDIBSection, pSelectObject);
    if (!strcmp(op, "fillrect")) {
        brush = pCreateSolidBrush(RGB(10, 200, 30));
        bench_result("fillrect", bench_batches(fill_batch, 100, target), "ns/op");
    } else if (!strcmp(op, "textout")) {
        bench_result("textout", bench_batches(text_batch, 100, target), "ns/op");
    } else {
        src_dc = dib_dc(pCreateCompatibleDC, pCreateDIBSection, pSelectObject);
        bench_result("bitblt", bench_batches(blt_batch, 10, target), "ns/op");
    }
    return 0;
}
