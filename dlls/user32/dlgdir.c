/*
 * Directory listings in list and combo boxes: LB_DIR (CB_DIR passes it to
 * the combo's list), DlgDirList(A/W), DlgDirListComboBox(A/W),
 * DlgDirSelectEx(A/W) and DlgDirSelectComboBoxEx(A/W).
 *
 * The names come from FindFirstFileW, so the paths go through the path
 * mapper as every other file call does. As on Windows, files come first,
 * then "[directory]" entries, then "[-x-]" drives; within files and
 * directories the order is case-blind. LB_DIR returns the index of the
 * last entry added (LB_ERR when nothing was).
 */
#include <stdlib.h>
#include <string.h>
#include "dialog.h"
#include "winnls.h"

WINUSERAPI LPWSTR WINAPI CharUpperW(LPWSTR);
WINUSERAPI LPWSTR WINAPI CharLowerW(LPWSTR);

#define DIR_ATTRIBS (FILE_ATTRIBUTE_READONLY | FILE_ATTRIBUTE_HIDDEN | FILE_ATTRIBUTE_SYSTEM | FILE_ATTRIBUTE_ARCHIVE)
#define NAME_MAX_W 270   /* a file name, its brackets and the NUL */

static int compare_names(const WCHAR *a, const WCHAR *b)
{
    return CompareStringW(LOCALE_USER_DEFAULT, NORM_IGNORECASE, a, -1, b, -1) - 2;
}

/* how NAME sorts against an entry already listed: files < directories < drives */
static int compare_entry(const WCHAR *name, const WCHAR *entry)
{
    if (entry[0] != '[') return name[0] == '[' ? 1 : compare_names(name, entry);
    if (name[0] != '[') return -1;
    if (entry[1] == '-') return name[1] == '-' ? name[2] - entry[2] : -1;
    return name[1] == '-' ? 1 : compare_names(name, entry);
}

/* where NAME goes: a binary search over the list's texts */
static INT entry_position(HWND list, const WCHAR *name)
{
    INT lo = 0, hi = (INT)SendMessageW(list, LB_GETCOUNT, 0, 0);
    WCHAR *text = NULL;

    while (lo < hi) {
        INT mid = (lo + hi) / 2, len = (INT)SendMessageW(list, LB_GETTEXTLEN, mid, 0), res;
        WCHAR *p;
        if (len < 0 || !(p = realloc(text, (len + 1) * sizeof(WCHAR)))) break;
        text = p;
        text[0] = 0;
        SendMessageW(list, LB_GETTEXT, mid, (LPARAM)text);
        if (!(res = compare_entry(name, text))) {
            hi = mid;
            break;
        }
        if (res < 0) hi = mid;
        else lo = mid + 1;
    }
    free(text);
    return hi;
}

/* the entry for a found file, or FALSE when ATTRIB leaves it out */
static BOOL entry_name(const WIN32_FIND_DATAW *fd, UINT attrib, WCHAR *out)
{
    size_t len = wcs_len(fd->cFileName);

    if (len > NAME_MAX_W - 3) return FALSE;
    if (fd->dwFileAttributes & FILE_ATTRIBUTE_DIRECTORY) {
        if (!(attrib & DDL_DIRECTORY) || !wcs_cmp(fd->cFileName, u".")) return FALSE;
        out[0] = '[';
        memcpy(out + 1, fd->cFileName, len * sizeof(WCHAR));
        out[len + 1] = ']';
        out[len + 2] = 0;
        return TRUE;
    }
    /* DDL_EXCLUSIVE: only files with exactly the attributes asked for */
    if ((attrib & DDL_EXCLUSIVE) && (attrib & DIR_ATTRIBS) != (fd->dwFileAttributes & DIR_ATTRIBS)) return FALSE;
    memcpy(out, fd->cFileName, (len + 1) * sizeof(WCHAR));
    return TRUE;
}

