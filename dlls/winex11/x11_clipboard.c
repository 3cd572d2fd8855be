/*
 * Clipboard text with the X CLIPBOARD selection (ICCCM). When the program
 * closes a changed clipboard with text in it, a hidden window of ours
 * owns CLIPBOARD and the event thread answers SelectionRequest for
 * TARGETS, UTF8_STRING and STRING (Latin-1) from a UTF-8 copy. When the
 * program opens the clipboard while another client owns CLIPBOARD, its
 * text is asked for as UTF8_STRING and waited for (a second at most
 * without progress); the event thread stores what SelectionNotify brings.
 * Text only.
 *
 * Large text goes in pieces with ICCCM's INCR protocol both ways: text
 * over INCR_CHUNK bytes is served as an INCR property (its size), then a
 * piece each time the requestor deletes the property, then an empty
 * piece; text offered as INCR is taken piece by piece as the owner
 * writes them (PropertyNotify), until the empty one.
 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "x11_private.h"

static xcb_window_t clip_win;
static xcb_atom_t atom_clipboard, atom_targets, atom_utf8_string, atom_property;
static pthread_mutex_t clip_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t clip_cond = PTHREAD_COND_INITIALIZER;
static char *owned_text;          /* what we serve while we own CLIPBOARD (under clip_lock) */
static BOOL owned;
static pthread_mutex_t import_lock = PTHREAD_MUTEX_INITIALIZER;   /* one import at a time */
static BOOL import_done;          /* SelectionNotify arrived (under clip_lock) */
static char *import_text;         /* its UTF-8, NULL for none (under clip_lock) */
/* an INCR import in progress (event thread; progress under clip_lock) */
static BOOL import_incr;
static char *incr_data;
static size_t incr_len;
static unsigned import_progress;  /* pieces received, so the wait goes on while they come */
static xcb_atom_t atom_incr;
/* INCR exports in progress (event thread only) */
#define INCR_CHUNK (128 * 1024)   /* under the smallest maximum request (256 KiB) */
struct incr_send {
    struct incr_send *next;
    xcb_window_t requestor;
    xcb_atom_t property, type;
    char *data;
    size_t len, offset;
};
static struct incr_send *sends;

static xcb_atom_t intern_atom(const char *name)
{
    xcb_intern_atom_reply_t *reply = xcb_intern_atom_reply(conn, xcb_intern_atom(conn, 0, strlen(name), name), NULL);
    xcb_atom_t atom = reply ? reply->atom : XCB_ATOM_NONE;
    free(reply);
    return atom;
}

void x11_clipboard_init(void)
{
    uint32_t mask = XCB_EVENT_MASK_PROPERTY_CHANGE;

    atom_clipboard = intern_atom("CLIPBOARD");
    atom_targets = intern_atom("TARGETS");
    atom_utf8_string = intern_atom("UTF8_STRING");
    atom_property = intern_atom("WINRUN_SELECTION");
    atom_incr = intern_atom("INCR");
    clip_win = xcb_generate_id(conn);
    xcb_create_window(conn, XCB_COPY_FROM_PARENT, clip_win, screen->root, -10, -10, 1, 1, 0,
                      XCB_WINDOW_CLASS_INPUT_ONLY, XCB_COPY_FROM_PARENT, XCB_CW_EVENT_MASK, &mask);
}

