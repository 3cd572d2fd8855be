/*
 * uxtheme without visual styles. winrun draws the classic look, so this is
 * what Windows says with theming off: no theme is active, OpenThemeData
 * gives NULL (E_PROP_ID_UNSUPPORTED in the last error), every call taking
 * a theme handle refuses NULL with E_HANDLE, and the GetThemeSys* calls,
 * which accept NULL, answer with user32's system values so controls that
 * ask them draw as the rest of the system does.
 */
#include "uxtheme_private.h"

#define ERROR_INVALID_WINDOW_HANDLE 1400

/* EnableThemeDialogTexture's flags, kept on the window as Windows does */
static const WCHAR dialog_texture_prop[] = u"winrun_ux_dialogtexture";

/* SetThemeAppProperties: one value per process, as on Windows */
static LONG app_properties = STAP_ALLOW_NONCLIENT | STAP_ALLOW_CONTROLS;

UXTHEME_API BOOL WINAPI IsThemeActive(void) { return FALSE; }
UXTHEME_API BOOL WINAPI IsAppThemed(void) { return FALSE; }
UXTHEME_API BOOL WINAPI IsCompositionActive(void) { return FALSE; }
UXTHEME_API HRESULT WINAPI EnableTheming(BOOL enable) { (void)enable; return S_OK; }

UXTHEME_API HTHEME WINAPI OpenThemeDataEx(HWND hwnd, LPCWSTR classes, DWORD flags)
{
    (void)hwnd; (void)classes; (void)flags;
    SetLastError((DWORD)E_PROP_ID_UNSUPPORTED);
    return NULL;
}

UXTHEME_API HTHEME WINAPI OpenThemeData(HWND hwnd, LPCWSTR classes)
{
    return OpenThemeDataEx(hwnd, classes, 0);
}

UXTHEME_API HTHEME WINAPI OpenThemeDataForDpi(HWND hwnd, LPCWSTR classes, UINT dpi)
{
    (void)dpi;
    return OpenThemeDataEx(hwnd, classes, 0);
}

/* no handle was ever given out, so none can be closed */
UXTHEME_API HRESULT WINAPI CloseThemeData(HTHEME theme) { (void)theme; return E_HANDLE; }

UXTHEME_API HTHEME WINAPI GetWindowTheme(HWND hwnd)
{
    if (!hwnd) SetLastError((DWORD)E_HANDLE);
    return NULL;
}

UXTHEME_API HRESULT WINAPI GetCurrentThemeName(LPWSTR file, int file_len, LPWSTR color, int color_len, LPWSTR size,
                                               int size_len)
{
    if (file && file_len > 0) *file = 0;
    if (color && color_len > 0) *color = 0;
    if (size && size_len > 0) *size = 0;
    return E_PROP_ID_UNSUPPORTED;
}

static BOOL CALLBACK send_theme_changed(HWND hwnd, LPARAM lp)
{
    (void)lp;
    SendMessageW(hwnd, WM_THEMECHANGED, 0, 0);
    return TRUE;
}

/* The window's theme names are forgotten (there is no theme to pick them
 * from), but the window and its children are told, as Windows does, so a
 * control that reacts to WM_THEMECHANGED runs the same path. */
UXTHEME_API HRESULT WINAPI SetWindowTheme(HWND hwnd, LPCWSTR app_name, LPCWSTR id_list)
{
    (void)app_name; (void)id_list;
    if (!IsWindow(hwnd)) return HRESULT_FROM_WIN32(ERROR_INVALID_WINDOW_HANDLE);
    send_theme_changed(hwnd, 0);
    EnumChildWindows(hwnd, send_theme_changed, 0);
    return S_OK;
}

UXTHEME_API HRESULT WINAPI SetWindowThemeAttribute(HWND hwnd, int type, void *attributes, DWORD size)
{
    (void)type; (void)attributes; (void)size;
    return IsWindow(hwnd) ? S_OK : HRESULT_FROM_WIN32(ERROR_INVALID_WINDOW_HANDLE);
}

UXTHEME_API HRESULT WINAPI EnableThemeDialogTexture(HWND hwnd, DWORD flags)
{
    if (!SetPropW(hwnd, dialog_texture_prop, (HANDLE)(ULONG_PTR)flags)) return HRESULT_FROM_WIN32(GetLastError());
    return S_OK;
}

UXTHEME_API BOOL WINAPI IsThemeDialogTextureEnabled(HWND hwnd)
{
    DWORD flags = (DWORD)(ULONG_PTR)GetPropW(hwnd, dialog_texture_prop);
    return (flags & ETDT_ENABLE) && !(flags & ETDT_DISABLE);
}

UXTHEME_API DWORD WINAPI GetThemeAppProperties(void)
{
    return (DWORD)__atomic_load_n(&app_properties, __ATOMIC_RELAXED);
}

UXTHEME_API void WINAPI SetThemeAppProperties(DWORD flags)
{
    __atomic_store_n(&app_properties, (LONG)flags, __ATOMIC_RELAXED);
}

UXTHEME_API COLORREF WINAPI GetThemeSysColor(HTHEME theme, int id) { (void)theme; return GetSysColor(id); }
UXTHEME_API HBRUSH WINAPI GetThemeSysColorBrush(HTHEME theme, int id) { (void)theme; return GetSysColorBrush(id); }
UXTHEME_API int WINAPI GetThemeSysSize(HTHEME theme, int id) { (void)theme; return GetSystemMetrics(id); }

