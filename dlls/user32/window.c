/*
 * Window objects: HWND values, the window tree, CreateWindowEx and
 * DestroyWindow, tree queries (GetParent, GetWindow, GetAncestor, Enum*,
 * FindWindowEx), Get/SetWindowLong(Ptr), window text and properties.
 *
 * HWNDs look like Windows' (0x000G00II): the low word is 0x20 + 2 * index
 * in a table of windows, the high word a generation bumped when a slot is
 * reused, so a stale handle is not mistaken for a new window. A handle
 * whose high word is 0 or 0xffff (16-bit code, sign extension) matches by
 * its low word alone, as on Windows.
 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include "user_private.h"

void cursoricon_update_window_icon(HWND hwnd);   /* cursoricon.c */

/* window.c's messages carry W strings (the A entry points convert first) */
#define send_w(hwnd, msg, wp, lp) send_message(hwnd, msg, wp, lp, TRUE)

#define FIRST_HANDLE 0x20
#define MAX_WINDOWS  0x7ff0

static struct user_window *table[MAX_WINDOWS];   /* under the lock */
static WORD generations[MAX_WINDOWS];
static int table_used;                           /* slots ever used */
static struct user_window desktop, message_root;

static pthread_mutex_t user_mutex;
static pthread_once_t user_once = PTHREAD_ONCE_INIT;

static void user_mutex_init(void)
{
    pthread_mutexattr_t attr;

    pthread_mutexattr_init(&attr);
    pthread_mutexattr_settype(&attr, PTHREAD_MUTEX_RECURSIVE);
    pthread_mutex_init(&user_mutex, &attr);
}

void user_lock(void)
{
    pthread_once(&user_once, user_mutex_init);
    pthread_mutex_lock(&user_mutex);
}

void user_unlock(void)
{
    pthread_mutex_unlock(&user_mutex);
}

/* The desktop and the parent of message-only windows: fixed slots 0 and 1. */
static void init_roots_locked(void)
{
    INT cx, cy;

    if (desktop.handle) return;
    sysparams_screen_size(&cx, &cy);
    desktop.handle = (HWND)(ULONG_PTR)(0x10000 | FIRST_HANDLE);
    desktop.style = WS_POPUP | WS_VISIBLE | WS_CLIPSIBLINGS | WS_CLIPCHILDREN;
    desktop.window_rect = desktop.client_rect = (RECT){ 0, 0, cx, cy };
    table[0] = &desktop;
    generations[0] = 1;
    message_root.handle = (HWND)(ULONG_PTR)(0x10000 | (FIRST_HANDLE + 2));
    message_root.style = WS_POPUP | WS_CLIPSIBLINGS;
    message_root.window_rect = message_root.client_rect = (RECT){ 0, 0, 100, 100 };
    table[1] = &message_root;
    generations[1] = 1;
    table_used = 2;
}

struct user_window *window_desktop(void)
{
    user_lock();
    init_roots_locked();
    user_unlock();
    return &desktop;
}

struct user_window *window_get(HWND hwnd)
{
    ULONG_PTR h = (ULONG_PTR)hwnd;
    WORD low = LOWORD(h), high = HIWORD(h);
    int index;
    struct user_window *win;

    init_roots_locked();
    if (h >> 32 && h >> 32 != 0xffffffff) return NULL;
    if (low < FIRST_HANDLE || (low - FIRST_HANDLE) & 1) return NULL;
    index = (low - FIRST_HANDLE) / 2;
    if (index >= table_used || !(win = table[index])) return NULL;
    if (high && high != 0xffff && high != generations[index]) return NULL;
    return win;
}

HWND window_full_handle(HWND hwnd)
{
    struct user_window *win;
    HWND ret = hwnd;

    user_lock();
    if ((win = window_get(hwnd))) ret = win->handle;
    user_unlock();
    return ret;
}

/* Window of HWND, under the lock, or NULL with ERROR_INVALID_WINDOW_HANDLE. */
static struct user_window *get_checked(HWND hwnd)
{
    struct user_window *win = window_get(hwnd);
    if (!win) SetLastError(ERROR_INVALID_WINDOW_HANDLE);
    return win;
}

static HWND alloc_handle(struct user_window *win)
{
    for (int i = 2; i < MAX_WINDOWS; i++) {
        if (table[i]) continue;
        if (i >= table_used) table_used = i + 1;
        if (++generations[i] == 0xffff || !generations[i]) generations[i] = 1;
        table[i] = win;
        return win->handle = (HWND)(ULONG_PTR)((generations[i] << 16) | (FIRST_HANDLE + 2 * i));
    }
    return NULL;
}

static void free_handle(struct user_window *win)
{
    table[(LOWORD(win->handle) - FIRST_HANDLE) / 2] = NULL;
}

BOOL window_is_mine(HWND hwnd)
{
    struct user_window *win;
    BOOL ret;

    user_lock();
    ret = (win = window_get(hwnd)) && win->tid == GetCurrentThreadId();
    user_unlock();
    return ret;
}

WNDPROC window_get_proc(HWND hwnd, BOOL *unicode)
{
    struct user_window *win;
    WNDPROC proc = NULL;

    user_lock();
    if ((win = window_get(hwnd))) {
        proc = win->proc;
        *unicode = win->unicode;
    }
    user_unlock();
    return proc;
}

/* ---- the tree (under the lock) ---- */

static void unlink_window(struct user_window *win)
{
    if (win->prev) win->prev->next = win->next;
    else if (win->parent) win->parent->first_child = win->next;
    if (win->next) win->next->prev = win->prev;
    win->next = win->prev = NULL;
}

/* Links WIN under PARENT after AFTER (NULL = at the top, (void *)1 = at the bottom). */
static void link_window(struct user_window *win, struct user_window *parent, struct user_window *after)
{
    win->parent = parent;
    if (after == (struct user_window *)1) {
        after = parent->first_child;
        while (after && after->next) after = after->next;
    }
    if (!after) {
        win->next = parent->first_child;
        win->prev = NULL;
        if (win->next) win->next->prev = win;
        parent->first_child = win;
    } else {
        win->prev = after;
        win->next = after->next;
        if (win->next) win->next->prev = win;
        after->next = win;
    }
}

