/* A modal dialog and a MessageBox on the display, for tests/gui/run.sh.
 * The dialog prints "check X Y" and "ok X Y" (screen centres of its check
 * box and OK button) once shown; the runner clicks both, and DialogBox
 * returns 11 if the box was checked (10 if not): "dialog returned N".
 * Then a MessageBox (OK/Cancel, MB_ICONQUESTION) prints "msgicon 1 1"
 * (its icon, the text right of it) and "msgbox X Y" (a point inside it)
 * once it runs; the runner presses Enter there: "msgbox returned N".
 * Everything ends within 20 seconds (exit code 2 otherwise). */
#include <windows.h>
#include <stdio.h>

#define ID_CHECK 100

static void print_centre(const char *what, HWND hwnd)
{
    RECT rc;
    GetWindowRect(hwnd, &rc);
    printf("%s %d %d\n", what, (int)(rc.left + rc.right) / 2, (int)(rc.top + rc.bottom) / 2);
    fflush(stdout);
}

static INT_PTR CALLBACK dlg_proc(HWND hwnd, UINT msg, WPARAM wp, LPARAM lp)
{
    (void)lp;
    switch (msg) {
    case WM_INITDIALOG:
        SetTimer(hwnd, 1, 300, NULL);      /* once shown and painted */
        SetTimer(hwnd, 2, 20000, NULL);    /* the runner gave up */
        return TRUE;
    case WM_TIMER:
        if (wp == 2) EndDialog(hwnd, 2);
        else {
            KillTimer(hwnd, 1);
            print_centre("check", GetDlgItem(hwnd, ID_CHECK));
            print_centre("ok", GetDlgItem(hwnd, IDOK));
        }
        return TRUE;
    case WM_COMMAND:
        if (LOWORD(wp) == IDOK) EndDialog(hwnd, IsDlgButtonChecked(hwnd, ID_CHECK) == BST_CHECKED ? 11 : 10);
        if (LOWORD(wp) == IDCANCEL) EndDialog(hwnd, 3);
        return TRUE;
    }
    return FALSE;
}

static WORD *put_item(WORD *p, DWORD style, short x, short y, short cx, short cy, WORD id, WORD cls, const WCHAR *text)
{
    DLGITEMTEMPLATE *item = (DLGITEMTEMPLATE *)(((ULONG_PTR)p + 3) & ~(ULONG_PTR)3);
    item->style = style | WS_CHILD | WS_VISIBLE;
    item->dwExtendedStyle = 0;
    item->x = x; item->y = y; item->cx = cx; item->cy = cy; item->id = id;
    p = (WORD *)(item + 1);
    *p++ = 0xffff;
    *p++ = cls;
    do *p++ = *text; while (*text++);
    *p++ = 0;
    return p;
}

/* "msgicon I T": I = 1 when the box has an SS_ICON static with an
 * icon in it, T = 1 when the text static starts right of it */
static void print_icon(HWND box)
{
    HWND child, icon = NULL, text = NULL;
    WCHAR cls[16];
    RECT ri, rt;

    for (child = GetWindow(box, GW_CHILD); child; child = GetWindow(child, GW_HWNDNEXT)) {
        if (!GetClassNameW(child, cls, 16) || lstrcmpiW(cls, L"Static")) continue;
        if ((GetWindowLongW(child, GWL_STYLE) & SS_TYPEMASK) == SS_ICON) icon = child;
        else text = child;
    }
    if (icon && text) {
        GetWindowRect(icon, &ri);
        GetWindowRect(text, &rt);
    }
    printf("msgicon %d %d\n", icon && SendMessageW(icon, STM_GETICON, 0, 0),
           icon && text && rt.left >= ri.right);
    fflush(stdout);
}

static UINT_PTR msgbox_timer, giveup_timer;
static void CALLBACK msgbox_up(HWND hwnd, UINT msg, UINT_PTR id, DWORD time)
{
    HWND box = FindWindowW(L"#32770", L"GUI test");
    (void)hwnd; (void)msg; (void)time;
    if (id == giveup_timer) ExitProcess(2);
    if (!box) return;
    KillTimer(NULL, msgbox_timer);
    print_icon(box);
    print_centre("msgbox", box);
}

int main(void)
{
    static WORD buf[512];
    DLGTEMPLATE *t = (DLGTEMPLATE *)buf;
    WORD *p;
    INT_PTR r;

    /* a borderless popup at the screen's origin: client = window */
    t->style = WS_POPUP | WS_VISIBLE | DS_SETFONT;
    t->cdit = 3;
    t->x = 0; t->y = 0; t->cx = 160; t->cy = 70;
    p = (WORD *)(t + 1);
    *p++ = 0;
    *p++ = 0;
    *p++ = 0;                 /* no caption */
    *p++ = 8;
    memcpy(p, L"MS Shell Dlg", 13 * sizeof(WCHAR));
    p += 13;
    p = put_item(p, SS_LEFT, 7, 7, 140, 8, 0xffff, 0x82, L"Check the box, then OK");
    p = put_item(p, BS_AUTOCHECKBOX | WS_TABSTOP | WS_GROUP, 7, 22, 80, 12, ID_CHECK, 0x80, L"&Box");
    put_item(p, BS_DEFPUSHBUTTON | WS_TABSTOP | WS_GROUP, 7, 48, 50, 14, IDOK, 0x80, L"OK");
    r = DialogBoxIndirectParamW(GetModuleHandleW(NULL), t, NULL, dlg_proc, 0);
    printf("dialog returned %d\n", (int)r);
    fflush(stdout);
    if (r == 2) return 2;

    msgbox_timer = SetTimer(NULL, 0, 300, msgbox_up);
    giveup_timer = SetTimer(NULL, 0, 20000, msgbox_up);
    r = MessageBoxW(NULL, L"Press Enter to close this box.", L"GUI test", MB_OKCANCEL | MB_ICONQUESTION);
    printf("msgbox returned %d\n", (int)r);
    fflush(stdout);
    return 0;
}
