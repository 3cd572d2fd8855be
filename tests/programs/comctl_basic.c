/* comctl32 without a display: InitCommonControlsEx, the status bar's
 * parts, texts and placement, the progress bar's range, position and step
 * semantics, the toolbar's buttons and states. Expectations from Wine
 * (comctl32 5.82, no manifest). */
#include "test.h"
#include <commctrl.h>
#include <shlwapi.h>

static HWND main_wnd;
static int commands, last_command;

/* what the parent got, in order: 'C' WM_COMMAND, 'K' NM_CLICK, 'D' TBN_DROPDOWN */
static char events[16];
static int nevents;
static DWORD_PTR click_item;
static int dropdown_item;

static void event(char c)
{
    if (nevents < (int)sizeof(events) - 1) events[nevents++] = c;
    events[nevents] = 0;
}

static LRESULT CALLBACK main_proc(HWND hwnd, UINT msg, WPARAM wp, LPARAM lp)
{
    if (msg == WM_COMMAND && lp) { commands++; last_command = LOWORD(wp); event('C'); }
    if (msg == WM_NOTIFY) {
        NMHDR *hdr = (NMHDR *)lp;
        if (hdr->code == NM_CLICK) { event('K'); click_item = ((NMMOUSE *)lp)->dwItemSpec; }
        if (hdr->code == TBN_DROPDOWN) { event('D'); dropdown_item = ((NMTOOLBARA *)lp)->iItem; }
    }
    return DefWindowProcA(hwnd, msg, wp, lp);
}

static void test_init(void)
{
    INITCOMMONCONTROLSEX icc;
    WNDCLASSA wc;
    HMODULE mod = GetModuleHandleA("comctl32.dll");
    HRESULT (WINAPI *get_version)(DLLVERSIONINFO *) = (void *)GetProcAddress(mod, "DllGetVersion");
    DLLVERSIONINFO info;

    InitCommonControls();
    icc.dwSize = sizeof(icc);
    icc.dwICC = ICC_BAR_CLASSES | ICC_PROGRESS_CLASS;
    ok(InitCommonControlsEx(&icc), "InitCommonControlsEx");
    icc.dwSize = 4;
    ok(!InitCommonControlsEx(&icc), "InitCommonControlsEx with a bad size must fail");
    ok(GetClassInfoA(NULL, STATUSCLASSNAMEA, &wc), "status bar class registered");
    ok(GetClassInfoA(NULL, PROGRESS_CLASSA, &wc), "progress class registered");
    ok(GetClassInfoA(NULL, TOOLBARCLASSNAMEA, &wc), "toolbar class registered");
    ok(GetProcAddress(mod, (LPCSTR)17) == (FARPROC)InitCommonControls ||
       GetProcAddress(mod, (LPCSTR)17) == GetProcAddress(mod, "InitCommonControls"),
       "ordinal 17 is InitCommonControls");
    ok(get_version != NULL, "DllGetVersion exported");
    if (get_version) {
        memset(&info, 0, sizeof(info));
        info.cbSize = sizeof(info);
        ok(get_version(&info) == S_OK, "DllGetVersion");
        /* Windows' comctl32 without a manifest says 5.82; Wine's says 5.81 */
        if (!GetProcAddress(GetModuleHandleA("ntdll"), "wine_get_version")) {
            /* its build is the system's (Windows 10's 5.82.19041.x on 19041) */
            LONG (WINAPI *rtl_get_version)(OSVERSIONINFOW *) =
                (void *)GetProcAddress(GetModuleHandleA("ntdll"), "RtlGetVersion");
            OSVERSIONINFOW os = { sizeof(os) };
            LONG got = rtl_get_version ? rtl_get_version(&os) : -1;
            ok(info.dwMajorVersion == 5 && info.dwMinorVersion == 82, "version %lu.%lu",
               info.dwMajorVersion, info.dwMinorVersion);
            ok(!got && info.dwBuildNumber == os.dwBuildNumber, "build %lu, the system's %lu", info.dwBuildNumber,
               os.dwBuildNumber);
        } else
            ok(info.dwMajorVersion == 5, "version %lu.%lu", info.dwMajorVersion, info.dwMinorVersion);
        info.cbSize = 4;
        ok(get_version(&info) == E_INVALIDARG, "DllGetVersion with a bad size");
    }
}

