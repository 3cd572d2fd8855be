/*
 * The open and save dialog, built in memory and run by user32's dialog
 * code: the current directory on top, a list of its entries (folders
 * first as "[name]", "[..]" to go up, then the files the filter lets
 * through), the file name edit, the filter (a ComboBox when user32 has
 * that class, else a static showing the filter in use), OK and Cancel.
 *
 * OK takes the typed name: a folder is entered, a pattern with '*' or
 * '?' becomes the filter, anything else is checked (OFN_PATHMUSTEXIST,
 * OFN_FILEMUSTEXIST, OFN_OVERWRITEPROMPT, OFN_CREATEPROMPT with a
 * MessageBox) and returned as a full path, lpstrDefExt added when the
 * name has no extension. A double click on a folder enters it, on a file
 * chooses it. OFN_ALLOWMULTISELECT returns one file (the single-file
 * form of the result). Old-style hooks (OFN_ENABLEHOOK without
 * OFN_EXPLORER) see every message first; Explorer-style hooks and
 * custom templates are ignored.
 */
#include <stdlib.h>
#include <string.h>
#include "comdlg32_private.h"
#include "winrun/unicode.h"

#define MAX_FILTERS 32

struct filter { const WCHAR *name, *spec; };

struct dialog {
    const OPENFILENAMEW *ofn;
    BOOL save;
    void *hook_ofn;
    WCHAR dir[MAX_PATH];
    struct filter filters[MAX_FILTERS + 1];   /* + a typed pattern */
    INT nfilters, filter;                     /* filter: 0-based, in use */
    WCHAR typed[MAX_PATH];                    /* a pattern typed in the edit */
    BOOL combo;
    WCHAR *result;
};

/* ---- names and patterns ---- */

static BOOL match(const WCHAR *pat, const WCHAR *name)
{
    for (; *pat; pat++, name++) {
        if (*pat == '*') {
            while (pat[1] == '*') pat++;
            if (!pat[1]) return TRUE;
            /* "*.*" also matches names without a dot, as on Windows */
            if (pat[1] == '.' && pat[2] == '*' && !pat[3]) return TRUE;
            for (; *name; name++)
                if (match(pat + 1, name)) return TRUE;
            return match(pat + 1, name);
        }
        if (!*name) return FALSE;
        if (*pat != '?' && wch_lower(*pat) != wch_lower(*name)) return FALSE;
    }
    return !*name;
}

/* SPEC is "a;b;c" */
static BOOL match_spec(const WCHAR *spec, const WCHAR *name)
{
    WCHAR one[MAX_PATH];
    while (*spec) {
        size_t n = 0;
        while (spec[n] && spec[n] != ';') n++;
        if (n && n < MAX_PATH) {
            memcpy(one, spec, n * sizeof(WCHAR));
            one[n] = 0;
            while (one[0] == ' ') memmove(one, one + 1, n-- * sizeof(WCHAR));
            if (match(one, name)) return TRUE;
        }
        spec += n;
        if (*spec) spec++;
    }
    return FALSE;
}

static BOOL has_wildcards(const WCHAR *s)
{
    return wcs_chr(s, '*') || wcs_chr(s, '?');
}

static BOOL is_dir(const WCHAR *path)
{
    DWORD attr = GetFileAttributesW(path);
    return attr != INVALID_FILE_ATTRIBUTES && (attr & FILE_ATTRIBUTE_DIRECTORY);
}

/* DIR joined with NAME (absolute names stand alone), made full */
static BOOL join(const WCHAR *dir, const WCHAR *name, WCHAR *out)
{
    WCHAR tmp[MAX_PATH * 2];
    size_t dl = wcs_len(dir), nl = wcs_len(name);
    BOOL absolute = name[0] == '\\' || name[0] == '/' || (name[0] && name[1] == ':');
    if (absolute) {
        if (nl >= MAX_PATH) return FALSE;
        wcs_cpy(tmp, name);
    } else {
        if (dl + nl + 2 >= MAX_PATH * 2) return FALSE;
        wcs_cpy(tmp, dir);
        if (dl && dir[dl - 1] != '\\') tmp[dl++] = '\\';
        wcs_cpy(tmp + dl, name);
    }
    DWORD len = GetFullPathNameW(tmp, MAX_PATH, out, NULL);
    return len && len < MAX_PATH;
}

