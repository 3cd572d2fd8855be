/* The Edit control without a display: selection (EM_GETSEL's packing),
 * EM_REPLACESEL, the text limit, undo, typing with WM_CHAR and WM_KEYDOWN,
 * the styles that filter input, notifications, lines of a multi-line
 * control, scrolling, the mouse, the clipboard and carets. Every
 * expectation is what Windows gives, checked under Wine. Line wrapping
 * depends on the font's metrics, which differ between Windows' fonts and
 * the substitutes winrun draws with, so wrapped lines are checked for
 * their structure (breaks after a space, lengths adding up) rather than
 * for where exactly they break. */
#include "test.h"

#define ID_EDIT 100

static char log_buf[2048];
static void logf_(const char *s)
{
    if (strlen(log_buf) + strlen(s) + 2 < sizeof(log_buf)) {
        strcat(log_buf, s);
        strcat(log_buf, " ");
    }
}

static LRESULT CALLBACK parent_proc(HWND hwnd, UINT msg, WPARAM wp, LPARAM lp)
{
    if (msg == WM_COMMAND && LOWORD(wp) == ID_EDIT) {
        switch (HIWORD(wp)) {
        case EN_CHANGE: logf_("change"); break;
        case EN_UPDATE: logf_("update"); break;
        case EN_MAXTEXT: logf_("maxtext"); break;
        case EN_SETFOCUS: logf_("setfocus"); break;
        case EN_KILLFOCUS: logf_("killfocus"); break;
        }
        return 0;
    }
    return DefWindowProcW(hwnd, msg, wp, lp);
}

static HWND parent;
static int is_wine;

static HWND make_edit(DWORD style, const WCHAR *text, int w, int h)
{
    return CreateWindowExW(0, L"Edit", text, WS_CHILD | WS_VISIBLE | style, 10, 10, w, h, parent,
                           (HMENU)ID_EDIT, GetModuleHandleW(NULL), NULL);
}

static const char *text_of(HWND edit)
{
    static char buf[512];
    GetWindowTextA(edit, buf, sizeof(buf));
    return buf;
}

static void test_selection(void)
{
    HWND e = make_edit(WS_BORDER | ES_AUTOHSCROLL, L"hello", 200, 24);
    DWORD s = 1, t = 1;
    LRESULT r;

    ok(e != NULL, "created the edit");
    ok(SendMessageW(e, WM_GETTEXTLENGTH, 0, 0) == 5, "text length");
    r = SendMessageW(e, EM_GETSEL, (WPARAM)&s, (LPARAM)&t);
    ok(r == 0 && s == 0 && t == 0, "initial selection %lx %lu %lu", (unsigned long)r, s, t);
    SendMessageW(e, EM_SETSEL, 1, 3);
    r = SendMessageW(e, EM_GETSEL, (WPARAM)&s, (LPARAM)&t);
    ok(r == MAKELONG(1, 3) && s == 1 && t == 3, "EM_GETSEL packs start and end: %lx", (unsigned long)r);
    SendMessageW(e, EM_SETSEL, 3, 1);
    r = SendMessageW(e, EM_GETSEL, 0, 0);
    ok(r == MAKELONG(1, 3), "a reversed selection is reported in order: %lx", (unsigned long)r);
    SendMessageW(e, EM_SETSEL, 0, -1);
    ok(SendMessageW(e, EM_GETSEL, 0, 0) == MAKELONG(0, 5), "0,-1 selects all");
    SendMessageW(e, EM_SETSEL, 2, 100);
    ok(SendMessageW(e, EM_GETSEL, 0, 0) == MAKELONG(2, 5), "the end is clamped");
    SendMessageW(e, EM_SETSEL, -1, 0);
    r = SendMessageW(e, EM_GETSEL, 0, 0);
    ok(r == MAKELONG(5, 5), "-1 deselects, keeping the caret: %lx", (unsigned long)r);

    SendMessageW(e, EM_SETSEL, 2, 5);
    log_buf[0] = 0;
    SendMessageW(e, EM_REPLACESEL, TRUE, (LPARAM)L"XY");
    ok(!strcmp(text_of(e), "heXY"), "EM_REPLACESEL: %s", text_of(e));
    ok(SendMessageW(e, EM_GETSEL, 0, 0) == MAKELONG(4, 4), "the caret follows the insertion");
    ok(!strcmp(log_buf, "update change "), "EM_REPLACESEL notifies: %s", log_buf);
    ok(SendMessageW(e, EM_GETMODIFY, 0, 0) != 0, "modified");
    SendMessageW(e, EM_SETMODIFY, FALSE, 0);
    ok(SendMessageW(e, EM_GETMODIFY, 0, 0) == 0, "EM_SETMODIFY");

    ok(SendMessageW(e, EM_CANUNDO, 0, 0) != 0, "can undo");
    r = SendMessageW(e, EM_UNDO, 0, 0);
    ok(r == TRUE && !strcmp(text_of(e), "hello"), "EM_UNDO: %d %s", (int)r, text_of(e));
    r = SendMessageW(e, EM_GETSEL, 0, 0);
    ok(r == MAKELONG(2, 5), "undo selects what it brought back: %lx", (unsigned long)r);
    ok(SendMessageW(e, EM_CANUNDO, 0, 0) != 0, "undo can be undone");
    SendMessageW(e, WM_UNDO, 0, 0);
    ok(!strcmp(text_of(e), "heXY"), "a second undo redoes: %s", text_of(e));
    SendMessageW(e, EM_EMPTYUNDOBUFFER, 0, 0);
    ok(SendMessageW(e, EM_CANUNDO, 0, 0) == 0, "EM_EMPTYUNDOBUFFER");

    log_buf[0] = 0;
    SetWindowTextW(e, L"abc");
    ok(!strcmp(text_of(e), "abc"), "WM_SETTEXT");
    ok(!strcmp(log_buf, "update change ") || !strcmp(log_buf, "change "), "WM_SETTEXT notifies: %s", log_buf);
    ok(SendMessageW(e, EM_GETSEL, 0, 0) == 0, "WM_SETTEXT puts the caret at 0");
    ok(SendMessageW(e, EM_GETMODIFY, 0, 0) == 0, "WM_SETTEXT is no modification");
    ok(SendMessageW(e, EM_CANUNDO, 0, 0) == 0, "WM_SETTEXT cannot be undone");

    ok(SendMessageW(e, EM_GETLIMITTEXT, 0, 0) == 30000, "default limit %d", (int)SendMessageW(e, EM_GETLIMITTEXT, 0, 0));
    SendMessageW(e, EM_LIMITTEXT, 5, 0);
    SendMessageW(e, EM_SETSEL, 3, 3);
    log_buf[0] = 0;
    SendMessageW(e, EM_REPLACESEL, FALSE, (LPARAM)L"defgh");
    ok(!strcmp(text_of(e), "abcde"), "the limit cuts the insertion: %s", text_of(e));
    ok(strstr(log_buf, "maxtext") != NULL, "EN_MAXTEXT: %s", log_buf);
    SetWindowTextW(e, L"longer than five");
    ok(!strcmp(text_of(e), "longer than five"), "WM_SETTEXT ignores the limit");
    SendMessageW(e, EM_LIMITTEXT, 0, 0);
    r = SendMessageW(e, EM_GETLIMITTEXT, 0, 0);
    ok(r == 0x7ffffffe, "limit 0 on a single line: %lx", (unsigned long)r);
    ok(SendMessageW(e, EM_GETLINECOUNT, 0, 0) == 1, "a single line");
    ok(SendMessageW(e, EM_LINELENGTH, 3, 0) == 16, "EM_LINELENGTH of a single line");
    ok(SendMessageW(e, WM_GETDLGCODE, 0, 0) == (DLGC_WANTCHARS | DLGC_HASSETSEL | DLGC_WANTARROWS),
       "single-line WM_GETDLGCODE %x", (int)SendMessageW(e, WM_GETDLGCODE, 0, 0));
    DestroyWindow(e);
}