static void test_status(void)
{
    HWND sb;
    int parts[3] = { 50, 120, -1 }, got[4];
    char buf[64];
    RECT rc, prc, sbrc;
    LRESULT r;
    int height;

    sb = CreateStatusWindowA(WS_CHILD | WS_VISIBLE, "ready", main_wnd, 100);
    ok(sb != NULL, "CreateStatusWindowA");
    r = SendMessageA(sb, SB_GETPARTS, 0, 0);
    ok(r == 1, "one part at first, got %d", (int)r);
    r = SendMessageA(sb, SB_GETTEXTA, 0, (LPARAM)buf);
    ok(LOWORD(r) == 5 && HIWORD(r) == 0 && !strcmp(buf, "ready"), "first text: %x '%s'", (int)r, buf);

    ok(SendMessageA(sb, SB_SETPARTS, 3, (LPARAM)parts), "SB_SETPARTS");
    memset(got, 0xcc, sizeof(got));
    r = SendMessageA(sb, SB_GETPARTS, 4, (LPARAM)got);
    ok(r == 3 && got[0] == 50 && got[1] == 120 && got[2] == -1, "SB_GETPARTS: %d, %d %d %d",
       (int)r, got[0], got[1], got[2]);
    r = SendMessageA(sb, SB_GETPARTS, 1, (LPARAM)got);
    ok(r == 3, "SB_GETPARTS with a small array still returns the count, got %d", (int)r);

    ok(SendMessageA(sb, SB_SETTEXTA, 1, (LPARAM)"second"), "SB_SETTEXT part 1");
    ok(SendMessageA(sb, SB_SETTEXTA, 2 | SBT_POPOUT, (LPARAM)"third"), "SB_SETTEXT part 2 popout");
    r = SendMessageA(sb, SB_GETTEXTA, 1, (LPARAM)buf);
    ok(LOWORD(r) == 6 && HIWORD(r) == 0 && !strcmp(buf, "second"), "part 1: %x '%s'", (int)r, buf);
    r = SendMessageA(sb, SB_GETTEXTLENGTHA, 2, 0);
    ok(LOWORD(r) == 5 && HIWORD(r) == SBT_POPOUT, "part 2 length and type: %x", (int)r);

    /* a click sends NM_CLICK naming the part */
    nevents = 0;
    events[0] = 0;
    click_item = 0;
    SendMessageA(sb, WM_LBUTTONDOWN, MK_LBUTTON, MAKELPARAM(60, 5));
    SendMessageA(sb, WM_LBUTTONUP, 0, MAKELPARAM(60, 5));
    ok(!strcmp(events, "K") && click_item == 1, "status bar NM_CLICK: '%s' part %d", events, (int)click_item);
    r = SendMessageW(sb, SB_GETTEXTLENGTHW, 1, 0);
    ok(LOWORD(r) == 6, "SB_GETTEXTLENGTHW: %x", (int)r);
    r = SendMessageA(sb, SB_GETTEXTA, 0, (LPARAM)buf);
    ok(LOWORD(r) == 5 && !strcmp(buf, "ready"), "part 0 kept its text: '%s'", buf);
    ok(!SendMessageA(sb, SB_SETTEXTA, 5, (LPARAM)"x"), "SB_SETTEXT past the parts fails");

    ok(SendMessageA(sb, SB_GETRECT, 1, (LPARAM)&rc), "SB_GETRECT");
    ok(rc.right == 120, "part 1's rect ends at its edge: %ld,%ld-%ld,%ld", rc.left, rc.top, rc.right, rc.bottom);
    ok(!SendMessageA(sb, SB_GETRECT, 3, (LPARAM)&rc), "SB_GETRECT past the parts fails");

    /* the bar sits across the bottom of the parent's client area */
    GetClientRect(main_wnd, &prc);
    GetWindowRect(sb, &sbrc);
    MapWindowPoints(NULL, main_wnd, (POINT *)&sbrc, 2);
    height = sbrc.bottom - sbrc.top;
    ok(sbrc.left == 0 && sbrc.right == prc.right && sbrc.bottom == prc.bottom && height > 10 && height < 40,
       "status bar at %ld,%ld-%ld,%ld in %ldx%ld", sbrc.left, sbrc.top, sbrc.right, sbrc.bottom, prc.right, prc.bottom);
    MoveWindow(main_wnd, 0, 0, 500, 300, FALSE);
    SendMessageA(sb, WM_SIZE, 0, 0);
    GetClientRect(main_wnd, &prc);
    GetWindowRect(sb, &sbrc);
    MapWindowPoints(NULL, main_wnd, (POINT *)&sbrc, 2);
    ok(sbrc.left == 0 && sbrc.right == prc.right && sbrc.bottom == prc.bottom && sbrc.bottom - sbrc.top == height,
       "after WM_SIZE at %ld,%ld-%ld,%ld in %ldx%ld", sbrc.left, sbrc.top, sbrc.right, sbrc.bottom, prc.right, prc.bottom);

    ok(!SendMessageA(sb, SB_ISSIMPLE, 0, 0), "not simple");
    SendMessageA(sb, SB_SIMPLE, TRUE, 0);
    ok(SendMessageA(sb, SB_ISSIMPLE, 0, 0), "simple");
    ok(SendMessageA(sb, SB_SETTEXTA, SB_SIMPLEID, (LPARAM)"simple text"), "simple text");
    strcpy(buf, "unchanged");
    r = SendMessageA(sb, SB_GETTEXTA, SB_SIMPLEID, (LPARAM)buf);
    ok(r == 0 && !strcmp(buf, "unchanged"), "SB_GETTEXT takes no SB_SIMPLEID: %x '%s'", (int)r, buf);
    SendMessageA(sb, SB_SIMPLE, FALSE, 0);
    r = SendMessageA(sb, SB_GETTEXTA, 1, (LPARAM)buf);
    ok(!strcmp(buf, "second"), "parts kept through simple mode: '%s'", buf);
    SetWindowTextA(sb, "via WM_SETTEXT");
    r = SendMessageA(sb, SB_GETTEXTA, 0, (LPARAM)buf);
    ok(!strcmp(buf, "via WM_SETTEXT"), "WM_SETTEXT sets part 0: '%s'", buf);
    DestroyWindow(sb);
}

