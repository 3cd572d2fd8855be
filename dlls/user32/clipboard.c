/*
 * The clipboard, in-process: OpenClipboard ... CloseClipboard with the
 * data handles (GlobalAlloc memory, as Windows wants) kept per format.
 * CF_TEXT, CF_OEMTEXT and CF_UNICODETEXT are synthesized from each other
 * when asked for. With a display driver loaded, text is shared with the
 * display (the X CLIPBOARD selection): CloseClipboard after a change
 * gives the driver the text, and OpenClipboard takes another client's
 * text in place of the store when that client owns the display's
 * clipboard. Without a display nothing leaves the process. The store is
 * process-wide (Windows' clipboard is one per session) and guarded by
 * the user lock.
 */
#include <stdlib.h>
#include <string.h>
#include "user_private.h"

WINBASEAPI HANDLE WINAPI GlobalAlloc(UINT, SIZE_T);
WINBASEAPI HANDLE WINAPI GlobalFree(HANDLE);
WINBASEAPI void *WINAPI GlobalLock(HANDLE);
WINBASEAPI BOOL WINAPI GlobalUnlock(HANDLE);
WINBASEAPI SIZE_T WINAPI GlobalSize(HANDLE);
#define GMEM_MOVEABLE 0x0002

#define MAX_FORMATS 64
#define ERROR_CLIPBOARD_NOT_OPEN 1418

static struct {
    HWND open_window;   /* valid while open_thread is set */
    DWORD open_thread;
    HWND owner;
    BOOL changed;   /* emptied or set since OpenClipboard: the display hears of it at close */
    UINT count;
    struct { UINT format; HANDLE data; BOOL synthesized; } formats[MAX_FORMATS];
} clip;

static int find_format(UINT format)
{
    for (UINT i = 0; i < clip.count; i++)
        if (clip.formats[i].format == format) return i;
    return -1;
}

static BOOL is_text(UINT format)
{
    return format == CF_TEXT || format == CF_OEMTEXT || format == CF_UNICODETEXT;
}

static int text_source(void)
{
    int i;
    if ((i = find_format(CF_UNICODETEXT)) >= 0 && clip.formats[i].data) return i;
    if ((i = find_format(CF_TEXT)) >= 0 && clip.formats[i].data) return i;
    if ((i = find_format(CF_OEMTEXT)) >= 0 && clip.formats[i].data) return i;
    return -1;
}

/* A new handle with the text of the clipboard's text format SRC in FORMAT. */
static HANDLE convert_text(int src, UINT format)
{
    UINT from = clip.formats[src].format;
    HANDLE h = clip.formats[src].data, out;
    SIZE_T size = GlobalSize(h);
    void *in = GlobalLock(h), *dst;
    WCHAR *wide;
    int n;

    if (!in) return NULL;
    if (from == CF_UNICODETEXT) {
        wide = malloc(size + sizeof(WCHAR));
        if (wide) { memcpy(wide, in, size); wide[size / sizeof(WCHAR)] = 0; }
    } else {
        char *a = malloc(size + 1);
        wide = NULL;
        if (a) {
            memcpy(a, in, size);
            a[size] = 0;
            n = MultiByteToWideChar(from == CF_OEMTEXT ? CP_OEMCP : CP_ACP, 0, a, -1, NULL, 0);
            if ((wide = malloc(n * sizeof(WCHAR)))) MultiByteToWideChar(from == CF_OEMTEXT ? CP_OEMCP : CP_ACP, 0, a, -1, wide, n);
            free(a);
        }
    }
    GlobalUnlock(h);
    if (!wide) return NULL;
    if (format == CF_UNICODETEXT) {
        n = (wcs_len(wide) + 1) * sizeof(WCHAR);
        if ((out = GlobalAlloc(GMEM_MOVEABLE, n)) && (dst = GlobalLock(out))) { memcpy(dst, wide, n); GlobalUnlock(out); }
    } else {
        UINT cp = format == CF_OEMTEXT ? CP_OEMCP : CP_ACP;
        n = WideCharToMultiByte(cp, 0, wide, -1, NULL, 0, NULL, NULL);
        if ((out = GlobalAlloc(GMEM_MOVEABLE, n)) && (dst = GlobalLock(out))) {
            WideCharToMultiByte(cp, 0, wide, -1, dst, n, NULL, NULL);
            GlobalUnlock(out);
        }
    }
    free(wide);
    return out;
}

