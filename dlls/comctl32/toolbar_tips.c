/*
 * The toolbar's tooltip (TBSTYLE_TOOLTIPS): the toolbar makes one
 * tooltip window, keeps one tool per visible button (named by its
 * command id, LPSTR_TEXTCALLBACK) at the button's rectangle, relays its
 * mouse messages to it, and passes the tooltip's TTN_GETDISPINFO on to
 * its own parent, which answers with the command id in idFrom as on
 * Windows. The toolbar's procedure is Unicode, so the tooltip asks it
 * with TTN_GETDISPINFOW; an ANSI parent is asked with TTN_GETDISPINFOA
 * and the answer converted back.
 */
#include <string.h>
#include "comctl32_private.h"

HWND toolbar_tips_create(HWND toolbar)
{
    return CreateWindowExW(WS_EX_TOPMOST, TOOLTIPS_CLASSW, NULL, WS_POPUP | TTS_ALWAYSTIP, 0, 0, 0, 0, toolbar,
                           NULL, comctl32_instance, NULL);
}

void toolbar_tips_clear(HWND tooltip, HWND toolbar)
{
    TTTOOLINFOW ti;
    while (SendMessageW(tooltip, TTM_GETTOOLCOUNT, 0, 0) > 0) {
        memset(&ti, 0, sizeof(ti));
        ti.cbSize = sizeof(ti);
        if (!SendMessageW(tooltip, TTM_ENUMTOOLSW, 0, (LPARAM)&ti)) break;
        ti.hwnd = toolbar;
        SendMessageW(tooltip, TTM_DELTOOLW, 0, (LPARAM)&ti);
    }
}

void toolbar_tips_add(HWND tooltip, HWND toolbar, INT id, const RECT *rc)
{
    TTTOOLINFOW ti;
    memset(&ti, 0, sizeof(ti));
    ti.cbSize = sizeof(ti);
    ti.hwnd = toolbar;
    ti.uId = (UINT_PTR)id;
    ti.rect = *rc;
    ti.lpszText = LPSTR_TEXTCALLBACKW;
    SendMessageW(tooltip, TTM_ADDTOOLW, 0, (LPARAM)&ti);
}

void toolbar_tips_relay(HWND tooltip, HWND toolbar, UINT msg, WPARAM wparam, LPARAM lparam)
{
    MSG m;
    memset(&m, 0, sizeof(m));
    m.hwnd = toolbar;
    m.message = msg;
    m.wParam = wparam;
    m.lParam = lparam;
    SendMessageW(tooltip, TTM_RELAYEVENT, 0, (LPARAM)&m);
}

LRESULT toolbar_tips_forward(HWND parent, NMHDR *hdr)
{
    NMTTDISPINFOW *w = (NMTTDISPINFOW *)hdr;
    NMTTDISPINFOA a;

    if (hdr->code != TTN_GETDISPINFOW || IsWindowUnicode(parent))
        return SendMessageW(parent, WM_NOTIFY, hdr->idFrom, (LPARAM)hdr);
    memset(&a, 0, sizeof(a));
    a.hdr = w->hdr;
    a.hdr.code = TTN_GETDISPINFOA;
    a.lpszText = a.szText;
    a.hinst = w->hinst;
    a.uFlags = w->uFlags;
    a.lParam = w->lParam;
    SendMessageW(parent, WM_NOTIFY, a.hdr.idFrom, (LPARAM)&a);
    w->hinst = a.hinst;
    w->uFlags = a.uFlags;
    if (!a.lpszText || IS_INTRESOURCE(a.lpszText)) w->lpszText = (LPWSTR)a.lpszText;
    else {
        INT size = sizeof(w->szText) / sizeof(w->szText[0]);
        if (!MultiByteToWideChar(CP_ACP, 0, a.lpszText, -1, w->szText, size)) w->szText[size - 1] = 0;
        w->lpszText = w->szText;
    }
    return 0;
}
