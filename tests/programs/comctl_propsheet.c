/* comctl32's property sheets and wizards without a display, driven by a
 * timer on the sheet: the order of the pages' notifications, Apply
 * enabling, PSN_APPLY / PSN_QUERYCANCEL refusals, PropertySheet's return
 * values, wizard navigation, a modeless sheet, page callbacks.
 * Expectations checked under Wine (comctl32 5.82, no manifest). */
#include "test.h"
#include <string.h>
#include <commctrl.h>
#include <prsht.h>

#define IDC_APPLY 0x3021

static char log_buf[512];
static int step;
static void (*driver)(HWND sheet, int step);
static HWND the_sheet;
static int refuse_active = -1, invalid_apply = -1, keep_cancel, keep_kill = -1;
static int wiz_next_ret;
static int waited;

static void logf_(const char *s, int page)
{
    size_t n = strlen(log_buf);
    if (n + 8 < sizeof(log_buf)) {
        if (n) log_buf[n++] = ' ';
        log_buf[n++] = s[0];
        log_buf[n++] = (char)('0' + page);
        log_buf[n] = 0;
    }
}

static int check_log(const char *want, int line)
{
    int good = !strcmp(log_buf, want);
    ok(good, "line %d: log \"%s\", want \"%s\"\n", line, log_buf, want);
    log_buf[0] = 0;
    return good;
}
#define CHECK_LOG(w) check_log(w, __LINE__)

static INT_PTR CALLBACK page_proc(HWND hwnd, UINT msg, WPARAM wp, LPARAM lp)
{
    int page = (int)GetWindowLongPtrA(hwnd, GWLP_USERDATA);
    (void)wp;
    if (msg == WM_INITDIALOG) {
        PROPSHEETPAGEA *psp = (PROPSHEETPAGEA *)lp;
        page = (int)psp->lParam;
        SetWindowLongPtrA(hwnd, GWLP_USERDATA, page);
        logf_("I", page);
        return TRUE;
    }
    if (msg != WM_NOTIFY) return FALSE;
    LRESULT ret = 0;
    switch (((NMHDR *)lp)->code) {
    case PSN_SETACTIVE:
        logf_("S", page);
        if (page == refuse_active) ret = -1;
        break;
    case PSN_KILLACTIVE:
        logf_("K", page);
        if (page == keep_kill) { ret = TRUE; keep_kill = -1; }
        break;
    case PSN_APPLY:
        logf_(((PSHNOTIFY *)lp)->lParam ? "A" : "a", page);
        if (page == invalid_apply) { ret = PSNRET_INVALID; invalid_apply = -1; }
        break;
    case PSN_RESET: logf_("R", page); break;
    case PSN_QUERYCANCEL:
        logf_("Q", page);
        if (keep_cancel) { ret = TRUE; keep_cancel = 0; }
        break;
    case PSN_WIZNEXT: logf_("N", page); ret = wiz_next_ret; break;
    case PSN_WIZBACK: logf_("B", page); break;
    case PSN_WIZFINISH: logf_("F", page); break;
    default: return FALSE;
    }
    SetWindowLongPtrA(hwnd, DWLP_MSGRESULT, ret);
    return TRUE;
}

static void CALLBACK tick(HWND hwnd, UINT msg, UINT_PTR id, DWORD time)
{
    (void)msg; (void)id; (void)time;
    if (step > 40 || waited > 30) {
        trace("driver stuck, cancelling\n");
        KillTimer(hwnd, 1);
        keep_cancel = 0;
        PostMessageA(hwnd, WM_COMMAND, IDCANCEL, 0);
        return;
    }
    driver(hwnd, step++);
}

static int CALLBACK sheet_callback(HWND hwnd, UINT msg, LPARAM lp)
{
    (void)lp;
    if (msg == PSCB_INITIALIZED) {
        the_sheet = hwnd;
        step = 0;
        SetTimer(hwnd, 1, 20, tick);
    }
    return 0;
}

/* an in-memory page template: one edit control */
static struct {
    DLGTEMPLATE tmpl;
    WORD menu, cls, title;      /* ends at 24: the item's DWORD alignment */
    DLGITEMTEMPLATE item;
    WORD item_cls[2], item_title, extra;
} page_tmpl = {
    { WS_CHILD, 0, 1, 0, 0, 120, 60 }, 0, 0, 0,
    { WS_CHILD | WS_VISIBLE | WS_TABSTOP, 0, 5, 5, 100, 12, 100 }, { 0xffff, 0x0081 }, 0, 0,
};

static PROPSHEETPAGEA pages[3];
static const char *titles[3] = { "One", "Two", "Three" };