static void test_progress(void)
{
    HWND pb = CreateWindowExA(0, PROGRESS_CLASSA, NULL, WS_CHILD | WS_VISIBLE, 0, 0, 200, 20, main_wnd, NULL, NULL, NULL);
    PBRANGE range;
    LRESULT r;

    ok(pb != NULL, "progress bar created");
    r = SendMessageA(pb, PBM_GETRANGE, TRUE, (LPARAM)&range);
    ok(r == 0 && range.iLow == 0 && range.iHigh == 100, "default range: %d %d..%d", (int)r, range.iLow, range.iHigh);
    ok(SendMessageA(pb, PBM_GETRANGE, FALSE, 0) == 100, "PBM_GETRANGE high");
    ok(SendMessageA(pb, PBM_GETPOS, 0, 0) == 0, "default position");
    r = SendMessageA(pb, PBM_SETSTEP, 30, 0);
    ok(r == 10, "default step 10, got %d", (int)r);
    r = SendMessageA(pb, PBM_SETPOS, 50, 0);
    ok(r == 0, "PBM_SETPOS returns the old position, got %d", (int)r);
    r = SendMessageA(pb, PBM_SETPOS, 150, 0);
    ok(r == 50 && SendMessageA(pb, PBM_GETPOS, 0, 0) == 100, "PBM_SETPOS past the end: %d, now %d",
       (int)r, (int)SendMessageA(pb, PBM_GETPOS, 0, 0));
    SendMessageA(pb, PBM_SETPOS, 90, 0);
    r = SendMessageA(pb, PBM_STEPIT, 0, 0);
    ok(r == 90, "PBM_STEPIT returns the old position, got %d", (int)r);
    r = SendMessageA(pb, PBM_GETPOS, 0, 0);
    ok(r == 20, "PBM_STEPIT wraps past the end: %d", (int)r);
    r = SendMessageA(pb, PBM_DELTAPOS, 15, 0);
    ok(r == 20 && SendMessageA(pb, PBM_GETPOS, 0, 0) == 35, "PBM_DELTAPOS: %d", (int)r);
    r = SendMessageA(pb, PBM_DELTAPOS, 200, 0);
    ok(SendMessageA(pb, PBM_GETPOS, 0, 0) == 100, "PBM_DELTAPOS clamps: %d", (int)SendMessageA(pb, PBM_GETPOS, 0, 0));
    r = SendMessageA(pb, PBM_SETRANGE, 0, MAKELPARAM(10, 50));
    ok(r == MAKELONG(0, 100), "PBM_SETRANGE returns the old range: %x", (int)r);
    ok(SendMessageA(pb, PBM_GETPOS, 0, 0) == 50, "position clamped into the new range: %d",
       (int)SendMessageA(pb, PBM_GETPOS, 0, 0));
    r = SendMessageA(pb, PBM_SETRANGE32, -100, 100000);
    ok(r == MAKELONG(10, 50), "PBM_SETRANGE32 returns the old range: %x", (int)r);
    ok(SendMessageA(pb, PBM_GETRANGE, TRUE, 0) == -100 && SendMessageA(pb, PBM_GETRANGE, FALSE, 0) == 100000,
       "32-bit range");
    r = SendMessageA(pb, PBM_SETBARCOLOR, 0, RGB(255, 0, 0));
    ok(r == (LRESULT)CLR_DEFAULT, "PBM_SETBARCOLOR returns CLR_DEFAULT first: %x", (int)r);
    r = SendMessageA(pb, PBM_SETBARCOLOR, 0, RGB(0, 255, 0));
    ok(r == RGB(255, 0, 0), "PBM_SETBARCOLOR returns the old colour: %x", (int)r);
    r = SendMessageA(pb, PBM_SETBKCOLOR, 0, RGB(0, 0, 255));
    ok(r == (LRESULT)CLR_DEFAULT, "PBM_SETBKCOLOR returns CLR_DEFAULT first: %x", (int)r);
    DestroyWindow(pb);
}

