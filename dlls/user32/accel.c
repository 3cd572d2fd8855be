/*
 * Accelerator tables: LoadAccelerators from RT_ACCELERATOR resources,
 * Create/Copy/DestroyAcceleratorTable and TranslateAccelerator.
 *
 * A table is a user object (userobj.c) holding ACCEL entries. A match
 * sends WM_COMMAND (HIWORD(wParam) = 1) to the window, or WM_SYSCOMMAND
 * when the command is in the window's system menu; when the command is an
 * item of the window's menu, WM_INITMENU (and WM_INITMENUPOPUP for a
 * submenu) come first and a disabled item or a minimized window sends
 * nothing. TranslateAccelerator returns nonzero for every match.
 */
#include <stdlib.h>
#include <string.h>
#include "menu_private.h"

#define RT_ACCELERATOR 9

WINUSERAPI BOOL WINAPI IsIconic(HWND);
WINUSERAPI SHORT WINAPI GetKeyState(INT);

struct accel_table { UINT count; ACCEL entries[]; };

/* the resource form: 8 bytes, 0x80 in fFlags marks the last */
typedef struct { WORD fVirt, key, cmd, pad; } ACCEL_RES;

static HACCEL create_table(const ACCEL *entries, INT count)
{
    struct accel_table *table;
    HACCEL handle;

    if (count <= 0 || !entries) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return NULL;
    }
    if (!(table = malloc(sizeof(*table) + count * sizeof(ACCEL)))) {
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
        return NULL;
    }
    table->count = count;
    for (INT i = 0; i < count; i++) {
        table->entries[i] = entries[i];
        table->entries[i].fVirt &= 0x7f;
    }
    user_lock();
    handle = user_obj_alloc(table, USER_OBJ_ACCEL);
    user_unlock();
    if (!handle) {
        free(table);
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
    }
    return handle;
}

WINUSERAPI HACCEL WINAPI CreateAcceleratorTableW(LPACCEL entries, INT count)
{
    return create_table(entries, count);
}

/* The A form's keys that are characters are in the A code page. */
WINUSERAPI HACCEL WINAPI CreateAcceleratorTableA(LPACCEL entries, INT count)
{
    ACCEL *w;
    HACCEL ret;

    if (count <= 0 || !entries) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return NULL;
    }
    if (!(w = malloc(count * sizeof(*w)))) return NULL;
    for (INT i = 0; i < count; i++) {
        w[i] = entries[i];
        if (!(w[i].fVirt & FVIRTKEY)) {
            char c = (char)entries[i].key;
            WCHAR wc = 0;
            MultiByteToWideChar(CP_ACP, 0, &c, 1, &wc, 1);
            w[i].key = wc;
        }
    }
    ret = create_table(w, count);
    free(w);
    return ret;
}

WINUSERAPI BOOL WINAPI DestroyAcceleratorTable(HACCEL handle)
{
    struct accel_table *table;

    user_lock();
    if ((table = user_obj_get(handle, USER_OBJ_ACCEL))) user_obj_free(handle);
    user_unlock();
    if (!table) return FALSE;
    free(table);
    return TRUE;
}

static INT copy_table(HACCEL handle, ACCEL *dst, INT count, BOOL ansi)
{
    struct accel_table *table;
    INT ret = 0;

    user_lock();
    if ((table = user_obj_get(handle, USER_OBJ_ACCEL))) {
        if (!dst) ret = table->count;
        else {
            ret = count < (INT)table->count ? count : (INT)table->count;
            if (ret < 0) ret = 0;
            memcpy(dst, table->entries, ret * sizeof(ACCEL));
        }
    }
    user_unlock();
    for (INT i = 0; ansi && dst && i < ret; i++)
        if (!(dst[i].fVirt & FVIRTKEY)) {
            WCHAR wc = dst[i].key;
            char c = 0;
            WideCharToMultiByte(CP_ACP, 0, &wc, 1, &c, 1, NULL, NULL);
            dst[i].key = (BYTE)c;
        }
    return ret;
}

WINUSERAPI INT WINAPI CopyAcceleratorTableW(HACCEL handle, LPACCEL dst, INT count) { return copy_table(handle, dst, count, FALSE); }
WINUSERAPI INT WINAPI CopyAcceleratorTableA(HACCEL handle, LPACCEL dst, INT count) { return copy_table(handle, dst, count, TRUE); }

WINUSERAPI HACCEL WINAPI LoadAcceleratorsW(HINSTANCE instance, LPCWSTR name)
{
    HRSRC res = FindResourceW(instance, name, MAKEINTRESOURCEW(RT_ACCELERATOR));
    const ACCEL_RES *data;
    ACCEL *entries;
    DWORD count;
    HACCEL ret;

    if (!res || !(data = LockResource(LoadResource(instance, res)))) return NULL;
    count = SizeofResource(instance, res) / sizeof(ACCEL_RES);
    for (DWORD i = 0; i < count; i++)
        if (data[i].fVirt & 0x80) {
            count = i + 1;
            break;
        }
    if (!count || !(entries = malloc(count * sizeof(*entries)))) return NULL;
    for (DWORD i = 0; i < count; i++) {
        entries[i].fVirt = data[i].fVirt & 0x7f;
        entries[i].key = data[i].key;
        entries[i].cmd = data[i].cmd;
    }
    ret = create_table(entries, count);
    free(entries);
    return ret;
}

