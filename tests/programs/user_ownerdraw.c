/* Owner-drawn and image controls without a display: the WM_DRAWITEM,
 * WM_MEASUREITEM, WM_DELETEITEM and WM_COMPAREITEM sequences of buttons,
 * statics, list boxes and combo boxes with their struct fields;
 * BM_SETIMAGE/STM_SETIMAGE return values; multi-column list geometry;
 * LB_DIR, CB_DIR, DlgDirList(ComboBox) and DlgDirSelectEx on a temporary
 * directory. Every expectation is what Windows gives, checked under Wine. */
#include "test.h"

#define ID_CTL 300
#define ID_STATIC 301

static char log_buf[4096];
static void logf_(const char *fmt, ...)
{
    char s[128];
    va_list ap;
    va_start(ap, fmt);
    vsprintf(s, fmt, ap);
    va_end(ap);
    if (strlen(log_buf) + strlen(s) + 2 < sizeof(log_buf)) {
        strcat(log_buf, s);
        strcat(log_buf, " ");
    }
}

/* the log equals WANT */
#define ok_log(want, what) ok(!strcmp(log_buf, want), "%s: %s", what, log_buf)

/* the log is WANT, repeated once or more (how many paints a flush makes differs) */
static BOOL log_repeats(const char *want)
{
    size_t n = strlen(want), len = strlen(log_buf);
    if (!len || len % n) return FALSE;
    for (size_t i = 0; i < len; i += n)
        if (strncmp(log_buf + i, want, n)) return FALSE;
    return TRUE;
}

static DRAWITEMSTRUCT last_draw;
static MEASUREITEMSTRUCT last_measure;
static DELETEITEMSTRUCT last_delete;
static COMPAREITEMSTRUCT last_compare;
static int compare_count;
static WPARAM last_command;

static LRESULT CALLBACK parent_proc(HWND hwnd, UINT msg, WPARAM wp, LPARAM lp)
{
    switch (msg) {
    case WM_COMMAND:
        last_command = wp;
        return 0;
    case WM_DRAWITEM: {
        DRAWITEMSTRUCT *dis = (DRAWITEMSTRUCT *)lp;
        last_draw = *dis;
        logf_("draw(%d,%d,a%x,s%x)", (int)dis->CtlType, (int)dis->itemID, dis->itemAction, dis->itemState);
        return TRUE;
    }
    case WM_MEASUREITEM: {
        MEASUREITEMSTRUCT *mis = (MEASUREITEMSTRUCT *)lp;
        last_measure = *mis;
        logf_("measure(%d,%d,d%x)", (int)mis->CtlType, (int)mis->itemID, (int)mis->itemData);
        mis->itemHeight = mis->itemData >= 0x100 && mis->itemData < 0x200 ? 10 + (UINT)(mis->itemData & 0xff) : 20;
        return TRUE;
    }
    case WM_DELETEITEM: {
        DELETEITEMSTRUCT *del = (DELETEITEMSTRUCT *)lp;
        last_delete = *del;
        logf_("delete(%d,%d,d%x)", (int)del->CtlType, (int)del->itemID, (int)del->itemData);
        return TRUE;
    }
    case WM_COMPAREITEM: {
        COMPAREITEMSTRUCT *cis = (COMPAREITEMSTRUCT *)lp;
        last_compare = *cis;
        compare_count++;
        if (cis->itemData1 < cis->itemData2) return -1;
        return cis->itemData1 > cis->itemData2;
    }
    }
    return DefWindowProcW(hwnd, msg, wp, lp);
}

static HWND parent;

static HWND make(const WCHAR *cls, const WCHAR *text, DWORD style, int x, int y, int w, int h, int id)
{
    return CreateWindowExW(0, cls, text, WS_CHILD | WS_VISIBLE | style, x, y, w, h, parent, (HMENU)(INT_PTR)id,
                           GetModuleHandleW(NULL), NULL);
}

static void flush(HWND hwnd)
{
    MSG msg;
    UpdateWindow(hwnd);
    while (PeekMessageW(&msg, NULL, 0, 0, PM_REMOVE)) DispatchMessageW(&msg);
}