LRESULT listbox_dir(HWND list, UINT attrib, const WCHAR *spec)
{
    LRESULT ret = LB_OKAY, last = LB_ERR;
    WIN32_FIND_DATAW fd;
    WCHAR name[NAME_MAX_W];
    HANDLE find;

    if (!spec) spec = u"*.*";
    if (attrib != (DDL_DRIVES | DDL_EXCLUSIVE)) {
        if ((find = FindFirstFileW(spec, &fd)) == INVALID_HANDLE_VALUE) {
            DWORD err = GetLastError();
            if (err != ERROR_NO_MORE_FILES && err != ERROR_FILE_NOT_FOUND) return LB_ERR;
        } else {
            do {
                if (!entry_name(&fd, attrib, name)) continue;
                if ((ret = SendMessageW(list, LB_INSERTSTRING, entry_position(list, name), (LPARAM)name)) < 0) break;
                /* the last one added, its index moved on by later insertions before it */
                if (ret <= last) last++;
                else last = ret;
            } while (FindNextFileW(find, &fd));
            FindClose(find);
        }
    }
    if (ret < 0) return ret;
    ret = last;
    if (attrib & DDL_DRIVES) {
        WCHAR root[] = u"A:\\", entry[] = u"[-a-]";
        for (int d = 0; d < 26; d++, root[0]++, entry[2]++) {
            if (GetDriveTypeW(root) <= 1 /* DRIVE_NO_ROOT_DIR */) continue;
            if ((ret = SendMessageW(list, LB_INSERTSTRING, (WPARAM)-1, (LPARAM)entry)) < 0) break;
        }
    }
    return ret;
}

/* DlgDirList(ComboBox): SPEC is a directory, or a directory and a mask.
 * The directory becomes the current one; the list gets the mask's files
 * and (DDL_DIRECTORY) all subdirectories; the static shows the directory
 * in lower case; SPEC is left holding the mask in upper case. */
static INT dir_list(HWND dlg, WCHAR *spec, INT list_id, INT static_id, UINT attrib, BOOL combo)
{
    WCHAR any[] = u"*.*", *mask = spec;
    UINT reset = combo ? CB_RESETCONTENT : LB_RESETCONTENT, dir = combo ? CB_DIR : LB_DIR;
    HWND list;

    /* DDL_POSTMSGS would post pointers to this stack: the messages are sent */
    attrib &= ~(UINT)DDL_POSTMSGS;
    if (!spec || !spec[0] || SetCurrentDirectoryW(spec)) mask = any;
    else {
        WCHAR *p = spec, *q;
        if ((q = wcs_chr(p, ':'))) p = q + 1;
        if ((q = wcs_rchr(p, '\\'))) p = q;
        if ((q = wcs_rchr(p, '/'))) p = q;
        if (p != spec) {
            WCHAR sep = *p;
            *p = 0;
            if (!SetCurrentDirectoryW(spec)) {
                *p = sep;
                return FALSE;
            }
            mask = p + 1;
        }
    }
    if (list_id && (list = GetDlgItem(dlg, list_id))) {
        if (attrib == DDL_DRIVES) attrib |= DDL_EXCLUSIVE;
        SendMessageW(list, reset, 0, 0);
        if (attrib & DDL_DIRECTORY) {
            /* the mask's files, then every directory and drive */
            if (!(attrib & DDL_EXCLUSIVE)) SendMessageW(list, dir, attrib & ~(UINT)(DDL_DIRECTORY | DDL_DRIVES), (LPARAM)mask);
            SendMessageW(list, dir, (attrib & (DDL_DIRECTORY | DDL_DRIVES)) | DDL_EXCLUSIVE, (LPARAM)any);
        } else SendMessageW(list, dir, attrib, (LPARAM)mask);
    }
    CharUpperW(mask);
    if (static_id && GetDlgItem(dlg, static_id)) {
        WCHAR cwd[MAX_PATH];
        if (GetCurrentDirectoryW(MAX_PATH, cwd)) {
            CharLowerW(cwd);
            SetDlgItemTextW(dlg, static_id, cwd);
        }
    }
    if (spec && mask != spec) memmove(spec, mask, (wcs_len(mask) + 1) * sizeof(WCHAR));
    return TRUE;
}

/* the A forms: SPEC converted there and back */
static INT dir_list_a(HWND dlg, char *spec, INT list_id, INT static_id, UINT attrib, BOOL combo)
{
    WCHAR *w = NULL;
    INT ret;

    if (spec) {
        INT len = MultiByteToWideChar(CP_ACP, 0, spec, -1, NULL, 0);
        /* room for "*.*", which may replace an empty spec */
        if (!(w = calloc(len + 4, sizeof(WCHAR)))) return FALSE;
        MultiByteToWideChar(CP_ACP, 0, spec, -1, w, len);
    }
    ret = dir_list(dlg, w, list_id, static_id, attrib, combo);
    if (w && ret) {
        char *a = utf16_to_ansi_dup(w);
        if (a && strlen(a) <= strlen(spec)) strcpy(spec, a);
        free(a);
    }
    free(w);
    return ret;
}

