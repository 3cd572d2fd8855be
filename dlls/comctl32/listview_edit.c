/*
 * The list view's label editing: LVM_EDITLABEL asks the parent with
 * LVN_BEGINLABELEDIT (TRUE refuses), then puts an Edit child over the
 * label holding its text. Enter or the edit losing the focus ends the
 * edit with LVN_ENDLABELEDIT carrying the new text (TRUE from the parent
 * keeps it); Escape ends it with a NULL text.
 */
#include <stdlib.h>
#include <string.h>
#include "listview.h"
#include "winrun/unicode.h"

WINUSERAPI LRESULT WINAPI CallWindowProcW(WNDPROC, HWND, UINT, WPARAM, LPARAM);
WINUSERAPI INT WINAPI GetWindowTextW(HWND, LPWSTR, INT);
WINUSERAPI ULONG_PTR WINAPI GetClassLongPtrW(HWND, INT);
WINUSERAPI BOOL WINAPI SetWindowPos(HWND, HWND, INT, INT, INT, INT, UINT);

/* send an LVN_xxxLABELEDIT for item I with TEXT (NULL: none), in the
 * parent's character set */
static LRESULT notify_label(struct listview *lv, UINT code_a, UINT code_w, INT i, const WCHAR *text)
{
    NMLVDISPINFOW di;
    char *a = NULL;
    memset(&di, 0, sizeof(di));
    di.item.mask = LVIF_TEXT | LVIF_PARAM | LVIF_STATE;
    di.item.iItem = i;
    di.item.lParam = lv_get_param(lv, i);
    di.item.state = lv_get_state(lv, i);
    if (text && lv->unicode) di.item.pszText = (WCHAR *)text;
    else if (text) {
        INT len = WideCharToMultiByte(CP_ACP, 0, text, -1, NULL, 0, NULL, NULL);
        if ((a = malloc(len))) WideCharToMultiByte(CP_ACP, 0, text, -1, a, len, NULL, NULL);
        di.item.pszText = (WCHAR *)a;
    }
    if (text) di.item.cchTextMax = (INT)wcs_len(text) + 1;
    LRESULT ret = lv_notify(lv, lv->unicode ? code_w : code_a, &di.hdr);
    free(a);
    return ret;
}

/* end the edit: SAVE takes the edit's text, else the edit was cancelled */
void lv_end_edit(struct listview *lv, BOOL save)
{
    HWND edit = lv->edit;
    INT i = lv->edit_item;
    WCHAR *text = NULL;
    if (!edit) return;
    lv->edit = NULL;        /* the notifications below may come back here */
    lv->edit_item = -1;
    if (save) {
        INT len = GetWindowTextLengthW(edit);
        if ((text = malloc((len + 1) * sizeof(WCHAR)))) GetWindowTextW(edit, text, len + 1);
    }
    if (i >= 0 && i < lv->count &&
        notify_label(lv, LVN_ENDLABELEDITA, LVN_ENDLABELEDITW, i, text) && text) {
        LVITEMW item;
        memset(&item, 0, sizeof(item));
        item.mask = LVIF_TEXT;
        item.iItem = i;
        item.pszText = text;
        SendMessageW(lv->hwnd, LVM_SETITEMW, 0, (LPARAM)&item);
    }
    free(text);
    DestroyWindow(edit);
    lv_invalidate_item(lv, i);
}

static LRESULT WINAPI edit_proc(HWND hwnd, UINT msg, WPARAM wparam, LPARAM lparam)
{
    /* the Edit class's own procedure, which keeps working after the
     * list view is gone */
    WNDPROC old = (WNDPROC)GetClassLongPtrW(hwnd, GCLP_WNDPROC);
    struct listview *lv = control_data(GetParent(hwnd));
    if (!lv || lv->edit != hwnd) return CallWindowProcW(old, hwnd, msg, wparam, lparam);
    switch (msg) {
    case WM_GETDLGCODE:
        return DLGC_WANTALLKEYS | DLGC_WANTARROWS;
    case WM_KEYDOWN:
        if (wparam == VK_RETURN || wparam == VK_ESCAPE) {
            lv_end_edit(lv, wparam == VK_RETURN);
            return 0;
        }
        break;
    case WM_CHAR:
        if (wparam == '\r' || wparam == 0x1b) return 0;     /* no beep, no newline */
        break;
    case WM_KILLFOCUS:
        CallWindowProcW(old, hwnd, msg, wparam, lparam);
        lv_end_edit(lv, TRUE);
        return 0;
    }
    return CallWindowProcW(old, hwnd, msg, wparam, lparam);
}

HWND lv_edit_label(struct listview *lv, INT i)
{
    WCHAR buf[1024];
    RECT rc;
    if (lv->edit) lv_end_edit(lv, TRUE);
    if (i < 0 || i >= lv->count) return NULL;
    if (GetFocus() != lv->hwnd) SetFocus(lv->hwnd);
    const WCHAR *text = lv_get_text(lv, i, 0, buf, 1024);
    WCHAR *copy = wcs_dup(text);
    if (!copy) return NULL;
    lv_ensure_visible(lv, i, FALSE);
    lv_item_rect(lv, i, LVIR_LABEL, &rc);
    HWND edit = CreateWindowExW(0, u"Edit", copy, WS_CHILD | WS_BORDER | ES_AUTOHSCROLL, rc.left, rc.top,
                                rc.right - rc.left, rc.bottom - rc.top, lv->hwnd, NULL, comctl32_instance, NULL);
    free(copy);
    if (!edit) return NULL;
    if (lv->font) SendMessageW(edit, WM_SETFONT, (WPARAM)lv->font, FALSE);
    lv->edit = edit;
    lv->edit_item = i;
    /* the parent may ask for the edit control (LVM_GETEDITCONTROL) in
     * LVN_BEGINLABELEDIT, so it exists, still hidden, by then */
    if (notify_label(lv, LVN_BEGINLABELEDITA, LVN_BEGINLABELEDITW, i, text)) {
        lv->edit = NULL;
        lv->edit_item = -1;
        DestroyWindow(edit);
        return NULL;
    }
    SetWindowLongPtrW(edit, GWLP_WNDPROC, (LONG_PTR)edit_proc);
    SendMessageW(edit, EM_SETSEL, 0, -1);
    SetWindowPos(edit, 0, 0, 0, 0, 0, SWP_NOMOVE | SWP_NOSIZE | SWP_NOZORDER | SWP_SHOWWINDOW);
    SetFocus(edit);
    return edit;
}
