/*
 * Tracking menus: TrackPopupMenu(Ex), EndMenu, and the menu bar opened by
 * DefWindowProc (WM_SYSCOMMAND SC_MOUSEMENU / SC_KEYMENU).
 *
 * As on Windows, tracking is a modal loop on the owner's thread: it
 * captures the mouse for the owner, reads the thread's messages itself,
 * consumes mouse and keyboard input and dispatches everything else
 * (painting, timers, sent messages). A chosen command is posted to the
 * owner after the menus are closed: WM_COMMAND (wParam = id, lParam 0), or
 * WM_SYSCOMMAND for the system menu; TPM_RETURNCMD returns it instead.
 */
#include <stdlib.h>
#include "menu_private.h"

WINUSERAPI BOOL WINAPI GetMessageW(MSG *, HWND, UINT, UINT);
WINUSERAPI LRESULT WINAPI DispatchMessageW(const MSG *);
WINUSERAPI BOOL WINAPI TranslateMessage(const MSG *);
WINUSERAPI void WINAPI PostQuitMessage(INT);
WINUSERAPI HDC WINAPI GetWindowDC(HWND);
WINUSERAPI BOOL WINAPI ScreenToClient(HWND, POINT *);

#define MAX_LEVELS 8
#define SM_CXSCREEN 0
#define SM_CYSCREEN 1

struct level {
    HMENU menu;
    HWND hwnd;      /* the popup window; NULL for the menu bar */
};

struct track {
    HWND owner;
    UINT flags;                       /* TPM_* */
    BOOL bar;                         /* levels[0] is the owner's menu bar */
    int count;
    struct level levels[MAX_LEVELS];
    BOOL ended, chosen, sys;
    UINT id;
    POINT pt;                         /* where the choice was made */
};

/* EndMenu reaches the calling thread's tracking, if any */
static __thread struct track *current;

static BOOL notify(const struct track *t) { return !(t->flags & TPM_NONOTIFY); }

static INT get_hilite(HMENU handle)
{
    struct user_menu *menu;
    INT ret = -1;

    user_lock();
    if ((menu = menu_get(handle))) ret = menu->hilite;
    user_unlock();
    return ret;
}

/* The item's id, type, state and submenu; FALSE when it is gone. */
static BOOL item_info(HMENU handle, INT pos, UINT *id, UINT *type, UINT *state, HMENU *sub)
{
    struct user_menu *menu;
    BOOL ret = FALSE;

    user_lock();
    if ((menu = menu_get(handle)) && pos >= 0 && (UINT)pos < menu->count) {
        struct menu_item *it = &menu->items[pos];
        *id = it->id;
        *type = it->type;
        *state = it->state;
        *sub = it->submenu && menu_get(it->submenu) ? it->submenu : NULL;
        ret = TRUE;
    }
    user_unlock();
    return ret;
}

static void redraw_level(const struct track *t, int level)
{
    if (t->levels[level].hwnd) {
        InvalidateRect(t->levels[level].hwnd, NULL, FALSE);
        UpdateWindow(t->levels[level].hwnd);
    } else {
        RECT bar;
        HDC hdc;
        if (menu_bar_rect(t->owner, &bar) && (hdc = GetWindowDC(t->owner))) {
            menu_draw_bar(t->owner, hdc, &bar);
            ReleaseDC(t->owner, hdc);
        }
    }
}

static void select_item(struct track *t, int level, INT pos)
{
    HMENU handle = t->levels[level].menu;
    struct user_menu *menu;
    UINT id, type, state;
    HMENU sub;
    BOOL changed = FALSE;

    user_lock();
    if ((menu = menu_get(handle)) && menu->hilite != pos) {
        menu->hilite = pos;
        changed = TRUE;
    }
    user_unlock();
    if (!changed) return;
    redraw_level(t, level);
    if (notify(t) && pos >= 0 && item_info(handle, pos, &id, &type, &state, &sub))
        SendMessageW(t->owner, WM_MENUSELECT,
                     MAKEWPARAM(sub ? (UINT)pos : id, (type | state | (sub ? MF_POPUP : 0) | MF_HILITE) & 0xffff),
                     (LPARAM)handle);
}

