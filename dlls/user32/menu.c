/*
 * Menu objects and their API: creation and destruction, items (Append/
 * Insert/Modify/Remove/DeleteMenu, Get/SetMenuItemInfo), item states,
 * default items, the window's menu bar (Get/SetMenu, DrawMenuBar,
 * GetMenuItemRect), the system menu, and LoadMenu(Indirect) from MENU and
 * MENUEX resources.
 *
 * A menu is a user object (userobj.c) guarded by the user lock. An item
 * found by command is searched for in submenus too, as on Windows; a popup
 * item's command is its submenu's handle.
 */
#include <stdlib.h>
#include <string.h>
#include "menu_private.h"

#define RT_MENU 4
#define TYPE_MASK (MFT_BITMAP | MFT_MENUBARBREAK | MFT_MENUBREAK | MFT_OWNERDRAW | MFT_RADIOCHECK | \
                   MFT_SEPARATOR | MFT_RIGHTORDER | MFT_RIGHTJUSTIFY)
#define STATE_MASK (MFS_GRAYED | MFS_CHECKED | MFS_HILITE | MFS_DEFAULT)
/* the MENUITEMINFO of Windows before 5.0 ended before hbmpItem */
#define MII_OLD_SIZE offsetof(MENUITEMINFOW, hbmpItem)

struct user_menu *menu_get(HMENU menu)
{
    return user_obj_get(menu, USER_OBJ_MENU);
}

static struct user_menu *get_checked(HMENU handle)
{
    struct user_menu *menu = menu_get(handle);
    if (!menu) SetLastError(ERROR_INVALID_MENU_HANDLE);
    return menu;
}

static struct menu_item *find_item(struct user_menu **menu, UINT *pos, UINT item, UINT flags, int depth);

struct menu_item *menu_find_item(struct user_menu **menu, UINT *pos, UINT item, UINT flags)
{
    return find_item(menu, pos, item, flags, 0);
}

/* DEPTH bounds the search: a program can make a submenu its own ancestor */
static struct menu_item *find_item(struct user_menu **menu, UINT *pos, UINT item, UINT flags, int depth)
{
    struct menu_item *fallback = NULL;
    struct user_menu *fallback_menu = NULL;
    UINT fallback_pos = 0;

    if (flags & MF_BYPOSITION) {
        if (item >= (*menu)->count) return NULL;
        *pos = item;
        return &(*menu)->items[item];
    }
    for (UINT i = 0; i < (*menu)->count; i++) {
        struct menu_item *it = &(*menu)->items[i];
        struct user_menu *sub;
        if (it->submenu && (sub = menu_get(it->submenu)) && depth < 32) {
            struct user_menu *found_menu = sub;
            struct menu_item *found = find_item(&found_menu, pos, item, flags, depth + 1);
            if (found) {
                *menu = found_menu;
                return found;
            }
            /* a popup item matching by its own id counts only if nothing deeper does */
            if (it->id == item && !fallback) {
                fallback = it;
                fallback_menu = *menu;
                fallback_pos = i;
            }
        } else if (it->id == item) {
            *pos = i;
            return it;
        }
    }
    if (fallback) {
        *menu = fallback_menu;
        *pos = fallback_pos;
    }
    return fallback;
}

static struct menu_item *find_checked(HMENU handle, UINT item, UINT flags, struct user_menu **menu, UINT *pos)
{
    struct menu_item *it;
    UINT dummy;

    if (!(*menu = get_checked(handle))) return NULL;
    if (!(it = menu_find_item(menu, pos ? pos : &dummy, item, flags))) SetLastError(ERROR_MENU_ITEM_NOT_FOUND);
    return it;
}

static HMENU create_menu(BOOL popup)
{
    struct user_menu *menu = calloc(1, sizeof(*menu));
    HMENU handle;

    if (!menu) {
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
        return NULL;
    }
    menu->popup = popup;
    menu->hilite = -1;
    user_lock();
    handle = menu->handle = user_obj_alloc(menu, USER_OBJ_MENU);
    user_unlock();
    if (!handle) {
        free(menu);
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
    }
    return handle;
}

WINUSERAPI HMENU WINAPI CreateMenu(void) { return create_menu(FALSE); }
WINUSERAPI HMENU WINAPI CreatePopupMenu(void) { return create_menu(TRUE); }

static void free_item(struct menu_item *it, BOOL destroy_sub);

/* under the lock: destroys the menu and its submenus */
static BOOL destroy_menu(HMENU handle)
{
    struct user_menu *menu = menu_get(handle);
    HWND popup;

    if (!menu) return FALSE;
    user_obj_free(handle);
    popup = menu->popup_hwnd;
    for (UINT i = 0; i < menu->count; i++) free_item(&menu->items[i], TRUE);
    free(menu->items);
    free(menu);
    if (popup) PostMessageW(popup, WM_CLOSE, 0, 0);
    return TRUE;
}

static void free_item(struct menu_item *it, BOOL destroy_sub)
{
    free(it->text);
    it->text = NULL;
    if (destroy_sub && it->submenu) destroy_menu(it->submenu);
}

WINUSERAPI BOOL WINAPI DestroyMenu(HMENU handle)
{
    BOOL ret;

    user_lock();
    ret = destroy_menu(handle);
    user_unlock();
    if (!ret) SetLastError(ERROR_INVALID_MENU_HANDLE);
    return ret;
}

WINUSERAPI BOOL WINAPI IsMenu(HMENU handle)
{
    BOOL ret;

    user_lock();
    ret = menu_get(handle) != NULL;
    user_unlock();
    if (!ret) SetLastError(ERROR_INVALID_MENU_HANDLE);
    return ret;
}

/* ---- items from the old flags ---- */

/* Sets an item from MF_* flags, an id (a popup's HMENU) and the string,
 * bitmap or owner-draw data, under the lock. */
