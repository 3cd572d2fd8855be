/*
 * Property sheets and wizards: PropertySheetA/W. The sheet is a dialog
 * (built in memory) holding a tab control (none in wizards), the pages as
 * DS_CONTROL child dialogs made the first time they are shown, and the
 * buttons: OK / Cancel / Apply (disabled until PSM_CHANGED), or Back /
 * Next / Finish / Cancel in wizards. A modal sheet runs its own loop
 * (headless it runs like any dialog, driven by timers or posted
 * messages); PSH_MODELESS returns the window and the program's loop hands
 * messages to PSM_ISDIALOGMESSAGE.
 *
 * Pages hear WM_NOTIFY with a PSHNOTIFY from the sheet and answer in
 * DWLP_MSGRESULT: PSN_SETACTIVE (-1 refuses, a resource id redirects),
 * PSN_KILLACTIVE (TRUE keeps the page), PSN_APPLY (PSNRET_INVALID* keeps
 * the sheet open on that page), PSN_QUERYCANCEL (TRUE keeps it open),
 * PSN_RESET, PSN_WIZBACK/WIZNEXT (-1 stays, an id jumps), PSN_WIZFINISH
 * (non-zero stays).
 */
#include <stdlib.h>
#include <string.h>
#include "propsheet.h"
#include "winrun/unicode.h"

WINUSERAPI BOOL WINAPI SetWindowTextA(HWND, LPCSTR);
WINUSERAPI BOOL WINAPI GetMessageW(MSG *, HWND, UINT, UINT);
WINUSERAPI BOOL WINAPI TranslateMessage(const MSG *);
WINUSERAPI LRESULT WINAPI DispatchMessageW(const MSG *);
WINUSERAPI void WINAPI PostQuitMessage(INT);

#define IDC_TABCONTROL 0x3020
#define IDC_APPLY      0x3021
#define IDC_BACK       0x3023
#define IDC_NEXT       0x3024
#define IDC_FINISH     0x3025
#define IDHELP_BUTTON  9

#define MAX_PAGES 100

struct sheet_page {
    HPROPSHEETPAGE page;
    HWND hwnd;                  /* NULL until first shown */
    BOOL dirty;                 /* PSM_CHANGED and no PSM_UNCHANGED / apply since */
};

struct sheet {
    HWND hwnd, tab;
    DWORD flags;
    BOOL unicode, wizard, modeless, ended;
    struct sheet_page pages[MAX_PAGES];
    INT count, cur;
    INT_PTR result;             /* what PropertySheet returns */
    INT restart;                /* ID_PSRESTARTWINDOWS / ID_PSREBOOTSYSTEM asked for */
    PFNPROPSHEETCALLBACK callback;
    WCHAR *caption;
    INT start_page;
    const WCHAR *start_name;    /* PSH_USEPSTARTPAGE's title */
    RECT page_rc;               /* where pages go, in the sheet's client */
};

static const WCHAR sheet_prop[] = u"winrun_propsheet";

static struct sheet *get_sheet(HWND hwnd)
{
    return GetPropW(hwnd, sheet_prop);
}

/* send NOTIFY to page I; its answer as the page left it in DWLP_MSGRESULT */
static LRESULT notify_page(struct sheet *sh, INT i, UINT code, LPARAM lparam)
{
    PSHNOTIFY nm;
    if (i < 0 || i >= sh->count || !sh->pages[i].hwnd) return 0;
    nm.hdr.hwndFrom = sh->hwnd;
    nm.hdr.idFrom = 0;
    nm.hdr.code = code;
    nm.lParam = lparam;
    return SendMessageW(sh->pages[i].hwnd, WM_NOTIFY, 0, (LPARAM)&nm);
}

static INT id_to_index(struct sheet *sh, LPARAM id)
{
    for (INT i = 0; i < sh->count; i++) {
        /* the template's name or, for PSP_DLGINDIRECT, its address */
        if ((LPARAM)sh->pages[i].page->psp->pszTemplate == id) return i;
    }
    return -1;
}

static INT hwnd_to_index(struct sheet *sh, HWND hwnd)
{
    for (INT i = 0; i < sh->count; i++)
        if (hwnd && sh->pages[i].hwnd == hwnd) return i;
    return -1;
}