/* Closes the popups above LEVEL. */
static void close_above(struct track *t, int level)
{
    while (t->count > level + 1) {
        struct level *l = &t->levels[--t->count];
        struct user_menu *menu;
        user_lock();
        if ((menu = menu_get(l->menu))) {
            menu->hilite = -1;
            menu->popup_hwnd = NULL;
        }
        user_unlock();
        if (notify(t)) SendMessageW(t->owner, WM_UNINITMENUPOPUP, (WPARAM)l->menu, 0);
        if (l->hwnd) DestroyWindow(l->hwnd);
    }
}

/* Shows SUB as a popup at screen X,Y (the top-left corner, kept on the screen). */
static BOOL open_popup(struct track *t, HMENU sub, int x, int y, INT pos_in_parent)
{
    struct user_menu *menu;
    int cx = 0, cy = 0, screen_cx = GetSystemMetrics(SM_CXSCREEN), screen_cy = GetSystemMetrics(SM_CYSCREEN);
    HWND hwnd;

    if (t->count == MAX_LEVELS || !menu_popup_class()) return FALSE;
    if (notify(t))
        SendMessageW(t->owner, WM_INITMENUPOPUP, (WPARAM)sub, MAKELPARAM(pos_in_parent, t->sys));
    user_lock();
    if ((menu = menu_get(sub))) {
        menu_layout_popup(menu);
        menu->hilite = -1;
        cx = menu->width + 2;   /* the border */
        cy = menu->height + 2;
    }
    user_unlock();
    if (!menu) return FALSE;
    if (t->flags & TPM_RIGHTALIGN && t->count == (t->bar ? 1 : 0)) x -= cx;
    else if (t->flags & TPM_CENTERALIGN && t->count == (t->bar ? 1 : 0)) x -= cx / 2;
    if (t->flags & TPM_BOTTOMALIGN && t->count == (t->bar ? 1 : 0)) y -= cy;
    else if (t->flags & TPM_VCENTERALIGN && t->count == (t->bar ? 1 : 0)) y -= cy / 2;
    if (x + cx > screen_cx) x = screen_cx - cx;
    if (y + cy > screen_cy) y = screen_cy - cy;
    if (x < 0) x = 0;
    if (y < 0) y = 0;
    hwnd = CreateWindowExW(WS_EX_TOOLWINDOW | WS_EX_TOPMOST, (LPCWSTR)(ULONG_PTR)menu_popup_class(), NULL,
                           WS_POPUP | WS_BORDER | WS_CLIPSIBLINGS, x, y, cx, cy, t->owner, NULL, NULL, NULL);
    if (!hwnd) return FALSE;
    SetWindowLongPtrW(hwnd, 0, (LONG_PTR)sub);
    user_lock();
    if ((menu = menu_get(sub))) menu->popup_hwnd = hwnd;
    user_unlock();
    t->levels[t->count].menu = sub;
    t->levels[t->count].hwnd = hwnd;
    t->count++;
    SetWindowPos(hwnd, HWND_TOPMOST, 0, 0, 0, 0, SWP_NOMOVE | SWP_NOSIZE | SWP_SHOWWINDOW | SWP_NOACTIVATE);
    UpdateWindow(hwnd);
    return TRUE;
}

/* Item rectangle in screen coordinates. */
static BOOL item_screen_rect(const struct track *t, int level, INT pos, RECT *rect)
{
    struct user_menu *menu;
    BOOL ret = FALSE;

    user_lock();
    if ((menu = menu_get(t->levels[level].menu)) && pos >= 0 && (UINT)pos < menu->count) {
        *rect = menu->items[pos].rect;
        ret = TRUE;
    }
    user_unlock();
    if (!ret) return FALSE;
    if (t->levels[level].hwnd) {
        POINT origin = { 0, 0 };
        ClientToScreen(t->levels[level].hwnd, &origin);
        OffsetRect(rect, origin.x, origin.y);
    } else {
        RECT window;
        GetWindowRect(t->owner, &window);
        OffsetRect(rect, window.left, window.top);
    }
    return TRUE;
}