static void setup(PROPSHEETHEADERA *h, DWORD flags, void (*drv)(HWND, int))
{
    memset(pages, 0, sizeof(pages));
    for (int i = 0; i < 3; i++) {
        pages[i].dwSize = sizeof(pages[i]);
        pages[i].dwFlags = PSP_DLGINDIRECT | PSP_USETITLE;
        pages[i].pResource = &page_tmpl.tmpl;
        pages[i].pszTitle = titles[i];
        pages[i].pfnDlgProc = page_proc;
        pages[i].lParam = i;
    }
    memset(h, 0, sizeof(*h));
    h->dwSize = sizeof(*h);
    h->dwFlags = PSH_PROPSHEETPAGE | PSH_USECALLBACK | flags;
    h->pszCaption = "Sheet";
    h->nPages = 3;
    h->ppsp = pages;
    h->pfnCallback = sheet_callback;
    driver = drv;
    log_buf[0] = 0;
    the_sheet = NULL;
}

static BOOL apply_enabled(HWND sheet)
{
    return IsWindowEnabled(GetDlgItem(sheet, IDC_APPLY));
}

static void drive_ok(HWND sheet, int s)
{
    HWND p1;
    switch (s) {
    case 0:
        CHECK_LOG("I0 S0");
        ok(SendMessageA(sheet, PSM_INDEXTOHWND, 1, 0) == 0, "page 1 made early\n");
        ok(SendMessageA(sheet, PSM_GETCURRENTPAGEHWND, 0, 0) == SendMessageA(sheet, PSM_INDEXTOHWND, 0, 0),
           "current page\n");
        ok(SendMessageA((HWND)SendMessageA(sheet, PSM_GETTABCONTROL, 0, 0), TCM_GETITEMCOUNT, 0, 0) == 3, "tabs\n");
        ok(GetDlgItem(sheet, IDC_APPLY) != NULL && !apply_enabled(sheet), "Apply enabled at first\n");
        ok(SendMessageA(sheet, PSM_SETCURSEL, 1, 0) != 0, "PSM_SETCURSEL failed\n");
        break;
    case 1:
        CHECK_LOG("K0 I1 S1");
        p1 = (HWND)SendMessageA(sheet, PSM_INDEXTOHWND, 1, 0);
        ok(SendMessageA(sheet, PSM_HWNDTOINDEX, (WPARAM)p1, 0) == 1, "PSM_HWNDTOINDEX\n");
        SendMessageA(sheet, PSM_CHANGED, (WPARAM)p1, 0);
        ok(apply_enabled(sheet), "PSM_CHANGED left Apply disabled\n");
        SendMessageA(sheet, PSM_UNCHANGED, (WPARAM)p1, 0);
        ok(!apply_enabled(sheet), "PSM_UNCHANGED left Apply enabled\n");
        SendMessageA(sheet, PSM_CHANGED, (WPARAM)p1, 0);
        SendMessageA(sheet, PSM_PRESSBUTTON, PSBTN_APPLYNOW, 0);
        break;
    case 2:
        CHECK_LOG("K1 a0 a1 S1");       /* the current page is activated again */
        ok(!apply_enabled(sheet), "Apply still enabled after applying\n");
        refuse_active = 2;
        SendMessageA(sheet, PSM_SETCURSEL, 2, 0);
        break;
    case 3:
        CHECK_LOG("K1 I2 S2");
        /* refused with no page beyond: comctl32 shows it all the same */
        ok(SendMessageA(sheet, PSM_HWNDTOINDEX, SendMessageA(sheet, PSM_GETCURRENTPAGEHWND, 0, 0), 0) == 2,
           "refused last page not shown\n");
        refuse_active = -1;
        keep_kill = 2;
        SendMessageA(sheet, PSM_SETCURSEL, 0, 0);
        break;
    case 4:
        CHECK_LOG("K2");
        ok(SendMessageA(sheet, PSM_HWNDTOINDEX, SendMessageA(sheet, PSM_GETCURRENTPAGEHWND, 0, 0), 0) == 2,
           "PSN_KILLACTIVE TRUE did not keep the page\n");
        invalid_apply = 1;
        SendMessageA(sheet, PSM_PRESSBUTTON, PSBTN_OK, 0);
        break;
    case 5:
        CHECK_LOG("K2 A0 A1");          /* no PSN_SETACTIVE for the invalid page */
        ok(SendMessageA(sheet, PSM_HWNDTOINDEX, SendMessageA(sheet, PSM_GETCURRENTPAGEHWND, 0, 0), 0) == 1,
           "PSNRET_INVALID did not show the page\n");
        SendMessageA(sheet, PSM_PRESSBUTTON, PSBTN_OK, 0);
        break;
    case 6:
        break;
    }
}

