/*
 * FindText and ReplaceText: the modeless find and replace dialogs. The
 * dialog keeps the program's FINDREPLACE pointer and hands that very
 * pointer to the owner with the registered "commdlg_FindReplace" message
 * each time a button is pressed, after writing the edits' text into the
 * program's buffers and setting Flags: FR_FINDNEXT, FR_REPLACE or
 * FR_REPLACEALL with FR_DOWN, FR_MATCHCASE and FR_WHOLEWORD as the
 * controls say, or FR_DIALOGTERM when the dialog closes (the owner must
 * not touch the dialog after that). The program's message loop runs the
 * dialog through IsDialogMessage, as on Windows. Control ids are the
 * classic ones (edt1, edt2, chx1, chx2, rad1, rad2, grp1, psh1, psh2,
 * pshHelp) so programs that poke them or bring their own template work.
 *
 * Without a display the dialog is still made: nothing waits on it, and
 * the program's own logic (or a test) can drive it by messages.
 */
#include <stdlib.h>
#include <string.h>
#include "comdlg32_private.h"
#include "winrun/unicode.h"

#define FR_RESULT (FR_DOWN | FR_MATCHCASE | FR_WHOLEWORD | FR_FINDNEXT | FR_REPLACE | FR_REPLACEALL | FR_DIALOGTERM)

struct find {
    void *fr;           /* the program's FINDREPLACEA or FINDREPLACEW */
    BOOL unicode, replace;
    UINT find_msg, help_msg;
    BOOL *adopted;      /* set when the dialog took this (WM_INITDIALOG) */
};

/* both layouts agree up to the strings' types */
#define FR_W(d) ((FINDREPLACEW *)(d)->fr)

static DWORD control_flags(HWND hwnd)
{
    DWORD flags = 0;
    if (IsDlgButtonChecked(hwnd, rad2) == BST_CHECKED) flags |= FR_DOWN;
    if (IsDlgButtonChecked(hwnd, chx1) == BST_CHECKED) flags |= FR_WHOLEWORD;
    if (IsDlgButtonChecked(hwnd, chx2) == BST_CHECKED) flags |= FR_MATCHCASE;
    return flags;
}

/* The edit ID's text into the program's buffer BUF of LEN characters;
 * FALSE when the edit is empty. */
static BOOL copy_text(HWND hwnd, INT id, const struct find *d, void *buf, WORD len)
{
    WCHAR text[1024];
    UINT n = GetDlgItemTextW(hwnd, id, text, sizeof(text) / sizeof(text[0]));
    if (!buf || !len) return n > 0;
    if (d->unicode) {
        if (n >= len) n = len - 1;
        memcpy(buf, text, n * sizeof(WCHAR));
        ((WCHAR *)buf)[n] = 0;
    } else {
        INT m = WideCharToMultiByte(CP_ACP, 0, text, (INT)n, buf, len - 1, NULL, NULL);
        ((char *)buf)[m] = 0;
    }
    return n > 0;
}

static void notify(HWND hwnd, struct find *d, DWORD flag)
{
    FINDREPLACEW *fr = FR_W(d);
    fr->Flags = (fr->Flags & ~FR_RESULT) | control_flags(hwnd) | flag;
    if (d->replace) fr->Flags |= FR_DOWN;   /* replacing always goes down */
    SendMessageW(fr->hwndOwner, d->find_msg, 0, (LPARAM)d->fr);
}

static void on_command(HWND hwnd, struct find *d, WORD id, WORD code)
{
    FINDREPLACEW *fr = FR_W(d);

    if (code == EN_CHANGE && id == edt1) {
        BOOL any = GetWindowTextLengthW(GetDlgItem(hwnd, edt1)) > 0;
        EnableWindow(GetDlgItem(hwnd, IDOK), any);
        if (d->replace) {
            EnableWindow(GetDlgItem(hwnd, psh1), any);
            EnableWindow(GetDlgItem(hwnd, psh2), any);
        }
        return;
    }
    if (code != BN_CLICKED) return;
    switch (id) {
    case IDOK:
        if (copy_text(hwnd, edt1, d, fr->lpstrFindWhat, fr->wFindWhatLen)) notify(hwnd, d, FR_FINDNEXT);
        break;
    case psh1:
    case psh2:
        if (d->replace && copy_text(hwnd, edt1, d, fr->lpstrFindWhat, fr->wFindWhatLen)) {
            copy_text(hwnd, edt2, d, fr->lpstrReplaceWith, fr->wReplaceWithLen);
            notify(hwnd, d, id == psh1 ? FR_REPLACE : FR_REPLACEALL);
        }
        break;
    case IDCANCEL:
        notify(hwnd, d, FR_DIALOGTERM);
        DestroyWindow(hwnd);
        break;
    case pshHelp:
        fr->Flags = (fr->Flags & ~FR_RESULT) | control_flags(hwnd);
        SendMessageW(fr->hwndOwner, d->help_msg, (WPARAM)hwnd, (LPARAM)d->fr);
        break;
    }
}