/* UTF-8 -> UTF-16; bad sequences become U+FFFD. */
WCHAR *utf16_from_utf8(const char *s, size_t len)
{
    WCHAR *out = malloc((len + 1) * sizeof(WCHAR));
    size_t n = 0;

    if (!out) return NULL;
    for (size_t i = 0; i < len;) {
        unsigned char c = s[i];
        uint32_t cp;
        int extra = c < 0x80 ? 0 : (c & 0xe0) == 0xc0 ? 1 : (c & 0xf0) == 0xe0 ? 2 : (c & 0xf8) == 0xf0 ? 3 : -1;
        if (extra < 0 || i + extra >= len + (extra ? 0 : 1)) {
            out[n++] = 0xfffd;
            i++;
            continue;
        }
        cp = extra ? c & (0x3f >> extra) : c;
        for (int k = 1; k <= extra; k++) {
            if (((unsigned char)s[i + k] & 0xc0) != 0x80) { extra = -1; break; }
            cp = cp << 6 | ((unsigned char)s[i + k] & 0x3f);
        }
        if (extra < 0 || cp > 0x10ffff || (cp >= 0xd800 && cp < 0xe000)) {
            out[n++] = 0xfffd;
            i++;
            continue;
        }
        i += extra + 1;
        if (cp >= 0x10000) {
            out[n++] = 0xd800 + ((cp - 0x10000) >> 10);
            out[n++] = 0xdc00 + ((cp - 0x10000) & 0x3ff);
        } else if (cp) out[n++] = cp;
    }
    out[n] = 0;
    return out;
}

void x11_clipboard_export(const WCHAR *text)
{
    char *utf8 = text ? utf8_from_utf16(text) : NULL;

    pthread_mutex_lock(&clip_lock);
    free(owned_text);
    owned_text = utf8;
    if (utf8) {
        xcb_set_selection_owner(conn, clip_win, atom_clipboard, XCB_CURRENT_TIME);
        owned = TRUE;
    } else if (owned) {
        xcb_set_selection_owner(conn, XCB_NONE, atom_clipboard, XCB_CURRENT_TIME);
        owned = FALSE;
    }
    pthread_mutex_unlock(&clip_lock);
    xcb_flush(conn);
}

BOOL x11_clipboard_import(WCHAR **text)
{
    xcb_get_selection_owner_reply_t *owner;
    struct timespec until;
    BOOL other, ret = FALSE;

    *text = NULL;
    owner = xcb_get_selection_owner_reply(conn, xcb_get_selection_owner(conn, atom_clipboard), NULL);
    other = owner && owner->owner != XCB_NONE && owner->owner != clip_win;
    free(owner);
    if (!other) return FALSE;
    pthread_mutex_lock(&import_lock);
    pthread_mutex_lock(&clip_lock);
    import_done = FALSE;
    free(import_text);
    import_text = NULL;
    xcb_delete_property(conn, clip_win, atom_property);
    xcb_convert_selection(conn, clip_win, atom_clipboard, atom_utf8_string, atom_property, XCB_CURRENT_TIME);
    xcb_flush(conn);
    clock_gettime(CLOCK_REALTIME, &until);
    until.tv_sec += 1;
    for (unsigned seen = import_progress; !import_done;) {
        if (!pthread_cond_timedwait(&clip_cond, &clip_lock, &until)) continue;
        if (seen == import_progress) break;   /* a second without a piece */
        seen = import_progress;
        clock_gettime(CLOCK_REALTIME, &until);
        until.tv_sec += 1;
    }
    if (import_done) {
        if (import_text) *text = utf16_from_utf8(import_text, strlen(import_text));
        ret = TRUE;
    }
    free(import_text);
    import_text = NULL;
    pthread_mutex_unlock(&clip_lock);
    pthread_mutex_unlock(&import_lock);
    return ret;   /* no answer in time: the program's own clipboard stands */
}

/* Starts an INCR transfer of DATA (LEN bytes, taken over) to the
 * requestor's PROPERTY: the pieces follow its deletions of it. */
static BOOL start_incr(xcb_window_t requestor, xcb_atom_t property, xcb_atom_t type, char *data, size_t len)
{
    struct incr_send *send = malloc(sizeof(*send));
    uint32_t mask = XCB_EVENT_MASK_PROPERTY_CHANGE, size = len;

    if (!send) {
        free(data);
        return FALSE;
    }
    *send = (struct incr_send){ sends, requestor, property, type, data, len, 0 };
    sends = send;
    xcb_change_window_attributes(conn, requestor, XCB_CW_EVENT_MASK, &mask);
    xcb_change_property(conn, XCB_PROP_MODE_REPLACE, requestor, property, atom_incr, 32, 1, &size);
    return TRUE;
}