static BOOL set_item_flags(struct menu_item *it, UINT flags, UINT_PTR id, LPCWSTR str)
{
    WCHAR *text = NULL;

    if (flags & MF_POPUP) {
        struct user_menu *sub = menu_get((HMENU)id);
        if (!sub) {
            SetLastError(ERROR_INVALID_MENU_HANDLE);
            return FALSE;
        }
        sub->popup = TRUE;
    }
    if (!(flags & (MF_BITMAP | MF_OWNERDRAW | MF_SEPARATOR)) && str && !(text = user_strdup_w(str))) {
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
        return FALSE;
    }
    free(it->text);
    it->text = text;
    it->type = flags & TYPE_MASK;
    it->state = flags & STATE_MASK;
    if (flags & MF_SEPARATOR) it->state |= MFS_GRAYED;   /* never selectable; Wine reports it too */
    if (flags & MF_BITMAP) it->bitmap = (HBITMAP)str;
    else it->bitmap = NULL;
    if (flags & MF_OWNERDRAW) it->data = (ULONG_PTR)str;
    it->submenu = (flags & MF_POPUP) ? (HMENU)id : NULL;
    it->id = (UINT)id;
    return TRUE;
}

/* Makes room for an item before POS (by position, or before the item
 * with that command), under the lock. Past the end appends. */
static struct menu_item *insert_slot(struct user_menu **menu, UINT pos, UINT flags)
{
    struct menu_item *items;
    UINT at;

    if (flags & MF_BYPOSITION) {
        at = pos > (*menu)->count ? (*menu)->count : pos;
    } else if (pos == (UINT)-1) {
        at = (*menu)->count;
    } else if (!menu_find_item(menu, &at, pos, flags)) {
        SetLastError(ERROR_MENU_ITEM_NOT_FOUND);
        return NULL;
    }
    if (!(items = realloc((*menu)->items, ((*menu)->count + 1) * sizeof(*items)))) {
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
        return NULL;
    }
    (*menu)->items = items;
    memmove(&items[at + 1], &items[at], ((*menu)->count - at) * sizeof(*items));
    memset(&items[at], 0, sizeof(*items));
    (*menu)->count++;
    return &items[at];
}

static void remove_slot(struct user_menu *menu, UINT pos)
{
    memmove(&menu->items[pos], &menu->items[pos + 1], (menu->count - pos - 1) * sizeof(*menu->items));
    menu->count--;
    if (menu->hilite >= (INT)menu->count) menu->hilite = -1;
}

static BOOL insert_menu(HMENU handle, UINT pos, UINT flags, UINT_PTR id, LPCWSTR str)
{
    struct user_menu *menu;
    struct menu_item *it;
    UINT at;
    BOOL ret = FALSE;

    user_lock();
    if ((menu = get_checked(handle)) && (it = insert_slot(&menu, pos, flags))) {
        at = it - menu->items;
        if (!(ret = set_item_flags(it, flags, id, str))) remove_slot(menu, at);
    }
    user_unlock();
    return ret;
}

static WCHAR *item_str_atow(UINT flags, LPCSTR str)
{
    if (flags & (MF_BITMAP | MF_OWNERDRAW | MF_SEPARATOR) || !str) return (WCHAR *)str;
    return user_strdup_atow(str);
}

static void item_str_free(UINT flags, LPCSTR str, WCHAR *w)
{
    if (!(flags & (MF_BITMAP | MF_OWNERDRAW | MF_SEPARATOR)) && str) free(w);
}

WINUSERAPI BOOL WINAPI InsertMenuW(HMENU menu, UINT pos, UINT flags, UINT_PTR id, LPCWSTR str)
{
    return insert_menu(menu, pos, flags, id, str);
}

WINUSERAPI BOOL WINAPI InsertMenuA(HMENU menu, UINT pos, UINT flags, UINT_PTR id, LPCSTR str)
{
    WCHAR *w = item_str_atow(flags, str);
    BOOL ret = insert_menu(menu, pos, flags, id, w);
    item_str_free(flags, str, w);
    return ret;
}

WINUSERAPI BOOL WINAPI AppendMenuW(HMENU menu, UINT flags, UINT_PTR id, LPCWSTR str)
{
    return insert_menu(menu, (UINT)-1, flags | MF_BYPOSITION, id, str);
}

WINUSERAPI BOOL WINAPI AppendMenuA(HMENU menu, UINT flags, UINT_PTR id, LPCSTR str)
{
    return InsertMenuA(menu, (UINT)-1, flags | MF_BYPOSITION, id, str);
}

static BOOL modify_menu(HMENU handle, UINT pos, UINT flags, UINT_PTR id, LPCWSTR str)
{
    struct user_menu *menu;
    struct menu_item *it;
    BOOL ret = FALSE;

    user_lock();
    if ((it = find_checked(handle, pos, flags, &menu, NULL))) ret = set_item_flags(it, flags, id, str);
    user_unlock();
    return ret;
}

WINUSERAPI BOOL WINAPI ModifyMenuW(HMENU menu, UINT pos, UINT flags, UINT_PTR id, LPCWSTR str)
{
    return modify_menu(menu, pos, flags, id, str);
}

WINUSERAPI BOOL WINAPI ModifyMenuA(HMENU menu, UINT pos, UINT flags, UINT_PTR id, LPCSTR str)
{
    WCHAR *w = item_str_atow(flags, str);
    BOOL ret = modify_menu(menu, pos, flags, id, w);
    item_str_free(flags, str, w);
    return ret;
}

static BOOL remove_menu(HMENU handle, UINT pos, UINT flags, BOOL destroy)
{
    struct user_menu *menu;
    struct menu_item *it;
    UINT at;

    user_lock();
    if (!(it = find_checked(handle, pos, flags, &menu, &at))) {
        user_unlock();
        return FALSE;
    }
    free_item(it, destroy);
    remove_slot(menu, at);
    user_unlock();
    return TRUE;
}