static BOOL is_open_by_caller(void)
{
    return clip.open_thread && clip.open_thread == GetCurrentThreadId();
}

static void free_all(void)
{
    for (UINT i = 0; i < clip.count; i++)
        if (clip.formats[i].data) GlobalFree(clip.formats[i].data);
    clip.count = 0;
}

/* Another display client's text replaces the store (called by the
 * thread that just opened the clipboard). */
static void import_from_display(void)
{
    const struct user_driver *driver = user_driver_if_loaded();
    WCHAR *text = NULL, *p;
    HANDLE h = NULL;

    if (!driver || !driver->clipboard_import || !driver->clipboard_import(&text)) return;
    if (text) {
        SIZE_T n = (wcs_len(text) + 1) * sizeof(WCHAR);
        if ((h = GlobalAlloc(GMEM_MOVEABLE, n)) && (p = GlobalLock(h))) {
            memcpy(p, text, n);
            GlobalUnlock(h);
        }
        free(text);
    }
    user_lock();
    free_all();
    clip.owner = NULL;
    if (h) {
        clip.formats[0].format = CF_UNICODETEXT;
        clip.formats[0].data = h;
        clip.formats[0].synthesized = FALSE;
        clip.count = 1;
    }
    user_unlock();
}

/* The store's text as a malloc'd string, or NULL; under the lock. */
static WCHAR *store_text(void)
{
    int src = text_source();
    HANDLE h;
    WCHAR *p, *ret = NULL;

    if (src < 0) return NULL;
    h = clip.formats[src].format == CF_UNICODETEXT ? clip.formats[src].data : convert_text(src, CF_UNICODETEXT);
    if (h && (p = GlobalLock(h))) {
        SIZE_T n = GlobalSize(h) / sizeof(WCHAR);
        if ((ret = malloc((n + 1) * sizeof(WCHAR)))) {
            memcpy(ret, p, n * sizeof(WCHAR));
            ret[n] = 0;
        }
        GlobalUnlock(h);
    }
    if (h && h != clip.formats[src].data) GlobalFree(h);
    return ret;
}

WINUSERAPI BOOL WINAPI OpenClipboard(HWND hwnd)
{
    BOOL ret, first = FALSE;
    user_lock();
    /* the thread that has it open may open it again (Windows allows that) */
    if ((ret = !clip.open_thread || clip.open_thread == GetCurrentThreadId())) {
        first = !clip.open_thread;
        clip.open_thread = GetCurrentThreadId();
        clip.open_window = hwnd;
        if (first) clip.changed = FALSE;
    }
    user_unlock();
    if (!ret) SetLastError(ERROR_ACCESS_DENIED);
    else if (first) import_from_display();
    return ret;
}

WINUSERAPI BOOL WINAPI CloseClipboard(void)
{
    const struct user_driver *driver = user_driver_if_loaded();
    BOOL ret, export = FALSE;
    WCHAR *text = NULL;

    user_lock();
    if ((ret = is_open_by_caller())) {
        if ((export = clip.changed && driver && driver->clipboard_export)) text = store_text();
        clip.changed = FALSE;
        clip.open_thread = 0;
        clip.open_window = NULL;
    }
    user_unlock();
    if (export) driver->clipboard_export(text);
    free(text);
    if (!ret) SetLastError(ERROR_CLIPBOARD_NOT_OPEN);
    return ret;
}

