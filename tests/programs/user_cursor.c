/* The cursor's state without a display: ShowCursor's count, SetCursorPos
 * and GetCursorPos, ClipCursor's rectangle (kept inside the screen,
 * clamping the position set), GetCursorInfo's showing flag. */
#include <windows.h>
#include "test.h"

int main(void)
{
    RECT clip = { 50, 60, 150, 160 }, got, screen = { 0, 0, GetSystemMetrics(SM_CXSCREEN), GetSystemMetrics(SM_CYSCREEN) };
    RECT huge = { -100, -100, 100000, 100000 };
    CURSORINFO info = { sizeof(info) };
    POINT pt;
    int n;

    /* the count starts at 0 with a mouse: down and up by one */
    n = ShowCursor(FALSE);
    ok(n == -1, "ShowCursor(FALSE) gave %d", n);
    n = GetCursorInfo(&info);
    /* Wine still says CURSOR_SHOWING here; Windows documents flags 0 for a
     * hidden cursor */
    if (!GetProcAddress(GetModuleHandleA("ntdll"), "wine_get_version"))
        ok(n && !(info.flags & CURSOR_SHOWING), "hidden: flags %lx", info.flags);
    n = ShowCursor(FALSE);
    ok(n == -2, "ShowCursor(FALSE) again gave %d", n);
    n = ShowCursor(TRUE);
    ok(n == -1, "ShowCursor(TRUE) gave %d", n);
    n = ShowCursor(TRUE);
    ok(n == 0, "ShowCursor(TRUE) again gave %d", n);
    n = GetCursorInfo(&info);
    ok(n && (info.flags & CURSOR_SHOWING), "shown: flags %lx", info.flags);

    ok(SetCursorPos(100, 120), "SetCursorPos");
    n = GetCursorPos(&pt);
    ok(n && pt.x == 100 && pt.y == 120, "GetCursorPos %ld,%ld", pt.x, pt.y);

    /* the rectangle clamps what is set, and the position when it is set */
    ok(ClipCursor(&clip), "ClipCursor");
    n = GetClipCursor(&got);
    ok(n && EqualRect(&got, &clip), "GetClipCursor %ld,%ld-%ld,%ld", got.left, got.top, got.right,
       got.bottom);
    ok(SetCursorPos(0, 0), "SetCursorPos(0,0)");
    n = GetCursorPos(&pt);
    ok(n && pt.x == 50 && pt.y == 60, "clamped to the top left: %ld,%ld", pt.x, pt.y);
    ok(SetCursorPos(500, 500), "SetCursorPos(500,500)");
    n = GetCursorPos(&pt);
    ok(n && pt.x == 149 && pt.y == 159, "clamped to the bottom right, inside: %ld,%ld", pt.x, pt.y);
    ok(ClipCursor(NULL), "ClipCursor(NULL)");
    n = GetClipCursor(&got);
    ok(n && EqualRect(&got, &screen), "unclipped: the screen, got %ld,%ld-%ld,%ld", got.left,
       got.top, got.right, got.bottom);
    n = SetCursorPos(10, 20) && GetCursorPos(&pt);
    ok(n && pt.x == 10 && pt.y == 20, "free again: %ld,%ld", pt.x, pt.y);

    /* a rectangle beyond the screen is cut to it */
    ok(ClipCursor(&huge), "ClipCursor(huge)");
    n = GetClipCursor(&got);
    ok(n && EqualRect(&got, &screen), "cut to the screen: %ld,%ld-%ld,%ld", got.left, got.top,
       got.right, got.bottom);
    ClipCursor(NULL);
    ok(!GetCursorPos(NULL), "GetCursorPos(NULL) fails");
    return test_done();
}