WINUSERAPI BOOL WINAPI RemoveMenu(HMENU menu, UINT pos, UINT flags) { return remove_menu(menu, pos, flags, FALSE); }
WINUSERAPI BOOL WINAPI DeleteMenu(HMENU menu, UINT pos, UINT flags) { return remove_menu(menu, pos, flags, TRUE); }

/* ---- queries and states ---- */

WINUSERAPI INT WINAPI GetMenuItemCount(HMENU handle)
{
    struct user_menu *menu;
    INT ret = -1;

    user_lock();
    if ((menu = get_checked(handle))) ret = menu->count;
    user_unlock();
    return ret;
}

WINUSERAPI UINT WINAPI GetMenuItemID(HMENU handle, INT pos)
{
    struct user_menu *menu;
    struct menu_item *it;
    UINT ret = (UINT)-1;

    user_lock();
    if ((it = find_checked(handle, pos, MF_BYPOSITION, &menu, NULL)) && !it->submenu) ret = it->id;
    user_unlock();
    return ret;
}

WINUSERAPI HMENU WINAPI GetSubMenu(HMENU handle, INT pos)
{
    struct user_menu *menu;
    struct menu_item *it;
    HMENU ret = NULL;

    user_lock();
    if ((it = find_checked(handle, pos, MF_BYPOSITION, &menu, NULL))) ret = it->submenu;
    user_unlock();
    return ret;
}

WINUSERAPI UINT WINAPI GetMenuState(HMENU handle, UINT item, UINT flags)
{
    struct user_menu *menu, *sub;
    struct menu_item *it;
    UINT ret = (UINT)-1;

    user_lock();
    if ((it = find_checked(handle, item, flags, &menu, NULL))) {
        if (it->submenu && (sub = menu_get(it->submenu)))
            ret = (sub->count << 8) | ((it->type | it->state | MF_POPUP) & 0xff);
        else ret = it->type | it->state;
    }
    user_unlock();
    return ret;
}

/* EnableMenuItem and CheckMenuItem: returns the old bits in MASK, or -1 */
static UINT change_state(HMENU handle, UINT item, UINT flags, UINT mask, BOOL bar_redraw)
{
    struct user_menu *menu;
    struct menu_item *it;
    UINT ret = (UINT)-1;
    HWND owner = NULL;

    user_lock();
    if ((it = find_checked(handle, item, flags, &menu, NULL))) {
        ret = it->state & mask;
        it->state = (it->state & ~mask) | (flags & mask);
        owner = menu->owner;
    }
    user_unlock();
    if (owner && bar_redraw) DrawMenuBar(owner);
    return ret;
}

WINUSERAPI BOOL WINAPI EnableMenuItem(HMENU menu, UINT item, UINT flags)
{
    return change_state(menu, item, flags, MF_GRAYED | MF_DISABLED, TRUE);
}

WINUSERAPI DWORD WINAPI CheckMenuItem(HMENU menu, UINT item, UINT flags)
{
    return change_state(menu, item, flags, MF_CHECKED, FALSE);
}

WINUSERAPI BOOL WINAPI HiliteMenuItem(HWND hwnd, HMENU menu, UINT item, UINT flags)
{
    BOOL ret = change_state(menu, item, flags, MF_HILITE, FALSE) != (UINT)-1;
    if (ret && hwnd) DrawMenuBar(hwnd);
    return ret;
}

WINUSERAPI BOOL WINAPI CheckMenuRadioItem(HMENU handle, UINT first, UINT last, UINT check, UINT flags)
{
    struct user_menu *menu, *check_menu;
    struct menu_item *it;
    UINT from, to, at;
    BOOL ret = FALSE;

    user_lock();
    /* the range and the item are looked up in the same (sub)menu */
    if ((it = find_checked(handle, first, flags, &menu, &from)) && (check_menu = menu) &&
        (it = menu_find_item(&check_menu, &to, last, flags)) && check_menu == menu) {
        check_menu = menu;
        if ((it = menu_find_item(&check_menu, &at, check, flags)) && check_menu == menu && from <= to &&
            at >= from && at <= to) {
            for (UINT i = from; i <= to; i++) {
                if (i == at) {
                    menu->items[i].state |= MFS_CHECKED;
                    menu->items[i].type |= MFT_RADIOCHECK;
                } else menu->items[i].state &= ~MFS_CHECKED;
            }
            ret = TRUE;
        }
    }
    if (!ret) SetLastError(ERROR_MENU_ITEM_NOT_FOUND);
    user_unlock();
    return ret;
}

WINUSERAPI BOOL WINAPI SetMenuDefaultItem(HMENU handle, UINT item, UINT by_pos)
{
    struct user_menu *menu;
    UINT at;
    BOOL ret = FALSE;

    user_lock();
    if ((menu = get_checked(handle))) {
        for (UINT i = 0; i < menu->count; i++) menu->items[i].state &= ~MFS_DEFAULT;
        if (item == (UINT)-1) ret = TRUE;
        else if (by_pos) {
            if ((ret = item < menu->count)) menu->items[item].state |= MFS_DEFAULT;
        } else {
            /* by command: only this menu's own items, not its submenus' */
            for (at = 0; at < menu->count; at++)
                if (menu->items[at].id == item) {
                    menu->items[at].state |= MFS_DEFAULT;
                    ret = TRUE;
                    break;
                }
        }
    }
    user_unlock();
    return ret;
}