static void test_typing(void)
{
    HWND e = make_edit(WS_BORDER | ES_AUTOHSCROLL, L"", 200, 24);
    LRESULT r;

    SetFocus(e);
    log_buf[0] = 0;
    SendMessageW(e, WM_CHAR, 'a', 0);
    SendMessageW(e, WM_CHAR, 'b', 0);
    SendMessageW(e, WM_CHAR, 'c', 0);
    ok(!strcmp(text_of(e), "abc"), "typed: %s", text_of(e));
    ok(!strcmp(log_buf, "update change update change update change "), "each key notifies: %s", log_buf);
    SendMessageW(e, WM_CHAR, '\b', 0);
    ok(!strcmp(text_of(e), "ab"), "backspace: %s", text_of(e));
    SendMessageW(e, WM_KEYDOWN, VK_HOME, 0);
    ok(SendMessageW(e, EM_GETSEL, 0, 0) == 0, "Home");
    SendMessageW(e, WM_KEYDOWN, VK_RIGHT, 0);
    ok(SendMessageW(e, EM_GETSEL, 0, 0) == MAKELONG(1, 1), "Right");
    SendMessageW(e, WM_KEYDOWN, VK_DELETE, 0);
    ok(!strcmp(text_of(e), "a"), "Delete: %s", text_of(e));
    SendMessageW(e, WM_CHAR, 'z', 0);
    SendMessageW(e, WM_KEYDOWN, VK_END, 0);
    ok(SendMessageW(e, EM_GETSEL, 0, 0) == MAKELONG(2, 2), "End");
    SendMessageW(e, WM_KEYDOWN, VK_LEFT, 0);
    ok(SendMessageW(e, EM_GETSEL, 0, 0) == MAKELONG(1, 1), "Left");
    SendMessageW(e, WM_CHAR, '\r', 0);
    ok(!strcmp(text_of(e), "az"), "Enter does nothing in a single line: %s", text_of(e));
    SendMessageW(e, WM_CHAR, 0x01, 0);   /* Ctrl+A */
    r = SendMessageW(e, EM_GETSEL, 0, 0);
    ok(r == MAKELONG(1, 1), "Ctrl+A is no command of the edit: %lx", (unsigned long)r);
    DestroyWindow(e);

    e = make_edit(ES_NUMBER, L"", 100, 24);
    SendMessageW(e, WM_CHAR, 'x', 0);
    SendMessageW(e, WM_CHAR, '5', 0);
    ok(!strcmp(text_of(e), "5"), "ES_NUMBER takes digits only: %s", text_of(e));
    DestroyWindow(e);

    e = make_edit(ES_UPPERCASE, L"", 100, 24);
    SendMessageW(e, WM_CHAR, 'q', 0);
    ok(!strcmp(text_of(e), "Q"), "ES_UPPERCASE: %s", text_of(e));
    DestroyWindow(e);
    e = make_edit(ES_LOWERCASE, L"", 100, 24);
    SendMessageW(e, EM_REPLACESEL, 0, (LPARAM)L"MiX");
    ok(!strcmp(text_of(e), "mix"), "ES_LOWERCASE on EM_REPLACESEL: %s", text_of(e));
    DestroyWindow(e);

    e = make_edit(ES_READONLY, L"fixed", 100, 24);
    SendMessageW(e, WM_CHAR, 'q', 0);
    ok(!strcmp(text_of(e), "fixed"), "ES_READONLY ignores keys: %s", text_of(e));
    r = SendMessageW(e, EM_SETREADONLY, FALSE, 0);
    ok(r == TRUE && !(GetWindowLongW(e, GWL_STYLE) & ES_READONLY), "EM_SETREADONLY clears the style");
    SendMessageW(e, WM_CHAR, 'q', 0);
    ok(!strcmp(text_of(e), "qfixed"), "then takes keys: %s", text_of(e));
    DestroyWindow(e);

    e = make_edit(ES_PASSWORD, L"secret", 100, 24);
    ok(SendMessageW(e, EM_GETPASSWORDCHAR, 0, 0) == '*', "password char %x", (int)SendMessageW(e, EM_GETPASSWORDCHAR, 0, 0));
    ok(!strcmp(text_of(e), "secret"), "WM_GETTEXT gives the real text");
    SendMessageW(e, EM_SETPASSWORDCHAR, 0, 0);
    ok(!(GetWindowLongW(e, GWL_STYLE) & ES_PASSWORD), "EM_SETPASSWORDCHAR 0 clears ES_PASSWORD");
    SendMessageW(e, EM_SETPASSWORDCHAR, '#', 0);
    ok(SendMessageW(e, EM_GETPASSWORDCHAR, 0, 0) == '#' && (GetWindowLongW(e, GWL_STYLE) & ES_PASSWORD), "EM_SETPASSWORDCHAR #");
    DestroyWindow(e);
}

