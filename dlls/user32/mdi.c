/*
 * The multiple-document interface: the "MDIClient" system class and its
 * WM_MDI* messages, DefFrameProc, DefMDIChildProc, CreateMDIWindow,
 * TranslateMDISysAccel, TileWindows and CascadeWindows.
 *
 * An MDI child is any window made with WS_EX_MDICHILD under an MDI client
 * (WM_MDICREATE and CreateMDIWindow make them that way too): window.c
 * asks mdi_child_prepare for its id, default position and styles and the
 * MDICREATESTRUCT its WM_CREATE sees, and tells mdi_child_created and
 * mdi_child_destroying when it exists and goes. Child ids run from the
 * client's idFirstChild with no gaps (the last child takes the id of one
 * destroyed), and the client's window menu lists them ("&1 Title", the
 * active one checked, after a separator; "&More Windows..." after nine).
 *
 * Activation follows Windows: SetWindowPos on a child without
 * SWP_NOACTIVATE sends it WM_CHILDACTIVATE, DefMDIChildProc's answer
 * makes it the client's active child: WM_NCACTIVATE and WM_MDIACTIVATE
 * (wParam the child losing, lParam the child gaining) to the old one,
 * then to the new one, which comes to the top and gets the focus.
 *
 * A maximized child fills the client with its caption hidden, and the
 * frame's caption reads "Frame - [Child]". Not done: the maximized
 * child's system menu and buttons are not merged into the frame's menu
 * bar (Windows adds them there), the "More Windows..." dialog is not
 * shown, and an ANSI child's MDICREATESTRUCT has UTF-16 class and title.
 */
#include <stdlib.h>
#include <string.h>
#include "user_private.h"

#define MORE_WINDOWS_LIMIT 9
#ifndef VK_F4
#define VK_F4 0x73
#endif
#ifndef VK_F6
#define VK_F6 0x75
#endif

struct mdi_client {
    HMENU window_menu;
    UINT id_first;
    HWND active;
    HWND *children;        /* children[i] has id id_first + i */
    UINT count, capacity;
    UINT total_created;    /* staggers the default positions */
    WCHAR *frame_title;    /* the frame's own text, without " - [Child]" */
};

WINUSERAPI SHORT WINAPI GetKeyState(INT);
WINUSERAPI INT WINAPI GetWindowTextW(HWND, LPWSTR, INT);
WINUSERAPI BOOL WINAPI IsZoomed(HWND);
WINUSERAPI BOOL WINAPI IsIconic(HWND);
WINUSERAPI BOOL WINAPI MoveWindow(HWND, INT, INT, INT, INT, BOOL);
WINUSERAPI LRESULT WINAPI DefWindowProcA(HWND, UINT, WPARAM, LPARAM);
WINUSERAPI HWND WINAPI CreateWindowExW(DWORD, LPCWSTR, LPCWSTR, DWORD, INT, INT, INT, INT, HWND, HMENU, HINSTANCE, LPVOID);
WINUSERAPI HWND WINAPI CreateWindowExA(DWORD, LPCSTR, LPCSTR, DWORD, INT, INT, INT, INT, HWND, HMENU, HINSTANCE, LPVOID);

/* ---- the client's state ---- */

static BOOL is_mdi_client(HWND hwnd)
{
    WCHAR name[16];

    return hwnd && GetClassNameW(hwnd, name, 16) && !wcs_icmp(name, u"MDIClient");
}

static struct mdi_client *client_info(HWND client)
{
    return is_mdi_client(client) ? (struct mdi_client *)GetWindowLongPtrW(client, 0) : NULL;
}

static HWND child_client(HWND child)
{
    return GetAncestor(child, GA_PARENT);
}

static int child_index(struct mdi_client *ci, HWND child)
{
    for (UINT i = 0; i < ci->count; i++)
        if (ci->children[i] == child) return (int)i;
    return -1;
}

/* ---- the window menu ---- */