static INT page_to_index(struct sheet *sh, HPROPSHEETPAGE page)
{
    for (INT i = 0; i < sh->count; i++)
        if (sh->pages[i].page == page) return i;
    return -1;
}

static void set_button(struct sheet *sh, INT id, BOOL enable)
{
    HWND b = GetDlgItem(sh->hwnd, id);
    if (b) EnableWindow(b, enable);
}

static BOOL ensure_page(struct sheet *sh, INT i)
{
    if (sh->pages[i].hwnd) return TRUE;
    HWND hwnd = propsheet_page_create(sh->pages[i].page, sh->hwnd);
    if (!hwnd) return FALSE;
    sh->pages[i].hwnd = hwnd;
    SetWindowPos(hwnd, HWND_TOP, sh->page_rc.left, sh->page_rc.top, sh->page_rc.right - sh->page_rc.left,
                 sh->page_rc.bottom - sh->page_rc.top, SWP_NOACTIVATE);
    return TRUE;
}

static void show_page(struct sheet *sh, INT i)
{
    if (sh->cur >= 0 && sh->cur != i && sh->pages[sh->cur].hwnd) ShowWindow(sh->pages[sh->cur].hwnd, SW_HIDE);
    sh->cur = i;
    ShowWindow(sh->pages[i].hwnd, SW_SHOW);
    if (sh->tab) SendMessageW(sh->tab, TCM_SETCURSEL, i, 0);
}

/* show page I: PSN_SETACTIVE may refuse it (-1: the next one in the
 * direction of travel is tried) or name another page by its id */
static BOOL set_cur_sel(struct sheet *sh, INT i, BOOL kill_first)
{
    INT dir = i < sh->cur ? -1 : 1;
    if (kill_first && sh->cur >= 0 && notify_page(sh, sh->cur, PSN_KILLACTIVE, 0)) return FALSE;
    if (i < 0 || i >= sh->count) return FALSE;
    for (INT tries = 0; tries <= sh->count; tries++) {
        if (!ensure_page(sh, i)) return FALSE;
        LRESULT r = notify_page(sh, i, PSN_SETACTIVE, 0);
        if (!r) break;
        if (r == -1) {
            /* refused: the next page that way, or this one at the ends
             * (comctl32 shows the last page tried all the same) */
            if (i + dir < 0 || i + dir >= sh->count) break;
            i += dir;
        } else {
            INT to = id_to_index(sh, r);
            if (to < 0) break;
            i = to;
        }
    }
    show_page(sh, i);
    return TRUE;
}

static void end_sheet(struct sheet *sh)
{
    sh->ended = TRUE;           /* run_modal's loop ends; a modeless sheet stays */
}

/* PSN_APPLY to every page made so far; OK tells them the sheet closes */
static BOOL apply(struct sheet *sh, BOOL closing)
{
    if (sh->cur >= 0 && notify_page(sh, sh->cur, PSN_KILLACTIVE, 0)) return FALSE;
    for (INT i = 0; i < sh->count; i++) {
        LRESULT r = notify_page(sh, i, PSN_APPLY, closing);
        if (r == PSNRET_INVALID || r == PSNRET_INVALID_NOCHANGEPAGE) {
            /* the page comes to the front without notifications */
            if (r == PSNRET_INVALID) show_page(sh, i);
            return FALSE;
        }
    }
    for (INT i = 0; i < sh->count; i++) sh->pages[i].dirty = FALSE;
    set_button(sh, IDC_APPLY, FALSE);
    sh->result = sh->restart ? sh->restart : 1;
    /* Apply leaves the sheet open: the current page is activated again */
    if (!closing) notify_page(sh, sh->cur, PSN_SETACTIVE, 0);
    return TRUE;
}

static void cancel(struct sheet *sh)
{
    if (notify_page(sh, sh->cur, PSN_QUERYCANCEL, 0)) return;
    for (INT i = 0; i < sh->count; i++) notify_page(sh, i, PSN_RESET, 0);
    end_sheet(sh);
}

static void wizard_step(struct sheet *sh, UINT code, INT dir)
{
    LRESULT r = notify_page(sh, sh->cur, code, 0);
    if (r == -1) return;
    INT to = r ? id_to_index(sh, r) : sh->cur + dir;
    if (to >= 0) set_cur_sel(sh, to, TRUE);
}

