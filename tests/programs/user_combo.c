/* The ComboBox control without a display: its parts (GetComboBoxInfo),
 * the CB_* messages and their errors, the text through the edit, the
 * drop-down opened and closed by messages, keys and the mouse, and the
 * CBN_* notifications. Every expectation is what Windows gives, checked
 * under Wine; heights follow the font, so they are compared with each
 * other, not with numbers. */
#include "test.h"

#define ID_COMBO 300

static BOOL is_wine(void)
{
    return GetProcAddress(GetModuleHandleA("ntdll"), "wine_get_version") != NULL;
}

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
    static const char *names[] = { "", "selchange", "dblclk", "setfocus", "killfocus", "editchange", "editupdate",
                                   "dropdown", "closeup", "selendok", "selendcancel" };
    if (msg == WM_COMMAND && LOWORD(wp) == ID_COMBO && HIWORD(wp) <= 10) logf_(names[HIWORD(wp)]);
    return DefWindowProcA(hwnd, msg, wp, lp);
}

static HWND make(HWND parent, DWORD style)
{
    return CreateWindowExA(0, "ComboBox", "", WS_CHILD | WS_VISIBLE | style, 10, 10, 150, 200, parent,
                           (HMENU)ID_COMBO, GetModuleHandleA(NULL), NULL);
}