static void remove_menu_items(struct mdi_client *ci)
{
    INT n;

    if (!ci->window_menu) return;
    for (UINT id = ci->id_first; id <= ci->id_first + MORE_WINDOWS_LIMIT; id++) DeleteMenu(ci->window_menu, id, MF_BYCOMMAND);
    /* and the separator in front of them, if it is the last item */
    n = GetMenuItemCount(ci->window_menu);
    if (n > 0 && (GetMenuState(ci->window_menu, n - 1, MF_BYPOSITION) & MF_SEPARATOR) &&
        GetMenuItemID(ci->window_menu, n - 1) == 0)
        DeleteMenu(ci->window_menu, n - 1, MF_BYPOSITION);
}

static void refresh_menu(struct mdi_client *ci)
{
    WCHAR text[300];

    if (!ci->window_menu || !IsMenu(ci->window_menu)) return;
    remove_menu_items(ci);
    if (!ci->count) return;
    AppendMenuW(ci->window_menu, MF_SEPARATOR, 0, NULL);
    for (UINT i = 0; i < ci->count && i <= MORE_WINDOWS_LIMIT; i++) {
        if (i == MORE_WINDOWS_LIMIT) {
            AppendMenuW(ci->window_menu, MF_STRING, ci->id_first + i, u"&More Windows...");
            break;
        }
        WCHAR title[256];
        int len;
        title[0] = 0;
        GetWindowTextW(ci->children[i], title, 256);
        text[0] = '&';
        text[1] = (WCHAR)('1' + i);
        text[2] = ' ';
        len = (int)wcs_len(title);
        memcpy(text + 3, title, (len + 1) * sizeof(WCHAR));
        AppendMenuW(ci->window_menu, MF_STRING | (ci->children[i] == ci->active ? MF_CHECKED : 0), ci->id_first + i, text);
    }
}

/* ---- the frame's caption ---- */

static void update_frame_text(HWND client, struct mdi_client *ci)
{
    HWND frame = GetAncestor(client, GA_PARENT);
    const WCHAR *base = ci->frame_title ? ci->frame_title : u"";
    WCHAR *text, child[256];
    size_t len;

    if (!frame) return;
    child[0] = 0;
    if (ci->active && IsZoomed(ci->active)) GetWindowTextW(ci->active, child, 256);
    len = wcs_len(base) + wcs_len(child) + 8;
    if (!(text = malloc(len * sizeof(WCHAR)))) return;
    wcs_cpy(text, base);
    if (child[0]) {
        if (base[0]) wcs_cpy(text + wcs_len(text), u" - ");
        wcs_cpy(text + wcs_len(text), u"[");
        wcs_cpy(text + wcs_len(text), child);
        wcs_cpy(text + wcs_len(text), u"]");
    }
    /* past the frame's own procedure: its WM_SETTEXT would take it as the title */
    DefWindowProcW(frame, WM_SETTEXT, 0, (LPARAM)text);
    free(text);
}

/* ---- activation ---- */

/* CHILD (NULL: none) becomes the active child, as DefMDIChildProc's
 * WM_CHILDACTIVATE does. */
static void child_activate(HWND client, struct mdi_client *ci, HWND child)
{
    HWND prev = ci->active, frame = GetAncestor(client, GA_PARENT);

    if (prev == child) return;
    if (prev && IsWindow(prev)) {
        SendMessageW(prev, WM_NCACTIVATE, FALSE, 0);
        SendMessageW(prev, WM_MDIACTIVATE, (WPARAM)prev, (LPARAM)child);
    }
    ci->active = child;
    refresh_menu(ci);
    if (!child) {
        update_frame_text(client, ci);
        return;
    }
    SetWindowPos(child, HWND_TOP, 0, 0, 0, 0, SWP_NOSIZE | SWP_NOMOVE | SWP_NOACTIVATE);
    if (GetActiveWindow() == frame) {
        SendMessageW(child, WM_NCACTIVATE, TRUE, 0);
        if (GetFocus() == client) SendMessageW(client, WM_SETFOCUS, (WPARAM)client, 0);
        else SetFocus(client);
    }
    SendMessageW(child, WM_MDIACTIVATE, (WPARAM)prev, (LPARAM)child);
    update_frame_text(client, ci);
}