static void do_command(struct sheet *sh, INT id)
{
    if (sh->ended) return;
    switch (id) {
    case IDOK:
        if (sh->wizard) break;
        if (apply(sh, TRUE)) end_sheet(sh);
        break;
    case IDCANCEL:
        cancel(sh);
        break;
    case IDC_APPLY:
        apply(sh, FALSE);
        break;
    case IDHELP_BUTTON:
        notify_page(sh, sh->cur, PSN_HELP, 0);
        break;
    case IDC_BACK:
        wizard_step(sh, PSN_WIZBACK, -1);
        break;
    case IDC_NEXT:
        wizard_step(sh, PSN_WIZNEXT, 1);
        break;
    case IDC_FINISH:
        if (!notify_page(sh, sh->cur, PSN_WIZFINISH, 0)) {
            sh->result = 1;
            end_sheet(sh);
        }
        break;
    }
}

/* in PSBTN_* order */
static const INT button_ids[] = { IDC_BACK, IDC_NEXT, IDC_FINISH, IDOK, IDC_APPLY, IDCANCEL, IDHELP_BUTTON };

static void set_wiz_buttons(struct sheet *sh, DWORD flags)
{
    HWND next = GetDlgItem(sh->hwnd, IDC_NEXT), finish = GetDlgItem(sh->hwnd, IDC_FINISH);
    set_button(sh, IDC_BACK, (flags & PSWIZB_BACK) != 0);
    EnableWindow(next, (flags & PSWIZB_NEXT) != 0);
    /* Finish takes Next's place unless PSH_WIZARDHASFINISH shows both */
    BOOL show_finish = (flags & (PSWIZB_FINISH | PSWIZB_DISABLEDFINISH)) || (sh->flags & PSH_WIZARDHASFINISH);
    EnableWindow(finish, (flags & PSWIZB_FINISH) || ((sh->flags & PSH_WIZARDHASFINISH) && !(flags & PSWIZB_DISABLEDFINISH)));
    ShowWindow(finish, show_finish ? SW_SHOW : SW_HIDE);
    if (!(sh->flags & PSH_WIZARDHASFINISH)) ShowWindow(next, show_finish ? SW_HIDE : SW_SHOW);
}

static HWND make_button(struct sheet *sh, INT id, const WCHAR *text, RECT *rc, BOOL visible)
{
    DWORD style = WS_CHILD | WS_TABSTOP | (visible ? WS_VISIBLE : 0) | (id == IDOK || id == IDC_NEXT ? BS_DEFPUSHBUTTON : 0);
    return CreateWindowExW(0, u"Button", text, style, rc->left, rc->top, rc->right - rc->left, rc->bottom - rc->top,
                           sh->hwnd, (HMENU)(ULONG_PTR)id, comctl32_instance, NULL);
}

