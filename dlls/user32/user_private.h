/*
 * user32 internals: window and class objects, per-thread message queues,
 * and the calls between the files of the window manager core.
 *
 * Locking: one process-wide recursive lock (user_lock) guards every class,
 * window and queue. It is never held while a window procedure, a TIMERPROC
 * or a wait runs, so procedures may call back into user32 from any thread.
 * Windows are process-local: HWNDs of another process are unknown here
 * until winrun-server routes windows between processes.
 */
#ifndef WINRUN_USER_PRIVATE_H
#define WINRUN_USER_PRIVATE_H

#include "winbase.h"
#include "winuser.h"
#include "winerror.h"
#include "winrun/unicode.h"
#include "driver.h"

/* kernel32 functions user32 uses that winbase.h does not declare */
WINBASEAPI HANDLE WINAPI CreateEventW(void *, BOOL, BOOL, LPCWSTR);
WINBASEAPI BOOL WINAPI SetEvent(HANDLE);
WINBASEAPI BOOL WINAPI ResetEvent(HANDLE);
WINBASEAPI DWORD WINAPI WaitForMultipleObjectsEx(DWORD, const HANDLE *, BOOL, DWORD, BOOL);
WINBASEAPI DWORD WINAPI GetTickCount(void);
#ifndef WAIT_OBJECT_0
#define WAIT_OBJECT_0 0
#define WAIT_FAILED   0xffffffff
#endif

void user_lock(void);
void user_unlock(void);

/* ---- classes (class.c) ---- */
struct user_class {
    struct user_class *next;
    ATOM atom;
    WCHAR *name;
    HINSTANCE instance;
    BOOL global;             /* CS_GLOBALCLASS or a system class */
    UINT style;
    WNDPROC proc;
    BOOL unicode;            /* proc expects W messages */
    INT cls_extra, wnd_extra;
    HICON icon, icon_small;
    HCURSOR cursor;
    HBRUSH background;
    WCHAR *menu_name;        /* or an integer resource id */
    LONG windows;            /* live windows of this class */
    BYTE *extra;
};
struct user_class *class_find(LPCWSTR name, HINSTANCE instance);   /* under the lock */
void class_init_system(void);

/* ---- windows (window.c) ---- */
struct user_prop { struct user_prop *next; ATOM atom; WCHAR *name; HANDLE data; };

struct user_window {
    HWND handle;
    struct user_class *cls;
    struct user_window *parent, *owner;
    struct user_window *first_child, *next, *prev;   /* siblings in Z order, top first */
    DWORD tid;
    struct user_queue *queue;
    DWORD style, ex_style;
    UINT_PTR id;                    /* child id, or the HMENU of a top-level */
    HINSTANCE instance;
    WNDPROC proc;
    BOOL unicode;
    LONG_PTR userdata;
    WCHAR *text;
    RECT window_rect;               /* in the parent's client coordinates */
    RECT client_rect;               /* same coordinates */
    RECT normal_rect;               /* to restore a minimized or maximized window to */
    HRGN update;                    /* update region, client coords; NULL = none (paint.c) */
    BOOL erase;                     /* the update region needs WM_ERASEBKGND */
    BOOL nc_dirty;                  /* the non-client area needs WM_NCPAINT */
    struct window_surface *surface; /* top-levels: the pixels their DCs draw into (dce.c) */
    HDC own_dc;                     /* CS_OWNDC */
    UINT flags;
    struct user_prop *props;
    struct driver_window *driver;   /* top-levels only */
    BYTE *extra;
    INT extra_size;
    HICON icon, icon_small;         /* WM_SETICON (defwnd.c) */
    struct scroll_bars *scroll;     /* WS_HSCROLL/WS_VSCROLL state (scrollbar.c); NULL until used */
    POINT min_pos, max_pos;         /* WINDOWPLACEMENT's; -1,-1 until known (placement.c) */
    HRGN window_rgn;                /* SetWindowRgn's, window coordinates; NULL = the rectangle */
};
#define WINFLAG_DESTROYING 0x0001
#define WINFLAG_NEED_SIZE  0x0002   /* WM_SIZE/WM_MOVE not yet sent */
#define WINFLAG_NCDESTROYED 0x0004
#define WINFLAG_MAXIMIZED_SENT 0x0008
#define WINFLAG_RESTORE_MAXIMIZED 0x0010   /* minimized from maximized: restores to maximized */

struct user_window *window_get(HWND hwnd);          /* under the lock; NULL if invalid */
struct user_window *window_desktop(void);
HWND window_full_handle(HWND hwnd);                 /* normalizes a 16-bit handle */
BOOL window_is_mine(HWND hwnd);                     /* created by the calling thread */
void window_destroy_thread_windows(void);
void window_get_screen_offset(struct user_window *win, POINT *pt);   /* client origin on screen, under lock */
WNDPROC window_get_proc(HWND hwnd, BOOL *unicode);

/* ---- geometry (winpos.c) ---- */
void winpos_nc_metrics(DWORD style, DWORD ex_style, BOOL menu, RECT *insets);
void winpos_set_rects(struct user_window *win, const RECT *window, const RECT *client);
BOOL winpos_show_on_create(HWND hwnd, DWORD style, int cmd);