/* The child after (NEXT) or before HWND in the client's Z order, among
 * the visible ones, round the end; NULL when there is no other. */
static HWND next_child(HWND client, HWND hwnd, BOOL next, DWORD skip_style)
{
    HWND list[256], found = NULL;
    int count = 0, self = -1;

    for (HWND c = GetWindow(client, GW_CHILD); c && count < 256; c = GetWindow(c, GW_HWNDNEXT)) {
        if (c == hwnd) self = count;
        list[count++] = c;
    }
    if (self < 0) return NULL;
    for (int k = 1; k < count; k++) {
        HWND c = list[(self + k) % count];
        if (GetWindow(c, GW_OWNER)) continue;
        if ((GetWindowLongW(c, GWL_STYLE) & (WS_VISIBLE | skip_style)) != WS_VISIBLE) continue;
        found = c;
        if (next) break;
    }
    return found;
}

/* Activate TO; a maximized active child hands its maximized state on. */
static void switch_child(HWND client, struct mdi_client *ci, HWND to)
{
    HWND prev = ci->active;
    BOOL was_zoomed = prev && IsZoomed(prev);

    (void)client;
    if (!to || to == prev) return;
    SetWindowPos(to, HWND_TOP, 0, 0, 0, 0, SWP_NOSIZE | SWP_NOMOVE);
    if (was_zoomed && !IsZoomed(to)) {
        ShowWindow(to, SW_SHOWMAXIMIZED);
        if (IsWindow(prev)) ShowWindow(prev, SW_SHOWNOACTIVATE);
    }
}

/* ---- children: made and destroyed (window.c) ---- */

/* Default position: staggered by a caption and frame, sized to leave
 * room for the stagger; N is the child's sequence number. */
static void default_child_pos(HWND client, UINT n, POINT pos[2])
{
    RECT rect;
    int spacing = GetSystemMetrics(4 /* SM_CYCAPTION */) + GetSystemMetrics(33 /* SM_CYFRAME */) - 1, stagger;

    GetClientRect(client, &rect);
    stagger = (rect.bottom - rect.top) / (3 * spacing);
    pos[1].x = rect.right - rect.left - stagger * spacing;
    pos[1].y = rect.bottom - rect.top - stagger * spacing;
    pos[0].x = pos[0].y = spacing * (int)(n % (UINT)(stagger + 1));
}

BOOL mdi_child_prepare(CREATESTRUCTW *cs, MDICREATESTRUCTW *mcs)
{
    struct mdi_client *ci = client_info(cs->hwndParent);
    POINT pos[2];

    if (!ci) return FALSE;
    default_child_pos(cs->hwndParent, ci->total_created, pos);
    if (!(cs->style & WS_POPUP)) cs->hMenu = (HMENU)(UINT_PTR)(ci->id_first + ci->count);
    if (!(GetWindowLongW(cs->hwndParent, GWL_STYLE) & MDIS_ALLCHILDSTYLES)) {
        cs->style &= WS_MINIMIZE | WS_MAXIMIZE | WS_HSCROLL | WS_VSCROLL | WS_DISABLED;
        cs->style |= WS_CHILD | WS_CLIPSIBLINGS | WS_CLIPCHILDREN | WS_SYSMENU | WS_CAPTION | WS_THICKFRAME |
                     WS_MINIMIZEBOX | WS_MAXIMIZEBOX | WS_VISIBLE;
    }
    cs->style |= WS_CHILD;
    if (cs->x == CW_USEDEFAULT) {
        cs->x = pos[0].x;
        cs->y = pos[0].y;
    }
    if (cs->cx == CW_USEDEFAULT || !cs->cx) cs->cx = pos[1].x;
    if (cs->cy == CW_USEDEFAULT || !cs->cy) cs->cy = pos[1].y;
    mcs->szClass = cs->lpszClass;
    mcs->szTitle = cs->lpszName;
    mcs->hOwner = cs->hInstance;
    mcs->x = cs->x;
    mcs->y = cs->y;
    mcs->cx = cs->cx;
    mcs->cy = cs->cy;
    mcs->style = cs->style;
    mcs->lParam = (LPARAM)cs->lpCreateParams;
    /* WS_MAXIMIZE is done once the child exists (mdi_child_created) */
    cs->style &= ~WS_MAXIMIZE;
    cs->lpCreateParams = mcs;
    return TRUE;
}