/* the program's text into an edit: its strings may be ANSI */
static void set_text(HWND hwnd, INT id, const struct find *d, const void *text, WORD limit)
{
    SendDlgItemMessageW(hwnd, id, EM_LIMITTEXT, limit, 0);
    if (!text) return;
    if (d->unicode) SetDlgItemTextW(hwnd, id, text);
    else SetDlgItemTextA(hwnd, id, text);
}

/* an option shown, hidden or greyed as the flags say */
static void option(HWND hwnd, INT id, DWORD flags, DWORD hide, DWORD disable, BOOL checked)
{
    if (flags & hide) ShowWindow(GetDlgItem(hwnd, id), SW_HIDE);
    else if (flags & disable) EnableWindow(GetDlgItem(hwnd, id), FALSE);
    else CheckDlgButton(hwnd, id, checked ? BST_CHECKED : BST_UNCHECKED);
}

static void init_dialog(HWND hwnd, struct find *d)
{
    FINDREPLACEW *fr = FR_W(d);
    DWORD flags = fr->Flags;
    BOOL any;

    set_text(hwnd, edt1, d, fr->lpstrFindWhat, fr->wFindWhatLen);
    if (d->replace) set_text(hwnd, edt2, d, fr->lpstrReplaceWith, fr->wReplaceWithLen);
    if (!(flags & FR_SHOWHELP)) ShowWindow(GetDlgItem(hwnd, pshHelp), SW_HIDE);
    option(hwnd, rad1, flags, FR_HIDEUPDOWN, FR_NOUPDOWN, !(flags & FR_DOWN));
    option(hwnd, rad2, flags, FR_HIDEUPDOWN, FR_NOUPDOWN, flags & FR_DOWN);
    option(hwnd, grp1, flags, FR_HIDEUPDOWN, FR_NOUPDOWN, FALSE);
    option(hwnd, chx1, flags, FR_HIDEWHOLEWORD, FR_NOWHOLEWORD, flags & FR_WHOLEWORD);
    option(hwnd, chx2, flags, FR_HIDEMATCHCASE, FR_NOMATCHCASE, flags & FR_MATCHCASE);
    any = GetWindowTextLengthW(GetDlgItem(hwnd, edt1)) > 0;
    EnableWindow(GetDlgItem(hwnd, IDOK), any);
    if (d->replace) {
        EnableWindow(GetDlgItem(hwnd, psh1), any);
        EnableWindow(GetDlgItem(hwnd, psh2), any);
    }
}

static INT_PTR CALLBACK dialog_proc(HWND hwnd, UINT msg, WPARAM wparam, LPARAM lparam)
{
    struct find *d = (struct find *)GetWindowLongPtrW(hwnd, DWLP_USER);
    FINDREPLACEW *fr;

    if (msg == WM_INITDIALOG) {
        d = (struct find *)lparam;
        fr = FR_W(d);
        SetWindowLongPtrW(hwnd, DWLP_USER, (LONG_PTR)d);
        *d->adopted = TRUE;
        d->adopted = NULL;
        init_dialog(hwnd, d);
        /* a hook that answers FALSE keeps the dialog hidden */
        if ((fr->Flags & FR_ENABLEHOOK) && !fr->lpfnHook(hwnd, msg, wparam, (LPARAM)d->fr)) return TRUE;
        ShowWindow(hwnd, SW_SHOWNORMAL);
        UpdateWindow(hwnd);
        return TRUE;
    }
    if (!d) return FALSE;
    fr = FR_W(d);
    if (msg == WM_NCDESTROY) {
        SetWindowLongPtrW(hwnd, DWLP_USER, 0);
        free(d);
        return FALSE;
    }
    if ((fr->Flags & FR_ENABLEHOOK) && fr->lpfnHook(hwnd, msg, wparam, lparam)) return TRUE;
    switch (msg) {
    case WM_COMMAND:
        on_command(hwnd, d, LOWORD(wparam), HIWORD(wparam));
        return TRUE;
    case WM_CLOSE:
        on_command(hwnd, d, IDCANCEL, BN_CLICKED);
        return TRUE;
    }
    return FALSE;
}