/* ---- placement and window regions (placement.c) ---- */
void placement_icon_pos(struct user_window *win, RECT *rect);      /* where WIN goes minimized; under the lock */
BOOL placement_region_hit(struct user_window *win, POINT screen);  /* outside the window region: FALSE; under the lock */
HRGN placement_region_copy(struct user_window *win, POINT offset); /* the region moved by OFFSET, NULL if none; under the lock */
void placement_window_freed(struct user_window *win);              /* under the lock */

/* ---- MDI (mdi.c) ---- */
/* a WS_EX_MDICHILD window is to be made under CS->hwndParent: its id, styles,
 * default position and the MDICREATESTRUCT its WM_CREATE sees (in MCS);
 * FALSE when the parent is no MDI client */
BOOL mdi_child_prepare(CREATESTRUCTW *cs, MDICREATESTRUCTW *mcs);
void mdi_child_created(HWND hwnd, BOOL maximize);   /* a WS_EX_MDICHILD window was made (with WS_MAXIMIZE) */
void mdi_child_destroying(HWND hwnd); /* DestroyWindow of an MDI child, after hiding it */
LRESULT WINAPI mdi_client_proc(HWND, UINT, WPARAM, LPARAM);

/* ---- painting (paint.c, dce.c) ---- */
void paint_window_freed(struct user_window *win);        /* under the lock */
void dce_window_freed(struct user_window *win);          /* under the lock */
void dce_present(HWND hwnd);                             /* shows the top-level's surface */
BOOL dce_is_window_dc(HDC hdc);                          /* from GetDC(Ex) of a window, not the screen */
BOOL nc_paint(HWND hwnd, HRGN rgn);                      /* DefWindowProc's WM_NCPAINT (nonclient.c) */
INT nc_draw_caption_buttons(HWND hwnd, HDC hdc, const RECT *band, UINT pushed);   /* nonclient.c */
BOOL nc_track_caption_button(HWND hwnd, UINT hit);                                   /* nonclient.c */
LRESULT paint_erase_background(HWND hwnd, HDC hdc);      /* DefWindowProc's WM_ERASEBKGND */

/* ---- menus (menu.c) ---- */
void menu_attach(HMENU menu, HWND hwnd);                 /* MENU becomes HWND's bar; under the lock */
void menu_window_freed(struct user_window *win);         /* destroys its bar and system menu; under the lock */

/* ---- messages (message.c) ---- */
struct user_queue;
struct user_queue *queue_current(void);              /* creates it on first use */
void queue_wake(struct user_queue *queue, UINT bits); /* under the lock */
void queue_paint_changed(struct user_queue *queue);  /* under the lock */
HWND queue_window_slot(struct user_queue *queue, int which);   /* focus 0, active 1, capture 2; under the lock */
void queue_thread_detach(void);
void queue_remove_window(struct user_queue *queue, HWND hwnd);   /* timers and posted messages */
LRESULT call_window_proc(WNDPROC proc, BOOL proc_unicode, HWND hwnd, UINT msg, WPARAM wp, LPARAM lp, BOOL msg_unicode);
LRESULT send_message(HWND hwnd, UINT msg, WPARAM wp, LPARAM lp, BOOL unicode);

/* ---- focus and activation (focus.c) ---- */
/* Messages the display driver's thread sends (SendNotifyMessage) to a
 * top-level's thread, handled by user32 there, never seen by the program
 * (driver.c). Above every message a program can register. */
#define WM_WINRUN_DRIVER_FIRST 0x80001000u
#define WM_WINRUN_MOVED        0x80001000u   /* wp: x, y; lp: cx, cy (MAKELONG) */
#define WM_WINRUN_ACTIVATE     0x80001001u   /* wp: TRUE gained, FALSE lost the display's focus */
#define WM_WINRUN_NCMOUSE      0x80001002u   /* wp: the client mouse message; lp: screen point, over the frame */
#define WM_WINRUN_ICONIC       0x80001003u   /* wp: TRUE iconified by the display, FALSE shown again */
#define WM_WINRUN_HOOK_LL      0x80001004u   /* lp: a low-level hook's call, for the thread that set it (hook.c) */
/* SetWindowPos flag: the display already has the new geometry */
#define SWP_WINRUN_FROM_DRIVER 0x80000000u
LRESULT driver_internal_message(HWND hwnd, UINT msg, WPARAM wp, LPARAM lp);
const struct user_driver *user_driver_if_loaded(void);   /* NULL until a window needed it */
void input_key_retrieved(const MSG *msg);   /* input.c: a key message was read from the queue */
void input_driver_key(UINT vk, UINT flags);  /* input.c: the display's key state (GetAsyncKeyState) */
void focus_window_destroyed(HWND hwnd);
void focus_window_hidden(HWND hwnd);
BOOL focus_activate(HWND hwnd, BOOL set_focus);

