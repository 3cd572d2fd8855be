/*
 * Window DCs: GetDC, GetDCEx, GetWindowDC, ReleaseDC, and the surface of
 * each top-level window they draw into.
 *
 * A top-level window owns one 32 bpp top-down surface the size of its
 * window rectangle; every DC of it or of its children is a gdi32 window
 * DC (include/winrun/gdi.h) viewing that surface at the window's client
 * (or, for DCX_WINDOW, window) origin, clipped to its visible region:
 * the DC's area within each ancestor's client area, minus the higher
 * siblings (WS_CLIPSIBLINGS) and the children (WS_CLIPCHILDREN), and the
 * region GetDCEx is given (in the DC's coordinates). ReleaseDC presents the
 * surface through the display driver.
 *
 * DCs come from a pool and get default attributes on every GetDC; a
 * CS_OWNDC or CS_CLASSDC window keeps one DC of its own with its
 * attributes (CS_CLASSDC is per window here, not shared by the class).
 * Limit: a child whose origin lies left of or above its top-level's
 * window rectangle is drawn as if it started at the edge.
 */
#include <stdlib.h>
#include <string.h>
#include "user_private.h"
#include "gdiload.h"

#define DCX_USESTYLE 0x00010000   /* internal, as in Wine: clip per the window's styles */

struct window_surface {
    BYTE *bits;
    int width, height, stride;
    int users;          /* DCs out on it: it is not reallocated meanwhile */
};

#define POOL_MAX 16
#define ACTIVE_MAX 128
static HDC pool[POOL_MAX];
static int pool_count;
static struct { HDC hdc; HWND top; struct window_surface *surface; BOOL own; } active[ACTIVE_MAX];

static struct user_window *top_level(struct user_window *win)
{
    while (win->parent && win->parent->parent) win = win->parent;
    return win;
}

/* The surface of TOP at its current size, under the lock. */
static struct window_surface *get_surface(struct user_window *top)
{
    struct window_surface *s = top->surface;
    int width = top->window_rect.right - top->window_rect.left;
    int height = top->window_rect.bottom - top->window_rect.top;

    if (width < 1) width = 1;
    if (height < 1) height = 1;
    if (!s) {
        if (!(s = calloc(1, sizeof(*s)))) return NULL;
        top->surface = s;
    }
    if ((s->width != width || s->height != height) && !s->users) {
        BYTE *bits = calloc((size_t)height, (size_t)width * 4);
        if (!bits) return s->bits ? s : NULL;
        /* white until painted, the keep what was drawn where it still fits */
        memset(bits, 0xff, (size_t)height * width * 4);
        for (int y = 0; s->bits && y < height && y < s->height; y++)
            memcpy(bits + (size_t)y * width * 4, s->bits + (size_t)y * s->stride,
                   (size_t)(width < s->width ? width : s->width) * 4);
        free(s->bits);
        s->bits = bits;
        s->width = width;
        s->height = height;
        s->stride = width * 4;
    }
    return s->bits ? s : NULL;
}

void dce_window_freed(struct user_window *win)
{
    const struct user_gdi *g;

    if (win->own_dc && (g = user_gdi())) g->delete_object(win->own_dc);
    win->own_dc = NULL;
    if (win->surface) {
        for (int i = 0; i < ACTIVE_MAX; i++)
            if (active[i].surface == win->surface) active[i].surface = NULL;
        free(win->surface->bits);
        free(win->surface);
        win->surface = NULL;
    }
}

static BOOL is_visible(struct user_window *win)
{
    for (; win && win->parent; win = win->parent)
        if (!(win->style & WS_VISIBLE)) return FALSE;
    return TRUE;
}

static void subtract_window(const struct user_gdi *g, HRGN vis, struct user_window *w, POINT parent_client, POINT org)
{
    HRGN r = g->create_rect_rgn(parent_client.x + w->window_rect.left - org.x, parent_client.y + w->window_rect.top - org.y,
                                parent_client.x + w->window_rect.right - org.x, parent_client.y + w->window_rect.bottom - org.y);
    if (!r) return;
    g->combine_rgn(vis, vis, r, RGN_DIFF);
    g->delete_object(r);
}