static void test_messages(HWND parent)
{
    HWND cb = make(parent, CBS_DROPDOWN);
    char buf[64];
    DWORD start = 5, end = 5;
    INT i;

    ok(cb != NULL, "no ComboBox\n");
    ok(SendMessageA(cb, CB_GETCOUNT, 0, 0) == 0, "count\n");
    ok(SendMessageA(cb, CB_GETCURSEL, 0, 0) == CB_ERR, "cursel on empty\n");
    ok(SendMessageA(cb, CB_ADDSTRING, 0, (LPARAM)"beta") == 0, "add beta\n");
    ok(SendMessageA(cb, CB_ADDSTRING, 0, (LPARAM)"alpha") == 1, "add alpha (not sorted)\n");
    ok(SendMessageA(cb, CB_INSERTSTRING, 0, (LPARAM)"zero") == 0, "insert at 0\n");
    ok(SendMessageA(cb, CB_INSERTSTRING, -1, (LPARAM)"last") == 3, "insert at end\n");
    ok(SendMessageA(cb, CB_GETCOUNT, 0, 0) == 4, "count 4\n");
    ok(SendMessageA(cb, CB_GETLBTEXTLEN, 1, 0) == 4, "len\n");
    ok(SendMessageA(cb, CB_GETLBTEXTLEN, 9, 0) == CB_ERR, "len of a missing item\n");
    buf[0] = 0;
    ok(SendMessageA(cb, CB_GETLBTEXT, 2, (LPARAM)buf) == 5 && !strcmp(buf, "alpha"), "text %s\n", buf);
    ok(SendMessageA(cb, CB_GETLBTEXT, 9, (LPARAM)buf) == CB_ERR, "text of a missing item\n");
    ok(SendMessageA(cb, CB_FINDSTRING, -1, (LPARAM)"AL") == 2, "prefix search is case-blind\n");
    ok(SendMessageA(cb, CB_FINDSTRING, -1, (LPARAM)"x") == CB_ERR, "not found\n");
    ok(SendMessageA(cb, CB_FINDSTRINGEXACT, -1, (LPARAM)"alp") == CB_ERR, "exact on a prefix\n");
    ok(SendMessageA(cb, CB_FINDSTRINGEXACT, -1, (LPARAM)"LAST") == 3, "exact, case-blind\n");
    ok(SendMessageA(cb, CB_SETITEMDATA, 1, 1234) != CB_ERR, "setitemdata\n");
    ok(SendMessageA(cb, CB_GETITEMDATA, 1, 0) == 1234, "getitemdata\n");
    ok(SendMessageA(cb, CB_GETITEMDATA, 9, 0) == CB_ERR, "itemdata of a missing item\n");

    /* selection: the edit shows it; no notification for messages */
    log_buf[0] = 0;
    ok(SendMessageA(cb, CB_SETCURSEL, 1, 0) == 1, "setcursel\n");
    ok(SendMessageA(cb, CB_GETCURSEL, 0, 0) == 1, "cursel\n");
    GetWindowTextA(cb, buf, sizeof(buf));
    ok(!strcmp(buf, "beta"), "text %s\n", buf);
    ok(SendMessageA(cb, WM_GETTEXTLENGTH, 0, 0) == 4, "text length\n");
    ok(SendMessageA(cb, CB_SETCURSEL, 7, 0) == CB_ERR, "setcursel out of range\n");
    ok(SendMessageA(cb, CB_GETCURSEL, 0, 0) == 1, "out of range changed the selection\n");
    ok(SendMessageA(cb, CB_SETCURSEL, -1, 0) == CB_ERR, "setcursel -1\n");
    ok(SendMessageA(cb, CB_GETCURSEL, 0, 0) == CB_ERR, "-1 did not clear the selection\n");
    GetWindowTextA(cb, buf, sizeof(buf));
    ok(!strcmp(buf, ""), "text %s\n", buf);
    ok(SendMessageA(cb, CB_SELECTSTRING, -1, (LPARAM)"ze") == 0, "selectstring\n");
    GetWindowTextA(cb, buf, sizeof(buf));
    ok(!strcmp(buf, "zero"), "text %s\n", buf);
    ok(SendMessageA(cb, CB_SELECTSTRING, -1, (LPARAM)"q") == CB_ERR, "selectstring not found\n");
    ok(SendMessageA(cb, CB_GETCURSEL, 0, 0) == 0, "a failed selectstring keeps the selection\n");
    ok(!strcmp(log_buf, ""), "notifications: %s\n", log_buf);

    /* the text is the edit's; typing in it notifies */
    ok(SetWindowTextA(cb, "hello"), "SetWindowText failed\n");
    GetWindowTextA(cb, buf, sizeof(buf));
    ok(!strcmp(buf, "hello"), "text %s\n", buf);
    ok(SendMessageA(cb, CB_GETCURSEL, 0, 0) == 0, "setting the text keeps the selection\n");
    ok(SendMessageA(cb, CB_SETEDITSEL, 0, MAKELPARAM(1, 3)) == TRUE, "seteditsel\n");
    i = SendMessageA(cb, CB_GETEDITSEL, (WPARAM)&start, (LPARAM)&end);
    ok(i == MAKELONG(1, 3) && start == 1 && end == 3, "editsel %x %lu %lu\n", i, start, end);
    ok(SendMessageA(cb, CB_LIMITTEXT, 3, 0) == 0, "limittext returns EM_LIMITTEXT's 0\n");

    ok(SendMessageA(cb, CB_DELETESTRING, 0, 0) == 3, "delete returns the count left\n");
    ok(SendMessageA(cb, CB_DELETESTRING, 9, 0) == CB_ERR, "delete a missing item\n");
    ok(SendMessageA(cb, CB_RESETCONTENT, 0, 0) == TRUE, "resetcontent\n");
    ok(SendMessageA(cb, CB_GETCOUNT, 0, 0) == 0, "count after reset\n");
    DestroyWindow(cb);

    /* CBS_SORT */
    cb = make(parent, CBS_DROPDOWNLIST | CBS_SORT | CBS_HASSTRINGS);
    SendMessageA(cb, CB_ADDSTRING, 0, (LPARAM)"pear");
    SendMessageA(cb, CB_ADDSTRING, 0, (LPARAM)"Apple");
    ok(SendMessageA(cb, CB_ADDSTRING, 0, (LPARAM)"banana") == 1, "sorted position\n");
    SendMessageA(cb, CB_GETLBTEXT, 0, (LPARAM)buf);
    ok(!strcmp(buf, "Apple"), "first %s\n", buf);
    /* a drop-down list has no edit: its text is the selection */
    ok(SendMessageA(cb, CB_GETEDITSEL, 0, 0) == CB_ERR, "geteditsel without an edit\n");
    ok(SendMessageA(cb, CB_SETEDITSEL, 0, 0) == CB_ERR, "seteditsel without an edit\n");
    SendMessageA(cb, CB_SETCURSEL, 2, 0);
    GetWindowTextA(cb, buf, sizeof(buf));
    ok(!strcmp(buf, "pear"), "text %s\n", buf);
    DestroyWindow(cb);
}