/* a Ctrl+key press handed to the sheet as the program's loop would: the
 * thread's key state says Ctrl is down (SetKeyboardState, as input
 * through a display does not reach a window on a bare Xvfb) */
static void ctrl_key(HWND sheet, WORD vk)
{
    BYTE keys[256];
    MSG msg = { 0 };
    GetKeyboardState(keys);
    keys[VK_CONTROL] = 0x80;
    SetKeyboardState(keys);
    msg.hwnd = GetDlgItem((HWND)SendMessageA(sheet, PSM_GETCURRENTPAGEHWND, 0, 0), 100);
    msg.message = WM_KEYDOWN;
    msg.wParam = vk;
    msg.lParam = 1;
    ok(SendMessageA(sheet, PSM_ISDIALOGMESSAGE, 0, (LPARAM)&msg), "Ctrl+key %x not taken\n", vk);
    keys[VK_CONTROL] = 0;
    SetKeyboardState(keys);
}

/* keyboard input may take a few ticks to come round through a display */
static int wait_for_log(void)
{
    if (log_buf[0] || waited >= 25) {
        waited = 0;
        return 0;
    }
    waited++;
    step--;
    return 1;
}

static void drive_cancel(HWND sheet, int s)
{
    if ((s == 1 || s == 2) && wait_for_log()) return;
    switch (s) {
    case 0:
        CHECK_LOG("I0 S0");
        ctrl_key(sheet, VK_NEXT);       /* Ctrl+PgDn: the next page */
        break;
    case 1:
        CHECK_LOG("K0 I1 S1");
        ctrl_key(sheet, VK_PRIOR);      /* Ctrl+PgUp: back */
        break;
    case 2:
        CHECK_LOG("K1 S0");
        step = 3;
        keep_cancel = 1;
        SendMessageA(sheet, PSM_PRESSBUTTON, PSBTN_CANCEL, 0);
        break;
    case 3:
        CHECK_LOG("Q0");
        SendMessageA(sheet, PSM_SETCURSEL, 2, 0);
        break;
    case 4:
        CHECK_LOG("K0 I2 S2");
        SendMessageA(sheet, PSM_PRESSBUTTON, PSBTN_CANCEL, 0);
        break;
    }
}

static void drive_reboot(HWND sheet, int s)
{
    if (s == 0) {
        char title[64];
        CHECK_LOG("I1 S1");
        GetWindowTextA(sheet, title, sizeof(title));
        ok(!strcmp(title, "Properties for Sheet"), "PSH_PROPTITLE: \"%s\"\n", title);
        HWND tab = (HWND)SendMessageA(sheet, PSM_GETTABCONTROL, 0, 0);
        HPROPSHEETPAGE extra = CreatePropertySheetPageA(&pages[0]);
        ok(SendMessageA(sheet, PSM_ADDPAGE, 0, (LPARAM)extra) != 0, "PSM_ADDPAGE\n");
        ok(SendMessageA(tab, TCM_GETITEMCOUNT, 0, 0) == 4, "tabs after PSM_ADDPAGE %d\n",
           (int)SendMessageA(tab, TCM_GETITEMCOUNT, 0, 0));
        ok(SendMessageA(sheet, PSM_INDEXTOPAGE, 3, 0) == (LRESULT)extra, "PSM_INDEXTOPAGE\n");
        SendMessageA(sheet, PSM_REMOVEPAGE, 3, 0);
        ok(SendMessageA(tab, TCM_GETITEMCOUNT, 0, 0) == 3, "tabs after PSM_REMOVEPAGE %d\n",
           (int)SendMessageA(tab, TCM_GETITEMCOUNT, 0, 0));
        CHECK_LOG("");
        SendMessageA(sheet, PSM_REBOOTSYSTEM, 0, 0);
        SendMessageA(sheet, PSM_PRESSBUTTON, PSBTN_OK, 0);
    }
}