void mdi_child_created(HWND hwnd, BOOL maximize)
{
    HWND client = child_client(hwnd);
    struct mdi_client *ci = client_info(client);

    if (!ci || child_index(ci, hwnd) >= 0) return;
    if (ci->count == ci->capacity) {
        UINT capacity = ci->capacity ? ci->capacity * 2 : 8;
        HWND *children = realloc(ci->children, capacity * sizeof(HWND));
        if (!children) return;
        ci->children = children;
        ci->capacity = capacity;
    }
    ci->children[ci->count++] = hwnd;
    ci->total_created++;
    SendMessageW(client, WM_MDIREFRESHMENU, 0, 0);
    if (GetWindowLongW(hwnd, GWL_STYLE) & WS_VISIBLE) {
        BOOL zoomed = ci->active && IsZoomed(ci->active);
        /* ShowWindow does not activate a child: this does, through WM_CHILDACTIVATE */
        SetWindowPos(hwnd, HWND_TOP, 0, 0, 0, 0, SWP_NOMOVE | SWP_NOSIZE);
        /* under a maximized child a new one comes maximized (its WM_SIZE restores the other) */
        if ((zoomed || maximize) && IsWindow(hwnd) && !IsZoomed(hwnd)) ShowWindow(hwnd, SW_SHOWMAXIMIZED);
    }
}

void mdi_child_destroying(HWND hwnd)
{
    HWND client = child_client(hwnd);
    struct mdi_client *ci = client_info(client);
    int i;

    if (!ci || (i = child_index(ci, hwnd)) < 0) return;
    if (ci->active == hwnd) {
        HWND next = next_child(client, hwnd, TRUE, 0);
        BOOL zoomed = IsZoomed(hwnd);
        if (next) {
            switch_child(client, ci, next);
            if (zoomed && !IsZoomed(next)) ShowWindow(next, SW_SHOWMAXIMIZED);
        }
        if (ci->active == hwnd) child_activate(client, ci, NULL);
    }
    /* the last child takes the freed id */
    ci->count--;
    if ((UINT)i != ci->count) {
        ci->children[i] = ci->children[ci->count];
        SetWindowLongPtrW(ci->children[i], GWLP_ID, ci->id_first + i);
    }
    refresh_menu(ci);
    update_frame_text(client, ci);
}

/* ---- arranging ---- */

static int child_list(HWND parent, UINT how, UINT count, const HWND *kids, HWND *list, int max, BOOL iconic)
{
    int n = 0;

    if (kids) {
        for (UINT i = 0; i < count && n < max; i++)
            if (IsWindowVisible(kids[i]) && !IsIconic(kids[i]) == !iconic) list[n++] = kids[i];
        return n;
    }
    for (HWND c = GetWindow(parent, GW_CHILD); c && n < max; c = GetWindow(c, GW_HWNDNEXT)) {
        DWORD style = GetWindowLongW(c, GWL_STYLE);
        if (!(style & WS_VISIBLE) || GetWindow(c, GW_OWNER)) continue;
        if (!(style & WS_MINIMIZE) != !iconic) continue;
        if ((how & MDITILE_SKIPDISABLED) && (style & WS_DISABLED)) continue;
        list[n++] = c;
    }
    return n;
}