void window_relink(struct user_window *win, struct user_window *after)
{
    struct user_window *parent = win->parent;

    if (!parent || win == after) return;
    unlink_window(win);
    link_window(win, parent, after);
}

void window_get_screen_offset(struct user_window *win, POINT *pt)
{
    pt->x = pt->y = 0;
    for (; win && win != &desktop && win != &message_root; win = win->parent) {
        pt->x += win->client_rect.left;
        pt->y += win->client_rect.top;
    }
}

/* ---- creation ---- */

static DWORD fix_ex_style(DWORD style, DWORD ex_style)
{
    /* a frame of the dialog kind implies the raised window edge */
    if ((ex_style & WS_EX_DLGMODALFRAME) ||
        (!(ex_style & WS_EX_STATICEDGE) && (style & (WS_DLGFRAME | WS_THICKFRAME))))
        return ex_style | WS_EX_WINDOWEDGE;
    return ex_style & ~WS_EX_WINDOWEDGE;
}

/* CW_USEDEFAULT: overlapped windows get the origin and 3/4 of the work
 * area; children and popups get zeros. */
static void default_position(CREATESTRUCTW *cs)
{
    INT cx, cy;

    if (cs->style & (WS_CHILD | WS_POPUP)) {
        if (cs->x == CW_USEDEFAULT) cs->x = cs->y = 0;
        if (cs->cx == CW_USEDEFAULT) cs->cx = cs->cy = 0;
        return;
    }
    sysparams_screen_size(&cx, &cy);
    if (cs->x == CW_USEDEFAULT) cs->x = cs->y = 0;
    if (cs->cx == CW_USEDEFAULT) {
        cs->cx = cx * 3 / 4 - cs->x;
        cs->cy = cy * 3 / 4 - cs->y;
    }
}

static void send_parent_notify(struct user_window *win, UINT msg)
{
    HWND hwnd = win->handle, parent;

    user_lock();
    if (!(win->style & WS_CHILD) || (win->ex_style & WS_EX_NOPARENTNOTIFY) || !win->parent ||
        win->parent == &desktop) {
        user_unlock();
        return;
    }
    parent = win->parent->handle;
    user_unlock();
    send_w(parent, WM_PARENTNOTIFY, MAKELONG(msg, GetWindowLongPtrW(hwnd, GWLP_ID)), (LPARAM)hwnd);
}

static void free_window(struct user_window *win);

/* WH_CBT's HCBT_CREATEWND for the new window: the hook may change the
 * position and size in CS and the Z order, or refuse it (FALSE), and then
 * the window goes without a message, as on Windows. */
static BOOL cbt_create(HWND hwnd, CREATESTRUCTW *cs)
{
    CBT_CREATEWNDW cbt = { cs, HWND_TOP };
    struct user_window *win, *after;

    if (hook_call(WH_CBT, HCBT_CREATEWND, (WPARAM)hwnd, (LPARAM)&cbt, TRUE)) {
        user_lock();
        if ((win = window_get(hwnd))) {
            unlink_window(win);
            free_window(win);
        }
        user_unlock();
        return FALSE;
    }
    user_lock();
    if (!(win = window_get(hwnd))) {
        user_unlock();
        return FALSE;
    }
    win->window_rect = win->client_rect = (RECT){ cs->x, cs->y, cs->x + cs->cx, cs->y + cs->cy };
    if (cbt.hwndInsertAfter == HWND_BOTTOM) {
        for (after = win; after->next; after = after->next) ;
        if (after != win) window_relink(win, after);
    } else if (cbt.hwndInsertAfter != HWND_TOP && (after = window_get(cbt.hwndInsertAfter)) &&
               after != win && after->parent == win->parent)
        window_relink(win, after);
    user_unlock();
    return TRUE;
}

