/* gdi32 as user32's painting code sees it (gdiload.c). */
#ifndef WINRUN_USER_GDILOAD_H
#define WINRUN_USER_GDILOAD_H

#include "wingdi.h"

struct user_gdi {
    HRGN (WINAPI *create_rect_rgn)(INT, INT, INT, INT);
    INT (WINAPI *combine_rgn)(HRGN, HRGN, HRGN, INT);
    INT (WINAPI *offset_rgn)(HRGN, INT, INT);
    INT (WINAPI *get_rgn_box)(HRGN, RECT *);
    BOOL (WINAPI *set_rect_rgn)(HRGN, INT, INT, INT, INT);
    BOOL (WINAPI *delete_object)(HGDIOBJ);
    HBRUSH (WINAPI *create_solid_brush)(COLORREF);
    HPEN (WINAPI *create_pen)(INT, INT, COLORREF);
    HGDIOBJ (WINAPI *select_object)(HDC, HGDIOBJ);
    BOOL (WINAPI *pat_blt)(HDC, INT, INT, INT, INT, DWORD);
    BOOL (WINAPI *bit_blt)(HDC, INT, INT, INT, INT, HDC, INT, INT, DWORD);
    INT (WINAPI *get_clip_box)(HDC, RECT *);
    BOOL (WINAPI *rectangle)(HDC, INT, INT, INT, INT);
    HGDIOBJ (WINAPI *get_stock_object)(INT);
    BOOL (WINAPI *get_text_metrics)(HDC, TEXTMETRICW *);
    BOOL (WINAPI *get_extent_ex)(HDC, const WCHAR *, INT, INT, INT *, INT *, SIZE *);
    BOOL (WINAPI *ext_text_out)(HDC, INT, INT, UINT, const RECT *, const WCHAR *, UINT, const INT *);
    UINT (WINAPI *get_text_align)(HDC);
    UINT (WINAPI *set_text_align)(HDC, UINT);
    COLORREF (WINAPI *get_text_color)(HDC);
    COLORREF (WINAPI *set_bk_color)(HDC, COLORREF);
    /* include/winrun/gdi.h */
    HDC (*window_dc_create)(void);
    BOOL (*window_dc_set)(HDC, void *, int, int, int, HRGN, BOOL);
};

/* NULL when gdi32 cannot be loaded */
const struct user_gdi *user_gdi(void);

#endif
