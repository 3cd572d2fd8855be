/*
 * CreateToolbarEx: a toolbar, its bitmap and its buttons in one call,
 * made of the toolbar's own messages (toolbar.c).
 */
#include "comctl32_private.h"

COMCTL32API HWND WINAPI CreateToolbarEx(HWND parent, DWORD style, UINT id, INT bitmaps, HINSTANCE bm_inst,
                                        UINT_PTR bm_id, const TBBUTTON *buttons, INT count, INT dx_button,
                                        INT dy_button, INT dx_bitmap, INT dy_bitmap, UINT struct_size)
{
    HWND tb = CreateWindowExW(0, TOOLBARCLASSNAMEW, NULL, style | WS_CHILD, 0, 0, 100, 30, parent,
                              (HMENU)(ULONG_PTR)id, comctl32_instance, NULL);
    if (!tb) return NULL;
    SendMessageW(tb, TB_BUTTONSTRUCTSIZE, struct_size, 0);
    /* no (or a negative) bitmap size means the standard 16x16 */
    if (dx_bitmap <= 0 || dy_bitmap <= 0) dx_bitmap = dy_bitmap = 16;
    SendMessageW(tb, TB_SETBITMAPSIZE, 0, (LPARAM)MAKELONG(dx_bitmap, dy_bitmap));
    if (dx_button < 0) dx_button = dx_bitmap;
    if (dy_button < 0) dy_button = dy_bitmap;
    /* comctl32 hands the button size to TB_SETBITMAPSIZE too, and
     * programs written against it size their buttons that way */
    if (dx_button && dy_button) SendMessageW(tb, TB_SETBITMAPSIZE, 0, (LPARAM)MAKELONG(dx_button, dy_button));
    if (bitmaps > 0 || bm_inst == HINST_COMMCTRL) {
        TBADDBITMAP add = { bm_inst, bm_id };
        SendMessageW(tb, TB_ADDBITMAP, bitmaps, (LPARAM)&add);
    }
    if (count > 0 && buttons) SendMessageW(tb, TB_ADDBUTTONSW, count, (LPARAM)buttons);
    return tb;
}