static int isqrt(int n)
{
    int r = 0;

    while ((r + 1) * (r + 1) <= n) r++;
    return r;
}

/* Columns of rows over RECT (the parent's client area less a row of
 * icons if there are any); the last column takes the rows left. */
WINUSERAPI WORD WINAPI TileWindows(HWND parent, UINT how, const RECT *rect, UINT count, const HWND *kids)
{
    HWND list[256], icons[1];
    RECT area;
    int total, rows, cols, x, xsize, ysize, i = 0;

    if (!parent) parent = GetDesktopWindow();
    total = child_list(parent, how, count, kids, list, 256, FALSE);
    if (!total) return 0;
    if (rect) area = *rect;
    else GetClientRect(parent, &area);
    if (child_list(parent, how, count, kids, icons, 1, TRUE)) area.bottom -= GetSystemMetrics(58 /* SM_CYMINIMIZED */);
    rows = isqrt(total);
    cols = total / rows;
    if (how & MDITILE_HORIZONTAL) {
        int t = rows;
        rows = cols;
        cols = t;
    }
    ysize = (area.bottom - area.top) / rows;
    xsize = (area.right - area.left) / cols;
    x = area.left;
    for (int c = 1; c <= cols && i < total; c++) {
        int y = area.top;
        if (c == cols) {
            rows = total - i;
            ysize = (area.bottom - area.top) / rows;
        }
        for (int r = 1; r <= rows && i < total; r++, i++) {
            if (IsZoomed(list[i])) ShowWindow(list[i], SW_SHOWNOACTIVATE);
            SetWindowPos(list[i], NULL, x, y, xsize, ysize, SWP_NOZORDER | SWP_NOACTIVATE);
            y += ysize;
        }
        x += xsize;
    }
    return (WORD)total;
}

/* From the bottom of the Z order up, each window one caption further
 * down and right, sized as a new MDI child's default. */
WINUSERAPI WORD WINAPI CascadeWindows(HWND parent, UINT how, const RECT *rect, UINT count, const HWND *kids)
{
    HWND list[256];
    int total, n = 0;

    (void)rect;
    if (!parent) parent = GetDesktopWindow();
    total = child_list(parent, how, count, kids, list, 256, FALSE);
    for (int i = total - 1; i >= 0; i--) {
        POINT pos[2];
        default_child_pos(parent, n++, pos);
        if (IsZoomed(list[i])) ShowWindow(list[i], SW_SHOWNOACTIVATE);
        SetWindowPos(list[i], NULL, pos[0].x, pos[0].y, pos[1].x, pos[1].y, SWP_NOZORDER | SWP_NOACTIVATE);
    }
    return (WORD)total;
}

/* ---- the MDIClient class ---- */

