/*
 * BeginDeferWindowPos, DeferWindowPos, EndDeferWindowPos: a list of
 * window positions applied together. The HDWP is a user object handle
 * (userobj.c), so a stale or made-up one fails instead of crashing; the
 * positions are applied with SetWindowPos in the order they were given,
 * a later entry for the same window merging into the earlier one.
 */
#include <stdlib.h>
#include "menu_private.h"

struct dwp_entry {
    HWND hwnd, after;
    INT x, y, cx, cy;
    UINT flags;
};

struct dwp {
    INT count, capacity;
    struct dwp_entry *entries;
};

WINUSERAPI HDWP WINAPI BeginDeferWindowPos(INT count)
{
    struct dwp *dwp;
    HDWP handle;

    if (count < 0) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return NULL;
    }
    if (!(dwp = calloc(1, sizeof(*dwp)))) return NULL;
    dwp->capacity = count > 0 ? count : 8;
    if (!(dwp->entries = malloc(dwp->capacity * sizeof(*dwp->entries)))) {
        free(dwp);
        return NULL;
    }
    user_lock();
    handle = user_obj_alloc(dwp, USER_OBJ_DWP);
    user_unlock();
    if (!handle) {
        free(dwp->entries);
        free(dwp);
    }
    return handle;
}

WINUSERAPI HDWP WINAPI DeferWindowPos(HDWP handle, HWND hwnd, HWND after, INT x, INT y, INT cx, INT cy, UINT flags)
{
    struct dwp *dwp;
    struct dwp_entry *e = NULL;
    HDWP ret = handle;

    if (!IsWindow(hwnd)) {
        SetLastError(ERROR_INVALID_WINDOW_HANDLE);
        return NULL;
    }
    user_lock();
    if (!(dwp = user_obj_get(handle, USER_OBJ_DWP))) {
        user_unlock();
        SetLastError(ERROR_INVALID_HANDLE);
        return NULL;
    }
    for (INT i = 0; i < dwp->count; i++)
        if (dwp->entries[i].hwnd == hwnd) e = &dwp->entries[i];
    if (e) {
        /* what the new call changes replaces the earlier values */
        if (!(flags & SWP_NOZORDER)) e->after = after;
        if (!(flags & SWP_NOMOVE)) {
            e->x = x;
            e->y = y;
        }
        if (!(flags & SWP_NOSIZE)) {
            e->cx = cx;
            e->cy = cy;
        }
        e->flags = (e->flags & flags & (SWP_NOZORDER | SWP_NOMOVE | SWP_NOSIZE)) |
                   (flags & ~(SWP_NOZORDER | SWP_NOMOVE | SWP_NOSIZE));
    } else {
        if (dwp->count == dwp->capacity) {
            struct dwp_entry *p = realloc(dwp->entries, dwp->capacity * 2 * sizeof(*p));
            if (!p) {
                user_obj_free(handle);
                user_unlock();
                free(dwp->entries);
                free(dwp);
                return NULL;
            }
            dwp->entries = p;
            dwp->capacity *= 2;
        }
        e = &dwp->entries[dwp->count++];
        e->hwnd = hwnd;
        e->after = after;
        e->x = x;
        e->y = y;
        e->cx = cx;
        e->cy = cy;
        e->flags = flags;
    }
    user_unlock();
    return ret;
}

WINUSERAPI BOOL WINAPI EndDeferWindowPos(HDWP handle)
{
    struct dwp *dwp;
    BOOL ret = TRUE;

    user_lock();
    if ((dwp = user_obj_get(handle, USER_OBJ_DWP))) user_obj_free(handle);
    user_unlock();
    if (!dwp) {
        SetLastError(ERROR_INVALID_HANDLE);
        return FALSE;
    }
    /* outside the lock: SetWindowPos sends messages */
    for (INT i = 0; i < dwp->count; i++) {
        struct dwp_entry *e = &dwp->entries[i];
        if (!SetWindowPos(e->hwnd, e->after, e->x, e->y, e->cx, e->cy, e->flags)) ret = FALSE;
    }
    free(dwp->entries);
    free(dwp);
    return ret;
}