static UINT default_item(struct user_menu *menu, UINT by_pos, UINT flags, int depth)
{
    UINT i;
    struct user_menu *sub;

    for (i = 0; i < menu->count; i++) if (menu->items[i].state & MFS_DEFAULT) break;
    if (i == menu->count) return (UINT)-1;
    if (!(flags & GMDI_USEDISABLED) && (menu->items[i].state & MFS_GRAYED)) return (UINT)-1;
    if (menu->items[i].submenu && (flags & GMDI_GOINTOPOPUPS) && depth < 16 &&
        (sub = menu_get(menu->items[i].submenu))) {
        UINT ret = default_item(sub, by_pos, flags, depth + 1);
        if (ret != (UINT)-1) return ret;
    }
    return by_pos ? i : menu->items[i].id;
}

WINUSERAPI UINT WINAPI GetMenuDefaultItem(HMENU handle, UINT by_pos, UINT flags)
{
    struct user_menu *menu;
    UINT ret = (UINT)-1;

    user_lock();
    if ((menu = get_checked(handle))) ret = default_item(menu, by_pos, flags, 0);
    user_unlock();
    return ret;
}

/* ---- strings ---- */

WINUSERAPI INT WINAPI GetMenuStringW(HMENU handle, UINT item, LPWSTR buffer, INT max, UINT flags)
{
    struct user_menu *menu;
    struct menu_item *it;
    INT len = 0;

    if (buffer && max > 0) buffer[0] = 0;
    user_lock();
    if ((it = find_checked(handle, item, flags, &menu, NULL)) && it->text &&
        !(it->type & (MFT_BITMAP | MFT_OWNERDRAW | MFT_SEPARATOR))) {
        len = wcs_len(it->text);
        if (buffer && max > 0) {
            if (len > max - 1) len = max - 1;
            memcpy(buffer, it->text, len * sizeof(WCHAR));
            buffer[len] = 0;
        } else if (buffer) len = 0;
    }
    user_unlock();
    return len;
}

WINUSERAPI INT WINAPI GetMenuStringA(HMENU handle, UINT item, LPSTR buffer, INT max, UINT flags)
{
    INT len = GetMenuStringW(handle, item, NULL, 0, flags), n;
    WCHAR *w;

    if (buffer && max > 0) buffer[0] = 0;
    if (!len || !(w = malloc((len + 1) * sizeof(WCHAR)))) return 0;
    GetMenuStringW(handle, item, w, len + 1, flags);
    if (!buffer) n = WideCharToMultiByte(CP_ACP, 0, w, len, NULL, 0, NULL, NULL);
    else if (max <= 0) n = 0;
    else {
        n = WideCharToMultiByte(CP_ACP, 0, w, len, buffer, max - 1, NULL, NULL);
        if (!n) n = WideCharToMultiByte(CP_ACP, 0, w, len < max - 1 ? len : max - 1, buffer, max - 1, NULL, NULL);
        buffer[n] = 0;
    }
    free(w);
    return n;
}

/* ---- MENUITEMINFO ---- */

static BOOL check_mii_size(UINT size)
{
    if (size == sizeof(MENUITEMINFOW) || size == MII_OLD_SIZE) return TRUE;
    SetLastError(ERROR_INVALID_PARAMETER);
    return FALSE;
}

/* Reads an item into MII; TEXT (W) is filled by the caller from it->text.
 * Under the lock. */
static void get_item_info(const struct menu_item *it, MENUITEMINFOW *mii)
{
    if (mii->fMask & (MIIM_TYPE | MIIM_FTYPE)) mii->fType = it->type;
    if (mii->fMask & MIIM_TYPE && (it->type & MFT_BITMAP)) mii->dwTypeData = (LPWSTR)it->bitmap;
    if (mii->fMask & MIIM_STATE) mii->fState = it->state;
    if (mii->fMask & MIIM_ID) mii->wID = it->id;
    if (mii->fMask & MIIM_SUBMENU) mii->hSubMenu = it->submenu;
    if (mii->fMask & MIIM_CHECKMARKS) {
        mii->hbmpChecked = it->checked;
        mii->hbmpUnchecked = it->unchecked;
    }
    if (mii->fMask & MIIM_DATA) mii->dwItemData = it->data;
    if (mii->fMask & MIIM_BITMAP && mii->cbSize >= sizeof(MENUITEMINFOW)) mii->hbmpItem = it->bitmap;
}

static BOOL wants_text(const struct menu_item *it, UINT mask)
{
    return (mask & MIIM_STRING) || ((mask & MIIM_TYPE) && !(it->type & (MFT_BITMAP | MFT_SEPARATOR | MFT_OWNERDRAW)));
}

WINUSERAPI BOOL WINAPI GetMenuItemInfoW(HMENU handle, UINT item, BOOL by_pos, LPMENUITEMINFOW mii)
{
    struct user_menu *menu;
    struct menu_item *it;
    BOOL ret = FALSE;

    if (!mii || !check_mii_size(mii->cbSize)) return FALSE;
    user_lock();
    if ((it = find_checked(handle, item, by_pos ? MF_BYPOSITION : 0, &menu, NULL))) {
        get_item_info(it, mii);
        if (wants_text(it, mii->fMask)) {
            UINT len = it->text ? wcs_len(it->text) : 0;
            if (mii->dwTypeData && mii->cch) {
                UINT n = len < mii->cch - 1 ? len : mii->cch - 1;
                if (n) memcpy(mii->dwTypeData, it->text, n * sizeof(WCHAR));
                mii->dwTypeData[n] = 0;
                mii->cch = n;
            } else mii->cch = len;
        }
        ret = TRUE;
    }
    user_unlock();
    return ret;
}