WINUSERAPI INT WINAPI DlgDirListW(HWND dlg, LPWSTR spec, INT list_id, INT static_id, UINT attrib)
{
    return dir_list(dlg, spec, list_id, static_id, attrib, FALSE);
}

WINUSERAPI INT WINAPI DlgDirListA(HWND dlg, LPSTR spec, INT list_id, INT static_id, UINT attrib)
{
    return dir_list_a(dlg, spec, list_id, static_id, attrib, FALSE);
}

WINUSERAPI INT WINAPI DlgDirListComboBoxW(HWND dlg, LPWSTR spec, INT combo_id, INT static_id, UINT attrib)
{
    return dir_list(dlg, spec, combo_id, static_id, attrib, TRUE);
}

WINUSERAPI INT WINAPI DlgDirListComboBoxA(HWND dlg, LPSTR spec, INT combo_id, INT static_id, UINT attrib)
{
    return dir_list_a(dlg, spec, combo_id, static_id, attrib, TRUE);
}

/* DlgDirSelect(ComboBox)Ex: the selected entry as a name to use: "dir\",
 * "c:", or a file name (given a final "." when it has none). TRUE for a
 * directory or a drive; FALSE for a file or no selection. */
static BOOL dir_select(HWND dlg, void *out, INT len, INT id, BOOL unicode, BOOL combo)
{
    HWND list = GetDlgItem(dlg, id);
    WCHAR *text, *name;
    INT sel, n;
    BOOL ret;

    if (!list) return FALSE;
    if ((sel = (INT)SendMessageW(list, combo ? CB_GETCURSEL : LB_GETCURSEL, 0, 0)) < 0) return FALSE;
    if ((n = (INT)SendMessageW(list, combo ? CB_GETLBTEXTLEN : LB_GETTEXTLEN, sel, 0)) < 0) return FALSE;
    if (!(text = calloc(n + 2, sizeof(WCHAR)))) return FALSE;
    SendMessageW(list, combo ? CB_GETLBTEXT : LB_GETTEXT, sel, (LPARAM)text);
    name = text;
    if (text[0] == '[') {
        n = wcs_len(text);
        if (text[1] == '-' && n >= 4) {   /* [-c-] */
            text[3] = ':';
            text[4] = 0;
            name = text + 2;
        } else {   /* [dir] */
            text[n - 1] = '\\';
            name = text + 1;
        }
        ret = TRUE;
    } else {
        if (!wcs_chr(text, '.')) {
            n = wcs_len(text);
            text[n] = '.';
            text[n + 1] = 0;
        }
        ret = FALSE;
    }
    if (len > 0 && out) {
        if (unicode) {
            WCHAR *w = out;
            n = wcs_len(name);
            if (n >= len) n = len - 1;
            memcpy(w, name, n * sizeof(WCHAR));
            w[n] = 0;
        } else {
            char *a = out;
            if (!WideCharToMultiByte(CP_ACP, 0, name, -1, a, len, NULL, NULL)) a[len - 1] = 0;
        }
    }
    free(text);
    return ret;
}

WINUSERAPI BOOL WINAPI DlgDirSelectExW(HWND dlg, LPWSTR str, INT len, INT id)
{
    return dir_select(dlg, str, len, id, TRUE, FALSE);
}

WINUSERAPI BOOL WINAPI DlgDirSelectExA(HWND dlg, LPSTR str, INT len, INT id)
{
    return dir_select(dlg, str, len, id, FALSE, FALSE);
}

WINUSERAPI BOOL WINAPI DlgDirSelectComboBoxExW(HWND dlg, LPWSTR str, INT len, INT id)
{
    return dir_select(dlg, str, len, id, TRUE, TRUE);
}

WINUSERAPI BOOL WINAPI DlgDirSelectComboBoxExA(HWND dlg, LPSTR str, INT len, INT id)
{
    return dir_select(dlg, str, len, id, FALSE, TRUE);
}
