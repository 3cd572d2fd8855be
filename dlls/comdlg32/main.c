/*
 * comdlg32: CommDlgExtendedError, GetFileTitle, and the ANSI faces of
 * GetOpenFileName/GetSaveFileName, which convert OPENFILENAMEA to UTF-16
 * and back around filedlg.c's dialog. The find/replace dialogs are in
 * finddlg.c, the printing ones in printdlg.c.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "comdlg32_private.h"
#include "winrun/unicode.h"
#include "winrun/display.h"

static __thread DWORD last_error;

void comdlg_set_error(DWORD error)
{
    last_error = error;
}

COMDLG32API DWORD WINAPI CommDlgExtendedError(void)
{
    return last_error;
}

/* The name after the last '\', '/' or ':'. A name with wildcards or
 * brackets, or ending in a separator, is no file name (-1); a buffer too
 * small for it gets nothing and the size needed (with the NUL) returns. */
COMDLG32API short WINAPI GetFileTitleW(LPCWSTR file, LPWSTR title, WORD size)
{
    size_t len, start = 0;
    if (!file || !(len = wcs_len(file))) return -1;
    for (size_t i = 0; i < len; i++) {
        if (file[i] == '*' || file[i] == '[' || file[i] == ']') return -1;
        if (file[i] == '\\' || file[i] == '/' || file[i] == ':') start = i + 1;
    }
    if (start == len) return -1;
    len = len - start + 1;
    if (!title || size < len) return (short)len;
    memcpy(title, file + start, len * sizeof(WCHAR));
    return 0;
}

COMDLG32API short WINAPI GetFileTitleA(LPCSTR file, LPSTR title, WORD size)
{
    WCHAR *wfile, wtitle[MAX_PATH];
    short ret;
    INT len;

    if (!file) return -1;
    if (!(len = MultiByteToWideChar(CP_ACP, 0, file, -1, NULL, 0))) return -1;
    if (!(wfile = malloc(len * sizeof(WCHAR)))) return -1;
    MultiByteToWideChar(CP_ACP, 0, file, -1, wfile, len);
    ret = GetFileTitleW(wfile, NULL, 0);
    if (ret > 0 && ret <= MAX_PATH) {
        GetFileTitleW(wfile, wtitle, MAX_PATH);
        /* the size that counts is the ANSI one */
        len = WideCharToMultiByte(CP_ACP, 0, wtitle, -1, NULL, 0, NULL, NULL);
        if (!title || size < len) ret = (short)len;
        else {
            WideCharToMultiByte(CP_ACP, 0, wtitle, -1, title, size, NULL, NULL);
            ret = 0;
        }
    }
    free(wfile);
    return ret;
}

/* ---- GetOpenFileName / GetSaveFileName ---- */

static BOOL size_ok(DWORD size)
{
    return size == sizeof(OPENFILENAMEW) || size == OPENFILENAME_SIZE_VERSION_400;
}

/* Without a display nobody can answer: the user "cancelled" (error 0). */
static BOOL no_display(BOOL save)
{
    if (user_has_display()) return FALSE;
    fprintf(stderr, "winrun: %s: no display\n", save ? "GetSaveFileName" : "GetOpenFileName");
    fflush(stderr);
    return TRUE;
}

/* WORD offsets of the name and the extension in PATH (chars or bytes) */
static void name_offsets(const void *path, BOOL unicode, WORD *name, WORD *ext)
{
    size_t len = unicode ? wcs_len(path) : strlen(path), n = 0, e = 0;
    for (size_t i = 0; i < len; i++) {
        unsigned c = unicode ? ((const WCHAR *)path)[i] : ((const unsigned char *)path)[i];
        if (c == '\\' || c == '/') { n = i + 1; e = 0; }
        else if (c == '.') e = i + 1;
    }
    *name = (WORD)n;
    *ext = (WORD)(e > n && e < len ? e : 0);
}

/* FILE (NUL-terminated, unicode or not) into the program's buffers */
static BOOL store_result(void *buf, DWORD max, void *title, DWORD title_max, const void *file, BOOL unicode,
                         WORD *name, WORD *ext)
{
    size_t unit = unicode ? sizeof(WCHAR) : 1;
    size_t len = unicode ? wcs_len(file) : strlen(file);
    if (len + 1 > max) {
        /* the size needed, in characters, in the buffer's first two bytes */
        if (buf && max * unit >= sizeof(WORD)) *(WORD *)buf = (WORD)(len + 1);
        comdlg_set_error(FNERR_BUFFERTOOSMALL);
        return FALSE;
    }
    memcpy(buf, file, (len + 1) * unit);
    name_offsets(file, unicode, name, ext);
    if (title && title_max) {
        size_t tlen = len - *name;
        if (tlen + 1 > title_max) tlen = title_max - 1;
        memcpy(title, (const char *)file + *name * unit, tlen * unit);
        memset((char *)title + tlen * unit, 0, unit);
    }
    return TRUE;
}

