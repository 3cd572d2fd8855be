/*
 * The gdi32 functions user32 calls (painting, FillRect and friends,
 * DrawText), loaded on first need so that programs using user32 only for strings or
 * messages never load gdi32 and pixman. The window-DC interface
 * (include/winrun/gdi.h) is not a Win32 export: it is looked up in
 * gdi32's ELF object once LoadLibrary has mapped it.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <pthread.h>
#include "user_private.h"
#include "gdiload.h"

static struct user_gdi gdi;
static BOOL gdi_ok;
static pthread_once_t gdi_once = PTHREAD_ONCE_INIT;

static void load(void)
{
    HMODULE module = LoadLibraryW(u"gdi32.dll");
    Dl_info info;
    void *elf;

    if (!module) return;
#define GET(field, name) if (!(*(FARPROC *)&gdi.field = GetProcAddress(module, name))) return
    GET(create_rect_rgn, "CreateRectRgn");
    GET(combine_rgn, "CombineRgn");
    GET(offset_rgn, "OffsetRgn");
    GET(get_rgn_box, "GetRgnBox");
    GET(set_rect_rgn, "SetRectRgn");
    GET(delete_object, "DeleteObject");
    GET(create_solid_brush, "CreateSolidBrush");
    GET(create_pen, "CreatePen");
    GET(select_object, "SelectObject");
    GET(pat_blt, "PatBlt");
    GET(bit_blt, "BitBlt");
    GET(get_clip_box, "GetClipBox");
    GET(rectangle, "Rectangle");
    GET(get_stock_object, "GetStockObject");
    GET(get_text_metrics, "GetTextMetricsW");
    GET(get_extent_ex, "GetTextExtentExPointW");
    GET(ext_text_out, "ExtTextOutW");
    GET(get_text_align, "GetTextAlign");
    GET(set_text_align, "SetTextAlign");
    GET(get_text_color, "GetTextColor");
    GET(set_bk_color, "SetBkColor");
    GET(create_font_indirect, "CreateFontIndirectW");
    GET(create_compatible_dc, "CreateCompatibleDC");
    GET(delete_dc, "DeleteDC");
    GET(set_text_color, "SetTextColor");
    GET(set_bk_mode, "SetBkMode");
    GET(get_current_object, "GetCurrentObject");
    GET(create_bitmap, "CreateBitmap");
    GET(create_dib_section, "CreateDIBSection");
    GET(get_di_bits, "GetDIBits");
    GET(set_di_bits, "SetDIBits");
    GET(get_object, "GetObjectW");
    GET(stretch_blt, "StretchBlt");
    GET(alpha_blend, "GdiAlphaBlend");
#undef GET
    if (!dladdr((void *)gdi.create_rect_rgn, &info) || !info.dli_fname) return;
    if (!(elf = dlopen(info.dli_fname, RTLD_NOW | RTLD_NOLOAD))) return;
    gdi.window_dc_create = (HDC (*)(void))dlsym(elf, "gdi_window_dc_create");
    gdi.window_dc_set = (BOOL (*)(HDC, void *, int, int, int, HRGN, BOOL))dlsym(elf, "gdi_window_dc_set");
    dlclose(elf);   /* LoadLibrary keeps it mapped */
    gdi_ok = gdi.window_dc_create && gdi.window_dc_set;
}

const struct user_gdi *user_gdi(void)
{
    pthread_once(&gdi_once, load);
    return gdi_ok ? &gdi : NULL;
}
