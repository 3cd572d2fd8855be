/* user32 classes and window data: RegisterClass errors and lookups, class
 * and window extra bytes, Get/SetWindowLongPtr, subclassing across A and W
 * with CallWindowProc, properties, enumeration and FindWindow, system
 * metrics and parameters. */
#include "test.h"

static WNDPROC old_proc;
static char last_text_a[64];
static WCHAR last_text_w[64];

static LRESULT CALLBACK proc_w(HWND hwnd, UINT msg, WPARAM wp, LPARAM lp)
{
    if (msg == WM_SETTEXT && lp) lstrcpynW(last_text_w, (LPCWSTR)lp, 64);
    return DefWindowProcW(hwnd, msg, wp, lp);
}

static LRESULT CALLBACK subclass_a(HWND hwnd, UINT msg, WPARAM wp, LPARAM lp)
{
    if (msg == WM_SETTEXT && lp) lstrcpynA(last_text_a, (LPCSTR)lp, 64);
    return CallWindowProcA(old_proc, hwnd, msg, wp, lp);
}

static int enum_count;
static HWND enum_seen[8];
static BOOL CALLBACK enum_proc(HWND hwnd, LPARAM lp)
{
    (void)lp;
    if (enum_count < 8) enum_seen[enum_count] = hwnd;
    enum_count++;
    return TRUE;
}

static int prop_count;
static BOOL CALLBACK prop_proc(HWND hwnd, LPCSTR name, HANDLE data)
{
    (void)hwnd;
    /* the system may keep properties of its own (Wine's X11 driver does) */
    if (!IS_INTRESOURCE(name) && (!lstrcmpiA(name, "one") || !lstrcmpiA(name, "two")) &&
        (ULONG_PTR)data <= 2) prop_count++;
    return TRUE;
}