/* Opens the submenu of the selected item of LEVEL, if it has one. */
static BOOL open_selected(struct track *t, int level, BOOL select_first)
{
    INT pos = get_hilite(t->levels[level].menu);
    UINT id, type, state;
    HMENU sub;
    RECT r;

    close_above(t, level);
    if (!item_info(t->levels[level].menu, pos, &id, &type, &state, &sub) || !sub || (state & MFS_GRAYED)) return FALSE;
    if (!item_screen_rect(t, level, pos, &r)) return FALSE;
    if (t->levels[level].hwnd) {
        RECT window;
        GetWindowRect(t->levels[level].hwnd, &window);
        if (!open_popup(t, sub, window.right - 3, r.top - 3, pos)) return FALSE;
    } else if (!open_popup(t, sub, r.left, r.bottom, pos)) return FALSE;
    if (select_first) {
        struct user_menu *menu;
        INT first = -1;
        user_lock();
        if ((menu = menu_get(sub)))
            for (UINT i = 0; i < menu->count; i++)
                if (!(menu->items[i].type & MFT_SEPARATOR)) {
                    first = i;
                    break;
                }
        user_unlock();
        if (first >= 0) select_item(t, t->count - 1, first);
    }
    return TRUE;
}

static void choose(struct track *t, int level, INT pos)
{
    UINT id, type, state;
    HMENU sub;
    struct user_menu *menu;

    if (!item_info(t->levels[level].menu, pos, &id, &type, &state, &sub)) return;
    if (sub) {
        select_item(t, level, pos);
        open_selected(t, level, TRUE);
        return;
    }
    if ((type & MFT_SEPARATOR) || (state & MFS_GRAYED)) return;
    t->chosen = TRUE;
    t->id = id;
    user_lock();
    menu = menu_get(t->levels[level].menu);
    t->sys = menu && menu->system;
    user_unlock();
    t->ended = TRUE;
}

/* The next selectable item from POS in direction DIR (wrapping); -1 if none. */
static INT step(HMENU handle, INT pos, int dir)
{
    struct user_menu *menu;
    INT ret = -1;

    user_lock();
    if ((menu = menu_get(handle)) && menu->count) {
        INT n = menu->count, p = pos;
        for (INT i = 0; i < n; i++) {
            p = p < 0 ? (dir > 0 ? 0 : n - 1) : (p + dir + n) % n;
            if (!(menu->items[p].type & MFT_SEPARATOR)) {
                ret = p;
                break;
            }
        }
    }
    user_unlock();
    return ret;
}

/* Which level and item are at screen point PT; level -1 for none. */
static int hit(const struct track *t, POINT pt, INT *pos)
{
    for (int level = t->count - 1; level >= 0; level--) {
        struct user_menu *menu;
        RECT r;
        POINT p = pt;
        if (t->levels[level].hwnd) {
            if (!GetWindowRect(t->levels[level].hwnd, &r) || !PtInRect(&r, pt)) continue;
            ScreenToClient(t->levels[level].hwnd, &p);
        } else {
            RECT bar;
            if (!GetWindowRect(t->owner, &r) || !menu_bar_rect(t->owner, &bar)) continue;
            p.x -= r.left;
            p.y -= r.top;
            if (!PtInRect(&bar, p)) continue;
        }
        user_lock();
        *pos = (menu = menu_get(t->levels[level].menu)) ? menu_item_at(menu, p) : -1;
        user_unlock();
        return level;
    }
    *pos = -1;
    return -1;
}

static void on_mouse(struct track *t, const MSG *msg)
{
    POINT pt = { (SHORT)LOWORD(msg->lParam), (SHORT)HIWORD(msg->lParam) };
    INT pos;
    int level;

    if (msg->hwnd) ClientToScreen(msg->hwnd, &pt);
    level = hit(t, pt, &pos);
    switch (msg->message) {
    case WM_MOUSEMOVE:
        if (level < 0 || pos < 0) break;
        if (t->levels[level].hwnd || t->count > 1) {
            if (get_hilite(t->levels[level].menu) != pos) {
                close_above(t, level);
                select_item(t, level, pos);
                open_selected(t, level, FALSE);
            }
        }
        break;
    case WM_LBUTTONDOWN:
    case WM_RBUTTONDOWN:
        if (level < 0) {
            t->ended = TRUE;   /* a click outside the menus cancels */
            break;
        }
        if (pos < 0) break;
        if (!t->levels[level].hwnd && get_hilite(t->levels[level].menu) == pos && t->count > 1) {
            t->ended = TRUE;   /* a second click on an open bar item closes it */
            break;
        }
        close_above(t, level);
        select_item(t, level, pos);
        open_selected(t, level, FALSE);
        break;
    case WM_LBUTTONUP:
    case WM_RBUTTONUP:
        if (msg->message == WM_RBUTTONUP && !(t->flags & TPM_RIGHTBUTTON) && !t->bar) break;
        if (level >= 0 && pos >= 0) {
            UINT id, type, state;
            HMENU sub;
            if (item_info(t->levels[level].menu, pos, &id, &type, &state, &sub) && !sub) {
                t->pt = pt;
                choose(t, level, pos);
            }
        }
        break;
    }
}

