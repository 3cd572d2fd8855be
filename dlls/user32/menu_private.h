/*
 * Menus inside user32: the menu objects (menu.c), their layout and drawing
 * (menudraw.c) and the modal tracking loop (menutrack.c), and the small
 * handle table menus and accelerator tables share (userobj.c).
 *
 * Everything here is guarded by the user lock (user_private.h).
 */
#ifndef WINRUN_USER_MENU_PRIVATE_H
#define WINRUN_USER_MENU_PRIVATE_H

#include "user_private.h"

/* user32 exports the menu code calls that winuser.h does not declare */
WINUSERAPI HWND WINAPI CreateWindowExW(DWORD, LPCWSTR, LPCWSTR, DWORD, INT, INT, INT, INT, HWND, HMENU, HINSTANCE, LPVOID);
WINUSERAPI ATOM WINAPI RegisterClassExW(const WNDCLASSEXW *);
WINUSERAPI HWND WINAPI GetCapture(void);
WINUSERAPI HWND WINAPI SetCapture(HWND);
#ifndef MAKEWPARAM
#define MAKEWPARAM(lo, hi) ((WPARAM)(DWORD)MAKELONG(lo, hi))
#define MAKELPARAM(lo, hi) ((LPARAM)(DWORD)MAKELONG(lo, hi))
#endif

/* ---- user object handles (userobj.c) ----
 * HMENU and HACCEL values look like Windows' user handles: a low word
 * 0x21 + 2 * slot (odd, so never an HWND's) and a generation high word. */
enum user_obj_type { USER_OBJ_MENU = 1, USER_OBJ_ACCEL = 2, USER_OBJ_ICON = 3, USER_OBJ_DWP = 4, USER_OBJ_HOOK = 5 };
HANDLE user_obj_alloc(void *obj, enum user_obj_type type);   /* under the lock; NULL when full */
void *user_obj_get(HANDLE handle, enum user_obj_type type);  /* under the lock; NULL if invalid */
void user_obj_free(HANDLE handle);                           /* under the lock */

/* ---- menus (menu.c) ---- */
struct menu_item {
    UINT type;          /* MFT_* */
    UINT state;         /* MFS_* */
    UINT id;
    HMENU submenu;      /* a popup item's menu */
    HBITMAP checked, unchecked, bitmap;
    ULONG_PTR data;
    WCHAR *text;        /* string items; may contain & and \t */
    RECT rect;          /* layout: bar items in window coordinates, popup items in the popup's */
};

struct user_menu {
    HMENU handle;
    BOOL popup;          /* made by CreatePopupMenu or used as a submenu */
    BOOL system;         /* a window's system menu */
    UINT count;
    struct menu_item *items;
    HWND owner;          /* the window whose menu bar this is, while it is one */
    HWND popup_hwnd;     /* the "#32768" window showing it while tracked */
    INT hilite;          /* the selected item while tracked, -1 */
    INT width, height;   /* layout */
    UINT default_id;     /* unused by the API (MFS_DEFAULT is per item) */
    /* MENUINFO (menu.c): kept; the background brush is drawn with */
    DWORD style, help_id;
    UINT max_height;
    HBRUSH background;   /* NULL: COLOR_MENU */
    ULONG_PTR menu_data;
};
HBRUSH menu_background(HMENU menu);   /* its MIM_BACKGROUND brush, else COLOR_MENU's */

struct user_menu *menu_get(HMENU menu);        /* under the lock */
/* finds an item by position or (recursively) by command; *menu becomes the
 * menu holding it and *pos its position. Under the lock. */
struct menu_item *menu_find_item(struct user_menu **menu, UINT *pos, UINT item, UINT flags);

/* ---- layout and drawing (menudraw.c) ---- */
void menu_layout_bar(struct user_menu *menu, HWND hwnd, const RECT *bar);   /* under the lock */
void menu_layout_popup(struct user_menu *menu);                             /* under the lock */
void menu_draw_bar(HWND hwnd, HDC hdc, const RECT *bar);                    /* bar in window coords */
void menu_draw_popup(HWND popup, HDC hdc, HMENU menu);
BOOL menu_bar_rect(HWND hwnd, RECT *bar);   /* the bar in window coordinates; FALSE without one */
ATOM menu_popup_class(void);
/* position of the item at a point in window (bar) or popup coordinates; -1 */
INT menu_item_at(struct user_menu *menu, POINT pt);   /* under the lock */

/* ---- tracking (menutrack.c) ---- */
void menu_track_bar(HWND hwnd, UINT command, LPARAM lp);   /* SC_MOUSEMENU, SC_KEYMENU */

#endif
