/*
 * Window classes and user atoms: RegisterClass(Ex), UnregisterClass,
 * GetClassInfo(Ex), Get/SetClassLong(Ptr), GetClassName,
 * RegisterWindowMessage.
 *
 * Class and message names share one process-local atom table (0xC000 and
 * up, case-insensitive), as Windows' global atom table does. O(n) lookups:
 * programs register tens of classes; hash the table if that changes.
 */
#include <stdlib.h>
#include <string.h>
#include "user_private.h"

#define MAX_ATOMS 0x3fff
static WCHAR *atom_names[MAX_ATOMS];   /* index + 0xC000; under the lock */
static int atom_count;
static struct user_class *classes;     /* under the lock */

/* Returns the atom for NAME, adding it when ADD; 0 when absent or full. */
static ATOM atom_lookup(LPCWSTR name, BOOL add)
{
    for (int i = 0; i < atom_count; i++)
        if (!wcs_icmp(atom_names[i], name)) return 0xC000 + i;
    if (!add || atom_count == MAX_ATOMS) return 0;
    if (!(atom_names[atom_count] = user_strdup_w(name))) return 0;
    return 0xC000 + atom_count++;
}

static const WCHAR *atom_name(ATOM atom)
{
    if (atom < 0xC000 || atom - 0xC000 >= atom_count) return NULL;
    return atom_names[atom - 0xC000];
}

WCHAR *user_strdup_w(LPCWSTR s)
{
    return s ? wcs_dup(s) : NULL;
}

WCHAR *user_strdup_atow(LPCSTR s)
{
    int n;
    WCHAR *w;

    if (!s) return NULL;
    n = MultiByteToWideChar(CP_ACP, 0, s, -1, NULL, 0);
    if (!(w = malloc(n * sizeof(WCHAR)))) return NULL;
    MultiByteToWideChar(CP_ACP, 0, s, -1, w, n);
    return w;
}

char *utf16_to_ansi_dup(LPCWSTR s)
{
    int n;
    char *a;

    if (!s) return NULL;
    n = WideCharToMultiByte(CP_ACP, 0, s, -1, NULL, 0, NULL, NULL);
    if (!(a = malloc(n ? n : 1))) return NULL;
    a[0] = 0;
    WideCharToMultiByte(CP_ACP, 0, s, -1, a, n, NULL, NULL);
    return a;
}

/* A name argument that may be an integer atom, converted to W; *FREE_IT
 * is what to free afterwards. */
static LPCWSTR name_atow(LPCSTR name, WCHAR **free_it)
{
    *free_it = NULL;
    if (IS_INTRESOURCE(name)) return (LPCWSTR)name;
    return *free_it = user_strdup_atow(name);
}

static HINSTANCE exe_instance(HINSTANCE instance)
{
    return instance ? instance : GetModuleHandleW(NULL);
}

struct user_class *class_find(LPCWSTR name, HINSTANCE instance)
{
    ATOM atom;
    struct user_class *cls;

    if (IS_INTRESOURCE(name)) atom = LOWORD(name);
    else if (!(atom = atom_lookup(name, FALSE))) return NULL;
    instance = exe_instance(instance);
    /* local classes of the instance first, then global ones (Windows' order) */
    for (cls = classes; cls; cls = cls->next)
        if (cls->atom == atom && !cls->global && cls->instance == instance) return cls;
    for (cls = classes; cls; cls = cls->next)
        if (cls->atom == atom && cls->global) return cls;
    /* a local class of another module of the process */
    for (cls = classes; cls; cls = cls->next)
        if (cls->atom == atom) return cls;
    return NULL;
}