static LRESULT client_proc(HWND hwnd, UINT msg, WPARAM wp, LPARAM lp)
{
    struct mdi_client *ci = (struct mdi_client *)GetWindowLongPtrW(hwnd, 0);

    switch (msg) {
    case WM_CREATE: {
        const CREATESTRUCTW *cs = (const CREATESTRUCTW *)lp;
        const CLIENTCREATESTRUCT *ccs = cs ? cs->lpCreateParams : NULL;
        HWND frame = GetAncestor(hwnd, GA_PARENT);
        INT len;
        if (!(ci = calloc(1, sizeof(*ci)))) return -1;
        if (ccs) {
            ci->window_menu = ccs->hWindowMenu;
            ci->id_first = ccs->idFirstChild;
        }
        if (frame && (len = GetWindowTextLengthW(frame)) > 0 && (ci->frame_title = malloc((len + 1) * sizeof(WCHAR))))
            GetWindowTextW(frame, ci->frame_title, len + 1);
        SetWindowLongPtrW(hwnd, 0, (LONG_PTR)ci);
        return 0;
    }
    case WM_NCDESTROY:
        if (ci) {
            free(ci->children);
            free(ci->frame_title);
            free(ci);
            SetWindowLongPtrW(hwnd, 0, 0);
        }
        return 0;
    }
    if (!ci) return DefWindowProcW(hwnd, msg, wp, lp);
    switch (msg) {
    case WM_MDICREATE: {
        const MDICREATESTRUCTW *mcs = (const MDICREATESTRUCTW *)lp;
        if (!mcs) return 0;
        return (LRESULT)CreateWindowExW(WS_EX_MDICHILD, mcs->szClass, mcs->szTitle, mcs->style, mcs->x, mcs->y,
                                        mcs->cx, mcs->cy, hwnd, NULL, mcs->hOwner, (void *)mcs->lParam);
    }
    case WM_MDIDESTROY:
        if (child_index(ci, (HWND)wp) >= 0) DestroyWindow((HWND)wp);
        return 0;
    case WM_MDIACTIVATE:
        if ((HWND)wp != ci->active && child_index(ci, (HWND)wp) >= 0) switch_child(hwnd, ci, (HWND)wp);
        return 0;
    case WM_MDIGETACTIVE:
        if (lp) *(BOOL *)lp = ci->active && IsZoomed(ci->active);
        return (LRESULT)ci->active;
    case WM_MDINEXT: {
        HWND from = wp ? (HWND)wp : ci->active, to;
        if (!from || !(to = next_child(hwnd, from, !lp, 0))) return 0;
        switch_child(hwnd, ci, to);
        if (!lp) SetWindowPos(from, HWND_BOTTOM, 0, 0, 0, 0, SWP_NOMOVE | SWP_NOSIZE | SWP_NOACTIVATE);
        return 0;
    }
    case WM_MDIMAXIMIZE:
        ShowWindow((HWND)wp, SW_MAXIMIZE);
        return 0;
    case WM_MDIRESTORE:
        SendMessageW((HWND)wp, WM_SYSCOMMAND, SC_RESTORE, 0);
        return 0;
    case WM_MDITILE:
        if (ci->active && IsZoomed(ci->active)) ShowWindow(ci->active, SW_SHOWNORMAL);
        return TileWindows(hwnd, wp, NULL, 0, NULL) != 0;
    case WM_MDICASCADE:
        if (ci->active && IsZoomed(ci->active)) ShowWindow(ci->active, SW_SHOWNORMAL);
        return CascadeWindows(hwnd, wp, NULL, 0, NULL) != 0;
    case WM_MDIICONARRANGE:
        ArrangeIconicWindows(hwnd);
        return 0;
    case WM_MDISETMENU: {
        HWND frame = GetAncestor(hwnd, GA_PARENT);
        HMENU old = GetMenu(frame);
        if (lp && (HMENU)lp != ci->window_menu) {
            if (ci->window_menu && IsMenu(ci->window_menu)) remove_menu_items(ci);
            ci->window_menu = (HMENU)lp;
        }
        if (wp && (HMENU)wp != old) SetMenu(frame, (HMENU)wp);
        refresh_menu(ci);
        DrawMenuBar(frame);
        return (LRESULT)old;
    }
    case WM_MDIREFRESHMENU:
        refresh_menu(ci);
        return (LRESULT)GetMenu(GetAncestor(hwnd, GA_PARENT));
    case WM_SETFOCUS:
        if (ci->active && !IsIconic(ci->active)) SetFocus(ci->active);
        return 0;
    case WM_NCACTIVATE:
        if (ci->active) SendMessageW(ci->active, msg, wp, lp);
        break;
    case WM_SIZE:
        /* a maximized child keeps filling the client */
        if (ci->active && IsZoomed(ci->active)) {
            RECT in;
            DWORD style = GetWindowLongW(ci->active, GWL_STYLE), ex = GetWindowLongW(ci->active, GWL_EXSTYLE);
            winpos_nc_metrics(style, ex, FALSE, &in);
            SetWindowPos(ci->active, NULL, -in.left, -in.top, LOWORD(lp) + in.left + in.right,
                         HIWORD(lp) + in.top + in.bottom, SWP_NOZORDER | SWP_NOACTIVATE);
        }
        break;
    }
    return DefWindowProcW(hwnd, msg, wp, lp);
}

