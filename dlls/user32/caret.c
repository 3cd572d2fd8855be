/*
 * Carets: one per thread, as on Windows. The caret is drawn by inverting
 * its rectangle in the window's DC (a bitmap caret is drawn as a solid
 * one of the given size) and does not blink: it is drawn when shown
 * and erased when hidden, moved or destroyed. A control that paints
 * hides the caret around its drawing so that the inversion stays right.
 */
#include "user_private.h"
#include "gdiload.h"

#define SM_CXBORDER 5
#define SM_CYBORDER 6


struct caret {
    HWND hwnd;
    INT width, height, x, y;
    INT hidden;      /* HideCaret count; shown when 0 */
    BOOL drawn;      /* the inversion is on screen */
};
static __thread struct caret caret;
static UINT blink_time = 530;   /* Windows' default; under the lock */

static void invert(void)
{
    const struct user_gdi *g = user_gdi();
    HDC hdc;

    if (!g || !caret.hwnd || !IsWindow(caret.hwnd) || !(hdc = GetDC(caret.hwnd))) return;
    g->pat_blt(hdc, caret.x, caret.y, caret.width, caret.height, DSTINVERT);
    ReleaseDC(caret.hwnd, hdc);
    caret.drawn = !caret.drawn;
}

static void update(void)
{
    BOOL want = caret.hwnd && !caret.hidden && IsWindowVisible(caret.hwnd);
    if (want != caret.drawn) invert();
}

WINUSERAPI BOOL WINAPI CreateCaret(HWND hwnd, HBITMAP bitmap, INT width, INT height)
{
    if (!IsWindow(hwnd)) {
        SetLastError(ERROR_INVALID_WINDOW_HANDLE);
        return FALSE;
    }
    DestroyCaret();
    (void)bitmap;   /* a bitmap caret is drawn as a solid one of the given size */
    caret.hwnd = hwnd;
    caret.width = width ? width : GetSystemMetrics(SM_CXBORDER);
    caret.height = height ? height : GetSystemMetrics(SM_CYBORDER);
    caret.x = caret.y = 0;
    caret.hidden = 1;   /* a new caret is hidden */
    caret.drawn = FALSE;
    return TRUE;
}

WINUSERAPI BOOL WINAPI DestroyCaret(void)
{
    if (!caret.hwnd) return FALSE;
    caret.hidden = 1;
    update();
    caret.hwnd = NULL;
    return TRUE;
}

WINUSERAPI BOOL WINAPI ShowCaret(HWND hwnd)
{
    if (!caret.hwnd || (hwnd && hwnd != caret.hwnd) || !caret.hidden) return FALSE;
    caret.hidden--;
    update();
    return TRUE;
}

WINUSERAPI BOOL WINAPI HideCaret(HWND hwnd)
{
    if (!caret.hwnd || (hwnd && hwnd != caret.hwnd)) return FALSE;
    caret.hidden++;
    update();
    return TRUE;
}

WINUSERAPI BOOL WINAPI SetCaretPos(INT x, INT y)
{
    BOOL was;
    if (!caret.hwnd) return FALSE;
    if (x == caret.x && y == caret.y) return TRUE;
    was = caret.drawn;
    if (was) invert();
    caret.x = x;
    caret.y = y;
    update();
    return TRUE;
}

WINUSERAPI BOOL WINAPI GetCaretPos(POINT *pt)
{
    if (!pt || !caret.hwnd) return FALSE;
    pt->x = caret.x;
    pt->y = caret.y;
    return TRUE;
}

/* the window's caret is erased while it paints (BeginPaint hides it on Windows) */
void caret_paint_begin(HWND hwnd)
{
    if (caret.hwnd == hwnd && caret.drawn) invert();
}

void caret_paint_end(HWND hwnd)
{
    if (caret.hwnd == hwnd) update();
}

WINUSERAPI UINT WINAPI GetCaretBlinkTime(void)
{
    UINT ret;
    user_lock();
    ret = blink_time;
    user_unlock();
    return ret;
}

WINUSERAPI BOOL WINAPI SetCaretBlinkTime(UINT ms)
{
    user_lock();
    blink_time = ms;
    user_unlock();
    return TRUE;
}
