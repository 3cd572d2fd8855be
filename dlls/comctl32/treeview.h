/* The tree view's state, shared by treeview.c (items, messages) and
 * treeview_draw.c (painting). */
#ifndef WINRUN_COMCTL32_TREEVIEW_H
#define WINRUN_COMCTL32_TREEVIEW_H

#include "comctl32_private.h"

#define MIN_INDENT      19      /* comctl32's default and smallest indent */
#define MIN_HEIGHT      16
#define FOCUS_BORDER    3
#define TEXT_MARGIN     2       /* each side of a label, inside its rect */
#define SEARCH_DELAY    1000    /* ms between keys that still extend the search */
#define TEXT_MAX        1024    /* the buffer TVN_GETDISPINFO fills */
#define WM_NOTIFYFORMAT 0x0055
#define NF_QUERY        3
#define NFR_ANSI        1
#define NFR_UNICODE     2

struct tv_item {
    struct tv_item *parent, *first, *last, *prev, *next;
    UINT state;
    WCHAR *text;            /* NULL for LPSTR_TEXTCALLBACK */
    INT image, sel_image, children;
    LPARAM param;
    INT level;              /* 0 for the top level */
    INT row;                /* its visible row, -1 under a collapsed ancestor */
};

struct treeview {
    HWND hwnd, notify;
    struct tv_item root;
    struct tv_item **items;     /* the live items, to check handles */
    size_t count, capacity;
    struct tv_item **rows;      /* the visible items in order */
    INT nrows;
    BOOL rows_dirty;
    struct tv_item *caret, *drop, *clicked;
    INT top;                    /* the first row shown */
    HIMAGELIST normal, state_list;
    INT indent, height;
    BOOL custom_height, focused, notify_unicode;
    COLORREF bk, text, line;
    HFONT font;
    WCHAR search[64];
    INT search_len;
    DWORD search_time;
};

struct layout {
    INT lines, state, image, text, text_right;
};

DWORD tv_style(struct treeview *tv);
/* an image list's image size, 0 x 0 without a list */
void tv_image_size(HIMAGELIST himl, INT *cx, INT *cy);
HFONT tv_font(struct treeview *tv);
void tv_update_rows(struct treeview *tv);
/* the x offsets of an item's parts, from its level and the image lists */
void tv_item_layout(struct treeview *tv, struct tv_item *item, struct layout *lo);
/* the item's text, asking the parent for a callback one (malloc'd) */
WCHAR *tv_item_text(struct treeview *tv, struct tv_item *item);
INT tv_item_image(struct treeview *tv, struct tv_item *item, BOOL selected);
BOOL tv_has_children(struct treeview *tv, struct tv_item *item);
LRESULT tv_send_notify(struct treeview *tv, UINT code, NMHDR *hdr);
/* paints the visible rows with the NM_CUSTOMDRAW stages (treeview_draw.c) */
void treeview_paint(struct treeview *tv, HDC hdc);

#endif
