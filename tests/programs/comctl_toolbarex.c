/* CreateToolbarEx: the toolbar, its id and parent, its buttons and its
 * bitmap's images from one call. Expectations checked under Wine
 * (comctl32 5.82, no manifest). */
#include "test.h"
#include <commctrl.h>

int main(void)
{
    TBBUTTON buttons[3] = {
        { 0, 101, TBSTATE_ENABLED, BTNS_BUTTON, {0}, 0, 0 },
        { 1, 102, TBSTATE_ENABLED | TBSTATE_CHECKED, BTNS_CHECK, {0}, 0, 0 },
        { 2, 103, 0, BTNS_BUTTON, {0}, 0, 0 },
    };
    InitCommonControls();
    HWND parent = CreateWindowExA(0, "static", "p", WS_OVERLAPPEDWINDOW, 0, 0, 300, 200, NULL, NULL, NULL, NULL);
    ok(parent != NULL, "parent\n");

    /* a 48x16 bitmap: three 16x16 images */
    HBITMAP bmp = CreateBitmap(48, 16, 1, 32, NULL);
    HWND tb = CreateToolbarEx(parent, WS_VISIBLE, 77, 3, NULL, (UINT_PTR)bmp, buttons, 3, 0, 0, 16, 16,
                              sizeof(TBBUTTON));
    ok(tb != NULL, "CreateToolbarEx failed\n");
    ok(GetParent(tb) == parent, "parent %p\n", GetParent(tb));
    ok(GetDlgCtrlID(tb) == 77, "id %d\n", GetDlgCtrlID(tb));
    ok((GetWindowLongA(tb, GWL_STYLE) & (WS_CHILD | WS_VISIBLE)) == (WS_CHILD | WS_VISIBLE), "style %lx\n",
       (unsigned long)GetWindowLongA(tb, GWL_STYLE));
    ok(SendMessageA(tb, TB_BUTTONCOUNT, 0, 0) == 3, "count %d\n", (int)SendMessageA(tb, TB_BUTTONCOUNT, 0, 0));
    TBBUTTON got = { 0 };
    BOOL have = (BOOL)SendMessageA(tb, TB_GETBUTTON, 1, (LPARAM)&got);
    ok(have && got.idCommand == 102 && got.iBitmap == 1, "button 1: id %d image %d\n", got.idCommand, got.iBitmap);
    ok(SendMessageA(tb, TB_ISBUTTONCHECKED, 102, 0), "button 102 not checked\n");
    ok(!SendMessageA(tb, TB_ISBUTTONENABLED, 103, 0), "button 103 enabled\n");
    HIMAGELIST il = (HIMAGELIST)SendMessageA(tb, TB_GETIMAGELIST, 0, 0);
    ok(il != NULL, "no image list\n");
    if (il) ok(ImageList_GetImageCount(il) == 3, "images %d\n", ImageList_GetImageCount(il));
    DestroyWindow(tb);

    /* no bitmap and no buttons: an empty toolbar */
    tb = CreateToolbarEx(parent, 0, 5, 0, NULL, 0, NULL, 0, 0, 0, 0, 0, sizeof(TBBUTTON));
    ok(tb != NULL && SendMessageA(tb, TB_BUTTONCOUNT, 0, 0) == 0, "empty toolbar\n");
    DestroyWindow(tb);
    DestroyWindow(parent);
    DeleteObject(bmp);
    return test_done();
}