WINUSERAPI BOOL WINAPI GetMenuItemInfoA(HMENU handle, UINT item, BOOL by_pos, LPMENUITEMINFOA mii)
{
    MENUITEMINFOW w;
    WCHAR *text = NULL;
    BOOL ret;
    UINT mask;

    if (!mii || !check_mii_size(mii->cbSize)) return FALSE;
    memcpy(&w, mii, mii->cbSize);
    mask = w.fMask;
    /* the text is fetched whole, then converted */
    w.fMask &= ~(MIIM_STRING | MIIM_TYPE);
    w.fMask |= mask & MIIM_TYPE ? MIIM_FTYPE : 0;
    if (!GetMenuItemInfoW(handle, item, by_pos, &w)) return FALSE;
    w.fMask = mask;
    memcpy(mii, &w, mii->cbSize);
    if (mask & (MIIM_STRING | MIIM_TYPE)) {
        MENUITEMINFOW t = { .cbSize = sizeof(t), .fMask = mask & (MIIM_STRING | MIIM_TYPE) };
        ret = GetMenuItemInfoW(handle, item, by_pos, &t);
        if ((mask & MIIM_TYPE) && (w.fType & (MFT_BITMAP | MFT_SEPARATOR | MFT_OWNERDRAW)) && !(mask & MIIM_STRING)) {
            if (w.fType & MFT_BITMAP) mii->dwTypeData = (LPSTR)t.dwTypeData;
            return ret;
        }
        t.cch++;
        if (!(text = malloc(t.cch * sizeof(WCHAR)))) return FALSE;
        t.dwTypeData = text;
        GetMenuItemInfoW(handle, item, by_pos, &t);
        INT need = WideCharToMultiByte(CP_ACP, 0, text, t.cch, NULL, 0, NULL, NULL);
        if (mii->dwTypeData && mii->cch) {
            INT n = WideCharToMultiByte(CP_ACP, 0, text, t.cch, mii->dwTypeData, mii->cch - 1, NULL, NULL);
            if (!n && t.cch) {   /* truncated: keep the characters that fit */
                INT chars = t.cch;
                while (chars > 0 && !(n = WideCharToMultiByte(CP_ACP, 0, text, chars, mii->dwTypeData, mii->cch - 1, NULL, NULL)))
                    chars--;
            }
            mii->dwTypeData[n] = 0;
            mii->cch = n;
        } else mii->cch = need;
        free(text);
    }
    return TRUE;
}

/* Applies MII to an item, under the lock. TEXT is the already converted
 * string for MIIM_STRING or a string MIIM_TYPE. */
static BOOL set_item_info(struct menu_item *it, const MENUITEMINFOW *mii, LPCWSTR text)
{
    if (mii->fMask & MIIM_SUBMENU && mii->hSubMenu) {
        struct user_menu *sub = menu_get(mii->hSubMenu);
        if (!sub) {
            SetLastError(ERROR_INVALID_PARAMETER);
            return FALSE;
        }
        sub->popup = TRUE;
    }
    if (mii->fMask & MIIM_TYPE) {
        it->type = mii->fType & TYPE_MASK;
        free(it->text);
        it->text = NULL;
        if (it->type & MFT_BITMAP) it->bitmap = (HBITMAP)mii->dwTypeData;
        else if (!(it->type & (MFT_SEPARATOR | MFT_OWNERDRAW)) && text) it->text = user_strdup_w(text);
    }
    if (mii->fMask & MIIM_FTYPE) it->type = (it->type & MFT_BITMAP && !(mii->fMask & MIIM_TYPE) ? MFT_BITMAP : 0) |
                                           (mii->fType & TYPE_MASK);
    if (mii->fMask & MIIM_STRING) {
        free(it->text);
        it->text = text ? user_strdup_w(text) : NULL;
    }
    if (mii->fMask & MIIM_STATE) it->state = mii->fState & STATE_MASK;
    if (mii->fMask & MIIM_ID) it->id = mii->wID;
    if (mii->fMask & MIIM_SUBMENU) it->submenu = mii->hSubMenu;
    if (mii->fMask & MIIM_CHECKMARKS) {
        it->checked = mii->hbmpChecked;
        it->unchecked = mii->hbmpUnchecked;
    }
    if (mii->fMask & MIIM_DATA) it->data = mii->dwItemData;
    if (mii->fMask & MIIM_BITMAP && mii->cbSize >= sizeof(MENUITEMINFOW)) it->bitmap = mii->hbmpItem;
    return TRUE;
}

static BOOL string_in_mii(const MENUITEMINFOW *mii)
{
    return (mii->fMask & MIIM_STRING) ||
           ((mii->fMask & MIIM_TYPE) && !(mii->fType & (MFT_BITMAP | MFT_SEPARATOR | MFT_OWNERDRAW)));
}

static BOOL menu_item_info(HMENU handle, UINT item, BOOL by_pos, const MENUITEMINFOW *mii, LPCWSTR text, BOOL insert)
{
    struct user_menu *menu;
    struct menu_item *it;
    BOOL ret = FALSE;

    if (!mii || !check_mii_size(mii->cbSize)) return FALSE;
    user_lock();
    if (insert) {
        if ((menu = get_checked(handle)) && (it = insert_slot(&menu, item, by_pos ? MF_BYPOSITION : 0))) {
            UINT at = it - menu->items;
            if (!(ret = set_item_info(it, mii, text))) remove_slot(menu, at);
        }
    } else if ((it = find_checked(handle, item, by_pos ? MF_BYPOSITION : 0, &menu, NULL)))
        ret = set_item_info(it, mii, text);
    user_unlock();
    return ret;
}

WINUSERAPI BOOL WINAPI SetMenuItemInfoW(HMENU menu, UINT item, BOOL by_pos, LPCMENUITEMINFOW mii)
{
    return menu_item_info(menu, item, by_pos, mii, mii && string_in_mii(mii) ? mii->dwTypeData : NULL, FALSE);
}