static void test_button(void)
{
    HWND b = make(L"Button", L"od", BS_OWNERDRAW, 10, 10, 60, 30, ID_CTL);
    HWND other = make(L"Button", L"x", BS_PUSHBUTTON, 100, 10, 60, 30, ID_CTL + 1);
    RECT rc;

    flush(parent);
    log_buf[0] = 0;
    InvalidateRect(b, NULL, TRUE);
    flush(b);
    ok_log("draw(4,0,a1,s0) ", "paint");
    ok(last_draw.CtlType == ODT_BUTTON && last_draw.CtlID == ID_CTL && last_draw.hwndItem == b, "fields");
    GetClientRect(b, &rc);
    ok(EqualRect(&last_draw.rcItem, &rc) && last_draw.hDC != NULL && last_draw.itemID == 0, "rect and dc");

    log_buf[0] = 0;
    SetFocus(b);
    flush(b);
    ok_log("draw(4,0,a4,s10) ", "focus: ODA_FOCUS at once");
    log_buf[0] = 0;
    SendMessageW(b, BM_SETSTATE, TRUE, 0);
    flush(b);
    ok_log("draw(4,0,a2,s11) ", "press: ODA_SELECT at once");
    log_buf[0] = 0;
    SendMessageW(b, BM_SETSTATE, FALSE, 0);
    flush(b);
    ok_log("draw(4,0,a2,s10) ", "release");
    log_buf[0] = 0;
    SetFocus(other);
    flush(b);
    ok_log("draw(4,0,a4,s0) draw(4,0,a1,s0) ", "focus lost: ODA_FOCUS, then a paint");
    log_buf[0] = 0;
    EnableWindow(b, FALSE);
    flush(b);
    ok_log("draw(4,0,a1,s4) ", "disabled");
    log_buf[0] = 0;
    SendMessageW(b, BM_SETCHECK, BST_CHECKED, 0);
    flush(b);
    ok_log("", "BM_SETCHECK draws nothing");
    EnableWindow(b, TRUE);
    last_command = 0;
    SendMessageW(b, WM_LBUTTONDBLCLK, 0, 0);
    ok(last_command == MAKEWPARAM(ID_CTL, BN_DOUBLECLICKED), "a double click: BN_DOUBLECLICKED: %x", (int)last_command);
    SendMessageW(b, WM_LBUTTONUP, 0, 0);
    DestroyWindow(b);
    DestroyWindow(other);
}

static void test_button_image(void)
{
    HWND b = make(L"Button", L"", BS_ICON, 10, 10, 60, 40, ID_CTL);
    HICON icon = LoadIconW(NULL, (LPCWSTR)IDI_QUESTION), icon2 = LoadIconW(NULL, (LPCWSTR)IDI_WARNING);
    HBITMAP bmp = CreateBitmap(8, 8, 1, 1, NULL);
    LRESULT r;

    ok(icon && icon2, "system icons");
    r = SendMessageW(b, BM_SETIMAGE, IMAGE_ICON, (LPARAM)icon);
    ok(r == 0, "BM_SETIMAGE: no previous image: %p", (void *)r);
    r = SendMessageW(b, BM_SETIMAGE, IMAGE_ICON, (LPARAM)icon2);
    ok(r == (LRESULT)icon, "BM_SETIMAGE returns the previous: %p", (void *)r);
    ok(SendMessageW(b, BM_GETIMAGE, IMAGE_ICON, 0) == (LRESULT)icon2, "BM_GETIMAGE");
    ok(SendMessageW(b, BM_GETIMAGE, IMAGE_BITMAP, 0) == (LRESULT)icon2, "BM_GETIMAGE ignores the type asked");
    r = SendMessageW(b, BM_SETIMAGE, IMAGE_BITMAP, (LPARAM)bmp);
    ok(r == 0, "a bitmap on a BS_ICON button is refused: %p", (void *)r);
    ok(SendMessageW(b, BM_GETIMAGE, IMAGE_ICON, 0) == (LRESULT)icon2, "and the icon stays");
    ok(SendMessageW(b, BM_SETIMAGE, 7, (LPARAM)bmp) == 0, "BM_SETIMAGE of an unknown type");
    ok(SendMessageW(b, BM_GETIMAGE, 7, 0) == (LRESULT)icon2, "BM_GETIMAGE of an unknown type");
    DestroyWindow(b);
    b = make(L"Button", L"text", BS_PUSHBUTTON, 10, 10, 60, 40, ID_CTL);
    ok(SendMessageW(b, BM_SETIMAGE, IMAGE_BITMAP, (LPARAM)bmp) == 0, "BM_SETIMAGE on a text button");
    ok(SendMessageW(b, BM_GETIMAGE, IMAGE_BITMAP, 0) == 0, "a text button keeps no image");
    DestroyWindow(b);
    DeleteObject(bmp);
}