/* ---- hooks (hook.c) ---- */
LRESULT hook_call(INT id, INT code, WPARAM wp, LPARAM lp, BOOL unicode);   /* the chain of ID; 0 when none */
BOOL hook_is_set(INT id);            /* any hook of ID for this thread: to skip building its struct */
LRESULT hook_run_ll(LPARAM lp);      /* WM_WINRUN_HOOK_LL on the hook's thread */
void hook_thread_detach(void);
/* the low-level hooks for input entering the process; TRUE: a hook ate it */
BOOL hook_ll_key(UINT msg, UINT vk, UINT scan, UINT flags, BOOL injected, ULONG_PTR extra);   /* flags: LLKHF_* */
BOOL hook_ll_mouse(UINT msg, POINT pt, DWORD data, BOOL injected, ULONG_PTR extra);

/* ---- system parameters (sysparams.c) ---- */
void sysparams_screen_size(INT *cx, INT *cy);
void sysparams_work_area(RECT *rect);
void sysparams_ui_font(void *lf);   /* fills a LOGFONTW (wingdi.h) with the UI font menus are drawn with */

void window_relink(struct user_window *win, struct user_window *after);
void window_set_text(HWND hwnd, LPCWSTR text);
INT window_get_text(HWND hwnd, LPWSTR buffer, INT count);
INT window_text_length(HWND hwnd);
void sysparams_default_minmax(DWORD style, DWORD ex_style, MINMAXINFO *mmi);

/* exports used between the files */
WINUSERAPI BOOL WINAPI IsWindowVisible(HWND);
WINUSERAPI BOOL WINAPI SetWindowPos(HWND, HWND, INT, INT, INT, INT, UINT);
WINUSERAPI LONG WINAPI GetWindowLongW(HWND, INT);
WINUSERAPI LRESULT WINAPI SendMessageA(HWND, UINT, WPARAM, LPARAM);
WINUSERAPI LRESULT WINAPI DefWindowProcW(HWND, UINT, WPARAM, LPARAM);
WINUSERAPI HWND WINAPI GetDesktopWindow(void);
WINUSERAPI INT WINAPI GetSystemMetrics(INT);
WINUSERAPI BOOL WINAPI GetClientRect(HWND, RECT *);
WINUSERAPI BOOL WINAPI GetWindowRect(HWND, RECT *);
WINUSERAPI HWND WINAPI GetAncestor(HWND, UINT);
WINUSERAPI HWND WINAPI GetFocus(void);
WINUSERAPI HWND WINAPI GetActiveWindow(void);
WINUSERAPI HWND WINAPI GetWindow(HWND, UINT);
WINUSERAPI DWORD WINAPI GetWindowThreadProcessId(HWND, DWORD *);
WINUSERAPI BOOL WINAPI IsChild(HWND, HWND);
WINUSERAPI BOOL WINAPI IsWindowEnabled(HWND);
WINUSERAPI BOOL WINAPI ReleaseCapture(void);
WINUSERAPI BOOL WINAPI EnumWindows(WNDENUMPROC, LPARAM);
WINUSERAPI BOOL WINAPI OffsetRect(RECT *, INT, INT);
WINUSERAPI BOOL WINAPI IntersectRect(RECT *, const RECT *, const RECT *);
WINUSERAPI BOOL WINAPI ClientToScreen(HWND, POINT *);
WINUSERAPI BOOL WINAPI RedrawWindow(HWND, const RECT *, HRGN, UINT);
WINUSERAPI ULONG_PTR WINAPI GetClassLongPtrW(HWND, INT);
WNDPROC winproc_handle(WNDPROC proc, BOOL unicode, BOOL caller_unicode);
WNDPROC winproc_resolve(WNDPROC proc, BOOL *unicode);

/* message.c: the display's keyboard and mouse messages, read after the
 * posted ones (Windows' input queue) */
BOOL post_input_message(HWND hwnd, UINT msg, WPARAM wp, LPARAM lp);
/* cursoricon.c: the pointer moved to screen X,Y over top-level TOP (or none) */
void cursor_moved(HWND top, int x, int y);

/* ---- the atom table (class.c): window messages, clipboard formats, properties ---- */
ATOM user_atom_add(LPCWSTR name);
ATOM user_atom_find(LPCWSTR name);
const WCHAR *user_atom_name(ATOM atom);
WINUSERAPI UINT WINAPI RegisterWindowMessageA(LPCSTR);

/* ---- A <-> W ---- */
WCHAR *user_strdup_atow(LPCSTR s);                  /* malloc'ed; NULL for NULL */
char *utf16_to_ansi_dup(LPCWSTR s);                 /* malloc'ed, in the A code page */
WCHAR *user_strdup_w(LPCWSTR s);
/* ctlconv.c: A/W conversion of the controls' text messages */
BOOL control_message_converts(HWND hwnd, UINT msg);
LRESULT control_call_converted(WNDPROC proc, BOOL to_unicode, HWND hwnd, UINT msg, WPARAM wp, LPARAM lp);
/* PROC with LP, an in-string, converted to A or W (message.c) */
LRESULT call_with_string_converted(WNDPROC proc, BOOL to_unicode, HWND hwnd, UINT msg, WPARAM wp, LPARAM lp);
WINUSERAPI INT WINAPI GetClassNameW(HWND, LPWSTR, INT);

#endif