static ATOM register_class(const WNDCLASSEXW *wc, BOOL unicode, BOOL system, LPCWSTR menu_name)
{
    struct user_class *cls, *old;
    HINSTANCE instance = exe_instance(wc->hInstance);
    ATOM atom;

    if (wc->cbClsExtra < 0 || wc->cbWndExtra < 0 || wc->cbClsExtra > 40 || wc->cbWndExtra > 40 * 1024 ||
        !wc->lpszClassName) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return 0;
    }
    user_lock();
    atom = IS_INTRESOURCE(wc->lpszClassName) ? LOWORD(wc->lpszClassName) : atom_lookup(wc->lpszClassName, TRUE);
    if (!atom) {
        user_unlock();
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
        return 0;
    }
    for (old = classes; old; old = old->next)
        if (old->atom == atom && (old->global || wc->style & CS_GLOBALCLASS || old->instance == instance)) {
            if (old->global && !(wc->style & CS_GLOBALCLASS) && !system && old->instance != instance)
                continue;   /* a local class may shadow a system one */
            user_unlock();
            SetLastError(ERROR_CLASS_ALREADY_EXISTS);
            return 0;
        }
    if (!(cls = calloc(1, sizeof(*cls) + wc->cbClsExtra))) {
        user_unlock();
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
        return 0;
    }
    cls->atom = atom;
    cls->name = user_strdup_w(atom_name(atom));
    cls->instance = instance;
    cls->global = system || (wc->style & CS_GLOBALCLASS);
    cls->style = wc->style;
    cls->proc = wc->lpfnWndProc;
    cls->unicode = unicode;
    cls->cls_extra = wc->cbClsExtra;
    cls->wnd_extra = wc->cbWndExtra;
    cls->icon = wc->hIcon;
    cls->icon_small = wc->hIconSm;
    cls->cursor = wc->hCursor;
    cls->background = wc->hbrBackground;
    cls->menu_name = IS_INTRESOURCE(menu_name) ? (WCHAR *)menu_name : user_strdup_w(menu_name);
    cls->extra = (BYTE *)(cls + 1);
    cls->next = classes;
    classes = cls;
    user_unlock();
    return atom;
}

WINUSERAPI ATOM WINAPI RegisterClassExW(const WNDCLASSEXW *wc)
{
    if (!wc || wc->cbSize != sizeof(*wc)) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return 0;
    }
    return register_class(wc, TRUE, FALSE, wc->lpszMenuName);
}

WINUSERAPI ATOM WINAPI RegisterClassExA(const WNDCLASSEXA *wca)
{
    WNDCLASSEXW wc;
    WCHAR *name, *menu;
    ATOM atom;

    if (!wca || wca->cbSize != sizeof(*wca)) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return 0;
    }
    memcpy(&wc, wca, sizeof(wc));
    wc.lpszClassName = name_atow(wca->lpszClassName, &name);
    wc.lpszMenuName = name_atow(wca->lpszMenuName, &menu);
    atom = register_class(&wc, FALSE, FALSE, wc.lpszMenuName);
    free(name);
    free(menu);
    return atom;
}

/* WNDCLASS and WNDCLASSEX differ by padding, not only by cbSize: copy by field */
#define CLASS_TO_EX(wc, ex) do { \
    (ex)->cbSize = sizeof(*(ex)); (ex)->style = (wc)->style; (ex)->lpfnWndProc = (wc)->lpfnWndProc; \
    (ex)->cbClsExtra = (wc)->cbClsExtra; (ex)->cbWndExtra = (wc)->cbWndExtra; (ex)->hInstance = (wc)->hInstance; \
    (ex)->hIcon = (wc)->hIcon; (ex)->hCursor = (wc)->hCursor; (ex)->hbrBackground = (wc)->hbrBackground; \
    (ex)->lpszMenuName = (wc)->lpszMenuName; (ex)->lpszClassName = (wc)->lpszClassName; (ex)->hIconSm = NULL; \
} while (0)
#define EX_TO_CLASS(ex, wc) do { \
    (wc)->style = (ex)->style; (wc)->lpfnWndProc = (ex)->lpfnWndProc; (wc)->cbClsExtra = (ex)->cbClsExtra; \
    (wc)->cbWndExtra = (ex)->cbWndExtra; (wc)->hInstance = (ex)->hInstance; (wc)->hIcon = (ex)->hIcon; \
    (wc)->hCursor = (ex)->hCursor; (wc)->hbrBackground = (ex)->hbrBackground; \
    (wc)->lpszMenuName = (ex)->lpszMenuName; (wc)->lpszClassName = (ex)->lpszClassName; \
} while (0)

WINUSERAPI ATOM WINAPI RegisterClassW(const WNDCLASSW *wc)
{
    WNDCLASSEXW ex;

    if (!wc) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return 0;
    }
    CLASS_TO_EX(wc, &ex);
    return RegisterClassExW(&ex);
}

WINUSERAPI ATOM WINAPI RegisterClassA(const WNDCLASSA *wc)
{
    WNDCLASSEXA ex;

    if (!wc) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return 0;
    }
    CLASS_TO_EX(wc, &ex);
    return RegisterClassExA(&ex);
}

static struct user_class *find_registered(LPCWSTR name, HINSTANCE instance)
{
    struct user_class *cls = class_find(name, instance);

    /* Unregister and GetClassInfo want the instance's own class or a global one */
    if (cls && !cls->global && cls->instance != exe_instance(instance)) cls = NULL;
    return cls;
}

