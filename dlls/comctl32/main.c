/*
 * comctl32's start-up and small functions: the classes are registered
 * when the DLL is loaded (as comctl32 6 does), so InitCommonControls(Ex)
 * only has to exist for programs that import it; DllGetVersion,
 * GetEffectiveClientRect, CreateStatusWindow, DrawStatusText and the
 * drawing helpers the controls share.
 */
#include <stdlib.h>
#include <string.h>
#include "comctl32_private.h"
#include "winternl.h"
#include "winrun/unicode.h"

HINSTANCE comctl32_instance;

static const struct {
    const WCHAR *name;
    WNDPROC proc;
    UINT style;
} classes[] = {
    { STATUSCLASSNAMEW, status_proc, CS_GLOBALCLASS | CS_DBLCLKS | CS_VREDRAW },
    { PROGRESS_CLASSW, progress_proc, CS_GLOBALCLASS | CS_VREDRAW | CS_HREDRAW },
    { TOOLBARCLASSNAMEW, toolbar_proc, CS_GLOBALCLASS | CS_DBLCLKS },
    { UPDOWN_CLASSW, updown_proc, CS_GLOBALCLASS | CS_VREDRAW | CS_HREDRAW },
    { TRACKBAR_CLASSW, trackbar_proc, CS_GLOBALCLASS | CS_DBLCLKS },
    { WC_TABCONTROLW, tab_proc, CS_GLOBALCLASS | CS_DBLCLKS | CS_HREDRAW | CS_VREDRAW },
    { TOOLTIPS_CLASSW, tooltips_proc, CS_GLOBALCLASS | CS_DBLCLKS | CS_SAVEBITS },
    { WC_TREEVIEWW, treeview_proc, CS_GLOBALCLASS | CS_DBLCLKS },
    { WC_HEADERW, header_proc, CS_GLOBALCLASS | CS_DBLCLKS },
    { WC_LISTVIEWW, listview_proc, CS_GLOBALCLASS | CS_DBLCLKS },
};

BOOL WINAPI comctl32_dll_main(HINSTANCE instance, DWORD reason, void *reserved)
{
    (void)reserved;
    if (reason == DLL_PROCESS_ATTACH) {
        comctl32_instance = instance;
        for (size_t i = 0; i < sizeof(classes) / sizeof(classes[0]); i++) {
            WNDCLASSEXW wc;
            memset(&wc, 0, sizeof(wc));
            wc.cbSize = sizeof(wc);
            wc.style = classes[i].style;
            wc.lpfnWndProc = classes[i].proc;
            wc.cbWndExtra = sizeof(void *);     /* the control's state (control_data) */
            wc.hCursor = LoadCursorW(NULL, IDC_ARROW);
            wc.lpszClassName = classes[i].name;
            RegisterClassExW(&wc);
        }
    }
    return TRUE;
}

COMCTL32API void WINAPI InitCommonControls(void)
{
}

/* Windows checks the size and nothing else: unknown ICC_* bits are fine */
COMCTL32API BOOL WINAPI InitCommonControlsEx(const INITCOMMONCONTROLSEX *icc)
{
    return icc && icc->dwSize == sizeof(*icc);
}

NTSYSAPI NTSTATUS WINAPI RtlGetVersion(RTL_OSVERSIONINFOEXW *);

/* 5.82 is what comctl32 says without a manifest asking for version 6;
 * the build is the system's, as in the version resource version.dll
 * gives the builtin (dlls/version/builtin.c) */
COMCTL32API HRESULT WINAPI DllGetVersion(DLLVERSIONINFO *info)
{
    RTL_OSVERSIONINFOEXW os;

    if (!info || info->cbSize != sizeof(*info)) return E_INVALIDARG;
    memset(&os, 0, sizeof(os));
    os.dwOSVersionInfoSize = sizeof(os);
    RtlGetVersion(&os);
    info->dwMajorVersion = 5;
    info->dwMinorVersion = 82;
    info->dwBuildNumber = os.dwBuildNumber;
    info->dwPlatformID = DLLVER_PLATFORM_NT;
    return S_OK;
}

/* INFO: pairs of (menu id, control id), ending with a zero pair after
 * the first pair; visible controls listed there are cut off the rect */
COMCTL32API void WINAPI GetEffectiveClientRect(HWND hwnd, RECT *rc, const INT *info)
{
    RECT child;
    GetClientRect(hwnd, rc);
    if (!info) return;
    for (info += 2; info[0] || info[1]; info += 2) {
        HWND ctl = GetDlgItem(hwnd, info[1]);
        if (!ctl || !(GetWindowLongW(ctl, GWL_STYLE) & WS_VISIBLE)) continue;
        GetWindowRect(ctl, &child);
        MapWindowPoints(NULL, hwnd, (POINT *)&child, 2);
        SubtractRect(rc, rc, &child);
    }
}

