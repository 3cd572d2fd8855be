/* A tree view on the display, for tests/gui/run.sh: one collapsed root
 * item with three children. Prints "ready BX BY X Y W H" once painted
 * (the centre of the root's plus button and the tree's client area, in
 * screen coordinates) and "expanded" on TVN_ITEMEXPANDED; exits 0 a
 * moment after that (or after 20 seconds, exit code 2). */
#include <windows.h>
#include <commctrl.h>
#include <stdio.h>

static HWND tree;
static int ready;

static LRESULT CALLBACK proc(HWND hwnd, UINT msg, WPARAM wp, LPARAM lp)
{
    switch (msg) {
    case WM_NOTIFY:
        if (((NMHDR *)lp)->code == TVN_ITEMEXPANDEDA) {
            printf("expanded\n");
            fflush(stdout);
            SetTimer(hwnd, 2, 1000, NULL);
        }
        return 0;
    case WM_PAINT:
        DefWindowProcA(hwnd, msg, wp, lp);
        if (!ready++) PostMessageA(hwnd, WM_APP, 0, 0);
        return 0;
    case WM_APP: {
        HTREEITEM root = (HTREEITEM)SendMessageA(tree, TVM_GETNEXTITEM, TVGN_ROOT, 0);
        RECT rc, client;
        POINT b, origin = { 0, 0 };
        int indent = (int)SendMessageA(tree, TVM_GETINDENT, 0, 0);
        UpdateWindow(tree);
        *(HTREEITEM *)&rc = root;
        SendMessageA(tree, TVM_GETITEMRECT, TRUE, (LPARAM)&rc);
        b.x = rc.left - indent / 2;
        b.y = (rc.top + rc.bottom) / 2;
        ClientToScreen(tree, &b);
        ClientToScreen(tree, &origin);
        GetClientRect(tree, &client);
        printf("ready %d %d %d %d %d %d\n", (int)b.x, (int)b.y, (int)origin.x, (int)origin.y, (int)client.right,
               (int)client.bottom);
        fflush(stdout);
        return 0;
    }
    case WM_TIMER:
        PostQuitMessage(wp == 2 ? 0 : 2);
        return 0;
    }
    return DefWindowProcA(hwnd, msg, wp, lp);
}

static HTREEITEM insert(HTREEITEM parent, const char *text)
{
    TVINSERTSTRUCTA is = { 0 };
    is.hParent = parent;
    is.hInsertAfter = TVI_LAST;
    is.item.mask = TVIF_TEXT;
    is.item.pszText = (char *)text;
    return (HTREEITEM)SendMessageA(tree, TVM_INSERTITEMA, 0, (LPARAM)&is);
}

int main(void)
{
    WNDCLASSA wc = { 0 };
    HWND hwnd;
    MSG msg;

    InitCommonControls();
    wc.lpfnWndProc = proc;
    wc.hInstance = GetModuleHandleA(NULL);
    wc.hbrBackground = (HBRUSH)(COLOR_BTNFACE + 1);
    wc.hCursor = LoadCursorA(NULL, (LPCSTR)IDC_ARROW);
    wc.lpszClassName = "tree_click";
    RegisterClassA(&wc);
    hwnd = CreateWindowExA(0, "tree_click", "tree", WS_OVERLAPPEDWINDOW, 40, 40, 300, 260, 0, 0, wc.hInstance, 0);
    tree = CreateWindowExA(0, WC_TREEVIEWA, "", WS_CHILD | WS_VISIBLE | TVS_HASBUTTONS | TVS_HASLINES |
                           TVS_LINESATROOT, 10, 10, 200, 180, hwnd, (HMENU)1, wc.hInstance, 0);
    HTREEITEM root = insert(TVI_ROOT, "Root item");
    insert(root, "First child");
    insert(root, "Second child");
    insert(root, "Third child");
    ShowWindow(hwnd, SW_SHOW);
    SetTimer(hwnd, 1, 20000, NULL);
    while (GetMessageA(&msg, 0, 0, 0)) {
        TranslateMessage(&msg);
        DispatchMessageA(&msg);
    }
    return (int)msg.wParam;
}
