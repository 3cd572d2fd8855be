/* comctl32's window subclassing (ordinals 410-413): the chain's order,
 * reference data, DefSubclassProc reaching the original procedure,
 * removal while the chain runs, the chain dropped after WM_NCDESTROY, and
 * messages in the window's own character set. Without a manifest comctl32
 * 5.82 exports these by ordinal only, so they are looked up that way.
 * Expectations checked under Wine. */
#include "test.h"
#include <commctrl.h>

typedef BOOL (WINAPI *set_fn)(HWND, SUBCLASSPROC, UINT_PTR, DWORD_PTR);
typedef BOOL (WINAPI *get_fn)(HWND, SUBCLASSPROC, UINT_PTR, DWORD_PTR *);
typedef BOOL (WINAPI *remove_fn)(HWND, SUBCLASSPROC, UINT_PTR);
typedef LRESULT (WINAPI *def_fn)(HWND, UINT, WPARAM, LPARAM);

static set_fn pSetWindowSubclass;
static get_fn pGetWindowSubclass;
static remove_fn pRemoveWindowSubclass;
static def_fn pDefSubclassProc;

#define MSG_TEST (WM_USER + 10)

/* the order the procedures saw MSG_TEST in: '1', '2', '3', 'W' (the window) */
static char seen[32];
static int nseen;
static int ncdestroy_seen;
static char text_seen[16];

static void note(char c)
{
    if (nseen < (int)sizeof(seen) - 1) seen[nseen++] = c;
    seen[nseen] = 0;
}

static LRESULT CALLBACK wnd_proc(HWND hwnd, UINT msg, WPARAM wp, LPARAM lp)
{
    if (msg == MSG_TEST) { note('W'); return 100 + (LRESULT)wp; }
    return DefWindowProcW(hwnd, msg, wp, lp);
}

static LRESULT CALLBACK wnd_proc_a(HWND hwnd, UINT msg, WPARAM wp, LPARAM lp)
{
    if (msg == MSG_TEST) { note('W'); return 100 + (LRESULT)wp; }
    return DefWindowProcA(hwnd, msg, wp, lp);
}

static LRESULT CALLBACK sub1(HWND hwnd, UINT msg, WPARAM wp, LPARAM lp, UINT_PTR id, DWORD_PTR ref)
{
    if (msg == MSG_TEST) {
        note('1');
        ok(ref == 0x1234, "sub1 reference data %x", (unsigned)ref);
        ok(id == 1, "sub1 id %d", (int)id);
        /* the chain passes the result back up unchanged */
        return pDefSubclassProc(hwnd, msg, wp, lp) + 1;
    }
    if (msg == WM_NCDESTROY) ncdestroy_seen++;
    return pDefSubclassProc(hwnd, msg, wp, lp);
}

static LRESULT CALLBACK sub2(HWND hwnd, UINT msg, WPARAM wp, LPARAM lp, UINT_PTR id, DWORD_PTR ref)
{
    (void)ref;
    if (msg == MSG_TEST) {
        note('2');
        ok(id == 2, "sub2 id %d", (int)id);
        /* wparam 7: remove the caller's own entry and sub1 while running */
        if (wp == 7) {
            ok(pRemoveWindowSubclass(hwnd, sub2, 2), "removing itself while running");
            ok(pRemoveWindowSubclass(hwnd, sub1, 1), "removing the next entry while running");
        }
        return pDefSubclassProc(hwnd, msg, wp, lp) + 10;
    }
    return pDefSubclassProc(hwnd, msg, wp, lp);
}

static LRESULT CALLBACK sub3(HWND hwnd, UINT msg, WPARAM wp, LPARAM lp, UINT_PTR id, DWORD_PTR ref)
{
    (void)id; (void)ref;
    if (msg == MSG_TEST) {
        note('3');
        return 5;   /* swallowed: the rest of the chain never sees it */
    }
    return pDefSubclassProc(hwnd, msg, wp, lp);
}

