/*
 * gdi32's internal interface for user32: the DCs of windows. A window DC
 * draws into a view of its top-level window's surface (32 bpp, top-down,
 * BGRA, owned by user32): BITS is the DC's origin pixel (the window's
 * client or window origin), WIDTH x HEIGHT the part of the surface it may
 * reach, VIS the visible region in the DC's device coordinates (update
 * region, children and siblings clipped away; NULL = the whole view).
 * The application's clip region is intersected with it.
 */
#ifndef WINRUN_GDI_H
#define WINRUN_GDI_H

#include "windef.h"

HDC gdi_window_dc_create(void);
/* RESET gives the DC default attributes (GetDC of a non-CS_OWNDC window);
 * BITS NULL detaches the DC from any surface (a 1x1 surface) */
BOOL gdi_window_dc_set(HDC hdc, void *bits, int width, int height, int stride, HRGN vis, BOOL reset);

#endif