/* a BS_BITMAP button painted into a DIB: the bitmap centred, grayed when disabled */
static void test_button_pixels(void)
{
    BITMAPINFO bi = { { sizeof(BITMAPINFOHEADER), 60, -40, 1, 32, BI_RGB, 0, 0, 0, 0, 0 } };
    HDC dc = CreateCompatibleDC(NULL), src = CreateCompatibleDC(NULL);
    DWORD *bits, *img;
    HBITMAP dib = CreateDIBSection(dc, &bi, DIB_RGB_COLORS, (void **)&bits, NULL, 0), bmp;
    HWND b = make(L"Button", L"", BS_BITMAP, 10, 10, 60, 40, ID_CTL);
    int red = 0, gray = 0;

    bi.bmiHeader.biWidth = 8;
    bi.bmiHeader.biHeight = -8;
    bmp = CreateDIBSection(src, &bi, DIB_RGB_COLORS, (void **)&img, NULL, 0);
    for (int i = 0; i < 64; i++) img[i] = 0xff0000;
    SelectObject(dc, dib);
    SendMessageW(b, BM_SETIMAGE, IMAGE_BITMAP, (LPARAM)bmp);
    memset(bits, 0x55, 60 * 40 * 4);
    SendMessageW(b, WM_PAINT, (WPARAM)dc, 0);
    for (int y = 16; y < 24; y++)
        for (int x = 26; x < 34; x++) red += (bits[y * 60 + x] & 0xffffff) == 0xff0000;
    ok(red == 64, "the bitmap in the middle: %d red pixels", red);
    ok((bits[2 * 60 + 2] & 0xffffff) != 0xff0000 && (bits[2 * 60 + 2] & 0xffffff) != 0x555555, "the face around it");
    EnableWindow(b, FALSE);
    memset(bits, 0x55, 60 * 40 * 4);
    SendMessageW(b, WM_PAINT, (WPARAM)dc, 0);
    for (int y = 16; y < 24; y++)
        for (int x = 26; x < 34; x++) gray += (bits[y * 60 + x] & 0xffffff) != 0xff0000;
    ok(gray >= 16, "grayed when disabled: %d pixels changed", gray);
    DestroyWindow(b);
    DeleteDC(dc);
    DeleteDC(src);
    DeleteObject(dib);
    DeleteObject(bmp);
}

static void test_static(void)
{
    HWND s = make(L"Static", L"", SS_OWNERDRAW, 10, 10, 50, 20, ID_STATIC);
    log_buf[0] = 0;
    flush(parent);
    InvalidateRect(s, NULL, TRUE);
    flush(s);
    ok(log_repeats("draw(5,0,a1,s0) "), "SS_OWNERDRAW paints: %s", log_buf);
    ok(last_draw.CtlType == ODT_STATIC && last_draw.CtlID == ID_STATIC && last_draw.hwndItem == s, "static fields");
    DestroyWindow(s);
}

