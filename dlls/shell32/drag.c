/*
 * Dropped files: DragAcceptFiles marks a window WS_EX_ACCEPTFILES, and the
 * HDROP a WM_DROPFILES carries is read here. An HDROP is global memory
 * holding a DROPFILES header and, at its pFiles offset, the names one
 * after another, each NUL-terminated, with an empty name at the end; wide
 * when fWide. winrun has no X11 drag-and-drop source yet, so HDROPs come
 * only from programs that build them (as Windows lets them).
 */
#include <stdlib.h>
#include <string.h>
#include "winbase.h"
#include "winuser.h"
#include "winrun/unicode.h"

#define SHELL32_API DECLSPEC_EXPORT

WINBASEAPI void *WINAPI GlobalLock(HANDLE);
WINBASEAPI BOOL WINAPI GlobalUnlock(HANDLE);
WINBASEAPI HANDLE WINAPI GlobalFree(HANDLE);

typedef struct {
    DWORD pFiles;   /* offset of the names */
    POINT pt;       /* drop point, client coordinates unless fNC */
    BOOL fNC;
    BOOL fWide;
} DROPFILES;

SHELL32_API void WINAPI DragAcceptFiles(HWND hwnd, BOOL accept)
{
    LONG_PTR ex = GetWindowLongPtrW(hwnd, GWL_EXSTYLE);
    SetWindowLongPtrW(hwnd, GWL_EXSTYLE, accept ? ex | WS_EX_ACCEPTFILES : ex & ~(LONG_PTR)WS_EX_ACCEPTFILES);
}

/* the index-th name, and the count of names in count (index ~0u: none) */
static const void *find_name(const DROPFILES *df, UINT index, UINT *count)
{
    const BYTE *p = (const BYTE *)df + df->pFiles;
    const void *found = NULL;
    UINT n = 0;

    if (df->fWide) {
        const WCHAR *w = (const WCHAR *)p;
        for (; *w; w += wcs_len(w) + 1, n++)
            if (n == index) found = w;
    } else {
        const char *a = (const char *)p;
        for (; *a; a += strlen(a) + 1, n++)
            if (n == index) found = a;
    }
    *count = n;
    return found;
}

/*
 * index 0xFFFFFFFF: the number of names. NULL buffer: the length of the
 * name without its NUL. Else the name, cut to size-1 units, and the
 * count copied. Out of range: 0.
 */
SHELL32_API UINT WINAPI DragQueryFileW(HANDLE drop, UINT index, LPWSTR buf, UINT size)
{
    const DROPFILES *df = GlobalLock(drop);
    const void *name;
    WCHAR *wide = NULL;
    UINT count, len = 0;

    if (!df) return 0;
    name = find_name(df, index, &count);
    if (index == 0xFFFFFFFFu) len = count;
    else if (name) {
        const WCHAR *w = name;
        if (!df->fWide) {
            int n = MultiByteToWideChar(CP_ACP, 0, name, -1, NULL, 0);
            if (n > 0 && (wide = malloc(n * sizeof(WCHAR)))) MultiByteToWideChar(CP_ACP, 0, name, -1, wide, n);
            w = wide ? wide : u"";
        }
        len = (UINT)wcs_len(w);
        if (buf && size) {
            if (len > size - 1) len = size - 1;
            memcpy(buf, w, len * sizeof(WCHAR));
            buf[len] = 0;
        } else if (buf) len = 0;
    }
    free(wide);
    GlobalUnlock(drop);
    return len;
}

SHELL32_API UINT WINAPI DragQueryFileA(HANDLE drop, UINT index, LPSTR buf, UINT size)
{
    const DROPFILES *df = GlobalLock(drop);
    const void *name;
    char *narrow = NULL;
    UINT count, len = 0;

    if (!df) return 0;
    name = find_name(df, index, &count);
    if (index == 0xFFFFFFFFu) len = count;
    else if (name) {
        const char *a = name;
        if (df->fWide) {
            int n = WideCharToMultiByte(CP_ACP, 0, name, -1, NULL, 0, NULL, NULL);
            if (n > 0 && (narrow = malloc(n))) WideCharToMultiByte(CP_ACP, 0, name, -1, narrow, n, NULL, NULL);
            a = narrow ? narrow : "";
        }
        len = (UINT)strlen(a);
        if (buf && size) {
            if (len > size - 1) len = size - 1;
            memcpy(buf, a, len);
            buf[len] = 0;
        } else if (buf) len = 0;
    }
    free(narrow);
    GlobalUnlock(drop);
    return len;
}

/* the drop point; TRUE when it is in the client area */
SHELL32_API BOOL WINAPI DragQueryPoint(HANDLE drop, POINT *pt)
{
    const DROPFILES *df = GlobalLock(drop);
    BOOL client;
    if (!df) return FALSE;
    *pt = df->pt;
    client = !df->fNC;
    GlobalUnlock(drop);
    return client;
}

SHELL32_API void WINAPI DragFinish(HANDLE drop)
{
    GlobalFree(drop);
}