/* lay the sheet out from the largest page, in the sheet's dialog units */
static void create_controls(struct sheet *sh)
{
    INT cx = 0, cy = 0;
    for (INT i = 0; i < sh->count; i++) {
        INT w, h;
        if (!sh->pages[i].page->tmpl) continue;
        propsheet_template_size(sh->pages[i].page->tmpl, &w, &h);
        if (w > cx) cx = w;
        if (h > cy) cy = h;
    }
    RECT page = { 0, 0, cx, cy }, button = { 0, 0, 50, 14 }, gap = { 0, 0, 7, 7 };
    MapDialogRect(sh->hwnd, &page);
    MapDialogRect(sh->hwnd, &button);
    MapDialogRect(sh->hwnd, &gap);
    INT margin = gap.right, bw = button.right, bh = button.bottom;
    RECT area = { margin, margin, margin + page.right, margin + page.bottom };
    if (!sh->wizard) {
        sh->tab = CreateWindowExW(0, WC_TABCONTROLW, NULL, WS_CHILD | WS_VISIBLE | WS_TABSTOP | WS_CLIPSIBLINGS,
                                  0, 0, 0, 0, sh->hwnd, (HMENU)IDC_TABCONTROL, comctl32_instance, NULL);
        SendMessageW(sh->tab, WM_SETFONT, SendMessageW(sh->hwnd, WM_GETFONT, 0, 0), 0);
        for (INT i = 0; i < sh->count; i++) {
            TCITEMW item;
            memset(&item, 0, sizeof(item));
            item.mask = TCIF_TEXT;
            item.pszText = sh->pages[i].page->title;
            SendMessageW(sh->tab, TCM_INSERTITEMW, i, (LPARAM)&item);
        }
        RECT tab = area;
        SendMessageW(sh->tab, TCM_ADJUSTRECT, TRUE, (LPARAM)&tab);
        OffsetRect(&area, margin - tab.left, margin - tab.top);
        OffsetRect(&tab, margin - tab.left, margin - tab.top);
        MoveWindow(sh->tab, tab.left, tab.top, tab.right - tab.left, tab.bottom - tab.top, FALSE);
        area.bottom = tab.bottom;
        area.right = tab.right;
        SendMessageW(sh->tab, TCM_ADJUSTRECT, FALSE, (LPARAM)&area);
        page.right = tab.right + margin;
        page.bottom = tab.bottom + margin;
    } else {
        page.right = area.right + margin;
        page.bottom = area.bottom + margin;
    }
    sh->page_rc = area;
    INT count = sh->wizard ? 4 : 3;
    if (!sh->wizard && (sh->flags & PSH_NOAPPLYNOW)) count = 2;
    if (sh->flags & PSH_HASHELP) count++;
    INT min_w = count * (bw + margin / 2) + margin;
    if (page.right < min_w) page.right = min_w;
    RECT rc = { page.right - margin - bw, page.bottom, page.right - margin, page.bottom + bh };
    INT step = bw + margin / 2;
    if (sh->flags & PSH_HASHELP) {
        make_button(sh, IDHELP_BUTTON, u"Help", &rc, TRUE);
        OffsetRect(&rc, -step, 0);
    }
    if (sh->wizard) {
        make_button(sh, IDCANCEL, u"Cancel", &rc, TRUE);
        OffsetRect(&rc, -step, 0);
        BOOL both = (sh->flags & PSH_WIZARDHASFINISH) != 0;
        make_button(sh, IDC_FINISH, u"Finish", &rc, both);
        if (both) OffsetRect(&rc, -step, 0);
        make_button(sh, IDC_NEXT, u"Next >", &rc, TRUE);
        OffsetRect(&rc, -bw, 0);
        make_button(sh, IDC_BACK, u"< Back", &rc, TRUE);
        set_wiz_buttons(sh, PSWIZB_BACK | PSWIZB_NEXT);
    } else {
        if (!(sh->flags & PSH_NOAPPLYNOW)) {
            HWND apply_button = make_button(sh, IDC_APPLY, u"Apply", &rc, TRUE);
            EnableWindow(apply_button, FALSE);
            OffsetRect(&rc, -step, 0);
        }
        make_button(sh, IDCANCEL, u"Cancel", &rc, TRUE);
        OffsetRect(&rc, -step, 0);
        make_button(sh, IDOK, u"OK", &rc, TRUE);
    }
    HFONT font = (HFONT)SendMessageW(sh->hwnd, WM_GETFONT, 0, 0);
    for (size_t i = 0; i < sizeof(button_ids) / sizeof(button_ids[0]); i++) {
        HWND b = GetDlgItem(sh->hwnd, button_ids[i]);
        if (b) SendMessageW(b, WM_SETFONT, (WPARAM)font, 0);
    }
    RECT win = { 0, 0, page.right, page.bottom + bh + margin };
    RECT outer, inner;
    GetWindowRect(sh->hwnd, &outer);
    GetClientRect(sh->hwnd, &inner);
    SetWindowPos(sh->hwnd, NULL, 0, 0, win.right + (outer.right - outer.left) - inner.right,
                 win.bottom + (outer.bottom - outer.top) - inner.bottom, SWP_NOMOVE | SWP_NOZORDER | SWP_NOACTIVATE);
}