WINUSERAPI BOOL WINAPI InsertMenuItemW(HMENU menu, UINT item, BOOL by_pos, LPCMENUITEMINFOW mii)
{
    return menu_item_info(menu, item, by_pos, mii, mii && string_in_mii(mii) ? mii->dwTypeData : NULL, TRUE);
}

static BOOL menu_item_info_a(HMENU menu, UINT item, BOOL by_pos, LPCMENUITEMINFOA mii, BOOL insert)
{
    MENUITEMINFOW w;
    WCHAR *text = NULL;
    BOOL ret;

    if (!mii || !check_mii_size(mii->cbSize)) return FALSE;
    memcpy(&w, mii, mii->cbSize);
    if (string_in_mii(&w) && mii->dwTypeData) text = user_strdup_atow(mii->dwTypeData);
    ret = menu_item_info(menu, item, by_pos, &w, text, insert);
    free(text);
    return ret;
}

WINUSERAPI BOOL WINAPI SetMenuItemInfoA(HMENU menu, UINT item, BOOL by_pos, LPCMENUITEMINFOA mii)
{
    return menu_item_info_a(menu, item, by_pos, mii, FALSE);
}

WINUSERAPI BOOL WINAPI InsertMenuItemA(HMENU menu, UINT item, BOOL by_pos, LPCMENUITEMINFOA mii)
{
    return menu_item_info_a(menu, item, by_pos, mii, TRUE);
}

/* ---- the window's menu bar ---- */

WINUSERAPI HMENU WINAPI GetMenu(HWND hwnd)
{
    struct user_window *win;
    HMENU ret = NULL;

    user_lock();
    if ((win = window_get(hwnd)) && !(win->style & WS_CHILD)) ret = (HMENU)win->id;
    user_unlock();
    return ret;
}

void menu_attach(HMENU handle, HWND hwnd)
{
    struct user_menu *menu = menu_get(handle);
    if (menu) menu->owner = hwnd;
}

WINUSERAPI BOOL WINAPI SetMenu(HWND hwnd, HMENU handle)
{
    struct user_window *win;
    struct user_menu *menu = NULL, *old;

    user_lock();
    if (!(win = window_get(hwnd)) || (win->style & WS_CHILD)) {
        user_unlock();
        SetLastError(ERROR_INVALID_WINDOW_HANDLE);
        return FALSE;
    }
    if (handle && !(menu = get_checked(handle))) {
        user_unlock();
        return FALSE;
    }
    if ((old = menu_get((HMENU)win->id)) && old != menu) old->owner = NULL;
    win->id = (UINT_PTR)handle;
    if (menu) menu->owner = win->handle;
    hwnd = win->handle;
    user_unlock();
    /* the client area shrinks or grows by the bar */
    SetWindowPos(hwnd, 0, 0, 0, 0, 0, SWP_NOSIZE | SWP_NOMOVE | SWP_NOACTIVATE | SWP_NOZORDER | SWP_FRAMECHANGED);
    return TRUE;
}

WINUSERAPI BOOL WINAPI DrawMenuBar(HWND hwnd)
{
    if (!IsWindow(hwnd)) {
        SetLastError(ERROR_INVALID_WINDOW_HANDLE);
        return FALSE;
    }
    if (GetMenu(hwnd)) RedrawWindow(hwnd, NULL, NULL, RDW_FRAME | RDW_INVALIDATE | RDW_NOERASE | RDW_NOCHILDREN);
    return TRUE;
}

WINUSERAPI BOOL WINAPI GetMenuItemRect(HWND hwnd, HMENU handle, UINT pos, RECT *rect)
{
    struct user_menu *menu;
    struct user_window *win;
    RECT bar, window;
    BOOL ret = FALSE;

    if (!rect) return FALSE;
    memset(rect, 0, sizeof(*rect));
    if (hwnd && GetMenu(hwnd) == handle && menu_bar_rect(hwnd, &bar)) {
        user_lock();
        if ((menu = get_checked(handle)) && pos < menu->count) {
            menu_layout_bar(menu, hwnd, &bar);
            *rect = menu->items[pos].rect;
            ret = TRUE;
        }
        user_unlock();
        if (ret && GetWindowRect(hwnd, &window)) OffsetRect(rect, window.left, window.top);
        return ret;
    }
    user_lock();
    if ((menu = get_checked(handle)) && pos < menu->count) {
        POINT origin = { 0, 0 };
        menu_layout_popup(menu);
        *rect = menu->items[pos].rect;
        /* a popup on screen: its items are in its client coordinates */
        if (menu->popup_hwnd && (win = window_get(menu->popup_hwnd))) window_get_screen_offset(win, &origin);
        OffsetRect(rect, origin.x, origin.y);
        ret = TRUE;
    }
    user_unlock();
    return ret;
}

WINUSERAPI INT WINAPI MenuItemFromPoint(HWND hwnd, HMENU handle, POINT pt)
{
    struct user_menu *menu;
    RECT bar, window;
    INT ret = -1;

    if (hwnd && GetMenu(hwnd) == handle && menu_bar_rect(hwnd, &bar) && GetWindowRect(hwnd, &window)) {
        pt.x -= window.left;
        pt.y -= window.top;
        user_lock();
        if ((menu = get_checked(handle))) {
            menu_layout_bar(menu, hwnd, &bar);
            ret = menu_item_at(menu, pt);
        }
        user_unlock();
    }
    return ret;
}

/* ---- the system menu ---- */

static HMENU make_system_menu(void)
{
    HMENU menu = CreatePopupMenu();
    if (!menu) return NULL;
    AppendMenuW(menu, MF_STRING, SC_RESTORE, u"&Restore");
    AppendMenuW(menu, MF_STRING, SC_MOVE, u"&Move");
    AppendMenuW(menu, MF_STRING, SC_SIZE, u"&Size");
    AppendMenuW(menu, MF_STRING, SC_MINIMIZE, u"Mi&nimize");
    AppendMenuW(menu, MF_STRING, SC_MAXIMIZE, u"Ma&ximize");
    AppendMenuW(menu, MF_SEPARATOR, 0, NULL);
    AppendMenuW(menu, MF_STRING | MF_DEFAULT, SC_CLOSE, u"&Close\tAlt+F4");
    return menu;
}