/* ---- the list and the filter ---- */

struct entry { WCHAR name[MAX_PATH + 2]; BOOL dir; };

static int entry_cmp(const void *a, const void *b)
{
    const struct entry *x = a, *y = b;
    if (x->dir != y->dir) return x->dir ? -1 : 1;
    return wcs_icmp(x->name, y->name);
}

static const WCHAR *current_spec(struct dialog *d)
{
    if (d->typed[0]) return d->typed;
    if (d->filter < d->nfilters) return d->filters[d->filter].spec;
    return u"*.*";
}

static void fill_list(HWND hwnd, struct dialog *d)
{
    WIN32_FIND_DATAW fd;
    WCHAR pattern[MAX_PATH + 4];
    struct entry *entries = NULL;
    INT count = 0, cap = 0;
    HANDLE find;

    SendDlgItemMessageW(hwnd, lst1, LB_RESETCONTENT, 0, 0);
    SetDlgItemTextW(hwnd, stc1, d->dir);
    if (!join(d->dir, u"*", pattern)) return;
    if ((find = FindFirstFileW(pattern, &fd)) != INVALID_HANDLE_VALUE) {
        do {
            BOOL dir = (fd.dwFileAttributes & FILE_ATTRIBUTE_DIRECTORY) != 0;
            if (!wcs_cmp(fd.cFileName, u".") || (fd.dwFileAttributes & FILE_ATTRIBUTE_HIDDEN)) continue;
            if (!dir && !match_spec(current_spec(d), fd.cFileName)) continue;
            if (count == cap) {
                struct entry *more = realloc(entries, (cap = cap ? cap * 2 : 64) * sizeof(*entries));
                if (!more) break;
                entries = more;
            }
            entries[count].dir = dir;
            if (dir) {
                entries[count].name[0] = '[';
                wcs_cpy(entries[count].name + 1, fd.cFileName);
                wcs_cpy(entries[count].name + wcs_len(entries[count].name), u"]");
            } else wcs_cpy(entries[count].name, fd.cFileName);
            count++;
        } while (FindNextFileW(find, &fd));
        FindClose(find);
    }
    qsort(entries, count, sizeof(*entries), entry_cmp);
    for (INT i = 0; i < count; i++) SendDlgItemMessageW(hwnd, lst1, LB_ADDSTRING, 0, (LPARAM)entries[i].name);
    free(entries);
}

static void parse_filters(struct dialog *d)
{
    const WCHAR *p = d->ofn->lpstrFilter;
    d->nfilters = 0;
    while (p && *p && d->nfilters < MAX_FILTERS) {
        const WCHAR *name = p, *spec = p + wcs_len(p) + 1;
        if (!*spec) break;
        d->filters[d->nfilters].name = name;
        d->filters[d->nfilters].spec = spec;
        d->nfilters++;
        p = spec + wcs_len(spec) + 1;
    }
    d->filter = 0;
    if (d->ofn->nFilterIndex >= 1 && (INT)d->ofn->nFilterIndex <= d->nfilters) d->filter = d->ofn->nFilterIndex - 1;
}

static void show_filter(HWND hwnd, struct dialog *d)
{
    if (d->combo) SendDlgItemMessageW(hwnd, cmb1, CB_SETCURSEL, d->filter, 0);
    else SetDlgItemTextW(hwnd, stc2, d->filter < d->nfilters ? d->filters[d->filter].name : u"*.*");
}

/* ---- OK ---- */

