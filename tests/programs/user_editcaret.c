/* user32: the Edit control's caret follows typing: after characters
 * arrive (WM_CHAR), GetCaretPos is where the next character goes, on the
 * next line after a line break. Expectations from Wine (xvfb-run). */
#include "test.h"

static POINT caret(void)
{
    POINT pt = { -1, -1 };
    GetCaretPos(&pt);
    return pt;
}

int main(void)
{
    HWND top = CreateWindowA("STATIC", "top", WS_POPUP | WS_VISIBLE, 0, 0, 300, 200, NULL, NULL, NULL, NULL);
    HWND edit = CreateWindowA("EDIT", "", WS_CHILD | WS_VISIBLE | ES_MULTILINE, 0, 0, 300, 200, top, NULL, NULL, NULL);
    POINT start, one, two, next_line;
    LRESULT pos;

    SetFocus(edit);
    ok(GetFocus() == edit, "the edit has the focus");
    start = caret();
    SendMessageA(edit, WM_CHAR, 'a', 1);
    one = caret();
    SendMessageA(edit, WM_CHAR, 'b', 1);
    two = caret();
    ok(one.x > start.x && two.x > one.x && one.y == start.y && two.y == start.y,
       "the caret moves right with each character: %ld, %ld, %ld", start.x, one.x, two.x);
    pos = SendMessageA(edit, EM_POSFROMCHAR, 1, 0);
    ok((short)LOWORD(pos) == one.x, "after one character it is where the second one starts: %d %ld",
       (short)LOWORD(pos), one.x);
    SendMessageA(edit, WM_CHAR, '\r', 1);
    next_line = caret();
    ok(next_line.y > two.y && next_line.x == start.x, "a line break takes it to the next line's start: %ld,%ld",
       next_line.x, next_line.y);
    SendMessageA(edit, EM_REPLACESEL, FALSE, (LPARAM)"xyz");
    ok(caret().x > next_line.x, "EM_REPLACESEL moves it too");
    DestroyWindow(top);
    return test_done();
}