static HWND create_window(CREATESTRUCTW *cs, LPCWSTR class_name)
{
    struct user_window *win, *parent, *owner = NULL;
    struct user_class *cls;
    MINMAXINFO mmi;
    RECT rect;
    HWND hwnd, parent_hwnd = cs->hwndParent;
    LRESULT ret;
    MDICREATESTRUCTW mdi_cs;
    BOOL mdi_child = FALSE;

    queue_current();
    class_init_system();
    if ((cs->dwExStyle & WS_EX_MDICHILD) && parent_hwnd) mdi_child = mdi_child_prepare(cs, &mdi_cs);
    user_lock();
    init_roots_locked();
    if (parent_hwnd == HWND_MESSAGE) parent = &message_root;
    else if (parent_hwnd) {
        if (!(parent = get_checked(parent_hwnd))) {
            user_unlock();
            return NULL;
        }
        if (!(cs->style & WS_CHILD)) {      /* a top-level's "parent" is its owner */
            owner = parent;
            while (owner->style & WS_CHILD && owner->parent && owner->parent != &desktop) owner = owner->parent;
            parent = &desktop;
        }
    } else {
        if ((cs->style & (WS_CHILD | WS_POPUP)) == WS_CHILD) {
            user_unlock();
            SetLastError(ERROR_TLW_WITH_WSCHILD);
            return NULL;
        }
        parent = &desktop;
    }
    if (!(cls = class_find(class_name, cs->hInstance))) {
        user_unlock();
        SetLastError(ERROR_CANNOT_FIND_WND_CLASS);
        return NULL;
    }
    if (!(win = calloc(1, sizeof(*win) + cls->wnd_extra)) || !alloc_handle(win)) {
        free(win);
        user_unlock();
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
        return NULL;
    }
    default_position(cs);
    win->min_pos = win->max_pos = (POINT){ -1, -1 };
    win->cls = cls;
    cls->windows++;
    win->owner = owner;
    win->tid = GetCurrentThreadId();
    win->queue = queue_current();
    win->style = cs->style & ~WS_VISIBLE;
    if (!(cs->style & WS_CHILD)) {
        win->style |= WS_CLIPSIBLINGS;
        if (!(cs->style & WS_POPUP)) win->style |= WS_CAPTION;
    }
    win->ex_style = fix_ex_style(win->style, cs->dwExStyle);
    /* a top-level without a menu gets its class's */
    if (!(cs->style & WS_CHILD) && !cs->hMenu && cls->menu_name) cs->hMenu = LoadMenuW(cs->hInstance, cls->menu_name);
    win->id = (UINT_PTR)cs->hMenu;
    if (!(cs->style & WS_CHILD)) menu_attach(cs->hMenu, win->handle);
    win->instance = cs->hInstance;
    win->proc = cls->proc;
    win->unicode = cls->unicode;
    win->extra = (BYTE *)(win + 1);
    win->extra_size = cls->wnd_extra;
    if (!(cs->style & (WS_CHILD | WS_POPUP))) win->flags |= WINFLAG_NEED_SIZE;
    /* top-levels go on top of the Z order, children at the bottom */
    link_window(win, parent, (cs->style & WS_CHILD) ? (struct user_window *)1 : NULL);
    hwnd = win->handle;
    win->window_rect = (RECT){ cs->x, cs->y, cs->x + cs->cx, cs->y + cs->cy };
    win->client_rect = win->window_rect;
    user_unlock();

    if (hook_is_set(WH_CBT) && !cbt_create(hwnd, cs)) return NULL;

    if ((cs->style & WS_THICKFRAME) || !(cs->style & (WS_POPUP | WS_CHILD))) {
        POINT size;
        memset(&mmi, 0, sizeof(mmi));
        sysparams_default_minmax(win->style, win->ex_style, &mmi);
        send_w(hwnd, WM_GETMINMAXINFO, 0, (LPARAM)&mmi);
        size.x = cs->cx; size.y = cs->cy;
        if (size.x > mmi.ptMaxTrackSize.x) cs->cx = mmi.ptMaxTrackSize.x;
        if (size.y > mmi.ptMaxTrackSize.y) cs->cy = mmi.ptMaxTrackSize.y;
        if (cs->cx < mmi.ptMinTrackSize.x) cs->cx = mmi.ptMinTrackSize.x;
        if (cs->cy < mmi.ptMinTrackSize.y) cs->cy = mmi.ptMinTrackSize.y;
    }
    if (cs->cx < 0) cs->cx = 0;
    if (cs->cy < 0) cs->cy = 0;
    rect = (RECT){ cs->x, cs->y, cs->x + cs->cx, cs->y + cs->cy };
    user_lock();
    if ((win = window_get(hwnd))) win->window_rect = win->client_rect = rect;
    user_unlock();
    if (!win) return NULL;

    cs->hwndParent = parent == &desktop ? (owner ? owner->handle : NULL) : parent->handle;
    if (!send_w(hwnd, WM_NCCREATE, 0, (LPARAM)cs)) {
        DestroyWindow(hwnd);
        return NULL;
    }
    if (!IsWindow(hwnd)) return NULL;
    /* WM_NCCALCSIZE turns the window rect into the client rect */
    {
        NCCALCSIZE_PARAMS params;
        user_lock();
        if ((win = window_get(hwnd))) rect = win->window_rect;
        user_unlock();
        params.rgrc[0] = rect;
        send_w(hwnd, WM_NCCALCSIZE, FALSE, (LPARAM)&params.rgrc[0]);
        user_lock();
        if ((win = window_get(hwnd))) {
            RECT client = params.rgrc[0];
            if (client.right < client.left) client.right = client.left;
            if (client.bottom < client.top) client.bottom = client.top;
            winpos_set_rects(win, &rect, &client);
            /* message-only windows are never shown: no display window */
            if (!(win->style & WS_CHILD) && win->parent == window_desktop()) {
                RECT screen = rect;
                user_unlock();
                win->driver = user_driver()->create_window(hwnd, &screen);
                cursoricon_update_window_icon(hwnd);   /* the class icon, for the window manager */
                user_lock();
                /* WM_NCCREATE stored the text before the display window existed */
                if ((win = window_get(hwnd)) && win->driver && win->text) {
                    WCHAR *title = user_strdup_w(win->text);
                    struct driver_window *drv = win->driver;
                    user_unlock();
                    if (title) user_driver()->set_title(drv, title);
                    free(title);
                    user_lock();
                    win = window_get(hwnd);
                }
            }
        }
        user_unlock();
    }
    ret = send_w(hwnd, WM_CREATE, 0, (LPARAM)cs);
    if (ret == -1) {
        DestroyWindow(hwnd);
        return NULL;
    }
    if (!IsWindow(hwnd)) return NULL;

    user_lock();
    win = window_get(hwnd);
    if (win && !(win->flags & WINFLAG_NEED_SIZE)) {
        RECT client = win->client_rect;
        user_unlock();
        send_w(hwnd, WM_SIZE, SIZE_RESTORED,
                     MAKELONG(client.right - client.left, client.bottom - client.top));
        send_w(hwnd, WM_MOVE, 0, MAKELONG(client.left, client.top));
        user_lock();
    }
    win = window_get(hwnd);
    user_unlock();
    if (!win) return NULL;
    send_parent_notify(win, WM_CREATE);
    if (!IsWindow(hwnd)) return NULL;
    if (cs->style & WS_VISIBLE) {
        int cmd = SW_SHOW;
        if (cs->style & WS_MINIMIZE) cmd = SW_SHOWMINIMIZED;
        ShowWindow(hwnd, cmd);
    }
    if (mdi_child && IsWindow(hwnd)) mdi_child_created(hwnd, (mdi_cs.style & WS_MAXIMIZE) != 0);
    return IsWindow(hwnd) ? hwnd : NULL;
}

WINUSERAPI HWND WINAPI CreateWindowExW(DWORD ex_style, LPCWSTR class_name, LPCWSTR name, DWORD style,
                                       INT x, INT y, INT cx, INT cy, HWND parent, HMENU menu,
                                       HINSTANCE instance, LPVOID param)
{
    CREATESTRUCTW cs;

    cs.lpCreateParams = param;
    cs.hInstance = instance;
    cs.hMenu = menu;
    cs.hwndParent = parent;
    cs.x = x; cs.y = y; cs.cx = cx; cs.cy = cy;
    cs.style = style;
    cs.lpszName = name;
    cs.lpszClass = class_name;
    cs.dwExStyle = ex_style;
    if (!class_name) {
        SetLastError(ERROR_CANNOT_FIND_WND_CLASS);
        return NULL;
    }
    return create_window(&cs, class_name);
}