static LRESULT CALLBACK text_sub(HWND hwnd, UINT msg, WPARAM wp, LPARAM lp, UINT_PTR id, DWORD_PTR ref)
{
    (void)id;
    if (msg == WM_SETTEXT && lp) {
        /* ref says whether the window is Unicode */
        if (ref) {
            const WCHAR *w = (const WCHAR *)lp;
            int i;
            for (i = 0; w[i] && i < 15; i++) text_seen[i] = (char)w[i];
            text_seen[i] = 0;
        } else {
            lstrcpynA(text_seen, (const char *)lp, sizeof(text_seen));
        }
    }
    return pDefSubclassProc(hwnd, msg, wp, lp);
}

static HWND make_window(BOOL unicode)
{
    if (unicode)
        return CreateWindowExW(0, L"subclass_test_w", L"w", WS_OVERLAPPEDWINDOW, 0, 0, 100, 100,
                               NULL, NULL, GetModuleHandleW(NULL), NULL);
    return CreateWindowExA(0, "subclass_test_a", "a", WS_OVERLAPPEDWINDOW, 0, 0, 100, 100,
                           NULL, NULL, GetModuleHandleA(NULL), NULL);
}

static void test_chain(void)
{
    HWND hwnd = make_window(TRUE);
    WNDPROC before = (WNDPROC)GetWindowLongPtrW(hwnd, GWLP_WNDPROC);
    DWORD_PTR ref;
    LRESULT r;

    ok(!pSetWindowSubclass(hwnd, NULL, 1, 0), "a NULL procedure is refused");
    ok(pSetWindowSubclass(hwnd, sub1, 1, 0x1234), "SetWindowSubclass sub1");
    ok((WNDPROC)GetWindowLongPtrW(hwnd, GWLP_WNDPROC) != before, "the window procedure is replaced");
    ok(pSetWindowSubclass(hwnd, sub2, 2, 0x99), "SetWindowSubclass sub2");
    ref = 0xdead;
    ok(pGetWindowSubclass(hwnd, sub2, 2, &ref) && ref == 0x99, "GetWindowSubclass sub2: %x", (unsigned)ref);
    ref = 0xdead;
    ok(!pGetWindowSubclass(hwnd, sub2, 3, &ref), "GetWindowSubclass with another id fails");
    ok(ref == 0, "and sets the reference data to 0: %x", (unsigned)ref);
    /* the same (proc, id) again updates the reference data only */
    ok(pSetWindowSubclass(hwnd, sub2, 2, 0x77), "SetWindowSubclass sub2 again");
    ok(pGetWindowSubclass(hwnd, sub2, 2, &ref) && ref == 0x77, "updated reference data %x", (unsigned)ref);

    nseen = 0;
    r = SendMessageW(hwnd, MSG_TEST, 1, 0);
    ok(!strcmp(seen, "21W"), "newest first: %s", seen);
    ok(r == 101 + 1 + 10, "results pass back up: %d", (int)r);

    ok(pSetWindowSubclass(hwnd, sub3, 3, 0), "SetWindowSubclass sub3");
    nseen = 0;
    r = SendMessageW(hwnd, MSG_TEST, 1, 0);
    ok(!strcmp(seen, "3") && r == 5, "sub3 swallows: %s %d", seen, (int)r);
    ok(pRemoveWindowSubclass(hwnd, sub3, 3), "RemoveWindowSubclass sub3");
    ok(!pRemoveWindowSubclass(hwnd, sub3, 3), "removing it again fails");

    /* sub2 removes itself and sub1 while running: its DefSubclassProc
     * then goes straight to the window */
    nseen = 0;
    r = SendMessageW(hwnd, MSG_TEST, 7, 0);
    ok(!strcmp(seen, "2W"), "removed while running: %s", seen);
    ok(r == 107 + 10, "result %d", (int)r);
    ok(!pGetWindowSubclass(hwnd, sub1, 1, NULL), "sub1 gone");
    ok(!pGetWindowSubclass(hwnd, sub2, 2, NULL), "sub2 gone");
    ok((WNDPROC)GetWindowLongPtrW(hwnd, GWLP_WNDPROC) == before,
       "with the chain empty the original procedure is back");
    nseen = 0;
    SendMessageW(hwnd, MSG_TEST, 1, 0);
    ok(!strcmp(seen, "W"), "only the window now: %s", seen);

    /* removal from outside a call */
    ok(pSetWindowSubclass(hwnd, sub1, 1, 0x1234), "SetWindowSubclass sub1 again");
    ok(pRemoveWindowSubclass(hwnd, sub1, 1), "RemoveWindowSubclass sub1");
    ok((WNDPROC)GetWindowLongPtrW(hwnd, GWLP_WNDPROC) == before, "original procedure back");

    /* WM_NCDESTROY goes through the chain */
    ok(pSetWindowSubclass(hwnd, sub1, 1, 0x1234), "SetWindowSubclass before destroying");
    ncdestroy_seen = 0;
    DestroyWindow(hwnd);
    ok(ncdestroy_seen == 1, "WM_NCDESTROY seen %d times", ncdestroy_seen);
    ok(!pGetWindowSubclass(hwnd, sub1, 1, NULL), "no subclass on a destroyed window");
}