static void test_toolbar(void)
{
    HWND tb = CreateWindowExA(0, TOOLBARCLASSNAMEA, NULL, WS_CHILD | WS_VISIBLE, 0, 0, 0, 0, main_wnd,
                              (HMENU)200, NULL, NULL);
    TBBUTTON buttons[5], got;
    LRESULT r;
    RECT rc;
    int i;

    ok(tb != NULL, "toolbar created");
    SendMessageA(tb, TB_BUTTONSTRUCTSIZE, sizeof(TBBUTTON), 0);
    r = SendMessageA(tb, TB_ADDSTRINGA, 0, (LPARAM)"Open\0Save\0");
    ok(r == 0, "TB_ADDSTRING returns the first index, got %d", (int)r);
    r = SendMessageA(tb, TB_ADDSTRINGA, 0, (LPARAM)"Bold\0Italic\0");
    ok(r == 2, "TB_ADDSTRING again, got %d", (int)r);
    memset(buttons, 0, sizeof(buttons));
    for (i = 0; i < 5; i++) {
        buttons[i].iBitmap = I_IMAGENONE;
        buttons[i].idCommand = 1000 + i;
        buttons[i].fsState = TBSTATE_ENABLED;
        buttons[i].iString = i;
    }
    buttons[1].fsStyle = BTNS_SEP;
    buttons[1].iBitmap = 0;
    buttons[1].idCommand = 0;
    buttons[2].fsStyle = BTNS_CHECKGROUP;
    buttons[2].iString = 2;
    buttons[3].fsStyle = BTNS_CHECKGROUP;
    buttons[3].iString = 3;
    buttons[4].fsStyle = BTNS_CHECK;
    buttons[4].iString = (INT_PTR)"Check";
    ok(SendMessageA(tb, TB_ADDBUTTONSA, 5, (LPARAM)buttons), "TB_ADDBUTTONS");
    ok(SendMessageA(tb, TB_BUTTONCOUNT, 0, 0) == 5, "five buttons");
    ok(SendMessageA(tb, TB_COMMANDTOINDEX, 1003, 0) == 3, "TB_COMMANDTOINDEX");
    ok(SendMessageA(tb, TB_GETBUTTON, 2, (LPARAM)&got) && got.idCommand == 1002 && got.fsStyle == BTNS_CHECKGROUP,
       "TB_GETBUTTON: %d %x", got.idCommand, got.fsStyle);

    ok(SendMessageA(tb, TB_ISBUTTONENABLED, 1000, 0), "button enabled");
    ok(SendMessageA(tb, TB_ENABLEBUTTON, 1000, FALSE), "TB_ENABLEBUTTON");
    ok(!SendMessageA(tb, TB_ISBUTTONENABLED, 1000, 0), "button disabled");
    ok(SendMessageA(tb, TB_GETSTATE, 1000, 0) == 0, "state after disabling: %d", (int)SendMessageA(tb, TB_GETSTATE, 1000, 0));
    ok(SendMessageA(tb, TB_GETSTATE, 4242, 0) == -1, "TB_GETSTATE of an unknown id");
    ok(!SendMessageA(tb, TB_ENABLEBUTTON, 4242, TRUE), "TB_ENABLEBUTTON of an unknown id");

    ok(SendMessageA(tb, TB_CHECKBUTTON, 1002, TRUE), "TB_CHECKBUTTON");
    ok(SendMessageA(tb, TB_ISBUTTONCHECKED, 1002, 0), "1002 checked");
    ok(SendMessageA(tb, TB_CHECKBUTTON, 1003, TRUE), "TB_CHECKBUTTON 1003");
    ok(SendMessageA(tb, TB_ISBUTTONCHECKED, 1003, 0), "1003 checked");
    ok(!SendMessageA(tb, TB_ISBUTTONCHECKED, 1002, 0), "checking 1003 unchecked 1002 (a group)");
    ok(SendMessageA(tb, TB_CHECKBUTTON, 1004, TRUE), "TB_CHECKBUTTON 1004");
    ok(SendMessageA(tb, TB_ISBUTTONCHECKED, 1003, 0), "1003 still checked: 1004 is no group member");
    r = SendMessageA(tb, TB_GETSTATE, 1004, 0);
    ok(r == (TBSTATE_ENABLED | TBSTATE_CHECKED), "state of 1004: %x", (int)r);

    /* a click on a button sends WM_COMMAND with its id to the parent */
    SendMessageA(tb, TB_GETITEMRECT, 0, (LPARAM)&rc);
    SendMessageA(tb, TB_ENABLEBUTTON, 1000, TRUE);
    commands = 0;
    SendMessageA(tb, WM_LBUTTONDOWN, MK_LBUTTON, MAKELPARAM(rc.left + 3, rc.top + 3));
    SendMessageA(tb, WM_LBUTTONUP, 0, MAKELPARAM(rc.left + 3, rc.top + 3));
    ok(commands == 1 && last_command == 1000, "click: %d commands, id %d", commands, last_command);

    ok(SendMessageA(tb, TB_DELETEBUTTON, 1, 0), "TB_DELETEBUTTON");
    ok(SendMessageA(tb, TB_BUTTONCOUNT, 0, 0) == 4, "four buttons left");
    ok(SendMessageA(tb, TB_COMMANDTOINDEX, 1003, 0) == 2, "indices moved down");
    ok(!SendMessageA(tb, TB_DELETEBUTTON, 10, 0), "TB_DELETEBUTTON past the end fails");
    buttons[0].idCommand = 2000;
    ok(SendMessageA(tb, TB_INSERTBUTTONA, 0, (LPARAM)&buttons[0]), "TB_INSERTBUTTON");
    ok(SendMessageA(tb, TB_COMMANDTOINDEX, 2000, 0) == 0 && SendMessageA(tb, TB_BUTTONCOUNT, 0, 0) == 5,
       "inserted at the front");
    DestroyWindow(tb);
}