static void go_to(HWND hwnd, struct dialog *d, const WCHAR *path)
{
    wcs_cpy(d->dir, path);
    SetDlgItemTextW(hwnd, edt1, u"");
    fill_list(hwnd, d);
}

static BOOL ask(HWND hwnd, struct dialog *d, const WCHAR *path, const WCHAR *tail, UINT type)
{
    size_t pl = wcs_len(path), tl = wcs_len(tail);
    WCHAR *text = malloc((pl + tl + 1) * sizeof(WCHAR));
    INT ret;
    if (!text) return FALSE;
    wcs_cpy(text, path);
    wcs_cpy(text + pl, tail);
    ret = MessageBoxW(hwnd, text, d->ofn->lpstrTitle ? d->ofn->lpstrTitle : d->save ? u"Save As" : u"Open", type);
    free(text);
    return ret == IDYES || ret == IDOK;
}

static BOOL has_extension(const WCHAR *path)
{
    const WCHAR *name = wcs_rchr(path, '\\'), *dot;
    name = name ? name + 1 : path;
    dot = wcs_rchr(name, '.');
    return dot && dot[1];
}

/* the name typed or chosen; TRUE when the dialog may end with it */
static BOOL accept(HWND hwnd, struct dialog *d, const WCHAR *typed)
{
    WCHAR path[MAX_PATH], parent[MAX_PATH];
    DWORD flags = d->ofn->Flags;

    while (*typed == ' ') typed++;
    if (!*typed) return FALSE;
    if (has_wildcards(typed) && !wcs_chr(typed, '\\') && wcs_len(typed) < MAX_PATH) {
        wcs_cpy(d->typed, typed);
        fill_list(hwnd, d);
        return FALSE;
    }
    if (!join(d->dir, typed, path)) {
        ask(hwnd, d, typed, u"\nThe file name is not valid.", MB_OK | MB_ICONWARNING);
        return FALSE;
    }
    if (is_dir(path)) {
        go_to(hwnd, d, path);
        return FALSE;
    }
    if (d->ofn->lpstrDefExt && d->ofn->lpstrDefExt[0] && !has_extension(path) &&
        wcs_len(path) + wcs_len(d->ofn->lpstrDefExt) + 2 < MAX_PATH) {
        size_t len = wcs_len(path);
        if (path[len - 1] != '.') path[len++] = '.';
        wcs_cpy(path + len, d->ofn->lpstrDefExt);
    }
    wcs_cpy(parent, path);
    WCHAR *slash = wcs_rchr(parent, '\\');
    if (slash) slash[slash == parent + 2 ? 1 : 0] = 0;
    if ((flags & (OFN_PATHMUSTEXIST | OFN_FILEMUSTEXIST)) && !is_dir(parent)) {
        ask(hwnd, d, path, u"\nThe path does not exist.", MB_OK | MB_ICONWARNING);
        return FALSE;
    }
    BOOL exists = GetFileAttributesW(path) != INVALID_FILE_ATTRIBUTES;
    if (!exists && (flags & OFN_FILEMUSTEXIST)) {
        ask(hwnd, d, path, u"\nFile not found.\nCheck the file name and try again.", MB_OK | MB_ICONWARNING);
        return FALSE;
    }
    if (!exists && (flags & OFN_CREATEPROMPT) &&
        !ask(hwnd, d, path, u"\nThis file does not exist.\nDo you want to create it?", MB_YESNO | MB_ICONQUESTION))
        return FALSE;
    if (exists && d->save && (flags & OFN_OVERWRITEPROMPT) &&
        !ask(hwnd, d, path, u" already exists.\nDo you want to replace it?", MB_YESNO | MB_ICONWARNING))
        return FALSE;
    if (!(flags & OFN_NOCHANGEDIR)) SetCurrentDirectoryW(parent);
    d->result = wcs_dup(path);
    return d->result != NULL;
}

