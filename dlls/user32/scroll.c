/*
 * ScrollDC and ScrollWindow(Ex): moving pixels within a window's DC and
 * invalidating what the move uncovered. Coordinates are the DC's device
 * units (MM_TEXT, as Windows assumes for these calls).
 */
#include "user_private.h"
#include "gdiload.h"

#define DCX_USESTYLE 0x00010000   /* dce.c */
WINUSERAPI HDC WINAPI GetDCEx(HWND, HRGN, DWORD);
WINUSERAPI BOOL WINAPI InvalidateRgn(HWND, HRGN, BOOL);
WINUSERAPI BOOL WINAPI ScreenToClient(HWND, POINT *);

/* Scrolls SCROLL (NULL: the clip box) by DX,DY within CLIP (NULL: the
 * clip box) in HDC; UPDATE_RGN / UPDATE_RECT get the part of the
 * scrolled-over area the move did not fill. */
static BOOL scroll_dc(const struct user_gdi *g, HDC hdc, INT dx, INT dy, const RECT *scroll, const RECT *clip,
                      HRGN update_rgn, RECT *update_rect)
{
    RECT box, src, dst, area;
    HRGN update, moved;

    if (g->get_clip_box(hdc, &box) == ERROR) return FALSE;
    area = scroll ? *scroll : box;
    if (clip) IntersectRect(&area, &area, clip);
    IntersectRect(&area, &area, &box);
    /* the pixels that land inside AREA come from AREA shifted back */
    src = area;
    OffsetRect(&src, -dx, -dy);
    IntersectRect(&src, &src, &area);
    dst = src;
    OffsetRect(&dst, dx, dy);
    if (dst.right > dst.left && dst.bottom > dst.top)
        g->bit_blt(hdc, dst.left, dst.top, dst.right - dst.left, dst.bottom - dst.top, hdc, src.left, src.top, SRCCOPY);
    update = g->create_rect_rgn(area.left, area.top, area.right, area.bottom);
    moved = g->create_rect_rgn(dst.left, dst.top, dst.right, dst.bottom);
    if (update && moved) g->combine_rgn(update, update, moved, RGN_DIFF);
    if (update_rgn && update) g->combine_rgn(update_rgn, update, NULL, RGN_COPY);
    if (update_rect) {
        *update_rect = (RECT){ 0, 0, 0, 0 };
        if (update) g->get_rgn_box(update, update_rect);
    }
    if (update) g->delete_object(update);
    if (moved) g->delete_object(moved);
    return TRUE;
}

WINUSERAPI BOOL WINAPI ScrollDC(HDC hdc, INT dx, INT dy, const RECT *scroll, const RECT *clip, HRGN update_rgn,
                                RECT *update_rect)
{
    const struct user_gdi *g = user_gdi();
    return g && hdc && scroll_dc(g, hdc, dx, dy, scroll, clip, update_rgn, update_rect);
}

WINUSERAPI INT WINAPI ScrollWindowEx(HWND hwnd, INT dx, INT dy, const RECT *scroll, const RECT *clip,
                                     HRGN update_rgn, RECT *update_rect, UINT flags)
{
    const struct user_gdi *g = user_gdi();
    HRGN update;
    HDC hdc;
    INT ret = ERROR;
    RECT box;

    if (!g || !IsWindow(hwnd)) return ERROR;
    if (!(update = g->create_rect_rgn(0, 0, 0, 0))) return ERROR;
    if ((hdc = GetDCEx(hwnd, NULL, DCX_USESTYLE))) {
        if (scroll_dc(g, hdc, dx, dy, scroll, clip, update, update_rect)) ret = g->get_rgn_box(update, &box);
        ReleaseDC(hwnd, hdc);
    }
    if (ret != ERROR) {
        if (update_rgn) g->combine_rgn(update_rgn, update, NULL, RGN_COPY);
        if (flags & SW_INVALIDATE) InvalidateRgn(hwnd, update, (flags & SW_ERASE) != 0);
        if (flags & SW_SCROLLCHILDREN) {
            for (HWND child = GetWindow(hwnd, GW_CHILD); child; child = GetWindow(child, GW_HWNDNEXT)) {
                RECT r;
                POINT pt;
                GetWindowRect(child, &r);
                pt.x = r.left;
                pt.y = r.top;
                ScreenToClient(hwnd, &pt);
                SetWindowPos(child, NULL, pt.x + dx, pt.y + dy, 0, 0, SWP_NOSIZE | SWP_NOZORDER | SWP_NOACTIVATE);
            }
        }
    }
    g->delete_object(update);
    return ret;
}

WINUSERAPI BOOL WINAPI ScrollWindow(HWND hwnd, INT dx, INT dy, const RECT *scroll, const RECT *clip)
{
    return ScrollWindowEx(hwnd, dx, dy, scroll, clip, NULL, NULL, SW_INVALIDATE | SW_ERASE) != ERROR;
}