/* The requestor deleted the property: the next piece, the empty one
 * after the last, and the transfer is over. */
static void incr_next(const xcb_property_notify_event_t *ev)
{
    struct incr_send **p, *send;
    size_t n;

    for (p = &sends; (send = *p); p = &send->next)
        if (send->requestor == ev->window && send->property == ev->atom) break;
    if (!send || ev->state != XCB_PROPERTY_DELETE) return;
    n = send->len - send->offset < INCR_CHUNK ? send->len - send->offset : INCR_CHUNK;
    xcb_change_property(conn, XCB_PROP_MODE_REPLACE, send->requestor, send->property, send->type, 8, n,
                        send->data + send->offset);
    send->offset += n;
    if (!n) {
        uint32_t none = 0;
        xcb_change_window_attributes(conn, send->requestor, XCB_CW_EVENT_MASK, &none);
        *p = send->next;
        free(send->data);
        free(send);
    }
    xcb_flush(conn);
}

/* SelectionRequest: the text as asked, into the requestor's property. */
static void answer_request(const xcb_selection_request_event_t *req)
{
    xcb_selection_notify_event_t note = { 0 };
    xcb_atom_t property = req->property != XCB_NONE ? req->property : req->target;   /* obsolete clients */
    uint32_t max = xcb_get_maximum_request_length(conn) * 4 - 64;
    char *incr = NULL;   /* a copy to send with INCR */
    size_t incr_size = 0;

    note.response_type = XCB_SELECTION_NOTIFY;
    note.time = req->time;
    note.requestor = req->requestor;
    note.selection = req->selection;
    note.target = req->target;
    note.property = XCB_NONE;
    pthread_mutex_lock(&clip_lock);
    if (owned_text && req->selection == atom_clipboard) {
        size_t len = strlen(owned_text);
        if (req->target == atom_targets) {
            xcb_atom_t targets[3] = { atom_targets, atom_utf8_string, XCB_ATOM_STRING };
            xcb_change_property(conn, XCB_PROP_MODE_REPLACE, req->requestor, property, XCB_ATOM_ATOM, 32, 3, targets);
            note.property = property;
        } else if (req->target == atom_utf8_string && len > INCR_CHUNK) {
            if ((incr = malloc(len))) memcpy(incr, owned_text, len);
            incr_size = len;
        } else if (req->target == atom_utf8_string && len <= max) {
            xcb_change_property(conn, XCB_PROP_MODE_REPLACE, req->requestor, property, atom_utf8_string, 8, len,
                                owned_text);
            note.property = property;
        } else if (req->target == XCB_ATOM_STRING) {
            /* Latin-1: what is outside it becomes '?' */
            WCHAR *wide = utf16_from_utf8(owned_text, len);
            char *latin = wide ? malloc(len + 1) : NULL;
            size_t n = 0;
            if (latin) {
                for (WCHAR *w = wide; *w; w++)
                    if (*w < 0xdc00 || *w >= 0xe000) latin[n++] = *w < 0x100 ? (char)*w : '?';
                if (n > INCR_CHUNK) {
                    incr = latin;
                    incr_size = n;
                    latin = NULL;
                } else {
                    xcb_change_property(conn, XCB_PROP_MODE_REPLACE, req->requestor, property, XCB_ATOM_STRING, 8, n,
                                        latin);
                    note.property = property;
                }
            }
            free(latin);
            free(wide);
        }
    }
    pthread_mutex_unlock(&clip_lock);
    if (incr && start_incr(req->requestor, property, req->target, incr, incr_size)) note.property = property;
    xcb_send_event(conn, 0, req->requestor, XCB_EVENT_MASK_NO_EVENT, (const char *)&note);
    xcb_flush(conn);
}