static void test_multiline(void)
{
    HWND e = make_edit(WS_BORDER | ES_MULTILINE | ES_AUTOHSCROLL, L"one\r\ntwo\r\nthree", 150, 60);
    WCHAR buf[16];
    MSG msg;
    int lh;

    /* without ES_AUTOVSCROLL a line more than the control shows is refused;
     * the control is made exactly 3 lines of its font high */
    lh = HIWORD(SendMessageW(e, EM_POSFROMCHAR, 5, 0)) - HIWORD(SendMessageW(e, EM_POSFROMCHAR, 0, 0));
    ok(lh > 8, "line height %d", lh);
    SetWindowPos(e, NULL, 0, 0, 150, 3 * lh + 4, SWP_NOMOVE | SWP_NOZORDER);
    ok(SendMessageW(e, EM_GETLINECOUNT, 0, 0) == 3, "3 lines");
    SendMessageW(e, EM_SETSEL, 3, 3);
    log_buf[0] = 0;
    SendMessageW(e, EM_REPLACESEL, TRUE, (LPARAM)L"\r\n");
    ok(!strcmp(text_of(e), "one\r\ntwo\r\nthree"), "no room for a line: %s", text_of(e));
    ok(strstr(log_buf, "maxtext") != NULL, "EN_MAXTEXT: %s", log_buf);
    DestroyWindow(e);
    e = make_edit(WS_BORDER | ES_MULTILINE | ES_AUTOHSCROLL | ES_AUTOVSCROLL, L"one\r\ntwo\r\nthree", 150, 60);
    LRESULT r;
    POINT pt;

    ok(SendMessageW(e, EM_GETLINECOUNT, 0, 0) == 3, "3 lines");
    ok(SendMessageW(e, EM_LINEINDEX, 0, 0) == 0, "line 0 at 0");
    ok(SendMessageW(e, EM_LINEINDEX, 1, 0) == 5, "line 1 at 5");
    ok(SendMessageW(e, EM_LINEINDEX, 2, 0) == 10, "line 2 at 10");
    ok(SendMessageW(e, EM_LINEINDEX, 3, 0) == -1, "no line 3");
    ok(SendMessageW(e, EM_LINELENGTH, 5, 0) == 3, "line length of char 5");
    ok(SendMessageW(e, EM_LINELENGTH, 12, 0) == 5, "line length of char 12");
    ok(SendMessageW(e, EM_LINEFROMCHAR, 6, 0) == 1, "char 6 on line 1");
    ok(SendMessageW(e, EM_LINEFROMCHAR, 4, 0) == 0, "the break belongs to line 0");
    ok(SendMessageW(e, EM_LINEFROMCHAR, 100, 0) == 2, "beyond the end: the last line");
    SendMessageW(e, EM_SETSEL, 7, 7);
    ok(SendMessageW(e, EM_LINEINDEX, -1, 0) == 5, "EM_LINEINDEX -1: the caret's line");
    ok(SendMessageW(e, EM_LINEFROMCHAR, -1, 0) == 1, "EM_LINEFROMCHAR -1: the caret's line");
    SendMessageW(e, EM_SETSEL, 1, 7);
    r = SendMessageW(e, EM_LINELENGTH, -1, 0);
    ok(r == 2, "EM_LINELENGTH -1: unselected characters on the selected lines: %d", (int)r);
    buf[0] = 10;
    r = SendMessageW(e, EM_GETLINE, 2, (LPARAM)buf);
    ok(r == 5 && !memcmp(buf, L"three", 10), "EM_GETLINE 2: %d", (int)r);
    buf[0] = 2;
    buf[2] = 'x';
    r = SendMessageW(e, EM_GETLINE, 1, (LPARAM)buf);
    ok(r == 2 && buf[0] == 't' && buf[1] == 'w' && buf[2] == 'x', "EM_GETLINE cut at the buffer: %d", (int)r);
    ok(SendMessageW(e, EM_GETLINE, 7, (LPARAM)buf) == 0, "EM_GETLINE of no line");

    SendMessageW(e, EM_SETSEL, 3, 3);
    SendMessageW(e, WM_CHAR, '\r', 0);
    /* outside a dialog Enter breaks the line (a multi-line edit knows it is
     * in a dialog once IsDialogMessage sent it WM_GETDLGCODE with a message) */
    ok(!strcmp(text_of(e), "one\r\n\r\ntwo\r\nthree"), "Enter breaks the line: %s", text_of(e));
    SetWindowTextW(e, L"one\r\ntwo\r\nthree");
    SendMessageW(e, EM_SETSEL, 3, 3);
    SendMessageW(e, EM_REPLACESEL, TRUE, (LPARAM)L"\r\n");
    ok(!strcmp(text_of(e), "one\r\n\r\ntwo\r\nthree"), "a line break replaced in: %s", text_of(e));
    ok(SendMessageW(e, EM_GETSEL, 0, 0) == MAKELONG(5, 5), "after the break");
    ok(SendMessageW(e, EM_GETLINECOUNT, 0, 0) == 4, "4 lines");
    SendMessageW(e, WM_KEYDOWN, VK_LEFT, 0);
    ok(SendMessageW(e, EM_GETSEL, 0, 0) == MAKELONG(3, 3), "Left steps over the break as one");
    SendMessageW(e, WM_KEYDOWN, VK_DOWN, 0);
    ok(SendMessageW(e, EM_GETSEL, 0, 0) == MAKELONG(5, 5), "Down goes to the empty line");
    SendMessageW(e, WM_KEYDOWN, VK_DOWN, 0);
    r = SendMessageW(e, EM_GETSEL, 0, 0);
    ok(r == MAKELONG(7, 7), "Down from an empty line goes to the next line's start: %lx", (unsigned long)r);
    SendMessageW(e, WM_KEYDOWN, VK_END, 0);
    ok(SendMessageW(e, EM_GETSEL, 0, 0) == MAKELONG(10, 10), "End of line");
    SendMessageW(e, WM_KEYDOWN, VK_HOME, 0);
    ok(SendMessageW(e, EM_GETSEL, 0, 0) == MAKELONG(7, 7), "Home of line");
    SendMessageW(e, WM_CHAR, '\b', 0);
    SendMessageW(e, WM_CHAR, '\b', 0);
    SendMessageW(e, WM_CHAR, '\b', 0);
    ok(!strcmp(text_of(e), "ontwo\r\nthree"), "backspace takes a line break as one: %s", text_of(e));
    r = SendMessageW(e, WM_GETDLGCODE, 0, 0);
    ok(r == (DLGC_WANTCHARS | DLGC_HASSETSEL | DLGC_WANTARROWS | DLGC_WANTALLKEYS), "multi-line WM_GETDLGCODE %x", (int)r);
    msg.hwnd = e;
    msg.message = WM_KEYDOWN;
    msg.wParam = VK_RETURN;
    msg.lParam = 0;
    SendMessageW(e, WM_GETDLGCODE, VK_RETURN, (LPARAM)&msg);
    SendMessageW(e, WM_CHAR, '\r', 0);
    ok(!strcmp(text_of(e), "ontwo\r\nthree"), "once asked WM_GETDLGCODE with a message, Enter is the dialog's: %s", text_of(e));

    r = SendMessageW(e, EM_POSFROMCHAR, 0, 0);
    ok(r != -1, "EM_POSFROMCHAR 0");
    pt.x = (short)LOWORD(r);
    pt.y = (short)HIWORD(r);
    r = SendMessageW(e, EM_CHARFROMPOS, 0, MAKELPARAM(pt.x, pt.y + 1));
    ok(r == 0, "EM_CHARFROMPOS of char 0's point: %lx", (unsigned long)r);
    SetWindowTextW(e, L"one\r\ntwo\r\nthree");
    r = SendMessageW(e, EM_POSFROMCHAR, 10, 0);
    ok((short)LOWORD(r) == pt.x && (short)HIWORD(r) > pt.y, "line 2 starts below line 0 at the same x: %lx", (unsigned long)r);
    r = SendMessageW(e, EM_CHARFROMPOS, 0, MAKELPARAM(LOWORD(r), HIWORD(r) + 1));
    ok(r == MAKELONG(10, 2), "EM_CHARFROMPOS gives char and line: %lx", (unsigned long)r);
    ok(SendMessageW(e, EM_POSFROMCHAR, 17, 0) == -1, "EM_POSFROMCHAR beyond the text");
    ok(SendMessageW(e, EM_POSFROMCHAR, 15, 0) == -1, "EM_POSFROMCHAR at the end: no character there");
    DestroyWindow(e);
}