/* The A face converts the names; the CREATESTRUCT the A window procedure
 * sees is rebuilt with the caller's own strings (call_window_proc). */
WINUSERAPI HWND WINAPI CreateWindowExA(DWORD ex_style, LPCSTR class_name, LPCSTR name, DWORD style,
                                       INT x, INT y, INT cx, INT cy, HWND parent, HMENU menu,
                                       HINSTANCE instance, LPVOID param)
{
    WCHAR *wclass = IS_INTRESOURCE(class_name) ? NULL : user_strdup_atow(class_name);
    WCHAR *wname = IS_INTRESOURCE(name) ? NULL : user_strdup_atow(name);
    HWND ret = CreateWindowExW(ex_style, wclass ? wclass : (LPCWSTR)class_name, wname ? wname : (LPCWSTR)name,
                               style, x, y, cx, cy, parent, menu, instance, param);
    free(wclass);
    free(wname);
    return ret;
}

/* ---- destruction ---- */

static void free_window(struct user_window *win)
{
    struct user_prop *prop, *next;

    for (prop = win->props; prop; prop = next) {
        next = prop->next;
        free(prop);
    }
    free(win->text);
    free(win->scroll);
    menu_window_freed(win);
    paint_window_freed(win);
    dce_window_freed(win);
    placement_window_freed(win);
    win->cls->windows--;
    free_handle(win);
    free(win);
}

/* WM_DESTROY reaches the window before its children, WM_NCDESTROY after. */
static void send_destroy_messages(HWND hwnd)
{
    HWND *children = NULL;
    int count = 0;
    struct user_window *win, *child;

    send_w(hwnd, WM_DESTROY, 0, 0);
    user_lock();
    if ((win = window_get(hwnd))) {
        for (child = win->first_child; child; child = child->next) count++;
        if (count && (children = malloc(count * sizeof(HWND)))) {
            count = 0;
            for (child = win->first_child; child; child = child->next) children[count++] = child->handle;
        }
    }
    user_unlock();
    for (int i = 0; children && i < count; i++)
        if (IsWindow(children[i])) send_destroy_messages(children[i]);
    free(children);
}

static void destroy_tree(HWND hwnd)
{
    struct user_window *win;
    HWND child;

    /* children first, bottom of the tree upward */
    for (;;) {
        user_lock();
        win = window_get(hwnd);
        child = win && win->first_child ? win->first_child->handle : NULL;
        user_unlock();
        if (!child) break;
        destroy_tree(child);
    }
    user_lock();
    win = window_get(hwnd);
    if (!win || (win->flags & WINFLAG_NCDESTROYED)) {
        user_unlock();
        return;
    }
    win->flags |= WINFLAG_NCDESTROYED;
    user_unlock();
    send_w(hwnd, WM_NCDESTROY, 0, 0);
    user_lock();
    if ((win = window_get(hwnd))) {
        struct driver_window *drv = win->driver;
        struct user_window *other;
        unlink_window(win);
        /* owned windows lose their owner */
        for (int i = 2; i < table_used; i++)
            if ((other = table[i]) && other->owner == win) other->owner = NULL;
        queue_remove_window(win->queue, hwnd);
        win->driver = NULL;
        free_window(win);
        user_unlock();
        if (drv) user_driver()->destroy_window(drv);
        return;
    }
    user_unlock();
}

WINUSERAPI BOOL WINAPI DestroyWindow(HWND hwnd)
{
    struct user_window *win, *other;
    HWND owned[64];
    int count;
    BOOL child;

    user_lock();
    if (!(win = get_checked(hwnd)) || win == &desktop || win == &message_root) {
        if (win) SetLastError(ERROR_ACCESS_DENIED);
        user_unlock();
        return FALSE;
    }
    if (win->tid != GetCurrentThreadId()) {
        user_unlock();
        SetLastError(ERROR_ACCESS_DENIED);
        return FALSE;
    }
    if (win->flags & WINFLAG_DESTROYING) {
        user_unlock();
        return TRUE;
    }
    hwnd = win->handle;
    user_unlock();
    if (hook_call(WH_CBT, HCBT_DESTROYWND, (WPARAM)hwnd, 0, TRUE)) return FALSE;   /* a WH_CBT hook refused */
    user_lock();
    if (!(win = window_get(hwnd))) {
        user_unlock();
        return TRUE;
    }
    win->flags |= WINFLAG_DESTROYING;
    child = (win->style & WS_CHILD) != 0;
    user_unlock();

    if (child) send_parent_notify(win, WM_DESTROY);
    /* hide it (WM_SHOWWINDOW/WINDOWPOSCHANGING/CHANGED as Windows does) */
    /* hide it first; only a child hears WM_SHOWWINDOW about it */
    if (GetWindowLongW(hwnd, GWL_STYLE) & WS_VISIBLE) {
        if (child) ShowWindow(hwnd, SW_HIDE);
        else SetWindowPos(hwnd, 0, 0, 0, 0, 0, SWP_HIDEWINDOW | SWP_NOACTIVATE | SWP_NOZORDER | SWP_NOMOVE | SWP_NOSIZE);
    }
    if (!IsWindow(hwnd)) return TRUE;
    if (GetWindowLongW(hwnd, GWL_EXSTYLE) & WS_EX_MDICHILD) mdi_child_destroying(hwnd);   /* the next child activates */
    /* owned top-levels go first */
    do {
        count = 0;
        user_lock();
        for (int i = 2; i < table_used && count < 64; i++)
            if ((other = table[i]) && other->owner && other->owner->handle == hwnd &&
                !(other->flags & WINFLAG_DESTROYING))
                owned[count++] = other->handle;
        user_unlock();
        for (int i = 0; i < count; i++) {
            if (window_is_mine(owned[i])) DestroyWindow(owned[i]);
            else {
                user_lock();
                if ((other = window_get(owned[i]))) other->owner = NULL;
                user_unlock();
            }
        }
    } while (count == 64);
    focus_window_destroyed(hwnd);
    send_destroy_messages(hwnd);
    destroy_tree(hwnd);
    return TRUE;
}

