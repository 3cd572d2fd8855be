/*
 * Showing a window's surface on the X server. With MIT-SHM (a local
 * server that accepts our segment) the changed rectangle is copied into
 * a System V shared-memory segment of the window and drawn from there
 * with xcb_shm_put_image: the pixels do not travel through the socket.
 * Otherwise (no extension, a remote server, shmget refused) the rows go
 * out with xcb_put_image in requests under the server's size limit.
 *
 * Presenting happens on the window's thread (ReleaseDC) and on the event
 * thread (Expose); one lock keeps a segment from being rewritten while
 * the server may still read it, and every shared-memory draw waits for
 * the server before the lock is let go.
 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ipc.h>
#include <sys/shm.h>
#include <xcb/shm.h>
#include "x11_private.h"

struct x11_shm {
    xcb_shm_seg_t seg;
    void *addr;
    size_t size;
};

static xcb_gcontext_t gc;
static pthread_mutex_t present_lock = PTHREAD_MUTEX_INITIALIZER;
static BOOL shm_usable;   /* under present_lock after init; cleared when the server refuses */

void x11_present_init(void)
{
    const xcb_query_extension_reply_t *ext = xcb_get_extension_data(conn, &xcb_shm_id);
    gc = xcb_generate_id(conn);
    xcb_create_gc(conn, gc, screen->root, 0, NULL);
    shm_usable = ext && ext->present && !getenv("WINRUN_NO_SHM");
}

void x11_present_free(struct x11_shm **shm)
{
    pthread_mutex_lock(&present_lock);
    if (*shm) {
        xcb_shm_detach(conn, (*shm)->seg);
        shmdt((*shm)->addr);
        free(*shm);
        *shm = NULL;
    }
    pthread_mutex_unlock(&present_lock);
}

/* A segment of at least SIZE bytes attached on both sides, or NULL (and
 * shared memory is given up for the process when the server refuses). */
static struct x11_shm *get_segment(struct x11_shm **shm, size_t size)
{
    struct x11_shm *s = *shm;
    xcb_generic_error_t *error;
    int id;

    if (s && s->size >= size) return s;
    if (s) {
        xcb_shm_detach(conn, s->seg);
        shmdt(s->addr);
        free(s);
        *shm = NULL;
    }
    if (!(s = calloc(1, sizeof(*s)))) return NULL;
    if ((id = shmget(IPC_PRIVATE, size, IPC_CREAT | 0600)) < 0) {
        free(s);
        return NULL;
    }
    s->addr = shmat(id, NULL, 0);
    if (s->addr == (void *)-1) {
        shmctl(id, IPC_RMID, NULL);
        free(s);
        return NULL;
    }
    s->seg = xcb_generate_id(conn);
    error = xcb_request_check(conn, xcb_shm_attach_checked(conn, s->seg, id, 0));
    shmctl(id, IPC_RMID, NULL);   /* gone once both sides detach */
    if (error) {
        free(error);
        shmdt(s->addr);
        free(s);
        shm_usable = FALSE;   /* a remote server, or one that may not read our memory */
        return NULL;
    }
    s->size = size;
    *shm = s;
    return s;
}

static void put_rows(xcb_window_t xid, const void *bits, INT stride, const RECT *rect)
{
    uint32_t max = xcb_get_maximum_request_length(conn) * 4;
    int width = rect->right - rect->left, rows = (int)((max - 64) / ((uint32_t)width * 4));
    BYTE *tmp = NULL;

    if (rows < 1) rows = 1;
    if (width * 4 != stride && !(tmp = malloc((size_t)rows * width * 4))) return;
    for (int y = rect->top; y < rect->bottom; y += rows) {
        int n = rect->bottom - y < rows ? rect->bottom - y : rows;
        const BYTE *src = (const BYTE *)bits + (size_t)y * stride + (size_t)rect->left * 4;
        if (tmp) {
            for (int r = 0; r < n; r++) memcpy(tmp + (size_t)r * width * 4, src + (size_t)r * stride, (size_t)width * 4);
            src = tmp;
        }
        xcb_put_image(conn, XCB_IMAGE_FORMAT_Z_PIXMAP, xid, gc, width, n, rect->left, y, 0,
                      screen->root_depth, (uint32_t)n * width * 4, src);
    }
    free(tmp);
}

void x11_present_rect(xcb_window_t xid, struct x11_shm **shm, const void *bits, INT stride, const RECT *rect)
{
    int width = rect->right - rect->left;
    struct x11_shm *s;

    if (width <= 0 || rect->bottom <= rect->top || rect->left < 0 || rect->top < 0 || stride < rect->right * 4) return;
    pthread_mutex_lock(&present_lock);
    if (shm_usable && (s = get_segment(shm, (size_t)stride * rect->bottom))) {
        /* the segment has the surface's layout; only the rectangle is copied */
        for (int y = rect->top; y < rect->bottom; y++)
            memcpy((BYTE *)s->addr + (size_t)y * stride + (size_t)rect->left * 4,
                   (const BYTE *)bits + (size_t)y * stride + (size_t)rect->left * 4, (size_t)width * 4);
        xcb_shm_put_image(conn, xid, gc, stride / 4, rect->bottom, rect->left, rect->top, width,
                          rect->bottom - rect->top, rect->left, rect->top, screen->root_depth,
                          XCB_IMAGE_FORMAT_Z_PIXMAP, 0, s->seg, 0);
        /* the server has read the segment when it answers */
        free(xcb_get_input_focus_reply(conn, xcb_get_input_focus(conn), NULL));
    } else {
        put_rows(xid, bits, stride, rect);
        xcb_flush(conn);
    }
    pthread_mutex_unlock(&present_lock);
}