WINUSERAPI BOOL WINAPI EmptyClipboard(void)
{
    BOOL ret;
    user_lock();
    if ((ret = is_open_by_caller())) {
        free_all();
        clip.owner = clip.open_window;
        clip.changed = TRUE;
    }
    user_unlock();
    if (!ret) SetLastError(ERROR_CLIPBOARD_NOT_OPEN);
    return ret;
}

WINUSERAPI HANDLE WINAPI SetClipboardData(UINT format, HANDLE data)
{
    int i;
    HANDLE ret = NULL;

    if (!format) { SetLastError(ERROR_INVALID_PARAMETER); return NULL; }
    user_lock();
    if (!is_open_by_caller()) {
        user_unlock();
        SetLastError(ERROR_CLIPBOARD_NOT_OPEN);
        return NULL;
    }
    /* text given in one form replaces the forms synthesized from older text */
    if (is_text(format))
        for (i = clip.count - 1; i >= 0; i--)
            if (is_text(clip.formats[i].format) && clip.formats[i].synthesized) {
                if (clip.formats[i].data) GlobalFree(clip.formats[i].data);
                clip.formats[i] = clip.formats[--clip.count];
            }
    if ((i = find_format(format)) < 0 && clip.count < MAX_FORMATS) i = clip.count++;
    if (i >= 0) {
        if (clip.formats[i].data && clip.formats[i].data != data) GlobalFree(clip.formats[i].data);
        clip.formats[i].format = format;
        clip.formats[i].data = data;
        clip.formats[i].synthesized = FALSE;
        clip.changed = TRUE;
        ret = data;   /* NULL (delayed rendering) is kept as an empty format */
    }
    user_unlock();
    if (!ret && data) SetLastError(ERROR_NOT_ENOUGH_MEMORY);
    return ret;
}

WINUSERAPI HANDLE WINAPI GetClipboardData(UINT format)
{
    HANDLE ret = NULL;
    int i, src;

    user_lock();
    if (!is_open_by_caller()) {
        user_unlock();
        SetLastError(ERROR_CLIPBOARD_NOT_OPEN);
        return NULL;
    }
    if ((i = find_format(format)) >= 0) ret = clip.formats[i].data;
    else if (is_text(format) && (src = text_source()) >= 0 && clip.count < MAX_FORMATS) {
        /* kept until the clipboard is emptied, as Windows keeps its synthesized data */
        if ((ret = convert_text(src, format))) {
            i = clip.count++;
            clip.formats[i].format = format;
            clip.formats[i].data = ret;
            clip.formats[i].synthesized = TRUE;
        }
    }
    user_unlock();
    return ret;
}

WINUSERAPI BOOL WINAPI IsClipboardFormatAvailable(UINT format)
{
    BOOL ret;
    user_lock();
    ret = find_format(format) >= 0 || (is_text(format) && text_source() >= 0);
    user_unlock();
    return ret;
}

/* the formats present plus the text forms that would be synthesized */
static UINT list_formats(UINT *out)
{
    UINT n = 0;
    static const UINT text[] = { CF_UNICODETEXT, CF_TEXT, CF_OEMTEXT };
    for (UINT i = 0; i < clip.count; i++) out[n++] = clip.formats[i].format;
    if (text_source() >= 0)
        for (UINT t = 0; t < 3; t++)
            if (find_format(text[t]) < 0) out[n++] = text[t];
    return n;
}

WINUSERAPI INT WINAPI CountClipboardFormats(void)
{
    UINT list[MAX_FORMATS + 3], n;
    user_lock();
    n = list_formats(list);
    user_unlock();
    return n;
}