static void test_charset(void)
{
    HWND w = make_window(TRUE), a = make_window(FALSE);

    ok(pSetWindowSubclass(w, text_sub, 1, 1), "subclass a Unicode window");
    ok(pSetWindowSubclass(a, text_sub, 1, 0), "subclass an ANSI window");
    ok(IsWindowUnicode(w) && !IsWindowUnicode(a), "the windows keep their character sets");
    text_seen[0] = 0;
    SetWindowTextA(w, "wide");
    ok(!strcmp(text_seen, "wide"), "Unicode window: %s", text_seen);
    text_seen[0] = 0;
    SetWindowTextW(a, L"narrow");
    ok(!strcmp(text_seen, "narrow"), "ANSI window: %s", text_seen);
    nseen = 0;
    ok(SendMessageA(a, MSG_TEST, 2, 0) == 102, "the ANSI window's own procedure answers");
    DestroyWindow(w);
    DestroyWindow(a);
}

int main(void)
{
    HMODULE mod = LoadLibraryA("comctl32.dll");
    WNDCLASSW wc;
    WNDCLASSA wca;

    InitCommonControls();
    pSetWindowSubclass = (set_fn)GetProcAddress(mod, (LPCSTR)410);
    pGetWindowSubclass = (get_fn)GetProcAddress(mod, (LPCSTR)411);
    pRemoveWindowSubclass = (remove_fn)GetProcAddress(mod, (LPCSTR)412);
    pDefSubclassProc = (def_fn)GetProcAddress(mod, (LPCSTR)413);
    ok(pSetWindowSubclass && pGetWindowSubclass && pRemoveWindowSubclass && pDefSubclassProc,
       "ordinals 410-413 exported");
    if (!pSetWindowSubclass || !pGetWindowSubclass || !pRemoveWindowSubclass || !pDefSubclassProc)
        return test_done();

    memset(&wc, 0, sizeof(wc));
    wc.lpfnWndProc = wnd_proc;
    wc.hInstance = GetModuleHandleW(NULL);
    wc.lpszClassName = L"subclass_test_w";
    RegisterClassW(&wc);
    memset(&wca, 0, sizeof(wca));
    wca.lpfnWndProc = wnd_proc_a;
    wca.hInstance = GetModuleHandleA(NULL);
    wca.lpszClassName = "subclass_test_a";
    RegisterClassA(&wca);

    test_chain();
    test_charset();
    return test_done();
}