/* The visible region of a DC at screen origin ORG, WIDTH x HEIGHT, under the lock. */
static HRGN visible_region(const struct user_gdi *g, struct user_window *win, DWORD flags, POINT org, int width, int height)
{
    HRGN vis = g->create_rect_rgn(0, 0, width, height), r;
    POINT client, parent_client;

    if (!vis) return NULL;
    if (!is_visible(win)) {
        g->set_rect_rgn(vis, 0, 0, 0, 0);
        return vis;
    }
    /* within each ancestor's client area */
    for (struct user_window *a = win->parent; a && a->parent; a = a->parent) {
        window_get_screen_offset(a, &client);
        if ((r = g->create_rect_rgn(client.x - org.x, client.y - org.y,
                                    client.x + a->client_rect.right - a->client_rect.left - org.x,
                                    client.y + a->client_rect.bottom - a->client_rect.top - org.y))) {
            g->combine_rgn(vis, vis, r, RGN_AND);
            g->delete_object(r);
        }
    }
    /* within the window regions (SetWindowRgn) of the window and its ancestors */
    for (struct user_window *a = win; a && a->parent; a = a->parent) {
        if (!a->window_rgn) continue;
        window_get_screen_offset(a->parent, &client);
        if ((r = placement_region_copy(a, (POINT){ client.x + a->window_rect.left - org.x,
                                                   client.y + a->window_rect.top - org.y }))) {
            g->combine_rgn(vis, vis, r, RGN_AND);
            g->delete_object(r);
        }
    }
    if ((win->style & WS_CLIPSIBLINGS) && (win->style & WS_CHILD)) {
        window_get_screen_offset(win->parent, &parent_client);
        for (struct user_window *s = win->parent->first_child; s && s != win; s = s->next)
            if (s->style & WS_VISIBLE) subtract_window(g, vis, s, parent_client, org);
    }
    if ((flags & DCX_CLIPCHILDREN) || ((flags & DCX_USESTYLE) && (win->style & WS_CLIPCHILDREN))) {
        window_get_screen_offset(win, &client);
        for (struct user_window *c = win->first_child; c; c = c->next)
            if (c->style & WS_VISIBLE) subtract_window(g, vis, c, client, org);
    }
    return vis;
}

WINUSERAPI HDC WINAPI GetDCEx(HWND hwnd, HRGN rgn, DWORD flags)
{
    const struct user_gdi *g = user_gdi();
    struct user_window *win, *top;
    struct window_surface *surface;
    POINT org, top_org;
    int width, height, slot;
    HRGN vis = NULL;
    HDC hdc = NULL;
    BOOL own;
    BYTE *bits;

    if (!g) return NULL;
    if (!hwnd) hwnd = GetDesktopWindow();
    user_lock();
    if (!(win = window_get(hwnd))) {
        user_unlock();
        SetLastError(ERROR_INVALID_WINDOW_HANDLE);
        return NULL;
    }
    for (slot = 0; slot < ACTIVE_MAX && active[slot].hdc; slot++) {}
    if (slot == ACTIVE_MAX) {
        user_unlock();
        return NULL;
    }
    own = win->parent && (win->cls->style & (CS_OWNDC | CS_CLASSDC));   /* the desktop has no class */
    if (own && !win->own_dc) win->own_dc = g->window_dc_create();
    if (own) hdc = win->own_dc;
    else if (pool_count) hdc = pool[--pool_count];
    else hdc = g->window_dc_create();
    if (!hdc) {
        user_unlock();
        return NULL;
    }
    surface = NULL;
    bits = NULL;
    width = height = 0;
    top = NULL;
    if (win->parent) {   /* not the desktop: the desktop has no surface (a 1x1 DC) */
        top = top_level(win);
        surface = get_surface(top);
        if (flags & DCX_WINDOW) {
            window_get_screen_offset(win->parent, &org);
            org.x += win->window_rect.left;
            org.y += win->window_rect.top;
            width = win->window_rect.right - win->window_rect.left;
            height = win->window_rect.bottom - win->window_rect.top;
        } else {
            window_get_screen_offset(win, &org);
            width = win->client_rect.right - win->client_rect.left;
            height = win->client_rect.bottom - win->client_rect.top;
        }
        window_get_screen_offset(top->parent, &top_org);
        top_org.x += top->window_rect.left;
        top_org.y += top->window_rect.top;
        if (surface) {
            int ox = org.x - top_org.x, oy = org.y - top_org.y;
            if (ox < 0) ox = 0;
            if (oy < 0) oy = 0;
            if (ox < surface->width && oy < surface->height) {
                bits = surface->bits + (size_t)oy * surface->stride + (size_t)ox * 4;
                if (width > surface->width - ox) width = surface->width - ox;
                if (height > surface->height - oy) height = surface->height - oy;
            }
        }
        if (bits && (vis = visible_region(g, win, flags, org, width, height)) && rgn) {
            if (flags & DCX_INTERSECTRGN) g->combine_rgn(vis, vis, rgn, RGN_AND);
            else if (flags & DCX_EXCLUDERGN) g->combine_rgn(vis, vis, rgn, RGN_DIFF);
        }
    }
    if (!g->window_dc_set(hdc, bits, width, height, surface ? surface->stride : 0, vis, !own)) {
        if (!own) pool[pool_count++] = hdc;
        hdc = NULL;
    } else {
        active[slot].hdc = hdc;
        active[slot].top = top ? top->handle : NULL;
        active[slot].surface = bits ? surface : NULL;
        active[slot].own = own;
        if (bits) surface->users++;
    }
    user_unlock();
    if (vis) g->delete_object(vis);
    return hdc;
}