static void test_wrap_scroll(void)
{
    static const WCHAR text[] = L"alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi "
                                L"omicron pi rho sigma tau upsilon phi chi psi omega";
    HWND e = make_edit(WS_BORDER | ES_MULTILINE, text, 100, 60);
    int lines = (int)SendMessageW(e, EM_GETLINECOUNT, 0, 0), i, sum = 0, good = 1;
    LRESULT r;
    RECT rc, client;

    ok(lines > 4, "the text wraps: %d lines", lines);
    for (i = 0; i < lines; i++) {
        int start = (int)SendMessageW(e, EM_LINEINDEX, i, 0);
        int len = (int)SendMessageW(e, EM_LINELENGTH, start, 0);
        int next = i + 1 < lines ? (int)SendMessageW(e, EM_LINEINDEX, i + 1, 0) : (int)wcslen(text);
        if (start != sum || next < start + len) good = 0;
        /* a soft break comes after a space */
        if (i + 1 < lines && text[next - 1] != ' ') good = 0;
        sum = next;
    }
    ok(good && sum == (int)wcslen(text), "wrapped lines follow each other and break after spaces");
    ok(SendMessageW(e, EM_GETFIRSTVISIBLELINE, 0, 0) == 0, "first visible line 0");
    ok(SendMessageW(e, EM_LINESCROLL, 0, 2) == TRUE, "EM_LINESCROLL");
    ok(SendMessageW(e, EM_GETFIRSTVISIBLELINE, 0, 0) == 2, "scrolled 2 lines");
    r = SendMessageW(e, EM_SCROLL, SB_LINEUP, 0);
    ok(r == MAKELONG(-1, TRUE), "EM_SCROLL SB_LINEUP: %lx", (unsigned long)r);
    ok(SendMessageW(e, EM_GETFIRSTVISIBLELINE, 0, 0) == 1, "scrolled back one");
    ok(SendMessageW(e, EM_SCROLL, 99, 0) == FALSE, "EM_SCROLL of an unknown action");
    SendMessageW(e, EM_SETSEL, 0, 0);
    SendMessageW(e, EM_SCROLLCARET, 0, 0);
    ok(SendMessageW(e, EM_GETFIRSTVISIBLELINE, 0, 0) == 0, "EM_SCROLLCARET brings the caret's line in");
    SendMessageW(e, EM_LINESCROLL, 0, 1000);
    r = SendMessageW(e, EM_GETFIRSTVISIBLELINE, 0, 0);
    ok(r > 0 && r < lines, "EM_LINESCROLL stops at the end: %d of %d", (int)r, lines);

    SendMessageW(e, EM_GETRECT, 0, (LPARAM)&rc);
    GetClientRect(e, &client);
    ok(rc.left >= client.left && rc.right <= client.right && rc.top >= client.top && rc.right > rc.left,
       "EM_GETRECT within the client area");
    SendMessageW(e, EM_SETMARGINS, EC_LEFTMARGIN | EC_RIGHTMARGIN, MAKELONG(5, 7));
    r = SendMessageW(e, EM_GETMARGINS, 0, 0);
    ok(r == MAKELONG(5, 7), "EM_GETMARGINS %lx", (unsigned long)r);
    SetRect(&rc, 10, 5, 80, 40);
    SendMessageW(e, EM_SETRECT, 0, (LPARAM)&rc);
    SendMessageW(e, EM_GETRECT, 0, (LPARAM)&rc);
    /* inside the border (SM_CXBORDER + 1) and the margins, whole lines high */
    ok(rc.left == 17 && rc.top == 7 && rc.right == 71 && rc.bottom > rc.top && rc.bottom <= 38,
       "EM_SETRECT: %d,%d-%d,%d", (int)rc.left, (int)rc.top, (int)rc.right, (int)rc.bottom);
    ok(SendMessageW(e, EM_GETLINECOUNT, 0, 0) >= lines, "a narrower rectangle wraps more");
    DestroyWindow(e);

    e = make_edit(WS_BORDER | ES_AUTOHSCROLL, L"x", 100, 24);
    ok(SendMessageW(e, EM_LINESCROLL, 0, 1) == FALSE, "EM_LINESCROLL on a single line");
    DestroyWindow(e);
}