static void test_geometry(HWND parent)
{
    HWND cb = make(parent, CBS_DROPDOWN), simple;
    COMBOBOXINFO info;
    RECT rc, client, dropped;
    INT field, item, i;

    GetWindowRect(cb, &rc);
    GetClientRect(cb, &client);
    field = SendMessageA(cb, CB_GETITEMHEIGHT, -1, 0);
    item = SendMessageA(cb, CB_GETITEMHEIGHT, 0, 0);
    trace("closed height %d, field %d, item %d\n", (int)(rc.bottom - rc.top), field, item);
    /* the window is the closed height, not the 200 asked for */
    ok(rc.bottom - rc.top < 100 && rc.bottom - rc.top > field, "height %d, field %d\n", (int)(rc.bottom - rc.top), field);
    ok(rc.right - rc.left == 150, "width %d\n", (int)(rc.right - rc.left));
    ok(item > 0 && item <= field + 4, "item height %d\n", item);

    memset(&info, 0, sizeof(info));
    ok(!GetComboBoxInfo(cb, &info), "cbSize 0 accepted\n");
    info.cbSize = sizeof(info);
    ok(GetComboBoxInfo(cb, &info), "GetComboBoxInfo failed\n");
    ok(info.hwndCombo == cb, "hwndCombo\n");
    ok(info.hwndItem && info.hwndItem != cb && GetParent(info.hwndItem) == cb, "hwndItem\n");
    ok(GetDlgCtrlID(info.hwndItem) == 1001, "edit id %d\n", GetDlgCtrlID(info.hwndItem));
    ok(info.hwndList && !IsWindowVisible(info.hwndList), "hwndList\n");
    {
        char cls[32];
        GetClassNameA(info.hwndList, cls, sizeof(cls));
        ok(!strcmp(cls, "ComboLBox"), "list class %s\n", cls);
        GetClassNameA(info.hwndItem, cls, sizeof(cls));
        ok(!strcmp(cls, "Edit"), "edit class %s\n", cls);
    }
    ok(info.rcButton.right <= client.right && info.rcButton.right - info.rcButton.left == GetSystemMetrics(SM_CXVSCROLL),
       "button %d..%d\n", (int)info.rcButton.left, (int)info.rcButton.right);
    ok(info.rcItem.right <= info.rcButton.left && info.rcItem.left > 0, "item %d..%d\n", (int)info.rcItem.left, (int)info.rcItem.right);
    ok(info.stateButton == 0, "state %lx\n", info.stateButton);
    ok(SendMessageA(cb, CB_GETCOMBOBOXINFO, 0, (LPARAM)&info), "CB_GETCOMBOBOXINFO failed\n");

    SendMessageA(cb, CB_GETDROPPEDCONTROLRECT, 0, (LPARAM)&dropped);
    /* the combo box's top left, the list's bottom right (Wine ends it
     * short: its list height from the top) */
    ok(dropped.left == rc.left && dropped.top == rc.top && dropped.right == rc.right &&
       (dropped.bottom == rc.top + 200 || (is_wine() && dropped.bottom > rc.bottom)),
       "dropped rect %d,%d-%d,%d\n", (int)dropped.left, (int)dropped.top, (int)dropped.right, (int)dropped.bottom);

    /* CB_SETITEMHEIGHT(-1) sets the edit's height: the field is 2 more
     * (its padding), and the window follows; it returns the height */
    i = SendMessageA(cb, CB_SETITEMHEIGHT, -1, field + 10);
    ok(i == field + 10, "setitemheight %d\n", i);
    ok(SendMessageA(cb, CB_GETITEMHEIGHT, -1, 0) == field + 12, "field height %d\n", (int)SendMessageA(cb, CB_GETITEMHEIGHT, -1, 0));
    GetWindowRect(cb, &client);
    ok(client.bottom - client.top == rc.bottom - rc.top + 12, "height %d\n", (int)(client.bottom - client.top));
    DestroyWindow(cb);

    /* CBS_SIMPLE: the list is a visible child; the window keeps its height; no button */
    simple = make(parent, CBS_SIMPLE);
    info.cbSize = sizeof(info);
    GetComboBoxInfo(simple, &info);
    GetWindowRect(simple, &rc);
    ok(rc.bottom - rc.top == 200, "simple height %d\n", (int)(rc.bottom - rc.top));
    ok(GetParent(info.hwndList) == simple && (GetWindowLongA(info.hwndList, GWL_STYLE) & WS_VISIBLE), "simple list\n");
    ok(info.stateButton == STATE_SYSTEM_INVISIBLE, "simple button state %lx\n", info.stateButton);
    DestroyWindow(simple);

    /* a drop-down list: the item is the combo box itself */
    cb = make(parent, CBS_DROPDOWNLIST);
    info.cbSize = sizeof(info);
    GetComboBoxInfo(cb, &info);
    ok(info.hwndItem == cb || info.hwndItem == NULL, "dropdownlist item %p\n", info.hwndItem);
    DestroyWindow(cb);
}

