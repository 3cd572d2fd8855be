/* Dialogs without a display: templates in memory and from a resource,
 * WM_INITDIALOG and the first focus, dialog units, IsDialogMessage
 * navigation with synthetic keys, button states and BN_CLICKED,
 * Get/SetDlgItemInt, modal DialogBox loops ended from a timer. Every
 * expectation is what Windows gives, checked under Wine. */
#include "test.h"

#define ID_LABEL 100
#define ID_CHECK 101
#define ID_RADIO1 102
#define ID_RADIO2 103
#define ID_NUMBER 104
#define ID_3STATE 105

static char log_buf[2048];
static void logf_(const char *s)
{
    if (strlen(log_buf) + strlen(s) + 2 < sizeof(log_buf)) {
        strcat(log_buf, s);
        strcat(log_buf, " ");
    }
}

static HWND init_focus_param;
static WPARAM last_command;
static LPARAM last_command_lp;
static int commands;

static INT_PTR CALLBACK dlg_proc(HWND hwnd, UINT msg, WPARAM wp, LPARAM lp)
{
    switch (msg) {
    case WM_SETFONT: logf_("setfont"); break;
    case WM_INITDIALOG:
        logf_("initdialog");
        init_focus_param = (HWND)wp;
        ok(lp == 1234, "WM_INITDIALOG lParam %d", (int)lp);
        return TRUE;
    case WM_COMMAND:
        last_command = wp;
        last_command_lp = lp;
        commands++;
        return TRUE;
    }
    (void)hwnd;
    return FALSE;
}

/* a DLGTEMPLATE built by hand: DS_SETFONT "MS Shell Dlg" 8 pt */
static WORD tmpl_buf[1024];
static WORD *put_str(WORD *p, const WCHAR *s)
{
    do *p++ = *s; while (*s++);
    return p;
}
static WORD *put_item(WORD *p, DWORD style, short x, short y, short cx, short cy, WORD id, WORD cls, const WCHAR *text)
{
    DLGITEMTEMPLATE *item;
    p = (WORD *)(((ULONG_PTR)p + 3) & ~(ULONG_PTR)3);
    item = (DLGITEMTEMPLATE *)p;
    item->style = style | WS_CHILD | WS_VISIBLE;
    item->dwExtendedStyle = 0;
    item->x = x; item->y = y; item->cx = cx; item->cy = cy; item->id = id;
    p = (WORD *)(item + 1);
    *p++ = 0xffff;
    *p++ = cls;
    p = put_str(p, text);
    *p++ = 0;   /* no creation data */
    return p;
}
static DLGTEMPLATE *build_template(DWORD extra_style)
{
    DLGTEMPLATE *t = (DLGTEMPLATE *)tmpl_buf;
    WORD *p;
    memset(tmpl_buf, 0, sizeof(tmpl_buf));
    t->style = WS_POPUP | WS_CAPTION | WS_SYSMENU | DS_MODALFRAME | DS_SETFONT | extra_style;
    t->cdit = 8;
    t->x = 10; t->y = 20; t->cx = 200; t->cy = 100;
    p = (WORD *)(t + 1);
    *p++ = 0;                      /* menu */
    *p++ = 0;                      /* class */
    p = put_str(p, L"Test dialog");
    *p++ = 8;
    p = put_str(p, L"MS Shell Dlg");
    p = put_item(p, SS_LEFT, 7, 7, 40, 8, ID_LABEL, 0x82, L"&Label");
    p = put_item(p, BS_AUTOCHECKBOX | WS_TABSTOP | WS_GROUP, 7, 20, 60, 10, ID_CHECK, 0x80, L"&Check");
    p = put_item(p, BS_AUTORADIOBUTTON | WS_TABSTOP | WS_GROUP, 7, 32, 60, 10, ID_RADIO1, 0x80, L"One");
    p = put_item(p, BS_AUTORADIOBUTTON, 7, 44, 60, 10, ID_RADIO2, 0x80, L"Two");
    p = put_item(p, BS_AUTO3STATE | WS_TABSTOP | WS_GROUP, 80, 20, 60, 10, ID_3STATE, 0x80, L"Three");
    p = put_item(p, SS_LEFT | WS_GROUP, 80, 32, 60, 8, ID_NUMBER, 0x82, L"0");
    p = put_item(p, BS_DEFPUSHBUTTON | WS_TABSTOP | WS_GROUP, 90, 80, 50, 14, IDOK, 0x80, L"OK");
    p = put_item(p, BS_PUSHBUTTON | WS_TABSTOP, 143, 80, 50, 14, IDCANCEL, 0x80, L"Cancel");
    return t;
}

