/*
 * Icons and cursors inside user32: the objects (cursoricon.c), loading
 * them and bitmaps from resources and files (image.c) and the system
 * images drawn in code (sysimage.c).
 */
#ifndef WINRUN_USER_CURSORICON_H
#define WINRUN_USER_CURSORICON_H

#include "menu_private.h"

/* One icon or cursor image. Pixels are kept in memory, not as GDI
 * objects, so that making an icon from a resource needs no gdi32; the
 * bitmaps GetIconInfo returns and DrawIconEx blits are made on demand. */
struct cursoricon {
    BOOL is_icon;
    int width, height;         /* one image (a monochrome mask has 2 * height rows) */
    POINT hotspot;
    DWORD *color;              /* width * height BGRA, top row first; NULL: monochrome */
    BYTE *mask;                /* 1 bpp, top row first, mask_stride bytes a row; 1 = transparent */
    int mask_stride;
    BOOL alpha;                /* 32 bpp with an alpha channel: drawn with AlphaBlend */
    int bpp;                   /* the source's bits per pixel */
    BOOL shared;               /* LR_SHARED: DestroyIcon leaves it alone */
    WORD res_id;               /* the RT_ICON/RT_CURSOR id it came from, 0 if none */
};

/* cursoricon.c */
struct cursoricon *cursoricon_alloc(int width, int height, BOOL mono);  /* zeroed pixels */
void cursoricon_free(struct cursoricon *ci);
HICON cursoricon_handle(struct cursoricon *ci);   /* takes ownership; NULL (object freed) when full */
/* the object of HANDLE, copied out under the lock (FALSE if invalid) */
BOOL cursoricon_size(HICON handle, SIZE *size, BOOL *is_icon);
/* an icon from the bits of an RT_ICON/RT_CURSOR resource (cursors start
 * with the hotspot); CX/CY 0 keep the image's size */
struct cursoricon *cursoricon_from_resource(const BYTE *bits, DWORD size, BOOL is_icon, int cx, int cy);
struct cursoricon *cursoricon_scaled(const struct cursoricon *src, int cx, int cy);

/* sysimage.c: IDI_* and IDC_* drawn in code; NULL for an unknown id */
struct cursoricon *sysimage_create(WORD id, BOOL is_icon, int size);

#endif