UXTHEME_API HRESULT WINAPI GetThemeSysFont(HTHEME theme, int id, LOGFONTW *font)
{
    NONCLIENTMETRICSW metrics = { .cbSize = sizeof(metrics) };
    const LOGFONTW *src;

    (void)theme;
    if (!font) return E_POINTER;
    if (id == TMT_ICONTITLEFONT)
        return SystemParametersInfoW(SPI_GETICONTITLELOGFONT, sizeof(*font), font, 0) ? S_OK : E_FAIL;
    switch (id) {
    case TMT_CAPTIONFONT: src = &metrics.lfCaptionFont; break;
    case TMT_SMALLCAPTIONFONT: src = &metrics.lfSmCaptionFont; break;
    case TMT_MENUFONT: src = &metrics.lfMenuFont; break;
    case TMT_STATUSFONT: src = &metrics.lfStatusFont; break;
    case TMT_MSGBOXFONT: src = &metrics.lfMessageFont; break;
    default: return STG_E_INVALIDPARAMETER;
    }
    if (!SystemParametersInfoW(SPI_GETNONCLIENTMETRICS, sizeof(metrics), &metrics, 0)) return E_FAIL;
    *font = *src;
    return S_OK;
}

UXTHEME_API BOOL WINAPI GetThemeSysBool(HTHEME theme, int id)
{
    (void)theme; (void)id;
    SetLastError((DWORD)E_HANDLE);
    return FALSE;
}

UXTHEME_API HRESULT WINAPI GetThemeSysInt(HTHEME theme, int id, int *value)
{
    (void)theme; (void)id; (void)value;
    return E_HANDLE;
}

UXTHEME_API HRESULT WINAPI GetThemeSysString(HTHEME theme, int id, LPWSTR buf, int len)
{
    (void)theme; (void)id; (void)buf; (void)len;
    return E_HANDLE;
}

UXTHEME_API BOOL WINAPI IsThemePartDefined(HTHEME theme, int part, int state)
{
    (void)theme; (void)part; (void)state;
    SetLastError((DWORD)E_HANDLE);
    return FALSE;
}

UXTHEME_API BOOL WINAPI IsThemeBackgroundPartiallyTransparent(HTHEME theme, int part, int state)
{
    (void)theme; (void)part; (void)state;
    return FALSE;
}

/* The calls that need a theme: there is never one. Only the first
 * parameter is named: under ms_abi the caller owns the argument space, so
 * a callee may ignore what follows. */
#define NO_THEME(name) \
    UXTHEME_API HRESULT WINAPI name(HTHEME theme) { (void)theme; return E_HANDLE; }
NO_THEME(DrawThemeBackground)
NO_THEME(DrawThemeBackgroundEx)
NO_THEME(DrawThemeEdge)
NO_THEME(DrawThemeIcon)
NO_THEME(DrawThemeText)
NO_THEME(DrawThemeTextEx)
NO_THEME(GetThemeBackgroundContentRect)
NO_THEME(GetThemeBackgroundExtent)
NO_THEME(GetThemeBackgroundRegion)
NO_THEME(GetThemeBool)
NO_THEME(GetThemeColor)
NO_THEME(GetThemeEnumValue)
NO_THEME(GetThemeFilename)
NO_THEME(GetThemeFont)
NO_THEME(GetThemeInt)
NO_THEME(GetThemeMargins)
NO_THEME(GetThemeMetric)
NO_THEME(GetThemePartSize)
NO_THEME(GetThemePosition)
NO_THEME(GetThemePropertyOrigin)
NO_THEME(GetThemeRect)
NO_THEME(GetThemeString)
NO_THEME(GetThemeTextExtent)
NO_THEME(GetThemeTextMetrics)
NO_THEME(HitTestThemeBackground)

/* Asks the parent to paint its background into HDC under the child's
 * area: the DC's origin moves so the parent's client coordinates land
 * where they show through, then WM_ERASEBKGND and WM_PRINTCLIENT. */
UXTHEME_API HRESULT WINAPI DrawThemeParentBackgroundEx(HWND hwnd, HDC hdc, DWORD flags, const RECT *rect)
{
    HWND parent = GetParent(hwnd);
    POINT origin = { 0, 0 };
    int saved;

    (void)flags;
    if (!parent) parent = hwnd;
    MapWindowPoints(hwnd, parent, &origin, 1);
    saved = SaveDC(hdc);
    if (rect) IntersectClipRect(hdc, rect->left, rect->top, rect->right, rect->bottom);
    OffsetViewportOrgEx(hdc, -origin.x, -origin.y, NULL);
    SendMessageW(parent, WM_ERASEBKGND, (WPARAM)hdc, 0);
    SendMessageW(parent, WM_PRINTCLIENT, (WPARAM)hdc, PRF_CLIENT);
    RestoreDC(hdc, saved);
    return S_OK;
}

UXTHEME_API HRESULT WINAPI DrawThemeParentBackground(HWND hwnd, HDC hdc, const RECT *rect)
{
    return DrawThemeParentBackgroundEx(hwnd, hdc, 0, rect);
}