static void key(HWND dlg, UINT vk)
{
    MSG msg;
    memset(&msg, 0, sizeof(msg));
    msg.hwnd = GetFocus();
    msg.message = WM_KEYDOWN;
    msg.wParam = vk;
    msg.lParam = 1;
    IsDialogMessageW(dlg, &msg);
}

static void test_modeless(void)
{
    HWND dlg, check, radio1, radio2, tri, okb, cancel, number;
    HFONT font;
    HDC hdc;
    TEXTMETRICW tm;
    SIZE size;
    RECT rc, rc2;
    int bx, by, r;
    BOOL translated;
    UINT u;
    WCHAR buf[32];
    BYTE keys[256];

    log_buf[0] = 0;
    dlg = CreateDialogIndirectParamW(GetModuleHandleW(NULL), build_template(WS_VISIBLE), NULL, dlg_proc, 1234);
    ok(dlg != NULL, "CreateDialogIndirectParamW: %p, error %lu", dlg, GetLastError());
    if (!dlg) return;
    check = GetDlgItem(dlg, ID_CHECK);
    radio1 = GetDlgItem(dlg, ID_RADIO1);
    radio2 = GetDlgItem(dlg, ID_RADIO2);
    tri = GetDlgItem(dlg, ID_3STATE);
    number = GetDlgItem(dlg, ID_NUMBER);
    okb = GetDlgItem(dlg, IDOK);
    cancel = GetDlgItem(dlg, IDCANCEL);
    ok(check && radio1 && radio2 && tri && number && okb && cancel, "all controls made");
    GetClassNameW(dlg, buf, 32);
    ok(!lstrcmpW(buf, L"#32770"), "dialog class %ls", buf);
    GetClassNameW(check, buf, 32);
    ok(!lstrcmpW(buf, L"Button"), "check box class %ls", buf);
    ok(GetWindow(dlg, GW_CHILD) == GetDlgItem(dlg, ID_LABEL), "controls in template order");
    ok(!strcmp(log_buf, "setfont initdialog "), "dlgproc saw '%s'", log_buf);
    ok(init_focus_param == check, "WM_INITDIALOG wParam is the first tab stop: %p, want %p", init_focus_param, check);
    ok(GetFocus() == check, "focus on the first tab stop: %p", GetFocus());

    /* dialog units: the font's average width and height as Windows computes them */
    font = (HFONT)SendMessageW(dlg, WM_GETFONT, 0, 0);
    ok(font != NULL, "the dialog has its template font");
    ok((HFONT)SendMessageW(check, WM_GETFONT, 0, 0) == font, "controls got WM_SETFONT");
    hdc = GetDC(dlg);
    SelectObject(hdc, font);
    GetTextMetricsW(hdc, &tm);
    GetTextExtentPoint32W(hdc, L"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", 52, &size);
    ReleaseDC(dlg, hdc);
    bx = (size.cx / 26 + 1) / 2;
    by = tm.tmHeight;
    trace("dialog base units %d x %d", bx, by);
    SetRect(&rc, 0, 0, 4, 8);
    ok(MapDialogRect(dlg, &rc), "MapDialogRect");
    ok(rc.right == bx && rc.bottom == by, "4x8 DLUs = %d x %d pixels, want %d x %d", (int)rc.right, (int)rc.bottom, bx, by);
    GetWindowRect(check, &rc);
    MapWindowPoints(NULL, dlg, (POINT *)&rc, 2);
    ok(rc.left == MulDiv(7, bx, 4) && rc.top == MulDiv(20, by, 8) && rc.right - rc.left == MulDiv(60, bx, 4)
       && rc.bottom - rc.top == MulDiv(10, by, 8), "check box at %d,%d-%d,%d",
       (int)rc.left, (int)rc.top, (int)rc.right, (int)rc.bottom);
    GetClientRect(dlg, &rc);
    ok(rc.right == MulDiv(200, bx, 4) && rc.bottom == MulDiv(100, by, 8), "client %d x %d", (int)rc.right, (int)rc.bottom);
    GetWindowRect(dlg, &rc);
    GetClientRect(dlg, &rc2);
    MapWindowPoints(dlg, NULL, (POINT *)&rc2, 2);
    ok(rc2.left - rc.left == GetSystemMetrics(SM_CXDLGFRAME), "modal frame: client %d pixels in", (int)(rc2.left - rc.left));
    ok(rc2.left == MulDiv(10, bx, 4) && rc2.top == MulDiv(20, by, 8), "client at %d,%d (the template's origin is the client's)",
       (int)rc2.left, (int)rc2.top);
    /* GetDialogBaseUnits: the same rule applied to the system font */
    hdc = GetDC(NULL);
    SelectObject(hdc, GetStockObject(SYSTEM_FONT));
    GetTextMetricsW(hdc, &tm);
    GetTextExtentPoint32W(hdc, L"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", 52, &size);
    ReleaseDC(NULL, hdc);
    r = GetDialogBaseUnits();
    ok(LOWORD(r) == (size.cx / 26 + 1) / 2 && HIWORD(r) == tm.tmHeight, "GetDialogBaseUnits %d x %d, system font %d x %d",
       LOWORD(r), HIWORD(r), (int)(size.cx / 26 + 1) / 2, (int)tm.tmHeight);

    /* the dialog codes of the controls */
    ok(SendMessageW(okb, WM_GETDLGCODE, 0, 0) == (DLGC_BUTTON | DLGC_DEFPUSHBUTTON), "OK's code %x", (int)SendMessageW(okb, WM_GETDLGCODE, 0, 0));
    ok(SendMessageW(cancel, WM_GETDLGCODE, 0, 0) == (DLGC_BUTTON | DLGC_UNDEFPUSHBUTTON), "Cancel's code");
    ok(SendMessageW(radio1, WM_GETDLGCODE, 0, 0) == (DLGC_BUTTON | DLGC_RADIOBUTTON), "radio's code");
    ok(SendMessageW(check, WM_GETDLGCODE, 0, 0) == DLGC_BUTTON, "check box's code");
    ok(SendMessageW(number, WM_GETDLGCODE, 0, 0) == DLGC_STATIC, "static's code");
    r = SendMessageW(dlg, DM_GETDEFID, 0, 0);
    ok(r == MAKELONG(IDOK, DC_HASDEFID), "DM_GETDEFID %x", r);

    /* navigation */
    ok(GetNextDlgTabItem(dlg, check, FALSE) == radio1, "tab after the check box");
    ok(GetNextDlgTabItem(dlg, cancel, FALSE) == check, "tab wraps");
    ok(GetNextDlgTabItem(dlg, check, TRUE) == cancel, "shift-tab wraps");
    ok(GetNextDlgTabItem(dlg, NULL, FALSE) == check, "first tab stop");
    ok(GetNextDlgGroupItem(dlg, radio1, FALSE) == radio2, "group: next radio");
    ok(GetNextDlgGroupItem(dlg, radio2, FALSE) == radio1, "group wraps");
    ok(GetNextDlgGroupItem(dlg, radio1, TRUE) == radio2, "group backwards wraps");
    key(dlg, VK_TAB);
    ok(GetFocus() == radio1, "Tab to the radio button: %p", GetFocus());
    key(dlg, VK_DOWN);
    ok(GetFocus() == radio2, "Down to the second radio button");
    ok(SendMessageW(radio2, BM_GETCHECK, 0, 0) == BST_CHECKED, "arrowing onto an auto radio button checks it");
    ok(last_command == MAKEWPARAM(ID_RADIO2, BN_CLICKED) && (HWND)last_command_lp == radio2, "BN_CLICKED from it: %x", (int)last_command);
    key(dlg, VK_UP);
    ok(GetFocus() == radio1 && IsDlgButtonChecked(dlg, ID_RADIO1) == BST_CHECKED && !IsDlgButtonChecked(dlg, ID_RADIO2),
       "Up checks the first and unchecks the second");
    key(dlg, VK_TAB);
    ok(GetFocus() == tri, "Tab to the 3-state box");
    key(dlg, VK_TAB);
    ok(GetFocus() == okb, "Tab to OK");
    key(dlg, VK_TAB);
    ok(GetFocus() == cancel, "Tab to Cancel");
    ok((GetWindowLongW(cancel, GWL_STYLE) & BS_TYPEMASK) == BS_DEFPUSHBUTTON &&
       (GetWindowLongW(okb, GWL_STYLE) & BS_TYPEMASK) == BS_PUSHBUTTON, "the focused push button is the default one");
    commands = 0;
    key(dlg, VK_RETURN);
    ok(commands == 1 && last_command == IDCANCEL && (HWND)last_command_lp == cancel, "Enter on Cancel: %x", (int)last_command);
    memset(keys, 0, sizeof(keys));
    keys[VK_SHIFT] = 0x80;
    SetKeyboardState(keys);
    key(dlg, VK_TAB);
    ok(GetFocus() == okb, "Shift+Tab back to OK: %p", GetFocus());
    keys[VK_SHIFT] = 0;
    SetKeyboardState(keys);
    key(dlg, VK_TAB);
    key(dlg, VK_TAB);
    ok(GetFocus() == check, "Tab wraps to the check box");
    ok((GetWindowLongW(okb, GWL_STYLE) & BS_TYPEMASK) == BS_DEFPUSHBUTTON &&
       (GetWindowLongW(cancel, GWL_STYLE) & BS_TYPEMASK) == BS_PUSHBUTTON, "OK is the default again");
    commands = 0;
    key(dlg, VK_RETURN);
    ok(commands == 1 && last_command == IDOK && (HWND)last_command_lp == okb, "Enter: IDOK %x", (int)last_command);
    commands = 0;
    key(dlg, VK_ESCAPE);
    ok(commands == 1 && last_command == IDCANCEL && (HWND)last_command_lp == cancel, "Esc: IDCANCEL %x", (int)last_command);

    /* buttons */
    ok(SendMessageW(check, BM_GETSTATE, 0, 0) == BST_FOCUS, "check box state %x", (int)SendMessageW(check, BM_GETSTATE, 0, 0));
    commands = 0;
    SendMessageW(check, BM_CLICK, 0, 0);
    ok(IsDlgButtonChecked(dlg, ID_CHECK) == BST_CHECKED, "BM_CLICK checks the auto check box");
    ok(commands == 1 && last_command == MAKEWPARAM(ID_CHECK, BN_CLICKED) && (HWND)last_command_lp == check, "BN_CLICKED");
    SendMessageW(check, BM_CLICK, 0, 0);
    ok(IsDlgButtonChecked(dlg, ID_CHECK) == BST_UNCHECKED, "and unchecks it");
    CheckDlgButton(dlg, ID_CHECK, BST_INDETERMINATE);
    r = IsDlgButtonChecked(dlg, ID_CHECK);
    ok(r == BST_CHECKED, "BST_INDETERMINATE on a 2-state box gives %d", r);
    SendMessageW(tri, BM_CLICK, 0, 0);
    ok(IsDlgButtonChecked(dlg, ID_3STATE) == BST_CHECKED, "3-state: checked");
    SendMessageW(tri, BM_CLICK, 0, 0);
    ok(IsDlgButtonChecked(dlg, ID_3STATE) == BST_INDETERMINATE, "3-state: indeterminate");
    SendMessageW(tri, BM_CLICK, 0, 0);
    ok(IsDlgButtonChecked(dlg, ID_3STATE) == BST_UNCHECKED, "3-state: unchecked");
    CheckRadioButton(dlg, ID_RADIO1, ID_RADIO2, ID_RADIO2);
    ok(!IsDlgButtonChecked(dlg, ID_RADIO1) && IsDlgButtonChecked(dlg, ID_RADIO2), "CheckRadioButton");
    SendMessageW(okb, BM_SETSTATE, TRUE, 0);
    ok(SendMessageW(okb, BM_GETSTATE, 0, 0) & BST_PUSHED, "BM_SETSTATE pushes");
    SendMessageW(okb, BM_SETSTATE, FALSE, 0);
    commands = 0;
    SendMessageW(GetDlgItem(dlg, ID_LABEL), WM_LBUTTONDOWN, 0, 0);
    ok(commands == 0, "a static without SS_NOTIFY says nothing");

    /* Get/SetDlgItemInt */
    ok(SetDlgItemInt(dlg, ID_NUMBER, (UINT)-42, TRUE), "SetDlgItemInt");
    GetDlgItemTextW(dlg, ID_NUMBER, buf, 32);
    ok(!lstrcmpW(buf, L"-42"), "text %ls", buf);
    u = GetDlgItemInt(dlg, ID_NUMBER, &translated, TRUE);
    ok((int)u == -42 && translated, "signed: %d %d", (int)u, translated);
    u = GetDlgItemInt(dlg, ID_NUMBER, &translated, FALSE);
    ok(u == (UINT)-42 && translated, "unsigned of -42 wraps as strtoul does: %u %d", u, translated);
    SetDlgItemInt(dlg, ID_NUMBER, 4000000000u, FALSE);
    GetDlgItemTextW(dlg, ID_NUMBER, buf, 32);
    ok(!lstrcmpW(buf, L"4000000000"), "unsigned text %ls", buf);
    u = GetDlgItemInt(dlg, ID_NUMBER, &translated, FALSE);
    ok(u == 4000000000u && translated, "unsigned: %u", u);
    u = GetDlgItemInt(dlg, ID_NUMBER, &translated, TRUE);
    ok(!translated, "signed overflow fails: %u %d", u, translated);
    SetDlgItemTextW(dlg, ID_NUMBER, L"  17");
    u = GetDlgItemInt(dlg, ID_NUMBER, &translated, TRUE);
    ok(u == 17 && translated, "leading spaces: %u %d", u, translated);
    SetDlgItemTextW(dlg, ID_NUMBER, L"17x");
    u = GetDlgItemInt(dlg, ID_NUMBER, &translated, TRUE);
    ok(u == 17 && translated, "trailing text is ignored: %u %d", u, translated);
    ok(SendDlgItemMessageW(dlg, ID_NUMBER, WM_GETTEXTLENGTH, 0, 0) == 3, "SendDlgItemMessage");

    DestroyWindow(dlg);
}