/* The item of HANDLE whose & letter is C; -1 if none. */
static INT mnemonic(HMENU handle, WCHAR c)
{
    struct user_menu *menu;
    INT ret = -1;

    user_lock();
    if ((menu = menu_get(handle)))
        for (UINT i = 0; i < menu->count && ret < 0; i++) {
            const WCHAR *s = menu->items[i].text;
            if (!s || (menu->items[i].type & (MFT_SEPARATOR | MFT_BITMAP | MFT_OWNERDRAW))) continue;
            for (; *s && *s != '\t'; s++) {
                if (*s != '&') continue;
                if (s[1] == '&') {
                    s++;
                    continue;
                }
                if (s[1] && wch_upper(s[1]) == wch_upper(c)) ret = i;
                break;
            }
        }
    user_unlock();
    return ret;
}

static void on_key(struct track *t, WPARAM vk)
{
    int d = t->count - 1;
    BOOL in_bar = !t->levels[d].hwnd;
    INT pos = get_hilite(t->levels[d].menu);

    switch (vk) {
    case VK_ESCAPE:
        if (d > 0) close_above(t, d - 1);
        else t->ended = TRUE;
        break;
    case VK_F10:
    case VK_MENU:
        if (t->bar) t->ended = TRUE;
        break;
    case VK_UP:
    case VK_DOWN:
        if (in_bar) open_selected(t, d, TRUE);
        else select_item(t, d, step(t->levels[d].menu, pos, vk == VK_DOWN ? 1 : -1));
        break;
    case VK_LEFT:
    case VK_RIGHT:
        if (!in_bar && vk == VK_RIGHT && open_selected(t, d, TRUE)) break;
        if (!in_bar && vk == VK_LEFT && d > 0 && t->levels[d - 1].hwnd) {
            close_above(t, d - 1);
            break;
        }
        if (t->bar) {
            BOOL reopen = t->count > 1;
            close_above(t, 0);
            select_item(t, 0, step(t->levels[0].menu, get_hilite(t->levels[0].menu), vk == VK_RIGHT ? 1 : -1));
            if (reopen) open_selected(t, 0, TRUE);
        }
        break;
    case VK_RETURN:
    case VK_SPACE:
        if (pos >= 0) choose(t, d, pos);
        break;
    }
}

static void on_char(struct track *t, WCHAR c)
{
    int d = t->count - 1;
    INT pos;

    if (c == '\r' || c == 27 || c == ' ') return;   /* handled as keys */
    if ((pos = mnemonic(t->levels[d].menu, c)) < 0) return;
    select_item(t, d, pos);
    choose(t, d, pos);
}

/* The loop; returns the chosen command or 0. */
static UINT run(struct track *t)
{
    struct track *outer = current;
    MSG msg;

    current = t;
    SetCapture(t->owner);
    while (!t->ended && t->count) {
        if (!GetMessageW(&msg, 0, 0, 0)) {
            PostQuitMessage(msg.wParam);   /* for the program's own loop */
            break;
        }
        if (!IsWindow(t->owner)) break;
        if (CallMsgFilterW(&msg, MSGF_MENU)) continue;   /* a WH_MSGFILTER hook took it */
        if (msg.message >= WM_MOUSEMOVE && msg.message <= WM_MBUTTONDBLCLK) {
            MSG m = msg;
            if (m.message == WM_LBUTTONDBLCLK) m.message = WM_LBUTTONDOWN;
            if (m.message == WM_RBUTTONDBLCLK) m.message = WM_RBUTTONDOWN;
            on_mouse(t, &m);
        } else if (msg.message == WM_KEYDOWN || msg.message == WM_SYSKEYDOWN) {
            TranslateMessage(&msg);
            on_key(t, msg.wParam);
        } else if (msg.message == WM_CHAR || msg.message == WM_SYSCHAR) {
            on_char(t, (WCHAR)msg.wParam);
        } else if (msg.message != WM_KEYUP && msg.message != WM_SYSKEYUP) {
            DispatchMessageW(&msg);
        }
        if (GetCapture() != t->owner && !t->ended) SetCapture(t->owner);
    }
    close_above(t, t->bar ? 0 : -1);
    if (t->bar) {
        struct user_menu *menu;
        user_lock();
        if ((menu = menu_get(t->levels[0].menu))) menu->hilite = -1;
        user_unlock();
        if (IsWindow(t->owner)) redraw_level(t, 0);
    }
    if (GetCapture() == t->owner) ReleaseCapture();
    current = outer;
    if (IsWindow(t->owner) && notify(t)) {
        SendMessageW(t->owner, WM_MENUSELECT, MAKEWPARAM(0, 0xffff), 0);
        SendMessageW(t->owner, WM_EXITMENULOOP, !t->bar, 0);
    }
    return t->chosen ? t->id : 0;
}