static void set_title(struct sheet *sh, DWORD style, const void *text, BOOL unicode)
{
    WCHAR buf[256], *t;
    if (IS_INTRESOURCE(text)) {
        if (!LoadStringW(sh->pages[0].page ? sh->pages[0].page->psp->hInstance : NULL, (UINT)(ULONG_PTR)text, buf, 256))
            buf[0] = 0;
        t = wcs_dup(buf);
    } else {
        t = str_dup_aw(text, unicode);
    }
    if (!t) return;
    if (style & PSH_PROPTITLE) {
        WCHAR *full = malloc((wcs_len(t) + 16) * sizeof(WCHAR));
        if (full) {
            wcs_cpy(full, u"Properties for ");
            wcs_cpy(full + wcs_len(full), t);
            free(t);
            t = full;
        }
    }
    SetWindowTextW(sh->hwnd, t);
    free(t);
}

static void remove_page(struct sheet *sh, INT i)
{
    if (i < 0 || i >= sh->count) return;
    if (i == sh->cur) {
        INT to = i + 1 < sh->count ? i + 1 : i - 1;
        if (to >= 0) set_cur_sel(sh, to, FALSE);
    }
    if (sh->pages[i].hwnd) DestroyWindow(sh->pages[i].hwnd);
    DestroyPropertySheetPage(sh->pages[i].page);
    if (sh->tab) SendMessageW(sh->tab, TCM_DELETEITEM, i, 0);
    memmove(&sh->pages[i], &sh->pages[i + 1], (sh->count - i - 1) * sizeof(sh->pages[0]));
    sh->count--;
    if (sh->cur > i) sh->cur--;
    else if (sh->cur == i) sh->cur = sh->count ? (i < sh->count ? i : sh->count - 1) : -1;
}

static BOOL add_page(struct sheet *sh, HPROPSHEETPAGE page)
{
    if (!page || sh->count >= MAX_PAGES) return FALSE;
    sh->pages[sh->count].page = page;
    sh->pages[sh->count].hwnd = NULL;
    sh->pages[sh->count].dirty = FALSE;
    if (sh->tab) {
        TCITEMW item;
        memset(&item, 0, sizeof(item));
        item.mask = TCIF_TEXT;
        item.pszText = page->title;
        SendMessageW(sh->tab, TCM_INSERTITEMW, sh->count, (LPARAM)&item);
    }
    sh->count++;
    return TRUE;
}

/* Ctrl+Tab / Ctrl+Shift+Tab / Ctrl+PgDn / Ctrl+PgUp flip pages, then the
 * dialog's own navigation */
static BOOL sheet_dialog_message(struct sheet *sh, MSG *msg)
{
    if (msg->message == WM_KEYDOWN && (GetKeyState(VK_CONTROL) & 0x8000) && !sh->wizard && sh->count > 1
        && (msg->wParam == VK_TAB || msg->wParam == VK_NEXT || msg->wParam == VK_PRIOR)) {
        BOOL back = msg->wParam == VK_PRIOR || (msg->wParam == VK_TAB && (GetKeyState(VK_SHIFT) & 0x8000));
        INT to = (sh->cur + (back ? sh->count - 1 : 1)) % sh->count;
        set_cur_sel(sh, to, TRUE);
        return TRUE;
    }
    return sh->unicode ? IsDialogMessageW(sh->hwnd, msg) : IsDialogMessageA(sh->hwnd, msg);
}