static size_t build_template(WORD *words, size_t room, BOOL replace)
{
    struct writer w = { words, 0, room };
    short y = replace ? 46 : 26;   /* the options' row */

    put_dialog(&w, WS_POPUP | WS_CAPTION | WS_SYSMENU | DS_MODALFRAME | DS_3DLOOK, replace ? 11 : 10,
               replace ? 230 : 236, replace ? 94 : 62, replace ? u"Replace" : u"Find");
    put_item(&w, 0x82, u"Fi&nd what:", SS_LEFT, 4, 9, replace ? 48 : 42, 8, 0xffff);
    put_item(&w, 0x81, u"", ES_AUTOHSCROLL | WS_BORDER | WS_GROUP | WS_TABSTOP, replace ? 54 : 47, 7,
             replace ? 114 : 128, 12, edt1);
    if (replace) {
        put_item(&w, 0x82, u"Re&place with:", SS_LEFT, 4, 26, 48, 8, 0xffff);
        put_item(&w, 0x81, u"", ES_AUTOHSCROLL | WS_BORDER | WS_GROUP | WS_TABSTOP, 54, 24, 114, 12, edt2);
    }
    put_item(&w, 0x80, u"Match &whole word only", BS_AUTOCHECKBOX | WS_GROUP | WS_TABSTOP, 5, y, 104, 12, chx1);
    put_item(&w, 0x80, u"Match &case", BS_AUTOCHECKBOX | WS_TABSTOP, 5, y + 16, 59, 12, chx2);
    if (replace) {
        /* no direction: replacing goes down */
        put_item(&w, 0x80, u"&Find Next", BS_DEFPUSHBUTTON | WS_GROUP | WS_TABSTOP, 174, 4, 50, 14, IDOK);
        put_item(&w, 0x80, u"&Replace", WS_GROUP | WS_TABSTOP, 174, 21, 50, 14, psh1);
        put_item(&w, 0x80, u"Replace &All", WS_GROUP | WS_TABSTOP, 174, 38, 50, 14, psh2);
        put_item(&w, 0x80, u"Cancel", WS_GROUP | WS_TABSTOP, 174, 55, 50, 14, IDCANCEL);
        put_item(&w, 0x80, u"&Help", WS_GROUP | WS_TABSTOP, 174, 75, 50, 14, pshHelp);
    } else {
        put_item(&w, 0x80, u"Direction", BS_GROUPBOX, 107, y, 68, 28, grp1);
        put_item(&w, 0x80, u"&Up", BS_AUTORADIOBUTTON | WS_GROUP | WS_TABSTOP, 111, y + 12, 25, 12, rad1);
        put_item(&w, 0x80, u"&Down", BS_AUTORADIOBUTTON, 138, y + 12, 35, 12, rad2);
        put_item(&w, 0x80, u"&Find Next", BS_DEFPUSHBUTTON | WS_GROUP | WS_TABSTOP, 182, 5, 50, 14, IDOK);
        put_item(&w, 0x80, u"Cancel", WS_GROUP | WS_TABSTOP, 182, 23, 50, 14, IDCANCEL);
        put_item(&w, 0x80, u"&Help", WS_GROUP | WS_TABSTOP, 182, 45, 50, 14, pshHelp);
    }
    return w.at;
}