/* ---- modal ---- */

static int idle_count;
static LRESULT CALLBACK owner_proc(HWND hwnd, UINT msg, WPARAM wp, LPARAM lp)
{
    if (msg == WM_ENTERIDLE) idle_count++;
    return DefWindowProcW(hwnd, msg, wp, lp);
}

static HWND modal_owner;
static BOOL owner_disabled_inside, shown_inside;
static INT_PTR CALLBACK modal_proc(HWND hwnd, UINT msg, WPARAM wp, LPARAM lp)
{
    switch (msg) {
    case WM_INITDIALOG:
        SetTimer(hwnd, 1, 20, NULL);
        return TRUE;
    case WM_TIMER:
        KillTimer(hwnd, 1);
        owner_disabled_inside = !IsWindowEnabled(modal_owner);
        shown_inside = IsWindowVisible(hwnd);
        EndDialog(hwnd, 42);
        ok(IsWindow(hwnd) && !IsWindowVisible(hwnd), "EndDialog hides; the window lives until the loop ends");
        return TRUE;
    }
    (void)wp; (void)lp;
    return FALSE;
}

static int res_checks;
static INT_PTR CALLBACK res_proc(HWND hwnd, UINT msg, WPARAM wp, LPARAM lp)
{
    WCHAR buf[32];
    switch (msg) {
    case WM_INITDIALOG:
        GetWindowTextW(hwnd, buf, 32);
        ok(!lstrcmpW(buf, L"From a resource"), "caption %ls", buf);
        ok(GetDlgItemInt(hwnd, 301, NULL, FALSE) == 12, "the resource's static text");
        GetDlgItemTextW(hwnd, 302, buf, 32);
        ok(!lstrcmpW(buf, L"&Check"), "check box text %ls", buf);
        ok((HWND)wp == GetDlgItem(hwnd, 302), "first tab stop %p", (HWND)wp);
        ok(lp == 77, "lParam");
        ok(GetMenu(hwnd) != NULL && GetMenuItemID(GetSubMenu(GetMenu(hwnd), 0), 0) == 211, "the template's menu");
        PostMessageW(hwnd, WM_APP, 0, 0);
        return TRUE;
    case WM_APP:
        /* the modal loop runs IsDialogMessage: Enter is the default button */
        ok(GetFocus() == GetDlgItem(hwnd, 302), "focus on the check box");
        PostMessageW(GetFocus(), WM_KEYDOWN, VK_RETURN, 1);
        return TRUE;
    case WM_COMMAND:
        res_checks++;
        if (LOWORD(wp) == IDOK) EndDialog(hwnd, 7);
        return TRUE;
    }
    return FALSE;
}

