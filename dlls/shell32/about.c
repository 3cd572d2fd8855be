/*
 * ShellAbout: "About APP" with the caller's text. APP may be "TITLE#LINE":
 * the caption then shows TITLE and LINE leads the text. On a display it
 * is a message box (the caller's icon is not shown yet); headless it is
 * one `winrun: ShellAbout "APP": TEXT` line on stderr, through user32's
 * helper for MessageBox's own line.
 */
#include <stdlib.h>
#include <string.h>
#include "winbase.h"
#include "winuser.h"
#include "winrun/display.h"
#include "winrun/unicode.h"

#define SHELL32_API DECLSPEC_EXPORT

SHELL32_API BOOL WINAPI ShellAboutW(HWND hwnd, LPCWSTR app, LPCWSTR other, HICON icon)
{
    const WCHAR *hash, *line = NULL;
    size_t title_len, len;
    WCHAR *caption, *text;

    (void)icon;
    if (!app) app = u"";
    if (!other) other = u"";
    hash = wcs_chr(app, '#');
    title_len = hash ? (size_t)(hash - app) : wcs_len(app);
    if (hash) line = hash + 1;
    len = (line ? wcs_len(line) + 1 : 0) + wcs_len(other) + 1;
    caption = malloc((title_len + 7) * sizeof(WCHAR));
    text = malloc(len * sizeof(WCHAR));
    if (!caption || !text) {
        free(caption);
        free(text);
        return FALSE;
    }
    memcpy(caption, u"About ", 6 * sizeof(WCHAR));
    memcpy(caption + 6, app, title_len * sizeof(WCHAR));
    caption[6 + title_len] = 0;
    text[0] = 0;
    if (line) {
        wcs_cpy(text, line);
        if (*other) wcs_cpy(text + wcs_len(text), u"\n");
    }
    wcs_cpy(text + wcs_len(text), other);
    if (user_has_display()) MessageBoxW(hwnd, text, caption, MB_OK | MB_ICONINFORMATION);
    else user_print_headless("ShellAbout", caption + 6, text);   /* the title alone */
    free(caption);
    free(text);
    return TRUE;
}

SHELL32_API BOOL WINAPI ShellAboutA(HWND hwnd, LPCSTR app, LPCSTR other, HICON icon)
{
    WCHAR *wapp = NULL, *wother = NULL;
    BOOL ret;
    int n;

    if (app && (n = MultiByteToWideChar(CP_ACP, 0, app, -1, NULL, 0)) > 0 && (wapp = malloc(n * sizeof(WCHAR))))
        MultiByteToWideChar(CP_ACP, 0, app, -1, wapp, n);
    if (other && (n = MultiByteToWideChar(CP_ACP, 0, other, -1, NULL, 0)) > 0 && (wother = malloc(n * sizeof(WCHAR))))
        MultiByteToWideChar(CP_ACP, 0, other, -1, wother, n);
    ret = ShellAboutW(hwnd, wapp, wother, icon);
    free(wapp);
    free(wother);
    return ret;
}
