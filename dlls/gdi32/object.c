/*
 * The GDI handle table and the generic object functions (GetObjectType,
 * DeleteObject, GetObject, SelectObject, GetStockObject).
 *
 * GDI objects are process-wide and live in their own table, apart from
 * ntdll's kernel handles. A handle's low 16 bits index the table, bits
 * 16-22 carry the type as Windows sets them (0x01 DC, 0x04 region, 0x05
 * bitmap, 0x08 palette, 0x0a font, 0x10 brush, 0x30 pen, 0x50 extpen),
 * bit 23 marks stock objects and bits 24-30 count reuses of the slot, so
 * a stale handle is refused rather than taken for a new object.
 *
 * One recursive lock covers the table and every object: GDI calls are
 * short, and Windows does not promise more than consistency either.
 * Cost: allocation is O(1) amortized (a free list), lookups O(1).
 */
#define _GNU_SOURCE   /* PTHREAD_RECURSIVE_MUTEX_INITIALIZER_NP */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include "gdi_private.h"
#include "winerror.h"
#include "winnls.h"

#define MAX_HANDLES 0x10000

struct entry {
    struct gdi_header *obj;
    BYTE generation;
    int next_free;
};

static struct entry *table;
static int next_unused = 1;   /* slot 0 stays empty: no handle is NULL */
static int free_list = -1;
static pthread_mutex_t lock = PTHREAD_RECURSIVE_MUTEX_INITIALIZER_NP;
static BOOL initialized;
static HGDIOBJ stock[STOCK_LAST + 1];
static struct bitmap *default_bitmap;

static void create_stock_objects(void);

/* The first lock creates the table and the stock objects; creating them
 * takes the (recursive) lock again, which then finds INITIALIZED set. */
void gdi_lock(void)
{
    pthread_mutex_lock(&lock);
    if (!initialized) {
        initialized = TRUE;
        table = calloc(MAX_HANDLES, sizeof(*table));
        create_stock_objects();
    }
}

void gdi_unlock(void)
{
    pthread_mutex_unlock(&lock);
}

HGDIOBJ gdi_alloc_handle(struct gdi_header *obj, int type, enum gdi_magic magic)
{
    int index;
    HGDIOBJ handle;

    gdi_lock();
    if (free_list >= 0) {
        index = free_list;
        free_list = table[index].next_free;
    } else if (next_unused < MAX_HANDLES) {
        index = next_unused++;
    } else {
        gdi_unlock();
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
        return NULL;
    }
    table[index].obj = obj;
    table[index].generation = (table[index].generation + 1) & 0x7f;
    obj->type = type;
    handle = (HGDIOBJ)(ULONG_PTR)(index | ((DWORD)magic << 16) |
                                  ((DWORD)table[index].generation << 24));
    obj->handle = handle;
    gdi_unlock();
    return handle;
}

static struct gdi_header *lookup(HGDIOBJ handle)
{
    DWORD value = (DWORD)(ULONG_PTR)handle;
    DWORD index = value & 0xffff;
    struct gdi_header *obj;

    if ((ULONG_PTR)handle >> 32 || !index || index >= MAX_HANDLES) return NULL;
    obj = table[index].obj;
    if (!obj || (DWORD)(ULONG_PTR)obj->handle != value) return NULL;
    return obj;
}

void *gdi_get(HGDIOBJ handle, int type)
{
    struct gdi_header *obj = lookup(handle);
    if (!obj) return NULL;
    if (type && obj->type != type && !(type == OBJ_DC && obj->type == OBJ_MEMDC) &&
        !(type == OBJ_PEN && obj->type == OBJ_EXTPEN))
        return NULL;
    return obj;
}

void gdi_free_handle(HGDIOBJ handle)
{
    DWORD index = (DWORD)(ULONG_PTR)handle & 0xffff;
    gdi_lock();
    if (lookup(handle)) {
        table[index].obj = NULL;
        table[index].next_free = free_list;
        free_list = index;
    }
    gdi_unlock();
}

static void destroy(struct gdi_header *obj)
{
    switch (obj->type) {
    case OBJ_BITMAP: bitmap_delete((struct bitmap *)obj); break;
    case OBJ_PEN: case OBJ_EXTPEN: pen_delete((struct pen *)obj); break;
    case OBJ_BRUSH: brush_delete((struct brush *)obj); break;
    case OBJ_REGION: region_delete((struct region *)obj); break;
    case OBJ_DC: case OBJ_MEMDC: dc_delete((struct dc *)obj); break;
    case OBJ_FONT: font_delete((struct font *)obj); break;
    default:
        gdi_free_handle(obj->handle);
        free(obj);
    }
}

void gdi_select(HGDIOBJ handle)
{
    struct gdi_header *obj = lookup(handle);
    if (obj) obj->selected++;
}

void gdi_deselect(HGDIOBJ handle)
{
    struct gdi_header *obj = lookup(handle);
    if (!obj) return;
    if (obj->selected > 0) obj->selected--;
    if (!obj->selected && obj->delete_pending) destroy(obj);
}

/* ---- stock objects ---- */