int main(void)
{
    HINSTANCE inst = GetModuleHandleA(NULL);
    WNDCLASSEXW wc = { sizeof(wc) };
    WNDCLASSA info;
    ATOM atom;
    HWND top, c1, c2, c3;
    BOOL r;
    DWORD err;
    char name[64];
    WCHAR wtext[64];
    RECT rc;

    wc.lpfnWndProc = proc_w;
    wc.hInstance = inst;
    wc.lpszClassName = L"UnicodeClass";
    wc.cbClsExtra = 8;
    wc.cbWndExtra = 16;
    wc.style = CS_DBLCLKS | CS_HREDRAW;
    atom = RegisterClassExW(&wc);
    ok(atom >= 0xc000, "RegisterClassExW atom %x", atom);
    SetLastError(0xdeadbeef);
    r = RegisterClassExW(&wc);
    err = GetLastError();
    ok(!r && err == ERROR_CLASS_ALREADY_EXISTS, "second RegisterClassExW: %d err %lu", r, err);
    ok(GetClassInfoA(inst, "unicodeclass", &info), "GetClassInfoA is case-insensitive");
    ok(info.style == (CS_DBLCLKS | CS_HREDRAW) && info.cbWndExtra == 16 && info.cbClsExtra == 8,
       "class info style %x extra %d/%d", info.style, info.cbWndExtra, info.cbClsExtra);
    SetLastError(0xdeadbeef);
    r = GetClassInfoA(inst, "NoSuchClass", &info);
    err = GetLastError();
    ok(!r && err == ERROR_CLASS_DOES_NOT_EXIST, "missing class: %d err %lu", r, err);
    SetLastError(0xdeadbeef);
    top = CreateWindowExA(0, "NoSuchClass", NULL, WS_POPUP, 0, 0, 10, 10, NULL, NULL, inst, NULL);
    err = GetLastError();
    /* Windows says ERROR_CANNOT_FIND_WND_CLASS; Wine ERROR_CLASS_DOES_NOT_EXIST */
    ok(!top && (err == ERROR_CANNOT_FIND_WND_CLASS ||
                (err == ERROR_CLASS_DOES_NOT_EXIST && GetProcAddress(GetModuleHandleA("ntdll"), "wine_get_version"))),
       "CreateWindow with no class: err %lu", err);
    SetLastError(0xdeadbeef);
    top = CreateWindowExA(0, "UnicodeClass", NULL, WS_CHILD, 0, 0, 10, 10, NULL, NULL, inst, NULL);
    err = GetLastError();
    ok(!top && err == ERROR_TLW_WITH_WSCHILD, "WS_CHILD without a parent: err %lu", err);

    top = CreateWindowExA(0, "UnicodeClass", "Top", WS_OVERLAPPEDWINDOW, 0, 0, 200, 100, NULL, NULL, inst, NULL);
    ok(top != NULL, "CreateWindowExA on a W class");
    ok(IsWindowUnicode(top), "a W class makes a Unicode window");
    ok(GetClassNameA(top, name, sizeof(name)) == 12 && !strcmp(name, "UnicodeClass"), "GetClassNameA '%s'", name);
    ok(GetClassLongA(top, GCW_ATOM) == atom, "GCW_ATOM");
    ok(GetClassLongA(top, GCL_STYLE) == (CS_DBLCLKS | CS_HREDRAW), "GCL_STYLE");
    SetClassLongPtrA(top, 0, 0x1122334455667788);
    ok(GetClassLongPtrA(top, 0) == 0x1122334455667788, "class extra bytes");
    SetLastError(0xdeadbeef);
    GetClassLongPtrA(top, 4);
    ok(GetLastError() == ERROR_INVALID_INDEX, "class extra out of range: err %lu", GetLastError());
    SetLastError(0xdeadbeef);
    r = UnregisterClassA("UnicodeClass", inst);
    err = GetLastError();
    ok(!r && err == ERROR_CLASS_HAS_WINDOWS, "UnregisterClass with windows: err %lu", err);

    /* window data */
    ok(GetWindowLongPtrA(top, 8) == 0, "window extra bytes start zeroed");
    SetWindowLongPtrA(top, 8, 0x55);
    ok(GetWindowLongPtrA(top, 8) == 0x55, "window extra bytes");
    SetLastError(0xdeadbeef);
    GetWindowLongPtrA(top, 9);
    ok(GetLastError() == ERROR_INVALID_INDEX, "window extra out of range: err %lu", GetLastError());
    SetWindowLongPtrA(top, GWLP_USERDATA, 0xabc);
    ok(GetWindowLongPtrA(top, GWLP_USERDATA) == 0xabc, "GWLP_USERDATA");
    ok(GetWindowLongPtrW(top, GWLP_WNDPROC) == (LONG_PTR)proc_w, "W procedure seen from W is its address");
    ok(GetWindowLongPtrA(top, GWLP_WNDPROC) != (LONG_PTR)proc_w, "W procedure seen from A is a handle");

    /* subclass with an A procedure: strings reach each in its own set */
    old_proc = (WNDPROC)SetWindowLongPtrA(top, GWLP_WNDPROC, (LONG_PTR)subclass_a);
    ok(!IsWindowUnicode(top), "an A subclass makes the window ANSI");
    SetWindowTextW(top, L"Wide");
    ok(!strcmp(last_text_a, "Wide"), "A subclass got '%s'", last_text_a);
    ok(!lstrcmpW(last_text_w, L"Wide"), "W procedure got the W text");
    ok(GetWindowTextW(top, wtext, 64) == 4 && !lstrcmpW(wtext, L"Wide"), "text kept");
    SetWindowTextA(top, "Narrow");
    ok(!strcmp(last_text_a, "Narrow") && !lstrcmpW(last_text_w, L"Narrow"), "A text reached both");
    SetWindowLongPtrA(top, GWLP_WNDPROC, (LONG_PTR)old_proc);
    ok(IsWindowUnicode(top), "the handle restores the W procedure");

    /* the child tree in Z order */
    c1 = CreateWindowExA(0, "UnicodeClass", "c1", WS_CHILD, 0, 0, 10, 10, top, (HMENU)1, inst, NULL);
    c2 = CreateWindowExA(0, "UnicodeClass", "c2", WS_CHILD, 0, 0, 10, 10, top, (HMENU)2, inst, NULL);
    c3 = CreateWindowExA(0, "UnicodeClass", "c3", WS_CHILD, 0, 0, 10, 10, c1, (HMENU)3, inst, NULL);
    ok(GetWindow(top, GW_CHILD) == c1, "first child is the first created");
    ok(GetWindow(c1, GW_HWNDNEXT) == c2 && GetWindow(c2, GW_HWNDPREV) == c1, "siblings");
    ok(GetWindow(c1, GW_HWNDLAST) == c2 && GetWindow(c2, GW_HWNDFIRST) == c1, "first/last");
    enum_count = 0;
    EnumChildWindows(top, enum_proc, 0);
    ok(enum_count == 3 && enum_seen[0] == c1 && enum_seen[1] == c3 && enum_seen[2] == c2,
       "EnumChildWindows depth first: %d", enum_count);
    ok(FindWindowExA(top, NULL, NULL, "c2") == c2, "FindWindowEx by title");
    ok(FindWindowExA(top, c1, "UnicodeClass", NULL) == c2, "FindWindowEx after c1");
    ok(FindWindowA("UnicodeClass", "Narrow") == top, "FindWindow top-level");
    ok(GetDlgItem(top, 2) == c2, "GetDlgItem");
    SetWindowPos(c2, HWND_TOP, 0, 0, 0, 0, SWP_NOMOVE | SWP_NOSIZE);
    ok(GetWindow(top, GW_CHILD) == c2, "SetWindowPos(HWND_TOP) reorders");
    ok(SetParent(c3, top) == c1 && GetParent(c3) == top, "SetParent");

    /* properties */
    ok(SetPropA(top, "one", (HANDLE)1) && SetPropA(top, "two", (HANDLE)2), "SetProp");
    ok(GetPropA(top, "ONE") == (HANDLE)1, "GetProp is case-insensitive");
    prop_count = 0;
    EnumPropsA(top, prop_proc);
    ok(prop_count == 2, "EnumProps %d", prop_count);
    ok(RemovePropA(top, "one") == (HANDLE)1 && !GetPropA(top, "one"), "RemoveProp");

    /* metrics agree with each other and with AdjustWindowRectEx */
    SetRectEmpty(&rc);
    AdjustWindowRectEx(&rc, WS_OVERLAPPEDWINDOW, FALSE, 0);
    ok(-rc.top == GetSystemMetrics(SM_CYCAPTION) + rc.bottom, "caption %ld = top %ld - bottom %ld",
       (long)GetSystemMetrics(SM_CYCAPTION), -rc.top, rc.bottom);
    SetRectEmpty(&rc);
    AdjustWindowRectEx(&rc, WS_POPUP | WS_BORDER, FALSE, 0);
    ok(rc.right == GetSystemMetrics(SM_CXBORDER), "WS_BORDER adds SM_CXBORDER: %ld", rc.right);
    SetRectEmpty(&rc);
    AdjustWindowRectEx(&rc, WS_POPUP, TRUE, WS_EX_CLIENTEDGE);
    ok(rc.right == GetSystemMetrics(SM_CXEDGE) && -rc.top == GetSystemMetrics(SM_CYMENU) + rc.right,
       "menu and client edge %ld %ld", rc.top, rc.right);
    ok(GetSystemMetrics(SM_CXSCREEN) > 0 && GetSystemMetrics(SM_CYSCREEN) > 0, "screen size");
    ok(SystemParametersInfoA(SPI_GETWORKAREA, 0, &rc, 0) && rc.right > 0, "SPI_GETWORKAREA");
    {
        NONCLIENTMETRICSW ncm;
        ncm.cbSize = sizeof(ncm);
        ok(SystemParametersInfoW(SPI_GETNONCLIENTMETRICS, sizeof(ncm), &ncm, 0), "SPI_GETNONCLIENTMETRICS");
        ok(ncm.lfMessageFont.lfFaceName[0] != 0 && ncm.lfMessageFont.lfHeight != 0, "message font");
    }
    ok(GetSysColor(COLOR_WINDOW) == RGB(255, 255, 255), "COLOR_WINDOW %lx", GetSysColor(COLOR_WINDOW));

    ok(DestroyWindow(top), "DestroyWindow");
    ok(!IsWindow(c1) && !IsWindow(c2) && !IsWindow(c3), "children destroyed with the parent");
    ok(UnregisterClassA("UnicodeClass", inst), "UnregisterClass");
    return test_done();
}