/* an image list of 16 x 15 images in these colours */
static HBITMAP color_strip(int n, const COLORREF *colors)
{
    HDC hdc = CreateCompatibleDC(NULL);
    HBITMAP bmp = CreateBitmap(16 * n, 15, 1, 32, NULL);
    HGDIOBJ old = SelectObject(hdc, bmp);
    int i;
    for (i = 0; i < n; i++) {
        RECT rc = { i * 16, 0, i * 16 + 16, 15 };
        HBRUSH br = CreateSolidBrush(colors[i]);
        FillRect(hdc, &rc, br);
        DeleteObject(br);
    }
    SelectObject(hdc, old);
    DeleteDC(hdc);
    return bmp;
}

/* the colour at the centre of button I, drawn with WM_PRINTCLIENT */
static COLORREF button_center(HWND tb, int i)
{
    HDC hdc = CreateCompatibleDC(NULL);
    HBITMAP bmp = CreateBitmap(400, 60, 1, 32, NULL);
    HGDIOBJ old = SelectObject(hdc, bmp);
    COLORREF c;
    RECT rc;
    SendMessageA(tb, TB_GETITEMRECT, i, (LPARAM)&rc);
    SendMessageA(tb, WM_PRINTCLIENT, (WPARAM)hdc, PRF_CLIENT);
    c = GetPixel(hdc, (rc.left + rc.right) / 2, (rc.top + rc.bottom) / 2);
    SelectObject(hdc, old);
    DeleteObject(bmp);
    DeleteDC(hdc);
    return c;
}