/* SelectionNotify: the text we asked for is in our property (or not). */
static void take_reply(const xcb_selection_notify_event_t *note)
{
    char *text = NULL;

    if (note->requestor != clip_win || note->selection != atom_clipboard) return;
    import_incr = FALSE;
    if (note->property != XCB_NONE) {
        xcb_get_property_reply_t *prop = xcb_get_property_reply(conn,
            xcb_get_property(conn, 1, clip_win, note->property, XCB_GET_PROPERTY_TYPE_ANY, 0, 0x1000000), NULL);
        if (prop && prop->type == atom_incr) {
            /* in pieces: deleting the property (done above) asks for the first */
            free(incr_data);
            incr_data = NULL;
            incr_len = 0;
            import_incr = TRUE;
            free(prop);
            xcb_flush(conn);
            return;
        }
        if (prop && prop->format == 8 && (prop->type == atom_utf8_string || prop->type == XCB_ATOM_STRING)) {
            int len = xcb_get_property_value_length(prop);
            if ((text = malloc(len + 1))) {
                memcpy(text, xcb_get_property_value(prop), len);
                text[len] = 0;
            }
        }
        free(prop);
    }
    pthread_mutex_lock(&clip_lock);
    free(import_text);
    import_text = text;
    import_done = TRUE;
    pthread_cond_broadcast(&clip_cond);
    pthread_mutex_unlock(&clip_lock);
}

/* A piece of an INCR import is in our property: taken (deleting it asks
 * for the next); the empty piece ends the text. */
static void incr_piece(const xcb_property_notify_event_t *ev)
{
    xcb_get_property_reply_t *prop;
    int len;

    if (!import_incr || ev->window != clip_win || ev->atom != atom_property || ev->state != XCB_PROPERTY_NEW_VALUE)
        return;
    prop = xcb_get_property_reply(conn, xcb_get_property(conn, 1, clip_win, atom_property, XCB_GET_PROPERTY_TYPE_ANY,
                                                          0, 0x1000000), NULL);
    xcb_flush(conn);
    len = prop ? xcb_get_property_value_length(prop) : 0;
    if (prop && len > 0) {
        char *grown = realloc(incr_data, incr_len + len + 1);
        if (grown) {
            memcpy(grown + incr_len, xcb_get_property_value(prop), len);
            incr_data = grown;
            incr_len += len;
            incr_data[incr_len] = 0;
        }
        free(prop);
        pthread_mutex_lock(&clip_lock);
        import_progress++;
        pthread_cond_broadcast(&clip_cond);
        pthread_mutex_unlock(&clip_lock);
        return;
    }
    free(prop);
    import_incr = FALSE;
    pthread_mutex_lock(&clip_lock);
    free(import_text);
    import_text = incr_data ? incr_data : strdup("");
    incr_data = NULL;
    incr_len = 0;
    import_done = TRUE;
    pthread_cond_broadcast(&clip_cond);
    pthread_mutex_unlock(&clip_lock);
}

void x11_clipboard_event(const xcb_generic_event_t *ev)
{
    switch (ev->response_type & 0x7f) {
    case XCB_SELECTION_REQUEST:
        answer_request((const xcb_selection_request_event_t *)ev);
        break;
    case XCB_SELECTION_NOTIFY:
        take_reply((const xcb_selection_notify_event_t *)ev);
        break;
    case XCB_PROPERTY_NOTIFY:
        incr_piece((const xcb_property_notify_event_t *)ev);
        incr_next((const xcb_property_notify_event_t *)ev);
        break;
    case XCB_SELECTION_CLEAR: {
        const xcb_selection_clear_event_t *e = (const xcb_selection_clear_event_t *)ev;
        if (e->owner != clip_win || e->selection != atom_clipboard) break;
        pthread_mutex_lock(&clip_lock);   /* another client's now: the next OpenClipboard imports */
        owned = FALSE;
        free(owned_text);
        owned_text = NULL;
        pthread_mutex_unlock(&clip_lock);
        break;
    }
    }
}
