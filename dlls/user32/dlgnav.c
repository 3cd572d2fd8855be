/*
 * Keyboard navigation in dialogs: IsDialogMessage (Tab, arrows, Enter,
 * Esc, mnemonics), GetNextDlgTabItem, GetNextDlgGroupItem. Controls are a
 * dialog's direct children in Z order; WS_EX_CONTROLPARENT children are
 * not descended into yet.
 */
#include "dialog.h"

/* the control's own styles count, not its parents': a dialog is navigated before it is shown */
static BOOL usable(HWND hwnd)
{
    return (GetWindowLongW(hwnd, GWL_STYLE) & (WS_VISIBLE | WS_DISABLED)) == WS_VISIBLE;
}

static HWND last_child(HWND dlg)
{
    HWND h = GetWindow(dlg, GW_CHILD);
    return h ? GetWindow(h, GW_HWNDLAST) : NULL;
}

/* the next (or previous) sibling, wrapping around */
static HWND step(HWND dlg, HWND h, BOOL previous)
{
    HWND n = GetWindow(h, previous ? GW_HWNDPREV : GW_HWNDNEXT);
    if (n) return n;
    return previous ? last_child(dlg) : GetWindow(dlg, GW_CHILD);
}

WINUSERAPI HWND WINAPI GetNextDlgTabItem(HWND dlg, HWND ctrl, BOOL previous)
{
    HWND start, h;

    if (ctrl && GetParent(ctrl) != dlg) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return NULL;
    }
    /* with no control, the search starts as if from the one before the first (or after the last) */
    if (!ctrl) ctrl = previous ? GetWindow(dlg, GW_CHILD) : last_child(dlg);
    if (!ctrl) return NULL;
    start = ctrl;
    h = ctrl;
    do {
        h = step(dlg, h, previous);
        if ((GetWindowLongW(h, GWL_STYLE) & WS_TABSTOP) && usable(h)) return h;
    } while (h != start);
    return (GetWindowLongW(start, GWL_STYLE) & WS_TABSTOP) && usable(start) ? start : NULL;
}

WINUSERAPI HWND WINAPI GetNextDlgGroupItem(HWND dlg, HWND ctrl, BOOL previous)
{
    HWND first, h, candidate = NULL;

    if (ctrl && GetParent(ctrl) != dlg) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return NULL;
    }
    if (!ctrl && !(ctrl = GetWindow(dlg, GW_CHILD))) return NULL;
    /* the group: back to the nearest WS_GROUP control (or the first child) */
    for (first = ctrl; ; first = h) {
        if (GetWindowLongW(first, GWL_STYLE) & WS_GROUP) break;
        if (!(h = GetWindow(first, GW_HWNDPREV))) break;
    }
    if (!previous) {
        /* forward: the next usable member, wrapping to the group's start */
        for (h = GetWindow(ctrl, GW_HWNDNEXT); ; h = GetWindow(h, GW_HWNDNEXT)) {
            if (!h || (GetWindowLongW(h, GWL_STYLE) & WS_GROUP)) h = first;
            if (h == ctrl) break;
            if (usable(h)) return h;
        }
        return ctrl;
    }
    /* backward: the last usable member before CTRL, else the group's last one */
    for (h = first; h; h = GetWindow(h, GW_HWNDNEXT)) {
        if (h != first && (GetWindowLongW(h, GWL_STYLE) & WS_GROUP)) break;
        if (h == ctrl) {
            if (candidate) return candidate;
            continue;
        }
        if (usable(h)) candidate = h;
    }
    return candidate ? candidate : ctrl;
}

/* The control whose text has "&C" for the character C, after FROM. */
static HWND find_mnemonic(HWND dlg, HWND from, WCHAR ch)
{
    HWND start = from ? from : last_child(dlg), h = start;
    WCHAR text[256];

    if (!h) return NULL;
    ch = wch_upper(ch);
    do {
        h = step(dlg, h, FALSE);
        if (!usable(h) && !(SendMessageW(h, WM_GETDLGCODE, 0, 0) & DLGC_STATIC)) continue;
        if (GetWindowTextW(h, text, 256) <= 0) continue;
        for (WCHAR *p = text; *p; p++) {
            if (*p != u'&') continue;
            if (p[1] == u'&') { p++; continue; }
            if (wch_upper(p[1]) == ch) return h;
            break;
        }
    } while (h != start);
    return NULL;
}

/* A mnemonic: a static label gives the focus to the next control; a
 * button is clicked (radio buttons and check boxes too), others focused. */