/* At thread exit Windows destroys the thread's windows. */
void window_destroy_thread_windows(void)
{
    DWORD tid = GetCurrentThreadId();
    HWND hwnd;

    for (;;) {
        hwnd = NULL;
        user_lock();
        for (int i = 2; i < table_used && !hwnd; i++)
            if (table[i] && table[i]->tid == tid && table[i]->parent &&
                (table[i]->parent == &desktop || table[i]->parent == &message_root))
                hwnd = table[i]->handle;
        user_unlock();
        if (!hwnd) break;
        DestroyWindow(hwnd);
        if (IsWindow(hwnd)) break;   /* refused: do not loop */
    }
}

/* ---- queries ---- */

WINUSERAPI BOOL WINAPI IsWindow(HWND hwnd)
{
    struct user_window *win;
    BOOL ret;

    user_lock();
    ret = (win = window_get(hwnd)) != NULL;
    user_unlock();
    return ret;
}

WINUSERAPI HWND WINAPI GetDesktopWindow(void)
{
    return window_desktop()->handle;
}

WINUSERAPI DWORD WINAPI GetWindowThreadProcessId(HWND hwnd, DWORD *pid)
{
    struct user_window *win;
    DWORD tid = 0;

    user_lock();
    if ((win = get_checked(hwnd))) {
        tid = win->tid;
        if (pid) *pid = GetCurrentProcessId();
    }
    user_unlock();
    return tid;
}

WINUSERAPI HWND WINAPI GetAncestor(HWND hwnd, UINT type)
{
    struct user_window *win;
    HWND ret = NULL;

    user_lock();
    if (!(win = get_checked(hwnd)) || win == &desktop) {
        user_unlock();
        return NULL;
    }
    switch (type) {
    case GA_PARENT:
        if (win->parent) ret = win->parent->handle;
        break;
    case GA_ROOT:
    case GA_ROOTOWNER:
        while (win->parent && win->parent != &desktop && win->parent != &message_root) win = win->parent;
        if (type == GA_ROOTOWNER) while (win->owner) win = win->owner;
        ret = win->handle;
        break;
    }
    user_unlock();
    return ret;
}

WINUSERAPI HWND WINAPI GetParent(HWND hwnd)
{
    struct user_window *win;
    HWND ret = NULL;

    user_lock();
    if ((win = get_checked(hwnd))) {
        if (win->style & WS_CHILD) ret = win->parent ? win->parent->handle : NULL;
        else if (win->style & WS_POPUP && win->owner) ret = win->owner->handle;
    }
    user_unlock();
    return ret;
}

WINUSERAPI BOOL WINAPI IsChild(HWND parent, HWND hwnd)
{
    struct user_window *win, *p;
    BOOL ret = FALSE;

    user_lock();
    if ((win = window_get(hwnd)) && (p = window_get(parent)))
        for (; win->style & WS_CHILD && win->parent; win = win->parent)
            if (win->parent == p) {
                ret = TRUE;
                break;
            }
    user_unlock();
    return ret;
}

WINUSERAPI HWND WINAPI GetWindow(HWND hwnd, UINT cmd)
{
    struct user_window *win, *w = NULL;
    HWND ret = NULL;

    user_lock();
    if (!(win = get_checked(hwnd))) {
        user_unlock();
        return NULL;
    }
    switch (cmd) {
    case GW_HWNDFIRST: w = win->parent ? win->parent->first_child : NULL; break;
    case GW_HWNDLAST:
        w = win->parent ? win->parent->first_child : NULL;
        while (w && w->next) w = w->next;
        break;
    case GW_HWNDNEXT: w = win->next; break;
    case GW_HWNDPREV: w = win->prev; break;
    case GW_OWNER: w = win->owner; break;
    case GW_CHILD: w = win->first_child; break;
    case GW_ENABLEDPOPUP: w = NULL; break;
    default:
        SetLastError(ERROR_INVALID_PARAMETER);
        break;
    }
    if (w) ret = w->handle;
    user_unlock();
    return ret;
}

WINUSERAPI HWND WINAPI GetTopWindow(HWND hwnd)
{
    if (!hwnd) hwnd = GetDesktopWindow();
    return GetWindow(hwnd, GW_CHILD);
}

WINUSERAPI HWND WINAPI GetNextWindow(HWND hwnd, UINT cmd) { return GetWindow(hwnd, cmd); }

/* The children of PARENT (all descendants when DEEP), in Z order, as a
 * malloc'ed NULL-terminated list: enumeration callbacks run unlocked. */
static HWND *list_children(HWND parent, BOOL deep, DWORD tid)
{
    struct user_window *win, *w;
    size_t count = 0, size = 16;
    HWND *list = malloc(size * sizeof(HWND));

    user_lock();
    if (!list || !(win = window_get(parent))) {
        user_unlock();
        free(list);
        return NULL;
    }
    for (w = win->first_child; w; ) {
        if (!tid || w->tid == tid) {
            if (count + 2 > size) {
                HWND *bigger = realloc(list, (size *= 2) * sizeof(HWND));
                if (!bigger) break;
                list = bigger;
            }
            list[count++] = w->handle;
        }
        /* depth first: a child's children follow it (EnumChildWindows' order) */
        if (deep && w->first_child) w = w->first_child;
        else {
            while (w != win && !w->next) w = w->parent;
            w = w == win ? NULL : w->next;
        }
    }
    list[count] = NULL;
    user_unlock();
    return list;
}

/* Calls PROC for each window of LIST still alive, then frees LIST;
 * FALSE when PROC stopped the walk (or LIST could not be made). */
static BOOL enum_list(HWND *list, WNDENUMPROC proc, LPARAM lparam)
{
    BOOL ret = TRUE;

    if (!list) return FALSE;
    for (HWND *h = list; *h; h++)
        if (IsWindow(*h) && !proc(*h, lparam)) {
            ret = FALSE;
            break;
        }
    free(list);
    return ret;
}

WINUSERAPI BOOL WINAPI EnumChildWindows(HWND parent, WNDENUMPROC proc, LPARAM lparam)
{
    HWND *list = list_children(parent ? parent : GetDesktopWindow(), TRUE, 0);

    if (!list) return FALSE;
    enum_list(list, proc, lparam);
    return TRUE;            /* whether or not PROC stopped it */
}