WINUSERAPI UINT WINAPI EnumClipboardFormats(UINT format)
{
    UINT list[MAX_FORMATS + 3], n, ret = 0;
    user_lock();
    if (!is_open_by_caller()) {
        user_unlock();
        SetLastError(ERROR_CLIPBOARD_NOT_OPEN);
        return 0;
    }
    n = list_formats(list);
    if (!format) ret = n ? list[0] : 0;
    else
        for (UINT i = 0; i + 1 < n; i++)
            if (list[i] == format) { ret = list[i + 1]; break; }
    user_unlock();
    SetLastError(ERROR_SUCCESS);
    return ret;
}

WINUSERAPI HWND WINAPI GetClipboardOwner(void)
{
    HWND ret;
    user_lock();
    ret = clip.owner;
    user_unlock();
    return ret;
}

WINUSERAPI HWND WINAPI GetOpenClipboardWindow(void)
{
    HWND ret;
    user_lock();
    ret = clip.open_thread ? clip.open_window : NULL;
    user_unlock();
    return ret;
}

/* ---- text helpers for the controls (edit.c) ---- */

BOOL clipboard_set_text(HWND owner, const WCHAR *text, INT len)
{
    HANDLE h;
    WCHAR *p;

    if (!OpenClipboard(owner)) return FALSE;
    EmptyClipboard();
    if ((h = GlobalAlloc(GMEM_MOVEABLE, (len + 1) * sizeof(WCHAR))) && (p = GlobalLock(h))) {
        memcpy(p, text, len * sizeof(WCHAR));
        p[len] = 0;
        GlobalUnlock(h);
        if (!SetClipboardData(CF_UNICODETEXT, h)) GlobalFree(h);
    }
    CloseClipboard();
    return TRUE;
}

WCHAR *clipboard_get_text(HWND hwnd)
{
    HANDLE h;
    WCHAR *ret = NULL, *p;

    if (!OpenClipboard(hwnd)) return NULL;
    if ((h = GetClipboardData(CF_UNICODETEXT)) && (p = GlobalLock(h))) {
        SIZE_T n = GlobalSize(h) / sizeof(WCHAR);
        if ((ret = malloc((n + 1) * sizeof(WCHAR)))) {
            memcpy(ret, p, n * sizeof(WCHAR));
            ret[n] = 0;
        }
        GlobalUnlock(h);
    }
    CloseClipboard();
    return ret;
}

/* Registered formats are atoms of the table RegisterWindowMessage uses,
 * so one name gives the same number from both, as on Windows. */
WINUSERAPI UINT WINAPI RegisterClipboardFormatW(LPCWSTR name)
{
    return RegisterWindowMessageW(name);
}

WINUSERAPI UINT WINAPI RegisterClipboardFormatA(LPCSTR name)
{
    return RegisterWindowMessageA(name);
}

/* The name of a registered format, cut to MAX - 1 characters; 0 for the
 * predefined formats, which have none. */
WINUSERAPI INT WINAPI GetClipboardFormatNameW(UINT format, LPWSTR buffer, INT max)
{
    const WCHAR *name;
    INT len = 0;

    if (!buffer || max <= 0) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return 0;
    }
    user_lock();
    if (format >= 0xC000 && format <= 0xFFFF && (name = user_atom_name((ATOM)format))) {
        len = (INT)wcs_len(name);
        if (len > max - 1) len = max - 1;
        memcpy(buffer, name, len * sizeof(WCHAR));
        buffer[len] = 0;
    }
    user_unlock();
    if (!len) SetLastError(ERROR_INVALID_PARAMETER);
    return len;
}

WINUSERAPI INT WINAPI GetClipboardFormatNameA(UINT format, LPSTR buffer, INT max)
{
    WCHAR name[256];
    INT n;

    if (!buffer || max <= 0) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return 0;
    }
    if (!GetClipboardFormatNameW(format, name, 256)) return 0;
    if (!(n = WideCharToMultiByte(CP_ACP, 0, name, -1, buffer, max, NULL, NULL))) {
        buffer[max - 1] = 0;   /* cut */
        return (INT)strlen(buffer);
    }
    return n - 1;
}