WINUSERAPI HACCEL WINAPI LoadAcceleratorsA(HINSTANCE instance, LPCSTR name)
{
    WCHAR *w;
    HACCEL ret;

    if (IS_INTRESOURCE(name)) return LoadAcceleratorsW(instance, (LPCWSTR)name);
    w = user_strdup_atow(name);
    ret = LoadAcceleratorsW(instance, w);
    free(w);
    return ret;
}

/* Does ENTRY match the key message? */
static BOOL matches(const ACCEL *entry, UINT msg, WPARAM wp, LPARAM lp)
{
    BYTE mods = 0;

    if (GetKeyState(VK_SHIFT) & 0x8000) mods |= FSHIFT;
    if (GetKeyState(VK_CONTROL) & 0x8000) mods |= FCONTROL;
    if ((GetKeyState(VK_MENU) & 0x8000) || (msg == WM_SYSCHAR && (lp & 0x20000000))) mods |= FALT;
    if (entry->fVirt & FVIRTKEY) {
        if (msg != WM_KEYDOWN && msg != WM_SYSKEYDOWN) return FALSE;
        return entry->key == (wp & 0xffff) && (entry->fVirt & (FSHIFT | FCONTROL | FALT)) == mods;
    }
    /* character entries: the character itself; Alt only through WM_SYSCHAR */
    if (msg != WM_CHAR && msg != WM_SYSCHAR) return FALSE;
    if (entry->key != (wp & 0xffff)) return FALSE;
    return ((entry->fVirt & FALT) != 0) == (msg == WM_SYSCHAR && (mods & FALT));
}

/* Under no lock: whether CMD is an item of MENU (searching submenus),
 * with its state, the submenu holding it and that submenu's position. */
static BOOL find_command(HMENU handle, UINT cmd, UINT *state, HMENU *holder, UINT *holder_pos)
{
    struct user_menu *menu, *found;
    struct menu_item *it;
    UINT pos;
    BOOL ret = FALSE;

    user_lock();
    if ((menu = menu_get(handle))) {
        found = menu;
        if ((it = menu_find_item(&found, &pos, cmd, MF_BYCOMMAND))) {
            *state = it->state;
            *holder = found->handle;
            *holder_pos = 0;
            /* where the holding submenu sits in the top menu */
            for (UINT i = 0; found != menu && i < menu->count; i++)
                if (menu->items[i].submenu == found->handle) *holder_pos = i;
            ret = TRUE;
        }
    }
    user_unlock();
    return ret;
}

static INT translate(HWND hwnd, HACCEL handle, MSG *msg)
{
    struct accel_table *table;
    ACCEL entry;
    BOOL found = FALSE;
    HMENU menu, sys;
    UINT state, pos;
    HMENU holder;

    if (!msg || (msg->message != WM_KEYDOWN && msg->message != WM_SYSKEYDOWN && msg->message != WM_CHAR &&
                 msg->message != WM_SYSCHAR))
        return 0;
    user_lock();
    if ((table = user_obj_get(handle, USER_OBJ_ACCEL)))
        for (UINT i = 0; i < table->count && !found; i++)
            if (matches(&table->entries[i], msg->message, msg->wParam, msg->lParam)) {
                entry = table->entries[i];
                found = TRUE;
            }
    user_unlock();
    if (!table) {
        SetLastError(ERROR_INVALID_HANDLE);
        return 0;
    }
    if (!found || !IsWindow(hwnd)) return 0;
    menu = (GetWindowLongW(hwnd, GWL_STYLE) & WS_CHILD) ? NULL : GetMenu(hwnd);
    sys = (GetWindowLongW(hwnd, GWL_STYLE) & WS_SYSMENU) ? GetSystemMenu(hwnd, FALSE) : NULL;
    if (sys && find_command(sys, entry.cmd, &state, &holder, &pos)) {
        if (GetCapture() || !IsWindowEnabled(hwnd)) return 1;
        SendMessageW(hwnd, WM_INITMENU, (WPARAM)sys, 0);
        if (!(state & MFS_GRAYED)) SendMessageW(hwnd, WM_SYSCOMMAND, entry.cmd, 0x00010000);
        return 1;
    }
    if (menu && find_command(menu, entry.cmd, &state, &holder, &pos)) {
        if (GetCapture() || !IsWindowEnabled(hwnd)) return 1;
        SendMessageW(hwnd, WM_INITMENU, (WPARAM)menu, 0);
        if (holder != menu) SendMessageW(hwnd, WM_INITMENUPOPUP, (WPARAM)holder, MAKELPARAM(pos, FALSE));
        /* the item may have been changed by WM_INITMENU(POPUP) */
        state = GetMenuState(menu, entry.cmd, MF_BYCOMMAND);
        if (IsIconic(hwnd) || (state != (UINT)-1 && (state & MFS_GRAYED))) return 1;
    }
    SendMessageW(hwnd, WM_COMMAND, MAKEWPARAM(entry.cmd, 1), 0);
    return 1;
}

WINUSERAPI INT WINAPI TranslateAcceleratorW(HWND hwnd, HACCEL handle, LPMSG msg) { return translate(hwnd, handle, msg); }

WINUSERAPI INT WINAPI TranslateAcceleratorA(HWND hwnd, HACCEL handle, LPMSG msg)
{
    MSG w;

    if (!msg) return 0;
    w = *msg;
    if (w.message == WM_CHAR || w.message == WM_SYSCHAR) {
        char c = (char)w.wParam;
        WCHAR wc = 0;
        MultiByteToWideChar(CP_ACP, 0, &c, 1, &wc, 1);
        w.wParam = wc;
    }
    return translate(hwnd, handle, &w);
}