/* The checks Windows makes, in its order, with its errors. */
static BOOL check(const FINDREPLACEW *fr, BOOL replace)
{
    if (!fr) return comdlg_set_error(CDERR_INITIALIZATION), FALSE;
    if (fr->lStructSize != sizeof(FINDREPLACEW)) return comdlg_set_error(CDERR_STRUCTSIZE), FALSE;
    if (!IsWindow(fr->hwndOwner)) return comdlg_set_error(CDERR_DIALOGFAILURE), FALSE;
    if (fr->wFindWhatLen < 1 || !fr->lpstrFindWhat || (replace && !fr->lpstrReplaceWith))
        return comdlg_set_error(FRERR_BUFFERLENGTHZERO), FALSE;
    if ((fr->Flags & FR_ENABLEHOOK) && !fr->lpfnHook) return comdlg_set_error(CDERR_NOHOOK), FALSE;
    if ((fr->Flags & FR_ENABLETEMPLATEHANDLE) && !fr->hInstance) return comdlg_set_error(CDERR_NOHINSTANCE), FALSE;
    return TRUE;
}

/* The program's template (FR_ENABLETEMPLATE: a resource of hInstance;
 * FR_ENABLETEMPLATEHANDLE: hInstance is the template itself), or NULL
 * with the error set. */
static const DLGTEMPLATE *program_template(const FINDREPLACEW *fr, BOOL unicode)
{
    HRSRC res;
    HGLOBAL mem;
    const DLGTEMPLATE *t;

    if (fr->Flags & FR_ENABLETEMPLATEHANDLE) {
        if (!(t = LockResource((HGLOBAL)fr->hInstance))) comdlg_set_error(CDERR_LOCKRESFAILURE);
        return t;
    }
    if (!fr->lpTemplateName) res = NULL;
    else if (unicode) res = FindResourceW(fr->hInstance, fr->lpTemplateName, MAKEINTRESOURCEW(RT_DIALOG));
    else res = FindResourceA(fr->hInstance, (LPCSTR)fr->lpTemplateName, MAKEINTRESOURCEA(RT_DIALOG));
    if (!res) return comdlg_set_error(CDERR_FINDRESFAILURE), NULL;
    if (!(mem = LoadResource(fr->hInstance, res))) return comdlg_set_error(CDERR_LOADRESFAILURE), NULL;
    if (!(t = LockResource(mem))) comdlg_set_error(CDERR_LOCKRESFAILURE);
    return t;
}

static HWND find_replace(void *program_fr, BOOL unicode, BOOL replace)
{
    FINDREPLACEW *fr = program_fr;
    const DLGTEMPLATE *t = NULL;
    WORD *words = NULL;
    struct find *d;
    BOOL adopted = FALSE;
    HWND hwnd;
    size_t n;

    comdlg_set_error(0);
    if (!check(fr, replace)) return NULL;
    if (fr->Flags & (FR_ENABLETEMPLATE | FR_ENABLETEMPLATEHANDLE)) {
        if (!(t = program_template(fr, unicode))) return NULL;
    } else {
        n = build_template(NULL, 0, replace) + 2;
        if (!(words = calloc(n, sizeof(WORD)))) return comdlg_set_error(CDERR_MEMALLOCFAILURE), NULL;
        build_template(words, n, replace);
        t = (const DLGTEMPLATE *)words;
    }
    if (!(d = calloc(1, sizeof(*d)))) {
        free(words);
        return comdlg_set_error(CDERR_MEMALLOCFAILURE), NULL;
    }
    d->fr = program_fr;
    d->unicode = unicode;
    d->replace = replace;
    d->find_msg = RegisterWindowMessageW(FINDMSGSTRINGW);
    d->help_msg = RegisterWindowMessageW(HELPMSGSTRINGW);
    d->adopted = &adopted;
    hwnd = CreateDialogIndirectParamW(NULL, t, fr->hwndOwner, dialog_proc, (LPARAM)d);
    free(words);
    if (!hwnd) {
        if (!adopted) free(d);   /* else WM_NCDESTROY freed it */
        comdlg_set_error(CDERR_DIALOGFAILURE);
    }
    return hwnd;
}

COMDLG32API HWND WINAPI FindTextW(FINDREPLACEW *fr)
{
    return find_replace(fr, TRUE, FALSE);
}

COMDLG32API HWND WINAPI FindTextA(FINDREPLACEA *fr)
{
    return find_replace(fr, FALSE, FALSE);
}

COMDLG32API HWND WINAPI ReplaceTextW(FINDREPLACEW *fr)
{
    return find_replace(fr, TRUE, TRUE);
}

COMDLG32API HWND WINAPI ReplaceTextA(FINDREPLACEA *fr)
{
    return find_replace(fr, FALSE, TRUE);
}