static void test_mouse_focus(void)
{
    HWND e = make_edit(WS_BORDER | ES_AUTOHSCROLL, L"hello world", 200, 24), other;
    LRESULT r;
    POINT pt;
    HFONT font;

    log_buf[0] = 0;
    SetFocus(e);
    ok(GetFocus() == e && !strcmp(log_buf, "setfocus "), "EN_SETFOCUS: %s", log_buf);
    ok(GetCaretPos(&pt), "the focused edit has a caret");
    r = SendMessageW(e, EM_POSFROMCHAR, 2, 0);
    SendMessageW(e, WM_LBUTTONDOWN, MK_LBUTTON, MAKELPARAM(LOWORD(r), HIWORD(r) + 2));
    SendMessageW(e, WM_LBUTTONUP, 0, MAKELPARAM(LOWORD(r), HIWORD(r) + 2));
    ok(SendMessageW(e, EM_GETSEL, 0, 0) == MAKELONG(2, 2), "a click puts the caret: %lx", (unsigned long)SendMessageW(e, EM_GETSEL, 0, 0));
    GetCaretPos(&pt);
    ok(pt.x == (short)LOWORD(r), "the caret is at the char: %d vs %d", (int)pt.x, (int)(short)LOWORD(r));
    r = SendMessageW(e, EM_POSFROMCHAR, 7, 0);
    SendMessageW(e, WM_LBUTTONDOWN, MK_LBUTTON, MAKELPARAM(LOWORD(r), HIWORD(r) + 2));
    SendMessageW(e, WM_LBUTTONUP, 0, MAKELPARAM(LOWORD(r), HIWORD(r) + 2));
    SendMessageW(e, WM_LBUTTONDBLCLK, MK_LBUTTON, MAKELPARAM(LOWORD(r), HIWORD(r) + 2));
    SendMessageW(e, WM_LBUTTONUP, 0, MAKELPARAM(LOWORD(r), HIWORD(r) + 2));
    r = SendMessageW(e, EM_GETSEL, 0, 0);
    ok(r == MAKELONG(6, 11), "a double click selects the word: %lx", (unsigned long)r);
    r = SendMessageW(e, EM_POSFROMCHAR, 1, 0);
    SendMessageW(e, WM_LBUTTONDOWN, MK_LBUTTON, MAKELPARAM(LOWORD(r), HIWORD(r) + 2));
    ok(GetCapture() == e, "the edit captures the mouse");
    r = SendMessageW(e, EM_POSFROMCHAR, 4, 0);
    SendMessageW(e, WM_MOUSEMOVE, MK_LBUTTON, MAKELPARAM(LOWORD(r), HIWORD(r) + 2));
    SendMessageW(e, WM_LBUTTONUP, 0, MAKELPARAM(LOWORD(r), HIWORD(r) + 2));
    ok(SendMessageW(e, EM_GETSEL, 0, 0) == MAKELONG(1, 4), "dragging selects");
    ok(GetCapture() == NULL, "released");

    font = (HFONT)GetStockObject(ANSI_VAR_FONT);
    SendMessageW(e, WM_SETFONT, (WPARAM)font, FALSE);
    ok((HFONT)SendMessageW(e, WM_GETFONT, 0, 0) == font, "WM_GETFONT");

    other = make_edit(0, L"", 50, 24);
    log_buf[0] = 0;
    SetFocus(other);
    ok(!strncmp(log_buf, "killfocus ", 10), "EN_KILLFOCUS: %s", log_buf);
    DestroyWindow(other);
    DestroyWindow(e);
}