static void test_listbox(void)
{
    HWND lb;
    RECT rc;
    LRESULT r;

    log_buf[0] = 0;
    lb = make(L"ListBox", L"", LBS_OWNERDRAWVARIABLE, 10, 10, 100, 100, ID_CTL);
    ok_log("", "no WM_MEASUREITEM at creation for LBS_OWNERDRAWVARIABLE");
    log_buf[0] = 0;
    for (int i = 0; i < 4; i++) SendMessageW(lb, LB_ADDSTRING, 0, 0x100 + i * 5);
    ok_log("measure(2,0,d100) measure(2,1,d105) measure(2,2,d10a) measure(2,3,d10f) ", "measured per item");
    for (int i = 0, top = 0; i < 4; i++) {
        r = SendMessageW(lb, LB_GETITEMHEIGHT, i, 0);
        SendMessageW(lb, LB_GETITEMRECT, i, (LPARAM)&rc);
        ok(r == 10 + i * 5 && rc.left == 0 && rc.top == top && rc.right == 100 && rc.bottom == top + r,
           "item %d: height %d, rect %d,%d,%d,%d", i, (int)r, (int)rc.left, (int)rc.top, (int)rc.right, (int)rc.bottom);
        top += r;
    }
    r = SendMessageW(lb, LB_ITEMFROMPOINT, 0, MAKELPARAM(5, 25));
    ok(r == 2, "LB_ITEMFROMPOINT with variable heights: %x", (int)r);
    log_buf[0] = 0;
    SendMessageW(lb, LB_INSERTSTRING, 1, 0x120);
    ok_log("measure(2,1,d120) ", "LB_INSERTSTRING measures");
    log_buf[0] = 0;
    flush(parent);
    InvalidateRect(lb, NULL, TRUE);
    flush(lb);
    ok(log_repeats("draw(2,0,a1,s0) draw(2,1,a1,s0) draw(2,2,a1,s0) draw(2,3,a1,s0) draw(2,4,a1,s0) "),
       "paint: %s", log_buf);
    log_buf[0] = 0;
    SendMessageW(lb, LB_SETCURSEL, 2, 0);
    flush(lb);
    ok_log("draw(2,2,a2,s1) ", "LB_SETCURSEL: ODA_SELECT at once");
    log_buf[0] = 0;
    SendMessageW(lb, LB_SETCURSEL, 0, 0);
    flush(lb);
    ok_log("draw(2,2,a2,s0) draw(2,0,a2,s1) ", "a new selection: the old item, then the new");
    log_buf[0] = 0;
    SendMessageW(lb, LB_DELETESTRING, 0, 0);
    ok_log("delete(2,0,d100) ", "LB_DELETESTRING");
    ok(last_delete.CtlID == ID_CTL && last_delete.hwndItem == lb, "DELETEITEMSTRUCT");
    log_buf[0] = 0;
    DestroyWindow(lb);
    ok_log("delete(2,3,d10f) delete(2,2,d10a) delete(2,1,d105) delete(2,0,d120) ", "destruction: last first");

    /* sorted without strings: WM_COMPAREITEM */
    lb = make(L"ListBox", L"", LBS_OWNERDRAWFIXED | LBS_SORT, 10, 10, 100, 100, ID_CTL);
    SendMessageW(lb, LB_ADDSTRING, 0, 50);
    compare_count = 0;
    r = SendMessageW(lb, LB_ADDSTRING, 0, 30);
    ok(r == 0 && compare_count == 1, "sorted by WM_COMPAREITEM: %d after %d", (int)r, compare_count);
    ok(last_compare.CtlType == ODT_LISTBOX && last_compare.CtlID == ID_CTL && last_compare.hwndItem == lb &&
       last_compare.itemID1 == 0 && last_compare.itemData1 == 50 && last_compare.itemID2 == (UINT)-1 &&
       last_compare.itemData2 == 30, "COMPAREITEMSTRUCT: %d %d %d %d",
       (int)last_compare.itemID1, (int)last_compare.itemData1, (int)last_compare.itemID2, (int)last_compare.itemData2);
    ok(SendMessageW(lb, LB_ADDSTRING, 0, 70) == 2, "70 last");
    ok(SendMessageW(lb, LB_ADDSTRING, 0, 40) == 1, "40 between");
    ok(SendMessageW(lb, LB_ADDSTRING, 0, 50) == 2, "an equal item goes before");
    for (int i = 0; i < 5; i++) {
        static const int want[5] = { 30, 40, 50, 50, 70 };
        r = SendMessageW(lb, LB_GETITEMDATA, i, 0);
        ok(r == want[i], "item %d: %d", i, (int)r);
    }
    compare_count = 0;
    r = SendMessageW(lb, LB_FINDSTRING, -1, 40);
    ok(r == 1 && compare_count == 0, "LB_FINDSTRING compares data, not by WM_COMPAREITEM: %d, %d", (int)r, compare_count);
    DestroyWindow(lb);
}