/* Is HDC one GetDC/GetDCEx gave out for a window (not the screen's)? */
BOOL dce_is_window_dc(HDC hdc)
{
    BOOL ret = FALSE;

    user_lock();
    for (int i = 0; i < ACTIVE_MAX && !ret; i++)
        if (active[i].hdc == hdc) ret = active[i].top != NULL;
    user_unlock();
    return ret;
}

WINUSERAPI HDC WINAPI GetDC(HWND hwnd)
{
    return GetDCEx(hwnd, NULL, hwnd ? DCX_USESTYLE : DCX_WINDOW);
}

WINUSERAPI HDC WINAPI GetWindowDC(HWND hwnd)
{
    return GetDCEx(hwnd, NULL, DCX_WINDOW | DCX_USESTYLE);
}

WINUSERAPI INT WINAPI ReleaseDC(HWND hwnd, HDC hdc)
{
    const struct user_gdi *g = user_gdi();
    HWND top = NULL;
    int i;

    (void)hwnd;   /* Windows finds the DC by itself too */
    if (!g || !hdc) return 0;
    user_lock();
    for (i = 0; i < ACTIVE_MAX; i++) if (active[i].hdc == hdc) break;
    if (i == ACTIVE_MAX) {
        user_unlock();
        return 0;
    }
    top = active[i].top;
    if (active[i].surface) active[i].surface->users--;
    if (!active[i].own) {
        g->window_dc_set(hdc, NULL, 0, 0, 0, NULL, FALSE);
        if (pool_count < POOL_MAX) pool[pool_count++] = hdc;
        else g->delete_object(hdc);
    }
    active[i].hdc = NULL;
    active[i].surface = NULL;
    user_unlock();
    if (top) dce_present(top);
    return 1;
}

/* Shows the top-level HWND's surface on the display. */
void dce_present(HWND hwnd)
{
    struct user_window *win;
    struct driver_window *drv;
    struct window_surface *s;
    RECT all;

    user_lock();
    if (!(win = window_get(hwnd)) || !(drv = win->driver) || !(s = win->surface) || !s->bits) {
        user_unlock();
        return;
    }
    all = (RECT){ 0, 0, s->width, s->height };
    s->users++;   /* kept while the driver copies */
    user_unlock();
    user_driver()->present(drv, s->bits, s->stride, &all);
    user_lock();
    s->users--;
    user_unlock();
}