/* The per-window copies, kept here rather than in the window object. */
struct sys_menu { struct sys_menu *next; HWND hwnd; HMENU menu; };
static struct sys_menu *sys_menus;   /* under the lock */

WINUSERAPI HMENU WINAPI GetSystemMenu(HWND hwnd, BOOL revert)
{
    struct sys_menu *s, **prev;
    struct user_menu *menu;
    HMENU made, ret = NULL;
    DWORD style;

    if (!IsWindow(hwnd)) {
        SetLastError(ERROR_INVALID_WINDOW_HANDLE);
        return NULL;
    }
    hwnd = window_full_handle(hwnd);
    style = GetWindowLongW(hwnd, GWL_STYLE);
    user_lock();
    for (prev = &sys_menus; (s = *prev); prev = &s->next) if (s->hwnd == hwnd) break;
    if (revert) {
        if (s) {
            *prev = s->next;
            destroy_menu(s->menu);
            free(s);
        }
        user_unlock();
        return NULL;
    }
    if (s) ret = s->menu;
    user_unlock();
    if (ret || !(style & WS_SYSMENU)) return ret;
    if (!(made = make_system_menu())) return NULL;
    /* which commands apply follows the styles */
    if (!(style & WS_THICKFRAME)) EnableMenuItem(made, SC_SIZE, MF_GRAYED);
    if (!(style & WS_MINIMIZEBOX)) EnableMenuItem(made, SC_MINIMIZE, MF_GRAYED);
    if (!(style & WS_MAXIMIZEBOX)) EnableMenuItem(made, SC_MAXIMIZE, MF_GRAYED);
    if (!(style & (WS_MINIMIZE | WS_MAXIMIZE))) EnableMenuItem(made, SC_RESTORE, MF_GRAYED);
    user_lock();
    if ((s = calloc(1, sizeof(*s)))) {
        s->hwnd = hwnd;
        s->menu = made;
        s->next = sys_menus;
        sys_menus = s;
        if ((menu = menu_get(made))) menu->system = TRUE;
        ret = made;
    } else destroy_menu(made);
    user_unlock();
    return ret;
}

void menu_window_freed(struct user_window *win)
{
    struct sys_menu *s, **prev;
    struct user_menu *menu;

    /* a destroyed window takes its menu bar and system menu with it */
    if (!(win->style & WS_CHILD) && win->id && (menu = menu_get((HMENU)win->id)) && menu->owner == win->handle)
        destroy_menu((HMENU)win->id);
    for (prev = &sys_menus; (s = *prev); prev = &s->next)
        if (s->hwnd == win->handle) {
            *prev = s->next;
            destroy_menu(s->menu);
            free(s);
            break;
        }
}

/* ---- MENU and MENUEX templates ---- */

/* A template reader that never reads past END (NULL: trust the caller,
 * as LoadMenuIndirect must). */
struct reader { const BYTE *p, *end; BOOL bad; };

static BOOL need(struct reader *r, size_t n)
{
    if (r->bad || (r->end && (size_t)(r->end - r->p) < n)) {
        r->bad = TRUE;
        return FALSE;
    }
    return TRUE;
}

static WORD read_word(struct reader *r)
{
    WORD v = 0;
    if (need(r, 2)) { memcpy(&v, r->p, 2); r->p += 2; }
    return v;
}

static DWORD read_dword(struct reader *r)
{
    DWORD v = 0;
    if (need(r, 4)) { memcpy(&v, r->p, 4); r->p += 4; }
    return v;
}

/* A zero-terminated UTF-16 string in place; NULL when it runs off the end. */
static const WCHAR *read_string(struct reader *r)
{
    const BYTE *start = r->p;
    while (need(r, 2)) {
        WCHAR c;
        memcpy(&c, r->p, 2);
        r->p += 2;
        if (!c) break;
    }
    if (r->bad) return NULL;
    WCHAR *copy = malloc(r->p - start);
    if (copy) memcpy(copy, start, r->p - start);
    return copy;
}

static BOOL parse_items(struct reader *r, HMENU menu, int depth)
{
    WORD flags;

    if (depth > 32) return FALSE;
    do {
        UINT_PTR id = 0;
        const WCHAR *text;
        HMENU sub = NULL;
        flags = read_word(r);
        if (!(flags & MF_POPUP)) id = read_word(r);
        if (!(text = read_string(r))) return FALSE;
        if (flags & MF_POPUP) {
            if (!(sub = CreatePopupMenu()) || !parse_items(r, sub, depth + 1)) {
                if (sub) DestroyMenu(sub);
                free((void *)text);
                return FALSE;
            }
            id = (UINT_PTR)sub;
        }
        /* an empty text with no flags is a separator */
        if (!(flags & MF_POPUP) && !id && !text[0] && !(flags & ~MF_END)) flags |= MF_SEPARATOR;
        AppendMenuW(menu, flags & ~MF_END, id, text);
        free((void *)text);
    } while (!(flags & MF_END) && !r->bad);
    return !r->bad;
}

static void align_dword(struct reader *r, const BYTE *base)
{
    size_t off = (r->p - base) & 3;
    if (off && need(r, 4 - off)) r->p += 4 - off;
}