/* What both faces check before a dialog: the structure's SIZE (0: none),
 * a buffer for the result, and a display to show it on. */
static BOOL start_checks(DWORD size, BOOL has_file, BOOL save)
{
    comdlg_set_error(0);
    if (!size_ok(size)) {
        comdlg_set_error(CDERR_STRUCTSIZE);
        return FALSE;
    }
    if (!has_file) {
        comdlg_set_error(CDERR_INITIALIZATION);
        return FALSE;
    }
    return !no_display(save);
}

static BOOL get_file_name_w(OPENFILENAMEW *ofn, BOOL save)
{
    WCHAR *path;
    DWORD filter;
    BOOL ret;

    if (!start_checks(ofn ? ofn->lStructSize : 0, ofn && ofn->lpstrFile, save)) return FALSE;
    if (!file_dialog_run(ofn, save, ofn, &path, &filter)) return FALSE;
    ofn->nFilterIndex = filter;
    ret = store_result(ofn->lpstrFile, ofn->nMaxFile, ofn->lpstrFileTitle, ofn->nMaxFileTitle, path, TRUE,
                       &ofn->nFileOffset, &ofn->nFileExtension);
    free(path);
    return ret;
}

COMDLG32API BOOL WINAPI GetOpenFileNameW(OPENFILENAMEW *ofn)
{
    return get_file_name_w(ofn, FALSE);
}

COMDLG32API BOOL WINAPI GetSaveFileNameW(OPENFILENAMEW *ofn)
{
    return get_file_name_w(ofn, TRUE);
}

static WCHAR *to_w(const char *s, size_t len)
{
    WCHAR *w;
    if (!s) return NULL;
    INT n = MultiByteToWideChar(CP_ACP, 0, s, (INT)len, NULL, 0);
    if (!(w = calloc(n + 1, sizeof(WCHAR)))) return NULL;
    MultiByteToWideChar(CP_ACP, 0, s, (INT)len, w, n);
    return w;
}

/* a filter is pairs of strings ending with an empty one */
static size_t filter_len(const char *f)
{
    const char *p = f;
    while (*p) p += strlen(p) + 1;
    return p - f + 1;
}

static BOOL get_file_name_a(OPENFILENAMEA *ofn, BOOL save)
{
    OPENFILENAMEW w;
    WCHAR *path = NULL;
    char *apath;
    DWORD filter;
    BOOL ret = FALSE;
    INT len;

    if (!start_checks(ofn ? ofn->lStructSize : 0, ofn && ofn->lpstrFile, save)) return FALSE;
    memset(&w, 0, sizeof(w));
    w.lStructSize = sizeof(w);
    w.hwndOwner = ofn->hwndOwner;
    w.hInstance = ofn->hInstance;
    w.nFilterIndex = ofn->nFilterIndex;
    w.Flags = ofn->Flags;
    w.lCustData = ofn->lCustData;
    w.lpfnHook = ofn->lpfnHook;
    w.lpstrFilter = ofn->lpstrFilter ? to_w(ofn->lpstrFilter, filter_len(ofn->lpstrFilter)) : NULL;
    w.lpstrInitialDir = to_w(ofn->lpstrInitialDir, -1);
    w.lpstrTitle = to_w(ofn->lpstrTitle, -1);
    w.lpstrDefExt = to_w(ofn->lpstrDefExt, -1);
    w.lpstrFile = to_w(ofn->lpstrFile, strnlen(ofn->lpstrFile, ofn->nMaxFile));
    w.nMaxFile = w.lpstrFile ? (DWORD)wcs_len(w.lpstrFile) + 1 : 0;
    if (w.lpstrFile && file_dialog_run(&w, save, ofn, &path, &filter)) {
        ofn->nFilterIndex = filter;
        len = WideCharToMultiByte(CP_ACP, 0, path, -1, NULL, 0, NULL, NULL);
        if ((apath = malloc(len))) {
            WideCharToMultiByte(CP_ACP, 0, path, -1, apath, len, NULL, NULL);
            ret = store_result(ofn->lpstrFile, ofn->nMaxFile, ofn->lpstrFileTitle, ofn->nMaxFileTitle, apath,
                               FALSE, &ofn->nFileOffset, &ofn->nFileExtension);
            free(apath);
        } else comdlg_set_error(CDERR_MEMALLOCFAILURE);
    }
    free(path);
    free((void *)w.lpstrFilter);
    free((void *)w.lpstrInitialDir);
    free((void *)w.lpstrTitle);
    free((void *)w.lpstrDefExt);
    free(w.lpstrFile);
    return ret;
}

COMDLG32API BOOL WINAPI GetOpenFileNameA(OPENFILENAMEA *ofn)
{
    return get_file_name_a(ofn, FALSE);
}

COMDLG32API BOOL WINAPI GetSaveFileNameA(OPENFILENAMEA *ofn)
{
    return get_file_name_a(ofn, TRUE);
}