LRESULT WINAPI mdi_client_proc(HWND hwnd, UINT msg, WPARAM wp, LPARAM lp)
{
    return client_proc(hwnd, msg, wp, lp);
}

/* ---- DefFrameProc ---- */

static LRESULT frame_proc(HWND hwnd, HWND client, UINT msg, WPARAM wp, LPARAM lp, BOOL unicode)
{
    struct mdi_client *ci = client_info(client);

    if (ci) switch (msg) {
    case WM_COMMAND: {
        UINT id = LOWORD(wp);
        if (id >= ci->id_first && id < ci->id_first + ci->count && id - ci->id_first < MORE_WINDOWS_LIMIT) {
            SendMessageW(client, WM_MDIACTIVATE, (WPARAM)ci->children[id - ci->id_first], 0);
            return 0;
        }
        /* the maximized child's system commands come through the frame */
        if (id >= 0xf000 && ci->active) {
            SendMessageW(ci->active, WM_SYSCOMMAND, wp, lp);
            return 0;
        }
        break;
    }
    case WM_NCACTIVATE:
        SendMessageW(client, msg, wp, lp);
        break;
    case WM_SETTEXT: {
        WCHAR *title = unicode ? user_strdup_w((LPCWSTR)lp) : user_strdup_atow((LPCSTR)lp);
        free(ci->frame_title);
        ci->frame_title = title;
        update_frame_text(client, ci);
        return TRUE;
    }
    case WM_SETFOCUS:
        SetFocus(client);
        return 0;
    case WM_SIZE:
        MoveWindow(client, 0, 0, LOWORD(lp), HIWORD(lp), TRUE);
        return 0;
    }
    return unicode ? DefWindowProcW(hwnd, msg, wp, lp) : DefWindowProcA(hwnd, msg, wp, lp);
}

WINUSERAPI LRESULT WINAPI DefFrameProcW(HWND hwnd, HWND client, UINT msg, WPARAM wp, LPARAM lp)
{
    return frame_proc(hwnd, client, msg, wp, lp, TRUE);
}

WINUSERAPI LRESULT WINAPI DefFrameProcA(HWND hwnd, HWND client, UINT msg, WPARAM wp, LPARAM lp)
{
    return frame_proc(hwnd, client, msg, wp, lp, FALSE);
}

/* ---- DefMDIChildProc ---- */