static BOOL parse_items_ex(struct reader *r, const BYTE *base, HMENU menu, int depth)
{
    WORD res;

    if (depth > 32) return FALSE;
    do {
        MENUITEMINFOW mii = { .cbSize = sizeof(mii) };
        const WCHAR *text;
        mii.fType = read_dword(r);
        mii.fState = read_dword(r);
        mii.wID = read_dword(r);
        res = read_word(r);
        if (!(text = read_string(r))) return FALSE;
        align_dword(r, base);
        mii.fMask = MIIM_FTYPE | MIIM_STATE | MIIM_ID;
        if (text[0]) {
            mii.fMask |= MIIM_STRING;
            mii.dwTypeData = (LPWSTR)text;
        }
        if (res & 1) {
            read_dword(r);   /* the popup's help id */
            if (r->bad || !(mii.hSubMenu = CreatePopupMenu()) || !parse_items_ex(r, base, mii.hSubMenu, depth + 1)) {
                if (mii.hSubMenu) DestroyMenu(mii.hSubMenu);
                free((void *)text);
                return FALSE;
            }
            mii.fMask |= MIIM_SUBMENU;
        }
        if (!mii.dwTypeData && !mii.hSubMenu && !mii.wID) mii.fType |= MFT_SEPARATOR;
        InsertMenuItemW(menu, (UINT)-1, TRUE, &mii);
        free((void *)text);
    } while (!(res & MF_END) && !r->bad);
    return !r->bad;
}

static HMENU load_template(const void *template, const void *end)
{
    struct reader r = { template, end, FALSE };
    WORD version, offset;
    HMENU menu;

    if (!template) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return NULL;
    }
    version = read_word(&r);
    offset = read_word(&r);
    if (r.bad || version > 1) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return NULL;
    }
    /* the items start OFFSET bytes after the header's offset field */
    if (!need(&r, offset)) return NULL;
    r.p += offset;
    if (!(menu = CreateMenu())) return NULL;
    if (!(version ? parse_items_ex(&r, template, menu, 0) : parse_items(&r, menu, 0))) {
        DestroyMenu(menu);
        SetLastError(ERROR_INVALID_DATA);
        return NULL;
    }
    return menu;
}

WINUSERAPI HMENU WINAPI LoadMenuIndirectW(const void *template) { return load_template(template, NULL); }
WINUSERAPI HMENU WINAPI LoadMenuIndirectA(const void *template) { return load_template(template, NULL); }

WINUSERAPI HMENU WINAPI LoadMenuW(HINSTANCE instance, LPCWSTR name)
{
    HRSRC res = FindResourceW(instance, name, MAKEINTRESOURCEW(RT_MENU));
    const BYTE *data;

    if (!res || !(data = LockResource(LoadResource(instance, res)))) return NULL;
    return load_template(data, data + SizeofResource(instance, res));
}

WINUSERAPI HMENU WINAPI LoadMenuA(HINSTANCE instance, LPCSTR name)
{
    WCHAR *w;
    HMENU ret;

    if (IS_INTRESOURCE(name)) return LoadMenuW(instance, (LPCWSTR)name);
    w = user_strdup_atow(name);
    ret = LoadMenuW(instance, w);
    free(w);
    return ret;
}

/* ---- MENUINFO ---- */

WINUSERAPI HBRUSH WINAPI GetSysColorBrush(INT);

HBRUSH menu_background(HMENU handle)
{
    struct user_menu *menu;
    HBRUSH brush = NULL;

    user_lock();
    if ((menu = menu_get(handle))) brush = menu->background;
    user_unlock();
    return brush ? brush : GetSysColorBrush(COLOR_MENU);
}

/* Sets INFO's fields on MENU and, with MIM_APPLYTOSUBMENUS, its submenus
 * (DEPTH bounds a menu that contains itself); under the lock. */
static void set_menu_info(struct user_menu *menu, const MENUINFO *info, int depth)
{
    if (info->fMask & MIM_STYLE) menu->style = info->dwStyle;
    if (info->fMask & MIM_MAXHEIGHT) menu->max_height = info->cyMax;
    if (info->fMask & MIM_BACKGROUND) menu->background = info->hbrBack;
    if (info->fMask & MIM_HELPID) menu->help_id = info->dwContextHelpID;
    if (info->fMask & MIM_MENUDATA) menu->menu_data = info->dwMenuData;
    if (!(info->fMask & MIM_APPLYTOSUBMENUS) || depth >= 32) return;
    for (UINT i = 0; i < menu->count; i++) {
        struct user_menu *sub;
        if (menu->items[i].submenu && (sub = menu_get(menu->items[i].submenu)))
            set_menu_info(sub, info, depth + 1);
    }
}

WINUSERAPI BOOL WINAPI SetMenuInfo(HMENU handle, const MENUINFO *info)
{
    struct user_menu *menu;

    if (!info || info->cbSize != sizeof(*info)) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return FALSE;
    }
    user_lock();
    if (!(menu = menu_get(handle))) {
        user_unlock();
        SetLastError(ERROR_INVALID_MENU_HANDLE);
        return FALSE;
    }
    set_menu_info(menu, info, 0);
    user_unlock();
    return TRUE;
}

WINUSERAPI BOOL WINAPI GetMenuInfo(HMENU handle, MENUINFO *info)
{
    struct user_menu *menu;

    if (!info || info->cbSize != sizeof(*info)) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return FALSE;
    }
    user_lock();
    if (!(menu = menu_get(handle))) {
        user_unlock();
        SetLastError(ERROR_INVALID_MENU_HANDLE);
        return FALSE;
    }
    if (info->fMask & MIM_STYLE) info->dwStyle = menu->style;
    if (info->fMask & MIM_MAXHEIGHT) info->cyMax = menu->max_height;
    if (info->fMask & MIM_BACKGROUND) info->hbrBack = menu->background;
    if (info->fMask & MIM_HELPID) info->dwContextHelpID = menu->help_id;
    if (info->fMask & MIM_MENUDATA) info->dwMenuData = menu->menu_data;
    user_unlock();
    return TRUE;
}