static INT_PTR sheet_message(struct sheet *sh, UINT msg, WPARAM wparam, LPARAM lparam)
{
    switch (msg) {
    case PSM_SETCURSEL: {
        INT i = lparam ? page_to_index(sh, (HPROPSHEETPAGE)lparam) : (INT)wparam;
        return set_cur_sel(sh, i, TRUE);
    }
    case PSM_SETCURSELID:
        return set_cur_sel(sh, id_to_index(sh, lparam), TRUE);
    case PSM_REMOVEPAGE:
        remove_page(sh, lparam ? page_to_index(sh, (HPROPSHEETPAGE)lparam) : (INT)wparam);
        return TRUE;
    case PSM_ADDPAGE:
        return add_page(sh, (HPROPSHEETPAGE)lparam);
    case PSM_CHANGED: {
        INT i = hwnd_to_index(sh, (HWND)wparam);
        if (i >= 0) sh->pages[i].dirty = TRUE;
        set_button(sh, IDC_APPLY, TRUE);
        return TRUE;
    }
    case PSM_UNCHANGED: {
        INT i = hwnd_to_index(sh, (HWND)wparam);
        BOOL any = FALSE;
        if (i >= 0) sh->pages[i].dirty = FALSE;
        for (i = 0; i < sh->count; i++) any |= sh->pages[i].dirty;
        if (!any) set_button(sh, IDC_APPLY, FALSE);
        return TRUE;
    }
    case PSM_RESTARTWINDOWS:
        if (sh->restart != ID_PSREBOOTSYSTEM) sh->restart = ID_PSRESTARTWINDOWS;
        return TRUE;
    case PSM_REBOOTSYSTEM:
        sh->restart = ID_PSREBOOTSYSTEM;
        return TRUE;
    case PSM_CANCELTOCLOSE:
        set_button(sh, IDCANCEL, FALSE);
        SetWindowTextW(GetDlgItem(sh->hwnd, IDOK), u"Close");
        return TRUE;
    case PSM_QUERYSIBLINGS:
        for (INT i = 0; i < sh->count; i++) {
            if (!sh->pages[i].hwnd) continue;
            LRESULT r = SendMessageW(sh->pages[i].hwnd, PSM_QUERYSIBLINGS, wparam, lparam);
            if (r) return r;
        }
        return 0;
    case PSM_APPLY:
        return apply(sh, FALSE);
    case PSM_SETTITLEA:
    case PSM_SETTITLEW:
        set_title(sh, (DWORD)wparam, (const void *)lparam, msg == PSM_SETTITLEW);
        return TRUE;
    case PSM_SETWIZBUTTONS:
        if (sh->wizard) set_wiz_buttons(sh, (DWORD)lparam);
        return TRUE;
    case PSM_PRESSBUTTON: {
        if (wparam < sizeof(button_ids) / sizeof(button_ids[0])) {
            /* comctl32 presses a disabled button all the same */
            if (GetDlgItem(sh->hwnd, button_ids[wparam])) do_command(sh, button_ids[wparam]);
        }
        return TRUE;
    }
    case PSM_GETTABCONTROL:
        return (INT_PTR)sh->tab;
    case PSM_ISDIALOGMESSAGE:
        return sheet_dialog_message(sh, (MSG *)lparam);
    case PSM_GETCURRENTPAGEHWND:
        return sh->ended || sh->cur < 0 ? 0 : (INT_PTR)sh->pages[sh->cur].hwnd;
    case PSM_HWNDTOINDEX:
        return hwnd_to_index(sh, (HWND)wparam);
    case PSM_INDEXTOHWND:
        return (INT)wparam >= 0 && (INT)wparam < sh->count ? (INT_PTR)sh->pages[wparam].hwnd : 0;
    case PSM_PAGETOINDEX:
        return page_to_index(sh, (HPROPSHEETPAGE)lparam);
    case PSM_INDEXTOPAGE:
        return (INT)wparam >= 0 && (INT)wparam < sh->count ? (INT_PTR)sh->pages[wparam].page : 0;
    case PSM_IDTOINDEX:
        return id_to_index(sh, lparam);
    case PSM_INDEXTOID: {
        if ((INT)wparam < 0 || (INT)wparam >= sh->count) return 0;
        const PROPSHEETPAGEW *psp = sh->pages[wparam].page->psp;
        return psp->dwFlags & PSP_DLGINDIRECT ? (INT_PTR)psp->pResource : (INT_PTR)psp->pszTemplate;
    }
    case PSM_GETRESULT:
        return sh->ended ? sh->result : -1;
    }
    return 0;
}