static void on_list(HWND hwnd, struct dialog *d, WORD code)
{
    WCHAR item[MAX_PATH + 2], path[MAX_PATH];
    INT sel = (INT)SendDlgItemMessageW(hwnd, lst1, LB_GETCURSEL, 0, 0);
    if (sel < 0 || SendDlgItemMessageW(hwnd, lst1, LB_GETTEXTLEN, sel, 0) >= MAX_PATH) return;
    SendDlgItemMessageW(hwnd, lst1, LB_GETTEXT, sel, (LPARAM)item);
    BOOL dir = item[0] == '[';
    if (code == LBN_SELCHANGE) {
        if (!dir) SetDlgItemTextW(hwnd, edt1, item);
        return;
    }
    if (code != LBN_DBLCLK) return;
    if (!dir) {
        if (accept(hwnd, d, item)) EndDialog(hwnd, IDOK);
        return;
    }
    item[wcs_len(item) - 1] = 0;
    if (join(d->dir, item + 1, path) && is_dir(path)) go_to(hwnd, d, path);
}

/* ---- the dialog ---- */

static void init_dialog(HWND hwnd, struct dialog *d)
{
    const OPENFILENAMEW *ofn = d->ofn;
    const WCHAR *file = ofn->lpstrFile, *name;

    SetWindowLongPtrW(hwnd, DWLP_USER, (LONG_PTR)d);
    SetWindowTextW(hwnd, ofn->lpstrTitle ? ofn->lpstrTitle : d->save ? u"Save As" : u"Open");
    /* the directory: lpstrInitialDir, else lpstrFile's, else the current one */
    name = file ? wcs_rchr(file, '\\') : NULL;
    if (ofn->lpstrInitialDir && ofn->lpstrInitialDir[0] && join(u"", ofn->lpstrInitialDir, d->dir) &&
        is_dir(d->dir))
        ;
    else if (name && (size_t)(name - file) < MAX_PATH) {
        WCHAR dir[MAX_PATH];
        memcpy(dir, file, (name - file) * sizeof(WCHAR));
        dir[name - file] = 0;
        if (!join(u"", dir[0] ? dir : u"\\", d->dir) || !is_dir(d->dir)) GetCurrentDirectoryW(MAX_PATH, d->dir);
    } else GetCurrentDirectoryW(MAX_PATH, d->dir);
    if (file && file[0]) SetDlgItemTextW(hwnd, edt1, name ? name + 1 : file);
    parse_filters(d);
    if (d->combo)
        for (INT i = 0; i < d->nfilters; i++)
            SendDlgItemMessageW(hwnd, cmb1, CB_ADDSTRING, 0, (LPARAM)d->filters[i].name);
    show_filter(hwnd, d);
    fill_list(hwnd, d);
    SetFocus(GetDlgItem(hwnd, edt1));
}

static INT_PTR CALLBACK dialog_proc(HWND hwnd, UINT msg, WPARAM wparam, LPARAM lparam)
{
    struct dialog *d = msg == WM_INITDIALOG ? (struct dialog *)lparam
                                            : (struct dialog *)GetWindowLongPtrW(hwnd, DWLP_USER);
    WCHAR typed[MAX_PATH];

    if (!d) return FALSE;
    if ((d->ofn->Flags & (OFN_ENABLEHOOK | OFN_EXPLORER)) == OFN_ENABLEHOOK && d->ofn->lpfnHook) {
        if (msg == WM_INITDIALOG) {
            init_dialog(hwnd, d);
            return d->ofn->lpfnHook(hwnd, msg, wparam, (LPARAM)d->hook_ofn) ? TRUE : FALSE;
        }
        if (d->ofn->lpfnHook(hwnd, msg, wparam, lparam)) return TRUE;
    }
    switch (msg) {
    case WM_INITDIALOG:
        init_dialog(hwnd, d);
        return FALSE;
    case WM_COMMAND:
        switch (LOWORD(wparam)) {
        case IDOK:
            GetDlgItemTextW(hwnd, edt1, typed, MAX_PATH);
            if (accept(hwnd, d, typed)) EndDialog(hwnd, IDOK);
            return TRUE;
        case IDCANCEL:
            EndDialog(hwnd, IDCANCEL);
            return TRUE;
        case lst1:
            on_list(hwnd, d, HIWORD(wparam));
            return TRUE;
        case cmb1:
            if (HIWORD(wparam) == CBN_SELCHANGE) {
                INT sel = (INT)SendDlgItemMessageW(hwnd, cmb1, CB_GETCURSEL, 0, 0);
                if (sel >= 0 && sel < d->nfilters) d->filter = sel;
                d->typed[0] = 0;
                fill_list(hwnd, d);
            }
            return TRUE;
        }
        break;
    }
    return FALSE;
}