static HGDIOBJ make_stock(HGDIOBJ handle)
{
    struct gdi_header *obj = lookup(handle);
    DWORD index = (DWORD)(ULONG_PTR)handle & 0xffff;
    obj->stock = TRUE;
    obj->handle = (HGDIOBJ)(ULONG_PTR)((DWORD)(ULONG_PTR)handle | GDI_STOCK_BIT);
    (void)index;
    return obj->handle;
}

static HGDIOBJ stock_font(const char *face, LONG height, LONG width, BYTE pitch)
{
    LOGFONTW lf;
    memset(&lf, 0, sizeof(lf));
    lf.lfHeight = height;
    lf.lfWidth = width;
    lf.lfWeight = 400;
    lf.lfPitchAndFamily = pitch;
    for (int i = 0; face[i] && i < LF_FACESIZE - 1; i++) lf.lfFaceName[i] = (WCHAR)face[i];
    return make_stock(CreateFontIndirectW(&lf));
}

static void create_stock_objects(void)
{
    stock[WHITE_BRUSH] = make_stock(CreateSolidBrush(RGB(255, 255, 255)));
    stock[LTGRAY_BRUSH] = make_stock(CreateSolidBrush(RGB(192, 192, 192)));
    stock[GRAY_BRUSH] = make_stock(CreateSolidBrush(RGB(128, 128, 128)));
    stock[DKGRAY_BRUSH] = make_stock(CreateSolidBrush(RGB(64, 64, 64)));
    stock[BLACK_BRUSH] = make_stock(CreateSolidBrush(RGB(0, 0, 0)));
    {
        LOGBRUSH lb = { BS_NULL, 0, 0 };
        stock[NULL_BRUSH] = make_stock(CreateBrushIndirect(&lb));
    }
    stock[WHITE_PEN] = make_stock(CreatePen(PS_SOLID, 0, RGB(255, 255, 255)));
    stock[BLACK_PEN] = make_stock(CreatePen(PS_SOLID, 0, RGB(0, 0, 0)));
    stock[NULL_PEN] = make_stock(CreatePen(PS_NULL, 0, 0));
    /* Windows' stock LOGFONTs; font.c maps the bitmap faces to TrueType ones. */
    stock[OEM_FIXED_FONT] = stock_font("Terminal", 12, 0, 1);
    stock[ANSI_FIXED_FONT] = stock_font("Courier", 12, 0, 1);
    stock[ANSI_VAR_FONT] = stock_font("MS Sans Serif", 12, 0, 2);
    stock[SYSTEM_FONT] = stock_font("System", 16, 7, 2);
    stock[DEVICE_DEFAULT_FONT] = stock_font("System", 16, 0, 2);
    stock[SYSTEM_FIXED_FONT] = stock_font("Fixedsys", 16, 0, 1);
    stock[DEFAULT_GUI_FONT] = stock_font("MS Shell Dlg", -11, 0, 0);
    {
        PALETTEENTRY pal[20];
        static const BYTE colors[20][3] = {
            {0,0,0},{0x80,0,0},{0,0x80,0},{0x80,0x80,0},{0,0,0x80},{0x80,0,0x80},{0,0x80,0x80},
            {0xc0,0xc0,0xc0},{0xc0,0xdc,0xc0},{0xa6,0xca,0xf0},{0xff,0xfb,0xf0},{0xa0,0xa0,0xa4},
            {0x80,0x80,0x80},{0xff,0,0},{0,0xff,0},{0xff,0xff,0},{0,0,0xff},{0xff,0,0xff},
            {0,0xff,0xff},{0xff,0xff,0xff}};
        struct { WORD version, count; PALETTEENTRY e[20]; } lp;
        for (int i = 0; i < 20; i++) {
            pal[i].peRed = colors[i][0]; pal[i].peGreen = colors[i][1];
            pal[i].peBlue = colors[i][2]; pal[i].peFlags = 0;
        }
        lp.version = 0x300; lp.count = 20;
        memcpy(lp.e, pal, sizeof(pal));
        stock[DEFAULT_PALETTE] = make_stock(CreatePalette((LOGPALETTE *)&lp));
    }
    stock[DC_BRUSH] = make_stock(CreateSolidBrush(RGB(255, 255, 255)));
    stock[DC_PEN] = make_stock(CreatePen(PS_SOLID, 0, RGB(0, 0, 0)));
    default_bitmap = bitmap_alloc(1, 1, 1, FALSE, NULL);
    gdi_alloc_handle(&default_bitmap->hdr, OBJ_BITMAP, MAGIC_BITMAP);
    make_stock(default_bitmap->hdr.handle);
}

HGDIOBJ gdi_stock(int index)
{
    gdi_lock();
    HGDIOBJ h = stock[index];
    gdi_unlock();
    return h;
}

struct bitmap *gdi_default_bitmap(void)
{
    return default_bitmap;
}

/* ---- exports ---- */

WINBASEAPI HGDIOBJ WINAPI GetStockObject(INT index)
{
    if (index < 0 || index > STOCK_LAST) return NULL;
    return gdi_stock(index);
}