WINUSERAPI BOOL WINAPI EnumWindows(WNDENUMPROC proc, LPARAM lparam)
{
    return enum_list(list_children(GetDesktopWindow(), FALSE, 0), proc, lparam);
}

WINUSERAPI BOOL WINAPI EnumThreadWindows(DWORD tid, WNDENUMPROC proc, LPARAM lparam)
{
    return enum_list(list_children(GetDesktopWindow(), FALSE, tid), proc, lparam);
}


WINUSERAPI HWND WINAPI FindWindowExW(HWND parent, HWND after, LPCWSTR class_name, LPCWSTR title)
{
    HWND *list, ret = NULL;
    struct user_window *win;
    BOOL started = !after;

    if (!parent) parent = GetDesktopWindow();
    else if (parent == HWND_MESSAGE) parent = message_root.handle;
    if (!(list = list_children(parent, FALSE, 0))) {
        SetLastError(ERROR_INVALID_WINDOW_HANDLE);
        return NULL;
    }
    user_lock();
    for (HWND *h = list; *h && !ret; h++) {
        if (!started) {
            if (*h == window_full_handle(after)) started = TRUE;
            continue;
        }
        if (!(win = window_get(*h))) continue;
        if (class_name) {
            if (IS_INTRESOURCE(class_name) ? win->cls->atom != LOWORD(class_name)
                                           : wcs_icmp(win->cls->name, class_name)) continue;
        }
        if (title && wcs_cmp(win->text ? win->text : u"", title)) continue;
        ret = *h;
    }
    user_unlock();
    free(list);
    return ret;
}

WINUSERAPI HWND WINAPI FindWindowExA(HWND parent, HWND after, LPCSTR class_name, LPCSTR title)
{
    WCHAR *wclass = IS_INTRESOURCE(class_name) ? NULL : user_strdup_atow(class_name);
    WCHAR *wtitle = user_strdup_atow(title);
    HWND ret = FindWindowExW(parent, after, wclass ? wclass : (LPCWSTR)class_name, wtitle);
    free(wclass);
    free(wtitle);
    return ret;
}

WINUSERAPI HWND WINAPI FindWindowW(LPCWSTR class_name, LPCWSTR title)
{
    return FindWindowExW(NULL, NULL, class_name, title);
}

WINUSERAPI HWND WINAPI FindWindowA(LPCSTR class_name, LPCSTR title)
{
    return FindWindowExA(NULL, NULL, class_name, title);
}

WINUSERAPI HWND WINAPI SetParent(HWND hwnd, HWND parent)
{
    struct user_window *win, *new_parent, *p;
    HWND old = NULL;
    BOOL was_visible;

    user_lock();
    if (!(win = get_checked(hwnd))) {
        user_unlock();
        return NULL;
    }
    if (!parent) new_parent = &desktop;
    else if (parent == HWND_MESSAGE) new_parent = &message_root;
    else if (!(new_parent = get_checked(parent))) {
        user_unlock();
        return NULL;
    }
    for (p = new_parent; p; p = p->parent)
        if (p == win) {    /* no cycles */
            user_unlock();
            SetLastError(ERROR_INVALID_PARAMETER);
            return NULL;
        }
    old = win->parent ? win->parent->handle : NULL;
    was_visible = (win->style & WS_VISIBLE) != 0;
    user_unlock();
    if (was_visible) ShowWindow(hwnd, SW_HIDE);
    user_lock();
    if ((win = window_get(hwnd))) {
        unlink_window(win);
        link_window(win, new_parent, NULL);
    }
    user_unlock();
    /* Windows keeps the position relative to the new parent's client area */
    SetWindowPos(hwnd, HWND_TOP, 0, 0, 0, 0, SWP_NOSIZE | SWP_NOMOVE | (was_visible ? SWP_SHOWWINDOW : 0));
    return old;
}

/* ---- Get/SetWindowLong ---- */

static LONG_PTR window_long(HWND hwnd, INT index, BOOL set, LONG_PTR value, int size, BOOL unicode)
{
    struct user_window *win;
    LONG_PTR old = 0;
    STYLESTRUCT style;

    user_lock();
    if (!(win = get_checked(hwnd))) {
        user_unlock();
        return 0;
    }
    if (win == &desktop && set) {
        user_unlock();
        SetLastError(ERROR_ACCESS_DENIED);
        return 0;
    }
    if (index >= 0) {
        if (index > win->extra_size - size) {
            user_unlock();
            SetLastError(ERROR_INVALID_INDEX);
            return 0;
        }
        memcpy(&old, win->extra + index, size);
        if (set) memcpy(win->extra + index, &value, size);
        user_unlock();
        return size == 4 ? (LONG)old : size == 2 ? (WORD)old : old;
    }
    switch (index) {
    case GWL_STYLE:
    case GWL_EXSTYLE:
        old = index == GWL_STYLE ? win->style : win->ex_style;
        user_unlock();
        if (!set) return (LONG)old;
        style.styleOld = old;
        style.styleNew = value;
        send_w(hwnd, WM_STYLECHANGING, index, (LPARAM)&style);
        user_lock();
        if ((win = window_get(hwnd))) {
            if (index == GWL_STYLE) {
                /* WS_VISIBLE changes only by ShowWindow/SetWindowPos semantics, but Windows lets it through */
                win->style = style.styleNew;
            } else win->ex_style = fix_ex_style(win->style, style.styleNew);
        }
        user_unlock();
        send_w(hwnd, WM_STYLECHANGED, index, (LPARAM)&style);
        return (LONG)old;
    case GWLP_WNDPROC:
        old = (LONG_PTR)winproc_handle(win->proc, win->unicode, unicode);
        if (set) {
            BOOL proc_unicode = unicode;
            win->proc = winproc_resolve((WNDPROC)value, &proc_unicode);
            win->unicode = proc_unicode;
        }
        break;
    case GWLP_HINSTANCE: old = (LONG_PTR)win->instance; if (set) win->instance = (HINSTANCE)value; break;
    case GWLP_ID: old = win->id; if (set) win->id = value; break;
    case GWLP_USERDATA: old = win->userdata; if (set) win->userdata = value; break;
    case GWLP_HWNDPARENT:
        if (set) {
            user_unlock();
            if (GetWindowLongW(hwnd, GWL_STYLE) & WS_CHILD) return (LONG_PTR)SetParent(hwnd, (HWND)value);
            user_lock();
            if ((win = window_get(hwnd))) {
                struct user_window *owner = value ? window_get((HWND)value) : NULL;
                old = win->owner ? (LONG_PTR)win->owner->handle : 0;
                win->owner = owner;
            }
            break;
        }
        old = (win->style & WS_CHILD) ? (win->parent ? (LONG_PTR)win->parent->handle : 0)
                                      : (win->owner ? (LONG_PTR)win->owner->handle : 0);
        break;
    default:
        user_unlock();
        SetLastError(ERROR_INVALID_INDEX);
        return 0;
    }
    user_unlock();
    return size == 4 ? (LONG)old : old;
}