static void test_toolbar_images(void)
{
    HWND tb = CreateWindowExA(0, TOOLBARCLASSNAMEA, NULL, WS_CHILD | WS_VISIBLE, 0, 0, 0, 0, main_wnd,
                              (HMENU)201, NULL, NULL);
    COLORREF colors[2] = { RGB(255, 0, 0), RGB(0, 255, 0) }, blue = RGB(0, 0, 255), c;
    HIMAGELIST himl = ImageList_Create(16, 15, ILC_COLOR24 | ILC_MASK, 2, 2);
    HIMAGELIST gray = ImageList_Create(16, 15, ILC_COLOR24 | ILC_MASK, 2, 2);
    HBITMAP bmp = color_strip(2, colors), bmp_blue = color_strip(1, &blue);
    TBBUTTON buttons[4];
    TBADDBITMAP ab;
    LRESULT r;
    RECT rc;
    int i;

    ImageList_Add(himl, bmp, NULL);
    ImageList_Add(gray, bmp_blue, NULL);
    ImageList_Add(gray, bmp_blue, NULL);
    SendMessageA(tb, TB_BUTTONSTRUCTSIZE, sizeof(TBBUTTON), 0);
    ok(SendMessageA(tb, TB_GETIMAGELIST, 0, 0) == 0, "no image list at first");
    r = SendMessageA(tb, TB_SETIMAGELIST, 0, (LPARAM)himl);
    ok(r == 0, "TB_SETIMAGELIST returns the old list: %p", (void *)r);
    ok(SendMessageA(tb, TB_GETIMAGELIST, 0, 0) == (LRESULT)himl, "TB_GETIMAGELIST");
    ok(SendMessageA(tb, TB_SETDISABLEDIMAGELIST, 0, (LPARAM)gray) == 0, "TB_SETDISABLEDIMAGELIST");
    ok(SendMessageA(tb, TB_GETDISABLEDIMAGELIST, 0, 0) == (LRESULT)gray, "TB_GETDISABLEDIMAGELIST");
    memset(buttons, 0, sizeof(buttons));
    for (i = 0; i < 4; i++) {
        buttons[i].iBitmap = i;
        buttons[i].idCommand = 3000 + i;
        buttons[i].fsState = TBSTATE_ENABLED;
        buttons[i].iString = -1;
    }
    buttons[1].fsState = 0;
    buttons[2].iBitmap = I_IMAGENONE;
    buttons[3].iBitmap = I_IMAGENONE;
    buttons[3].fsStyle = BTNS_DROPDOWN;
    ok(SendMessageA(tb, TB_ADDBUTTONSA, 4, (LPARAM)buttons), "TB_ADDBUTTONS");
    c = button_center(tb, 0);
    ok(c == RGB(255, 0, 0), "button 0 shows image 0: %06x", (unsigned)c);
    c = button_center(tb, 1);
    ok(c == RGB(0, 0, 255), "a disabled button shows the disabled list's image: %06x", (unsigned)c);

    /* a click: WM_COMMAND, then NM_CLICK with the command id */
    SendMessageA(tb, TB_GETITEMRECT, 0, (LPARAM)&rc);
    nevents = 0;
    click_item = 0;
    SendMessageA(tb, WM_LBUTTONDOWN, MK_LBUTTON, MAKELPARAM(rc.left + 3, rc.top + 3));
    SendMessageA(tb, WM_LBUTTONUP, 0, MAKELPARAM(rc.left + 3, rc.top + 3));
    ok(!strcmp(events, "CK"), "the parent got WM_COMMAND, then NM_CLICK: %s", events);
    ok(click_item == 3000, "NM_CLICK's dwItemSpec is the command id: %d", (int)click_item);
    /* a drop-down button sends TBN_DROPDOWN when pressed */
    SendMessageA(tb, TB_GETITEMRECT, 3, (LPARAM)&rc);
    nevents = 0;
    events[0] = 0;
    SendMessageA(tb, WM_LBUTTONDOWN, MK_LBUTTON, MAKELPARAM(rc.left + 3, rc.top + 3));
    ok(events[0] == 'D' && dropdown_item == 3003, "TBN_DROPDOWN for 3003: %s %d", events, dropdown_item);
    SendMessageA(tb, WM_LBUTTONUP, 0, MAKELPARAM(rc.left + 3, rc.top + 3));
    DestroyWindow(tb);

    /* TB_ADDBITMAP with an HBITMAP builds the toolbar's own list */
    tb = CreateWindowExA(0, TOOLBARCLASSNAMEA, NULL, WS_CHILD | WS_VISIBLE, 0, 0, 0, 0, main_wnd, (HMENU)202, NULL,
                         NULL);
    SendMessageA(tb, TB_BUTTONSTRUCTSIZE, sizeof(TBBUTTON), 0);
    ab.hInst = NULL;
    ab.nID = (UINT_PTR)bmp;
    r = SendMessageA(tb, TB_ADDBITMAP, 2, (LPARAM)&ab);
    ok(r == 0, "TB_ADDBITMAP returns the first index: %d", (int)r);
    r = SendMessageA(tb, TB_ADDBITMAP, 2, (LPARAM)&ab);
    ok(r == 0, "TB_ADDBITMAP of the same bitmap gives the same index: %d", (int)r);
    ok(SendMessageA(tb, TB_GETIMAGELIST, 0, 0) != 0, "TB_ADDBITMAP made an image list");
    ab.hInst = HINST_COMMCTRL;
    ab.nID = IDB_STD_SMALL_COLOR;
    r = SendMessageA(tb, TB_ADDBITMAP, 0, (LPARAM)&ab);
    ok(r == 2, "TB_ADDBITMAP of the standard bitmaps: %d", (int)r);
    ab.nID = IDB_VIEW_SMALL_COLOR;
    r = SendMessageA(tb, TB_ADDBITMAP, 0, (LPARAM)&ab);
    ok(r == 17, "the standard bitmap has 15 images: %d", (int)r);
    buttons[0].iBitmap = 1;
    ok(SendMessageA(tb, TB_ADDBUTTONSA, 1, (LPARAM)buttons), "TB_ADDBUTTONS");
    c = button_center(tb, 0);
    ok(c == RGB(0, 255, 0), "TB_ADDBITMAP's image 1: %06x", (unsigned)c);
    DestroyWindow(tb);

    ImageList_Destroy(himl);
    ImageList_Destroy(gray);
    DeleteObject(bmp);
    DeleteObject(bmp_blue);
}

int main(void)
{
    WNDCLASSA wc;

    test_init();
    memset(&wc, 0, sizeof(wc));
    wc.lpfnWndProc = main_proc;
    wc.lpszClassName = "comctl_main";
    RegisterClassA(&wc);
    main_wnd = CreateWindowExA(0, "comctl_main", "comctl", WS_OVERLAPPEDWINDOW, 0, 0, 400, 300, NULL, NULL, NULL, NULL);
    ok(main_wnd != NULL, "main window");
    test_status();
    test_progress();
    test_toolbar();
    test_toolbar_images();
    DestroyWindow(main_wnd);
    return test_done();
}