WINUSERAPI BOOL WINAPI UnregisterClassW(LPCWSTR name, HINSTANCE instance)
{
    struct user_class *cls, **p;

    user_lock();
    if (!(cls = find_registered(name, instance))) {
        user_unlock();
        SetLastError(ERROR_CLASS_DOES_NOT_EXIST);
        return FALSE;
    }
    if (cls->windows) {
        user_unlock();
        SetLastError(ERROR_CLASS_HAS_WINDOWS);
        return FALSE;
    }
    for (p = &classes; *p != cls; p = &(*p)->next) ;
    *p = cls->next;
    user_unlock();
    if (!IS_INTRESOURCE(cls->menu_name)) free(cls->menu_name);
    free(cls->name);
    free(cls);
    return TRUE;
}

WINUSERAPI BOOL WINAPI UnregisterClassA(LPCSTR name, HINSTANCE instance)
{
    WCHAR *w;
    BOOL ret = UnregisterClassW(name_atow(name, &w), instance);
    free(w);
    return ret;
}

WINUSERAPI BOOL WINAPI GetClassInfoExW(HINSTANCE instance, LPCWSTR name, WNDCLASSEXW *wc)
{
    struct user_class *cls;

    if (!wc) {
        SetLastError(ERROR_NOACCESS);
        return FALSE;
    }
    /* the system classes exist before any window is made, as on Windows */
    class_init_system();
    user_lock();
    if (!(cls = find_registered(name, instance))) {
        user_unlock();
        SetLastError(ERROR_CLASS_DOES_NOT_EXIST);
        return FALSE;
    }
    wc->style = cls->style;
    wc->lpfnWndProc = cls->proc;
    wc->cbClsExtra = cls->cls_extra;
    wc->cbWndExtra = cls->wnd_extra;
    wc->hInstance = cls->global && !instance ? NULL : cls->instance;
    wc->hIcon = cls->icon;
    wc->hIconSm = cls->icon_small;
    wc->hCursor = cls->cursor;
    wc->hbrBackground = cls->background;
    wc->lpszMenuName = cls->menu_name;
    wc->lpszClassName = name;
    user_unlock();
    return cls->atom;
}

WINUSERAPI BOOL WINAPI GetClassInfoExA(HINSTANCE instance, LPCSTR name, WNDCLASSEXA *wc)
{
    WNDCLASSEXW w;
    WCHAR *wname;
    BOOL ret;

    if (!wc) {
        SetLastError(ERROR_NOACCESS);
        return FALSE;
    }
    ret = GetClassInfoExW(instance, name_atow(name, &wname), &w);
    free(wname);
    if (!ret) return FALSE;
    memcpy(&wc->style, &w.style, offsetof(WNDCLASSEXW, lpszMenuName) - offsetof(WNDCLASSEXW, style));
    /* the A menu name is not kept: integer ids pass, strings read as NULL */
    wc->lpszMenuName = IS_INTRESOURCE(w.lpszMenuName) ? (LPCSTR)w.lpszMenuName : NULL;
    wc->lpszClassName = name;
    wc->hIconSm = w.hIconSm;
    return ret;
}

WINUSERAPI BOOL WINAPI GetClassInfoW(HINSTANCE instance, LPCWSTR name, WNDCLASSW *wc)
{
    WNDCLASSEXW ex;

    if (!GetClassInfoExW(instance, name, &ex)) return FALSE;
    EX_TO_CLASS(&ex, wc);
    return TRUE;
}

WINUSERAPI BOOL WINAPI GetClassInfoA(HINSTANCE instance, LPCSTR name, WNDCLASSA *wc)
{
    WNDCLASSEXA ex;

    if (!GetClassInfoExA(instance, name, &ex)) return FALSE;
    EX_TO_CLASS(&ex, wc);
    return TRUE;
}

/* Class of HWND, under the lock; NULL with the error set. */
static struct user_class *class_of(HWND hwnd)
{
    struct user_window *win = window_get(hwnd);

    if (!win || !win->cls) {
        SetLastError(ERROR_INVALID_WINDOW_HANDLE);
        return NULL;
    }
    return win->cls;
}