WINUSERAPI LONG_PTR WINAPI GetWindowLongPtrW(HWND hwnd, INT index) { return window_long(hwnd, index, FALSE, 0, 8, TRUE); }
WINUSERAPI LONG_PTR WINAPI GetWindowLongPtrA(HWND hwnd, INT index) { return window_long(hwnd, index, FALSE, 0, 8, FALSE); }
WINUSERAPI LONG WINAPI GetWindowLongW(HWND hwnd, INT index) { return window_long(hwnd, index, FALSE, 0, 4, TRUE); }
WINUSERAPI LONG WINAPI GetWindowLongA(HWND hwnd, INT index) { return window_long(hwnd, index, FALSE, 0, 4, FALSE); }
WINUSERAPI LONG_PTR WINAPI SetWindowLongPtrW(HWND hwnd, INT index, LONG_PTR v) { return window_long(hwnd, index, TRUE, v, 8, TRUE); }
WINUSERAPI LONG_PTR WINAPI SetWindowLongPtrA(HWND hwnd, INT index, LONG_PTR v) { return window_long(hwnd, index, TRUE, v, 8, FALSE); }
WINUSERAPI LONG WINAPI SetWindowLongW(HWND hwnd, INT index, LONG v) { return window_long(hwnd, index, TRUE, v, 4, TRUE); }
WINUSERAPI LONG WINAPI SetWindowLongA(HWND hwnd, INT index, LONG v) { return window_long(hwnd, index, TRUE, v, 4, FALSE); }
WINUSERAPI WORD WINAPI GetWindowWord(HWND hwnd, INT index) { return (WORD)window_long(hwnd, index, FALSE, 0, 2, TRUE); }
WINUSERAPI WORD WINAPI SetWindowWord(HWND hwnd, INT index, WORD v) { return (WORD)window_long(hwnd, index, TRUE, v, 2, TRUE); }

WINUSERAPI BOOL WINAPI IsWindowUnicode(HWND hwnd)
{
    struct user_window *win;
    BOOL ret = FALSE;

    user_lock();
    if ((win = get_checked(hwnd))) ret = win->unicode;
    user_unlock();
    return ret;
}

/* ---- text ---- */

/* DefWindowProc's WM_SETTEXT / WM_NCCREATE: stores the text. */
void window_set_text(HWND hwnd, LPCWSTR text)
{
    struct user_window *win;
    struct driver_window *drv = NULL;
    WCHAR *copy = text ? user_strdup_w(text) : NULL, *old = NULL;

    user_lock();
    if ((win = window_get(hwnd))) {
        old = win->text;
        win->text = copy;
        copy = NULL;
        drv = win->driver;   /* top-levels only; the owning thread destroys it */
    }
    user_unlock();
    free(old);
    free(copy);
    if (drv) user_driver()->set_title(drv, text ? text : u"");
}

/* DefWindowProc's WM_GETTEXT: copies up to COUNT - 1 characters. */
INT window_get_text(HWND hwnd, LPWSTR buffer, INT count)
{
    struct user_window *win;
    INT len = 0;

    if (count <= 0 || !buffer) return 0;
    user_lock();
    if ((win = window_get(hwnd)) && win->text) {
        len = wcs_len(win->text);
        if (len > count - 1) len = count - 1;
        memcpy(buffer, win->text, len * sizeof(WCHAR));
    }
    buffer[len] = 0;
    user_unlock();
    return len;
}

INT window_text_length(HWND hwnd)
{
    struct user_window *win;
    INT len = 0;

    user_lock();
    if ((win = window_get(hwnd)) && win->text) len = wcs_len(win->text);
    user_unlock();
    return len;
}

WINUSERAPI INT WINAPI GetWindowTextLengthW(HWND hwnd)
{
    if (!IsWindow(hwnd)) {
        SetLastError(ERROR_INVALID_WINDOW_HANDLE);
        return 0;
    }
    return send_w(hwnd, WM_GETTEXTLENGTH, 0, 0);
}

WINUSERAPI INT WINAPI GetWindowTextLengthA(HWND hwnd)
{
    if (!IsWindow(hwnd)) {
        SetLastError(ERROR_INVALID_WINDOW_HANDLE);
        return 0;
    }
    return SendMessageA(hwnd, WM_GETTEXTLENGTH, 0, 0);
}

WINUSERAPI INT WINAPI GetWindowTextW(HWND hwnd, LPWSTR buffer, INT count)
{
    if (!buffer || count <= 0) return 0;
    buffer[0] = 0;
    if (!IsWindow(hwnd)) {
        SetLastError(ERROR_INVALID_WINDOW_HANDLE);
        return 0;
    }
    /* another process's windows would be read without a message; all are ours */
    return send_w(hwnd, WM_GETTEXT, count, (LPARAM)buffer);
}

WINUSERAPI INT WINAPI GetWindowTextA(HWND hwnd, LPSTR buffer, INT count)
{
    if (!buffer || count <= 0) return 0;
    buffer[0] = 0;
    if (!IsWindow(hwnd)) {
        SetLastError(ERROR_INVALID_WINDOW_HANDLE);
        return 0;
    }
    return SendMessageA(hwnd, WM_GETTEXT, count, (LPARAM)buffer);
}

WINUSERAPI BOOL WINAPI SetWindowTextW(HWND hwnd, LPCWSTR text)
{
    if (!IsWindow(hwnd)) {
        SetLastError(ERROR_INVALID_WINDOW_HANDLE);
        return FALSE;
    }
    return send_w(hwnd, WM_SETTEXT, 0, (LPARAM)text) != 0;
}