static INT_PTR WINAPI sheet_proc(HWND hwnd, UINT msg, WPARAM wparam, LPARAM lparam)
{
    struct sheet *sh = get_sheet(hwnd);
    switch (msg) {
    case WM_INITDIALOG: {
        sh = (struct sheet *)lparam;
        sh->hwnd = hwnd;
        SetPropW(hwnd, sheet_prop, sh);
        create_controls(sh);
        if (sh->caption) set_title(sh, sh->flags, sh->caption, TRUE);
        INT start = sh->start_page;
        if (sh->start_name) {
            for (INT i = 0; i < sh->count; i++)
                if (!wcs_cmp(sh->pages[i].page->title, sh->start_name)) start = i;
        }
        if (start < 0 || start >= sh->count) start = 0;
        if (!set_cur_sel(sh, start, FALSE)) {
            for (INT i = 0; i < sh->count && sh->cur < 0; i++) set_cur_sel(sh, i, FALSE);
        }
        /* Enter presses Next in a wizard, OK in a sheet */
        if (sh->wizard) SendMessageW(hwnd, DM_SETDEFID, IDC_NEXT, 0);
        if (sh->callback) sh->callback(hwnd, PSCB_INITIALIZED, 0);
        return TRUE;
    }
    case WM_COMMAND:
        if (sh && HIWORD(wparam) <= BN_CLICKED) do_command(sh, LOWORD(wparam));
        return TRUE;
    case WM_NOTIFY:
        if (sh && sh->tab && ((NMHDR *)lparam)->hwndFrom == sh->tab) {
            UINT code = ((NMHDR *)lparam)->code;
            if (code == TCN_SELCHANGING) {
                SetWindowLongPtrW(hwnd, DWLP_MSGRESULT, notify_page(sh, sh->cur, PSN_KILLACTIVE, 0) != 0);
                return TRUE;
            }
            if (code == TCN_SELCHANGE) {
                INT to = (INT)SendMessageW(sh->tab, TCM_GETCURSEL, 0, 0);
                if (!set_cur_sel(sh, to, FALSE)) SendMessageW(sh->tab, TCM_SETCURSEL, sh->cur, 0);
                return TRUE;
            }
        }
        return FALSE;
    case WM_SYSCOMMAND:
        if ((wparam & 0xfff0) == SC_CLOSE && sh) {
            do_command(sh, IDCANCEL);
            return TRUE;
        }
        return FALSE;
    case WM_DESTROY:
        if (sh) {
            for (INT i = 0; i < sh->count; i++) {
                if (sh->pages[i].hwnd) DestroyWindow(sh->pages[i].hwnd);
                sh->pages[i].hwnd = NULL;
            }
        }
        return FALSE;
    case WM_NCDESTROY:
        if (sh) {
            RemovePropW(hwnd, sheet_prop);
            for (INT i = 0; i < sh->count; i++) DestroyPropertySheetPage(sh->pages[i].page);
            /* a modeless sheet's state dies with its window; a modal one
             * is freed by PropertySheet after the loop */
            if (sh->modeless) {
                free(sh->caption);
                free((void *)sh->start_name);
                free(sh);
            } else {
                sh->count = 0;
            }
        }
        return FALSE;
    }
    if (sh && msg >= PSM_SETCURSEL && msg <= PSM_GETRESULT) {
        SetWindowLongPtrW(hwnd, DWLP_MSGRESULT, sheet_message(sh, msg, wparam, lparam));
        return TRUE;
    }
    return FALSE;
}

/* the sheet's template: an empty dialog the controls are added to */
struct sheet_template {
    DLGTEMPLATE tmpl;
    WORD menu, cls, title;
    WORD point;
    WCHAR font[14];
};

/* the modal loop: comctl32's own rather than DialogBox's, so that
 * Ctrl+Tab and Ctrl+PgDn reach the sheet before IsDialogMessage */
static INT_PTR run_modal(struct sheet *sh, const PROPSHEETHEADERW *hdr, DLGTEMPLATE *tmpl)
{
    HWND owner = hdr->hwndParent;
    while (owner && (GetWindowLongW(owner, GWL_STYLE) & WS_CHILD)) owner = GetParent(owner);
    tmpl->style |= WS_VISIBLE;
    HWND hwnd = CreateDialogIndirectParamW(hdr->hInstance, tmpl, owner, sheet_proc, (LPARAM)sh);
    if (!hwnd) return -1;
    BOOL disabled = owner && IsWindowEnabled(owner);
    if (disabled) EnableWindow(owner, FALSE);
    MSG msg;
    while (!sh->ended && IsWindow(hwnd)) {
        if (GetMessageW(&msg, NULL, 0, 0) <= 0) {
            /* WM_QUIT ends the sheet and goes on to the program's loop */
            PostQuitMessage((INT)msg.wParam);
            break;
        }
        if (!sheet_dialog_message(sh, &msg)) {
            TranslateMessage(&msg);
            DispatchMessageW(&msg);
        }
    }
    if (disabled) EnableWindow(owner, TRUE);
    if (IsWindow(hwnd)) DestroyWindow(hwnd);
    return sh->result;
}