static void test_multicolumn(void)
{
    HWND lb = make(L"ListBox", L"", LBS_OWNERDRAWFIXED | LBS_MULTICOLUMN, 10, 10, 130, 100, ID_CTL);
    RECT rc;
    LRESULT r;

    for (int i = 0; i < 17; i++) SendMessageW(lb, LB_ADDSTRING, 0, i);
    GetClientRect(lb, &rc);
    ok(rc.right == 130 && rc.bottom == 100, "client %d,%d", (int)rc.right, (int)rc.bottom);
    r = SendMessageW(lb, LB_GETITEMRECT, 7, (LPARAM)&rc);
    ok(r == 0 && rc.left == 150 && rc.top == 40 && rc.right == 300 && rc.bottom == 60,
       "columns are 150 wide at first; item 7 hidden: %d %d,%d,%d,%d", (int)r, (int)rc.left, (int)rc.top,
       (int)rc.right, (int)rc.bottom);
    SendMessageW(lb, LB_SETCOLUMNWIDTH, 50, 0);
    for (int i = 0; i < 17; i += 4) {
        r = SendMessageW(lb, LB_GETITEMRECT, i, (LPARAM)&rc);
        ok(rc.left == i / 5 * 50 && rc.right == rc.left + 50 && rc.top == i % 5 * 20 && rc.bottom == rc.top + 20 &&
           r == (rc.left < 130), "item %d: %d %d,%d,%d,%d", i, (int)r, (int)rc.left, (int)rc.top, (int)rc.right,
           (int)rc.bottom);
    }
    r = SendMessageW(lb, LB_ITEMFROMPOINT, 0, MAKELPARAM(60, 45));
    ok(r == 7, "LB_ITEMFROMPOINT 60,45: %x", (int)r);
    r = SendMessageW(lb, LB_ITEMFROMPOINT, 0, MAKELPARAM(125, 95));
    ok(r == 14, "LB_ITEMFROMPOINT 125,95: %x", (int)r);
    r = SendMessageW(lb, LB_SETTOPINDEX, 7, 0);
    ok(r == 0 && SendMessageW(lb, LB_GETTOPINDEX, 0, 0) == 5, "the top index is a column's first item");
    SendMessageW(lb, LB_GETITEMRECT, 7, (LPARAM)&rc);
    ok(rc.left == 0 && rc.top == 40 && rc.right == 50 && rc.bottom == 60, "item 7 scrolled: %d,%d,%d,%d",
       (int)rc.left, (int)rc.top, (int)rc.right, (int)rc.bottom);
    SendMessageW(lb, LB_GETITEMRECT, 0, (LPARAM)&rc);
    ok(rc.left == -50 && rc.top == 0 && rc.right == 0 && rc.bottom == 20, "item 0 left of the client: %d,%d,%d,%d",
       (int)rc.left, (int)rc.top, (int)rc.right, (int)rc.bottom);
    SendMessageW(lb, LB_SETTOPINDEX, 0, 0);
    SendMessageW(lb, LB_SETCURSEL, 16, 0);
    ok(SendMessageW(lb, LB_GETTOPINDEX, 0, 0) == 10, "the selection scrolled into whole columns");
    SendMessageW(lb, WM_HSCROLL, SB_LINELEFT, 0);
    ok(SendMessageW(lb, LB_GETTOPINDEX, 0, 0) == 5, "SB_LINELEFT: a column");
    SendMessageW(lb, WM_HSCROLL, SB_LINERIGHT, 0);
    SendMessageW(lb, WM_HSCROLL, SB_LINERIGHT, 0);
    ok(SendMessageW(lb, LB_GETTOPINDEX, 0, 0) == 10, "SB_LINERIGHT stops at the last columns");
    log_buf[0] = 0;
    flush(parent);
    InvalidateRect(lb, NULL, TRUE);
    flush(lb);
    ok(log_repeats("draw(2,10,a1,s0) draw(2,11,a1,s0) draw(2,12,a1,s0) draw(2,13,a1,s0) draw(2,14,a1,s0) "
                   "draw(2,15,a1,s0) draw(2,16,a1,s1) "), "paint: the columns shown: %s", log_buf);
    DestroyWindow(lb);
}

