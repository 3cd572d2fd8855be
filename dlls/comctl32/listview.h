/* The list view's state, shared by listview.c (items, messages, input)
 * and listview_draw.c (geometry, scrolling, painting). */
#ifndef WINRUN_COMCTL32_LISTVIEW_H
#define WINRUN_COMCTL32_LISTVIEW_H

#include "comctl32_private.h"

struct lv_item {
    WCHAR *text;        /* NULL, or LPSTR_TEXTCALLBACKW as given */
    WCHAR **sub;        /* subitem texts by subitem index (1..nsub-1) */
    INT nsub;
    INT image, indent;
    UINT state;
    LPARAM lparam;
};

struct lv_column {
    WCHAR *text;
    INT fmt, cx, image, subitem;
};

struct listview {
    HWND hwnd, notify, header, edit;
    BOOL unicode;               /* the parent wants Unicode notifications */
    struct lv_item **items;     /* pointers, so sorting moves pointers */
    INT count;
    BYTE *ostate;               /* LVS_OWNERDATA: the items' selection/focus state */
    struct lv_column *cols;
    INT ncols;
    HIMAGELIST small, normal, state_list;
    COLORREF bk, text, textbk;
    DWORD exstyle;
    HFONT font;
    INT focus, mark;            /* the focused item and the shift-click anchor */
    INT top;                    /* first visible row (report, icon views) or column (list) */
    INT xoff;                   /* report view: horizontal scroll in pixels */
    INT list_cx;                /* list view: the column width */
    INT edit_item;
    BOOL has_focus, in_sort;
    WCHAR search[64];           /* incremental search: what was typed ... */
    INT nsearch;
    DWORD search_time;          /* ... and when the last key came */
};

static inline BOOL lv_is_text_ptr(const WCHAR *t)
{
    return t && t != LPSTR_TEXTCALLBACKW;
}

static inline UINT lv_view(struct listview *lv)
{
    return GetWindowLongW(lv->hwnd, GWL_STYLE) & LVS_TYPEMASK;
}

/* listview.c */
UINT lv_get_state(struct listview *lv, INT i);
/* the text of item I's subitem SUB (asking the parent for callback
 * texts) into BUF of LEN characters; returns BUF */
WCHAR *lv_get_text(struct listview *lv, INT i, INT sub, WCHAR *buf, INT len);
INT lv_get_image(struct listview *lv, INT i);
LPARAM lv_get_param(struct listview *lv, INT i);
LRESULT lv_notify(struct listview *lv, UINT code, NMHDR *hdr);

/* listview_edit.c: label editing */
HWND lv_edit_label(struct listview *lv, INT i);
void lv_end_edit(struct listview *lv, BOOL save);

/* listview_draw.c: geometry */
INT lv_item_height(struct listview *lv);
INT lv_header_height(struct listview *lv);
INT lv_total_width(struct listview *lv);        /* report: the sum of the column widths */
INT lv_column_left(struct listview *lv, INT col); /* report: from the view's origin */
INT lv_per_line(struct listview *lv);           /* items per row (icon views) or column (list) */
INT lv_rows_visible(struct listview *lv);       /* whole rows that fit (report, list) */
void lv_item_bounds(struct listview *lv, INT i, RECT *rc);
BOOL lv_item_rect(struct listview *lv, INT i, INT code, RECT *rc);
BOOL lv_subitem_rect(struct listview *lv, INT i, INT sub, INT code, RECT *rc);
INT lv_hittest(struct listview *lv, LVHITTESTINFO *ht, BOOL subitem);
INT lv_string_width(struct listview *lv, const WCHAR *text);
/* scrolling */
void lv_update_scroll(struct listview *lv);
void lv_scroll_to(struct listview *lv, INT top, INT xoff);
BOOL lv_ensure_visible(struct listview *lv, INT i, BOOL partial);
void lv_on_scroll(struct listview *lv, INT bar, WORD code);
void lv_layout_header(struct listview *lv);
INT lv_top_index(struct listview *lv);
INT lv_count_per_page(struct listview *lv);
/* painting */
void lv_paint(struct listview *lv, HDC hdc, const RECT *update);
void lv_invalidate_item(struct listview *lv, INT i);

#endif