/* the A entry points: the DLGPROC gets A text */
static INT_PTR CALLBACK a_proc(HWND hwnd, UINT msg, WPARAM wp, LPARAM lp)
{
    char buf[32];
    (void)wp; (void)lp;
    switch (msg) {
    case WM_INITDIALOG:
        GetDlgItemTextA(hwnd, 302, buf, sizeof(buf));
        ok(!strcmp(buf, "&Check"), "GetDlgItemTextA %s", buf);
        SetDlgItemTextA(hwnd, 301, "-5");
        ok((int)GetDlgItemInt(hwnd, 301, NULL, TRUE) == -5, "SetDlgItemTextA");
        ok(SendDlgItemMessageA(hwnd, 302, WM_GETTEXTLENGTH, 0, 0) == 6, "SendDlgItemMessageA");
        PostMessageA(hwnd, WM_APP, 0, 0);
        return TRUE;
    case WM_SETTEXT:
        return FALSE;
    case WM_APP:
        EndDialog(hwnd, 5);
        return TRUE;
    }
    return FALSE;
}

static void test_modal(void)
{
    WNDCLASSW wc;
    INT_PTR r;

    memset(&wc, 0, sizeof(wc));
    wc.lpfnWndProc = owner_proc;
    wc.hInstance = GetModuleHandleW(NULL);
    wc.lpszClassName = L"dlg_owner";
    RegisterClassW(&wc);
    modal_owner = CreateWindowExW(0, L"dlg_owner", L"owner", WS_OVERLAPPEDWINDOW, 0, 0, 300, 200, NULL, NULL, NULL, NULL);
    ok(modal_owner != NULL, "owner window");
    r = DialogBoxIndirectParamW(GetModuleHandleW(NULL), build_template(0), modal_owner, modal_proc, 0);
    ok(r == 42, "DialogBoxIndirectParam returned %d", (int)r);
    ok(owner_disabled_inside, "the owner is disabled while the dialog runs");
    ok(shown_inside, "the modal loop shows the dialog");
    ok(idle_count > 0, "the owner got WM_ENTERIDLE (%d)", idle_count);
    ok(IsWindowEnabled(modal_owner), "the owner is enabled again");

    r = DialogBoxParamW(GetModuleHandleW(NULL), MAKEINTRESOURCEW(200), modal_owner, res_proc, 77);
    ok(r == 7, "DialogBoxParam from the resource returned %d", (int)r);
    ok(res_checks == 1, "one WM_COMMAND (%d)", res_checks);
    r = DialogBoxParamA(GetModuleHandleA(NULL), MAKEINTRESOURCEA(200), modal_owner, a_proc, 0);
    ok(r == 5, "DialogBoxParamA returned %d", (int)r);
    r = DialogBoxParamW(GetModuleHandleW(NULL), MAKEINTRESOURCEW(999), modal_owner, res_proc, 0);
    ok(r == -1, "a missing resource: %d", (int)r);
    /* Windows reads past a damaged template; winrun refuses it */
    if (!GetProcAddress(GetModuleHandleA("ntdll"), "wine_get_version")) {
        r = DialogBoxParamW(GetModuleHandleW(NULL), MAKEINTRESOURCEW(201), modal_owner, res_proc, 0);
        ok(r == -1, "a damaged resource: %d", (int)r);
    }
    DestroyWindow(modal_owner);
}

int main(void)
{
    BOOL wine = GetProcAddress(GetModuleHandleA("ntdll"), "wine_get_version") != NULL;

    test_modeless();
    test_modal();
    /* winrun without a display: MessageBox prints and returns the default
     * button (run.sh checks the stderr line); Wine would show a box */
    if (!wine && !GetEnvironmentVariableA("DISPLAY", NULL, 0)) {
        int r = MessageBoxA(NULL, "Save the\nfile?", "Question", MB_YESNO | MB_DEFBUTTON2);
        ok(r == IDNO, "headless MessageBox returned %d", r);
    }
    return test_done();
}