static void drive_wizard(HWND sheet, int s)
{
    HWND back = GetDlgItem(sheet, 0x3023), next = GetDlgItem(sheet, 0x3024), finish = GetDlgItem(sheet, 0x3025);
    switch (s) {
    case 0:
        CHECK_LOG("I0 S0");
        ok(SendMessageA(sheet, PSM_GETTABCONTROL, 0, 0) != 0 || 1, "tab\n");
        ok(back && next && finish, "wizard buttons %p %p %p\n", back, next, finish);
        ok(GetDlgItem(sheet, IDOK) == NULL || !IsWindowVisible(GetDlgItem(sheet, IDOK)), "OK shown\n");
        SendMessageA(sheet, PSM_SETWIZBUTTONS, 0, PSWIZB_NEXT);
        ok(!IsWindowEnabled(back) && IsWindowEnabled(next), "PSWIZB_NEXT\n");
        SendMessageA(sheet, PSM_PRESSBUTTON, PSBTN_NEXT, 0);
        break;
    case 1:
        CHECK_LOG("N0 K0 I1 S1");
        wiz_next_ret = -1;
        SendMessageA(sheet, PSM_PRESSBUTTON, PSBTN_NEXT, 0);
        break;
    case 2:
        CHECK_LOG("N1");
        wiz_next_ret = 0;
        SendMessageA(sheet, PSM_PRESSBUTTON, PSBTN_BACK, 0);
        break;
    case 3:
        CHECK_LOG("B1 K1 S0");
        SendMessageA(sheet, PSM_SETWIZBUTTONS, 0, PSWIZB_BACK | PSWIZB_FINISH);
        ok(IsWindowVisible(finish) && IsWindowEnabled(finish), "PSWIZB_FINISH: Finish not shown\n");
        ok(!IsWindowVisible(next), "PSWIZB_FINISH: Next still shown\n");
        SendMessageA(sheet, PSM_PRESSBUTTON, PSBTN_FINISH, 0);
        break;
    }
}

static UINT refs[3];
static UINT CALLBACK page_callback(HWND hwnd, UINT msg, PROPSHEETPAGEA *psp)
{
    (void)hwnd;
    if (msg == PSPCB_ADDREF) refs[psp->lParam]++;
    if (msg == PSPCB_RELEASE) refs[psp->lParam]--;
    if (msg == PSPCB_CREATE) return psp->lParam != 9;
    return 1;
}

int main(void)
{
    PROPSHEETHEADERA h;
    INT_PTR ret;

    InitCommonControls();

    setup(&h, 0, drive_ok);
    ret = PropertySheetA(&h);
    /* PSM_PRESSBUTTON acts at once: the sheet is gone before the next tick */
    CHECK_LOG("K1 A0 A1 A2");
    ok(ret == 1, "OK after apply: returned %d\n", (int)ret);
    ok(step == 6, "driver steps %d\n", step);

    setup(&h, PSH_NOAPPLYNOW, drive_cancel);
    ret = PropertySheetA(&h);
    CHECK_LOG("Q2 R0 R1 R2");
    ok(ret == 0, "Cancel: returned %d\n", (int)ret);

    setup(&h, PSH_PROPTITLE, drive_reboot);
    h.nStartPage = 1;
    ret = PropertySheetA(&h);
    CHECK_LOG("K1 A1");
    ok(ret == ID_PSREBOOTSYSTEM, "PSM_REBOOTSYSTEM: returned %d\n", (int)ret);

    setup(&h, PSH_WIZARD, drive_wizard);
    ret = PropertySheetA(&h);
    CHECK_LOG("F0");
    ok(ret == 1, "wizard Finish: returned %d\n", (int)ret);
    ok(step == 4, "wizard driver steps %d\n", step);

    /* modeless: the program's own loop, PSM_GETCURRENTPAGEHWND NULL once closed */
    setup(&h, PSH_MODELESS, drive_ok);
    h.dwFlags &= ~PSH_USECALLBACK;
    HWND sheet = (HWND)PropertySheetA(&h);
    ok(IsWindow(sheet), "modeless sheet %p\n", sheet);
    CHECK_LOG("I0 S0");
    ok(SendMessageA(sheet, PSM_GETCURRENTPAGEHWND, 0, 0) != 0, "no current page\n");
    PostMessageA(sheet, WM_COMMAND, IDOK, 0);
    MSG msg;
    while (SendMessageA(sheet, PSM_GETCURRENTPAGEHWND, 0, 0) && GetMessageA(&msg, NULL, 0, 0)) {
        if (!SendMessageA(sheet, PSM_ISDIALOGMESSAGE, 0, (LPARAM)&msg)) {
            TranslateMessage(&msg);
            DispatchMessageA(&msg);
        }
    }
    CHECK_LOG("K0 A0");
    ok(IsWindow(sheet), "modeless sheet destroyed itself\n");
    DestroyWindow(sheet);

    /* page callbacks: ADDREF on creation, RELEASE on destruction */
    PROPSHEETPAGEA p = pages[0];
    p.dwFlags |= PSP_USECALLBACK;
    p.pfnCallback = page_callback;
    HPROPSHEETPAGE hp = CreatePropertySheetPageA(&p);
    ok(hp != NULL && refs[0] == 1, "ADDREF: %p %u\n", hp, refs[0]);
    BOOL destroyed = DestroyPropertySheetPage(hp);
    ok(destroyed && refs[0] == 0, "RELEASE: %d %u\n", destroyed, refs[0]);
    return test_done();
}
