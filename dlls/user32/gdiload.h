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
    /* dialogs, controls (dialog.c, button.c, static.c, msgbox.c) and menus (menudraw.c) */
    HFONT (WINAPI *create_font_indirect)(const LOGFONTW *);
    HDC (WINAPI *create_compatible_dc)(HDC);
    BOOL (WINAPI *delete_dc)(HDC);
    COLORREF (WINAPI *set_text_color)(HDC, COLORREF);
    INT (WINAPI *set_bk_mode)(HDC, INT);
    HGDIOBJ (WINAPI *get_current_object)(HDC, UINT);
    /* icons, cursors and images (cursoricon.c, image.c) */
    HBITMAP (WINAPI *create_bitmap)(INT, INT, UINT, UINT, const void *);
    HBITMAP (WINAPI *create_dib_section)(HDC, const BITMAPINFO *, UINT, void **, HANDLE, DWORD);
    INT (WINAPI *get_di_bits)(HDC, HBITMAP, UINT, UINT, void *, BITMAPINFO *, UINT);
    INT (WINAPI *set_di_bits)(HDC, HBITMAP, UINT, UINT, const void *, const BITMAPINFO *, UINT);
    INT (WINAPI *get_object)(HGDIOBJ, INT, void *);
    BOOL (WINAPI *stretch_blt)(HDC, INT, INT, INT, INT, HDC, INT, INT, INT, INT, DWORD);
    BOOL (WINAPI *alpha_blend)(HDC, INT, INT, INT, INT, HDC, INT, INT, INT, INT, DWORD);
    /* include/winrun/gdi.h */
    HDC (*window_dc_create)(void);
    BOOL (*window_dc_set)(HDC, void *, int, int, int, HRGN, BOOL);
};

/* NULL when gdi32 cannot be loaded */
const struct user_gdi *user_gdi(void);

#endif