static const char *text_of(HWND lb, int i, BOOL combo)
{
    static char a[260];
    if (SendMessageA(lb, combo ? CB_GETLBTEXT : LB_GETTEXT, i, (LPARAM)a) < 0) return "(err)";
    return a;
}

/* the entries into log_buf, space-separated */
static void dump(HWND lb, BOOL combo)
{
    int n = (int)SendMessageW(lb, combo ? CB_GETCOUNT : LB_GETCOUNT, 0, 0);
    log_buf[0] = 0;
    for (int i = 0; i < n; i++) logf_("%s", text_of(lb, i, combo));
}

/* the drives: "[-c-]" first (every prefix has C:), then "[-x-]" entries */
static BOOL drives_ok(const char *s)
{
    if (strncmp(s, "[-c-] ", 6)) return FALSE;
    for (s += 6; *s; s += 6)
        if (s[0] != '[' || s[1] != '-' || s[2] < 'a' || s[2] > 'z' || strncmp(s + 3, "-] ", 3)) return FALSE;
    return TRUE;
}

static char dir[MAX_PATH - 20];

static void make_file(const char *name)
{
    char path[2 * MAX_PATH];
    HANDLE h;
    sprintf(path, "%s\\%s", dir, name);
    h = CreateFileA(path, GENERIC_WRITE, 0, NULL, CREATE_ALWAYS, 0, NULL);
    CloseHandle(h);
}