WINUSERAPI BOOL WINAPI SetWindowTextA(HWND hwnd, LPCSTR text)
{
    if (!IsWindow(hwnd)) {
        SetLastError(ERROR_INVALID_WINDOW_HANDLE);
        return FALSE;
    }
    return SendMessageA(hwnd, WM_SETTEXT, 0, (LPARAM)text) != 0;
}

/* ---- properties ---- */

WINUSERAPI BOOL WINAPI SetPropW(HWND hwnd, LPCWSTR name, HANDLE data)
{
    struct user_window *win;
    struct user_prop *prop;
    ATOM atom = user_atom_add(name);

    if (!atom) {
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
        return FALSE;
    }
    user_lock();
    if (!(win = get_checked(hwnd))) {
        user_unlock();
        return FALSE;
    }
    for (prop = win->props; prop; prop = prop->next)
        if (prop->atom == atom) break;
    if (!prop) {
        if (!(prop = calloc(1, sizeof(*prop)))) {
            user_unlock();
            SetLastError(ERROR_NOT_ENOUGH_MEMORY);
            return FALSE;
        }
        prop->atom = atom;
        prop->next = win->props;
        win->props = prop;
    }
    prop->data = data;
    user_unlock();
    return TRUE;
}

static HANDLE get_prop(HWND hwnd, LPCWSTR name, BOOL remove)
{
    struct user_window *win;
    struct user_prop **p, *prop;
    ATOM atom = user_atom_find(name);
    HANDLE ret = NULL;

    if (!atom) return NULL;
    user_lock();
    if ((win = get_checked(hwnd)))
        for (p = &win->props; (prop = *p); p = &prop->next)
            if (prop->atom == atom) {
                ret = prop->data;
                if (remove) {
                    *p = prop->next;
                    free(prop);
                }
                break;
            }
    user_unlock();
    return ret;
}

WINUSERAPI HANDLE WINAPI GetPropW(HWND hwnd, LPCWSTR name) { return get_prop(hwnd, name, FALSE); }
WINUSERAPI HANDLE WINAPI RemovePropW(HWND hwnd, LPCWSTR name) { return get_prop(hwnd, name, TRUE); }

static HANDLE prop_a(HWND hwnd, LPCSTR name, BOOL set, BOOL remove, HANDLE data)
{
    WCHAR *w = IS_INTRESOURCE(name) ? NULL : user_strdup_atow(name);
    LPCWSTR wname = w ? w : (LPCWSTR)name;
    HANDLE ret = set ? (HANDLE)(ULONG_PTR)SetPropW(hwnd, wname, data) : get_prop(hwnd, wname, remove);
    free(w);
    return ret;
}

WINUSERAPI BOOL WINAPI SetPropA(HWND hwnd, LPCSTR name, HANDLE data) { return prop_a(hwnd, name, TRUE, FALSE, data) != NULL; }
WINUSERAPI HANDLE WINAPI GetPropA(HWND hwnd, LPCSTR name) { return prop_a(hwnd, name, FALSE, FALSE, NULL); }
WINUSERAPI HANDLE WINAPI RemovePropA(HWND hwnd, LPCSTR name) { return prop_a(hwnd, name, FALSE, TRUE, NULL); }

/* Calls PROC for each property, newest first; returns the last result or -1. */
static INT enum_props(HWND hwnd, void *proc, LPARAM lparam, BOOL unicode, BOOL ex)
{
    struct user_window *win;
    struct user_prop *prop;
    struct { ATOM atom; HANDLE data; } *list = NULL;
    int count = 0, ret = -1;

    user_lock();
    if ((win = get_checked(hwnd))) {
        for (prop = win->props; prop; prop = prop->next) count++;
        if (count && (list = malloc(count * sizeof(*list)))) {
            count = 0;
            for (prop = win->props; prop; prop = prop->next) {
                list[count].atom = prop->atom;
                list[count++].data = prop->data;
            }
        }
    }
    user_unlock();
    for (int i = 0; list && i < count; i++) {
        const WCHAR *name = user_atom_name(list[i].atom);
        WCHAR wbuf[256];
        char abuf[512];
        void *str;
        if (name) {
            wcs_cpy(wbuf, name);
            if (!unicode) WideCharToMultiByte(CP_ACP, 0, wbuf, -1, abuf, sizeof(abuf), NULL, NULL);
            str = unicode ? (void *)wbuf : (void *)abuf;
        } else str = (void *)(ULONG_PTR)list[i].atom;
        if (ex) ret = ((PROPENUMPROCEXW)proc)(hwnd, str, list[i].data, lparam);
        else ret = ((PROPENUMPROCW)proc)(hwnd, str, list[i].data);
        if (!ret) break;
    }
    free(list);
    return ret;
}

WINUSERAPI INT WINAPI EnumPropsW(HWND hwnd, PROPENUMPROCW proc) { return enum_props(hwnd, proc, 0, TRUE, FALSE); }
WINUSERAPI INT WINAPI EnumPropsA(HWND hwnd, PROPENUMPROCA proc) { return enum_props(hwnd, proc, 0, FALSE, FALSE); }
WINUSERAPI INT WINAPI EnumPropsExW(HWND hwnd, PROPENUMPROCEXW proc, LPARAM lp) { return enum_props(hwnd, proc, lp, TRUE, TRUE); }
WINUSERAPI INT WINAPI EnumPropsExA(HWND hwnd, PROPENUMPROCEXA proc, LPARAM lp) { return enum_props(hwnd, proc, lp, FALSE, TRUE); }

WINUSERAPI INT WINAPI GetDlgCtrlID(HWND hwnd)
{
    return GetWindowLongPtrW(hwnd, GWLP_ID);
}

WINUSERAPI HWND WINAPI GetDlgItem(HWND dialog, INT id)
{
    struct user_window *win, *child;
    HWND ret = NULL;

    user_lock();
    if ((win = get_checked(dialog)))
        for (child = win->first_child; child; child = child->next)
            if ((INT)child->id == id) {
                ret = child->handle;
                break;
            }
    user_unlock();
    return ret;
}