static INT_PTR property_sheet(const PROPSHEETHEADERW *hdr, BOOL unicode)
{
    if (!hdr || hdr->dwSize < PROPSHEETHEADERW_V1_SIZE || (hdr->nPages && !hdr->ppsp)) return -1;
    struct sheet *sh = calloc(1, sizeof(*sh));
    if (!sh) return -1;
    sh->flags = hdr->dwFlags;
    sh->unicode = unicode;
    sh->wizard = (hdr->dwFlags & (PSH_WIZARD | PSH_WIZARD97 | PSH_WIZARD_LITE | PSH_AEROWIZARD)) != 0;
    sh->modeless = (hdr->dwFlags & PSH_MODELESS) != 0;
    sh->cur = -1;
    sh->callback = (hdr->dwFlags & PSH_USECALLBACK) ? hdr->pfnCallback : NULL;
    if (hdr->pszCaption) {
        if (IS_INTRESOURCE(hdr->pszCaption)) {
            WCHAR buf[256];
            if (!LoadStringW(hdr->hInstance, (UINT)(ULONG_PTR)hdr->pszCaption, buf, 256)) buf[0] = 0;
            sh->caption = wcs_dup(buf);
        } else {
            sh->caption = str_dup_aw(hdr->pszCaption, unicode);
        }
    }
    if (hdr->dwFlags & PSH_USEPSTARTPAGE) {
        if (hdr->pStartPage && !IS_INTRESOURCE(hdr->pStartPage))
            sh->start_name = str_dup_aw(hdr->pStartPage, unicode);
    } else {
        sh->start_page = hdr->nStartPage;
    }
    for (UINT i = 0; i < hdr->nPages && i < MAX_PAGES; i++) {
        HPROPSHEETPAGE page;
        if (hdr->dwFlags & PSH_PROPSHEETPAGE) {
            const BYTE *p = (const BYTE *)hdr->ppsp;
            for (UINT j = 0; j < i; j++) p += ((const PROPSHEETPAGEW *)p)->dwSize;
            page = unicode ? CreatePropertySheetPageW((const PROPSHEETPAGEW *)p)
                           : CreatePropertySheetPageA((const PROPSHEETPAGEA *)p);
        } else {
            page = hdr->phpage[i];
        }
        if (page) add_page(sh, page);
    }

    struct sheet_template st;
    memset(&st, 0, sizeof(st));
    st.tmpl.style = WS_POPUP | WS_CAPTION | WS_SYSMENU | DS_MODALFRAME | DS_3DLOOK | DS_SETFONT
                    | DS_CONTEXTHELP | WS_CLIPCHILDREN | (sh->modeless ? WS_VISIBLE : 0);
    st.tmpl.dwExtendedStyle = WS_EX_CONTROLPARENT | WS_EX_DLGMODALFRAME;
    st.tmpl.cx = 200;
    st.tmpl.cy = 150;
    st.point = 8;
    memcpy(st.font, u"MS Shell Dlg", 13 * sizeof(WCHAR));
    if (sh->callback) sh->callback(NULL, PSCB_PRECREATE, (LPARAM)&st.tmpl);

    if (sh->modeless) {
        HWND hwnd = CreateDialogIndirectParamW(hdr->hInstance, &st.tmpl, hdr->hwndParent, sheet_proc, (LPARAM)sh);
        if (!hwnd) {
            for (INT i = 0; i < sh->count; i++) DestroyPropertySheetPage(sh->pages[i].page);
            free(sh->caption);
            free((void *)sh->start_name);
            free(sh);
            return -1;
        }
        return (INT_PTR)hwnd;
    }
    INT_PTR ret = run_modal(sh, hdr, &st.tmpl);
    for (INT i = 0; i < sh->count; i++) DestroyPropertySheetPage(sh->pages[i].page);
    free(sh->caption);
    free((void *)sh->start_name);
    free(sh);
    return ret;
}

COMCTL32API INT_PTR WINAPI PropertySheetW(LPCPROPSHEETHEADERW hdr)
{
    return property_sheet(hdr, TRUE);
}

COMCTL32API INT_PTR WINAPI PropertySheetA(LPCPROPSHEETHEADERA hdr)
{
    return property_sheet((const PROPSHEETHEADERW *)hdr, FALSE);
}