static void test_dropdown(HWND parent)
{
    HWND cb = make(parent, CBS_DROPDOWNLIST);
    COMBOBOXINFO info;
    char buf[32];

    SendMessageA(cb, CB_ADDSTRING, 0, (LPARAM)"one");
    SendMessageA(cb, CB_ADDSTRING, 0, (LPARAM)"two");
    SendMessageA(cb, CB_ADDSTRING, 0, (LPARAM)"three");
    info.cbSize = sizeof(info);
    GetComboBoxInfo(cb, &info);
    ok((SendMessageA(cb, WM_GETDLGCODE, 0, 0) & (DLGC_WANTARROWS | DLGC_WANTCHARS)) == (DLGC_WANTARROWS | DLGC_WANTCHARS),
       "dlgcode %x\n", (int)SendMessageA(cb, WM_GETDLGCODE, 0, 0));

    log_buf[0] = 0;
    ok(SendMessageA(cb, CB_SHOWDROPDOWN, TRUE, 0) == TRUE, "showdropdown\n");
    ok(SendMessageA(cb, CB_GETDROPPEDSTATE, 0, 0) == TRUE, "not dropped\n");
    ok(IsWindowVisible(info.hwndList) || !IsWindowVisible(parent), "list hidden\n");
    ok(!strcmp(log_buf, "dropdown "), "open: %s\n", log_buf);
    log_buf[0] = 0;
    SendMessageA(cb, CB_SHOWDROPDOWN, FALSE, 0);
    ok(SendMessageA(cb, CB_GETDROPPEDSTATE, 0, 0) == FALSE, "still dropped\n");
    ok(!strcmp(log_buf, "selendcancel closeup "), "close: %s\n", log_buf);

    /* the keyboard: arrows move the selection of a closed list, F4 opens, Enter closes */
    SetFocus(cb);
    log_buf[0] = 0;
    SendMessageA(cb, WM_KEYDOWN, VK_DOWN, 0);
    ok(SendMessageA(cb, CB_GETCURSEL, 0, 0) == 0, "cursel %d\n", (int)SendMessageA(cb, CB_GETCURSEL, 0, 0));
    SendMessageA(cb, WM_KEYDOWN, VK_DOWN, 0);
    ok(SendMessageA(cb, CB_GETCURSEL, 0, 0) == 1, "cursel %d\n", (int)SendMessageA(cb, CB_GETCURSEL, 0, 0));
    trace("arrows: %s\n", log_buf);
    ok(!strcmp(log_buf, "selendok selchange selendok selchange "), "arrows: %s\n", log_buf);
    GetWindowTextA(cb, buf, sizeof(buf));
    ok(!strcmp(buf, "two"), "text %s\n", buf);
    log_buf[0] = 0;
    SendMessageA(cb, WM_KEYDOWN, VK_F4, 0);
    ok(SendMessageA(cb, CB_GETDROPPEDSTATE, 0, 0) == TRUE, "F4 did not open\n");
    SendMessageA(cb, WM_KEYDOWN, VK_RETURN, 0);
    ok(SendMessageA(cb, CB_GETDROPPEDSTATE, 0, 0) == FALSE, "Enter did not close\n");
    trace("F4, Enter: %s\n", log_buf);
    ok(strstr(log_buf, "dropdown") && strstr(log_buf, "selendok") && strstr(log_buf, "closeup"), "F4 Enter: %s\n", log_buf);
    log_buf[0] = 0;
    SendMessageA(cb, WM_KEYDOWN, VK_F4, 0);
    SendMessageA(cb, WM_KEYDOWN, VK_ESCAPE, 0);
    ok(SendMessageA(cb, CB_GETDROPPEDSTATE, 0, 0) == FALSE, "Esc did not close\n");
    ok(strstr(log_buf, "selendcancel") && strstr(log_buf, "closeup"), "F4 Esc: %s\n", log_buf);
    DestroyWindow(cb);
}

