/*
 * A/W conversion of the control messages that carry text (message.c
 * converts the generic ones): EM_REPLACESEL and EM_GETLINE for "Edit",
 * the LB_* string messages for "ListBox" and "ComboLBox" when the list
 * keeps strings. As on Windows the conversion follows the window's class,
 * so a program's own messages with the same numbers are left alone.
 */
#include <stdlib.h>
#include <string.h>
#include "user_private.h"

enum kind { NONE, STRING_IN, LB_TEXT_OUT, EDIT_LINE_OUT };

static enum kind kind_of(HWND hwnd, UINT msg)
{
    WCHAR name[16];
    DWORD style;

    if (msg < EM_GETSEL || msg > LB_ITEMFROMPOINT) return NONE;
    if (!GetClassNameW(hwnd, name, 16)) return NONE;
    if (!wcs_icmp(name, u"Edit")) {
        if (msg == EM_REPLACESEL) return STRING_IN;
        if (msg == EM_GETLINE) return EDIT_LINE_OUT;
        return NONE;
    }
    if (!wcs_icmp(name, u"ComboBox")) {
        style = GetWindowLongW(hwnd, GWL_STYLE);
        if ((style & (CBS_OWNERDRAWFIXED | CBS_OWNERDRAWVARIABLE)) && !(style & CBS_HASSTRINGS)) return NONE;
        switch (msg) {
        case CB_ADDSTRING: case CB_INSERTSTRING: case CB_FINDSTRING: case CB_FINDSTRINGEXACT: case CB_SELECTSTRING:
        case CB_DIR:
            return STRING_IN;
        case CB_GETLBTEXT:
            return LB_TEXT_OUT;
        }
        return NONE;
    }
    if (wcs_icmp(name, u"ListBox") && wcs_icmp(name, u"ComboLBox")) return NONE;
    style = GetWindowLongW(hwnd, GWL_STYLE);
    if ((style & (LBS_OWNERDRAWFIXED | LBS_OWNERDRAWVARIABLE)) && !(style & LBS_HASSTRINGS)) return NONE;
    switch (msg) {
    case LB_ADDSTRING: case LB_INSERTSTRING: case LB_FINDSTRING: case LB_FINDSTRINGEXACT: case LB_SELECTSTRING:
    case LB_DIR:
        return STRING_IN;
    case LB_GETTEXT:
        return LB_TEXT_OUT;
    }
    return NONE;
}

BOOL control_message_converts(HWND hwnd, UINT msg)
{
    return kind_of(hwnd, msg) != NONE;
}

/* Calls PROC with MSG converted to its character set (TO_UNICODE: the
 * caller used A, the procedure takes W). */
LRESULT control_call_converted(WNDPROC proc, BOOL to_unicode, HWND hwnd, UINT msg, WPARAM wp, LPARAM lp)
{
    LRESULT ret;

    switch (kind_of(hwnd, msg)) {
    case STRING_IN:
        return call_with_string_converted(proc, to_unicode, hwnd, msg, wp, lp);
    case LB_TEXT_OUT: {
        LRESULT len = proc(hwnd, msg == CB_GETLBTEXT ? CB_GETLBTEXTLEN : LB_GETTEXTLEN, wp, 0);
        void *buf;
        if (len < 0 || !lp) return proc(hwnd, msg, wp, lp);
        if (!(buf = calloc(len + 1, to_unicode ? sizeof(WCHAR) : 2))) return LB_ERRSPACE;
        ret = proc(hwnd, msg, wp, (LPARAM)buf);
        if (ret >= 0) {
            /* the caller's buffer is sized by LB_GETTEXTLEN, which in A counts bytes */
            if (to_unicode)
                ret = WideCharToMultiByte(CP_ACP, 0, buf, -1, (LPSTR)lp, len * 2 + 1, NULL, NULL) - 1;
            else
                ret = MultiByteToWideChar(CP_ACP, 0, buf, -1, (LPWSTR)lp, len + 1) - 1;
            if (ret < 0) ret = 0;
        }
        free(buf);
        return ret;
    }
    case EDIT_LINE_OUT: {
        WORD size = lp ? *(WORD *)lp : 0;
        void *buf;
        INT n;
        if (!size) return proc(hwnd, msg, wp, lp);
        if (!(buf = calloc(size + 1, to_unicode ? sizeof(WCHAR) : 2))) return 0;
        if (to_unicode) *(WORD *)buf = size;
        else *(WORD *)buf = size * 2;
        ret = proc(hwnd, msg, wp, (LPARAM)buf);
        if (ret <= 0) n = 0;
        else if (to_unicode) n = WideCharToMultiByte(CP_ACP, 0, buf, (INT)ret, (LPSTR)lp, size, NULL, NULL);
        else n = MultiByteToWideChar(CP_ACP, 0, buf, (INT)ret, (LPWSTR)lp, size);
        if (n < size) {   /* NUL-terminated when there is room, as the procedure does */
            if (to_unicode) ((LPSTR)lp)[n] = 0;
            else ((LPWSTR)lp)[n] = 0;
        }
        free(buf);
        return n;
    }
    case NONE: break;
    }
    return proc(hwnd, msg, wp, lp);
}