COMCTL32API HWND WINAPI CreateStatusWindowW(LONG style, LPCWSTR text, HWND parent, UINT id)
{
    return CreateWindowExW(0, STATUSCLASSNAMEW, text, style, CW_USEDEFAULT, CW_USEDEFAULT,
                           CW_USEDEFAULT, CW_USEDEFAULT, parent, (HMENU)(ULONG_PTR)id, NULL, NULL);
}

COMCTL32API HWND WINAPI CreateStatusWindowA(LONG style, LPCSTR text, HWND parent, UINT id)
{
    WCHAR *w = text ? str_dup_aw(text, FALSE) : NULL;
    HWND ret = CreateStatusWindowW(style, w, parent, id);
    free(w);
    return ret;
}

/* a status bar part's look: a sunken (or SBT_POPOUT raised) frame, the text */
COMCTL32API void WINAPI DrawStatusTextW(HDC hdc, LPCRECT rect, LPCWSTR text, UINT style)
{
    RECT rc = *rect;
    if (!(style & SBT_NOBORDERS)) draw_edge(hdc, &rc, (style & SBT_POPOUT) != 0);
    InflateRect(&rc, -2, -1);
    if (!text) return;
    INT mode = SetBkMode(hdc, TRANSPARENT);
    COLORREF color = SetTextColor(hdc, GetSysColor(COLOR_BTNTEXT));
    /* tabs split the text into left, centred and right-aligned pieces */
    const WCHAR *p = text;
    UINT align[3] = { DT_LEFT, DT_CENTER, DT_RIGHT };
    for (int i = 0; i < 3 && p; i++) {
        const WCHAR *tab = wcs_chr(p, '\t');
        INT len = tab ? (INT)(tab - p) : (INT)wcs_len(p);
        DrawTextW(hdc, p, len, &rc, align[i] | DT_VCENTER | DT_SINGLELINE | DT_NOPREFIX);
        p = tab ? tab + 1 : NULL;
    }
    SetTextColor(hdc, color);
    SetBkMode(hdc, mode);
}

COMCTL32API void WINAPI DrawStatusTextA(HDC hdc, LPCRECT rect, LPCSTR text, UINT style)
{
    WCHAR *w = text ? str_dup_aw(text, FALSE) : NULL;
    DrawStatusTextW(hdc, rect, w, style);
    free(w);
}

/* ---- helpers the controls share ---- */

void *control_data(HWND hwnd)
{
    return (void *)GetWindowLongPtrW(hwnd, 0);
}

void control_set_data(HWND hwnd, void *data)
{
    SetWindowLongPtrW(hwnd, 0, (LONG_PTR)data);
}

void fill_color(HDC hdc, const RECT *rc, COLORREF color)
{
    HBRUSH brush = CreateSolidBrush(color);
    FillRect(hdc, rc, brush);
    DeleteObject(brush);
}

static void hline(HDC hdc, INT l, INT t, INT r, INT b, INT color)
{
    RECT rc = { l, t, r, b };
    FillRect(hdc, &rc, GetSysColorBrush(color));
}

void draw_edge(HDC hdc, const RECT *rc, BOOL raised)
{
    INT tl = raised ? COLOR_BTNHIGHLIGHT : COLOR_BTNSHADOW;
    INT br = raised ? COLOR_BTNSHADOW : COLOR_BTNHIGHLIGHT;
    hline(hdc, rc->left, rc->top, rc->right, rc->top + 1, tl);
    hline(hdc, rc->left, rc->top, rc->left + 1, rc->bottom, tl);
    hline(hdc, rc->left, rc->bottom - 1, rc->right, rc->bottom, br);
    hline(hdc, rc->right - 1, rc->top, rc->right, rc->bottom, br);
}

WCHAR *str_dup_aw(const void *str, BOOL unicode)
{
    WCHAR *ret;
    if (unicode) return wcs_dup(str ? str : u"");
    if (!str) str = "";
    INT len = MultiByteToWideChar(CP_ACP, 0, str, -1, NULL, 0);
    if (!(ret = malloc(len * sizeof(WCHAR)))) return NULL;
    MultiByteToWideChar(CP_ACP, 0, str, -1, ret, len);
    return ret;
}

INT str_len_aw(const WCHAR *text, BOOL unicode)
{
    if (!text) return 0;
    if (unicode) return (INT)wcs_len(text);
    return WideCharToMultiByte(CP_ACP, 0, text, -1, NULL, 0, NULL, NULL) - 1;
}

INT str_copy_out(const WCHAR *text, void *buf, BOOL unicode)
{
    INT len = str_len_aw(text, unicode);
    if (!buf) return len;
    if (unicode) memcpy(buf, text ? text : u"", (len + 1) * sizeof(WCHAR));
    else if (text) WideCharToMultiByte(CP_ACP, 0, text, -1, buf, len + 1, NULL, NULL);
    else *(char *)buf = 0;
    return len;
}