static void test_clipboard(void)
{
    HWND e = make_edit(WS_BORDER | ES_AUTOHSCROLL, L"copy me", 200, 24);
    HGLOBAL h;
    char *p;
    WCHAR *w;

    SendMessageW(e, EM_SETSEL, 0, 4);
    SendMessageW(e, WM_COPY, 0, 0);
    ok(IsClipboardFormatAvailable(CF_UNICODETEXT), "CF_UNICODETEXT after WM_COPY");
    ok(IsClipboardFormatAvailable(CF_TEXT), "CF_TEXT is synthesized");
    ok(OpenClipboard(NULL), "OpenClipboard");
    h = GetClipboardData(CF_TEXT);
    p = h ? GlobalLock(h) : NULL;
    ok(p && !strcmp(p, "copy"), "CF_TEXT from the edit: %s", p ? p : "(null)");
    if (p) GlobalUnlock(h);
    ok(CloseClipboard(), "CloseClipboard");
    ok(!CloseClipboard(), "CloseClipboard when not open");
    ok(GetClipboardData(CF_TEXT) == NULL, "GetClipboardData when not open");

    SendMessageW(e, EM_SETSEL, 7, 7);
    SendMessageW(e, WM_PASTE, 0, 0);
    ok(!strcmp(text_of(e), "copy mecopy"), "WM_PASTE: %s", text_of(e));
    SendMessageW(e, EM_SETSEL, 0, 5);
    SendMessageW(e, WM_CUT, 0, 0);
    ok(!strcmp(text_of(e), "mecopy"), "WM_CUT: %s", text_of(e));
    SendMessageW(e, EM_SETSEL, 0, 2);
    SendMessageW(e, WM_CLEAR, 0, 0);
    ok(!strcmp(text_of(e), "copy"), "WM_CLEAR: %s", text_of(e));
    SendMessageW(e, EM_SETSEL, 4, 4);
    SendMessageW(e, WM_PASTE, 0, 0);
    ok(!strcmp(text_of(e), "copycopy "), "WM_CUT put its text on the clipboard: %s", text_of(e));

    /* ANSI text in, Unicode out */
    ok(OpenClipboard(parent), "OpenClipboard");
    ok(EmptyClipboard(), "EmptyClipboard");
    ok(GetClipboardOwner() == parent, "the owner is the window that emptied it");
    h = GlobalAlloc(GMEM_MOVEABLE, 6);
    p = GlobalLock(h);
    strcpy(p, "ansi!");
    GlobalUnlock(h);
    ok(SetClipboardData(CF_TEXT, h) == h, "SetClipboardData");
    ok(CloseClipboard(), "CloseClipboard");
    /* Windows synthesizes the other text formats once the clipboard is closed */
    ok(OpenClipboard(parent), "OpenClipboard");
    h = GetClipboardData(CF_UNICODETEXT);
    w = h ? GlobalLock(h) : NULL;
    ok(w && !wcscmp(w, L"ansi!"), "CF_UNICODETEXT synthesized from CF_TEXT");
    if (w) GlobalUnlock(h);
    ok(IsClipboardFormatAvailable(CF_OEMTEXT), "CF_OEMTEXT too");
    ok(GetOpenClipboardWindow() == parent, "GetOpenClipboardWindow");
    ok(CloseClipboard(), "CloseClipboard");
    SendMessageW(e, WM_SETTEXT, 0, (LPARAM)L"");
    SendMessageW(e, WM_PASTE, 0, 0);
    ok(!strcmp(text_of(e), "ansi!"), "the edit pastes ANSI text: %s", text_of(e));
    ok(SetClipboardData(CF_TEXT, NULL) == NULL, "SetClipboardData when not open");
    DestroyWindow(e);
}

static void test_ansi(void)
{
    HWND e = make_edit(WS_BORDER | ES_MULTILINE | ES_AUTOVSCROLL, L"", 200, 60);
    char buf[16];
    LRESULT r;

    SendMessageA(e, EM_REPLACESEL, FALSE, (LPARAM)"first\r\nsecond");
    ok(!strcmp(text_of(e), "first\r\nsecond"), "EM_REPLACESEL A: %s", text_of(e));
    memset(buf, 'x', sizeof(buf));
    *(WORD *)buf = 10;
    r = SendMessageA(e, EM_GETLINE, 1, (LPARAM)buf);
    ok(r == 6 && !memcmp(buf, "second", 6), "EM_GETLINE A: %d", (int)r);
    DestroyWindow(e);
}

static WPARAM dlg_command;
static INT_PTR CALLBACK dlg_proc(HWND hwnd, UINT msg, WPARAM wp, LPARAM lp)
{
    if (msg == WM_COMMAND && (LOWORD(wp) == IDOK || LOWORD(wp) == IDCANCEL)) dlg_command = wp;
    (void)hwnd;
    (void)lp;
    return msg == WM_INITDIALOG;
}

