/* BeginDeferWindowPos / DeferWindowPos / EndDeferWindowPos: positions
 * applied together, a second entry for a window merging into the first,
 * bad handles failing. Expectations from Wine. */
#include "test.h"

static HWND make_child(HWND parent, int id)
{
    return CreateWindowExA(0, "static", "", WS_CHILD | WS_VISIBLE, 0, 0, 10, 10, parent, (HMENU)(INT_PTR)id,
                           NULL, NULL);
}

static void child_rect(HWND parent, HWND child, RECT *rc)
{
    GetWindowRect(child, rc);
    MapWindowPoints(NULL, parent, (POINT *)rc, 2);
}

int main(void)
{
    RECT rc;
    HWND parent = CreateWindowExA(0, "static", "parent", WS_OVERLAPPEDWINDOW, 0, 0, 300, 300, NULL, NULL, NULL, NULL);
    HWND a = make_child(parent, 1), b = make_child(parent, 2);
    ok(parent && a && b, "windows");

    HDWP dwp = BeginDeferWindowPos(2);
    ok(dwp != NULL, "BeginDeferWindowPos");
    dwp = DeferWindowPos(dwp, a, NULL, 5, 6, 50, 60, SWP_NOZORDER);
    ok(dwp != NULL, "DeferWindowPos a");
    dwp = DeferWindowPos(dwp, b, NULL, 100, 110, 20, 30, SWP_NOZORDER);
    ok(dwp != NULL, "DeferWindowPos b");
    /* nothing moves before EndDeferWindowPos */
    child_rect(parent, a, &rc);
    ok(rc.left == 0 && rc.top == 0 && rc.right == 10, "a not moved yet: %d,%d-%d", (int)rc.left, (int)rc.top,
       (int)rc.right);
    /* a second entry for a: only its size changes */
    dwp = DeferWindowPos(dwp, a, NULL, 0, 0, 70, 80, SWP_NOZORDER | SWP_NOMOVE);
    ok(dwp != NULL, "DeferWindowPos a again");
    ok(EndDeferWindowPos(dwp), "EndDeferWindowPos");
    child_rect(parent, a, &rc);
    ok(rc.left == 5 && rc.top == 6 && rc.right == 75 && rc.bottom == 86, "a %d,%d-%d,%d", (int)rc.left, (int)rc.top,
       (int)rc.right, (int)rc.bottom);
    child_rect(parent, b, &rc);
    ok(rc.left == 100 && rc.top == 110 && rc.right == 120 && rc.bottom == 140, "b %d,%d-%d,%d", (int)rc.left,
       (int)rc.top, (int)rc.right, (int)rc.bottom);

    /* an ended HDWP is gone; a bad window fails */
    ok(!EndDeferWindowPos(dwp), "ending twice fails");
    ok(!DeferWindowPos(dwp, a, NULL, 1, 1, 1, 1, SWP_NOZORDER), "a stale HDWP fails");
    dwp = BeginDeferWindowPos(0);
    ok(dwp != NULL, "BeginDeferWindowPos(0)");
    SetLastError(0xdeadbeef);
    ok(!DeferWindowPos(dwp, (HWND)0xdead0, NULL, 1, 1, 1, 1, SWP_NOZORDER), "a bad window fails");
    ok(GetLastError() == ERROR_INVALID_WINDOW_HANDLE, "error %lu", GetLastError());
    SetLastError(0xdeadbeef);
    ok(!BeginDeferWindowPos(-1), "a negative count fails");
    ok(GetLastError() == ERROR_INVALID_PARAMETER, "error %lu", GetLastError());
    DestroyWindow(parent);
    return test_done();
}