static BOOL do_mnemonic(HWND dlg, HWND focus, WCHAR ch)
{
    HWND h = find_mnemonic(dlg, focus && IsChild(dlg, focus) ? focus : NULL, ch);
    UINT code;

    if (!h) return FALSE;
    code = SendMessageW(h, WM_GETDLGCODE, 0, 0);
    if (code & DLGC_STATIC) {
        h = GetNextDlgTabItem(dlg, h, FALSE);
        if (h) SendMessageW(dlg, WM_NEXTDLGCTL, (WPARAM)h, 1);
        return TRUE;
    }
    if (!IsWindowEnabled(h)) return FALSE;
    if (code & DLGC_BUTTON) {
        SendMessageW(dlg, WM_NEXTDLGCTL, (WPARAM)h, 1);
        SendMessageW(h, BM_CLICK, 0, 0);
    } else SendMessageW(dlg, WM_NEXTDLGCTL, (WPARAM)h, 1);
    return TRUE;
}

static BOOL is_dialog_message(HWND dlg, MSG *msg, BOOL unicode)
{
    UINT code;

    if (!dlg || !msg) return FALSE;
    if (msg->hwnd != dlg && !IsChild(dlg, msg->hwnd)) return FALSE;
    code = SendMessageW(msg->hwnd, WM_GETDLGCODE, msg->wParam, (LPARAM)msg);
    if (code & DLGC_WANTMESSAGE) goto dispatch;

    switch (msg->message) {
    case WM_KEYDOWN:
        switch (msg->wParam) {
        case VK_TAB:
            if (code & DLGC_WANTTAB) break;
            SendMessageW(dlg, WM_NEXTDLGCTL, (GetKeyState(VK_SHIFT) & 0x8000) != 0, 0);
            return TRUE;
        case VK_LEFT: case VK_RIGHT: case VK_UP: case VK_DOWN: {
            HWND next;
            if (code & DLGC_WANTARROWS) break;
            next = GetNextDlgGroupItem(dlg, msg->hwnd == dlg ? NULL : msg->hwnd,
                                       msg->wParam == VK_LEFT || msg->wParam == VK_UP);
            if (!next) return TRUE;
            if (SendMessageW(next, WM_GETDLGCODE, msg->wParam, (LPARAM)msg) == (DLGC_BUTTON | DLGC_RADIOBUTTON)) {
                SetFocus(next);
                /* arrowing onto an auto radio button checks it */
                if ((GetWindowLongW(next, GWL_STYLE) & BS_TYPEMASK) == BS_AUTORADIOBUTTON &&
                    SendMessageW(next, BM_GETCHECK, 0, 0) != BST_CHECKED)
                    SendMessageW(next, BM_CLICK, 1, 0);
            } else SendMessageW(dlg, WM_NEXTDLGCTL, (WPARAM)next, 1);
            return TRUE;
        }
        case VK_ESCAPE:
            SendMessageW(dlg, WM_COMMAND, IDCANCEL, (LPARAM)GetDlgItem(dlg, IDCANCEL));
            return TRUE;
        case VK_RETURN: {
            HWND focus = GetFocus();
            DWORD id;
            if (focus && IsChild(dlg, focus) && (SendMessageW(focus, WM_GETDLGCODE, 0, 0) & DLGC_DEFPUSHBUTTON)) {
                SendMessageW(dlg, WM_COMMAND, MAKELONG(GetDlgCtrlID(focus), BN_CLICKED), (LPARAM)focus);
            } else if (HIWORD(id = (DWORD)SendMessageW(dlg, DM_GETDEFID, 0, 0)) == DC_HASDEFID) {
                HWND def = GetDlgItem(dlg, LOWORD(id));
                if (!def || IsWindowEnabled(def))
                    SendMessageW(dlg, WM_COMMAND, MAKELONG(LOWORD(id), BN_CLICKED), (LPARAM)def);
            } else SendMessageW(dlg, WM_COMMAND, IDOK, (LPARAM)GetDlgItem(dlg, IDOK));
            return TRUE;
        }
        }
        break;
    case WM_CHAR:
        if (code & DLGC_WANTCHARS) break;
        if (msg->wParam == u'\t' && (code & DLGC_WANTTAB)) break;
        if (do_mnemonic(dlg, msg->hwnd, (WCHAR)msg->wParam)) return TRUE;
        break;
    case WM_SYSCHAR:
        if (do_mnemonic(dlg, msg->hwnd, (WCHAR)msg->wParam)) return TRUE;
        break;
    }
dispatch:
    TranslateMessage(msg);
    if (unicode) DispatchMessageW(msg);
    else DispatchMessageA(msg);
    return TRUE;
}

/* A WH_MSGFILTER/WH_SYSMSGFILTER hook sees the message first (MSGF_DIALOGBOX)
 * and may take it. */
WINUSERAPI BOOL WINAPI IsDialogMessageW(HWND dlg, MSG *msg)
{
    if (CallMsgFilterW(msg, MSGF_DIALOGBOX)) return TRUE;
    return is_dialog_message(dlg, msg, TRUE);
}

WINUSERAPI BOOL WINAPI IsDialogMessageA(HWND dlg, MSG *msg)
{
    if (CallMsgFilterA(msg, MSGF_DIALOGBOX)) return TRUE;
    return is_dialog_message(dlg, msg, FALSE);
}