/* a multi-line edit in a dialog gives Enter to the default button and Esc to the dialog */
static void test_in_dialog(void)
{
    static WORD tmpl[16];
    DLGTEMPLATE *t = (DLGTEMPLATE *)tmpl;
    HWND dlg, e, ok_button;
    MSG msg;

    memset(tmpl, 0, sizeof(tmpl));
    t->style = WS_POPUP | WS_VISIBLE;
    t->cx = 150;
    t->cy = 100;
    dlg = CreateDialogIndirectParamW(GetModuleHandleW(NULL), t, parent, dlg_proc, 0);
    ok(dlg != NULL, "dialog");
    e = CreateWindowExW(0, L"Edit", L"", WS_CHILD | WS_VISIBLE | WS_TABSTOP | ES_MULTILINE | ES_AUTOVSCROLL, 5, 5, 100, 60,
                        dlg, (HMENU)50, NULL, NULL);
    ok_button = CreateWindowExW(0, L"Button", L"OK", WS_CHILD | WS_VISIBLE | WS_TABSTOP | BS_DEFPUSHBUTTON, 5, 70, 50, 20,
                                dlg, (HMENU)IDOK, NULL, NULL);
    SendMessageW(dlg, DM_SETDEFID, IDOK, 0);
    SetFocus(e);
    while (PeekMessageW(&msg, NULL, 0, 0, PM_REMOVE)) DispatchMessageW(&msg);

    dlg_command = 0;
    msg.hwnd = e;
    msg.message = WM_KEYDOWN;
    msg.wParam = VK_RETURN;
    msg.lParam = 0;
    msg.time = 0;
    msg.pt.x = msg.pt.y = 0;
    ok(IsDialogMessageW(dlg, &msg), "IsDialogMessage takes Enter");
    msg.message = WM_CHAR;
    msg.wParam = '\r';
    IsDialogMessageW(dlg, &msg);
    while (PeekMessageW(&msg, NULL, 0, 0, PM_REMOVE))
        if (!IsDialogMessageW(dlg, &msg)) DispatchMessageW(&msg);
    ok(GetWindowTextLengthW(e) == 0, "Enter inserted nothing: %d", GetWindowTextLengthW(e));
    ok(LOWORD(dlg_command) == IDOK, "Enter reached the default button: %x", (int)dlg_command);
    ok(ok_button != NULL, "button");
    DestroyWindow(dlg);
}

static void test_caret(void)
{
    HWND w = CreateWindowExW(0, L"Static", L"", WS_CHILD | WS_VISIBLE, 0, 0, 50, 50, parent, NULL, NULL, NULL);
    POINT pt;

    ok(CreateCaret(w, NULL, 2, 10), "CreateCaret");
    ok(SetCaretPos(5, 6), "SetCaretPos");
    ok(GetCaretPos(&pt) && pt.x == 5 && pt.y == 6, "GetCaretPos");
    ok(ShowCaret(w), "ShowCaret");
    ok(HideCaret(w), "HideCaret");
    ok(DestroyCaret(), "DestroyCaret");
    ok(!ShowCaret(w), "ShowCaret without a caret");
    ok(GetCaretBlinkTime() > 0, "GetCaretBlinkTime");
    DestroyWindow(w);
}

/* GetScrollInfo's range, page and position as "min max page pos" */
static const char *bar_of(HWND e, int bar)
{
    static char buf[64];
    SCROLLINFO si = { sizeof(si), SIF_RANGE | SIF_PAGE | SIF_POS };
    if (!GetScrollInfo(e, bar, &si)) return "none";
    sprintf(buf, "%d %d %u %d", si.nMin, si.nMax, si.nPage, si.nPos);
    return buf;
}

/* A multi-line control keeps its own bars in step with the text: lines
 * vertically, pixels horizontally; WM_VSCROLL and WM_HSCROLL scroll it.
 * 80 pixels high with a border hold 4 lines of the system font (16). */