WINBASEAPI DWORD WINAPI GetObjectType(HGDIOBJ handle)
{
    struct gdi_header *obj;
    DWORD type = 0;

    gdi_lock();
    if ((obj = lookup(handle))) type = obj->type;
    gdi_unlock();
    if (!type) SetLastError(ERROR_INVALID_HANDLE);
    return type;
}

WINBASEAPI BOOL WINAPI DeleteObject(HGDIOBJ handle)
{
    struct gdi_header *obj;

    gdi_lock();
    if (!(obj = lookup(handle))) {
        gdi_unlock();
        return FALSE;
    }
    /* stock objects cannot be deleted, but saying so is not an error */
    if (obj->stock) {
        gdi_unlock();
        return TRUE;
    }
    if (obj->selected && obj->type != OBJ_DC && obj->type != OBJ_MEMDC)
        obj->delete_pending = TRUE;   /* freed when the DC lets go of it */
    else
        destroy(obj);
    gdi_unlock();
    return TRUE;
}

static int get_object(HGDIOBJ handle, int size, void *buffer, BOOL wide)
{
    struct gdi_header *obj;
    int ret = 0;

    gdi_lock();
    if (!(obj = lookup(handle))) {
        gdi_unlock();
        return 0;
    }
    switch (obj->type) {
    case OBJ_BITMAP: ret = bitmap_get_object((struct bitmap *)obj, size, buffer); break;
    case OBJ_PEN: case OBJ_EXTPEN: ret = pen_get_object((struct pen *)obj, size, buffer); break;
    case OBJ_BRUSH: ret = brush_get_object((struct brush *)obj, size, buffer); break;
    case OBJ_PAL:
        ret = sizeof(WORD);
        if (buffer) {
            if (size < (int)sizeof(WORD)) ret = 0;
            else *(WORD *)buffer = ((struct palette *)obj)->count;
        }
        break;
    case OBJ_FONT: {
        struct font *font = (struct font *)obj;
        if (wide) {
            ret = sizeof(LOGFONTW);
            if (buffer) {
                if (size < ret) ret = size;
                memcpy(buffer, &font->log, ret);
            }
        } else {
            LOGFONTA lfa;
            memcpy(&lfa, &font->log, offsetof(LOGFONTA, lfFaceName));
            WideCharToMultiByte(CP_ACP, 0, (LPCWSTR)font->log.lfFaceName, -1, lfa.lfFaceName,
                                LF_FACESIZE, NULL, NULL);
            ret = sizeof(LOGFONTA);
            if (buffer) {
                if (size < ret) ret = size;
                memcpy(buffer, &lfa, ret);
            }
        }
        break;
    }
    default: break;
    }
    gdi_unlock();
    return ret;
}

WINBASEAPI INT WINAPI GetObjectW(HGDIOBJ handle, INT size, LPVOID buffer)
{
    return get_object(handle, size, buffer, TRUE);
}

WINBASEAPI INT WINAPI GetObjectA(HGDIOBJ handle, INT size, LPVOID buffer)
{
    return get_object(handle, size, buffer, FALSE);
}

/* ---- fonts and palettes: objects only, for the text engine to come ---- */

WINBASEAPI HFONT WINAPI CreateFontIndirectW(const LOGFONTW *lf)
{
    struct font *font;
    if (!lf || !(font = calloc(1, sizeof(*font)))) return NULL;
    font->log = *lf;
    return gdi_alloc_handle(&font->hdr, OBJ_FONT, MAGIC_FONT);
}

WINBASEAPI HFONT WINAPI CreateFontIndirectA(const LOGFONTA *lfa)
{
    LOGFONTW lf;
    if (!lfa) return NULL;
    memcpy(&lf, lfa, offsetof(LOGFONTA, lfFaceName));
    MultiByteToWideChar(CP_ACP, 0, lfa->lfFaceName, -1, (LPWSTR)lf.lfFaceName, LF_FACESIZE);
    lf.lfFaceName[LF_FACESIZE - 1] = 0;
    return CreateFontIndirectW(&lf);
}

WINBASEAPI HPALETTE WINAPI CreatePalette(const LOGPALETTE *lp)
{
    struct palette *pal;
    if (!lp || lp->palNumEntries > 256 || !(pal = calloc(1, sizeof(*pal)))) return NULL;
    pal->count = lp->palNumEntries;
    memcpy(pal->entries, lp->palPalEntry, pal->count * sizeof(PALETTEENTRY));
    return gdi_alloc_handle(&pal->hdr, OBJ_PAL, MAGIC_PALETTE);
}

WINBASEAPI UINT WINAPI GetPaletteEntries(HPALETTE handle, UINT start, UINT count, PALETTEENTRY *entries)
{
    struct palette *pal;
    UINT ret = 0;
    gdi_lock();
    if ((pal = gdi_get(handle, OBJ_PAL))) {
        if (!entries) ret = pal->count;
        else if (start < (UINT)pal->count) {
            ret = count < pal->count - start ? count : pal->count - start;
            memcpy(entries, pal->entries + start, ret * sizeof(*entries));
        }
    }
    gdi_unlock();
    return ret;
}