static ULONG_PTR class_long(HWND hwnd, INT index, BOOL set, ULONG_PTR value, int size)
{
    struct user_class *cls;
    ULONG_PTR old = 0;

    user_lock();
    if (!(cls = class_of(hwnd))) {
        user_unlock();
        return 0;
    }
    if (index >= 0) {
        if (index > cls->cls_extra - size) {
            user_unlock();
            SetLastError(ERROR_INVALID_INDEX);
            return 0;
        }
        memcpy(&old, cls->extra + index, size);
        if (set) memcpy(cls->extra + index, &value, size);
        user_unlock();
        return size == 4 ? (ULONG_PTR)(LONG_PTR)(LONG)old : old;
    }
#define FIELD(f, type) do { old = (ULONG_PTR)cls->f; if (set) cls->f = (type)value; } while (0)
    switch (index) {
    case GCL_STYLE: FIELD(style, UINT); old = (UINT)old; break;
    case GCL_CBWNDEXTRA: FIELD(wnd_extra, INT); break;
    case GCL_CBCLSEXTRA: FIELD(cls_extra, INT); if (set) cls->cls_extra = old; break;   /* fixed at registration */
    case GCLP_HMODULE: FIELD(instance, HINSTANCE); break;
    case GCLP_HICON: FIELD(icon, HICON); break;
    case GCLP_HICONSM: FIELD(icon_small, HICON); break;
    case GCLP_HCURSOR: FIELD(cursor, HCURSOR); break;
    case GCLP_HBRBACKGROUND: FIELD(background, HBRUSH); break;
    case GCLP_WNDPROC: FIELD(proc, WNDPROC); break;
    case GCW_ATOM: old = cls->atom; if (set) { user_unlock(); SetLastError(ERROR_INVALID_INDEX); return 0; } break;
    case GCLP_MENUNAME: old = (ULONG_PTR)cls->menu_name; break;
    default:
        user_unlock();
        SetLastError(ERROR_INVALID_INDEX);
        return 0;
    }
#undef FIELD
    user_unlock();
    return old;
}

WINUSERAPI ULONG_PTR WINAPI GetClassLongPtrW(HWND hwnd, INT index) { return class_long(hwnd, index, FALSE, 0, 8); }
WINUSERAPI ULONG_PTR WINAPI GetClassLongPtrA(HWND hwnd, INT index) { return class_long(hwnd, index, FALSE, 0, 8); }
WINUSERAPI DWORD WINAPI GetClassLongW(HWND hwnd, INT index) { return class_long(hwnd, index, FALSE, 0, 4); }
WINUSERAPI DWORD WINAPI GetClassLongA(HWND hwnd, INT index) { return class_long(hwnd, index, FALSE, 0, 4); }
WINUSERAPI ULONG_PTR WINAPI SetClassLongPtrW(HWND hwnd, INT index, LONG_PTR v) { return class_long(hwnd, index, TRUE, v, 8); }
WINUSERAPI ULONG_PTR WINAPI SetClassLongPtrA(HWND hwnd, INT index, LONG_PTR v) { return class_long(hwnd, index, TRUE, v, 8); }
WINUSERAPI DWORD WINAPI SetClassLongW(HWND hwnd, INT index, LONG v) { return class_long(hwnd, index, TRUE, (ULONG)v, 4); }
WINUSERAPI DWORD WINAPI SetClassLongA(HWND hwnd, INT index, LONG v) { return class_long(hwnd, index, TRUE, (ULONG)v, 4); }
WINUSERAPI WORD WINAPI GetClassWord(HWND hwnd, INT index) { return (WORD)class_long(hwnd, index, FALSE, 0, 2); }

WINUSERAPI INT WINAPI GetClassNameW(HWND hwnd, LPWSTR buffer, INT count)
{
    struct user_class *cls;
    INT len;

    if (count <= 0) return 0;
    user_lock();
    if (!(cls = class_of(hwnd))) {
        user_unlock();
        return 0;
    }
    len = wcs_len(cls->name);
    if (len > count - 1) len = count - 1;
    memcpy(buffer, cls->name, len * sizeof(WCHAR));
    buffer[len] = 0;
    user_unlock();
    return len;
}

WINUSERAPI INT WINAPI GetClassNameA(HWND hwnd, LPSTR buffer, INT count)
{
    WCHAR name[256];
    INT n;

    if (count <= 0 || !GetClassNameW(hwnd, name, 256)) return 0;
    n = WideCharToMultiByte(CP_ACP, 0, name, -1, buffer, count, NULL, NULL);
    if (!n) {   /* truncated */
        buffer[count - 1] = 0;
        return count - 1;
    }
    return n - 1;
}

WINUSERAPI UINT WINAPI RegisterWindowMessageW(LPCWSTR name)
{
    ATOM atom;

    if (!name || !*name) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return 0;
    }
    user_lock();
    atom = atom_lookup(name, TRUE);
    user_unlock();
    return atom;
}

WINUSERAPI UINT WINAPI RegisterWindowMessageA(LPCSTR name)
{
    WCHAR *w;
    UINT ret;

    if (!name || !*name) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return 0;
    }
    w = user_strdup_atow(name);
    ret = RegisterWindowMessageW(w);
    free(w);
    return ret;
}