static LRESULT child_proc(HWND hwnd, UINT msg, WPARAM wp, LPARAM lp, BOOL unicode)
{
    HWND client = child_client(hwnd);
    struct mdi_client *ci = client_info(client);
    LRESULT ret;

    if (ci) switch (msg) {
    case WM_SETTEXT:
        ret = unicode ? DefWindowProcW(hwnd, msg, wp, lp) : DefWindowProcA(hwnd, msg, wp, lp);
        refresh_menu(ci);
        if (ci->active == hwnd) update_frame_text(client, ci);
        return ret;
    case WM_CLOSE:
        SendMessageW(client, WM_MDIDESTROY, (WPARAM)hwnd, 0);
        return 0;
    case WM_SETFOCUS:
        if (ci->active != hwnd) child_activate(client, ci, hwnd);
        break;
    case WM_CHILDACTIVATE:
        child_activate(client, ci, hwnd);
        return 0;
    case WM_SYSCOMMAND:
        switch (wp & 0xfff0) {
        case SC_MOVE:
        case SC_SIZE:
            if (IsZoomed(hwnd)) return 0;
            break;
        case SC_NEXTWINDOW:
            SendMessageW(client, WM_MDINEXT, 0, 0);
            return 0;
        case SC_PREVWINDOW:
            SendMessageW(client, WM_MDINEXT, 0, 1);
            return 0;
        }
        break;
    case WM_SIZE:
        /* maximizing one child restores a maximized other; the frame's caption follows */
        if (wp == SIZE_MAXIMIZED) {
            for (UINT i = 0; i < ci->count; i++)
                if (ci->children[i] != hwnd && IsZoomed(ci->children[i])) ShowWindow(ci->children[i], SW_SHOWNOACTIVATE);
        }
        if (ci->active == hwnd) update_frame_text(client, ci);
        break;
    case WM_GETMINMAXINFO: {
        /* maximized: the client area with the frame and caption outside it */
        MINMAXINFO *mmi = (MINMAXINFO *)lp;
        RECT rect, in;
        GetClientRect(client, &rect);
        winpos_nc_metrics(GetWindowLongW(hwnd, GWL_STYLE), GetWindowLongW(hwnd, GWL_EXSTYLE), FALSE, &in);
        mmi->ptMaxPosition.x = -in.left;
        mmi->ptMaxPosition.y = -in.top;
        mmi->ptMaxSize.x = rect.right + in.left + in.right;
        mmi->ptMaxSize.y = rect.bottom + in.top + in.bottom;
        return 0;
    }
    }
    return unicode ? DefWindowProcW(hwnd, msg, wp, lp) : DefWindowProcA(hwnd, msg, wp, lp);
}

WINUSERAPI LRESULT WINAPI DefMDIChildProcW(HWND hwnd, UINT msg, WPARAM wp, LPARAM lp)
{
    return child_proc(hwnd, msg, wp, lp, TRUE);
}

WINUSERAPI LRESULT WINAPI DefMDIChildProcA(HWND hwnd, UINT msg, WPARAM wp, LPARAM lp)
{
    return child_proc(hwnd, msg, wp, lp, FALSE);
}

/* ---- CreateMDIWindow, TranslateMDISysAccel ---- */

WINUSERAPI HWND WINAPI CreateMDIWindowW(LPCWSTR cls, LPCWSTR title, DWORD style, INT x, INT y, INT cx, INT cy,
                                        HWND parent, HINSTANCE instance, LPARAM lp)
{
    return CreateWindowExW(WS_EX_MDICHILD, cls, title, style, x, y, cx, cy, parent, NULL, instance, (void *)lp);
}

WINUSERAPI HWND WINAPI CreateMDIWindowA(LPCSTR cls, LPCSTR title, DWORD style, INT x, INT y, INT cx, INT cy,
                                        HWND parent, HINSTANCE instance, LPARAM lp)
{
    return CreateWindowExA(WS_EX_MDICHILD, cls, title, style, x, y, cx, cy, parent, NULL, instance, (void *)lp);
}

/* Ctrl+F4 closes the active child, Ctrl+F6 and Ctrl+Tab go to the next
 * (with Shift the previous); Alt held is not an MDI accelerator. */
WINUSERAPI BOOL WINAPI TranslateMDISysAccel(HWND client, MSG *msg)
{
    struct mdi_client *ci;
    WPARAM cmd;

    if (!msg || (msg->message != WM_KEYDOWN && msg->message != WM_SYSKEYDOWN)) return FALSE;
    if (!(ci = client_info(client)) || !ci->active || !IsWindowEnabled(ci->active)) return FALSE;
    if (GetKeyState(VK_CONTROL) >= 0 || GetKeyState(VK_MENU) < 0) return FALSE;
    switch (msg->wParam) {
    case VK_F6:
    case VK_TAB:
        cmd = GetKeyState(VK_SHIFT) < 0 ? SC_PREVWINDOW : SC_NEXTWINDOW;
        break;
    case VK_F4:
        cmd = SC_CLOSE;
        break;
    default:
        return FALSE;
    }
    SendMessageW(ci->active, WM_SYSCOMMAND, cmd, msg->wParam);
    return TRUE;
}