static void test_scroll_bars(void)
{
    HWND e = make_edit(WS_BORDER | ES_MULTILINE | ES_AUTOVSCROLL | WS_VSCROLL, L"", 150, 80);
    SCROLLINFO si = { sizeof(si), SIF_RANGE | SIF_PAGE | SIF_POS };
    int i, w, room;
    RECT rc;

    SetWindowTextW(e, L"1\r\n2\r\n3\r\n4\r\n5\r\n6\r\n7\r\n8\r\n9\r\n10\r\n11\r\n12");
    ok(!strcmp(bar_of(e, SB_VERT), "0 11 4 0"), "vertical bar after WM_SETTEXT: %s", bar_of(e, SB_VERT));
    SendMessageW(e, EM_LINESCROLL, 0, 3);
    ok(!strcmp(bar_of(e, SB_VERT), "0 11 4 3"), "after EM_LINESCROLL: %s", bar_of(e, SB_VERT));
    SendMessageW(e, EM_SCROLL, SB_LINEDOWN, 0);
    ok(!strcmp(bar_of(e, SB_VERT), "0 11 4 4"), "after EM_SCROLL: %s", bar_of(e, SB_VERT));
    ok(SendMessageW(e, WM_VSCROLL, SB_LINEDOWN, 0) == 0, "WM_VSCROLL returns 0");
    ok(SendMessageW(e, EM_GETFIRSTVISIBLELINE, 0, 0) == 5 && !strcmp(bar_of(e, SB_VERT), "0 11 4 5"),
       "SB_LINEDOWN: %s", bar_of(e, SB_VERT));
    SendMessageW(e, WM_VSCROLL, SB_LINEUP, 0);
    ok(SendMessageW(e, EM_GETFIRSTVISIBLELINE, 0, 0) == 4, "SB_LINEUP");
    SendMessageW(e, WM_VSCROLL, SB_PAGEDOWN, 0);
    ok(!strcmp(bar_of(e, SB_VERT), "0 11 4 8"), "SB_PAGEDOWN: %s", bar_of(e, SB_VERT));
    SendMessageW(e, WM_VSCROLL, SB_PAGEUP, 0);
    ok(SendMessageW(e, EM_GETFIRSTVISIBLELINE, 0, 0) == 4, "SB_PAGEUP");
    SendMessageW(e, WM_VSCROLL, SB_TOP, 0);
    ok(!strcmp(bar_of(e, SB_VERT), "0 11 4 0"), "SB_TOP: %s", bar_of(e, SB_VERT));
    SendMessageW(e, WM_VSCROLL, SB_BOTTOM, 0);
    ok(!strcmp(bar_of(e, SB_VERT), "0 11 4 8"), "SB_BOTTOM stops at the last page: %s", bar_of(e, SB_VERT));
    /* while the thumb is dragged the text follows and the bar is left alone */
    SendMessageW(e, WM_VSCROLL, MAKEWPARAM(SB_THUMBTRACK, 2), 0);
    ok(SendMessageW(e, EM_GETFIRSTVISIBLELINE, 0, 0) == 2 && !strcmp(bar_of(e, SB_VERT), "0 11 4 8"),
       "SB_THUMBTRACK: %s", bar_of(e, SB_VERT));
    SendMessageW(e, WM_VSCROLL, MAKEWPARAM(SB_THUMBPOSITION, 4), 0);
    ok(!strcmp(bar_of(e, SB_VERT), "0 11 4 4"), "SB_THUMBPOSITION: %s", bar_of(e, SB_VERT));
    SendMessageW(e, WM_VSCROLL, MAKEWPARAM(SB_THUMBPOSITION, 100), 0);
    ok(!strcmp(bar_of(e, SB_VERT), "0 11 4 8"), "SB_THUMBPOSITION past the end: %s", bar_of(e, SB_VERT));
    SendMessageW(e, EM_SETSEL, 0, 0);
    SendMessageW(e, EM_SCROLLCARET, 0, 0);
    ok(!strcmp(bar_of(e, SB_VERT), "0 11 4 0"), "EM_SCROLLCARET: %s", bar_of(e, SB_VERT));
    SendMessageW(e, EM_SETSEL, -1, -1);
    for (i = 0; i < 3; i++) {
        SendMessageW(e, WM_CHAR, '\r', 0);
        SendMessageW(e, WM_CHAR, 'x', 0);
    }
    ok(!strcmp(bar_of(e, SB_VERT), "0 14 4 0"), "typing lines: %s", bar_of(e, SB_VERT));
    DestroyWindow(e);

    e = make_edit(WS_BORDER | ES_MULTILINE | WS_VSCROLL, L"a\r\nb\r\nc\r\nd\r\ne\r\nf\r\ng\r\nh", 150, 80);
    ok(!strcmp(bar_of(e, SB_VERT), "0 7 4 0"), "created with text: %s", bar_of(e, SB_VERT));
    DestroyWindow(e);

    /* horizontally: the page is the format width, the range the widest
     * line plus a page; a line is an average character, a page a third
     * of the width in whole characters (widths depend on the font) */
    e = make_edit(WS_BORDER | ES_MULTILINE | ES_AUTOHSCROLL | WS_HSCROLL | WS_VSCROLL, L"", 150, 80);
    SetWindowTextW(e, L"a much longer line of text that goes far beyond the edge of the control\r\nb");
    SendMessageW(e, EM_GETRECT, 0, (LPARAM)&rc);
    room = rc.right - rc.left;
    GetScrollInfo(e, SB_HORZ, &si);
    ok(si.nMin == 0 && (int)si.nPage == room && si.nMax > 2 * room && si.nPos == 0,
       "horizontal bar: %s, format width %d", bar_of(e, SB_HORZ), room);
    ok(!strcmp(bar_of(e, SB_VERT), "0 1 2 0"), "its vertical bar: %s", bar_of(e, SB_VERT));
    SendMessageW(e, WM_HSCROLL, SB_LINERIGHT, 0);
    GetScrollInfo(e, SB_HORZ, &si);
    w = si.nPos;
    ok(w > 3 && w < 20, "SB_LINERIGHT: one character, %d", w);
    SendMessageW(e, EM_LINESCROLL, 4, 0);
    GetScrollInfo(e, SB_HORZ, &si);
    ok(si.nPos == 5 * w, "EM_LINESCROLL 4 characters more: %d", si.nPos);
    SendMessageW(e, WM_HSCROLL, SB_LINELEFT, 0);
    GetScrollInfo(e, SB_HORZ, &si);
    ok(si.nPos == 4 * w, "SB_LINELEFT: %d", si.nPos);
    SendMessageW(e, WM_HSCROLL, SB_PAGERIGHT, 0);
    GetScrollInfo(e, SB_HORZ, &si);
    ok(si.nPos == 4 * w + room / 3 / w * w, "SB_PAGERIGHT: %d", si.nPos);
    SendMessageW(e, WM_HSCROLL, SB_PAGELEFT, 0);
    GetScrollInfo(e, SB_HORZ, &si);
    ok(si.nPos == 4 * w, "SB_PAGELEFT: %d", si.nPos);
    SendMessageW(e, WM_HSCROLL, SB_LEFT, 0);
    GetScrollInfo(e, SB_HORZ, &si);
    ok(si.nPos == 0, "SB_LEFT: %d", si.nPos);
    SendMessageW(e, WM_HSCROLL, SB_RIGHT, 0);
    GetScrollInfo(e, SB_HORZ, &si);
    ok(si.nPos == si.nMax - (int)si.nPage + 1, "SB_RIGHT: the end of the widest line, %s", bar_of(e, SB_HORZ));
    SendMessageW(e, WM_HSCROLL, MAKEWPARAM(SB_THUMBPOSITION, 30), 0);
    GetScrollInfo(e, SB_HORZ, &si);
    ok(si.nPos == 30, "SB_THUMBPOSITION: %d", si.nPos);
    DestroyWindow(e);
}

int main(void)
{
    WNDCLASSW wc = { 0 };

    is_wine = GetProcAddress(GetModuleHandleA("ntdll"), "wine_get_version") != NULL;
    wc.lpfnWndProc = parent_proc;
    wc.hInstance = GetModuleHandleW(NULL);
    wc.lpszClassName = L"EditTestParent";
    RegisterClassW(&wc);
    parent = CreateWindowExW(0, L"EditTestParent", L"edit test", WS_OVERLAPPEDWINDOW | WS_VISIBLE, 0, 0, 400, 300,
                             NULL, NULL, wc.hInstance, NULL);
    ok(parent != NULL, "parent window");
    test_selection();
    test_typing();
    test_multiline();
    test_wrap_scroll();
    test_scroll_bars();
    test_mouse_focus();
    test_clipboard();
    test_ansi();
    test_in_dialog();
    test_caret();
    DestroyWindow(parent);
    return test_done();
}