static void post_command(const struct track *t)
{
    if (!t->chosen || !IsWindow(t->owner)) return;
    if (t->sys) PostMessageW(t->owner, WM_SYSCOMMAND, t->id, MAKELPARAM(t->pt.x, t->pt.y));
    else PostMessageW(t->owner, WM_COMMAND, t->id, 0);
}

WINUSERAPI BOOL WINAPI TrackPopupMenuEx(HMENU menu, UINT flags, INT x, INT y, HWND owner, LPTPMPARAMS params)
{
    struct track t = { .owner = owner, .flags = flags };
    UINT id;

    (void)params;   /* the excluded rectangle is not avoided */
    if (!IsMenu(menu)) {
        SetLastError(ERROR_INVALID_MENU_HANDLE);
        return FALSE;
    }
    if (!IsWindow(owner)) {
        SetLastError(ERROR_INVALID_WINDOW_HANDLE);
        return FALSE;
    }
    if (current) return FALSE;   /* one menu at a time per thread, as on Windows */
    if (notify(&t)) {
        SendMessageW(owner, WM_ENTERMENULOOP, TRUE, 0);
        SendMessageW(owner, WM_INITMENU, (WPARAM)menu, 0);
    }
    if (!open_popup(&t, menu, x, y, 0)) {
        if (notify(&t)) SendMessageW(owner, WM_EXITMENULOOP, TRUE, 0);
        return FALSE;
    }
    id = run(&t);
    if (flags & TPM_RETURNCMD) return id;
    post_command(&t);
    return TRUE;
}

WINUSERAPI BOOL WINAPI TrackPopupMenu(HMENU menu, UINT flags, INT x, INT y, INT reserved, HWND owner, const RECT *rect)
{
    (void)reserved;
    (void)rect;
    return TrackPopupMenuEx(menu, flags, x, y, owner, NULL);
}

WINUSERAPI BOOL WINAPI EndMenu(void)
{
    if (current) current->ended = TRUE;
    /* wake the loop so it sees the end */
    if (current) PostMessageW(current->owner, WM_NULL, 0, 0);
    return TRUE;
}

void menu_track_bar(HWND hwnd, UINT command, LPARAM lp)
{
    struct track t = { .owner = hwnd, .bar = TRUE };
    HMENU menu = GetMenu(hwnd);
    INT pos;

    if (!menu || current || !IsMenu(menu) || GetMenuItemCount(menu) <= 0) return;
    t.levels[0].menu = menu;
    t.count = 1;
    SendMessageW(hwnd, WM_ENTERMENULOOP, FALSE, 0);
    SendMessageW(hwnd, WM_INITMENU, (WPARAM)menu, 0);
    if (command == SC_MOUSEMENU) {
        POINT pt = { (SHORT)LOWORD(lp), (SHORT)HIWORD(lp) };
        if (hit(&t, pt, &pos) != 0 || pos < 0) pos = -1;
        if (pos >= 0) {
            select_item(&t, 0, pos);
            open_selected(&t, 0, FALSE);
        }
    } else if (lp && (pos = mnemonic(menu, (WCHAR)lp)) >= 0) {
        select_item(&t, 0, pos);
        choose(&t, 0, pos);   /* opens a popup, or is the command */
    } else if (lp) t.ended = TRUE;   /* no item has that letter */
    else select_item(&t, 0, step(menu, -1, 1));
    if (get_hilite(menu) < 0) t.ended = TRUE;
    run(&t);
    post_command(&t);
}