/* Property names are atoms of the same table (GlobalAddAtom's in Windows). */
ATOM user_atom_add(LPCWSTR name)
{
    ATOM atom;

    if (IS_INTRESOURCE(name)) return LOWORD(name);
    user_lock();
    atom = atom_lookup(name, TRUE);
    user_unlock();
    return atom;
}

ATOM user_atom_find(LPCWSTR name)
{
    ATOM atom;

    if (IS_INTRESOURCE(name)) return LOWORD(name);
    user_lock();
    atom = atom_lookup(name, FALSE);
    user_unlock();
    return atom;
}

const WCHAR *user_atom_name(ATOM atom)
{
    return atom_name(atom);
}

WINUSERAPI LRESULT WINAPI DefWindowProcW(HWND, UINT, WPARAM, LPARAM);
extern IMAGE_DOS_HEADER __winrun_pe_header;

LRESULT WINAPI button_proc(HWND, UINT, WPARAM, LPARAM);   /* button.c */
LRESULT WINAPI static_proc(HWND, UINT, WPARAM, LPARAM);   /* static.c */
LRESULT WINAPI edit_proc(HWND, UINT, WPARAM, LPARAM);     /* edit.c */
LRESULT WINAPI listbox_proc(HWND, UINT, WPARAM, LPARAM);  /* listbox.c */
LRESULT WINAPI scrollbar_proc(HWND, UINT, WPARAM, LPARAM); /* scrollbar.c */
LRESULT WINAPI combo_proc(HWND, UINT, WPARAM, LPARAM);     /* combo.c */
LRESULT WINAPI combolbox_proc(HWND, UINT, WPARAM, LPARAM); /* combo.c */

/* The system classes: dialogs and the standard controls. */
void class_init_system(void)
{
    static const WCHAR message_name[] = u"Message";
    static const struct { const WCHAR *name; WNDPROC proc; UINT style; INT extra; } controls[] = {
        { u"#32770", DefDlgProcW, CS_SAVEBITS | CS_DBLCLKS, DLGWINDOWEXTRA },
        { u"Button", button_proc, CS_DBLCLKS | CS_VREDRAW | CS_HREDRAW | CS_PARENTDC, 3 * sizeof(LONG_PTR) },
        { u"Static", static_proc, CS_DBLCLKS | CS_PARENTDC, 2 * sizeof(LONG_PTR) },
        { u"Edit", edit_proc, CS_DBLCLKS | CS_PARENTDC, sizeof(LONG_PTR) },
        { u"ListBox", listbox_proc, CS_DBLCLKS | CS_PARENTDC, sizeof(LONG_PTR) },
        { u"ComboBox", combo_proc, CS_PARENTDC | CS_DBLCLKS | CS_HREDRAW | CS_VREDRAW, sizeof(LONG_PTR) },
        { u"ComboLBox", combolbox_proc, CS_DBLCLKS | CS_SAVEBITS, 2 * sizeof(LONG_PTR) },
        { u"ScrollBar", scrollbar_proc, CS_DBLCLKS | CS_VREDRAW | CS_HREDRAW | CS_PARENTDC, sizeof(LONG_PTR) },
    };
    WNDCLASSEXW wc;

    memset(&wc, 0, sizeof(wc));
    wc.cbSize = sizeof(wc);

    wc.lpfnWndProc = DefWindowProcW;
    wc.lpszClassName = message_name;
    wc.hInstance = NULL;
    user_lock();
    if (!class_find(message_name, NULL)) {
        wc.hInstance = (HINSTANCE)&__winrun_pe_header;   /* system classes belong to user32 */
        register_class(&wc, TRUE, TRUE, NULL);
        for (size_t i = 0; i < sizeof(controls) / sizeof(controls[0]); i++) {
            wc.lpfnWndProc = controls[i].proc;
            wc.lpszClassName = controls[i].name;
            wc.style = controls[i].style;
            wc.cbWndExtra = controls[i].extra;
            register_class(&wc, TRUE, TRUE, NULL);
        }
        /* MDI clients show the application workspace colour between their children */
        wc.lpfnWndProc = mdi_client_proc;
        wc.lpszClassName = u"MDIClient";
        wc.style = 0;
        wc.cbWndExtra = sizeof(LONG_PTR);
        wc.hbrBackground = (HBRUSH)(COLOR_APPWORKSPACE + 1);
        register_class(&wc, TRUE, TRUE, NULL);
    }
    user_unlock();
}