static void test_dir(void)
{
    static const char all_entries[] = "a.txt b.txt c.dat Zed.txt [..] [Dir2.txt] [sub] ";
    char spec[2 * MAX_PATH], old_cwd[MAX_PATH], buf[2 * MAX_PATH];
    HWND lb, cb, st;
    LRESULT r;
    BOOL b;

    GetCurrentDirectoryA(MAX_PATH, old_cwd);
    GetTempPathA(MAX_PATH, buf);
    snprintf(dir, sizeof(dir), "%swrodraw%lu", buf, GetCurrentProcessId());
    ok(CreateDirectoryA(dir, NULL), "temp dir");
    make_file("b.txt");
    make_file("a.txt");
    make_file("c.dat");
    make_file("Zed.txt");
    sprintf(buf, "%s\\sub", dir);
    CreateDirectoryA(buf, NULL);
    sprintf(buf, "%s\\Dir2.txt", dir);
    CreateDirectoryA(buf, NULL);

    lb = make(L"ListBox", L"", 0, 10, 10, 100, 100, ID_CTL);
    sprintf(spec, "%s\\*.txt", dir);
    r = SendMessageA(lb, LB_DIR, 0, (LPARAM)spec);
    dump(lb, FALSE);
    ok(r == 2 && !strcmp(log_buf, "a.txt b.txt Zed.txt "), "LB_DIR files: %d %s", (int)r, log_buf);
    SendMessageW(lb, LB_RESETCONTENT, 0, 0);
    r = SendMessageA(lb, LB_DIR, DDL_DIRECTORY, (LPARAM)spec);
    dump(lb, FALSE);
    ok(r == 3 && !strcmp(log_buf, "a.txt b.txt Zed.txt [Dir2.txt] "), "LB_DIR DDL_DIRECTORY: the mask's directories after the files: %d %s", (int)r, log_buf);
    SendMessageW(lb, LB_RESETCONTENT, 0, 0);
    sprintf(spec, "%s\\*", dir);
    r = SendMessageA(lb, LB_DIR, DDL_DIRECTORY | DDL_EXCLUSIVE, (LPARAM)spec);
    dump(lb, FALSE);
    ok(r == 2 && !strcmp(log_buf, "[..] [Dir2.txt] [sub] "), "LB_DIR directories only: %d %s", (int)r, log_buf);
    SendMessageW(lb, LB_RESETCONTENT, 0, 0);
    r = SendMessageA(lb, LB_DIR, DDL_DRIVES | DDL_EXCLUSIVE, (LPARAM)spec);
    dump(lb, FALSE);
    ok(r == SendMessageW(lb, LB_GETCOUNT, 0, 0) - 1 && drives_ok(log_buf), "LB_DIR drives: %d %s", (int)r, log_buf);
    SendMessageW(lb, LB_RESETCONTENT, 0, 0);
    r = SendMessageA(lb, LB_DIR, DDL_DIRECTORY | DDL_DRIVES, (LPARAM)spec);
    dump(lb, FALSE);
    ok(r == SendMessageW(lb, LB_GETCOUNT, 0, 0) - 1 && !strncmp(log_buf, all_entries, strlen(all_entries)) &&
       drives_ok(log_buf + strlen(all_entries)), "LB_DIR all: files, directories, drives: %d %s", (int)r, log_buf);
    SendMessageW(lb, LB_RESETCONTENT, 0, 0);
    sprintf(spec, "%s\\nothing*", dir);
    r = SendMessageA(lb, LB_DIR, 0, (LPARAM)spec);
    ok(r == LB_ERR && SendMessageW(lb, LB_GETCOUNT, 0, 0) == 0, "LB_DIR of nothing: %d", (int)r);
    DestroyWindow(lb);

    /* DlgDirList: the list, the static showing the directory, the current directory */
    lb = make(L"ListBox", L"", LBS_SORT, 10, 10, 100, 100, ID_CTL);
    st = make(L"Static", L"", 0, 10, 120, 100, 20, ID_STATIC);
    sprintf(spec, "%s\\*.txt", dir);
    r = DlgDirListA(parent, spec, ID_CTL, ID_STATIC, DDL_DIRECTORY);
    ok(r == 1 && !strcmp(spec, "*.TXT"), "DlgDirList: %d, the spec left %s", (int)r, spec);
    dump(lb, FALSE);
    ok(!strcmp(log_buf, "a.txt b.txt Zed.txt [..] [Dir2.txt] [sub] "), "DlgDirList: %s", log_buf);
    GetCurrentDirectoryA(MAX_PATH, buf);
    ok(!lstrcmpiA(buf, dir), "DlgDirList changed directory: %s", buf);
    CharLowerA(buf);
    GetWindowTextA(st, spec, MAX_PATH);
    ok(!strcmp(spec, buf), "the static shows it in lower case: %s", spec);
    SendMessageW(lb, LB_SETCURSEL, 0, 0);
    buf[0] = 0;
    b = DlgDirSelectExA(parent, buf, MAX_PATH, ID_CTL);
    ok(!b && !strcmp(buf, "a.txt"), "DlgDirSelectEx of a file: %d %s", b, buf);
    r = SendMessageA(lb, LB_FINDSTRINGEXACT, -1, (LPARAM)"[sub]");
    SendMessageW(lb, LB_SETCURSEL, r, 0);
    b = DlgDirSelectExA(parent, buf, MAX_PATH, ID_CTL);
    ok(b && !strcmp(buf, "sub\\"), "DlgDirSelectEx of a directory: %d %s", b, buf);
    r = SendMessageA(lb, LB_FINDSTRINGEXACT, -1, (LPARAM)"[..]");
    SendMessageW(lb, LB_SETCURSEL, r, 0);
    b = DlgDirSelectExA(parent, buf, MAX_PATH, ID_CTL);
    ok(b && !strcmp(buf, "..\\"), "DlgDirSelectEx of ..: %d %s", b, buf);
    SendMessageW(lb, LB_RESETCONTENT, 0, 0);
    SendMessageA(lb, LB_DIR, DDL_DRIVES | DDL_EXCLUSIVE, (LPARAM)"*");
    SendMessageW(lb, LB_SETCURSEL, 0, 0);
    b = DlgDirSelectExA(parent, buf, MAX_PATH, ID_CTL);
    ok(b && !strcmp(buf, "c:"), "DlgDirSelectEx of a drive: %d %s", b, buf);
    SendMessageW(lb, LB_SETCURSEL, -1, 0);
    strcpy(buf, "zz");
    b = DlgDirSelectExA(parent, buf, MAX_PATH, ID_CTL);
    ok(!b && !strcmp(buf, "zz"), "DlgDirSelectEx of nothing: %d %s", b, buf);
    SetCurrentDirectoryA(old_cwd);
    DestroyWindow(lb);

    cb = make(L"ComboBox", L"", CBS_DROPDOWNLIST, 10, 10, 100, 100, ID_CTL);
    sprintf(spec, "%s\\*.txt", dir);
    r = SendMessageA(cb, CB_DIR, DDL_DIRECTORY, (LPARAM)spec);
    dump(cb, TRUE);
    ok(r == 3 && !strcmp(log_buf, "a.txt b.txt Zed.txt [Dir2.txt] "), "CB_DIR: %d %s", (int)r, log_buf);
    SendMessageW(cb, CB_RESETCONTENT, 0, 0);
    sprintf(spec, "%s\\*.dat", dir);
    r = DlgDirListComboBoxA(parent, spec, ID_CTL, ID_STATIC, 0);
    dump(cb, TRUE);
    ok(r == 1 && !strcmp(spec, "*.DAT") && !strcmp(log_buf, "c.dat "), "DlgDirListComboBox: %d %s %s", (int)r, spec, log_buf);
    SendMessageW(cb, CB_SETCURSEL, 0, 0);
    b = DlgDirSelectComboBoxExA(parent, buf, MAX_PATH, ID_CTL);
    ok(!b && !strcmp(buf, "c.dat"), "DlgDirSelectComboBoxEx: %d %s", b, buf);
    SetCurrentDirectoryA(old_cwd);
    DestroyWindow(cb);
    DestroyWindow(st);

    sprintf(buf, "%s\\sub", dir); RemoveDirectoryA(buf);
    sprintf(buf, "%s\\Dir2.txt", dir); RemoveDirectoryA(buf);
    sprintf(buf, "%s\\a.txt", dir); DeleteFileA(buf);
    sprintf(buf, "%s\\b.txt", dir); DeleteFileA(buf);
    sprintf(buf, "%s\\c.dat", dir); DeleteFileA(buf);
    sprintf(buf, "%s\\Zed.txt", dir); DeleteFileA(buf);
    ok(RemoveDirectoryA(dir), "temp dir removed");
}