static void test_edit_notify(HWND parent)
{
    HWND cb = make(parent, CBS_DROPDOWN);
    COMBOBOXINFO info;

    info.cbSize = sizeof(info);
    GetComboBoxInfo(cb, &info);
    /* the edit wants the arrows: they move the list's selection */
    ok(SendMessageA(info.hwndItem, WM_GETDLGCODE, 0, 0) & DLGC_WANTARROWS, "edit dlgcode %x\n",
       (int)SendMessageA(info.hwndItem, WM_GETDLGCODE, 0, 0));
    SendMessageA(cb, CB_ADDSTRING, 0, (LPARAM)"first");
    SendMessageA(cb, CB_ADDSTRING, 0, (LPARAM)"second");
    SendMessageA(info.hwndItem, WM_KEYDOWN, VK_DOWN, 0);
    ok(SendMessageA(cb, CB_GETCURSEL, 0, 0) == 0, "Down in the edit: cursel %d\n", (int)SendMessageA(cb, CB_GETCURSEL, 0, 0));
    SendMessageA(info.hwndItem, WM_KEYDOWN, VK_F4, 0);
    ok(SendMessageA(cb, CB_GETDROPPEDSTATE, 0, 0) == TRUE, "F4 in the edit did not open\n");
    /* as typed: the key, then its character */
    SendMessageA(info.hwndItem, WM_KEYDOWN, VK_ESCAPE, 0);
    SendMessageA(info.hwndItem, WM_CHAR, 27, 0);
    ok(SendMessageA(cb, CB_GETDROPPEDSTATE, 0, 0) == FALSE, "Esc in the edit did not close\n");
    SendMessageA(cb, CB_RESETCONTENT, 0, 0);
    log_buf[0] = 0;
    SendMessageA(info.hwndItem, WM_CHAR, 'x', 0);
    ok(!strcmp(log_buf, "editupdate editchange "), "typing: %s\n", log_buf);
    log_buf[0] = 0;
    SendMessageA(cb, CB_ADDSTRING, 0, (LPARAM)"abc");
    SendMessageA(cb, CB_SETCURSEL, 0, 0);
    ok(!strcmp(log_buf, ""), "setcursel: %s\n", log_buf);
    DestroyWindow(cb);
}

static void test_mouse(HWND parent)
{
    HWND cb = make(parent, CBS_DROPDOWN);
    COMBOBOXINFO info;
    INT item;
    char buf[32];

    SendMessageA(cb, CB_ADDSTRING, 0, (LPARAM)"red");
    SendMessageA(cb, CB_ADDSTRING, 0, (LPARAM)"green");
    SendMessageA(cb, CB_ADDSTRING, 0, (LPARAM)"blue");
    info.cbSize = sizeof(info);
    GetComboBoxInfo(cb, &info);
    /* a press on the button opens the list */
    log_buf[0] = 0;
    SendMessageA(cb, WM_LBUTTONDOWN, MK_LBUTTON,
                 MAKELPARAM((info.rcButton.left + info.rcButton.right) / 2, (info.rcButton.top + info.rcButton.bottom) / 2));
    SendMessageA(cb, WM_LBUTTONUP, 0,
                 MAKELPARAM((info.rcButton.left + info.rcButton.right) / 2, (info.rcButton.top + info.rcButton.bottom) / 2));
    ok(SendMessageA(cb, CB_GETDROPPEDSTATE, 0, 0) == TRUE, "the button did not open the list\n");
    trace("button: %s\n", log_buf);
    ok(strstr(log_buf, "dropdown") != NULL, "button: %s\n", log_buf);
    /* a click on the second item selects it and closes the list */
    log_buf[0] = 0;
    item = SendMessageA(info.hwndList, LB_GETITEMHEIGHT, 0, 0);
    SendMessageA(info.hwndList, WM_LBUTTONDOWN, MK_LBUTTON, MAKELPARAM(10, item + item / 2));
    SendMessageA(info.hwndList, WM_LBUTTONUP, 0, MAKELPARAM(10, item + item / 2));
    trace("item click: %s\n", log_buf);
    ok(SendMessageA(cb, CB_GETCURSEL, 0, 0) == 1, "cursel %d\n", (int)SendMessageA(cb, CB_GETCURSEL, 0, 0));
    ok(SendMessageA(cb, CB_GETDROPPEDSTATE, 0, 0) == FALSE, "the list stayed open\n");
    ok(!strcmp(log_buf, "selendok closeup selchange "), "item click: %s\n", log_buf);
    GetWindowTextA(cb, buf, sizeof(buf));
    ok(!strcmp(buf, "green"), "text %s\n", buf);
    DestroyWindow(cb);
}

int main(void)
{
    WNDCLASSA wc = { 0 };
    HWND parent;

    wc.lpfnWndProc = parent_proc;
    wc.lpszClassName = "combo_parent";
    wc.hInstance = GetModuleHandleA(NULL);
    RegisterClassA(&wc);
    parent = CreateWindowExA(0, "combo_parent", "", WS_OVERLAPPEDWINDOW, 0, 0, 400, 300, 0, 0, GetModuleHandleA(NULL), 0);
    ok(parent != NULL, "no parent\n");
    test_messages(parent);
    test_geometry(parent);
    test_dropdown(parent);
    test_edit_notify(parent);
    test_mouse(parent);
    DestroyWindow(parent);
    return test_done();
}
