/* shell32's dropped-file functions on a DROPFILES block built by hand,
 * DragAcceptFiles on a window's extended style, and ShellAbout (headless:
 * one stderr line, checked by run.sh). Expectations checked under Wine. */
#include <shlobj.h>
#include <shellapi.h>
#include "test.h"

/* a DROPFILES header, then the names and the empty name that ends them */
static HDROP make_drop(BOOL wide, BOOL nc)
{
    static const char names_a[] = "c:\\one.txt\0c:\\dir\\two\0";
    static const WCHAR names_w[] = L"c:\\one.txt\0c:\\dir\\two\0";
    SIZE_T size = wide ? sizeof(names_w) : sizeof(names_a);
    HGLOBAL mem = GlobalAlloc(GMEM_MOVEABLE | GMEM_ZEROINIT, sizeof(DROPFILES) + size);
    DROPFILES *df = GlobalLock(mem);
    df->pFiles = sizeof(DROPFILES);
    df->pt.x = 12;
    df->pt.y = 34;
    df->fNC = nc;
    df->fWide = wide;
    memcpy(df + 1, wide ? (const void *)names_w : (const void *)names_a, size);
    GlobalUnlock(mem);
    return (HDROP)mem;
}

static void test_query(BOOL wide)
{
    HDROP drop = make_drop(wide, FALSE);
    char buf[MAX_PATH];
    WCHAR wbuf[MAX_PATH];
    POINT pt = { 0, 0 };
    UINT r;

    r = DragQueryFileA(drop, 0xFFFFFFFF, NULL, 0);
    ok(r == 2, "count (wide %d): %u", wide, r);
    r = DragQueryFileW(drop, 0xFFFFFFFF, NULL, 0);
    ok(r == 2, "count W (wide %d): %u", wide, r);
    r = DragQueryFileA(drop, 0, NULL, 0);
    ok(r == 10, "length 0 (wide %d): %u", wide, r);
    r = DragQueryFileW(drop, 1, NULL, 0);
    ok(r == 10, "length 1 W (wide %d): %u", wide, r);
    memset(buf, 'x', sizeof(buf));
    r = DragQueryFileA(drop, 1, buf, sizeof(buf));
    ok(r == 10 && !strcmp(buf, "c:\\dir\\two"), "name 1 (wide %d): %u %s", wide, r, buf);
    r = DragQueryFileW(drop, 0, wbuf, MAX_PATH);
    ok(r == 10 && !lstrcmpW(wbuf, L"c:\\one.txt"), "name 0 W (wide %d): %u", wide, r);
    memset(buf, 'x', sizeof(buf));
    r = DragQueryFileA(drop, 0, buf, 5);
    ok(!strcmp(buf, "c:\\o"), "cut name (wide %d): %s", wide, buf);
    ok(r == 4, "cut name count (wide %d): %u", wide, r);
    r = DragQueryFileA(drop, 2, buf, sizeof(buf));
    ok(r == 0, "out of range (wide %d): %u", wide, r);
    ok(DragQueryPoint(drop, &pt) && pt.x == 12 && pt.y == 34, "DragQueryPoint (wide %d): %ld,%ld", wide, pt.x, pt.y);
    DragFinish(drop);

    drop = make_drop(wide, TRUE);
    ok(!DragQueryPoint(drop, &pt) && pt.x == 12, "DragQueryPoint non-client (wide %d)", wide);
    DragFinish(drop);
}

int main(void)
{
    HWND hwnd;

    test_query(FALSE);
    test_query(TRUE);

    hwnd = CreateWindowExA(0, "static", "drop", WS_POPUP, 0, 0, 10, 10, NULL, NULL, NULL, NULL);
    ok(hwnd != NULL, "window");
    DragAcceptFiles(hwnd, TRUE);
    ok(GetWindowLongA(hwnd, GWL_EXSTYLE) & WS_EX_ACCEPTFILES, "DragAcceptFiles TRUE");
    DragAcceptFiles(hwnd, FALSE);
    ok(!(GetWindowLongA(hwnd, GWL_EXSTYLE) & WS_EX_ACCEPTFILES), "DragAcceptFiles FALSE");
    DestroyWindow(hwnd);

    /* winrun headless: ShellAbout prints one line and does not wait (run.sh
     * checks it); Wine shows a real dialog that would */
    if (!GetProcAddress(GetModuleHandleA("ntdll"), "wine_get_version"))
        ok(ShellAboutA(NULL, "Drag Test#Version 1", "Some text", NULL), "ShellAboutA");
    return test_done();
}