static void test_combo(void)
{
    HWND cb;
    log_buf[0] = 0;
    cb = make(L"ComboBox", L"", CBS_DROPDOWNLIST | CBS_OWNERDRAWFIXED, 10, 10, 100, 100, ID_CTL);
    ok_log("measure(3,-1,d0) measure(3,0,d0) ", "combo creation: the field, then the items");
    log_buf[0] = 0;
    SendMessageW(cb, CB_ADDSTRING, 0, 0x55);
    SendMessageW(cb, CB_SETCURSEL, 0, 0);
    flush(parent);
    InvalidateRect(cb, NULL, TRUE);
    flush(cb);
    ok(log_repeats("draw(3,0,a1,s1000) "), "the field: ODS_COMBOBOXEDIT: %s", log_buf);
    ok(last_draw.itemData == 0x55, "its data");
    ok(last_draw.CtlType == ODT_COMBOBOX && last_draw.CtlID == ID_CTL && last_draw.hwndItem == cb, "combo fields");
    log_buf[0] = 0;
    DestroyWindow(cb);
    ok_log("delete(3,0,d55) ", "combo destruction");
}

int main(void)
{
    WNDCLASSW wc = { 0 };

    wc.lpfnWndProc = parent_proc;
    wc.hInstance = GetModuleHandleW(NULL);
    wc.lpszClassName = L"OdParent";
    RegisterClassW(&wc);
    parent = CreateWindowExW(0, L"OdParent", L"owner-draw test", WS_OVERLAPPEDWINDOW | WS_VISIBLE, 0, 0, 400, 300,
                             NULL, NULL, wc.hInstance, NULL);
    ok(parent != NULL, "parent window");
    test_button();
    test_button_image();
    test_button_pixels();
    test_static();
    test_listbox();
    test_multicolumn();
    test_combo();
    test_dir();
    DestroyWindow(parent);
    return test_done();
}