/* ---- the template ---- */

/* WORDS: room for it, or NULL to measure; returns the WORDs used */
static size_t build_template(WORD *words, size_t room, BOOL combo)
{
    struct writer w = { words, 0, room };
    put_dialog(&w, WS_POPUP | WS_CAPTION | WS_SYSMENU | DS_MODALFRAME | DS_CENTER, 8, 264, 178, u"");
    put_item(&w, 0x82, u"", SS_LEFTNOWORDWRAP, 7, 6, 250, 9, stc1);
    put_item(&w, 0x83, u"", WS_BORDER | WS_VSCROLL | WS_TABSTOP | LBS_NOTIFY | LBS_HASSTRINGS, 7, 18, 250, 104, lst1);
    put_item(&w, 0x82, u"File &name:", SS_LEFTNOWORDWRAP, 7, 130, 54, 9, 0xffff);
    put_item(&w, 0x81, u"", WS_BORDER | WS_TABSTOP | ES_AUTOHSCROLL, 64, 128, 193, 12, edt1);
    put_item(&w, 0x82, u"Files of &type:", SS_LEFTNOWORDWRAP, 7, 147, 54, 9, 0xffff);
    if (combo) put_item(&w, 0x85, u"", WS_TABSTOP | CBS_DROPDOWNLIST | CBS_HASSTRINGS,
                        64, 145, 193, 100, cmb1);
    else put_item(&w, 0x82, u"", SS_LEFTNOWORDWRAP, 64, 147, 193, 9, stc2);
    put_item(&w, 0x80, u"OK", WS_TABSTOP | WS_GROUP | BS_DEFPUSHBUTTON, 150, 160, 50, 14, IDOK);
    put_item(&w, 0x80, u"Cancel", WS_TABSTOP, 207, 160, 50, 14, IDCANCEL);
    return w.at;
}

BOOL file_dialog_run(const OPENFILENAMEW *ofn, BOOL save, void *hook_ofn, WCHAR **path, DWORD *filter)
{
    struct dialog *d = calloc(1, sizeof(*d));
    WNDCLASSEXW wc;
    WORD *words;
    size_t n;
    INT_PTR ret;

    *path = NULL;
    if (!d) {
        comdlg_set_error(CDERR_MEMALLOCFAILURE);
        return FALSE;
    }
    d->ofn = ofn;
    d->save = save;
    d->hook_ofn = hook_ofn;
    memset(&wc, 0, sizeof(wc));
    wc.cbSize = sizeof(wc);
    d->combo = GetClassInfoExW(NULL, u"ComboBox", &wc);
    n = build_template(NULL, 0, d->combo) + 2;
    if (!(words = calloc(n, sizeof(WORD)))) {
        free(d);
        comdlg_set_error(CDERR_MEMALLOCFAILURE);
        return FALSE;
    }
    build_template(words, n, d->combo);
    ret = DialogBoxIndirectParamW(NULL, (const DLGTEMPLATE *)words, ofn->hwndOwner, dialog_proc, (LPARAM)d);
    free(words);
    if (ret == -1) comdlg_set_error(CDERR_INITIALIZATION);
    if (ret == IDOK && d->result) {
        *path = d->result;
        *filter = d->filter + 1;
    } else free(d->result);
    free(d);
    return *path != NULL;
}
